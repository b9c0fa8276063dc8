#pragma once

#include <QDialog>

class QTextBrowser;
class QWidget;

namespace dialoog {

// The built-in user guide (F1), in the application's language, opened at a section.
class HelpWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpWindow)

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // Shows the guide at `section` ("start", "preparation", "goals", "questions",
    // "wrapup", "notes", "summary", "data", "keys"), reusing one window.
    static void showSection(QWidget *parent, const QString &section);
    // Help → About Dialoog: the version, and where the data is kept.
    static void showAbout(QWidget *parent, const QString &databasePath);
    QTextBrowser *browser() const { return m_browser; }
    void open(const QString &section);

private:
    QTextBrowser *m_browser;
};

} // namespace dialoog
