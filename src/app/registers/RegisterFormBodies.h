#pragma once
// The fields of each register's form, from its .ui file under ui/.

#include "RegisterKind.h"

class QWidget;

namespace griddesk::app::registerforms {

// A new widget holding the register's form fields, each named after its column.
QWidget *createBody(RegisterKind kind, QWidget *parent);

} // namespace griddesk::app::registerforms
