#pragma once

#include "core/conversationsession.h"
#include "services/sessioncommand.h"

namespace dialoog {

// One item of a list of the record changed in place (a goal's fields, an action
// item's status, ...). The item keeps the id it has when undone or redone. With a
// merge id, the next change to the same item with the same key merges into this step.
template <typename T> class ChangeItemCommand final : public SessionCommand
{
public:
    using List = std::vector<T> ConversationRecord::*;

    ChangeItemCommand(ConversationSession &session, const QString &text, List list,
                      std::size_t index, T before, T after, QUndoCommand *parent = nullptr)
        : SessionCommand(session, text, parent), m_list(list), m_index(index),
          m_before(std::move(before)), m_after(std::move(after))
    {
    }

    // Consecutive changes with the same id and key (say, typing a goal's "why") merge.
    void mergeAs(int id, int key)
    {
        m_id = id;
        m_key = key;
    }
    int id() const override { return m_id; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ChangeItemCommand *>(other);
        if (next->m_list != m_list || next->m_index != m_index || next->m_key != m_key)
            return false;
        m_after = next->m_after;
        return true;
    }

protected:
    void undoChange(ConversationSession &session) override
    {
        session.replaceItem(m_list, m_index, m_before);
    }
    void redoChange(ConversationSession &session) override
    {
        session.replaceItem(m_list, m_index, m_after);
    }

private:
    List m_list;
    std::size_t m_index;
    T m_before;
    T m_after;
    int m_id = -1;
    int m_key = 0;
};

} // namespace dialoog
