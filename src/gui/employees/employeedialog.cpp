#include "gui/employees/employeedialog.h"

#include "gui/platform/textfit.h"
#include "services/settings.h"
#include "ui_employeedialog.h"

#include <QPushButton>

namespace dialoog {

namespace {
// QDateEdit cannot be empty; its minimum date stands for "not known".
const QDate unknownDate(1900, 1, 1);
} // namespace

EmployeeDialog::EmployeeDialog(const Employee &employee, const QStringList &teams, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EmployeeDialog>()), m_employee(employee)
{
    m_ui->setupUi(this);
    setWindowTitle(employee.id == 0 ? tr("New Employee") : tr("Edit %1").arg(employee.name));
    m_ui->teamCombo->addItems(teams);
    m_ui->nameEdit->setText(employee.name);
    m_ui->roleEdit->setText(employee.role);
    m_ui->teamCombo->setCurrentText(employee.team);
    m_ui->emailEdit->setText(employee.email);
    m_ui->startDateEdit->setMinimumDate(unknownDate);
    m_ui->startDateEdit->setDate(employee.startDate.isValid() ? employee.startDate : unknownDate);
    m_ui->rhythmSpin->setValue(employee.rhythmWeeks);
    // 0 follows the default in Preferences, whatever it becomes later.
    const int checkInDefault = Settings().defaultCheckInWeeks();
    m_ui->checkInSpin->setSpecialValueText(
        checkInDefault == 1 ? tr("default (every week)")
                            : tr("default (every %1 weeks)").arg(checkInDefault));
    m_ui->checkInSpin->setValue(employee.checkInWeeks);
    m_ui->problemLabel->setVisible(false);
    // Wide enough for a long name and a normal e-mail address, in this font.
    fitLineEdit(m_ui->nameEdit, {sampleFullName()});
    fitLineEdit(m_ui->roleEdit);
    fitLineEdit(m_ui->emailEdit, {sampleEmailAddress()});
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &EmployeeDialog::updateAcceptable);
    updateAcceptable();
}

EmployeeDialog::~EmployeeDialog() = default;

void EmployeeDialog::updateAcceptable()
{
    const bool hasName = !m_ui->nameEdit->text().trimmed().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(hasName);
    m_ui->problemLabel->setText(tr("A name is needed."));
    m_ui->problemLabel->setVisible(!hasName && m_ui->nameEdit->isModified());
}

Employee EmployeeDialog::employee() const
{
    Employee e = m_employee;
    e.name = m_ui->nameEdit->text().trimmed();
    e.role = m_ui->roleEdit->text().trimmed();
    e.team = m_ui->teamCombo->currentText().trimmed();
    e.email = m_ui->emailEdit->text().trimmed();
    const QDate start = m_ui->startDateEdit->date();
    e.startDate = start == unknownDate ? QDate() : start;
    e.rhythmWeeks = m_ui->rhythmSpin->value();
    e.checkInWeeks = m_ui->checkInSpin->value();
    return e;
}

} // namespace dialoog
