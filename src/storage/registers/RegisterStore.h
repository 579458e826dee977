#pragma once
// The registers (residents, housing, disputes and their parties, key
// populations and their visits, organisations, the work log) as one store
// capability over RegisterSpec. Every record lies in a grid: taken from its
// location (GEOS over the current grids), else from its house or parent
// record, else from the grid its row names. Reads are limited to the
// reader's scope and show personal data masked; the full value is revealed
// one field at a time to those with the right, with an audit entry. Writes
// go to the grids the person keeps (administrators, centre and community
// staff, and grid workers in their own grid). On a server row-level
// security and column privileges enforce the same (PgRegisters).

#include "RegisterProblem.h"
#include "RegisterQuery.h"
#include "RegisterRecord.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

#include <optional>

namespace griddesk {

class SqlSession;

// A dispute that repeats an earlier one: the same party (by ID number, or by
// name in the same community) or the same place (within 50 m).
struct DisputeRepeat {
    qint64 disputeId = 0;
    qint64 earlierId = 0;
    enum class Reason { SameParty, SamePlace } reason = Reason::SameParty;
    QString detail; // the party's name, or the distance in metres
};

// The work log counted per grid, worker, ISO week and activity.
struct WorkLogCount {
    QString gridCode;
    QString worker;
    int isoYear = 0;
    int isoWeek = 0;
    QString activity;
    int entries = 0;
    qint64 peopleReached = 0;
};

class RegisterStore
{
    Q_DECLARE_TR_FUNCTIONS(RegisterStore)

public:
    explicit RegisterStore(SqlSession &session);

    // Records in the reader's scope matching the query, by grid then key;
    // personal fields masked.
    QVector<RegisterRecord> registerRecords(RegisterKind kind, const RegisterQuery &query = {}) const;
    qint64 registerCount(RegisterKind kind, const RegisterQuery &query = {}) const;
    // The same records one by one in the order they were stored, for
    // exports of any size; `visit` returns false to stop.
    void forEachRegisterRecord(RegisterKind kind, const RegisterQuery &query,
                               const std::function<bool(const RegisterRecord &)> &visit) const;
    std::optional<RegisterRecord> registerRecord(RegisterKind kind, qint64 id) const;

    // The problems a record would be refused for (also bringing its values
    // to their stored form and finding its grid), without writing.
    RegisterProblems checkRegisterRecord(RegisterRecord &draft) const;
    // Adds or changes a record (by id, as last read: a change made meanwhile
    // is refused as a conflict). A personal value with '*' in it keeps the
    // stored one. Refusals name each field (StoreError::Invalid).
    RegisterRecord addRegisterRecord(const RegisterRecord &draft);
    RegisterRecord updateRegisterRecord(const RegisterRecord &changed);
    // Removes a record (a resident who moved away, a house pulled down);
    // the audit log keeps it. A dispute takes its parties with it, a key
    // person their visits.
    void removeRegisterRecord(RegisterKind kind, qint64 id);
    // A personal field in full, for a person with the right; audited.
    QString revealRegisterValue(RegisterKind kind, qint64 id, const QString &column);

    // A visit to a key person: stored, and the person's next visit moved to
    // the visit's next date (or the visit day plus the person's interval).
    RegisterRecord recordKeyPersonVisit(const RegisterRecord &visit);
    // Key persons in scope whose next visit is overdue on `day` (visitclock), most overdue first.
    QVector<RegisterRecord> overdueKeyPersons(const QDate &day) const;

    // Links between a dispute or organisation and cases.
    void linkIncident(RegisterKind kind, qint64 recordId, qint64 incidentId);
    void unlinkIncident(RegisterKind kind, qint64 recordId, qint64 incidentId);
    QVector<qint64> linkedIncidents(RegisterKind kind, qint64 recordId) const;

    // Disputes in scope that repeat an earlier one.
    QVector<DisputeRepeat> disputeRepeats() const;
    // The residents living in a house (by house code), masked.
    QVector<RegisterRecord> houseResidents(const QString &houseNo) const;

    // The work log counted per week between two days (inclusive), in scope.
    QVector<WorkLogCount> workLogCounts(const QDate &from, const QDate &to) const;

private:
    SqlSession &m_session;
};

} // namespace griddesk
