#include "views/operator_workspace.h"

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
#include "views/lead_card.h"
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

enum DetailPage { NoDetail, CallbackPage, ReasonPage };

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

QPushButton* OperatorWorkspace::addAction(QWidget* parent, const QString& key, const QString& text,
                                          std::function<void()> run) {
    auto* button = new QPushButton(QStringLiteral("%1   %2").arg(key, text), parent);
    button->setToolTip(tr("Key %1").arg(key));
    button->setFocusPolicy(Qt::NoFocus);
    button->setMinimumHeight(button->sizeHint().height() + 6);
    connect(button, &QPushButton::clicked, this, run);
    auto* shortcut = new QShortcut(QKeySequence(key), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isEnabled() && button->isVisible()) {
            button->click();
        }
    });
    return button;
}

void OperatorWorkspace::buildQueue(QWidget* page) {
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 4);

    auto* header = new QHBoxLayout;
    m_who = new QLabel(page);
    auto* change = new QPushButton(tr("Change…"), page);
    change->setFocusPolicy(Qt::NoFocus);
    connect(change, &QPushButton::clicked, this, [this] {
        m_timer->stop();
        m_pages->setCurrentIndex(0);
        m_operators->setFocus();
    });
    m_sla = new QLabel(page);
    auto* add = new QPushButton(tr("New lead (Ins)"), page);
    add->setFocusPolicy(Qt::NoFocus);
    connect(add, &QPushButton::clicked, this, &OperatorWorkspace::newLead);
    for (const QKeySequence& key :
         {QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}) {
        auto* s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, &OperatorWorkspace::newLead);
    }
    auto* reload = new QShortcut(QKeySequence(Qt::Key_F5), this);
    reload->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reload, &QShortcut::activated, this, &OperatorWorkspace::refresh);
    header->addWidget(m_who);
    header->addWidget(change);
    header->addSpacing(16);
    header->addWidget(m_sla, 1);
    header->addWidget(add);
    layout->addLayout(header);

    m_tabs = new QTabBar(page);
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    for (int i = 0; i < core::kQueueTabCount; ++i) {
        m_tabs->addTab(QString());
        auto* s = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    connect(m_tabs, &QTabBar::currentChanged, this, [this] {
        loadList(std::nullopt);
        m_view->setFocus();
    });

    m_model = new QueueModel(this);
    m_view = makeListView(page);
    m_view->setModel(m_model);
    const int widths[] = {145, 180, 135, 200, 110, 60};  // "28.11 14:00 (UTC+5)" fits
    for (int c = 0; c < QueueModel::ColumnCount; ++c) {
        m_view->setColumnWidth(c, widths[c]);
    }
    m_view->horizontalHeader()->setSectionResizeMode(QueueModel::Source, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OperatorWorkspace::rowChanged);
    m_more = new QLabel(page);
    m_more->setStyleSheet(QStringLiteral("QLabel { color: #666; }"));
    auto* left = new QWidget(page);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tabs);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_more);

    auto* right = new QWidget(page);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_card = new LeadCard(right);
    rightLayout->addWidget(m_card, 1);

    auto* actions = new QWidget(right);
    auto* grid = new QGridLayout(actions);
    grid->setContentsMargins(0, 0, 0, 0);
    using O = core::CallOutcome;
    m_callButtons
        << addAction(actions, QStringLiteral("1"), tr("No answer"), [this] { logOutcome(O::NoAnswer); })
        << addAction(actions, QStringLiteral("2"), tr("Busy"), [this] { logOutcome(O::Busy); })
        << addAction(actions, QStringLiteral("3"), tr("Wrong number"), [this] { logOutcome(O::WrongNumber); })
        << addAction(actions, QStringLiteral("4"), tr("Call back…"), [this] { showCallbackPanel(); })
        << addAction(actions, QStringLiteral("5"), tr("Refused…"), [this] { showReasonPanel(O::Refused); })
        << addAction(actions, QStringLiteral("6"), tr("Non-target…"),
                     [this] { showReasonPanel(O::NonTarget); })
        << addAction(actions, QStringLiteral("7"), tr("Book a meeting…"), [this] { book(); });
    m_callButtons.last()->setStyleSheet(QStringLiteral("QPushButton { font-weight: bold; color: #1d6b2f; }"));
    m_meetingButtons << addAction(actions, QStringLiteral("8"), tr("Confirm meeting"), [this] {
        confirmMeeting();
    }) << addAction(actions, QStringLiteral("9"), tr("Reschedule…"), [this] {
        rescheduleMeeting();
    }) << addAction(actions, QStringLiteral("0"), tr("Cancel meeting"), [this] { cancelMeeting(); });
    // Three columns: the outcomes of a call, booking across the whole width (it is what the
    // call is for), then the actions on a meeting already booked.
    for (int i = 0; i < 6; ++i) {
        grid->addWidget(m_callButtons[i], i / 3, i % 3);
    }
    grid->addWidget(m_callButtons[6], 2, 0, 1, 3);
    for (int i = 0; i < m_meetingButtons.size(); ++i) {
        grid->addWidget(m_meetingButtons[i], 3, i);
    }
    for (int c = 0; c < 3; ++c) {
        grid->setColumnStretch(c, 1);
    }
    for (QPushButton* b : m_callButtons + m_meetingButtons) {
        b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);  // never cut: the card gives way
    }

    auto* noteRow = new QHBoxLayout;
    m_note = new QLineEdit(right);
    m_note->setPlaceholderText(tr("Note to the call (optional)"));
    auto* noteLabel = new QLabel(tr("N&ote:"), right);
    noteLabel->setBuddy(m_note);
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);

    // The details some outcomes need, shown on demand; Enter saves, Esc closes.
    m_detail = new QStackedWidget(right);
    m_detail->addWidget(new QWidget(m_detail));
    auto* callbackPage = new QWidget(m_detail);
    auto* cb = new QGridLayout(callbackPage);
    cb->setContentsMargins(0, 4, 0, 4);
    m_callbackAt = new QDateTimeEdit(callbackPage);
    m_callbackAt->setCalendarPopup(true);
    m_callbackAt->setDisplayFormat(dateTimeFormat());
    auto* cbLabel = new QLabel(tr("Call &back at:"), callbackPage);
    cbLabel->setBuddy(m_callbackAt);
    cb->addWidget(cbLabel, 0, 0);
    cb->addWidget(m_callbackAt, 0, 1);
    int col = 2;
    const std::pair<QString, int> presets[] = {{tr("+15 min"), 15}, {tr("+1 h"), 60}, {tr("+3 h"), 180}};
    for (const auto& [text, minutes] : presets) {
        auto* b = new QPushButton(text, callbackPage);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, [this, m = minutes] {
            m_callbackAt->setDateTime(QDateTime::fromSecsSinceEpoch(m_clock() + m * 60));
        });
        cb->addWidget(b, 0, col++);
    }
    auto* tomorrow = new QPushButton(tr("Tomorrow 10:00"), callbackPage);
    tomorrow->setFocusPolicy(Qt::NoFocus);
    connect(tomorrow, &QPushButton::clicked, this, [this] {
        m_callbackAt->setDateTime(
            QDateTime(QDateTime::fromSecsSinceEpoch(m_clock()).date().addDays(1), QTime(10, 0)));
    });
    cb->addWidget(tomorrow, 0, col++);
    auto* saveCallback = new QPushButton(tr("Save (Enter)"), callbackPage);
    saveCallback->setFocusPolicy(Qt::NoFocus);
    connect(saveCallback, &QPushButton::clicked, this, &OperatorWorkspace::saveDetail);
    cb->addWidget(saveCallback, 0, col++);
    m_callbackError = makeErrorLabel(callbackPage, true);
    cb->addWidget(m_callbackError, 1, 0, 1, col);
    m_detail->addWidget(callbackPage);

    auto* reasonPage = new QWidget(m_detail);
    auto* rs = new QGridLayout(reasonPage);
    rs->setContentsMargins(0, 4, 0, 4);
    m_reasonTitle = new QLabel(reasonPage);
    m_reason = new QComboBox(reasonPage);
    m_reasonTitle->setBuddy(m_reason);
    auto* saveReason = new QPushButton(tr("Save (Enter)"), reasonPage);
    saveReason->setFocusPolicy(Qt::NoFocus);
    connect(saveReason, &QPushButton::clicked, this, &OperatorWorkspace::saveDetail);
    m_reasonError = makeErrorLabel(reasonPage, true);
    rs->addWidget(m_reasonTitle, 0, 0);
    rs->addWidget(m_reason, 0, 1);
    rs->addWidget(saveReason, 0, 2);
    rs->addWidget(m_reasonError, 1, 0, 1, 3);
    rs->setColumnStretch(1, 1);
    m_detail->addWidget(reasonPage);
    m_detail->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_detail->hide();
    connect(m_detail, &QStackedWidget::currentChanged, m_detail,
            [this](int shown) { m_detail->setVisible(shown != NoDetail); });
    for (QWidget* p : {callbackPage, reasonPage}) {
        auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), p);
        enter->setContext(Qt::WidgetWithChildrenShortcut);
        connect(enter, &QShortcut::activated, this, &OperatorWorkspace::saveDetail);
        auto* enter2 = new QShortcut(QKeySequence(Qt::Key_Enter), p);
        enter2->setContext(Qt::WidgetWithChildrenShortcut);
        connect(enter2, &QShortcut::activated, this, &OperatorWorkspace::saveDetail);
        auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), p);
        esc->setContext(Qt::WidgetWithChildrenShortcut);
        connect(esc, &QShortcut::activated, this, [this] {
            m_detail->setCurrentIndex(NoDetail);
            m_view->setFocus();
        });
    }
    m_error = makeErrorLabel(right, true);

    rightLayout->addLayout(noteRow);
    rightLayout->addWidget(m_detail);
    rightLayout->addWidget(actions);
    rightLayout->addWidget(m_error);

    auto* splitter = new QSplitter(Qt::Horizontal, page);
    splitter->addWidget(left);
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
    m_timer->start();
    m_view->setFocus();
    m_ready = true;
    Q_EMIT ready();
}

void OperatorWorkspace::selectTab(core::QueueTab tab) {
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

core::QueueTab OperatorWorkspace::currentTab() const {
    return static_cast<core::QueueTab>(std::max(0, m_tabs->currentIndex()));
}

void OperatorWorkspace::refresh() {
    if (m_queue) {
        loadList(m_leadId);
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
    const QString names[] = {tr("New leads"), tr("Callbacks"), tr("To confirm"), tr("No-shows")};
    for (int i = 0; i < core::kQueueTabCount; ++i) {
        m_tabs->setTabText(i, QStringLiteral("%1  %2").arg(names[i], formatCount(counts->tab[i])));
    }
    m_tabs->setTabTextColor(0, counts->overSla > 0 ? QColor(0xb0, 0x1c, 0x1c) : QColor());
    m_sla->setText(
        counts->overSla > 0
            ? tr("<span style='color:#b01c1c'>%1 new leads wait longer than %2 min</span>")
                  .arg(formatCount(counts->overSla))
                  .arg(m_queue->slaMinutes())
            : tr("Every new lead is within the first-call time of %1 min").arg(m_queue->slaMinutes()));
    const size_t shown = items->size();
    const bool wasViewing = m_leadId.has_value();
    {
        const QSignalBlocker block(m_view->selectionModel());
        m_model->setItems(tab, std::move(items).value(), m_queue->scope());
    }
    const qint64 total = counts->of(tab);
    m_more->setText(static_cast<qint64>(shown) < total
                        ? tr("Showing the first %1 of %2, in working order.")
                              .arg(formatCount(static_cast<qint64>(shown)), formatCount(total))
                        : QString());
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
    openLead(item->leadId, item->meetingId);
}

void OperatorWorkspace::openLead(core::Id leadId, core::OptId meetingId) {
    if (m_leadId != leadId) {
        m_note->clear();
        m_detail->setCurrentIndex(NoDetail);
        clearError();
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
    for (QPushButton* b : std::as_const(m_callButtons)) {
        b->setEnabled(m_leadId.has_value() && m_operatorId.has_value());
    }
    for (QPushButton* b : std::as_const(m_meetingButtons)) {
        b->setEnabled(m_meetingId.has_value() && m_operatorId.has_value());
    }
}

QString OperatorWorkspace::errorText() const {
    for (const QLabel* l : {m_error, m_callbackError, m_reasonError}) {
        if (!l->isHidden()) {
            return l->text();
        }
    }
    return {};
}

void OperatorWorkspace::clearError() {
    m_error->hide();
    m_callbackError->hide();
    m_reasonError->hide();
}

void OperatorWorkspace::showError(const core::Error& error) {
    clearError();
    QLabel* at = m_error;
    if (error.field == QLatin1String("callback_at") && m_detail->currentIndex() == CallbackPage) {
        at = m_callbackError;
        m_callbackAt->setFocus();
    } else if (error.field == QLatin1String("reason") && m_detail->currentIndex() == ReasonPage) {
        at = m_reasonError;
        m_reason->setFocus();
    }
    at->setText(error.message());
    at->show();
}

void OperatorWorkspace::showCallbackPanel() {
    if (!m_leadId) {
        return;
    }
    clearError();
    if (m_detail->currentIndex() != CallbackPage) {
        // A sensible default: in an hour, on a whole quarter.
        const qint64 at = (m_clock() + 3600) / 900 * 900;
        m_callbackAt->setDateTime(QDateTime::fromSecsSinceEpoch(at));
    }
    m_pendingOutcome = core::CallOutcome::Callback;
    m_detail->setCurrentIndex(CallbackPage);
    m_callbackAt->setFocus();
}

void OperatorWorkspace::showReasonPanel(core::CallOutcome outcome) {
    if (!m_leadId) {
        return;
    }
    clearError();
    m_pendingOutcome = outcome;
    m_reasonTitle->setText(outcome == core::CallOutcome::Refused ? tr("Why &refused:")
                                                                 : tr("Why &not a client:"));
    const QVariant was = m_reason->currentData();
    m_reason->clear();
    m_reason->addItem(tr("— choose the reason —"));
    if (const QString failed = addReasons(m_reason, m_db, core::ReasonGate::CallCenter); !failed.isEmpty()) {
        m_reasonError->setText(failed);
        m_reasonError->show();
    }
    m_reason->setCurrentIndex(std::max(0, m_reason->findData(was)));
    m_detail->setCurrentIndex(ReasonPage);
    m_reason->setFocus();
}

void OperatorWorkspace::saveDetail() {
    if (m_detail->currentIndex() == CallbackPage || m_detail->currentIndex() == ReasonPage) {
        logOutcome(m_pendingOutcome);
    }
}

void OperatorWorkspace::logOutcome(core::CallOutcome outcome) {
    if (!m_leadId || !m_operatorId) {
        return;
    }
    clearError();
    core::CallInput in;
    in.leadId = *m_leadId;
    in.operatorId = *m_operatorId;
    in.outcome = outcome;
    in.note = m_note->text().trimmed();
    if (outcome == core::CallOutcome::Callback) {
        if (m_detail->currentIndex() != CallbackPage) {
            showCallbackPanel();
            return;
        }
        in.callbackAt = m_callbackAt->dateTime().toSecsSinceEpoch();
    }
    if (outcome == core::CallOutcome::Refused || outcome == core::CallOutcome::NonTarget) {
        if (m_detail->currentIndex() != ReasonPage) {
            showReasonPanel(outcome);
            return;
        }
        if (m_reason->currentData().isValid()) {
            in.reasonId = m_reason->currentData().toLongLong();
        }
    }
    const core::Id lead = *m_leadId;
    const int row = m_model->rowOfLead(lead);
    const QString client = clientAt(row);
    const QString reason = m_reason->currentText();
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
    m_note->clear();
    m_detail->setCurrentIndex(NoDetail);
    clearError();
    m_leadId.reset();
    loadList(std::nullopt, std::make_pair(leadId, row));
    m_view->setFocus();
}

void OperatorWorkspace::book() {
    if (!m_leadId || !m_operatorId) {
        return;
    }
    clearError();
    const core::Id lead = *m_leadId;
    const int row = m_model->rowOfLead(lead);
    const QString note = m_note->text().trimmed();
    BookingDialog dialog(
        m_db, m_clock,
        [this, lead, note](const core::BookingRequest& request) -> core::Result<core::Id> {
            core::CallInput in;
            in.leadId = lead;
            in.operatorId = *m_operatorId;
            in.outcome = core::CallOutcome::Booked;
            in.booking = request;
            in.note = note;
            return core::LeadService(m_db, m_clock).logCall(in);
        },
        tr("Book a meeting"), std::nullopt, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted) {
        const QString client = clientAt(row);
        advanceFrom(lead, row);
        Q_EMIT saved(tr("Meeting booked — %1").arg(client));
    }
}

void OperatorWorkspace::changeMeeting(core::Status (core::MeetingService::*change)(core::Id, core::OptId)) {
    if (!m_meetingId || !m_leadId) {
        return;
    }
    const core::Id lead = *m_leadId;
    const int row = m_model->rowOfLead(lead);
    const QString client = clientAt(row);
    const core::Id meeting = *m_meetingId;
    // What the meeting was, for the undo of a cancellation.
    core::MeetingStatus before = core::MeetingStatus::Scheduled;
    if (const core::Result<core::LeadHistory> h = core::loadLeadHistory(m_db, lead)) {
        for (const core::Meeting& m : h->meetings) {
            before = m.id == meeting ? m.status : before;
        }
    }
    core::MeetingService meetings(m_db, m_clock);
    const core::Status done = (meetings.*change)(meeting, m_operatorId);
    if (!done) {
        showError(done.error());
        return;
    }
    advanceFrom(lead, row);
    const bool confirmed = change == &core::MeetingService::confirm;
    const core::OptId op = m_operatorId;
    const Undo undo = [this, meeting, op, confirmed, before]() -> core::Status {
        core::MeetingCorrection correction(m_db, m_clock);
        const core::Status s =
            confirmed ? correction.undoConfirm(meeting, op) : correction.undoCancel(meeting, before, op);
        if (s) {
            refresh();
        }
        return s;
    };
    Q_EMIT saved(
        confirmed ? tr("Meeting confirmed — %1").arg(client) : tr("Meeting cancelled — %1").arg(client),
        undo);
}

void OperatorWorkspace::confirmMeeting() {
    changeMeeting(&core::MeetingService::confirm);
}

void OperatorWorkspace::rescheduleMeeting() {
    if (!m_meetingId || !m_leadId) {
        return;
    }
    clearError();
    const core::Id meeting = *m_meetingId;
    const core::Id lead = *m_leadId;
    const int row = m_model->rowOfLead(lead);
    core::OptId office;
    core::OptTime current;
    core::Result<core::LeadHistory> history = core::loadLeadHistory(m_db, lead);
    if (history) {
        for (const core::Meeting& m : history->meetings) {
            if (m.id == meeting) {
                office = m.officeId;
                current = m.scheduledAt;
            }
        }
    }
    BookingDialog dialog(
        m_db, m_clock,
        [this, meeting](const core::BookingRequest& request) {
            return core::MeetingService(m_db, m_clock).reschedule(meeting, request, m_operatorId);
        },
        tr("Reschedule the meeting"), office, current, this);
    dialog.allowCancel(
        [this, meeting] { return core::MeetingService(m_db, m_clock).cancel(meeting, m_operatorId); });
    if (dialog.exec() == QDialog::Accepted) {
        const QString client = clientAt(row);
        advanceFrom(lead, row);
        Q_EMIT saved(tr("Meeting moved — %1").arg(client));
    }
}

void OperatorWorkspace::cancelMeeting() {
    if (!m_meetingId || !m_leadId) {
        return;
    }
    if (QMessageBox::question(
            this, tr("Cancel meeting"),
            tr("Cancel the client's meeting? The seat becomes free and the lead goes back to the "
               "call center.")) != QMessageBox::Yes) {
        return;
    }
    changeMeeting(&core::MeetingService::cancel);
}

void OperatorWorkspace::newLead() {
    if (!m_operatorId) {
        return;
    }
    const core::Id op = *m_operatorId;
    NewLeadDialog dialog(
        m_db, m_clock, op,
        [this, op](core::NewLead in) -> core::Result<core::Id> {
            in.operatorId = op;
            core::Result<core::CreatedLead> created = core::LeadService(m_db, m_clock).createLead(in);
            if (!created) {
                return created.error();
            }
            return created->leadId;
        },
        tr("New lead from a call"), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const core::OptId lead = dialog.existingId() ? dialog.existingId() : dialog.savedId();
    if (!lead) {
        return;
    }
    loadList(std::nullopt);
    const int row = m_model->rowOfLead(*lead);
    if (row >= 0) {
        m_view->selectRow(row);
    } else {
        m_view->clearSelection();
    }
    openLead(*lead);
    m_view->setFocus();
    if (dialog.savedId()) {
        const core::Result<core::LeadHistory> h = core::loadLeadHistory(m_db, *lead);
        Q_EMIT saved(tr("New lead saved — %1")
                         .arg(h && !h->contact.name.isEmpty() ? h->contact.name : tr("(no name)")));
    }
}

}  // namespace fd::app
