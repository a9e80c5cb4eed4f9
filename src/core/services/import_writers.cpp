#include "services/import_writers.h"

#include "domain/phone.h"
#include "domain/text_limits.h"
#include "io/import_time.h"
#include "io/value_parsers.h"
#include "services/crm_vocabulary.h"

#include <limits>

namespace fd::core {

namespace {

QString fold(const QString& s) {
    return s.simplified().toCaseFolded();
}

Error rowError(const char* key, QStringList args, const char* field) {
    return Error::make(ErrorCode::InvalidInput, key, std::move(args), QString::fromLatin1(field));
}

Campaign utmOf(const ImportRow& row) {
    Campaign utm;
    utm.utmSource = row("utm_source");
    utm.utmMedium = row("utm_medium");
    utm.utmCampaign = row("utm_campaign");
    return utm;
}

}  // namespace

QString ImportRow::operator()(const char* field) const {
    // Found without making a QString of the name: a row asks for a field some twenty times.
    const QLatin1StringView name(field);
    auto columns = m_c.cbegin();
    while (columns != m_c.cend() && columns.key() != name) {
        ++columns;
    }
    if (columns == m_c.cend()) {
        return {};
    }
    for (const int i : columns.value()) {
        QString v = i < m_r.fields.size() ? m_r.fields[i].trimmed() : QString();
        // A cell an export neutralized against formulas ("'+7912…") reads as it was.
        if (v.size() > 1 && v.front() == QLatin1Char('\'') && QStringLiteral("=+-@").contains(v[1])) {
            v.remove(0, 1);
        }
        if (!v.isEmpty()) {
            return v;
        }
    }
    return {};
}

ImportNames::ImportNames(Database& db, Clock clock) : m_catalog(db), m_service(db, std::move(clock)) {
    for (const Channel& ch : m_catalog.channels()) {
        m_channels.insert(fold(ch.name), ch.id);
    }
    for (const Campaign& cp : m_catalog.campaigns()) {
        m_campaigns.insert(campaignKey(cp.channelId, cp.name), cp.id);
    }
    for (const Employee& e : m_catalog.employees()) {
        if (e.active) {
            m_employees.insert(fold(e.name), e.id);
        }
    }
    for (const Office& office : m_catalog.offices()) {
        m_offices.insert(fold(office.name), office.id);
    }
}

Result<OptId> ImportNames::channel(const QString& name) {
    if (name.isEmpty()) {
        return OptId{};
    }
    if (const auto seen = m_seenChannels.constFind(name); seen != m_seenChannels.cend()) {
        return OptId{*seen};  // the same spelling as a row before: not folded again
    }
    auto found = m_channels.constFind(fold(name));
    if (found == m_channels.cend()) {
        const Result<Id> added = m_service.addChannel(name);
        if (!added && added.error().code == ErrorCode::Refused) {
            // A marketer's spend names a channel the company has not set up.
            return Error::make(
                ErrorCode::Refused,
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "There is no channel \"%1\"; only the administrator adds "
                                  "channels (Settings ▸ Channels). Name one that exists or ask "
                                  "them to add it."),
                {name}, QStringLiteral("channel"));
        }
        if (!added) {
            return added.error();
        }
        found = m_channels.insert(fold(name), *added);
    }
    m_seenChannels.insert(name, *found);
    return OptId{*found};
}

Result<OptId> ImportNames::campaign(OptId channelId, const QString& name, const Campaign& utm) {
    if (name.isEmpty() || !channelId) {
        return OptId{};
    }
    if (const auto seen = m_seenCampaigns.constFind({*channelId, name}); seen != m_seenCampaigns.cend()) {
        return OptId{*seen};
    }
    const QString key = campaignKey(*channelId, name);
    auto found = m_campaigns.constFind(key);
    if (found == m_campaigns.cend()) {
        Campaign cp = utm;
        cp.channelId = *channelId;
        cp.name = name;
        const Result<Id> added = m_service.addCampaign(cp);
        if (!added && added.error().code == ErrorCode::Refused) {
            return Error::make(
                ErrorCode::Refused,
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "There is no campaign \"%1\" in this channel; only the "
                                  "administrator adds campaigns (Settings ▸ Channels). Name one "
                                  "that exists or ask them to add it."),
                {name}, QStringLiteral("campaign"));
        }
        if (!added) {
            return added.error();
        }
        found = m_campaigns.insert(key, *added);
    }
    m_seenCampaigns.insert({*channelId, name}, *found);
    return OptId{*found};
}

OptId ImportNames::employee(const QString& name) const {
    if (name.isEmpty()) {
        return std::nullopt;
    }
    const auto found = m_employees.constFind(fold(name));
    return found == m_employees.cend() ? std::nullopt : OptId{*found};
}

bool ImportNames::isOffice(const QString& name) const {
    return m_offices.contains(fold(name));
}

QString ImportNames::campaignKey(Id channelId, const QString& name) {
    return QString::number(channelId) + QLatin1Char('/') + fold(name);
}

ImportWriter::ImportWriter(Database& db, const Clock& clock, const QStringList& header,
                           const ImportColumns& columns, bool bulk)
    : m_db(db),
      m_clock(clock),
      m_header(header),
      m_columns(columns),
      m_names(db, clock),
      m_intake(db, bulk ? LeadIntake::Mode::Bulk : LeadIntake::Mode::Batch),
      m_deals(db, clock),
      m_catalog(db, clock),
      m_leadRows(db),
      m_dealRows(db),
      m_catalogRows(db),
      m_zone(m_catalog.reportTimeZone().toUtf8()) {}

std::optional<Result<ImportRowOutcome>> ImportWriter::precheck(ImportKind kind, const ImportRow& row) const {
    if (const QString stage = row("stage");
        !stage.isEmpty() && !fold(stage).contains(QStringLiteral("успешно"))) {
        // An amoCRM deal that is not won is not a sale.
        return Result<ImportRowOutcome>(ImportRowOutcome::Ignored);
    }
    for (const QString& f : requiredImportFields(kind)) {
        if (row(f.toLatin1().constData()).isEmpty()) {
            return Result<ImportRowOutcome>(
                Error::make(ErrorCode::InvalidInput,
                            QT_TRANSLATE_NOOP("fd::core::Error", "The row has no %1."), {headerOf(f)}, f));
        }
    }
    return std::nullopt;
}

ImportLeadRow ImportWriter::readLead(const ImportRow& row) const {
    ImportLeadRow r;
    if (auto early = precheck(ImportKind::Leads, row)) {
        r.early = std::move(early);
        return r;
    }
    r.externalId = row("external_id");
    NewLead in;
    in.externalId = r.externalId;
    in.name = row("name");
    in.phone = row("phone");
    in.email = row("email");
    in.note = row("note");
    const Result<std::optional<qint64>> at = timeOf(row, "created_at");
    if (!at) {
        r.timeError = at.error();
        return r;
    }
    in.createdAt = *at;
    // What FunnelDesk has no place for is kept in the note, so nothing in the file is lost.
    auto keepInNote = [&](const char* field, const QString& value) {
        in.note += (in.note.isEmpty() ? QString() : QStringLiteral("\n")) +
                   headerOf(QString::fromLatin1(field)) + QStringLiteral(": ") + value;
    };
    if (const QString stage = row("status"); !stage.isEmpty()) {
        r.status = leadStatusFromStage(stage);
        if (!r.status && !historyStatus(stage)) {
            keepInNote("status", stage);
        }
    }
    if (const QString office = row("office"); !office.isEmpty() && !m_names.isOffice(office)) {
        keepInNote("office", office);
    }
    r.channel = row("channel");
    r.campaign = row("campaign").isEmpty() ? row("utm_campaign") : row("campaign");
    r.utm = utmOf(row);
    r.operatorName = row("operator");
    for (const char* field : {"channel", "campaign", "utm_campaign", "operator"}) {
        if (std::optional<Error> e =
                textError(TextKind::CatalogName, row(field), QString::fromLatin1(field))) {
            r.leadError = *e;
            return r;
        }
    }
    for (const char* field : {"utm_source", "utm_medium"}) {
        if (std::optional<Error> e = textError(TextKind::Utm, row(field), QString::fromLatin1(field))) {
            r.leadError = *e;
            return r;
        }
    }
    Result<CheckedLead> checked = LeadIntake::check(in, m_clock());
    if (!checked) {
        r.leadError = checked.error();
    } else {
        r.lead = std::move(*checked);
        LeadIntake::prepareText(*r.lead);
    }
    return r;
}

Result<ImportRowOutcome> ImportWriter::apply(ImportKind kind, const ImportRow& row, ImportLeadRow* read) {
    if (read) {
        return writeLead(*read);
    }
    if (kind == ImportKind::Leads) {
        ImportLeadRow r = readLead(row);
        return writeLead(r);
    }
    if (auto early = precheck(kind, row)) {
        return *early;
    }
    switch (kind) {
        case ImportKind::Leads:
            break;  // above
        case ImportKind::Deals:
            return deal(row);
        case ImportKind::Payments:
            return payment(row);
        case ImportKind::Spend:
        case ImportKind::Visitors:
            return dailyFigure(kind, row);
    }
    return ImportRowOutcome::Ignored;
}

int ImportWriter::columnOf(const QString& field) const {
    const QList<int> c = m_columns.value(field);
    return c.isEmpty() ? -1 : c.front();
}

QString ImportWriter::headerOf(const QString& field) const {
    const QList<int> c = m_columns.value(field);
    return c.isEmpty() ? field : m_header.value(c.front(), field);
}

Result<std::optional<qint64>> ImportWriter::timeOf(const ImportRow& row, const char* field) const {
    const QString text = row(field);
    if (text.isEmpty()) {
        return std::optional<qint64>{};
    }
    const auto at = parseImportTime(text, m_zone);
    if (!at) {
        return rowError(QT_TRANSLATE_NOOP("fd::core::Error", "\"%1\" is not a date and time."), {text},
                        field);
    }
    return std::optional<qint64>{*at};
}

Result<std::optional<Money>> ImportWriter::amountOf(const ImportRow& row, const char* field,
                                                    bool zeroAllowed) {
    const QString text = row(field);
    if (text.isEmpty()) {
        return std::optional<Money>{};
    }
    const auto money = parseAmount(text);
    if (!money) {
        return rowError(QT_TRANSLATE_NOOP("fd::core::Error", "\"%1\" is not an amount of money."), {text},
                        field);
    }
    if (money->kopecks < 0 || (!zeroAllowed && money->kopecks == 0)) {
        return zeroAllowed
                   ? rowError(QT_TRANSLATE_NOOP("fd::core::Error", "The amount %1 cannot be negative."),
                              {text}, field)
                   : rowError(
                         QT_TRANSLATE_NOOP("fd::core::Error", "The amount %1 must be greater than zero."),
                         {text}, field);
    }
    return std::optional<Money>{*money};
}

Result<ImportRowOutcome> ImportWriter::writeLead(ImportLeadRow& r) {
    if (r.early) {
        return *r.early;
    }
    if (!r.externalId.isEmpty() && m_intake.externalIdKnown(r.externalId)) {
        return ImportRowOutcome::Unchanged;
    }
    if (r.timeError) {
        return *r.timeError;
    }
    const Result<OptId> channel = m_names.channel(r.channel);
    if (!channel) {
        return channel.error();
    }
    const Result<OptId> campaign = m_names.campaign(*channel, r.campaign, r.utm);
    if (!campaign) {
        return campaign.error();
    }
    if (r.leadError) {
        return *r.leadError;
    }
    // The catalog references come from the name cache, so the intake writes without the
    // per-lead lookups and savepoint createLead needs for input from a screen.
    CheckedLead& lead = *r.lead;
    lead.input.channelId = *channel;
    lead.input.campaignId = *campaign;
    lead.input.operatorId = m_names.employee(r.operatorName);
    const CreatedLead created = m_intake.write(lead, r.status.value_or(LeadStatus::New));
    return created.repeatTouch ? ImportRowOutcome::RepeatTouch : ImportRowOutcome::Created;
}

Result<ImportRowOutcome> ImportWriter::deal(const ImportRow& row) {
    const QString externalId = row("external_id");
    if (!externalId.isEmpty() && m_dealRows.dealByExternalId(externalId)) {
        return ImportRowOutcome::Unchanged;
    }
    OptId leadId;
    const QString leadExternal = row("lead_external_id");
    if (!leadExternal.isEmpty()) {
        leadId = m_leadRows.leadIdByExternalId(leadExternal);
    }
    const QString phoneText = row("lead_phone");
    if (!leadId && !phoneText.isEmpty()) {
        const Result<Phone> phone = PhoneNormalizer::normalize(phoneText);
        if (!phone) {
            Error e = phone.error();
            e.field = QStringLiteral("lead_phone");
            return e;
        }
        leadId = m_leadRows.recentLeadByPhone(phone->e164, std::numeric_limits<qint64>::min(),
                                              std::numeric_limits<qint64>::max());
    }
    if (!leadId) {
        return leadExternal.isEmpty()
                   ? rowError(QT_TRANSLATE_NOOP("fd::core::Error", "No lead has the phone %1."), {phoneText},
                              "lead_phone")
                   : rowError(QT_TRANSLATE_NOOP("fd::core::Error", "No lead has the external id \"%1\"."),
                              {leadExternal}, "lead_external_id");
    }
    const Result<std::optional<qint64>> signedAt = timeOf(row, "signed_at");
    if (!signedAt) {
        return signedAt.error();
    }
    if (externalId.isEmpty() && m_dealRows.dealSignedAt(*leadId, **signedAt)) {
        return ImportRowOutcome::Unchanged;
    }
    const Result<std::optional<Money>> amount = amountOf(row, "amount", false);
    if (!amount) {
        return amount.error();
    }
    DealInput in;
    in.leadId = *leadId;
    in.signedAt = **signedAt;
    in.amount = *amount;
    in.managerId = m_names.employee(row("manager"));
    in.product = row("product");
    in.externalId = externalId;
    const Result<Id> added = m_deals.addDeal(in);
    if (!added) {
        return added.error();
    }
    return ImportRowOutcome::Created;
}

Result<ImportRowOutcome> ImportWriter::payment(const ImportRow& row) {
    const QString dealExternal = row("deal_external_id");
    const OptId dealId = m_dealRows.dealByExternalId(dealExternal);
    if (!dealId) {
        return rowError(QT_TRANSLATE_NOOP("fd::core::Error", "No deal has the external id \"%1\"."),
                        {dealExternal}, "deal_external_id");
    }
    const Result<std::optional<qint64>> paidAt = timeOf(row, "paid_at");
    if (!paidAt) {
        return paidAt.error();
    }
    const Result<std::optional<Money>> amount = amountOf(row, "amount", false);
    if (!amount) {
        return amount.error();
    }
    const QString methodText = row("method");
    const auto method = paymentMethodFrom(methodText);
    if (!method) {
        return rowError(QT_TRANSLATE_NOOP("fd::core::Error",
                                          "\"%1\" is not a payment method; use cash, card or transfer."),
                        {methodText}, "method");
    }
    if (m_dealRows.paymentExists(*dealId, **paidAt, **amount, *method)) {
        return ImportRowOutcome::Unchanged;
    }
    PaymentInput in;
    in.dealId = *dealId;
    in.paidAt = **paidAt;
    in.amount = **amount;
    in.method = *method;
    in.allowOverpayment = true;  // a file records what was paid, even beyond the contract
    const Result<Id> added = m_deals.addPayment(in);
    if (!added) {
        return added.error();
    }
    return ImportRowOutcome::Created;
}

Result<ImportRowOutcome> ImportWriter::dailyFigure(ImportKind kind, const ImportRow& row) {
    const QString dayText = row("date");
    const auto day = parseDay(dayText);
    if (!day) {
        return rowError(QT_TRANSLATE_NOOP("fd::core::Error", "\"%1\" is not a date."), {dayText}, "date");
    }
    const Result<OptId> channel = m_names.channel(row("channel"));
    if (!channel) {
        return channel.error();
    }
    const Result<OptId> campaign = m_names.campaign(*channel, row("campaign"), utmOf(row));
    if (!campaign) {
        return campaign.error();
    }
    const QString key = day->toString(Qt::ISODate);
    qint64 value = 0;
    std::optional<qint64> before;
    if (kind == ImportKind::Spend) {
        const Result<std::optional<Money>> amount = amountOf(row, "amount", true);
        if (!amount) {
            return amount.error();
        }
        value = (*amount)->kopecks;
        before = m_catalogRows.spendOn(key, **channel, *campaign);
    } else {
        const QString text = row("visitors");
        bool ok = false;
        value = QString(text).remove(QLatin1Char(' ')).remove(QChar(0x00A0)).toLongLong(&ok);
        if (!ok || value < 0) {
            return rowError(
                QT_TRANSLATE_NOOP("fd::core::Error",
                                  "\"%1\" is not a number of visitors (a whole number, zero or more)."),
                {text}, "visitors");
        }
        before = m_catalogRows.visitorsOn(key, **channel, *campaign);
    }
    if (before == value) {
        return ImportRowOutcome::Unchanged;
    }
    const Status set = kind == ImportKind::Spend
                           ? m_catalog.setSpend(*day, **channel, *campaign, Money{value})
                           : m_catalog.setVisitors(*day, **channel, *campaign, value);
    if (!set) {
        return set.error();
    }
    return before ? ImportRowOutcome::Updated : ImportRowOutcome::Created;
}

}  // namespace fd::core
