#pragma once

#include "services/service_context.h"

#include <QWidget>

namespace fd::core {
class Database;
}

namespace fd::app {

/// A tab of the settings: reads what it shows from the database, and when the person signed in
/// may manage settings, edits it through the core's services (which decide; the page follows).
class SettingsPage : public QWidget {
    Q_OBJECT

public:
    SettingsPage(core::Database& db, core::Clock clock, QWidget* parent)
        : QWidget(parent), m_db(db), m_clock(std::move(clock)) {}

    /// Reads the page's data again; the error, or an empty text.
    virtual QString reload() = 0;

Q_SIGNALS:
    /// Something was saved (for the status line).
    void saved(const QString& message);
    /// The data others show changed (an office, a person): the other pages read again.
    void changed();

protected:
    core::Database& m_db;
    core::Clock m_clock;
};

}  // namespace fd::app
