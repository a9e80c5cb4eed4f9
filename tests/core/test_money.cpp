#include "test_support.h"

#include "domain/money.h"

using namespace fd::core;

TEST_CASE("Money parses what people type and keeps exact kopecks", "[money]") {
    CHECK(Money::parse(u"1234")->kopecks == 123400);
    CHECK(Money::parse(u"1 234,5")->kopecks == 123450);
    CHECK(Money::parse(u"1\u00a0234.05")->kopecks == 123405);
    CHECK(Money::parse(u"-10")->kopecks == -1000);
    CHECK_FALSE(Money::parse(u"").has_value());
    CHECK_FALSE(Money::parse(u"12,345").has_value());
    CHECK_FALSE(Money::parse(u"1.2.3").has_value());
    CHECK_FALSE(Money::parse(u"abc").has_value());
    CHECK(Money{123405}.toPlainString() == QStringLiteral("1234.05"));
    CHECK(Money{-5}.toPlainString() == QStringLiteral("-0.05"));
}
