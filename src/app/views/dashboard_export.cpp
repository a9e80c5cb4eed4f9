#include "views/dashboard_export.h"

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

DashboardExport::DashboardExport(const DashboardModel& model, QTimeZone zone)
    : m_model(model), m_zone(std::move(zone)) {}

QString DashboardExport::write(const QString& path, Format format, const QStringList& filters,
                               QChartView* funnel, QChartView* trend) const {
    const auto typeOf = [](int column) {
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
    };
    std::vector<core::TableColumn> columns;
    for (int c = 0; c < DashboardModel::ColumnCount; ++c) {
        columns.push_back({m_model.headerText(c), typeOf(c)});
    }
    auto writeTable = [&](core::TableWriter& writer) {
        writer.header(columns);
        for (int row = 0; row < m_model.rowCount(); ++row) {
            QVariantList values;
            for (int c = 0; c < DashboardModel::ColumnCount; ++c) {
                const QModelIndex index = m_model.index(row, c);
                if (c == DashboardModel::Group) {
                    values << m_model.data(index).toString();
                    continue;
                }
                const QVariant v = m_model.data(index, DashboardModel::ValueRole);
                if (!v.isValid()) {
                    values << QVariant();
                } else if (typeOf(c) == core::CellType::Money) {
                    values << QVariant::fromValue<qint64>(std::llround(v.value<double>()));
                } else {
                    values << v;
                }
            }
            writer.row(values);
        }
        const core::Status done = writer.finish();
        return done ? QString() : done.error().message();
    };
    if (format == Format::Xlsx) {
        core::XlsxWriter writer(path, tr("Marketing"), m_zone);
        return writeTable(writer);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("The file \"%1\" cannot be written: %2").arg(path, file.errorString());
    }
    if (format == Format::Csv) {
        core::CsvTableWriter writer(file, QLatin1Char(';'), false, m_zone);
        if (const QString error = writeTable(writer); !error.isEmpty()) {
            file.cancelWriting();
            return error;
        }
    } else {
        // A report: the filters and when it was made, both charts, then the table.
        QTextDocument doc;
        auto chartImage = [&](QChartView* view, const QString& name) {
            const QPixmap pixmap = view->grab();
            doc.addResource(QTextDocument::ImageResource, QUrl(name), pixmap.toImage());
            return QStringLiteral("<img src=\"%1\" width=\"375\">").arg(name);
        };
        QString html = QStringLiteral("<h2>%1</h2>").arg(tr("FunnelDesk — marketing report").toHtmlEscaped());
        for (const QString& line : filters) {
            html += QStringLiteral("<p style=\"margin:2px\">%1</p>").arg(line.toHtmlEscaped());
        }
        html += QStringLiteral("<p style=\"margin:2px; color:#666\">%1</p>")
                    .arg(tr("Generated %1")
                             .arg(QLocale().toString(QDateTime::currentDateTime(), dateTimeFormat()))
                             .toHtmlEscaped());
        html += QStringLiteral("<table><tr><td>%1</td><td>%2</td></tr></table>")
                    .arg(chartImage(funnel, QStringLiteral("funnel.png")),
                         chartImage(trend, QStringLiteral("trend.png")));
        // Names and numbers are never broken inside a word: a cell keeps its text on one line
        // and the columns share the page's width by what they hold; headings wrap between words.
        html += QStringLiteral(
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" "
            "style=\"page-break-before: always; border-collapse: collapse; font-size: 7pt\"><tr>");
        for (int c = 0; c < DashboardModel::ColumnCount; ++c) {
            // A heading's words one under another: a column is as wide as its longest word.
            QStringList words =
                m_model.headerText(c).toHtmlEscaped().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            html += QStringLiteral("<th style=\"white-space: nowrap\">%1</th>")
                        .arg(words.join(QStringLiteral("<br>")));
        }
        html += QStringLiteral("</tr>");
        for (int row = 0; row < m_model.rowCount(); ++row) {
            html += QStringLiteral("<tr>");
            for (int c = 0; c < DashboardModel::ColumnCount; ++c) {
                html +=
                    QStringLiteral("<td align=\"%1\" style=\"white-space: nowrap\">%2</td>")
                        .arg(c == DashboardModel::Group ? QStringLiteral("left") : QStringLiteral("right"),
                             m_model.data(m_model.index(row, c)).toString().toHtmlEscaped());
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
        doc.setHtml(html);
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setResolution(150);
        pdf.setTitle(tr("FunnelDesk — marketing report"));
        pdf.setCreator(QStringLiteral("FunnelDesk"));
        // The layout in points (the page's size), scaled to the device when printed.
        doc.setPageSize(pdf.pageLayout().paintRect(QPageLayout::Point).size());
        doc.print(&pdf);
    }
    if (!file.commit()) {
        return tr("The file \"%1\" cannot be written: %2").arg(path, file.errorString());
    }
    return {};
}

}  // namespace fd::app
