#include "defaultquestions.h"

#include <array>
#include <utility>

namespace dialoog {

std::vector<Question> defaultQuestions()
{
    // Stored as data, not as tr() strings: the bank is the manager's to edit, per
    // language, and a conversation keeps the wording it was asked in.
    static const std::array<std::pair<const char *, const char *>, 14> bank = {{
        {"Which parts of your work give you energy, and which drain it?",
         "Van welke delen van je werk krijg je energie, en welke kosten je juist energie?"},
        {"What would you need, in tools, time or knowledge, to do your work better?",
         "Wat heb je nodig aan middelen, tijd of kennis om je werk beter te doen?"},
        {"How can I, as your manager, support you better?",
         "Hoe kan ik je als leidinggevende beter ondersteunen?"},
        {"Which project or task would you like to gain experience in?",
         "In welk project of welke taak zou je graag ervaring opdoen?"},
        {"If you had the room, what would you do differently in your work?",
         "Als je de ruimte kreeg, wat zou je dan anders doen in je werk?"},
        {"What do you want to learn in the coming period, and why does it matter to you?",
         "Wat wil je de komende tijd leren, en waarom is dat belangrijk voor je?"},
        {"Where do you see yourself in a few years, and what would help you get there?",
         "Waar zie je jezelf over een paar jaar, en wat helpt je om daar te komen?"},
        {"How happy are you in your work at the moment, and what would make it better?",
         "Hoe gelukkig ben je op dit moment in je werk, en wat zou het beter maken?"},
        {"How is your workload, and how do work and private life balance out for you?",
         "Hoe ervaar je je werkdruk, en hoe is de balans tussen werk en privé?"},
        {"What feedback do you have for me as your manager?",
         "Welke feedback heb je voor mij als leidinggevende?"},
        {"Which moment of the past period are you most proud of?",
         "Op welk moment van de afgelopen periode ben je het meest trots?"},
        {"What got in your way recently, and what did you learn from it?",
         "Wat zat je de laatste tijd in de weg, en wat heb je daarvan geleerd?"},
        {"Which of your strengths could we use more in the team?",
         "Welke van je sterke kanten kunnen we meer benutten in het team?"},
        {"What should we agree on today so that you leave this conversation satisfied?",
         "Wat moeten we vandaag afspreken zodat je tevreden uit dit gesprek gaat?"},
    }};
    std::vector<Question> questions;
    questions.reserve(bank.size() * 2);
    int order = 0;
    for (const auto &[english, dutch] : bank) {
        ++order;
        questions.push_back(
            Question{0, QStringLiteral("en"), QString::fromUtf8(english), true, order});
        questions.push_back(
            Question{0, QStringLiteral("nl"), QString::fromUtf8(dutch), true, order});
    }
    return questions;
}

} // namespace dialoog
