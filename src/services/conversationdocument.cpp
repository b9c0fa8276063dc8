#include "services/conversationdocument.h"

#include "store/store.h"
#include "store/storeerror.h"

#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

namespace dialoog {
namespace {

// Undo by whole-record snapshots: simple, and always consistent with the model's rules.
class SnapshotCommand final : public QUndoCommand
{
public:
    SnapshotCommand(ConversationSession &session, ConversationRecord before, ConversationRecord after,
                    const QString &text, int mergeKey)
        : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after)),
          m_mergeKey(mergeKey)
    {
    }

    void undo() override { m_session.restore(m_before); }
    void redo() override
    {
        if (!std::exchange(m_firstRedo, false))
            m_session.restore(m_after);
    }
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override
    {
        m_after = static_cast<const SnapshotCommand *>(other)->m_after;
        return true;
    }

private:
    ConversationSession &m_session;
    ConversationRecord m_before;
    ConversationRecord m_after;
    int m_mergeKey;
    bool m_firstRedo = true;
};

} // namespace

ConversationDocument::ConversationDocument(Store &store, ConversationRecord record, QObject *parent)
    : QObject(parent), m_store(store), m_session(new ConversationSession(record, this)),
      m_undoStack(new QUndoStack(this)), m_saveTimer(new QTimer(this)), m_stored(std::move(record))
{
    m_saveTimer->setSingleShot(true);
    connect(m_saveTimer, &QTimer::timeout, this, &ConversationDocument::saveNow);
    connect(m_session, &ConversationSession::changed, this, &ConversationDocument::onChanged);
    // A phase change is a natural pause: keep the store in step right away.
    connect(m_session, &ConversationSession::phaseChanged, this, &ConversationDocument::saveNow);
}

ConversationDocument::~ConversationDocument()
{
    // The last word is saved, but nobody is told: the windows listening are going too.
    blockSignals(true);
    saveNow();
}

bool ConversationDocument::edit(const QString &text, int mergeKey,
                                const std::function<bool(ConversationSession &)> &change)
{
    // A read-only database takes no edit: refused here, not lost at the next save.
    if (m_store.isReadOnly())
        return false;
    ConversationRecord before = m_session->record();
    if (!change(*m_session))
        return false;
    if (m_session->record() == before)
        return true;
    m_undoStack->push(new SnapshotCommand(*m_session, std::move(before), m_session->record(), text, mergeKey));
    return true;
}

void ConversationDocument::onChanged()
{
    if (!m_dirty)
        m_dirtySince.start();
    m_dirty = true;
    if (m_state != SaveState::Failed)
        setState(SaveState::Pending);
    if (m_state != SaveState::Failed && m_dirtySince.elapsed() >= maxDelayMs) {
        saveNow();
        return;
    }
    m_saveTimer->start(m_state == SaveState::Failed ? retryDelayMs : saveDelayMs);
}

bool ConversationDocument::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty)
        return true;
    ConversationRecord stored = m_session->record();
    try {
        m_store.conversations().save(stored, ConversationRepository::PlanFollowUp::Yes, &m_stored);
    } catch (const StoreError &e) {
        m_lastError = e.message();
        setState(SaveState::Failed);
        m_saveTimer->start(retryDelayMs);
        return false;
    }
    m_stored = stored;
    m_session->adoptStored(std::move(stored));
    m_dirty = false;
    m_lastSaved = QDateTime::currentDateTime();
    m_lastError.clear();
    setState(SaveState::Saved);
    emit saved();
    return true;
}

void ConversationDocument::setState(SaveState state)
{
    const bool changed = state != m_state || state == SaveState::Saved;
    m_state = state;
    if (changed)
        emit saveStateChanged();
}

} // namespace dialoog
