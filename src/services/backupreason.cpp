#include "services/backupreason.h"

#include <array>
#include <utility>

namespace dialoog {
namespace {

const std::array<std::pair<BackupReason, const char *>, 5> tags = {{
    {BackupReason::Daily, "daily"},
    {BackupReason::BeforeMigration, "before-migration"},
    {BackupReason::BeforeImport, "before-import"},
    {BackupReason::BeforeRestore, "before-restore"},
    {BackupReason::BeforeRetention, "before-retention"},
}};

} // namespace

QString backupTag(BackupReason reason)
{
    for (const auto &[known, tag] : tags) {
        if (known == reason)
            return QString::fromLatin1(tag);
    }
    return {};
}

std::optional<BackupReason> backupReasonOf(const QString &tag)
{
    for (const auto &[reason, known] : tags) {
        if (tag == QLatin1String(known))
            return reason;
    }
    return std::nullopt;
}

} // namespace dialoog
