#pragma once

#include <QDialog>

class QLineEdit;

namespace dialoog {

// Asks for the team database's password when the server wants one. What is typed is
// kept in memory for this run only, never stored.
class PasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)

public:
    // `reason`: what the server said, in the user's words.
    explicit PasswordDialog(const QString &reason, QWidget *parent = nullptr);

    QString password() const;
    QLineEdit *field() const { return m_field; }

    // The password typed, or empty when the user cancelled.
    static QString ask(QWidget *parent, const QString &reason);

private:
    QLineEdit *m_field;
};

} // namespace dialoog
