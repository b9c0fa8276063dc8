// Writes a database at an older schema version, with a little data, for the
// migration tests: makefixture VERSION PATH. Run once when a migration is added,
// and commit the file as tests/data/dialoog-vVERSION.sqlite.
#include "store/database.h"
#include "store/schema.h"

#include <QString>
#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: makefixture VERSION PATH\n");
        return 2;
    }
    const int version = std::atoi(argv[1]);
    dialoog::Database db(QString::fromLocal8Bit(argv[2]),
                         dialoog::Database::OpenMode::ReadWriteCreate);
    dialoog::schema::migrateTo(db, version);
    // Plain SQL, valid since version 1: the columns these use never change meaning.
    db.exec(R"sql(
INSERT INTO employee (id, name, role, team, email, start_date, rhythm_weeks, archived)
    VALUES (1, 'Fixture Person', 'Tester', 'QA', 'fixture@example.org', '2020-02-01', 6, 0);
INSERT INTO conversation (id, employee_id, planned_date, held_date, phase, next_follow_up, energy,
                          work_happiness, summary)
    VALUES (1, 1, '2025-01-10', '2025-01-10', 'finished', '2025-02-21', 4, 3, 'Went well.');
INSERT INTO question (id, language, text, active, sort_order) VALUES (1, 'en', 'What gives you energy?', 1, 1);
INSERT INTO answer (conversation_id, question_id, text) VALUES (1, 1, 'Helping customers');
INSERT INTO goal (id, employee_id, created_in, what, status, progress) VALUES (1, 1, 1, 'Learn SQL', 'active', 40);
INSERT INTO note (conversation_id, phase, created_at, text, private)
    VALUES (1, 'questions', '2025-01-10T14:00:00.000', 'Private remark', 1);
INSERT INTO action_item (id, conversation_id, text, owner, status, due_date)
    VALUES (1, 1, 'Book the course', 'employee', 'open', '2025-02-01');
)sql");
    // Before version 3 a goal's "how" was one text; migration 3 turns it into a step.
    if (version < 3)
        db.exec("UPDATE goal SET how = 'Evening course' WHERE id = 1");
    else
        db.exec("INSERT INTO goal_step (goal_id, kind, text) VALUES (1, 'task', 'Evening course')");
    return 0;
}
