#include "messagebox.h"

namespace dialoog {

bool MessageBox::s_testMode = false;
QString MessageBox::s_lastText;

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (!s_testMode)
        QMessageBox::warning(parent, title, text);
}

void MessageBox::setTestMode(bool on) { s_testMode = on; }

QString MessageBox::lastText() { return s_lastText; }

} // namespace dialoog
