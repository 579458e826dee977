#pragma once
// Brings boundaries read from a file into the store, for administrators, in
// one transaction: every parent must be stored, the grid topology check runs
// over the picture the import would leave (the affected communities with
// their grids), and problems it brings (not those already there) refuse the
// import unless an administrator overrides them with a justification, which
// is recorded. Stored units take
// the file's geometry; new codes become new units. applyBoundaries() is the
// one place that writes.

#include "BoundarySet.h"
#include "topology/TopologyCheck.h"

#include <QCoreApplication>
#include <QHash>

namespace griddesk {
class Store;
}

namespace griddesk::boundaries {

class BoundaryImport
{
    Q_DECLARE_TR_FUNCTIONS(BoundaryImport)

public:
    struct Outcome {
        int added = 0;     // new units
        int updated = 0;   // stored units whose boundary changed
        int unchanged = 0; // stored units that already had this boundary
        topology::TopologyReport check; // the affected communities as the import leaves them
        // The check's problems that the import brings (those already there
        // before it do not stop it); any of them refuse it unless overridden.
        QVector<topology::TopologyProblem> problems;
        bool written = false;    // false: refused for those problems, nothing written
        bool overridden = false; // written despite problems, with the justification recorded
        bool cancelled = false;  // stopped during the check: nothing written
    };

    explicit BoundaryImport(Store &store, const topology::TopologyOptions &options = {});

    // Follows the topology check (done of total steps).
    void setProgress(topology::TopologyCheck::Progress progress) { m_progress = std::move(progress); }
    // Asked during the topology check; true stops the import with nothing written.
    void setCancelled(topology::TopologyCheck::Cancelled cancelled) { m_cancelled = std::move(cancelled); }

    // Throws StoreError: not an administrator, or features naming unknown
    // parents or codes stored at another level (nothing written). When the
    // check finds problems and `justification` is empty, returns them with
    // nothing written.
    Outcome run(const BoundarySet &set, const QString &justification = {});

private:
    struct Applied {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
    };
    // The one function that writes an import, inside run()'s transaction:
    // new codes are inserted into admin_units, stored codes whose boundary
    // differs take the new geometry (names stay), and each of them gets a
    // new version in unit_versions from today (change "imported"), carrying
    // the justification and the number of problems it let through when the
    // import was overridden (empty and 0 otherwise). Unchanged units are left alone.
    Applied applyBoundaries(const QVector<BoundaryFeature> &features, const QHash<QString, AdminUnit> &stored,
                            const QString &justification, int overridden);

    Store &m_store;
    topology::TopologyOptions m_options;
    topology::TopologyCheck::Progress m_progress;
    topology::TopologyCheck::Cancelled m_cancelled;
};

} // namespace griddesk::boundaries
