#include "domain/access.h"

namespace fd::core {

Reach reachOf(Role role, Action action) {
    using A = Action;
    switch (role) {
        case Role::Operator:
            return action == A::WorkCallCenter || action == A::ReadLeads || action == A::ReadBonuses
                       ? Reach::Own
                       : Reach::None;
        case Role::OfficeManager:
            switch (action) {
                case A::WorkOfficeDesk:
                case A::ReadLeads:
                case A::ReadMoney:
                    return Reach::OwnOffice;
                case A::ReadBonuses:
                    return Reach::Own;
                default:
                    return Reach::None;
            }
        case Role::Marketer:
            switch (action) {
                case A::ReadLeads:
                case A::ReadDashboard:
                case A::EditMarketing:
                case A::ReadMoney:
                case A::ExportData:
                    return Reach::All;
                case A::ReadBonuses:
                    return Reach::Own;
                default:
                    return Reach::None;
            }
        case Role::Head:
            // A head reads everything and may act for the call center and the office (recorded
            // as such), but changes nothing in the settings.
            return action == A::ManageSettings || action == A::ImportData || action == A::EditMarketing
                       ? Reach::None
                       : Reach::All;
        case Role::Admin:
            switch (action) {
                case A::WorkCallCenter:
                case A::WorkOfficeDesk:
                case A::EditMarketing:
                case A::ManageMotivation:
                    return Reach::None;
                default:
                    return Reach::All;
            }
    }
    return Reach::None;
}

bool seesPhoneNumbers(Role role) {
    return role != Role::Marketer;
}

QString maskedPhone(const QString& text) {
    QString out = text;
    int digitsLeft = 0;
    for (const QChar c : text) {
        digitsLeft += c.isDigit() ? 1 : 0;
    }
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i].isDigit()) {
            if (digitsLeft > 2) {
                out[i] = QLatin1Char('*');
            }
            --digitsLeft;
        }
    }
    return out;
}

}  // namespace fd::core
