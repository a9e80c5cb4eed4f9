#include "dialogs/new_lead_dialog.h"

#include "formatting.h"
#include "services/catalog_reader.h"
#include "views/lead_card.h"
#include "widgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace fd::app {

namespace {}  // namespace

NewLeadDialog::NewLeadDialog(core::Database& db, core::Clock clock, core::OptId actorId, Submit submit,
                             const QString& title, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(std::move(clock)), m_actorId(actorId), m_submit(std::move(submit)) {
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(QStringLiteral("+7 912 345-67-89"));
    m_phoneError = makeErrorLabel(this);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_campaign = new QComboBox(this);
    m_note = new QLineEdit(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(QString(), m_phoneError);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("C&ampaign:"), m_campaign);
    form->addRow(tr("N&ote:"), m_note);
    layout->addLayout(form);

    m_duplicatePanel = new QFrame(this);
    m_duplicatePanel->setObjectName(QStringLiteral("duplicate"));
    m_duplicatePanel->setStyleSheet(QStringLiteral(
        "QFrame#duplicate { background: #fff4d6; border: 1px solid #e8c66a; border-radius: 4px; }"));
    auto* dupLayout = new QVBoxLayout(m_duplicatePanel);
    m_duplicateText = new QLabel(m_duplicatePanel);
    m_duplicateText->setWordWrap(true);
    m_duplicateCard = new LeadCard(m_duplicatePanel);
    m_duplicateCard->setMinimumHeight(180);
    m_openExisting = new QPushButton(tr("&Open this lead instead"), m_duplicatePanel);
    dupLayout->addWidget(m_duplicateText);
    dupLayout->addWidget(m_duplicateCard, 1);
    dupLayout->addWidget(m_openExisting, 0, Qt::AlignLeft);
    m_duplicatePanel->hide();
    layout->addWidget(m_duplicatePanel, 1);

    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* saveButton = buttons->addButton(tr("&Create lead"), QDialogButtonBox::AcceptRole);
    saveButton->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveButton, &QPushButton::clicked, this, &NewLeadDialog::save);
    connect(m_openExisting, &QPushButton::clicked, this, [this] {
        m_openedExisting = true;
        accept();
    });

    m_channel->addItem(tr("(not known)"));
    const core::Result<std::vector<core::Channel>> channels = core::CatalogReader(m_db).channels();
    if (!channels) {
        m_error->setText(channels.error().message());
        m_error->show();
    }
    for (const core::Channel& c : channels ? *channels : std::vector<core::Channel>{}) {
        if (c.active) {
            m_channel->addItem(c.name, c.id);
        }
    }
    fillCampaigns();
    connect(m_channel, &QComboBox::currentIndexChanged, this, &NewLeadDialog::fillCampaigns);

    m_phoneTimer = new QTimer(this);
    m_phoneTimer->setSingleShot(true);
    m_phoneTimer->setInterval(300);
    connect(m_phoneTimer, &QTimer::timeout, this, &NewLeadDialog::checkPhoneNow);
    connect(m_phone, &QLineEdit::textEdited, m_phoneTimer, qOverload<>(&QTimer::start));
    resize(560, 300);
}

QString NewLeadDialog::phoneError() const {
    return m_phoneError->isVisible() ? m_phoneError->text() : QString();
}

void NewLeadDialog::fillCampaigns() {
    m_campaign->clear();
    m_campaign->addItem(tr("(none)"));
    const QVariant channel = m_channel->currentData();
    if (!channel.isValid()) {
        m_campaign->setEnabled(false);
        return;
    }
    // The channel alone is enough when the campaigns cannot be read; the save reports a
    // broken database.
    const core::Result<std::vector<core::Campaign>> campaigns = core::CatalogReader(m_db).campaigns();
    for (const core::Campaign& c : campaigns ? *campaigns : std::vector<core::Campaign>{}) {
        if (c.active && c.channelId == channel.toLongLong()) {
            m_campaign->addItem(c.name, c.id);
        }
    }
    m_campaign->setEnabled(m_campaign->count() > 1);
}

void NewLeadDialog::checkPhoneNow() {
    m_phoneTimer->stop();
    m_phoneError->hide();
    const QString digits = m_phone->text().trimmed();
    core::Result<core::OptId> found = core::LeadService(m_db, m_clock).leadWithPhone(digits);
    // While the number is still being typed, an unusable phone is not yet an error.
    const bool duplicate = found.ok() && found->has_value();
    m_duplicate = duplicate ? *found : std::nullopt;
    m_duplicatePanel->setVisible(duplicate);
    if (duplicate) {
        m_duplicateText->setText(tr(
            "<b>This phone is already in the database.</b> Open the client's lead instead of creating a "
            "duplicate; a new request within the attribution window is recorded as a repeat touch of it."));
        m_duplicateCard->showLead(m_db, **found);
        resize(width(), std::max(height(), 620));
    }
}

void NewLeadDialog::showFieldError(const core::Error& error) {
    if (error.field == QLatin1String("phone")) {
        m_phoneError->setText(error.message());
        m_phoneError->show();
        m_phone->setFocus();
        m_phone->selectAll();
    } else {
        m_error->setText(error.message());
        m_error->show();
    }
}

void NewLeadDialog::save() {
    m_error->hide();
    m_phoneError->hide();
    core::NewLead in;
    in.name = m_name->text();
    in.phone = m_phone->text();
    in.note = m_note->text();
    in.actorId = m_actorId;
    if (m_channel->currentData().isValid()) {
        in.channelId = m_channel->currentData().toLongLong();
    }
    if (m_campaign->currentData().isValid()) {
        in.campaignId = m_campaign->currentData().toLongLong();
    }
    if (in.phone.trimmed().isEmpty()) {
        showFieldError(
            core::Error::make(core::ErrorCode::InvalidInput,
                              QT_TRANSLATE_NOOP("fd::core::Error", "Enter the caller's phone number."), {},
                              QStringLiteral("phone")));
        return;
    }
    core::Result<core::Id> saved = m_submit(in);
    if (!saved) {
        showFieldError(saved.error());
        return;
    }
    m_savedId = *saved;
    accept();
}

}  // namespace fd::app
