#include "gui/mainwindow/mainwindow.h"

#include "core/failure.h"
#include "gui/dialogs/questionbankdialog.h"
#include "gui/dialogs/restorebackupdialog.h"
#include "gui/employees/employeedialog.h"
#include "gui/employees/employeelistmodel.h"
#include "gui/employees/employeelistpanel.h"
#include "gui/employees/employeepage.h"
#include "gui/employees/emptystate.h"
#include "gui/employees/feedbackdialog.h"
#include "gui/employees/quicknotedialog.h"
#include "gui/platform/appearance.h"
#include "gui/platform/filedialogs.h"
#include "gui/platform/helpwindow.h"
#include "gui/platform/menuicons.h"
#include "gui/platform/messagebox.h"
#include "gui/rhythm/rhythmpanel.h"
#include "gui/rhythm/rhythmtexts.h"
#include "gui/search/searchpanel.h"
#include "gui/summary/calendaractions.h"
#include "gui/summary/summaryactions.h"
#include "gui/widgets/choicemenu.h"
#include "gui/widgets/readonlyview.h"
#include "gui/workspace/workspacewindow.h"
#include "services/appservices.h"
#include "services/backuppolicy.h"
#include "services/employeedirectory.h"
#include "services/settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dialoog {

MainWindow::MainWindow(AppServices &services, Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_directory(services.employees()),
      m_settings(settings), m_model(new EmployeeListModel(services.employees(), this)),
      m_stack(new QStackedWidget(this)), m_empty(new EmptyState(this)),
      m_splitter(new QSplitter(this)), m_list(new EmployeeListPanel(m_model, this)),
      m_page(new EmployeePage(this)), m_searchPanel(new SearchPanel(services.search(), this)),
      m_searchDock(new QDockWidget(tr("Search"), this))
{
    setWindowTitle(tr("Dialoog"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_page);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_splitter);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (readOnly()) {
        m_readOnlyBanner = ReadOnlyView::banner(m_services.readOnlyReason(), central);
        layout->addWidget(m_readOnlyBanner);
        for (QPushButton *button : m_empty->findChildren<QPushButton *>())
            button->setEnabled(false);
        m_page->setReadOnly(true);
    }
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_searchPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_searchDock);
    m_searchDock->hide();
    connect(m_searchPanel, &SearchPanel::hitActivated, this, &MainWindow::openSearchHit);

    m_rhythm = new RhythmPanel(m_model, this);
    m_rhythmDock = new QDockWidget(tr("Rhythm"), this);
    m_rhythmDock->setObjectName(QStringLiteral("rhythmDock"));
    m_rhythmDock->setWidget(m_rhythm);
    addDockWidget(Qt::RightDockWidgetArea, m_rhythmDock);
    // Both panes share the right side as tabs rather than squeezing each other.
    tabifyDockWidget(m_searchDock, m_rhythmDock);
    m_rhythmDock->hide();
    // Shown for the first time (no saved layout yet): wide enough for its text.
    connect(m_rhythmDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_rhythmDock->width() < m_rhythm->sizeHint().width() && !m_rhythmDock->isFloating()) {
            QTimer::singleShot(0, this, [this] { resizeDocks({m_rhythmDock}, {m_rhythm->sizeHint().width()}, Qt::Horizontal); });
        }
    });
    connect(m_rhythm, &RhythmPanel::employeeActivated, this, [this](Id id) {
        m_list->select(id);
        m_list->view()->setFocus(Qt::OtherFocusReason);
    });
    m_overdue = new QLabel(this);
    m_overdue->setObjectName(QStringLiteral("overdueLink"));
    m_overdue->setTextFormat(Qt::RichText);
    m_overdue->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_overdue, &QLabel::linkActivated, this, &MainWindow::showRhythm);
    statusBar()->addPermanentWidget(m_overdue);

    m_menuIcons = new MenuIcons(this);
    createActions();
    createMenus();
    for (QAction *action : std::as_const(m_changing))
        action->setEnabled(!readOnly());

    connect(m_empty, &EmptyState::addEmployeeRequested, this, &MainWindow::addEmployee);
    connect(m_empty, &EmptyState::sampleDataRequested, this, [this] {
        if (m_directory.addSampleData())
            statusBar()->showMessage(tr("Sample data added: these people are fictional."), 8000);
    });
    connect(m_list, &EmployeeListPanel::currentChanged, this, &MainWindow::updateState);
    connect(m_list, &EmployeeListPanel::activated, this, [this] {
        if (const Id id = m_page->selectedConversation())
            openConversation(id);
        else
            newConversation();
    });
    connect(m_page, &EmployeePage::editRequested, this, &MainWindow::editEmployee);
    connect(m_page, &EmployeePage::archiveRequested, this, &MainWindow::toggleArchived);
    connect(m_page, &EmployeePage::newConversationRequested, this, &MainWindow::newConversation);
    connect(m_page, &EmployeePage::openConversationRequested, this, &MainWindow::openConversation);
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

    resize(1200, 760);
    m_splitter->setSizes({560, 640});
    restoreGeometry(m_settings.mainWindowGeometry());
    restoreState(m_settings.mainWindowState());
    m_splitter->restoreState(m_settings.mainSplitterState());
    m_showArchived->setChecked(m_settings.showArchived());
    m_list->selectFirstIfNone();
    updateState();
}

void MainWindow::createActions()
{
    m_newEmployee = new QAction(tr("New &Employee…"), this);
    m_menuIcons->set(m_newEmployee, QStringLiteral("contact-new"));
    m_newEmployee->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_newEmployee->setStatusTip(tr("Add someone you hold conversations with"));
    connect(m_newEmployee, &QAction::triggered, this, &MainWindow::addEmployee);
    m_changing << m_newEmployee;

    m_editEmployee = new QAction(tr("&Edit Employee…"), this);
    m_menuIcons->set(m_editEmployee, QStringLiteral("document-properties"));
    m_editEmployee->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_editEmployee, &QAction::triggered, this, &MainWindow::editEmployee);

    m_archiveEmployee = new QAction(tr("&Archive Employee"), this);
    m_archiveEmployee->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_archiveEmployee->setStatusTip(tr("Hide someone who left; their history is kept"));
    connect(m_archiveEmployee, &QAction::triggered, this, &MainWindow::toggleArchived);

    m_findEmployee = new QAction(tr("&Find Employee"), this);
    m_findEmployee->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_findEmployee, &QAction::triggered, m_list, &EmployeeListPanel::focusFilter);

    m_search = new QAction(tr("&Search Everything…"), this);
    m_menuIcons->set(m_search, QStringLiteral("edit-find"));
    m_search->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_K)});
    m_search->setStatusTip(tr("Find a word in every note, answer, goal and agreement"));
    connect(m_search, &QAction::triggered, this, &MainWindow::showSearch);

    m_showArchived = new QAction(tr("Show &Archived Employees"), this);
    m_showArchived->setCheckable(true);
    connect(m_showArchived, &QAction::toggled, this, [this](bool show) {
        m_list->setShowArchived(show);
        m_settings.setShowArchived(show);
    });

    m_undo = m_directory.undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_directory.undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);

    m_newConversation = new QAction(tr("&New Conversation"), this);
    m_menuIcons->set(m_newConversation, QStringLiteral("document-new"));
    m_newConversation->setShortcut(QKeySequence::New);
    m_newConversation->setStatusTip(tr("Prepare the next conversation with the selected employee"));
    connect(m_newConversation, &QAction::triggered, this, &MainWindow::newConversation);
    m_openConversation = new QAction(tr("&Open Conversation"), this);
    m_menuIcons->set(m_openConversation, QStringLiteral("document-open"));
    m_openConversation->setShortcut(QKeySequence::Open);
    connect(m_openConversation, &QAction::triggered, this, [this] {
        if (const Id id = m_page->selectedConversation())
            openConversation(id);
    });

    m_rhythmAction = m_rhythmDock->toggleViewAction();
    m_rhythmAction->setText(tr("&Rhythm"));
    m_rhythmAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_rhythmAction->setStatusTip(tr("Who is overdue, who is due soon, who never had a conversation, and what is planned"));
    m_noteForNextTime = new QAction(tr("Note for Next &Time…"), this);
    m_noteForNextTime->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_noteForNextTime->setStatusTip(tr("Jot down something for the next conversation with the selected employee"));
    connect(m_noteForNextTime, &QAction::triggered, this, [this] { captureNoteForNextTime(); });
    m_addFeedback = new QAction(tr("Add &Feedback…"), this);
    m_addFeedback->setStatusTip(tr("Record feedback from a colleague; the next preparation shows it"));
    connect(m_addFeedback, &QAction::triggered, this, &MainWindow::addFeedback);

    m_quit = new QAction(tr("&Quit"), this);
    m_menuIcons->set(m_quit, QStringLiteral("application-exit"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newEmployee);
    file->addAction(tr("E&xport Employee Data…"), this, &MainWindow::exportEmployeeData);
    file->addSeparator();
    file->addAction(tr("&Hand Over Employee…"), this, &MainWindow::handOverEmployee);
    file->addAction(tr("&Take Over Employee…"), this, &MainWindow::takeOverEmployee);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_editEmployee);
    edit->addAction(m_archiveEmployee);
    edit->addSeparator();
    m_changing << edit->addAction(tr("Erase Employee &Permanently…"), this, &MainWindow::eraseEmployee);
    edit->addSeparator();
    edit->addAction(m_findEmployee);
    edit->addAction(m_search);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_rhythmAction);
    view->addAction(m_showArchived);
    view->addAction(m_searchDock->toggleViewAction());

    QMenu *conversation = menuBar()->addMenu(tr("&Conversation"));
    conversation->addAction(m_newConversation);
    conversation->addAction(m_openConversation);
    conversation->addSeparator();
    conversation->addAction(m_noteForNextTime);
    conversation->addAction(m_addFeedback);
    conversation->addSeparator();
    // The summary of the conversation selected on the employee's page, earlier ones included.
    m_summary = new SummaryActions(
        m_services.outputs(), m_settings, [this] { return m_page->selectedConversation(); }, this);
    conversation->addMenu(m_summary->menu());
    // The invite for the selected conversation's next one (or the planned one itself).
    m_calendar = new CalendarActions(
        m_services.outputs(), m_settings, [this] { return m_page->selectedConversation(); }, this);
    connect(m_calendar, &CalendarActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    conversation->addSeparator();
    conversation->addAction(m_calendar->addAction());
    conversation->addAction(m_calendar->saveAction());

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("Your &Name…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Your Name"), tr("Your name, as it appears on summaries:"),
                                                   QLineEdit::Normal, m_settings.managerName(), &ok);
        if (ok)
            m_settings.setManagerName(name.trimmed());
    });
    addChoices(settings->addMenu(tr("&Language")),
               {{tr("As the &System"), QString()}, {QStringLiteral("&English"), QStringLiteral("en")},
                {QStringLiteral("&Nederlands"), QStringLiteral("nl")}},
               m_settings.language(), [this](const QString &code) {
                   m_settings.setLanguage(code);
                   statusBar()->showMessage(tr("The language changes when Dialoog starts again."), 8000);
               });
    addChoices(settings->addMenu(tr("&Appearance")),
               {{tr("As the &System"), QString()}, {tr("&Dark"), QStringLiteral("dark")},
                {tr("&High Contrast"), QStringLiteral("high-contrast")}},
               m_settings.appearance(), [this](const QString &code) {
                   m_settings.setAppearance(code);
                   applyAppearance(code);
               });
    settings->addAction(tr("Planned &Length of a Conversation…"), this, [this] {
        bool ok = false;
        const int minutes = QInputDialog::getInt(this, tr("Planned Length"),
                                                 tr("Minutes planned for a conversation (0: do not show):"),
                                                 m_settings.plannedMinutes(), 0, 480, 5, &ok);
        if (ok)
            m_settings.setPlannedMinutes(minutes);
    });
    settings->addAction(tr("Default &Rhythm…"), this, [this] {
        bool ok = false;
        const int weeks = QInputDialog::getInt(this, tr("Default Rhythm"),
                                               tr("Weeks between conversations, for people you add from now on:"),
                                               m_settings.defaultRhythmWeeks(), 1, 104, 1, &ok);
        if (ok)
            m_settings.setDefaultRhythmWeeks(weeks);
    });
    settings->addAction(tr("Calendar &Invite…"), this, [this] {
        QTime start = m_settings.inviteStartTime();
        int minutes = m_settings.inviteMinutes();
        if (CalendarActions::askTime(this, tr("Calendar Invite"), start, minutes)) {
            m_settings.setInviteStartTime(start);
            m_settings.setInviteMinutes(minutes);
        }
    });
    m_changing << settings->addAction(tr("&Question Bank…"), this, [this] {
        QuestionBankDialog dialog(m_services.questionBank(), m_settings.questionLanguage(), this);
        dialog.exec();
    });
    m_changing << settings->addAction(tr("Remove &Old Conversations…"), this, [this] {
        bool ok = false;
        const int years = QInputDialog::getInt(
            this, tr("Remove Old Conversations"),
            tr("When Dialoog starts, remove conversations older than this many years (0: keep all).\n"
               "You are asked once before the first removal; a backup is made each time."),
            m_settings.retentionYears(), 0, 50, 1, &ok);
        if (ok)
            m_settings.setRetentionYears(years);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("Dialoog &Guide"), this, [this] { HelpWindow::showSection(this, QStringLiteral("start")); });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] { showShortcuts(this); });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Dialoog"), this, [this] {
        QMessageBox::about(this, tr("About Dialoog"),
                           tr("<h3>Dialoog %1</h3><p>Prepare, hold and follow up development "
                              "conversations.</p><p>Your data stays on this computer: %2</p>")
                               .arg(QApplication::applicationVersion(),
                                    m_services.databasePath().toHtmlEscaped()));
    });
    about->setMenuRole(QAction::AboutRole);
    m_changing << help->addAction(tr("&Restore from Backup…"), this, &MainWindow::restoreFromBackup);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
    for (QAction *entry : menuBar()->actions()) {
        if (QMenu *menu = entry->menu())
            m_menuIcons->watch(menu);
    }
}

bool MainWindow::isShowingEmptyState() const { return m_stack->currentWidget() == m_empty; }

void MainWindow::updateState()
{
    m_pageStale = false;
    EmployeeListModel *model = m_model;
    m_stack->setCurrentWidget(model->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_splitter);
    const Id id = m_list->currentId();
    const std::optional<Employee> employee = m_directory.employee(id);
    const EmployeeOverview *overview = m_model->overview(id);
    m_page->show(overview ? std::optional<EmployeeOverview>(*overview) : std::nullopt,
                 overview ? m_directory.history(id) : EmployeeHistory{});
    m_newConversation->setEnabled(employee.has_value() && !readOnly());
    m_noteForNextTime->setEnabled(employee.has_value() && !readOnly());
    m_addFeedback->setEnabled(employee.has_value() && !readOnly());
    m_openConversation->setEnabled(m_page->selectedConversation() != 0);
    m_summary->setEnabled(m_page->selectedConversation() != 0);
    m_calendar->setEnabled(m_page->selectedConversation() != 0);
    m_editEmployee->setEnabled(employee.has_value() && !readOnly());
    m_archiveEmployee->setEnabled(employee.has_value() && !readOnly());
    m_archiveEmployee->setText(employee && employee->archived ? tr("&Restore Employee") : tr("&Archive Employee"));
    const int overdue = model->overdueCount();
    statusBar()->showMessage(tr("Employees: %1").arg(model->activeCount()));
    m_overdue->setText(overdue == 0 ? QString()
                                    : QStringLiteral("<a href=\"rhythm\">%1</a>").arg(RhythmTexts::overdueSummary(overdue).toHtmlEscaped()));
    m_overdue->setToolTip(overdue == 0 ? QString() : tr("Show the rhythm view (%1)").arg(m_rhythmAction->shortcut().toString(QKeySequence::NativeText)));
    m_overdue->setVisible(overdue > 0);
}

void MainWindow::showRhythm()
{
    m_rhythmDock->show();
    m_rhythmDock->raise();
    m_rhythm->view()->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::readOnly() const
{
    return m_services.isReadOnly();
}

// Each entry point that changes data checks too: double-clicks and buttons reach
// these without an action.
void MainWindow::addEmployee()
{
    if (readOnly())
        return;
    Employee fresh;
    fresh.rhythmWeeks = m_settings.defaultRhythmWeeks();
    EmployeeDialog dialog(fresh, m_model->teams(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_directory.add(dialog.employee());
}

void MainWindow::editEmployee()
{
    if (readOnly())
        return;
    const std::optional<Employee> employee = m_directory.employee(m_list->currentId());
    if (!employee)
        return;
    EmployeeDialog dialog(*employee, m_model->teams(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_directory.edit(dialog.employee());
}

void MainWindow::toggleArchived()
{
    if (readOnly())
        return;
    const std::optional<Employee> employee = m_directory.employee(m_list->currentId());
    if (!employee)
        return;
    if (m_directory.setArchived(employee->id, !employee->archived)) {
        statusBar()->showMessage(employee->archived ? tr("%1 restored.").arg(employee->name)
                                                    : tr("%1 archived. Undo with %2.")
                                                          .arg(employee->name,
                                                               QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
                                 8000);
    }
}

void MainWindow::newConversation()
{
    const Id employee = m_list->currentId();
    if (employee == 0 || readOnly())
        return;
    if (const Id conversation = m_directory.startConversation(employee))
        openConversation(conversation);
}

WorkspaceWindow *MainWindow::openConversation(Id conversationId)
{
    if (QPointer<WorkspaceWindow> open = m_workspaces.value(conversationId)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    WorkspaceWindow *workspace = nullptr;
    try {
        // A child window: it goes with the main window, and so never outlives the store.
        workspace = new WorkspaceWindow(m_services, m_settings, conversationId,
                                        m_settings.questionLanguage(), this);
    } catch (const Failure &e) {
        showFailure(e.message());
        return nullptr;
    }
    m_workspaces.insert(conversationId, workspace);
    // Ctrl+Shift+N works in the conversation too: a note for the next one with this person.
    auto *note = new QAction(m_noteForNextTime->text(), workspace);
    note->setShortcut(m_noteForNextTime->shortcut());
    workspace->addAction(note);
    connect(note, &QAction::triggered, this, [this, workspace] { captureNoteForNextTime(workspace->employeeId(), workspace); });
    connect(workspace, &WorkspaceWindow::conversationSaved, this, [this](Id employee) {
        {
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
    });
    workspace->show();
    return workspace;
}

void MainWindow::showSearch()
{
    m_searchDock->show();
    m_searchDock->raise();
    m_searchPanel->focusSearch();
}

void MainWindow::openSearchHit(const SearchHit &hit)
{
    // Someone archived since is still where their words were written.
    if (const std::optional<Employee> e = m_directory.employee(hit.employeeId); e && e->archived && !m_showArchived->isChecked())
        m_showArchived->setChecked(true);
    m_list->select(hit.employeeId);
    if (hit.conversationId == 0)
        return;
    if (WorkspaceWindow *workspace = openConversation(hit.conversationId))
        workspace->showPhase(hit.phase == Phase::Finished ? Phase::WrapUp : hit.phase);
}

bool MainWindow::closeWorkspaces(Id employeeId)
{
    for (const QPointer<WorkspaceWindow> &workspace : std::as_const(m_workspaces)) {
        if (workspace && (employeeId == 0 || workspace->employeeId() == employeeId) && !workspace->close())
            return false;
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return true;
}

void MainWindow::eraseEmployee()
{
    if (readOnly())
        return;
    const std::optional<Employee> employee = m_directory.employee(m_list->currentId());
    if (!employee)
        return;
    if (!MessageBox::question(this, tr("Erase Employee"),
                              tr("Erase %1 and everything about them: conversations, notes, goals, feedback? "
                                 "This cannot be undone. (To keep the history, archive instead.)")
                                  .arg(employee->name)))
        return;
    if (!closeWorkspaces(employee->id) || !m_directory.eraseForever(employee->id))
        return;
    const std::size_t count = m_services.backups().list().size();
    if (count > 0 && MessageBox::question(this, tr("Erase Employee"),
                                          tr("%1 is erased. Older backups may still hold data "
                                             "about them. Delete those %2 backups "
                                             "(a fresh one is made now)?")
                                              .arg(employee->name)
                                              .arg(count))) {
        try {
            m_services.backups().replaceAllWithFresh();
        } catch (const Failure &e) {
            showFailure(e.message());
        }
    }
    statusBar()->showMessage(tr("%1 is erased.").arg(employee->name), 8000);
}

void MainWindow::exportEmployeeData()
{
    const std::optional<Employee> employee = m_directory.employee(m_list->currentId());
    if (!employee)
        return;
    const QString path = FileDialogs::saveFileName(this, tr("Export Employee Data"),
                                                   QStringLiteral("%1.json").arg(employee->name), tr("JSON (*.json)"));
    if (!path.isEmpty() && m_directory.exportEmployee(employee->id, path))
        statusBar()->showMessage(tr("Everything held about %1 is in %2.").arg(employee->name, path), 8000);
}

void MainWindow::captureNoteForNextTime(Id employeeId, QWidget *parent)
{
    const std::optional<Employee> employee = m_directory.employee(employeeId != 0 ? employeeId : m_list->currentId());
    if (!employee)
        return;
    QuickNoteDialog dialog(employee->name, parent ? parent : this);
    if (dialog.exec() == QDialog::Accepted && m_directory.addNoteForNextTime(employee->id, dialog.text()))
        statusBar()->showMessage(tr("Noted for the next conversation with %1.").arg(employee->name), 8000);
}

void MainWindow::addFeedback()
{
    const std::optional<Employee> employee = m_directory.employee(m_list->currentId());
    if (!employee)
        return;
    FeedbackDialog dialog(employee->name, QDate::currentDate(), this);
    if (dialog.exec() == QDialog::Accepted && m_directory.addFeedback(employee->id, dialog.feedback()))
        statusBar()->showMessage(tr("Feedback about %1 added for the next conversation.").arg(employee->name), 8000);
}

void MainWindow::handOverEmployee()
{
    const std::optional<Employee> employee = m_directory.employee(m_list->currentId());
    if (!employee)
        return;
    // Open conversations are saved first, so the file holds every word.
    if (!closeWorkspaces(employee->id))
        return;
    const bool includePrivate =
        MessageBox::question(this, tr("Hand Over Employee"),
                             tr("Include your private notes about %1 in the handover file? They are left out "
                                "unless you choose Yes.")
                                 .arg(employee->name));
    const QString path = FileDialogs::saveFileName(this, tr("Hand Over Employee"),
                                                   tr("%1 handover.json").arg(employee->name),
                                                   tr("Dialoog handover (*.json)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = m_directory.handOver(employee->id, path, includePrivate, m_settings.managerName());
    QApplication::restoreOverrideCursor();
    if (written)
        statusBar()->showMessage(tr("The history of %1 is in %2, ready for the next manager.").arg(employee->name, path), 8000);
}

void MainWindow::takeOverEmployee()
{
    const QString path = FileDialogs::openFileName(this, tr("Take Over Employee"),
                                                   tr("Dialoog handover or export (*.json)"));
    if (path.isEmpty())
        return;
    QString message;
    EmployeeDirectory::TakeOver result = m_directory.takeOver(path, false, &message);
    if (result == EmployeeDirectory::TakeOver::Conflict) {
        // Never merged: the user decides whether this is someone else.
        if (!MessageBox::question(this, tr("Take Over Employee"),
                                  tr("This file holds someone who seems to be here already:\n%1\n\nNothing was "
                                     "imported. Import them anyway, as a separate person?")
                                      .arg(message)))
            return;
        result = m_directory.takeOver(path, true, &message);
    }
    if (result == EmployeeDirectory::TakeOver::Done)
        statusBar()->showMessage(message, 8000);
}

void MainWindow::restoreFromBackup()
{
    if (readOnly())
        return;
    RestoreBackupDialog dialog(m_services.backups().list(true), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenPath().isEmpty())
        return;
    if (!closeWorkspaces())
        return;
    QProgressDialog progress(tr("Restoring the backup…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const bool restored = m_directory.restoreBackup(dialog.chosenPath(), [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    statusBar()->showMessage(restored ? tr("Restored. What was there before is kept as a backup.")
                                      : tr("Nothing was restored."),
                             8000);
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
    for (const QPointer<WorkspaceWindow> &workspace : std::as_const(m_workspaces)) {
        if (workspace && !workspace->close()) {
            event->ignore();
            return;
        }
    }
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setMainSplitterState(m_splitter->saveState());
    event->accept();
}

} // namespace dialoog
