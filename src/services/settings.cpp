#include "services/settings.h"

#include <QCryptographicHash>
#include <QLocale>
#include <algorithm>

namespace dialoog {
namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/splitter");
const QString archivedKey = QStringLiteral("employees/showArchived");
} // namespace

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}
void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(geometryKey, geometry);
}
QByteArray Settings::mainWindowState() const
{
    return m_settings.value(stateKey).toByteArray();
}
void Settings::setMainWindowState(const QByteArray &state)
{
    m_settings.setValue(stateKey, state);
}
QByteArray Settings::mainSplitterState() const
{
    return m_settings.value(splitterKey).toByteArray();
}
void Settings::setMainSplitterState(const QByteArray &state)
{
    m_settings.setValue(splitterKey, state);
}
bool Settings::showArchived() const
{
    return m_settings.value(archivedKey, false).toBool();
}
void Settings::setShowArchived(bool show)
{
    m_settings.setValue(archivedKey, show);
}

// Read by installTranslations() under the same key.
QString Settings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}
void Settings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("ui/language"), language);
}

QString Settings::appearance() const
{
    return m_settings.value(QStringLiteral("ui/appearance")).toString();
}
void Settings::setAppearance(const QString &appearance)
{
    m_settings.setValue(QStringLiteral("ui/appearance"), appearance);
}

int Settings::plannedMinutes() const
{
    return m_settings.value(QStringLiteral("meeting/plannedMinutes"), defaultPlannedMinutes)
        .toInt();
}
void Settings::setPlannedMinutes(int minutes)
{
    m_settings.setValue(QStringLiteral("meeting/plannedMinutes"), minutes);
}

bool Settings::spareWorkspace() const
{
    return m_settings.value(QStringLiteral("performance/spareWorkspace"), true).toBool();
}
void Settings::setSpareWorkspace(bool keep)
{
    m_settings.setValue(QStringLiteral("performance/spareWorkspace"), keep);
}

// Read by `dialoog summary` too, under the same key.
QString Settings::managerName() const
{
    return m_settings.value(QStringLiteral("manager/name")).toString();
}
void Settings::setManagerName(const QString &name)
{
    m_settings.setValue(QStringLiteral("manager/name"), name);
}
QString Settings::managerRole() const
{
    return m_settings.value(QStringLiteral("manager/role")).toString();
}
void Settings::setManagerRole(const QString &role)
{
    m_settings.setValue(QStringLiteral("manager/role"), role);
}
bool Settings::askForManagerName() const
{
    return managerName().isEmpty() &&
           !m_settings.value(QStringLiteral("manager/nameSkipped"), false).toBool();
}
void Settings::setManagerNameSkipped(bool skipped)
{
    m_settings.setValue(QStringLiteral("manager/nameSkipped"), skipped);
}
QString Settings::summaryLanguage() const
{
    return m_settings.value(QStringLiteral("summary/language")).toString();
}
void Settings::setSummaryLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("summary/language"), language);
}
QByteArray Settings::summaryPreviewGeometry() const
{
    return m_settings.value(QStringLiteral("summary/previewGeometry")).toByteArray();
}
void Settings::setSummaryPreviewGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("summary/previewGeometry"), geometry);
}

bool Settings::summarySignatures() const
{
    return m_settings.value(QStringLiteral("summary/signatures"), true).toBool();
}
void Settings::setSummarySignatures(bool on)
{
    m_settings.setValue(QStringLiteral("summary/signatures"), on);
}

int Settings::defaultRhythmWeeks() const
{
    return std::clamp(
        m_settings.value(QStringLiteral("employees/rhythmWeeks"), defaultRhythm).toInt(), 1, 104);
}
void Settings::setDefaultRhythmWeeks(int weeks)
{
    m_settings.setValue(QStringLiteral("employees/rhythmWeeks"), weeks);
}
int Settings::defaultCheckInWeeks() const
{
    return std::clamp(
        m_settings.value(QStringLiteral("employees/checkInWeeks"), defaultCheckIn).toInt(), 1, 52);
}
void Settings::setDefaultCheckInWeeks(int weeks)
{
    m_settings.setValue(QStringLiteral("employees/checkInWeeks"), weeks);
}

QTime Settings::inviteStartTime() const
{
    const QTime time = QTime::fromString(
        m_settings.value(QStringLiteral("invite/startTime")).toString(), QStringLiteral("HH:mm"));
    return time.isValid() ? time : QTime(defaultInviteHour, 0);
}
void Settings::setInviteStartTime(const QTime &time)
{
    m_settings.setValue(QStringLiteral("invite/startTime"), time.toString(QStringLiteral("HH:mm")));
}
int Settings::inviteMinutes() const
{
    return std::clamp(
        m_settings.value(QStringLiteral("invite/minutes"), defaultInviteMinutes).toInt(), 5, 480);
}
void Settings::setInviteMinutes(int minutes)
{
    m_settings.setValue(QStringLiteral("invite/minutes"), minutes);
}

int Settings::retentionYears() const
{
    return m_settings.value(QStringLiteral("retention/years"), 0).toInt();
}
void Settings::setRetentionYears(int years)
{
    if (years != retentionYears())
        setRetentionConfirmed(false);
    m_settings.setValue(QStringLiteral("retention/years"), years);
}
bool Settings::retentionConfirmed() const
{
    return m_settings.value(QStringLiteral("retention/confirmed"), false).toBool();
}
void Settings::setRetentionConfirmed(bool confirmed)
{
    m_settings.setValue(QStringLiteral("retention/confirmed"), confirmed);
}

int Settings::leaverRetentionYears() const
{
    return m_settings.value(QStringLiteral("retention/leaverYears"), defaultLeaverRetentionYears)
        .toInt();
}
void Settings::setLeaverRetentionYears(int years)
{
    if (years != leaverRetentionYears())
        setLeaverRetentionConfirmed(false);
    m_settings.setValue(QStringLiteral("retention/leaverYears"), years);
}
bool Settings::leaverRetentionConfirmed() const
{
    return m_settings.value(QStringLiteral("retention/leaverConfirmed"), false).toBool();
}
void Settings::setLeaverRetentionConfirmed(bool confirmed)
{
    m_settings.setValue(QStringLiteral("retention/leaverConfirmed"), confirmed);
}

namespace {
// Paths hold slashes, which QSettings reads as groups.
QString stampKey(const QString &databasePath)
{
    return QStringLiteral("integrity/") +
           QString::fromLatin1(
               QCryptographicHash::hash(databasePath.toUtf8(), QCryptographicHash::Sha1).toHex());
}
} // namespace

QString Settings::intactStamp(const QString &databasePath) const
{
    return m_settings.value(stampKey(databasePath)).toString();
}
void Settings::setIntactStamp(const QString &databasePath, const QString &stamp)
{
    if (stamp.isEmpty())
        m_settings.remove(stampKey(databasePath));
    else
        m_settings.setValue(stampKey(databasePath), stamp);
}

QString Settings::teamDatabase() const
{
    return m_settings.value(QStringLiteral("database/team")).toString();
}
void Settings::setTeamDatabase(const QString &connection)
{
    if (connection.trimmed().isEmpty())
        m_settings.remove(QStringLiteral("database/team"));
    else
        m_settings.setValue(QStringLiteral("database/team"), connection.trimmed());
}

QString Settings::interfaceLanguage()
{
    return QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

QString Settings::questionLanguage() const
{
    return m_settings.value(QStringLiteral("questions/language"), interfaceLanguage()).toString();
}
void Settings::setQuestionLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("questions/language"), language);
}

} // namespace dialoog
