#pragma once

#include "domain/entities.h"

#include <QDate>

#include <optional>
#include <vector>

namespace fd::core {

/// The stages of the funnel, in order. Their codes are part of the report format.
enum class Stage { Lead, Contacted, Booked, Arrived, Target, Sale, Paid };
inline constexpr int kStageCount = 7;
inline constexpr std::array<const char*, kStageCount> kStageCodes{"lead",   "contacted", "booked", "arrived",
                                                                  "target", "sale",      "paid"};

enum class FunnelMode { Cohort, Period };
enum class Breakdown { None, Channel, Campaign, Office, Operator, Manager, Day, Week, Month };

QString breakdownCode(Breakdown b);
std::optional<Breakdown> breakdownFromCode(QStringView code);

/// What to count. Dates are calendar days in the company's reporting time zone; the period
/// is [from, to).
struct FunnelSpec {
    QDate from;
    QDate to;
    FunnelMode mode = FunnelMode::Cohort;
    std::optional<int> windowDays;  ///< cohort mode: count only stages reached within N days
    std::vector<Id> offices;
    std::vector<Id> channels;
    std::vector<Id> campaigns;
    std::vector<Id> operators;
    std::vector<Id> managers;
    Breakdown by = Breakdown::None;
    QString timeZone;  ///< empty: the company's reporting time zone from settings
};

}  // namespace fd::core
