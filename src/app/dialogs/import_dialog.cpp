#include "dialogs/import_dialog.h"

#include "formatting.h"
#include "io/record_files.h"
#include "services/data_export.h"
#include "storage/database.h"
#include "widgets.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <atomic>

namespace fd::app {

namespace {

QString kindTitle(core::ImportKind kind) {
    switch (kind) {
        case core::ImportKind::Leads:
            return ImportDialog::tr("Leads");
        case core::ImportKind::Deals:
            return ImportDialog::tr("Deals (sales)");
        case core::ImportKind::Payments:
            return ImportDialog::tr("Payments");
        case core::ImportKind::Spend:
            return ImportDialog::tr("Ad spend per day");
        case core::ImportKind::Visitors:
            return ImportDialog::tr("Site visitors per day");
    }
    return {};
}

}  // namespace

ImportDialog::ImportDialog(core::Database& db, core::Clock clock, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(std::move(clock)) {
    setWindowTitle(tr("Import from a file"));
    resize(980, 720);

    QFormLayout* form = buildSourceForm();
    m_columns = new ImportColumnsView(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_errors = new QPlainTextEdit(this);
    m_errors->setReadOnly(true);
    m_errors->setMaximumHeight(120);
    m_errors->hide();
    QHBoxLayout* buttons = buildButtons();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors);
    layout->addLayout(buttons);

    connect(m_path, &QLineEdit::editingFinished, this, &ImportDialog::reload);
    for (QComboBox* box : {m_kind, m_preset, m_encoding, m_delimiter, m_sheet}) {
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::reload);
    }
    connect(m_check, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running) {
            cancel();
        } else {
            accept();
        }
    });
    setBusy(false);
}

QFormLayout* ImportDialog::buildSourceForm() {
    m_kind = new QComboBox(this);
    for (const core::ImportKind k :
         {core::ImportKind::Leads, core::ImportKind::Deals, core::ImportKind::Payments,
          core::ImportKind::Spend, core::ImportKind::Visitors}) {
        m_kind->addItem(kindTitle(k), static_cast<int>(k));
    }
    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(
        tr("A CSV file, an Excel workbook (.xlsx) or Bitrix24's export to Excel (.xls)"));
    auto* choose = new QPushButton(tr("&Choose…"), this);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    m_preset = new QComboBox(this);
    m_preset->addItem(tr("FunnelDesk (columns named as the fields)"), QStringLiteral("funneldesk"));
    m_preset->addItem(tr("Bitrix24 leads export"), QStringLiteral("bitrix24"));
    m_preset->addItem(tr("amoCRM deals export"), QStringLiteral("amocrm"));
    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Detect"), static_cast<int>(core::CsvEncoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), static_cast<int>(core::CsvEncoding::Utf8));
    m_encoding->addItem(QStringLiteral("Windows-1251"), static_cast<int>(core::CsvEncoding::Cp1251));
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(QStringLiteral(";"), QStringLiteral(";"));
    m_delimiter->addItem(QStringLiteral(","), QStringLiteral(","));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_detected = new QLabel(this);
    auto* dialect = new QHBoxLayout;
    dialect->addWidget(m_encoding);
    dialect->addWidget(m_delimiter);
    dialect->addWidget(m_detected, 1);
    m_sheet = new QComboBox(this);
    m_onError = new QComboBox(this);
    m_onError->addItem(tr("Write nothing if any row is bad"), true);
    m_onError->addItem(tr("Skip bad rows and import the rest"), false);

    m_form = new QFormLayout;
    m_form->addRow(tr("&What the file holds:"), m_kind);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    m_form->addRow(fileLabel, fileRow);
    m_form->addRow(tr("&Sheet:"), m_sheet);
    m_form->setRowVisible(m_sheet, false);
    m_form->addRow(tr("Column &preset:"), m_preset);
    m_form->addRow(tr("File format:"), dialect);
    m_form->addRow(tr("&Bad rows:"), m_onError);
    return m_form;
}

QHBoxLayout* ImportDialog::buildButtons() {
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_check = new QPushButton(tr("Chec&k (dry run)"), this);
    m_import = new QPushButton(tr("&Import"), this);
    m_import->setDefault(true);
    m_cancel = new QPushButton(tr("Close"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_check);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    return buttons;
}

void ImportDialog::setFile(const QString& path) {
    m_path->setText(path);
    reload();
}

void ImportDialog::setKind(core::ImportKind kind) {
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

void ImportDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a file to import"), m_path->text(),
        tr("CSV files and spreadsheets (*.csv *.txt *.xlsx *.xls *.htm *.html);;All files (*)"));
    if (!path.isEmpty()) {
        setFile(path);
    }
}

core::ImportOptions ImportDialog::options() const {
    core::ImportOptions o;
    o.kind = static_cast<core::ImportKind>(m_kind->currentData().toInt());
    o.preset = m_preset->currentData().toString();
    o.csv.encoding = static_cast<core::CsvEncoding>(m_encoding->currentData().toInt());
    if (const QString d = m_delimiter->currentData().toString(); !d.isEmpty()) {
        o.csv.delimiter = d.front();
    }
    o.sheet = m_sheet->currentData().toString();
    o.abortOnError = m_onError->currentData().toBool();
    // Only the fields the user changed become an explicit mapping: a preset may read a field
    // from several columns (every phone column of a Bitrix24 export).
    o.map = m_columns->changedMapping();
    return o;
}

void ImportDialog::reload() {
    if (m_running) {
        return;
    }
    m_columns->clear();
    m_header.clear();
    m_errors->hide();
    m_summary->clear();
    m_detected->clear();
    if (const QString path = m_path->text().trimmed(); !path.isEmpty()) {
        showFile(path);
    }
    setBusy(false);
}

void ImportDialog::showFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("The file cannot be read: %1").arg(file.errorString()));
        return;
    }
    if (path != m_loadedPath) {
        const QSignalBlocker block(m_sheet);
        m_sheet->clear();  // a new file: its first sheet
    }
    core::ImportOptions o = options();
    o.map.clear();
    // CSV text or an .xlsx workbook, told by what the file holds.
    core::Result<std::unique_ptr<core::RecordSource>> opened = core::openRecords(file, o.csv, o.sheet);
    if (!opened) {
        m_summary->setText(opened.error().message());
        return;
    }
    core::RecordSource& reader = **opened;
    m_detected->setText(ImportColumnsView::readAs(reader));
    showFormat(reader);
    core::CsvRecord record;
    if (!reader.next(record) || record.error) {
        m_summary->setText(tr("The file has no header row."));
        return;
    }
    m_header = record.fields;
    if (path != m_loadedPath) {
        // A new file: take the preset its headers show (a Bitrix24 or amoCRM export).
        m_loadedPath = path;
        const QString presetName =
            m_header.contains(QStringLiteral("Название лида"))     ? QStringLiteral("bitrix24")
            : m_header.contains(QStringLiteral("Название сделки")) ? QStringLiteral("amocrm")
                                                                   : QStringLiteral("funneldesk");
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(presetName));
        o.preset = presetName;
    }
    m_columns->showRows(m_header, reader);
    const core::Result<QMap<QString, QList<int>>> columns = core::importColumns(m_header, o);
    m_columns->showMapping(m_header, core::importFields(o.kind), columns);
    if (!columns) {
        m_summary->setText(columns.error().message());
    } else {
        m_summary->setText(tr("Check the columns, then run a dry run to see what would be imported."));
    }
}

void ImportDialog::showFormat(const core::RecordSource& reader) {
    const QStringList sheets = reader.sheets();
    const QSignalBlocker block(m_sheet);
    if (m_sheet->count() != sheets.size()) {
        m_sheet->clear();
        for (qsizetype i = 0; i < sheets.size(); ++i) {
            m_sheet->addItem(sheets[i], QString::number(i + 1));
        }
    }
    m_form->setRowVisible(m_sheet, !sheets.isEmpty());
    // The encoding and the separator are a CSV file's; a workbook or a web page has its own.
    const bool csv = reader.format() == core::FileFormat::Csv;
    m_encoding->setVisible(csv);
    m_delimiter->setVisible(csv);
}

void ImportDialog::setBusy(bool busy) {
    const bool haveFile = !m_header.isEmpty();
    for (QWidget* w : std::initializer_list<QWidget*>{m_kind, m_path, m_preset, m_encoding, m_delimiter,
                                                      m_onError, m_columns->mapping()}) {
        w->setEnabled(!busy);
    }
    m_check->setEnabled(!busy && haveFile);
    m_import->setEnabled(!busy && haveFile);
    m_cancel->setText(busy ? tr("Cancel") : tr("Close"));
    m_progress->setVisible(busy);
}

void ImportDialog::cancel() {
    m_cancelRequested = true;
}

QString ImportDialog::errorsText() const {
    return m_errors->toPlainText();
}

bool ImportDialog::run(bool dryRun) {
    if (m_running || m_header.isEmpty()) {
        return false;
    }
    const QString path = m_path->text().trimmed();
    core::ImportOptions o = options();
    o.dryRun = dryRun;
    const qint64 size = std::max<qint64>(1, QFileInfo(path).size());
    m_running = true;
    m_cancelRequested = false;
    m_progress->setValue(0);
    setBusy(true);
    m_summary->setText(dryRun ? tr("Checking…") : tr("Importing…"));
    m_errors->hide();
    // The import runs on its own thread and connection as one transaction; this window keeps
    // repainting, and Cancel stops it at the next chunk of rows and rolls everything back.
    std::atomic<qint64> bytesRead{0};
    std::atomic<bool> cancel{false};
    core::Result<core::ImportSummary> done = core::Error::make(core::ErrorCode::Cancelled, "");
    const QString dbPath = m_db.path();
    const std::optional<core::Actor> actor = m_db.actor();
    const core::Clock clock = m_clock;
    runOffThread(
        [&] {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                done = core::Error::make(core::ErrorCode::FileMissing,
                                         QT_TRANSLATE_NOOP("fd::core::Error", "The file cannot be read: %1"),
                                         {file.errorString()});
                return;
            }
            core::Result<std::unique_ptr<core::Database>> db = core::Database::openAs(dbPath, actor);
            if (!db) {
                done = db.error();
                return;
            }
            done = core::DataImport(**db, clock).run(file, o, [&](qint64 bytes) {
                bytesRead.store(bytes);
                return !cancel.load();
            });
        },
        [&] {
            m_progress->setValue(static_cast<int>(bytesRead.load() * 1000 / size));
            if (m_cancelRequested) {
                cancel.store(true);
            }
        });
    m_running = false;
    setBusy(false);
    if (!done) {
        m_summary->setText(done.error().message());
        return false;
    }
    showResult(*done, dryRun, o.abortOnError);
    m_wrote = m_wrote || done->written;
    return !m_cancelRequested;
}

void ImportDialog::showResult(const core::ImportSummary& s, bool dryRun, bool abortOnError) {
    QString text = tr("Rows read: %1. New: %2, repeat requests: %3, updated: %4, already there: %5, bad: %6.")
                       .arg(s.read)
                       .arg(s.created)
                       .arg(s.repeatTouches)
                       .arg(s.updated)
                       .arg(s.unchanged)
                       .arg(s.skipped);
    if (s.ignored > 0) {
        text += QLatin1Char(' ') + tr("Not sales (deals in another stage): %1.").arg(s.ignored);
    }
    if (m_cancelRequested) {
        text = tr("Cancelled: nothing was written.");
    } else if (dryRun) {
        text += QLatin1Char(' ') + tr("Dry run: nothing was written.");
    } else if (!s.written && !s.errors.empty() && abortOnError) {
        text += QLatin1Char(' ') +
                tr("Nothing was written because of the bad rows; fix them or choose to skip them.");
    } else {
        text += QLatin1Char(' ') + tr("Saved.");
    }
    m_summary->setText(text);
    if (!s.errors.empty()) {
        QStringList lines;
        for (const core::ImportRowError& e : s.errors) {
            if (e.column.isEmpty()) {
                lines << tr("Row %1: %2").arg(e.line).arg(e.reason);
            } else if (e.cell.isEmpty()) {
                lines << tr("Row %1, column «%2»: %3").arg(e.line).arg(e.column, e.reason);
            } else {
                lines << tr("Row %1, cell %2, column «%3»: %4").arg(e.line).arg(e.cell, e.column, e.reason);
            }
        }
        m_errors->setPlainText(lines.join(QLatin1Char('\n')));
        m_errors->show();
    }
}

}  // namespace fd::app
