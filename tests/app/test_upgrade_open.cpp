// Opening a database file of an older schema: the upgrade (which first checks the whole file, minutes
// for millions of leads) runs on a thread of its own while the application keeps answering.

#include "test_support.h"

#include "database_opener.h"
#include "storage/database.h"
#include "storage/lead_list_store.h"
#include "storage/migration.h"

#include <QFileInfo>
#include <QTimer>

using namespace fd::core;

TEST_CASE("A file of an older schema is upgraded on opening while the application keeps answering",
          "[app][upgrade]") {
    QTemporaryDir dir;
    QString path;
    {
        auto db = fd::test::demoDatabase(dir, 20000, 6);
        path = db->path();
    }
    // Larger than what opening checks in full: the upgrade's own check of the whole file is the slow part.
    REQUIRE(QFileInfo(path).size() > Database::kFullCheckBytes);
    // The file as the previous FunnelDesk left it: schema version 10, without the list's chunks.
    fd::test::rawExec(path,
                      {QStringLiteral("DROP TRIGGER lead_list_lead_insert"),
                       QStringLiteral("DROP TRIGGER lead_list_lead_delete"),
                       QStringLiteral("DROP TRIGGER lead_list_lead_update"),
                       QStringLiteral("DROP TRIGGER lead_list_contact_update"),
                       QStringLiteral("DROP TABLE lead_list"), QStringLiteral("PRAGMA user_version = 10")});
    REQUIRE(Database::upgradePending(path));
    int ticks = 0;
    QTimer timer;
    timer.setInterval(0);
    QObject::connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
    timer.start();
    Result<std::unique_ptr<Database>> opened = fd::app::openFile(path, nullptr);
    timer.stop();
    INFO((opened ? std::string() : opened.error().message().toStdString()));
    REQUIRE(opened);
    CHECK((*opened)->schemaVersion() == currentSchemaVersion());
    CHECK_FALSE(Database::upgradePending(path));
    CHECK(ticks > 0);  // the event loop ran while the file was checked and upgraded
    CHECK(LeadListStore(**opened).index() != nullptr);
    // An up-to-date file opens on the spot, and a server address or a missing file is never an upgrade.
    CHECK_FALSE(Database::upgradePending(dir.filePath(QStringLiteral("missing.sqlite"))));
    CHECK_FALSE(Database::upgradePending(QStringLiteral("postgresql://anna@localhost/funneldesk")));
}
