#pragma once

#include "services/backuppolicy.h"

#include <QDialog>

class QTreeWidget;

namespace dialoog {

// Help → Restore from Backup: the backups with date, reason and what they hold; the
// chosen one is restored after confirmation (the current data is kept as a backup).
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreBackupDialog)

public:
    RestoreBackupDialog(const std::vector<BackupInfo> &entries, QWidget *parent = nullptr);

    QString chosenPath() const;
    QTreeWidget *list() const { return m_list; }

private:
    std::vector<BackupInfo> m_entries;
    QTreeWidget *m_list;
};

} // namespace dialoog
