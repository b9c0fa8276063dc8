#include "gui/employees/employeelistmodel.h"
#include "gui/employees/employeelistpanel.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/platform/messagebox.h"
#include "guitestsupport.h"
#include "services/appservices.h"
#include "services/employeedirectory.h"
#include "services/settings.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <algorithm>

using namespace dialoog;
using namespace dialoog::test;

namespace {

const QDate today = QDate::currentDate();

// A team larger than the rows the list reads first, each with a conversation held, so that
// a read row shows a date where a row not read yet shows "…".
struct LargeTeam
{
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("team.sqlite")), Store::Open::CreateIfMissing};
    Settings settings;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<MainWindow> window;
    int people = EmployeeListModel::firstRowsWanted() + 60;

    // `archivedFirst`: that many people, first by name, have left.
    explicit LargeTeam(int archivedFirst = 0)
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QSettings().clear();
        Settings().setManagerNameSkipped(true);
        MessageBox::setTestMode(true);
        Transaction adding(store.database());
        // Added backwards: the file's order is not the list's.
        for (int i = people - 1; i >= 0; --i) {
            Employee e;
            e.name = QStringLiteral("Person %1").arg(i, 4, 10, QLatin1Char('0'));
            e.team = QStringLiteral("Team %1").arg(i % 7);
            e.archived = i < archivedFirst;
            store.employees().insert(e);
            Conversation c;
            c.employeeId = e.id;
            c.phase = Phase::Finished;
            c.heldDate = today.addDays(-30 - i);
            store.repository<Conversation>().insert(c);
        }
        adding.commit();
        services = std::make_unique<AppServices>(store);
    }

    // As at start-up: the whole list waits until after the first paint.
    void open()
    {
        services->employees().deferWholeList();
        window = std::make_unique<MainWindow>(*services, settings);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    QTreeView *view() const { return window->listPanel()->view(); }
    QString cell(int row, int column) const
    {
        return view()->model()->index(row, column).data().toString();
    }
    QString lastText(int row) const { return cell(row, EmployeeListModel::LastColumn); }
    // The rows of the list (as shown) that the viewport shows, at least partly.
    int rowsInView() const
    {
        int rows = 0;
        while (rows < view()->model()->rowCount() &&
               view()->visualRect(view()->model()->index(rows, 0)).top() <
                   view()->viewport()->height())
            ++rows;
        return rows;
    }
};

} // namespace

TEST_CASE("the list shows its rows in view complete at first, the others as not read yet, and "
          "the whole list arrives in place, keeping the selection and the place scrolled to")
{
    LargeTeam team;
    team.open();
    EmployeeListModel *model = team.window->employeeModel();
    // Qt's checks of a model's contract (indexes in and out of range among them), also as
    // the whole list arrives.
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTreeView *view = team.view();
    QSignalSpy arrived(model, &EmployeeListModel::wholeListLoaded);
    REQUIRE(!model->isComplete());
    REQUIRE(view->model()->rowCount() == team.people);

    const int inView = team.rowsInView();
    REQUIRE(inView > 5);
    const QLocale locale;
    for (int row = 0; row < inView; ++row) {
        INFO("row " << row);
        CHECK(team.cell(row, EmployeeListModel::NameColumn) ==
              QStringLiteral("Person %1").arg(row, 4, 10, QLatin1Char('0')));
        CHECK(team.lastText(row) ==
              locale.toString(today.addDays(-30 - row), QLocale::ShortFormat));
    }
    // Out of view: the person, and nothing about their conversations rather than "never".
    const int last = team.people - 1;
    CHECK(team.cell(last, EmployeeListModel::NameColumn) ==
          QStringLiteral("Person %1").arg(last, 4, 10, QLatin1Char('0')));
    CHECK(team.lastText(last) == EmployeeListModel::loadingText());
    CHECK(team.cell(last, EmployeeListModel::NextColumn) == EmployeeListModel::loadingText());
    CHECK(team.cell(last, EmployeeListModel::OpenActionsColumn).isEmpty());
    // The overdue count needs everyone: it says it is counting, not a number too low.
    CHECK(team.window->overdueLabel()->isVisible());
    CHECK(team.window->overdueLabel()->text().contains(QStringLiteral("Counting")));

    // The user has moved down the list before the rest arrives.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Down);
    const Id chosen = team.window->listPanel()->currentId();
    REQUIRE(chosen != 0);
    const int scrolled = view->verticalScrollBar()->value();

    // What the rows in view said at first is what the whole list says of them.
    const auto seenInView = [&team, inView] {
        QStringList seen;
        for (int row = 0; row < inView; ++row)
            for (int column = 0; column < EmployeeListModel::ColumnCount; ++column)
                seen << team.cell(row, column);
        return seen;
    };
    const QStringList firstSeen = seenInView();

    REQUIRE(team.services->employees().loadWholeList());
    CHECK(arrived.size() == 1);
    CHECK(seenInView() == firstSeen);
    CHECK(model->isComplete());
    CHECK(team.lastText(last) == locale.toString(today.addDays(-30 - last), QLocale::ShortFormat));
    CHECK(team.window->listPanel()->currentId() == chosen);
    CHECK(view->currentIndex().row() == 2);
    CHECK(view->verticalScrollBar()->value() == scrolled);
    // Counted now, over everyone: a link with the number, or nothing when nobody is overdue.
    const QLabel *overdue = team.window->overdueLabel();
    CHECK_FALSE(overdue->text().contains(QStringLiteral("Counting")));
    CHECK(overdue->isVisible() == (model->overdueCount() > 0));
    if (model->overdueCount() > 0)
        CHECK(overdue->text().contains(QString::number(model->overdueCount())));
}

TEST_CASE("with archived people shown the rows in view are read too, and a rhythm view left "
          "open has everyone before the first paint")
{
    LargeTeam team(30);
    Settings().setShowArchived(true);
    team.open();
    EmployeeListModel *model = team.window->employeeModel();
    REQUIRE(!model->isComplete());
    const int inView = team.rowsInView();
    REQUIRE(inView > 5);
    for (int row = 0; row < inView; ++row) {
        INFO("row " << row);
        CHECK(
            team.cell(row, EmployeeListModel::NameColumn).endsWith(QStringLiteral("(archived)")) ==
            (row < 30));
        CHECK(team.lastText(row) != EmployeeListModel::loadingText());
    }

    // Closed with the rhythm view open: the next start needs everyone for it.
    team.window->showRhythm();
    team.window->close();
    team.window.reset();
    team.services = std::make_unique<AppServices>(team.store);
    team.services->employees().deferWholeList();
    MainWindow again(*team.services, team.settings);
    CHECK(again.employeeModel()->isComplete());
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(again.rhythmDock()->isVisible());
    CHECK_FALSE(again.overdueLabel()->text().contains(QStringLiteral("Counting")));
}

TEST_CASE("the list sorts names as a locale-aware comparison ignoring case does, both ways, "
          "before and after the whole list arrives")
{
    LargeTeam team;
    const QStringList names{QStringLiteral("émile Blom"), QStringLiteral("Eva de Wit"),
                            QStringLiteral("adam Kok"),   QStringLiteral("Ölaf Berg"),
                            QStringLiteral("zoë Smit"),   QStringLiteral("Zed Claes"),
                            QStringLiteral("Ada Kok"),    QStringLiteral("eva de wit")};
    for (const QString &name : names) {
        Employee e;
        e.name = name;
        team.store.employees().insert(e);
    }
    team.open();
    QTreeView *view = team.view();
    const auto shown = [view] {
        QStringList order;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            order << view->model()->index(row, EmployeeListModel::NameColumn).data().toString();
        return order;
    };
    QStringList expected = shown();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(
        expected.begin(), expected.end(),
        [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    CHECK(shown() == expected);
    CHECK(shown().indexOf(QStringLiteral("adam Kok")) <
          shown().indexOf(QStringLiteral("émile Blom")));

    // A click on the header turns the order round; the whole list arriving keeps it.
    QHeaderView *header = view->header();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(EmployeeListModel::NameColumn) + 5,
                             header->height() / 2));
    REQUIRE(header->sortIndicatorOrder() == Qt::DescendingOrder);
    QStringList backwards = expected;
    std::reverse(backwards.begin(), backwards.end());
    const QStringList descending = shown();
    // Equal names keep their own order either way; the rest is the order turned round.
    for (int row = 0; row < descending.size(); ++row)
        CHECK(collator.compare(descending[row], backwards[row]) == 0);
    REQUIRE(team.services->employees().loadWholeList());
    CHECK(shown() == descending);
}

TEST_CASE("the list tells whom it shows once: when it picks the first person itself, and when "
          "asked again with someone chosen")
{
    LargeTeam team;
    team.open();
    EmployeeListPanel *list = team.window->listPanel();
    list->view()->selectionModel()->clearCurrentIndex();
    QSignalSpy told(list, &EmployeeListPanel::currentChanged);
    list->selectFirstIfNone();
    REQUIRE(told.count() == 1);
    CHECK(told.front().front().value<Id>() == list->currentId());
    CHECK(team.cell(0, EmployeeListModel::NameColumn) == QStringLiteral("Person 0000"));
    CHECK(list->view()->currentIndex().row() == 0);
    told.clear();
    list->selectFirstIfNone();
    CHECK(told.count() == 1);
}
