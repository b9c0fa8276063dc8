#include "../store/storetestsupport.h"
#include "finishedconversation.h"
#include "report/summarybuilder.h"
#include "report/summaryprinter.h"
#include "report/summaryrenderers.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

ConversationRecord fixture()
{
    ConversationRecord r = test::finishedConversation();
    Conversation &c = r.conversation;
    c.energy = 4;
    c.workHappiness = 2;
    c.wellbeingNote = QStringLiteral("Tired of the reporting deadlines");
    c.attentionPoints = QStringLiteral("ATTENTION-manager-only");
    c.summary = QStringLiteral("KEYPOINT-grow-towards-modelling");
    c.nextFollowUp = QDate(2026, 4, 23);
    r.reflection = Reflection{1, 10, QStringLiteral("WENTWELL-dashboard"),
                              QStringLiteral("GROWTH-statistics"), QStringLiteral("AMBITION-lead")};
    r.achievements = {Achievement{1, 10, QStringLiteral("ACHIEVEMENT-churn-model")}};
    r.feedback = {FeedbackItem{1,
                               1,
                               10,
                               QStringLiteral("Bram"),
                               Relation::Peer,
                               {},
                               QStringLiteral("FEEDBACK-clear-charts")}};
    r.goals = {Goal{5,
                    1,
                    10,
                    QStringLiteral("GOAL-learn-python"),
                    QStringLiteral("WHY-automation"),
                    GoalStatus::Active,
                    30,
                    QDate(2026, 12, 1),
                    {GoalStep{1, 5, StepKind::Training, QStringLiteral("STEP-course")}}}};
    r.goalUpdates = {
        GoalUpdate{1, 5, 10, GoalStatus::Active, 30, QStringLiteral("UPDATE-halfway")}};
    r.questions = {
        Question{3, QStringLiteral("en"), QStringLiteral("QUESTION-what-gives-energy"), true, 1}};
    r.answers = {Answer{1, 10, 3, QStringLiteral("ANSWER-puzzles")}};
    r.notes = {Note{1, 10, Phase::Questions, QDateTime(c.heldDate, QTime(10, 0)),
                    QStringLiteral("NOTE-public"), false},
               Note{2, 10, Phase::Questions, QDateTime(c.heldDate, QTime(10, 5)),
                    QStringLiteral("NOTE-private"), true}};
    r.actionItems = {ActionItem{1,
                                10,
                                QStringLiteral("ACTION-book-course"),
                                Owner::Employee,
                                {},
                                QDate(2026, 4, 1),
                                {},
                                ActionStatus::Open,
                                0,
                                0}};
    r.agreements = {Agreement{1, 10, QStringLiteral("AGREEMENT-monthly")}};
    return r;
}

QString pdfText(const SummaryDocument &summary, int *pages = nullptr)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("s.pdf"));
    QString error;
    REQUIRE(writeSummary(summary, pdf, QLocale(QLocale::English, QLocale::UnitedKingdom), &error));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    // The PDF uses the font's ligatures ("ﬁ"); compare text the way a reader sees it.
    const QString out =
        QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    if (pages)
        *pages = int(out.count(QLatin1Char('\f')));
    return out;
}

SummaryOptions options()
{
    SummaryOptions o;
    o.managerName = QStringLiteral("Marieke Bos");
    o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    return o;
}

} // namespace

TEST_CASE(
    "the PDF holds every section and value of the conversation, in order, and no private note")
{
    const QString text = pdfText(buildSummary(fixture(), 3, options()));
    const QStringList inOrder = {QStringLiteral("Development conversation"),
                                 QStringLiteral("Fleur van Dijk"),
                                 QStringLiteral("Data analyst"),
                                 QStringLiteral("Insights"),
                                 QStringLiteral("12 March 2026"),
                                 QStringLiteral("Marieke Bos"),
                                 QStringLiteral("number 3 in the series"),
                                 QStringLiteral("4 of 5"),
                                 QStringLiteral("2 of 5"),
                                 QStringLiteral("Tired of the reporting deadlines"),
                                 QStringLiteral("ACHIEVEMENT-churn-model"),
                                 QStringLiteral("WENTWELL-dashboard"),
                                 QStringLiteral("GROWTH-statistics"),
                                 QStringLiteral("AMBITION-lead"),
                                 QStringLiteral("Bram (peer)"),
                                 QStringLiteral("FEEDBACK-clear-charts"),
                                 QStringLiteral("UPDATE-halfway"),
                                 QStringLiteral("ATTENTION-manager-only"),
                                 QStringLiteral("GOAL-learn-python"),
                                 QStringLiteral("WHY-automation"),
                                 QStringLiteral("STEP-course"),
                                 QStringLiteral("1 December 2026"),
                                 QStringLiteral("QUESTION-what-gives-energy"),
                                 QStringLiteral("ANSWER-puzzles"),
                                 QStringLiteral("KEYPOINT-grow-towards-modelling"),
                                 QStringLiteral("AGREEMENT-monthly"),
                                 QStringLiteral("ACTION-book-course"),
                                 QStringLiteral("01/04/2026"),
                                 QStringLiteral("23 April 2026"),
                                 QStringLiteral("NOTE-public"),
                                 QStringLiteral("Signature")};
    qsizetype at = 0;
    for (const QString &value : inOrder) {
        INFO(value.toStdString());
        const qsizetype found = text.indexOf(value, at);
        CHECK(found >= 0);
        if (found >= 0)
            at = found;
    }
    CHECK_FALSE(text.contains(QStringLiteral("NOTE-private")));
    // The footer, on every page.
    const int pages = int(text.count(QLatin1Char('\f')));
    CHECK(text.count(QStringLiteral("Confidential")) == pages);
    CHECK(text.contains(QStringLiteral("page %1 of %1").arg(pages)));
}

TEST_CASE("private notes appear only when asked for, marked; the employee's copy has nothing of "
          "the manager's alone")
{
    SummaryOptions withPrivate = options();
    withPrivate.includePrivateNotes = true;
    const QString markdown = summaryToMarkdown(buildSummary(fixture(), 0, withPrivate));
    CHECK(markdown.contains(QStringLiteral("(private) NOTE-private")));
    CHECK(markdown.contains(QStringLiteral("not for sharing")));

    SummaryOptions copy = options();
    copy.employeeCopy = true;
    copy.includePrivateNotes = true; // the copy wins
    const QString text = summaryToPlainText(buildSummary(fixture(), 0, copy));
    CHECK(text.contains(QStringLiteral("Employee's copy")));
    CHECK_FALSE(text.contains(QStringLiteral("NOTE-private")));
    CHECK_FALSE(text.contains(QStringLiteral("ATTENTION-manager-only")));
    CHECK(text.contains(QStringLiteral("NOTE-public")));
}

TEST_CASE("HTML, Markdown and plain text say the same things, escaped for their format")
{
    ConversationRecord r = fixture();
    r.conversation.summary = QStringLiteral("Use <b>tags</b> & *stars* | pipes");
    const SummaryDocument summary = buildSummary(r, 0, options());
    const QString html = summaryToHtml(summary);
    CHECK(html.contains(QStringLiteral("Use &lt;b&gt;tags&lt;/b&gt; &amp; *stars* | pipes")));
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    const QString markdown = summaryToMarkdown(summary);
    CHECK(markdown.contains(QStringLiteral("Use \\<b\\>tags\\</b\\> & \\*stars\\* \\| pipes")));
    CHECK(markdown.contains(QStringLiteral("| ACTION-book-course | Employee |")));
    for (const QString &value :
         {QStringLiteral("GOAL-learn-python"), QStringLiteral("ANSWER-puzzles"),
          QStringLiteral("AGREEMENT-monthly")}) {
        CHECK(html.contains(value));
        CHECK(markdown.contains(value));
        CHECK(summaryToPlainText(summary).contains(value));
    }
}

TEST_CASE(
    "a conversation with 1,000 action items and very long texts paginates without losing a row")
{
    ConversationRecord r = fixture();
    r.actionItems.clear();
    for (int i = 1; i <= 1000; ++i)
        r.actionItems.push_back(
            ActionItem{i,
                       10,
                       QStringLiteral("ITEM%1 follow up").arg(i, 4, 10, QLatin1Char('0')),
                       Owner::Manager,
                       {},
                       QDate(2026, 5, 1),
                       {},
                       ActionStatus::Open,
                       0,
                       0});
    r.conversation.summary =
        QStringLiteral("A long passage about growth and energy. ").repeated(300);
    r.reflection.ambitions =
        QStringLiteral("Onderzoeksvaardigheden").repeated(12); // one very long word
    int pages = 0;
    const QString text = pdfText(buildSummary(r, 0, options()), &pages);
    for (int i = 1; i <= 1000; ++i) {
        const QString item = QStringLiteral("ITEM%1 follow up").arg(i, 4, 10, QLatin1Char('0'));
        if (!text.contains(item)) {
            FAIL_CHECK("missing " << item.toStdString());
            break;
        }
    }
    CHECK(pages > 20);
    CHECK(pages < 60);
    CHECK(text.contains(QStringLiteral("page %1 of %1").arg(pages)));
}

TEST_CASE("Dutch diacritics and right-to-left text come through to the PDF")
{
    ConversationRecord r = fixture();
    r.conversation.summary = QStringLiteral("Één café, coördinatie en reünie — שלום עולם");
    const QString text = pdfText(buildSummary(r, 0, options()));
    CHECK(text.contains(QStringLiteral("Één café, coördinatie en reünie")));
    CHECK(text.contains(QStringLiteral("שלום")));
}

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("writing refuses an unknown extension and a missing folder, keeping an existing file "
          "byte for byte")
{
    QTemporaryDir dir;
    const SummaryDocument summary = buildSummary(fixture(), 0, options());
    QString error;
    const QString docx = dir.filePath(QStringLiteral("s.docx"));
    const QByteArray mine("PK\x03\x04 a document of the user's own");
    writeBytes(docx, mine);
    CHECK_FALSE(writeSummary(summary, docx, QLocale(), &error));
    CHECK(error.contains(QStringLiteral(".pdf, .html or .md")));
    CHECK(bytesOf(docx) == mine);
    CHECK_FALSE(
        writeSummary(summary, dir.filePath(QStringLiteral("missing/s.pdf")), QLocale(), &error));
    CHECK(error.startsWith(QStringLiteral("cannot write")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing"))));

    // A summary the user asked for replaces an older one at that place, whole.
    const QString md = dir.filePath(QStringLiteral("s.md"));
    writeBytes(md, QByteArray("an older summary\n").repeated(1000));
    REQUIRE(writeSummary(summary, md, QLocale(), &error));
    const QByteArray written = bytesOf(md);
    CHECK(written.startsWith("# Development conversation"));
    CHECK_FALSE(written.contains("an older summary"));
}

TEST_CASE("paper is A4, or US Letter where the locale measures in inches")
{
    CHECK(defaultPageSize(QLocale(QLocale::Dutch, QLocale::Netherlands)) == QPageSize::A4);
    CHECK(defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)) == QPageSize::Letter);
}

TEST_CASE("the summary of a corrected conversation says when it was corrected")
{
    ConversationRecord r = fixture();
    CHECK_FALSE(
        summaryToPlainText(buildSummary(r, 0, options())).contains(QStringLiteral("corrected on")));
    r.conversation.correctedOn = QDate(2026, 4, 2);
    const QString text = summaryToPlainText(buildSummary(r, 0, options()));
    CHECK(text.contains(QRegularExpression(QStringLiteral("\\(corrected on [^)]*2026\\)"))));
}

namespace {

// The part of a Markdown summary from one heading up to (not including) another.
QString markdownBetween(const QString &markdown, const QString &from, const QString &to)
{
    const qsizetype start = markdown.indexOf(from);
    const qsizetype end = markdown.indexOf(to, start);
    return start < 0 || end < 0 ? QString() : markdown.mid(start, end - start);
}

ConversationRecord checkInFixture()
{
    ConversationRecord r = fixture();
    Conversation &c = r.conversation;
    c.id = 11;
    c.kind = ConversationKind::CheckIn;
    c.heldDate = QDate(2026, 3, 26);
    c.energy = 3;
    c.workHappiness = 4;
    c.wellbeingNote.clear();
    c.attentionPoints.clear();
    c.summary = QStringLiteral("Scope the dashboard rewrite before May.");
    c.nextFollowUp = QDate();
    c.topic = CheckInTopic::Project;
    c.topicText = QStringLiteral("The dashboard rewrite");
    c.nextCheckIn = QDate(2026, 4, 9);
    r.reflection = Reflection{};
    r.achievements.clear();
    r.feedback.clear();
    r.questions.clear();
    r.answers.clear();
    r.goalUpdates = {
        GoalUpdate{2, 5, 11, GoalStatus::Active, 45, QStringLiteral("Finished the first module")}};
    r.notes = {Note{3, 11, Phase::Preparation, QDateTime(c.heldDate, QTime(9, 5)),
                    QStringLiteral("Wants to pair with Bram on the data layer"), false},
               Note{4, 11, Phase::Preparation, QDateTime(c.heldDate, QTime(9, 10)),
                    QStringLiteral("NOTE-private"), true}};
    r.actionItems.front().conversationId = 11;
    r.actionItems.front().text = QStringLiteral("Write the one-page scope");
    r.agreements = {Agreement{2, 11, QStringLiteral("Demo the first screen at the next check-in")}};
    return r;
}

QString golden(const QString &name)
{
    QFile file(QStringLiteral(DIALOOG_TEST_DATA "/../report/golden/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A difference leaves what was made beside the temporary files, to compare and, when the
// change is meant, to copy over the golden file.
void checkGolden(const QString &actual, const QString &name)
{
    const QString expected = golden(name);
    if (actual != expected) {
        QFile out(QDir::temp().filePath(name + QStringLiteral(".actual")));
        if (out.open(QIODevice::WriteOnly))
            out.write(actual.toUtf8());
        FAIL_CHECK("differs from tests/report/golden/"
                   << name.toStdString() << "; made: " << out.fileName().toStdString());
    }
    CHECK_FALSE(expected.isEmpty());
}

ConversationRecord agreedFixture()
{
    ConversationRecord r = fixture();
    r.conversation.signOff = SignOff::Agreed;
    r.conversation.sentOn = QDate(2026, 3, 13);
    r.conversation.answeredOn = QDate(2026, 3, 20);
    r.conversation.employeeResponse =
        QStringLiteral("I recognise myself in the report.\n\nI would like to start the course "
                       "in April rather than in May.");
    return r;
}

} // namespace

TEST_CASE("the summary gives the employee's response in their words and the sign-off line, as "
          "the golden file has them")
{
    const QString markdown = summaryToMarkdown(buildSummary(agreedFixture(), 0, options()));
    const QString part = markdownBetween(markdown, QStringLiteral("## The employee's response"),
                                         QStringLiteral("## Signatures"));
    checkGolden(part, QStringLiteral("signoff_agreed_en.md"));
}

TEST_CASE("the printed summary says \"agreed on\" with the date and both names")
{
    const QString text = pdfText(buildSummary(agreedFixture(), 0, options()));
    CHECK(text.contains(QStringLiteral("The employee's response")));
    CHECK(text.contains(QStringLiteral("in April rather than in May")));
    CHECK(text.simplified().contains(
        QStringLiteral("Agreed on %1 by Fleur van Dijk (employee) and Marieke Bos (manager).")
            .arg(options().locale.toString(QDate(2026, 3, 20), QLocale::LongFormat))));
}

TEST_CASE("a seen, disputed or sent report says so; a draft has no sign-off and no response")
{
    ConversationRecord r = agreedFixture();
    r.conversation.signOff = SignOff::Seen;
    QString text = summaryToPlainText(buildSummary(r, 0, options()));
    const QString answered = options().locale.toString(QDate(2026, 3, 20), QLocale::LongFormat);
    CHECK(text.contains(QStringLiteral("Seen on %1 by Fleur van Dijk (employee)").arg(answered)));
    r.conversation.signOff = SignOff::Disputed;
    text = summaryToPlainText(buildSummary(r, 0, options()));
    CHECK(
        text.contains(QStringLiteral("Disputed by Fleur van Dijk (employee) on %1").arg(answered)));
    r.conversation.signOff = SignOff::Sent;
    r.conversation.answeredOn = QDate();
    text = summaryToPlainText(buildSummary(r, 0, options()));
    CHECK(text.contains(
        QStringLiteral("Sent to Fleur van Dijk on %1; no answer yet.")
            .arg(options().locale.toString(QDate(2026, 3, 13), QLocale::LongFormat))));
    text = summaryToPlainText(buildSummary(fixture(), 0, options()));
    CHECK_FALSE(text.contains(QStringLiteral("Sign-off")));
    CHECK_FALSE(text.contains(QStringLiteral("The employee's response")));
}

TEST_CASE("the employee's copy carries their response and the sign-off too")
{
    SummaryOptions copy = options();
    copy.employeeCopy = true;
    const QString text = summaryToPlainText(buildSummary(agreedFixture(), 0, copy));
    CHECK(text.contains(QStringLiteral("in April rather than in May")));
    CHECK(text.contains(QStringLiteral("Agreed on ")));
}

TEST_CASE("without a manager's name the sign-off line says \"the manager\"")
{
    SummaryOptions anonymous = options();
    anonymous.managerName.clear();
    const QString text = summaryToPlainText(buildSummary(agreedFixture(), 0, anonymous));
    CHECK(text.contains(QStringLiteral("Fleur van Dijk (employee) and the manager.")));
}

TEST_CASE("the check-in note reads as the golden file: scores, topic, goal lines, agreements, "
          "action items, the next check-in and the public notes, with no signatures")
{
    const SummaryDocument note = buildSummary(checkInFixture(), 2, options());
    CHECK(summaryToMarkdown(note).toStdString() ==
          golden(QStringLiteral("checkin-note.md")).toStdString());
}

TEST_CASE("the check-in note prints on one page with the same footer as a conversation summary")
{
    int pages = 0;
    const QString text = pdfText(buildSummary(checkInFixture(), 2, options()), &pages);
    CHECK(pages == 1);
    CHECK(text.contains(QStringLiteral("Check-in")));
    CHECK(text.contains(QStringLiteral("The dashboard rewrite")));
    CHECK(text.contains(QStringLiteral("9 April 2026")));
    CHECK(text.count(QStringLiteral("Confidential")) == 1);
    CHECK(text.contains(QStringLiteral("page 1 of 1")));
    CHECK_FALSE(text.contains(QStringLiteral("Signature")));
    CHECK_FALSE(text.contains(QStringLiteral("NOTE-private")));
}

TEST_CASE("a check-in's number counts the check-ins only, so the conversations keep theirs")
{
    test::TempStore temp;
    Store &store = *temp;
    Employee e;
    e.name = QStringLiteral("Fleur van Dijk");
    store.employees().insert(e);
    auto conversations = store.conversations();
    const Conversation first = conversations.create(e.id, QDate(2026, 1, 10));
    conversations.create(e.id, QDate(2026, 2, 1), ConversationKind::CheckIn);
    const Conversation second =
        conversations.create(e.id, QDate(2026, 3, 1), ConversationKind::CheckIn);
    const auto numberOf = [&](Id id) {
        for (const auto &[label, value] : buildSummary(store, id, options()).header.rows) {
            if (value.startsWith(QStringLiteral("number")))
                return value;
        }
        return QString();
    };
    CHECK(numberOf(first.id) == QStringLiteral("number 1 in the series"));
    CHECK(numberOf(second.id) == QStringLiteral("number 2 in the series"));
}
