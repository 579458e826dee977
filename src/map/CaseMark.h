#pragma once
// How an open case's marker looks, as one number per case: worked out from
// its state and time limit when the case is read, and again as time passes
// (LiveCaseLayer::refreshMarks). The renderer then tests a field of each
// marker instead of expressions over the clock, and a redraw of a city's
// open cases costs a lookup per marker.

#include "IncidentState.h"

#include <limits>

#include <QDateTime>
#include <QString>

class QgsFeatureRenderer;
class QgsRuleBasedRenderer;

namespace griddesk::map::casemark {

enum Mark { None = 0, AwaitingAcceptance, BeingHandled, AwaitingVerification, DueSoon, Overdue };

// The memory layer's field that holds the mark.
QString field();

// A time limit that never comes (a case without one).
constexpr qint64 kNever = std::numeric_limits<qint64>::max();

// The mark of an open case in `state` at `now`; None for an ended case.
// Times are milliseconds since the epoch (compared a city's cases at a time,
// once a minute); a case without a time limit (kNever) is never due.
Mark of(IncidentState state, qint64 warnAt, qint64 dueAt, qint64 now);

// A renderer over field() with the symbols and legend labels of the
// incidents style's five rules for open cases (maps/incidents.qml, in the
// order of Mark), overdue cases drawn on top. Null when the rules are not
// those five.
QgsFeatureRenderer *rendererFrom(QgsRuleBasedRenderer *rules);

} // namespace griddesk::map::casemark
