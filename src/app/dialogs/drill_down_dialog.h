#pragma once

#include "storage/lead_list_repository.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QHash>

#include <vector>

class QLabel;
class QTableView;

namespace fd::core {
class Database;
}

namespace fd::app {

class LeadCard;

/// The leads of a drill-down, read a block of rows at a time as the view scrolls.
class DrillDownModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Created, Name, Phone, Channel, State, Operator, Office, Revenue, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    DrillDownModel(core::Database& db, std::vector<core::Id> ids, QObject* parent = nullptr);

    core::Id leadId(int row) const { return m_ids.at(static_cast<std::size_t>(row)); }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const core::LeadListRow* rowAt(int row) const;

    core::Database& m_db;
    std::vector<core::Id> m_ids;
    mutable QHash<int, std::vector<core::LeadListRow>> m_blocks;
};

/// "The leads behind this number": the list, and the card of the lead chosen in it.
class DrillDownDialog final : public QDialog {
    Q_OBJECT

public:
    DrillDownDialog(core::Database& db, const QString& title, std::vector<core::Id> ids,
                    QWidget* parent = nullptr);

    DrillDownModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    LeadCard* card() const { return m_card; }

private:
    void showCurrent();

    core::Database& m_db;
    DrillDownModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    LeadCard* m_card = nullptr;
};

}  // namespace fd::app
