#include "gui/dialogs/questionbankdialog.h"

#include "core/conversationsession.h"
#include "core/failure.h"
#include "gui/platform/messagebox.h"
#include "gui/platform/textfit.h"
#include "services/questionbank.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dialoog {

QuestionBankDialog::QuestionBankDialog(QuestionBank &bank, const QString &language, QWidget *parent)
    : QDialog(parent), m_questions(bank), m_language(new QComboBox(this)),
      m_list(new QListWidget(this))
{
    setWindowTitle(tr("Question Bank"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Dutch"), QStringLiteral("nl"));
    auto *explain = new QLabel(
        tr("Ticked questions are offered in new conversations. Double-click or press F2 to "
           "edit a question; questions that were asked stay in the history."),
        this);
    explain->setWordWrap(true);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setAccessibleName(tr("Questions"));
    m_language->setAccessibleName(tr("Language"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(createEditButtons());
    auto *languageRow = new QHBoxLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(languageRow);
    layout->addWidget(explain);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    // Room for a question on a line or two; the list grows with the dialog.
    m_list->setMinimumSize(textAreaSize(m_list, 60, 12));

    connect(buttons, &QDialogButtonBox::accepted, this, &QuestionBankDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        // Switching language keeps what was changed in the other one.
        if (save())
            load(m_language->currentData().toString());
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        item->setToolTip(
            ConversationSession::looksClosed(item->text())
                ? tr("This reads as a closed question; an open form invites more reflection.")
                : QString());
    });
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    load(m_language->currentData().toString());
}

// Add, Move Up and Move Down, beside the list.
QVBoxLayout *QuestionBankDialog::createEditButtons()
{
    auto *add = new QPushButton(tr("&Add…"), this);
    auto *up = new QPushButton(tr("Move &Up"), this);
    auto *down = new QPushButton(tr("Move &Down"), this);
    auto *side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(up);
    side->addWidget(down);
    side->addStretch();
    connect(add, &QPushButton::clicked, this, [this] {
        const QString text =
            QInputDialog::getMultiLineText(this, tr("New Question"), tr("Question:"));
        addQuestion(text);
    });
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    return side;
}

void QuestionBankDialog::load(const QString &language)
{
    m_shown = language;
    try {
        m_bank = m_questions.load(language);
    } catch (const Failure &e) {
        MessageBox::warning(this, windowTitle(), e.message());
        m_bank.clear();
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (std::size_t i = 0; i < m_bank.size(); ++i) {
        auto *item = new QListWidgetItem(m_bank[i].text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setCheckState(m_bank[i].active ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, qint64(m_bank[i].id));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void QuestionBankDialog::addQuestion(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    auto *item = new QListWidgetItem(text.trimmed(), m_list);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
    item->setCheckState(Qt::Checked);
    item->setData(Qt::UserRole, qint64(0));
    m_list->setCurrentItem(item);
}

void QuestionBankDialog::move(int by)
{
    const int row = m_list->currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
}

// The list is the truth: its order, texts and ticks become the bank.
void QuestionBankDialog::collect()
{
    std::vector<Question> bank;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        Question q;
        q.id = item->data(Qt::UserRole).value<qint64>();
        for (const Question &known : m_bank) {
            if (known.id == q.id && q.id != 0)
                q = known;
        }
        q.language = m_shown;
        q.text = item->text().trimmed().isEmpty() ? q.text : item->text().trimmed();
        q.active = item->checkState() == Qt::Checked;
        bank.push_back(q);
    }
    m_bank = std::move(bank);
}

bool QuestionBankDialog::save()
{
    collect();
    try {
        m_questions.save(m_bank);
    } catch (const Failure &e) {
        MessageBox::warning(this, windowTitle(), e.message());
        return false;
    }
    return true;
}

void QuestionBankDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace dialoog
