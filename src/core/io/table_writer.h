#pragma once

#include "domain/result.h"

#include <QTimeZone>
#include <QVariantList>

#include <vector>

namespace fd::core {

/// What a column holds, so each format writes it as what it is: a spreadsheet gets numbers as
/// numbers, money with two decimals and times as dates.
enum class CellType {
    Text,
    Integer,
    Money,     ///< kopecks (qint64)
    DateTime,  ///< UTC epoch seconds (qint64), shown in the reporting time zone
    Percent,   ///< a fraction (double): 0.125 is 12.5 %
    Decimal,   ///< a number with a fraction (double)
};

struct TableColumn {
    QString name;
    CellType type = CellType::Text;
};

/// A destination for one table written row by row (CSV or an XLSX sheet). A null value is an
/// empty cell; a text value is text, whatever its column's type.
class TableWriter {
public:
    virtual ~TableWriter() = default;
    virtual void header(const std::vector<TableColumn>& columns) = 0;
    virtual void row(const QVariantList& values) = 0;
    /// Completes the file; an error says why it could not be written.
    virtual Status finish() = 0;
};

}  // namespace fd::core
