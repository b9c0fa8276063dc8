#include "gui/employees/employeeactions.h"
#include "gui/employees/employeepage.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/platform/storeopener.h"
#include "gui/preferences/preferencesdialog.h"
#include "gui/workspace/conversationwindows.h"
#include "gui/workspace/workspacewindow.h"
#include "guitestsupport.h"
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/employeedirectory.h"
#include "services/settings.h"
#include "store/backups.h"
#include "store/badfiles.h"
#include "store/demodata.h"
#include "store/storeerror.h"
#include "unprivileged.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <functional>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

using namespace dialoog;
using namespace dialoog::test;

namespace {

// MessageBox keeps the last text it showed; a marker tells whether anything was shown since.
const QString nothingShown = QStringLiteral("(nothing shown)");

void startQuiet()
{
    QSettings().clear();
    MessageBox::setTestMode(true);
    MessageBox::warning(nullptr, {}, nothingShown);
}

struct BadCase
{
    BadFile kind;
    std::vector<QString> reasons; // the message names one of these
    bool restorable;
};

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files);
}

} // namespace

TEST_CASE(
    "a bad file at start-up is explained, left as it was, and a backup offered when it can help")
{
    const BadCase bad = GENERATE(
        BadCase{BadFile::NotSqlite, {QStringLiteral("not a Dialoog database")}, true},
        BadCase{BadFile::Empty, {QStringLiteral("is empty")}, true},
        BadCase{BadFile::Truncated,
                {QStringLiteral("damaged"), QStringLiteral("not a Dialoog database")},
                true},
        BadCase{BadFile::BitFlipped, {QStringLiteral("damaged")}, true},
        BadCase{BadFile::NewerVersion, {QStringLiteral("newer version of Dialoog")}, false},
        BadCase{BadFile::Foreign, {QStringLiteral("another program")}, false});
    INFO("case " << int(bad.kind));
    startQuiet();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dialoog.sqlite"));
    const auto namesReason = [&bad] {
        return std::any_of(bad.reasons.begin(), bad.reasons.end(), [](const QString &reason) {
            return MessageBox::lastText().contains(reason);
        });
    };

    SECTION("without a backup: told why, and Dialoog stops")
    {
        const QByteArray before = makeBadFile(bad.kind, path);
        StoreOpener opener(path, false);
        CHECK(opener.open() == nullptr);
        CHECK(namesReason());
        CHECK(MessageBox::lastText().contains(path));
        CHECK_FALSE(MessageBox::lastText().contains(QStringLiteral("Restore")));
        CHECK(fileBytes(path) == before);
        CHECK(Backups(path).list().empty());
    }
    SECTION("with a backup")
    {
        writeDatabase(path, 4);
        {
            Store good(path, Store::Open::Existing);
            Backups(path).write(good.database(), QStringLiteral("daily"));
        }
        QFile::remove(path);
        const QByteArray before = makeBadFile(bad.kind, path);
        const QString folder = dir.path();

        MessageBox::setNextAnswer(false);
        {
            StoreOpener opener(path, false);
            CHECK(opener.open() == nullptr);
        }
        CHECK(namesReason());
        CHECK(MessageBox::lastText().contains(QStringLiteral("Restore the newest backup")) ==
              bad.restorable);
        CHECK(fileBytes(path) == before);

        if (bad.restorable) {
            MessageBox::setNextAnswer(true);
            StoreOpener opener(path, false);
            REQUIRE(opener.open());
            CHECK(Store(path, Store::Open::Existing).employees().count() == 4);
            // The bad file is kept beside, unchanged.
            const QStringList aside = filesIn(folder).filter(QStringLiteral(".damaged-"));
            REQUIRE(aside.size() == 1);
            CHECK(fileBytes(dir.filePath(aside.front())) == before);
        }
    }
}

TEST_CASE("at start-up a missing folder is created for the owner alone, without a question")
{
    startQuiet();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/folder/dialoog.sqlite"));
    StoreOpener opener(path, false);
    AppServices *services = opener.open();
    REQUIRE(services);
    CHECK_FALSE(services->isReadOnly());
    CHECK(MessageBox::lastText() == nothingShown);
    CHECK(QFileInfo(dir.filePath(QStringLiteral("new/folder"))).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser |
           QFile::WriteUser | QFile::ExeUser));
    REQUIRE(Backups(path).list().size() == 1); // the daily backup
}

TEST_CASE("at start-up a read-only file opens read-only: no lock, no backup, no change")
{
    startQuiet();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dialoog.sqlite"));
    writeDatabase(path, 3);
    const QByteArray before = fileBytes(path);

    SECTION("asked for with --read-only")
    {
        StoreOpener opener(path, true);
        AppServices *services = opener.open();
        INFO(MessageBox::lastText().toStdString());
        REQUIRE(services);
        CHECK(services->isReadOnly());
        CHECK(Store(path, Store::Open::ReadOnly).employees().count() == 3);
    }
    SECTION("an older file, which would need a migration")
    {
        QFile::remove(path);
        REQUIRE(QFile::copy(QStringLiteral(DIALOOG_TEST_DATA "/dialoog-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray old = fileBytes(path);
        StoreOpener opener(path, true);
        CHECK(opener.open() == nullptr);
        CHECK(MessageBox::lastText().contains(QStringLiteral("older version")));
        CHECK(MessageBox::lastText().contains(QStringLiteral("cannot be changed")));
        CHECK(fileBytes(path) == old);
        return;
    }
    CHECK(MessageBox::lastText() == nothingShown);
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("backups"))));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
}

TEST_CASE("at start-up a file that may not be changed (0400) opens read-only by itself: no lock, "
          "no backup, no change")
{
    if (rerunAsUnprivilegedUser()) // as root, where permissions stop nothing
        return;
    startQuiet();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dialoog.sqlite"));
    writeDatabase(path, 3);
    const QByteArray before = fileBytes(path);
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner));
    {
        StoreOpener opener(path, false);
        AppServices *services = opener.open();
        INFO(MessageBox::lastText().toStdString());
        REQUIRE(services);
        CHECK(services->isReadOnly());
        CHECK(services->readOnlyReason().contains(path));
        CHECK(Store(path, Store::Open::ReadOnly).employees().count() == 3);
    }
    CHECK(MessageBox::lastText() == nothingShown);
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("backups"))));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
}

namespace {

Id heldConversation(Store &store, Id employee, const QDate &held)
{
    ConversationRecord r =
        store.conversations().load(store.conversations().create(employee, held).id);
    r.conversation.heldDate = held;
    store.conversations().save(r);
    return r.conversation.id;
}

} // namespace

TEST_CASE("retention is off by default, asks before the first removal, and backs up first")
{
    startQuiet();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dialoog.sqlite"));
    const QDate today(2026, 6, 15);
    StoreOpener opener(path, false);
    REQUIRE(opener.open());
    // A second connection sets the data up, as another reader of the file would.
    auto store = std::make_unique<Store>(path, Store::Open::Existing);
    Employee e{0, QStringLiteral("Ans"), {}, {}, {}, {}, 6, false};
    store->employees().insert(e);
    heldConversation(*store, e.id, QDate(2012, 1, 1));
    heldConversation(*store, e.id, QDate(2020, 6, 1));
    const Id recent = heldConversation(*store, e.id, QDate(2025, 1, 1));
    Settings settings;

    CHECK(settings.retentionYears() == 0);
    CHECK_FALSE(opener.applyRetention(settings, today).any());
    CHECK(MessageBox::lastText() == nothingShown);

    settings.setRetentionYears(5);
    MessageBox::setNextAnswer(false);
    CHECK_FALSE(opener.applyRetention(settings, today).any());
    CHECK(MessageBox::lastText().startsWith(
        QStringLiteral("Remove the conversations older than 5 years (2 in all)")));
    CHECK(store->repository<Conversation>().count() == 3);
    CHECK_FALSE(settings.retentionConfirmed());

    MessageBox::setNextAnswer(true);
    CHECK(opener.applyRetention(settings, today).conversations == 2);
    CHECK(settings.retentionConfirmed());
    CHECK(store->repository<Conversation>().count() == 1);
    CHECK(store->repository<Conversation>().find(recent).has_value());
    const std::vector<Backups::Entry> backups = Backups(path).list();
    REQUIRE_FALSE(backups.empty());
    CHECK(backups.front().reason == QStringLiteral("before-retention"));
    CHECK(Backups::describe(backups.front()).conversations == 3);

    // Once agreed, later removals need no question (the test mode would answer No).
    MessageBox::warning(nullptr, {}, nothingShown);
    heldConversation(*store, e.id, QDate(2019, 1, 1));
    CHECK(opener.applyRetention(settings, today).conversations == 1);
    CHECK(MessageBox::lastText() == nothingShown);

    // A new period asks again.
    settings.setRetentionYears(1);
    CHECK_FALSE(settings.retentionConfirmed());
    CHECK_FALSE(opener.applyRetention(settings, today).any());
    CHECK(MessageBox::lastText().startsWith(
        QStringLiteral("Remove the conversations older than 1 years (1 in all)")));
}

TEST_CASE("people who left are removed two years after their leaving date: asked once, backed "
          "up first, and a declined rule leaves an agreed one working")
{
    startQuiet();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dialoog.sqlite"));
    const QDate today(2026, 6, 15);
    StoreOpener opener(path, false);
    REQUIRE(opener.open());
    auto store = std::make_unique<Store>(path, Store::Open::Existing);
    const auto leaver = [&store](const QString &name, const QDate &leftOn) {
        Employee e{0, name, {}, {}, {}, {}, 6, true};
        e.leftOn = leftOn;
        store->employees().insert(e);
        heldConversation(*store, e.id, leftOn.addMonths(-2));
        return e.id;
    };
    const Id gone = leaver(QStringLiteral("Bram"), QDate(2024, 6, 14));
    const Id exactly = leaver(QStringLiteral("Carla"), QDate(2024, 6, 15));
    Employee staying{0, QStringLiteral("Dirk"), {}, {}, {}, {}, 6, false};
    store->employees().insert(staying);
    const Id old = heldConversation(*store, staying.id, QDate(2012, 1, 1));
    Settings settings;
    CHECK(settings.leaverRetentionYears() == 2); // suggested
    settings.setRetentionYears(10);
    settings.setRetentionConfirmed(true);

    // Declining the new rule keeps the leaver; the agreed one still removes.
    MessageBox::setNextAnswer(false);
    RetentionCount removed = opener.applyRetention(settings, today);
    CHECK(MessageBox::lastText().startsWith(QStringLiteral(
        "Remove everything about the people who left more than 2 years ago (1 in all)")));
    CHECK(removed.conversations == 1);
    CHECK(removed.leavers == 0);
    CHECK_FALSE(store->repository<Conversation>().find(old).has_value());
    CHECK(store->employees().find(gone).has_value());
    CHECK_FALSE(settings.leaverRetentionConfirmed());

    MessageBox::setNextAnswer(true);
    removed = opener.applyRetention(settings, today);
    CHECK(removed.leavers == 1);
    CHECK(settings.leaverRetentionConfirmed());
    CHECK_FALSE(store->employees().find(gone).has_value());
    CHECK(store->employees().find(exactly).has_value());
    CHECK(store->employees().find(staying.id).has_value());
    const std::vector<Backups::Entry> backups = Backups(path).list();
    REQUIRE(backups.size() >= 2);
    CHECK(backups.front().reason == QStringLiteral("before-retention"));
    CHECK(Backups::describe(backups.front()).employees == 3); // taken before the removal
    CHECK(StoreOpener::removedText(removed) ==
          QStringLiteral("Removed everything about the people who left more than 2 years ago: 1."));
}

namespace {

struct ReadOnlyApp
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QByteArray before;
    std::unique_ptr<Store> store;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<AppServices> services;
    EmployeeDirectory *directory = nullptr;
    std::unique_ptr<MainWindow> window;

    ReadOnlyApp()
    {
        startQuiet();
        {
            Store writable(path, Store::Open::CreateIfMissing);
            fillDemoData(writable, QDate(2026, 6, 1));
            writable.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        before = fileBytes(path);
        store = std::make_unique<Store>(path, Store::Open::ReadOnly);
        settings = std::make_unique<Settings>();
        services = std::make_unique<AppServices>(*store);
        directory = &services->employees();
        directory->reload();
        window = std::make_unique<MainWindow>(*services, *settings);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
};

} // namespace

TEST_CASE("read-only, the main window says so and offers no way to change anything")
{
    ReadOnlyApp app;
    QLabel *banner = app.window->readOnlyBanner();
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("This file is read-only")));
    CHECK(banner->text().contains(QStringLiteral("--read-only")));
    REQUIRE(app.window->listPanel());
    using namespace ActionId;
    for (const QString &id : {NewEmployee, EditEmployee, ArchiveEmployee, EraseEmployee,
                              NewConversation, NewCheckIn, RestoreBackup}) {
        INFO(id.toStdString());
        CHECK_FALSE(actionOf(*app.window, id)->isEnabled());
    }
    CHECK(actionOf(*app.window, OpenConversation)->isEnabled());
    CHECK(actionOf(*app.window, ExportEmployee)->isEnabled());
    // Preferences opens, but neither the question bank nor the retention period can change.
    const NextDialog<PreferencesDialog> preferences(
        "the Preferences dialog", [](PreferencesDialog *dialog) {
            CHECK_FALSE(
                dialog->findChild<QPushButton *>(QStringLiteral("editQuestionBank"))->isEnabled());
            CHECK_FALSE(
                dialog->findChild<QSpinBox *>(QStringLiteral("retentionYears"))->isEnabled());
            dialog->reject();
        });
    actionOf(*app.window, Preferences)->trigger();
    CHECK(preferences.answered());
    for (QPushButton *button : app.window->employeePage()->findChildren<QPushButton *>()) {
        INFO(button->text().toStdString());
        CHECK(button->isEnabled() == (button->text() == QStringLiteral("&Open")));
    }
    // The paths that bypass the actions change nothing either.
    const qint64 employees = app.store->employees().count();
    app.window->conversations()->startNew();
    app.window->employeeActions()->toggleArchived();
    app.window->employeeActions()->erase();
    CHECK(app.store->employees().count() == employees);
    CHECK(MessageBox::lastText() == nothingShown);
    CHECK(fileBytes(app.path) == app.before);
}

TEST_CASE("read-only, a conversation can be read and printed, and typing goes nowhere")
{
    ReadOnlyApp app;
    const Id id = app.window->employeePage()->selectedConversation();
    REQUIRE(id != 0);
    // Opened in the window made ready in idle time, with its wrap-up page built before
    // the conversation: locked all the same.
    ConversationWindows *windows = app.window->conversations();
    REQUIRE(QTest::qWaitFor([windows] { return windows->spare() != nullptr; }, 5000));
    WorkspaceWindow *spare = windows->spare();
    WorkspaceWindow *workspace = app.window->openConversation(id);
    REQUIRE(workspace);
    CHECK(workspace == spare);
    REQUIRE(QTest::qWaitForWindowExposed(workspace));
    REQUIRE(workspace->readOnlyBanner());
    CHECK(workspace->readOnlyBanner()->isVisible());
    const ConversationRecord stored = app.store->conversations().load(id);
    // A page is built when first shown: one built late is locked as well.
    for (Phase phase : conversationPhases)
        workspace->page(phase);

    for (QPlainTextEdit *field : workspace->findChildren<QPlainTextEdit *>()) {
        CHECK(field->isReadOnly());
        typeInto(field, QStringLiteral("lost words"));
        CHECK_FALSE(field->toPlainText().contains(QStringLiteral("lost words")));
    }
    for (QLineEdit *field : workspace->findChildren<QLineEdit *>()) {
        if (field->isVisibleTo(workspace))
            CHECK(field->isReadOnly());
    }
    bool printable = false;
    for (QPushButton *button : workspace->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Print preview…"))
            printable = button->isEnabled();
        else if (button->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Finish")))
            CHECK_FALSE(button->isEnabled());
    }
    CHECK(printable);
    // Browsing the phases is no change either.
    pressIn(workspace, workspace, Qt::Key_PageDown, Qt::ControlModifier);
    CHECK_FALSE(workspace->document().setText(TextField::Summary, QStringLiteral("sneaked in")));
    CHECK(workspace->close());
    CHECK(workspace->document().saveState() == ConversationDocument::SaveState::Saved);
    CHECK(app.store->conversations().load(id) == stored);
    CHECK(MessageBox::lastText() == nothingShown);
    CHECK(fileBytes(app.path) == app.before);
}

TEST_CASE(
    "a file Dialoog closed whole is not read through again at the next start; a changed one is")
{
    startQuiet();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dialoog.sqlite"));
    writeDatabase(path);
    QString stamp;
    {
        StoreOpener opener(path, false);
        REQUIRE(opener.open());
        stamp = opener.close();
    }
    REQUIRE_FALSE(stamp.isEmpty());
    CHECK(Store::cleanCloseStamp(path) == stamp);

    // Damage a page the start-up does not read, keeping the size and the time.
    const QDateTime modified = QFileInfo(path).lastModified();
    QByteArray data = fileBytes(path);
    for (qsizetype i = 4096 + 40; i < 4096 + 400; ++i)
        data[i] = char(~data[i]);
    writeFile(path, data);
    const auto setModified = [&path](const QDateTime &when) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(when, QFileDevice::FileModificationTime));
    };
    setModified(modified);

    SECTION("unchanged since the clean close: trusted, so the damage shows only in a full check")
    {
        StoreOpener opener(path, false);
        REQUIRE(opener.open(stamp));
        // The damage is there; only a full check finds it.
        CHECK_FALSE(Store(path, Store::Open::Existing, Store::Seed::Nothing, true).check().ok);
    }
    SECTION("no stamp: the whole file is checked and refused")
    {
        StoreOpener opener(path, false);
        CHECK(opener.open() == nullptr);
        CHECK(MessageBox::lastText().contains(QStringLiteral("damaged")));
    }
    SECTION("changed since: checked again and refused")
    {
        setModified(modified.addSecs(5));
        StoreOpener opener(path, false);
        CHECK(opener.open(stamp) == nullptr);
        CHECK(MessageBox::lastText().contains(QStringLiteral("damaged")));
    }
}

namespace {

// Lets the worker's outcome reach the GUI thread; true once `done` holds.
bool eventsUntil(const std::function<bool()> &done)
{
    for (int i = 0; i < 600 && !done(); ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(50);
    }
    return done();
}

void damageSecondPage(const QString &path)
{
    QByteArray data = fileBytes(path);
    for (qsizetype i = 4096 + 40; i < 4096 + 400; ++i)
        data[i] = char(~data[i]);
    writeFile(path, data);
}

} // namespace

TEST_CASE("the first start of the day writes its backup after the window is up, and a backup that "
          "fails is told as before")
{
    startQuiet();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dialoog.sqlite"));
    writeDatabase(path);
    SECTION("written")
    {
        StoreOpener opener(path, false);
        REQUIRE(opener.open({}, true));
        CHECK(Backups(path).list().empty());
        opener.startAfterFirstPaint(nullptr);
        CHECK(eventsUntil([&path] { return !Backups(path).list().empty(); }));
        CHECK_FALSE(opener.close().isEmpty());
        CHECK(Backups(path).list().size() == 1);
        CHECK(MessageBox::lastText() == nothingShown);
    }
    SECTION("failed: the folder cannot be made")
    {
        writeFile(Backups(path).folder(), "a file where the folder goes");
        StoreOpener opener(path, false);
        REQUIRE(opener.open({}, true));
        opener.startAfterFirstPaint(nullptr);
        CHECK(eventsUntil([] { return MessageBox::lastText() != nothingShown; }));
        INFO(MessageBox::lastText().toStdString());
        CHECK(MessageBox::lastText().contains(QStringLiteral("could not be written")));
        opener.close();
    }
}

TEST_CASE("damage found after the window is up is told plainly and the newest backup offered; a "
          "restore keeps the damaged file beside it")
{
    startQuiet();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dialoog.sqlite"));
    writeDatabase(path);
    {
        Store good(path, Store::Open::Existing);
        Backups(path).write(good.database(), QStringLiteral("daily"));
        good.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    damageSecondPage(path);
    const bool restore = GENERATE(false, true);
    MessageBox::setNextAnswer(restore);
    {
        StoreOpener opener(path, false);
        REQUIRE(opener.open({}, true)); // the window opens at once
        opener.startAfterFirstPaint(nullptr);
        CHECK(eventsUntil([] { return MessageBox::lastText() != nothingShown; }));
        CHECK(MessageBox::lastText().contains(QStringLiteral("damaged")));
        CHECK(MessageBox::lastText().contains(QStringLiteral("Restore the newest backup")));
        CHECK(opener.restoreRequested() == restore);
        CHECK(opener.close().isEmpty()); // checked again at the next start
    }
    if (!restore)
        return;
    StoreOpener again(path, false);
    AppServices *services = again.openRestored();
    REQUIRE(services);
    CHECK(services->employees().employee(4).has_value());
    CHECK(filesIn(dir.path()).filter(QStringLiteral(".damaged-")).size() == 1);
    CHECK_FALSE(again.close().isEmpty());
}
