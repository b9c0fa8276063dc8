#include "store/jsonexport.h"
#include "store/jsonimport.h"
#include "storetestsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace dialoog;
using namespace dialoog::test;

namespace {

// The seed corpus of fuzz/importer_fuzzer and the inputs it once crashed on.
QStringList fuzzInputs()
{
    QStringList files;
    QDirIterator it(QStringLiteral(DIALOOG_TEST_DATA "/fuzz"), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

TEST_CASE("every input of the fuzz corpus is imported whole or refused with its reason, never half")
{
    const QStringList files = fuzzInputs();
    REQUIRE(files.size() >= 40);
    int regressions = 0;
    for (const QString &path : files) {
        INFO(path.toStdString());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QString name = QFileInfo(path).fileName();
        regressions += path.contains(QStringLiteral("/regressions/")) ? 1 : 0;

        TempStore store;
        // Someone already there, who is nobody in the corpus (a namesake is refused now).
        Employee e{0,
                   QStringLiteral("Resident Person"),
                   {},
                   {},
                   QStringLiteral("resident@example.invalid"),
                   {},
                   6,
                   false};
        store->employees().insert(e);
        const ExportOptions everything{std::nullopt, true};
        const std::string before = exportJson(*store, everything);
        const qint64 questions = store->questions().count();
        bool imported = false;
        // Only an ImportError may leave: a StoreError would mean the importer let through
        // what the schema then refused, and names no place in the document.
        try {
            const ImportSummary summary =
                importJson(*store, std::string_view(bytes.constData(), bytes.size()));
            imported = true;
            CHECK(store->employees().count() == 1 + summary.employees);
        } catch (const ImportError &error) {
            CHECK_FALSE(error.message().isEmpty());
            CHECK(exportJson(*store, everything) == before);
            CHECK(store->questions().count() == questions);
        }
        if (name.startsWith(QLatin1String("valid-")))
            CHECK(imported);
        if (name.startsWith(QLatin1String("bad-")))
            CHECK_FALSE(imported);
    }
    CHECK(regressions >= 2);
}

TEST_CASE("text with the character U+0000 and numbers beyond a double are refused by their place")
{
    TempStore store;
    const auto refusal = [&store](const std::string &document) -> QString {
        try {
            importJson(*store, document);
        } catch (const ImportError &error) {
            return error.message();
        }
        return QStringLiteral("accepted");
    };
    CHECK(refusal(R"({"format": "dialoog-export", "version": 1, "employees": [
                    {"name": "\u0000", "rhythmWeeks": 6, "archived": false}]})") ==
          QStringLiteral("$.employees[0].name: expected a text without the character U+0000"));
    CHECK(refusal(R"({"format": "dialoog-export", "version": 1e400})") ==
          QStringLiteral("The file holds a number too large to read."));
    CHECK(store->employees().count() == 0);
}
