#pragma once
// The security bulletins on the map: the areas of the bulletins in force
// within the reader's scope, hatched in their level's colour, outlined and
// labelled (maps/bulletins.qml). It follows the change feed, and a timer set
// to the next start or end of a bulletin shows and drops them on time
// without any change in the data. It tells others (the header's banner)
// which bulletins are in force.

#include "Bulletin.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QVector>

class QgsProject;
class QgsVectorLayer;

namespace griddesk {
class BulletinStore;
class ChangeWatcher;
} // namespace griddesk

namespace griddesk::map {

class ConsoleLayers;

class BulletinTheme : public QObject
{
    Q_OBJECT

public:
    // Creates the layer at the top of the project's layer tree.
    BulletinTheme(ConsoleLayers *layers, const BulletinStore &store, ChangeWatcher *watcher, QgsProject *project,
                  QObject *parent = nullptr);

    QgsVectorLayer *layer() const { return m_layer; }
    // In force now, most severe first.
    const QVector<Bulletin> &active() const { return m_active; }
    // When the timer next looks (a start or an end); invalid when nothing is due.
    QDateTime nextChange() const { return m_next; }
    // Re-reads the bulletins from the store.
    void reload();

Q_SIGNALS:
    void activeChanged(const QVector<griddesk::Bulletin> &active);
    void failed(const QString &message);

private:
    // Shows the bulletins in force at `now` and sets the timer for the next change.
    void update();

    const BulletinStore &m_store;
    QgsVectorLayer *m_layer = nullptr;
    QVector<Bulletin> m_current; // in force or yet to start
    QVector<Bulletin> m_active;
    QDateTime m_next;
    QTimer m_timer;
};

} // namespace griddesk::map
