#pragma once

#include <functional>
#include <vector>

namespace fd::core {

class Database;

/// One step of the schema history. `apply` runs inside a write transaction together
/// with the version bump; if it throws, the database stays at the previous version.
struct Migration {
    int version = 0;
    const char* description = "";
    std::function<void(Database&)> apply;
    /// The oldest schema version whose program can still read a database after this step (it
    /// then opens it read-only): a step that only adds what older programs never read (an index,
    /// a table) names the version before it. 0: only programs that know this step.
    int readableFrom = 0;
};

/// The setting that holds the oldest schema version able to read a SQLite database.
inline constexpr const char* kReadableFromKey = "schema_readable_from";

/// The schema history of FunnelDesk, oldest first. The last entry's version is the
/// version this build writes.
const std::vector<Migration>& standardMigrations();
int currentSchemaVersion();

}  // namespace fd::core
