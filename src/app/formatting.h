#pragma once

#include "domain/enums.h"

#include <QString>
#include <QTimeZone>

#include <optional>

namespace fd::app {

/// Locale-aware display texts. Money is kopecks; times are UTC epoch seconds shown in `zone`
/// where one is given (an office's), else in the computer's time zone.
QString formatMoney(qint64 kopecks);
/// The interface language's formats: the date with a four-digit year (dd.MM.yyyy in Russian,
/// M/d/yyyy in English), the time (24-hour in Russian), a day and month without the year.
/// Every date and time shown goes through these, in edits too.
QString dateFormat();
QString timeFormat();
QString dateTimeFormat();
QString dayMonthFormat();
QString formatDateTime(qint64 epoch, const QTimeZone& zone = QTimeZone());
QString formatDate(qint64 epoch, const QTimeZone& zone = QTimeZone());
/// "HH:mm".
QString formatTime(qint64 epoch, const QTimeZone& zone = QTimeZone());
QString formatCount(qint64 n);
/// A span of time as a person says it: "4 min", "2 h 05 min", "3 d 4 h".
QString formatElapsed(qint64 seconds);
/// The time today, the day, month and time on another day.
QString formatWhen(qint64 epoch, qint64 now, const QTimeZone& zone = QTimeZone());
/// "UTC+5" ("UTC+5:30") when `zone`'s offset differs from the computer's at `now`; empty when
/// they agree.
QString zoneDifference(const QTimeZone& zone, qint64 now);
/// `text` (a time at `at` shown in `zone`) followed by " (UTC+5)" when the zone is not the
/// computer's.
QString withZoneMark(const QString& text, const QTimeZone& zone, qint64 at);
/// "+7 912 345-67-89" for a +7 number in E.164; other texts unchanged.
QString formatPhone(const QString& e164);

QString statusName(core::LeadStatus status);
QString callOutcomeName(core::CallOutcome outcome);
/// The text with its first letter in capitals, to start a sentence with a name above.
QString capitalized(const QString& text);
/// A column header longer than ten characters on two lines, broken at the space nearest its
/// middle, so that a column is as wide as its figures rather than its name.
QString twoLines(const QString& text);
QString meetingStatusName(core::MeetingStatus status);
QString meetingOutcomeName(core::MeetingOutcome outcome);
QString qualificationName(core::Qualification q);
QString paymentMethodName(core::PaymentMethod m);
QString roleName(core::Role role);

}  // namespace fd::app
