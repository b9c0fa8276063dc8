// Issue 17: the report goes to the employee, their reply comes back as their response,
// and they sign it: driven by keys on the wrap-up page, as a manager does it.
#include "gui/platform/actionregistry.h"
#include "gui/platform/filedialogs.h"
#include "gui/platform/mailclient.h"
#include "gui/platform/shortcutoverview.h"
#include "gui/summary/summaryactions.h"
#include "gui/workspace/pasteresponsedialog.h"
#include "gui/workspace/signoffpanel.h"
#include "gui/workspace/workspaceactionids.h"
#include "gui/workspace/workspacewindow.h"
#include "gui/workspace/wrapuppage.h"
#include "guitestsupport.h"
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/settings.h"
#include "store/store.h"

#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrlQuery>

using namespace dialoog;
using namespace dialoog::test;

namespace {

struct SignOffWindow
{
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("signoff.sqlite")), Store::Open::CreateIfMissing};
    Settings settings;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<WorkspaceWindow> window;
    Id conversation = 0;

    SignOffWindow()
    {
        QSettings().clear();
        settings.setManagerName(QStringLiteral("Marieke Bos"));
        MessageBox::setTestMode(true);
        MailClient::setTestMode(true);
        Employee e;
        e.name = QStringLiteral("Fleur van Dijk");
        e.email = QStringLiteral("fleur@example.nl");
        store.employees().insert(e);
        // Held yesterday and finished: its report can go to Fleur.
        const QDate held = QDate::currentDate().addDays(-1);
        conversation = store.conversations().create(e.id, held).id;
        ConversationRecord r = store.conversations().load(conversation);
        r.conversation.heldDate = held;
        r.conversation.phase = Phase::Finished;
        r.conversation.summary = QStringLiteral("Fleur grows towards modelling.");
        r.conversation.noFollowUp = true;
        r.notes.push_back(Note{0, conversation, Phase::Questions, QDateTime(held, QTime(10, 0)),
                               QStringLiteral("PRIVATE-worried"), true});
        store.conversations().save(r);
        services = std::make_unique<AppServices>(store);
        window = std::make_unique<WorkspaceWindow>(*services, settings, conversation,
                                                   QStringLiteral("en"));
        window->setAttribute(Qt::WA_DeleteOnClose, false); // the test owns it
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->showPhase(Phase::WrapUp);
        QApplication::processEvents();
    }

    SignOffPanel *panel() { return child<SignOffPanel>(window.get(), "signOffPanel"); }
    ConversationDocument &document() { return window->document(); }
    Conversation stored() { return store.conversations().load(conversation).conversation; }
    // Alt+letter, as the button's text says, pressed in the window.
    void alt(Qt::Key key)
    {
        QWidget *focus = window->focusWidget();
        pressIn(window.get(), focus ? focus : window.get(), key, Qt::AltModifier);
    }
};

QString pdfText(const QString &path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    return QString::fromUtf8(text.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("Send to Employee writes the employee's copy and opens a mail that names the file")
{
    SignOffWindow w;
    CHECK(w.panel()->stateLabel()->text() == QStringLiteral("Not sent to the employee yet"));
    const QString pdf = w.dir.filePath(QStringLiteral("Report for Fleur.pdf"));
    FileDialogs::setNextSaveFileName(pdf);
    REQUIRE(w.panel()->sendButton()->isVisibleTo(w.window.get()));
    REQUIRE(w.panel()->sendButton()->isEnabled());
    w.alt(Qt::Key_M); // the button clicks a moment later, as it shows itself pressed
    REQUIRE(QTest::qWaitFor(
        [&] { return w.document().record().conversation.signOff == SignOff::Sent; }));

    INFO("message: " << MessageBox::lastText().toStdString());
    REQUIRE(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Employee's copy")));
    CHECK(text.contains(QStringLiteral("Fleur grows towards modelling.")));
    CHECK_FALSE(text.contains(QStringLiteral("PRIVATE-worried")));

    const QUrl mail = MailClient::lastUrl();
    CHECK(mail.scheme() == QStringLiteral("mailto"));
    CHECK(mail.path() == QStringLiteral("fleur@example.nl"));
    const QString body = QUrlQuery(mail).queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
    CHECK(body.contains(QStringLiteral("\"Report for Fleur.pdf\"")));
    CHECK(body.contains(QStringLiteral("not attached to this mail automatically")));
    CHECK(body.contains(QStringLiteral("whether you agree")));

    CHECK(w.document().record().conversation.signOff == SignOff::Sent);
    CHECK(w.panel()->stateLabel()->text().startsWith(QStringLiteral("Sent to the employee on")));
    REQUIRE(w.document().saveNow());
    CHECK(w.stored().signOff == SignOff::Sent);
    CHECK(w.stored().sentOn == QDate::currentDate());
    // One step: undo takes the sending back.
    w.document().undoStack()->undo();
    CHECK(w.document().record().conversation.signOff == SignOff::Draft);
}

TEST_CASE("a pasted response is saved in the employee's words as one step, and marking it "
          "agreed by keys shows and prints \"agreed on\"")
{
    SignOffWindow w;
    REQUIRE(w.document().markSent(QDate::currentDate()));
    const int steps = w.document().undoStack()->count();

    {
        const NextDialog<PasteResponseDialog> paste(
            "Paste Response",
            [](PasteResponseDialog *dialog) {
                auto *box = child<QPlainTextEdit>(dialog, "responsePaste");
                box->setFocus();
                // Typed line by line, as keys: Return between the lines.
                for (const char *line :
                     {"Hi Marieke,", "", "I agree, and would like the course in April.", "",
                      "Kind regards,", "Fleur", "", "> Dear Fleur,", "> Attached is the report"}) {
                    QTest::keyClicks(box, QString::fromUtf8(line));
                    QTest::keyClick(box, Qt::Key_Return);
                }
                CHECK(child<QPlainTextEdit>(dialog, "responsePreview")->toPlainText() ==
                      QStringLiteral("I agree, and would like the course in April."));
                QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
            },
            NextDialog<PasteResponseDialog>::Wait::WhenActive);
        w.alt(Qt::Key_O);
        REQUIRE(QTest::qWaitFor([&] { return paste.answered(); }));
        REQUIRE(QTest::qWaitFor([&] { return !w.window->findChild<PasteResponseDialog *>(); }));
    }
    const QString response = QStringLiteral("I agree, and would like the course in April.");
    CHECK(w.document().record().conversation.employeeResponse == response);
    CHECK(w.document().undoStack()->count() == steps + 1);
    CHECK(w.panel()->responseView()->toPlainText() == response);
    CHECK(w.panel()->responseView()->isVisible());

    // Alt+A opens the answer menu (in a loop of its own); A again picks "Agreed".
    QMenu *menu = w.panel()->answerMenu();
    QTimer picker;
    QObject::connect(&picker, &QTimer::timeout, menu, [menu, &picker] {
        if (!menu->isVisible())
            return;
        picker.stop();
        QTest::keyClick(menu, Qt::Key_A);
    });
    picker.start(20);
    w.alt(Qt::Key_A);
    REQUIRE(QTest::qWaitFor(
        [&] { return w.document().record().conversation.signOff == SignOff::Agreed; }));
    CHECK_FALSE(picker.isActive());
    CHECK(w.document().undoStack()->count() == steps + 2);
    CHECK(w.panel()->stateLabel()->text().startsWith(QStringLiteral("Agreed by the employee on")));

    REQUIRE(w.document().saveNow());
    const Conversation stored = w.stored();
    CHECK(stored.signOff == SignOff::Agreed);
    CHECK(stored.answeredOn == QDate::currentDate());
    CHECK(stored.employeeResponse == response);
    // Not a correction: answering changes no word of the report.
    CHECK_FALSE(stored.correctedOn.isValid());

    const QString pdf = w.dir.filePath(QStringLiteral("summary.pdf"));
    REQUIRE(w.window->summary()->exportTo(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("The employee's response")));
    CHECK(text.contains(response));
    CHECK(text.contains(
        QStringLiteral("Agreed on %1 by Fleur van Dijk (employee) and Marieke Bos (manager).")
            .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat))));
}

TEST_CASE("changing an agreed report records a correction and moves it back to sent; undo "
          "gives the signature back")
{
    SignOffWindow w;
    REQUIRE(w.document().markSent(QDate::currentDate()));
    REQUIRE(w.document().markAnswered(SignOff::Agreed, QDate::currentDate()));
    auto *summary = child<QPlainTextEdit>(w.window.get(), "summary");
    typeInto(summary, QStringLiteral(" And teaching."));
    const Conversation &c = w.document().record().conversation;
    CHECK(c.signOff == SignOff::Sent);
    CHECK(c.correctedOn == QDate::currentDate());
    CHECK(w.panel()->stateLabel()->text().startsWith(QStringLiteral("Sent to the employee on")));
    CHECK(w.panel()->sendButton()->isEnabled());
    w.document().undoStack()->undo();
    CHECK(w.document().record().conversation.signOff == SignOff::Agreed);
    CHECK(w.document().record().conversation.summary ==
          QStringLiteral("Fleur grows towards modelling."));
}

TEST_CASE("Send to Employee and Paste Response are in the Summary menu and the shortcut overview, "
          "and work by their shortcuts from the note line")
{
    SignOffWindow w;
    QAction *send = actionOf(*w.window, WorkspaceActionId::SendToEmployee);
    QAction *paste = actionOf(*w.window, WorkspaceActionId::PasteResponse);
    CHECK(send->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    CHECK(paste->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    CHECK(w.window->summary()->menu()->actions().contains(send));
    CHECK(w.window->summary()->menu()->actions().contains(paste));
    CHECK(send->isEnabled());
    CHECK(paste->isEnabled()); // the conversation is finished

    ShortcutOverview overview(w.window->actionRegistry(), w.window.get());
    QStringList listed;
    for (int g = 0; g < overview.tree()->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = overview.tree()->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            listed << group->text(0) + QStringLiteral(": ") + group->child(i)->text(0);
    }
    INFO(listed.join(QStringLiteral(", ")).toStdString());
    CHECK(listed.contains(QStringLiteral("Summary: Send to Employee")));
    CHECK(listed.contains(QStringLiteral("Summary: Paste Response")));

    // From the note line, where the manager's hands are during the wrap-up.
    QWidget *noteLine = child<QWidget>(w.window.get(), "noteInput");
    noteLine->setFocus();
    const QString pdf = w.dir.filePath(QStringLiteral("copy.pdf"));
    FileDialogs::setNextSaveFileName(pdf);
    pressIn(w.window.get(), noteLine, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(QTest::qWaitFor(
        [&] { return w.document().record().conversation.signOff == SignOff::Sent; }));
    CHECK(QFile::exists(pdf));
    CHECK(send->text().remove(QLatin1Char('&')) == QStringLiteral("Send Again to Employee…"));

    {
        const NextDialog<PasteResponseDialog> dialog(
            "Paste Response", [](PasteResponseDialog *d) { QTest::keyClick(d, Qt::Key_Escape); },
            NextDialog<PasteResponseDialog>::Wait::WhenActive);
        pressIn(w.window.get(), noteLine, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(QTest::qWaitFor([&] { return dialog.answered(); }));
    }
    CHECK(w.document().record().conversation.employeeResponse.isEmpty()); // cancelled
}

TEST_CASE("a check-in's window offers no report to send")
{
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("checkin.sqlite")), Store::Open::CreateIfMissing};
    Settings settings;
    Employee e;
    e.name = QStringLiteral("Fleur van Dijk");
    store.employees().insert(e);
    const Id checkIn =
        store.conversations().create(e.id, QDate::currentDate(), ConversationKind::CheckIn).id;
    AppServices services(store);
    WorkspaceWindow window(services, settings, checkIn, QStringLiteral("en"));
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    CHECK_FALSE(window.actionRegistry().action(WorkspaceActionId::SendToEmployee));
    CHECK_FALSE(window.actionRegistry().action(WorkspaceActionId::PasteResponse));
}
