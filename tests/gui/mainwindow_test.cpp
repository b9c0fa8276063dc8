#include "gui/employees/archivedialog.h"
#include "gui/employees/employeedialog.h"
#include "gui/employees/employeelistmodel.h"
#include "gui/employees/employeelistpanel.h"
#include "gui/employees/employeepage.h"
#include "gui/employees/emptystate.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/platform/messagebox.h"
#include "gui/search/searchpanel.h"
#include "gui/search/searchresultsmodel.h"
#include "gui/summary/summaryactions.h"
#include "gui/workspace/phasepage.h"
#include "gui/workspace/workspacewindow.h"
#include "guitestsupport.h"
#include "probeicontheme.h"
#include "report/summaryrenderers.h"
#include "services/appservices.h"
#include "services/employeedirectory.h"
#include "services/settings.h"
#include "store/conversationrepository.h"
#include "store/store.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <catch2/catch.hpp>
#include <functional>

using namespace dialoog;

namespace {

// Settings as on a first run; unless a test is about it, the name step was skipped.
bool freshSettings(bool askName)
{
    QSettings().clear();
    if (!askName)
        Settings().setManagerNameSkipped(true);
    return true;
}

// A main window on a fresh database, as a user starting Dialoog for the first time sees it.
struct App
{
    bool fresh;
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("gui.sqlite")), Store::Open::CreateIfMissing};
    Settings settings;
    AppServices services{store};
    EmployeeDirectory &directory = services.employees();
    MainWindow window{services, settings};

    explicit App(bool askName = false) : fresh(freshSettings(askName))
    {
        MessageBox::setTestMode(true);
        directory.reload();
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    // A shortcut reaches the window only while it is active, as after a dialog closes.
    void press(QWidget *target, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(target, key, modifiers);
    }
    // Standard shortcuts differ per platform; press the one this platform uses.
    void press(QKeySequence::StandardKey standard)
    {
        const QKeyCombination keys = QKeySequence(standard)[0];
        press(&window, keys.key(), keys.keyboardModifiers());
    }

    QTreeView *view() const { return window.listPanel()->view(); }
    int visibleRows() const { return view()->model()->rowCount(); }
    QStringList visibleNames() const
    {
        QStringList names;
        for (int row = 0; row < visibleRows(); ++row)
            names << view()->model()->index(row, 0).data().toString();
        return names;
    }
};

// Answers the next employee dialog once it is open: `fill` types into it, then it is accepted.
test::NextDialog<EmployeeDialog> answerNextDialog(std::function<void(EmployeeDialog *)> fill,
                                                  Qt::Key closeWith = Qt::Key_Return)
{
    return test::NextDialog<EmployeeDialog>("the employee dialog",
                                            [fill, closeWith](EmployeeDialog *dialog) {
                                                fill(dialog);
                                                QTest::keyClick(dialog, closeWith);
                                            });
}

void typeInto(QWidget *dialog, const char *name, const QString &text, bool replace = false)
{
    auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    REQUIRE(edit);
    if (replace)
        edit->selectAll();
    QTest::keyClicks(edit, text);
}

QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == text && b->isVisible())
            return b;
    }
    FAIL("no visible button " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("a new database shows the welcome, and the first employee is added from it")
{
    App app;
    CHECK(app.window.isShowingEmptyState());
    const auto dialog = answerNextDialog([](EmployeeDialog *d) {
        typeInto(d, "nameEdit", QStringLiteral("Sanne de Vries"));
        typeInto(d, "roleEdit", QStringLiteral("Support engineer"));
        d->findChild<QComboBox *>(QStringLiteral("teamCombo"))
            ->setEditText(QStringLiteral("Customer Care"));
    });
    QTest::mouseClick(button(&app.window, QStringLiteral("Add your first employee…")),
                      Qt::LeftButton);

    CHECK_FALSE(app.window.isShowingEmptyState());
    CHECK(app.visibleNames() == QStringList{QStringLiteral("Sanne de Vries")});
    const std::vector<Employee> stored = app.store.employees().all();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].role == QStringLiteral("Support engineer"));
    CHECK(stored[0].team == QStringLiteral("Customer Care"));
    CHECK(stored[0].rhythmWeeks == 6);
    CHECK_FALSE(stored[0].startDate.isValid());
    // The new person is selected, and the details pane shows them.
    CHECK(app.window.listPanel()->currentId() == stored[0].id);
    CHECK(app.window.employeePage()->headline() == QStringLiteral("Sanne de Vries"));
}

TEST_CASE("the employee dialog will not accept a person without a name")
{
    App app;
    bool okEnabled = true;
    const auto dialog = answerNextDialog(
        [&okEnabled](EmployeeDialog *dialog) {
            typeInto(dialog, "nameEdit", QStringLiteral("   "));
            okEnabled =
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        },
        Qt::Key_Escape);
    test::actionOf(app.window, ActionId::NewEmployee)->trigger();
    CHECK_FALSE(okEnabled);
    CHECK(app.store.employees().count() == 0);
    CHECK(app.window.isShowingEmptyState());
}

TEST_CASE("adding, editing and archiving can each be undone and redone with the keyboard")
{
    App app;
    const auto add = answerNextDialog(
        [](EmployeeDialog *d) { typeInto(d, "nameEdit", QStringLiteral("Daan Bakker")); });
    app.press(&app.window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(app.store.employees().count() == 1);
    const Id id = app.store.employees().all().front().id;

    const auto edit = answerNextDialog([](EmployeeDialog *d) {
        typeInto(d, "roleEdit", QStringLiteral("Team lead"), true);
        d->findChild<QSpinBox *>(QStringLiteral("rhythmSpin"))->setValue(4);
    });
    app.view()->setFocus();
    app.press(app.view(), Qt::Key_F2);
    CHECK(app.store.employees().get(id).role == QStringLiteral("Team lead"));
    CHECK(app.store.employees().get(id).rhythmWeeks == 4);

    const test::NextDialog<ArchiveDialog> archive(
        "the archive dialog",
        [](ArchiveDialog *d) { QTest::keyClick(d->dateEdit(), Qt::Key_Return); },
        test::NextDialog<ArchiveDialog>::Wait::WhenActive);
    app.press(&app.window, Qt::Key_Delete, Qt::ControlModifier);
    CHECK(app.store.employees().get(id).archived);
    CHECK(app.visibleRows() == 0);

    app.press(QKeySequence::Undo); // archive undone
    CHECK_FALSE(app.store.employees().get(id).archived);
    CHECK(app.visibleRows() == 1);
    app.press(QKeySequence::Undo); // edit undone
    CHECK(app.store.employees().get(id).role.isEmpty());
    app.press(QKeySequence::Undo); // add undone
    CHECK(app.store.employees().count() == 0);
    CHECK(app.window.isShowingEmptyState());

    app.press(QKeySequence::Redo); // add redone
    REQUIRE(app.store.employees().count() == 1);
    app.press(QKeySequence::Redo); // edit redone
    CHECK(app.store.employees().all().front().role == QStringLiteral("Team lead"));
    CHECK(app.visibleNames() == QStringList{QStringLiteral("Daan Bakker")});
}

TEST_CASE("archived people are hidden, and shown again on request, marked as archived")
{
    App app;
    for (const char *name : {"Emma Jansen", "Lucas Visser"}) {
        Employee e{0, QString::fromUtf8(name), {}, {}, {}, {}, 6, false};
        app.directory.add(e);
    }
    app.window.listPanel()->select(app.store.employees().all().front().id);
    const test::NextDialog<ArchiveDialog> archive("the archive dialog",
                                                  [](ArchiveDialog *d) { d->accept(); });
    test::actionOf(app.window, ActionId::ArchiveEmployee)->trigger();
    CHECK(app.visibleNames() == QStringList{QStringLiteral("Lucas Visser")});
    test::actionOf(app.window, ActionId::ShowArchived)->trigger();
    CHECK(app.visibleNames() ==
          QStringList({QStringLiteral("Emma Jansen (archived)"), QStringLiteral("Lucas Visser")}));
    CHECK(Settings().showArchived());
}

TEST_CASE("the filter box narrows the list by name, role or team as one types")
{
    App app;
    app.directory.addSampleData();
    const int all = app.visibleRows();
    CHECK(all >= 8);
    app.press(&app.window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QLineEdit *filter = app.window.listPanel()->filterEdit();
    CHECK(filter->hasFocus());
    CHECK_FALSE(filter->isClearButtonEnabled());
    QTest::keyClicks(filter, QStringLiteral("customer care"));
    CHECK(filter->isClearButtonEnabled()); // there is text to clear now
    CHECK(app.visibleRows() > 0);
    CHECK(app.visibleRows() < all);
    QTest::keyClicks(filter, QStringLiteral("zzz"));
    CHECK(app.visibleRows() == 0);
    filter->clear();
    CHECK(app.visibleRows() == all);
}

TEST_CASE("sample data can be loaded from the welcome screen")
{
    App app;
    QTest::mouseClick(button(&app.window, QStringLiteral("Try it with sample data")),
                      Qt::LeftButton);
    CHECK_FALSE(app.window.isShowingEmptyState());
    CHECK(app.store.employees().count() >= 8);
    CHECK(app.visibleRows() == int(app.store.employees().count()));
}

TEST_CASE("every name, date and rhythm marker in the list fits its column, also after a longer "
          "name is added")
{
    App app;
    app.directory.addSampleData();
    Employee longName;
    longName.name = QStringLiteral("Maximiliaan Alexander van Oldenbarnevelt-Wijngaarden");
    longName.rhythmWeeks = 6;
    REQUIRE(app.directory.add(longName));
    QCoreApplication::processEvents();
    const QHeaderView *header = app.view()->header();
    const QAbstractItemModel *model = app.view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column : {int(EmployeeListModel::NameColumn), int(EmployeeListModel::LastColumn),
                           int(EmployeeListModel::NextColumn)}) {
            const QModelIndex index = model->index(row, column);
            QFont font = app.view()->font();
            if (const QVariant f = index.data(Qt::FontRole); f.isValid())
                font = f.value<QFont>();
            int needed = QFontMetrics(font).horizontalAdvance(index.data().toString());
            if (!index.data(Qt::DecorationRole).value<QIcon>().isNull())
                needed += app.view()->iconSize().isValid() ? app.view()->iconSize().width() : 16;
            INFO(index.data().toString().toStdString());
            CHECK(header->sectionSize(column) >= needed);
        }
    }
}

namespace {
// Every team in the list shows whole, and the columns need no horizontal scrolling.
void checkTeamsFit(App &app)
{
    const QTreeView *view = app.view();
    const QHeaderView *header = view->header();
    const QAbstractItemModel *model = view->model();
    REQUIRE(model->rowCount() > 0);
    const int margins = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    const int team = header->sectionSize(EmployeeListModel::TeamColumn);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString text = model->index(row, EmployeeListModel::TeamColumn).data().toString();
        INFO("team " << text.toStdString() << " in " << team << " px");
        CHECK(team >= QFontMetrics(view->font()).horizontalAdvance(text) + margins);
    }
    CHECK(header->length() <= view->viewport()->width());
    CHECK_FALSE(view->horizontalScrollBar()->isVisible());
}
} // namespace

TEST_CASE("at 1280 px, in English and in Dutch, the sample data's teams show whole in the list")
{
    for (const bool dutch : {false, true}) {
        INFO((dutch ? "Dutch" : "English"));
        QTranslator translator;
        if (dutch) {
            REQUIRE(translator.load(QStringLiteral(DIALOOG_QM_DIR "/dialoog_nl.qm")));
            QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        }
        {
            App app;
            app.window.resize(1280, 800);
            app.directory.addSampleData();
            QTest::qWait(50); // the pane is widened once the list is shown
            checkTeamsFit(app);
        }
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
}

TEST_CASE("a first run asks for the name first; Enter stores it and the welcome continues, and "
          "the first summary is signed with it")
{
    App app(true);
    REQUIRE(app.window.isShowingEmptyState());
    auto *empty = app.window.findChild<EmptyState *>();
    REQUIRE(empty);
    CHECK(empty->isAskingForName());
    auto *name = test::child<QLineEdit>(&app.window, "firstRunName");
    auto *role = test::child<QLineEdit>(&app.window, "firstRunRole");
    CHECK(name->isVisible());
    app.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&app.window));
    CHECK(QApplication::focusWidget() == name);
    for (QPushButton *b : app.window.findChildren<QPushButton *>())
        CHECK_FALSE((b->isVisible() && b->text().contains(QStringLiteral("first employee"))));

    QTest::keyClick(name, Qt::Key_Return); // no name yet: nothing happens
    CHECK(empty->isAskingForName());
    QTest::keyClicks(name, QStringLiteral("  Marieke Bos "));
    QTest::keyClicks(role, QStringLiteral("Teamleider"));
    QTest::keyClick(role, Qt::Key_Return);
    CHECK_FALSE(empty->isAskingForName());
    CHECK(app.settings.managerName() == QStringLiteral("Marieke Bos"));
    CHECK(app.settings.managerRole() == QStringLiteral("Teamleider"));
    CHECK_FALSE(Settings().askForManagerName());

    QTest::mouseClick(button(&app.window, QStringLiteral("Try it with sample data")),
                      Qt::LeftButton);
    REQUIRE_FALSE(app.window.isShowingEmptyState());
    Id held = 0;
    for (const Conversation &c :
         app.store.conversations().forEmployee(app.store.employees().all().front().id))
        held = c.heldDate.isValid() ? c.id : held;
    REQUIRE(held != 0);
    const SummaryActions summary(
        app.services.outputs(), app.settings, [held] { return held; }, &app.window);
    const QString text = summaryToPlainText(summary.build());
    CHECK(text.count(QStringLiteral("Marieke Bos, Teamleider")) == 2); // header and signature
}

TEST_CASE("skipping the name stores none and is not asked again; a name already set skips the step")
{
    {
        App app(true);
        auto *empty = app.window.findChild<EmptyState *>();
        REQUIRE(empty->isAskingForName());
        QTest::keyClicks(test::child<QLineEdit>(&app.window, "firstRunName"), QStringLiteral("X"));
        QTest::mouseClick(button(&app.window, QStringLiteral("Skip for now")), Qt::LeftButton);
        CHECK_FALSE(empty->isAskingForName());
        CHECK(button(&app.window, QStringLiteral("Add your first employee…"))->isVisible());
        CHECK(app.settings.managerName().isEmpty());
        CHECK(app.settings.managerRole().isEmpty());
    }
    {
        Settings settings; // the next start, on the same settings
        CHECK_FALSE(settings.askForManagerName());
        QTemporaryDir dir;
        Store store(dir.filePath(QStringLiteral("again.sqlite")), Store::Open::CreateIfMissing);
        AppServices services(store);
        MainWindow window(services, settings);
        CHECK_FALSE(window.findChild<EmptyState *>()->isAskingForName());
    }
    QSettings().clear();
    Settings named;
    named.setManagerName(QStringLiteral("Els Jansen"));
    CHECK_FALSE(named.askForManagerName());
    EmptyState state(named);
    CHECK_FALSE(state.isAskingForName());
    QSettings().clear();
}

TEST_CASE("a change the store refuses is shown to the user, and the list stays as the store is")
{
    App app;
    Employee e{0, QStringLiteral("Mila Smit"), {}, {}, {}, {}, 6, false};
    REQUIRE(app.directory.add(e));
    e.id = app.store.employees().all().front().id;
    Employee broken = app.directory.employee(e.id).value();
    broken.rhythmWeeks = 500; // the schema allows 1..104
    CHECK_FALSE(app.directory.edit(broken));
    CHECK(MessageBox::lastText().contains(QStringLiteral("refused")));
    CHECK(app.directory.employee(e.id)->rhythmWeeks == 6);
    CHECK(app.store.employees().get(e.id).rhythmWeeks == 6);
}

TEST_CASE("search finds a note as one types, marks private ones, and Enter opens it at its phase")
{
    App app;
    Employee e{0, QStringLiteral("Mila Smit"), {}, {}, {}, {}, 6, false};
    app.store.employees().insert(e);
    ConversationRecord r = app.store.conversations().load(
        app.store.conversations().create(e.id, QDate(2025, 5, 2)).id);
    r.notes.push_back(Note{0, 0, Phase::Goals, QDateTime(QDate(2025, 5, 2), QTime(9, 0)),
                           QStringLiteral("Wants to organise the team reünie in June"), false});
    r.notes.push_back(Note{0, 0, Phase::Questions, QDateTime(QDate(2025, 5, 2), QTime(9, 5)),
                           QStringLiteral("Private: the reunion worries her"), true});
    app.store.conversations().save(r);
    app.directory.reload();

    app.press(&app.window, Qt::Key_K, Qt::ControlModifier);
    SearchPanel *panel = app.window.searchPanel();
    REQUIRE(panel->isVisible());
    QLineEdit *box = panel->searchEdit();
    CHECK(box->hasFocus());

    // Without the accent, and before the word is complete.
    QTest::keyClicks(box, QStringLiteral("reuni"));
    REQUIRE(QTest::qWaitFor([&] { return panel->model()->rowCount() == 2; }));
    CHECK(panel->statusText().contains(QStringLiteral("2 results")));
    const QString newest = panel->resultsView()->model()->index(0, 0).data().toString();
    CHECK(newest.contains(QStringLiteral("Mila Smit")));
    CHECK(newest.contains(QStringLiteral("(private note)")));
    CHECK(newest.contains(QStringLiteral("the reunion worries her")));

    QTest::keyClicks(box, QStringLiteral("e jun"));
    REQUIRE(QTest::qWaitFor([&] { return panel->model()->rowCount() == 1; }));
    CHECK(panel->resultsView()->model()->index(0, 0).data().toString().contains(
        QStringLiteral("team reünie")));

    QTest::keyClick(box, Qt::Key_Return);
    auto *workspace = app.window.findChild<WorkspaceWindow *>();
    REQUIRE(workspace);
    CHECK(workspace->currentPage()->phase() == Phase::Goals);
    CHECK(app.window.listPanel()->currentId() == e.id);

    box->clear();
    QTest::keyClicks(box, QStringLiteral("nothingofthis"));
    REQUIRE(QTest::qWaitFor([&] { return panel->model()->rowCount() == 0; }));
    CHECK(panel->statusText().contains(QStringLiteral("Nothing found")));
}

TEST_CASE("Ctrl+F opens the search pane with the box focused")
{
    App app;
    app.directory.addSampleData();
    app.press(QKeySequence::Find);
    CHECK(app.window.searchPanel()->isVisible());
    CHECK(app.window.searchPanel()->searchEdit()->hasFocus());
}

TEST_CASE("the summary's and the calendar's menu icons come from the theme when their menu first "
          "opens, not at start-up")
{
    const test::ProbeIconTheme theme(
        {QStringLiteral("document-print"), QStringLiteral("x-office-calendar")});
    App app;
    const auto actionNamed = [&app](const QString &text) {
        for (QAction *action : app.window.findChildren<QAction *>())
            if (action->text() == text)
                return action;
        FAIL("no action " << text.toStdString());
        return static_cast<QAction *>(nullptr);
    };
    for (QAction *action : {actionNamed(QStringLiteral("&Print…")),
                            actionNamed(QStringLiteral("Add to &Calendar…"))}) {
        INFO(action->text().toStdString());
        CHECK(action->icon().isNull());
        for (QObject *holder : action->associatedObjects())
            if (auto *menu = qobject_cast<QMenu *>(holder))
                emit menu->aboutToShow();
        REQUIRE_FALSE(action->icon().isNull());
        CHECK(action->icon().pixmap(16).toImage().pixelColor(8, 8) == QColor(Qt::red));
    }
}
