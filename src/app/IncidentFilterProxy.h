#pragma once
// Filters the incident table by state (or deadline status), by unit (a grid
// or a community) and by free text.

#include "SortKeyProxy.h"

namespace griddesk::app {

class IncidentFilterProxy : public SortKeyProxy
{
    Q_OBJECT

public:
    // Values of the state filter: all, open, overdue, due soon, or one state (>= 0).
    enum StateFilter { AllStates = -1, OpenOnly = -2, OverdueOnly = -3, DueSoonOnly = -4 };

    explicit IncidentFilterProxy(QObject *parent = nullptr);
    void setStateFilter(int filter);
    void setUnitFilter(const QString &unitCode);
    void setTextFilter(const QString &text);
    int stateFilter() const { return m_state; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_state = AllStates;
    QString m_unit;
    QString m_text;
};

} // namespace griddesk::app
