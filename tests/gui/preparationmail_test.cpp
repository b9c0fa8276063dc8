#include "gui/platform/filedialogs.h"
#include "gui/platform/mailclient.h"
#include "gui/preparation/pasteanswersdialog.h"
#include "gui/preparation/preparationpage.h"
#include "gui/preparation/preparationrequestdialog.h"
#include "guitestsupport.h"
#include "services/conversationdocument.h"
#include "services/settings.h"
#include "store/store.h"

#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUndoStack>

using namespace dialoog;
using namespace dialoog::test;

namespace {

struct PreparationFixture
{
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("prep.sqlite")), Store::Open::CreateIfMissing};
    Id conversation = 0;
    std::unique_ptr<ConversationDocument> document;
    std::unique_ptr<PreparationPage> page;

    PreparationFixture()
    {
        QSettings().clear();
        Settings().setManagerName(QStringLiteral("Jan Jansen"));
        MessageBox::setTestMode(true);
        MailClient::setTestMode(true);
        Employee e{0,
                   QStringLiteral("Sanne de Vries"),
                   {},
                   {},
                   QStringLiteral("sanne@example.com"),
                   {},
                   6,
                   false};
        store.employees().insert(e);
        conversation = store.conversations().create(e.id, QDate(2026, 3, 10)).id;
        ConversationRecord record = store.conversations().load(conversation);
        record.notes.push_back(Note{0, conversation, Phase::Preparation,
                                    QDateTime::currentDateTime(),
                                    QStringLiteral("PRIVATE: worried about workload"), true});
        record.conversation.attentionPoints = QStringLiteral("ATTENTION: sick leave");
        store.conversations().save(record);
        document =
            std::make_unique<ConversationDocument>(store, store.conversations().load(conversation));
        page = std::make_unique<PreparationPage>(*document);
        // As the workspace does: the page shows every change.
        QObject::connect(&document->session(), &ConversationSession::changed, page.get(),
                         &PhasePage::refresh);
        page->resize(800, 900);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
    }

    template <typename Dialog> Dialog *dialog()
    {
        auto *found = page->findChild<Dialog *>();
        REQUIRE(found);
        REQUIRE(QTest::qWaitForWindowExposed(found));
        return found;
    }
};

} // namespace

TEST_CASE("asking for a self-reflection opens a mail to the employee with the questions, without "
          "private notes")
{
    PreparationFixture f;
    QTest::mouseClick(child<QPushButton>(f.page.get(), "askReflection"), Qt::LeftButton);
    auto *dialog = f.dialog<PreparationRequestDialog>();
    QTest::mouseClick(child<QPushButton>(dialog, "openInMail"), Qt::LeftButton);

    const QByteArray url = MailClient::lastUrl().toEncoded();
    CHECK(url.startsWith("mailto:sanne@example.com?subject="));
    const QString decoded = QUrl::fromPercentEncoding(url);
    const PreparationRequest request(PreparationRequest::Kind::SelfReflection, f.document->record(),
                                     QStringLiteral("Jan Jansen"));
    CHECK(decoded.contains(QStringLiteral("subject=") + request.subject() +
                           QStringLiteral("&body=")));
    CHECK(decoded.contains(QStringLiteral("1. ") + PreparationRequest::reflectionQuestions()[0] +
                           QStringLiteral("\r\n")));
    CHECK(decoded.contains(QStringLiteral("Jan Jansen")));
    CHECK_FALSE(decoded.contains(QStringLiteral("PRIVATE")));
    CHECK_FALSE(decoded.contains(QStringLiteral("ATTENTION")));
    CHECK(child<QLabel>(dialog, "requestStatus")->text().contains(QStringLiteral("ready")));

    QTest::mouseClick(child<QPushButton>(dialog, "copyText"), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    CHECK(copied.startsWith(request.subject()));
    CHECK(copied.contains(PreparationRequest::reflectionQuestions()[2]));
    dialog->close();
}

TEST_CASE("asking colleagues for feedback sends one mail to all their addresses, and prints a form")
{
    PreparationFixture f;
    QTest::mouseClick(child<QPushButton>(f.page.get(), "askFeedback"), Qt::LeftButton);
    auto *dialog = f.dialog<PreparationRequestDialog>();
    typeInto(child<QLineEdit>(dialog, "recipients"),
             QStringLiteral("Piet <piet@example.nl>, anna@example.com"));
    QTest::mouseClick(child<QPushButton>(dialog, "openInMail"), Qt::LeftButton);
    CHECK(MailClient::lastUrl().toEncoded().startsWith(
        "mailto:piet@example.nl,anna@example.com?subject="));
    CHECK(
        QUrl::fromPercentEncoding(MailClient::lastUrl().toEncoded())
            .contains(PreparationRequest::feedbackQuestions(QStringLiteral("Sanne de Vries"))[1]));

    const QString pdf = f.dir.filePath(QStringLiteral("feedback form.pdf"));
    FileDialogs::setNextSaveFileName(pdf);
    QTest::mouseClick(child<QPushButton>(dialog, "printForm"), Qt::LeftButton);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK(file.permissions() & QFile::ReadOwner);
    CHECK_FALSE(file.permissions() & QFile::ReadOther);
    if (const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        !pdfinfo.isEmpty()) {
        QProcess info;
        info.start(pdfinfo, {pdf});
        REQUIRE(info.waitForFinished());
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        CHECK(out.contains(QStringLiteral("Pages:")));
        CHECK_FALSE(out.contains(QRegularExpression(QStringLiteral("Pages:\\s+0\\b"))));
    }
    dialog->close();
}

TEST_CASE("pasted answers fill the reflection as one undo step, added below what was there")
{
    PreparationFixture f;
    typeInto(child<QPlainTextEdit>(f.page.get(), "growth"), QStringLiteral("Typed earlier"));
    const Reflection before = f.document->record().reflection;

    QTest::mouseClick(child<QPushButton>(f.page.get(), "pasteReflection"), Qt::LeftButton);
    auto *dialog = f.dialog<PasteAnswersDialog>();
    const QStringList q = PreparationRequest::reflectionQuestions();
    const QString reply =
        QStringLiteral("Hi Jan,\n\n> 2. ") + q[1] + QStringLiteral("\nPresenting.\n\n> 1. ") +
        q[0] + QStringLiteral("\nThe migration.\n\nP.S. see you Tuesday\n\nKind regards,\nSanne\n");
    child<QPlainTextEdit>(dialog, "pasteBox")->setPlainText(reply);

    const QStringList answers = dialog->result().answers;
    REQUIRE(answers.size() == 3);
    CHECK(answers[0] == QStringLiteral("The migration.\n\nP.S. see you Tuesday"));
    CHECK(answers[1] == QStringLiteral("Presenting."));
    CHECK(answers[2].isEmpty());
    const QString preview = child<QTextBrowser>(dialog, "splitPreview")->toPlainText();
    CHECK(preview.contains(QStringLiteral("1. ") + q[0] + QStringLiteral("\nThe migration.")));
    CHECK(preview.contains(QStringLiteral("Presenting.")));
    CHECK(preview.contains(QStringLiteral("No answer found.")));
    CHECK_FALSE(preview.contains(QStringLiteral("Kind regards")));
    CHECK(child<QLabel>(dialog, "pasteNote")->text().contains(QStringLiteral("added below")));

    const int steps = f.document->undoStack()->count();
    QTest::mouseClick(child<QPushButton>(dialog, "saveAnswers"), Qt::LeftButton);
    CHECK(f.document->undoStack()->count() == steps + 1);
    const Reflection after = f.document->record().reflection;
    CHECK(after.wentWell == QStringLiteral("The migration.\n\nP.S. see you Tuesday"));
    CHECK(after.growth == QStringLiteral("Typed earlier\n\nPresenting."));
    CHECK(after.ambitions.isEmpty());
    CHECK(child<QPlainTextEdit>(f.page.get(), "wentWell")->toPlainText() == after.wentWell);
    REQUIRE(f.document->saveNow());
    CHECK(f.store.conversations().load(f.conversation).reflection.growth == after.growth);

    f.document->undoStack()->undo();
    CHECK(f.document->record().reflection == before);
    CHECK(child<QPlainTextEdit>(f.page.get(), "growth")->toPlainText() ==
          QStringLiteral("Typed earlier"));
}

TEST_CASE("pasted feedback becomes one feedback item with its questions and who wrote it")
{
    PreparationFixture f;
    QTest::mouseClick(child<QPushButton>(f.page.get(), "pasteFeedback"), Qt::LeftButton);
    auto *dialog = f.dialog<PasteAnswersDialog>();
    CHECK(dialog->kind() == PreparationRequest::Kind::Feedback);
    typeInto(child<QLineEdit>(dialog, "pasteFromWhom"), QStringLiteral("Piet"));
    const QStringList q = PreparationRequest::feedbackQuestions(QStringLiteral("Sanne de Vries"));
    child<QPlainTextEdit>(dialog, "pasteBox")
        ->setPlainText(QStringLiteral("1. ") + q[0] + QStringLiteral("\nAlways calm.\n-- \nPiet"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveAnswers"), Qt::LeftButton);
    REQUIRE(f.document->record().feedback.size() == 1);
    const FeedbackItem &item = f.document->record().feedback.front();
    CHECK(item.fromWhom == QStringLiteral("Piet"));
    CHECK(item.text == QStringLiteral("1. ") + q[0] + QStringLiteral("\nAlways calm."));
}
