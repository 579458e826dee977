#pragma once
// The timeline of one incident: every action with who, when, what changed
// and the note, oldest first.

#include "IncidentHistoryEntry.h"

#include <QTreeWidget>

#include <functional>

namespace griddesk::app {

class IncidentTimelineWidget : public QTreeWidget
{
    Q_OBJECT

public:
    using Namer = std::function<QString(const QString &)>;
    IncidentTimelineWidget(Namer departmentName, QWidget *parent = nullptr);
    void showHistory(const QString &caseCode, const QVector<IncidentHistoryEntry> &history);
    // The action codes shown, oldest first (for tests and exports).
    QStringList actionCodes() const;

private:
    Namer m_departmentName;
};

} // namespace griddesk::app
