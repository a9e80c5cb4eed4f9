#include "services/data_import.h"

#include "domain/phone.h"
#include "io/import_time.h"
#include "io/value_parsers.h"
#include "services/catalog_service.h"
#include "services/crm_vocabulary.h"
#include "services/deal_service.h"
#include "services/import_columns.h"
#include "services/import_record_reader.h"
#include "services/lead_service.h"
#include "storage/catalog_repository.h"
#include "storage/deal_repository.h"
#include "storage/deferred_indexes.h"
#include "storage/lead_repository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QIODevice>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

#include <limits>

namespace fd::core {

namespace {

constexpr int kImportCacheMiB = 160;
constexpr int kBulkImportCacheMiB = 64;
/// A leads file's typical row, to judge its size before reading it.
constexpr qint64 kBytesPerLeadRow = 120;
constexpr qint64 kDeferIndexesFromRows = 20000;

QString fold(const QString& s) {
    return s.simplified().toCaseFolded();
}

using Columns = ImportColumns;

Error rowError(const char* key, QStringList args, const char* field) {
    return Error::make(ErrorCode::InvalidInput, key, std::move(args), QString::fromLatin1(field));
}

enum class RowOutcome { Created, RepeatTouch, Updated, Unchanged, Ignored };

/// The values of one record by field name.
class Row {
public:
    Row(const CsvRecord& r, const Columns& c) : m_r(r), m_c(c) {}

    QString operator()(const char* field) const {
        for (const int i : m_c.value(QString::fromLatin1(field))) {
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

private:
    const CsvRecord& m_r;
    const Columns& m_c;
};

/// Reference data by name, created on first use where the import may create it.
class Names {
public:
    Names(Database& db, Clock clock) : m_catalog(db), m_service(db, std::move(clock)) {
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

    Result<OptId> channel(const QString& name) {
        if (name.isEmpty()) {
            return OptId{};
        }
        auto found = m_channels.constFind(fold(name));
        if (found == m_channels.cend()) {
            const Result<Id> added = m_service.addChannel(name);
            if (!added) {
                return added.error();
            }
            found = m_channels.insert(fold(name), *added);
        }
        return OptId{*found};
    }

    /// `utm`: the utm fields a campaign created now gets.
    Result<OptId> campaign(OptId channelId, const QString& name, const Campaign& utm) {
        if (name.isEmpty() || !channelId) {
            return OptId{};
        }
        const QString key = campaignKey(*channelId, name);
        auto found = m_campaigns.constFind(key);
        if (found == m_campaigns.cend()) {
            Campaign cp = utm;
            cp.channelId = *channelId;
            cp.name = name;
            const Result<Id> added = m_service.addCampaign(cp);
            if (!added) {
                return added.error();
            }
            found = m_campaigns.insert(key, *added);
        }
        return OptId{*found};
    }

    /// Someone FunnelDesk does not know leaves the record unassigned.
    OptId employee(const QString& name) const {
        const auto found = m_employees.constFind(fold(name));
        return found == m_employees.cend() ? std::nullopt : OptId{*found};
    }
    bool isOffice(const QString& name) const { return m_offices.contains(fold(name)); }

private:
    static QString campaignKey(Id channelId, const QString& name) {
        return QString::number(channelId) + QLatin1Char('/') + fold(name);
    }

    CatalogRepository m_catalog;
    CatalogService m_service;
    QHash<QString, Id> m_channels;
    QHash<QString, Id> m_campaigns;  // "channel id/name"
    QHash<QString, Id> m_employees;
    QHash<QString, Id> m_offices;
};

Campaign utmOf(const Row& row) {
    Campaign utm;
    utm.utmSource = row("utm_source");
    utm.utmMedium = row("utm_medium");
    utm.utmCampaign = row("utm_campaign");
    return utm;
}

/// A leads row as the reading thread makes it: everything that needs no database, and the
/// errors in the order the writing thread reports them.
struct LeadRow {
    std::optional<Result<RowOutcome>> early;  ///< settled before the leads rules (Importer::precheck)
    QString externalId;
    std::optional<Error> timeError;  ///< reported before the channel is looked up
    std::optional<Error> leadError;  ///< reported after it
    std::optional<CheckedLead> lead;
    std::optional<LeadStatus> status;
    QString channel;
    QString campaign;
    Campaign utm;
    QString operatorName;
};

/// Everything one import needs between rows.
class Importer {
public:
    Importer(Database& db, const Clock& clock, const QStringList& header, const Columns& columns, bool bulk)
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

    /// The outcome of a row that is settled before its kind's rules: an amoCRM deal that is not
    /// won, a missing required field. Const, like readLead.
    std::optional<Result<RowOutcome>> precheck(ImportKind kind, const Row& row) const {
        if (const QString stage = row("stage");
            !stage.isEmpty() && !fold(stage).contains(QStringLiteral("успешно"))) {
            return Result<RowOutcome>(RowOutcome::Ignored);  // an amoCRM deal that is not won is not a sale
        }
        for (const QString& f : requiredImportFields(kind)) {
            if (row(f.toLatin1().constData()).isEmpty()) {
                return Result<RowOutcome>(Error::make(
                    ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("fd::core::Error", "The row has no %1."),
                    {headerOf(f)}, f));
            }
        }
        return std::nullopt;
    }

    /// `read`: the leads row as the reading thread made it (read here when null).
    Result<RowOutcome> apply(ImportKind kind, const Row& row, LeadRow* read = nullptr) {
        if (read) {
            return writeLead(*read);
        }
        if (kind == ImportKind::Leads) {
            LeadRow r = readLead(row);
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
        return RowOutcome::Ignored;
    }

    /// Completes what the rows left pending (the search index of new contacts).
    void finish() { m_intake.finish(); }

    /// The file's header of the column a field is read from (the field name if unmapped).
    QString headerOf(const QString& field) const {
        const QList<int> c = m_columns.value(field);
        return c.isEmpty() ? field : m_header.value(c.front(), field);
    }

private:
    Result<std::optional<qint64>> timeOf(const Row& row, const char* field) const {
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

    Result<std::optional<Money>> amountOf(const Row& row, const char* field, bool zeroAllowed) {
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

public:
    /// What a leads row is without the database; const and safe on the reading thread while
    /// the writing thread writes (it reads only the header, the offices and the zone).
    LeadRow readLead(const Row& row) const {
        LeadRow r;
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
        Result<CheckedLead> checked = LeadIntake::check(in, m_clock());
        if (!checked) {
            r.leadError = checked.error();
        } else {
            r.lead = std::move(*checked);
        }
        return r;
    }

    Result<RowOutcome> writeLead(LeadRow& r) {
        if (r.early) {
            return *r.early;
        }
        if (!r.externalId.isEmpty() && m_intake.externalIdKnown(r.externalId)) {
            return RowOutcome::Unchanged;
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
        const CreatedLead created = m_intake.write(lead);
        if (created.repeatTouch) {
            return RowOutcome::RepeatTouch;
        }
        if (r.status && *r.status != LeadStatus::New) {
            m_leadRows.updateStatus(created.leadId, *r.status, std::nullopt,
                                    lead.input.createdAt.value_or(m_clock()));
        }
        return RowOutcome::Created;
    }

private:
    Result<RowOutcome> deal(const Row& row) {
        const QString externalId = row("external_id");
        if (!externalId.isEmpty() && m_dealRows.dealByExternalId(externalId)) {
            return RowOutcome::Unchanged;
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
                       ? rowError(QT_TRANSLATE_NOOP("fd::core::Error", "No lead has the phone %1."),
                                  {phoneText}, "lead_phone")
                       : rowError(QT_TRANSLATE_NOOP("fd::core::Error", "No lead has the external id \"%1\"."),
                                  {leadExternal}, "lead_external_id");
        }
        const Result<std::optional<qint64>> signedAt = timeOf(row, "signed_at");
        if (!signedAt) {
            return signedAt.error();
        }
        if (externalId.isEmpty() && m_dealRows.dealSignedAt(*leadId, **signedAt)) {
            return RowOutcome::Unchanged;
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
        return RowOutcome::Created;
    }

    Result<RowOutcome> payment(const Row& row) {
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
            return RowOutcome::Unchanged;
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
        return RowOutcome::Created;
    }

    Result<RowOutcome> dailyFigure(ImportKind kind, const Row& row) {
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
            return RowOutcome::Unchanged;
        }
        const Status set = kind == ImportKind::Spend
                               ? m_catalog.setSpend(*day, **channel, *campaign, Money{value})
                               : m_catalog.setVisitors(*day, **channel, *campaign, value);
        if (!set) {
            return set.error();
        }
        return before ? RowOutcome::Updated : RowOutcome::Created;
    }

    Database& m_db;
    Clock m_clock;
    const QStringList& m_header;
    const Columns& m_columns;
    Names m_names;
    LeadIntake m_intake;
    DealService m_deals;
    CatalogService m_catalog;
    LeadRepository m_leadRows;
    DealRepository m_dealRows;
    CatalogRepository m_catalogRows;
    QTimeZone m_zone;
};

/// A record of the file and, for leads, what the reading thread made of it.
struct ReadItem {
    CsvRecord record;
    std::optional<LeadRow> lead;
};

using ReadBatch = ImportBatch<ReadItem>;
using RecordReader = ImportRecordReader<ReadItem>;

}  // namespace

Result<ImportSummary> DataImport::run(QIODevice& file, const ImportOptions& o,
                                      const std::function<bool(qint64)>& progress) {
    CsvReader reader(file, o.csv);
    if (const Status opened = reader.open(); !opened) {
        return opened.error();
    }
    CsvRecord header;
    if (!reader.next(header) || header.error) {
        return invalid(QT_TRANSLATE_NOOP("fd::core::Error", "The file has no header row."),
                       QStringLiteral("file"));
    }
    const Result<Columns> resolved = importColumns(header.fields, o);
    if (!resolved) {
        return resolved.error();
    }
    const Columns& columns = *resolved;

    ImportSummary summary;
    try {
        // A big file of leads (a bulk import) builds the secondary indexes once at the end
        // instead of updating them row by row (about twice as fast) and looks phones and
        // external ids up in memory; a small file into a big database does not.
        bool bulk = false;
        if (o.kind == ImportKind::Leads) {
            if (o.deferIndexes) {
                bulk = *o.deferIndexes;
            } else {
                const qint64 estimatedRows = file.size() / kBytesPerLeadRow;
                bulk = estimatedRows >= kDeferIndexesFromRows &&
                       estimatedRows >= LeadRepository(m_db).leadCount() / 2;
            }
        }
        // What the import changes on the connection is set back however it ends.
        struct Restore {
            std::function<void()> undo;
            ~Restore() {
                try {
                    undo();
                } catch (
                    const StorageError&) {  // NOLINT(bugprone-empty-catch): the import's own result stands
                }
            }
        };
        // A file writes into every index of the leads and contacts: a bigger page cache keeps
        // them in memory for the import (the memory is given back afterwards). A bulk import
        // updates fewer indexes row by row and keeps its lookups in memory of its own.
        m_db.setCacheMiB(bulk ? kBulkImportCacheMiB : kImportCacheMiB);
        const Restore cache{[this] { m_db.setCacheMiB(Database::kCacheMiB); }};
        // Every reference a lead import writes (contact, channel, campaign, operator) is read
        // or written inside its own transaction, so a bulk import skips the engine's per-row
        // foreign-key probes (a third of the time of a lead insert).
        const bool foreignKeysOff = bulk && m_db.transactionDepth() == 0;
        if (foreignKeysOff) {
            m_db.setForeignKeys(false);
        }
        const Restore foreignKeys{[this, foreignKeysOff] {
            if (foreignKeysOff) {
                m_db.setForeignKeys(true);
            }
        }};
        WriteTransaction tx(m_db);
        Importer importer(m_db, m_clock, header.fields, columns, bulk);
        std::optional<DeferredIndexes> deferred;  // a dry run or an abort rolls the drop back with the rest
        if (bulk) {
            // The phone lookups of phones stored before use these two (into an empty database
            // there are none).
            const QStringList lookups =
                LeadRepository(m_db).hasContacts()
                    ? QStringList{QStringLiteral("leads_contact"), QStringLiteral("contacts_phone")}
                    : QStringList{};
            deferred.emplace(m_db, QStringList{QStringLiteral("leads"), QStringLiteral("contacts")}, lookups);
        }
        auto bad = [&](qint64 line, const QString& column, const QString& reason) {
            summary.errors.push_back({line, column, reason});
            ++summary.skipped;
        };
        // The file is read, and a leads row made ready to write, on a thread of its own while
        // this one writes.
        const qsizetype columnCount = header.fields.size();
        RecordReader records(reader, [&](ReadItem& item) {
            const CsvRecord& r = item.record;
            if (o.kind != ImportKind::Leads || r.error || r.fields.size() != columnCount) {
                return;
            }
            item.lead = importer.readLead(Row(r, columns));
        });
        // One record: counted, checked, applied; false when the user cancelled.
        auto handle = [&](ReadItem& item, qint64 bytesRead) {
            const CsvRecord& r = item.record;
            if (r.fields.size() == 1 && r.fields.front().trimmed().isEmpty() && !r.error) {
                return true;  // an empty line
            }
            ++summary.read;
            if (progress && summary.read % 1000 == 0 && !progress(bytesRead)) {
                return false;  // cancelled
            }
            if (r.error) {
                bad(r.line, QString(), r.error->message());
                return true;
            }
            if (r.fields.size() != header.fields.size()) {
                bad(r.line, QString(),
                    Error::make(ErrorCode::InvalidInput,
                                QT_TRANSLATE_NOOP("fd::core::Error",
                                                  "The row has %1 columns where the header has %2."),
                                {QString::number(r.fields.size()), QString::number(header.fields.size())})
                        .message());
                return true;
            }
            const Result<RowOutcome> done =
                importer.apply(o.kind, Row(r, columns), item.lead ? &*item.lead : nullptr);
            if (!done) {
                bad(r.line, importer.headerOf(done.error().field), done.error().message());
                return true;
            }
            switch (*done) {
                case RowOutcome::Created:
                    ++summary.created;
                    break;
                case RowOutcome::RepeatTouch:
                    ++summary.repeatTouches;
                    break;
                case RowOutcome::Updated:
                    ++summary.updated;
                    break;
                case RowOutcome::Unchanged:
                    ++summary.unchanged;
                    break;
                case RowOutcome::Ignored:
                    ++summary.ignored;
                    break;
            }
            return true;
        };
        QElapsedTimer clock;
        clock.start();
        ReadBatch batch;
        bool cancelled = false;
        while (!cancelled && records.next(batch)) {
            for (ReadItem& item : batch.items) {
                if (!handle(item, batch.bytesRead)) {
                    cancelled = true;
                    break;
                }
            }
        }
        if (progress && !cancelled && !progress(records.bytesRead())) {
            cancelled = true;
        }
        const bool keep = !o.dryRun && !cancelled && !(o.abortOnError && !summary.errors.empty());
        if (keep) {
            const qint64 rowsDone = clock.elapsed();
            importer.finish();
            const qint64 finished = clock.elapsed();
            if (deferred) {
                deferred->restore();
            }
            const qint64 indexed = clock.elapsed();
            tx.commit();
            summary.written = summary.created + summary.repeatTouches + summary.updated > 0;
            spdlog::info(
                "import of {} rows: rows {} ms, search index and audit {} ms, indexes {} ms, commit {} ms",
                summary.read, rowsDone, finished - rowsDone, indexed - finished, clock.elapsed() - indexed);
        }
    } catch (const StorageError& e) {
        return Error::make(ErrorCode::Storage,
                           QT_TRANSLATE_NOOP("fd::core::Error", "The database failed; nothing was saved: %1"),
                           {QString::fromStdString(e.what())});
    }
    return summary;
}

}  // namespace fd::core
