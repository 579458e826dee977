#pragma once
// What a register list shows: text searched in the register's search
// columns, values that must match (codes such as resident_type = floating),
// a grid or community, and a page of rows. An empty query lists everything
// in the reader's scope.

#include "RegisterKind.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace griddesk {

struct RegisterQuery {
    QString text;                    // searched in RegisterSpec::searchColumns (and, for residents, the full ID number)
    QHash<QString, QString> equals;  // column -> stored value (a code)
    QString unitCode;                // a grid, community or township code; empty: the whole scope
    QString parentKey;               // child registers: the parent's key (a dispute's ledger_no, a key person's id)
    bool overdueOnly = false;        // key persons whose next visit is past due
    QString dateColumn;              // a date field kept within [from, to] (the work log's week); empty: none
    QDate from, to;
    int limit = 0;                   // 0: every row
    int offset = 0;
};

} // namespace griddesk
