// Settings → Preferences, and the actions of the windows found by their ids: the menus,
// the shortcut overview and these tests all go through the action registry.
#include "gui/dialogs/questionbankdialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/platform/appearance.h"
#include "gui/platform/shortcutoverview.h"
#include "gui/preferences/preferencesdialog.h"
#include "gui/workspace/workspaceactionids.h"
#include "gui/workspace/workspacewindow.h"
#include "guitestsupport.h"
#include "services/appservices.h"
#include "services/employeedirectory.h"
#include "services/settings.h"
#include "store/demodata.h"
#include "store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QTimer>
#include <QTreeWidget>
#include <functional>

using namespace dialoog;
using namespace dialoog::test;

namespace {

struct App
{
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("prefs.sqlite")), Store::Open::CreateIfMissing};
    Settings settings;
    AppServices services{store};
    EmployeeDirectory &directory = services.employees();
    MainWindow window{services, settings};

    App()
    {
        QSettings().clear();
        MessageBox::setTestMode(true);
        fillDemoData(store, QDate(2026, 6, 1));
        directory.reload();
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    ~App() { applyAppearance(QString()); }

    // Opens Preferences from its action and runs `use` on it while it is open.
    void withPreferences(const std::function<void(PreferencesDialog *)> &use)
    {
        const NextDialog<PreferencesDialog> preferences("the Preferences dialog",
                                                        [&use](PreferencesDialog *dialog) {
                                                            use(dialog);
                                                            // Whatever happened, the dialog closes,
                                                            // so the test goes on.
                                                            if (dialog->isVisible())
                                                                dialog->reject();
                                                        });
        actionOf(window, ActionId::Preferences)->trigger();
        CHECK(preferences.answered());
    }
};

template <typename T> T *field(PreferencesDialog *dialog, const char *name)
{
    T *widget = dialog->findChild<T *>(QString::fromLatin1(name));
    INFO("field " << name);
    REQUIRE(widget);
    return widget;
}

void click(PreferencesDialog *dialog, QDialogButtonBox::StandardButton which)
{
    QTest::mouseClick(dialog->buttons()->button(which), Qt::LeftButton);
}

void typeNumber(QAbstractSpinBox *box, const QString &digits)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, digits);
}

// Changes every page from the defaults, as a user does with keys.
void changeEveryPage(PreferencesDialog *dialog)
{
    dialog->showPage(0);
    QTest::keyClicks(field<QLineEdit>(dialog, "managerName"), QStringLiteral("Marieke Bos"));
    QTest::keyClicks(field<QLineEdit>(dialog, "managerRole"), QStringLiteral("Teamleider"));
    QTest::keyClick(field<QComboBox>(dialog, "language"), Qt::Key_Down); // As the system → English
    QTest::keyClick(field<QComboBox>(dialog, "appearance"), Qt::Key_Down); // As the system → Dark
    dialog->showPage(1);
    typeNumber(field<QSpinBox>(dialog, "defaultRhythm"), QStringLiteral("8"));
    typeNumber(field<QSpinBox>(dialog, "defaultCheckIn"), QStringLiteral("3"));
    typeNumber(field<QSpinBox>(dialog, "plannedLength"), QStringLiteral("50"));
    QTest::keyClick(field<QTimeEdit>(dialog, "inviteStart"), Qt::Key_Down); // 10:00 → 09:00
    QTest::keyClick(field<QSpinBox>(dialog, "inviteLength"), Qt::Key_Up);   // 45 → 50
    dialog->showPage(2);
    QComboBox *questions = field<QComboBox>(dialog, "questionLanguage");
    questions->setCurrentIndex(questions->findData(QStringLiteral("en")));
    QTest::keyClick(questions, Qt::Key_Down); // English → Dutch
    dialog->showPage(3);
    typeNumber(field<QSpinBox>(dialog, "retentionYears"), QStringLiteral("3"));
}

void checkChanged(const Settings &settings)
{
    CHECK(settings.managerName() == QStringLiteral("Marieke Bos"));
    CHECK(settings.managerRole() == QStringLiteral("Teamleider"));
    CHECK(settings.language() == QStringLiteral("en"));
    CHECK(settings.appearance() == QStringLiteral("dark"));
    CHECK(settings.defaultRhythmWeeks() == 8);
    CHECK(settings.defaultCheckInWeeks() == 3);
    CHECK(settings.plannedMinutes() == 50);
    CHECK(settings.inviteStartTime() == QTime(9, 0));
    CHECK(settings.inviteMinutes() == 50);
    CHECK(settings.questionLanguage() == QStringLiteral("nl"));
    CHECK(settings.retentionYears() == 3);
}

// Every action in the window's menus, submenus included (not the entries that open them).
QList<QAction *> menuActions(QMainWindow &window)
{
    QList<QAction *> found;
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu())
                walk(action->menu());
            else if (!action->isSeparator())
                found << action;
        }
    };
    for (QAction *entry : window.menuBar()->actions())
        walk(entry->menu());
    return found;
}

void checkEveryMenuActionIsRegistered(QMainWindow &window, const ActionRegistry &registry)
{
    const QList<QAction *> actions = menuActions(window);
    REQUIRE(actions.size() > 10);
    for (QAction *action : actions) {
        const QString id = registry.id(action);
        INFO("menu action " << action->text().toStdString());
        CHECK_FALSE(id.isEmpty());
        CHECK(registry.action(id) == action);
        CHECK(action->objectName() == id);
    }
    const QStringList ids = registry.ids();
    CHECK(QSet<QString>(ids.begin(), ids.end()).size() == ids.size());
}

} // namespace

TEST_CASE("Ctrl+comma opens Preferences")
{
    App app;
    app.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&app.window));
    const NextDialog<PreferencesDialog> preferences(
        "the Preferences dialog", [](PreferencesDialog *dialog) { dialog->reject(); });
    QTest::keyClick(&app.window, Qt::Key_Comma, Qt::ControlModifier);
    CHECK(preferences.answered());
}

TEST_CASE("Preferences opens from its action, and OK keeps every page's value in Settings")
{
    App app;
    CHECK(actionOf(app.window, ActionId::Preferences)
              ->shortcuts()
              .contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    app.withPreferences([](PreferencesDialog *dialog) {
        CHECK(dialog->pageList()->count() == 4);
        CHECK_FALSE(dialog->buttons()->button(QDialogButtonBox::Apply)->isEnabled());
        changeEveryPage(dialog);
        click(dialog, QDialogButtonBox::Ok);
        CHECK_FALSE(dialog->isVisible());
    });
    checkChanged(app.settings);
    checkChanged(Settings()); // written through, not only held
    // The appearance takes effect at once.
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 100);
}

TEST_CASE(
    "Apply keeps what is shown and leaves Preferences open; Cancel then drops only what came after")
{
    App app;
    app.withPreferences([&app](PreferencesDialog *dialog) {
        QPushButton *apply = dialog->buttons()->button(QDialogButtonBox::Apply);
        dialog->showPage(1);
        typeNumber(field<QSpinBox>(dialog, "defaultRhythm"), QStringLiteral("4"));
        CHECK(apply->isEnabled());
        click(dialog, QDialogButtonBox::Apply);
        CHECK(app.settings.defaultRhythmWeeks() == 4);
        CHECK(dialog->isVisible());
        CHECK_FALSE(apply->isEnabled());
        typeNumber(field<QSpinBox>(dialog, "plannedLength"), QStringLiteral("90"));
        click(dialog, QDialogButtonBox::Cancel);
    });
    CHECK(app.settings.defaultRhythmWeeks() == 4);
    CHECK(app.settings.plannedMinutes() == 60);
}

TEST_CASE("Cancel in Preferences changes nothing, on any page")
{
    App app;
    app.settings.setManagerName(QStringLiteral("Joost"));
    app.settings.setRetentionConfirmed(true);
    app.withPreferences([](PreferencesDialog *dialog) {
        changeEveryPage(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        CHECK_FALSE(dialog->isVisible());
    });
    const Settings settings;
    CHECK(settings.managerName() == QStringLiteral("Joost"));
    CHECK(settings.language().isEmpty());
    CHECK(settings.appearance().isEmpty());
    CHECK(settings.defaultRhythmWeeks() == 6);
    CHECK(settings.defaultCheckInWeeks() == 2);
    CHECK(settings.plannedMinutes() == 60);
    CHECK(settings.inviteStartTime() == QTime(10, 0));
    CHECK(settings.inviteMinutes() == 45);
    CHECK(settings.retentionYears() == 0);
    CHECK(settings.retentionConfirmed());
    CHECK(QApplication::palette().color(QPalette::Window).lightness() > 100);
}

TEST_CASE("the question bank opens from Preferences in the language chosen there")
{
    App app;
    QString shown;
    app.withPreferences([&shown](PreferencesDialog *dialog) {
        dialog->showPage(2);
        QComboBox *language = field<QComboBox>(dialog, "questionLanguage");
        language->setCurrentIndex(language->findData(QStringLiteral("nl")));
        const NextDialog<QuestionBankDialog> bank(
            "the question bank", [&shown](QuestionBankDialog *dialog) {
                shown = dialog->findChild<QComboBox *>()->currentData().toString();
                dialog->reject();
            });
        QTest::mouseClick(field<QPushButton>(dialog, "editQuestionBank"), Qt::LeftButton);
    });
    CHECK(shown == QStringLiteral("nl"));
}

TEST_CASE(
    "every menu action of the main window is registered under a unique id, and an id is given once")
{
    App app;
    ActionRegistry &registry = app.window.actionRegistry();
    checkEveryMenuActionIsRegistered(app.window, registry);
    for (const QString &id : {ActionId::NewEmployee, ActionId::Preferences, ActionId::RestoreBackup,
                              ActionId::ShowRhythm, QStringLiteral("summary.print")})
        CHECK(registry.ids().contains(id));

    QAction *first = registry.action(ActionId::NewEmployee);
    QAction impostor(QStringLiteral("Impostor"));
    CHECK_FALSE(registry.add(ActionId::NewEmployee, &impostor));
    CHECK(registry.action(ActionId::NewEmployee) == first);
    CHECK(registry.ids().count(ActionId::NewEmployee) == 1);
}

TEST_CASE("every menu action of a conversation window is registered under a unique id")
{
    App app;
    const Id conversation =
        app.store.conversations().forEmployee(app.store.employees().all().front().id).back().id;
    WorkspaceWindow *workspace = app.window.openConversation(conversation);
    REQUIRE(workspace);
    checkEveryMenuActionIsRegistered(*workspace, workspace->actionRegistry());
    CHECK(actionOf(*workspace, WorkspaceActionId::phase(Phase::Goals))->shortcut() ==
          QKeySequence(Qt::CTRL | Qt::Key_2));
    workspace->close();
}

TEST_CASE("the shortcut overview lists every registered shortcut, under its menu")
{
    App app;
    const ActionRegistry &registry = app.window.actionRegistry();
    ShortcutOverview overview(registry, &app.window);
    QMap<QString, QString> listed; // action → keys
    QMap<QString, QString> groupOf;
    for (int g = 0; g < overview.tree()->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = overview.tree()->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            listed.insert(group->child(i)->text(0), group->child(i)->text(1));
            groupOf.insert(group->child(i)->text(0), group->text(0));
        }
    }
    int withKeys = 0;
    for (const QString &id : registry.ids()) {
        QAction *action = registry.action(id);
        if (action->shortcut().isEmpty())
            continue;
        ++withKeys;
        const QString text = action->text().remove(QLatin1Char('&')).remove(QChar(0x2026));
        INFO("action " << id.toStdString());
        CHECK(listed.value(text) ==
              QKeySequence::listToString(action->shortcuts(), QKeySequence::NativeText));
    }
    CHECK(listed.size() == withKeys);
    CHECK(withKeys > 15);
    CHECK(groupOf.value(QStringLiteral("Preferences")) == QStringLiteral("Settings"));
    CHECK(listed.value(QStringLiteral("Search Everything")).contains(QStringLiteral("Ctrl+K")));
    CHECK(groupOf.value(QStringLiteral("Print")) == QStringLiteral("Summary"));
    // Actions without keys are not listed.
    CHECK_FALSE(listed.contains(QStringLiteral("Export Employee Data")));
    CHECK_FALSE(listed.contains(QStringLiteral("Restore from Backup")));
}
