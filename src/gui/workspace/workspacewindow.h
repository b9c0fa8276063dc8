#pragma once

#include "core/conversationsession.h"
#include "core/domainenums.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <array>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTimer;

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
//
// Built in two steps, so that a window can be made ready before anyone asks for it
// (ConversationWindows keeps one spare): first what every conversation shares (menus,
// actions, docks, bars), then bind() gives it its one conversation. A window is bound
// once in its life and goes when closed, so nothing of one conversation can ever show
// in another's window.
class WorkspaceWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceWindow)

public:
    // Throws Failure when the conversation cannot be loaded.
    WorkspaceWindow(AppServices &services, Settings &settings, Id conversationId,
                    const QString &language, QWidget *parent = nullptr);
    // A window without a conversation yet, hidden until bind().
    WorkspaceWindow(AppServices &services, Settings &settings, QWidget *parent = nullptr);
    ~WorkspaceWindow() override;

    // Makes the docks' panels, the wrap-up page, the native window and the style's look
    // of every part, still hidden: what an opening then only fills.
    void prepare();
    // Shows `document` (read by AppServices::openConversation) here: the title, the pages,
    // the docks, undo. Once per window; the window is then deleted when it closes.
    void bind(std::unique_ptr<ConversationDocument> document, const QString &language);
    bool isBound() const { return m_document != nullptr; }

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
    // The notes and earlier conversations are filled and painted: the window is whole.
    void shownWhole();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PhasePage *buildPage(Phase phase);
    void connectPage(PhasePage *page);
    void turnTo(Phase phase);
    Phase shownPhase() const;
    void createCentral();
    void bindCentral();
    void createDocks();
    void bindDocks();
    void bindPages();
    void fillDocks() const;
    void fillDocksAfterPaint();
    void startClock();
    void connectParts();
    void connectDocument();
    void bindActions();
    void fillPages();
    void createActions();
    void createPhaseActions(QMenu *conversation);
    void createConversationActions(QMenu *conversation, QAction *finish);
    void addQuit(QMenu *menu);
    void createOtherMenus();
    void createViewMenu();
    void createNotesMenu();
    void landInPage();
    void refresh(ConversationSession::Change change = ConversationSession::Change::Record);
    void updateCorrectionBanner();
    void updateSaveState();
    void reloadAfterConflict(bool showNote);
    void updateElapsed();

    std::unique_ptr<ConversationDocument> m_document;
    AppServices &m_services;
    Settings &m_settings;
    QString m_language;
    Id m_employeeId = 0;
    PhaseBar *m_phaseBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    // Built on first sight: opening a conversation built and laid out all four.
    std::array<PhasePage *, 4> m_pageList{};
    // Built but not yet shown: filled (and locked when read-only) when first asked for.
    std::array<bool, 4> m_fresh{};
    NotesPanel *m_notes = nullptr;
    ContextPanel *m_context = nullptr;
    QDockWidget *m_notesDock = nullptr;
    QDockWidget *m_contextDock = nullptr;
    SummaryActions *m_summary = nullptr;
    CalendarActions *m_calendar = nullptr;
    SignOffActions *m_signOff = nullptr;
    QMenu *m_conversationMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_notesMenu = nullptr;
    QAction *m_finish = nullptr;
    QAction *m_guide = nullptr;
    QTimer *m_clock = nullptr;
    EmployeeScreenToggle *m_employeeScreen = nullptr;
    QLabel *m_saveState = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    bool m_readOnly = false;
    bool m_painted = false;
    QLabel *m_elapsed = nullptr;
    QLabel *m_correctionBanner = nullptr;
    ConflictBar *m_conflictBar = nullptr;
    QElapsedTimer m_meeting;
    int m_plannedMinutes = 0;
    ActionRegistry *m_actions = nullptr;
    bool m_checkIn = false; // one screen, no phases
};

} // namespace dialoog
