#pragma once
// Checks a new report's fields before anything is written. Location inside the
// township is checked by the store, which knows the grids.

#include "FieldError.h"
#include "NewIncident.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace griddesk {

class NewIncidentValidator
{
    Q_DECLARE_TR_FUNCTIONS(NewIncidentValidator)

public:
    explicit NewIncidentValidator(QStringList knownCategories);
    QVector<FieldError> validate(const NewIncident &incident) const;

    static constexpr int kMaxTitle = 200;
    static constexpr int kMaxText = 4000;

private:
    QStringList m_categories;
};

} // namespace griddesk
