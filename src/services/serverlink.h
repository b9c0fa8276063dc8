#pragma once

#include "core/domainenums.h"

#include <QObject>

class QSocketNotifier;
class QTimer;

namespace dialoog {

class Store;

// Keeps a team server's connection live for the window: hears of changes other computers
// commit (LISTEN/NOTIFY: the server announces the table and id, never content), notices
// when the connection drops, and connects again with a growing pause (1 s, doubling, at
// most 30 s). Announcements sent while the connection was down are lost, so after every
// reconnect whatever is shown must be read again: reconnected() says when. On a file it
// does nothing: nobody else writes it.
class ServerLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerLink)

public:
    static constexpr int firstRetryMs = 1000;
    static constexpr int longestRetryMs = 30000;
    static constexpr int sweepMs = 2000;

    explicit ServerLink(Store &store, QObject *parent = nullptr);
    ~ServerLink() override;

    bool isOnline() const { return m_online; }
    // A save found the server gone before the socket said so: start reconnecting now.
    void connectionLost();
    // Reads what arrived on the socket now, as the event loop would.
    void readAnnouncements();

signals:
    void conversationChanged(dialoog::Id id);
    void employeeChanged(dialoog::Id id);
    void onlineChanged(bool online);
    // Connected again after a loss: reload what is shown, save what waits.
    void reconnected();

private:
    void watch(int socket);
    void forgetSocket();
    void tryReconnect();

    Store &m_store;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_retry;
    int m_retryMs = firstRetryMs;
    bool m_online = true;
};

} // namespace dialoog
