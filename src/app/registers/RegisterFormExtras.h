#pragma once
// The parts of a register form beyond its own fields: a dispute's parties
// and linked cases, a key person's visits with "Record Visit", an
// organisation's linked cases and the residents of a house. They keep
// other records, so they work on a record already saved; a new record's
// form says so and offers them once it is saved.

namespace griddesk::app {

class RegisterForm;
class RegistersModule;

namespace registerformextras {

void attach(RegisterForm &form, RegistersModule &module);

} // namespace registerformextras
} // namespace griddesk::app
