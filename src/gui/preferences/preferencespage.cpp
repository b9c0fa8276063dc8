#include "gui/preferences/preferencespage.h"

#include <QFormLayout>

namespace dialoog {

QFormLayout *PreferencesPage::form(QWidget *page)
{
    auto *layout = new QFormLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return layout;
}

} // namespace dialoog
