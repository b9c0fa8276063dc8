// The team server commands of the real dialoog executable, as an administrator and a
// manager type them, against the test cluster (DIALOOG_TEST_PGHOST).
#include "pgtestsupport.h"

#include <QProcess>
#include <QTemporaryDir>

using dialoog::test::ScratchServer;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(DIALOOG_BINARY), arguments);
    REQUIRE(process.waitForFinished(60000));
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

TEST_CASE("an administrator sets a server up and a manager moves their file onto it, on the "
          "command line")
{
    ScratchServer server;
    const QString admin = server.adminUri();
    const std::string anna = server.roleName("anna");
    const std::string bert = server.roleName("bert");
    const std::string hanna = server.roleName("hanna");
    const Run init = run(
        {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--database"), admin});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("Set up the team server")));
    CHECK(
        run({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--database"), admin})
            .out.contains(QStringLiteral("up to date")));
    for (const auto &[role, hr] : {std::pair{anna, false}, {bert, false}, {hanna, true}}) {
        QStringList arguments{QStringLiteral("server"), QStringLiteral("add-manager"),
                              QStringLiteral("--database"), admin, q(role)};
        if (hr)
            arguments << QStringLiteral("--hr");
        const Run added = run(arguments);
        CHECK(added.exitCode == 0);
        CHECK(added.out.contains(QStringLiteral("\\password %1").arg(q(role))));
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("anna.sqlite"));
    REQUIRE(run({QStringLiteral("demo"), QStringLiteral("--database"), file}).exitCode == 0);
    const Run moved = run({QStringLiteral("move"), QStringLiteral("--from"), file,
                           QStringLiteral("--to"), server.uri(anna)});
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.out.contains(QStringLiteral("Moved")));
    const int employees = std::stoi(server.connect(anna).value("SELECT count(*) FROM employee"));
    CHECK(employees > 0);
    CHECK(server.connect(bert).value("SELECT count(*) FROM employee") == "0");
    CHECK(std::stoi(server.connect(hanna).value("SELECT count(*) FROM hr_overview")) > 0);
    // The window's commands work on the server as anna, and the administrator hands over.
    const Run check = run({QStringLiteral("export"), QStringLiteral("--database"), server.uri(anna),
                           QStringLiteral("--output"), QStringLiteral("-")});
    CHECK(check.exitCode == 0);
    const std::string first = server.connect(anna).value("SELECT min(id) FROM employee");
    const Run reassigned =
        run({QStringLiteral("server"), QStringLiteral("reassign"), QStringLiteral("--database"),
             admin, QStringLiteral("--employee"), q(first), QStringLiteral("--to"), q(bert)});
    INFO(reassigned.err.toStdString());
    CHECK(reassigned.exitCode == 0);
    CHECK(server.connect(bert).value("SELECT count(*) FROM employee") == "1");
    // The second move of the same file is refused and adds nothing.
    const Run again = run({QStringLiteral("move"), QStringLiteral("--from"), file,
                           QStringLiteral("--to"), server.uri(anna)});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("nothing was moved")));
    CHECK(std::stoi(server.connect(anna).value("SELECT count(*) FROM employee")) == employees - 1);
}

TEST_CASE("PostgreSQL's client library is loaded when a server is first used")
{
    ScratchServer server;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DIALOOG_BINARY),
                  {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--database"),
                   server.adminUri()});
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 0);
    CHECK(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("libpq.so.5")));
}

TEST_CASE("the server commands refuse what is wrong in one line")
{
    const Run noDatabase = run({QStringLiteral("server"), QStringLiteral("init")});
    CHECK(noDatabase.exitCode == 2);
    CHECK(noDatabase.err.contains(QStringLiteral("--database")));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("x.sqlite"));
    const Run onFile =
        run({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--database"), file});
    CHECK(onFile.exitCode == 1);
    CHECK(onFile.err.contains(QStringLiteral("not a team server")));
    CHECK(run({QStringLiteral("server"), QStringLiteral("frobnicate"), QStringLiteral("--database"),
               file})
              .exitCode == 2);
    CHECK(run({QStringLiteral("server"), QStringLiteral("reassign"), QStringLiteral("--database"),
               file, QStringLiteral("--to"), QStringLiteral("b")})
              .exitCode == 2);
    CHECK(run({QStringLiteral("move"), QStringLiteral("--from"), file}).exitCode == 2);
    const Run badName = run({QStringLiteral("server"), QStringLiteral("add-manager"),
                             QStringLiteral("--database"), QStringLiteral("postgresql:///x"),
                             QStringLiteral("Robert'); DROP TABLE employee; --")});
    CHECK(badName.exitCode == 1);
    CHECK(badName.err.contains(QStringLiteral("not a role name")));
}
