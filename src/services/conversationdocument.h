#pragma once

#include "core/conversationsession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QTimer;
class QUndoStack;

namespace dialoog {

class Store;

// One open conversation as the GUI edits it: the session model, its undo stack, and
// saving that needs no Save button. Every change is written to the store within a
// second of the last keystroke, and at once on phase change or close; a failed save
// keeps everything in memory, says so, and tries again.
class ConversationDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationDocument)

public:
    enum class SaveState { Saved, Pending, Failed };
    static constexpr int saveDelayMs = 1000;
    static constexpr int retryDelayMs = 5000;
    // Someone who types on without a pause is still saved at least this often.
    static constexpr int maxDelayMs = 3000;

    ConversationDocument(Store &store, ConversationRecord record, QObject *parent = nullptr);
    ~ConversationDocument() override;

    ConversationSession &session() { return *m_session; }
    const ConversationRecord &record() const { return m_session->record(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Applies a change as one undo step. Changes with the same merge key that follow
    // each other (typing in one field) become one step. False: the model refused it.
    bool edit(const QString &text, int mergeKey, const std::function<bool(ConversationSession &)> &change);

    bool saveNow();
    SaveState saveState() const { return m_state; }
    QDateTime lastSaved() const { return m_lastSaved; }
    QString lastError() const { return m_lastError; }

signals:
    void saveStateChanged();
    void saved();

private:
    void onChanged();
    void setState(SaveState state);

    Store &m_store;
    ConversationSession *m_session;
    QUndoStack *m_undoStack;
    QTimer *m_saveTimer;
    bool m_dirty = false;
    QElapsedTimer m_dirtySince;
    SaveState m_state = SaveState::Saved;
    QDateTime m_lastSaved;
    // The record as the store holds it: a save writes only what differs from it.
    ConversationRecord m_stored;
    QString m_lastError;
};

} // namespace dialoog
