#pragma once

#include "domain/motivation.h"
#include "services/service_context.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace fd::core {
class Database;
}

namespace fd::app {

/// The head's editor of a role's bonus scheme from a month on: its rules in order, each of one of
/// the four kinds. Saving starts a new version of the scheme from that month; closed months keep
/// what they were paid by.
class SchemeDialog final : public QDialog {
    Q_OBJECT

public:
    SchemeDialog(core::Database& db, core::Clock clock, QDate month, QWidget* parent = nullptr);

    QComboBox* roleBox() const { return m_role; }
    QTableWidget* rules() const { return m_rules; }
    void addRule(const core::BonusRule& rule);
    bool save();
    QString errorText() const;

private:
    void load();
    std::vector<core::BonusRule> rulesShown(QString* problem) const;

    core::Database& m_db;
    core::Clock m_clock;
    QDate m_month;
    QComboBox* m_role = nullptr;
    QTableWidget* m_rules = nullptr;
    QLabel* m_error = nullptr;
};

}  // namespace fd::app
