#include "views/report_html.h"

#include <QAbstractItemModel>
#include <QFont>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace fd::app {

QString modelTableHtml(const QAbstractItemModel& model, int leftColumns, PageBreak pageBreak) {
    // Names and numbers are never broken inside a word: a cell keeps its text on one line and the
    // columns share the page's width by what they hold; headings wrap between words.
    QString html =
        QStringLiteral(
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" "
            "style=\"%1border-collapse: collapse; font-size: 7pt\"><tr>")
            .arg(pageBreak == PageBreak::Before ? QStringLiteral("page-break-before: always; ") : QString());
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (int c = 0; c < model.columnCount(); ++c) {
        // A short heading's words one under another: a column is as wide as its longest word; a
        // longer one on the lines the screen shows it on.
        const QString heading =
            model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().toHtmlEscaped();
        const QStringList words = heading.split(space, Qt::SkipEmptyParts);
        html +=
            QStringLiteral("<th style=\"white-space: nowrap\">%1</th>")
                .arg(words.size() <= 3 ? words.join(QStringLiteral("<br>"))
                                       : QString(heading).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    html += QStringLiteral("</tr>");
    for (int row = 0; row < model.rowCount(); ++row) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(row, c);
            QString text = index.data().toString().toHtmlEscaped();
            if (index.data(Qt::FontRole).value<QFont>().bold()) {
                text = QStringLiteral("<b>%1</b>").arg(text);
            }
            // The model's own alignment where it has one; a long text (an explanation) wraps.
            const QVariant align = index.data(Qt::TextAlignmentRole);
            const bool left = align.isValid() ? (align.toInt() & Qt::AlignLeft) != 0 : c < leftColumns;
            html += QStringLiteral("<td align=\"%1\"%2>%3</td>")
                        .arg(left ? QStringLiteral("left") : QStringLiteral("right"),
                             text.size() > 60 ? QString() : QStringLiteral(" style=\"white-space: nowrap\""),
                             text);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

void printHtmlPdf(QIODevice& device, const QString& title, const QString& html, QTextDocument* images) {
    QTextDocument own;
    QTextDocument& doc = images ? *images : own;
    doc.setHtml(html);
    QPdfWriter pdf(&device);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(150);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("FunnelDesk"));
    // The layout in points (the page's size), scaled to the device when printed.
    doc.setPageSize(pdf.pageLayout().paintRect(QPageLayout::Point).size());
    doc.print(&pdf);
}

}  // namespace fd::app
