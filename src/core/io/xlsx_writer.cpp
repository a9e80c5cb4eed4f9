#include "io/xlsx_writer.h"

#include <QDateTime>
#include <QFile>

#include <xlsxwriter.h>

namespace fd::core {

struct XlsxWriter::State {
    QString path;
    QTimeZone zone;
    lxw_workbook* book = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* bold = nullptr;
    lxw_format* money = nullptr;
    lxw_format* date = nullptr;
    lxw_format* percent = nullptr;
    std::vector<TableColumn> columns;
    lxw_row_t next = 0;
    lxw_error error = LXW_NO_ERROR;
    bool tooManyRows = false;
    bool closed = false;
    qint64 shortened = 0;
};

XlsxWriter::XlsxWriter(const QString& path, const QString& sheetName, QTimeZone zone)
    : m(std::make_unique<State>()) {
    m->path = path;
    m->zone = std::move(zone);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    m->book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!m->book) {
        m->error = LXW_ERROR_CREATING_XLSX_FILE;
        return;
    }
    m->sheet = workbook_add_worksheet(m->book, sheetName.left(31).toUtf8().constData());
    m->bold = workbook_add_format(m->book);
    format_set_bold(m->bold);
    m->money = workbook_add_format(m->book);
    format_set_num_format(m->money, "#,##0.00");
    m->date = workbook_add_format(m->book);
    format_set_num_format(m->date, "dd.mm.yyyy hh:mm");
    m->percent = workbook_add_format(m->book);
    format_set_num_format(m->percent, "0.0%");
}

XlsxWriter::~XlsxWriter() {
    if (m->book && !m->closed) {
        workbook_close(m->book);
        QFile::remove(m->path);  // an unfinished workbook is not left behind as if it were complete
    }
}

double XlsxWriter::serialDate(qint64 epochSeconds, const QTimeZone& zone) {
    const QDateTime local = QDateTime::fromSecsSinceEpoch(epochSeconds, zone);
    static const QDate kEpoch(1899, 12, 30);
    const QTime t = local.time();
    return static_cast<double>(kEpoch.daysTo(local.date())) +
           static_cast<double>(t.hour() * 3600 + t.minute() * 60 + t.second()) / 86400.0;
}

void XlsxWriter::header(const std::vector<TableColumn>& columns) {
    m->columns = columns;
    if (!m->sheet) {
        return;
    }
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const auto col = static_cast<lxw_col_t>(i);
        const double width = columns[i].type == CellType::DateTime ? 17
                             : columns[i].type == CellType::Text   ? 22
                                                                   : 13;
        worksheet_set_column(m->sheet, col, col, width,
                             columns[i].type == CellType::Money      ? m->money
                             : columns[i].type == CellType::DateTime ? m->date
                             : columns[i].type == CellType::Percent  ? m->percent
                                                                     : nullptr);
        const lxw_error e =
            worksheet_write_string(m->sheet, 0, col, columns[i].name.toUtf8().constData(), m->bold);
        if (e != LXW_NO_ERROR && m->error == LXW_NO_ERROR) {
            m->error = e;
        }
    }
    worksheet_freeze_panes(m->sheet, 1, 0);
    m->next = 1;
}

void XlsxWriter::row(const QVariantList& values) {
    if (!m->sheet || m->error != LXW_NO_ERROR) {
        return;
    }
    if (m->next > kMaxRows) {
        m->tooManyRows = true;
        return;
    }
    for (qsizetype i = 0; i < values.size() && i < static_cast<qsizetype>(m->columns.size()); ++i) {
        const QVariant& v = values[i];
        if (v.isNull()) {
            continue;
        }
        const auto col = static_cast<lxw_col_t>(i);
        lxw_error e = LXW_NO_ERROR;
        // Text given for a number or a date is written as the text it is, as a person would type it.
        const CellType type =
            v.typeId() == QMetaType::QString ? CellType::Text : m->columns[static_cast<std::size_t>(i)].type;
        switch (type) {
            case CellType::Text:
                if (QString s = v.toString(); !s.isEmpty()) {
                    if (s.size() > kMaxCellText) {
                        s.truncate(kMaxCellText - 1);
                        if (s.back().isHighSurrogate()) {
                            s.chop(1);
                        }
                        s += QChar(0x2026);
                        ++m->shortened;
                    }
                    e = worksheet_write_string(m->sheet, m->next, col, s.toUtf8().constData(), nullptr);
                }
                break;
            case CellType::Integer:
                e = worksheet_write_number(m->sheet, m->next, col, static_cast<double>(v.toLongLong()),
                                           nullptr);
                break;
            case CellType::Money:
                e = worksheet_write_number(m->sheet, m->next, col,
                                           static_cast<double>(v.toLongLong()) / 100.0, m->money);
                break;
            case CellType::DateTime:
                e = worksheet_write_number(m->sheet, m->next, col, serialDate(v.toLongLong(), m->zone),
                                           m->date);
                break;
            case CellType::Percent:
                e = worksheet_write_number(m->sheet, m->next, col, v.value<double>(), m->percent);
                break;
            case CellType::Decimal:
                e = worksheet_write_number(m->sheet, m->next, col, v.value<double>(), nullptr);
                break;
        }
        if (e != LXW_NO_ERROR) {
            m->error = e;
            return;
        }
    }
    ++m->next;
}

qint64 XlsxWriter::shortenedCells() const {
    return m->shortened;
}

Status XlsxWriter::finish() {
    if (m->sheet && !m->columns.empty() && m->next > 1) {
        worksheet_autofilter(m->sheet, 0, 0, m->next - 1, static_cast<lxw_col_t>(m->columns.size() - 1));
    }
    lxw_error closing = LXW_NO_ERROR;
    if (m->book) {
        closing = workbook_close(m->book);
        m->closed = true;
    }
    if (m->tooManyRows) {
        QFile::remove(m->path);
        return Error::make(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("fd::core::Error",
                              "A spreadsheet sheet holds at most %1 rows; choose a shorter period or "
                              "export as CSV."),
            {QString::number(kMaxRows)}, QStringLiteral("format"));
    }
    const lxw_error e = m->error != LXW_NO_ERROR ? m->error : closing;
    if (e != LXW_NO_ERROR) {
        QFile::remove(m->path);
        return Error::make(
            ErrorCode::Storage,
            QT_TRANSLATE_NOOP("fd::core::Error", "The spreadsheet \"%1\" could not be written: %2"),
            {m->path, QString::fromUtf8(lxw_strerror(e))}, QStringLiteral("out"));
    }
    return Ok{};
}

}  // namespace fd::core
