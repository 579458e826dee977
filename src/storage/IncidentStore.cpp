#include "IncidentStore.h"
#include "DeadlineClock.h"
#include "DivisionCode.h"
#include "IncidentRows.h"
#include "IncidentWorkflow.h"
#include "LandedAction.h"
#include "NewIncidentValidator.h"
#include "ReferenceStore.h"
#include "SqlSession.h"
#include "StoreError.h"
#include "UnitStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace griddesk {

IncidentStore::IncidentStore(SqlSession &session, const UnitStore &units, const ReferenceStore &reference)
    : m_session(session)
    , m_units(units)
    , m_reference(reference)
{
}

QString IncidentStore::whereOf(const IncidentQuery &query, QVector<QVariant> *values) const
{
    QStringList clauses;
    if (!query.states.isEmpty()) {
        QStringList marks;
        for (IncidentState s : query.states) {
            marks << QStringLiteral("?");
            *values << incidentstate::code(s);
        }
        // A page of ended cases without a period reads newest first through
        // the report-time index; SQLite's state index would visit every
        // ended case of the township's years first ("+" turns it off there).
        const bool byReportTime = query.limit >= 0 && !query.closedSince.isValid() && !m_session.dialect().isPostgres();
        clauses << QStringLiteral("%1state IN (%2)")
                       .arg(byReportTime ? QStringLiteral("+") : QString(), marks.join(QLatin1Char(',')));
    }
    if (query.reportedSince.isValid()) {
        clauses << QStringLiteral("reported_at >= ?");
        *values << sql::toDbTime(query.reportedSince);
    }
    if (!query.unitCode.isEmpty()) {
        clauses << QStringLiteral("(grid_code = ? OR community_code = ? OR township_code = ?)");
        *values << query.unitCode << query.unitCode << query.unitCode;
    }
    if (query.closedSince.isValid()) {
        // Driven by the closing-time index alone (both branches), so that the
        // ended cases before the period are never read.
        clauses << QStringLiteral("fid IN (SELECT fid FROM incidents WHERE closed_at IS NULL "
                                  "UNION ALL SELECT fid FROM incidents WHERE closed_at >= ?)");
        *values << sql::toDbTime(query.closedSince);
    }
    if (query.afterReportedAt.isValid()) {
        clauses << QStringLiteral("(reported_at < ? OR (reported_at = ? AND fid < ?))");
        *values << sql::toDbTime(query.afterReportedAt) << sql::toDbTime(query.afterReportedAt) << query.afterId;
    }
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

QVector<Incident> IncidentStore::incidents(const IncidentQuery &wanted) const
{
    const StoreScope &scope = m_session.scope();
    // A limited person's cases are counted after the scope's filter.
    IncidentQuery query = wanted;
    if (scope.isLimited())
        query.limit = -1;
    const QVector<Incident> all = m_session.read([&]() -> QVector<Incident> {
        QVector<QVariant> values;
        const QString where = whereOf(query, &values);
        QString statement = QStringLiteral("SELECT %1 FROM incidents%2 ORDER BY reported_at DESC, fid DESC")
                                .arg(incidentrows::incidentColumns(m_session.dialect()), where);
        if (query.limit >= 0) {
            statement += QStringLiteral(" LIMIT ?");
            values << query.limit;
        }
        QVector<Incident> out;
        QSqlQuery q = sql::exec(m_session.db(), statement, values);
        while (q.next())
            out.push_back(incidentrows::readIncident(q));
        return out;
    });
    if (!scope.isLimited())
        return all;
    QVector<Incident> out;
    for (const Incident &i : all) {
        if (!scope.seesIncident(i))
            continue;
        out.push_back(i);
        if (wanted.limit >= 0 && out.size() >= wanted.limit)
            break;
    }
    return out;
}

int IncidentStore::incidentCount(const IncidentQuery &wanted) const
{
    IncidentQuery query = wanted;
    query.limit = -1;
    // A limited person's cases pass the scope's test one by one.
    if (m_session.scope().isLimited())
        return int(incidents(query).size());
    return m_session.read([&] {
        QVector<QVariant> values;
        const QString where = whereOf(query, &values);
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT count(*) FROM incidents%1").arg(where), values);
        return q.next() ? q.value(0).toInt() : 0;
    });
}

std::optional<Incident> IncidentStore::incident(qint64 id) const
{
    const StoreScope &scope = m_session.scope();
    std::optional<Incident> found = m_session.read([&]() -> std::optional<Incident> {
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT %1 FROM incidents WHERE fid = ?").arg(incidentrows::incidentColumns(m_session.dialect())), {id});
        if (!q.next())
            return std::nullopt;
        return incidentrows::readIncident(q);
    });
    return found && scope.seesIncident(*found) ? found : std::nullopt;
}

QVector<Incident> IncidentStore::incidentsById(const QVector<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    const StoreScope &scope = m_session.scope();
    const SqlDialect &d = m_session.dialect();
    QVector<Incident> found = m_session.read([&]() -> QVector<Incident> {
        QVector<Incident> out;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT %1 FROM incidents WHERE %2 ORDER BY fid")
                                                    .arg(incidentrows::incidentColumns(d), d.inIdList(QStringLiteral("fid"))),
                                {d.idList(ids)});
        while (q.next())
            out.push_back(incidentrows::readIncident(q));
        return out;
    });
    found.erase(std::remove_if(found.begin(), found.end(), [&](const Incident &i) { return !scope.seesIncident(i); }),
                found.end());
    return found;
}

std::optional<Incident> IncidentStore::incidentByCode(const QString &code) const
{
    const StoreScope &scope = m_session.scope();
    std::optional<Incident> found = m_session.read([&]() -> std::optional<Incident> {
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT %1 FROM incidents WHERE code = ?").arg(incidentrows::incidentColumns(m_session.dialect())),
                                {code.trimmed()});
        if (!q.next())
            return std::nullopt;
        return incidentrows::readIncident(q);
    });
    return found && scope.seesIncident(*found) ? found : std::nullopt;
}

QVector<IncidentHistoryEntry> IncidentStore::history(qint64 incidentId) const
{
    if (m_session.scope().isLimited() && !incident(incidentId))
        return {};
    return m_session.read([&]() -> QVector<IncidentHistoryEntry> {
        QVector<IncidentHistoryEntry> out;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT %1 FROM incident_history WHERE incident_id = ? ORDER BY at, fid")
                                          .arg(incidentrows::historyColumns()), {incidentId});
        while (q.next())
            out.push_back(incidentrows::readHistory(q));
        return out;
    });
}

QVector<Incident> IncidentStore::dispatchQueue(const QDateTime &evaluationSince) const
{
    return readQueue(evaluationSince, nullptr);
}

QVector<Incident> IncidentStore::dispatchQueue(const QDateTime &evaluationSince, const QVector<qint64> &only) const
{
    if (only.isEmpty())
        return {};
    return readQueue(evaluationSince, &only);
}

QVector<Incident> IncidentStore::readQueue(const QDateTime &evaluationSince, const QVector<qint64> *only) const
{
    const StoreScope &scope = m_session.scope();
    const SqlDialect &d = m_session.dialect();
    QVector<Incident> queue = m_session.read([&]() -> QVector<Incident> {
        // A change's few rows are found by id; the whole queue by state and
        // by the index of closed cases awaiting evaluation.
        const QString ids = only ? QStringLiteral(" AND ") + d.inIdList(QStringLiteral("fid")) : QString();
        QVector<QVariant> values;
        if (only)
            values << d.idList(*only);
        values << sql::toDbTime(evaluationSince);
        if (only)
            values << d.idList(*only);
        QVector<Incident> out;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            "SELECT %1 FROM incidents WHERE state IN ('reported', 'accepted', 'dispatched', 'handling', 'replied', 'verified')%3 "
            "UNION ALL SELECT %1 FROM incidents%2 "
            "WHERE state = 'closed' AND satisfaction = '' AND closed_at >= ?%3")
                                          .arg(incidentrows::summaryColumns(),
                                               only ? QString() : d.indexedBy(QStringLiteral("incidents_unevaluated")), ids),
                                values);
        out.reserve(only ? int(only->size()) : 16384);
        while (q.next())
            out.push_back(incidentrows::readSummary(q));
        return out;
    });
    queue.erase(std::remove_if(queue.begin(), queue.end(), [&](const Incident &i) { return !scope.seesQueued(i); }),
                queue.end());
    return queue;
}

QVector<Attachment> IncidentStore::attachments(qint64 incidentId) const
{
    const StoreScope &scope = m_session.scope();
    if (scope.isLimited() && !incident(incidentId))
        return {};
    const QVector<Attachment> files = m_session.read([&]() -> QVector<Attachment> {
        QVector<Attachment> out;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            "SELECT fid, file_name, mime_type, size, added_at, added_by FROM attachments WHERE incident_id = ? ORDER BY fid"),
            {incidentId});
        while (q.next()) {
            Attachment a;
            a.id = q.value(0).toLongLong();
            a.fileName = q.value(1).toString();
            a.mimeType = q.value(2).toString();
            a.size = q.value(3).toLongLong();
            a.addedAt = sql::fromDbTime(q.value(4));
            a.addedBy = q.value(5).toString();
            out.push_back(a);
        }
        return out;
    });
    for (const Attachment &a : files)
        scope.noteListed(a.id);
    return files;
}

QByteArray IncidentStore::attachmentContent(qint64 attachmentId) const
{
    // Only files of cases this person has listed (and so may see).
    const StoreScope &scope = m_session.scope();
    if (scope.isLimited() && !scope.wasListed(attachmentId))
        return {};
    return m_session.read([&]() -> QByteArray {
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT content FROM attachments WHERE fid = ?"), {attachmentId});
        return q.next() ? q.value(0).toByteArray() : QByteArray();
    });
}

qint64 IncidentStore::addIncident(const NewIncident &report, const QString &actor)
{
    const StoreScope &scope = m_session.scope();
    if (scope.isLimited()) {
        scope.requireWriter();
        const std::optional<AdminUnit> grid = m_session.read([&] { return m_units.gridAt(report.location); });
        if (grid && !scope.seesGrid(grid->code))
            scope.refuse(tr("the location lies in grid %1, outside your area").arg(grid->name));
    }
    NewIncident stamped = report; // a fixed report time identifies the report on a retry
    if (!stamped.reportedAt.isValid())
        stamped.reportedAt = QDateTime::currentDateTimeUtc();
    auto landed = [&]() -> std::optional<qint64> {
        IncidentQuery q;
        q.reportedSince = stamped.reportedAt.addMSecs(-1);
        for (const Incident &i : incidents(q))
            if (i.reportedAt == stamped.reportedAt && i.title == stamped.title.trimmed()
                && i.categoryCode == stamped.categoryCode && i.location.x == stamped.location.x
                && i.location.y == stamped.location.y)
                return i.id;
        return std::nullopt;
    };
    return m_session.write(
        [&] {
            SqlSession::WriteTransaction tx(m_session);
            const qint64 id = writeIncident(stamped, actor);
            tx.commit();
            return id;
        },
        landed);
}

Incident IncidentStore::applyAction(qint64 targetId, const WorkflowRequest &request, int expectedVersion)
{
    const StoreScope &scope = m_session.scope();
    if (scope.isLimited()) {
        scope.requireWriter();
        std::optional<Incident> target = m_session.read([&] { return incident(targetId); });
        scope.requireVisible(target, targetId);
        // What is done to a merged duplicate goes to its master: that case must be in scope too.
        for (int hops = 0; target->state == IncidentState::Merged && target->masterId > 0 && hops < 16; ++hops) {
            const qint64 master = target->masterId;
            target = m_session.read([&] { return incident(master); });
            scope.requireVisible(target, master);
        }
        if (request.action == IncidentAction::Merge)
            scope.requireVisible(m_session.read([&] { return incident(request.masterId); }), request.masterId);
        scope.requireRole(request.role);
    }
    WorkflowRequest stamped = request; // the time identifies the action on a retry
    if (!stamped.at.isValid())
        stamped.at = QDateTime::currentDateTimeUtc();
    auto landed = [&] { return landedAction(*this, targetId, incidentaction::code(stamped.action), stamped.at); };
    return m_session.write([&] { return act(targetId, stamped, expectedVersion); }, landed);
}

Incident IncidentStore::act(qint64 incidentId, const WorkflowRequest &request, int expectedRowVersion)
{
    checkDepartments(request);
    SqlSession::WriteTransaction tx(m_session);
    std::optional<Incident> current = lockedIncident(incidentId);
    if (!current)
        throw StoreError(StoreError::Kind::NotFound, tr("incident %1 does not exist").arg(incidentId));
    // A merged duplicate keeps its history; what is done later goes to its master case.
    for (int hops = 0; current->state == IncidentState::Merged && current->masterId > 0 && hops < 16; ++hops) {
        incidentId = current->masterId;
        expectedRowVersion = -1;
        current = lockedIncident(incidentId);
        if (!current)
            throw StoreError(StoreError::Kind::NotFound, tr("incident %1 does not exist").arg(incidentId));
    }
    if (expectedRowVersion >= 0 && current->rowVersion != expectedRowVersion)
        throw StoreError(StoreError::Kind::Conflict,
                         tr("%1 was changed by someone else (now \"%2\"); look at its current state and try again")
                             .arg(current->code, incidentstate::displayName(current->state)));
    if (request.action == IncidentAction::Merge) {
        const std::optional<Incident> master = incident(request.masterId);
        if (!master || request.masterId == incidentId || !incidentstate::isOpen(master->state)
            || master->state == IncidentState::Merged) {
            const FieldError e{QStringLiteral("master"), tr("the case to merge into must be another open case")};
            throw StoreError(StoreError::Kind::Invalid, e.toString(), {e});
        }
    }
    CaseState c = current->caseState();
    const IncidentState before = c.state;
    QVector<FieldError> errors;
    if (!IncidentWorkflow::apply(&c, request, &errors))
        throw StoreError(StoreError::Kind::Invalid,
                         tr("%1: %2").arg(current->code, joinErrors(errors)), errors);
    Incident updated = *current;
    updated.setCaseState(c);
    DeadlineClock(m_reference.calendar(), m_reference.timeLimits(updated.categoryCode)).stamp(updated);

    QVector<QVariant> values = incidentrows::caseValues(updated);
    values << incidentstate::code(updated.state) << sql::toDbTime(updated.deadlineAt)
           << sql::toDbTime(updated.closedAt) << sql::toDbTime(QDateTime::currentDateTimeUtc()) << incidentId
           << current->rowVersion;
    QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("UPDATE incidents SET %1, state = ?, deadline_at = ?, closed_at = ?, "
                                                 "updated_at = ?, row_version = row_version + 1 "
                                                 "WHERE fid = ? AND row_version = ?").arg(incidentrows::caseAssignments()),
                            values);
    sql::expectAffected(q, 1, tr("update of %1").arg(current->code));

    IncidentHistoryEntry h;
    h.action = incidentaction::code(request.action);
    h.actor = request.actor;
    h.at = request.at;
    h.hasStateBefore = true;
    h.stateBefore = before;
    h.stateAfter = c.state;
    h.note = request.note;
    h.role = role::code(request.role);
    h.department = request.department;
    h.departments = request.departments;
    h.satisfaction = request.satisfaction ? satisfaction::code(*request.satisfaction) : QString();
    h.masterId = request.masterId;
    insertHistory(incidentId, h);
    tx.commit();
    ++updated.rowVersion;
        return updated;
}

void IncidentStore::importIncidents(const QVector<IncidentRecord> &records)
{
    m_session.scope().requireAdministrator();
    const QStringList known = categorycatalog::codes();
    QVector<FieldError> errors;
    for (int row = 0; row < records.size(); ++row) {
        const Incident &i = records[row].incident;
        if (i.code.isEmpty())
            errors.push_back({QStringLiteral("code"), tr("a case number is required"), row + 1});
        if (!known.contains(i.categoryCode))
            errors.push_back({QStringLiteral("category"), tr("unknown category \"%1\"").arg(i.categoryCode), row + 1});
        if (!i.reportedAt.isValid())
            errors.push_back({QStringLiteral("reported_at"), tr("a report time is required"), row + 1});
        if (i.gridCode.isEmpty())
            errors.push_back({QStringLiteral("grid_code"), tr("a grid is required"), row + 1});
    }
    if (!errors.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);
    // A lost connection fails the import; it starts again on a clean database.
    m_session.once([&] {
        SqlSession::WriteTransaction tx(m_session);
        for (const IncidentRecord &r : records) {
            const qint64 id = insertIncident(r.incident);
            for (const IncidentHistoryEntry &h : r.history)
                insertHistory(id, h);
        }
        tx.commit();
    });
}

PersonalDetails IncidentStore::revealPersonalData(qint64 incidentId)
{
    const StoreScope &scope = m_session.scope();
    if (scope.isLimited()) {
        scope.requirePersonalData();
        scope.requireVisible(m_session.read([&] { return incident(incidentId); }), incidentId);
    }
    // A reveal logged twice after a lost commit says the same thing twice; never none.
    return m_session.rewrite([&]() -> PersonalDetails {
        PersonalDetails out;
        if (m_session.dialect().isPostgres()) {
            // The server checks the right and the scope and names its own login.
            // The request's audit entry is committed before the data comes back.
            {
                SqlSession::WriteTransaction request(m_session);
                sql::exec(m_session.db(), QStringLiteral("SELECT gd_request_reveal(?)"), {incidentId});
                request.commit();
            }
            QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT phone, id_number FROM gd_reveal(?)"), {incidentId});
            if (q.next()) {
                out.phone = q.value(0).toString();
                out.idNumber = q.value(1).toString();
            }
            return out;
        }
        SqlSession::WriteTransaction tx(m_session);
        const std::optional<UserAccount> &signedIn = m_session.signedIn();
        if (signedIn && !signedIn->personalData)
            throw StoreError(StoreError::Kind::Invalid, tr("%1 has no right to see personal data").arg(signedIn->username));
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT reporter_phone, reporter_id_number FROM incidents WHERE fid = ?"),
                                {incidentId});
        if (!q.next())
            throw StoreError(StoreError::Kind::NotFound, tr("incident %1 does not exist").arg(incidentId));
        out.phone = q.value(0).toString();
        out.idNumber = q.value(1).toString();
        q.finish();
        m_session.appendAudit(QStringLiteral("reveal"), QStringLiteral("incidents"), incidentId,
                    QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("fields"), QStringLiteral("reporter_phone,reporter_id_number")}})
                                          .toJson(QJsonDocument::Compact)));
        tx.commit();
        return out;
    });
}

std::optional<Incident> IncidentStore::lockedIncident(qint64 id)
{
    QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT %1 FROM incidents WHERE fid = ?%2")
                                      .arg(incidentrows::incidentColumns(m_session.dialect()), m_session.dialect().rowLock()), {id});
    if (!q.next())
        return std::nullopt;
    return incidentrows::readIncident(q);
}

QString IncidentStore::nextIncidentCode(const QDateTime &reportedAt)
{
    // Case numbers follow the centre's local day (China Standard Time).
    const QString day = reportedAt.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyyMMdd"));
    const QString prefix = QStringLiteral("E%1-").arg(day);
    if (m_session.dialect().isPostgres()) {
        // Under row-level security only the server sees the day's whole
        // sequence; it also takes the lock that keeps writers in turn.
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT gd_next_incident_code(?)"), {prefix});
        q.next();
        return q.value(0).toString();
    }
    // The highest numeric suffix of the day (a text MAX would stop at 9999
    // and take a hand-written "-zzzz" for the highest). The range keeps to
    // the code index; suffixes with anything but digits do not count.
    QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT MAX(CAST(substr(code, ?) AS INTEGER)) FROM incidents "
                                                 "WHERE code >= ? AND code < ? AND length(code) BETWEEN ? AND ? "
                                                 "AND substr(code, ?) NOT GLOB '*[^0-9]*'"),
                            {prefix.size() + 1, prefix, prefix + QLatin1Char('~'), prefix.size() + 1, prefix.size() + 15,
                             prefix.size() + 1});
    const qint64 next = q.next() && !q.value(0).isNull() ? q.value(0).toLongLong() + 1 : 1;
    return prefix + QStringLiteral("%1").arg(next, 4, 10, QLatin1Char('0'));
}

qint64 IncidentStore::insertIncident(const Incident &i)
{
    return m_session.dialect().insert(m_session.db(), QStringLiteral("INSERT INTO incidents (%1) VALUES (%2)")
                                      .arg(incidentrows::incidentWriteColumns(), incidentrows::incidentPlaceholders(m_session.dialect())),
                            incidentrows::incidentValues(m_session.dialect(), i), QStringLiteral("insert incident %1").arg(i.code));
}

void IncidentStore::insertHistory(qint64 incidentId, const IncidentHistoryEntry &h)
{
    QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("INSERT INTO incident_history (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                      .arg(incidentrows::historyWriteColumns()), incidentrows::historyValues(incidentId, h));
    sql::expectAffected(q, 1, QStringLiteral("insert history of incident %1").arg(incidentId));
}

qint64 IncidentStore::writeIncident(const NewIncident &report, const QString &actor)
{
    QStringList categoryCodes;
    for (const IncidentCategory &c : m_reference.categories())
        categoryCodes << c.code;
    const QVector<FieldError> errors = NewIncidentValidator(categoryCodes).validate(report);
    if (!errors.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);

    const std::optional<AdminUnit> grid = m_units.gridAt(report.location);
    if (!grid) {
        const FieldError e{QStringLiteral("lon/lat"),
                           tr("location %1, %2 is outside the township's grids")
                               .arg(report.location.x, 0, 'f', 6)
                               .arg(report.location.y, 0, 'f', 6)};
        throw StoreError(StoreError::Kind::Invalid, e.toString(), {e});
    }

    WorkflowRequest reported;
    reported.action = IncidentAction::Report;
    reported.role = Role::GridWorker;
    reported.actor = actor;
    reported.at = report.reportedAt.isValid() ? report.reportedAt.toUTC() : QDateTime::currentDateTimeUtc();
    reported.note = incidentsource::code(report.source);

    Incident i;
    i.location = report.location;
    i.categoryCode = report.categoryCode;
    i.title = report.title.trimmed();
    i.description = report.description;
    i.address = report.address;
    i.reporter = report.reporter;
    i.reporterPhone = report.reporterPhone;
    i.reporterIdNumber = report.reporterIdNumber;
    i.parties = report.parties;
    i.source = report.source;
    i.reportedAt = reported.at;
    i.gridCode = grid->code;
    i.communityCode = grid->parentCode;
    i.townshipCode = divisioncode::parentOf(grid->parentCode);
    i.setCaseState(IncidentWorkflow::start(reported));
    DeadlineClock(m_reference.calendar(), m_reference.timeLimits(i.categoryCode)).stamp(i);

    IncidentHistoryEntry h;
    h.action = incidentaction::code(IncidentAction::Report);
    h.actor = actor;
    h.at = i.reportedAt;
    h.stateAfter = i.state;
    h.note = reported.note;
    h.role = role::code(reported.role);

    // Writers take case numbers one at a time: SQLite's immediate
    // transactions already do, and the server's numbering takes a lock.
    i.code = nextIncidentCode(i.reportedAt);
    const qint64 id = insertIncident(i);
    insertHistory(id, h);
    for (const Attachment &a : report.attachments) {
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            "INSERT INTO attachments (incident_id, file_name, mime_type, size, content, added_at, added_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {id, a.fileName, a.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : a.mimeType,
             qint64(a.content.size()), a.content, sql::toDbTime(i.reportedAt), actor});
        sql::expectAffected(q, 1, QStringLiteral("attach %1").arg(a.fileName));
    }
    return id;
}

void IncidentStore::checkDepartments(const WorkflowRequest &q) const
{
    QSet<QString> known;
    for (const Department &d : m_reference.departments())
        known.insert(d.code);
    QVector<FieldError> errors;
    if (!q.department.isEmpty() && !known.contains(q.department))
        errors.push_back({QStringLiteral("department"), tr("unknown department \"%1\"").arg(q.department)});
    for (const QString &d : q.departments)
        if (!known.contains(d))
            errors.push_back({QStringLiteral("departments"), tr("unknown department \"%1\"").arg(d)});
    if (!errors.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);
}

} // namespace griddesk
