#include "BulletinDialog.h"
#include "BulletinLevelNames.h"
#include "ChinaTime.h"
#include "ConsoleSession.h"
#include "Store.h"
#include "StoreError.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace griddesk::app {

namespace {

QDateTimeEdit *timeEdit(const QDateTime &utc, QWidget *parent)
{
    const QDateTime local = utc.toOffsetFromUtc(kChinaOffset);
    // The wall time of the township, whatever the computer's own zone.
    auto *edit = new QDateTimeEdit(QDateTime(local.date(), local.time()), parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    return edit;
}

// The edit's wall time is the township's (China Standard Time).
QDateTime utcOf(const QDateTimeEdit *edit)
{
    return QDateTime(edit->date(), edit->time(), Qt::OffsetFromUTC, kChinaOffset).toUTC();
}
} // namespace

BulletinDialog::BulletinDialog(ConsoleSession &session, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("bulletinDialog"));
    setWindowTitle(tr("Publish Security Bulletin"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("bulletinLevelBox"));
    for (BulletinLevel l : bulletinlevel::all()) {
        QPixmap swatch(14, 14);
        swatch.fill(QColor(bulletinlevel::colour(l)));
        m_level->addItem(QIcon(swatch), bulletinlevel::displayName(l), int(l));
    }
    m_level->setCurrentIndex(1);
    form->addRow(tr("&Level:"), m_level);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("bulletinTitleEdit"));
    m_title->setPlaceholderText(tr("e.g. Burglaries at night in the old town"));
    form->addRow(tr("&Title:"), m_title);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("bulletinTextEdit"));
    m_text->setPlaceholderText(tr("What the warning is about and what residents and staff should do"));
    m_text->setMinimumHeight(90);
    form->addRow(tr("Te&xt:"), m_text);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_from = timeEdit(now, this);
    m_from->setObjectName(QStringLiteral("bulletinFromEdit"));
    m_to = timeEdit(now.addDays(3), this);
    m_to->setObjectName(QStringLiteral("bulletinToEdit"));
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    form->addRow(tr("Valid &from:"), period);
    layout->addLayout(form);

    m_drawn = new QRadioButton(tr("Area drawn on the map"), this);
    m_drawn->setObjectName(QStringLiteral("bulletinDrawnChoice"));
    m_draw = new QPushButton(tr("&Draw on Map…"), this);
    m_draw->setObjectName(QStringLiteral("bulletinDrawButton"));
    m_areaState = new QLabel(this);
    m_areaState->setObjectName(QStringLiteral("bulletinAreaState"));
    auto *drawRow = new QHBoxLayout;
    drawRow->addWidget(m_drawn);
    drawRow->addWidget(m_draw);
    drawRow->addWidget(m_areaState, 1);
    layout->addLayout(drawRow);
    m_byUnits = new QRadioButton(tr("The whole of these units:"), this);
    m_byUnits->setObjectName(QStringLiteral("bulletinUnitsChoice"));
    m_byUnits->setChecked(true);
    layout->addWidget(m_byUnits);
    m_units = new QListWidget(this);
    m_units->setObjectName(QStringLiteral("bulletinUnitList"));
    m_units->setMinimumHeight(140);
    try {
        // By code: the township, then each community followed by its grids
        // (a grid's code is its community's plus three digits); a bulletin's
        // area is made of boundaries, so units without one are not offered.
        QVector<AdminUnit> units = session.store().unitsWithBoundary();
        std::sort(units.begin(), units.end(), [](const AdminUnit &a, const AdminUnit &b) { return a.code < b.code; });
        for (const AdminUnit &u : units) {
            if (u.level < AdminLevel::Township)
                continue;
            const int indent = (int(u.level) - int(AdminLevel::Township)) * 4;
            auto *item = new QListWidgetItem(QString(indent, QLatin1Char(' ')) + u.name, m_units);
            item->setData(Qt::UserRole, u.code);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    } catch (const StoreError &e) {
        m_units->addItem(e.message());
    }
    layout->addWidget(m_units, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("bulletinError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("bulletinPublishButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &BulletinDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BulletinDialog::reject);
    connect(m_draw, &QPushButton::clicked, this, [this] {
        m_drawn->setChecked(true);
        Q_EMIT drawRequested();
    });
    connect(m_drawn, &QRadioButton::toggled, this, &BulletinDialog::updateArea);
    updateArea();
}

void BulletinDialog::updateArea()
{
    m_units->setEnabled(m_byUnits->isChecked());
    m_areaState->setText(m_area.isEmpty() ? tr("nothing drawn yet") : tr("area drawn (%n corners)", nullptr,
                                                                            int(m_area.polygons.first().rings.first().size() - 1)));
}

void BulletinDialog::setDrawnArea(const MultiPolygon &area)
{
    m_area = area;
    m_drawn->setChecked(true);
    updateArea();
}

Bulletin BulletinDialog::draft() const
{
    Bulletin b;
    b.level = BulletinLevel(m_level->currentData().toInt());
    b.title = m_title->text();
    b.text = m_text->toPlainText();
    b.validFrom = utcOf(m_from);
    b.validTo = utcOf(m_to);
    if (m_drawn->isChecked()) {
        b.area = m_area;
    } else {
        for (int i = 0; i < m_units->count(); ++i)
            if (m_units->item(i)->checkState() == Qt::Checked)
                b.unitCodes << m_units->item(i)->data(Qt::UserRole).toString();
    }
    return b;
}

void BulletinDialog::accept()
{
    const QString problem = m_publisher ? m_publisher(draft()) : QString();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace griddesk::app
