#include "io/csv_writer.h"

#include <QIODevice>

namespace fd::core {

CsvWriter::CsvWriter(QIODevice& device, QChar delimiter, bool raw) : m_device(device), m_delimiter(delimiter), m_raw(raw) {
    m_ok = m_device.write("\xEF\xBB\xBF") == 3;
}

QString CsvWriter::neutralize(const QString& cell) {
    if (!cell.isEmpty()) {
        const QChar c = cell.front();
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
            c == QLatin1Char('\t') || c == QLatin1Char('\r')) {
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
        if (cell.contains(m_delimiter) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')) ||
            cell.contains(QLatin1Char('\r'))) {
            cell.replace(QLatin1String("\""), QLatin1String("\"\""));
            cell = QLatin1Char('"') + cell + QLatin1Char('"');
        }
        line += cell;
    }
    line += QLatin1String("\r\n");
    const QByteArray bytes = line.toUtf8();
    m_ok = m_ok && m_device.write(bytes) == bytes.size();
}

}  // namespace fd::core
