// The one main() of every test executable. It must make Qt work without a
// display before QApplication exists: catch_discover_tests runs the binaries at
// build time, outside ctest's environment.
#define CATCH_CONFIG_RUNNER
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#ifdef DIALOOG_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir runtime;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    // Settings of its own for each run: ctest runs test cases side by side, and one
    // case's Preferences must not show in another's.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("DialoogTests"));
    TestApplication::setApplicationName(QStringLiteral("dialoog-tests"));
    return Catch::Session().run(argc, argv);
}
