#pragma once

// What the person on a connection may read, for statements that leave out what they may not:
// on a server those columns are not even granted to them (server_security.cpp), so a statement
// that named them would fail. Tools with nobody signed in read everything.

#include "domain/access.h"
#include "storage/database.h"

namespace fd::core {

/// Whether the person reads money: contract amounts, revenue, deals and payments.
inline bool readsMoney(const Database& db) {
    return !db.actor() || reachOf(db.actor()->role, Action::ReadMoney) != Reach::None;
}

/// Whether the person reads phone numbers whole.
inline bool readsPhones(const Database& db) {
    return !db.actor() || seesPhoneNumbers(db.actor()->role);
}

}  // namespace fd::core
