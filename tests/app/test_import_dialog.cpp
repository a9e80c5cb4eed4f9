#include "app_test_support.h"
#include "test_support.h"

#include "dialogs/export_dialog.h"
#include "dialogs/import_dialog.h"
#include "io/xlsx_writer.h"
#include "services/catalog_service.h"
#include "views/main_window.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace fd;
using fd::test::require;
using fd::test::World;

namespace {

QString writeFile(World& w, const char* name, const QByteArray& bytes) {
    const QString path = w.dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QComboBox* mappingBox(QTableWidget* mapping, const QString& field) {
    for (int row = 0; row < mapping->rowCount(); ++row) {
        if (mapping->item(row, 0)->text() == field) {
            return qobject_cast<QComboBox*>(mapping->cellWidget(row, 1));
        }
    }
    FAIL("no field " << field.toStdString());
    return nullptr;
}

}  // namespace

TEST_CASE("The import dialog previews the file, takes a changed mapping, checks with a dry run and imports",
          "[app][import]") {
    World w;
    const qint64 before = w.count("leads");
    // A Windows-1251 file with its own headers: the phone is in «Телефон клиента», the name in «ФИО».
    const QString path = writeFile(
        w, "clients.csv",
        fd::test::writeCsv(
            {{QStringLiteral("external_id"), QStringLiteral("ФИО"), QStringLiteral("Телефон клиента"),
              QStringLiteral("phone")},
             {QStringLiteral("K-1"), QStringLiteral("Пётр Ёлкин"), QStringLiteral("8 912 000 11 01"),
              QStringLiteral("нет")},
             {QStringLiteral("K-2"), QStringLiteral("Анна"), QStringLiteral("+7 912 000 11 02"), QString()},
             {QStringLiteral("K-3"), QStringLiteral("Ошибка"), QStringLiteral("12-34"), QString()}},
            QLatin1Char(';'), QStringLiteral("\r\n"), true, false));
    app::ImportDialog dialog(*w.db, w.clock);
    dialog.setFile(path);
    QTableWidget* preview = dialog.preview();
    REQUIRE(preview->columnCount() == 4);
    CHECK(preview->horizontalHeaderItem(1)->text() == QStringLiteral("ФИО"));
    REQUIRE(preview->rowCount() == 3);
    CHECK(preview->item(0, 1)->text() == QStringLiteral("Пётр Ёлкин"));
    // The preset read "phone" from the column named so; the user points it and the name elsewhere.
    CHECK(mappingBox(dialog.mapping(), QStringLiteral("phone"))->currentText() == QStringLiteral("phone"));
    mappingBox(dialog.mapping(), QStringLiteral("phone"))->setCurrentText(QStringLiteral("Телефон клиента"));
    mappingBox(dialog.mapping(), QStringLiteral("name"))->setCurrentText(QStringLiteral("ФИО"));
    dialog.onErrorBox()->setCurrentIndex(1);  // skip bad rows

    REQUIRE(dialog.run(true));
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("New: 2")));
    CHECK(dialog.errorsText().contains(QStringLiteral("Row 4, column «Телефон клиента»")));
    CHECK(w.count("leads") == before);  // a dry run writes nothing

    REQUIRE(dialog.run(false));
    CHECK(dialog.wroteData());
    CHECK(w.count("leads") == before + 2);
    CHECK(w.count("contacts") >= 2);
    QSqlQuery q(w.db->connection());
    REQUIRE(
        q.exec(QStringLiteral("SELECT c.name FROM leads l JOIN contacts c ON c.id = l.contact_id "
                              "WHERE l.external_id = 'K-1' AND c.phone_e164 = '+79120001101'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Пётр Ёлкин"));
}

TEST_CASE("An .xlsx workbook is previewed, checked and imported like CSV", "[app][import]") {
    World w;
    const qint64 before = w.count("leads");
    const QString path = w.dir.filePath(QStringLiteral("clients.xlsx"));
    {
        core::XlsxWriter writer(path, QStringLiteral("Клиенты"), QTimeZone(QByteArray("Europe/Moscow")));
        writer.header({{QStringLiteral("external_id"), core::CellType::Text},
                       {QStringLiteral("name"), core::CellType::Text},
                       {QStringLiteral("phone"), core::CellType::Text}});
        writer.row({QStringLiteral("X-1"), QStringLiteral("Пётр Ёлкин"), QStringLiteral("+7 912 000 21 01")});
        writer.row({QStringLiteral("X-2"), QStringLiteral("Анна"), QStringLiteral("8 912 000 21 02")});
        require(writer.finish());
    }
    app::ImportDialog dialog(*w.db, w.clock);
    dialog.setFile(path);
    QTableWidget* preview = dialog.preview();
    REQUIRE(preview->columnCount() == 3);
    REQUIRE(preview->rowCount() == 2);
    CHECK(preview->item(0, 1)->text() == QStringLiteral("Пётр Ёлкин"));
    CHECK(preview->verticalHeaderItem(1)->text() == QStringLiteral("3"));  // the sheet's row numbers
    REQUIRE(dialog.run(true));
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("New: 2")));
    CHECK(w.count("leads") == before);
    REQUIRE(dialog.run(false));
    CHECK(w.count("leads") == before + 2);
}

TEST_CASE("A marketer imports the month's spend from the .xlsx kept by hand, choosing its sheet by keyboard",
          "[app][import]") {
    World w;
    // The administrator has set up the channels the marketer spends on (the world has «Яндекс
    // Директ»), all but «Сайт».
    core::CatalogService catalog(*w.db, w.clock);
    require(catalog.addChannel(QStringLiteral("Авито")));
    const core::Id marketer = require(
        catalog.addEmployee({0, QStringLiteral("Марина Маркова"), core::Role::Marketer, std::nullopt, true}));
    w.db->setActor(
        core::Actor{marketer, core::Role::Marketer, std::nullopt, QStringLiteral("Марина Маркова"), {}});
    app::ImportDialog dialog(*w.db, w.clock);
    dialog.show();
    dialog.setKind(core::ImportKind::Spend);

    // A workbook of two sheets: the sheet row appears, and the CSV dialect's boxes do not.
    auto* path = dialog.findChild<QLineEdit*>();
    REQUIRE(path != nullptr);
    path->setFocus();
    QTest::keyClicks(path, QStringLiteral(FD_TEST_DATA "/xlsx/openpyxl.xlsx"));
    QTest::keyClick(path, Qt::Key_Return);
    QComboBox* sheet = dialog.sheetBox();
    REQUIRE(sheet->isVisible());
    CHECK(sheet->count() == 2);
    CHECK(sheet->currentText() == QStringLiteral("Лиды"));
    CHECK(dialog.preview()->horizontalHeaderItem(0)->text() == QStringLiteral("Имя"));
    sheet->setFocus();
    QTest::keyClick(sheet, Qt::Key_Down);
    CHECK(sheet->currentText() == QStringLiteral("Расходы"));
    CHECK(dialog.preview()->horizontalHeaderItem(0)->text() == QStringLiteral("День"));
    CHECK(dialog.options().sheet == QStringLiteral("2"));

    // The month's table: its title passed over, each day merged down over its channels.
    path->clear();
    path->setFocus();
    QTest::keyClicks(path, QStringLiteral(FD_TEST_DATA "/xlsx/merged.xlsx"));
    QTest::keyClick(path, Qt::Key_Return);
    CHECK_FALSE(sheet->isHidden());
    CHECK(sheet->count() == 1);
    QTableWidget* preview = dialog.preview();
    REQUIRE(preview->rowCount() == 4);
    CHECK(preview->verticalHeaderItem(0)->text() == QStringLiteral("4"));
    CHECK(preview->item(1, 0)->text() == QStringLiteral("2026-11-01"));
    CHECK(preview->item(1, 1)->text() == QStringLiteral("Авито"));
    mappingBox(dialog.mapping(), QStringLiteral("date"))->setCurrentText(QStringLiteral("Дата"));
    mappingBox(dialog.mapping(), QStringLiteral("channel"))->setCurrentText(QStringLiteral("Канал"));
    mappingBox(dialog.mapping(), QStringLiteral("amount"))->setCurrentText(QStringLiteral("Расход"));
    // A channel the company has not set up is the row's fault, named by its cell, not the import's.
    REQUIRE(dialog.run(true));
    INFO(dialog.summaryLabel()->text().toStdString() << "\n" << dialog.errorsText().toStdString());
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("New: 3")));
    CHECK(dialog.errorsText().contains(
        QStringLiteral("Row 6, cell B6, column «Канал»: There is no channel \"Сайт\"")));
    CHECK(w.count("ad_spend") == 0);
    dialog.onErrorBox()->setCurrentIndex(1);  // skip bad rows
    REQUIRE(dialog.run(false));
    CHECK(w.count("ad_spend") == 3);
    QSqlQuery q(w.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT sum(amount) FROM ad_spend WHERE day = '2026-11-01'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 1250000 + 300050);
}

TEST_CASE("Cancelling an import while it runs writes nothing", "[app][import]") {
    World w;
    const qint64 before = w.count("leads");
    std::vector<QStringList> rows{
        {QStringLiteral("external_id"), QStringLiteral("name"), QStringLiteral("phone")}};
    for (int i = 0; i < 10000; ++i) {
        rows.push_back({QStringLiteral("C-%1").arg(i), QStringLiteral("Клиент %1").arg(i),
                        QStringLiteral("+7912%1").arg(3000000 + i)});
    }
    QString path;
    SECTION("CSV") {
        path = writeFile(w, "many.csv",
                         fd::test::writeCsv(rows, QLatin1Char(','), QStringLiteral("\n"), false, true));
    }
    SECTION("XLSX") {
        path = w.dir.filePath(QStringLiteral("many.xlsx"));
        core::XlsxWriter writer(path, QStringLiteral("Клиенты"), QTimeZone(QByteArray("Europe/Moscow")));
        writer.header({{rows[0][0], core::CellType::Text},
                       {rows[0][1], core::CellType::Text},
                       {rows[0][2], core::CellType::Text}});
        for (std::size_t i = 1; i < rows.size(); ++i) {
            writer.row({rows[i][0], rows[i][1], rows[i][2]});
        }
        require(writer.finish());
    }
    app::ImportDialog dialog(*w.db, w.clock);
    dialog.show();
    dialog.setFile(path);
    // The Cancel button is pressed as soon as the window gets a chance to repaint mid-import.
    bool clicked = false;
    QTimer::singleShot(0, &dialog, [&] {
        CHECK(dialog.cancelButton()->text() == QStringLiteral("Cancel"));
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        clicked = true;
    });
    CHECK_FALSE(dialog.run(false));
    CHECK(clicked);
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("Cancelled")));
    CHECK_FALSE(dialog.wroteData());
    CHECK(w.count("leads") == before);
    CHECK(dialog.isVisible());  // the click cancelled the import, it did not close the dialog
}

TEST_CASE("File ▸ Import and Export open from the keyboard, and the export dialog writes a workbook",
          "[app][export]") {
    World w;
    w.bookedLead(QStringLiteral("Иван"), QStringLiteral("+79120004001"), fd::test::msk(2026, 3, 3, 11));
    app::MainWindow window(require(core::Database::open(w.path(), core::OpenMode::Existing)), w.clock);
    window.show();
    QApplication::setActiveWindow(&window);
    bool importOpened = false;
    fd::test::whenDialogOpens<app::ImportDialog>([](app::ImportDialog*) {}, &importOpened);
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    CHECK(importOpened);

    bool exportOpened = false;
    QString written;
    fd::test::whenDialogOpens<app::ExportDialog>(
        [&](app::ExportDialog* d) {
            d->kindBox()->setCurrentIndex(d->kindBox()->findText(app::ExportDialog::tr("Meetings")));
            CHECK(d->formatBox()->count() == 3);  // XLSX, CSV and a calendar for meetings
            d->formatBox()->setCurrentIndex(0);
            d->findChild<QCheckBox*>()->setChecked(true);  // the whole history
            written = w.dir.filePath(QStringLiteral("meetings.xlsx"));
            CHECK(d->exportTo(written));
            CHECK(d->resultLabel()->text().contains(QStringLiteral("meetings.xlsx")));
            d->officeBox()->setCurrentIndex(d->officeBox()->findText(QStringLiteral("Екатеринбург")));
        },
        &exportOpened);
    QApplication::setActiveWindow(&window);
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    CHECK(exportOpened);
    QFile f(written);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(2) == "PK");
}
