#include "testdatabase.h"

#include "store/database.h"
#include "store/postgres/pgschema.h"
#include "store/postgres/serversetup.h"
#include "store/schema.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace dialoog::test {
namespace {

QString serverHost()
{
    const QString host = qEnvironmentVariable("DIALOOG_TEST_PGHOST");
    // Never a quiet skip: a PostgreSQL run without its server would pass while testing
    // nothing.
    if (host.isEmpty())
        throw std::runtime_error(
            "DIALOOG_TEST_BACKEND=postgres, but DIALOOG_TEST_PGHOST is not set: start a "
            "cluster with eval \"$(scripts/pg-cluster start)\" (scripts/test does)");
    return host;
}

QString address(const QString &database, const QString &user)
{
    return QStringLiteral("host='%1' dbname='%2' user='%3'").arg(serverHost(), database, user);
}

QString adminUser()
{
    const QString admin = qEnvironmentVariable("DIALOOG_TEST_PGADMIN");
    return admin.isEmpty() ? QStringLiteral("postgres") : admin;
}

constexpr const char *roles = R"sql(
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dialoog_owner') THEN
        CREATE ROLE dialoog_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dialoog_manager') THEN
        CREATE ROLE dialoog_manager NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dialoog_test_manager') THEN
        CREATE ROLE dialoog_test_manager LOGIN IN ROLE dialoog_manager;
    END IF;
END $$)sql";

// The schema as `dialoog server init` leaves it, row-level security included: the store
// and services suites run as a manager under the same rules as on a real server.
void buildTemplate(const QString &name)
{
    Database db(Database::Server{address(name, adminUser()), {}});
    postgres::initialiseServer(db);
}

// The template for this schema, made once per cluster; ctest runs cases side by side,
// so the making is serialised by an advisory lock.
QString templateName(Database &admin)
{
    const QString name = QStringLiteral("dialoog_test_template_secured_v%1_%2")
                             .arg(schema::currentVersion())
                             .arg(qulonglong(postgres::schemaFingerprint()), 0, 16);
    admin.exec("SELECT pg_advisory_lock(1145848935)");
    try {
        admin.exec(roles);
        Statement exists(admin, "SELECT count(*) FROM pg_database WHERE datname = ?");
        exists.bind(1, name);
        if (exists.step() && exists.int64(0) == 0) {
            const std::string building = name.toStdString() + "_building";
            admin.exec("DROP DATABASE IF EXISTS " + building);
            admin.exec("CREATE DATABASE " + building + " OWNER dialoog_owner");
            buildTemplate(QString::fromStdString(building));
            admin.exec("ALTER DATABASE " + building + " RENAME TO " + name.toStdString());
        }
    } catch (...) {
        admin.execQuietly("SELECT pg_advisory_unlock(1145848935)");
        throw;
    }
    admin.exec("SELECT pg_advisory_unlock(1145848935)");
    return name;
}

} // namespace

bool TestDatabase::onServer()
{
    return qEnvironmentVariable("DIALOOG_TEST_BACKEND") == QLatin1String("postgres");
}

TestDatabase::TestDatabase(const QString &fileName)
{
    if (!onServer()) {
        m_location = m_dir.filePath(fileName);
        return;
    }
    static int made = 0;
    m_name = QStringLiteral("dialoog_test_%1_%2").arg(::getpid()).arg(++made);
    Database admin(Database::Server{adminAddress(QStringLiteral("postgres")), {}});
    const QString from = templateName(admin);
    admin.exec("CREATE DATABASE " + m_name.toStdString() + " TEMPLATE " + from.toStdString() +
               " OWNER dialoog_owner");
    m_location = address(m_name, QLatin1String(managerRole));
}

TestDatabase::~TestDatabase()
{
    if (m_name.isEmpty())
        return;
    try {
        Database admin(Database::Server{adminAddress(QStringLiteral("postgres")), {}});
        admin.exec("DROP DATABASE IF EXISTS " + m_name.toStdString() + " WITH (FORCE)");
    } catch (...) {
        // The cluster goes with the run; a database left behind only takes room.
    }
}

QString TestDatabase::adminAddress(const QString &database) const
{
    return address(database.isEmpty() ? m_name : database, adminUser());
}

} // namespace dialoog::test
