#include "gui/dialogs/passworddialog.h"
#include "gui/dialogs/teamdatabasedialog.h"
#include "guitestsupport.h"
#include "services/settings.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>

using namespace dialoog;

TEST_CASE("File → Open Team Database takes a server address, or nothing for one's own file, and "
          "never a password",
          "[teamdatabase]")
{
    TeamDatabaseDialog dialog(QStringLiteral("service=old"));
    CHECK(dialog.field()->text() == QStringLiteral("service=old"));
    const auto tryText = [&dialog](const QString &text) {
        dialog.setResult(QDialog::Rejected);
        dialog.field()->setText(text);
        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    };
    CHECK_FALSE(tryText(QStringLiteral("/home/me/dialoog.sqlite")));
    CHECK_FALSE(tryText(QStringLiteral("postgresql://me:secret@server/dialoog")));
    CHECK_FALSE(tryText(QStringLiteral("host=server dbname=dialoog password=secret")));
    // As libpq reads the address: a password anywhere in it, and only a password.
    CHECK_FALSE(tryText(QStringLiteral("postgresql://server/dialoog?password=secret")));
    CHECK_FALSE(tryText(QStringLiteral("host=server   password = 'a secret' dbname=dialoog")));
    CHECK(tryText(QStringLiteral("host=server dbname=password_history")));
    CHECK_FALSE(tryText(QStringLiteral("host=server password='unfinished")));
    CHECK(tryText(QStringLiteral("postgresql://passwordless@server/dialoog")));
    CHECK(
        tryText(QStringLiteral("  postgresql://server.example.org/dialoog?sslmode=verify-full ")));
    CHECK(dialog.connection() ==
          QStringLiteral("postgresql://server.example.org/dialoog?sslmode=verify-full"));
    CHECK(tryText(QStringLiteral("service=dialoog")));
    CHECK(tryText(QString()));
}

TEST_CASE("the team database chosen is remembered; an empty one goes back to one's own file",
          "[teamdatabase]")
{
    QSettings().clear();
    Settings settings;
    CHECK(settings.teamDatabase().isEmpty());
    settings.setTeamDatabase(QStringLiteral(" service=dialoog "));
    CHECK(Settings().teamDatabase() == QStringLiteral("service=dialoog"));
    settings.setTeamDatabase(QString());
    CHECK(Settings().teamDatabase().isEmpty());
}

TEST_CASE("the password dialog hides what is typed and hands it over", "[teamdatabase]")
{
    PasswordDialog dialog(QStringLiteral("The server asks for your password."));
    CHECK(dialog.field()->echoMode() == QLineEdit::Password);
    dialog.field()->setText(QStringLiteral("s3cret"));
    CHECK(dialog.password() == QStringLiteral("s3cret"));
    bool shown = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        shown = shown || label->text() == QStringLiteral("The server asks for your password.");
    CHECK(shown);
}
