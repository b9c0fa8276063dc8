#pragma once

#include "serverbench.h"

namespace dialoog::bench {

// Managers typing at once on one server: each on their own login role and connection, in
// a thread of their own, adds a note to their own conversation and saves it as the
// autosave does, every half second (the autosave's delay) for the whole run. Afterwards
// each manager's conversation is read back on a new connection: a note missing there was
// lost.
struct LoadResult
{
    std::vector<double> saveMs; // every save, of every manager
    int notes = 0;              // notes added in all
    int failed = 0;             // saves that threw
    int lost = 0;               // notes added but not on the server afterwards
    int managers = 0;           // managers that took part to the end
};

LoadResult runLoadTest(const ServerSetup &setup);

} // namespace dialoog::bench
