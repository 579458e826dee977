#include "PgScopeSets.h"
#include "RegisterSpec.h"
#include "SqlHelpers.h"

#include <QStringList>

namespace griddesk::pgscopesets {

namespace {

const char *const kFunctions[] = {
    "CREATE FUNCTION gd_my_scope() RETURNS text LANGUAGE sql STABLE AS $$ SELECT (gd_me()).scope_code $$",
    "CREATE FUNCTION gd_my_role() RETURNS text LANGUAGE sql STABLE AS $$ SELECT (gd_me()).role $$",
    "CREATE FUNCTION gd_my_department() RETURNS text LANGUAGE sql STABLE AS $$ SELECT (gd_me()).department $$",
    // Every code whose chain (itself, its parent, its grandparent) holds the
    // person's scope: the scope and the units one and two levels under it.
    "CREATE FUNCTION gd_scope_codes() RETURNS SETOF text LANGUAGE sql STABLE SECURITY DEFINER "
    "SET search_path = public, pg_temp AS $$ "
    "WITH s AS (SELECT (gd_me()).scope_code AS code) "
    "SELECT code FROM s WHERE code IS NOT NULL "
    "UNION SELECT a.code FROM admin_units a JOIN admin_units p ON p.code = a.parent_code, s "
    "WHERE p.code = s.code OR p.parent_code = s.code $$",
    // The person's scope, its parent and its grandparent.
    "CREATE FUNCTION gd_scope_chain() RETURNS SETOF text LANGUAGE sql STABLE AS $$ "
    "SELECT c FROM unnest(gd_unit_chain(gd_my_scope())) c WHERE c IS NOT NULL AND gd_my_scope() IS NOT NULL $$",
    // A township's area is some tens of codes, a chain three: without these
    // the planner takes a thousand rows from each and overprices the plan.
    "ALTER FUNCTION gd_scope_codes() ROWS 100",
    "ALTER FUNCTION gd_scope_chain() ROWS 3",
    "REVOKE ALL ON FUNCTION gd_my_scope(), gd_my_role(), gd_my_department(), gd_scope_codes(), gd_scope_chain() FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION gd_my_scope(), gd_my_role(), gd_my_department(), gd_scope_codes(), gd_scope_chain() "
    "TO griddesk_user",
};

// A unit's code seen as gd_sees_unit sees it.
QString seesUnit(const QString &code)
{
    return QStringLiteral("((SELECT gd_is_admin()) OR %1 IN (SELECT gd_scope_codes()) OR %1 IN (SELECT gd_scope_chain()))")
        .arg(code);
}

// A grid within the person's area: the grid itself, or its community (the
// first 12 digits of its code), is among their scope's codes.
QString inArea(const QString &grid)
{
    return QStringLiteral("(%1 IN (SELECT gd_scope_codes()) OR left(%1, 12) IN (SELECT gd_scope_codes()))").arg(grid);
}

// A register row's or staff member's grid as gd_register_sees sees it.
QString seesGrid(const QString &grid)
{
    return QStringLiteral("((SELECT gd_is_admin()) OR %1)").arg(inArea(grid));
}

// The scope is one of the row's grid, community and township (gd_in_scope).
QString inScope(const QString &grid, const QString &community, const QString &township)
{
    return QStringLiteral("((SELECT gd_is_admin()) OR (SELECT gd_my_scope()) IN (%1, %2, %3))").arg(grid, community, township);
}

QStringList policies()
{
    const QString handler = QStringLiteral("'department_handler'");
    QStringList out{
        QStringLiteral("ALTER POLICY scope_read ON admin_units USING %1").arg(seesUnit(QStringLiteral("code"))),
        QStringLiteral("ALTER POLICY scope_read ON cameras USING %1")
            .arg(inScope(QStringLiteral("grid_code"), QStringLiteral("community_code"), QStringLiteral("township_code"))),
        QStringLiteral("ALTER POLICY scope_read ON incidents USING ((SELECT gd_is_admin()) OR "
                       "((SELECT gd_my_scope()) IN (grid_code, community_code, township_code) AND "
                       "((SELECT gd_my_role()) <> %1 OR (SELECT gd_my_department()) = lead_department "
                       "OR (SELECT gd_my_department()) = ANY (string_to_array(co_departments, '|')) "
                       "OR gd_case_involved(fid, (SELECT gd_my_department())))))")
            .arg(handler),
        QStringLiteral("ALTER POLICY scope_read ON screening_visits USING "
                       "((SELECT gd_is_admin()) OR grid_code IN (SELECT gd_scope_codes()))"),
        QStringLiteral("ALTER POLICY scope_read ON unit_versions USING (CASE WHEN level = 6 THEN %1 ELSE %2 END)")
            .arg(inScope(QStringLiteral("code"), QStringLiteral("parent_code"), QStringLiteral("left(parent_code, 9) || '000'")),
                 seesUnit(QStringLiteral("code"))),
        QStringLiteral("ALTER POLICY scope_read ON meeting_tasks USING (%1 AND ((SELECT gd_my_role()) <> %2 "
                       "OR (SELECT gd_my_department()) = owner_department))")
            .arg(seesUnit(QStringLiteral("COALESCE(NULLIF(grid_code, ''), NULLIF(community_code, ''), township_code)")),
                 handler),
        QStringLiteral("ALTER POLICY scope_read ON grid_staff USING %1").arg(seesGrid(QStringLiteral("grid_code"))),
        QStringLiteral("ALTER POLICY scope_read ON register_incidents USING %1").arg(seesGrid(QStringLiteral("grid_code"))),
    };
    // gd_may_register: an administrator, or staff of the row's area.
    const QString mayRegister = QStringLiteral("((SELECT gd_is_admin()) OR ((SELECT gd_my_role()) IN "
                                               "('centre_staff', 'community_staff', 'grid_worker') AND %1))")
                                    .arg(inArea(QStringLiteral("grid_code")));
    out << QStringLiteral("ALTER POLICY scope_write ON register_incidents USING %1 WITH CHECK %1").arg(mayRegister);
    for (RegisterKind kind : registerkind::all()) {
        const QString table = registerkind::table(kind);
        out << QStringLiteral("ALTER POLICY scope_read ON %1 USING %2").arg(table, seesGrid(QStringLiteral("grid_code")))
            << QStringLiteral("ALTER POLICY scope_insert ON %1 WITH CHECK %2").arg(table, mayRegister)
            << QStringLiteral("ALTER POLICY scope_update ON %1 USING %2 WITH CHECK %2").arg(table, mayRegister);
    }
    return out;
}

// The policies that let an administrator through, and nobody else.
const char *const kAdminPolicies[] = {
    "DO $$ DECLARE p record; BEGIN FOR p IN SELECT tablename, policyname, with_check FROM pg_policies "
    "WHERE schemaname = 'public' AND qual = 'gd_is_admin()' LOOP "
    "EXECUTE format('ALTER POLICY %I ON %I USING ((SELECT gd_is_admin()))', p.policyname, p.tablename); "
    "IF p.with_check = 'gd_is_admin()' THEN "
    "EXECUTE format('ALTER POLICY %I ON %I WITH CHECK ((SELECT gd_is_admin()))', p.policyname, p.tablename); "
    "END IF; END LOOP; END $$",
    "ALTER POLICY own_row ON gd_users USING (username = session_user OR (SELECT gd_is_admin()))",
    "ALTER POLICY own_read ON register_imports USING (imported_by = session_user OR (SELECT gd_is_admin()))",
    // JIT compiling costs tens of milliseconds a query, many times what the
    // console's reads take; it pays only on reports over millions of rows.
    // Set where the installer owns the database (else the server's own
    // setting stands).
    "DO $$ BEGIN IF pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), "
    "'MEMBER') THEN EXECUTE format('ALTER DATABASE %I SET jit = off', current_database()); END IF; END $$",
};

} // namespace

void install(QSqlDatabase &db)
{
    for (const char *statement : kFunctions)
        sql::execRaw(db, QString::fromUtf8(statement));
    for (const QString &statement : policies())
        sql::execRaw(db, statement);
    for (const char *statement : kAdminPolicies)
        sql::execRaw(db, QString::fromUtf8(statement));
}

} // namespace griddesk::pgscopesets
