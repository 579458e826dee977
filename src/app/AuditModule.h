#pragma once
// The audit log for administrators: every write and every reveal of personal
// data, newest first, with a filter and the hash chain's verdict. The log is
// read and checked on a worker thread: from the start when the panel is
// shown or asked to check again, and afterwards, as writes come, only the
// entries after the last checked one, which go on top of the list.

#include "AuditChain.h"
#include "AuditChangeFormatter.h"
#include "FeatureModule.h"

#include <QFutureWatcher>
#include <QVector>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace griddesk {
class Store;
}

namespace griddesk::app {

class ConsoleSession;

class AuditModule : public FeatureModule
{
    Q_OBJECT

public:
    AuditModule(ConsoleSession &session, QObject *parent = nullptr);
    void install(ModuleHost &host) override;

    QDockWidget *dock() const { return m_dock; }
    QTableView *view() const { return m_view; }
    QLabel *verdictLabel() const { return m_verdict; }
    bool isLoading() const;
    // Reads and checks the whole log again.
    void reload();
    // Reads and checks the entries written since the last read (the whole
    // log when there was none, or it was not intact or failed).
    void readNew();

    // How many of the newest entries the dock lists.
    static constexpr int kShown = 2000;

private:
    struct Read {
        bool onlyNew = false; // entries after the last read's head, to put on top
        QVector<AuditEntry> newest;
        QVector<QString> actors;      // as people read them, one per entry
        QVector<QStringList> changes; // field changes, one list per entry
        auditchain::Verdict verdict;
        QString error;
    };
    void read(bool onlyNew);
    void show(const Read &read);
    // The store's codes and logins with their names in the reader's language.
    static AuditChangeFormatter::Names codeNames(const Store &store, const QHash<QString, QString> &units);

    ConsoleSession &m_session;
    QDockWidget *m_dock = nullptr;
    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_verdict = nullptr;
    QTimer *m_debounce = nullptr;
    QFutureWatcher<Read> *m_loader = nullptr;
    auditchain::Verdict m_checked; // the last read's verdict (none: from the start)
    int m_queued = 0; // 1: new entries, 2: the whole log, asked for while a read ran
};

} // namespace griddesk::app
