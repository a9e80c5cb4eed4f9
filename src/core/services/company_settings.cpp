#include "services/company_settings.h"

#include "domain/slot_grid.h"
#include "domain/text_limits.h"
#include "services/access_policy.h"
#include "storage/audit_repository.h"
#include "storage/catalog_repository.h"
#include "storage/meeting_repository.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace fd::core {

Status checkOfficeFields(Office& o) {
    if (std::optional<Error> e = textError(TextKind::CatalogName, o.name, QStringLiteral("name"))) {
        return *e;
    }
    if (std::optional<Error> e = textError(TextKind::Address, o.address, QStringLiteral("address"))) {
        return *e;
    }
    o.name = o.name.simplified();
    o.address = o.address.simplified();
    if (o.name.isEmpty()) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Enter the office name."),
                       QStringLiteral("name"));
    }
    if (!QTimeZone(o.timeZone.toUtf8()).isValid()) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "\"%1\" is not a known time zone."),
                       QStringLiteral("time_zone"), {o.timeZone});
    }
    if (o.workStartMin < 0 || o.workEndMin > 24 * 60 || o.workStartMin >= o.workEndMin) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "The working hours must end after they start."),
                       QStringLiteral("working_hours"));
    }
    if (o.slotMinutes < 5 || o.slotMinutes > o.workEndMin - o.workStartMin) {
        return invalid(
            QT_TRANSLATE_NOOP("fd::core::Error",
                              "The slot length must be at least 5 minutes and fit in the working day."),
            QStringLiteral("slot_minutes"));
    }
    if (o.seatsPerSlot < 1 || o.seatsPerSlot > 999) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "A slot needs from 1 to 999 seats."),
                       QStringLiteral("seats_per_slot"));
    }
    if ((o.workDays & 0x7F) == 0) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Choose at least one working day."),
                       QStringLiteral("work_days"));
    }
    return Ok{};
}

QString describeFields(const FieldValues& fields) {
    QStringList all;
    for (const auto& [key, value] : fields) {
        all << key + QLatin1Char('=') + value;
    }
    return all.join(QStringLiteral("; "));
}

std::pair<QString, QString> changedFields(const FieldValues& before, const FieldValues& after) {
    QStringList was;
    QStringList now;
    for (size_t i = 0; i < before.size() && i < after.size(); ++i) {
        if (before[i].second != after[i].second) {
            was << before[i].first + QLatin1Char('=') + before[i].second;
            now << after[i].first + QLatin1Char('=') + after[i].second;
        }
    }
    return {was.join(QStringLiteral("; ")), now.join(QStringLiteral("; "))};
}

namespace {

QString flag(bool on) {
    return on ? QStringLiteral("yes") : QStringLiteral("no");
}

FieldValues fieldsOf(const Office& o) {
    return {{QStringLiteral("name"), o.name},
            {QStringLiteral("address"), o.address},
            {QStringLiteral("time_zone"), o.timeZone},
            {QStringLiteral("hours"),
             formatMinutes(o.workStartMin) + QLatin1Char('-') + formatMinutes(o.workEndMin)},
            {QStringLiteral("work_days"), QString::number(o.workDays)},
            {QStringLiteral("slot_minutes"), QString::number(o.slotMinutes)},
            {QStringLiteral("seats_per_slot"), QString::number(o.seatsPerSlot)},
            {QStringLiteral("active"), flag(o.active)}};
}

FieldValues fieldsOf(const Channel& c) {
    return {{QStringLiteral("name"), c.name}, {QStringLiteral("active"), flag(c.active)}};
}

FieldValues fieldsOf(const Campaign& c) {
    return {{QStringLiteral("channel"), QString::number(c.channelId)},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("utm_source"), c.utmSource},
            {QStringLiteral("utm_medium"), c.utmMedium},
            {QStringLiteral("utm_campaign"), c.utmCampaign},
            {QStringLiteral("active"), flag(c.active)}};
}

FieldValues fieldsOf(const Reason& r) {
    return {{QStringLiteral("name"), r.name},
            {QStringLiteral("active"), flag(r.active)},
            {QStringLiteral("position"), QString::number(r.position)}};
}

/// Records a change of `entity` `id` when any field changed.
template <class Record>
void auditChange(Database& db, qint64 at, const QString& entity, Id id, const Record& before,
                 const Record& after) {
    const auto [was, now] = changedFields(fieldsOf(before), fieldsOf(after));
    if (!was.isEmpty() || !now.isEmpty()) {
        AuditRepository(db).appendChange(at, actingEmployee(db, std::nullopt), QStringLiteral("update"),
                                         entity, id, was, now);
    }
}

}  // namespace

Status CompanySettings::updateOffice(const Office& office) {
    if (Status allowed = permit(m_db, Action::ManageSettings); !allowed) {
        return allowed;
    }
    Office o = office;
    if (Status good = checkOfficeFields(o); !good) {
        return good;
    }
    const qint64 now = m_clock();
    return inWriteTransaction(m_db, [&]() -> Status {
        CatalogRepository catalog(m_db);
        const std::optional<Office> before = catalog.office(o.id);
        if (!before) {
            return notFound(QT_TRANSLATE_NOOP("fd::core::Error", "The office %1 does not exist."), o.id,
                            "office");
        }
        for (const Office& other : catalog.offices()) {
            if (other.id != o.id && other.name.compare(o.name, Qt::CaseInsensitive) == 0) {
                return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "An office named \"%1\" already exists."),
                               QStringLiteral("name"), {o.name});
            }
        }
        if (before->active && !o.active) {
            const int ahead =
                MeetingRepository(m_db).seatsTaken(o.id, now, std::numeric_limits<qint64>::max());
            if (ahead > 0) {
                return invalid(
                    QT_TRANSLATE_NOOP("fd::core::Error",
                                      "%1 meeting(s) are still to come at this office; move or cancel "
                                      "them before closing it."),
                    QStringLiteral("active"), {QString::number(ahead)});
            }
        }
        catalog.updateOffice(o);
        auditChange(m_db, now, QStringLiteral("office"), o.id, *before, o);
        return Ok{};
    });
}

Status CompanySettings::setClosedDay(Id officeId, QDate day, DayState state) {
    if (Status allowed = permit(m_db, Action::ManageSettings); !allowed) {
        return allowed;
    }
    if (!day.isValid()) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "The date is not valid."),
                       QStringLiteral("date"));
    }
    const qint64 now = m_clock();
    return inWriteTransaction(m_db, [&]() -> Status {
        CatalogRepository catalog(m_db);
        const std::optional<Office> office = catalog.office(officeId);
        if (!office) {
            return notFound(QT_TRANSLATE_NOOP("fd::core::Error", "The office %1 does not exist."), officeId,
                            "office");
        }
        const QTimeZone zone(office->timeZone.toUtf8());
        const qint64 from = QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch();
        const qint64 to = QDateTime(day.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
        if (state == DayState::Closed) {
            if (const int booked = MeetingRepository(m_db).seatsTaken(officeId, from, to); booked > 0) {
                return invalid(QT_TRANSLATE_NOOP("fd::core::Error",
                                                 "%1 meeting(s) are booked on %2; move them before closing "
                                                 "the day."),
                               QStringLiteral("date"), {QString::number(booked), day.toString(Qt::ISODate)});
            }
        }
        catalog.setClosedDay(officeId, day, state);
        const QString dayText = QStringLiteral("closed_day=") + day.toString(Qt::ISODate);
        AuditRepository(m_db).appendChange(
            now, actingEmployee(m_db, std::nullopt),
            state == DayState::Closed ? QStringLiteral("close_day") : QStringLiteral("open_day"),
            QStringLiteral("office"), officeId, state == DayState::Closed ? QString() : dayText,
            state == DayState::Closed ? dayText : QString());
        return Ok{};
    });
}

Status CompanySettings::updateChannel(const Channel& channel) {
    if (Status allowed = permit(m_db, Action::ManageSettings); !allowed) {
        return allowed;
    }
    if (std::optional<Error> e = textError(TextKind::CatalogName, channel.name, QStringLiteral("channel"))) {
        return *e;
    }
    Channel c = channel;
    c.name = c.name.simplified();
    if (c.name.isEmpty()) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Enter the channel name."),
                       QStringLiteral("channel"));
    }
    const qint64 now = m_clock();
    return inWriteTransaction(m_db, [&]() -> Status {
        CatalogRepository catalog(m_db);
        const std::optional<Channel> before = catalog.channel(c.id);
        if (!before) {
            return notFound(QT_TRANSLATE_NOOP("fd::core::Error", "The channel %1 does not exist."), c.id,
                            "channel");
        }
        if (const auto other = catalog.channelByName(c.name); other && other->id != c.id) {
            return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "A channel named \"%1\" already exists."),
                           QStringLiteral("channel"), {c.name});
        }
        catalog.updateChannel(c);
        auditChange(m_db, now, QStringLiteral("channel"), c.id, *before, c);
        return Ok{};
    });
}

Status CompanySettings::updateCampaign(const Campaign& campaign) {
    if (Status allowed = permit(m_db, Action::ManageSettings); !allowed) {
        return allowed;
    }
    if (std::optional<Error> e = campaignTextError(campaign)) {
        return *e;
    }
    Campaign c = campaign;
    c.name = c.name.simplified();
    c.utmSource = c.utmSource.trimmed();
    c.utmMedium = c.utmMedium.trimmed();
    c.utmCampaign = c.utmCampaign.trimmed();
    if (c.name.isEmpty()) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Enter the campaign name."),
                       QStringLiteral("campaign"));
    }
    const qint64 now = m_clock();
    return inWriteTransaction(m_db, [&]() -> Status {
        CatalogRepository catalog(m_db);
        const std::optional<Campaign> before = catalog.campaign(c.id);
        if (!before) {
            return notFound(QT_TRANSLATE_NOOP("fd::core::Error", "The campaign %1 does not exist."), c.id,
                            "campaign");
        }
        if (!catalog.channel(c.channelId)) {
            return notFound(QT_TRANSLATE_NOOP("fd::core::Error", "The channel %1 does not exist."),
                            c.channelId, "channel");
        }
        for (const Campaign& other : catalog.campaigns()) {
            if (other.id != c.id && other.channelId == c.channelId &&
                other.name.compare(c.name, Qt::CaseInsensitive) == 0) {
                return invalid(
                    QT_TRANSLATE_NOOP("fd::core::Error", "The channel already has a campaign named \"%1\"."),
                    QStringLiteral("campaign"), {c.name});
            }
        }
        catalog.updateCampaign(c);
        auditChange(m_db, now, QStringLiteral("campaign"), c.id, *before, c);
        return Ok{};
    });
}

Result<Id> CompanySettings::addReason(ReasonGate gate, const QString& name) {
    if (Status allowed = permit(m_db, Action::ManageSettings); !allowed) {
        return allowed.error();
    }
    if (std::optional<Error> e = textError(TextKind::CatalogName, name, QStringLiteral("reason"))) {
        return *e;
    }
    Reason r;
    r.gate = gate;
    r.name = name.simplified();
    if (r.name.isEmpty()) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Enter the reason."), QStringLiteral("reason"));
    }
    // A code nobody types: the name may change, the code stays what records refer to.
    r.code = QStringLiteral("custom_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const qint64 now = m_clock();
    return inWriteTransaction(m_db, [&]() -> Result<Id> {
        CatalogRepository catalog(m_db);
        for (const Reason& other : catalog.reasons()) {
            if (other.gate == gate && other.name.compare(r.name, Qt::CaseInsensitive) == 0) {
                return invalid(
                    QT_TRANSLATE_NOOP("fd::core::Error", "The reason \"%1\" is already on the list."),
                    QStringLiteral("reason"), {r.name});
            }
        }
        const Id id = catalog.insertReason(r);
        AuditRepository(m_db).appendChange(now, actingEmployee(m_db, std::nullopt), QStringLiteral("create"),
                                           QStringLiteral("reason"), id, QString(),
                                           QStringLiteral("gate=%1; name=%2").arg(toCode(gate), r.name));
        return id;
    });
}

Status CompanySettings::updateReason(const Reason& reason) {
    if (Status allowed = permit(m_db, Action::ManageSettings); !allowed) {
        return allowed;
    }
    if (std::optional<Error> e = textError(TextKind::CatalogName, reason.name, QStringLiteral("reason"))) {
        return *e;
    }
    const QString name = reason.name.simplified();
    if (name.isEmpty()) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "Enter the reason."), QStringLiteral("reason"));
    }
    const qint64 now = m_clock();
    return inWriteTransaction(m_db, [&]() -> Status {
        CatalogRepository catalog(m_db);
        const std::optional<Reason> before = catalog.reason(reason.id);
        if (!before) {
            return notFound(QT_TRANSLATE_NOOP("fd::core::Error", "The reason %1 does not exist."), reason.id,
                            "reason");
        }
        for (const Reason& other : catalog.reasons()) {
            if (other.id != before->id && other.gate == before->gate &&
                other.name.compare(name, Qt::CaseInsensitive) == 0) {
                return invalid(
                    QT_TRANSLATE_NOOP("fd::core::Error", "The reason \"%1\" is already on the list."),
                    QStringLiteral("reason"), {name});
            }
        }
        Reason after = *before;
        after.name = name;
        after.active = reason.active;
        catalog.updateReason(after);
        auditChange(m_db, now, QStringLiteral("reason"), after.id, *before, after);
        return Ok{};
    });
}

Status CompanySettings::moveReason(Id reasonId, Move move) {
    if (Status allowed = permit(m_db, Action::ManageSettings); !allowed) {
        return allowed;
    }
    const qint64 now = m_clock();
    return inWriteTransaction(m_db, [&]() -> Status {
        CatalogRepository catalog(m_db);
        std::vector<Reason> gate;
        const std::optional<Reason> moving = catalog.reason(reasonId);
        if (!moving) {
            return notFound(QT_TRANSLATE_NOOP("fd::core::Error", "The reason %1 does not exist."), reasonId,
                            "reason");
        }
        for (const Reason& r : catalog.reasons()) {
            if (r.gate == moving->gate) {
                gate.push_back(r);
            }
        }
        const auto at =
            std::find_if(gate.begin(), gate.end(), [&](const Reason& r) { return r.id == reasonId; });
        const auto other = move == Move::Up ? (at == gate.begin() ? gate.end() : at - 1) : at + 1;
        if (other == gate.end()) {
            return Ok{};  // already first or last: nothing to move
        }
        Reason a = *at;
        Reason b = *other;
        std::swap(a.position, b.position);
        if (a.position == b.position) {  // equal positions: make them distinct
            a.position += move == Move::Up ? -1 : 1;
        }
        catalog.updateReason(a);
        catalog.updateReason(b);
        auditChange(m_db, now, QStringLiteral("reason"), a.id, *at, a);
        return Ok{};
    });
}

}  // namespace fd::core
