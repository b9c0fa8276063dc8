#include "services/textcommand.h"

#include "services/undocommands.h"

namespace dialoog {

TextCommand::TextCommand(ConversationSession &session, const QString &text, TextField field,
                         QString before, QString after, QUndoCommand *parent)
    : SessionCommand(session, text, parent), m_field(field), m_before(std::move(before)),
      m_after(std::move(after)), m_merges(parent == nullptr) // a part of a larger step stays whole
{
}

int TextCommand::id() const
{
    return m_merges ? Cmd_EditText : -1;
}

bool TextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const TextCommand *>(other);
    if (next->m_field != m_field)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace dialoog
