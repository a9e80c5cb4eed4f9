#include "settings/catalog_pages.h"

#include "models/rows_model.h"
#include "services/access_policy.h"
#include "services/catalog_reader.h"
#include "services/catalog_service.h"
#include "services/company_settings.h"
#include "settings/office_form.h"
#include "widgets.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::app {

namespace {

bool manages(const core::Database& db) {
    return core::permit(db, core::Action::ManageSettings).ok();
}

QString yesNo(bool on) {
    return on ? QCoreApplication::translate("fd::app::StaffPage", "yes")
              : QCoreApplication::translate("fd::app::StaffPage", "no");
}

}  // namespace

ChannelsPage::ChannelsPage(core::Database& db, core::Clock clock, QWidget* parent)
    : SettingsPage(db, std::move(clock), parent) {
    auto* layout = new QHBoxLayout(this);
    auto* channels = new QGroupBox(tr("Channels"), this);
    auto* left = new QVBoxLayout(channels);
    m_channelModel = new RowsModel({tr("Channel"), tr("In use")}, this);
    m_channelTable = makeListView(channels);
    m_channelTable->setModel(m_channelModel);
    m_channelTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    left->addWidget(m_channelTable, 1);
    auto* channelButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add…"), channels);
    auto* rename = new QPushButton(tr("Re&name…"), channels);
    m_toggleChannel = new QPushButton(tr("&Retire"), channels);
    channelButtons->addWidget(add);
    channelButtons->addWidget(rename);
    channelButtons->addWidget(m_toggleChannel);
    left->addLayout(channelButtons);
    layout->addWidget(channels, 2);

    auto* campaigns = new QGroupBox(tr("Campaigns of the channel and their UTM tags"), this);
    auto* right = new QVBoxLayout(campaigns);
    m_campaignModel = new RowsModel(
        {tr("Campaign"), tr("utm_source"), tr("utm_medium"), tr("utm_campaign"), tr("In use")}, this);
    m_campaignTable = makeListView(campaigns);
    m_campaignTable->setModel(m_campaignModel);
    m_campaignTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    right->addWidget(m_campaignTable, 1);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(campaigns);
    m_source = new QLineEdit(campaigns);
    m_medium = new QLineEdit(campaigns);
    m_tag = new QLineEdit(campaigns);
    m_active = new QCheckBox(tr("In use"), campaigns);
    form->addRow(tr("Ca&mpaign:"), m_name);
    form->addRow(tr("utm_&source:"), m_source);
    form->addRow(tr("utm_m&edium:"), m_medium);
    form->addRow(tr("utm_&campaign:"), m_tag);
    form->addRow(QString(), m_active);
    m_error = makeErrorLabel(campaigns);
    form->addRow(m_error);
    right->addLayout(form);
    auto* campaignButtons = new QHBoxLayout;
    auto* fresh = new QPushButton(tr("New campai&gn"), campaigns);
    auto* save = new QPushButton(tr("Sa&ve the campaign"), campaigns);
    campaignButtons->addWidget(fresh);
    campaignButtons->addStretch();
    campaignButtons->addWidget(save);
    right->addLayout(campaignButtons);
    layout->addWidget(campaigns, 3);
    m_fields = {{QStringLiteral("campaign"), m_name}, {QStringLiteral("channel"), m_channelTable}};

    const bool editable = manages(m_db);
    for (QWidget* w : std::initializer_list<QWidget*>{add, rename, m_toggleChannel, fresh, save}) {
        w->setVisible(editable);
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_source, m_medium, m_tag, m_active}) {
        w->setEnabled(editable);
    }
    connect(m_channelTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChannelsPage::showCampaigns);
    connect(m_campaignTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChannelsPage::showCampaign);
    connect(add, &QPushButton::clicked, this, &ChannelsPage::addChannel);
    connect(rename, &QPushButton::clicked, this, &ChannelsPage::renameChannel);
    connect(m_toggleChannel, &QPushButton::clicked, this, &ChannelsPage::toggleChannel);
    connect(fresh, &QPushButton::clicked, this, [this] {
        m_addingCampaign = true;
        m_campaignTable->clearSelection();
        for (QLineEdit* e : {m_name, m_source, m_medium, m_tag}) {
            e->clear();
        }
        m_active->setChecked(true);
        m_name->setFocus();
    });
    connect(save, &QPushButton::clicked, this, &ChannelsPage::saveCampaign);
}

QString ChannelsPage::reload() {
    core::CatalogReader reader(m_db);
    core::Result<std::vector<core::Channel>> channels = reader.channels();
    core::Result<std::vector<core::Campaign>> campaigns = reader.campaigns();
    if (!channels || !campaigns) {
        return !channels ? channels.error().message() : campaigns.error().message();
    }
    const core::Id keep = currentChannel() ? currentChannel()->id : 0;
    m_channels = std::move(channels).value();
    m_allCampaigns = std::move(campaigns).value();
    std::vector<RowsModel::Row> rows;
    for (const core::Channel& c : m_channels) {
        rows.push_back(
            {{c.name, yesNo(c.active)}, c.id, c.active ? RowTone::Plain : RowTone::Closed, false, {}});
    }
    m_channelModel->setRows(std::move(rows));
    const int row = m_channelModel->rowOfKey(keep);
    m_channelTable->selectRow(row >= 0 ? row : 0);
    showCampaigns();
    return {};
}

const core::Channel* ChannelsPage::currentChannel() const {
    const int row = m_channelTable->currentIndex().row();
    return row >= 0 && row < static_cast<int>(m_channels.size()) ? &m_channels[static_cast<size_t>(row)]
                                                                 : nullptr;
}

const core::Campaign* ChannelsPage::currentCampaign() const {
    const int row = m_campaignTable->currentIndex().row();
    return row >= 0 && row < static_cast<int>(m_campaigns.size()) ? &m_campaigns[static_cast<size_t>(row)]
                                                                  : nullptr;
}

void ChannelsPage::showCampaigns() {
    const core::Channel* channel = currentChannel();
    m_campaigns.clear();
    std::vector<RowsModel::Row> rows;
    for (const core::Campaign& c : m_allCampaigns) {
        if (channel && c.channelId == channel->id) {
            m_campaigns.push_back(c);
            rows.push_back({{c.name, c.utmSource, c.utmMedium, c.utmCampaign, yesNo(c.active)},
                            c.id,
                            c.active ? RowTone::Plain : RowTone::Closed,
                            false,
                            {}});
        }
    }
    m_campaignModel->setRows(std::move(rows));
    m_toggleChannel->setText(channel && !channel->active ? tr("&Put in use") : tr("&Retire"));
    m_addingCampaign = m_campaigns.empty();
    if (!m_campaigns.empty()) {
        m_campaignTable->selectRow(0);
    }
    showCampaign();
}

void ChannelsPage::showCampaign() {
    const core::Campaign* c = currentCampaign();
    m_error->hide();
    if (!c) {
        return;
    }
    m_addingCampaign = false;
    m_name->setText(c->name);
    m_source->setText(c->utmSource);
    m_medium->setText(c->utmMedium);
    m_tag->setText(c->utmCampaign);
    m_active->setChecked(c->active);
}

void ChannelsPage::showError(const core::Error& error) {
    showFieldError(m_error, m_fields, error);
}

void ChannelsPage::addChannel() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New channel"), tr("Channel name:"), QLineEdit::Normal, {}, &ok);
    if (!ok) {
        return;
    }
    const core::Result<core::Id> added = core::CatalogService(m_db, m_clock).addChannel(name);
    if (!added) {
        showError(added.error());
        return;
    }
    reload();
    m_channelTable->selectRow(m_channelModel->rowOfKey(*added));
    Q_EMIT saved(tr("Channel added: %1").arg(name.simplified()));
}

void ChannelsPage::renameChannel() {
    const core::Channel* c = currentChannel();
    if (!c) {
        return;
    }
    bool ok = false;
    core::Channel renamed = *c;
    renamed.name = QInputDialog::getText(this, tr("Rename the channel"), tr("Channel name:"),
                                         QLineEdit::Normal, c->name, &ok);
    if (!ok) {
        return;
    }
    if (const core::Status done = core::CompanySettings(m_db, m_clock).updateChannel(renamed); !done) {
        showError(done.error());
        return;
    }
    reload();
    Q_EMIT saved(tr("Channel saved: %1").arg(renamed.name.simplified()));
}

void ChannelsPage::toggleChannel() {
    const core::Channel* c = currentChannel();
    if (!c) {
        return;
    }
    core::Channel changed = *c;
    changed.active = !c->active;
    if (const core::Status done = core::CompanySettings(m_db, m_clock).updateChannel(changed); !done) {
        showError(done.error());
        return;
    }
    reload();
    Q_EMIT saved(changed.active ? tr("Channel in use again: %1").arg(changed.name)
                                : tr("Channel retired: %1").arg(changed.name));
}

void ChannelsPage::saveCampaign() {
    const core::Channel* channel = currentChannel();
    if (!channel) {
        return;
    }
    core::Campaign c;
    c.channelId = channel->id;
    c.name = m_name->text();
    c.utmSource = m_source->text();
    c.utmMedium = m_medium->text();
    c.utmCampaign = m_tag->text();
    c.active = m_active->isChecked();
    core::Status done = core::Ok{};
    if (m_addingCampaign || !currentCampaign()) {
        const core::Result<core::Id> added = core::CatalogService(m_db, m_clock).addCampaign(c);
        done = added ? core::Status(core::Ok{}) : core::Status(added.error());
    } else {
        c.id = currentCampaign()->id;
        done = core::CompanySettings(m_db, m_clock).updateCampaign(c);
    }
    if (!done) {
        showError(done.error());
        return;
    }
    reload();
    Q_EMIT saved(tr("Campaign saved: %1").arg(c.name.simplified()));
}

}  // namespace fd::app
