#pragma once

#include <QString>
#include <optional>

namespace dialoog {

// Why a backup was made. The file name carries it as a tag ("<base>-<stamp>-<tag>.sqlite"),
// which users and older backups already have; the tags never change.
enum class BackupReason
{
    Daily,
    BeforeMigration, // before an update of the data format (the store writes these itself)
    BeforeImport,
    BeforeRestore, // written by the store as a restore begins
    BeforeRetention,
};

QString backupTag(BackupReason reason);
// The reason a file-name tag stands for; nothing for a tag Dialoog does not know.
std::optional<BackupReason> backupReasonOf(const QString &tag);

} // namespace dialoog
