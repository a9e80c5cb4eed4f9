#include "services/demo_simulation.h"

#include <QDateTime>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace fd::core::demo {

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
        Result<CreatedLead> r = m_desk->createLead(touch);
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
    Result<CreatedLead> r = m_desk->createLead(in);
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
    QString surname = s(m_rng.pick(surnames()));
    if (female) {
        surname.append(QChar(0x0430));  // а
    }
    const QString first = s(female ? m_rng.pick(femaleFirstNames()) : m_rng.pick(maleFirstNames()));
    return m_rng.chance(0.15) ? first : first + QLatin1Char(' ') + surname;
}

std::size_t Simulation::campaignFor(std::size_t channel) {
    std::vector<double> w;
    for (const CampaignProfile& c : channelProfiles()[channel].campaigns) {
        w.push_back(c.weight);
    }
    return m_rng.weighted(w);
}

}  // namespace fd::core::demo
