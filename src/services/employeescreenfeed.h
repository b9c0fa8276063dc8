#pragma once

#include "core/employeescreencontent.h"

#include <QObject>
#include <QString>

namespace dialoog {

class ConversationDocument;

// Keeps the employee's read-along screen up to date with one open conversation: it
// follows every change to the document and the question being answered, and says when
// what the employee may see has changed (not on changes they may not see).
class EmployeeScreenFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmployeeScreenFeed)

public:
    // `language`: the one the conversation was opened in ("en", "nl").
    EmployeeScreenFeed(ConversationDocument &document, QString language, QObject *parent = nullptr);

    const EmployeeScreenContent &content() const { return m_content; }
    // The language the screen speaks: that of the conversation's questions, which is
    // what the two speak in; the one it was opened in while it has none.
    QString language() const;
    // The manager is answering the question with this id (0: none).
    void setCurrentQuestion(Id questionId);

signals:
    void changed();

private:
    void update();

    ConversationDocument &m_document;
    QString m_language;
    Id m_currentQuestion = 0;
    EmployeeScreenContent m_content;
};

} // namespace dialoog
