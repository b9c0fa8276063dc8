#pragma once

#include <QDate>
#include <QString>
#include <cstdint>

namespace dialoog {
class Store;
}

namespace dialoog::bench {

// How big the generated organisation is. The defaults are the sizes the
// benchmarks are specified for.
struct LargeDataSize
{
    int employees = 500;
    int conversationsPerEmployee = 20;
    int notesPerConversation = 20;  // 200,000
    int actionsPerConversation = 5; // 50,000
    int goalsPerEmployee = 20;      // 10,000, each updated in three conversations
    int answersPerConversation = 5;
    int feedbackPerConversation = 2;
};

// Deterministic text in Dutch and English that reads like notes from a conversation.
class TextGenerator
{
public:
    explicit TextGenerator(std::uint32_t seed) : m_state(seed ? seed : 1) {}
    QString sentence();
    QString note();      // one to three sentences
    QString shortLine(); // an action item or agreement
    int below(int n);

private:
    std::uint32_t next();
    std::uint32_t m_state;
};

// Fills an empty store with the large organisation; the same seed gives the same data.
// The last conversation of each employee is still planned; the others are finished,
// six weeks apart, ending before `lastHeld`.
void fillLargeDatabase(Store &store, const LargeDataSize &size, std::uint32_t seed,
                       const QDate &lastHeld, bool verbose);

} // namespace dialoog::bench
