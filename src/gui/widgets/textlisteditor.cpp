#include "gui/widgets/textlisteditor.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace dialoog {

TextListEditor::TextListEditor(const QString &placeholder, QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_input(new QLineEdit(this))
{
    m_input->setPlaceholderText(placeholder);
    m_input->setAccessibleName(placeholder);
    m_list->setWordWrap(true);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 7);
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_input);
    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_input->text().trimmed();
        if (text.isEmpty())
            return;
        emit addRequested(text);
        m_input->clear();
    });
}

void TextListEditor::setItems(const QStringList &items)
{
    QStringList shown;
    for (int i = 0; i < m_list->count(); ++i)
        shown << m_list->item(i)->text();
    m_list->setVisible(!items.isEmpty());
    if (shown == items)
        return;
    const int row = m_list->currentRow();
    m_list->clear();
    m_list->addItems(items);
    m_list->setCurrentRow(std::min(row, int(items.size()) - 1));
    m_list->setVisible(!items.isEmpty());
}

bool TextListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) &&
            m_list->currentRow() >= 0) {
            emit removeRequested(m_list->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void setTextIfDifferent(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() == text)
        return;
    const QSignalBlocker blocker(edit);
    edit->setPlainText(text);
    edit->moveCursor(QTextCursor::End);
}

void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const QSignalBlocker blocker(edit);
    edit->setText(text);
}

} // namespace dialoog
