// Every workspace works on a 1280×720 screen in both languages, and the window never grows by
// itself.

#include "app_test_support.h"
#include "test_support.h"

#include "services/demo_generator.h"
#include "views/main_window.h"
#include "views/operator_workspace.h"
#include "views/workspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

using namespace fd::core;
using fd::test::require;

namespace {

/// The widgets wider than `limit` at their minimum, deepest first: what keeps the window wide.
QString tooWide(QWidget* root, int limit) {
    QStringList found;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (w->isVisibleTo(root) && w->minimumSizeHint().width() > limit) {
            found << QStringLiteral("%1 %2 (%3)")
                         .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                         .arg(w->minimumSizeHint().width());
        }
    }
    return found.join(QStringLiteral("; "));
}

}  // namespace

TEST_CASE("Every workspace fits a 1280x720 screen in Russian and in English", "[app][screen]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    {
        auto db = require(Database::open(path, OpenMode::CreateNew));
        DemoOptions o;
        o.leads = 600;
        o.endDate = QDate(2026, 9, 30);
        require(DemoGenerator(*db).generate(o));
    }
    for (const char* lang : {"en", "ru"}) {
        fd::test::Language language{QString::fromLatin1(lang)};
        for (const QString& workspace : fd::app::MainWindow::availableWorkspaces()) {
            for (const bool queue : {false, true}) {
                if (queue && workspace != QLatin1String("operator")) {
                    continue;
                }
                QSettings().clear();
                INFO(lang << " " << workspace.toStdString() << (queue ? " (queue)" : ""));
                auto db = require(Database::open(path, OpenMode::Existing));
                if (queue) {
                    REQUIRE(fd::app::OperatorWorkspace::preselectOperator(*db, QStringLiteral("1")));
                }
                fd::app::MainWindow window(std::move(db));
                window.resize(1280, 720);
                window.show();
                REQUIRE(window.selectWorkspace(workspace));
                bool ready = false;
                window.whenReady([&](bool ok, const QString&) { ready = ok; });
                for (int i = 0; i < 500 && !ready; ++i) {
                    QTest::qWait(20);
                }
                REQUIRE(ready);
                QTest::qWait(50);
                INFO("too wide: " << tooWide(&window, 1280 - 150).toStdString());
                CHECK(window.minimumSizeHint().width() <= 1280);
                CHECK(window.minimumSizeHint().height() <= 720);
                CHECK(window.width() == 1280);
                CHECK(window.height() == 720);
                // Every button of the workspace is whole on the screen.
                for (QPushButton* b : window.currentWorkspace()->findChildren<QPushButton*>()) {
                    if (!b->isVisible()) {
                        continue;
                    }
                    const QRect onWindow(b->mapTo(&window, QPoint(0, 0)), b->size());
                    INFO("button " << b->text().toStdString());
                    CHECK(window.rect().contains(onWindow));
                    CHECK(b->width() >= b->minimumSizeHint().width());
                }
            }
        }
    }
}

TEST_CASE("The window keeps its size after a dashboard export to a long path", "[app][screen]") {
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    {
        auto db = require(Database::open(path, OpenMode::CreateNew));
        DemoOptions o;
        o.leads = 300;
        o.endDate = QDate(2026, 9, 30);
        require(DemoGenerator(*db).generate(o));
    }
    fd::app::MainWindow window(require(Database::open(path, OpenMode::Existing)));
    window.resize(1280, 720);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(window.selectWorkspace(QStringLiteral("dashboard")));
    bool ready = false;
    window.whenReady([&](bool ok, const QString&) { ready = ok; });
    for (int i = 0; i < 500 && !ready; ++i) {
        QTest::qWait(20);
    }
    REQUIRE(ready);
    QDir().mkpath(
        dir.filePath(QStringLiteral("a-rather-long-folder-name-for-the-monthly-marketing-reports/2026")));
    for (int round = 0; round < 2; ++round) {
        const QString out =
            dir.filePath(QStringLiteral("a-rather-long-folder-name-for-the-monthly-marketing-reports/2026/"
                                        "dashboard-by-channel-september-%1.csv")
                             .arg(round));
        auto* exportButton = [&]() -> QToolButton* {
            for (QToolButton* b : window.currentWorkspace()->findChildren<QToolButton*>()) {
                if (b->text().contains(QStringLiteral("xport"))) {
                    return b;
                }
            }
            return nullptr;
        }();
        REQUIRE(exportButton != nullptr);
        bool saved = false;
        QTimer::singleShot(200, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            REQUIRE(menu != nullptr);
            fd::test::whenDialogOpens<QFileDialog>(
                [&](QFileDialog* d) {
                    d->selectFile(out);
                    auto* buttons = d->findChild<QDialogButtonBox*>();
                    REQUIRE(buttons != nullptr);
                    QPushButton* save = buttons->button(QDialogButtonBox::Save);
                    REQUIRE(save != nullptr);
                    QTest::mouseClick(save, Qt::LeftButton);
                },
                &saved);
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Down);  // CSV for Excel
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QTest::mouseClick(exportButton, Qt::LeftButton);
        for (int i = 0; i < 100 && !saved; ++i) {
            QTest::qWait(20);
        }
        REQUIRE(saved);
        QTest::qWait(50);
        CHECK(QFileInfo::exists(out));
        CHECK(window.width() == 1280);
        CHECK(window.minimumSizeHint().width() <= 1280);
    }
}
