#pragma once

#include <QString>
#include <QTimeZone>

#include <optional>

namespace fd::core {

/// A moment as spreadsheets write it: "dd.mm.yyyy", "dd.mm.yyyy HH:MM[:SS]", ISO 8601
/// ("yyyy-mm-dd", "yyyy-mm-ddTHH:MM[:SS][Z|±HH:MM]"), "yyyy-mm-dd HH:MM:SS". A time without a
/// zone is read in `zone` (the company's reporting time zone); a date alone is its midnight.
std::optional<qint64> parseImportTime(const QString& text, const QTimeZone& zone);

}  // namespace fd::core
