// bench seats: a call center of N seats working one database at once, each on its own
// connection and thread, for a while: how long each action takes (median and 95th percentile).
// It writes real calls and bookings: run it on a copy of the database.

#include "command_table.h"
#include "output.h"

#include "funnel/funnel_engine.h"
#include "services/catalog_reader.h"
#include "services/lead_history.h"
#include "services/lead_service.h"
#include "services/meeting_service.h"
#include "services/operator_queue.h"
#include "services/sign_in.h"
#include "storage/database.h"
#include "storage/server_address.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <array>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <random>
#include <thread>

namespace fd::cli {

namespace {

using namespace fd::core;

/// What a seat of the call center does, in the order of a call.
enum class SeatAction { Arrive, OpenQueue, TakeLead, OpenCard, LogCall, Book };
constexpr std::array<const char*, 6> kActionNames = {
    "a request arrives (a new lead)",   "open the queue",
    "take the next new lead",           "open the lead's card",
    "log a call (no answer, callback)", "book a meeting (slot grid + booking)"};

struct SeatTimes {
    std::mutex mutex;
    std::map<SeatAction, std::vector<double>> ms;
    std::map<SeatAction, int> failures;
    QStringList firstErrors;

    void add(SeatAction a, double value, bool ok, const QString& error) {
        const std::lock_guard lock(mutex);
        if (ok) {
            ms[a].push_back(value);
        } else {
            ++failures[a];
            if (firstErrors.size() < 5) {
                firstErrors << error;
            }
        }
    }
};

/// Runs `work`, timing it; its error text when it failed.
template <class Work>
void timed(SeatTimes& times, SeatAction action, Work&& work) {
    QElapsedTimer t;
    t.start();
    const QString error = work();
    times.add(action, static_cast<double>(t.nsecsElapsed()) / 1e6, error.isEmpty(), error);
}

template <class T>
QString errorOf(const Result<T>& r) {
    return r.ok() ? QString() : r.error().message();
}

/// The first free slot of the office in the four weeks from tomorrow, or 0.
qint64 freeSlot(MeetingService& meetings, Id office, qint64 now) {
    const QDate tomorrow = QDateTime::fromSecsSinceEpoch(now).date().addDays(1);
    const Result<SlotGrid> grid = meetings.slotGrid(office, tomorrow, 28);
    if (!grid) {
        return 0;
    }
    for (const SlotCell& c : grid->cells) {
        if (c.state == SlotCell::State::Free && c.start > now) {
            return c.start;
        }
    }
    return 0;
}

void runSeat(const QString& path, const Employee& op, const std::vector<Id>& offices, int seat, qint64 until,
             int pauseMs, SeatTimes& times) {
    Result<std::unique_ptr<Database>> opened = Database::open(path, OpenMode::Existing);
    if (!opened) {
        times.add(SeatAction::OpenQueue, 0, false, opened.error().message());
        return;
    }
    Database& db = **opened;
    Employee who = op;
    // On a server, an address with a person's own login works as that person (their row rules
    // apply); the database owner's login works as each operator in turn.
    if (const Result<Actor> person = SignIn(db).signIn(db.serverLogin(), {}); db.onServer() && person) {
        who.id = person->employeeId;
    } else {
        db.setActor(Actor{op.id, Role::Operator, std::nullopt, op.name, QString()});
    }
    OperatorQueue queue(db, who.id);
    LeadService leads(db);
    MeetingService meetings(db);
    std::mt19937 random(static_cast<unsigned>(seat) + 1U);
    // People do not act in step: each seat starts within its first pause, and each pause is half to
    // one and a half times the given one.
    const auto pause = [&](double share) {
        std::this_thread::sleep_for(std::chrono::milliseconds(static_cast<qint64>(pauseMs * share)));
    };
    pause(std::uniform_real_distribution<double>(0.0, 1.0)(random));
    while (QDateTime::currentSecsSinceEpoch() < until) {
        // Requests keep arriving from the site while the call center works: one per round.
        timed(times, SeatAction::Arrive, [&] {
            NewLead in;
            in.name = QStringLiteral("Заявка %1-%2").arg(seat).arg(random());
            in.phone = QStringLiteral("+7 9%1").arg(100000000 + random() % 899999999);
            in.createdAt = QDateTime::currentSecsSinceEpoch();
            return errorOf(leads.createLead(in));
        });
        // The queue as the desk opens it; its first lead is worked when no new lead is left to take.
        std::optional<Id> first;
        timed(times, SeatAction::OpenQueue, [&] {
            queue.refreshScope();
            const auto counts = queue.counts();
            if (!counts) {
                return counts.error().message();
            }
            for (const QueueTab tab : {QueueTab::NewLeads, QueueTab::Callbacks}) {
                const auto items = queue.items(tab);
                if (!items) {
                    return items.error().message();
                }
                if (!first && !items->empty()) {
                    first = items->front().leadId;
                }
            }
            return QString();
        });
        std::optional<Id> lead;
        timed(times, SeatAction::TakeLead, [&] {
            const Result<std::optional<Id>> taken = queue.claimNewLead();
            if (taken) {
                lead = *taken;
            }
            return taken ? QString() : taken.error().message();
        });
        // A person at the seat takes a moment between actions (none: as fast as the seat can go).
        pause(std::uniform_real_distribution<double>(0.5, 1.5)(random));
        if (!lead && first) {
            // The desk takes the lead it opens from the list; another seat may have just taken it.
            if (!queue.claim(*first)) {
                continue;
            }
            lead = first;
        }
        if (!lead) {
            continue;
        }
        timed(times, SeatAction::OpenCard, [&] { return errorOf(loadLeadHistory(db, *lead)); });
        const int dice = static_cast<int>(random() % 10);
        if (dice == 0) {
            timed(times, SeatAction::Book, [&] {
                const qint64 now = QDateTime::currentSecsSinceEpoch();
                const Id office = offices[random() % offices.size()];
                const qint64 slot = freeSlot(meetings, office, now);
                if (slot == 0) {
                    return QStringLiteral("no free slot");
                }
                CallInput in{*lead,
                             who.id,
                             CallOutcome::Booked,
                             std::nullopt,
                             std::nullopt,
                             std::nullopt,
                             {},
                             BookingRequest{office, slot, std::nullopt}};
                const Result<Id> booked = leads.logCall(in);
                // A slot another seat filled between the grid and the booking, or a client who already
                // has a meeting (the seat worked an old lead of its list), is a normal refusal.
                return booked || booked.error().code == ErrorCode::SlotFull ||
                               booked.error().code == ErrorCode::Conflict
                           ? QString()
                           : booked.error().message();
            });
        } else {
            timed(times, SeatAction::LogCall, [&] {
                CallInput in;
                in.leadId = *lead;
                in.operatorId = who.id;
                in.outcome = dice < 8 ? CallOutcome::NoAnswer : CallOutcome::Callback;
                if (in.outcome == CallOutcome::Callback) {
                    in.callbackAt = QDateTime::currentSecsSinceEpoch() + 3600;
                }
                return errorOf(leads.logCall(in));
            });
        }
    }
}

/// The address seat `seat` connects to: the same, or with the next of `logins` (each seat then
/// works as that person, under their row rules).
QString seatLocation(const QString& path, const QStringList& logins, int seat) {
    if (logins.isEmpty()) {
        return path;
    }
    const Result<ServerAddress> parsed = parseServerAddress(path);
    if (!parsed) {
        return path;
    }
    ServerAddress address = *parsed;
    address.login = logins[seat % logins.size()].trimmed();
    return address.url();
}

int runSeatsBench(const Args& a) {
    const QString path = *a.value("--db");
    bool ok = true;
    const int seats = a.value("--seats").value_or(QStringLiteral("20")).toInt(&ok);
    const int seconds = ok ? a.value("--seconds").value_or(QStringLiteral("60")).toInt(&ok) : 0;
    const int pauseMs = ok ? a.value("--pause-ms").value_or(QStringLiteral("0")).toInt(&ok) : 0;
    if (!ok || seats < 1 || seconds < 1 || pauseMs < 0) {
        return fail(QStringLiteral("--seats, --seconds and --pause-ms must be positive whole numbers"),
                    kExitUsage);
    }
    const QStringList logins =
        a.value("--logins").value_or(QString()).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!logins.isEmpty() && !isServerLocation(path)) {
        return fail(QStringLiteral("--logins is for a server address"), kExitUsage);
    }
    int exit = kExitOk;
    const std::unique_ptr<Database> db = openExisting(path, &exit);
    if (!db) {
        return exit;
    }
    const Result<std::vector<Employee>> people = CatalogReader(*db).employees();
    const Result<std::vector<Office>> offices = CatalogReader(*db).offices();
    if (!people || !offices) {
        return fail(QStringLiteral("the staff and offices cannot be read"));
    }
    std::vector<Employee> operators;
    std::copy_if(people->begin(), people->end(), std::back_inserter(operators),
                 [](const Employee& e) { return e.role == Role::Operator && e.active; });
    std::vector<Id> officeIds;
    for (const Office& o : *offices) {
        if (o.active) {
            officeIds.push_back(o.id);
        }
    }
    if (operators.empty() || officeIds.empty()) {
        return fail(QStringLiteral("the database has no operators or no offices"));
    }
    out() << "Database: " << path << ", " << seats << " seats for " << seconds << " s, pause about "
          << pauseMs << " ms (" << (db->onServer() ? "server" : "SQLite file") << ")\n";
    out().flush();
    SeatTimes times;
    const qint64 until = QDateTime::currentSecsSinceEpoch() + seconds;
    std::vector<std::thread> threads;
    for (int s = 0; s < seats; ++s) {
        threads.emplace_back(runSeat, seatLocation(path, logins, s),
                             operators[static_cast<std::size_t>(s) % operators.size()], std::cref(officeIds),
                             s, until, pauseMs, std::ref(times));
    }
    for (std::thread& t : threads) {
        t.join();
    }
    int total = 0;
    for (std::size_t i = 0; i < kActionNames.size(); ++i) {
        const auto action = static_cast<SeatAction>(i);
        const std::vector<double>& ms = times.ms[action];
        total += static_cast<int>(ms.size());
        const auto p = [&](double q) {
            return QString::number(FunnelEngine::percentile(ms, q).value_or(0), 'f', 1);
        };
        out() << QStringLiteral("%1 %2 times: p50 %3 ms, p95 %4 ms, max %5 ms, failed %6\n")
                     .arg(QLatin1String(kActionNames[i]), -38)
                     .arg(ms.size(), 6)
                     .arg(p(0.5), 7)
                     .arg(p(0.95), 7)
                     .arg(p(1.0), 7)
                     .arg(times.failures[action]);
    }
    out() << "actions per second, all seats: "
          << QString::number(total / static_cast<double>(seconds), 'f', 1) << '\n';
    for (const QString& e : times.firstErrors) {
        out() << "  failure: " << e << '\n';
    }
    return kExitOk;
}

}  // namespace

Command seatsBenchCommand() {
    return {QStringLiteral("bench seats"),
            {},
            {},
            QStringLiteral("a call center of N seats on one database at once, each on its own connection:\n"
                           "the median and 95th percentile of each action (it writes calls and bookings:\n"
                           "run it on a copy)"),
            {databaseOption(),
             {QStringLiteral("--seats"), QStringLiteral("N"),
              QStringLiteral("seats working at once (default 20)")},
             {QStringLiteral("--seconds"), QStringLiteral("S"),
              QStringLiteral("how long they work (default 60)")},
             {QStringLiteral("--pause-ms"), QStringLiteral("MS"),
              QStringLiteral("each seat's pause in a round, as a person takes: 0.5 to 1.5 times\n"
                             "this, the seats out of step (default 0)")},
             {QStringLiteral("--logins"), QStringLiteral("A,B,…"),
              QStringLiteral("on a server: the seats connect with these logins in turn, each as its\n"
                             "person (the password from PGPASSWORD)")}},
            runSeatsBench};
}

}  // namespace fd::cli
