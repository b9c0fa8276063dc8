#pragma once

#include "isotext.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <nlohmann/json.hpp>

namespace dialoog::jsonformat {

using Json = nlohmann::ordered_json;

constexpr const char *formatName = "dialoog-export";
// 2: check-ins (kind, topic, next check-in), the report's sign-off and the employee's
// response, the check-in rhythm and the leaving date. Version 1 files are still read.
constexpr int version = 2;

inline Json text(const QString &value)
{
    return value.toStdString();
}

inline Json date(const QDate &value)
{
    return value.isValid() ? Json(isotext::date(value)) : Json(nullptr);
}

inline Json dateTime(const QDateTime &value)
{
    return value.isValid() ? Json(isotext::dateTime(value)) : Json(nullptr);
}

} // namespace dialoog::jsonformat
