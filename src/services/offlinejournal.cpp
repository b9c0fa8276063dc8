#include "services/offlinejournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dialoog {
namespace {

constexpr int journalFormat = 1;

QByteArray encoded(const OfflineJournal::Entry &entry)
{
    const QJsonObject object{
        {QStringLiteral("format"), journalFormat},
        {QStringLiteral("conversation"), QString::number(entry.conversation)},
        {QStringLiteral("version"), QString::number(entry.version)},
        {QStringLiteral("written"), entry.written.toString(Qt::ISODateWithMs)},
        {QStringLiteral("text"), entry.text},
    };
    return QJsonDocument(object).toJson();
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, std::size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

bool syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

// Written beside the old entry and renamed over it, so a crash leaves one whole entry.
bool writeFile(const QString &path, const QByteArray &data)
{
    const QByteArray temporary = QFile::encodeName(path + QStringLiteral(".new"));
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    // Whatever the umask or an older file said: the owner alone.
    const bool ok = ::fchmod(fd, 0600) == 0 && writeAll(fd, data) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok || ::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0) {
        ::unlink(temporary.constData());
        return false;
    }
    return syncFolder(QFileInfo(path).absolutePath());
}

} // namespace

OfflineJournal::OfflineJournal(const QString &server, const QString &folder)
    : m_folder(folder),
      m_prefix(QString::fromLatin1(
          QCryptographicHash::hash(server.toUtf8(), QCryptographicHash::Sha256).toHex().left(16)))
{
}

QString OfflineJournal::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/journal");
}

QString OfflineJournal::fileFor(Id conversation) const
{
    return m_folder + QLatin1Char('/') + m_prefix + QStringLiteral("-conversation-") +
           QString::number(conversation) + QStringLiteral(".json");
}

bool OfflineJournal::write(const Entry &entry, QString *error) const
{
    const QByteArray folder = QFile::encodeName(m_folder);
    if (!QDir().mkpath(m_folder) || ::chmod(folder.constData(), 0700) != 0 ||
        !writeFile(fileFor(entry.conversation), encoded(entry))) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
}

void OfflineJournal::remove(Id conversation) const
{
    if (QFile::remove(fileFor(conversation)))
        syncFolder(m_folder);
}

std::vector<OfflineJournal::Entry> OfflineJournal::entries() const
{
    std::vector<Entry> entries;
    const QStringList files = QDir(m_folder).entryList(
        {m_prefix + QStringLiteral("-conversation-*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(m_folder + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        Entry entry{object.value(QStringLiteral("conversation")).toString().toLongLong(),
                    object.value(QStringLiteral("version")).toString().toLongLong(),
                    object.value(QStringLiteral("text")).toString(),
                    QDateTime::fromString(object.value(QStringLiteral("written")).toString(),
                                          Qt::ISODateWithMs)};
        // An unreadable file is left where it is, for a person to look at; never removed.
        if (entry.conversation > 0)
            entries.push_back(std::move(entry));
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.written < b.written; });
    return entries;
}

} // namespace dialoog
