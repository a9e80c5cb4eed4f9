#pragma once

#include "services/payroll_service.h"

namespace fd::core {

/// The payroll sheet: one row per person — role, each KPI's plan and fact, each rule's part, the
/// bonus, the adjustment of the month before and what to pay — as XLSX (by the file's name) or
/// CSV; amounts as money, so a head pays from it without a spreadsheet of their own.
Result<qint64> exportPayroll(const Payroll& payroll, const QString& path, const QString& reportTimeZone);
/// How many columns the sheet has; what to pay is the last.
int payrollColumnCount();

}  // namespace fd::core
