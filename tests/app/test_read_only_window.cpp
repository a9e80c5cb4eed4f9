// A database that can only be read, in the window: a banner says why, and what would write is
// disabled with the reason — buttons and their keys alike — while lists and reports work.
#include "app_test_support.h"
#include "dashboard_test_support.h"
#include "test_support.h"

#include "services/demo_generator.h"
#include "services/sign_in.h"
#include "storage/database.h"
#include "storage/migration.h"
#include "views/main_window.h"
#include "views/workspace.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace fd;
using fd::test::Demo;
using fd::test::require;

namespace {

bool waitReady(app::Workspace* ws) {
    for (int i = 0; i < 1000 && !ws->isReady(); ++i) {
        QTest::qWait(10);
    }
    return ws->isReady();
}

qint64 callsIn(core::Database& db) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM call_attempts")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

}  // namespace

TEST_CASE("A database that can only be read opens with a banner, and what writes is disabled with the reason",
          "[app][readonly]") {
    fd::test::Language english{QStringLiteral("en")};
    Demo demo;
    const QString path = demo.db->path();
    demo.db.reset();
    {
        // A later FunnelDesk added what this one may read past.
        std::vector<core::Migration> later = core::standardMigrations();
        later.push_back(core::Migration{
            core::currentSchemaVersion() + 1, "an index",
            [](core::Database& db) {
                db.execute(QStringLiteral("CREATE INDEX later_by_status ON leads(status, created_at)"));
            },
            core::currentSchemaVersion()});
        require(core::Database::open(path, core::OpenMode::Existing, later));
    }
    const QByteArray before = fd::test::fileDigest(path);
    {
        auto db = require(core::Database::open(path, core::OpenMode::Existing));
        REQUIRE(db->writeAccess() == core::WriteAccess::NewerSchema);
        REQUIRE(core::SignIn(*db, demo.clock)
                    .signIn(QStringLiteral("operator1"), QString::fromLatin1(core::kDemoPassword))
                    .ok());
        app::MainWindow window(std::move(db), demo.clock);
        window.show();
        CHECK(window.damageBanner()->isVisible());
        CHECK(window.damageBanner()->text().contains(QStringLiteral("newer FunnelDesk")));

        REQUIRE(window.selectWorkspace(QStringLiteral("operator")));
        app::Workspace* desk = window.currentWorkspace();
        REQUIRE(waitReady(desk));
        int guarded = 0;
        for (QPushButton* b : desk->findChildren<QPushButton*>()) {
            const QString text = b->text();
            if (text.contains(QStringLiteral("No answer")) || text.contains(QStringLiteral("Book")) ||
                text.contains(QStringLiteral("New lead"))) {
                INFO(text.toStdString());
                CHECK_FALSE(b->isEnabled());
                CHECK(b->toolTip().contains(QStringLiteral("newer FunnelDesk")));
                ++guarded;
            }
        }
        CHECK(guarded >= 3);
        // The keys of those buttons do nothing either: no call is logged.
        const qint64 calls = callsIn(window.database());
        QTest::keyClick(desk->keyTarget(), Qt::Key_1);
        QTest::keyClick(desk->keyTarget(), Qt::Key_Insert);
        CHECK(callsIn(window.database()) == calls);

        // File ▸ Import is disabled and says why; the leads list reads as ever.
        bool importFound = false;
        for (QAction* a : window.menuBar()->findChildren<QAction*>()) {
            if (a->text().contains(QStringLiteral("Import"))) {
                importFound = true;
                CHECK_FALSE(a->isEnabled());
                CHECK(a->statusTip().contains(QStringLiteral("newer FunnelDesk")));
            }
        }
        CHECK(importFound);
        for (QAction* a : window.menuBar()->findChildren<QAction*>()) {
            if (a->text().contains(QStringLiteral("password"))) {
                CHECK_FALSE(a->isEnabled());  // a password is saved in the database
            }
        }
        REQUIRE(window.selectWorkspace(QStringLiteral("leads")));
        app::Workspace* leads = window.currentWorkspace();
        CHECK(waitReady(leads));
    }
    CHECK(fd::test::fileDigest(path) == before);
}
