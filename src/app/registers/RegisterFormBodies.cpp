#include "RegisterFormBodies.h"
#include "ui_DisputeForm.h"
#include "ui_DisputePartyForm.h"
#include "ui_HouseForm.h"
#include "ui_KeyPersonForm.h"
#include "ui_KeyPersonVisitForm.h"
#include "ui_OrganisationForm.h"
#include "ui_ResidentForm.h"
#include "ui_WorkLogForm.h"

namespace griddesk::app::registerforms {

namespace {

// The widgets belong to `body`; the Ui struct only named them while it was built.
template <typename Ui>
QWidget *build(QWidget *parent)
{
    auto *body = new QWidget(parent);
    Ui().setupUi(body);
    return body;
}

} // namespace

QWidget *createBody(RegisterKind kind, QWidget *parent)
{
    switch (kind) {
    case RegisterKind::Residents: return build<Ui::ResidentForm>(parent);
    case RegisterKind::Houses: return build<Ui::HouseForm>(parent);
    case RegisterKind::Disputes: return build<Ui::DisputeForm>(parent);
    case RegisterKind::DisputeParties: return build<Ui::DisputePartyForm>(parent);
    case RegisterKind::KeyPersons: return build<Ui::KeyPersonForm>(parent);
    case RegisterKind::KeyPersonVisits: return build<Ui::KeyPersonVisitForm>(parent);
    case RegisterKind::Organisations: return build<Ui::OrganisationForm>(parent);
    case RegisterKind::WorkLog: return build<Ui::WorkLogForm>(parent);
    }
    return new QWidget(parent);
}

} // namespace griddesk::app::registerforms
