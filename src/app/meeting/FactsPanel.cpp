#include "FactsPanel.h"
#include "SlideText.h"

#include <QLabel>

namespace griddesk::app {

FactsPanel::FactsPanel(QWidget *parent)
    : QWidget(parent)
    , m_more(new QLabel(this))
    , m_none(new QLabel(this))
    , m_look(QSize(1920, 1080), 1.0, SlideTheme::Light)
{
    setObjectName(QStringLiteral("slideFacts"));
    m_more->setObjectName(QStringLiteral("slideFactsMore"));
    m_none->setObjectName(QStringLiteral("slideFactsNone"));
    m_more->hide();
    m_none->hide();
}

void FactsPanel::setFacts(const QStringList &facts)
{
    m_facts = facts;
    while (m_lines.size() < facts.size()) {
        auto *bullet = new QLabel(QStringLiteral("\u25A0"), this);
        bullet->setObjectName(QStringLiteral("slideFactBullet%1").arg(m_bullets.size()));
        auto *line = new QLabel(this);
        line->setObjectName(QStringLiteral("slideFact%1").arg(m_lines.size()));
        m_bullets << bullet;
        m_lines << line;
    }
    relayout();
}

void FactsPanel::setLook(const SlideLook &look)
{
    m_look = look;
    relayout();
}

QString FactsPanel::moreText() const
{
    return m_more->isVisibleTo(this) ? m_more->text() : QString();
}

int FactsPanel::preferredHeight(int width) const
{
    const int textWidth = std::max(1, width - m_look.px(46));
    int h = 0;
    for (const QString &fact : m_facts)
        h += slidetext::heightFor(fact, m_look.body(), textWidth) + m_look.px(18);
    return h;
}

void FactsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void FactsPanel::relayout()
{
    const QFont body = m_look.body();
    const int w = width();
    const int bulletWidth = m_look.px(46);
    const int gap = m_look.px(18);
    const int textWidth = std::max(1, w - bulletWidth);
    slidetext::style(m_more, body, m_look.muted());
    slidetext::style(m_none, body, m_look.muted());
    for (int i = 0; i < m_lines.size(); ++i) {
        QFont bulletFont = body;
        bulletFont.setPixelSize(std::max(1, body.pixelSize() / 2));
        slidetext::style(m_bullets.at(i), bulletFont, m_look.accent());
        slidetext::style(m_lines.at(i), body, m_look.ink());
        m_bullets.at(i)->hide();
        m_lines.at(i)->hide();
    }
    m_more->hide();
    m_none->hide();
    if (m_facts.isEmpty()) {
        slidetext::place(m_none, tr("No facts for this item."), QRect(0, 0, w, height()));
        m_shown = 0;
        return;
    }
    const int n = m_facts.size();
    const int lineHeight = QFontMetrics(body).height();
    int y = 0;
    m_shown = 0;
    for (int i = 0; i < n; ++i) {
        const int need = slidetext::heightFor(m_facts.at(i), body, textWidth);
        // Room for the "more" line below, unless this is the last fact.
        const int reserve = i + 1 < n ? lineHeight + gap : 0;
        const bool fitsHere = y + need + reserve <= height();
        if (!fitsHere && i > 0)
            break;
        // A first fact taller than the panel is cut, with the whole in its tooltip.
        const QRect area(bulletWidth, y, textWidth, fitsHere ? need : std::max(lineHeight, height() - y - reserve));
        const int used = slidetext::place(m_lines.at(i), m_facts.at(i), area);
        QLabel *bullet = m_bullets.at(i);
        bullet->setGeometry(0, y, bulletWidth, lineHeight);
        bullet->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        bullet->show();
        y += used + gap;
        ++m_shown;
    }
    if (m_shown < n)
        slidetext::place(m_more, tr("%n more", "facts that do not fit on the slide", n - m_shown),
            QRect(bulletWidth, y, textWidth, std::max(lineHeight, height() - y)));
}

} // namespace griddesk::app
