#pragma once

#include "services/data_export.h"
#include "services/service_context.h"
#include "views/workspace.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace fd::core {
class Database;
}

namespace fd::app {

class RowsModel;

/// The audit trail as the head and the administrator read it: who did what to which record
/// and when, with the values before and after, filtered by person, kind of record and period,
/// newest first, and exported to CSV or XLSX. Nothing here edits or deletes an entry.
class AuditWorkspace final : public Workspace {
    Q_OBJECT

public:
    AuditWorkspace(core::Database& db, core::Clock clock, QWidget* parent = nullptr);

    QString workspaceId() const override { return QStringLiteral("audit"); }
    QString title() const override;
    bool isReady() const override { return m_ready; }
    QWidget* keyTarget() override;

    QTableView* table() const { return m_table; }
    RowsModel* model() const { return m_model; }
    QComboBox* personBox() const { return m_person; }
    QComboBox* kindBox() const { return m_kind; }
    QDateEdit* fromEdit() const { return m_from; }
    /// Writes the entries shown to `path` (.xlsx or .csv); the error, or empty.
    QString exportTo(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// What the filters select, as an export of the audit trail.
    core::ExportOptions shownOptions() const;
    void fillChoices();
    void reload();
    void exportShown();

    core::Database& m_db;
    core::Clock m_clock;
    bool m_ready = false;
    bool m_stale = true;
    QComboBox* m_person = nullptr;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_error = nullptr;
    RowsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};

/// What an audit line's action and record kind are called in the interface.
QString auditActionName(const QString& action);
QString auditEntityName(const QString& entity);
/// An audit line's details as the interface says them (a call's outcome by its name).
QString auditDetails(const QString& action, const QString& details);

}  // namespace fd::app
