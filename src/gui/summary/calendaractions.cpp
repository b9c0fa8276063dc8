#include "gui/summary/calendaractions.h"

#include "core/failure.h"
#include "gui/platform/filedialogs.h"
#include "gui/platform/menuicons.h"
#include "gui/platform/messagebox.h"
#include "gui/summary/calendartimedialog.h"
#include "report/icsinvite.h"
#include "services/conversationoutputs.h"
#include "services/settings.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>

namespace dialoog {

bool CalendarActions::s_testMode = false;
std::function<bool(const QUrl &)> CalendarActions::s_opener;
QUrl CalendarActions::s_lastOpened;

CalendarActions::CalendarActions(ConversationOutputs &outputs, Settings &settings,
                                 std::function<Id()> conversation, QWidget *parent,
                                 std::function<void()> beforeUse)
    : QObject(parent), m_outputs(outputs), m_settings(settings),
      m_conversation(std::move(conversation)), m_beforeUse(std::move(beforeUse)), m_parent(parent)
{
    m_add = new QAction(tr("Add to &Calendar…"), this);
    m_add->setStatusTip(tr("Put the next conversation in your calendar application"));
    m_save = new QAction(tr("Save &Invite…"), this);
    m_save->setStatusTip(tr("Save the next conversation as a calendar invite (.ics)"));
    connect(m_add, &QAction::triggered, this, &CalendarActions::addToCalendar);
    connect(m_save, &QAction::triggered, this, &CalendarActions::saveInvite);
}

void CalendarActions::setIconsIn(MenuIcons &icons)
{
    icons.set(m_add, QStringLiteral("x-office-calendar"));
}

void CalendarActions::setEnabled(bool enabled)
{
    m_add->setEnabled(enabled);
    m_save->setEnabled(enabled);
}

void CalendarActions::setTestMode(bool on, std::function<bool(const QUrl &)> opener)
{
    s_testMode = on;
    s_opener = std::move(opener);
    s_lastOpened.clear();
}

bool CalendarActions::open(const QUrl &url)
{
    s_lastOpened = url;
    if (s_testMode)
        return s_opener && s_opener(url);
    return QDesktopServices::openUrl(url);
}

bool CalendarActions::askTime(QWidget *parent, const QString &title, QTime &start, int &minutes)
{
    if (s_testMode)
        return true;
    CalendarTimeDialog dialog(title, start, minutes, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    start = dialog.start();
    minutes = dialog.minutes();
    return true;
}

QByteArray CalendarActions::invite(QString *fileName)
{
    if (m_beforeUse)
        m_beforeUse();
    const Id id = m_conversation();
    if (id == 0)
        return {};
    QTime start = m_settings.inviteStartTime();
    int minutes = m_settings.inviteMinutes();
    try {
        QString error;
        const std::optional<CalendarInvite> built =
            m_outputs.invite(id, start, minutes, QLocale(), &error, m_settings.managerName(),
                             m_settings.managerRole());
        if (!built) {
            MessageBox::warning(m_parent, tr("Calendar Invite"), error);
            return {};
        }
        if (!askTime(m_parent, tr("Calendar Invite"), start, minutes))
            return {};
        CalendarInvite chosen = *built;
        chosen.start.setTime(start);
        chosen.minutes = minutes;
        *fileName = IcsInvite::fileName(chosen);
        return IcsInvite::serialise(chosen, QDateTime::currentDateTimeUtc());
    } catch (const Failure &e) {
        MessageBox::warning(m_parent, tr("Calendar Invite"), e.message());
        return {};
    }
}

bool CalendarActions::saveWithDialog(const QByteArray &ics, const QString &fileName)
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(fileName);
    const QString path = FileDialogs::saveFileName(m_parent, tr("Save Invite"), suggested,
                                                   tr("Calendar invite (*.ics)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!IcsInvite::write(ics, path, &error)) {
        MessageBox::warning(m_parent, tr("Save Invite"), error);
        return false;
    }
    emit message(tr("The invite is saved in %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool CalendarActions::addToCalendar()
{
    QString fileName;
    const QByteArray ics = invite(&fileName);
    if (ics.isEmpty())
        return false;
    // The cache folder is the user's own; the file in it is owner-only, like every export.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                           QStringLiteral("/invites");
    QString error;
    if (QDir().mkpath(folder)) {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString path = QDir(folder).filePath(fileName);
        if (IcsInvite::write(ics, path, &error) && open(QUrl::fromLocalFile(path))) {
            emit message(tr("The invite is opened in your calendar application."));
            return true;
        }
    }
    // No calendar application took it: let the user keep the file instead.
    emit message(tr("No calendar application opened the invite; save it as a file."));
    return saveWithDialog(ics, fileName);
}

bool CalendarActions::saveInvite()
{
    QString fileName;
    const QByteArray ics = invite(&fileName);
    return !ics.isEmpty() && saveWithDialog(ics, fileName);
}

} // namespace dialoog
