#pragma once

#include "domain/enums.h"

#include <QtGlobal>

#include <optional>

namespace fd::core {

/// When to try again a lead nobody answered: a busy line in 15 minutes; no answer in an hour,
/// then in three hours, then the next day. After `maxAttempts` unanswered calls in a row
/// there is no automatic retry (the lead waits for the operator's decision).
/// `unanswered` counts the unanswered calls in a row including the one just made.
std::optional<qint64> retryDelaySeconds(CallOutcome outcome, int unanswered, int maxAttempts);

}  // namespace fd::core
