#pragma once

#include "core/conversationsession.h"
#include "services/sessioncommand.h"

#include <type_traits>

namespace dialoog {

enum class ListChange
{
    Added,
    Removed
};

// One item added to or removed from a list of the record (a note, an agreement, a
// goal, ...), at a known position. The item holds no identity of the store's: put
// back, it is new, so the save after an undo deletes exactly the row that was added
// and a redo adds it again as a new row. Questions are the exception: they are rows of
// the question bank, which a conversation never deletes, so they keep their id.
template <typename T> class ListItemCommand final : public SessionCommand
{
public:
    using List = std::vector<T> ConversationRecord::*;

    ListItemCommand(ConversationSession &session, const QString &text, ListChange kind, List list,
                    std::size_t index, T item, QUndoCommand *parent = nullptr)
        : SessionCommand(session, text, parent), m_kind(kind), m_list(list), m_index(index),
          m_item(std::move(item))
    {
        if constexpr (!std::is_same_v<T, Question>)
            m_item.id = 0;
    }

protected:
    void undoChange(ConversationSession &session) override
    {
        put(session, m_kind == ListChange::Removed);
    }
    void redoChange(ConversationSession &session) override
    {
        put(session, m_kind == ListChange::Added);
    }

private:
    void put(ConversationSession &session, bool present)
    {
        if (present) {
            session.insertItem(m_list, m_index, m_item);
            return;
        }
        // A question added here got its bank row when saved; put back, it is that row again.
        if constexpr (std::is_same_v<T, Question>)
            m_item = (session.record().*m_list)[m_index];
        session.removeItem(m_list, m_index);
    }

    ListChange m_kind;
    List m_list;
    std::size_t m_index;
    T m_item;
};

} // namespace dialoog
