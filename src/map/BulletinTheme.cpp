#include "BulletinTheme.h"
#include "BulletinStore.h"
#include "ChangeWatcher.h"
#include "ConsoleLayers.h"
#include "StoreError.h"

#include <QStringList>

#include <algorithm>

#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace griddesk::map {

namespace {
// A timer set for more than this looks again then (QTimer takes an int of ms).
constexpr qint64 kLongestWaitMs = 60 * 60 * 1000;
// A little after the instant, so that the bulletin is over by then.
constexpr qint64 kSlackMs = 20;
} // namespace

BulletinTheme::BulletinTheme(ConsoleLayers *layers, const BulletinStore &store, ChangeWatcher *watcher, QgsProject *project,
                             QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_layer = layers->makeLayer(QStringLiteral("bulletins"), QStringLiteral("\"fid\" < 0"), tr("Security bulletins"),
                                QStringLiteral("bulletins"));
    project->addMapLayer(m_layer, false);
    // Collapsed: the banner names each bulletin's level, and the layer panel
    // keeps its room on a laptop screen.
    project->layerTreeRoot()->insertLayer(0, m_layer)->setExpanded(false);
    if (watcher)
        connect(watcher, &ChangeWatcher::tablesChanged, this, [this](const QSet<QString> &tables) {
            if (tables.contains(QStringLiteral("bulletins")))
                reload();
        });
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BulletinTheme::update);
    reload();
}

void BulletinTheme::reload()
{
    try {
        m_current = m_store.currentBulletins(QDateTime::currentDateTimeUtc());
    } catch (const StoreError &e) {
        Q_EMIT failed(e.message()); // the map keeps what it last showed
        return;
    }
    update();
}

void BulletinTheme::update()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVector<Bulletin> active;
    QDateTime next;
    for (const Bulletin &b : qAsConst(m_current)) {
        if (b.isActive(now))
            active << b;
        for (const QDateTime &t : {b.validFrom, b.validTo})
            if (t > now && (!next.isValid() || t < next))
                next = t;
    }
    std::stable_sort(active.begin(), active.end(), [](const Bulletin &a, const Bulletin &b) { return a.level > b.level; });
    m_next = next;
    if (next.isValid())
        m_timer.start(int(qBound<qint64>(0, now.msecsTo(next) + kSlackMs, kLongestWaitMs)));
    else
        m_timer.stop();

    QStringList ids;
    for (const Bulletin &b : qAsConst(active))
        ids << QString::number(b.id);
    // Ids of the store's own scoped read: the same rows on either backend.
    const QString subset = ids.isEmpty() ? QStringLiteral("\"fid\" < 0")
                                         : QStringLiteral("\"fid\" IN (%1)").arg(ids.join(QLatin1Char(',')));
    if (subset != m_layer->subsetString())
        m_layer->setSubsetString(subset);
    else
        m_layer->reload(); // the same bulletins, changed (a withdrawal elsewhere, a new title)
    m_layer->triggerRepaint();
    const bool changed = active.size() != m_active.size()
        || !std::equal(active.begin(), active.end(), m_active.begin(), [](const Bulletin &a, const Bulletin &b) {
               return a.id == b.id && a.rowVersion == b.rowVersion;
           });
    m_active = active;
    if (changed)
        Q_EMIT activeChanged(m_active);
}

} // namespace griddesk::map
