#include "gui/mainwindow/panewidth.h"

#include <QSplitter>
#include <algorithm>

namespace dialoog {

void widenFirstPane(QSplitter *splitter, int wanted)
{
    if (splitter->count() != 2 || !splitter->isVisible())
        return;
    const QList<int> sizes = splitter->sizes();
    const int total = sizes[0] + sizes[1];
    const int spare = total - splitter->widget(1)->minimumSizeHint().width();
    const int width = std::min(wanted, spare);
    if (width > sizes[0])
        splitter->setSizes({width, total - width});
}

} // namespace dialoog
