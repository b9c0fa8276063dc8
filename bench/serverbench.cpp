#include "serverbench.h"

#include "largedata.h"
#include "services/conversationdocument.h"
#include "store/conversationrepository.h"
#include "store/search.h"
#include "store/store.h"
#include "subject.h"

#include <QCoreApplication>

namespace dialoog::bench {

std::vector<Figure> measureServerSave(const ServerSetup &setup)
{
    Store store(setup.manager.uri(), Store::Open::Existing);
    const Subject subject = pickSubject(store);
    ConversationDocument document(store, store.conversations().load(subject.planned));
    RawPgNoteInserter raw(setup.floor(), subject.planned);
    TextGenerator text(7);
    const auto appSaveMs = [&document](const QString &note) {
        document.addNote(note, false);
        QCoreApplication::processEvents();
        return timeMs([&] {
            if (!document.saveNow())
                throw std::runtime_error("a save on the server failed");
        });
    };
    const auto floorMs = [&raw](const QString &note) {
        QCoreApplication::processEvents();
        return raw.insertMs(note);
    };
    for (int i = 0; i < 20; ++i) {
        appSaveMs(text.note());
        floorMs(text.note());
    }
    std::vector<double> app, floor;
    for (int i = 0; i < 500; ++i) {
        const QString note = text.note();
        app.push_back(appSaveMs(note));
        floor.push_back(floorMs(note));
    }
    return {{QStringLiteral("server: note save p50"), percentile(app, 50), QStringLiteral("ms"),
             percentile(floor, 50), 1.5},
            {QStringLiteral("server: note save p99"), percentile(app, 99), QStringLiteral("ms"),
             percentile(floor, 99), 1.5}};
}

std::vector<Figure> measureServerSearch(const ServerSetup &setup)
{
    Store store(setup.manager.uri(), Store::Open::Existing);
    // A word written once, long ago, as in the file's figures.
    const Subject subject = pickSubject(store);
    const std::vector<Conversation> earlier = store.conversations().forEmployee(subject.employee);
    ConversationRecord old = store.conversations().load(earlier.front().id);
    old.notes.push_back(
        Note{0, 0, Phase::Questions, QDateTime(old.conversation.plannedDate, QTime(11, 0)),
             QStringLiteral("Droomt van een zeppelinvaart met het hele team"), false});
    store.conversations().save(old);
    const QStringList queries{QStringLiteral("zeppelin"), QStringLiteral("coach"),
                              QStringLiteral("klantg"), QStringLiteral("werkdruk bal"),
                              QStringLiteral("reunie")};
    std::vector<Figure> figures;
    std::vector<double> allApp, allRaw;
    for (const QString &typed : queries) {
        const std::vector<double> app = samplesMs(30, [&] { store.search().find(typed, 100); });
        const std::vector<double> raw =
            rawPgSearchMs(setup.manager, Search::tsQuery(typed), 100, 30);
        allApp.insert(allApp.end(), app.begin(), app.end());
        allRaw.insert(allRaw.end(), raw.begin(), raw.end());
        figures.push_back({QStringLiteral("server: search \"%1\" p50").arg(typed),
                           percentile(app, 50), QStringLiteral("ms"), percentile(raw, 50), 1.5,
                           50});
    }
    figures.push_back({QStringLiteral("server: search, all queries p50"), percentile(allApp, 50),
                       QStringLiteral("ms"), percentile(allRaw, 50), 1.5, 50});
    return figures;
}

std::vector<Figure> measureServerOpening(const ServerSetup &setup)
{
    Store store(setup.manager.uri(), Store::Open::Existing);
    const Subject subject = pickSubject(store);
    for (int i = 0; i < 2; ++i)
        store.conversations().load(subject.finished);
    std::size_t items = 0;
    const std::vector<double> loads = samplesMs(9, [&] {
        const ConversationRecord record = store.conversations().load(subject.finished);
        items = record.notes.size() + record.actionItems.size() + record.answers.size();
    });
    std::printf("    (%zu notes, action items and answers in the conversation)\n", items);
    return {{QStringLiteral("server: load a finished conversation"), percentile(loads, 50),
             QStringLiteral("ms"), NAN, NAN, 15}};
}

} // namespace dialoog::bench
