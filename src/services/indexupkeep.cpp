#include "services/indexupkeep.h"

#include "store/store.h"

#include <QEvent>
#include <QTimer>

namespace dialoog {

IndexUpkeep::IndexUpkeep(Store &store, std::chrono::milliseconds quiet, QObject *parent)
    : QObject(parent), m_store(store), m_quiet(new QTimer(this))
{
    m_quiet->setSingleShot(true);
    m_quiet->setInterval(quiet);
    connect(m_quiet, &QTimer::timeout, this, &IndexUpkeep::quietReached);
}

IndexUpkeep::~IndexUpkeep()
{
    close();
}

void IndexUpkeep::watchInputOf(QObject *application)
{
    application->installEventFilter(this);
}

void IndexUpkeep::conversationOpened()
{
    ++m_openConversations;
    m_quiet->stop();
    close();
}

void IndexUpkeep::conversationClosed()
{
    m_openConversations = std::max(0, m_openConversations - 1);
    m_conversationClosed = true;
    if (m_openConversations == 0)
        m_quiet->start();
}

void IndexUpkeep::userActed()
{
    close();
    // Only the quiet after a conversation counts; while one is open nothing is timed, so
    // typing in it costs nothing here.
    if (m_openConversations == 0 && m_conversationClosed)
        m_quiet->start();
}

bool IndexUpkeep::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        userActed();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IndexUpkeep::quietReached()
{
    if (m_openConversations > 0 || m_store.isReadOnly() || m_store.isServer())
        return;
    m_windowOpen = true;
    m_store.mergeSearchIndex(true);
    emit maintenanceWindow(true);
}

void IndexUpkeep::close()
{
    if (!m_windowOpen)
        return;
    m_windowOpen = false;
    m_store.mergeSearchIndex(false);
    emit maintenanceWindow(false);
}

} // namespace dialoog
