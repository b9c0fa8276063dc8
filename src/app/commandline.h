#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace dialoog {

// What the user asked for on the command line, parsed before any QApplication
// exists: the answer decides whether a display is needed at all.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::CommandLine)

public:
    enum class Action
    {
        Gui,
        Help,
        Version,
        Demo,
        Export,
        Import,
        Check,
        Summary,
        Ics,
        Handover,
        ServerInit,
        ServerAddManager,
        ServerReassign,
        Move,
        Error
    };

    Action action = Action::Gui;
    QString database; // empty: the default database
    QString output;   // export
    QString input;    // import; move: the local file (--from)
    QString target;   // move: the server (--to)
    QString role;     // server add-manager, server reassign --to: a PostgreSQL role
    bool hr = false;  // server add-manager --hr
    std::optional<qint64> employeeId;
    std::optional<qint64> conversationId;
    bool readOnly = false; // open the database without ever writing to it
    bool includePrivate = false;
    bool employeeCopy = false;
    bool asNewPerson =
        false; // import: add someone who seems to be here already as a separate person
    bool quitAfterFirstPaint = false; // window: for timing the start-up (bench/)
    bool quitAfterWholeList = false;  // window: the same, until the whole list is shown
    QString language; // summary, handover, demo: "en" or "nl"; empty: the application's
    QString text;     // help text, or the error message

    static CommandLine parse(const QStringList &arguments);
    static QString usage();
    bool needsDisplay() const { return action == Action::Gui; }
};

} // namespace dialoog
