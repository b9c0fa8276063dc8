#include "report/summarybuilder.h"
#include "report/summaryrenderers.h"
#include "services/appservices.h"
#include "services/employeedirectory.h"
#include "services/transfer.h"
#include "store/signalstore.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

const QDate today = QDate::currentDate();

Id addPerson(Store &store, const QString &name)
{
    Employee e;
    e.name = name;
    e.startDate = today.addMonths(-2); // too new for the six months without a goal
    store.employees().insert(e);
    return e.id;
}

Id held(Store &store, Id employee, const QDate &date, int energy, int happiness = 4)
{
    Conversation c;
    c.employeeId = employee;
    c.heldDate = date;
    c.phase = Phase::Finished;
    c.energy = energy;
    c.workHappiness = happiness;
    c.summary = QStringLiteral("We talked about the move.");
    return store.repository<Conversation>().insert(c);
}

QStringList keysOf(const EmployeeOverview &row)
{
    QStringList keys;
    for (const EnergySignal &s : row.energySignals)
        keys << s.key;
    return keys;
}

EmployeeOverview lastRow(QSignalSpy &rowChanged)
{
    REQUIRE_FALSE(rowChanged.isEmpty());
    return rowChanged.takeLast().at(0).value<EmployeeOverview>();
}

} // namespace

TEST_CASE("a falling score is a signal on the person's row; dismissing it is one undo step, and "
          "it holds until a newer score")
{
    test::TestDatabase database{QStringLiteral("signals.sqlite")};
    Store store(database.location(), Store::Open::CreateIfMissing);
    AppServices services(store);
    EmployeeDirectory &directory = services.employees();
    const Id anna = addPerson(store, QStringLiteral("Anna"));
    const Id bert = addPerson(store, QStringLiteral("Bert"));
    held(store, anna, today.addDays(-40), 5);
    held(store, anna, today.addDays(-10), 3);
    held(store, bert, today.addDays(-10), 4);

    QSignalSpy reset(&directory, &EmployeeDirectory::listReset);
    QSignalSpy rowChanged(&directory, &EmployeeDirectory::rowChanged);
    REQUIRE(directory.reload());
    const auto rows = reset.takeFirst().at(0).value<std::vector<EmployeeOverview>>();
    for (const EmployeeOverview &row : rows)
        CHECK(keysOf(row) ==
              (row.employee.id == anna ? QStringList{"energy-fell"} : QStringList{}));

    REQUIRE(directory.dismissSignal(anna, QStringLiteral("energy-fell")));
    CHECK(keysOf(lastRow(rowChanged)).isEmpty());
    CHECK(SignalStore(store.database()).dismissedOn(anna, QStringLiteral("energy-fell")) == today);
    REQUIRE(directory.undoStack()->count() == 1);
    directory.undoStack()->undo();
    CHECK(keysOf(lastRow(rowChanged)) == QStringList{"energy-fell"});
    CHECK_FALSE(SignalStore(store.database()).dismissedOn(anna, QStringLiteral("energy-fell")));
    directory.undoStack()->redo();
    CHECK(keysOf(lastRow(rowChanged)).isEmpty());

    // Days later, a new score: from 3 to 1 fell again, and the signal is back.
    SignalStore(store.database())
        .setDismissed(anna, QStringLiteral("energy-fell"), today.addDays(-5));
    held(store, anna, today.addDays(-2), 1);
    directory.refresh(anna);
    CHECK(keysOf(lastRow(rowChanged)) == QStringList({"energy-fell"}));
}

TEST_CASE("undoing a second dismissal puts the first one back, not none")
{
    test::TestDatabase database{QStringLiteral("signals.sqlite")};
    Store store(database.location(), Store::Open::CreateIfMissing);
    AppServices services(store);
    EmployeeDirectory &directory = services.employees();
    const Id anna = addPerson(store, QStringLiteral("Anna"));
    held(store, anna, today.addDays(-40), 5);
    held(store, anna, today.addDays(-10), 3);
    SignalStore(store.database())
        .setDismissed(anna, QStringLiteral("energy-fell"),
                      today.addDays(-20)); // before the last score
    REQUIRE(directory.dismissSignal(anna, QStringLiteral("energy-fell")));
    directory.undoStack()->undo();
    CHECK(SignalStore(store.database()).dismissedOn(anna, QStringLiteral("energy-fell")) ==
          today.addDays(-20));
}

TEST_CASE("the team view has everyone not archived with their scores of the last year, those "
          "with a signal first")
{
    test::TestDatabase database{QStringLiteral("signals.sqlite")};
    Store store(database.location(), Store::Open::CreateIfMissing);
    AppServices services(store);
    EmployeeDirectory &directory = services.employees();
    const Id anna = addPerson(store, QStringLiteral("Anna"));
    const Id zoe = addPerson(store, QStringLiteral("Zoë"));
    const Id gone = addPerson(store, QStringLiteral("Gone"));
    Employee archived = store.employees().get(gone);
    archived.archived = true;
    store.employees().save(archived);
    held(store, anna, today.addDays(-30), 4);
    held(store, zoe, today.addYears(-1), 5); // a year ago to the day: outside
    held(store, zoe, today.addDays(-60), 4, 4);
    held(store, zoe, today.addDays(-20), 2, 3);

    const std::vector<TeamMember> team = directory.team();
    REQUIRE(team.size() == 2);
    CHECK(team[0].row.employee.id == zoe);
    CHECK(keysOf(team[0].row) == QStringList{"energy-fell"});
    CHECK(team[0].scores.dates == std::vector<QDate>{today.addDays(-60), today.addDays(-20)});
    REQUIRE(team[0].scores.series.size() == 2);
    CHECK(team[0].scores.series[0].values == std::vector<std::optional<int>>{4, 2});
    CHECK(team[0].scores.series[1].values == std::vector<std::optional<int>>{4, 3});
    CHECK(team[1].row.employee.id == anna);
    CHECK(team[1].scores.dates.size() == 1);
}

TEST_CASE("signals never reach an export or either copy of the summary")
{
    test::TestDatabase database{QStringLiteral("signals.sqlite")};
    Store store(database.location(), Store::Open::CreateIfMissing);
    AppServices services(store);
    const Id anna = addPerson(store, QStringLiteral("Anna"));
    held(store, anna, today.addDays(-40), 5);
    const Id last = held(store, anna, today.addDays(-10), 2, 1);
    held(store, anna, today.addDays(-20), 3, 2); // happiness 2 then 1: low twice
    SignalStore(store.database()).setDismissed(anna, QStringLiteral("energy-fell"), today);
    REQUIRE(services.employees().reload());

    const QString json = QString::fromUtf8(services.transfer().exportJson(anna, true));
    CHECK(json.contains(QStringLiteral("We talked about the move."))); // the export has Anna
    CHECK_FALSE(json.contains(QStringLiteral("signal"), Qt::CaseInsensitive));
    CHECK_FALSE(json.contains(QStringLiteral("dismiss"), Qt::CaseInsensitive));
    for (const bool employeeCopy : {true, false}) {
        SummaryOptions options;
        options.employeeCopy = employeeCopy;
        options.includePrivateNotes = !employeeCopy;
        const QString text = summaryToPlainText(buildSummary(store, last, options));
        CHECK(text.contains(QStringLiteral("We talked about the move.")));
        CHECK_FALSE(text.contains(QStringLiteral("signal"), Qt::CaseInsensitive));
        CHECK_FALSE(text.contains(QStringLiteral("twice in a row")));
        CHECK_FALSE(text.contains(QStringLiteral("fell from")));
    }
}

TEST_CASE("at start-up the list may come without the signals; attaching them afterwards reloads "
          "it with them")
{
    test::TestDatabase database{QStringLiteral("deferred-signals.sqlite")};
    Store store(database.location(), Store::Open::CreateIfMissing);
    AppServices services(store);
    EmployeeDirectory &directory = services.employees();
    const Id anna = addPerson(store, QStringLiteral("Anna"));
    held(store, anna, today.addDays(-40), 5);
    held(store, anna, today.addDays(-10), 3);

    QSignalSpy reset(&directory, &EmployeeDirectory::listReset);
    directory.deferWholeList();
    REQUIRE(directory.reload());
    const auto before = reset.takeFirst().at(0).value<std::vector<EmployeeOverview>>();
    REQUIRE(before.size() == 1);
    CHECK(keysOf(before.front()).isEmpty());

    REQUIRE(directory.loadWholeList());
    REQUIRE(reset.size() == 1);
    const auto after = reset.takeFirst().at(0).value<std::vector<EmployeeOverview>>();
    REQUIRE(after.size() == 1);
    CHECK(keysOf(after.front()) == QStringList{"energy-fell"});
    // Once attached, they stay: a second call reloads nothing.
    REQUIRE(directory.loadWholeList());
    CHECK(reset.isEmpty());
}
