#include "SignIn.h"
#include "GpkgStore.h"
#include "LoginDialog.h"
#include "StoreError.h"
#include "StoreLocation.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace griddesk::app::signin {

std::optional<StoreOpener> resolve(const StoreLocation &location, QWidget *parent, bool interactive, QString *error)
{
    try {
        std::unique_ptr<Store> store = location.open();
        if (location.isServer()) {
            const std::optional<UserAccount> me = store->currentUser();
            if (!me) {
                *error = QCoreApplication::translate("SignIn",
                                                     "%1: this login is not a GridDesk user on the server. "
                                                     "An administrator adds people with: griddesk-admin user add")
                             .arg(location.describe());
                return std::nullopt;
            }
            return StoreOpener(location, me);
        }
        if (store->users().isEmpty())
            return StoreOpener(location); // one operator, named in the settings
        if (!interactive) {
            *error = QCoreApplication::translate("SignIn", "%1 needs a sign-in").arg(location.path());
            return std::nullopt;
        }
        LoginDialog dialog(*store, QFileInfo(location.path()).fileName(), parent);
        if (dialog.exec() != QDialog::Accepted) {
            error->clear();
            return std::nullopt;
        }
        return StoreOpener(location, dialog.user());
    } catch (const StoreError &e) {
        *error = e.message();
        return std::nullopt;
    }
}

} // namespace griddesk::app::signin
