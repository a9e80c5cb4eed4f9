#pragma once

#include "domain/result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace fd::core {

/// A row of a sheet as text: the cells by column (empty for a cell with nothing in it) and the
/// row's number as the spreadsheet shows it.
struct XlsxRow {
    QStringList cells;
    qint64 number = 0;
};

/// Reads one sheet of an .xlsx workbook a row at a time (the sheet's XML streamed out of the
/// archive, never whole in memory): shared and inline strings, numbers, booleans, formulas as
/// their cached values, dates and times stored as serial numbers with a date style (1900 and
/// 1904 systems) as "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS". A whole number is written without a
/// decimal part or an exponent, so a phone stored as a number reads as its digits.
class XlsxReader final {
public:
    /// Opens `path` and its sheet `sheet`: a name, a number from 1, or empty for the first.
    static Result<std::unique_ptr<XlsxReader>> open(const QString& path, const QString& sheet = {});
    ~XlsxReader();
    XlsxReader(const XlsxReader&) = delete;
    XlsxReader& operator=(const XlsxReader&) = delete;

    /// The workbook's sheets, in order.
    const QStringList& sheetNames() const;
    /// The next row that has a cell; false at the end of the sheet or when it cannot be read
    /// (error() says why).
    bool next(XlsxRow& row);
    const std::optional<Error>& error() const;
    /// How much of the sheet has been read, from 0 to 1.
    double progress() const;
    /// The size of the sheet's XML, uncompressed.
    qint64 sheetBytes() const;

    /// The spreadsheet's name of a column: 0 is "A", 26 is "AA".
    static QString columnName(int index);
    /// The text of a serial date (days since 1899-12-30, or 1904-01-01 in the 1904 system).
    static QString serialDateText(double serial, bool date1904);

private:
    XlsxReader();
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace fd::core
