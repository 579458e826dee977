#include "KpiRawSql.h"
#include "Migrations.h"
#include "SqlDialect.h"
#include "SqlHelpers.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace griddesk::bench {

namespace {

// Replaces the {NAME} tokens of `sql`, in order, with placeholders bound to
// their values.
QSqlQuery run(QSqlDatabase &db, QString sql, const QHash<QString, QVariant> &values)
{
    static const QRegularExpression token(QStringLiteral("\\{([A-Z]+)\\}"));
    QVector<QVariant> bound;
    QRegularExpressionMatch m;
    int from = 0;
    while ((m = token.match(sql, from)).hasMatch()) {
        bound << values.value(m.captured(1));
        sql.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("?"));
        from = m.capturedStart() + 1;
    }
    return sql::exec(db, sql, bound);
}

// Per case, 0 or 1 for each count, then their sums for each grid, community,
// township and lead department; {F} {T} the period, {A} the moment of
// counting. A case's counted workflow events are read once, through the
// partial index of the counted actions (its condition repeated word for
// word), into one packed number: bits for a reply, a rework and a supervision
// in the period and a rework ever, then the escalations in all, before the
// period and in it. (EXISTS per event kind let the server's planner trade the
// per-case index lookups for whole-index scans.)
QString caseQuery(const SqlDialect &d)
{
    const QString in = QStringLiteral("h.at >= {F} AND h.at < {T} AND h.at <= {A}");
    const QString events
        = QStringLiteral("COALESCE((SELECT MAX(CASE WHEN h.action = 'reply' AND %1 THEN 1 ELSE 0 END) "
                         "+ 2 * MAX(CASE WHEN h.action = 'rework' AND %1 THEN 1 ELSE 0 END) "
                         "+ 4 * MAX(CASE WHEN h.action = 'rework' THEN 1 ELSE 0 END) "
                         "+ 8 * MAX(CASE WHEN h.action = 'supervise' AND %1 THEN 1 ELSE 0 END) "
                         "+ 16 * SUM(CASE WHEN h.action = 'escalate' THEN 1 ELSE 0 END) "
                         "+ 256 * SUM(CASE WHEN h.action = 'escalate' AND h.at < {F} THEN 1 ELSE 0 END) "
                         "+ 4096 * SUM(CASE WHEN h.action = 'escalate' AND %1 THEN 1 ELSE 0 END) "
                         "FROM incident_history h WHERE h.incident_id = i.fid AND %2), 0)")
              .arg(in, migrations::kpiActionsCondition());
    const QString counted = QStringLiteral("state NOT IN ('rejected', 'merged')");
    const QString due = QStringLiteral("(%1 AND deadline_at >= {F} AND deadline_at < {T} AND (deadline_at <= {A} "
                                       "OR (closed_at IS NOT NULL AND closed_at <= {A})))")
                            .arg(counted);
    const QString closedIn
        = QStringLiteral("(state = 'closed' AND closed_at >= {F} AND closed_at < {T} AND closed_at <= {A})");
    auto bit = [](int value) { return QStringLiteral("((ev / %1) % 2 = 1)").arg(value); };
    // The escalations in the period are consecutive in time order; the k-th
    // of n took the case (6 - level) - n + k levels above the grid.
    auto escalatedTo = [](int height) {
        return QStringLiteral("((ev / 4096) > 0 AND (6 - level) - ((ev / 16) % 16) + ((ev / 256) % 16) + 1 <= %1 "
                              "AND %1 <= (6 - level) - ((ev / 16) % 16) + ((ev / 256) % 16) + (ev / 4096))")
            .arg(height);
    };
    auto flag = [](const QString &condition, const char *name) {
        return QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END AS %2").arg(condition, QLatin1String(name));
    };
    const QString andText = QStringLiteral(" AND ");
    const QStringList flags = {
        flag(counted + QStringLiteral(" AND reported_at >= {F} AND reported_at < {T} AND reported_at <= {A}"), "inc"),
        flag(due, "due"),
        flag(due + QStringLiteral(" AND closed_at IS NOT NULL AND closed_at < {T} AND closed_at <= {A}"), "clo"),
        flag(due + QStringLiteral(" AND closed_at IS NOT NULL AND closed_at <= deadline_at AND closed_at <= {A}"),
            "ont"),
        flag(
            due + QStringLiteral(" AND deadline_at < {A} AND NOT (closed_at IS NOT NULL AND closed_at <= deadline_at)"),
            "ovd"),
        flag(counted + andText + bit(1), "rep"),
        flag(counted + andText + bit(1) + andText + bit(2), "rew"),
        flag(closedIn, "cin"),
        flag(closedIn + QStringLiteral(" AND rework_count = 0 AND NOT ") + bit(4), "ftf"),
        flag(closedIn + QStringLiteral(" AND satisfaction IN ('satisfied', 'basically_satisfied', 'dissatisfied')"),
            "eva"),
        flag(closedIn + QStringLiteral(" AND satisfaction IN ('satisfied', 'basically_satisfied')"), "sat"),
        flag(counted + andText + bit(8), "sup"),
        flag(counted + andText + escalatedTo(1), "e1"),
        flag(counted + andText + escalatedTo(2), "e2"),
        flag(counted + andText + escalatedTo(3), "e3"),
    };
    // The candidates: open, closed since the period began, or due in it,
    // each through its own index: one OR on the server (a bitmap of three
    // index scans), a UNION of fids on SQLite (whose planner reads the whole
    // table for the OR), kept off the report-time index where it would read
    // every earlier case.
    const QString candidates = d.isPostgres()
        ? QStringLiteral(
            "(i.closed_at IS NULL AND i.reported_at < {T}) OR (i.closed_at >= {F} AND i.reported_at < {T}) "
            "OR (i.deadline_at >= {F} AND i.deadline_at < {T})")
        : QStringLiteral("i.fid IN (SELECT fid FROM incidents WHERE closed_at IS NULL AND +reported_at < {T} "
                         "UNION SELECT fid FROM incidents WHERE closed_at >= {F} AND +reported_at < {T} "
                         "UNION SELECT fid FROM incidents WHERE deadline_at >= {F} AND deadline_at < {T})");
    const QString sql = QStringLiteral(
        "WITH e AS MATERIALIZED (SELECT i.grid_code AS g, i.community_code AS c, i.township_code AS t, "
        "i.lead_department AS d, i.state, i.level, i.reported_at, i.deadline_at, i.closed_at, i.rework_count, "
        "i.satisfaction, %1 AS ev FROM incidents i WHERE %2), "
        "k AS MATERIALIZED (SELECT g, c, t, d, %3 FROM e) ")
                            .arg(events, candidates, flags.join(QStringLiteral(", ")));
    const QString sums
        = QStringLiteral("SUM(inc), SUM(due), SUM(clo), SUM(ont), SUM(ovd), SUM(rep), SUM(rew), SUM(cin), "
                         "SUM(ftf), SUM(eva), SUM(sat), SUM(sup), SUM(e1), SUM(e2), SUM(e3)");
    QStringList levels;
    for (const char *column : { "g", "c", "t", "d" })
        levels << QStringLiteral("SELECT %1, %2 FROM k GROUP BY %1").arg(QLatin1String(column), sums);
    return sql + levels.join(QStringLiteral(" UNION ALL "));
}

} // namespace

KpiTable rawKpiTable(QSqlDatabase &db, const SqlDialect &dialect, const KpiPeriod &period, const QDateTime &asOf,
    const QDateTime &weeksFrom, const QDateTime &weeksTo)
{
    const QHash<QString, QVariant> values { { QStringLiteral("F"), sql::toDbTime(period.from()) },
        { QStringLiteral("T"), sql::toDbTime(period.to()) }, { QStringLiteral("A"), sql::toDbTime(asOf) },
        { QStringLiteral("WF"), sql::toDbTime(weeksFrom) }, { QStringLiteral("WT"), sql::toDbTime(weeksTo) } };
    KpiTable table;
    auto set = [&](const QString &unit, Kpi k, qint64 numerator, qint64 denominator) {
        if (unit.isEmpty())
            return;
        KpiFigure &f = table.row(unit)[int(k)];
        f.numerator = numerator;
        f.denominator = denominator;
    };

    QSqlQuery q = run(db, caseQuery(dialect), values);
    while (q.next()) {
        const QString unit = q.value(0).toString();
        auto n = [&](int column) { return q.value(column).toLongLong(); };
        set(unit, Kpi::IncidenceRate, n(1), 0);
        set(unit, Kpi::ClosureRate, n(3), n(2));
        set(unit, Kpi::OnTimeClosureRate, n(4), n(2));
        set(unit, Kpi::OverdueCount, n(5), 0);
        set(unit, Kpi::ReworkRate, n(7), n(6));
        set(unit, Kpi::FirstTimeFixRate, n(9), n(8));
        set(unit, Kpi::SatisfactionRate, n(11), n(10));
        set(unit, Kpi::SupervisedCount, n(12), 0);
        set(unit, Kpi::EscalatedToCommunity, n(13), 0);
        set(unit, Kpi::EscalatedToTownship, n(14), 0);
        set(unit, Kpi::EscalatedToDistrict, n(15), 0);
    }
    q.finish();

    // Screening coverage: grid-weeks with a visit over grids × the period's weeks.
    const QStringList weeks = period.isoWeeks();
    QHash<QString, QVariant> weekValues = values;
    QStringList weekTokens;
    for (int i = 0; i < weeks.size(); ++i) {
        const QString name = QStringLiteral("K") + QChar(QLatin1Char(char('A' + i))); // not WF, WT
        weekValues.insert(name, weeks[i]);
        weekTokens << QLatin1Char('{') + name + QLatin1Char('}');
    }
    const QString coverage = QStringLiteral(
        "WITH s AS (SELECT grid_code, COUNT(DISTINCT iso_week) AS n FROM screening_visits WHERE visited_at >= {WF} "
        "AND visited_at < {WT} AND iso_week IN (%1) GROUP BY grid_code), "
        "gu AS MATERIALIZED (SELECT g.code AS g, g.parent_code AS c, p.parent_code AS t, COALESCE(s.n, 0) AS n "
        "FROM admin_units g JOIN admin_units p ON p.code = g.parent_code LEFT JOIN s ON s.grid_code = g.code "
        "WHERE g.level = 6) "
        "SELECT g, SUM(n), COUNT(*) FROM gu GROUP BY g UNION ALL SELECT c, SUM(n), COUNT(*) FROM gu GROUP BY c "
        "UNION ALL SELECT t, SUM(n), COUNT(*) FROM gu GROUP BY t")
                                 .arg(weekTokens.join(QStringLiteral(", ")));
    QSqlQuery s = run(db, coverage, weekValues);
    while (s.next())
        set(s.value(0).toString(), Kpi::ScreeningCoverage, s.value(1).toLongLong(),
            s.value(2).toLongLong() * weeks.size());
    s.finish();

    QSqlQuery p = sql::exec(db,
        QStringLiteral("SELECT code, COALESCE(population, 0) FROM admin_units "
                       "WHERE level BETWEEN 4 AND 6"));
    while (p.next())
        table.row(p.value(0).toString())[int(Kpi::IncidenceRate)].denominator = p.value(1).toLongLong();
    return table;
}

} // namespace griddesk::bench
