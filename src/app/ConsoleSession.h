#pragma once
// Everything the console holds for one open database: the store, the change
// watcher, the map layers and canvas, and lookup tables the modules share.

#include "AdminUnit.h"
#include "CategoryNames.h"
#include "Role.h"
#include "StoreOpener.h"
#include "UnitStore.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

class QgsMapCanvas;
class QgsRectangle;

namespace griddesk {
class ChangeWatcher;
class Store;
namespace map {
class ConsoleLayers;
class LiveLayerRefresher;
} // namespace map
} // namespace griddesk

namespace griddesk::app {

struct UnitIndex;

class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    // Opens the township's database (a file or a server, as the signed-in
    // person); on failure returns null with a user-facing *error. There is
    // one session at a time: its layers are in QgsProject::instance().
    // With `breathe`, the opening calls it between its steps (none of which
    // holds the GUI thread for long) and turns the event loop while it waits
    // for its reads, and so may the window's modules through breathe(),
    // until openingDone(): the opening window stays live.
    static std::unique_ptr<ConsoleSession> open(const StoreOpener &opener, QString *error,
                                                std::function<void()> breathe = {});
    ~ConsoleSession() override;

    Store &store() const { return *m_store; }
    ChangeWatcher &watcher() const { return *m_watcher; }
    map::ConsoleLayers &layers() const { return *m_layers; }
    map::LiveLayerRefresher &refresher() const { return *m_refresher; }
    // Created here, owned by the main window once it is the central widget.
    QgsMapCanvas *canvas() const { return m_canvas; }
    const CategoryNames &categories() const { return m_categories; }
    QString unitName(const QString &code) const { return m_unitNames.value(code, code); }
    // The units this person sees, read once (and again when they change)
    // for every panel: without their boundaries, of one level (or all, level
    // 0), ordered by code; `withBoundary`: only those with one.
    QVector<AdminUnit> units(AdminLevel level, bool withBoundary = false) const;
    QVector<AdminUnit> units() const { return m_units; }
    // Every unit's name, and its boundary's bounds (EPSG:4490; empty without one).
    const QHash<QString, QString> &unitNames() const { return m_unitNames; }
    const QHash<QString, GeoBounds> &unitBounds() const { return m_bounds; }
    // The units directly under this one, ordered by code.
    QVector<AdminUnit> childrenOf(const QString &code) const;
    QString departmentName(const QString &code) const { return m_departmentNames.value(code, code); }
    // The area on the map, for titles: the township, or the district or city
    // that holds every mapped township.
    QString townshipName() const { return m_townshipName; }
    // Where the data lives, fit to show: the path, or the server without its password.
    QString displayLocation() const { return m_opener.location().displayName(); }
    bool isServer() const { return m_opener.isServer(); }
    // Opens further connections (worker threads) the same way.
    const StoreOpener &opener() const { return m_opener; }
    // The signed-in person; none for a local file without users.
    const std::optional<UserAccount> &user() const { return m_opener.user(); }
    // Whether this person may write (reports, actions, visits).
    bool canWrite() const;
    // False while the server cannot be reached (the console then reads only).
    bool isOnline() const;
    // Writes are possible now: the person may write and the database is there.
    bool isWritable() const { return canWrite() && isOnline(); }
    // Who acts: the signed-in person, or the operator named in the settings.
    QString operatorName() const;
    Role operatorRole() const;

Q_SIGNALS:
    void writableChanged(bool writable);
    // The units were read again (after admin_units changed).
    void unitsChanged();

public:
    // Between two steps of the opening (see open()); nothing after it.
    void breathe() const;
    // The window is on screen: the opening is over.
    void openingDone();
    // Where the map opens: the signed-in person's area, or the whole township.
    QgsRectangle homeExtent() const;
    // Runs `run` once the map has painted its first complete frame (its open
    // cases read), or at once when it has, or when the map is not on screen;
    // not at all when `context` is gone by then. The panels' first reads wait
    // for it, so that on a city's data they do not take the machine from the
    // map's own reads and render.
    void afterFirstPaint(QObject *context, std::function<void()> run);
    bool hasPaintedMap() const { return m_mapPainted; }
    // Re-reads unit names (after admin_units changed).
    void reloadUnitNames();
    // Re-reads the grids' cameras, residents and houses for the map's
    // totals, off the GUI thread.
    void reloadGridTotals();

private:
    ConsoleSession() = default;
    void restrictLayers();
    // The units without their outlines, their names, bounds and children.
    void readUnitNames();
    void takeUnits(UnitIndex &&index);
    // The panels' first reads go ahead if the map is not on screen.
    void armFirstPaintCheck();
    // Holds the canvas's frame (frozen) while a boundary copy is filed.
    void holdFrame(bool hold);

    StoreOpener m_opener;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ChangeWatcher> m_watcher;
    std::unique_ptr<map::ConsoleLayers> m_layers;
    std::unique_ptr<map::LiveLayerRefresher> m_refresher;
    QPointer<QgsMapCanvas> m_canvas;
    CategoryNames m_categories;
    QHash<QString, QString> m_unitNames;
    QVector<AdminUnit> m_units;                // by level, then code; no geometry
    QSet<QString> m_withBoundary;
    QHash<QString, GeoBounds> m_bounds;
    QHash<QString, QVector<int>> m_children;   // parent code → indexes in m_units
    QHash<QString, QString> m_departmentNames;
    QString m_townshipName;
    void mapPainted();
    QPointer<QObject> m_totalsReader; // the running read of reloadGridTotals
    bool m_mapPainted = false;
    QVector<QPair<QPointer<QObject>, std::function<void()>>> m_afterPaint;
    bool m_totalsAgain = false;
    std::function<void()> m_breathe; // while opening
    int m_frameHolds = 0;        // copies being filed (holdFrame)
    bool m_frozeForFiling = false;
};

} // namespace griddesk::app
