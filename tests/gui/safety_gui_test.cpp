#include "gui/dialogs/restorebackupdialog.h"
#include "gui/employees/employeelistmodel.h"
#include "gui/employees/employeelistpanel.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/platform/filedialogs.h"
#include "gui/preferences/preferencesdialog.h"
#include "guitestsupport.h"
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/employeedirectory.h"
#include "services/settings.h"
#include "store/backups.h"
#include "store/demodata.h"
#include "store/statement.h"
#include "store/store.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

using namespace dialoog;
using namespace dialoog::test;

namespace {

struct App
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("safe.sqlite"));
    Store store{path, Store::Open::CreateIfMissing};
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
};

} // namespace

TEST_CASE(
    "erasing an employee from the menu removes them everywhere, and the old backups on request")
{
    App app;
    Backups backups(app.path);
    backups.write(app.store.database(), QStringLiteral("daily"));
    const Employee victim = app.store.employees().all().front();
    app.window.listPanel()->select(victim.id);

    MessageBox::setNextAnswer(false);
    actionOf(app.window, ActionId::EraseEmployee)->trigger();
    CHECK(app.store.employees().find(victim.id).has_value()); // "No" changes nothing

    MessageBox::setNextAnswer(true); // erase? yes
    MessageBox::setNextAnswer(true); // and delete the old backups? yes
    actionOf(app.window, ActionId::EraseEmployee)->trigger();
    CHECK_FALSE(app.store.employees().find(victim.id).has_value());
    CHECK_FALSE(app.window.employeeModel()->employee(victim.id));
    const std::vector<Backups::Entry> left = backups.list();
    REQUIRE(left.size() == 1);
    Store copy(left.front().path, Store::Open::Existing);
    CHECK_FALSE(copy.employees().find(victim.id).has_value());
}

TEST_CASE("everything held about one employee is exported for them, owner-only")
{
    App app;
    const Employee person = app.store.employees().all().at(2);
    app.window.listPanel()->select(person.id);
    const QString path = app.dir.filePath(QStringLiteral("access.json"));
    FileDialogs::setNextSaveFileName(path);
    actionOf(app.window, ActionId::ExportEmployee)->trigger();
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString json = QString::fromUtf8(file.readAll());
    CHECK(json.contains(person.name));
    CHECK(json.count(QStringLiteral("\"rhythmWeeks\"")) == 1);
    CHECK_FALSE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther));
}

TEST_CASE("a backup is restored from the Help menu, and what was there is kept as a backup")
{
    App app;
    Backups backups(app.path);
    backups.write(app.store.database(), QStringLiteral("daily"));
    const qint64 before = app.store.employees().count();
    Employee extra{0, QStringLiteral("Added Later"), {}, {}, {}, {}, 6, false};
    app.directory.add(extra);
    REQUIRE(app.store.employees().count() == before + 1);

    const NextDialog<RestoreBackupDialog> restore(
        "the restore dialog", [](RestoreBackupDialog *dialog) {
            CHECK(dialog->list()->topLevelItemCount() == 1);
            CHECK(dialog->list()->topLevelItem(0)->text(2) == QStringLiteral("9"));
            dialog->accept();
        });
    actionOf(app.window, ActionId::RestoreBackup)->trigger();
    CHECK(app.store.employees().count() == before);
    CHECK(app.window.employeeModel()->rowCount() == int(before));
    const std::vector<Backups::Entry> list = backups.list();
    CHECK(std::any_of(list.begin(), list.end(), [](const Backups::Entry &e) {
        return e.reason == QStringLiteral("before-restore");
    }));
}

TEST_CASE(
    "when the disk is full the text stays, the status says so, and it is saved once there is room")
{
    App app;
    const Id id =
        app.store.conversations().forEmployee(app.store.employees().all().front().id).front().id;
    ConversationDocument document(app.store, app.store.conversations().load(id));
    Statement pages(app.store.database(), "PRAGMA page_count");
    REQUIRE(pages.step());
    const qint64 count = pages.int64(0);
    pages.reset();
    app.store.database().exec("PRAGMA max_page_count = " + std::to_string(count));
    const QString text = QString(300000, QLatin1Char('w'));
    document.setText(TextField::Summary, text);
    CHECK_FALSE(document.saveNow());
    CHECK(document.saveState() == ConversationDocument::SaveState::Failed);
    CHECK(document.lastError().contains(QStringLiteral("disk is full")));
    CHECK(document.record().conversation.summary == text);
    app.store.database().exec("PRAGMA max_page_count = 1073741823");
    CHECK(document.saveNow());
    CHECK(app.store.conversations().load(id).conversation.summary == text);
}

TEST_CASE("the retention period is set in Preferences, is off until then, and is confirmed again "
          "once changed")
{
    App app;
    CHECK(app.settings.retentionYears() == 0);
    app.settings.setRetentionConfirmed(true); // as after an earlier removal
    const NextDialog<PreferencesDialog> preferences(
        "the Preferences dialog", [](PreferencesDialog *dialog) {
            auto *years = dialog->findChild<QSpinBox *>(QStringLiteral("retentionYears"));
            REQUIRE(years);
            CHECK(years->value() == 0);
            CHECK(years->text() == QStringLiteral("Keep all"));
            dialog->pageList()->setCurrentRow(3);
            years->setFocus();
            years->selectAll();
            QTest::keyClicks(years, QStringLiteral("7"));
            dialog->accept();
        });
    actionOf(app.window, ActionId::Preferences)->trigger();
    CHECK(app.settings.retentionYears() == 7);
    // A new period is asked for again before its first removal.
    CHECK_FALSE(app.settings.retentionConfirmed());
}

TEST_CASE("retention from leaving suggests two years in Preferences, and a new period is "
          "confirmed again")
{
    App app;
    app.settings.setLeaverRetentionConfirmed(true);
    const NextDialog<PreferencesDialog> preferences(
        "the Preferences dialog", [](PreferencesDialog *dialog) {
            auto *years = dialog->findChild<QSpinBox *>(QStringLiteral("leaverRetentionYears"));
            REQUIRE(years);
            dialog->pageList()->setCurrentRow(3);
            CHECK(years->isVisible());
            CHECK(years->text() == QStringLiteral("2 years ago"));
            years->setFocus();
            years->selectAll();
            QTest::keyClicks(years, QStringLiteral("5"));
            dialog->accept();
        });
    actionOf(app.window, ActionId::Preferences)->trigger();
    CHECK(app.settings.leaverRetentionYears() == 5);
    CHECK_FALSE(app.settings.leaverRetentionConfirmed());
}
