#pragma once

#include "domain/entities.h"

#include <QTextBrowser>
#include <QTimeZone>

namespace fd::core {
class Database;
struct LeadHistory;
}  // namespace fd::core

namespace fd::app {

/// The lead card beside the list: contact, source, repeat touches, and a timeline of
/// calls, meetings, outcomes, deals and payments.
class LeadCard final : public QTextBrowser {
    Q_OBJECT

public:
    explicit LeadCard(QWidget* parent = nullptr);

    /// Shows the lead (read on the calling thread: a handful of small indexed queries).
    void showLead(core::Database& db, core::Id leadId);
    /// Shows a history already read. The same lead shown again (a periodic refresh) keeps the
    /// reader's scroll position, and an unchanged card is not touched at all.
    void showHistory(const core::LeadHistory& history);
    void clearLead();
    core::OptId leadId() const { return m_leadId; }

    /// The card's times in `zone` (the office's, in the office workspace); the computer's
    /// when invalid. Meeting times are the office's, marked where they differ.
    void setZone(const QTimeZone& zone) { m_zone = zone; }

    static QString renderHtml(const core::LeadHistory& history, const QTimeZone& zone = QTimeZone());

    /// Calls the lead's phone (the number is a link; Ctrl+D where installDialShortcut put it)
    /// through the system's tel: handler, or copies it where there is none. Emits dialed.
    void dial();
    /// Ctrl+D anywhere in `host` (a workspace: the list keeps the focus) dials the card's lead.
    void installDialShortcut(QWidget* host);

Q_SIGNALS:
    /// The lead's number was handed to a softphone or copied; `message` says which.
    void dialed(core::Id leadId, const QString& message);

private:
    class Timeline;

    /// The name, status and contact table.
    static QString contactHtml(const core::LeadHistory& h, const QTimeZone& zone);
    /// The later requests of the same contact; empty when there were none.
    static QString repeatRequestsHtml(const core::LeadHistory& h, const QTimeZone& zone);
    /// Everything that happened to the lead, oldest first.
    static QString historyHtml(const core::LeadHistory& h, const QTimeZone& zone);
    static void addCalls(Timeline& timeline, const core::LeadHistory& h, const QTimeZone& zone);
    static void addMeeting(Timeline& timeline, const core::LeadHistory& h, const core::Meeting& m);
    /// Contracts and payments.
    static void addSales(Timeline& timeline, const core::LeadHistory& h);

    core::OptId m_leadId;
    QString m_phone;  ///< the lead's number to dial (+79991234567), or empty
    QTimeZone m_zone;
    QString m_html;  ///< what is shown, to leave an unchanged card (and its scroll) alone
};

}  // namespace fd::app
