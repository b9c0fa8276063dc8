#include "services/noteline.h"

#include "services/conversationdocument.h"

namespace dialoog {

namespace {
// An action item noted in passing gets a due date the manager can change at wrap-up.
constexpr int actionItemDueDays = 14;
} // namespace

NoteLine::NoteLine(ConversationDocument &document, QObject *parent)
    : QObject(parent), m_document(document)
{
}

NoteLine::Outcome NoteLine::choose(NoteKind kind, const QString &text)
{
    if (!text.trimmed().isEmpty())
        return add(kind, text) ? Outcome::Added : Outcome::NotAdded;
    if (m_kind == kind) {
        setKind(NoteKind::Note);
        return Outcome::KindCleared;
    }
    setKind(kind);
    return Outcome::KindSet;
}

bool NoteLine::enter(const QString &text)
{
    return !text.trimmed().isEmpty() && add(m_kind, text);
}

bool NoteLine::clearKind()
{
    if (m_kind == NoteKind::Note)
        return false;
    setKind(NoteKind::Note);
    return true;
}

bool NoteLine::add(NoteKind kind, const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    switch (kind) {
    case NoteKind::Note:
    case NoteKind::PrivateNote:
        ok = m_document.addNote(trimmed, kind == NoteKind::PrivateNote);
        break;
    case NoteKind::ActionItem: {
        ActionItem item;
        item.text = trimmed;
        item.dueDate = QDate::currentDate().addDays(actionItemDueDays);
        ok = m_document.addActionItem(item);
        break;
    }
    case NoteKind::Agreement:
        ok = m_document.addAgreement(trimmed);
        break;
    }
    // A kind chosen before typing is for one line: the next is a plain note again.
    if (ok)
        setKind(NoteKind::Note);
    return ok;
}

void NoteLine::setKind(NoteKind kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    emit kindChanged(kind);
}

} // namespace dialoog
