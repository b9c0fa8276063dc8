#include "gui/platform/menuicons.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QMenu>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

using namespace dialoog;

TEST_CASE(
    "menu icons come from the icon theme when a menu first opens, and a removed action is skipped")
{
    // A theme of our own, so the test does not depend on the icons this machine has.
    QTemporaryDir themes;
    QDir(themes.path()).mkpath(QStringLiteral("probe/16x16/actions"));
    QFile index(themes.filePath(QStringLiteral("probe/index.theme")));
    REQUIRE(index.open(QIODevice::WriteOnly));
    index.write(
        "[Icon "
        "Theme]\nName=probe\nDirectories=16x16/actions\n\n[16x16/actions]\nSize=16\nType=Fixed\n");
    index.close();
    QImage red(16, 16, QImage::Format_ARGB32);
    red.fill(Qt::red);
    REQUIRE(red.save(themes.filePath(QStringLiteral("probe/16x16/actions/probe-icon.png"))));
    const QStringList oldPaths = QIcon::themeSearchPaths();
    const QString oldTheme = QIcon::themeName();
    QIcon::setThemeSearchPaths({themes.path()});
    QIcon::setThemeName(QStringLiteral("probe"));

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

    QIcon::setThemeSearchPaths(oldPaths);
    QIcon::setThemeName(oldTheme);
}
