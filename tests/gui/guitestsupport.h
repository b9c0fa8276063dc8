#pragma once

#include "gui/mainwindow/actionids.h"
#include "gui/platform/actionregistry.h"
#include "gui/platform/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QTest>
#include <QWidget>
#include <catch2/catch.hpp>

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

// Types into a field as a user does: focus it, then the keys.
inline void typeInto(QWidget *field, const QString &text)
{
    field->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(field, text);
}

// The action a window registered under `id` (ActionId, WorkspaceActionId).
template <typename Window> QAction *actionOf(Window &window, const QString &id)
{
    QAction *action = window.actionRegistry().action(id);
    INFO("action " << id.toStdString());
    REQUIRE(action);
    return action;
}

} // namespace dialoog::test
