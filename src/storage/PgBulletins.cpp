#include "PgBulletins.h"
#include "SqlHelpers.h"

namespace griddesk::pgbulletins {

namespace {

const char *const kStatements[] = {
    "CREATE TABLE bulletins (fid bigserial PRIMARY KEY, geom geometry(MultiPolygon, 4490) NOT NULL, code text NOT NULL, "
    "township_code text NOT NULL, level text NOT NULL CHECK (level IN ('blue', 'yellow', 'orange', 'red')), "
    "title text NOT NULL, body text NOT NULL, unit_codes text NOT NULL, valid_from timestamptz NOT NULL, "
    "valid_to timestamptz NOT NULL, published_at timestamptz NOT NULL, published_by text NOT NULL, "
    "withdrawn_at timestamptz, withdrawn_by text NOT NULL DEFAULT '', row_version integer NOT NULL DEFAULT 1, "
    "UNIQUE (township_code, code), CHECK (valid_to > valid_from))",
    "CREATE INDEX bulletins_geom ON bulletins USING gist (geom)",
    "CREATE INDEX bulletins_valid ON bulletins (valid_to, valid_from)",
    "CREATE TRIGGER gd_feed AFTER INSERT OR UPDATE OR DELETE ON bulletins FOR EACH ROW EXECUTE FUNCTION gd_feed()",
    "CREATE TRIGGER gd_audit AFTER INSERT OR UPDATE OR DELETE ON bulletins FOR EACH ROW EXECUTE FUNCTION gd_audit_row()",

    // The units an area covers (their interiors overlap the area's), the
    // same rule as the store's; the township is the one among them.
    "CREATE FUNCTION gd_bulletin_units() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ DECLARE units text[]; towns text[]; BEGIN "
    "IF TG_TABLE_SCHEMA <> 'public' THEN RAISE EXCEPTION 'gd_bulletin_units serves GridDesk tables only'; END IF; "
    "IF gd_is_owner() THEN RETURN NEW; END IF; "
    "SELECT array_agg(code ORDER BY level, code), array_agg(code ORDER BY code) FILTER (WHERE level = 4) "
    "INTO units, towns FROM admin_units WHERE level BETWEEN 4 AND 6 AND geom && NEW.geom "
    "AND ST_Intersects(geom, NEW.geom) AND NOT ST_Touches(geom, NEW.geom); "
    "IF towns IS NULL THEN RAISE EXCEPTION 'the area of bulletin % lies outside the township''s grids', NEW.code "
    "USING ERRCODE = '23514'; END IF; "
    "IF cardinality(towns) > 1 THEN RAISE EXCEPTION 'the area of bulletin % reaches into % townships', NEW.code, "
    "cardinality(towns) USING ERRCODE = '23514'; END IF; "
    "NEW.unit_codes := array_to_string(units, ','); NEW.township_code := towns[1]; "
    "RETURN NEW; END $$",
    "CREATE TRIGGER gd_bulletin_units BEFORE INSERT ON bulletins FOR EACH ROW EXECUTE FUNCTION gd_bulletin_units()",

    "CREATE FUNCTION gd_sees_bulletin(t text, units text) RETURNS boolean LANGUAGE sql STABLE "
    "AS $$ SELECT gd_is_admin() OR COALESCE((SELECT (m).scope_code = t OR EXISTS (SELECT 1 FROM "
    "unnest(string_to_array(units, ',')) u WHERE (m).scope_code = ANY (gd_unit_chain(u))) "
    "FROM (SELECT gd_me() AS m) x WHERE (m).username IS NOT NULL), false) $$",
    "CREATE FUNCTION gd_may_publish(t text) RETURNS boolean LANGUAGE sql STABLE "
    "AS $$ SELECT gd_is_admin() OR COALESCE((SELECT (m).role = 'centre_staff' AND (m).scope_code = t "
    "FROM (SELECT gd_me() AS m) x WHERE (m).username IS NOT NULL), false) $$",

    "ALTER TABLE bulletins ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY scope_read ON bulletins FOR SELECT USING (gd_sees_bulletin(township_code, unit_codes))",
    "CREATE POLICY publish ON bulletins FOR INSERT WITH CHECK (gd_may_publish(township_code) "
    "AND published_by = session_user AND withdrawn_at IS NULL AND withdrawn_by = '' AND row_version = 1 "
    "AND NOT EXISTS (SELECT 1 FROM unnest(string_to_array(unit_codes, ',')) u "
    "WHERE NOT township_code = ANY (gd_unit_chain(u))))",
    "CREATE POLICY withdraw ON bulletins FOR UPDATE USING (gd_may_publish(township_code) AND withdrawn_at IS NULL) "
    "WITH CHECK (gd_may_publish(township_code) AND withdrawn_at IS NOT NULL AND withdrawn_by = session_user)",
    // Column rights: no fid (the sequence's), and after publishing only the withdrawal.
    "GRANT SELECT ON bulletins TO griddesk_user",
    "GRANT INSERT (geom, code, township_code, level, title, body, unit_codes, valid_from, valid_to, published_at, "
    "published_by) ON bulletins TO griddesk_user",
    "GRANT UPDATE (withdrawn_at, withdrawn_by, row_version) ON bulletins TO griddesk_user",
    "GRANT USAGE ON SEQUENCE bulletins_fid_seq TO griddesk_user",
    // The feed's rows of a bulletin only for those who see it (and the other
    // tables' rows as their own policies say).
    "CREATE POLICY bulletin_scope ON gd_changes AS RESTRICTIVE FOR SELECT "
    "USING (table_name <> 'bulletins' OR EXISTS (SELECT 1 FROM bulletins b WHERE b.fid = row_id))",
    "REVOKE ALL ON FUNCTION gd_bulletin_units(), gd_sees_bulletin(text, text), gd_may_publish(text) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION gd_sees_bulletin(text, text), gd_may_publish(text) TO griddesk_user",
};

} // namespace

void install(QSqlDatabase &db)
{
    for (const char *statement : kStatements)
        sql::execRaw(db, QString::fromUtf8(statement));
}

} // namespace griddesk::pgbulletins
