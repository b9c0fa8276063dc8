#pragma once

#include "core/domainenums.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace dialoog {

// What was typed in a conversation while the team server could not be reached, kept on
// this computer until the server has it: one file per conversation, owner-only (0600) in
// an owner-only folder (0700), written whole and fsync'd before the window goes on. A
// window that stays open saves its whole record when the server is back (and then removes
// the file); the file is for a Dialoog that ended before that: the next start adds its
// text to the conversation as a private note (AppServices::replayJournal).
class OfflineJournal final
{
public:
    struct Entry
    {
        Id conversation = 0;
        // The version the unsent edits were made on, for the reader's information.
        qint64 version = 0;
        // Everything typed since the last save that reached the server (UnsavedText).
        QString text;
        QDateTime written;
    };

    // `server`: the server as shown to the user, so two servers' journals never mix.
    // `folder`: where the files live; by default journal/ under the application's data
    // folder (QStandardPaths::AppDataLocation).
    explicit OfflineJournal(const QString &server, const QString &folder = defaultFolder());

    static QString defaultFolder();
    const QString &folder() const { return m_folder; }
    QString fileFor(Id conversation) const;

    // Replaces the conversation's entry. False (with a reason) when the disk refused.
    bool write(const Entry &entry, QString *error = nullptr) const;
    void remove(Id conversation) const;
    // This server's entries, oldest first.
    std::vector<Entry> entries() const;

private:
    QString m_folder;
    QString m_prefix;
};

} // namespace dialoog
