#include "services/month_outlook.h"

#include "domain/slot_grid.h"
#include "storage/catalog_repository.h"
#include "storage/database_fact_source.h"
#include "storage/outlook_repository.h"

#include <QDateTime>

namespace fd::core {

ForecastInput forecastInput(Database& db, const QTimeZone& zone, QDate month, qint64 asOf) {
    ForecastInput in;
    in.asOf = asOf;
    const QDate first(month.year(), month.month(), 1);
    const QDate end = first.addMonths(1);
    std::vector<Office> offices = CatalogRepository(db).offices();
    std::erase_if(offices, [](const Office& o) { return !o.active; });
    auto working = [&](QDate day) {
        return offices.empty() || std::any_of(offices.begin(), offices.end(),
                                              [&](const Office& o) { return isWorkingDay(o, day); });
    };
    auto startOf = [&](QDate day) { return QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch(); };
    const QDate today = QDateTime::fromSecsSinceEpoch(asOf, zone).date();
    for (QDate d = first; d < end; d = d.addDays(1)) {
        if (!working(d)) {
            continue;
        }
        const qint64 from = startOf(d);
        const qint64 to = startOf(d.addDays(1));
        const double gone =
            std::clamp(static_cast<double>(asOf - from) / static_cast<double>(to - from), 0.0, 1.0);
        in.daysDone += gone;
        in.daysLeft += 1.0 - gone;
        if (d >= today) {
            in.dayMiddles.push_back((from + to) / 2);
        }
    }
    const QDate recentFirst = today.addDays(-kForecastRecentDays);
    for (QDate d = recentFirst; d < today; d = d.addDays(1)) {
        in.recentDays += working(d) ? 1 : 0;
    }
    const qint64 recentFrom = startOf(recentFirst);
    const qint64 monthEnd = startOf(end);
    // The recent rates from the facts the month's figures were counted from; only what lies
    // ahead is read.
    if (Result<std::shared_ptr<const FunnelData>> facts = DatabaseFactSource(db).facts()) {
        in.recent = recentMeetings(**facts, recentFrom, asOf);
    }
    OutlookRepository outlook(db);
    in.ahead = outlook.meetings(asOf, monthEnd, asOf);
    // Follow-ups are fewer and read one by one: the last four weeks' are enough for their rate.
    in.recentFollowUps = outlook.followUps(asOf - kForecastRecentDays / 2 * 86400, asOf, asOf, 0, asOf);
    // A follow-up more than a week overdue is not counted on.
    in.dueFollowUps = outlook.followUps(asOf - 7 * 86400, monthEnd, asOf, asOf, asOf);
    return in;
}

void addForecasts(MonthFigures& figures, const ForecastInput& input) {
    addForecasts(figures.company, input, ForecastScope::Company);
    for (auto it = figures.operators.begin(); it != figures.operators.end(); ++it) {
        addForecasts(it.value(), input, ForecastScope::Operator, it.key());
    }
    for (auto it = figures.offices.begin(); it != figures.offices.end(); ++it) {
        addForecasts(it.value(), input, ForecastScope::Office, it.key());
    }
    for (auto it = figures.managers.begin(); it != figures.managers.end(); ++it) {
        addForecasts(it.value(), input, ForecastScope::PaceOnly, it.key());
    }
}

}  // namespace fd::core
