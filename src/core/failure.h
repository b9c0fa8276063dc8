#pragma once

#include <QString>
#include <stdexcept>

namespace dialoog {

// Something the user has to hear about, worded for them. The store's errors are
// failures, so layers that may not see the store (the GUI) catch this instead.
class Failure : public std::runtime_error
{
public:
    explicit Failure(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }

    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace dialoog
