#pragma once

#include "core/domainenums.h"

#include <QObject>
#include <QTime>
#include <QUrl>
#include <functional>

class QAction;
class QWidget;

namespace dialoog {

class Settings;
class ConversationOutputs;

// "Add to Calendar…" and "Save Invite…" for the next conversation: the time is asked
// in a small dialog (defaults from Settings), the invite (.ics) is written owner-only
// into the cache folder and handed to the desktop's calendar application; when that
// fails, a save dialog offers to keep it. Used by the wrap-up page and the main window.
class MenuIcons;

class CalendarActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarActions)

public:
    // `conversation` names the conversation (0: none); `beforeUse` runs first, so what
    // was just chosen (the follow-up date) is stored.
    CalendarActions(ConversationOutputs &outputs, Settings &settings,
                    std::function<Id()> conversation, QWidget *parent,
                    std::function<void()> beforeUse = {});

    QAction *addAction() const { return m_add; }
    // Its theme icon, looked up when a menu holding it first opens (see MenuIcons).
    void setIconsIn(MenuIcons &icons);
    QAction *saveAction() const { return m_save; }
    void setEnabled(bool enabled);

    bool addToCalendar();
    bool saveInvite();

    // Asks the time and length; false when cancelled. The defaults are in Preferences.
    static bool askTime(QWidget *parent, const QString &title, QTime &start, int &minutes);

    // Test seams: in test mode the time dialog is not shown (the defaults are used) and
    // nothing is opened on the desktop: `opener` decides (by default, opening fails).
    static void setTestMode(bool on, std::function<bool(const QUrl &)> opener = {});
    static QUrl lastOpened() { return s_lastOpened; }

signals:
    void message(const QString &text);

private:
    QByteArray invite(QString *fileName);
    bool saveWithDialog(const QByteArray &ics, const QString &fileName);
    static bool open(const QUrl &url);

    ConversationOutputs &m_outputs;
    Settings &m_settings;
    std::function<Id()> m_conversation;
    std::function<void()> m_beforeUse;
    QWidget *m_parent;
    QAction *m_add;
    QAction *m_save;

    static bool s_testMode;
    static std::function<bool(const QUrl &)> s_opener;
    static QUrl s_lastOpened;
};

} // namespace dialoog
