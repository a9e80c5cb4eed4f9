#include "storage/database_fact_source.h"

#include "storage/catalog_repository.h"
#include "storage/funnel_repository.h"
#include "storage/storage_error.h"

namespace fd::core {

namespace {

Error unreadable(const StorageError& e) {
    return Error::make(ErrorCode::Storage,
                       QT_TRANSLATE_NOOP("fd::core::Error", "The database cannot be read: %1"),
                       {e.engineText()});
}

QHash<Id, QString> namesOf(CatalogRepository& catalog, Breakdown by) {
    QHash<Id, QString> names;
    switch (by) {
        case Breakdown::Channel:
            for (const Channel& c : catalog.channels()) {
                names.insert(c.id, c.name);
            }
            break;
        case Breakdown::Campaign: {
            QHash<Id, QString> channelNames;
            for (const Channel& c : catalog.channels()) {
                channelNames.insert(c.id, c.name);
            }
            for (const Campaign& c : catalog.campaigns()) {
                names.insert(c.id, channelNames.value(c.channelId) + QStringLiteral(" / ") + c.name);
            }
            break;
        }
        case Breakdown::Office:
            for (const Office& o : catalog.offices()) {
                names.insert(o.id, o.name);
            }
            break;
        case Breakdown::Operator:
        case Breakdown::Manager:
            for (const Employee& e : catalog.employees()) {
                names.insert(e.id, e.name);
            }
            break;
        default:
            break;
    }
    return names;
}

}  // namespace

Result<std::shared_ptr<const FunnelData>> DatabaseFactSource::facts() {
    try {
        return FunnelRepository(m_db).data();
    } catch (const StorageError& e) {
        return unreadable(e);
    }
}

Result<std::vector<DailyFigure>> DatabaseFactSource::daily(DailyFigureKind kind, QDate from, QDate to) {
    try {
        FunnelRepository repo(m_db);
        return kind == DailyFigureKind::Spend ? repo.spend(from, to) : repo.visitors(from, to);
    } catch (const StorageError& e) {
        return unreadable(e);
    }
}

Result<QHash<Id, QString>> DatabaseFactSource::groupNames(Breakdown by) {
    try {
        CatalogRepository catalog(m_db);
        return namesOf(catalog, by);
    } catch (const StorageError& e) {
        return unreadable(e);
    }
}

}  // namespace fd::core
