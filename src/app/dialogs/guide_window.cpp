#include "dialogs/guide_window.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fd::app {

GuideWindow::GuideWindow(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("FunnelDesk user guide"));
    setModal(false);
    resize(900, 700);
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    auto* back = new QPushButton(tr("◀ &Back"), this);
    auto* contents = new QPushButton(tr("&Contents"), this);
    auto* forward = new QPushButton(tr("&Forward ▶"), this);
    back->setShortcut(QKeySequence::Back);
    forward->setShortcut(QKeySequence::Forward);
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QPushButton::clicked, m_browser, &QTextBrowser::forward);
    connect(contents, &QPushButton::clicked, this, [this] { showPage(QStringLiteral("contents")); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QPushButton::setEnabled);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addWidget(contents);
    buttons->addWidget(forward);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_browser, 1);
}

QStringList GuideWindow::pages() {
    return {QStringLiteral("start"),  QStringLiteral("leads"),     QStringLiteral("operator"),
            QStringLiteral("office"), QStringLiteral("dashboard"), QStringLiteral("import"),
            QStringLiteral("kpi"),    QStringLiteral("health"),    QStringLiteral("settings"),
            QStringLiteral("audit"),  QStringLiteral("data")};
}

QUrl GuideWindow::pageUrl(const QString& lang, const QString& page) {
    QUrl url(QStringLiteral("qrc:/guide/%1/guide.html").arg(lang));
    url.setFragment(pages().contains(page) ? page : QStringLiteral("contents"));
    return url;
}

QString GuideWindow::language() {
    return QLocale().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

void GuideWindow::showPage(const QString& page) {
    m_browser->setSource(pageUrl(language(), page));
}

}  // namespace fd::app
