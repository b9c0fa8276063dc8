#pragma once

#include "core/preparationrequest.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dialoog {

// Asks an employee for a self-reflection, or colleagues for feedback, by a mail the
// user's own mail client drafts, by copied text, or on a printed form.
class PreparationRequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreparationRequestDialog)

public:
    PreparationRequestDialog(PreparationRequest::Kind kind, const ConversationRecord &record,
                             const QString &managerName, QWidget *parent = nullptr);

    QStringList recipients() const;
    bool openInMail();
    void copyText();
    bool saveForm();

private:
    void showStatus(const QString &text);

    PreparationRequest m_request;
    QLineEdit *m_recipients;
    QLabel *m_status;
};

} // namespace dialoog
