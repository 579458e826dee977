#pragma once
// What an import reads from the database once, before the first row, so
// that a row is placed and checked without a query: the grids the importer
// may write (by location through a GridLocator, by code and by name), the
// houses by code (a resident takes their house's grid and place), the
// disputes by ledger number (a party takes its dispute's grid), and the keys
// already registered (on a server, asked in batches instead: logins cannot
// read ID numbers). place() is called from the reading thread.

#include "GridLocator.h"
#include "RegisterProblem.h"
#include "RegisterRecord.h"

#include <QHash>
#include <QPointF>
#include <QSet>

#include <optional>

namespace griddesk {

class SqlSession;

class ImportLookups
{
public:
    // Reads what `kind` needs, as the session's person sees it.
    ImportLookups(SqlSession &session, RegisterKind kind);
    ~ImportLookups();

    // Finds the record's grid (and a resident's place from their house);
    // the problems when it has none the importer may write.
    void place(RegisterRecord &r, const std::optional<QPointF> &lonLat, const QByteArray &footprint,
               const QString &gridText, RegisterProblems &problems) const;
    // The key that makes a record a duplicate (empty when it has none).
    static QString keyOf(const RegisterRecord &r);
    // The column the key is in (for reports).
    static QString keyColumn(RegisterKind kind);
    // Whether a key is registered already (only when keysKnown()).
    bool isTaken(const QString &key) const { return m_taken.contains(key); }
    bool keysKnown() const { return m_keysKnown; }
    void noteTaken(const QString &key) { m_taken.insert(key); }

private:
    struct Grid {
        QString code, community, township;
    };
    const Grid *gridByText(const QString &text) const;

    RegisterKind m_kind;
    bool m_limited = false;
    std::unique_ptr<GridLocator> m_locator;   // every grid of the scope
    QHash<QString, Grid> m_grids;             // by code
    QHash<QString, QString> m_gridNames;      // name and short name -> code
    QSet<QString> m_writable;                 // grid codes the importer may write
    struct House {
        QString grid;
        std::optional<QPointF> at;
    };
    QHash<QString, House> m_houses;
    QHash<QString, QString> m_parents;        // a dispute's ledger number -> grid
    QSet<QString> m_taken;
    bool m_keysKnown = false;
};

} // namespace griddesk
