#pragma once

#include <QObject>
#include <chrono>

class QTimer;

namespace dialoog {

class Store;

// When the search index's merging, which the saves no longer do (migration 11), is done:
// only while no conversation is open and the user has left Dialoog alone for a while
// since one closed, so that nobody is taking notes and no key waits for it. The store
// does the work on a thread of its own (Store::mergeSearchIndex); a conversation
// opening, or any key, click or wheel turn in the program, stops it at once.
class IndexUpkeep final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndexUpkeep)

public:
    // A few seconds: a user who closed one conversation and opens the next at once is
    // not kept waiting by a merge that has to stop first.
    static constexpr std::chrono::milliseconds defaultQuiet{5000};

    explicit IndexUpkeep(Store &store, std::chrono::milliseconds quiet = defaultQuiet,
                         QObject *parent = nullptr);
    ~IndexUpkeep() override;

    // The window's input: keys, clicks and the wheel on `application` count as acting.
    void watchInputOf(QObject *application);
    void conversationOpened();
    void conversationClosed();
    void userActed();
    bool windowOpen() const { return m_windowOpen; }

signals:
    // The maintenance window: true when the merging may run, false when it must stop.
    void maintenanceWindow(bool open);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void quietReached();
    void close();

    Store &m_store;
    QTimer *m_quiet;
    int m_openConversations = 0;
    bool m_conversationClosed = false; // saves made since: something to merge
    bool m_windowOpen = false;
};

} // namespace dialoog
