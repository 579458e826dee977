#include "FeatureDetailsDock.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace griddesk::app {

FeatureDetailsDock::FeatureDetailsDock(QWidget *parent)
    : QDockWidget(tr("Details"), parent)
{
    setObjectName(QStringLiteral("featureDetailsDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(8, 6, 8, 6);
    m_kind = new QLabel(body);
    m_kind->setObjectName(QStringLiteral("detailsKind"));
    m_kind->setWordWrap(true);
    m_title = new QLabel(body);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(0, 2, body);
    m_table->setObjectName(QStringLiteral("detailsTable"));
    m_table->horizontalHeader()->setVisible(false);
    m_table->verticalHeader()->setVisible(false);
    // Labels at their width up to half the table; values take the rest and wrap (fitColumns).
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setWordWrap(true);
    m_table->viewport()->installEventFilter(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_kind);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    m_reveal = new QPushButton(tr("Show Personal Data"), body);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setToolTip(tr("Shows the reporter's phone and ID number in full. Each reveal is recorded in the audit log."));
    connect(m_reveal, &QPushButton::clicked, this, &FeatureDetailsDock::revealRequested);
    layout->addWidget(m_reveal);
    setWidget(body);
    clear();
}

void FeatureDetailsDock::showRows(const QString &kind, const QString &title, const FieldPresenter::Rows &rows)
{
    m_reveal->setVisible(false);
    m_kind->setText(kind);
    m_title->setText(title);
    m_table->setRowCount(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        auto *label = new QTableWidgetItem(rows[i].first);
        label->setForeground(QColor(90, 100, 110));
        m_table->setItem(i, 0, label);
        m_table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    fitColumns();
}

void FeatureDetailsDock::fitColumns()
{
    m_table->resizeColumnToContents(0);
    const int cap = m_table->viewport()->width() / 2;
    if (m_table->columnWidth(0) > cap)
        m_table->setColumnWidth(0, cap);
    m_table->resizeRowsToContents();
}

bool FeatureDetailsDock::eventFilter(QObject *watched, QEvent *event)
{
    // After the header has stretched the value column to the new width.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &FeatureDetailsDock::fitColumns, Qt::QueuedConnection);
    return QDockWidget::eventFilter(watched, event);
}

void FeatureDetailsDock::setValue(const QString &label, const QString &value)
{
    for (int i = 0; i < m_table->rowCount(); ++i)
        if (m_table->item(i, 0)->text() == label)
            m_table->item(i, 1)->setText(value);
}

void FeatureDetailsDock::setRevealAvailable(bool available)
{
    m_reveal->setVisible(available);
}

void FeatureDetailsDock::clear()
{
    m_reveal->setVisible(false);
    m_kind->setText(tr("Click a feature on the map with the Identify tool to see its details."));
    m_title->setText(QString());
    m_table->setRowCount(0);
}

QString FeatureDetailsDock::titleText() const
{
    return m_title->text();
}

QString FeatureDetailsDock::valueFor(const QString &label) const
{
    for (int i = 0; i < m_table->rowCount(); ++i)
        if (m_table->item(i, 0)->text() == label)
            return m_table->item(i, 1)->text();
    return {};
}

} // namespace griddesk::app
