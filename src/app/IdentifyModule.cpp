#include "IdentifyModule.h"
#include "ChangeWatcher.h"
#include "ConsoleLayers.h"
#include "ConsoleSession.h"
#include "FeatureDetailsDock.h"
#include "FieldPresenter.h"
#include "IdentifyTool.h"
#include "ModuleHost.h"
#include "PendingWork.h"
#include "StoreError.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QtConcurrent>

#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

#include <utility>

namespace griddesk::app {

IdentifyModule::IdentifyModule(ConsoleSession &session, QObject *parent)
    : FeatureModule(parent)
    , m_session(session)
{
}

IdentifyModule::~IdentifyModule()
{
    // The summary's read has a connection of its own: let it end before the session goes.
    if (m_summary)
        m_summary->waitForFinished();
}

void IdentifyModule::install(ModuleHost &host)
{
    QgsMapCanvas *canvas = m_session.canvas();
    m_tool = new map::IdentifyTool(canvas, m_session.layers().identifiable());
    m_tool->setParent(this);
    m_action = new QAction(QIcon(QStringLiteral(":/griddesk/icons/identify")), tr("Identify"), this);
    m_action->setObjectName(QStringLiteral("actionIdentify"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_action->setToolTip(tr("Identify: click a feature on the map to see its details"));
    m_tool->setAction(m_action);
    connect(m_action, &QAction::triggered, canvas, [canvas, this] { canvas->setMapTool(m_tool); });
    host.toolBar(QStringLiteral("mapToolBar"), tr("Map"))->addAction(m_action);
    host.menu(ModuleHost::Menu::Map)->addAction(m_action);

    m_dock = new FeatureDetailsDock(host.window());
    host.addDock(m_dock, Qt::RightDockWidgetArea);

    connect(m_tool, &map::IdentifyTool::featureIdentified, this, &IdentifyModule::showFeature);
    connect(m_dock, &FeatureDetailsDock::revealRequested, this, &IdentifyModule::revealPersonalData);
    connect(m_tool, &map::IdentifyTool::nothingIdentified, this, [this] {
        for (QgsMapLayer *l : m_session.layers().identifiable())
            if (auto *vl = qobject_cast<QgsVectorLayer *>(l))
                vl->removeSelection();
        showSummary();
    });
    // Keep the overview current while it is on screen.
    m_summary = new QFutureWatcher<FieldPresenter::Rows>(this);
    connect(m_summary, &QFutureWatcherBase::finished, this, [this] {
        if (m_showingSummary)
            m_dock->showRows(tr("Click a feature on the map with the Identify tool to see its details."),
                             tr("%1 at a glance").arg(m_session.townshipName()), m_summary->result());
        if (std::exchange(m_summaryAgain, false))
            readSummary();
    });
    // A change is read after a short pause that gathers a burst; while
    // changes keep coming, at most once every few seconds, so that a busy
    // city's overview does not take the machine from the map.
    m_summaryDelay = new QTimer(this);
    m_summaryDelay->setSingleShot(true);
    connect(m_summaryDelay, &QTimer::timeout, this, &IdentifyModule::readSummary);
    connect(&m_session.watcher(), &ChangeWatcher::tablesChanged, this, [this] {
        if (!m_showingSummary || m_summaryDelay->isActive())
            return;
        const qint64 sinceRead = m_summaryStarted.isValid() ? m_summaryStarted.elapsed() : kSummaryEveryMs;
        m_summaryDelay->start(int(std::max<qint64>(kSummaryPauseMs, kSummaryEveryMs - sinceRead)));
    });
    // The overview's figures are read once the map has drawn its first frame.
    m_dock->showRows(tr("Click a feature on the map with the Identify tool to see its details."),
                     tr("%1 at a glance").arg(m_session.townshipName()), {});
    m_showingSummary = true;
    m_summaryAgain = true; // reading, as far as anyone waiting can tell
    m_session.afterFirstPaint(this, [this] {
        m_summaryAgain = false;
        if (m_showingSummary)
            readSummary();
    });
}

void IdentifyModule::revealPersonalData()
{
    if (m_incidentShown <= 0)
        return;
    try {
        const PersonalDetails full = m_session.store().revealPersonalData(m_incidentShown);
        m_dock->setValue(FieldPresenter::tr("Reporter phone"), full.phone);
        m_dock->setValue(FieldPresenter::tr("Reporter ID number"), full.idNumber);
        m_dock->setRevealAvailable(false);
    } catch (const StoreError &e) {
        QMessageBox::warning(m_dock, tr("Personal data"), e.message());
    }
}

void IdentifyModule::showSummary()
{
    if (!m_showingSummary)
        m_dock->showRows(tr("Click a feature on the map with the Identify tool to see its details."),
                         tr("%1 at a glance").arg(m_session.townshipName()), {});
    m_showingSummary = true;
    readSummary();
}

bool IdentifyModule::isReadingSummary() const
{
    return isPending(*m_summary) || m_summaryAgain;
}

void IdentifyModule::readSummary()
{
    if (isPending(*m_summary)) {
        m_summaryAgain = true;
        return;
    }
    m_summaryStarted.start();
    const StoreOpener opener = m_session.opener();
    m_summary->setFuture(QtConcurrent::run([opener] {
        try {
            return FieldPresenter::townshipSummary(*opener.open(StoreOpener::Access::ReadOnly));
        } catch (const StoreError &e) {
            return FieldPresenter::Rows{qMakePair(FieldPresenter::tr("Error"), e.message())};
        }
    }));
}

void IdentifyModule::showFeature(QgsVectorLayer *layer, const QgsFeature &picked)
{
    const map::ConsoleLayers &layers = m_session.layers();
    FieldPresenter::Kind kind = FieldPresenter::Kind::AdminUnit;
    QString kindName = tr("Grid");
    QgsFeature feature = picked;
    if (layers.isCaseLayer(layer)) {
        kind = FieldPresenter::Kind::Incident;
        kindName = tr("Incident");
        feature = layers.wholeCase(layer, picked); // the map holds only what it draws
    } else if (layer == layers.cameras()) {
        kind = FieldPresenter::Kind::Camera;
        kindName = tr("Camera");
    }
    // One selection at a time across the layers, so the map shows what the dock shows.
    for (QgsMapLayer *l : layers.identifiable())
        if (auto *vl = qobject_cast<QgsVectorLayer *>(l); vl && vl != layer)
            vl->removeSelection();
    layer->selectByIds({feature.id()});
    const FieldPresenter presenter(m_session);
    m_dock->showRows(kindName, presenter.title(kind, feature), presenter.rows(kind, feature));
    m_showingSummary = false;
    m_incidentShown = kind == FieldPresenter::Kind::Incident ? layers.caseIdOf(layer, feature) : 0;
    const bool hasPersonalData = kind == FieldPresenter::Kind::Incident
        && !(FieldPresenter::maskedPhone(feature).isEmpty() && FieldPresenter::maskedIdNumber(feature).isEmpty());
    const bool mayReveal = !m_session.user() || m_session.user()->personalData;
    m_dock->setRevealAvailable(hasPersonalData && mayReveal);
    m_dock->show();
    m_dock->raise();
}

} // namespace griddesk::app
