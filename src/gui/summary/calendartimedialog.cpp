#include "gui/summary/calendartimedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QTimeEdit>

namespace dialoog {

CalendarTimeDialog::CalendarTimeDialog(const QString &title, QTime start, int minutes,
                                       QWidget *parent)
    : QDialog(parent), m_time(new QTimeEdit(start, this)), m_length(new QSpinBox(this))
{
    setWindowTitle(title);
    m_time->setObjectName(QStringLiteral("inviteStart"));
    m_time->setAccessibleName(tr("Start time"));
    m_length->setObjectName(QStringLiteral("inviteLength"));
    m_length->setRange(5, 480);
    m_length->setSingleStep(5);
    m_length->setValue(minutes);
    m_length->setSuffix(tr(" min"));
    m_length->setAccessibleName(tr("Length in minutes"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Starts at:"), m_time);
    layout->addRow(tr("&Length:"), m_length);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QTime CalendarTimeDialog::start() const
{
    return m_time->time();
}

int CalendarTimeDialog::minutes() const
{
    return m_length->value();
}

} // namespace dialoog
