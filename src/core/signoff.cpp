#include "signoff.h"

#include <QCoreApplication>

namespace dialoog {

// The sign-off's words for the user, under one translation context.
class SignOffText final
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::SignOff)

public:
    static QString longText(const Conversation &c, const QLocale &locale)
    {
        const auto date = [&locale](const QDate &d) {
            return locale.toString(d, QLocale::LongFormat);
        };
        switch (c.signOff) {
        case SignOff::Draft:
            return tr("Not sent to the employee yet");
        case SignOff::Sent:
            return tr("Sent to the employee on %1, no answer yet").arg(date(c.sentOn));
        case SignOff::Seen:
            return tr("Seen by the employee on %1").arg(date(c.answeredOn));
        case SignOff::Agreed:
            return tr("Agreed by the employee on %1").arg(date(c.answeredOn));
        case SignOff::Disputed:
            return tr("Disputed by the employee on %1").arg(date(c.answeredOn));
        }
        return {};
    }

    static QString shortText(const Conversation &c, const QLocale &locale)
    {
        const auto date = [&locale](const QDate &d) {
            return locale.toString(d, QLocale::ShortFormat);
        };
        switch (c.signOff) {
        case SignOff::Draft:
            return {};
        case SignOff::Sent:
            return tr("report sent on %1").arg(date(c.sentOn));
        case SignOff::Seen:
            return tr("seen on %1").arg(date(c.answeredOn));
        case SignOff::Agreed:
            return tr("agreed on %1").arg(date(c.answeredOn));
        case SignOff::Disputed:
            return tr("disputed on %1").arg(date(c.answeredOn));
        }
        return {};
    }
};

namespace SignOffRules {

SignOffState stateOf(const Conversation &conversation)
{
    return {.signOff = conversation.signOff,
            .sentOn = conversation.sentOn,
            .answeredOn = conversation.answeredOn,
            .employeeResponse = conversation.employeeResponse};
}

void apply(Conversation &conversation, const SignOffState &state)
{
    conversation.signOff = state.signOff;
    conversation.sentOn = state.sentOn;
    conversation.answeredOn = state.answeredOn;
    conversation.employeeResponse = state.employeeResponse;
}

bool isSigned(SignOff signOff)
{
    return signOff == SignOff::Seen || signOff == SignOff::Agreed;
}

bool isAnswer(SignOff signOff)
{
    return isSigned(signOff) || signOff == SignOff::Disputed;
}

bool canSend(const Conversation &conversation)
{
    return conversation.phase == Phase::Finished && conversation.heldDate.isValid() &&
           !isSigned(conversation.signOff);
}

bool canAnswer(const Conversation &conversation, SignOff answer, const QDate &on)
{
    return isAnswer(answer) && conversation.signOff != SignOff::Draft &&
           conversation.sentOn.isValid() && on.isValid() && on >= conversation.sentOn;
}

bool send(Conversation &conversation, const QDate &on)
{
    if (!canSend(conversation) || !on.isValid() || on < conversation.heldDate)
        return false;
    conversation.signOff = SignOff::Sent;
    conversation.sentOn = on;
    conversation.answeredOn = QDate();
    return true;
}

bool answer(Conversation &conversation, SignOff answer, const QDate &on)
{
    if (!canAnswer(conversation, answer, on))
        return false;
    conversation.signOff = answer;
    conversation.answeredOn = on;
    return true;
}

bool correct(Conversation &conversation)
{
    if (!isSigned(conversation.signOff))
        return false;
    conversation.signOff = SignOff::Sent;
    conversation.answeredOn = QDate();
    return true;
}

bool awaitsAnswer(const Conversation &conversation, const QDate &today)
{
    return conversation.signOff == SignOff::Sent && answerOverdue(conversation.sentOn, today);
}

bool answerOverdue(const QDate &sentOn, const QDate &today)
{
    return sentOn.isValid() && sentOn.daysTo(today) > answerExpectedDays;
}

QString describe(const Conversation &conversation, const QLocale &locale)
{
    return SignOffText::longText(conversation, locale);
}

QString shortText(const Conversation &conversation, const QLocale &locale)
{
    return SignOffText::shortText(conversation, locale);
}

} // namespace SignOffRules
} // namespace dialoog
