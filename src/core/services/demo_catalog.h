#pragma once

#include <QString>

#include <vector>

namespace fd::core::demo {

// The demo firm as fixed data. The order of every list matters: the simulation draws indices
// into these lists, so reordering them changes the generated history.

struct CampaignProfile {
    const char* name;
    const char* source;
    const char* medium;
    const char* campaign;
    double weight;
};

// Rates are the channel's own; people multiply them. The lead generator is the cheapest per
// lead and the most expensive per target arrival: that is the story the demo tells.
struct ChannelProfile {
    const char* name;
    double weight;
    double reach;        // the call center reaches the person
    double book;         // a reached person books a meeting
    double ccNonTarget;  // a reached person is not a client at all
    double show;         // a booked client comes
    double target;       // an arrived client qualifies as target
    double cplRubles;    // spend per request (0: free channel)
    double visitorCr;    // visitor -> request (0: no site visitors)
    double wrongNumber;  // share of failed calls that are wrong numbers
    std::vector<CampaignProfile> campaigns;
};

struct OperatorProfile {
    const char* name;
    double weight;
    double book;
    double show;
    double target;
    double firstCallMinutes;
};

struct ManagerProfile {
    const char* name;
    int office;
    double close;
};

struct OfficeProfile {
    const char* name;
    const char* address;
    const char* timeZone;
    int start;
    int end;
    int days;
    int seats;
    double weight;
};

struct Product {
    const char* name;
    qint64 rubles;
    double weight;
};

const std::vector<ChannelProfile>& channelProfiles();
const std::vector<OperatorProfile>& operatorProfiles();
/// Two managers per office, in office order: the simulation picks one as office * 2 + 0 or 1.
const std::vector<ManagerProfile>& managerProfiles();
const std::vector<OfficeProfile>& officeProfiles();
const std::vector<Product>& products();

const std::vector<const char*>& maleFirstNames();
const std::vector<const char*>& femaleFirstNames();
/// Masculine forms; the feminine one appends "а".
const std::vector<const char*>& surnames();

/// The catalog is written in UTF-8 literals, and QString does not convert from them implicitly.
inline QString s(const char* utf8) {
    return QString::fromUtf8(utf8);
}

}  // namespace fd::core::demo
