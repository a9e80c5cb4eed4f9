// A database whose file, folder or drive cannot be written is read, not refused: reports and
// exports work, what writes exits 1 naming the cause, and the file is left as it was.
#include "cli_test_support.h"

#include <QCryptographicHash>
#include <QFile>

#include <unistd.h>

using fd::test::fileBytes;

namespace {

/// The command as someone whom file permissions bind: root writes whatever they say, so as
/// root the command runs as the nobody account.
Run restricted(const QStringList& args) {
    if (::geteuid() == 0) {
        return cliVia(
            {QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")},
            args);
    }
    return cli(args);
}

void setMode(const QString& path, QFileDevice::Permissions mode) {
    REQUIRE(QFile::setPermissions(path, mode));
}

constexpr QFileDevice::Permissions kReadable = QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                               QFileDevice::ReadOther | QFileDevice::ExeOwner |
                                               QFileDevice::ExeGroup | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions kOpen =
    kReadable | QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;

}  // namespace

TEST_CASE("A database that can only be read gives its reports and exports, and refuses writes with the cause",
          "[cli][safety][readonly]") {
    QTemporaryDir dir;
    QTemporaryDir out;
    setMode(out.path(), kOpen);
    const QString db = demoDatabase(dir, 300);
    const QString csv = out.filePath(QStringLiteral("leads.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("name,phone\nПётр,+79120000301\n");
    }
    setMode(csv, kOpen);
    REQUIRE(cli({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode == 0);  // leaves no journal
    REQUIRE_FALSE(QFile::exists(db + QStringLiteral("-wal")));

    struct Case {
        const char* name;
        QFileDevice::Permissions folder;
        QFileDevice::Permissions file;
        QString cause;
    };
    const Case cases[] = {
        {"a folder that cannot be written", kReadable, kOpen, QStringLiteral("folder or on a drive")},
        {"a file that cannot be written", kOpen, kReadable, QStringLiteral("file can only be read")},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        setMode(dir.path(), c.folder);
        setMode(db, c.file);
        const QByteArray before = fd::test::fileDigest(db);

        const Run report =
            restricted({QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--db"), db,
                        QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                        QStringLiteral("2026-06-30")});
        INFO(report.err.toStdString());
        CHECK(report.exitCode == 0);
        CHECK(report.out.contains(QStringLiteral("All")));

        const QString exported = out.filePath(QStringLiteral("export-%1.csv").arg(c.folder == kOpen));
        const Run exportRun = restricted({QStringLiteral("export"), QStringLiteral("leads"),
                                          QStringLiteral("--db"), db, QStringLiteral("--out"), exported});
        INFO(exportRun.err.toStdString());
        CHECK(exportRun.exitCode == 0);
        CHECK(fileBytes(exported).count('\n') == 301);

        for (const QString& onError : {QStringLiteral("skip"), QStringLiteral("abort")}) {
            const Run imported =
                restricted({QStringLiteral("import"), QStringLiteral("leads"), QStringLiteral("--db"), db,
                            csv, QStringLiteral("--on-error"), onError});
            INFO(imported.out.toStdString() << imported.err.toStdString());
            CHECK(imported.exitCode == 1);
            CHECK(imported.err.contains(c.cause));
            CHECK_FALSE(imported.out.contains(QStringLiteral("skipped")));
        }
        CHECK(fd::test::fileDigest(db) == before);
        setMode(dir.path(), kOpen);
        setMode(db, kOpen);
    }
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode == 0);
}
