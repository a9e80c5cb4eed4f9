// Fault injection with real processes: imports and a seat's bookings, arrivals, sales and
// payments killed with SIGKILL at random moments, the database checked after every kill; and a
// real full disk under an import.
#include "test_support.h"

#include "storage/database.h"
#include "storage/milestone_verifier.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cstdio>

#include <unistd.h>

using namespace fd::core;
using fd::test::require;

namespace {

constexpr int kSeatKills = 120;
constexpr int kImportKills = 80;
constexpr int kImportRows = 500;

/// What a killed process printed before it died: each line a write its service acknowledged.
struct Killed {
    QStringList acknowledged;
    bool finishedBeforeKill = false;
};

Killed runAndKill(const QString& program, const QStringList& args, int afterMs) {
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForStarted());
    Killed k;
    k.finishedBeforeKill = p.waitForFinished(afterMs);
    if (!k.finishedBeforeKill) {
        p.kill();  // SIGKILL: no handler runs, nothing is flushed but what was already written
        REQUIRE(p.waitForFinished(30000));
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    k.acknowledged = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return k;
}

qint64 scalar(Database& db, const QString& sql, std::optional<qint64> id = std::nullopt) {
    QSqlQuery q(db.connection());
    q.prepare(sql);
    if (id) {
        q.addBindValue(*id);
    }
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

/// The database after a kill: it opens, its structure and keys hold, every lead's milestones
/// agree with its history, and what was acknowledged is there. Returns its leads.
qint64 checkAfterKill(const QString& path, const QStringList& acknowledged) {
    auto db = require(Database::open(path, OpenMode::Existing));
    const QStringList problems = db->integrityProblems();
    INFO(problems.join(QStringLiteral("; ")).toStdString());
    REQUIRE(problems.isEmpty());
    MilestoneVerifier verifier(*db);
    REQUIRE(verifier.verify().empty());
    for (const QString& line : acknowledged) {
        const QStringList parts = line.split(QLatin1Char(' '));
        REQUIRE(parts.size() == 2);
        const qint64 id = parts[1].toLongLong();
        INFO(line.toStdString());
        if (parts[0] == QLatin1String("lead")) {
            CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM leads WHERE id = ?"), id) == 1);
        } else if (parts[0] == QLatin1String("meeting")) {
            CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM meetings WHERE id = ?"), id) == 1);
        } else if (parts[0] == QLatin1String("sale")) {
            CHECK(scalar(*db,
                         QStringLiteral("SELECT count(*) FROM leads WHERE id = ? AND sold_at IS NOT NULL"),
                         id) == 1);
        } else if (parts[0] == QLatin1String("payment")) {
            CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM payments WHERE id = ?"), id) == 1);
        } else {
            FAIL("unknown line " << line.toStdString());
        }
    }
    return scalar(*db, QStringLiteral("SELECT count(*) FROM leads"));
}

QString writeLeads(const QTemporaryDir& dir, int run, int rows = kImportRows) {
    const QString path = dir.filePath(QStringLiteral("import-%1.csv").arg(run));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("name,phone,channel,note\n");
    for (int i = 0; i < rows; ++i) {
        f.write(QStringLiteral("Клиент %1-%2,+7917%3,Сайт,заявка с сайта\n")
                    .arg(run)
                    .arg(i)
                    .arg(run * 10000 + i, 7, 10, QLatin1Char('0'))
                    .toUtf8());
    }
    return path;
}

QString demoFile(const QTemporaryDir& dir) {
    auto db = fd::test::demoDatabase(dir, 300, 1);
    return db->path();
}

}  // namespace

TEST_CASE(
    "A seat killed at random moments while booking, receiving and taking payments loses nothing it "
    "acknowledged",
    "[faults]") {
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    QRandomGenerator random(20);
    int held = 0;
    int acknowledged = 0;
    for (int run = 0; run < kSeatKills; ++run) {
        const int afterMs = 20 + static_cast<int>(random.bounded(250));
        const Killed k =
            runAndKill(QStringLiteral(FD_FAULT_WORKER_PATH), {path, QString::number(run)}, afterMs);
        CAPTURE(run, afterMs);
        REQUIRE_FALSE(k.finishedBeforeKill);
        checkAfterKill(path, k.acknowledged);
        acknowledged += static_cast<int>(k.acknowledged.size());
        ++held;
    }
    std::printf("fault injection: %d seats killed, %d checks held, %d acknowledged writes all present\n",
                kSeatKills, held, acknowledged);
    CHECK(acknowledged > kSeatKills);  // the kills came while the seat was writing
}

TEST_CASE("An import killed at random moments leaves all its rows or none, and a sound database",
          "[faults]") {
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    QRandomGenerator random(21);
    qint64 leads = checkAfterKill(path, {});
    int none = 0;
    int all = 0;
    for (int run = 0; run < kImportKills; ++run) {
        const QString csv = writeLeads(dir, run);
        const int afterMs = 10 + static_cast<int>(random.bounded(300));
        const Killed k = runAndKill(
            QStringLiteral(FD_CLI_PATH),
            {QStringLiteral("import"), QStringLiteral("leads"), QStringLiteral("--db"), path, csv}, afterMs);
        CAPTURE(run, afterMs);
        const qint64 now = checkAfterKill(path, {});
        CHECK((now == leads || now == leads + kImportRows));
        (now == leads ? none : all) += 1;
        leads = now;
        QFile::remove(csv);
    }
    std::printf("fault injection: %d imports killed, all rows in %d, none in %d, every check held\n",
                kImportKills, all, none);
}

TEST_CASE("An import onto a full disk ends with the cause and leaves the database as it was", "[faults]") {
    if (::geteuid() != 0) {
        std::printf("full disk: skipped, mounting a small file system needs root\n");
        return;
    }
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    QTemporaryDir small;
    const QString mountPoint = small.filePath(QStringLiteral("disk"));
    REQUIRE(QDir().mkpath(mountPoint));
    const QString size = QStringLiteral("size=%1k").arg(QFile(path).size() / 1024 + 256);
    if (QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), size,
                           QStringLiteral("tmpfs"), mountPoint}) != 0) {
        std::printf("full disk: skipped, a small tmpfs could not be mounted here\n");
        return;
    }
    struct Unmount {
        QString at;
        ~Unmount() { QProcess::execute(QStringLiteral("umount"), {at}); }
    } unmount{mountPoint};
    const QString onDisk = mountPoint + QStringLiteral("/demo.sqlite");
    REQUIRE(QFile::copy(path, onDisk));
    const qint64 before = checkAfterKill(onDisk, {});
    const QString csv = writeLeads(dir, 1, 20000);  // megabytes more than the disk holds

    QProcess p;
    p.start(QStringLiteral(FD_CLI_PATH),
            {QStringLiteral("import"), QStringLiteral("leads"), QStringLiteral("--db"), onDisk, csv,
             QStringLiteral("--on-error"), QStringLiteral("skip")});
    REQUIRE(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    INFO(err.toStdString());
    CHECK(p.exitCode() == 1);
    CHECK(err.contains(QStringLiteral("disk is full")));
    CHECK(checkAfterKill(onDisk, {}) == before);
}

TEST_CASE("Hostile files through the importer: 10,000 columns, UTF-16, binary data, NUL bytes", "[faults]") {
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    const qint64 before = checkAfterKill(path, {});
    auto write = [&dir](const char* name, const QByteArray& bytes) {
        const QString file = dir.filePath(QString::fromLatin1(name));
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return file;
    };
    QByteArray wide = "name,phone";
    QByteArray wideRow = "Анна Широкая,+79120009999";
    for (int i = 0; i < 10000; ++i) {
        wide += ",c" + QByteArray::number(i);
        wideRow += ",x";
    }
    const QString wideFile = write("wide.csv", wide + "\n" + wideRow + "\n");
    const QString utf16 = QStringLiteral("name,phone\nАнна Юникод,+79120009998\n");
    QByteArray utf16Bytes("\xFF\xFE", 2);
    utf16Bytes.append(reinterpret_cast<const char*>(utf16.utf16()), utf16.size() * 2);
    const QString utf16File = write("utf16.csv", utf16Bytes);
    QByteArray binary;
    QRandomGenerator random(7);
    for (int i = 0; i < 100000; ++i) {
        binary += static_cast<char>(random.bounded(256));
    }
    const QString binaryFile = write("binary.csv", binary);
    const QString nulFile =
        write("nul.csv", QByteArray("name,phone\nНуль") + '\0' + QByteArray("Байт,+79120009997\n"));

    struct Case {
        QString file;
        int exitCode;
        QString says;
    };
    const Case cases[] = {
        {wideFile, 0, QStringLiteral("created:        1")},
        {utf16File, 1, QStringLiteral("UTF-16")},
        {binaryFile, 1, QStringLiteral("binary data")},
        {nulFile, 1, QStringLiteral("control character")},
    };
    for (const Case& c : cases) {
        QProcess p;
        p.start(QStringLiteral(FD_CLI_PATH),
                {QStringLiteral("import"), QStringLiteral("leads"), QStringLiteral("--db"), path, c.file});
        REQUIRE(p.waitForFinished(60000));
        const QString said = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        INFO(c.file.toStdString() << ": " << said.toStdString());
        CHECK(p.exitStatus() == QProcess::NormalExit);
        CHECK(p.exitCode() == c.exitCode);
        CHECK(said.contains(c.says));
    }
    CHECK(checkAfterKill(path, {}) == before + 1);  // the wide file's one lead, nothing else
}
