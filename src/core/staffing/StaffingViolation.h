#pragma once
// One breach of the staffing rule, kept as a code with its numbers so that
// it is worded in the reader's language only when shown (StaffingText).

#include <QString>
#include <QVector>

namespace griddesk {

enum class StaffingViolationKind {
    NoManager,         // count: 0 managers; expected: the rule's number
    TooManyManagers,   // count: managers; expected: the rule's number
    TooFewManagers,    // count: managers (1 or more, under a rule of several); expected
    TooFewAssistants,  // count: assistants; expected: the minimum
    TooManyAssistants, // count: assistants; expected: the maximum
    UnknownGrid,       // count: active staff registered to a grid that is retired or not in the data
};

// The staffing state of a grid, as the map theme colours it.
enum class StaffingState { Ok, UnderStaffed, NoManager, OverStaffed };

struct StaffingViolation {
    StaffingViolationKind kind = StaffingViolationKind::NoManager;
    QString gridCode;
    int count = 0;
    int expected = 0;

    // The code stored and exported: no_manager, too_many_managers, …
    QString code() const;
    bool operator==(const StaffingViolation &o) const
    {
        return kind == o.kind && gridCode == o.gridCode && count == o.count && expected == o.expected;
    }
};

// A grid's staff counted against the rule.
struct GridStaffing {
    QString gridCode;
    int managers = 0;
    int assistants = 0;
    StaffingState state = StaffingState::Ok;
    QVector<StaffingViolation> violations;
};

namespace staffingstate {
QString code(StaffingState state); // ok, under_staffed, no_manager, over_staffed
bool fromCode(const QString &code, StaffingState *state);
} // namespace staffingstate

} // namespace griddesk
