#include "gui/platform/fusionproxy.h"

#include <QApplication>
#include <QWidget>

namespace dialoog {

void parentToApplication(QStyle *style)
{
    style->setParent(qApp);
}

void useWhileFusion(QWidget *widget, QStyle *proxy)
{
    const bool onFusion =
        QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) == 0;
    if (onFusion && widget->style() != proxy)
        widget->setStyle(proxy);
    else if (!onFusion && widget->testAttribute(Qt::WA_SetStyle))
        widget->setStyle(nullptr);
}

} // namespace dialoog
