#include "services/demo_generator.h"

#include "services/catalog_service.h"
#include "services/deal_service.h"
#include "services/demo_random.h"
#include "services/lead_service.h"
#include "services/meeting_service.h"
#include "storage/catalog_repository.h"
#include "storage/deal_repository.h"
#include "storage/lead_repository.h"
#include "storage/meeting_repository.h"

#include <QDateTime>
#include <QTimeZone>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <queue>

namespace fd::core {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

struct CampaignProfile {
    const char* name;
    const char* source;
    const char* medium;
    const char* campaign;
    double weight;
};

// Rates are the channel's own; people multiply them. The lead generator is the cheapest per
// lead and the most expensive per target arrival: that is the story the demo tells.
struct ChannelProfile {
    const char* name;
    double weight;
    double reach;        // the call center reaches the person
    double book;         // a reached person books a meeting
    double ccNonTarget;  // a reached person is not a client at all
    double show;         // a booked client comes
    double target;       // an arrived client qualifies as target
    double cplRubles;    // spend per request (0: free channel)
    double visitorCr;    // visitor -> request (0: no site visitors)
    double wrongNumber;  // share of failed calls that are wrong numbers
    std::vector<CampaignProfile> campaigns;
};

struct OperatorProfile {
    const char* name;
    double weight;
    double book;
    double show;
    double target;
    double firstCallMinutes;
};

struct ManagerProfile {
    const char* name;
    int office;
    double close;
};

struct OfficeProfile {
    const char* name;
    const char* address;
    const char* timeZone;
    int start;
    int end;
    int days;
    int seats;
    double weight;
};

struct Product {
    const char* name;
    qint64 rubles;
    double weight;
};

const std::vector<ChannelProfile>& channelProfiles() {
    static const std::vector<ChannelProfile> channels{
        {"Яндекс Директ",
         0.28,
         0.78,
         0.34,
         0.08,
         0.62,
         0.78,
         1900,
         0.035,
         0.03,
         {{"Поиск — банкротство физлиц", "yandex", "cpc", "bankrotstvo_poisk", 0.6},
          {"РСЯ — списание долгов", "yandex", "cpc", "rsya_dolgi", 0.4}}},
        {"VK Реклама",
         0.16,
         0.72,
         0.28,
         0.12,
         0.55,
         0.58,
         1100,
         0.022,
         0.04,
         {{"Лента — долги по кредитам", "vk", "cpc", "lenta_kredity", 1.0}}},
        {"Telegram Ads",
         0.08,
         0.75,
         0.30,
         0.10,
         0.60,
         0.68,
         1500,
         0.028,
         0.03,
         {{"Финансовые каналы", "telegram", "cpc", "fin_kanaly", 1.0}}},
        {"Лидогенератор «ЛидМаркет»",
         0.28,
         0.58,
         0.28,
         0.22,
         0.42,
         0.20,
         450,
         0.0,
         0.12,
         {{"CPA — банкротство", "leadmarket", "cpa", "bankrot_cpa", 1.0}}},
        {"SEO",
         0.14,
         0.80,
         0.38,
         0.07,
         0.66,
         0.80,
         0,
         0.012,
         0.02,
         {{"Органический поиск", "yandex", "organic", "", 1.0}}},
        {"Рекомендации",
         0.06,
         0.90,
         0.50,
         0.05,
         0.78,
         0.88,
         0,
         0.0,
         0.01,
         {{"Сарафанное радио", "referral", "referral", "", 1.0}}},
    };
    return channels;
}

const std::vector<OperatorProfile>& operatorProfiles() {
    // Козлов books the most arrivals, but half of them are not target: raw and
    // quality-adjusted rankings of operators differ because of him.
    static const std::vector<OperatorProfile> ops{
        {"Ольга Смирнова", 1.0, 1.10, 1.05, 1.10, 6},     {"Дмитрий Козлов", 1.25, 1.45, 1.08, 0.45, 4},
        {"Анна Морозова", 1.0, 0.95, 1.00, 1.05, 12},     {"Игорь Волков", 1.0, 1.00, 0.95, 1.00, 9},
        {"Екатерина Лебедева", 0.9, 1.05, 1.10, 1.08, 8}, {"Максим Новиков", 1.0, 0.85, 0.90, 0.95, 22},
        {"Татьяна Соколова", 1.0, 1.00, 1.00, 1.00, 10},  {"Алексей Попов", 1.1, 1.20, 0.95, 0.80, 5},
        {"Наталья Васильева", 0.8, 0.90, 1.05, 1.12, 15}, {"Артём Фёдоров", 1.0, 1.00, 1.00, 0.98, 7},
        {"Юлия Михайлова", 0.9, 1.08, 1.02, 1.04, 9},     {"Павел Егоров", 0.7, 0.80, 0.90, 1.00, 28},
    };
    return ops;
}

const std::vector<ManagerProfile>& managerProfiles() {
    static const std::vector<ManagerProfile> managers{
        {"Марина Орлова", 0, 0.46}, {"Виктор Зайцев", 0, 0.32},  {"Светлана Белова", 1, 0.40},
        {"Роман Гусев", 1, 0.27},   {"Ирина Комарова", 2, 0.38}, {"Андрей Киселёв", 2, 0.34},
    };
    return managers;
}

const std::vector<OfficeProfile>& officeProfiles() {
    static const std::vector<OfficeProfile> offices{
        {"Москва, Тверская", "Москва, ул. Тверская, 12, офис 301", "Europe/Moscow", 9 * 60, 20 * 60, 0x3F, 3,
         0.45},
        {"Санкт-Петербург, Невский", "Санкт-Петербург, Невский пр., 88", "Europe/Moscow", 10 * 60, 19 * 60,
         0x1F, 3, 0.30},
        {"Екатеринбург, Ленина", "Екатеринбург, пр. Ленина, 40", "Asia/Yekaterinburg", 9 * 60, 18 * 60, 0x3F,
         2, 0.25},
    };
    return offices;
}

const std::vector<Product>& products() {
    static const std::vector<Product> list{
        {"Банкротство физлица", 120000, 0.45},
        {"Банкротство с реализацией имущества", 185000, 0.20},
        {"Внесудебное банкротство", 45000, 0.15},
        {"Реструктуризация долгов", 80000, 0.20},
    };
    return list;
}

const std::vector<const char*> kMaleFirst{
    "Александр", "Сергей",   "Андрей", "Алексей", "Дмитрий", "Михаил",   "Иван",       "Николай",
    "Евгений",   "Владимир", "Юрий",   "Олег",    "Виталий", "Геннадий", "Константин", "Руслан"};
const std::vector<const char*> kFemaleFirst{
    "Елена",  "Татьяна", "Наталья",   "Ольга", "Ирина",     "Светлана", "Марина",  "Людмила",
    "Галина", "Оксана",  "Валентина", "Юлия",  "Анастасия", "Любовь",   "Надежда", "Вера"};
const std::vector<const char*> kSurnames{
    "Иванов",  "Смирнов", "Кузнецов", "Попов",    "Васильев", "Петров",   "Соколов", "Михайлов",
    "Новиков", "Фёдоров", "Морозов",  "Волков",   "Алексеев", "Лебедев",  "Семёнов", "Егоров",
    "Павлов",  "Козлов",  "Степанов", "Николаев", "Орлов",    "Андреев",  "Макаров", "Никитин",
    "Захаров", "Зайцев",  "Соловьёв", "Борисов",  "Яковлев",  "Григорьев"};

QString s(const char* utf8) {
    return QString::fromUtf8(utf8);
}

/// The whole run: catalogs, then leads in time order, then marketing figures.
class Simulation final {
public:
    Simulation(Database& db, const DemoOptions& options)
        : m_db(db),
          m_opt(options),
          m_rng(options.seed),
          m_clock([this] { return m_now; }),
          m_leads(db, m_clock),
          m_meetings(db, m_clock),
          m_deals(db, m_clock),
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

    Status setUp();
    std::vector<qint64> requestTimes();
    void createOne(qint64 createdAt);
    void workLead(Id leadId, std::size_t channel, std::size_t op, qint64 createdAt);
    std::optional<Id> book(Id leadId, std::size_t op, qint64 at, std::optional<Id> rescheduleOf);
    void meetingFlow(Id meetingId, std::size_t channel, std::size_t op, qint64 bookedAt, int depth);
    void addPayments(Id dealId, qint64 signedAt, qint64 amountKopecks);
    void writeMarketingFigures();
    qint64 callCenterTime(qint64 t);
    qint64 officeTime(qint64 t) const;
    QString randomPhone();
    QString randomName();
    Id reasonId(const char* code) { return m_reasons.at(QString::fromLatin1(code)); }
    std::size_t campaignFor(std::size_t channel);
    bool done(qint64 t) const { return t > m_opt.until; }

    Database& m_db;
    DemoOptions m_opt;
    DemoRandom m_rng;
    qint64 m_now = 0;
    Clock m_clock;
    LeadService m_leads;
    MeetingService m_meetings;
    DealService m_deals;
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

Status Simulation::setUp() {
    const double scale = std::max(1.0, std::ceil(static_cast<double>(m_opt.leads) / 20000.0));
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
    for (const auto& [name, role] :
         {std::pair{"Елена Кузнецова", Role::Marketer}, std::pair{"Сергей Петров", Role::Head},
          std::pair{"Администратор", Role::Admin}}) {
        if (Result<Id> id = m_catalog.addEmployee(Employee{0, s(name), role, std::nullopt, true}); !id) {
            return id.error();
        }
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

QString Simulation::randomPhone() {
    // Unique numbers built from a counter, written the many ways people write them.
    ++m_phoneCounter;
    const qint64 number =
        9000000000LL +
        (m_phoneCounter * 7919 + static_cast<qint64>(m_opt.seed % 1000) * 104729) % 999999999LL;
    const QString d = QString::number(number);
    switch (m_rng.range(0, 3)) {
        case 0:
            return QStringLiteral("+7%1").arg(d);
        case 1:
            return QStringLiteral("8 (%1) %2-%3-%4").arg(d.mid(0, 3), d.mid(3, 3), d.mid(6, 2), d.mid(8, 2));
        case 2:
            return QStringLiteral("+7 %1 %2 %3 %4").arg(d.mid(0, 3), d.mid(3, 3), d.mid(6, 2), d.mid(8, 2));
        default:
            return QStringLiteral("8%1").arg(d);
    }
}

QString Simulation::randomName() {
    const bool female = m_rng.chance(0.55);
    QString surname = s(m_rng.pick(kSurnames));
    if (female) {
        surname.append(QChar(0x0430));  // а
    }
    const QString first = s(female ? m_rng.pick(kFemaleFirst) : m_rng.pick(kMaleFirst));
    return m_rng.chance(0.15) ? first : first + QLatin1Char(' ') + surname;
}

std::size_t Simulation::campaignFor(std::size_t channel) {
    std::vector<double> w;
    for (const CampaignProfile& c : channelProfiles()[channel].campaigns) {
        w.push_back(c.weight);
    }
    return m_rng.weighted(w);
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

void Simulation::createOne(qint64 createdAt) {
    while (!m_touches.empty() && m_touches.top().at <= createdAt) {
        const PendingTouch t = m_touches.top();
        m_touches.pop();
        const std::size_t camp = campaignFor(t.channel);
        NewLead touch;
        touch.name = t.name;
        touch.phone = t.phone;
        touch.campaignId = m_campaignIds[t.channel][camp];
        touch.createdAt = t.at;
        m_now = t.at;
        Result<CreatedLead> r = m_leads.createLead(touch);
        if (r && r->repeatTouch) {
            ++m_summary.repeatTouches;
            m_requests[{QDateTime::fromSecsSinceEpoch(t.at, m_msk).date(), *touch.campaignId}] += 1;
        }
    }

    std::vector<double> channelWeights;
    for (const ChannelProfile& c : channelProfiles()) {
        channelWeights.push_back(c.weight);
    }
    std::vector<double> opWeights;
    for (const OperatorProfile& o : operatorProfiles()) {
        opWeights.push_back(o.weight);
    }
    const std::size_t channel = m_rng.weighted(channelWeights);
    const std::size_t camp = campaignFor(channel);
    const std::size_t op = m_rng.weighted(opWeights);

    NewLead in;
    in.name = randomName();
    // A few clients come back months later: a new lead on the same contact.
    in.phone = randomPhone();
    if (!m_oldPhones.empty() && m_rng.chance(0.01)) {
        // Only past the attribution window, so the request is a new lead and not a touch.
        const auto& [phone, when] = m_rng.pick(m_oldPhones);
        if (when < createdAt - 35 * kDay) {
            in.phone = phone;
        }
    }
    if (m_rng.chance(0.3)) {
        in.email = QStringLiteral("client%1@example.ru").arg(m_phoneCounter);
    }
    in.campaignId = m_campaignIds[channel][camp];
    in.operatorId = m_operatorIds[op];
    in.createdAt = createdAt;
    m_now = createdAt;
    Result<CreatedLead> r = m_leads.createLead(in);
    if (!r) {
        spdlog::warn("demo: a lead was refused (field {})", r.error().field.toStdString());
        return;
    }
    m_requests[{QDateTime::fromSecsSinceEpoch(createdAt, m_msk).date(), *in.campaignId}] += 1;
    if (r->repeatTouch) {
        ++m_summary.repeatTouches;
        return;
    }
    ++m_summary.leads;
    if (m_oldPhones.size() < 5000 && m_rng.chance(0.05)) {
        m_oldPhones.emplace_back(in.phone, createdAt);
    }
    // About one request in sixteen is repeated within days, often from another channel.
    if (m_rng.chance(0.06)) {
        const std::size_t again = m_rng.chance(0.5) ? channel : m_rng.weighted(channelWeights);
        // Within the attribution window: a repeat request, never a new lead.
        const qint64 delay =
            std::min<qint64>(static_cast<qint64>(m_rng.exponential(4.0 * kDay)) + 60, 25 * kDay);
        m_touches.push({createdAt + delay, in.phone, in.name, again});
    }
    workLead(r->leadId, channel, op, createdAt);
}

void Simulation::workLead(Id leadId, std::size_t channel, std::size_t op, qint64 createdAt) {
    const ChannelProfile& ch = channelProfiles()[channel];
    const OperatorProfile& operatorProfile = operatorProfiles()[op];
    const Id operatorId = m_operatorIds[op];
    qint64 t = callCenterTime(
        createdAt + static_cast<qint64>(m_rng.exponential(operatorProfile.firstCallMinutes) * 60) + 30);
    int callbacks = 0;
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (done(t)) {
            return;
        }
        m_now = t;
        CallInput call;
        call.leadId = leadId;
        call.operatorId = operatorId;
        if (!m_rng.chance(ch.reach)) {
            call.outcome = m_rng.chance(ch.wrongNumber / (1 - ch.reach))
                               ? CallOutcome::WrongNumber
                               : (m_rng.chance(0.75) ? CallOutcome::NoAnswer : CallOutcome::Busy);
            if (m_leads.logCall(call)) {
                ++m_summary.calls;
            }
            if (call.outcome == CallOutcome::WrongNumber) {
                return;
            }
            if (attempt == 4) {
                m_now = t + 60;
                (void)m_leads.disqualify(leadId, reasonId("cc_unreachable"), false, operatorId);
                return;
            }
            t = callCenterTime(t + m_rng.range(2 * kHour, 26 * kHour));
            continue;
        }
        const double pNonTarget = ch.ccNonTarget;
        const double pBook = std::min(0.9, ch.book * operatorProfile.book);
        const double pCallback = callbacks == 0 ? 0.18 : 0.0;
        const double u = m_rng.unit();
        if (u < pNonTarget) {
            call.outcome = CallOutcome::NonTarget;
            call.reasonId = reasonId(m_rng.chance(0.6) ? "cc_no_problem" : "cc_other_region");
            if (m_leads.logCall(call)) {
                ++m_summary.calls;
            }
            return;
        }
        if (u < pNonTarget + pBook) {
            if (const auto meeting = book(leadId, op, t, std::nullopt)) {
                meetingFlow(*meeting, channel, op, t, 0);
            }
            return;
        }
        if (u < pNonTarget + pBook + pCallback) {
            call.outcome = CallOutcome::Callback;
            call.callbackAt = callCenterTime(t + m_rng.range(kHour, 3 * kDay));
            if (m_leads.logCall(call)) {
                ++m_summary.calls;
            }
            ++callbacks;
            t = *call.callbackAt + m_rng.range(0, 30 * 60);
            --attempt;
            continue;
        }
        static const std::vector<const char*> refusals{"cc_expensive", "cc_changed_mind", "cc_competitor",
                                                       "cc_no_request"};
        call.outcome = CallOutcome::Refused;
        call.reasonId = reasonId(m_rng.pick(refusals));
        if (m_leads.logCall(call)) {
            ++m_summary.calls;
        }
        return;
    }
}

std::optional<Id> Simulation::book(Id leadId, std::size_t op, qint64 at, std::optional<Id> rescheduleOf) {
    std::vector<double> officeWeights;
    for (const OfficeProfile& o : officeProfiles()) {
        officeWeights.push_back(o.weight);
    }
    const std::size_t officeIndex = m_rng.weighted(officeWeights);
    const OfficeProfile& office = officeProfiles()[officeIndex];
    const QTimeZone& zone = m_officeZones[officeIndex];
    const QDate today = QDateTime::fromSecsSinceEpoch(at, zone).date();
    const int slotCount = (office.end - office.start) / 60;
    const OptId manager =
        m_rng.chance(0.5) ? OptId(m_managerIds[officeIndex * 2 + static_cast<std::size_t>(m_rng.range(0, 1))])
                          : std::nullopt;
    for (qint64 offset = m_rng.range(1, 3); offset < 15; ++offset) {
        const QDate day = today.addDays(offset);
        if ((office.days & (1 << (day.dayOfWeek() - 1))) == 0) {
            continue;
        }
        const qint64 firstSlot = m_rng.range(0, slotCount - 1);
        for (qint64 k = 0; k < slotCount; ++k) {
            const int minute = office.start + static_cast<int>((firstSlot + k) % slotCount) * 60;
            BookingRequest request;
            request.officeId = m_officeIds[officeIndex];
            request.scheduledAt = QDateTime(day, QTime(minute / 60, minute % 60), zone).toSecsSinceEpoch();
            request.managerId = manager;
            m_now = at;
            Result<Id> booked = Error{};
            if (rescheduleOf) {
                booked = m_meetings.reschedule(*rescheduleOf, request, m_operatorIds[op]);
            } else {
                CallInput call;
                call.leadId = leadId;
                call.operatorId = m_operatorIds[op];
                call.outcome = CallOutcome::Booked;
                call.booking = request;
                Result<Id> logged = m_leads.logCall(call);
                if (logged) {
                    ++m_summary.calls;
                    booked = MeetingRepository(m_db).pendingForLead(leadId).value().id;
                } else {
                    booked = logged.error();
                }
            }
            if (booked) {
                ++m_summary.meetings;
                return *booked;
            }
            if (booked.error().code != ErrorCode::SlotFull &&
                booked.error().code != ErrorCode::OutsideHours) {
                return std::nullopt;
            }
        }
    }
    return std::nullopt;
}

void Simulation::meetingFlow(Id meetingId, std::size_t channel, std::size_t op, qint64 bookedAt, int depth) {
    const ChannelProfile& ch = channelProfiles()[channel];
    const OperatorProfile& opProfile = operatorProfiles()[op];
    const Meeting meeting = MeetingRepository(m_db).meeting(meetingId).value();
    const qint64 slot = meeting.scheduledAt;
    const Id operatorId = m_operatorIds[op];

    bool confirmed = false;
    const qint64 dayBefore = std::max(bookedAt + 600, slot - 20 * kHour);
    if (!done(dayBefore)) {
        m_now = dayBefore;
        const double u = m_rng.unit();
        if (u < 0.04) {
            (void)m_meetings.cancel(meetingId, operatorId);
            m_now = dayBefore + 60;
            (void)m_leads.disqualify(meeting.leadId, reasonId("cc_changed_mind"), false, operatorId);
            return;
        }
        if (u < 0.10 && depth < 2) {
            if (const auto moved = book(meeting.leadId, op, dayBefore, meetingId)) {
                meetingFlow(*moved, channel, op, dayBefore, depth + 1);
            }
            return;
        }
        if (m_rng.chance(0.75)) {
            confirmed = static_cast<bool>(m_meetings.confirm(meetingId, operatorId));
        }
    }
    const std::size_t officeIndex = static_cast<std::size_t>(
        std::find(m_officeIds.begin(), m_officeIds.end(), meeting.officeId) - m_officeIds.begin());
    if (done(slot + 3 * kHour)) {
        // Still ahead, or not marked yet today. Every other client whose meeting began in
        // the last hours has come and is still in the office: arrived, no outcome yet. (No
        // random draw here, so the rest of the history does not depend on where it ends.)
        if (!done(slot + 10 * 60) && meetingId % 2 == 0) {
            m_now = slot + 5 * 60;
            (void)m_meetings.markArrived(
                meetingId, meeting.managerId ? *meeting.managerId : m_managerIds[officeIndex * 2]);
        }
        return;
    }
    const Id manager = meeting.managerId
                           ? *meeting.managerId
                           : m_managerIds[officeIndex * 2 + static_cast<std::size_t>(m_rng.range(0, 1))];
    const double pShow = std::min(0.95, ch.show * opProfile.show + (confirmed ? 0.06 : -0.08));
    if (!m_rng.chance(pShow)) {
        m_now = slot + m_rng.range(kHour, 3 * kHour);
        if (!m_meetings.markNoShow(meetingId, manager)) {
            return;
        }
        // Half of the no-shows are called again and rebooked.
        if (depth < 2 && m_rng.chance(0.5)) {
            const qint64 t = callCenterTime(slot + m_rng.range(20 * kHour, 50 * kHour));
            if (!done(t)) {
                if (const auto again = book(meeting.leadId, op, t, std::nullopt)) {
                    meetingFlow(*again, channel, op, t, depth + 1);
                }
            }
        }
        return;
    }
    m_now = slot + m_rng.range(-10 * 60, 15 * 60);
    if (!m_meetings.markArrived(meetingId, manager)) {
        return;
    }
    ++m_summary.arrivals;
    const qint64 arrivedAt = m_now;
    const double close = managerProfiles()[static_cast<std::size_t>(
                                               std::find(m_managerIds.begin(), m_managerIds.end(), manager) -
                                               m_managerIds.begin())]
                             .close;

    OutcomeInput outcome;
    outcome.meetingId = meetingId;
    outcome.actorId = manager;
    const bool target = m_rng.chance(std::min(0.95, ch.target * opProfile.target));
    if (!target) {
        const double q = m_rng.unit();
        outcome.qualification = q < 0.5
                                    ? Qualification::Insolvent
                                    : (q < 0.75 ? Qualification::Problematic : Qualification::OutOfProfile);
        if (m_rng.chance(0.85)) {
            outcome.outcome = MeetingOutcome::NonTarget;
            outcome.reasonId =
                reasonId(outcome.qualification == Qualification::Insolvent     ? "of_insolvent"
                         : outcome.qualification == Qualification::Problematic ? "of_problematic"
                                                                               : "of_out_of_profile");
        } else {
            outcome.outcome = MeetingOutcome::Refused;
            outcome.reasonId = reasonId("of_expensive");
        }
    } else {
        outcome.qualification = Qualification::Target;
        if (m_rng.chance(close)) {
            outcome.outcome = MeetingOutcome::Sale;
        } else if (m_rng.chance(0.55)) {
            outcome.outcome = MeetingOutcome::Thinking;
        } else {
            outcome.outcome = MeetingOutcome::Refused;
            outcome.reasonId = reasonId(m_rng.chance(0.6) ? "of_expensive" : "of_competitor");
        }
    }
    std::vector<double> productWeights;
    for (const Product& p : products()) {
        productWeights.push_back(p.weight);
    }
    const Product& product = products()[m_rng.weighted(productWeights)];
    const qint64 amount =
        std::llround(static_cast<double>(product.rubles) * (0.9 + 0.25 * m_rng.unit()) / 1000.0) * 1000 * 100;
    m_now = arrivedAt + m_rng.range(40 * 60, 90 * 60);
    const qint64 outcomeAt = m_now;
    if (outcome.outcome == MeetingOutcome::Sale) {
        outcome.dealAmount = Money{amount};
        outcome.product = s(product.name);
    } else if (outcome.outcome == MeetingOutcome::Thinking) {
        outcome.followUpDue = outcomeAt + m_rng.range(2, 7) * kDay;
    }
    if (!m_meetings.recordOutcome(outcome)) {
        return;
    }
    if (outcome.outcome == MeetingOutcome::Sale) {
        ++m_summary.deals;
        addPayments(DealRepository(m_db).forLead(meeting.leadId).back().id, outcomeAt, amount);
    } else if (outcome.outcome == MeetingOutcome::Thinking) {
        if (m_rng.chance(0.45)) {
            // Follow-up ("дожим") closes days later, on the original meeting.
            const qint64 saleAt = officeTime(*outcome.followUpDue + m_rng.range(0, 4 * kDay));
            if (!done(saleAt)) {
                m_now = saleAt;
                DealInput deal;
                deal.leadId = meeting.leadId;
                deal.meetingId = meetingId;
                deal.managerId = manager;
                deal.signedAt = saleAt;
                deal.amount = Money{amount};
                deal.product = s(product.name);
                deal.actorId = manager;
                if (Result<Id> id = m_deals.addDeal(deal)) {
                    ++m_summary.deals;
                    addPayments(*id, saleAt, amount);
                }
            }
        } else if (m_rng.chance(0.5)) {
            const qint64 lostAt = *outcome.followUpDue + 2 * kDay;
            if (!done(lostAt)) {
                m_now = lostAt;
                (void)m_leads.disqualify(meeting.leadId, reasonId("of_thinking_lost"), false, manager);
            }
        }
    }
}

void Simulation::addPayments(Id dealId, qint64 signedAt, qint64 amountKopecks) {
    static const std::vector<PaymentMethod> methods{PaymentMethod::Card, PaymentMethod::Cash,
                                                    PaymentMethod::Transfer};
    std::vector<std::pair<qint64, qint64>> plan;  // (time, kopecks)
    if (m_rng.chance(0.4)) {
        plan.emplace_back(officeTime(signedAt + m_rng.range(0, 2 * kHour)), amountKopecks);
    } else {
        // Installments: a first payment of 30–50 %, the rest monthly.
        const qint64 parts = m_rng.range(2, 5);
        const qint64 first = amountKopecks * m_rng.range(30, 50) / 100 / 100000 * 100000;
        plan.emplace_back(officeTime(signedAt + m_rng.range(0, 2 * kHour)), first);
        const qint64 rest = amountKopecks - first;
        const qint64 each = rest / parts / 100 * 100;
        for (qint64 i = 1; i <= parts; ++i) {
            plan.emplace_back(officeTime(signedAt + i * 30 * kDay + m_rng.range(-3 * kDay, 5 * kDay)),
                              i == parts ? rest - each * (parts - 1) : each);
        }
    }
    for (const auto& [at, kopecks] : plan) {
        if (done(at) || m_rng.chance(0.03)) {
            return;  // not yet due, or the client stopped paying
        }
        m_now = at;
        PaymentInput p;
        p.dealId = dealId;
        p.paidAt = at;
        p.amount = Money{kopecks};
        p.method = m_rng.pick(methods);
        if (m_deals.addPayment(p)) {
            ++m_summary.payments;
        }
    }
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

Result<DemoSummary> Simulation::run() {
    if (LeadRepository(m_db).leadCount() > 0 || !CatalogRepository(m_db).offices().empty()) {
        return Error::make(
            ErrorCode::Conflict,
            QT_TRANSLATE_NOOP("fd::core::Error", "Demo data can only be written into an empty database."));
    }
    m_now = QDateTime(m_opt.endDate.addMonths(-m_opt.months), QTime(9, 0), m_msk).toSecsSinceEpoch();
    try {
        m_db.begin();
        if (Status st = setUp(); !st) {
            m_db.rollback();
            return st.error();
        }
        const std::vector<qint64> times = requestTimes();
        qint64 count = 0;
        for (const qint64 t : times) {
            createOne(t);
            if (++count % m_opt.batchLeads == 0) {
                m_db.commit();
                m_db.begin();
                if (m_opt.progress) {
                    m_opt.progress(count, static_cast<qint64>(times.size()));
                }
            }
        }
        writeMarketingFigures();
        CatalogRepository(m_db).setSetting(QStringLiteral("demo_data"), QString::number(m_opt.seed));
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
        return Error::make(ErrorCode::Storage,
                           QT_TRANSLATE_NOOP("fd::core::Error", "The database failed; nothing was saved: %1"),
                           {QString::fromStdString(e.what())});
    }
    m_summary.leads = LeadRepository(m_db).leadCount();
    return m_summary;
}

}  // namespace

Result<DemoSummary> DemoGenerator::generate(const DemoOptions& options) {
    DemoOptions opt = options;
    const QTimeZone msk(QByteArray("Europe/Moscow"));
    if (!opt.endDate.isValid()) {
        // History up to this moment: nothing is generated in the future.
        const QDateTime now = QDateTime::currentDateTime().toTimeZone(msk);
        opt.endDate = now.date();
        if (opt.until == 0) {
            opt.until = now.toSecsSinceEpoch();
        }
    }
    if (opt.until == 0) {
        opt.until = QDateTime(opt.endDate.addDays(1), QTime(0, 0), msk).toSecsSinceEpoch() - 1;
    }
    if (opt.leads < 1 || opt.leads > 50'000'000) {
        return invalid(
            QT_TRANSLATE_NOOP("fd::core::Error", "The number of leads must be between 1 and 50,000,000."),
            QStringLiteral("leads"));
    }
    opt.batchLeads = std::max(1, opt.batchLeads);
    Simulation sim(m_db, opt);
    return sim.run();
}

}  // namespace fd::core
