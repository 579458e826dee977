#pragma once
// How the registers look on the map: houses by use (points and footprints),
// disputes by status with repeats ringed, key persons by risk level with
// overdue visits ringed (never labelled: no names on the map), organisations
// by type. Legend labels are the catalogue's translated code labels.

#include "RegisterKind.h"

#include <QColor>
#include <QSet>
#include <QString>

class QgsFeatureRenderer;

namespace griddesk::map::registerstyle {

// The column a register is coloured by.
QString classColumn(RegisterKind kind);
// The fill of one class (a code of classColumn()).
QColor colour(RegisterKind kind, const QString &code);
// A new renderer; `marked` are the ids ringed (repeats, overdue visits).
QgsFeatureRenderer *renderer(RegisterKind kind, bool footprints, const QSet<qint64> &marked);
// The colour of the ring round a marked record.
QColor markColour(RegisterKind kind);

} // namespace griddesk::map::registerstyle
