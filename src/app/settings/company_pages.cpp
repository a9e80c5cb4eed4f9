// The reasons and company tabs of the settings (declared in catalog_pages.h).
#include "services/access_policy.h"
#include "services/catalog_reader.h"
#include "services/catalog_service.h"
#include "services/company_settings.h"
#include "settings/catalog_pages.h"
#include "widgets.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::app {

ReasonsPage::ReasonsPage(core::Database& db, core::Clock clock, QWidget* parent)
    : SettingsPage(db, std::move(clock), parent) {
    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    columns->addWidget(buildColumn(core::ReasonGate::CallCenter, tr("Why the call center loses a lead")));
    columns->addWidget(
        buildColumn(core::ReasonGate::Office, tr("Why a client leaves the office without buying")));
    layout->addLayout(columns, 1);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
}

QWidget* ReasonsPage::buildColumn(core::ReasonGate gate, const QString& title) {
    auto* box = new QGroupBox(title, this);
    auto* layout = new QVBoxLayout(box);
    auto* list = new QListWidget(box);
    (gate == core::ReasonGate::CallCenter ? m_callCenter : m_office) = list;
    layout->addWidget(list, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add…"), box);
    auto* rename = new QPushButton(tr("Rename…"), box);
    auto* toggle = new QPushButton(tr("Retire / restore"), box);
    auto* up = new QPushButton(tr("Up"), box);
    auto* down = new QPushButton(tr("Down"), box);
    for (QPushButton* b : {add, rename, toggle, up, down}) {
        buttons->addWidget(b);
        b->setVisible(core::permit(m_db, core::Action::ManageSettings).ok());
    }
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this, gate] { this->add(gate); });
    connect(rename, &QPushButton::clicked, this, [this, gate] { this->rename(gate); });
    connect(toggle, &QPushButton::clicked, this, [this, gate] { this->toggle(gate); });
    connect(up, &QPushButton::clicked, this, [this, gate] { move(gate, true); });
    connect(down, &QPushButton::clicked, this, [this, gate] { move(gate, false); });
    return box;
}

QListWidget* ReasonsPage::listOf(core::ReasonGate gate) const {
    return gate == core::ReasonGate::CallCenter ? m_callCenter : m_office;
}

QString ReasonsPage::reload() {
    core::Result<std::vector<core::Reason>> reasons = core::CatalogReader(m_db).reasons();
    if (!reasons) {
        return reasons.error().message();
    }
    m_reasons = std::move(reasons).value();
    for (QListWidget* list : {m_callCenter, m_office}) {
        list->clear();
    }
    for (const core::Reason& r : m_reasons) {
        auto* item = new QListWidgetItem(r.active ? r.name : tr("%1 (retired)").arg(r.name), listOf(r.gate));
        item->setData(Qt::UserRole, r.id);
        if (!r.active) {
            item->setForeground(Qt::gray);
        }
    }
    return {};
}

std::optional<core::Reason> ReasonsPage::selected(core::ReasonGate gate) const {
    const QListWidgetItem* item = listOf(gate)->currentItem();
    if (!item) {
        return std::nullopt;
    }
    const core::Id id = item->data(Qt::UserRole).toLongLong();
    for (const core::Reason& r : m_reasons) {
        if (r.id == id) {
            return r;
        }
    }
    return std::nullopt;
}

void ReasonsPage::done(const core::Status& status, core::ReasonGate gate, core::Id keep,
                       const QString& message) {
    if (!status) {
        m_error->setText(status.error().message());
        m_error->show();
        return;
    }
    m_error->hide();
    reload();
    QListWidget* list = listOf(gate);
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toLongLong() == keep) {
            list->setCurrentRow(i);
        }
    }
    Q_EMIT saved(message);
}

void ReasonsPage::add(core::ReasonGate gate) {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New reason"), tr("Reason:"), QLineEdit::Normal, {}, &ok);
    if (!ok) {
        return;
    }
    const core::Result<core::Id> added = core::CompanySettings(m_db, m_clock).addReason(gate, name);
    done(added ? core::Status(core::Ok{}) : core::Status(added.error()), gate, added ? *added : 0,
         tr("Reason added: %1").arg(name.simplified()));
}

void ReasonsPage::rename(core::ReasonGate gate) {
    std::optional<core::Reason> r = selected(gate);
    if (!r) {
        return;
    }
    bool ok = false;
    r->name =
        QInputDialog::getText(this, tr("Rename the reason"), tr("Reason:"), QLineEdit::Normal, r->name, &ok);
    if (ok) {
        done(core::CompanySettings(m_db, m_clock).updateReason(*r), gate, r->id,
             tr("Reason saved: %1").arg(r->name.simplified()));
    }
}

void ReasonsPage::toggle(core::ReasonGate gate) {
    std::optional<core::Reason> r = selected(gate);
    if (!r) {
        return;
    }
    r->active = !r->active;
    done(core::CompanySettings(m_db, m_clock).updateReason(*r), gate, r->id,
         r->active ? tr("Reason offered again: %1").arg(r->name) : tr("Reason retired: %1").arg(r->name));
}

void ReasonsPage::move(core::ReasonGate gate, bool up) {
    const std::optional<core::Reason> r = selected(gate);
    if (!r) {
        return;
    }
    using Move = core::CompanySettings::Move;
    done(core::CompanySettings(m_db, m_clock).moveReason(r->id, up ? Move::Up : Move::Down), gate, r->id,
         tr("Reason moved: %1").arg(r->name));
}

CompanyPage::CompanyPage(core::Database& db, core::Clock clock, QWidget* parent)
    : SettingsPage(db, std::move(clock), parent) {
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    const std::vector<std::pair<QString, QString>> fields = {
        {QStringLiteral("company_name"), tr("Company &name:")},
        {QStringLiteral("report_time_zone"), tr("Reports count days in (&time zone):")},
        {QStringLiteral("attribution_window_days"), tr("A repeat request within (&days):")},
        {QStringLiteral("first_call_sla_minutes"), tr("First call within (&minutes):")},
        {QStringLiteral("max_call_attempts"), tr("Unanswered calls before a lead &rests:")},
    };
    const bool editable = core::permit(m_db, core::Action::ManageSettings).ok();
    for (const auto& [key, label] : fields) {
        auto* edit = new QLineEdit(this);
        edit->setReadOnly(!editable);
        edit->setMaximumWidth(420);
        m_edits.insert(key, edit);
        form->addRow(label, edit);
    }
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* save = new QPushButton(tr("&Save the settings"), this);
    save->setVisible(editable);
    auto* row = new QHBoxLayout;
    row->addWidget(save);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    connect(save, &QPushButton::clicked, this, &CompanyPage::save);
}

QString CompanyPage::reload() {
    m_values.clear();
    for (const core::CatalogService::Setting& s : core::CatalogService(m_db, m_clock).settings()) {
        m_values.insert(s.key, s.value);
        if (QLineEdit* edit = m_edits.value(s.key)) {
            edit->setText(s.value);
        }
    }
    m_error->hide();
    return {};
}

void CompanyPage::save() {
    QStringList changedKeys;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        if (it.value()->text().trimmed() == m_values.value(it.key())) {
            continue;
        }
        if (const core::Status done =
                core::CatalogService(m_db, m_clock).changeSetting(it.key(), it.value()->text());
            !done) {
            m_error->setText(done.error().message());
            m_error->show();
            it.value()->setFocus();
            return;
        }
        changedKeys << it.key();
    }
    reload();
    Q_EMIT saved(changedKeys.isEmpty() ? tr("Nothing changed") : tr("Settings saved"));
}

}  // namespace fd::app
