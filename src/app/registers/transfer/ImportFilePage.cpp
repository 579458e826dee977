#include "ImportFilePage.h"
#include "CrsBox.h"
#include "StoreError.h"
#include "tables/TableFormat.h"
#include "tables/TableSource.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace griddesk::app {

using namespace griddesk::tables;

ImportFilePage::ImportFilePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("registerImportFilePage"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_register = new QComboBox(this);
    m_register->setObjectName(QStringLiteral("registerImportRegisterBox"));
    for (RegisterKind k : registerkind::importable())
        m_register->addItem(registerkind::displayName(k), int(k));
    form->addRow(tr("Register:"), m_register);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("registerImportFileEdit"));
    m_file->setPlaceholderText(tr("CSV, Excel workbook, Shapefile, GeoJSON or GeoPackage"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("registerImportBrowseButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("File:"), fileRow);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("registerImportEncodingBox"));
    m_encoding->addItem(tr("Detected"), QString());
    for (const char *e : {"GBK", "GB18030", "UTF-8"})
        m_encoding->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    form->addRow(tr("Text encoding:"), m_encoding);
    m_crs = new CrsBox(true, this);
    m_crs->setObjectName(QStringLiteral("registerImportCrsBox"));
    form->addRow(tr("Coordinate system:"), m_crs);
    m_layer = new QComboBox(this);
    m_layer->setObjectName(QStringLiteral("registerImportLayerBox"));
    form->addRow(tr("Layer or sheet:"), m_layer);
    m_xField = new QComboBox(this);
    m_xField->setObjectName(QStringLiteral("registerImportXFieldBox"));
    m_yField = new QComboBox(this);
    m_yField->setObjectName(QStringLiteral("registerImportYFieldBox"));
    auto *xy = new QHBoxLayout;
    xy->addWidget(new QLabel(tr("x (longitude or easting):"), this));
    xy->addWidget(m_xField, 1);
    xy->addWidget(new QLabel(tr("y (latitude or northing):"), this));
    xy->addWidget(m_yField, 1);
    form->addRow(tr("Coordinates:"), xy);
    m_about = new QLabel(this);
    m_about->setObjectName(QStringLiteral("registerImportAboutLabel"));
    m_about->setWordWrap(true);
    m_about->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_about);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportFilePage::inspect);
    for (QComboBox *box : {m_encoding, m_layer, static_cast<QComboBox *>(m_crs)})
        connect(box, qOverload<int>(&QComboBox::activated), this, &ImportFilePage::inspect);
}

RegisterKind ImportFilePage::kind() const
{
    return static_cast<RegisterKind>(m_register->currentData().toInt());
}

void ImportFilePage::setKind(RegisterKind kind)
{
    m_register->setCurrentIndex(std::max(0, m_register->findData(int(kind))));
}

QString ImportFilePage::path() const
{
    return m_file->text().trimmed();
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import into Register"), m_file->text(), tableformat::fileFilter());
    if (!path.isEmpty())
        setFile(path);
}

bool ImportFilePage::setFile(const QString &path)
{
    m_file->setText(path);
    // A new file: its own encoding, layers and coordinate fields.
    m_encoding->setCurrentIndex(0);
    m_layer->clear();
    m_xField->clear();
    m_yField->clear();
    return inspect();
}

TableReadOptions ImportFilePage::readOptions() const
{
    TableReadOptions o;
    o.encoding = m_encoding->isEnabled() ? m_encoding->currentData().toString() : QString();
    o.sourceEpsg = m_crs->epsg();
    o.layer = m_layer->isEnabled() ? m_layer->currentText() : QString();
    if (m_xField->isEnabled()) {
        o.xField = m_xField->currentData().toString();
        o.yField = m_yField->currentData().toString();
    }
    return o;
}

void ImportFilePage::fillFieldBox(QComboBox *box, const QStringList &fields, const QString &current, const QString &noneText)
{
    box->clear();
    box->addItem(noneText, QString());
    for (const QString &f : fields)
        box->addItem(f, f);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

bool ImportFilePage::inspect()
{
    if (m_filling)
        return !m_fields.isEmpty();
    m_fields.clear();
    m_rows = -1;
    m_about->clear();
    const QString file = path();
    if (file.isEmpty()) {
        Q_EMIT fileRead(false);
        return false;
    }
    QString error;
    const std::optional<TableFormat> format = tableformat::fromPath(file, &error);
    if (!format) {
        m_about->setText(error);
        Q_EMIT fileRead(false);
        return false;
    }
    const bool xy = *format == TableFormat::Csv || *format == TableFormat::Xlsx;
    m_encoding->setEnabled(tableformat::takesEncoding(*format));
    m_layer->setEnabled(*format == TableFormat::Xlsx || *format == TableFormat::GeoPackage);
    m_xField->setEnabled(xy);
    m_yField->setEnabled(xy);
    // The fields found by name until others are chosen.
    TableReadOptions options = readOptions();
    if (xy && m_xField->currentIndex() <= 0 && m_yField->currentIndex() <= 0)
        options.xField = options.yField = QString();
    try {
        const TableSource source = TableSource::open(file, options);
        m_fields = source.fields();
        m_rows = source.featureCount();
        m_filling = true;
        if (m_layer->isEnabled()) {
            m_layer->clear();
            m_layer->addItems(source.layers());
            m_layer->setCurrentIndex(std::max(0, int(source.layers().indexOf(source.layer()))));
        }
        if (xy) {
            fillFieldBox(m_xField, m_fields, source.xField(), tr("(none)"));
            fillFieldBox(m_yField, m_fields, source.yField(), tr("(none)"));
        }
        m_filling = false;
        QStringList about{m_rows >= 0 ? tr("%1, %n row(s), %2 field(s).", nullptr, int(m_rows)).arg(tableformat::name(*format)).arg(m_fields.size())
                                      : tr("%1, %2 field(s).").arg(tableformat::name(*format)).arg(m_fields.size())};
        if (tableformat::takesEncoding(*format))
            about << (m_encoding->currentIndex() == 0 ? tr("Text read as %1 (detected).").arg(source.encoding())
                                                      : tr("Text read as %1.").arg(source.encoding()));
        about << tr("Coordinates read as EPSG:%1.").arg(source.sourceEpsg());
        m_about->setText(about.join(QLatin1Char(' ')));
    } catch (const StoreError &e) {
        m_filling = false;
        m_about->setText(e.message());
        Q_EMIT fileRead(false);
        return false;
    }
    Q_EMIT fileRead(true);
    return true;
}

} // namespace griddesk::app
