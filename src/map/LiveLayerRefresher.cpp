#include "LiveLayerRefresher.h"
#include "ChangeRecord.h"
#include "ChangeWatcher.h"
#include "ConsoleLayers.h"
#include "LiveCaseLayer.h"

#include <qgsvectorlayer.h>

namespace griddesk::map {

namespace {
const QString kIncidents = QStringLiteral("incidents");
}

LiveLayerRefresher::LiveLayerRefresher(ConsoleLayers *layers, ChangeWatcher *watcher, QObject *parent)
    : QObject(parent)
    , m_layers(layers)
{
    if (watcher)
        connect(watcher, &ChangeWatcher::changed, this, &LiveLayerRefresher::onChanges);
    connect(layers->openCases(), &LiveCaseLayer::updated, this, &LiveLayerRefresher::onCasesRead);
}

void LiveLayerRefresher::onChanges(const QVector<ChangeRecord> &changes)
{
    QSet<qint64> cases;
    QSet<QString> tables;
    for (const ChangeRecord &c : changes) {
        if (c.table == kIncidents)
            cases.insert(c.rowId);
        else
            tables.insert(c.table);
    }
    refreshCases(cases);
    refreshTables(tables);
}

void LiveLayerRefresher::refreshCases(const QSet<qint64> &caseIds)
{
    // Each layer reads the cases again within its own subset: a case that
    // ended leaves the open cases and joins the period's ended ones.
    m_layers->openCases()->update(caseIds);
    m_layers->endedCases()->update(caseIds);
}

void LiveLayerRefresher::onCasesRead(const QSet<qint64> &caseIds)
{
    if (!caseIds.isEmpty())
        Q_EMIT refreshed({kIncidents});
}

void LiveLayerRefresher::refreshTables(const QSet<QString> &tables)
{
    if (tables.isEmpty())
        return;
    for (const QString &table : tables)
        m_layers->reloadTable(table);
    if (tables.contains(kIncidents)) {
        m_layers->openCases()->reload();
        m_layers->endedCases()->reload();
    }
    Q_EMIT refreshed(tables);
}

} // namespace griddesk::map
