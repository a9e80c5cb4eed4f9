#include "views/dashboard_export.h"

#include "views/report_html.h"

#include "formatting.h"
#include "io/csv_writer.h"
#include "io/table_writer.h"
#include "io/xlsx_writer.h"
#include "models/dashboard_model.h"

#include <QChartView>
#include <QDateTime>
#include <QLocale>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

namespace fd::app {

namespace {

core::CellType cellType(int column) {
    switch (column) {
        case DashboardModel::Group:
            return core::CellType::Text;
        case DashboardModel::VisitorToLead:
        case DashboardModel::TargetShare:
        case DashboardModel::Romi:
            return core::CellType::Percent;
        case DashboardModel::Spend:
        case DashboardModel::Cpl:
        case DashboardModel::CostPerTarget:
        case DashboardModel::Revenue:
        case DashboardModel::Cac:
            return core::CellType::Money;
        default:
            return core::CellType::Integer;
    }
}

/// The table as typed values; returns the error, empty on success.
QString writeTable(const DashboardModel& model, core::TableWriter& writer) {
    std::vector<core::TableColumn> columns;
    for (int c = 0; c < DashboardModel::ColumnCount; ++c) {
        columns.push_back({model.headerText(c), cellType(c)});
    }
    writer.header(columns);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVariantList values;
        for (int c = 0; c < DashboardModel::ColumnCount; ++c) {
            const QModelIndex index = model.index(row, c);
            if (c == DashboardModel::Group) {
                values << model.data(index).toString();
                continue;
            }
            const QVariant v = model.data(index, DashboardModel::ValueRole);
            if (!v.isValid()) {
                values << QVariant();
            } else if (cellType(c) == core::CellType::Money) {
                values << QVariant::fromValue<qint64>(std::llround(v.value<double>()));
            } else {
                values << v;
            }
        }
        writer.row(values);
    }
    const core::Status done = writer.finish();
    return done ? QString() : done.error().message();
}

/// Puts the chart's picture in `doc` under `name`; returns the tag that shows it.
QString chartImage(QTextDocument& doc, QChartView* view, const QString& name) {
    const QPixmap pixmap = view->grab();
    doc.addResource(QTextDocument::ImageResource, QUrl(name), pixmap.toImage());
    return QStringLiteral("<img src=\"%1\" width=\"375\">").arg(name);
}

}  // namespace

DashboardExport::DashboardExport(const DashboardModel& model, QTimeZone zone)
    : m_model(model), m_zone(std::move(zone)) {}

QString DashboardExport::write(const QString& path, Format format, const QStringList& filters,
                               QChartView* funnel, QChartView* trend) const {
    if (format == Format::Xlsx) {
        core::XlsxWriter writer(path, tr("Marketing"), m_zone);
        return writeTable(m_model, writer);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("The file \"%1\" cannot be written: %2").arg(path, file.errorString());
    }
    if (format == Format::Csv) {
        core::CsvTableWriter writer(file, QLatin1Char(';'), false, m_zone);
        if (const QString error = writeTable(m_model, writer); !error.isEmpty()) {
            file.cancelWriting();
            return error;
        }
    } else {
        writeReport(file, filters, funnel, trend);
    }
    if (!file.commit()) {
        return tr("The file \"%1\" cannot be written: %2").arg(path, file.errorString());
    }
    return {};
}

void DashboardExport::writeReport(QIODevice& device, const QStringList& filters, QChartView* funnel,
                                  QChartView* trend) const {
    // A report: the filters and when it was made, both charts, then the table on a page of its own.
    QTextDocument doc;
    const QString html =
        reportHeadHtml(doc, filters, funnel, trend) + modelTableHtml(m_model, 1, PageBreak::Before);
    printHtmlPdf(device, tr("FunnelDesk — marketing report"), html, &doc);
}

QString DashboardExport::reportHeadHtml(QTextDocument& doc, const QStringList& filters, QChartView* funnel,
                                        QChartView* trend) {
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("FunnelDesk — marketing report").toHtmlEscaped());
    for (const QString& line : filters) {
        html += QStringLiteral("<p style=\"margin:2px\">%1</p>").arg(line.toHtmlEscaped());
    }
    html += QStringLiteral("<p style=\"margin:2px; color:#666\">%1</p>")
                .arg(tr("Generated %1")
                         .arg(QLocale().toString(QDateTime::currentDateTime(), dateTimeFormat()))
                         .toHtmlEscaped());
    html += QStringLiteral("<table><tr><td>%1</td><td>%2</td></tr></table>")
                .arg(chartImage(doc, funnel, QStringLiteral("funnel.png")),
                     chartImage(doc, trend, QStringLiteral("trend.png")));
    return html;
}

}  // namespace fd::app
