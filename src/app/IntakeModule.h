#pragma once
// Intake: the "New report" action, its form, and picking the location on the
// map. A saved report appears on the map and in the queue at once.

#include "FeatureModule.h"

#include <QPointer>

class QAction;

namespace griddesk::map {
class PickPointTool;
}

namespace griddesk::app {

class ConsoleSession;
class IntakeDialog;

class IntakeModule : public FeatureModule
{
    Q_OBJECT

public:
    IntakeModule(ConsoleSession &session, QObject *parent = nullptr);
    void install(ModuleHost &host) override;

    QAction *newReportAction() const { return m_action; }
    map::PickPointTool *pickTool() const { return m_pick; }
    // Opens the form (not modal, so the map stays usable for picking).
    IntakeDialog *openForm();
    // Saves the form's report; returns the new incident's id, or 0 with a message shown.
    qint64 save(IntakeDialog *dialog);

Q_SIGNALS:
    void reportSaved(qint64 incidentId);

private:
    ConsoleSession &m_session;
    QAction *m_action = nullptr;
    map::PickPointTool *m_pick = nullptr;
    QPointer<IntakeDialog> m_dialog;
    QWidget *m_window = nullptr;
};

} // namespace griddesk::app
