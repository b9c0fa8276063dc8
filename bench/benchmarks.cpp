// dialoog-bench LARGE.sqlite --app DIALOOG --empty EMPTYWINDOW [--only PART,…]
// Measures Dialoog on the large generated database and prints every figure next to
// the floor measured in the same run, with the ratio and the target (docs/performance.md).
#include "busymeter.h"
#include "childprocess.h"
#include "comparison.h"
#include "gui/employees/employeelistpanel.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/workspace/notespanel.h"
#include "gui/workspace/workspacewindow.h"
#include "jsonfloors.h"
#include "largedata.h"
#include "loadtest.h"
#include "measure.h"
#include "openingbench.h"
#include "rawfloors.h"
#include "report/summarybuilder.h"
#include "report/summaryprinter.h"
#include "serverbench.h"
#include "services/appservices.h"
#include "services/conversationdocument.h"
#include "services/settings.h"
#include "store/backups.h"
#include "store/jsonexport.h"
#include "store/jsonimport.h"
#include "store/search.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "subject.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <memory>
#include <unistd.h>

using namespace dialoog;
using namespace dialoog::bench;

namespace {

std::vector<Figure> figures;

void report(const Figure &f)
{
    figures.push_back(f);
    std::printf("  %-44s %10.2f %-3s", qPrintable(f.name), f.value, qPrintable(f.unit));
    if (!std::isnan(f.floor))
        std::printf("  floor %9.2f  ratio %5.2f", f.floor, f.ratio());
    else
        std::printf("  %30s", "");
    QStringList target;
    if (!std::isnan(f.maxRatio))
        target << QStringLiteral("≤ %1×").arg(f.maxRatio);
    if (!std::isnan(f.maxValue))
        target << QStringLiteral("≤ %1 %2").arg(f.maxValue).arg(f.unit);
    if (!target.isEmpty())
        std::printf("  target %-16s %s", qPrintable(target.join(QStringLiteral(", "))),
                    f.met() ? "ok" : "MISSED");
    std::printf("\n");
    std::fflush(stdout);
}

void section(const char *title)
{
    std::printf("\n%s\n", title);
    std::fflush(stdout);
}

double median(std::vector<double> samples)
{
    return percentile(std::move(samples), 50);
}

void processEventsFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The app's own settings (QSettings "Dialoog"/"dialoog", in the bench's private
// XDG_CONFIG_HOME): forgetting the stamp of the last clean close is what a crash leaves.
void forgetCleanClose()
{
    QSettings app(QStringLiteral("Dialoog"), QStringLiteral("dialoog"));
    app.remove(QStringLiteral("integrity"));
    app.sync();
}

struct StartupCase
{
    const char *name;
    const char *shortName;
    int runs;
    std::function<void()> before; // puts the files as the case needs them, untimed
};

void measureStartup(const QString &app, const QString &empty, const QString &database)
{
    section("Start-up, whole process until the main window has painted (median; the floor: a "
            "window that paints text in the same fonts)");
    // The first paint shows the list's rows in view; the rest of the list is read right
    // after it. The same run says when that is painted too.
    const QStringList appArgs{QStringLiteral("--database"), database,
                              QStringLiteral("--quit-after-whole-list")};
    runChild(app, appArgs); // writes the day's backup and the stamp of a clean close
    const std::vector<StartupCase> cases{
        {"start-up, warm", "warm", 7, [] {}},
        // The first start of the day writes the daily backup.
        {"start-up, first of the day (writes the backup)", "first of the day", 5,
         [&database] { Backups(database).removeAll(); }},
        // After a crash the whole file is checked.
        {"start-up, after a crash (full integrity check)", "after a crash", 5,
         [] { forgetCleanClose(); }},
    };
    long peakKb = 0;
    for (const StartupCase &c : cases) {
        std::vector<double> appMs, wholeMs, emptyMs;
        for (int i = 0; i < c.runs; ++i) {
            c.before();
            // Each start, the app's and the floor's, begins with nothing left to write to
            // the disk, as a user's start does: not with the copy this benchmark made of
            // the file or the backup the start before wrote (1.9 GB each at 10x), which
            // the kernel otherwise writes out during the next starts.
            ::sync();
            const ChildRun a = runChild(app, appArgs);
            ::sync();
            const ChildRun e = runChild(empty, {});
            if (a.exitCode != 0 || e.exitCode != 0)
                std::printf("  (a run exited with %d / %d)\n", a.exitCode, e.exitCode);
            appMs.push_back(a.wallMs);
            wholeMs.push_back(a.wholeListMs);
            emptyMs.push_back(e.wallMs);
            peakKb = std::max(peakKb, a.peakRssKb);
        }
        report({QString::fromUtf8(c.name), median(appMs), QStringLiteral("ms"), median(emptyMs),
                3.0, NAN, 1.5});
        report({QStringLiteral("  … until the whole list is shown (%1)").arg(c.shortName),
                median(wholeMs), QStringLiteral("ms")});
    }
    section("Memory");
    report({QStringLiteral("peak RSS, database open"), double(peakKb) / 1024.0,
            QStringLiteral("MB"), NAN, NAN, 150});
}

void measureNoteSave(MainWindow &window, const Subject &subject, const QString &folder,
                     const QString &databasePath)
{
    section("Saving one note in an open conversation window (the save the app runs, with the "
            "windows' listeners), 500 notes");
    // The real windows: the workspace's document saves, and the main window refreshes the
    // employee's row after each save, as while a user writes.
    WorkspaceWindow *workspace = window.openConversation(subject.planned);
    workspace->activateWindow();
    if (!QTest::qWaitForWindowActive(workspace))
        std::printf("  (the conversation's window did not become active)\n");
    ConversationDocument &document = workspace->document();
    // The floor writes into a copy of its own: sharing the app's write-ahead log, its
    // samples took the checkpoints of the app's saves, and each side spoilt the other's cache.
    const QString floorPath = QDir(folder).filePath(QStringLiteral("floor.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFile::exists(databasePath + suffix))
            QFile::copy(databasePath + suffix, floorPath + suffix);
    }
    RawNoteInserter raw(floorPath, subject.planned);
    TextGenerator text(7);
    // Each sample, the app's and the floor's, starts once the windows have painted and
    // the X server has drawn it: the server's work, on a core of this small machine, and
    // the caches the painting leaves cold weigh on both alike.
    const auto settle = [] { QCoreApplication::processEvents(); };
    const auto floorMs = [&raw, &settle](const QString &note) {
        settle();
        return raw.insertMs(note);
    };
    const auto appSaveMs = [&document, &settle](const QString &note) {
        // Enter adds the note (its page update is in the typing figures); the save is what
        // the autosave timer then runs, with everything listening to it.
        document.addNote(note, false);
        settle();
        return timeMs([&] { document.saveNow(); });
    };

    // Both warm up first (caches, the search index's structure), then take turns.
    for (int i = 0; i < 20; ++i) {
        appSaveMs(text.note());
        floorMs(text.note());
    }
    // 500 of each: the p99 is then the fifth slowest, not one unlucky checkpoint.
    std::vector<double> app, floor;
    for (int i = 0; i < 500; ++i) {
        const QString note = text.note();
        app.push_back(appSaveMs(note));
        floor.push_back(floorMs(note));
    }
    workspace->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    report({QStringLiteral("note save p50"), percentile(app, 50), QStringLiteral("ms"),
            percentile(floor, 50), 1.5, NAN, 1.5});
    report({QStringLiteral("note save p99"), percentile(app, 99), QStringLiteral("ms"),
            percentile(floor, 99), 1.5, NAN, 1.5});
    // For comparison: a bare table in a fresh file, without index or search index.
    const std::vector<double> bare = rawInsertCommitMs(folder, 200);
    report({QStringLiteral("note save p50, against a bare new table"), percentile(app, 50),
            QStringLiteral("ms"), percentile(bare, 50)});
}

// The intervals between beats of a 1 ms timer in the GUI thread while the loop runs for
// `ms`; beyond the 1 ms, the thread was blocked or the machine ran something else.
std::vector<double> heartbeatGapsMs(int ms)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    std::vector<double> gaps;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back(double(now - last) / 1e6);
        last = now;
    });
    heartbeat.start();
    processEventsFor(ms);
    return gaps;
}

void measureTyping(BusyMeter &app, MainWindow &window, const Subject &subject)
{
    constexpr int typingMs = 8000;
    section("Typing notes for 8 s at 25 keys/s, Enter every 60 keys (autosaves included)");
    WorkspaceWindow *workspace = window.openConversation(subject.planned);
    QLineEdit *input = workspace->notes()->input();
    // As for someone typing: the conversation's window is the active one.
    workspace->activateWindow();
    if (!QTest::qWaitForWindowActive(workspace))
        std::printf("  (the conversation's window did not become active)\n");
    input->setFocus();
    processEventsFor(200);
    // What this machine does to a thread that only waits: the same heartbeat, nobody typing,
    // for as long as the typing lasts. The longest interval is a maximum, and a maximum over
    // half the time (4 s, as before session 13) catches fewer of the machine's own pauses.
    const std::vector<double> idle = heartbeatGapsMs(typingMs);

    TextGenerator text(11);
    QString pending;
    int typed = 0;
    QTimer typist;
    typist.setInterval(40);
    QObject::connect(&typist, &QTimer::timeout, [&] {
        QString key = QStringLiteral("\r");
        int code = Qt::Key_Return;
        if (++typed % 60 != 0) {
            if (pending.isEmpty())
                pending = text.sentence() + QLatin1Char(' ');
            key = pending.left(1);
            pending.remove(0, 1);
            code = Qt::Key_unknown; // the text is what counts; QTest's helpers know only ASCII
        }
        // Posted, as the window system queues a key: it waits behind whatever runs.
        app.keyPosted();
        QCoreApplication::postEvent(input,
                                    new QKeyEvent(QEvent::KeyPress, code, Qt::NoModifier, key));
        QCoreApplication::postEvent(input,
                                    new QKeyEvent(QEvent::KeyRelease, code, Qt::NoModifier, key));
    });
    app.start(input);
    typist.start();
    const std::vector<double> gaps = heartbeatGapsMs(typingMs);
    typist.stop();
    processEventsFor(100); // the last keys' paint
    const std::vector<double> busy = app.stop();
    const std::vector<double> &keys = app.keyToPaint();
    workspace->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    report(
        {QStringLiteral("typing, key to paint p50"), percentile(keys, 50), QStringLiteral("ms")});
    report({QStringLiteral("typing, key to paint p99"), percentile(keys, 99), QStringLiteral("ms"),
            NAN, NAN, 16});
    report({QStringLiteral("typing, key to paint max"), percentile(keys, 100), QStringLiteral("ms"),
            NAN, NAN, 33});
    report({QStringLiteral("longest single UI-thread event while typing"), percentile(busy, 100),
            QStringLiteral("ms")});
    report({QStringLiteral("longest heartbeat interval while typing"), percentile(gaps, 100),
            QStringLiteral("ms"), percentile(idle, 100), 1.5});
    std::printf("  (%d keys typed, %zu painted, %zu events handled; the heartbeat's floor: its "
                "longest interval while nobody typed)\n",
                typed, keys.size(), busy.size());
    const BusyMeter::Longest &longest = app.longest();
    std::printf("  (the longest event: %s, %.2f ms, of which %.2f ms on the CPU)\n",
                qPrintable(longest.what), longest.ms, longest.cpuMs);
}

void measureSearch(Store &store, const QString &databasePath)
{
    section("Search (Search::find, 100 newest hits with their place; 30 runs per query)");
    // A word written once, long ago: what "finds a word typed a year ago" means.
    ConversationRecord old = store.conversations().load(1);
    old.notes.push_back(
        Note{0, 0, Phase::Questions, QDateTime(old.conversation.plannedDate, QTime(11, 0)),
             QStringLiteral("Droomt van een zeppelinvaart met het hele team"), false});
    store.conversations().save(old);
    const QStringList queries{QStringLiteral("zeppelin"), QStringLiteral("coach"),
                              QStringLiteral("klantg"), QStringLiteral("werkdruk bal"),
                              QStringLiteral("reunie")};
    std::vector<double> allApp, allRaw;
    for (const QString &typed : queries) {
        std::size_t hits = 0;
        const std::vector<double> app =
            samplesMs(30, [&] { hits = store.search().find(typed, 100).size(); });
        const std::vector<double> raw =
            rawSearchMs(databasePath, Search::matchExpression(typed), 100, 30);
        allApp.insert(allApp.end(), app.begin(), app.end());
        allRaw.insert(allRaw.end(), raw.begin(), raw.end());
        report({QStringLiteral("search \"%1\" p50").arg(typed), percentile(app, 50),
                QStringLiteral("ms"), percentile(raw, 50), 1.5, 50});
        std::printf("    (%zu hits)\n", hits);
    }
    report({QStringLiteral("search, all queries p50"), percentile(allApp, 50), QStringLiteral("ms"),
            percentile(allRaw, 50), 1.5, 50, 1.5});
}

void measureOpening(MainWindow &window, Settings &settings, Store &store, const Subject &subject)
{
    section("Opening (median of 9)");
    // Switch from someone else each time, so the page really changes.
    Id other = 0;
    for (const EmployeeOverview &o : store.overview()) {
        if (o.employee.id != subject.employee) {
            other = o.employee.id;
            break;
        }
    }
    std::vector<double> switchMs;
    for (int i = 0; i < 9; ++i) {
        if (other)
            window.listPanel()->select(other);
        QCoreApplication::processEvents();
        switchMs.push_back(timeMs([&] {
            window.listPanel()->select(subject.employee);
            QCoreApplication::processEvents();
        }));
    }
    report({QStringLiteral("open the employee with the most history"), median(switchMs),
            QStringLiteral("ms"), NAN, NAN, NAN, 1.5});
    for (const Figure &f :
         measureWorkspaceOpening(window, settings, subject.employee, subject.finished))
        report(f);
}

void measureJson(Store &store, const QString &folder, const QString &databasePath)
{
    section("JSON export (median of 3) and import (once) of the whole database");
    std::string document;
    ExportOptions all;
    all.includePrivateNotes = true;
    // Three turns each, medians: one export on this shared machine varied by half.
    std::vector<double> exportMs, exportFloor;
    std::size_t floorBytes = 0;
    for (int i = 0; i < 3; ++i) {
        exportMs.push_back(timeMs([&] { document = exportJson(store, all); }));
        exportFloor.push_back(rawExportMs(databasePath, &floorBytes));
    }
    report({QStringLiteral("JSON export"), median(exportMs), QStringLiteral("ms"),
            median(exportFloor), 2.0});
    std::printf("  (%.1f MB of JSON; the floor's document %.1f MB)\n",
                double(document.size()) / 1e6, double(floorBytes) / 1e6);
    // The floor's target: an empty database with the same schema, made the app's way.
    const QString floorPath = QDir(folder).filePath(QStringLiteral("import-floor.sqlite"));
    {
        Store(floorPath, Store::Open::CreateIfMissing, Store::Seed::Nothing);
    }
    const double importFloor = rawImportMs(databasePath, floorPath);
    Store fresh(QDir(folder).filePath(QStringLiteral("imported.sqlite")),
                Store::Open::CreateIfMissing);
    report({QStringLiteral("JSON import into a new database"),
            timeMs([&] { importJson(fresh, document); }), QStringLiteral("ms"), importFloor, 3.0});
}

void measureLoad(const ServerSetup &setup)
{
    section(qPrintable(QStringLiteral("Team server under load: %1 managers, each on their own "
                                      "role and connection, a note saved every 0.5 s for %2 s")
                           .arg(setup.loadManagers)
                           .arg(setup.loadSeconds)));
    const LoadResult load = runLoadTest(setup);
    report({QStringLiteral("load: save p50"), percentile(load.saveMs, 50), QStringLiteral("ms")});
    report({QStringLiteral("load: save p99"), percentile(load.saveMs, 99), QStringLiteral("ms")});
    report({QStringLiteral("load: saves failed"), double(load.failed), QString(), NAN, NAN, 0});
    report({QStringLiteral("load: notes lost"), double(load.lost), QString(), NAN, NAN, 0});
    // A manager who could not connect or set up would make the other figures look better.
    report({QStringLiteral("load: managers who could not take part"),
            double(setup.loadManagers - load.managers), QString(), NAN, NAN, 0});
    std::printf("  (%d notes added, %zu saves timed)\n", load.notes, load.saveMs.size());
}

// dialoog-bench --compare ONE.tsv TEN.tsv: the two scales side by side.
int compareMain(const char *one, const char *ten)
{
    const QStringList missed = compareScales(readFigures(QString::fromLocal8Bit(one)),
                                             readFigures(QString::fromLocal8Bit(ten)));
    std::printf("\n%s\n", missed.isEmpty() ? "Every growth target holds."
                                           : qPrintable(QStringLiteral("Missed: ") +
                                                        missed.join(QStringLiteral(", "))));
    return missed.isEmpty() ? 0 : 1;
}

// Settings, data and caches of their own, for this program and the apps it starts: the
// developer's ~/.config is never read or written. Before the application exists.
std::unique_ptr<QTemporaryDir> privateHome()
{
    auto home = std::make_unique<QTemporaryDir>();
    for (const char *variable :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString folder = home->filePath(QString::fromLatin1(variable));
        QDir().mkpath(folder);
        qputenv(variable, QFile::encodeName(folder));
    }
    return home;
}

// Every part asked for, on the copy `database` in the folder `work`.
void runParts(BusyMeter &app, const QString &appPath, const QString &emptyPath,
              const QString &database, const QString &work,
              const std::function<bool(const char *)> &wanted)
{
    if (wanted("startup"))
        measureStartup(appPath, emptyPath, database);
    const bool anyInWindow = wanted("save") || wanted("search") || wanted("opening") ||
                             wanted("typing") || wanted("summary") || wanted("json");
    if (!anyInWindow)
        return;
    QSettings().clear();
    Store store(database, Store::Open::Existing);
    const Subject subject = pickSubject(store);
    Settings settings;
    AppServices services(store);
    MainWindow window(services, settings);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::printf("  (the main window was not shown)\n");
    window.listPanel()->select(subject.employee);
    if (wanted("save"))
        measureNoteSave(window, subject, work, database);
    if (wanted("search"))
        measureSearch(store, database);
    if (wanted("opening"))
        measureOpening(window, settings, store, subject);
    if (wanted("typing"))
        measureTyping(app, window, subject);
    if (wanted("summary")) {
        section("Summary of a conversation with 100 items (median of 9)");
        for (const Figure &f : measureSummaryOutputs(window, store, subject.finished, work))
            report(f);
    }
    if (wanted("json"))
        measureJson(store, work, database);
}

void runServerParts(const ServerSetup &setup, const std::function<bool(const char *)> &wanted)
{
    if (!wanted("server") && !wanted("load"))
        return;
    if (setup.manager.host.isEmpty()) {
        std::printf("\n(No --server-host: the team server's figures are left out.)\n");
        return;
    }
    if (wanted("server")) {
        section("Team server (PostgreSQL over its Unix socket, as the manager whose file was "
                "moved onto it): saving one note (ConversationDocument::saveNow), 500 notes; the "
                "floor: raw libpq BEGIN, INSERT, COMMIT into a copy with the same triggers and "
                "policies");
        for (const Figure &f : measureServerSave(setup))
            report(f);
        section("Team server: search (Search::find, 100 newest hits; 30 runs per query); the "
                "floor: the same tsquery statement through raw libpq");
        for (const Figure &f : measureServerSearch(setup))
            report(f);
        section("Team server: opening a conversation (the record load, median of 9)");
        for (const Figure &f : measureServerOpening(setup))
            report(f);
    }
    if (wanted("load"))
        measureLoad(setup);
}

int verdict(const QString &figuresPath)
{
    if (!figuresPath.isEmpty())
        writeFigures(figuresPath, figures);
    QStringList missed;
    for (const Figure &f : figures) {
        if (!f.met())
            missed << f.name;
    }
    std::printf("\n%s\n", missed.isEmpty() ? "Every target holds."
                                           : qPrintable(QStringLiteral("Missed: ") +
                                                        missed.join(QStringLiteral(", "))));
    return missed.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 4 && std::string_view(argv[1]) == "--compare")
        return compareMain(argv[2], argv[3]);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QTemporaryDir> home = privateHome();
    BusyMeter app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dialoog-bench"));
    const QStringList args = app.arguments();
    const auto value = [&args](const char *option) {
        const int at = args.indexOf(QString::fromLatin1(option));
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
    };
    const QString appPath = value("--app"), emptyPath = value("--empty");
    ServerSetup server;
    server.manager = {value("--server-host"), value("--server-database"),
                      value("--server-manager")};
    server.floorDatabase = value("--server-floor");
    server.loadPrefix = value("--server-load-prefix");
    if (!value("--server-load-seconds").isEmpty())
        server.loadSeconds = value("--server-load-seconds").toInt();
    // --only startup,save,search,opening,typing,summary,json,server,load: a part, while
    // working on it;
    // --skip PART,…: all but those.
    const QStringList only = value("--only").split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList skip = value("--skip").split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wanted = [&only, &skip](const char *part) {
        return (only.isEmpty() || only.contains(QLatin1String(part))) &&
               !skip.contains(QLatin1String(part));
    };
    if (args.size() < 2 || appPath.isEmpty() || emptyPath.isEmpty()) {
        std::fprintf(stderr, "usage: dialoog-bench LARGE.sqlite --app DIALOOG --empty EMPTYWINDOW "
                             "[--only PART,…] [--skip PART,…] [--figures OUT.tsv]\n"
                             "         [--server-host SOCKETDIR --server-database DB "
                             "--server-floor DB --server-manager ROLE --server-load-prefix "
                             "PREFIX [--server-load-seconds N]]\n"
                             "       dialoog-bench --compare ONE.tsv TEN.tsv\n");
        return 2;
    }
    QTemporaryDir work;
    const QString database = work.filePath(QStringLiteral("large.sqlite"));
    if (!QFile::copy(args.at(1), database)) {
        std::fprintf(stderr, "dialoog-bench: cannot copy %s\n", qPrintable(args.at(1)));
        return 1;
    }
    QFile::setPermissions(database, QFile::ReadOwner | QFile::WriteOwner);
    std::printf("Dialoog benchmarks on %s (%.0f MB)\n", qPrintable(args.at(1)),
                double(QFileInfo(database).size()) / 1e6);
    try {
        runParts(app, appPath, emptyPath, database, work.path(), wanted);
        runServerParts(server, wanted);
    } catch (const StoreError &e) {
        std::fprintf(stderr, "dialoog-bench: %s\n", qPrintable(e.message()));
        return 1;
    } catch (const std::runtime_error &e) { // a raw floor's connection or statement
        std::fprintf(stderr, "dialoog-bench: %s\n", e.what());
        return 1;
    }
    return verdict(value("--figures"));
}
