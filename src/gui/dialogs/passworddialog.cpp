#include "gui/dialogs/passworddialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dialoog {

PasswordDialog::PasswordDialog(const QString &reason, QWidget *parent)
    : QDialog(parent), m_field(new QLineEdit(this))
{
    setWindowTitle(tr("Password for the Team Database"));
    auto *explain = new QLabel(reason, this);
    explain->setWordWrap(true);
    m_field->setEchoMode(QLineEdit::Password);
    auto *label = new QLabel(tr("&Password:"), this);
    label->setBuddy(m_field);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(label);
    layout->addWidget(m_field);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PasswordDialog::password() const
{
    return m_field->text();
}

QString PasswordDialog::ask(QWidget *parent, const QString &reason)
{
    PasswordDialog dialog(reason, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.password() : QString();
}

} // namespace dialoog
