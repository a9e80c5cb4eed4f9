// bench lists: every filter the leads list's bar allows, under every sort, as a person opening
// the list meets it: a new connection (SQLite's cache empty; with --drop-caches the system's
// too), the count and the first page. Prints each combination's time and the slowest.

#include "command_table.h"
#include "output.h"

#include "funnel/funnel_engine.h"
#include "services/catalog_reader.h"
#include "services/lead_list_reader.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "util/platform.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>

namespace fd::cli {

namespace {

using namespace fd::core;

struct NamedFilter {
    QString name;
    LeadFilter filter;
};

/// The filter bar's settings one at a time, and the pairs and triple a person combines.
std::vector<NamedFilter> filterSettings(Database& db, qint64 lastLead, const QString& surname) {
    std::vector<NamedFilter> out{{QStringLiteral("no filter"), {}}};
    for (const LeadStatus s : {LeadStatus::New, LeadStatus::InProgress, LeadStatus::Callback,
                               LeadStatus::Booked, LeadStatus::Arrived, LeadStatus::FollowUp,
                               LeadStatus::Sold, LeadStatus::Lost, LeadStatus::NonTarget}) {
        LeadFilter f;
        f.status = s;
        out.push_back({QStringLiteral("status %1").arg(toCode(s)), f});
    }
    const Result<std::vector<Channel>> readChannels = CatalogReader(db).channels();
    const Result<std::vector<Office>> readOffices = CatalogReader(db).offices();
    const Result<std::vector<Employee>> readStaff = CatalogReader(db).employees();
    const std::vector<Channel> channels = readChannels ? *readChannels : std::vector<Channel>{};
    const std::vector<Office> offices = readOffices ? *readOffices : std::vector<Office>{};
    OptId operatorId;
    for (const Employee& e : readStaff ? *readStaff : std::vector<Employee>{}) {
        if (!operatorId && e.role == Role::Operator) {
            operatorId = e.id;
        }
    }
    const OptId channel = channels.empty() ? OptId{} : OptId(channels.front().id);
    const OptId office = offices.empty() ? OptId{} : OptId(offices.front().id);
    const qint64 monthAgo = lastLead - 30 * 86400;
    auto make = [&](const char* name, auto&& set) {
        LeadFilter f;
        set(f);
        out.push_back({QString::fromUtf8(name), f});
    };
    make("one channel", [&](LeadFilter& f) { f.channelId = channel; });
    make("one office", [&](LeadFilter& f) { f.officeId = office; });
    make("one operator", [&](LeadFilter& f) { f.operatorId = operatorId; });
    make("last 30 days", [&](LeadFilter& f) { f.createdFrom = monthAgo; });
    out.push_back({QStringLiteral("text \"%1\"").arg(surname), LeadFilter{}});
    out.back().filter.text = surname;
    make("text phone digits 912", [&](LeadFilter& f) { f.text = QStringLiteral("912"); });
    make("status new + one office", [&](LeadFilter& f) {
        f.status = LeadStatus::New;
        f.officeId = office;
    });
    make("status booked + one operator", [&](LeadFilter& f) {
        f.status = LeadStatus::Booked;
        f.operatorId = operatorId;
    });
    make("one channel + last 30 days", [&](LeadFilter& f) {
        f.channelId = channel;
        f.createdFrom = monthAgo;
    });
    make("one office + one operator", [&](LeadFilter& f) {
        f.officeId = office;
        f.operatorId = operatorId;
    });
    make("status lost + one channel + last 30 days", [&](LeadFilter& f) {
        f.status = LeadStatus::Lost;
        f.channelId = channel;
        f.createdFrom = monthAgo;
    });
    out.push_back({QStringLiteral("status sold + text \"%1\"").arg(surname), LeadFilter{}});
    out.back().filter.status = LeadStatus::Sold;
    out.back().filter.text = surname;
    return out;
}

const char* columnName(LeadColumn c) {
    static const char* const names[] = {"created", "name",     "phone",  "channel",      "campaign",
                                        "state",   "operator", "office", "next meeting", "revenue"};
    return names[static_cast<int>(c)];
}

int runListsBench(const Args& a) {
    const QString path = *a.value("--db");
    const QString surname = a.value("--text").value_or(QStringLiteral("Иванова"));
    const bool dropCaches = a.flag("--drop-caches");
    const QString only = a.value("--only").value_or(QString());
    int openFailed = kExitFailure;
    std::unique_ptr<Database> first = openExisting(path, &openFailed);
    if (!first) {
        return openFailed;
    }
    qint64 lastLead = 0;
    std::vector<NamedFilter> filters;
    try {
        const Result<LeadListReader::FirstPage> newest = LeadListReader(*first).firstPage({}, LeadSort{}, 1);
        if (!newest || newest->rows.empty()) {
            return fail(QStringLiteral("the database has no leads"));
        }
        lastLead = newest->rows.front().createdAt;
        filters = filterSettings(*first, lastLead, surname);
    } catch (const StorageError& e) {
        return fail(QString::fromStdString(e.what()));
    }
    first.reset();
    if (dropCaches && !dropSystemFileCache()) {
        return fail(QStringLiteral(
            "--drop-caches needs root, on Linux (other systems offer no way to empty the file cache)"));
    }
    out() << "every filter x every sort, each on a new connection"
          << (dropCaches ? " after emptying the system's file cache" : "") << ": count + first 100 rows\n";
    out().flush();
    struct Timing {
        double ms;
        QString what;
    };
    std::vector<Timing> all;
    for (const NamedFilter& f : filters) {
        if (!only.isEmpty() && !f.name.contains(only, Qt::CaseInsensitive)) {
            continue;
        }
        double worst = 0;
        QString worstSort;
        qint64 rows = 0;
        for (int c = 0; c < kLeadColumnCount; ++c) {
            for (const bool descending : {false, true}) {
                if (dropCaches) {
                    dropSystemFileCache();
                }
                const LeadSort sort{static_cast<LeadColumn>(c), descending};
                QElapsedTimer t;
                t.start();
                std::unique_ptr<Database> db = openExisting(path, &openFailed);
                if (!db) {
                    return openFailed;
                }
                const Result<LeadListReader::FirstPage> page =
                    LeadListReader(*db).firstPage(f.filter, sort, 100);
                if (!page) {
                    return fail(page.error().message());
                }
                const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
                rows = page->count;
                const QString what = f.name + QStringLiteral(", sorted by ") +
                                     QLatin1String(columnName(sort.column)) +
                                     (descending ? QStringLiteral(" desc") : QString());
                all.push_back({ms, what});
                if (ms > worst) {
                    worst = ms;
                    worstSort = what;
                }
            }
        }
        out() << QStringLiteral("%1 %2 rows, slowest sort %3 ms")
                     .arg(f.name + QLatin1Char(':'), -44)
                     .arg(rows, 8)
                     .arg(worst, 7, 'f', 1)
              << '\n';
        out().flush();
    }
    if (all.empty()) {
        return fail(QStringLiteral("no filter's name contains \"%1\"").arg(only));
    }
    std::sort(all.begin(), all.end(), [](const Timing& x, const Timing& y) { return x.ms > y.ms; });
    std::vector<double> ms;
    for (const Timing& t : all) {
        ms.push_back(t.ms);
    }
    out() << "combinations: " << all.size() << ", median "
          << QString::number(*FunnelEngine::percentile(ms, 0.5), 'f', 1) << " ms, 95th percentile "
          << QString::number(*FunnelEngine::percentile(ms, 0.95), 'f', 1) << " ms\n";
    const auto over = std::count_if(all.begin(), all.end(), [](const Timing& t) { return t.ms > 300; });
    out() << "over 300 ms: " << over << "\nslowest:\n";
    for (std::size_t i = 0; i < std::min<std::size_t>(std::max<std::size_t>(25, over), all.size()); ++i) {
        out() << "  " << QString::number(all[i].ms, 'f', 1) << " ms  " << all[i].what << '\n';
    }
    return kExitOk;
}

}  // namespace

Command listsBenchCommand() {
    return {QStringLiteral("bench lists"),
            {},
            {},
            QStringLiteral("the leads list under every filter its bar allows (each status, a channel, an\n"
                           "office, an operator, the last 30 days, a surname, phone digits, and the usual\n"
                           "combinations) and every sort, each on a new connection: count and first page"),
            {databaseOption(),
             {QStringLiteral("--text"), QStringLiteral("TEXT"),
              QStringLiteral("the surname searched for (default Иванова)")},
             {QStringLiteral("--drop-caches"), QString(),
              QStringLiteral("empty the system's file cache before each (root on Linux)")},
             {QStringLiteral("--only"), QStringLiteral("TEXT"),
              QStringLiteral("only the filters whose name contains TEXT (e.g. \"status lost\")")}},
            runListsBench};
}

}  // namespace fd::cli
