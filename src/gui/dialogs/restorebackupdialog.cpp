#include "gui/dialogs/restorebackupdialog.h"

#include "gui/platform/textfit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dialoog {

namespace {
QString reasonText(const BackupInfo &backup)
{
    if (!backup.reason)
        return backup.tag; // from a later version, perhaps: its own word is the best there is
    switch (*backup.reason) {
    case BackupReason::Daily:
        return RestoreBackupDialog::tr("daily");
    case BackupReason::BeforeMigration:
        return RestoreBackupDialog::tr("before an update of the data");
    case BackupReason::BeforeImport:
        return RestoreBackupDialog::tr("before an import");
    case BackupReason::BeforeRestore:
        return RestoreBackupDialog::tr("before a restore");
    case BackupReason::BeforeRetention:
        return RestoreBackupDialog::tr("before old conversations were removed");
    }
    return backup.tag;
}
} // namespace

RestoreBackupDialog::RestoreBackupDialog(const std::vector<BackupInfo> &entries, QWidget *parent)
    : QDialog(parent), m_entries(entries), m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Restore from Backup"));
    auto *explain =
        new QLabel(tr("Choose the backup to go back to. What Dialoog holds now is kept as a backup "
                      "first, so this can be undone by restoring that one."),
                   this);
    explain->setWordWrap(true);
    m_list->setHeaderLabels(
        {tr("Made"), tr("Why"), tr("Employees"), tr("Conversations"), tr("Size")});
    m_list->setRootIsDecorated(false);
    const QLocale locale;
    for (const BackupInfo &e : m_entries) {
        const auto count = [](qint64 n) { return n < 0 ? tr("unreadable") : QString::number(n); };
        new QTreeWidgetItem(m_list, {locale.toString(e.made, QLocale::ShortFormat), reasonText(e),
                                     count(e.employees), count(e.conversations),
                                     locale.formattedDataSize(e.bytes)});
    }
    // Every column whole: the list is as wide as its columns, as they are in this language.
    int columns = 0;
    for (int c = 0; c < m_list->columnCount(); ++c) {
        m_list->resizeColumnToContents(c);
        columns += m_list->columnWidth(c);
    }
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_list);
    m_list->setMinimumSize(columns + 2 * m_list->frameWidth() + scrollBar,
                           textAreaSize(m_list, 0, 8).height());
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(!m_entries.empty());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString RestoreBackupDialog::chosenPath() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row < 0 ? QString() : m_entries[std::size_t(row)].path;
}

} // namespace dialoog
