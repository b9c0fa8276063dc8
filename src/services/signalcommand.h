#pragma once

#include "core/domainenums.h"

#include <QDate>
#include <QUndoCommand>
#include <optional>

namespace dialoog {

class EmployeeDirectory;

// Putting an early signal aside: undo puts back the dismissal as it was before (none, or
// an older one), redo dismisses again. Already applied when pushed.
class SignalDismissCommand final : public QUndoCommand
{
public:
    SignalDismissCommand(EmployeeDirectory *directory, Id employeeId, QString signal,
                         std::optional<QDate> before, QDate after, const QString &text);

    void undo() override;
    void redo() override;

private:
    void apply(const std::optional<QDate> &on);

    EmployeeDirectory *m_directory;
    Id m_employeeId;
    QString m_signal;
    std::optional<QDate> m_before;
    QDate m_after;
    bool m_applied = true;
};

} // namespace dialoog
