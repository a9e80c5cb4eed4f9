#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "services/service_context.h"

namespace fd::core {

class Database;

/// What a company starts with: its name and reporting time zone, its first office and the
/// administrator who sets up the rest.
struct CompanyInput {
    QString companyName;
    QString reportTimeZone = QStringLiteral("Europe/Moscow");
    Office office;
    QString adminName;
    QString adminLogin;
    QString adminPassword;
};

/// Starts a company in a new, empty database: all of it or nothing.
class CompanySetup final {
public:
    explicit CompanySetup(Database& db, Clock clock = systemClock()) : m_db(db), m_clock(std::move(clock)) {}

    /// The administrator's id; an error names the field that is wrong.
    Result<Id> create(const CompanyInput& input);

private:
    Database& m_db;
    Clock m_clock;
};

}  // namespace fd::core
