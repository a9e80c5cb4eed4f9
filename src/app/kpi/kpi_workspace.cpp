#include "kpi/kpi_workspace.h"

#include "services/data_health.h"

#include "views/report_html.h"

#include "dialogs/drill_down_dialog.h"
#include "flow_layout.h"
#include "formatting.h"
#include "funnel/month_figures.h"
#include "kpi/kpi_model.h"
#include "kpi/plans_dialog.h"
#include "kpi/scheme_dialog.h"
#include "services/access_policy.h"
#include "services/catalog_service.h"
#include "services/payroll_export.h"
#include "services/report_service.h"
#include "widgets.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::app {

KpiWorkspace::KpiWorkspace(core::Database& db, core::Clock clock, QWidget* parent)
    : Workspace(parent), m_db(db), m_clock(std::move(clock)) {
    m_worker = new KpiWorker(m_clock);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &KpiWorkspace::computeRequested, m_worker, &KpiWorker::compute);
    connect(m_worker, &KpiWorker::computed, this, &KpiWorkspace::onComputed);
    connect(m_worker, &KpiWorker::failed, this, &KpiWorkspace::onFailed);
    m_thread.setObjectName(QStringLiteral("kpi"));
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path = db.path(), actor = db.actor()] { worker->open(path, actor); },
        Qt::QueuedConnection);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new FlowLayout;
    m_month = new QComboBox(this);
    const QDate today = QDateTime::fromSecsSinceEpoch(m_clock()).date();
    for (int i = 0; i < 24; ++i) {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-i);
        m_month->addItem(capitalized(QLocale().standaloneMonthName(first.month())) + QLatin1Char(' ') +
                             QString::number(first.year()),
                         first);
    }
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    m_state = new QLabel(this);
    m_close = new QPushButton(tr("&Close the month…"), this);
    m_copy = new QPushButton(tr("Copy last month's &plans"), this);
    m_plans = new QPushButton(tr("P&lans…"), this);
    m_schemes = new QPushButton(tr("Bonus &schemes…"), this);
    auto* exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setToolTip(tr("The payroll sheet as Excel or CSV, or the KPI tabs as PDF"));
    const bool manages = core::permit(m_db, core::Action::ManageMotivation).ok();
    for (QPushButton* b : {m_close, m_plans, m_schemes, m_copy}) {
        b->setVisible(manages);
    }
    for (QWidget* w : std::initializer_list<QWidget*>{monthLabel, m_month, m_close, m_plans, m_schemes,
                                                      m_copy, exportButton}) {
        bar->addWidget(w);
    }
    layout->addLayout(bar);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    m_tabs = new QTabWidget(this);
    const std::pair<KpiModel::View, QString> tabs[] = {{KpiModel::View::CallCenter, tr("&Call center")},
                                                       {KpiModel::View::Office, tr("&Office")},
                                                       {KpiModel::View::Marketing, tr("M&arketing")},
                                                       {KpiModel::View::Payroll, tr("&Bonuses")}};
    for (const auto& [view, title] : tabs) {
        auto* model = new KpiModel(view, this);
        auto* table = makeListView(m_tabs);
        table->setModel(model);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        if (view == KpiModel::View::Payroll) {
            table->horizontalHeader()->setStretchLastSection(true);
        }
        m_models.push_back(model);
        m_views.push_back(table);
        connect(table, &QTableView::doubleClicked, this,
                [this, model](const QModelIndex& index) { openLeads(model, index); });
        m_tabs->addTab(table, title);
    }
    layout->addWidget(m_tabs, 1);
    m_error = makeErrorLabel(this, true);
    layout->addWidget(m_error);

    connect(m_month, &QComboBox::currentIndexChanged, this, &KpiWorkspace::reload);
    connect(m_close, &QPushButton::clicked, this, &KpiWorkspace::closeOrReopen);
    connect(m_copy, &QPushButton::clicked, this, &KpiWorkspace::copyPlans);
    connect(m_plans, &QPushButton::clicked, this, &KpiWorkspace::editPlans);
    connect(m_schemes, &QPushButton::clicked, this, &KpiWorkspace::editSchemes);
    connect(exportButton, &QPushButton::clicked, this, &KpiWorkspace::exportShown);
    new QShortcut(QKeySequence::Refresh, this, this, &KpiWorkspace::reload);
}

void KpiWorkspace::showEvent(QShowEvent* event) {
    Workspace::showEvent(event);
    if (m_stale) {
        QMetaObject::invokeMethod(this, &KpiWorkspace::reload, Qt::QueuedConnection);
    }
}

QString KpiWorkspace::title() const {
    return tr("KPI and bonuses");
}

QWidget* KpiWorkspace::keyTarget() {
    return m_views[static_cast<size_t>(m_tabs->currentIndex())];
}

void KpiWorkspace::selectTab(Tab tab) {
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void KpiWorkspace::selectMonth(QDate day) {
    const QDate first(day.year(), day.month(), 1);
    const int index = m_month->findData(first);
    if (index >= 0) {
        m_month->setCurrentIndex(index);
    }
}

QDate KpiWorkspace::month() const {
    return m_month->currentData().toDate();
}

KpiModel* KpiWorkspace::model(Tab tab) const {
    return m_models[static_cast<size_t>(tab)];
}

KpiWorkspace::~KpiWorkspace() {
    m_thread.quit();
    m_thread.wait();
}

void KpiWorkspace::reload() {
    m_ready = false;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_state->setText(tr("Computing…"));
    Q_EMIT computeRequested(++m_generation, month());
}

void KpiWorkspace::onFailed(int generation, const QString& message) {
    if (generation != m_generation) {
        return;  // a month since replaced
    }
    m_error->setText(message);
    m_error->show();
    m_state->clear();
    m_ready = true;
    Q_EMIT failed(message);
}

void KpiWorkspace::onComputed(int generation, const core::Payroll& payroll) {
    if (generation != m_generation) {
        return;
    }
    m_error->hide();
    m_payroll = payroll;
    for (KpiModel* model : m_models) {
        model->setPayroll(m_payroll);
    }
    m_state->setText(m_payroll.closed ? tr("Closed %1: the figures are frozen as they were paid.")
                                            .arg(formatDateTime(m_payroll.closedAt))
                                      : tr("Open: the figures follow the data. Bonuses to pay: %1")
                                            .arg(formatMoney(m_payroll.total())));
    m_close->setText(m_payroll.closed ? tr("&Reopen the month…") : tr("&Close the month…"));
    m_copy->setEnabled(!m_payroll.closed);
    m_plans->setEnabled(!m_payroll.closed);
    m_schemes->setEnabled(!m_payroll.closed);
    m_ready = true;
    Q_EMIT ready();
}

void KpiWorkspace::closeOrReopen() {
    const QString name = m_month->currentText();
    const bool closing = !m_payroll.closed;
    const QString question =
        closing ? tr("Close %1? Its KPIs and bonuses are frozen as they stand now; anything recorded for it "
                     "later "
                     "shows as an adjustment in the next month.")
                      .arg(name)
                : tr("Reopen %1? Its figures will follow the data again until it is closed anew.").arg(name);
    // The bonuses are paid from the marks: the month's open gaps are said before it is frozen.
    QString gaps;
    if (closing) {
        if (const core::Result<core::HealthReport> report =
                core::DataHealth(m_db, m_clock).report(month(), month().addMonths(1));
            report && core::DataHealth::total(*report) > 0) {
            gaps = tr("%n mark(s) of this month are still missing — Data health lists them:", nullptr,
                      core::DataHealth::total(*report)) +
                   QLatin1Char('\n') + core::DataHealth::summary(*report) + QStringLiteral("\n\n") +
                   tr("Close the month with these gaps?");
        }
    }
    if (QMessageBox::question(this, closing ? tr("Close the month") : tr("Reopen the month"),
                              gaps.isEmpty() ? question : question + QStringLiteral("\n\n") + gaps) !=
        QMessageBox::Yes) {
        return;
    }
    core::PayrollService service(m_db, m_clock);
    const core::Status done = closing ? service.closeMonth(month()) : service.reopenMonth(month());
    if (!done) {
        m_error->setText(done.error().message());
        m_error->show();
        return;
    }
    reload();
    Q_EMIT saved(closing ? tr("%1 is closed").arg(name) : tr("%1 is open again").arg(name));
}

void KpiWorkspace::copyPlans() {
    const core::Result<int> copied =
        core::PayrollService(m_db, m_clock).copyPlans(month().addMonths(-1), month());
    if (!copied) {
        m_error->setText(copied.error().message());
        m_error->show();
        return;
    }
    reload();
    Q_EMIT saved(tr("%n plan(s) copied from the month before", nullptr, *copied));
}

namespace {

/// The funnel stage whose leads stand behind a KPI.
core::Stage stageOf(core::Kpi kpi) {
    using core::Kpi;
    switch (kpi) {
        case Kpi::LeadsWorked:
            return core::Stage::Contacted;
        case Kpi::Booked:
        case Kpi::NoShow:
            return core::Stage::Booked;
        case Kpi::Arrivals:
        case Kpi::ShowUp:
        case Kpi::NonTargetShare:
            return core::Stage::Arrived;
        case Kpi::TargetArrivals:
        case Kpi::LeadToTarget:
        case Kpi::CostPerTarget:
            return core::Stage::Target;
        case Kpi::Sales:
        case Kpi::Contracted:
        case Kpi::CloseRate:
        case Kpi::SalesAfterFollowUp:
        case Kpi::AverageDeal:
        case Kpi::Cac:
            return core::Stage::Sale;
        case Kpi::MoneyReceived:
        case Kpi::Romi:
            return core::Stage::Paid;
        default:
            return core::Stage::Lead;  // leads, visitors, spend, minutes to the first call
    }
}

}  // namespace

void KpiWorkspace::openLeads(KpiModel* model, const QModelIndex& index) {
    const std::optional<core::Kpi> kpi = model->kpiAt(index.column());
    if (!kpi) {
        return;
    }
    core::FunnelSpec spec;
    spec.from = month();
    spec.to = month().addMonths(1);
    spec.mode = core::countingOf(*kpi) == core::KpiCounting::Period ? core::FunnelMode::Period
                                                                    : core::FunnelMode::Cohort;
    const int row = index.row();
    switch (model->rowKind(row)) {
        case core::KpiRowKind::Person:
            spec.by = model->view() == KpiModel::View::Office ? core::Breakdown::Manager
                                                              : core::Breakdown::Operator;
            break;
        case core::KpiRowKind::Office:
            spec.by = core::Breakdown::Office;
            break;
        case core::KpiRowKind::Channel:
            spec.by = core::Breakdown::Channel;
            break;
        case core::KpiRowKind::Total:
            spec.by = core::Breakdown::None;
            break;
    }
    core::FunnelCell cell;
    cell.groupKey = model->rowId(row) != 0 ? QString::number(model->rowId(row)) : QStringLiteral("all");
    cell.stage = stageOf(*kpi);
    const core::Result<std::vector<core::Id>> ids = core::ReportService(m_db).leadsIn(spec, cell);
    if (!ids) {
        m_error->setText(ids.error().message());
        m_error->show();
        return;
    }
    const QString who = model->index(index.row(), 0).data().toString();
    DrillDownDialog(m_db, tr("%1 — %2, %3").arg(KpiModel::kpiName(*kpi), who, m_month->currentText()), *ids,
                    this)
        .exec();
}

void KpiWorkspace::editSchemes() {
    SchemeDialog dialog(m_db, m_clock, month(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT saved(tr("The bonus scheme from %1 is saved").arg(m_month->currentText()));
    }
}

void KpiWorkspace::editPlans() {
    PlansDialog dialog(m_db, m_clock, month(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT saved(tr("Plans for %1 saved").arg(m_month->currentText()));
    }
}

QString KpiWorkspace::exportTo(const QString& path) {
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        return exportPdf(path);
    }
    const core::Result<qint64> written =
        core::exportPayroll(m_payroll, path, core::CatalogService(m_db, m_clock).reportTimeZone());
    return written ? QString() : written.error().message();
}

void KpiWorkspace::exportShown() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the payroll or the KPI tabs"),
        QStringLiteral("payroll-%1.xlsx").arg(m_payroll.month),
        tr("Payroll, Excel workbook (*.xlsx);;Payroll, CSV (*.csv);;KPI tabs, PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (const QString error = exportTo(path); !error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    Q_EMIT saved(tr("Written to %1").arg(QDir::toNativeSeparators(path)));
}

QString KpiWorkspace::exportPdf(const QString& path) {
    // Each tab under its name, the month and its state first: what the head sees, on paper.
    const QString title = tr("FunnelDesk — KPI and bonuses, %1").arg(m_month->currentText());
    QString html = QStringLiteral("<h2>%1</h2><p style=\"margin:2px\">%2</p>")
                       .arg(title.toHtmlEscaped(), m_state->text().toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin:2px; color:#666\">%1</p>")
                .arg(tr("Generated %1")
                         .arg(QLocale().toString(QDateTime::currentDateTime(), dateTimeFormat()))
                         .toHtmlEscaped());
    for (int t = 0; t < m_tabs->count(); ++t) {
        html +=
            QStringLiteral("<h3>%1</h3>").arg(m_tabs->tabText(t).remove(QLatin1Char('&')).toHtmlEscaped());
        html += modelTableHtml(*m_models[static_cast<size_t>(t)], 1);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("The file \"%1\" cannot be written: %2").arg(path, file.errorString());
    }
    printHtmlPdf(file, title, html);
    if (!file.commit()) {
        return tr("The file \"%1\" cannot be written: %2").arg(path, file.errorString());
    }
    return {};
}

}  // namespace fd::app
