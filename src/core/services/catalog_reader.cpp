#include "services/catalog_reader.h"

#include "services/service_context.h"
#include "storage/catalog_repository.h"

namespace fd::core {

Result<std::vector<Office>> CatalogReader::offices() {
    return whileReading([&]() -> Result<std::vector<Office>> { return CatalogRepository(m_db).offices(); });
}

Result<std::optional<Office>> CatalogReader::office(Id id) {
    return whileReading(
        [&]() -> Result<std::optional<Office>> { return CatalogRepository(m_db).office(id); });
}

Result<std::vector<Employee>> CatalogReader::employees() {
    return whileReading(
        [&]() -> Result<std::vector<Employee>> { return CatalogRepository(m_db).employees(); });
}

Result<std::vector<Channel>> CatalogReader::channels() {
    return whileReading([&]() -> Result<std::vector<Channel>> { return CatalogRepository(m_db).channels(); });
}

Result<std::vector<Campaign>> CatalogReader::campaigns() {
    return whileReading(
        [&]() -> Result<std::vector<Campaign>> { return CatalogRepository(m_db).campaigns(); });
}

Result<std::vector<Reason>> CatalogReader::reasons() {
    return whileReading([&]() -> Result<std::vector<Reason>> { return CatalogRepository(m_db).reasons(); });
}

Result<std::optional<QString>> CatalogReader::setting(const QString& key) {
    return whileReading(
        [&]() -> Result<std::optional<QString>> { return CatalogRepository(m_db).setting(key); });
}

}  // namespace fd::core
