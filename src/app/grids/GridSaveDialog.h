#pragma once
// Saving a pending grid edit: the date from which it holds (today or
// earlier), the names of the new grids, and the topology check of the
// result (run on a worker thread as the dialog opens). A save that breaks
// topology is refused with the problems; an administrator may save it
// anyway with a justification, which is recorded. Centre staff may not.

#include "GridSketch.h"
#include "GridStore.h"
#include "PendingWork.h"
#include "ui_GridSaveDialog.h"

#include <QDialog>
#include <QFutureWatcher>

namespace griddesk::app {

class ConsoleSession;

class GridSaveDialog : public QDialog
{
    Q_OBJECT

public:
    GridSaveDialog(ConsoleSession &session, const map::GridSketch &sketch, QWidget *parent = nullptr);
    ~GridSaveDialog() override;

    // What the save did, once the dialog is accepted.
    const GridStore::SavedEdit &saved() const { return m_saved; }

    bool isChecking() const { return isPending(m_check); }
    QDateEdit *effectiveEdit() const { return m_ui.effectiveEdit; }
    QTableWidget *newGridsTable() const { return m_ui.newGridsTable; }
    QListWidget *problemList() const { return m_ui.problemList; }
    QPlainTextEdit *justificationEdit() const { return m_ui.justificationEdit; }
    QLabel *errorLabel() const { return m_ui.errorLabel; }
    QLabel *checkLabel() const { return m_ui.checkLabel; }
    QPushButton *saveButton() const;

    // Saves as the dialog stands (what the Save button does).
    void save();

Q_SIGNALS:
    void checked();

private:
    struct Check {
        topology::TopologyReport report;
        QString error;
    };
    void fillNewGrids();
    QHash<int, map::GridSketch::Naming> names() const;
    void showProblems(const topology::TopologyReport &report);
    bool isAdministrator() const;

    Ui::GridSaveDialog m_ui;
    ConsoleSession &m_session;
    const map::GridSketch &m_sketch;
    QFutureWatcher<Check> m_check;
    GridStore::SavedEdit m_saved;
};

} // namespace griddesk::app
