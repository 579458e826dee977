#include "GpkgGeometry.h"
#include "PolygonOps.h"

#include <cmath>
#include <cstring>
#include <utility>

namespace griddesk::gpkggeometry {

namespace {

constexpr quint32 kWkbPoint = 1;
constexpr quint32 kWkbPolygon = 3;
constexpr quint32 kWkbMultiPolygon = 6;

void putU32(QByteArray &out, quint32 v)
{
    char b[4];
    std::memcpy(b, &v, 4); // little-endian hosts only; asserted below
    out.append(b, 4);
}

void putDouble(QByteArray &out, double v)
{
    char b[8];
    std::memcpy(b, &v, 8);
    out.append(b, 8);
}

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "GeoPackage writer assumes a little-endian host");

void header(QByteArray &out, int srsId, const GeoBounds &env)
{
    out.append("GP", 2);
    out.append(char(0));                  // version 1
    out.append(char(0x01 | (1 << 1)));    // little endian, envelope [minx, maxx, miny, maxy]
    putU32(out, quint32(srsId));
    putDouble(out, env.minX);
    putDouble(out, env.maxX);
    putDouble(out, env.minY);
    putDouble(out, env.maxY);
}

void putRing(QByteArray &out, const Ring &ring)
{
    putU32(out, quint32(ring.size()));
    for (const GeoPoint &p : ring) {
        putDouble(out, p.x);
        putDouble(out, p.y);
    }
}

// Minimal WKB reader with bounds checks; handles both byte orders and skips Z/M.
class WkbReader
{
public:
    WkbReader(const unsigned char *data, int size)
        : m_data(data)
        , m_size(size)
    {
    }
    bool ok() const { return m_ok; }

    bool readGeometryHeader(quint32 *baseType, int *dims)
    {
        if (!need(5))
            return false;
        m_little = m_data[m_pos] == 1;
        ++m_pos;
        quint32 type = u32();
        int d = 2;
        if (type >= 3000 && type < 4000) { d = 4; type -= 3000; }
        else if (type >= 2000 && type < 3000) { d = 3; type -= 2000; }
        else if (type >= 1000 && type < 2000) { d = 3; type -= 1000; }
        else if (type & 0x80000000u) { d = (type & 0x40000000u) ? 4 : 3; type &= 0xFFFFu; }
        *baseType = type;
        *dims = d;
        return m_ok;
    }

    quint32 u32()
    {
        if (!need(4))
            return 0;
        quint32 v;
        std::memcpy(&v, m_data + m_pos, 4);
        if (!m_little)
            v = (v >> 24) | ((v >> 8) & 0xFF00u) | ((v << 8) & 0xFF0000u) | (v << 24);
        m_pos += 4;
        return v;
    }

    double f64()
    {
        if (!need(8))
            return 0.0;
        unsigned char b[8];
        std::memcpy(b, m_data + m_pos, 8);
        if (!m_little)
            for (int i = 0; i < 4; ++i)
                std::swap(b[i], b[7 - i]);
        double v;
        std::memcpy(&v, b, 8);
        m_pos += 8;
        return v;
    }

    bool readPoint(int dims, GeoPoint *p)
    {
        p->x = f64();
        p->y = f64();
        for (int i = 2; i < dims; ++i)
            f64();
        return m_ok;
    }

    bool readRing(int dims, Ring *ring)
    {
        const quint32 n = u32();
        if (!m_ok || n > quint32((m_size - m_pos) / (8 * dims)))
            return fail();
        ring->resize(int(n));
        for (quint32 i = 0; i < n; ++i)
            readPoint(dims, &(*ring)[int(i)]);
        return m_ok;
    }

    bool readPolygonBody(int dims, Polygon *poly)
    {
        const quint32 n = u32();
        if (!m_ok || n > quint32(m_size - m_pos) / 4)
            return fail();
        poly->rings.resize(int(n));
        for (quint32 i = 0; i < n && m_ok; ++i)
            readRing(dims, &poly->rings[int(i)]);
        return m_ok;
    }

    // Any geometry: collects its vertices' bounds.
    bool readAnyBounds(GeoBounds *b, int depth = 0)
    {
        if (depth > 32)
            return fail();
        quint32 type;
        int dims;
        if (!readGeometryHeader(&type, &dims))
            return false;
        switch (type) {
        case 1: {
            GeoPoint p;
            readPoint(dims, &p);
            if (std::isfinite(p.x) && std::isfinite(p.y))
                b->include(p); // NaN coordinates mean an empty point
            return m_ok;
        }
        case 2: {
            Ring r;
            readRing(dims, &r);
            b->include(polygon::bounds(r));
            return m_ok;
        }
        case 3: {
            Polygon p;
            readPolygonBody(dims, &p);
            for (const Ring &r : p.rings)
                b->include(polygon::bounds(r));
            return m_ok;
        }
        case 4: case 5: case 6: case 7: {
            const quint32 n = u32();
            for (quint32 i = 0; i < n && m_ok; ++i)
                readAnyBounds(b, depth + 1);
            return m_ok;
        }
        default:
            return fail();
        }
    }

private:
    bool need(int n)
    {
        if (m_pos + n > m_size)
            m_ok = false;
        return m_ok;
    }
    bool fail()
    {
        m_ok = false;
        return false;
    }

    const unsigned char *m_data;
    int m_size;
    int m_pos = 0;
    bool m_little = true;
    bool m_ok = true;
};

// Parses the GP header; returns the WKB offset, or -1 when malformed. Plain
// WKB (as PostGIS's ST_AsBinary returns it) has no header: offset 0.
int parseHeader(const unsigned char *data, int size, GeoBounds *env, bool *hasEnv, bool *empty)
{
    if (size >= 5 && (data[0] == 0 || data[0] == 1)) {
        *hasEnv = false;
        *empty = false;
        return 0;
    }
    if (size < 8 || data[0] != 'G' || data[1] != 'P')
        return -1;
    const unsigned char flags = data[3];
    const int envType = (flags >> 1) & 0x07;
    static const int envDoubles[] = {0, 4, 6, 6, 8};
    if (envType > 4)
        return -1;
    const int offset = 8 + envDoubles[envType] * 8;
    if (size < offset)
        return -1;
    *empty = (flags & 0x10) != 0;
    *hasEnv = envType != 0;
    if (*hasEnv) {
        const bool little = flags & 0x01;
        auto rd = [&](int i) {
            unsigned char b[8];
            std::memcpy(b, data + 8 + i * 8, 8);
            if (!little)
                for (int k = 0; k < 4; ++k)
                    std::swap(b[k], b[7 - k]);
            double v;
            std::memcpy(&v, b, 8);
            return v;
        };
        env->minX = rd(0);
        env->maxX = rd(1);
        env->minY = rd(2);
        env->maxY = rd(3);
    }
    return offset;
}

} // namespace

QByteArray encodePoint(const GeoPoint &p, int srsId)
{
    // No envelope: a point's is the point itself, so the GeoPackage
    // standard lets it go (and GDAL leaves it out too).
    QByteArray out;
    out.reserve(8 + 21);
    out.append("GP", 2);
    out.append(char(0));    // version 1
    out.append(char(0x01)); // little endian, no envelope
    putU32(out, quint32(srsId));
    out.append(char(1));
    putU32(out, kWkbPoint);
    putDouble(out, p.x);
    putDouble(out, p.y);
    return out;
}

QByteArray encodeMultiPolygon(const MultiPolygon &mp, int srsId)
{
    QByteArray out;
    header(out, srsId, polygon::bounds(mp));
    out.append(char(1));
    putU32(out, kWkbMultiPolygon);
    putU32(out, quint32(mp.polygons.size()));
    for (const Polygon &poly : mp.polygons) {
        out.append(char(1));
        putU32(out, kWkbPolygon);
        putU32(out, quint32(poly.rings.size()));
        for (const Ring &r : poly.rings)
            putRing(out, r);
    }
    return out;
}

QByteArray fromWkb(const QByteArray &wkb, int srsId)
{
    GeoBounds bounds;
    bool empty = false;
    if (!envelope(reinterpret_cast<const unsigned char *>(wkb.constData()), wkb.size(), &bounds, &empty))
        return {};
    QByteArray out;
    header(out, srsId, bounds);
    out.append(wkb);
    return out;
}

std::optional<GeoPoint> placeOf(const QByteArray &blob)
{
    GeoPoint p;
    if (decodePoint(blob, &p))
        return p;
    const QByteArray wkb = toWkb(blob);
    GeoBounds b;
    bool empty = true;
    if (!wkb.isEmpty() && envelope(reinterpret_cast<const unsigned char *>(wkb.constData()), wkb.size(), &b, &empty) && !empty)
        return b.center();
    return std::nullopt;
}

QByteArray toWkb(const QByteArray &blob)
{
    GeoBounds env;
    bool hasEnv = false, empty = false;
    const int off = parseHeader(reinterpret_cast<const unsigned char *>(blob.constData()), blob.size(), &env, &hasEnv, &empty);
    return off < 0 ? QByteArray() : blob.mid(off);
}

bool decodePoint(const QByteArray &blob, GeoPoint *out)
{
    const auto *data = reinterpret_cast<const unsigned char *>(blob.constData());
    GeoBounds env;
    bool hasEnv = false, empty = false;
    const int off = parseHeader(data, blob.size(), &env, &hasEnv, &empty);
    if (off < 0 || empty)
        return false;
    WkbReader r(data + off, blob.size() - off);
    quint32 type;
    int dims;
    if (!r.readGeometryHeader(&type, &dims) || type != kWkbPoint)
        return false;
    return r.readPoint(dims, out);
}

bool decodeMultiPolygon(const QByteArray &blob, MultiPolygon *out)
{
    const auto *data = reinterpret_cast<const unsigned char *>(blob.constData());
    GeoBounds env;
    bool hasEnv = false, empty = false;
    const int off = parseHeader(data, blob.size(), &env, &hasEnv, &empty);
    if (off < 0)
        return false;
    out->polygons.clear();
    if (empty)
        return true;
    WkbReader r(data + off, blob.size() - off);
    quint32 type;
    int dims;
    if (!r.readGeometryHeader(&type, &dims))
        return false;
    if (type == kWkbPolygon) {
        Polygon p;
        if (!r.readPolygonBody(dims, &p))
            return false;
        out->polygons.push_back(p);
        return true;
    }
    if (type != kWkbMultiPolygon)
        return false;
    const quint32 n = r.u32();
    for (quint32 i = 0; i < n && r.ok(); ++i) {
        quint32 t;
        int d;
        Polygon p;
        if (!r.readGeometryHeader(&t, &d) || t != kWkbPolygon || !r.readPolygonBody(d, &p))
            return false;
        out->polygons.push_back(p);
    }
    return r.ok();
}

bool envelope(const unsigned char *data, int size, GeoBounds *out, bool *empty)
{
    bool hasEnv = false;
    const int off = parseHeader(data, size, out, &hasEnv, empty);
    if (off < 0)
        return false;
    if (*empty || hasEnv)
        return true;
    WkbReader r(data + off, size - off);
    GeoBounds b;
    if (!r.readAnyBounds(&b))
        return false;
    *out = b;
    *empty = b.isEmpty();
    return true;
}

} // namespace griddesk::gpkggeometry
