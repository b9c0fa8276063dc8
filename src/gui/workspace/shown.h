#pragma once

#include <optional>
#include <tuple>

namespace dialoog {

// What a page last showed of the record, so it rebuilds a list only when that changed:
// rebuilding every list after each note made Enter stall, and lost the row selected.
template <typename... T> class Shown
{
public:
    // True (and remembers `now`) when `now` differs from what was shown last.
    bool changed(const T &...now)
    {
        if (m_last && *m_last == std::tie(now...))
            return false;
        m_last.emplace(now...);
        return true;
    }

private:
    std::optional<std::tuple<T...>> m_last;
};

} // namespace dialoog
