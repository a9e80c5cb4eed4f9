#include "views/dashboard_charts.h"

#include "formatting.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace fd::app {

namespace {

QString percentText(double fraction) {
    return QLocale().toString(fraction * 100.0, 'f', 1) + QStringLiteral(" %");
}

QChartView* makeChartView(QWidget* parent) {
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(250);
    return view;
}

/// Takes the chart's series and axes away before it is drawn again.
void clear(QChart* chart) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

}  // namespace

DashboardCharts::DashboardCharts(QWidget* parent) : QSplitter(Qt::Horizontal, parent) {
    m_funnel = makeChartView(this);
    m_trend = makeChartView(this);
    addWidget(m_funnel);
    addWidget(m_trend);
    setStretchFactor(0, 1);
    setStretchFactor(1, 1);
}

void DashboardCharts::showFunnel(const core::FunnelReport& report) {
    QChart* chart = m_funnel->chart();
    clear(chart);
    const core::FunnelGroup& t = report.total;
    // Bars on a linear scale from the leads down, so a bar's length is its count; the site's
    // visitors, tens of times more, are a number in the title instead of a bar that would
    // flatten the rest.
    chart->setTitle(t.money.visitors
                        ? tr("Funnel from %1 visitors to money").arg(formatCount(*t.money.visitors))
                        : tr("Funnel: from leads to money"));
    struct Step {
        QString name;
        qint64 count;
    };
    std::vector<Step> steps;
    const QString stageNames[] = {tr("Leads"),           tr("Contacted"), tr("Booked"), tr("Arrived"),
                                  tr("Target arrivals"), tr("Sales"),     tr("Paid")};
    for (int s = 0; s < core::kStageCount; ++s) {
        steps.push_back({stageNames[s], t.stages[static_cast<std::size_t>(s)]});
    }
    auto* set = new QBarSet(tr("Count"));
    set->setColor(QColor(0x2e, 0x7d, 0x32));
    QStringList categories;
    for (std::size_t i = steps.size(); i-- > 0;) {
        *set << static_cast<qreal>(steps[i].count);
        QString category = steps[i].name + QStringLiteral(": ") + formatCount(steps[i].count);
        const std::optional<qint64> before =
            i > 0 ? std::optional<qint64>(steps[i - 1].count) : t.money.visitors;
        if (before && *before > 0) {
            category += QStringLiteral(" · ") +
                        percentText(static_cast<double>(steps[i].count) / static_cast<double>(*before));
        }
        categories << category;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    QFont small = axisY->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    axisY->setLabelsFont(small);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setMin(0);
    axisX->setMax(static_cast<double>(std::max<qint64>(steps.front().count, 5)));
    axisX->applyNiceNumbers();
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->hide();
}

void DashboardCharts::showTrend(const core::FunnelReport& trend, TrendLine line, const QString& lineName) {
    QChart* chart = m_trend->chart();
    clear(chart);
    chart->setTitle(tr("By week"));
    auto* leads = new QBarSet(tr("Leads"));
    auto* target = new QBarSet(tr("Target arrivals"));
    auto* sales = new QBarSet(tr("Sales"));
    leads->setColor(QColor(0x90, 0xca, 0xf9));
    target->setColor(QColor(0x2e, 0x7d, 0x32));
    sales->setColor(QColor(0xef, 0x6c, 0x00));
    auto* cost = new QLineSeries;
    cost->setName(lineName);
    cost->setColor(QColor(0x6a, 0x1b, 0x9a));
    QStringList weeks;
    double maxCost = 0;
    double minCost = 0;
    qint64 maxBar = 0;
    int index = 0;
    for (const core::FunnelGroup& g : trend.groups) {
        *leads << static_cast<qreal>(g.stages[0]);
        *target << static_cast<qreal>(g.stages[4]);
        *sales << static_cast<qreal>(g.stages[5]);
        maxBar = std::max(maxBar, g.stages[0]);
        const QDate monday = QDate::fromString(g.label, Qt::ISODate);
        weeks << (monday.isValid() ? QLocale().toString(monday, dayMonthFormat()) : g.label) +
                     (g.maturing ? QStringLiteral("*") : QString());
        // Rubles for the costs (kept in kopecks), per cent for ROMI.
        const std::optional<double> raw = line == TrendLine::Cpl             ? g.money.cpl
                                          : line == TrendLine::CostPerTarget ? g.money.costPerTarget
                                                                             : g.money.romi;
        const std::optional<double> v =
            raw ? std::optional<double>(*raw * (line == TrendLine::Romi ? 100.0 : 0.01)) : std::nullopt;
        if (v) {
            cost->append(index, *v);
            maxCost = std::max(maxCost, *v);
            minCost = std::min(minCost, *v);
        }
        ++index;
    }
    auto* bars = new QBarSeries;
    bars->append(leads);
    bars->append(target);
    bars->append(sales);
    chart->addSeries(bars);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(weeks);
    chart->addAxis(axisX, Qt::AlignBottom);
    bars->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("leads, arrivals, sales"));
    chart->addAxis(axisY, Qt::AlignLeft);
    bars->attachAxis(axisY);
    // An empty period still gets a scale: a range of nothing is no range at all.
    axisY->setRange(0, static_cast<double>(std::max<qint64>(maxBar, 5)));
    axisY->applyNiceNumbers();
    if (cost->count() > 0) {
        chart->addSeries(cost);
        cost->attachAxis(axisX);
        auto* axisCost = new QValueAxis;
        axisCost->setLabelFormat(QStringLiteral("%.0f"));
        axisCost->setRange(minCost * 1.1, std::max(maxCost * 1.1, minCost * 1.1 + 1.0));
        axisCost->setTitleText(line == TrendLine::Romi            ? tr("ROMI, %")
                               : line == TrendLine::CostPerTarget ? tr("cost per target arrival, ₽")
                                                                  : tr("CPL, ₽"));
        chart->addAxis(axisCost, Qt::AlignRight);
        cost->attachAxis(axisCost);
    } else {
        delete cost;
    }
    chart->legend()->show();
}

}  // namespace fd::app
