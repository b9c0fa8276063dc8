#pragma once

#include "core/question.h"

#include <QString>
#include <vector>

namespace dialoog {

class Store;

// The question bank, per language, as the bank dialog edits it and a conversation picks
// from it. Both throw Failure.
class QuestionBank final
{
public:
    explicit QuestionBank(Store &store);

    // In its order, inactive questions included.
    std::vector<Question> load(const QString &language);
    // Only the questions a conversation may still pick.
    std::vector<Question> active(const QString &language);
    // New questions are added, the order is the list's; none is ever deleted (answers
    // refer to them), they are made inactive instead. Ids of new ones are filled in.
    void save(std::vector<Question> &questions);

private:
    Store &m_store;
};

} // namespace dialoog
