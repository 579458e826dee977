#include "RegisterProblem.h"

namespace griddesk {

QString RegisterProblem::text() const
{
    return RegisterProblemText::text(*this);
}

QString RegisterProblem::line(const QString &fieldName) const
{
    QString where;
    if (row > 0)
        where = RegisterProblemText::tr("row %1").arg(row);
    if (!fieldName.isEmpty())
        where = where.isEmpty() ? fieldName : RegisterProblemText::tr("%1, %2").arg(where, fieldName);
    return where.isEmpty() ? text() : RegisterProblemText::tr("%1: %2").arg(where, text());
}

QString RegisterProblemText::text(const RegisterProblem &p)
{
    const QString v = p.value;
    switch (p.code) {
    case RegisterProblem::Code::Required: return tr("a value is needed");
    case RegisterProblem::Code::TooLong: return tr("longer than %1 characters").arg(p.param);
    case RegisterProblem::Code::UnknownCode: return tr("\"%1\" is not one of: %2").arg(v, p.param);
    case RegisterProblem::Code::IdShape: return tr("\"%1\" is not an 18-character citizen ID number").arg(v);
    case RegisterProblem::Code::IdCheckDigit:
        return tr("the check character of %1 is wrong (it should be %2)").arg(v, p.param);
    case RegisterProblem::Code::IdBirthDate:
        return tr("the birth date in %1 does not exist (%2)").arg(v, p.param);
    case RegisterProblem::Code::IdFutureBirth: return tr("the birth date in %1 lies in the future").arg(v);
    case RegisterProblem::Code::DocumentNumber:
        return tr("\"%1\" is not a document number (5 to 30 letters and digits)").arg(v);
    case RegisterProblem::Code::Phone:
        return tr("\"%1\" is not a mobile number (11 digits starting 13-19) or a landline with area code").arg(v);
    case RegisterProblem::Code::CreditCode:
        return p.param.isEmpty() ? tr("\"%1\" is not an 18-character unified social credit code").arg(v)
                                 : tr("the check character of %1 is wrong (it should be %2)").arg(v, p.param);
    case RegisterProblem::Code::BadDate: return tr("\"%1\" is not a date (yyyy-mm-dd)").arg(v);
    case RegisterProblem::Code::FutureDate: return tr("%1 lies in the future").arg(v);
    case RegisterProblem::Code::BadNumber: return tr("\"%1\" is not a number").arg(v);
    case RegisterProblem::Code::NoLocation:
        return tr("no location: give coordinates, a grid, or a house that has a location");
    case RegisterProblem::Code::BadCoordinates: return tr("the coordinates cannot be read: %1").arg(p.param);
    case RegisterProblem::Code::OutsideGrids: return tr("the location (%1) lies outside every grid").arg(v);
    case RegisterProblem::Code::OutsideScope:
        return p.param.isEmpty() ? tr("the location (%1) lies outside the grids of your area").arg(v)
                                 : tr("grid %1 lies outside your area").arg(p.param);
    case RegisterProblem::Code::UnknownGrid: return tr("\"%1\" is not a grid of this database").arg(v);
    case RegisterProblem::Code::UnknownReference: return tr("\"%1\" is not in the register of %2").arg(v, p.param);
    case RegisterProblem::Code::DuplicateStored: return tr("\"%1\" is already registered (%2)").arg(v, p.param);
    case RegisterProblem::Code::DuplicateInFile: return tr("\"%1\" repeats row %2").arg(v, p.param);
    case RegisterProblem::Code::DerivedMismatch:
        return tr("\"%1\" disagrees with the ID number, which gives %2").arg(v, p.param);
    }
    return {};
}

} // namespace griddesk
