#include "gui/platform/shortcutoverview.h"

#include "gui/platform/actionregistry.h"
#include "gui/platform/textfit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <map>

namespace dialoog {

namespace {
QMenu *menuOf(const QAction *action)
{
    for (QObject *object : action->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(object))
            return menu;
    }
    return nullptr;
}

// The menus of the window in the order a user reads them, submenus after their menu.
QList<QMenu *> menusInOrder(const QWidget *window)
{
    QList<QMenu *> menus;
    const auto *main = qobject_cast<const QMainWindow *>(window);
    if (!main)
        return menus;
    std::function<void(QMenu *)> add = [&](QMenu *menu) {
        menus << menu;
        for (QAction *entry : menu->actions()) {
            if (entry->menu())
                add(entry->menu());
        }
    };
    for (QAction *entry : main->menuBar()->actions()) {
        if (entry->menu())
            add(entry->menu());
    }
    return menus;
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QChar(0x2026));
}
} // namespace

ShortcutOverview::ShortcutOverview(const ActionRegistry &registry, QWidget *parent)
    : QDialog(parent), m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(true);
    fill(registry);
    m_tree->expandAll();
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // As wide as the longest action and its keys in this language, so none is cut off.
    int columns = 0;
    for (int c = 0; c < m_tree->columnCount(); ++c)
        columns += std::max(static_cast<const QAbstractItemView *>(m_tree)->sizeHintForColumn(c),
                            m_tree->header()->sectionSizeHint(c));
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_tree);
    m_tree->setMinimumSize(columns + 2 * m_tree->frameWidth() + scrollBar,
                           textAreaSize(m_tree, 0, 24).height());
}

void ShortcutOverview::fill(const ActionRegistry &registry)
{
    const QList<QMenu *> order = menusInOrder(parentWidget() ? parentWidget()->window() : nullptr);
    // By the menu's place in the window (actions in no menu last), then the action's in its menu.
    std::map<std::pair<qsizetype, QMenu *>, std::vector<QAction *>> groups;
    for (const QString &id : registry.ids()) {
        QAction *action = registry.action(id);
        if (!action || action->shortcut().isEmpty())
            continue;
        QMenu *menu = menuOf(action);
        const qsizetype place = menu && order.contains(menu) ? order.indexOf(menu) : order.size();
        groups[{place, menu}].push_back(action);
    }
    for (auto &[key, actions] : groups) {
        QMenu *menu = key.second;
        auto *group = new QTreeWidgetItem(m_tree, {menu ? plain(menu->title()) : tr("Other")});
        if (menu) {
            std::stable_sort(actions.begin(), actions.end(), [menu](QAction *a, QAction *b) {
                return menu->actions().indexOf(a) < menu->actions().indexOf(b);
            });
        }
        for (QAction *action : actions)
            new QTreeWidgetItem(
                group, {plain(action->text()),
                        QKeySequence::listToString(action->shortcuts(), QKeySequence::NativeText)});
    }
}

} // namespace dialoog
