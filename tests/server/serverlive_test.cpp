// The team server stays live (issue #14): another computer's changes show up in an open
// conversation and in the list without a restart, a manager hears nothing of another's,
// a dropped connection is made again and what is shown read again, and the server stopped
// in the middle of typing loses no word (the offline journal keeps it, and it reaches the
// server when it is back). The last runs on a cluster of its own, started here.
#include "serverfixture.h"
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/employeedirectory.h"
#include "services/offlinejournal.h"
#include "services/serverlink.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <libpq-fe.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace dialoog;
using dialoog::test::TeamFixture;

namespace {

constexpr int patienceMs = 60000; // how long to wait for what must happen; never asserted

// The journal's default folder lies under $HOME in Qt's test mode: a home of the test's own.
class TemporaryHome
{
public:
    TemporaryHome() : m_old(qgetenv("HOME")) { qputenv("HOME", m_home.path().toLocal8Bit()); }
    ~TemporaryHome() { qputenv("HOME", m_old); }
    TemporaryHome(const TemporaryHome &) = delete;
    TemporaryHome &operator=(const TemporaryHome &) = delete;

private:
    QTemporaryDir m_home;
    QByteArray m_old;
};

// The server as a second computer of the same manager sees it: its own connection.
void saveSummaryElsewhere(const TeamFixture &team, Id conversation, const QString &summary)
{
    Store other(team.server.uri(team.a), Store::Open::Existing);
    ConversationDocument document(other, other.conversations().load(conversation));
    REQUIRE(document.setText(TextField::Summary, summary));
    REQUIRE(document.saveNow());
}

Id plannedConversation(TeamFixture &team)
{
    return std::stoll(team.server.admin().value(
        "SELECT id FROM conversation WHERE employee_id = $1 AND held_date IS NULL",
        {team.employee}));
}

int modeOf(const QString &path)
{
    struct stat info
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return int(info.st_mode & 07777);
}

// A PostgreSQL cluster of this test's own (scripts/pg-cluster), so that stopping it stops
// nobody else's; while it lives, the test support (pgHost) points at it.
class OwnCluster
{
public:
    OwnCluster()
        : m_oldHost(qgetenv("DIALOOG_TEST_PGHOST")), m_oldAdmin(qgetenv("DIALOOG_TEST_PGADMIN"))
    {
        QProcess start;
        start.start(script(), {QStringLiteral("start")});
        REQUIRE(start.waitForFinished(120000));
        const QString out = QString::fromUtf8(start.readAllStandardOutput());
        INFO(out.toStdString() << start.readAllStandardError().toStdString());
        REQUIRE(start.exitCode() == 0);
        static const QRegularExpression line(
            QStringLiteral("DIALOOG_TEST_PGHOST='([^']+)' DIALOOG_TEST_PGADMIN='([^']+)'"));
        const QRegularExpressionMatch match = line.match(out);
        REQUIRE(match.hasMatch());
        m_folder = match.captured(1);
        qputenv("DIALOOG_TEST_PGHOST", m_folder.toLocal8Bit());
        qputenv("DIALOOG_TEST_PGADMIN", match.captured(2).toLocal8Bit());
    }
    ~OwnCluster()
    {
        QProcess::execute(script(), {QStringLiteral("stop"), m_folder});
        qputenv("DIALOOG_TEST_PGHOST", m_oldHost);
        qputenv("DIALOOG_TEST_PGADMIN", m_oldAdmin);
    }
    OwnCluster(const OwnCluster &) = delete;
    OwnCluster &operator=(const OwnCluster &) = delete;

    // As a power cut to the server would: no goodbye to the clients.
    void stopServer()
    {
        runAsOwner({QStringLiteral("--pgdata=") + m_folder + QStringLiteral("/data"),
                    QStringLiteral("--mode=immediate"), QStringLiteral("stop")});
    }
    // Again on the same data folder and socket.
    void startServer()
    {
        runAsOwner({QStringLiteral("--pgdata=") + m_folder + QStringLiteral("/data"),
                    QStringLiteral("--log=") + m_folder + QStringLiteral("/server.log"),
                    QStringLiteral("--wait"),
                    QStringLiteral("--options=-c listen_addresses='' -c "
                                   "unix_socket_directories='%1' -c fsync=off")
                        .arg(m_folder),
                    QStringLiteral("start")});
    }

private:
    static QString script() { return QStringLiteral(DIALOOG_SOURCE_DIR "/scripts/pg-cluster"); }

    // PostgreSQL refuses to run as root; the cluster belongs to postgres then, as
    // scripts/pg-cluster makes it.
    static void runAsOwner(const QStringList &arguments)
    {
        QProcess config;
        config.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
        config.waitForFinished();
        QString bindir = QString::fromUtf8(config.readAllStandardOutput()).trimmed();
        if (bindir.isEmpty())
            bindir = QStringLiteral("/usr/lib/postgresql/15/bin");
        const QString pgCtl = bindir + QStringLiteral("/pg_ctl");
        QProcess process;
        if (::geteuid() == 0)
            process.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=postgres"),
                                                                 QStringLiteral("--regid=postgres"),
                                                                 QStringLiteral("--clear-groups"),
                                                                 QStringLiteral("--"), pgCtl} +
                                                         arguments);
        else
            process.start(pgCtl, arguments);
        REQUIRE(process.waitForFinished(120000));
        INFO(process.readAllStandardError().toStdString());
        REQUIRE(process.exitCode() == 0);
    }

    QString m_folder;
    QByteArray m_oldHost;
    QByteArray m_oldAdmin;
};

// Manager A's Dialoog with the planned conversation open, as the window has it.
struct AnnasWindow
{
    TemporaryHome home;
    TeamFixture team;
    Id id = plannedConversation(team);
    Store store{team.server.uri(team.a), Store::Open::Existing};
    AppServices services{store};
    std::unique_ptr<ConversationDocument> document =
        services.openConversation(id, QStringLiteral("en"));
};

} // namespace

TEST_CASE("Another computer's save shows up in the open conversation and the list without a "
          "restart",
          "[live]")
{
    AnnasWindow w;
    QSignalSpy listReset(&w.services.employees(), &EmployeeDirectory::listReset);

    saveSummaryElsewhere(w.team, w.id, QStringLiteral("Written on the laptop"));

    CHECK(QTest::qWaitFor(
        [&] {
            return w.document->record().conversation.summary ==
                   QStringLiteral("Written on the laptop");
        },
        patienceMs));
    CHECK(QTest::qWaitFor([&] { return listReset.count() > 0; }, patienceMs));
    CHECK(w.document->saveState() == ConversationDocument::SaveState::Saved);
}

TEST_CASE("Another computer's save meets unsaved typing with the conflict flow, keeping the text",
          "[live]")
{
    AnnasWindow w;
    REQUIRE(
        w.document->setText(TextField::AttentionPoints, QStringLiteral("typed here, not saved")));

    saveSummaryElsewhere(w.team, w.id, QStringLiteral("Written on the laptop"));

    CHECK(QTest::qWaitFor(
        [&] { return w.document->saveState() == ConversationDocument::SaveState::Conflict; },
        patienceMs));
    CHECK(w.document->record().conversation.attentionPoints ==
          QStringLiteral("typed here, not saved"));
}

TEST_CASE("A manager hears nothing of another manager's changes", "[live]")
{
    TeamFixture team;
    const Id id = plannedConversation(team);
    Store bertsStore(team.server.uri(team.b), Store::Open::Existing);
    ServerLink bert(bertsStore);
    Store annasStore(team.server.uri(team.a), Store::Open::Existing);
    ServerLink anna(annasStore);
    QSignalSpy bertHeard(&bert, &ServerLink::conversationChanged);
    QSignalSpy bertHeardOfPeople(&bert, &ServerLink::employeeChanged);
    QSignalSpy annaHeard(&anna, &ServerLink::conversationChanged);

    saveSummaryElsewhere(team, id, QStringLiteral("Anna's business"));
    team.server.connect(team.a).exec("UPDATE employee SET team = 'Green' WHERE id = $1",
                                     {team.employee});

    // Anna's own other connection hears both; by then Bert would have heard too.
    REQUIRE(QTest::qWaitFor([&] { return annaHeard.count() > 0; }, patienceMs));
    QTest::qWait(200);
    bert.readAnnouncements();
    CHECK(bertHeard.isEmpty());
    CHECK(bertHeardOfPeople.isEmpty());
    CHECK(annaHeard.first().at(0).value<Id>() == id);
}

TEST_CASE("Announcements carry the table and the id, never a name or a text", "[live]")
{
    TeamFixture team;
    const std::string host = test::pgHost();
    const char *keys[] = {"host", "dbname", "user", nullptr};
    const char *values[] = {host.c_str(), team.server.database().c_str(), team.a.c_str(), nullptr};
    const std::unique_ptr<PGconn, void (*)(PGconn *)> raw(PQconnectdbParams(keys, values, 0),
                                                          PQfinish);
    REQUIRE(PQstatus(raw.get()) == CONNECTION_OK);
    const std::string channel =
        team.server.connect(team.a).value("SELECT 'dialoog_' || md5(current_user)");
    PQclear(PQexec(raw.get(), ("LISTEN " + channel).c_str()));

    team.server.connect(team.a).exec("UPDATE employee SET name = 'Anna Secret' WHERE id = $1",
                                     {team.employee});

    std::vector<std::pair<std::string, std::string>> heard;
    REQUIRE(QTest::qWaitFor(
        [&] {
            PQconsumeInput(raw.get());
            while (PGnotify *n = PQnotifies(raw.get())) {
                heard.emplace_back(n->relname, n->extra);
                PQfreemem(n);
            }
            return !heard.empty();
        },
        patienceMs));
    REQUIRE(heard.size() == 1);
    CHECK(heard[0].first == channel);
    CHECK(heard[0].second == "employee:" + team.employee);
}

TEST_CASE("After the connection drops, it is made again and what is shown is read again", "[live]")
{
    AnnasWindow w;
    QSignalSpy reconnected(&w.services.server(), &ServerLink::reconnected);

    // The server ends this computer's session (as a restart or a network cut would); what
    // another computer saves then is announced to nobody here.
    w.team.server.admin().exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                               "WHERE usename = $1 AND datname = current_database()",
                               {w.team.a});
    saveSummaryElsewhere(w.team, w.id, QStringLiteral("Saved while this computer was cut off"));

    REQUIRE(QTest::qWaitFor([&] { return reconnected.count() > 0; }, patienceMs));
    CHECK(QTest::qWaitFor(
        [&] {
            return w.document->record().conversation.summary ==
                   QStringLiteral("Saved while this computer was cut off");
        },
        patienceMs));
    CHECK(w.services.server().isOnline());
}

TEST_CASE("A journal left behind by a Dialoog that ended offline is saved at the next start, "
          "and kept while it cannot be",
          "[live]")
{
    TemporaryHome home;
    TeamFixture team;
    const Id id = plannedConversation(team);
    Store mine(team.server.uri(team.a), Store::Open::Existing);
    const OfflineJournal journal(mine.path());
    REQUIRE(journal.write({id, 0, QStringLiteral("Summary: typed while the server was away"),
                           QDateTime::currentDateTime()}));
    // Not a conversation of this manager's: it cannot be saved, and stays.
    REQUIRE(
        journal.write({id + 100000, 0, QStringLiteral("elsewhere"), QDateTime::currentDateTime()}));

    AppServices services(mine);
    CHECK(services.replayJournal() == 1);

    CHECK(team.server.admin().value("SELECT count(*) FROM note WHERE conversation_id = $1 AND "
                                    "private = 1 AND text LIKE '%typed while the server was away%'",
                                    {std::to_string(id)}) == "1");
    const auto left = journal.entries();
    REQUIRE(left.size() == 1);
    CHECK(left[0].conversation == id + 100000);
}

TEST_CASE("The server stopped in the middle of typing loses no word", "[live][ownserver]")
{
    OwnCluster cluster;
    TemporaryHome home;
    TeamFixture team;
    const Id id = plannedConversation(team);
    const QStringList before{QStringLiteral("Anna"), QStringLiteral("wants"), QStringLiteral("to"),
                             QStringLiteral("lead")};
    const QStringList during{QStringLiteral("the"),  QStringLiteral("new"),
                             QStringLiteral("team"), QStringLiteral("after"),
                             QStringLiteral("the"),  QStringLiteral("course")};
    const QStringList after{QStringLiteral("in"), QStringLiteral("spring")};
    QString summary;
    {
        Store mine(team.server.uri(team.a), Store::Open::Existing);
        AppServices services(mine);
        auto document = services.openConversation(id, QStringLiteral("en"));
        const OfflineJournal journal(mine.path());
        const auto type = [&](const QString &word) {
            summary += (summary.isEmpty() ? QString() : QStringLiteral(" ")) + word;
            REQUIRE(document->setText(TextField::Summary, summary));
            REQUIRE(document->addNote(QStringLiteral("note-") + word, false));
        };
        for (const QString &word : before) {
            type(word);
            REQUIRE(document->saveNow());
        }

        cluster.stopServer();
        for (const QString &word : during) {
            type(word);
            CHECK_FALSE(document->saveNow()); // as the autosave would, between words
            INFO(document->lastError().toStdString());
            CHECK(document->isOffline());
            // Every word is on this computer's disk, owner-only, before the next one.
            const auto kept = journal.entries();
            REQUIRE(kept.size() == 1);
            CHECK(kept[0].text.contains(summary));
            CHECK(kept[0].text.contains(QStringLiteral("note-") + word));
            CHECK(modeOf(journal.fileFor(id)) == 0600);
            CHECK(modeOf(journal.folder()) == 0700);
        }
        CHECK(document->saveState() == ConversationDocument::SaveState::Failed);
        CHECK(document->lastError().contains(QStringLiteral("kept on this computer")));
        CHECK_FALSE(services.server().isOnline());

        cluster.startServer();
        for (const QString &word : after)
            type(word); // typing on while Dialoog finds the server again
        REQUIRE(QTest::qWaitFor(
            [&] {
                return document->saveState() == ConversationDocument::SaveState::Saved &&
                       !document->isOffline();
            },
            patienceMs));
        CHECK(services.server().isOnline());
        CHECK_FALSE(QFile::exists(journal.fileFor(id)));
    }

    test::PgConnection check = team.server.connect(team.a);
    CHECK(check.value("SELECT summary FROM conversation WHERE id = $1", {std::to_string(id)}) ==
          summary.toStdString());
    for (const QString &word : before + during + after)
        CHECK(check.value("SELECT count(*) FROM note WHERE conversation_id = $1 AND text = $2",
                          {std::to_string(id), ("note-" + word).toStdString()}) ==
              (word == QStringLiteral("the") ? "2" : "1"));
}
