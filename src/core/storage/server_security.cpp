// Roles enforced by the server: what each kind of person may read and change when connected
// with their own login, whatever program they connect with (FunnelDesk, psql, a spreadsheet).
//
// Every person with a login is a server role of the same name, member of exactly one group
// role per kind (funneldesk_operator, …). The groups hold the table and column privileges;
// row-level security policies pick the rows from the person's row in `employees` (found by
// session_user), so a person reads what the permission matrix gives them: an operator the
// leads nobody works and their own and no money, an office manager their office's, a marketer
// every lead without phone numbers (a masked view instead), the head and the administrator all.
// The audit trail only grows. The database's owner (who runs init, migrate and upgrades)
// bypasses all of it, as owners do.
#include "storage/server_security.h"

#include "storage/database.h"
#include "storage/milestone_columns.h"

#include <QString>

namespace fd::core {

namespace {

// The person behind the connection, by session_user (unchanged inside the functions below,
// which run with their owner's rights so that policies never recurse into each other).
const char* const kPersonFunctions[] = {
    R"SQL(CREATE OR REPLACE FUNCTION funneldesk_me() RETURNS bigint LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
SELECT id FROM employees WHERE login = session_user AND active = 1 $$)SQL",
    R"SQL(CREATE OR REPLACE FUNCTION funneldesk_my_role() RETURNS text LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
SELECT role FROM employees WHERE login = session_user AND active = 1 $$)SQL",
    R"SQL(CREATE OR REPLACE FUNCTION funneldesk_my_office() RETURNS bigint LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
SELECT office_id FROM employees WHERE login = session_user AND active = 1 $$)SQL",
    // Whether a row about a lead (a call, a task, a meeting, a deal, a contact) belongs to what the
    // person reads: one indexed lookup per row, with the person's id or office computed once per
    // statement by the policy. (A subquery in the policy would let the planner read every lead
    // the operator has before looking at a single task.)
    R"SQL(CREATE OR REPLACE FUNCTION funneldesk_operator_lead(lead bigint, me bigint) RETURNS boolean LANGUAGE sql
STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT EXISTS (SELECT 1 FROM leads WHERE id = lead AND (operator_id IS NULL OR operator_id = me)) $$)SQL",
    R"SQL(CREATE OR REPLACE FUNCTION funneldesk_office_lead(lead bigint, office bigint) RETURNS boolean LANGUAGE sql
STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT EXISTS (SELECT 1 FROM leads WHERE id = lead AND office_id = office) $$)SQL",
    R"SQL(CREATE OR REPLACE FUNCTION funneldesk_office_deal(deal bigint, office bigint) RETURNS boolean LANGUAGE sql
STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT EXISTS (SELECT 1 FROM deals d JOIN leads l ON l.id = d.lead_id WHERE d.id = deal AND l.office_id = office) $$)SQL",
    R"SQL(CREATE OR REPLACE FUNCTION funneldesk_operator_meeting(meeting bigint, me bigint) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT EXISTS (SELECT 1 FROM meetings m JOIN leads l ON l.id = m.lead_id
               WHERE m.id = meeting AND (l.operator_id IS NULL OR l.operator_id = me)) $$)SQL",
    R"SQL(CREATE OR REPLACE FUNCTION funneldesk_office_meeting(meeting bigint, office bigint) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT EXISTS (SELECT 1 FROM meetings WHERE id = meeting AND office_id = office) $$)SQL",
    // A contact with a lead the person reads, or with no lead yet (being added).
    R"SQL(CREATE OR REPLACE FUNCTION funneldesk_operator_contact(contact bigint, me bigint) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT EXISTS (SELECT 1 FROM leads WHERE contact_id = contact AND (operator_id IS NULL OR operator_id = me))
    OR NOT EXISTS (SELECT 1 FROM leads WHERE contact_id = contact) $$)SQL",
    R"SQL(CREATE OR REPLACE FUNCTION funneldesk_office_contact(contact bigint, office bigint) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT EXISTS (SELECT 1 FROM leads WHERE contact_id = contact AND office_id = office)
    OR NOT EXISTS (SELECT 1 FROM leads WHERE contact_id = contact) $$)SQL",
    // Contacts by the search key (which holds phone digits, not granted to everyone); the rows
    // found are still only those the person may read.
    R"SQL(CREATE OR REPLACE FUNCTION funneldesk_find_contacts(needle text) RETURNS SETOF bigint LANGUAGE sql
STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT id FROM contacts WHERE search_key LIKE needle ESCAPE '' $$)SQL",
    // The audit trail only grows, for everyone, the owner included.
    R"SQL(CREATE OR REPLACE FUNCTION funneldesk_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail cannot be changed or deleted' USING ERRCODE = '42501';
END $$)SQL",
    "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW "
    "EXECUTE FUNCTION funneldesk_audit_append_only()",
    // Phone numbers with all but their last two digits hidden, for those who must not see them.
    R"SQL(CREATE OR REPLACE FUNCTION funneldesk_masked_phone(phone text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
SELECT regexp_replace(phone, '\d(?=(\D*\d){2})', '*', 'g') $$)SQL",
    "CREATE VIEW contact_phones_masked AS SELECT id, funneldesk_masked_phone(phone_e164) AS phone_e164, "
    "funneldesk_masked_phone(phone_raw) AS phone_raw FROM contacts",
};

// Groups, one per kind of person; made once per server (a server may hold several companies).
const char* const kGroups = R"SQL(DO $$
DECLARE g text;
BEGIN
  FOREACH g IN ARRAY ARRAY['funneldesk_operator', 'funneldesk_office_manager', 'funneldesk_marketer',
                           'funneldesk_head', 'funneldesk_admin'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I NOLOGIN', g);
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END;
    END IF;
  END LOOP;
  EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END $$)SQL";

// Table and column privileges. Columns a kind must not read are left out of its SELECT: money on
// the lead row for operators, phone numbers (and the search key holding their digits) for
// marketers, password hashes for everyone.
const char* const kGrants = R"SQL(DO $$
DECLARE
  everyone text := 'funneldesk_operator, funneldesk_office_manager, funneldesk_marketer, funneldesk_head, funneldesk_admin';
  all_but_operator text := 'funneldesk_office_manager, funneldesk_marketer, funneldesk_head, funneldesk_admin';
  all_but_marketer text := 'funneldesk_operator, funneldesk_office_manager, funneldesk_head, funneldesk_admin';
  lead_free text;
  contact_free text;
  touch_free text;
  employee_cols text;
  t text;
BEGIN
  SELECT string_agg(quote_ident(column_name), ', ') INTO lead_free FROM information_schema.columns
   WHERE table_schema = current_schema() AND table_name = 'leads'
     AND column_name NOT IN ('contract_amount', 'revenue', 'first_paid_at');
  SELECT string_agg(quote_ident(column_name), ', ') INTO contact_free FROM information_schema.columns
   WHERE table_schema = current_schema() AND table_name = 'contacts'
     AND column_name NOT IN ('phone_e164', 'phone_raw', 'search_key');
  SELECT string_agg(quote_ident(column_name), ', ') INTO touch_free FROM information_schema.columns
   WHERE table_schema = current_schema() AND table_name = 'lead_touches' AND column_name <> 'phone_raw';
  SELECT string_agg(quote_ident(column_name), ', ') INTO employee_cols FROM information_schema.columns
   WHERE table_schema = current_schema() AND table_name = 'employees' AND column_name <> 'password_hash';

  FOREACH t IN ARRAY ARRAY['settings', 'offices', 'office_closed_days', 'channels', 'campaigns', 'reasons',
                           'ad_spend', 'site_visitors', 'kpi_plans', 'bonus_rules', 'closed_months',
                           'funneldesk_meta', 'meetings', 'call_attempts', 'tasks', 'deals', 'payments',
                           'audit_log'] LOOP
    EXECUTE format('GRANT SELECT ON %I TO %s', t, everyone);
  END LOOP;
  EXECUTE format('GRANT SELECT (%s) ON employees TO %s', employee_cols, everyone);
  EXECUTE format('GRANT SELECT ON leads TO %s', all_but_operator);
  EXECUTE format('GRANT SELECT (%s) ON leads TO funneldesk_operator', lead_free);
  EXECUTE format('GRANT SELECT ON contacts, lead_touches TO %s', all_but_marketer);
  EXECUTE format('GRANT SELECT (%s) ON contacts TO funneldesk_marketer', contact_free);
  EXECUTE format('GRANT SELECT (%s) ON lead_touches TO funneldesk_marketer', touch_free);
  GRANT SELECT ON contact_phones_masked TO funneldesk_marketer;
  EXECUTE format('GRANT INSERT ON audit_log TO %s', everyone);
  -- The id a row got is read from its sequence (lastval), not returned by the insert.
  EXECUTE format('GRANT SELECT ON ALL SEQUENCES IN SCHEMA %I TO %s', current_schema(), everyone);

  -- The call center: contacts, leads (not their money), calls, meetings, tasks.
  GRANT INSERT, UPDATE ON contacts, lead_touches, call_attempts, meetings, tasks TO funneldesk_operator;
  EXECUTE format('GRANT INSERT (%1$s), UPDATE (%1$s) ON leads TO funneldesk_operator', lead_free);
  -- The office desk: its meetings, the deals and payments of its clients.
  GRANT INSERT, UPDATE ON contacts, leads, lead_touches, call_attempts, meetings, tasks, deals, payments
     TO funneldesk_office_manager;
  -- Marketing: spend, visitors, channels and campaigns.
  GRANT INSERT, UPDATE, DELETE ON ad_spend, site_visitors TO funneldesk_marketer;
  GRANT INSERT, UPDATE ON channels, campaigns TO funneldesk_marketer;
  -- The head acts for the call center and the office and sets plans and bonuses.
  GRANT INSERT, UPDATE ON contacts, leads, lead_touches, call_attempts, meetings, tasks, deals, payments
     TO funneldesk_head;
  GRANT INSERT, UPDATE, DELETE ON kpi_plans, bonus_rules, closed_months TO funneldesk_head;
  -- The administrator: settings, people, imports and handing work over.
  GRANT INSERT, UPDATE ON settings, offices, employees, channels, campaigns, reasons, contacts, leads,
     lead_touches, call_attempts, meetings, tasks, deals, payments TO funneldesk_admin;
  GRANT INSERT, UPDATE, DELETE ON office_closed_days, ad_spend, site_visitors TO funneldesk_admin;
END $$)SQL";

// Who reads which rows: a policy per kind of person (the group roles), so that the server plans
// each statement for the policy that applies and nothing else: the head's count of leads is an
// index-only scan, not a row-by-row check. (SELECT f()) runs a function once per statement; a
// condition without the row's columns is checked once, before the scan.
#define FD_PERSON "(SELECT funneldesk_me()) IS NOT NULL"
#define FD_ALL_SEEING "funneldesk_marketer, funneldesk_head, funneldesk_admin"
#define FD_ME "(SELECT funneldesk_me())"
#define FD_MY_OFFICE "(SELECT funneldesk_my_office())"
#define FD_OWN_OR_NOBODYS FD_PERSON " AND (operator_id IS NULL OR operator_id = " FD_ME ")"
#define FD_OWN_OFFICE "office_id = " FD_MY_OFFICE
#define FD_OPERATOR_LEAD(column) "funneldesk_operator_lead(" column ", " FD_ME ")"
#define FD_OFFICE_LEAD(column) "funneldesk_office_lead(" column ", " FD_MY_OFFICE ")"
/// The policies of a table about leads: all for those who see all, the lead's for the desks.
#define FD_ABOUT_LEADS(table, name)                                                           \
    "ALTER TABLE " table " ENABLE ROW LEVEL SECURITY",                                        \
        "CREATE POLICY " name "_all ON " table " TO " FD_ALL_SEEING " USING (" FD_PERSON ")", \
        "CREATE POLICY " name "_operator ON " table                                           \
        " TO funneldesk_operator USING (" FD_OPERATOR_LEAD("lead_id") ")",                    \
        "CREATE POLICY " name "_office ON " table                                             \
        " TO funneldesk_office_manager USING (" FD_OFFICE_LEAD("lead_id") ")"

const char* const kPolicies[] = {
    "ALTER TABLE leads ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY leads_all ON leads FOR SELECT TO " FD_ALL_SEEING " USING (" FD_PERSON ")",
    "CREATE POLICY leads_operator ON leads FOR SELECT TO funneldesk_operator USING (" FD_OWN_OR_NOBODYS ")",
    "CREATE POLICY leads_office ON leads FOR SELECT TO funneldesk_office_manager USING (" FD_OWN_OFFICE ")",
    "CREATE POLICY leads_add ON leads FOR INSERT TO funneldesk_head, funneldesk_admin, funneldesk_office_manager "
    "WITH CHECK (" FD_PERSON ")",
    "CREATE POLICY leads_add_operator ON leads FOR INSERT TO funneldesk_operator WITH CHECK (" FD_OWN_OR_NOBODYS ")",
    "CREATE POLICY leads_change ON leads FOR UPDATE TO funneldesk_head, funneldesk_admin USING (" FD_PERSON ")",
    "CREATE POLICY leads_change_operator ON leads FOR UPDATE TO funneldesk_operator USING (" FD_OWN_OR_NOBODYS
    ") WITH CHECK (" FD_OWN_OR_NOBODYS ")",
    "CREATE POLICY leads_change_office ON leads FOR UPDATE TO funneldesk_office_manager USING (" FD_OWN_OFFICE
    ") WITH CHECK (" FD_PERSON ")",

    "ALTER TABLE contacts ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY contacts_all ON contacts FOR SELECT TO " FD_ALL_SEEING " USING (" FD_PERSON ")",
    "CREATE POLICY contacts_operator ON contacts TO funneldesk_operator USING (funneldesk_operator_contact(id, " FD_ME
    ")) WITH CHECK (" FD_PERSON ")",
    "CREATE POLICY contacts_office ON contacts TO funneldesk_office_manager USING (funneldesk_office_contact(id, "
    FD_MY_OFFICE ")) WITH CHECK (" FD_PERSON ")",
    "CREATE POLICY contacts_add ON contacts FOR INSERT TO funneldesk_head, funneldesk_admin WITH CHECK (" FD_PERSON ")",
    "CREATE POLICY contacts_change ON contacts FOR UPDATE TO funneldesk_head, funneldesk_admin USING (" FD_PERSON ")",

    // What happens to a lead: with the lead.
    FD_ABOUT_LEADS("lead_touches", "touches"),
    FD_ABOUT_LEADS("call_attempts", "calls"),
    FD_ABOUT_LEADS("tasks", "tasks"),

    // Operators see every meeting (a slot's free seats count them all) but not whose they are;
    // they book and change those of their own leads.
    "ALTER TABLE meetings ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY meetings_all ON meetings TO " FD_ALL_SEEING " USING (" FD_PERSON ")",
    "CREATE POLICY meetings_operator ON meetings FOR SELECT TO funneldesk_operator USING (" FD_PERSON ")",
    "CREATE POLICY meetings_operator_add ON meetings FOR INSERT TO funneldesk_operator WITH CHECK ("
    FD_OPERATOR_LEAD("lead_id") ")",
    "CREATE POLICY meetings_operator_change ON meetings FOR UPDATE TO funneldesk_operator USING ("
    FD_OPERATOR_LEAD("lead_id") ")",
    "CREATE POLICY meetings_office ON meetings TO funneldesk_office_manager USING (" FD_OWN_OFFICE ")",

    // Money: the office's for its manager, nothing for operators (no policy: no rows).
    "ALTER TABLE deals ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY deals_all ON deals TO " FD_ALL_SEEING " USING (" FD_PERSON ")",
    "CREATE POLICY deals_office ON deals TO funneldesk_office_manager USING (" FD_OFFICE_LEAD("lead_id") ")",
    "ALTER TABLE payments ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY payments_all ON payments TO " FD_ALL_SEEING " USING (" FD_PERSON ")",
    "CREATE POLICY payments_office ON payments TO funneldesk_office_manager USING (funneldesk_office_deal(deal_id, "
    FD_MY_OFFICE "))",

    // The audit trail: the head and the administrator read it all; the others their own entries
    // and those about what they may see (the lead card names who did what). Everyone adds their own.
    "ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY audit_all ON audit_log FOR SELECT TO funneldesk_head, funneldesk_admin USING (" FD_PERSON ")",
    "CREATE POLICY audit_marketer ON audit_log FOR SELECT TO funneldesk_marketer USING (employee_id = " FD_ME
    " OR entity IN ('lead', 'meeting', 'deal', 'payment'))",
    "CREATE POLICY audit_operator ON audit_log FOR SELECT TO funneldesk_operator USING (employee_id = " FD_ME
    " OR (entity = 'lead' AND " FD_OPERATOR_LEAD("entity_id") ") OR (entity = 'meeting' AND "
    "funneldesk_operator_meeting(entity_id, " FD_ME ")))",
    "CREATE POLICY audit_office ON audit_log FOR SELECT TO funneldesk_office_manager USING (employee_id = " FD_ME
    " OR (entity = 'lead' AND " FD_OFFICE_LEAD("entity_id") ") OR (entity = 'meeting' AND "
    "funneldesk_office_meeting(entity_id, " FD_MY_OFFICE ")) OR (entity = 'deal' AND funneldesk_office_lead((SELECT x.lead_id "
    "FROM deals x WHERE x.id = entity_id), " FD_MY_OFFICE ")) OR (entity = 'payment' AND funneldesk_office_deal((SELECT p.deal_id FROM payments p "
    "WHERE p.id = entity_id), " FD_MY_OFFICE ")))",
    "CREATE POLICY audit_add ON audit_log FOR INSERT TO funneldesk_operator, funneldesk_office_manager, " FD_ALL_SEEING
    " WITH CHECK (employee_id IS NOT DISTINCT FROM " FD_ME ")",
};

// Gives a person their server login: made or renamed, in their kind's group only, allowed to
// connect to this database, signing in or not, with a password verifier (SCRAM, computed by the
// client so the password never reaches the server). Only the database's owner and an active
// administrator of this company may; a login the server has for anything else is refused.
const char* const kLoginFunction = R"SQL(CREATE OR REPLACE FUNCTION funneldesk_set_login(
    person_login text, old_login text, person_role text, may_sign_in boolean, verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  owner_name text := (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database());
  grp text := 'funneldesk_' || person_role;
  g text;
  attempt int := 0;
BEGIN
  IF session_user <> owner_name AND coalesce(funneldesk_my_role(), '') <> 'admin' THEN
    RAISE EXCEPTION 'only an administrator gives logins' USING ERRCODE = '42501';
  END IF;
  IF person_role NOT IN ('operator', 'office_manager', 'marketer', 'head', 'admin') THEN
    RAISE EXCEPTION 'unknown role %', person_role USING ERRCODE = '22023';
  END IF;
  IF person_login = owner_name OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person_login AND
     (rolsuper OR NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
                              WHERE m.member = pg_roles.oid AND r.rolname LIKE 'funneldesk\_%'))) THEN
    RAISE EXCEPTION 'the login % is taken on this server', person_login USING ERRCODE = '42710';
  END IF;
  -- Roles are shared by the server's databases: another company's change to the same role at
  -- the same moment fails this one with "tuple concurrently updated"; try again.
  LOOP
    BEGIN
      IF old_login IS NOT NULL AND old_login <> person_login
         AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = old_login)
         AND NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person_login)
         -- a role another company's database also lets in stays theirs
         AND NOT EXISTS (SELECT 1 FROM pg_database d, aclexplode(d.datacl) a
                         WHERE d.datname <> current_database() AND a.privilege_type = 'CONNECT'
                           AND a.grantee = (SELECT oid FROM pg_roles WHERE rolname = old_login)) THEN
        EXECUTE format('ALTER ROLE %I RENAME TO %I', old_login, person_login);
      END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person_login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', person_login);
      END IF;
      -- A former login kept by another company no longer comes into this database.
      IF old_login IS NOT NULL AND old_login <> person_login
         AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = old_login) THEN
        EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM %I', current_database(), old_login);
      END IF;
      EXECUTE format('ALTER ROLE %I %s', person_login, CASE WHEN may_sign_in THEN 'LOGIN' ELSE 'NOLOGIN' END);
      IF verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', person_login, verifier);
      END IF;
      FOREACH g IN ARRAY ARRAY['funneldesk_operator', 'funneldesk_office_manager', 'funneldesk_marketer',
                               'funneldesk_head', 'funneldesk_admin'] LOOP
        IF g <> grp AND pg_has_role(person_login, g, 'MEMBER') THEN
          EXECUTE format('REVOKE %I FROM %I', g, person_login);
        END IF;
      END LOOP;
      IF NOT pg_has_role(person_login, grp, 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', grp, person_login);
      END IF;
      EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), person_login);
      RETURN;
    EXCEPTION WHEN internal_error OR duplicate_object OR unique_violation THEN
      attempt := attempt + 1;
      IF attempt >= 20 THEN
        RAISE;
      END IF;
      PERFORM pg_sleep(0.05 * attempt);
    END;
  END LOOP;
END $$)SQL";

// A person changes their own server password (the verifier, as above).
const char* const kOwnPasswordFunction =
    R"SQL(CREATE OR REPLACE FUNCTION funneldesk_set_own_password(verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF funneldesk_me() IS NULL THEN
    RAISE EXCEPTION 'not a person of this company' USING ERRCODE = '42501';
  END IF;
  EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, verifier);
END $$)SQL";

#undef FD_ABOUT_LEADS
#undef FD_OFFICE_LEAD
#undef FD_OPERATOR_LEAD
#undef FD_OWN_OFFICE
#undef FD_OWN_OR_NOBODYS
#undef FD_MY_OFFICE
#undef FD_ME
#undef FD_ALL_SEEING
#undef FD_PERSON

/// The milestone refresh as a function with its owner's rights (see kRefreshMilestonesSql).
QString refreshLeadFunction() {
    QString body = QString::fromUtf8(kRefreshMilestonesSql);
    body.replace(QLatin1String(":id"), QLatin1String("$1"))
        .replace(QLatin1String(":at"), QLatin1String("$2"));
    return QStringLiteral(
               "CREATE OR REPLACE FUNCTION funneldesk_refresh_lead(bigint, bigint) RETURNS void LANGUAGE sql "
               "VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $fd$%1$fd$")
        .arg(body);
}

}  // namespace

void applyServerSecurity(Database& db) {
    if (!db.onServer()) {
        return;
    }
    db.execute(QString::fromUtf8(kGroups));
    for (const char* statement : kPersonFunctions) {
        db.execute(QString::fromUtf8(statement));
    }
    db.execute(refreshLeadFunction());
    db.execute(QString::fromUtf8(kGrants));
    for (const char* statement : kPolicies) {
        db.execute(QString::fromUtf8(statement));
    }
    db.execute(QString::fromUtf8(kLoginFunction));
    db.execute(QString::fromUtf8(kOwnPasswordFunction));
    db.execute(QStringLiteral(
        "REVOKE EXECUTE ON FUNCTION funneldesk_set_login(text, text, text, boolean, text) FROM PUBLIC"));
    db.execute(
        QStringLiteral("GRANT EXECUTE ON FUNCTION funneldesk_set_login(text, text, text, boolean, text) TO "
                       "funneldesk_admin"));
}

}  // namespace fd::core
