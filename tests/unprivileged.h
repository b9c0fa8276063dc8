#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <pwd.h>
#include <unistd.h>

namespace dialoog::test {

// The throw-away user that tests of permissions run as when the suite runs as root
// (scripts/test creates it).
inline constexpr const char *unprivilegedUser = "dialoog-test";

// Escapes what Catch would read as a list or a tag in a test name (as Catch.cmake does).
inline QString catchTestSpec(const std::string &name)
{
    QString spec;
    for (const QChar c : QString::fromStdString(name)) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char('[') ||
            c == QLatin1Char(']'))
            spec += QLatin1Char('\\');
        spec += c;
    }
    return spec;
}

// A home, temporary and runtime folder that `user` owns, so the child has nothing of root's.
inline QProcessEnvironment unprivilegedEnvironment(const QTemporaryDir &home, const passwd &user)
{
    const QString runtime = home.filePath(QStringLiteral("runtime"));
    REQUIRE(QDir().mkpath(runtime));
    REQUIRE(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    for (const QString &path : {home.path(), runtime})
        REQUIRE(::chown(QFile::encodeName(path).constData(), user.pw_uid, user.pw_gid) == 0);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("TMPDIR"), home.path());
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    environment.insert(QStringLiteral("USER"), QString::fromLatin1(user.pw_name));
    environment.insert(QStringLiteral("LOGNAME"), QString::fromLatin1(user.pw_name));
    return environment;
}

// Root may write anything whatever the permissions, so a test of permissions proves
// nothing as root, and CI runs as root. Call this first in such a test case:
//  - as an ordinary user it returns false, and the test runs here;
//  - as root it runs this same test case again, in this same executable, as the user
//    `dialoog-test` (through setpriv), requires that it passed there, and returns true:
//    the caller returns, its test done.
// It never skips: when it cannot drop privileges, the test fails and says why.
inline bool rerunAsUnprivilegedUser()
{
    if (::geteuid() != 0)
        return false;
    const passwd *user = ::getpwnam(unprivilegedUser);
    if (!user)
        FAIL("Running as root, this test of permissions must run as the user "
             << unprivilegedUser
             << ", which does not exist: scripts/test creates it (useradd --system --user-group "
             << unprivilegedUser << ").");
    REQUIRE(user->pw_uid != 0);
    QTemporaryDir home;
    REQUIRE(home.isValid());
    QProcess child;
    child.setProcessEnvironment(unprivilegedEnvironment(home, *user));
    child.setProcessChannelMode(QProcess::MergedChannels);
    const std::string name = Catch::getResultCapture().getCurrentTestName();
    child.start(QStringLiteral("setpriv"),
                {QStringLiteral("--reuid=%1").arg(user->pw_uid),
                 QStringLiteral("--regid=%1").arg(user->pw_gid), QStringLiteral("--clear-groups"),
                 QStringLiteral("--"), QCoreApplication::applicationFilePath(), catchTestSpec(name),
                 QStringLiteral("--use-colour"), QStringLiteral("no")});
    const bool finished = child.waitForFinished(180000);
    const QString output = QString::fromLocal8Bit(child.readAll());
    INFO("Run again as " << unprivilegedUser << " (setpriv); its output:\n"
                         << output.toStdString());
    REQUIRE(finished);
    REQUIRE(child.exitStatus() == QProcess::NormalExit);
    REQUIRE(child.exitCode() == 0);
    // Catch exits 0 too when no test matched: the one test case must have run, and passed.
    REQUIRE(output.contains(QStringLiteral("All tests passed")));
    REQUIRE(output.contains(QStringLiteral(" in 1 test case)")));
    return true;
}

} // namespace dialoog::test
