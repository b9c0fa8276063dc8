#include "store/demodata.h"
#include "store/jsonexport.h"
#include "store/jsonimport.h"
#include "store/storeerror.h"
#include "storetestsupport.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace dialoog;
using namespace dialoog::test;
using Json = nlohmann::ordered_json;

namespace {

const QDate demoDay(2026, 6, 15);

std::string demoExport(const ExportOptions &options = {})
{
    TempStore store;
    fillDemoData(*store, demoDay);
    return exportJson(*store, options);
}

QString importError(const std::string &document)
{
    TempStore store;
    Employee e = person();
    store->employees().insert(e);
    const std::string before = exportJson(*store, ExportOptions{std::nullopt, true});
    try {
        importJson(*store, document);
    } catch (const ImportError &error) {
        CHECK(exportJson(*store, ExportOptions{std::nullopt, true}) == before);
        return error.message();
    }
    FAIL("the document was accepted");
    return {};
}

Json demoJson()
{
    return Json::parse(demoExport());
}

} // namespace

TEST_CASE("export, import into an empty database and export again gives the same bytes")
{
    for (bool includePrivate : {false, true}) {
        const std::string first = demoExport(ExportOptions{std::nullopt, includePrivate});
        TempStore target(Store::Seed::Nothing);
        const ImportSummary summary = importJson(*target, first);
        CHECK(summary.employees >= 8);
        CHECK(exportJson(*target, ExportOptions{std::nullopt, includePrivate}) == first);
    }
}

TEST_CASE("the export is versioned and leaves private notes out unless asked")
{
    const Json doc = demoJson();
    CHECK(doc["format"] == "dialoog-export");
    CHECK(doc["version"] == 2);
    CHECK(doc["includesPrivateNotes"] == false);
    int notes = 0;
    for (const Json &e : doc["employees"])
        for (const Json &c : e["conversations"])
            for (const Json &n : c["notes"]) {
                CHECK(n["private"] == false);
                ++notes;
            }
    CHECK(notes > 0);
    CHECK(demoExport(ExportOptions{std::nullopt, true}).find("\"private\": true") !=
          std::string::npos);
}

TEST_CASE("one employee can be exported alone, and an unknown one is refused")
{
    TempStore store;
    fillDemoData(*store, demoDay);
    const Employee second = store->employees().all().at(1);
    const Json doc = Json::parse(exportJson(*store, ExportOptions{second.id, false}));
    REQUIRE(doc["employees"].size() == 1);
    CHECK(doc["employees"][0]["name"] == second.name.toStdString());
    CHECK_THROWS_AS(exportJson(*store, ExportOptions{Id(99999), false}), StoreError);
}

TEST_CASE("importing into a database that has the question bank reuses its questions")
{
    const std::string document = demoExport();
    TempStore target;
    const qint64 bank = target->questions().count();
    const ImportSummary summary = importJson(*target, document);
    CHECK(summary.questionsAdded == 0);
    CHECK(target->questions().count() == bank);
}

TEST_CASE("a malformed import is refused with the place of the problem, and changes nothing")
{
    Json doc = demoJson();

    SECTION("progress out of range")
    {
        doc["employees"][3]["goals"][0]["progress"] = 140;
        CHECK(importError(doc.dump()) ==
              QStringLiteral("$.employees[3].goals[0].progress: expected an integer 0..100"));
    }
    SECTION("a text where a number belongs")
    {
        doc["employees"][0]["conversations"][1]["energy"] = "high";
        CHECK(importError(doc.dump()) ==
              QStringLiteral("$.employees[0].conversations[1].energy: expected an integer 0..5"));
    }
    SECTION("an unknown status")
    {
        doc["employees"][2]["conversations"][0]["actionItems"][0]["status"] = "maybe";
        CHECK(
            importError(doc.dump()) ==
            QStringLiteral(
                "$.employees[2].conversations[0].actionItems[0].status: unknown value \"maybe\""));
    }
    SECTION("a missing name")
    {
        doc["employees"][1].erase("name");
        CHECK(importError(doc.dump()) == QStringLiteral("$.employees[1].name: expected a text"));
    }
    SECTION("a date that is no date")
    {
        doc["employees"][0]["startDate"] = "31-12-2020";
        CHECK(importError(doc.dump()) ==
              QStringLiteral("$.employees[0].startDate: expected a date as YYYY-MM-DD or null"));
    }
    SECTION("a reference to a question that is not there")
    {
        doc["employees"][0]["conversations"][0]["answers"][0]["question"] = 5000;
        CHECK(importError(doc.dump())
                  .startsWith(QStringLiteral(
                      "$.employees[0].conversations[0].answers[0].question: refers to id 5000")));
    }
    SECTION("an id used twice")
    {
        doc["questions"][1]["id"] = 1;
        CHECK(importError(doc.dump()) ==
              QStringLiteral("$.questions[1].id: the id 1 is used twice"));
    }
    SECTION("a list where an object belongs")
    {
        doc["employees"][4] = Json::array();
        CHECK(importError(doc.dump()) == QStringLiteral("$.employees[4]: expected an object"));
    }
    SECTION("a goal update that points at another employee's goal")
    {
        doc["employees"][0]["conversations"][1]["goalUpdates"][0]["goal"] =
            doc["employees"][5]["goals"][0]["id"];
        CHECK(importError(doc.dump())
                  .startsWith(QStringLiteral(
                      "$.employees[0].conversations[1].goalUpdates[0].goal: refers to id")));
    }
    SECTION("a goal set in another employee's conversation")
    {
        doc["employees"][0]["goals"][0]["createdIn"] =
            doc["employees"][6]["conversations"][0]["id"];
        CHECK(importError(doc.dump()).contains(QStringLiteral("not one of this employee's")));
    }
    SECTION("two answers to the same question in one conversation")
    {
        Json &answers = doc["employees"][0]["conversations"][0]["answers"];
        answers.push_back(answers[0]);
        const QString message = importError(doc.dump());
        CHECK(message.startsWith(QStringLiteral("$.employees[0].conversations[0].answers[")));
        CHECK(message.contains(QStringLiteral("twice")));
    }
    SECTION("a later employee is wrong: the earlier ones are not imported either")
    {
        doc["employees"][8]["rhythmWeeks"] = 0;
        CHECK(importError(doc.dump()) ==
              QStringLiteral("$.employees[8].rhythmWeeks: expected an integer 1..104"));
    }
}

TEST_CASE("an import refuses what is not a Dialoog export")
{
    CHECK(importError("{\"employees\": [").contains(QStringLiteral("not valid JSON")));
    CHECK(importError("[1, 2, 3]") == QStringLiteral("$: expected an object"));
    CHECK(importError(R"({"format": "something-else", "version": 1})")
              .startsWith(QStringLiteral("$.format:")));
    CHECK(importError(R"({"format": "dialoog-export", "version": 7})")
              .contains(QStringLiteral("newer Dialoog")));
}

TEST_CASE("an action item carried over from a later one in the document keeps its link")
{
    Json doc = demoJson();
    Json &first = doc["employees"][0]["conversations"][0]["actionItems"][0];
    const Json &last = doc["employees"][0]["conversations"][1]["actionItems"][0];
    first["carriedOverFrom"] = last["id"];
    TempStore target(Store::Seed::Nothing);
    importJson(*target, doc.dump());
    const Json again = Json::parse(exportJson(*target));
    CHECK(again["employees"][0]["conversations"][0]["actionItems"][0]["carriedOverFrom"] ==
          last["id"]);
}

TEST_CASE("members the format does not know are imported around and reported by their place")
{
    Json doc = demoJson();
    doc["employees"][2]["nickname"] = "Fa";
    doc["employees"][0]["conversations"][1]["reflection"]["mood"] = 3;
    doc["generator"] = "another tool";
    TempStore target(Store::Seed::Nothing);
    const ImportSummary summary = importJson(*target, doc.dump());
    CHECK(summary.unknownMembers.contains(QStringLiteral("$.employees[2].nickname")));
    CHECK(summary.unknownMembers.contains(
        QStringLiteral("$.employees[0].conversations[1].reflection.mood")));
    CHECK(summary.unknownMembers.contains(QStringLiteral("$.generator")));
    CHECK(summary.unknownMembers.size() == 3);
}

TEST_CASE("invalid UTF-8, deep nesting and oversized files are refused before they cost anything")
{
    std::string text = demoExport();
    const auto name = text.find("Sanne");
    REQUIRE(name != std::string::npos);
    text[name + 1] = char(0xC3); // a lead byte without its follower
    text[name + 2] = 'x';
    CHECK(importError(text).contains(QStringLiteral("not valid UTF-8")));

    std::string deep = "{\"format\": \"dialoog-export\", \"version\": 1, \"x\": ";
    deep += std::string(100000, '[') + std::string(100000, ']') + "}";
    CHECK(importError(deep).contains(QStringLiteral("nested more deeply")));

    const std::string huge(std::size_t(maxImportBytes) + 1, ' ');
    CHECK(importError(huge).contains(QStringLiteral("too large")));
}

namespace {

// One employee with a check-in and an agreed development conversation with a response.
void addSignedOffEmployee(Store &store)
{
    Employee e = person(QStringLiteral("Fleur van Dijk"));
    e.checkInWeeks = 3;
    e.archived = true;
    e.leftOn = QDate(2026, 5, 31);
    store.employees().insert(e);
    Conversation agreed;
    agreed.employeeId = e.id;
    agreed.heldDate = QDate(2026, 3, 12);
    agreed.phase = Phase::Finished;
    agreed.summary = QStringLiteral("Grow towards modelling");
    agreed.nextCheckIn = QDate(2026, 3, 26);
    agreed.signOff = SignOff::Agreed;
    agreed.sentOn = QDate(2026, 3, 13);
    agreed.answeredOn = QDate(2026, 3, 20);
    agreed.employeeResponse =
        QStringLiteral("I recognise myself in it.\n\nThe course could start in April.");
    store.repository<Conversation>().insert(agreed);
    Conversation checkIn;
    checkIn.employeeId = e.id;
    checkIn.heldDate = QDate(2026, 3, 26);
    checkIn.phase = Phase::Finished;
    checkIn.kind = ConversationKind::CheckIn;
    checkIn.topic = CheckInTopic::Project;
    checkIn.topicText = QStringLiteral("The churn dashboard");
    store.repository<Conversation>().insert(checkIn);
}

const Json &employeeNamed(const Json &doc, const std::string &name)
{
    for (const Json &e : doc["employees"])
        if (e["name"] == name)
            return e;
    FAIL("no employee " << name);
    return doc;
}

} // namespace

TEST_CASE("a version 2 export carries check-ins, the sign-off and the response, the check-in "
          "rhythm and the leaving date, and imports them back to the same bytes")
{
    TempStore store;
    fillDemoData(*store, demoDay);
    addSignedOffEmployee(*store);
    const std::string first = exportJson(*store, ExportOptions{std::nullopt, true});
    const Json doc = Json::parse(first);
    CHECK(doc["version"] == 2);
    const Json &fleur = employeeNamed(doc, "Fleur van Dijk");
    CHECK(fleur["checkInWeeks"] == 3);
    CHECK(fleur["leftOn"] == "2026-05-31");
    const Json &agreed = fleur["conversations"][0];
    CHECK(agreed["kind"] == "development");
    CHECK(agreed["signOff"] == "agreed");
    CHECK(agreed["sentOn"] == "2026-03-13");
    CHECK(agreed["answeredOn"] == "2026-03-20");
    CHECK(agreed["nextCheckIn"] == "2026-03-26");
    CHECK(agreed["employeeResponse"] ==
          "I recognise myself in it.\n\nThe course could start in April.");
    const Json &checkIn = fleur["conversations"][1];
    CHECK(checkIn["kind"] == "check-in");
    CHECK(checkIn["topic"] == "project");
    CHECK(checkIn["topicText"] == "The churn dashboard");
    CHECK(checkIn["signOff"] == "draft");
    CHECK(checkIn["sentOn"].is_null());

    TempStore target(Store::Seed::Nothing);
    importJson(*target, first);
    CHECK(exportJson(*target, ExportOptions{std::nullopt, true}) == first);
    Employee imported;
    for (const Employee &e : target->employees().all())
        if (e.name == QStringLiteral("Fleur van Dijk"))
            imported = e;
    CHECK(imported.leftOn == QDate(2026, 5, 31));
    const std::vector<Conversation> conversations =
        target->conversations().forEmployee(imported.id);
    REQUIRE(conversations.size() == 2);
    CHECK(conversations[0].signOff == SignOff::Agreed);
    CHECK(conversations[0].answeredOn == QDate(2026, 3, 20));
    CHECK(conversations[1].kind == ConversationKind::CheckIn);
}

TEST_CASE("a version 1 file is still read, with the defaults of what version 2 added, and "
          "exported again as version 2")
{
    QFile file(QStringLiteral(DIALOOG_TEST_DATA "/export-v1.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const std::string v1 = file.readAll().toStdString();
    REQUIRE(Json::parse(v1)["version"] == 1);
    TempStore target(Store::Seed::Nothing);
    const ImportSummary summary = importJson(*target, v1);
    CHECK(summary.employees == 1);
    CHECK(summary.unknownMembers.isEmpty());
    const Employee sanne = target->employees().all().at(0);
    CHECK(sanne.checkInWeeks == 0);
    CHECK_FALSE(sanne.leftOn.isValid());
    const std::vector<Conversation> conversations = target->conversations().forEmployee(sanne.id);
    REQUIRE(conversations.size() == 2);
    for (const Conversation &c : conversations) {
        CHECK(c.kind == ConversationKind::Development);
        CHECK(c.topic == CheckInTopic::None);
        CHECK(c.signOff == SignOff::Draft);
        CHECK_FALSE(c.sentOn.isValid());
        CHECK(c.employeeResponse.isEmpty());
    }
    const Json again = Json::parse(exportJson(*target));
    CHECK(again["version"] == 2);
    CHECK(again["employees"][0]["conversations"][0]["signOff"] == "draft");
    // What version 1 had comes through unchanged.
    Json before = Json::parse(v1);
    CHECK(again["employees"][0]["conversations"][0]["summary"] ==
          before["employees"][0]["conversations"][0]["summary"]);
    CHECK(again["questions"] == before["questions"]);
}

TEST_CASE("a file of a newer format version than this Dialoog knows gets a clear message")
{
    Json doc = demoJson();
    doc["version"] = 3;
    CHECK(importError(doc.dump()) ==
          QStringLiteral("$.version: this file was written by a newer Dialoog (format version "
                         "3); update Dialoog to import it"));
}

TEST_CASE("a report marked sent or answered without its dates is refused at its place")
{
    Json doc = demoJson();
    Json &c = doc["employees"][0]["conversations"][0];
    c["signOff"] = "agreed";
    c["sentOn"] = nullptr;
    CHECK(importError(doc.dump()) ==
          QStringLiteral("$.employees[0].conversations[0].sentOn: expected the date the report "
                         "was sent, as it is \"agreed\""));
    c["sentOn"] = "2026-03-13";
    c["answeredOn"] = nullptr;
    CHECK(importError(doc.dump())
              .endsWith(
                  QStringLiteral("answeredOn: expected the date of the employee's answer, as it is "
                                 "\"agreed\"")));
    c["answeredOn"] = "2026-03-12";
    CHECK(importError(doc.dump())
              .endsWith(QStringLiteral("answeredOn: expected a date on or after sentOn")));
    c["signOff"] = "maybe";
    CHECK(importError(doc.dump()).endsWith(QStringLiteral("signOff: unknown value \"maybe\"")));
}
