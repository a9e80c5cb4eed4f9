#include "dialogs/export_dialog.h"

#include "formatting.h"
#include "services/data_export.h"
#include "storage/database.h"
#include "widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::app {

ExportDialog::ExportDialog(core::Database& db, core::Clock clock, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(std::move(clock)) {
    setWindowTitle(tr("Export"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Leads"), static_cast<int>(core::ExportKind::Leads));
    m_kind->addItem(tr("Meetings"), static_cast<int>(core::ExportKind::Meetings));
    m_kind->addItem(tr("Deals (sales)"), static_cast<int>(core::ExportKind::Deals));
    m_kind->addItem(tr("Payments"), static_cast<int>(core::ExportKind::Payments));
    m_format = new QComboBox(this);
    m_office = new QComboBox(this);
    m_office->addItem(tr("All offices"), QString());
    addOffices(m_office, db);
    for (int i = 1; i < m_office->count(); ++i) {
        m_office->setItemData(i, m_office->itemText(i));
    }
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("; (Russian Excel)"), QStringLiteral(";"));
    m_delimiter->addItem(QStringLiteral(","), QStringLiteral(","));
    const QDate today = QDateTime::fromSecsSinceEpoch(m_clock()).date();
    m_from = new QDateEdit(today.addDays(1 - today.day()), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(dateFormat());
    }
    m_allTime = new QCheckBox(tr("The whole history"), this);
    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral("—"), this));
    period->addWidget(m_to);
    period->addWidget(m_allTime);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&What:"), m_kind);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Period:"), period);
    form->addRow(tr("&Office:"), m_office);
    form->addRow(tr("CSV &separator:"), m_delimiter);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* save = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    save->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFormats);
    connect(m_allTime, &QCheckBox::toggled, this, [this](bool all) {
        m_from->setEnabled(!all);
        m_to->setEnabled(!all);
    });
    updateFormats();
}

void ExportDialog::updateFormats() {
    const int current = m_format->currentData().toInt();
    m_format->clear();
    m_format->addItem(tr("Excel workbook (XLSX)"), static_cast<int>(core::ExportFormat::Xlsx));
    m_format->addItem(tr("CSV for Excel"), static_cast<int>(core::ExportFormat::Csv));
    if (static_cast<core::ExportKind>(m_kind->currentData().toInt()) == core::ExportKind::Meetings) {
        m_format->addItem(tr("Calendar (iCalendar .ics)"), static_cast<int>(core::ExportFormat::ICalendar));
    }
    m_format->setCurrentIndex(std::max(0, m_format->findData(current)));
}

void ExportDialog::chooseFileAndExport() {
    const auto kind = static_cast<core::ExportKind>(m_kind->currentData().toInt());
    const auto format = static_cast<core::ExportFormat>(m_format->currentData().toInt());
    const QString ext = format == core::ExportFormat::Xlsx  ? QStringLiteral("xlsx")
                        : format == core::ExportFormat::Csv ? QStringLiteral("csv")
                                                            : QStringLiteral("ics");
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2.%3")
            .arg(core::exportKindName(kind), QDate::currentDate().toString(Qt::ISODate), ext));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export to"), suggested, QStringLiteral("*.") + ext);
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

bool ExportDialog::exportTo(const QString& path) {
    core::ExportOptions o;
    o.kind = static_cast<core::ExportKind>(m_kind->currentData().toInt());
    o.format = static_cast<core::ExportFormat>(m_format->currentData().toInt());
    if (!m_allTime->isChecked()) {
        o.from = m_from->date();
        o.to = m_to->date();
    }
    o.office = m_office->currentData().toString();
    o.delimiter = m_delimiter->currentData().toString().front();
    // On its own thread and connection: a million rows take seconds, the window stays alive.
    m_result->setText(tr("Exporting…"));
    setEnabled(false);
    core::Result<core::ExportResult> written = core::ExportResult{};
    const QString dbPath = m_db.path();
    const std::optional<core::Actor> actor = m_db.actor();
    const qint64 now = m_clock();
    runOffThread(
        [&] {
            core::Result<std::unique_ptr<core::Database>> db = core::Database::openAs(dbPath, actor);
            written =
                db ? core::exportToFile(**db, o, path, now) : core::Result<core::ExportResult>(db.error());
        },
        [] {});
    setEnabled(true);
    if (!written) {
        m_result->setText(written.error().message());
        return false;
    }
    QString text = tr("%n row(s) written to %1.", nullptr, static_cast<int>(written->rows))
                       .arg(QDir::toNativeSeparators(path));
    if (written->shortenedCells > 0) {
        text += QLatin1Char(' ') +
                tr("%n text(s) longer than a spreadsheet cell holds were shortened, ending in «…».", nullptr,
                   static_cast<int>(written->shortenedCells));
    }
    m_result->setText(text);
    return true;
}

}  // namespace fd::app
