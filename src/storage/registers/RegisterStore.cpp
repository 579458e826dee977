#include "RegisterStore.h"
#include "AdminLevel.h"
#include "DivisionCode.h"
#include "GeoDistance.h"
#include "KpiPeriod.h"
#include "RegisterPlace.h"
#include "RegisterRows.h"
#include "RegisterValidator.h"
#include "SqlHelpers.h"
#include "SqlSession.h"
#include "StoreError.h"
#include "VisitClock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <map>

namespace griddesk {

namespace {

QDate today()
{
    return KpiPeriod::dayOf(QDateTime::currentDateTimeUtc());
}

bool isKept(const RegisterField &f, const QVariant &v)
{
    return f.personal && v.toString().contains(QLatin1Char('*'));
}

QVector<FieldError> fieldErrors(const RegisterSpec &spec, const RegisterProblems &problems)
{
    QVector<FieldError> out;
    for (const RegisterProblem &p : problems) {
        const RegisterField *f = spec.field(p.field);
        out.push_back({p.field.isEmpty() ? QStringLiteral("location") : p.field,
                       (f ? f->displayName() + QStringLiteral(": ") : QString()) + p.text()});
    }
    return out;
}

// The condition that keeps a read within the person's subtree (the server's
// row-level security does the same; the condition lets it use the index).
QString scopeCondition(const StoreScope &scope, QVector<QVariant> &values)
{
    if (!scope.isLimited() || scope.isAdministrator())
        return {};
    const QString code = scope.person()->scopeCode;
    AdminLevel level;
    if (code.isEmpty() || !divisioncode::levelOf(code, &level))
        return QStringLiteral("1 = 0");
    switch (level) {
    case AdminLevel::Grid: values << code; return QStringLiteral("grid_code = ?");
    case AdminLevel::Community: values << code; return QStringLiteral("community_code = ?");
    case AdminLevel::Township: values << code; return QStringLiteral("township_code = ?");
    default: values << code.left(6) + QLatin1Char('%'); return QStringLiteral("township_code LIKE ?");
    }
}

} // namespace

RegisterStore::RegisterStore(SqlSession &session)
    : m_session(session)
{
}

namespace {

struct Where {
    QStringList conditions;
    QVector<QVariant> values;
    QString sql() const { return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")); }
};

Where whereFor(const RegisterSpec &spec, const RegisterQuery &query, const StoreScope &scope, const SqlDialect &d)
{
    Where w;
    const QString s = scopeCondition(scope, w.values);
    if (!s.isEmpty())
        w.conditions << s;
    if (!query.text.trimmed().isEmpty()) {
        QStringList any;
        const QString like = QLatin1Char('%') + query.text.trimmed() + QLatin1Char('%');
        for (const QString &c : spec.searchColumns) {
            any << c + QStringLiteral(" LIKE ?");
            w.values << like;
        }
        // A full ID number finds its person where the reader may compare it (the file; a server keeps it from logins).
        if (!d.isPostgres() && spec.field(QStringLiteral("id_number"))) {
            any << QStringLiteral("id_number = ?");
            w.values << query.text.trimmed().toUpper();
        }
        w.conditions << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    for (auto it = query.equals.constBegin(); it != query.equals.constEnd(); ++it) {
        if (!spec.field(it.key()) || spec.field(it.key())->personal)
            continue;
        w.conditions << it.key() + QStringLiteral(" = ?");
        w.values << it.value();
    }
    if (!query.unitCode.isEmpty()) {
        AdminLevel level = AdminLevel::Grid;
        divisioncode::levelOf(query.unitCode, &level);
        w.conditions << (level == AdminLevel::Grid ? QStringLiteral("grid_code = ?")
                         : level == AdminLevel::Community ? QStringLiteral("community_code = ?")
                                                          : QStringLiteral("township_code = ?"));
        w.values << query.unitCode;
    }
    if (!query.parentKey.isEmpty() && !spec.parentColumn.isEmpty()) {
        w.conditions << spec.parentColumn + QStringLiteral(" = ?");
        w.values << query.parentKey;
    }
    const RegisterField *dated = spec.field(query.dateColumn);
    if (dated && dated->kind == FieldKind::Date && query.from.isValid() && query.to.isValid()) {
        w.conditions << dated->column + QStringLiteral(" >= ? AND ") + dated->column + QStringLiteral(" <= ?");
        w.values << query.from.toString(Qt::ISODate) << query.to.toString(Qt::ISODate);
    }
    if (query.overdueOnly && spec.kind == RegisterKind::KeyPersons) {
        w.conditions << QStringLiteral("next_visit_due < ?");
        w.values << today().toString(Qt::ISODate);
    }
    return w;
}

QString orderFor(const RegisterSpec &spec)
{
    if (spec.kind == RegisterKind::WorkLog || spec.kind == RegisterKind::KeyPersonVisits)
        return QStringLiteral(" ORDER BY %1 DESC, fid DESC").arg(spec.fields.first().column);
    if (spec.kind == RegisterKind::Disputes)
        return QStringLiteral(" ORDER BY occurred_on DESC, fid DESC");
    return QStringLiteral(" ORDER BY grid_code, %1, fid").arg(spec.naturalKey.isEmpty() || spec.field(spec.naturalKey)->personal
                                                                 ? spec.fields.first().column : spec.naturalKey);
}

} // namespace

QVector<RegisterRecord> RegisterStore::registerRecords(RegisterKind kind, const RegisterQuery &query) const
{
    const RegisterSpec &spec = registercatalog::spec(kind);
    const StoreScope &scope = m_session.scope();
    return m_session.read([&]() -> QVector<RegisterRecord> {
        const Where w = whereFor(spec, query, scope, m_session.dialect());
        QString statement = QStringLiteral("SELECT %1 FROM %2%3%4")
                                .arg(registerrows::selectList(spec, m_session.dialect()), spec.table, w.sql(), orderFor(spec));
        if (query.limit > 0)
            statement += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);
        QSqlQuery q = sql::exec(m_session.db(), statement, w.values);
        QVector<RegisterRecord> out;
        while (q.next())
            out.push_back(registerrows::read(spec, q, m_session.dialect()));
        return out;
    });
}

void RegisterStore::forEachRegisterRecord(RegisterKind kind, const RegisterQuery &query,
                                          const std::function<bool(const RegisterRecord &)> &visit) const
{
    const RegisterSpec &spec = registercatalog::spec(kind);
    const StoreScope &scope = m_session.scope();
    m_session.read([&] {
        const Where w = whereFor(spec, query, scope, m_session.dialect());
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT %1 FROM %2%3 ORDER BY fid")
                                                    .arg(registerrows::selectList(spec, m_session.dialect()), spec.table, w.sql()),
                                w.values);
        while (q.next())
            if (!visit(registerrows::read(spec, q, m_session.dialect())))
                break;
    });
}

qint64 RegisterStore::registerCount(RegisterKind kind, const RegisterQuery &query) const
{
    const RegisterSpec &spec = registercatalog::spec(kind);
    const StoreScope &scope = m_session.scope();
    return m_session.read([&]() -> qint64 {
        const Where w = whereFor(spec, query, scope, m_session.dialect());
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(spec.table, w.sql()), w.values);
        return q.next() ? q.value(0).toLongLong() : 0;
    });
}

std::optional<RegisterRecord> RegisterStore::registerRecord(RegisterKind kind, qint64 id) const
{
    const RegisterSpec &spec = registercatalog::spec(kind);
    const StoreScope &scope = m_session.scope();
    return m_session.read([&]() -> std::optional<RegisterRecord> {
        Where w = whereFor(spec, {}, scope, m_session.dialect());
        w.conditions << QStringLiteral("fid = ?");
        w.values << id;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT %1 FROM %2%3")
                                                    .arg(registerrows::selectList(spec, m_session.dialect()), spec.table, w.sql()),
                                w.values);
        if (!q.next())
            return std::nullopt;
        return registerrows::read(spec, q, m_session.dialect());
    });
}

RegisterProblems RegisterStore::checkRegisterRecord(RegisterRecord &draft) const
{
    const RegisterSpec &spec = registercatalog::spec(draft.kind);
    draft.values.resize(spec.fields.size());
    // Personal values shown masked and left as they were keep the stored
    // value: they are neither checked nor written.
    QVector<int> kept;
    for (int i = 0; i < spec.fields.size(); ++i)
        if (draft.id > 0 && isKept(spec.fields[i], draft.values[i]))
            kept << i;
    QVector<QVariant> keptValues;
    for (int i : kept) {
        keptValues << draft.values[i];
        draft.values[i] = QStringLiteral("KEPT");
    }
    RegisterProblems problems = registervalidator::check(draft, today());
    for (int n = 0; n < kept.size(); ++n) {
        const QString column = spec.fields[kept[n]].column;
        problems.erase(std::remove_if(problems.begin(), problems.end(),
                                      [&](const RegisterProblem &p) {
                                          return p.field == column || (draft.kind == RegisterKind::Residents
                                                                        && (p.field == QLatin1String("sex")
                                                                            || p.field == QLatin1String("birth_date")));
                                      }),
                       problems.end());
        draft.values[kept[n]] = keptValues[n];
    }
    const StoreScope &scope = m_session.scope(); // unlimited inside a call
    const bool limited = scope.isLimited() && !scope.isAdministrator();
    m_session.read([&] { problems += registerplace::resolve(m_session, draft, limited); });
    if (!draft.gridCode.isEmpty() && scope.isLimited() && !scope.isAdministrator()) {
        const Role role = scope.person()->role;
        const bool keeper = role == Role::CentreStaff || role == Role::CommunityStaff || role == Role::GridWorker;
        if (!keeper || !(scope.coversUnit(draft.gridCode) || scope.coversUnit(draft.communityCode)))
            problems << RegisterProblem{0, QStringLiteral("grid_code"), RegisterProblem::Code::OutsideScope, {}, draft.gridCode};
    }
    return problems;
}

RegisterRecord RegisterStore::addRegisterRecord(const RegisterRecord &input)
{
    m_session.scope().requireWriter();
    const RegisterSpec &spec = registercatalog::spec(input.kind);
    RegisterRecord r = input;
    r.id = 0;
    r.importBatch = 0;
    const RegisterProblems problems = checkRegisterRecord(r);
    if (!problems.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, joinErrors(fieldErrors(spec, problems)), fieldErrors(spec, problems));
    return m_session.once([&]() -> RegisterRecord {
        SqlSession::WriteTransaction tx(m_session);
        const qint64 id = m_session.dialect().insert(
            m_session.db(), registerrows::insertStatement(spec, m_session.dialect()),
            registerrows::insertValues(r, m_session.dialect(), m_session.actor(), sql::toDbTime(QDateTime::currentDateTimeUtc())),
            tr("add to %1").arg(registerkind::displayName(r.kind)));
        tx.commit();
        const std::optional<RegisterRecord> stored = registerRecord(r.kind, id);
        if (!stored)
            throw StoreError(StoreError::Kind::Io, tr("record %1 of %2 was not stored").arg(id).arg(registerkind::displayName(r.kind)));
        return *stored;
    });
}

RegisterRecord RegisterStore::updateRegisterRecord(const RegisterRecord &changed)
{
    m_session.scope().requireWriter();
    const RegisterSpec &spec = registercatalog::spec(changed.kind);
    const std::optional<RegisterRecord> current = registerRecord(changed.kind, changed.id);
    if (!current)
        throw StoreError(StoreError::Kind::NotFound, tr("record %1 of %2 does not exist or is outside your area")
                                                         .arg(changed.id).arg(registerkind::displayName(changed.kind)));
    RegisterRecord r = changed;
    const RegisterProblems problems = checkRegisterRecord(r);
    if (!problems.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, joinErrors(fieldErrors(spec, problems)), fieldErrors(spec, problems));
    return m_session.once([&]() -> RegisterRecord {
        SqlSession::WriteTransaction tx(m_session);
        QStringList set;
        QVector<QVariant> values;
        const bool idKept = r.kind == RegisterKind::Residents && isKept(*spec.field(QStringLiteral("id_number")),
                                                                        r.value(QStringLiteral("id_number")));
        if (spec.hasGeometry()) {
            set << QStringLiteral("geom = ") + m_session.dialect().geomParam();
            values << registerrows::geometry(r, m_session.dialect());
        }
        for (int i = 0; i < spec.fields.size(); ++i) {
            const RegisterField &f = spec.fields[i];
            if (isKept(f, r.values[i]) || (idKept && f.derived))
                continue;
            set << f.column + QStringLiteral(" = ?");
            values << registerrows::bind(f, r.values[i]);
        }
        set << QStringLiteral("grid_code = ?");
        values << r.gridCode;
        if (!m_session.dialect().isPostgres()) { // a server sets these itself
            set << QStringLiteral("community_code = ?") << QStringLiteral("township_code = ?")
                << QStringLiteral("row_version = row_version + 1") << QStringLiteral("updated_by = ?")
                << QStringLiteral("updated_at = ?");
            values << r.communityCode << r.townshipCode << m_session.actor() << sql::toDbTime(QDateTime::currentDateTimeUtc());
        }
        values << r.id << changed.rowVersion;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("UPDATE %1 SET %2 WHERE fid = ? AND row_version = ?")
                                                    .arg(spec.table, set.join(QStringLiteral(", "))),
                                values);
        if (q.numRowsAffected() != 1)
            throw StoreError(StoreError::Kind::Conflict,
                             tr("this record of %1 was changed by someone else meanwhile; read it again")
                                 .arg(registerkind::displayName(r.kind)));
        tx.commit();
        return *registerRecord(r.kind, r.id);
    });
}

void RegisterStore::removeRegisterRecord(RegisterKind kind, qint64 id)
{
    m_session.scope().requireWriter();
    const RegisterSpec &spec = registercatalog::spec(kind);
    const std::optional<RegisterRecord> current = registerRecord(kind, id);
    if (!current)
        throw StoreError(StoreError::Kind::NotFound, tr("record %1 of %2 does not exist or is outside your area")
                                                         .arg(id).arg(registerkind::displayName(kind)));
    RegisterRecord probe = *current;
    const StoreScope &scope = m_session.scope();
    if (scope.isLimited() && !scope.isAdministrator()) {
        const Role role = scope.person()->role;
        if (role != Role::CentreStaff && role != Role::CommunityStaff && role != Role::GridWorker)
            scope.refuse(tr("only the centre's and the communities' staff and grid workers keep the registers"));
    }
    m_session.once([&] {
        SqlSession::WriteTransaction tx(m_session);
        if (m_session.dialect().isPostgres()) { // the server checks and removes
            sql::exec(m_session.db(), QStringLiteral("SELECT gd_register_remove(?, ?)"), {spec.table, id});
            tx.commit();
            return;
        }
        if (kind == RegisterKind::Disputes)
            sql::exec(m_session.db(), QStringLiteral("DELETE FROM dispute_parties WHERE ledger_no = ?"),
                      {current->text(QStringLiteral("ledger_no"))});
        if (kind == RegisterKind::KeyPersons)
            sql::exec(m_session.db(), QStringLiteral("DELETE FROM key_person_visits WHERE key_person_id = ?"), {id});
        if (kind == RegisterKind::Disputes || kind == RegisterKind::Organisations)
            sql::exec(m_session.db(), QStringLiteral("DELETE FROM register_incidents WHERE register = ? AND record_id = ?"),
                      {spec.table, id});
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("DELETE FROM %1 WHERE fid = ?").arg(spec.table), {id});
        sql::expectAffected(q, 1, tr("remove record %1 of %2").arg(id).arg(registerkind::displayName(kind)));
        tx.commit();
    });
}

QString RegisterStore::revealRegisterValue(RegisterKind kind, qint64 id, const QString &column)
{
    const RegisterSpec &spec = registercatalog::spec(kind);
    const RegisterField *field = spec.field(column);
    if (!field || !field->personal)
        throw StoreError(StoreError::Kind::Invalid, tr("%1 is not personal data of %2").arg(column, registerkind::displayName(kind)));
    const StoreScope &scope = m_session.scope();
    if (scope.isLimited()) {
        scope.requirePersonalData();
        if (!registerRecord(kind, id))
            throw StoreError(StoreError::Kind::NotFound, tr("record %1 of %2 does not exist or is outside your area")
                                                             .arg(id).arg(registerkind::displayName(kind)));
    }
    return m_session.rewrite([&]() -> QString {
        if (m_session.dialect().isPostgres()) {
            {
                SqlSession::WriteTransaction request(m_session);
                sql::exec(m_session.db(), QStringLiteral("SELECT gd_request_register_reveal(?, ?, ?)"), {spec.table, id, column});
                request.commit();
            }
            QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT gd_reveal_register(?, ?, ?)"), {spec.table, id, column});
            return q.next() ? q.value(0).toString() : QString();
        }
        SqlSession::WriteTransaction tx(m_session);
        const std::optional<UserAccount> &signedIn = m_session.signedIn();
        if (signedIn && !signedIn->personalData)
            throw StoreError(StoreError::Kind::Invalid, tr("%1 has no right to see personal data").arg(signedIn->username));
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT %1 FROM %2 WHERE fid = ?").arg(column, spec.table), {id});
        if (!q.next())
            throw StoreError(StoreError::Kind::NotFound, tr("record %1 of %2 does not exist").arg(id).arg(registerkind::displayName(kind)));
        const QString value = q.value(0).toString();
        q.finish();
        m_session.appendAudit(QStringLiteral("reveal"), spec.table, id,
                              QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("fields"), column}}).toJson(QJsonDocument::Compact)));
        tx.commit();
        return value;
    });
}

RegisterRecord RegisterStore::recordKeyPersonVisit(const RegisterRecord &input)
{
    m_session.scope().requireWriter();
    const RegisterSpec &spec = registercatalog::spec(RegisterKind::KeyPersonVisits);
    RegisterRecord visit = input;
    visit.kind = RegisterKind::KeyPersonVisits;
    visit.id = 0;
    const RegisterProblems problems = checkRegisterRecord(visit);
    if (!problems.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, joinErrors(fieldErrors(spec, problems)), fieldErrors(spec, problems));
    const qint64 personId = visit.value(QStringLiteral("key_person_id")).toLongLong();
    const std::optional<RegisterRecord> person = registerRecord(RegisterKind::KeyPersons, personId);
    if (!person)
        throw StoreError(StoreError::Kind::NotFound, tr("key person %1 does not exist or is outside your area").arg(personId));
    QDate next = visit.value(QStringLiteral("next_due")).toDate();
    if (!next.isValid()) {
        const qint64 days = person->value(QStringLiteral("visit_days")).isNull() ? 30 : person->value(QStringLiteral("visit_days")).toLongLong();
        next = visit.value(QStringLiteral("visited_on")).toDate().addDays(days);
        visit.set(QStringLiteral("next_due"), next);
    }
    return m_session.once([&]() -> RegisterRecord {
        SqlSession::WriteTransaction tx(m_session);
        const qint64 id = m_session.dialect().insert(
            m_session.db(), registerrows::insertStatement(spec, m_session.dialect()),
            registerrows::insertValues(visit, m_session.dialect(), m_session.actor(), sql::toDbTime(QDateTime::currentDateTimeUtc())),
            tr("record a visit"));
        QVector<QVariant> values{next.toString(Qt::ISODate)};
        QString set = QStringLiteral("next_visit_due = ?");
        if (!m_session.dialect().isPostgres()) {
            set += QStringLiteral(", row_version = row_version + 1, updated_by = ?, updated_at = ?");
            values << m_session.actor() << sql::toDbTime(QDateTime::currentDateTimeUtc());
        }
        values << personId;
        sql::exec(m_session.db(), QStringLiteral("UPDATE key_persons SET %1 WHERE fid = ?").arg(set), values);
        tx.commit();
        return *registerRecord(RegisterKind::KeyPersonVisits, id);
    });
}

QVector<RegisterRecord> RegisterStore::overdueKeyPersons(const QDate &day) const
{
    QVector<RegisterRecord> out;
    const int due = registercatalog::spec(RegisterKind::KeyPersons).indexOf(QStringLiteral("next_visit_due"));
    for (const RegisterRecord &r : registerRecords(RegisterKind::KeyPersons))
        if (visitclock::status(r, day) == DeadlineStatus::Overdue)
            out << r;
    std::sort(out.begin(), out.end(), [&](const RegisterRecord &a, const RegisterRecord &b) {
        return a.values[due].toDate() < b.values[due].toDate();
    });
    return out;
}

void RegisterStore::linkIncident(RegisterKind kind, qint64 recordId, qint64 incidentId)
{
    m_session.scope().requireWriter();
    if (kind != RegisterKind::Disputes && kind != RegisterKind::Organisations)
        throw StoreError(StoreError::Kind::Invalid, tr("only disputes and organisations are linked to cases"));
    const std::optional<RegisterRecord> record = registerRecord(kind, recordId);
    if (!record)
        throw StoreError(StoreError::Kind::NotFound, tr("record %1 of %2 does not exist or is outside your area")
                                                         .arg(recordId).arg(registerkind::displayName(kind)));
    m_session.once([&] {
        SqlSession::WriteTransaction tx(m_session);
        QSqlQuery exists = sql::exec(m_session.db(), QStringLiteral("SELECT 1 FROM incidents WHERE fid = ?"), {incidentId});
        if (!exists.next())
            throw StoreError(StoreError::Kind::NotFound, tr("case %1 does not exist or is outside your area").arg(incidentId));
        exists.finish();
        const bool pg = m_session.dialect().isPostgres();
        sql::exec(m_session.db(), QStringLiteral("INSERT INTO register_incidents (register, record_id, incident_id, grid_code%1) "
                                                 "VALUES (?, ?, ?, ?%2) ON CONFLICT DO NOTHING")
                                      .arg(pg ? QString() : QStringLiteral(", updated_by, updated_at"),
                                           pg ? QString() : QStringLiteral(", ?, ?")),
                  pg ? QVector<QVariant>{registerkind::table(kind), recordId, incidentId, record->gridCode}
                     : QVector<QVariant>{registerkind::table(kind), recordId, incidentId, record->gridCode, m_session.actor(),
                                         sql::toDbTime(QDateTime::currentDateTimeUtc())});
        tx.commit();
    });
}

void RegisterStore::unlinkIncident(RegisterKind kind, qint64 recordId, qint64 incidentId)
{
    m_session.scope().requireWriter();
    m_session.once([&] {
        SqlSession::WriteTransaction tx(m_session);
        sql::exec(m_session.db(), m_session.dialect().isPostgres()
                                      ? QStringLiteral("SELECT gd_register_unlink(?, ?, ?)")
                                      : QStringLiteral("DELETE FROM register_incidents WHERE register = ? AND record_id = ? "
                                                       "AND incident_id = ?"),
                  {registerkind::table(kind), recordId, incidentId});
        tx.commit();
    });
}

QVector<qint64> RegisterStore::linkedIncidents(RegisterKind kind, qint64 recordId) const
{
    return m_session.read([&]() -> QVector<qint64> {
        QVector<qint64> out;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT incident_id FROM register_incidents WHERE register = ? "
                                                               "AND record_id = ? ORDER BY incident_id"),
                                {registerkind::table(kind), recordId});
        while (q.next())
            out << q.value(0).toLongLong();
        return out;
    });
}

QVector<DisputeRepeat> RegisterStore::disputeRepeats() const
{
    const QVector<RegisterRecord> disputes = registerRecords(RegisterKind::Disputes);
    QHash<QString, const RegisterRecord *> byLedger;
    for (const RegisterRecord &d : disputes)
        byLedger.insert(d.text(QStringLiteral("ledger_no")), &d);
    auto earlier = [](const RegisterRecord *a, const RegisterRecord *b) {
        const QDate da = a->value(QStringLiteral("occurred_on")).toDate(), db = b->value(QStringLiteral("occurred_on")).toDate();
        return da < db || (da == db && a->id < b->id);
    };
    std::map<std::pair<qint64, qint64>, DisputeRepeat> found;
    auto note = [&](const RegisterRecord *a, const RegisterRecord *b, DisputeRepeat::Reason reason, const QString &detail) {
        if (earlier(b, a))
            std::swap(a, b);
        const auto key = std::make_pair(b->id, a->id);
        if (!found.count(key))
            found[key] = DisputeRepeat{b->id, a->id, reason, detail};
    };
    // The same party: the same ID number (compared by the server for a
    // login, which cannot read it) or the same name in the same community.
    QVector<std::tuple<QString, QString, QString>> pairs; // ledger a, ledger b, name
    m_session.read([&] {
        pairs.clear();
        const QString statement = m_session.dialect().isPostgres()
            ? QStringLiteral("SELECT a_ledger, b_ledger, name FROM gd_dispute_party_repeats()")
            : QStringLiteral("SELECT p1.ledger_no, p2.ledger_no, p2.name FROM dispute_parties p1 JOIN dispute_parties p2 "
                             "ON p1.ledger_no < p2.ledger_no AND (p1.id_number = p2.id_number "
                             "OR (p1.name = p2.name AND p1.community_code = p2.community_code))");
        QSqlQuery q = sql::exec(m_session.db(), statement);
        while (q.next())
            pairs.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    });
    for (const auto &[a, b, name] : pairs)
        if (byLedger.contains(a) && byLedger.contains(b))
            note(byLedger[a], byLedger[b], DisputeRepeat::Reason::SameParty, name);
    // The same place: within 50 m.
    for (int i = 0; i < disputes.size(); ++i)
        for (int j = i + 1; j < disputes.size(); ++j)
            if (disputes[i].location && disputes[j].location) {
                const double m = geodistance::metres(*disputes[i].location, *disputes[j].location);
                if (m <= 50.0)
                    note(&disputes[i], &disputes[j], DisputeRepeat::Reason::SamePlace, QString::number(qRound(m)));
            }
    QVector<DisputeRepeat> out;
    for (const auto &entry : found)
        out << entry.second;
    return out;
}

QVector<RegisterRecord> RegisterStore::houseResidents(const QString &houseNo) const
{
    RegisterQuery q;
    q.equals.insert(QStringLiteral("house_no"), houseNo);
    return registerRecords(RegisterKind::Residents, q);
}

QVector<WorkLogCount> RegisterStore::workLogCounts(const QDate &from, const QDate &to) const
{
    const StoreScope &scope = m_session.scope();
    return m_session.read([&]() -> QVector<WorkLogCount> {
        QVector<QVariant> values;
        const QString condition = scopeCondition(scope, values);
        values << from.toString(Qt::ISODate) << to.toString(Qt::ISODate);
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            "SELECT grid_code, worker, worked_on, activity, COALESCE(people_reached, 0) FROM work_log WHERE %1 "
            "worked_on BETWEEN ? AND ? ORDER BY grid_code, worker, worked_on")
            .arg(condition.isEmpty() ? QString() : condition + QStringLiteral(" AND ")), values);
        std::map<std::tuple<QString, QString, int, int, QString>, WorkLogCount> counts;
        while (q.next()) {
            const QDate day = QDate::fromString(q.value(2).toString().left(10), Qt::ISODate);
            int year = 0;
            const int week = day.weekNumber(&year);
            WorkLogCount &c = counts[{q.value(0).toString(), q.value(1).toString(), year, week, q.value(3).toString()}];
            c.gridCode = q.value(0).toString();
            c.worker = q.value(1).toString();
            c.isoYear = year;
            c.isoWeek = week;
            c.activity = q.value(3).toString();
            ++c.entries;
            c.peopleReached += q.value(4).toLongLong();
        }
        QVector<WorkLogCount> out;
        for (const auto &entry : counts)
            out << entry.second;
        return out;
    });
}

} // namespace griddesk
