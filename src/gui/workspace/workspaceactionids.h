#pragma once

#include "core/domainenums.h"
#include "services/noteline.h"

#include <QString>

// The ids of a conversation window's actions in its ActionRegistry. Its summary
// actions are registered by SummaryActions under "summary.*".
namespace dialoog::WorkspaceActionId {

inline const QString NextPhase = QStringLiteral("phase.next");
inline const QString PreviousPhase = QStringLiteral("phase.previous");
inline const QString Finish = QStringLiteral("conversation.finish");
inline const QString Save = QStringLiteral("conversation.save");
inline const QString Close = QStringLiteral("conversation.close");
inline const QString Quit = QStringLiteral("app.quit");
inline const QString AddToCalendar = QStringLiteral("calendar.add");
inline const QString SaveInvite = QStringLiteral("calendar.save");
inline const QString SendToEmployee = QStringLiteral("report.send");
inline const QString PasteResponse = QStringLiteral("report.paste");
inline const QString Undo = QStringLiteral("edit.undo");
inline const QString Redo = QStringLiteral("edit.redo");
inline const QString WriteNote = QStringLiteral("notes.write");
inline const QString ShowToEmployee = QStringLiteral("view.showToEmployee");
inline const QString BackToNoteLine = QStringLiteral("notes.back");
inline const QString Guide = QStringLiteral("help.phaseGuide");
inline const QString Shortcuts = QStringLiteral("help.shortcuts");

// "phase.preparation", "phase.goals", "phase.questions", "phase.wrapUp".
inline QString phase(Phase phase)
{
    switch (phase) {
    case Phase::Preparation:
        return QStringLiteral("phase.preparation");
    case Phase::Goals:
        return QStringLiteral("phase.goals");
    case Phase::Questions:
        return QStringLiteral("phase.questions");
    case Phase::WrapUp:
    case Phase::Finished:
        break;
    }
    return QStringLiteral("phase.wrapUp");
}

// "notes.asActionItem", "notes.asAgreement", "notes.asPrivateNote" (and "notes.asNote").
inline QString noteAs(NoteKind kind)
{
    switch (kind) {
    case NoteKind::ActionItem:
        return QStringLiteral("notes.asActionItem");
    case NoteKind::Agreement:
        return QStringLiteral("notes.asAgreement");
    case NoteKind::PrivateNote:
        return QStringLiteral("notes.asPrivateNote");
    case NoteKind::Note:
        break;
    }
    return QStringLiteral("notes.asNote");
}

} // namespace dialoog::WorkspaceActionId
