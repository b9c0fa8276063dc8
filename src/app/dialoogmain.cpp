#include "dialoogmain.h"

#include "commandline.h"
#include "gui/platform/translations.h"
#include "headlesscommands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdlib>

namespace dialoog {

namespace {

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
           qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

QStringList arguments(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

} // namespace

int dialoogMain(int argc, char **argv, const std::function<void(MainWindow &)> &afterShown)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Dialoog"));
    QCoreApplication::setApplicationName(QStringLiteral("dialoog"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DIALOOG_VERSION));

    CommandLine commandLine = CommandLine::parse(arguments(argc, argv));
    switch (commandLine.action) {
    case CommandLine::Action::Version:
        QTextStream(stdout) << "dialoog " << DIALOOG_VERSION << Qt::endl;
        return EXIT_SUCCESS;
    case CommandLine::Action::Help:
    case CommandLine::Action::Error: {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        commandLine =
            CommandLine::parse(arguments(argc, argv)); // again, now in the user's language
        if (commandLine.action == CommandLine::Action::Help) {
            QTextStream(stdout) << commandLine.text;
            return EXIT_SUCCESS;
        }
        QTextStream(stderr) << "dialoog: " << commandLine.text << Qt::endl
                            << QCoreApplication::translate(
                                   "main", "Try 'dialoog --help' for more information.")
                            << Qt::endl;
        return 2;
    }
    case CommandLine::Action::Gui:
        break;
    case CommandLine::Action::Summary:
    case CommandLine::Action::Handover: {
        // Laying out text needs fonts, so a GUI application, but never a display.
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        installTranslations(app);
        return runHeadless(commandLine);
    }
    default: {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        return runHeadless(commandLine);
    }
    }

    if (!hasDisplay()) {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main",
                                   "dialoog: no display to show the window on. The commands demo, "
                                   "export, import, check, summary, ics, handover, move and "
                                   "server work without one (see dialoog --help).")
                            << Qt::endl;
        return EXIT_FAILURE;
    }
    return runGui(argc, argv, commandLine.database,
                  {.readOnly = commandLine.readOnly,
                   .quitAfterFirstPaint = commandLine.quitAfterFirstPaint,
                   .quitAfterWholeList = commandLine.quitAfterWholeList,
                   .afterShown = afterShown});
}

} // namespace dialoog
