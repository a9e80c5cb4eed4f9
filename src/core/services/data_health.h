#pragma once

#include "domain/data_health.h"
#include "domain/result.h"
#include "services/service_context.h"

#include <QDate>

namespace fd::core {

class Database;

/// Data health: every gap in the marks of a period, who must fix it and the records behind it.
/// A head or an administrator sees every gap; an office manager those of their office; an
/// operator their own; a marketer the channels' figures and the leads without a source.
class DataHealth {
public:
    /// A meeting or an arrival is left this long for its mark before it is a gap.
    static constexpr qint64 kMarkGraceSeconds = 3600;
    /// A second lead of a person within this long of the first is a probable double.
    static constexpr qint64 kRepeatWindowSeconds = 10 * 60;
    /// A contract with money due and no payment for this long is overdue (a monthly installment
    /// plan has a few days to spare).
    static constexpr qint64 kQuietPaymentSeconds = 35 * 86400;

    DataHealth(Database& db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

    /// The gaps that arose from the day `from` to the day before `to` (days of the report time
    /// zone; the state gaps — coming meetings of people who left, records in closed offices —
    /// as they are now), within what the person may see.
    Result<HealthReport> report(QDate from, QDate to);

    /// The owner's name for the view ("Import from a file", "Company", an office, a person).
    static QString ownerText(const GapOwner& owner);
    /// The kind of gap as the view and the CLI name it.
    static QString kindText(GapKind kind);
    /// The report's gaps as lines "41 — Meetings past their time …", the kinds with most first;
    /// empty when there are none.
    static QString summary(const HealthReport& report);
    /// How many gaps the report holds in all.
    static int total(const HealthReport& report);

private:
    Database& m_db;
    Clock m_clock;
};

}  // namespace fd::core
