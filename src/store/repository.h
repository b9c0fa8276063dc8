#pragma once

#include "database.h"
#include "dialect.h"
#include "statement.h"
#include "storeerror.h"
#include "tables.h"

#include <QCoreApplication>
#include <optional>
#include <string>
#include <vector>

namespace dialoog {

// Create, read, update and delete for one table, driven by its Table<T> mapping.
// SQL is assembled only from the fixed column names in tables.cpp; values are bound.
template <typename T> class Repository final
{
public:
    explicit Repository(Database &db) : m_db(db) {}

    enum class WithId
    {
        No,
        Yes
    };

    Id insert(T &value, WithId withId = WithId::No)
    {
        std::string sql = "INSERT INTO " + std::string(Table<T>::name) + " (";
        std::string marks;
        for (std::size_t i = 0; i < Table<T>::columns.size(); ++i) {
            sql += (i ? ", " : "") + std::string(Table<T>::columns[i]);
            marks += i ? ", ?" : "?";
        }
        if (withId == WithId::Yes) {
            sql += ", id";
            marks += ", ?";
        }
        sql += ") VALUES (" + marks + ")" + std::string(m_db.dialect().returningId());
        Statement statement(m_db, sql);
        Table<T>::bind(statement, value);
        if (withId == WithId::Yes)
            statement.bind(int(Table<T>::columns.size()) + 1, value.id);
        statement.run();
        value.id = m_db.lastInsertId();
        return value.id;
    }

    void update(const T &value)
    {
        if (!tryUpdate(value))
            throw missing(value.id);
    }

    bool tryUpdate(const T &value)
    {
        std::string sql = "UPDATE " + std::string(Table<T>::name) + " SET ";
        for (std::size_t i = 0; i < Table<T>::columns.size(); ++i)
            sql += (i ? ", " : "") + std::string(Table<T>::columns[i]) + " = ?";
        sql += " WHERE id = ?";
        Statement statement(m_db, sql);
        Table<T>::bind(statement, value);
        statement.bind(int(Table<T>::columns.size()) + 1, value.id);
        statement.run();
        return m_db.changes() > 0;
    }

    // Inserts a new value (id 0), updates a stored one; a row that is gone stays gone
    // (StoreError::Kind::NotFound).
    Id save(T &value)
    {
        if (value.id == 0)
            return insert(value);
        update(value);
        return value.id;
    }

    // Deletes the row; false when it was gone already (another window removed it).
    bool tryRemove(Id id)
    {
        Statement statement(m_db, "DELETE FROM " + std::string(Table<T>::name) + " WHERE id = ?");
        statement.bind(1, id).run();
        return m_db.changes() > 0;
    }

    void remove(Id id)
    {
        Statement statement(m_db, "DELETE FROM " + std::string(Table<T>::name) + " WHERE id = ?");
        statement.bind(1, id).run();
        if (m_db.changes() == 0)
            throw missing(id);
    }

    std::optional<T> find(Id id) { return first(select("WHERE id = ?"), id); }

    T get(Id id)
    {
        if (auto value = find(id))
            return *value;
        throw missing(id);
    }

    std::vector<T> all() { return list(select("ORDER BY id")); }

    // Every row whose `column` (a fixed name from tables.cpp) equals `value`, by id.
    std::vector<T> where(std::string_view column, qint64 value)
    {
        return matching(std::string(column) + " = ?", {value});
    }

    // Every row meeting `condition`, a fixed SQL condition with ? for each parameter.
    std::vector<T> matching(const std::string &condition, std::initializer_list<qint64> parameters)
    {
        Statement statement(m_db, select("WHERE " + condition + " ORDER BY id"));
        int index = 0;
        for (qint64 parameter : parameters)
            statement.bind(++index, parameter);
        std::vector<T> rows;
        while (statement.step())
            rows.push_back(Table<T>::read(statement));
        return rows;
    }

    std::optional<T> firstWhere(std::string_view column, qint64 value)
    {
        return first(select("WHERE " + std::string(column) + " = ? ORDER BY id LIMIT 1"), value);
    }

    qint64 count()
    {
        Statement statement(m_db, "SELECT count(*) FROM " + std::string(Table<T>::name));
        return statement.step() ? statement.int64(0) : 0;
    }

    // SELECT id and every column of the table, then `tail` (a fixed condition and order).
    static std::string select(const std::string &tail)
    {
        std::string sql = "SELECT id";
        for (std::string_view column : Table<T>::columns)
            sql += ", " + std::string(column);
        return sql + " FROM " + std::string(Table<T>::name) + " " + tail;
    }

private:
    std::vector<T> list(const std::string &sql)
    {
        Statement statement(m_db, sql);
        std::vector<T> rows;
        while (statement.step())
            rows.push_back(Table<T>::read(statement));
        return rows;
    }

    std::optional<T> first(const std::string &sql, qint64 parameter)
    {
        Statement statement(m_db, sql);
        statement.bind(1, parameter);
        if (statement.step())
            return Table<T>::read(statement);
        return std::nullopt;
    }

    static StoreError missing(Id id)
    {
        return StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("dialoog::Repository",
                                        "This item no longer exists (number %1); it may have "
                                        "been removed in the meantime.")
                .arg(id));
    }

    Database &m_db;
};

} // namespace dialoog
