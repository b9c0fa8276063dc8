#pragma once

#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QStringList>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace dialoog::test {

// An icon theme of our own, with a red 16 px icon under each name, made the application's
// theme while it lives: tests do not depend on the icons this machine has.
class ProbeIconTheme
{
public:
    explicit ProbeIconTheme(const QStringList &names)
        : m_oldPaths(QIcon::themeSearchPaths()), m_oldTheme(QIcon::themeName())
    {
        QDir(m_themes.path()).mkpath(QStringLiteral("probe/16x16/actions"));
        QFile index(m_themes.filePath(QStringLiteral("probe/index.theme")));
        REQUIRE(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=probe\nDirectories=16x16/actions\n\n"
                    "[16x16/actions]\nSize=16\nType=Fixed\n");
        index.close();
        QImage red(16, 16, QImage::Format_ARGB32);
        red.fill(Qt::red);
        for (const QString &name : names)
            REQUIRE(red.save(
                m_themes.filePath(QStringLiteral("probe/16x16/actions/%1.png").arg(name))));
        QIcon::setThemeSearchPaths({m_themes.path()});
        QIcon::setThemeName(QStringLiteral("probe"));
    }
    ~ProbeIconTheme()
    {
        QIcon::setThemeSearchPaths(m_oldPaths);
        QIcon::setThemeName(m_oldTheme);
    }
    ProbeIconTheme(const ProbeIconTheme &) = delete;
    ProbeIconTheme &operator=(const ProbeIconTheme &) = delete;

private:
    QTemporaryDir m_themes;
    QStringList m_oldPaths;
    QString m_oldTheme;
};

} // namespace dialoog::test
