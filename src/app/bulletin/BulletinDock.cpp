#include "BulletinDock.h"
#include "BulletinLevelNames.h"
#include "FieldPresenter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace griddesk::app {

BulletinDock::BulletinDock(QWidget *parent)
    : QDockWidget(tr("Security bulletins"), parent)
{
    setObjectName(QStringLiteral("bulletinDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(8, 6, 8, 6);
    auto *buttons = new QHBoxLayout;
    m_publish = new QPushButton(tr("Publish…"), body);
    m_publish->setObjectName(QStringLiteral("bulletinPublishDockButton"));
    m_withdraw = new QPushButton(tr("Withdraw"), body);
    m_withdraw->setObjectName(QStringLiteral("bulletinWithdrawButton"));
    m_withdraw->setEnabled(false);
    buttons->addWidget(m_publish);
    buttons->addWidget(m_withdraw);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_table = new QTableWidget(0, 5, body);
    m_table->setObjectName(QStringLiteral("bulletinTable"));
    m_table->setHorizontalHeaderLabels({tr("Level"), tr("Title"), tr("From"), tr("Until"), tr("Code")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    setWidget(body);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        Q_EMIT zoomRequested(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
}

qint64 BulletinDock::selectedId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : m_table->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

void BulletinDock::setBulletins(const QVector<Bulletin> &current)
{
    const qint64 keep = selectedId();
    m_table->setRowCount(0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Bulletin &b : current) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto *level = new QTableWidgetItem(bulletinlevel::displayName(b.level));
        level->setData(Qt::UserRole, b.id);
        level->setBackground(QColor(bulletinlevel::colour(b.level)));
        level->setForeground(b.level == BulletinLevel::Yellow ? QColor(26, 26, 26) : QColor(Qt::white));
        auto *title = new QTableWidgetItem(b.isActive(now) ? b.title : tr("%1 (not yet in force)").arg(b.title));
        title->setToolTip(b.text);
        m_table->setItem(r, 0, level);
        m_table->setItem(r, 1, title);
        m_table->setItem(r, 2, new QTableWidgetItem(FieldPresenter::formatTime(b.validFrom)));
        m_table->setItem(r, 3, new QTableWidgetItem(FieldPresenter::formatTime(b.validTo)));
        m_table->setItem(r, 4, new QTableWidgetItem(b.code));
        if (b.id == keep)
            m_table->selectRow(r);
    }
    m_table->resizeColumnsToContents();
}

} // namespace griddesk::app
