#include "core/answersplitter.h"
#include "core/maildraft.h"
#include "core/preparationrequest.h"
#include "core/reportmail.h"

#include <catch2/catch.hpp>

using namespace dialoog;

TEST_CASE("a mailto link percent-encodes Dutch text, reserved characters and line ends")
{
    MailDraft draft;
    draft.to = {QStringLiteral("sanne@example.com"), QStringLiteral("piet.de.boer@example.nl")};
    draft.subject = QString::fromUtf8("Ideeën & reflectie: café? #1 + meer");
    draft.body = QString::fromUtf8("Één regel\nTwee: ü?\r\nDrie & vier # 5 + 6 = elf");
    const QByteArray url = draft.mailtoUrl().toEncoded();
    CHECK(url == "mailto:sanne@example.com,piet.de.boer@example.nl"
                 "?subject=Idee%C3%ABn%20%26%20reflectie%3A%20caf%C3%A9%3F%20%231%20%2B%20meer"
                 "&body=%C3%89%C3%A9n%20regel%0D%0ATwee%3A%20%C3%BC%3F%0D%0ADrie%20%26%20vier%20%"
                 "23%205%20%2B%206%20%3D%20elf");
    // Decoded again, the text is the same, with CRLF line ends as RFC 6068 asks.
    const QUrl parsed = QUrl::fromEncoded(url);
    CHECK(parsed.scheme() == QStringLiteral("mailto"));
    CHECK(QUrl::fromPercentEncoding(url.mid(url.indexOf("body=") + 5)) ==
          QString::fromUtf8("Één regel\r\nTwee: ü?\r\nDrie & vier # 5 + 6 = elf"));
}

TEST_CASE("a mailto link without recipients leaves them to the user")
{
    MailDraft draft;
    draft.subject = QStringLiteral("Hi");
    CHECK(draft.mailtoUrl().toEncoded() == "mailto:?subject=Hi");
}

TEST_CASE("a body too long for a mailto link is shortened, and says so")
{
    MailDraft draft;
    draft.to = {QStringLiteral("sanne@example.com")};
    draft.subject = QStringLiteral("Feedback");
    draft.body = QString(5000, QLatin1Char('x'));
    const FittedMailto fitted = fitMailto(draft, QStringLiteral("1. Question?"));
    CHECK(fitted.shortened);
    CHECK(fitted.url.toEncoded().size() <= MailDraft::maxUrlLength);
    CHECK(fitted.url.toEncoded().endsWith("body=1.%20Question%3F"));

    draft.body = QString(1000, QLatin1Char('x'));
    const FittedMailto whole = fitMailto(draft, QStringLiteral("short"));
    CHECK_FALSE(whole.shortened);
    CHECK(whole.url.toEncoded().contains(QByteArray(1000, 'x')));
}

TEST_CASE("addresses are taken from what the user typed, with or without names")
{
    CHECK(parseAddresses(QStringLiteral(
              "Piet <piet@example.nl>; anna@example.com,  Kees  kees@x.org, piet@example.nl")) ==
          QStringList{QStringLiteral("piet@example.nl"), QStringLiteral("anna@example.com"),
                      QStringLiteral("kees@x.org")});
    CHECK(parseAddresses(QStringLiteral("just a name")).isEmpty());
}

TEST_CASE("a preparation request carries the date and numbered questions, and never private notes")
{
    ConversationRecord record;
    record.employee.name = QStringLiteral("Sanne de Vries");
    record.conversation.plannedDate = QDate(2026, 3, 10);
    record.conversation.attentionPoints = QStringLiteral("SECRET attention point");
    record.notes.push_back(
        Note{1, 1, Phase::Preparation, {}, QStringLiteral("SECRET private note"), true});
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);

    for (auto kind :
         {PreparationRequest::Kind::SelfReflection, PreparationRequest::Kind::Feedback}) {
        const PreparationRequest request(kind, record, QStringLiteral("Jan Jansen"), locale);
        const QString body = request.body();
        CHECK(body.contains(QStringLiteral("10 March 2026")));
        CHECK(body.contains(QStringLiteral("1. ") + request.questions()[0]));
        CHECK(body.contains(QStringLiteral("3. ") + request.questions()[2]));
        CHECK(body.endsWith(QStringLiteral("Jan Jansen\n")));
        CHECK_FALSE(body.contains(QStringLiteral("SECRET")));
        CHECK_FALSE(request.subject().contains(QStringLiteral("SECRET")));
        CHECK(request.body().size() > request.shortBody().size());
        CHECK(body.contains(request.shortBody().left(20)));
    }
    const PreparationRequest feedback(PreparationRequest::Kind::Feedback, record, QString(),
                                      locale);
    CHECK(feedback.subject().contains(QStringLiteral("Sanne de Vries")));
    CHECK(feedback.body().endsWith(QStringLiteral("Thank you!\n")));
}

TEST_CASE(
    "the draft's own body sent back unanswered splits into empty answers and nothing unplaced")
{
    ConversationRecord record;
    record.employee.name = QStringLiteral("Sanne");
    record.conversation.plannedDate = QDate(2026, 3, 10);
    const PreparationRequest request(PreparationRequest::Kind::SelfReflection, record,
                                     QStringLiteral("Jan"));
    const QStringList boilerplate = request.introduction().split(QLatin1Char('\n')) +
                                    request.closing().split(QLatin1Char('\n'));
    const auto result = AnswerSplitter(request.questions(), boilerplate).split(request.body());
    CHECK(result.foundAnyHeading);
    CHECK(result.missing() == QList<int>{0, 1, 2});
    CHECK(result.unplaced.isEmpty());
}

TEST_CASE("a request is signed with the manager's name and role, and an answer to it still splits")
{
    CHECK(PreparationRequest::signature(QStringLiteral(" Jan "), QString()) ==
          QStringLiteral("Jan"));
    CHECK(PreparationRequest::signature(QString(), QStringLiteral("Teamleider")).isEmpty());
    ConversationRecord record;
    record.employee.name = QStringLiteral("Sanne");
    const PreparationRequest request(
        PreparationRequest::Kind::SelfReflection, record,
        PreparationRequest::signature(QStringLiteral("Jan"), QStringLiteral("Teamleider")));
    CHECK(request.closing().endsWith(QStringLiteral("\nJan\nTeamleider")));
    CHECK(request.body().endsWith(QStringLiteral("Jan\nTeamleider\n")));
    const QStringList boilerplate = request.introduction().split(QLatin1Char('\n')) +
                                    request.closing().split(QLatin1Char('\n'));
    const auto result = AnswerSplitter(request.questions(), boilerplate).split(request.body());
    CHECK(result.unplaced.isEmpty());
}

TEST_CASE("the report's mail names the file to attach, says it is not attached, and asks for "
          "comments and agreement")
{
    const ReportMail mail({.employeeName = QStringLiteral("Fleur van Dijk"),
                           .employeeEmail = QStringLiteral("fleur@example.nl"),
                           .heldOn = QDate(2026, 3, 12),
                           .fileName = QStringLiteral("Report - Fleur van Dijk.pdf"),
                           .signature = QStringLiteral("Marieke Bos")},
                          QLocale(QLocale::English, QLocale::UnitedKingdom));
    const MailDraft draft = mail.draft();
    CHECK(draft.to == QStringList{QStringLiteral("fleur@example.nl")});
    CHECK(draft.subject.contains(QStringLiteral("12 March 2026")));
    CHECK(draft.body.contains(QStringLiteral("\"Report - Fleur van Dijk.pdf\"")));
    CHECK(draft.body.contains(QStringLiteral("not attached to this mail automatically")));
    CHECK(draft.body.contains(QStringLiteral("your comments")));
    CHECK(draft.body.contains(QStringLiteral("agree")));
    CHECK(draft.body.endsWith(QStringLiteral("Marieke Bos")));
    CHECK(mail.shortBody().contains(QStringLiteral("Report - Fleur van Dijk.pdf")));
    // The link fits, and carries the file's name.
    const FittedMailto fitted = fitMailto(draft, mail.shortBody());
    CHECK_FALSE(fitted.shortened);
    CHECK(QUrl::fromPercentEncoding(fitted.url.toEncoded())
              .contains(QStringLiteral("Fleur van Dijk.pdf")));
}
