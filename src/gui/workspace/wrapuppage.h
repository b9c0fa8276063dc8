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

class ActionItemsEditor;
class TextListEditor;

// Phase 4: the key points, agreements, action items with owner and due date, the
// next conversation (or an explicit "no follow-up"), and Finish.
class WrapUpPage final : public PhasePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrapUpPage)

public:
    explicit WrapUpPage(ConversationDocument &document, QWidget *parent = nullptr);

    QPlainTextEdit *summaryField() const { return m_summary; }
    QLineEdit *actionInput() const;
    QDateEdit *followUpEdit() const { return m_followUp; }
    QPushButton *finishButton() const { return m_finish; }
    QPushButton *calendarButton() const { return m_calendar; }
    QLabel *finishProblem() const { return m_problem; }
    QWidget *entryField() const override;

signals:
    void finishRequested();
    void previewRequested();
    void exportRequested();
    void calendarRequested();

protected:
    void refreshContent() override;

private:
    QWidget *createFollowUp();
    void addQuickDates(QHBoxLayout *row, QWidget *box);
    void setFollowUp(const QDate &date);

    QPlainTextEdit *m_summary = nullptr;
    TextListEditor *m_agreements = nullptr;
    ActionItemsEditor *m_actions = nullptr;
    QDateEdit *m_followUp = nullptr;
    QCheckBox *m_noFollowUp = nullptr;
    QPushButton *m_calendar = nullptr;
    QPushButton *m_finish = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace dialoog
