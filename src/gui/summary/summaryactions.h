#pragma once

#include "core/domainenums.h"
#include "report/summarydocument.h"
#include "report/summaryoptions.h"

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QWidget;

class QPrinter;

namespace dialoog {

class ActionRegistry;
class Settings;
class ConversationOutputs;

// Print preview, print, export (PDF, HTML, Markdown) and copy of a conversation's
// summary, with the choices that shape it: the employee's copy, private notes, the
// signature block. Used by the workspace and, for earlier conversations, the main window.
class SummaryActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryActions)

public:
    // `conversation` names the conversation to summarise (0: none); `beforeUse` runs
    // first, so that what was just typed is in the summary.
    SummaryActions(ConversationOutputs &outputs, Settings &settings,
                   std::function<Id()> conversation, QWidget *parent,
                   std::function<void()> beforeUse = {});

    QMenu *menu() const { return m_menu; }
    QAction *previewAction() const { return m_preview; }
    QAction *exportAction() const { return m_export; }
    QAction *copyAction() const { return m_copy; }
    void setEnabled(bool enabled);
    // Registers every action of the menu under "summary.*" ids.
    void registerIn(ActionRegistry &registry) const;

    SummaryOptions options() const;
    SummaryDocument build() const;
    void preview();
    void print();
    bool exportTo(const QString &path);
    void exportWithDialog();
    void copy();

private:
    // Builds the summary and a printer set up for it, then hands both to `use`; a
    // summary that cannot be built is told to the user.
    void withPrinter(const std::function<void(const SummaryDocument &, QPrinter &)> &use);
    void setIncludePrivate(bool include);

    ConversationOutputs &m_outputs;
    Settings &m_settings;
    std::function<Id()> m_conversation;
    std::function<void()> m_beforeUse;
    QWidget *m_parent;
    QMenu *m_menu;
    QAction *m_preview;
    QAction *m_print;
    QAction *m_export;
    QAction *m_copy;
    QAction *m_employeeCopy;
    QAction *m_includePrivate;
    QAction *m_signatures;
    QString m_language; // "": the application's
};

} // namespace dialoog
