#include "loadtest.h"

#include "largedata.h"
#include "store/conversationrepository.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QSet>
#include <chrono>
#include <cstdio>
#include <latch>
#include <mutex>
#include <thread>

namespace dialoog::bench {

namespace {

using Clock = std::chrono::steady_clock;

struct Manager
{
    PgAddress address;
    int index = 0;
    Id conversation = 0;
    QStringList written; // every note added, saved or not yet
    std::vector<double> saveMs;
    int failed = 0;
    bool ready = false;
};

// The manager's own employee and conversation, made before the clock starts.
ConversationRecord prepare(Store &store, Manager &m)
{
    Employee employee;
    employee.name = QStringLiteral("Load %1").arg(m.index);
    store.employees().insert(employee);
    m.conversation = store.conversations().create(employee.id, QDate::currentDate()).id;
    return store.conversations().load(m.conversation);
}

// Saves a note every half second until `end`; the manager's start is offset by their
// index, as people do not all press a key at the same moment.
void type(Store &store, Manager &m, ConversationRecord record, Clock::time_point start,
          Clock::time_point end)
{
    TextGenerator text(std::uint32_t(1000 + m.index));
    ConversationRecord stored = record;
    auto next = start + std::chrono::milliseconds(m.index * 500 / 50);
    for (int n = 0; next < end; ++n, next += std::chrono::milliseconds(500)) {
        std::this_thread::sleep_until(next);
        const QString note = QStringLiteral("m%1 n%2 %3").arg(m.index).arg(n).arg(text.note());
        record.notes.push_back(
            Note{0, m.conversation, Phase::Questions, QDateTime::currentDateTime(), note, false});
        m.written.push_back(note);
        ConversationRecord saving = record;
        const Clock::time_point before = Clock::now();
        try {
            store.conversations().save(saving, ConversationRepository::PlanFollowUp::Yes, &stored);
        } catch (const StoreError &e) {
            // The app keeps the note and saves it with the next one; it still counts.
            ++m.failed;
            std::fprintf(stderr, "  load: manager %d: %s\n", m.index, qPrintable(e.message()));
            continue;
        }
        m.saveMs.push_back(
            std::chrono::duration<double, std::milli>(Clock::now() - before).count());
        record = saving;
        stored = saving;
    }
}

// Everyone connected and set up first; then the clock starts for all at once.
struct Gate
{
    std::latch ready;
    std::latch go{1};
    Clock::time_point start;
    explicit Gate(int managers) : ready(managers + 1) {}
};

void runManager(Manager &m, Gate &gate, int seconds)
{
    try {
        Store store(m.address.uri(), Store::Open::Existing);
        ConversationRecord record = prepare(store, m);
        m.ready = true;
        gate.ready.count_down();
        gate.go.wait();
        type(store, m, std::move(record), gate.start, gate.start + std::chrono::seconds(seconds));
    } catch (const StoreError &e) {
        std::fprintf(stderr, "  load: manager %d stopped: %s\n", m.index, qPrintable(e.message()));
        if (!m.ready)
            gate.ready.count_down();
        ++m.failed;
    }
}

// The notes written that are not in the conversation as a new connection reads it.
int lostNotes(const Manager &m)
{
    Store store(m.address.uri(), Store::Open::Existing);
    QSet<QString> found;
    for (const Note &note : store.conversations().load(m.conversation).notes)
        found.insert(note.text);
    int lost = 0;
    for (const QString &note : m.written)
        lost += found.contains(note) ? 0 : 1;
    return lost;
}

} // namespace

LoadResult runLoadTest(const ServerSetup &setup)
{
    std::vector<Manager> managers(std::size_t(setup.loadManagers));
    for (int i = 0; i < setup.loadManagers; ++i) {
        managers[std::size_t(i)].index = i + 1;
        managers[std::size_t(i)].address = {
            setup.manager.host, setup.manager.database,
            setup.loadPrefix + QStringLiteral("%1").arg(i + 1, 2, 10, QLatin1Char('0'))};
    }
    Gate gate(setup.loadManagers);
    std::vector<std::thread> threads;
    for (Manager &m : managers)
        threads.emplace_back(runManager, std::ref(m), std::ref(gate), setup.loadSeconds);
    gate.ready.arrive_and_wait();
    gate.start = Clock::now() + std::chrono::milliseconds(100);
    gate.go.count_down();
    for (std::thread &t : threads)
        t.join();
    LoadResult result;
    for (const Manager &m : managers) {
        result.saveMs.insert(result.saveMs.end(), m.saveMs.begin(), m.saveMs.end());
        result.notes += int(m.written.size());
        result.failed += m.failed;
        result.managers += m.ready ? 1 : 0;
        if (m.ready)
            result.lost += lostNotes(m);
    }
    return result;
}

} // namespace dialoog::bench
