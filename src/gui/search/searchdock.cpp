#include "gui/search/searchdock.h"

#include "gui/search/searchpanel.h"

namespace dialoog {

SearchDock::SearchDock(SearchPanel *panel, QWidget *parent)
    : QDockWidget(tr("Search"), parent), m_panel(panel)
{
    setObjectName(QStringLiteral("searchDock"));
    setWidget(m_panel);
}

void SearchDock::showFocused()
{
    show();
    raise();
    m_panel->focusSearch();
}

} // namespace dialoog
