#pragma once

#include <QDialog>

class QPushButton;

namespace fd::app {

/// What a first start offers when there is no database yet: the demo company to try, or a
/// company of one's own (the wizard), or a database file from elsewhere.
class FirstStartDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Choice { None, Demo, NewCompany, OpenFile };

    explicit FirstStartDialog(QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QPushButton* demoButton() const { return m_demo; }
    QPushButton* companyButton() const { return m_company; }

private:
    Choice m_choice = Choice::None;
    QPushButton* m_demo = nullptr;
    QPushButton* m_company = nullptr;
};

}  // namespace fd::app
