// funneldesk-cli backup, restore and recover: a consistent copy of a company's file taken while
// people work, a copy put back after it was checked (the replaced file kept aside), and what a
// damaged file still gives salvaged into a new one; erase: a client's personal data destroyed
// when they withdraw consent.
#include "command_table.h"
#include "output.h"

#include "services/backup_service.h"
#include "services/personal_data_service.h"
#include "storage/database.h"
#include "storage/database_backup.h"
#include "storage/database_salvage.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace fd::cli {

using namespace fd::core;

namespace {

int runBackup(const Args& a) {
    int exit = kExitOk;
    std::unique_ptr<Database> db = openExisting(*a.value("--db"), &exit);
    if (!db) {
        return exit;
    }
    const QString target = *a.value("--out");
    QElapsedTimer timer;
    timer.start();
    if (const Status done = BackupService(*db).backUp(target); !done) {
        return fail(done.error().message());
    }
    out() << "Backup:          " << QDir::toNativeSeparators(target) << " ("
          << QString::number(QFileInfo(target).size() / 1048576.0, 'f', 1) << " MiB, checked)\n"
          << "Time:            " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s\n";
    return kExitOk;
}

int runRestore(const Args& a) {
    const QString backup = *a.value("--from");
    const QString path = *a.value("--db");
    const Result<QString> aside = DatabaseBackup::restore(backup, path, QDateTime::currentDateTime());
    if (!aside) {
        return fail(aside.error().message());
    }
    out() << "Restored:        " << QDir::toNativeSeparators(path) << " from "
          << QDir::toNativeSeparators(backup) << '\n';
    if (!aside->isEmpty()) {
        out() << "The replaced file is kept as " << QDir::toNativeSeparators(*aside) << '\n';
    }
    return kExitOk;
}

int runRecover(const Args& a) {
    const QString damaged = *a.value("--db");
    const QString target = *a.value("--out");
    QElapsedTimer timer;
    timer.start();
    const Result<std::vector<SalvagedTable>> tables = salvageDatabase(damaged, target);
    if (!tables) {
        return fail(tables.error().message());
    }
    qint64 lost = 0;
    out() << QStringLiteral("%1 %2 %3 %4\n")
                 .arg(QStringLiteral("table"), -20)
                 .arg(QStringLiteral("saved"), 10)
                 .arg(QStringLiteral("unreadable"), 11)
                 .arg(QStringLiteral("dropped"), 8);
    for (const SalvagedTable& t : *tables) {
        out() << QStringLiteral("%1 %2 %3 %4\n")
                     .arg(t.table, -20)
                     .arg(t.rows, 10)
                     .arg(t.wholeTableLost ? QStringLiteral("all") : QString::number(t.unreadable), 11)
                     .arg(t.dropped, 8);
        lost += t.unreadable + t.dropped + (t.wholeTableLost ? 1 : 0);
    }
    out() << "Saved into:      " << QDir::toNativeSeparators(target) << " (the damaged file was only read)\n"
          << "Time:            " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s\n";
    if (lost > 0) {
        out()
            << "Row ids the damaged pages held are lost (unreadable), and so are the rows that referred to\n"
               "them (dropped); a backup from before the damage may still have them.\n";
    }
    return kExitOk;
}

int runErase(const Args& a) {
    const std::optional<QString> contact = a.value("--contact");
    const std::optional<QString> client = a.value("--client");
    if (contact.has_value() == client.has_value()) {
        return fail(QStringLiteral("name the client with either --contact ID or --client PHONE|EMAIL"));
    }
    int exit = kExitOk;
    std::unique_ptr<Database> db = openExisting(*a.value("--db"), &exit);
    if (!db) {
        return exit;
    }
    PersonalDataService service(*db, systemClock());
    std::vector<Id> ids;
    if (contact) {
        bool ok = false;
        ids.push_back(contact->toLongLong(&ok));
        if (!ok || ids.front() <= 0) {
            return fail(QStringLiteral("--contact takes a client's number, e.g. --contact 1234"));
        }
    } else {
        const Result<std::vector<Id>> found = service.contactsOf(*client);
        if (!found) {
            return fail(found.error().message());
        }
        if (found->empty()) {
            return fail(QStringLiteral("No client has the phone number or e-mail \"%1\".").arg(*client));
        }
        ids = *found;
    }
    bool purged = true;
    for (const Id id : ids) {
        const Result<ErasureSummary> done = service.eraseContact(id);
        if (!done) {
            return fail(done.error().message());
        }
        const ErasedCounts& c = done->blanked;
        out() << "Erased:          client " << id << " (" << done->leadCount
              << " lead(s) kept as anonymous records)\n"
              << "Texts blanked:   " << c.leads << " lead(s), " << c.touches << " request(s), " << c.calls
              << " call note(s), " << c.meetings << " meeting note(s), " << c.tasks << " task note(s), "
              << c.auditLines << " audit line(s)\n";
        purged = purged && done->purged;
    }
    if (!purged) {
        out() << "Another program has the database open: the old pages leave its journal when it closes.\n";
    }
    return kExitOk;
}

}  // namespace

std::vector<Command> backupCommands() {
    return {
        {QStringLiteral("backup"),
         {},
         {},
         QStringLiteral("copy a SQLite database into FILE while it is in use (one consistent moment,\n"
                        "compacted), check the copy and only then give it its name"),
         {databaseOption(),
          {QStringLiteral("--out"), QStringLiteral("FILE"), QStringLiteral("the new copy (must not exist)"),
           true}},
         runBackup},
        {QStringLiteral("restore"),
         {},
         {},
         QStringLiteral("check a copy and put it in the place of the database file; the replaced file\n"
                        "is kept as PATH.replaced-YYYYMMDD-HHMMSS (refused while the database is open)"),
         {{QStringLiteral("--from"), QStringLiteral("FILE"), QStringLiteral("the copy to restore"), true},
          {QStringLiteral("--db"), QStringLiteral("PATH"), QStringLiteral("the database file to replace"),
           true}},
         runRestore},
        {QStringLiteral("recover"),
         {},
         {},
         QStringLiteral("salvage what a damaged database file still gives into a new database and print\n"
                        "how many rows of each table were saved, could not be read, or were dropped\n"
                        "because what they referred to was lost (the damaged file is only read)"),
         {{QStringLiteral("--db"), QStringLiteral("DAMAGED"), QStringLiteral("the damaged database file"),
           true},
          {QStringLiteral("--out"), QStringLiteral("NEW"),
           QStringLiteral("the new database (must not exist)"), true}},
         runRecover},
        {QStringLiteral("erase"),
         {},
         {},
         QStringLiteral("erase a client's personal data (name, phones, e-mails, notes, the text of their\n"
                        "requests, search entries and audit copies) when they withdraw consent; their\n"
                        "leads, meetings, deals and payments stay as anonymous records"),
         {databaseOption(),
          {QStringLiteral("--contact"), QStringLiteral("ID"), QStringLiteral("the client's number")},
          {QStringLiteral("--client"), QStringLiteral("PHONE|EMAIL"),
           QStringLiteral("every client with this phone number or e-mail")}},
         runErase},
    };
}

}  // namespace fd::cli
