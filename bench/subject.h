#pragma once

#include "store/store.h"

namespace dialoog::bench {

// The employee the figures are about, in a file or on a server: the one with the most
// conversations.
struct Subject
{
    Id employee = 0;
    Id planned = 0;  // the conversation under way: where live notes go
    Id finished = 0; // the last finished one, with the most written in it
};

inline Subject pickSubject(Store &store)
{
    Subject s;
    std::size_t most = 0;
    for (const EmployeeOverview &o : store.overview()) {
        const std::vector<Conversation> conversations =
            store.conversations().forEmployee(o.employee.id);
        if (conversations.size() <= most)
            continue;
        most = conversations.size();
        s.employee = o.employee.id;
        for (const Conversation &c : conversations) {
            if (c.phase == Phase::Finished)
                s.finished = c.id;
            else
                s.planned = c.id;
        }
    }
    return s;
}

} // namespace dialoog::bench
