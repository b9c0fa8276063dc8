#include "childprocess.h"

#include <QByteArray>
#include <ctime>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace dialoog::bench {
namespace {

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

QByteArray readAll(int fd)
{
    QByteArray all;
    char buffer[4096];
    for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;)
        all.append(buffer, n);
    return all;
}

// The moment a program said "<what> <ns>" on its standard output; 0 when it did not.
qint64 saidNs(const QByteArray &output, const QByteArray &what)
{
    const QByteArray key = what + ' ';
    const qsizetype at = output.indexOf(key);
    if (at < 0)
        return 0;
    const qsizetype end = output.indexOf('\n', at);
    return output.mid(at + key.size(), end < 0 ? -1 : end - at - key.size()).toLongLong();
}

} // namespace

ChildRun runChild(const QString &program, const QStringList &arguments)
{
    std::vector<QByteArray> storage{program.toLocal8Bit()};
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    ChildRun run;
    int out[2];
    if (pipe(out) != 0)
        return run;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    const qint64 started = monotonicNs();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (spawned != 0) {
        close(out[0]);
        return run;
    }
    const QByteArray said = readAll(out[0]);
    close(out[0]);
    int status = 0;
    rusage usage{};
    // wait4 gives this child's own peak memory, not the sum over every child.
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    const qint64 ended = monotonicNs();
    const qint64 painted = saidNs(said, "first-paint");
    run.wallMs = double((painted > 0 ? painted : ended) - started) / 1e6;
    if (const qint64 whole = saidNs(said, "whole-list"); whole > 0)
        run.wholeListMs = double(whole - started) / 1e6;
    run.peakRssKb = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace dialoog::bench
