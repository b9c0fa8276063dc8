#pragma once

#include "core/signoff.h"

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

    // The correction date and the report's sign-off before the change (a change moves a
    // signed report back to "sent"): undo gives them back along with the values.
    void setCorrectedBefore(const QDate &date, const SignOffState &signOff)
    {
        m_correctedBefore = date;
        m_signOffBefore = signOff;
    }

protected:
    virtual void undoChange(ConversationSession &session) = 0;
    virtual void redoChange(ConversationSession &session) = 0;

private:
    ConversationSession &m_session;
    QDate m_correctedBefore;
    SignOffState m_signOffBefore;
    bool m_applied = true; // the first redo, from QUndoStack::push, has nothing to do
};

} // namespace dialoog
