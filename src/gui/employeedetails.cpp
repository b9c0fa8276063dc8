#include "employeedetails.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace dialoog {

EmployeeDetails::EmployeeDetails(QWidget *parent)
    : QWidget(parent), m_name(new QLabel(this)), m_facts(new QLabel(this)), m_conversations(new QLabel(this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_archive(new QPushButton(this))
{
    QFont headline = m_name->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.6);
    headline.setBold(true);
    m_name->setFont(headline);
    m_name->setWordWrap(true);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_conversations->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_archive);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_facts);
    layout->addSpacing(12);
    layout->addWidget(m_conversations);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_edit, &QPushButton::clicked, this, &EmployeeDetails::editRequested);
    connect(m_archive, &QPushButton::clicked, this, [this] { emit archiveRequested(!m_archived); });
    show(std::nullopt, 0);
}

void EmployeeDetails::show(const std::optional<Employee> &employee, int conversationCount)
{
    m_edit->setEnabled(employee.has_value());
    m_archive->setEnabled(employee.has_value());
    if (!employee) {
        m_name->setText(tr("No one selected"));
        m_facts->setText(tr("Choose someone in the list to see their details."));
        m_conversations->clear();
        m_archive->setText(tr("&Archive"));
        return;
    }
    const Employee &e = *employee;
    m_archived = e.archived;
    m_name->setText(e.name);
    const QLocale locale;
    QStringList facts;
    if (!e.role.isEmpty() || !e.team.isEmpty())
        facts << (e.team.isEmpty() ? e.role : e.role.isEmpty() ? e.team : tr("%1 · %2").arg(e.role, e.team));
    if (!e.email.isEmpty())
        facts << e.email;
    if (e.startDate.isValid())
        facts << tr("Started on %1").arg(locale.toString(e.startDate, QLocale::LongFormat));
    facts << tr("Conversation rhythm: every %1 weeks").arg(e.rhythmWeeks);
    if (e.archived)
        facts << tr("Archived: kept for the record, hidden from the list.");
    m_facts->setText(facts.join(QLatin1Char('\n')));
    m_conversations->setText(conversationCount == 0
                                 ? tr("No conversations yet.")
                                 : tr("Conversations so far: %1").arg(conversationCount));
    m_archive->setText(e.archived ? tr("&Restore") : tr("&Archive"));
}

} // namespace dialoog
