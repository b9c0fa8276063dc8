<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Voor- en achternaam</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>For example: support engineer</source>
        <translation>Bijvoorbeeld: supportmedewerker</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <source>&amp;Started on:</source>
        <translation>&amp;In dienst sinds:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Conversation &amp;every:</source>
        <translation>&amp;Gesprek elke:</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source>Check-&amp;in every:</source>
        <translation>Check-&amp;in elke:</translation>
    </message>
    <message>
        <source>How often a short check-in is due, counted from the last check-in or development conversation</source>
        <translation>Hoe vaak een korte check-in aan de beurt is, gerekend vanaf de laatste check-in of het laatste ontwikkelgesprek</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>not asked</source>
        <translation>niet gevraagd</translation>
    </message>
    <message>
        <source> of 5</source>
        <translation> van 5</translation>
    </message>
</context>
<context>
    <name>dialoog::ActionItemsEditor</name>
    <message>
        <source>Action item</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nieuw actiepunt</translation>
    </message>
    <message>
        <source>What will be done — press Enter to add</source>
        <translation>Wat er gaat gebeuren — druk op Enter om toe te voegen</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>geen deadline</translation>
    </message>
    <message>
        <source>Due date of the new action item</source>
        <translation>Deadline van het nieuwe actiepunt</translation>
    </message>
    <message>
        <source>Owner of the new action item</source>
        <translation>Eigenaar van het nieuwe actiepunt</translation>
    </message>
</context>
<context>
    <name>dialoog::ActionStatus</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
</context>
<context>
    <name>dialoog::Application</name>
    <message>
        <source>Connected to the team server again.</source>
        <translation>Weer verbonden met de teamserver.</translation>
    </message>
    <message>
        <source>The team server cannot be reached. Everything you type is kept on this computer and saved when it is back; Dialoog keeps trying.</source>
        <translation>De teamserver is niet bereikbaar. Alles wat je typt, blijft op deze computer bewaard en wordt opgeslagen zodra de server terug is; Dialoog blijft het proberen.</translation>
    </message>
    <message numerus="yes">
        <source>Text typed while the team server could not be reached was saved as a private note in %n conversation(s).</source>
        <translation>
            <numerusform>Tekst die je typte terwijl de teamserver niet bereikbaar was, is als privénotitie opgeslagen in %n gesprek.</numerusform>
            <numerusform>Tekst die je typte terwijl de teamserver niet bereikbaar was, is als privénotitie opgeslagen in %n gesprekken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dialoog</source>
        <translation>Dialoog</translation>
    </message>
</context>
<context>
    <name>dialoog::ArchiveDialog</name>
    <message>
        <source>Their history is kept until you erase it.</source>
        <translation>Het dossier blijft bewaard tot je het wist.</translation>
    </message>
    <message numerus="yes">
        <source>Their history is kept for %n year(s) after the day they left, then removed with everything else about them (Settings → Preferences → Data).</source>
        <translation>
            <numerusform>Het dossier blijft %n jaar na de dag van vertrek bewaard en wordt daarna verwijderd met al het andere over deze medewerker (Instellingen → Voorkeuren → Gegevens).</numerusform>
            <numerusform>Het dossier blijft %n jaar na de dag van vertrek bewaard en wordt daarna verwijderd met al het andere over deze medewerker (Instellingen → Voorkeuren → Gegevens).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Uit dienst op:</translation>
    </message>
    <message>
        <source>&amp;Not leaving, just archive</source>
        <translation>&amp;Niet uit dienst, alleen archiveren</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>%1 archiveren</translation>
    </message>
    <message>
        <source>Day they left</source>
        <translation>Dag van uitdiensttreding</translation>
    </message>
    <message>
        <source>%1 is hidden from the list. Did they leave the organisation?</source>
        <translation>%1 verdwijnt uit de lijst. Is deze medewerker uit dienst gegaan?</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
</context>
<context>
    <name>dialoog::BackupPolicy</name>
    <message>
        <source>A team database is restored by its administrator, not by Dialoog.</source>
        <translation>Een teamdatabase wordt door de beheerder teruggezet, niet door Dialoog.</translation>
    </message>
</context>
<context>
    <name>dialoog::Backups</name>
    <message>
        <source>The backup folder %1 could not be created.</source>
        <translation>De back-upmap %1 kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>De back-up %1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>backup failed</source>
        <translation>back-up mislukt</translation>
    </message>
    <message>
        <source>The backup %1 is damaged itself.</source>
        <translation>De back-up %1 is zelf beschadigd.</translation>
    </message>
    <message>
        <source>restore failed</source>
        <translation>terugzetten mislukt</translation>
    </message>
    <message>
        <source>%1 could not be set aside.</source>
        <translation>%1 kon niet apart worden gezet.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1.</source>
        <translation>De back-up kon niet naar %1 worden gekopieerd.</translation>
    </message>
    <message>
        <source>A team database is backed up on its server, not in files.</source>
        <translation>Een teamdatabase wordt op zijn server geback-upt, niet in bestanden.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written.</source>
        <translation>De back-up %1 kon niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>dialoog::CalendarActions</name>
    <message>
        <source>Add to &amp;Calendar…</source>
        <translation>Aan agenda &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Put the next conversation in your calendar application</source>
        <translation>Zet het volgende gesprek in je agendaprogramma</translation>
    </message>
    <message>
        <source>Save &amp;Invite…</source>
        <translation>&amp;Uitnodiging opslaan…</translation>
    </message>
    <message>
        <source>Save the next conversation as a calendar invite (.ics)</source>
        <translation>Sla het volgende gesprek op als agenda-uitnodiging (.ics)</translation>
    </message>
    <message>
        <source>Calendar Invite</source>
        <translation>Agenda-uitnodiging</translation>
    </message>
    <message>
        <source>Save Invite</source>
        <translation>Uitnodiging opslaan</translation>
    </message>
    <message>
        <source>Calendar invite (*.ics)</source>
        <translation>Agenda-uitnodiging (*.ics)</translation>
    </message>
    <message>
        <source>The invite is saved in %1.</source>
        <translation>De uitnodiging is opgeslagen in %1.</translation>
    </message>
    <message>
        <source>The invite is opened in your calendar application.</source>
        <translation>De uitnodiging is geopend in je agendaprogramma.</translation>
    </message>
    <message>
        <source>No calendar application opened the invite; save it as a file.</source>
        <translation>Geen agendaprogramma heeft de uitnodiging geopend; sla de uitnodiging op als bestand.</translation>
    </message>
</context>
<context>
    <name>dialoog::CalendarTimeDialog</name>
    <message>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Begint om:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duur:</translation>
    </message>
</context>
<context>
    <name>dialoog::CheckInPage</name>
    <message>
        <source>A short talk in between, 15 to 20 minutes: how it is going, one topic, a line on each running goal, and what you agree. Notes go in the note line.</source>
        <translation>Een kort gesprek tussendoor, 15 tot 20 minuten: hoe het gaat, één onderwerp, een regel per lopend doel en wat jullie afspreken. Notities gaan in de notitieregel.</translation>
    </message>
    <message>
        <source>Energy and topic</source>
        <translation>Energie en onderwerp</translation>
    </message>
    <message>
        <source>Running goals</source>
        <translation>Lopende doelen</translation>
    </message>
    <message>
        <source>Notes since last time</source>
        <translation>Notities sinds de vorige keer</translation>
    </message>
    <message>
        <source>Open items from earlier conversations</source>
        <translation>Openstaande punten uit eerdere gesprekken</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunten</translation>
    </message>
    <message>
        <source>The key points, if you want them on the check-in note</source>
        <translation>De kernpunten, als je ze in het check-inverslag wilt</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Volgende check-in</translation>
    </message>
    <message>
        <source>&amp;Work happiness:</source>
        <translation>Wer&amp;kgeluk:</translation>
    </message>
    <message>
        <source>Energ&amp;y:</source>
        <translation>&amp;Energie:</translation>
    </message>
    <message>
        <source>Which project, experience or goal</source>
        <translation>Welk project, welke ervaring of welk doel</translation>
    </message>
    <message>
        <source>What the topic is</source>
        <translation>Waar het onderwerp over gaat</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>No running goals.</source>
        <translation>Geen lopende doelen.</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Voortgang van %1</translation>
    </message>
    <message>
        <source>How is it going? Enter records it</source>
        <translation>Hoe gaat het? Enter legt het vast</translation>
    </message>
    <message>
        <source>How %1 is going</source>
        <translation>Hoe het gaat met %1</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <source>+&amp;1 week</source>
        <translation>+&amp;1 week</translation>
    </message>
    <message>
        <source>+&amp;2 weeks</source>
        <translation>+&amp;2 weken</translation>
    </message>
    <message>
        <source>+&amp;4 weeks</source>
        <translation>+&amp;4 weken</translation>
    </message>
    <message>
        <source>The next check-in must come after this one.</source>
        <translation>De volgende check-in moet na deze komen.</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Afdrukvoorbeeld…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Held — &amp;reopen to change</source>
        <translation>Gehouden — he&amp;ropenen om te wijzigen</translation>
    </message>
    <message>
        <source>&amp;Finish: the check-in is held</source>
        <translation>A&amp;fronden: de check-in is gehouden</translation>
    </message>
</context>
<context>
    <name>dialoog::CheckInTopic</name>
    <message>
        <source>No particular topic</source>
        <translation>Geen bepaald onderwerp</translation>
    </message>
    <message>
        <source>Sparring about a project</source>
        <translation>Sparren over een project</translation>
    </message>
    <message>
        <source>Looking back on a learning experience</source>
        <translation>Terugkijken op een leerervaring</translation>
    </message>
    <message>
        <source>Progress on a goal</source>
        <translation>Voortgang van een doel</translation>
    </message>
</context>
<context>
    <name>dialoog::CommandLine</name>
    <message>
        <source>--database needs a path</source>
        <translation>--database heeft een pad nodig</translation>
    </message>
    <message>
        <source>export needs --output FILE</source>
        <translation>export heeft --output FILE nodig</translation>
    </message>
    <message>
        <source>--employee needs an id</source>
        <translation>--employee heeft een ID nodig</translation>
    </message>
    <message>
        <source>--employee needs a positive number, not &quot;%1&quot;</source>
        <translation>--employee verwacht een positief getal, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>summary needs --conversation ID</source>
        <translation>summary heeft --conversation ID nodig</translation>
    </message>
    <message>
        <source>--conversation needs a positive number, not &quot;%1&quot;</source>
        <translation>--conversation verwacht een positief getal, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>summary needs --output FILE</source>
        <translation>summary heeft --output FILE nodig</translation>
    </message>
    <message>
        <source>--employee-copy and --include-private exclude each other</source>
        <translation>--employee-copy en --include-private sluiten elkaar uit</translation>
    </message>
    <message>
        <source>import needs the JSON file to read</source>
        <translation>import heeft het JSON-bestand nodig dat moet worden ingelezen</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>onbekende opdracht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>onverwacht argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--language takes en or nl</source>
        <translation>--language neemt en of nl</translation>
    </message>
    <message>
        <source>--quit-after-first-paint is for the window, not for commands</source>
        <translation>--quit-after-first-paint is voor het venster, niet voor opdrachten</translation>
    </message>
    <message>
        <source>ics needs --conversation ID</source>
        <translation>ics heeft --conversation ID nodig</translation>
    </message>
    <message>
        <source>ics needs --output FILE</source>
        <translation>ics heeft --output FILE nodig</translation>
    </message>
    <message>
        <source>handover needs --employee ID</source>
        <translation>handover heeft --employee ID nodig</translation>
    </message>
    <message>
        <source>handover needs --output FILE</source>
        <translation>handover heeft --output FILE nodig</translation>
    </message>
    <message>
        <source>%1 changes the database and cannot be used with --read-only</source>
        <translation>%1 wijzigt de database en kan niet samen met --read-only worden gebruikt</translation>
    </message>
    <message>
        <source>server commands need --database and the server&apos;s connection</source>
        <translation>serveropdrachten hebben --database met de verbinding naar de server nodig</translation>
    </message>
    <message>
        <source>server add-manager needs the role to create</source>
        <translation>server add-manager heeft de aan te maken rol nodig</translation>
    </message>
    <message>
        <source>server reassign needs --employee ID</source>
        <translation>server reassign heeft --employee ID nodig</translation>
    </message>
    <message>
        <source>server reassign needs --to ROLE</source>
        <translation>server reassign heeft --to ROLE nodig</translation>
    </message>
    <message>
        <source>server needs init, add-manager or reassign</source>
        <translation>server heeft init, add-manager of reassign nodig</translation>
    </message>
    <message>
        <source>unknown server command &quot;%1&quot;</source>
        <translation>onbekende serveropdracht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>move needs --from FILE</source>
        <translation>move heeft --from FILE nodig</translation>
    </message>
    <message>
        <source>move needs --to and the server&apos;s connection</source>
        <translation>move heeft --to met de verbinding naar de server nodig</translation>
    </message>
    <message>
        <source>Usage: dialoog [--database PATH]
       dialoog COMMAND [OPTIONS]
Prepare, hold and follow up development conversations.

Without a command, Dialoog opens its window on the database.

Commands (they need no display):
  demo --database PATH [--language en|nl]
                               fill a database with fictional sample data, in
                               Dutch or English as the interface is, unless
                               --language chooses
  export --database PATH --output FILE [--employee ID] [--include-private]
                               write the data as JSON (FILE - for standard output)
  import --database PATH FILE [--as-new-person]
                               add the data of a JSON export or handover file, all
                               or nothing; refused when someone in it has the name
                               or email of someone already there, unless
                               --as-new-person adds them as a separate person
  handover --database PATH --employee ID --output FILE [--include-private]
          [--language en|nl]
                               write one employee&apos;s whole history as one file for
                               the next manager: the JSON export with a PDF of all
                               summaries inside (take it over with import)
  check --database PATH        check a database: integrity, version, counts
  summary --database PATH --conversation ID --output FILE [--employee-copy]
          [--include-private] [--language en|nl]
                               write a conversation&apos;s summary; FILE ends in
                               .pdf, .html or .md
  ics --database PATH --conversation ID --output FILE.ics
                               write a calendar invite for the next
                               conversation (FILE - for standard output)
  move --from FILE --to SERVER
                               move a local database onto the team server under
                               your own role, all or nothing; the file is left
                               as it was

Team server commands (for the administrator; see docs/team-server.md):
  server init --database SERVER
                               create the roles, tables and access rules, or
                               bring an older server up to date; safe to repeat
  server add-manager --database SERVER ROLE [--hr]
                               create a manager&apos;s login role (with --hr: one
                               that sees only the HR overview); no password is
                               stored, set one with psql&apos;s \password
  server reassign --database SERVER --employee ID --to ROLE
                               hand an employee and their history to another
                               manager; private notes stay their author&apos;s

Options:
  --database PATH   the database file (default: %1), or a team database on a
                    PostgreSQL server: postgresql://HOST/NAME or service=NAME
  --read-only       open the database without changing anything (window, check,
                    export, summary); a file that may not be changed opens so too
  --help            show this help and exit
  --quit-after-first-paint
                    open the window and quit once it has painted (for
                    timing the start-up)
  --quit-after-whole-list
                    open the window, say when it has painted and quit once
                    the whole employee list is shown too (for timing the
                    start-up)
  --version         show the version and exit

demo and import create the database when it does not exist; check, export and
handover refuse a missing file. Private notes are exported only with --include-private;
the employee&apos;s copy of a summary leaves out everything that is the manager&apos;s alone.
</source>
        <translation>Gebruik: dialoog [--database PATH]
         dialoog OPDRACHT [OPTIES]
Ontwikkelgesprekken voorbereiden, voeren en opvolgen.

Zonder opdracht opent Dialoog het venster met de database.

Opdrachten (hebben geen beeldscherm nodig):
  demo --database PATH [--language en|nl]
                               een database vullen met fictieve voorbeeldgegevens,
                               in het Nederlands of Engels, zoals de interface,
                               tenzij --language kiest
  export --database PATH --output FILE [--employee ID] [--include-private]
                               de gegevens als JSON schrijven (FILE - voor
                               standaarduitvoer)
  import --database PATH FILE [--as-new-person]
                               de gegevens van een JSON-export of
                               overdrachtsbestand toevoegen, alles of niets;
                               geweigerd als iemand erin dezelfde naam of
                               hetzelfde e-mailadres heeft als iemand die er al
                               is, tenzij --as-new-person die als een aparte
                               persoon toevoegt
  handover --database PATH --employee ID --output FILE [--include-private]
          [--language en|nl]
                               de hele geschiedenis van één medewerker als één
                               bestand schrijven voor de volgende
                               leidinggevende: de JSON-export met een PDF van
                               alle samenvattingen erin (overnemen met import)
  check --database PATH        een database controleren: integriteit, versie,
                               aantallen
  summary --database PATH --conversation ID --output FILE [--employee-copy]
          [--include-private] [--language en|nl]
                               de samenvatting van een gesprek schrijven; FILE
                               eindigt op .pdf, .html of .md
  ics --database PATH --conversation ID --output FILE.ics
                               een agenda-uitnodiging voor het volgende gesprek
                               schrijven (FILE - voor standaarduitvoer)
  move --from FILE --to SERVER
                               een lokale database naar de teamserver verhuizen,
                               onder je eigen rol, alles of niets; het bestand
                               blijft zoals het was

Opdrachten voor de teamserver (voor de beheerder; zie docs/team-server.md):
  server init --database SERVER
                               de rollen, tabellen en toegangsregels aanmaken,
                               of een oudere server bijwerken; mag vaker
  server add-manager --database SERVER ROLE [--hr]
                               een inlogrol voor een leidinggevende aanmaken
                               (met --hr: een die alleen het HR-overzicht ziet);
                               er wordt geen wachtwoord opgeslagen, stel er een
                               in met \password in psql
  server reassign --database SERVER --employee ID --to ROLE
                               een medewerker met de hele geschiedenis aan een
                               andere leidinggevende overdragen; privénotities
                               blijven van wie ze schreef

Opties:
  --database PATH   het databasebestand (standaard: %1), of een teamdatabase op een
                    PostgreSQL-server: postgresql://HOST/NAAM of service=NAAM
  --read-only       de database openen zonder iets te wijzigen (venster, check,
                    export, summary); een bestand dat niet gewijzigd mag
                    worden, opent ook zo
  --help            deze hulp tonen en afsluiten
  --quit-after-first-paint
                    het venster openen en afsluiten zodra het getekend is
                    (om de opstarttijd te meten)
  --quit-after-whole-list
                    het venster openen, zeggen wanneer het getekend is en
                    afsluiten zodra ook de hele medewerkerslijst getoond is
                    (om de opstarttijd te meten)
  --version         de versie tonen en afsluiten

demo en import maken de database aan als die nog niet bestaat; check, export en
handover weigeren een ontbrekend bestand. Privénotities worden alleen met
--include-private geëxporteerd; het exemplaar voor de medewerker van een
samenvatting laat alles weg wat alleen voor de leidinggevende is.
</translation>
    </message>
    <message>
        <source>--quit-after-whole-list is for the window, not for commands</source>
        <translation>--quit-after-whole-list is voor het venster, niet voor opdrachten</translation>
    </message>
</context>
<context>
    <name>dialoog::ConflictBar</name>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <source>&amp;Keep My Text as a Note</source>
        <translation>Mi&amp;jn tekst bewaren als notitie</translation>
    </message>
    <message>
        <source>Saved on another computer</source>
        <translation>Opgeslagen op een andere computer</translation>
    </message>
    <message>
        <source>Someone else saved this conversation on another computer, so your latest changes were not saved. Reload to see their version; what you typed is kept as a private note, so nothing is lost.</source>
        <translation>Iemand anders heeft dit gesprek op een andere computer opgeslagen, dus je laatste wijzigingen zijn niet opgeslagen. Laad opnieuw om die versie te zien; wat je typte wordt bewaard als privénotitie, zodat er niets verloren gaat.</translation>
    </message>
</context>
<context>
    <name>dialoog::ContextPanel</name>
    <message>
        <source>Open items from earlier</source>
        <translation>Openstaande punten van eerder</translation>
    </message>
    <message>
        <source>Energy and work happiness so far</source>
        <translation>Energie en werkgeluk tot nu toe</translation>
    </message>
    <message>
        <source>Last conversation</source>
        <translation>Laatste gesprek</translation>
    </message>
    <message>
        <source>Earlier answers to this question</source>
        <translation>Eerdere antwoorden op deze vraag</translation>
    </message>
    <message>
        <source>This is the first conversation.</source>
        <translation>Dit is het eerste gesprek.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Agreements&lt;/b&gt;&lt;ul style=&quot;margin-top:0&quot;&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Afspraken&lt;/b&gt;&lt;ul style=&quot;margin-top:0&quot;&gt;</translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation> (deadline %1)</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Niets openstaand.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not asked before.</source>
        <translation>Nog niet eerder gevraagd.</translation>
    </message>
</context>
<context>
    <name>dialoog::ConversationDocument</name>
    <message>
        <source>The server cannot be reached. Everything you type is kept on this computer and saved when the server is back; Dialoog keeps trying.</source>
        <translation>De server is niet bereikbaar. Alles wat je typt, blijft op deze computer bewaard en wordt opgeslagen zodra de server terug is; Dialoog blijft het proberen.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and the copy on this computer could not be written (%1). Keep this window open: Dialoog keeps trying.</source>
        <translation>De server is niet bereikbaar, en de kopie op deze computer kon niet worden geschreven (%1). Houd dit venster open: Dialoog blijft het proberen.</translation>
    </message>
    <message>
        <source>Paste feedback answers</source>
        <translation>Feedbackantwoorden plakken</translation>
    </message>
    <message>
        <source>Edit energy note</source>
        <translation>Energienotitie bewerken</translation>
    </message>
    <message>
        <source>Edit points of attention</source>
        <translation>Aandachtspunten bewerken</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>Samenvatting bewerken</translation>
    </message>
    <message>
        <source>Edit reflection</source>
        <translation>Reflectie bewerken</translation>
    </message>
    <message>
        <source>Score energy</source>
        <translation>Energie scoren</translation>
    </message>
    <message>
        <source>Paste reflection answers</source>
        <translation>Reflectieantwoorden plakken</translation>
    </message>
    <message>
        <source>Add achievement</source>
        <translation>Prestatie toevoegen</translation>
    </message>
    <message>
        <source>Remove achievement</source>
        <translation>Prestatie verwijderen</translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation>Feedback toevoegen</translation>
    </message>
    <message>
        <source>Review goal</source>
        <translation>Doel bespreken</translation>
    </message>
    <message>
        <source>Mark action item</source>
        <translation>Actiepunt markeren</translation>
    </message>
    <message>
        <source>Move note for next time to notes</source>
        <translation>Notitie voor de volgende keer naar notities verplaatsen</translation>
    </message>
    <message>
        <source>Dismiss note for next time</source>
        <translation>Notitie voor de volgende keer schrappen</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <source>Change goal status</source>
        <translation>Doelstatus wijzigen</translation>
    </message>
    <message>
        <source>Change goal progress</source>
        <translation>Voortgang van doel wijzigen</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Doel bewerken</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Vraag toevoegen</translation>
    </message>
    <message>
        <source>Choose questions</source>
        <translation>Vragen kiezen</translation>
    </message>
    <message>
        <source>Add private note</source>
        <translation>Privénotitie toevoegen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>Plan follow-up</source>
        <translation>Vervolggesprek plannen</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Geen vervolggesprek</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Actiepunt toevoegen</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message>
        <source>Remove agreement</source>
        <translation>Afspraak verwijderen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>Send report to employee</source>
        <translation>Verslag naar medewerker sturen</translation>
    </message>
    <message>
        <source>Mark report seen</source>
        <translation>Verslag voor gezien markeren</translation>
    </message>
    <message>
        <source>Mark report agreed</source>
        <translation>Verslag voor akkoord markeren</translation>
    </message>
    <message>
        <source>Mark report disputed</source>
        <translation>Verslag als betwist markeren</translation>
    </message>
    <message>
        <source>Paste employee&apos;s response</source>
        <translation>Reactie van medewerker plakken</translation>
    </message>
    <message>
        <source>Plan next check-in</source>
        <translation>Volgende check-in plannen</translation>
    </message>
    <message>
        <source>Edit topic</source>
        <translation>Onderwerp bewerken</translation>
    </message>
    <message>
        <source>Choose topic</source>
        <translation>Onderwerp kiezen</translation>
    </message>
</context>
<context>
    <name>dialoog::ConversationKind</name>
    <message>
        <source>Development conversation</source>
        <translation>Ontwikkelgesprek</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
</context>
<context>
    <name>dialoog::ConversationRepository</name>
    <message>
        <source>Someone else saved this conversation in the meantime.</source>
        <translation>Iemand anders heeft dit gesprek intussen opgeslagen.</translation>
    </message>
</context>
<context>
    <name>dialoog::ConversationSession</name>
    <message>
        <source>Energy and work happiness have not been scored yet.</source>
        <translation>Energie en werkgeluk hebben nog geen score.</translation>
    </message>
    <message>
        <source>The employee&apos;s own reflection is still empty.</source>
        <translation>De eigen reflectie van de medewerker is nog leeg.</translation>
    </message>
    <message>
        <source>No achievements gathered yet.</source>
        <translation>Nog geen prestaties verzameld.</translation>
    </message>
    <message>
        <source>No feedback from colleagues yet.</source>
        <translation>Nog geen feedback van collega&apos;s.</translation>
    </message>
    <message>
        <source>Running goals not reviewed yet: %1.</source>
        <translation>Lopende doelen nog niet besproken: %1.</translation>
    </message>
    <message>
        <source>There is no running development goal.</source>
        <translation>Er is geen lopend ontwikkeldoel.</translation>
    </message>
    <message>
        <source>Goals that do not yet say why they matter: %1.</source>
        <translation>Doelen waarbij nog niet staat waarom ze belangrijk zijn: %1.</translation>
    </message>
    <message>
        <source>Goals without tasks, projects or training yet: %1.</source>
        <translation>Doelen nog zonder taken, projecten of training: %1.</translation>
    </message>
    <message>
        <source>No open question has been answered yet.</source>
        <translation>Er is nog geen open vraag beantwoord.</translation>
    </message>
    <message>
        <source>The key points are not summarised yet.</source>
        <translation>De kernpunten zijn nog niet samengevat.</translation>
    </message>
    <message>
        <source>No agreement or action item recorded yet.</source>
        <translation>Nog geen afspraak of actiepunt vastgelegd.</translation>
    </message>
    <message>
        <source>No follow-up conversation planned yet.</source>
        <translation>Nog geen vervolggesprek gepland.</translation>
    </message>
    <message>
        <source>Write a short summary of the key points.</source>
        <translation>Schrijf een korte samenvatting van de kernpunten.</translation>
    </message>
    <message>
        <source>Plan the follow-up conversation, or choose &quot;no follow-up&quot;.</source>
        <translation>Plan het vervolggesprek of kies &quot;Geen vervolggesprek&quot;.</translation>
    </message>
    <message>
        <source>No topic chosen for this check-in yet.</source>
        <translation>Nog geen onderwerp gekozen voor deze check-in.</translation>
    </message>
    <message>
        <source>The next check-in is not planned yet.</source>
        <translation>De volgende check-in is nog niet gepland.</translation>
    </message>
</context>
<context>
    <name>dialoog::ConversationWindows</name>
    <message>
        <source>&amp;New Conversation</source>
        <translation>&amp;Nieuw gesprek</translation>
    </message>
    <message>
        <source>Prepare the next conversation with the selected employee</source>
        <translation>Bereid het volgende gesprek met de geselecteerde medewerker voor</translation>
    </message>
    <message>
        <source>&amp;Open Conversation</source>
        <translation>Gesprek &amp;openen</translation>
    </message>
    <message>
        <source>New Check-&amp;in</source>
        <translation>Nieuwe check-&amp;in</translation>
    </message>
    <message>
        <source>A short check-in with the selected employee, on one screen</source>
        <translation>Een korte check-in met de geselecteerde medewerker, op één scherm</translation>
    </message>
</context>
<context>
    <name>dialoog::ConversationsPage</name>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source>For people you add from now on; each employee keeps their own rhythm.</source>
        <translation>Voor mensen die je vanaf nu toevoegt; iedere medewerker houdt een eigen ritme.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Niet tonen</translation>
    </message>
    <message>
        <source>Shown beside the clock, split over the four phases; it never interrupts.</source>
        <translation>Naast de klok, verdeeld over de vier fasen; het onderbreekt nooit.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Default &amp;rhythm:</source>
        <translation>Standaard&amp;ritme:</translation>
    </message>
    <message>
        <source>&amp;Planned length:</source>
        <translation>&amp;Geplande duur:</translation>
    </message>
    <message>
        <source>Calendar invites</source>
        <translation>Agenda-uitnodigingen</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Begint om:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <source>For everyone whose own check-in rhythm is the default, at once. A development conversation counts as contact too.</source>
        <translation>Geldt meteen voor iedereen die het standaard check-inritme volgt. Een ontwikkelgesprek telt ook als contact.</translation>
    </message>
    <message>
        <source>Default check-&amp;in rhythm:</source>
        <translation>Standaard check-&amp;inritme:</translation>
    </message>
</context>
<context>
    <name>dialoog::DatabaseOpener</name>
    <message>
        <source>There is no backup of %1.</source>
        <translation>Er is geen back-up van %1.</translation>
    </message>
    <message>
        <source>%1 is read-only, so nothing was changed. %2</source>
        <translation>%1 is alleen-lezen, dus er is niets gewijzigd. %2</translation>
    </message>
</context>
<context>
    <name>dialoog::EarlierActionsSection</name>
    <message>
        <source>Action item</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Open items from earlier conversations</source>
        <translation>Openstaande punten uit eerdere gesprekken</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Ged&amp;aan</translation>
    </message>
    <message>
        <source>Still o&amp;pen</source>
        <translation>Nog o&amp;pen</translation>
    </message>
    <message>
        <source>Dr&amp;opped</source>
        <translation>Verva&amp;llen</translation>
    </message>
    <message>
        <source>Mark the selected item:</source>
        <translation>Markeer het geselecteerde punt:</translation>
    </message>
    <message>
        <source>Made in the conversation of %1.</source>
        <translation>Ontstaan in het gesprek van %1.</translation>
    </message>
    <message>
        <source>Made in a conversation without a date.</source>
        <translation>Ontstaan in een gesprek zonder datum.</translation>
    </message>
    <message>
        <source>Carried over into the conversation of %1.</source>
        <translation>Meegenomen naar het gesprek van %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Closed in the conversation of %1.</source>
        <translation>Afgesloten in het gesprek van %1.</translation>
    </message>
</context>
<context>
    <name>dialoog::EmployeeActions</name>
    <message>
        <source>New &amp;Employee…</source>
        <translation>Nieuwe &amp;medewerker…</translation>
    </message>
    <message>
        <source>Add someone you hold conversations with</source>
        <translation>Voeg iemand toe met wie je gesprekken voert</translation>
    </message>
    <message>
        <source>&amp;Edit Employee…</source>
        <translation>Medewerker &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Archive Employee</source>
        <translation>Medewerker &amp;archiveren</translation>
    </message>
    <message>
        <source>Hide someone who left; their history is kept</source>
        <translation>Verberg iemand die is vertrokken; de geschiedenis blijft bewaard</translation>
    </message>
    <message>
        <source>Erase Employee &amp;Permanently…</source>
        <translation>Medewerker &amp;definitief wissen…</translation>
    </message>
    <message>
        <source>E&amp;xport Employee Data…</source>
        <translation>Medewerkergegevens e&amp;xporteren…</translation>
    </message>
    <message>
        <source>&amp;Hand Over Employee…</source>
        <translation>Medewerker &amp;overdragen…</translation>
    </message>
    <message>
        <source>&amp;Take Over Employee…</source>
        <translation>Medewerker over&amp;nemen…</translation>
    </message>
    <message>
        <source>Note for Next &amp;Time…</source>
        <translation>Notitie voor de &amp;volgende keer…</translation>
    </message>
    <message>
        <source>Jot down something for the next conversation with the selected employee</source>
        <translation>Noteer iets voor het volgende gesprek met de geselecteerde medewerker</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Add &amp;Feedback…</source>
        <translation>&amp;Feedback toevoegen…</translation>
    </message>
    <message>
        <source>Record feedback from a colleague; the next preparation shows it</source>
        <translation>Leg feedback van een collega vast; de volgende voorbereiding toont die</translation>
    </message>
    <message>
        <source>&amp;Restore Employee</source>
        <translation>Medewerker &amp;terugzetten</translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation>%1 teruggezet.</translation>
    </message>
    <message>
        <source>%1 archived. Undo with %2.</source>
        <translation>%1 gearchiveerd. Ongedaan maken met %2.</translation>
    </message>
    <message>
        <source>Erase Employee</source>
        <translation>Medewerker wissen</translation>
    </message>
    <message>
        <source>Erase %1 and everything about them: conversations, notes, goals, feedback? This cannot be undone. (To keep the history, archive instead.)</source>
        <translation>%1 en alles over deze persoon wissen: gesprekken, notities, doelen, feedback? Dit kan niet ongedaan worden gemaakt. (Archiveer in plaats daarvan om de geschiedenis te bewaren.)</translation>
    </message>
    <message>
        <source>%1 is erased. Older backups may still hold data about them. Delete those %2 backups (a fresh one is made now)?</source>
        <translation>%1 is gewist. Oudere back-ups kunnen nog gegevens over deze persoon bevatten. Die %2 back-ups verwijderen (er wordt nu een nieuwe gemaakt)?</translation>
    </message>
    <message>
        <source>%1 is erased.</source>
        <translation>%1 is gewist.</translation>
    </message>
    <message>
        <source>Export Employee Data</source>
        <translation>Medewerkergegevens exporteren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Everything held about %1 is in %2.</source>
        <translation>Alles wat over %1 is vastgelegd, staat in %2.</translation>
    </message>
    <message>
        <source>Noted for the next conversation with %1.</source>
        <translation>Genoteerd voor het volgende gesprek met %1.</translation>
    </message>
    <message>
        <source>Feedback about %1 added for the next conversation.</source>
        <translation>Feedback over %1 toegevoegd voor het volgende gesprek.</translation>
    </message>
    <message>
        <source>Hand Over Employee</source>
        <translation>Medewerker overdragen</translation>
    </message>
    <message>
        <source>Include your private notes about %1 in the handover file? They are left out unless you choose Yes.</source>
        <translation>Je privénotities over %1 opnemen in het overdrachtsbestand? Ze worden weggelaten, tenzij je Ja kiest.</translation>
    </message>
    <message>
        <source>%1 handover.json</source>
        <translation>%1 overdracht.json</translation>
    </message>
    <message>
        <source>Dialoog handover (*.json)</source>
        <translation>Dialoog-overdracht (*.json)</translation>
    </message>
    <message>
        <source>The history of %1 is in %2, ready for the next manager.</source>
        <translation>De geschiedenis van %1 staat in %2, klaar voor de volgende leidinggevende.</translation>
    </message>
    <message>
        <source>Take Over Employee</source>
        <translation>Medewerker overnemen</translation>
    </message>
    <message>
        <source>Dialoog handover or export (*.json)</source>
        <translation>Dialoog-overdracht of -export (*.json)</translation>
    </message>
    <message>
        <source>This file holds someone who seems to be here already:
%1

Nothing was imported. Import them anyway, as a separate person?</source>
        <translation>Dit bestand bevat iemand die hier al lijkt te staan:
%1

Er is niets geïmporteerd. Toch importeren, als aparte persoon?</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>De back-up wordt teruggezet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Restored. What was there before is kept as a backup.</source>
        <translation>Teruggezet. Wat er eerder stond, is als back-up bewaard.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>%1 archived as having left on %2. Undo with %3.</source>
        <translation>%1 gearchiveerd, uit dienst op %2. Ongedaan maken met %3.</translation>
    </message>
</context>
<context>
    <name>dialoog::EmployeeDialog</name>
    <message>
        <source>New Employee</source>
        <translation>Nieuwe medewerker</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Vul een naam in.</translation>
    </message>
    <message>
        <source>default (every week)</source>
        <translation>standaard (elke week)</translation>
    </message>
    <message>
        <source>default (every %1 weeks)</source>
        <translation>standaard (elke %1 weken)</translation>
    </message>
</context>
<context>
    <name>dialoog::EmployeeDirectory</name>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>%1 archiveren</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 terugzetten</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan niet naar %1 schrijven: %2</translation>
    </message>
    <message>
        <source>This employee already has conversations, so adding them cannot be undone. Archive them instead.</source>
        <translation>Deze medewerker heeft al gesprekken, dus het toevoegen kan niet ongedaan worden gemaakt. Archiveer de medewerker in plaats daarvan.</translation>
    </message>
    <message>
        <source>Note for next time for %1</source>
        <translation>Notitie voor de volgende keer over %1</translation>
    </message>
    <message>
        <source>Feedback about %1</source>
        <translation>Feedback over %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Took over %n conversation(s).</source>
        <translation>
            <numerusform>%n gesprek overgenomen.</numerusform>
            <numerusform>%n gesprekken overgenomen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be taken over: %2. Nothing was imported.</source>
        <translation>%1 kan niet worden overgenomen: %2. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Dismiss signal about %1</source>
        <translation>Signaal over %1 negeren</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Work happiness</source>
        <translation>Werkgeluk</translation>
    </message>
</context>
<context>
    <name>dialoog::EmployeeListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (gearchiveerd)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Open action items: %1</source>
        <translation>Openstaande actiepunten: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Openstaande actiepunten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>%1 Planned: %2.</source>
        <translation>%1 Gepland: %2.</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Still being read; shown in a moment.</source>
        <translation>Wordt nog gelezen; zo meteen te zien.</translation>
    </message>
</context>
<context>
    <name>dialoog::EmployeeListPanel</name>
    <message>
        <source>Filter by name, role or team</source>
        <translation>Filter op naam, functie of team</translation>
    </message>
    <message>
        <source>Filter employees</source>
        <translation>Medewerkers filteren</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Medewerkers</translation>
    </message>
</context>
<context>
    <name>dialoog::EmployeePage</name>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Nieuw gesprek</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Prepare the next conversation (Ctrl+N)</source>
        <translation>Bereid het volgende gesprek voor (Ctrl+N)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Running goals</source>
        <translation>Lopende doelen</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Openstaande actiepunten</translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation>Niemand geselecteerd</translation>
    </message>
    <message>
        <source>Choose someone in the list to see their conversations, goals and action items.</source>
        <translation>Kies iemand in de lijst om diens gesprekken, doelen en actiepunten te zien.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Started on %1</source>
        <translation>In dienst sinds %1</translation>
    </message>
    <message>
        <source>Conversation rhythm: every %1 weeks</source>
        <translation>Gespreksritme: elke %1 weken</translation>
    </message>
    <message>
        <source>&lt;b&gt;A conversation is overdue&lt;/b&gt;: it was due on %1.</source>
        <translation>&lt;b&gt;Er is een gesprek te laat&lt;/b&gt;: het had op %1 moeten plaatsvinden.</translation>
    </message>
    <message>
        <source>Next conversation: %1</source>
        <translation>Volgend gesprek: %1</translation>
    </message>
    <message>
        <source>Archived: kept for the record, hidden from the list.</source>
        <translation>Gearchiveerd: bewaard voor het dossier, verborgen in de lijst.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>No conversations yet. Press &lt;b&gt;New conversation&lt;/b&gt; (Ctrl+N) to prepare the first one.</source>
        <translation>Nog geen gesprekken. Druk op &lt;b&gt;Nieuw gesprek&lt;/b&gt; (Ctrl+N) om het eerste voor te bereiden.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Nog geen.</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Niets openstaand.</translation>
    </message>
    <message>
        <source>Overvie&amp;w</source>
        <translation>Over&amp;zicht</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>G&amp;eschiedenis</translation>
    </message>
    <message numerus="yes">
        <source>Notes for next time: %n (they wait in the next conversation&apos;s preparation)</source>
        <translation>
            <numerusform>Notitie voor de volgende keer: %n (ligt klaar in de voorbereiding van het volgende gesprek)</numerusform>
            <numerusform>Notities voor de volgende keer: %n (liggen klaar in de voorbereiding van het volgende gesprek)</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>New check-&amp;in</source>
        <translation>Nieuwe check-&amp;in</translation>
    </message>
    <message>
        <source>A short check-in on one screen (Ctrl+Alt+N)</source>
        <translation>Een korte check-in op één scherm (Ctrl+Alt+N)</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Check-in (open)</source>
        <translation>Check-in (open)</translation>
    </message>
    <message>
        <source>Left on %1. Archived: kept for the record, hidden from the list.</source>
        <translation>Uit dienst op %1. Gearchiveerd: bewaard voor het dossier, niet zichtbaar in de lijst.</translation>
    </message>
</context>
<context>
    <name>dialoog::EmployeeScreen</name>
    <message>
        <source>Our Conversation</source>
        <translation>Ons gesprek</translation>
    </message>
    <message>
        <source>The question now</source>
        <translation>De vraag van nu</translation>
    </message>
    <message>
        <source>What the employee sees</source>
        <translation>Wat de medewerker ziet</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Nog geen doelen.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Waarom: %1</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Hoe:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Progress: %1 %</source>
        <translation>Voortgang: %1 %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, uiterlijk %2</translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation>Wat we hebben afgesproken</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <source>Your goals</source>
        <translation>Jouw doelen</translation>
    </message>
    <message>
        <source>you</source>
        <translation>jij</translation>
    </message>
    <message>
        <source>your manager</source>
        <translation>je leidinggevende</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
</context>
<context>
    <name>dialoog::EmployeeScreenToggle</name>
    <message>
        <source>Show to &amp;Employee</source>
        <translation>Tonen aan &amp;medewerker</translation>
    </message>
    <message>
        <source>A second window the employee reads along in: goals and agreements, no private notes</source>
        <translation>Een tweede venster waarin de medewerker meeleest: doelen en afspraken, geen privénotities</translation>
    </message>
</context>
<context>
    <name>dialoog::EmptyState</name>
    <message>
        <source>Welcome to Dialoog</source>
        <translation>Welkom bij Dialoog</translation>
    </message>
    <message>
        <source>Dialoog helps you prepare, hold and follow up development conversations: about growth, energy and what people want to learn.

Start by adding the people you hold conversations with. Or look around first with fictional sample data.</source>
        <translation>Dialoog helpt je bij het voorbereiden, voeren en opvolgen van ontwikkelgesprekken: over groei, energie en wat mensen willen leren.

Begin met het toevoegen van de mensen met wie je gesprekken voert. Of kijk eerst rond met fictieve voorbeeldgegevens.</translation>
    </message>
    <message>
        <source>&amp;Add your first employee…</source>
        <translation>Je eerste medewerker &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Try it with &amp;sample data</source>
        <translation>Probeer het met &amp;voorbeeldgegevens</translation>
    </message>
    <message>
        <source>e.g. Marieke de Vries</source>
        <translation>bijv. Marieke de Vries</translation>
    </message>
    <message>
        <source>Optional, e.g. Team lead</source>
        <translation>Optioneel, bijv. Teamleider</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>&amp;Overslaan</translation>
    </message>
    <message>
        <source>Summaries are signed &quot;Manager&quot; until you set your name in Preferences.</source>
        <translation>Verslagen worden ondertekend met &quot;Leidinggevende&quot; tot je je naam invult in Voorkeuren.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Je &amp;rol:</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Verder</translation>
    </message>
    <message>
        <source>First, who are you? Your name signs the summaries, preparation requests and invites you make. You can change it later in Preferences.</source>
        <translation>Eerst: wie ben je? Je naam ondertekent de verslagen, voorbereidingsverzoeken en uitnodigingen die je maakt. Je kunt hem later wijzigen in Voorkeuren.</translation>
    </message>
</context>
<context>
    <name>dialoog::EnergySignals</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Energy fell from %1 to %2 since %3.</source>
        <translation>Energie daalde van %1 naar %2 sinds %3.</translation>
    </message>
    <message>
        <source>Work happiness fell from %1 to %2 since %3.</source>
        <translation>Werkgeluk daalde van %1 naar %2 sinds %3.</translation>
    </message>
    <message>
        <source>Energy has been %1 or lower twice in a row, since %2.</source>
        <translation>Energie was twee keer achter elkaar %1 of lager, sinds %2.</translation>
    </message>
    <message>
        <source>Work happiness has been %1 or lower twice in a row, since %2.</source>
        <translation>Werkgeluk was twee keer achter elkaar %1 of lager, sinds %2.</translation>
    </message>
    <message>
        <source>No running development goal since %1.</source>
        <translation>Geen lopend ontwikkeldoel sinds %1.</translation>
    </message>
    <message>
        <source>No goal was ever set.</source>
        <translation>Er is nog nooit een doel gesteld.</translation>
    </message>
    <message>
        <source>Every goal is achieved or dropped.</source>
        <translation>Elk doel is behaald of geschrapt.</translation>
    </message>
    <message>
        <source>The goal “%1” passed its target date of %2 without an update.</source>
        <translation>Het doel “%1” is over de streefdatum van %2 heen zonder dat het is besproken.</translation>
    </message>
    <message>
        <source>Last reviewed on %1.</source>
        <translation>Laatst besproken op %1.</translation>
    </message>
    <message>
        <source>Not reviewed since it was set.</source>
        <translation>Niet meer besproken sinds het is gesteld.</translation>
    </message>
</context>
<context>
    <name>dialoog::FeedbackDialog</name>
    <message>
        <source>Feedback about %1</source>
        <translation>Feedback over %1</translation>
    </message>
    <message>
        <source>Name, or leave empty</source>
        <translation>Naam, of laat leeg</translation>
    </message>
    <message>
        <source>What they said. It waits for the next conversation&apos;s preparation.</source>
        <translation>Wat er gezegd is. Het ligt klaar in de voorbereiding van het volgende gesprek.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relatie:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;What they said:</source>
        <translation>&amp;Wat ze zeiden:</translation>
    </message>
</context>
<context>
    <name>dialoog::GeneralPage</name>
    <message>
        <source>As it appears on summaries</source>
        <translation>Zoals die op verslagen staat</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>The language changes when Dialoog starts again.</source>
        <translation>De taal verandert wanneer Dialoog opnieuw start.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Weergave:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Optional, e.g. Team lead</source>
        <translation>Optioneel, bijv. Teamleider</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Je &amp;rol:</translation>
    </message>
</context>
<context>
    <name>dialoog::GoalStatus</name>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Behaald</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
</context>
<context>
    <name>dialoog::GoalsPage</name>
    <message>
        <source>Make goals concrete and personal: what does the employee really want to learn, why does it matter for their work and ambitions, and which tasks, projects and training will get them there?</source>
        <translation>Maak doelen concreet en persoonlijk: wat wil de medewerker echt leren, waarom is dat belangrijk voor het werk en de ambities, en met welke taken, projecten en trainingen komt het doel binnen bereik?</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>A new goal: what do they want to learn? Press Enter to add</source>
        <translation>Een nieuw doel: wat wil de medewerker leren? Druk op Enter om toe te voegen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>The selected goal</source>
        <translation>Het geselecteerde doel</translation>
    </message>
    <message>
        <source>Why it matters for their work and ambitions</source>
        <translation>Waarom het belangrijk is voor het werk en de ambities</translation>
    </message>
    <message>
        <source>A task, project or training — press Enter to add</source>
        <translation>Een taak, project of training — druk op Enter om toe te voegen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>H&amp;ow:</source>
        <translation>H&amp;oe:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>S&amp;treefdatum:</translation>
    </message>
    <message>
        <source>Pro&amp;gress:</source>
        <translation>&amp;Voortgang:</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nieuwe stap</translation>
    </message>
    <message>
        <source>Kind of the new step</source>
        <translation>Soort van de nieuwe stap</translation>
    </message>
    <message>
        <source>Steps of the selected goal</source>
        <translation>Stappen van het gekozen doel</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>W&amp;at:</translation>
    </message>
    <message>
        <source>Wh&amp;y:</source>
        <translation>Waa&amp;rom:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
</context>
<context>
    <name>dialoog::Handover</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>dialoog::Headless</name>
    <message>
        <source>Added %1 employees and %2 conversations of sample data to %3</source>
        <translation>%1 medewerkers en %2 gesprekken met voorbeeldgegevens toegevoegd aan %3</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Data version: %1</source>
        <translation>Gegevensversie: %1</translation>
    </message>
    <message>
        <source>the database has problems (see above)</source>
        <translation>de database heeft problemen (zie hierboven)</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integriteit: in orde</translation>
    </message>
    <message>
        <source>could not write to standard output</source>
        <translation>kon niet naar de standaarduitvoer schrijven</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>warning: %1 is not part of the format and was ignored</source>
        <translation>waarschuwing: %1 hoort niet bij het formaat en is genegeerd</translation>
    </message>
    <message>
        <source>Imported %1 employees and %2 conversations into %3</source>
        <translation>%1 medewerkers en %2 gesprekken geïmporteerd in %3</translation>
    </message>
    <message>
        <source>%1: %2 (nothing was imported)</source>
        <translation>%1: %2 (er is niets geïmporteerd)</translation>
    </message>
    <message>
        <source>there is no conversation %1 in %2</source>
        <translation>er is geen gesprek %1 in %2</translation>
    </message>
    <message>
        <source>not a command-line action</source>
        <translation>geen opdrachtregelactie</translation>
    </message>
    <message>
        <source>there is no employee %1 in %2</source>
        <translation>er is geen medewerker %1 in %2</translation>
    </message>
    <message>
        <source>Wrote the history of %1 to %2</source>
        <translation>Geschiedenis van %1 geschreven naar %2</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
</context>
<context>
    <name>dialoog::HelpWindow</name>
    <message>
        <source>Dialoog Guide</source>
        <translation>Handleiding Dialoog</translation>
    </message>
    <message>
        <source>About Dialoog</source>
        <translation>Over Dialoog</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dialoog %1&lt;/h3&gt;&lt;p&gt;Prepare, hold and follow up development conversations.&lt;/p&gt;&lt;p&gt;Your data stays on this computer: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dialoog %1&lt;/h3&gt;&lt;p&gt;Ontwikkelgesprekken voorbereiden, voeren en opvolgen.&lt;/p&gt;&lt;p&gt;Je gegevens blijven op deze computer: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dialoog::HistoryView</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Phase reached</source>
        <translation>Bereikte fase</translation>
    </message>
    <message>
        <source>Key agreements</source>
        <translation>Belangrijkste afspraken</translation>
    </message>
    <message>
        <source>Timeline of conversations</source>
        <translation>Tijdlijn van de gesprekken</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a conversation</source>
        <translation>Druk op Enter of dubbelklik om een gesprek te openen</translation>
    </message>
    <message>
        <source>Energy and work happiness over the conversations</source>
        <translation>Energie en werkgeluk door de gesprekken heen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Goal progress over the conversations</source>
        <translation>Voortgang van de doelen door de gesprekken heen</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Tijdlijn</translation>
    </message>
    <message>
        <source>Energy and work happiness (1–5)</source>
        <translation>Energie en werkgeluk (1–5)</translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation>Voortgang van de doelen</translation>
    </message>
    <message>
        <source>Held, finished</source>
        <translation>Gevoerd, afgerond</translation>
    </message>
    <message>
        <source>Held, stopped at %1</source>
        <translation>Gevoerd, gestopt bij %1</translation>
    </message>
    <message>
        <source>Under way: %1</source>
        <translation>Bezig: %1</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>%1 · corrected on %2</source>
        <translation>%1 · gecorrigeerd op %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (en nog %n)</numerusform>
            <numerusform>%1 (en nog %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Work happiness</source>
        <translation>Werkgeluk</translation>
    </message>
    <message>
        <source>No held conversations yet: the scores appear here after the first one.</source>
        <translation>Nog geen gevoerde gesprekken: de scores verschijnen hier na het eerste gesprek.</translation>
    </message>
    <message>
        <source>No goals reviewed yet.</source>
        <translation>Nog geen doelen besproken.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Check-in, held</source>
        <translation>Check-in, gehouden</translation>
    </message>
    <message>
        <source>Check-in, not held yet</source>
        <translation>Check-in, nog niet gehouden</translation>
    </message>
</context>
<context>
    <name>dialoog::IcsInvite</name>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Er is geen gesprek %1.</translation>
    </message>
    <message>
        <source>No conversation is planned on the follow-up date %1.</source>
        <translation>Er is geen gesprek gepland op de vervolgdatum %1.</translation>
    </message>
    <message>
        <source>This conversation has no planned next conversation.</source>
        <translation>Na dit gesprek is geen volgend gesprek gepland.</translation>
    </message>
    <message>
        <source>Development conversation with %1</source>
        <translation>Ontwikkelgesprek met %1</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Geen openstaande actiepunten.</translation>
    </message>
    <message>
        <source>Open action items:</source>
        <translation>Openstaande actiepunten:</translation>
    </message>
    <message>
        <source>- %1 (%2, due %3)</source>
        <translation>- %1 (%2, deadline %3)</translation>
    </message>
    <message>
        <source>- %1 (%2)</source>
        <translation>- %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan niet naar %1 schrijven: %2</translation>
    </message>
    <message>
        <source>With %1.</source>
        <translation>Met %1.</translation>
    </message>
    <message>
        <source>With %1, %2.</source>
        <translation>Met %1, %2.</translation>
    </message>
</context>
<context>
    <name>dialoog::InboxSection</name>
    <message>
        <source>Note for next time</source>
        <translation>Notitie voor de volgende keer</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschreven</translation>
    </message>
    <message>
        <source>Notes since last time</source>
        <translation>Notities sinds de vorige keer</translation>
    </message>
    <message>
        <source>&amp;Move to notes</source>
        <translation>Naar not&amp;ities verplaatsen</translation>
    </message>
    <message>
        <source>Done: the note becomes one of this conversation&apos;s notes</source>
        <translation>Klaar: de notitie wordt een van de notities van dit gesprek</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>S&amp;chrappen</translation>
    </message>
    <message>
        <source>Done: the note leaves the inbox and is not kept with this conversation</source>
        <translation>Klaar: de notitie verdwijnt uit deze lijst en wordt niet bij dit gesprek bewaard</translation>
    </message>
    <message>
        <source>The selected note:</source>
        <translation>De geselecteerde notitie:</translation>
    </message>
    <message>
        <source>Nothing noted since last time.</source>
        <translation>Niets genoteerd sinds de vorige keer.</translation>
    </message>
</context>
<context>
    <name>dialoog::JsonImport</name>
    <message>
        <source>expected an object</source>
        <translation>object verwacht</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>tekst verwacht</translation>
    </message>
    <message>
        <source>expected a text that is not empty</source>
        <translation>niet-lege tekst verwacht</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD or null</source>
        <translation>datum als YYYY-MM-DD of null verwacht</translation>
    </message>
    <message>
        <source>expected a date and time as YYYY-MM-DDThh:mm:ss</source>
        <translation>datum en tijd als YYYY-MM-DDThh:mm:ss verwacht</translation>
    </message>
    <message>
        <source>expected an integer %1..%2</source>
        <translation>geheel getal %1..%2 verwacht</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true of false verwacht</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>onbekende waarde &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a positive integer id or null</source>
        <translation>positief geheel getal als id of null verwacht</translation>
    </message>
    <message>
        <source>expected a positive integer id</source>
        <translation>positief geheel getal als id verwacht</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>lijst verwacht</translation>
    </message>
    <message>
        <source>The file is too large to import (more than %1 MB).</source>
        <translation>Het bestand is te groot om te importeren (meer dan %1 MB).</translation>
    </message>
    <message>
        <source>The file is nested more deeply than a Dialoog export ever is.</source>
        <translation>Het bestand is dieper genest dan een Dialoog-export ooit is.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text (at byte %1).</source>
        <translation>Het bestand is geen geldige UTF-8-tekst (bij byte %1).</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1).</source>
        <translation>Het bestand is geen geldige JSON (bij byte %1).</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>de id %1 komt twee keer voor</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;: this is not a Dialoog export</source>
        <translation>&quot;%1&quot; verwacht: dit is geen Dialoog-export</translation>
    </message>
    <message>
        <source>this file was written by a newer Dialoog (format version %1); update Dialoog to import it</source>
        <translation>dit bestand is gemaakt door een nieuwere versie van Dialoog (formaatversie %1); werk Dialoog bij om het te importeren</translation>
    </message>
    <message>
        <source>refers to id %1, which the document does not contain</source>
        <translation>verwijst naar id %1, die niet in het document staat</translation>
    </message>
    <message>
        <source>refers to id %1, which is not one of this employee&apos;s</source>
        <translation>verwijst naar id %1, die niet bij deze medewerker hoort</translation>
    </message>
    <message>
        <source>appears twice in the same conversation</source>
        <translation>komt twee keer voor in hetzelfde gesprek</translation>
    </message>
    <message>
        <source>expected a text without the character U+0000</source>
        <translation>tekst zonder het teken U+0000 verwacht</translation>
    </message>
    <message>
        <source>The file holds a number too large to read.</source>
        <translation>Het bestand bevat een getal dat te groot is om in te lezen.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Het bestand is geen geldige JSON.</translation>
    </message>
    <message>
        <source>this file was written by a newer Dialoog (handover version %1); update Dialoog to import it</source>
        <translation>dit bestand is gemaakt door een nieuwere versie van Dialoog (overdrachtsversie %1); werk Dialoog bij om het te importeren</translation>
    </message>
    <message>
        <source>expected the export of the employee</source>
        <translation>export van de medewerker verwacht</translation>
    </message>
    <message>
        <source>%1 has the same name and email as %2 in this database</source>
        <translation>%1 heeft dezelfde naam en hetzelfde e-mailadres als %2 in deze database</translation>
    </message>
    <message>
        <source>%1 has the same name as someone in this database</source>
        <translation>%1 heeft dezelfde naam als iemand in deze database</translation>
    </message>
    <message>
        <source>%1 has the same email (%2) as %3 in this database</source>
        <translation>%1 heeft hetzelfde e-mailadres (%2) als %3 in deze database</translation>
    </message>
    <message>
        <source>Already in this database: %1. Nothing was imported; import as a separate person only if it is someone else.</source>
        <translation>Staat al in deze database: %1. Er is niets geïmporteerd; importeer alleen als aparte persoon als het om iemand anders gaat.</translation>
    </message>
    <message>
        <source>expected the date the report was sent, as it is &quot;%1&quot;</source>
        <translation>datum waarop het verslag is verstuurd verwacht, want het is &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected the date of the employee&apos;s answer, as it is &quot;%1&quot;</source>
        <translation>datum van het antwoord van de medewerker verwacht, want het is &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a date on or after sentOn</source>
        <translation>datum op of na sentOn verwacht</translation>
    </message>
</context>
<context>
    <name>dialoog::LineChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no value</source>
        <translation>%1: geen waarde</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>dialoog::MainWindow</name>
    <message>
        <source>Dialoog</source>
        <translation>Dialoog</translation>
    </message>
    <message>
        <source>Sample data added: these people are fictional.</source>
        <translation>Voorbeeldgegevens toegevoegd: deze mensen zijn fictief.</translation>
    </message>
    <message>
        <source>&amp;Find Employee</source>
        <translation>Medewerker &amp;zoeken</translation>
    </message>
    <message>
        <source>Show &amp;Archived Employees</source>
        <translation>&amp;Gearchiveerde medewerkers tonen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Gesprek</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Dialoog</source>
        <translation>&amp;Over Dialoog</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>Employees: %1</source>
        <translation>Medewerkers: %1</translation>
    </message>
    <message>
        <source>Dialoog &amp;Guide</source>
        <translation>&amp;Handleiding Dialoog</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Overal zoeken…</translation>
    </message>
    <message>
        <source>Find a word in every note, answer, goal and agreement</source>
        <translation>Een woord vinden in elke notitie, elk antwoord, doel en elke afspraak</translation>
    </message>
    <message>
        <source>&amp;Rhythm</source>
        <translation>Gespreks&amp;ritme</translation>
    </message>
    <message>
        <source>Who is overdue, who is due soon, who never had a conversation, and what is planned</source>
        <translation>Wie te laat is, wie binnenkort aan de beurt is, wie nog nooit een gesprek had en wat er gepland staat</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>Open Team &amp;Database…</source>
        <translation>Team&amp;database openen…</translation>
    </message>
    <message>
        <source>Work in your organisation&apos;s shared database instead of your own file</source>
        <translation>Werk in de gedeelde database van je organisatie in plaats van in je eigen bestand</translation>
    </message>
    <message>
        <source>Dialoog works in your own file again from the next start. Restart now?</source>
        <translation>Dialoog werkt vanaf de volgende start weer in je eigen bestand. Nu opnieuw starten?</translation>
    </message>
    <message>
        <source>Dialoog opens the team database from the next start. Restart now?</source>
        <translation>Dialoog opent de teamdatabase vanaf de volgende start. Nu opnieuw starten?</translation>
    </message>
    <message>
        <source>Open Team Database</source>
        <translation>Teamdatabase openen</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Everyone&apos;s energy and work happiness over the last year, signals first</source>
        <translation>Energie en werkgeluk van iedereen over het afgelopen jaar, signalen bovenaan</translation>
    </message>
</context>
<context>
    <name>dialoog::MoveToServer</name>
    <message>
        <source>%1 is not a team server: name one as postgresql://host/database or service=NAME</source>
        <translation>%1 is geen teamserver: geef er een op als postgresql://host/database of service=NAAM</translation>
    </message>
</context>
<context>
    <name>dialoog::NextCheckInRow</name>
    <message>
        <source>not planned</source>
        <translation>niet gepland</translation>
    </message>
</context>
<context>
    <name>dialoog::NotesPanel</name>
    <message>
        <source>Type a note and press Enter</source>
        <translation>Typ een notitie en druk op Enter</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>%1 · %2 · private: %3</source>
        <translation>%1 · %2 · privé: %3</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Private: yours alone, never printed or exported unless you ask for it.</source>
        <translation>Privé: alleen voor jou, nooit afgedrukt of geëxporteerd tenzij je erom vraagt.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Enter: note · Ctrl+Shift+A: action item · Ctrl+Shift+G: agreement · Ctrl+Shift+P: private note, before or after typing · Esc: a plain note again</source>
        <translation>Enter: notitie · Ctrl+Shift+A: actiepunt · Ctrl+Shift+G: afspraak · Ctrl+Shift+P: privénotitie, voor of na het typen · Esc: weer een gewone notitie</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Privénotitie</translation>
    </message>
    <message>
        <source>then Enter · Esc: a plain note</source>
        <translation>dan Enter · Esc: gewone notitie</translation>
    </message>
</context>
<context>
    <name>dialoog::OverdueLink</name>
    <message>
        <source>Show the rhythm view (%1)</source>
        <translation>Toon het gespreksritme (%1)</translation>
    </message>
    <message>
        <source>Counting overdue conversations…</source>
        <translation>Achterstallige gesprekken worden geteld…</translation>
    </message>
</context>
<context>
    <name>dialoog::Owner</name>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>dialoog::PasswordDialog</name>
    <message>
        <source>Password for the Team Database</source>
        <translation>Wachtwoord voor de teamdatabase</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
</context>
<context>
    <name>dialoog::PasteAnswersDialog</name>
    <message>
        <source>Paste Answers</source>
        <translation>Antwoorden plakken</translation>
    </message>
    <message>
        <source>The employee&apos;s &amp;self-reflection</source>
        <translation>De &amp;zelfreflectie van de medewerker</translation>
    </message>
    <message>
        <source>&amp;Feedback from a colleague</source>
        <translation>&amp;Feedback van een collega</translation>
    </message>
    <message>
        <source>These are answers to:</source>
        <translation>Dit zijn antwoorden voor:</translation>
    </message>
    <message>
        <source>Who wrote this feedback</source>
        <translation>Wie deze feedback schreef</translation>
    </message>
    <message>
        <source>Feedback from whom</source>
        <translation>Feedback van wie</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;Paste the reply here, as it came; quoted text and signatures are left out:</source>
        <translation>&amp;Plak hier het antwoord zoals je het kreeg; geciteerde tekst en handtekeningen worden weggelaten:</translation>
    </message>
    <message>
        <source>How the answers are placed:</source>
        <translation>Zo worden de antwoorden geplaatst:</translation>
    </message>
    <message>
        <source>How the answers are placed</source>
        <translation>Hoe de antwoorden worden geplaatst</translation>
    </message>
    <message>
        <source>Text that fits no question (not saved; copy what you need):</source>
        <translation>Tekst die bij geen enkele vraag past (wordt niet opgeslagen; kopieer wat je nodig hebt):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>No answer found.</source>
        <translation>Geen antwoord gevonden.</translation>
    </message>
    <message>
        <source>No question headings were found. Keep the numbered questions in the reply, or type the answers into the page yourself.</source>
        <translation>Er zijn geen vraagkoppen gevonden. Laat de genummerde vragen in het antwoord staan, of typ de antwoorden zelf op de pagina.</translation>
    </message>
    <message>
        <source>The reflection already holds text; the answers are added below it.</source>
        <translation>De reflectie bevat al tekst; de antwoorden worden eronder toegevoegd.</translation>
    </message>
</context>
<context>
    <name>dialoog::PasteResponseDialog</name>
    <message>
        <source>Paste Response</source>
        <translation>Reactie plakken</translation>
    </message>
    <message>
        <source>&amp;Paste the employee&apos;s reply here, as it came; quoted text and signatures are left out:</source>
        <translation>&amp;Plak hier het antwoord van de medewerker zoals het binnenkwam; geciteerde tekst en ondertekeningen vallen weg:</translation>
    </message>
    <message>
        <source>Their response, as it will be saved and printed:</source>
        <translation>Hun reactie, zoals die bewaard en afgedrukt wordt:</translation>
    </message>
    <message>
        <source>The response as it will be saved</source>
        <translation>De reactie zoals die bewaard wordt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Nothing in this text is the employee&apos;s own: only a greeting, quoted text or a signature was found.</source>
        <translation>Niets in deze tekst is van de medewerker zelf: er is alleen een aanhef, geciteerde tekst of een ondertekening gevonden.</translation>
    </message>
    <message>
        <source>Saving replaces the response saved earlier; Undo brings it back.</source>
        <translation>Opslaan vervangt de eerder bewaarde reactie; Ongedaan maken haalt die terug.</translation>
    </message>
</context>
<context>
    <name>dialoog::Phase</name>
    <message>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Open vragen</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Afronding</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
</context>
<context>
    <name>dialoog::PhaseBar</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Go to %1 (Ctrl+%2)</source>
        <translation>Ga naar %1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>%1 of %2 goals reviewed</source>
        <translation>%1 van %2 doelen besproken</translation>
    </message>
    <message>
        <source>Running goals: %1</source>
        <translation>Lopende doelen: %1</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%1 van %2 vragen beantwoord</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Ready to finish</source>
        <translation>Klaar om af te ronden</translation>
    </message>
    <message>
        <source>Not ready to finish</source>
        <translation>Nog niet klaar om af te ronden</translation>
    </message>
    <message>
        <source>Still open: %1</source>
        <translation>Nog open: %1</translation>
    </message>
</context>
<context>
    <name>dialoog::PhasePage</name>
    <message>
        <source>&lt;b&gt;Still missing&lt;/b&gt;&lt;ul style=&quot;margin-top:0&quot;&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Ontbreekt nog&lt;/b&gt;&lt;ul style=&quot;margin-top:0&quot;&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>More in the guide (F1)</source>
        <translation>Meer in de handleiding (F1)</translation>
    </message>
    <message>
        <source>Add an agreement and press Enter</source>
        <translation>Voeg een afspraak toe en druk op Enter</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
</context>
<context>
    <name>dialoog::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina’s</translation>
    </message>
</context>
<context>
    <name>dialoog::PreparationForm</name>
    <message>
        <source>Self-reflection</source>
        <translation>Zelfreflectie</translation>
    </message>
    <message>
        <source>Feedback about %1</source>
        <translation>Feedback over %1</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Please write your answers in the space below each question and bring or return this form before the conversation.</source>
        <translation>Schrijf je antwoorden in de ruimte onder elke vraag en lever dit formulier vóór het gesprek in, of neem het mee naar het gesprek.</translation>
    </message>
    <message>
        <source>Please write your answers in the space below each question and return this form to the manager.</source>
        <translation>Schrijf je antwoorden in de ruimte onder elke vraag en geef dit formulier terug aan de leidinggevende.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>pagina %1 van %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>dialoog::PreparationPage</name>
    <message>
        <source>Gather what the conversation builds on: what went well, what others noticed, how the goals are going, and what the employee wrote beforehand. Ask how they score their energy and work happiness.</source>
        <translation>Verzamel waar het gesprek op voortbouwt: wat goed ging, wat anderen opviel, hoe het met de doelen gaat en wat de medewerker vooraf heeft geschreven. Vraag hoe de medewerker de eigen energie en het werkgeluk scoort.</translation>
    </message>
    <message>
        <source>Energy and work happiness</source>
        <translation>Energie en werkgeluk</translation>
    </message>
    <message>
        <source>Add an achievement or a reached goal and press Enter</source>
        <translation>Voeg een prestatie of behaald doel toe en druk op Enter</translation>
    </message>
    <message>
        <source>Achievements and reached goals</source>
        <translation>Prestaties en behaalde doelen</translation>
    </message>
    <message>
        <source>The employee&apos;s reflection</source>
        <translation>Reflectie van de medewerker</translation>
    </message>
    <message>
        <source>Feedback from colleagues</source>
        <translation>Feedback van collega&apos;s</translation>
    </message>
    <message>
        <source>Running goals</source>
        <translation>Lopende doelen</translation>
    </message>
    <message>
        <source>What do you want to raise? Points of attention, worries, praise…</source>
        <translation>Wat wil je bespreken? Aandachtspunten, zorgen, complimenten…</translation>
    </message>
    <message>
        <source>Points of attention</source>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <source>Open items from earlier conversations</source>
        <translation>Openstaande punten uit eerdere gesprekken</translation>
    </message>
    <message>
        <source>In the employee&apos;s words: what gives energy, what takes it</source>
        <translation>In de woorden van de medewerker: wat geeft energie, wat kost energie</translation>
    </message>
    <message>
        <source>&amp;Work happiness:</source>
        <translation>Wer&amp;kgeluk:</translation>
    </message>
    <message>
        <source>What went well, in the employee&apos;s own words</source>
        <translation>Wat goed ging, in de eigen woorden van de medewerker</translation>
    </message>
    <message>
        <source>Where they see room to grow</source>
        <translation>Waar de medewerker ruimte ziet om te groeien</translation>
    </message>
    <message>
        <source>What they aspire to</source>
        <translation>Waar de medewerker naar streeft</translation>
    </message>
    <message>
        <source>&amp;Room to grow:</source>
        <translation>G&amp;roeiruimte:</translation>
    </message>
    <message>
        <source>&amp;Ambitions:</source>
        <translation>A&amp;mbities:</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>Van wie</translation>
    </message>
    <message>
        <source>What they said — press Enter to add</source>
        <translation>Wat er gezegd is — druk op Enter om toe te voegen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Besproken</translation>
    </message>
    <message>
        <source>How is it going?</source>
        <translation>Hoe gaat het?</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Voortgang:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Feedback from whom</source>
        <translation>Feedback van wie</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Wat ze zeiden</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Ontvangen feedback</translation>
    </message>
    <message>
        <source>Progress of the selected goal</source>
        <translation>Voortgang van het gekozen doel</translation>
    </message>
    <message>
        <source>Status of the selected goal</source>
        <translation>Status van het gekozen doel</translation>
    </message>
    <message>
        <source>How the selected goal is going</source>
        <translation>Hoe het gekozen doel ervoor staat</translation>
    </message>
    <message>
        <source>Notes since last time</source>
        <translation>Notities sinds de vorige keer</translation>
    </message>
    <message>
        <source>Ask for Feed&amp;back…</source>
        <translation>Om feed&amp;back vragen…</translation>
    </message>
    <message>
        <source>Ask for Self-Re&amp;flection…</source>
        <translation>Om &amp;zelfreflectie vragen…</translation>
    </message>
    <message>
        <source>Paste Answers…</source>
        <translation>Antwoorden plakken…</translation>
    </message>
    <message>
        <source>Draft a mail or print a form asking colleagues for feedback</source>
        <translation>Stel een mail op of druk een formulier af om collega&apos;s om feedback te vragen</translation>
    </message>
    <message>
        <source>Draft a mail or print a form with the reflection questions for the employee</source>
        <translation>Stel een mail op of druk een formulier af met de reflectievragen voor de medewerker</translation>
    </message>
    <message>
        <source>Put the answers from a mail reply in their place</source>
        <translation>Zet de antwoorden uit een antwoordmail op hun plek</translation>
    </message>
    <message>
        <source>Paste feedback answers</source>
        <translation>Feedbackantwoorden plakken</translation>
    </message>
    <message>
        <source>Paste reflection answers</source>
        <translation>Reflectieantwoorden plakken</translation>
    </message>
    <message>
        <source>Energ&amp;y:</source>
        <translation>&amp;Energie:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;titie:</translation>
    </message>
    <message>
        <source>Went we&amp;ll:</source>
        <translation>Ging g&amp;oed:</translation>
    </message>
    <message>
        <source>Record pro&amp;gress</source>
        <translation>&amp;Voortgang vastleggen</translation>
    </message>
</context>
<context>
    <name>dialoog::PreparationRequest</name>
    <message>
        <source>What went well in the past period, and what are you proud of?</source>
        <translation>Wat ging er de afgelopen periode goed, en waar ben je trots op?</translation>
    </message>
    <message>
        <source>Where do you see room to grow, and what would help you with that?</source>
        <translation>Waar zie je ruimte om te groeien, en wat zou je daarbij helpen?</translation>
    </message>
    <message>
        <source>What are your ambitions: what would you like to do, learn or take on next?</source>
        <translation>Wat zijn je ambities: wat zou je hierna graag doen, leren of oppakken?</translation>
    </message>
    <message>
        <source>What does %1 do well; what do you value in working together?</source>
        <translation>Wat doet %1 goed; wat waardeer je in de samenwerking?</translation>
    </message>
    <message>
        <source>What could %1 do more of, less of or differently?</source>
        <translation>Wat zou %1 meer, minder of anders kunnen doen?</translation>
    </message>
    <message>
        <source>Is there anything else you would like to pass on?</source>
        <translation>Is er nog iets anders dat je wilt meegeven?</translation>
    </message>
    <message>
        <source>Preparing our development conversation</source>
        <translation>Voorbereiding op ons ontwikkelgesprek</translation>
    </message>
    <message>
        <source>Preparing our development conversation of %1</source>
        <translation>Voorbereiding op ons ontwikkelgesprek van %1</translation>
    </message>
    <message>
        <source>Your feedback about %1</source>
        <translation>Jouw feedback over %1</translation>
    </message>
    <message>
        <source>Your feedback about %1 (conversation of %2)</source>
        <translation>Jouw feedback over %1 (gesprek van %2)</translation>
    </message>
    <message>
        <source>To prepare our development conversation, I would like to hear your own view first.</source>
        <translation>Ter voorbereiding op ons ontwikkelgesprek hoor ik graag eerst hoe jij er zelf naar kijkt.</translation>
    </message>
    <message>
        <source>To prepare our development conversation on %1, I would like to hear your own view first.</source>
        <translation>Ter voorbereiding op ons ontwikkelgesprek op %1 hoor ik graag eerst hoe jij er zelf naar kijkt.</translation>
    </message>
    <message>
        <source>I am preparing a development conversation with %1 and would value your view.</source>
        <translation>Ik bereid een ontwikkelgesprek met %1 voor en hoor graag hoe jij het ziet.</translation>
    </message>
    <message>
        <source>I am preparing a development conversation with %1 on %2 and would value your view.</source>
        <translation>Ik bereid een ontwikkelgesprek met %1 op %2 voor en hoor graag hoe jij het ziet.</translation>
    </message>
    <message>
        <source>Please write your answer below each numbered question and keep the questions in your reply, so your answers end up in the right place.</source>
        <translation>Wil je je antwoord onder elke genummerde vraag schrijven en de vragen in je reactie laten staan? Dan komen je antwoorden op de goede plek terecht.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Alvast bedankt!</translation>
    </message>
</context>
<context>
    <name>dialoog::PreparationRequestDialog</name>
    <message>
        <source>Ask for Self-Reflection</source>
        <translation>Om zelfreflectie vragen</translation>
    </message>
    <message>
        <source>Ask for Feedback</source>
        <translation>Om feedback vragen</translation>
    </message>
    <message>
        <source>Send %1 the reflection questions by mail or on paper. When the answers come back, use Paste Answers to put them in the reflection.</source>
        <translation>Stuur %1 de reflectievragen per mail of op papier. Komen de antwoorden terug, zet ze dan met Antwoorden plakken in de reflectie.</translation>
    </message>
    <message>
        <source>Ask colleagues what they notice about %1, by mail or on paper. When their answers come back, use Paste Answers to add them as feedback.</source>
        <translation>Vraag collega&apos;s per mail of op papier wat hun opvalt aan %1. Komen hun antwoorden terug, voeg ze dan met Antwoorden plakken toe als feedback.</translation>
    </message>
    <message>
        <source>The employee&apos;s email address</source>
        <translation>Het e-mailadres van de medewerker</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Aan:</translation>
    </message>
    <message>
        <source>Names and addresses, e.g. Piet &lt;piet@example.com&gt;, anna@example.com</source>
        <translation>Namen en adressen, bijv. Piet &lt;piet@voorbeeld.nl&gt;, anna@voorbeeld.nl</translation>
    </message>
    <message>
        <source>&amp;Colleagues:</source>
        <translation>&amp;Collega&apos;s:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <source>The text of the mail</source>
        <translation>De tekst van de mail</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <source>Open in &amp;Mail</source>
        <translation>In &amp;mail openen</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>Tekst &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Print Form…</source>
        <translation>Formulier af&amp;drukken…</translation>
    </message>
    <message>
        <source>Save a form with the questions and room to write, as a PDF to print</source>
        <translation>Sla een formulier met de vragen en ruimte om te schrijven op als PDF om af te drukken</translation>
    </message>
    <message>
        <source>No mail program opened the message. Use Copy Text and paste it into a new mail.</source>
        <translation>Geen mailprogramma heeft het bericht geopend. Gebruik Tekst kopiëren en plak de tekst in een nieuwe mail.</translation>
    </message>
    <message>
        <source>The text was too long for a mail link, so the mail holds only the questions. Use Copy Text for the whole text.</source>
        <translation>De tekst was te lang voor een maillink, dus de mail bevat alleen de vragen. Gebruik Tekst kopiëren voor de hele tekst.</translation>
    </message>
    <message>
        <source>The mail is ready in your mail program; check it and send it from there.</source>
        <translation>De mail staat klaar in je mailprogramma; controleer hem en verstuur hem van daaruit.</translation>
    </message>
    <message>
        <source>Subject and text copied; paste them into a new mail.</source>
        <translation>Onderwerp en tekst gekopieerd; plak ze in een nieuwe mail.</translation>
    </message>
    <message>
        <source>%1 - %2.pdf</source>
        <translation>%1 - %2.pdf</translation>
    </message>
    <message>
        <source>Save Form as PDF</source>
        <translation>Formulier opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Form saved as %1; print it from there.</source>
        <translation>Formulier opgeslagen als %1; druk het van daaruit af.</translation>
    </message>
</context>
<context>
    <name>dialoog::QuestionBankDialog</name>
    <message>
        <source>Question Bank</source>
        <translation>Vragenbank</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Ticked questions are offered in new conversations. Double-click or press F2 to edit a question; questions that were asked stay in the history.</source>
        <translation>Aangevinkte vragen worden in nieuwe gesprekken aangeboden. Dubbelklik of druk op F2 om een vraag te bewerken; vragen die al gesteld zijn, blijven in de geschiedenis staan.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Toe&amp;voegen…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>New Question</source>
        <translation>Nieuwe vraag</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Vraag:</translation>
    </message>
    <message>
        <source>This reads as a closed question; an open form invites more reflection.</source>
        <translation>Dit lijkt een gesloten vraag; een open vorm nodigt uit tot meer reflectie.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>dialoog::QuestionBankPage</name>
    <message>
        <source>&amp;Edit the Question Bank…</source>
        <translation>Vragenbank &amp;bewerken…</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>The question bank holds the open questions you can pick from in a conversation, per language. Changes to the bank are saved when you close it.</source>
        <translation>De vragenbank bevat per taal de open vragen waaruit je in een gesprek kiest. Wijzigingen in de vragenbank worden bewaard zodra je die sluit.</translation>
    </message>
    <message>
        <source>&amp;Questions in:</source>
        <translation>Taal van de &amp;vragen:</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
</context>
<context>
    <name>dialoog::QuestionPickerDialog</name>
    <message>
        <source>Choose Questions</source>
        <translation>Vragen kiezen</translation>
    </message>
    <message>
        <source>Tick the questions for this conversation. Questions that already have an answer stay.</source>
        <translation>Vink de vragen voor dit gesprek aan. Vragen die al een antwoord hebben, blijven staan.</translation>
    </message>
</context>
<context>
    <name>dialoog::QuestionsPage</name>
    <message>
        <source>Open questions invite reflection. Ask, listen, and note the answer in the employee&apos;s own words. You need not ask them all.</source>
        <translation>Open vragen nodigen uit tot reflectie. Vraag, luister en noteer het antwoord in de eigen woorden van de medewerker. Je hoeft ze niet allemaal te stellen.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Ask a question of your own — press Enter to add it</source>
        <translation>Stel een eigen vraag — druk op Enter om die toe te voegen</translation>
    </message>
    <message>
        <source>This reads as a closed question, one answered with yes or no. An open form such as &quot;What…&quot;, &quot;How…&quot; or &quot;Which…&quot; invites more reflection.</source>
        <translation>Dit lijkt een gesloten vraag, die je met ja of nee beantwoordt. Een open vorm zoals &quot;Wat…&quot;, &quot;Hoe…&quot; of &quot;Welke…&quot; nodigt uit tot meer reflectie.</translation>
    </message>
    <message>
        <source>A question of your own</source>
        <translation>Een eigen vraag</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The answer, in the employee&apos;s words</source>
        <translation>Het antwoord, in de woorden van de medewerker</translation>
    </message>
    <message>
        <source>Choose &amp;questions…</source>
        <translation>&amp;Vragen kiezen…</translation>
    </message>
</context>
<context>
    <name>dialoog::QuickNoteDialog</name>
    <message>
        <source>Note for Next Time</source>
        <translation>Notitie voor de volgende keer</translation>
    </message>
    <message>
        <source>For the next conversation with %1:</source>
        <translation>Voor het volgende gesprek met %1:</translation>
    </message>
    <message>
        <source>Note for next time</source>
        <translation>Notitie voor de volgende keer</translation>
    </message>
    <message>
        <source>What to bring up next time. Ctrl+Return saves, Esc cancels.</source>
        <translation>Wat je de volgende keer wilt bespreken. Ctrl+Return slaat op, Esc annuleert.</translation>
    </message>
</context>
<context>
    <name>dialoog::ReadOnlyView</name>
    <message>
        <source>&lt;b&gt;This file is read-only:&lt;/b&gt; you can read and print, but not change anything. %1</source>
        <translation>&lt;b&gt;Dit bestand is alleen-lezen:&lt;/b&gt; je kunt lezen en afdrukken, maar niets wijzigen. %1</translation>
    </message>
</context>
<context>
    <name>dialoog::Relation</name>
    <message>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Vakgenoot</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>dialoog::ReportMail</name>
    <message>
        <source>[Attach the file &quot;%1&quot; before sending: it is not attached to this mail automatically. Then remove this line.]</source>
        <translation>[Voeg het bestand &quot;%1&quot; toe voordat je verstuurt: het zit niet vanzelf bij deze mail. Haal daarna deze regel weg.]</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Met vriendelijke groet,</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Beste %1,</translation>
    </message>
    <message>
        <source>Attached is the report of our development conversation of %1, in the file &quot;%2&quot;.</source>
        <translation>Bijgaand het verslag van ons ontwikkelgesprek van %1, in het bestand &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Would you read it and reply to this mail with your comments, in your own words? They are added to the report as your response.</source>
        <translation>Wil je het lezen en op deze mail antwoorden met je opmerkingen, in je eigen woorden? Die komen als jouw reactie bij het verslag.</translation>
    </message>
    <message>
        <source>Please also say whether you agree with the report (&quot;agreed&quot;), or have read it without agreeing to all of it (&quot;seen&quot;).</source>
        <translation>Laat ook weten of je het eens bent met het verslag (&quot;voor akkoord&quot;), of dat je het gelezen hebt zonder het met alles eens te zijn (&quot;voor gezien&quot;).</translation>
    </message>
    <message>
        <source>Report of our development conversation of %1</source>
        <translation>Verslag van ons ontwikkelgesprek van %1</translation>
    </message>
    <message>
        <source>Please reply with your comments on the attached report, and say whether you agree (&quot;agreed&quot;) or have seen it (&quot;seen&quot;).</source>
        <translation>Antwoord graag met je opmerkingen op het bijgevoegde verslag, en laat weten of je akkoord bent (&quot;voor akkoord&quot;) of het gezien hebt (&quot;voor gezien&quot;).</translation>
    </message>
</context>
<context>
    <name>dialoog::ReportToEmployee</name>
    <message>
        <source>The employee has signed this report already. Change the report first if it needs signing again.</source>
        <translation>De medewerker heeft dit verslag al getekend. Wijzig eerst het verslag als het opnieuw getekend moet worden.</translation>
    </message>
    <message>
        <source>Finish the conversation first: the report is sent once it was held.</source>
        <translation>Rond eerst het gesprek af: het verslag gaat weg als het gesprek gevoerd is.</translation>
    </message>
    <message>
        <source>Development conversation - %1 - %2.pdf</source>
        <translation>Ontwikkelgesprek - %1 - %2.pdf</translation>
    </message>
    <message>
        <source>The report could not be saved, so it was not sent: %1</source>
        <translation>Het verslag kon niet worden opgeslagen en is dus niet verstuurd: %1</translation>
    </message>
    <message>
        <source>The report was written, but could not be marked as sent.</source>
        <translation>Het verslag is weggeschreven, maar kon niet als verstuurd worden gemarkeerd.</translation>
    </message>
</context>
<context>
    <name>dialoog::Repository</name>
    <message>
        <source>This item no longer exists (number %1); it may have been removed in the meantime.</source>
        <translation>Dit item bestaat niet meer (nummer %1); het is intussen misschien verwijderd.</translation>
    </message>
</context>
<context>
    <name>dialoog::RestoreBackupDialog</name>
    <message>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <source>before an update of the data</source>
        <translation>vóór een update van de gegevens</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vóór een import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vóór het terugzetten</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. What Dialoog holds now is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation>Kies de back-up waarnaar je terug wilt. Wat Dialoog nu bevat, wordt eerst als back-up bewaard; je kunt dit dus ongedaan maken door die back-up terug te zetten.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>before old conversations were removed</source>
        <translation>vóór het verwijderen van oude gesprekken</translation>
    </message>
</context>
<context>
    <name>dialoog::RetentionPage</name>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>Alles bewaren</translation>
    </message>
    <message>
        <source>&amp;Remove conversations older than:</source>
        <translation>Gesprekken &amp;verwijderen ouder dan:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source> years ago</source>
        <translation> jaar geleden</translation>
    </message>
    <message>
        <source>When Dialoog starts, it removes conversations older than this, and everything about people who left longer ago than that, counted from the leaving date asked for when archiving (two years is common for personnel records). You are asked once before the first removal; a backup is made each time.</source>
        <translation>Bij het starten verwijdert Dialoog gesprekken die ouder zijn dan dit, en alles over mensen die langer geleden vertrokken dan dat, gerekend vanaf de vertrekdatum die bij het archiveren wordt gevraagd (twee jaar is gebruikelijk voor personeelsdossiers). Vóór de eerste verwijdering wordt het je één keer gevraagd; er wordt elke keer eerst een back-up gemaakt.</translation>
    </message>
    <message>
        <source>Remove people who &amp;left more than:</source>
        <translation>Mensen verwijderen die &amp;vertrokken zijn, meer dan:</translation>
    </message>
</context>
<context>
    <name>dialoog::RhythmDock</name>
    <message>
        <source>Rhythm</source>
        <translation>Gespreksritme</translation>
    </message>
</context>
<context>
    <name>dialoog::RhythmModel</name>
    <message>
        <source>Overdue (%1)</source>
        <translation>Te laat (%1)</translation>
    </message>
    <message>
        <source>Due within %1 days (%2)</source>
        <translation>Binnen %1 dagen aan de beurt (%2)</translation>
    </message>
    <message>
        <source>Never had a conversation (%1)</source>
        <translation>Nog nooit een gesprek gehad (%1)</translation>
    </message>
    <message>
        <source>Planned (%1)</source>
        <translation>Gepland (%1)</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>gepland op %1</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>niet gepland</translation>
    </message>
    <message>
        <source>%1 · planned %2</source>
        <translation>%1 · gepland op %2</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Report sent over %1 days ago, no answer (%2)</source>
        <translation>Verslag meer dan %1 dagen geleden verstuurd, geen antwoord (%2)</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>verstuurd op %1</translation>
    </message>
    <message>
        <source>The report went to %1 on %2, and no answer has come back. Ask whether they have read it.</source>
        <translation>Het verslag is op %2 naar %1 gegaan en er is geen antwoord gekomen. Vraag of het gelezen is.</translation>
    </message>
    <message>
        <source>Check-in overdue (%1)</source>
        <translation>Check-in te laat (%1)</translation>
    </message>
    <message>
        <source>Check-in due within %1 days (%2)</source>
        <translation>Check-in binnen %1 dagen aan de beurt (%2)</translation>
    </message>
    <message>
        <source>Check-ins planned (%1)</source>
        <translation>Check-ins gepland (%1)</translation>
    </message>
</context>
<context>
    <name>dialoog::RhythmPanel</name>
    <message>
        <source>Conversation rhythm</source>
        <translation>Gespreksritme</translation>
    </message>
</context>
<context>
    <name>dialoog::RhythmTexts</name>
    <message>
        <source>overdue 1 day</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <source>overdue %1 days</source>
        <translation>%1 dagen te laat</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vandaag aan de beurt</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>morgen aan de beurt</translation>
    </message>
    <message>
        <source>due in %1 days</source>
        <translation>over %1 dagen aan de beurt</translation>
    </message>
    <message>
        <source>never held</source>
        <translation>nog nooit gevoerd</translation>
    </message>
    <message>
        <source>The conversation was due on %1, %2 weeks after the last one.</source>
        <translation>Het gesprek had op %1 moeten plaatsvinden, %2 weken na het vorige.</translation>
    </message>
    <message>
        <source>The next conversation is due on %1 (every %2 weeks).</source>
        <translation>Het volgende gesprek moet op %1 plaatsvinden (elke %2 weken).</translation>
    </message>
    <message>
        <source>No conversation has been held yet.</source>
        <translation>Er is nog geen gesprek gevoerd.</translation>
    </message>
    <message>
        <source>1 conversation is overdue</source>
        <translation>1 gesprek is te laat</translation>
    </message>
    <message>
        <source>%1 conversations are overdue</source>
        <translation>%1 gesprekken zijn te laat</translation>
    </message>
    <message>
        <source>The check-in was due on %1, %2 weeks after the last check-in or conversation.</source>
        <translation>De check-in had op %1 moeten plaatsvinden, %2 weken na de vorige check-in of het vorige gesprek.</translation>
    </message>
    <message>
        <source>The next check-in is due on %1 (every %2 weeks).</source>
        <translation>De volgende check-in moet op %1 plaatsvinden (elke %2 weken).</translation>
    </message>
    <message>
        <source>No check-in or conversation has been held yet.</source>
        <translation>Er is nog geen check-in of gesprek gehouden.</translation>
    </message>
</context>
<context>
    <name>dialoog::ScoreTrend</name>
    <message>
        <source>not scored</source>
        <translation>geen score</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 van 5</translation>
    </message>
    <message>
        <source>Energy and work happiness so far</source>
        <translation>Energie en werkgeluk tot nu toe</translation>
    </message>
    <message>
        <source>No earlier scores.</source>
        <translation>Nog geen eerdere scores.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Happiness</source>
        <translation>Werkgeluk</translation>
    </message>
    <message>
        <source>%1: energy %2, work happiness %3</source>
        <translation>%1: energie %2, werkgeluk %3</translation>
    </message>
</context>
<context>
    <name>dialoog::SearchDock</name>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
</context>
<context>
    <name>dialoog::SearchPanel</name>
    <message>
        <source>Search notes, answers, goals…</source>
        <translation>Zoek in notities, antwoorden, doelen…</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Overal zoeken</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Zoekstatus</translation>
    </message>
    <message>
        <source>Type a word or the start of one. Accents don&apos;t matter.</source>
        <translation>Typ een woord of het begin ervan. Accenten maken niet uit.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Niets gevonden voor ‘%1’.</translation>
    </message>
    <message>
        <source>The newest %1 results; type more to narrow them down.</source>
        <translation>De nieuwste %1 resultaten; typ meer om ze te beperken.</translation>
    </message>
    <message>
        <source>1 result. Enter opens it.</source>
        <translation>1 resultaat. Enter opent het.</translation>
    </message>
    <message>
        <source>%1 results, newest first. Enter opens one.</source>
        <translation>%1 resultaten, nieuwste eerst. Enter opent er een.</translation>
    </message>
</context>
<context>
    <name>dialoog::SearchResultsModel</name>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>between conversations</source>
        <translation>tussen gesprekken</translation>
    </message>
    <message>
        <source>%1 (private note)</source>
        <translation>%1 (privénotitie)</translation>
    </message>
    <message>
        <source>A private note: never printed or exported unless you include it.</source>
        <translation>Een privénotitie: wordt nooit afgedrukt of geëxporteerd, tenzij je hem zelf meeneemt.</translation>
    </message>
</context>
<context>
    <name>dialoog::ServerCommands</name>
    <message>
        <source>Set up the team server at data version %1.</source>
        <translation>De teamserver is ingericht op gegevensversie %1.</translation>
    </message>
    <message>
        <source>Brought the team server from data version %1 to %2.</source>
        <translation>De teamserver is bijgewerkt van gegevensversie %1 naar %2.</translation>
    </message>
    <message>
        <source>The team server was up to date (data version %1).</source>
        <translation>De teamserver was al bijgewerkt (gegevensversie %1).</translation>
    </message>
    <message>
        <source>Roles and access rules are in place.</source>
        <translation>Rollen en toegangsregels staan klaar.</translation>
    </message>
    <message>
        <source>%1 can log in and sees the HR overview.</source>
        <translation>%1 kan inloggen en ziet het HR-overzicht.</translation>
    </message>
    <message>
        <source>%1 can log in as a manager.</source>
        <translation>%1 kan inloggen als leidinggevende.</translation>
    </message>
    <message>
        <source>Set a password in psql with \password %1, or let pg_hba.conf decide how they log in.</source>
        <translation>Stel een wachtwoord in met \password %1 in psql, of laat pg_hba.conf bepalen hoe er wordt ingelogd.</translation>
    </message>
    <message>
        <source>Employee %1 is %2&apos;s already; nothing changed.</source>
        <translation>Medewerker %1 hoort al bij %2; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Employee %1 and their history moved from %2 to %3.</source>
        <translation>Medewerker %1 is met de hele geschiedenis van %2 naar %3 overgegaan.</translation>
    </message>
    <message>
        <source>%1: %2 (nothing was moved; the file is as it was)</source>
        <translation>%1: %2 (er is niets verhuisd; het bestand is zoals het was)</translation>
    </message>
    <message>
        <source>Moved %1 employees and %2 conversations onto the team server. %3 is as it was: keep it as a copy, or remove it.</source>
        <translation>%1 medewerkers en %2 gesprekken naar de teamserver verhuisd. %3 is zoals het was: bewaar het als kopie, of verwijder het.</translation>
    </message>
    <message>
        <source>not a team server command</source>
        <translation>geen opdracht voor de teamserver</translation>
    </message>
</context>
<context>
    <name>dialoog::ServerRoles</name>
    <message>
        <source>%1 is a superuser, bypasses row-level security or owns the tables; Dialoog never connects as such a role. Choose another name.</source>
        <translation>%1 is een superuser, omzeilt de beveiliging per rij of is eigenaar van de tabellen; Dialoog verbindt nooit als zo&apos;n rol. Kies een andere naam.</translation>
    </message>
    <message>
        <source>There is no employee %1 on the server.</source>
        <translation>Er is geen medewerker %1 op de server.</translation>
    </message>
    <message>
        <source>%1 is not a manager&apos;s login role on this server (dialoog server add-manager makes one).</source>
        <translation>%1 is geen inlogrol van een leidinggevende op deze server (dialoog server add-manager maakt er een).</translation>
    </message>
</context>
<context>
    <name>dialoog::ServerSecurity</name>
    <message>
        <source>Dialoog does not work as %1: that role is a superuser or owns the tables, so the rules of who sees what would not hold. Connect as a manager&apos;s own login role.</source>
        <translation>Dialoog werkt niet als %1: die rol is een superuser of eigenaar van de tabellen, dus de regels over wie wat ziet zouden niet gelden. Verbind met de eigen inlogrol van een leidinggevende.</translation>
    </message>
</context>
<context>
    <name>dialoog::ServerSetup</name>
    <message>
        <source>The server holds data of a newer version of Dialoog (data version %1; this version knows up to %2). Set it up with the newer version.</source>
        <translation>De server bevat gegevens van een nieuwere versie van Dialoog (gegevensversie %1; deze versie kent tot en met %2). Richt hem in met die nieuwere versie.</translation>
    </message>
</context>
<context>
    <name>dialoog::ShortcutOverview</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>dialoog::SignOff</name>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Voor gezien</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Voor akkoord</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Betwist</translation>
    </message>
    <message>
        <source>Not sent to the employee yet</source>
        <translation>Nog niet naar de medewerker gestuurd</translation>
    </message>
    <message>
        <source>Sent to the employee on %1, no answer yet</source>
        <translation>Op %1 naar de medewerker gestuurd, nog geen antwoord</translation>
    </message>
    <message>
        <source>Seen by the employee on %1</source>
        <translation>Op %1 door de medewerker voor gezien getekend</translation>
    </message>
    <message>
        <source>Agreed by the employee on %1</source>
        <translation>Op %1 door de medewerker voor akkoord getekend</translation>
    </message>
    <message>
        <source>Disputed by the employee on %1</source>
        <translation>Op %1 door de medewerker betwist</translation>
    </message>
    <message>
        <source>report sent on %1</source>
        <translation>verslag verstuurd op %1</translation>
    </message>
    <message>
        <source>seen on %1</source>
        <translation>voor gezien op %1</translation>
    </message>
    <message>
        <source>agreed on %1</source>
        <translation>voor akkoord op %1</translation>
    </message>
    <message>
        <source>disputed on %1</source>
        <translation>betwist op %1</translation>
    </message>
</context>
<context>
    <name>dialoog::SignOffActions</name>
    <message>
        <source>Send to Employee</source>
        <translation>Naar medewerker sturen</translation>
    </message>
    <message>
        <source>Save the Employee&apos;s Copy as PDF</source>
        <translation>Exemplaar voor de medewerker opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The employee&apos;s copy is saved as %1 and the report is marked sent. No mail program opened: write the mail yourself and attach the file.</source>
        <translation>Het exemplaar voor de medewerker is opgeslagen als %1 en het verslag is als verstuurd gemarkeerd. Er ging geen mailprogramma open: schrijf de mail zelf en voeg het bestand toe.</translation>
    </message>
    <message>
        <source>The employee&apos;s copy is saved as %1. The mail is ready in your mail program: attach the file before sending, it is not attached automatically.</source>
        <translation>Het exemplaar voor de medewerker is opgeslagen als %1. De mail staat klaar in je mailprogramma: voeg het bestand toe voordat je verstuurt, dat gebeurt niet vanzelf.</translation>
    </message>
    <message>
        <source>Send to E&amp;mployee…</source>
        <translation>Naar &amp;medewerker sturen…</translation>
    </message>
    <message>
        <source>Paste Resp&amp;onse…</source>
        <translation>Reactie &amp;plakken…</translation>
    </message>
    <message>
        <source>Paste the employee&apos;s reply as their response to the report</source>
        <translation>Plak het antwoord van de medewerker als hun reactie op het verslag</translation>
    </message>
    <message>
        <source>Send Again to E&amp;mployee…</source>
        <translation>Opnieuw naar &amp;medewerker sturen…</translation>
    </message>
    <message>
        <source>Save the employee&apos;s copy as a PDF and open a mail asking for their comments and whether they agree</source>
        <translation>Bewaar het exemplaar voor de medewerker als PDF en open een mail die om opmerkingen vraagt, en of de medewerker akkoord is</translation>
    </message>
</context>
<context>
    <name>dialoog::SignOffPanel</name>
    <message>
        <source>The employee&apos;s response:</source>
        <translation>De reactie van de medewerker:</translation>
    </message>
    <message>
        <source>Employee&apos;s &amp;Answer</source>
        <translation>Antwoord van de medewer&amp;ker</translation>
    </message>
    <message>
        <source>The employee&apos;s response</source>
        <translation>De reactie van de medewerker</translation>
    </message>
    <message>
        <source>Record whether the employee has seen the report, agrees with it, or disputes it</source>
        <translation>Leg vast of de medewerker het verslag voor gezien of voor akkoord tekent, of het betwist</translation>
    </message>
    <message>
        <source>&amp;Seen (voor gezien)</source>
        <translation>Voor &amp;gezien</translation>
    </message>
    <message>
        <source>&amp;Agreed (voor akkoord)</source>
        <translation>Voor &amp;akkoord</translation>
    </message>
    <message>
        <source>&amp;Disputed</source>
        <translation>&amp;Betwist</translation>
    </message>
</context>
<context>
    <name>dialoog::SignalMark</name>
    <message>
        <source>Signal: %1</source>
        <translation>Signaal: %1</translation>
    </message>
    <message>
        <source>%1, 1 signal</source>
        <translation>%1, 1 signaal</translation>
    </message>
    <message>
        <source>%1, %2 signals</source>
        <translation>%1, %2 signalen</translation>
    </message>
</context>
<context>
    <name>dialoog::SignalPanel</name>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>A prompt to ask, not a judgement: consider planning a check-in sooner to hear how they are doing. Only you see this.</source>
        <translation>Een aanleiding om te vragen, geen oordeel: plan misschien eerder een check-in om te horen hoe het gaat. Alleen jij ziet dit.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1
Scores: %2</source>
        <translation>%1
Scores: %2</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Nege&amp;ren</translation>
    </message>
    <message>
        <source>Put this signal aside until the next score (Ctrl+Z brings it back)</source>
        <translation>Dit signaal opzijzetten tot de volgende score (Ctrl+Z haalt het terug)</translation>
    </message>
    <message>
        <source>Dismiss: %1</source>
        <translation>Negeren: %1</translation>
    </message>
    <message>
        <source>Worth asking about (1 signal)</source>
        <translation>Om naar te vragen (1 signaal)</translation>
    </message>
    <message>
        <source>Worth asking about (%1 signals)</source>
        <translation>Om naar te vragen (%1 signalen)</translation>
    </message>
</context>
<context>
    <name>dialoog::Snapshot</name>
    <message>
        <source>%1 is damaged and cannot be read safely.</source>
        <translation>%1 is beschadigd en kan niet veilig worden gelezen.</translation>
    </message>
</context>
<context>
    <name>dialoog::StepKind</name>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
</context>
<context>
    <name>dialoog::Store</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>De map %1 kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 kan niet worden aangemaakt: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is een map, geen databasebestand.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Dialoog database.</source>
        <translation>%1 is leeg: het is geen Dialoog-database.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read safely.</source>
        <translation>%1 is beschadigd en kan niet veilig worden gelezen.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Dialoog.</source>
        <translation>%1 is een database van een ander programma, niet van Dialoog.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Dialoog (data version %2; this version reads up to %3). Update Dialoog to open it.</source>
        <translation>%1 is gemaakt door een nieuwere versie van Dialoog (gegevensversie %2; deze versie leest tot en met %3). Werk Dialoog bij om het bestand te openen.</translation>
    </message>
    <message>
        <source>A row in %1 points to a missing row in %2.</source>
        <translation>Een rij in %1 verwijst naar een ontbrekende rij in %2.</translation>
    </message>
    <message>
        <source>You may not change %1.</source>
        <translation>Je mag %1 niet wijzigen.</translation>
    </message>
    <message>
        <source>You may not change the folder %1, where Dialoog keeps its working files beside the database.</source>
        <translation>Je mag de map %1 niet wijzigen; daarin bewaart Dialoog naast de database zijn werkbestanden.</translation>
    </message>
    <message>
        <source>Dialoog was started with --read-only.</source>
        <translation>Dialoog is gestart met --read-only.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Dialoog and must be updated before this version can show it, but it cannot be changed: %2</source>
        <translation>%1 is gemaakt door een oudere versie van Dialoog en moet worden bijgewerkt voordat deze versie het kan tonen, maar het kan niet worden gewijzigd: %2</translation>
    </message>
    <message>
        <source>%1 is not a Dialoog database. An administrator sets it up with &quot;dialoog server init&quot;.</source>
        <translation>%1 is geen Dialoog-database. Een beheerder richt hem in met &quot;dialoog server init&quot;.</translation>
    </message>
    <message>
        <source>%1 holds data of an older version of Dialoog. An administrator updates it with &quot;dialoog server init&quot;.</source>
        <translation>%1 bevat gegevens van een oudere versie van Dialoog. Een beheerder werkt hem bij met &quot;dialoog server init&quot;.</translation>
    </message>
</context>
<context>
    <name>dialoog::StoreError</name>
    <message>
        <source>The server %1 asks for your password.</source>
        <translation>De server %1 vraagt om je wachtwoord.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password.</source>
        <translation>De server %1 heeft het wachtwoord niet geaccepteerd.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection: %2</source>
        <translation>De server %1 weigerde de verbinding: %2</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: %2</source>
        <translation>De server %1 is niet bereikbaar: %2</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>de database</translation>
    </message>
    <message>
        <source>%1 is not a Dialoog database (it is not a SQLite file).</source>
        <translation>%1 is geen Dialoog-database (het is geen SQLite-bestand).</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read safely.</source>
        <translation>%1 is beschadigd en kan niet veilig worden gelezen.</translation>
    </message>
    <message>
        <source>The disk is full: changes to %1 could not be saved.</source>
        <translation>De schijf is vol: wijzigingen in %1 konden niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>%1 is read-only: changes cannot be saved.</source>
        <translation>%1 is alleen-lezen: wijzigingen kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (check that the folder exists and may be written).</source>
        <translation>%1 kan niet worden geopend (controleer of de map bestaat en of je erin mag schrijven).</translation>
    </message>
    <message>
        <source>%1 is in use by another program; try again in a moment.</source>
        <translation>%1 is in gebruik door een ander programma; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The change was refused because it breaks a rule of the data: %1</source>
        <translation>De wijziging is geweigerd omdat die een regel van de gegevens schendt: %1</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Databasefout in %1: %2</translation>
    </message>
    <message>
        <source>A conversation that was held cannot be cancelled.</source>
        <translation>Een gesprek dat gevoerd is, kan niet worden geannuleerd.</translation>
    </message>
    <message>
        <source>This conversation already holds notes, answers or action items, so it cannot be cancelled.</source>
        <translation>Dit gesprek bevat al notities, antwoorden of actiepunten en kan daarom niet worden geannuleerd.</translation>
    </message>
    <message>
        <source>Dialoog does not send your password to %1: %2</source>
        <translation>Dialoog stuurt je wachtwoord niet naar %1: %2</translation>
    </message>
    <message>
        <source>without a verified encrypted connection, whoever answers in the server&apos;s place would receive it. Ask your administrator for an address with sslmode=verify-full (or channel_binding=require).</source>
        <translation>zonder een gecontroleerde versleutelde verbinding krijgt wie er in plaats van de server antwoordt het te zien. Vraag je beheerder om een adres met sslmode=verify-full (of channel_binding=require).</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost: %2</source>
        <translation>De verbinding met de server %1 is verbroken: %2</translation>
    </message>
    <message>
        <source>The server %1 does not allow you this change: %2</source>
        <translation>De server %1 staat je deze wijziging niet toe: %2</translation>
    </message>
    <message>
        <source>%1 is busy with another change; try again in a moment.</source>
        <translation>%1 is bezig met een andere wijziging; probeer het zo nog eens.</translation>
    </message>
    <message>
        <source>The server %1 has no room left: changes could not be saved.</source>
        <translation>De server %1 heeft geen ruimte meer: de wijzigingen konden niet worden bewaard.</translation>
    </message>
    <message>
        <source>A team server cannot be used on this computer: PostgreSQL&apos;s client library (libpq, version 5) is not installed.</source>
        <translation>Op deze computer kan geen teamserver worden gebruikt: de clientbibliotheek van PostgreSQL (libpq, versie 5) is niet geïnstalleerd.</translation>
    </message>
</context>
<context>
    <name>dialoog::StoreLock</name>
    <message>
        <source>The database is in use by another Dialoog (process %1 on %2). Close it there first.</source>
        <translation>De database is in gebruik door een andere Dialoog (proces %1 op %2). Sluit Dialoog daar eerst af.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>deze computer</translation>
    </message>
</context>
<context>
    <name>dialoog::StoreOpener</name>
    <message>
        <source>Dialoog cannot open its data</source>
        <translation>Dialoog kan de gegevens niet openen</translation>
    </message>
    <message>
        <source>%1

Restore the newest backup, made %2? The damaged file is kept beside it.</source>
        <translation>%1

De nieuwste back-up terugzetten, gemaakt op %2? Het beschadigde bestand blijft ernaast bewaard.</translation>
    </message>
    <message>
        <source>No backup today</source>
        <translation>Vandaag geen back-up</translation>
    </message>
    <message>
        <source>Remove the conversations older than %1 years (%2 in all), with everything said in them? A backup is made first. Later ones are removed when they are as old, without asking.</source>
        <translation>De gesprekken verwijderen die ouder zijn dan %1 jaar (%2 in totaal), met alles wat erin gezegd is? Er wordt eerst een back-up gemaakt. Latere gesprekken worden verwijderd zodra ze even oud zijn, zonder het nog te vragen.</translation>
    </message>
    <message>
        <source>Remove everything about the people who left more than %1 years ago (%2 in all): their conversations, notes, goals and feedback? A backup is made first. Others are removed when they have been gone as long, without asking.</source>
        <translation>Alles verwijderen over de mensen die meer dan %1 jaar geleden vertrokken (%2 in totaal): hun gesprekken, notities, doelen en feedback? Er wordt eerst een back-up gemaakt. Anderen worden verwijderd zodra ze even lang weg zijn, zonder het nog te vragen.</translation>
    </message>
    <message>
        <source>Remove the conversations older than %1 years (%2 in all), and everything about the people who left more than %3 years ago (%4 in all)? A backup is made first. Later ones are removed when they are as old, without asking.</source>
        <translation>De gesprekken verwijderen die ouder zijn dan %1 jaar (%2 in totaal), en alles over de mensen die meer dan %3 jaar geleden vertrokken (%4 in totaal)? Er wordt eerst een back-up gemaakt. Latere worden verwijderd zodra ze even oud zijn, zonder het nog te vragen.</translation>
    </message>
    <message>
        <source>Remove Old Data</source>
        <translation>Oude gegevens verwijderen</translation>
    </message>
    <message>
        <source>Nothing old was removed: %1</source>
        <translation>Er is niets ouds verwijderd: %1</translation>
    </message>
    <message>
        <source>Removed the conversations older than %1 years: %2.</source>
        <translation>Gesprekken ouder dan %1 jaar verwijderd: %2.</translation>
    </message>
    <message>
        <source>Removed everything about the people who left more than %1 years ago: %2.</source>
        <translation>Alles verwijderd over de mensen die meer dan %1 jaar geleden vertrokken: %2.</translation>
    </message>
    <message>
        <source>Dialoog found damage in its data</source>
        <translation>Dialoog heeft schade in zijn gegevens gevonden</translation>
    </message>
    <message>
        <source>%1

Dialoog checks it again at its next start. Keep a copy of what you write today elsewhere until it is whole again.</source>
        <translation>%1

Dialoog controleert het bestand opnieuw bij de volgende start. Bewaar wat je vandaag schrijft ook ergens anders, tot het bestand weer heel is.</translation>
    </message>
    <message>
        <source>%1

Restore the newest backup, made %2? Dialoog closes its windows and opens again with the backup. The damaged file is kept beside it, with everything saved since Dialoog started.</source>
        <translation>%1

De nieuwste back-up terugzetten, gemaakt op %2? Dialoog sluit zijn vensters en opent opnieuw met de back-up. Het beschadigde bestand blijft ernaast bewaard, met alles wat sinds de start van Dialoog is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>dialoog::Summary</name>
    <message>
        <source>Development conversation</source>
        <translation>Ontwikkelgesprek</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Gevoerd op</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>number %1 in the series</source>
        <translation>nummer %1 in de reeks</translation>
    </message>
    <message>
        <source>Employee&apos;s copy</source>
        <translation>Exemplaar voor de medewerker</translation>
    </message>
    <message>
        <source>Includes the manager&apos;s private notes — not for sharing</source>
        <translation>Bevat privénotities van de leidinggevende — niet delen</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>pagina %1 van %2</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 van 5</translation>
    </message>
    <message>
        <source>Work happiness</source>
        <translation>Werkgeluk</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>In eigen woorden</translation>
    </message>
    <message>
        <source>Energy and work happiness</source>
        <translation>Energie en werkgeluk</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Prestaties</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Wat goed ging</translation>
    </message>
    <message>
        <source>Room to grow</source>
        <translation>Groeiruimte</translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation>Ambities</translation>
    </message>
    <message>
        <source>The employee&apos;s reflection</source>
        <translation>Reflectie van de medewerker</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Ontvangen feedback</translation>
    </message>
    <message>
        <source>%1: %2 %, %3</source>
        <translation>%1: %2 %, %3</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>Progress on running goals</source>
        <translation>Voortgang van lopende doelen</translation>
    </message>
    <message>
        <source>Points of attention</source>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1, %2 %</source>
        <translation>%1, %2 %</translation>
    </message>
    <message>
        <source>Development goals</source>
        <translation>Ontwikkeldoelen</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Open vragen</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunten</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>No follow-up planned, by choice.</source>
        <translation>Bewust geen vervolggesprek gepland.</translation>
    </message>
    <message>
        <source>No follow-up planned.</source>
        <translation>Geen vervolggesprek gepland.</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Volgend gesprek</translation>
    </message>
    <message>
        <source>(private) %1</source>
        <translation>(privé) %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf, .html or .md</source>
        <translation>%1: de bestandsnaam moet eindigen op .pdf, .html of .md</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>%1 (corrected on %2)</source>
        <translation>%1 (gecorrigeerd op %2)</translation>
    </message>
    <message>
        <source>The employee&apos;s response</source>
        <translation>De reactie van de medewerker</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <source>%1 (manager)</source>
        <translation>%1 (leidinggevende)</translation>
    </message>
    <message>
        <source>the manager</source>
        <translation>de leidinggevende</translation>
    </message>
    <message>
        <source>Sent to %1 on %2; no answer yet.</source>
        <translation>Op %2 naar %1 gestuurd; nog geen antwoord.</translation>
    </message>
    <message>
        <source>Seen on %1 by %2 (employee) and %3.</source>
        <translation>Voor gezien op %1 door %2 (medewerker) en %3.</translation>
    </message>
    <message>
        <source>Agreed on %1 by %2 (employee) and %3.</source>
        <translation>Voor akkoord op %1 door %2 (medewerker) en %3.</translation>
    </message>
    <message>
        <source>Disputed by %2 (employee) on %1; the response says why. Recorded by %3.</source>
        <translation>Betwist door %2 (medewerker) op %1; de reactie zegt waarom. Vastgelegd door %3.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(niet genoemd)</translation>
    </message>
    <message>
        <source>Not planned yet.</source>
        <translation>Nog niet gepland.</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Volgende check-in</translation>
    </message>
</context>
<context>
    <name>dialoog::SummaryActions</name>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Samenvatting</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Afdrukvoorbeeld…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF, HTML or Markdown…</source>
        <translation>&amp;Exporteren als PDF, HTML of Markdown…</translation>
    </message>
    <message>
        <source>&amp;Copy Summary</source>
        <translation>Samenvatting &amp;kopiëren</translation>
    </message>
    <message>
        <source>Formatted and plain text, to paste into an email or an HR system</source>
        <translation>Opgemaakte en platte tekst, om in een e-mail of HR-systeem te plakken</translation>
    </message>
    <message>
        <source>Employee&apos;s C&amp;opy</source>
        <translation>Exemplaar voor de &amp;medewerker</translation>
    </message>
    <message>
        <source>Leave out private notes and points of attention</source>
        <translation>Privénotities en aandachtspunten weglaten</translation>
    </message>
    <message>
        <source>Include P&amp;rivate Notes</source>
        <translation>&amp;Privénotities opnemen</translation>
    </message>
    <message>
        <source>Si&amp;gnature Block</source>
        <translation>&amp;Handtekeningblok</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Privénotities</translation>
    </message>
    <message>
        <source>Summaries will include your private notes until you switch this off. Do not hand such a summary to anyone else.</source>
        <translation>Samenvattingen bevatten je privénotities totdat je dit uitzet. Geef zo&apos;n samenvatting aan niemand anders.</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Afdrukvoorbeeld — %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Export Summary</source>
        <translation>Samenvatting exporteren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>&amp;Language of the Summary</source>
        <translation>&amp;Taal van de samenvatting</translation>
    </message>
    <message>
        <source>As the &amp;Application</source>
        <translation>Zoals de &amp;toepassing</translation>
    </message>
</context>
<context>
    <name>dialoog::SummaryPreview</name>
    <message>
        <source>Pages</source>
        <translation>Pagina’s</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Exporteren als PDF…</translation>
    </message>
    <message>
        <source>Page Set&amp;up…</source>
        <translation>Pagina-&amp;instelling…</translation>
    </message>
    <message>
        <source>Paper size, orientation and margins</source>
        <translation>Papierformaat, afdrukrichting en marges</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>In&amp;zoomen</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>&amp;Breedte passend</translation>
    </message>
    <message>
        <source>Fit P&amp;age</source>
        <translation>&amp;Pagina passend</translation>
    </message>
    <message>
        <source>&amp;First Page</source>
        <translation>&amp;Eerste pagina</translation>
    </message>
    <message>
        <source>Pre&amp;vious Page</source>
        <translation>&amp;Vorige pagina</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>V&amp;olgende pagina</translation>
    </message>
    <message>
        <source>&amp;Last Page</source>
        <translation>&amp;Laatste pagina</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>&amp;One Page</source>
        <translation>Eé&amp;n pagina</translation>
    </message>
    <message>
        <source>The pages one below the other, to read</source>
        <translation>De pagina’s onder elkaar, om te lezen</translation>
    </message>
    <message>
        <source>All Pa&amp;ges</source>
        <translation>&amp;Alle pagina’s</translation>
    </message>
    <message>
        <source>Every page at once</source>
        <translation>Alle pagina’s tegelijk</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>van %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporteren als PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breedte</translation>
    </message>
    <message>
        <source>Fit the page&apos;s width to the window</source>
        <translation>De breedte van de pagina passend in het venster</translation>
    </message>
    <message>
        <source>Whole Page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <source>Fit the whole page in the window</source>
        <translation>De hele pagina passend in het venster</translation>
    </message>
</context>
<context>
    <name>dialoog::TeamDatabaseDialog</name>
    <message>
        <source>Open Team Database</source>
        <translation>Teamdatabase openen</translation>
    </message>
    <message>
        <source>Where your organisation&apos;s Dialoog database is, as your administrator gave it: for example postgresql://server.example.org/dialoog or service=dialoog. Leave it empty to work in your own file again. Dialoog opens it from the next start.</source>
        <translation>Waar de Dialoog-database van je organisatie staat, zoals je beheerder die opgaf: bijvoorbeeld postgresql://server.example.org/dialoog of service=dialoog. Laat het leeg om weer in je eigen bestand te werken. Dialoog opent hem vanaf de volgende start.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>This is not a database server: write it as postgresql://… or service=….</source>
        <translation>Dit is geen databaseserver: schrijf het als postgresql://… of service=….</translation>
    </message>
    <message>
        <source>Leave the password out: Dialoog asks for it when the server wants it, or takes it from ~/.pgpass.</source>
        <translation>Laat het wachtwoord weg: Dialoog vraagt erom als de server het wil, of haalt het uit ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>dialoog::TeamServer</name>
    <message>
        <source>%1 is not a team server: name one as postgresql://host/database or service=NAME</source>
        <translation>%1 is geen teamserver: geef er een op als postgresql://host/database of service=NAAM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role name Dialoog takes: use lower-case letters, digits and _, starting with a letter, at most 63 characters</source>
        <translation>&quot;%1&quot; is geen rolnaam die Dialoog aanneemt: gebruik kleine letters, cijfers en _, beginnend met een letter, hoogstens 63 tekens</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a name PostgreSQL or Dialoog keeps for itself</source>
        <translation>&quot;%1&quot; is een naam die PostgreSQL of Dialoog voor zichzelf houdt</translation>
    </message>
</context>
<context>
    <name>dialoog::TeamWindow</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Energy and work happiness (1–5) over the last year, one chart per person; those with a signal come first. Signals are prompts for you to ask, never a judgement, and only you see them.</source>
        <translation>Energie en werkgeluk (1–5) over het afgelopen jaar, één grafiek per persoon; wie een signaal heeft staat bovenaan. Signalen zijn een aanleiding voor jou om te vragen, nooit een oordeel, en alleen jij ziet ze.</translation>
    </message>
    <message>
        <source>Energy and work happiness of %1 over the last year</source>
        <translation>Energie en werkgeluk van %1 over het afgelopen jaar</translation>
    </message>
    <message>
        <source>No scores in the last year.</source>
        <translation>Geen scores in het afgelopen jaar.</translation>
    </message>
    <message>
        <source>No one in the team yet.</source>
        <translation>Nog niemand in het team.</translation>
    </message>
</context>
<context>
    <name>dialoog::UnsavedText</name>
    <message>
        <source>Energy note: %1</source>
        <translation>Energienotitie: %1</translation>
    </message>
    <message>
        <source>Points of attention: %1</source>
        <translation>Aandachtspunten: %1</translation>
    </message>
    <message>
        <source>What went well: %1</source>
        <translation>Wat goed ging: %1</translation>
    </message>
    <message>
        <source>Growth: %1</source>
        <translation>Groei: %1</translation>
    </message>
    <message>
        <source>Ambitions: %1</source>
        <translation>Ambities: %1</translation>
    </message>
    <message>
        <source>Answer to &quot;%1&quot;: %2</source>
        <translation>Antwoord op &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Achievement: %1</source>
        <translation>Prestatie: %1</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Doel: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notitie: %1</translation>
    </message>
    <message>
        <source>Action item: %1</source>
        <translation>Actiepunt: %1</translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation>Afspraak: %1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Samenvatting: %1</translation>
    </message>
    <message>
        <source>Typed on this computer but not saved, because someone else saved this conversation first:</source>
        <translation>Op deze computer getypt maar niet opgeslagen, omdat iemand anders dit gesprek eerder opsloeg:</translation>
    </message>
</context>
<context>
    <name>dialoog::WorkspaceWindow</name>
    <message>
        <source>%1 — %2[*]</source>
        <translation>%1 — %2[*]</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Eerder</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Gesprek</translation>
    </message>
    <message>
        <source>&amp;Next Phase</source>
        <translation>&amp;Volgende fase</translation>
    </message>
    <message>
        <source>&amp;Previous Phase</source>
        <translation>Vo&amp;rige fase</translation>
    </message>
    <message>
        <source>&amp;Finish Conversation</source>
        <translation>Gesprek &amp;afronden</translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation>Nu &amp;opslaan</translation>
    </message>
    <message>
        <source>Everything is saved by itself; this only does it at once</source>
        <translation>Alles wordt vanzelf opgeslagen; dit doet het alleen meteen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>&amp;Write a Note</source>
        <translation>Notitie &amp;schrijven</translation>
    </message>
    <message>
        <source>Note as &amp;Action Item</source>
        <translation>Als &amp;actiepunt noteren</translation>
    </message>
    <message>
        <source>Note as A&amp;greement</source>
        <translation>Als a&amp;fspraak noteren</translation>
    </message>
    <message>
        <source>Note as &amp;Private Note</source>
        <translation>Als &amp;privénotitie noteren</translation>
    </message>
    <message>
        <source>Conversation finished. The next one is in the list.</source>
        <translation>Gesprek afgerond. Het volgende staat in de lijst.</translation>
    </message>
    <message>
        <source>Before finishing: %1</source>
        <translation>Vóór het afronden: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Opgeslagen om %1</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle wijzigingen opgeslagen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Your text is kept here and saved as soon as possible.</source>
        <translation>Je tekst blijft hier bewaard en wordt zo snel mogelijk opgeslagen.</translation>
    </message>
    <message>
        <source>Open for %1:%2</source>
        <translation>Al %1:%2 open</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>This conversation could not be saved: %1
The window stays open so nothing is lost.</source>
        <translation>Dit gesprek kon niet worden opgeslagen: %1
Het venster blijft open, zodat er niets verloren gaat.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Guide to This &amp;Phase</source>
        <translation>Handleiding bij deze &amp;fase</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>%1 of %2 min (about %3 min a phase)</source>
        <translation>%1 van %2 min (ongeveer %3 min per fase)</translation>
    </message>
    <message>
        <source>Later corrections</source>
        <translation>Latere correcties</translation>
    </message>
    <message>
        <source>This conversation was held on %1. Changes you make now are recorded as later corrections.</source>
        <translation>Dit gesprek is gevoerd op %1. Wijzigingen die je nu maakt, worden vastgelegd als latere correcties.</translation>
    </message>
    <message>
        <source>Last corrected on %1.</source>
        <translation>Laatst gecorrigeerd op %1.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Back to the Note Line</source>
        <translation>&amp;Terug naar de notitieregel</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>Could not reload: %1</source>
        <translation>Opnieuw laden lukte niet: %1</translation>
    </message>
    <message>
        <source>Reloaded. What you typed is kept as a private note.</source>
        <translation>Opnieuw geladen. Wat je typte is bewaard als privénotitie.</translation>
    </message>
    <message>
        <source>Reloaded.</source>
        <translation>Opnieuw geladen.</translation>
    </message>
    <message>
        <source>Not saved: saved on another computer first</source>
        <translation>Niet opgeslagen: eerst op een andere computer opgeslagen</translation>
    </message>
    <message>
        <source>Your text is kept here until you reload.</source>
        <translation>Je tekst blijft hier bewaard tot je opnieuw laadt.</translation>
    </message>
    <message>
        <source>Changing the report now records a correction and moves it back to &quot;sent&quot;, to be signed again.</source>
        <translation>Wie het verslag nu wijzigt, legt een correctie vast en zet het terug op &quot;verstuurd&quot;, om opnieuw te tekenen.</translation>
    </message>
    <message>
        <source>Check-in with %1 — %2[*]</source>
        <translation>Check-in met %1 — %2[*]</translation>
    </message>
    <message>
        <source>&amp;Finish Check-in</source>
        <translation>Check-in &amp;afronden</translation>
    </message>
    <message>
        <source>Guide to &amp;Check-ins</source>
        <translation>Handleiding bij &amp;check-ins</translation>
    </message>
    <message>
        <source>Check-in held. It is on the timeline.</source>
        <translation>Check-in gehouden. Hij staat op de tijdlijn.</translation>
    </message>
    <message>
        <source>%1 of about 20 min</source>
        <translation>%1 van ongeveer 20 min</translation>
    </message>
</context>
<context>
    <name>dialoog::WrapUpPage</name>
    <message>
        <source>Close with what you take away together: summarise the key points, agree who does what by when, and plan the next conversation now, so the dialogue keeps its rhythm.</source>
        <translation>Sluit af met wat jullie samen meenemen: vat de kernpunten samen, spreek af wie wat wanneer doet en plan nu al het volgende gesprek, zodat de dialoog zijn ritme houdt.</translation>
    </message>
    <message>
        <source>The key points of this conversation</source>
        <translation>De kernpunten van dit gesprek</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Volgend gesprek</translation>
    </message>
    <message>
        <source>&amp;Finish conversation</source>
        <translation>Gesprek &amp;afronden</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>niet gepland</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <source>+2 weeks</source>
        <translation>+2 weken</translation>
    </message>
    <message>
        <source>+6 weeks</source>
        <translation>+6 weken</translation>
    </message>
    <message>
        <source>+3 months</source>
        <translation>+3 maanden</translation>
    </message>
    <message>
        <source>Rhythm (%1 weeks)</source>
        <translation>Ritme (%1 weken)</translation>
    </message>
    <message>
        <source>The follow-up must come after this conversation.</source>
        <translation>Het vervolggesprek moet na dit gesprek plaatsvinden.</translation>
    </message>
    <message>
        <source>Finished — &amp;reopen to change</source>
        <translation>Afgerond — her&amp;openen om te wijzigen</translation>
    </message>
    <message>
        <source>Add to Ca&amp;lendar…</source>
        <translation>Aan agenda &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Put the next conversation in your calendar application</source>
        <translation>Zet het volgende gesprek in je agendaprogramma</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>Afd&amp;rukvoorbeeld…</translation>
    </message>
    <message>
        <source>No follow-&amp;up conversation</source>
        <translation>Geen &amp;vervolggesprek</translation>
    </message>
    <message>
        <source>Report to the employee</source>
        <translation>Verslag naar de medewerker</translation>
    </message>
    <message>
        <source>Next check-&amp;in:</source>
        <translation>Volgende check-&amp;in:</translation>
    </message>
    <message>
        <source>+1 week</source>
        <translation>+1 week</translation>
    </message>
    <message>
        <source>Check-in rhythm (%1 weeks)</source>
        <translation>Check-inritme (%1 weken)</translation>
    </message>
    <message>
        <source>The next check-in must come after this conversation.</source>
        <translation>De volgende check-in moet na dit gesprek plaatsvinden.</translation>
    </message>
</context>
<context>
    <name>dialoog::postgres</name>
    <message>
        <source>This server database has an unknown schema (version %1); it cannot be updated.</source>
        <translation>Deze serverdatabase heeft een onbekend schema (versie %1); hij kan niet worden bijgewerkt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;dialoog --help&apos; for more information.</source>
        <translation>Probeer &apos;dialoog --help&apos; voor meer informatie.</translation>
    </message>
    <message>
        <source>dialoog: no display to show the window on. The commands demo, export, import, check, summary, ics, handover, move and server work without one (see dialoog --help).</source>
        <translation>dialoog: er is geen beeldscherm om het venster op te tonen. De opdrachten demo, export, import, check, summary, ics, handover, move en server werken zonder (zie dialoog --help).</translation>
    </message>
</context>
</TS>
