#pragma once

#include "io/table_writer.h"

#include <QStringList>

class QIODevice;

namespace fd::core {

/// Writes CSV that Russian Excel opens as it should: UTF-8 with a BOM, ';' by default, CRLF,
/// fields quoted when they hold the delimiter, a quote or a line break. Unless `raw`, a cell
/// that a spreadsheet would run as a formula (starting with = + - @, tab or CR) is written
/// with a leading apostrophe, which spreadsheets show as text; FunnelDesk's import removes it.
class CsvWriter final {
public:
    CsvWriter(QIODevice& device, QChar delimiter = QLatin1Char(';'), bool raw = false);

    void writeRow(const QStringList& cells);
    /// False once a write failed (disk full, closed device).
    bool ok() const { return m_ok; }

    /// The cell as written, without quoting: neutralized unless raw.
    static QString neutralize(const QString& cell);

private:
    QIODevice& m_device;
    QChar m_delimiter;
    bool m_raw;
    bool m_ok = true;
};

/// A table as CSV: integers as digits, money as "1234.50", times as ISO 8601 with the offset of
/// the given zone ("2026-10-01T09:05:00+03:00").
class CsvTableWriter final : public TableWriter {
public:
    CsvTableWriter(QIODevice& device, QChar delimiter, bool raw, QTimeZone zone)
        : m_csv(device, delimiter, raw), m_zone(std::move(zone)) {}

    void header(const std::vector<TableColumn>& columns) override;
    void row(const QVariantList& values) override;
    Status finish() override;

private:
    CsvWriter m_csv;
    QTimeZone m_zone;
    std::vector<TableColumn> m_columns;
};

}  // namespace fd::core
