#include "PgGrids.h"
#include "Migrations.h"
#include "SqlHelpers.h"

namespace griddesk::pggrids {

namespace {

const char *const kStatements[] = {
    "CREATE TABLE unit_versions (fid bigserial PRIMARY KEY, geom geometry(MultiPolygon, 4490), code text NOT NULL, "
    "version integer NOT NULL CHECK (version >= 1), parent_code text, name text NOT NULL, short_name text NOT NULL, "
    "level integer NOT NULL CHECK (level BETWEEN 3 AND 6), valid_from date, valid_to date, change text NOT NULL, "
    "related text NOT NULL DEFAULT '', justification text NOT NULL DEFAULT '', overridden integer NOT NULL DEFAULT 0, "
    "actor text NOT NULL DEFAULT '', recorded_at timestamptz NOT NULL DEFAULT now(), UNIQUE (code, version), "
    "CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from))",
    "CREATE INDEX unit_versions_geom ON unit_versions USING gist (geom)",
    "INSERT INTO unit_versions (geom, code, version, parent_code, name, short_name, level, change) "
    "SELECT geom, code, 1, parent_code, name, short_name, level, 'recorded' FROM admin_units ORDER BY level, code",

    // May the signed-in login edit the grids of this community?
    "CREATE FUNCTION gd_may_edit_grids(community text) RETURNS boolean LANGUAGE sql STABLE "
    "AS $$ SELECT gd_is_admin() OR COALESCE((SELECT (m).role = 'centre_staff' AND (m).scope_code <> '' "
    "AND (m).scope_code = ANY (gd_unit_chain(community)) AND (gd_unit_chain(community))[1] IS NOT NULL "
    "AND EXISTS (SELECT 1 FROM admin_units a WHERE a.code = community AND a.level = 5) "
    "FROM (SELECT gd_me() AS m) x WHERE (m).username IS NOT NULL), false) $$",

    // History is kept: a version only ever gets its end day, once (the
    // owner's migrations and copies aside).
    "CREATE FUNCTION gd_unit_versions_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_TABLE_SCHEMA <> 'public' THEN RAISE EXCEPTION 'gd_unit_versions_guard serves GridDesk tables only'; END IF; "
    "IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'unit_versions keeps history' USING ERRCODE = '42501'; END IF; "
    "IF OLD.valid_to IS NOT NULL OR NEW.valid_to IS NULL OR (NEW.fid, NEW.code, NEW.version, NEW.parent_code, NEW.name, "
    "NEW.short_name, NEW.level, NEW.valid_from, NEW.change, NEW.related, NEW.justification, NEW.overridden, NEW.actor, "
    "NEW.recorded_at) IS DISTINCT FROM (OLD.fid, OLD.code, OLD.version, OLD.parent_code, OLD.name, OLD.short_name, "
    "OLD.level, OLD.valid_from, OLD.change, OLD.related, OLD.justification, OLD.overridden, OLD.actor, OLD.recorded_at) "
    "OR NOT ST_Equals(COALESCE(NEW.geom, 'MULTIPOLYGON EMPTY'::geometry), COALESCE(OLD.geom, 'MULTIPOLYGON EMPTY'::geometry)) "
    "THEN RAISE EXCEPTION 'unit_versions keeps history: only a current version may be closed' USING ERRCODE = '42501'; "
    "END IF; RETURN NEW; END $$",
    "CREATE TRIGGER gd_unit_versions_guard BEFORE UPDATE OR DELETE ON unit_versions FOR EACH ROW "
    "EXECUTE FUNCTION gd_unit_versions_guard()",

    // A retired code is never given out again; a grid's code starts with its community's.
    "CREATE FUNCTION gd_unit_code_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ BEGIN "
    "IF TG_TABLE_SCHEMA <> 'public' THEN RAISE EXCEPTION 'gd_unit_code_guard serves GridDesk tables only'; END IF; "
    "IF TG_OP = 'INSERT' AND EXISTS (SELECT 1 FROM unit_versions v WHERE v.code = NEW.code AND v.valid_to IS NOT NULL) "
    "AND NOT EXISTS (SELECT 1 FROM unit_versions v WHERE v.code = NEW.code AND v.valid_to IS NULL) THEN "
    "RAISE EXCEPTION 'the code % belonged to a retired unit and is never used again', NEW.code USING ERRCODE = '23514'; "
    "END IF; "
    "IF NEW.level = 6 AND (NEW.parent_code IS NULL OR length(NEW.code) <> 15 OR left(NEW.code, 12) <> NEW.parent_code) THEN "
    "RAISE EXCEPTION 'grid % must carry the code of its community %', NEW.code, NEW.parent_code USING ERRCODE = '23514'; "
    "END IF; RETURN NEW; END $$",
    "CREATE TRIGGER gd_unit_code_guard BEFORE INSERT OR UPDATE OF code, parent_code, level ON admin_units FOR EACH ROW "
    "EXECUTE FUNCTION gd_unit_code_guard()",

    // At commit: a grid saved by anyone but an administrator keeps the
    // topology rules the console checks (valid, inside its community, no
    // overlap above 0.01 m²). Gaps are the console's check alone.
    "CREATE FUNCTION gd_grid_topology() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ DECLARE g admin_units; c geometry; o text; BEGIN "
    "IF TG_TABLE_SCHEMA <> 'public' THEN RAISE EXCEPTION 'gd_grid_topology serves GridDesk tables only'; END IF; "
    "IF gd_is_admin() OR gd_is_owner() THEN RETURN NULL; END IF; "
    "SELECT * INTO g FROM admin_units WHERE fid = NEW.fid; "
    "IF NOT FOUND OR g.level <> 6 THEN RETURN NULL; END IF; "
    "IF g.geom IS NULL OR NOT ST_IsValid(g.geom) THEN "
    "RAISE EXCEPTION 'grid % has no valid boundary', g.code USING ERRCODE = '23514'; END IF; "
    "SELECT geom INTO c FROM admin_units WHERE code = g.parent_code; "
    "IF c IS NULL OR ST_Area(ST_Difference(g.geom, c)::geography) > 0.01 THEN "
    "RAISE EXCEPTION 'grid % sticks out of its community %', g.code, g.parent_code USING ERRCODE = '23514'; END IF; "
    "SELECT o2.code INTO o FROM admin_units o2 WHERE o2.level = 6 AND o2.fid <> g.fid AND o2.geom && g.geom "
    "AND ST_Area(ST_Intersection(o2.geom, g.geom)::geography) > 0.01 LIMIT 1; "
    "IF o IS NOT NULL THEN RAISE EXCEPTION 'grid % overlaps grid %', g.code, o USING ERRCODE = '23514'; END IF; "
    "RETURN NULL; END $$",
    "CREATE CONSTRAINT TRIGGER gd_grid_topology AFTER INSERT OR UPDATE ON admin_units DEFERRABLE INITIALLY DEFERRED "
    "FOR EACH ROW EXECUTE FUNCTION gd_grid_topology()",

    "CREATE TRIGGER gd_feed AFTER INSERT OR UPDATE OR DELETE ON unit_versions FOR EACH ROW EXECUTE FUNCTION gd_feed()",
    "CREATE TRIGGER gd_audit AFTER INSERT OR UPDATE OR DELETE ON unit_versions FOR EACH ROW EXECUTE FUNCTION gd_audit_row()",

    "ALTER TABLE unit_versions ENABLE ROW LEVEL SECURITY",
    // Retired grids are no longer in admin_units: a grid's own codes say where it was.
    "CREATE POLICY scope_read ON unit_versions FOR SELECT USING (CASE WHEN level = 6 "
    "THEN gd_in_scope(code, parent_code, left(parent_code, 9) || '000') ELSE gd_sees_unit(code) END)",
    "CREATE POLICY record ON unit_versions FOR INSERT WITH CHECK (actor = session_user AND valid_to IS NULL "
    "AND (gd_is_admin() OR (level = 6 AND justification = '' AND overridden = 0 AND gd_may_edit_grids(parent_code))))",
    "CREATE POLICY close ON unit_versions FOR UPDATE USING (valid_to IS NULL "
    "AND (gd_is_admin() OR (level = 6 AND gd_may_edit_grids(parent_code)))) WITH CHECK (valid_to IS NOT NULL)",
    "GRANT SELECT ON unit_versions TO griddesk_user",
    "GRANT INSERT (geom, code, version, parent_code, name, short_name, level, valid_from, change, related, justification, "
    "overridden, actor) ON unit_versions TO griddesk_user",
    "GRANT UPDATE (valid_to) ON unit_versions TO griddesk_user",
    "GRANT USAGE ON SEQUENCE unit_versions_fid_seq TO griddesk_user",

    // The township's centre staff edit its grids: outline and names only.
    "CREATE POLICY grid_insert ON admin_units FOR INSERT WITH CHECK (level = 6 AND gd_may_edit_grids(parent_code))",
    "CREATE POLICY grid_update ON admin_units FOR UPDATE USING (level = 6 AND gd_may_edit_grids(parent_code)) "
    "WITH CHECK (level = 6 AND gd_may_edit_grids(parent_code))",
    "CREATE POLICY grid_delete ON admin_units FOR DELETE USING (level = 6 AND gd_may_edit_grids(parent_code))",
    "GRANT INSERT (geom, code, parent_code, name, short_name, level) ON admin_units TO griddesk_user",
    "GRANT UPDATE (geom, name, short_name) ON admin_units TO griddesk_user",
    "GRANT DELETE ON admin_units TO griddesk_user",
    "GRANT USAGE ON SEQUENCE admin_units_fid_seq TO griddesk_user",
    // Cameras follow the grid their point falls in after an edit.
    "CREATE POLICY grid_cameras ON cameras FOR UPDATE USING (gd_may_edit_grids(community_code)) "
    "WITH CHECK (gd_may_edit_grids(community_code))",
    "GRANT UPDATE (grid_code) ON cameras TO griddesk_user",

    "REVOKE ALL ON FUNCTION gd_may_edit_grids(text), gd_unit_versions_guard(), gd_unit_code_guard(), gd_grid_topology() "
    "FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION gd_may_edit_grids(text) TO griddesk_user",
};

} // namespace

void install(QSqlDatabase &db)
{
    bool indexed = false;
    for (const char *statement : kStatements) {
        sql::execRaw(db, QString::fromUtf8(statement));
        if (!indexed) { // right after the table
            for (const QString &index : migrations::unitVersionStatements())
                sql::execRaw(db, index);
            indexed = true;
        }
    }
}

} // namespace griddesk::pggrids
