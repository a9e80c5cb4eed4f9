#include "services/operator_queue.h"

#include "services/catalog_service.h"

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

void OperatorQueue::refreshScope() {
    const qint64 now = m_clock();
    const QTimeZone zone(m_zone.toUtf8());
    // Meetings up to the end of tomorrow in the company's time zone.
    const QDate tomorrow = QDateTime::fromSecsSinceEpoch(now, zone).date().addDays(1);
    m_scope.now = now;
    m_scope.confirmUntil = QDateTime(tomorrow.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
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

}  // namespace fd::core
