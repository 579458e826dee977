#pragma once
// The header's banner of the security bulletins in force within the
// reader's scope: one strip per bulletin in its level's colour with the
// level, the title and until when, the most severe first. Clicking one asks
// for the map to show its area. Hidden while no bulletin is in force.

#include "Bulletin.h"

#include <QVector>
#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace griddesk::app {

class BulletinBanner : public QWidget
{
    Q_OBJECT

public:
    // At most this many strips; the rest are counted on the last one.
    static constexpr int kMaxShown = 3;

    explicit BulletinBanner(QWidget *parent = nullptr);
    void setBulletins(const QVector<Bulletin> &active);
    QList<QToolButton *> items() const;
    // The text shown for a bulletin (level, title, until).
    static QString textFor(const Bulletin &b, const QString &title = {});

Q_SIGNALS:
    void bulletinClicked(qint64 id);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Shortens the titles (never the level or the time) to fit the width.
    void fitTexts();

    QHBoxLayout *m_row;
};

} // namespace griddesk::app
