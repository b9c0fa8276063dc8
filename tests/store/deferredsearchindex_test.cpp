#include "store/deferredsearchindex.h"
#include "store/demodata.h"
#include "store/jsonexport.h"
#include "store/jsonimport.h"
#include "store/search.h"
#include "store/searchsources.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "storetestsupport.h"

#include <catch2/catch.hpp>

using namespace dialoog;
using namespace dialoog::test;

namespace {

qint64 count(Store &store, const std::string &sql)
{
    Statement statement(store.database(), sql);
    return statement.step() ? statement.int64(0) : -1;
}

std::vector<const SearchSourceTable *> sources()
{
    std::vector<const SearchSourceTable *> all{&inboxSearchSource};
    for (const SearchSourceTable &s : searchSources)
        all.push_back(&s);
    return all;
}

// Rows of `s` whose index entry is missing or holds another text than the row's.
qint64 misindexed(Store &store, const SearchSourceTable &s)
{
    const std::string table(s.table);
    std::string body;
    for (char c : s.body) {
        if (c == '$')
            body += table;
        else
            body += c;
    }
    return count(store, "SELECT count(*) FROM " + table +
                            " WHERE NOT EXISTS (SELECT 1 FROM search_index WHERE "
                            "search_index.rowid = (" +
                            table + ".id << 4) | " + std::to_string(int(s.source)) +
                            " AND search_index.body IS " + body + ")");
}

qint64 rows(Store &store)
{
    qint64 total = 0;
    for (const SearchSourceTable *s : sources())
        total += count(store, "SELECT count(*) FROM " + std::string(s->table));
    return total;
}

qint64 triggers(Store &store)
{
    return count(store, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'");
}

} // namespace

TEST_CASE("an import indexes every row it adds, as the triggers would, and puts them back",
          "[sqlite]")
{
    TempStore source;
    fillDemoData(*source, QDate(2026, 6, 15));
    // The demo has no notes for next time; every searchable table should hold a row.
    InboxNote later{0, source->employees().all().front().id,
                    QDateTime(QDate(2026, 6, 1), QTime(8, 30)),
                    QStringLiteral("Vragen naar de cursus"), false};
    source->repository<InboxNote>().insert(later);
    const std::string document = exportJson(*source, ExportOptions{std::nullopt, true});

    // Rows already there, so the new ones do not start at id 1.
    TempStore target;
    Employee someone = person(QStringLiteral("Iemand Anders"));
    target->employees().insert(someone);
    Conversation c = target->conversations().create(someone.id, QDate(2026, 1, 5));
    ConversationRecord record = target->conversations().load(c.id);
    record.notes.push_back(Note{0, c.id, Phase::Questions,
                                QDateTime(QDate(2026, 1, 5), QTime(9, 0)),
                                QStringLiteral("Een zeldzaam woord: kwispeldoor"), false});
    target->conversations().save(record);
    const qint64 triggersBefore = triggers(*target);

    importJson(*target, document);

    CHECK(triggers(*target) == triggersBefore);
    CHECK(count(*target, "SELECT count(*) FROM search_index") == rows(*target));
    for (const SearchSourceTable *s : sources()) {
        INFO(std::string(s->table));
        CHECK(count(*target, "SELECT count(*) FROM " + std::string(s->table)) > 0);
        CHECK(misindexed(*target, *s) == 0);
    }
    CHECK(target->search().find(QStringLiteral("kwispeldoor")).size() == 1);
    // The triggers are back: a note written after the import is found.
    record = target->conversations().load(c.id);
    record.notes.push_back(Note{0, c.id, Phase::Questions,
                                QDateTime(QDate(2026, 1, 5), QTime(9, 5)),
                                QStringLiteral("Daarna geschreven: pimpelmees"), false});
    target->conversations().save(record);
    CHECK(target->search().find(QStringLiteral("pimpelmees")).size() == 1);
}

TEST_CASE("the search index's triggers come back when the work is rolled back", "[sqlite]")
{
    TempStore store;
    const qint64 before = triggers(*store);
    REQUIRE(before > 0);
    {
        Transaction transaction(store->database());
        DeferredSearchIndex deferred(store->database());
        CHECK(triggers(*store) < before);
    } // rolled back without finish()
    CHECK(triggers(*store) == before);
    // Outside a transaction the triggers would be gone for good: refused.
    CHECK_THROWS_AS(DeferredSearchIndex(store->database()), std::logic_error);
    CHECK(triggers(*store) == before);
}
