#pragma once
// Applies the QGIS styles kept in maps/*.qml (embedded at build time) and
// translates their legend labels.

#include <QString>
#include <QStringList>

class QgsVectorLayer;

namespace griddesk::map {

// Loads style `name` (township, communities, grids, cameras, incidents).
// Returns false with *error set when the style is missing or malformed.
bool applyStyle(QgsVectorLayer *layer, const QString &name, QString *error);
// Every legend label the styles may use, in source language (for tests).
QStringList legendLabels();

} // namespace griddesk::map
