#pragma once
// The list of security bulletins in force or still to start within the
// reader's scope, with publishing and withdrawing for those who may.
// Double-clicking a bulletin shows its area on the map.

#include "Bulletin.h"

#include <QDockWidget>
#include <QVector>

class QPushButton;
class QTableWidget;

namespace griddesk::app {

class BulletinDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit BulletinDock(QWidget *parent = nullptr);
    void setBulletins(const QVector<Bulletin> &current);
    qint64 selectedId() const;
    QTableWidget *table() const { return m_table; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *withdrawButton() const { return m_withdraw; }

Q_SIGNALS:
    void zoomRequested(qint64 id);

private:
    QTableWidget *m_table;
    QPushButton *m_publish;
    QPushButton *m_withdraw;
};

} // namespace griddesk::app
