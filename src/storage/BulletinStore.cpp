#include "BulletinStore.h"
#include "BulletinArea.h"
#include "BulletinLevelNames.h"
#include "BulletinValidator.h"
#include "ChinaTime.h"
#include "GpkgGeometry.h"
#include "SqlSession.h"
#include "StoreError.h"
#include "UnitStore.h"

#include <QSqlQuery>

#include <algorithm>

namespace griddesk {

namespace {


QString columns(const SqlDialect &d)
{
    return QStringLiteral("fid, %1, code, township_code, level, title, body, unit_codes, %2, %3, %4, published_by, %5, "
                          "row_version")
        .arg(d.geomRead(), d.timeRead(QStringLiteral("valid_from")), d.timeRead(QStringLiteral("valid_to")),
             d.timeRead(QStringLiteral("published_at")), d.timeRead(QStringLiteral("withdrawn_at")));
}

Bulletin readBulletin(const QSqlQuery &q)
{
    Bulletin b;
    b.id = q.value(0).toLongLong();
    gpkggeometry::decodeMultiPolygon(q.value(1).toByteArray(), &b.area);
    b.code = q.value(2).toString();
    b.townshipCode = q.value(3).toString();
    bulletinlevel::fromCode(q.value(4).toString(), &b.level);
    b.title = q.value(5).toString();
    b.text = q.value(6).toString();
    b.unitCodes = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    b.validFrom = sql::fromDbTime(q.value(8));
    b.validTo = sql::fromDbTime(q.value(9));
    b.publishedAt = sql::fromDbTime(q.value(10));
    b.publishedBy = q.value(11).toString();
    if (!q.value(12).isNull() && !q.value(12).toString().isEmpty())
        b.withdrawnAt = sql::fromDbTime(q.value(12));
    b.rowVersion = q.value(13).toInt();
    return b;
}

QDateTime toMilliseconds(const QDateTime &t)
{
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), Qt::UTC);
}

[[noreturn]] void invalid(const QVector<FieldError> &errors)
{
    throw StoreError(StoreError::Kind::Invalid, joinErrors(errors), errors);
}

} // namespace

BulletinStore::BulletinStore(SqlSession &session, const UnitStore &units)
    : m_session(session)
    , m_units(units)
{
}

bool BulletinStore::sees(const StoreScope &scope, const Bulletin &b)
{
    const std::optional<UserAccount> &person = scope.person();
    if (!person || person->scopeCode == b.townshipCode || scope.coversUnit(b.townshipCode))
        return true;
    return std::any_of(b.unitCodes.begin(), b.unitCodes.end(), [&](const QString &u) { return scope.coversUnit(u); });
}

void BulletinStore::requirePublisher() const
{
    const StoreScope &scope = m_session.scope();
    scope.requireWriter();
    const std::optional<UserAccount> &person = scope.person();
    if (person && person->role != Role::CentreStaff && person->role != Role::Administrator)
        scope.refuse(tr("only the centre's staff publish and withdraw security bulletins"));
}

QString BulletinStore::actor() const
{
    return m_session.actor();
}

QString BulletinStore::nextCode(const QString &townshipCode, const QDateTime &at) const
{
    const QString prefix = QStringLiteral("YJ-%1-").arg(at.toOffsetFromUtc(kChinaOffset).date().toString(QStringLiteral("yyyyMMdd")));
    QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT code FROM bulletins WHERE township_code = ? AND code LIKE ?"),
                            {townshipCode, prefix + QLatin1Char('%')});
    int last = 0;
    while (q.next()) {
        bool ok = false;
        const int n = q.value(0).toString().mid(prefix.size()).toInt(&ok);
        if (ok)
            last = qMax(last, n);
    }
    return prefix + QStringLiteral("%1").arg(last + 1, 2, 10, QLatin1Char('0'));
}

Bulletin BulletinStore::publish(const Bulletin &draft)
{
    requirePublisher();
    const StoreScope &scope = m_session.scope();
    const QDateTime now = toMilliseconds(QDateTime::currentDateTimeUtc());
    QVector<FieldError> errors = BulletinValidator::check(draft, now);
    if (!draft.area.isEmpty() && errors.isEmpty() && !bulletinarea::isValid(draft.area))
        errors.push_back({QStringLiteral("area"), tr("the outline crosses itself or encloses nothing; draw it again")});
    if (!errors.isEmpty())
        invalid(errors);

    Bulletin b = draft;
    b.title = draft.title.trimmed();
    b.text = draft.text.trimmed();
    b.validFrom = toMilliseconds(draft.validFrom);
    b.validTo = toMilliseconds(draft.validTo);
    b.publishedAt = now;
    b.withdrawnAt = {};

    auto landed = [&]() -> std::optional<Bulletin> {
        for (const Bulletin &s : read(QStringLiteral("published_at = ? AND title = ?"), {sql::toDbTime(now), b.title}))
            if (s.validFrom == b.validFrom && s.validTo == b.validTo)
                return s;
        return std::nullopt;
    };
    return m_session.write([&]() -> Bulletin {
        const QVector<AdminUnit> units = m_units.adminUnits();
        if (b.area.isEmpty()) {
            QVector<MultiPolygon> parts;
            for (const QString &code : draft.unitCodes) {
                auto it = std::find_if(units.begin(), units.end(), [&](const AdminUnit &u) { return u.code == code.trimmed(); });
                if (it == units.end() || it->level < AdminLevel::Township || it->geometry.isEmpty())
                    errors.push_back({QStringLiteral("units"), tr("\"%1\" is not a township, community or grid of this database").arg(code)});
                else
                    parts << it->geometry;
            }
            if (!errors.isEmpty())
                invalid(errors);
            b.area = bulletinarea::unite(parts);
        }
        b.unitCodes = bulletinarea::coveredUnits(b.area, units);
        QStringList townships;
        for (const AdminUnit &u : units)
            if (u.level == AdminLevel::Township && b.unitCodes.contains(u.code))
                townships << u.code;
        if (b.unitCodes.isEmpty() || townships.isEmpty())
            invalid({{QStringLiteral("area"), tr("the area lies outside the township's grids")}});
        if (townships.size() > 1)
            invalid({{QStringLiteral("area"), tr("the area reaches into %1 townships; publish one bulletin per township").arg(townships.size())}});
        b.townshipCode = townships.first();
        const std::optional<UserAccount> &person = scope.person();
        if (person && person->role != Role::Administrator && person->scopeCode != b.townshipCode)
            scope.refuse(tr("the area lies outside your township"));

        SqlSession::WriteTransaction tx(m_session);
        b.publishedBy = actor();
        b.code = nextCode(b.townshipCode, now);
        const SqlDialect &d = m_session.dialect();
        b.id = d.insert(m_session.db(), QStringLiteral(
            "INSERT INTO bulletins (geom, code, township_code, level, title, body, unit_codes, valid_from, valid_to, "
            "published_at, published_by) VALUES (%1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(d.geomParam()),
            {d.multiPolygon(b.area), b.code, b.townshipCode, bulletinlevel::code(b.level), b.title, b.text,
             b.unitCodes.join(QLatin1Char(',')), sql::toDbTime(b.validFrom), sql::toDbTime(b.validTo),
             sql::toDbTime(b.publishedAt), b.publishedBy}, QStringLiteral("insert bulletin"));
        tx.commit();
        b.rowVersion = 1;
        return b;
    }, landed);
}

Bulletin BulletinStore::withdraw(qint64 id)
{
    requirePublisher();
    const StoreScope &scope = m_session.scope();
    const QDateTime now = toMilliseconds(QDateTime::currentDateTimeUtc());
    auto landed = [&]() -> std::optional<Bulletin> {
        const std::optional<Bulletin> b = bulletin(id);
        if (b && b->withdrawnAt == now)
            return b;
        return std::nullopt;
    };
    return m_session.write([&]() -> Bulletin {
        const QVector<Bulletin> found = read(QStringLiteral("fid = ?"), {id});
        const std::optional<UserAccount> &person = scope.person();
        if (found.isEmpty())
            throw StoreError(StoreError::Kind::NotFound, tr("bulletin %1 does not exist or is outside your area").arg(id));
        Bulletin b = found.first();
        if (person && person->role != Role::Administrator && person->scopeCode != b.townshipCode)
            scope.refuse(tr("bulletin %1 belongs to another township").arg(b.code));
        if (b.withdrawnAt.isValid())
            invalid({{QStringLiteral("bulletin"), tr("bulletin %1 was withdrawn already").arg(b.code)}});
        SqlSession::WriteTransaction tx(m_session);
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral(
            "UPDATE bulletins SET withdrawn_at = ?, withdrawn_by = ?, row_version = row_version + 1 "
            "WHERE fid = ? AND withdrawn_at IS NULL"), {sql::toDbTime(now), actor(), id});
        sql::expectAffected(q, 1, tr("withdraw bulletin %1").arg(b.code));
        tx.commit();
        b.withdrawnAt = now;
        ++b.rowVersion;
        return b;
    }, landed);
}

QVector<Bulletin> BulletinStore::read(const QString &where, const QVector<QVariant> &values) const
{
    const StoreScope &scope = m_session.scope(); // unlimited inside a call
    return m_session.read([&]() -> QVector<Bulletin> {
        QVector<Bulletin> out;
        QSqlQuery q = sql::exec(m_session.db(), QStringLiteral("SELECT %1 FROM bulletins%2 ORDER BY published_at DESC, fid DESC")
                                                    .arg(columns(m_session.dialect()),
                                                         where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
                                values);
        while (q.next()) {
            Bulletin b = readBulletin(q);
            if (sees(scope, b))
                out.push_back(std::move(b));
        }
        return out;
    });
}

QVector<Bulletin> BulletinStore::bulletins() const
{
    return read({}, {});
}

QVector<Bulletin> BulletinStore::activeBulletins(const QDateTime &at) const
{
    QVector<Bulletin> out = read(QStringLiteral("withdrawn_at IS NULL AND valid_from <= ? AND valid_to > ?"),
                                 {sql::toDbTime(at), sql::toDbTime(at)});
    std::stable_sort(out.begin(), out.end(), [](const Bulletin &a, const Bulletin &b) { return int(a.level) > int(b.level); });
    return out;
}

QVector<Bulletin> BulletinStore::currentBulletins(const QDateTime &at) const
{
    return read(QStringLiteral("withdrawn_at IS NULL AND valid_to > ?"), {sql::toDbTime(at)});
}

std::optional<Bulletin> BulletinStore::bulletin(qint64 id) const
{
    const QVector<Bulletin> found = read(QStringLiteral("fid = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

} // namespace griddesk
