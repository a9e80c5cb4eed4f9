#pragma once

// The records of an imported file, whatever it was saved as: CSV text, an .xlsx workbook's
// sheet. The import reads them one at a time and never needs to know which.

#include "domain/result.h"

#include <QStringList>

#include <optional>

namespace fd::core {

/// One record: its fields, the line of the file (the row of the sheet) it starts on, from 1, and
/// — for a malformed record — why (a message key and arguments, as Error).
struct CsvRecord {
    QStringList fields;
    qint64 line = 0;
    std::optional<Error> error;
};

/// What an imported file is, told by its first bytes, not by its name.
enum class FileFormat {
    Csv,
    Xlsx,
    HtmlTable,  ///< a web page with a table saved as .xls (Bitrix24's "Export to Excel")
};

class RecordSource {
public:
    virtual ~RecordSource() = default;
    /// What the records are read from: a sheet's rows have numbers and its columns letters.
    virtual FileFormat format() const = 0;
    /// The next record; false at the end of the file.
    virtual bool next(CsvRecord& record) = 0;
    /// How far into the file the records read so far reach, in bytes of the file, for progress.
    virtual qint64 bytesRead() const = 0;
    /// About how many records the file holds, before they are read, when a record would take
    /// `csvBytesPerRecord` bytes as CSV text (a workbook is compressed, its sheet's XML and a web
    /// page's table take more bytes for the same cells).
    virtual qint64 estimatedRecords(qint64 csvBytesPerRecord) const = 0;
    /// A workbook's sheets, in order; empty for a file that holds one table.
    virtual QStringList sheets() const { return {}; }
};

}  // namespace fd::core
