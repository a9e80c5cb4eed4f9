#include "test_support.h"

#include "dialogs/about_dialog.h"
#include "dialogs/guide_window.h"
#include "services/lead_service.h"
#include "views/main_window.h"
#include "views/workspace.h"
#include "widgets.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>

using namespace fd::core;
using fd::test::require;

TEST_CASE("The main window shows built workspaces only and the database in the status bar", "[app][window]") {
    fd::test::World w;
    for (int i = 0; i < 3; ++i) {
        NewLead in;
        in.phone = QStringLiteral("+7912000000%1").arg(i);
        require(LeadService(*w.db, w.clock).createLead(in));
    }
    QSettings().clear();
    fd::app::MainWindow window(require(Database::open(w.path(), OpenMode::Existing)));
    window.show();
    auto* nav = window.findChild<QListWidget*>();
    REQUIRE(nav != nullptr);
    CHECK(nav->count() == fd::app::MainWindow::availableWorkspaces().size());
    CHECK(fd::app::MainWindow::knownWorkspaces().size() == 9);
    CHECK_FALSE(window.selectWorkspace(QStringLiteral("spend")));
    REQUIRE(window.selectWorkspace(QStringLiteral("leads")));

    bool ready = false;
    window.whenReady([&](bool ok, const QString&) { ready = ok; });
    for (int i = 0; i < 200 && !ready; ++i) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    REQUIRE(ready);
    QStringList status;
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
        status << label->text();
    }
    const QString all = status.join(QLatin1Char('|'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("world.sqlite")));
    CHECK(all.contains(QStringLiteral("3 leads")));
    CHECK(all.contains(QStringLiteral("Role:")));
    CHECK(QSettings().value(QStringLiteral("lastWorkspace")).toString() == QStringLiteral("leads"));
    CHECK(QSettings().value(QStringLiteral("recentDatabases")).toStringList().contains(w.path()));
}

TEST_CASE("The About dialog names the version, the schema and the open database", "[app][window]") {
    fd::app::AboutDialog about(QStringLiteral("/data/crm.sqlite"), 2);
    QStringList texts;
    for (QLabel* label : about.findChildren<QLabel*>()) {
        texts << label->text();
    }
    CHECK(texts.contains(QStringLiteral(FD_VERSION)));
    CHECK(texts.contains(QStringLiteral("2")));
    CHECK(texts.contains(QStringLiteral("/data/crm.sqlite")));
    // The application's icon beside the name, from the icon built into the program.
    auto* icon = about.findChild<QLabel*>(QStringLiteral("icon"));
    REQUIRE(icon != nullptr);
    CHECK(icon->pixmap().width() == 64);
}

TEST_CASE("The application's icon is built in at every size the desktop draws it", "[app][window]") {
    const QIcon icon = fd::app::applicationIcon();
    REQUIRE_FALSE(icon.isNull());
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        CAPTURE(size);
        CHECK(icon.availableSizes().contains(QSize(size, size)));
        CHECK(icon.pixmap(size, size).toImage().pixelColor(size / 2, size / 10).alpha() > 0);
    }
}

TEST_CASE("F1 opens the user guide at the part about the current workspace, with its pictures",
          "[app][window][guide]") {
    fd::test::World w;
    QSettings().clear();
    fd::app::MainWindow window(require(Database::open(w.path(), OpenMode::Existing)));
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.selectWorkspace(QStringLiteral("operator")));
    QTest::keyClick(&window, Qt::Key_F1);
    auto* guide = window.findChild<fd::app::GuideWindow*>();
    REQUIRE(guide != nullptr);
    CHECK(guide->isVisible());
    QTextBrowser* browser = guide->browser();
    CHECK(browser->source() == QUrl(QStringLiteral("qrc:/guide/en/guide.html#operator")));
    const QString text = browser->toPlainText();
    CHECK(text.contains(QStringLiteral("Call center")));
    CHECK(text.contains(QStringLiteral("Ctrl+D")));

    // Every part a workspace opens exists in both languages, and every picture is in the program.
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("ru")}) {
        QFile page(QStringLiteral(":/guide/%1/guide.html").arg(lang));
        REQUIRE(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        for (const QString& part : fd::app::GuideWindow::pages()) {
            CAPTURE(lang, part);
            CHECK(html.contains(QStringLiteral("<a name=\"%1\">").arg(part)));
        }
        for (const QString& id : fd::app::MainWindow::availableWorkspaces()) {
            CAPTURE(lang, id);
            CHECK(fd::app::GuideWindow::pages().contains(id));
        }
        static const QRegularExpression img(QStringLiteral("<img src=\"\\.\\./images/([a-z0-9-]+\\.png)\""));
        int pictures = 0;
        for (QRegularExpressionMatchIterator it = img.globalMatch(html); it.hasNext(); ++pictures) {
            const QString name = it.next().captured(1);
            CAPTURE(lang, name);
            CHECK_FALSE(QImage(QStringLiteral(":/guide/images/") + name).isNull());
        }
        CHECK(pictures >= 20);
        CHECK_FALSE(html.contains(QStringLiteral(".md\"")));  // links out of the guide are text
    }

    // In Russian the guide is the Russian one, at the part of the workspace in front.
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    REQUIRE(window.selectWorkspace(QStringLiteral("leads")));
    window.showGuide();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(browser->source() == QUrl(QStringLiteral("qrc:/guide/ru/guide.html#leads")));
    CHECK(browser->toPlainText().contains(QStringLiteral("Список остаётся быстрым")));
    CHECK(window.findChildren<fd::app::GuideWindow*>().size() == 1);  // one guide window, raised again
}
