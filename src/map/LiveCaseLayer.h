#pragma once
// Cases on the map, kept live one case at a time: the open cases, and the
// cases ended in the chosen period. A memory layer holds every case of the
// source's subset (in the person's scope), with the incidents' own fields
// of which only those the map needs are read (the case id, its grid, state
// and time limits: see ConsoleLayers::wholeCase for the rest);
// it is read once, off the GUI thread, and filed into the layer a share at
// a time between the GUI thread's other events; afterwards each change
// re-reads only the cases it names (by id) and adds, changes or removes
// their markers. Changes that arrive while a read runs are gathered into the next
// read, so a burst costs one read and one repaint, and a change that touches
// none of the layer's cases costs no repaint. Only this layer repaints; the
// canvas's render cache serves the others.
//
// With a limit (setLimit), a subset that holds more cases than that (a
// year's or every ended case of a city) is not copied into memory: the layer
// then reads through the source's own provider and index, re-read as a whole
// when its cases change (isLive() is false).

#include "GridTotals.h"
#include "IncidentState.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <QPointer>
#include <QSet>
#include <QVector>

#include <functional>
#include <memory>

#include <qgsfeature.h>

class QgsFeedback;
class QgsMapLayer;
class QgsVectorLayer;

namespace griddesk::map {

class LiveCaseLayer : public QObject
{
    Q_OBJECT

public:
    // `source`: the incidents as their provider reads them, limited to the
    // cases to show in the person's scope (its subset). Owned. The layer
    // takes the source's name, and `objectName`.
    LiveCaseLayer(QgsVectorLayer *source, const QString &objectName, QObject *parent = nullptr);
    ~LiveCaseLayer() override;

    QgsVectorLayer *layer() const { return m_layer; }
    QgsVectorLayer *source() const { return m_source; }
    // Reads every case of the subset again.
    void reload();
    // Sets the source's subset (the cases to show in the person's scope) and
    // reads every case again. A read under way is stopped first: the
    // provider must not change under it.
    void setSubset(const QString &subset);
    // Reads these cases again: each is added, changed, or removed when it is
    // no longer in the subset (no longer open, say, or out of scope).
    void update(const QSet<qint64> &caseIds);
    // At most this many cases are held in memory (0: no limit); takes
    // effect at the next full read.
    void setLimit(int cases) { m_limit = cases; }
    int limit() const { return m_limit; }
    // False while the subset holds more cases than the limit and the layer
    // reads through the source's provider: its feature ids are then the
    // provider's, and the per-case look-ups below know no case.
    bool isLive() const { return m_live; }
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy; }
    int count() const { return m_byCase.size(); }

    // Whether a case is on the map (open, in scope, read).
    bool holds(qint64 caseId) const { return m_byCase.contains(caseId); }
    // The layer's features of these cases (those on the map).
    QgsFeatureIds featureIds(const QVector<qint64> &caseIds) const;
    // The case a feature of the layer shows (0 when none): in memory by the
    // layer's own numbering, through the provider by the "fid" column (the
    // postgres provider numbers a view's features itself).
    qint64 caseIdOf(const QgsFeature &feature) const;
    // Selects these cases, those the layer shows, and nothing else.
    void select(const QVector<qint64> &caseIds);
    // The cases selected on the layer.
    QVector<qint64> selectedCases() const;
    // Each grid's open cases and those overdue at `now`, counted from the
    // layer's own cases (no database read).
    QVector<GridTotals> totals(const QDateTime &now) const;
    // The same for these grids only (every one listed, with nothing open or not).
    QVector<GridTotals> totals(const QSet<QString> &grids, const QDateTime &now) const;
    // While `updated` is delivered: the grids whose cases changed (where a
    // changed case lay before and lies now), or all of them after a full read.
    const QSet<QString> &changedGrids() const { return m_changedGrids; }
    bool wasFullRead() const { return m_fullRead; }
    // Hands the layer's ownership to the caller (a project).
    void releaseLayer() { m_owned = false; }
    // Waits for a read under way and reads no more (before the project that
    // owns the layer lets it go).
    void stop();

    // Works out again each marker's look (casemark::Mark) at `now`: time
    // limits run out while nobody touches a case. Repaints when any changed.
    // Returns the grids whose count of overdue cases moved since the last
    // call (every grid with an open case, the first time).
    QSet<QString> refreshMarks(const QDateTime &now);

    // How the layer asks for a repaint (default: triggerRepaint()).
    void setRepaint(std::function<void(QgsMapLayer *)> repaint) { m_repaint = std::move(repaint); }

Q_SIGNALS:
    // The first full read is on the map.
    void loaded();
    // A full read found more cases than the limit (isLive() turned false),
    // or no longer does (it turned true).
    void liveChanged(bool live);
    // These cases were read again and their markers changed.
    void updated(const QSet<qint64> &caseIds);

private:
    struct Spot {
        QString grid;
        IncidentState state = IncidentState::Reported;
        qint64 warn = 0; // ms since the epoch; casemark::kNever without a limit
        qint64 due = 0;
        int mark = 0;
    };
    struct Read {
        int generation = 0;
        bool full = false;
        int limit = 0;
        QgsAttributeList fields;
        QSet<qint64> asked;
        QgsFeatureList features;
        QVector<qint64> cases; // one per feature, with its spot
        QVector<Spot> spots;
        // A full read that found more cases than the limit.
        bool overLimit() const { return full && limit > 0 && features.size() > limit; }
    };
    void startRead();
    void finishRead();
    // Files the next share of a full read into the layer.
    void fillSome();
    // After a read is applied: the repaint, the signals, the next read.
    void finish(bool full, const QSet<qint64> &touched, bool changed);
    // Asks the read under way to stop at its next case.
    void cancelRead();
    // A case read from the source: its place and look, and its feature
    // given the mark field (the layer's last). Reads only what the
    // constructor set, so that the worker calls it.
    Spot prepare(QgsFeature &f, const QDateTime &now) const;
    // Keeps a case's spot (on the GUI thread).
    void note(qint64 caseId, Spot spot);
    void forget(qint64 caseId);
    void clearCases();
    // Points the layer at the source's provider, or back at a memory
    // provider with the layer's fields.
    void readThroughProvider();
    void holdInMemory();
    void setDataSource(const QString &source, const QString &provider);
    void repaint();
    GridTotals gridTotals(const QString &grid, const QSet<qint64> &cases, qint64 nowMs) const;

    QgsVectorLayer *m_source;
    QPointer<QgsVectorLayer> m_layer; // the project may delete it first
    QFutureWatcher<Read> m_reading;
    std::shared_ptr<QgsFeedback> m_cancel; // the read under way's
    bool m_fullPending = false;
    bool m_busy = false;  // from startRead() until its result is applied
    std::shared_ptr<Read> m_fill; // a full read being filed into the layer
    int m_filled = 0;             // how many of its cases are in
    static constexpr int kFillShare = 400; // about 15 ms of the GUI thread each
    static constexpr int kFillGapMs = 5;   // between shares, for Qt's other timers
    int m_generation = 0; // a full reload starts a new one; older reads are dropped
    QSet<qint64> m_pending;
    QHash<qint64, QgsFeatureId> m_byCase;
    QHash<QgsFeatureId, qint64> m_caseOf;
    QHash<qint64, Spot> m_spots;
    QHash<QString, QSet<qint64>> m_inGrid; // grid → its open cases
    QSet<QString> m_changedGrids;
    bool m_fullRead = false;
    QDateTime m_marksAt; // the `now` of the last refreshMarks()
    qint64 caseOf(const QgsFeature &f) const;

    int m_idField = -1; // the case id: the postgres provider numbers a view's features itself
    int m_gridField = -1;
    int m_dueField = -1;
    int m_warnField = -1;
    int m_stateField = -1;
    int m_markField = -1;
    QgsAttributeList m_readFields;
    QString m_memorySource; // the memory layer's own source, to return to
    QgsFields m_memoryFields;
    int m_limit = 0;
    bool m_live = true;
    bool m_loaded = false;
    bool m_owned = true;
    bool m_stopped = false;
    std::function<void(QgsMapLayer *)> m_repaint;
};

} // namespace griddesk::map
