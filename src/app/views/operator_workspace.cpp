#include "views/operator_workspace.h"

#include "kpi/month_panel.h"

#include "dialogs/booking_dialog.h"
#include "dialogs/new_lead_dialog.h"
#include "formatting.h"
#include "models/queue_model.h"
#include "services/catalog_reader.h"
#include "services/lead_history.h"
#include "services/lead_service.h"
#include "services/meeting_correction.h"
#include "services/meeting_service.h"
#include "storage/database.h"
#include "views/call_outcome_bar.h"
#include "views/lead_card.h"
#include "views/queue_panel.h"
#include "widgets.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fd::app {

namespace {

const char* const kOperatorKey = "operatorByDatabase";
constexpr int kRefreshMs = 30000;

QString databaseKey(const core::Database& db) {
    return QFileInfo(db.path()).absoluteFilePath();
}

}  // namespace

OperatorWorkspace::OperatorWorkspace(core::Database& db, core::Clock clock, QWidget* parent)
    : Workspace(parent), m_db(db), m_clock(std::move(clock)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    auto* picker = new QWidget(m_pages);
    auto* queue = new QWidget(m_pages);
    buildPicker(picker);
    buildQueue(queue);
    m_pages->addWidget(picker);
    m_pages->addWidget(queue);
    layout->addWidget(m_pages);

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &OperatorWorkspace::refresh);

    // An operator signed in works as themselves: no name to choose.
    if (const auto& actor = m_db.actor(); actor && actor->role == core::Role::Operator) {
        m_changeOperator->hide();
        setOperator(actor->employeeId);
        return;
    }
    const QVariantMap chosen = QSettings().value(QLatin1String(kOperatorKey)).toMap();
    const QVariant saved = chosen.value(databaseKey(m_db));
    bool known = false;
    for (int i = 0; i < m_operators->count(); ++i) {
        known = known || m_operators->item(i)->data(Qt::UserRole) == saved;
    }
    if (saved.isValid() && known) {
        setOperator(saved.toLongLong());
    } else {
        m_pages->setCurrentIndex(0);
        m_ready = true;
    }
}

OperatorWorkspace::~OperatorWorkspace() = default;

bool OperatorWorkspace::preselectOperator(core::Database& db, const QString& who) {
    const core::Result<std::vector<core::Employee>> staff = core::CatalogReader(db).employees();
    for (const core::Employee& e : staff ? *staff : std::vector<core::Employee>{}) {
        if (e.active && e.role == core::Role::Operator && (QString::number(e.id) == who || e.name == who)) {
            QSettings settings;
            QVariantMap chosen = settings.value(QLatin1String(kOperatorKey)).toMap();
            chosen.insert(databaseKey(db), e.id);
            settings.setValue(QLatin1String(kOperatorKey), chosen);
            return true;
        }
    }
    return false;
}

QComboBox* OperatorWorkspace::reasonBox() const {
    return m_bar->reasonBox();
}

QLineEdit* OperatorWorkspace::noteEdit() const {
    return m_bar->noteEdit();
}

QDateTimeEdit* OperatorWorkspace::callbackEdit() const {
    return m_bar->callbackEdit();
}

QString OperatorWorkspace::title() const {
    return tr("Call center");
}

QWidget* OperatorWorkspace::keyTarget() {
    return m_pages->currentIndex() == 0 ? static_cast<QWidget*>(m_operators) : m_view;
}

void OperatorWorkspace::buildPicker(QWidget* page) {
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(40, 30, 40, 30);
    auto* title =
        new QLabel(tr("<h2>Who is working at this desk?</h2>"
                      "<p>Choose yourself: the queue shows the leads nobody has taken yet and your own, "
                      "and your calls are credited to you.</p>"),
                   page);
    title->setWordWrap(true);
    m_operators = new QListWidget(page);
    m_operators->setMaximumWidth(420);
    const core::Result<std::vector<core::Employee>> staff = core::CatalogReader(m_db).employees();
    if (!staff) {
        title->setText(
            title->text() +
            QStringLiteral("<p style='color:#a00'>%1</p>").arg(staff.error().message().toHtmlEscaped()));
    }
    for (const core::Employee& e : staff ? *staff : std::vector<core::Employee>{}) {
        if (e.active && e.role == core::Role::Operator) {
            auto* item = new QListWidgetItem(e.name, m_operators);
            item->setData(Qt::UserRole, e.id);
        }
    }
    if (m_operators->count() > 0) {
        m_operators->setCurrentRow(0);
    }
    auto* start = new QPushButton(tr("&Start working"), page);
    start->setEnabled(m_operators->count() > 0);
    auto* none = new QLabel(tr("There are no operators in this database yet."), page);
    none->setVisible(m_operators->count() == 0);
    auto choose = [this] {
        if (QListWidgetItem* item = m_operators->currentItem()) {
            setOperator(item->data(Qt::UserRole).toLongLong());
        }
    };
    connect(start, &QPushButton::clicked, this, choose);
    connect(m_operators, &QListWidget::itemActivated, this, choose);
    layout->addWidget(title);
    layout->addWidget(none);
    layout->addWidget(m_operators, 1);
    layout->addWidget(start, 0, Qt::AlignLeft);
}

void OperatorWorkspace::buildQueue(QWidget* page) {
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 4);

    auto* header = new QHBoxLayout;
    m_who = new QLabel(page);
    m_changeOperator = new QPushButton(tr("Change…"), page);
    m_changeOperator->setFocusPolicy(Qt::NoFocus);
    connect(m_changeOperator, &QPushButton::clicked, this, [this] {
        m_timer->stop();
        m_pages->setCurrentIndex(0);
        m_operators->setFocus();
    });
    m_sla = new QLabel(page);
    auto* add = new QPushButton(tr("New lead (Ins)"), page);
    add->setFocusPolicy(Qt::NoFocus);
    connect(add, &QPushButton::clicked, this, &OperatorWorkspace::newLead);
    const std::pair<QKeySequence, void (OperatorWorkspace::*)()> keys[] = {
        {QKeySequence(Qt::Key_Insert), &OperatorWorkspace::newLead},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &OperatorWorkspace::newLead},
        {QKeySequence(Qt::Key_F5), &OperatorWorkspace::refresh}};
    for (const auto& [key, slot] : keys) {
        auto* s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    }
    header->addWidget(m_who);
    header->addWidget(m_changeOperator);
    header->addSpacing(16);
    header->addWidget(m_sla, 1);
    header->addWidget(add);
    layout->addLayout(header);
    m_month = new MonthPanel(m_db, m_clock, page);
    connect(m_month, &MonthPanel::ready, this, [this] {
        if (isReady()) {
            Q_EMIT ready();
        }
    });
    layout->addWidget(m_month);

    m_queuePanel = new QueuePanel(this, page);
    m_tabs = m_queuePanel->tabs();
    m_view = m_queuePanel->view();
    m_model = m_queuePanel->model();
    connect(m_queuePanel, &QueuePanel::tabChanged, this, [this] {
        loadList(std::nullopt);
        m_view->setFocus();
    });
    connect(m_queuePanel, &QueuePanel::rowChanged, this, &OperatorWorkspace::rowChanged);

    auto* right = new QWidget(page);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_card = new LeadCard(right);
    m_bar = new CallOutcomeBar(m_db, m_clock, this, right);
    rightLayout->addWidget(m_card, 1);
    rightLayout->addWidget(m_bar);
    m_card->installDialShortcut(this);
    connect(m_card, &LeadCard::dialed, this, [this](core::Id lead, const QString& message) {
        m_dialed = std::pair{lead, m_clock()};
        Q_EMIT told(message);
    });
    connect(m_bar, &CallOutcomeBar::outcomePressed, this, &OperatorWorkspace::logOutcome);
    connect(m_bar, &CallOutcomeBar::callbackPressed, this, &OperatorWorkspace::showCallbackPanel);
    connect(m_bar, &CallOutcomeBar::reasonPressed, this, &OperatorWorkspace::showReasonPanel);
    connect(m_bar, &CallOutcomeBar::bookPressed, this, &OperatorWorkspace::book);
    connect(m_bar, &CallOutcomeBar::confirmPressed, this, &OperatorWorkspace::confirmMeeting);
    connect(m_bar, &CallOutcomeBar::reschedulePressed, this, &OperatorWorkspace::rescheduleMeeting);
    connect(m_bar, &CallOutcomeBar::cancelPressed, this, &OperatorWorkspace::cancelMeeting);
    connect(m_bar, &CallOutcomeBar::detailSaved, this, &OperatorWorkspace::saveDetail);
    connect(m_bar, &CallOutcomeBar::detailClosed, this, [this] { m_view->setFocus(); });
    // A database that can only be read: every outcome, booking and new lead says why not.
    for (QPushButton* b : m_bar->findChildren<QPushButton*>()) {
        guardWrites(m_db, b);
    }
    guardWrites(m_db, add);

    auto* splitter = new QSplitter(Qt::Horizontal, page);
    splitter->addWidget(m_queuePanel);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({840, 560});
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    updateMeetingActions();
}

void OperatorWorkspace::setOperator(core::Id id) {
    QString name;
    for (int i = 0; i < m_operators->count(); ++i) {
        if (m_operators->item(i)->data(Qt::UserRole).toLongLong() == id) {
            name = m_operators->item(i)->text();
            m_operators->setCurrentRow(i);
        }
    }
    m_operatorId = id;
    QSettings settings;
    QVariantMap chosen = settings.value(QLatin1String(kOperatorKey)).toMap();
    chosen.insert(databaseKey(m_db), id);
    settings.setValue(QLatin1String(kOperatorKey), chosen);
    m_who->setText(tr("Operator: <b>%1</b>").arg(name.toHtmlEscaped()));
    m_queue = std::make_unique<core::OperatorQueue>(m_db, id, m_clock);
    m_pages->setCurrentIndex(1);
    m_leadId.reset();
    loadList(std::nullopt);
    m_month->showFor(id);
    m_timer->start();
    m_view->setFocus();
    m_ready = true;
    if (isReady()) {
        Q_EMIT ready();  // else when the month above the desk is shown
    }
}

void OperatorWorkspace::selectTab(core::QueueTab tab) {
    m_queuePanel->selectTab(tab);
}

core::QueueTab OperatorWorkspace::currentTab() const {
    return m_queuePanel->currentTab();
}

void OperatorWorkspace::refresh() {
    if (m_queue) {
        loadList(m_leadId);
        m_month->showFor(m_operatorId);
    }
}

void OperatorWorkspace::loadList(core::OptId keepLead, std::optional<std::pair<core::Id, int>> after) {
    if (!m_queue) {
        return;
    }
    m_queue->refreshScope();
    const core::Result<core::QueueCounts> counts = m_queue->counts();
    const core::QueueTab tab = currentTab();
    core::Result<std::vector<core::QueueItem>> items = m_queue->items(tab);
    if (!counts || !items) {
        showError(!counts ? counts.error() : items.error());
        Q_EMIT failed(errorText());
        return;
    }
    m_queuePanel->setCounts(*counts);
    m_sla->setText(
        counts->overSla > 0
            ? tr("<span style='color:#b01c1c'>%1 new leads wait longer than %2 min</span>")
                  .arg(formatCount(counts->overSla))
                  .arg(m_queue->slaMinutes())
            : tr("Every new lead is within the first-call time of %1 min").arg(m_queue->slaMinutes()));
    const bool wasViewing = m_leadId.has_value();
    m_queuePanel->setItems(std::move(items).value(), m_queue->scope(), counts->of(tab));
    int row = keepLead ? m_model->rowOfLead(*keepLead) : 0;
    if (after) {
        // The next lead: the one after the worked lead if it is still listed, else the one
        // that took its place.
        row = after->second < 0 ? 0 : after->second;
        if (const core::QueueItem* same = m_model->item(row); same && same->leadId == after->first) {
            ++row;
        }
    }
    row = std::min(row, m_model->rowCount() - 1);
    if (row >= 0) {
        m_view->selectRow(row);
    } else if (!keepLead || !wasViewing) {
        m_view->clearSelection();
        rowChanged();
    }
}

void OperatorWorkspace::rowChanged() {
    const core::QueueItem* item = m_model->item(m_view->currentIndex().row());
    if (!item) {
        m_leadId.reset();
        m_meetingId.reset();
        m_card->setHtml(QStringLiteral("<p style='color:#777; font-size:large'>%1</p>")
                            .arg(tr("Nothing to do in this list right now.").toHtmlEscaped()));
        updateMeetingActions();
        return;
    }
    // A new lead nobody has is taken before it is called: two operators never call the same
    // client because both saw them first in their lists.
    if (!item->operatorId && m_queue) {
        if (const core::Status taken = m_queue->claim(item->leadId); !taken) {
            showError(taken.error());
            rereadSoon([this] { refresh(); });
        }
    }
    openLead(item->leadId, item->meetingId);
}

void OperatorWorkspace::openLead(core::Id leadId, core::OptId meetingId) {
    if (m_leadId != leadId) {
        m_bar->reset();
    }
    m_leadId = leadId;
    m_meetingId = meetingId;
    core::Result<core::LeadHistory> history = core::loadLeadHistory(m_db, leadId);
    if (!history) {
        m_card->setHtml(
            QStringLiteral("<p style='color:#a00'>%1</p>").arg(history.error().message().toHtmlEscaped()));
        updateMeetingActions();
        return;
    }
    // The meeting the meeting actions act on: the one of the list row, else the lead's
    // meeting still ahead.
    if (!m_meetingId) {
        for (const core::Meeting& m : history->meetings) {
            if (m.status == core::MeetingStatus::Scheduled || m.status == core::MeetingStatus::Confirmed) {
                m_meetingId = m.id;
            }
        }
    } else {
        for (const core::Meeting& m : history->meetings) {
            if (m.id == *m_meetingId && m.status != core::MeetingStatus::Scheduled &&
                m.status != core::MeetingStatus::Confirmed) {
                m_meetingId.reset();
            }
        }
    }
    m_card->showHistory(*history);
    updateMeetingActions();
}

void OperatorWorkspace::updateMeetingActions() {
    m_bar->setAvailable(m_leadId.has_value() && m_operatorId.has_value(),
                        m_meetingId.has_value() && m_operatorId.has_value());
}

QString OperatorWorkspace::errorText() const {
    return m_bar->errorText();
}

void OperatorWorkspace::showError(const core::Error& error) {
    m_bar->showError(error);
}

void OperatorWorkspace::showCallbackPanel() {
    if (m_leadId) {
        m_bar->openCallback();
    }
}

void OperatorWorkspace::showReasonPanel(core::CallOutcome outcome) {
    if (m_leadId) {
        m_bar->openReason(outcome);
    }
}

void OperatorWorkspace::saveDetail() {
    if (m_bar->detail() != CallOutcomeBar::Detail::None) {
        logOutcome(m_bar->pendingOutcome());
    }
}

void OperatorWorkspace::logOutcome(core::CallOutcome outcome) {
    if (!m_leadId || !m_operatorId) {
        return;
    }
    m_bar->clearError();
    core::CallInput in;
    in.leadId = *m_leadId;
    in.operatorId = *m_operatorId;
    in.outcome = outcome;
    in.at = dialedAt(*m_leadId);
    in.note = m_bar->note();
    if (outcome == core::CallOutcome::Callback) {
        if (m_bar->detail() != CallOutcomeBar::Detail::Callback) {
            showCallbackPanel();
            return;
        }
        in.callbackAt = m_bar->callbackAt();
    }
    if (outcome == core::CallOutcome::Refused || outcome == core::CallOutcome::NonTarget) {
        if (m_bar->detail() != CallOutcomeBar::Detail::Reason) {
            showReasonPanel(outcome);
            return;
        }
        in.reasonId = m_bar->reasonId();
    }
    const core::Id lead = *m_leadId;
    const int row = m_model->rowOfLead(lead);
    const QString client = clientAt(row);
    const QString reason = m_bar->reasonText();
    core::Result<core::Id> logged = core::LeadService(m_db, m_clock).logCall(in);
    if (!logged) {
        showError(logged.error());  // what was typed stays
        return;
    }
    QString message = tr("%1 — %2").arg(capitalized(callOutcomeName(outcome)), client);
    if (outcome == core::CallOutcome::Refused || outcome == core::CallOutcome::NonTarget) {
        message = tr("%1 — %2: %3").arg(capitalized(callOutcomeName(outcome)), client, reason);
    } else if (const core::Result<core::LeadHistory> h = core::loadLeadHistory(m_db, lead);
               h && h->nextCallback) {
        message = tr("%1 — %2, next call in %3")
                      .arg(capitalized(callOutcomeName(outcome)), client,
                           formatElapsed(*h->nextCallback - m_clock()));
    }
    advanceFrom(lead, row);
    Q_EMIT saved(message);
}

QString OperatorWorkspace::clientAt(int row) const {
    const QString name = row >= 0 ? m_model->index(row, QueueModel::Client).data().toString() : QString();
    return name.isEmpty() ? tr("(no name)") : name;
}

void OperatorWorkspace::advanceFrom(core::Id leadId, int row) {
    m_bar->reset();
    m_leadId.reset();
    loadList(std::nullopt, std::make_pair(leadId, row));
    m_view->setFocus();
}

bool OperatorWorkspace::isReady() const {
    return m_ready && (!m_month || m_month->isReady());
}

core::OptTime OperatorWorkspace::dialedAt(core::Id lead) const {
    return m_dialed && m_dialed->first == lead ? core::OptTime(m_dialed->second) : std::nullopt;
}

}  // namespace fd::app
