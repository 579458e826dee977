#pragma once
// The console's map layers, read through QGIS's ogr provider from the same
// GeoPackage the store writes (or the postgres provider from the server):
// township, communities, grids and cameras (the boundaries held in memory
// in the display CRS once the map has drawn: HeldAreaLayer); and the open cases and the
// cases ended in a period as live memory layers (LiveCaseLayer). Single features
// draw at township scales; further out, the grids' totals per community or
// township (AreaTotalsLayer) stand in for them (ScaleBands.h).

#include "AdminUnit.h"
#include "GeoTypes.h"
#include "GridTotals.h"
#include "StoreLocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

#include <qgscoordinatereferencesystem.h>
#include <qgspointxy.h>
#include <qgsrectangle.h>

class QgsMapLayer;
class QgsProject;
class QgsFeature;
class QgsVectorLayer;

namespace griddesk::map {

class AreaTotalsLayer;
class HeldAreaLayer;
class LiveCaseLayer;

class ConsoleLayers : public QObject
{
    Q_OBJECT

public:
    // Creates the layers; check isValid() and errorMessage() afterwards.
    // A GeoPackage is read with the ogr provider; a server with the postgres
    // provider, refreshed by the server's NOTIFY on channel "qgis".
    // `between` runs after each layer is made (each opens the data once).
    explicit ConsoleLayers(const StoreLocation &location, QObject *parent = nullptr,
                           const std::function<void()> &between = {});
    ~ConsoleLayers() override;

    bool isValid() const { return m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }

    QgsVectorLayer *township() const { return m_township; }
    QgsVectorLayer *communities() const { return m_communities; }
    QgsVectorLayer *grids() const { return m_grids; }
    QgsVectorLayer *cameras() const { return m_cameras; }
    // The open cases, live (LiveCaseLayer's memory layer); their feature ids
    // are not case ids: see caseIdOf() and selectCases().
    QgsVectorLayer *incidents() const;
    // The ended cases of the period (setClosedSince), live as the open ones
    // are, or read by the provider when the period holds too many; either
    // way the "fid" attribute is the case id.
    QgsVectorLayer *endedIncidents() const;
    LiveCaseLayer *openCases() const { return m_openCases; }
    LiveCaseLayer *endedCases() const { return m_endedCases; }
    // The totals per community and township; null before showTotals().
    AreaTotalsLayer *totals() const { return m_totals; }
    // Whether the open and the ended cases have been read once.
    bool casesLoaded() const;
    // Waits for the case layers' reads under way and reads no more (before
    // the project that owns the layers lets them go).
    void stopReading();
    // Makes the totals layers over the units (communities and townships with
    // their boundaries, and the grids); call before addToProject().
    // `places`: the units' AreaTotalsLayer::placesOf(), if worked out already.
    void showTotals(const QVector<AdminUnit> &units, const QHash<QString, QgsPointXY> &places = {});
    // The cameras', residents' and houses' figures of the totals (the cases'
    // come from the open cases as they change).
    void setGridTotals(const QVector<GridTotals> &grids);

    // How the live layers (open cases, totals) ask for a repaint: the
    // console passes its canvas's CanvasRepaintGuard::requestRepaint.
    void setRepaint(const std::function<void(QgsMapLayer *)> &repaint);

    // Whether a layer draws cases, and which case a feature of it is.
    bool isCaseLayer(const QgsMapLayer *layer) const;
    qint64 caseIdOf(const QgsVectorLayer *layer, const QgsFeature &feature) const;
    // A case layer's feature holds what the map needs only: this is the same
    // case with every field, read by its provider (the feature itself when
    // the case is no longer in the layer's subset).
    QgsFeature wholeCase(const QgsVectorLayer *layer, const QgsFeature &feature) const;
    // Selects these cases on the map (open and ended) and nothing else.
    void selectCases(const QVector<qint64> &caseIds);
    QVector<qint64> selectedCases() const;

    // Top of the drawing order first.
    QList<QgsMapLayer *> renderOrder() const;
    // Layers to search for the identify tool, most specific first.
    QList<QgsMapLayer *> identifiable() const;
    // Reads again the layers that draw a table of the store, other than the
    // cases' (LiveCaseLayer reads those again).
    void reloadTable(const QString &table);
    // The township, community and grid layers draw from copies held in
    // memory in the display CRS from now on (HeldAreaLayer), read off the
    // GUI thread; until each is in, its provider draws.
    void holdAreas();
    // Whether every boundary layer draws from its copy.
    bool areasHeld() const;
    // Another layer of areas (a theme's grids) drawn from a copy held like
    // the boundaries': held, read again and stopped with them. Not owned
    // (the project owns the layer); the copy's reader is ConsoleLayers'.
    HeldAreaLayer *holdWithAreas(QgsVectorLayer *areas);
    // Whether a held copy is being filed into `layer` (which then holds only
    // part of its features: a snapshot of it now would miss the rest).
    bool isFiling(const QgsMapLayer *layer) const;
    // Runs `run` (while `context` lives) once the copy being filed into
    // `layer` is in; at once when none is.
    void whenWhole(const QgsMapLayer *layer, QObject *context, const std::function<void()> &run);
    // Whether no render job reads the layers now: a boundary copy replaces
    // its layer's provider only then (see HeldAreaLayer::setQuiet).
    void setRenderingQuiet(const std::function<bool()> &quiet);

    QgsCoordinateReferenceSystem displayCrs() const { return m_displayCrs; }
    // The township with a margin, in the display CRS.
    QgsRectangle fullExtent() const;
    // A longitude/latitude box in the display CRS, with a margin.
    QgsRectangle displayExtent(const GeoBounds &lonLat) const;
    // A local file read by someone with a limited scope: the case, camera
    // and grid layers show only their scope (on a server the row-level
    // security does this). Filters are SQL over the layers' own columns.
    void restrict(const QString &incidentFilter, const QString &locatedFilter, const QString &gridFilter);
    // The grid filter of restrict() (empty when nothing is restricted), for
    // other layers over grids.
    QString gridScope() const { return m_gridScope; }
    // The located filter of restrict() (empty when nothing is restricted),
    // for other layers over tables with grid, community and township codes.
    QString locatedScope() const { return m_locatedScope; }
    // Ended cases (closed, rejected, merged) show on the map only when they
    // closed at or after `since` (an indexed filter); open cases always show.
    // An invalid time shows every ended case.
    void setClosedSince(const QDateTime &since);
    QDateTime closedSince() const { return m_closedSince; }
    // The ended cases' subset for that period, with the scope of
    // restrict() (SQL of their source's provider).
    QString incidentSubset(const QDateTime &closedSince) const;

    // Hands the layers to a project, grouped in its layer tree; the project owns them afterwards.
    void addToProject(QgsProject *project);

    // A thematic layer over one table of the same file, styled from maps/<style>.qml.
    // The caller owns it (or hands it to a project).
    QgsVectorLayer *makeLayer(const QString &table, const QString &subset, const QString &name, const QString &style);
    bool isServer() const { return m_location.isServer(); }
    const StoreLocation &location() const { return m_location; }

private:
    void applyIncidentFilter();
    // The case layer that draws `layer`, if any.
    LiveCaseLayer *caseLayerOf(const QgsVectorLayer *layer) const;
    QString closedSinceFilter(const QDateTime &since) const;

public:
    // Counts the totals' open and overdue cases again (the open cases changed).
    void updateCaseTotals();
    // Time passed: the open cases' markers and the totals of the grids where
    // a case's time limit ran out (or came back, should the clock go back).
    void refreshDeadlines(const QDateTime &now);

Q_SIGNALS:
    // The selection of cases on the map changed.
    void caseSelectionChanged();
    // A boundary layer's copy is about to replace its provider and be filed
    // (true), or is in (false); each true is followed by one false. Between
    // the two, no render job may start on the layers (and those under way
    // should end: the copy waits for setRenderingQuiet's answer).
    void areasFiling(bool underway);

private:
    // The held copy being filed into `layer` now, if any.
    HeldAreaLayer *filingInto(const QgsMapLayer *layer) const;

    StoreLocation m_location;
    QString m_error;
    QgsVectorLayer *m_township = nullptr;
    QgsVectorLayer *m_communities = nullptr;
    QgsVectorLayer *m_grids = nullptr;
    QgsVectorLayer *m_cameras = nullptr;
    QList<HeldAreaLayer *> m_held; // township, communities, grids, and themes' areas
    mutable QgsRectangle m_fullExtent; // as last worked out from the whole township layer
    HeldAreaLayer *m_heldGrids = nullptr;
    HeldAreaLayer *m_heldCameras = nullptr;
    bool m_holding = false;              // holdAreas() was called
    std::function<bool()> m_quiet;       // as given to setRenderingQuiet()
    LiveCaseLayer *m_openCases = nullptr;
    LiveCaseLayer *m_endedCases = nullptr;
    AreaTotalsLayer *m_totals = nullptr;
    bool m_ownedByProject = false;
    QString m_incidentScope; // from restrict()
    QString m_gridScope;     // from restrict()
    QString m_locatedScope;  // from restrict()
    QDateTime m_closedSince;
    std::function<void(QgsMapLayer *)> m_repaint;
    QgsCoordinateReferenceSystem m_displayCrs;
};

} // namespace griddesk::map
