#include "io/xlsx_reader.h"

#include "io/xlsx_merges.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <zip.h>

#include <algorithm>
#include <cmath>

namespace fd::core {

namespace {

constexpr qint64 kChunk = 64 * 1024;
/// The serial number of the day after 9999-12-31, the last date a spreadsheet shows.
constexpr double kLastSerialDate = 2958466;

Error notAWorkbook() {
    return Error::make(
        ErrorCode::InvalidInput,
        QT_TRANSLATE_NOOP("fd::core::Error",
                          "The file is not an Excel workbook (.xlsx), or it is damaged. Open it in "
                          "the spreadsheet program and save it as .xlsx or CSV."),
        {}, QStringLiteral("file"));
}

/// An entry of the archive read a chunk at a time.
class Entry {
public:
    Entry(zip_t* archive, const QString& name) {
        const QByteArray n = name.toUtf8();
        m_file = zip_fopen(archive, n.constData(), 0);
    }
    ~Entry() {
        if (m_file) {
            zip_fclose(m_file);
        }
    }
    Entry(const Entry&) = delete;
    Entry& operator=(const Entry&) = delete;
    bool ok() const { return m_file != nullptr; }
    /// The next chunk; empty at the end. `failed` is set when the archive is damaged.
    QByteArray read(bool* failed) {
        QByteArray chunk(kChunk, Qt::Uninitialized);
        const zip_int64_t n = zip_fread(m_file, chunk.data(), static_cast<zip_uint64_t>(chunk.size()));
        if (n < 0) {
            *failed = true;
            return {};
        }
        chunk.resize(static_cast<qsizetype>(n));
        return chunk;
    }
    /// The whole entry (for the small parts: the workbook, its relations, the styles).
    QByteArray readAll(bool* failed) {
        QByteArray all;
        for (QByteArray c = read(failed); !c.isEmpty(); c = read(failed)) {
            all += c;
        }
        return all;
    }

private:
    zip_file_t* m_file = nullptr;
};

/// The built-in number formats that are dates or times.
bool builtinDate(int id) {
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
           (id >= 50 && id <= 58);
}

/// Whether a custom format code shows a date or a time: d, m, y, h or s outside quotes and
/// brackets (a colour or a condition), and not only in an elapsed-time or general part.
bool customDate(const QString& code) {
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == QLatin1Char('\\')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            ++bracket;
        } else if (c == QLatin1Char(']')) {
            bracket = std::max(0, bracket - 1);
        } else if (bracket == 0) {
            const QChar l = c.toLower();
            if (l == QLatin1Char('d') || l == QLatin1Char('y') || l == QLatin1Char('m') ||
                l == QLatin1Char('h') || l == QLatin1Char('s')) {
                return true;
            }
        }
    }
    return false;
}

constexpr int kNoColumn = -1;
constexpr int kPastLastColumn = -2;

/// "B12" → column 1 (from 0); kNoColumn when there is none, kPastLastColumn past Excel's last.
int columnOf(QStringView ref) {
    int col = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i) {
        const char16_t c = ref[i].toUpper().unicode();
        if (c < u'A' || c > u'Z' || col > XlsxMerges::kMaxColumns) {
            return kPastLastColumn;
        }
        col = col * 26 + (c - u'A' + 1);
    }
    if (i == 0) {
        return kNoColumn;
    }
    return col > XlsxMerges::kMaxColumns ? kPastLastColumn : col - 1;
}

/// What a cell's `t` attribute says its value is.
enum class CellKind {
    Number,   ///< a number (or a date, by its style): no `t`, or "n"
    Shared,   ///< an index into the shared strings: "s"
    Boolean,  ///< "b"
    Text,     ///< inline text, a formula's text, an error such as #N/A: "inlineStr", "str", "e"
};

CellKind kindOf(QStringView t) {
    if (t.isEmpty() || t == QLatin1String("n")) {
        return CellKind::Number;
    }
    if (t == QLatin1String("s")) {
        return CellKind::Shared;
    }
    return t == QLatin1String("b") ? CellKind::Boolean : CellKind::Text;
}

/// Whether a cell shows anything but spaces (without making a trimmed copy).
bool hasText(const QString& cell) {
    return std::any_of(cell.cbegin(), cell.cend(), [](QChar c) { return !c.isSpace(); });
}

QString numberText(double v) {
    if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 1e15) {
        return QString::number(static_cast<qint64>(v));
    }
    return QString::number(v, 'g', 15);
}

}  // namespace

struct XlsxReader::State {
    zip_t* archive = nullptr;
    QStringList sheets;
    QStringList shared;
    std::vector<bool> dateStyle;  ///< per cell style index
    bool date1904 = false;
    std::unique_ptr<Entry> sheet;
    qint64 sheetSize = 0;  ///< uncompressed
    qint64 sheetRead = 0;
    QXmlStreamReader xml;
    XlsxMerges merges;
    bool headerPassed = false;  ///< a row has been given: titles are only looked for above it
    bool atEnd = false;
    std::optional<Error> error;

    ~State() {
        sheet.reset();
        if (archive) {
            zip_discard(archive);
        }
    }
    QByteArray part(const QString& name, bool* failed) {
        Entry e(archive, name);
        if (!e.ok()) {
            return {};
        }
        return e.readAll(failed);
    }
};

XlsxReader::XlsxReader() : m_state(std::make_unique<State>()) {}
XlsxReader::~XlsxReader() = default;

const QStringList& XlsxReader::sheetNames() const {
    return m_state->sheets;
}

const std::optional<Error>& XlsxReader::error() const {
    return m_state->error;
}

qint64 XlsxReader::sheetBytes() const {
    return m_state->sheetSize;
}

double XlsxReader::progress() const {
    if (m_state->atEnd) {
        return 1.0;
    }
    return m_state->sheetSize > 0 ? std::min(1.0, static_cast<double>(m_state->sheetRead) /
                                                      static_cast<double>(m_state->sheetSize))
                                  : 0.0;
}

QString XlsxReader::columnName(int index) {
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
        name.prepend(QChar(u'A' + (n - 1) % 26));
    }
    return name;
}

QString XlsxReader::serialDateText(double serial, bool date1904) {
    // Excel's 1900 system counts 1900-02-29, which never was: serials from 61 on are one day
    // ahead of the days since 1899-12-31, so they are counted from 1899-12-30.
    const QDate epoch =
        date1904 ? QDate(1904, 1, 1) : (serial < 61 ? QDate(1899, 12, 31) : QDate(1899, 12, 30));
    const auto days = static_cast<qint64>(std::floor(serial));
    const auto seconds = static_cast<qint64>(std::llround((serial - static_cast<double>(days)) * 86400.0));
    const QDateTime at = QDateTime(epoch.addDays(days), QTime(0, 0), Qt::UTC).addSecs(seconds);
    return seconds == 0 ? at.date().toString(Qt::ISODate)
                        : at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString& path, const QString& sheet) {
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    State& s = *reader->m_state;
    int code = 0;
    s.archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!s.archive) {
        return notAWorkbook();
    }
    bool failed = false;
    // The sheets and where each one is.
    const QByteArray workbook = s.part(QStringLiteral("xl/workbook.xml"), &failed);
    const QByteArray rels = s.part(QStringLiteral("xl/_rels/workbook.xml.rels"), &failed);
    if (workbook.isEmpty() || rels.isEmpty() || failed) {
        return notAWorkbook();
    }
    QHash<QString, QString> targets;
    for (QXmlStreamReader x(rels); !x.atEnd();) {
        if (x.readNext() == QXmlStreamReader::StartElement && x.name() == QLatin1String("Relationship")) {
            QString target = x.attributes().value(QLatin1String("Target")).toString();
            target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            targets.insert(x.attributes().value(QLatin1String("Id")).toString(), target);
        }
    }
    QStringList sheetTargets;
    for (QXmlStreamReader x(workbook); !x.atEnd();) {
        if (x.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (x.name() == QLatin1String("workbookPr")) {
            const QStringView v = x.attributes().value(QLatin1String("date1904"));
            s.date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (x.name() == QLatin1String("sheet")) {
            s.sheets << x.attributes().value(QLatin1String("name")).toString();
            QString id;
            for (const QXmlStreamAttribute& a : x.attributes()) {
                if (a.name() == QLatin1String("id")) {
                    id = a.value().toString();
                }
            }
            sheetTargets << targets.value(id);
        }
    }
    if (s.sheets.isEmpty()) {
        return notAWorkbook();
    }
    qsizetype chosen = 0;
    if (!sheet.isEmpty()) {
        bool number = false;
        const int n = sheet.toInt(&number);
        chosen = number ? n - 1 : s.sheets.indexOf(sheet);
        if (chosen < 0 || chosen >= s.sheets.size()) {
            return Error::make(
                ErrorCode::InvalidInput,
                QT_TRANSLATE_NOOP("fd::core::Error", "The workbook has no sheet \"%1\"; its sheets: %2."),
                {sheet, s.sheets.join(QStringLiteral(", "))}, QStringLiteral("sheet"));
        }
    }
    // The shared strings (every text of the workbook, once each) and which styles are dates.
    const QByteArray strings = s.part(QStringLiteral("xl/sharedStrings.xml"), &failed);
    for (QXmlStreamReader x(strings); !x.atEnd();) {
        if (x.readNext() == QXmlStreamReader::StartElement && x.name() == QLatin1String("si")) {
            QString text;
            while (!(x.readNext() == QXmlStreamReader::EndElement && x.name() == QLatin1String("si")) &&
                   !x.atEnd()) {
                // The runs of rich text, without their phonetic readings.
                if (x.isStartElement() && x.name() == QLatin1String("rPh")) {
                    x.skipCurrentElement();
                } else if (x.isStartElement() && x.name() == QLatin1String("t")) {
                    text += x.readElementText();
                }
            }
            s.shared << text;
        }
    }
    const QByteArray styles = s.part(QStringLiteral("xl/styles.xml"), &failed);
    QSet<int> customDates;
    bool inCellXfs = false;
    for (QXmlStreamReader x(styles); !x.atEnd();) {
        const QXmlStreamReader::TokenType t = x.readNext();
        if (t == QXmlStreamReader::StartElement && x.name() == QLatin1String("numFmt")) {
            if (customDate(x.attributes().value(QLatin1String("formatCode")).toString())) {
                customDates.insert(x.attributes().value(QLatin1String("numFmtId")).toInt());
            }
        } else if (t == QXmlStreamReader::StartElement && x.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (t == QXmlStreamReader::EndElement && x.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        } else if (t == QXmlStreamReader::StartElement && inCellXfs && x.name() == QLatin1String("xf")) {
            const int id = x.attributes().value(QLatin1String("numFmtId")).toInt();
            s.dateStyle.push_back(builtinDate(id) || customDates.contains(id));
        }
    }
    if (failed) {
        return notAWorkbook();
    }
    const QByteArray target = sheetTargets.value(chosen).toUtf8();
    s.sheet = std::make_unique<Entry>(s.archive, sheetTargets.value(chosen));
    if (!s.sheet->ok()) {
        return notAWorkbook();
    }
    // The merged cells are listed after the rows: a first pass over the sheet's bytes finds them.
    Entry scan(s.archive, sheetTargets.value(chosen));
    for (QByteArray c = scan.read(&failed); !c.isEmpty(); c = scan.read(&failed)) {
        s.merges.scan(c);
    }
    if (failed) {
        return notAWorkbook();
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(s.archive, target.constData(), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)) {
        s.sheetSize = static_cast<qint64>(stat.size);
    }
    return reader;
}

bool XlsxReader::next(XlsxRow& row) {
    State& s = *m_state;
    if (s.atEnd || s.error) {
        return false;
    }
    row.cells.clear();
    row.number = 0;
    bool inRow = false;
    int col = -1;
    CellKind kind = CellKind::Number;
    int style = 0;
    QString value;
    bool haveValue = false;
    bool inText = false;  // inside a cell's <v> or inline <t>: its text may come in pieces
    for (;;) {
        const QXmlStreamReader::TokenType t = s.xml.readNext();
        if (t == QXmlStreamReader::Invalid) {
            if (s.xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
                s.error = notAWorkbook();
                return false;
            }
            bool failed = false;
            const QByteArray chunk = s.sheet->read(&failed);
            if (failed) {
                s.error = notAWorkbook();
                return false;
            }
            if (chunk.isEmpty()) {
                s.atEnd = true;
                return false;
            }
            s.sheetRead += chunk.size();
            s.xml.addData(chunk);
            continue;
        }
        if (t == QXmlStreamReader::EndDocument) {
            s.atEnd = true;
            return false;
        }
        if (t == QXmlStreamReader::StartElement) {
            const QStringView name = s.xml.name();
            if (name == QLatin1String("row")) {
                inRow = true;
                row.number = s.xml.attributes().value(QLatin1String("r")).toLongLong();
                col = -1;
            } else if (inRow && name == QLatin1String("c")) {
                const QXmlStreamAttributes a = s.xml.attributes();
                const int at = columnOf(a.value(QLatin1String("r")));
                col = at == kNoColumn ? col + 1 : at;
                if (col < 0 || col >= XlsxMerges::kMaxColumns) {
                    s.error = notAWorkbook();  // a cell past the last column a sheet may have
                    return false;
                }
                kind = kindOf(a.value(QLatin1String("t")));
                style = a.value(QLatin1String("s")).toInt();
                value.clear();
                haveValue = false;
            } else if (inRow && (name == QLatin1String("v") || name == QLatin1String("t"))) {
                // A formula's cached value, a number, a shared string's index, or inline text.
                inText = true;
                haveValue = true;
            } else if (inRow && name == QLatin1String("rPh")) {
                s.xml.skipCurrentElement();  // a phonetic reading, not the text
            }
        } else if (t == QXmlStreamReader::Characters && inText) {
            if (value.isEmpty()) {
                value = s.xml.text().toString();  // most cells' text comes in one piece
            } else {
                value += s.xml.text();
            }
        } else if (t == QXmlStreamReader::EndElement) {
            const QStringView name = s.xml.name();
            if (name == QLatin1String("v") || name == QLatin1String("t")) {
                inText = false;
            } else if (name == QLatin1String("c") && inRow && col >= 0 && haveValue) {
                QString text;
                if (kind == CellKind::Shared) {
                    text = s.shared.value(value.toInt());
                } else if (kind == CellKind::Boolean) {
                    text = value == QLatin1String("1") ? QStringLiteral("true") : QStringLiteral("false");
                } else if (kind == CellKind::Number) {
                    bool ok = false;
                    const double v = value.toDouble(&ok);
                    const bool date = style >= 0 && static_cast<std::size_t>(style) < s.dateStyle.size() &&
                                      s.dateStyle[static_cast<std::size_t>(style)];
                    // Excel shows dates from its day 0 to 9999-12-31; past them, the number.
                    const bool shownAsDate = date && v >= 0 && v < kLastSerialDate;
                    text = !ok ? value : shownAsDate ? serialDateText(v, s.date1904) : numberText(v);
                } else {
                    text = std::move(value);
                    value.clear();
                }
                while (row.cells.size() < col) {
                    row.cells << QString();
                }
                row.cells << std::move(text);
            } else if (name == QLatin1String("row") && inRow) {
                inRow = false;
                s.merges.fill(row.number, row.cells);
                bool any = false;
                for (const QString& c : row.cells) {
                    any = any || hasText(c);
                }
                if (any && !s.headerPassed && s.merges.isTitle(row.number, row.cells)) {
                    any = false;  // a title above the header
                }
                if (any) {
                    s.headerPassed = true;
                    return true;
                }
                row.cells.clear();
            }
        }
    }
}

}  // namespace fd::core
