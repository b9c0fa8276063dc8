// When the search index is merged (IndexUpkeep): only while no conversation is open and
// the user has left Dialoog alone since one closed; a key stops it at once.
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/indexupkeep.h"
#include "store/statement.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QEvent>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace dialoog;
using namespace std::chrono_literals;

namespace {

qint64 number(Store &store, std::string_view sql)
{
    Statement statement(store.database(), sql);
    return statement.step() ? statement.int64(0) : -1;
}

qint64 segments(Store &store)
{
    return number(store, "SELECT count(DISTINCT segid) FROM search_index_idx");
}

// A file whose search index has much to merge: many notes, each saved on its own.
struct NotesTaken
{
    test::TestDatabase database{QStringLiteral("upkeep.sqlite")};
    Store store{database.location(), Store::Open::CreateIfMissing};
    Id conversation = 0;

    explicit NotesTaken(int words)
    {
        Employee e{0, QStringLiteral("Sanne de Vries"), {}, {}, {}, {}, 6, false};
        store.employees().insert(e);
        conversation = store.conversations().create(e.id, QDate(2025, 3, 14)).id;
        ConversationRecord record = store.conversations().load(conversation);
        for (int i = 0; i < 200; ++i) {
            Note note;
            note.phase = Phase::Questions;
            note.createdAt = QDateTime(QDate(2025, 3, 14), QTime(10, 0));
            note.text = QStringLiteral("Notitie %1:").arg(i);
            for (int word = 0; word < words; ++word)
                note.text += QStringLiteral(" woord%1x%2").arg(i).arg(word);
            record.notes.push_back(note);
            store.conversations().save(record);
        }
    }
    bool mergingEnds()
    {
        for (int wait = 0; wait < 1200 && store.mergingSearchIndex(); ++wait)
            QTest::qWait(100);
        return !store.mergingSearchIndex();
    }
};

void pressKey()
{
    // What the application's filter sees of a key press: its type (this test has no
    // window system for a real key event).
    QObject somewhere;
    QEvent key(QEvent::KeyPress);
    QCoreApplication::sendEvent(&somewhere, &key);
}

} // namespace

TEST_CASE("the search index is merged only once the conversation has closed and the user has "
          "left Dialoog alone",
          "[sqlite]")
{
    NotesTaken file(40);
    const qint64 before = segments(file.store);
    IndexUpkeep upkeep(file.store, 50ms);
    QSignalSpy window(&upkeep, &IndexUpkeep::maintenanceWindow);
    upkeep.conversationOpened();
    QTest::qWait(300);
    CHECK(window.isEmpty());
    CHECK_FALSE(file.store.mergingSearchIndex());
    upkeep.conversationClosed();
    REQUIRE(window.wait(10000));
    CHECK(window.takeFirst().at(0).toBool());
    CHECK(upkeep.windowOpen());
    REQUIRE(file.mergingEnds());
    CHECK(segments(file.store) < before);
    CHECK_NOTHROW(file.store.database().exec(
        "INSERT INTO search_index (search_index) VALUES ('integrity-check')"));
}

TEST_CASE("a key pressed stops the merging at once, and the quiet starts over", "[sqlite]")
{
    NotesTaken file(1500);
    // Every segment set up for one long merge, so that the key comes in the middle of it.
    file.store.database().exec(
        "INSERT INTO search_index (search_index, rank) VALUES ('merge', -1)");
    IndexUpkeep upkeep(file.store, 50ms);
    upkeep.watchInputOf(QCoreApplication::instance());
    QSignalSpy window(&upkeep, &IndexUpkeep::maintenanceWindow);
    upkeep.conversationOpened();
    pressKey(); // typing in the conversation opens no window
    upkeep.conversationClosed();
    REQUIRE(window.wait(10000));
    REQUIRE(window.takeFirst().at(0).toBool());
    pressKey();
    REQUIRE(window.size() == 1);
    CHECK_FALSE(window.takeFirst().at(0).toBool());
    CHECK_FALSE(file.store.mergingSearchIndex());
    CHECK_FALSE(upkeep.windowOpen());
    // Left alone again, the merging goes on where it stopped.
    REQUIRE(window.wait(10000));
    CHECK(window.takeFirst().at(0).toBool());
    REQUIRE(file.mergingEnds());
    CHECK_NOTHROW(file.store.database().exec(
        "INSERT INTO search_index (search_index) VALUES ('integrity-check')"));
}

TEST_CASE("a conversation opened through the services holds the merging off until it closes",
          "[sqlite]")
{
    NotesTaken file(40);
    AppServices services(file.store);
    IndexUpkeep &upkeep = services.indexUpkeep();
    QSignalSpy window(&upkeep, &IndexUpkeep::maintenanceWindow);
    auto document = services.openConversation(file.conversation, QStringLiteral("en"));
    upkeep.userActed(); // acting while it is open starts no quiet time
    CHECK_FALSE(upkeep.windowOpen());
    document.reset();
    // The default quiet time after the close, then the window opens.
    REQUIRE(window.wait(30000));
    CHECK(window.takeFirst().at(0).toBool());
    REQUIRE(file.mergingEnds());
}
