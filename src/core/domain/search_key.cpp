#include "domain/search_key.h"

#include "domain/text_limits.h"

namespace fd::core {

namespace {

/// Appends `text` folded for search when it holds only the usual characters (printable ASCII,
/// Russian letters, spaces, tabs and line breaks) — the rules of foldForSearch in one pass, without
/// the temporaries; false, with `out` as it was, for anything else.
bool appendFoldedPlain(QStringView text, QString& out) {
    const qsizetype start = out.size();
    bool gap = false;  // whitespace since the last character kept
    bool any = false;
    for (const QChar qc : text) {
        char16_t c = qc.unicode();
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
            gap = any;
            continue;
        }
        if (c >= u'A' && c <= u'Z') {
            c = static_cast<char16_t>(c + 0x20);
        } else if (c >= 0x0410 && c <= 0x042F) {  // А-Я
            c = static_cast<char16_t>(c + 0x20);
        } else if (c == 0x0401 || c == 0x0451) {  // Ё, ё -> е
            c = 0x0435;
        } else if (!((c > 0x20 && c < 0x7F) || (c >= 0x0430 && c <= 0x044F))) {
            out.truncate(start);
            return false;
        }
        if (gap) {
            out += QLatin1Char(' ');
            gap = false;
        }
        out += QChar(c);
        any = true;
    }
    return true;
}

/// Appends `part` after a space when both are non-empty: parts joined by single spaces.
template <class Append>
void appendPart(QString& key, Append append) {
    const qsizetype mark = key.size();
    if (mark > 0) {
        key += QLatin1Char(' ');
    }
    const qsizetype partStart = key.size();
    append();
    if (key.size() == partStart) {
        key.truncate(mark);
    }
}

void appendFolded(QString& key, const QString& text) {
    if (!appendFoldedPlain(text, key)) {
        key += foldForSearch(text);
    }
}

}  // namespace

QString foldForSearch(const QString& text) {
    QString folded;
    folded.reserve(text.size());
    if (appendFoldedPlain(text, folded)) {
        return folded;
    }
    folded = withoutControlCharacters(text).toCaseFolded();  // a NUL pasted in is not searched for
    folded.replace(QChar(0x0451), QChar(0x0435));            // ё -> е
    return folded.simplified();
}

QString makeSearchKey(const QString& name, const QString& phone, const QString& email) {
    QString key;
    key.reserve(name.size() + phone.size() + email.size() + 2);
    appendPart(key, [&] { appendFolded(key, name); });
    appendPart(key, [&] {
        for (const QChar c : phone) {
            if (c.isDigit()) {
                key += c;
            }
        }
    });
    appendPart(key, [&] { appendFolded(key, email); });
    return key;
}

}  // namespace fd::core
