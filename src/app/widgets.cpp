#include "widgets.h"

#include "io/value_parsers.h"
#include "services/access_policy.h"
#include "services/catalog_reader.h"

#include <QEvent>

#include <QComboBox>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QThread>
#include <QTimer>

namespace fd::app {

QIcon applicationIcon() {
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/funneldesk-%1.png").arg(size), QSize(size, size));
    }
    return icon;
}

QLabel* makeErrorLabel(QWidget* parent, bool bold) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(bold ? QStringLiteral("QLabel { color: #b01c1c; font-weight: bold; }")
                              : QStringLiteral("QLabel { color: #b01c1c; }"));
    label->hide();
    return label;
}

namespace {

/// Rows, not cells: Home and End go to the first and the last record (a plain table moves
/// to the first and the last column of the same row).
class RecordListView final : public QTableView {
public:
    using QTableView::QTableView;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override {
        if (action == MoveHome || action == MoveEnd) {
            modifiers |= Qt::ControlModifier;
        }
        return QTableView::moveCursor(action, modifiers);
    }
};

}  // namespace

KeyButton makeKeyButton(QWidget* parent, QWidget* keyHost, const QString& key, const QString& text) {
    auto* button = new QPushButton(QStringLiteral("%1   %2").arg(key, text), parent);
    button->setFocusPolicy(Qt::NoFocus);
    button->setToolTip(QCoreApplication::translate("fd::app::KeyButton", "Key %1").arg(key));
    auto* shortcut = new QShortcut(QKeySequence(key), keyHost);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isEnabled() && button->isVisible()) {
            button->click();
        }
    });
    return {button, shortcut};
}

namespace {

/// Keeps a control disabled: whatever enables it again is undone at once.
class WriteGuard final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::EnabledChange) {
            auto* widget = static_cast<QWidget*>(watched);
            if (widget->isEnabled()) {
                widget->setEnabled(false);
            }
        }
        return false;
    }
};

}  // namespace

void guardWrites(const core::Database& db, QWidget* control) {
    const core::Status allowed = core::writable(db);
    if (allowed || !control) {
        return;
    }
    control->setEnabled(false);
    control->setToolTip(allowed.error().message());
    control->installEventFilter(new WriteGuard(control));
}

QTableView* makeListView(QWidget* parent) {
    auto* view = new RecordListView(parent);
    setUpListView(view);
    return view;
}

void setUpListView(QTableView* view) {
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
}

QString addOffices(QComboBox* box, core::Database& db) {
    const core::Result<std::vector<core::Office>> offices = core::CatalogReader(db).offices();
    if (!offices) {
        return offices.error().message();
    }
    for (const core::Office& o : *offices) {
        if (o.active) {
            box->addItem(o.name, o.id);
        }
    }
    return {};
}

QString addManagers(QComboBox* box, core::Database& db, core::OptId officeId) {
    const core::Result<std::vector<core::Employee>> staff = core::CatalogReader(db).employees();
    if (!staff) {
        return staff.error().message();
    }
    for (const core::Employee& e : *staff) {
        if (e.active && e.role == core::Role::OfficeManager && e.officeId == officeId) {
            box->addItem(e.name, e.id);
        }
    }
    return {};
}

QString addReasons(QComboBox* box, core::Database& db, core::ReasonGate gate) {
    const core::Result<std::vector<core::Reason>> reasons = core::CatalogReader(db).reasons();
    if (!reasons) {
        return reasons.error().message();
    }
    for (const core::Reason& r : *reasons) {
        if (r.active && r.gate == gate) {
            box->addItem(r.name, r.id);
        }
    }
    return {};
}

std::optional<core::Money> parseAmount(const QString& text, QString* error) {
    const QString t = text.trimmed();
    const auto amount = core::parseAmount(t);
    if (!amount) {
        *error =
            t.isEmpty()
                ? QCoreApplication::translate("fd::app::Names", "Enter the amount.")
                : QCoreApplication::translate("fd::app::Names", "\"%1\" is not an amount of money.").arg(t);
    }
    return amount;
}

void runOffThread(const std::function<void()>& work, const std::function<void()>& tick) {
    std::unique_ptr<QThread> thread(QThread::create(work));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &loop, tick);
    timer.start(50);
    thread->start();
    if (!thread->isFinished()) {
        loop.exec();
    }
    thread->wait();
    tick();
}

}  // namespace fd::app
