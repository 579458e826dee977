#pragma once
// The grid staff register (网格员配备) and its rule: each person's role in
// a grid, their phone (read masked, revealed on request with an audit
// entry, as reporters' phones are), the login they sign in with (whose
// scope must be that grid), and the rule of so many managers and
// assistants per grid, with the grids that break it.
// Everyone reads the staff of the grids in their scope; administrators, and
// centre and community staff within their scope, keep the register; only
// administrators change the rule. On a server row-level security enforces
// the same (PgStaff).

#include "StaffMember.h"
#include "StaffingRule.h"
#include "StaffingViolation.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace griddesk {

class SqlSession;

class StaffStore
{
    Q_DECLARE_TR_FUNCTIONS(StaffStore)

public:
    explicit StaffStore(SqlSession &session);

    // The register within the reader's scope, by grid, role and name; retired
    // people only when asked. Phones are masked.
    QVector<StaffMember> staffMembers(bool includeRetired = false) const;
    std::optional<StaffMember> staffMember(qint64 id) const;

    // Adds a person to the register; returns them as stored. Bad input is
    // refused naming each field (a linked login whose scope is not the grid
    // among them), and nothing is written.
    StaffMember addStaffMember(const StaffMember &draft);
    // Changes a person (by id, as last read: a change made meanwhile by
    // someone else is refused as a conflict). A phone with '*' in it keeps
    // the stored number.
    StaffMember updateStaffMember(const StaffMember &changed);
    // Ends a person's service on `endedOn`; they stay in the register, retired.
    StaffMember retireStaffMember(qint64 id, const QDate &endedOn);
    // The phone number in full, for a person with the right to personal data;
    // recorded in the audit log.
    QString revealStaffPhone(qint64 id);

    // The rule kept in the database's settings (the policy's numbers until set).
    StaffingRule staffingRule() const;
    // For administrators; bad numbers are refused by field.
    void setStaffingRule(const StaffingRule &rule);
    // Every grid in the reader's scope counted against the rule, in code
    // order, then the unknown grids that have active staff.
    QVector<GridStaffing> staffingCheck() const;
    // Names of the grids in the reader's scope, by code (for messages and lists).
    QVector<QPair<QString, QString>> staffedGrids() const;

private:
    QVector<StaffMember> readStaff(const QString &where, const QVector<QVariant> &values) const;
    void requireKeeper(const QString &gridCode) const;
    QVector<FieldError> checkDraft(const StaffMember &s, bool phoneKept) const;
    QString actor() const;

    SqlSession &m_session;
};

} // namespace griddesk
