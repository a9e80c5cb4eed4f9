#include "io/xlsx_merges.h"

#include <algorithm>
#include <cctype>

namespace fd::core {

namespace {

constexpr QByteArrayView kTag("mergeCell");
constexpr QByteArrayView kRef("ref=\"");
/// The longest `<mergeCell ref="…"/>` kept waiting for its end across pieces.
constexpr qsizetype kLongestTag = 512;

/// "AB12" → column 27 (from 0) and row 12; false when it is not a cell reference.
bool cellOf(QByteArrayView ref, int* column, qint64* row) {
    qsizetype i = 0;
    int col = 0;
    for (;
         i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i])) && col <= XlsxMerges::kMaxColumns;
         ++i) {
        col = col * 26 + (std::toupper(static_cast<unsigned char>(ref[i])) - 'A' + 1);
    }
    qint64 r = 0;
    const qsizetype digits = i;
    for (; i < ref.size() && std::isdigit(static_cast<unsigned char>(ref[i])) && r < 100000000; ++i) {
        r = r * 10 + (ref[i] - '0');
    }
    if (digits == 0 || i == digits || i != ref.size() || col > XlsxMerges::kMaxColumns) {
        return false;
    }
    *column = col - 1;
    *row = r;
    return true;
}

}  // namespace

void XlsxMerges::add(QByteArrayView ref) {
    const qsizetype colon = ref.indexOf(':');
    if (colon < 0) {
        return;
    }
    Merge m;
    if (!cellOf(ref.first(colon), &m.firstColumn, &m.firstRow) ||
        !cellOf(ref.sliced(colon + 1), &m.lastColumn, &m.lastRow)) {
        return;
    }
    if (m.lastRow < m.firstRow) {
        std::swap(m.lastRow, m.firstRow);
    }
    if (m.lastColumn < m.firstColumn) {
        std::swap(m.lastColumn, m.firstColumn);
    }
    m_merges.push_back(m);
}

void XlsxMerges::scan(QByteArrayView piece) {
    m_carry.append(piece);
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = m_carry.indexOf(kTag, from);
        if (at < 0) {
            // Keep the tail a tag's name may start in.
            from = std::max(from, m_carry.size() - kTag.size());
            break;
        }
        const qsizetype after = at + kTag.size();
        if (after >= m_carry.size()) {
            from = at;
            break;
        }
        const char next = m_carry[after];
        if (next == 's') {  // <mergeCells count="…">
            from = after;
            continue;
        }
        const qsizetype end = m_carry.indexOf('>', after);
        if (end < 0) {
            from = m_carry.size() - at > kLongestTag ? m_carry.size() : at;
            break;
        }
        const QByteArrayView tag = QByteArrayView(m_carry).sliced(after, end - after);
        if (const qsizetype ref = tag.indexOf(kRef); ref >= 0) {
            const QByteArrayView value = tag.sliced(ref + kRef.size());
            if (const qsizetype quote = value.indexOf('"'); quote >= 0) {
                add(value.first(quote));
            }
        }
        from = end + 1;
    }
    m_carry.remove(0, std::min(from, m_carry.size()));
}

void XlsxMerges::fill(qint64 number, QStringList& cells) {
    if (!m_sorted) {
        std::stable_sort(m_merges.begin(), m_merges.end(),
                         [](const Merge& a, const Merge& b) { return a.firstRow < b.firstRow; });
        m_sorted = true;
    }
    for (; m_next < m_merges.size() && m_merges[m_next].firstRow <= number; ++m_next) {
        m_active.push_back(m_next);
    }
    std::erase_if(m_active, [&](std::size_t i) { return m_merges[i].lastRow < number; });
    for (const std::size_t i : m_active) {
        Merge& m = m_merges[i];
        if (number < m.firstRow) {
            continue;
        }
        if (number == m.firstRow) {
            m.value = cells.value(m.firstColumn);
        } else if (m.firstRow < m.lastRow && cells.value(m.firstColumn).isEmpty() && !m.value.isEmpty()) {
            while (cells.size() <= m.firstColumn) {
                cells << QString();
            }
            cells[m.firstColumn] = m.value;
        }
    }
}

bool XlsxMerges::isTitle(qint64 number, const QStringList& cells) const {
    qsizetype filled = -1;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (!cells[i].trimmed().isEmpty()) {
            if (filled >= 0) {
                return false;
            }
            filled = i;
        }
    }
    return filled >= 0 && std::any_of(m_active.begin(), m_active.end(), [&](std::size_t i) {
               const Merge& m = m_merges[i];
               return m.firstRow == number && m.firstColumn == filled && m.lastColumn > m.firstColumn;
           });
}

}  // namespace fd::core
