#include "gui/employees/archivedialog.h"
#include "gui/employees/employeelistpanel.h"
#include "gui/employees/employeepage.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/platform/messagebox.h"
#include "guitestsupport.h"
#include "services/appservices.h"
#include "services/employeedirectory.h"
#include "services/settings.h"
#include "store/store.h"

#include <QDateEdit>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>

using namespace dialoog;
using namespace dialoog::test;

namespace {

struct ArchiveApp
{
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("archive.sqlite")), Store::Open::CreateIfMissing};
    Settings settings;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<MainWindow> window;
    Id id = 0;

    ArchiveApp()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QSettings().clear();
        Settings().setManagerNameSkipped(true);
        MessageBox::setTestMode(true);
        Employee e{0, QStringLiteral("Joost Mulder"), {}, {}, {}, {}, 6, false};
        store.employees().insert(e);
        id = e.id;
        services = std::make_unique<AppServices>(store);
        services->employees().reload();
        window = std::make_unique<MainWindow>(*services, settings);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->listPanel()->select(id);
    }

    Employee stored() { return store.employees().get(id); }
    // Ctrl+Delete, with `answer` given the dialog once it is active.
    void archive(std::function<void(ArchiveDialog *)> answer)
    {
        const NextDialog<ArchiveDialog> dialog("the archive dialog", std::move(answer),
                                               NextDialog<ArchiveDialog>::Wait::WhenActive);
        pressIn(window.get(), window->listPanel()->view(), Qt::Key_Delete, Qt::ControlModifier);
    }
};

} // namespace

TEST_CASE("archiving asks for the leaving date, today unless changed by keys, and undo and redo "
          "take it back and forth with the archive")
{
    ArchiveApp app;
    QString shownNote;
    QDate chosen;
    app.archive([&shownNote, &chosen](ArchiveDialog *d) {
        CHECK(d->dateEdit()->hasFocus());
        CHECK(d->dateEdit()->date() == QDate::currentDate());
        for (QLabel *label : d->findChildren<QLabel *>())
            shownNote += label->text();
        // As a user types another day over today's (British English: day/month/year).
        QTest::keyClick(d->dateEdit(), Qt::Key_Home);
        QTest::keyClick(d->dateEdit(), Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(d->dateEdit(), Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClicks(d->dateEdit(), QStringLiteral("15"));
        chosen = d->dateEdit()->date();
        QTest::keyClick(d->dateEdit(), Qt::Key_Return);
    });
    CHECK(shownNote.contains(QStringLiteral("2 year(s) after the day they left")));
    const QDate today = QDate::currentDate();
    CHECK(chosen == QDate(today.year(), today.month(), 15));
    CHECK(app.stored().archived);
    CHECK(app.stored().leftOn == chosen);
    CHECK(app.window->statusBar()->currentMessage().startsWith(
        QStringLiteral("Joost Mulder archived as having left on")));

    pressStandard(app.window.get(), QKeySequence::Undo);
    CHECK_FALSE(app.stored().archived);
    CHECK_FALSE(app.stored().leftOn.isValid());
    pressStandard(app.window.get(), QKeySequence::Redo);
    CHECK(app.stored().archived);
    CHECK(app.stored().leftOn == chosen);

    // Restoring clears the day; archiving again asks anew.
    actionOf(*app.window, ActionId::ShowArchived)->setChecked(true);
    app.window->listPanel()->select(app.id);
    actionOf(*app.window, ActionId::ArchiveEmployee)->trigger(); // now "Restore"
    CHECK_FALSE(app.stored().archived);
    CHECK_FALSE(app.stored().leftOn.isValid());
}

TEST_CASE("archiving without leaving records no date, and Esc archives nothing")
{
    ArchiveApp app;
    app.archive([](ArchiveDialog *d) { QTest::keyClick(d, Qt::Key_Escape); });
    CHECK_FALSE(app.stored().archived);

    app.archive([](ArchiveDialog *d) {
        // Alt+N: "Not leaving, just archive"; the date field is then out of use. A
        // mnemonic clicks the button a moment later, as a mouse click would look.
        auto *justArchive = d->findChild<QRadioButton *>(QStringLiteral("archiveJustArchive"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        for (int i = 0; i < 100 && !justArchive->isChecked(); ++i)
            QTest::qWait(20);
        CHECK(justArchive->isChecked());
        CHECK_FALSE(d->dateEdit()->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    CHECK(app.stored().archived);
    CHECK_FALSE(app.stored().leftOn.isValid());
    CHECK(app.window->statusBar()->currentMessage().startsWith(
        QStringLiteral("Joost Mulder archived. Undo with")));
}
