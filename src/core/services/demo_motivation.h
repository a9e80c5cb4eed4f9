#pragma once

#include <QDate>

namespace fd::core {

class Database;

namespace demo {

/// The demo company's bonus schemes — operators paid per target arrival with steps by plan, office
/// managers a share of the money received and per sale, the marketer a share of the company's money
/// lowered when a target arrival cost more than planned — and each month's plans from `first` to
/// `last`, set from the month before (+10 %), as a head would. Written inside the caller's transaction.
void seedMotivation(Database& db, const QString& reportTimeZone, QDate first, QDate last);

}  // namespace demo

}  // namespace fd::core
