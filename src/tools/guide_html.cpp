// funneldesk-guide-html: turns the user guide (docs/user-guide/README*.md) into the one HTML page
// the application's Help ▸ User guide shows and the package installs. The Markdown's
// "<!-- page: ID -->" markers become anchors a workspace opens the guide at, a contents list
// leads to them, images point into the images folder beside the language's folder, and links to
// documents outside the guide become plain text. Run by the build; not installed.
//   funneldesk-guide-html IN.md OUT.html LANG

#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextStream>

namespace {

struct Page {
    QString id;
    QString title;
    QString markdown;
};

/// The guide cut at its page markers; what comes before the first is the guide's title.
std::vector<Page> pagesOf(const QString& markdown, QString* title) {
    static const QRegularExpression marker(QStringLiteral("^<!-- page: ([a-z-]+) -->$"),
                                           QRegularExpression::MultilineOption);
    std::vector<Page> pages;
    qsizetype from = 0;
    QString id;
    auto close = [&](qsizetype to) {
        const QString text = markdown.mid(from, to - from);
        if (id.isEmpty()) {
            static const QRegularExpression heading(QStringLiteral("^# (.+)$"),
                                                    QRegularExpression::MultilineOption);
            *title = heading.match(text).captured(1);
            return;
        }
        static const QRegularExpression heading(QStringLiteral("^## (.+)$"),
                                                QRegularExpression::MultilineOption);
        pages.push_back({id, heading.match(text).captured(1), text});
    };
    for (QRegularExpressionMatchIterator it = marker.globalMatch(markdown); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        close(m.capturedStart());
        id = m.captured(1);
        from = m.capturedEnd();
    }
    close(markdown.size());
    return pages;
}

/// Links out of the guide (../metrics.md, ../examples/…) as their text; images from the
/// images folder.
QString localized(QString markdown) {
    static const QRegularExpression outside(QStringLiteral("(?<!!)\\[([^\\]]+)\\]\\(\\.\\./[^)]*\\)"));
    markdown.replace(outside, QStringLiteral("\\1"));
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\(([a-z0-9-]+\\.png)\\)"));
    markdown.replace(image, QStringLiteral("![\\1](../images/\\2)"));
    return markdown;
}

/// The body of the HTML QTextDocument writes for `markdown`, images at a readable width.
QString bodyHtml(const QString& markdown) {
    QTextDocument doc;
    doc.setMarkdown(localized(markdown), QTextDocument::MarkdownDialectGitHub);
    QString html = doc.toHtml();
    const qsizetype open = html.indexOf(QStringLiteral("<body"));
    const qsizetype start = html.indexOf(QLatin1Char('>'), open) + 1;
    const qsizetype end = html.lastIndexOf(QStringLiteral("</body>"));
    html = html.mid(start, end - start);
    static const QRegularExpression img(QStringLiteral("<img src=\"([^\"]+)\"[^>]*/>"));
    html.replace(img, QStringLiteral("<img src=\"\\1\" width=\"720\" />"));
    return html;
}

}  // namespace

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);  // QTextDocument's HTML names fonts
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: funneldesk-guide-html IN.md OUT.html LANG\n";
        return 2;
    }
    QFile in(args[1]);
    if (!in.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "funneldesk-guide-html: cannot read " << args[1] << '\n';
        return 1;
    }
    QString title;
    const std::vector<Page> pages = pagesOf(QString::fromUtf8(in.readAll()), &title);
    if (pages.empty() || title.isEmpty()) {
        QTextStream(stderr) << "funneldesk-guide-html: " << args[1] << " has no title or no page markers\n";
        return 1;
    }
    QString html = QStringLiteral(
                       "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<title>%2</title>\n</head>\n<body>\n<a name=\"contents\"></a><h1>%2</h1>\n<ul>\n")
                       .arg(args[3], title.toHtmlEscaped());
    for (const Page& p : pages) {
        html += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n").arg(p.id, p.title.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>\n");
    for (const Page& p : pages) {
        html += QStringLiteral("<a name=\"%1\"></a>\n").arg(p.id) + bodyHtml(p.markdown) + QLatin1Char('\n');
    }
    html += QStringLiteral("</body>\n</html>\n");
    QFile out(args[2]);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(html.toUtf8()) < 0) {
        QTextStream(stderr) << "funneldesk-guide-html: cannot write " << args[2] << '\n';
        return 1;
    }
    return 0;
}
