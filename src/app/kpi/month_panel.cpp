#include "kpi/month_panel.h"

#include "formatting.h"
#include "kpi/kpi_model.h"
#include "kpi/kpi_worker.h"

#include <QDateTime>

namespace fd::app {

MonthPanel::MonthPanel(core::Database& db, core::Clock clock, QWidget* parent)
    : QLabel(parent), m_clock(std::move(clock)) {
    setTextFormat(Qt::RichText);
    setStyleSheet(
        QStringLiteral("QLabel { background: #eef4fb; border: 1px solid #c8d8ea; padding: 3px 8px; }"));
    hide();
    auto* worker = new KpiWorker(m_clock);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &MonthPanel::computeRequested, worker, &KpiWorker::compute);
    connect(worker, &KpiWorker::computed, this, &MonthPanel::onComputed);
    connect(worker, &KpiWorker::failed, this,
            [this](int generation, const QString&) { onFailed(generation); });
    m_later.setSingleShot(true);
    connect(&m_later, &QTimer::timeout, this, [this] {
        if (m_employee) {
            showFor(m_employee);
        }
    });
    m_thread.setObjectName(QStringLiteral("month"));
    m_thread.start();
    QMetaObject::invokeMethod(
        worker, [worker, path = db.path(), actor = db.actor()] { worker->open(path, actor); },
        Qt::QueuedConnection);
}

MonthPanel::~MonthPanel() {
    m_thread.quit();
    m_thread.wait();
}

void MonthPanel::showFor(core::OptId employeeId) {
    if (employeeId != m_employee) {
        m_employee = employeeId;
        m_ready = !employeeId;  // another person: not shown until computed
        ++m_generation;         // what is on its way is someone else's
        m_pending = false;
        m_again = false;
        m_later.stop();
        m_lastRequest.invalidate();
    }
    if (!employeeId) {
        hide();
        return;
    }
    if (m_lastRequest.isValid() && m_lastRequest.elapsed() < kRefreshMs) {
        if (!m_later.isActive()) {
            m_later.start(static_cast<int>(kRefreshMs - m_lastRequest.elapsed()));
        }
        return;
    }
    if (m_pending) {
        m_again = true;  // the data changed again: once more when the worker answers
        return;
    }
    request();
}

void MonthPanel::request() {
    m_pending = true;
    m_lastRequest.start();
    Q_EMIT computeRequested(++m_generation, QDateTime::fromSecsSinceEpoch(m_clock()).date());
}

void MonthPanel::onFailed(int generation) {
    if (generation != m_generation) {
        return;
    }
    m_pending = false;
    m_ready = true;
    hide();
    Q_EMIT ready();
}

void MonthPanel::onComputed(int generation, const core::Payroll& payroll) {
    if (generation != m_generation || !m_employee) {
        return;  // someone else's
    }
    m_pending = false;
    m_ready = true;
    if (m_again) {
        m_again = false;
        request();
    }
    const QDate today = QDateTime::fromSecsSinceEpoch(m_clock()).date();
    const core::PersonMonth* me = nullptr;
    for (const core::PersonMonth& p : payroll.people) {
        me = p.employeeId == *m_employee ? &p : me;
    }
    if (!me) {
        hide();
        Q_EMIT ready();
        return;
    }
    using core::Kpi;
    const Kpi main = me->role == core::Role::OfficeManager ? Kpi::Sales : Kpi::TargetArrivals;
    const Kpi quality = me->role == core::Role::OfficeManager ? Kpi::CloseRate : Kpi::ShowUp;
    auto figure = [&](Kpi kpi) {
        const auto it = me->figures.find(kpi);
        return it != me->figures.end() ? it->second : core::KpiFigure{};
    };
    const core::KpiFigure done = figure(main);
    QString progress = KpiModel::kpiName(main) + QStringLiteral(": <b>") +
                       KpiModel::kpiText(main, done.fact) + QStringLiteral("</b>");
    if (done.plan) {
        progress += tr(" of %1 planned (%2 %)")
                        .arg(KpiModel::kpiText(main, done.plan),
                             QLocale().toString(done.completion().value_or(0) * 100.0, 'f', 0));
    }
    QString text = tr("%1 so far — %2 · %3: %4 · bonus so far: <b>%5</b>")
                       .arg(capitalized(QLocale().standaloneMonthName(today.month())), progress,
                            KpiModel::kpiName(quality), KpiModel::kpiText(quality, figure(quality).fact),
                            formatMoney(me->toPay()));
    QString tip =
        tr("From the same numbers as the KPI workspace; target arrivals and sales count this month's "
           "events, the rates this month's leads.");
    if (done.forecast) {
        text +=
            tr(" · forecast: %1, bonus %2")
                .arg(KpiModel::forecastText(main, *done.forecast),
                     me->bonusForecast ? formatMoney(*me->bonusForecast / 100 * 100) : QStringLiteral("—"));
        tip += QStringLiteral("\n") + KpiModel::forecastHow(main, *done.forecast);
    }
    setText(text);
    setToolTip(tip);
    show();
    Q_EMIT ready();
}

}  // namespace fd::app
