#pragma once

#include <QString>

// The ids of the main window's actions in its ActionRegistry: menus, the shortcut
// overview and tests find an action by these, never by its translated text.
namespace dialoog::ActionId {

// Not an action: where a menu has a separator.
inline const QString Separator;
inline const QString NewEmployee = QStringLiteral("employee.new");
inline const QString EditEmployee = QStringLiteral("employee.edit");
inline const QString ArchiveEmployee = QStringLiteral("employee.archive");
inline const QString EraseEmployee = QStringLiteral("employee.erase");
inline const QString ExportEmployee = QStringLiteral("employee.export");
inline const QString HandOverEmployee = QStringLiteral("employee.handOver");
inline const QString TakeOverEmployee = QStringLiteral("employee.takeOver");
inline const QString FindEmployee = QStringLiteral("employee.find");
inline const QString Quit = QStringLiteral("app.quit");
inline const QString Undo = QStringLiteral("edit.undo");
inline const QString Redo = QStringLiteral("edit.redo");
inline const QString SearchEverything = QStringLiteral("edit.search");
inline const QString ShowRhythm = QStringLiteral("view.rhythm");
inline const QString ShowTeam = QStringLiteral("view.team");
inline const QString ShowArchived = QStringLiteral("view.archived");
inline const QString ShowSearch = QStringLiteral("view.search");
inline const QString NewConversation = QStringLiteral("conversation.new");
inline const QString OpenConversation = QStringLiteral("conversation.open");
inline const QString NoteForNextTime = QStringLiteral("conversation.noteForNextTime");
inline const QString AddFeedback = QStringLiteral("conversation.addFeedback");
inline const QString AddToCalendar = QStringLiteral("calendar.add");
inline const QString SaveInvite = QStringLiteral("calendar.save");
inline const QString Preferences = QStringLiteral("settings.preferences");
inline const QString Guide = QStringLiteral("help.guide");
inline const QString Shortcuts = QStringLiteral("help.shortcuts");
inline const QString About = QStringLiteral("help.about");
inline const QString RestoreBackup = QStringLiteral("data.restoreBackup");
inline const QString OpenTeamDatabase = QStringLiteral("data.openTeamDatabase");
inline const QString AboutQt = QStringLiteral("help.aboutQt");
// The summary's actions are registered by SummaryActions under "summary.*".

} // namespace dialoog::ActionId
