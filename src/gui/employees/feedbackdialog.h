#pragma once

#include "core/feedbackitem.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace dialoog {

// Feedback about an employee, added whenever it comes in: from whom, their relation,
// the date and what they said.
class FeedbackDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackDialog)

public:
    FeedbackDialog(const QString &employeeName, const QDate &today, QWidget *parent = nullptr);

    // The feedback as entered, for no conversation yet (conversationId 0).
    FeedbackItem feedback() const;

private:
    QLineEdit *m_from;
    QComboBox *m_relation;
    QDateEdit *m_date;
    QPlainTextEdit *m_text;
};

} // namespace dialoog
