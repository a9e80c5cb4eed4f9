#include "views/office_workspace.h"

#include "dialogs/booking_dialog.h"
#include "dialogs/follow_up_dialog.h"
#include "dialogs/new_lead_dialog.h"
#include "dialogs/outcome_dialog.h"
#include "dialogs/payment_dialog.h"
#include "formatting.h"
#include "models/rows_model.h"
#include "services/lead_history.h"
#include "services/meeting_service.h"
#include "storage/catalog_repository.h"
#include "storage/storage_error.h"
#include "views/lead_card.h"
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

namespace {

QTableView* makeTable(RowsModel* model, QWidget* parent) {
    auto* view = makeListView(parent);
    view->setModel(model);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

/// The status, or once the client came, the outcome — with the qualification when it is not
/// target (that is what re-scores the operator).
QString meetingState(const core::DeskMeeting& m) {
    if (!m.outcome) {
        return meetingStatusName(m.status);
    }
    QString text = meetingOutcomeName(*m.outcome);
    if (m.qualification && *m.qualification != core::Qualification::Target) {
        text += QStringLiteral(" (") + qualificationName(*m.qualification) + QLatin1Char(')');
    }
    return text;
}

QString phoneText(const QString& e164, const QString& raw) {
    return e164.isEmpty() ? raw : formatPhone(e164);
}

}  // namespace

OfficeWorkspace::OfficeWorkspace(core::Database& db, core::Clock clock, QWidget* parent)
    : Workspace(parent), m_db(db), m_clock(std::move(clock)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);

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
    header->addWidget(officeLabel);
    header->addWidget(m_office);
    header->addSpacing(12);
    header->addWidget(managerLabel);
    header->addWidget(m_manager);
    header->addSpacing(12);
    header->addWidget(prev);
    header->addWidget(m_date);
    header->addWidget(next);
    header->addWidget(today);
    m_zoneNote = new QLabel(this);
    m_zoneNote->setToolTip(tr("Times on this page are the office's local times."));
    m_zoneNote->hide();
    header->addWidget(m_zoneNote);
    header->addStretch(1);
    header->addWidget(walk);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildDay(m_tabs), tr("Day"));
    m_tabs->addTab(buildFollowUps(m_tabs), tr("Follow-up"));
    m_tabs->addTab(buildCash(m_tabs), tr("Cash desk"));
    m_card = new LeadCard(this);
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
    connect(m_office, &QComboBox::currentIndexChanged, this, &OfficeWorkspace::officeChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &OfficeWorkspace::refresh);
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
    officeChanged();
    m_dayView->setFocus();
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
    QTableView* views[] = {m_dayView, m_followView, m_dealsView};
    const int tab = m_tabs->currentIndex();
    return tab >= 0 && tab < 3 ? static_cast<QWidget*>(views[tab]) : this;
}

QPushButton* OfficeWorkspace::action(QWidget* parent, const QString& key, const QString& text,
                                     std::function<void()> fn) {
    auto* button = new QPushButton(QStringLiteral("%1   %2").arg(key, text), parent);
    button->setFocusPolicy(Qt::NoFocus);
    button->setToolTip(tr("Key %1").arg(key));
    connect(button, &QPushButton::clicked, this, fn);
    // The key works wherever the focus is in the workspace, while its tab is the one shown
    // (the day's P and the cash desk's P are two keys of two tabs).
    auto* shortcut = new QShortcut(QKeySequence(key), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isEnabled()) {
            button->click();
        }
    });
    m_tabKeys.push_back({shortcut, parent});
    return button;
}

QWidget* OfficeWorkspace::buildDay(QWidget* parent) {
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    m_flagged = new QLabel(page);
    m_flagged->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e8c66a; padding: 4px; }"));
    m_flagged->setWordWrap(true);
    m_flagged->hide();
    m_dayModel = new RowsModel(
        {tr("Time"), tr("Client"), tr("Phone"), tr("Booked by"), tr("Manager"), tr("Status")}, this);
    m_dayView = makeTable(m_dayModel, page);
    const int widths[] = {80, 160, 125, 130, 120};
    for (int c = 0; c < 5; ++c) {
        m_dayView->setColumnWidth(c, widths[c]);
    }
    connect(m_dayView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OfficeWorkspace::showSelected);
    connect(m_dayView, &QTableView::doubleClicked, this, &OfficeWorkspace::recordOutcome);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(action(page, QStringLiteral("A"), tr("Arrived"), [this] { markArrived(); }));
    buttons->addWidget(action(page, QStringLiteral("N"), tr("No-show"), [this] { markNoShow(); }));
    buttons->addWidget(action(page, QStringLiteral("O"), tr("Outcome…"), [this] { recordOutcome(); }));
    buttons->addWidget(action(page, QStringLiteral("R"), tr("Reschedule…"), [this] { reschedule(); }));
    buttons->addWidget(action(page, QStringLiteral("P"), tr("Payment…"), [this] { receivePayment(); }));
    layout->addWidget(m_flagged);
    layout->addWidget(m_dayView, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget* OfficeWorkspace::buildFollowUps(QWidget* parent) {
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    m_followModel =
        new RowsModel({tr("Follow up on"), tr("Client"), tr("Phone"), tr("Manager"), tr("Came")}, this);
    m_followView = makeTable(m_followModel, page);
    const int widths[] = {120, 200, 140, 150};
    for (int c = 0; c < 4; ++c) {
        m_followView->setColumnWidth(c, widths[c]);
    }
    connect(m_followView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OfficeWorkspace::showSelected);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(
        action(page, QStringLiteral("S"), tr("Sale…"), [this] { followUp(FollowUpDialog::Action::Sale); }));
    buttons->addWidget(action(page, QStringLiteral("D"), tr("Later…"),
                              [this] { followUp(FollowUpDialog::Action::Postpone); }));
    buttons->addWidget(action(page, QStringLiteral("L"), tr("Refused…"),
                              [this] { followUp(FollowUpDialog::Action::Refuse); }));
    layout->addWidget(m_followView, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget* OfficeWorkspace::buildCash(QWidget* parent) {
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    m_dealsModel = new RowsModel({tr("Signed"), tr("Client"), tr("Product"), tr("Contract"), tr("Paid"),
                                  tr("Outstanding"), tr("Manager")},
                                 this);
    m_dealsModel->setRightAligned({3, 4, 5});
    m_dealsView = makeTable(m_dealsModel, page);
    const int widths[] = {90, 170, 150, 100, 100, 100};
    for (int c = 0; c < 6; ++c) {
        m_dealsView->setColumnWidth(c, widths[c]);
    }
    connect(m_dealsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OfficeWorkspace::showSelected);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(
        action(page, QStringLiteral("P"), tr("Receive a payment…"), [this] { receivePayment(); }));
    buttons->addStretch(1);
    m_cashTitle = new QLabel(page);
    m_cashModel = new RowsModel({tr("Time"), tr("Client"), tr("Product"), tr("Method"), tr("Amount")}, this);
    m_cashModel->setRightAligned({4});
    m_cashView = makeTable(m_cashModel, page);
    m_cashView->setColumnWidth(1, 180);
    m_cashView->setColumnWidth(2, 160);
    m_cashTotal = new QLabel(page);
    m_cashTotal->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    layout->addWidget(m_dealsView, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_cashTitle);
    layout->addWidget(m_cashView, 2);
    layout->addWidget(m_cashTotal);
    return page;
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
        for (size_t i = 0; i < m_meetings.size(); ++i) {
            if (m_meetings[i].status == core::MeetingStatus::Arrived && !m_meetings[i].outcome) {
                m_tabs->setCurrentIndex(DayTab);
                m_dayView->selectRow(static_cast<int>(i));
                return true;
            }
        }
    }
    return false;
}

bool OfficeWorkspace::selectOutstandingDeal() {
    for (size_t i = 0; i < m_deals.size(); ++i) {
        if (m_deals[i].outstanding() > 0) {
            m_tabs->setCurrentIndex(CashTab);
            m_dealsView->selectRow(static_cast<int>(i));
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
        Q_EMIT ready();
        return;
    }
    const QDate day = m_date->date();
    core::OfficeDesk desk(m_db, m_clock);
    if (const core::Result<QString> zone = desk.timeZone(*office)) {
        m_zone = QTimeZone(zone->toUtf8());
    }
    m_card->setZone(m_zone);  // one clock on this screen: the office's
    const QString difference = zoneDifference(m_zone, m_clock());
    m_zoneNote->setText(tr("office time %1").arg(difference));
    m_zoneNote->setVisible(!difference.isEmpty());
    const auto keyOf = [](QTableView* v) { return v->currentIndex().data(RowsModel::KeyRole); };
    const QVariant dayKey = keyOf(m_dayView);
    const QVariant followKey = keyOf(m_followView);
    const QVariant dealKey = keyOf(m_dealsView);

    core::Result<std::vector<core::DeskMeeting>> flagged = desk.unmarked(*office);
    core::Result<std::vector<core::DeskMeeting>> meetings = desk.meetings(*office, day);
    core::Result<std::vector<core::FollowUpItem>> follow = desk.followUps(*office);
    core::Result<std::vector<core::DeskDeal>> deals = desk.deals(*office);
    core::Result<std::vector<core::CashLine>> cash = desk.payments(*office, day);
    for (const core::Error* e : {flagged ? nullptr : &flagged.error(), meetings ? nullptr : &meetings.error(),
                                 follow ? nullptr : &follow.error(), deals ? nullptr : &deals.error(),
                                 cash ? nullptr : &cash.error()}) {
        if (e) {
            showError(*e);
            Q_EMIT failed(e->message());
            return;
        }
    }

    // Meetings nobody marked come first, flagged; then the day's own, by time.
    const qint64 now = m_clock();
    m_meetings = *flagged;
    QSet<core::Id> seen;
    for (const core::DeskMeeting& m : m_meetings) {
        seen.insert(m.meetingId);
    }
    const size_t flaggedCount = m_meetings.size();
    for (const core::DeskMeeting& m : *meetings) {
        if (!seen.contains(m.meetingId)) {
            m_meetings.push_back(m);
        }
    }
    std::vector<RowsModel::Row> rows;
    for (size_t i = 0; i < m_meetings.size(); ++i) {
        const core::DeskMeeting& m = m_meetings[i];
        RowsModel::Row r;
        const bool isFlagged = i < flaggedCount;
        r.cells = {isFlagged ? formatWhen(m.scheduledAt, now, m_zone) : formatTime(m.scheduledAt, m_zone),
                   m.client.isEmpty() ? tr("(no name)") : m.client,
                   phoneText(m.phoneE164, m.phoneRaw),
                   m.bookedBy.isEmpty() ? tr("walk-in") : m.bookedBy,
                   m.manager,
                   isFlagged ? tr("not marked") : meetingState(m)};
        r.key = m.meetingId;
        r.flagged = isFlagged;
        if (isFlagged) {
            r.tint = QColor(0xff, 0xec, 0xc4);
            r.toolTip = tr("The meeting's time has passed and nobody marked whether the client came.");
        } else if (m.status == core::MeetingStatus::Arrived) {
            r.tint = m.outcome ? QColor(0xe6, 0xf4, 0xe8) : QColor(0xdc, 0xec, 0xfa);
        } else if (m.status != core::MeetingStatus::Scheduled && m.status != core::MeetingStatus::Confirmed) {
            r.tint = QColor(0xf1, 0xf2, 0xf4);
        }
        rows.push_back(std::move(r));
    }
    m_dayModel->setRows(std::move(rows));
    m_flagged->setVisible(flaggedCount > 0);
    m_flagged->setText(
        tr("%n meeting(s) passed without a mark whether the client came: at the top of the list.", nullptr,
           static_cast<int>(flaggedCount)));

    m_followUps = std::move(follow).value();
    rows.clear();
    for (const core::FollowUpItem& f : m_followUps) {
        RowsModel::Row r;
        r.cells = {formatDate(f.dueAt, m_zone), f.client, formatPhone(f.phoneE164), f.manager,
                   formatDate(f.metAt, m_zone)};
        r.key = f.taskId;
        if (f.dueAt < now) {
            r.tint = QColor(0xfd, 0xe2, 0xe1);
        }
        rows.push_back(std::move(r));
    }
    m_followModel->setRows(std::move(rows));

    m_deals = std::move(deals).value();
    rows.clear();
    for (const core::DeskDeal& d : m_deals) {
        RowsModel::Row r;
        r.cells = {formatDate(d.signedAt, m_zone),
                   d.client,
                   d.product,
                   d.amount ? formatMoney(*d.amount) : tr("unknown"),
                   formatMoney(d.paid),
                   d.outstanding() > 0 ? formatMoney(d.outstanding()) : QString(),
                   d.manager};
        r.key = d.dealId;
        if (d.outstanding() > 0) {
            r.tint = QColor(0xff, 0xf4, 0xd6);
        }
        rows.push_back(std::move(r));
    }
    m_dealsModel->setRows(std::move(rows));

    rows.clear();
    QMap<int, qint64> byMethod;
    qint64 total = 0;
    for (const core::CashLine& c : *cash) {
        RowsModel::Row r;
        r.cells = {formatTime(c.paidAt, m_zone), c.client, c.product, paymentMethodName(c.method),
                   formatMoney(c.amount)};
        r.key = c.paymentId;
        rows.push_back(std::move(r));
        byMethod[static_cast<int>(c.method)] += c.amount;
        total += c.amount;
    }
    m_cashModel->setRows(std::move(rows));
    m_cashTitle->setText(
        tr("<b>Cash desk of %1</b>").arg(QLocale().toString(day, QStringLiteral("dddd, ") + dateFormat())));
    QStringList parts;
    for (auto it = byMethod.cbegin(); it != byMethod.cend(); ++it) {
        parts << QStringLiteral("%1 %2").arg(paymentMethodName(static_cast<core::PaymentMethod>(it.key())),
                                             formatMoney(it.value()));
    }
    parts << tr("total %1 in %2 payments").arg(formatMoney(total)).arg(cash->size());
    m_cashTotal->setText(parts.join(QStringLiteral(" · ")));

    auto reselect = [](QTableView* v, RowsModel* model, const QVariant& key) {
        const int row = key.isValid() ? model->rowOfKey(key) : -1;
        if (row >= 0) {
            v->selectRow(row);
        } else if (model->rowCount() > 0) {
            v->selectRow(0);
        }
    };
    reselect(m_dayView, m_dayModel, dayKey);
    reselect(m_followView, m_followModel, followKey);
    // A contract is never chosen for the manager: the one just worked on, the one chosen
    // before, or none (P on another client's contract takes money from the wrong person).
    if (m_tabs->currentIndex() == CashTab) {
        selectDealRow(m_dealsModel->rowOfKey(dealKey));
    }
    showSelected();
    if (!m_ready) {
        m_ready = true;
        Q_EMIT ready();
    }
}

void OfficeWorkspace::selectDealRow(int row) {
    if (row >= 0) {
        m_dealsView->selectRow(row);
        return;
    }
    m_dealsView->clearSelection();
    m_dealsView->setCurrentIndex(QModelIndex());
}

void OfficeWorkspace::followWorkedLead() {
    // The client of the meeting or follow-up the manager had selected: their latest contract
    // with money due, else their latest contract, else nothing.
    int found = -1;
    if (m_workedLead) {
        for (size_t i = 0; i < m_deals.size(); ++i) {
            const core::DeskDeal& d = m_deals[i];
            if (d.leadId != *m_workedLead) {
                continue;
            }
            const bool better =
                found < 0 ||
                (d.outstanding() > 0) > (m_deals[static_cast<size_t>(found)].outstanding() > 0) ||
                ((d.outstanding() > 0) == (m_deals[static_cast<size_t>(found)].outstanding() > 0) &&
                 d.dealId > m_deals[static_cast<size_t>(found)].dealId);
            if (better) {
                found = static_cast<int>(i);
            }
        }
    }
    selectDealRow(found);
}

bool OfficeWorkspace::confirmMarkOnAnotherDay(const core::DeskMeeting& m, const QString& mark) {
    const qint64 now = m_clock();
    const QDate meetingDay = QDateTime::fromSecsSinceEpoch(m.scheduledAt, m_zone).date();
    const QDate today = QDateTime::fromSecsSinceEpoch(now, m_zone).date();
    constexpr qint64 kFewHours = 3 * 3600;
    if (meetingDay == today && m.scheduledAt - now <= kFewHours) {
        return true;
    }
    const QString when = formatDateTime(m.scheduledAt, m_zone);
    const QString text =
        meetingDay == today
            ? tr("The meeting of %1 is at %2, more than three hours from now. Mark it as \"%3\" anyway? The "
                 "time "
                 "recorded is now.")
                  .arg(m.client, when, mark)
            : tr("The meeting of %1 is on %2, not today. Mark it as \"%3\" anyway? The time recorded is now.")
                  .arg(m.client, when, mark);
    QMessageBox box(QMessageBox::Question, tr("Meeting on another day"), text,
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setDefaultButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setText(tr("&Mark anyway"));
    box.button(QMessageBox::No)->setText(tr("&Keep as it is"));
    return box.exec() == QMessageBox::Yes;
}

const core::DeskMeeting* OfficeWorkspace::selectedMeeting() const {
    const int row = m_dayView->currentIndex().row();
    return row >= 0 && row < static_cast<int>(m_meetings.size()) ? &m_meetings[static_cast<size_t>(row)]
                                                                 : nullptr;
}

const core::FollowUpItem* OfficeWorkspace::selectedFollowUp() const {
    const int row = m_followView->currentIndex().row();
    return row >= 0 && row < static_cast<int>(m_followUps.size()) ? &m_followUps[static_cast<size_t>(row)]
                                                                  : nullptr;
}

void OfficeWorkspace::showSelected() {
    core::OptId lead;
    switch (m_tabs->currentIndex()) {
        case DayTab:
            if (const auto* m = selectedMeeting()) {
                lead = m->leadId;
            }
            break;
        case FollowUpTab:
            if (const auto* f = selectedFollowUp()) {
                lead = f->leadId;
            }
            break;
        default: {
            const int row = m_dealsView->currentIndex().row();
            if (row >= 0 && row < static_cast<int>(m_deals.size())) {
                lead = m_deals[static_cast<size_t>(row)].leadId;
            }
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

void OfficeWorkspace::run(const core::Status& status, const QString& message) {
    if (!status) {
        showError(status.error());
        return;
    }
    m_error->hide();
    refresh();
    Q_EMIT saved(message);
}

void OfficeWorkspace::markArrived() {
    markAttendance(core::MeetingStatus::Arrived);
}

void OfficeWorkspace::markNoShow() {
    markAttendance(core::MeetingStatus::NoShow);
}

void OfficeWorkspace::markAttendance(core::MeetingStatus mark) {
    const auto* m = selectedMeeting();
    if (!m) {
        return;
    }
    const core::Id meeting = m->meetingId;  // the list may be reloaded while the question is open
    if (!confirmMarkOnAnotherDay(*m, meetingStatusName(mark))) {
        return;
    }
    const QString client = m->client;
    core::MeetingService service(m_db, m_clock);
    run(mark == core::MeetingStatus::Arrived ? service.markArrived(meeting, managerId())
                                             : service.markNoShow(meeting, managerId()),
        tr("%1 — %2").arg(capitalized(meetingStatusName(mark)), client));
}

void OfficeWorkspace::recordOutcome() {
    const auto* m = selectedMeeting();
    if (!m) {
        return;
    }
    m_error->hide();
    if (m->status != core::MeetingStatus::Arrived || m->outcome) {
        showError(core::Error::make(
            core::ErrorCode::Conflict,
            m->outcome
                ? QT_TRANSLATE_NOOP("fd::core::Error", "The outcome of this meeting is already recorded.")
                : QT_TRANSLATE_NOOP("fd::core::Error",
                                    "Mark the client as arrived before recording the "
                                    "outcome."),
            {}, QStringLiteral("meeting")));
        return;
    }
    const QString client = m->client;
    OutcomeDialog dialog(m_db, m_clock, m->meetingId, managerId(), m->client, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT saved(tr("Outcome saved — %1").arg(client));
    }
}

void OfficeWorkspace::reschedule() {
    const auto* m = selectedMeeting();
    if (!m) {
        return;
    }
    const core::Id meeting = m->meetingId;
    BookingDialog dialog(
        m_db, m_clock,
        [this, meeting](const core::BookingRequest& request) {
            return core::MeetingService(m_db, m_clock).reschedule(meeting, request, managerId());
        },
        tr("Reschedule the meeting"), officeId(), m->scheduledAt, this);
    dialog.allowCancel(
        [this, meeting] { return core::MeetingService(m_db, m_clock).cancel(meeting, managerId()); });
    const QString client = m->client;
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT saved(tr("Meeting moved — %1").arg(client));
    }
}

core::OptId OfficeWorkspace::paymentDeal() const {
    if (m_tabs->currentIndex() == CashTab) {
        const int row = m_dealsView->currentIndex().row();
        return row >= 0 && row < static_cast<int>(m_deals.size())
                   ? core::OptId(m_deals[static_cast<size_t>(row)].dealId)
                   : std::nullopt;
    }
    const auto* m = selectedMeeting();
    if (!m) {
        return std::nullopt;
    }
    // The lead's latest contract with money still to come, else its latest contract.
    core::OptId found;
    if (const core::Result<core::LeadHistory> h = core::loadLeadHistory(m_db, m->leadId)) {
        for (const core::Deal& d : h->deals) {
            found = d.id;
        }
    }
    return found;
}

void OfficeWorkspace::receivePayment() {
    const core::OptId deal = paymentDeal();
    if (!deal) {
        showError(
            core::Error::make(core::ErrorCode::NotFound,
                              QT_TRANSLATE_NOOP("fd::core::Error", "The client has no contract to pay for."),
                              {}, QStringLiteral("deal")));
        return;
    }
    PaymentDialog dialog(m_db, m_clock, *deal, managerId(), m_zone, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_error->hide();
        refresh();
        Q_EMIT saved(tr("Payment received — %1").arg(dialog.client()));
    }
}

void OfficeWorkspace::walkIn() {
    const core::OptId office = officeId();
    if (!office) {
        return;
    }
    const core::OptId manager = managerId();
    NewLeadDialog dialog(
        m_db, m_clock, manager,
        [this, office, manager](const core::NewLead& in) {
            return core::MeetingService(m_db, m_clock).walkIn(in, *office, manager);
        },
        tr("Walk-in client"), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (const auto d = core::OfficeDesk(m_db, m_clock).today(*office)) {
        const QSignalBlocker block(m_date);
        m_date->setDate(*d);
    }
    refresh();
    m_tabs->setCurrentIndex(DayTab);
    Q_EMIT saved(tr("Walk-in client saved"));
    if (dialog.savedId()) {
        const int row = m_dayModel->rowOfKey(QVariant(*dialog.savedId()));
        if (row >= 0) {
            m_dayView->selectRow(row);
        }
    }
}

void OfficeWorkspace::followUp(FollowUpDialog::Action action) {
    const auto* f = selectedFollowUp();
    if (!f) {
        return;
    }
    const QString client = f->client;
    FollowUpDialog dialog(m_db, m_clock, *f, action, managerId(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_error->hide();
        refresh();
        Q_EMIT saved(tr("Follow-up saved — %1").arg(client));
    }
}

}  // namespace fd::app
