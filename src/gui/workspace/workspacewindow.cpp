#include "gui/workspace/workspacewindow.h"

#include "core/signoff.h"
#include "gui/platform/actionregistry.h"
#include "gui/platform/groupboxframe.h"
#include "gui/platform/helpwindow.h"
#include "gui/platform/menuicons.h"
#include "gui/platform/messagebox.h"
#include "gui/platform/scrollbarbands.h"
#include "gui/platform/shortcutoverview.h"
#include "gui/platform/titleicons.h"
#include "gui/preparation/preparationpage.h"
#include "gui/summary/calendaractions.h"
#include "gui/summary/summaryactions.h"
#include "gui/widgets/readonlyview.h"
#include "gui/widgets/steadytext.h"
#include "gui/widgets/straytypingguard.h"
#include "gui/widgets/wrappedlabel.h"
#include "gui/workspace/checkinpage.h"
#include "gui/workspace/conflictbar.h"
#include "gui/workspace/contextpanel.h"
#include "gui/workspace/employeescreentoggle.h"
#include "gui/workspace/goalspage.h"
#include "gui/workspace/notespanel.h"
#include "gui/workspace/phasebar.h"
#include "gui/workspace/questionspage.h"
#include "gui/workspace/signoffactions.h"
#include "gui/workspace/workspaceactionids.h"
#include "gui/workspace/wrapuppage.h"
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/settings.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QBackingStore>
#include <QCloseEvent>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPainter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <utility>

namespace dialoog {

WorkspaceWindow::WorkspaceWindow(AppServices &services, Settings &settings, Id conversationId,
                                 const QString &language, QWidget *parent)
    : WorkspaceWindow(services, settings, parent)
{
    bind(services.openConversation(conversationId, language), language);
}

// Everything that is the same for every conversation: menus, actions, docks, bars. A
// conversation is shown by bind(); until then the window stays hidden.
WorkspaceWindow::WorkspaceWindow(AppServices &services, Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_settings(settings)
{
    // Kerning and ligatures are cosmetic in Latin text and are left out here, as in the
    // employee list (scripts that need shaping still get it): shaping the labels, buttons
    // and rows was a fifth of the instructions to the window's first paint. Set before
    // the parts are made, so that fonts they derive (bold, smaller) keep it.
    QFont plain = font();
    plain.setStyleStrategy(QFont::PreferNoShaping);
    setFont(plain);
    m_phaseBar = new PhaseBar(this);
    m_pages = new QStackedWidget(this);
    m_saveState = new QLabel(this);
    m_elapsed = new QLabel(this);
    m_correctionBanner = new WrappedLabel(this); // sized once per width, as the layout asks often
    m_conflictBar = new ConflictBar(this);
    m_summary = new SummaryActions(
        services.outputs(), settings, [this] { return m_document->record().conversation.id; }, this,
        [this] { m_document->saveNow(); });
    // Saved first: the follow-up date just chosen is what plans the next conversation.
    m_calendar = new CalendarActions(
        services.outputs(), settings, [this] { return m_document->record().conversation.id; }, this,
        [this] { m_document->saveNow(); });
    connect(m_calendar, &CalendarActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    createCentral();
    createDocks();
    startClock();
    createActions();
    connectParts();
    resize(1280, 800);
}

void WorkspaceWindow::prepare()
{
    // The docks' panels, the wrap-up page (where a conversation held before opens) and the
    // preparation page (where a new one opens), in the order an opening makes them, so
    // that Tab goes through them as it did.
    m_notes = new NotesPanel(m_notesDock);
    m_notesDock->setWidget(m_notes);
    m_context = new ContextPanel(m_services.earlier(), m_contextDock);
    m_contextDock->setWidget(m_context);
    // Beside the stack, hidden, until asked for: in it, the stack would size every page
    // it holds at the window's first show.
    for (PhasePage *page : {static_cast<PhasePage *>(new WrapUpPage(m_pages)),
                            static_cast<PhasePage *>(new PreparationPage(m_pages))}) {
        const auto index = std::size_t(phaseIndex(page->phase()));
        m_pageList[index] = page;
        m_fresh[index] = true;
        connectPage(page);
        page->hide();
    }
    // The native window and the style's look of every part, made now rather than when
    // a conversation is opened in it.
    create();
    ensurePolished(); // its parts too
    // The image the window is painted into, made at the size the window opens at and
    // written once: on X11 a shared memory segment that the server makes (a round trip)
    // and whose pages the first paint would otherwise fault in one by one. The first
    // paint covers every pixel, so what is written here is never seen.
    QBackingStore *store = backingStore();
    if (store && store->size() != size())
        store->resize(size());
    if (store) {
        store->beginPaint(QRegion(rect()));
        if (QPaintDevice *image = store->paintDevice()) {
            QPainter painter(image);
            painter.fillRect(rect(), palette().window());
        }
        store->endPaint();
    }
}

void WorkspaceWindow::bind(std::unique_ptr<ConversationDocument> document, const QString &language)
{
    Q_ASSERT(!m_document); // a window shows one conversation in its life
    m_document = std::move(document);
    m_language = language;
    m_readOnly = m_services.isReadOnly();
    m_plannedMinutes = m_settings.plannedMinutes();
    // Closed, it goes (and its conversation is saved); a window not yet bound stays.
    setAttribute(Qt::WA_DeleteOnClose);
    const ConversationRecord &r = m_document->record();
    m_employeeId = r.employee.id;
    m_checkIn = r.conversation.kind == ConversationKind::CheckIn;
    setWindowTitle(
        (m_checkIn ? tr("Check-in with %1 — %2[*]") : tr("%1 — %2[*]"))
            .arg(r.employee.name, QLocale().toString(r.conversation.date(), QLocale::LongFormat)));
    m_signOff = new SignOffActions(*m_document, m_services.outputs(), *m_summary, this);
    connect(m_signOff, &SignOffActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    m_employeeScreen = new EmployeeScreenToggle(*m_document, language, this);
    bindCentral();
    bindDocks();
    bindPages();
    bindActions();
    connectDocument();
    fillPages();
    updateSaveState();
    m_meeting.start();
    m_clock->start(1000);
    updateElapsed();
    // Words typed while the focus is on a table or a button go to the note line.
    new StrayTypingGuard(this, m_notes->input());
    landInPage();
}

// The phase bar and the banners above the page in sight.
void WorkspaceWindow::createCentral()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_phaseBar);
    // Looking back is free; changing a conversation held earlier is a correction, and says so.
    m_correctionBanner->setObjectName(QStringLiteral("correctionBanner"));
    m_correctionBanner->setFrameShape(QFrame::StyledPanel);
    m_correctionBanner->setMargin(8);
    m_correctionBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_correctionBanner->setForegroundRole(QPalette::ToolTipText);
    m_correctionBanner->setAutoFillBackground(true);
    m_correctionBanner->setAccessibleName(tr("Later corrections"));
    layout->addWidget(m_correctionBanner);
    layout->addWidget(m_conflictBar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

// What the conversation and the database say above the page.
void WorkspaceWindow::bindCentral()
{
    if (m_readOnly) {
        m_readOnlyBanner = ReadOnlyView::banner(m_services.readOnlyReason(), centralWidget());
        static_cast<QVBoxLayout *>(centralWidget()->layout())->insertWidget(0, m_readOnlyBanner);
    }
    m_phaseBar->setVisible(!m_checkIn); // a check-in is one screen, with no phases to walk
}

PhasePage *WorkspaceWindow::buildPage(Phase phase)
{
    if (m_checkIn)
        return new CheckInPage(*m_document, this);
    switch (phase) {
    case Phase::Preparation:
        return new PreparationPage(*m_document, this);
    case Phase::Goals:
        return new GoalsPage(*m_document, this);
    case Phase::Questions:
        return new QuestionsPage(*m_document, m_services.questionBank(), m_language, this);
    case Phase::WrapUp:
    case Phase::Finished:
        break;
    }
    return new WrapUpPage(*m_document, this);
}

// What a page asks of the window, wired when the page is built.
void WorkspaceWindow::connectPage(PhasePage *page)
{
    if (const auto *questions = qobject_cast<QuestionsPage *>(page)) {
        connect(questions, &QuestionsPage::answerFocused, m_context,
                &ContextPanel::showEarlierAnswers);
        connect(questions, &QuestionsPage::answerFocused, m_employeeScreen,
                &EmployeeScreenToggle::setCurrentQuestion);
    }
    if (const auto *checkIn = qobject_cast<CheckInPage *>(page)) {
        connect(checkIn, &CheckInPage::finishRequested, this, &WorkspaceWindow::finishOrExplain);
        connect(checkIn, &CheckInPage::previewRequested, m_summary, &SummaryActions::preview);
        connect(checkIn, &CheckInPage::exportRequested, m_summary,
                &SummaryActions::exportWithDialog);
    }
    if (const auto *wrapUp = qobject_cast<WrapUpPage *>(page)) {
        connect(wrapUp, &WrapUpPage::finishRequested, this, &WorkspaceWindow::finishOrExplain);
        connect(wrapUp, &WrapUpPage::previewRequested, m_summary, &SummaryActions::preview);
        connect(wrapUp, &WrapUpPage::exportRequested, m_summary, &SummaryActions::exportWithDialog);
        connect(wrapUp, &WrapUpPage::calendarRequested, m_calendar,
                &CalendarActions::addToCalendar);
        // Through the window: a page made ready comes before the conversation's sign-off.
        connect(wrapUp, &WrapUpPage::sendToEmployeeRequested, this,
                [this] { m_signOff->sendToEmployee(); });
        connect(wrapUp, &WrapUpPage::pasteResponseRequested, this,
                [this] { m_signOff->pasteResponse(); });
    }
}

// Notes on the right, earlier conversations on the left; their panels come with the
// conversation (bindDocks).
void WorkspaceWindow::createDocks()
{
    m_notesDock = new QDockWidget(tr("Notes"), this);
    m_notesDock->setObjectName(QStringLiteral("notes"));
    m_notesDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_notesDock);
    m_contextDock = new QDockWidget(tr("Earlier"), this);
    m_contextDock->setObjectName(QStringLiteral("context"));
    addDockWidget(Qt::LeftDockWidgetArea, m_contextDock);
    keepTitleIcons(m_notesDock);
    keepTitleIcons(m_contextDock);
}

void WorkspaceWindow::bindDocks()
{
    if (m_notes) { // made ready
        m_notes->bind(*m_document);
        m_context->bind(*m_document);
    } else {
        m_notes = new NotesPanel(*m_document, m_notesDock);
        m_notesDock->setWidget(m_notes);
        m_context = new ContextPanel(*m_document, m_services.earlier(), m_contextDock);
        m_contextDock->setWidget(m_context);
    }
    resizeDocks({m_contextDock, m_notesDock}, {260, 320}, Qt::Horizontal);
}

// The pages made ready take the conversation; a check-in has a page of its own instead.
void WorkspaceWindow::bindPages()
{
    for (PhasePage *&page : m_pageList) {
        if (!page)
            continue;
        if (m_checkIn) {
            delete page;
            page = nullptr;
            m_fresh.fill(false);
        } else {
            page->bind(*m_document);
        }
    }
}

// How long the conversation has been open, beside the planned length.
void WorkspaceWindow::startClock()
{
    // Fixed in size (setSteadyText): a shorter text keeps to the right, beside the next.
    for (QLabel *label : {m_elapsed, m_saveState}) {
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        statusBar()->addPermanentWidget(label);
    }
    m_clock = new QTimer(this); // started with the conversation
    connect(m_clock, &QTimer::timeout, this, &WorkspaceWindow::updateElapsed);
}

void WorkspaceWindow::connectParts()
{
    connect(m_phaseBar, &PhaseBar::phaseRequested, this, &WorkspaceWindow::showPhase);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        if (currentPage())
            currentPage()->catchUp();
    });
    connect(m_conflictBar, &ConflictBar::reloadRequested, this,
            [this] { reloadAfterConflict(false); });
    connect(m_conflictBar, &ConflictBar::keepAsNoteRequested, this,
            [this] { reloadAfterConflict(true); });
}

// The conversation's own signals: the window goes with its document, so no other
// conversation's can reach it.
void WorkspaceWindow::connectDocument()
{
    connect(&m_document->session(), &ConversationSession::changed, this, &WorkspaceWindow::refresh);
    connect(&m_document->session(), &ConversationSession::changed, this,
            &WorkspaceWindow::updateCorrectionBanner);
    connect(&m_document->session(), &ConversationSession::phaseChanged, this,
            &WorkspaceWindow::turnTo);
    connect(m_document.get(), &ConversationDocument::saveStateChanged, this,
            &WorkspaceWindow::updateSaveState);
    connect(m_document.get(), &ConversationDocument::saved, this, [this](bool overviewChanged) {
        emit conversationSaved(m_employeeId, overviewChanged);
    });
    connect(m_document.get(), &ConversationDocument::conflicted, m_conflictBar, &QWidget::show);
}

void WorkspaceWindow::reloadAfterConflict(bool showNote)
{
    if (!m_document->reloadKeepingText()) {
        statusBar()->showMessage(tr("Could not reload: %1").arg(m_document->lastError()), 8000);
        return; // the bar stays, and so does everything typed
    }
    m_conflictBar->hide();
    // Undo starts afresh at a reload: a step on it is the note that keeps the typed text.
    const bool kept = m_document->undoStack()->count() > 0;
    statusBar()->showMessage(
        kept ? tr("Reloaded. What you typed is kept as a private note.") : tr("Reloaded."), 8000);
    if (showNote && kept) {
        QListWidget *list = notes()->list();
        list->setCurrentRow(list->count() - 1);
        list->setFocus();
    }
}

// At the phase the conversation is in; the other pages are built when first shown.
void WorkspaceWindow::fillPages()
{
    updateCorrectionBanner();
    refresh();
    turnTo(m_document->session().phase());
    if (m_readOnly)
        ReadOnlyView::lock(m_notes);
}

WorkspaceWindow::~WorkspaceWindow() = default;

void WorkspaceWindow::updateCorrectionBanner()
{
    const ConversationSession &session = m_document->session();
    const Conversation &c = session.record().conversation;
    m_correctionBanner->setVisible(session.isCorrecting());
    if (!session.isCorrecting())
        return;
    const QLocale locale;
    QString text = tr("This conversation was held on %1. Changes you make now are recorded as "
                      "later corrections.")
                       .arg(locale.toString(c.heldDate, QLocale::LongFormat));
    if (SignOffRules::isSigned(c.signOff))
        text = SignOffRules::describe(c, locale) + QStringLiteral(". ") +
               tr("Changing the report now records a correction and moves it back to "
                  "\"sent\", to be signed again.");
    if (c.correctedOn.isValid())
        text +=
            QLatin1Char(' ') +
            tr("Last corrected on %1.").arg(locale.toString(c.correctedOn, QLocale::LongFormat));
    m_correctionBanner->setText(text);
}

void WorkspaceWindow::createActions()
{
    m_actions = new ActionRegistry(this);
    m_conversationMenu = menuBar()->addMenu(tr("&Conversation"));
    m_finish = m_conversationMenu->addAction(tr("&Finish Conversation"));
    createConversationActions(m_conversationMenu, m_finish);
}

// What differs by conversation: a check-in has no phases and no sign-off; undo is the
// conversation's own; the read-only database takes no notes.
void WorkspaceWindow::bindActions()
{
    if (m_checkIn) {
        m_finish->setText(tr("&Finish Check-in"));
        m_guide->setText(tr("Guide to &Check-ins"));
    } else {
        createPhaseActions(m_conversationMenu);
        m_signOff->addTo(m_summary->menu(), *m_actions);
    }
    m_finish->setEnabled(!m_readOnly);
    m_notesMenu->setEnabled(!m_readOnly);
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    // While typing, the text field's own undo would answer first; the conversation's
    // undo covers everything, so it takes the shortcut for the whole window.
    undo->setShortcutContext(Qt::WindowShortcut);
    redo->setShortcutContext(Qt::WindowShortcut);
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_actions->add(WorkspaceActionId::Undo, undo);
    m_actions->add(WorkspaceActionId::Redo, redo);
    m_viewMenu->addAction(m_employeeScreen->action());
    m_actions->add(WorkspaceActionId::ShowToEmployee, m_employeeScreen->action());
}

// Go to each phase, and to the next or previous one.
void WorkspaceWindow::createPhaseActions(QMenu *conversation)
{
    // At the top of the menu, above Finish.
    const auto add = [this, conversation](const QString &text) {
        auto *action = new QAction(text, this);
        conversation->insertAction(m_finish, action);
        return action;
    };
    for (std::size_t i = 0; i < conversationPhases.size(); ++i) {
        QAction *go = add(displayName(conversationPhases[i]));
        m_actions->add(WorkspaceActionId::phase(conversationPhases[i]), go);
        go->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + int(i))));
        connect(go, &QAction::triggered, this, [this, i] { showPhase(conversationPhases[i]); });
    }
    conversation->insertSeparator(m_finish);
    QAction *next = add(tr("&Next Phase"));
    m_actions->add(WorkspaceActionId::NextPhase, next);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(next, &QAction::triggered, this, [this] {
        ConversationSession &session = m_document->session();
        if (session.isFinished() ||
            m_readOnly) // browse the pages; a finished conversation stays finished
            showPhase(conversationPhases[std::size_t(std::min(phaseIndex(shownPhase()) + 1, 3))]);
        else if (session.phase() == Phase::WrapUp)
            finishOrExplain();
        else
            session.next();
        landInPage();
    });
    QAction *previous = add(tr("&Previous Phase"));
    m_actions->add(WorkspaceActionId::PreviousPhase, previous);
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previous, &QAction::triggered, this, [this] {
        if (m_document->session().isFinished() || m_readOnly)
            showPhase(conversationPhases[std::size_t(std::max(phaseIndex(shownPhase()) - 1, 0))]);
        else
            m_document->session().previous();
        landInPage();
    });
    conversation->insertSeparator(m_finish);
}

void WorkspaceWindow::createConversationActions(QMenu *conversation, QAction *finish)
{
    m_actions->add(WorkspaceActionId::Finish, finish);
    finish->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(finish, &QAction::triggered, this, &WorkspaceWindow::finishOrExplain);
    QAction *save = conversation->addAction(tr("&Save Now"));
    m_actions->add(WorkspaceActionId::Save, save);
    save->setShortcut(QKeySequence::Save);
    save->setStatusTip(tr("Everything is saved by itself; this only does it at once"));
    connect(save, &QAction::triggered, this, [this] { m_document->saveNow(); });
    conversation->addSeparator();
    QAction *close = conversation->addAction(tr("&Close"));
    m_actions->add(WorkspaceActionId::Close, close);
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    addQuit(conversation);

    menuBar()->addMenu(m_summary->menu());
    conversation->insertAction(close, m_calendar->addAction());
    conversation->insertAction(close, m_calendar->saveAction());
    conversation->insertSeparator(close);
    auto *icons = new MenuIcons(this);
    m_calendar->setIconsIn(*icons);
    icons->watch(conversation);
    m_summary->registerIn(*m_actions);
    m_actions->add(WorkspaceActionId::AddToCalendar, m_calendar->addAction());
    m_actions->add(WorkspaceActionId::SaveInvite, m_calendar->saveAction());
    createOtherMenus();
}

// Quit here as in the main window: the application goes, every conversation saved
// first. The main window does it, as it owns all conversation windows.
void WorkspaceWindow::addQuit(QMenu *menu)
{
    QAction *quit = menu->addAction(tr("&Quit"));
    m_actions->add(WorkspaceActionId::Quit, quit);
    // Ctrl+Q also where the platform has no key of its own for Quit, as in the main window.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        keys << QKeySequence(Qt::CTRL | Qt::Key_Q);
    quit->setShortcuts(keys);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &WorkspaceWindow::quitRequested);
}

// Edit, Notes and Help.
void WorkspaceWindow::createOtherMenus()
{
    m_editMenu = menuBar()->addMenu(tr("&Edit")); // undo and redo come with the conversation
    createViewMenu();

    createNotesMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_guide = help->addAction(tr("Guide to This &Phase"), this, [this] {
        static const std::array<const char *, 4> sections = {"preparation", "goals", "questions",
                                                             "wrapup"};
        HelpWindow::showSection(
            this, m_checkIn ? QStringLiteral("checkin")
                            : QString::fromLatin1(sections[std::size_t(phaseIndex(shownPhase()))]));
    });
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_actions->add(WorkspaceActionId::Guide, m_guide);
    m_actions->add(WorkspaceActionId::Shortcuts,
                   help->addAction(tr("&Keyboard Shortcuts"), this,
                                   [this] { ShortcutOverview(*m_actions, this).exec(); }));
}

void WorkspaceWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View")); // Show to Employee comes with the conversation
}

// Writing a note, its kinds, and Esc back to the note line.
void WorkspaceWindow::createNotesMenu()
{
    QMenu *notes = menuBar()->addMenu(tr("&Notes"));
    m_notesMenu = notes;
    QAction *focus = notes->addAction(tr("&Write a Note"));
    m_actions->add(WorkspaceActionId::WriteNote, focus);
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(focus, &QAction::triggered, this,
            [this] { m_notes->input()->setFocus(Qt::ShortcutFocusReason); });
    const std::array<std::tuple<QString, QKeySequence, NoteKind>, 3> turns = {{
        {tr("Note as &Action Item"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
         NoteKind::ActionItem},
        {tr("Note as A&greement"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
         NoteKind::Agreement},
        {tr("Note as &Private Note"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
         NoteKind::PrivateNote},
    }};
    for (const auto &[text, keys, kind] : turns) {
        QAction *action = notes->addAction(text);
        m_actions->add(WorkspaceActionId::noteAs(kind), action);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, [this, kind = kind] { m_notes->choose(kind); });
    }
    // Esc outside a dialog: back to where notes are typed (a kind set there is cleared first).
    QAction *back = notes->addAction(tr("&Back to the Note Line"));
    m_actions->add(WorkspaceActionId::BackToNoteLine, back);
    back->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(back, &QAction::triggered, this, [this] { m_notes->escape(); });
}

PhasePage *WorkspaceWindow::page(Phase phase)
{
    // A check-in's one page stands for every phase.
    const std::size_t index = m_checkIn ? 0 : std::size_t(phaseIndex(phase));
    PhasePage *&page = m_pageList[index];
    if (!page) {
        page = buildPage(phase);
        connectPage(page);
        m_fresh[index] = true;
    }
    if (m_pages->indexOf(page) < 0) // built now, or made ready beside the stack
        m_pages->addWidget(page);
    if (std::exchange(m_fresh[index], false)) {
        // Filled before the read-only lock, which covers the widgets there are then.
        page->catchUp();
        if (m_readOnly)
            ReadOnlyView::lock(page);
    }
    page->catchUp(); // who asks for a page sees it as the record is now
    return page;
}

// The notes and the earlier conversations, shown once the window is on screen: laying
// their texts out came before the first paint and took most of the time to open.
void WorkspaceWindow::fillDocks() const
{
    m_notes->load();
    m_context->load();
}

NotesPanel *WorkspaceWindow::notes() const
{
    fillDocks();
    return m_notes;
}

ContextPanel *WorkspaceWindow::context() const
{
    fillDocks();
    return m_context;
}

PhasePage *WorkspaceWindow::currentPage() const
{
    return static_cast<PhasePage *>(m_pages->currentWidget());
}

Phase WorkspaceWindow::shownPhase() const
{
    return currentPage()->phase();
}

void WorkspaceWindow::turnTo(Phase phase)
{
    m_pages->setCurrentWidget(page(phase));
}

void WorkspaceWindow::showPhase(Phase phase)
{
    if (!m_readOnly) // a phase change is saved; read-only, the pages are only browsed
        m_document->session().goTo(phase); // refused when finished: the page is shown all the same
    turnTo(phase);
    m_phaseBar->update(m_document->session());
    landInPage();
}

// Ready to type: the field the page says comes next, else the note line. Never a table,
// whose keyboard search would swallow the words.
void WorkspaceWindow::landInPage()
{
    PhasePage *page = currentPage();
    QWidget *field = page->entryField();
    if (!field)
        field = m_notes->input();
    else
        page->ensureWidgetVisible(field);
    // Not as Tab does: that would select a goal's text for the next key to replace.
    field->setFocus(Qt::OtherFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->end(false);
    // A score still "not asked" is replaced by the digit typed.
    if (auto *box = qobject_cast<QAbstractSpinBox *>(field))
        box->selectAll();
}

void WorkspaceWindow::finishOrExplain()
{
    if (m_readOnly)
        return;
    ConversationSession &session = m_document->session();
    if (session.isFinished()) {
        session.reopen();
        return;
    }
    if (m_checkIn) {
        if (m_document->finish())
            statusBar()->showMessage(tr("Check-in held. It is on the timeline."), 8000);
        return;
    }
    auto *wrapUp = static_cast<WrapUpPage *>(page(Phase::WrapUp));
    session.goTo(Phase::WrapUp);
    if (m_document->finish()) {
        statusBar()->showMessage(tr("Conversation finished. The next one is in the list."), 8000);
        return;
    }
    wrapUp->finishProblem()->setText(
        tr("Before finishing: %1").arg(session.missingToFinish().join(QLatin1Char(' '))));
    wrapUp->finishProblem()->setVisible(true);
}

void WorkspaceWindow::refresh(ConversationSession::Change change)
{
    // A note shows in the notes panel alone; the pages, the phase bar and the earlier
    // items stay as they are. Filling the page in sight again took a millisecond at every
    // Enter, and repainted its number boxes.
    if (change == ConversationSession::Change::Notes) {
        m_notes->refresh();
        return;
    }
    m_phaseBar->update(m_document->session());
    for (PhasePage *page : m_pageList) {
        if (!page) // built from the record as it is then
            continue;
        if (page == currentPage())
            page->refresh();
        else
            page->invalidate();
    }
    m_notes->refresh();
    m_context->refresh();
}

QString WorkspaceWindow::saveStateText() const
{
    return m_saveState->text();
}

void WorkspaceWindow::updateSaveState()
{
    switch (m_document->saveState()) {
    case ConversationDocument::SaveState::Saved:
        setSteadyText(m_saveState, m_document->lastSaved().isValid()
                                       ? tr("Saved %1")
                                             .arg(QLocale().toString(m_document->lastSaved().time(),
                                                                     QStringLiteral("HH:mm:ss")))
                                       : tr("All changes saved"));
        m_saveState->setToolTip(QString());
        break;
    case ConversationDocument::SaveState::Pending:
        setSteadyText(m_saveState, tr("Saving…"));
        break;
    case ConversationDocument::SaveState::Failed:
        setSteadyText(m_saveState, tr("Not saved: %1").arg(m_document->lastError()));
        m_saveState->setToolTip(tr("Your text is kept here and saved as soon as possible."));
        break;
    case ConversationDocument::SaveState::Conflict:
        setSteadyText(m_saveState, tr("Not saved: saved on another computer first"));
        m_saveState->setToolTip(tr("Your text is kept here until you reload."));
        break;
    }
    // The title's mark says the text is not safe: a save failed or was refused. A save on
    // its way is said in the bar; marking the title for it too made the title, and the
    // taskbar with it, flicker at every note, and cost two title changes on the X server.
    const auto state = m_document->saveState();
    const bool unsafe = state == ConversationDocument::SaveState::Failed ||
                        state == ConversationDocument::SaveState::Conflict;
    if (unsafe != isWindowModified())
        setWindowModified(unsafe);
}

void WorkspaceWindow::updateElapsed()
{
    const qint64 seconds = m_meeting.elapsed() / 1000;
    const QString open =
        tr("Open for %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    // A guide only: the planned length split over the four phases; it never interrupts.
    if (m_checkIn)
        setSteadyText(m_elapsed, tr("%1 of about 20 min").arg(open));
    else if (m_plannedMinutes > 0)
        setSteadyText(m_elapsed, tr("%1 of %2 min (about %3 min a phase)")
                                     .arg(open)
                                     .arg(m_plannedMinutes)
                                     .arg(m_plannedMinutes / 4));
    else
        setSteadyText(m_elapsed, open);
}

void WorkspaceWindow::changeEvent(QEvent *event)
{
    // Leaving the window (to mail, to another program) is a natural pause: save now.
    if (event->type() == QEvent::ActivationChange && !isActiveWindow() && m_document)
        m_document->saveNow();
    // The docks' title icons and the pages' group box frames are kept under Fusion alone:
    // they follow a new application style.
    if (event->type() == QEvent::StyleChange) {
        for (QDockWidget *dock : findChildren<QDockWidget *>())
            keepTitleIcons(dock);
        for (QGroupBox *box : findChildren<QGroupBox *>())
            keepGroupBoxFrame(box);
        if (m_notes)
            paintInBands(m_notes->list()->verticalScrollBar());
    }
    QMainWindow::changeEvent(event);
}

bool WorkspaceWindow::event(QEvent *event)
{
    // The docks are filled once the window is on screen: the window opens at once, and
    // the notes and what came before follow a moment later.
    if (event->type() == QEvent::Paint && m_document && !std::exchange(m_painted, true))
        QTimer::singleShot(0, this, &WorkspaceWindow::fillDocksAfterPaint);
    return QMainWindow::event(event);
}

void WorkspaceWindow::fillDocksAfterPaint()
{
    if (m_context->isLoaded()) { // asked for before (notes(), context()): on screen already
        emit shownWhole();
        return;
    }
    fillDocks();
    m_context->installEventFilter(this); // its next paint shows what it was filled with
}

bool WorkspaceWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_context && event->type() == QEvent::Paint) {
        m_context->removeEventFilter(this);
        // Queued: once the paint is done and the loop is idle again.
        QTimer::singleShot(0, this, &WorkspaceWindow::shownWhole);
    }
    return QMainWindow::eventFilter(watched, event);
}

void WorkspaceWindow::closeEvent(QCloseEvent *event)
{
    if (!m_document) { // a window kept ready holds nothing to save
        event->accept();
        return;
    }
    if (!m_document->saveNow()) {
        MessageBox::warning(this, tr("Not saved"),
                            tr("This conversation could not be saved: %1\nThe window stays open so "
                               "nothing is lost.")
                                .arg(m_document->lastError()));
        event->ignore();
        return;
    }
    emit conversationSaved(m_employeeId, true);
    event->accept();
}

} // namespace dialoog
