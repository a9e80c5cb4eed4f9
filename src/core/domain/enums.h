#pragma once

#include <QLatin1StringView>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace fd::core {

// Every enum is stored by a stable text code (the database CHECK constraints list
// the same codes); the numeric values are never persisted.

enum class Role { Operator, OfficeManager, Marketer, Head, Admin };
enum class LeadStatus { New, InProgress, Callback, Booked, Arrived, FollowUp, Sold, Lost, NonTarget };
enum class CallOutcome { NoAnswer, Busy, WrongNumber, Callback, Refused, NonTarget, Booked };
enum class MeetingStatus { Scheduled, Confirmed, Arrived, NoShow, Cancelled, Rescheduled };
enum class MeetingOutcome { Sale, Thinking, Refused, NonTarget };
enum class Qualification { Target, Insolvent, Problematic, OutOfProfile };
enum class ReasonGate { CallCenter, Office };
enum class TaskKind { Callback, FollowUp, Confirm };
enum class TaskStatus { Open, Done, Cancelled };
enum class PaymentMethod { Cash, Card, Transfer };

template <class E>
struct EnumCodes;

#define FD_ENUM_CODES(E, ...)                           \
    template <>                                         \
    struct EnumCodes<E> {                               \
        static constexpr std::array codes{__VA_ARGS__}; \
    };

FD_ENUM_CODES(Role, "operator", "office_manager", "marketer", "head", "admin")
FD_ENUM_CODES(LeadStatus, "new", "in_progress", "callback", "booked", "arrived", "follow_up", "sold", "lost",
              "non_target")
FD_ENUM_CODES(CallOutcome, "no_answer", "busy", "wrong_number", "callback", "refused", "non_target", "booked")
FD_ENUM_CODES(MeetingStatus, "scheduled", "confirmed", "arrived", "no_show", "cancelled", "rescheduled")
FD_ENUM_CODES(MeetingOutcome, "sale", "thinking", "refused", "non_target")
FD_ENUM_CODES(Qualification, "target", "insolvent", "problematic", "out_of_profile")
FD_ENUM_CODES(ReasonGate, "call_center", "office")
FD_ENUM_CODES(TaskKind, "callback", "follow_up", "confirm")
FD_ENUM_CODES(TaskStatus, "open", "done", "cancelled")
FD_ENUM_CODES(PaymentMethod, "cash", "card", "transfer")

#undef FD_ENUM_CODES

/// The stable code of an enum value, as stored in the database and files.
template <class E>
QString toCode(E value) {
    return QString::fromLatin1(EnumCodes<E>::codes[static_cast<std::size_t>(value)]);
}

/// The enum value of a code, or nothing for an unknown code.
template <class E>
std::optional<E> fromCode(QStringView code) {
    const auto& codes = EnumCodes<E>::codes;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        if (code == QLatin1StringView(codes[i])) {
            return static_cast<E>(i);
        }
    }
    return std::nullopt;
}

/// A call outcome in which the operator actually talked to the person.
constexpr bool reachedPerson(CallOutcome o) {
    return o == CallOutcome::Callback || o == CallOutcome::Refused || o == CallOutcome::NonTarget ||
           o == CallOutcome::Booked;
}

/// A meeting status that occupies a seat in its slot.
constexpr bool occupiesSeat(MeetingStatus s) {
    return s == MeetingStatus::Scheduled || s == MeetingStatus::Confirmed || s == MeetingStatus::Arrived;
}

}  // namespace fd::core
