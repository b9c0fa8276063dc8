#pragma once

#include <QPointer>
#include <QStyle>

class QWidget;

namespace dialoog {

// `style` goes with the application.
void parentToApplication(QStyle *style);

// The one instance of a style that refines Fusion for some widgets (ProxyStyle is a
// QProxyStyle of Fusion), made when first asked for and gone with the application.
template <typename ProxyStyle> QStyle *sharedFusionProxy()
{
    static QPointer<ProxyStyle> style;
    if (!style) {
        style = new ProxyStyle;
        parentToApplication(style); // gone with the application; a widget then uses its style
    }
    return style;
}

// `widget` drawn by `proxy` while the application's style is Fusion, and by the
// application's style otherwise (call again after a change of style).
void useWhileFusion(QWidget *widget, QStyle *proxy);

} // namespace dialoog
