#include "settings/first_start_dialog.h"

#include "services/demo_generator.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::app {

namespace {

/// A large button with a title and a line under it saying what it does.
QPushButton* makeChoice(QWidget* parent, const QString& title, const QString& what) {
    auto* button = new QPushButton(title + QLatin1Char('\n') + what, parent);
    button->setMinimumHeight(72);
    button->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 8px 14px; }"));
    return button;
}

}  // namespace

FirstStartDialog::FirstStartDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Welcome to FunnelDesk"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<h3>Welcome to FunnelDesk</h3><p>Leads, calls, meetings in the office and "
                                "the money they bring, in one place. How would you like to start?</p>"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_demo = makeChoice(this, tr("Try the demo company"),
                        tr("A fictional company with a year of history; sign in as any role (password "
                           "\"%1\").")
                            .arg(QString::fromLatin1(core::kDemoPassword)));
    m_company = makeChoice(this, tr("Start my company"),
                           tr("Your company's name, its first office and its administrator; then import your "
                              "leads or start taking them."));
    layout->addWidget(m_demo);
    layout->addWidget(m_company);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* open = buttons->addButton(tr("&Open a database file…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    auto choose = [this](Choice c) {
        m_choice = c;
        accept();
    };
    connect(m_demo, &QPushButton::clicked, this, [choose] { choose(Choice::Demo); });
    connect(m_company, &QPushButton::clicked, this, [choose] { choose(Choice::NewCompany); });
    connect(open, &QPushButton::clicked, this, [choose] { choose(Choice::OpenFile); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_demo->setDefault(true);  // Enter tries the demo; a company of one's own is one click away
    m_demo->setFocus();
    resize(520, 340);
}

}  // namespace fd::app
