#include "PgRegisters.h"
#include "RegisterSchema.h"
#include "SqlHelpers.h"

#include <QStringList>

namespace griddesk::pgregisters {

namespace {

// The masking rules of personaldata::maskIdNumber and maskPhone, in SQL.
QString maskExpression(const RegisterField &f)
{
    const QString c = f.column;
    if (f.kind == FieldKind::IdNumber)
        return QStringLiteral("CASE WHEN length(%1) <= 8 THEN repeat('*', length(%1)) "
                              "ELSE left(%1, 4) || repeat('*', length(%1) - 8) || right(%1, 4) END").arg(c);
    return QStringLiteral("CASE WHEN length(%1) <= 7 THEN repeat('*', length(%1)) "
                          "ELSE left(%1, 3) || repeat('*', length(%1) - 7) || right(%1, 4) END").arg(c);
}

const char *const kFunctions[] = {
    // Does the grid lie in the person's subtree (a retired grid through the
    // community its code names)?
    "CREATE FUNCTION gd_register_sees(g text) RETURNS boolean LANGUAGE sql STABLE "
    "AS $$ SELECT gd_is_admin() OR COALESCE((SELECT (m).scope_code = ANY (gd_staff_chain(g)) "
    "FROM (SELECT gd_me() AS m) x WHERE (m).username IS NOT NULL), false) $$",
    // May the person keep the registers of a grid? Grid workers collect and
    // enter the facts of their own grid; leaders and departments read.
    "CREATE FUNCTION gd_may_register(g text) RETURNS boolean LANGUAGE sql STABLE "
    "AS $$ SELECT gd_is_admin() OR COALESCE((SELECT (m).role IN ('centre_staff', 'community_staff', 'grid_worker') "
    "AND (m).scope_code = ANY (gd_staff_chain(g)) FROM (SELECT gd_me() AS m) x WHERE (m).username IS NOT NULL), false) $$",

    // What the client sends is not trusted: the writer and time are the
    // server's, the grid must be one (a child row's is its parent's), and
    // the community and township come from the grid.
    "CREATE FUNCTION gd_register_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ DECLARE g text; c text; t text; BEGIN "
    "IF TG_TABLE_SCHEMA <> 'public' OR TG_TABLE_NAME NOT IN ('residents', 'houses', 'disputes', 'dispute_parties', "
    "'key_persons', 'key_person_visits', 'organisations', 'work_log', 'register_incidents') THEN "
    "RAISE EXCEPTION 'gd_register_check serves the registers only'; END IF; "
    // The owner's copy between backends writes rows as they are; the
    // owner's import is placed like anyone's.
    "IF gd_is_owner() THEN IF TG_TABLE_NAME = 'register_incidents' THEN RETURN NEW; END IF; "
    "IF NEW.community_code IS NOT NULL THEN RETURN NEW; END IF; END IF; "
    "IF NOT gd_is_owner() THEN NEW.updated_by := session_user; NEW.updated_at := now(); "
    "IF TG_TABLE_NAME <> 'register_incidents' THEN "
    "IF TG_OP = 'UPDATE' THEN NEW.row_version := OLD.row_version + 1; ELSE NEW.row_version := 1; END IF; END IF; END IF; "
    "IF TG_TABLE_NAME = 'dispute_parties' THEN "
    "SELECT d.grid_code INTO g FROM disputes d WHERE d.ledger_no = NEW.ledger_no; "
    "IF NOT FOUND OR NOT (gd_is_owner() OR gd_register_sees(g)) THEN RAISE EXCEPTION 'ledger_no: there is no dispute %', NEW.ledger_no "
    "USING ERRCODE = '23503'; END IF; NEW.grid_code := g; "
    "ELSIF TG_TABLE_NAME = 'key_person_visits' THEN "
    "SELECT k.grid_code INTO g FROM key_persons k WHERE k.fid = NEW.key_person_id; "
    "IF NOT FOUND OR NOT (gd_is_owner() OR gd_register_sees(g)) THEN RAISE EXCEPTION 'key_person_id: there is no key person %', "
    "NEW.key_person_id USING ERRCODE = '23503'; END IF; NEW.grid_code := g; "
    "ELSIF TG_TABLE_NAME = 'register_incidents' THEN "
    "EXECUTE format('SELECT grid_code FROM %I WHERE fid = $1', NEW.register) INTO g USING NEW.record_id; "
    "IF g IS NULL OR NOT gd_register_sees(g) THEN RAISE EXCEPTION 'record_id: there is no record % in %', "
    "NEW.record_id, NEW.register USING ERRCODE = '23503'; END IF; NEW.grid_code := g; RETURN NEW; END IF; "
    "IF TG_OP = 'UPDATE' AND NEW.grid_code = OLD.grid_code AND NEW.community_code = OLD.community_code "
    "AND NEW.township_code = OLD.township_code THEN RETURN NEW; END IF; "
    "SELECT u.parent_code INTO c FROM admin_units u WHERE u.code = NEW.grid_code AND u.level = 6; "
    "IF NOT FOUND THEN RAISE EXCEPTION 'grid_code: % is not a grid of this database', NEW.grid_code "
    "USING ERRCODE = '23514'; END IF; "
    "SELECT u.parent_code INTO t FROM admin_units u WHERE u.code = c; "
    "NEW.community_code := c; NEW.township_code := COALESCE(t, ''); RETURN NEW; END $$",

    // The log keeps what was written without the geometry and personal data.
    "CREATE FUNCTION gd_audit_register() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ DECLARE o jsonb; n jsonb; BEGIN "
    "IF TG_TABLE_SCHEMA <> 'public' OR TG_TABLE_NAME NOT IN ('residents', 'houses', 'disputes', 'dispute_parties', "
    "'key_persons', 'key_person_visits', 'organisations', 'work_log', 'register_incidents', 'register_imports') THEN "
    "RAISE EXCEPTION 'gd_audit_register serves the registers only'; END IF; "
    "IF gd_audit_paused() THEN RETURN NULL; END IF; "
    // The personal columns (the trigger's arguments) go in one step.
    "IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD) - 'geom' - COALESCE(TG_ARGV, '{}'::text[]); END IF; "
    "IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW) - 'geom' - COALESCE(TG_ARGV, '{}'::text[]); END IF; "
    "PERFORM gd_audit_append(lower(TG_OP), TG_TABLE_NAME, (COALESCE(n, o) ->> 'fid')::bigint, o::text, n::text); "
    "RETURN NULL; END $$",

    // Reveals, as for reporters and staff: the request's audit entry is
    // committed before the value comes back, to the same login within two
    // minutes. One answer whether the row is missing or out of reach.
    "CREATE TABLE gd_register_reveal_requests (fid bigserial PRIMARY KEY, table_name text NOT NULL, row_id bigint NOT NULL, "
    "login text NOT NULL, xact xid8 NOT NULL DEFAULT pg_current_xact_id(), "
    "requested_at timestamptz NOT NULL DEFAULT clock_timestamp())",
    "CREATE INDEX gd_register_reveal_requests_login ON gd_register_reveal_requests (login, table_name, row_id, requested_at)",
    "CREATE FUNCTION gd_register_personal_column(p_table text, p_column text) RETURNS boolean LANGUAGE sql IMMUTABLE "
    "AS $$ SELECT (p_table, p_column) IN (('residents', 'id_number'), ('residents', 'phone'), "
    "('houses', 'owner_id_number'), ('houses', 'owner_phone'), ('dispute_parties', 'id_number'), "
    "('dispute_parties', 'phone'), ('key_persons', 'id_number'), ('key_persons', 'phone'), ('organisations', 'phone')) $$",
    "CREATE FUNCTION gd_may_reveal_register(p_table text, p_id bigint, p_column text) RETURNS text LANGUAGE plpgsql "
    "STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$ DECLARE g text; v text; BEGIN "
    "IF NOT gd_register_personal_column(p_table, p_column) THEN "
    "RAISE EXCEPTION '%.% is not personal data of a register', p_table, p_column USING ERRCODE = '42501'; END IF; "
    "EXECUTE format('SELECT grid_code, %I FROM %I WHERE fid = $1', p_column, p_table) INTO g, v USING p_id; "
    "IF g IS NULL OR (NOT gd_is_owner() AND (NOT gd_register_sees(g) "
    "OR NOT COALESCE((gd_me()).personal_data, false))) THEN "
    "RAISE EXCEPTION 'no personal data of % % is available to you', p_table, p_id USING ERRCODE = '42501'; END IF; "
    "RETURN v; END $$",
    "CREATE FUNCTION gd_request_register_reveal(p_table text, p_id bigint, p_column text) RETURNS bigint LANGUAGE plpgsql "
    "SECURITY DEFINER SET search_path = public, pg_temp AS $$ DECLARE s bigint; BEGIN "
    "PERFORM gd_may_reveal_register(p_table, p_id, p_column); "
    "s := gd_audit_append('reveal', p_table, p_id, NULL, json_build_object('fields', p_column)::text); "
    "INSERT INTO gd_register_reveal_requests (table_name, row_id, login) VALUES (p_table, p_id, session_user); "
    "RETURN s; END $$",
    "CREATE FUNCTION gd_reveal_register(p_table text, p_id bigint, p_column text) RETURNS text LANGUAGE plpgsql "
    "SECURITY DEFINER SET search_path = public, pg_temp AS $$ DECLARE v text; BEGIN "
    "v := gd_may_reveal_register(p_table, p_id, p_column); "
    "IF NOT EXISTS (SELECT 1 FROM gd_register_reveal_requests r WHERE r.table_name = p_table AND r.row_id = p_id "
    "AND r.login = session_user AND r.requested_at >= clock_timestamp() - interval '2 minutes' "
    "AND pg_xact_status(r.xact) = 'committed') THEN "
    "RAISE EXCEPTION 'request the reveal of % % first (gd_request_register_reveal) and commit it', p_table, p_id "
    "USING ERRCODE = '42501'; END IF; RETURN v; END $$",

    // An import names its file and counts; the importer is the server's.
    "CREATE FUNCTION gd_register_import_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ BEGIN "
    "IF TG_TABLE_SCHEMA <> 'public' OR TG_TABLE_NAME <> 'register_imports' THEN "
    "RAISE EXCEPTION 'gd_register_import_check serves register_imports only'; END IF; "
    "IF NOT gd_is_owner() THEN NEW.imported_by := session_user; "
    "IF TG_OP = 'INSERT' THEN NEW.imported_at := now(); ELSE NEW.imported_at := OLD.imported_at; END IF; END IF; "
    "RETURN NEW; END $$",
};

} // namespace

QString maskedColumn(const QString &column)
{
    return column + QStringLiteral("_masked");
}

void install(QSqlDatabase &db)
{
    for (const char *statement : kFunctions)
        sql::execRaw(db, QString::fromUtf8(statement));
    QStringList tables;
    for (RegisterKind kind : registerkind::all()) {
        const RegisterSpec &spec = registercatalog::spec(kind);
        const QString t = spec.table;
        tables << t;
        sql::execRaw(db, registerschema::createTable(spec, true));
        for (const QString &statement : registerschema::indexes(spec))
            sql::execRaw(db, statement);
        QStringList personal;
        for (const RegisterField &f : spec.fields)
            if (f.personal) {
                sql::execRaw(db, QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 text GENERATED ALWAYS AS (%3) STORED")
                                     .arg(t, maskedColumn(f.column), maskExpression(f)));
                personal << QLatin1Char('\'') + f.column + QLatin1Char('\'');
            }
        if (spec.hasGeometry())
            sql::execRaw(db, QStringLiteral("CREATE INDEX %1_geom ON %1 USING gist (geom)").arg(t));
        sql::execRaw(db, QStringLiteral("CREATE TRIGGER gd_register_check BEFORE INSERT OR UPDATE ON %1 FOR EACH ROW "
                                        "EXECUTE FUNCTION gd_register_check()").arg(t));
        sql::execRaw(db, QStringLiteral("CREATE TRIGGER gd_feed AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW "
                                        "EXECUTE FUNCTION gd_feed()").arg(t));
        sql::execRaw(db, QStringLiteral("CREATE TRIGGER gd_audit AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW "
                                        "EXECUTE FUNCTION gd_audit_register(%2)").arg(t, personal.join(QStringLiteral(", "))));
        sql::execRaw(db, QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t));
        sql::execRaw(db, QStringLiteral("CREATE POLICY scope_read ON %1 FOR SELECT USING (gd_register_sees(grid_code))").arg(t));
        sql::execRaw(db, QStringLiteral("CREATE POLICY scope_insert ON %1 FOR INSERT WITH CHECK (gd_may_register(grid_code))").arg(t));
        sql::execRaw(db, QStringLiteral("CREATE POLICY scope_update ON %1 FOR UPDATE USING (gd_may_register(grid_code)) "
                                        "WITH CHECK (gd_may_register(grid_code))").arg(t));
        // Column rights: never a raw personal value for reading; never the
        // id, the writer or a masked copy for writing.
        QStringList readable, writable;
        readable << QStringLiteral("fid");
        if (spec.hasGeometry()) {
            readable << QStringLiteral("geom");
            writable << QStringLiteral("geom");
        }
        for (const RegisterField &f : spec.fields) {
            readable << (f.personal ? maskedColumn(f.column) : f.column);
            writable << f.column;
        }
        readable << registercatalog::commonColumns();
        writable << QStringLiteral("grid_code") << QStringLiteral("import_batch");
        sql::execRaw(db, QStringLiteral("GRANT SELECT (%1) ON %2 TO griddesk_user").arg(readable.join(QStringLiteral(", ")), t));
        sql::execRaw(db, QStringLiteral("GRANT INSERT (%1) ON %2 TO griddesk_user").arg(writable.join(QStringLiteral(", ")), t));
        sql::execRaw(db, QStringLiteral("GRANT UPDATE (%1) ON %2 TO griddesk_user").arg(writable.join(QStringLiteral(", ")), t));
        sql::execRaw(db, QStringLiteral("GRANT USAGE ON SEQUENCE %1_fid_seq TO griddesk_user").arg(t));
        sql::execRaw(db, QStringLiteral("CREATE POLICY %1_scope ON gd_changes AS RESTRICTIVE FOR SELECT "
                                        "USING (table_name <> '%1' OR EXISTS (SELECT 1 FROM %1 r WHERE r.fid = row_id))").arg(t));
    }

    for (const QString &statement : registerschema::supportTables(true))
        sql::execRaw(db, statement);
    // Links to cases: kept by whoever keeps the record, read within scope.
    sql::execRaw(db, QStringLiteral("CREATE TRIGGER gd_register_check BEFORE INSERT OR UPDATE ON register_incidents "
                                    "FOR EACH ROW EXECUTE FUNCTION gd_register_check()"));
    for (const QString &t : {QStringLiteral("register_incidents"), QStringLiteral("register_imports")}) {
        sql::execRaw(db, QStringLiteral("CREATE TRIGGER gd_feed AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW "
                                        "EXECUTE FUNCTION gd_feed()").arg(t));
        sql::execRaw(db, QStringLiteral("CREATE TRIGGER gd_audit AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW "
                                        "EXECUTE FUNCTION gd_audit_register()").arg(t));
        sql::execRaw(db, QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t));
        sql::execRaw(db, QStringLiteral("GRANT USAGE ON SEQUENCE %1_fid_seq TO griddesk_user").arg(t));
    }
    const char *const support[] = {
        // Removing goes through the server: a login with the right to
        // delete could also lock a whole register for everyone. The owner
        // (the installer's connection) may remove any record.
        "CREATE FUNCTION gd_register_remove(p_table text, p_id bigint) RETURNS void LANGUAGE plpgsql SECURITY DEFINER "
        "SET search_path = public, pg_temp AS $$ DECLARE g text; k text; BEGIN "
        "IF p_table NOT IN ('residents', 'houses', 'disputes', 'dispute_parties', 'key_persons', 'key_person_visits', "
        "'organisations', 'work_log') THEN RAISE EXCEPTION '% is not a register', p_table USING ERRCODE = '42501'; END IF; "
        "EXECUTE format('SELECT grid_code FROM %I WHERE fid = $1 FOR UPDATE', p_table) INTO g USING p_id; "
        "IF g IS NULL OR NOT (gd_is_owner() OR (gd_register_sees(g) AND gd_may_register(g))) THEN "
        "RAISE EXCEPTION 'record % of % does not exist or is not yours to remove', p_id, p_table USING ERRCODE = '42501'; END IF; "
        "IF p_table = 'disputes' THEN SELECT ledger_no INTO k FROM disputes WHERE fid = p_id; "
        "DELETE FROM dispute_parties WHERE ledger_no = k; END IF; "
        "IF p_table = 'key_persons' THEN DELETE FROM key_person_visits WHERE key_person_id = p_id; END IF; "
        "DELETE FROM register_incidents WHERE register = p_table AND record_id = p_id; "
        "EXECUTE format('DELETE FROM %I WHERE fid = $1', p_table) USING p_id; END $$",
        "CREATE FUNCTION gd_register_unlink(p_register text, p_record bigint, p_incident bigint) RETURNS void LANGUAGE plpgsql "
        "SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN "
        "DELETE FROM register_incidents WHERE register = p_register AND record_id = p_record AND incident_id = p_incident "
        "AND (gd_is_owner() OR (gd_register_sees(grid_code) AND gd_may_register(grid_code))); END $$",
        // Disputes sharing a party: the same ID number (which logins cannot
        // read) or the same name in the same community; only disputes the
        // person sees (the owner sees them all, as everywhere else).
        "CREATE FUNCTION gd_dispute_party_repeats() RETURNS TABLE (a_ledger text, b_ledger text, name text) LANGUAGE sql "
        "STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$ "
        "SELECT p1.ledger_no, p2.ledger_no, p2.name FROM dispute_parties p1 JOIN dispute_parties p2 "
        "ON p1.ledger_no < p2.ledger_no AND (p1.id_number = p2.id_number "
        "OR (p1.name = p2.name AND p1.community_code = p2.community_code)) "
        "WHERE gd_is_owner() OR (gd_register_sees(p1.grid_code) AND gd_register_sees(p2.grid_code)) $$",
        "CREATE POLICY scope_read ON register_incidents FOR SELECT USING (gd_register_sees(grid_code))",
        "CREATE POLICY scope_write ON register_incidents FOR ALL USING (gd_may_register(grid_code)) "
        "WITH CHECK (gd_may_register(grid_code))",
        "GRANT SELECT ON register_incidents TO griddesk_user",
        "GRANT INSERT (register, record_id, incident_id, grid_code) ON register_incidents TO griddesk_user",
        "CREATE POLICY register_incidents_scope ON gd_changes AS RESTRICTIVE FOR SELECT USING "
        "(table_name <> 'register_incidents' OR EXISTS (SELECT 1 FROM register_incidents r WHERE r.fid = row_id))",
        "CREATE TRIGGER gd_register_import_check BEFORE INSERT OR UPDATE ON register_imports FOR EACH ROW "
        "EXECUTE FUNCTION gd_register_import_check()",
        // An import is the importer's own; administrators read them all.
        "CREATE POLICY own_read ON register_imports FOR SELECT USING (imported_by = session_user OR gd_is_admin())",
        "CREATE POLICY own_write ON register_imports FOR INSERT WITH CHECK ((gd_me()).role IN ('administrator', "
        "'centre_staff', 'community_staff', 'grid_worker'))",
        "CREATE POLICY own_update ON register_imports FOR UPDATE USING (imported_by = session_user) "
        "WITH CHECK (imported_by = session_user)",
        "GRANT SELECT ON register_imports TO griddesk_user",
        "GRANT INSERT (register, file_name, file_format, encoding, rows_read, rows_imported, rows_refused) "
        "ON register_imports TO griddesk_user",
        "GRANT UPDATE (rows_read, rows_imported, rows_refused, status) ON register_imports TO griddesk_user",
        // Which of the given keys a register holds already (an import's
        // duplicates; logins cannot read ID numbers themselves). Key persons
        // are one per ID number and group: their keys are "id|group".
        "CREATE FUNCTION gd_register_taken(p_table text, p_column text, p_values text[]) RETURNS SETOF text "
        "LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN "
        "IF (p_table, p_column) NOT IN (('residents', 'id_number'), ('houses', 'house_no'), ('disputes', 'ledger_no'), "
        "('organisations', 'credit_code'), ('key_persons', 'id_number')) THEN "
        "RAISE EXCEPTION '%.% is no key of a register', p_table, p_column USING ERRCODE = '42501'; END IF; "
        "IF NOT gd_is_owner() AND NOT gd_is_admin() "
        "AND NOT COALESCE((gd_me()).role IN ('centre_staff', 'community_staff', 'grid_worker'), false) "
        "THEN RAISE EXCEPTION 'only those who keep the registers import into them' USING ERRCODE = '42501'; END IF; "
        "IF p_table = 'key_persons' THEN RETURN QUERY SELECT id_number || '|' || person_kind FROM key_persons "
        "WHERE id_number || '|' || person_kind = ANY (p_values); RETURN; END IF; "
        "RETURN QUERY EXECUTE format('SELECT %I FROM %I WHERE %I = ANY ($1)', p_column, p_table, p_column) USING p_values; "
        "END $$",
        // Exports are recorded: the register, the file, the format and the rows.
        "CREATE FUNCTION gd_audit_export(p_table text, p_what text) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER "
        "SET search_path = public, pg_temp AS $$ BEGIN "
        "IF p_table NOT IN ('residents', 'houses', 'disputes', 'dispute_parties', 'key_persons', 'key_person_visits', "
        "'organisations', 'work_log') THEN RAISE EXCEPTION '% is not a register', p_table USING ERRCODE = '42501'; END IF; "
        "IF (gd_me()).username IS NULL AND NOT gd_is_owner() THEN "
        "RAISE EXCEPTION 'only people who sign in export registers' USING ERRCODE = '42501'; END IF; "
        "RETURN gd_audit_append('export', p_table, NULL, NULL, p_what::jsonb::text); END $$",
        "REVOKE ALL ON FUNCTION gd_audit_export(text, text) FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION gd_audit_export(text, text) TO griddesk_user",
        "REVOKE ALL ON FUNCTION gd_register_taken(text, text, text[]) FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION gd_register_taken(text, text, text[]) TO griddesk_user",
        "CREATE POLICY register_imports_scope ON gd_changes AS RESTRICTIVE FOR SELECT USING "
        "(table_name <> 'register_imports' OR EXISTS (SELECT 1 FROM register_imports r WHERE r.fid = row_id))",
        "REVOKE ALL ON FUNCTION gd_register_check(), gd_audit_register(), gd_register_import_check(), "
        "gd_register_sees(text), gd_may_register(text), gd_may_reveal_register(text, bigint, text), "
        "gd_request_register_reveal(text, bigint, text), gd_reveal_register(text, bigint, text), gd_dispute_party_repeats(), "
        "gd_register_remove(text, bigint), gd_register_unlink(text, bigint, bigint) FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION gd_register_sees(text), gd_may_register(text), gd_register_personal_column(text, text), "
        "gd_request_register_reveal(text, bigint, text), gd_reveal_register(text, bigint, text), gd_dispute_party_repeats(), "
        "gd_register_remove(text, bigint), gd_register_unlink(text, bigint, bigint) TO griddesk_user",
    };
    for (const char *statement : support)
        sql::execRaw(db, QString::fromUtf8(statement));
}

} // namespace griddesk::pgregisters
