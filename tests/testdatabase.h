#pragma once

#include <QString>
#include <QTemporaryDir>

namespace dialoog::test {

// Where a test's database lives: a file in a fresh temporary folder, or, when the suite
// runs with DIALOOG_TEST_BACKEND=postgres, a fresh database on the test cluster
// (DIALOOG_TEST_PGHOST, see scripts/pg-cluster), made from a template that holds the
// schema and dropped with this object. The store connects to it as a manager's login
// role: never as the owner of the tables, never as a superuser.
class TestDatabase final
{
public:
    explicit TestDatabase(const QString &fileName = QStringLiteral("dialoog.sqlite"));
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // Whether this run is the PostgreSQL one.
    static bool onServer();
    // The login role the store connects as on the server.
    static constexpr const char *managerRole = "dialoog_test_manager";
    // A connection to the server as its superuser, for a test that must look behind the
    // store's back (`database`: a database name; empty: this test's database).
    QString adminAddress(const QString &database = {}) const;

    // What to open: the file's path, or the server's key=value connection text.
    const QString &location() const { return m_location; }
    // The temporary folder (for the files a test writes beside its database).
    const QTemporaryDir &dir() const { return m_dir; }

private:
    QTemporaryDir m_dir;
    QString m_name; // on a server: the database's name
    QString m_location;
};

} // namespace dialoog::test
