#include "io/csv_writer.h"

#include "domain/money.h"

#include <QDateTime>
#include <QIODevice>

namespace fd::core {

CsvWriter::CsvWriter(QIODevice& device, QChar delimiter, bool raw)
    : m_device(device), m_delimiter(delimiter), m_raw(raw) {
    m_ok = m_device.write("\xEF\xBB\xBF") == 3;
}

QString CsvWriter::neutralize(const QString& cell) {
    if (!cell.isEmpty()) {
        const QChar c = cell.front();
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
            c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r')) {
            return QLatin1Char('\'') + cell;
        }
    }
    return cell;
}

void CsvWriter::writeRow(const QStringList& cells) {
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            line += m_delimiter;
        }
        QString cell = m_raw ? cells[i] : neutralize(cells[i]);
        if (cell.contains(m_delimiter) || cell.contains(QLatin1Char('"')) ||
            cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
            cell.replace(QLatin1String("\""), QLatin1String("\"\""));
            cell = QLatin1Char('"') + cell + QLatin1Char('"');
        }
        line += cell;
    }
    line += QLatin1String("\r\n");
    const QByteArray bytes = line.toUtf8();
    m_ok = m_ok && m_device.write(bytes) == bytes.size();
}

void CsvTableWriter::header(const std::vector<TableColumn>& columns) {
    m_columns = columns;
    QStringList names;
    for (const TableColumn& c : columns) {
        names << c.name;
    }
    m_csv.writeRow(names);
}

void CsvTableWriter::row(const QVariantList& values) {
    QStringList cells;
    cells.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& v = values[i];
        const CellType type = i < static_cast<qsizetype>(m_columns.size())
                                  ? m_columns[static_cast<std::size_t>(i)].type
                                  : CellType::Text;
        if (v.isNull()) {
            cells << QString();
        } else if (type == CellType::Money) {
            cells << Money{v.toLongLong()}.toPlainString();
        } else if (type == CellType::DateTime) {
            cells << QDateTime::fromSecsSinceEpoch(v.toLongLong(), m_zone).toString(Qt::ISODate);
        } else if (type == CellType::Percent || type == CellType::Decimal) {
            cells << QString::number(v.value<double>(), 'f', type == CellType::Percent ? 4 : 2);
        } else {
            cells << v.toString();
        }
    }
    m_csv.writeRow(cells);
}

Status CsvTableWriter::finish() {
    if (!m_csv.ok()) {
        return Error::make(ErrorCode::Storage,
                           QT_TRANSLATE_NOOP("fd::core::Error", "The export file could not be written."), {},
                           QStringLiteral("out"));
    }
    return Ok{};
}

}  // namespace fd::core
