#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace fd::app {

/// What a row of an office list stands for, as far as its colour goes.
enum class RowTone {
    Plain,
    Unmarked,  ///< a meeting whose time passed without an attendance mark
    Awaiting,  ///< the client came, the outcome is still to record
    Done,      ///< the client came and the outcome is recorded
    Closed,    ///< cancelled, rescheduled or a no-show
    Overdue,   ///< a follow-up past its date
    MoneyDue,  ///< a contract with money outstanding
};

/// A read-only table of prepared rows: what the office desk's lists need (the day's
/// meetings, follow-ups, contracts, the cash desk). Each row carries its cells' texts, a key
/// (the record's id) and a tone — what state the row is in — from which the model picks its
/// colour.
class RowsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int KeyRole = Qt::UserRole + 1;
    static constexpr int FlaggedRole = Qt::UserRole + 2;
    static constexpr int ToneRole = Qt::UserRole + 3;  ///< the row's RowTone

    struct Row {
        QVariantList cells;
        QVariant key;
        RowTone tone = RowTone::Plain;
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
