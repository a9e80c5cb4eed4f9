#include "views/lead_card.h"

#include "formatting.h"
#include "services/lead_history.h"

#include <QScrollBar>

#include <algorithm>
#include <vector>

namespace fd::app {

namespace {

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

struct Event {
    qint64 at = 0;
    int order = 0;  // keeps events of the same second in their natural order
    QString html;
};

QString row(const QString& label, const QString& value) {
    if (value.isEmpty()) {
        return {};
    }
    return QStringLiteral("<tr><td style='color:#666; padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(esc(label), value);
}

}  // namespace

LeadCard::LeadCard(QWidget* parent) : QTextBrowser(parent) {
    setOpenLinks(false);
    setMinimumWidth(320);
    clearLead();
}

void LeadCard::clearLead() {
    m_leadId.reset();
    m_html.clear();
    setHtml(QStringLiteral("<p style='color:#777'>%1</p>").arg(esc(tr("Select a lead to see its card."))));
}

void LeadCard::showLead(core::Database& db, core::Id leadId) {
    core::Result<core::LeadHistory> history = core::loadLeadHistory(db, leadId);
    if (!history) {
        m_leadId.reset();
        m_html.clear();
        setHtml(QStringLiteral("<p style='color:#a00'>%1</p>").arg(esc(history.error().message())));
        return;
    }
    showHistory(*history);
}

void LeadCard::showHistory(const core::LeadHistory& history) {
    QString html = renderHtml(history, m_zone);
    const bool sameLead = m_leadId == history.lead.id;
    if (sameLead && html == m_html) {
        return;
    }
    const int scrolled = verticalScrollBar()->value();
    m_leadId = history.lead.id;
    m_html = std::move(html);
    setHtml(m_html);
    if (sameLead) {
        verticalScrollBar()->setValue(scrolled);
    }
}

QString LeadCard::renderHtml(const core::LeadHistory& h, const QTimeZone& cardZone) {
    const core::Lead& l = h.lead;
    QString html;
    html += QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>")
                .arg(esc(h.contact.name.isEmpty() ? tr("(no name)") : h.contact.name));
    html += QStringLiteral("<p style='margin-top:0'><b>%1</b>").arg(esc(statusName(l.status)));
    if (!h.lostReason.isEmpty()) {
        html += QStringLiteral(" — %1").arg(esc(h.lostReason));
    }
    html += QStringLiteral("</p><table>");
    html += row(tr("Phone"),
                esc(h.contact.phoneE164.isEmpty() ? h.contact.phoneRaw : formatPhone(h.contact.phoneE164)));
    html += row(tr("Email"), esc(h.contact.email));
    html += row(tr("Request"), esc(formatDateTime(l.createdAt, cardZone)));
    html += row(tr("Channel"), esc(h.channel));
    html += row(tr("Campaign"), esc(h.campaign));
    html += row(tr("UTM"), esc(h.utm));
    html += row(tr("Operator"), esc(h.operatorName));
    html += row(tr("External id"), esc(l.externalId));
    if (l.milestones.revenue > 0) {
        html += row(tr("Paid"), QStringLiteral("<b>%1</b>").arg(esc(formatMoney(l.milestones.revenue))));
    }
    html += QStringLiteral("</table>");

    if (!h.touches.empty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Repeat requests: %1").arg(h.touches.size())));
        for (const auto& t : h.touches) {
            html += QStringLiteral("<li>%1 — %2</li>")
                        .arg(esc(formatDateTime(t.at, cardZone)),
                             esc(t.campaign.isEmpty() ? t.channel
                                                      : t.channel + QStringLiteral(" / ") + t.campaign));
        }
        html += QStringLiteral("</ul>");
    }

    std::vector<Event> events;
    int order = 0;
    auto add = [&](qint64 at, const QString& text) { events.push_back({at, order++, text}); };
    auto who = [&](const core::OptId& id) { return id ? esc(h.employeeNames.value(*id)) : QString(); };
    add(l.createdAt, esc(tr("Request received")));
    for (const core::CallAttempt& c : h.calls) {
        QString text = esc(tr("Call: %1").arg(callOutcomeName(c.outcome)));
        if (c.callbackAt) {
            text += esc(tr(", call back %1").arg(formatDateTime(*c.callbackAt, cardZone)));
        }
        if (c.reasonId) {
            text += QStringLiteral(" — ") + esc(h.reasonNames.value(*c.reasonId));
        }
        add(c.calledAt, text + QStringLiteral(" <span style='color:#777'>%1</span>").arg(who(c.operatorId)));
    }
    for (const core::Meeting& m : h.meetings) {
        const QString office = esc(h.officeNames.value(m.officeId));
        // The time the client comes: the office's clock, marked when it is not this computer's.
        const QTimeZone zone(h.officeZones.value(m.officeId).toUtf8());
        const QString when = withZoneMark(formatDateTime(m.scheduledAt, zone), zone, m.scheduledAt);
        add(m.bookedAt, esc(tr("Meeting booked for %1").arg(when)) + QStringLiteral(", ") + office +
                            QStringLiteral(" <span style='color:#777'>%1</span>").arg(who(m.bookedById)));
        if (m.confirmedAt) {
            add(*m.confirmedAt,
                esc(tr("Meeting confirmed")) + QStringLiteral(" <span style='color:#777'>%1</span>")
                                                   .arg(who(h.confirmedBy.value(m.id))));
        }
        switch (m.status) {
            case core::MeetingStatus::Arrived:
                add(*m.arrivedAt,
                    QStringLiteral("<b>%1</b> ").arg(esc(tr("Came to the office"))) + office +
                        QStringLiteral(" <span style='color:#777'>%1</span>").arg(who(m.managerId)));
                break;
            case core::MeetingStatus::NoShow:
                add(m.scheduledAt,
                    QStringLiteral("<span style='color:#a00'>%1</span>").arg(esc(tr("Did not come"))));
                break;
            case core::MeetingStatus::Cancelled:
            case core::MeetingStatus::Rescheduled:
                add(m.scheduledAt, esc(tr("Meeting %1").arg(meetingStatusName(m.status))) +
                                       QStringLiteral(" <span style='color:#777'>%1</span>")
                                           .arg(who(h.cancelledBy.value(m.id))));
                break;
            default:
                break;
        }
        if (m.outcome && m.outcomeAt) {
            QString text = esc(tr("Outcome: %1").arg(meetingOutcomeName(*m.outcome)));
            if (m.qualification) {
                text += esc(tr(", qualified %1").arg(qualificationName(*m.qualification)));
            }
            if (m.outcomeReasonId) {
                text += QStringLiteral(" — ") + esc(h.reasonNames.value(*m.outcomeReasonId));
            }
            add(*m.outcomeAt, text);
        }
    }
    for (const core::Deal& d : h.deals) {
        const QString amount = d.amount ? formatMoney(d.amount->kopecks) : tr("amount unknown");
        add(d.signedAt, QStringLiteral("<b>%1</b>").arg(esc(tr("Contract signed: %1").arg(amount))) +
                            (d.product.isEmpty() ? QString() : QStringLiteral(", ") + esc(d.product)));
    }
    for (const core::Payment& p : h.payments) {
        add(p.paidAt,
            esc(tr("Payment %1 (%2)").arg(formatMoney(p.amount.kopecks), paymentMethodName(p.method))));
    }
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return a.at != b.at ? a.at < b.at : a.order < b.order;
    });
    html += QStringLiteral("<h3>%1</h3><table cellspacing='2'>").arg(esc(tr("History")));
    for (const Event& e : events) {
        html +=
            QStringLiteral(
                "<tr><td style='color:#666; padding-right:10px; white-space:nowrap'>%1</td><td>%2</td></tr>")
                .arg(esc(formatDateTime(e.at, cardZone)), e.html);
    }
    html += QStringLiteral("</table>");
    return html;
}

}  // namespace fd::app
