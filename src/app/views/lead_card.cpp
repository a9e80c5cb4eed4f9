#include "views/lead_card.h"

#include "formatting.h"
#include "phone_dialer.h"
#include "services/lead_history.h"

#include <QKeySequence>
#include <QScrollBar>
#include <QShortcut>
#include <QUrl>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <vector>

namespace fd::app {

namespace {

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString row(const QString& label, const QString& value) {
    if (value.isEmpty()) {
        return {};
    }
    return QStringLiteral("<tr><td style='color:#666; padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(esc(label), value);
}

}  // namespace

/// The card's history as it is gathered: events in any order, shown oldest first.
class LeadCard::Timeline {
public:
    explicit Timeline(const core::LeadHistory& history) : m_history(history) {}

    void add(qint64 at, const QString& html) {
        m_events.push_back({at, static_cast<int>(m_events.size()), html});
    }

    /// The employee behind an event, by name; empty when nobody is recorded.
    QString who(const core::OptId& id) const {
        return id ? esc(m_history.employeeNames.value(*id)) : QString();
    }

    /// One table row per event, oldest first.
    QString rowsHtml(const QTimeZone& zone);

private:
    struct Event {
        qint64 at = 0;
        int order = 0;  // keeps events of the same second in their natural order
        QString html;
    };

    const core::LeadHistory& m_history;
    std::vector<Event> m_events;
};

QString LeadCard::Timeline::rowsHtml(const QTimeZone& zone) {
    std::stable_sort(m_events.begin(), m_events.end(), [](const Event& a, const Event& b) {
        return a.at != b.at ? a.at < b.at : a.order < b.order;
    });
    QString html;
    for (const Event& e : m_events) {
        html +=
            QStringLiteral(
                "<tr><td style='color:#666; padding-right:10px; white-space:nowrap'>%1</td><td>%2</td></tr>")
                .arg(esc(formatDateTime(e.at, zone)), e.html);
    }
    return html;
}

LeadCard::LeadCard(QWidget* parent) : QTextBrowser(parent) {
    setOpenLinks(false);
    setMinimumWidth(320);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("tel")) {
            dial();
        }
    });
    clearLead();
}

void LeadCard::installDialShortcut(QWidget* host) {
    auto* key = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), host);
    key->setContext(Qt::WidgetWithChildrenShortcut);
    connect(key, &QShortcut::activated, this, &LeadCard::dial);
}

void LeadCard::dial() {
    if (!m_leadId || !isDialable(m_phone)) {
        return;
    }
    spdlog::info("call to lead {} started from its card", *m_leadId);
    Q_EMIT dialed(*m_leadId, dialMessage(dialPhone(m_phone), formatPhone(m_phone)));
}

void LeadCard::clearLead() {
    m_leadId.reset();
    m_phone.clear();
    m_html.clear();
    setHtml(QStringLiteral("<p style='color:#777'>%1</p>").arg(esc(tr("Select a lead to see its card."))));
}

void LeadCard::showLead(core::Database& db, core::Id leadId) {
    core::Result<core::LeadHistory> history = core::loadLeadHistory(db, leadId);
    if (!history) {
        m_leadId.reset();
        m_phone.clear();
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
    m_phone = history.contact.phoneE164;
    m_html = std::move(html);
    setHtml(m_html);
    if (sameLead) {
        verticalScrollBar()->setValue(scrolled);
    }
}

QString LeadCard::renderHtml(const core::LeadHistory& h, const QTimeZone& zone) {
    return contactHtml(h, zone) + repeatRequestsHtml(h, zone) + historyHtml(h, zone);
}

QString LeadCard::contactHtml(const core::LeadHistory& h, const QTimeZone& zone) {
    const core::Lead& l = h.lead;
    QString html;
    html += QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>")
                .arg(esc(h.contact.name.isEmpty() ? tr("(no name)") : h.contact.name));
    html += QStringLiteral("<p style='margin-top:0'><b>%1</b>").arg(esc(statusName(l.status)));
    if (!h.lostReason.isEmpty()) {
        html += QStringLiteral(" — %1").arg(esc(h.lostReason));
    }
    html += QStringLiteral("</p><table>");
    // A whole number is a link that dials it (a masked one, as a marketer sees it, is text).
    const QString phone =
        esc(h.contact.phoneE164.isEmpty() ? h.contact.phoneRaw : formatPhone(h.contact.phoneE164));
    html += row(tr("Phone"),
                isDialable(h.contact.phoneE164)
                    ? QStringLiteral("<a href='tel:%1'>%2</a> <span style='color:#777'>Ctrl+D</span>")
                          .arg(h.contact.phoneE164, phone)
                    : phone);
    html += row(tr("Email"), esc(h.contact.email));
    html += row(tr("Request"), esc(formatDateTime(l.createdAt, zone)));
    html += row(tr("Channel"), esc(h.channel));
    html += row(tr("Campaign"), esc(h.campaign));
    html += row(tr("UTM"), esc(h.utm));
    html += row(tr("Operator"), esc(h.operatorName));
    html += row(tr("External id"), esc(l.externalId));
    if (l.milestones.revenue > 0) {
        html += row(tr("Paid"), QStringLiteral("<b>%1</b>").arg(esc(formatMoney(l.milestones.revenue))));
    }
    html += QStringLiteral("</table>");
    return html;
}

QString LeadCard::repeatRequestsHtml(const core::LeadHistory& h, const QTimeZone& zone) {
    if (h.touches.empty()) {
        return {};
    }
    QString html =
        QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Repeat requests: %1").arg(h.touches.size())));
    for (const auto& t : h.touches) {
        html +=
            QStringLiteral("<li>%1 — %2</li>")
                .arg(esc(formatDateTime(t.at, zone)),
                     esc(t.campaign.isEmpty() ? t.channel : t.channel + QStringLiteral(" / ") + t.campaign));
    }
    html += QStringLiteral("</ul>");
    return html;
}

QString LeadCard::historyHtml(const core::LeadHistory& h, const QTimeZone& zone) {
    Timeline timeline(h);
    timeline.add(h.lead.createdAt, esc(tr("Request received")));
    addCalls(timeline, h, zone);
    for (const core::Meeting& m : h.meetings) {
        addMeeting(timeline, h, m);
    }
    addSales(timeline, h);
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='2'>").arg(esc(tr("History")));
    html += timeline.rowsHtml(zone);
    html += QStringLiteral("</table>");
    return html;
}

void LeadCard::addCalls(Timeline& timeline, const core::LeadHistory& h, const QTimeZone& zone) {
    for (const core::CallAttempt& c : h.calls) {
        QString text = esc(tr("Call: %1").arg(callOutcomeName(c.outcome)));
        if (c.callbackAt) {
            text += esc(tr(", call back %1").arg(formatDateTime(*c.callbackAt, zone)));
        }
        if (c.reasonId) {
            text += QStringLiteral(" — ") + esc(h.reasonNames.value(*c.reasonId));
        }
        timeline.add(
            c.calledAt,
            text + QStringLiteral(" <span style='color:#777'>%1</span>").arg(timeline.who(c.operatorId)));
    }
}

void LeadCard::addMeeting(Timeline& timeline, const core::LeadHistory& h, const core::Meeting& m) {
    const QString office = esc(h.officeNames.value(m.officeId));
    // The time the client comes: the office's clock, marked when it is not this computer's.
    const QTimeZone zone(h.officeZones.value(m.officeId).toUtf8());
    const QString when = withZoneMark(formatDateTime(m.scheduledAt, zone), zone, m.scheduledAt);
    timeline.add(m.bookedAt,
                 esc(tr("Meeting booked for %1").arg(when)) + QStringLiteral(", ") + office +
                     QStringLiteral(" <span style='color:#777'>%1</span>").arg(timeline.who(m.bookedById)));
    if (m.confirmedAt) {
        timeline.add(*m.confirmedAt,
                     esc(tr("Meeting confirmed")) + QStringLiteral(" <span style='color:#777'>%1</span>")
                                                        .arg(timeline.who(h.confirmedBy.value(m.id))));
    }
    switch (m.status) {
        case core::MeetingStatus::Arrived:
            timeline.add(
                *m.arrivedAt,
                QStringLiteral("<b>%1</b> ").arg(esc(tr("Came to the office"))) + office +
                    QStringLiteral(" <span style='color:#777'>%1</span>")
                        .arg(timeline.who(h.markedBy.contains(m.id) ? h.markedBy.value(m.id) : m.managerId)));
            break;
        case core::MeetingStatus::NoShow:
            timeline.add(m.scheduledAt,
                         QStringLiteral("<span style='color:#a00'>%1</span>").arg(esc(tr("Did not come"))) +
                             QStringLiteral(" <span style='color:#777'>%1</span>")
                                 .arg(timeline.who(h.markedBy.value(m.id))));
            break;
        case core::MeetingStatus::Cancelled:
        case core::MeetingStatus::Rescheduled:
            timeline.add(m.scheduledAt, esc(tr("Meeting %1").arg(meetingStatusName(m.status))) +
                                            QStringLiteral(" <span style='color:#777'>%1</span>")
                                                .arg(timeline.who(h.cancelledBy.value(m.id))));
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
        timeline.add(*m.outcomeAt, text + QStringLiteral(" <span style='color:#777'>%1</span>")
                                              .arg(timeline.who(h.outcomeBy.value(m.id))));
    }
}

void LeadCard::addSales(Timeline& timeline, const core::LeadHistory& h) {
    for (const core::Deal& d : h.deals) {
        const QString amount = d.amount ? formatMoney(d.amount->kopecks) : tr("amount unknown");
        timeline.add(
            d.signedAt,
            QStringLiteral("<b>%1</b>").arg(esc(tr("Contract signed: %1").arg(amount))) +
                (d.product.isEmpty() ? QString() : QStringLiteral(", ") + esc(d.product)) +
                QStringLiteral(" <span style='color:#777'>%1</span>").arg(timeline.who(d.managerId)));
    }
    for (const core::Payment& p : h.payments) {
        timeline.add(
            p.paidAt,
            esc(tr("Payment %1 (%2)").arg(formatMoney(p.amount.kopecks), paymentMethodName(p.method))) +
                QStringLiteral(" <span style='color:#777'>%1</span>")
                    .arg(timeline.who(h.paidBy.value(p.id))));
    }
}

}  // namespace fd::app
