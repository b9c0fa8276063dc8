#pragma once

namespace dialoog {

// Undo merge keys: consecutive edits with the same key become one undo step, so
// undo takes back a typed passage rather than one letter. -1: never merged.
enum EditKey : int {
    NoMerge = -1,
    KeyEnergy = 1,
    KeyWellbeingNote,
    KeyWentWell,
    KeyGrowth,
    KeyAmbitions,
    KeyAttention,
    KeySummary,
    KeyGoalWhat,
    KeyGoalWhy,
    KeyGoalFields,
    KeyAnswerBase = 1000, // + question index
};

} // namespace dialoog
