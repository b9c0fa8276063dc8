#include "services/employeecommands.h"

#include "core/failure.h"
#include "services/employeedirectory.h"

namespace dialoog {

EmployeeCommand::EmployeeCommand(EmployeeDirectory *directory, std::optional<Employee> before,
                                 Employee after, const QString &text)
    : QUndoCommand(text), m_directory(directory), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void EmployeeCommand::undo()
{
    try {
        if (m_before) {
            m_directory->write(*m_before);
        } else {
            m_directory->erase(m_after.id);
        }
    } catch (const Failure &e) {
        setObsolete(true); // the stack cannot follow the store any more
        emit m_directory->failed(e.message());
    }
}

void EmployeeCommand::redo()
{
    if (std::exchange(m_applied, false))
        return;
    try {
        if (m_before)
            m_directory->write(m_after);
        else
            m_directory->restore(m_after);
    } catch (const Failure &e) {
        setObsolete(true);
        emit m_directory->failed(e.message());
    }
}

template <typename T> void RowAddedCommand<T>::undo()
{
    try {
        m_directory->removeRow(m_row);
    } catch (const Failure &e) {
        setObsolete(true);
        emit m_directory->failed(e.message());
    }
}

template <typename T> void RowAddedCommand<T>::redo()
{
    if (std::exchange(m_applied, false))
        return;
    try {
        m_directory->restoreRow(m_row);
    } catch (const Failure &e) {
        setObsolete(true);
        emit m_directory->failed(e.message());
    }
}

template class RowAddedCommand<InboxNote>;
template class RowAddedCommand<FeedbackItem>;

} // namespace dialoog
