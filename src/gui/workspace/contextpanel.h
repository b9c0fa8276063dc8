#pragma once

#include "core/domainenums.h"

#include <QWidget>

class QLabel;

namespace dialoog {

class CollapsibleSection;
class ConversationDocument;
class EarlierConversations;
class ScoreTrend;

// Beside every phase, what came before: open items carried over, how energy and work
// happiness went, the last conversation's summary and agreements, and, while an answer
// is being noted, what the employee said to that question earlier.
class ContextPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextPanel)

public:
    ContextPanel(ConversationDocument &document, EarlierConversations &earlier,
                 QWidget *parent = nullptr);
    // Without a conversation yet (a window made ready in idle time): bind() gives it one.
    ContextPanel(EarlierConversations &earlier, QWidget *parent);
    void bind(ConversationDocument &document);

    // Reads and shows what came before, once; until then the sections stay empty. The
    // workspace does it right after its first paint: laying these texts out took half
    // the time a conversation took to open.
    void load();
    bool isLoaded() const { return m_loaded; }
    void refresh();
    void showEarlierAnswers(Id questionId);
    QString earlierAnswersText() const;
    ScoreTrend *trend() const { return m_trend; }

private:
    void loadHistory();

    ConversationDocument *m_document = nullptr;
    EarlierConversations &m_earlier;
    QLabel *m_openItems;
    ScoreTrend *m_trend;
    QLabel *m_previous;
    QLabel *m_answers;
    CollapsibleSection *m_answersSection;
    bool m_loaded = false;
};

} // namespace dialoog
