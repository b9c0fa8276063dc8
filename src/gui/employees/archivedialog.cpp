#include "gui/employees/archivedialog.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dialoog {
namespace {

QString retentionNote(int leaverYears)
{
    if (leaverYears <= 0)
        return ArchiveDialog::tr("Their history is kept until you erase it.");
    return ArchiveDialog::tr("Their history is kept for %n year(s) after the day they left, then "
                             "removed with everything else about them (Settings → Preferences "
                             "→ Data).",
                             nullptr, leaverYears);
}

} // namespace

ArchiveDialog::ArchiveDialog(const QString &employeeName, const QDate &today, int leaverYears,
                             QWidget *parent)
    : QDialog(parent), m_left(new QRadioButton(tr("&Left on:"), this)),
      m_justArchive(new QRadioButton(tr("&Not leaving, just archive"), this)),
      m_date(new QDateEdit(today, this))
{
    setWindowTitle(tr("Archive %1").arg(employeeName));
    m_left->setObjectName(QStringLiteral("archiveLeft"));
    m_justArchive->setObjectName(QStringLiteral("archiveJustArchive"));
    m_date->setObjectName(QStringLiteral("archiveLeftOn"));
    m_date->setAccessibleName(tr("Day they left"));
    m_date->setCalendarPopup(true);
    m_left->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_left);
    group->addButton(m_justArchive);
    connect(m_left, &QRadioButton::toggled, m_date, &QWidget::setEnabled);

    auto *intro = new QLabel(
        tr("%1 is hidden from the list. Did they leave the organisation?").arg(employeeName), this);
    intro->setWordWrap(true);
    auto *note = new QLabel(retentionNote(leaverYears), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Archive"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *choices = new QGridLayout;
    choices->addWidget(m_left, 0, 0);
    choices->addWidget(m_date, 0, 1);
    choices->addWidget(m_justArchive, 1, 0, 1, 2);
    choices->setColumnStretch(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(choices);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setTabOrder(m_left, m_date);
    setTabOrder(m_date, m_justArchive);
    m_date->setFocus();
}

QDate ArchiveDialog::leftOn() const
{
    return m_left->isChecked() ? m_date->date() : QDate();
}

} // namespace dialoog
