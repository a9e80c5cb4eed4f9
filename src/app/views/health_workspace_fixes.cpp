// Data health's fixes in bulk: what the current row allows, after one confirmation.

#include "views/health_workspace.h"

#include "services/catalog_reader.h"
#include "services/data_fixes.h"
#include "services/data_health.h"
#include "storage/database.h"
#include "views/office_workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

namespace fd::app {

namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kGroupRole = Qt::UserRole + 1;

/// The office workspace's tab where a kind of gap is fixed (an OfficeWorkspace::Tab), or -1.
int officeTab(core::GapKind kind) {
    switch (kind) {
        case core::GapKind::UnmarkedMeeting:
        case core::GapKind::ArrivalWithoutOutcome:
        case core::GapKind::InactiveBooker:
            return OfficeWorkspace::DayTab;
        case core::GapKind::ThinkingWithoutFollowUp:
        case core::GapKind::FollowUpOverdue:
            return OfficeWorkspace::FollowUpTab;
        case core::GapKind::MoneyOverdue:
            return OfficeWorkspace::CashTab;
        default:
            return -1;
    }
}

}  // namespace

std::vector<const core::GapGroup*> HealthWorkspace::currentGroups(core::GapKind* kind) const {
    std::vector<const core::GapGroup*> groups;
    const QTreeWidgetItem* item = m_gaps->currentItem();
    if (!item) {
        return groups;
    }
    *kind = static_cast<core::GapKind>(item->data(0, kKindRole).toInt());
    const int group = item->data(0, kGroupRole).toInt();
    for (std::size_t g = 0; g < m_report.groups.size(); ++g) {
        if (m_report.groups[g].kind == *kind && (group < 0 || static_cast<int>(g) == group)) {
            groups.push_back(&m_report.groups[g]);
        }
    }
    return groups;
}

void HealthWorkspace::updateFix() {
    core::GapKind kind = core::GapKind::UnmarkedMeeting;
    const std::vector<const core::GapGroup*> groups = currentGroups(&kind);
    int records = 0;
    for (const core::GapGroup* g : groups) {
        records += g->count();
    }
    QString text;
    if (records > 0) {
        switch (kind) {
            case core::GapKind::UnmarkedMeeting:
                text = tr("Mark %n meeting(s) as no-shows…", nullptr, records);
                break;
            case core::GapKind::DuplicateContacts:
                text = tr("Merge %n duplicate client(s)…", nullptr, records);
                break;
            case core::GapKind::LeadWithoutSource:
                text = tr("Give %n lead(s) a channel…", nullptr, records);
                break;
            default:
                break;
        }
    }
    m_fix->setText(text);
    m_fix->setVisible(!text.isEmpty());
    m_office->setVisible(records > 0 && officeTab(kind) >= 0);
}

bool HealthWorkspace::openInOfficeCurrent() {
    core::GapKind kind = core::GapKind::UnmarkedMeeting;
    const std::vector<const core::GapGroup*> groups = currentGroups(&kind);
    const int tab = officeTab(kind);
    if (tab < 0) {
        return false;
    }
    for (const core::GapGroup* g : groups) {
        if (g->owner.officeId && !g->records.empty()) {
            Q_EMIT openInOffice(*g->owner.officeId,
                                QDateTime::fromSecsSinceEpoch(g->records.front().at).date(), tab);
            return true;
        }
    }
    return false;
}

bool HealthWorkspace::chooseSource(core::Id* channel, core::OptId* campaign) {
    const core::Result<std::vector<core::Channel>> channels = core::CatalogReader(m_db).channels();
    const core::Result<std::vector<core::Campaign>> campaigns = core::CatalogReader(m_db).campaigns();
    if (!channels || !campaigns) {
        return false;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("The leads' channel"));
    auto* channelBox = new QComboBox(&dialog);
    auto* campaignBox = new QComboBox(&dialog);
    for (const core::Channel& c : *channels) {
        channelBox->addItem(c.name, QVariant::fromValue(c.id));
    }
    auto fillCampaigns = [&] {
        campaignBox->clear();
        campaignBox->addItem(tr("(none)"));
        for (const core::Campaign& c : *campaigns) {
            if (c.channelId == channelBox->currentData().toLongLong()) {
                campaignBox->addItem(c.name, QVariant::fromValue(c.id));
            }
        }
    };
    fillCampaigns();
    connect(channelBox, &QComboBox::currentIndexChanged, &dialog, fillCampaigns);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Channel:"), channelBox);
    form->addRow(tr("C&ampaign:"), campaignBox);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted || channelBox->currentIndex() < 0) {
        return false;
    }
    *channel = channelBox->currentData().toLongLong();
    *campaign =
        campaignBox->currentIndex() > 0 ? core::OptId(campaignBox->currentData().toLongLong()) : std::nullopt;
    return true;
}

QString HealthWorkspace::fixCurrent(bool confirm) {
    core::GapKind kind = core::GapKind::UnmarkedMeeting;
    const std::vector<const core::GapGroup*> groups = currentGroups(&kind);
    std::vector<core::Id> ids;
    for (const core::GapGroup* g : groups) {
        for (const core::GapRecord& r : g->records) {
            const core::OptId id = kind == core::GapKind::UnmarkedMeeting     ? r.meetingId
                                   : kind == core::GapKind::DuplicateContacts ? r.contactId
                                                                              : r.leadId;
            if (id) {
                ids.push_back(*id);
            }
        }
    }
    if (ids.empty()) {
        return {};
    }
    auto ask = [&](const QString& question) {
        return !confirm || QMessageBox::question(this, tr("Fix in bulk"), question) == QMessageBox::Yes;
    };
    const core::OptId actor = m_db.actor() ? core::OptId(m_db.actor()->employeeId) : std::nullopt;
    core::DataFixes fixes(m_db, m_clock);
    core::Result<int> done = 0;
    QString said;
    switch (kind) {
        case core::GapKind::UnmarkedMeeting:
            if (!ask(tr("Mark %n meeting(s) whose time has passed as no-shows? The clients did not come, as "
                        "far as anyone knows.",
                        nullptr, static_cast<int>(ids.size())))) {
                return {};
            }
            done = fixes.markNoShows(ids, actor);
            said = tr("%n meeting(s) marked as no-shows", nullptr, done ? *done : 0);
            break;
        case core::GapKind::DuplicateContacts:
            if (!ask(tr("Merge %n duplicate client(s) into the older contact with the same phone or e-mail? "
                        "Every lead, call, meeting and payment stays, under the kept client.",
                        nullptr, static_cast<int>(ids.size())))) {
                return {};
            }
            done = fixes.mergeDuplicates(ids);
            said = tr("%n duplicate client(s) merged", nullptr, done ? *done : 0);
            break;
        case core::GapKind::LeadWithoutSource: {
            core::Id channel = 0;
            core::OptId campaign;
            if (!chooseSource(&channel, &campaign)) {
                return {};
            }
            done = fixes.assignSource(ids, channel, campaign);
            said = tr("%n lead(s) given a channel", nullptr, done ? *done : 0);
            break;
        }
        default:
            return {};
    }
    if (!done) {
        return done.error().message();
    }
    reload();
    Q_EMIT saved(said);
    return {};
}

}  // namespace fd::app
