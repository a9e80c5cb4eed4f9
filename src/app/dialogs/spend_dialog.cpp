#include "dialogs/spend_dialog.h"

#include "formatting.h"
#include "services/catalog_reader.h"
#include "widgets.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::app {

SpendGridModel::SpendGridModel(core::Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db) {}

QString SpendGridModel::load(QDate month, core::CatalogService::Figure figure) {
    beginResetModel();
    m_figure = figure;
    m_first = QDate(month.year(), month.month(), 1);
    m_days = m_first.daysInMonth();
    m_keys.clear();
    m_values.clear();
    m_changed.clear();
    QString error;
    core::CatalogReader catalog(m_db);
    const auto allChannels = catalog.channels();
    const auto allCampaigns = catalog.campaigns();
    if (!allChannels || !allCampaigns) {
        error = (!allChannels ? allChannels.error() : allCampaigns.error()).message();
    } else {
        std::map<core::Id, QString> channelNames;
        for (const core::Channel& c : *allChannels) {
            channelNames[c.id] = c.name;
        }
        std::map<core::Id, bool> hasCampaign;
        for (const core::Campaign& c : *allCampaigns) {
            if (c.active) {
                m_keys.push_back(
                    {c.channelId, c.id, channelNames[c.channelId] + QStringLiteral(" / ") + c.name});
                hasCampaign[c.channelId] = true;
            }
        }
        for (const auto& [id, name] : channelNames) {
            if (!hasCampaign[id]) {
                m_keys.push_back({id, std::nullopt, name});
            }
        }
        auto columnOf = [&](core::Id channel, core::OptId campaign) {
            for (std::size_t i = 0; i < m_keys.size(); ++i) {
                if (m_keys[i].channelId == channel && m_keys[i].campaignId == campaign) {
                    return static_cast<int>(i);
                }
            }
            m_keys.push_back({channel, campaign, channelNames[channel]});  // a figure without a column yet
            return static_cast<int>(m_keys.size() - 1);
        };
        const core::Result<std::vector<core::CatalogService::DailyValue>> stored =
            core::CatalogService(m_db).dailyFigures(m_figure, m_first, m_first.addMonths(1));
        if (!stored) {
            error = stored.error().message();
        } else {
            for (const auto& v : *stored) {
                m_values[{static_cast<int>(m_first.daysTo(v.day)), columnOf(v.channelId, v.campaignId)}] =
                    v.value;
            }
        }
    }
    endResetModel();
    return error;
}

int SpendGridModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_days;
}

int SpendGridModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

std::optional<qint64> SpendGridModel::parse(const QString& text, QString* error) const {
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        return 0;
    }
    if (isSpend()) {
        const std::optional<core::Money> money = parseAmount(t, error);
        if (!money) {
            return std::nullopt;
        }
        if (money->kopecks < 0) {
            *error = tr("Spend cannot be negative.");
            return std::nullopt;
        }
        return money->kopecks;
    }
    bool ok = false;
    const qint64 n = QString(t).remove(QLatin1Char(' ')).remove(QChar(0x00A0)).toLongLong(&ok);
    if (!ok || n < 0) {
        *error = tr("\"%1\" is not a number of visitors.").arg(t);
        return std::nullopt;
    }
    return n;
}

QString SpendGridModel::cellName(int row, int column) const {
    return tr("%1, %2").arg(QLocale().toString(dayOf(row), dateFormat()), key(column).name);
}

QVariant SpendGridModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const auto it = m_values.find({index.row(), index.column()});
    const bool has = it != m_values.end();
    switch (role) {
        case Qt::DisplayRole:
            if (!has) {
                return {};
            }
            return isSpend() ? formatMoney(it->second) : formatCount(it->second);
        case Qt::EditRole:
            if (!has) {
                return QString();
            }
            return isSpend() ? core::Money{it->second}.toPlainString() : QString::number(it->second);
        case ValueRole:
            return has ? QVariant(it->second) : QVariant();
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::BackgroundRole:
            if (m_changed.count({index.row(), index.column()}) > 0) {
                return QColor(0xff, 0xf5, 0xc4);  // changed, not saved yet
            }
            return dayOf(index.row()).dayOfWeek() >= 6 ? QVariant(QColor(0xf2, 0xf2, 0xf2)) : QVariant();
        default:
            return {};
    }
}

bool SpendGridModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::EditRole) {
        return false;
    }
    QString error;
    const std::optional<qint64> v = parse(value.toString(), &error);
    if (!v) {
        Q_EMIT refused(tr("%1: %2").arg(cellName(index.row(), index.column()), error));
        return false;
    }
    m_values[{index.row(), index.column()}] = *v;
    m_changed[{index.row(), index.column()}] = *v;
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags SpendGridModel::flags(const QModelIndex& index) const {
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable : Qt::NoItemFlags;
}

QVariant SpendGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (orientation == Qt::Horizontal) {
        return section >= 0 && section < columnCount() ? key(section).name : QVariant();
    }
    const QDate d = dayOf(section);
    return QLocale().toString(d, dayMonthFormat() + QStringLiteral(" ddd"));
}

QString SpendGridModel::paste(const QModelIndex& topLeft, const QString& text) {
    if (!topLeft.isValid()) {
        return tr("Choose the cell where the pasted block starts.");
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.back().trimmed().isEmpty()) {
        lines.removeLast();  // spreadsheets end a copied block with a line break
    }
    std::map<std::pair<int, int>, qint64> parsed;
    for (int r = 0; r < lines.size(); ++r) {
        QString line = lines[r];
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        const QStringList cells = line.split(QLatin1Char('\t'));
        for (int c = 0; c < cells.size(); ++c) {
            const int row = topLeft.row() + r;
            const int column = topLeft.column() + c;
            if (row >= rowCount() || column >= columnCount()) {
                return tr("The pasted block (%1 × %2) does not fit the grid from %3.")
                    .arg(lines.size())
                    .arg(cells.size())
                    .arg(cellName(topLeft.row(), topLeft.column()));
            }
            QString error;
            const std::optional<qint64> v = parse(cells[c], &error);
            if (!v) {
                return tr("%1: %2 Nothing was pasted.").arg(cellName(row, column), error);
            }
            parsed[{row, column}] = *v;
        }
    }
    for (const auto& [cell, v] : parsed) {
        m_values[cell] = v;
        m_changed[cell] = v;
    }
    if (!parsed.empty()) {
        Q_EMIT dataChanged(index(parsed.begin()->first.first, 0),
                           index(parsed.rbegin()->first.first, columnCount() - 1));
    }
    return {};
}

QString SpendGridModel::save() {
    std::vector<core::CatalogService::DailyValue> values;
    std::vector<std::pair<int, int>> cells;
    for (const auto& [cell, v] : m_changed) {
        const Key& k = key(cell.second);
        values.push_back({dayOf(cell.first), k.channelId, k.campaignId, v});
        cells.push_back(cell);
    }
    const core::Status done = core::CatalogService(m_db).setDailyFigures(m_figure, values);
    if (!done) {
        bool ok = false;
        const std::size_t at = done.error().detail.toULongLong(&ok);
        return ok && at < cells.size()
                   ? tr("%1: %2").arg(cellName(cells[at].first, cells[at].second), done.error().message())
                   : done.error().message();
    }
    m_changed.clear();
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    return {};
}

SpendDialog::SpendDialog(core::Database& db, QDate month, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Spend and visitors"));
    resize(1100, 700);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Ad spend, ₽"), static_cast<int>(core::CatalogService::Figure::Spend));
    m_kind->addItem(tr("Site visitors"), static_cast<int>(core::CatalogService::Figure::Visitors));
    m_month = new QDateEdit(month, this);
    m_month->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_month->setCalendarPopup(true);
    m_model = new SpendGridModel(db, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_message = makeErrorLabel(this);
    auto* hint =
        new QLabel(tr("Type figures or paste a block copied from Excel (Ctrl+V) at the chosen cell; changed "
                      "cells are yellow until saved (Ctrl+S)."),
                   this);
    hint->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Figure:"), this));
    top->addWidget(m_kind);
    top->addWidget(new QLabel(tr("Month:"), this));
    top->addWidget(m_month);
    top->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &SpendDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &SpendGridModel::refused, m_message, &QLabel::setText);
    auto* paste = new QShortcut(QKeySequence::Paste, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(paste, &QShortcut::activated, this, &SpendDialog::pasteClipboard);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &SpendDialog::save);
    auto reloadIfClean = [this] {
        if (m_model->isDirty() &&
            QMessageBox::question(this, windowTitle(), tr("Discard the figures not saved yet?")) !=
                QMessageBox::Yes) {
            return;
        }
        reload();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, reloadIfClean);
    connect(m_month, &QDateEdit::dateChanged, this, reloadIfClean);
    reload();
}

void SpendDialog::reload() {
    m_message->setText(m_model->load(
        m_month->date(), static_cast<core::CatalogService::Figure>(m_kind->currentData().toInt())));
    if (m_model->rowCount() > 0 && m_model->columnCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, 0));
    }
}

void SpendDialog::pasteClipboard() {
    const QString error = m_model->paste(m_view->currentIndex(), QApplication::clipboard()->text());
    m_message->setText(error);
}

bool SpendDialog::save() {
    const QString error = m_model->save();
    m_message->setText(error);
    if (error.isEmpty()) {
        m_saved = true;
    }
    return error.isEmpty();
}

}  // namespace fd::app
