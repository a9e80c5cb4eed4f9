#pragma once

#include "domain/motivation.h"
#include "domain/result.h"

#include <QDate>
#include <QHash>

namespace fd::core {

class FactSource;

/// A month's KPI facts of each operator (by the lead's operator), each manager (by the manager
/// of the lead's first arrival), each office, each channel and the whole company, from the same
/// engine the dashboard uses: activity KPIs count the month's events (period), conversions the
/// month's leads (cohort). Rates carry their 95 % interval.
struct MonthFigures {
    QDate first;  ///< the month's first day
    QDate end;    ///< the day after the last one counted: the next month's first, or a cut
    QHash<Id, KpiFigures> operators;
    QHash<Id, KpiFigures> managers;
    QHash<Id, KpiFigures> offices;
    QHash<Id, KpiFigures> channels;
    KpiFigures company;
};

/// The figures of `month`, counted up to the day before `until` when one is given (a history
/// cut, for the forecast's back-test), else over the whole month.
Result<MonthFigures> monthFigures(FactSource& source, const QString& reportTimeZone, QDate month,
                                  std::optional<QDate> until = std::nullopt);

/// "YYYY-MM" of a month, and back (the first day; invalid for a bad text).
QString monthCode(QDate month);
QDate monthFromCode(const QString& code);

}  // namespace fd::core
