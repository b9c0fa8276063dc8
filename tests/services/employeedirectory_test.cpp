#include "services/appservices.h"
#include "services/employeedirectory.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace dialoog;

TEST_CASE("employees are added, edited and archived as undo steps, and a list hears of each change")
{
    test::TestDatabase database{QStringLiteral("team.sqlite")};
    Store store(database.location(), Store::Open::CreateIfMissing);
    AppServices services(store);
    EmployeeDirectory &directory = services.employees();
    QSignalSpy written(&directory, &EmployeeDirectory::employeeWritten);
    QSignalSpy removed(&directory, &EmployeeDirectory::employeeRemoved);

    Employee e{0, QStringLiteral("Bram Visser"), {}, QStringLiteral("Support"), {}, {}, 6, false};
    REQUIRE(directory.add(e));
    REQUIRE(written.count() == 1);
    const Id id = written.takeFirst().at(0).value<Employee>().id;
    REQUIRE(id != 0);
    CHECK(directory.employee(id)->name == QStringLiteral("Bram Visser"));

    Employee edited = *directory.employee(id);
    edited.role = QStringLiteral("Support engineer");
    REQUIRE(directory.edit(edited));
    CHECK(store.employees().get(id).role == QStringLiteral("Support engineer"));
    REQUIRE(written.count() == 1);
    written.clear();

    REQUIRE(directory.setArchived(id, true));
    CHECK(store.employees().get(id).archived);
    directory.undoStack()->undo();
    CHECK_FALSE(store.employees().get(id).archived);
    directory.undoStack()->undo(); // the edit
    CHECK(store.employees().get(id).role.isEmpty());
    directory.undoStack()->undo(); // the add
    CHECK_FALSE(store.employees().find(id).has_value());
    REQUIRE(removed.count() == 1);
    CHECK(removed.takeFirst().at(0).value<Id>() == id);
}

TEST_CASE(
    "undoing an add is refused once the person has conversations; the stack gives that step up")
{
    test::TestDatabase database{QStringLiteral("team.sqlite")};
    Store store(database.location(), Store::Open::CreateIfMissing);
    AppServices services(store);
    EmployeeDirectory &directory = services.employees();
    QSignalSpy failed(&directory, &EmployeeDirectory::failed);
    Employee e{0, QStringLiteral("Lotte de Wit"), {}, {}, {}, {}, 6, false};
    REQUIRE(directory.add(e));
    const Id employee = store.employees().all().front().id;
    CHECK(directory.startConversation(employee) != 0);

    directory.undoStack()->undo();
    CHECK(store.employees().find(employee).has_value());
    REQUIRE(failed.count() == 1);
    CHECK(failed.front().at(0).toString().contains(QStringLiteral("Archive them instead")));
    CHECK(directory.undoStack()->count() == 0);
}

TEST_CASE("sample data comes in with its counts and cannot be undone step by step")
{
    test::TestDatabase database{QStringLiteral("team.sqlite")};
    Store store(database.location(), Store::Open::CreateIfMissing);
    AppServices services(store);
    EmployeeDirectory &directory = services.employees();
    QSignalSpy reset(&directory, &EmployeeDirectory::listReset);
    Employee e{0, QStringLiteral("Kim"), {}, {}, {}, {}, 6, false};
    REQUIRE(directory.add(e));
    SampleDataAdded added;
    REQUIRE(directory.addSampleData({}, &added));
    CHECK(added.employees > 0);
    CHECK(store.employees().count() == added.employees + 1);
    CHECK(directory.undoStack()->count() == 0);
    REQUIRE(reset.count() == 1);
    CHECK(reset.front().at(0).value<std::vector<EmployeeOverview>>().size() ==
          std::size_t(added.employees + 1));
}

TEST_CASE("sample data follows the interface's language unless a language is asked for")
{
    const auto teamsAfter = [](const QString &language) {
        test::TestDatabase database{QStringLiteral("sample.sqlite")};
        Store store(database.location(), Store::Open::CreateIfMissing);
        AppServices services(store);
        REQUIRE(services.employees().addSampleData(language));
        QStringList teams;
        for (const Employee &e : store.employees().all())
            teams << e.team;
        teams.removeDuplicates();
        teams.sort();
        return teams;
    };
    const QStringList dutch{QStringLiteral("Klantenservice"),
                            QStringLiteral("Productontwikkeling")};
    const QStringList english{QStringLiteral("Customer Care"),
                              QStringLiteral("Product Development")};
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    CHECK(teamsAfter({}) == dutch);
    CHECK(teamsAfter(QStringLiteral("en")) == english);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(teamsAfter({}) == english);
    CHECK(teamsAfter(QStringLiteral("nl")) == dutch);
}
