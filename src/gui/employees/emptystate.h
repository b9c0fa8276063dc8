#pragma once

#include <QWidget>

namespace dialoog {

// What a new, empty database shows: what Dialoog is for and the first step to take.
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    explicit EmptyState(QWidget *parent = nullptr);

    // Read-only, neither first step can be taken.
    void setReadOnly(bool readOnly);

signals:
    void addEmployeeRequested();
    void sampleDataRequested();
};

} // namespace dialoog
