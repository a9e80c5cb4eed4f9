#include "kpi/month_panel.h"

#include "formatting.h"
#include "kpi/kpi_model.h"
#include "services/payroll_service.h"

#include <QDateTime>

namespace fd::app {

MonthPanel::MonthPanel(core::Database& db, core::Clock clock, QWidget* parent)
    : QLabel(parent), m_db(db), m_clock(std::move(clock)) {
    setTextFormat(Qt::RichText);
    setStyleSheet(
        QStringLiteral("QLabel { background: #eef4fb; border: 1px solid #c8d8ea; padding: 3px 8px; }"));
    hide();
}

void MonthPanel::showFor(core::OptId employeeId) {
    if (!employeeId) {
        hide();
        return;
    }
    const QDate today = QDateTime::fromSecsSinceEpoch(m_clock()).date();
    const core::Result<core::Payroll> payroll = core::PayrollService(m_db, m_clock).payroll(today);
    const core::PersonMonth* me = nullptr;
    if (payroll) {
        for (const core::PersonMonth& p : payroll->people) {
            me = p.employeeId == *employeeId ? &p : me;
        }
    }
    if (!me) {
        hide();
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
}

}  // namespace fd::app
