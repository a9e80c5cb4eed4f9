#include "views/call_outcome_bar.h"

#include "formatting.h"
#include "widgets.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fd::app {

namespace {

// The pages of the details, in the stack's order.
constexpr int kNoDetail = 0;
constexpr int kCallbackPage = 1;
constexpr int kReasonPage = 2;

}  // namespace

CallOutcomeBar::CallOutcomeBar(core::Database& db, core::Clock clock, QWidget* keyHost, QWidget* parent)
    : QWidget(parent), m_db(db), m_clock(std::move(clock)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* noteRow = new QHBoxLayout;
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("Note to the call (optional)"));
    auto* noteLabel = new QLabel(tr("N&ote:"), this);
    noteLabel->setBuddy(m_note);
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);

    // The details some outcomes need, shown on demand; Enter saves, Esc closes.
    m_detail = new QStackedWidget(this);
    m_detail->addWidget(new QWidget(m_detail));
    m_detail->addWidget(buildCallbackPage());
    m_detail->addWidget(buildReasonPage());
    m_detail->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_detail->hide();
    connect(m_detail, &QStackedWidget::currentChanged, m_detail,
            [this](int shown) { m_detail->setVisible(shown != kNoDetail); });
    for (int page : {kCallbackPage, kReasonPage}) {
        QWidget* p = m_detail->widget(page);
        for (const QKeySequence& key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
            auto* enter = new QShortcut(key, p);
            enter->setContext(Qt::WidgetWithChildrenShortcut);
            connect(enter, &QShortcut::activated, this, &CallOutcomeBar::detailSaved);
        }
        auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), p);
        esc->setContext(Qt::WidgetWithChildrenShortcut);
        connect(esc, &QShortcut::activated, this, [this] {
            m_detail->setCurrentIndex(kNoDetail);
            Q_EMIT detailClosed();
        });
    }
    m_error = makeErrorLabel(this, true);
    layout->addLayout(noteRow);
    layout->addWidget(m_detail);
    layout->addWidget(buildActions(keyHost));
    layout->addWidget(m_error);
    setAvailable(false, false);
}

QPushButton* CallOutcomeBar::addKey(QWidget* parent, QWidget* keyHost, const QString& key,
                                    const QString& text) {
    QPushButton* button = makeKeyButton(parent, keyHost, key, text).button;
    button->setMinimumHeight(button->sizeHint().height() + 6);
    return button;
}

QWidget* CallOutcomeBar::buildActions(QWidget* keyHost) {
    auto* actions = new QWidget(this);
    auto* grid = new QGridLayout(actions);
    grid->setContentsMargins(0, 0, 0, 0);
    using O = core::CallOutcome;
    const std::pair<QString, QString> calls[] = {
        {QStringLiteral("1"), tr("No answer")},      {QStringLiteral("2"), tr("Busy")},
        {QStringLiteral("3"), tr("Wrong number")},   {QStringLiteral("4"), tr("Call back…")},
        {QStringLiteral("5"), tr("Refused…")},       {QStringLiteral("6"), tr("Non-target…")},
        {QStringLiteral("7"), tr("Book a meeting…")}};
    for (const auto& [key, text] : calls) {
        m_callButtons << addKey(actions, keyHost, key, text);
    }
    const O direct[] = {O::NoAnswer, O::Busy, O::WrongNumber};
    for (int i = 0; i < 3; ++i) {
        connect(m_callButtons[i], &QPushButton::clicked, this,
                [this, o = direct[i]] { Q_EMIT outcomePressed(o); });
    }
    connect(m_callButtons[3], &QPushButton::clicked, this, &CallOutcomeBar::callbackPressed);
    connect(m_callButtons[4], &QPushButton::clicked, this, [this] { Q_EMIT reasonPressed(O::Refused); });
    connect(m_callButtons[5], &QPushButton::clicked, this, [this] { Q_EMIT reasonPressed(O::NonTarget); });
    connect(m_callButtons[6], &QPushButton::clicked, this, &CallOutcomeBar::bookPressed);
    m_callButtons.last()->setStyleSheet(QStringLiteral(
        "QPushButton { font-weight: bold; color: #1d6b2f; } QPushButton:disabled { color: #9aa59c; }"));
    m_meetingButtons << addKey(actions, keyHost, QStringLiteral("8"), tr("Confirm meeting"))
                     << addKey(actions, keyHost, QStringLiteral("9"), tr("Reschedule…"))
                     << addKey(actions, keyHost, QStringLiteral("0"), tr("Cancel meeting"));
    connect(m_meetingButtons[0], &QPushButton::clicked, this, &CallOutcomeBar::confirmPressed);
    connect(m_meetingButtons[1], &QPushButton::clicked, this, &CallOutcomeBar::reschedulePressed);
    connect(m_meetingButtons[2], &QPushButton::clicked, this, &CallOutcomeBar::cancelPressed);
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
    return actions;
}

QWidget* CallOutcomeBar::buildCallbackPage() {
    auto* page = new QWidget(m_detail);
    auto* cb = new QGridLayout(page);
    cb->setContentsMargins(0, 4, 0, 4);
    m_callbackAt = new QDateTimeEdit(page);
    m_callbackAt->setCalendarPopup(true);
    m_callbackAt->setDisplayFormat(dateTimeFormat());
    auto* label = new QLabel(tr("Call &back at:"), page);
    label->setBuddy(m_callbackAt);
    cb->addWidget(label, 0, 0);
    cb->addWidget(m_callbackAt, 0, 1);
    int col = 2;
    const std::pair<QString, int> presets[] = {{tr("+15 min"), 15}, {tr("+1 h"), 60}, {tr("+3 h"), 180}};
    for (const auto& [text, minutes] : presets) {
        auto* b = new QPushButton(text, page);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, [this, m = minutes] {
            m_callbackAt->setDateTime(QDateTime::fromSecsSinceEpoch(m_clock() + m * 60));
        });
        cb->addWidget(b, 0, col++);
    }
    auto* tomorrow = new QPushButton(tr("Tomorrow 10:00"), page);
    tomorrow->setFocusPolicy(Qt::NoFocus);
    connect(tomorrow, &QPushButton::clicked, this, [this] {
        m_callbackAt->setDateTime(
            QDateTime(QDateTime::fromSecsSinceEpoch(m_clock()).date().addDays(1), QTime(10, 0)));
    });
    cb->addWidget(tomorrow, 0, col++);
    auto* save = new QPushButton(tr("Save (Enter)"), page);
    save->setFocusPolicy(Qt::NoFocus);
    connect(save, &QPushButton::clicked, this, &CallOutcomeBar::detailSaved);
    cb->addWidget(save, 0, col++);
    m_callbackError = makeErrorLabel(page, true);
    cb->addWidget(m_callbackError, 1, 0, 1, col);
    return page;
}

QWidget* CallOutcomeBar::buildReasonPage() {
    auto* page = new QWidget(m_detail);
    auto* rs = new QGridLayout(page);
    rs->setContentsMargins(0, 4, 0, 4);
    m_reasonTitle = new QLabel(page);
    m_reason = new QComboBox(page);
    m_reasonTitle->setBuddy(m_reason);
    auto* save = new QPushButton(tr("Save (Enter)"), page);
    save->setFocusPolicy(Qt::NoFocus);
    connect(save, &QPushButton::clicked, this, &CallOutcomeBar::detailSaved);
    m_reasonError = makeErrorLabel(page, true);
    rs->addWidget(m_reasonTitle, 0, 0);
    rs->addWidget(m_reason, 0, 1);
    rs->addWidget(save, 0, 2);
    rs->addWidget(m_reasonError, 1, 0, 1, 3);
    rs->setColumnStretch(1, 1);
    return page;
}

void CallOutcomeBar::setAvailable(bool lead, bool meeting) {
    for (QPushButton* b : std::as_const(m_callButtons)) {
        b->setEnabled(lead);
    }
    for (QPushButton* b : std::as_const(m_meetingButtons)) {
        b->setEnabled(meeting);
    }
}

void CallOutcomeBar::openCallback() {
    clearError();
    if (m_detail->currentIndex() != kCallbackPage) {
        // A sensible default: in an hour, on a whole quarter.
        const qint64 at = (m_clock() + 3600) / 900 * 900;
        m_callbackAt->setDateTime(QDateTime::fromSecsSinceEpoch(at));
    }
    m_pending = core::CallOutcome::Callback;
    m_detail->setCurrentIndex(kCallbackPage);
    m_callbackAt->setFocus();
}

void CallOutcomeBar::openReason(core::CallOutcome outcome) {
    clearError();
    m_pending = outcome;
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
    m_detail->setCurrentIndex(kReasonPage);
    m_reason->setFocus();
}

CallOutcomeBar::Detail CallOutcomeBar::detail() const {
    switch (m_detail->currentIndex()) {
        case kCallbackPage:
            return Detail::Callback;
        case kReasonPage:
            return Detail::Reason;
        default:
            return Detail::None;
    }
}

qint64 CallOutcomeBar::callbackAt() const {
    return m_callbackAt->dateTime().toSecsSinceEpoch();
}

core::OptId CallOutcomeBar::reasonId() const {
    const QVariant v = m_reason->currentData();
    return v.isValid() ? core::OptId(v.toLongLong()) : std::nullopt;
}

QString CallOutcomeBar::reasonText() const {
    return m_reason->currentText();
}

QString CallOutcomeBar::note() const {
    return m_note->text().trimmed();
}

void CallOutcomeBar::reset() {
    m_note->clear();
    m_detail->setCurrentIndex(kNoDetail);
    clearError();
}

QString CallOutcomeBar::errorText() const {
    for (const QLabel* l : {m_error, m_callbackError, m_reasonError}) {
        if (!l->isHidden()) {
            return l->text();
        }
    }
    return {};
}

void CallOutcomeBar::clearError() {
    m_error->hide();
    m_callbackError->hide();
    m_reasonError->hide();
}

void CallOutcomeBar::showError(const core::Error& error) {
    clearError();
    QLabel* at = m_error;
    if (error.field == QLatin1String("callback_at") && detail() == Detail::Callback) {
        at = m_callbackError;
        m_callbackAt->setFocus();
    } else if (error.field == QLatin1String("reason") && detail() == Detail::Reason) {
        at = m_reasonError;
        m_reason->setFocus();
    }
    at->setText(error.message());
    at->show();
}

}  // namespace fd::app
