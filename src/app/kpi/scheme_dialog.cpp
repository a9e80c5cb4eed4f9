#include "kpi/scheme_dialog.h"

#include "formatting.h"
#include "kpi/kpi_model.h"
#include "services/payroll_service.h"
#include "storage/motivation_repository.h"
#include "widgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd::app {

namespace {

enum Column {
    KindColumn,
    KpiColumn,
    AmountColumn,
    PercentColumn,
    StepsColumn,
    CapColumn,
    CompareColumn,
    ThresholdColumn,
    MultiplierColumn,
    ColumnCount
};

QString kindName(core::BonusRuleKind kind) {
    switch (kind) {
        case core::BonusRuleKind::PerUnit:
            return SchemeDialog::tr("per unit");
        case core::BonusRuleKind::Percent:
            return SchemeDialog::tr("percentage");
        case core::BonusRuleKind::Steps:
            return SchemeDialog::tr("steps by plan");
        case core::BonusRuleKind::Gate:
            return SchemeDialog::tr("quality gate");
    }
    return {};
}

QString number(double v) {
    return QString::number(v, 'g', 10);
}

}  // namespace

SchemeDialog::SchemeDialog(core::Database& db, core::Clock clock, QDate month, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(std::move(clock)), m_month(QDate(month.year(), month.month(), 1)) {
    setWindowTitle(tr("Bonus scheme from %1")
                       .arg(capitalized(QLocale().standaloneMonthName(m_month.month())) + QLatin1Char(' ') +
                            QString::number(m_month.year())));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_role = new QComboBox(this);
    for (const core::Role role : {core::Role::Operator, core::Role::OfficeManager, core::Role::Marketer}) {
        m_role->addItem(capitalized(roleName(role)), static_cast<int>(role));
    }
    auto* roleLabel = new QLabel(tr("&Role:"), this);
    roleLabel->setBuddy(m_role);
    top->addWidget(roleLabel);
    top->addWidget(m_role);
    top->addStretch();
    layout->addLayout(top);
    auto* hint =
        new QLabel(tr("Rules apply in order, each to the bonus so far. Amounts and caps in rubles; steps as "
                      "\"completion:multiplier\" pairs (0:0; 0.8:1; 1:1.2); a gate without a threshold "
                      "compares with the plan."),
                   this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_rules = new QTableWidget(0, ColumnCount, this);
    m_rules->setHorizontalHeaderLabels({tr("Kind"), tr("KPI"), tr("Amount per unit"), tr("Percent"),
                                        tr("Steps"), tr("Cap"), tr("When"), tr("Threshold"),
                                        tr("Multiplier")});
    m_rules->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_rules, 1);
    auto* ruleButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add a rule"), this);
    auto* remove = new QPushButton(tr("Re&move the rule"), this);
    ruleButtons->addWidget(add);
    ruleButtons->addWidget(remove);
    ruleButtons->addStretch();
    layout->addLayout(ruleButtons);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, [this] { addRule(core::BonusRule{}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_rules->currentRow() >= 0) {
            m_rules->removeRow(m_rules->currentRow());
        }
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, &SchemeDialog::load);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
    resize(980, 420);
}

void SchemeDialog::load() {
    m_rules->setRowCount(0);
    m_error->hide();
    const auto role = static_cast<core::Role>(m_role->currentData().toInt());
    const core::Result<std::vector<core::BonusRule>> rules =
        core::PayrollService(m_db, m_clock).scheme(role, m_month);
    if (!rules) {
        m_error->setText(rules.error().message());
        m_error->show();
        return;
    }
    for (const core::BonusRule& r : *rules) {
        addRule(r);
    }
}

void SchemeDialog::addRule(const core::BonusRule& r) {
    const int row = m_rules->rowCount();
    m_rules->insertRow(row);
    auto* kind = new QComboBox(m_rules);
    for (const auto k : {core::BonusRuleKind::PerUnit, core::BonusRuleKind::Percent,
                         core::BonusRuleKind::Steps, core::BonusRuleKind::Gate}) {
        kind->addItem(kindName(k), static_cast<int>(k));
    }
    kind->setCurrentIndex(kind->findData(static_cast<int>(r.kind)));
    auto* kpi = new QComboBox(m_rules);
    for (int k = 0; k < core::kKpiCount; ++k) {
        kpi->addItem(KpiModel::kpiName(static_cast<core::Kpi>(k)), k);
    }
    kpi->setCurrentIndex(kpi->findData(static_cast<int>(r.kpi)));
    auto* compare = new QComboBox(m_rules);
    compare->addItem(tr("above"), static_cast<int>(core::Comparison::Above));
    compare->addItem(tr("below"), static_cast<int>(core::Comparison::Below));
    compare->setCurrentIndex(compare->findData(static_cast<int>(r.comparison)));
    m_rules->setCellWidget(row, KindColumn, kind);
    m_rules->setCellWidget(row, KpiColumn, kpi);
    m_rules->setCellWidget(row, CompareColumn, compare);
    auto text = [&](int column, const QString& value) {
        m_rules->setItem(row, column, new QTableWidgetItem(value));
    };
    text(AmountColumn, r.amount ? number(static_cast<double>(r.amount) / 100.0) : QString());
    text(PercentColumn, r.percent != 0 ? number(r.percent) : QString());
    text(StepsColumn, core::stepsText(r.steps).replace(QLatin1Char(';'), QStringLiteral("; ")));
    text(CapColumn, r.cap ? number(static_cast<double>(*r.cap) / 100.0) : QString());
    text(ThresholdColumn, r.threshold ? number(*r.threshold) : QString());
    text(MultiplierColumn, number(r.multiplier));
}

std::vector<core::BonusRule> SchemeDialog::rulesShown(QString* problem) const {
    std::vector<core::BonusRule> rules;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        core::BonusRule r;
        r.position = row + 1;
        r.kind = static_cast<core::BonusRuleKind>(
            qobject_cast<QComboBox*>(m_rules->cellWidget(row, KindColumn))->currentData().toInt());
        r.kpi = static_cast<core::Kpi>(
            qobject_cast<QComboBox*>(m_rules->cellWidget(row, KpiColumn))->currentData().toInt());
        r.comparison = static_cast<core::Comparison>(
            qobject_cast<QComboBox*>(m_rules->cellWidget(row, CompareColumn))->currentData().toInt());
        auto cell = [&](int column) {
            const QTableWidgetItem* item = m_rules->item(row, column);
            return item ? item->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.')) : QString();
        };
        bool ok = true;
        auto numberIn = [&](int column, double fallback) {
            const QString t = cell(column);
            if (t.isEmpty()) {
                return fallback;
            }
            bool good = false;
            const double v = QString(t).remove(QLatin1Char(' ')).toDouble(&good);
            ok = ok && good;
            return v;
        };
        r.amount = static_cast<qint64>(std::llround(numberIn(AmountColumn, 0) * 100.0));
        r.percent = numberIn(PercentColumn, 0);
        if (!cell(CapColumn).isEmpty()) {
            r.cap = static_cast<qint64>(std::llround(numberIn(CapColumn, 0) * 100.0));
        }
        if (!cell(ThresholdColumn).isEmpty()) {
            r.threshold = numberIn(ThresholdColumn, 0);
        }
        r.multiplier = numberIn(MultiplierColumn, 1);
        r.steps = core::stepsFromText(cell(StepsColumn).remove(QLatin1Char(' ')));
        if (!ok) {
            *problem = tr("Rule %1: a number is not written as a number.").arg(row + 1);
            return {};
        }
        rules.push_back(r);
    }
    return rules;
}

bool SchemeDialog::save() {
    QString problem;
    const std::vector<core::BonusRule> rules = rulesShown(&problem);
    core::Status done =
        problem.isEmpty()
            ? core::PayrollService(m_db, m_clock)
                  .setScheme(static_cast<core::Role>(m_role->currentData().toInt()), m_month, rules)
            : core::Status(core::Ok{});
    if (!problem.isEmpty() || !done) {
        m_error->setText(problem.isEmpty() ? done.error().message() : problem);
        m_error->show();
        return false;
    }
    return true;
}

QString SchemeDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

}  // namespace fd::app
