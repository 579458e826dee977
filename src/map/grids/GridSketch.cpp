#include "GridSketch.h"
#include "LonLatGeometry.h"

#include <qgsabstractgeometry.h>

namespace griddesk::map {

namespace {

// QGIS treats points within the square root of its default epsilon (1e-8)
// as on a segment; in degrees that is 10 m. Grids need the true foot.
constexpr double kSegmentEpsilon = 1e-24;

// Vertex numbers of `shape` (as QgsGeometry counts them) at `point`.
QVector<int> verticesAt(const QgsGeometry &shape, const QgsPointXY &point)
{
    QVector<int> out;
    const QgsAbstractGeometry *g = shape.constGet();
    if (!g)
        return out;
    QgsVertexId id;
    QgsPoint p;
    for (int n = 0; g->nextVertex(id, p); ++n) {
        if (QgsPointXY(p).distance(point) < GridSketch::kSamePoint)
            out << n;
    }
    return out;
}

QVector<QgsPointXY> allVertices(const QgsGeometry &shape)
{
    QVector<QgsPointXY> out;
    for (auto it = shape.vertices_begin(); it != shape.vertices_end(); ++it)
        out << QgsPointXY(*it);
    return out;
}

bool hasVertexNear(const QVector<QgsPointXY> &vertices, const QgsPointXY &p)
{
    for (const QgsPointXY &v : vertices)
        if (v.distance(p) < GridSketch::kSamePoint)
            return true;
    return false;
}

} // namespace

void GridSketch::begin(const AdminUnit &community, const QVector<AdminUnit> &grids)
{
    clear();
    m_community = community;
    m_communityShape = toQgsGeometry(community.geometry);
    for (const AdminUnit &g : grids) {
        if (g.parentCode != community.code)
            continue;
        Piece p;
        p.key = m_nextKey++;
        p.unit = g;
        p.shape = toQgsGeometry(g.geometry);
        m_pieces << p;
    }
    Q_EMIT changed();
}

void GridSketch::clear()
{
    m_community = AdminUnit();
    m_communityShape = QgsGeometry();
    m_pieces.clear();
    m_retired.clear();
    m_undo.clear();
    m_change = UnitChange::Reshaped;
    Q_EMIT changed();
}

const GridSketch::Piece *GridSketch::piece(int key) const
{
    for (const Piece &p : m_pieces)
        if (p.key == key)
            return &p;
    return nullptr;
}

QVector<int> GridSketch::newKeys() const
{
    QVector<int> out;
    for (const Piece &p : m_pieces)
        if (p.isNew())
            out << p.key;
    return out;
}

QString GridSketch::label(int key) const
{
    const Piece *p = piece(key);
    return p && !p->isNew() ? p->unit.name : tr("new grid");
}

int GridSketch::pieceAt(const QgsPointXY &lonLat) const
{
    for (const Piece &p : m_pieces)
        if (p.shape.contains(&lonLat))
            return p.key;
    return 0;
}

QString GridSketch::kindName(UnitChange kind)
{
    switch (kind) {
    case UnitChange::Split:
        return tr("split");
    case UnitChange::Merged:
        return tr("merge");
    case UnitChange::Drawn:
        return tr("new grid");
    default:
        return tr("reshaping");
    }
}

QString GridSketch::startOperation(UnitChange kind)
{
    if (!hasCommunity())
        return tr("Choose a community's grid first.");
    if (isDirty() && m_change != kind)
        return tr("The pending edit is a %1: save or discard it before a %2.").arg(kindName(m_change), kindName(kind));
    m_before = State{m_pieces, m_retired, m_change, m_nextKey};
    m_change = kind;
    return {};
}

void GridSketch::commit()
{
    m_undo << m_before;
    Q_EMIT changed();
}

bool GridSketch::undo()
{
    if (m_undo.isEmpty())
        return false;
    const State s = m_undo.takeLast();
    m_pieces = s.pieces;
    m_retired = s.retired;
    m_change = s.change;
    m_nextKey = s.nextKey;
    Q_EMIT changed();
    return true;
}

void GridSketch::addNewPiece(const QgsGeometry &shape)
{
    Piece p;
    p.key = m_nextKey++;
    p.unit.parentCode = m_community.code;
    p.unit.level = AdminLevel::Grid;
    p.shape = shape;
    p.changed = true;
    m_pieces << p;
}

void GridSketch::insertIntoEdges(const QgsPointXY &point, int except)
{
    for (Piece &p : m_pieces) {
        if (p.key == except || !verticesAt(p.shape, point).isEmpty())
            continue;
        QgsPointXY onEdge;
        int next = -1;
        const double d2 = p.shape.closestSegmentWithContext(point, onEdge, next, nullptr, kSegmentEpsilon);
        if (next >= 0 && d2 >= 0 && std::sqrt(d2) < kSamePoint && p.shape.insertVertex(QgsPoint(point), next))
            p.changed = true;
    }
}

QString GridSketch::split(const QgsGeometry &lineLonLat)
{
    if (const QString refused = startOperation(UnitChange::Split); !refused.isEmpty())
        return refused;
    QgsPointSequence line;
    for (const QgsPointXY &p : lineLonLat.asPolyline())
        line << QgsPoint(p);
    struct Cut {
        int index;
        QVector<QgsGeometry> parts;
    };
    QVector<Cut> cuts;
    for (int i = 0; i < m_pieces.size(); ++i) {
        if (!m_pieces[i].shape.intersects(lineLonLat))
            continue;
        QgsGeometry first = m_pieces[i].shape;
        QVector<QgsGeometry> others;
        QgsPointSequence testPoints;
        if (first.splitGeometry(line, others, true, testPoints) == Qgis::GeometryOperationResult::Success
            && !others.isEmpty())
            cuts << Cut{i, QVector<QgsGeometry>{first} + others};
    }
    if (cuts.isEmpty()) {
        m_change = m_before.change;
        return tr("The line must cross a grid from one edge to another.");
    }
    if (cuts.size() > 1) {
        m_change = m_before.change;
        return tr("The line crosses %n grids; draw it across one grid.", nullptr, int(cuts.size()));
    }
    const Piece old = m_pieces.takeAt(cuts.first().index);
    if (!old.isNew())
        m_retired << old.unit.code;
    const QVector<QgsPointXY> before = allVertices(old.shape);
    QVector<QgsPointXY> cutPoints;
    for (const QgsGeometry &part : cuts.first().parts) {
        addNewPiece(part);
        for (const QgsPointXY &v : allVertices(part))
            if (!hasVertexNear(before, v) && !hasVertexNear(cutPoints, v))
                cutPoints << v;
    }
    // Where the line meets a neighbour's edge, the neighbour gets the vertex
    // too, so that later vertex edits move both sides together.
    for (const QgsPointXY &v : cutPoints)
        insertIntoEdges(v, -1);
    commit();
    return {};
}

QString GridSketch::merge(const QVector<int> &keys)
{
    if (keys.size() < 2)
        return tr("Pick two or more neighbouring grids to merge.");
    if (const QString refused = startOperation(UnitChange::Merged); !refused.isEmpty())
        return refused;
    QVector<QgsGeometry> shapes;
    QStringList labels;
    for (int key : keys) {
        const Piece *p = piece(key);
        if (!p) {
            m_change = m_before.change;
            return tr("A grid to merge is no longer there; pick the grids again.");
        }
        shapes << p->shape;
        labels << label(key);
    }
    const QgsGeometry merged = QgsGeometry::unaryUnion(shapes);
    if (merged.isNull() || merged.type() != QgsWkbTypes::PolygonGeometry) {
        m_change = m_before.change;
        return tr("The grids could not be merged: %1").arg(merged.lastError());
    }
    if (merged.isMultipart() && merged.asMultiPolygon().size() > 1) {
        m_change = m_before.change;
        return tr("Only neighbouring grids can be merged: %1 do not form one area.").arg(labels.join(tr(", ")));
    }
    for (int key : keys) {
        for (int i = 0; i < m_pieces.size(); ++i) {
            if (m_pieces[i].key != key)
                continue;
            if (!m_pieces[i].isNew())
                m_retired << m_pieces[i].unit.code;
            m_pieces.removeAt(i);
            break;
        }
    }
    addNewPiece(merged);
    commit();
    return {};
}

QString GridSketch::draw(const QgsGeometry &polygonLonLat)
{
    if (const QString refused = startOperation(UnitChange::Drawn); !refused.isEmpty())
        return refused;
    if (polygonLonLat.isNull() || polygonLonLat.type() != QgsWkbTypes::PolygonGeometry || !polygonLonLat.isGeosValid()) {
        m_change = m_before.change;
        return tr("The outline crosses itself; draw it again.");
    }
    addNewPiece(polygonLonLat);
    commit();
    return {};
}

QString GridSketch::moveVertex(const QgsPointXY &from, const QgsPointXY &to)
{
    if (const QString refused = startOperation(UnitChange::Reshaped); !refused.isEmpty())
        return refused;
    bool found = false;
    for (Piece &p : m_pieces) {
        const QVector<int> at = verticesAt(p.shape, from);
        for (int n : at)
            p.shape.moveVertex(QgsPoint(to), n);
        if (at.isEmpty())
            continue;
        found = true;
        p.changed = true;
        if (!p.shape.isGeosValid()) {
            const QString name = label(p.key);
            m_pieces = m_before.pieces;
            m_change = m_before.change;
            return tr("Moving the vertex there would make %1 cross itself.").arg(name);
        }
    }
    if (!found) {
        m_change = m_before.change;
        return tr("There is no vertex there.");
    }
    commit();
    return {};
}

QString GridSketch::addVertex(const QgsPointXY &near, double tolerance)
{
    if (const QString refused = startOperation(UnitChange::Reshaped); !refused.isEmpty())
        return refused;
    int best = -1;
    double bestD2 = tolerance * tolerance;
    QgsPointXY bestPoint;
    int bestNext = -1;
    for (int i = 0; i < m_pieces.size(); ++i) {
        QgsPointXY onEdge;
        int next = -1;
        const double d2 = m_pieces[i].shape.closestSegmentWithContext(near, onEdge, next, nullptr, kSegmentEpsilon);
        if (next >= 0 && d2 >= 0 && d2 <= bestD2) {
            best = i;
            bestD2 = d2;
            bestPoint = onEdge;
            bestNext = next;
        }
    }
    if (best < 0) {
        m_change = m_before.change;
        return tr("There is no grid edge there.");
    }
    if (!verticesAt(m_pieces[best].shape, bestPoint).isEmpty()) {
        m_change = m_before.change;
        return tr("There is a vertex there already.");
    }
    m_pieces[best].shape.insertVertex(QgsPoint(bestPoint), bestNext);
    m_pieces[best].changed = true;
    insertIntoEdges(bestPoint, m_pieces[best].key);
    commit();
    return {};
}

QString GridSketch::deleteVertex(const QgsPointXY &at)
{
    if (const QString refused = startOperation(UnitChange::Reshaped); !refused.isEmpty())
        return refused;
    QVector<int> holders;
    for (int i = 0; i < m_pieces.size(); ++i)
        if (!verticesAt(m_pieces[i].shape, at).isEmpty())
            holders << i;
    const auto refuse = [this](const QString &why) {
        m_pieces = m_before.pieces;
        m_change = m_before.change;
        return why;
    };
    if (holders.isEmpty())
        return refuse(tr("There is no vertex there."));
    const QgsGeometry boundary(m_communityShape.isNull() ? nullptr : m_communityShape.constGet()->boundary());
    const bool onBoundary = !boundary.isNull() && QgsGeometry::fromPointXY(at).distance(boundary) < kSamePoint;
    if (holders.size() >= 3 || (holders.size() == 2 && onBoundary))
        return refuse(tr("This vertex is where grids meet each other or the community boundary; move it instead of deleting it."));
    for (int i : holders) {
        Piece &p = m_pieces[i];
        p.shape.deleteVertex(verticesAt(p.shape, at).first());
        p.changed = true;
        if (!p.shape.isGeosValid() || p.shape.area() <= 0.0)
            return refuse(tr("Deleting this vertex would leave %1 without a valid outline.").arg(label(p.key)));
    }
    commit();
    return {};
}

bool GridSketch::nearestVertex(const QgsPointXY &near, double tolerance, QgsPointXY *vertex) const
{
    double best = tolerance * tolerance;
    bool found = false;
    for (const Piece &p : m_pieces) {
        int at = -1, before = -1, after = -1;
        double d2 = -1;
        const QgsPointXY v = p.shape.closestVertex(near, at, before, after, d2);
        if (at >= 0 && d2 <= best) {
            best = d2;
            *vertex = v;
            found = true;
        }
    }
    return found;
}

GridEdit GridSketch::toGridEdit(const QHash<int, Naming> &names, const QDate &effective, const QString &justification) const
{
    GridEdit edit;
    edit.change = m_change;
    edit.effective = effective;
    edit.justification = justification;
    edit.retired = m_retired;
    for (const Piece &p : m_pieces) {
        if (!p.changed)
            continue;
        AdminUnit u = p.unit;
        u.geometry = toMultiPolygon(p.shape);
        if (p.isNew()) {
            u.name = names.value(p.key).name;
            u.shortName = names.value(p.key).shortName;
        }
        edit.grids << u;
    }
    return edit;
}

} // namespace griddesk::map
