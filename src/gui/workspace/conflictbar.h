#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace dialoog {

// The bar over the pages when a save was refused because another computer saved the
// conversation first. Not a dialog: the meeting goes on, and what was typed stays in
// the window until the manager chooses.
class ConflictBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictBar)

public:
    explicit ConflictBar(QWidget *parent = nullptr);

    QLabel *message() const { return m_message; }
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *keepButton() const { return m_keep; }

signals:
    // Both read the conversation again and keep what was typed as a private note; Keep
    // then shows that note, for the manager who wants to work their text back in.
    void reloadRequested();
    void keepAsNoteRequested();

private:
    QLabel *m_message;
    QPushButton *m_reload;
    QPushButton *m_keep;
};

} // namespace dialoog
