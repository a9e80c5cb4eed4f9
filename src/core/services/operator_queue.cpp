#include "services/operator_queue.h"

#include "services/access_policy.h"

#include "domain/slot_grid.h"

#include "services/catalog_service.h"
#include "storage/catalog_repository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

#include <QDateTime>
#include <QTimeZone>

namespace fd::core {

OperatorQueue::OperatorQueue(Database& db, Id operatorId, Clock clock) : m_db(db), m_clock(std::move(clock)) {
    m_scope.operatorId = operatorId;
    try {
        CatalogService catalog(m_db, m_clock);
        m_slaMinutes = catalog.firstCallSlaMinutes();
        m_zone = catalog.reportTimeZone();
    } catch (const StorageError&) {
        m_zone = QStringLiteral("Europe/Moscow");
    }
    refreshScope();
}

namespace {

/// The end of the office's next working day after today, in its own time zone (a Saturday's
/// next working day is Monday for an office closed on Sundays).
qint64 endOfNextWorkingDay(const Office& office, qint64 now) {
    const QTimeZone zone(office.timeZone.toUtf8());
    QDate day = QDateTime::fromSecsSinceEpoch(now, zone).date().addDays(1);
    for (int i = 0; i < 31 && office.workDays != 0 && !isWorkingDay(office, day); ++i) {
        day = day.addDays(1);
    }
    return QDateTime(day.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
}

}  // namespace

void OperatorQueue::refreshScope() {
    const qint64 now = m_clock();
    const QTimeZone zone(m_zone.toUtf8());
    // Meetings from now to the end of each office's next working day (the end of tomorrow in
    // the company's time zone where the offices cannot be read).
    const QDate tomorrow = QDateTime::fromSecsSinceEpoch(now, zone).date().addDays(1);
    m_scope.now = now;
    m_scope.confirmUntil = QDateTime(tomorrow.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    try {
        QJsonArray byOffice;
        qint64 latest = 0;
        for (const Office& o : CatalogRepository(m_db).offices()) {
            const qint64 until = endOfNextWorkingDay(o, now);
            byOffice.append(QJsonObject{{QStringLiteral("office"), o.id}, {QStringLiteral("until"), until}});
            latest = std::max(latest, until);
        }
        if (!byOffice.isEmpty()) {
            m_scope.confirmUntil = latest;
            m_scope.confirmUntilByOffice =
                QString::fromUtf8(QJsonDocument(byOffice).toJson(QJsonDocument::Compact));
        }
    } catch (const StorageError&) {
        m_scope.confirmUntilByOffice = QStringLiteral("[]");
    }
    m_scope.noShowSince = now - static_cast<qint64>(kNoShowDays) * 86400;
    m_scope.slaDeadline = now - static_cast<qint64>(m_slaMinutes) * 60;
}

Result<QueueCounts> OperatorQueue::counts() {
    return whileReading([&]() -> Result<QueueCounts> { return QueueRepository(m_db).counts(m_scope); });
}

Result<std::vector<QueueItem>> OperatorQueue::items(QueueTab tab, int limit) {
    return whileReading(
        [&]() -> Result<std::vector<QueueItem>> { return QueueRepository(m_db).items(tab, m_scope, limit); });
}

Result<std::optional<Id>> OperatorQueue::claimNewLead() {
    return inWriteTransaction(
        m_db,
        [&]() -> Result<std::optional<Id>> {
            if (Status allowed =
                    permit(m_db, Action::WorkCallCenter, RecordOwner{m_scope.operatorId, std::nullopt});
                !allowed) {
                return allowed.error();
            }
            return QueueRepository(m_db).claimNewLead(m_scope.operatorId, m_clock());
        },
        Isolation::ReadCommitted);  // the claim is one statement that skips rows others are taking
}

Status OperatorQueue::claim(Id leadId) {
    return inWriteTransaction(
        m_db,
        [&]() -> Status {
            if (Status allowed =
                    permit(m_db, Action::WorkCallCenter, RecordOwner{m_scope.operatorId, std::nullopt});
                !allowed) {
                return allowed;
            }
            if (!QueueRepository(m_db).claimLead(leadId, m_scope.operatorId, m_clock())) {
                return Error::make(
                    ErrorCode::Conflict,
                    QT_TRANSLATE_NOOP("fd::core::Error", "Another operator has just taken this client."));
            }
            return Ok{};
        },
        Isolation::ReadCommitted);  // one statement; a seat taking the same lead waits for it, then sees it
                                    // taken
}

}  // namespace fd::core
