#pragma once
// Keeps map layers current from the change feed. A changed case moves only
// its own marker (the open and the ended cases' LiveCaseLayer each re-read
// the cases the feed names, and the totals follow). Other tables' layers
// re-read their data source.
// Only the changed layers redraw; the canvas's render cache keeps the others.

#include <QObject>
#include <QSet>
#include <QVector>

namespace griddesk {
class ChangeWatcher;
struct ChangeRecord;
} // namespace griddesk

namespace griddesk::map {

class ConsoleLayers;

class LiveLayerRefresher : public QObject
{
    Q_OBJECT

public:
    LiveLayerRefresher(ConsoleLayers *layers, ChangeWatcher *watcher, QObject *parent = nullptr);

    // Re-reads the layers of these tables (cases: see refreshCases).
    void refreshTables(const QSet<QString> &tables);
    // Re-reads these cases now (after a write of this console's own).
    void refreshCases(const QSet<qint64> &caseIds);

Q_SIGNALS:
    void refreshed(const QSet<QString> &tables);

private:
    void onChanges(const QVector<griddesk::ChangeRecord> &changes);
    void onCasesRead(const QSet<qint64> &caseIds);

    ConsoleLayers *m_layers;
};

} // namespace griddesk::map
