#include "ReferenceData.h"
#include "BuiltinCalendar.h"
#include "CategoryCatalog.h"
#include "Department.h"
#include "SqlHelpers.h"
#include "TimeLimits.h"

#include <QMap>
#include <QPair>
#include <QSqlQuery>
#include <QStringList>

namespace griddesk::referencedata {

void seedCategories(QSqlDatabase &db)
{
    int order = 0;
    for (const IncidentCategory &c : categorycatalog::seed())
        sql::exec(db, QStringLiteral("INSERT INTO incident_categories (code, name_zh, name_en, time_limit_days, "
                                     "sort_order) VALUES (?, ?, ?, ?, ?)"),
                  {c.code, c.nameZh, c.nameEn, c.timeLimitDays, ++order});
}

void seedCategoryLimits(QSqlDatabase &db)
{
    QSqlQuery cats = sql::exec(db, QStringLiteral("SELECT code, time_limit_days FROM incident_categories"));
    QVector<QPair<QString, int>> limits;
    while (cats.next())
        limits.push_back({cats.value(0).toString(), cats.value(1).toInt()});
    for (const auto &c : limits) {
        const TimeLimits t = TimeLimits::forCaseDays(c.second);
        sql::exec(db, QStringLiteral("UPDATE incident_categories SET accept_days = ?, dispatch_days = ?, handle_days = ?, "
                                     "verify_days = ? WHERE code = ?"),
                  {t.acceptDays, t.dispatchDays, t.handleDays, t.verifyDays, c.first});
    }
}

void seedDepartments(QSqlDatabase &db)
{
    int order = 0;
    for (const Department &d : departmentcatalog::seed())
        sql::exec(db, QStringLiteral("INSERT INTO departments (code, name_zh, name_en, sort_order) VALUES (?, ?, ?, ?)"),
                  {d.code, d.nameZh, d.nameEn, ++order});
}

void seedRouting(QSqlDatabase &db)
{
    for (const RoutingRule &r : departmentcatalog::seedRouting())
        sql::exec(db, QStringLiteral("INSERT INTO routing_rules (category_code, unit_code, department_code) VALUES (?, ?, ?)"),
                  {r.categoryCode, sql::text(r.unitCode), r.departmentCode});
}

void seedCalendar(QSqlDatabase &db)
{
    writeCalendar(db, builtincalendar::text());
}

void writeCalendar(QSqlDatabase &db, const QString &csvText)
{
    QMap<QString, QStringList> days; // date -> kind, name
    for (const QString &line : csvText.split(QLatin1Char('\n'))) {
        const QString l = line.trimmed();
        if (l.isEmpty() || l.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cols = l.split(QLatin1Char(','));
        if (cols.size() >= 2)
            days.insert(cols[0].trimmed(), {cols[1].trimmed(), cols.mid(2).join(QLatin1Char(',')).trimmed()});
    }
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        sql::exec(db, QStringLiteral("INSERT INTO working_calendar (day, kind, name) VALUES (?, ?, ?)"),
                  {it.key(), it.value()[0], sql::text(it.value()[1])});
}

} // namespace griddesk::referencedata
