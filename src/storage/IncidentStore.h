#pragma once
// Incidents and their workflow: reading cases, the dispatch queue and
// history, reporting, workflow actions, attachments and the audited reveal of
// a reporter's personal data. A scoped person sees and changes only the
// cases of their area, in their own role.

#include "Incident.h"
#include "IncidentHistoryEntry.h"
#include "IncidentQuery.h"
#include "IncidentRecord.h"
#include "NewIncident.h"
#include "PersonalDetails.h"
#include "WorkflowRequest.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace griddesk {

class ReferenceStore;
class SqlSession;
class UnitStore;

class IncidentStore
{
    Q_DECLARE_TR_FUNCTIONS(IncidentStore)

public:
    IncidentStore(SqlSession &session, const UnitStore &units, const ReferenceStore &reference);

    QVector<Incident> incidents(const IncidentQuery &query = {}) const;
    // How many cases incidents(query) lists (its limit aside), counted by
    // the database without reading them when the person's scope is not limited.
    int incidentCount(const IncidentQuery &query) const;
    std::optional<Incident> incident(qint64 id) const;
    // The visible ones of these cases, in one statement whatever their
    // number (the ids bound as one value), by id; unknown ids are left out.
    QVector<Incident> incidentsById(const QVector<qint64> &ids) const;
    std::optional<Incident> incidentByCode(const QString &code) const;
    QVector<IncidentHistoryEntry> history(qint64 incidentId) const;
    // The dispatch queue: open cases, and cases closed since `evaluationSince`
    // that still await the reporter's evaluation. Queue fields only (identity,
    // state, handling, due stamps); read the full case before acting on it.
    QVector<Incident> dispatchQueue(const QDateTime &evaluationSince) const;
    // The same, of these cases only (the rows of a change): those of them
    // that belong in the queue.
    QVector<Incident> dispatchQueue(const QDateTime &evaluationSince, const QVector<qint64> &only) const;

    // Validates, places the report in its grid, and writes it with its first
    // history row in one transaction. Returns the new incident's id. After a
    // lost connection it is found by its time, title, category and place
    // before it is written again.
    qint64 addIncident(const NewIncident &report, const QString &actor);
    // Applies one workflow action: checks it against the state machine, moves
    // the case's clocks, and writes the case and its history row in one
    // transaction. With expectedRowVersion >= 0 the write fails with a
    // Conflict error when someone else changed the case first. After a lost
    // connection it is found by its history row before it is applied again.
    Incident applyAction(qint64 incidentId, const WorkflowRequest &request, int expectedRowVersion = -1);

    // Attachments of an incident: metadata only, or one file's content.
    QVector<Attachment> attachments(qint64 incidentId) const;
    QByteArray attachmentContent(qint64 attachmentId) const;

    // Personal data is masked in everything the store reads (3711**********123X,
    // 138****5678). This returns a case's reporter phone and ID number in
    // full, and records the reveal in the audit log. On a server the login
    // must have the personal-data right and the case in scope; locally the
    // signed-in person must have the right.
    PersonalDetails revealPersonalData(qint64 incidentId);

    // Cases with their history, for set-up and copies (administrators only):
    // one transaction, not tried again after a lost connection.
    void importIncidents(const QVector<IncidentRecord> &records);

private:
    // The WHERE clause of a query (empty for none), its values appended.
    QString whereOf(const IncidentQuery &query, QVector<QVariant> *values) const;
    QVector<Incident> readQueue(const QDateTime &evaluationSince, const QVector<qint64> *only) const;
    friend class ScreeningStore; // a visit's finding is reported in the visit's transaction

    // applyAction's body, inside the write.
    Incident act(qint64 incidentId, const WorkflowRequest &request, int expectedRowVersion);
    // addIncident's body, inside the caller's transaction.
    qint64 writeIncident(const NewIncident &report, const QString &actor);
    qint64 insertIncident(const Incident &incident);
    void insertHistory(qint64 incidentId, const IncidentHistoryEntry &entry);
    void checkDepartments(const WorkflowRequest &request) const;
    // The case, locked for update until the transaction ends where the backend needs it.
    std::optional<Incident> lockedIncident(qint64 id);
    QString nextIncidentCode(const QDateTime &reportedAt);

    SqlSession &m_session;
    const UnitStore &m_units;
    const ReferenceStore &m_reference;
};

} // namespace griddesk
