#include "test_support.h"

#include "dialogs/about_dialog.h"
#include "services/lead_service.h"
#include "views/main_window.h"
#include "views/workspace.h"

#include <QApplication>
#include <QEventLoop>
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
}
