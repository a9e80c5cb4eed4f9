#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "services/demo_generator.h"
#include "services/service_context.h"
#include "storage/database.h"
#include "storage/server_address.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <vector>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray& s) { return '"' + s.toStdString() + '"'; }
};
}  // namespace Catch

namespace fd::test {

using namespace fd::core;

/// UTC epoch of a wall-clock time in Moscow.
qint64 msk(int year, int month, int day, int hour, int minute = 0);

QByteArray fileBytes(const QString& path);
/// The SHA-256 of a file's bytes: whether it was left exactly as it was.
QByteArray fileDigest(const QString& path);
/// Overwrites page `page` (of `pageSize` bytes) of a SQLite file with random bytes, as a failing
/// disk would; the same page always gets the same bytes.
void overwritePage(const QString& path, qint64 page, qint64 pageSize);

/// Writes rows as a spreadsheet program saves CSV: fields quoted when they hold the delimiter,
/// a quote or a line break (quotes doubled, line breaks written as `lineEnd`), in UTF-8 (with a
/// BOM if asked) or Windows-1251.
QByteArray writeCsv(const std::vector<QStringList>& rows, QChar delimiter, const QString& lineEnd,
                    bool cp1251, bool bom);

/// Runs statements on a database file through a separate raw connection, as another program
/// would (to make a "newer" database, tamper with a row, or build an old fixture); on a server
/// URL, as the server's superuser in that database.
void rawExec(const QString& path, const QStringList& statements);

/// Whether this run's databases live on a PostgreSQL server (FD_TEST_POSTGRES names the record
/// tests/support/postgres_server.sh wrote) instead of in SQLite files.
bool testOnServer();

/// Where one test's database lives: a file `fileName` in `dir`, or on a server a database of its
/// own (owned by the login FunnelDesk connects as), dropped when the place goes: empty, or with
/// the current schema already in it (`Contents::Schema`, quicker; open it with openMode()).
class TestDatabasePlace final {
public:
    enum class Contents { Empty, Schema };
    TestDatabasePlace(const QTemporaryDir& dir, const QString& fileName, Contents contents = Contents::Empty);
    ~TestDatabasePlace();
    TestDatabasePlace(const TestDatabasePlace&) = delete;
    TestDatabasePlace& operator=(const TestDatabasePlace&) = delete;

    /// The file path or the server URL, for Database::open and the command lines.
    const QString& location() const { return m_location; }
    /// How to open a new database here: CreateNew, or Existing for a copy of the schema.
    OpenMode openMode() const { return m_openMode; }

private:
    QString m_location;
    OpenMode m_openMode = OpenMode::CreateNew;
    QString m_serverDatabase;
};

/// A value of the test server's record (FD_PG_HOST, FD_PG_PORT, FD_PG_OWNER, ...).
QString testServerValue(const char* key);
/// The address of `database` on the test server for the login FunnelDesk connects as (its
/// password remembered).
ServerAddress ownerAddress(const QString& database);

/// Runs statements on the test server as its superuser, in database `database` (tests only:
/// to play another program or a person connecting with psql).
void serverAdminExec(const QString& database, const QStringList& statements);

/// A login no other test process uses (server logins belong to the whole server): "tPID_N_who".
QString uniqueLogin(const char* who);
/// Gives `employee` a fresh unique login with `password` (on a server, a login of the server's)
/// as the database's owner; the login.
QString giveLogin(Database& owner, Id employee, const char* who, const QString& password);

/// Signs `login` in as the application does: on the same connection for a file; on a server by
/// connecting with the person's own login and password (the connection closed afterwards).
Result<Actor> signInLikeTheApp(Database& db, const QString& login, const QString& password,
                               const Clock& clock);

/// A demo company's database in `dir`: `leads` requests over `months` months ending 30 June 2026.
std::unique_ptr<Database> demoDatabase(const QTemporaryDir& dir, int leads, int months);
/// The same with the generator's options as given; on a server, the demo is copied there.
std::unique_ptr<Database> demoDatabase(const QTemporaryDir& dir, const DemoOptions& options);

/// The value of a Result, failing the test with the error's message when there is none.
template <class T>
T require(Result<T> r) {
    INFO((r.ok() ? std::string() : r.error().message().toStdString()));
    REQUIRE(r.ok());
    return std::move(r).value();
}

/// A throwaway database with a small company: one Moscow office (Mon–Fri 09:00–18:00,
/// 60-minute slots, 2 seats), one Yekaterinburg office, two operators, two managers,
/// a channel with a campaign, and a clock the test sets.
struct World {
    QTemporaryDir dir;
    TestDatabasePlace place{dir, QStringLiteral("world.sqlite"), TestDatabasePlace::Contents::Schema};
    std::unique_ptr<Database> db;
    qint64 now = 0;
    Clock clock;
    Id moscow = 0;
    Id ekb = 0;
    Id operatorA = 0;
    Id operatorB = 0;
    Id managerMoscow = 0;
    Id managerEkb = 0;
    Id channel = 0;
    Id campaign = 0;
    Id otherChannel = 0;

    World();
    /// The database's location: a file path, or a server URL when the suite runs on a server.
    QString path() const { return place.location(); }
    Id reason(const char* code);
    /// A lead created a day ago, credited to operator A, and booked by A's call into the
    /// Moscow office (or `office`) at `slot`. Returns the lead.
    Id bookedLead(const QString& name, const QString& phone, qint64 slot, OptId office = {});
    /// Counts rows with a raw query (tests only).
    qint64 count(const char* table);
};

}  // namespace fd::test
