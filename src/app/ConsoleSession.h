#pragma once
// Everything the console holds for one open database: the store, the change
// watcher, the map layers and canvas, and lookup tables the modules share.

#include "CategoryNames.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QgsMapCanvas;

namespace griddesk {
class ChangeWatcher;
class Store;
namespace map {
class ConsoleLayers;
class LiveLayerRefresher;
} // namespace map
} // namespace griddesk

namespace griddesk::app {

class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    // Opens the database; on failure returns null with a user-facing *error.
    static std::unique_ptr<ConsoleSession> open(const QString &path, QString *error);
    ~ConsoleSession() override;

    Store &store() const { return *m_store; }
    ChangeWatcher &watcher() const { return *m_watcher; }
    map::ConsoleLayers &layers() const { return *m_layers; }
    map::LiveLayerRefresher &refresher() const { return *m_refresher; }
    // Created here, owned by the main window once it is the central widget.
    QgsMapCanvas *canvas() const { return m_canvas; }
    const CategoryNames &categories() const { return m_categories; }
    QString unitName(const QString &code) const { return m_unitNames.value(code, code); }
    QString departmentName(const QString &code) const { return m_departmentNames.value(code, code); }
    QString townshipName() const { return m_townshipName; }
    QString databasePath() const { return m_path; }
    // Re-reads unit names (after admin_units changed).
    void reloadUnitNames();

private:
    ConsoleSession() = default;

    QString m_path;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ChangeWatcher> m_watcher;
    std::unique_ptr<map::ConsoleLayers> m_layers;
    std::unique_ptr<map::LiveLayerRefresher> m_refresher;
    QPointer<QgsMapCanvas> m_canvas;
    CategoryNames m_categories;
    QHash<QString, QString> m_unitNames;
    QHash<QString, QString> m_departmentNames;
    QString m_townshipName;
};

} // namespace griddesk::app
