#pragma once

#include "isotext.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <nlohmann/json.hpp>

namespace dialoog::jsonformat {

using Json = nlohmann::ordered_json;

constexpr const char *formatName = "dialoog-export";
constexpr int version = 1;

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
