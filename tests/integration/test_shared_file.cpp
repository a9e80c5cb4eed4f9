// The application open on a database file while other programs use the same file: the sqlite3
// shell, funneldesk-cli import and export, and a second application process. Each program's
// writes must stay (SQLite keeps its WAL only while some process holds a shared lock on the
// database file, and closing any descriptor of that file drops all of a process's locks on it).

#include "process_files.h"
#include "test_support.h"

#include "models/leads_model.h"
#include "services/demo_generator.h"
#include "services/lead_service.h"
#include "views/main_window.h"
#include "views/workspace.h"

#include <QApplication>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QTest>

#include <functional>
#include <set>
#include <thread>

using namespace fd::core;
using fd::test::require;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args, const QProcessEnvironment& env = {}) {
    QProcess p;
    QProcessEnvironment all = QProcessEnvironment::systemEnvironment();
    all.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    all.insert(env);
    p.setProcessEnvironment(all);
    p.start(program, args);
    REQUIRE(p.waitForFinished(180000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

Run cli(const QStringList& args) {
    return run(QStringLiteral(FD_CLI_PATH), args);
}

/// What the sqlite3 shell prints for one query, as another program reading the file sees it.
QString shell(const QString& db, const QString& sql) {
    const Run r = run(QStringLiteral(FD_SQLITE3_PATH), {db, sql});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out.trimmed();
}

qint64 shellCount(const QString& db, const QString& sql) {
    return shell(db, sql).toLongLong();
}

QString demoDatabase(const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    auto db = require(Database::open(path, OpenMode::CreateNew));
    DemoOptions o;
    o.leads = 300;
    o.endDate = QDate(2026, 9, 30);
    require(DemoGenerator(*db).generate(o));
    return QFileInfo(path).canonicalFilePath();
}

void waitUntil(const std::function<bool()>& done, int ms = 60000) {
    for (int waited = 0; !done() && waited < ms; waited += 20) {
        QTest::qWait(20);
    }
    REQUIRE(done());
}

void waitReady(fd::app::MainWindow& window) {
    bool fired = false;
    bool ok = false;
    QString error;
    window.whenReady([&](bool success, const QString& message) {
        fired = true;
        ok = success;
        error = message;
    });
    waitUntil([&] { return fired; });
    INFO(error.toStdString());
    REQUIRE(ok);
}

Id createLead(Database& db, const QString& name, const QString& phone) {
    NewLead in;
    in.name = name;
    in.phone = phone;
    return require(LeadService(db, systemClock()).createLead(in)).leadId;
}

/// Searches the leads list the way a user does (Ctrl+F, typing; F5 when `refresh`) and returns
/// how many leads it lists.
qint64 searchLeads(fd::app::MainWindow& window, const QString& text, bool refresh = false) {
    REQUIRE(window.selectWorkspace(QStringLiteral("leads")));
    waitReady(window);
    QApplication::setActiveWindow(&window);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto* search = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(search != nullptr);
    if (search->text() != text) {
        search->clear();
        QTest::keyClicks(search, text);
    }
    if (refresh) {
        QTest::keyClick(search, Qt::Key_F5);
    }
    auto* model = window.findChild<fd::app::LeadsModel*>();
    REQUIRE(model != nullptr);
    // The search runs a moment after the last key; wait until it has and the list is loaded.
    QTest::qWait(400);
    waitUntil([&] { return window.currentWorkspace()->isReady(); });
    return model->totalCount();
}

/// This process still has the database's WAL and shared memory open as the very files on disk
/// (another program that wrongly took itself for the last user would have deleted them).
void requireOwnWal(const QString& db) {
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString path = db + QLatin1String(suffix);
        INFO(path.toStdString());
        const std::optional<fd::test::FileId> onDisk = fd::test::fileId(path);
        REQUIRE(onDisk.has_value());
        bool same = false;
        for (const fd::test::OpenFile& f : fd::test::openFiles()) {
            if (f.target != path) {
                continue;
            }
            INFO("open: " << f.target.toStdString() << (f.deleted ? " (deleted)" : ""));
            CHECK_FALSE(f.deleted);
            same = same || (!f.deleted && f.id == *onDisk);
        }
        CHECK(same);
    }
}

void requireSharedLock(const QString& db) {
    const qint64 pid = QCoreApplication::applicationPid();
    const std::optional<fd::test::FileId> id = fd::test::fileId(db);
    REQUIRE(id.has_value());
    INFO("locks of this process:\n" << fd::test::posixLocksOf(pid).toStdString());
    CHECK(fd::test::holdsPosixLock(pid, *id));
}

/// Opens and closes a connection on a thread of its own, as the import and export dialogs do.
void workerConnection(const QString& db) {
    bool opened = false;
    std::thread worker([&] {
        Result<std::unique_ptr<Database>> conn = Database::open(db, OpenMode::Existing);
        opened = conn.ok();
    });
    worker.join();
    REQUIRE(opened);
}

std::unique_ptr<fd::app::MainWindow> openWindow(const QString& db) {
    auto window = std::make_unique<fd::app::MainWindow>(require(Database::open(db, OpenMode::Existing)));
    window->show();
    REQUIRE(window->selectWorkspace(QStringLiteral("leads")));
    waitReady(*window);
    return window;
}

}  // namespace

TEST_CASE(
    "The application keeps its shared lock on the database file while its workers open and close "
    "connections",
    "[integration][locks]") {
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    auto window = openWindow(db);
    requireSharedLock(db);
    for (const char* workspace : {"dashboard", "operator", "office", "leads"}) {
        INFO(workspace);
        REQUIRE(window->selectWorkspace(QString::fromLatin1(workspace)));
        waitReady(*window);
        requireSharedLock(db);
    }
    for (int i = 0; i < 3; ++i) {
        workerConnection(db);
    }
    requireSharedLock(db);
    requireOwnWal(db);
}

TEST_CASE("sqlite3 reading beside the open application leaves its WAL in place and sees its writes",
          "[integration]") {
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    auto window = openWindow(db);
    createLead(window->database(), QStringLiteral("Shell Reader One"), QStringLiteral("+79005550001"));
    requireOwnWal(db);

    CHECK(shellCount(db, QStringLiteral("SELECT count(*) FROM contacts WHERE name = 'Shell Reader One'")) ==
          1);
    requireOwnWal(db);
    requireSharedLock(db);

    // What the window writes after the shell has gone is seen by the next program.
    createLead(window->database(), QStringLiteral("Shell Reader Two"), QStringLiteral("+79005550002"));
    CHECK(shellCount(db, QStringLiteral("SELECT count(*) FROM contacts WHERE name = 'Shell Reader Two'")) ==
          1);
    requireOwnWal(db);
    window.reset();
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode == 0);
}

TEST_CASE(
    "funneldesk-cli import and export beside the open application: every write kept, ids unique, check "
    "passes",
    "[integration]") {
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    const qint64 before = shellCount(db, QStringLiteral("SELECT count(*) FROM leads"));
    auto window = openWindow(db);
    std::set<Id> windowIds;
    windowIds.insert(createLead(window->database(), QStringLiteral("Window Before Import"),
                                QStringLiteral("+79005551000")));

    const int imported = 40;
    std::vector<QStringList> rows{
        {QStringLiteral("external_id"), QStringLiteral("name"), QStringLiteral("phone")}};
    for (int i = 1; i <= imported; ++i) {
        rows.push_back({QStringLiteral("imp-%1").arg(i), QStringLiteral("Imported %1").arg(i),
                        QStringLiteral("+7900556%1").arg(i, 4, 10, QLatin1Char('0'))});
    }
    const QString csv = dir.filePath(QStringLiteral("leads.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(fd::test::writeCsv(rows, QLatin1Char(';'), QStringLiteral("\r\n"), false, true));
    }
    const Run import =
        cli({QStringLiteral("import"), QStringLiteral("leads"), QStringLiteral("--db"), db, csv});
    INFO(import.err.toStdString());
    REQUIRE(import.exitCode == 0);
    requireOwnWal(db);
    requireSharedLock(db);

    windowIds.insert(createLead(window->database(), QStringLiteral("Window After Import"),
                                QStringLiteral("+79005551001")));
    const QStringList importedIds =
        shell(db, QStringLiteral("SELECT id FROM leads WHERE external_id LIKE 'imp-%'"))
            .split(QLatin1Char('\n'));
    CHECK(importedIds.size() == imported);
    for (const QString& id : importedIds) {
        CHECK(windowIds.count(id.toLongLong()) == 0);
    }

    const QString out = dir.filePath(QStringLiteral("export.csv"));
    const Run exported = cli({QStringLiteral("export"), QStringLiteral("leads"), QStringLiteral("--db"), db,
                              QStringLiteral("--out"), out});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QString text = QString::fromUtf8(fd::test::fileBytes(out));
    for (const char* name : {"Window Before Import", "Window After Import", "Imported 1;", "Imported 40;"}) {
        INFO(name);
        CHECK(text.contains(QString::fromLatin1(name)));
    }
    requireOwnWal(db);

    // A third lead after the export: the window still writes where everyone reads.
    windowIds.insert(createLead(window->database(), QStringLiteral("Window After Export"),
                                QStringLiteral("+79005551002")));
    window.reset();
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(shellCount(db, QStringLiteral("SELECT count(*) FROM leads")) == before + imported + 3);
    CHECK(shellCount(db, QStringLiteral("SELECT count(DISTINCT id) FROM leads")) == before + imported + 3);
}

TEST_CASE(
    "A second FunnelDesk process beside the open application: both keep their writes and each sees the "
    "other's after a refresh",
    "[integration]") {
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    auto window = openWindow(db);
    createLead(window->database(), QStringLiteral("First Window Lead"), QStringLiteral("+79005552001"));
    CHECK(searchLeads(*window, QStringLiteral("Second Window Lead")) == 0);

    // A second window that opens, loads its workspace and quits.
    QProcessEnvironment home;
    home.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    home.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    home.insert(QStringLiteral("FUNNELDESK_PASSWORD"), QString::fromLatin1(fd::core::kDemoPassword));
    const Run shot = run(QStringLiteral(FD_APP_PATH),
                         {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("head"),
                          QStringLiteral("--workspace"), QStringLiteral("dashboard"),
                          QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("second.png"))},
                         home);
    INFO(shot.err.toStdString());
    REQUIRE(shot.exitCode == 0);
    requireOwnWal(db);
    requireSharedLock(db);

    // A second window that finds the first one's lead and writes one of its own.
    QProcessEnvironment second = home;
    second.insert(QStringLiteral("FD_SECOND_DB"), db);
    second.insert(QStringLiteral("FD_SECOND_EXPECT"), QStringLiteral("First Window Lead"));
    second.insert(QStringLiteral("FD_SECOND_WRITE"), QStringLiteral("Second Window Lead"));
    const Run child = run(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("A second application window on a shared file")}, second);
    INFO(child.out.toStdString() << child.err.toStdString());
    REQUIRE(child.exitCode == 0);
    REQUIRE(child.out.contains(QStringLiteral("All tests passed")));
    requireOwnWal(db);

    // The first window lists the second one's lead after F5.
    CHECK(searchLeads(*window, QStringLiteral("Second Window Lead"), true) == 1);
    createLead(window->database(), QStringLiteral("First Window Again"), QStringLiteral("+79005552002"));
    requireSharedLock(db);
    window.reset();
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode == 0);
    for (const char* name : {"First Window Lead", "Second Window Lead", "First Window Again"}) {
        INFO(name);
        CHECK(shellCount(db, QStringLiteral("SELECT count(*) FROM contacts WHERE name = '%1'")
                                 .arg(QLatin1String(name))) == 1);
    }
}

// Run by the test above in a process of its own; does nothing when run alone.
TEST_CASE("A second application window on a shared file", "[.][child]") {
    const QString db = qEnvironmentVariable("FD_SECOND_DB");
    if (db.isEmpty()) {
        return;
    }
    auto window = openWindow(db);
    CHECK(searchLeads(*window, qEnvironmentVariable("FD_SECOND_EXPECT")) == 1);
    createLead(window->database(), qEnvironmentVariable("FD_SECOND_WRITE"), QStringLiteral("+79005552101"));
    CHECK(searchLeads(*window, qEnvironmentVariable("FD_SECOND_WRITE"), true) == 1);
    requireSharedLock(db);
}
