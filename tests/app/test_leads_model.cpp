#include "test_support.h"

#include "models/leads_model.h"
#include "services/demo_generator.h"
#include "services/lead_service.h"
#include "storage/lead_list_repository.h"
#include "views/lead_card.h"
#include "views/leads_workspace.h"
#include "views/main_window.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>

using namespace fd::core;
using fd::app::LeadsModel;
using fd::test::require;

namespace {

/// A demo database of `leads` leads in a temporary folder.
QString makeDemo(const QTemporaryDir& dir, qint64 leads) {
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    auto db = require(Database::open(path, OpenMode::CreateNew));
    DemoOptions o;
    o.leads = leads;
    o.seed = 5;
    o.endDate = QDate(2026, 9, 30);
    require(DemoGenerator(*db).generate(o));
    return path;
}

/// Waits until the model is idle (the count and all requested chunks loaded).
void waitIdle(LeadsModel& model) {
    for (int i = 0; i < 400 && !model.isIdle(); ++i) {
        QEventLoop loop;
        QObject::connect(&model, &LeadsModel::idle, &loop, &QEventLoop::quit);
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    REQUIRE(model.isIdle());
}

/// Asks for every row's data (as a view scrolling through would) and waits for the loads.
void touchAllRows(LeadsModel& model) {
    for (int r = 0; r < model.rowCount(); r += LeadsModel::kChunkSize) {
        (void)model.data(model.index(r, 0));
    }
    waitIdle(model);
}

qint64 sqlCount(Database& db, const QString& sql, const QVariantList& values = {}) {
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(sql));
    for (int i = 0; i < values.size(); ++i) {
        q.bindValue(i, values[i]);
    }
    INFO(sql.toStdString());
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

std::vector<Id> sqlIds(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    std::vector<Id> out;
    while (q.next()) {
        out.push_back(q.value(0).toLongLong());
    }
    return out;
}

}  // namespace

TEST_CASE("The leads model passes QAbstractItemModelTester through loads, sorts and filters",
          "[app][model]") {
    QTemporaryDir dir;
    const QString path = makeDemo(dir, 1500);
    LeadsModel model(path, std::nullopt);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    waitIdle(model);
    REQUIRE(model.rowCount() > 1000);
    touchAllRows(model);
    for (int column = 0; column < kLeadColumnCount; ++column) {
        model.sort(column, column % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
        waitIdle(model);
        touchAllRows(model);
    }
    LeadFilter f;
    f.status = LeadStatus::Sold;
    model.setFilter(f);
    waitIdle(model);
    touchAllRows(model);
    CHECK(model.rowCount() > 0);
    f.text = QStringLiteral("ничего такого нет");
    model.setFilter(f);
    waitIdle(model);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("A long list shows its first rows before it is counted, and the count follows", "[app][model]") {
    QTemporaryDir dir;
    const QString path = makeDemo(dir, 1500);
    auto db = require(Database::open(path, OpenMode::Existing));
    const qint64 all = sqlCount(*db, QStringLiteral("SELECT count(*) FROM leads"));
    const qint64 sold = sqlCount(*db, QStringLiteral("SELECT count(*) FROM leads WHERE status = 'sold'"));
    REQUIRE(all > LeadsModel::kChunkSize);
    REQUIRE(sold < LeadsModel::kChunkSize);

    LeadsModel model(path, std::nullopt);
    std::vector<std::pair<int, bool>> resets;  // rows and "still counting" when the rows arrive
    std::vector<qint64> counts;
    QObject::connect(&model, &QAbstractItemModel::modelReset, &model,
                     [&] { resets.emplace_back(model.rowCount(), model.isCounting()); });
    QObject::connect(&model, &LeadsModel::countKnown, &model, [&](qint64 n) { counts.push_back(n); });
    waitIdle(model);
    REQUIRE(resets.size() == 1);
    CHECK(resets[0] == std::pair<int, bool>(LeadsModel::kChunkSize, true));
    CHECK(counts == std::vector<qint64>{all});
    CHECK(model.rowCount() == all);
    CHECK_FALSE(model.isCounting());

    // A list shorter than a chunk is counted by its first rows: no second query, no wait.
    LeadFilter f;
    f.status = LeadStatus::Sold;
    model.setFilter(f);
    waitIdle(model);
    REQUIRE(resets.size() == 2);
    CHECK(resets[1] == std::pair<int, bool>(static_cast<int>(sold), false));
    CHECK(counts.back() == sold);
}

TEST_CASE("Scrolling to the middle and the end shows the right rows in each sort order", "[app][model]") {
    QTemporaryDir dir;
    const QString path = makeDemo(dir, 3000);
    auto db = require(Database::open(path, OpenMode::Existing));
    auto checkDb = require(Database::open(path, OpenMode::Existing));
    fd::app::MainWindow window(std::move(db));
    window.resize(1440, 860);
    window.show();
    auto* ws = qobject_cast<fd::app::LeadsWorkspace*>(window.currentWorkspace());
    REQUIRE(ws != nullptr);
    LeadsModel& model = *ws->model();
    QTableView* view = ws->view();
    waitIdle(model);

    // The orderings as docs/architecture.md states them, written independently of the code.
    struct Order {
        LeadColumn column;
        Qt::SortOrder order;
        const char* sql;
    };
    const Order orders[] = {
        {LeadColumn::Created, Qt::DescendingOrder,
         "SELECT l.id FROM leads l ORDER BY l.created_at DESC, l.id DESC"},
        {LeadColumn::Name, Qt::AscendingOrder,
         "SELECT l.id FROM leads l JOIN contacts c ON c.id = l.contact_id "
         "ORDER BY c.name, c.id, l.created_at, l.id"},
        {LeadColumn::Operator, Qt::AscendingOrder,
         "SELECT l.id FROM leads l LEFT JOIN employees e ON e.id = l.operator_id "
         "ORDER BY e.name IS NOT NULL, e.name, e.id, l.created_at, l.id"},
        {LeadColumn::Office, Qt::DescendingOrder,
         "SELECT l.id FROM leads l LEFT JOIN offices o ON o.id = l.office_id "
         "ORDER BY o.name IS NOT NULL DESC, o.name DESC, o.id DESC, l.created_at DESC, l.id DESC"},
        {LeadColumn::Revenue, Qt::DescendingOrder,
         "SELECT l.id FROM leads l ORDER BY l.revenue DESC, l.created_at DESC, l.id DESC"},
    };
    for (const Order& o : orders) {
        INFO("column " << static_cast<int>(o.column));
        view->sortByColumn(static_cast<int>(o.column), o.order);
        waitIdle(model);
        const std::vector<Id> expected = sqlIds(*checkDb, QString::fromLatin1(o.sql));
        REQUIRE(static_cast<qint64>(expected.size()) == model.totalCount());
        for (const double where : {0.5, 1.0}) {
            QScrollBar* bar = view->verticalScrollBar();
            bar->setValue(static_cast<int>(bar->maximum() * where));
            QApplication::processEvents();
            view->viewport()->repaint();
            waitIdle(model);
            const int top = view->rowAt(0);
            const int bottom = view->rowAt(view->viewport()->height() - 1);
            REQUIRE(top >= 0);
            const int last = bottom < 0 ? model.rowCount() - 1 : bottom;
            REQUIRE(last > top);
            if (where == 1.0) {
                CHECK(last == model.rowCount() - 1);
            }
            for (int r = top; r <= last; ++r) {
                INFO("row " << r);
                REQUIRE(model.rowAt(r) != nullptr);
                CHECK(model.rowAt(r)->id == expected[static_cast<std::size_t>(r)]);
            }
        }
    }
}

TEST_CASE("Filter combinations give the counts independent SQL gives", "[app][model]") {
    QTemporaryDir dir;
    const QString path = makeDemo(dir, 3000);
    auto db = require(Database::open(path, OpenMode::Existing));
    LeadsModel model(path, std::nullopt);
    waitIdle(model);
    CHECK(model.totalCount() == sqlCount(*db, QStringLiteral("SELECT count(*) FROM leads")));

    const qint64 from = QDateTime(QDate(2026, 7, 1), QTime(0, 0)).toSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2026, 8, 1), QTime(0, 0)).toSecsSinceEpoch();
    // The office of a lead is the office of its latest meeting: computed here from meetings.
    const QString officeOf = QStringLiteral(
        "(SELECT m.office_id FROM meetings m WHERE m.lead_id = l.id ORDER BY m.scheduled_at DESC, m.id DESC "
        "LIMIT 1)");
    struct Case {
        LeadFilter filter;
        QString where;
        QVariantList values;
    };
    std::vector<Case> cases;
    {
        LeadFilter f;
        f.status = LeadStatus::Sold;
        cases.push_back({f, QStringLiteral("l.status = 'sold'"), {}});
    }
    {
        LeadFilter f;
        f.channelId = 4;
        f.createdFrom = from;
        f.createdTo = to;
        cases.push_back(
            {f, QStringLiteral("l.channel_id = 4 AND l.created_at >= ? AND l.created_at < ?"), {from, to}});
    }
    {
        LeadFilter f;
        f.officeId = 2;
        cases.push_back({f, officeOf + QStringLiteral(" = 2"), {}});
    }
    {
        LeadFilter f;
        f.officeId = 1;
        f.operatorId = 2;
        f.status = LeadStatus::NonTarget;
        cases.push_back(
            {f, officeOf + QStringLiteral(" = 1 AND l.operator_id = 2 AND l.status = 'non_target'"), {}});
    }
    {
        LeadFilter f;
        f.operatorId = 3;
        f.channelId = 1;
        f.createdFrom = from;
        cases.push_back(
            {f, QStringLiteral("l.operator_id = 3 AND l.channel_id = 1 AND l.created_at >= ?"), {from}});
    }
    for (const Case& c : cases) {
        INFO(c.where.toStdString());
        model.setFilter(c.filter);
        waitIdle(model);
        const qint64 expected =
            sqlCount(*db, QStringLiteral("SELECT count(*) FROM leads l WHERE ") + c.where, c.values);
        CHECK(expected > 0);
        CHECK(model.totalCount() == expected);
    }
}

TEST_CASE("Search finds names case-insensitively in Cyrillic and phones by their digits", "[app][search]") {
    fd::test::World w;
    LeadService leads(*w.db, w.clock);
    const char* people[][2] = {
        {"Ёлкина Мария", "+7 912 000-00-01"}, {"ЕЛКИН Пётр", "8 912 000 00 02"},
        {"Иванов Иван", "+79120000003"},      {"иванова анна", "+79120000004"},
        {"John Smith", "+79120000005"},       {"Мария Иванова-Петрова", "+79123456789"},
    };
    for (const auto& p : people) {
        NewLead in;
        in.name = QString::fromUtf8(p[0]);
        in.phone = QString::fromUtf8(p[1]);
        require(leads.createLead(in));
        w.now += 60;
    }
    LeadsModel model(w.path(), std::nullopt);
    waitIdle(model);
    auto found = [&](const QString& text) {
        LeadFilter f;
        f.text = text;
        model.setFilter(f);
        waitIdle(model);
        touchAllRows(model);
        QStringList names;
        for (int r = 0; r < model.rowCount(); ++r) {
            names << model.rowAt(r)->name;
        }
        names.sort();
        return names;
    };
    CHECK(found(QStringLiteral("ёлк")) ==
          QStringList{QStringLiteral("Ёлкина Мария"), QStringLiteral("ЕЛКИН Пётр")});
    CHECK(found(QStringLiteral("ЕЛКИНА")) == QStringList{QStringLiteral("Ёлкина Мария")});
    QStringList ivanov{QStringLiteral("Иванов Иван"), QStringLiteral("иванова анна"),
                       QStringLiteral("Мария Иванова-Петрова")};
    ivanov.sort();
    CHECK(found(QStringLiteral("ИВАНОВ")) == ivanov);
    CHECK(found(QStringLiteral("мАрИя")).size() == 2);
    // "ё" is read as "е", as people type it either way.
    CHECK(found(QStringLiteral("пётр")) ==
          QStringList{QStringLiteral("ЕЛКИН Пётр"), QStringLiteral("Мария Иванова-Петрова")});
    CHECK(found(QStringLiteral("ив")).size() == 3);  // two letters: searched without the trigram index
    CHECK(found(QStringLiteral("smith")) == QStringList{QStringLiteral("John Smith")});
    CHECK(found(QStringLiteral("8 (912) 345-67-89")) == QStringList{QStringLiteral("Мария Иванова-Петрова")});
    CHECK(found(QStringLiteral("000-00-0")).size() == 5);
    CHECK(found(QStringLiteral("100%")).isEmpty());

    // Typed into the search field as key events with Cyrillic text.
    fd::app::MainWindow window(require(Database::open(w.path(), OpenMode::Existing)));
    window.show();
    auto* ws = qobject_cast<fd::app::LeadsWorkspace*>(window.currentWorkspace());
    waitIdle(*ws->model());
    QLineEdit* search = ws->searchField();
    search->setFocus();
    for (const QChar ch : QStringLiteral("ПЕТРОВА")) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(search, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(search, &release);
    }
    CHECK(search->text() == QStringLiteral("ПЕТРОВА"));
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(search, &enter);
    waitIdle(*ws->model());
    REQUIRE(ws->model()->totalCount() == 1);
    CHECK(ws->model()->rowAt(0)->name == QStringLiteral("Мария Иванова-Петрова"));
}

TEST_CASE("The lead card shows the contact, source, touches and the timeline", "[app][card]") {
    QTemporaryDir dir;
    const QString path = makeDemo(dir, 1500);
    auto db = require(Database::open(path, OpenMode::Existing));
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT l.id FROM leads l WHERE l.first_paid_at IS NOT NULL AND EXISTS (SELECT 1 FROM lead_touches t "
        "WHERE t.lead_id = l.id) ORDER BY l.id LIMIT 1")));
    REQUIRE(q.next());
    const Id lead = q.value(0).toLongLong();
    q.finish();
    fd::app::LeadCard card;
    card.showLead(*db, lead);
    const QString text = card.toPlainText();
    INFO(text.toStdString());
    CHECK(card.leadId() == lead);
    CHECK(text.contains(QStringLiteral("Repeat requests: ")));
    CHECK(text.contains(QStringLiteral("Request received")));
    CHECK(text.contains(QStringLiteral("Call: booked a meeting")));
    CHECK(text.contains(QStringLiteral("Came to the office")));
    CHECK(text.contains(QStringLiteral("Contract signed")));
    CHECK(text.contains(QStringLiteral("Payment")));
}
