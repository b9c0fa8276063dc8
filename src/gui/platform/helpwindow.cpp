#include "gui/platform/helpwindow.h"

#include "gui/platform/textfit.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace dialoog {

HelpWindow::HelpWindow(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Dialoog Guide"));
    m_browser->setOpenExternalLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    // A comfortable reading width and height in this font, not a fixed pixel size.
    resize(sizeHint().expandedTo(textAreaSize(m_browser, 90, 36)));
}

void HelpWindow::open(const QString &section)
{
    const QString language =
        QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
    QUrl url(QStringLiteral("qrc:/help/guide_%1.html").arg(language));
    url.setFragment(section);
    m_browser->setSource(url);
    if (!section.isEmpty())
        m_browser->scrollToAnchor(section);
}

void HelpWindow::showSection(QWidget *parent, const QString &section)
{
    static QPointer<HelpWindow> window;
    if (!window) {
        window = new HelpWindow(parent ? parent->window() : nullptr);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->open(section);
    window->show();
    window->raise();
    window->activateWindow();
}

void HelpWindow::showAbout(QWidget *parent, const QString &databasePath)
{
    QMessageBox::about(parent, tr("About Dialoog"),
                       tr("<h3>Dialoog %1</h3><p>Prepare, hold and follow up development "
                          "conversations.</p><p>Your data stays on this computer: %2</p>")
                           .arg(QApplication::applicationVersion(), databasePath.toHtmlEscaped()));
}

} // namespace dialoog
