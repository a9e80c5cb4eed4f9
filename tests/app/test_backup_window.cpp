// Backups from the window: the day's first start leaves a copy in the data folder; File ▸ Back up
// writes a checked copy; File ▸ Restore puts a copy back, keeps the replaced file and opens the
// database again.
#include "app_test_support.h"
#include "dashboard_test_support.h"
#include "test_support.h"

#include "daily_backup.h"
#include "dialogs/sign_in_dialog.h"
#include "services/catalog_reader.h"
#include "services/catalog_service.h"
#include "services/demo_generator.h"
#include "services/sign_in.h"
#include "storage/database.h"
#include "storage/database_backup.h"
#include "views/main_window.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace fd;
using fd::test::Demo;
using fd::test::require;

namespace {

/// Answers the dialogs the next action opens, one after another, as a person would: a file
/// dialog gets `file`, a question gets Yes, a message OK (its text kept), the sign-in the head.
struct Answers {
    QString file;
    QStringList messages;
    QTimer timer;

    explicit Answers(QString chosen) : file(std::move(chosen)) {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (auto* d = qobject_cast<QFileDialog*>(modal)) {
                d->setDirectory(QFileInfo(file).absolutePath());
                if (auto* name = d->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))) {
                    name->setText(QFileInfo(file).fileName());
                }
                auto* buttons = d->findChild<QDialogButtonBox*>();
                QPushButton* go = buttons ? buttons->button(d->acceptMode() == QFileDialog::AcceptSave
                                                                ? QDialogButtonBox::Save
                                                                : QDialogButtonBox::Open)
                                          : nullptr;
                if (go) {
                    QTest::mouseClick(go, Qt::LeftButton);
                }
            } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                messages << box->text();
                QAbstractButton* yes = box->button(QMessageBox::Yes);
                (yes ? yes : box->button(QMessageBox::Ok))->click();
            } else if (auto* signIn = qobject_cast<app::SignInDialog*>(modal)) {
                signIn->loginEdit()->setText(QStringLiteral("admin"));
                signIn->passwordEdit()->setText(QString::fromLatin1(core::kDemoPassword));
                QTest::keyClick(signIn->passwordEdit(), Qt::Key_Return);
            }
        });
        timer.start();
    }
};

}  // namespace

TEST_CASE("The day's first start leaves a copy, and File ▸ Back up and Restore work from the window",
          "[app][backup]") {
    fd::test::Language english{QStringLiteral("en")};
    Demo demo;
    const QString path = demo.db->path();
    demo.db.reset();
    auto db = require(core::Database::open(path, core::OpenMode::Existing));
    require(core::SignIn(*db, demo.clock)
                .signIn(QStringLiteral("admin"), QString::fromLatin1(core::kDemoPassword)));
    auto window = std::make_unique<app::MainWindow>(std::move(db), demo.clock);
    window->show();

    // The copy of the day, in the data folder, checked.
    window->dailyBackup()->wait();
    const QString daily = app::DailyBackup::folderFor(path) + QStringLiteral("/demo-2026-06-30.sqlite");
    CHECK(QFileInfo::exists(daily));
    CHECK(core::DatabaseBackup::check(daily).ok());
    CHECK_FALSE(window->dailyBackup()->startIfDue(path, window->database().actor(), QDate(2026, 6, 30)));

    // File ▸ Back up into a file the head chooses.
    const QString copy = QFileInfo(path).absolutePath() + QStringLiteral("/copy.sqlite");
    {
        Answers answers(copy);
        window->backUp();
        INFO(answers.messages.join(QStringLiteral(" | ")).toStdString());
        REQUIRE(answers.messages.size() == 1);
        CHECK(answers.messages[0].contains(QStringLiteral("checked")));
        CHECK(answers.messages[0].contains(QStringLiteral("copy.sqlite")));
    }
    const core::Result<int> checked = core::DatabaseBackup::check(copy);
    INFO((checked ? QString() : checked.error().message()).toStdString());
    CHECK(checked.ok());

    // A change after the copy; then the copy put back: the change is gone, the window works on.
    require(core::CatalogService(window->database()).addChannel(QStringLiteral("Канал после копии")));
    {
        Answers answers(copy);
        window->restoreBackup();
        INFO(answers.messages.join(QStringLiteral(" | ")).toStdString());
        REQUIRE(answers.messages.size() == 2);  // the question, then what was done
        CHECK(answers.messages[1].contains(QStringLiteral("replaced-")));
    }
    REQUIRE(window->database().actor());
    CHECK(window->database().path() == path);
    const auto channels = require(core::CatalogReader(window->database()).channels());
    CHECK(std::none_of(channels.begin(), channels.end(),
                       [](const core::Channel& c) { return c.name == QStringLiteral("Канал после копии"); }));
    const QStringList aside = QDir(QFileInfo(path).absolutePath())
                                  .entryList({QStringLiteral("demo.sqlite.replaced-*")}, QDir::Files);
    CHECK(aside.size() == 1);
}

TEST_CASE("A damaged file opens with a banner that says what to do, and nothing is written to it",
          "[app][backup]") {
    fd::test::Language english{QStringLiteral("en")};
    Demo demo;
    const QString path = demo.db->path();
    QSqlQuery q(demo.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'call_attempts'")));
    REQUIRE(q.next());
    const qint64 page = q.value(0).toLongLong();
    REQUIRE(q.exec(QStringLiteral("PRAGMA page_size")));
    REQUIRE(q.next());
    const qint64 pageSize = q.value(0).toLongLong();
    q.finish();
    demo.db.reset();
    fd::test::overwritePage(path, page, pageSize);

    auto db = require(core::Database::open(path, core::OpenMode::Existing));
    REQUIRE(db->isDamaged());
    // The file cannot record the sign-in; the person signs in all the same, to read.
    REQUIRE(core::SignIn(*db, demo.clock)
                .signIn(QStringLiteral("admin"), QString::fromLatin1(core::kDemoPassword))
                .ok());
    app::MainWindow window(std::move(db), demo.clock);
    window.show();
    CHECK(window.damageBanner()->isVisible());
    CHECK(window.damageBanner()->text().contains(QStringLiteral("funneldesk-cli recover")));
    const core::Result<core::Id> channel =
        core::CatalogService(window.database()).addChannel(QStringLiteral("Новый канал"));
    REQUIRE_FALSE(channel.ok());
    CHECK(channel.error().message().contains(QStringLiteral("damaged")));
}
