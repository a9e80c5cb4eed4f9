#include "test_support.h"

#include "io/value_parsers.h"

using namespace fd::core;

TEST_CASE("Amounts are read as people and spreadsheets write them", "[parsers]") {
    const std::pair<const char*, qint64> good[] = {
        {"15000", 1'500'000},
        {"15 000", 1'500'000},
        {"15\u00a0000", 1'500'000},
        {"15000,50", 1'500'050},
        {"15 000 ₽", 1'500'000},
        {"15000 руб.", 1'500'000},
        {"15000 руб", 1'500'000},
        {"1 234,5 р.", 123'450},
        {"99.90 RUB", 9'990},
        {"  120 000  ", 12'000'000},
        {"0", 0},
    };
    for (const auto& [text, kopecks] : good) {
        INFO(text);
        const std::optional<Money> m = parseAmount(QString::fromUtf8(text));
        REQUIRE(m.has_value());
        CHECK(m->kopecks == kopecks);
    }
    for (const char* bad : {"", "   ", "abc", "15 000 $", "12,3,4", "₽", "1e5"}) {
        INFO(bad);
        CHECK_FALSE(parseAmount(QString::fromUtf8(bad)).has_value());
    }
}

TEST_CASE("Days are read in Russian and ISO forms, a time after them ignored", "[parsers]") {
    const std::pair<const char*, QDate> good[] = {
        {"01.10.2026", QDate(2026, 10, 1)},       {"1.10.2026", QDate(2026, 10, 1)},
        {"2026-10-01", QDate(2026, 10, 1)},       {"01.11.26", QDate(2026, 11, 1)},
        {"01.10.2026 09:15", QDate(2026, 10, 1)}, {"2026-10-01T09:15:00", QDate(2026, 10, 1)},
    };
    for (const auto& [text, day] : good) {
        INFO(text);
        CHECK(parseDay(QString::fromUtf8(text)) == day);
    }
    for (const char* bad : {"", "31.02.2026", "2026-13-01", "вчера", "10/01/2026"}) {
        INFO(bad);
        CHECK_FALSE(parseDay(QString::fromUtf8(bad)).has_value());
    }
}
