#pragma once
// The reporter's evaluation of a closed case (满意/基本满意/不满意).

#include <QString>
#include <QVector>

namespace griddesk {

enum class Satisfaction { Satisfied, BasicallySatisfied, Dissatisfied };

namespace satisfaction {

const QVector<Satisfaction> &all();
QString code(Satisfaction s);
bool fromCode(const QString &code, Satisfaction *s);
QString displayName(Satisfaction s); // translated

} // namespace satisfaction
} // namespace griddesk
