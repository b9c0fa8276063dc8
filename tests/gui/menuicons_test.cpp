#include "gui/platform/menuicons.h"
#include "probeicontheme.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <catch2/catch.hpp>
#include <memory>

using namespace dialoog;

TEST_CASE(
    "menu icons come from the icon theme when a menu first opens, and a removed action is skipped")
{
    const test::ProbeIconTheme theme({QStringLiteral("probe-icon")});

    MenuIcons icons;
    QMenu menu;
    QAction kept(QStringLiteral("Kept"));
    auto removed = std::make_unique<QAction>(QStringLiteral("Removed"));
    icons.set(&kept, QStringLiteral("probe-icon"));
    icons.set(removed.get(), QStringLiteral("probe-icon"));
    icons.watch(&menu);
    CHECK(kept.icon().isNull());
    removed.reset();
    emit menu.aboutToShow();
    CHECK_FALSE(kept.icon().isNull());
    CHECK(kept.icon().pixmap(16).toImage().pixelColor(8, 8) == QColor(Qt::red));
}
