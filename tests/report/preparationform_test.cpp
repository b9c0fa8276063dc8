#include "report/preparationform.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

int pagesOf(const PreparationForm &form)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpPdf(writer, form.title, QLocale(QLocale::Dutch, QLocale::Netherlands));
    return paintPreparationForm(form, writer);
}

ConversationRecord sanne()
{
    ConversationRecord record;
    record.employee.name = QStringLiteral("Sanne de Vries");
    record.conversation.plannedDate = QDate(2026, 3, 10);
    record.notes.push_back(Note{1, 1, Phase::Preparation, {}, QStringLiteral("SECRET"), true});
    return record;
}

} // namespace

TEST_CASE(
    "a preparation form holds the questions, the employee and the date, with the summary's footer")
{
    const PreparationRequest request(PreparationRequest::Kind::Feedback, sanne(),
                                     QStringLiteral("Jan"));
    const PreparationForm form = buildPreparationForm(request);
    CHECK(form.title.contains(QStringLiteral("Sanne de Vries")));
    REQUIRE(form.questions.size() == 3);
    CHECK(form.questions[0] == QStringLiteral("1. ") + request.questions()[0]);
    CHECK(form.footer.left == QStringLiteral("Confidential"));
    CHECK(form.footer.middle == QStringLiteral("Sanne de Vries"));
    CHECK_FALSE(form.nameLabel.isEmpty());
    bool hasDate = false;
    for (const auto &[label, value] : form.header)
        hasDate = hasDate || value == request.dateText();
    CHECK(hasDate);
}

TEST_CASE("three questions fit one A4 page; more spill over whole, never as a stray line")
{
    PreparationForm form = buildPreparationForm(
        PreparationRequest(PreparationRequest::Kind::SelfReflection, sanne(), QString()));
    CHECK(pagesOf(form) == 1);
    for (int i = 3; i < 8; ++i)
        form.questions << QStringLiteral("%1. Another question?").arg(i + 1);
    CHECK(pagesOf(form) == 3);
}

TEST_CASE("a preparation form is written as a PDF the owner alone may read")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("form.pdf"));
    QString error;
    const PreparationForm form = buildPreparationForm(
        PreparationRequest(PreparationRequest::Kind::SelfReflection, sanne(), QString()));
    REQUIRE(writePreparationForm(form, path, QLocale(), &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK_FALSE(file.permissions() & QFile::ReadOther);
    CHECK_FALSE(writePreparationForm(form, dir.filePath(QStringLiteral("missing/dir/form.pdf")),
                                     QLocale(), &error));
    CHECK(error.contains(QStringLiteral("cannot write")));
}
