#pragma once

#include "core/conversationrecord.h"

#include <array>
#include <string_view>

namespace dialoog {

class Statement;

// How each domain value maps to its table. `columns` lists every column but id,
// in the order bind() binds them (from parameter 1) and read() reads them (from
// column 1; column 0 is the id).
template <typename T> struct Table;

#define DIALOOG_TABLE(Type, N)                                                                     \
    template <> struct Table<Type>                                                                 \
    {                                                                                              \
        static const std::string_view name;                                                        \
        static const std::array<std::string_view, N> columns;                                      \
        static void bind(Statement &statement, const Type &value);                                 \
        static Type read(const Statement &statement);                                              \
    };

DIALOOG_TABLE(Employee, 9)
DIALOOG_TABLE(Conversation, 20)
DIALOOG_TABLE(Reflection, 4)
DIALOOG_TABLE(Achievement, 2)
DIALOOG_TABLE(FeedbackItem, 6)
DIALOOG_TABLE(Goal, 7)
DIALOOG_TABLE(GoalStep, 3)
DIALOOG_TABLE(GoalUpdate, 5)
DIALOOG_TABLE(Question, 4)
DIALOOG_TABLE(Answer, 3)
DIALOOG_TABLE(Note, 5)
DIALOOG_TABLE(ActionItem, 9)
DIALOOG_TABLE(Agreement, 2)
DIALOOG_TABLE(InboxNote, 4)

#undef DIALOOG_TABLE

} // namespace dialoog
