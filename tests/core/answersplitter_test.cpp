#include "core/answersplitter.h"
#include "core/preparationrequest.h"

#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

QString lines(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *line : list)
        out << QString::fromUtf8(line);
    return out.join(QLatin1Char('\n'));
}

const QStringList english = PreparationRequest::reflectionQuestions();

// The Dutch questions as a translator might write them; the splitter only needs them to match the
// draft.
const QStringList dutch = {
    QString::fromUtf8("Wat ging er goed in de afgelopen periode, en waar ben je trots op?"),
    QString::fromUtf8("Waar zie je ruimte om te groeien, en wat zou je daarbij helpen?"),
    QString::fromUtf8("Wat zijn je ambities: wat wil je hierna doen, leren of oppakken?")};

} // namespace

TEST_CASE("an inline reply with quoted headings and a signature is split per question")
{
    const QString reply = lines({
        "Hi Jan,",
        "",
        "On Tue, 3 Mar 2026 at 10:12, Jan Jansen <jan@example.com> wrote:",
        "> To prepare our development conversation on 10 March 2026, I would like to hear your own "
        "view first.",
        "> Please write your answer below each numbered question and keep the questions in your "
        "reply, so your answers end up in the right place.",
        ">",
        "> 1. What went well in the past period, and what are you proud of?",
        "",
        "The ticket migration: done two weeks early.",
        "Also mentoring Piet.",
        "",
        "> 2. Where do you see room to grow, and what would help you with that?",
        "",
        "Presenting to customers. A course would help.",
        "",
        "> 3. What are your ambitions: what would you like to do, learn or take on next?",
        ">",
        "",
        "Lead a small project.",
        "",
        "> Thank you!",
        "> Jan",
        "",
        "-- ",
        "Sanne de Vries",
        "Support engineer | +31 6 1234 5678",
    });
    const auto result = AnswerSplitter(english).split(reply);
    REQUIRE(result.answers.size() == 3);
    CHECK(result.answers[0] ==
          QStringLiteral("The ticket migration: done two weeks early.\nAlso mentoring Piet."));
    CHECK(result.answers[1] == QStringLiteral("Presenting to customers. A course would help."));
    CHECK(result.answers[2] == QStringLiteral("Lead a small project."));
    CHECK(result.unplaced.isEmpty());
    CHECK(result.missing().isEmpty());

    const Reflection r = AnswerSplitter::toReflection(result);
    CHECK(r.wentWell.startsWith(QStringLiteral("The ticket migration")));
    CHECK(r.growth == result.answers[1]);
    CHECK(r.ambitions == QStringLiteral("Lead a small project."));
}

TEST_CASE("an Outlook reply in Dutch keeps the answers above the original and drops the original")
{
    const QString reply = lines({
        "Hoi Jan,",
        "",
        "1. Wat ging er goed in de afgelopen periode, en waar ben je trots op?",
        "De migratie van het ticketsysteem. Ik ben trots op de samenwerking met team Zorg.",
        "",
        "2. Waar zie je ruimte om te groeien, en wat zou je daarbij helpen?",
        "Overzicht houden als het druk is.",
        "",
        "3. Wat zijn je ambities: wat wil je hierna doen, leren of oppakken?",
        "Ik wil graag een cursus projectleiding volgen.",
        "",
        "Met vriendelijke groet,",
        "Sanne",
        "",
        "-----Oorspronkelijk bericht-----",
        "Van: Jan Jansen <jan@example.com>",
        "Verzonden: dinsdag 3 maart 2026 10:12",
        "Aan: Sanne de Vries <sanne@example.com>",
        "Onderwerp: Voorbereiding van ons ontwikkelgesprek",
        "",
        "1. Wat ging er goed in de afgelopen periode, en waar ben je trots op?",
        "",
        "2. Waar zie je ruimte om te groeien, en wat zou je daarbij helpen?",
        "",
        "3. Wat zijn je ambities: wat wil je hierna doen, leren of oppakken?",
        "",
        "Dank je!",
        "Jan",
    });
    const auto result = AnswerSplitter(dutch).split(reply);
    CHECK(result.answers[0] ==
          QString::fromUtf8(
              "De migratie van het ticketsysteem. Ik ben trots op de samenwerking met team Zorg."));
    CHECK(result.answers[1] == QStringLiteral("Overzicht houden als het druk is."));
    CHECK(result.answers[2] == QStringLiteral("Ik wil graag een cursus projectleiding volgen."));
    CHECK(result.unplaced.isEmpty());
}

TEST_CASE("answers in another order, headings without numbers, case and accents changed, are still "
          "placed")
{
    const QStringList accented = {
        QString::fromUtf8("Wat ging er goed, en waar ben je trots op (ook op je ideeën)?"),
        dutch[1], dutch[2]};
    const QString reply = lines({
        "WAT ZIJN JE AMBITIES: wat wil je hierna doen, leren of oppakken?",
        "Teamleider worden, over een jaar of twee.",
        "",
        "wat ging er goed, en waar ben je trots op (ook op je ideeen)",
        "Het nieuwe inwerkplan.",
        "",
        "Waar zie je ruimte om te groeien?",
        "Nee zeggen.",
        "Vaker om hulp vragen.",
        "",
        "Groet,",
        "Sanne",
        "",
        "Verzonden vanaf mijn iPhone",
    });
    const auto result = AnswerSplitter(accented).split(reply);
    CHECK(result.answers[0] == QStringLiteral("Het nieuwe inwerkplan."));
    CHECK(result.answers[1] == QStringLiteral("Nee zeggen.\nVaker om hulp vragen."));
    CHECK(result.answers[2] == QStringLiteral("Teamleider worden, over een jaar of twee."));
    CHECK(result.unplaced.isEmpty());
}

TEST_CASE("answers typed into the original below an Outlook header are found, and a missing answer "
          "is reported")
{
    const QString reply = lines({
        "See my answers below, I skipped the last one for now.",
        "",
        "Kind regards,",
        "Sanne",
        "",
        "Sent from my iPhone",
        "",
        "________________________________",
        "From: Jan Jansen <jan@example.com>",
        "Sent: Tuesday, March 3, 2026 10:12 AM",
        "To: Sanne de Vries",
        "Subject: Preparing our development conversation",
        "",
        "To prepare our development conversation, I would like to hear your own view first.",
        "",
        "1. What went well in the past period, and what are you proud of?",
        "Closing the backlog before the holidays.",
        "",
        "2. Where do you see room to grow, and what would help you with that?",
        "Planning. Weekly check-ins with you would help.",
        "",
        "3. What are your ambitions: what would you like to do, learn or take on next?",
        "",
        "Thank you!",
        "Jan",
    });
    const QStringList boilerplate = {
        QStringLiteral(
            "To prepare our development conversation, I would like to hear your own view first."),
        QStringLiteral("Thank you!"), QStringLiteral("Jan")};
    const auto result = AnswerSplitter(english, boilerplate).split(reply);
    CHECK(result.answers[0] == QStringLiteral("Closing the backlog before the holidays."));
    CHECK(result.answers[1] == QStringLiteral("Planning. Weekly check-ins with you would help."));
    CHECK(result.answers[2].isEmpty());
    CHECK(result.missing() == QList<int>{2});
    CHECK(result.unplaced ==
          QStringLiteral("See my answers below, I skipped the last one for now."));
}

TEST_CASE("a reply without any headings is kept whole as unplaced text")
{
    const QString reply =
        lines({"Hi Jan,", "", "Honestly, all fine. Let's talk on Tuesday.", "", "Best,", "Sanne"});
    const auto result = AnswerSplitter(english).split(reply);
    CHECK_FALSE(result.foundAnyHeading);
    CHECK(result.missing() == QList<int>{0, 1, 2});
    CHECK(result.unplaced == QStringLiteral("Honestly, all fine. Let's talk on Tuesday."));
}

TEST_CASE("bare numbers, answers on the heading line and doubly quoted headings are recognised")
{
    const QString reply = lines({
        "2.",
        "More focus.",
        "> > 1. What went well in the past period, and what are you proud of? The release.",
        "1. What went well? Shipping the app.",
        "Question 3",
        "A team of my own.",
        "  1. a numbered list inside an answer stays an answer",
    });
    const auto result = AnswerSplitter(english).split(reply);
    CHECK(result.answers[0] == QStringLiteral("Shipping the app."));
    CHECK(result.answers[1] == QStringLiteral("More focus."));
    CHECK(result.answers[2] ==
          QStringLiteral("A team of my own.\n1. a numbered list inside an answer stays an answer"));
}

TEST_CASE("feedback answers become one text with their questions as headings")
{
    const QStringList questions = PreparationRequest::feedbackQuestions(QStringLiteral("Sanne"));
    const QString reply =
        PreparationRequest::heading(1, questions[1]) + QStringLiteral("\nSpeak up sooner.\n\n") +
        PreparationRequest::heading(0, questions[0]) + QStringLiteral("\nAlways helpful.\n");
    const auto result = AnswerSplitter(questions).split(reply);
    CHECK(AnswerSplitter::toFeedbackText(result, questions) ==
          PreparationRequest::heading(0, questions[0]) + QStringLiteral("\nAlways helpful.\n\n") +
              PreparationRequest::heading(1, questions[1]) + QStringLiteral("\nSpeak up sooner."));
}

TEST_CASE("an employee's response keeps their words and drops greeting, signature and original")
{
    const QString outlook =
        lines({"Hoi Marieke,", "", "Ik herken me in het verslag.",
               "Wel zou ik de cursus eerder willen doen.", "", "Met vriendelijke groet,", "Fleur",
               "", "-----Oorspronkelijk bericht-----", "Van: Marieke Bos",
               "Verzonden: maandag 2 maart 2026 10:00", "Onderwerp: Verslag",
               "Het verslag staat in de bijlage."});
    CHECK(AnswerSplitter::ownWords(outlook) ==
          QStringLiteral("Ik herken me in het verslag.\nWel zou ik de cursus eerder willen doen."));

    const QString inline_ = lines(
        {"On Mon, 2 Mar 2026 at 10:00, Marieke Bos wrote:", "> Please reply with your comments.",
         "I agree with the report.", "> And say whether you agree.", "Yes, agreed.", "-- ",
         "Fleur van Dijk | Data analyst"});
    CHECK(AnswerSplitter::ownWords(inline_) ==
          QStringLiteral("I agree with the report.\nYes, agreed."));
}

TEST_CASE("a forwarded response loses its forwarded headers")
{
    const QString forwarded =
        lines({"---------- Forwarded message ----------", "From: Fleur <fleur@example.nl>",
               "Date: Tue, 3 Mar 2026", "Subject: Re: report", "", "Seen, thanks."});
    CHECK(AnswerSplitter::ownWords(forwarded) == QStringLiteral("Seen, thanks."));
    const QString headersOnly = lines({"From: Fleur <fleur@example.nl>", "Subject: Re: report", "",
                                       "Seen, with one remark: the date was 3 March."});
    CHECK(AnswerSplitter::ownWords(headersOnly) ==
          QStringLiteral("Seen, with one remark: the date was 3 March."));
}
