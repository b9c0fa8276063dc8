#include "services/serverlink.h"

#include "store/connection.h"
#include "store/database.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QSocketNotifier>
#include <QTimer>
#include <algorithm>
#include <tuple>

namespace dialoog {

ServerLink::ServerLink(Store &store, QObject *parent)
    : QObject(parent), m_store(store), m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &ServerLink::tryReconnect);
    if (!store.isServer())
        return;
    // An announcement that arrives while a save waits for its answer is read from the
    // socket by libpq then, and the socket says nothing more: look in libpq's queue now and
    // then too (local only: nothing is sent to the server).
    auto *sweep = new QTimer(this);
    connect(sweep, &QTimer::timeout, this, &ServerLink::readAnnouncements);
    sweep->start(sweepMs);
    try {
        watch(store.database().listenForChanges());
    } catch (const StoreError &) {
        connectionLost();
    }
}

ServerLink::~ServerLink() = default;

void ServerLink::forgetSocket()
{
    // Later, not now: this may run inside the notifier's own signal.
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
    }
    m_notifier = nullptr;
}

void ServerLink::watch(int socket)
{
    forgetSocket();
    if (socket < 0)
        return;
    m_notifier = new QSocketNotifier(qintptr(socket), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ServerLink::readAnnouncements);
}

void ServerLink::readAnnouncements()
{
    if (!m_online || !m_store.isServer())
        return;
    std::vector<Announcement> announcements;
    try {
        announcements = m_store.database().takeAnnouncements();
    } catch (const StoreError &) {
        connectionLost();
        return;
    }
    // A save of many rows announces each; one reload per row is enough.
    std::sort(announcements.begin(), announcements.end(),
              [](const Announcement &a, const Announcement &b) {
                  return std::tie(a.table, a.id) < std::tie(b.table, b.id);
              });
    announcements.erase(std::unique(announcements.begin(), announcements.end()),
                        announcements.end());
    for (const Announcement &a : announcements) {
        if (a.table == QLatin1String("conversation"))
            emit conversationChanged(a.id);
        else if (a.table == QLatin1String("employee"))
            emit employeeChanged(a.id);
    }
}

void ServerLink::connectionLost()
{
    if (!m_store.isServer() || !m_online)
        return;
    // The socket of a lost connection stays readable: stop listening to it at once.
    forgetSocket();
    m_online = false;
    m_retryMs = firstRetryMs;
    m_retry->start(m_retryMs);
    emit onlineChanged(false);
}

void ServerLink::tryReconnect()
{
    bool back = false;
    try {
        back = m_store.database().reconnect();
        if (back)
            watch(m_store.database().listenForChanges());
    } catch (const StoreError &) {
        back = false;
    }
    if (!back) {
        m_retryMs = std::min(m_retryMs * 2, longestRetryMs);
        m_retry->start(m_retryMs);
        return;
    }
    m_online = true;
    emit onlineChanged(true);
    emit reconnected();
}

} // namespace dialoog
