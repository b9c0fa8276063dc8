<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: support engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::ActionStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::Application</name>
    <message>
        <source>Dialoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialoog cannot open its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Restore the newest backup, made %2? The damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::Backups</name>
    <message>
        <source>The backup folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::CommandLine</name>
    <message>
        <source>Usage: dialoog [--database PATH]
       dialoog COMMAND [OPTIONS]
Prepare, hold and follow up development conversations.

Without a command, Dialoog opens its window on the database.

Commands (they need no display):
  demo --database PATH         fill a database with fictional sample data
  export --database PATH --output FILE [--employee ID] [--include-private]
                               write the data as JSON (FILE - for standard output)
  import --database PATH FILE  add the data of a JSON export, all or nothing
  check --database PATH        check a database: integrity, version, counts
  summary --database PATH --conversation ID --output FILE [--employee-copy]
          [--include-private]  write a conversation&apos;s summary; FILE ends in
                               .pdf, .html or .md

Options:
  --database PATH   the database file (default: %1)
  --help            show this help and exit
  --version         show the version and exit

demo and import create the database when it does not exist; check and export
refuse a missing file. Private notes are exported only with --include-private;
the employee&apos;s copy of a summary leaves out everything that is the manager&apos;s alone.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--employee needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--employee needs a positive number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary needs --conversation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--conversation needs a positive number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary needs --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--employee-copy and --include-private exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs the JSON file to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::ContextPanel</name>
    <message>
        <source>Open items from earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy and work happiness so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier answers to this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%2&amp;nbsp;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=left&gt;Energy&lt;/th&gt;&lt;th align=left&gt;Happiness&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Agreements&lt;/b&gt;&lt;ul style=&quot;margin-top:0&quot;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::ConversationSession</name>
    <message>
        <source>Energy and work happiness have not been scored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee&apos;s own reflection is still empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No achievements gathered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback from colleagues yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running goals not reviewed yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no running development goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals that do not yet say why they matter: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals without tasks, projects or training yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open question has been answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key points are not summarised yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement or action item recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up conversation planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a short summary of the key points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the follow-up conversation, or choose &quot;no follow-up&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::EmployeeDialog</name>
    <message>
        <source>New Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::EmployeeDirectory</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This employee already has conversations, so adding them cannot be undone. Archive them instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::EmployeeListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation was due on %1, %2 weeks after the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::EmployeeListPanel</name>
    <message>
        <source>Filter by name, role or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::EmployeePage</name>
    <message>
        <source>&amp;New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the next conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone in the list to see their conversations, goals and action items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation rhythm: every %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;A conversation is overdue&lt;/b&gt;: it was due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: kept for the record, hidden from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet. Press &lt;b&gt;New conversation&lt;/b&gt; (Ctrl+N) to prepare the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 — %2 %&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::EmptyState</name>
    <message>
        <source>Welcome to Dialoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialoog helps you prepare, hold and follow up development conversations: about growth, energy and what people want to learn.

Start by adding the people you hold conversations with. Or look around first with fictional sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add your first employee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it with &amp;sample data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::GoalStatus</name>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::GoalsPage</name>
    <message>
        <source>Make goals concrete and personal: what does the employee really want to learn, why does it matter for their work and ambitions, and which tasks, projects and training will get them there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new goal: what do they want to learn? Press Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters for their work and ambitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task, project or training — press Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change goal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change goal progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::Headless</name>
    <message>
        <source>Added %1 employees and %2 conversations of sample data to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has problems (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 is not part of the format and was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 employees and %2 conversations into %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no conversation %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a command-line action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::JsonImport</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text that is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date and time as YYYY-MM-DDThh:mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer %1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a positive integer id or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a positive integer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to import (more than %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is nested more deeply than a Dialoog export ever is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text (at byte %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;: this is not a Dialoog export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file was written by a newer Dialoog (format version %1); update Dialoog to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to id %1, which the document does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to id %1, which is not one of this employee&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears twice in the same conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::MainWindow</name>
    <message>
        <source>Dialoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data added: these people are fictional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Employee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone you hold conversations with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Employee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide someone who left; their history is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Archived Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the next conversation with the selected employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Employee Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Employee &amp;Permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as it appears on summaries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question Bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Dialoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Dialoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dialoog %1&lt;/h3&gt;&lt;p&gt;Prepare, hold and follow up development conversations.&lt;/p&gt;&lt;p&gt;Your data stays on this computer: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees: %1 · overdue conversations: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 archived. Undo with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 and everything about them: conversations, notes, goals, feedback? This cannot be undone. (To keep the history, archive instead.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is erased. Older backups may still hold data about them. Delete those %2 backups (a fresh one is made now)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Employee Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about %1 is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. What was there before is kept as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::NotesPanel</name>
    <message>
        <source>Type a note and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: note · Ctrl+Shift+A: action item · Ctrl+Shift+G: agreement · Ctrl+Shift+P: private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · private: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: yours alone, never printed or exported unless you ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::Owner</name>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::Phase</name>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::PhaseBar</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 goals reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running goals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::PhasePage</name>
    <message>
        <source>&lt;b&gt;Still missing&lt;/b&gt;&lt;ul style=&quot;margin-top:0&quot;&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::PreparationPage</name>
    <message>
        <source>Gather what the conversation builds on: what went well, what others noticed, how the goals are going, and what the employee wrote beforehand. Ask how they score their energy and work happiness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy and work happiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an achievement or a reached goal and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievements and reached goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee&apos;s reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback from colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to raise? Points of attention, worries, praise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit points of attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points of attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items from earlier conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the employee&apos;s words: what gives energy, what takes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work happiness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit energy note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well, in the employee&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they see room to grow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they aspire to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went &amp;well:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room to grow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ambitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said — press Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is it going?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::QuestionBankDialog</name>
    <message>
        <source>Question Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked questions are offered in new conversations. Double-click or press F2 to edit a question; questions that were asked stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reads as a closed question; an open form invites more reflection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::QuestionPickerDialog</name>
    <message>
        <source>Choose Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the questions for this conversation. Questions that already have an answer stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::QuestionsPage</name>
    <message>
        <source>Open questions invite reflection. Ask, listen, and note the answer in the employee&apos;s own words. You need not ask them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a question of your own — press Enter to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reads as a closed question, one answered with yes or no. An open form such as &quot;What…&quot;, &quot;How…&quot; or &quot;Which…&quot; invites more reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer, in the employee&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::Relation</name>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::Repository</name>
    <message>
        <source>The %1 with number %2 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::RestoreBackupDialog</name>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an update of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. What Dialoog holds now is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::StepKind</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::Store</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Dialoog database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Dialoog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Dialoog (data version %2; this version reads up to %3). Update Dialoog to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row in %1 points to a missing row in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::StoreError</name>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Dialoog database (it is not a SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: changes to %1 could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened (check that the folder exists and may be written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused because it breaks a rule of the data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::StoreLock</name>
    <message>
        <source>The database is in use by another Dialoog (process %1 on %2). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::Summary</name>
    <message>
        <source>Development conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1 in the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes the manager&apos;s private notes — not for sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work happiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy and work happiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room to grow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee&apos;s reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress on running goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points of attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up planned, by choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(private) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf, .html or .md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::SummaryActions</name>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as PDF, HTML or Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatted and plain text, to paste into an email or an HR system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee&apos;s C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out private notes and points of attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include P&amp;rivate Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summaries will include your private notes until you switch this off. Do not hand such a summary to anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::WorkspaceWindow</name>
    <message>
        <source>%1 — %2[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved by itself; this only does it at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note as &amp;Action Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note as A&amp;greement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note as &amp;Private Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the text in the note line first (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation finished. The next one is in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before finishing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text is kept here and saved as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation could not be saved: %1
The window stays open so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialoog::WrapUpPage</name>
    <message>
        <source>Close with what you take away together: summarise the key points, agree who does what by when, and plan the next conversation now, so the dialogue keeps its rhythm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key points of this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agreement and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done — press Enter to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+6 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm (%1 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No follow-up conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up must come after this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished — &amp;reopen to change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;dialoog --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dialoog: no display to show the window on. The commands demo, export, import and check work without one (see dialoog --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
