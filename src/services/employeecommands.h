#pragma once

#include "core/employee.h"
#include "core/feedbackitem.h"
#include "core/inboxnote.h"

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

// One row added about an employee (a note for next time, feedback): undo removes it,
// redo puts it back under its id. The row is already written when the command is pushed.
template <typename T> class RowAddedCommand final : public QUndoCommand
{
public:
    RowAddedCommand(EmployeeDirectory *directory, T row, const QString &text)
        : QUndoCommand(text), m_directory(directory), m_row(std::move(row))
    {
    }

    void undo() override;
    void redo() override;

private:
    EmployeeDirectory *m_directory;
    T m_row;
    bool m_applied = true;
};

extern template class RowAddedCommand<InboxNote>;
extern template class RowAddedCommand<FeedbackItem>;

} // namespace dialoog
