#pragma once

#include "core/domainenums.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <array>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace dialoog {

class ActionRegistry;
class ConflictBar;
class ContextPanel;
class ConversationDocument;
class NotesPanel;
class PhaseBar;
class PhasePage;
class Settings;
class AppServices;
class SummaryActions;
class CalendarActions;
class SignOffActions;
class EmployeeScreenToggle;

// The window a manager keeps open while preparing and holding one conversation:
// the phase bar, one page per phase, live notes and the context of earlier
// conversations. It saves by itself; closing it saves at once.
class WorkspaceWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceWindow)

public:
    // Throws Failure when the conversation cannot be loaded.
    WorkspaceWindow(AppServices &services, Settings &settings, Id conversationId,
                    const QString &language, QWidget *parent = nullptr);
    ~WorkspaceWindow() override;

    ConversationDocument &document() const { return *m_document; }
    PhaseBar *phaseBar() const { return m_phaseBar; }
    // The page of a phase, built when first asked for (so also when first shown).
    PhasePage *page(Phase phase);
    PhasePage *currentPage() const;
    // The docks are filled first, if the window has not painted yet.
    NotesPanel *notes() const;
    ContextPanel *context() const;
    SummaryActions *summary() const { return m_summary; }
    CalendarActions *calendar() const { return m_calendar; }
    // View → Show to Employee and the read-along screen it opens.
    EmployeeScreenToggle *employeeScreen() const { return m_employeeScreen; }
    QLabel *correctionBanner() const { return m_correctionBanner; }
    // The bar shown when another computer saved this conversation first.
    ConflictBar *conflictBar() const { return m_conflictBar; }
    QString saveStateText() const;
    // The banner shown while the database is read-only (null when it is not).
    QLabel *readOnlyBanner() const { return m_readOnlyBanner; }
    Id employeeId() const { return m_employeeId; }
    // Every action of the window, by id (WorkspaceActionId).
    ActionRegistry &actionRegistry() const { return *m_actions; }

    void finishOrExplain();
    void showPhase(Phase phase);

signals:
    // The conversation was saved: lists elsewhere may show something new. The employee's
    // list row (and early signals) only when `overviewChanged`: not after a note alone.
    void conversationSaved(dialoog::Id employeeId, bool overviewChanged);
    // Quit (Ctrl+Q) was chosen here: whoever owns the window quits the application.
    void quitRequested();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    PhasePage *buildPage(Phase phase);
    void connectPage(PhasePage *page);
    void turnTo(Phase phase);
    Phase shownPhase() const;
    void createCentral();
    void createDocks(AppServices &services);
    void fillDocks() const;
    void startClock();
    void connectParts();
    void fillPages();
    void createActions();
    void createPhaseActions(QMenu *conversation);
    void createConversationActions(QMenu *conversation, QAction *finish);
    void addQuit(QMenu *menu);
    void createOtherMenus();
    void createViewMenu();
    void createNotesMenu();
    void landInPage();
    void refresh();
    void updateCorrectionBanner();
    void updateSaveState();
    void reloadAfterConflict(bool showNote);
    void updateElapsed();

    std::unique_ptr<ConversationDocument> m_document;
    AppServices &m_services;
    QString m_language;
    Id m_employeeId = 0;
    PhaseBar *m_phaseBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    // Built on first sight: opening a conversation built and laid out all four.
    std::array<PhasePage *, 4> m_pageList{};
    NotesPanel *m_notes;
    ContextPanel *m_context;
    SummaryActions *m_summary;
    CalendarActions *m_calendar;
    SignOffActions *m_signOff;
    EmployeeScreenToggle *m_employeeScreen = nullptr;
    QLabel *m_saveState = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    bool m_readOnly = false;
    QLabel *m_elapsed = nullptr;
    QLabel *m_correctionBanner = nullptr;
    ConflictBar *m_conflictBar = nullptr;
    QElapsedTimer m_meeting;
    int m_plannedMinutes = 0;
    ActionRegistry *m_actions = nullptr;
    bool m_checkIn = false; // one screen, no phases
};

} // namespace dialoog
