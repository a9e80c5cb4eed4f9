#pragma once

#include <QString>

class QAbstractItemModel;
class QIODevice;
class QTextDocument;

namespace fd::app {

/// A table model as an HTML table for a printed report: the texts shown on screen, headings
/// wrapped between words, the first `leftColumns` columns aligned left and the rest right, a
/// bold row (a total) bold; on a new page when asked.
enum class PageBreak { None, Before };
QString modelTableHtml(const QAbstractItemModel& model, int leftColumns,
                       PageBreak pageBreak = PageBreak::None);

/// An HTML document printed as a landscape A4 PDF into `device`; `doc` holds the images the
/// HTML names, when it has any.
void printHtmlPdf(QIODevice& device, const QString& title, const QString& html, QTextDocument* doc = nullptr);

}  // namespace fd::app
