#include "RegisterValidator.h"
#include "Compat.h"
#include "CreditCode.h"
#include "PersonalData.h"

#include <algorithm>

namespace griddesk::registervalidator {

namespace {

bool isEmpty(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return true;
    if (compat::variantTypeId(v) != QMetaType::QString)
        return false;
    const QString &text = *static_cast<const QString *>(v.constData());
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

QString codeList(const RegisterField &field)
{
    QStringList names;
    for (const CodeOption &o : field.codes)
        names << o.chinese;
    return names.join(QStringLiteral("、"));
}

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

bool fail(RegisterProblem *problem, const RegisterField &field, RegisterProblem::Code code, const QString &value,
          const QString &param = {})
{
    if (problem) {
        problem->field = field.column;
        problem->code = code;
        problem->value = value;
        problem->param = param;
    }
    return false;
}

bool checkIdNumber(const RegisterField &field, QVariant &value, const QDate &today, RegisterProblem *problem,
                   QDate *birthOut = nullptr)
{
    const QString id = personaldata::normalizeIdNumber(value.toString());
    QDate birth;
    switch (personaldata::idNumberFault(id, today, &birth)) {
    case personaldata::IdNumberFault::None:
        value = id;
        if (birthOut)
            *birthOut = birth;
        return true;
    case personaldata::IdNumberFault::Shape:
        return fail(problem, field, RegisterProblem::Code::IdShape, personaldata::maskIdNumber(id));
    case personaldata::IdNumberFault::BirthDate:
        return fail(problem, field, RegisterProblem::Code::IdBirthDate, personaldata::maskIdNumber(id),
                    id.mid(6, 4) + QLatin1Char('-') + id.mid(10, 2) + QLatin1Char('-') + id.mid(12, 2));
    case personaldata::IdNumberFault::FutureBirth:
        return fail(problem, field, RegisterProblem::Code::IdFutureBirth, personaldata::maskIdNumber(id));
    case personaldata::IdNumberFault::CheckDigit:
        return fail(problem, field, RegisterProblem::Code::IdCheckDigit, personaldata::maskIdNumber(id),
                    QString(personaldata::idCheckCharacter(id.left(17))));
    }
    return true;
}

// Where the fields a resident's check looks at sit in the register's order.
struct ResidentColumns {
    int type, id, sex, birth;
};

const ResidentColumns &residentColumns()
{
    static const ResidentColumns c = [] {
        const RegisterSpec &spec = registercatalog::spec(RegisterKind::Residents);
        return ResidentColumns{spec.indexOf(QStringLiteral("resident_type")), spec.indexOf(QStringLiteral("id_number")),
                               spec.indexOf(QStringLiteral("sex")), spec.indexOf(QStringLiteral("birth_date"))};
    }();
    return c;
}

} // namespace

QDate parseDate(const QString &raw)
{
    QString t = raw.trimmed();
    if (t.size() > 10 && (t.at(10) == QLatin1Char('T') || t.at(10) == QLatin1Char(' ')))
        t = t.left(10); // a date and time: its day
    t.replace(QStringLiteral("年"), QStringLiteral("-"));
    t.replace(QStringLiteral("月"), QStringLiteral("-"));
    t.remove(QStringLiteral("日"));
    t.replace(QLatin1Char('/'), QLatin1Char('-'));
    t.replace(QLatin1Char('.'), QLatin1Char('-'));
    if (t.size() == 8 && !t.contains(QLatin1Char('-')))
        return QDate::fromString(t, QStringLiteral("yyyyMMdd"));
    const QStringList parts = t.split(QLatin1Char('-'));
    if (parts.size() != 3 || parts[0].size() != 4)
        return {};
    bool ok1 = false, ok2 = false, ok3 = false;
    const QDate d(parts[0].toInt(&ok1), parts[1].toInt(&ok2), parts[2].toInt(&ok3));
    return ok1 && ok2 && ok3 ? d : QDate();
}

QString masked(const RegisterField &field, const QString &value)
{
    if (value.isEmpty())
        return value;
    switch (field.kind) {
    case FieldKind::IdNumber: return personaldata::maskIdNumber(value);
    case FieldKind::Phone: return personaldata::maskPhone(value);
    default: return value;
    }
}

bool normalize(const RegisterField &field, QVariant &value, const QDate &today, RegisterProblem *problem)
{
    // A masked value (as GridDesk's exports write them) is a value withheld.
    if (isEmpty(value) || (field.personal && value.toString().contains(QLatin1Char('*')))) {
        value = QVariant();
        return true;
    }
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
    case FieldKind::Reference: {
        if (field.kind == FieldKind::Reference && field.reference == RegisterKind::KeyPersons) {
            bool ok = false;
            const qlonglong id = value.toLongLong(&ok);
            if (!ok || id <= 0)
                return fail(problem, field, RegisterProblem::Code::BadNumber, value.toString());
            value = id;
            return true;
        }
        const QString t = value.toString().trimmed();
        if (field.maxLength > 0 && t.size() > field.maxLength)
            return fail(problem, field, RegisterProblem::Code::TooLong, t.left(20), QString::number(field.maxLength));
        value = t;
        return true;
    }
    case FieldKind::Date: {
        const QDate d = compat::variantTypeId(value) == QMetaType::QDate ? value.toDate()
                        : compat::variantTypeId(value) == QMetaType::QDateTime ? value.toDateTime().date()
                                                             : parseDate(value.toString());
        if (!d.isValid())
            return fail(problem, field, RegisterProblem::Code::BadDate, value.toString());
        if (d > today.addYears(1))
            return fail(problem, field, RegisterProblem::Code::FutureDate, dateText(d));
        value = d;
        return true;
    }
    case FieldKind::Integer: {
        bool ok = false;
        const qlonglong n = value.toString().trimmed().toLongLong(&ok);
        if (!ok || n < 0)
            return fail(problem, field, RegisterProblem::Code::BadNumber, value.toString());
        value = n;
        return true;
    }
    case FieldKind::Decimal: {
        bool ok = false;
        const double n = value.toString().trimmed().toDouble(&ok);
        if (!ok || n < 0)
            return fail(problem, field, RegisterProblem::Code::BadNumber, value.toString());
        value = n;
        return true;
    }
    case FieldKind::Code: {
        const QString code = field.codeFor(value.toString());
        if (code.isEmpty())
            return fail(problem, field, RegisterProblem::Code::UnknownCode, value.toString().left(30), codeList(field));
        value = code;
        return true;
    }
    case FieldKind::IdNumber:
        return checkIdNumber(field, value, today, problem);
    case FieldKind::Phone: {
        const QString p = personaldata::normalizePhone(value.toString());
        if (!personaldata::isValidPhone(p))
            return fail(problem, field, RegisterProblem::Code::Phone, personaldata::maskPhone(p));
        value = p;
        return true;
    }
    case FieldKind::CreditCode: {
        const QString c = creditcode::normalize(value.toString());
        if (!creditcode::hasShape(c))
            return fail(problem, field, RegisterProblem::Code::CreditCode, c);
        const QChar check = creditcode::checkCharacter(c);
        if (check != c.at(17))
            return fail(problem, field, RegisterProblem::Code::CreditCode, c, QString(check));
        value = c;
        return true;
    }
    }
    return true;
}

RegisterProblems check(RegisterRecord &record, const QDate &today)
{
    const RegisterSpec &spec = registercatalog::spec(record.kind);
    record.values.resize(spec.fields.size());
    RegisterProblems problems;
    const bool resident = record.kind == RegisterKind::Residents;
    const int typeIndex = resident ? residentColumns().type : -1;
    // The type first: it decides how the ID number is read.
    bool typeOk = false;
    RegisterProblem typeProblem;
    if (typeIndex >= 0)
        typeOk = normalize(spec.fields[typeIndex], record.values[typeIndex], today, &typeProblem);
    const bool foreign = typeOk && record.values[typeIndex].toString() == QLatin1String("foreign");
    // Without an ID number a resident's sex and birth date are as given.
    const int idIndex = resident ? residentColumns().id : -1;
    const bool hasId = idIndex >= 0 && !isEmpty(record.values[idIndex])
                       && !record.values[idIndex].toString().contains(QLatin1Char('*'));
    bool idOk = false;
    QDate birth; // from a valid ID number
    for (int i = 0; i < spec.fields.size(); ++i) {
        const RegisterField &field = spec.fields[i];
        QVariant &value = record.values[i];
        RegisterProblem problem;
        if (field.derived && resident && !foreign && hasId)
            continue; // from the ID number, below
        if (i == typeIndex) {
            if (!typeOk)
                problems.push_back(typeProblem);
            else if (field.required && value.isNull())
                problems.push_back({0, field.column, RegisterProblem::Code::Required, {}, {}});
            continue;
        }
        if (i == idIndex && hasId && !foreign) {
            idOk = checkIdNumber(field, value, today, &problem, &birth);
            if (!idOk)
                problems.push_back(problem);
            continue;
        }
        if (resident && foreign && field.kind == FieldKind::IdNumber) {
            // A passport or other document: letters and digits, no check character.
            const QString doc = value.toString().contains(QLatin1Char('*')) ? QString() : value.toString().trimmed().toUpper();
            static const auto alnum = [](QChar c) { return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                                                           || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')); };
            if (doc.isEmpty()) {
                value = QVariant();
                continue;
            }
            if (doc.size() < 5 || doc.size() > 30 || !std::all_of(doc.begin(), doc.end(), alnum)) {
                problems.push_back({0, field.column, RegisterProblem::Code::DocumentNumber,
                                    personaldata::maskIdNumber(doc), {}});
            }
            value = doc;
            continue;
        }
        if (!normalize(field, value, today, &problem)) {
            problems.push_back(problem);
            continue;
        }
        if (field.required && value.isNull())
            problems.push_back({0, field.column, RegisterProblem::Code::Required, {}, {}});
    }
    if (resident && !foreign && hasId) {
        const int sexIndex = residentColumns().sex;
        const int birthIndex = residentColumns().birth;
        if (idOk) {
            const QString id = record.values[idIndex].toString();
            const QString sex = personaldata::idNumberIsMale(id) ? QStringLiteral("male") : QStringLiteral("female");
            // A file's own sex or birth date must agree with the number.
            QVariant given = record.values[sexIndex];
            if (!isEmpty(given) && spec.fields[sexIndex].codeFor(given.toString()) != sex)
                problems.push_back({0, QStringLiteral("sex"), RegisterProblem::Code::DerivedMismatch, given.toString(),
                                    spec.fields[sexIndex].codeLabel(sex)});
            given = record.values[birthIndex];
            if (!isEmpty(given)) {
                const QDate d = compat::variantTypeId(given) == QMetaType::QDate ? given.toDate() : parseDate(given.toString());
                if (d != birth)
                    problems.push_back({0, QStringLiteral("birth_date"), RegisterProblem::Code::DerivedMismatch,
                                        given.toString(), dateText(birth)});
            }
            record.values[sexIndex] = sex;
            record.values[birthIndex] = birth;
        } else {
            record.values[sexIndex] = QVariant();
            record.values[birthIndex] = QVariant();
        }
    }
    return problems;
}

} // namespace griddesk::registervalidator
