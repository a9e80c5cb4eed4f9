#pragma once

#include "domain/entities.h"
#include "domain/enums.h"

#include <QVariantList>

#include <functional>

namespace fd::core {

class Database;

/// What an export reads.
enum class ExportKind { Leads, Meetings, Deals, Payments, Audit };
template <>
struct EnumCodes<ExportKind> {
    static constexpr std::array codes{"leads", "meetings", "deals", "payments", "audit"};
};

/// Which records: those whose own time (a lead's creation, a meeting's slot, a deal's
/// signing, a payment) falls in [from, to), optionally of one office or manager.
struct ExportSelection {
    qint64 from = 0;
    qint64 to = 0;
    OptId officeId;
    OptId managerId;  ///< the audit: whose actions (or for whom a head acted)
    QString entity;   ///< the audit: only this kind of record; empty: all
};

/// Reads records for export one row at a time, oldest first, with names instead of ids, so a
/// million rows never sit in memory. The columns of each kind are listed in export_repository.cpp
/// next to their query and described by exportColumns() in services/data_export.
class ExportRepository final {
public:
    explicit ExportRepository(Database& db) : m_db(db) {}

    /// `row` gets the values in the kind's column order and returns false to stop.
    void forEach(ExportKind kind, const ExportSelection& selection,
                 const std::function<bool(const QVariantList&)>& row);

private:
    Database& m_db;
};

}  // namespace fd::core
