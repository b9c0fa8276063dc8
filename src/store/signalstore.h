#pragma once

#include "core/energysignals.h"

#include <QDate>
#include <QString>
#include <map>
#include <optional>

namespace dialoog {

class Database;

// What the signal rules read (scores of held conversations, goals with their last
// review, dismissals), and the dismissals the manager writes. The list reads everyone
// at start, so reading is three queries for everyone, or for one person after a save.
class SignalStore final
{
public:
    explicit SignalStore(Database &db) : m_db(db) {}

    // Per employee; someone with nothing recorded is missing (the rules need nothing
    // from the store for them). Start date and archived are the caller's to fill in.
    std::map<Id, SignalInput> inputs();
    SignalInput inputOf(Id employeeId);

    // The day the signal was put aside, if it was.
    std::optional<QDate> dismissedOn(Id employeeId, const QString &signal);
    // Puts the signal aside on `on`, or takes the dismissal back when `on` is empty.
    void setDismissed(Id employeeId, const QString &signal, const std::optional<QDate> &on);

private:
    std::map<Id, SignalInput> read(Id employeeId);

    Database &m_db;
};

} // namespace dialoog
