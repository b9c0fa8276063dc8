#pragma once

#include "core/energysignals.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <vector>

namespace dialoog {

// How early signals are marked wherever a person is listed (the employee list, the
// rhythm view, the team view): one drawn mark, a line falling to an arrow, that differs
// from the rhythm's marks in shape and not only in colour, and the words behind it.
class SignalMark final
{
    Q_DECLARE_TR_FUNCTIONS(dialoog::SignalMark)

public:
    // Drawn once per process; empty for no signals.
    static QIcon icon();
    // "Signal: Energy fell from 4 to 2 since 12 October." for a tooltip; empty for none.
    static QString toolTip(const std::vector<EnergySignal> &raised);
    // The name as a screen reader says it: "Anna de Vries, 1 signal".
    static QString accessibleName(const QString &name, const std::vector<EnergySignal> &raised);
};

} // namespace dialoog
