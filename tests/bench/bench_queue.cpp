// funneldesk-bench-queue: how the call-center workspace behaves on a big database.
// Prints the time to open the queue (counts of every list, the first list, the first lead's
// card, painted), to switch lists, and to log "no answer" and show the next lead, and the
// peak memory. It logs real calls: run it on a copy of the database. Not a test (figures only).

#include "models/queue_model.h"
#include "services/sign_in.h"
#include "storage/database.h"
#include "translations.h"
#include "util/platform.h"
#include "views/lead_card.h"
#include "views/operator_workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabBar>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

void paint(fd::app::OperatorWorkspace& ws) {
    ws.queueView()->viewport()->repaint();
    ws.card()->viewport()->repaint();
    ws.tabs()->repaint();
    QCoreApplication::processEvents();
}

QString pad(const QString& label) {
    return label + QString(std::max<qsizetype>(1, 36 - label.size()), QLatin1Char(' '));
}

}  // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FunnelDesk-bench"));
    QTextStream out(stdout);
    const QStringList args = QApplication::arguments();
    auto value = [&](const char* name, const QString& fallback) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const QString path = value("--db", {});
    if (path.isEmpty()) {
        QTextStream(stderr) << "usage: funneldesk-bench-queue --db PATH [--operator ID] [--outcomes N]\n"
                               "It logs calls into the database: use a copy.\n";
        return 2;
    }
    const QString who = value("--operator", QStringLiteral("2"));
    const int outcomes = std::max(1, value("--outcomes", QStringLiteral("30")).toInt());
    fd::app::installTranslations(app, QStringLiteral("ru"));

    QElapsedTimer t;
    t.start();
    auto db = fd::core::Database::open(path, fd::core::OpenMode::Existing);
    if (!db) {
        QTextStream(stderr) << "funneldesk-bench-queue: error: " << db.error().message() << '\n';
        return 1;
    }
    if ((*db)->onServer()) {
        // On a server the login of the address is the person: they act as themselves.
        (void)fd::core::SignIn(**db).signIn((*db)->serverLogin(), {});
    }
    out << pad(QStringLiteral("open the database:")) << t.elapsed() << " ms\n";
    if (!fd::app::OperatorWorkspace::preselectOperator(**db, who)) {
        QTextStream(stderr) << "funneldesk-bench-queue: error: no active operator " << who << '\n';
        return 1;
    }

    t.restart();
    fd::app::OperatorWorkspace ws(**db);
    ws.resize(1300, 800);
    ws.show();
    paint(ws);
    const qint64 open = t.elapsed();
    out << pad(QStringLiteral("queue opens (counts, list, card):")) << open << " ms  ["
        << ws.tabs()->tabText(0) << " | " << ws.tabs()->tabText(1) << " | " << ws.tabs()->tabText(2) << " | "
        << ws.tabs()->tabText(3) << "]\n";
    for (int tab : {1, 2, 3, 0}) {
        t.restart();
        ws.selectTab(static_cast<fd::core::QueueTab>(tab));
        paint(ws);
        out << pad(QStringLiteral("switch to \"%1\":").arg(ws.tabs()->tabText(tab))) << t.elapsed()
            << " ms\n";
    }

    std::vector<qint64> times;
    for (int i = 0; i < outcomes && ws.currentLead(); ++i) {
        const fd::core::Id before = *ws.currentLead();
        QElapsedTimer one;
        one.start();
        ws.logOutcome(fd::core::CallOutcome::NoAnswer);
        paint(ws);
        times.push_back(one.nsecsElapsed() / 1000);
        if (ws.currentLead() == before) {
            QTextStream(stderr) << "funneldesk-bench-queue: error: the next lead did not open: "
                                << ws.errorText() << '\n';
            return 1;
        }
    }
    if (!times.empty()) {
        std::vector<qint64> sorted = times;
        std::sort(sorted.begin(), sorted.end());
        out << pad(QStringLiteral("no answer -> next lead shown:"))
            << QStringLiteral("median %1 ms, max %2 ms over %3 calls")
                   .arg(QString::number(static_cast<double>(sorted[sorted.size() / 2]) / 1000.0, 'f', 1),
                        QString::number(static_cast<double>(sorted.back()) / 1000.0, 'f', 1))
                   .arg(sorted.size())
            << '\n';
    }
    out << pad(QStringLiteral("peak memory (VmHWM):")) << QString::number(fd::core::peakResidentMiB(), 'f', 1)
        << " MiB\n";
    return 0;
}
