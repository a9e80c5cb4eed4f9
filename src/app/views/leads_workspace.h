#pragma once

#include "views/workspace.h"

#include "storage/lead_list_repository.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace fd::core {
class Database;
}

namespace fd::app {

class LeadCard;
class LeadsModel;

/// All leads: a filter bar, the table (fast at a million rows), and the lead card.
class LeadsWorkspace final : public Workspace {
    Q_OBJECT

public:
    LeadsWorkspace(core::Database& db, QWidget* parent = nullptr);
    ~LeadsWorkspace() override;

    QString workspaceId() const override { return QStringLiteral("leads"); }
    QString title() const override { return tr("Leads"); }
    bool isReady() const override;
    QWidget* keyTarget() override;
    /// Reads the list again (something was saved elsewhere).
    void reload();

    LeadsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    LeadCard* card() const { return m_card; }
    QLineEdit* searchField() const { return m_search; }
    /// Applies the filter bar now (normally debounced while typing).
    void applyFilters();

private:
    void buildFilterBar(QWidget* bar);
    void fillChoices();
    void onPeriodChanged();
    void onIdle();
    void showCurrentLead();
    /// Erases the personal data of the current row's client, after the person confirms.
    void eraseClient();

    core::Database& m_db;
    LeadsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    LeadCard* m_card = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_office = nullptr;
    QComboBox* m_operator = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_countLabel = nullptr;
    QTimer* m_debounce = nullptr;
    bool m_loadedOnce = false;
    bool m_listChanged = true;  ///< a new list is loading: the card follows it when it is there
    QString m_error;
};

}  // namespace fd::app
