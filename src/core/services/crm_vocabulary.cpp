#include "services/crm_vocabulary.h"

#include <QList>

#include <utility>

namespace fd::core {

namespace {

QString fold(const QString& s) {
    return s.simplified().toCaseFolded();
}

}  // namespace

/// A lead status as a CRM writes its stage: FunnelDesk's codes and the usual Russian names.
/// Statuses that follow from meetings and deals (booked, arrived, sold) come from those
/// records, not from a column; an empty result means the stage is not one FunnelDesk sets.
std::optional<LeadStatus> leadStatusFromStage(const QString& stage) {
    const QString s = fold(stage);
    for (const LeadStatus st :
         {LeadStatus::New, LeadStatus::InProgress, LeadStatus::Lost, LeadStatus::NonTarget}) {
        if (s == toCode(st)) {
            return st;
        }
    }
    static const QList<std::pair<const char16_t*, LeadStatus>> names{
        {u"нов", LeadStatus::New},
        {u"не обработан", LeadStatus::New},
        {u"в работе", LeadStatus::InProgress},
        {u"обработка", LeadStatus::InProgress},
        {u"первичный контакт", LeadStatus::InProgress},
        {u"переговоры", LeadStatus::InProgress},
        {u"некачественн", LeadStatus::NonTarget},
        {u"нецелев", LeadStatus::NonTarget},
        {u"не целев", LeadStatus::NonTarget},
        {u"спам", LeadStatus::NonTarget},
        {u"не реализовано", LeadStatus::Lost},
        {u"отказ", LeadStatus::Lost},
        {u"проигран", LeadStatus::Lost},
        {u"потерян", LeadStatus::Lost}};
    for (const auto& [name, st] : names) {
        if (s.startsWith(QStringView(name)) || (st != LeadStatus::New && s.contains(QStringView(name)))) {
            return st;
        }
    }
    return std::nullopt;
}

bool historyStatus(const QString& stage) {
    const QString s = fold(stage);
    for (const LeadStatus st : {LeadStatus::Callback, LeadStatus::Booked, LeadStatus::Arrived,
                                LeadStatus::FollowUp, LeadStatus::Sold}) {
        if (s == toCode(st)) {
            return true;
        }
    }
    return false;
}

std::optional<PaymentMethod> paymentMethodFrom(const QString& text) {
    const QString s = fold(text);
    if (s.isEmpty() || s == QLatin1String("cash") || s.startsWith(QStringLiteral("нал"))) {
        return PaymentMethod::Cash;
    }
    if (s == QLatin1String("card") || s.startsWith(QStringLiteral("карт")) ||
        s.startsWith(QStringLiteral("безнал")) || s.startsWith(QStringLiteral("эквайр"))) {
        return PaymentMethod::Card;
    }
    if (s == QLatin1String("transfer") || s.startsWith(QStringLiteral("перевод")) ||
        s.startsWith(QStringLiteral("банк")) || s.contains(QStringLiteral("р/с")) ||
        s.startsWith(QStringLiteral("сбп"))) {
        return PaymentMethod::Transfer;
    }
    return std::nullopt;
}

}  // namespace fd::core
