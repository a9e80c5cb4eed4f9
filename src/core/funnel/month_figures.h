#pragma once

#include "domain/motivation.h"
#include "domain/result.h"

#include <QDate>
#include <QHash>

namespace fd::core {

class FactSource;

/// A month's KPI facts of each operator (by the lead's operator), each manager (by the manager
/// of the lead's first arrival) and the whole company, from the same engine the dashboard uses:
/// activity KPIs count the month's events (period), conversions the month's leads (cohort).
struct MonthFigures {
    QDate first;  ///< the month's first day
    QHash<Id, KpiFigures> operators;
    QHash<Id, KpiFigures> managers;
    KpiFigures company;
};

Result<MonthFigures> monthFigures(FactSource& source, const QString& reportTimeZone, QDate month);

/// "YYYY-MM" of a month, and back (the first day; invalid for a bad text).
QString monthCode(QDate month);
QDate monthFromCode(const QString& code);

}  // namespace fd::core
