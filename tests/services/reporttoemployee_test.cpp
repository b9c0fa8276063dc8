#include "report/summaryprinter.h"
#include "services/conversationdocument.h"
#include "services/conversationoutputs.h"
#include "services/reporttoemployee.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

// A conversation held on March 12 and finished, open in a document.
struct Fixture
{
    test::TestDatabase database{QStringLiteral("report.sqlite")};
    Store store{database.location(), Store::Open::CreateIfMissing};
    ConversationOutputs outputs{store};
    QTemporaryDir dir;
    Id id = 0;
    std::unique_ptr<ConversationDocument> doc;

    Fixture()
    {
        Employee e{0,
                   QStringLiteral("Fleur van Dijk"),
                   {},
                   {},
                   QStringLiteral("fleur@example.nl"),
                   {},
                   6,
                   false};
        store.employees().insert(e);
        id = store.conversations().create(e.id, QDate(2026, 3, 12)).id;
        ConversationRecord r = store.conversations().load(id);
        r.conversation.heldDate = QDate(2026, 3, 12);
        r.conversation.phase = Phase::Finished;
        r.conversation.summary = QStringLiteral("Grow towards modelling");
        r.conversation.noFollowUp = true;
        store.conversations().save(r);
        doc = std::make_unique<ConversationDocument>(store, store.conversations().load(id));
    }

    SummaryOptions options() const
    {
        SummaryOptions o;
        o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        return o;
    }
};

} // namespace

TEST_CASE("sending the report writes the employee's copy, gives the mail, and marks it sent as "
          "one undo step")
{
    Fixture f;
    ReportToEmployee report(*f.doc, f.outputs);
    CHECK(report.suggestedFileName() ==
          QStringLiteral("Development conversation - Fleur van Dijk - 2026-03-12.pdf"));
    // HTML: these tests run without a display's fonts; the GUI test reads the PDF.
    const QString pdf = f.dir.filePath(QStringLiteral("Report for Fleur.html"));
    QString error;
    const auto sent =
        report.send(pdf, f.options(), QStringLiteral("Marieke Bos"), QDate(2026, 3, 13), &error);
    REQUIRE(sent);
    CHECK(QFile::exists(pdf));
    CHECK(sent->mail.to == QStringList{QStringLiteral("fleur@example.nl")});
    CHECK(sent->mail.body.contains(QStringLiteral("\"Report for Fleur.html\"")));
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(written.readAll());
    CHECK(html.contains(QStringLiteral("Employee's copy")));
    CHECK(html.contains(QStringLiteral("Grow towards modelling")));
    CHECK(f.doc->record().conversation.signOff == SignOff::Sent);
    CHECK(f.doc->record().conversation.sentOn == QDate(2026, 3, 13));
    CHECK(f.doc->undoStack()->count() == 1);
    REQUIRE(f.doc->saveNow());
    CHECK(f.store.conversations().load(f.id).conversation.signOff == SignOff::Sent);
    f.doc->undoStack()->undo();
    CHECK(f.doc->record().conversation.signOff == SignOff::Draft);
    CHECK_FALSE(f.doc->record().conversation.sentOn.isValid());
}

TEST_CASE("a report that cannot be written is not marked sent, and a signed one is not sent again")
{
    Fixture f;
    ReportToEmployee report(*f.doc, f.outputs);
    QString error;
    CHECK_FALSE(report.send(f.dir.filePath(QStringLiteral("no/such/folder/r.html")), f.options(),
                            {}, QDate(2026, 3, 13), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(f.doc->record().conversation.signOff == SignOff::Draft);
    CHECK(f.doc->undoStack()->count() == 0);

    REQUIRE(f.doc->markSent(QDate(2026, 3, 13)));
    REQUIRE(f.doc->markAnswered(SignOff::Seen, QDate(2026, 3, 14)));
    QString why;
    CHECK_FALSE(report.canSend(&why));
    CHECK(why.contains(QStringLiteral("signed")));
}

TEST_CASE("the response and each answer are one undo step; undoing a correction gives the "
          "signature back")
{
    Fixture f;
    REQUIRE(f.doc->markSent(QDate(2026, 3, 13)));
    REQUIRE(f.doc->setEmployeeResponse(QStringLiteral("Fine by me.")));
    REQUIRE(f.doc->markAnswered(SignOff::Agreed, QDate(2026, 3, 20)));
    CHECK(f.doc->undoStack()->count() == 3);
    CHECK_FALSE(f.doc->markAnswered(SignOff::Sent, QDate(2026, 3, 20)));
    CHECK(f.doc->undoStack()->count() == 3);

    REQUIRE(
        f.doc->setText(TextField::Summary, QStringLiteral("Grow towards modelling, and teach")));
    const Conversation &c = f.doc->record().conversation;
    CHECK(c.signOff == SignOff::Sent);
    CHECK(c.correctedOn.isValid());
    f.doc->undoStack()->undo();
    CHECK(c.signOff == SignOff::Agreed);
    CHECK(c.answeredOn == QDate(2026, 3, 20));
    CHECK_FALSE(c.correctedOn.isValid());
    f.doc->undoStack()->redo();
    CHECK(c.signOff == SignOff::Sent);

    f.doc->undoStack()->undo(); // the correction
    f.doc->undoStack()->undo(); // agreed
    CHECK(c.signOff == SignOff::Sent);
    f.doc->undoStack()->undo(); // the response
    CHECK(c.employeeResponse.isEmpty());
    REQUIRE(f.doc->saveNow());
    CHECK(f.store.conversations().load(f.id).conversation.employeeResponse.isEmpty());
}
