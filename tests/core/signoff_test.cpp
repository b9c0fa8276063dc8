#include "core/conversationsession.h"
#include "core/signoff.h"

#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

const QDate held(2026, 3, 2);

Conversation heldConversation()
{
    Conversation c;
    c.id = 3;
    c.employeeId = 7;
    c.heldDate = held;
    c.phase = Phase::Finished;
    c.summary = QStringLiteral("Grow towards modelling");
    return c;
}

ConversationRecord signedRecord(SignOff answer, const QDate &answeredOn)
{
    ConversationRecord r;
    r.employee = Employee{7, QStringLiteral("Sanne"), {}, {}, {}, {}, 6, false};
    r.conversation = heldConversation();
    r.conversation.signOff = answer;
    r.conversation.sentOn = held.addDays(1);
    r.conversation.answeredOn = answeredOn;
    r.conversation.employeeResponse = QStringLiteral("Fine by me.");
    return r;
}

} // namespace

TEST_CASE("a report goes from draft to sent on a day from the conversation on, not before")
{
    Conversation c = heldConversation();
    CHECK(c.signOff == SignOff::Draft);
    CHECK_FALSE(SignOffRules::send(c, held.addDays(-1)));
    CHECK(c.signOff == SignOff::Draft);
    CHECK_FALSE(SignOffRules::send(c, QDate()));
    REQUIRE(SignOffRules::send(c, held));
    CHECK(c.signOff == SignOff::Sent);
    CHECK(c.sentOn == held);
}

TEST_CASE("a conversation not yet finished has no report to send")
{
    Conversation c = heldConversation();
    c.phase = Phase::WrapUp;
    CHECK_FALSE(SignOffRules::canSend(c));
    CHECK_FALSE(SignOffRules::send(c, held));
    CHECK(c.signOff == SignOff::Draft);
    CHECK_FALSE(c.sentOn.isValid());
}

TEST_CASE("a sent report is seen, agreed or disputed on a day from its sending on")
{
    for (SignOff answer : {SignOff::Seen, SignOff::Agreed, SignOff::Disputed}) {
        Conversation c = heldConversation();
        REQUIRE(SignOffRules::send(c, held.addDays(2)));
        CHECK_FALSE(SignOffRules::answer(c, answer, held.addDays(1)));
        CHECK(c.signOff == SignOff::Sent);
        REQUIRE(SignOffRules::answer(c, answer, held.addDays(2)));
        CHECK(c.signOff == answer);
        CHECK(c.answeredOn == held.addDays(2));
    }
}

TEST_CASE("a draft cannot be answered, and draft or sent is no answer")
{
    Conversation c = heldConversation();
    CHECK_FALSE(SignOffRules::answer(c, SignOff::Agreed, held));
    CHECK(c.signOff == SignOff::Draft);
    REQUIRE(SignOffRules::send(c, held));
    CHECK_FALSE(SignOffRules::answer(c, SignOff::Sent, held));
    CHECK_FALSE(SignOffRules::answer(c, SignOff::Draft, held));
    CHECK(c.signOff == SignOff::Sent);
    CHECK_FALSE(c.answeredOn.isValid());
}

TEST_CASE("a signed report is not sent again; a disputed one is, and waits for a new answer")
{
    Conversation agreed = signedRecord(SignOff::Agreed, held.addDays(3)).conversation;
    CHECK_FALSE(SignOffRules::canSend(agreed));
    CHECK_FALSE(SignOffRules::send(agreed, held.addDays(5)));
    CHECK(agreed.signOff == SignOff::Agreed);

    Conversation disputed = signedRecord(SignOff::Disputed, held.addDays(3)).conversation;
    REQUIRE(SignOffRules::send(disputed, held.addDays(5)));
    CHECK(disputed.signOff == SignOff::Sent);
    CHECK(disputed.sentOn == held.addDays(5));
    CHECK_FALSE(disputed.answeredOn.isValid());
}

TEST_CASE("a correction moves a seen or agreed report back to sent, keeping the response")
{
    for (SignOff answer : {SignOff::Seen, SignOff::Agreed}) {
        Conversation c = signedRecord(answer, held.addDays(3)).conversation;
        REQUIRE(SignOffRules::correct(c));
        CHECK(c.signOff == SignOff::Sent);
        CHECK(c.sentOn == held.addDays(1));
        CHECK_FALSE(c.answeredOn.isValid());
        CHECK(c.employeeResponse == QStringLiteral("Fine by me."));
    }
    for (SignOff other : {SignOff::Draft, SignOff::Sent, SignOff::Disputed}) {
        Conversation c = heldConversation();
        c.signOff = other;
        CHECK_FALSE(SignOffRules::correct(c));
        CHECK(c.signOff == other);
    }
}

TEST_CASE("a report awaits an answer from the fifteenth day after it was sent")
{
    Conversation c = heldConversation();
    c.heldDate = QDate(2026, 2, 19);
    REQUIRE(SignOffRules::send(c, QDate(2026, 2, 20)));
    // 14 days: not yet; February 2026 has 28 days.
    CHECK_FALSE(SignOffRules::awaitsAnswer(c, QDate(2026, 3, 6)));
    CHECK(SignOffRules::awaitsAnswer(c, QDate(2026, 3, 7)));
    REQUIRE(SignOffRules::answer(c, SignOff::Seen, QDate(2026, 3, 7)));
    CHECK_FALSE(SignOffRules::awaitsAnswer(c, QDate(2026, 3, 7)));
    Conversation draft = heldConversation();
    CHECK_FALSE(SignOffRules::awaitsAnswer(draft, QDate(2027, 1, 1)));
}

TEST_CASE("a report sent on February 29 awaits an answer from March 15")
{
    Conversation c = heldConversation();
    c.heldDate = QDate(2028, 2, 29);
    REQUIRE(SignOffRules::send(c, QDate(2028, 2, 29)));
    CHECK_FALSE(SignOffRules::awaitsAnswer(c, QDate(2028, 3, 14)));
    CHECK(SignOffRules::awaitsAnswer(c, QDate(2028, 3, 15)));
}

TEST_CASE("changing an agreed report in the session dates a correction and moves it to sent")
{
    const QDate today = held.addDays(10);
    ConversationSession s(signedRecord(SignOff::Agreed, held.addDays(3)),
                          [today] { return today; });
    CHECK(s.isCorrecting());
    s.setSummary(QStringLiteral("Grow towards modelling and teaching"));
    const Conversation &c = s.record().conversation;
    CHECK(c.correctedOn == today);
    CHECK(c.signOff == SignOff::Sent);
    CHECK_FALSE(c.answeredOn.isValid());
}

TEST_CASE("an agreed report changed on the day it was held is still a correction")
{
    ConversationSession s(signedRecord(SignOff::Agreed, held), [] { return held; });
    s.addAgreement(QStringLiteral("Monthly sparring"));
    CHECK(s.record().conversation.correctedOn == held);
    CHECK(s.record().conversation.signOff == SignOff::Sent);
}

TEST_CASE("reopening a signed report and turning pages leaves its signature")
{
    ConversationSession s(signedRecord(SignOff::Seen, held.addDays(3)),
                          [] { return held.addDays(10); });
    s.reopen();
    CHECK(s.goTo(Phase::Goals));
    CHECK(s.record().conversation.signOff == SignOff::Seen);
}

TEST_CASE("the session records sending, the answer and the response without a correction")
{
    ConversationRecord r = signedRecord(SignOff::Draft, {});
    r.conversation.sentOn = QDate();
    r.conversation.employeeResponse.clear();
    const QDate today = held.addDays(20);
    ConversationSession s(r, [today] { return today; });
    int changes = 0;
    QObject::connect(&s, &ConversationSession::changed, [&changes] { ++changes; });
    CHECK_FALSE(s.answerReport(SignOff::Agreed, today));
    REQUIRE(s.sendReport(held.addDays(5)));
    s.setEmployeeResponse(QStringLiteral("I would add the course."));
    REQUIRE(s.answerReport(SignOff::Agreed, today));
    const Conversation &c = s.record().conversation;
    CHECK(c.signOff == SignOff::Agreed);
    CHECK(c.answeredOn == today);
    CHECK(c.employeeResponse == QStringLiteral("I would add the course."));
    CHECK_FALSE(c.correctedOn.isValid());
    CHECK(changes == 3);
}

TEST_CASE("a note added to an agreed report tells that the record changed: its sign-off did")
{
    const QDate today = held.addDays(10);
    ConversationSession s(signedRecord(SignOff::Agreed, held.addDays(3)),
                          [today] { return today; });
    QList<ConversationSession::Change> seen;
    QObject::connect(&s, &ConversationSession::changed,
                     [&seen](ConversationSession::Change change) { seen << change; });
    s.addNote(QStringLiteral("Asked again about the course"), false);
    CHECK(s.record().conversation.signOff == SignOff::Sent);
    CHECK(seen == QList<ConversationSession::Change>{ConversationSession::Change::Record});
}
