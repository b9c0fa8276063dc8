#include "gui/employees/quicknotedialog.h"

#include "gui/platform/textfit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace dialoog {

QuickNoteDialog::QuickNoteDialog(const QString &employeeName, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Note for Next Time"));
    auto *label = new QLabel(tr("For the next conversation with %1:").arg(employeeName), this);
    label->setBuddy(m_text);
    m_text->setObjectName(QStringLiteral("quickNote"));
    m_text->setAccessibleName(tr("Note for next time"));
    m_text->setPlaceholderText(tr("What to bring up next time. Ctrl+Return saves, Esc cancels."));
    m_text->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setEnabled(false);
    // Return makes a new line in the field; saving is Ctrl+Return.
    save->setAutoDefault(false);
    save->setDefault(false);
    connect(m_text, &QPlainTextEdit::textChanged, save,
            [this, save] { save->setEnabled(!text().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (!text().isEmpty())
                accept();
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    // Room for a few lines of a note, in this font; the dialog takes its size from that.
    m_text->setMinimumSize(textAreaSize(m_text, 56, 6));
}

QString QuickNoteDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

} // namespace dialoog
