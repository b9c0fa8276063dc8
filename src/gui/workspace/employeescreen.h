#pragma once

#include "core/domainenums.h"

#include <QString>
#include <QWidget>

class QScreen;
class QTextBrowser;

namespace dialoog {

class EmployeeScreenFeed;

// The window the employee reads along in: the phase, their running goals, the question
// being answered and what was agreed, in large type, as the manager types. It paints
// what EmployeeScreenFeed gives and nothing else (that is where privacy is decided),
// in the conversation's language and the application's appearance.
class EmployeeScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmployeeScreen)

public:
    // A window of its own (no parent): a window manager keeps a child window beside its
    // parent and may refuse it full screen.
    explicit EmployeeScreen(EmployeeScreenFeed &feed);

    QTextBrowser *view() const { return m_view; }
    // Full screen on a screen other than `managerScreen` where there is one, otherwise an
    // ordinary window; either way the manager's window keeps the keyboard.
    void showBeside(const QScreen *managerScreen);
    // The screen the employee's window goes to: another than the manager's, or none.
    static QScreen *otherScreen(const QScreen *managerScreen);

signals:
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void render();
    QString goalsHtml() const;
    QString agreementsHtml() const;
    static QString ownerName(Owner owner);

    EmployeeScreenFeed &m_feed;
    QTextBrowser *m_view;
};

} // namespace dialoog
