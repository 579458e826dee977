#include "BoundaryExportDialog.h"
#include "CrsBox.h"
#include "StoreError.h"
#include "boundaries/BoundaryReader.h"
#include "boundaries/BoundaryWriter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace griddesk::app {

using boundaries::BoundaryWriter;

BoundaryExportDialog::BoundaryExportDialog(const StoreOpener &opener, QWidget *parent)
    : QDialog(parent)
    , m_opener(opener)
{
    setWindowTitle(tr("Export Boundaries"));
    setObjectName(QStringLiteral("boundaryExportDialog"));
    auto *form = new QFormLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("boundaryExportFileEdit"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("boundaryExportBrowseButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("File:"), fileRow);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("boundaryExportLevelBox"));
    m_level->addItem(tr("Townships, communities and grids"), 0);
    for (AdminLevel l : {AdminLevel::Township, AdminLevel::Community, AdminLevel::Grid})
        m_level->addItem(adminLevelName(l), int(l));
    m_level->setCurrentIndex(3);
    form->addRow(tr("Level:"), m_level);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("boundaryExportFormatBox"));
    m_format->addItem(tr("Shapefile (.shp)"), int(BoundaryWriter::Format::Shapefile));
    m_format->addItem(tr("GeoJSON (.geojson, WGS84)"), int(BoundaryWriter::Format::GeoJson));
    m_format->addItem(tr("GeoPackage (.gpkg)"), int(BoundaryWriter::Format::GeoPackage));
    form->addRow(tr("Format:"), m_format);
    m_crs = new CrsBox(false, this);
    m_crs->setObjectName(QStringLiteral("boundaryExportCrsBox"));
    form->addRow(tr("Coordinate system:"), m_crs);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("boundaryExportEncodingBox"));
    m_encoding->addItems(boundaries::BoundaryReader::encodings());
    form->addRow(tr("Text encoding:"), m_encoding);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("boundaryExportStatusLabel"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("boundaryExportButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(620, 300);

    m_watcher = new QFutureWatcher<Result>(this);
    connect(m_watcher, &QFutureWatcher<Result>::finished, this, &BoundaryExportDialog::finished);
    connect(browse, &QPushButton::clicked, this, &BoundaryExportDialog::browse);
    connect(m_format, qOverload<int>(&QComboBox::currentIndexChanged), this, &BoundaryExportDialog::formatChanged);
    connect(m_export, &QPushButton::clicked, this, &BoundaryExportDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    formatChanged();
}

void BoundaryExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Boundaries"), m_file->text(),
                                                      tr("Shapefile (*.shp);;GeoJSON (*.geojson);;GeoPackage (*.gpkg)"));
    if (!path.isEmpty())
        setFile(path);
}

void BoundaryExportDialog::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    if (const auto f = BoundaryWriter::formatFor(path))
        m_format->setCurrentIndex(m_format->findData(int(*f)));
}

void BoundaryExportDialog::formatChanged()
{
    const auto f = static_cast<BoundaryWriter::Format>(m_format->currentData().toInt());
    // RFC 7946 allows WGS84 only; the encoding is a Shapefile's alone.
    if (f == BoundaryWriter::Format::GeoJson)
        m_crs->setEpsg(4326);
    m_crs->setEnabled(f != BoundaryWriter::Format::GeoJson);
    if (f != BoundaryWriter::Format::Shapefile)
        m_encoding->setCurrentIndex(0);
    m_encoding->setEnabled(f == BoundaryWriter::Format::Shapefile);
    const QString path = m_file->text().trimmed();
    if (!path.isEmpty() && BoundaryWriter::formatFor(path) != f) {
        const QFileInfo info(path);
        m_file->setText(QDir::toNativeSeparators(info.path() + QLatin1Char('/') + info.completeBaseName()
                                                 + QLatin1Char('.') + BoundaryWriter::suffix(f)));
    }
}

void BoundaryExportDialog::startExport()
{
    if (isWorking())
        return;
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        m_status->setText(tr("Choose the file to write."));
        return;
    }
    BoundaryWriter::Options options;
    options.format = static_cast<BoundaryWriter::Format>(m_format->currentData().toInt());
    options.targetEpsg = m_crs->epsg();
    options.encoding = m_encoding->currentText();
    const int level = m_level->currentData().toInt();
    m_export->setEnabled(false);
    m_progress->setVisible(true);
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    const StoreOpener opener = m_opener;
    m_watcher->setFuture(QtConcurrent::run([opener, path, options, level] {
        Result r;
        try {
            auto store = opener.open(StoreOpener::Access::ReadOnly);
            QVector<AdminUnit> units;
            for (AdminLevel l : {AdminLevel::Township, AdminLevel::Community, AdminLevel::Grid})
                if (level == 0 || level == int(l))
                    units += store->unitsWithBoundary(int(l));
            if (units.isEmpty())
                r.error = tr("There are no boundaries of this level to export; nothing was written.");
            else
                r.written = BoundaryWriter::write(path, units, options);
        } catch (const StoreError &e) {
            r.error = e.message();
        }
        return r;
    }));
}

void BoundaryExportDialog::finished()
{
    const Result r = m_watcher->result();
    m_export->setEnabled(true);
    m_progress->setVisible(false);
    m_status->setText(r.error.isEmpty() ? tr("%n boundaries written to %1.", nullptr, r.written)
                                              .arg(QDir::toNativeSeparators(m_file->text().trimmed()))
                                        : r.error);
}

} // namespace griddesk::app
