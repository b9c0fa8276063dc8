// Issue 16: a conversation window made ready in idle time (the spare), so that opening a
// conversation only binds it. What it shows is the conversation opened in it and nothing
// of any conversation open before; two windows at once still work; closing still saves.
#include "gui/employees/employeelistpanel.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/platform/actionregistry.h"
#include "gui/workspace/contextpanel.h"
#include "gui/workspace/conversationwindows.h"
#include "gui/workspace/notespanel.h"
#include "gui/workspace/phasebar.h"
#include "gui/workspace/phasepage.h"
#include "gui/workspace/workspaceactionids.h"
#include "gui/workspace/workspacewindow.h"
#include "guitestsupport.h"
#include "heldconversation.h"
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/employeedirectory.h"
#include "services/settings.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QBackingStore>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace dialoog;
using namespace dialoog::test;

namespace {

const QString noorsNote = QStringLiteral("Noor worries about the weekend rota");

struct Fixture
{
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("spare.sqlite")), Store::Open::CreateIfMissing};
    Settings settings;
    AppServices services{store};
    EmployeeDirectory &directory = services.employees();
    std::unique_ptr<MainWindow> window;
    Id noor = 0;
    Id sem = 0;
    Id noorsConversation = 0; // held: a summary, goal, action item, note
    Id semsConversation = 0;  // new, nothing in it yet

    Fixture()
    {
        QSettings().clear();
        Settings().setManagerNameSkipped(true);
        MessageBox::setTestMode(true);
        Employee n{0,    QStringLiteral("Noor Bakker"), {}, QStringLiteral("Support"), {}, {}, 6,
                   false};
        noor = store.employees().insert(n);
        Employee m{0, QStringLiteral("Sem Visser"), {}, QStringLiteral("Sales"), {}, {}, 6, false};
        sem = store.employees().insert(m);
        const QDate held = QDate::currentDate().addDays(-30);
        noorsConversation = store.conversations().create(noor, held).id;
        holdWithOpenItems(store, noorsConversation, held);
        ConversationRecord r = store.conversations().load(noorsConversation);
        r.notes.push_back(Note{0, noorsConversation, Phase::Goals, QDateTime(held, QTime(10, 0)),
                               noorsNote, false});
        store.conversations().save(r);
        semsConversation = store.conversations().create(sem, QDate::currentDate()).id;
        directory.reload();
        window = std::make_unique<MainWindow>(services, settings);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    ConversationWindows &windows() const { return *window->conversations(); }

    // The spare once idle time has made it.
    WorkspaceWindow *readySpare() const
    {
        REQUIRE(QTest::qWaitFor([this] { return windows().spare() != nullptr; }, 5000));
        return windows().spare();
    }

    // Opened, shown, and whole: every page built and both docks filled.
    WorkspaceWindow *openWhole(Id conversation) const
    {
        WorkspaceWindow *ws = windows().open(conversation);
        REQUIRE(ws);
        REQUIRE(QTest::qWaitForWindowExposed(ws));
        ws->notes();
        ws->context();
        if (ws->document().record().conversation.kind == ConversationKind::Development) {
            for (Phase phase : conversationPhases)
                ws->page(phase);
        } else {
            ws->page(Phase::Preparation);
        }
        return ws;
    }
};

// Every text `window` shows: titles, labels, fields, buttons, rows of lists and tables.
QStringList shownTexts(WorkspaceWindow *window)
{
    QStringList texts{window->windowTitle()};
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (const auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        else if (const auto *line = qobject_cast<QLineEdit *>(w))
            texts << line->text();
        else if (const auto *text = qobject_cast<QPlainTextEdit *>(w))
            texts << text->toPlainText();
        else if (const auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (const auto *box = qobject_cast<QGroupBox *>(w))
            texts << box->title();
        if (const auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                texts << list->item(i)->text();
        }
        if (const auto *tree = qobject_cast<QTreeWidget *>(w)) {
            for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it) {
                for (int c = 0; c < tree->columnCount(); ++c)
                    texts << (*it)->text(c);
            }
        }
    }
    return texts;
}

bool shows(WorkspaceWindow *window, const QString &text)
{
    for (const QString &shown : shownTexts(window)) {
        if (shown.contains(text))
            return true;
    }
    return false;
}

// What only Noor's held conversation has: none of it may show in another's window.
void showsNothingOfNoor(WorkspaceWindow *window)
{
    for (const QString &text :
         {QStringLiteral("Noor"), QStringLiteral("Towards second-line support"),
          QStringLiteral("Shadow Kees on a call"), QStringLiteral("Handle escalations alone"),
          noorsNote}) {
        INFO(text.toStdString());
        CHECK_FALSE(shows(window, text));
    }
}

} // namespace

TEST_CASE("a conversation window is made ready once the list is shown, and an opening fills it")
{
    Fixture f;
    WorkspaceWindow *spare = f.readySpare();
    CHECK_FALSE(spare->isVisible());
    CHECK_FALSE(spare->isBound());

    WorkspaceWindow *ws = f.openWhole(f.noorsConversation);
    CHECK(ws == spare);
    CHECK(ws->isVisible());
    CHECK(ws->windowTitle().startsWith(QStringLiteral("Noor Bakker")));
    CHECK(ws->currentPage()->phase() == Phase::WrapUp);
    CHECK(shows(ws, QStringLiteral("Towards second-line support")));
    CHECK(shows(ws, QStringLiteral("Shadow Kees on a call")));
    CHECK(shows(ws, noorsNote));
    // The next one is made once this window is whole; one at most.
    WorkspaceWindow *next = f.readySpare();
    CHECK(next != ws);
    int unbound = 0;
    for (const WorkspaceWindow *w : f.window->findChildren<WorkspaceWindow *>())
        unbound += w->isBound() ? 0 : 1;
    CHECK(unbound == 1);
    ws->close();
}

TEST_CASE("a window made ready after another conversation was open shows only the new one")
{
    Fixture f;
    f.readySpare();
    WorkspaceWindow *noors = f.openWhole(f.noorsConversation);
    // Something typed in Noor's conversation, still unsaved when her window closes.
    REQUIRE(noors->document().setText(TextField::Summary, QStringLiteral("Rota settled")));
    const QPointer<WorkspaceWindow> closed = noors;
    REQUIRE(noors->close());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(closed.isNull());
    CHECK(f.store.conversations().load(f.noorsConversation).conversation.summary ==
          QStringLiteral("Rota settled"));

    WorkspaceWindow *spare = f.readySpare();
    WorkspaceWindow *sems = f.openWhole(f.semsConversation);
    CHECK(sems == spare);
    CHECK(sems->windowTitle().startsWith(QStringLiteral("Sem Visser")));
    CHECK(sems->currentPage()->phase() == Phase::Preparation);
    CHECK(sems->phaseBar()->isVisible());
    CHECK(sems->notes()->list()->count() == 0);
    CHECK(sems->document().undoStack()->count() == 0);
    CHECK_FALSE(sems->isWindowModified());
    CHECK(sems->saveStateText() == QStringLiteral("All changes saved"));
    CHECK(sems->readOnlyBanner() == nullptr);
    CHECK_FALSE(sems->correctionBanner()->isVisible());
    CHECK(sems->actionRegistry().action(WorkspaceActionId::phase(Phase::Goals)) != nullptr);
    showsNothingOfNoor(sems);
    sems->close();
}

TEST_CASE("two conversation windows at once each show and hear only their own conversation")
{
    Fixture f;
    f.readySpare();
    WorkspaceWindow *noors = f.openWhole(f.noorsConversation);
    WorkspaceWindow *spare = f.readySpare();
    WorkspaceWindow *sems = f.openWhole(f.semsConversation);
    CHECK(sems == spare);
    CHECK(noors->isVisible());
    showsNothingOfNoor(sems);

    // A note in Noor's conversation reaches her window, not Sem's.
    QLineEdit *input = noors->notes()->input();
    noors->activateWindow();
    typeInto(input, QStringLiteral("Asks for a mentor"));
    QTest::keyClick(input, Qt::Key_Return);
    CHECK(shows(noors, QStringLiteral("Asks for a mentor")));
    CHECK_FALSE(shows(sems, QStringLiteral("Asks for a mentor")));
    CHECK(sems->notes()->list()->count() == 0);
    CHECK_FALSE(sems->isWindowModified());
    CHECK(sems->document().undoStack()->count() == 0);

    // And Sem's note stays in Sem's conversation.
    REQUIRE(sems->document().addNote(QStringLiteral("Wants to visit clients"), false));
    CHECK(sems->notes()->list()->count() == 1);
    CHECK_FALSE(shows(noors, QStringLiteral("Wants to visit clients")));
    REQUIRE(noors->close());
    REQUIRE(sems->close());
    const ConversationRecord noorsStored = f.store.conversations().load(f.noorsConversation);
    const ConversationRecord semsStored = f.store.conversations().load(f.semsConversation);
    CHECK(noorsStored.notes.size() == 2);
    REQUIRE(semsStored.notes.size() == 1);
    CHECK(semsStored.notes.front().text == QStringLiteral("Wants to visit clients"));
}

TEST_CASE("a check-in and a full conversation each get their own kind of window from a spare")
{
    Fixture f;
    const Id checkIn = f.directory.startCheckIn(f.sem);
    REQUIRE(checkIn != 0);
    f.readySpare();
    WorkspaceWindow *noors = f.openWhole(f.noorsConversation);
    REQUIRE(noors->close());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    WorkspaceWindow *spare = f.readySpare();
    WorkspaceWindow *sems = f.openWhole(checkIn);
    CHECK(sems == spare);
    CHECK(sems->windowTitle().startsWith(QStringLiteral("Check-in with Sem Visser")));
    CHECK_FALSE(sems->phaseBar()->isVisible());
    CHECK(sems->actionRegistry().action(WorkspaceActionId::phase(Phase::Goals)) == nullptr);
    CHECK(sems->actionRegistry().action(WorkspaceActionId::Finish)->text() ==
          QStringLiteral("&Finish Check-in"));
    showsNothingOfNoor(sems);
    REQUIRE(sems->close());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    WorkspaceWindow *again = f.openWhole(f.noorsConversation);
    CHECK(again->phaseBar()->isVisible());
    CHECK(again->actionRegistry().action(WorkspaceActionId::phase(Phase::Goals)) != nullptr);
    CHECK(again->actionRegistry().action(WorkspaceActionId::Finish)->text() ==
          QStringLiteral("&Finish Conversation"));
    CHECK_FALSE(shows(again, QStringLiteral("Sem Visser")));
    again->close();
}

TEST_CASE("two conversations opened in a row before idle time each get a window")
{
    Fixture f;
    WorkspaceWindow *spare = f.readySpare();
    WorkspaceWindow *noors = f.windows().open(f.noorsConversation);
    WorkspaceWindow *sems = f.windows().open(f.semsConversation); // no spare left: built now
    CHECK(noors == spare);
    REQUIRE(sems);
    CHECK(sems != noors);
    CHECK(f.windows().spare() == nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(sems));
    CHECK(sems->windowTitle().startsWith(QStringLiteral("Sem Visser")));
    CHECK(noors->windowTitle().startsWith(QStringLiteral("Noor Bakker")));
    f.readySpare();
    noors->close();
    sems->close();
}

TEST_CASE("with the setting off no conversation window is kept ready")
{
    Fixture f;
    f.settings.setSpareWorkspace(false);
    WorkspaceWindow *ws = f.openWhole(f.semsConversation);
    CHECK(ws->windowTitle().startsWith(QStringLiteral("Sem Visser")));
    QTest::qWait(50);
    CHECK(f.windows().spare() == nullptr);
    for (const WorkspaceWindow *w : f.window->findChildren<WorkspaceWindow *>())
        CHECK(w->isBound());
    ws->close();
}

namespace {

// What the window's image holds where `part` is, beside what the part paints now.
bool imageShows(WorkspaceWindow *window, QWidget *part)
{
    const auto *image = dynamic_cast<const QImage *>(window->backingStore()->paintDevice());
    REQUIRE(image);
    const QRect where(part->mapTo(window, QPoint(0, 0)), part->size());
    const QImage painted = part->grab().toImage().convertToFormat(image->format());
    return image->copy(where) == painted;
}

} // namespace

TEST_CASE("a window made ready has its image at its opening size, and the opening paints over it")
{
    Fixture f;
    WorkspaceWindow *spare = f.readySpare();
    REQUIRE(spare->backingStore());
    CHECK(spare->backingStore()->size() == spare->size());

    WorkspaceWindow *ws = f.openWhole(f.noorsConversation);
    REQUIRE(ws == spare);
    QTest::qWait(50); // painted again with the docks filled
    CHECK(ws->backingStore()->size() == ws->size());
    CHECK(imageShows(ws, ws->phaseBar()));
    CHECK(imageShows(ws, ws->context()));

    // Resized after opening, it is painted whole at its new size.
    ws->resize(ws->width() - 200, ws->height() - 100);
    QTest::qWait(50);
    CHECK(ws->backingStore()->size() == ws->size());
    CHECK(imageShows(ws, ws->phaseBar()));
    CHECK(imageShows(ws, ws->context()));
    ws->close();
}
