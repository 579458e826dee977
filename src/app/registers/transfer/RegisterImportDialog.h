#pragma once
// Import of a register file, in three steps: the register and the file
// (ImportFilePage), the mapping of the file's fields to the register's
// (FieldMappingPage, remembered per source), and the validation report
// before anything is written (ImportReportPage), from which the person
// imports every row (only when all are valid) or only the valid ones, the
// others going to an error file. Checking and importing run on a worker
// thread with progress and Stop; a stopped import writes nothing.

#include "RegisterImportRunner.h"
#include "StoreOpener.h"

#include <QDialog>

class QPushButton;
class QStackedWidget;

namespace griddesk::app {

class FieldMappingPage;
class ImportFilePage;
class ImportReportPage;

class RegisterImportDialog : public QDialog
{
    Q_OBJECT

public:
    RegisterImportDialog(const StoreOpener &opener, QWidget *parent = nullptr);

    // Starts over on the first page with this register.
    void restart(RegisterKind kind);
    // The steps as buttons do them; false (with the reason shown) when the step is refused.
    bool toMapping();
    bool toReport();
    void importAll();
    void importValidOnly();
    void stop();
    bool isWorking() const { return m_runner->isRunning(); }
    int step() const;

    ImportFilePage *filePage() const { return m_filePage; }
    FieldMappingPage *mappingPage() const { return m_mappingPage; }
    ImportReportPage *reportPage() const { return m_reportPage; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *importAllButton() const { return m_importAll; }
    QPushButton *importValidButton() const { return m_importValid; }
    QPushButton *stopButton() const { return m_stop; }
    // The last check or import.
    const ImportReport &lastReport() const { return m_last; }

Q_SIGNALS:
    // Rows were written into a register.
    void imported(griddesk::RegisterKind kind, qint64 rows);

private:
    ImportOptions options(bool validOnly) const;
    void startImport(bool validOnly);
    void finished(const RegisterImportRunner::Outcome &outcome);
    void updateButtons();

    StoreOpener m_opener;
    QStackedWidget *m_stack = nullptr;
    ImportFilePage *m_filePage = nullptr;
    FieldMappingPage *m_mappingPage = nullptr;
    ImportReportPage *m_reportPage = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_importAll = nullptr;
    QPushButton *m_importValid = nullptr;
    QPushButton *m_stop = nullptr;
    RegisterImportRunner *m_runner = nullptr;
    ImportReport m_last;
    bool m_checked = false; // m_last is a check of the file and mapping shown
};

} // namespace griddesk::app
