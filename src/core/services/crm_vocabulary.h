#pragma once

// The words other CRMs and spreadsheets use for what FunnelDesk records: lead stages
// (Bitrix24's and amoCRM's Russian stage names) and payment methods.

#include "domain/entities.h"

#include <QString>

#include <optional>

namespace fd::core {

/// A lead status as a CRM writes its stage: FunnelDesk's codes and the usual Russian names.
/// Statuses that follow from meetings and deals (booked, arrived, sold) come from those
/// records, not from a column; an empty result means the stage is not one FunnelDesk sets.
std::optional<LeadStatus> leadStatusFromStage(const QString& stage);
/// Whether the stage is one of those that follow from meetings and deals (kept in the note).
bool historyStatus(const QString& stage);
/// A payment method as written: cash / card / transfer or «наличные», «карта», «перевод»….
std::optional<PaymentMethod> paymentMethodFrom(const QString& text);

}  // namespace fd::core
