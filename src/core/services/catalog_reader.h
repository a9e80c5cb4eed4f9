#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QString>

#include <optional>
#include <vector>

namespace fd::core {

class Database;

/// The company's reference data as the front ends read it: offices, staff, channels,
/// campaigns, reasons, settings. A database that cannot be read is an Error, never an
/// exception, so a view shows the message instead of catching storage failures itself.
class CatalogReader final {
public:
    explicit CatalogReader(Database& db) : m_db(db) {}

    Result<std::vector<Office>> offices();
    Result<std::optional<Office>> office(Id id);
    Result<std::vector<Employee>> employees();
    Result<std::vector<Channel>> channels();
    Result<std::vector<Campaign>> campaigns();
    Result<std::vector<Reason>> reasons();
    Result<std::optional<QString>> setting(const QString& key);

private:
    Database& m_db;
};

}  // namespace fd::core
