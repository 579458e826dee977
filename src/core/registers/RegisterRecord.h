#pragma once
// One record of a register as the store reads and writes it: its field
// values in the register's field order (RegisterSpec::fields), where it is,
// and the grid it belongs to. Personal fields hold masked values unless
// revealed.

#include "GeoTypes.h"
#include "RegisterSpec.h"

#include <QDateTime>
#include <QVariant>

#include <optional>

namespace griddesk {

struct RegisterRecord {
    RegisterKind kind = RegisterKind::Residents;
    qint64 id = 0;
    QVector<QVariant> values;
    std::optional<GeoPoint> location; // lon/lat, EPSG:4490
    QByteArray footprint;             // houses: a polygon in EPSG:4490 as WKB, or empty
    QString gridCode, communityCode, townshipCode;
    qint64 importBatch = 0;           // 0: entered by hand
    int rowVersion = 0;
    QString updatedBy;
    QDateTime updatedAt;

    static RegisterRecord blank(RegisterKind kind)
    {
        RegisterRecord r;
        r.kind = kind;
        r.values.resize(registercatalog::spec(kind).fields.size());
        return r;
    }
    QVariant value(const QString &column) const
    {
        const int i = registercatalog::spec(kind).indexOf(column);
        return i >= 0 && i < values.size() ? values[i] : QVariant();
    }
    QString text(const QString &column) const { return value(column).toString(); }
    void set(const QString &column, const QVariant &v)
    {
        const int i = registercatalog::spec(kind).indexOf(column);
        if (i < 0)
            return;
        if (values.size() <= i)
            values.resize(registercatalog::spec(kind).fields.size());
        values[i] = v;
    }
};

} // namespace griddesk
