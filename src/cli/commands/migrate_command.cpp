// funneldesk-cli migrate: a company's whole database moved to another engine (its SQLite file
// to the shared server, or back), checked row for row; funneldesk-cli password: a person's
// password, which on a server is their own server login's.
#include "command_table.h"
#include "output.h"
#include "password_input.h"
#include "services/sign_in.h"
#include "services/staff_service.h"
#include "storage/content_digest.h"
#include "storage/database.h"
#include "storage/database_copy.h"
#include "storage/storage_error.h"

#include <QElapsedTimer>

#include <algorithm>

namespace fd::cli {

using namespace fd::core;

namespace {

int runMigrate(const Args& a) {
    const QString from = *a.value("--from");
    const QString to = *a.value("--to");
    int exit = kExitOk;
    std::unique_ptr<Database> source = openExisting(from, &exit);
    if (!source) {
        return exit;
    }
    Result<std::unique_ptr<Database>> opened = Database::open(to, OpenMode::CreateNew);
    if (!opened) {
        return openError(opened.error());
    }
    std::unique_ptr<Database> target = std::move(opened).value();
    QElapsedTimer timer;
    timer.start();
    try {
        copyDatabase(*source, *target, [](const QString& table, qint64 rows) {
            out() << QStringLiteral("  %1 %2\n").arg(table, -20).arg(rows);
            out().flush();
        });
        const QByteArray before = contentDigest(*source);
        const QByteArray after = contentDigest(*target);
        out() << "Content digest:  " << before << (before == after ? " (equal)" : " (DIFFERENT)") << '\n'
              << "Time:            " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s\n";
        out().flush();
        if (before != after) {
            return fail(QStringLiteral("the copy differs from the original"));
        }
        if (target->onServer()) {
            out() << "People sign in to the server with their own logins once each has a password there:\n"
                     "  funneldesk-cli password --db '"
                  << to << "' --login LOGIN\n(or Settings ▸ Staff ▸ New password, by an administrator).\n";
        }
    } catch (const StorageError& e) {
        return fail(QStringLiteral("nothing was copied: %1").arg(QString::fromStdString(e.what())));
    }
    return kExitOk;
}

int runPassword(const Args& a) {
    int exit = kExitOk;
    std::unique_ptr<Database> db = openExisting(*a.value("--db"), &exit);
    if (!db) {
        return exit;
    }
    const QString login = a.value("--login")->trimmed();
    const Result<std::vector<StaffMember>> staff = StaffService(*db).staff();
    if (!staff) {
        return fail(staff.error().message());
    }
    const auto person =
        std::find_if(staff->begin(), staff->end(), [&](const StaffMember& m) { return m.login == login; });
    if (person == staff->end()) {
        return fail(QStringLiteral("nobody has the login \"%1\"").arg(login));
    }
    if (const Status set = SignIn(*db).setCredentials(person->employee.id, login, readPassword()); !set) {
        return fail(set.error().message());
    }
    out() << "The password of " << login << " (" << person->employee.name << ") is set"
          << (db->onServer() ? "; the login may connect to the server.\n" : ".\n");
    return kExitOk;
}

}  // namespace

Command passwordCommand() {
    return {
        QStringLiteral("password"),
        {},
        {},
        QStringLiteral("set a person's password (from FUNNELDESK_PASSWORD or the first line of standard\n"
                       "input); on a server, the password of the person's own server login"),
        {databaseOption(),
         {QStringLiteral("--login"), QStringLiteral("LOGIN"), QStringLiteral("the person's login"), true}},
        runPassword};
}

Command migrateCommand() {
    return {QStringLiteral("migrate"),
            {},
            {},
            QStringLiteral("copy a company's whole database to another engine, e.g. its SQLite file to an\n"
                           "empty database on the server (postgresql://LOGIN@HOST:PORT/DATABASE; the server\n"
                           "password from ~/.pgpass or PGPASSWORD), and check the copy row for row"),
            {{QStringLiteral("--from"), QStringLiteral("DB"), QStringLiteral("the database to copy"), true},
             {QStringLiteral("--to"), QStringLiteral("DB"),
              QStringLiteral("an empty database on a server, or a new file"), true}},
            runMigrate};
}

}  // namespace fd::cli
