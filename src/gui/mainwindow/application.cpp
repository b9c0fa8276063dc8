#include "gui/mainwindow/application.h"

#include "gui/employees/employeelistpanel.h"
#include "gui/mainwindow/firstpaint.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/platform/appearance.h"
#include "gui/platform/storeopener.h"
#include "gui/platform/translations.h"
#include "services/appservices.h"
#include "services/databaseopener.h"
#include "services/employeedirectory.h"
#include "services/serverlink.h"
#include "services/settings.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QStatusBar>
#include <QTreeView>

// Resources of a static library are not found by themselves; Q_INIT_RESOURCE must be
// used outside any namespace.
static void initResources()
{
    Q_INIT_RESOURCE(dialoog);
}

namespace dialoog {

// The team server's state in the status bar, and text a Dialoog that ended while the
// server was away kept on this computer (OfflineJournal), saved now that it is back.
static void followServer(MainWindow &window, AppServices &services)
{
    QObject::connect(
        &services.server(), &ServerLink::onlineChanged, &window, [&window](bool online) {
            window.statusBar()->showMessage(
                online ? QApplication::translate("dialoog::Application",
                                                 "Connected to the team server again.")
                       : QApplication::translate(
                             "dialoog::Application",
                             "The team server cannot be reached. Everything you type is kept on "
                             "this computer and saved when it is back; Dialoog keeps trying."),
                online ? 8000 : 0);
        });
    if (const int replayed = services.replayJournal(); replayed > 0)
        window.statusBar()->showMessage(
            QApplication::translate("dialoog::Application",
                                    "Text typed while the team server could not be reached was "
                                    "saved as a private note in %n conversation(s).",
                                    nullptr, replayed));
}

namespace {

// One run of the main window on an open database, until it quits.
int runWindow(StoreOpener &opener, AppServices &services, Settings &settings,
              const GuiOptions &options)
{
    applyAppearance(settings.appearance());
    const RetentionCount removed = opener.applyRetention(settings, QDate::currentDate());
    services.employees().deferWholeList();
    MainWindow window(services, settings);
    window.show();
    if (removed.any())
        window.statusBar()->showMessage(StoreOpener::removedText(removed));
    followServer(window, services);
    // The full check, the day's backup, the whole list and the early signals read the
    // whole file: after the window is up (the list has its rows in view already).
    afterFirstPaint(window, [&opener, &window, &services, &options] {
        services.employees().loadWholeList();
        if (options.quitAfterWholeList) {
            QWidget *list = window.listPanel()->view()->viewport();
            tellAfterPaint(*list, "whole-list", true);
            list->update();
        }
        opener.startAfterFirstPaint(&window);
    });
    if (options.afterShown)
        options.afterShown(window);
    // Installed last, so told first: before the work above runs after the paint.
    if (options.quitAfterFirstPaint || options.quitAfterWholeList)
        tellAfterPaint(window, "first-paint", options.quitAfterFirstPaint);
    return QApplication::exec();
} // the windows go first: their conversations save as they close

} // namespace

int runGui(int &argc, char **argv, const QString &databasePath, const GuiOptions &options)
{
    initResources();
    QApplication app(argc, argv);
    installTranslations(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dialoog.png")));
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.dialoog.Dialoog"));
    QApplication::setApplicationDisplayName(
        QApplication::translate("dialoog::Application", "Dialoog"));
    Settings settings;
    // --database first, then the team database chosen in the window, then one's own file.
    QString path = databasePath.isEmpty() ? settings.teamDatabase() : databasePath;
    if (path.isEmpty())
        path = DatabaseOpener::defaultPath();
    // Damage found after the first paint may be answered with a restore: the window quits,
    // and opens again on the newest backup.
    for (bool restore = false;;) {
        StoreOpener opener(path, options.readOnly);
        AppServices *services =
            restore ? opener.openRestored() : opener.open(settings.intactStamp(path), true);
        if (!services)
            return 1;
        // Until this run ends cleanly, the next start checks the whole file again.
        settings.setIntactStamp(path, {});
        settings.sync();
        const int code = runWindow(opener, *services, settings, options);
        settings.setIntactStamp(path, opener.close());
        if (!opener.restoreRequested())
            return code;
        restore = true;
    }
}

} // namespace dialoog
