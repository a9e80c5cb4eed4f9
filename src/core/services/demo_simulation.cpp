#include "services/demo_simulation.h"

#include "storage/demo_gaps.h"

#include "services/demo_ledger.h"
#include "services/demo_motivation.h"

#include "services/demo_generator.h"
#include "services/service_context.h"
#include "services/staff_service.h"
#include "storage/catalog_repository.h"
#include "storage/funnel_repository.h"
#include "storage/lead_repository.h"
#include "storage/server_security.h"
#include "storage/staff_repository.h"
#include "storage/storage_error.h"
#include "util/password.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace fd::core::demo {

Result<DemoSummary> Simulation::run() {
    if (LeadRepository(m_db).leadCount() > 0 || !CatalogRepository(m_db).offices().empty()) {
        return Error::make(
            ErrorCode::Conflict,
            QT_TRANSLATE_NOOP("fd::core::Error", "Demo data can only be written into an empty database."));
    }
    m_now = QDateTime(m_opt.endDate.addMonths(-m_opt.months), QTime(9, 0), m_msk).toSecsSinceEpoch();
    const bool inMemory = m_opt.writing == DemoWriting::InMemory && !m_db.onServer() && !m_db.actor();
    try {
        if (inMemory) {
            // The batches need not reach the disk one by one: the history is whole only when its
            // last commit, which waits for the disk, has removed the mark below.
            m_db.setCommitWait(CommitWait::HandedToSystem);
        }
        m_db.begin(Isolation::ReadCommitted);  // the only writer: the database must be empty
        if (Status st = setUp(); !st) {
            m_db.rollback();
            return st.error();
        }
        // Until the last commit the database says it is a demo being made: one whose making
        // stopped half-way is refused on opening instead of passing for a whole history.
        CatalogRepository(m_db).setSetting(QString::fromLatin1(kDemoIncompleteKey),
                                           QString::number(m_opt.seed));
        if (inMemory) {
            m_desk = std::make_unique<DemoLedger>(m_db, m_clock);
        } else {
            m_desk = std::make_unique<ServiceDesk>(m_db, m_clock);
        }
        const std::vector<qint64> times = requestTimes();
        qint64 count = 0;
        for (const qint64 t : times) {
            createOne(t);
            if (++count % m_opt.batchLeads == 0) {
                commitBatch();
                if (m_opt.progress) {
                    m_opt.progress(count, static_cast<qint64>(times.size()));
                }
            }
        }
        // A client who came back within the window made a repeat request, not a lead: as many more
        // requests at the last moment as it takes for the leads asked for (about 0.2 % of them).
        for (qint64 extra = 0;
             m_summary.leads < m_opt.leads && !times.empty() && extra < 1000 + m_opt.leads / 100; ++extra) {
            createOne(times.back());
        }
        m_desk->flush();
        m_desk->finish();  // the indexes, before the month figures below read the history
        if (!m_db.onServer()) {
            // What a real company forgets to mark, for Data health to find (a server's audit
            // trail cannot lose lines, so a demo made there keeps every mark).
            plantDemoGaps(m_db, m_now);
            // The last operator left the day before the history ends: their open leads went to the
            // first operator; the meetings they had booked are still to come.
            if (m_operatorIds.size() > 1) {
                const qint64 end = m_now;
                m_now = end - 86400;
                if (Status left =
                        StaffService(m_db, m_clock).deactivate(m_operatorIds.back(), m_operatorIds.front());
                    !left) {
                    m_db.rollback();
                    return left.error();
                }
                m_now = end;
            }
        }
        if (!m_db.onServer()) {
            // The funnel's packed facts, kept beside the rows (they are kept only outside a
            // transaction): the first report on the new database reads them instead of the rows.
            m_db.commit();
            (void)FunnelRepository(m_db).data();
            m_db.begin(Isolation::ReadCommitted);
        }
        writeMarketingFigures();
        if (!m_db.onServer()) {
            plantDemoFigureGaps(m_db, m_opt.endDate);
        }
        CatalogRepository(m_db).setSetting(QStringLiteral("demo_data"), QString::number(m_opt.seed));
        CatalogRepository(m_db).setSetting(QStringLiteral("company_name"),
                                           QStringLiteral("Центр финансовой защиты «Щит» (демо)"));
        seedMotivation(m_db, QString::fromLatin1(m_msk.id()), m_opt.endDate.addMonths(-m_opt.months),
                       m_opt.endDate);
        m_db.commit();
        m_db.setCommitWait(CommitWait::UntilOnDisk);
        m_db.begin(Isolation::ReadCommitted);
        CatalogRepository(m_db).removeSetting(QString::fromLatin1(kDemoIncompleteKey));
        m_db.commit();
        if (m_opt.progress) {
            m_opt.progress(count, static_cast<qint64>(times.size()));
        }
    } catch (const StorageError& e) {
        if (m_db.transactionDepth() > 0) {
            try {
                m_db.rollback();
            } catch (const StorageError&) {  // NOLINT(bugprone-empty-catch): keep the first error
            }
        }
        if (inMemory) {
            try {
                m_db.setCommitWait(CommitWait::UntilOnDisk);
            } catch (const StorageError&) {  // NOLINT(bugprone-empty-catch): keep the first error
            }
        }
        return writeFailure(e);
    }
    m_summary.leads = LeadRepository(m_db).leadCount();
    return m_summary;
}

void Simulation::commitBatch() {
    m_desk->flush();
    m_db.commit();
    m_db.begin(Isolation::ReadCommitted);  // the only writer: the database must be empty
}

Status Simulation::setUp() {
    // Offices sized for 20,000 leads in six months; more leads a day need bigger ones.
    const double scale =
        std::max(1.0, std::ceil(static_cast<double>(m_opt.leads) / 20000.0 * 6.0 / m_opt.months));
    for (const OfficeProfile& p : officeProfiles()) {
        Office o;
        o.name = s(p.name);
        o.address = s(p.address);
        o.timeZone = s(p.timeZone);
        o.workStartMin = p.start;
        o.workEndMin = p.end;
        o.workDays = p.days;
        o.slotMinutes = 60;
        // A bigger history needs proportionally bigger offices, or bookings would not fit.
        o.seatsPerSlot = static_cast<int>(p.seats * scale);
        Result<Id> id = m_catalog.addOffice(o);
        if (!id) {
            return id.error();
        }
        m_officeIds.push_back(*id);
        m_officeZones.emplace_back(QByteArray(p.timeZone));
    }
    for (const OperatorProfile& p : operatorProfiles()) {
        Result<Id> id = m_catalog.addEmployee(Employee{0, s(p.name), Role::Operator, std::nullopt, true});
        if (!id) {
            return id.error();
        }
        m_operatorIds.push_back(*id);
    }
    for (const ManagerProfile& p : managerProfiles()) {
        Result<Id> id = m_catalog.addEmployee(Employee{
            0, s(p.name), Role::OfficeManager, m_officeIds[static_cast<std::size_t>(p.office)], true});
        if (!id) {
            return id.error();
        }
        m_managerIds.push_back(*id);
    }
    std::vector<std::pair<Id, QString>> logins;
    for (std::size_t i = 0; i < m_operatorIds.size(); ++i) {
        logins.emplace_back(m_operatorIds[i], QStringLiteral("operator%1").arg(i + 1));
    }
    for (std::size_t i = 0; i < m_managerIds.size(); ++i) {
        logins.emplace_back(m_managerIds[i], QStringLiteral("manager%1").arg(i + 1));
    }
    for (const auto& [name, role, login] : {std::tuple{"Елена Кузнецова", Role::Marketer, "marketer"},
                                            std::tuple{"Сергей Петров", Role::Head, "head"},
                                            std::tuple{"Администратор", Role::Admin, "admin"}}) {
        Result<Id> id = m_catalog.addEmployee(Employee{0, s(name), role, std::nullopt, true});
        if (!id) {
            return id.error();
        }
        logins.emplace_back(*id, QString::fromLatin1(login));
    }
    // One password for the whole demo company, hashed once.
    const QString hash = hashPassword(QString::fromLatin1(kDemoPassword));
    StaffRepository staff(m_db);
    for (const auto& [id, login] : logins) {
        staff.setLogin(id, login);
        staff.setPasswordHash(id, m_db.onServer() ? QStringLiteral("server") : hash);
        syncServerLogin(m_db, id, {}, QString::fromLatin1(kDemoPassword));
    }
    for (const ChannelProfile& c : channelProfiles()) {
        Result<Id> id = m_catalog.addChannel(s(c.name));
        if (!id) {
            return id.error();
        }
        m_channelIds.push_back(*id);
        m_campaignIds.emplace_back();
        for (const CampaignProfile& cp : c.campaigns) {
            Result<Id> cid = m_catalog.addCampaign(
                Campaign{0, *id, s(cp.name), s(cp.source), s(cp.medium), s(cp.campaign), true});
            if (!cid) {
                return cid.error();
            }
            m_campaignIds.back().push_back(*cid);
        }
    }
    for (const Reason& r : CatalogRepository(m_db).reasons()) {
        m_reasons[r.code] = r.id;
    }
    return Ok{};
}

std::vector<qint64> Simulation::requestTimes() {
    const QDate first = m_opt.endDate.addMonths(-m_opt.months).addDays(1);
    const qint64 days = first.daysTo(m_opt.endDate) + 1;
    static const double weekday[7] = {1.10, 1.05, 1.0, 1.0, 0.95, 0.75, 0.70};
    std::vector<double> weights;
    double total = 0;
    for (qint64 d = 0; d < days; ++d) {
        const QDate day = first.addDays(d);
        const double growth = 0.85 + 0.30 * static_cast<double>(d) / static_cast<double>(days);
        double w = weekday[day.dayOfWeek() - 1] * growth * (0.85 + 0.3 * m_rng.unit());
        // A day that ends at the present moment gets requests only for the part that has passed.
        const qint64 dayStart = QDateTime(day, QTime(0, 0), m_msk).toSecsSinceEpoch();
        w *= static_cast<double>(std::clamp<qint64>(m_opt.until - dayStart + 1, 0, kDay)) / kDay;
        weights.push_back(w);
        total += w;
    }
    // Requests arrive mostly in the daytime and evening, Moscow time.
    static const std::vector<double> hourWeights{0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4, 0.8, 1.2, 1.6, 1.8, 1.8,
                                                 1.7, 1.6, 1.6, 1.5, 1.5, 1.6, 1.7, 1.8, 1.7, 1.3, 0.9, 0.5};
    std::vector<qint64> times;
    times.reserve(static_cast<std::size_t>(m_opt.leads));
    double cumulative = 0;
    qint64 assigned = 0;
    for (qint64 d = 0; d < days; ++d) {
        cumulative += weights[static_cast<std::size_t>(d)];
        const qint64 upTo = std::llround(cumulative / total * static_cast<double>(m_opt.leads));
        const qint64 dayStart = QDateTime(first.addDays(d), QTime(0, 0), m_msk).toSecsSinceEpoch();
        // The last day may end at the present moment: its requests are spread over the part
        // of the day that has passed.
        const qint64 span = std::max<qint64>(1, std::min(kDay, m_opt.until - dayStart + 1));
        std::vector<qint64> today;
        for (; assigned < upTo; ++assigned) {
            const qint64 t =
                static_cast<qint64>(m_rng.weighted(hourWeights)) * kHour + m_rng.range(0, kHour - 1);
            today.push_back(dayStart + t * span / kDay);
        }
        std::sort(today.begin(), today.end());
        times.insert(times.end(), today.begin(), today.end());
    }
    return times;
}

void Simulation::writeMarketingFigures() {
    const QDate first = m_opt.endDate.addMonths(-m_opt.months).addDays(1);
    for (QDate day = first; day <= m_opt.endDate; day = day.addDays(1)) {
        for (std::size_t c = 0; c < m_channelIds.size(); ++c) {
            const ChannelProfile& ch = channelProfiles()[c];
            for (const Id campaign : m_campaignIds[c]) {
                const auto it = m_requests.find({day, campaign});
                const double requests = it == m_requests.end() ? 0.0 : static_cast<double>(it->second);
                if (ch.cplRubles > 0) {
                    const double rubles = (requests + 0.5) * ch.cplRubles * (0.85 + 0.3 * m_rng.unit());
                    (void)m_catalog.setSpend(day, m_channelIds[c], campaign,
                                             Money::fromRubles(std::llround(rubles)));
                }
                if (ch.visitorCr > 0) {
                    const double visitors = (requests + 0.5) / ch.visitorCr * (0.9 + 0.2 * m_rng.unit());
                    (void)m_catalog.setVisitors(day, m_channelIds[c], campaign, std::llround(visitors));
                }
            }
        }
    }
}

qint64 Simulation::callCenterTime(qint64 t) {
    // The call center works 09:00–21:00 Moscow time, every day.
    const QDateTime local = QDateTime::fromSecsSinceEpoch(t, m_msk);
    const int hour = local.time().hour();
    if (hour >= 9 && hour < 21) {
        return t;
    }
    const QDate day = hour >= 21 ? local.date().addDays(1) : local.date();
    return QDateTime(day, QTime(9, 0), m_msk).toSecsSinceEpoch() + m_rng.range(0, 90 * 60);
}

qint64 Simulation::officeTime(qint64 t) const {
    // Offices sign contracts and take money 09:00–20:00 Moscow time; later moments move to the
    // next morning, spread over its hours without a random draw.
    const QDateTime local = QDateTime::fromSecsSinceEpoch(t, m_msk);
    const int hour = local.time().hour();
    if (hour >= 9 && hour < 20) {
        return t;
    }
    const QDate day = hour >= 20 ? local.date().addDays(1) : local.date();
    return QDateTime(day, QTime(9, 30), m_msk).toSecsSinceEpoch() + t % (8 * kHour);
}

}  // namespace fd::core::demo
