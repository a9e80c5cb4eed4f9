#pragma once

#include "funnel/month_figures.h"
#include "funnel/month_forecast.h"
#include "storage/database.h"

#include <QTimeZone>

namespace fd::core {

/// What a forecast of `month` made at `asOf` reads: the working days gone and left (a day any
/// active office works), the recent meetings and follow-ups, the meetings booked ahead.
ForecastInput forecastInput(Database& db, const QTimeZone& zone, QDate month, qint64 asOf);

/// Adds the forecast to the month's end to every operator's, office's, manager's and the
/// company's figures (not to a channel's: its spend is not booked ahead).
void addForecasts(MonthFigures& figures, const ForecastInput& input);

}  // namespace fd::core
