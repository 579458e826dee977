#pragma once
// Register tables read from CSV: writes an N-row, 12-column residents table
// to /tmp through TableSink (UTF-8 and GBK) and prints how fast TableSource
// streams it back, open (with its scan of the file) included.

#include <QTextStream>

namespace griddesk::bench {

// Returns 0 when every row came back with its values.
int runTableReadBench(qint64 rows, QTextStream &out);

} // namespace griddesk::bench
