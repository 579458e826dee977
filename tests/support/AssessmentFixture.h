#pragma once
// A small hand-built township for assessment report tests: two communities,
// three grids and a department, with cases in the period (October 2026), the
// month before and the same month a year earlier, and one party named twice.

#include "AssessmentReportBuilder.h"

#include <QTimeZone>

namespace griddesk::test::assessment {

inline QDateTime cst(int year, int month, int day, int hour = 10)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone(8 * 3600)).toUTC();
}

inline const QString T = QStringLiteral("371102001000");
inline const QString C1 = QStringLiteral("371102001001");
inline const QString C2 = QStringLiteral("371102001002");
inline const QString G1 = C1 + QStringLiteral("001");
inline const QString G2 = C1 + QStringLiteral("002");
inline const QString G3 = C2 + QStringLiteral("001");
inline const QString D1 = QStringLiteral("civil_affairs");

inline QVector<KpiUnit> units()
{
    // Deliberately out of order: the report lists by level, then code.
    return {
        { G3, C2, QStringLiteral("三网格"), AdminLevel::Grid, false, 0 },
        { C2, T, QStringLiteral("二社区"), AdminLevel::Community, false, 0 },
        { T, QString(), QStringLiteral("东港镇"), AdminLevel::Township, false, 20000 },
        { G2, C1, QStringLiteral("二网格"), AdminLevel::Grid, false, 8000 },
        { C1, T, QStringLiteral("一社区"), AdminLevel::Community, false, 12000 },
        { G1, C1, QStringLiteral("一网格"), AdminLevel::Grid, false, 4000 },
        { D1, QString(), QStringLiteral("民政办"), AdminLevel::Township, true, 0 },
    };
}

// A case reported on `day` of `month` 2026 (or 2025), due a week later, closed
// `closeAfter` days after the report (or open when negative).
inline KpiCase makeCase(
    qint64 id, const QString &grid, int year, int month, int day, int closeAfter, const QStringList &parties = {})
{
    KpiCase c;
    c.id = id;
    c.code = QStringLiteral("E%1").arg(id, 4, 10, QLatin1Char('0'));
    c.gridCode = grid;
    c.communityCode = grid.left(12);
    c.townshipCode = grid.left(9) + QStringLiteral("000");
    c.categoryCode = QStringLiteral("neighbourhood_dispute");
    c.reportedAt = cst(year, month, day);
    c.deadlineAt = c.reportedAt.addDays(7);
    c.leadDepartment = D1;
    c.parties = parties;
    c.location = GeoPoint { 119.4 + id * 0.01, 35.4 };
    if (closeAfter >= 0) {
        c.state = IncidentState::Closed;
        c.closedAt = c.reportedAt.addDays(closeAfter);
        c.events << KpiEvent { IncidentAction::Close, c.closedAt };
        c.satisfaction = QStringLiteral("satisfied");
    } else {
        c.state = IncidentState::Handling;
    }
    return c;
}

inline QVector<KpiCase> cases()
{
    QVector<KpiCase> out;
    qint64 id = 1;
    // October 2026 (the period): G1 busy and mostly on time, G2 a few late, G3 one case.
    for (int d = 1; d <= 8; ++d)
        out << makeCase(id++, G1, 2026, 10, d, d % 4 == 0 ? 10 : 3);
    for (int d = 2; d <= 7; ++d)
        out << makeCase(id++, G2, 2026, 10, d, d % 2 ? 9 : 2);
    out << makeCase(id++, G3, 2026, 10, 5, 1);
    // The same party twice in G2 within the window.
    out << makeCase(id++, G2, 2026, 10, 12, 2, { QStringLiteral("王小明") });
    out << makeCase(id++, G2, 2026, 10, 20, -1, { QStringLiteral("王小明") });
    // September 2026 and October 2025, to compare against.
    for (int d = 1; d <= 6; ++d)
        out << makeCase(id++, G1, 2026, 9, d, 10);
    for (int d = 1; d <= 5; ++d)
        out << makeCase(id++, G1, 2025, 10, d, 2);
    return out;
}

inline const KpiPeriod kOctober = KpiPeriod::month(2026, 10);
inline const QDateTime kAsOf = cst(2026, 11, 29);

inline AssessmentReport report(const QString &unit = T)
{
    const KpiEngine engine(units(), KpiSettings { 5 });
    QString error;
    const auto r = AssessmentReportBuilder::build(engine, unit, kOctober, kAsOf, cases(), {},
        { { QStringLiteral("neighbourhood_dispute"), QStringLiteral("邻里纠纷") } }, {}, &error);
    if (!r)
        qFatal("report not built: %s", qPrintable(error));
    return *r;
}

} // namespace griddesk::test::assessment
