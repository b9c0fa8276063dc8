#pragma once

#include <csignal>
#include <functional>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace dialoog::test {

// Runs `work` in a child process that writes its progress to the given pipe as rising
// ints, and kills it (SIGKILL, as a crash or a power cut does) as soon as
// it has written `until - 1`. Returns the last number it wrote, -1 if none: lower than
// `until - 1` only when the child ended before it got there.
inline int killWhenReached(const std::function<void(int progressPipe)> &work, int until)
{
    int channel[2];
    if (::pipe(channel) != 0)
        throw std::runtime_error("no pipe");
    const pid_t child = ::fork();
    if (child < 0)
        throw std::runtime_error("no fork");
    if (child == 0) {
        ::close(channel[0]);
        work(channel[1]);
        ::_exit(1);
    }
    ::close(channel[1]);
    int last = -1;
    while (last + 1 < until && ::read(channel[0], &last, sizeof last) == sizeof last) {
    }
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    ::close(channel[0]);
    return last;
}

} // namespace dialoog::test
