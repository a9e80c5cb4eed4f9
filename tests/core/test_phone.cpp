#include "test_support.h"

#include "domain/phone.h"

using namespace fd::core;

TEST_CASE("Phone numbers written the Russian ways normalize to E.164", "[phone]") {
    struct Case {
        const char* raw;
        const char* e164;
    };
    const Case valid[] = {
        {"8 (912) 345-67-89", "+79123456789"},    {"+7 912 345 67 89", "+79123456789"},
        {"89123456789", "+79123456789"},          {"79123456789", "+79123456789"},
        {"+79123456789", "+79123456789"},         {"912 345-67-89", "+79123456789"},
        {"9123456789", "+79123456789"},           {"8-912-345-67-89", "+79123456789"},
        {" +7 (912) 345-67-89 ", "+79123456789"}, {"8 (495) 123-45-67", "+74951234567"},
        {"+7 (812) 123 45 67", "+78121234567"},   {"8 800 555 35 35", "+78005553535"},
        {"+7 701 123 4567", "+77011234567"},      {"8 (727) 250-00-00", "+77272500000"},
        {"+375 29 123-45-67", "+375291234567"},   {"+49 30 1234567", "+49301234567"},
        {"8.912.345.67.89", "+79123456789"},      {"+7\u00a0912\u00a0345\u00a067\u00a089", "+79123456789"},
    };
    for (const Case& c : valid) {
        INFO(c.raw);
        Result<Phone> p = PhoneNormalizer::normalize(QString::fromUtf8(c.raw));
        REQUIRE(p.ok());
        CHECK(p->e164 == QString::fromLatin1(c.e164));
        CHECK(p->raw == QString::fromUtf8(c.raw));
    }
}

TEST_CASE("Unusable phone numbers are refused with an error naming the phone field", "[phone]") {
    const char* invalid[] = {
        "",                           // empty
        "   ",                        // blank
        "12345",                      // too short
        "8 912 345 67",               // ten digits short of one with a trunk prefix
        "8 (912) 345-67-890",         // too long
        "+7 912 345 67 8",            // +7 with too few digits
        "+7 912 345 67 890",          // +7 with too many digits
        "+7 (012) 345-67-89",         // impossible +7 area code
        "+7 (512) 345-67-89",         // impossible +7 area code
        "912-ABC-67-89",              // letters
        "звоните после 18",           // words
        "++79123456789",              // two pluses
        "8+9123456789",               // plus in the middle
        "+0 123 456 789",             // no country code starts with 0
        "+1234567",                   // too short for international
        "+1234567890123456",          // longer than E.164 allows
        "99123456789",                // eleven digits not starting with 7 or 8
        "8 (912) 345-67-89 доб. 12",  // extension words
        "0123456789",                 // ten digits starting with 0
        "1234567890",                 // ten digits starting with 1
    };
    int refused = 0;
    for (const char* raw : invalid) {
        INFO(raw);
        Result<Phone> p = PhoneNormalizer::normalize(QString::fromUtf8(raw));
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().code == ErrorCode::InvalidInput);
        CHECK(p.error().field == QStringLiteral("phone"));
        CHECK_FALSE(p.error().message().isEmpty());
        ++refused;
    }
    CHECK(refused >= 20);
}

TEST_CASE("An unusable phone's message quotes what was typed", "[phone]") {
    Result<Phone> p = PhoneNormalizer::normalize(QStringLiteral("12-34"));
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().message().contains(QStringLiteral("\"12-34\"")));
}
