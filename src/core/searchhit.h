#pragma once

#include "domainenums.h"

#include <QDate>
#include <QString>

namespace dialoog {

// Where a piece of searchable text lives. The numbers are stored in the search
// index (part of each entry's rowid), so they never change.
enum class SearchSource
{
    Note = 1,
    Answer = 2,
    Reflection = 3,
    Feedback = 4,
    Goal = 5,
    GoalStep = 6,
    GoalUpdate = 7,
    Agreement = 8,
    ActionItem = 9,
    Achievement = 10,
    Conversation = 11,
    InboxNote = 12, // added by migration 5
};

// One search result: the matching text and the place it belongs to.
struct SearchHit
{
    SearchSource source = SearchSource::Note;
    Id sourceId = 0;
    Id employeeId = 0;
    QString employeeName;
    Id conversationId = 0; // 0 when the text belongs to the employee, not a conversation
    QDate date;            // the conversation's (held, else planned) date, or the item's own
    Phase phase = Phase::Preparation;
    bool isPrivate = false;
    ConversationKind kind = ConversationKind::Development; // of the conversation, if any
    // The matching part of the text; each match is enclosed in markStart .. markEnd.
    QString snippet;

    static constexpr QChar markStart{u'\x02'};
    static constexpr QChar markEnd{u'\x03'};

    bool operator==(const SearchHit &) const = default;
};

} // namespace dialoog
