// Drives the real dialoog executable, as a user or a script on the command line would.
#include "testdatabase.h"
#include "unprivileged.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cctype>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runDialoog(const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DIALOOG_BINARY), arguments);
    REQUIRE(process.waitForFinished(60000));
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *a : list)
        result << QString::fromUtf8(a);
    return result;
}

// This environment without any display, as on a server or in a cron job.
QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

} // namespace

TEST_CASE("the version and help options answer in GNU style and exit 0")
{
    const Run version = runDialoog(args({"--version"}));
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("dialoog ")));
    const Run help = runDialoog(args({"--help"}));
    CHECK(help.exitCode == 0);
    for (const char *word : {"demo", "export", "import", "check", "--database", "--read-only",
                             "--quit-after-first-paint"})
        CHECK(help.out.contains(QString::fromUtf8(word)));
}

TEST_CASE(
    "the program holds no test hooks: no typing simulator, no DIALOOG_ switch but the lock wait")
{
    const QByteArray program = contents(QStringLiteral(DIALOOG_BINARY));
    REQUIRE(program.size() > 1000000);
    CHECK_FALSE(program.contains("SIMULATE"));
    CHECK_FALSE(program.contains("TypingSimulator"));
    // The one environment variable it reads, documented in the README for scripts.
    QStringList switches;
    for (qsizetype at = program.indexOf("DIALOOG_"); at >= 0;
         at = program.indexOf("DIALOOG_", at + 1)) {
        qsizetype end = at + 8;
        while (end < program.size() && (std::isupper(uchar(program[end])) || program[end] == '_'))
            ++end;
        switches << QString::fromLatin1(program.mid(at, end - at));
    }
    switches.removeDuplicates();
    CHECK(switches == QStringList{QStringLiteral("DIALOOG_LOCK_WAIT_MS")});
}

TEST_CASE("a wrong command line is refused in one line, with exit code 2")
{
    const Run unknown = runDialoog(args({"frobnicate"}));
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.startsWith(QStringLiteral("dialoog: unknown command \"frobnicate\"")));
    CHECK(runDialoog(args({"export", "--database", "x.sqlite"})).exitCode == 2);
    CHECK(runDialoog(args({"import", "--database", "x.sqlite"})).exitCode == 2);
}

TEST_CASE("demo fills a new database that check then finds in order")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.sqlite"));
    const Run demo = runDialoog({QStringLiteral("demo"), QStringLiteral("--database"), db});
    CHECK(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("employees")));
    const Run check = runDialoog({QStringLiteral("check"), QStringLiteral("--database"), db});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("Integrity: ok")));
    CHECK(check.out.contains(QStringLiteral("employees: 9")));
}

TEST_CASE("a file is used without loading PostgreSQL's client library")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.sqlite"));
    // The dynamic loader lists every library it loads, on standard error.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
    for (const char *command : {"demo", "check"}) {
        const Run run = runDialoog({QString::fromLatin1(command), QStringLiteral("--database"), db},
                                   environment);
        CHECK(run.exitCode == 0);
        CHECK(run.err.contains(QStringLiteral("libQt6Core.so")));
        CHECK_FALSE(run.err.contains(QStringLiteral("libpq.so")));
    }
}

TEST_CASE("export, import and export again give byte-identical files; a bad import changes nothing")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.sqlite"));
    const QString target = dir.filePath(QStringLiteral("target.sqlite"));
    const QString first = dir.filePath(QStringLiteral("first.json"));
    const QString second = dir.filePath(QStringLiteral("second.json"));
    REQUIRE(runDialoog({QStringLiteral("demo"), QStringLiteral("--database"), source}).exitCode ==
            0);
    REQUIRE(runDialoog({QStringLiteral("export"), QStringLiteral("--database"), source,
                        QStringLiteral("--output"), first})
                .exitCode == 0);
    REQUIRE(runDialoog({QStringLiteral("import"), QStringLiteral("--database"), target, first})
                .exitCode == 0);
    REQUIRE(runDialoog({QStringLiteral("export"), QStringLiteral("--database"), target,
                        QStringLiteral("--output"), second})
                .exitCode == 0);
    CHECK(contents(first) == contents(second));

    QByteArray broken = contents(first);
    broken.replace("\"progress\": ", "\"progress\": 1000");
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    {
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(broken);
    }
    const Run refused =
        runDialoog({QStringLiteral("import"), QStringLiteral("--database"), target, bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("$.employees[0].goals[0].progress")));
    CHECK(refused.err.contains(QStringLiteral("nothing was imported")));
    REQUIRE(runDialoog({QStringLiteral("export"), QStringLiteral("--database"), target,
                        QStringLiteral("--output"), second})
                .exitCode == 0);
    CHECK(contents(first) == contents(second));

    SECTION("a bad import into a new database leaves no file behind")
    {
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        CHECK(runDialoog({QStringLiteral("import"), QStringLiteral("--database"), fresh, bad})
                  .exitCode == 1);
        CHECK_FALSE(QFile::exists(fresh));
    }
}

TEST_CASE("check and export refuse a missing database and create nothing")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    const Run check = runDialoog({QStringLiteral("check"), QStringLiteral("--database"), missing});
    CHECK(check.exitCode == 1);
    CHECK(check.err.contains(QStringLiteral("does not exist")));
    const Run exported =
        runDialoog({QStringLiteral("export"), QStringLiteral("--database"), missing,
                    QStringLiteral("--output"), dir.filePath(QStringLiteral("out.json"))});
    CHECK(exported.exitCode == 1);
    CHECK_FALSE(QFile::exists(missing));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("out.json"))));
}

TEST_CASE("an export to a place that cannot be written fails clearly and keeps the old file byte "
          "for byte")
{
    if (dialoog::test::rerunAsUnprivilegedUser()) // as root, where a read-only folder stops nothing
        return;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.sqlite"));
    REQUIRE(runDialoog({QStringLiteral("demo"), QStringLiteral("--database"), db}).exitCode == 0);
    const Run nowhere = runDialoog({QStringLiteral("export"), QStringLiteral("--database"), db,
                                    QStringLiteral("--output"),
                                    dir.filePath(QStringLiteral("no/such/folder/out.json"))});
    CHECK(nowhere.exitCode == 1);
    CHECK(nowhere.err.startsWith(QStringLiteral("dialoog: cannot write")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no"))));

    // Last week's export in a folder that may no longer be written (0500).
    const QString folder = dir.filePath(QStringLiteral("exports"));
    REQUIRE(QDir().mkpath(folder));
    const QString old = folder + QStringLiteral("/out.json");
    const QByteArray oldBytes("{\"format\": \"last week's export\"}\n");
    {
        QFile file(old);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(oldBytes) == oldBytes.size());
    }
    const auto owner = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const Run readOnly = runDialoog({QStringLiteral("export"), QStringLiteral("--database"), db,
                                     QStringLiteral("--output"), old});
    QFile::setPermissions(folder, owner);
    CHECK(readOnly.exitCode == 1);
    CHECK(readOnly.err.startsWith(QStringLiteral("dialoog: cannot write")));
    CHECK(contents(old) == oldBytes);
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("out.json")});
}

TEST_CASE("a file that is not a Dialoog database is refused and left byte for byte as it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("my own notes\n").repeated(100));
    }
    const QByteArray before = contents(path);
    for (const char *command : {"check", "demo", "export"}) {
        QStringList arguments{QString::fromUtf8(command), QStringLiteral("--database"), path};
        if (QLatin1String(command) == QLatin1String("export"))
            arguments << QStringLiteral("--output") << dir.filePath(QStringLiteral("x.json"));
        const Run run = runDialoog(arguments);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("not a Dialoog database")));
    }
    CHECK(contents(path) == before);
}

TEST_CASE(
    "started for the window without a display, dialoog says so and names the headless commands")
{
    const QProcessEnvironment environment = headlessEnvironment();
    QTemporaryDir dir;
    const Run run = runDialoog(
        {QStringLiteral("--database"), dir.filePath(QStringLiteral("d.sqlite"))}, environment);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("no display")));
    CHECK(run.err.contains(QStringLiteral("export")));
    CHECK(run.err.count(QLatin1Char('\n')) == 1);
}

TEST_CASE("summary writes PDF, HTML or Markdown without a display, and refuses what it cannot do")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.sqlite"));
    REQUIRE(runDialoog({QStringLiteral("demo"), QStringLiteral("--database"), db}).exitCode == 0);
    const QProcessEnvironment headless = headlessEnvironment();
    for (const char *name : {"s.pdf", "s.html", "s.md"}) {
        const QString out = dir.filePath(QString::fromLatin1(name));
        const Run run = runDialoog({QStringLiteral("summary"), QStringLiteral("--database"), db,
                                    QStringLiteral("--conversation"), QStringLiteral("2"),
                                    QStringLiteral("--output"), out},
                                   headless);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(QFileInfo(out).size() > 500);
    }
    CHECK(contents(dir.filePath(QStringLiteral("s.pdf"))).startsWith("%PDF-"));
    CHECK_FALSE(contents(dir.filePath(QStringLiteral("s.md"))).contains("Private"));
    const QString withPrivate = dir.filePath(QStringLiteral("p.md"));
    REQUIRE(
        runDialoog({QStringLiteral("summary"), QStringLiteral("--database"), db,
                    QStringLiteral("--conversation"), QStringLiteral("2"),
                    QStringLiteral("--output"), withPrivate, QStringLiteral("--include-private")})
            .exitCode == 0);
    CHECK(contents(withPrivate).contains("(private) Private:"));

    const Run unknown =
        runDialoog({QStringLiteral("summary"), QStringLiteral("--database"), db,
                    QStringLiteral("--conversation"), QStringLiteral("9999"),
                    QStringLiteral("--output"), dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no conversation 9999")));
    const Run badPath =
        runDialoog({QStringLiteral("summary"), QStringLiteral("--database"), db,
                    QStringLiteral("--conversation"), QStringLiteral("2"),
                    QStringLiteral("--output"), dir.filePath(QStringLiteral("no/dir/x.pdf"))});
    CHECK(badPath.exitCode == 1);
    CHECK(badPath.err.contains(QStringLiteral("cannot write")));
    const Run badType =
        runDialoog({QStringLiteral("summary"), QStringLiteral("--database"), db,
                    QStringLiteral("--conversation"), QStringLiteral("2"),
                    QStringLiteral("--output"), dir.filePath(QStringLiteral("x.docx"))});
    CHECK(badType.exitCode == 1);
    CHECK(runDialoog({QStringLiteral("summary"), QStringLiteral("--database"), db}).exitCode == 2);
}

TEST_CASE("a headless write waits briefly for the Dialoog that holds the database, then says so")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.sqlite"));
    QLockFile held(db + QStringLiteral(".lock"));
    REQUIRE(held.tryLock(0));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DIALOOG_LOCK_WAIT_MS"), QStringLiteral("200"));
    const Run run =
        runDialoog({QStringLiteral("demo"), QStringLiteral("--database"), db}, environment);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("in use by another Dialoog")));
    CHECK_FALSE(QFile::exists(db));
    held.unlock();
    CHECK(runDialoog({QStringLiteral("demo"), QStringLiteral("--database"), db}).exitCode == 0);
}

TEST_CASE("exports and summaries are the owner's alone")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.sqlite"));
    REQUIRE(runDialoog({QStringLiteral("demo"), QStringLiteral("--database"), db}).exitCode == 0);
    const QString json = dir.filePath(QStringLiteral("e.json"));
    const QString pdf = dir.filePath(QStringLiteral("s.pdf"));
    REQUIRE(runDialoog({QStringLiteral("export"), QStringLiteral("--database"), db,
                        QStringLiteral("--output"), json})
                .exitCode == 0);
    REQUIRE(runDialoog({QStringLiteral("summary"), QStringLiteral("--database"), db,
                        QStringLiteral("--conversation"), QStringLiteral("1"),
                        QStringLiteral("--output"), pdf})
                .exitCode == 0);
    for (const QString &path : {db, json, pdf}) {
        INFO(path.toStdString());
        const QFile::Permissions p = QFileInfo(path).permissions();
        CHECK_FALSE(p &
                    (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther));
    }
}

TEST_CASE("a summary is written in the language asked for, whatever the application's")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.sqlite"));
    REQUIRE(runDialoog({QStringLiteral("demo"), QStringLiteral("--database"), db}).exitCode == 0);
    const QString nl = dir.filePath(QStringLiteral("nl.md"));
    const QString en = dir.filePath(QStringLiteral("en.md"));
    for (const auto &[path, language] :
         {std::pair{nl, QStringLiteral("nl")}, std::pair{en, QStringLiteral("en")}}) {
        const Run run =
            runDialoog({QStringLiteral("summary"), QStringLiteral("--database"), db,
                        QStringLiteral("--conversation"), QStringLiteral("1"),
                        QStringLiteral("--output"), path, QStringLiteral("--language"), language});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
    CHECK(contents(nl).startsWith("# Ontwikkelgesprek"));
    CHECK(contents(nl).contains("Afspraken"));
    CHECK(contents(en).startsWith("# Development conversation"));
    CHECK(runDialoog({QStringLiteral("summary"), QStringLiteral("--database"), db,
                      QStringLiteral("--conversation"), QStringLiteral("1"),
                      QStringLiteral("--output"), en, QStringLiteral("--language"),
                      QStringLiteral("fr")})
              .exitCode == 2);
}

TEST_CASE(
    "ics writes an owner-only calendar invite for the next conversation, without private notes")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.sqlite"));
    REQUIRE(runDialoog({QStringLiteral("demo"), QStringLiteral("--database"), db}).exitCode == 0);
    const QProcessEnvironment headless = headlessEnvironment();
    // Conversation 2 is the first employee's last one; its follow-up is planned as 3.
    const QString out = dir.filePath(QStringLiteral("next.ics"));
    const Run run = runDialoog({QStringLiteral("ics"), QStringLiteral("--database"), db,
                                QStringLiteral("--conversation"), QStringLiteral("2"),
                                QStringLiteral("--output"), out},
                               headless);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QByteArray ics = contents(out);
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(ics.contains("UID:dialoog-conversation-1-3@"));
    CHECK(ics.contains("DURATION:PT45M"));
    CHECK(ics.contains("SUMMARY:Development conversation with "));
    CHECK_FALSE(ics.contains("Private"));
    CHECK(QFileInfo(out).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    const Run toStdout = runDialoog({QStringLiteral("ics"), QStringLiteral("--database"), db,
                                     QStringLiteral("--conversation"), QStringLiteral("3"),
                                     QStringLiteral("--output"), QStringLiteral("-")});
    CHECK(toStdout.exitCode == 0);
    CHECK(toStdout.out.contains(QStringLiteral("UID:dialoog-conversation-1-3@")));

    // Conversation 1's follow-up became conversation 2, which was held: nothing to invite to.
    const Run held = runDialoog(
        {QStringLiteral("ics"), QStringLiteral("--database"), db, QStringLiteral("--conversation"),
         QStringLiteral("1"), QStringLiteral("--output"), dir.filePath(QStringLiteral("x.ics"))});
    CHECK(held.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.ics"))));
    CHECK(runDialoog({QStringLiteral("ics"), QStringLiteral("--database"), db,
                      QStringLiteral("--conversation"), QStringLiteral("99"),
                      QStringLiteral("--output"), out})
              .exitCode == 1);
    CHECK(runDialoog({QStringLiteral("ics"), QStringLiteral("--database"), db,
                      QStringLiteral("--output"), out})
              .exitCode == 2);
}

TEST_CASE("with --read-only, check, export and summary read the file without changing it, and demo "
          "and import refuse")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.sqlite"));
    REQUIRE(runDialoog({QStringLiteral("demo"), QStringLiteral("--database"), db}).exitCode == 0);
    QFile::remove(db +
                  QStringLiteral("-wal")); // the demo closed cleanly: everything is in the file
    QFile::remove(db + QStringLiteral("-shm"));
    QFile::remove(db + QStringLiteral(".lock"));
    const QByteArray before = contents(db);
    const QString readOnly = QStringLiteral("--read-only");
    const QString database = QStringLiteral("--database");

    const Run check = runDialoog({QStringLiteral("check"), database, db, readOnly});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("Integrity: ok")));
    const QString json = dir.filePath(QStringLiteral("out.json"));
    CHECK(runDialoog(
              {QStringLiteral("export"), database, db, readOnly, QStringLiteral("--output"), json})
              .exitCode == 0);
    CHECK(contents(json).contains("\"employees\""));
    const QString md = dir.filePath(QStringLiteral("s.md"));
    CHECK(runDialoog({QStringLiteral("summary"), database, db, readOnly,
                      QStringLiteral("--conversation"), QStringLiteral("1"),
                      QStringLiteral("--output"), md})
              .exitCode == 0);
    CHECK(QFile::exists(md));

    const Run demo = runDialoog({QStringLiteral("demo"), database, db, readOnly});
    CHECK(demo.exitCode == 2);
    CHECK(demo.err.contains(
        QStringLiteral("demo changes the database and cannot be used with --read-only")));
    const Run import = runDialoog({QStringLiteral("import"), database, db, readOnly, json});
    CHECK(import.exitCode == 2);
    CHECK(import.err.contains(QStringLiteral("cannot be used with --read-only")));
    CHECK(contents(db) == before);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));
}

TEST_CASE(
    "a file that may not be changed: check and export work, import and demo say it is read-only")
{
    if (dialoog::test::rerunAsUnprivilegedUser()) // as root, where permissions stop nothing
        return;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.sqlite"));
    REQUIRE(runDialoog({QStringLiteral("demo"), QStringLiteral("--database"), db}).exitCode == 0);
    const QString json = dir.filePath(QStringLiteral("out.json"));
    REQUIRE(runDialoog({QStringLiteral("export"), QStringLiteral("--database"), db,
                        QStringLiteral("--output"), json})
                .exitCode == 0);
    REQUIRE(QFile::setPermissions(db, QFile::ReadOwner));
    const QByteArray before = contents(db);
    CHECK(runDialoog({QStringLiteral("check"), QStringLiteral("--database"), db}).exitCode == 0);
    for (const QStringList &command :
         {QStringList{QStringLiteral("demo"), QStringLiteral("--database"), db},
          QStringList{QStringLiteral("import"), QStringLiteral("--database"), db, json}}) {
        const Run run = runDialoog(command);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("is read-only, so nothing was changed")));
    }
    CHECK(contents(db) == before);
}

TEST_CASE(
    "handover writes one owner-only file that import takes over, refusing someone already there")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.sqlite"));
    const QString target = dir.filePath(QStringLiteral("target.sqlite"));
    const QString file = dir.filePath(QStringLiteral("handover.json"));
    REQUIRE(runDialoog({QStringLiteral("demo"), QStringLiteral("--database"), source}).exitCode ==
            0);
    CHECK(runDialoog(args({"handover", "--database", "x.sqlite", "--output", "y.json"})).exitCode ==
          2);
    CHECK(runDialoog({QStringLiteral("handover"), QStringLiteral("--database"), source,
                      QStringLiteral("--employee"), QStringLiteral("999"),
                      QStringLiteral("--output"), file})
              .exitCode == 1);
    const Run written = runDialoog({QStringLiteral("handover"), QStringLiteral("--database"),
                                    source, QStringLiteral("--employee"), QStringLiteral("1"),
                                    QStringLiteral("--output"), file});
    REQUIRE(written.exitCode == 0);
    CHECK(QFileInfo(file).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(contents(file).contains("\"summariesPdf\": \"JVBERi")); // base64 of "%PDF"

    const Run taken =
        runDialoog({QStringLiteral("import"), QStringLiteral("--database"), target, file});
    CHECK(taken.exitCode == 0);
    CHECK(taken.out.contains(QStringLiteral("Imported 1 employees")));
    const Run again =
        runDialoog({QStringLiteral("import"), QStringLiteral("--database"), target, file});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("Already in this database")));
    CHECK(again.err.contains(QStringLiteral("nothing was imported")));
    const Run separate = runDialoog({QStringLiteral("import"), QStringLiteral("--database"), target,
                                     file, QStringLiteral("--as-new-person")});
    CHECK(separate.exitCode == 0);
    const Run check = runDialoog({QStringLiteral("check"), QStringLiteral("--database"), target});
    CHECK(check.out.contains(QStringLiteral("employees: 2")));
}

namespace {

// One way to reach a message from outside. In `command`, these words stand for files the
// test makes: DB a demo database, FRESH a new database, MISSING a file that is not there,
// NOTDB a text file, FOLDER a folder, JSON an export of DB, BADJSON a file that is no JSON,
// LOCKED a database another Dialoog holds, READONLY a database its owner may not change,
// OUT a file to write, NODIR a file in a folder that is not there.
struct MessageCase
{
    const char *what;
    const char *command;
    int exitCode; // that the run reached the message meant, not an earlier one
    bool headless = false;
};

const MessageCase messageCases[] = {
    // --help, for the window and for every command (it needs no display either).
    {"help", "--help", 0},
    {"short help", "-h", 0},
    {"help without a display", "--help", 0, true},
    {"help for the window", "--database DB --help", 0, true},
    {"demo help", "demo --help", 0},
    {"export help", "export --help", 0},
    {"import help", "import --help", 0},
    {"handover help", "handover --help", 0},
    {"check help", "check --help", 0},
    {"summary help", "summary --help", 0},
    {"ics help", "ics --help", 0},
    {"version", "--version", 0},
    // A wrong command line: exit code 2.
    {"unknown command", "frobnicate", 2},
    {"unknown option", "check --database DB --frobnicate", 2},
    {"database without a path", "check --database", 2},
    {"first paint with a command", "--quit-after-first-paint demo --database DB", 2},
    {"export without output", "export --database DB", 2},
    {"export employee without id", "export --database DB --output OUT --employee", 2},
    {"export employee not a number", "export --database DB --output OUT --employee abc", 2},
    {"import without a file", "import --database DB", 2},
    {"import read-only", "import --database DB --read-only JSON", 2},
    {"demo read-only", "demo --database DB --read-only", 2},
    {"demo bad language", "demo --database FRESH --language de", 2},
    {"handover without employee", "handover --database DB --output OUT", 2},
    {"handover employee zero", "handover --database DB --employee 0 --output OUT", 2},
    {"handover without output", "handover --database DB --employee 1", 2},
    {"handover bad language", "handover --database DB --employee 1 --output OUT --language de", 2},
    {"summary without conversation", "summary --database DB --output OUT", 2},
    {"summary conversation not a number", "summary --database DB --conversation x --output OUT", 2},
    {"summary without output", "summary --database DB --conversation 1", 2},
    {"summary bad language", "summary --database DB --conversation 1 --output OUT.md --language fr",
     2},
    {"summary copy and private",
     "summary --database DB --conversation 1 --output OUT.md --employee-copy --include-private", 2},
    {"ics without conversation", "ics --database DB --output OUT", 2},
    {"ics conversation negative", "ics --database DB --conversation -1 --output OUT", 2},
    {"ics without output", "ics --database DB --conversation 1", 2},
    // What cannot be done: exit code 1.
    {"window without a display", "--database DB", 1, true},
    {"check missing database", "check --database MISSING", 1},
    {"export missing database", "export --database MISSING --output OUT", 1},
    {"summary missing database", "summary --database MISSING --conversation 1 --output OUT.md", 1},
    {"ics missing database", "ics --database MISSING --conversation 1 --output OUT", 1},
    {"handover missing database", "handover --database MISSING --employee 1 --output OUT", 1},
    {"check not a database", "check --database NOTDB", 1},
    {"demo not a database", "demo --database NOTDB", 1},
    {"import into not a database", "import --database NOTDB JSON", 1},
    {"import missing file", "import --database DB MISSING", 1},
    {"import unreadable file", "import --database DB FOLDER", 1},
    {"import not JSON", "import --database DB BADJSON", 1},
    {"import someone already there", "import --database DB JSON", 1},
    {"demo database in use", "demo --database LOCKED", 1},
    {"demo read-only file", "demo --database READONLY", 1},
    {"import read-only file", "import --database READONLY JSON", 1},
    {"export to no folder", "export --database DB --output NODIR", 1},
    {"summary no conversation", "summary --database DB --conversation 9999 --output OUT.md", 1},
    {"summary unknown format", "summary --database DB --conversation 1 --output OUT.docx", 1},
    {"summary to no folder", "summary --database DB --conversation 1 --output NODIR.md", 1},
    {"ics no conversation", "ics --database DB --conversation 99 --output OUT.ics", 1},
    {"ics nothing planned", "ics --database DB --conversation 1 --output OUT.ics", 1},
    {"handover no employee", "handover --database DB --employee 999 --output OUT", 1},
    {"handover to no folder", "handover --database DB --employee 1 --output NODIR", 1},
    // What is said when it works.
    {"demo", "demo --database FRESH", 0},
    {"check", "check --database DB", 0},
    {"import", "import --database FRESH2 JSON", 0},
    {"handover", "handover --database DB --employee 1 --output OUT.json", 0},
};

// Texts in English or in Dutch, whatever the machine's language, with settings and data of
// their own under `dir` (so the default database is `dir`/data/Dialoog/dialoog/dialoog.sqlite).
QProcessEnvironment languageEnvironment(const QString &language, const QTemporaryDir &dir,
                                        bool headless)
{
    QProcessEnvironment environment =
        headless ? headlessEnvironment() : QProcessEnvironment::systemEnvironment();
    const QString locale = language == QLatin1String("nl") ? QStringLiteral("nl_NL.UTF-8")
                                                           : QStringLiteral("en_US.UTF-8");
    environment.insert(QStringLiteral("LANGUAGE"), language);
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANG"), locale);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("DIALOOG_LOCK_WAIT_MS"), QStringLiteral("200"));
    return environment;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(data) == data.size());
}

// The files the words of MessageCase::command stand for, made in `dir`.
QMap<QString, QString> messageFiles(const QTemporaryDir &dir)
{
    QMap<QString, QString> files;
    for (const char *word : {"DB", "FRESH", "FRESH2", "MISSING", "NOTDB", "FOLDER", "JSON",
                             "BADJSON", "LOCKED", "READONLY", "OUT"})
        files[QString::fromLatin1(word)] = dir.filePath(QString::fromLatin1(word).toLower());
    files[QStringLiteral("NODIR")] = dir.filePath(QStringLiteral("no/such/folder/out"));
    const QString db = files.value(QStringLiteral("DB"));
    const QString readOnly = files.value(QStringLiteral("READONLY"));
    const QString database = QStringLiteral("--database");
    REQUIRE(runDialoog({QStringLiteral("demo"), database, db}).exitCode == 0);
    REQUIRE(runDialoog({QStringLiteral("export"), database, db, QStringLiteral("--output"),
                        files.value(QStringLiteral("JSON"))})
                .exitCode == 0);
    REQUIRE(runDialoog({QStringLiteral("demo"), database, readOnly}).exitCode == 0);
    REQUIRE(QFile::setPermissions(readOnly, QFile::ReadOwner));
    writeFile(files.value(QStringLiteral("NOTDB")), QByteArray("my own notes\n").repeated(100));
    writeFile(files.value(QStringLiteral("BADJSON")), "{ \"format\": ");
    REQUIRE(QDir().mkpath(files.value(QStringLiteral("FOLDER"))));
    return files;
}

QStringList messageArguments(const char *command, const QMap<QString, QString> &files)
{
    QStringList arguments = QString::fromLatin1(command).split(QLatin1Char(' '));
    for (QString &argument : arguments) {
        const QString word = argument.section(QLatin1Char('.'), 0, 0);
        if (files.contains(word))
            argument.replace(0, word.size(), files.value(word));
    }
    return arguments;
}

} // namespace

TEST_CASE("the help names the real default database, in English and in Dutch")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data/Dialoog/dialoog/dialoog.sqlite"));
    const Run english =
        runDialoog(args({"--help"}), languageEnvironment(QStringLiteral("en"), dir, false));
    const Run dutch =
        runDialoog(args({"--help"}), languageEnvironment(QStringLiteral("nl"), dir, false));
    CHECK(english.out.contains(QStringLiteral("(default: %1)").arg(path)));
    CHECK(dutch.out.contains(QStringLiteral("(standaard: %1)").arg(path)));
    CHECK_FALSE(QFileInfo::exists(path)); // naming it makes nothing
}

TEST_CASE("no help text and no message, in English or in Dutch, leaves a placeholder unfilled")
{
    // As root a file its owner may not change is changed anyway: run as an ordinary user.
    if (dialoog::test::rerunAsUnprivilegedUser())
        return;
    const QRegularExpression placeholder(QStringLiteral("%L?[0-9]"));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        QTemporaryDir dir;
        const QMap<QString, QString> files = messageFiles(dir);
        QLockFile held(files.value(QStringLiteral("LOCKED")) + QStringLiteral(".lock"));
        REQUIRE(held.tryLock(0));
        for (const MessageCase &c : messageCases) {
            const QStringList arguments = messageArguments(c.command, files);
            const Run run = runDialoog(arguments, languageEnvironment(language, dir, c.headless));
            const QString said = run.out + run.err;
            INFO(language.toStdString() << ", " << c.what << ": dialoog "
                                        << arguments.join(QLatin1Char(' ')).toStdString() << "\n"
                                        << said.toStdString());
            CHECK(run.exitCode == c.exitCode);
            CHECK_FALSE(said.trimmed().isEmpty());
            CHECK_FALSE(said.contains(placeholder));
        }
    }
}

TEST_CASE("every command works on a team database on PostgreSQL, and export, import and export "
          "again give the same bytes there too",
          "[.][postgres]")
{
    const dialoog::test::TestDatabase source, target;
    const QString first = source.dir().filePath(QStringLiteral("first.json"));
    const QString second = source.dir().filePath(QStringLiteral("second.json"));
    const auto run = [](const QString &command, const QString &database,
                        const QStringList &more = {}) {
        return runDialoog(QStringList{command, QStringLiteral("--database"), database} + more);
    };
    const Run demo = run(QStringLiteral("demo"), source.location());
    REQUIRE(demo.exitCode == 0);
    const Run check = run(QStringLiteral("check"), source.location());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("employees: 9")));
    REQUIRE(run(QStringLiteral("export"), source.location(), {QStringLiteral("--output"), first})
                .exitCode == 0);
    REQUIRE(run(QStringLiteral("import"), target.location(), {first}).exitCode == 0);
    REQUIRE(run(QStringLiteral("export"), target.location(), {QStringLiteral("--output"), second})
                .exitCode == 0);
    CHECK(contents(first) == contents(second));
    CHECK(run(QStringLiteral("summary"), source.location(),
              {QStringLiteral("--conversation"), QStringLiteral("1"), QStringLiteral("--output"),
               source.dir().filePath(QStringLiteral("s.md"))})
              .exitCode == 0);
    CHECK(run(QStringLiteral("handover"), source.location(),
              {QStringLiteral("--employee"), QStringLiteral("1"), QStringLiteral("--output"),
               source.dir().filePath(QStringLiteral("h.dialoog"))})
              .exitCode == 0);
    // No lock file and no backups: only what the commands were asked to write.
    CHECK(QDir(source.dir().path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot) ==
          QStringList({QStringLiteral("first.json"), QStringLiteral("h.dialoog"),
                       QStringLiteral("s.md"), QStringLiteral("second.json")}));

    const Run nowhere =
        run(QStringLiteral("check"), QStringLiteral("host=/nonexistent dbname=dialoog"));
    CHECK(nowhere.exitCode == 1);
    CHECK(nowhere.err.contains(QStringLiteral("cannot be reached")));
}

TEST_CASE("demo fills the database in the interface's language, or in the one --language names")
{
    QTemporaryDir dir;
    // The people's team, as the export has it: Dutch or English.
    const auto teamOf = [&dir](const QString &db) {
        const QString json = dir.filePath(QFileInfo(db).baseName() + QStringLiteral(".json"));
        REQUIRE(runDialoog({QStringLiteral("export"), QStringLiteral("--database"), db,
                            QStringLiteral("--output"), json})
                    .exitCode == 0);
        QFile file(json);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        if (text.contains("\"Klantenservice\"") && !text.contains("\"Customer Care\""))
            return QStringLiteral("nl");
        if (text.contains("\"Customer Care\"") && !text.contains("\"Klantenservice\""))
            return QStringLiteral("en");
        return QStringLiteral("mixed");
    };
    const auto demo = [&dir](const char *name, const QString &interface,
                             const QStringList &extra = {}) {
        const QString db = dir.filePath(QString::fromLatin1(name));
        const Run run = runDialoog(
            QStringList{QStringLiteral("demo"), QStringLiteral("--database"), db} + extra,
            languageEnvironment(interface, dir, true));
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        return db;
    };
    const QStringList dutch{QStringLiteral("--language"), QStringLiteral("nl")};
    const QStringList english{QStringLiteral("--language=en")};
    CHECK(teamOf(demo("dutch-ui.sqlite", QStringLiteral("nl"))) == QStringLiteral("nl"));
    CHECK(teamOf(demo("english-ui.sqlite", QStringLiteral("en"))) == QStringLiteral("en"));
    CHECK(teamOf(demo("asked-nl.sqlite", QStringLiteral("en"), dutch)) == QStringLiteral("nl"));
    CHECK(teamOf(demo("asked-en.sqlite", QStringLiteral("nl"), english)) == QStringLiteral("en"));

    const Run wrong = runDialoog({QStringLiteral("demo"), QStringLiteral("--database"),
                                  dir.filePath(QStringLiteral("never.sqlite")),
                                  QStringLiteral("--language"), QStringLiteral("de")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("--language takes en or nl")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("never.sqlite"))));
}
