// Kills Dialoog with SIGKILL while it types and saves, again and again, and checks the
// file after every kill: intact, and holding everything reported saved. The Dialoog is
// dialoog-typing (tests/hooks): the program's own code plus a typist, since the installed
// program has no test hooks. CRASH_KILLS sets how many kills (default 50);
// scripts/crash-soak runs many more.
#include "store/store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <catch2/catch.hpp>
#include <csignal>

using namespace dialoog;

namespace {

struct Outcome
{
    qint64 typed = 0;
    qint64 reportedSaved = -1;
};

Outcome runAndKill(const QString &database, Id conversation, int killAfterMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Its settings beside the database, not in the user's own.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QFileInfo(database).absolutePath());
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral(DIALOOG_TYPING_BINARY),
                  {QString::number(conversation), QStringLiteral("--database"), database});
    REQUIRE(process.waitForStarted(10000));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < killAfterMs && process.state() == QProcess::Running)
        process.waitForReadyRead(20);
    ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(10000);
    Outcome outcome;
    const QStringList lines =
        QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("typed ")))
            outcome.typed = line.mid(6).toLongLong();
        else if (line.startsWith(QStringLiteral("saved ")))
            outcome.reportedSaved = line.mid(6).toLongLong();
    }
    return outcome;
}

} // namespace

TEST_CASE("killed at random moments while typing, the database stays intact and keeps every "
          "reported save")
{
    const int kills =
        qEnvironmentVariableIsSet("CRASH_KILLS") ? qEnvironmentVariableIntValue("CRASH_KILLS") : 50;
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("crash.sqlite"));
    Id conversation = 0;
    {
        Store store(database, Store::Open::CreateIfMissing);
        Employee e{0, QStringLiteral("Crash Test"), {}, {}, {}, {}, 6, false};
        store.employees().insert(e);
        conversation = store.conversations().create(e.id, QDate::currentDate()).id;
    }
    QRandomGenerator random(20261126);
    int corrupt = 0;
    qint64 worstLossKeys = 0;
    qint64 totalTyped = 0;
    for (int k = 0; k < kills; ++k) {
        qint64 before = 0;
        {
            Store store(database, Store::Open::Existing);
            before = store.conversations().load(conversation).conversation.summary.size();
        }
        const Outcome outcome = runAndKill(database, conversation, 400 + int(random.bounded(2600)));
        Store store(database, Store::Open::Existing);
        const StoreCheck check = store.check();
        if (!check.ok)
            ++corrupt;
        const qint64 stored = store.conversations().load(conversation).conversation.summary.size();
        INFO("kill " << k << ": typed " << outcome.typed << ", reported saved "
                     << outcome.reportedSaved << ", stored " << stored);
        CHECK(check.ok);
        CHECK(stored >= outcome.reportedSaved);
        CHECK(stored >= before);
        worstLossKeys = std::max(worstLossKeys, before + outcome.typed - stored);
        totalTyped += outcome.typed;
    }
    // What was typed after the last save may be lost: at most one save delay of typing.
    const qint64 worstLossMs = worstLossKeys * 20;
    QTextStream(stdout) << "crash-soak: " << kills << " kills, " << corrupt
                        << " corrupt databases, " << totalTyped << " keys typed, worst loss "
                        << worstLossKeys << " keys (" << worstLossMs
                        << " ms of typing at 50 keys/s)\n";
    CHECK(totalTyped > 0); // a typist that never typed proves nothing
    CHECK(corrupt == 0);
    CHECK(worstLossMs <= 3000 + 200); // the longest save delay, plus one timer tick
}
