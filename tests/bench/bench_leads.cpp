// funneldesk-bench-leads: how the leads workspace behaves on a big database.
// Prints the time from start to the first rows painted, the time to apply sorts, a text
// filter and scrolls, and the peak memory. Runs offscreen; not a test (figures only).

#include "models/leads_model.h"
#include "services/sign_in.h"
#include "storage/database.h"
#include "translations.h"
#include "util/platform.h"
#include "views/leads_workspace.h"
#include "views/main_window.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

namespace {

QElapsedTimer g_clock;

/// Waits until the model has loaded what the view asked for, then paints the view.
bool settle(fd::app::LeadsModel* model, QTableView* view) {
    for (int round = 0; round < 4; ++round) {
        if (!model->isIdle()) {
            QEventLoop loop;
            QObject::connect(model, &fd::app::LeadsModel::idle, &loop, &QEventLoop::quit);
            QObject::connect(model, &fd::app::LeadsModel::loadFailed, &loop, [&] { loop.exit(1); });
            QTimer::singleShot(120000, &loop, [&] { loop.exit(2); });
            if (loop.exec() != 0) {
                return false;
            }
        }
        // Painting asks for the visible rows; if they were not loaded, wait for them too.
        view->viewport()->repaint();
        QCoreApplication::processEvents();
        if (model->isIdle()) {
            return true;
        }
    }
    return model->isIdle();
}

}  // namespace

int main(int argc, char* argv[]) {
    g_clock.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FunnelDesk-bench"));
    QTextStream out(stdout);
    const QStringList args = QApplication::arguments();
    const qsizetype dbAt = args.indexOf(QStringLiteral("--db"));
    if (dbAt < 0 || dbAt + 1 >= args.size()) {
        QTextStream(stderr) << "usage: funneldesk-bench-leads --db PATH\n";
        return 2;
    }
    fd::app::installTranslations(app, QStringLiteral("ru"));

    auto db = fd::core::Database::open(args.at(dbAt + 1), fd::core::OpenMode::Existing);
    if (!db) {
        QTextStream(stderr) << "funneldesk-bench-leads: error: " << db.error().message() << '\n';
        return 1;
    }
    if ((*db)->onServer()) {
        // On a server the login of the address is the person: they act as themselves.
        (void)fd::core::SignIn(**db).signIn((*db)->serverLogin(), {});
    }
    fd::app::MainWindow window(std::move(db).value());
    window.resize(1440, 860);
    window.show();
    auto* ws = qobject_cast<fd::app::LeadsWorkspace*>(window.currentWorkspace());
    fd::app::LeadsModel* model = ws->model();
    QTableView* view = ws->view();
    // The first rows are painted as soon as they arrive; the count of the whole list follows.
    qint64 firstRowsPainted = -1;
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [&] {
        if (firstRowsPainted < 0 && model->rowCount() > 0) {
            view->viewport()->repaint();
            firstRowsPainted = g_clock.elapsed();
        }
    });
    if (!settle(model, view)) {
        QTextStream(stderr) << "funneldesk-bench-leads: error: the leads did not load\n";
        return 1;
    }
    out << "leads in the list:            " << model->totalCount() << '\n';
    out << "start to first rows painted:  " << firstRowsPainted << " ms\n";
    out << "start to the count shown:     " << g_clock.elapsed() << " ms\n";

    // Each change: the time to its first rows painted, and to the list settled with its count.
    auto measure = [&](const char* what, const std::function<void()>& action) {
        QElapsedTimer t;
        qint64 rowsPainted = -1;
        const QMetaObject::Connection shown =
            QObject::connect(model, &QAbstractItemModel::modelReset, view, [&] {
                if (rowsPainted < 0 && model->rowCount() > 0) {
                    view->viewport()->repaint();
                    rowsPainted = t.elapsed();
                }
            });
        t.start();
        action();
        const bool ok = settle(model, view);
        QObject::disconnect(shown);
        const qint64 settled = t.elapsed();
        const QString label = QString::fromUtf8(what);
        out << label << QString(std::max<qsizetype>(1, 30 - label.size()), QLatin1Char(' ')) << settled
            << " ms" << (ok ? "" : " (FAILED)") << "  [" << model->totalCount() << " rows]";
        if (rowsPainted >= 0 && rowsPainted < settled) {
            out << "  first rows " << rowsPainted << " ms";
        }
        out << '\n';
        out.flush();
    };
    using fd::core::LeadColumn;
    measure("sort by name (A-Z):",
            [&] { view->sortByColumn(static_cast<int>(LeadColumn::Name), Qt::AscendingOrder); });
    measure("sort by revenue (desc):",
            [&] { view->sortByColumn(static_cast<int>(LeadColumn::Revenue), Qt::DescendingOrder); });
    measure("sort by next meeting:",
            [&] { view->sortByColumn(static_cast<int>(LeadColumn::NextMeeting), Qt::DescendingOrder); });
    measure("sort by operator:",
            [&] { view->sortByColumn(static_cast<int>(LeadColumn::Operator), Qt::AscendingOrder); });
    measure("sort by created (newest):",
            [&] { view->sortByColumn(static_cast<int>(LeadColumn::Created), Qt::DescendingOrder); });
    measure("scroll to the middle:",
            [&] { view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2); });
    measure("scroll to the end:",
            [&] { view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum()); });
    measure("scroll to the top:", [&] { view->verticalScrollBar()->setValue(0); });
    measure("text filter \"ИВАНОВА\":", [&] {
        ws->searchField()->setText(QStringLiteral("ИВАНОВА"));
        ws->applyFilters();
    });
    measure("text filter phone digits:", [&] {
        ws->searchField()->setText(QStringLiteral("915 67"));
        ws->applyFilters();
    });
    measure("filter: one status + sort by name:", [&] {
        fd::core::LeadFilter f;
        f.status = fd::core::LeadStatus::Sold;
        model->setFilter(f);
        view->sortByColumn(static_cast<int>(LeadColumn::Name), Qt::AscendingOrder);
    });
    measure("filter: office + last 30 days:", [&] {
        fd::core::LeadFilter f;
        f.officeId = 1;
        f.createdFrom = QDateTime::currentSecsSinceEpoch() - 30 * 86400;
        model->setFilter(f);
    });
    measure("filter: operator + channel:", [&] {
        fd::core::LeadFilter f;
        f.operatorId = 2;
        f.channelId = 4;
        model->setFilter(f);
        view->sortByColumn(static_cast<int>(LeadColumn::Created), Qt::DescendingOrder);
    });
    measure("clear the filter:", [&] {
        model->setFilter({});
        ws->searchField()->clear();
        ws->applyFilters();
    });
    out << "peak memory (VmHWM):          " << QString::number(fd::core::peakResidentMiB(), 'f', 1)
        << " MiB\n";
    return 0;
}
