#include "views/leads_workspace.h"

#include "flow_layout.h"
#include "formatting.h"
#include "models/leads_model.h"
#include "services/access_policy.h"
#include "services/catalog_reader.h"
#include "services/personal_data_service.h"
#include "storage/database.h"
#include "views/lead_card.h"
#include "widgets.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fd::app {

namespace {

enum Period { AllTime, Today, Last7Days, ThisMonth, LastMonth, Last90Days, Custom };

QComboBox* makeCombo(QWidget* parent, const QString& allText) {
    auto* box = new QComboBox(parent);
    box->addItem(allText);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(10);
    return box;
}

core::OptId chosenId(const QComboBox* box) {
    const QVariant v = box->currentData();
    return v.isValid() ? core::OptId(v.toLongLong()) : std::nullopt;
}

}  // namespace

LeadsWorkspace::LeadsWorkspace(core::Database& db, QWidget* parent) : Workspace(parent), m_db(db) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    auto* bar = new QWidget(this);
    buildFilterBar(bar);
    layout->addWidget(bar);

    m_model = new LeadsModel(db.path(), db.actor(), this);
    m_view = makeListView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setSortingEnabled(true);
    const int widths[] = {125, 165, 130, 140, 160, 95, 145, 150, 125, 95};
    for (int c = 0; c < core::kLeadColumnCount; ++c) {
        m_view->setColumnWidth(c, widths[c]);
    }
    m_card = new LeadCard(this);
    m_card->installDialShortcut(this);
    connect(m_card, &LeadCard::dialed, this,
            [this](core::Id, const QString& message) { Q_EMIT told(message); });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_card);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &LeadsWorkspace::applyFilters);

    connect(m_model, &LeadsModel::idle, this, &LeadsWorkspace::onIdle);
    connect(m_model, &LeadsModel::loadFailed, this, [this](const QString& message) {
        m_error = message;
        m_countLabel->setText(tr("Cannot load the leads: %1").arg(message));
        Q_EMIT failed(message);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_listChanged = true;
        if (m_model->isCounting()) {
            m_countLabel->setText(tr("Counting the leads…"));
        }
    });
    connect(m_model, &LeadsModel::countKnown, this, [this](qint64 count) {
        m_countLabel->setText(tr("%Ln lead(s)", nullptr, static_cast<int>(std::min<qint64>(count, INT_MAX))));
        Q_EMIT countChanged(count);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LeadsWorkspace::showCurrentLead);
    // A row's data arrives after the selection when it is selected before its chunk loaded.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to) {
                const int current = m_view->currentIndex().row();
                if (current >= from.row() && current <= to.row() && !m_card->leadId()) {
                    showCurrentLead();
                }
            });

    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto* refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, m_model, &LeadsModel::refresh);

    // A client who withdrew consent: the head or the administrator erases their data (the row's
    // context menu, or the menu key).
    if (core::permit(m_db.actor(), core::Action::ErasePersonalData)) {
        auto* erase = new QAction(tr("Erase the client's personal data…"), m_view);
        m_view->addAction(erase);
        m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
        connect(erase, &QAction::triggered, this, &LeadsWorkspace::eraseClient);
        if (const core::Status writable = core::writable(m_db); !writable) {
            erase->setEnabled(false);
            erase->setToolTip(writable.error().message());
        }
    }
}

void LeadsWorkspace::eraseClient() {
    const core::LeadListRow* row = m_model->rowAt(m_view->currentIndex().row());
    if (!row) {
        return;
    }
    const QString who = row->name.isEmpty() ? tr("this client") : row->name;
    const auto answer = QMessageBox::warning(
        this, tr("Erase personal data"),
        tr("Erase the personal data of %1?\n\nTheir name, phone numbers, e-mail, notes and the text of their "
           "requests are destroyed and cannot be brought back. Their leads, meetings, contracts and payments "
           "stay in the numbers as anonymous records, and the audit trail records who erased them.")
            .arg(who),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    // A large company's audit trail takes seconds to search: on a connection and thread of its
    // own, the window stays alive.
    core::Result<core::ErasureSummary> done = core::ErasureSummary{};
    const core::Id leadId = row->id;
    const QString path = m_db.path();
    const std::optional<core::Actor> actor = m_db.actor();
    QProgressDialog progress(tr("Erasing the client's personal data…"), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    runOffThread(
        [&] {
            core::Result<std::unique_ptr<core::Database>> db = core::Database::openAs(path, actor);
            done = db ? core::PersonalDataService(**db, core::systemClock()).eraseClientOf(leadId)
                      : core::Result<core::ErasureSummary>(db.error());
        },
        [&] { progress.setValue(0); });
    progress.reset();
    if (!done) {
        QMessageBox::warning(this, tr("Erase personal data"), done.error().message());
        return;
    }
    m_model->refresh();
    m_card->clearLead();
    Q_EMIT saved(tr("Personal data erased: client %1, %n lead(s) kept as anonymous records", nullptr,
                    static_cast<int>(done->leadCount))
                     .arg(done->contactId));
}

LeadsWorkspace::~LeadsWorkspace() = default;

void LeadsWorkspace::buildFilterBar(QWidget* bar) {
    // The filters wrap onto a second line on a narrow screen.
    auto* row = new FlowLayout(bar);

    m_period = new QComboBox(bar);
    m_period->addItem(tr("All time"), AllTime);
    m_period->addItem(tr("Today"), Today);
    m_period->addItem(tr("Last 7 days"), Last7Days);
    m_period->addItem(tr("This month"), ThisMonth);
    m_period->addItem(tr("Last month"), LastMonth);
    m_period->addItem(tr("Last 90 days"), Last90Days);
    m_period->addItem(tr("Custom…"), Custom);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), bar);
    m_to = new QDateEdit(QDate::currentDate(), bar);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setEnabled(false);
    }
    m_status = makeCombo(bar, tr("All statuses"));
    for (int s = 0; s <= static_cast<int>(core::LeadStatus::NonTarget); ++s) {
        m_status->addItem(statusName(static_cast<core::LeadStatus>(s)), s);
    }
    m_channel = makeCombo(bar, tr("All channels"));
    m_office = makeCombo(bar, tr("All offices"));
    m_operator = makeCombo(bar, tr("All operators"));
    fillChoices();

    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search by name, phone or email (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(170);
    m_countLabel = new QLabel(bar);
    m_countLabel->setMinimumWidth(110);
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    row->addWidget(keepTogether(
        bar, {new QLabel(tr("Period:"), bar), m_period, m_from, new QLabel(QStringLiteral("–"), bar), m_to}));
    row->addWidget(m_status);
    row->addWidget(m_channel);
    row->addWidget(m_office);
    row->addWidget(m_operator);
    row->addWidget(keepTogether(bar, {m_search, m_countLabel}), true);

    connect(m_period, &QComboBox::currentIndexChanged, this, &LeadsWorkspace::onPeriodChanged);
    for (QDateEdit* e : {m_from, m_to}) {
        connect(e, &QDateEdit::dateChanged, this, &LeadsWorkspace::applyFilters);
    }
    for (QComboBox* box : {m_status, m_channel, m_office, m_operator}) {
        connect(box, &QComboBox::currentIndexChanged, this, &LeadsWorkspace::applyFilters);
    }
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &LeadsWorkspace::applyFilters);
}

void LeadsWorkspace::fillChoices() {
    core::CatalogReader catalog(m_db);
    const auto channels = catalog.channels();
    const auto offices = catalog.offices();
    const auto staff = catalog.employees();
    for (const core::Error* e : {channels ? nullptr : &channels.error(), offices ? nullptr : &offices.error(),
                                 staff ? nullptr : &staff.error()}) {
        if (e) {
            m_error = e->message();  // the list shows it; the filters stay empty
            return;
        }
    }
    for (const core::Channel& c : *channels) {
        m_channel->addItem(c.name, QVariant::fromValue(c.id));
    }
    for (const core::Office& o : *offices) {
        m_office->addItem(o.name, QVariant::fromValue(o.id));
    }
    for (const core::Employee& e : *staff) {
        if (e.role == core::Role::Operator) {
            m_operator->addItem(e.name, QVariant::fromValue(e.id));
        }
    }
}

void LeadsWorkspace::onPeriodChanged() {
    const bool custom = m_period->currentData().toInt() == Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    applyFilters();
}

void LeadsWorkspace::applyFilters() {
    m_debounce->stop();
    core::LeadFilter f;
    const QDate today = QDate::currentDate();
    std::optional<QDate> from;
    std::optional<QDate> to;  // exclusive
    switch (m_period->currentData().toInt()) {
        case Today:
            from = today;
            to = today.addDays(1);
            break;
        case Last7Days:
            from = today.addDays(-6);
            to = today.addDays(1);
            break;
        case ThisMonth:
            from = QDate(today.year(), today.month(), 1);
            to = from->addMonths(1);
            break;
        case LastMonth:
            to = QDate(today.year(), today.month(), 1);
            from = to->addMonths(-1);
            break;
        case Last90Days:
            from = today.addDays(-89);
            to = today.addDays(1);
            break;
        case Custom:
            from = m_from->date();
            to = m_to->date().addDays(1);
            break;
        default:
            break;
    }
    if (from) {
        f.createdFrom = QDateTime(*from, QTime(0, 0)).toSecsSinceEpoch();
    }
    if (to) {
        f.createdTo = QDateTime(*to, QTime(0, 0)).toSecsSinceEpoch();
    }
    if (m_status->currentData().isValid()) {
        f.status = static_cast<core::LeadStatus>(m_status->currentData().toInt());
    }
    f.channelId = chosenId(m_channel);
    f.officeId = chosenId(m_office);
    f.operatorId = chosenId(m_operator);
    f.text = m_search->text().trimmed();
    m_model->setFilter(f);
}

QWidget* LeadsWorkspace::keyTarget() {
    return m_view;
}

void LeadsWorkspace::reload() {
    m_model->refresh();
}

bool LeadsWorkspace::isReady() const {
    return m_loadedOnce && m_model->isIdle();
}

void LeadsWorkspace::onIdle() {
    m_loadedOnce = true;
    // After every new list (a search, a filter, F5) the card shows the selected row as it
    // is now: the first row when the selection went with the old list.
    if (m_listChanged) {
        m_listChanged = false;
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid()) {
            m_view->setCurrentIndex(m_model->index(0, 0));
        }
        showCurrentLead();
    }
    if (isReady()) {
        Q_EMIT ready();
    }
}

void LeadsWorkspace::showCurrentLead() {
    const core::LeadListRow* row = m_model->rowAt(m_view->currentIndex().row());
    if (!row) {
        m_card->clearLead();
        return;
    }
    m_card->showLead(m_db, row->id);
}

}  // namespace fd::app
