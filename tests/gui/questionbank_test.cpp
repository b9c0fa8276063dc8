#include "gui/dialogs/questionbankdialog.h"
#include "gui/workspace/questionpickerdialog.h"
#include "gui/workspace/questionspage.h"
#include "guitestsupport.h"
#include "services/conversationdocument.h"
#include "services/questionbank.h"
#include "store/store.h"

#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

using namespace dialoog;
using namespace dialoog::test;

TEST_CASE(
    "the question bank is edited, reordered and switched off per language, and the store keeps it")
{
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("q.sqlite")), Store::Open::CreateIfMissing);
    const std::vector<Question> before = store.questionBank(QStringLiteral("nl"));
    QuestionBank bank(store);
    QuestionBankDialog dialog(bank, QStringLiteral("nl"));
    QListWidget *list = dialog.list();
    REQUIRE(list->count() == int(before.size()));
    CHECK(list->item(0)->text() == before[0].text);

    list->item(2)->setCheckState(Qt::Unchecked);
    list->item(1)->setText(QStringLiteral("Wat heb je nodig om je werk goed te doen?"));
    list->setCurrentRow(0);
    dialog.move(1); // the first question goes one down
    dialog.addQuestion(QStringLiteral("Waar ben je trots op?"));
    dialog.accept();

    const std::vector<Question> after = store.questionBank(QStringLiteral("nl"));
    REQUIRE(after.size() == before.size() + 1);
    CHECK(after[0].text == QStringLiteral("Wat heb je nodig om je werk goed te doen?"));
    CHECK(after[0].id == before[1].id);
    CHECK(after[1].id == before[0].id);
    CHECK_FALSE(after[2].active);
    CHECK(after.back().text == QStringLiteral("Waar ben je trots op?"));
    CHECK(after.back().active);
    // The English bank is untouched.
    CHECK(store.questionBank(QStringLiteral("en")).size() == before.size());
}

TEST_CASE("a conversation's questions are chosen from the bank; answered ones stay")
{
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("p.sqlite")), Store::Open::CreateIfMissing);
    Employee e{0, QStringLiteral("Joost"), {}, {}, {}, {}, 6, false};
    store.employees().insert(e);
    const Id id = store.conversations().create(e.id, QDate(2026, 3, 1)).id;
    ConversationDocument document(store, store.conversations().load(id, QStringLiteral("en")));
    QuestionBank bank(store);
    QuestionsPage page(document, bank, QStringLiteral("en"));
    const std::vector<Question> all = document.record().questions;
    REQUIRE(all.size() >= 3);
    document.setAnswer(1, QStringLiteral("Yes"));

    const NextDialog<QuestionPickerDialog> picker(
        "the question picker", [](QuestionPickerDialog *dialog) {
            dialog->list()->item(0)->setCheckState(Qt::Unchecked);
            dialog->list()->item(1)->setCheckState(Qt::Unchecked); // answered: stays
            dialog->accept();
        });
    for (QPushButton *button : page.findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Choose questions…"))
            button->click();
    }
    const std::vector<Question> &now = document.record().questions;
    CHECK(now.size() == all.size() - 1);
    CHECK(std::none_of(now.begin(), now.end(),
                       [&all](const Question &q) { return q.id == all[0].id; }));
    CHECK(std::any_of(now.begin(), now.end(),
                      [&all](const Question &q) { return q.id == all[1].id; }));
    REQUIRE(document.saveNow());
    CHECK(store.conversations().load(id).questions.size() == all.size() - 1);
}
