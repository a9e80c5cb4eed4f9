#include "services/data_health.h"

#include "services/access_policy.h"
#include "services/catalog_service.h"
#include "storage/database.h"
#include "storage/health_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <set>

namespace fd::core {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("fd::core::DataHealth", text);
}

/// Where an office's gap goes: its manager, or the office when no manager is named.
GapOwner managerOrOffice(const GapRow& row) {
    if (row.employeeId) {
        return {GapOwnerKind::Employee, row.employeeId, row.officeId, row.employeeName};
    }
    return {GapOwnerKind::Office, row.officeId, row.officeId,
            QCoreApplication::translate("fd::core::DataHealth", "%1 (no manager named)").arg(row.officeName)};
}

/// A call-center gap goes to the lead's operator; a lead nobody worked, to the company.
GapOwner operatorOrCompany(const GapRow& row) {
    if (row.employeeId) {
        return {GapOwnerKind::Employee, row.employeeId, row.officeId, row.employeeName};
    }
    return {GapOwnerKind::Company, std::nullopt, std::nullopt, {}};
}

/// A lead without a source goes back to where it came from: its channel's tags when it has a
/// channel, else the file it was imported from or the person who typed it; the company when
/// nobody was signed in.
GapOwner sourceOf(const GapRow& row) {
    if (row.record.channelId) {
        return {GapOwnerKind::Channel, row.record.channelId, std::nullopt, row.channelName};
    }
    if (row.imported) {
        return {GapOwnerKind::Source, std::nullopt, std::nullopt, {}};
    }
    if (row.employeeId) {
        return {GapOwnerKind::Source, row.employeeId, std::nullopt, row.employeeName};
    }
    return {GapOwnerKind::Company, std::nullopt, std::nullopt, {}};
}

/// Whether the person signed in is the one to see a group.
bool sees(const std::optional<Actor>& actor, const GapGroup& g) {
    if (!actor) {
        return true;  // a database without sign-in acts as its head
    }
    switch (actor->role) {
        case Role::Head:
        case Role::Admin:
            return true;
        case Role::OfficeManager:
            return (g.owner.kind == GapOwnerKind::Employee && g.owner.id == actor->employeeId) ||
                   (actor->officeId && g.owner.officeId == actor->officeId &&
                    g.owner.kind != GapOwnerKind::Company);
        case Role::Operator:
            return (g.owner.kind == GapOwnerKind::Employee || g.owner.kind == GapOwnerKind::Source) &&
                   g.owner.id == actor->employeeId;
        case Role::Marketer:
            return g.owner.kind == GapOwnerKind::Channel || g.kind == GapKind::LeadWithoutSource;
    }
    return false;
}

/// The gaps of one kind as rows, grouped by owner.
template <class OwnerOf>
void addRows(std::vector<GapGroup>& groups, GapKind kind, const std::vector<GapRow>& rows, OwnerOf ownerOf) {
    std::map<std::tuple<int, qint64, qint64>, std::size_t> at;
    for (const GapRow& row : rows) {
        const GapOwner owner = ownerOf(row);
        // A person or a channel is one row wherever the records are; an office or the company
        // one row per office.
        const bool perOffice = owner.kind == GapOwnerKind::Office || owner.kind == GapOwnerKind::Company;
        const auto key = std::tuple{static_cast<int>(owner.kind), owner.id.value_or(-1),
                                    perOffice ? owner.officeId.value_or(-1) : -1};
        auto it = at.find(key);
        if (it == at.end()) {
            it = at.emplace(key, groups.size()).first;
            groups.push_back({kind, owner, {}});
        }
        groups[it->second].records.push_back(row.record);
    }
}

QString dayOf(qint64 at, const QTimeZone& zone) {
    return QDateTime::fromSecsSinceEpoch(at, zone).date().toString(Qt::ISODate);
}

/// Paid channels' days with leads and no spend, and days with spend and no visitors (of the
/// channels whose site counts them), up to the day before today (a day's figures come in the
/// next morning).
void addSpendGaps(std::vector<GapGroup>& groups, HealthRepository& repo, qint64 from, qint64 to, qint64 now,
                  const QTimeZone& zone) {
    const QString today = dayOf(now, zone);
    const QString firstDay = dayOf(from, zone);
    const QString lastDay = std::min(dayOf(to - 1, zone),
                                     QDate::fromString(today, Qt::ISODate).addDays(-1).toString(Qt::ISODate));
    if (lastDay < firstDay) {
        return;
    }
    std::set<std::pair<Id, QString>> spent;
    std::set<std::pair<Id, QString>> visited;
    const std::vector<ChannelDayFigure> spend = repo.spend(firstDay, lastDay);
    for (const ChannelDayFigure& s : spend) {
        spent.insert({s.channelId, s.day});
    }
    for (const ChannelDayFigure& v : repo.visitors(firstDay, lastDay)) {
        visited.insert({v.channelId, v.day});
    }
    auto startOf = [&](const QString& day) {
        return QDateTime(QDate::fromString(day, Qt::ISODate), QTime(0, 0), zone).toSecsSinceEpoch();
    };
    std::map<Id, QString> paid;
    for (const auto& [id, name] : repo.paidChannels()) {
        paid[id] = name;
    }
    // The days' starts, found once: a lead's day is a search among them, not a zone conversion
    // per lead (a month of a million-lead history has a hundred thousand).
    std::vector<qint64> starts;
    std::vector<QString> days;
    for (QDate d = QDate::fromString(firstDay, Qt::ISODate); d <= QDate::fromString(lastDay, Qt::ISODate);
         d = d.addDays(1)) {
        days.push_back(d.toString(Qt::ISODate));
        starts.push_back(startOf(days.back()));
    }
    const qint64 after = startOf(QDate::fromString(lastDay, Qt::ISODate).addDays(1).toString(Qt::ISODate));
    std::set<std::pair<Id, QString>> brought;
    for (const LeadArrival& l : repo.leadArrivals(from, to)) {
        if (!l.channelId || !paid.count(*l.channelId) || l.createdAt >= after || starts.empty() ||
            l.createdAt < starts.front()) {
            continue;
        }
        const auto day = std::upper_bound(starts.begin(), starts.end(), l.createdAt) - starts.begin() - 1;
        brought.insert({*l.channelId, days[static_cast<std::size_t>(day)]});
    }
    std::vector<GapRow> noSpend;
    for (const auto& [channel, day] : brought) {
        if (!spent.count({channel, day})) {
            GapRow row;
            row.record.channelId = channel;
            row.record.day = day;
            row.record.at = startOf(day);
            row.channelName = paid[channel];
            noSpend.push_back(row);
        }
    }
    const std::vector<Id> counted = repo.visitedChannels();
    std::vector<GapRow> noVisitors;
    for (const ChannelDayFigure& s : spend) {
        const bool countsVisitors = std::find(counted.begin(), counted.end(), s.channelId) != counted.end();
        if (s.value > 0 && countsVisitors && !visited.count({s.channelId, s.day})) {
            GapRow row;
            row.record.channelId = s.channelId;
            row.record.day = s.day;
            row.record.at = startOf(s.day);
            row.channelName = s.channel;
            noVisitors.push_back(row);
        }
    }
    auto channelOwner = [](const GapRow& row) {
        return GapOwner{GapOwnerKind::Channel, row.record.channelId, std::nullopt, row.channelName};
    };
    addRows(groups, GapKind::PaidDayWithoutSpend, noSpend, channelOwner);
    addRows(groups, GapKind::SpendWithoutVisitors, noVisitors, channelOwner);
}

}  // namespace

int HealthReport::count(GapKind kind) const {
    int n = 0;
    for (const GapGroup& g : groups) {
        n += g.kind == kind ? g.count() : 0;
    }
    return n;
}

std::vector<Id> HealthReport::leads(GapKind kind) const {
    std::set<Id> ids;
    for (const GapGroup& g : groups) {
        for (const GapRecord& r : g.records) {
            if (g.kind == kind && r.leadId) {
                ids.insert(*r.leadId);
            }
        }
    }
    return {ids.begin(), ids.end()};
}

Result<HealthReport> DataHealth::report(QDate fromDay, QDate toDay) {
    if (Status allowed = permit(m_db, Action::ReadLeads); !allowed) {
        return allowed.error();
    }
    return whileReading([&]() -> Result<HealthReport> {
        const qint64 now = m_clock();
        const QTimeZone zone(CatalogService(m_db, m_clock).reportTimeZone().toUtf8());
        const qint64 from = QDateTime(fromDay, QTime(0, 0), zone).toSecsSinceEpoch();
        const qint64 to = QDateTime(toDay, QTime(0, 0), zone).toSecsSinceEpoch();
        HealthRepository repo(m_db);
        std::vector<GapGroup> all;
        const qint64 marked = now - kMarkGraceSeconds;
        addRows(all, GapKind::UnmarkedMeeting, repo.unmarkedMeetings(from, to, marked), managerOrOffice);
        addRows(all, GapKind::ArrivalWithoutOutcome, repo.arrivalsWithoutOutcome(from, to, marked),
                managerOrOffice);
        addRows(all, GapKind::ThinkingWithoutFollowUp, repo.thinkingWithoutFollowUp(from, to),
                managerOrOffice);
        addRows(all, GapKind::FollowUpOverdue, repo.followUpsOverdue(from, to, now), managerOrOffice);
        addRows(all, GapKind::LostWithoutReason, repo.lostWithoutReason(from, to), operatorOrCompany);
        addRows(all, GapKind::LeadWithoutSource, repo.leadsWithoutSource(from, to), sourceOf);
        addRows(all, GapKind::MoneyOverdue, repo.moneyOverdue(from, to, now, kQuietPaymentSeconds),
                managerOrOffice);
        addSpendGaps(all, repo, from, to, now, zone);
        addRows(all, GapKind::DuplicateContacts, repo.duplicateContacts(from, to),
                [](const GapRow&) { return GapOwner{}; });
        addRows(all, GapKind::RepeatLeads, repo.repeatLeads(from, to, kRepeatWindowSeconds),
                operatorOrCompany);
        addRows(all, GapKind::InactiveBooker, repo.inactiveBookers(now), [](const GapRow& row) {
            return GapOwner{GapOwnerKind::Office, row.officeId, row.officeId, row.officeName};
        });
        addRows(all, GapKind::ClosedOfficeRecords, repo.closedOfficeRecords(now), [](const GapRow& row) {
            return GapOwner{GapOwnerKind::Company, std::nullopt, row.officeId, row.officeName};
        });
        HealthReport report;
        report.from = from;
        report.to = to;
        const std::optional<Actor>& actor = m_db.actor();
        for (GapGroup& g : all) {
            if (sees(actor, g)) {
                report.groups.push_back(std::move(g));
            }
        }
        std::stable_sort(report.groups.begin(), report.groups.end(),
                         [](const GapGroup& a, const GapGroup& b) {
                             if (a.kind != b.kind) {
                                 return a.kind < b.kind;
                             }
                             return ownerText(a.owner).localeAwareCompare(ownerText(b.owner)) < 0;
                         });
        return report;
    });
}

QString DataHealth::ownerText(const GapOwner& owner) {
    switch (owner.kind) {
        case GapOwnerKind::Employee:
        case GapOwnerKind::Channel:
            return owner.name;
        case GapOwnerKind::Office:
            return tr("Office %1").arg(owner.name);
        case GapOwnerKind::Source:
            return owner.id ? tr("Typed by %1").arg(owner.name) : tr("Imported from a file");
        case GapOwnerKind::Company:
            return owner.name.isEmpty() ? tr("Company") : tr("Company: office %1 is closed").arg(owner.name);
    }
    return {};
}

QString DataHealth::kindText(GapKind kind) {
    switch (kind) {
        case GapKind::UnmarkedMeeting:
            return tr("Meetings past their time with no mark whether the client came");
        case GapKind::ArrivalWithoutOutcome:
            return tr("Arrivals without an outcome or a qualification");
        case GapKind::ThinkingWithoutFollowUp:
            return tr("Clients thinking with no follow-up date");
        case GapKind::FollowUpOverdue:
            return tr("Follow-ups overdue");
        case GapKind::LostWithoutReason:
            return tr("Leads lost or non-target without a reason");
        case GapKind::LeadWithoutSource:
            return tr("Leads without a channel or a campaign");
        case GapKind::MoneyOverdue:
            return tr("Contracts with money due and no payment for 35 days");
        case GapKind::PaidDayWithoutSpend:
            return tr("Days a paid channel brought leads with no spend entered");
        case GapKind::SpendWithoutVisitors:
            return tr("Days with spend and no visitors figure");
        case GapKind::DuplicateContacts:
            return tr("Probable duplicate clients (one phone or e-mail)");
        case GapKind::RepeatLeads:
            return tr("Leads of one person created minutes apart");
        case GapKind::InactiveBooker:
            return tr("Coming meetings booked by someone who left");
        case GapKind::ClosedOfficeRecords:
            return tr("Coming meetings and follow-ups in closed offices");
    }
    return {};
}

int DataHealth::total(const HealthReport& report) {
    int n = 0;
    for (const GapGroup& g : report.groups) {
        n += g.count();
    }
    return n;
}

QString DataHealth::summary(const HealthReport& report) {
    std::vector<std::pair<int, GapKind>> kinds;
    for (int k = 0; k < kGapKindCount; ++k) {
        if (const int n = report.count(static_cast<GapKind>(k)); n > 0) {
            kinds.emplace_back(n, static_cast<GapKind>(k));
        }
    }
    std::stable_sort(kinds.begin(), kinds.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList lines;
    for (const auto& [n, kind] : kinds) {
        lines << QStringLiteral("%1 — %2").arg(n).arg(kindText(kind));
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace fd::core
