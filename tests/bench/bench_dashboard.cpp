// funneldesk-bench-dashboard: the marketing dashboard on a big database. Prints the time from
// opening to the first painted report, from each filter change to the refreshed and painted
// dashboard, and from a double-click on a count to the painted list of its leads; then the
// peak memory. Runs offscreen; not a test (figures only).
//
//   funneldesk-bench-dashboard --db PATH

#include "dialogs/drill_down_dialog.h"
#include "models/dashboard_model.h"
#include "multi_choice.h"
#include "services/sign_in.h"
#include "storage/database.h"
#include "util/platform.h"
#include "views/marketing_workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSpinBox>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace {

/// Runs `change`, waits for the dashboard's next report and paints it; the milliseconds.
qint64 timed(fd::app::MarketingWorkspace& ws, const std::function<void()>& change) {
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    const auto done = QObject::connect(&ws, &fd::app::Workspace::ready, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, [&] { loop.exit(1); });
    change();
    if (!ws.isReady()) {
        loop.exec();
    }
    QObject::disconnect(done);
    ws.repaint();
    return t.elapsed();
}

}  // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QApplication::arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--db"));
    if (at < 0 || at + 1 >= args.size()) {
        QTextStream(stderr) << "usage: funneldesk-bench-dashboard --db PATH\n";
        return 2;
    }
    auto db = fd::core::Database::open(args[at + 1], fd::core::OpenMode::Existing);
    if (!db) {
        QTextStream(stderr) << "funneldesk-bench-dashboard: error: " << db.error().message() << '\n';
        return 1;
    }
    if ((*db)->onServer()) {
        // On a server the login of the address is the person: they act as themselves.
        (void)fd::core::SignIn(**db).signIn((*db)->serverLogin(), {});
    }
    auto pad = [](const QString& s) { return s.leftJustified(46); };
    QElapsedTimer t;
    t.start();
    fd::app::MarketingWorkspace ws(**db);
    ws.resize(1440, 860);
    ws.show();
    qint64 first = timed(ws, [] {});
    out << pad(QStringLiteral("dashboard opens (first report painted):")) << first << " ms (incl. reading "
        << t.elapsed() << " ms since start)\n";
    out.flush();

    std::vector<qint64> changes;
    const std::vector<std::pair<QString, std::function<void()>>> steps{
        {QStringLiteral("by operator"), [&] { ws.setBreakdown(fd::core::Breakdown::Operator); }},
        {QStringLiteral("period mode"), [&] { ws.setMode(fd::core::FunnelMode::Period); }},
        {QStringLiteral("by week"), [&] { ws.setBreakdown(fd::core::Breakdown::Week); }},
        {QStringLiteral("cohort mode"), [&] { ws.setMode(fd::core::FunnelMode::Cohort); }},
        {QStringLiteral("window 30 days"), [&] { ws.windowBox()->setValue(30); }},
        {QStringLiteral("one channel"), [&] { ws.channelChoice()->setSelected({1}); }},
        {QStringLiteral("by campaign"), [&] { ws.setBreakdown(fd::core::Breakdown::Campaign); }},
        {QStringLiteral("all channels"), [&] { ws.channelChoice()->setSelected({}); }},
        {QStringLiteral("one office"), [&] { ws.officeChoice()->setSelected({1}); }},
        {QStringLiteral("by manager"), [&] { ws.setBreakdown(fd::core::Breakdown::Manager); }},
        {QStringLiteral("this quarter"), [&] { ws.setPreset(fd::app::MarketingWorkspace::Preset::Quarter); }},
        {QStringLiteral("all offices, by channel"),
         [&] {
             ws.officeChoice()->setSelected({});
             ws.setBreakdown(fd::core::Breakdown::Channel);
         }},
    };
    for (const auto& [name, change] : steps) {
        const qint64 ms = timed(ws, change);
        changes.push_back(ms);
        out << pad(QStringLiteral("filter: %1:").arg(name)) << ms << " ms (report " << ws.lastComputeMs()
            << " ms, " << ws.model()->report().total.stages[0] << " leads)\n";
        out.flush();
    }
    std::sort(changes.begin(), changes.end());
    out << pad(QStringLiteral("filter change -> painted:")) << "median " << changes[changes.size() / 2]
        << " ms, max " << changes.back() << " ms over " << changes.size() << " changes\n";

    std::vector<qint64> drills;
    for (const int column : {int(fd::app::DashboardModel::Leads), int(fd::app::DashboardModel::Target),
                             int(fd::app::DashboardModel::Sales)}) {
        const int row = ws.model()->rowCount() - 1;  // the total: the biggest list
        QElapsedTimer d;
        d.start();
        QEventLoop loop;
        fd::app::DrillDownDialog* opened = nullptr;
        const auto c = QObject::connect(&ws, &fd::app::MarketingWorkspace::drillDownOpened, &loop,
                                        [&](fd::app::DrillDownDialog* dialog) {
                                            opened = dialog;
                                            loop.quit();
                                        });
        ws.drillDown(ws.model()->index(row, column));
        QTimer::singleShot(60000, &loop, [&] { loop.exit(1); });
        loop.exec();
        QObject::disconnect(c);
        if (!opened) {
            QTextStream(stderr) << "funneldesk-bench-dashboard: error: the drill-down did not open\n";
            return 1;
        }
        opened->repaint();
        drills.push_back(d.elapsed());
        out << pad(QStringLiteral("drill-down: %1 of the total:")
                       .arg(ws.model()->headerData(column, Qt::Horizontal).toString()))
            << d.elapsed() << " ms (" << opened->model()->rowCount() << " leads, card shown)\n";
        opened->close();
    }
    out << pad(QStringLiteral("peak memory (VmHWM):")) << QString::number(fd::core::peakResidentMiB(), 'f', 1)
        << " MiB\n";
    return 0;
}
