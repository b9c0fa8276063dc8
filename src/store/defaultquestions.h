#pragma once

#include "core/question.h"

#include <vector>

namespace dialoog {

// The open questions a new database starts with, in English and Dutch.
std::vector<Question> defaultQuestions();

} // namespace dialoog
