#pragma once

#include "core/employee.h"

#include <QDialog>
#include <memory>

namespace Ui {
class EmployeeDialog;
}

namespace dialoog {

// Asks for an employee's details, for adding a new one or editing one.
class EmployeeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmployeeDialog)

public:
    EmployeeDialog(const Employee &employee, const QStringList &teams, QWidget *parent = nullptr);
    ~EmployeeDialog() override;

    Employee employee() const;

private:
    void updateAcceptable();

    std::unique_ptr<Ui::EmployeeDialog> m_ui;
    Employee m_employee;
};

} // namespace dialoog
