#include "gui/dialogs/teamdatabasedialog.h"

#include "services/databaseopener.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dialoog {

TeamDatabaseDialog::TeamDatabaseDialog(const QString &current, QWidget *parent)
    : QDialog(parent), m_field(new QLineEdit(current, this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Open Team Database"));
    auto *explain = new QLabel(
        tr("Where your organisation's Dialoog database is, as your administrator gave it: "
           "for example postgresql://server.example.org/dialoog or service=dialoog. Leave it "
           "empty to work in your own file again. Dialoog opens it from the next start."),
        this);
    explain->setWordWrap(true);
    m_field->setPlaceholderText(QStringLiteral("postgresql://server/dialoog"));
    m_field->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("&Database:"), this);
    label->setBuddy(m_field);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(label);
    layout->addWidget(m_field);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QString TeamDatabaseDialog::connection() const
{
    return m_field->text().trimmed();
}

void TeamDatabaseDialog::accept()
{
    const QString text = connection();
    QString problem;
    if (!text.isEmpty() && !DatabaseOpener::isServer(text))
        problem = tr("This is not a database server: write it as postgresql://… or service=….");
    // A password kept in the settings would lie on disk in plain text.
    else if (DatabaseOpener::holdsPassword(text))
        problem = tr("Leave the password out: Dialoog asks for it when the server wants it, or "
                     "takes it from ~/.pgpass.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace dialoog
