#pragma once

#include "core/domainenums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <optional>

namespace dialoog {

class Store;

// A calendar invite for a planned conversation, before it is written as iCalendar.
struct CalendarInvite
{
    Id conversationId = 0; // the planned conversation the invite is for
    QString uid;           // stable per conversation, so a second invite updates the first
    QString summary;
    QString description; // the open action items; never notes, private or not
    QDateTime start;
    int minutes = 45;
};

// Builds and writes the .ics (RFC 5545) invite for the next conversation. libical does
// the format: line folding, escaping, UTC times.
//
// Times are written in UTC: the event happens once, so converting the local start on
// that date (with its daylight-saving rule) to UTC is exact, and it needs no VTIMEZONE
// definition that might disagree with the calendar application's own zone data.
class IcsInvite final
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::IcsInvite)

public:
    // The invite for `conversationId`: a conversation with a follow-up date leads to the
    // planned conversation on that date; one not yet held stands for itself. nullopt,
    // with `error` set, when there is nothing planned to invite to.
    // The description opens with who invites: `managerName` (and `managerRole`), when set.
    static std::optional<CalendarInvite> build(Store &store, Id conversationId, const QTime &start,
                                               int minutes, const QLocale &locale, QString *error,
                                               const QString &managerName = {},
                                               const QString &managerRole = {});
    // The VCALENDAR text; `stamp` is DTSTAMP (when the invite was made).
    static QByteArray serialise(const CalendarInvite &invite, const QDateTime &stamp);
    // Written owner-only (0600), replacing `path` only once complete.
    static bool write(const QByteArray &ics, const QString &path, QString *error);
    static QString fileName(const CalendarInvite &invite);

private:
    static QStringList openItemLines(Store &store, Id employeeId, const QLocale &locale);
};

} // namespace dialoog
