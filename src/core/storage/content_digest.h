#pragma once

#include <QByteArray>

namespace fd::core {

class Database;

/// A SHA-256 over every row of every table, in primary-key order: two databases with
/// the same digest hold the same data. Used to prove the demo generator deterministic.
QByteArray contentDigest(Database& db);

}  // namespace fd::core
