#pragma once

#include "services/sessioncommand.h"

#include <optional>

namespace dialoog {

// The answer typed to one question of the conversation. The question is held by its
// position: an ad-hoc question gets its id only when first saved. Typing on in the
// same answer merges into this step.
class AnswerCommand final : public SessionCommand
{
public:
    // `before`: no value when the question had no answer yet.
    AnswerCommand(ConversationSession &session, const QString &text, std::size_t questionIndex,
                  std::optional<QString> before, QString after);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void undoChange(ConversationSession &session) override;
    void redoChange(ConversationSession &session) override;

private:
    std::size_t m_questionIndex;
    std::optional<QString> m_before;
    QString m_after;
};

} // namespace dialoog
