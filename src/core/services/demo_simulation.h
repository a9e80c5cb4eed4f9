#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "services/catalog_service.h"
#include "services/deal_service.h"
#include "services/demo_catalog.h"
#include "services/demo_desk.h"
#include "services/demo_generator.h"
#include "services/demo_random.h"
#include "services/lead_service.h"
#include "services/meeting_service.h"

#include <QString>
#include <QTimeZone>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <queue>
#include <utility>
#include <vector>

namespace fd::core::demo {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

/// The whole run: catalogs, then leads in time order, then marketing figures.
/// Every step draws from one generator, so the history depends on the exact order of the
/// draws: the methods live in files by job, but must keep drawing in the same order.
class Simulation final {
public:
    Simulation(Database& db, const DemoOptions& options)
        : m_db(db),
          m_opt(options),
          m_rng(options.seed),
          m_clock([this] { return m_now; }),
          m_catalog(db, m_clock),
          m_msk(QByteArray("Europe/Moscow")) {}

    Result<DemoSummary> run();

private:
    struct PendingTouch {
        qint64 at;
        QString phone;
        QString name;
        std::size_t channel;
        bool operator>(const PendingTouch& o) const { return at > o.at; }
    };

    /// One booked meeting as its flow sees it.
    struct MeetingVisit {
        Id id;
        Meeting meeting;
        std::size_t channel;
        std::size_t op;
        int depth;  ///< rebookings that led to this meeting; after two there are no more
    };

    // demo_simulation.cpp: the run, its catalogs, the schedule of requests, marketing figures.
    Status setUp();
    std::vector<qint64> requestTimes();
    void writeMarketingFigures();
    qint64 callCenterTime(qint64 t);
    qint64 officeTime(qint64 t) const;

    // demo_lead_intake.cpp: each request, as a new lead or a repeat touch.
    void createOne(qint64 createdAt);
    QString randomPhone();
    QString randomName();
    std::size_t campaignFor(std::size_t channel);

    // demo_call_center.cpp: calls to a new lead and the booking of its meeting.
    void workLead(Id leadId, std::size_t channel, std::size_t op, qint64 createdAt);
    std::optional<Id> book(Id leadId, std::size_t op, qint64 at, std::optional<Id> rescheduleOf);

    // demo_meeting_flow.cpp: a booked meeting up to its outcome, deal and payments.
    void meetingFlow(Id meetingId, std::size_t channel, std::size_t op, qint64 bookedAt, int depth);
    /// Whether the client confirmed; nothing when the meeting was cancelled or moved (a moved
    /// meeting has gone through its own flow already).
    std::optional<bool> callDayBefore(const MeetingVisit& visit, qint64 bookedAt);
    /// A meeting whose outcome would come after the end of the history.
    void meetingAtHistoryEnd(const MeetingVisit& visit, std::size_t officeIndex);
    void noShow(const MeetingVisit& visit, Id manager);
    /// The outcome of an arrived client, and a deal when it is a sale.
    void concludeMeeting(const MeetingVisit& visit, Id manager, qint64 arrivedAt);
    /// Whether the client is target and what they decided; the sale details come later.
    OutcomeInput judgeClient(const MeetingVisit& visit, Id manager);
    /// A client who is thinking either signs days later or is lost.
    void followUp(const MeetingVisit& visit, Id manager, qint64 followUpDue, const Product& product,
                  qint64 amountKopecks);
    void addPayments(Id dealId, qint64 signedAt, qint64 amountKopecks);
    /// Commits the batch written so far and begins the next.
    void commitBatch();

    Id reasonId(const char* code) { return m_reasons.at(QString::fromLatin1(code)); }
    bool done(qint64 t) const { return t > m_opt.until; }

    Database& m_db;
    DemoOptions m_opt;
    DemoRandom m_rng;
    qint64 m_now = 0;
    Clock m_clock;
    std::unique_ptr<Desk> m_desk;  ///< made once the catalogs are written
    CatalogService m_catalog;
    QTimeZone m_msk;
    DemoSummary m_summary;

    std::vector<Id> m_officeIds;
    std::vector<QTimeZone> m_officeZones;
    std::vector<Id> m_operatorIds;
    std::vector<Id> m_managerIds;
    std::vector<Id> m_channelIds;
    std::vector<std::vector<Id>> m_campaignIds;
    std::map<QString, Id> m_reasons;
    std::map<std::pair<QDate, Id>, qint64> m_requests;  // (day, campaign) -> requests
    std::priority_queue<PendingTouch, std::vector<PendingTouch>, std::greater<>> m_touches;
    std::vector<std::pair<QString, qint64>> m_oldPhones;  // (phone, when its lead was created)
    qint64 m_phoneCounter = 0;
};

}  // namespace fd::core::demo
