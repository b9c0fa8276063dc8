#pragma once

#include <QString>
#include <array>

namespace dialoog {

// The words of the sample data, one set per language: fictional people, their goals,
// what was said and agreed. The writer (demodata.cpp) picks from these the same way in
// either language, so both sets have the same shape.
struct DemoTexts
{
    struct Person
    {
        const char *name, *role, *team, *email;
    };
    struct Goal
    {
        const char *what, *why, *steps; // steps separated by "; "
    };
    struct Feedback
    {
        const char *text, *from;
    };
    // A check-in's topic (project, learning experience, goal), in that order.
    struct CheckIn
    {
        const char *topic, *note, *agreement, *action;
    };
    struct Reflection
    {
        const char *wentWell, *growth, *ambitions;
    };

    std::array<Person, 9> people;
    std::array<Goal, 6> goals;
    std::array<const char *, 6> achievements;
    std::array<Feedback, 5> feedback;
    std::array<const char *, 6> actions;
    // Answers to the 1st, 3rd, 5th and 7th question of the default bank, two of each.
    std::array<std::array<const char *, 2>, 4> answers;
    Reflection heldReflection, nextReflection;
    const char *nextAnswer, *wrapUpNote;
    const char *attentionPoints, *energeticNote, *steadyNote, *fallingNote;
    const char *questionsNote, *privateNote, *agreement, *summary, *goalUpdate;
    std::array<CheckIn, 3> checkIns;
    const char *checkInGoalUpdate, *checkInPrivateNote;
    const char *agreedResponse, *disputedResponse;
};

extern const DemoTexts englishDemoTexts; // demotexts_en.cpp
extern const DemoTexts dutchDemoTexts;   // demotexts_nl.cpp

// "nl" gives the Dutch set; anything else the English one.
inline const DemoTexts &demoTexts(const QString &language)
{
    return language == QLatin1String("nl") ? dutchDemoTexts : englishDemoTexts;
}

} // namespace dialoog
