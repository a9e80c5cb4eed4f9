#pragma once

#include "domain/entities.h"
#include "settings/settings_page.h"

#include <QHash>

#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace fd::app {

class RowsModel;

/// Channels and their campaigns with the UTM tags an import maps to them.
class ChannelsPage final : public SettingsPage {
    Q_OBJECT

public:
    ChannelsPage(core::Database& db, core::Clock clock, QWidget* parent);
    QString reload() override;

private:
    void showCampaigns();
    void showCampaign();
    void addChannel();
    void renameChannel();
    void toggleChannel();
    void saveCampaign();
    const core::Channel* currentChannel() const;
    const core::Campaign* currentCampaign() const;
    void showError(const core::Error& error);

    std::vector<core::Channel> m_channels;
    std::vector<core::Campaign> m_campaigns;  ///< of the current channel
    std::vector<core::Campaign> m_allCampaigns;
    bool m_addingCampaign = false;
    RowsModel* m_channelModel = nullptr;
    QTableView* m_channelTable = nullptr;
    RowsModel* m_campaignModel = nullptr;
    QTableView* m_campaignTable = nullptr;
    QPushButton* m_toggleChannel = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_source = nullptr;
    QLineEdit* m_medium = nullptr;
    QLineEdit* m_tag = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_error = nullptr;
    QHash<QString, QWidget*> m_fields;
};

/// The reasons offered when the call center loses a lead and when the office does, in the order
/// they are offered; retired ones stay in old records.
class ReasonsPage final : public SettingsPage {
    Q_OBJECT

public:
    ReasonsPage(core::Database& db, core::Clock clock, QWidget* parent);
    QString reload() override;

private:
    QWidget* buildColumn(core::ReasonGate gate, const QString& title);
    QListWidget* listOf(core::ReasonGate gate) const;
    std::optional<core::Reason> selected(core::ReasonGate gate) const;
    void add(core::ReasonGate gate);
    void rename(core::ReasonGate gate);
    void toggle(core::ReasonGate gate);
    void move(core::ReasonGate gate, bool up);
    void done(const core::Status& status, core::ReasonGate gate, core::Id keep, const QString& message);

    std::vector<core::Reason> m_reasons;
    QListWidget* m_callCenter = nullptr;
    QListWidget* m_office = nullptr;
    QLabel* m_error = nullptr;
};

/// The company's name and the settings its numbers depend on.
class CompanyPage final : public SettingsPage {
    Q_OBJECT

public:
    CompanyPage(core::Database& db, core::Clock clock, QWidget* parent);
    QString reload() override;

private:
    void save();

    QHash<QString, QLineEdit*> m_edits;
    QHash<QString, QString> m_values;
    QLabel* m_error = nullptr;
};

}  // namespace fd::app
