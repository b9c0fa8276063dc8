#include "gui/employees/employeelistpanel.h"
#include "gui/employees/employeepage.h"
#include "gui/employees/historyview.h"
#include "gui/employees/linechart.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/workspace/workspacewindow.h"
#include "guitestsupport.h"
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/employeedirectory.h"
#include "services/settings.h"
#include "store/store.h"

#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace dialoog;
using namespace dialoog::test;

namespace {

// An employee with two held conversations (one without an energy score) and one planned.
struct History
{
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("history.sqlite")), Store::Open::CreateIfMissing};
    Settings settings;
    Id employee = 0;
    Id first = 0, second = 0, planned = 0;
    std::unique_ptr<AppServices> services;
    EmployeeDirectory *directory = nullptr;
    std::unique_ptr<MainWindow> window;

    History()
    {
        QSettings().clear();
        MessageBox::setTestMode(true);
        Employee e{0, QStringLiteral("Sanne de Vries"), {}, {}, {}, {}, 6, false};
        employee = store.employees().insert(e);
        first = held(QDate(2025, 9, 1), 4, 3, QStringLiteral("Pair on the release"));
        second = held(QDate(2025, 11, 3), 0, 5, QStringLiteral("Take the lead on support"));
        planned = store.conversations().create(employee, QDate(2026, 1, 12)).id;
        services = std::make_unique<AppServices>(store);
        directory = &services->employees();
        directory->reload();
        window = std::make_unique<MainWindow>(*services, settings);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->listPanel()->select(employee);
    }
    ~History()
    {
        window.reset(); // workspaces close and save before the store goes
    }

    Id held(QDate day, int energy, int happiness, const QString &agreement)
    {
        const Id id = store.conversations().create(employee, day).id;
        ConversationRecord r = store.conversations().load(id);
        r.conversation.heldDate = day;
        r.conversation.phase = Phase::Finished;
        r.conversation.energy = energy;
        r.conversation.workHappiness = happiness;
        r.conversation.summary = QStringLiteral("Held.");
        r.conversation.noFollowUp = true;
        r.agreements.push_back(Agreement{0, id, agreement});
        store.conversations().save(r);
        return id;
    }

    HistoryView *view() const { return window->employeePage()->history(); }

    WorkspaceWindow *workspace() const
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *ws = qobject_cast<WorkspaceWindow *>(w); ws && ws->isVisible())
                return ws;
        }
        return nullptr;
    }
};

} // namespace

TEST_CASE("the history timeline shows the conversations newest first and Enter opens one")
{
    History h;
    pressIn(h.window.get(), h.window.get(), Qt::Key_Y, Qt::AltModifier);
    REQUIRE(h.window->employeePage()->tabs()->currentWidget() == h.view());
    QTreeWidget *timeline = h.view()->timeline();
    REQUIRE(timeline->topLevelItemCount() == 3);
    CHECK(timeline->topLevelItem(0)->data(0, Qt::UserRole).value<Id>() == h.planned);
    CHECK(timeline->topLevelItem(1)->data(0, Qt::UserRole).value<Id>() == h.second);
    CHECK(timeline->topLevelItem(2)->data(0, Qt::UserRole).value<Id>() == h.first);
    CHECK(timeline->topLevelItem(1)->text(2) == QStringLiteral("Take the lead on support"));
    CHECK(timeline->topLevelItem(1)->text(1) == QStringLiteral("Held, finished"));

    timeline->setFocus();
    pressIn(h.window.get(), timeline, Qt::Key_Down);
    pressIn(h.window.get(), timeline, Qt::Key_Return);
    WorkspaceWindow *ws = h.workspace();
    REQUIRE(ws);
    CHECK(ws->document().record().conversation.id == h.second);
    ws->close();
}

TEST_CASE("the score chart's accessible description lists every value, and says which are missing")
{
    History h;
    const QString description = h.view()->scoreChart()->accessibleDescription();
    const QLocale locale;
    const QString firstDay = locale.toString(QDate(2025, 9, 1), QLocale::ShortFormat);
    const QString secondDay = locale.toString(QDate(2025, 11, 3), QLocale::ShortFormat);
    CHECK(description.contains(
        QStringLiteral("Energy — %1: 4; %2: no value").arg(firstDay, secondDay)));
    CHECK(description.contains(
        QStringLiteral("Work happiness — %1: 3; %2: 5").arg(firstDay, secondDay)));
    CHECK_FALSE(h.view()->scoreChart()->accessibleName().isEmpty());
}

TEST_CASE("a finished conversation opens with the correction banner, and a change there is "
          "recorded as a correction")
{
    History h;
    h.window->employeePage()->tabs()->setCurrentWidget(h.view());
    QTreeWidget *timeline = h.view()->timeline();
    timeline->setCurrentItem(timeline->topLevelItem(2));
    pressIn(h.window.get(), timeline, Qt::Key_Return);
    WorkspaceWindow *ws = h.workspace();
    REQUIRE(ws);
    REQUIRE(ws->document().record().conversation.id == h.first);
    QLabel *banner = ws->correctionBanner();
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(
        QStringLiteral("Changes you make now are recorded as later corrections.")));
    CHECK(banner->text().contains(QLocale().toString(QDate(2025, 9, 1), QLocale::LongFormat)));
    CHECK_FALSE(
        ws->document().record().conversation.correctedOn.isValid()); // looking is not changing

    REQUIRE(ws->document().setText(TextField::Summary,
                                   QStringLiteral("Held. Corrected: the course is in March.")));
    REQUIRE(ws->document().saveNow());
    CHECK(banner->text().contains(QStringLiteral("Last corrected on")));
    const Conversation stored = h.store.conversations().load(h.first).conversation;
    CHECK(stored.correctedOn.isValid());
    CHECK(stored.correctedOn > stored.heldDate);
    CHECK(stored.phase == Phase::Finished);
    ws->close();

    // A planned conversation has nothing to correct.
    timeline->setCurrentItem(timeline->topLevelItem(0));
    pressIn(h.window.get(), timeline, Qt::Key_Return);
    ws = h.workspace();
    REQUIRE(ws);
    CHECK(ws->document().record().conversation.id == h.planned);
    CHECK_FALSE(ws->correctionBanner()->isVisible());
    ws->close();
}
