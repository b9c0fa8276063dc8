#include "application.h"

#include "employeedirectory.h"
#include "mainwindow.h"
#include "appearance.h"
#include "settings.h"
#include "translations.h"
#include "firstpaint.h"
#include "typingsimulator.h"

#include "storeopener.h"

#include "store/store.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QStatusBar>

// Resources of a static library are not found by themselves; Q_INIT_RESOURCE must be
// used outside any namespace.
static void initResources() { Q_INIT_RESOURCE(dialoog); }

namespace dialoog {

int runGui(int &argc, char **argv, const QString &databasePath, const GuiOptions &options)
{
    initResources();
    QApplication app(argc, argv);
    installTranslations(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dialoog.png")));
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.dialoog.Dialoog"));
    QApplication::setApplicationDisplayName(QApplication::translate("dialoog::Application", "Dialoog"));
    StoreOpener opener(databasePath.isEmpty() ? Store::defaultPath() : databasePath, options.readOnly);
    Store *store = opener.open();
    if (!store)
        return 1;
    Settings settings;
    applyAppearance(settings.appearance());
    const qint64 removed = opener.applyRetention(settings, QDate::currentDate());
    EmployeeDirectory directory(*store);
    directory.reload();
    MainWindow window(directory, settings);
    window.show();
    if (removed > 0)
        window.statusBar()->showMessage(QApplication::translate("dialoog::Application",
                                                                "Removed the conversations older than %1 years: %2.")
                                            .arg(settings.retentionYears())
                                            .arg(removed));
    if (qEnvironmentVariableIsSet("DIALOOG_SIMULATE_TYPING"))
        new TypingSimulator(window, qEnvironmentVariableIntValue("DIALOOG_SIMULATE_TYPING"));
    if (options.quitAfterFirstPaint)
        quitAfterPaint(window);
    return app.exec();
}

} // namespace dialoog
