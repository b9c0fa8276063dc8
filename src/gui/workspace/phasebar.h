#pragma once

#include "core/domainenums.h"

#include <QWidget>
#include <array>

class QLabel;
class QToolButton;

namespace dialoog {

class ConversationSession;

// The four phases side by side, always visible: where the conversation is, how far
// each phase has come, and a click (or Ctrl+1..4) to go there.
class PhaseBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhaseBar)

public:
    explicit PhaseBar(QWidget *parent = nullptr);

    void update(const ConversationSession &session);
    QString progressText(Phase phase) const;

signals:
    void phaseRequested(dialoog::Phase phase);

private:
    std::array<QToolButton *, 4> m_buttons{};
    std::array<QLabel *, 4> m_progress{};
};

} // namespace dialoog
