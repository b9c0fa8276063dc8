#pragma once

#include <QDate>
#include <QUndoCommand>

namespace dialoog {

class ConversationSession;

// One undo step on an open conversation that holds only the values it changes. The
// change is already made, through the session's rules, when the command is pushed;
// undo and redo put those values back by position, so they never touch the rest of
// the record.
class SessionCommand : public QUndoCommand
{
public:
    SessionCommand(ConversationSession &session, const QString &text,
                   QUndoCommand *parent = nullptr);

    void undo() final;
    void redo() final;

    // The correction date before the change: undo gives it back along with the values.
    void setCorrectedBefore(const QDate &date) { m_correctedBefore = date; }

protected:
    virtual void undoChange(ConversationSession &session) = 0;
    virtual void redoChange(ConversationSession &session) = 0;

private:
    ConversationSession &m_session;
    QDate m_correctedBefore;
    bool m_applied = true; // the first redo, from QUndoStack::push, has nothing to do
};

} // namespace dialoog
