#include "test_support.h"

#include "services/demo_generator.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <tuple>

using namespace fd::core;
using fd::test::fileBytes;
using fd::test::require;

namespace {

struct Run {
    int exitCode = -1;
    QString err;
};

/// Runs the application offscreen with a private home folder, signed in as the demo company's
/// head unless `args` name another person or hold "--anonymous".
Run app(const QTemporaryDir& home, QStringList args, const QString& timeZone = {},
        const QString& password = QString::fromLatin1(fd::core::kDemoPassword)) {
    // "--anonymous" (the helper's own word) runs without signing in.
    if (args.removeAll(QStringLiteral("--anonymous")) == 0 && !args.contains(QStringLiteral("--user"))) {
        args << QStringLiteral("--user") << QStringLiteral("head");
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FUNNELDESK_PASSWORD"), password);
    if (!timeZone.isEmpty()) {
        env.insert(QStringLiteral("TZ"), timeZone);
    }
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FD_APP_PATH), args);
    REQUIRE(p.waitForFinished(180000));
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

QString demo(const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    auto db = require(Database::open(path, OpenMode::CreateNew));
    DemoOptions o;
    o.leads = 800;
    o.endDate = QDate(2026, 9, 30);
    require(DemoGenerator(*db).generate(o));
    return path;
}

}  // namespace

TEST_CASE("Starting signed in: a wrong password or a screenshot run without --user fails with the reason",
          "[app][cli][sign-in]") {
    QTemporaryDir dir;
    const QString db = demo(dir);
    const QString png = dir.filePath(QStringLiteral("shot.png"));
    const QStringList shot{QStringLiteral("--db"),         db, QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--screenshot"), png};
    const Run wrong = app(dir, shot + QStringList{QStringLiteral("--user"), QStringLiteral("operator1")}, {},
                          QStringLiteral("not the password"));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("Wrong login or password.")));
    CHECK_FALSE(QFile::exists(png));
    const Run nobody = app(dir, shot + QStringList{QStringLiteral("--anonymous")});
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QStringLiteral("--user LOGIN")));
    CHECK_FALSE(QFile::exists(png));
    const Run right = app(dir, shot + QStringList{QStringLiteral("--user"), QStringLiteral("operator1")});
    INFO(right.err.toStdString());
    CHECK(right.exitCode == 0);
    CHECK(QFile::exists(png));
}

TEST_CASE("The screenshot option writes a PNG of the main window in Russian and in English", "[app][cli]") {
    QTemporaryDir dir;
    const QString db = demo(dir);
    for (const char* lang : {"ru", "en"}) {
        INFO(lang);
        const QString png = dir.filePath(QStringLiteral("leads-%1.png").arg(QLatin1String(lang)));
        const Run r = app(
            dir, {QStringLiteral("--db"), db, QStringLiteral("--workspace"), QStringLiteral("leads"),
                  QStringLiteral("--screenshot"), png, QStringLiteral("--lang"), QString::fromLatin1(lang)});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QImage image(png);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.size() == QSize(1440, 860));
        // Not a blank picture: the table has many distinct colours (text, selection, stripes).
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                colours.insert(image.pixel(x, y));
            }
        }
        CHECK(colours.size() > 20);
    }
}

TEST_CASE("Bad database files are refused with a message and left byte-for-byte unchanged", "[app][cli]") {
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("never.png"));

    const QString text = dir.filePath(QStringLiteral("clients.sqlite"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Клиенты;Телефон\r\nИванов;+79120000000\r\n");
    }
    const QByteArray textBefore = fileBytes(text);
    Run r = app(dir, {QStringLiteral("--db"), text, QStringLiteral("--screenshot"), png});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("not a FunnelDesk database")));
    CHECK(fileBytes(text) == textBefore);

    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    r = app(dir, {QStringLiteral("--db"), missing, QStringLiteral("--screenshot"), png});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(missing));

    const QString future = dir.filePath(QStringLiteral("future.sqlite"));
    { auto db = require(Database::open(future, OpenMode::CreateNew)); }
    fd::test::rawExec(future, {QStringLiteral("PRAGMA user_version = 42"),
                               QStringLiteral("DELETE FROM settings WHERE key = 'schema_readable_from'")});
    const QByteArray futureBefore = fileBytes(future);
    r = app(dir, {QStringLiteral("--db"), future, QStringLiteral("--screenshot"), png,
                  QStringLiteral("--lang"), QStringLiteral("ru")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("более новой версией")));
    CHECK(fileBytes(future) == futureBefore);

    // A database another program holds an exclusive lock on cannot be opened; it is not touched.
    const QString locked = demo(dir);
    const QByteArray lockedBefore = fileBytes(locked);
    QProcess locker;
    locker.start(QStringLiteral("sqlite3"), {locked});
    REQUIRE(locker.waitForStarted());
    locker.write(
        "PRAGMA locking_mode = EXCLUSIVE;\nBEGIN EXCLUSIVE;\n"
        "INSERT INTO settings(key, value) VALUES ('held', 'by another program');\nSELECT 'holding';\n");
    QByteArray said;
    while (!said.contains("holding") && locker.waitForReadyRead(10000)) {
        said += locker.readAllStandardOutput();
    }
    REQUIRE(said.contains("holding"));
    r = app(dir, {QStringLiteral("--db"), locked, QStringLiteral("--screenshot"), png});
    locker.write("ROLLBACK;\n.quit\n");
    locker.closeWriteChannel();
    REQUIRE(locker.waitForFinished(10000));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("locked")));
    CHECK(fileBytes(locked) == lockedBefore);
    CHECK_FALSE(QFile::exists(png));
}

TEST_CASE("The workspace option accepts built workspaces and refuses others", "[app][cli]") {
    QTemporaryDir dir;
    const QString db = demo(dir);
    const QString png = dir.filePath(QStringLiteral("x.png"));
    Run r = app(dir, {QStringLiteral("--db"), db, QStringLiteral("--workspace"), QStringLiteral("spend"),
                      QStringLiteral("--screenshot"), png});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("not available")));
    r = app(dir, {QStringLiteral("--db"), db, QStringLiteral("--workspace"), QStringLiteral("nonsense"),
                  QStringLiteral("--screenshot"), png});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("leads")));
    CHECK_FALSE(QFile::exists(png));
}

TEST_CASE("The call-center options start as an operator on a list and save the slot grid", "[app][cli]") {
    QTemporaryDir dir;
    const QString db = demo(dir);
    const QString png = dir.filePath(QStringLiteral("grid.png"));
    Run r = app(dir, {QStringLiteral("--db"), db, QStringLiteral("--operator"),
                      QStringLiteral("Nobody Known"), QStringLiteral("--screenshot"), png});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("Nobody Known")));
    r = app(dir, {QStringLiteral("--db"), db, QStringLiteral("--operator"), QStringLiteral("1"),
                  QStringLiteral("--queue"), QStringLiteral("later"), QStringLiteral("--screenshot"), png});
    CHECK(r.exitCode == 2);
    CHECK_FALSE(QFile::exists(png));

    r = app(dir, {QStringLiteral("--db"), db, QStringLiteral("--operator"), QStringLiteral("1"),
                  QStringLiteral("--open"), QStringLiteral("booking"), QStringLiteral("--lang"),
                  QStringLiteral("en"), QStringLiteral("--screenshot"), png});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QImage grid(png);
    CHECK(grid.width() == 900);  // the dialog, not the main window
    CHECK(grid.height() == 560);
    const QString queue = dir.filePath(QStringLiteral("queue.png"));
    r = app(dir,
            {QStringLiteral("--db"), db, QStringLiteral("--operator"), QStringLiteral("1"),
             QStringLiteral("--queue"), QStringLiteral("no-shows"), QStringLiteral("--screenshot"), queue});
    REQUIRE(r.exitCode == 0);
    CHECK(QImage(queue).width() == 1440);
}

TEST_CASE("The office options open a day, a tab and the outcome of a client in the office", "[app][cli]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("noon.sqlite"));
    {
        auto db = require(Database::open(path, OpenMode::CreateNew));
        DemoOptions o;
        o.leads = 3000;
        o.endDate = QDate(2026, 9, 30);  // a Wednesday
        o.until = fd::test::msk(2026, 9, 30, 13, 20);
        require(DemoGenerator(*db).generate(o));
    }
    const QString moscow = QStringLiteral("Europe/Moscow");
    const QString clock = QStringLiteral("2026-09-30 13:20");
    const QString png = dir.filePath(QStringLiteral("outcome.png"));
    Run r = app(dir, {QStringLiteral("--db"), path, QStringLiteral("--clock"), QStringLiteral("noon"),
                      QStringLiteral("--screenshot"), png});
    CHECK(r.exitCode == 2);
    r = app(dir, {QStringLiteral("--db"), path, QStringLiteral("--tab"), QStringLiteral("bank"),
                  QStringLiteral("--screenshot"), png});
    CHECK(r.exitCode == 2);
    CHECK_FALSE(QFile::exists(png));

    // At 13:20 some of the day's clients are in the office without an outcome yet.
    r = app(dir,
            {QStringLiteral("--db"), path, QStringLiteral("--clock"), clock, QStringLiteral("--open"),
             QStringLiteral("outcome"), QStringLiteral("--screenshot"), png},
            moscow);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QImage(png).width() == 520);  // the outcome dialog, not the main window
    const QString cash = dir.filePath(QStringLiteral("cash.png"));
    r = app(dir,
            {QStringLiteral("--db"), path, QStringLiteral("--clock"), clock, QStringLiteral("--tab"),
             QStringLiteral("cash"), QStringLiteral("--date"), QStringLiteral("2026-09-29"),
             QStringLiteral("--screenshot"), cash},
            moscow);
    REQUIRE(r.exitCode == 0);
    CHECK(QImage(cash).width() == 1440);
}

TEST_CASE("On first start without --db the application creates and opens a demo database", "[app][cli]") {
    QTemporaryDir home;
    const QString png = home.filePath(QStringLiteral("first.png"));
    const Run r = app(home, {QStringLiteral("--screenshot"), png});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QFile::exists(home.filePath(QStringLiteral(".local/share/FunnelDesk/FunnelDesk/demo.sqlite"))));
    CHECK_FALSE(QImage(png).isNull());
}

TEST_CASE("The first start's choice and each page of the company wizard open before any database",
          "[app][cli]") {
    QTemporaryDir home;
    for (const char* dialog :
         {"welcome", "new-company", "new-company-office", "new-company-admin", "new-company-ready"}) {
        INFO(dialog);
        const QString png = home.filePath(QString::fromLatin1(dialog) + QStringLiteral(".png"));
        const Run r = app(home, {QStringLiteral("--anonymous"), QStringLiteral("--open"),
                                 QString::fromLatin1(dialog), QStringLiteral("--screenshot"), png});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(QImage(png).width() > 300);
    }
    // Nothing was created: no demo, no company file.
    CHECK_FALSE(
        QFile::exists(home.filePath(QStringLiteral(".local/share/FunnelDesk/FunnelDesk/demo.sqlite"))));
}

TEST_CASE("Help and version are printed and usage problems answered without a display or platform plugin",
          "[app][cli]") {
    // A platform that does not exist: anything that started the window system would abort.
    auto run = [](const QStringList& args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FD_APP_PATH), args);
        REQUIRE(p.waitForFinished(60000));
        return std::tuple{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                          QString::fromUtf8(p.readAllStandardError())};
    };
    const auto [helpCode, help, helpErr] = run({QStringLiteral("--help")});
    CHECK(helpCode == 0);
    CHECK(help.contains(QStringLiteral("--db <PATH>")));
    CHECK(help.contains(QStringLiteral("--screenshot <FILE>")));
    const auto [versionCode, version, versionErr] = run({QStringLiteral("--version")});
    CHECK(versionCode == 0);
    CHECK(version.trimmed() == QStringLiteral("funneldesk " FD_VERSION));
    // The window system's own options do not count as unknown.
    const auto [qtCode, qtHelp, qtErr] =
        run({QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("-h")});
    CHECK(qtCode == 0);
    CHECK(qtHelp.contains(QStringLiteral("--db <PATH>")));
    const auto [unknownCode, unknownOut, unknown] = run({QStringLiteral("--no-such-option")});
    CHECK(unknownCode == 2);
    CHECK(unknown.contains(QStringLiteral("no-such-option")));
    CHECK(unknown.contains(QStringLiteral("Usage:")));
    const auto [badCode, badOut, bad] = run({QStringLiteral("--lang"), QStringLiteral("fr")});
    CHECK(badCode == 2);
    CHECK(bad.contains(QStringLiteral("--lang must be ru or en")));
}
