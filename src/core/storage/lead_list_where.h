#pragma once

// The leads list's WHERE clause from a filter, and what a text search is: shared by the list's
// pages (lead_list_repository.cpp) and its counts (lead_list_count.cpp). Storage only.

#include "storage/lead_list_repository.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <utility>

namespace fd::core {

class Database;
class SqlDialect;

namespace leadlist {

/// What the user typed, made into the form the search key has: case-folded; a phone typed
/// with punctuation or a trunk prefix becomes its national digits.
QString searchNeedle(const QString& text);

/// A text search SQLite finds through its trigram index (three characters or more), as a set
/// of contacts; a shorter one is a pattern tested on each contact's search key.
bool searchesThroughIndex(const Database& db, const LeadFilter& f);
bool searchesByPattern(const Database& db, const LeadFilter& f);

struct Where {
    QString sql;
    QList<std::pair<QString, QVariant>> values;
    bool needsContact = false;
};

/// How the conditions may be found: through their indexes, or (SQLite) tested row by row while
/// the sort order's index is walked — a unary + keeps SQLite's planner from using an index.
enum class FilterAccess { Indexed, RowByRow };

/// The conditions of `f` (" WHERE …", or empty); with `onlyIndexed` named, only that column's
/// condition may use its index.
Where buildWhere(const SqlDialect& dialect, const LeadFilter& f, FilterAccess access = FilterAccess::Indexed,
                 LeadFilterColumn onlyIndexed = LeadFilterColumn::None);

/// Runs `sql` with the filter's values and `more` bound, forward only.
QSqlQuery run(Database& db, const QString& sql, const Where& where,
              const QList<std::pair<QString, QVariant>>& more = {});

}  // namespace leadlist
}  // namespace fd::core
