#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/noteline.h"
#include "store/store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace dialoog;

namespace {

struct Line
{
    QTemporaryDir dir;
    Store store{dir.filePath(QStringLiteral("line.sqlite")), Store::Open::CreateIfMissing};
    AppServices services{store};
    std::unique_ptr<ConversationDocument> document;
    std::unique_ptr<NoteLine> line;
    Id conversation = 0;

    Line()
    {
        Employee e{0, QStringLiteral("Sanne de Vries"), {}, {}, {}, {}, 6, false};
        store.employees().insert(e);
        conversation = store.conversations().create(e.id, QDate(2026, 5, 1)).id;
        document = services.openConversation(conversation, {});
        line = std::make_unique<NoteLine>(*document);
    }

    ConversationRecord stored()
    {
        REQUIRE(document->saveNow());
        return store.conversations().load(conversation);
    }
};

} // namespace

TEST_CASE("a kind chosen on an empty line is used by the next Enter only")
{
    Line l;
    QSignalSpy kinds(l.line.get(), &NoteLine::kindChanged);
    CHECK(l.line->choose(NoteKind::ActionItem, QStringLiteral("  ")) == NoteLine::Outcome::KindSet);
    CHECK(l.line->kind() == NoteKind::ActionItem);
    CHECK_FALSE(l.line->enter(QString())); // an empty Enter adds nothing and keeps the kind
    CHECK(l.line->kind() == NoteKind::ActionItem);
    REQUIRE(l.line->enter(QStringLiteral(" Book the course ")));
    CHECK(l.line->kind() == NoteKind::Note);
    REQUIRE(l.line->enter(QStringLiteral("Then a plain note")));
    CHECK(kinds.size() == 2);

    const ConversationRecord r = l.stored();
    REQUIRE(r.actionItems.size() == 1);
    CHECK(r.actionItems[0].text == QStringLiteral("Book the course"));
    CHECK(r.actionItems[0].dueDate.isValid());
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].text == QStringLiteral("Then a plain note"));
}

TEST_CASE("the same kind again, or clearing, makes the line a plain note; another kind replaces it")
{
    Line l;
    l.line->choose(NoteKind::PrivateNote, {});
    CHECK(l.line->choose(NoteKind::PrivateNote, {}) == NoteLine::Outcome::KindCleared);
    CHECK(l.line->kind() == NoteKind::Note);
    CHECK_FALSE(l.line->clearKind());
    l.line->choose(NoteKind::PrivateNote, {});
    CHECK(l.line->choose(NoteKind::Agreement, {}) == NoteLine::Outcome::KindSet);
    CHECK(l.line->kind() == NoteKind::Agreement);
    CHECK(l.line->clearKind());
    CHECK(l.line->kind() == NoteKind::Note);
}

TEST_CASE("with text in the line, a kind's shortcut adds the text as that kind")
{
    Line l;
    l.line->choose(NoteKind::ActionItem, {});
    CHECK(l.line->choose(NoteKind::Agreement, QStringLiteral("Monthly check-in")) ==
          NoteLine::Outcome::Added);
    CHECK(l.line->kind() == NoteKind::Note);
    CHECK(l.line->choose(NoteKind::PrivateNote, QStringLiteral("Seems tired")) ==
          NoteLine::Outcome::Added);
    const ConversationRecord r = l.stored();
    CHECK(r.actionItems.empty());
    REQUIRE(r.agreements.size() == 1);
    CHECK(r.agreements[0].text == QStringLiteral("Monthly check-in"));
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].isPrivate);
}
