#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace dialoog {

// Ctrl+Shift+N: a quick "note for next time" about one employee. One field;
// Ctrl+Return saves, Esc cancels.
class QuickNoteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickNoteDialog)

public:
    explicit QuickNoteDialog(const QString &employeeName, QWidget *parent = nullptr);

    QString text() const;
    QPlainTextEdit *editor() const { return m_text; }

private:
    QPlainTextEdit *m_text;
};

} // namespace dialoog
