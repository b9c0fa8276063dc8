#include "services/signalcommand.h"

#include "core/failure.h"
#include "services/employeedirectory.h"

namespace dialoog {

SignalDismissCommand::SignalDismissCommand(EmployeeDirectory *directory, Id employeeId,
                                           QString signal, std::optional<QDate> before, QDate after,
                                           const QString &text)
    : QUndoCommand(text), m_directory(directory), m_employeeId(employeeId),
      m_signal(std::move(signal)), m_before(before), m_after(after)
{
}

void SignalDismissCommand::apply(const std::optional<QDate> &on)
{
    try {
        m_directory->setSignalDismissed(m_employeeId, m_signal, on);
    } catch (const Failure &e) {
        setObsolete(true); // the stack cannot follow the store any more
        emit m_directory->failed(e.message());
    }
}

void SignalDismissCommand::undo()
{
    apply(m_before);
}

void SignalDismissCommand::redo()
{
    if (std::exchange(m_applied, false))
        return;
    apply(m_after);
}

} // namespace dialoog
