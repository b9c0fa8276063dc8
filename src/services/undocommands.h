#pragma once

namespace dialoog {

// Merge ids of the conversation's undo commands (QUndoCommand::id). Consecutive
// commands with the same id may merge into one step, so undo takes back a typed
// passage rather than one letter; each command says when (same field, same item).
// Commands that never merge keep QUndoCommand's -1.
enum UndoCommandId : int
{
    Cmd_EditText = 1,
    Cmd_SetScores,
    Cmd_EditGoal,
    Cmd_EditAnswer,
};

} // namespace dialoog
