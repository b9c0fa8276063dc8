#include "icsinvite.h"

#include "store/followupplanner.h"
#include "store/store.h"

#include <QFile>
#include <QSaveFile>
#include <QStringList>
#include <libical/ical.h>
#include <memory>

namespace dialoog {
namespace {

icaltimetype utc(const QDateTime &when)
{
    return icaltime_from_timet_with_zone(time_t(when.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

struct ComponentFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

} // namespace

std::optional<CalendarInvite> IcsInvite::build(Store &store, Id conversationId, const QTime &start,
                                               int minutes, const QLocale &locale, QString *error,
                                               const QString &managerName,
                                               const QString &managerRole)
{
    const std::optional<Conversation> source =
        store.repository<Conversation>().find(conversationId);
    if (!source) {
        *error = tr("There is no conversation %1.").arg(conversationId);
        return std::nullopt;
    }
    std::optional<Conversation> planned;
    if (source->nextFollowUp.isValid())
        planned = FollowUpPlanner(store.database()).plannedFollowUp(*source);
    else if (source->phase != Phase::Finished && source->plannedDate.isValid())
        planned = source;
    if (!planned) {
        *error = source->nextFollowUp.isValid()
                     ? tr("No conversation is planned on the follow-up date %1.")
                           .arg(locale.toString(source->nextFollowUp, QLocale::ShortFormat))
                     : tr("This conversation has no planned next conversation.");
        return std::nullopt;
    }
    const Employee employee = store.employees().get(planned->employeeId);
    CalendarInvite invite;
    invite.conversationId = planned->id;
    invite.uid = QStringLiteral("dialoog-conversation-%1-%2@dialoog.invalid")
                     .arg(employee.id)
                     .arg(planned->id);
    invite.summary = tr("Development conversation with %1").arg(employee.name);
    invite.start =
        QDateTime(planned->plannedDate, start.isValid() ? start : QTime(10, 0)); // local time
    invite.minutes = minutes > 0 ? minutes : 45;

    QStringList lines;
    if (!managerName.isEmpty())
        lines << (managerRole.isEmpty() ? tr("With %1.").arg(managerName)
                                        : tr("With %1, %2.").arg(managerName, managerRole))
              << QString();
    invite.description =
        (lines + openItemLines(store, employee.id, locale)).join(QLatin1Char('\n'));
    return invite;
}

QStringList IcsInvite::openItemLines(Store &store, Id employeeId, const QLocale &locale)
{
    QStringList lines;
    const std::vector<ActionItem> open = store.openActionsOf(employeeId);
    if (open.empty()) {
        lines << tr("No open action items.");
    } else {
        lines << tr("Open action items:");
        for (const ActionItem &item : open) {
            const QString owner = item.owner == Owner::Other && !item.ownerName.isEmpty()
                                      ? item.ownerName
                                      : displayName(item.owner);
            lines << (item.dueDate.isValid()
                          ? tr("- %1 (%2, due %3)")
                                .arg(item.text, owner,
                                     locale.toString(item.dueDate, QLocale::LongFormat))
                          : tr("- %1 (%2)").arg(item.text, owner));
        }
    }
    return lines;
}

QByteArray IcsInvite::serialise(const CalendarInvite &invite, const QDateTime &stamp)
{
    std::unique_ptr<icalcomponent, ComponentFree> calendar(
        icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Dialoog//Dialoog//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));

    icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(event, icalproperty_new_uid(invite.uid.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utc(stamp)));
    icalcomponent_add_property(event, icalproperty_new_dtstart(utc(invite.start)));
    icalcomponent_add_property(
        event, icalproperty_new_duration(icaldurationtype_from_int(invite.minutes * 60)));
    icalcomponent_add_property(event,
                               icalproperty_new_summary(invite.summary.toUtf8().constData()));
    icalcomponent_add_property(
        event, icalproperty_new_description(invite.description.toUtf8().constData()));
    // A development conversation is personal: shared calendars show only "busy".
    icalcomponent_add_property(event, icalproperty_new_class(ICAL_CLASS_PRIVATE));
    icalcomponent_add_component(calendar.get(), event);

    char *text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray result(text);
    icalmemory_free_buffer(text);
    return result;
}

bool IcsInvite::write(const QByteArray &ics, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // personal data: the owner's alone
    file.write(ics);
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString IcsInvite::fileName(const CalendarInvite &invite)
{
    return QStringLiteral("dialoog-conversation-%1.ics").arg(invite.conversationId);
}

} // namespace dialoog
