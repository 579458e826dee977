#include "IncidentRows.h"
#include "GpkgGeometry.h"
#include "PersonalData.h"
#include "SqlHelpers.h"

#include <QStringList>

namespace griddesk::incidentrows {

namespace {
QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}
} // namespace

QString joinList(const QStringList &list)
{
    return list.join(QLatin1Char('|'));
}

QStringList splitList(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('|'));
}

QString incidentColumns(const SqlDialect &dialect)
{
    static const QString rest = incidentWriteColumns().mid(int(sizeof("geom")));
    // On a server, logins may read only the masked copies of personal data.
    static const QString serverRest = QString(rest).replace(QStringLiteral("reporter_phone, reporter_id_number"),
                                                            QStringLiteral("reporter_phone_masked, reporter_id_number_masked"));
    return QStringLiteral("fid, ") + dialect.geomRead() + QLatin1Char(',') + (dialect.isPostgres() ? serverRest : rest);
}

QString incidentPlaceholders(const SqlDialect &dialect)
{
    QString marks = dialect.geomParam();
    const int columns = incidentWriteColumns().count(QLatin1Char(',')) + 1;
    for (int k = 1; k < columns; ++k)
        marks += QStringLiteral(", ?");
    return marks;
}

const QString &incidentWriteColumns()
{
    static const QString columns = QStringLiteral(
        "geom, code, category_code, title, description, address, reporter, parties, source, state, reported_at, "
        "deadline_at, closed_at, grid_code, community_code, township_code, level, lead_department, co_departments, "
        "supervised, satisfaction, accepted_at, node_started_at, node_deadline_at, due_at, warn_at, last_action_at, "
        "last_escalated_at, rework_count, escalations, master_id, row_version, updated_at, reporter_phone, "
        "reporter_id_number");
    return columns;
}

Incident readIncident(const QSqlQuery &q)
{
    Incident i;
    int c = 0;
    i.id = q.value(c++).toLongLong();
    gpkggeometry::decodePoint(q.value(c++).toByteArray(), &i.location);
    i.code = q.value(c++).toString();
    i.categoryCode = q.value(c++).toString();
    i.title = q.value(c++).toString();
    i.description = q.value(c++).toString();
    i.address = q.value(c++).toString();
    i.reporter = q.value(c++).toString();
    i.parties = splitList(q.value(c++).toString());
    incidentsource::fromCode(q.value(c++).toString(), &i.source);
    incidentstate::fromCode(q.value(c++).toString(), &i.state);
    i.reportedAt = sql::fromDbTime(q.value(c++));
    i.deadlineAt = sql::fromDbTime(q.value(c++));
    i.closedAt = sql::fromDbTime(q.value(c++));
    i.gridCode = q.value(c++).toString();
    i.communityCode = q.value(c++).toString();
    i.townshipCode = q.value(c++).toString();
    const int level = q.value(c++).toInt();
    i.level = isValidAdminLevel(level) ? AdminLevel(level) : AdminLevel::Grid;
    i.leadDepartment = q.value(c++).toString();
    i.coDepartments = splitList(q.value(c++).toString());
    i.supervised = q.value(c++).toBool();
    i.satisfaction = q.value(c++).toString();
    i.acceptedAt = sql::fromDbTime(q.value(c++));
    i.nodeStartedAt = sql::fromDbTime(q.value(c++));
    i.nodeDeadlineAt = sql::fromDbTime(q.value(c++));
    i.dueAt = sql::fromDbTime(q.value(c++));
    i.warnAt = sql::fromDbTime(q.value(c++));
    i.lastActionAt = sql::fromDbTime(q.value(c++));
    i.lastEscalatedAt = sql::fromDbTime(q.value(c++));
    i.reworkCount = q.value(c++).toInt();
    i.escalations = q.value(c++).toInt();
    i.masterId = q.value(c++).toLongLong();
    i.rowVersion = q.value(c++).toInt();
    ++c; // updated_at
    // Personal data is read masked; revealPersonalData() gives it in full.
    i.reporterPhone = personaldata::maskPhone(q.value(c++).toString());
    i.reporterIdNumber = personaldata::maskIdNumber(q.value(c++).toString());
    return i;
}

const QString &summaryColumns()
{
    // What the queue shows and what deciding the available actions needs;
    // the store re-reads the whole case when an action is applied.
    static const QString columns = QStringLiteral(
        "fid, code, category_code, title, state, grid_code, level, lead_department, co_departments, supervised, "
        "satisfaction, deadline_at, closed_at, due_at, warn_at, row_version");
    return columns;
}

Incident readSummary(const QSqlQuery &q)
{
    Incident i;
    int c = 0;
    i.id = q.value(c++).toLongLong();
    i.code = q.value(c++).toString();
    i.categoryCode = q.value(c++).toString();
    i.title = q.value(c++).toString();
    incidentstate::fromCode(q.value(c++).toString(), &i.state);
    i.gridCode = q.value(c++).toString();
    const int level = q.value(c++).toInt();
    i.level = isValidAdminLevel(level) ? AdminLevel(level) : AdminLevel::Grid;
    i.leadDepartment = q.value(c++).toString();
    i.coDepartments = splitList(q.value(c++).toString());
    i.supervised = q.value(c++).toBool();
    i.satisfaction = q.value(c++).toString();
    i.deadlineAt = sql::fromDbTime(q.value(c++));
    i.closedAt = sql::fromDbTime(q.value(c++));
    i.dueAt = sql::fromDbTime(q.value(c++));
    i.warnAt = sql::fromDbTime(q.value(c++));
    i.rowVersion = q.value(c++).toInt();
    return i;
}

QVector<QVariant> incidentValues(const SqlDialect &dialect, const Incident &i)
{
    QVector<QVariant> v = {dialect.point(i.location), i.code, i.categoryCode, i.title,
                           sql::text(i.description), sql::text(i.address), sql::text(i.reporter),
                           sql::text(joinList(i.parties)), incidentsource::code(i.source),
                           incidentstate::code(i.state), sql::toDbTime(i.reportedAt), sql::toDbTime(i.deadlineAt),
                           sql::toDbTime(i.closedAt), i.gridCode, i.communityCode, i.townshipCode};
    v += caseValues(i);
    v << i.rowVersion << sql::toDbTime(QDateTime::currentDateTimeUtc())
      << sql::text(personaldata::normalizePhone(i.reporterPhone)) << sql::text(personaldata::normalizeIdNumber(i.reporterIdNumber));
    return v;
}

const QString &caseAssignments()
{
    static const QString assignments = QStringLiteral(
        "level = ?, lead_department = ?, co_departments = ?, supervised = ?, satisfaction = ?, accepted_at = ?, "
        "node_started_at = ?, node_deadline_at = ?, due_at = ?, warn_at = ?, last_action_at = ?, "
        "last_escalated_at = ?, rework_count = ?, escalations = ?, master_id = ?");
    return assignments;
}

QVector<QVariant> caseValues(const Incident &i)
{
    return {int(i.level), sql::text(i.leadDepartment), sql::text(joinList(i.coDepartments)), i.supervised,
            sql::text(i.satisfaction), sql::toDbTime(i.acceptedAt), sql::toDbTime(i.nodeStartedAt),
            sql::toDbTime(i.nodeDeadlineAt), sql::toDbTime(i.dueAt), sql::toDbTime(i.warnAt),
            sql::toDbTime(i.lastActionAt), sql::toDbTime(i.lastEscalatedAt), i.reworkCount, i.escalations,
            optionalId(i.masterId)};
}

const QString &historyColumns()
{
    static const QString columns = QStringLiteral("fid, incident_id, ") + historyWriteColumns().mid(13);
    return columns;
}

const QString &historyWriteColumns()
{
    static const QString columns = QStringLiteral(
        "incident_id, action, actor, at, state_before, state_after, note, role, department, departments, "
        "satisfaction, master_id");
    return columns;
}

IncidentHistoryEntry readHistory(const QSqlQuery &q)
{
    IncidentHistoryEntry h;
    int c = 0;
    h.id = q.value(c++).toLongLong();
    h.incidentId = q.value(c++).toLongLong();
    h.action = q.value(c++).toString();
    h.actor = q.value(c++).toString();
    h.at = sql::fromDbTime(q.value(c++));
    const QVariant before = q.value(c++);
    h.hasStateBefore = !before.isNull();
    if (h.hasStateBefore)
        incidentstate::fromCode(before.toString(), &h.stateBefore);
    incidentstate::fromCode(q.value(c++).toString(), &h.stateAfter);
    h.note = q.value(c++).toString();
    h.role = q.value(c++).toString();
    h.department = q.value(c++).toString();
    h.departments = splitList(q.value(c++).toString());
    h.satisfaction = q.value(c++).toString();
    h.masterId = q.value(c++).toLongLong();
    return h;
}

QVector<QVariant> historyValues(qint64 incidentId, const IncidentHistoryEntry &h)
{
    return {incidentId, h.action, h.actor, sql::toDbTime(h.at),
            h.hasStateBefore ? QVariant(incidentstate::code(h.stateBefore)) : QVariant(),
            incidentstate::code(h.stateAfter), sql::text(h.note), sql::text(h.role), sql::text(h.department),
            sql::text(joinList(h.departments)), sql::text(h.satisfaction), optionalId(h.masterId)};
}

} // namespace griddesk::incidentrows
