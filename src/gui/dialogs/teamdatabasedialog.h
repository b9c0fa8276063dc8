#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace dialoog {

// File → Open Team Database…: where the team's PostgreSQL database is, as a URI or
// service=NAME. Empty goes back to one's own file. Never a password: libpq's own means
// (~/.pgpass, Kerberos, certificates) hold that, or Dialoog asks when the server wants it.
class TeamDatabaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamDatabaseDialog)

public:
    explicit TeamDatabaseDialog(const QString &current, QWidget *parent = nullptr);

    QString connection() const;
    QLineEdit *field() const { return m_field; }

    void accept() override;

private:
    QLineEdit *m_field;
    QLabel *m_problem;
};

} // namespace dialoog
