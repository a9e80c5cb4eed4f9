#include "test_support.h"

#include "io/csv_reader.h"

#include <QBuffer>

using namespace fd::core;

namespace {

using Records = std::vector<QStringList>;

struct Read {
    Records records;
    std::vector<CsvRecord> bad;
    CsvEncoding encoding = CsvEncoding::Auto;
    QChar delimiter;
};

Read readCsv(QByteArray bytes, CsvOptions options = {}) {
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer, options);
    REQUIRE(reader.open().ok());
    Read r;
    r.encoding = reader.encoding();
    r.delimiter = reader.delimiter();
    CsvRecord rec;
    while (reader.next(rec)) {
        if (rec.error) {
            r.bad.push_back(rec);
        } else {
            r.records.push_back(rec.fields);
        }
    }
    return r;
}

const Records kSample{
    {QStringLiteral("Название лида"), QStringLiteral("Мобильный телефон"), QStringLiteral("Комментарий")},
    {QStringLiteral("Пётр Ёлкин"), QStringLiteral("+7 912 000-00-01"),
     QStringLiteral("сказал \"позвоните\"; вечером")},
    {QStringLiteral("Анна, юрист"), QStringLiteral("8 (912) 000-00-02"), QStringLiteral("две\nстроки")},
    {QString(), QStringLiteral("89120000003"), QStringLiteral("«кавычки-ёлочки» и № 5")},
    {QStringLiteral("Иван"), QString(), QStringLiteral("табуляция\tвнутри")},
};

}  // namespace

TEST_CASE("CSV in every Russian office dialect reads to the same records", "[csv]") {
    const std::pair<CsvEncoding, bool> encodings[] = {
        {CsvEncoding::Utf8, false}, {CsvEncoding::Utf8, true}, {CsvEncoding::Cp1251, false}};
    for (const auto& [encoding, bom] : encodings) {
        for (const QChar delimiter : {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')}) {
            for (const char* lineEnd : {"\r\n", "\n", "\r"}) {
                INFO("encoding " << static_cast<int>(encoding) << (bom ? " BOM" : "") << ", delimiter "
                                 << static_cast<int>(delimiter.unicode()) << ", line end "
                                 << QByteArray(lineEnd).toHex().toStdString());
                const Read r = readCsv(fd::test::writeCsv(kSample, delimiter, QString::fromLatin1(lineEnd),
                                                          encoding == CsvEncoding::Cp1251, bom));
                CHECK(r.encoding == encoding);
                CHECK(static_cast<int>(r.delimiter.unicode()) == static_cast<int>(delimiter.unicode()));
                CHECK(r.bad.empty());
                CHECK(r.records == kSample);
            }
        }
    }
}

TEST_CASE("Malformed CSV records say where and why, and the next records still read", "[csv]") {
    const QByteArray text = QStringLiteral(
                                "name;phone\n"
                                "\"Иван\"x;+79120000001\n"
                                "Пётр;+79120000002\n"
                                "\"Анна;+79120000003\n"
                                "Мария;+79120000004\n")
                                .toUtf8();
    const Read r = readCsv(text);
    REQUIRE(r.bad.size() == 2);
    CHECK(r.bad[0].line == 2);
    CHECK(r.bad[0].error->message().contains(QLatin1String("Line 2, field 1")));
    CHECK(r.bad[0].error->message().contains(QLatin1String("after the closing quote")));
    CHECK(r.bad[1].line == 4);
    CHECK(r.bad[1].error->message().contains(QLatin1String("not closed")));
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[1] == QStringList{QStringLiteral("Пётр"), QStringLiteral("+79120000002")});
}

TEST_CASE("CSV options override the detection and large files stream across chunk borders", "[csv]") {
    // Detection alone would take this Windows-1251 byte sequence for UTF-8 if it were one; forced
    // encodings and delimiters win.
    const QByteArray cp = fd::test::writeCsv({{QStringLiteral("Ёж"), QStringLiteral("ёлка,ель")}},
                                             QLatin1Char(';'), QStringLiteral("\n"), true, false);
    CsvOptions forced;
    forced.encoding = CsvEncoding::Cp1251;
    forced.delimiter = QLatin1Char(',');
    const Read r = readCsv(cp, forced);
    REQUIRE(r.records.size() == 1);
    CHECK(r.records[0] == QStringList{QStringLiteral("Ёж;ёлка"), QStringLiteral("ель")});

    // About 6 MiB of Cyrillic UTF-8: multi-byte letters fall on every kind of chunk border.
    Records many;
    for (int i = 0; i < 60000; ++i) {
        many.push_back({QString::number(i), QStringLiteral("Щедрый Ёжиков-Подъячий %1").arg(i),
                        QStringLiteral("многострочная\nзаметка «%1»").arg(i)});
    }
    const QByteArray big = fd::test::writeCsv(many, QLatin1Char(';'), QStringLiteral("\r\n"), false, true);
    REQUIRE(big.size() > 5 * 1024 * 1024);
    const Read all = readCsv(big);
    CHECK(all.bad.empty());
    CHECK(all.records.size() == many.size());
    CHECK(all.records == many);
}

TEST_CASE("A bad UTF-8 byte where a read ends or where the file ends loses nothing around it", "[csv]") {
    // UTF-8 as detection sees it (the first 64 KiB read is valid up to a sequence it cuts off), with
    // a stray lead byte as the last byte of that read: the line break the next read starts with
    // still ends the record. Found by tests/fuzz; Qt's stateful decoder swallowed that line break.
    QByteArray bytes;
    Records expected;
    for (int i = 0; bytes.size() < 65000; ++i) {
        const QString id = QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
        bytes += (id + QStringLiteral(";+7912%1\n").arg(i, 7, 10, QLatin1Char('0'))).toUtf8();
        expected.push_back({id, QStringLiteral("+7912%1").arg(i, 7, 10, QLatin1Char('0'))});
    }
    const qsizetype pad = 65536 - 1 - bytes.size() - 1;
    bytes += QByteArray(pad, 'x') + ';' + '\xD0';
    expected.push_back({QString(pad, QLatin1Char('x')), QString(QChar::ReplacementCharacter)});
    bytes += "\nnext;+79120000002\nlast;\xD0";
    expected.push_back({QStringLiteral("next"), QStringLiteral("+79120000002")});
    // The last sequence is cut short by the end of the file.
    expected.push_back({QStringLiteral("last"), QString(QChar::ReplacementCharacter)});
    REQUIRE(bytes.at(65535) == '\xD0');

    const Read r = readCsv(bytes);
    CHECK(r.encoding == CsvEncoding::Utf8);
    CHECK(r.bad.empty());
    CHECK(r.records == expected);
}
