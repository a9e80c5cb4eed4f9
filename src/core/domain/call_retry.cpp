#include "domain/call_retry.h"

namespace fd::core {

std::optional<qint64> retryDelaySeconds(CallOutcome outcome, int unanswered, int maxAttempts) {
    if (outcome != CallOutcome::NoAnswer && outcome != CallOutcome::Busy) {
        return std::nullopt;
    }
    if (unanswered >= maxAttempts) {
        return std::nullopt;
    }
    if (outcome == CallOutcome::Busy) {
        return 15 * 60;
    }
    switch (unanswered) {
        case 1:
            return 3600;
        case 2:
            return 3 * 3600;
        default:
            return 24 * 3600;
    }
}

}  // namespace fd::core
