#pragma once

#include "funnel/funnel_report.h"

#include <QSplitter>

class QChartView;

namespace fd::app {

/// The line drawn over the weekly bars.
enum class TrendLine { Cpl, CostPerTarget, Romi };

/// The dashboard's two charts side by side: the funnel of the period from leads (or visitors)
/// to money, and the leads, target arrivals and sales by week with a cost line.
class DashboardCharts final : public QSplitter {
    Q_OBJECT

public:
    explicit DashboardCharts(QWidget* parent = nullptr);

    void showFunnel(const core::FunnelReport& report);
    /// `lineName` names the line in the legend.
    void showTrend(const core::FunnelReport& trend, TrendLine line, const QString& lineName);

    QChartView* funnelView() const { return m_funnel; }
    QChartView* trendView() const { return m_trend; }

private:
    QChartView* m_funnel = nullptr;
    QChartView* m_trend = nullptr;
};

}  // namespace fd::app
