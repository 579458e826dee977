#pragma once
// The "Grid topology" dock: runs the topology check (with progress and a
// way to stop it), lists its problems (kind, units, area, place), each with
// a button that shows it on the map, and lists the townships and
// communities that have no boundary yet.

#include "AdminUnit.h"
#include "topology/TopologyProblem.h"

#include <QDockWidget>
#include <QVector>

#include <functional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace griddesk::app {

class TopologyDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit TopologyDock(QWidget *parent = nullptr);

    void setRunning(bool running);
    void setProgress(int done, int total);
    // `unitName` names a unit by its code (the code itself when unknown).
    void setReport(const topology::TopologyReport &report, const std::function<QString(const QString &)> &unitName);
    void setError(const QString &message);
    void setWithoutBoundary(const QVector<AdminUnit> &units);

    const topology::TopologyReport &report() const { return m_report; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QTableWidget *problemTable() const { return m_problems; }
    QListWidget *withoutBoundaryList() const { return m_noBoundary; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void checkRequested();
    void cancelRequested();
    void zoomRequested(int problem);
    void problemSelected(int problem); // -1 for none

private:
    QPushButton *m_check;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_problems;
    QLabel *m_noBoundaryTitle;
    QListWidget *m_noBoundary;
    topology::TopologyReport m_report;
};

} // namespace griddesk::app
