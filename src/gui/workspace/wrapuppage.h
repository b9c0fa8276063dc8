#pragma once

#include "core/actionitem.h"
#include "gui/workspace/phasepage.h"
#include "gui/workspace/shown.h"

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace dialoog {

class NextCheckInRow;
class OptionalDateEdit;
class SignOffPanel;
class ActionItemsEditor;
class TextListEditor;

// Phase 4: the key points, agreements, action items with owner and due date, the
// next conversation (or an explicit "no follow-up"), the next check-in, and Finish.
class WrapUpPage final : public PhasePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrapUpPage)

public:
    explicit WrapUpPage(ConversationDocument &document, QWidget *parent = nullptr);
    // Without a conversation yet (a window made ready in idle time): bind() gives it one.
    explicit WrapUpPage(QWidget *parent);

    QPlainTextEdit *summaryField() const { return m_summary; }
    QLineEdit *actionInput() const;
    QDateEdit *followUpEdit() const;
    QDateEdit *nextCheckInEdit() const;
    QPushButton *finishButton() const { return m_finish; }
    QPushButton *calendarButton() const { return m_calendar; }
    QLabel *finishProblem() const { return m_problem; }
    SignOffPanel *signOffPanel() const { return m_signOff; }
    QWidget *entryField() const override;

signals:
    void finishRequested();
    void previewRequested();
    void exportRequested();
    void calendarRequested();
    void sendToEmployeeRequested();
    void pasteResponseRequested();

protected:
    void refreshContent() override;
    void bindContent() override;

private:
    QWidget *createFollowUp();
    void addQuickDates(QHBoxLayout *row, QWidget *box);
    void setFollowUp(const QDate &date);
    NextCheckInRow *createNextCheckIn(QWidget *box);
    static QHBoxLayout *labelledRow(const QString &label, QWidget *field, QWidget *box);
    void setNextCheckIn(const QDate &date);
    QDate conversationDay() const;
    void showRhythm();

    QPlainTextEdit *m_summary = nullptr;
    TextListEditor *m_agreements = nullptr;
    ActionItemsEditor *m_actions = nullptr;
    OptionalDateEdit *m_followUp = nullptr;
    QCheckBox *m_noFollowUp = nullptr;
    NextCheckInRow *m_nextCheckIn = nullptr;
    QPushButton *m_calendar = nullptr;
    // The quick date of the employee's own rhythm, and its days.
    QPushButton *m_rhythm = nullptr;
    int m_rhythmDays = 0;
    QPushButton *m_finish = nullptr;
    QLabel *m_problem = nullptr;
    SignOffPanel *m_signOff = nullptr;
};

} // namespace dialoog
