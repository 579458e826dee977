#pragma once
// Why a register record (or a row of an import file) is refused: a code
// with its parameters, named by field and row, and shown in the reader's
// language (text()). Reports and error files are written from these, never
// from stored sentences.

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace griddesk {

struct RegisterProblem {
    enum class Code {
        Required,          // a needed value is missing
        TooLong,           // param: the limit
        UnknownCode,       // param: the accepted values
        IdShape,           // not 17 digits and a check character
        IdCheckDigit,      // param: the right check character
        IdBirthDate,       // the date in the number does not exist (29 February of a common year)
        IdFutureBirth,
        DocumentNumber,    // a foreign national's document number
        Phone,
        CreditCode,        // param: the right check character, or empty for a bad shape
        BadDate,
        FutureDate,
        BadNumber,
        NoLocation,        // neither coordinates, nor a grid, nor a house that has them
        BadCoordinates,    // param: why
        OutsideGrids,      // the location lies in no grid
        OutsideScope,      // param: the grid; not one the person may write
        UnknownGrid,       // param: the code or name given
        UnknownReference,  // param: the key given
        DuplicateStored,   // param: the stored record's key or id
        DuplicateInFile,   // param: the row it repeats
        DerivedMismatch,   // param: the value the ID number gives
    };

    qint64 row = 0;  // 0: not part of a file
    QString field;   // column; empty for the row as a whole
    Code code = Code::Required;
    QString value;   // what was given (masked when personal)
    QString param;

    QString text() const; // translated
    // "row 12, 公民身份号码: …"
    QString line(const QString &fieldName) const;
};

class RegisterProblemText
{
    Q_DECLARE_TR_FUNCTIONS(RegisterProblem)

public:
    static QString text(const RegisterProblem &p);
};

using RegisterProblems = QVector<RegisterProblem>;

} // namespace griddesk
