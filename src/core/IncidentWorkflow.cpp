#include "IncidentWorkflow.h"

#include <QSet>

namespace griddesk {

namespace {

using S = IncidentState;
using R = Role;
using A = IncidentAction;

const QVector<S> kInProgress = {S::Dispatched, S::Handling};
const QVector<S> kOpenAccepted = {S::Accepted, S::Dispatched, S::Handling, S::Replied, S::Verified};
const QVector<S> kOpen = {S::Reported, S::Accepted, S::Dispatched, S::Handling, S::Replied, S::Verified};

const QVector<R> kCentre = {R::CentreStaff, R::Administrator};
const QVector<R> kReporters = {R::GridWorker, R::CommunityStaff, R::CentreStaff, R::Administrator};
const QVector<R> kHandlers = {R::DepartmentHandler, R::CommunityStaff, R::CentreStaff, R::Administrator};
const QVector<R> kVerifiers = {R::GridWorker, R::CommunityStaff, R::CentreStaff, R::Administrator};

} // namespace

const QVector<IncidentWorkflow::Rule> &IncidentWorkflow::rules()
{
    static const QVector<Rule> all = {
        {A::Report, {}, S::Reported, kReporters, 0},
        {A::Accept, {S::Reported}, S::Accepted, kCentre, 0},
        {A::Reject, {S::Reported}, S::Rejected, kCentre, NeedNote},
        {A::Dispatch, {S::Accepted}, S::Dispatched, kCentre, NeedDepartment},
        {A::Transfer, kInProgress, S::Dispatched, {R::CentreStaff, R::DepartmentHandler, R::Administrator},
         NeedDepartment | NeedNote},
        {A::CoHandle, kInProgress, std::nullopt, kCentre, NeedDepartments},
        {A::Handle, kInProgress, S::Handling, kHandlers, NeedNote},
        {A::Reply, kInProgress, S::Replied, kHandlers, NeedNote},
        {A::Verify, {S::Replied}, S::Verified, kVerifiers, NeedNote},
        {A::Rework, {S::Verified}, S::Handling, kVerifiers, NeedNote},
        {A::Close, {S::Verified}, S::Closed, kCentre, 0},
        {A::Evaluate, {S::Closed}, std::nullopt, {R::CentreStaff, R::GridWorker, R::Administrator}, NeedSatisfaction},
        {A::Supervise, kOpenAccepted, std::nullopt, {R::CentreStaff, R::Leader, R::Administrator, R::System}, NeedNote},
        {A::Escalate, {S::Accepted, S::Dispatched, S::Handling}, S::Accepted,
         {R::GridWorker, R::CommunityStaff, R::CentreStaff, R::Administrator, R::System}, NeedNote},
        {A::Merge, kOpen, S::Merged, kCentre, NeedMaster},
    };
    return all;
}

const IncidentWorkflow::Rule *IncidentWorkflow::rule(IncidentAction action)
{
    for (const Rule &r : rules())
        if (r.action == action)
            return &r;
    return nullptr;
}

std::optional<AdminLevel> IncidentWorkflow::nextLevel(AdminLevel level)
{
    switch (level) {
    case AdminLevel::Grid: return AdminLevel::Community;
    case AdminLevel::Community: return AdminLevel::Township;
    case AdminLevel::Township: return AdminLevel::District;
    case AdminLevel::District: return std::nullopt;
    }
    return std::nullopt;
}

CaseState IncidentWorkflow::start(const WorkflowRequest &report, AdminLevel level)
{
    CaseState c;
    c.state = IncidentState::Reported;
    c.level = level;
    c.reportedAt = report.at;
    c.nodeStartedAt = report.at;
    c.lastActionAt = report.at;
    return c;
}

QVector<IncidentAction> IncidentWorkflow::availableActions(const CaseState &c, Role role)
{
    QVector<IncidentAction> out;
    for (const Rule &r : rules()) {
        if (r.action == IncidentAction::Report || !r.from.contains(c.state) || !r.roles.contains(role))
            continue;
        if (r.action == IncidentAction::Escalate && !nextLevel(c.level))
            continue;
        if (r.action == IncidentAction::Evaluate && c.satisfaction)
            continue;
        out.push_back(r.action);
    }
    return out;
}

QVector<FieldError> IncidentWorkflow::check(const CaseState &c, const WorkflowRequest &q)
{
    QVector<FieldError> errors;
    const Rule *r = rule(q.action);
    const QString action = incidentaction::displayName(q.action);
    if (!r || q.action == IncidentAction::Report) {
        errors.push_back({QStringLiteral("action"), tr("a case is reported only once")});
        return errors;
    }
    if (!r->from.contains(c.state))
        errors.push_back({QStringLiteral("state"), tr("\"%1\" is not possible while the case is \"%2\"")
                                                       .arg(action, incidentstate::displayName(c.state))});
    if (!r->roles.contains(q.role))
        errors.push_back({QStringLiteral("role"),
                          tr("a %1 may not \"%2\"").arg(role::displayName(q.role), action)});
    if ((r->needs & NeedNote) && q.note.trimmed().isEmpty())
        errors.push_back({QStringLiteral("note"), tr("\"%1\" needs a note giving the reason or result").arg(action)});
    if ((r->needs & NeedDepartment) && q.department.trimmed().isEmpty())
        errors.push_back({QStringLiteral("department"), tr("\"%1\" needs a department").arg(action)});
    if (q.action == IncidentAction::Transfer && !q.department.isEmpty() && q.department == c.leadDepartment)
        errors.push_back({QStringLiteral("department"), tr("the case is already with %1").arg(q.department)});
    if (r->needs & NeedDepartments) {
        QStringList fresh;
        for (const QString &d : q.departments)
            if (!d.trimmed().isEmpty() && d != c.leadDepartment && !c.coDepartments.contains(d))
                fresh << d;
        if (fresh.isEmpty())
            errors.push_back({QStringLiteral("departments"),
                              tr("name at least one department that is not already handling the case")});
    }
    if ((r->needs & NeedSatisfaction) && !q.satisfaction)
        errors.push_back({QStringLiteral("satisfaction"), tr("choose satisfied, basically satisfied or dissatisfied")});
    if (q.action == IncidentAction::Evaluate && c.satisfaction)
        errors.push_back({QStringLiteral("satisfaction"), tr("the reporter's evaluation is already recorded")});
    if ((r->needs & NeedMaster) && q.masterId <= 0)
        errors.push_back({QStringLiteral("master"), tr("name the case this one duplicates")});
    if (q.action == IncidentAction::Escalate && !nextLevel(c.level))
        errors.push_back({QStringLiteral("level"), tr("the case is already at district level")});
    if (!q.at.isValid())
        errors.push_back({QStringLiteral("at"), tr("the action needs a time")});
    else if (c.lastActionAt.isValid() && q.at < c.lastActionAt)
        errors.push_back({QStringLiteral("at"), tr("the action is dated before the case's previous action")});
    return errors;
}

bool IncidentWorkflow::apply(CaseState *c, const WorkflowRequest &q, QVector<FieldError> *errors)
{
    const QVector<FieldError> found = check(*c, q);
    if (!found.isEmpty()) {
        if (errors)
            *errors += found;
        return false;
    }
    const Rule *r = rule(q.action);
    if (r->to)
        c->state = *r->to;
    c->lastActionAt = q.at;
    switch (q.action) {
    case IncidentAction::Accept:
        c->acceptedAt = q.at;
        c->nodeStartedAt = q.at;
        break;
    case IncidentAction::Reject:
    case IncidentAction::Close:
        c->closedAt = q.at;
        break;
    case IncidentAction::Dispatch:
        c->leadDepartment = q.department;
        c->nodeStartedAt = q.at;
        break;
    case IncidentAction::Transfer:
        c->coDepartments.removeAll(q.department);
        c->leadDepartment = q.department;
        c->nodeStartedAt = q.at;
        break;
    case IncidentAction::CoHandle:
        for (const QString &d : q.departments)
            if (!d.trimmed().isEmpty() && d != c->leadDepartment && !c->coDepartments.contains(d))
                c->coDepartments << d;
        break;
    case IncidentAction::Reply:
        c->nodeStartedAt = q.at;
        break;
    case IncidentAction::Rework:
        ++c->reworkCount;
        c->nodeStartedAt = q.at;
        break;
    case IncidentAction::Evaluate:
        c->satisfaction = q.satisfaction;
        break;
    case IncidentAction::Supervise:
        c->supervised = true;
        break;
    case IncidentAction::Escalate:
        // The next level takes the case over and dispatches it afresh.
        c->level = *nextLevel(c->level);
        c->leadDepartment.clear();
        c->coDepartments.clear();
        c->nodeStartedAt = q.at;
        c->lastEscalatedAt = q.at;
        ++c->escalations;
        break;
    case IncidentAction::Merge:
        c->masterId = q.masterId;
        c->closedAt = q.at;
        break;
    case IncidentAction::Report:
    case IncidentAction::Handle:
    case IncidentAction::Verify:
        break;
    }
    return true;
}

std::optional<CaseState> IncidentWorkflow::replay(const QVector<WorkflowRequest> &history, QVector<FieldError> *errors)
{
    if (history.isEmpty() || history.first().action != IncidentAction::Report) {
        errors->push_back({QStringLiteral("history"), tr("the history does not start with the report")});
        return std::nullopt;
    }
    CaseState c = start(history.first());
    for (int i = 1; i < history.size(); ++i) {
        QVector<FieldError> stepErrors;
        if (!apply(&c, history[i], &stepErrors)) {
            for (FieldError &e : stepErrors)
                e.row = i + 1;
            *errors += stepErrors;
            return std::nullopt;
        }
    }
    return c;
}

} // namespace griddesk
