#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QMap>

#include <vector>

namespace fd::core {

class Database;

/// Everything the lead card shows: the contact, where the lead came from, its repeat
/// touches, and its calls, meetings, deals and payments — with the names of the people,
/// offices, channels and reasons they refer to.
struct LeadHistory {
    Lead lead;
    Contact contact;
    QString channel;
    QString campaign;
    QString utm;  ///< "source / medium / campaign"
    QString operatorName;
    QString lostReason;
    struct Touch {
        qint64 at = 0;
        QString channel;
        QString campaign;
    };
    std::vector<Touch> touches;
    std::vector<CallAttempt> calls;
    OptTime nextCallback;  ///< the earliest open callback
    std::vector<Meeting> meetings;
    QMap<Id, Id> confirmedBy;  ///< meeting -> who confirmed it
    QMap<Id, Id> cancelledBy;  ///< meeting -> who cancelled it
    QMap<Id, Id> markedBy;     ///< meeting -> who marked the arrival or the no-show
    QMap<Id, Id> outcomeBy;    ///< meeting -> who recorded the outcome
    QMap<Id, Id> paidBy;       ///< payment -> who took it
    std::vector<Deal> deals;
    std::vector<Payment> payments;
    QMap<Id, QString> employeeNames;
    QMap<Id, QString> officeNames;
    QMap<Id, QString> officeZones;  ///< IANA ids: a meeting's time is the office's local time
    QMap<Id, QString> reasonNames;
};

/// Reads a lead's history for display.
Result<LeadHistory> loadLeadHistory(Database& db, Id leadId);

}  // namespace fd::core
