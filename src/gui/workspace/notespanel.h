#pragma once

#include "core/note.h"
#include "services/noteline.h"

#include <QWidget>
#include <memory>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;

namespace dialoog {

class ConversationDocument;

// Live notes, beside every phase: type a line and press Enter to note it with the time
// and phase. The same line can become an action item, an agreement or a private note,
// chosen before or after typing; a kind chosen first is shown in the line itself.
class NotesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesPanel)

public:
    explicit NotesPanel(ConversationDocument &document, QWidget *parent = nullptr);
    // Without a conversation yet (a window made ready in idle time): bind() gives it one.
    explicit NotesPanel(QWidget *parent);
    ~NotesPanel() override;
    void bind(ConversationDocument &document);

    QLineEdit *input() const { return m_input; }
    QListWidget *list() const { return m_list; }
    // The coloured label in the line that names a kind chosen before typing.
    QLabel *kindLabel() const { return m_kindLabel; }
    NoteKind kind() const { return m_line ? m_line->kind() : NoteKind::Note; }
    // Shows the notes, once; until then the list stays empty (the line takes notes all
    // the same). The workspace does it right after its first paint.
    void load();
    bool isLoaded() const { return m_loaded; }
    void refresh();

    using As = NoteKind;
    // Adds the typed line as `kind`; false (and nothing changes) when the line is empty.
    bool take(NoteKind kind);
    // A kind's shortcut: adds the typed line as that kind, or, on an empty line, sets
    // (or, pressed again, clears) the line's kind and puts the cursor there.
    NoteLine::Outcome choose(NoteKind kind);
    // Esc: on the note line with a kind set, back to a plain note; elsewhere, to the line.
    void escape();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void append(const Note &note);
    void showKind(NoteKind kind);
    void placeKindLabel();
    void showNewest();

    ConversationDocument *m_document = nullptr;
    std::unique_ptr<NoteLine> m_line;
    std::vector<Note> m_shown; // what the list shows, in its order
    bool m_followNewest = true;
    bool m_loaded = false;
    QListWidget *m_list;
    QLineEdit *m_input;
    QLabel *m_kindLabel;
};

} // namespace dialoog
