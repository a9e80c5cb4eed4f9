#pragma once

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace fd::core {

/// A sheet's merged cells (`<mergeCell ref="A4:A6"/>`), which the sheet lists after its rows, and
/// what they mean for an import:
///  - a cell merged down several rows holds its value in every one of them (a day merged over
///    the channels spent on that day is that day for each channel);
///  - a row above the header that holds nothing but one cell merged across columns is a title
///    ("Расходы за ноябрь"), not the header.
class XlsxMerges final {
public:
    /// Reads the merges out of a sheet's XML given a piece at a time, in order, without keeping
    /// it: only what straddles two pieces is carried over.
    void scan(QByteArrayView piece);

    /// Fills the cells a merge covers below its first row; `cells` is the row `number`. Rows come
    /// in ascending order, as a sheet stores them.
    void fill(qint64 number, QStringList& cells);
    /// Whether the row just filled holds only a merged cell spanning columns (a title above the
    /// header).
    bool isTitle(qint64 number, const QStringList& cells) const;

    std::size_t size() const { return m_merges.size(); }

    /// The columns a sheet may have (Excel's last is XFD).
    static constexpr int kMaxColumns = 16384;

private:
    struct Merge {
        qint64 firstRow = 0;
        qint64 lastRow = 0;
        int firstColumn = 0;
        int lastColumn = 0;
        QString value;
    };
    void add(QByteArrayView ref);

    std::vector<Merge> m_merges;        ///< by first row once the rows are read
    std::size_t m_next = 0;             ///< the first merge not yet reached by the rows
    std::vector<std::size_t> m_active;  ///< the merges covering the last row filled
    bool m_sorted = false;
    QByteArray m_carry;
};

}  // namespace fd::core
