#include "BulletinBanner.h"
#include "BulletinLevelNames.h"
#include "ChinaTime.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

namespace griddesk::app {

namespace {

QString shortLevel(BulletinLevel level)
{
    switch (level) {
    case BulletinLevel::Blue: return BulletinBanner::tr("Blue warning");
    case BulletinLevel::Yellow: return BulletinBanner::tr("Yellow warning");
    case BulletinLevel::Orange: return BulletinBanner::tr("Orange warning");
    case BulletinLevel::Red: return BulletinBanner::tr("Red warning");
    }
    return {};
}
} // namespace

BulletinBanner::BulletinBanner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("bulletinBanner"));
    m_row = new QHBoxLayout(this);
    m_row->setContentsMargins(8, 2, 8, 4);
    m_row->setSpacing(6);
    setVisible(false);
}

QString BulletinBanner::textFor(const Bulletin &b, const QString &title)
{
    const QDateTime until = b.validTo.toOffsetFromUtc(kChinaOffset);
    return tr("%1 · %2 · until %3")
        .arg(shortLevel(b.level), title.isEmpty() ? b.title : title, QLocale().toString(until, QStringLiteral("MM-dd HH:mm")));
}

void BulletinBanner::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTexts();
}

void BulletinBanner::fitTexts()
{
    const QList<QToolButton *> all = items();
    if (all.isEmpty())
        return;
    const int each = (width() - m_row->contentsMargins().left() - m_row->contentsMargins().right()
                      - m_row->spacing() * (all.size() - 1)) / all.size();
    for (QToolButton *item : all) {
        const QString full = item->property("fullText").toString();
        const QString title = item->property("title").toString();
        const QFontMetrics fm(item->font());
        const int room = each - 24; // the padding either side
        QString text = full;
        if (fm.horizontalAdvance(full) > room) {
            const int fixed = fm.horizontalAdvance(QString(full).replace(title, QString()));
            text = QString(full).replace(title, fm.elidedText(title, Qt::ElideRight, qMax(fm.averageCharWidth() * 2, room - fixed)));
        }
        item->setText(text);
    }
}

QList<QToolButton *> BulletinBanner::items() const
{
    return findChildren<QToolButton *>(QStringLiteral("bulletinBannerItem"));
}

void BulletinBanner::setBulletins(const QVector<Bulletin> &active)
{
    for (QToolButton *b : items())
        delete b;
    const int shown = qMin(int(active.size()), kMaxShown);
    for (int i = 0; i < shown; ++i) {
        const Bulletin &b = active[i];
        auto *item = new QToolButton(this);
        item->setObjectName(QStringLiteral("bulletinBannerItem"));
        item->setProperty("bulletinId", b.id);
        QString text = textFor(b);
        if (i == shown - 1 && active.size() > shown)
            text += tr("  (+%n more)", nullptr, int(active.size() - shown));
        item->setText(text);
        item->setProperty("fullText", text);
        item->setProperty("title", b.title);
        item->setToolTip(QStringLiteral("%1 %2\n%3\n%4").arg(b.code, bulletinlevel::displayName(b.level), b.title, b.text));
        item->setToolButtonStyle(Qt::ToolButtonTextOnly);
        item->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        item->setMinimumWidth(0);
        item->setCursor(Qt::PointingHandCursor);
        // Yellow carries dark text; the others white, as on the national warning signs.
        const QString fg = b.level == BulletinLevel::Yellow ? QStringLiteral("#1a1a1a") : QStringLiteral("#ffffff");
        item->setStyleSheet(QStringLiteral("QToolButton { background: %1; color: %2; border: none; border-radius: 3px; "
                                           "padding: 3px 10px; font-weight: bold; text-align: left; }")
                                .arg(bulletinlevel::colour(b.level), fg));
        const qint64 id = b.id;
        connect(item, &QToolButton::clicked, this, [this, id] { Q_EMIT bulletinClicked(id); });
        m_row->addWidget(item, 1);
    }
    setVisible(shown > 0);
    fitTexts();
}

} // namespace griddesk::app
