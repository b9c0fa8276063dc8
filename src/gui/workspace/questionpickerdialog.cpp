#include "gui/workspace/questionpickerdialog.h"

#include "gui/platform/textfit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace dialoog {

QuestionPickerDialog::QuestionPickerDialog(const std::vector<Question> &offered,
                                           const std::vector<Question> &picked, QWidget *parent)
    : QDialog(parent), m_offered(offered), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Choose Questions"));
    auto *explain = new QLabel(
        tr("Tick the questions for this conversation. Questions that already have an answer "
           "stay."),
        this);
    explain->setWordWrap(true);
    m_list->setWordWrap(true);
    for (const Question &q : m_offered) {
        auto *item = new QListWidgetItem(q.text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool in = std::any_of(picked.begin(), picked.end(),
                                    [&q](const Question &p) { return p.id == q.id; });
        item->setCheckState(in ? Qt::Checked : Qt::Unchecked);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_list->setMinimumSize(textAreaSize(m_list, 64, 14));
}

std::vector<std::pair<Question, bool>> QuestionPickerDialog::choices() const
{
    std::vector<std::pair<Question, bool>> result;
    for (int i = 0; i < m_list->count(); ++i)
        result.emplace_back(m_offered[std::size_t(i)],
                            m_list->item(i)->checkState() == Qt::Checked);
    return result;
}

} // namespace dialoog
