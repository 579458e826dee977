#include "PgSecurity.h"
#include "FieldError.h"
#include "Role.h"
#include "SqlHelpers.h"
#include "StoreError.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace griddesk::pgsecurity {

namespace {

const char *const kStatements[] = {
    // Cluster-wide group roles: other GridDesk databases on the server may have made them.
    "DO $$ BEGIN "
    "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'griddesk_user') THEN CREATE ROLE griddesk_user NOLOGIN; END IF; "
    "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'griddesk_admin') THEN CREATE ROLE griddesk_admin NOLOGIN; END IF; "
    "END $$",
    "GRANT griddesk_user TO griddesk_admin",
    "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
    "GRANT USAGE ON SCHEMA public TO griddesk_user",
    "GRANT SELECT ON gd_meta, incident_categories, departments, routing_rules, working_calendar, admin_units, cameras, "
    "gd_changes, gd_users, spatial_ref_sys, geometry_columns, geography_columns TO griddesk_user",
    "GRANT SELECT, INSERT, UPDATE ON incidents, screening_visits TO griddesk_user",
    "GRANT SELECT, INSERT ON incident_history, attachments TO griddesk_user",
    "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO griddesk_user",
    "GRANT INSERT, UPDATE, DELETE ON gd_meta, incident_categories, departments, routing_rules, working_calendar, "
    "admin_units, cameras TO griddesk_admin",
    "GRANT SELECT ON audit_log TO griddesk_admin",
    // The change feed and the audit log are written by triggers with the
    // owner's rights: nobody writes either directly.
    "ALTER FUNCTION gd_feed() SECURITY DEFINER SET search_path = public, pg_temp",

    // The signed-in person's row (owner's rights: gd_users has its own policy).
    "CREATE FUNCTION gd_me() RETURNS gd_users LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp "
    "AS $$ SELECT * FROM gd_users WHERE username = session_user AND active $$",
    // A unit's code with its parent's and grandparent's.
    "CREATE FUNCTION gd_unit_chain(c text) RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ "
    "SELECT ARRAY[c, p.code, p.parent_code] FROM (SELECT c AS code) x "
    "LEFT JOIN admin_units a ON a.code = x.code LEFT JOIN admin_units p ON p.code = a.parent_code $$",
    // Is a located record in the person's scope?
    "CREATE FUNCTION gd_in_scope(g text, c text, t text) RETURNS boolean LANGUAGE sql STABLE "
    "AS $$ SELECT COALESCE((SELECT (m).role = 'administrator' OR (m).scope_code IN (g, c, t) "
    "FROM (SELECT gd_me() AS m) x WHERE (m).username IS NOT NULL), false) $$",
    // Has the department handled the case before (a dispatch, transfer or
    // co-handling in its history)? Owner's rights: the history has its own policy.
    "CREATE FUNCTION gd_case_involved(p_incident bigint, dept text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ SELECT EXISTS (SELECT 1 FROM incident_history h WHERE h.incident_id = p_incident "
    "AND (h.department = dept OR dept = ANY (string_to_array(h.departments, '|')))) $$",
    // A case assigned to the person: in scope, and for a department handler
    // assigned to their department now. Changing a case needs this.
    "CREATE FUNCTION gd_assigned_incident(g text, c text, t text, lead text, co text) RETURNS boolean LANGUAGE sql STABLE "
    "AS $$ SELECT COALESCE((SELECT ((m).role = 'administrator' OR (m).scope_code IN (g, c, t)) "
    "AND ((m).role <> 'department_handler' OR (m).department = lead OR (m).department = ANY (string_to_array(co, '|'))) "
    "FROM (SELECT gd_me() AS m) x WHERE (m).username IS NOT NULL), false) $$",
    // A case the person sees: assigned, or in a handler's scope and handled
    // by their department before (a transfer keeps it in view).
    "CREATE FUNCTION gd_sees_incident(id bigint, g text, c text, t text, lead text, co text) RETURNS boolean LANGUAGE sql STABLE "
    "AS $$ SELECT gd_assigned_incident(g, c, t, lead, co) OR COALESCE((SELECT (m).role = 'department_handler' "
    "AND (m).scope_code IN (g, c, t) AND gd_case_involved(id, (m).department) "
    "FROM (SELECT gd_me() AS m) x WHERE (m).username IS NOT NULL), false) $$",
    "CREATE FUNCTION gd_can_write() RETURNS boolean LANGUAGE sql STABLE "
    "AS $$ SELECT COALESCE((SELECT (m).role NOT IN ('leader', 'system') FROM (SELECT gd_me() AS m) x "
    "WHERE (m).username IS NOT NULL), false) $$",
    "CREATE FUNCTION gd_is_admin() RETURNS boolean LANGUAGE sql STABLE "
    "AS $$ SELECT COALESCE((SELECT (m).role = 'administrator' FROM (SELECT gd_me() AS m) x "
    "WHERE (m).username IS NOT NULL), false) $$",
    // A unit is visible inside the scope, and so are the scope's own parents (for names).
    "CREATE FUNCTION gd_sees_unit(u text) RETURNS boolean LANGUAGE sql STABLE "
    "AS $$ SELECT gd_is_admin() OR (SELECT (m).scope_code = ANY (gd_unit_chain(u)) OR u = ANY (gd_unit_chain((m).scope_code)) "
    "FROM (SELECT gd_me() AS m) x WHERE (m).username IS NOT NULL) IS TRUE $$",
    // Case numbers continue the day's sequence over all cases, not just the visible ones.
    "CREATE FUNCTION gd_last_incident_code(prefix text) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ SELECT MAX(code) FROM incidents WHERE code LIKE prefix || '%' $$",
    // Owner-rights helpers are for the policies and the store, not for everyone.
    "REVOKE ALL ON FUNCTION gd_last_incident_code(text), gd_case_involved(bigint, text), gd_unit_chain(text), gd_me() "
    "FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION gd_last_incident_code(text), gd_case_involved(bigint, text), gd_unit_chain(text), gd_me() "
    "TO griddesk_user",
    // Personal data: logins read the cases but not the reporters' phone and
    // ID number columns; gd_reveal() returns them to a login with the right,
    // for a case in scope, and records that it did.
    "REVOKE SELECT ON incidents FROM griddesk_user",
    "DO $$ DECLARE cols text; BEGIN "
    "SELECT string_agg(quote_ident(attname), ', ') INTO cols FROM pg_attribute WHERE attrelid = 'incidents'::regclass "
    "AND attnum > 0 AND NOT attisdropped AND attname NOT IN ('reporter_phone', 'reporter_id_number'); "
    "EXECUTE format('GRANT SELECT (%s) ON incidents TO griddesk_user', cols); END $$",
    // The map reads cases through a view with the same rows (the reader's
    // own policies apply) and without the personal data.
    "DO $$ DECLARE cols text; BEGIN "
    "SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols FROM pg_attribute "
    "WHERE attrelid = 'incidents'::regclass AND attnum > 0 AND NOT attisdropped "
    "AND attname NOT IN ('reporter_phone', 'reporter_id_number'); "
    "EXECUTE format('CREATE VIEW incidents_map WITH (security_invoker = true) AS SELECT %s FROM incidents', cols); END $$",
    "GRANT SELECT ON incidents_map TO griddesk_user",
    // Revealing takes two steps, so that no reveal escapes the log: the
    // request writes the audit entry (the caller commits it), and only then
    // does gd_reveal() return the data, for a request by the same login in
    // an earlier, committed transaction within the last two minutes.
    "CREATE FUNCTION gd_may_reveal(p_incident bigint) RETURNS incidents LANGUAGE plpgsql STABLE SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ DECLARE i incidents; BEGIN "
    "SELECT * INTO i FROM incidents WHERE fid = p_incident; "
    "IF NOT FOUND THEN RAISE EXCEPTION 'incident % does not exist', p_incident; END IF; "
    "IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) AND (NOT gd_sees_incident(i.fid, i.grid_code, "
    "i.community_code, i.township_code, i.lead_department, i.co_departments) "
    "OR NOT COALESCE((gd_me()).personal_data, false)) THEN "
    "RAISE EXCEPTION 'no right to see personal data of incident %', p_incident; END IF; "
    "RETURN i; END $$",
    "CREATE FUNCTION gd_request_reveal(p_incident bigint) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ BEGIN PERFORM gd_may_reveal(p_incident); "
    "RETURN gd_audit_append('reveal', 'incidents', p_incident, NULL, "
    "json_build_object('fields', 'reporter_phone,reporter_id_number')::text); END $$",
    "CREATE FUNCTION gd_reveal(p_incident bigint, OUT phone text, OUT id_number text) LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ DECLARE i incidents; BEGIN "
    "i := gd_may_reveal(p_incident); "
    "IF NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'reveal' AND a.table_name = 'incidents' "
    "AND a.row_id = p_incident AND a.actor = session_user AND a.xmin <> pg_current_xact_id()::xid "
    "AND a.at >= to_char((clock_timestamp() - interval '2 minutes') AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')) "
    "THEN RAISE EXCEPTION 'request the reveal of incident % first (gd_request_reveal) and commit it', p_incident; END IF; "
    "phone := i.reporter_phone; id_number := i.reporter_id_number; END $$",
    "REVOKE ALL ON FUNCTION gd_may_reveal(bigint) FROM PUBLIC",
    "REVOKE ALL ON FUNCTION gd_request_reveal(bigint) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION gd_request_reveal(bigint) TO griddesk_user",
    "REVOKE ALL ON FUNCTION gd_reveal(bigint) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION gd_reveal(bigint) TO griddesk_user",
    "REVOKE ALL ON FUNCTION gd_audit_append(text, text, bigint, text, text) FROM PUBLIC",

    "ALTER TABLE incidents ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY scope_read ON incidents FOR SELECT "
    "USING (gd_sees_incident(fid, grid_code, community_code, township_code, lead_department, co_departments))",
    "CREATE POLICY scope_insert ON incidents FOR INSERT "
    "WITH CHECK (gd_can_write() AND gd_sees_incident(fid, grid_code, community_code, township_code, lead_department, co_departments))",
    // A case may leave a handler's view by a transfer they make: the check is on scope only.
    "CREATE POLICY scope_update ON incidents FOR UPDATE "
    "USING (gd_can_write() AND gd_assigned_incident(grid_code, community_code, township_code, lead_department, co_departments)) "
    "WITH CHECK (gd_can_write() AND gd_in_scope(grid_code, community_code, township_code))",
    "ALTER TABLE incident_history ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY scope_read ON incident_history FOR SELECT USING (EXISTS (SELECT 1 FROM incidents i WHERE i.fid = incident_id))",
    "CREATE POLICY scope_insert ON incident_history FOR INSERT "
    "WITH CHECK (gd_can_write() AND EXISTS (SELECT 1 FROM incidents i WHERE i.fid = incident_id))",
    "ALTER TABLE attachments ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY scope_read ON attachments FOR SELECT USING (EXISTS (SELECT 1 FROM incidents i WHERE i.fid = incident_id))",
    "CREATE POLICY scope_insert ON attachments FOR INSERT "
    "WITH CHECK (gd_can_write() AND EXISTS (SELECT 1 FROM incidents i WHERE i.fid = incident_id))",
    "ALTER TABLE screening_visits ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY scope_read ON screening_visits FOR SELECT USING (gd_is_admin() OR (gd_me()).scope_code = ANY (gd_unit_chain(grid_code)))",
    "CREATE POLICY scope_insert ON screening_visits FOR INSERT "
    "WITH CHECK (gd_can_write() AND (gd_is_admin() OR (gd_me()).scope_code = ANY (gd_unit_chain(grid_code))))",
    "ALTER TABLE admin_units ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY scope_read ON admin_units FOR SELECT USING (gd_sees_unit(code))",
    "CREATE POLICY admin_write ON admin_units FOR ALL USING (gd_is_admin()) WITH CHECK (gd_is_admin())",
    "ALTER TABLE cameras ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY scope_read ON cameras FOR SELECT USING (gd_in_scope(grid_code, community_code, township_code))",
    "CREATE POLICY admin_write ON cameras FOR ALL USING (gd_is_admin()) WITH CHECK (gd_is_admin())",
    "ALTER TABLE gd_changes ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY scope_read ON gd_changes FOR SELECT USING (CASE table_name "
    "WHEN 'incidents' THEN EXISTS (SELECT 1 FROM incidents i WHERE i.fid = row_id) "
    "WHEN 'screening_visits' THEN EXISTS (SELECT 1 FROM screening_visits v WHERE v.fid = row_id) ELSE true END)",
    "ALTER TABLE gd_users ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY own_row ON gd_users FOR SELECT USING (username = session_user OR gd_is_admin())",
    // Group roles belong to the whole server; the rights of this township's
    // database come from its own gd_users rows.
    "DO $$ DECLARE t text; BEGIN FOREACH t IN ARRAY ARRAY['incident_categories', 'departments', 'routing_rules', "
    "'working_calendar', 'gd_meta'] LOOP "
    "EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t); "
    "EXECUTE format('CREATE POLICY read_all ON %I FOR SELECT USING (true)', t); "
    "EXECUTE format('CREATE POLICY admin_write ON %I FOR ALL USING (gd_is_admin()) WITH CHECK (gd_is_admin())', t); "
    "END LOOP; END $$",
    "ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY admin_read ON audit_log FOR SELECT USING (gd_is_admin())",
    // The audit pause (copies) and the schema version are the owner's alone.
    "CREATE FUNCTION gd_meta_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF COALESCE(NEW.key, OLD.key) IN ('audit_paused', 'schema_version') AND session_user <> "
    "(SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'gd_meta') "
    "AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN "
    "RAISE EXCEPTION 'only the database owner may change %', COALESCE(NEW.key, OLD.key); END IF; "
    "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
    "CREATE TRIGGER gd_meta_guard BEFORE INSERT OR UPDATE OR DELETE ON gd_meta FOR EACH ROW EXECUTE FUNCTION gd_meta_guard()",
    // A session left idle in a transaction would hold the audit chain's lock
    // and stall every writer.
    "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET idle_in_transaction_session_timeout = %L', current_database(), '60s'); "
    "EXECUTE format('ALTER DATABASE %I SET lock_timeout = %L', current_database(), '30s'); END $$",
};

// A SCRAM-SHA-256 verifier computed by libpq on this connection: the
// password is normalised with SASLprep first, exactly as a client does
// before it proves it (a full-width character typed through an input method
// then signs in), and the password itself never reaches the server.
QString scramVerifier(QSqlDatabase &db, const QString &username, const QString &password)
{
    // Qt 5 names the handle's type "PGconn*", Qt 6 by its struct, "pg_conn*".
    const QVariant handle = db.driver()->handle();
    const char *type = handle.isValid() ? handle.typeName() : "";
    if (qstrcmp(type, "PGconn*") != 0 && qstrcmp(type, "pg_conn*") != 0)
        throw StoreError(StoreError::Kind::Io,
                         QStringLiteral("the PostgreSQL driver gives no libpq connection (%1)").arg(QString::fromLatin1(type)));
    PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
    char *verifier = PQencryptPasswordConn(conn, password.toUtf8().constData(), username.toUtf8().constData(),
                                           "scram-sha-256");
    if (!verifier)
        throw StoreError(StoreError::Kind::Io,
                         QStringLiteral("cannot compute the password verifier: %1").arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
    const QString out = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return out;
}

} // namespace

void install(QSqlDatabase &db)
{
    for (const char *statement : kStatements)
        sql::execRaw(db, QString::fromUtf8(statement));
}

bool addLogin(QSqlDatabase &db, const NewLogin &l)
{
    QVector<FieldError> errors;
    if (!QRegularExpression(QStringLiteral("^[a-z][a-z0-9_]{2,39}$")).match(l.username).hasMatch())
        errors.push_back({QStringLiteral("username"), QStringLiteral("use 3-40 lower-case letters, digits or _, starting with a letter")});
    Role role = Role::System;
    if (!role::fromCode(l.role, &role) || role == Role::System)
        errors.push_back({QStringLiteral("role"), QStringLiteral("unknown role \"%1\"").arg(l.role)});
    if (role != Role::Administrator && role != Role::System) {
        QSqlQuery unit = sql::exec(db, QStringLiteral("SELECT 1 FROM admin_units WHERE code = ?"), {l.scopeCode});
        if (!unit.next())
            errors.push_back({QStringLiteral("scope"), QStringLiteral("\"%1\" is not a unit of this database").arg(l.scopeCode)});
    }
    if (role == Role::DepartmentHandler
        && !sql::exec(db, QStringLiteral("SELECT 1 FROM departments WHERE code = ?"), {l.department}).next())
        errors.push_back({QStringLiteral("department"), QStringLiteral("unknown department \"%1\"").arg(l.department)});
    if (l.password.size() < 10)
        errors.push_back({QStringLiteral("password"), QStringLiteral("use at least 10 characters")});
    if (!errors.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);

    sql::Transaction tx(db);
    // Logins belong to the whole server: a person working for several
    // townships (databases) keeps one login and its password.
    const bool exists = sql::exec(db, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {l.username}).next();
    // Utility statements take no parameters: format() quotes the name and the verifier.
    QSqlQuery create = exists
        ? sql::exec(db, QStringLiteral("SELECT format('GRANT griddesk_user TO %I', ?::text)"), {l.username})
        // A SCRAM verifier, not the password: it never reaches the server's logs.
        : sql::exec(db, QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE griddesk_user', ?::text, ?::text)"),
                    {l.username, scramVerifier(db, l.username, l.password)});
    create.next();
    sql::execRaw(db, create.value(0).toString());
    if (role == Role::Administrator) {
        QSqlQuery grant = sql::exec(db, QStringLiteral("SELECT format('GRANT griddesk_admin TO %I', ?::text)"), {l.username});
        grant.next();
        sql::execRaw(db, grant.value(0).toString());
    }
    sql::exec(db, QStringLiteral("INSERT INTO gd_users (username, display_name, role, scope_code, department, personal_data) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"),
              {l.username, l.displayName.isEmpty() ? l.username : l.displayName, l.role, sql::text(l.scopeCode),
               sql::text(l.department), l.personalData});
    tx.commit();
    return !exists;
}

} // namespace griddesk::pgsecurity
