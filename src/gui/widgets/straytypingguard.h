#pragma once

#include <QObject>
#include <QPointer>

class QKeyEvent;
class QWidget;

namespace dialoog {

// Typing never vanishes into a widget that cannot take text. While `window` has focus on
// a table, a button, a label or the like, the first printable key moves focus to
// `target` and is typed there (a number or date box passes only its letters on). Space
// and the editing keys keep their meaning where the focus is; text fields and choice
// lists are left alone. Lives as an application event filter while it exists.
class StrayTypingGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StrayTypingGuard)

public:
    StrayTypingGuard(QWidget *window, QWidget *target);
    ~StrayTypingGuard() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isStray(const QWidget *receiver, const QKeyEvent *key) const;

    QPointer<QWidget> m_window;
    QPointer<QWidget> m_target;
};

} // namespace dialoog
