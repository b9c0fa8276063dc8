#include "gui/employees/employeelistmodel.h"
#include "gui/employees/employeelistpanel.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/platform/filedialogs.h"
#include "gui/rhythm/rhythmmodel.h"
#include "gui/rhythm/rhythmpanel.h"
#include "gui/summary/calendaractions.h"
#include "gui/workspace/workspacewindow.h"
#include "gui/workspace/wrapuppage.h"
#include "guitestsupport.h"
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/employeedirectory.h"
#include "services/settings.h"
#include "store/demodata.h"
#include "store/followupplanner.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>

using namespace dialoog;
using namespace dialoog::test;

namespace {

const QDate today(2026, 6, 1);

struct DemoApp
{
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("r.sqlite")), Store::Open::CreateIfMissing};
    Settings settings;
    std::unique_ptr<AppServices> services;
    EmployeeDirectory *directory = nullptr;
    std::unique_ptr<MainWindow> window;

    DemoApp()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("questions/language"), QStringLiteral("en"));
        MessageBox::setTestMode(true);
        CalendarActions::setTestMode(true);
        fillDemoData(store, today);
        Employee newcomer{
            0,    QStringLiteral("Ravi Kapoor"), {}, QStringLiteral("Customer Care"), {}, {}, 6,
            false};
        store.employees().insert(newcomer);
        services = std::make_unique<AppServices>(store);
        directory = &services->employees();
        window = std::make_unique<MainWindow>(*services, settings);
        window->employeeModel()->setToday(today);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    QStringList group(RhythmModel::Group g) const
    {
        RhythmModel *model = window->rhythmPanel()->model();
        QStringList names;
        const QModelIndex parent = model->groupIndex(g);
        for (int row = 0; row < model->rowCount(parent); ++row)
            names << model->index(row, RhythmModel::NameColumn, parent).data().toString() +
                         QStringLiteral(": ") +
                         model->index(row, RhythmModel::WhenColumn, parent).data().toString();
        return names;
    }
};

WorkspaceWindow *visibleWorkspace()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *ws = qobject_cast<WorkspaceWindow *>(w); ws && ws->isVisible())
            return ws;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the rhythm view groups the demo team for a fixed day, and Enter selects the person")
{
    DemoApp app;
    QAbstractItemModelTester tester(app.window->rhythmPanel()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK_FALSE(app.window->rhythmDock()->isVisible());
    pressIn(app.window.get(), app.window.get(), Qt::Key_R, Qt::ControlModifier);
    REQUIRE(app.window->rhythmDock()->isVisible());

    const QStringList overdue = app.group(RhythmModel::OverdueGroup);
    REQUIRE(overdue.size() == 2);
    CHECK(overdue[0].startsWith(QStringLiteral("Lucas Visser: overdue 15 days")));
    CHECK(overdue[1].startsWith(QStringLiteral("Daan Bakker: overdue 11 days")));
    const QStringList dueSoon = app.group(RhythmModel::DueSoonGroup);
    REQUIRE(dueSoon.size() == 4);
    CHECK(dueSoon[0].startsWith(QStringLiteral("Noor Hendriks: due in 3 days · planned ")));
    CHECK(dueSoon[1].startsWith(QStringLiteral("Mila Smit: due in 11 days")));
    CHECK(dueSoon[2].startsWith(QStringLiteral("Joost Mulder: due in 12 days")));
    CHECK(dueSoon[3].startsWith(QStringLiteral("Thomas O'Neill: due in 14 days")));
    CHECK(app.group(RhythmModel::NeverHeldGroup) ==
          QStringList{QStringLiteral("Ravi Kapoor: not planned")});
    // Everyone but the newcomer: Emma's next one is the follow-up agreed last time.
    CHECK(app.group(RhythmModel::PlannedGroup).size() == 9);
    CHECK(app.window->rhythmPanel()
              ->model()
              ->groupIndex(RhythmModel::OverdueGroup)
              .data()
              .toString() == QStringLiteral("Overdue (2)"));

    // The employee list shows the same markers.
    EmployeeListModel *list = app.window->employeeModel();
    const auto nextOf = [list](const QString &name) {
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->index(row, EmployeeListModel::NameColumn).data().toString() == name)
                return list->index(row, EmployeeListModel::NextColumn).data().toString();
        }
        return QString();
    };
    CHECK(nextOf(QStringLiteral("Lucas Visser")) == QStringLiteral("overdue 15 days"));
    CHECK(nextOf(QStringLiteral("Noor Hendriks")) == QStringLiteral("due in 3 days"));
    CHECK(nextOf(QStringLiteral("Ravi Kapoor")) == QStringLiteral("never held"));

    // The status bar says how many are overdue, as a link to this view.
    CHECK(app.window->overdueLabel()->isVisible());
    CHECK(
        app.window->overdueLabel()->text().contains(QStringLiteral("2 conversations are overdue")));

    // Enter on a person selects them in the main window.
    QTreeView *view = app.window->rhythmPanel()->view();
    RhythmModel *model = app.window->rhythmPanel()->model();
    const QModelIndex daan = model->index(1, 0, model->groupIndex(RhythmModel::OverdueGroup));
    view->setCurrentIndex(daan);
    pressIn(app.window.get(), view, Qt::Key_Return);
    const Id daanId = daan.data(RhythmModel::IdRole).toLongLong();
    CHECK(app.window->listPanel()->currentId() == daanId);
    CHECK(app.store.employees().get(daanId).name == QStringLiteral("Daan Bakker"));
}

TEST_CASE("a rhythm changed in the list moves the person between groups")
{
    DemoApp app;
    Id daan = 0;
    for (const Employee &e : app.store.employees().all())
        if (e.name == QStringLiteral("Daan Bakker"))
            daan = e.id;
    Employee changed = app.store.employees().get(daan);
    changed.rhythmWeeks = 9; // last held 53 days ago: due in 10 days now
    REQUIRE(app.directory->edit(changed));
    CHECK(app.group(RhythmModel::OverdueGroup).size() == 1);
    CHECK(app.group(RhythmModel::DueSoonGroup)
              .contains(QStringLiteral("Daan Bakker: due in 10 days · planned %1")
                            .arg(QLocale().toString(
                                app.window->employeeModel()->overview(daan)->nextPlanned,
                                QLocale::ShortFormat))));
    CHECK(app.window->overdueLabel()->text().contains(QStringLiteral("1 conversation is overdue")));
}

TEST_CASE("choosing the follow-up at wrap-up plans the next conversation, undo takes it back, and "
          "the invite falls back to saving")
{
    DemoApp app;
    Id ravi = 0;
    for (const Employee &e : app.store.employees().all())
        if (e.name == QStringLiteral("Ravi Kapoor"))
            ravi = e.id;
    app.window->listPanel()->select(ravi);
    pressIn(app.window.get(), app.window->listPanel()->view(), Qt::Key_N, Qt::ControlModifier);
    WorkspaceWindow *ws = visibleWorkspace();
    REQUIRE(ws);
    pressIn(ws, ws, Qt::Key_4, Qt::ControlModifier);
    auto *wrapUp = static_cast<WrapUpPage *>(ws->page(Phase::WrapUp));
    CHECK_FALSE(wrapUp->calendarButton()->isEnabled());
    QPushButton *sixWeeks = child<QPushButton>(ws, "followUp42");
    sixWeeks->setFocus();
    QTest::keyClick(sixWeeks, Qt::Key_Space);
    REQUIRE(ws->document().saveNow());
    const Conversation current = ws->document().record().conversation;
    const QDate followUp = current.nextFollowUp;
    REQUIRE(followUp.isValid());
    const std::optional<Conversation> planned =
        FollowUpPlanner(app.store.database()).plannedFollowUp(current);
    REQUIRE(planned);
    CHECK(planned->plannedDate == followUp);
    CHECK(app.store.conversations().forEmployee(ravi).size() == 2);

    // Add to Calendar: nothing can be opened in a test, so the save dialog takes over.
    REQUIRE(wrapUp->calendarButton()->isEnabled());
    const QString path = app.dir.filePath(QStringLiteral("next.ics"));
    FileDialogs::setNextSaveFileName(path);
    QTest::mouseClick(wrapUp->calendarButton(), Qt::LeftButton);
    CHECK(CalendarActions::lastOpened().isLocalFile());
    CHECK(QFile::permissions(CalendarActions::lastOpened().toLocalFile()) ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    CHECK(ics.contains("SUMMARY:Development conversation with Ravi Kapoor"));
    CHECK(ics.contains(
        QStringLiteral("UID:dialoog-conversation-%1-%2@").arg(ravi).arg(planned->id).toUtf8()));
    CHECK(QFile::permissions(path) ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    // Undo the follow-up: once saved, the still empty planned conversation is gone.
    // (Ctrl+Z itself is covered by the workspace tests.)
    QUndoStack *undo = ws->document().undoStack();
    REQUIRE(undo->undoText() == QStringLiteral("Plan follow-up"));
    undo->undo();
    REQUIRE_FALSE(ws->document().record().conversation.nextFollowUp.isValid());
    const bool saved = ws->document().saveNow();
    INFO(ws->document().lastError().toStdString());
    REQUIRE(saved);
    CHECK(app.store.conversations().forEmployee(ravi).size() == 1);
    ws->close();
}

TEST_CASE("the rhythm view's groups are open and titled across the row whenever it is shown, "
          "also after the list changed while it was hidden")
{
    DemoApp app;
    QTreeView *view = app.window->rhythmPanel()->view();
    RhythmModel *model = app.window->rhythmPanel()->model();
    const auto groupsOpen = [view, model] {
        bool open = model->rowCount() > 0;
        for (int row = 0; row < model->rowCount(); ++row)
            open = open && view->isExpanded(model->index(row, 0)) &&
                   view->isFirstColumnSpanned(row, {});
        return open;
    };
    REQUIRE_FALSE(app.window->rhythmDock()->isVisible());
    pressIn(app.window.get(), app.window.get(), Qt::Key_R, Qt::ControlModifier);
    REQUIRE(app.window->rhythmDock()->isVisible());
    CHECK(groupsOpen());

    pressIn(app.window.get(), app.window.get(), Qt::Key_R, Qt::ControlModifier);
    REQUIRE_FALSE(app.window->rhythmDock()->isVisible());
    // A month later more people are overdue: the groups are built anew while hidden.
    app.window->employeeModel()->setToday(today.addDays(30));
    pressIn(app.window.get(), app.window.get(), Qt::Key_R, Qt::ControlModifier);
    REQUIRE(app.window->rhythmDock()->isVisible());
    CHECK(groupsOpen());
    CHECK(app.group(RhythmModel::OverdueGroup).size() > 2);
}
