#include "gui/platform/helpwindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMainWindow>
#include <QPointer>
#include <QTextBrowser>
#include <QTreeWidget>
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
    resize(720, 640);
}

void HelpWindow::open(const QString &section)
{
    const QString language = QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
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

void showShortcuts(QWidget *window)
{
    QDialog dialog(window);
    dialog.setWindowTitle(HelpWindow::tr("Keyboard Shortcuts"));
    auto *list = new QTreeWidget(&dialog);
    list->setHeaderLabels({HelpWindow::tr("Action"), HelpWindow::tr("Keys")});
    list->setRootIsDecorated(true);
    // Built from the window's own actions, so it can never disagree with them.
    const auto *main = qobject_cast<QMainWindow *>(window);
    if (main) {
        for (QAction *menuAction : main->menuBar()->actions()) {
            QMenu *menu = menuAction->menu();
            if (!menu)
                continue;
            auto *group = new QTreeWidgetItem(list, {menu->title().remove(QLatin1Char('&'))});
            std::function<void(QMenu *)> add = [&](QMenu *m) {
                for (QAction *a : m->actions()) {
                    if (a->menu())
                        add(a->menu());
                    else if (!a->shortcut().isEmpty())
                        new QTreeWidgetItem(group, {a->text().remove(QLatin1Char('&')).remove(QChar(0x2026)),
                                                    a->shortcut().toString(QKeySequence::NativeText)});
                }
            };
            add(menu);
            if (group->childCount() == 0)
                delete group;
        }
    }
    list->expandAll();
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(520, 560);
    dialog.exec();
}

} // namespace dialoog
