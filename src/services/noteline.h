#pragma once

#include <QObject>
#include <QString>

namespace dialoog {

class ConversationDocument;

// What a line typed in the workspace's note line becomes.
enum class NoteKind
{
    Note,
    PrivateNote,
    ActionItem,
    Agreement
};

// The workspace's note line as a model: the kind the next line is added as, and what
// Enter and the kind shortcuts do. A shortcut works both ways: pressed after typing it
// adds the text as that kind; pressed on an empty line it sets the line's kind, which
// Enter then uses once. The widget shows the kind and forwards the keys.
class NoteLine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteLine)

public:
    explicit NoteLine(ConversationDocument &document, QObject *parent = nullptr);

    NoteKind kind() const { return m_kind; }

    enum class Outcome
    {
        Added,       // the text was added as the chosen kind
        KindSet,     // the empty line now adds that kind
        KindCleared, // the empty line had that kind: it is a plain note again
        NotAdded     // the document refused the text (read-only, say)
    };
    // A kind's shortcut, with what the line holds now.
    Outcome choose(NoteKind kind, const QString &text);
    // Enter: adds the text as the line's kind, after which the line is a plain note
    // again. False for an empty line or a refused text.
    bool enter(const QString &text);
    // Esc: back to a plain note; false when it already was one.
    bool clearKind();

signals:
    void kindChanged(dialoog::NoteKind kind);

private:
    bool add(NoteKind kind, const QString &text);
    void setKind(NoteKind kind);

    ConversationDocument &m_document;
    NoteKind m_kind = NoteKind::Note;
};

} // namespace dialoog
