// Issue 17: the check-in rhythm beside the development-conversation rhythm, in the rhythm
// view and the employee list; its default in Preferences, an employee's own in the employee
// dialog, and the next check-in planned at the wrap-up. Driven by keys.
#include "gui/employees/employeedialog.h"
#include "gui/employees/employeelistmodel.h"
#include "gui/employees/employeelistpanel.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/preferences/preferencesdialog.h"
#include "gui/rhythm/rhythmmodel.h"
#include "gui/rhythm/rhythmpanel.h"
#include "gui/workspace/workspacewindow.h"
#include "gui/workspace/wrapuppage.h"
#include "guitestsupport.h"
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/settings.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>

using namespace dialoog;
using namespace dialoog::test;

namespace {

const QDate today(2026, 6, 1);

struct CheckInApp
{
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("c.sqlite")), Store::Open::CreateIfMissing};
    Settings settings;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<MainWindow> window;
    Id anna = 0, bram = 0, carla = 0, ravi = 0;

    CheckInApp()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("questions/language"), QStringLiteral("en"));
        MessageBox::setTestMode(true);
        // Anna: a development conversation 20 days ago, no check-in: one is 6 days overdue.
        anna = add(QStringLiteral("Anna Dekker"));
        held(anna, ConversationKind::Development, today.addDays(-20));
        // Bram: his conversation is overdue; a check-in 12 days ago does not change that,
        // and his next check-in is due in 2 days.
        bram = add(QStringLiteral("Bram Cohen"));
        held(bram, ConversationKind::Development, today.addDays(-60));
        held(bram, ConversationKind::CheckIn, today.addDays(-12));
        // Carla: every 3 weeks, her own; the next one planned at her last conversation.
        carla = add(QStringLiteral("Carla de Jong"), 3);
        held(carla, ConversationKind::Development, today.addDays(-5), today.addDays(9));
        ravi = add(QStringLiteral("Ravi Kapoor"));
        services = std::make_unique<AppServices>(store);
        window = std::make_unique<MainWindow>(*services, settings);
        window->employeeModel()->setToday(today);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    Id add(const QString &name, int checkInWeeks = 0)
    {
        Employee e;
        e.name = name;
        e.checkInWeeks = checkInWeeks;
        return store.employees().insert(e);
    }

    void held(Id employee, ConversationKind kind, const QDate &on, const QDate &nextCheckIn = {})
    {
        Conversation c;
        c.employeeId = employee;
        c.kind = kind;
        c.phase = Phase::Finished;
        c.plannedDate = on;
        c.heldDate = on;
        c.noFollowUp = true;
        c.nextCheckIn = nextCheckIn;
        store.repository<Conversation>().insert(c);
    }

    QStringList group(RhythmModel::Group g) const
    {
        RhythmModel *model = window->rhythmPanel()->model();
        QStringList rows;
        const QModelIndex parent = model->groupIndex(g);
        for (int row = 0; row < model->rowCount(parent); ++row)
            rows << model->index(row, RhythmModel::NameColumn, parent).data().toString() +
                        QStringLiteral(": ") +
                        model->index(row, RhythmModel::WhenColumn, parent).data().toString();
        return rows;
    }

    QString title(RhythmModel::Group g) const
    {
        return window->rhythmPanel()->model()->groupIndex(g).data().toString();
    }

    QModelIndex listCell(Id id, int column) const
    {
        const QModelIndex name = window->employeeModel()->indexOf(id);
        REQUIRE(name.isValid());
        return name.siblingAtColumn(column);
    }

    QString checkInText(Id id) const
    {
        return listCell(id, EmployeeListModel::CheckInColumn).data().toString();
    }
};

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

WorkspaceWindow *visibleWorkspace()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *ws = qobject_cast<WorkspaceWindow *>(w); ws && ws->isVisible())
            return ws;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the rhythm view and the list show when check-ins are due, apart from the conversations")
{
    CheckInApp app;
    QAbstractItemModelTester tester(app.window->rhythmPanel()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    pressIn(app.window.get(), app.window.get(), Qt::Key_R, Qt::ControlModifier);
    REQUIRE(app.window->rhythmDock()->isVisible());

    CHECK(app.group(RhythmModel::CheckInOverdueGroup) ==
          QStringList{QStringLiteral("Anna Dekker: overdue 6 days")});
    CHECK(app.group(RhythmModel::CheckInDueSoonGroup) ==
          QStringList{QStringLiteral("Bram Cohen: due in 2 days")});
    CHECK(app.group(RhythmModel::CheckInPlannedGroup) ==
          QStringList{QStringLiteral("Carla de Jong: %1").arg(shortDate(today.addDays(9)))});
    CHECK(app.title(RhythmModel::CheckInOverdueGroup) == QStringLiteral("Check-in overdue (1)"));
    CHECK(app.title(RhythmModel::CheckInDueSoonGroup) ==
          QStringLiteral("Check-in due within 3 days (1)"));
    // The check-in did not reset Bram's conversation rhythm: 60 days since, every 6 weeks.
    CHECK(app.group(RhythmModel::OverdueGroup) ==
          QStringList{QStringLiteral("Bram Cohen: overdue 18 days")});
    CHECK(app.group(RhythmModel::NeverHeldGroup) ==
          QStringList{QStringLiteral("Ravi Kapoor: not planned")});

    // The list: a column of its own with the date (planned, else due), the same marks, bold
    // when overdue, and the words in the tooltip.
    CHECK(app.window->employeeModel()->headerData(EmployeeListModel::CheckInColumn,
                                                  Qt::Horizontal) == QStringLiteral("Check-in"));
    CHECK(app.checkInText(app.anna) == shortDate(today.addDays(-6)));
    CHECK(app.checkInText(app.bram) == shortDate(today.addDays(2)));
    CHECK(app.checkInText(app.carla) == shortDate(today.addDays(9)));
    CHECK(app.checkInText(app.ravi).isEmpty());
    CHECK(app.listCell(app.bram, EmployeeListModel::CheckInColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .startsWith(QStringLiteral("The next check-in is due on")));
    CHECK_FALSE(app.listCell(app.bram, EmployeeListModel::CheckInColumn)
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .bold());
    CHECK_FALSE(app.listCell(app.anna, EmployeeListModel::CheckInColumn)
                    .data(Qt::DecorationRole)
                    .value<QIcon>()
                    .isNull());
    CHECK(app.listCell(app.anna, EmployeeListModel::CheckInColumn)
              .data(Qt::FontRole)
              .value<QFont>()
              .bold());
    CHECK(app.listCell(app.anna, EmployeeListModel::CheckInColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .startsWith(QStringLiteral("The check-in was due on")));
    CHECK(app.listCell(app.carla, EmployeeListModel::CheckInColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("every 3 weeks")));
    // The status bar's link still counts overdue conversations, not check-ins.
    CHECK(app.window->overdueLabel()->text().contains(QStringLiteral("1 conversation is overdue")));
}

TEST_CASE("a default check-in rhythm typed in Preferences moves the check-ins due at once, except "
          "for those with their own")
{
    CheckInApp app;
    const NextDialog<PreferencesDialog> preferences(
        "the Preferences dialog",
        [](PreferencesDialog *dialog) {
            dialog->showPage(1);
            auto *spin = child<QSpinBox>(dialog, "defaultCheckIn");
            CHECK(spin->value() == 2);
            QTest::keyClick(dialog, Qt::Key_I, Qt::AltModifier);
            CHECK(QApplication::focusWidget() == spin);
            spin->selectAll();
            QTest::keyClicks(spin, QStringLiteral("1"));
            QTest::keyClick(spin, Qt::Key_Return);
        },
        NextDialog<PreferencesDialog>::Wait::WhenActive);
    actionOf(*app.window, ActionId::Preferences)->trigger();
    REQUIRE(preferences.answered());
    CHECK(app.settings.defaultCheckInWeeks() == 1);
    CHECK(Settings().defaultCheckInWeeks() == 1);
    // Every week from the last contact: Anna's was due on May 19, Bram's on May 27.
    CHECK(app.group(RhythmModel::CheckInOverdueGroup) ==
          (QStringList{QStringLiteral("Anna Dekker: overdue 13 days"),
                       QStringLiteral("Bram Cohen: overdue 5 days")}));
    CHECK(app.group(RhythmModel::CheckInDueSoonGroup).isEmpty());
    CHECK(app.checkInText(app.bram) == shortDate(today.addDays(-5)));
    CHECK(app.listCell(app.bram, EmployeeListModel::CheckInColumn)
              .data(Qt::FontRole)
              .value<QFont>()
              .bold());
    CHECK(app.checkInText(app.carla) == shortDate(today.addDays(9))); // her own 3 weeks
}

TEST_CASE("the employee dialog gives an employee a check-in rhythm of their own, and takes it back "
          "to the default")
{
    CheckInApp app;
    app.window->listPanel()->select(app.anna);
    QString shown;
    const NextDialog<EmployeeDialog> own(
        "the employee dialog",
        [&shown](EmployeeDialog *dialog) {
            auto *spin = child<QSpinBox>(dialog, "checkInSpin");
            shown = spin->text();
            QTest::keyClick(dialog, Qt::Key_I, Qt::AltModifier);
            CHECK(QApplication::focusWidget() == spin);
            QTest::keyClick(spin, Qt::Key_Up);
            QTest::keyClick(spin, Qt::Key_Up);
            QTest::keyClick(spin, Qt::Key_Up);
            QTest::keyClick(spin, Qt::Key_Return);
        },
        NextDialog<EmployeeDialog>::Wait::WhenActive);
    actionOf(*app.window, ActionId::EditEmployee)->trigger();
    REQUIRE(own.answered());
    CHECK(shown == QStringLiteral("default (every 2 weeks)"));
    CHECK(app.store.employees().get(app.anna).checkInWeeks == 3);
    // Every 3 weeks from May 12: due on June 2, tomorrow.
    CHECK(app.checkInText(app.anna) == shortDate(today.addDays(1)));
    CHECK(app.listCell(app.anna, EmployeeListModel::CheckInColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("every 3 weeks")));
    CHECK(app.group(RhythmModel::CheckInOverdueGroup).isEmpty());

    const NextDialog<EmployeeDialog> back(
        "the employee dialog again",
        [&shown](EmployeeDialog *dialog) {
            auto *spin = child<QSpinBox>(dialog, "checkInSpin");
            QTest::keyClick(dialog, Qt::Key_I, Qt::AltModifier);
            QTest::keyClick(spin, Qt::Key_PageDown); // down to the lowest value: the default
            shown = spin->text();
            QTest::keyClick(spin, Qt::Key_Return);
        },
        NextDialog<EmployeeDialog>::Wait::WhenActive);
    actionOf(*app.window, ActionId::EditEmployee)->trigger();
    REQUIRE(back.answered());
    CHECK(shown == QStringLiteral("default (every 2 weeks)"));
    CHECK(app.store.employees().get(app.anna).checkInWeeks == 0);
    CHECK(app.group(RhythmModel::CheckInOverdueGroup) ==
          QStringList{QStringLiteral("Anna Dekker: overdue 6 days")});
}

TEST_CASE("the next check-in is planned at the wrap-up with keys, saved, shown in the list, and "
          "undone")
{
    CheckInApp app;
    app.window->listPanel()->select(app.ravi);
    pressIn(app.window.get(), app.window->listPanel()->view(), Qt::Key_N, Qt::ControlModifier);
    WorkspaceWindow *ws = visibleWorkspace();
    REQUIRE(ws);
    ws->showPhase(Phase::WrapUp);
    QApplication::processEvents();
    auto *wrapUp = static_cast<WrapUpPage *>(ws->page(Phase::WrapUp));
    REQUIRE(ws->currentPage() == wrapUp);
    QDateEdit *nextCheckIn = wrapUp->nextCheckInEdit();
    CHECK(nextCheckIn->text() == QStringLiteral("not planned"));

    ws->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(ws));
    wrapUp->summaryField()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_I, Qt::AltModifier);
    QApplication::processEvents();
    CHECK(nextCheckIn->hasFocus());
    // Tab to the quick dates: +1 week, then +2 weeks.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(child<QPushButton>(ws, "checkIn14")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    const QDate day = ws->document().record().conversation.date();
    CHECK(ws->document().record().conversation.nextCheckIn == day.addDays(14));
    CHECK(nextCheckIn->date() == day.addDays(14));
    REQUIRE(ws->document().saveNow());
    const Id id = ws->document().record().conversation.id;
    CHECK(app.store.conversations().load(id).conversation.nextCheckIn == day.addDays(14));
    QApplication::processEvents();
    CHECK(app.window->employeeModel()->overview(app.ravi)->nextCheckIn == day.addDays(14));

    // A day on or before the conversation is refused, with a reason.
    nextCheckIn->setFocus();
    nextCheckIn->setDate(day);
    CHECK(ws->document().record().conversation.nextCheckIn == day.addDays(14));
    CHECK(wrapUp->finishProblem()->isVisible());
    CHECK(wrapUp->finishProblem()->text().contains(QStringLiteral("check-in")));

    QUndoStack *undo = ws->document().undoStack();
    REQUIRE(undo->undoText() == QStringLiteral("Plan next check-in"));
    child<QPushButton>(ws, "checkIn14")->setFocus(); // a date field would take Ctrl+Z itself
    pressStandard(ws, QKeySequence::Undo);
    CHECK_FALSE(ws->document().record().conversation.nextCheckIn.isValid());
    CHECK(nextCheckIn->text() == QStringLiteral("not planned"));
    REQUIRE(ws->document().saveNow());
    CHECK_FALSE(app.store.conversations().load(id).conversation.nextCheckIn.isValid());
    ws->close();
}
