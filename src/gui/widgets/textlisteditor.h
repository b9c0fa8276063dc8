#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace dialoog {

// A short list of texts: type a line and press Enter to add it; Delete removes the
// selected one. It shows what it is given and reports what the user asks for.
class TextListEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextListEditor)

public:
    explicit TextListEditor(const QString &placeholder, QWidget *parent = nullptr);

    void setItems(const QStringList &items);
    QLineEdit *input() const { return m_input; }
    QListWidget *list() const { return m_list; }

signals:
    void addRequested(const QString &text);
    void removeRequested(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QListWidget *m_list;
    QLineEdit *m_input;
};

// Set a text field only when it differs, so the cursor of someone typing stays put.
void setTextIfDifferent(QPlainTextEdit *edit, const QString &text);
void setTextIfDifferent(QLineEdit *edit, const QString &text);

} // namespace dialoog
