#pragma once

#include "services/payroll_service.h"

#include <QByteArray>

namespace fd::core {

/// A payroll as JSON: what a closed month keeps, and what `funneldesk-cli bonus --format json`
/// prints. Amounts in kopecks, KPI facts and plans as numbers, each rule's part with how it was
/// worked out.
QByteArray payrollToJson(const Payroll& payroll);
Result<Payroll> payrollFromJson(const QByteArray& json);

}  // namespace fd::core
