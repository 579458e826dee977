#include "DemoNames.h"
#include "PersonalData.h"

namespace griddesk::demo {

const TownshipNames &shijiuSubdistrict()
{
    static const TownshipNames names = [] {
        TownshipNames n;
        n.district = {QStringLiteral("371102000000"), QStringLiteral("东港区")};
        n.township = {QStringLiteral("371102002000"), QStringLiteral("石臼街道")};
        const char *const communities[][2] = {
            {"371102002017", "林海社区居委会"}, {"371102002020", "荣安社区居委会"},
            {"371102002021", "望海社区居委会"}, {"371102002025", "津海社区居委会"},
            {"371102002026", "幸福社区居委会"}, {"371102002027", "滨海社区居委会"},
            {"371102002028", "海景社区居委会"}, {"371102002029", "凤凰社区居委会"},
            {"371102002030", "碧海社区居委会"}, {"371102002031", "银海社区居委会"},
            {"371102002032", "云海社区居委会"}, {"371102002033", "盛海社区居委会"},
            {"371102002034", "翔海社区居委会"}, {"371102002035", "金港社区居委会"},
        };
        for (const auto &c : communities)
            n.communities.push_back({QString::fromUtf8(c[0]), QString::fromUtf8(c[1])});
        n.centerLon = 119.528;
        n.centerLat = 35.392;
        return n;
    }();
    return names;
}

namespace {
const QString kSurnames = QStringLiteral("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎");
const QString kGiven = QStringLiteral("建国明华秀英志强玉兰海涛丽娟文杰桂芳晓东春梅立新淑珍伟红军霞");
} // namespace

QString personName(std::mt19937 &rng)
{
    std::uniform_int_distribution<int> s(0, kSurnames.size() - 1), g(0, kGiven.size() - 1), len(1, 2);
    QString n(kSurnames.at(s(rng)));
    const int l = len(rng);
    for (int i = 0; i < l; ++i)
        n += kGiven.at(g(rng));
    return n;
}

QString mobilePhone(std::mt19937 &rng)
{
    static const char *const prefixes[] = {"133", "135", "138", "139", "150", "158", "177", "186", "189"};
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const int prefix = int(unit(rng) * 9) % 9;
    return QString::fromLatin1(prefixes[prefix]) + QStringLiteral("%1").arg(int(unit(rng) * 1e8), 8, 10, QLatin1Char('0'));
}

QString idNumber(const QString &region, const QDate &birth, QHash<QDate, int> &next)
{
    const int sequence = next[birth]++;
    const QString first17 = region + birth.toString(QStringLiteral("yyyyMMdd"))
                            + QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + personaldata::idCheckCharacter(first17);
}

QString shortCommunityName(const QString &official)
{
    QString s = official;
    if (s.endsWith(QStringLiteral("居委会")))
        s.chop(3);
    else if (s.endsWith(QStringLiteral("村民委员会")))
        s.chop(5);
    else if (s.endsWith(QStringLiteral("村委会")))
        s.chop(3);
    return s;
}

} // namespace griddesk::demo
