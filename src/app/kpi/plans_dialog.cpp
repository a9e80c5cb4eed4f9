#include "kpi/plans_dialog.h"

#include "formatting.h"
#include "funnel/month_figures.h"
#include "kpi/kpi_model.h"
#include "services/catalog_reader.h"
#include "widgets.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd::app {

namespace {

using core::Kpi;
constexpr std::array kColumns{Kpi::TargetArrivals, Kpi::Sales, Kpi::MoneyReceived, Kpi::CostPerTarget};

/// Which plans a row takes: an operator's arrivals and sales, a manager's sales and money, the
/// marketing department's target arrivals, money and cost per target arrival.
bool takes(core::Department d, Kpi kpi) {
    switch (d) {
        case core::Department::CallCenter:
            return kpi == Kpi::TargetArrivals || kpi == Kpi::Sales;
        case core::Department::Sales:
            return kpi == Kpi::Sales || kpi == Kpi::MoneyReceived;
        case core::Department::Marketing:
            return kpi == Kpi::TargetArrivals || kpi == Kpi::MoneyReceived || kpi == Kpi::CostPerTarget;
    }
    return false;
}

QString planText(Kpi kpi, double value) {
    return core::isMoney(kpi) ? QLocale().toString(value / 100.0, 'f', 0) : QLocale().toString(value, 'f', 0);
}

}  // namespace

PlansDialog::PlansDialog(core::Database& db, core::Clock clock, QDate month, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(std::move(clock)), m_month(month) {
    setWindowTitle(tr("Plans for %1")
                       .arg(capitalized(QLocale().standaloneMonthName(month.month())) + QLatin1Char(' ') +
                            QString::number(month.year())));
    auto* layout = new QVBoxLayout(this);
    auto* hint =
        new QLabel(tr("Type the plans or paste them from a spreadsheet (Ctrl+V from the selected cell). "
                      "Money in rubles. An empty cell sets no plan."),
                   this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_grid = new QTableWidget(this);
    QStringList headers;
    for (const Kpi kpi : kColumns) {
        headers << KpiModel::kpiName(kpi);
    }
    m_grid->setColumnCount(static_cast<int>(kColumns.size()));
    m_grid->setHorizontalHeaderLabels(headers);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_grid, 1);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* pasteKey = new QShortcut(QKeySequence::Paste, m_grid);
    connect(pasteKey, &QShortcut::activated, this, [this] { paste(QGuiApplication::clipboard()->text()); });
    load();
    resize(720, 520);
}

void PlansDialog::load() {
    const core::Result<std::vector<core::Employee>> staff = core::CatalogReader(m_db).employees();
    const core::Result<std::vector<core::PlanEntry>> plans =
        core::PayrollService(m_db, m_clock).plans(m_month);
    if (!staff || !plans) {
        m_error->setText(!staff ? staff.error().message() : plans.error().message());
        m_error->show();
        return;
    }
    for (const core::Role role : {core::Role::Operator, core::Role::OfficeManager}) {
        for (const core::Employee& e : *staff) {
            if (e.active && e.role == role) {
                m_rows.push_back({*core::departmentOf(role), e.id, e.name});
            }
        }
    }
    m_rows.push_back({core::Department::Marketing, std::nullopt, tr("Marketing (the department)")});
    m_grid->setRowCount(static_cast<int>(m_rows.size()));
    QStringList names;
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r) {
        const Row& row = m_rows[static_cast<size_t>(r)];
        names << row.name;
        for (int c = 0; c < static_cast<int>(kColumns.size()); ++c) {
            auto* item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!takes(row.department, kColumns[static_cast<size_t>(c)])) {
                item->setFlags(Qt::NoItemFlags);
                item->setBackground(palette().window());
            }
            for (const core::PlanEntry& p : *plans) {
                if (p.department == row.department && p.employeeId == row.employeeId &&
                    p.kpi == kColumns[static_cast<size_t>(c)]) {
                    item->setText(planText(p.kpi, p.value));
                }
            }
            m_grid->setItem(r, c, item);
        }
    }
    m_grid->setVerticalHeaderLabels(names);
}

void PlansDialog::paste(const QString& text) {
    const int top = std::max(0, m_grid->currentRow());
    const int left = std::max(0, m_grid->currentColumn());
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\\r?\\n")), Qt::SkipEmptyParts);
    for (int i = 0; i < lines.size() && top + i < m_grid->rowCount(); ++i) {
        const QStringList cells = lines[i].split(QLatin1Char('\t'));
        for (int j = 0; j < cells.size() && left + j < m_grid->columnCount(); ++j) {
            QTableWidgetItem* item = m_grid->item(top + i, left + j);
            if (item && (item->flags() & Qt::ItemIsEnabled)) {
                item->setText(cells[j].trimmed());
            }
        }
    }
}

bool PlansDialog::save() {
    std::vector<core::PlanEntry> plans;
    for (int r = 0; r < m_grid->rowCount(); ++r) {
        for (int c = 0; c < m_grid->columnCount(); ++c) {
            const QTableWidgetItem* item = m_grid->item(r, c);
            if (!item || !(item->flags() & Qt::ItemIsEnabled) || item->text().trimmed().isEmpty()) {
                continue;
            }
            const Kpi kpi = kColumns[static_cast<size_t>(c)];
            QString problem;
            const std::optional<core::Money> amount = parseAmount(item->text(), &problem);
            if (!amount) {
                m_error->setText(
                    tr("%1, %2: %3")
                        .arg(m_rows[static_cast<size_t>(r)].name, KpiModel::kpiName(kpi), problem));
                m_error->show();
                m_grid->setCurrentCell(r, c);
                return false;
            }
            // parseAmount reads rubles into kopecks: a count is the number of rubles typed.
            const double value = core::isMoney(kpi) ? static_cast<double>(amount->kopecks)
                                                    : static_cast<double>(amount->kopecks) / 100.0;
            const Row& row = m_rows[static_cast<size_t>(r)];
            plans.push_back({core::monthCode(m_month), row.department, row.employeeId, kpi, value});
        }
    }
    const core::Status saved = core::PayrollService(m_db, m_clock).setPlans(plans);
    if (!saved) {
        m_error->setText(saved.error().message());
        m_error->show();
        return false;
    }
    return true;
}

QString PlansDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

}  // namespace fd::app
