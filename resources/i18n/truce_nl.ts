<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="26"/>
        <source>About Truce</source>
        <translation>Over Truce</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="32"/>
        <source>An offline companion for the joint workshop that ends the war between Sales and Marketing: diagnose the relationship, hear the other side, agree who does what, and leave with an action plan.</source>
        <translation>Een offline hulpmiddel voor de gezamenlijke workshop die een eind maakt aan de strijd tussen Verkoop en Marketing: breng de samenwerking in kaart, luister naar de andere kant, spreek af wie wat doet en ga naar huis met een actieplan.</translation>
    </message>
</context>
<context>
    <name>ActionFilterBar</name>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="33"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="34"/>
        <source>Open (planned or in progress)</source>
        <translation>Open (gepland of bezig)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="38"/>
        <source>All departments</source>
        <translation>Alle afdelingen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="42"/>
        <source>All sources</source>
        <translation>Alle bronnen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="44"/>
        <source>Frictions</source>
        <translation>Wrijvingen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="45"/>
        <source>Role swap</source>
        <translation>Rollenwissel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="46"/>
        <source>Shared goals</source>
        <translation>Gezamenlijke doelen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="47"/>
        <source>Role split</source>
        <translation>Rolverdeling</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="48"/>
        <source>Ten steps</source>
        <translation>Tien stappen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="49"/>
        <source>Levers</source>
        <translation>Hefbomen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="53"/>
        <source>Owner…</source>
        <translation>Eigenaar…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="54"/>
        <source>&amp;Overdue only</source>
        <translation>&amp;Alleen te laat</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="55"/>
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="63"/>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
</context>
<context>
    <name>ActionUpdateDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="28"/>
        <source>Update action</source>
        <translation>Actie bijwerken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="39"/>
        <source>New &amp;due date:</source>
        <translation>Nieuwe &amp;deadline:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="48"/>
        <source>What happened since the last update (optional)</source>
        <translation>Wat er sinds de vorige update is gebeurd (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="52"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="54"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="56"/>
        <source>The update is added to the action&apos;s history with today&apos;s date and time.</source>
        <translation>De update komt met de datum en tijd van nu in de geschiedenis van de actie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="63"/>
        <source>Save update</source>
        <translation>Update opslaan</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../ui/models/actions.py" line="120"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="121"/>
        <source>Responds to</source>
        <translation>Antwoord op</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="122"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="123"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="124"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="125"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="126"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="127"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="128"/>
        <source>Effort</source>
        <translation>Inspanning</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="129"/>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="130"/>
        <source>Quadrant</source>
        <translation>Kwadrant</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="135"/>
        <source>How much it would help, 1–5</source>
        <translation>Hoeveel het zou helpen, 1–5</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="136"/>
        <source>How much work it takes, 1–5</source>
        <translation>Hoeveel werk het kost, 1–5</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="137"/>
        <source>Dot votes from the room</source>
        <translation>Stemmen (stippen) van de groep</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="138"/>
        <source>Where impact and effort put it</source>
        <translation>Waar impact en inspanning de actie plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="176"/>
        <source>Overdue: this action was due on %1.</source>
        <translation>Te laat: deze actie moest uiterlijk %1 klaar zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="189"/>
        <source>Free action</source>
        <translation>Losse actie</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="191"/>
        <source>No owner yet</source>
        <translation>Nog geen eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="195"/>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../ui/pages/actions.py" line="69"/>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="71"/>
        <location filename="../../ui/pages/actions.py" line="304"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="72"/>
        <source>Remove the selected actions (Delete)</source>
        <translation>De geselecteerde acties verwijderen (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="74"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="76"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="78"/>
        <source>Edit selected…</source>
        <translation>Selectie bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="80"/>
        <source>+1 vote</source>
        <translation>+1 stem</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="82"/>
        <source>&amp;Prioritise</source>
        <translation>&amp;Prioriteren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="84"/>
        <source>Show impact, effort, votes and the quadrant, to rank actions in the room</source>
        <translation>Toon impact, inspanning, stemmen en kwadrant om de acties samen met de groep te rangschikken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="88"/>
        <source>Plan order</source>
        <translation>Volgorde van het plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="89"/>
        <source>Undo the column sorting so actions can be reordered</source>
        <translation>Hef het sorteren op kolom op, zodat je de acties kunt herschikken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="102"/>
        <source>What exactly will be done, and why</source>
        <translation>Wat er precies gebeurt, en waarom</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="106"/>
        <source>How will we know it worked?</source>
        <translation>Waaraan zien we dat het werkt?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="112"/>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="113"/>
        <source>&amp;Success measure:</source>
        <translation>&amp;Succescriterium:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="114"/>
        <source>Selected action</source>
        <translation>Geselecteerde actie</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_table.py" line="52"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_table.py" line="77"/>
        <source>Free action</source>
        <translation>Losse actie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="182"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="184"/>
        <source>Showing %1 of %2</source>
        <translation>%1 van %2 zichtbaar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="189"/>
        <source>%n open action(s) without an owner</source>
        <translation>
            <numerusform>%n open actie zonder eigenaar</numerusform>
            <numerusform>%n open acties zonder eigenaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="191"/>
        <source>%n without a due date</source>
        <translation>
            <numerusform>%n zonder deadline</numerusform>
            <numerusform>%n zonder deadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="193"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="204"/>
        <source>Click “Plan order” first: the list is sorted by a column</source>
        <translation>Klik eerst op ‘Volgorde van het plan’: de lijst is op een kolom gesorteerd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="273"/>
        <location filename="../../ui/pages/actions.py" line="285"/>
        <location filename="../../ui/pages/actions.py" line="309"/>
        <location filename="../../ui/pages/actions.py" line="329"/>
        <location filename="../../ui/pages/actions.py" line="359"/>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="282"/>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="300"/>
        <source>Remove the action “%1”?</source>
        <translation>De actie ‘%1’ verwijderen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="302"/>
        <source>Remove %n selected action(s)?</source>
        <translation>
            <numerusform>%n geselecteerde actie verwijderen?</numerusform>
            <numerusform>%n geselecteerde acties verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="304"/>
        <source>Remove actions</source>
        <translation>Acties verwijderen</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="40"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="45"/>
        <source>Half day</source>
        <translation>Halve dag</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="46"/>
        <source>Full day</source>
        <translation>Hele dag</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="47"/>
        <source>Custom</source>
        <translation>Aangepast</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="52"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Indeling:</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="54"/>
        <source>S&amp;tarts at:</source>
        <translation>&amp;Begint om:</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="64"/>
        <source>Stage (tick to take it)</source>
        <translation>Onderdeel (aanvinken om op te nemen)</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="65"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="66"/>
        <source>Break after</source>
        <translation>Pauze erna</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="67"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="79"/>
        <source>Move &amp;up</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="81"/>
        <source>Move the stage earlier (Alt+Up)</source>
        <translation>Het onderdeel naar voren halen (Alt+pijl omhoog)</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="83"/>
        <source>Move &amp;down</source>
        <translation>O&amp;mlaag</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="85"/>
        <source>Move the stage later (Alt+Down)</source>
        <translation>Het onderdeel naar achteren schuiven (Alt+pijl omlaag)</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="90"/>
        <source>Untick a stage to skip it: the navigator and Next stage pass over it. Double-click or type in a cell to change the minutes.</source>
        <translation>Vink een onderdeel uit om het over te slaan: de navigatie en ‘Volgend onderdeel’ gaan er dan aan voorbij. Dubbelklik of typ in een cel om het aantal minuten te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="163"/>
        <source>+ %1 min break</source>
        <translation>+ %1 min pauze</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="168"/>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="175"/>
        <source>%1 h %2 min, ends at %3</source>
        <translation>%1 u %2 min, eindigt om %3</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <location filename="../../ui/models/answers.py" line="146"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../ui/models/answers.py" line="148"/>
        <source>Scaled to the 20–100 range; “don&apos;t know” answers are skipped.</source>
        <translation>Omgerekend naar de schaal 20–100; antwoorden ‘weet niet’ tellen niet mee.</translation>
    </message>
    <message>
        <location filename="../../ui/models/answers.py" line="204"/>
        <source>? only</source>
        <translation>alleen ?</translation>
    </message>
    <message>
        <location filename="../../ui/models/answers.py" line="208"/>
        <source>%1 of %2 statements answered</source>
        <translation>%1 van %2 stellingen beantwoord</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../../ui/commands/backup.py" line="32"/>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="33"/>
        <source>made by hand</source>
        <translation>handmatig gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="34"/>
        <source>before a restore</source>
        <translation>vóór een herstel</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="35"/>
        <source>before an update of Truce</source>
        <translation>vóór een update van Truce</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="59"/>
        <source>%1

There is no backup to restore. Set the damaged file aside and start with an empty library?</source>
        <translation>%1

Er is geen back-up om terug te zetten. Het beschadigde bestand apart zetten en met een lege bibliotheek beginnen?</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="64"/>
        <source>Set aside and start empty</source>
        <translation>Apart zetten en leeg beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="67"/>
        <source>%1

Set the damaged file aside and restore the backup of %2?</source>
        <translation>%1

Het beschadigde bestand apart zetten en de back-up van %2 terugzetten?</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="73"/>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="75"/>
        <source>The session database is damaged</source>
        <translation>De database met workshops is beschadigd</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="89"/>
        <location filename="../../ui/commands/backup.py" line="187"/>
        <source>Truce cannot start</source>
        <translation>Truce kan niet starten</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="93"/>
        <source>Database restored</source>
        <translation>Database hersteld</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="94"/>
        <source>The damaged file was kept as %1.</source>
        <translation>Het beschadigde bestand is bewaard als %1.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="118"/>
        <source>Back up</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="121"/>
        <source>Backed up to %1</source>
        <translation>Back-up gemaakt in %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="135"/>
        <location filename="../../ui/commands/backup.py" line="141"/>
        <location filename="../../ui/commands/backup.py" line="147"/>
        <location filename="../../ui/commands/backup.py" line="159"/>
        <source>Restore from backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="136"/>
        <source>There are no backups yet.</source>
        <translation>Er zijn nog geen back-ups.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="142"/>
        <source>Backup to restore:</source>
        <translation>Terug te zetten back-up:</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="148"/>
        <source>Replace every session with the backup of %1? The sessions as they are now are backed up first, so this can be reversed.</source>
        <translation>Alle workshops vervangen door de back-up van %1? Van de huidige stand wordt eerst een back-up gemaakt, dus dit is terug te draaien.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="153"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="193"/>
        <source>Restored the backup of %1</source>
        <translation>Back-up van %1 teruggezet</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/bulk_edit.py" line="33"/>
        <source>Edit %n action(s)</source>
        <translation>
            <numerusform>%n actie bewerken</numerusform>
            <numerusform>%n acties bewerken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="43"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="56"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="57"/>
        <source>&amp;Owner</source>
        <translation>&amp;Eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="58"/>
        <source>&amp;Department</source>
        <translation>&amp;Afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="59"/>
        <source>D&amp;ue date</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="60"/>
        <source>&amp;Priority</source>
        <translation>&amp;Prioriteit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="67"/>
        <source>Tick what to change; everything else stays as it is.</source>
        <translation>Vink aan wat je wilt wijzigen; de rest blijft zoals het is.</translation>
    </message>
</context>
<context>
    <name>CaptureCommands</name>
    <message>
        <location filename="../../ui/capture.py" line="17"/>
        <source>&amp;Capture Note…</source>
        <translation>&amp;Notitie vastleggen…</translation>
    </message>
    <message>
        <location filename="../../ui/capture.py" line="19"/>
        <source>Capture a note for the stage on screen</source>
        <translation>Een notitie vastleggen bij het onderdeel op het scherm</translation>
    </message>
    <message>
        <location filename="../../ui/capture.py" line="21"/>
        <source>Stage &amp;Notes</source>
        <translation>Notities van dit onderdeel &amp;tonen</translation>
    </message>
</context>
<context>
    <name>CascadePanel</name>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="60"/>
        <source>Use &amp;typical figures</source>
        <translation>&amp;Typische cijfers gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="62"/>
        <source>Fill in typical conversion rates and the growth of the shared revenue goal</source>
        <translation>Vul typische conversiepercentages in en de groei uit het gezamenlijke omzetdoel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="65"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="72"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="81"/>
        <source>&amp;Revenue of the period before:</source>
        <translation>&amp;Omzet in de vorige periode:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="82"/>
        <source>&amp;Growth to win:</source>
        <translation>Te winnen &amp;groei:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="83"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="84"/>
        <source>Average &amp;deal size:</source>
        <translation>Gemiddelde &amp;dealwaarde:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="98"/>
        <source>The revenue target</source>
        <translation>Het omzetdoel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="117"/>
        <source>The stage of %1&apos;s target</source>
        <translation>De fase van het doel van %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="120"/>
        <source>%1 plans:</source>
        <translation>%1 plant:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="130"/>
        <source>Each department&apos;s own target</source>
        <translation>Het eigen doel van elke afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="286"/>
        <source>Correct the figure in red: it is not saved.</source>
        <translation>Verbeter het rode cijfer: het is niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="294"/>
        <source>Still to give: %1.</source>
        <translation>Nog in te vullen: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="295"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="302"/>
        <source>New revenue to win: %1 in %2</source>
        <translation>Te winnen nieuwe omzet: %1 in %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="313"/>
        <source>Give each department&apos;s own target to see whether it is consistent.</source>
        <translation>Vul het eigen doel van elke afdeling in om te zien of het klopt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="319"/>
        <source>Not consistent: %1 must plan for more to reach the revenue target.</source>
        <translation>Niet consistent: om het omzetdoel te halen moet het plan omhoog bij %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="320"/>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="326"/>
        <source>Consistent: both departments&apos; targets cover what the revenue target needs.</source>
        <translation>Consistent: de doelen van beide afdelingen dekken wat het omzetdoel vraagt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="343"/>
        <source>The shared revenue goal aims for %1 % growth; the cascade works with %2 %.</source>
        <translation>Het gezamenlijke omzetdoel mikt op %1% groei; de cascade rekent met %2%.</translation>
    </message>
</context>
<context>
    <name>CascadeWords</name>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="25"/>
        <source>The revenue of the period before</source>
        <translation>De omzet in de vorige periode</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="26"/>
        <source>The growth</source>
        <translation>De groei</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="27"/>
        <source>The average deal size</source>
        <translation>De gemiddelde dealwaarde</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="33"/>
        <source>%1 is not a figure.</source>
        <translation>%1 is geen getal.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="35"/>
        <source>The growth must be above 0 % and at most 1,000 %.</source>
        <translation>De groei moet boven 0% liggen en mag hoogstens 1.000% zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="38"/>
        <source>%1 must be above 0 and at most 10,000 billion.</source>
        <translation>%1 moet boven 0 liggen en mag hoogstens 10.000 miljard zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="46"/>
        <source>The rate of %1 is not a figure.</source>
        <translation>Het percentage van %1 is geen getal.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="50"/>
        <source>The rate of %1 must be above 0 % and below 100 %: no stage turns none or all of its leads into the next.</source>
        <translation>Het percentage van %1 moet boven 0% en onder 100% liggen: geen enkele fase laat geen of juist alle leads door.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="62"/>
        <source>%1&apos;s target must be a whole number of leads.</source>
        <translation>Het doel van %1 moet een heel aantal leads zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="68"/>
        <source>The currency is a three-letter code such as EUR.</source>
        <translation>De valuta is een code van drie letters, zoals EUR.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="77"/>
        <source>✓ covers the %1 needed (%2 to spare)</source>
        <translation>✓ dekt de %1 die nodig zijn (%2 over)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="81"/>
        <source>✗ %1 short of the %2 needed</source>
        <translation>✗ %1 te weinig van de %2 die nodig zijn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="86"/>
        <source>the rate of %1</source>
        <translation>het percentage van %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="88"/>
        <source>the revenue of the period before</source>
        <translation>de omzet in de vorige periode</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="89"/>
        <source>the growth</source>
        <translation>de groei</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="90"/>
        <source>the average deal size</source>
        <translation>de gemiddelde dealwaarde</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="91"/>
        <source>the currency</source>
        <translation>de valuta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="92"/>
        <source>the conversion rates</source>
        <translation>de conversiepercentages</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/models/contacts.py" line="39"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts.py" line="40"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts.py" line="41"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts.py" line="42"/>
        <source>Contact details</source>
        <translation>Contactgegevens</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="12"/>
        <source>{problem} (see `{prog} --help`).</source>
        <translation>{problem} (zie `{prog} --help`).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="13"/>
        <source>{path} is a folder or a device, not a Truce database; give the path of a database file (a new one is created if none is there).</source>
        <translation>{path} is een map of een apparaat, geen Truce-database; geef het pad van een databasebestand (als er geen is, wordt er een nieuw gemaakt).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="17"/>
        <source>The session name given is {length} characters long; no session&apos;s id or title is longer than {most}. `truce list` shows the sessions.</source>
        <translation>De opgegeven workshopnaam is {length} tekens lang; geen id of titel van een workshop is langer dan {most}. `truce list` toont de workshops.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="21"/>
        <source>session name</source>
        <translation>workshopnaam</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="22"/>
        <source>search text</source>
        <translation>zoektekst</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="23"/>
        <source>database path</source>
        <translation>databasepad</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="24"/>
        <source>The {label} given is not valid UTF-8 text or holds a control character, so Truce cannot use it.</source>
        <translation>De opgegeven {label} is geen geldige UTF-8-tekst of bevat een stuurteken, dus Truce kan hem niet gebruiken.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="28"/>
        <source>There are no backups to restore.</source>
        <translation>Er zijn geen back-ups om terug te zetten.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="29"/>
        <source>A Truce window has this database open. Close the window and run the restore again, or use File ▸ Restore from Backup… in the window.</source>
        <translation>Een Truce-venster heeft deze database open. Sluit het venster en zet opnieuw terug, of gebruik Bestand ▸ Back-up terugzetten… in het venster.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="33"/>
        <source>Give either a session or --all, not both.</source>
        <translation>Geef een workshop of --all, niet allebei.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="37"/>
        <source>Name the session to export (see `truce list`), or use --all.</source>
        <translation>Noem de workshop die je wilt exporteren (zie `truce list`), of gebruik --all.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="41"/>
        <source>The disk is full; nothing was written. Free some space and try again.</source>
        <translation>De schijf is vol; er is niets geschreven. Maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="45"/>
        <source>The disk is full: {name}; nothing was written. Free some space and try again.</source>
        <translation>De schijf is vol: {name}; er is niets geschreven. Maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="49"/>
        <source>The disk is read-only; nothing was written.</source>
        <translation>De schijf is alleen-lezen; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="53"/>
        <source>The disk is read-only: {name}; nothing was written.</source>
        <translation>De schijf is alleen-lezen: {name}; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="57"/>
        <source>Permission denied.</source>
        <translation>Geen toestemming.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="58"/>
        <source>Permission denied: {name}.</source>
        <translation>Geen toestemming: {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="59"/>
        <source>{detail}.</source>
        <translation>{detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="60"/>
        <source>{detail}: {name}.</source>
        <translation>{detail}: {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="61"/>
        <source>Truce ran out of memory and stopped; nothing more was changed.</source>
        <translation>Truce had geen geheugen meer en is gestopt; er is verder niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="65"/>
        <source>A name or text given is not valid UTF-8 (or cannot be written as such), so Truce cannot use it.</source>
        <translation>Een opgegeven naam of tekst is geen geldige UTF-8 (of kan niet zo worden geschreven), dus Truce kan hem niet gebruiken.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="69"/>
        <source>Something went wrong that Truce did not expect ({kind}).</source>
        <translation>Er ging iets mis dat Truce niet verwachtte ({kind}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="73"/>
        <source>Something went wrong that Truce did not expect ({kind}); the details are in {log}.</source>
        <translation>Er ging iets mis dat Truce niet verwachtte ({kind}); de details staan in {log}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="77"/>
        <source>“{address}” is not a team library; name one by a postgresql:// URI or as service=NAME (a service in ~/.pg_service.conf).</source>
        <translation>‘{address}’ is geen teambibliotheek; geef er een op met een postgresql://-URI of als service=NAAM (een service in ~/.pg_service.conf).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="81"/>
        <source>--db names this computer&apos;s library here (a file); the team library is given with --to or --from.</source>
        <translation>--db noemt hier de bibliotheek van deze computer (een bestand); de teambibliotheek geef je op met --to of --from.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="85"/>
        <source>`truce {command}` copies a library file; a team library is backed up on its server (ask its administrator), and `truce take-out` keeps a session here.</source>
        <translation>`truce {command}` kopieert een bibliotheekbestand; van een teambibliotheek wordt op de server een back-up gemaakt (vraag de beheerder), en `truce take-out` bewaart een sessie hier.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="12"/>
        <source>a whole number of {digits} digits</source>
        <translation>een geheel getal van {digits} cijfers</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="13"/>
        <source>a list of {count} items</source>
        <translation>een lijst van {count} items</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="14"/>
        <source>an empty list</source>
        <translation>een lege lijst</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="15"/>
        <location filename="../../ui/messages/table_documents.py" line="51"/>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="16"/>
        <source>“{text}”</source>
        <translation>‘{text}’</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="17"/>
        <source>“{text}…” ({length} characters)</source>
        <translation>‘{text}…’ ({length} tekens)</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="18"/>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="19"/>
        <source>{first} or {second}</source>
        <translation>{first} of {second}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="20"/>
        <source>{allowed}, or empty</source>
        <translation>{allowed}, of leeg</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="21"/>
        <source>exactly {value}</source>
        <translation>precies {value}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="22"/>
        <source>one of {values}</source>
        <translation>een van {values}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="23"/>
        <source>one of {values}, or empty</source>
        <translation>een van {values}, of leeg</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="24"/>
        <source>a whole number from {low} to {high}</source>
        <translation>een geheel getal van {low} tot en met {high}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="28"/>
        <source>a whole number of at least {low}</source>
        <translation>een geheel getal van minstens {low}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="32"/>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="33"/>
        <source>a number from {low} to {high}</source>
        <translation>een getal van {low} tot en met {high}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="34"/>
        <source>a number of at least {low}</source>
        <translation>een getal van minstens {low}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="35"/>
        <source>a number above {low} and below {high}</source>
        <translation>een getal boven {low} en onder {high}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="39"/>
        <source>a number above {low} and at most {high}</source>
        <translation>een getal boven {low} en hoogstens {high}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="43"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="44"/>
        <source>a text of at most {most} characters</source>
        <translation>een tekst van hoogstens {most} tekens</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="48"/>
        <source>a text</source>
        <translation>een tekst</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="49"/>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="50"/>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="52"/>
        <source>something else</source>
        <translation>iets anders</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="53"/>
        <source>an id of 1 to 64 letters, digits and _ . : -</source>
        <translation>een id van 1 tot 64 letters, cijfers en _ . : -</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="57"/>
        <source>a time of day written HH:MM on a 24-hour clock, or empty</source>
        <translation>een tijdstip geschreven als UU:MM op een 24-uursklok, of leeg</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="61"/>
        <source>a date written YYYY-MM-DD, from 1900 to 2200</source>
        <translation>een datum geschreven als JJJJ-MM-DD, van 1900 tot 2200</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="65"/>
        <source>a date and time written YYYY-MM-DDTHH:MM:SS with an optional offset (RFC 3339), from 1900 to 2200</source>
        <translation>een datum en tijd geschreven als JJJJ-MM-DDTUU:MM:SS met een optionele tijdzoneverschuiving (RFC 3339), van 1900 tot 2200</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="69"/>
        <source>The document</source>
        <translation>Het document</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="70"/>
        <source>The document {reason}.</source>
        <translation>Het document {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="71"/>
        <source>{where}: {reason}.</source>
        <translation>{where}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="72"/>
        <source>{where}: the field name {field} {reason}.</source>
        <translation>{where}: de veldnaam {field}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="76"/>
        <source>This file holds {name}, which is not a number; a session document holds only finite numbers.</source>
        <translation>Dit bestand bevat {name}, wat geen getal is; een workshopbestand bevat alleen eindige getallen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="80"/>
        <source>This file holds the number {number}, which is too large or too long for a session document.</source>
        <translation>Dit bestand bevat het getal {number}, dat te groot of te lang is voor een workshopbestand.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="84"/>
        <source>This file holds a whole number of {digits} digits; no number in a session document has more than {most}.</source>
        <translation>Dit bestand bevat een geheel getal van {digits} cijfers; geen getal in een workshopbestand heeft er meer dan {most}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="88"/>
        <source>This file gives the field {field} twice in one object, so which one counts is unclear.</source>
        <translation>Dit bestand geeft het veld {field} twee keer in één object, dus het is onduidelijk welk telt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="92"/>
        <source>This file is not UTF-8 text (byte {byte} is not), so it cannot be a session document.</source>
        <translation>Dit bestand is geen UTF-8-tekst (byte {byte} is dat niet), dus het kan geen workshopbestand zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="96"/>
        <source>This file is not valid JSON (line {line}, column {column}: {problem}).</source>
        <translation>Dit bestand is geen geldige JSON (regel {line}, kolom {column}: {problem}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="100"/>
        <source>This file is nested too deeply to be a session document.</source>
        <translation>Dit bestand is te diep genest om een workshopbestand te zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="104"/>
        <source>{where}: is nested deeper than a session document ever is ({most} levels).</source>
        <translation>{where}: is dieper genest dan een workshopbestand ooit is ({most} niveaus).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="108"/>
        <source>{where}: has {count} fields; no object in a session document has more than {most}.</source>
        <translation>{where}: heeft {count} velden; geen object in een workshopbestand heeft er meer dan {most}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="112"/>
        <source>{where}: holds {count} items; no list in a session document holds more than {most}.</source>
        <translation>{where}: bevat {count} items; geen lijst in een workshopbestand bevat er meer dan {most}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="116"/>
        <source>This document holds more than {most} values; a session document never does.</source>
        <translation>Dit document bevat meer dan {most} waarden; een workshopbestand nooit.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="120"/>
        <source>This session holds a number that is not finite (a goal&apos;s baseline or target), which a session document cannot hold; correct it on the Shared goals page.</source>
        <translation>Deze workshop bevat een getal dat niet eindig is (het startpunt of doel van een doelstelling), dat een workshopbestand niet kan bevatten; verbeter het op de pagina Gedeelde doelen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="124"/>
        <source>This is not a Truce session document: it should be a JSON object.</source>
        <translation>Dit is geen Truce-workshopbestand: het zou een JSON-object moeten zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="128"/>
        <source>This is not a Truce session document (its “format” is not truce-session).</source>
        <translation>Dit is geen Truce-workshopbestand (het ‘format’ is niet truce-session).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="132"/>
        <source>This session document has version {version}, from a newer Truce; this Truce reads version {readable}. Update Truce to import it.</source>
        <translation>Dit workshopbestand heeft versie {version}, van een nieuwere Truce; deze Truce leest versie {readable}. Werk Truce bij om het te importeren.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="136"/>
        <source>This session document does not say which version it is; this Truce reads version {readable}.</source>
        <translation>Dit workshopbestand zegt niet welke versie het is; deze Truce leest versie {readable}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="140"/>
        <source>This session document gives its version as {version}; this Truce reads version {readable}.</source>
        <translation>Dit workshopbestand geeft als versie {version}; deze Truce leest versie {readable}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="144"/>
        <source>This file is larger than {megabytes} MB; a session document never is.</source>
        <translation>Dit bestand is groter dan {megabytes} MB; een workshopbestand is dat nooit.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="148"/>
        <source>{name} is larger than {megabytes} MB; a session document never is.</source>
        <translation>{name} is groter dan {megabytes} MB; een workshopbestand is dat nooit.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="152"/>
        <source>{path} is a folder, not a session document.</source>
        <translation>{path} is een map, geen workshopbestand.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="153"/>
        <source>{path} is not a file but a device, pipe or socket, so it cannot be a session document.</source>
        <translation>{path} is geen bestand maar een apparaat, pipe of socket, dus het kan geen workshopbestand zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="157"/>
        <source>{path} does not exist.</source>
        <translation>{path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="158"/>
        <source>{path} cannot be read: permission denied.</source>
        <translation>{path} kan niet worden gelezen: geen toestemming.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="162"/>
        <source>{path} cannot be read: {detail}.</source>
        <translation>{path} kan niet worden gelezen: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="163"/>
        <source>contains a control character ({code}), which a text cannot hold</source>
        <translation>bevat een stuurteken ({code}), dat een tekst niet kan bevatten</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="167"/>
        <source>contains half of a character pair (a lone surrogate, {code}), which a text cannot hold</source>
        <translation>bevat de helft van een tekenpaar (een losse surrogaat, {code}), die een tekst niet kan bevatten</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="171"/>
        <source>has a field name {field} that is not an id (1 to 64 letters, digits and _ . : -)</source>
        <translation>heeft een veldnaam {field} die geen id is (1 tot 64 letters, cijfers en _ . : -)</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="175"/>
        <source>lacks the field “{field}”, which it must have</source>
        <translation>mist het veld ‘{field}’, dat het moet hebben</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="179"/>
        <source>has a field {field} that a session document does not have</source>
        <translation>heeft een veld {field} dat een workshopbestand niet heeft</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="183"/>
        <source>holds {count} items; the most it can hold is {most}</source>
        <translation>bevat {count} items; het kan er hoogstens {most} bevatten</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="187"/>
        <source>has {count} entries; the most it can hold is {most}</source>
        <translation>heeft {count} items; het kan er hoogstens {most} bevatten</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="191"/>
        <source>is {length} characters long; the most it can hold is {most}</source>
        <translation>is {length} tekens lang; het kan er hoogstens {most} bevatten</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="195"/>
        <source>must have a character that shows, not only spaces</source>
        <translation>moet een zichtbaar teken hebben, niet alleen spaties</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="199"/>
        <source>must have a character that shows, not only spaces or invisible characters (it is {value})</source>
        <translation>moet een zichtbaar teken hebben, niet alleen spaties of onzichtbare tekens (het is {value})</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="203"/>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="204"/>
        <source>must be {allowed} (it is {value})</source>
        <translation>moet zijn: {allowed} (het is {value})</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="205"/>
        <source>{value} is used twice in one list</source>
        <translation>{value} komt twee keer voor in één lijst</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="209"/>
        <source>{value} is not an action of this session</source>
        <translation>{value} is geen actie van deze workshop</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="213"/>
        <source>a value belongs here</source>
        <translation>hier werd een waarde verwacht</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="214"/>
        <source>a comma belongs here</source>
        <translation>hier werd een komma verwacht</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="215"/>
        <source>a colon belongs here</source>
        <translation>hier werd een dubbele punt verwacht</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="216"/>
        <source>a field name in double quotes belongs here</source>
        <translation>hier werd een veldnaam tussen dubbele aanhalingstekens verwacht</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="220"/>
        <source>something follows the end of the document</source>
        <translation>er staat nog iets na het einde van het document</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="224"/>
        <source>a text that starts here is never closed</source>
        <translation>een tekst die hier begint, wordt nooit afgesloten</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="228"/>
        <source>a text holds a control character</source>
        <translation>een tekst bevat een stuurteken</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="232"/>
        <source>a backslash starts no valid escape</source>
        <translation>een backslash begint geen geldige escape-reeks</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="236"/>
        <source>Unknown document “{value}”; choose one of {choices}.</source>
        <translation>Onbekend document ‘{value}’; kies een van {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="240"/>
        <source>Unknown format “{value}”; choose one of {choices}.</source>
        <translation>Onbekend formaat ‘{value}’; kies een van {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="244"/>
        <source>Unknown paper size “{value}”; choose one of {choices}.</source>
        <translation>Onbekend papierformaat ‘{value}’; kies een van {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="248"/>
        <source>Unknown grouping “{value}”; choose one of {choices}.</source>
        <translation>Onbekende groepering ‘{value}’; kies een van {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="252"/>
        <source>Worksheets are printed sheets; export them as PDF.</source>
        <translation>Werkbladen zijn gedrukte vellen; exporteer ze als PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="256"/>
        <source>The series comparison is a printed document; export it as PDF.</source>
        <translation>De vergelijking van de reeks is een gedrukt document; exporteer het als PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="260"/>
        <source>A comparison needs at least two workshops of one series that have taken place. Duplicate a session for a follow-up, or add it to a series, first.</source>
        <translation>Een vergelijking heeft minstens twee gehouden workshops van één reeks nodig. Dupliceer eerst een workshop voor een vervolgoverleg, of voeg hem toe aan een reeks.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="264"/>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="265"/>
        <source>{path} is a folder; choose a file name to export to.</source>
        <translation>{path} is een map; kies een bestandsnaam om naar te exporteren.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="269"/>
        <source>The file name {start}… is too long for a disk to hold; choose a shorter one.</source>
        <translation>De bestandsnaam {start}… is te lang voor een schijf; kies een kortere.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="273"/>
        <source>Cannot write to {folder}: {reason}.</source>
        <translation>Kan niet naar {folder} schrijven: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="274"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Kan {path} niet schrijven: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="275"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="276"/>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="277"/>
        <source>the name is too long for this disk</source>
        <translation>de naam is te lang voor deze schijf</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="12"/>
        <source>the session database</source>
        <translation>de database met workshops</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="13"/>
        <source>The session database {path} is damaged ({detail}). Truce can set it aside and restore the newest backup.</source>
        <translation>De database met workshops {path} is beschadigd ({detail}). Truce kan haar apart zetten en de nieuwste back-up terugzetten.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="17"/>
        <source>The session database is damaged ({detail}). Truce can set it aside and restore the newest backup.</source>
        <translation>De database met workshops is beschadigd ({detail}). Truce kan haar apart zetten en de nieuwste back-up terugzetten.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="21"/>
        <source>The disk that holds {path} is full.</source>
        <translation>De schijf waarop {path} staat, is vol.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="22"/>
        <source>Truce cannot write to {path}: the file or its folder is read-only.</source>
        <translation>Truce kan niet naar {path} schrijven: het bestand of de map is alleen-lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="26"/>
        <source>Another program kept {path} locked for more than {seconds} seconds (another Truce, or a sync or backup tool).</source>
        <translation>Een ander programma hield {path} langer dan {seconds} seconden vergrendeld (een andere Truce, of een synchronisatie- of back-upprogramma).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="30"/>
        <source>Truce cannot reach {path}: its disk or network folder may have been disconnected.</source>
        <translation>Truce kan {path} niet bereiken: de schijf of netwerkmap is misschien losgekoppeld.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="34"/>
        <source>The disk that holds {path} reported an error.</source>
        <translation>De schijf waarop {path} staat, meldde een fout.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="38"/>
        <source>Another program replaced or removed {path} (a restore from the command line?) while Truce had it open.</source>
        <translation>Een ander programma heeft {path} vervangen of verwijderd (een herstel vanaf de opdrachtregel?) terwijl Truce het open had.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="42"/>
        <source>{cause} {ending}</source>
        <translation>{cause} {ending}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="43"/>
        <source>The last change was not saved; everything saved before it is safe.</source>
        <translation>De laatste wijziging is niet opgeslagen; alles wat eerder is opgeslagen, is veilig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="47"/>
        <source>Truce cannot open the sessions until that is put right; nothing was moved.</source>
        <translation>Truce kan de workshops pas openen als dat is verholpen; er is niets verplaatst.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="51"/>
        <source>The check and the day&apos;s backup did not run; nothing was changed or moved.</source>
        <translation>De controle en de back-up van vandaag zijn niet uitgevoerd; er is niets gewijzigd of verplaatst.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="55"/>
        <source>The session database {path} could not be used: {detail}.</source>
        <translation>De database met workshops {path} kon niet worden gebruikt: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="59"/>
        <source>The session database could not be used: {detail}.</source>
        <translation>De database met workshops kon niet worden gebruikt: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="63"/>
        <source>{path} was written by a newer version of Truce (schema {version}); update Truce to open it.</source>
        <translation>{path} is geschreven door een nieuwere versie van Truce (schema {version}); werk Truce bij om het te openen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="67"/>
        <source>{path} holds rows that refer to nothing ({count}, the first in {table}); it cannot be updated to this version. Nothing was changed.</source>
        <translation>{path} bevat rijen die nergens naar verwijzen ({count}, de eerste in {table}); het kan niet naar deze versie worden bijgewerkt. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="71"/>
        <source>The session database holds values of {what} that Truce does not know ({count}), so it cannot be updated to this version. Nothing was changed.</source>
        <translation>De database met workshops bevat waarden voor {what} die Truce niet kent ({count}), dus kan ze niet naar deze versie worden bijgewerkt. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="75"/>
        <source>The session database&apos;s action table is not the one Truce made, so it cannot be updated to this version. Nothing was changed.</source>
        <translation>De actietabel van de database met workshops is niet de tabel die Truce heeft gemaakt, dus kan ze niet naar deze versie worden bijgewerkt. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="79"/>
        <source>The backup could not be written to {folder}: {detail}.</source>
        <translation>De back-up kon niet naar {folder} worden geschreven: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="83"/>
        <source>{path} is not a backup file.</source>
        <translation>{path} is geen back-upbestand.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="84"/>
        <source>{name} cannot be read ({detail}).</source>
        <translation>{name} kan niet worden gelezen ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="85"/>
        <source>{name} is not a Truce database; nothing was restored.</source>
        <translation>{name} is geen Truce-database; er is niets teruggezet.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="89"/>
        <source>{name} was written by a newer version of Truce (schema {version}); update Truce to restore it. Nothing was restored.</source>
        <translation>{name} is geschreven door een nieuwere versie van Truce (schema {version}); werk Truce bij om het terug te zetten. Er is niets teruggezet.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="93"/>
        <source>{name} is damaged itself and cannot be restored.</source>
        <translation>{name} is zelf beschadigd en kan niet worden teruggezet.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="97"/>
        <source>The backup could not be copied beside {name}: {detail}. Nothing was changed.</source>
        <translation>De back-up kon niet naast {name} worden gekopieerd: {detail}. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="101"/>
        <source>The backup could not be put in place of {name}: {detail}. Nothing was lost.</source>
        <translation>De back-up kon niet op de plaats van {name} worden gezet: {detail}. Er is niets verloren gegaan.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="105"/>
        <source>{cause} Nothing was restored.</source>
        <translation>{cause} Er is niets teruggezet.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="106"/>
        <source>{name} is in use by another program; close it and restore again. Nothing was restored.</source>
        <translation>{name} is in gebruik door een ander programma; sluit het en zet opnieuw terug. Er is niets teruggezet.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="110"/>
        <source>This database has no file to back up.</source>
        <translation>Deze database heeft geen bestand om een back-up van te maken.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="12"/>
        <source>{label} is {length} characters long; the most it can hold is {most}. Shorten it to save it.</source>
        <translation>{label} is {length} tekens lang; het kan er hoogstens {most} bevatten. Maak het korter om het op te slaan.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="16"/>
        <source>{label} contains a control character ({code}), which a text cannot hold. Remove it to save.</source>
        <translation>{label} bevat een stuurteken ({code}), dat een tekst niet kan bevatten. Verwijder het om op te slaan.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="20"/>
        <source>A note</source>
        <translation>Een notitie</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="21"/>
        <source>The reason</source>
        <translation>De reden</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="22"/>
        <source>A stage&apos;s name</source>
        <translation>De naam van een fase</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="23"/>
        <source>A party&apos;s name</source>
        <translation>De naam van een partij</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="24"/>
        <source>The session&apos;s details</source>
        <translation>De gegevens van de workshop</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="25"/>
        <source>A participant&apos;s name</source>
        <translation>De naam van een deelnemer</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="26"/>
        <source>A participant&apos;s role</source>
        <translation>De rol van een deelnemer</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="27"/>
        <source>Action “{title}”</source>
        <translation>Actie ‘{title}’</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="28"/>
        <source>Text in {name}</source>
        <translation>Tekst in {name}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="29"/>
        <source>A comment</source>
        <translation>Een opmerking</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="30"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="31"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="32"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="33"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="34"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="35"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="36"/>
        <source>Series</source>
        <translation>Reeks</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="37"/>
        <source>Previous workshop</source>
        <translation>Vorige workshop</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="38"/>
        <source>Follow-up date</source>
        <translation>Datum van het vervolgoverleg</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="39"/>
        <source>A note needs some text.</source>
        <translation>Een notitie heeft tekst nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="40"/>
        <source>An empty note cannot become an action.</source>
        <translation>Een lege notitie kan geen actie worden.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="41"/>
        <source>This note is already an action in the plan.</source>
        <translation>Deze notitie is al een actie in het plan.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="45"/>
        <source>A theme needs a name.</source>
        <translation>Een thema heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="46"/>
        <source>Choose at least two notes to merge into a theme.</source>
        <translation>Kies minstens twee notities om tot een thema samen te voegen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="50"/>
        <source>“{title}” is no longer open; it needs no decision.</source>
        <translation>‘{title}’ staat niet meer open; er is geen besluit nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="54"/>
        <source>Say why the action is dropped: a dropped action needs a reason.</source>
        <translation>Zeg waarom de actie vervalt: een vervallen actie heeft een reden nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="58"/>
        <source>A carried-over action needs a new due date.</source>
        <translation>Een doorgeschoven actie heeft een nieuwe einddatum nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="62"/>
        <source>The workshop this session follows up is no longer in the library.</source>
        <translation>De workshop waarop deze workshop volgt, staat niet meer in de bibliotheek.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="66"/>
        <source>This action has already been decided at this follow-up.</source>
        <translation>Over deze actie is bij dit vervolgoverleg al besloten.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="70"/>
        <source>A cell holds R, A, C or I, not “{value}”.</source>
        <translation>Een cel bevat R, A, C of I, niet ‘{value}’.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="71"/>
        <source>The handoff must be at one of the funnel&apos;s stages.</source>
        <translation>De overdracht moet bij een van de fasen van de funnel liggen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="75"/>
        <source>There is no role split template called “{name}”.</source>
        <translation>Er is geen sjabloon voor de rolverdeling met de naam ‘{name}’.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="79"/>
        <source>This template hands over at a funnel stage your map no longer has; choose the handoff stage yourself.</source>
        <translation>Dit sjabloon draagt over bij een funnelfase die je kaart niet meer heeft; kies de overdrachtsfase zelf.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="83"/>
        <source>A stage needs a name.</source>
        <translation>Een fase heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="84"/>
        <source>A party needs a name.</source>
        <translation>Een partij heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="85"/>
        <source>A funnel holds at most {most} stages.</source>
        <translation>Een funnel heeft hoogstens {most} fasen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="86"/>
        <source>A map holds at most {most} parties.</source>
        <translation>Een kaart heeft hoogstens {most} partijen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="87"/>
        <source>Sales, Marketing and Shared keep their names.</source>
        <translation>Verkoop, Marketing en Samen houden hun naam.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="91"/>
        <source>Sales, Marketing and Shared cannot be removed.</source>
        <translation>Verkoop, Marketing en Samen kunnen niet worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="95"/>
        <source>A session needs a title with a character that shows.</source>
        <translation>Een workshop heeft een titel met een zichtbaar teken nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="99"/>
        <source>A session needs a title.</source>
        <translation>Een workshop heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="100"/>
        <source>Unknown language “{language}”; choose one of {choices}.</source>
        <translation>Onbekende taal ‘{language}’; kies een van {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="104"/>
        <source>“{title}” is already in the library. Import it as a copy, or replace the one you have.</source>
        <translation>‘{title}’ staat al in de bibliotheek. Importeer hem als kopie, of vervang de workshop die je hebt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="108"/>
        <source>These session details cannot be changed: {names}.</source>
        <translation>Deze workshopgegevens kunnen niet worden gewijzigd: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="112"/>
        <source>{name} is not a section of a session.</source>
        <translation>{name} is geen onderdeel van een workshop.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="116"/>
        <source>No session with id {id}.</source>
        <translation>Geen workshop met id {id}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="117"/>
        <source>An action needs a title.</source>
        <translation>Een actie heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="118"/>
        <source>This action is no longer in its session.</source>
        <translation>Deze actie staat niet meer in zijn workshop.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="119"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="120"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="121"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="122"/>
        <source>Dropped</source>
        <translation>Geschrapt</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="123"/>
        <source>Carried over</source>
        <translation>Doorgeschoven</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="124"/>
        <source>Participant id {id} appears twice.</source>
        <translation>Deelnemer-id {id} komt twee keer voor.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="125"/>
        <source>Nothing changed: choose a new status or date, or add a comment.</source>
        <translation>Er is niets gewijzigd: kies een nieuwe status of datum, of voeg een opmerking toe.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="129"/>
        <source>The library cannot be sorted by {sort}.</source>
        <translation>De bibliotheek kan niet worden gesorteerd op {sort}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="130"/>
        <source>No session matches “{ref}”. `truce list` shows the sessions.</source>
        <translation>Geen workshop past bij ‘{ref}’. `truce list` toont de workshops.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="134"/>
        <source>More than one session matches “{ref}”; use its id instead.</source>
        <translation>Meer dan één workshop past bij ‘{ref}’; gebruik in plaats daarvan de id.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="138"/>
        <source>The {part} of this session changed since this step was recorded.</source>
        <translation>Het onderdeel {part} van deze workshop is gewijzigd sinds deze stap is vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="12"/>
        <source>A lead waterfall holds at most {most} stages.</source>
        <translation>Een leadwaterval telt hoogstens {most} fasen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="15"/>
        <source>A lead stage needs a name.</source>
        <translation>Een leadfase heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="16"/>
        <source>That lead stage is no longer on the map.</source>
        <translation>Die leadfase staat niet meer op de kaart.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="19"/>
        <source>A lead stage&apos;s owner must be one of the map&apos;s parties.</source>
        <translation>De eigenaar van een leadfase moet een van de partijen op de kaart zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="22"/>
        <source>Keep the rejection reasons to at most {most}.</source>
        <translation>Houd het bij hoogstens {most} afwijzingsredenen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="25"/>
        <source>Sales&apos; time to accept or reject is between {low} and {high} hours.</source>
        <translation>De tijd die Verkoop heeft om te accepteren of af te wijzen ligt tussen {low} en {high} uur.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="28"/>
        <source>An SLA&apos;s period is a week, a month or a quarter.</source>
        <translation>De periode van een SLA is een week, een maand of een kwartaal.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="31"/>
        <source>An SLA is reviewed monthly or quarterly.</source>
        <translation>Een SLA wordt maandelijks of per kwartaal geëvalueerd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="34"/>
        <source>{commitment} is {low}–{high}.</source>
        <translation>{commitment} ligt tussen {low} en {high}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="35"/>
        <source>The SLA has no commitment called “{commitment}”.</source>
        <translation>De SLA heeft geen afspraak met de naam ‘{commitment}’.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="38"/>
        <source>A lead stage&apos;s name</source>
        <translation>De naam van een leadfase</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="39"/>
        <source>Entry criteria</source>
        <translation>Instapcriteria</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="40"/>
        <source>Exit criteria</source>
        <translation>Uitstapcriteria</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="41"/>
        <source>A rejection reason</source>
        <translation>Een afwijzingsreden</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="42"/>
        <source>The recycling rule</source>
        <translation>De recyclingregel</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="43"/>
        <source>Who monitors the SLA</source>
        <translation>Wie de SLA bewaakt</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="44"/>
        <source>What happens when the SLA is missed</source>
        <translation>Wat er gebeurt als de SLA niet wordt gehaald</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="45"/>
        <source>The SLA&apos;s leads per salesperson</source>
        <translation>Het aantal leads per verkoper in de SLA</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="46"/>
        <source>The SLA&apos;s share of leads accepted (%)</source>
        <translation>Het aandeel geaccepteerde leads in de SLA (%)</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="49"/>
        <source>The SLA&apos;s hours to follow up a lead</source>
        <translation>Het aantal uren voor opvolging in de SLA</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="52"/>
        <source>The SLA&apos;s contact attempts per lead</source>
        <translation>Het aantal contactpogingen per lead in de SLA</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="53"/>
        <source>{what} is missing.</source>
        <translation>{what} ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="54"/>
        <source>{what} is out of range.</source>
        <translation>{what} valt buiten het toegestane bereik.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="55"/>
        <source>The currency must be a three-letter ISO code such as EUR.</source>
        <translation>De valuta moet een ISO-code van drie letters zijn, zoals EUR.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="58"/>
        <source>{what} must be above 0 % and below 100 %: no stage converts none or all of its leads.</source>
        <translation>{what} moet boven 0% en onder 100% liggen: geen fase zet geen of al haar leads om.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="62"/>
        <source>A cascade&apos;s period is one of {periods}.</source>
        <translation>De periode van een cascade is een van: {periods}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="63"/>
        <source>A cascade has no stage called {stage}.</source>
        <translation>Een cascade heeft geen fase met de naam ‘{stage}’.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="66"/>
        <source>A department&apos;s target is set at one of the lead stages.</source>
        <translation>De streefwaarde van een afdeling hoort bij een van de leadfasen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="69"/>
        <source>A joint meeting is held {frequencies}.</source>
        <translation>Een gezamenlijk overleg vindt plaats met een van deze frequenties: {frequencies}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="72"/>
        <source>A joint meeting lasts from {low} to {high} minutes.</source>
        <translation>Een gezamenlijk overleg duurt van {low} tot {high} minuten.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="75"/>
        <source>The revenue of the period before</source>
        <translation>De omzet van de vorige periode</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="76"/>
        <source>The growth</source>
        <translation>De groei</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="77"/>
        <source>The average deal size</source>
        <translation>De gemiddelde dealwaarde</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="78"/>
        <source>The currency</source>
        <translation>De valuta</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="79"/>
        <source>The target of sales</source>
        <translation>De streefwaarde van Verkoop</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="80"/>
        <source>The target of marketing</source>
        <translation>De streefwaarde van Marketing</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="81"/>
        <source>The conversion rate of the inquiry stage</source>
        <translation>Het conversiepercentage van de fase aanvragen</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="84"/>
        <source>The conversion rate of the mql stage</source>
        <translation>Het conversiepercentage van de fase MQL</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="85"/>
        <source>The conversion rate of the sal stage</source>
        <translation>Het conversiepercentage van de fase SAL</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="86"/>
        <source>The conversion rate of the sql stage</source>
        <translation>Het conversiepercentage van de fase SQL</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="87"/>
        <source>The conversion rate of the opportunity stage</source>
        <translation>Het conversiepercentage van de fase verkoopkansen</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="12"/>
        <source>the team library {place}</source>
        <translation>de teambibliotheek {place}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="13"/>
        <source>“{service}”</source>
        <translation>‘{service}’</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="14"/>
        <source>“{database}” on {host}</source>
        <translation>‘{database}’ op {host}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="15"/>
        <source>“{database}” on this computer</source>
        <translation>‘{database}’ op deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="16"/>
        <source>Truce cannot reach the team library {place} ({detail}).</source>
        <translation>Truce kan de teambibliotheek {place} niet bereiken ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="19"/>
        <source>Truce cannot reach the team library {place} ({detail}). The last change was not saved there; the local library is unaffected.</source>
        <translation>Truce kan de teambibliotheek {place} niet bereiken ({detail}). De laatste wijziging is daar niet opgeslagen; de lokale bibliotheek blijft onaangetast.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="23"/>
        <source>waiting a few seconds before trying again</source>
        <translation>even wachten voor een nieuwe poging</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="26"/>
        <source>The team library {place} was set up by a newer version of Truce (schema {version}); update Truce to use it.</source>
        <translation>De teambibliotheek {place} is ingericht door een nieuwere versie van Truce (schema {version}); werk Truce bij om haar te gebruiken.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="30"/>
        <source>The team library {place} needs its tables brought to schema {version}, and this role may not change them: ask the library&apos;s administrator to open it once as its owner.</source>
        <translation>De tabellen van de teambibliotheek {place} moeten naar schema {version}, en deze rol mag ze niet wijzigen: vraag de beheerder van de bibliotheek haar één keer als eigenaar te openen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="34"/>
        <source>Your role in the team library {place} may not do this (the library&apos;s permissions refuse it); nothing was changed.</source>
        <translation>Je rol in de teambibliotheek {place} mag dit niet (de rechten van de bibliotheek staan het niet toe); er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="38"/>
        <source>The team library {place} refused the change ({detail}); nothing was changed.</source>
        <translation>De teambibliotheek {place} heeft de wijziging geweigerd ({detail}); er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="42"/>
        <source>The team library {place} already holds a workshop with this one&apos;s id that your role may not see (another facilitator&apos;s, not shared with you); nothing was changed. A new copy, with an id of its own, can be added instead.</source>
        <translation>De teambibliotheek {place} bevat al een workshop met dezelfde id die jouw rol niet mag zien (van een andere facilitator, niet met je gedeeld); er is niets gewijzigd. In plaats daarvan kan een nieuwe kopie met een eigen id worden toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="46"/>
        <source>The team library {place} could not be used: {detail}.</source>
        <translation>De teambibliotheek {place} kon niet worden gebruikt: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="49"/>
        <source>“{title}” changed in the team library {place} since you last published or took it out (it is at version {theirs}; you last met version {known}): nothing was overwritten. Compare the two and choose --as-copy or --update.</source>
        <translation>‘{title}’ is in de teambibliotheek {place} gewijzigd sinds je hem voor het laatst publiceerde of ophaalde (hij staat op versie {theirs}; je kende versie {known}): er is niets overschreven. Vergelijk de twee en kies --as-copy of --update.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="53"/>
        <source>“{title}” changed in the team library {place} since you last published or took it out (it is at version {theirs}; you last met none of its versions): nothing was overwritten. Compare the two and choose --as-copy or --update.</source>
        <translation>‘{title}’ is in de teambibliotheek {place} gewijzigd sinds je hem voor het laatst publiceerde of ophaalde (hij staat op versie {theirs}; je kende nog geen enkele versie): er is niets overschreven. Vergelijk de twee en kies --as-copy of --update.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="57"/>
        <source>“{title}” changed in this computer&apos;s library since it last met the team library&apos;s copy (now at version {theirs}): nothing was overwritten. Compare the two and choose --as-copy or --update.</source>
        <translation>‘{title}’ is in de bibliotheek van deze computer gewijzigd sinds de laatste afstemming met de kopie in de teambibliotheek (nu op versie {theirs}): er is niets overschreven. Vergelijk de twee en kies --as-copy of --update.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="61"/>
        <source>Publishing and taking out move sessions between this computer&apos;s library and a team library; give a local library with --db, or none for the usual one.</source>
        <translation>Publiceren en ophalen verplaatsen sessies tussen de bibliotheek van deze computer en een teambibliotheek; geef een lokale bibliotheek op met --db, of geen voor de gebruikelijke.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="65"/>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="66"/>
        <source>People</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="67"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="68"/>
        <source>History entries</source>
        <translation>Regels in de geschiedenis</translation>
    </message>
</context>
<context>
    <name>CountdownTimer</name>
    <message>
        <location filename="../../ui/widgets/timer.py" line="154"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="156"/>
        <source>Length of a round</source>
        <translation>Duur van een ronde</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="160"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="162"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="164"/>
        <source>Reset</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="232"/>
        <source>Time&apos;s up</source>
        <translation>De tijd is om</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="236"/>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="238"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="244"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="244"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="245"/>
        <source>Start or pause the round (Space)</source>
        <translation>Start of pauzeer de ronde (spatie)</translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="55"/>
        <source>One set of answers per &amp;participant</source>
        <translation>Eén set antwoorden per &amp;deelnemer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="58"/>
        <source>One set per &amp;department (quick session)</source>
        <translation>Eén set per &amp;afdeling (snelle variant)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="71"/>
        <source>Answers from Phones…</source>
        <translation>Antwoorden via telefoons…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="85"/>
        <source>Type 1–5 to rate (1 strongly disagree, 5 strongly agree), 0 or ? for “don&apos;t know”: the cursor moves on by itself. Tab or Enter skips a statement, Delete clears it.</source>
        <translation>Typ 1–5 om te scoren (1 helemaal oneens, 5 helemaal eens), 0 of ? voor ‘weet niet’: de cursor gaat vanzelf verder. Tab of Enter slaat een stelling over, Delete wist het antwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="93"/>
        <source>Notes on the answers: what people said while rating…</source>
        <translation>Notities bij de antwoorden: wat mensen zeiden tijdens het scoren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="123"/>
        <source>1 · Answers</source>
        <translation>1 · Antwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="124"/>
        <source>2 · Results</source>
        <translation>2 · Resultaten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="125"/>
        <source>3 · Perception gap</source>
        <translation>3 · Verschil in beleving</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="155"/>
        <source>Former participant (%1)</source>
        <translation>Voormalige deelnemer (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="180"/>
        <source>Nobody to enter answers for yet: add the participants on the Setup page, or switch to one set per department.</source>
        <translation>Er is nog niemand om antwoorden voor in te voeren: voeg de deelnemers toe bij Voorbereiding, of kies voor één set per afdeling.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="204"/>
        <source>%1 %2 / 100</source>
        <translation>%1 %2 / 100</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="212"/>
        <source>perception gap %1</source>
        <translation>verschil in beleving %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="224"/>
        <source>%1 of %2 complete</source>
        <translation>%1 van %2 compleet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="247"/>
        <source>Select a cell to see its statement here.</source>
        <translation>Selecteer een cel om hier de stelling te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="263"/>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="282"/>
        <source>Change how answers are entered</source>
        <translation>Invoerwijze van de antwoorden wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="284"/>
        <source>The %1 answers entered so far belong to the other way of entering them and will be removed. Switch anyway?</source>
        <translation>De %1 antwoorden die al zijn ingevoerd, horen bij de andere invoerwijze en worden verwijderd. Toch overschakelen?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="287"/>
        <source>Switch and remove answers</source>
        <translation>Overschakelen en antwoorden verwijderen</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <location filename="../../ui/exporting.py" line="76"/>
        <source>Preparing document</source>
        <translation>Document voorbereiden</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="87"/>
        <location filename="../../ui/exporting.py" line="112"/>
        <location filename="../../ui/exporting.py" line="129"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="163"/>
        <source>Action Plan (PDF)…</source>
        <translation>Actieplan (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="169"/>
        <source>Session Report (PDF)…</source>
        <translation>Workshopverslag (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="175"/>
        <source>Blank Worksheets (PDF)…</source>
        <translation>Lege werkbladen (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="181"/>
        <source>Actions (CSV)…</source>
        <translation>Acties (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="187"/>
        <source>Actions and History (Excel)…</source>
        <translation>Acties en geschiedenis (Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="193"/>
        <source>Actions as Calendar (.ics)…</source>
        <translation>Acties als agenda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="199"/>
        <source>Session Summary (Markdown)…</source>
        <translation>Samenvatting van de workshop (Markdown)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="205"/>
        <source>Session Document (JSON)…</source>
        <translation>Workshopbestand (JSON)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="212"/>
        <source>Preview Action Plan…</source>
        <translation>Voorbeeld van het actieplan…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="218"/>
        <source>Preview Session Report…</source>
        <translation>Voorbeeld van het workshopverslag…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="224"/>
        <source>&amp;Print Action Plan…</source>
        <translation>Actieplan af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="234"/>
        <source>Paper Size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="236"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="242"/>
        <source>Group Actions By</source>
        <translation>Acties groeperen op</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="245"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="246"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="280"/>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="284"/>
        <source>Preparing %1…</source>
        <translation>%1 voorbereiden…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="297"/>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="298"/>
        <source>Session report</source>
        <translation>Workshopverslag</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="299"/>
        <source>Worksheets</source>
        <translation>Werkbladen</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="303"/>
        <source>Preparing the preview…</source>
        <translation>Voorbeeld voorbereiden…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="322"/>
        <source>Preparing the action plan…</source>
        <translation>Actieplan voorbereiden…</translation>
    </message>
</context>
<context>
    <name>FollowUpCommands</name>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="33"/>
        <source>Open for &amp;Review</source>
        <translation>Openen ter &amp;inzage</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="35"/>
        <source>&amp;Review Mode (Read Only)</source>
        <translation>&amp;Inzagemodus (alleen lezen)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="41"/>
        <source>Action &amp;Tracker</source>
        <translation>&amp;Actieoverzicht</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="82"/>
        <source>Review mode: read only.</source>
        <translation>Inzagemodus: alleen lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="84"/>
        <source>Editing: changes are saved as you go.</source>
        <translation>Bewerken: wijzigingen worden meteen opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="114"/>
        <source>Action tracker — Truce</source>
        <translation>Actieoverzicht — Truce</translation>
    </message>
</context>
<context>
    <name>FollowUpReviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="44"/>
        <source>Actions from the previous workshop</source>
        <translation>Acties uit de vorige workshop</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="54"/>
        <source>Decide what became of each open action. Actions you have not decided on stay here; reopen this list from the action plan whenever you like.</source>
        <translation>Bepaal per open actie wat ermee is gebeurd. Acties waarover je nog niet hebt besloten, blijven hier staan; je kunt deze lijst altijd opnieuw openen vanuit het actieplan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="63"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="63"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="63"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="78"/>
        <source>Required to drop; optional otherwise</source>
        <translation>Verplicht bij schrappen, anders optioneel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="80"/>
        <source>New due &amp;date (carry over):</source>
        <translation>Nieuwe dead&amp;line (bij doorschuiven):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="81"/>
        <source>&amp;Reason or comment:</source>
        <translation>&amp;Reden of opmerking:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="83"/>
        <source>Mark do&amp;ne</source>
        <translation>Markeren als &amp;afgerond</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="85"/>
        <source>&amp;Carry over</source>
        <translation>&amp;Doorschuiven</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="87"/>
        <source>Dro&amp;p</source>
        <translation>&amp;Schrappen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="125"/>
        <source>The previous workshop is no longer in the library.</source>
        <translation>De vorige workshop staat niet meer in de bibliotheek.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="130"/>
        <source>Open actions from “%1”</source>
        <translation>Open acties uit ‘%1’</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/follow_up_review.py" line="143"/>
        <source>%n decided</source>
        <translation>
            <numerusform>%n afgehandeld</numerusform>
            <numerusform>%n afgehandeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/follow_up_review.py" line="145"/>
        <source>%n still open</source>
        <translation>
            <numerusform>%n nog open</numerusform>
            <numerusform>%n nog open</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="167"/>
        <source>Write down why the action is dropped, then press Drop.</source>
        <translation>Schrijf op waarom de actie wordt geschrapt en klik dan op Schrappen.</translation>
    </message>
</context>
<context>
    <name>FrictionsModel</name>
    <message>
        <location filename="../../ui/models/frictions.py" line="118"/>
        <source>Friction driver</source>
        <translation>Wrijvingsbron</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="119"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="120"/>
        <location filename="../../ui/models/frictions.py" line="121"/>
        <source>%1 pain</source>
        <translation>Pijn bij %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="122"/>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="123"/>
        <source>The two views</source>
        <translation>De twee kanten</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="124"/>
        <source>Carry forward</source>
        <translation>Meenemen</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="129"/>
        <source>0 no pain … 5 hurts a lot: type the digit</source>
        <translation>0 geen pijn … 5 veel pijn: typ het cijfer</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="131"/>
        <source>Dot votes: + and − change them</source>
        <translation>Stemmen (stippen): + en − passen ze aan</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="145"/>
        <source>Same view</source>
        <translation>Zelfde beeld</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="147"/>
        <source>Hurts %1 more</source>
        <translation>Meer pijn bij %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="188"/>
        <source>Last workshop: %1. Type this workshop&apos;s rating.</source>
        <translation>Vorige workshop: %1. Typ de score van deze workshop.</translation>
    </message>
</context>
<context>
    <name>FrictionsPage</name>
    <message>
        <location filename="../../ui/pages/frictions.py" line="92"/>
        <source>In a pain column type 0–5 (0 no pain, 5 hurts a lot): the cursor moves down to the next driver. + and − count dot votes. Space ticks “carry forward”.</source>
        <translation>Typ in een pijnkolom 0–5 (0 geen pijn, 5 veel pijn): de cursor gaat naar de volgende wrijvingsbron. + en − tellen stemmen. De spatiebalk vinkt ‘Meenemen’ aan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="102"/>
        <source>&amp;Add a driver…</source>
        <translation>Wrijvingsbron &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="104"/>
        <source>&amp;Remove driver</source>
        <translation>Wrijvingsbron &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="107"/>
        <source>Carry the top %1 forward</source>
        <translation>Top %1 meenemen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="112"/>
        <source>Marks the most painful drivers (pain of both sides plus votes) as topics for the action plan</source>
        <translation>Markeert de wrijvingsbronnen die het meest pijn doen (pijn van beide kanten plus stemmen) als onderwerpen voor het actieplan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="117"/>
        <source>Turn into an &amp;action</source>
        <translation>Omzetten in een &amp;actie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="123"/>
        <source>Ratings from Phones…</source>
        <translation>Scores via telefoons…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="124"/>
        <source>Dot Votes from Phones…</source>
        <translation>Stippenstemmen via telefoons…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="131"/>
        <source>What the room said about this driver…</source>
        <translation>Wat de groep over deze wrijvingsbron zei…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="136"/>
        <source>Selected driver</source>
        <translation>Geselecteerde wrijvingsbron</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="145"/>
        <source>What the map says</source>
        <translation>Wat de kaart laat zien</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="180"/>
        <source>%1: its ratings are shown greyed, in brackets, until this workshop&apos;s are typed.</source>
        <translation>%1: de scores daarvan staan grijs tussen haakjes tot die van deze workshop zijn getypt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="207"/>
        <source>A driver the room added: %1</source>
        <translation>Toegevoegd door de groep: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="212"/>
        <source>Select a driver to see what it means.</source>
        <translation>Selecteer een wrijvingsbron om te zien wat die inhoudt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="220"/>
        <source>Most painful</source>
        <translation>Doet het meest pijn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="229"/>
        <source>Rate the drivers to see which ones hurt most.</source>
        <translation>Scoor de wrijvingsbronnen om te zien welke het meest pijn doen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="232"/>
        <source>Both sides feel it</source>
        <translation>Beide kanten voelen het</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="237"/>
        <source>The two sides see it differently</source>
        <translation>De twee kanten zien het anders</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="241"/>
        <source>%1: Sales %2, Marketing %3</source>
        <translation>%1: verkoop %2, marketing %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/frictions.py" line="251"/>
        <source>%n driver(s) not yet rated by both sides.</source>
        <translation>
            <numerusform>%n wrijvingsbron is nog niet door beide kanten gescoord.</numerusform>
            <numerusform>%n wrijvingsbronnen zijn nog niet door beide kanten gescoord.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="257"/>
        <source>Carried forward to the action plan</source>
        <translation>Meegenomen naar het actieplan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="269"/>
        <source>Friction map</source>
        <translation>Wrijvingskaart</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="296"/>
        <source>Add a friction driver</source>
        <translation>Wrijvingsbron toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="326"/>
        <source>Remove driver</source>
        <translation>Wrijvingsbron verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="327"/>
        <source>Remove “%1” and its ratings from the friction map?</source>
        <translation>‘%1’ en de scores ervan van de wrijvingskaart verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="328"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="339"/>
        <source>Carry forward</source>
        <translation>Meenemen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="340"/>
        <source>Rate some drivers first: nothing hurts yet.</source>
        <translation>Scoor eerst een paar wrijvingsbronnen: er doet nog niets pijn.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="359"/>
        <source>Tackle: %1</source>
        <translation>Aanpakken: %1</translation>
    </message>
</context>
<context>
    <name>FunnelBox</name>
    <message>
        <location filename="../../ui/pages/cascade_funnel.py" line="38"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_funnel.py" line="38"/>
        <source>Reach the next stage</source>
        <translation>Naar de volgende fase</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_funnel.py" line="38"/>
        <source>Needed</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_funnel.py" line="75"/>
        <source>The funnel, worked back</source>
        <translation>De trechter, teruggerekend</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_funnel.py" line="85"/>
        <source>Share of %1 reaching the next stage, in per cent</source>
        <translation>Aandeel van %1 dat de volgende fase haalt, in procenten</translation>
    </message>
</context>
<context>
    <name>GapView</name>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="43"/>
        <source>Per &amp;statement</source>
        <translation>Per &amp;stelling</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="44"/>
        <source>Per t&amp;heme</source>
        <translation>Per &amp;thema</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="70"/>
        <source>Gaps compare the average rating of each side (1–5). Leadership and other answers are not part of the gap. The widest gaps come first: start the conversation there.</source>
        <translation>Het verschil vergelijkt de gemiddelde score van beide kanten (1–5). Antwoorden van de directie en anderen tellen niet mee. De grootste verschillen staan bovenaan: begin daar het gesprek.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="131"/>
        <source>The gap is hidden until the results are revealed.</source>
        <translation>Het verschil blijft verborgen tot de resultaten zijn getoond.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="134"/>
        <source>No gap is shown for %1 (%2).</source>
        <translation>Voor %1 wordt geen kloof getoond (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="140"/>
        <source>The gap appears once both Sales and Marketing have rated some statements.</source>
        <translation>Het verschil verschijnt zodra zowel Verkoop als Marketing een aantal stellingen heeft gescoord.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="146"/>
        <source>Widest gap: %1, where %2 is the more positive side by %3 points.</source>
        <translation>Grootste verschil: %1, waar %2 %3 punten positiever is.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="165"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="165"/>
        <source>Statement</source>
        <translation>Stelling</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="168"/>
        <source>Gap</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="169"/>
        <source>What it says</source>
        <translation>Wat het betekent</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="54"/>
        <source>What will both departments achieve together?</source>
        <translation>Wat bereiken beide afdelingen samen?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="58"/>
        <source>This is the shared revenue target</source>
        <translation>Dit is de gezamenlijke omzetdoelstelling</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="62"/>
        <source>Name the metric</source>
        <translation>Geef het meetpunt een naam</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="64"/>
        <source>%, €, count…</source>
        <translation>%, €, aantal…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="70"/>
        <source>today</source>
        <translation>nu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="70"/>
        <source>aim</source>
        <translation>doel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="74"/>
        <source>By</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="79"/>
        <source>Who answers for it, e.g. Tom Becker and Elena Rossi</source>
        <translation>Wie ervoor verantwoordelijk is, bijv. Tom Becker en Elena Rossi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="85"/>
        <source>What %1 contributes</source>
        <translation>Bijdrage van %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="94"/>
        <source>Baseline:</source>
        <translation>Nulmeting:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="96"/>
        <source>Target:</source>
        <translation>Streefwaarde:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="98"/>
        <source>Unit:</source>
        <translation>Eenheid:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="110"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="114"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Meetpunt:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="115"/>
        <source>&amp;Numbers:</source>
        <translation>&amp;Cijfers:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="116"/>
        <source>&amp;Deadline:</source>
        <translation>D&amp;eadline:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="121"/>
        <source>&amp;Owners:</source>
        <translation>Eige&amp;naren:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="146"/>
        <source>Choose a metric…</source>
        <translation>Kies een meetpunt…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="149"/>
        <source>Our own metric</source>
        <translation>Eigen meetpunt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="221"/>
        <source>a metric</source>
        <translation>meetpunt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="222"/>
        <source>an owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="223"/>
        <source>a deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="229"/>
        <source>⚠ This goal has no %1 yet. It is saved, but it will be hard to follow up.</source>
        <translation>⚠ Dit doel heeft nog geen %1. Het is opgeslagen, maar het zal lastig op te volgen zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="230"/>
        <source> or </source>
        <translation> of </translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../ui/pages/goals.py" line="55"/>
        <location filename="../../ui/pages/goals.py" line="301"/>
        <source>%1: own goals</source>
        <translation>%1: eigen doelen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="63"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="65"/>
        <location filename="../../ui/pages/goals.py" line="88"/>
        <location filename="../../ui/pages/goals.py" line="317"/>
        <location filename="../../ui/pages/goals.py" line="347"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="86"/>
        <source>Add a &amp;shared goal</source>
        <translation>Een &amp;gezamenlijk doel toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="90"/>
        <source>Turn into an &amp;action</source>
        <translation>Omzetten in een &amp;actie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="102"/>
        <location filename="../../ui/pages/goals.py" line="214"/>
        <source>Shared goals</source>
        <translation>Gezamenlijke doelen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="129"/>
        <source>&amp;Goals</source>
        <translation>&amp;Doelen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="130"/>
        <source>Revenue &amp;cascade</source>
        <translation>Omzet&amp;cascade</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="131"/>
        <source>&amp;Joint meeting</source>
        <translation>&amp;Gezamenlijk overleg</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="175"/>
        <location filename="../../ui/pages/goals.py" line="345"/>
        <source>(no statement yet)</source>
        <translation>(nog geen omschrijving)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="183"/>
        <source>The shared revenue target</source>
        <translation>De gezamenlijke omzetdoelstelling</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="283"/>
        <source>Clear the revenue cascade</source>
        <translation>Omzetcascade wissen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="284"/>
        <source>Clear the joint-meeting agreement</source>
        <translation>Afspraken over het gezamenlijke overleg wissen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="289"/>
        <source>Clear every figure and word of it? Undo brings them back.</source>
        <translation>Alle cijfers en tekst ervan wissen? Ongedaan maken haalt ze terug.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="290"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="302"/>
        <source>A goal %1 has for itself:</source>
        <translation>Een eigen doel van %1:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="315"/>
        <source>Remove goal</source>
        <translation>Doel verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="316"/>
        <source>Remove “%1”?</source>
        <translation>‘%1’ verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="343"/>
        <source>Remove shared goal</source>
        <translation>Gezamenlijk doel verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="344"/>
        <source>Remove this shared goal and everything written for it?

%1</source>
        <translation>Dit gezamenlijke doel verwijderen, met alles wat erbij is vastgelegd?

%1</translation>
    </message>
</context>
<context>
    <name>HandoffPanel</name>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="72"/>
        <source>Hando&amp;ff at:</source>
        <translation>Overdracht &amp;bij:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="73"/>
        <source>&amp;Qualified lead:</source>
        <translation>&amp;Gekwalificeerde lead:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="74"/>
        <source>Feed&amp;back to Marketing:</source>
        <translation>Te&amp;rugkoppeling naar Marketing:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="77"/>
        <source>How fast Sales responds is part of the SLA; the lead stages say who owns a lead before and after the handoff.</source>
        <translation>Hoe snel verkoop reageert, staat in de SLA; de leadfasen zeggen wie een lead bezit voor en na de overdracht.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="84"/>
        <source>The handoff from Marketing to Sales</source>
        <translation>De overdracht van Marketing naar Verkoop</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="89"/>
        <source>Fill in the usual contributions</source>
        <translation>Gebruikelijke bijdragen invullen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="91"/>
        <source>What Marketing contributes after the handoff</source>
        <translation>Wat Marketing na de overdracht bijdraagt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="107"/>
        <source>Not decided yet</source>
        <translation>Nog niet besloten</translation>
    </message>
</context>
<context>
    <name>Invitation</name>
    <message>
        <location filename="../../ui/projector.py" line="312"/>
        <source>Answer on your phone</source>
        <translation>Antwoord op je telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="320"/>
        <source>Join the room&apos;s network, then scan the code or type the address.</source>
        <translation>Maak verbinding met het netwerk van de zaal en scan dan de code of typ het adres.</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="334"/>
        <source>Room code: %1</source>
        <translation>Zaalcode: %1</translation>
    </message>
</context>
<context>
    <name>LeadStagesPanel</name>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="43"/>
        <location filename="../../ui/pages/role_split_leads.py" line="213"/>
        <source>Use the usual stages</source>
        <translation>Gebruikelijke fasen gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="46"/>
        <source>Inquiry, marketing-qualified, sales-accepted, sales-qualified, opportunity, customer</source>
        <translation>Aanvraag, door marketing gekwalificeerd, door verkoop geaccepteerd, door verkoop gekwalificeerd, verkoopkans, klant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="55"/>
        <source>Lead stages</source>
        <translation>Leadfasen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="61"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="62"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="63"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="64"/>
        <location filename="../../ui/pages/role_split_leads.py" line="247"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="80"/>
        <source>What must be true for a lead to enter this stage?</source>
        <translation>Waaraan moet een lead voldoen om in deze fase te komen?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="84"/>
        <source>What moves it on, or back?</source>
        <translation>Wat brengt hem verder, of terug?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="88"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="89"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="90"/>
        <source>&amp;Enters when:</source>
        <translation>&amp;Komt erin als:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="91"/>
        <source>Lea&amp;ves when:</source>
        <translation>&amp;Gaat eruit als:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="92"/>
        <source>The selected stage</source>
        <translation>De gekozen fase</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="103"/>
        <source>Not agreed yet</source>
        <translation>Nog niet afgesproken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/role_split_leads.py" line="106"/>
        <location filename="../../ui/pages/role_split_leads.py" line="147"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> uur</numerusform>
            <numerusform> uur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="111"/>
        <source>One reason per line</source>
        <translation>Eén reden per regel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="116"/>
        <source>Where does a lead Sales gives back go, and when may it be handed over again?</source>
        <translation>Waar gaat een lead heen die verkoop teruggeeft, en wanneer mag hij opnieuw worden overgedragen?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="120"/>
        <source>Sales &amp;accepts or rejects within:</source>
        <translation>Verkoop &amp;accepteert of wijst af binnen:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="121"/>
        <source>Reasons to re&amp;ject:</source>
        <translation>&amp;Redenen om af te wijzen:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="122"/>
        <source>Re&amp;cycling rule:</source>
        <translation>Re&amp;cyclingregel:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="123"/>
        <source>Accepting a handed-over lead</source>
        <translation>Een overgedragen lead accepteren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="141"/>
        <source>No owner yet</source>
        <translation>Nog geen eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="197"/>
        <source>Each stage needs one owner: %1.</source>
        <translation>Elke fase heeft één eigenaar nodig: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="201"/>
        <source>No entry or exit criteria yet: %1.</source>
        <translation>Nog geen criteria om in of uit te gaan: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="214"/>
        <source>The usual stages replace the lead stages you have.</source>
        <translation>De gebruikelijke fasen vervangen de leadfasen die u nu hebt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="215"/>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="224"/>
        <source>Add lead stage</source>
        <translation>Leadfase toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="224"/>
        <source>Name of the new lead stage:</source>
        <translation>Naam van de nieuwe leadfase:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="245"/>
        <source>Remove lead stage</source>
        <translation>Leadfase verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="246"/>
        <source>Remove the lead stage “%1” and its criteria?</source>
        <translation>De leadfase “%1” en haar criteria verwijderen?</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../ui/library.py" line="39"/>
        <source>Delete “%1”</source>
        <translation>‘%1’ verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="70"/>
        <location filename="../../ui/library.py" line="233"/>
        <source>Workshop sessions</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="74"/>
        <source>Search title, organisation or facilitator  (Ctrl+F)</source>
        <translation>Zoek op titel, organisatie of facilitator  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="77"/>
        <location filename="../../ui/library.py" line="233"/>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="112"/>
        <location filename="../../ui/widgets/empty_library.py" line="32"/>
        <source>New session…</source>
        <translation>Nieuwe workshop…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="114"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="116"/>
        <source>Review</source>
        <translation>Inzien</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="117"/>
        <source>Open read-only, at the wrap-up (Ctrl+R)</source>
        <translation>Alleen-lezen openen, bij de afronding (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="119"/>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="122"/>
        <source>Duplicate for follow-up…</source>
        <translation>Dupliceren voor vervolgoverleg…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="125"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="127"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="129"/>
        <source>Delete permanently…</source>
        <translation>Definitief verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="131"/>
        <source>Empty trash…</source>
        <translation>Prullenbak legen…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_library.py" line="20"/>
        <source>No workshop sessions yet</source>
        <translation>Nog geen workshops</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_library.py" line="23"/>
        <source>Create a session for your next Sales &amp; Marketing workshop, or explore Truce with a demo session of a fictional company.</source>
        <translation>Maak een sessie aan voor je volgende workshop met Verkoop en Marketing, of verken Truce met een voorbeeldworkshop van een fictief bedrijf.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_library.py" line="36"/>
        <source>Create the demo session</source>
        <translation>Voorbeeldworkshop maken</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="292"/>
        <source>New session</source>
        <translation>Nieuwe workshop</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="302"/>
        <source>Demo session</source>
        <translation>Voorbeeldworkshop</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="321"/>
        <location filename="../../ui/library.py" line="325"/>
        <source>Rename session</source>
        <translation>Naam van de workshop wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="321"/>
        <source>New title:</source>
        <translation>Nieuwe titel:</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="335"/>
        <source>Duplicate for a follow-up workshop</source>
        <translation>Dupliceren voor een vervolgoverleg</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="336"/>
        <source>Title of the follow-up session:</source>
        <translation>Titel van het vervolgoverleg:</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="337"/>
        <source>%1 – follow-up</source>
        <translation>%1 – vervolgoverleg</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="342"/>
        <source>Duplicate session</source>
        <translation>Workshop dupliceren</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="355"/>
        <location filename="../../ui/library.py" line="362"/>
        <source>Delete session</source>
        <translation>Workshop verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="357"/>
        <source>Move “%1” to the trash? You can restore it from the trash, or undo with Ctrl+Z.</source>
        <translation>‘%1’ naar de prullenbak verplaatsen? Je kunt de workshop daar terugzetten, of dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="359"/>
        <source>Move to trash</source>
        <translation>Naar de prullenbak</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="369"/>
        <source>Restore session</source>
        <translation>Workshop terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="375"/>
        <location filename="../../ui/library.py" line="379"/>
        <location filename="../../ui/library.py" line="382"/>
        <source>Delete permanently</source>
        <translation>Definitief verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="376"/>
        <source>Delete “%1” for good? This cannot be undone.</source>
        <translation>‘%1’ definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="388"/>
        <location filename="../../ui/library.py" line="392"/>
        <location filename="../../ui/library.py" line="395"/>
        <source>Empty trash</source>
        <translation>Prullenbak legen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/library.py" line="390"/>
        <source>Delete the %n session(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>De %n workshop in de prullenbak definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>De %n workshops in de prullenbak definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveBar</name>
    <message>
        <location filename="../../ui/live/bar.py" line="31"/>
        <source>Live facilitation</source>
        <translation>Live facilitatie</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="49"/>
        <source>Time left on the countdown</source>
        <translation>Resterende tijd van het aftellen</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="55"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="56"/>
        <source>Length of the countdown</source>
        <translation>Duur van het aftellen</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="57"/>
        <source>Countdown length in minutes</source>
        <translation>Duur van het aftellen in minuten</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="61"/>
        <source>Presets</source>
        <translation>Snelkeuze</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="62"/>
        <source>Countdown lengths for this stage</source>
        <translation>Afteltijden voor dit onderdeel</translation>
    </message>
</context>
<context>
    <name>LiveCommands</name>
    <message>
        <location filename="../../ui/live/commands.py" line="67"/>
        <source>&amp;Agenda…</source>
        <translation>&amp;Agenda…</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="68"/>
        <location filename="../../ui/live/commands.py" line="216"/>
        <source>&amp;Start Workshop</source>
        <translation>Workshop &amp;starten</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="69"/>
        <location filename="../../ui/live/commands.py" line="259"/>
        <source>Start &amp;Countdown</source>
        <translation>Af&amp;tellen starten</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="71"/>
        <source>+1 &amp;Minute</source>
        <translation>+1 &amp;minuut</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="73"/>
        <source>&amp;Reset Countdown</source>
        <translation>Aftellen te&amp;rugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="75"/>
        <source>&amp;Sound When Time Is Up</source>
        <translation>&amp;Geluid als de tijd om is</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="77"/>
        <source>&amp;Projector</source>
        <translation>&amp;Beamer</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="78"/>
        <source>&amp;Freeze Projector</source>
        <translation>Beamer &amp;vastzetten</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="80"/>
        <source>Projector on &amp;Next Screen</source>
        <translation>Beamer naar vo&amp;lgend scherm</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="85"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="86"/>
        <location filename="../../ui/live/commands.py" line="263"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="87"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="88"/>
        <source>Reset</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="89"/>
        <source>Projector</source>
        <translation>Beamer</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="90"/>
        <source>Freeze</source>
        <translation>Vastzetten</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="96"/>
        <source>Keep the projector on this stage while you look ahead (F6)</source>
        <translation>De beamer op dit onderdeel houden terwijl je vooruitkijkt (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="196"/>
        <location filename="../../ui/live/commands.py" line="198"/>
        <source>End workshop</source>
        <translation>Workshop beëindigen</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="197"/>
        <source>End the workshop now? The clock stops and the day&apos;s times are kept.</source>
        <translation>De workshop nu beëindigen? De klok stopt en de tijden van vandaag blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="204"/>
        <source>Start workshop again</source>
        <translation>Workshop opnieuw starten</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="205"/>
        <source>Start the clock again? The times recorded for this workshop are cleared.</source>
        <translation>De klok opnieuw starten? De vastgelegde tijden van deze workshop worden gewist.</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="206"/>
        <source>Start again</source>
        <translation>Opnieuw starten</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="210"/>
        <source>Workshop started.</source>
        <translation>Workshop gestart.</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="217"/>
        <source>&amp;End Workshop</source>
        <translation>Workshop b&amp;eëindigen</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="218"/>
        <source>&amp;Start Workshop Again…</source>
        <translation>Workshop opnieuw &amp;starten…</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="240"/>
        <source>Role-swap round: %1 min</source>
        <translation>Ronde rollenwissel: %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="241"/>
        <source>Exercise: %1 min</source>
        <translation>Oefening: %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="242"/>
        <source>Whole stage on the agenda: %1 min</source>
        <translation>Heel onderdeel volgens de agenda: %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="248"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="259"/>
        <source>Pause &amp;Countdown</source>
        <translation>Af&amp;tellen pauzeren</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="263"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="268"/>
        <source>Time&apos;s up.</source>
        <translation>De tijd is om.</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="317"/>
        <source>The projector stays on this stage until you unfreeze it (F6).</source>
        <translation>De beamer blijft op dit onderdeel staan tot je hem weer vrijgeeft (F6).</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="319"/>
        <source>The projector follows you again.</source>
        <translation>De beamer volgt je weer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Truce cannot start</source>
        <translation>Truce kan niet starten</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="32"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="35"/>
        <source>&amp;New Session…</source>
        <translation>&amp;Nieuwe workshop…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="41"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotheek</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="45"/>
        <source>&amp;Import Session…</source>
        <translation>&amp;Workshop importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="52"/>
        <source>&amp;Duplicate for Follow-up…</source>
        <translation>&amp;Dupliceren voor vervolgoverleg…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="59"/>
        <source>&amp;Back Up Now</source>
        <translation>Nu back-up &amp;maken</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="66"/>
        <source>&amp;Restore from Backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="73"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="96"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="100"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="109"/>
        <source>&amp;Find Session</source>
        <translation>Workshop &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="118"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="130"/>
        <source>Ser&amp;ies</source>
        <translation>&amp;Reeks</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="132"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="135"/>
        <source>&amp;Previous Stage</source>
        <translation>&amp;Vorig onderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="142"/>
        <source>&amp;Next Stage</source>
        <translation>V&amp;olgend onderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="164"/>
        <source>&amp;Session</source>
        <translation>W&amp;orkshop</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="168"/>
        <source>Answers from P&amp;hones…</source>
        <translation>Antwoorden via &amp;telefoons…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="178"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="182"/>
        <source>About the &amp;Method</source>
        <translation>Over de &amp;methode</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="190"/>
        <source>&amp;About Truce</source>
        <translation>Over &amp;Truce</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Truce did not close normally last time. Everything that was shown as saved has been kept.</source>
        <translation>Truce is de vorige keer niet normaal afgesloten. Alles wat als opgeslagen werd getoond, is bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>The session is open where you left it.</source>
        <translation>De workshop staat open waar je was gebleven.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Welcome back</source>
        <translation>Welkom terug</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>(read only)</source>
        <translation>(alleen lezen)</translation>
    </message>
    <message>
        <location filename="../../ui/save_status.py" line="34"/>
        <source>All changes saved · %1</source>
        <translation>Alle wijzigingen opgeslagen · %1</translation>
    </message>
    <message>
        <location filename="../../ui/save_status.py" line="40"/>
        <source>⚠ Not saved</source>
        <translation>⚠ Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/save_status.py" line="45"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="31"/>
        <source>Import session</source>
        <translation>Workshop importeren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="36"/>
        <source>Truce sessions (*.json);;All files (*)</source>
        <translation>Truce-workshops (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="48"/>
        <source>This session is already in your library. Import it as a new copy, or replace the one you have with the imported version?</source>
        <translation>Deze workshop staat al in je bibliotheek. Importeer je hem als nieuwe kopie, of vervang je je eigen versie door de geïmporteerde?</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="54"/>
        <source>Import as copy</source>
        <translation>Als kopie importeren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="55"/>
        <source>Replace mine</source>
        <translation>Mijn versie vervangen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="66"/>
        <source>Imported “%1”.</source>
        <translation>‘%1’ geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="60"/>
        <source>Use the &amp;suggested agreement</source>
        <translation>&amp;Voorgestelde afspraak gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="63"/>
        <source>Fill the empty fields with a monthly meeting and its usual agenda</source>
        <translation>Vul de lege velden met een maandelijks overleg en de gebruikelijke agenda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="66"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="69"/>
        <source>What the meeting is for</source>
        <translation>Waar het overleg voor is</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="75"/>
        <source>length not agreed</source>
        <translation>duur niet afgesproken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="76"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="77"/>
        <source>Length of the meeting</source>
        <translation>Duur van het overleg</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="81"/>
        <source>Others, by role: e.g. the CRM analyst</source>
        <translation>Anderen, per rol: bijv. de CRM-analist</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="85"/>
        <source>What the meeting decides, and what it does not</source>
        <translation>Waarover het overleg beslist, en waarover niet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="88"/>
        <source>How Sales reports what became of each lead Marketing passed on</source>
        <translation>Hoe Verkoop meldt wat er werd van elke lead die Marketing doorgaf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="98"/>
        <source>How &amp;often:</source>
        <translation>Hoe &amp;vaak:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="100"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="102"/>
        <source>&amp;Decisions it takes:</source>
        <translation>&amp;Besluiten die het neemt:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="103"/>
        <source>&amp;Closed-loop reporting:</source>
        <translation>&amp;Terugkoppeling per lead:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="105"/>
        <source>&amp;Who attends:</source>
        <translation>&amp;Wie er komt:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="106"/>
        <source>O&amp;thers:</source>
        <translation>&amp;Anderen:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="109"/>
        <source>&amp;Figures reviewed:</source>
        <translation>&amp;Besproken cijfers:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="142"/>
        <source>Not agreed yet</source>
        <translation>Nog niet afgesproken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="220"/>
        <source>a frequency</source>
        <translation>frequentie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="220"/>
        <source>attendees</source>
        <translation>deelnemers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="225"/>
        <source>⚠ This meeting has no %1 yet. It is saved, but nobody will know when to come.</source>
        <translation>⚠ Dit overleg heeft nog geen %1. Het is opgeslagen, maar niemand weet wanneer te komen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="226"/>
        <source> or </source>
        <translation> of </translation>
    </message>
</context>
<context>
    <name>NewDriverDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_driver.py" line="29"/>
        <source>&amp;What gets in the way?</source>
        <translation>&amp;Wat zit in de weg?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_driver.py" line="34"/>
        <source>Is it mostly about money, prices and credit, or about people, habits and language?</source>
        <translation>Gaat het vooral om geld, prijzen en krediet, of om mensen, gewoonten en taal?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_driver.py" line="53"/>
        <source>Add driver</source>
        <translation>Bron toevoegen</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="34"/>
        <source>New workshop session</source>
        <translation>Nieuwe workshop</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="37"/>
        <source>e.g. Spring alignment workshop</source>
        <translation>bijv. Voorjaarsworkshop samenwerking</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="48"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="49"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="50"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitator:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="51"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="52"/>
        <source>Workshop &amp;language:</source>
        <translation>&amp;Workshoptaal:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="55"/>
        <source>The workshop language is used for the questions, the projector and the printed documents. It cannot be changed later.</source>
        <translation>De workshoptaal geldt voor de vragen, het beamerscherm en de afgedrukte documenten. Je kunt haar later niet meer wijzigen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="64"/>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
</context>
<context>
    <name>NoteBoard</name>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="47"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="48"/>
        <source>Concern</source>
        <translation>Zorgpunt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="49"/>
        <source>Insight</source>
        <translation>Inzicht</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="54"/>
        <source>Both sides</source>
        <translation>Beide kanten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="111"/>
        <source>Captured notes</source>
        <translation>Vastgelegde notities</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="121"/>
        <source>Rank by &amp;dots</source>
        <translation>Rangschikken op st&amp;ippen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="124"/>
        <source>No notes yet. Press Ctrl+Shift+N to capture what the room says.</source>
        <translation>Nog geen notities. Druk op Ctrl+Shift+N om vast te leggen wat de groep zegt.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="146"/>
        <source>The note&apos;s text</source>
        <translation>Tekst van de notitie</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="147"/>
        <source>Note text</source>
        <translation>Notitietekst</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="151"/>
        <source>Kind of note</source>
        <translation>Soort notitie</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="155"/>
        <source>Whose point it is</source>
        <translation>Van wie het punt komt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="159"/>
        <source>Dots</source>
        <translation>Stippen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/note_board.py" line="160"/>
        <location filename="../../ui/widgets/note_board.py" line="161"/>
        <source> dot(s)</source>
        <translation>
            <numerusform> stip</numerusform>
            <numerusform> stippen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="165"/>
        <source>Make &amp;Action</source>
        <translation>&amp;Actie maken</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="166"/>
        <source>Add this note to the action plan</source>
        <translation>Deze notitie aan het actieplan toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="168"/>
        <source>Merge into &amp;Theme…</source>
        <translation>Samenvoegen tot &amp;thema…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="170"/>
        <source>Merge the selected notes into one theme; their dots are added up</source>
        <translation>Voeg de gekozen notities samen tot één thema; hun stippen tellen op</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="173"/>
        <source>&amp;Split Theme</source>
        <translation>Thema &amp;splitsen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="174"/>
        <source>Put this theme&apos;s notes back on the board on their own</source>
        <translation>Zet de notities van dit thema weer los op het bord</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="176"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="177"/>
        <source>Remove this note (Ctrl+Z brings it back)</source>
        <translation>Deze notitie verwijderen (Ctrl+Z haalt haar terug)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/note_board.py" line="279"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n stip</numerusform>
            <numerusform>%n stippen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="281"/>
        <source>✓ in the action plan</source>
        <translation>✓ in het actieplan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/note_board.py" line="289"/>
        <source>Theme of %n note(s)</source>
        <translation>
            <numerusform>Thema van %n notitie</numerusform>
            <numerusform>Thema van %n notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/note_board.py" line="290"/>
        <source>%n dot(s) in all</source>
        <translation>
            <numerusform>%n stip in totaal</numerusform>
            <numerusform>%n stippen in totaal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/notes_panel.py" line="42"/>
        <source>Capture Note…</source>
        <translation>Notitie vastleggen…</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="43"/>
        <source>Capture a note for this stage (Ctrl+Shift+N)</source>
        <translation>Een notitie vastleggen bij dit onderdeel (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="53"/>
        <source>From Phones…</source>
        <translation>Via telefoons…</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="54"/>
        <source>Notes and dot votes for this board from participants&apos; phones</source>
        <translation>Notities en stippenstemmen voor dit bord via de telefoons van de deelnemers</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="94"/>
        <source>Captured in the room (%1)</source>
        <translation>Notities uit de groep (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="96"/>
        <source>Captured in the room</source>
        <translation>Notities uit de groep</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="145"/>
        <source>Captured notes</source>
        <translation>Vastgelegde notities</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="164"/>
        <location filename="../../ui/notes_panel.py" line="178"/>
        <source>Capture note</source>
        <translation>Notitie vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="166"/>
        <source>This session is open for review, so no note can be added to it. Press Edit (Ctrl+Shift+R) first to capture notes.</source>
        <translation>Deze sessie is geopend om te bekijken, dus er kan geen notitie aan worden toegevoegd. Druk eerst op Bewerken (Ctrl+Shift+R) om notities vast te leggen.</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="181"/>
        <source>Capture Note</source>
        <translation>Notitie vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="196"/>
        <source>Remove Note</source>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="208"/>
        <location filename="../../ui/notes_panel.py" line="218"/>
        <location filename="../../ui/notes_panel.py" line="220"/>
        <source>Merge into Theme</source>
        <translation>Samenvoegen tot thema</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="209"/>
        <source>What do these notes have in common? Name the theme:</source>
        <translation>Wat hebben deze notities gemeen? Geef het thema een naam:</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="234"/>
        <source>Split Theme</source>
        <translation>Thema splitsen</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="257"/>
        <source>Turn Note into Action</source>
        <translation>Notitie omzetten in actie</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="258"/>
        <source>Make action</source>
        <translation>Actie maken</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/models/participants.py" line="41"/>
        <source>Name or label</source>
        <translation>Naam of label</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="42"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="43"/>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="44"/>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="71"/>
        <source>Anonymous: only this label and the department are recorded.</source>
        <translation>Anoniem: alleen dit label en de afdeling worden vastgelegd.</translation>
    </message>
</context>
<context>
    <name>PhoneRoundDialog</name>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="46"/>
        <source>Answers from Phones</source>
        <translation>Antwoorden via telefoons</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="64"/>
        <source>Before the round: connect this computer and the phones to one network you control: your phone&apos;s hotspot, or a room access point. Guest Wi-Fi often keeps devices apart, so phones cannot reach this computer. Phones may leave a network without internet and switch to mobile data: ask people to stay connected, or turn mobile data off. If a phone shows a sign-in page for the network, close it and scan the code again.</source>
        <translation>Vóór de ronde: verbind deze computer en de telefoons met één netwerk dat jij beheert: de hotspot van je telefoon of een eigen accesspoint in de zaal. Gastwifi houdt apparaten vaak van elkaar gescheiden, waardoor telefoons deze computer niet bereiken. Telefoons verlaten soms een netwerk zonder internet en schakelen over op mobiele data: vraag mensen verbonden te blijven of mobiele data uit te zetten. Toont een telefoon een inlogpagina voor het netwerk, sluit die dan en scan de code opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="112"/>
        <source>&amp;Reveal Answers</source>
        <translation>Antwoorden &amp;onthullen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="114"/>
        <source>Close Roo&amp;m</source>
        <translation>&amp;Zaal sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="129"/>
        <source>Phones follow the rounds by themselves while the room is open. Closing this window closes the room.</source>
        <translation>Zolang de zaal open is, volgen de telefoons de rondes vanzelf. Dit venster sluiten sluit de zaal.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="290"/>
        <source>Anonymity: each phone sends one answer set per round. Only the department is stored with the answers: no name, and nothing that identifies the phone.</source>
        <translation>Anonimiteit: elke telefoon stuurt per ronde één set antwoorden. Bij de antwoorden wordt alleen de afdeling bewaard: geen naam en niets waaraan de telefoon te herkennen is.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="110"/>
        <location filename="../../ui/dialogs/phone_round.py" line="294"/>
        <source>&amp;Open Round</source>
        <translation>Ronde &amp;openen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="56"/>
        <source>Participants answer on their own phones, over this computer&apos;s network: no internet, no account, no app. Their answers land in the session as they arrive, like typed ones, and Edit ▸ Undo takes them back.</source>
        <translation>Deelnemers antwoorden op hun eigen telefoon, via het netwerk van deze computer: zonder internet, account of app. Hun antwoorden komen binnen in de sessie zodra ze aankomen, net als getypte, en Bewerken ▸ Ongedaan maken draait ze terug.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="81"/>
        <source>Self-assessment</source>
        <translation>Zelfevaluatie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="82"/>
        <source>Role-swap answers (hidden until revealed)</source>
        <translation>Antwoorden rollenwissel (verborgen tot de onthulling)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="83"/>
        <source>Friction ratings</source>
        <translation>Scores van wrijvingspunten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="84"/>
        <source>Dot votes</source>
        <translation>Stippenstemmen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="85"/>
        <source>Notes to the board</source>
        <translation>Notities voor het bord</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="91"/>
        <source>&amp;Named round: phones give a name</source>
        <translation>Ronde op &amp;naam: telefoons geven een naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="93"/>
        <source> dots each</source>
        <translation> stippen per persoon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="94"/>
        <source>&amp;Board of:</source>
        <translation>&amp;Bord van:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="96"/>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Stippen per persoon:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="104"/>
        <source>&amp;Network:</source>
        <translation>&amp;Netwerk:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="105"/>
        <source>&amp;Kind of round:</source>
        <translation>&amp;Soort ronde:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="338"/>
        <source>The room was closed with its session.</source>
        <translation>De zaal is samen met de sessie gesloten.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="343"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="343"/>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="345"/>
        <source>Round %1 · %2 (%3) · joined: %4</source>
        <translation>Ronde %1 · %2 (%3) · aangemeld: %4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="352"/>
        <source>Answer sets received: %1 (%2)</source>
        <translation>Ontvangen antwoordsets: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="357"/>
        <source>%1. %2 · answer sets: %3</source>
        <translation>%1. %2 · antwoordsets: %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="152"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="191"/>
        <source>— this computer only</source>
        <translation>— alleen deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="211"/>
        <source>Open a session first.</source>
        <translation>Open eerst een sessie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="213"/>
        <source>This session is open for review only. Switch to Edit first.</source>
        <translation>Deze sessie is alleen ter inzage geopend. Schakel eerst over naar Bewerken.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="216"/>
        <source>The Diagnosis page takes one set of answers per department. Phones send one set per participant: switch the Diagnosis page to one set per participant first.</source>
        <translation>De pagina Diagnose neemt één set antwoorden per afdeling aan. Telefoons sturen één set per deelnemer: zet de pagina Diagnose eerst op één set per deelnemer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="240"/>
        <source>The round could not open on this network (%1). Pick another one.</source>
        <translation>De ronde kon niet op dit netwerk worden geopend (%1). Kies een ander netwerk.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="247"/>
        <source>There are no frictions on the friction map to ask about yet.</source>
        <translation>Er staan nog geen wrijvingspunten op de wrijvingskaart om naar te vragen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="249"/>
        <source>There are no notes on this stage&apos;s board to vote on yet.</source>
        <translation>Op het bord van deze fase staan nog geen notities om op te stemmen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="285"/>
        <source>Named round: each phone gives a name, which is stored with its answers. Say so to the room before it starts.</source>
        <translation>Ronde op naam: elke telefoon geeft een naam, die bij de antwoorden wordt bewaard. Zeg dat tegen de zaal voordat de ronde begint.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="294"/>
        <source>Close &amp;Round</source>
        <translation>&amp;Ronde sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="303"/>
        <source>No round is open. Phones cannot connect.</source>
        <translation>Er is geen ronde open. Telefoons kunnen geen verbinding maken.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="313"/>
        <source>%1
Room code: %2</source>
        <translation>%1
Zaalcode: %2</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/preferences.py" line="43"/>
        <source>Interface language</source>
        <translation>Interfacetaal</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="44"/>
        <source>Restart Truce to use the new language. Everything you have entered is saved.</source>
        <translation>Start Truce opnieuw om de nieuwe taal te gebruiken. Alles wat je hebt ingevoerd, is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="48"/>
        <source>Restart Now</source>
        <translation>Nu opnieuw starten</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="48"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="31"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="34"/>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="40"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="42"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="43"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="50"/>
        <source>The interface language applies to this computer. Each workshop keeps the language it was created in, for its questions and printed documents.</source>
        <translation>De interfacetaal geldt voor deze computer. Elke workshop houdt de taal waarin hij is aangemaakt, voor de vragen en de afgedrukte documenten.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="56"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="58"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="60"/>
        <source>Printed documents</source>
        <translation>Afgedrukte documenten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="62"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformaat:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="63"/>
        <source>&amp;Group actions by:</source>
        <translation>Acties &amp;groeperen op:</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../../ui/team/presence.py" line="100"/>
        <source>Connected to the team library %1. Changes made by others appear here as they are saved.</source>
        <translation>Verbonden met de teambibliotheek %1. Wijzigingen van anderen verschijnen hier zodra ze zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/team/presence.py" line="112"/>
        <source>Connection to the team library %1 lost at %2. Truce keeps trying; this computer&apos;s library works as before.</source>
        <translation>Verbinding met de teambibliotheek %1 verbroken om %2. Truce blijft het proberen; de bibliotheek van deze computer werkt gewoon door.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="177"/>
        <source>of %1</source>
        <translation>van %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="178"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="181"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="184"/>
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="186"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="189"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="193"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="22"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="27"/>
        <source>No printer is set up on this computer. Export the PDF instead and print it elsewhere.</source>
        <translation>Er is op deze computer geen printer ingesteld. Exporteer de PDF en druk hem elders af.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="36"/>
        <source>No printer is set up on this computer. Export the PDF, to print it elsewhere?</source>
        <translation>Er is op deze computer geen printer ingesteld. De PDF exporteren om hem elders af te drukken?</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="40"/>
        <source>Export PDF…</source>
        <translation>PDF exporteren…</translation>
    </message>
</context>
<context>
    <name>PreviousActionsBar</name>
    <message>
        <location filename="../../ui/widgets/previous_actions_bar.py" line="25"/>
        <source>Review previous &amp;workshop&apos;s actions…</source>
        <translation>Acties van de vorige &amp;workshop doornemen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/previous_actions_bar.py" line="50"/>
        <source>%n open action(s) from the previous workshop still await a decision.</source>
        <translation>
            <numerusform>%n open actie uit de vorige workshop wacht nog op een besluit.</numerusform>
            <numerusform>%n open acties uit de vorige workshop wachten nog op een besluit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/previous_actions_bar.py" line="55"/>
        <source>All %n open action(s) from the previous workshop have been decided.</source>
        <translation>
            <numerusform>Over de %n open actie uit de vorige workshop is besloten.</numerusform>
            <numerusform>Over alle %n open acties uit de vorige workshop is besloten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector.py" line="77"/>
        <source>Truce — projector</source>
        <translation>Truce — beamer</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="130"/>
        <source>Esc closes · Ctrl+PgDn / Ctrl+PgUp next / previous stage · Ctrl+1…9 a stage · F7 countdown · F8 one more minute · F6 freeze</source>
        <translation>Esc sluit · Ctrl+PgDn / Ctrl+PgUp volgende / vorige fase · Ctrl+1…9 een fase · F7 aftellen · F8 nog een minuut · F6 vastzetten</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="210"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="215"/>
        <source>Time&apos;s up</source>
        <translation>De tijd is om</translation>
    </message>
</context>
<context>
    <name>QuickNoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="44"/>
        <source>Capture Note</source>
        <translation>Notitie vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="46"/>
        <source>A note for the %1 stage</source>
        <translation>Een notitie bij het onderdeel ‘%1’</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="48"/>
        <source>What did the room just say?</source>
        <translation>Wat zei de groep zojuist?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="49"/>
        <source>Note text</source>
        <translation>Notitietekst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="54"/>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="56"/>
        <source>&amp;Idea</source>
        <translation>I&amp;dee</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="57"/>
        <source>&amp;Concern</source>
        <translation>&amp;Zorgpunt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="58"/>
        <source>I&amp;nsight</source>
        <translation>&amp;Inzicht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="69"/>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="71"/>
        <source>&amp;Sales</source>
        <translation>&amp;Verkoop</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="72"/>
        <source>&amp;Marketing</source>
        <translation>&amp;Marketing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="73"/>
        <source>&amp;Both sides</source>
        <translation>&amp;Beide kanten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="89"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="95"/>
        <source>Enter saves · Esc cancels · Alt + the underlined letter picks</source>
        <translation>Enter slaat op · Esc annuleert · Alt + de onderstreepte letter kiest</translation>
    </message>
</context>
<context>
    <name>RaciGrid</name>
    <message>
        <location filename="../../ui/widgets/raci_grid.py" line="71"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
</context>
<context>
    <name>RaciModel</name>
    <message>
        <location filename="../../ui/models/raci.py" line="85"/>
        <source>The handoff: here the lead passes from Marketing to Sales</source>
        <translation>De overdracht: hier gaat de lead van Marketing naar Verkoop</translation>
    </message>
    <message>
        <location filename="../../ui/models/raci.py" line="116"/>
        <source>%1: type R, A, C or I</source>
        <translation>%1: typ R, A, C of I</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="101"/>
        <source>Predict, then reveal: hide the results until each side has guessed the other&apos;s total</source>
        <translation>Eerst voorspellen, dan onthullen: verberg de resultaten tot elke kant het totaal van de andere heeft geraden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="114"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="120"/>
        <source>%1 expects %2 to score:</source>
        <translation>%1 verwacht voor %2 een totaal van:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="125"/>
        <source>&amp;Reveal the results</source>
        <translation>&amp;Resultaten tonen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="127"/>
        <source>Hide the results again</source>
        <translation>Resultaten weer verbergen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="141"/>
        <source>Predict, then reveal</source>
        <translation>Eerst voorspellen, dan onthullen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="149"/>
        <source>The results are hidden until you reveal them, so nobody&apos;s guess is coloured by them.</source>
        <translation>De resultaten blijven verborgen tot je ze toont, zodat ze niemands voorspelling kleuren.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="169"/>
        <source>Show an anonymous department&apos;s score from this many answers:</source>
        <translation>Toon de score van een anonieme afdeling vanaf dit aantal antwoorden:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="192"/>
        <source>Does the company need to move further?</source>
        <translation>Moet het bedrijf verder groeien?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="250"/>
        <source>%1 expected %2 to score %3; %2 gave %4 (%5).</source>
        <translation>%1 verwachtte voor %2 een totaal van %3; %2 kwam uit op %4 (%5).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="264"/>
        <source>Overall</source>
        <translation>Samen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="270"/>
        <source>%1 alone: the other side is withheld</source>
        <translation>Alleen %1: de andere kant wordt niet getoond</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="274"/>
        <source>Both sides are withheld</source>
        <translation>Beide kanten worden niet getoond</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="278"/>
        <source>Sales and Marketing weigh the same</source>
        <translation>Verkoop en Marketing wegen even zwaar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/diagnosis_results.py" line="265"/>
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n respondent</numerusform>
            <numerusform>%n respondenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="288"/>
        <source>No results yet: enter some answers first.</source>
        <translation>Nog geen resultaten: voer eerst antwoorden in.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="294"/>
        <source>Where you are: %1</source>
        <translation>Waar jullie staan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="315"/>
        <source>Answer the questions above to see whether %1 is enough for this company.</source>
        <translation>Beantwoord de vragen hierboven om te zien of de fase ‘%1’ genoeg is voor dit bedrijf.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="330"/>
        <source>Levers that lead from %1 to %2</source>
        <translation>Hefbomen van ‘%1’ naar ‘%2’</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="359"/>
        <source>Not answered yet</source>
        <translation>Nog niet beantwoord</translation>
    </message>
</context>
<context>
    <name>RevealView</name>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="91"/>
        <location filename="../../ui/pages/role_swap_reveal.py" line="93"/>
        <source>How %1 sees %2</source>
        <translation>Hoe %1 %2 ziet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="92"/>
        <location filename="../../ui/pages/role_swap_reveal.py" line="94"/>
        <source>How %1 sees itself</source>
        <translation>Hoe %1 zichzelf ziet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="107"/>
        <source>Note an insight…</source>
        <translation>Noteer een inzicht…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="112"/>
        <source>Mark a misreading…</source>
        <translation>Markeer een misvatting…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="145"/>
        <source>(sealed until the reveal)</source>
        <translation>(verborgen tot de onthulling)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="147"/>
        <source>(not answered)</source>
        <translation>(niet beantwoord)</translation>
    </message>
</context>
<context>
    <name>RoleMapChart</name>
    <message>
        <location filename="../../ui/widgets/role_map_chart.py" line="56"/>
        <source>No funnel yet</source>
        <translation>Nog geen funnel</translation>
    </message>
</context>
<context>
    <name>RoleMapTab</name>
    <message>
        <location filename="../../ui/pages/role_split_map.py" line="26"/>
        <source>Show full screen</source>
        <translation>Volledig scherm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_map.py" line="28"/>
        <source>Show the map full screen for the projector (F11)</source>
        <translation>Toon de kaart schermvullend voor de beamer (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_map.py" line="58"/>
        <source>┆ the handoff</source>
        <translation>┆ de overdracht</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_map.py" line="58"/>
        <source>⇄ the handoff stage</source>
        <translation>⇄ de overdrachtsfase</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_map.py" line="66"/>
        <source>Who does what</source>
        <translation>Wie doet wat</translation>
    </message>
</context>
<context>
    <name>RoleSplitPage</name>
    <message>
        <location filename="../../ui/pages/role_split.py" line="46"/>
        <location filename="../../ui/pages/role_split.py" line="274"/>
        <source>Apply template</source>
        <translation>Sjabloon toepassen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="51"/>
        <source>Start from:</source>
        <translation>Beginnen met:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="73"/>
        <source>Add stage…</source>
        <translation>Fase toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="74"/>
        <source>Rename stage…</source>
        <translation>Fase hernoemen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="75"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="76"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="77"/>
        <location filename="../../ui/pages/role_split.py" line="324"/>
        <source>Remove stage</source>
        <translation>Fase verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="78"/>
        <source>Add party…</source>
        <translation>Partij toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="79"/>
        <source>Rename party…</source>
        <translation>Partij hernoemen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="80"/>
        <location filename="../../ui/pages/role_split.py" line="361"/>
        <source>Remove party</source>
        <translation>Partij verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="81"/>
        <source>Add action…</source>
        <translation>Actie toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="92"/>
        <source>Add an action to the plan for a gap at the selected stage</source>
        <translation>Voeg een actie aan het plan toe voor een gat in de geselecteerde fase</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="100"/>
        <source>Type R, A, C or I in a cell (Delete clears it), double-click to cycle through the letters, or right-click to choose. Each stage needs exactly one A.</source>
        <translation>Typ R, A, C of I in een cel (Delete wist), dubbelklik om door de letters te gaan, of klik met rechts om te kiezen. Elke fase heeft precies één A nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="131"/>
        <source>&amp;Who does what</source>
        <translation>&amp;Wie doet wat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="132"/>
        <source>&amp;Handoff</source>
        <translation>&amp;Overdracht</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="135"/>
        <source>&amp;Rules and contacts</source>
        <translation>&amp;Spelregels en contacten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="136"/>
        <source>&amp;Map</source>
        <translation>&amp;Kaart</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="192"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="201"/>
        <source>More than one Accountable: %1.</source>
        <translation>Meer dan één A (eindverantwoordelijk): %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="204"/>
        <source>No Accountable yet: %1.</source>
        <translation>Nog geen A (eindverantwoordelijk): %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="206"/>
        <source>Each stage needs exactly one A.</source>
        <translation>Elke fase heeft precies één A nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="215"/>
        <source>Nobody is marked R at %1: the Accountable party does the work itself. Mark R where someone else does it.</source>
        <translation>Bij %1 heeft niemand een R: de eindverantwoordelijke partij doet het werk zelf. Zet een R waar iemand anders het werk doet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="122"/>
        <location filename="../../ui/pages/role_split.py" line="242"/>
        <location filename="../../ui/pages/role_split.py" line="281"/>
        <location filename="../../ui/pages/role_split.py" line="293"/>
        <location filename="../../ui/pages/role_split.py" line="306"/>
        <location filename="../../ui/pages/role_split.py" line="334"/>
        <location filename="../../ui/pages/role_split.py" line="346"/>
        <source>Role split</source>
        <translation>Rolverdeling</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="133"/>
        <source>&amp;Lead stages</source>
        <translation>&amp;Leadfasen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="134"/>
        <source>&amp;SLA</source>
        <translation>SL&amp;A</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="275"/>
        <source>The template replaces the letters of Sales and Marketing in the grid.</source>
        <translation>Het sjabloon vervangt de letters van Verkoop en Marketing in het raster.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="276"/>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="287"/>
        <source>Add stage</source>
        <translation>Fase toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="287"/>
        <source>Name of the new funnel stage:</source>
        <translation>Naam van de nieuwe funnelfase:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="303"/>
        <source>Rename stage</source>
        <translation>Fase hernoemen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="303"/>
        <location filename="../../ui/pages/role_split.py" line="343"/>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="321"/>
        <source>Remove the stage “%1” from the funnel?</source>
        <translation>De fase ‘%1’ uit de funnel verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="323"/>
        <source>Its letters and agreements go with it.</source>
        <translation>De letters en afspraken van die fase verdwijnen mee.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="324"/>
        <location filename="../../ui/pages/role_split.py" line="361"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="331"/>
        <source>Add party</source>
        <translation>Partij toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="331"/>
        <source>Name of the team, e.g. Customer Success:</source>
        <translation>Naam van het team, bijv. Customer Success:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="343"/>
        <source>Rename party</source>
        <translation>Partij hernoemen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="358"/>
        <source>Remove “%1” and its letters from the map?</source>
        <translation>‘%1’ en de letters ervan van de kaart verwijderen?</translation>
    </message>
</context>
<context>
    <name>RoleSwapPage</name>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="54"/>
        <source>Time&apos;s up for this round.</source>
        <translation>De tijd voor deze ronde is om.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="55"/>
        <source>Round timer</source>
        <translation>Rondetimer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="58"/>
        <source>Answers from Phones…</source>
        <translation>Antwoorden via telefoons…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="76"/>
        <source>Turn into an &amp;action</source>
        <translation>Omzetten in een &amp;actie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="79"/>
        <location filename="../../ui/pages/role_swap.py" line="329"/>
        <location filename="../../ui/pages/role_swap.py" line="331"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="85"/>
        <source>Insights and misreadings</source>
        <translation>Inzichten en misvattingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="99"/>
        <source>1 · As the other side</source>
        <translation>1 · Als de andere kant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="100"/>
        <source>2 · As yourselves</source>
        <translation>2 · Als jullie zelf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="101"/>
        <source>3 · Side by side</source>
        <translation>3 · Naast elkaar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="102"/>
        <source>4 · Follow-up swaps</source>
        <translation>4 · Vervolgwissels</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="131"/>
        <source>%1, answering as %2</source>
        <translation>%1 in de rol van %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="135"/>
        <source>%1, answering for itself</source>
        <translation>%1 namens zichzelf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="179"/>
        <source>An afternoon of swapping roles is a start; these longer swaps keep the understanding growing. Each one goes on the action plan with one click.</source>
        <translation>Een middag rollen wisselen is een begin; met deze langere wissels blijft het begrip groeien. Elke wissel zet je met één klik op het actieplan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="257"/>
        <source>In the plan ✓</source>
        <translation>In het plan ✓</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="257"/>
        <source>Add to the action plan</source>
        <translation>Aan het actieplan toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="271"/>
        <source>Role swap</source>
        <translation>Rollenwissel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="308"/>
        <source>Mark a misreading</source>
        <translation>Misvatting markeren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="308"/>
        <source>Note an insight</source>
        <translation>Inzicht noteren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="309"/>
        <source>What did the room notice?</source>
        <translation>Wat viel de groep op?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="330"/>
        <source>Remove this note from the role swap?

%1</source>
        <translation>Deze notitie uit de rollenwissel verwijderen?

%1</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="188"/>
        <source>Type a rule the room agrees and press Enter</source>
        <translation>Typ een regel waarover de groep het eens is en druk op Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="192"/>
        <location filename="../../ui/pages/role_split_parts.py" line="300"/>
        <source>Remove rule</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="198"/>
        <source>Rules of engagement</source>
        <translation>Spelregels voor samenwerking</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="220"/>
        <source>Add contact</source>
        <translation>Contact toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="223"/>
        <location filename="../../ui/pages/role_split_parts.py" line="323"/>
        <source>Remove contact</source>
        <translation>Contact verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="230"/>
        <source>Who to call</source>
        <translation>Wie bel ik</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="232"/>
        <source>Whom to contact in the other department, about what.</source>
        <translation>Wie je in de andere afdeling benadert, en waarover.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="253"/>
        <source>Add a suggested rule…</source>
        <translation>Een voorgestelde regel toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="301"/>
        <source>Remove the rule “%1”?</source>
        <translation>De regel ‘%1’ verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="302"/>
        <location filename="../../ui/pages/role_split_parts.py" line="325"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="310"/>
        <source>New topic</source>
        <translation>Nieuw onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="324"/>
        <source>Remove “%1” from the list?</source>
        <translation>‘%1’ uit de lijst verwijderen?</translation>
    </message>
</context>
<context>
    <name>SealBar</name>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="51"/>
        <source>&amp;Reveal Answers</source>
        <translation>Antwoorden &amp;onthullen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="61"/>
        <source>Answers from phones are sealed (%1 so far): nothing of them shows here or on the projector until you reveal them to the room.</source>
        <translation>Antwoorden via telefoons zijn verborgen (tot nu toe %1): niets ervan verschijnt hier of op de projector tot je ze aan de zaal onthult.</translation>
    </message>
</context>
<context>
    <name>SeriesCommands</name>
    <message>
        <location filename="../../ui/commands/series.py" line="49"/>
        <source>&amp;Compare Series…</source>
        <translation>Reeks &amp;vergelijken…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="53"/>
        <source>&amp;Add to Series…</source>
        <translation>Aan reeks &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="56"/>
        <source>&amp;Remove from Series</source>
        <translation>Uit reeks ve&amp;rwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="59"/>
        <source>Create the &amp;Demo Series</source>
        <translation>Voorbeeldreeks &amp;maken</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="87"/>
        <source>Series</source>
        <translation>Reeks</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="121"/>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="125"/>
        <source>Preparing %1…</source>
        <translation>%1 voorbereiden…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="154"/>
        <location filename="../../ui/commands/series.py" line="173"/>
        <source>Add to series</source>
        <translation>Aan reeks toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="156"/>
        <source>There is no other session to join. A series needs at least two workshops.</source>
        <translation>Er is geen andere workshop om bij aan te sluiten. Een reeks bestaat uit minstens twee workshops.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="163"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="169"/>
        <source>, the latest of %1 workshops</source>
        <translation>, de laatste van %1 workshops</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="174"/>
        <source>Compare “%1” over time with the workshops of:</source>
        <translation>‘%1’ door de tijd heen vergelijken met de workshops van:</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="187"/>
        <source>“%1” joined the series.</source>
        <translation>‘%1’ hoort nu bij de reeks.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="204"/>
        <source>“%1” is no longer part of its series.</source>
        <translation>‘%1’ hoort niet meer bij een reeks.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="213"/>
        <source>Created three demo workshops of one series. Compare them with Ctrl+Shift+C.</source>
        <translation>Drie voorbeeldworkshops uit één reeks gemaakt. Vergelijk ze met Ctrl+Shift+C.</translation>
    </message>
</context>
<context>
    <name>SeriesWindow</name>
    <message>
        <location filename="../../ui/series_view.py" line="74"/>
        <source>Compare workshops — %1</source>
        <translation>Workshops vergelijken — %1</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="94"/>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="96"/>
        <source>Save this comparison as a PDF (Ctrl+E)</source>
        <translation>Deze vergelijking als PDF opslaan (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="114"/>
        <source>The follow-up has not taken place yet</source>
        <translation>De vervolgworkshop heeft nog niet plaatsgevonden</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="117"/>
        <source>A comparison needs two workshops that have taken place. %1 A workshop joins the comparison once the room has recorded its findings.</source>
        <translation>Een vergelijking heeft twee workshops nodig die hebben plaatsgevonden. %1 Een workshop komt in de vergelijking zodra de zaal zijn bevindingen heeft vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="127"/>
        <source>“%1” (%2)</source>
        <translation>‘%1’ (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="132"/>
        <source>Not held yet, so not compared: %1.</source>
        <translation>Nog niet gehouden, dus niet vergeleken: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="138"/>
        <source>This workshop is not part of a series yet</source>
        <translation>Deze workshop hoort nog niet bij een reeks</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="142"/>
        <source>A series is one organisation&apos;s workshops over time. It forms when you duplicate a session for a follow-up workshop (File ▸ Duplicate for Follow-up, Ctrl+D), or when you add a session to the series of another (Series ▸ Add to Series…). Once it has two workshops, this window compares them.</source>
        <translation>Een reeks bestaat uit de workshops van één organisatie door de tijd heen. Een reeks ontstaat als je een workshop dupliceert voor een vervolgoverleg (Bestand ▸ Dupliceren voor vervolgoverleg, Ctrl+D), of als je een workshop toevoegt aan de reeks van een andere (Reeks ▸ Aan reeks toevoegen…). Zodra de reeks twee workshops telt, vergelijkt dit venster ze.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="156"/>
        <source>Add to a Series…</source>
        <translation>Aan een reeks toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="169"/>
        <source>narrowing</source>
        <translation>kleiner geworden</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="170"/>
        <source>widening</source>
        <translation>groter geworden</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="171"/>
        <source>unchanged</source>
        <translation>onveranderd</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="178"/>
        <source>%1 workshops from %2 to %3.</source>
        <translation>%1 workshops van %2 tot %3.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="182"/>
        <source>Overall score %1 → %2 (%3 → %4).</source>
        <translation>Totaalscore %1 → %2 (%3 → %4).</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="191"/>
        <source>Perception gap %1 → %2: %3.</source>
        <translation>Verschil in beleving %1 → %2: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="269"/>
        <location filename="../../ui/series_view.py" line="286"/>
        <source>Overall</source>
        <translation>Samen</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="270"/>
        <source>Stage reached</source>
        <translation>Bereikte fase</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="310"/>
        <source>%1 (target %2)</source>
        <translation>%1 (streefwaarde %2)</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="47"/>
        <source>Total (20–100)</source>
        <translation>Totaal (20–100)</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="54"/>
        <source>Each department&apos;s self-assessment total at each workshop, over the four stage bands.</source>
        <translation>Het totaal van de zelfevaluatie per afdeling bij elke workshop, afgezet tegen de vier fasen.</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="59"/>
        <source>&amp;Scores</source>
        <translation>&amp;Scores</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="70"/>
        <source>Perception gap</source>
        <translation>Verschil in beleving</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="74"/>
        <source>Since the previous workshop</source>
        <translation>Sinds de vorige workshop</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="83"/>
        <source>The mean difference between the Sales and the Marketing rating of each statement (1–5 scale). Smaller means the two departments see their relationship more alike.</source>
        <translation>Het gemiddelde verschil tussen de score van Verkoop en die van Marketing per stelling (schaal 1–5). Hoe kleiner het verschil, hoe meer de twee afdelingen hun samenwerking op dezelfde manier zien.</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="89"/>
        <source>Perception &amp;gap</source>
        <translation>&amp;Verschil in beleving</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="98"/>
        <source>Mean level today</source>
        <translation>Gemiddeld niveau nu</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="104"/>
        <source>Steps at their target</source>
        <translation>Stappen op hun doel</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="110"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="117"/>
        <source>Level today → the target the room set, on the 1–5 scale.</source>
        <translation>Niveau nu → het doel dat de groep stelde, op de schaal 1–5.</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="121"/>
        <source>&amp;Ten steps</source>
        <translation>&amp;Tien stappen</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="136"/>
        <source>Shared goal</source>
        <translation>Gezamenlijk doel</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="137"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="144"/>
        <source>The figure each workshop recorded for the goal&apos;s metric, with the target set then. Progress: how far the latest figure has come from the first towards the latest target.</source>
        <translation>Het cijfer dat elke workshop voor het meetpunt van het doel vastlegde, met de streefwaarde van dat moment. Voortgang: hoe ver het laatste cijfer is opgeschoven van het eerste cijfer richting de laatste streefwaarde.</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="152"/>
        <source>None of these workshops has set a shared goal yet.</source>
        <translation>Geen van deze workshops heeft al een gezamenlijk doel vastgesteld.</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="157"/>
        <source>Shared g&amp;oals</source>
        <translation>&amp;Gezamenlijke doelen</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="163"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="164"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="165"/>
        <source>Dropped</source>
        <translation>Geschrapt</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="167"/>
        <source>Completion</source>
        <translation>Voltooiing</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="175"/>
        <source>Completion: done actions as a share of each plan, dropped ones left out. A recent plan is naturally less complete than an older one.</source>
        <translation>Voltooiing: afgeronde acties als aandeel van elk plan, zonder de geschrapte acties. Een recent plan is vanzelfsprekend minder ver gevorderd dan een ouder plan.</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="181"/>
        <source>&amp;Action plans</source>
        <translation>&amp;Actieplannen</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <location filename="../../ui/store.py" line="77"/>
        <source>This session is open for review only. Switch to Edit to change it.</source>
        <translation>Deze workshop is alleen ter inzage geopend. Schakel over naar Bewerken om hem te wijzigen.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../ui/models/sessions.py" line="78"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="79"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="80"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="81"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="82"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="83"/>
        <source>People</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="84"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="85"/>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="86"/>
        <source>Series</source>
        <translation>Reeks</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="183"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="190"/>
        <source>Workshop %1 of a series of %2. Series ▸ Compare Series… (Ctrl+Shift+C) compares them.</source>
        <translation>Workshop %1 uit een reeks van %2. Reeks ▸ Reeks vergelijken… (Ctrl+Shift+C) zet ze naast elkaar.</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../ui/session_view.py" line="160"/>
        <source>Review mode — read only. Reading, copying and exporting work; nothing can be changed.</source>
        <translation>Inzagemodus — alleen lezen. Lezen, kopiëren en exporteren kan; wijzigen niet.</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="166"/>
        <source>Allow changes to this session (Ctrl+Shift+R)</source>
        <translation>Wijzigingen in deze workshop toestaan (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="297"/>
        <source>Not started</source>
        <translation>Niet begonnen</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="298"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="299"/>
        <source>Complete</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="303"/>
        <source>%1  %2 (skipped)</source>
        <translation>%1  %2 (overgeslagen)</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="307"/>
        <source>Skipped in this workshop&apos;s agenda</source>
        <translation>Overgeslagen in de agenda van deze workshop</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../ui/pages/setup.py" line="56"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="57"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="58"/>
        <source>&amp;Location:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="59"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitator:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="70"/>
        <source>Planned for</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="84"/>
        <source>Context for the facilitator: why this workshop, what happened before…</source>
        <translation>Context voor de facilitator: waarom deze workshop, wat er eerder gebeurde…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="94"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="97"/>
        <source>Follow-up workshop:</source>
        <translation>Vervolgoverleg:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="98"/>
        <source>Workshop language:</source>
        <translation>Workshoptaal:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="99"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="101"/>
        <location filename="../../ui/pages/setup.py" line="273"/>
        <source>Session details</source>
        <translation>Gegevens van de workshop</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="128"/>
        <source>Add participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="130"/>
        <source>Add a named participant (Ctrl+Shift+A)</source>
        <translation>Een deelnemer met naam toevoegen (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="134"/>
        <source>Add anonymous Sales</source>
        <translation>Anoniem toevoegen: Verkoop</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="139"/>
        <source>Add anonymous Marketing</source>
        <translation>Anoniem toevoegen: Marketing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="144"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="146"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="148"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="165"/>
        <source>Anonymous participants are recorded only by a label and their department, so their answers still count for their side.</source>
        <translation>Van anonieme deelnemers worden alleen een label en hun afdeling vastgelegd, zodat hun antwoorden toch voor hun kant meetellen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="172"/>
        <location filename="../../ui/pages/setup.py" line="282"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="206"/>
        <source>%1 (chosen when the session was created)</source>
        <translation>%1 (gekozen bij het aanmaken van de workshop)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/setup.py" line="221"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="239"/>
        <source>These notes are %1 characters long; the most a note can hold is %2. They are not saved until you shorten them.</source>
        <translation>Deze notities zijn %1 tekens lang; een notitie mag er hoogstens %2 bevatten. Ze worden pas opgeslagen als je ze inkort.</translation>
    </message>
</context>
<context>
    <name>SlaPanel</name>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="39"/>
        <source>Fill in the usual SLA</source>
        <translation>Gebruikelijke SLA invullen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="40"/>
        <source>Fills every commitment not agreed yet; agreed ones stay</source>
        <translation>Vult elke toezegging in die nog niet is afgesproken; afgesproken toezeggingen blijven</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="46"/>
        <source>Not agreed yet</source>
        <translation>Nog niet afgesproken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/role_split_sla.py" line="57"/>
        <location filename="../../ui/pages/role_split_sla.py" line="136"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> uur</numerusform>
            <numerusform> uur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="60"/>
        <source>Period of the lead commitment</source>
        <translation>Periode van de leadtoezegging</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="66"/>
        <source>a week</source>
        <translation>week</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="67"/>
        <source>a month</source>
        <translation>maand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="68"/>
        <source>a quarter</source>
        <translation>kwartaal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="71"/>
        <source>Monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="71"/>
        <source>Quarterly</source>
        <translation>Per kwartaal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="81"/>
        <source>Who looks at the figures, e.g. Marketing operations</source>
        <translation>Wie kijkt naar de cijfers, bijv. marketing operations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="86"/>
        <source>Who meets, how soon, and what they decide</source>
        <translation>Wie komt bijeen, hoe snel, en wat er besloten wordt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="91"/>
        <source>per</source>
        <translation>per</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="95"/>
        <source>Lea&amp;ds per sales rep:</source>
        <translation>Lea&amp;ds per verkoper:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="99"/>
        <source>Accepted by Sales, at leas&amp;t:</source>
        <translation>Door verkoop geaccepteerd, minst&amp;ens:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="101"/>
        <source>Marketing commits to</source>
        <translation>Marketing belooft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="104"/>
        <source>Sales &amp;follows up within:</source>
        <translation>Verkoop neemt contact op &amp;binnen:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="105"/>
        <source>&amp;Attempts to reach each lead:</source>
        <translation>&amp;Pogingen om elke lead te bereiken:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="106"/>
        <source>Sales commits to</source>
        <translation>Verkoop belooft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="112"/>
        <source>M&amp;onitored by:</source>
        <translation>Bewaakt doo&amp;r:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="113"/>
        <source>Re&amp;viewed:</source>
        <translation>&amp;Hoe vaak beoordeeld:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="114"/>
        <source>When it is m&amp;issed:</source>
        <translation>Als het &amp;niet gehaald wordt:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="115"/>
        <source>Keeping it</source>
        <translation>Erop toezien</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="150"/>
        <source>leads per rep</source>
        <translation>leads per verkoper</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="151"/>
        <source>share accepted</source>
        <translation>aandeel geaccepteerd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="152"/>
        <source>period</source>
        <translation>periode</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="153"/>
        <source>response time</source>
        <translation>reactietijd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="154"/>
        <source>attempts</source>
        <translation>aantal pogingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="155"/>
        <source>who monitors it</source>
        <translation>wie het bewaakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="156"/>
        <source>how often it is reviewed</source>
        <translation>hoe vaak het wordt beoordeeld</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="157"/>
        <source>what happens when it is missed</source>
        <translation>wat er gebeurt als het niet gehaald wordt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="163"/>
        <source>Still without a number: %1.</source>
        <translation>Nog zonder getal: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="165"/>
        <source>Not agreed yet: %1.</source>
        <translation>Nog niet afgesproken: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="169"/>
        <source>Every commitment has a number, an owner and a review rhythm.</source>
        <translation>Elke toezegging heeft een getal, een eigenaar en een vast moment van beoordeling.</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../../ui/pages/base.py" line="75"/>
        <source>Participants answer on their own phones (Session ▸ Answers from Phones)</source>
        <translation>Deelnemers antwoorden op hun eigen telefoon (Workshop ▸ Antwoorden via telefoons)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="108"/>
        <source>Last workshop (%1)</source>
        <translation>Vorige workshop (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="108"/>
        <source>Last workshop</source>
        <translation>Vorige workshop</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="126"/>
        <source>This session is open for review: switch to Edit to change it.</source>
        <translation>Deze workshop is geopend ter inzage: schakel over naar Bewerken om hem te wijzigen.</translation>
    </message>
</context>
<context>
    <name>StartupMaintenance</name>
    <message>
        <location filename="../../ui/maintenance.py" line="96"/>
        <source>Daily backup</source>
        <translation>Dagelijkse back-up</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="65"/>
        <source>An example that backs the rating</source>
        <translation>Een voorbeeld dat de score onderbouwt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="73"/>
        <source>Add action…</source>
        <translation>Actie toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="85"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="87"/>
        <source>Today:</source>
        <translation>Nu:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="88"/>
        <source>Target:</source>
        <translation>Doel:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="108"/>
        <source>Both departments see the same level</source>
        <translation>Beide afdelingen zien hetzelfde niveau</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="112"/>
        <source>Gap %1: %2 sees it better</source>
        <translation>Verschil %1: %2 ziet het positiever</translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <location filename="../../ui/team/commands.py" line="47"/>
        <source>&amp;Team Library…</source>
        <translation>T&amp;eambibliotheek…</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="49"/>
        <source>&amp;Publish to Team Library</source>
        <translation>&amp;Publiceren in teambibliotheek</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="51"/>
        <source>Connect to Another Team Library…</source>
        <translation>Verbinden met een andere teambibliotheek…</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="70"/>
        <location filename="../../ui/team/commands.py" line="125"/>
        <source>Team Library</source>
        <translation>Teambibliotheek</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="75"/>
        <source>The team library&apos;s address: a postgresql:// address or service=NAME, as given by its administrator. Passwords belong in ~/.pgpass or the service file.</source>
        <translation>Het adres van de teambibliotheek: een postgresql://-adres of service=NAAM, zoals de beheerder het heeft opgegeven. Wachtwoorden horen in ~/.pgpass of het servicebestand.</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="90"/>
        <source>This is not a team library&apos;s address. It starts with postgresql:// or service=; nothing was changed.</source>
        <translation>Dit is geen adres van een teambibliotheek. Het begint met postgresql:// of service=; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="100"/>
        <source>Truce does not keep passwords in its settings. Put the password in ~/.pgpass or the service file and give the address without it; nothing was changed.</source>
        <translation>Truce bewaart geen wachtwoorden in zijn instellingen. Zet het wachtwoord in ~/.pgpass of het servicebestand en geef het adres zonder wachtwoord op; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="164"/>
        <source>Published “%1” to the team library (version %2).</source>
        <translation>„%1” is gepubliceerd in de teambibliotheek (versie %2).</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="184"/>
        <source>“%1” is in this computer&apos;s library now (team version %2).</source>
        <translation>„%1” staat nu in de bibliotheek van deze computer (teamversie %2).</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="198"/>
        <source>Publish to Team Library</source>
        <translation>Publiceren in teambibliotheek</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="198"/>
        <source>Take Out</source>
        <translation>Naar deze computer halen</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="200"/>
        <source>Publish as a New Copy</source>
        <translation>Publiceren als nieuwe kopie</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="200"/>
        <source>Replace the Team&apos;s Copy</source>
        <translation>Kopie van het team vervangen</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="202"/>
        <source>Take Out as a New Copy</source>
        <translation>Ophalen als nieuwe kopie</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="202"/>
        <source>Replace Mine</source>
        <translation>Mijn kopie vervangen</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="213"/>
        <source>Both copies of this session changed since they last met. Nothing has been overwritten. Choose how to go on:</source>
        <translation>Beide kopieën van deze sessie zijn gewijzigd sinds ze voor het laatst gelijk waren. Er is niets overschreven. Kies hoe je verdergaat:</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="216"/>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="216"/>
        <source>Team library</source>
        <translation>Teambibliotheek</translation>
    </message>
</context>
<context>
    <name>TeamLibraryWindow</name>
    <message>
        <location filename="../../ui/team/window.py" line="96"/>
        <source>Team Library — Truce</source>
        <translation>Teambibliotheek — Truce</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="112"/>
        <source>Search title, organisation, facilitator…</source>
        <translation>Zoek op titel, organisatie, begeleider…</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="115"/>
        <source>&amp;Take Out to This Computer</source>
        <translation>&amp;Naar deze computer halen</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="118"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="121"/>
        <source>Sessions in the team library %1</source>
        <translation>Sessies in de teambibliotheek %1</translation>
    </message>
</context>
<context>
    <name>TeamOpening</name>
    <message>
        <location filename="../../ui/team/opening.py" line="35"/>
        <source>Truce cannot start</source>
        <translation>Truce kan niet starten</translation>
    </message>
    <message>
        <location filename="../../ui/team/opening.py" line="39"/>
        <source>A team library is backed up on its server; ask its administrator.</source>
        <translation>Een teambibliotheek wordt op haar server geback-upt; vraag het aan de beheerder.</translation>
    </message>
</context>
<context>
    <name>TeamRows</name>
    <message>
        <location filename="../../ui/team/window.py" line="47"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="48"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="49"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="50"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="51"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="52"/>
        <source>Changed by</source>
        <translation>Gewijzigd door</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="53"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
</context>
<context>
    <name>TenStepsPage</name>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="133"/>
        <source>Today</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="134"/>
        <source>Target by the follow-up</source>
        <translation>Doel voor het vervolgoverleg</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="152"/>
        <source>Click a level or type 1–5 in a row of levels (Delete clears it). Click the chosen level again to clear it.</source>
        <translation>Klik op een niveau of typ 1–5 in een rij niveaus (Delete wist). Klik nogmaals op het gekozen niveau om het te wissen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="233"/>
        <source>%1: today %2, target %3</source>
        <translation>%1: nu %2, doel %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="269"/>
        <source>%1 of %2 steps rated · %3 to improve by the follow-up</source>
        <translation>%1 van %2 stappen gescoord · %3 te verbeteren vóór het vervolgoverleg</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/ten_steps.py" line="277"/>
        <source>%n step(s) where the departments are 2 or more levels apart</source>
        <translation>
            <numerusform>%n stap waarin de afdelingen 2 niveaus of meer uiteenliggen</numerusform>
            <numerusform>%n stappen waarin de afdelingen 2 niveaus of meer uiteenliggen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/ten_steps.py" line="286"/>
        <source>%n linked action(s)</source>
        <translation>
            <numerusform>%n gekoppelde actie</numerusform>
            <numerusform>%n gekoppelde acties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="288"/>
        <source>No actions for this step yet</source>
        <translation>Nog geen acties voor deze stap</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="323"/>
        <source>Ten steps</source>
        <translation>Tien stappen</translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <location filename="../../ui/models/tracker.py" line="41"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="42"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="43"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="44"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="45"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="47"/>
        <source>Last update</source>
        <translation>Laatste update</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="62"/>
        <source>No owner yet</source>
        <translation>Nog geen eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="64"/>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="77"/>
        <source>Workshop of %1</source>
        <translation>Workshop van %1</translation>
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message>
        <location filename="../../ui/tracker.py" line="73"/>
        <source>Action tracker</source>
        <translation>Actieoverzicht</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="76"/>
        <source>Every action from every workshop in the library; the trash is left out.</source>
        <translation>Alle acties uit alle workshops in de bibliotheek, behalve die in de prullenbak.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="83"/>
        <source>Quick views:</source>
        <translation>Snelle weergaven:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="85"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="86"/>
        <source>O&amp;verdue</source>
        <translation>&amp;Te laat</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="87"/>
        <source>Due in the next &amp;14 days</source>
        <translation>Deadline binnen &amp;14 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="88"/>
        <source>&amp;All actions</source>
        <translation>&amp;Alle acties</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="98"/>
        <source>Search actions and workshops…</source>
        <translation>Zoek in acties en workshops…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="100"/>
        <source>Owner…</source>
        <translation>Eigenaar…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="102"/>
        <source>All departments</source>
        <translation>Alle afdelingen</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="106"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="107"/>
        <source>Open (planned or in progress)</source>
        <translation>Open (gepland of bezig)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="122"/>
        <source>Due from</source>
        <translation>Deadline van</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="124"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="160"/>
        <source>&amp;Update status…</source>
        <translation>Status &amp;bijwerken…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="162"/>
        <source>Record a dated status update (Ctrl+U, or Enter)</source>
        <translation>Een statusupdate met datum vastleggen (Ctrl+U of Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="164"/>
        <source>Open &amp;workshop</source>
        <translation>&amp;Workshop openen</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="167"/>
        <source>Open the workshop this action belongs to (Ctrl+Shift+O)</source>
        <translation>De workshop openen waar deze actie bij hoort (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="180"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="213"/>
        <source>All workshops</source>
        <translation>Alle workshops</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="271"/>
        <source>The first %1 actions are shown; narrow the filters to see the rest.</source>
        <translation>Alleen de eerste %1 acties worden getoond; verfijn de filters om de rest te zien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tracker.py" line="275"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="309"/>
        <source>Select an action to see its history.</source>
        <translation>Selecteer een actie om de geschiedenis ervan te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="314"/>
        <source>No updates recorded yet.</source>
        <translation>Nog geen updates vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="321"/>
        <source>Due date moved to %1</source>
        <translation>Deadline verplaatst naar %1</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="322"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="325"/>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="327"/>
        <source>Carried over to a follow-up workshop, due %1</source>
        <translation>Doorgeschoven naar een vervolgoverleg, deadline %1</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="348"/>
        <source>Update action</source>
        <translation>Actie bijwerken</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <location filename="../../ui/unexpected.py" line="47"/>
        <source>Truce ran into a problem it did not expect, so what you were doing may not have finished. Check it before you go on.</source>
        <translation>Truce stuitte op een onverwacht probleem, waardoor wat je aan het doen was misschien niet is afgerond. Controleer het voordat je verdergaat.</translation>
    </message>
    <message>
        <location filename="../../ui/unexpected.py" line="53"/>
        <source>The details are in %1.</source>
        <translation>De details staan in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/unexpected.py" line="58"/>
        <source>Something Went Wrong</source>
        <translation>Er is iets misgegaan</translation>
    </message>
</context>
<context>
    <name>WorkshopClock</name>
    <message>
        <location filename="../../ui/live/clock.py" line="105"/>
        <source>Not started · planned %1–%2</source>
        <translation>Niet begonnen · gepland %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="113"/>
        <source>Ran %1–%2 · %3</source>
        <translation>Gehouden %1–%2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="119"/>
        <source>Elapsed %1</source>
        <translation>Verstreken %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="120"/>
        <source>planned end %1</source>
        <translation>gepland einde %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="125"/>
        <source>%1: %2 of %3 min</source>
        <translation>%1: %2 van %3 min</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="135"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="137"/>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="142"/>
        <source>on plan</source>
        <translation>op schema</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="144"/>
        <source>%1 over plan</source>
        <translation>%1 langer dan gepland</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="144"/>
        <source>%1 under plan</source>
        <translation>%1 korter dan gepland</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="147"/>
        <source>%1 behind</source>
        <translation>%1 achter op schema</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="147"/>
        <source>%1 ahead</source>
        <translation>%1 voor op schema</translation>
    </message>
</context>
<context>
    <name>WrapUpPage</name>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="131"/>
        <source>Before everyone leaves</source>
        <translation>Voordat iedereen vertrekt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="139"/>
        <source>Follow-up workshop: %1</source>
        <translation>Vervolgoverleg: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="144"/>
        <source>No follow-up workshop is planned yet: set its date on the Setup page.</source>
        <translation>Er is nog geen vervolgoverleg gepland: stel de datum in bij Voorbereiding.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="149"/>
        <source>Where we stand</source>
        <translation>Waar we staan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="152"/>
        <source>The self-assessment has not been completed, so no stage is shown.</source>
        <translation>De zelfevaluatie is niet ingevuld, dus er wordt geen fase getoond.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="154"/>
        <source>Stage reached: %1 (%2 of 100)</source>
        <translation>Bereikte fase: %1 (%2 van 100)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="162"/>
        <source>Recommended next moves</source>
        <translation>Aanbevolen volgende stappen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="171"/>
        <source>Top frictions</source>
        <translation>Grootste wrijvingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="173"/>
        <source>No frictions were rated.</source>
        <translation>Er zijn geen wrijvingen gescoord.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="174"/>
        <source>Friction</source>
        <translation>Wrijving</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="174"/>
        <source>Sales</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="174"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="174"/>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="185"/>
        <source>Shared goals</source>
        <translation>Gezamenlijke doelen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="187"/>
        <source>No shared goals were set.</source>
        <translation>Er zijn geen gezamenlijke doelen vastgesteld.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="199"/>
        <source>Who does what</source>
        <translation>Wie doet wat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="201"/>
        <source>The funnel has no stages.</source>
        <translation>De funnel heeft geen fasen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="218"/>
        <source>%n stage(s) still break the one-Accountable rule.</source>
        <translation>
            <numerusform>%n fase voldoet nog niet aan de regel van één A.</numerusform>
            <numerusform>%n fasen voldoen nog niet aan de regel van één A.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="222"/>
        <source>Handoff at</source>
        <translation>Overdracht bij</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="224"/>
        <source>Qualified lead</source>
        <translation>Gekwalificeerde lead</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="226"/>
        <source>within %n hour(s)</source>
        <translation>
            <numerusform>binnen %n uur</numerusform>
            <numerusform>binnen %n uur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="227"/>
        <source>Sales follows up</source>
        <translation>Verkoop volgt op</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="229"/>
        <source>Feedback to Marketing</source>
        <translation>Terugkoppeling naar Marketing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="235"/>
        <source>Rules of engagement</source>
        <translation>Spelregels voor samenwerking</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="240"/>
        <source>Ten steps</source>
        <translation>Tien stappen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="241"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="241"/>
        <source>Today</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="241"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="241"/>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="258"/>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="261"/>
        <source>No actions have been agreed yet.</source>
        <translation>Er zijn nog geen acties afgesproken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="266"/>
        <source>%n without an owner</source>
        <translation>
            <numerusform>%n zonder eigenaar</numerusform>
            <numerusform>%n zonder eigenaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="268"/>
        <source>%n without a due date</source>
        <translation>
            <numerusform>%n zonder deadline</numerusform>
            <numerusform>%n zonder deadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="270"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="274"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="275"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="276"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="277"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="278"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="279"/>
        <source>Answers</source>
        <translation>Antwoord op</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="286"/>
        <source>No owner</source>
        <translation>Geen eigenaar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="293"/>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="296"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <location filename="../../ui/accessibility.py" line="22"/>
        <source>Date of the follow-up workshop</source>
        <translation>Datum van het vervolgoverleg</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="23"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="24"/>
        <source>Assessment answers, one row per participant</source>
        <translation>Antwoorden op de zelfevaluatie, één rij per deelnemer</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="25"/>
        <source>Notes on the assessment</source>
        <translation>Notities bij de zelfevaluatie</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="26"/>
        <source>Friction map ratings</source>
        <translation>Scores op de wrijvingskaart</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="27"/>
        <source>Notes on the selected driver</source>
        <translation>Notities bij de geselecteerde wrijvingsbron</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="28"/>
        <source>Minutes on the timer</source>
        <translation>Minuten op de timer</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="29"/>
        <source>Sales&apos; own goals</source>
        <translation>Eigen doelen van Verkoop</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="30"/>
        <source>Marketing&apos;s own goals</source>
        <translation>Eigen doelen van Marketing</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="31"/>
        <source>Shared goals</source>
        <translation>Gezamenlijke doelen</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="32"/>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="33"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="34"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="35"/>
        <source>How the work is split</source>
        <translation>Hoe het werk is verdeeld</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="36"/>
        <source>Who is responsible at each funnel stage</source>
        <translation>Wie verantwoordelijk is in elke funnelfase</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="37"/>
        <source>Show actions with this status</source>
        <translation>Acties met deze status tonen</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="38"/>
        <source>Show actions of this department</source>
        <translation>Acties van deze afdeling tonen</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="39"/>
        <source>Show actions answering this kind of item</source>
        <translation>Acties tonen die antwoord geven op dit soort punt</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="40"/>
        <source>Show actions of this owner</source>
        <translation>Acties van deze eigenaar tonen</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="41"/>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="42"/>
        <source>Wrap-up summary</source>
        <translation>Samenvatting van de afronding</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="43"/>
        <source>Perception gap per statement</source>
        <translation>Verschil in beleving per stelling</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="44"/>
        <source>Suggested rules of engagement</source>
        <translation>Voorgestelde spelregels voor samenwerking</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="45"/>
        <source>New rule of engagement</source>
        <translation>Nieuwe spelregel voor samenwerking</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="46"/>
        <source>Rules of engagement</source>
        <translation>Spelregels voor samenwerking</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="47"/>
        <source>Who to call</source>
        <translation>Wie bel ik</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="48"/>
        <source>Insights and misreadings</source>
        <translation>Inzichten en misvattingen</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="49"/>
        <source>Chart of the perception gap between Sales and Marketing</source>
        <translation>Grafiek van het verschil in beleving tussen Verkoop en Marketing</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="52"/>
        <source>Chart of today&apos;s level and the target for each step</source>
        <translation>Grafiek van het huidige niveau en het doel per stap</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="55"/>
        <source>Chart of who leads each funnel stage</source>
        <translation>Grafiek van wie elke funnelfase leidt</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="80"/>
        <source>Evidence for step %1</source>
        <translation>Onderbouwing voor stap %1</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../ui/action_links.py" line="26"/>
        <location filename="../../ui/action_links.py" line="39"/>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <location filename="../../ui/action_links.py" line="27"/>
        <source>What will be done about “%1”?</source>
        <translation>Wat gaan we doen aan ‘%1’?</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="52"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="53"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="54"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="55"/>
        <source>Dropped</source>
        <translation>Geschrapt</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="56"/>
        <source>Carried over</source>
        <translation>Doorgeschoven</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="63"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="64"/>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="65"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="72"/>
        <source>Quick win</source>
        <translation>Quick win</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="73"/>
        <source>Major project</source>
        <translation>Groot project</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="74"/>
        <source>Fill-in</source>
        <translation>Tussendoortje</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="75"/>
        <source>Thankless task</source>
        <translation>Ondankbare klus</translation>
    </message>
</context>
<context>
    <name>follow_up</name>
    <message>
        <location filename="../../ui/pages/follow_up.py" line="34"/>
        <location filename="../../ui/pages/follow_up.py" line="45"/>
        <location filename="../../ui/pages/follow_up.py" line="65"/>
        <source>Turn into an action</source>
        <translation>Omzetten in een actie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/follow_up.py" line="35"/>
        <source>Write something first: an action needs a title.</source>
        <translation>Schrijf eerst iets: een actie heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/follow_up.py" line="46"/>
        <source>The action plan already has “%1” for this. Add another action anyway?</source>
        <translation>Het actieplan heeft hiervoor al ‘%1’. Toch nog een actie toevoegen?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/follow_up.py" line="49"/>
        <source>Add another</source>
        <translation>Nog een toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/follow_up.py" line="70"/>
        <source>Added to the action plan: %1</source>
        <translation>Toegevoegd aan het actieplan: %1</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Setup</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Friction map</source>
        <translation>Wrijvingskaart</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Role swap</source>
        <translation>Rollenwissel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Shared goals</source>
        <translation>Gezamenlijke doelen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Role split</source>
        <translation>Rolverdeling</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Ten steps</source>
        <translation>Tien stappen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Wrap-up</source>
        <translation>Afronding</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Sales</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Leadership</source>
        <translation>Directie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Joint</source>
        <translation>Gezamenlijk</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>%1 = pain %2</source>
        <translation>%1 = pijn %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>%1 = pain %2 + votes %3</source>
        <translation>%1 = pijn %2 + stemmen %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>withheld: fewer than %1 answers</source>
        <translation>niet getoond: minder dan %1 antwoorden</translation>
    </message>
</context>
<context>
    <name>projector</name>
    <message>
        <location filename="../../ui/live/panels.py" line="92"/>
        <location filename="../../ui/live/panels.py" line="210"/>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="121"/>
        <source>To start from</source>
        <translation>Ons vertrekpunt</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="126"/>
        <source>%1 from %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="133"/>
        <source>In the room: </source>
        <translation>Aanwezig: </translation>
    </message>
    <message>
        <location filename="../../ui/live/assessment_panel.py" line="27"/>
        <source>The results appear here once they are revealed.</source>
        <translation>De resultaten verschijnen hier zodra ze zijn getoond.</translation>
    </message>
    <message>
        <location filename="../../ui/live/assessment_panel.py" line="44"/>
        <source>together %1: %2</source>
        <translation>samen %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="144"/>
        <source>What hurts most: pain out of 10, plus dot votes</source>
        <translation>Wat het meest pijn doet: pijn (0–10) plus stemmen</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="171"/>
        <location filename="../../ui/live/panels.py" line="173"/>
        <source>%1 about %2</source>
        <translation>%1 over %2</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="172"/>
        <location filename="../../ui/live/panels.py" line="174"/>
        <source>%1 about itself</source>
        <translation>%1 over zichzelf</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="177"/>
        <source>How each side sees the other, and itself</source>
        <translation>Hoe elke kant de ander ziet, en zichzelf</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="231"/>
        <source>Answer as the other department would</source>
        <translation>Antwoord zoals de andere afdeling dat zou doen</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="237"/>
        <source>The questions</source>
        <translation>De vragen</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="240"/>
        <source>What we have named so far</source>
        <translation>Wat we tot nu toe hebben benoemd</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="251"/>
        <source>Our shared goals</source>
        <translation>Onze gezamenlijke doelen</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="257"/>
        <source>target %1</source>
        <translation>streefwaarde %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="262"/>
        <source>by %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="290"/>
        <source>gap %1</source>
        <translation>verschil %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="307"/>
        <source>Today</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="308"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="324"/>
        <source>What we will do</source>
        <translation>Wat we gaan doen</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="334"/>
        <source>Where we stand: %1</source>
        <translation>Waar we staan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="343"/>
        <source>Moves that matter</source>
        <translation>Stappen die ertoe doen</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="351"/>
        <source>We meet again on %1</source>
        <translation>We zien elkaar weer op %1</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../ui/undo.py" line="184"/>
        <source>Edit Captured Notes</source>
        <translation>Vastgelegde notities bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="186"/>
        <source>Edit Participants</source>
        <translation>Deelnemers bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="188"/>
        <source>Edit Session Details</source>
        <translation>Workshopgegevens bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="193"/>
        <source>Add Action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="195"/>
        <source>Delete Action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="197"/>
        <source>Reorder Actions</source>
        <translation>Acties herschikken</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="198"/>
        <source>Edit Action Plan</source>
        <translation>Actieplan bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="199"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="229"/>
        <source>the action plan</source>
        <translation>het actieplan</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="231"/>
        <source>the list of participants</source>
        <translation>de deelnemerslijst</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="233"/>
        <source>the session details</source>
        <translation>de sessiegegevens</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="235"/>
        <source>the captured notes</source>
        <translation>de vastgelegde notities</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="237"/>
        <source>the %1 page</source>
        <translation>de pagina ‘%1’</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="241"/>
        <source>Cannot undo “%1”: %2 has changed since (a tracker update, a follow-up decision or another window). Undo stops here, so that change is kept.</source>
        <translation>‘%1’ kan niet ongedaan worden gemaakt: %2 is sindsdien gewijzigd (een update in het actieoverzicht, een besluit bij de opvolging of een ander venster). Ongedaan maken stopt hier, zodat die wijziging blijft staan.</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="247"/>
        <source>Cannot redo “%1”: %2 has changed since. Redo stops here, so that change is kept.</source>
        <translation>‘%1’ kan niet opnieuw worden uitgevoerd: %2 is sindsdien gewijzigd. Opnieuw uitvoeren stopt hier, zodat die wijziging blijft staan.</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="286"/>
        <source>Review mode: switch to Edit to undo or redo changes.</source>
        <translation>Inzagemodus: schakel over naar Bewerken om wijzigingen ongedaan te maken of opnieuw uit te voeren.</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="301"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="303"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="306"/>
        <source>&amp;Redo %1</source>
        <translation>Opnieuw &amp;uitvoeren: %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="308"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
</context>
</TS>
