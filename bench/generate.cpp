// dialoog-bench-generate PATH [--employees N]: writes the large benchmark database
// (fixed seed, so every run and machine gets the same data).
#include "largedata.h"
#include "store/store.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    dialoog::bench::LargeDataSize size;
    if (const int at = args.indexOf(QStringLiteral("--employees"));
        at >= 0 && at + 1 < args.size()) {
        size.employees = args.at(at + 1).toInt();
        args.remove(at, 2);
    }
    if (args.size() != 1 || size.employees <= 0) {
        std::fprintf(stderr, "usage: dialoog-bench-generate PATH [--employees N]\n");
        return 2;
    }
    const QString path = args.front();
    if (QFile::exists(path)) {
        std::fprintf(stderr, "dialoog-bench-generate: %s exists; remove it first\n",
                     qPrintable(path));
        return 1;
    }
    try {
        QElapsedTimer timer;
        timer.start();
        dialoog::Store store(path, dialoog::Store::Open::CreateIfMissing);
        dialoog::bench::fillLargeDatabase(store, size, 20261126, QDate(2026, 11, 1), true);
        // As the app's idle upkeep leaves a file that has been in use for years: the search
        // index's segments merged (the saves no longer merge them, migration 11), so that
        // no benchmark part starts with a merge of the generator's bulk segments due.
        store.mergeSearchIndex(true);
        while (store.mergingSearchIndex())
            QThread::msleep(50);
        store.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        std::fprintf(stderr, "generated %s in %.1f s\n", qPrintable(path),
                     double(timer.elapsed()) / 1000.0);
    } catch (const dialoog::StoreError &e) {
        std::fprintf(stderr, "dialoog-bench-generate: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
