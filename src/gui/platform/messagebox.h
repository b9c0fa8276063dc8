#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>

namespace dialoog {

// Message boxes go through here so GUI tests can answer them without a modal
// loop (the idea of KeePassXC's MessageBox::setNextAnswer).
class MessageBox final
{
public:
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);
    // Yes/No; in test mode the next answer queued with setNextAnswer (default No).
    static bool question(QWidget *parent, const QString &title, const QString &text);
    static void setNextAnswer(bool yes);

    // Test seam: while set, boxes are not shown; their text is kept instead. Clears
    // the queued answers.
    static void setTestMode(bool on);
    static QString lastText();

private:
    static bool s_testMode;
    static QString s_lastText;
    static QList<bool> s_answers;
};

} // namespace dialoog
