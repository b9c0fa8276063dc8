#include "services/unsavedtext.h"

#include "core/conversationrecord.h"

#include <QStringList>
#include <algorithm>

namespace dialoog {
namespace {

// The texts of items not saved yet (id 0): the only ones the store does not hold.
template <typename T, typename Text>
void addNew(QStringList &lines, const std::vector<T> &items, const QString &label, Text text)
{
    for (const T &item : items)
        if (item.id == 0 && !text(item).trimmed().isEmpty())
            lines << label.arg(text(item));
}

void addChanged(QStringList &lines, const QString &label, const QString &before,
                const QString &after)
{
    if (after != before && !after.trimmed().isEmpty())
        lines << label.arg(after);
}

QString storedAnswer(const ConversationRecord &stored, Id questionId)
{
    const auto &answers = stored.answers;
    const auto it = std::find_if(answers.begin(), answers.end(), [questionId](const Answer &a) {
        return a.questionId == questionId;
    });
    return it == answers.end() ? QString() : it->text;
}

QString questionText(const ConversationRecord &record, Id questionId)
{
    const auto &questions = record.questions;
    const auto it = std::find_if(questions.begin(), questions.end(),
                                 [questionId](const Question &q) { return q.id == questionId; });
    return it == questions.end() ? QString() : it->text;
}

} // namespace

QString UnsavedText::between(const ConversationRecord &stored, const ConversationRecord &current)
{
    QStringList lines;
    const Conversation &was = stored.conversation, &now = current.conversation;
    addChanged(lines, tr("Energy note: %1"), was.wellbeingNote, now.wellbeingNote);
    addChanged(lines, tr("Points of attention: %1"), was.attentionPoints, now.attentionPoints);
    addChanged(lines, tr("What went well: %1"), stored.reflection.wentWell,
               current.reflection.wentWell);
    addChanged(lines, tr("Growth: %1"), stored.reflection.growth, current.reflection.growth);
    addChanged(lines, tr("Ambitions: %1"), stored.reflection.ambitions,
               current.reflection.ambitions);
    for (const Answer &answer : current.answers)
        if (answer.text != storedAnswer(stored, answer.questionId) &&
            !answer.text.trimmed().isEmpty())
            lines << tr("Answer to \"%1\": %2")
                         .arg(questionText(current, answer.questionId), answer.text);
    addNew(lines, current.achievements, tr("Achievement: %1"),
           [](const Achievement &a) { return a.text; });
    addNew(lines, current.goals, tr("Goal: %1"), [](const Goal &g) { return g.what; });
    addNew(lines, current.notes, tr("Note: %1"), [](const Note &n) { return n.text; });
    addNew(lines, current.actionItems, tr("Action item: %1"),
           [](const ActionItem &a) { return a.text; });
    addNew(lines, current.agreements, tr("Agreement: %1"),
           [](const Agreement &a) { return a.text; });
    addChanged(lines, tr("Summary: %1"), was.summary, now.summary);
    if (lines.isEmpty())
        return {};
    lines.prepend(tr("Typed on this computer but not saved, because someone else saved this "
                     "conversation first:"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace dialoog
