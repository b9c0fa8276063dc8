#pragma once

#include "core/employee.h"

#include <QUndoCommand>

#include <optional>

namespace dialoog {

class EmployeeDirectory;

// One undoable change to an employee: add (no "before"), edit or archive.
// The change is already applied when the command is pushed.
class EmployeeCommand final : public QUndoCommand
{
public:
    EmployeeCommand(EmployeeDirectory *directory, std::optional<Employee> before, Employee after,
                    const QString &text);

    void undo() override;
    void redo() override;

private:
    EmployeeDirectory *m_directory;
    std::optional<Employee> m_before;
    Employee m_after;
    bool m_applied = true;
};

} // namespace dialoog
