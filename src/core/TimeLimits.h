#pragma once
// Time limits of one category, in working days: for the whole case (from
// acceptance to closure) and for each workflow node.

#include "CaseState.h"

namespace griddesk {

struct TimeLimits {
    int caseDays = 15;    // acceptance → closure
    int acceptDays = 1;   // report → accepted
    int dispatchDays = 1; // accepted (or escalated) → dispatched
    int handleDays = 10;  // dispatched (or transferred) → reply
    int verifyDays = 2;   // reply → verified and closed

    int nodeDays(WorkflowNode node) const
    {
        switch (node) {
        case WorkflowNode::Accept: return acceptDays;
        case WorkflowNode::Dispatch: return dispatchDays;
        case WorkflowNode::Handle: return handleDays;
        case WorkflowNode::Verify: return verifyDays;
        case WorkflowNode::None: return 0;
        }
        return 0;
    }

    // Node limits that fit inside a whole-case limit: handling gets what
    // acceptance, dispatch and verification leave.
    static TimeLimits forCaseDays(int caseDays)
    {
        TimeLimits t;
        t.caseDays = caseDays;
        t.verifyDays = caseDays >= 6 ? 2 : 1;
        t.handleDays = caseDays - t.dispatchDays - t.verifyDays;
        if (t.handleDays < 1)
            t.handleDays = 1;
        return t;
    }
};

} // namespace griddesk
