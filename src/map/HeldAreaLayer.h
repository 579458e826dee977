#pragma once
// A boundary layer (townships, communities or grids), or the cameras, drawn
// from a copy held in memory in the display CRS. Read through its provider,
// each frame would decode every outline from the file or the server again and
// project each of its vertices (a township's view of a city: a quarter of a
// million vertices, half of the frame's time; the server's cameras, 54 ms of
// it). hold() reads the provider's features (its subset: the person's scope)
// once on a worker, from a snapshot taken on the GUI thread as a render job
// takes one, projects them there and works out each one's bounding box, and
// points the layer at a memory provider holding them (of the layer's own
// geometry type, with a spatial index); the layer keeps its style, its place
// in the project and its object. The copy replaces the layer's provider once
// no render job reads it (setQuiet), and is filed into the layer a share at a
// time between the GUI thread's other events (`filing` brackets both: the
// canvas holds its frame meanwhile, so that no frame shows it half filed).
// reload() reads them again (the change feed names the table); until the copy
// is in, the layer draws through its provider as before.
// Feature ids are the memory provider's: the "fid" attribute is the row's.

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

#include <qgscoordinatereferencesystem.h>
#include <qgsfeature.h>

class QgsFeedback;
class QgsVectorLayer;

namespace griddesk::map {

class HeldAreaLayer : public QObject
{
    Q_OBJECT

public:
    // `layer`: a polygon layer read by its provider (not owned: the
    // project or ConsoleLayers owns it).
    explicit HeldAreaLayer(QgsVectorLayer *layer, QObject *parent = nullptr);
    ~HeldAreaLayer() override;

    QgsVectorLayer *layer() const { return m_layer; }
    // Reads the layer's features into memory in `display`, off the GUI thread.
    void hold(const QgsCoordinateReferenceSystem &display);
    bool isHeld() const { return m_held; }
    // Whether a copy is being filed into the layer: it holds part of its
    // features until `filing(false)`.
    bool isFiling() const { return bool(m_fill); }
    // Reads the features again: while the provider draws, it drops what it
    // cached and the layer repaints; once hold() was called, a new copy is
    // read too (it repaints when it is in).
    void reload();
    // The provider's subset (SQL of its own); the copy is read again.
    void setSubset(const QString &subset);
    QString subset() const { return m_subset; }
    // Waits for a read under way and reads no more.
    void stop();
    // Whether no render job reads the layer now (the console's canvas is
    // idle); a copy replaces the layer's provider only then.
    void setQuiet(std::function<bool()> quiet) { m_quiet = std::move(quiet); }

Q_SIGNALS:
    // A copy is being filed into the layer (true) or is in (false): no
    // frame should be drawn between the two.
    void filing(bool underway);
    // A copy is on the layer (the first, or one read again).
    void held();

private:
    struct Copy {
        int generation = 0;
        QgsFeatureList features;
    };
    // The provider layer to read: the layer itself until its first copy is
    // in, afterwards a layer of the same source kept for reading again.
    QgsVectorLayer *readable();
    void startRead();
    void finishRead();
    // Replaces the layer's provider once no render job reads it.
    void swapWhenQuiet();
    // Files the next share of the copy into the layer.
    void fillSome();

    QPointer<QgsVectorLayer> m_layer;
    std::unique_ptr<QgsVectorLayer> m_source; // see readable()
    QString m_providerKey;
    QString m_providerSource; // without the subset
    QString m_subset;
    QgsFields m_fields;
    QgsCoordinateReferenceSystem m_sourceCrs;
    QgsWkbTypes::Type m_wkbType;
    QgsCoordinateReferenceSystem m_display;
    QFutureWatcher<std::shared_ptr<Copy>> m_reading;
    std::shared_ptr<QgsFeedback> m_cancel;
    std::shared_ptr<Copy> m_fill; // a copy being filed into the layer
    int m_filled = 0;             // how many of its features are in
    std::function<bool()> m_quiet;
    int m_quietChecks = 0;
    static constexpr int kFillStep = 250;     // features filed at a time
    static constexpr int kFillSliceMs = 20;   // of the GUI thread, before other events
    // Between shares: a chain of zero timers runs ahead of Qt's other
    // timers (the canvas's, the change feed's), which would wait for the
    // whole copy.
    static constexpr int kFillGapMs = 5;
    int m_generation = 0;
    bool m_wanted = false; // hold() was called
    bool m_again = false;  // a reload() came while a read ran
    bool m_held = false;
    bool m_stopped = false;
};

} // namespace griddesk::map
