#pragma once

#include "core/domainenums.h"
#include "services/sessioncommand.h"

namespace dialoog {

// Finishing the conversation: undo gives back the phase it was finished from and the
// held date it had (finishing dates an undated conversation today).
class FinishCommand final : public SessionCommand
{
public:
    FinishCommand(ConversationSession &session, const QString &text, Phase phaseBefore,
                  QDate heldBefore);

protected:
    void undoChange(ConversationSession &session) override;
    void redoChange(ConversationSession &session) override;

private:
    Phase m_phaseBefore;
    QDate m_heldBefore;
};

} // namespace dialoog
