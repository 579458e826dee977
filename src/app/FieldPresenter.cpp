#include "FieldPresenter.h"
#include "PersonalData.h"
#include "AdminLevel.h"
#include "CameraClass.h"
#include "ConsoleSession.h"
#include "DeadlineStatus.h"
#include "IncidentSource.h"
#include "Incident.h"
#include "IncidentState.h"
#include "Store.h"
#include "StoreError.h"

#include <QDateTime>
#include <QLocale>

#include <qgsfeature.h>

namespace griddesk::app {

// Personal data on screen is masked: a server's map view carries only the
// masked copies; a local layer carries the real values, masked here.
QString FieldPresenter::maskedPhone(const QgsFeature &f)
{
    const int masked = f.fields().indexOf(QStringLiteral("reporter_phone_masked"));
    if (masked >= 0)
        return f.attribute(masked).toString();
    return personaldata::maskPhone(f.attribute(QStringLiteral("reporter_phone")).toString());
}

QString FieldPresenter::maskedIdNumber(const QgsFeature &f)
{
    const int masked = f.fields().indexOf(QStringLiteral("reporter_id_number_masked"));
    if (masked >= 0)
        return f.attribute(masked).toString();
    return personaldata::maskIdNumber(f.attribute(QStringLiteral("reporter_id_number")).toString());
}

FieldPresenter::FieldPresenter(const ConsoleSession &session)
    : m_session(session)
{
}

QString FieldPresenter::formatTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime t = value.toDateTime();
    if (!t.isValid())
        t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return value.toString();
    return QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString FieldPresenter::title(Kind kind, const QgsFeature &f) const
{
    switch (kind) {
    case Kind::Incident:
        return QStringLiteral("%1  %2").arg(f.attribute(QStringLiteral("code")).toString(),
                                            f.attribute(QStringLiteral("title")).toString());
    case Kind::Camera:
        return f.attribute(QStringLiteral("name")).toString();
    case Kind::AdminUnit:
        return f.attribute(QStringLiteral("name")).toString();
    }
    return {};
}

FieldPresenter::Rows FieldPresenter::rows(Kind kind, const QgsFeature &f) const
{
    auto a = [&f](const char *name) { return f.attribute(QString::fromLatin1(name)); };
    Rows rows;
    switch (kind) {
    case Kind::Incident: {
        IncidentState state = IncidentState::Reported;
        incidentstate::fromCode(a("state").toString(), &state);
        IncidentSource source = IncidentSource::GridWorker;
        incidentsource::fromCode(a("source").toString(), &source);
        Incident stamps;
        stamps.state = state;
        stamps.deadlineAt = a("deadline_at").toDateTime();
        stamps.closedAt = a("closed_at").toDateTime();
        stamps.dueAt = a("due_at").toDateTime();
        stamps.warnAt = a("warn_at").toDateTime();
        const DeadlineStatus ds = stamps.deadlineStatus(QDateTime::currentDateTimeUtc());
        rows << qMakePair(tr("Case number"), a("code").toString())
             << qMakePair(tr("Category"), m_session.categories().name(a("category_code").toString()))
             << qMakePair(tr("Title"), a("title").toString())
             << qMakePair(tr("State"), incidentstate::displayName(state))
             << qMakePair(tr("Time limit"), deadlinestatus::displayName(ds))
             << qMakePair(tr("Reported at"), formatTime(a("reported_at")))
             << qMakePair(tr("Due"), formatTime(a("due_at")))
             << qMakePair(tr("Case deadline"), formatTime(a("deadline_at")))
             << qMakePair(tr("Closed at"), formatTime(a("closed_at")))
             << qMakePair(tr("Source"), incidentsource::displayName(source))
             << qMakePair(tr("Grid"), m_session.unitName(a("grid_code").toString()))
             << qMakePair(tr("Community"), m_session.unitName(a("community_code").toString()))
             << qMakePair(tr("Address"), a("address").toString())
             << qMakePair(tr("Reporter"), a("reporter").toString())
             << qMakePair(tr("Reporter phone"), maskedPhone(f))
             << qMakePair(tr("Reporter ID number"), maskedIdNumber(f))
             << qMakePair(tr("Description"), a("description").toString());
        break;
    }
    case Kind::Camera: {
        const int cls = a("camera_class").toInt();
        rows << qMakePair(tr("Name"), a("name").toString())
             << qMakePair(tr("Device ID"), a("device_id").toString())
             << qMakePair(tr("Target class"), isValidCameraClass(cls) ? cameraClassName(CameraClass(cls)) : QString())
             << qMakePair(tr("Status"), a("online").toBool() ? tr("Online") : tr("Offline"))
             << qMakePair(tr("Networked to police monitoring"), a("networked").toBool() ? tr("Yes") : tr("No"))
             << qMakePair(tr("Grid"), m_session.unitName(a("grid_code").toString()))
             << qMakePair(tr("Installed"), a("installed_at").toDate().toString(Qt::ISODate));
        break;
    }
    case Kind::AdminUnit: {
        const int level = a("level").toInt();
        rows << qMakePair(tr("Name"), a("name").toString())
             << qMakePair(tr("Code"), a("code").toString())
             << qMakePair(tr("Level"), isValidAdminLevel(level) ? adminLevelName(AdminLevel(level)) : QString())
             << qMakePair(tr("Part of"), m_session.unitName(a("parent_code").toString()));
        break;
    }
    }
    return rows;
}

FieldPresenter::Rows FieldPresenter::townshipSummary() const
{
    return townshipSummary(m_session.store());
}

FieldPresenter::Rows FieldPresenter::townshipSummary(const Store &store)
{
    Rows rows;
    try {
        // Counted, not read: a city's 50,000 cameras and 15,000 grids.
        const UnitStore::CameraCounts cameras = store.cameraCounts();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDate today = QDateTime::currentDateTime().date();
        // Indexed reads only: a township's years of closed cases stay on disk.
        IncidentQuery recent, closed;
        recent.reportedSince = QDateTime(today, QTime(0, 0)).toUTC();
        closed.states = {IncidentState::Closed};
        closed.closedSince = now.addDays(-30);
        qint64 open = 0, overdue = 0;
        for (const GridTotals &t : store.openCaseTotals(now)) {
            open += t.openCases;
            overdue += t.overdueCases;
        }
        const int newToday = store.incidentCount(recent);
        const int closed30 = store.incidentCount(closed);
        rows << qMakePair(tr("Communities"), QString::number(store.unitCount(int(AdminLevel::Community), true)))
             << qMakePair(tr("Grids"), QString::number(store.unitCount(int(AdminLevel::Grid), false)))
             << qMakePair(tr("Cameras"), tr("%1 (%2 online, %3 offline)").arg(cameras.all).arg(cameras.online).arg(cameras.all - cameras.online))
             << qMakePair(tr("By target class"), tr("class 1: %1, class 2: %2, class 3: %3").arg(cameras.byClass[1]).arg(cameras.byClass[2]).arg(cameras.byClass[3]))
             << qMakePair(tr("Open incidents"), QString::number(open))
             << qMakePair(tr("Overdue incidents"), QString::number(overdue))
             << qMakePair(tr("Reported today"), QString::number(newToday))
             << qMakePair(tr("Closed in the last 30 days"), QString::number(closed30));
    } catch (const StoreError &e) {
        rows << qMakePair(tr("Error"), e.message());
    }
    return rows;
}

} // namespace griddesk::app
