#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace fd::app {

/// A read-only table of prepared rows: what the office desk's lists need (the day's
/// meetings, follow-ups, contracts, the cash desk). Each row carries its cells' texts, a key
/// (the record's id) and an optional tint.
class RowsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int KeyRole = Qt::UserRole + 1;
    static constexpr int FlaggedRole = Qt::UserRole + 2;

    struct Row {
        QVariantList cells;
        QVariant key;
        QColor tint;  ///< invalid: none
        bool flagged = false;
        QString toolTip;
    };

    explicit RowsModel(QStringList headers, QObject* parent = nullptr);

    void setRows(std::vector<Row> rows);
    void setHeaders(QStringList headers);
    const Row* row(int r) const;
    /// The row whose key is `key`, or -1.
    int rowOfKey(const QVariant& key) const;
    /// Columns holding numbers or money, aligned right.
    void setRightAligned(QList<int> columns) { m_right = std::move(columns); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<Row> m_rows;
    QList<int> m_right;
};

}  // namespace fd::app
