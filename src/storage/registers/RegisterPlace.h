#pragma once
// Where a single register record lies, found through the database: its grid
// from its location (the current grids), else from its house (residents) or
// parent record (parties, visits), else from the grid its row names; with
// the community and township above it. Also the checks of references and
// duplicates that need the stored registers. The import does the same over
// lookups it reads once (RegisterLookups).

#include "RegisterProblem.h"
#include "RegisterRecord.h"

namespace griddesk {

class SqlSession;

namespace registerplace {

// Fills gridCode, communityCode and townshipCode (and a resident's location
// from their house) and returns the problems of place, references and
// duplicates. `limited`: the writer sees part of the township only (a
// location outside it is outside their area rather than every grid).
RegisterProblems resolve(SqlSession &session, RegisterRecord &record, bool limited);

// The community and township of a grid; false when the code is no grid.
bool gridParents(SqlSession &session, const QString &gridCode, QString *community, QString *township);

} // namespace registerplace
} // namespace griddesk
