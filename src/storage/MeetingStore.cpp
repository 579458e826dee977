#include "MeetingStore.h"
#include "NewIncidentValidator.h"
#include "ReferenceStore.h"
#include "SqlSession.h"
#include "StoreError.h"
#include "UnitStore.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace griddesk {

namespace {

const char *const kMeetingColumns =
    "fid, code, township_code, held_at, length_minutes, chair, attendees, departments, minutes, removed_items, state, "
    "created_by, row_version";
const char *const kTaskColumns =
    "fid, code, meeting_id, agenda_item_id, decision, owner_department, working_days, decided_at, due_at, warn_at, "
    "state, done_at, done_note, supervised, level, escalations, last_escalated_at, grid_code, community_code, "
    "township_code, case_ids, row_version";

QStringList split(const QVariant &v)
{
    return v.toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

QString ids(const QVector<qint64> &list)
{
    QStringList out;
    for (qint64 id : list)
        out << QString::number(id);
    return out.join(QLatin1Char('|'));
}

QVector<qint64> idsOf(const QVariant &v)
{
    QVector<qint64> out;
    for (const QString &s : split(v))
        out << s.toLongLong();
    return out;
}

Meeting readMeeting(const QSqlQuery &q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.code = q.value(1).toString();
    m.townshipCode = q.value(2).toString();
    m.heldAt = sql::fromDbTime(q.value(3));
    m.lengthMinutes = q.value(4).toInt();
    m.chair = q.value(5).toString();
    m.attendees = split(q.value(6));
    m.departments = split(q.value(7));
    m.minutes = q.value(8).toString();
    m.removedItems = split(q.value(9));
    meetingstate::fromCode(q.value(10).toString(), &m.state);
    m.createdBy = q.value(11).toString();
    m.rowVersion = q.value(12).toInt();
    return m;
}

MeetingTask readTask(const QSqlQuery &q)
{
    MeetingTask t;
    t.id = q.value(0).toLongLong();
    t.code = q.value(1).toString();
    t.meetingId = q.value(2).toLongLong();
    t.agendaItemId = q.value(3).toLongLong();
    t.decision = q.value(4).toString();
    t.ownerDepartment = q.value(5).toString();
    t.workingDays = q.value(6).toInt();
    t.decidedAt = sql::fromDbTime(q.value(7));
    t.dueAt = sql::fromDbTime(q.value(8));
    t.warnAt = sql::fromDbTime(q.value(9));
    taskstate::fromCode(q.value(10).toString(), &t.state);
    t.doneAt = sql::fromDbTime(q.value(11));
    t.doneNote = q.value(12).toString();
    t.supervised = q.value(13).toBool();
    t.level = AdminLevel(q.value(14).toInt());
    t.escalations = q.value(15).toInt();
    t.lastEscalatedAt = sql::fromDbTime(q.value(16));
    t.gridCode = q.value(17).toString();
    t.communityCode = q.value(18).toString();
    t.townshipCode = q.value(19).toString();
    t.caseIds = idsOf(q.value(20));
    t.rowVersion = q.value(21).toInt();
    return t;
}

QString dayKey(const QDateTime &at)
{
    return WorkingCalendar::localDay(at).toString(QStringLiteral("yyyyMMdd"));
}

} // namespace

MeetingStore::MeetingStore(SqlSession &session, const UnitStore &units, const ReferenceStore &reference)
    : m_session(session)
    , m_units(units)
    , m_reference(reference)
{
}

bool MeetingStore::mayRecordMeetings(const QString &townshipCode) const
{
    const StoreScope &scope = m_session.scope();
    if (!scope.isLimited())
        return true;
    const UserAccount &p = *scope.person();
    return p.role == Role::Administrator || (p.role == Role::CentreStaff && p.scopeCode == townshipCode);
}

void MeetingStore::requireMeetingWriter(const QString &townshipCode) const
{
    const StoreScope &scope = m_session.scope();
    scope.requireWriter();
    if (mayRecordMeetings(townshipCode))
        return;
    scope.refuse(tr("only the centre staff of township %1 prepare and record its meetings").arg(townshipCode));
}

QVector<Meeting> MeetingStore::meetings(const QDateTime &from, const QDateTime &to) const
{
    const StoreScope &scope = m_session.scope();
    QVector<Meeting> all = m_session.read([&] {
        QString where = QStringLiteral("1 = 1");
        QVector<QVariant> values;
        if (from.isValid()) {
            where += QStringLiteral(" AND held_at >= ?");
            values << sql::toDbTime(from);
        }
        if (to.isValid()) {
            where += QStringLiteral(" AND held_at < ?");
            values << sql::toDbTime(to);
        }
        QVector<Meeting> out;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT %1 FROM meetings WHERE %2 ORDER BY held_at DESC, fid DESC")
                                                    .arg(QLatin1String(kMeetingColumns), where), values);
        while (q.next())
            out << readMeeting(q);
        return out;
    });
    all.erase(std::remove_if(all.begin(), all.end(), [&](const Meeting &m) { return !scope.seesUnit(m.townshipCode); }),
              all.end());
    return all;
}

std::optional<Meeting> MeetingStore::meeting(qint64 id) const
{
    const StoreScope &scope = m_session.scope();
    std::optional<Meeting> m = m_session.read([&]() -> std::optional<Meeting> {
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT %1 FROM meetings WHERE fid = ?")
                                                    .arg(QLatin1String(kMeetingColumns)), {id});
        if (!q.next())
            return std::nullopt;
        Meeting out = readMeeting(q);
        QSqlQuery items = sql::exec(m_session.db(), QStringLiteral(
            "SELECT fid, position, kind, params, title, planned_minutes, used_seconds, notes, case_ids, unit_codes, "
            "task_id, bulletin_id FROM agenda_items WHERE meeting_id = ? ORDER BY position, fid"), {id});
        while (items.next()) {
            AgendaItem i;
            i.id = items.value(0).toLongLong();
            i.meetingId = id;
            i.position = items.value(1).toInt();
            if (!agendakind::fromCode(items.value(2).toString(), &i.kind))
                continue; // written by a newer GridDesk
            i.params = QJsonDocument::fromJson(items.value(3).toString().toUtf8()).object();
            i.title = items.value(4).toString();
            i.plannedMinutes = items.value(5).toInt();
            i.usedSeconds = items.value(6).toInt();
            i.notes = items.value(7).toString();
            i.caseIds = idsOf(items.value(8));
            i.unitCodes = split(items.value(9));
            i.taskId = items.value(10).toLongLong();
            i.bulletinId = items.value(11).toLongLong();
            out.agenda << i;
        }
        return out;
    });
    if (m && !scope.seesUnit(m->townshipCode))
        return std::nullopt;
    return m;
}

std::optional<Meeting> MeetingStore::previousMeeting(const QString &townshipCode, const QDateTime &before) const
{
    for (const Meeting &m : meetings(QDateTime(), before))
        if (m.townshipCode == townshipCode)
            return m;
    return std::nullopt;
}

void MeetingStore::validate(const Meeting &m) const
{
    QVector<FieldError> errors;
    const std::optional<AdminUnit> township = m_units.adminUnit(m.townshipCode);
    if (!township || township->level != AdminLevel::Township)
        errors.push_back({QStringLiteral("township"), tr("\"%1\" is not a township").arg(m.townshipCode)});
    if (!m.heldAt.isValid())
        errors.push_back({QStringLiteral("held_at"), tr("the meeting has no date and time")});
    if (m.lengthMinutes < 10 || m.lengthMinutes > 480)
        errors.push_back({QStringLiteral("length"), tr("a meeting lasts 10 to 480 minutes, not %1").arg(m.lengthMinutes)});
    if (m.minutes.size() > 20 * NewIncidentValidator::kMaxText)
        errors.push_back({QStringLiteral("minutes"), tr("the minutes are longer than %1 characters").arg(20 * NewIncidentValidator::kMaxText)});
    QStringList known;
    for (const Department &d : m_reference.departments())
        known << d.code;
    for (const QString &d : m.departments)
        if (!known.contains(d))
            errors.push_back({QStringLiteral("departments"), tr("\"%1\" is not a department").arg(d)});
    for (int i = 0; i < m.agenda.size(); ++i) {
        const AgendaItem &item = m.agenda.at(i);
        if (item.kind == AgendaKind::Custom && item.title.trimmed().isEmpty())
            errors.push_back({QStringLiteral("agenda"), tr("agenda item %1 has no title").arg(i + 1)});
        if (item.plannedMinutes < 0 || item.plannedMinutes > 480)
            errors.push_back({QStringLiteral("agenda"), tr("agenda item %1: plan 0 to 480 minutes").arg(i + 1)});
    }
    if (!errors.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);
}

QString MeetingStore::nextCode(const QString &prefix, const QString &table) const
{
    if (m_session.dialect().isPostgres()) {
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT gd_next_meeting_code(?)"), {prefix});
        return q.next() ? q.value(0).toString() : QString();
    }
    QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT MAX(CAST(substr(code, 13) AS INTEGER)) FROM %1 "
                                                           "WHERE substr(code, 1, 12) = ?").arg(table), {prefix});
    const qint64 n = q.next() ? q.value(0).toLongLong() + 1 : 1;
    return prefix + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

void MeetingStore::writeAgenda(qint64 meetingId, const QVector<AgendaItem> &agenda)
{
    QSet<qint64> keep;
    for (const AgendaItem &i : agenda)
        if (i.id > 0)
            keep.insert(i.id);
    QSqlQuery existing = sql::exec(m_session.db(), QStringLiteral("SELECT fid FROM agenda_items WHERE meeting_id = ?"),
                                   {meetingId});
    QVector<qint64> gone;
    while (existing.next())
        if (!keep.contains(existing.value(0).toLongLong()))
            gone << existing.value(0).toLongLong();
    for (qint64 id : gone)
        sql::exec(m_session.db(), QStringLiteral("DELETE FROM agenda_items WHERE fid = ?"), {id});
    for (int pos = 0; pos < agenda.size(); ++pos) {
        const AgendaItem &i = agenda.at(pos);
        const QVector<QVariant> values = {
            pos, agendakind::code(i.kind),
            QString::fromUtf8(QJsonDocument(i.params).toJson(QJsonDocument::Compact)), sql::text(i.title),
            i.plannedMinutes, i.usedSeconds, sql::text(i.notes), sql::text(ids(i.caseIds)), sql::text(i.unitCodes.join(QLatin1Char('|'))),
            i.taskId > 0 ? QVariant(i.taskId) : QVariant(), i.bulletinId > 0 ? QVariant(i.bulletinId) : QVariant()};
        if (i.id > 0) {
            sql::exec(m_session.db(), QStringLiteral(
                "UPDATE agenda_items SET position = ?, kind = ?, params = ?, title = ?, planned_minutes = ?, "
                "used_seconds = ?, notes = ?, case_ids = ?, unit_codes = ?, task_id = ?, bulletin_id = ? "
                "WHERE fid = ? AND meeting_id = ?"), QVector<QVariant>(values) << i.id << meetingId);
        } else {
            m_session.dialect().insert(m_session.db(), QStringLiteral(
                "INSERT INTO agenda_items (meeting_id, position, kind, params, title, planned_minutes, used_seconds, "
                "notes, case_ids, unit_codes, task_id, bulletin_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                QVector<QVariant>{meetingId} + values, QStringLiteral("insert agenda item"));
        }
    }
}

Meeting MeetingStore::createMeeting(const Meeting &draft)
{
    requireMeetingWriter(draft.townshipCode);
    validate(draft);
    const StoreScope &scope = m_session.scope();
    const QString creator = scope.isLimited() ? scope.person()->displayName : m_session.sessionUser();
    const QString now = sql::toDbTime(QDateTime::currentDateTimeUtc()).toString();
    // A retried write recognises its meeting by township, time and creation stamp.
    auto landed = [&]() -> std::optional<Meeting> {
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT fid FROM meetings WHERE township_code = ? AND held_at = ? "
                                                               "AND created_at = ?"),
                                {draft.townshipCode, sql::toDbTime(draft.heldAt), now});
        if (q.next())
            return meeting(q.value(0).toLongLong());
        return std::nullopt;
    };
    const qint64 id = m_session.write([&]() -> qint64 {
        SqlSession::WriteTransaction tx(m_session);
        const QString code = nextCode(QStringLiteral("LY-%1-").arg(dayKey(draft.heldAt)), QStringLiteral("meetings"));
        QString columns = QStringLiteral("code, township_code, held_at, length_minutes, chair, attendees, departments, "
                                         "minutes, removed_items, state, created_at, updated_at");
        QVector<QVariant> values = {code, draft.townshipCode, sql::toDbTime(draft.heldAt), draft.lengthMinutes,
                                    sql::text(draft.chair.trimmed()), sql::text(draft.attendees.join(QLatin1Char('|'))),
                                    sql::text(draft.departments.join(QLatin1Char('|'))), sql::text(draft.minutes),
                                    sql::text(draft.removedItems.join(QLatin1Char('|'))), meetingstate::code(draft.state), now, now};
        if (!m_session.dialect().isPostgres()) { // the server names the creator itself
            columns += QStringLiteral(", created_by");
            values << sql::text(creator);
        }
        QStringList marks;
        for (int i = 0; i < values.size(); ++i)
            marks << QStringLiteral("?");
        const qint64 fid = m_session.dialect().insert(m_session.db(), QStringLiteral("INSERT INTO meetings (%1) VALUES (%2)")
                                                                          .arg(columns, marks.join(QStringLiteral(", "))),
                                                      values, QStringLiteral("insert meeting"));
        writeAgenda(fid, draft.agenda);
        tx.commit();
        return fid;
    }, [&]() -> std::optional<qint64> {
        const std::optional<Meeting> m = landed();
        return m ? std::optional<qint64>(m->id) : std::nullopt;
    });
    return *meeting(id);
}

Meeting MeetingStore::saveMeeting(const Meeting &m)
{
    requireMeetingWriter(m.townshipCode);
    validate(m);
    auto version = [&]() -> std::optional<int> {
        QSqlQuery cur = sql::exec(m_session.db(), QStringLiteral("SELECT row_version FROM meetings WHERE fid = ?"), {m.id});
        return cur.next() ? std::optional<int>(cur.value(0).toInt()) : std::nullopt;
    };
    // After a lost connection: the save landed when the version moved on by one.
    auto landed = [&]() -> std::optional<bool> {
        return version() == m.rowVersion + 1 ? std::optional<bool>(true) : std::nullopt;
    };
    m_session.write([&] {
        SqlSession::WriteTransaction tx(m_session);
        QSqlQuery cur = sql::exec(m_session.db(), QStringLiteral("SELECT row_version, township_code FROM meetings WHERE fid = ?"),
                                  {m.id});
        if (!cur.next())
            throw StoreError(StoreError::Kind::NotFound, tr("meeting %1 does not exist").arg(m.code));
        if (cur.value(1).toString() != m.townshipCode)
            throw StoreError(StoreError::Kind::Invalid, tr("meeting %1 stays with its township").arg(m.code));
        if (cur.value(0).toInt() != m.rowVersion)
            throw StoreError(StoreError::Kind::Conflict,
                             tr("meeting %1 was changed by someone else; open it again to see their changes").arg(m.code));
        sql::exec(m_session.db(), QStringLiteral(
            "UPDATE meetings SET held_at = ?, length_minutes = ?, chair = ?, attendees = ?, departments = ?, minutes = ?, "
            "removed_items = ?, state = ?, row_version = row_version + 1, updated_at = ? WHERE fid = ?"),
            {sql::toDbTime(m.heldAt), m.lengthMinutes, sql::text(m.chair.trimmed()), sql::text(m.attendees.join(QLatin1Char('|'))),
             sql::text(m.departments.join(QLatin1Char('|'))), sql::text(m.minutes), sql::text(m.removedItems.join(QLatin1Char('|'))),
             meetingstate::code(m.state), sql::toDbTime(QDateTime::currentDateTimeUtc()), m.id});
        writeAgenda(m.id, m.agenda);
        tx.commit();
        return true;
    }, landed);
    return *meeting(m.id);
}

void MeetingStore::recordItemTime(qint64 itemId, int usedSeconds)
{
    m_session.scope().requireWriter();
    m_session.rewrite([&] {
        SqlSession::WriteTransaction tx(m_session);
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            "SELECT m.township_code FROM agenda_items i JOIN meetings m ON m.fid = i.meeting_id WHERE i.fid = ?"), {itemId});
        if (!q.next())
            throw StoreError(StoreError::Kind::NotFound, tr("agenda item %1 does not exist").arg(itemId));
        const QString township = q.value(0).toString();
        requireMeetingWriter(township);
        sql::exec(m_session.db(), QStringLiteral("UPDATE agenda_items SET used_seconds = ? WHERE fid = ?"),
                  {std::max(0, usedSeconds), itemId});
        tx.commit();
    });
}

QVector<MeetingTask> MeetingStore::readTasks(const QString &where, const QVector<QVariant> &values) const
{
    const StoreScope &scope = m_session.scope();
    QVector<MeetingTask> all = m_session.read([&] {
        QVector<MeetingTask> out;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT %1 FROM meeting_tasks WHERE %2 ORDER BY due_at, fid")
                                                    .arg(QLatin1String(kTaskColumns), where), values);
        while (q.next())
            out << readTask(q);
        return out;
    });
    if (scope.isLimited()) {
        const UserAccount &p = *scope.person();
        all.erase(std::remove_if(all.begin(), all.end(), [&](const MeetingTask &t) {
            const QString unit = !t.gridCode.isEmpty() ? t.gridCode : !t.communityCode.isEmpty() ? t.communityCode : t.townshipCode;
            return !scope.seesUnit(unit) || (p.role == Role::DepartmentHandler && p.department != t.ownerDepartment);
        }), all.end());
    }
    return all;
}

std::optional<MeetingTask> MeetingStore::task(qint64 id) const
{
    const QVector<MeetingTask> found = readTasks(QStringLiteral("fid = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<MeetingTask>(found.first());
}

QVector<MeetingTask> MeetingStore::tasks(bool openOnly) const
{
    return openOnly ? readTasks(QStringLiteral("state = 'open'"), {}) : readTasks(QStringLiteral("1 = 1"), {});
}

QVector<MeetingTask> MeetingStore::tasksOfMeeting(qint64 meetingId) const
{
    return readTasks(QStringLiteral("meeting_id = ?"), {meetingId});
}

MeetingTask MeetingStore::addTask(const MeetingTask &draft)
{
    MeetingTask t = draft;
    const std::optional<Meeting> m = meeting(draft.meetingId);
    QVector<FieldError> errors;
    if (!m)
        throw StoreError(StoreError::Kind::NotFound, tr("meeting %1 does not exist").arg(draft.meetingId));
    requireMeetingWriter(m->townshipCode);
    t.townshipCode = m->townshipCode;
    if (t.decision.trimmed().isEmpty())
        errors.push_back({QStringLiteral("decision"), tr("write down the decision")});
    if (t.decision.size() > NewIncidentValidator::kMaxText)
        errors.push_back({QStringLiteral("decision"), tr("the decision is longer than %1 characters").arg(NewIncidentValidator::kMaxText)});
    bool known = false;
    for (const Department &d : m_reference.departments())
        known = known || d.code == t.ownerDepartment;
    if (!known)
        errors.push_back({QStringLiteral("department"), tr("\"%1\" is not a department").arg(t.ownerDepartment)});
    if (t.workingDays < 1 || t.workingDays > 250)
        errors.push_back({QStringLiteral("working_days"), tr("give 1 to 250 working days, not %1").arg(t.workingDays)});
    // The unit it concerns: a grid or community of the township, or the township.
    if (!t.gridCode.isEmpty()) {
        const std::optional<AdminUnit> g = m_units.adminUnit(t.gridCode);
        const std::optional<AdminUnit> c = g ? m_units.adminUnit(g->parentCode) : std::nullopt;
        if (!g || g->level != AdminLevel::Grid || !c || c->parentCode != t.townshipCode)
            errors.push_back({QStringLiteral("grid"), tr("\"%1\" is not a grid of the township").arg(t.gridCode)});
        else
            t.communityCode = c->code;
    } else if (!t.communityCode.isEmpty()) {
        const std::optional<AdminUnit> c = m_units.adminUnit(t.communityCode);
        if (!c || c->level != AdminLevel::Community || c->parentCode != t.townshipCode)
            errors.push_back({QStringLiteral("community"), tr("\"%1\" is not a community of the township").arg(t.communityCode)});
    }
    if (!errors.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);
    if (!t.decidedAt.isValid())
        t.decidedAt = QDateTime::currentDateTimeUtc();
    t.decision = t.decision.trimmed();
    t.state = TaskState::Open;
    t.level = AdminLevel::Township;
    taskclock::stamp(t, m_reference.calendar());
    auto landed = [&]() -> std::optional<qint64> {
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT fid FROM meeting_tasks WHERE meeting_id = ? AND decided_at = ? "
                                                               "AND decision = ?"),
                                {t.meetingId, sql::toDbTime(t.decidedAt), t.decision});
        return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
    };
    const qint64 id = m_session.write([&]() -> qint64 {
        SqlSession::WriteTransaction tx(m_session);
        t.code = nextCode(QStringLiteral("RW-%1-").arg(dayKey(t.decidedAt)), QStringLiteral("meeting_tasks"));
        const qint64 fid = m_session.dialect().insert(m_session.db(), QStringLiteral(
            "INSERT INTO meeting_tasks (code, meeting_id, agenda_item_id, decision, owner_department, working_days, "
            "decided_at, due_at, warn_at, state, done_note, supervised, level, escalations, grid_code, community_code, "
            "township_code, case_ids, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', '', ?, ?, 0, ?, ?, ?, ?, ?)"),
            {t.code, t.meetingId, t.agendaItemId > 0 ? QVariant(t.agendaItemId) : QVariant(), t.decision, t.ownerDepartment,
             t.workingDays, sql::toDbTime(t.decidedAt), sql::toDbTime(t.dueAt), sql::toDbTime(t.warnAt), false,
             int(t.level), sql::text(t.gridCode), sql::text(t.communityCode), t.townshipCode, sql::text(ids(t.caseIds)),
             sql::toDbTime(QDateTime::currentDateTimeUtc())},
            QStringLiteral("insert meeting task"));
        tx.commit();
        return fid;
    }, landed);
    return *task(id);
}

MeetingTask MeetingStore::writeTask(const MeetingTask &before, const MeetingTask &after, int expectedRowVersion)
{
    auto landed = [&]() -> std::optional<bool> {
        QSqlQuery cur = sql::exec(m_session.db(), QStringLiteral("SELECT row_version FROM meeting_tasks WHERE fid = ?"), {before.id});
        return cur.next() && cur.value(0).toInt() == before.rowVersion + 1 ? std::optional<bool>(true) : std::nullopt;
    };
    m_session.write([&] {
        SqlSession::WriteTransaction tx(m_session);
        QSqlQuery cur = sql::exec(m_session.db(), QStringLiteral("SELECT row_version FROM meeting_tasks WHERE fid = ?"), {before.id});
        if (!cur.next())
            throw StoreError(StoreError::Kind::NotFound, tr("task %1 does not exist").arg(before.code));
        const int version = cur.value(0).toInt();
        if (version != before.rowVersion || (expectedRowVersion >= 0 && version != expectedRowVersion))
            throw StoreError(StoreError::Kind::Conflict, tr("task %1 was changed by someone else; look again").arg(before.code));
        sql::exec(m_session.db(), QStringLiteral(
            "UPDATE meeting_tasks SET state = ?, done_at = ?, done_note = ?, supervised = ?, level = ?, escalations = ?, "
            "last_escalated_at = ?, row_version = row_version + 1, updated_at = ? WHERE fid = ?"),
            {taskstate::code(after.state), sql::toDbTime(after.doneAt), sql::text(after.doneNote), after.supervised,
             int(after.level), after.escalations, sql::toDbTime(after.lastEscalatedAt),
             sql::toDbTime(QDateTime::currentDateTimeUtc()), before.id});
        tx.commit();
        return true;
    }, landed);
    return *task(before.id);
}

MeetingTask MeetingStore::completeTask(qint64 id, const QString &note, int expectedRowVersion)
{
    const std::optional<MeetingTask> t = task(id);
    if (!t)
        throw StoreError(StoreError::Kind::NotFound, tr("task %1 does not exist or is outside your area").arg(id));
    const StoreScope &scope = m_session.scope();
    scope.requireWriter();
    const bool owner = scope.isLimited() && scope.person()->role == Role::DepartmentHandler
                    && scope.person()->department == t->ownerDepartment;
    if (!owner)
        requireMeetingWriter(t->townshipCode);
    if (t->state == TaskState::Done)
        throw StoreError(StoreError::Kind::Invalid, tr("task %1 is already done").arg(t->code));
    if (note.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid, tr("say how task %1 was done").arg(t->code),
                         {{QStringLiteral("note"), tr("say how the task was done")}});
    MeetingTask after = *t;
    after.state = TaskState::Done;
    after.doneAt = QDateTime::currentDateTimeUtc();
    after.doneNote = note.trimmed();
    return writeTask(*t, after, expectedRowVersion);
}

MeetingTask MeetingStore::actOnTask(qint64 id, TaskAction action, const QDateTime &at, int expectedRowVersion)
{
    const std::optional<MeetingTask> t = task(id);
    if (!t)
        throw StoreError(StoreError::Kind::NotFound, tr("task %1 does not exist or is outside your area").arg(id));
    requireMeetingWriter(t->townshipCode);
    if (t->state == TaskState::Done)
        throw StoreError(StoreError::Kind::Invalid, tr("task %1 is already done").arg(t->code));
    if (action == TaskAction::Escalate && t->level <= AdminLevel::District)
        throw StoreError(StoreError::Kind::Invalid, tr("task %1 is already with the district").arg(t->code));
    MeetingTask after = *t;
    taskclock::apply(after, action, at);
    return writeTask(*t, after, expectedRowVersion);
}

TaskMonitorResult MeetingStore::applyTaskDeadlines(const QDateTime &now, TaskSettings settings)
{
    TaskMonitorResult r;
    const WorkingCalendar calendar = m_reference.calendar();
    for (const MeetingTask &t : tasks(true)) {
        if (!mayRecordMeetings(t.townshipCode))
            continue;
        for (TaskAction a : taskclock::due(t, now, calendar, settings)) {
            try {
                actOnTask(t.id, a, now);
                ++(a == TaskAction::Supervise ? r.supervised : r.escalated);
            } catch (const StoreError &e) {
                r.errors << QStringLiteral("%1: %2").arg(t.code, e.message());
                break;
            }
        }
    }
    return r;
}

} // namespace griddesk
