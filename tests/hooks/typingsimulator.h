#pragma once

#include "core/domainenums.h"

#include <QObject>

class QTimer;

namespace dialoog {

class MainWindow;
class WorkspaceWindow;

// For the crash-safety harness only, in its own executable (dialoog-typing), never in the
// installed program: opens the conversation and types into its summary through real key
// events, as a fast typist with pauses would, and reports on standard output what was
// typed and saved. The harness kills the process at random and checks the file afterwards.
class TypingSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypingSimulator)

public:
    static constexpr int keyIntervalMs = 20;
    static constexpr int burstLength = 40; // keys, then a pause
    static constexpr int pauseMs = 1200;

    TypingSimulator(MainWindow &window, Id conversationId);

private:
    void typeOne();

    WorkspaceWindow *m_workspace = nullptr;
    QTimer *m_timer;
    int m_typed = 0;
};

} // namespace dialoog
