#pragma once

#include "dialogs/import_columns_view.h"
#include "services/data_import.h"
#include "services/service_context.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace fd::app {

/// Imports a file step by step — CSV, an Excel workbook's sheet, Bitrix24's export — told by its
/// content: choose the file and what it holds, look at the first rows
/// as they were read, adjust which column fills which field, check it with a dry run, then
/// import with a progress bar. Cancelling writes nothing; so does a bad row unless bad rows
/// are to be skipped.
class ImportDialog final : public QDialog {
    Q_OBJECT

public:
    ImportDialog(core::Database& db, core::Clock clock, QWidget* parent = nullptr);

    /// Reads the file's header and first rows into the preview and the mapping.
    void setFile(const QString& path);
    void setKind(core::ImportKind kind);
    /// A dry run (nothing written) or the import; false when it did not run or was cancelled.
    bool run(bool dryRun);
    void cancel();

    QTableWidget* preview() const { return m_columns->preview(); }
    QTableWidget* mapping() const { return m_columns->mapping(); }
    QComboBox* onErrorBox() const { return m_onError; }
    QComboBox* presetBox() const { return m_preset; }
    /// A workbook's sheets (hidden for a file of one table).
    QComboBox* sheetBox() const { return m_sheet; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* summaryLabel() const { return m_summary; }
    QString errorsText() const;
    /// True once an import wrote something (the caller reloads its views).
    bool wroteData() const { return m_wrote; }
    /// The options the dialog would import with.
    core::ImportOptions options() const;

private:
    /// What the file is and how it is read: kind, path, preset, encoding, separator, bad rows.
    QFormLayout* buildSourceForm();
    /// The progress bar and the dry run, import and close (cancel) buttons.
    QHBoxLayout* buildButtons();
    void chooseFile();
    void reload();
    /// Reads the file's header and first rows into the preview and the mapping; what keeps it
    /// from being read goes into the summary.
    void showFile(const QString& path);
    /// What the file was read as: a workbook's sheets to choose from, a CSV file's dialect.
    void showFormat(const core::RecordSource& reader);
    /// The summary of a finished run and its bad rows.
    void showResult(const core::ImportSummary& s, bool dryRun, bool abortOnError);
    void setBusy(bool busy);

    core::Database& m_db;
    core::Clock m_clock;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_path = nullptr;
    QComboBox* m_preset = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_sheet = nullptr;  ///< a workbook's sheets, by number from 1
    QFormLayout* m_form = nullptr;
    QComboBox* m_onError = nullptr;
    QLabel* m_detected = nullptr;
    ImportColumnsView* m_columns = nullptr;
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_errors = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QStringList m_header;
    QString m_loadedPath;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_wrote = false;
};

}  // namespace fd::app
