#pragma once

#include "domain/result.h"
#include "io/csv_reader.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QTableWidget;

namespace fd::app {

/// The middle of the import dialog: the file's first rows as they were read, and which column
/// of the file fills each field (a choice per field, starting from the column the preset reads
/// it from). Its texts keep the import dialog's translation context, so the translations
/// written for the dialog still apply.
class ImportColumnsView final : public QWidget {
    Q_OBJECT

public:
    explicit ImportColumnsView(QWidget* parent = nullptr);

    QTableWidget* preview() const { return m_preview; }
    QTableWidget* mapping() const { return m_mapping; }

    /// Empties both tables.
    void clear();
    /// The header and the next rows `reader` gives (the first ones of the file).
    void showRows(const QStringList& header, core::RecordSource& reader);
    /// How the file was read: "read as UTF-8, separated by «;»", an .xlsx workbook or a web page's table.
    static QString readAs(const core::RecordSource& reader);
    /// A row per field with the column it is read from by `columns` (none when they are an
    /// error).
    void showMapping(const QStringList& header, const QStringList& fields,
                     const core::Result<QMap<QString, QList<int>>>& columns);
    /// field → column header, for the fields the user gave another column: a preset may read a
    /// field from several columns (every phone column of a Bitrix24 export), which an explicit
    /// mapping would narrow to one.
    QMap<QString, QString> changedMapping() const;

private:
    /// The choice of a field's column; `from`: the columns the field is read from now.
    QComboBox* columnChoice(const QStringList& header, const QList<int>& from);

    QTableWidget* m_preview = nullptr;
    QTableWidget* m_mapping = nullptr;
    QStringList m_initialMapping;  ///< the column each field had from the preset
};

}  // namespace fd::app
