#include "ConsoleSession.h"
#include "ChangeWatcher.h"
#include "ConsoleLayers.h"
#include "GpkgStore.h"
#include "Language.h"
#include "LiveLayerRefresher.h"
#include "StoreError.h"

#include <qgsmapcanvas.h>
#include <qgsproject.h>

namespace griddesk::app {

std::unique_ptr<ConsoleSession> ConsoleSession::open(const QString &path, QString *error)
{
    std::unique_ptr<ConsoleSession> s(new ConsoleSession);
    s->m_path = path;
    try {
        s->m_store = GpkgStore::open(path);
        s->m_watcher = std::make_unique<ChangeWatcher>(path);
        s->m_categories = CategoryNames(s->m_store->categories());
        for (const Department &d : s->m_store->departments())
            s->m_departmentNames.insert(d.code, language::isChinese() ? d.nameZh : d.nameEn);
        s->reloadUnitNames();
    } catch (const StoreError &e) {
        *error = e.message();
        return nullptr;
    }
    s->m_layers = std::make_unique<map::ConsoleLayers>(path);
    if (!s->m_layers->isValid()) {
        *error = s->m_layers->errorMessage();
        return nullptr;
    }
    s->m_layers->addToProject(QgsProject::instance());
    QgsProject::instance()->setCrs(s->m_layers->displayCrs());
    s->m_canvas = new QgsMapCanvas;
    s->m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    s->m_refresher = std::make_unique<map::LiveLayerRefresher>(s->m_layers.get(), s->m_watcher.get());
    connect(s->m_watcher.get(), &ChangeWatcher::tablesChanged, s.get(), [session = s.get()](const QSet<QString> &t) {
        if (t.contains(QStringLiteral("admin_units")))
            session->reloadUnitNames();
    });
    s->m_watcher->start();
    return s;
}

ConsoleSession::~ConsoleSession()
{
    if (m_watcher)
        m_watcher->stop();
    delete m_canvas; // no-op when the window already deleted it
    m_refresher.reset();
    if (m_layers && m_layers->isValid())
        QgsProject::instance()->clear(); // the project owns and deletes the layers
}

void ConsoleSession::reloadUnitNames()
{
    m_unitNames.clear();
    for (const AdminUnit &u : m_store->adminUnits()) {
        m_unitNames.insert(u.code, u.name);
        if (u.level == AdminLevel::Township)
            m_townshipName = u.name;
    }
}

} // namespace griddesk::app
