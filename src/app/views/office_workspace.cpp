#include "views/office_workspace.h"

#include "kpi/month_panel.h"

#include "dialogs/booking_dialog.h"
#include "dialogs/follow_up_dialog.h"
#include "dialogs/new_lead_dialog.h"
#include "dialogs/outcome_dialog.h"
#include "dialogs/payment_dialog.h"
#include "formatting.h"
#include "models/rows_model.h"
#include "services/lead_history.h"
#include "services/meeting_service.h"
#include "storage/database.h"
#include "views/cash_desk_panel.h"
#include "views/follow_up_panel.h"
#include "views/lead_card.h"
#include "views/office_day_panel.h"
#include "widgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace fd::app {

OfficeWorkspace::OfficeWorkspace(core::Database& db, core::Clock clock, QWidget* parent)
    : Workspace(parent), m_db(db), m_clock(std::move(clock)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(buildHeader());
    m_month = new MonthPanel(m_db, m_clock, this);
    connect(m_month, &MonthPanel::ready, this, [this] {
        if (isReady()) {
            Q_EMIT ready();
        }
    });
    layout->addWidget(m_month);

    m_tabs = new QTabWidget(this);
    m_day = new OfficeDayPanel(this, m_tabs);
    m_followUps = new FollowUpPanel(this, m_tabs);
    m_cash = new CashDeskPanel(this, m_tabs);
    // A database that can only be read: arrivals, outcomes, and payments say why not.
    for (QWidget* panel :
         {static_cast<QWidget*>(m_day), static_cast<QWidget*>(m_followUps), static_cast<QWidget*>(m_cash)}) {
        for (QPushButton* b : panel->findChildren<QPushButton*>()) {
            guardWrites(m_db, b);
        }
    }
    m_tabs->addTab(m_day, tr("Day"));
    m_tabs->addTab(m_followUps, tr("Follow-up"));
    m_tabs->addTab(m_cash, tr("Cash desk"));
    // A tab's keys work while it is shown (the day's P and the cash desk's P are two keys).
    for (const auto& [page, keys] :
         {std::pair<QWidget*, const std::vector<QShortcut*>*>{m_day, &m_day->keys()},
          {m_followUps, &m_followUps->keys()},
          {m_cash, &m_cash->keys()}}) {
        for (QShortcut* key : *keys) {
            m_tabKeys.push_back({key, page});
        }
    }
    m_card = new LeadCard(this);
    m_card->installDialShortcut(this);
    connect(m_card, &LeadCard::dialed, this,
            [this](core::Id, const QString& message) { Q_EMIT told(message); });
    m_error = makeErrorLabel(this, true);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_card, 1);
    rightLayout->addWidget(m_error);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({820, 480});
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    if (const QString failed = addOffices(m_office, m_db); !failed.isEmpty()) {
        m_error->setText(failed);
        m_error->show();
    }
    // A manager signed in works at their own office, as themselves.
    if (const auto& actor = m_db.actor();
        actor && actor->role == core::Role::OfficeManager && actor->officeId) {
        m_office->setCurrentIndex(std::max(0, m_office->findData(*actor->officeId)));
        m_office->setEnabled(false);
    }
    connectPanels();
    officeChanged();
    m_day->view()->setFocus();
}

QLayout* OfficeWorkspace::buildHeader() {
    auto* header = new QHBoxLayout;
    m_office = new QComboBox(this);
    m_manager = new QComboBox(this);
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd ") + dateFormat());
    auto* prev = new QToolButton(this);
    prev->setText(QStringLiteral("◀"));
    prev->setToolTip(tr("Previous day (Alt+Left)"));
    auto* next = new QToolButton(this);
    next->setText(QStringLiteral("▶"));
    next->setToolTip(tr("Next day (Alt+Right)"));
    auto* today = new QToolButton(this);
    today->setText(tr("Today"));
    auto* walk = new QPushButton(tr("Walk-in client… (Ins)"), this);
    walk->setFocusPolicy(Qt::NoFocus);
    auto* officeLabel = new QLabel(tr("&Office:"), this);
    officeLabel->setBuddy(m_office);
    auto* managerLabel = new QLabel(tr("&Manager at the desk:"), this);
    managerLabel->setBuddy(m_manager);
    m_zoneNote = new QLabel(this);
    m_zoneNote->setToolTip(tr("Times on this page are the office's local times."));
    m_zoneNote->hide();
    for (QWidget* w : std::initializer_list<QWidget*>{officeLabel, m_office, nullptr, managerLabel, m_manager,
                                                      nullptr, prev, m_date, next, today, m_zoneNote}) {
        if (w) {
            header->addWidget(w);
        } else {
            header->addSpacing(12);
        }
    }
    header->addStretch(1);
    header->addWidget(walk);
    connect(prev, &QToolButton::clicked, this, [this] { m_date->setDate(m_date->date().addDays(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { m_date->setDate(m_date->date().addDays(1)); });
    connect(today, &QToolButton::clicked, this, [this] {
        if (const auto id = officeId()) {
            if (const auto d = core::OfficeDesk(m_db, m_clock).today(*id)) {
                m_date->setDate(*d);
            }
        }
    });
    connect(walk, &QPushButton::clicked, this, &OfficeWorkspace::walkIn);
    guardWrites(m_db, walk);
    return header;
}

void OfficeWorkspace::connectPanels() {
    connect(m_office, &QComboBox::currentIndexChanged, this, &OfficeWorkspace::officeChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &OfficeWorkspace::refresh);
    connect(m_day, &OfficeDayPanel::selectionChanged, this, &OfficeWorkspace::showSelected);
    connect(m_day, &OfficeDayPanel::arrivedPressed, this, &OfficeWorkspace::markArrived);
    connect(m_day, &OfficeDayPanel::noShowPressed, this, &OfficeWorkspace::markNoShow);
    connect(m_day, &OfficeDayPanel::outcomePressed, this, &OfficeWorkspace::recordOutcome);
    connect(m_day, &OfficeDayPanel::reschedulePressed, this, &OfficeWorkspace::reschedule);
    connect(m_day, &OfficeDayPanel::paymentPressed, this, &OfficeWorkspace::receivePayment);
    connect(m_followUps, &FollowUpPanel::selectionChanged, this, &OfficeWorkspace::showSelected);
    connect(m_followUps, &FollowUpPanel::actionPressed, this, &OfficeWorkspace::followUp);
    connect(m_cash, &CashDeskPanel::selectionChanged, this, &OfficeWorkspace::showSelected);
    connect(m_cash, &CashDeskPanel::paymentPressed, this, &OfficeWorkspace::receivePayment);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        for (const auto& [key, page] : m_tabKeys) {
            key->setEnabled(m_tabs->widget(tab) == page);
        }
        if (tab == CashTab) {
            followWorkedLead();
        } else {
            m_workedLead = std::nullopt;
        }
        showSelected();
        // The page's keys work while its list has the focus.
        keyTarget()->setFocus();
    });
    const std::pair<QKeySequence, std::function<void()>> keys[] = {
        {QKeySequence(Qt::Key_Insert), [this] { walkIn(); }},
        {QKeySequence(Qt::Key_F5), [this] { refresh(); }},
        {QKeySequence(Qt::ALT | Qt::Key_Left), [this] { m_date->setDate(m_date->date().addDays(-1)); }},
        {QKeySequence(Qt::ALT | Qt::Key_Right), [this] { m_date->setDate(m_date->date().addDays(1)); }},
    };
    for (const auto& [key, fn] : keys) {
        auto* s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, fn);
    }
    for (const auto& [key, page] : m_tabKeys) {
        key->setEnabled(m_tabs->currentWidget() == page);
    }
}

void OfficeWorkspace::showEvent(QShowEvent* event) {
    Workspace::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

QString OfficeWorkspace::title() const {
    return tr("Office");
}

QWidget* OfficeWorkspace::keyTarget() {
    QTableView* views[] = {m_day->view(), m_followUps->view(), m_cash->dealsView()};
    const int tab = m_tabs->currentIndex();
    return tab >= 0 && tab < 3 ? static_cast<QWidget*>(views[tab]) : this;
}

QTableView* OfficeWorkspace::dayView() const {
    return m_day->view();
}
RowsModel* OfficeWorkspace::dayModel() const {
    return m_day->model();
}
QTableView* OfficeWorkspace::followUpView() const {
    return m_followUps->view();
}
RowsModel* OfficeWorkspace::followUpModel() const {
    return m_followUps->model();
}
QTableView* OfficeWorkspace::dealsView() const {
    return m_cash->dealsView();
}
RowsModel* OfficeWorkspace::dealsModel() const {
    return m_cash->dealsModel();
}
RowsModel* OfficeWorkspace::cashModel() const {
    return m_cash->cashModel();
}
QLabel* OfficeWorkspace::cashTotal() const {
    return m_cash->cashTotal();
}

QDate OfficeWorkspace::day() const {
    return m_date->date();
}

core::OptId OfficeWorkspace::officeId() const {
    const QVariant v = m_office->currentData();
    return v.isValid() ? core::OptId(v.toLongLong()) : std::nullopt;
}

core::OptId OfficeWorkspace::managerId() const {
    const QVariant v = m_manager->currentData();
    return v.isValid() ? core::OptId(v.toLongLong()) : std::nullopt;
}

void OfficeWorkspace::selectOffice(core::Id id) {
    m_office->setCurrentIndex(std::max(0, m_office->findData(id)));
}

bool OfficeWorkspace::selectOfficeNamed(const QString& which) {
    bool isId = false;
    const qlonglong id = which.toLongLong(&isId);
    const int index = isId ? m_office->findData(id) : m_office->findText(which, Qt::MatchExactly);
    if (index < 0) {
        return false;
    }
    m_office->setCurrentIndex(index);
    return true;
}

void OfficeWorkspace::selectDate(QDate day) {
    m_date->setDate(day);
}

void OfficeWorkspace::selectTab(Tab tab) {
    m_tabs->setCurrentIndex(tab);
}

bool OfficeWorkspace::selectAwaitingOutcome() {
    // This office's day first, then the other offices' today.
    const int first = m_office->currentIndex();
    for (int attempt = 0; attempt <= m_office->count(); ++attempt) {
        if (attempt > 0) {
            if (attempt - 1 == first) {
                continue;
            }
            m_office->setCurrentIndex(attempt - 1);
        }
        const std::vector<core::DeskMeeting>& meetings = m_day->meetings();
        for (size_t i = 0; i < meetings.size(); ++i) {
            if (meetings[i].status == core::MeetingStatus::Arrived && !meetings[i].outcome) {
                m_tabs->setCurrentIndex(DayTab);
                m_day->view()->selectRow(static_cast<int>(i));
                return true;
            }
        }
    }
    return false;
}

bool OfficeWorkspace::selectOutstandingDeal() {
    const std::vector<core::DeskDeal>& deals = m_cash->deals();
    for (size_t i = 0; i < deals.size(); ++i) {
        if (deals[i].outstanding() > 0) {
            m_tabs->setCurrentIndex(CashTab);
            m_cash->dealsView()->selectRow(static_cast<int>(i));
            return true;
        }
    }
    return false;
}

void OfficeWorkspace::officeChanged() {
    m_manager->clear();
    m_manager->addItem(tr("(not chosen)"));
    const core::OptId office = officeId();
    addManagers(m_manager, m_db, office);  // a broken database shows in the lists below
    if (m_manager->count() > 1) {
        m_manager->setCurrentIndex(1);
    }
    if (const auto& actor = m_db.actor(); actor && actor->role == core::Role::OfficeManager) {
        m_manager->setCurrentIndex(std::max(0, m_manager->findData(actor->employeeId)));
        m_manager->setEnabled(false);
        m_month->showFor(actor->employeeId);  // the manager's own month, above their desk
    }
    if (office) {
        if (const auto d = core::OfficeDesk(m_db, m_clock).today(*office)) {
            const QSignalBlocker block(m_date);
            m_date->setDate(*d);
        }
    }
    refresh();
}

void OfficeWorkspace::refresh() {
    // A workspace nobody looks at reads nothing; it catches up when shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const core::OptId office = officeId();
    if (!office) {
        m_ready = true;
        if (isReady()) {
            Q_EMIT ready();  // else when the month above the desk is shown
        }
        return;
    }
    if (const core::Result<QString> zone = core::OfficeDesk(m_db, m_clock).timeZone(*office)) {
        m_zone = QTimeZone(zone->toUtf8());
    }
    m_card->setZone(m_zone);  // one clock on this screen: the office's
    const QString difference = zoneDifference(m_zone, m_clock());
    m_zoneNote->setText(tr("office time %1").arg(difference));
    m_zoneNote->setVisible(!difference.isEmpty());
    const auto keyOf = [](QTableView* v) { return v->currentIndex().data(RowsModel::KeyRole); };
    const QVariant dayKey = keyOf(m_day->view());
    const QVariant followKey = keyOf(m_followUps->view());
    const QVariant dealKey = keyOf(m_cash->dealsView());
    if (!loadLists(*office)) {
        return;
    }
    auto reselect = [](QTableView* v, RowsModel* model, const QVariant& key) {
        const int row = key.isValid() ? model->rowOfKey(key) : -1;
        if (row >= 0) {
            v->selectRow(row);
        } else if (model->rowCount() > 0) {
            v->selectRow(0);
        }
    };
    reselect(m_day->view(), m_day->model(), dayKey);
    reselect(m_followUps->view(), m_followUps->model(), followKey);
    // A contract is never chosen for the manager: the one just worked on, the one chosen
    // before, or none (P on another client's contract takes money from the wrong person).
    if (m_tabs->currentIndex() == CashTab) {
        m_cash->selectDealRow(m_cash->dealsModel()->rowOfKey(dealKey));
    }
    showSelected();
    if (!m_ready) {
        m_ready = true;
        if (isReady()) {
            Q_EMIT ready();  // else when the month above the desk is shown
        }
    }
}

bool OfficeWorkspace::loadLists(core::Id office) {
    const QDate day = m_date->date();
    core::OfficeDesk desk(m_db, m_clock);
    core::Result<std::vector<core::DeskMeeting>> flagged = desk.unmarked(office);
    core::Result<std::vector<core::DeskMeeting>> meetings = desk.meetings(office, day);
    core::Result<std::vector<core::FollowUpItem>> follow = desk.followUps(office);
    core::Result<std::vector<core::DeskDeal>> deals = desk.deals(office);
    core::Result<std::vector<core::CashLine>> cash = desk.payments(office, day);
    for (const core::Error* e : {flagged ? nullptr : &flagged.error(), meetings ? nullptr : &meetings.error(),
                                 follow ? nullptr : &follow.error(), deals ? nullptr : &deals.error(),
                                 cash ? nullptr : &cash.error()}) {
        if (e) {
            showError(*e);
            Q_EMIT failed(e->message());
            return false;
        }
    }
    const qint64 now = m_clock();
    m_day->setMeetings(*flagged, *meetings, m_zone, now);
    m_followUps->setItems(std::move(follow).value(), m_zone, now);
    m_cash->setDeals(std::move(deals).value(), m_zone);
    m_cash->setPayments(*cash, day, m_zone);
    return true;
}

void OfficeWorkspace::followWorkedLead() {
    // The client of the meeting or follow-up the manager had selected: their latest contract
    // with money due, else their latest contract, else nothing.
    int found = -1;
    const std::vector<core::DeskDeal>& deals = m_cash->deals();
    if (m_workedLead) {
        for (size_t i = 0; i < deals.size(); ++i) {
            const core::DeskDeal& d = deals[i];
            if (d.leadId != *m_workedLead) {
                continue;
            }
            const core::DeskDeal& best = deals[static_cast<size_t>(std::max(found, 0))];
            const bool better = found < 0 || (d.outstanding() > 0) > (best.outstanding() > 0) ||
                                ((d.outstanding() > 0) == (best.outstanding() > 0) && d.dealId > best.dealId);
            if (better) {
                found = static_cast<int>(i);
            }
        }
    }
    m_cash->selectDealRow(found);
}

void OfficeWorkspace::showSelected() {
    core::OptId lead;
    switch (m_tabs->currentIndex()) {
        case DayTab:
            if (const auto* m = m_day->selected()) {
                lead = m->leadId;
            }
            break;
        case FollowUpTab:
            if (const auto* f = m_followUps->selected()) {
                lead = f->leadId;
            }
            break;
        default:
            if (const auto* d = m_cash->selectedDeal()) {
                lead = d->leadId;
            }
    }
    if (lead && m_tabs->currentIndex() != CashTab) {
        m_workedLead = lead;
    }
    if (lead) {
        m_card->showLead(m_db, *lead);
    } else {
        m_card->clearLead();
    }
}

QString OfficeWorkspace::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void OfficeWorkspace::showError(const core::Error& error) {
    m_error->setText(error.message());
    m_error->show();
}

bool OfficeWorkspace::isReady() const {
    return m_ready && (!m_month || m_month->isReady());
}

}  // namespace fd::app
