#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace fd::app {

/// Help ▸ User guide (F1): the guide built into the application, in the interface's language,
/// opened at the part about the workspace in front of the user. A window of its own, beside the
/// main window, so the user reads and works at once.
class GuideWindow final : public QDialog {
    Q_OBJECT

public:
    explicit GuideWindow(QWidget* parent = nullptr);

    /// Shows the part `page` is about (a workspace's id, "import" or "data"); the contents for
    /// a page the guide has no part for.
    void showPage(const QString& page);
    QTextBrowser* browser() const { return m_browser; }

    /// The guide's parts, by the id of the workspace (or subject) each is about.
    static QStringList pages();
    /// Where the guide in `language` ("ru" or "en") shows `page`.
    static QUrl pageUrl(const QString& language, const QString& page);
    /// The guide's language for the interface's: Russian for Russian, English for the rest.
    static QString language();

private:
    QTextBrowser* m_browser = nullptr;
};

}  // namespace fd::app
