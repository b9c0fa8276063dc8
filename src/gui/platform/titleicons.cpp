#include "gui/platform/titleicons.h"

#include "gui/platform/fusionproxy.h"

#include <QApplication>
#include <QDockWidget>
#include <QProxyStyle>
#include <QStyleFactory>
#include <map>

namespace dialoog {
namespace {

const QString fusion = QStringLiteral("fusion");

// Fusion, with the icons of a dock's title kept after they were first made; Fusion's
// icons for these depend on neither the option nor the widget.
class TitleIconStyle final : public QProxyStyle
{
public:
    TitleIconStyle() : QProxyStyle(QStyleFactory::create(fusion)) {}

    QIcon standardIcon(StandardPixmap which, const QStyleOption *option,
                       const QWidget *widget) const override
    {
        switch (which) {
        case SP_TitleBarNormalButton:
        case SP_TitleBarCloseButton:
        case SP_DockWidgetCloseButton: {
            QIcon &icon = m_icons[which];
            if (icon.isNull())
                icon = QProxyStyle::standardIcon(which, option, widget);
            return icon;
        }
        default:
            return QProxyStyle::standardIcon(which, option, widget);
        }
    }

private:
    mutable std::map<StandardPixmap, QIcon> m_icons;
};

} // namespace

void keepTitleIcons(QDockWidget *dock)
{
    useWhileFusion(dock, sharedFusionProxy<TitleIconStyle>());
}

} // namespace dialoog
