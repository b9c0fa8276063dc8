#pragma once

#include <QCoreApplication>
#include <QString>

namespace dialoog {

struct ConversationRecord;

// What was typed in a conversation since it was last saved, as one text: the written
// fields and answers that changed, and the notes, goals, achievements, action items and
// agreements added. A save refused because another computer saved first keeps it as a
// note when the conversation is read again, so nothing typed is lost.
class UnsavedText final
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::UnsavedText)

public:
    // Empty when nothing typed differs from `stored`.
    static QString between(const ConversationRecord &stored, const ConversationRecord &current);
};

} // namespace dialoog
