#include "views/health_workspace.h"

#include "dialogs/drill_down_dialog.h"
#include "dialogs/spend_dialog.h"
#include "flow_layout.h"
#include "formatting.h"
#include "kpi/kpi_model.h"
#include "services/data_health.h"
#include "widgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace fd::app {

namespace {

enum Preset { ThisWeek, ThisMonth, LastMonth, Last90Days, OwnDates };

constexpr int kKindRole = Qt::UserRole;
constexpr int kGroupRole = Qt::UserRole + 1;  ///< the group's index in the report; -1 for a kind's row

}  // namespace

HealthWorkspace::HealthWorkspace(core::Database& db, core::Clock clock, QWidget* parent)
    : Workspace(parent), m_db(db), m_clock(std::move(clock)) {
    m_worker = new HealthWorker(m_clock);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &HealthWorkspace::computeRequested, m_worker, &HealthWorker::compute);
    connect(m_worker, &HealthWorker::computed, this, &HealthWorkspace::onComputed);
    connect(m_worker, &HealthWorker::failed, this, &HealthWorkspace::onFailed);
    m_thread.setObjectName(QStringLiteral("health"));
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path = db.path(), actor = db.actor()] { worker->open(path, actor); },
        Qt::QueuedConnection);
    auto* layout = new QVBoxLayout(this);
    auto* filters = new FlowLayout;
    m_period = new QComboBox(this);
    m_period->addItems(
        {tr("This week"), tr("This month"), tr("Last month"), tr("Last 90 days"), tr("Own dates")});
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(dateFormat());
    }
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    filters->addWidget(periodLabel);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("—"), this));
    filters->addWidget(m_to);
    m_summary = new QLabel(this);
    filters->addWidget(m_summary);
    layout->addLayout(filters);

    m_gaps = new QTreeWidget(this);
    m_gaps->setHeaderLabels({tr("What is missing, and who fixes it"), tr("Count"), QString()});
    m_gaps->setRootIsDecorated(true);
    m_gaps->setUniformRowHeights(true);
    m_gaps->header()->setStretchLastSection(true);
    m_gaps->setToolTip(tr("Enter or a double click opens the records behind a row"));
    m_impact = new QTreeWidget(this);
    m_impact->setRootIsDecorated(false);
    m_impact->setHeaderLabels({tr("Person"), tr("KPI"), tr("As marked"), tr("With the gaps filled"),
                               tr("Plan"), tr("Bonus as marked"), tr("Bonus could be"), tr("Note")});
    m_impact->header()->setStretchLastSection(true);
    m_impactTitle = new QLabel(this);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_impactTitle);
    lowerLayout->addWidget(m_impact, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_gaps);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_fix = new QPushButton(this);
    m_fix->setVisible(false);
    m_office = new QPushButton(tr("Open in the &office"), this);
    m_office->setVisible(false);
    connect(m_office, &QPushButton::clicked, this, &HealthWorkspace::openInOfficeCurrent);
    auto* fixes = new QHBoxLayout;
    fixes->addWidget(m_office);
    fixes->addWidget(m_fix);
    fixes->addStretch(1);
    layout->addLayout(fixes);
    m_error = makeErrorLabel(this, true);
    layout->addWidget(m_error);
    connect(m_fix, &QPushButton::clicked, this, [this] {
        if (const QString problem = fixCurrent(); !problem.isEmpty()) {
            m_error->setText(problem);
            m_error->show();
        }
    });
    connect(m_gaps, &QTreeWidget::currentItemChanged, this, &HealthWorkspace::updateFix);

    connect(m_period, &QComboBox::currentIndexChanged, this, &HealthWorkspace::applyPreset);
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_period->currentIndex() == OwnDates) {
            reload();
        }
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_period->currentIndex() == OwnDates) {
            reload();
        }
    });
    connect(m_gaps, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { openRecords(item); });
    new QShortcut(QKeySequence::Refresh, this, this, &HealthWorkspace::reload);
    m_period->setCurrentIndex(ThisMonth);
}

HealthWorkspace::~HealthWorkspace() {
    m_thread.quit();
    m_thread.wait();
}

QString HealthWorkspace::title() const {
    return tr("Data health");
}

QWidget* HealthWorkspace::keyTarget() {
    return m_gaps;
}

void HealthWorkspace::dataChanged(const core::DataChange&) {
    rereadSoon([this] { reload(); });
}

void HealthWorkspace::showEvent(QShowEvent* event) {
    Workspace::showEvent(event);
    if (m_stale) {
        QTimer::singleShot(0, this, &HealthWorkspace::reload);
    }
}

void HealthWorkspace::applyPreset(int preset) {
    const QDate today = QDateTime::fromSecsSinceEpoch(m_clock()).date();
    const bool own = preset == OwnDates;
    m_from->setEnabled(own);
    m_to->setEnabled(own);
    if (own) {
        reload();
        return;
    }
    const QDate monthStart(today.year(), today.month(), 1);
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    switch (static_cast<Preset>(preset)) {
        case ThisWeek:
            m_from->setDate(today.addDays(1 - today.dayOfWeek()));
            m_to->setDate(today);
            break;
        case ThisMonth:
            m_from->setDate(monthStart);
            m_to->setDate(today);
            break;
        case LastMonth:
            m_from->setDate(monthStart.addMonths(-1));
            m_to->setDate(monthStart.addDays(-1));
            break;
        case Last90Days:
            m_from->setDate(today.addDays(-89));
            m_to->setDate(today);
            break;
        case OwnDates:
            break;
    }
    reload();
}

void HealthWorkspace::setPeriod(QDate from, QDate to) {
    {
        const QSignalBlocker block(m_period);
        m_period->setCurrentIndex(OwnDates);
    }
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setEnabled(true);
    m_to->setEnabled(true);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void HealthWorkspace::reload() {
    m_ready = false;
    // A workspace nobody opened reads nothing (on a server: makes no connection).
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QDate month(m_to->date().year(), m_to->date().month(), 1);
    m_summary->setText(tr("Reading…"));
    // The month the period ends in: its KPIs and bonuses.
    Q_EMIT computeRequested(++m_generation, m_from->date(), m_to->date().addDays(1), month);
}

void HealthWorkspace::onFailed(int generation, const QString& message) {
    if (generation != m_generation) {
        return;  // a period since replaced
    }
    m_error->setText(message);
    m_error->show();
    m_report = {};
    fillGaps();
    fillImpact({});
    m_ready = true;
    Q_EMIT ready();
}

void HealthWorkspace::onComputed(int generation, const core::HealthReport& report,
                                 const core::HealthImpact& impact) {
    if (generation != m_generation) {
        return;
    }
    m_error->hide();
    m_report = report;
    fillGaps();
    fillImpact(impact);
    const QDate month = QDate::fromString(impact.month + QStringLiteral("-01"), Qt::ISODate);
    m_impactTitle->setText(month.isValid() ? tr("<b>What the gaps do to the numbers of %1</b>")
                                                 .arg(QLocale().standaloneMonthName(month.month()) +
                                                      QLatin1Char(' ') + QString::number(month.year()))
                                           : QString());
    updateFix();
    m_ready = true;
    Q_EMIT ready();
}

void HealthWorkspace::fillGaps() {
    m_gaps->clear();
    int total = 0;
    QFont bold = m_gaps->font();
    bold.setBold(true);
    for (int k = 0; k < core::kGapKindCount; ++k) {
        const auto kind = static_cast<core::GapKind>(k);
        const int count = m_report.count(kind);
        total += count;
        auto* top = new QTreeWidgetItem(m_gaps, {core::DataHealth::kindText(kind), formatCount(count)});
        top->setData(0, kKindRole, k);
        top->setData(0, kGroupRole, -1);
        top->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (count == 0) {
            for (int c = 0; c < 2; ++c) {
                top->setForeground(c, QColor(0x88, 0x88, 0x88));
            }
            continue;
        }
        for (int c = 0; c < 2; ++c) {
            top->setFont(c, bold);
        }
        for (std::size_t g = 0; g < m_report.groups.size(); ++g) {
            const core::GapGroup& group = m_report.groups[g];
            if (group.kind != kind) {
                continue;
            }
            auto* row = new QTreeWidgetItem(
                top, {core::DataHealth::ownerText(group.owner), formatCount(group.count())});
            row->setData(0, kKindRole, k);
            row->setData(0, kGroupRole, static_cast<int>(g));
            row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
        top->setExpanded(true);
    }
    m_gaps->resizeColumnToContents(0);
    m_gaps->setColumnWidth(0, m_gaps->columnWidth(0) + 24);
    m_gaps->resizeColumnToContents(1);
    m_summary->setText(total == 0 ? tr("<span style='color:#2e7d32'>No gaps: the period's numbers stand on "
                                       "complete marks</span>")
                                  : tr("<b>%n gap(s) to fix</b>", nullptr, total));
}

void HealthWorkspace::fillImpact(const core::HealthImpact& impact) {
    m_impact->clear();
    for (const core::KpiRange& r : impact.kpis) {
        QStringList cells{r.name,
                          KpiModel::kpiName(r.kpi),
                          formatCount(static_cast<qint64>(r.low)),
                          tr("up to %1").arg(formatCount(static_cast<qint64>(r.high))),
                          r.plan ? formatCount(static_cast<qint64>(*r.plan)) : QString(),
                          QString(),
                          QString(),
                          tr("%n record(s) unmarked", nullptr, r.gaps)};
        for (const core::BonusRange& b : impact.bonuses) {
            if (b.employeeId == r.employeeId) {
                cells[5] = formatMoney(b.low);
                cells[6] = formatMoney(b.high);
                if (b.crossesStep && b.stepKpi == r.kpi) {
                    cells[7] =
                        tr("⚠ a step of the bonus scheme lies in this range: the missing marks decide it");
                }
            }
        }
        auto* item = new QTreeWidgetItem(m_impact, cells);
        item->setToolTip(7, cells[7]);
        if (cells[7].startsWith(QStringLiteral("⚠"))) {
            for (int c = 0; c < cells.size(); ++c) {
                item->setForeground(c, QColor(0xb0, 0x4a, 0x00));
            }
        }
    }
    if (impact.kpis.empty()) {
        new QTreeWidgetItem(m_impact, {tr("The gaps move no KPI of the month")});
    }
    for (int c = 0; c < m_impact->columnCount() - 1; ++c) {
        m_impact->resizeColumnToContents(c);
    }
}

void HealthWorkspace::openRecords(QTreeWidgetItem* item) {
    if (!item) {
        return;
    }
    m_gaps->setCurrentItem(item);
    core::GapKind kind = core::GapKind::UnmarkedMeeting;
    const std::vector<const core::GapGroup*> groups = currentGroups(&kind);
    const int group = item->data(0, kGroupRole).toInt();
    std::set<core::Id> leads;
    QDate day;
    for (const core::GapGroup* g : groups) {
        for (const core::GapRecord& r : g->records) {
            if (r.leadId) {
                leads.insert(*r.leadId);
            } else if (!r.day.isEmpty() && !day.isValid()) {
                day = QDate::fromString(r.day, Qt::ISODate);
            }
        }
    }
    if (!leads.empty()) {
        const QString who = group >= 0 ? item->text(0) : QString();
        DrillDownDialog(m_db,
                        who.isEmpty() ? core::DataHealth::kindText(kind)
                                      : tr("%1 — %2").arg(core::DataHealth::kindText(kind), who),
                        {leads.begin(), leads.end()}, this)
            .exec();
        return;
    }
    if (day.isValid()) {
        // A day's spend or visitors: fixed in the spend grid of its month.
        SpendDialog dialog(m_db, QDate(day.year(), day.month(), 1), this);
        dialog.exec();
        reload();
    }
}

}  // namespace fd::app
