#pragma once

#include "io/table_writer.h"

#include <memory>

namespace fd::core {

/// Writes one table as an .xlsx workbook with libxlsxwriter, streaming rows to disk (constant
/// memory): text as text cells (never formulas), integers as numbers, money as numbers with two
/// decimals, times as spreadsheet dates in the given time zone. The header row is bold, frozen
/// and filterable. A sheet holds at most 1,048,575 rows below its header; a text longer than a
/// cell holds (32,767 characters) is shortened, ending in "…", and counted.
class XlsxWriter final : public TableWriter {
public:
    XlsxWriter(const QString& path, const QString& sheetName, QTimeZone zone);
    ~XlsxWriter() override;
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    static constexpr qint64 kMaxRows = 1048575;
    static constexpr qsizetype kMaxCellText = 32767;

    void header(const std::vector<TableColumn>& columns) override;
    void row(const QVariantList& values) override;
    Status finish() override;
    /// How many texts were shortened to fit a cell.
    qint64 shortenedCells() const;

    /// The spreadsheet serial number of a moment as the clock on the wall in `zone` shows it.
    static double serialDate(qint64 epochSeconds, const QTimeZone& zone);

private:
    struct State;
    std::unique_ptr<State> m;
};

}  // namespace fd::core
