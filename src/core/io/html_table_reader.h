#pragma once

#include "io/record_source.h"

#include <QIODevice>
#include <algorithm>

#include <memory>

namespace fd::core {

/// The rows of the first table of an HTML document — what Bitrix24's "Export to Excel" saves
/// as .xls — as records: cells' text without tags (a line break for <br>), entities decoded, a
/// cell spanning columns followed by empty ones. The document's charset (UTF-8 or
/// Windows-1251) is taken from its <meta>, or from whether its bytes are valid UTF-8.
class HtmlTableReader final : public RecordSource {
public:
    /// Reads the document from `file`; an error when it holds no table.
    static Result<std::unique_ptr<HtmlTableReader>> open(QIODevice& file);

    FileFormat format() const override { return FileFormat::HtmlTable; }
    bool next(CsvRecord& record) override;
    qint64 bytesRead() const override { return m_bytesRead; }
    /// A table's tags about double the bytes of its cells' text.
    qint64 estimatedRecords(qint64 csvBytesPerRecord) const override {
        return m_text.size() / std::max<qint64>(1, 2 * csvBytesPerRecord);
    }

    /// Whether the start of a file looks like an HTML document rather than CSV text.
    static bool looksLikeHtml(const QByteArray& start);

private:
    HtmlTableReader() = default;

    QString m_text;
    qsizetype m_pos = 0;
    qint64 m_row = 0;
    qint64 m_size = 0;
    qint64 m_bytesRead = 0;
};

}  // namespace fd::core
