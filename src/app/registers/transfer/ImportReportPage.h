#pragma once
// The last page of a register import: progress while the file is checked
// or imported, then each bad row (row, field, value, reason in the
// reader's language), the counts, and where the rows left out went, with a
// button that opens their folder.

#include "ImportReport.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace griddesk::app {

class ImportReportPage : public QWidget
{
    Q_OBJECT

public:
    // More bad rows than this are counted but not listed (the error file has them all).
    static constexpr int kMaxListed = 5000;

    explicit ImportReportPage(QWidget *parent = nullptr);

    void start(const QString &what);
    void setProgress(qint64 done, qint64 total);
    // The outcome of a check.
    void showCheck(const ImportReport &report);
    // The outcome of an import.
    void showImport(const ImportReport &report);
    void showError(const QString &message);

    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *countsLabel() const { return m_counts; }
    QTableWidget *problemTable() const { return m_problems; }
    QLabel *errorFileLabel() const { return m_errorFile; }
    QPushButton *openFolderButton() const { return m_openFolder; }

private:
    void listProblems(const ImportReport &report);

    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_counts = nullptr;
    QTableWidget *m_problems = nullptr;
    QLabel *m_errorFile = nullptr;
    QPushButton *m_openFolder = nullptr;
    QString m_errorPath;
};

} // namespace griddesk::app
