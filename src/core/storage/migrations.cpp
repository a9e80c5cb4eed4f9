#include "storage/change_feed.h"
#include "storage/database.h"
#include "storage/lead_fact_store.h"
#include "storage/lead_list_store.h"
#include "storage/migration.h"
#include "storage/server_security.h"

#include <QStringList>

namespace fd::core {

namespace {

// Schema version 1: the whole domain. Portable DDL; SqlDialect::expandDdl adapts
// {pk}, {strict} and integer widths to the engine. Times are UTC epoch seconds,
// money is integer kopecks, days are ISO dates in the company's reporting time zone.
const char* const kSchemaV1 = R"SQL(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
){strict};

CREATE TABLE offices (
    id             {pk},
    name           TEXT NOT NULL UNIQUE,
    address        TEXT NOT NULL DEFAULT '',
    time_zone      TEXT NOT NULL,
    work_start_min INTEGER NOT NULL CHECK (work_start_min BETWEEN 0 AND 1439),
    work_end_min   INTEGER NOT NULL CHECK (work_end_min > work_start_min AND work_end_min <= 1440),
    work_days      INTEGER NOT NULL DEFAULT 31 CHECK (work_days BETWEEN 1 AND 127),
    slot_minutes   INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 480),
    seats_per_slot INTEGER NOT NULL CHECK (seats_per_slot >= 1),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
){strict};

CREATE TABLE employees (
    id        {pk},
    name      TEXT NOT NULL,
    role      TEXT NOT NULL CHECK (role IN ('operator', 'office_manager', 'marketer', 'head', 'admin')),
    office_id INTEGER REFERENCES offices(id),
    active    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
){strict};
CREATE INDEX employees_role ON employees(role, active);

CREATE TABLE channels (
    id     {pk},
    name   TEXT NOT NULL UNIQUE,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
){strict};

CREATE TABLE campaigns (
    id           {pk},
    channel_id   INTEGER NOT NULL REFERENCES channels(id),
    name         TEXT NOT NULL,
    utm_source   TEXT,
    utm_medium   TEXT,
    utm_campaign TEXT,
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    UNIQUE (channel_id, name)
){strict};
CREATE INDEX campaigns_utm ON campaigns(utm_source, utm_medium, utm_campaign);

CREATE TABLE ad_spend (
    id          {pk},
    day         TEXT NOT NULL CHECK (length(day) = 10),
    channel_id  INTEGER NOT NULL REFERENCES channels(id),
    campaign_id INTEGER REFERENCES campaigns(id),
    amount      INTEGER NOT NULL CHECK (amount >= 0)
){strict};
CREATE UNIQUE INDEX ad_spend_key ON ad_spend(day, channel_id, coalesce(campaign_id, 0));

CREATE TABLE site_visitors (
    id          {pk},
    day         TEXT NOT NULL CHECK (length(day) = 10),
    channel_id  INTEGER NOT NULL REFERENCES channels(id),
    campaign_id INTEGER REFERENCES campaigns(id),
    visitors    INTEGER NOT NULL CHECK (visitors >= 0)
){strict};
CREATE UNIQUE INDEX site_visitors_key ON site_visitors(day, channel_id, coalesce(campaign_id, 0));

CREATE TABLE reasons (
    id     {pk},
    gate   TEXT NOT NULL CHECK (gate IN ('call_center', 'office')),
    code   TEXT NOT NULL UNIQUE,
    name   TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
){strict};

CREATE TABLE contacts (
    id         {pk},
    name       TEXT NOT NULL DEFAULT '',
    phone_e164 TEXT,
    phone_raw  TEXT,
    email      TEXT,
    search_key TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
){strict};
CREATE INDEX contacts_phone ON contacts(phone_e164);
CREATE INDEX contacts_email ON contacts(email);

CREATE TABLE leads (
    id              {pk},
    contact_id      INTEGER NOT NULL REFERENCES contacts(id),
    created_at      INTEGER NOT NULL,
    channel_id      INTEGER REFERENCES channels(id),
    campaign_id     INTEGER REFERENCES campaigns(id),
    operator_id     INTEGER REFERENCES employees(id),
    status          TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'callback', 'booked',
                        'arrived', 'follow_up', 'sold', 'lost', 'non_target')),
    lost_reason_id  INTEGER REFERENCES reasons(id),
    external_id     TEXT UNIQUE,
    note            TEXT NOT NULL DEFAULT '',
    first_contact_at INTEGER,
    booked_at       INTEGER,
    arrived_at      INTEGER,
    is_target       INTEGER CHECK (is_target IN (0, 1)),
    target_at       INTEGER,
    sold_at         INTEGER,
    first_paid_at   INTEGER,
    contract_amount INTEGER NOT NULL DEFAULT 0,
    revenue         INTEGER NOT NULL DEFAULT 0,
    updated_at      INTEGER NOT NULL
){strict};
CREATE INDEX leads_created ON leads(created_at);
CREATE INDEX leads_contact ON leads(contact_id, created_at);
CREATE INDEX leads_channel ON leads(channel_id, created_at);
CREATE INDEX leads_operator ON leads(operator_id, created_at);
CREATE INDEX leads_status ON leads(status, created_at);

CREATE TABLE lead_touches (
    id          {pk},
    lead_id     INTEGER NOT NULL REFERENCES leads(id),
    at          INTEGER NOT NULL,
    channel_id  INTEGER REFERENCES channels(id),
    campaign_id INTEGER REFERENCES campaigns(id),
    name        TEXT NOT NULL DEFAULT '',
    phone_raw   TEXT,
    email       TEXT,
    external_id TEXT,
    note        TEXT NOT NULL DEFAULT ''
){strict};
CREATE INDEX lead_touches_lead ON lead_touches(lead_id, at);

CREATE TABLE call_attempts (
    id          {pk},
    lead_id     INTEGER NOT NULL REFERENCES leads(id),
    operator_id INTEGER NOT NULL REFERENCES employees(id),
    called_at   INTEGER NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('no_answer', 'busy', 'wrong_number', 'callback', 'refused',
                    'non_target', 'booked')),
    callback_at INTEGER,
    reason_id   INTEGER REFERENCES reasons(id),
    note        TEXT NOT NULL DEFAULT ''
){strict};
CREATE INDEX call_attempts_lead ON call_attempts(lead_id, called_at);
CREATE INDEX call_attempts_operator ON call_attempts(operator_id, called_at);

CREATE TABLE meetings (
    id                  {pk},
    lead_id             INTEGER NOT NULL REFERENCES leads(id),
    office_id           INTEGER NOT NULL REFERENCES offices(id),
    manager_id          INTEGER REFERENCES employees(id),
    booked_by_id        INTEGER REFERENCES employees(id),
    booked_at           INTEGER NOT NULL,
    scheduled_at        INTEGER NOT NULL,
    status              TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'confirmed', 'arrived',
                            'no_show', 'cancelled', 'rescheduled')),
    confirmed_at        INTEGER,
    arrived_at          INTEGER,
    outcome             TEXT CHECK (outcome IN ('sale', 'thinking', 'refused', 'non_target')),
    outcome_reason_id   INTEGER REFERENCES reasons(id),
    qualification       TEXT CHECK (qualification IN ('target', 'insolvent', 'problematic', 'out_of_profile')),
    outcome_at          INTEGER,
    note                TEXT NOT NULL DEFAULT '',
    rescheduled_from_id INTEGER REFERENCES meetings(id),
    CHECK (status <> 'arrived' OR arrived_at IS NOT NULL),
    CHECK (outcome IS NULL OR status = 'arrived')
){strict};
CREATE INDEX meetings_lead ON meetings(lead_id, scheduled_at);
CREATE INDEX meetings_office_slot ON meetings(office_id, scheduled_at);
CREATE INDEX meetings_booked_by ON meetings(booked_by_id, scheduled_at);

CREATE TABLE deals (
    id          {pk},
    lead_id     INTEGER NOT NULL REFERENCES leads(id),
    meeting_id  INTEGER REFERENCES meetings(id),
    manager_id  INTEGER REFERENCES employees(id),
    signed_at   INTEGER NOT NULL,
    amount      INTEGER CHECK (amount IS NULL OR amount > 0),
    product     TEXT NOT NULL DEFAULT '',
    external_id TEXT UNIQUE
){strict};
CREATE INDEX deals_lead ON deals(lead_id);
CREATE INDEX deals_signed ON deals(signed_at);

CREATE TABLE payments (
    id          {pk},
    deal_id     INTEGER NOT NULL REFERENCES deals(id),
    paid_at     INTEGER NOT NULL,
    amount      INTEGER NOT NULL CHECK (amount > 0),
    method      TEXT NOT NULL CHECK (method IN ('cash', 'card', 'transfer')),
    external_id TEXT UNIQUE
){strict};
CREATE INDEX payments_deal ON payments(deal_id, paid_at);
CREATE INDEX payments_paid ON payments(paid_at);

CREATE TABLE tasks (
    id          {pk},
    lead_id     INTEGER NOT NULL REFERENCES leads(id),
    meeting_id  INTEGER REFERENCES meetings(id),
    assignee_id INTEGER REFERENCES employees(id),
    kind        TEXT NOT NULL CHECK (kind IN ('callback', 'follow_up', 'confirm')),
    due_at      INTEGER NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    note        TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    done_at     INTEGER
){strict};
CREATE INDEX tasks_open ON tasks(status, kind, due_at);
CREATE INDEX tasks_lead ON tasks(lead_id);

CREATE TABLE audit_log (
    id          {pk},
    at          INTEGER NOT NULL,
    employee_id INTEGER REFERENCES employees(id),
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   INTEGER,
    details     TEXT NOT NULL DEFAULT ''
){strict};
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

INSERT INTO settings(key, value) VALUES
    ('report_time_zone', 'Europe/Moscow'),
    ('attribution_window_days', '30'),
    ('first_call_sla_minutes', '15'),
    ('currency', 'RUB');

INSERT INTO reasons(gate, code, name) VALUES
    ('call_center', 'cc_expensive', 'Дорого'),
    ('call_center', 'cc_no_request', 'Не оставлял заявку'),
    ('call_center', 'cc_changed_mind', 'Передумал'),
    ('call_center', 'cc_competitor', 'Обратился в другую компанию'),
    ('call_center', 'cc_no_problem', 'Нет потребности (не целевой)'),
    ('call_center', 'cc_other_region', 'Другой регион (не целевой)'),
    ('call_center', 'cc_unreachable', 'Не удалось дозвониться'),
    ('office', 'of_insolvent', 'Неплатёжеспособен'),
    ('office', 'of_problematic', 'Проблемный клиент'),
    ('office', 'of_out_of_profile', 'Не наш профиль'),
    ('office', 'of_expensive', 'Отказ: дорого'),
    ('office', 'of_competitor', 'Отказ: ушёл к конкурентам'),
    ('office', 'of_thinking_lost', 'Отказ после раздумий');
)SQL";

// Schema version 2: what the leads list needs to stay fast at a million leads — the office
// and the next meeting kept on the lead row (sortable, filterable, indexed), indexes for
// the sortable columns, and a trigram full-text index over the contacts' folded search key.
const char* const kSchemaV2 = R"SQL(
ALTER TABLE leads ADD COLUMN office_id INTEGER REFERENCES offices(id);
ALTER TABLE leads ADD COLUMN next_meeting_at INTEGER;
UPDATE leads SET
  office_id = (SELECT m.office_id FROM meetings m WHERE m.lead_id = leads.id
               ORDER BY m.scheduled_at DESC, m.id DESC LIMIT 1),
  next_meeting_at = (SELECT min(m.scheduled_at) FROM meetings m
                     WHERE m.lead_id = leads.id AND m.status IN ('scheduled', 'confirmed'));
CREATE INDEX leads_office ON leads(office_id, created_at);
CREATE INDEX leads_next_meeting ON leads(next_meeting_at);
CREATE INDEX leads_revenue ON leads(revenue);
CREATE INDEX contacts_name ON contacts(name);
CREATE INDEX employees_name ON employees(name);
CREATE INDEX campaigns_name ON campaigns(name);
)SQL";

const char* const kSchemaV2SqliteSearch = R"SQL(
CREATE VIRTUAL TABLE contacts_fts USING fts5(search_key, content='contacts', content_rowid='id', tokenize='trigram');
INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild');
)SQL";

// On a server the same search runs over a trigram index of pg_trgm (a trusted extension the
// database's owner may create), with LIKE doing what FTS5's trigram MATCH does in SQLite.
const char* const kSchemaV2ServerSearch = R"SQL(
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX contacts_search ON contacts USING gin (search_key gin_trgm_ops);
)SQL";

// Schema version 3: what funnel reports read per lead, kept on the lead row so a report is one
// pass over leads: the manager who received the client first, how many of the lead's
// meetings came due and how many of those were no-shows, and the first call attempt.
const char* const kSchemaV3 = R"SQL(
ALTER TABLE leads ADD COLUMN manager_id INTEGER REFERENCES employees(id);
ALTER TABLE leads ADD COLUMN due_meetings INTEGER NOT NULL DEFAULT 0;
ALTER TABLE leads ADD COLUMN no_shows INTEGER NOT NULL DEFAULT 0;
ALTER TABLE leads ADD COLUMN first_call_at INTEGER;
UPDATE leads SET first_call_at = (SELECT min(c.called_at) FROM call_attempts c WHERE c.lead_id = leads.id)
WHERE id IN (SELECT lead_id FROM call_attempts);
UPDATE leads SET
  manager_id = (SELECT m.manager_id FROM meetings m WHERE m.lead_id = leads.id AND m.status = 'arrived'
                ORDER BY m.arrived_at, m.id LIMIT 1),
  due_meetings = (SELECT count(*) FROM meetings m WHERE m.lead_id = leads.id AND m.status IN ('arrived', 'no_show')),
  no_shows = (SELECT count(*) FROM meetings m WHERE m.lead_id = leads.id AND m.status = 'no_show')
WHERE id IN (SELECT lead_id FROM meetings);
CREATE INDEX leads_manager ON leads(manager_id, created_at);
CREATE INDEX leads_sold ON leads(sold_at, created_at) WHERE sold_at IS NOT NULL;
CREATE INDEX call_attempts_called ON call_attempts(called_at);
CREATE INDEX meetings_booked ON meetings(booked_at);
CREATE INDEX meetings_arrived ON meetings(arrived_at) WHERE arrived_at IS NOT NULL;
)SQL";

// Schema version 4: the operator's queue. Meetings to confirm are found by status and time
// across all offices; a lead whose latest meeting was a no-show keeps that meeting's time on
// its row, so the "no-shows to rebook" list is one range of a small partial index.
const char* const kSchemaV4 = R"SQL(
CREATE INDEX meetings_status ON meetings(status, scheduled_at);
ALTER TABLE leads ADD COLUMN last_no_show_at INTEGER;
UPDATE leads SET last_no_show_at =
  (SELECT CASE WHEN m.status = 'no_show' THEN m.scheduled_at END FROM meetings m WHERE m.lead_id = leads.id
   ORDER BY m.scheduled_at DESC, m.id DESC LIMIT 1)
WHERE no_shows > 0;
CREATE INDEX leads_rebook ON leads(status, last_no_show_at, operator_id, next_meeting_at)
  WHERE last_no_show_at IS NOT NULL;
CREATE INDEX deals_meeting ON deals(meeting_id) WHERE meeting_id IS NOT NULL;
CREATE INDEX lead_touches_external ON lead_touches(external_id) WHERE external_id IS NOT NULL;
)SQL";

// Schema version 5: a company's people sign in. Staff get a login and an argon2id password
// hash (never the password) with the count of wrong passwords in a row and the time until which
// sign-in waits; the audit trail keeps the values before and after a change and, when a head
// acts for a manager, for whom; offices get their closed days and reasons their order.
const char* const kSchemaV5 = R"SQL(
ALTER TABLE employees ADD COLUMN login TEXT;
ALTER TABLE employees ADD COLUMN password_hash TEXT;
ALTER TABLE employees ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE employees ADD COLUMN locked_until INTEGER;
CREATE UNIQUE INDEX employees_login ON employees(login) WHERE login IS NOT NULL;
ALTER TABLE audit_log ADD COLUMN before_values TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN after_values TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN on_behalf_of INTEGER REFERENCES employees(id);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_employee ON audit_log(employee_id, at);
ALTER TABLE reasons ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
UPDATE reasons SET position = id;
CREATE TABLE office_closed_days (
    office_id INTEGER NOT NULL REFERENCES offices(id),
    day       TEXT NOT NULL CHECK (length(day) = 10),
    PRIMARY KEY (office_id, day)
){strict};
INSERT INTO settings(key, value) VALUES ('company_name', '');
)SQL";

// Schema version 6: motivation. Monthly plans per KPI for a department or a person; bonus rules
// per role, versioned by the month from which they hold; closed months with their payroll frozen
// as it stood (JSON), so a later payment never changes a month already paid.
const char* const kSchemaV6 = R"SQL(
CREATE TABLE kpi_plans (
    month       TEXT NOT NULL CHECK (length(month) = 7),
    department  TEXT NOT NULL CHECK (department IN ('marketing', 'call_center', 'sales')),
    employee_id INTEGER REFERENCES employees(id),
    kpi         TEXT NOT NULL,
    value       REAL NOT NULL
){strict};
CREATE UNIQUE INDEX kpi_plans_key ON kpi_plans(month, department, coalesce(employee_id, 0), kpi);
CREATE TABLE bonus_rules (
    id          {pk},
    role        TEXT NOT NULL CHECK (role IN ('operator', 'office_manager', 'marketer', 'head', 'admin')),
    month_from  TEXT NOT NULL CHECK (length(month_from) = 7),
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('per_unit', 'percent', 'steps', 'gate')),
    kpi         TEXT NOT NULL,
    amount      INTEGER NOT NULL DEFAULT 0,
    percent     REAL NOT NULL DEFAULT 0,
    steps       TEXT NOT NULL DEFAULT '',
    cap         INTEGER,
    comparison  TEXT NOT NULL DEFAULT 'above' CHECK (comparison IN ('above', 'below')),
    threshold   REAL,
    multiplier  REAL NOT NULL DEFAULT 1
){strict};
CREATE INDEX bonus_rules_role ON bonus_rules(role, month_from, position);
CREATE TABLE closed_months (
    month      TEXT PRIMARY KEY CHECK (length(month) = 7),
    closed_at  INTEGER NOT NULL,
    closed_by  INTEGER REFERENCES employees(id),
    payroll    TEXT NOT NULL
){strict};
)SQL";

// The call center's new leads: the unassigned and each operator's own, in arrival order. Read on
// every refresh of every seat's queue (counts, list, taking the next one); on a server the planner
// otherwise combines the status index with all of the operator's leads (tens of thousands).
const char* const kSchemaV8 = R"SQL(
CREATE INDEX leads_new ON leads(operator_id, created_at) WHERE status = 'new';
)SQL";

// The leads list's sorts by next meeting, revenue and campaign walk an index in full order
// (created_at breaks ties), so a page of a large filtered list is found without sorting.
const char* const kSchemaV9 = R"SQL(
DROP INDEX IF EXISTS leads_next_meeting;
CREATE INDEX leads_next_meeting ON leads(next_meeting_at, created_at);
DROP INDEX IF EXISTS leads_revenue;
CREATE INDEX leads_revenue ON leads(revenue, created_at);
DROP INDEX IF EXISTS leads_campaign;
CREATE INDEX leads_campaign ON leads(campaign_id, created_at);
)SQL";

// The leads list's sorts by revenue and next meeting under a status filter: the status in the
// index lets the walk test each lead there instead of reading its row (a cold million: "lost by
// revenue, highest first" read every sold lead's row, 1.3 s; now 0.1 s).
const char* const kSchemaV10 = R"SQL(
DROP INDEX IF EXISTS leads_revenue;
CREATE INDEX leads_revenue ON leads(revenue, created_at, status);
DROP INDEX IF EXISTS leads_next_meeting;
CREATE INDEX leads_next_meeting ON leads(next_meeting_at, created_at, status);
)SQL";

void applyDdl(Database& db, const char* ddl) {
    const QString expanded = db.dialect().expandDdl(QString::fromUtf8(ddl));
    for (const QString& statement : expanded.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!statement.trimmed().isEmpty()) {
            db.execute(statement);
        }
    }
}

}  // namespace

const std::vector<Migration>& standardMigrations() {
    static const std::vector<Migration> migrations{
        {1, "the whole domain", [](Database& db) { applyDdl(db, kSchemaV1); }},
        {2, "fast leads list: office and next meeting on the lead, search index",
         [](Database& db) {
             applyDdl(db, kSchemaV2);
             applyDdl(db, db.onServer() ? kSchemaV2ServerSearch : kSchemaV2SqliteSearch);
         }},
        {3, "funnel facts on the lead row: first manager, due meetings, no-shows",
         [](Database& db) { applyDdl(db, kSchemaV3); }},
        {4,
         "operator queue and office desk: meetings by status and time, the latest no-show on the lead, deals "
         "by meeting",
         [](Database& db) { applyDdl(db, kSchemaV4); }},
        {5, "people sign in: logins and password hashes, audit values before and after, closed days",
         [](Database& db) { applyDdl(db, kSchemaV5); }},
        {6, "motivation: monthly KPI plans, bonus rules by role and month, closed months",
         [](Database& db) { applyDdl(db, kSchemaV6); }},
        {7,
         "on a server: roles enforced by it (group roles, privileges, row-level security, an append-only "
         "audit trail) and changes announced to the other seats (nothing on SQLite)",
         [](Database& db) {
             applyServerSecurity(db);
             applyChangeNotices(db);
         }},
        {8, "the operator queue's new leads by operator", [](Database& db) { applyDdl(db, kSchemaV8); }},
        {9,
         "the funnel's per-lead facts kept packed beside the lead rows, deleted by triggers with any change "
         "to them (SQLite; a server computes them itself); list sorts walk indexes in full order",
         [](Database& db) {
             applyDdl(db, kSchemaV9);
             if (!db.onServer()) {
                 for (const std::string& statement : LeadFactStore::schema()) {
                     db.execute(QString::fromStdString(statement));
                 }
             }
         },
         8},
        {10, "the list's revenue and next-meeting sorts test a status filter in their indexes",
         [](Database& db) { applyDdl(db, kSchemaV10); }, 9},
        {11,
         "the list's columns of every lead kept packed beside the lead rows, deleted by triggers with any "
         "change to them (SQLite; a server filters and sorts the rows itself)",
         [](Database& db) {
             if (!db.onServer()) {
                 for (const std::string& statement : LeadListStore::schema()) {
                     db.execute(QString::fromStdString(statement));
                 }
             }
         },
         9},
    };
    return migrations;
}

int currentSchemaVersion() {
    return standardMigrations().back().version;
}

}  // namespace fd::core
