#pragma once
// The Store API: every business read and write of GridDesk goes through it.
// One schema, two backends (GeoPackage now; PostGIS behind the same API).
// Methods throw StoreError with a message fit to show a user.

#include "AdminUnit.h"
#include "AuditEntry.h"
#include "Camera.h"
#include "CategoryCatalog.h"
#include "ChangeRecord.h"
#include "Department.h"
#include "DuplicateDetector.h"
#include "EscalationPolicy.h"
#include "Incident.h"
#include "IncidentHistoryEntry.h"
#include "IncidentQuery.h"
#include "IncidentRecord.h"
#include "NewIncident.h"
#include "PersonalDetails.h"
#include "ScreeningVisit.h"
#include "TimeLimits.h"
#include "UserAccount.h"
#include "WorkflowRequest.h"
#include "WorkingCalendar.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace griddesk {

class Store
{
public:
    virtual ~Store();

    // File path or connection description, for messages and the status bar.
    virtual QString location() const = 0;
    virtual int schemaVersion() const = 0;
    // Re-establishes a lost connection to a server; true when the store is
    // usable again. A local file never loses its connection.
    virtual bool reconnect() { return true; }
    // After a call failed as Busy: ends other sessions that have held a
    // writing transaction open too long (a server's stalled or hostile
    // logins); true when the call is worth trying again. A local file has
    // no such sessions.
    virtual bool releaseStalls() { return false; }

    // Units of one level (or all when level is 0), ordered by code.
    virtual QVector<AdminUnit> adminUnits(int level = 0) const = 0;
    virtual std::optional<AdminUnit> adminUnit(const QString &code) const = 0;
    // The grid that contains a point, if any.
    virtual std::optional<AdminUnit> gridAt(const GeoPoint &lonLat) const = 0;

    virtual QVector<IncidentCategory> categories() const = 0;
    virtual QVector<Camera> cameras() const = 0;
    virtual QVector<Incident> incidents(const IncidentQuery &query = {}) const = 0;
    virtual std::optional<Incident> incident(qint64 id) const = 0;
    virtual std::optional<Incident> incidentByCode(const QString &code) const = 0;
    virtual QVector<IncidentHistoryEntry> history(qint64 incidentId) const = 0;
    // The dispatch queue: open cases, and cases closed since `evaluationSince`
    // that still await the reporter's evaluation. Queue fields only (identity,
    // state, handling, due stamps); read the full case before acting on it.
    virtual QVector<Incident> dispatchQueue(const QDateTime &evaluationSince) const = 0;

    // Validates, places the report in its grid, and writes it with its first
    // history row in one transaction. Returns the new incident's id.
    virtual qint64 addIncident(const NewIncident &report, const QString &actor) = 0;

    // Weekly screening. A visit may raise an incident from its findings, in
    // the same transaction; the incident lies at the grid's centre.
    virtual qint64 addScreeningVisit(const ScreeningVisit &visit, const std::optional<NewIncident> &finding = {}) = 0;
    virtual QVector<ScreeningVisit> screeningVisits(const QString &isoWeek) const = 0;
    // The latest visit of every grid, by grid code (grids never visited are absent).
    virtual QHash<QString, ScreeningVisit> lastScreeningVisits() const = 0;

    // Attachments of an incident: metadata only, or one file's content.
    virtual QVector<Attachment> attachments(qint64 incidentId) const = 0;
    virtual QByteArray attachmentContent(qint64 attachmentId) const = 0;

    // Applies one workflow action: checks it against the state machine, moves
    // the case's clocks, and writes the case and its history row in one
    // transaction. With expectedRowVersion >= 0 the write fails with a
    // Conflict error when someone else changed the case first.
    virtual Incident applyAction(qint64 incidentId, const WorkflowRequest &request, int expectedRowVersion = -1) = 0;

    virtual QVector<Department> departments() const = 0;
    // The department the routing rules suggest for a category at a grid.
    virtual QString suggestDepartment(const QString &categoryCode, const QString &gridCode) const = 0;
    virtual TimeLimits timeLimits(const QString &categoryCode) const = 0;
    virtual WorkingCalendar calendar() const = 0;

    // Administration: typed settings (escalation grace, duplicate rules), the
    // taxonomy, departments and routing, and the working calendar. Each call is
    // one transaction; bad values are refused with the field named.
    virtual EscalationSettings escalationSettings() const = 0;
    virtual DuplicateSettings duplicateSettings() const = 0;
    virtual void setSetting(const QString &key, const QString &value) = 0;
    virtual void setTimeLimits(const QString &categoryCode, const TimeLimits &limits) = 0;
    virtual void upsertDepartment(const Department &department) = 0;
    virtual void setRouting(const RoutingRule &rule) = 0;
    virtual void replaceCalendar(const QString &csvText) = 0;

    // Bulk writes for set-up and copies; each call is one transaction.
    virtual void addAdminUnits(const QVector<AdminUnit> &units) = 0;
    virtual void addCameras(const QVector<Camera> &cameras) = 0;
    virtual void importIncidents(const QVector<IncidentRecord> &records) = 0;

    // The audit log, oldest first, after sequence number `afterSeq` (at most
    // `limit` entries; all when negative).
    virtual QVector<AuditEntry> auditEntries(qint64 afterSeq = 0, int limit = -1) const = 0;
    // Personal data is masked in everything the store reads (3711**********123X,
    // 138****5678). This returns a case's reporter phone and ID number in
    // full, and records the reveal in the audit log. On a server the login
    // must have the personal-data right and the case in scope; locally the
    // signed-in person must have the right.
    virtual PersonalDetails revealPersonalData(qint64 incidentId) = 0;

    // People who sign in: on a server an administrator sees everyone and
    // others their own row.
    virtual QVector<UserAccount> users() const = 0;
    // Adds a person. Locally the password is kept as a PBKDF2 hash; on a
    // server the person gets their own database login (which needs the
    // database owner's connection). Bad values are refused by field.
    virtual void addUser(const UserAccount &user, const QString &password) = 0;
    // Deactivates or reactivates a person. A deactivated person cannot sign
    // in; on a server their login loses the right to connect to this
    // database and their open sessions end.
    virtual void setUserActive(const QString &username, bool active) = 0;
    // Local sign-in: the person when the password matches; every attempt is
    // audited. On a server the connection's login already proved who it is:
    // the result is currentUser().
    virtual std::optional<UserAccount> authenticate(const QString &username, const QString &password) = 0;
    // On a server, the person of the connection's login (an administrator
    // for the database owner); locally, the person signed in, if any.
    virtual std::optional<UserAccount> currentUser() const = 0;

    // The change feed.
    virtual qint64 lastChangeSeq() const = 0;
    virtual QVector<ChangeRecord> changesSince(qint64 seq, int limit = 10000) const = 0;
};

} // namespace griddesk
