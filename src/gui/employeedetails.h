#pragma once

#include "core/employee.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace dialoog {

// The right pane: who the selected employee is, and what can be done with them.
class EmployeeDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmployeeDetails)

public:
    explicit EmployeeDetails(QWidget *parent = nullptr);

    void show(const std::optional<Employee> &employee, int conversationCount);

signals:
    void editRequested();
    void archiveRequested(bool archive);

private:
    QLabel *m_name;
    QLabel *m_facts;
    QLabel *m_conversations;
    QPushButton *m_edit;
    QPushButton *m_archive;
    bool m_archived = false;
};

} // namespace dialoog
