#include "gui/platform/messagebox.h"

namespace dialoog {

bool MessageBox::s_testMode = false;
QString MessageBox::s_lastText;

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (!s_testMode)
        QMessageBox::warning(parent, title, text);
}

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (!s_testMode)
        QMessageBox::critical(parent, title, text);
}

QList<bool> MessageBox::s_answers;

bool MessageBox::question(QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (s_testMode)
        return s_answers.isEmpty() ? false : s_answers.takeFirst();
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

void MessageBox::setNextAnswer(bool yes)
{
    s_answers.append(yes);
}

void MessageBox::setTestMode(bool on)
{
    s_testMode = on;
    s_answers.clear(); // answers a test queued but did not use must not answer the next one
}

QString MessageBox::lastText()
{
    return s_lastText;
}

} // namespace dialoog
