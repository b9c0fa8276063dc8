#pragma once

#include "core/note.h"

#include <QWidget>
#include <vector>

class QLineEdit;
class QListWidget;

namespace dialoog {

class ConversationDocument;

// Live notes, beside every phase: type a line and press Enter to note it with the time
// and phase. The same line can become an action item, an agreement or a private note.
class NotesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesPanel)

public:
    explicit NotesPanel(ConversationDocument &document, QWidget *parent = nullptr);

    QLineEdit *input() const { return m_input; }
    QListWidget *list() const { return m_list; }
    // Shows the notes, once; until then the list stays empty (the line takes notes all
    // the same). The workspace does it right after its first paint.
    void load();
    bool isLoaded() const { return m_loaded; }
    void refresh();

    enum class As
    {
        Note,
        PrivateNote,
        ActionItem,
        Agreement
    };
    // Turns the typed line into what was asked for; false when the line is empty.
    bool take(As as);

private:
    void append(const Note &note);

    ConversationDocument &m_document;
    std::vector<Note> m_shown; // what the list shows, in its order
    bool m_followNewest = true;
    bool m_loaded = false;
    QListWidget *m_list;
    QLineEdit *m_input;
};

} // namespace dialoog
