#pragma once

#include "domain/data_health.h"

#include <QString>

#include <vector>

namespace fd::core {

class Database;

/// A record behind a gap as the database gives it, with who could own it.
struct GapRow {
    GapRecord record;
    OptId employeeId;  ///< the manager, the assignee or the operator it falls to
    QString employeeName;
    OptId officeId;
    QString officeName;
    bool imported = false;  ///< a lead that came from a file (it has an id from another CRM)
    QString channelName;    ///< for a day's figures: the channel's name
};

/// A lead as the spend check counts it: when it came and from which channel.
struct LeadArrival {
    qint64 createdAt = 0;
    OptId channelId;
};

/// A day's spend or visitors figure of a channel (a campaign's or the whole channel's).
struct ChannelDayFigure {
    QString day;
    Id channelId = 0;
    QString channel;
    qint64 value = 0;
};

/// The queries behind Data health, one per kind of gap. Times are UTC epoch seconds; `from`
/// and `to` bound the moment each gap arose (half-open), `now` is the present.
class HealthRepository {
public:
    explicit HealthRepository(Database& db) : m_db(db) {}

    /// Meetings scheduled before `before` still marked neither arrived nor no-show.
    std::vector<GapRow> unmarkedMeetings(qint64 from, qint64 to, qint64 before);
    /// Arrivals (before `before`) without an outcome or without the client's qualification.
    std::vector<GapRow> arrivalsWithoutOutcome(qint64 from, qint64 to, qint64 before);
    /// Outcomes "thinking" whose lead has no open follow-up.
    std::vector<GapRow> thinkingWithoutFollowUp(qint64 from, qint64 to);
    /// Open follow-ups due before `now`.
    std::vector<GapRow> followUpsOverdue(qint64 from, qint64 to, qint64 now);
    /// Leads lost or non-target with no reason, but for wrong numbers.
    std::vector<GapRow> lostWithoutReason(qint64 from, qint64 to);
    /// Leads with no channel, or no campaign where their channel has campaigns.
    std::vector<GapRow> leadsWithoutSource(qint64 from, qint64 to);
    /// Contracts with money due that became overdue in the period (before `now`): nothing paid
    /// for `quiet` seconds after the last payment, or after signing.
    std::vector<GapRow> moneyOverdue(qint64 from, qint64 to, qint64 now, qint64 quiet);
    /// Contacts that share a phone number or an e-mail with an older contact, created in the period.
    std::vector<GapRow> duplicateContacts(qint64 from, qint64 to);
    /// Leads created in the period within `window` seconds after another lead of the same contact.
    std::vector<GapRow> repeatLeads(qint64 from, qint64 to, qint64 window);
    /// Coming meetings (from `now`) booked by someone no longer active.
    std::vector<GapRow> inactiveBookers(qint64 now);
    /// Coming meetings and open follow-ups in offices that are closed.
    std::vector<GapRow> closedOfficeRecords(qint64 now);

    /// Leads created in the period with their channel.
    std::vector<LeadArrival> leadArrivals(qint64 from, qint64 to);
    /// Spend of each channel and day from `fromDay` to `toDay` (inclusive), summed over campaigns.
    std::vector<ChannelDayFigure> spend(const QString& fromDay, const QString& toDay);
    /// Visitors of each channel and day, summed over campaigns.
    std::vector<ChannelDayFigure> visitors(const QString& fromDay, const QString& toDay);
    /// The channels with any spend ever entered: the paid ones.
    std::vector<std::pair<Id, QString>> paidChannels();
    /// The channels with any visitors figure ever entered: those whose site counts visitors (a
    /// lead generator sells leads, not visits).
    std::vector<Id> visitedChannels();

private:
    Database& m_db;
};

}  // namespace fd::core
