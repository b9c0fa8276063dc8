#pragma once

#include "core/energysignals.h"

#include <QFrame>
#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace dialoog {

// On the employee page: each early signal in plain words with the scores it came from,
// a Dismiss button for it, and the suggestion to plan a check-in sooner. Hidden when
// there are none. It only shows and forwards; dismissing is the directory's (undoable).
class SignalPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalPanel)

public:
    explicit SignalPanel(QWidget *parent = nullptr);

    // True when the keyboard focus was on a row that went (the page gives it a new place).
    bool setSignals(const std::vector<EnergySignal> &raised, bool readOnly);
    // The Dismiss buttons, in order: the page puts them in its Tab order.
    const std::vector<QPushButton *> &dismissButtons() const { return m_buttons; }
    // What the panel says, for tests and screen readers.
    QString text() const;

signals:
    void dismissRequested(const QString &signal);

private:
    bool clear();
    QWidget *row(const EnergySignal &signal, bool readOnly);

    QLabel *m_heading;
    QVBoxLayout *m_rows;
    QLabel *m_suggestion;
    std::vector<QPushButton *> m_buttons;
    std::vector<QWidget *> m_rowWidgets;
};

} // namespace dialoog
