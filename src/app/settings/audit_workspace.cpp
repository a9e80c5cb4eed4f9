#include "settings/audit_workspace.h"

#include "flow_layout.h"
#include "formatting.h"
#include "models/rows_model.h"
#include "services/catalog_reader.h"
#include "services/catalog_service.h"
#include "services/data_export.h"
#include "widgets.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace fd::app {

namespace {

/// Keeps the rows an export of the audit writes, to show them.
class Collected final : public core::TableWriter {
public:
    std::vector<QVariantList> rows;
    void header(const std::vector<core::TableColumn>&) override {}
    void row(const QVariantList& values) override { rows.push_back(values); }
    core::Status finish() override { return core::Ok{}; }
};

QString translated(const char* text) {
    return QCoreApplication::translate("fd::app::AuditWorkspace", text);
}

const char* const kEntities[] = {"lead",   "contact", "meeting",  "deal",   "payment",  "task",   "employee",
                                 "office", "channel", "campaign", "reason", "settings", "company"};

}  // namespace

QString auditActionName(const QString& action) {
    static const QHash<QString, const char*> names = {
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "created")},
        {QStringLiteral("update"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "changed")},
        {QStringLiteral("call"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "call")},
        {QStringLiteral("book"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "booked")},
        {QStringLiteral("reschedule"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "rescheduled to")},
        {QStringLiteral("rescheduled"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "rescheduled")},
        {QStringLiteral("confirm"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "confirmed")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "cancelled")},
        {QStringLiteral("arrived"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "arrival marked")},
        {QStringLiteral("no_show"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "no-show marked")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "outcome recorded")},
        {QStringLiteral("disqualify"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "disqualified")},
        {QStringLiteral("repeat_touch"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "repeat request")},
        {QStringLiteral("deactivate"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "deactivated")},
        {QStringLiteral("reactivate"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "reactivated")},
        {QStringLiteral("credentials"),
         QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "login and password set")},
        {QStringLiteral("setting"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "setting changed")},
        {QStringLiteral("close_day"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "day closed")},
        {QStringLiteral("open_day"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "day opened")},
        {QStringLiteral("sign_in"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "signed in")},
        {QStringLiteral("sign_in_failed"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "wrong password")},
        {QStringLiteral("password"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "own password changed")},
        {QStringLiteral("walk_in"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "walk-in")},
        {QStringLiteral("postpone"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "follow-up postponed")},
        {QStringLiteral("follow_up_lost"),
         QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "lost after follow-up")},
        {QStringLiteral("confirm_undone"),
         QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "confirmation undone")},
        {QStringLiteral("cancel_undone"),
         QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "cancellation undone")},
        {QStringLiteral("merge"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "duplicate client merged in")},
        {QStringLiteral("assign_source"),
         QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "channel given to leads")},
    };
    const char* name = names.value(action);
    return name ? translated(name) : action;
}

QString auditDetails(const QString& action, const QString& details) {
    if (action == QLatin1String("call")) {
        if (const auto outcome = core::fromCode<core::CallOutcome>(details)) {
            return callOutcomeName(*outcome);
        }
    }
    return details;
}

QString auditEntityName(const QString& entity) {
    static const QHash<QString, const char*> names = {
        {QStringLiteral("lead"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "lead")},
        {QStringLiteral("meeting"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "meeting")},
        {QStringLiteral("deal"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "contract")},
        {QStringLiteral("payment"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "payment")},
        {QStringLiteral("task"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "task")},
        {QStringLiteral("employee"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "person")},
        {QStringLiteral("office"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "office")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "channel")},
        {QStringLiteral("campaign"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "campaign")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "reason")},
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "settings")},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "company")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "client")},
    };
    const char* name = names.value(entity);
    return name ? translated(name) : entity;
}

AuditWorkspace::AuditWorkspace(core::Database& db, core::Clock clock, QWidget* parent)
    : Workspace(parent), m_db(db), m_clock(std::move(clock)) {
    auto* layout = new QVBoxLayout(this);
    auto* filters = new FlowLayout;
    m_person = new QComboBox(this);
    m_kind = new QComboBox(this);
    const QDate today = QDateTime::fromSecsSinceEpoch(m_clock()).date();
    m_from = new QDateEdit(today.addDays(-30), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(dateFormat());
    }
    auto* exportButton =
        new QPushButton(QCoreApplication::translate("fd::app::AuditWorkspace", "&Export…"), this);
    m_count = new QLabel(this);
    auto labelled = [this, filters](const char* text, QWidget* field) {
        auto* label = new QLabel(tr(text), this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    labelled(QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "&Person:"), m_person);
    labelled(QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "&Kind:"), m_kind);
    labelled(QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "&From:"), m_from);
    labelled(QT_TRANSLATE_NOOP("fd::app::AuditWorkspace", "&To:"), m_to);
    filters->addWidget(exportButton);
    filters->addWidget(m_count);
    layout->addLayout(filters);
    m_model = new RowsModel({tr("When"), tr("Person"), tr("On behalf of"), tr("Action"), tr("Record"),
                             tr("Details"), tr("Before"), tr("After")},
                            this);
    m_table = makeListView(this);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_error = makeErrorLabel(this, true);
    layout->addWidget(m_error);

    fillChoices();
    connect(m_person, &QComboBox::currentIndexChanged, this, &AuditWorkspace::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditWorkspace::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditWorkspace::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditWorkspace::reload);
    connect(exportButton, &QPushButton::clicked, this, &AuditWorkspace::exportShown);
    new QShortcut(QKeySequence::Refresh, this, this, &AuditWorkspace::reload);
    QTimer::singleShot(0, this, &AuditWorkspace::reload);
}

QString AuditWorkspace::title() const {
    return tr("Audit");
}

QWidget* AuditWorkspace::keyTarget() {
    return m_table;
}

void AuditWorkspace::fillChoices() {
    m_person->addItem(tr("Everyone"));
    if (const core::Result<std::vector<core::Employee>> staff = core::CatalogReader(m_db).employees();
        staff) {
        for (const core::Employee& e : *staff) {
            m_person->addItem(e.name, e.name);
        }
    }
    m_kind->addItem(tr("All records"));
    for (const char* entity : kEntities) {
        m_kind->addItem(auditEntityName(QString::fromLatin1(entity)), QString::fromLatin1(entity));
    }
}

core::ExportOptions AuditWorkspace::shownOptions() const {
    core::ExportOptions options;
    options.kind = core::ExportKind::Audit;
    options.from = m_from->date();
    options.to = m_to->date();
    options.manager = m_person->currentData().toString();
    options.entity = m_kind->currentData().toString();
    return options;
}

void AuditWorkspace::showEvent(QShowEvent* event) {
    Workspace::showEvent(event);
    if (m_stale) {
        reload();
    }
}

void AuditWorkspace::reload() {
    if (!isVisible()) {
        m_stale = true;  // read when the workspace is shown, not behind another one at start
        return;
    }
    m_stale = false;
    const core::ExportOptions options = shownOptions();
    Collected collected;
    const core::Result<qint64> read = core::exportTable(m_db, options, collected);
    m_error->setVisible(!read.ok());
    if (!read) {
        m_error->setText(read.error().message());
        Q_EMIT failed(read.error().message());
        return;
    }
    const QTimeZone zone(core::CatalogService(m_db, m_clock).reportTimeZone().toUtf8());
    std::vector<RowsModel::Row> rows;
    rows.reserve(collected.rows.size());
    for (auto it = collected.rows.rbegin(); it != collected.rows.rend(); ++it) {  // newest first
        const QVariantList& v = *it;
        const QString record = auditEntityName(v[4].toString()) +
                               (v[5].isNull() ? QString() : QStringLiteral(" #") + v[5].toString());
        RowsModel::Row row;
        row.cells = {formatDateTime(v[0].toLongLong(), zone),
                     v[1].toString().isEmpty() ? tr("(a tool)") : v[1].toString(),
                     v[2],
                     auditActionName(v[3].toString()),
                     record,
                     auditDetails(v[3].toString(), v[6].toString()),
                     v[7],
                     v[8]};
        rows.push_back(std::move(row));
    }
    m_model->setRows(std::move(rows));
    m_table->resizeColumnsToContents();
    m_count->setText(tr("%n change(s)", nullptr, static_cast<int>(collected.rows.size())));
    m_ready = true;
    Q_EMIT ready();
}

QString AuditWorkspace::exportTo(const QString& path) {
    core::ExportOptions options = shownOptions();
    options.format = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? core::ExportFormat::Xlsx
                                                                                : core::ExportFormat::Csv;
    const core::Result<core::ExportResult> written = core::exportToFile(m_db, options, path, m_clock());
    return written ? QString() : written.error().message();
}

void AuditWorkspace::exportShown() {
    QString filter;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the audit trail"), QStringLiteral("audit.xlsx"),
                                     tr("Excel workbook (*.xlsx);;CSV (*.csv)"), &filter);
    if (path.isEmpty()) {
        return;
    }
    if (const QString error = exportTo(path); !error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    Q_EMIT saved(tr("The audit trail is written to %1").arg(QDir::toNativeSeparators(path)));
}

}  // namespace fd::app
