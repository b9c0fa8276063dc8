#include "application.h"

#include "employeedirectory.h"
#include "mainwindow.h"
#include "settings.h"
#include "typingsimulator.h"

#include "store/backups.h"
#include "store/store.h"
#include "store/storelock.h"
#include "store/storeerror.h"

#include <QApplication>
#include <QMessageBox>

#include <memory>

namespace dialoog {

int runGui(int &argc, char **argv, const QString &databasePath)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QApplication::translate("dialoog::Application", "Dialoog"));
    const QString path = databasePath.isEmpty() ? Store::defaultPath() : databasePath;
    std::unique_ptr<Store> store;
    StoreLock lock(path);
    try {
        lock.acquire(0);
        store = std::make_unique<Store>(path, Store::Open::CreateIfMissing);
    } catch (const StoreError &e) {
        QMessageBox::critical(nullptr, QApplication::translate("dialoog::Application", "Dialoog cannot open its data"),
                              e.message());
        return 1;
    }
    try {
        Backups(path).writeDaily(store->database());
    } catch (const StoreError &e) {
        // Working on is still possible; the user should know there is no fresh copy.
        QMessageBox::warning(nullptr, QApplication::translate("dialoog::Application", "No backup today"), e.message());
    }
    Settings settings;
    EmployeeDirectory directory(*store);
    directory.reload();
    MainWindow window(directory, settings);
    window.show();
    if (qEnvironmentVariableIsSet("DIALOOG_SIMULATE_TYPING"))
        new TypingSimulator(window, qEnvironmentVariableIntValue("DIALOOG_SIMULATE_TYPING"));
    return app.exec();
}

} // namespace dialoog
