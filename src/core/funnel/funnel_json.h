#pragma once

#include "funnel/funnel_report.h"

#include <QJsonObject>

namespace fd::core {

/// The report as JSON, in the format docs/metrics.md describes (stage codes as keys, money in
/// kopecks, absent figures as null).
QJsonObject funnelReportToJson(const FunnelReport& report);
QJsonObject rateToJson(const Rate& rate);

}  // namespace fd::core
