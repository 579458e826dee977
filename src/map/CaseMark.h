#pragma once
// How an open case's marker looks, as one number per case: worked out from
// its state and time limit when the case is read, and again as time passes
// (LiveCaseLayer::refreshMarks). The renderer then tests a field of each
// marker instead of expressions over the clock, and a redraw of a city's
// open cases costs a lookup per marker.

#include "IncidentState.h"

#include <QDateTime>
#include <QString>

class QgsFeatureRenderer;
class QgsRuleBasedRenderer;

namespace griddesk::map::casemark {

enum Mark { None = 0, AwaitingAcceptance, BeingHandled, AwaitingVerification, DueSoon, Overdue };

// The memory layer's field that holds the mark.
QString field();

// The mark of an open case in `state` at `now`; None for an ended case.
// A case without a time limit is never due.
Mark of(IncidentState state, const QDateTime &warnAt, const QDateTime &dueAt, const QDateTime &now);

// A renderer over field() with the symbols and legend labels of the
// incidents style's five rules for open cases (maps/incidents.qml, in the
// order of Mark), overdue cases drawn on top. Null when the rules are not
// those five.
QgsFeatureRenderer *rendererFrom(QgsRuleBasedRenderer *rules);

} // namespace griddesk::map::casemark
