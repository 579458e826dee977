#pragma once
// The grids of one community while they are being edited: the working
// outlines (EPSG:4490 QgsGeometry, GEOS behind every operation), what the
// edit changed, created and retired, and an undo history. Split, merge,
// draw and vertex edits work here; nothing is stored until the edit is
// turned into a GridEdit and saved. An edit is of one kind (split, merge,
// drawn grids or reshaping); another kind waits for a save or a discard.

#include "AdminUnit.h"
#include "GridEdit.h"
#include "UnitChange.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <qgsgeometry.h>

namespace griddesk::map {

class GridSketch : public QObject
{
    Q_OBJECT

public:
    // One grid as the edit leaves it: a stored grid (with its code) or a new one.
    struct Piece {
        int key = 0;       // stable within the sketch
        AdminUnit unit;    // the stored grid (its geometry as stored); no code for a new grid
        QgsGeometry shape; // EPSG:4490, as the edit leaves it
        bool changed = false;
        bool isNew() const { return unit.code.isEmpty(); }
    };
    // The name of a new grid, and its short name for labels.
    struct Naming {
        QString name;
        QString shortName;
    };

    // Vertices closer than this (degrees, about 1 cm) are the same vertex.
    static constexpr double kSamePoint = 1e-7;

    using QObject::QObject;

    // Starts over on a community and its current grids (nothing changed yet).
    void begin(const AdminUnit &community, const QVector<AdminUnit> &grids);
    // Forgets the community and every change.
    void clear();

    bool hasCommunity() const { return !m_community.code.isEmpty(); }
    const AdminUnit &community() const { return m_community; }
    QgsGeometry communityShape() const { return m_communityShape; }
    bool isDirty() const { return !m_undo.isEmpty(); }
    UnitChange change() const { return m_change; }
    const QVector<Piece> &pieces() const { return m_pieces; }
    const Piece *piece(int key) const;
    QStringList retired() const { return m_retired; }
    // Keys of the new grids, in the order they were made.
    QVector<int> newKeys() const;
    // The grid at a point (lon/lat), or 0.
    int pieceAt(const QgsPointXY &lonLat) const;

    // Each operation returns an empty string when done, or why it was not
    // (translated, for the user); a refused operation changes nothing.
    QString split(const QgsGeometry &lineLonLat);
    QString merge(const QVector<int> &keys);
    QString draw(const QgsGeometry &polygonLonLat);
    // Moves the vertex at `from` to `to` in every grid that has it, so
    // that neighbours stay joined.
    QString moveVertex(const QgsPointXY &from, const QgsPointXY &to);
    // Adds a vertex on the edge nearest to `near` (within `tolerance`
    // degrees), in each grid along that edge.
    QString addVertex(const QgsPointXY &near, double tolerance);
    // Removes the vertex at `at` from every grid that has it.
    QString deleteVertex(const QgsPointXY &at);
    // The vertex nearest to `near` within `tolerance` degrees.
    bool nearestVertex(const QgsPointXY &near, double tolerance, QgsPointXY *vertex) const;

    bool undo();

    // The edit to save: changed and new grids (new ones named from `names`,
    // by key), the retired codes, and the date.
    GridEdit toGridEdit(const QHash<int, Naming> &names, const QDate &effective, const QString &justification) const;
    // A grid for messages: its name, or "new grid".
    QString label(int key) const;

Q_SIGNALS:
    void changed();

private:
    struct State {
        QVector<Piece> pieces;
        QStringList retired;
        UnitChange change;
        int nextKey;
    };
    QString startOperation(UnitChange kind);
    void commit();
    void addNewPiece(const QgsGeometry &shape);
    // Inserts `point` into every piece (but `except`) that has it on an edge
    // and not yet as a vertex.
    void insertIntoEdges(const QgsPointXY &point, int except);
    static QString kindName(UnitChange kind);

    AdminUnit m_community;
    QgsGeometry m_communityShape;
    QVector<Piece> m_pieces;
    QStringList m_retired;
    UnitChange m_change = UnitChange::Reshaped;
    int m_nextKey = 1;
    QVector<State> m_undo;
    State m_before; // the state an operation started from
};

} // namespace griddesk::map
