#pragma once
// The explicit state machine of the closed loop: every allowed transition,
// who may perform it and what it requires. Anything not listed is refused
// with a message that says why.

#include "CaseState.h"
#include "FieldError.h"
#include "WorkflowRequest.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace griddesk {

class IncidentWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(IncidentWorkflow)

public:
    enum Need { NeedNote = 1, NeedDepartment = 2, NeedDepartments = 4, NeedSatisfaction = 8, NeedMaster = 16 };

    struct Rule {
        IncidentAction action;
        QVector<IncidentState> from;
        std::optional<IncidentState> to; // empty: the state does not change
        QVector<Role> roles;
        int needs;
    };

    static const QVector<Rule> &rules();
    static const Rule *rule(IncidentAction action);

    // A new case, as reported.
    static CaseState start(const WorkflowRequest &report, AdminLevel level = AdminLevel::Grid);
    // What a role may do with a case now.
    static QVector<IncidentAction> availableActions(const CaseState &c, Role role);
    // Empty when the request may be applied; otherwise each reason, by field.
    static QVector<FieldError> check(const CaseState &c, const WorkflowRequest &request);
    // Applies a request that check() accepted; returns false (and the reasons) otherwise.
    static bool apply(CaseState *c, const WorkflowRequest &request, QVector<FieldError> *errors);
    // Rebuilds a case from its history; the first entry must be the report.
    static std::optional<CaseState> replay(const QVector<WorkflowRequest> &history, QVector<FieldError> *errors);

    static std::optional<AdminLevel> nextLevel(AdminLevel level);
};

} // namespace griddesk
