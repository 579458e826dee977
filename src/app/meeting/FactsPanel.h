#pragma once
// The facts of a slide as a bulleted list, most important first. Each fact
// wraps in full; the facts that no longer fit give way to one line "另有 N 项"
// (N more), so nothing is cut.

#include "SlideLook.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

class QLabel;

namespace griddesk::app {

class FactsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FactsPanel(QWidget *parent = nullptr);

    void setFacts(const QStringList &facts);
    void setLook(const SlideLook &look);
    // How many facts show at the current size (the rest are counted in the "more" line).
    int shownCount() const { return m_shown; }
    QString moreText() const;
    // The height all facts take at `width`, each in full.
    int preferredHeight(int width) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout();

    QStringList m_facts;
    QVector<QLabel *> m_bullets;
    QVector<QLabel *> m_lines;
    QLabel *m_more;
    QLabel *m_none;
    SlideLook m_look;
    int m_shown = 0;
};

} // namespace griddesk::app
