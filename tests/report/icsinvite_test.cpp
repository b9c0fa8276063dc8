#include "report/icsinvite.h"
#include "store/followupplanner.h"
#include "store/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <libical/ical.h>

using namespace dialoog;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("d.sqlite")), Store::Open::CreateIfMissing};
    Employee employee{0, QStringLiteral("Zoë Çelik-Brouwer"), {}, {}, {}, {}, 6, false};
    ConversationRecord held;

    Fixture()
    {
        store.employees().insert(employee);
        held = store.conversations().load(
            store.conversations().create(employee.id, QDate(2024, 2, 29)).id);
        held.conversation.heldDate = QDate(2024, 2, 29);
        held.conversation.phase = Phase::WrapUp;
        held.notes.push_back(Note{0, 0, Phase::WrapUp, QDateTime(QDate(2024, 2, 29), QTime(10, 0)),
                                  QStringLiteral("PRIVATE-worries-about-burnout"), true});
        held.notes.push_back(Note{0, 0, Phase::WrapUp, QDateTime(QDate(2024, 2, 29), QTime(10, 1)),
                                  QStringLiteral("NOTE-public"), false});
        held.actionItems.push_back(
            ActionItem{0,
                       0,
                       QStringLiteral("Cursus 'Coachend leidinggeven' aanvragen bij de "
                                      "opleidingscoördinator, inclusief reëel budget; ook "
                                      "afspraken over één vrije middag per week, café-overleg"),
                       Owner::Employee,
                       {},
                       QDate(2024, 3, 31),
                       {},
                       ActionStatus::Open,
                       0,
                       0});
        held.actionItems.push_back(ActionItem{0,
                                              0,
                                              QStringLiteral("DONE-item"),
                                              Owner::Manager,
                                              {},
                                              {},
                                              QDate(2024, 3, 1),
                                              ActionStatus::Done,
                                              0,
                                              0});
        held.conversation.nextFollowUp = QDate(2024, 4, 11);
        store.conversations().save(held, ConversationRepository::PlanFollowUp::Yes);
    }
};

struct Parsed
{
    icalcomponent *calendar = nullptr;
    icalcomponent *event = nullptr;
    explicit Parsed(const QByteArray &ics) : calendar(icalparser_parse_string(ics.constData()))
    {
        if (calendar)
            event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
    }
    ~Parsed()
    {
        if (calendar)
            icalcomponent_free(calendar);
    }
    Parsed(const Parsed &) = delete;
    Parsed &operator=(const Parsed &) = delete;
    QString text(icalproperty_kind kind) const
    {
        icalproperty *p = icalcomponent_get_first_property(event, kind);
        return p ? QString::fromUtf8(icalproperty_get_value_as_string(p)) : QString();
    }
};

} // namespace

TEST_CASE("the invite parses back with libical, field by field, and holds no private note")
{
    Fixture f;
    const QLocale locale(QLocale::Dutch, QLocale::Netherlands);
    QString error;
    const std::optional<CalendarInvite> invite =
        IcsInvite::build(f.store, f.held.conversation.id, QTime(9, 30), 50, locale, &error);
    REQUIRE(invite);
    const std::optional<Conversation> planned =
        FollowUpPlanner(f.store.database()).plannedFollowUp(f.held.conversation);
    REQUIRE(planned);
    CHECK(invite->conversationId == planned->id);

    const QDateTime stamp(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC);
    const QByteArray ics = IcsInvite::serialise(*invite, stamp);
    Parsed parsed(ics);
    REQUIRE(parsed.calendar);
    REQUIRE(parsed.event);
    CHECK(icalcomponent_count_errors(parsed.calendar) == 0);

    CHECK(QString::fromUtf8(icalcomponent_get_summary(parsed.event)) ==
          QStringLiteral("Development conversation with Zoë Çelik-Brouwer"));
    const icaltimetype start = icalcomponent_get_dtstart(parsed.event);
    CHECK(icaltime_is_utc(start));
    CHECK(qint64(icaltime_as_timet(start)) ==
          QDateTime(QDate(2024, 4, 11), QTime(9, 30)).toSecsSinceEpoch());
    CHECK(icaldurationtype_as_int(icalcomponent_get_duration(parsed.event)) == 50 * 60);
    const icaltimetype end = icalcomponent_get_dtend(parsed.event);
    CHECK(qint64(icaltime_as_timet(end)) ==
          QDateTime(QDate(2024, 4, 11), QTime(10, 20)).toSecsSinceEpoch());
    CHECK(qint64(icaltime_as_timet(icalcomponent_get_dtstamp(parsed.event))) ==
          stamp.toSecsSinceEpoch());
    CHECK(parsed.text(ICAL_CLASS_PROPERTY) == QStringLiteral("PRIVATE"));

    const QString description = QString::fromUtf8(icalcomponent_get_description(parsed.event));
    CHECK(description == invite->description);
    CHECK(description.contains(QStringLiteral(
        "opleidingscoördinator, inclusief reëel budget; ook afspraken over één vrije middag")));
    CHECK(description.contains(locale.toString(QDate(2024, 3, 31), QLocale::LongFormat)));
    CHECK_FALSE(description.contains(QStringLiteral("DONE-item")));
    CHECK_FALSE(ics.contains("PRIVATE-worries"));
    CHECK_FALSE(ics.contains("NOTE-public"));

    // Folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character.
    const QList<QByteArray> lines = ics.split('\n');
    CHECK(lines.size() > 10);
    bool folded = false;
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        CHECK(line.size() <= 75);
        folded = folded || line.startsWith(' ');
        CHECK(QString::fromUtf8(line).toUtf8() == line); // each physical line is whole UTF-8
    }
    CHECK(folded);
    CHECK(ics.contains("\r\n"));
}

TEST_CASE("the invite's UID is stable per conversation and differs between conversations")
{
    Fixture f;
    QString error;
    const auto first =
        IcsInvite::build(f.store, f.held.conversation.id, QTime(10, 0), 45, QLocale::c(), &error);
    const auto again =
        IcsInvite::build(f.store, f.held.conversation.id, QTime(14, 0), 30, QLocale::c(), &error);
    REQUIRE(first);
    REQUIRE(again);
    const QByteArray a =
        IcsInvite::serialise(*first, QDateTime(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC));
    const QByteArray b =
        IcsInvite::serialise(*again, QDateTime(QDate(2024, 3, 2), QTime(8, 0), Qt::UTC));
    Parsed pa(a), pb(b);
    REQUIRE(pa.event);
    REQUIRE(pb.event);
    CHECK(QString::fromUtf8(icalcomponent_get_uid(pa.event)) ==
          QString::fromUtf8(icalcomponent_get_uid(pb.event)));
    // The planned conversation itself gives the same invite as the one that planned it.
    const auto direct =
        IcsInvite::build(f.store, first->conversationId, QTime(10, 0), 45, QLocale::c(), &error);
    REQUIRE(direct);
    CHECK(direct->uid == first->uid);

    Employee other{0, QStringLiteral("Bram"), {}, {}, {}, {}, 6, false};
    f.store.employees().insert(other);
    const Conversation theirs = f.store.conversations().create(other.id, QDate(2024, 4, 12));
    const auto otherInvite =
        IcsInvite::build(f.store, theirs.id, QTime(10, 0), 45, QLocale::c(), &error);
    REQUIRE(otherInvite);
    CHECK(otherInvite->uid != first->uid);
    CHECK(otherInvite->description == QStringLiteral("No open action items."));
}

TEST_CASE(
    "there is no invite without a planned conversation, and a written invite is the owner's alone")
{
    Fixture f;
    QString error;
    ConversationRecord none = f.held;
    none.conversation.nextFollowUp = QDate();
    none.conversation.noFollowUp = true;
    none.conversation.phase = Phase::Finished;
    f.store.conversations().save(none, ConversationRepository::PlanFollowUp::Yes);
    CHECK_FALSE(
        IcsInvite::build(f.store, none.conversation.id, QTime(10, 0), 45, QLocale::c(), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(IcsInvite::build(f.store, 999, QTime(10, 0), 45, QLocale::c(), &error));

    const QString path = f.dir.filePath(QStringLiteral("i.ics"));
    REQUIRE(IcsInvite::write("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", path, &error));
    CHECK(QFile::permissions(path) ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}

TEST_CASE("the invite's description opens with the manager who invites, role and all, when set")
{
    Fixture f;
    QString error;
    const std::optional<CalendarInvite> anonymous =
        IcsInvite::build(f.store, f.held.conversation.id, QTime(10, 0), 45, QLocale::c(), &error);
    REQUIRE(anonymous);
    const std::optional<CalendarInvite> named =
        IcsInvite::build(f.store, f.held.conversation.id, QTime(10, 0), 45, QLocale::c(), &error,
                         QStringLiteral("Marieke Bos"), QStringLiteral("Teamleider"));
    REQUIRE(named);
    CHECK(named->description ==
          QStringLiteral("With Marieke Bos, Teamleider.\n\n") + anonymous->description);
    const std::optional<CalendarInvite> nameOnly =
        IcsInvite::build(f.store, f.held.conversation.id, QTime(10, 0), 45, QLocale::c(), &error,
                         QStringLiteral("Marieke Bos"));
    REQUIRE(nameOnly);
    CHECK(nameOnly->description.startsWith(QStringLiteral("With Marieke Bos.\n\n")));
    const QByteArray ics = IcsInvite::serialise(*named, QDateTime::currentDateTimeUtc());
    const Parsed parsed(ics);
    REQUIRE(parsed.event);
    CHECK(QString::fromUtf8(icalcomponent_get_description(parsed.event)) == named->description);
}
