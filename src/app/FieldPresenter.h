#pragma once
// Turns a feature of one of the console's layers into labelled, readable rows
// (translated field names, state and category names, local times).

#include <QCoreApplication>
#include <QPair>
#include <QString>
#include <QVector>

class QgsFeature;

namespace griddesk {
class Store;
}

namespace griddesk::app {

class ConsoleSession;

class FieldPresenter
{
    Q_DECLARE_TR_FUNCTIONS(FieldPresenter)

public:
    enum class Kind { Incident, Camera, AdminUnit };
    using Rows = QVector<QPair<QString, QString>>;

    explicit FieldPresenter(const ConsoleSession &session);
    // A heading for the feature, e.g. the case number and title.
    QString title(Kind kind, const QgsFeature &f) const;
    Rows rows(Kind kind, const QgsFeature &f) const;
    // The township at a glance, shown when nothing is identified.
    Rows townshipSummary() const;
    // The same from any store (a worker thread's own connection).
    static Rows townshipSummary(const Store &store);

    static QString formatTime(const QVariant &value);
    static QString maskedPhone(const QgsFeature &f);
    static QString maskedIdNumber(const QgsFeature &f);

private:
    const ConsoleSession &m_session;
};

} // namespace griddesk::app
