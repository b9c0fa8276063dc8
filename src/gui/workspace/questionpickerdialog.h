#pragma once

#include "core/question.h"

#include <QDialog>
#include <vector>

class QListWidget;

namespace dialoog {

// Chooses which questions of the bank this conversation uses: tick to include.
class QuestionPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionPickerDialog)

public:
    QuestionPickerDialog(const std::vector<Question> &offered, const std::vector<Question> &picked,
                         QWidget *parent = nullptr);

    // The offered questions with whether each is ticked.
    std::vector<std::pair<Question, bool>> choices() const;
    QListWidget *list() const { return m_list; }

private:
    std::vector<Question> m_offered;
    QListWidget *m_list;
};

} // namespace dialoog
