#include "RegisterExportDialog.h"
#include "CrsBox.h"
#include "RegisterExport.h"
#include "Store.h"
#include "StoreError.h"
#include "tables/TableFormat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace griddesk::app {

using namespace griddesk::tables;

RegisterExportDialog::RegisterExportDialog(const StoreOpener &opener, QWidget *parent)
    : QDialog(parent)
    , m_opener(opener)
{
    setWindowTitle(tr("Export Register"));
    setObjectName(QStringLiteral("registerExportDialog"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_register = new QComboBox(this);
    m_register->setObjectName(QStringLiteral("registerExportRegisterBox"));
    for (RegisterKind k : registerkind::importable())
        m_register->addItem(registerkind::displayName(k), int(k));
    form->addRow(tr("Register:"), m_register);
    m_filter = new QLabel(this);
    m_filter->setObjectName(QStringLiteral("registerExportFilterLabel"));
    m_filter->setWordWrap(true);
    form->addRow(tr("Records:"), m_filter);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("registerExportFormatBox"));
    for (TableFormat f : {TableFormat::Csv, TableFormat::Xlsx, TableFormat::Shapefile, TableFormat::GeoJson, TableFormat::GeoPackage})
        m_format->addItem(tableformat::name(f), int(f));
    form->addRow(tr("Format:"), m_format);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("registerExportEncodingBox"));
    m_encoding->addItem(tr("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(tr("GBK (Excel on a Chinese Windows)"), QStringLiteral("GBK"));
    form->addRow(tr("Text encoding:"), m_encoding);
    m_crs = new CrsBox(false, this);
    m_crs->setObjectName(QStringLiteral("registerExportCrsBox"));
    form->addRow(tr("Coordinate system:"), m_crs);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("registerExportFileEdit"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("registerExportBrowseButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("File:"), fileRow);
    auto *masked = new QLabel(tr("ID numbers and phone numbers are written masked (3711**********1234, 139****1234), "
                                 "whoever exports. The export is recorded in the audit log."),
                              this);
    masked->setObjectName(QStringLiteral("registerExportMaskedNote"));
    masked->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("registerExportProgress"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_progress->setFormat(tr("%v of %m records"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("registerExportStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("registerExportCloseButton"));
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("registerExportButton"));
    m_stop = buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("registerExportStopButton"));
    m_stop->setToolTip(tr("Stops the export: no file is left and nothing is recorded"));
    m_stop->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(masked);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(640, 400);

    m_watcher = new QFutureWatcher<Result>(this);
    connect(m_watcher, &QFutureWatcher<Result>::finished, this, &RegisterExportDialog::finished);
    connect(browse, &QPushButton::clicked, this, &RegisterExportDialog::browse);
    connect(m_format, qOverload<int>(&QComboBox::currentIndexChanged), this, &RegisterExportDialog::formatChanged);
    connect(m_register, qOverload<int>(&QComboBox::activated), this, [this] {
        // Another register than the list's: all of it.
        m_query = {};
        m_filter->setText(tr("All in your area"));
    });
    connect(m_export, &QPushButton::clicked, this, &RegisterExportDialog::startExport);
    connect(m_stop, &QPushButton::clicked, this, &RegisterExportDialog::stop);
    connect(this, &RegisterExportDialog::progress, this, &RegisterExportDialog::showProgress);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setRegister(RegisterKind::Residents);
    formatChanged();
}

RegisterExportDialog::~RegisterExportDialog()
{
    stop();
    m_watcher->waitForFinished();
}

void RegisterExportDialog::setRegister(RegisterKind kind, const RegisterQuery &query, const QString &filterText)
{
    m_register->setCurrentIndex(std::max(0, m_register->findData(int(kind))));
    m_query = query;
    m_filter->setText(filterText.isEmpty() ? tr("All in your area") : tr("As the list shows them: %1").arg(filterText));
    m_status->clear();
}

RegisterKind RegisterExportDialog::kind() const
{
    return static_cast<RegisterKind>(m_register->currentData().toInt());
}

void RegisterExportDialog::setFile(const QString &path)
{
    m_file->setText(path);
}

void RegisterExportDialog::formatChanged()
{
    const auto format = static_cast<TableFormat>(m_format->currentData().toInt());
    m_encoding->setEnabled(tableformat::takesEncoding(format));
    // GeoJSON is WGS84 by its standard.
    m_crs->setEnabled(format != TableFormat::GeoJson);
    if (format == TableFormat::GeoJson)
        m_crs->setEpsg(4326);
    const QString file = m_file->text().trimmed();
    if (!file.isEmpty()) {
        const QFileInfo info(file);
        m_file->setText(QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.') + tableformat::suffix(format)));
    }
}

void RegisterExportDialog::browse()
{
    const auto format = static_cast<TableFormat>(m_format->currentData().toInt());
    QString start = m_file->text().trimmed();
    if (start.isEmpty())
        start = registerkind::displayName(kind()) + QLatin1Char('.') + tableformat::suffix(format);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Register"), start, tableformat::fileFilter());
    if (!path.isEmpty())
        m_file->setText(path);
}

void RegisterExportDialog::startExport()
{
    if (isWorking())
        return;
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose the file to write."));
        return;
    }
    ExportOptions options;
    options.format = static_cast<TableFormat>(m_format->currentData().toInt());
    options.encoding = m_encoding->isEnabled() ? m_encoding->currentData().toString() : QStringLiteral("UTF-8");
    options.targetEpsg = options.format == TableFormat::GeoJson ? 4326 : m_crs->epsg();
    options.query = m_query;
    const RegisterKind k = kind();
    const StoreOpener opener = m_opener;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    options.cancel = m_cancel.get();
    m_export->setEnabled(false);
    m_stop->setVisible(true);
    m_stop->setEnabled(true);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    // The destructor waits for the run, so `this` outlives it; the flag lives as long as the run.
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_watcher->setFuture(QtConcurrent::run([this, opener, k, path, options, cancel]() mutable {
        options.progress = [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
        };
        Result r;
        try {
            // The console's own connection is not for other threads.
            const std::unique_ptr<Store> store = opener.open();
            r.rows = RegisterExport::run(*store, k, path, options);
            r.path = RegisterExport::fileFor(k, path, options.format);
        } catch (const StoreError &e) {
            r.error = e.message();
        }
        return r;
    }));
}

void RegisterExportDialog::reject()
{
    // Closing while writing (Close, Esc or the window's own button) stops the export; no file is left.
    stop();
    QDialog::reject();
}

void RegisterExportDialog::stop()
{
    if (!isWorking() || !m_cancel)
        return;
    m_cancel->store(true);
    m_stop->setEnabled(false);
    m_status->setText(tr("Stopping…"));
}

void RegisterExportDialog::showProgress(qint64 done, qint64 total)
{
    if (!isWorking() || total <= 0)
        return;
    // A bar counts in int: large registers in thousands.
    const int scale = total > 1000000 ? 1000 : 1;
    m_progress->setRange(0, int(total / scale));
    m_progress->setValue(int(done / scale));
    m_progress->setFormat(scale > 1 ? tr("%1 of %2 records").arg(QLocale().toString(done), QLocale().toString(total))
                                    : tr("%v of %m records"));
}

void RegisterExportDialog::finished()
{
    const Result r = m_watcher->result();
    m_export->setEnabled(true);
    m_stop->setVisible(false);
    m_progress->setVisible(false);
    if (!r.error.isEmpty()) {
        m_status->setText(r.error);
    } else if (r.rows == RegisterExport::kStopped) {
        m_status->setText(tr("The export was stopped: no file was written and nothing was recorded."));
    } else {
        m_status->setText(tr("%n record(s) written to %1, personal data masked.", nullptr, int(r.rows))
                              .arg(QDir::toNativeSeparators(r.path)));
        Q_EMIT exported(r.path, r.rows);
    }
    Q_EMIT done();
}

} // namespace griddesk::app
