#include "RegisterImportDialog.h"
#include "FieldMappingPage.h"
#include "ImportFilePage.h"
#include "ImportMappingMemory.h"
#include "ImportReportPage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace griddesk::app {

RegisterImportDialog::RegisterImportDialog(const StoreOpener &opener, QWidget *parent)
    : QDialog(parent)
    , m_opener(opener)
{
    setWindowTitle(tr("Import into Register"));
    setObjectName(QStringLiteral("registerImportDialog"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("registerImportSteps"));
    m_filePage = new ImportFilePage(m_stack);
    m_mappingPage = new FieldMappingPage(m_stack);
    m_reportPage = new ImportReportPage(m_stack);
    m_stack->addWidget(m_filePage);
    m_stack->addWidget(m_mappingPage);
    m_stack->addWidget(m_reportPage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_back = buttons->addButton(tr("< Back"), QDialogButtonBox::ActionRole);
    m_back->setObjectName(QStringLiteral("registerImportBackButton"));
    m_next = buttons->addButton(tr("Next >"), QDialogButtonBox::ActionRole);
    m_next->setObjectName(QStringLiteral("registerImportNextButton"));
    // Return goes on to the next step.
    m_next->setDefault(true);
    m_importAll = buttons->addButton(tr("Import All"), QDialogButtonBox::ActionRole);
    m_importAll->setObjectName(QStringLiteral("registerImportAllButton"));
    m_importAll->setToolTip(tr("Writes every row, only when none has a problem"));
    m_importValid = buttons->addButton(tr("Import the Valid Rows Only"), QDialogButtonBox::ActionRole);
    m_importValid->setObjectName(QStringLiteral("registerImportValidButton"));
    m_importValid->setToolTip(tr("Writes the valid rows; the others go to an error file with their reasons"));
    m_stop = buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("registerImportStopButton"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("registerImportCloseButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);
    resize(860, 600);

    m_runner = new RegisterImportRunner(this);
    connect(m_runner, &RegisterImportRunner::progress, m_reportPage, &ImportReportPage::setProgress);
    connect(m_runner, &RegisterImportRunner::finished, this, &RegisterImportDialog::finished);
    connect(m_filePage, &ImportFilePage::readStarted, this, &RegisterImportDialog::updateButtons);
    connect(m_filePage, &ImportFilePage::fileRead, this, &RegisterImportDialog::updateButtons);
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_stack->setCurrentIndex(std::max(0, m_stack->currentIndex() - 1));
        updateButtons();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_stack->currentIndex() == 0)
            toMapping();
        else
            toReport();
    });
    connect(m_importAll, &QPushButton::clicked, this, &RegisterImportDialog::importAll);
    connect(m_importValid, &QPushButton::clicked, this, &RegisterImportDialog::importValidOnly);
    connect(m_stop, &QPushButton::clicked, this, &RegisterImportDialog::stop);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        // Closing while working stops the work; nothing is written then.
        stop();
        reject();
    });
    updateButtons();
}

int RegisterImportDialog::step() const
{
    return m_stack->currentIndex();
}

void RegisterImportDialog::restart(RegisterKind kind)
{
    if (isWorking())
        return;
    m_filePage->setKind(kind);
    m_stack->setCurrentIndex(0);
    m_checked = false;
    updateButtons();
}

bool RegisterImportDialog::toMapping()
{
    if (isWorking() || m_filePage->isReading())
        return false;
    if (m_filePage->fields().isEmpty() || m_filePage->readPath() != m_filePage->path()) {
        // A path typed but not read yet: read it; Next is offered once it is.
        m_filePage->inspect();
        return false;
    }
    const RegisterKind kind = m_filePage->kind();
    const QStringList fields = m_filePage->fields();
    const std::optional<ImportMapping> remembered = ImportMappingMemory::recall(kind, fields);
    m_mappingPage->setMapping(remembered ? *remembered : ImportMapping::guess(kind, fields), fields, remembered.has_value());
    m_stack->setCurrentIndex(1);
    m_checked = false;
    updateButtons();
    return true;
}

ImportOptions RegisterImportDialog::options(bool validOnly) const
{
    ImportOptions o;
    o.read = m_filePage->readOptions();
    o.mapping = m_mappingPage->mapping();
    o.validOnly = validOnly;
    return o;
}

bool RegisterImportDialog::toReport()
{
    if (isWorking() || !m_mappingPage->check())
        return false;
    ImportMappingMemory::remember(m_mappingPage->mapping(), m_filePage->fields());
    m_stack->setCurrentIndex(2);
    m_checked = false;
    m_reportPage->start(tr("Checking every row of %1; nothing is written…").arg(m_filePage->path()));
    m_runner->start(m_opener, m_filePage->kind(), m_filePage->path(), options(false), false);
    updateButtons();
    return true;
}

void RegisterImportDialog::importAll()
{
    startImport(false);
}

void RegisterImportDialog::importValidOnly()
{
    startImport(true);
}

void RegisterImportDialog::startImport(bool validOnly)
{
    if (isWorking() || !m_checked)
        return;
    m_checked = false;
    m_reportPage->start(validOnly ? tr("Importing the valid rows of %1…").arg(m_filePage->path())
                                  : tr("Importing every row of %1…").arg(m_filePage->path()));
    m_runner->start(m_opener, m_filePage->kind(), m_filePage->path(), options(validOnly), true);
    updateButtons();
}

void RegisterImportDialog::stop()
{
    m_runner->cancel();
}

void RegisterImportDialog::finished(const RegisterImportRunner::Outcome &outcome)
{
    m_last = outcome.report;
    if (!outcome.error.isEmpty()) {
        m_reportPage->showError(outcome.error);
    } else if (outcome.wrote) {
        m_reportPage->showImport(outcome.report);
        if (outcome.report.written)
            Q_EMIT imported(outcome.report.kind, outcome.report.rowsImported);
    } else {
        m_reportPage->showCheck(outcome.report);
        m_checked = !outcome.report.cancelled;
    }
    updateButtons();
}

void RegisterImportDialog::updateButtons()
{
    const int page = m_stack->currentIndex();
    const bool working = isWorking();
    m_back->setVisible(page > 0);
    m_back->setEnabled(!working);
    m_next->setVisible(page < 2);
    m_next->setText(page == 1 ? tr("Check Rows >") : tr("Next >"));
    m_next->setEnabled(!working && (page != 0 || (!m_filePage->isReading() && !m_filePage->fields().isEmpty())));
    m_importAll->setVisible(page == 2);
    m_importValid->setVisible(page == 2);
    m_importAll->setEnabled(!working && m_checked && m_last.badRows == 0 && m_last.rowsRead > 0);
    m_importValid->setEnabled(!working && m_checked && m_last.badRows > 0 && m_last.validRows() > 0);
    m_stop->setVisible(working);
}

} // namespace griddesk::app
