#include "application.h"

#include "employeedirectory.h"
#include "mainwindow.h"
#include "appearance.h"
#include "settings.h"
#include "translations.h"
#include "firstpaint.h"
#include "typingsimulator.h"

#include "store/backups.h"
#include "store/store.h"
#include "store/storelock.h"
#include "store/storeerror.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>

#include <memory>

// Resources of a static library are not found by themselves; Q_INIT_RESOURCE must be
// used outside any namespace.
static void initResources() { Q_INIT_RESOURCE(dialoog); }

namespace dialoog {

int runGui(int &argc, char **argv, const QString &databasePath, bool quitAfterFirstPaint)
{
    initResources();
    QApplication app(argc, argv);
    installTranslations(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dialoog.png")));
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.dialoog.Dialoog"));
    QApplication::setApplicationDisplayName(QApplication::translate("dialoog::Application", "Dialoog"));
    const QString path = databasePath.isEmpty() ? Store::defaultPath() : databasePath;
    std::unique_ptr<Store> store;
    StoreLock lock(path);
    const auto title = QApplication::translate("dialoog::Application", "Dialoog cannot open its data");
    try {
        lock.acquire(0);
        store = std::make_unique<Store>(path, Store::Open::CreateIfMissing);
    } catch (const StoreError &e) {
        const std::vector<Backups::Entry> backups = Backups(path).list();
        if (e.kind() != StoreError::Kind::Corrupt || backups.empty()) {
            QMessageBox::critical(nullptr, title, e.message());
            return 1;
        }
        // A damaged file is never overwritten: it is set aside and a copy of the backup
        // takes its place, if the user wants that.
        const QString question = QApplication::translate(
            "dialoog::Application", "%1\n\nRestore the newest backup, made %2? The damaged file is kept beside it.")
                                     .arg(e.message(), QLocale().toString(backups.front().made, QLocale::LongFormat));
        if (QMessageBox::question(nullptr, title, question) != QMessageBox::Yes)
            return 1;
        try {
            Backups::replaceDamaged(path, backups.front().path);
            store = std::make_unique<Store>(path, Store::Open::Existing);
        } catch (const StoreError &again) {
            QMessageBox::critical(nullptr, title, again.message());
            return 1;
        }
    }
    try {
        Backups(path).writeDaily(store->database());
    } catch (const StoreError &e) {
        // Working on is still possible; the user should know there is no fresh copy.
        QMessageBox::warning(nullptr, QApplication::translate("dialoog::Application", "No backup today"), e.message());
    }
    Settings settings;
    applyAppearance(settings.appearance());
    EmployeeDirectory directory(*store);
    directory.reload();
    MainWindow window(directory, settings);
    window.show();
    if (qEnvironmentVariableIsSet("DIALOOG_SIMULATE_TYPING"))
        new TypingSimulator(window, qEnvironmentVariableIntValue("DIALOOG_SIMULATE_TYPING"));
    if (quitAfterFirstPaint)
        quitAfterPaint(window);
    return app.exec();
}

} // namespace dialoog
