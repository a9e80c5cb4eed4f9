#include "dialogs/booking_dialog.h"

#include "formatting.h"
#include "models/slot_grid_model.h"
#include "services/catalog_reader.h"
#include "services/meeting_service.h"
#include "widgets.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace fd::app {

BookingDialog::BookingDialog(core::Database& db, core::Clock clock, Submit submit, const QString& title,
                             core::OptId officeId, core::OptTime current, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(std::move(clock)), m_submit(std::move(submit)), m_current(current) {
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    const DayButtons days = addTopBar(layout);
    addGrid(layout);
    addFooter(layout);

    if (const QString failed = addOffices(m_office, m_db); !failed.isEmpty()) {
        m_error->setText(failed);
        m_error->show();
    }
    if (officeId) {
        m_office->setCurrentIndex(std::max(0, m_office->findData(*officeId)));
    }
    // Wired after the offices are listed: filling the list is not a change of office.
    connectControls(days);

    if (m_current) {
        m_day = QDateTime::fromSecsSinceEpoch(*m_current).date();
    }
    officeChanged();
    // Open where something can be booked: the coming weeks when this one is full.
    for (int i = 0; i < 8 && !m_current && !m_model->refusal(m_view->currentIndex()).isEmpty(); ++i) {
        step(1);
    }
    resize(900, 560);
    m_view->setFocus();
}

BookingDialog::DayButtons BookingDialog::addTopBar(QVBoxLayout* layout) {
    auto* top = new QHBoxLayout;
    m_office = new QComboBox(this);
    m_manager = new QComboBox(this);
    m_span = new QComboBox(this);
    m_span->addItem(tr("Week"));
    m_span->addItem(tr("Day"));
    DayButtons days;
    days.prev = new QToolButton(this);
    days.prev->setText(QStringLiteral("◀"));
    days.prev->setToolTip(tr("Earlier (Alt+Left)"));
    days.today = new QToolButton(this);
    days.today->setText(tr("Today"));
    days.next = new QToolButton(this);
    days.next->setText(QStringLiteral("▶"));
    days.next->setToolTip(tr("Later (Alt+Right)"));
    m_range = new QLabel(this);
    auto* officeLabel = new QLabel(tr("&Office:"), this);
    officeLabel->setBuddy(m_office);
    auto* managerLabel = new QLabel(tr("&Manager:"), this);
    managerLabel->setBuddy(m_manager);
    top->addWidget(officeLabel);
    top->addWidget(m_office, 1);
    top->addWidget(managerLabel);
    top->addWidget(m_manager, 1);
    top->addSpacing(12);
    top->addWidget(m_span);
    top->addWidget(days.prev);
    top->addWidget(days.today);
    top->addWidget(days.next);
    top->addWidget(m_range);
    layout->addLayout(top);
    return days;
}

void BookingDialog::addGrid(QVBoxLayout* layout) {
    m_model = new SlotGridModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->setStyleSheet(QStringLiteral("QTableView::item:selected { background: #3d6fb6; color: white; }"));
    layout->addWidget(m_view, 1);
}

void BookingDialog::addFooter(QVBoxLayout* layout) {
    m_info = new QLabel(this);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b01c1c; font-weight: bold; }"));
    m_error->hide();
    layout->addWidget(m_info);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons = buttons;
    QPushButton* bookButton = buttons->addButton(tr("&Book this slot"), QDialogButtonBox::AcceptRole);
    bookButton->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the grid reaches the default button; a double click books too.
    connect(bookButton, &QPushButton::clicked, this, &BookingDialog::book);
    connect(m_view, &QTableView::doubleClicked, this, &BookingDialog::book);
}

void BookingDialog::connectControls(const DayButtons& days) {
    connect(m_office, &QComboBox::currentIndexChanged, this, &BookingDialog::officeChanged);
    connect(m_span, &QComboBox::currentIndexChanged, this, &BookingDialog::reload);
    connect(days.prev, &QToolButton::clicked, this, [this] { step(-1); });
    connect(days.next, &QToolButton::clicked, this, [this] { step(1); });
    connect(days.today, &QToolButton::clicked, this, [this] {
        m_day = {};
        officeChanged();
    });
    connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this), &QShortcut::activated, this,
            [this] { step(-1); });
    connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this), &QShortcut::activated, this,
            [this] { step(1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BookingDialog::selectionMoved);
}

void BookingDialog::allowCancel(std::function<core::Status()> cancel) {
    QPushButton* button = m_buttons->addButton(tr("Cancel the &meeting"), QDialogButtonBox::ResetRole);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, [this, cancel = std::move(cancel)] {
        m_error->hide();
        const core::Status done = cancel();
        if (!done) {
            m_error->setText(done.error().message());
            m_error->show();
            return;
        }
        m_cancelled = true;
        accept();
    });
}

core::OptId BookingDialog::officeId() const {
    const QVariant v = m_office->currentData();
    return v.isValid() ? core::OptId(v.toLongLong()) : std::nullopt;
}

bool BookingDialog::weekView() const {
    return m_span->currentIndex() == 0;
}

void BookingDialog::setWeekView(bool week) {
    m_span->setCurrentIndex(week ? 0 : 1);
}

void BookingDialog::showDate(QDate day) {
    m_day = day;
    reload();
}

QString BookingDialog::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void BookingDialog::officeChanged() {
    m_manager->clear();
    m_manager->addItem(tr("any manager"));
    const core::OptId office = officeId();
    addManagers(m_manager, m_db, office);
    if (!m_day.isValid() && office) {
        const core::Result<std::optional<core::Office>> o = core::CatalogReader(m_db).office(*office);
        if (!o) {
            m_error->setText(o.error().message());
            m_error->show();
        }
        const QTimeZone zone(o && *o ? (*o)->timeZone.toUtf8() : QByteArray("Europe/Moscow"));
        m_day = QDateTime::fromSecsSinceEpoch(m_clock(), zone).date();
    }
    reload();
}

void BookingDialog::step(int direction) {
    m_day = m_day.addDays(direction * (weekView() ? 7 : 1));
    reload();
}

void BookingDialog::reload() {
    const core::OptId office = officeId();
    if (!office || !m_day.isValid()) {
        m_model->setGrid({});
        return;
    }
    const QModelIndex was = m_view->currentIndex();
    const qint64 wasStart = was.isValid() ? m_model->data(was, SlotGridModel::StartRole).toLongLong() : 0;
    const QDate first = weekView() ? m_day.addDays(1 - m_day.dayOfWeek()) : m_day;
    core::Result<core::SlotGrid> grid =
        core::MeetingService(m_db, m_clock).slotGrid(*office, first, weekView() ? 7 : 1);
    if (!grid) {
        m_model->setGrid({});
        m_error->setText(grid.error().message());
        m_error->show();
        return;
    }
    m_model->setGrid(std::move(grid).value());
    const QLocale locale;
    m_range->setText(weekView()
                         ? QStringLiteral("%1 – %2").arg(locale.toString(first, dateFormat()),
                                                         locale.toString(first.addDays(6), dateFormat()))
                         : locale.toString(first, QStringLiteral("dddd, ") + dateFormat()));
    // Keep the slot the operator was on; else the meeting being moved; else the first free one.
    QModelIndex target = wasStart ? m_model->indexOfStart(wasStart) : QModelIndex();
    if (!target.isValid() && m_current) {
        target = m_model->indexOfStart(*m_current);
    }
    for (int c = 0; c < m_model->columnCount() && !target.isValid(); ++c) {
        for (int r = 0; r < m_model->rowCount() && !target.isValid(); ++r) {
            if (m_model->refusal(m_model->index(r, c)).isEmpty()) {
                target = m_model->index(r, c);
            }
        }
    }
    if (!target.isValid() && m_model->rowCount() > 0 && m_model->columnCount() > 0) {
        target = m_model->index(0, 0);
    }
    m_view->setCurrentIndex(target);
    selectionMoved();
}

void BookingDialog::selectionMoved() {
    m_info->setText(m_model->describe(m_view->currentIndex()));
}

void BookingDialog::book() {
    m_error->hide();
    const QModelIndex index = m_view->currentIndex();
    const core::SlotCell* cell = m_model->cell(index);
    const core::OptId office = officeId();
    if (!cell || !office || cell->state == core::SlotCell::State::Closed) {
        m_error->setText(m_model->refusal(index));
        m_error->show();
        return;
    }
    core::BookingRequest request;
    request.officeId = *office;
    request.scheduledAt = cell->start;
    const QVariant manager = m_manager->currentData();
    if (manager.isValid()) {
        request.managerId = manager.toLongLong();
    }
    core::Result<core::Id> booked = m_submit(request);
    if (!booked) {
        m_error->setText(booked.error().message());
        m_error->show();
        reload();
        return;
    }
    m_savedId = *booked;
    accept();
}

}  // namespace fd::app
