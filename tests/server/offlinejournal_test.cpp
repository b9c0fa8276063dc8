// The offline journal on its own: where it writes, with which permissions, and that it
// gives back what it kept. (The journal in use, with a server that goes away, is in
// serverlive_test.cpp.)
#include "services/offlinejournal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sys/stat.h>

using dialoog::OfflineJournal;

namespace {

int modeOf(const QString &path)
{
    struct stat info
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return int(info.st_mode & 07777);
}

} // namespace

TEST_CASE("A journal entry is written owner-only in an owner-only folder and read back whole",
          "[journal]")
{
    QTemporaryDir home;
    const QString folder = home.filePath(QStringLiteral("data/journal"));
    const OfflineJournal journal(QStringLiteral("postgresql://anna@/dialoog"), folder);
    const OfflineJournal::Entry entry{42, 7, QStringLiteral("Summary: Anna wants to lead"),
                                      QDateTime::currentDateTime()};
    REQUIRE(journal.write(entry));

    CHECK(modeOf(folder) == 0700);
    CHECK(modeOf(journal.fileFor(42)) == 0600);
    CHECK_FALSE(QFile::exists(journal.fileFor(42) + QStringLiteral(".new")));
    const auto entries = journal.entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].conversation == 42);
    CHECK(entries[0].version == 7);
    CHECK(entries[0].text == entry.text);
}

TEST_CASE("A newer entry for the same conversation replaces the older one", "[journal]")
{
    QTemporaryDir home;
    const OfflineJournal journal(QStringLiteral("service=dialoog"),
                                 home.filePath(QStringLiteral("j")));
    REQUIRE(journal.write({5, 1, QStringLiteral("one"), QDateTime::currentDateTime()}));
    REQUIRE(journal.write({5, 1, QStringLiteral("one two"), QDateTime::currentDateTime()}));
    const auto entries = journal.entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].text == QStringLiteral("one two"));
}

TEST_CASE("Entries come back oldest first, each server's apart, and go only when removed",
          "[journal]")
{
    QTemporaryDir home;
    const QString folder = home.filePath(QStringLiteral("j"));
    const OfflineJournal anna(QStringLiteral("postgresql://anna@/dialoog"), folder);
    const OfflineJournal other(QStringLiteral("postgresql://anna@/elsewhere"), folder);
    const QDateTime now = QDateTime::currentDateTime();
    REQUIRE(anna.write({9, 1, QStringLiteral("later"), now}));
    REQUIRE(anna.write({3, 1, QStringLiteral("earlier"), now.addSecs(-60)}));
    REQUIRE(other.write({4, 1, QStringLiteral("another server"), now}));

    auto entries = anna.entries();
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].text == QStringLiteral("earlier"));
    CHECK(entries[1].text == QStringLiteral("later"));
    REQUIRE(other.entries().size() == 1);

    anna.remove(3);
    entries = anna.entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].conversation == 9);
    CHECK(other.entries().size() == 1);
}

TEST_CASE("A folder made readable by others is made owner-only again at the next write",
          "[journal]")
{
    QTemporaryDir home;
    const QString folder = home.filePath(QStringLiteral("j"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    const OfflineJournal journal(QStringLiteral("service=dialoog"), folder);
    REQUIRE(journal.write({1, 0, QStringLiteral("text"), QDateTime::currentDateTime()}));
    CHECK(modeOf(folder) == 0700);
}
