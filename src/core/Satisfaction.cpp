#include "Satisfaction.h"

#include <QCoreApplication>

namespace griddesk::satisfaction {

const QVector<Satisfaction> &all()
{
    static const QVector<Satisfaction> values = {Satisfaction::Satisfied, Satisfaction::BasicallySatisfied,
                                                 Satisfaction::Dissatisfied};
    return values;
}

QString code(Satisfaction s)
{
    switch (s) {
    case Satisfaction::Satisfied: return QStringLiteral("satisfied");
    case Satisfaction::BasicallySatisfied: return QStringLiteral("basically_satisfied");
    case Satisfaction::Dissatisfied: return QStringLiteral("dissatisfied");
    }
    return {};
}

bool fromCode(const QString &value, Satisfaction *s)
{
    for (Satisfaction candidate : all())
        if (code(candidate) == value) {
            if (s)
                *s = candidate;
            return true;
        }
    return false;
}

QString displayName(Satisfaction s)
{
    switch (s) {
    case Satisfaction::Satisfied: return QCoreApplication::translate("Satisfaction", "Satisfied");
    case Satisfaction::BasicallySatisfied: return QCoreApplication::translate("Satisfaction", "Basically satisfied");
    case Satisfaction::Dissatisfied: return QCoreApplication::translate("Satisfaction", "Dissatisfied");
    }
    return {};
}

} // namespace griddesk::satisfaction
