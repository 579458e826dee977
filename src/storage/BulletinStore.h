#pragma once
// Security bulletins (治安预警): the centre publishes a warning for an area
// and a period; every console whose scope overlaps the area shows it until
// it expires or is withdrawn. A bulletin covers the township, communities
// and grids its area overlaps; a person sees it when their scope is the
// township or one of those units, or lies above one of them. Only the
// centre's staff (for their own township) and administrators publish and
// withdraw. On a server row-level security enforces the same rules.

#include "Bulletin.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace griddesk {

class SqlSession;
class StoreScope;
class UnitStore;

class BulletinStore
{
    Q_DECLARE_TR_FUNCTIONS(BulletinStore)

public:
    BulletinStore(SqlSession &session, const UnitStore &units);

    // Publishes a draft: its level, title, text and period, and either a
    // drawn area (the units it covers are worked out from it) or the chosen
    // units in `unitCodes` (the area is their union). Returns the bulletin
    // as stored, with its code. Bad input is refused naming each field.
    Bulletin publish(const Bulletin &draft);
    // Ends a bulletin before its time; returns it as stored.
    Bulletin withdraw(qint64 id);

    // Every bulletin within the reader's scope, newest first.
    QVector<Bulletin> bulletins() const;
    // The bulletins in force at `at` (not withdrawn, valid_from <= at < valid_to)
    // within the reader's scope, most severe first.
    QVector<Bulletin> activeBulletins(const QDateTime &at) const;
    // The bulletins not withdrawn that end after `at` (in force, or yet to
    // start), within the reader's scope: what a console shows now and later.
    QVector<Bulletin> currentBulletins(const QDateTime &at) const;
    std::optional<Bulletin> bulletin(qint64 id) const;

private:
    QVector<Bulletin> read(const QString &where, const QVector<QVariant> &values) const;
    static bool sees(const StoreScope &scope, const Bulletin &b);
    void requirePublisher() const;
    QString actor() const;
    QString nextCode(const QString &townshipCode, const QDateTime &at) const;

    SqlSession &m_session;
    const UnitStore &m_units;
};

} // namespace griddesk
