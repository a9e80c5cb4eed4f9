#include "funnel_oracle.h"

#include "storage/database.h"

#include <QDateTime>
#include <QMap>
#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace fd::test {

using namespace fd::core;

namespace {

QSqlQuery select(Database& db, const char* sql) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    INFO(sql);
    REQUIRE(q.exec(QString::fromLatin1(sql)));
    return q;
}

OptTime opt(const QVariant& v) {
    return v.isNull() ? std::nullopt : OptTime(v.toLongLong());
}

void lower(OptTime& slot, qint64 v) {
    if (!slot || v < *slot) {
        slot = v;
    }
}

struct RawLead {
    Id id = 0;
    qint64 created = 0;
    OptId channel, campaign, operatorId, office, manager;
    OptTime contacted, booked, arrived, target, sold, paid;
    bool noShow = false;
    bool due = false;
    // for "office = latest meeting" and "manager = first arrived meeting"
    std::pair<qint64, Id> latestMeeting{std::numeric_limits<qint64>::min(), 0};
    std::pair<qint64, Id> firstArrival{std::numeric_limits<qint64>::max(), 0};
};

std::optional<double> pct(std::vector<double> v, double p) {
    if (v.empty()) {
        return std::nullopt;
    }
    std::sort(v.begin(), v.end());
    const double h = (static_cast<double>(v.size()) - 1) * p;
    const double lo = std::floor(h);
    const std::size_t i = static_cast<std::size_t>(lo);
    const std::size_t j = std::min(i + 1, v.size() - 1);
    return v[i] + (h - lo) * (v[j] - v[i]);
}

Rate wilson(qint64 num, qint64 den) {
    Rate r;
    r.num = num;
    r.den = den;
    if (den <= 0) {
        r.ciLow = 0.0;
        r.ciHigh = 1.0;
        return r;
    }
    const double n = static_cast<double>(den);
    const double p = static_cast<double>(num) / n;
    r.rate = p;
    if (num > den) {
        return r;
    }
    const double z = 1.959963984540054;
    const double c = (p + z * z / (2 * n)) / (1 + z * z / n);
    const double h = z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
    r.ciLow = std::min(std::clamp(c - h, 0.0, 1.0), p);
    r.ciHigh = std::max(std::clamp(c + h, 0.0, 1.0), p);
    return r;
}

struct Acc {
    std::array<qint64, 7> n{};
    qint64 noShowNum = 0, noShowDen = 0, followUp = 0;
    std::vector<double> toBooked, toArrived, toSale;
    qint64 revenue = 0, contracted = 0, spend = 0, visitors = 0;
    qint64 cohort = 0, immature = 0;
};

}  // namespace

FunnelReport oracleFunnel(Database& db, const FunnelSpec& spec) {
    QString tz;
    {
        QSqlQuery q = select(db, "SELECT value FROM settings WHERE key = 'report_time_zone'");
        tz = q.next() ? q.value(0).toString() : QStringLiteral("Europe/Moscow");
    }
    if (!spec.timeZone.isEmpty()) {
        tz = spec.timeZone;
    }
    const QTimeZone zone(tz.toUtf8());
    auto dayOf = [&](qint64 t) { return QDateTime::fromSecsSinceEpoch(t, zone).date(); };
    const qint64 from = QDateTime(spec.from, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 to = QDateTime(spec.to, QTime(0, 0), zone).toSecsSinceEpoch();
    const bool cohort = spec.mode == FunnelMode::Cohort;

    std::map<Id, RawLead> leads;
    qint64 firstEvent = std::numeric_limits<qint64>::max(), lastEvent = std::numeric_limits<qint64>::min();
    auto seen = [&](qint64 t) {
        firstEvent = std::min(firstEvent, t);
        lastEvent = std::max(lastEvent, t);
    };
    {
        QSqlQuery q = select(db, "SELECT id, created_at, channel_id, campaign_id, operator_id FROM leads");
        while (q.next()) {
            RawLead l;
            l.id = q.value(0).toLongLong();
            l.created = q.value(1).toLongLong();
            l.channel = opt(q.value(2));
            l.campaign = opt(q.value(3));
            l.operatorId = opt(q.value(4));
            leads[l.id] = l;
            seen(l.created);
        }
    }
    {
        QSqlQuery q = select(db, "SELECT lead_id, called_at, outcome FROM call_attempts");
        while (q.next()) {
            seen(q.value(1).toLongLong());
            const QString o = q.value(2).toString();
            if (o == QLatin1String("callback") || o == QLatin1String("refused") ||
                o == QLatin1String("non_target") || o == QLatin1String("booked")) {
                lower(leads[q.value(0).toLongLong()].contacted, q.value(1).toLongLong());
            }
        }
    }
    {
        QSqlQuery q =
            select(db,
                   "SELECT id, lead_id, office_id, manager_id, booked_at, scheduled_at, status, arrived_at, "
                   "qualification FROM meetings");
        while (q.next()) {
            RawLead& l = leads[q.value(1).toLongLong()];
            const Id id = q.value(0).toLongLong();
            const qint64 scheduled = q.value(5).toLongLong();
            seen(q.value(4).toLongLong());
            lower(l.booked, q.value(4).toLongLong());
            if (std::pair{scheduled, id} > l.latestMeeting) {
                l.latestMeeting = {scheduled, id};
                l.office = q.value(2).toLongLong();
            }
            const QString status = q.value(6).toString();
            if (status == QLatin1String("no_show")) {
                l.noShow = true;
                l.due = true;
            }
            if (status == QLatin1String("arrived")) {
                l.due = true;
                const qint64 arrived = q.value(7).toLongLong();
                seen(arrived);
                lower(l.arrived, arrived);
                if (q.value(8).toString() == QLatin1String("target")) {
                    lower(l.target, arrived);
                }
                if (std::pair{arrived, id} < l.firstArrival) {
                    l.firstArrival = {arrived, id};
                    l.manager = opt(q.value(3));
                }
            }
        }
    }
    std::map<Id, Id> dealLead;
    std::vector<std::tuple<Id, qint64, qint64>> deals, payments;
    {
        QSqlQuery q = select(db, "SELECT id, lead_id, signed_at, coalesce(amount, 0) FROM deals");
        while (q.next()) {
            dealLead[q.value(0).toLongLong()] = q.value(1).toLongLong();
            seen(q.value(2).toLongLong());
            lower(leads[q.value(1).toLongLong()].sold, q.value(2).toLongLong());
            deals.emplace_back(q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong());
        }
    }
    {
        QSqlQuery q = select(db, "SELECT deal_id, paid_at, amount FROM payments");
        while (q.next()) {
            const Id lead = dealLead.at(q.value(0).toLongLong());
            seen(q.value(1).toLongLong());
            lower(leads[lead].paid, q.value(1).toLongLong());
            payments.emplace_back(lead, q.value(1).toLongLong(), q.value(2).toLongLong());
        }
    }

    FunnelReport r;
    r.spec = spec;
    r.timeZone = tz;
    const bool any = firstEvent != std::numeric_limits<qint64>::max();
    if (any) {
        r.dataFirst = dayOf(firstEvent);
        r.dataLast = dayOf(lastEvent);
    }
    if (cohort) {
        if (spec.windowDays) {
            r.maturityDays = *spec.windowDays;
        } else {
            std::vector<double> d;
            for (const auto& [id, l] : leads) {
                if (l.sold) {
                    d.push_back(static_cast<double>(*l.sold - l.created));
                }
            }
            if (auto p = pct(d, 0.9)) {
                r.maturityDays = static_cast<int>(std::ceil(*p / 86400));
            }
        }
    }
    auto member = [](const std::vector<Id>& list, const OptId& v) {
        return list.empty() || (v && std::find(list.begin(), list.end(), *v) != list.end());
    };
    auto included = [&](const RawLead& l) {
        return member(spec.offices, l.office) && member(spec.channels, l.channel) &&
               member(spec.campaigns, l.campaign) && member(spec.operators, l.operatorId) &&
               member(spec.managers, l.manager) && l.created < to && (!cohort || l.created >= from);
    };
    const bool timeBy =
        spec.by == Breakdown::Day || spec.by == Breakdown::Week || spec.by == Breakdown::Month;
    auto bucket = [&](QDate d) -> QString {
        if (spec.by == Breakdown::Week) {
            int y = 0;
            const int w = d.weekNumber(&y);
            return QStringLiteral("%1-W%2").arg(y).arg(w, 2, 10, QLatin1Char('0'));
        }
        if (spec.by == Breakdown::Month) {
            return d.toString(QStringLiteral("yyyy-MM"));
        }
        return d.toString(Qt::ISODate);
    };
    auto keyOf = [&](const RawLead& l, qint64 t) -> QString {
        OptId id;
        switch (spec.by) {
            case Breakdown::None:
                return QStringLiteral("all");
            case Breakdown::Day:
            case Breakdown::Week:
            case Breakdown::Month:
                return bucket(dayOf(t));
            case Breakdown::Channel:
                id = l.channel;
                break;
            case Breakdown::Campaign:
                id = l.campaign;
                break;
            case Breakdown::Office:
                id = l.office;
                break;
            case Breakdown::Operator:
                id = l.operatorId;
                break;
            case Breakdown::Manager:
                id = l.manager;
                break;
        }
        return id ? QString::number(*id) : QStringLiteral("none");
    };
    std::map<QString, Acc> groups;
    Acc total;
    const qint64 asOf = any ? lastEvent : to;
    for (const auto& [id, l] : leads) {
        if (!included(l)) {
            continue;
        }
        const std::array<OptTime, 7> raw{l.created, l.contacted, l.booked, l.arrived,
                                         l.target,  l.sold,      l.paid};
        const qint64 limit = cohort && spec.windowDays ? l.created + *spec.windowDays * 86400LL
                                                       : std::numeric_limits<qint64>::max();
        for (int s = 0; s < 7; ++s) {
            // Reached stage s: the earliest of its own and every later stage's time.
            OptTime when;
            for (int later = s; later < 7; ++later) {
                if (raw[static_cast<std::size_t>(later)]) {
                    lower(when, *raw[static_cast<std::size_t>(later)]);
                }
            }
            if (s == 0) {
                when = l.created;
            }
            if (!when || (cohort ? *when >= limit : (*when < from || *when >= to))) {
                continue;
            }
            const QString key = keyOf(l, cohort ? l.created : *when);
            for (Acc* a : {&groups[key], &total}) {
                a->n[static_cast<std::size_t>(s)] += 1;
                const double daysSince = static_cast<double>(*when - l.created) / 86400;
                if (s == 2) {
                    a->toBooked.push_back(daysSince);
                    if (l.due) {
                        a->noShowDen += 1;
                        a->noShowNum += l.noShow;
                    }
                }
                if (s == 3) {
                    a->toArrived.push_back(daysSince);
                }
                if (s == 5) {
                    a->toSale.push_back(daysSince);
                    a->followUp += (l.arrived && l.sold && dayOf(*l.sold) > dayOf(*l.arrived)) ? 1 : 0;
                }
            }
        }
        if (cohort && r.maturityDays) {
            for (Acc* a : {&groups[keyOf(l, l.created)], &total}) {
                a->cohort += 1;
                a->immature += (asOf - l.created < *r.maturityDays * 86400LL) ? 1 : 0;
            }
        }
    }
    for (const bool isRevenue : {true, false}) {
        for (const auto& [leadId, at, amount] : isRevenue ? payments : deals) {
            const RawLead& l = leads.at(leadId);
            if (!included(l)) {
                continue;
            }
            const qint64 limit = cohort && spec.windowDays ? l.created + *spec.windowDays * 86400LL
                                                           : std::numeric_limits<qint64>::max();
            if (cohort ? at >= limit || at < from : (at < from || at >= to)) {
                continue;
            }
            for (Acc* a : {&groups[keyOf(l, cohort ? l.created : at)], &total}) {
                (isRevenue ? a->revenue : a->contracted) += amount;
            }
        }
    }
    const bool spendOk = spec.offices.empty() && spec.operators.empty() && spec.managers.empty() &&
                         (spec.by == Breakdown::None || spec.by == Breakdown::Channel ||
                          spec.by == Breakdown::Campaign || timeBy);
    if (spendOk) {
        for (const bool isSpend : {true, false}) {
            QSqlQuery q =
                select(db, isSpend ? "SELECT day, channel_id, campaign_id, amount FROM ad_spend"
                                   : "SELECT day, channel_id, campaign_id, visitors FROM site_visitors");
            while (q.next()) {
                const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
                const Id channel = q.value(1).toLongLong();
                const OptId campaign = opt(q.value(2));
                if (day < spec.from || day >= spec.to || !member(spec.channels, channel) ||
                    !member(spec.campaigns, campaign)) {
                    continue;
                }
                QString key;
                switch (spec.by) {
                    case Breakdown::None:
                        key = QStringLiteral("all");
                        break;
                    case Breakdown::Channel:
                        key = QString::number(channel);
                        break;
                    case Breakdown::Campaign:
                        key = campaign ? QString::number(*campaign) : QStringLiteral("none");
                        break;
                    default:
                        key = bucket(day);
                        break;
                }
                for (Acc* a : {&groups[key], &total}) {
                    (isSpend ? a->spend : a->visitors) += q.value(3).toLongLong();
                }
            }
        }
    }
    auto make = [&](const QString& key, const Acc& a) {
        FunnelGroup g;
        g.key = key;
        g.stages = a.n;
        for (std::size_t s = 1; s < 7; ++s) {
            g.step[s - 1] = wilson(a.n[s], a.n[s - 1]);
            g.cumulative[s - 1] = wilson(a.n[s], a.n[0]);
        }
        g.noShow = wilson(a.noShowNum, a.noShowDen);
        g.nonTargetShare = wilson(std::max<qint64>(0, a.n[3] - a.n[4]), a.n[3]);
        g.salesAfterFollowUp = a.followUp;
        g.salesFirstMeeting = a.n[5] - a.followUp;
        g.daysToBooked = {pct(a.toBooked, 0.5), pct(a.toBooked, 0.75)};
        g.daysToArrived = {pct(a.toArrived, 0.5), pct(a.toArrived, 0.75)};
        g.daysToSale = {pct(a.toSale, 0.5), pct(a.toSale, 0.75)};
        FunnelMoney& m = g.money;
        m.spendApplicable = spendOk;
        m.revenue = a.revenue;
        m.contracted = a.contracted;
        auto per = [](qint64 x, qint64 n) {
            return n ? std::optional<double>(double(x) / double(n)) : std::nullopt;
        };
        if (spendOk) {
            m.spend = a.spend;
            m.visitors = a.visitors;
            m.cpl = per(a.spend, a.n[0]);
            m.costPerBooked = per(a.spend, a.n[2]);
            m.costPerArrival = per(a.spend, a.n[3]);
            m.costPerTarget = per(a.spend, a.n[4]);
            m.cac = per(a.spend, a.n[5]);
            if (a.spend > 0) {
                m.romi = double(a.revenue - a.spend) / double(a.spend);
            }
            m.visitorToLead = wilson(a.n[0], a.visitors);
        }
        m.averageDeal = per(a.contracted, a.n[5]);
        if (cohort && r.maturityDays && a.cohort > 0) {
            g.immatureShare = double(a.immature) / double(a.cohort);
            g.maturing = *g.immatureShare > 0.10;
        }
        return g;
    };
    for (const auto& [key, a] : groups) {
        r.groups.push_back(make(key, a));
    }
    r.total = make(QStringLiteral("all"), total);
    r.noData = std::all_of(total.n.begin(), total.n.end(), [](qint64 n) { return n == 0; }) &&
               total.revenue == 0 && total.contracted == 0 && total.spend == 0;
    return r;
}

}  // namespace fd::test
