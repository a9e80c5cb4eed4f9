#pragma once

#include "storage/queue_repository.h"

#include <QAbstractTableModel>

#include <vector>

namespace fd::app {

/// One list of the operator's queue as a table: when (waiting since / due / meeting /
/// missed), client, phone, source, office, calls so far. New leads past the first-call SLA
/// and overdue callbacks are tinted.
class QueueModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Client, Phone, Source, Office, Calls, ColumnCount };
    static constexpr int LeadIdRole = Qt::UserRole + 1;
    static constexpr int MeetingIdRole = Qt::UserRole + 2;
    /// True when the row needs attention first (past the SLA, overdue).
    static constexpr int LateRole = Qt::UserRole + 3;

    explicit QueueModel(QObject* parent = nullptr);

    void setItems(core::QueueTab tab, std::vector<core::QueueItem> items, const core::QueueScope& scope);
    core::QueueTab tab() const { return m_tab; }
    const core::QueueItem* item(int row) const;
    /// The row of the lead, or -1.
    int rowOfLead(core::Id leadId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool late(const core::QueueItem& item) const;

    core::QueueTab m_tab = core::QueueTab::NewLeads;
    core::QueueScope m_scope;
    std::vector<core::QueueItem> m_items;
};

}  // namespace fd::app
