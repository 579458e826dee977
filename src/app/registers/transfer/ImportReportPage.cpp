#include "ImportReportPage.h"
#include "RegisterSpec.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace griddesk::app {

ImportReportPage::ImportReportPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("registerImportReportPage"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("registerImportStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("registerImportProgress"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("registerImportCountsLabel"));
    m_counts->setWordWrap(true);
    m_problems = new QTableWidget(0, 4, this);
    m_problems->setObjectName(QStringLiteral("registerImportProblemTable"));
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Field"), tr("Value"), tr("Why it is refused")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->setVisible(false);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(true);
    m_errorFile = new QLabel(this);
    m_errorFile->setObjectName(QStringLiteral("registerImportErrorFileLabel"));
    m_errorFile->setWordWrap(true);
    m_errorFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openFolder = new QPushButton(tr("Open Folder"), this);
    m_openFolder->setObjectName(QStringLiteral("registerImportOpenFolderButton"));
    auto *errorRow = new QHBoxLayout;
    errorRow->addWidget(m_errorFile, 1);
    errorRow->addWidget(m_openFolder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addWidget(m_problems, 1);
    layout->addLayout(errorRow);
    m_errorFile->setVisible(false);
    m_openFolder->setVisible(false);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_errorPath).absolutePath()));
    });
}

void ImportReportPage::start(const QString &what)
{
    m_status->setText(what);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_counts->clear();
}

void ImportReportPage::setProgress(qint64 done, qint64 total)
{
    if (total > 0) {
        // QProgressBar counts in int; per mille is fine enough.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
        m_progress->setFormat(tr("%1 of %2 rows").arg(QLocale().toString(done), QLocale().toString(total)));
    } else {
        m_progress->setRange(0, 0);
    }
}

void ImportReportPage::listProblems(const ImportReport &report)
{
    const RegisterSpec &spec = registercatalog::spec(report.kind);
    m_problems->setRowCount(0);
    const int shown = int(std::min<qint64>(report.problems.size(), kMaxListed));
    m_problems->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const RegisterProblem &p = report.problems[i];
        const RegisterField *f = spec.field(p.field);
        const QString field = f ? f->displayName()
            : p.field.isEmpty() ? tr("(the row)")
            : p.field == QLatin1String("grid_code") ? tr("Grid")
                                                    : p.field;
        auto *row = new QTableWidgetItem;
        row->setData(Qt::DisplayRole, qlonglong(p.row));
        m_problems->setItem(i, 0, row);
        m_problems->setItem(i, 1, new QTableWidgetItem(field));
        m_problems->setItem(i, 2, new QTableWidgetItem(p.value));
        m_problems->setItem(i, 3, new QTableWidgetItem(p.text()));
    }
    m_problems->resizeColumnsToContents();
    m_problems->resizeRowsToContents();
}

void ImportReportPage::showCheck(const ImportReport &report)
{
    m_progress->setVisible(false);
    m_errorFile->setVisible(false);
    m_openFolder->setVisible(false);
    listProblems(report);
    QString counts = tr("%1 rows read: %2 valid, %3 with problems.")
                         .arg(QLocale().toString(report.rowsRead), QLocale().toString(report.validRows()),
                              QLocale().toString(report.badRows));
    if (report.problems.size() > kMaxListed)
        counts += QLatin1Char(' ') + tr("The first %1 problems are listed.").arg(QLocale().toString(kMaxListed));
    m_counts->setText(counts);
    if (report.cancelled)
        m_status->setText(tr("The check was stopped; nothing was written."));
    else if (report.badRows == 0)
        m_status->setText(tr("Every row is valid. Nothing has been written yet."));
    else
        m_status->setText(tr("Nothing has been written yet. Correct the file and check it again, or import only the valid "
                             "rows: the others then go to an error file, each with its reasons."));
}

void ImportReportPage::showImport(const ImportReport &report)
{
    m_progress->setVisible(false);
    if (report.cancelled) {
        m_status->setText(tr("The import was cancelled: nothing was written, the register is as it was."));
        return;
    }
    if (!report.written) {
        listProblems(report);
        m_status->setText(tr("Nothing was written: %n row(s) have problems.", nullptr, int(report.badRows)));
        return;
    }
    m_status->setText(tr("%1 rows imported into %2.").arg(QLocale().toString(report.rowsImported),
                                                          registerkind::displayName(report.kind)));
    m_counts->setText(ImportReportText::summary(report));
    m_errorPath = report.errorFile;
    const bool errors = !m_errorPath.isEmpty();
    m_errorFile->setText(errors ? tr("The %n row(s) left out, with their reasons, are in %1", nullptr, int(report.badRows))
                                      .arg(QDir::toNativeSeparators(m_errorPath))
                                : QString());
    m_errorFile->setVisible(errors);
    m_openFolder->setVisible(errors);
}

void ImportReportPage::showError(const QString &message)
{
    m_progress->setVisible(false);
    m_status->setText(message);
}

} // namespace griddesk::app
