#include "test_support.h"

#include "dialogs/about_dialog.h"
#include "services/lead_service.h"
#include "views/main_window.h"
#include "views/workspace.h"
#include "widgets.h"

#include <QApplication>
#include <QEventLoop>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

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
    CHECK(fd::app::MainWindow::knownWorkspaces().size() == 8);
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
