#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTimeZone>

class QChartView;
class QIODevice;
class QTextDocument;

namespace fd::app {

class DashboardModel;

/// The dashboard as a file: the table as XLSX (numbers, money and percentages typed) or CSV,
/// or a PDF report with the filters, the time it was made, both charts and the table.
class DashboardExport final {
    Q_DECLARE_TR_FUNCTIONS(fd::app::DashboardExport)

public:
    enum class Format { Xlsx, Csv, Pdf };

    /// Times in the table are written in `zone`, the company's reporting time zone.
    DashboardExport(const DashboardModel& model, QTimeZone zone);

    /// Writes the file whole or not at all; returns the error, empty on success. `filters`
    /// describe the view (the report's first lines); the charts are drawn as they are shown.
    QString write(const QString& path, Format format, const QStringList& filters, QChartView* funnel,
                  QChartView* trend) const;

private:
    /// The PDF report into `device`.
    void writeReport(QIODevice& device, const QStringList& filters, QChartView* funnel,
                     QChartView* trend) const;
    /// The report's title, filters, time made and charts (their images put in `doc`).
    static QString reportHeadHtml(QTextDocument& doc, const QStringList& filters, QChartView* funnel,
                                  QChartView* trend);

    const DashboardModel& m_model;
    QTimeZone m_zone;
};

}  // namespace fd::app
