#pragma once

#include "services/catalog_service.h"

#include <QAbstractTableModel>
#include <QDialog>

#include <map>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace fd::app {

/// Daily spend or visitors of a month: a row per day, a column per channel/campaign. Cells are
/// typed or pasted from a spreadsheet; every value is checked before anything changes, and
/// only the cells changed are saved.
class SpendGridModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    struct Key {
        core::Id channelId = 0;
        core::OptId campaignId;
        QString name;
    };
    static constexpr int ValueRole = Qt::UserRole + 1;

    SpendGridModel(core::Database& db, QObject* parent = nullptr);

    /// Loads the month of `day` for spend (true) or visitors; an error message, empty when fine.
    QString load(QDate month, core::CatalogService::Figure figure);
    bool isSpend() const { return m_figure == core::CatalogService::Figure::Spend; }
    bool isDirty() const { return !m_changed.empty(); }
    QDate dayOf(int row) const { return m_first.addDays(row); }
    const Key& key(int column) const { return m_keys.at(static_cast<std::size_t>(column)); }
    /// Reads a block of text copied from a spreadsheet (tab between cells, a line per row)
    /// into the grid from `topLeft`: all or nothing; the error names the row and column.
    QString paste(const QModelIndex& topLeft, const QString& text);
    /// Writes the changed cells in one transaction; an error message, empty on success.
    QString save();
    /// The value a text means for this grid (kopecks or visitors), or an error.
    std::optional<qint64> parse(const QString& text, QString* error) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refused(const QString& message);

private:
    QString cellName(int row, int column) const;

    core::Database& m_db;
    core::CatalogService::Figure m_figure = core::CatalogService::Figure::Spend;
    QDate m_first;
    int m_days = 0;
    std::vector<Key> m_keys;
    std::map<std::pair<int, int>, qint64> m_values;   ///< (row, column) -> stored or typed value
    std::map<std::pair<int, int>, qint64> m_changed;  ///< cells changed since loading
};

/// Spend and visitors entry: a month's grid, paste from Excel (Ctrl+V), save (Ctrl+S).
class SpendDialog final : public QDialog {
    Q_OBJECT

public:
    SpendDialog(core::Database& db, QDate month, QWidget* parent = nullptr);

    SpendGridModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QComboBox* kindBox() const { return m_kind; }
    QLabel* messageLabel() const { return m_message; }
    /// Pastes the clipboard at the current cell.
    void pasteClipboard();
    bool save();
    /// True once something was saved (the dashboard recomputes).
    bool saved() const { return m_saved; }

private:
    void reload();

    SpendGridModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_month = nullptr;
    QLabel* m_message = nullptr;
    bool m_saved = false;
};

}  // namespace fd::app
