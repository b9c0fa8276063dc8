#pragma once

#include <QByteArray>
#include <QSettings>
#include <QTime>

namespace dialoog {

// The user's preferences, typed; one place that knows the QSettings keys.
class Settings final
{
public:
    // The defaults, named once: the window and the command line read the same.
    static constexpr int defaultInviteHour = 10;
    static constexpr int defaultInviteMinutes = 45;
    static constexpr int defaultRhythm = 6;  // weeks
    static constexpr int defaultCheckIn = 2; // weeks
    static constexpr int defaultPlannedMinutes = 60;
    // Dutch guidance for personnel records keeps appraisal reports about two years after
    // employment ends.
    static constexpr int defaultLeaverRetentionYears = 2;

    // The interface's language as "nl" or "en" (English for any other), from the locale
    // installTranslations chose: what the sample data and a new question bank follow.
    static QString interfaceLanguage();

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray mainSplitterState() const;
    void setMainSplitterState(const QByteArray &state);
    bool showArchived() const;
    // "" follows the system; "en" or "nl" overrides it (from the next start).
    QString language() const;
    void setLanguage(const QString &language);
    // "" (the system's), "dark" or "high-contrast".
    QString appearance() const;
    void setAppearance(const QString &appearance);
    // The planned length of a conversation in minutes (0: none), shown beside the clock.
    int plannedMinutes() const;
    // Whether a conversation window is kept ready in idle time, so that opening a
    // conversation only fills it (on unless set off: it costs the memory of one window).
    bool spareWorkspace() const;
    void setSpareWorkspace(bool keep);
    void setPlannedMinutes(int minutes);
    // Who signs summaries, preparation requests and invites; the role is optional.
    QString managerName() const;
    void setManagerName(const QString &name);
    QString managerRole() const;
    void setManagerRole(const QString &role);
    // The first run asks for the name once; skipping it is remembered, so it is not asked
    // again (Preferences can still set it).
    bool askForManagerName() const;
    void setManagerNameSkipped(bool skipped);
    QString summaryLanguage() const;
    void setSummaryLanguage(const QString &language);
    bool summarySignatures() const;
    void setSummarySignatures(bool on);
    // The summary's print preview window as the user left it (QWidget::saveGeometry).
    QByteArray summaryPreviewGeometry() const;
    void setSummaryPreviewGeometry(const QByteArray &geometry);
    // The language of the question bank a new conversation uses ("en", "nl").
    QString questionLanguage() const;
    void setQuestionLanguage(const QString &language);
    // Retention: conversations older than this many years are removed at start-up
    // (0: never, the default). The first removal is confirmed; a new period asks again.
    int retentionYears() const;
    void setRetentionYears(int years);
    bool retentionConfirmed() const;
    // Retention from leaving: someone archived as having left is removed, with everything
    // about them, this many years after their leaving date (0: never). Confirmed like the
    // period above: once, and again for a new number of years.
    int leaverRetentionYears() const;
    void setLeaverRetentionYears(int years);
    bool leaverRetentionConfirmed() const;
    void setLeaverRetentionConfirmed(bool confirmed);
    // The stamp of a database file as Dialoog last closed it whole (StoreOpener::close).
    QString intactStamp(const QString &databasePath) const;
    void setIntactStamp(const QString &databasePath, const QString &stamp);
    // The team database (a PostgreSQL connection text, never with a password) the window
    // opens when no --database is given; empty: the user's own file.
    QString teamDatabase() const;
    void setTeamDatabase(const QString &connection);
    void setRetentionConfirmed(bool confirmed);
    void setShowArchived(bool show);
    // The conversation rhythm a new employee starts with, in weeks.
    int defaultRhythmWeeks() const;
    void setDefaultRhythmWeeks(int weeks);
    // The check-in rhythm of everyone whose own is "default" (0), in weeks (1-52).
    int defaultCheckInWeeks() const;
    void setDefaultCheckInWeeks(int weeks);
    // Calendar invites: the time of day a conversation starts and how long it lasts.
    // Read by `dialoog ics` too, under the same keys.
    QTime inviteStartTime() const;
    void setInviteStartTime(const QTime &time);
    int inviteMinutes() const;
    void setInviteMinutes(int minutes);

    // Writes pending changes now, not at exit (a crash must not lose them).
    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace dialoog
