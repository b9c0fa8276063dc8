#pragma once

#include "gui/mainwindow/actionids.h"
#include "gui/platform/actionregistry.h"
#include "gui/platform/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <catch2/catch.hpp>
#include <exception>
#include <functional>
#include <string>

namespace dialoog::test {

// A shortcut reaches a window only while it is active, as after a dialog closes.
inline void pressIn(QWidget *window, QWidget *target, Qt::Key key,
                    Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    QTest::keyClick(target, key, modifiers);
}

// Standard shortcuts differ per platform; press the one this platform uses.
inline void pressStandard(QWidget *window, QKeySequence::StandardKey standard)
{
    const QKeyCombination keys = QKeySequence(standard)[0];
    pressIn(window, window, keys.key(), keys.keyboardModifiers());
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(widget);
    return widget;
}

// The widget that has the keyboard focus; there must be one.
inline QWidget *focused()
{
    QWidget *w = QApplication::focusWidget();
    REQUIRE(w);
    return w;
}

// Keys as a person presses them: to whatever has the focus.
inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

inline void type(const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(focused(), c.toLatin1());
}

// Types into a field as a user does: focus it, then the keys.
inline void typeInto(QWidget *field, const QString &text)
{
    field->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(field, text);
}

// Answers the next modal dialog of type D once it is open (and, with `WhenActive`, active:
// its shortcuts work only then), for code that runs the dialog's own event loop. The wait
// is bounded: if no such dialog comes within `timeoutMs`, any modal window that is open
// is closed, so the code that opened it returns instead of hanging, and the test fails,
// naming the dialog it waited for. Keep the object until that code has returned; if the
// dialog never came, the test fails at the latest when the object goes.
template <typename D> class [[nodiscard]] NextDialog final
{
    Q_DISABLE_COPY_MOVE(NextDialog)

public:
    enum class Wait
    {
        WhenOpen,
        WhenActive
    };

    NextDialog(std::string name, std::function<void(D *)> answer, Wait wait = Wait::WhenOpen,
               int timeoutMs = 10000)
        : m_name(std::move(name)), m_answer(std::move(answer)), m_wait(wait), m_timeoutMs(timeoutMs)
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { poll(); });
        m_timer.start(10);
        m_clock.start();
    }

    ~NextDialog()
    {
        if (!m_answered && !m_failed && std::uncaught_exceptions() == 0)
            FAIL_CHECK(m_name << " never opened");
    }

    bool answered() const { return m_answered; }

private:
    void poll()
    {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (dialog && (m_wait == Wait::WhenOpen || dialog->isActiveWindow())) {
            m_timer.stop();
            m_answered = true;
            m_answer(dialog);
        } else if (m_clock.elapsed() > m_timeoutMs) {
            m_timer.stop();
            m_failed = true;
            QWidget *open = QApplication::activeModalWidget();
            const std::string instead = open ? std::string("closed the ") +
                                                   open->metaObject()->className() +
                                                   " that was open instead"
                                             : std::string("no modal window was open");
            FAIL_CHECK("waited " << m_timeoutMs << " ms for " << m_name << "; " << instead);
            if (auto *other = qobject_cast<QDialog *>(open))
                other->reject();
            else if (open)
                open->close();
        }
    }

    std::string m_name;
    std::function<void(D *)> m_answer;
    Wait m_wait;
    int m_timeoutMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_answered = false;
    bool m_failed = false;
};
// The action a window registered under `id` (ActionId, WorkspaceActionId).
template <typename Window> QAction *actionOf(Window &window, const QString &id)
{
    QAction *action = window.actionRegistry().action(id);
    INFO("action " << id.toStdString());
    REQUIRE(action);
    return action;
}

} // namespace dialoog::test
