#pragma once

#include "io/csv_reader.h"
#include "io/record_source.h"

#include <QIODevice>

#include <memory>

namespace fd::core {

/// The records of the file open in `file`: a CSV reader, the sheet `sheet` (a name, a number
/// from 1, or empty for the first) of an .xlsx workbook, or the table of a web page saved as
/// .xls (Bitrix24's export). An old binary Excel workbook (.xls) and
/// a workbook that is not a file on disk are refused with what to do instead.
Result<std::unique_ptr<RecordSource>> openRecords(QIODevice& file, const CsvOptions& csv,
                                                  const QString& sheet = {});

}  // namespace fd::core
