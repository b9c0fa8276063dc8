#include "gui/employees/feedbackdialog.h"

#include "gui/platform/textfit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace dialoog {

FeedbackDialog::FeedbackDialog(const QString &employeeName, const QDate &today, QWidget *parent)
    : QDialog(parent), m_from(new QLineEdit(this)), m_relation(new QComboBox(this)),
      m_date(new QDateEdit(today, this)), m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Feedback about %1").arg(employeeName));
    m_from->setObjectName(QStringLiteral("feedbackFrom"));
    m_relation->setObjectName(QStringLiteral("feedbackRelation"));
    m_date->setObjectName(QStringLiteral("feedbackDate"));
    m_text->setObjectName(QStringLiteral("feedbackText"));
    m_from->setPlaceholderText(tr("Name, or leave empty"));
    for (Relation r : {Relation::Colleague, Relation::Peer, Relation::Customer, Relation::Other})
        m_relation->addItem(displayName(r), int(r));
    m_date->setCalendarPopup(true);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(
        tr("What they said. It waits for the next conversation's preparation."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Add"));
    ok->setEnabled(false);
    connect(m_text, &QPlainTextEdit::textChanged, ok,
            [this, ok] { ok->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(save, &QShortcut::activated, this, [this, ok] {
        if (ok->isEnabled())
            accept();
    });
    auto *form = new QFormLayout(this);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&Relation:"), m_relation);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&What they said:"), m_text);
    form->addRow(buttons);
    fitLineEdit(m_from, {sampleFullName()});
    m_text->setMinimumSize(textAreaSize(m_text, 48, 6));
}

FeedbackItem FeedbackDialog::feedback() const
{
    FeedbackItem item;
    item.fromWhom = m_from->text().trimmed();
    item.relation = static_cast<Relation>(m_relation->currentData().toInt());
    item.date = m_date->date();
    item.text = m_text->toPlainText().trimmed();
    return item;
}

} // namespace dialoog
