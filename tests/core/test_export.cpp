#include "test_support.h"

#include "io/ical_writer.h"
#include "io/xlsx_writer.h"
#include "services/data_export.h"
#include "services/deal_service.h"
#include "services/meeting_service.h"
#include "storage/meeting_repository.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <charconv>
#include <map>
#include <string>

using namespace fd::core;
using fd::test::msk;
using fd::test::require;
using fd::test::World;

namespace {

struct XlsxCell {
    QString type;   ///< the t attribute: empty for a number, "inlineStr" or "s" for text
    QString style;  ///< the s attribute
    QString value;  ///< the number or the text
    bool formula = false;
};

/// One file of the XLSX zip, read with the system's unzip.
QByteArray zipEntry(const QString& xlsx, const QString& entry) {
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, entry});
    REQUIRE(unzip.waitForFinished(60000));
    REQUIRE(unzip.exitCode() == 0);
    return unzip.readAllStandardOutput();
}

/// The cells of the first sheet by reference ("A1"), parsed from its XML.
std::map<QString, XlsxCell> readSheet(const QString& xlsx) {
    std::map<QString, XlsxCell> cells;
    QXmlStreamReader xml(zipEntry(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")));
    QString ref;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            ref = xml.attributes().value(QLatin1String("r")).toString();
            cells[ref] = {xml.attributes().value(QLatin1String("t")).toString(),
                          xml.attributes().value(QLatin1String("s")).toString(), QString(), false};
        } else if (xml.isStartElement() && xml.name() == QLatin1String("f")) {
            cells[ref].formula = true;
        } else if (xml.isStartElement() &&
                   (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("t"))) {
            cells[ref].value += xml.readElementText();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return cells;
}

/// A cell's number as the sheet XML writes it.
double number(const QString& text) {
    const std::string s = text.toStdString();
    double v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);  // locale-independent, as XML writes it
    return v;
}

Id sale(World& w, Id lead, Money amount, const QString& externalId) {
    DealInput d;
    d.leadId = lead;
    d.signedAt = w.now;
    d.amount = amount;
    d.managerId = w.managerMoscow;
    d.product = QStringLiteral("Банкротство физлиц");
    d.externalId = externalId;
    return require(DealService(*w.db, w.clock).addDeal(d));
}

}  // namespace

TEST_CASE(
    "XLSX exports hold numbers as numbers, money with two decimals, times as dates and text never as "
    "formulas",
    "[export]") {
    World w;
    const qint64 slot = msk(2026, 3, 3, 11);
    const Id lead =
        w.bookedLead(QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+79120000401"), slot);
    w.now = msk(2026, 3, 3, 12, 30);
    const Id meeting = MeetingRepository(*w.db).forLead(lead).front().id;
    require(MeetingService(*w.db, w.clock).markArrived(meeting, w.managerMoscow));
    const Id deal = sale(w, lead, Money{15000050}, QStringLiteral("D-77"));
    PaymentInput p;
    p.dealId = deal;
    p.paidAt = w.now;
    p.amount = Money{5000000};
    p.method = PaymentMethod::Card;
    require(DealService(*w.db, w.clock).addPayment(p));

    const QString path = w.dir.filePath(QStringLiteral("deals.xlsx"));
    ExportOptions o;
    o.kind = ExportKind::Deals;
    o.format = ExportFormat::Xlsx;
    CHECK(require(exportToFile(*w.db, o, path, w.now)).rows == 1);
    auto cells = readSheet(path);
    CHECK(cells[QStringLiteral("A1")].value == QStringLiteral("external_id"));
    CHECK(cells[QStringLiteral("E1")].value == QStringLiteral("amount"));
    CHECK(cells[QStringLiteral("A2")].value == QStringLiteral("D-77"));
    // amount and paid are numbers in a money format, signed_at a date serial in Moscow time.
    const XlsxCell amount = cells[QStringLiteral("E2")];
    CHECK(amount.type.isEmpty());
    CHECK(number(amount.value) == Approx(150000.50));
    CHECK(number(cells[QStringLiteral("J2")].value) == Approx(50000.0));
    const XlsxCell signedAt = cells[QStringLiteral("D2")];
    CHECK(signedAt.type.isEmpty());
    // 3 March 2026 12:30 is day 46084 of the 1900 date system, and 12:30 is 0.5208 of a day.
    CHECK(number(signedAt.value) == Approx(46084.0 + 12.5 / 24.0).epsilon(1e-9));
    CHECK(cells[QStringLiteral("H2")].value == QStringLiteral("=HYPERLINK(\"http://x\")"));
    CHECK(cells[QStringLiteral("H2")].type == QStringLiteral("inlineStr"));
    CHECK_FALSE(cells[QStringLiteral("H2")].formula);
    const QString styles = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/styles.xml")));
    CHECK(styles.contains(QStringLiteral("formatCode=\"#,##0.00\"")));
    CHECK(styles.contains(QStringLiteral("formatCode=\"dd.mm.yyyy hh:mm\"")));
    CHECK(amount.style != signedAt.style);

    // The leads sheet: the same formula-like name stays text, the time a date.
    o.kind = ExportKind::Leads;
    CHECK(require(exportToFile(*w.db, o, path, w.now)).rows == 1);
    cells = readSheet(path);
    CHECK(cells[QStringLiteral("C2")].value == QStringLiteral("=HYPERLINK(\"http://x\")"));
    CHECK_FALSE(cells[QStringLiteral("C2")].formula);
    // Created a day before 2 March 10:00 Moscow: 1 March 2026 is day 46082.
    CHECK(number(cells[QStringLiteral("B2")].value) == Approx(46082.0 + 10.0 / 24.0).epsilon(1e-9));
    CHECK(cells[QStringLiteral("D2")].value == QStringLiteral("+79120000401"));

    // Payments as CSV: money as plain decimals, neutralized phone-like cells do not occur.
    QByteArray csv;
    {
        QBuffer out(&csv);
        REQUIRE(out.open(QIODevice::WriteOnly));
        o.kind = ExportKind::Payments;
        CHECK(require(exportCsv(*w.db, o, out)) == 1);
    }
    CHECK(QString::fromUtf8(csv).contains(QStringLiteral("D-77;2026-03-03T12:30:00+03:00;50000.00;card;")));
}

TEST_CASE("Meetings export as an iCalendar file with stable UIDs, UTC times, escaped text and folded lines",
          "[export]") {
    World w;
    const QString longName = QStringLiteral(
        "Константин Константинопольский-Петропавловский; ИП «Северное сияние», "
        "филиал \\ Мурманск");
    const Id first = w.bookedLead(longName, QStringLiteral("+79120000501"), msk(2026, 3, 3, 11));
    const Id second =
        w.bookedLead(QStringLiteral("Анна"), QStringLiteral("+79120000502"), msk(2026, 3, 4, 15));
    const Id third = w.bookedLead(QStringLiteral("Олег"), QStringLiteral("+79120000503"), msk(2026, 3, 5, 9));
    const Id cancelled = MeetingRepository(*w.db).forLead(third).front().id;
    require(MeetingService(*w.db, w.clock).cancel(cancelled, w.operatorA));

    ExportOptions o;
    o.kind = ExportKind::Meetings;
    o.format = ExportFormat::ICalendar;
    o.office = QStringLiteral("Москва");
    QByteArray bytes;
    {
        QBuffer out(&bytes);
        REQUIRE(out.open(QIODevice::WriteOnly));
        CHECK(require(exportMeetingsICalendar(*w.db, o, out, w.now)) == 3);
    }
    // Physical lines: CRLF, at most 75 octets, continuation lines start with a space.
    const QList<QByteArray> physical = bytes.split('\n');
    CHECK(physical.back().isEmpty());
    for (qsizetype i = 0; i + 1 < physical.size(); ++i) {
        INFO(physical[i].toStdString());
        CHECK(physical[i].endsWith('\r'));
        CHECK(physical[i].size() - 1 <= 75);
        CHECK(QString::fromUtf8(physical[i]).toUtf8() == physical[i]);  // no character split across lines
    }
    CHECK(bytes.contains("\r\n "));  // the long summary was folded

    // Parse back: unfold, split into events, unescape.
    QString text = QString::fromUtf8(bytes);
    text.replace(QStringLiteral("\r\n "), QString());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.front() == QStringLiteral("BEGIN:VCALENDAR"));
    CHECK(lines.back() == QStringLiteral("END:VCALENDAR"));
    auto unescape = [](QString v) {
        v.replace(QStringLiteral("\\n"), QStringLiteral("\n"))
            .replace(QStringLiteral("\\;"), QStringLiteral(";"));
        v.replace(QStringLiteral("\\,"), QStringLiteral(","))
            .replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        return v;
    };
    std::vector<std::map<QString, QString>> events;
    for (const QString& line : lines) {
        if (line == QLatin1String("BEGIN:VEVENT")) {
            events.emplace_back();
        } else if (!events.empty() && line != QLatin1String("END:VEVENT") &&
                   !line.startsWith(QLatin1String("END:VCAL"))) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            events.back()[line.left(colon)] = unescape(line.mid(colon + 1));
        }
    }
    REQUIRE(events.size() == 3);
    const auto meetingOf = [&](Id lead) { return MeetingRepository(*w.db).forLead(lead).front(); };
    const Meeting m1 = meetingOf(first);
    CHECK(events[0][QStringLiteral("UID")] == QStringLiteral("meeting-%1@funneldesk").arg(m1.id));
    CHECK(events[0][QStringLiteral("DTSTART")] == QStringLiteral("20260303T080000Z"));  // 11:00 Moscow
    CHECK(events[0][QStringLiteral("DTEND")] == QStringLiteral("20260303T090000Z"));
    CHECK(events[0][QStringLiteral("SUMMARY")] == longName + QStringLiteral(", +79120000501"));
    CHECK(events[0][QStringLiteral("STATUS")] == QStringLiteral("TENTATIVE"));
    CHECK(events[0][QStringLiteral("DESCRIPTION")].contains(QStringLiteral("\nbooked by: Оператор А")));
    CHECK(events[0][QStringLiteral("LOCATION")].startsWith(QStringLiteral("Москва")));
    CHECK(events[1][QStringLiteral("UID")] ==
          QStringLiteral("meeting-%1@funneldesk").arg(meetingOf(second).id));
    CHECK(events[2][QStringLiteral("STATUS")] == QStringLiteral("CANCELLED"));
    for (const auto& e : events) {
        CHECK(e.at(QStringLiteral("DTSTAMP")) == QStringLiteral("20260302T070000Z"));
    }

    // The same meetings export with the same UIDs; another office's calendar has none of them.
    QByteArray again;
    {
        QBuffer out(&again);
        REQUIRE(out.open(QIODevice::WriteOnly));
        require(exportMeetingsICalendar(*w.db, o, out, w.now));
    }
    CHECK(again == bytes);
    o.office = QStringLiteral("Екатеринбург");
    QByteArray other;
    {
        QBuffer out(&other);
        REQUIRE(out.open(QIODevice::WriteOnly));
        CHECK(require(exportMeetingsICalendar(*w.db, o, out, w.now)) == 0);
    }
    CHECK(ICalWriter::escapeText(QStringLiteral("a;b,c\\d\r\ne\nf")) ==
          QStringLiteral("a\\;b\\,c\\\\d\\ne\\nf"));
}
