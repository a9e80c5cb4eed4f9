#include "formatting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cstdlib>

namespace fd::app {

QString formatMoney(qint64 kopecks) {
    const QLocale locale;
    const double rubles = static_cast<double>(kopecks) / 100.0;
    const int decimals = kopecks % 100 == 0 ? 0 : 2;
    // "1 234 567 ₽" in Russian, "₽1,234,567" in English: the locale decides.
    return locale.toCurrencyString(rubles, QStringLiteral("₽"), decimals);
}

namespace {

QDateTime inZone(qint64 epoch, const QTimeZone& zone) {
    return zone.isValid() ? QDateTime::fromSecsSinceEpoch(epoch, zone) : QDateTime::fromSecsSinceEpoch(epoch);
}

}  // namespace

QString dateFormat() {
    QString f = QLocale().dateFormat(QLocale::ShortFormat);
    if (!f.contains(QLatin1String("yyyy"))) {
        f.replace(QLatin1String("yy"), QLatin1String("yyyy"));  // never a two-digit year
    }
    return f;
}

QString timeFormat() {
    return QLocale().timeFormat(QLocale::ShortFormat);
}

QString dateTimeFormat() {
    return dateFormat() + QLatin1Char(' ') + timeFormat();
}

QString dayMonthFormat() {
    QString f = dateFormat();
    f.remove(QLatin1String("yyyy"));
    const auto isField = [](QChar c) { return c == QLatin1Char('d') || c == QLatin1Char('M'); };
    while (!f.isEmpty() && !isField(f.back())) {
        f.chop(1);
    }
    while (!f.isEmpty() && !isField(f.front())) {
        f.remove(0, 1);
    }
    return f;
}

QString formatDateTime(qint64 epoch, const QTimeZone& zone) {
    return QLocale().toString(inZone(epoch, zone), dateTimeFormat());
}

QString formatDate(qint64 epoch, const QTimeZone& zone) {
    return QLocale().toString(inZone(epoch, zone).date(), dateFormat());
}

QString formatTime(qint64 epoch, const QTimeZone& zone) {
    return QLocale().toString(inZone(epoch, zone).time(), timeFormat());
}

QString zoneDifference(const QTimeZone& zone, qint64 now) {
    if (!zone.isValid()) {
        return {};
    }
    const QDateTime at = QDateTime::fromSecsSinceEpoch(now);
    const int offset = zone.offsetFromUtc(at);
    if (offset == at.offsetFromUtc()) {
        return {};
    }
    const int hours = std::abs(offset) / 3600;
    const int minutes = std::abs(offset) % 3600 / 60;
    QString text = QStringLiteral("UTC%1%2").arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+')).arg(hours);
    if (minutes != 0) {
        text += QStringLiteral(":%1").arg(minutes, 2, 10, QLatin1Char('0'));
    }
    return text;
}

QString formatCount(qint64 n) {
    return QLocale().toString(n);
}

QString capitalized(const QString& text) {
    return text.isEmpty() ? text : text.front().toUpper() + text.mid(1);
}

QString formatElapsed(qint64 seconds) {
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    if (minutes < 60) {
        return QCoreApplication::translate("fd::app::Names", "%1 min").arg(minutes);
    }
    if (minutes < 24 * 60) {
        return QCoreApplication::translate("fd::app::Names", "%1 h %2 min")
            .arg(minutes / 60)
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return QCoreApplication::translate("fd::app::Names", "%1 d %2 h")
        .arg(minutes / (24 * 60))
        .arg(minutes / 60 % 24);
}

QString withZoneMark(const QString& text, const QTimeZone& zone, qint64 at) {
    const QString difference = zoneDifference(zone, at);
    return difference.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, difference);
}

QString formatWhen(qint64 epoch, qint64 now, const QTimeZone& zone) {
    const QDateTime at = inZone(epoch, zone);
    if (at.date() == inZone(now, zone).date()) {
        return QLocale().toString(at.time(), timeFormat());
    }
    return QLocale().toString(at, dayMonthFormat() + QLatin1Char(' ') + timeFormat());
}

QString formatPhone(const QString& e164) {
    if (e164.size() == 12 && e164.startsWith(QLatin1String("+7"))) {
        return QStringLiteral("+7 %1 %2-%3-%4")
            .arg(e164.mid(2, 3), e164.mid(5, 3), e164.mid(8, 2), e164.mid(10, 2));
    }
    return e164;
}

QString statusName(core::LeadStatus status) {
    using S = core::LeadStatus;
    switch (status) {
        case S::New:
            return QCoreApplication::translate("fd::app::Names", "New");
        case S::InProgress:
            return QCoreApplication::translate("fd::app::Names", "In progress");
        case S::Callback:
            return QCoreApplication::translate("fd::app::Names", "Callback");
        case S::Booked:
            return QCoreApplication::translate("fd::app::Names", "Booked");
        case S::Arrived:
            return QCoreApplication::translate("fd::app::Names", "Arrived");
        case S::FollowUp:
            return QCoreApplication::translate("fd::app::Names", "Follow-up");
        case S::Sold:
            return QCoreApplication::translate("fd::app::Names", "Sold");
        case S::Lost:
            return QCoreApplication::translate("fd::app::Names", "Lost");
        case S::NonTarget:
            return QCoreApplication::translate("fd::app::Names", "Non-target");
    }
    return {};
}

QString callOutcomeName(core::CallOutcome outcome) {
    using O = core::CallOutcome;
    switch (outcome) {
        case O::NoAnswer:
            return QCoreApplication::translate("fd::app::Names", "no answer");
        case O::Busy:
            return QCoreApplication::translate("fd::app::Names", "busy");
        case O::WrongNumber:
            return QCoreApplication::translate("fd::app::Names", "wrong number");
        case O::Callback:
            return QCoreApplication::translate("fd::app::Names", "asked to call back");
        case O::Refused:
            return QCoreApplication::translate("fd::app::Names", "refused");
        case O::NonTarget:
            return QCoreApplication::translate("fd::app::Names", "not a client");
        case O::Booked:
            return QCoreApplication::translate("fd::app::Names", "booked a meeting");
    }
    return {};
}

QString roleName(core::Role role) {
    switch (role) {
        case core::Role::Operator:
            return QCoreApplication::translate("fd::app::Names", "operator");
        case core::Role::OfficeManager:
            return QCoreApplication::translate("fd::app::Names", "office manager");
        case core::Role::Marketer:
            return QCoreApplication::translate("fd::app::Names", "marketer");
        case core::Role::Head:
            return QCoreApplication::translate("fd::app::Names", "head of company");
        case core::Role::Admin:
            return QCoreApplication::translate("fd::app::Names", "administrator");
    }
    return {};
}

QString meetingStatusName(core::MeetingStatus status) {
    using S = core::MeetingStatus;
    switch (status) {
        case S::Scheduled:
            return QCoreApplication::translate("fd::app::Names", "scheduled");
        case S::Confirmed:
            return QCoreApplication::translate("fd::app::Names", "confirmed");
        case S::Arrived:
            return QCoreApplication::translate("fd::app::Names", "arrived");
        case S::NoShow:
            return QCoreApplication::translate("fd::app::Names", "no-show");
        case S::Cancelled:
            return QCoreApplication::translate("fd::app::Names", "cancelled");
        case S::Rescheduled:
            return QCoreApplication::translate("fd::app::Names", "rescheduled");
    }
    return {};
}

QString meetingOutcomeName(core::MeetingOutcome outcome) {
    using O = core::MeetingOutcome;
    switch (outcome) {
        case O::Sale:
            return QCoreApplication::translate("fd::app::Names", "sale");
        case O::Thinking:
            return QCoreApplication::translate("fd::app::Names", "thinking");
        case O::Refused:
            return QCoreApplication::translate("fd::app::Names", "refused");
        case O::NonTarget:
            return QCoreApplication::translate("fd::app::Names", "non-target");
    }
    return {};
}

QString qualificationName(core::Qualification q) {
    using Q = core::Qualification;
    switch (q) {
        case Q::Target:
            return QCoreApplication::translate("fd::app::Names", "target");
        case Q::Insolvent:
            return QCoreApplication::translate("fd::app::Names", "insolvent");
        case Q::Problematic:
            return QCoreApplication::translate("fd::app::Names", "problematic");
        case Q::OutOfProfile:
            return QCoreApplication::translate("fd::app::Names", "out of profile");
    }
    return {};
}

QString paymentMethodName(core::PaymentMethod m) {
    using M = core::PaymentMethod;
    switch (m) {
        case M::Cash:
            return QCoreApplication::translate("fd::app::Names", "cash");
        case M::Card:
            return QCoreApplication::translate("fd::app::Names", "card");
        case M::Transfer:
            return QCoreApplication::translate("fd::app::Names", "bank transfer");
    }
    return {};
}

QString twoLines(const QString& text) {
    if (text.size() <= 10) {
        return text;
    }
    qsizetype best = -1;
    for (qsizetype i = text.indexOf(QLatin1Char(' ')); i >= 0; i = text.indexOf(QLatin1Char(' '), i + 1)) {
        if (best < 0 || std::abs(i - text.size() / 2) < std::abs(best - text.size() / 2)) {
            best = i;
        }
    }
    return best < 0 ? text : QString(text).replace(best, 1, QLatin1Char('\n'));
}

}  // namespace fd::app
