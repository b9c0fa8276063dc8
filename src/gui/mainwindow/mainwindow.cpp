#include "gui/mainwindow/mainwindow.h"

#include "core/failure.h"
#include "gui/dialogs/questionbankdialog.h"
#include "gui/dialogs/teamdatabasedialog.h"
#include "gui/employees/employeeactions.h"
#include "gui/employees/employeelistmodel.h"
#include "gui/employees/employeelistpanel.h"
#include "gui/employees/employeepage.h"
#include "gui/employees/emptystate.h"
#include "gui/mainwindow/actionids.h"
#include "gui/mainwindow/firstpaint.h"
#include "gui/mainwindow/panewidth.h"
#include "gui/platform/actionregistry.h"
#include "gui/platform/helpwindow.h"
#include "gui/platform/menuicons.h"
#include "gui/platform/messagebox.h"
#include "gui/platform/shortcutoverview.h"
#include "gui/preferences/preferencesdialog.h"
#include "gui/rhythm/overduelink.h"
#include "gui/rhythm/rhythmdock.h"
#include "gui/rhythm/rhythmpanel.h"
#include "gui/search/searchdock.h"
#include "gui/search/searchpanel.h"
#include "gui/summary/calendaractions.h"
#include "gui/summary/summaryactions.h"
#include "gui/wellbeing/teamwindow.h"
#include "gui/widgets/readonlyview.h"
#include "gui/workspace/conversationwindows.h"
#include "gui/workspace/workspacewindow.h"
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/employeedirectory.h"
#include "services/indexupkeep.h"
#include "services/settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dialoog {

MainWindow::MainWindow(AppServices &services, Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_directory(services.employees()),
      m_settings(settings), m_model(new EmployeeListModel(services.employees(), this)),
      m_stack(new QStackedWidget(this)), m_splitter(new QSplitter(this)),
      m_list(new EmployeeListPanel(m_model, this)), m_page(new EmployeePage(this)),
      m_searchPanel(new SearchPanel(services.search(), this)),
      m_searchDock(new SearchDock(m_searchPanel, this)), m_actions(new ActionRegistry(this)),
      m_menuIcons(new MenuIcons(this)),
      m_employees(new EmployeeActions(
          services, m_model, settings, m_list, [this] { return readOnly(); },
          [this](Id id) { return m_conversations->close(id); }, this)),
      m_conversations(new ConversationWindows(
          services.employees(), m_list, m_page, [this] { return readOnly(); },
          {[this] { return buildWorkspace(); },
           [this](WorkspaceWindow *workspace, Id id) { return bindWorkspace(workspace, id); },
           [this] { return m_settings.spareWorkspace(); }},
          this))
{
    setWindowTitle(tr("Dialoog"));
    // The search index is merged only while the user leaves Dialoog alone (IndexUpkeep).
    services.indexUpkeep().watchInputOf(qApp);
    m_model->setDefaultCheckInWeeks(settings.defaultCheckInWeeks());
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_page);
    // The page gives way before the list, whose columns say whom to see next.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_splitter);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (readOnly()) {
        m_readOnlyBanner = ReadOnlyView::banner(m_services.readOnlyReason(), central);
        layout->addWidget(m_readOnlyBanner);
        m_page->setReadOnly(true);
    }
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    createDocks();
    createActions();
    createMenus();
    connectParts();

    resize(1200, 760);
    m_splitter->setSizes({560, 640});
    restoreGeometry(m_settings.mainWindowGeometry());
    restoreState(m_settings.mainWindowState());
    m_splitter->restoreState(m_settings.mainSplitterState());
    m_actions->action(ActionId::ShowArchived)->setChecked(m_settings.showArchived());
    // The rhythm view, left open last time, needs everyone at the first paint: the whole
    // list then comes first (without the early signals, which follow after the paint).
    if (!m_rhythmDock->isHidden() && !m_model->isComplete())
        m_directory.reload();
    // Its currentChanged fills the page (updateState), once.
    m_list->selectFirstIfNone();
}

// The search and rhythm panes on the right, and the overdue link in the status bar.
void MainWindow::createDocks()
{
    addDockWidget(Qt::RightDockWidgetArea, m_searchDock);
    m_searchDock->hide();
    connect(m_searchPanel, &SearchPanel::hitActivated, this, &MainWindow::openSearchHit);

    m_rhythmDock = new RhythmDock(m_model, this);
    addDockWidget(Qt::RightDockWidgetArea, m_rhythmDock);
    // Both panes share the right side as tabs rather than squeezing each other.
    tabifyDockWidget(m_searchDock, m_rhythmDock);
    m_rhythmDock->hide();
    connect(m_rhythmDock->panel(), &RhythmPanel::employeeActivated, m_list,
            &EmployeeListPanel::selectAndFocus);
    m_overdue = new OverdueLink(this);
    connect(m_overdue, &QLabel::linkActivated, this, &MainWindow::showRhythm);
    statusBar()->addPermanentWidget(m_overdue);
}

void MainWindow::connectParts()
{
    connect(m_employees, &EmployeeActions::failed, this, &MainWindow::showFailure);
    connect(m_employees, &EmployeeActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_list, &EmployeeListPanel::currentChanged, this, &MainWindow::updateState);
    connect(m_list, &EmployeeListPanel::neededWidthChanged, this,
            [this](int width) { widenFirstPane(m_splitter, width); });
    connect(m_list, &EmployeeListPanel::activated, m_conversations,
            &ConversationWindows::openSelectedOrNew);
    connect(m_page, &EmployeePage::editRequested, m_employees, &EmployeeActions::edit);
    connect(m_page, &EmployeePage::archiveRequested, m_employees, &EmployeeActions::toggleArchived);
    connect(m_page, &EmployeePage::newConversationRequested, m_conversations,
            &ConversationWindows::startNew);
    connect(m_page, &EmployeePage::newCheckInRequested, m_conversations,
            &ConversationWindows::startCheckIn);
    connect(m_page, &EmployeePage::openConversationRequested, this, &MainWindow::openConversation);
    connect(m_page, &EmployeePage::dismissSignalRequested, &m_directory,
            &EmployeeDirectory::dismissSignal);
    connect(&m_directory, &EmployeeDirectory::failed, this, &MainWindow::showFailure);
    connect(&m_directory, &EmployeeDirectory::employeeAdded, m_list, &EmployeeListPanel::select);
    connect(&m_directory, &EmployeeDirectory::employeeChanged, this, [this](Id employee) {
        if (m_list->currentId() == employee)
            updateState();
    });
    const auto modelChanged = [this] { updateState(); };
    connect(m_model, &QAbstractItemModel::modelReset, this, modelChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, modelChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, modelChanged);
    connect(m_model, &EmployeeListModel::wholeListLoaded, this, &MainWindow::updateOverdue);
    // A conversation window made ready once the whole list is on screen.
    const auto prepareAfterList = [this] {
        afterFirstPaint(*m_list->view()->viewport(),
                        [this] { m_conversations->prepareSpareWhenIdle(); });
    };
    connect(m_model, &EmployeeListModel::wholeListLoaded, this, prepareAfterList);
    if (m_model->isComplete())
        prepareAfterList();
}

QAction *MainWindow::makeAction(const QString &id, const QString &text,
                                const QList<QKeySequence> &keys, const std::function<void()> &run)
{
    QAction *action = m_actions->create(id, text, keys);
    if (run)
        connect(action, &QAction::triggered, this, run);
    return action;
}

void MainWindow::createActions()
{
    using namespace ActionId;
    m_employees->createActions(*m_actions);
    makeAction(FindEmployee, tr("&Find Employee"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)},
               [this] { m_list->focusFilter(); });
    makeAction(SearchEverything, tr("&Search Everything…"),
               {QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_K)}, [this] { showSearch(); })
        ->setStatusTip(tr("Find a word in every note, answer, goal and agreement"));
    makeAction(ShowArchived, tr("Show &Archived Employees"), {}, {})->setCheckable(true);
    connect(m_actions->action(ShowArchived), &QAction::toggled, this, [this](bool show) {
        m_list->setShowArchived(show);
        m_settings.setShowArchived(show);
    });
    m_conversations->createActions(*m_actions);
    createApplicationActions();
    // The summary of the conversation selected on the employee's page, earlier ones included.
    m_summary = new SummaryActions(
        m_services.outputs(), m_settings, [this] { return m_page->selectedConversation(); }, this);
    m_summary->registerIn(*m_actions);
    // The invite for the selected conversation's next one (or the planned one itself).
    m_calendar = new CalendarActions(
        m_services.outputs(), m_settings, [this] { return m_page->selectedConversation(); }, this);
    connect(m_calendar, &CalendarActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_actions->add(AddToCalendar, m_calendar->addAction());
    m_actions->add(SaveInvite, m_calendar->saveAction());
    for (const auto &[id, icon] : {std::pair{NewEmployee, "contact-new"},
                                   {EditEmployee, "document-properties"},
                                   {SearchEverything, "edit-find"},
                                   {NewConversation, "document-new"},
                                   {OpenConversation, "document-open"},
                                   {Preferences, "preferences-system"},
                                   {Quit, "application-exit"}})
        m_menuIcons->set(m_actions->action(id), QString::fromLatin1(icon));
    m_calendar->setIconsIn(*m_menuIcons);
}

// The actions made elsewhere (undo, the panes' toggles), and those of the application.
void MainWindow::createApplicationActions()
{
    using namespace ActionId;
    m_actions->add(Undo, m_directory.undoStack()->createUndoAction(this, tr("&Undo")));
    m_actions->action(Undo)->setShortcut(QKeySequence::Undo);
    m_actions->add(Redo, m_directory.undoStack()->createRedoAction(this, tr("&Redo")));
    m_actions->action(Redo)->setShortcut(QKeySequence::Redo);
    QAction *rhythm = m_rhythmDock->toggleViewAction();
    m_actions->add(ShowRhythm, rhythm);
    rhythm->setText(tr("&Rhythm"));
    rhythm->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    rhythm->setStatusTip(
        tr("Who is overdue, who is due soon, who never had a conversation, and what is planned"));
    m_actions->add(ShowSearch, m_searchDock->toggleViewAction());
    makeAction(ShowTeam, tr("&Team"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)}, [this] {
        showTeam();
    })->setStatusTip(tr("Everyone's energy and work happiness over the last year, signals first"));
    // The platform's own key for preferences where it has one, and Ctrl+, as many applications use.
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferencesKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferencesKeys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    makeAction(Preferences, tr("&Preferences…"), preferencesKeys, [this] {
        openPreferences();
    })->setMenuRole(QAction::PreferencesRole);
    makeAction(OpenTeamDatabase, tr("Open Team &Database…"), {}, [this] {
        openTeamDatabase();
    })->setStatusTip(tr("Work in your organisation's shared database instead of your own file"));
    // Ctrl+Q also where the platform has no key of its own for Quit.
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys << QKeySequence(Qt::CTRL | Qt::Key_Q);
    makeAction(Quit, tr("&Quit"), quitKeys, [this] { close(); })->setMenuRole(QAction::QuitRole);
    makeAction(Guide, tr("Dialoog &Guide"), {QKeySequence::HelpContents},
               [this] { HelpWindow::showSection(this, QStringLiteral("start")); });
    makeAction(Shortcuts, tr("&Keyboard Shortcuts"), {},
               [this] { ShortcutOverview(*m_actions, this).exec(); });
    makeAction(About, tr("&About Dialoog"), {}, [this] {
        HelpWindow::showAbout(this, m_services.databasePath());
    })->setMenuRole(QAction::AboutRole);
    makeAction(AboutQt, tr("About &Qt"), {}, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

// Adds the registered actions with these ids to `menu`; Separator is a separator.
QMenu *MainWindow::fill(QMenu *menu, const QStringList &ids)
{
    for (const QString &id : ids) {
        if (id.isEmpty())
            menu->addSeparator();
        else
            menu->addAction(m_actions->action(id));
    }
    m_menuIcons->watch(menu);
    return menu;
}

void MainWindow::createMenus()
{
    using namespace ActionId;
    QMenuBar *bar = menuBar();
    fill(bar->addMenu(tr("&File")),
         {NewEmployee, ExportEmployee, Separator, HandOverEmployee, TakeOverEmployee, Separator,
          OpenTeamDatabase, Separator, Quit});
    fill(bar->addMenu(tr("&Edit")),
         {Undo, Redo, Separator, EditEmployee, ArchiveEmployee, Separator, EraseEmployee, Separator,
          FindEmployee, SearchEverything});
    fill(bar->addMenu(tr("&View")), {ShowRhythm, ShowTeam, ShowArchived, ShowSearch});
    QMenu *conversation = fill(bar->addMenu(tr("&Conversation")),
                               {NewConversation, NewCheckIn, OpenConversation, Separator,
                                NoteForNextTime, AddFeedback, Separator});
    conversation->addMenu(m_summary->menu());
    fill(conversation, {Separator, AddToCalendar, SaveInvite});
    fill(bar->addMenu(tr("&Settings")), {Preferences});
    fill(bar->addMenu(tr("&Help")), {Guide, Shortcuts, Separator, About, RestoreBackup, AboutQt});
}

// The choice takes effect at the next start: everything open now belongs to this database.
void MainWindow::openTeamDatabase()
{
    TeamDatabaseDialog dialog(m_settings.teamDatabase(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.connection() == m_settings.teamDatabase())
        return;
    m_settings.setTeamDatabase(dialog.connection());
    const QString question =
        dialog.connection().isEmpty()
            ? tr("Dialoog works in your own file again from the next start. Restart now?")
            : tr("Dialoog opens the team database from the next start. Restart now?");
    if (!MessageBox::question(this, tr("Open Team Database"), question))
        return;
    // Closing saves every open conversation first; a refused close keeps this window.
    if (close())
        QProcess::startDetached(QApplication::applicationFilePath(), {});
}

void MainWindow::openPreferences()
{
    std::function<void(const QString &, QWidget *)> editQuestionBank;
    if (!readOnly()) {
        editQuestionBank = [this](const QString &language, QWidget *parent) {
            QuestionBankDialog dialog(m_services.questionBank(), language, parent);
            dialog.exec();
        };
    }
    PreferencesDialog dialog(m_settings, editQuestionBank, this);
    dialog.exec();
    // Applied or accepted, a new default check-in rhythm counts at once.
    m_model->setDefaultCheckInWeeks(m_settings.defaultCheckInWeeks());
}

bool MainWindow::isShowingEmptyState() const
{
    return m_empty && m_stack->currentWidget() == m_empty;
}

// Built when first shown: most starts have people to show, and it was 8 M of a start's
// 300 M instructions.
EmptyState *MainWindow::emptyState()
{
    if (m_empty)
        return m_empty;
    m_empty = new EmptyState(m_settings, this);
    m_empty->setReadOnly(readOnly());
    connect(m_empty, &EmptyState::addEmployeeRequested, m_employees, &EmployeeActions::add);
    connect(m_empty, &EmptyState::sampleDataRequested, this, [this] {
        if (m_directory.addSampleData())
            statusBar()->showMessage(tr("Sample data added: these people are fictional."), 8000);
    });
    m_stack->addWidget(m_empty);
    // Its first field has the keyboard, as when it came first in the window's focus chain.
    m_empty->setFocus(Qt::OtherFocusReason);
    return m_empty;
}

void MainWindow::updateState()
{
    m_pageStale = false;
    EmployeeListModel *model = m_model;
    m_stack->setCurrentWidget(model->rowCount() == 0 ? static_cast<QWidget *>(emptyState())
                                                     : m_splitter);
    const Id id = m_list->currentId();
    const std::optional<Employee> employee = m_directory.employee(id);
    const EmployeeOverview *overview = m_model->overview(id);
    m_page->show(overview ? std::optional<EmployeeOverview>(*overview) : std::nullopt,
                 overview ? m_directory.history(id) : EmployeeHistory{});
    m_employees->updateActions(employee);
    m_conversations->updateActions(employee.has_value());
    const bool selected = m_page->selectedConversation() != 0;
    m_summary->setEnabled(selected);
    m_calendar->setEnabled(selected);
    statusBar()->showMessage(tr("Employees: %1").arg(model->activeCount()));
    updateOverdue();
}

void MainWindow::updateOverdue()
{
    if (m_model->isComplete())
        m_overdue->setOverdue(m_model->overdueCount(),
                              m_actions->action(ActionId::ShowRhythm)->shortcut());
    else
        m_overdue->setCounting();
}

void MainWindow::showRhythm()
{
    m_rhythmDock->showFocused();
}

TeamWindow *MainWindow::showTeam()
{
    if (!m_team) {
        m_team = new TeamWindow(this);
        m_team->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_team->setMembers(m_directory.team());
    m_team->show();
    m_team->raise();
    m_team->activateWindow();
    return m_team;
}

bool MainWindow::readOnly() const
{
    return m_services.isReadOnly();
}

WorkspaceWindow *MainWindow::openConversation(Id conversationId)
{
    return m_conversations->open(conversationId);
}

// A conversation window, not yet bound: a child window, so it goes with the main window
// and never outlives the store.
WorkspaceWindow *MainWindow::buildWorkspace()
{
    auto *workspace = new WorkspaceWindow(m_services, m_settings, this);
    connect(workspace, &WorkspaceWindow::conversationSaved, this, &MainWindow::conversationSaved);
    // Queued: the conversation window is closed (and deleted) by quitting, so not while
    // its own Quit is still being handled.
    connect(workspace, &WorkspaceWindow::quitRequested, m_actions->action(ActionId::Quit),
            &QAction::trigger, Qt::QueuedConnection);
    return workspace;
}

bool MainWindow::bindWorkspace(WorkspaceWindow *workspace, Id conversationId)
{
    const QString language = m_settings.questionLanguage();
    try {
        workspace->bind(m_services.openConversation(conversationId, language), language);
    } catch (const Failure &e) {
        showFailure(e.message());
        return false;
    }
    m_employees->offerNoteIn(workspace, workspace->employeeId());
    return true;
}

void MainWindow::conversationSaved(Id employee, bool overviewChanged)
{
    // A note alone changes nothing the row or its signals show: not read again.
    if (overviewChanged) {
        // The list would rebuild the page at once; it is done below, when it is seen.
        const QSignalBlocker quiet(m_list);
        m_directory.refresh(employee);
    }
    // The employee page (history, charts) takes a while to build: while someone types
    // in a conversation, it waits until the main window is used again.
    if (m_list->currentId() == employee) {
        if (isActiveWindow())
            updateState();
        else
            m_pageStale = true;
    }
}

void MainWindow::showSearch()
{
    m_searchDock->showFocused();
}

void MainWindow::openSearchHit(const SearchHit &hit)
{
    // Someone archived since is still where their words were written.
    QAction *showArchived = m_actions->action(ActionId::ShowArchived);
    if (const std::optional<Employee> e = m_directory.employee(hit.employeeId);
        e && e->archived && !showArchived->isChecked())
        showArchived->setChecked(true);
    m_list->select(hit.employeeId);
    if (hit.conversationId == 0)
        return;
    if (WorkspaceWindow *workspace = openConversation(hit.conversationId))
        workspace->showPhase(hit.phase == Phase::Finished ? Phase::WrapUp : hit.phase);
}

void MainWindow::showFailure(const QString &message)
{
    statusBar()->showMessage(message);
    MessageBox::warning(this, tr("Dialoog"), message);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_pageStale) {
        m_pageStale = false;
        updateState();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Every open conversation is saved before the application goes.
    if (!m_conversations->close()) {
        event->ignore();
        return;
    }
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setMainSplitterState(m_splitter->saveState());
    event->accept();
}

} // namespace dialoog
