#pragma once
// GeoPackage geometry blobs: the "GP" header with an envelope, then ISO WKB.
// Only what GridDesk stores is written (points and multipolygons); reading
// accepts the blobs other GeoPackage writers produce, with or without envelope.

#include "GeoTypes.h"

#include <QByteArray>

#include <optional>

namespace griddesk::gpkggeometry {

constexpr int kSrsId = 4490; // CGCS2000 geographic

QByteArray encodePoint(const GeoPoint &p, int srsId = kSrsId);
QByteArray encodeMultiPolygon(const MultiPolygon &mp, int srsId = kSrsId);

// A blob holding any WKB geometry (a footprint polygon), with its envelope;
// empty when the WKB is malformed.
QByteArray fromWkb(const QByteArray &wkb, int srsId = kSrsId);
// The ISO WKB inside a blob (the blob itself when it is plain WKB already).
QByteArray toWkb(const QByteArray &blob);

// Decoding accepts GeoPackage blobs and plain WKB.
bool decodePoint(const QByteArray &blob, GeoPoint *out);
// Accepts Polygon and MultiPolygon.
bool decodeMultiPolygon(const QByteArray &blob, MultiPolygon *out);

// Where a blob lies: a point itself, any other geometry the centre of its
// envelope; nothing for an empty or malformed blob (GeoPackage or plain WKB).
std::optional<GeoPoint> placeOf(const QByteArray &blob);
// Envelope of any blob: from the header when present, otherwise from the WKB.
// Returns false for malformed blobs; *empty is set for empty geometries.
bool envelope(const unsigned char *data, int size, GeoBounds *out, bool *empty);

} // namespace griddesk::gpkggeometry
