#pragma once

#include "domain/entities.h"

#include <QString>

#include <functional>

#include <optional>

class QComboBox;
class QIcon;
class QLabel;
class QPushButton;
class QShortcut;
class QTableView;
class QWidget;

namespace fd::core {
class Database;
}

namespace fd::app {

/// The application's icon, in every size it is drawn at (window, About dialog, task bar).
QIcon applicationIcon();

/// A hidden red line for a refusal under a field or a form.
QLabel* makeErrorLabel(QWidget* parent, bool bold = false);

/// A button labelled "KEY   text" and the shortcut that clicks it while it is enabled and
/// shown, wherever the focus is inside `keyHost` (a workspace: the list keeps the focus).
struct KeyButton {
    QPushButton* button = nullptr;
    QShortcut* shortcut = nullptr;
};
KeyButton makeKeyButton(QWidget* parent, QWidget* keyHost, const QString& key, const QString& text);

/// What saves something stays disabled, its tooltip saying why, while `db` can only be read (a
/// read-only file, folder or drive, a newer FunnelDesk's database, damage); enabling it later
/// does not undo that. The services refuse such writes anyway: this only says so up front.
void guardWrites(const core::Database& db, QWidget* control);

/// A list of records: whole rows selected one at a time, read-only, compact rows. Home, End,
/// Page Up and Page Down move the selection between rows, as in every other list.
QTableView* makeListView(QWidget* parent);
void setUpListView(QTableView* view);

// Choice lists filled from the catalog. Each appends (item data = the id) and returns an
// empty text, or the database's error.
QString addOffices(QComboBox* box, core::Database& db);
QString addManagers(QComboBox* box, core::Database& db, core::OptId officeId);
QString addReasons(QComboBox* box, core::Database& db, core::ReasonGate gate);

/// An amount of money as typed ("120 000", "30000,50"); an empty result and `error` set when
/// it is empty or not an amount.
std::optional<core::Money> parseAmount(const QString& text, QString* error);

/// Runs `work` on a thread of its own (it opens its own database connection) while this
/// thread keeps its event loop going, calling `tick` every 50 ms (progress, a Cancel button);
/// returns when the work is done.
void runOffThread(const std::function<void()>& work, const std::function<void()>& tick);

}  // namespace fd::app
