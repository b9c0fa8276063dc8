#pragma once

#include "measure.h"
#include "pgfloors.h"

#include <QString>
#include <vector>

namespace dialoog::bench {

// The team server scripts/bench set up: a database with a manager's data moved onto it, a
// copy of it for the floors (same tables, triggers and policies), and the load test's
// managers, each a login role of their own.
struct ServerSetup
{
    PgAddress manager;     // the manager whose data was moved onto the server
    QString floorDatabase; // the copy the raw floor writes into
    QString loadPrefix;    // the load test's managers are PREFIX01, PREFIX02, ...
    int loadManagers = 50;
    int loadSeconds = 60;

    PgAddress floor() const { return {manager.host, floorDatabase, manager.role}; }
};

// A note added to an open conversation and saved as the autosave does it
// (ConversationDocument::saveNow), against a raw INSERT + COMMIT into the floor's copy;
// 500 of each, taking turns. p50 and p99.
std::vector<Figure> measureServerSave(const ServerSetup &setup);

// Search::find on the server against the same tsquery statement through raw libpq.
std::vector<Figure> measureServerSearch(const ServerSetup &setup);

// Loading a finished conversation with everything in it (ConversationRepository::load,
// what the conversation's window shows), median of 9 after 2 warm-ups.
std::vector<Figure> measureServerOpening(const ServerSetup &setup);

} // namespace dialoog::bench
