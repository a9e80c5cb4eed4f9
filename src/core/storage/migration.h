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
};

/// The schema history of FunnelDesk, oldest first. The last entry's version is the
/// version this build writes.
const std::vector<Migration>& standardMigrations();
int currentSchemaVersion();

}  // namespace fd::core
