#include "views/marketing_workspace.h"

#include "dialogs/drill_down_dialog.h"
#include "dialogs/spend_dialog.h"
#include "flow_layout.h"
#include "formatting.h"
#include "io/csv_writer.h"
#include "models/dashboard_model.h"
#include "multi_choice.h"
#include "services/catalog_reader.h"
#include "services/catalog_service.h"
#include "storage/database.h"
#include "views/dashboard_charts.h"
#include "views/dashboard_export.h"
#include "views/pinned_total_table.h"
#include "widgets.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QKeySequence>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace fd::app {

QWidget* MarketingWorkspace::keyTarget() {
    return m_view;
}

QChartView* MarketingWorkspace::funnelView() const {
    return m_charts->funnelView();
}

QTableView* MarketingWorkspace::totalView() const {
    return m_table->totalView();
}

MarketingWorkspace::MarketingWorkspace(core::Database& db, core::Clock clock, QWidget* parent)
    : Workspace(parent), m_db(db), m_clock(std::move(clock)) {
    m_worker = new DashboardWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &MarketingWorkspace::computeRequested, m_worker, &DashboardWorker::compute);
    connect(this, &MarketingWorkspace::drillRequested, m_worker, &DashboardWorker::drill);
    connect(m_worker, &DashboardWorker::computed, this, &MarketingWorkspace::onComputed);
    connect(m_worker, &DashboardWorker::drilled, this, &MarketingWorkspace::onDrilled);
    connect(m_worker, &DashboardWorker::failed, this, &MarketingWorkspace::onFailed);
    m_thread.setObjectName(QStringLiteral("dashboard"));
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path = db.path(), actor = db.actor()] { worker->open(path, actor); },
        Qt::QueuedConnection);

    auto* bar = new QWidget(this);
    buildFilters(bar);
    m_charts = new DashboardCharts(this);
    m_model = new DashboardModel(this);
    m_table = new PinnedTotalTable(this);  // the total stays in sight when the rows scroll
    m_table->setModel(m_model);
    m_view = m_table->rowsView();
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_charts);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({420, 300});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(bar);
    layout->addWidget(split, 1);

    connect(m_view, &QTableView::doubleClicked, this, &MarketingWorkspace::drillDown);
    connect(m_table->totalView(), &QTableView::doubleClicked, this, &MarketingWorkspace::drillDown);
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, [this] { drillDown(m_view->currentIndex()); });
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(f5, &QShortcut::activated, this, &MarketingWorkspace::refresh);
    fillChoices();
    applyPreset();
}

MarketingWorkspace::~MarketingWorkspace() {
    if (m_cancel) {
        m_cancel->store(true);
    }
    if (m_drillCancel) {
        m_drillCancel->store(true);
    }
    m_thread.quit();
    m_thread.wait();
}

void MarketingWorkspace::showEvent(QShowEvent* event) {
    Workspace::showEvent(event);
    if (m_stale) {
        QMetaObject::invokeMethod(this, &MarketingWorkspace::refresh, Qt::QueuedConnection);
    }
}

void MarketingWorkspace::buildFilters(QWidget* bar) {
    m_preset = new QComboBox(bar);
    m_preset->addItem(tr("This week"), static_cast<int>(Preset::ThisWeek));
    m_preset->addItem(tr("Last week"), static_cast<int>(Preset::LastWeek));
    m_preset->addItem(tr("This month"), static_cast<int>(Preset::ThisMonth));
    m_preset->addItem(tr("Last month"), static_cast<int>(Preset::LastMonth));
    m_preset->addItem(tr("This quarter"), static_cast<int>(Preset::Quarter));
    m_preset->addItem(tr("Custom"), static_cast<int>(Preset::Custom));
    m_preset->setCurrentIndex(3);
    m_from = new QDateEdit(bar);
    m_to = new QDateEdit(bar);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(dateFormat());
    }
    m_mode = new QComboBox(bar);
    m_mode->addItem(tr("Cohort"), static_cast<int>(core::FunnelMode::Cohort));
    m_mode->addItem(tr("Period"), static_cast<int>(core::FunnelMode::Period));
    m_window = new QSpinBox(bar);
    m_window->setRange(0, 365);
    m_window->setSpecialValueText(tr("no window"));
    m_window->setSuffix(tr(" days"));
    m_window->setToolTip(
        tr("Cohort mode: count only what a lead reached within this many days of its request."));
    m_by = new QComboBox(bar);
    const std::pair<core::Breakdown, QString> breakdowns[] = {
        {core::Breakdown::Channel, tr("Channel")}, {core::Breakdown::Campaign, tr("Campaign")},
        {core::Breakdown::Office, tr("Office")},   {core::Breakdown::Operator, tr("Operator")},
        {core::Breakdown::Manager, tr("Manager")}, {core::Breakdown::Week, tr("Week")},
        {core::Breakdown::Month, tr("Month")},     {core::Breakdown::None, tr("No breakdown")}};
    for (const auto& [by, name] : breakdowns) {
        m_by->addItem(name, static_cast<int>(by));
    }
    m_office = new MultiChoice(tr("All offices"), bar);
    m_channel = new MultiChoice(tr("All channels"), bar);
    m_campaign = new MultiChoice(tr("All campaigns"), bar);
    m_trendLine = new QComboBox(bar);
    m_trendLine->addItem(tr("Trend line: CPL"), static_cast<int>(TrendLine::Cpl));
    m_trendLine->addItem(tr("Trend line: cost per target arrival"),
                         static_cast<int>(TrendLine::CostPerTarget));
    m_trendLine->addItem(tr("Trend line: ROMI"), static_cast<int>(TrendLine::Romi));
    m_explain = new QLabel(bar);
    m_explain->setWordWrap(true);
    m_status = new QLabel(bar);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto label = [&](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, bar);
        l->setBuddy(buddy);
        return l;
    };
    auto* exportButton = new QToolButton(bar);
    exportButton->setText(tr("E&xport"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Excel workbook (XLSX)…"), this, [this] { chooseExport(ExportFormat::Xlsx); });
    exportMenu->addAction(tr("CSV for Excel…"), this, [this] { chooseExport(ExportFormat::Csv); });
    exportMenu->addAction(tr("PDF report with the charts…"), this,
                          [this] { chooseExport(ExportFormat::Pdf); });
    exportButton->setMenu(exportMenu);
    auto* spendButton = new QPushButton(tr("&Spend and visitors…"), bar);
    connect(spendButton, &QPushButton::clicked, this, &MarketingWorkspace::editSpend);
    guardWrites(m_db, spendButton);

    // The filters wrap onto more lines on a narrow screen; what the last export did is told
    // below them and never widens the window.
    auto* filters = new FlowLayout;
    filters->addWidget(keepTogether(bar, {label(tr("&Period:"), m_preset), m_preset, m_from,
                                          new QLabel(QStringLiteral("—"), bar), m_to}));
    filters->addWidget(keepTogether(bar, {label(tr("&Mode:"), m_mode), m_mode}));
    filters->addWidget(keepTogether(bar, {label(tr("&Window:"), m_window), m_window}));
    filters->addWidget(keepTogether(bar, {label(tr("&By:"), m_by), m_by}));
    filters->addWidget(keepTogether(bar, {label(tr("&Office:"), m_office), m_office}));
    filters->addWidget(keepTogether(bar, {label(tr("C&hannel:"), m_channel), m_channel}));
    filters->addWidget(keepTogether(bar, {label(tr("Ca&mpaign:"), m_campaign), m_campaign}));
    filters->addWidget(m_trendLine);
    filters->addWidget(keepTogether(bar, {exportButton, spendButton}));
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    m_changed = new QLabel(tr("Other seats changed the data since these figures were counted. <a "
                              "href=\"refresh\">Refresh</a> (F5)"),
                           bar);
    m_changed->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_changed->hide();
    connect(m_changed, &QLabel::linkActivated, this, &MarketingWorkspace::refresh);
    layout->addWidget(m_status);
    layout->addWidget(m_changed);
    layout->addWidget(m_explain);
    connectFilters();
}

void MarketingWorkspace::connectFilters() {
    connect(m_preset, &QComboBox::currentIndexChanged, this, &MarketingWorkspace::applyPreset);
    for (QDateEdit* e : {m_from, m_to}) {
        connect(e, &QDateEdit::dateChanged, this, [this] {
            if (!m_filling) {
                const QSignalBlocker block(m_preset);
                m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(Preset::Custom)));
                refresh();
            }
        });
    }
    for (QComboBox* box : {m_mode, m_by}) {
        connect(box, &QComboBox::currentIndexChanged, this, &MarketingWorkspace::refresh);
    }
    connect(m_office, &MultiChoice::changed, this, &MarketingWorkspace::refresh);
    connect(m_campaign, &MultiChoice::changed, this, &MarketingWorkspace::refresh);
    connect(m_channel, &MultiChoice::changed, this, [this] {
        fillChoices();  // the campaigns of the chosen channels
        refresh();
    });
    connect(m_trendLine, &QComboBox::currentIndexChanged, this, [this] { drawTrend(); });
    connect(m_window, &QSpinBox::valueChanged, this, &MarketingWorkspace::refresh);
}

void MarketingWorkspace::fillChoices() {
    const bool wasFilling = m_filling;
    m_filling = true;
    core::CatalogReader catalog(m_db);
    const auto allOffices = catalog.offices();
    const auto allChannels = catalog.channels();
    const auto allCampaigns = catalog.campaigns();
    if (!allOffices || !allChannels || !allCampaigns) {
        m_status->setText((!allOffices    ? allOffices.error()
                           : !allChannels ? allChannels.error()
                                          : allCampaigns.error())
                              .message());
    } else {
        std::vector<std::pair<QString, core::Id>> offices;
        for (const core::Office& o : *allOffices) {
            if (o.active) {
                offices.emplace_back(o.name, o.id);
            }
        }
        m_office->setItems(offices);
        std::vector<std::pair<QString, core::Id>> channels;
        for (const core::Channel& c : *allChannels) {
            channels.emplace_back(c.name, c.id);
        }
        m_channel->setItems(channels);
        const std::vector<core::Id> chosen = m_channel->selected();
        std::vector<std::pair<QString, core::Id>> campaigns;
        for (const core::Campaign& c : *allCampaigns) {
            if (chosen.empty() || std::find(chosen.begin(), chosen.end(), c.channelId) != chosen.end()) {
                campaigns.emplace_back(c.name, c.id);
            }
        }
        m_campaign->setItems(campaigns);
    }
    m_filling = wasFilling;
}

void MarketingWorkspace::setPreset(Preset preset) {
    m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(preset)));
}

void MarketingWorkspace::applyPreset() {
    const auto preset = static_cast<Preset>(m_preset->currentData().toInt());
    if (preset == Preset::Custom) {
        return;
    }
    const QDate today = QDateTime::fromSecsSinceEpoch(m_clock()).date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate firstOfMonth(today.year(), today.month(), 1);
    QDate from;
    QDate to;
    switch (preset) {
        case Preset::ThisWeek:
            from = monday;
            to = today;
            break;
        case Preset::LastWeek:
            from = monday.addDays(-7);
            to = monday.addDays(-1);
            break;
        case Preset::ThisMonth:
            from = firstOfMonth;
            to = today;
            break;
        case Preset::LastMonth:
            from = firstOfMonth.addMonths(-1);
            to = firstOfMonth.addDays(-1);
            break;
        case Preset::Quarter:
            from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
            to = today;
            break;
        case Preset::Custom:
            break;
    }
    m_filling = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_filling = false;
    refresh();
}

void MarketingWorkspace::setPeriod(QDate from, QDate toInclusive) {
    m_filling = true;
    m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(Preset::Custom)));
    m_from->setDate(from);
    m_to->setDate(toInclusive);
    m_filling = false;
    refresh();
}

void MarketingWorkspace::setMode(core::FunnelMode mode) {
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(mode)));
}

void MarketingWorkspace::setBreakdown(core::Breakdown by) {
    m_by->setCurrentIndex(m_by->findData(static_cast<int>(by)));
}

core::FunnelSpec MarketingWorkspace::spec() const {
    core::FunnelSpec s;
    s.from = m_from->date();
    s.to = m_to->date().addDays(1);
    s.mode = static_cast<core::FunnelMode>(m_mode->currentData().toInt());
    if (s.mode == core::FunnelMode::Cohort && m_window->value() > 0) {
        s.windowDays = m_window->value();
    }
    s.by = static_cast<core::Breakdown>(m_by->currentData().toInt());
    s.offices = m_office->selected();
    s.channels = m_channel->selected();
    s.campaigns = m_campaign->selected();
    return s;
}

QString MarketingWorkspace::modeExplanation() const {
    if (static_cast<core::FunnelMode>(m_mode->currentData().toInt()) == core::FunnelMode::Cohort) {
        return tr(
            "Cohort: the leads that came in the period, followed to every stage they reached since — "
            "conversion of this period's advertising. Cohorts marked * are still maturing.");
    }
    return tr(
        "Period: what happened in the period — leads, bookings, arrivals, sales and payments dated in it, "
        "whenever their lead came in. For activity, not for conversion.");
}

void MarketingWorkspace::refresh() {
    if (m_filling) {
        return;
    }
    if (!isVisible()) {
        m_stale = true;  // computed when the workspace is first shown, not behind another one
        return;
    }
    m_stale = false;
    m_changed->hide();
    m_window->setEnabled(static_cast<core::FunnelMode>(m_mode->currentData().toInt()) ==
                         core::FunnelMode::Cohort);
    m_explain->setText(modeExplanation());
    const core::FunnelSpec s = spec();
    if (s.from >= s.to) {
        m_status->setText(tr("The period must start before it ends."));
        return;
    }
    if (m_cancel) {
        m_cancel->store(true);  // the report still running for the old filters stops
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_ready = false;
    m_status->setText(tr("Computing…"));
    Q_EMIT computeRequested(++m_generation, s, m_cancel);
}

void MarketingWorkspace::onComputed(int generation, const core::FunnelReport& report,
                                    const core::FunnelReport& trend, qint64 ms) {
    if (generation != m_generation) {
        return;
    }
    m_lastMs = ms;
    m_shownSpec = report.spec;
    m_model->setReport(report);
    m_trend = trend;
    m_charts->showFunnel(report);
    drawTrend();
    m_status->setText(report.noData ? tr("Nothing happened in this period.")
                                    : tr("Computed in %1 ms").arg(ms));
    m_ready = true;
    Q_EMIT ready();
}

void MarketingWorkspace::onFailed(int generation, const QString& message) {
    if (generation == m_generation || generation == m_drillGeneration) {
        m_status->setText(message);
        Q_EMIT failed(message);
    }
}

void MarketingWorkspace::drawTrend() {
    m_charts->showTrend(m_trend, static_cast<TrendLine>(m_trendLine->currentData().toInt()),
                        m_trendLine->currentText().section(QStringLiteral(": "), 1));
}

bool MarketingWorkspace::drillDown(const QModelIndex& index) {
    const std::optional<core::Stage> stage = DashboardModel::stageOf(index.column());
    const core::FunnelGroup* g = index.isValid() ? m_model->group(index.row()) : nullptr;
    if (!stage || !g || !m_ready) {
        return false;
    }
    const QString header = m_model->headerText(index.column());
    const QString groupName = m_model->data(m_model->index(index.row(), DashboardModel::Group)).toString();
    m_drillTitle = header + QStringLiteral(" — ") + groupName;
    if (m_drillCancel) {
        m_drillCancel->store(true);
    }
    m_drillCancel = std::make_shared<std::atomic<bool>>(false);
    m_status->setText(tr("Listing the leads…"));
    Q_EMIT drillRequested(++m_drillGeneration, m_shownSpec, core::FunnelCell{g->key, *stage}, m_drillCancel);
    return true;
}

void MarketingWorkspace::onDrilled(int generation, const std::vector<core::Id>& leads, qint64 ms) {
    if (generation != m_drillGeneration) {
        return;
    }
    m_status->setText(tr("Listed in %1 ms").arg(ms));
    auto* dialog = new DrillDownDialog(m_db, m_drillTitle, leads, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    Q_EMIT drillDownOpened(dialog);
}

QStringList MarketingWorkspace::filterDescription() const {
    const QLocale locale;
    QStringList lines;
    lines << tr("Period: %1 — %2")
                 .arg(locale.toString(m_from->date(), dateFormat()),
                      locale.toString(m_to->date(), dateFormat()));
    lines << modeExplanation();
    if (m_window->isEnabled() && m_window->value() > 0) {
        lines << tr("Conversion window: %n day(s)", nullptr, m_window->value());
    }
    lines << tr("Office: %1; channel: %2; campaign: %3; broken down by: %4")
                 .arg(m_office->summary(), m_channel->summary(), m_campaign->summary(), m_by->currentText());
    return lines;
}

void MarketingWorkspace::dataChanged(const core::DataChange& change) {
    // Figures are not recounted under the reader's eyes: they are offered again.
    Q_UNUSED(change);
    m_changed->show();
}

}  // namespace fd::app
