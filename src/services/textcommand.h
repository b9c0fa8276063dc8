#pragma once

#include "core/conversationsession.h"
#include "services/sessioncommand.h"

namespace dialoog {

// Text typed into one field (summary, a reflection field, ...). Typing on in the
// same field merges into this step; typing back to where it started drops the step.
class TextCommand final : public SessionCommand
{
public:
    TextCommand(ConversationSession &session, const QString &text, TextField field, QString before,
                QString after, QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void undoChange(ConversationSession &session) override { session.setText(m_field, m_before); }
    void redoChange(ConversationSession &session) override { session.setText(m_field, m_after); }

private:
    TextField m_field;
    QString m_before;
    QString m_after;
    bool m_merges = true;
};

} // namespace dialoog
