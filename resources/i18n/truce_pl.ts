<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="26"/>
        <source>About Truce</source>
        <translation>O programie Truce</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="32"/>
        <source>An offline companion for the joint workshop that ends the war between Sales and Marketing: diagnose the relationship, hear the other side, agree who does what, and leave with an action plan.</source>
        <translation>Narzędzie offline do wspólnego warsztatu, który kończy wojnę między sprzedażą a marketingiem: zdiagnozujcie współpracę, wysłuchajcie drugiej strony, ustalcie, kto za co odpowiada, i wyjdźcie z planem działań.</translation>
    </message>
</context>
<context>
    <name>ActionFilterBar</name>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="33"/>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="34"/>
        <source>Open (planned or in progress)</source>
        <translation>Otwarte (zaplanowane lub w toku)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="38"/>
        <source>All departments</source>
        <translation>Wszystkie działy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="42"/>
        <source>All sources</source>
        <translation>Wszystkie źródła</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="44"/>
        <source>Frictions</source>
        <translation>Tarcia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="45"/>
        <source>Role swap</source>
        <translation>Zamiana ról</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="46"/>
        <source>Shared goals</source>
        <translation>Wspólne cele</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="47"/>
        <source>Role split</source>
        <translation>Podział ról</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="48"/>
        <source>Ten steps</source>
        <translation>Dziesięć kroków</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="49"/>
        <source>Levers</source>
        <translation>Dźwignie</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="53"/>
        <source>Owner…</source>
        <translation>Właściciel…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="54"/>
        <source>&amp;Overdue only</source>
        <translation>Tylko po &amp;terminie</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="55"/>
        <source>Show all</source>
        <translation>Pokaż wszystko</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="63"/>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
</context>
<context>
    <name>ActionUpdateDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="28"/>
        <source>Update action</source>
        <translation>Aktualizacja działania</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="39"/>
        <source>New &amp;due date:</source>
        <translation>Nowy &amp;termin:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="48"/>
        <source>What happened since the last update (optional)</source>
        <translation>Co się wydarzyło od ostatniej aktualizacji (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="52"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="54"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Komentarz:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="56"/>
        <source>The update is added to the action&apos;s history with today&apos;s date and time.</source>
        <translation>Aktualizacja trafi do historii działania z dzisiejszą datą i godziną.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="63"/>
        <source>Save update</source>
        <translation>Zapisz aktualizację</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../ui/models/actions.py" line="106"/>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="107"/>
        <source>Responds to</source>
        <translation>Odpowiada na</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="108"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="109"/>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="110"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="111"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="112"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="113"/>
        <source>Impact</source>
        <translation>Wpływ</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="114"/>
        <source>Effort</source>
        <translation>Nakład pracy</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="115"/>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="116"/>
        <source>Quadrant</source>
        <translation>Ćwiartka</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="121"/>
        <source>How much it would help, 1–5</source>
        <translation>Na ile by to pomogło, 1–5</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="122"/>
        <source>How much work it takes, 1–5</source>
        <translation>Ile pracy to wymaga, 1–5</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="123"/>
        <source>Dot votes from the room</source>
        <translation>Głosy sali (kropki)</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="124"/>
        <source>Where impact and effort put it</source>
        <translation>Miejsce wyznaczone przez wpływ i nakład pracy</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="162"/>
        <source>Overdue: this action was due on %1.</source>
        <translation>Po terminie: to działanie miało być gotowe %1.</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="175"/>
        <source>Free action</source>
        <translation>Działanie bez powiązania</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="177"/>
        <source>No owner yet</source>
        <translation>Brak właściciela</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="181"/>
        <source>No date</source>
        <translation>Bez terminu</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../ui/pages/actions.py" line="69"/>
        <source>Add action</source>
        <translation>Dodaj działanie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="71"/>
        <location filename="../../ui/pages/actions.py" line="304"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="72"/>
        <source>Remove the selected actions (Delete)</source>
        <translation>Usuń zaznaczone działania (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="74"/>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="76"/>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="78"/>
        <source>Edit selected…</source>
        <translation>Edytuj zaznaczone…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="80"/>
        <source>+1 vote</source>
        <translation>+1 głos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="82"/>
        <source>&amp;Prioritise</source>
        <translation>&amp;Priorytety</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="84"/>
        <source>Show impact, effort, votes and the quadrant, to rank actions in the room</source>
        <translation>Pokaż wpływ, nakład pracy, głosy i ćwiartkę, aby razem z salą uszeregować działania</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="88"/>
        <source>Plan order</source>
        <translation>Kolejność planu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="89"/>
        <source>Undo the column sorting so actions can be reordered</source>
        <translation>Cofnij sortowanie według kolumny, aby móc zmieniać kolejność działań</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="102"/>
        <source>What exactly will be done, and why</source>
        <translation>Co dokładnie zostanie zrobione i dlaczego</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="106"/>
        <source>How will we know it worked?</source>
        <translation>Po czym poznamy, że się udało?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="112"/>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="113"/>
        <source>&amp;Success measure:</source>
        <translation>&amp;Miara sukcesu:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="114"/>
        <source>Selected action</source>
        <translation>Zaznaczone działanie</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_table.py" line="52"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_table.py" line="77"/>
        <source>Free action</source>
        <translation>Działanie bez powiązania</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="182"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n działanie</numerusform>
            <numerusform>%n działania</numerusform>
            <numerusform>%n działań</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="184"/>
        <source>Showing %1 of %2</source>
        <translation>Widoczne: %1 z %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="189"/>
        <source>%n open action(s) without an owner</source>
        <translation>
            <numerusform>%n otwarte działanie bez właściciela</numerusform>
            <numerusform>%n otwarte działania bez właściciela</numerusform>
            <numerusform>%n otwartych działań bez właściciela</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="191"/>
        <source>%n without a due date</source>
        <translation>
            <numerusform>%n bez terminu</numerusform>
            <numerusform>%n bez terminu</numerusform>
            <numerusform>%n bez terminu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="193"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="204"/>
        <source>Click “Plan order” first: the list is sorted by a column</source>
        <translation>Najpierw kliknij „Kolejność planu”: lista jest posortowana według kolumny</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="273"/>
        <location filename="../../ui/pages/actions.py" line="285"/>
        <location filename="../../ui/pages/actions.py" line="309"/>
        <location filename="../../ui/pages/actions.py" line="329"/>
        <location filename="../../ui/pages/actions.py" line="359"/>
        <source>Action plan</source>
        <translation>Plan działań</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="282"/>
        <source>New action</source>
        <translation>Nowe działanie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="300"/>
        <source>Remove the action “%1”?</source>
        <translation>Usunąć działanie „%1”?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="302"/>
        <source>Remove %n selected action(s)?</source>
        <translation>
            <numerusform>Usunąć %n zaznaczone działanie?</numerusform>
            <numerusform>Usunąć %n zaznaczone działania?</numerusform>
            <numerusform>Usunąć %n zaznaczonych działań?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="304"/>
        <source>Remove actions</source>
        <translation>Usuń działania</translation>
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
        <translation>Pół dnia</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="46"/>
        <source>Full day</source>
        <translation>Cały dzień</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="47"/>
        <source>Custom</source>
        <translation>Własny</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="52"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="54"/>
        <source>S&amp;tarts at:</source>
        <translation>Godzina &amp;rozpoczęcia:</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="64"/>
        <source>Stage (tick to take it)</source>
        <translation>Etap (zaznacz, aby go uwzględnić)</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="65"/>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="66"/>
        <source>Break after</source>
        <translation>Przerwa po</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="67"/>
        <source>Time</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="79"/>
        <source>Move &amp;up</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="81"/>
        <source>Move the stage earlier (Alt+Up)</source>
        <translation>Przesuń etap wcześniej (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="83"/>
        <source>Move &amp;down</source>
        <translation>W &amp;dół</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="85"/>
        <source>Move the stage later (Alt+Down)</source>
        <translation>Przesuń etap później (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="90"/>
        <source>Untick a stage to skip it: the navigator and Next stage pass over it. Double-click or type in a cell to change the minutes.</source>
        <translation>Odznacz etap, aby go pominąć: nawigacja i polecenie „Następny etap” go przeskoczą. Aby zmienić liczbę minut, kliknij dwukrotnie komórkę albo zacznij w niej pisać.</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="163"/>
        <source>+ %1 min break</source>
        <translation>+ %1 min przerwy</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="168"/>
        <source>skipped</source>
        <translation>pominięty</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="175"/>
        <source>%1 h %2 min, ends at %3</source>
        <translation>%1 godz. %2 min, koniec o %3</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <location filename="../../ui/models/answers.py" line="136"/>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <location filename="../../ui/models/answers.py" line="138"/>
        <source>Scaled to the 20–100 range; “don&apos;t know” answers are skipped.</source>
        <translation>Przeliczone na skalę 20–100; odpowiedzi „nie wiem” są pomijane.</translation>
    </message>
    <message>
        <location filename="../../ui/models/answers.py" line="190"/>
        <source>? only</source>
        <translation>tylko ?</translation>
    </message>
    <message>
        <location filename="../../ui/models/answers.py" line="196"/>
        <source>%1 of %2 statements answered</source>
        <translation>Odpowiedzi na %1 z %2 stwierdzeń</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../../ui/commands/backup.py" line="29"/>
        <source>daily</source>
        <translation>codzienna</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="30"/>
        <source>made by hand</source>
        <translation>wykonana ręcznie</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="31"/>
        <source>before a restore</source>
        <translation>przed przywróceniem</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="32"/>
        <source>before an update of Truce</source>
        <translation>przed aktualizacją Truce</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="54"/>
        <source>%1

There is no backup to restore. Set the damaged file aside and start with an empty library?</source>
        <translation>%1

Nie ma kopii zapasowej, którą można przywrócić. Odłożyć uszkodzony plik na bok i zacząć od pustej biblioteki?</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="59"/>
        <source>Set aside and start empty</source>
        <translation>Odłóż i zacznij od pustej</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="62"/>
        <source>%1

Set the damaged file aside and restore the backup of %2?</source>
        <translation>%1

Odłożyć uszkodzony plik na bok i przywrócić kopię zapasową z %2?</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="68"/>
        <source>Restore backup</source>
        <translation>Przywróć kopię</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="70"/>
        <source>The session database is damaged</source>
        <translation>Baza warsztatów jest uszkodzona</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="82"/>
        <location filename="../../ui/commands/backup.py" line="176"/>
        <source>Truce cannot start</source>
        <translation>Nie można uruchomić programu Truce</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="86"/>
        <source>Database restored</source>
        <translation>Baza przywrócona</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="87"/>
        <source>The damaged file was kept as %1.</source>
        <translation>Uszkodzony plik zachowano jako %1.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="109"/>
        <source>Back up</source>
        <translation>Kopia zapasowa</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="112"/>
        <source>Backed up to %1</source>
        <translation>Zapisano kopię zapasową: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="124"/>
        <location filename="../../ui/commands/backup.py" line="130"/>
        <location filename="../../ui/commands/backup.py" line="136"/>
        <location filename="../../ui/commands/backup.py" line="148"/>
        <source>Restore from backup</source>
        <translation>Przywracanie z kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="125"/>
        <source>There are no backups yet.</source>
        <translation>Nie ma jeszcze żadnych kopii zapasowych.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="131"/>
        <source>Backup to restore:</source>
        <translation>Kopia do przywrócenia:</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="137"/>
        <source>Replace every session with the backup of %1? The sessions as they are now are backed up first, so this can be reversed.</source>
        <translation>Zastąpić wszystkie warsztaty kopią zapasową z %1? Obecny stan zostanie najpierw zapisany w kopii, więc tę operację można odwrócić.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="142"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="182"/>
        <source>Restored the backup of %1</source>
        <translation>Przywrócono kopię zapasową z %1</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/bulk_edit.py" line="33"/>
        <source>Edit %n action(s)</source>
        <translation>
            <numerusform>Edytuj %n działanie</numerusform>
            <numerusform>Edytuj %n działania</numerusform>
            <numerusform>Edytuj %n działań</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="43"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="56"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="57"/>
        <source>&amp;Owner</source>
        <translation>&amp;Właściciel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="58"/>
        <source>&amp;Department</source>
        <translation>&amp;Dział</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="59"/>
        <source>D&amp;ue date</source>
        <translation>&amp;Termin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="60"/>
        <source>&amp;Priority</source>
        <translation>&amp;Priorytet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="67"/>
        <source>Tick what to change; everything else stays as it is.</source>
        <translation>Zaznacz, co zmienić; reszta zostanie bez zmian.</translation>
    </message>
</context>
<context>
    <name>CaptureCommands</name>
    <message>
        <location filename="../../ui/capture.py" line="17"/>
        <source>&amp;Capture Note…</source>
        <translation>Dodaj &amp;notatkę…</translation>
    </message>
    <message>
        <location filename="../../ui/capture.py" line="19"/>
        <source>Capture a note for the stage on screen</source>
        <translation>Dodaj notatkę do etapu widocznego na ekranie</translation>
    </message>
    <message>
        <location filename="../../ui/capture.py" line="21"/>
        <source>Stage &amp;Notes</source>
        <translation>Notatki &amp;etapu</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/models/contacts.py" line="39"/>
        <source>Topic</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts.py" line="40"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts.py" line="41"/>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts.py" line="42"/>
        <source>Contact details</source>
        <translation>Dane kontaktowe</translation>
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
        <translation>Długość rundy</translation>
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
        <translation>Wyzeruj</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="232"/>
        <source>Time&apos;s up</source>
        <translation>Czas minął</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="236"/>
        <source>Running</source>
        <translation>Trwa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="238"/>
        <source>Paused</source>
        <translation>Wstrzymano</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="244"/>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="244"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="245"/>
        <source>Start or pause the round (Space)</source>
        <translation>Uruchom lub wstrzymaj rundę (spacja)</translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="55"/>
        <source>One set of answers per &amp;participant</source>
        <translation>Osobne odpowiedzi każdego &amp;uczestnika</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="58"/>
        <source>One set per &amp;department (quick session)</source>
        <translation>Jeden zestaw na &amp;dział (szybka wersja)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="84"/>
        <source>Type 1–5 to rate (1 strongly disagree, 5 strongly agree), 0 or ? for “don&apos;t know”: the cursor moves on by itself. Tab or Enter skips a statement, Delete clears it.</source>
        <translation>Wpisz 1–5, aby ocenić (1 – zdecydowanie się nie zgadzam, 5 – zdecydowanie się zgadzam), 0 lub ? oznacza „nie wiem”: kursor sam przechodzi dalej. Tab lub Enter pomija stwierdzenie, Delete czyści odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="92"/>
        <source>Notes on the answers: what people said while rating…</source>
        <translation>Notatki do odpowiedzi: co mówili uczestnicy podczas oceniania…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="122"/>
        <source>1 · Answers</source>
        <translation>1 · Odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="123"/>
        <source>2 · Results</source>
        <translation>2 · Wyniki</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="124"/>
        <source>3 · Perception gap</source>
        <translation>3 · Różnica w postrzeganiu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="154"/>
        <source>Former participant (%1)</source>
        <translation>Były uczestnik (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="179"/>
        <source>Nobody to enter answers for yet: add the participants on the Setup page, or switch to one set per department.</source>
        <translation>Nie ma jeszcze nikogo, czyje odpowiedzi można wpisać: dodaj uczestników na stronie „Przygotowanie” albo przełącz na jeden zestaw na dział.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="203"/>
        <source>%1 %2 / 100</source>
        <translation>%1 %2 / 100</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="211"/>
        <source>perception gap %1</source>
        <translation>różnica w postrzeganiu %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="223"/>
        <source>%1 of %2 complete</source>
        <translation>Ukończono: %1 z %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="246"/>
        <source>Select a cell to see its statement here.</source>
        <translation>Zaznacz komórkę, aby zobaczyć tutaj jej stwierdzenie.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="262"/>
        <source>Diagnosis</source>
        <translation>Diagnoza</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="281"/>
        <source>Change how answers are entered</source>
        <translation>Zmiana sposobu wpisywania odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="283"/>
        <source>The %1 answers entered so far belong to the other way of entering them and will be removed. Switch anyway?</source>
        <translation>Wpisane dotąd odpowiedzi (%1) należą do drugiego sposobu wpisywania i zostaną usunięte. Przełączyć mimo to?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="286"/>
        <source>Switch and remove answers</source>
        <translation>Przełącz i usuń odpowiedzi</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <location filename="../../ui/exporting.py" line="77"/>
        <source>Preparing document</source>
        <translation>Przygotowywanie dokumentu</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="88"/>
        <location filename="../../ui/exporting.py" line="111"/>
        <location filename="../../ui/exporting.py" line="126"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="160"/>
        <source>Action Plan (PDF)…</source>
        <translation>Plan działań (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="166"/>
        <source>Session Report (PDF)…</source>
        <translation>Raport z warsztatu (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="172"/>
        <source>Blank Worksheets (PDF)…</source>
        <translation>Puste karty pracy (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="178"/>
        <source>Actions (CSV)…</source>
        <translation>Działania (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="184"/>
        <source>Actions and History (Excel)…</source>
        <translation>Działania i historia (Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="190"/>
        <source>Actions as Calendar (.ics)…</source>
        <translation>Działania jako kalendarz (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="196"/>
        <source>Session Summary (Markdown)…</source>
        <translation>Podsumowanie warsztatu (Markdown)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="202"/>
        <source>Session Document (JSON)…</source>
        <translation>Plik warsztatu (JSON)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="209"/>
        <source>Preview Action Plan…</source>
        <translation>Podgląd planu działań…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="215"/>
        <source>Preview Session Report…</source>
        <translation>Podgląd raportu z warsztatu…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="221"/>
        <source>&amp;Print Action Plan…</source>
        <translation>&amp;Drukuj plan działań…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="231"/>
        <source>Paper Size</source>
        <translation>Rozmiar papieru</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="233"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="239"/>
        <source>Group Actions By</source>
        <translation>Grupuj działania według</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="242"/>
        <source>Owner</source>
        <translation>Właściciela</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="243"/>
        <source>Department</source>
        <translation>Działu</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="277"/>
        <source>Exported to %1</source>
        <translation>Wyeksportowano do %1</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="281"/>
        <source>Preparing %1…</source>
        <translation>Przygotowywanie: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="294"/>
        <source>Action plan</source>
        <translation>Plan działań</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="295"/>
        <source>Session report</source>
        <translation>Raport z warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="296"/>
        <source>Worksheets</source>
        <translation>Karty pracy</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="300"/>
        <source>Preparing the preview…</source>
        <translation>Przygotowywanie podglądu…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="319"/>
        <source>Preparing the action plan…</source>
        <translation>Przygotowywanie planu działań…</translation>
    </message>
</context>
<context>
    <name>FollowUpCommands</name>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="33"/>
        <source>Open for &amp;Review</source>
        <translation>&amp;Otwórz do przeglądu</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="35"/>
        <source>&amp;Review Mode (Read Only)</source>
        <translation>&amp;Tryb przeglądu (tylko do odczytu)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="41"/>
        <source>Action &amp;Tracker</source>
        <translation>Śledzenie &amp;działań</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="82"/>
        <source>Review mode: read only.</source>
        <translation>Tryb przeglądu: tylko do odczytu.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="84"/>
        <source>Editing: changes are saved as you go.</source>
        <translation>Edycja: zmiany zapisują się na bieżąco.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="114"/>
        <source>Action tracker — Truce</source>
        <translation>Śledzenie działań — Truce</translation>
    </message>
</context>
<context>
    <name>FollowUpReviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="43"/>
        <source>Actions from the previous workshop</source>
        <translation>Działania z poprzedniego warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="53"/>
        <source>Decide what became of each open action. Actions you have not decided on stay here; reopen this list from the action plan whenever you like.</source>
        <translation>Zdecyduj, co dalej z każdym otwartym działaniem. Działania bez decyzji zostają na tej liście; możesz do niej wrócić z planu działań w dowolnej chwili.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="62"/>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="62"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="62"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="77"/>
        <source>Required to drop; optional otherwise</source>
        <translation>Wymagane przy porzuceniu, w pozostałych przypadkach opcjonalne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="79"/>
        <source>New due &amp;date (carry over):</source>
        <translation>Nowy &amp;termin (przy przeniesieniu):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="80"/>
        <source>&amp;Reason or comment:</source>
        <translation>&amp;Powód lub komentarz:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="82"/>
        <source>Mark do&amp;ne</source>
        <translation>Oznacz jako &amp;zrobione</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="84"/>
        <source>&amp;Carry over</source>
        <translation>Prze&amp;nieś</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="86"/>
        <source>Dro&amp;p</source>
        <translation>P&amp;orzuć</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="124"/>
        <source>The previous workshop is no longer in the library.</source>
        <translation>Poprzedniego warsztatu nie ma już w bibliotece.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="129"/>
        <source>Open actions from “%1”</source>
        <translation>Otwarte działania z warsztatu „%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/follow_up_review.py" line="142"/>
        <source>%n decided</source>
        <translation>
            <numerusform>%n rozstrzygnięte</numerusform>
            <numerusform>%n rozstrzygnięte</numerusform>
            <numerusform>%n rozstrzygniętych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/follow_up_review.py" line="144"/>
        <source>%n still open</source>
        <translation>
            <numerusform>%n wciąż otwarte</numerusform>
            <numerusform>%n wciąż otwarte</numerusform>
            <numerusform>%n wciąż otwartych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="166"/>
        <source>Write down why the action is dropped, then press Drop.</source>
        <translation>Zapisz, dlaczego działanie zostaje porzucone, a potem naciśnij „Porzuć”.</translation>
    </message>
</context>
<context>
    <name>FrictionsModel</name>
    <message>
        <location filename="../../ui/models/frictions.py" line="106"/>
        <source>Friction driver</source>
        <translation>Źródło tarć</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="107"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="108"/>
        <location filename="../../ui/models/frictions.py" line="109"/>
        <source>%1 pain</source>
        <translation>%1: dotkliwość</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="110"/>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="111"/>
        <source>The two views</source>
        <translation>Porównanie</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="112"/>
        <source>Carry forward</source>
        <translation>Do planu</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="117"/>
        <source>0 no pain … 5 hurts a lot: type the digit</source>
        <translation>0 – nie przeszkadza … 5 – bardzo doskwiera: wpisz cyfrę</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="119"/>
        <source>Dot votes: + and − change them</source>
        <translation>Głosy (kropki): zmieniasz je klawiszami + i −</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="133"/>
        <source>Same view</source>
        <translation>Zgodna ocena</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="135"/>
        <source>Hurts %1 more</source>
        <translation>Bardziej doskwiera: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="174"/>
        <source>Last workshop: %1. Type this workshop&apos;s rating.</source>
        <translation>Poprzedni warsztat: %1. Wpisz ocenę z tego warsztatu.</translation>
    </message>
</context>
<context>
    <name>FrictionsPage</name>
    <message>
        <location filename="../../ui/pages/frictions.py" line="92"/>
        <source>In a pain column type 0–5 (0 no pain, 5 hurts a lot): the cursor moves down to the next driver. + and − count dot votes. Space ticks “carry forward”.</source>
        <translation>W kolumnie dotkliwości wpisz 0–5 (0 – nie przeszkadza, 5 – bardzo doskwiera): kursor przejdzie do następnego źródła. Klawisze + i − liczą głosy. Spacja zaznacza „Do planu”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="102"/>
        <source>&amp;Add a driver…</source>
        <translation>&amp;Dodaj źródło tarć…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="104"/>
        <source>&amp;Remove driver</source>
        <translation>&amp;Usuń źródło</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="107"/>
        <source>Carry the top %1 forward</source>
        <translation>Do planu: najdotkliwsze (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="112"/>
        <source>Marks the most painful drivers (pain of both sides plus votes) as topics for the action plan</source>
        <translation>Oznacza najbardziej dotkliwe źródła tarć (dotkliwość dla obu stron plus głosy) jako tematy do planu działań</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="117"/>
        <source>Turn into an &amp;action</source>
        <translation>Zamień na dzi&amp;ałanie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="129"/>
        <source>What the room said about this driver…</source>
        <translation>Co sala mówiła o tym źródle tarć…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="134"/>
        <source>Selected driver</source>
        <translation>Zaznaczone źródło tarć</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="143"/>
        <source>What the map says</source>
        <translation>Co pokazuje mapa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="178"/>
        <source>%1: its ratings are shown greyed, in brackets, until this workshop&apos;s are typed.</source>
        <translation>%1: jego oceny są widoczne na szaro, w nawiasach, dopóki nie wpiszesz ocen z tego warsztatu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="205"/>
        <source>A driver the room added: %1</source>
        <translation>Źródło dodane przez salę: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="210"/>
        <source>Select a driver to see what it means.</source>
        <translation>Zaznacz źródło tarć, aby zobaczyć jego opis.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="218"/>
        <source>Most painful</source>
        <translation>Najbardziej dotkliwe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="227"/>
        <source>Rate the drivers to see which ones hurt most.</source>
        <translation>Oceń źródła tarć, aby zobaczyć, które najbardziej doskwierają.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="230"/>
        <source>Both sides feel it</source>
        <translation>Odczuwają to obie strony</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="235"/>
        <source>The two sides see it differently</source>
        <translation>Strony widzą to inaczej</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/frictions.py" line="247"/>
        <source>%n driver(s) not yet rated by both sides.</source>
        <translation>
            <numerusform>%n źródło tarć nie ma jeszcze ocen obu stron.</numerusform>
            <numerusform>%n źródła tarć nie mają jeszcze ocen obu stron.</numerusform>
            <numerusform>%n źródeł tarć nie ma jeszcze ocen obu stron.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="253"/>
        <source>Carried forward to the action plan</source>
        <translation>Przeniesione do planu działań</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="265"/>
        <source>Friction map</source>
        <translation>Mapa tarć</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="292"/>
        <source>Add a friction driver</source>
        <translation>Dodaj źródło tarć</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="322"/>
        <source>Remove driver</source>
        <translation>Usuń źródło tarć</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="323"/>
        <source>Remove “%1” and its ratings from the friction map?</source>
        <translation>Usunąć „%1” wraz z ocenami z mapy tarć?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="324"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="335"/>
        <source>Carry forward</source>
        <translation>Do planu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="336"/>
        <source>Rate some drivers first: nothing hurts yet.</source>
        <translation>Najpierw oceń kilka źródeł tarć: na razie nic nie doskwiera.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="355"/>
        <source>Tackle: %1</source>
        <translation>Rozwiązać: %1</translation>
    </message>
</context>
<context>
    <name>GapView</name>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="43"/>
        <source>Per &amp;statement</source>
        <translation>Według &amp;stwierdzeń</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="44"/>
        <source>Per t&amp;heme</source>
        <translation>Według &amp;tematów</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="70"/>
        <source>Gaps compare the average rating of each side (1–5). Leadership and other answers are not part of the gap. The widest gaps come first: start the conversation there.</source>
        <translation>Różnica porównuje średnią ocenę każdej strony (1–5). Odpowiedzi zarządu i innych osób się do niej nie liczą. Największe różnice są na górze: od nich zacznij rozmowę.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="130"/>
        <source>The gap is hidden until the results are revealed.</source>
        <translation>Różnica pozostaje ukryta, dopóki nie pokażesz wyników.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="133"/>
        <source>No gap is shown for %1 (%2).</source>
        <translation>Luka nie jest pokazywana dla działu %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="139"/>
        <source>The gap appears once both Sales and Marketing have rated some statements.</source>
        <translation>Różnica pojawi się, gdy zarówno sprzedaż, jak i marketing ocenią kilka stwierdzeń.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="145"/>
        <source>Widest gap: %1, where %2 is the more positive side by %3 points.</source>
        <translation>Największa różnica: %1 – wyżej ocenia %2, o %3 pkt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="164"/>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="164"/>
        <source>Statement</source>
        <translation>Stwierdzenie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="167"/>
        <source>Gap</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="168"/>
        <source>What it says</source>
        <translation>Co to oznacza</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="54"/>
        <source>What will both departments achieve together?</source>
        <translation>Co oba działy osiągną razem?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="58"/>
        <source>This is the shared revenue target</source>
        <translation>To jest wspólny cel przychodowy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="62"/>
        <source>Name the metric</source>
        <translation>Nazwij miernik</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="64"/>
        <source>%, €, count…</source>
        <translation>%, zł, liczba…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="70"/>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="70"/>
        <source>aim</source>
        <translation>cel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="74"/>
        <source>By</source>
        <translation>Do dnia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="79"/>
        <source>Who answers for it, e.g. Tom Becker and Elena Rossi</source>
        <translation>Kto za to odpowiada, np. Tom Becker i Elena Rossi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="85"/>
        <source>What %1 contributes</source>
        <translation>Wkład: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="94"/>
        <source>Baseline:</source>
        <translation>Punkt wyjścia:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="96"/>
        <source>Target:</source>
        <translation>Wartość docelowa:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="98"/>
        <source>Unit:</source>
        <translation>Jednostka:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="110"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="114"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Miernik:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="115"/>
        <source>&amp;Numbers:</source>
        <translation>&amp;Liczby:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="116"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="121"/>
        <source>&amp;Owners:</source>
        <translation>&amp;Właściciele:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="146"/>
        <source>Choose a metric…</source>
        <translation>Wybierz miernik…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="149"/>
        <source>Our own metric</source>
        <translation>Własny miernik</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="221"/>
        <source>a metric</source>
        <translation>miernika</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="222"/>
        <source>an owner</source>
        <translation>właściciela</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="223"/>
        <source>a deadline</source>
        <translation>terminu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="229"/>
        <source>⚠ This goal has no %1 yet. It is saved, but it will be hard to follow up.</source>
        <translation>⚠ Ten cel nie ma jeszcze %1. Jest zapisany, ale trudno będzie go rozliczyć.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="230"/>
        <source> or </source>
        <translation> ani </translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../ui/pages/goals.py" line="51"/>
        <location filename="../../ui/pages/goals.py" line="222"/>
        <source>%1: own goals</source>
        <translation>%1: własne cele</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="59"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="61"/>
        <location filename="../../ui/pages/goals.py" line="84"/>
        <location filename="../../ui/pages/goals.py" line="238"/>
        <location filename="../../ui/pages/goals.py" line="268"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="82"/>
        <source>Add a &amp;shared goal</source>
        <translation>Dodaj &amp;wspólny cel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="86"/>
        <source>Turn into an &amp;action</source>
        <translation>Zamień na dzi&amp;ałanie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="98"/>
        <location filename="../../ui/pages/goals.py" line="185"/>
        <source>Shared goals</source>
        <translation>Wspólne cele</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="146"/>
        <location filename="../../ui/pages/goals.py" line="266"/>
        <source>(no statement yet)</source>
        <translation>(jeszcze bez treści)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="154"/>
        <source>The shared revenue target</source>
        <translation>Wspólny cel przychodowy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="223"/>
        <source>A goal %1 has for itself:</source>
        <translation>%1 – własny cel:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="236"/>
        <source>Remove goal</source>
        <translation>Usuń cel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="237"/>
        <source>Remove “%1”?</source>
        <translation>Usunąć „%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="264"/>
        <source>Remove shared goal</source>
        <translation>Usuń wspólny cel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="265"/>
        <source>Remove this shared goal and everything written for it?

%1</source>
        <translation>Usunąć ten wspólny cel wraz ze wszystkim, co do niego zapisano?

%1</translation>
    </message>
</context>
<context>
    <name>HandoffPanel</name>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="57"/>
        <source>Not agreed yet</source>
        <translation>Jeszcze nie uzgodniono</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/role_split_parts.py" line="59"/>
        <location filename="../../ui/pages/role_split_parts.py" line="60"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> godzina</numerusform>
            <numerusform> godziny</numerusform>
            <numerusform> godzin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="66"/>
        <source>Hando&amp;ff at:</source>
        <translation>Miejsce p&amp;rzekazania:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="67"/>
        <source>&amp;Qualified lead:</source>
        <translation>Kwalifikowany &amp;lead:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="68"/>
        <source>Sales &amp;follows up within:</source>
        <translation>Sprzedaż kontaktuje się &amp;w ciągu:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="69"/>
        <source>Feed&amp;back to Marketing:</source>
        <translation>Informacja zwrotna &amp;dla marketingu:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="70"/>
        <source>The handoff from Marketing to Sales</source>
        <translation>Przekazanie z marketingu do sprzedaży</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="75"/>
        <source>Fill in the usual contributions</source>
        <translation>Wpisz typowy wkład</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="77"/>
        <source>What Marketing contributes after the handoff</source>
        <translation>Wkład marketingu po przekazaniu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="93"/>
        <source>Not decided yet</source>
        <translation>Jeszcze nie ustalono</translation>
    </message>
</context>
<context>
    <name>Invitation</name>
    <message>
        <location filename="../../ui/projector.py" line="312"/>
        <source>Answer on your phone</source>
        <translation>Odpowiedz na telefonie</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="320"/>
        <source>Join the room&apos;s network, then scan the code or type the address.</source>
        <translation>Połącz się z siecią w sali, a potem zeskanuj kod albo wpisz adres.</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="334"/>
        <source>Room code: %1</source>
        <translation>Kod sali: %1</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../ui/library.py" line="38"/>
        <source>Delete “%1”</source>
        <translation>Usuń „%1”</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="69"/>
        <location filename="../../ui/library.py" line="228"/>
        <source>Workshop sessions</source>
        <translation>Warsztaty</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="73"/>
        <source>Search title, organisation or facilitator  (Ctrl+F)</source>
        <translation>Szukaj według tytułu, organizacji lub prowadzącego  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="76"/>
        <location filename="../../ui/library.py" line="228"/>
        <source>Trash</source>
        <translation>Kosz</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="109"/>
        <location filename="../../ui/widgets/empty_library.py" line="31"/>
        <source>New session…</source>
        <translation>Nowy warsztat…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="111"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="113"/>
        <source>Review</source>
        <translation>Przejrzyj</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="114"/>
        <source>Open read-only, at the wrap-up (Ctrl+R)</source>
        <translation>Otwórz tylko do odczytu, na stronie „Podsumowanie” (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="116"/>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="119"/>
        <source>Duplicate for follow-up…</source>
        <translation>Duplikuj na spotkanie kontrolne…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="122"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="124"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="126"/>
        <source>Delete permanently…</source>
        <translation>Usuń na zawsze…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="128"/>
        <source>Empty trash…</source>
        <translation>Opróżnij kosz…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_library.py" line="19"/>
        <source>No workshop sessions yet</source>
        <translation>Nie ma jeszcze żadnych warsztatów</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_library.py" line="22"/>
        <source>Create a session for your next Sales &amp; Marketing workshop, or explore Truce with a demo session of a fictional company.</source>
        <translation>Utwórz warsztat na najbliższe spotkanie sprzedaży i marketingu albo poznaj program Truce na przykładowym warsztacie fikcyjnej firmy.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_library.py" line="35"/>
        <source>Create the demo session</source>
        <translation>Utwórz przykładowy warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="279"/>
        <source>New session</source>
        <translation>Nowy warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="289"/>
        <source>Demo session</source>
        <translation>Przykładowy warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="308"/>
        <location filename="../../ui/library.py" line="312"/>
        <source>Rename session</source>
        <translation>Zmiana nazwy warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="308"/>
        <source>New title:</source>
        <translation>Nowy tytuł:</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="322"/>
        <source>Duplicate for a follow-up workshop</source>
        <translation>Duplikowanie na spotkanie kontrolne</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="323"/>
        <source>Title of the follow-up session:</source>
        <translation>Tytuł spotkania kontrolnego:</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="324"/>
        <source>%1 – follow-up</source>
        <translation>%1 – spotkanie kontrolne</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="329"/>
        <source>Duplicate session</source>
        <translation>Duplikuj warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="342"/>
        <location filename="../../ui/library.py" line="349"/>
        <source>Delete session</source>
        <translation>Usuń warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="344"/>
        <source>Move “%1” to the trash? You can restore it from the trash, or undo with Ctrl+Z.</source>
        <translation>Przenieść „%1” do kosza? Możesz go stamtąd przywrócić albo cofnąć tę zmianę skrótem Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="346"/>
        <source>Move to trash</source>
        <translation>Przenieś do kosza</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="356"/>
        <source>Restore session</source>
        <translation>Przywróć warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="362"/>
        <location filename="../../ui/library.py" line="366"/>
        <location filename="../../ui/library.py" line="369"/>
        <source>Delete permanently</source>
        <translation>Usuń na zawsze</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="363"/>
        <source>Delete “%1” for good? This cannot be undone.</source>
        <translation>Usunąć „%1” na zawsze? Tego nie da się cofnąć.</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="375"/>
        <location filename="../../ui/library.py" line="379"/>
        <location filename="../../ui/library.py" line="382"/>
        <source>Empty trash</source>
        <translation>Opróżnij kosz</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/library.py" line="377"/>
        <source>Delete the %n session(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Usunąć na zawsze %n warsztat z kosza? Tego nie da się cofnąć.</numerusform>
            <numerusform>Usunąć na zawsze %n warsztaty z kosza? Tego nie da się cofnąć.</numerusform>
            <numerusform>Usunąć na zawsze %n warsztatów z kosza? Tego nie da się cofnąć.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveBar</name>
    <message>
        <location filename="../../ui/live/bar.py" line="31"/>
        <source>Live facilitation</source>
        <translation>Prowadzenie na żywo</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="49"/>
        <source>Time left on the countdown</source>
        <translation>Czas pozostały do końca odliczania</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="55"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="56"/>
        <source>Length of the countdown</source>
        <translation>Długość odliczania</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="57"/>
        <source>Countdown length in minutes</source>
        <translation>Długość odliczania w minutach</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="61"/>
        <source>Presets</source>
        <translation>Gotowe czasy</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="62"/>
        <source>Countdown lengths for this stage</source>
        <translation>Długości odliczania dla tego etapu</translation>
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
        <location filename="../../ui/live/commands.py" line="211"/>
        <source>&amp;Start Workshop</source>
        <translation>&amp;Rozpocznij warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="69"/>
        <location filename="../../ui/live/commands.py" line="254"/>
        <source>Start &amp;Countdown</source>
        <translation>Uruchom &amp;odliczanie</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="71"/>
        <source>+1 &amp;Minute</source>
        <translation>+1 &amp;minuta</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="73"/>
        <source>&amp;Reset Countdown</source>
        <translation>&amp;Wyzeruj odliczanie</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="75"/>
        <source>&amp;Sound When Time Is Up</source>
        <translation>&amp;Dźwięk po upływie czasu</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="77"/>
        <source>&amp;Projector</source>
        <translation>&amp;Projektor</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="78"/>
        <source>&amp;Freeze Projector</source>
        <translation>Zamroź o&amp;braz projektora</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="80"/>
        <source>Projector on &amp;Next Screen</source>
        <translation>Projektor na &amp;następnym ekranie</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="85"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="86"/>
        <location filename="../../ui/live/commands.py" line="258"/>
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
        <translation>Wyzeruj</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="89"/>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="90"/>
        <source>Freeze</source>
        <translation>Zamroź</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="96"/>
        <source>Keep the projector on this stage while you look ahead (F6)</source>
        <translation>Zatrzymaj projektor na tym etapie, gdy przeglądasz kolejne (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="191"/>
        <location filename="../../ui/live/commands.py" line="193"/>
        <source>End workshop</source>
        <translation>Zakończ warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="192"/>
        <source>End the workshop now? The clock stops and the day&apos;s times are kept.</source>
        <translation>Zakończyć warsztat teraz? Zegar się zatrzyma, a czasy z tego dnia zostaną zachowane.</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="199"/>
        <source>Start workshop again</source>
        <translation>Ponowne rozpoczęcie warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="200"/>
        <source>Start the clock again? The times recorded for this workshop are cleared.</source>
        <translation>Uruchomić zegar od nowa? Czasy zapisane dla tego warsztatu zostaną usunięte.</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="201"/>
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="205"/>
        <source>Workshop started.</source>
        <translation>Warsztat rozpoczęty.</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="212"/>
        <source>&amp;End Workshop</source>
        <translation>&amp;Zakończ warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="213"/>
        <source>&amp;Start Workshop Again…</source>
        <translation>&amp;Rozpocznij warsztat od nowa…</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="235"/>
        <source>Role-swap round: %1 min</source>
        <translation>Runda zamiany ról: %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="236"/>
        <source>Exercise: %1 min</source>
        <translation>Ćwiczenie: %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="237"/>
        <source>Whole stage on the agenda: %1 min</source>
        <translation>Cały etap według agendy: %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="243"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="254"/>
        <source>Pause &amp;Countdown</source>
        <translation>Wstrzymaj &amp;odliczanie</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="258"/>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="263"/>
        <source>Time&apos;s up.</source>
        <translation>Czas minął.</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="312"/>
        <source>The projector stays on this stage until you unfreeze it (F6).</source>
        <translation>Projektor pokazuje ten etap, dopóki go nie odmrozisz (F6).</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="314"/>
        <source>The projector follows you again.</source>
        <translation>Projektor znów pokazuje to samo co ty.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Truce cannot start</source>
        <translation>Nie można uruchomić programu Truce</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="30"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="33"/>
        <source>&amp;New Session…</source>
        <translation>&amp;Nowy warsztat…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="39"/>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteka</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="43"/>
        <source>&amp;Import Session…</source>
        <translation>&amp;Importuj warsztat…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="50"/>
        <source>&amp;Duplicate for Follow-up…</source>
        <translation>&amp;Duplikuj na spotkanie kontrolne…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="57"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Utwórz kopię zapasową</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="64"/>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="71"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="91"/>
        <source>E&amp;xport</source>
        <translation>&amp;Eksport</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="95"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="104"/>
        <source>&amp;Find Session</source>
        <translation>&amp;Znajdź warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="113"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="125"/>
        <source>Ser&amp;ies</source>
        <translation>&amp;Seria</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="127"/>
        <source>&amp;Go</source>
        <translation>&amp;Nawigacja</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="130"/>
        <source>&amp;Previous Stage</source>
        <translation>&amp;Poprzedni etap</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="137"/>
        <source>&amp;Next Stage</source>
        <translation>&amp;Następny etap</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="159"/>
        <source>&amp;Session</source>
        <translation>&amp;Warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="163"/>
        <source>Answers from P&amp;hones…</source>
        <translation>Odpowiedzi z &amp;telefonów…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="173"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="177"/>
        <source>About the &amp;Method</source>
        <translation>O &amp;metodzie</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="185"/>
        <source>&amp;About Truce</source>
        <translation>&amp;O programie Truce</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>Truce did not close normally last time. Everything that was shown as saved has been kept.</source>
        <translation>Ostatnio Truce nie zamknął się prawidłowo. Wszystko, co było oznaczone jako zapisane, zostało zachowane.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>The session is open where you left it.</source>
        <translation>Warsztat jest otwarty w miejscu, w którym go zostawiono.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Welcome back</source>
        <translation>Witaj ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>(read only)</source>
        <translation>(tylko do odczytu)</translation>
    </message>
    <message>
        <location filename="../../ui/save_status.py" line="34"/>
        <source>All changes saved · %1</source>
        <translation>Wszystkie zmiany zapisane · %1</translation>
    </message>
    <message>
        <location filename="../../ui/save_status.py" line="40"/>
        <source>⚠ Not saved</source>
        <translation>⚠ Nie zapisano</translation>
    </message>
    <message>
        <location filename="../../ui/save_status.py" line="45"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <location filename="../../ui/main_window.py" line="340"/>
        <location filename="../../ui/main_window.py" line="353"/>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>Import session</source>
        <translation>Import warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>Truce sessions (*.json);;All files (*)</source>
        <translation>Warsztaty Truce (*.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>This session is already in your library. Import it as a new copy, or replace the one you have with the imported version?</source>
        <translation>Ten warsztat jest już w twojej bibliotece. Zaimportować go jako nową kopię czy zastąpić dotychczasowy zaimportowaną wersją?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>Import as copy</source>
        <translation>Importuj jako kopię</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>Replace mine</source>
        <translation>Zastąp mój</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Imported “%1”.</source>
        <translation>Zaimportowano „%1”.</translation>
    </message>
</context>
<context>
    <name>NewDriverDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_driver.py" line="29"/>
        <source>&amp;What gets in the way?</source>
        <translation>&amp;Co przeszkadza?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_driver.py" line="34"/>
        <source>Is it mostly about money, prices and credit, or about people, habits and language?</source>
        <translation>Czy chodzi głównie o pieniądze, ceny i kredyt kupiecki, czy o ludzi, nawyki i język?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_driver.py" line="53"/>
        <source>Add driver</source>
        <translation>Dodaj źródło</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="34"/>
        <source>New workshop session</source>
        <translation>Nowy warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="37"/>
        <source>e.g. Spring alignment workshop</source>
        <translation>np. Wiosenny warsztat sprzedaży i marketingu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="48"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="49"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacja:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="50"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Prowadzący:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="51"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="52"/>
        <source>Workshop &amp;language:</source>
        <translation>&amp;Język warsztatu:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="55"/>
        <source>The workshop language is used for the questions, the projector and the printed documents. It cannot be changed later.</source>
        <translation>W języku warsztatu wyświetlane są pytania, widok na projektorze i drukowane dokumenty. Nie można go później zmienić.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="64"/>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
</context>
<context>
    <name>NoteBoard</name>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="47"/>
        <source>Idea</source>
        <translation>Pomysł</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="48"/>
        <source>Concern</source>
        <translation>Obawa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="49"/>
        <source>Insight</source>
        <translation>Spostrzeżenie</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="54"/>
        <source>Both sides</source>
        <translation>Obie strony</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="111"/>
        <source>Captured notes</source>
        <translation>Notatki z sali</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="121"/>
        <source>Rank by &amp;dots</source>
        <translation>Sortuj według &amp;kropek</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="124"/>
        <source>No notes yet. Press Ctrl+Shift+N to capture what the room says.</source>
        <translation>Nie ma jeszcze notatek. Naciśnij Ctrl+Shift+N, aby zanotować, co mówi sala.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="146"/>
        <source>The note&apos;s text</source>
        <translation>Treść notatki</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="147"/>
        <source>Note text</source>
        <translation>Treść notatki</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="151"/>
        <source>Kind of note</source>
        <translation>Rodzaj notatki</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="155"/>
        <source>Whose point it is</source>
        <translation>Czyje to zdanie</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="159"/>
        <source>Dots</source>
        <translation>Kropki</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/note_board.py" line="160"/>
        <location filename="../../ui/widgets/note_board.py" line="161"/>
        <source> dot(s)</source>
        <translation>
            <numerusform> kropka</numerusform>
            <numerusform> kropki</numerusform>
            <numerusform> kropek</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="165"/>
        <source>Make &amp;Action</source>
        <translation>Zamień na &amp;działanie</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="166"/>
        <source>Add this note to the action plan</source>
        <translation>Dodaj tę notatkę do planu działań</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="168"/>
        <source>Merge into &amp;Theme…</source>
        <translation>Połącz w &amp;temat…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="170"/>
        <source>Merge the selected notes into one theme; their dots are added up</source>
        <translation>Połącz zaznaczone notatki w jeden temat; ich kropki się sumują</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="173"/>
        <source>&amp;Split Theme</source>
        <translation>&amp;Rozdziel temat</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="174"/>
        <source>Put this theme&apos;s notes back on the board on their own</source>
        <translation>Przywróć notatki tego tematu na tablicę jako osobne</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="176"/>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="177"/>
        <source>Remove this note (Ctrl+Z brings it back)</source>
        <translation>Usuń tę notatkę (Ctrl+Z ją przywróci)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/note_board.py" line="279"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n kropka</numerusform>
            <numerusform>%n kropki</numerusform>
            <numerusform>%n kropek</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="281"/>
        <source>✓ in the action plan</source>
        <translation>✓ w planie działań</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/note_board.py" line="289"/>
        <source>Theme of %n note(s)</source>
        <translation>
            <numerusform>Temat z %n notatki</numerusform>
            <numerusform>Temat z %n notatek</numerusform>
            <numerusform>Temat z %n notatek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/note_board.py" line="290"/>
        <source>%n dot(s) in all</source>
        <translation>
            <numerusform>łącznie %n kropka</numerusform>
            <numerusform>łącznie %n kropki</numerusform>
            <numerusform>łącznie %n kropek</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/notes_panel.py" line="40"/>
        <source>Capture Note…</source>
        <translation>Dodaj notatkę…</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="41"/>
        <source>Capture a note for this stage (Ctrl+Shift+N)</source>
        <translation>Dodaj notatkę do tego etapu (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="80"/>
        <source>Captured in the room (%1)</source>
        <translation>Zapisane na sali (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="82"/>
        <source>Captured in the room</source>
        <translation>Zapisane na sali</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="118"/>
        <source>Captured notes</source>
        <translation>Notatki z sali</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="137"/>
        <location filename="../../ui/notes_panel.py" line="151"/>
        <source>Capture note</source>
        <translation>Notatka z sali</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="139"/>
        <source>This session is open for review, so no note can be added to it. Press Edit (Ctrl+Shift+R) first to capture notes.</source>
        <translation>Ta sesja jest otwarta do przeglądu, więc nie można dodać do niej notatki. Aby zapisywać notatki, najpierw naciśnij Edytuj (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="154"/>
        <source>Capture Note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="169"/>
        <source>Remove Note</source>
        <translation>Usuń notatkę</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="181"/>
        <location filename="../../ui/notes_panel.py" line="191"/>
        <location filename="../../ui/notes_panel.py" line="193"/>
        <source>Merge into Theme</source>
        <translation>Połącz w temat</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="182"/>
        <source>What do these notes have in common? Name the theme:</source>
        <translation>Co łączy te notatki? Nazwij temat:</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="207"/>
        <source>Split Theme</source>
        <translation>Rozdziel temat</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="230"/>
        <source>Turn Note into Action</source>
        <translation>Zamień notatkę na działanie</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="231"/>
        <source>Make action</source>
        <translation>Zamień na działanie</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/models/participants.py" line="41"/>
        <source>Name or label</source>
        <translation>Imię i nazwisko lub etykieta</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="42"/>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="43"/>
        <source>Role</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="44"/>
        <source>Anonymous</source>
        <translation>Anonimowo</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="71"/>
        <source>Anonymous: only this label and the department are recorded.</source>
        <translation>Anonimowo: zapisywane są tylko ta etykieta i dział.</translation>
    </message>
</context>
<context>
    <name>PhoneRoundDialog</name>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="55"/>
        <source>Answers from Phones</source>
        <translation>Odpowiedzi z telefonów</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="66"/>
        <source>Participants answer the self-assessment on their own phones, over this computer&apos;s network: no internet, no account, no app. Their answers appear on the Diagnosis page as they arrive, each as an anonymous participant of its department.</source>
        <translation>Uczestnicy wypełniają samoocenę na własnych telefonach, przez sieć tego komputera: bez internetu, bez konta i bez aplikacji. Odpowiedzi pojawiają się na stronie Diagnoza, gdy tylko dotrą, każda jako anonimowy uczestnik swojego działu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="74"/>
        <source>Before the round: connect this computer and the phones to one network you control: your phone&apos;s hotspot, or a room access point. Guest Wi-Fi often keeps devices apart, so phones cannot reach this computer. Phones may leave a network without internet and switch to mobile data: ask people to stay connected, or turn mobile data off. If a phone shows a sign-in page for the network, close it and scan the code again.</source>
        <translation>Przed rundą połącz ten komputer i telefony z jedną siecią, nad którą masz kontrolę: z hotspotem Twojego telefonu albo z punktem dostępowym w sali. Sieć Wi-Fi dla gości często oddziela od siebie urządzenia, więc telefony nie dotrą do tego komputera. Telefon może opuścić sieć bez internetu i przełączyć się na dane komórkowe: poproś uczestników, by pozostali połączeni, albo by wyłączyli dane komórkowe. Jeśli telefon pokaże stronę logowania do sieci, niech ją zamknie i zeskanuje kod ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="87"/>
        <source>Anonymity: each phone sends one answer set per round. Only the department is stored with the answers: no name, and nothing that identifies the phone.</source>
        <translation>Anonimowość: każdy telefon wysyła w rundzie jeden zestaw odpowiedzi. Razem z odpowiedziami zapisujemy tylko dział: żadnego imienia ani niczego, co pozwala rozpoznać telefon.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="96"/>
        <location filename="../../ui/dialogs/phone_round.py" line="259"/>
        <source>&amp;Open Round</source>
        <translation>&amp;Otwórz rundę</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="99"/>
        <source>&amp;Network:</source>
        <translation>&amp;Sieć:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="110"/>
        <source>The round stays open while this window is open; closing it closes the round.</source>
        <translation>Runda trwa, dopóki to okno jest otwarte; zamknięcie okna zamyka rundę.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="130"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="159"/>
        <source>— this computer only</source>
        <translation>— tylko ten komputer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="175"/>
        <source>Open a session first.</source>
        <translation>Najpierw otwórz sesję.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="177"/>
        <source>This session is open for review only. Switch to Edit first.</source>
        <translation>Ta sesja jest otwarta tylko do przeglądania. Najpierw przełącz na Edycję.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="180"/>
        <source>The Diagnosis page takes one set of answers per department. Phones send one set per participant: switch the Diagnosis page to one set per participant first.</source>
        <translation>Strona Diagnoza przyjmuje jeden zestaw odpowiedzi na dział. Telefony wysyłają jeden zestaw na uczestnika: najpierw przełącz stronę Diagnoza na jeden zestaw na uczestnika.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="201"/>
        <source>The round could not open on this network (%1). Pick another one.</source>
        <translation>Nie udało się otworzyć rundy w tej sieci (%1). Wybierz inną.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="259"/>
        <source>Close &amp;Round</source>
        <translation>Zamknij &amp;rundę</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="264"/>
        <source>No round is open. Phones cannot connect.</source>
        <translation>Żadna runda nie jest otwarta. Telefony nie mogą się połączyć.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="272"/>
        <source>%1
Room code: %2</source>
        <translation>%1
Kod sali: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="290"/>
        <source>The round was closed with its session.</source>
        <translation>Runda została zamknięta razem z sesją.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="294"/>
        <source>Joined: %1</source>
        <translation>Dołączyli: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="302"/>
        <source>Answer sets received: %1</source>
        <translation>Otrzymane zestawy odpowiedzi: %1</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/preferences.py" line="43"/>
        <source>Interface language</source>
        <translation>Język interfejsu</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="44"/>
        <source>Restart Truce to use the new language. Everything you have entered is saved.</source>
        <translation>Uruchom ponownie program Truce, aby korzystać z nowego języka. Wszystko, co wpisano, jest zapisane.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="48"/>
        <source>Restart Now</source>
        <translation>Uruchom ponownie teraz</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="48"/>
        <source>Later</source>
        <translation>Później</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="31"/>
        <source>Preferences</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="34"/>
        <source>System default</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="40"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="42"/>
        <source>Owner</source>
        <translation>Właściciela</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="43"/>
        <source>Department</source>
        <translation>Działu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="50"/>
        <source>The interface language applies to this computer. Each workshop keeps the language it was created in, for its questions and printed documents.</source>
        <translation>Język interfejsu dotyczy tego komputera. Każdy warsztat zachowuje język, w którym go utworzono – w pytaniach i drukowanych dokumentach.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="56"/>
        <source>Interface</source>
        <translation>Interfejs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="58"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="60"/>
        <source>Printed documents</source>
        <translation>Drukowane dokumenty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="62"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Rozmiar papieru:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="63"/>
        <source>&amp;Group actions by:</source>
        <translation>&amp;Grupuj działania według:</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="177"/>
        <source>of %1</source>
        <translation>z %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="178"/>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="181"/>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="184"/>
        <source>Fit width</source>
        <translation>Dopasuj do szerokości</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="186"/>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="189"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="193"/>
        <source>Page</source>
        <translation>Strona</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="22"/>
        <source>Print</source>
        <translation>Drukowanie</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="27"/>
        <source>No printer is set up on this computer. Export the PDF instead and print it elsewhere.</source>
        <translation>Na tym komputerze nie skonfigurowano drukarki. Wyeksportuj plik PDF i wydrukuj go gdzie indziej.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="36"/>
        <source>No printer is set up on this computer. Export the PDF, to print it elsewhere?</source>
        <translation>Na tym komputerze nie skonfigurowano drukarki. Wyeksportować plik PDF, aby wydrukować go gdzie indziej?</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="40"/>
        <source>Export PDF…</source>
        <translation>Eksportuj PDF…</translation>
    </message>
</context>
<context>
    <name>PreviousActionsBar</name>
    <message>
        <location filename="../../ui/widgets/previous_actions_bar.py" line="25"/>
        <source>Review previous &amp;workshop&apos;s actions…</source>
        <translation>Przejrzyj działania z poprzedniego &amp;warsztatu…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/previous_actions_bar.py" line="50"/>
        <source>%n open action(s) from the previous workshop still await a decision.</source>
        <translation>
            <numerusform>%n otwarte działanie z poprzedniego warsztatu wciąż czeka na decyzję.</numerusform>
            <numerusform>%n otwarte działania z poprzedniego warsztatu wciąż czekają na decyzję.</numerusform>
            <numerusform>%n otwartych działań z poprzedniego warsztatu wciąż czeka na decyzję.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/previous_actions_bar.py" line="55"/>
        <source>All %n open action(s) from the previous workshop have been decided.</source>
        <translation>
            <numerusform>Podjęto decyzję w sprawie %n otwartego działania z poprzedniego warsztatu.</numerusform>
            <numerusform>Podjęto decyzje w sprawie wszystkich %n otwartych działań z poprzedniego warsztatu.</numerusform>
            <numerusform>Podjęto decyzje w sprawie wszystkich %n otwartych działań z poprzedniego warsztatu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector.py" line="77"/>
        <source>Truce — projector</source>
        <translation>Truce — projektor</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="130"/>
        <source>Esc closes · Ctrl+PgDn / Ctrl+PgUp next / previous stage · Ctrl+1…9 a stage · F7 countdown · F8 one more minute · F6 freeze</source>
        <translation>Esc zamyka · Ctrl+PgDn / Ctrl+PgUp następny / poprzedni etap · Ctrl+1…9 wybrany etap · F7 odliczanie · F8 jeszcze minuta · F6 zamrożenie</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="210"/>
        <source>Paused</source>
        <translation>Wstrzymano</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="215"/>
        <source>Time&apos;s up</source>
        <translation>Czas minął</translation>
    </message>
</context>
<context>
    <name>QuickNoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="44"/>
        <source>Capture Note</source>
        <translation>Notatka z sali</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="46"/>
        <source>A note for the %1 stage</source>
        <translation>Notatka do etapu „%1”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="48"/>
        <source>What did the room just say?</source>
        <translation>Co właśnie padło na sali?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="49"/>
        <source>Note text</source>
        <translation>Treść notatki</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="54"/>
        <source>Kind:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="56"/>
        <source>&amp;Idea</source>
        <translation>&amp;Pomysł</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="57"/>
        <source>&amp;Concern</source>
        <translation>&amp;Obawa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="58"/>
        <source>I&amp;nsight</source>
        <translation>Spos&amp;trzeżenie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="69"/>
        <source>From:</source>
        <translation>Strona:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="71"/>
        <source>&amp;Sales</source>
        <translation>&amp;Sprzedaż</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="72"/>
        <source>&amp;Marketing</source>
        <translation>&amp;Marketing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="73"/>
        <source>&amp;Both sides</source>
        <translation>O&amp;bie strony</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="89"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="95"/>
        <source>Enter saves · Esc cancels · Alt + the underlined letter picks</source>
        <translation>Enter zapisuje · Esc anuluje · Alt + podkreślona litera wybiera opcję</translation>
    </message>
</context>
<context>
    <name>RaciGrid</name>
    <message>
        <location filename="../../ui/widgets/raci_grid.py" line="71"/>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
</context>
<context>
    <name>RaciModel</name>
    <message>
        <location filename="../../ui/models/raci.py" line="85"/>
        <source>The handoff: here the lead passes from Marketing to Sales</source>
        <translation>Przekazanie: tutaj lead przechodzi z marketingu do sprzedaży</translation>
    </message>
    <message>
        <location filename="../../ui/models/raci.py" line="116"/>
        <source>%1: type R, A, C or I</source>
        <translation>%1: wpisz R, A, C lub I</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="101"/>
        <source>Predict, then reveal: hide the results until each side has guessed the other&apos;s total</source>
        <translation>Najpierw prognoza, potem wyniki: ukryj wyniki, dopóki każda strona nie przewidzi sumy punktów drugiej</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="114"/>
        <source>not yet</source>
        <translation>jeszcze nie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="120"/>
        <source>%1 expects %2 to score:</source>
        <translation>%1 → %2, prognoza sumy:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="125"/>
        <source>&amp;Reveal the results</source>
        <translation>&amp;Pokaż wyniki</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="127"/>
        <source>Hide the results again</source>
        <translation>Ukryj wyniki ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="141"/>
        <source>Predict, then reveal</source>
        <translation>Najpierw prognoza, potem wyniki</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="149"/>
        <source>The results are hidden until you reveal them, so nobody&apos;s guess is coloured by them.</source>
        <translation>Wyniki pozostają ukryte, dopóki ich nie pokażesz, żeby nie wpływały na niczyje przewidywania.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="169"/>
        <source>Show an anonymous department&apos;s score from this many answers:</source>
        <translation>Wynik anonimowego działu pokazuj od tylu odpowiedzi:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="192"/>
        <source>Does the company need to move further?</source>
        <translation>Czy firma musi pójść dalej?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="250"/>
        <source>%1 expected %2 to score %3; %2 gave %4 (%5).</source>
        <translation>%1 → %2: prognoza %3; faktyczna suma strony %2: %4 (%5).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="264"/>
        <source>Overall</source>
        <translation>Łącznie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="270"/>
        <source>%1 alone: the other side is withheld</source>
        <translation>Tylko dział %1: wynik drugiej strony nie jest pokazywany</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="274"/>
        <source>Both sides are withheld</source>
        <translation>Wyniki obu stron nie są pokazywane</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="278"/>
        <source>Sales and Marketing weigh the same</source>
        <translation>Sprzedaż i marketing ważą tyle samo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/diagnosis_results.py" line="265"/>
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="288"/>
        <source>No results yet: enter some answers first.</source>
        <translation>Nie ma jeszcze wyników: najpierw wpisz odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="294"/>
        <source>Where you are: %1</source>
        <translation>Wasz etap: „%1”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="315"/>
        <source>Answer the questions above to see whether %1 is enough for this company.</source>
        <translation>Odpowiedz na pytania powyżej, aby sprawdzić, czy etap „%1” wystarczy tej firmie.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="330"/>
        <source>Levers that lead from %1 to %2</source>
        <translation>Dźwignie, które prowadzą z etapu „%1” do etapu „%2”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="359"/>
        <source>Not answered yet</source>
        <translation>Jeszcze bez odpowiedzi</translation>
    </message>
</context>
<context>
    <name>RevealView</name>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="65"/>
        <location filename="../../ui/pages/role_swap_reveal.py" line="67"/>
        <source>How %1 sees %2</source>
        <translation>Jak %1 widzi: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="66"/>
        <location filename="../../ui/pages/role_swap_reveal.py" line="68"/>
        <source>How %1 sees itself</source>
        <translation>Jak %1 widzi siebie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="81"/>
        <source>Note an insight…</source>
        <translation>Zanotuj spostrzeżenie…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="86"/>
        <source>Mark a misreading…</source>
        <translation>Zaznacz błędne wyobrażenie…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="118"/>
        <source>(not answered)</source>
        <translation>(brak odpowiedzi)</translation>
    </message>
</context>
<context>
    <name>RoleMapChart</name>
    <message>
        <location filename="../../ui/widgets/role_map_chart.py" line="56"/>
        <source>No funnel yet</source>
        <translation>Nie ma jeszcze lejka</translation>
    </message>
</context>
<context>
    <name>RoleSplitPage</name>
    <message>
        <location filename="../../ui/pages/role_split.py" line="46"/>
        <location filename="../../ui/pages/role_split.py" line="293"/>
        <source>Apply template</source>
        <translation>Zastosuj szablon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="51"/>
        <source>Start from:</source>
        <translation>Zacznij od:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="73"/>
        <source>Add stage…</source>
        <translation>Dodaj etap…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="74"/>
        <source>Rename stage…</source>
        <translation>Zmień nazwę etapu…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="75"/>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="76"/>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="77"/>
        <location filename="../../ui/pages/role_split.py" line="343"/>
        <source>Remove stage</source>
        <translation>Usuń etap</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="78"/>
        <source>Add party…</source>
        <translation>Dodaj stronę…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="79"/>
        <source>Rename party…</source>
        <translation>Zmień nazwę strony…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="80"/>
        <location filename="../../ui/pages/role_split.py" line="380"/>
        <source>Remove party</source>
        <translation>Usuń stronę</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="81"/>
        <source>Add action…</source>
        <translation>Dodaj działanie…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="92"/>
        <source>Add an action to the plan for a gap at the selected stage</source>
        <translation>Dodaj do planu działanie, które zamknie lukę na zaznaczonym etapie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="100"/>
        <source>Type R, A, C or I in a cell (Delete clears it), double-click to cycle through the letters, or right-click to choose. Each stage needs exactly one A.</source>
        <translation>Wpisz w komórce R, A, C lub I (Delete czyści), kliknij dwukrotnie, aby przełączać litery, albo kliknij prawym przyciskiem, aby wybrać. Każdy etap potrzebuje dokładnie jednego A.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="123"/>
        <source>Show full screen</source>
        <translation>Pełny ekran</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="125"/>
        <source>Show the map full screen for the projector (F11)</source>
        <translation>Pokaż mapę na pełnym ekranie dla projektora (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="137"/>
        <source>&amp;Who does what</source>
        <translation>&amp;Kto co robi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="138"/>
        <source>&amp;Handoff</source>
        <translation>&amp;Przekazanie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="139"/>
        <source>&amp;Rules and contacts</source>
        <translation>&amp;Zasady i kontakty</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="140"/>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="195"/>
        <source>┆ the handoff</source>
        <translation>┆ przekazanie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="195"/>
        <source>⇄ the handoff stage</source>
        <translation>⇄ etap przekazania</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="211"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="220"/>
        <source>More than one Accountable: %1.</source>
        <translation>Więcej niż jedno A (Odpowiada): %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="223"/>
        <source>No Accountable yet: %1.</source>
        <translation>Brak A (Odpowiada): %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="225"/>
        <source>Each stage needs exactly one A.</source>
        <translation>Każdy etap potrzebuje dokładnie jednego A.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="234"/>
        <source>Nobody is marked R at %1: the Accountable party does the work itself. Mark R where someone else does it.</source>
        <translation>Nikt nie ma litery R na tych etapach: %1. Pracę wykonuje tam sama strona z literą A. Wpisz R tam, gdzie robi to ktoś inny.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="261"/>
        <location filename="../../ui/pages/role_split.py" line="300"/>
        <location filename="../../ui/pages/role_split.py" line="312"/>
        <location filename="../../ui/pages/role_split.py" line="325"/>
        <location filename="../../ui/pages/role_split.py" line="353"/>
        <location filename="../../ui/pages/role_split.py" line="365"/>
        <source>Role split</source>
        <translation>Podział ról</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="294"/>
        <source>The template replaces the letters of Sales and Marketing in the grid.</source>
        <translation>Szablon zastąpi w siatce litery sprzedaży i marketingu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="295"/>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="306"/>
        <source>Add stage</source>
        <translation>Dodaj etap</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="306"/>
        <source>Name of the new funnel stage:</source>
        <translation>Nazwa nowego etapu lejka:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="322"/>
        <source>Rename stage</source>
        <translation>Zmiana nazwy etapu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="322"/>
        <location filename="../../ui/pages/role_split.py" line="362"/>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="340"/>
        <source>Remove the stage “%1” from the funnel?</source>
        <translation>Usunąć etap „%1” z lejka?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="342"/>
        <source>Its letters and agreements go with it.</source>
        <translation>Razem z nim znikną jego litery i ustalenia.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="343"/>
        <location filename="../../ui/pages/role_split.py" line="380"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="350"/>
        <source>Add party</source>
        <translation>Dodaj stronę</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="350"/>
        <source>Name of the team, e.g. Customer Success:</source>
        <translation>Nazwa zespołu, np. Obsługa klienta:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="362"/>
        <source>Rename party</source>
        <translation>Zmiana nazwy strony</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="377"/>
        <source>Remove “%1” and its letters from the map?</source>
        <translation>Usunąć „%1” wraz z literami z mapy?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="394"/>
        <source>Who does what</source>
        <translation>Kto co robi</translation>
    </message>
</context>
<context>
    <name>RoleSwapPage</name>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="54"/>
        <source>Time&apos;s up for this round.</source>
        <translation>Czas tej rundy minął.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="55"/>
        <source>Round timer</source>
        <translation>Czas rundy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="72"/>
        <source>Turn into an &amp;action</source>
        <translation>Zamień na dzi&amp;ałanie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="75"/>
        <location filename="../../ui/pages/role_swap.py" line="315"/>
        <location filename="../../ui/pages/role_swap.py" line="317"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="81"/>
        <source>Insights and misreadings</source>
        <translation>Trafne spostrzeżenia i błędne wyobrażenia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="95"/>
        <source>1 · As the other side</source>
        <translation>1 · W roli drugiej strony</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="96"/>
        <source>2 · As yourselves</source>
        <translation>2 · We własnym imieniu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="97"/>
        <source>3 · Side by side</source>
        <translation>3 · Obok siebie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="98"/>
        <source>4 · Follow-up swaps</source>
        <translation>4 · Dalsze zamiany</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="126"/>
        <source>%1, answering as %2</source>
        <translation>%1 w roli: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="130"/>
        <source>%1, answering for itself</source>
        <translation>%1 we własnym imieniu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="174"/>
        <source>An afternoon of swapping roles is a start; these longer swaps keep the understanding growing. Each one goes on the action plan with one click.</source>
        <translation>Popołudnie z zamianą ról to dopiero początek; dłuższe zamiany pozwalają dalej budować zrozumienie. Każdą z nich dodasz do planu działań jednym kliknięciem.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="249"/>
        <source>In the plan ✓</source>
        <translation>W planie ✓</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="249"/>
        <source>Add to the action plan</source>
        <translation>Dodaj do planu działań</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="263"/>
        <source>Role swap</source>
        <translation>Zamiana ról</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="294"/>
        <source>Mark a misreading</source>
        <translation>Zaznacz błędne wyobrażenie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="294"/>
        <source>Note an insight</source>
        <translation>Zanotuj spostrzeżenie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="295"/>
        <source>What did the room notice?</source>
        <translation>Co zauważyła sala?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="316"/>
        <source>Remove this note from the role swap?

%1</source>
        <translation>Usunąć tę notatkę z zamiany ról?

%1</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="181"/>
        <source>Type a rule the room agrees and press Enter</source>
        <translation>Wpisz zasadę uzgodnioną przez salę i naciśnij Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="185"/>
        <location filename="../../ui/pages/role_split_parts.py" line="293"/>
        <source>Remove rule</source>
        <translation>Usuń zasadę</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="191"/>
        <source>Rules of engagement</source>
        <translation>Zasady współpracy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="213"/>
        <source>Add contact</source>
        <translation>Dodaj kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="216"/>
        <location filename="../../ui/pages/role_split_parts.py" line="316"/>
        <source>Remove contact</source>
        <translation>Usuń kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="223"/>
        <source>Who to call</source>
        <translation>Do kogo dzwonić</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="225"/>
        <source>Whom to contact in the other department, about what.</source>
        <translation>Z kim i w jakiej sprawie kontaktować się w drugim dziale.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="246"/>
        <source>Add a suggested rule…</source>
        <translation>Dodaj proponowaną zasadę…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="294"/>
        <source>Remove the rule “%1”?</source>
        <translation>Usunąć zasadę „%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="295"/>
        <location filename="../../ui/pages/role_split_parts.py" line="318"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="303"/>
        <source>New topic</source>
        <translation>Nowa sprawa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="317"/>
        <source>Remove “%1” from the list?</source>
        <translation>Usunąć „%1” z listy?</translation>
    </message>
</context>
<context>
    <name>SeriesCommands</name>
    <message>
        <location filename="../../ui/commands/series.py" line="48"/>
        <source>&amp;Compare Series…</source>
        <translation>&amp;Porównaj serię…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="52"/>
        <source>&amp;Add to Series…</source>
        <translation>&amp;Dodaj do serii…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="55"/>
        <source>&amp;Remove from Series</source>
        <translation>&amp;Odłącz od serii</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="58"/>
        <source>Create the &amp;Demo Series</source>
        <translation>Utwórz przykładową &amp;serię</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="86"/>
        <source>Series</source>
        <translation>Seria</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="120"/>
        <source>Exported to %1</source>
        <translation>Wyeksportowano do %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="124"/>
        <source>Preparing %1…</source>
        <translation>Przygotowywanie: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="153"/>
        <location filename="../../ui/commands/series.py" line="172"/>
        <source>Add to series</source>
        <translation>Dodawanie do serii</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="155"/>
        <source>There is no other session to join. A series needs at least two workshops.</source>
        <translation>Nie ma innego warsztatu, do którego można dołączyć. Seria wymaga co najmniej dwóch warsztatów.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="162"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="168"/>
        <source>, the latest of %1 workshops</source>
        <translation>, najnowszy z %1 warsztatów</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="173"/>
        <source>Compare “%1” over time with the workshops of:</source>
        <translation>Z którymi warsztatami porównywać „%1” w czasie?</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="186"/>
        <source>“%1” joined the series.</source>
        <translation>Warsztat „%1” dołączył do serii.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="203"/>
        <source>“%1” is no longer part of its series.</source>
        <translation>Warsztat „%1” nie należy już do swojej serii.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="212"/>
        <source>Created three demo workshops of one series. Compare them with Ctrl+Shift+C.</source>
        <translation>Utworzono trzy przykładowe warsztaty jednej serii. Porównasz je skrótem Ctrl+Shift+C.</translation>
    </message>
</context>
<context>
    <name>SeriesWindow</name>
    <message>
        <location filename="../../ui/series_view.py" line="74"/>
        <source>Compare workshops — %1</source>
        <translation>Porównanie warsztatów — %1</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="94"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksportuj PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="96"/>
        <source>Save this comparison as a PDF (Ctrl+E)</source>
        <translation>Zapisz to porównanie jako plik PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="114"/>
        <source>The follow-up has not taken place yet</source>
        <translation>Warsztat kontrolny jeszcze się nie odbył</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="117"/>
        <source>A comparison needs two workshops that have taken place. %1 A workshop joins the comparison once the room has recorded its findings.</source>
        <translation>Porównanie wymaga dwóch warsztatów, które już się odbyły. %1 Warsztat trafia do porównania, gdy sala zapisze swoje ustalenia.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="127"/>
        <source>“%1” (%2)</source>
        <translation>„%1” (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="132"/>
        <source>Not held yet, so not compared: %1.</source>
        <translation>Jeszcze się nie odbyły, więc nie są porównywane: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="138"/>
        <source>This workshop is not part of a series yet</source>
        <translation>Ten warsztat nie należy jeszcze do żadnej serii</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="142"/>
        <source>A series is one organisation&apos;s workshops over time. It forms when you duplicate a session for a follow-up workshop (File ▸ Duplicate for Follow-up, Ctrl+D), or when you add a session to the series of another (Series ▸ Add to Series…). Once it has two workshops, this window compares them.</source>
        <translation>Seria to kolejne warsztaty jednej organizacji. Powstaje, gdy duplikujesz warsztat na spotkanie kontrolne (Plik ▸ Duplikuj na spotkanie kontrolne, Ctrl+D) albo gdy dodajesz warsztat do serii innego (Seria ▸ Dodaj do serii…). Gdy seria liczy co najmniej dwa warsztaty, to okno je porównuje.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="156"/>
        <source>Add to a Series…</source>
        <translation>Dodaj do serii…</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="169"/>
        <source>narrowing</source>
        <translation>maleje</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="170"/>
        <source>widening</source>
        <translation>rośnie</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="171"/>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="178"/>
        <source>%1 workshops from %2 to %3.</source>
        <translation>Warsztaty: %1, od %2 do %3.</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="182"/>
        <source>Overall score %1 → %2 (%3 → %4).</source>
        <translation>Wynik łączny: %1 → %2 (%3 → %4).</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="191"/>
        <source>Perception gap %1 → %2: %3.</source>
        <translation>Różnica w postrzeganiu: %1 → %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="269"/>
        <location filename="../../ui/series_view.py" line="286"/>
        <source>Overall</source>
        <translation>Łącznie</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="270"/>
        <source>Stage reached</source>
        <translation>Osiągnięty etap</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="310"/>
        <source>%1 (target %2)</source>
        <translation>%1 (cel: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="47"/>
        <source>Total (20–100)</source>
        <translation>Suma (20–100)</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="54"/>
        <source>Each department&apos;s self-assessment total at each workshop, over the four stage bands.</source>
        <translation>Suma punktów samooceny współpracy każdego działu na kolejnych warsztatach, na tle przedziałów czterech etapów.</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="59"/>
        <source>&amp;Scores</source>
        <translation>&amp;Wyniki</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="70"/>
        <source>Perception gap</source>
        <translation>Różnica w postrzeganiu</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="74"/>
        <source>Since the previous workshop</source>
        <translation>Od poprzedniego warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="83"/>
        <source>The mean difference between the Sales and the Marketing rating of each statement (1–5 scale). Smaller means the two departments see their relationship more alike.</source>
        <translation>Średnia różnica między oceną sprzedaży i marketingu dla każdego stwierdzenia (skala 1–5). Im mniejsza, tym podobniej oba działy widzą swoją współpracę.</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="89"/>
        <source>Perception &amp;gap</source>
        <translation>&amp;Różnica w postrzeganiu</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="98"/>
        <source>Mean level today</source>
        <translation>Średni poziom dziś</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="104"/>
        <source>Steps at their target</source>
        <translation>Kroki na poziomie docelowym</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="110"/>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="117"/>
        <source>Level today → the target the room set, on the 1–5 scale.</source>
        <translation>Poziom dziś → cel ustalony przez salę, w skali 1–5.</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="121"/>
        <source>&amp;Ten steps</source>
        <translation>&amp;Dziesięć kroków</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="136"/>
        <source>Shared goal</source>
        <translation>Wspólny cel</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="137"/>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="144"/>
        <source>The figure each workshop recorded for the goal&apos;s metric, with the target set then. Progress: how far the latest figure has come from the first towards the latest target.</source>
        <translation>Wartość miernika celu zapisana na każdym warsztacie, obok ustalonej wtedy wartości docelowej. Postęp: jaką część drogi od pierwszej wartości do najnowszej wartości docelowej pokonała najnowsza wartość.</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="152"/>
        <source>None of these workshops has set a shared goal yet.</source>
        <translation>Na żadnym z tych warsztatów nie ustalono jeszcze wspólnego celu.</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="157"/>
        <source>Shared g&amp;oals</source>
        <translation>Wspólne &amp;cele</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="163"/>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="164"/>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="165"/>
        <source>Dropped</source>
        <translation>Porzucone</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="167"/>
        <source>Completion</source>
        <translation>Wykonanie</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="175"/>
        <source>Completion: done actions as a share of each plan, dropped ones left out. A recent plan is naturally less complete than an older one.</source>
        <translation>Wykonanie: odsetek zrobionych działań w każdym planie, bez działań porzuconych. Nowszy plan jest z natury wykonany w mniejszym stopniu niż starszy.</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="181"/>
        <source>&amp;Action plans</source>
        <translation>&amp;Plany działań</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <location filename="../../ui/store.py" line="76"/>
        <source>This session is open for review only. Switch to Edit to change it.</source>
        <translation>Ten warsztat jest otwarty tylko do przeglądu. Aby go zmienić, przełącz na „Edytuj”.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../ui/models/sessions.py" line="79"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="80"/>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="81"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="82"/>
        <source>Facilitator</source>
        <translation>Prowadzący</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="83"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="84"/>
        <source>People</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="85"/>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="86"/>
        <source>Last changed</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="87"/>
        <source>Series</source>
        <translation>Seria</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="180"/>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="187"/>
        <source>Workshop %1 of a series of %2. Series ▸ Compare Series… (Ctrl+Shift+C) compares them.</source>
        <translation>Warsztat %1 z %2 w serii. Porównasz je poleceniem Seria ▸ Porównaj serię… (Ctrl+Shift+C).</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../ui/session_view.py" line="155"/>
        <source>Review mode — read only. Reading, copying and exporting work; nothing can be changed.</source>
        <translation>Tryb przeglądu – tylko do odczytu. Można czytać, kopiować i eksportować, ale niczego nie można zmienić.</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="160"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edytuj</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="161"/>
        <source>Allow changes to this session (Ctrl+Shift+R)</source>
        <translation>Zezwól na zmiany w tym warsztacie (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="291"/>
        <source>Not started</source>
        <translation>Nie rozpoczęto</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="292"/>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="293"/>
        <source>Complete</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="297"/>
        <source>%1  %2 (skipped)</source>
        <translation>%1  %2 (pominięty)</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="301"/>
        <source>Skipped in this workshop&apos;s agenda</source>
        <translation>Pominięty w agendzie tego warsztatu</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../ui/pages/setup.py" line="56"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="57"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacja:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="58"/>
        <source>&amp;Location:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="59"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Prowadzący:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="70"/>
        <source>Planned for</source>
        <translation>Zaplanowane na</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="84"/>
        <source>Context for the facilitator: why this workshop, what happened before…</source>
        <translation>Kontekst dla prowadzącego: po co ten warsztat, co działo się wcześniej…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="94"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="97"/>
        <source>Follow-up workshop:</source>
        <translation>Spotkanie kontrolne:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="98"/>
        <source>Workshop language:</source>
        <translation>Język warsztatu:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="99"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="101"/>
        <location filename="../../ui/pages/setup.py" line="273"/>
        <source>Session details</source>
        <translation>Szczegóły warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="128"/>
        <source>Add participant</source>
        <translation>Dodaj uczestnika</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="130"/>
        <source>Add a named participant (Ctrl+Shift+A)</source>
        <translation>Dodaj uczestnika z imienia i nazwiska (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="134"/>
        <source>Add anonymous Sales</source>
        <translation>Dodaj anonimowo ze sprzedaży</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="139"/>
        <source>Add anonymous Marketing</source>
        <translation>Dodaj anonimowo z marketingu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="144"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="146"/>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="148"/>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="165"/>
        <source>Anonymous participants are recorded only by a label and their department, so their answers still count for their side.</source>
        <translation>Anonimowi uczestnicy są zapisywani tylko jako etykieta i dział, więc ich odpowiedzi nadal liczą się dla ich strony.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="172"/>
        <location filename="../../ui/pages/setup.py" line="282"/>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="206"/>
        <source>%1 (chosen when the session was created)</source>
        <translation>%1 (wybrany przy tworzeniu warsztatu)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/setup.py" line="221"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n uczestnik</numerusform>
            <numerusform>%n uczestników</numerusform>
            <numerusform>%n uczestników</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="239"/>
        <source>These notes are %1 characters long; the most a note can hold is %2. They are not saved until you shorten them.</source>
        <translation>Notatki liczą %1 zn., a mogą mieć najwyżej %2. Nie zostaną zapisane, dopóki ich nie skrócisz.</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../../ui/pages/base.py" line="96"/>
        <source>Last workshop (%1)</source>
        <translation>Poprzedni warsztat (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="96"/>
        <source>Last workshop</source>
        <translation>Poprzedni warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="114"/>
        <source>This session is open for review: switch to Edit to change it.</source>
        <translation>Ten warsztat jest otwarty do przeglądu: aby go zmienić, przełącz na „Edytuj”.</translation>
    </message>
</context>
<context>
    <name>StartupMaintenance</name>
    <message>
        <location filename="../../ui/maintenance.py" line="86"/>
        <source>Daily backup</source>
        <translation>Codzienna kopia zapasowa</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="61"/>
        <source>An example that backs the rating</source>
        <translation>Przykład, który potwierdza ocenę</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="69"/>
        <source>Add action…</source>
        <translation>Dodaj działanie…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="81"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="83"/>
        <source>Today:</source>
        <translation>Dziś:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="84"/>
        <source>Target:</source>
        <translation>Cel:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="104"/>
        <source>Both departments see the same level</source>
        <translation>Oba działy widzą ten sam poziom</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="108"/>
        <source>Gap %1: %2 sees it better</source>
        <translation>Różnica %1: %2 ocenia lepiej</translation>
    </message>
</context>
<context>
    <name>TenStepsPage</name>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="129"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="130"/>
        <source>Target by the follow-up</source>
        <translation>Cel na spotkanie kontrolne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="148"/>
        <source>Click a level or type 1–5 in a row of levels (Delete clears it). Click the chosen level again to clear it.</source>
        <translation>Kliknij poziom albo wpisz 1–5 w wierszu poziomów (Delete czyści). Kliknij wybrany poziom jeszcze raz, aby go wyczyścić.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="222"/>
        <source>%1: today %2, target %3</source>
        <translation>%1: stan %2, cel %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="258"/>
        <source>%1 of %2 steps rated · %3 to improve by the follow-up</source>
        <translation>Ocenione kroki: %1 z %2 · do poprawy przed spotkaniem kontrolnym: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/ten_steps.py" line="266"/>
        <source>%n step(s) where the departments are 2 or more levels apart</source>
        <translation>
            <numerusform>%n krok, w którym działy dzielą 2 poziomy lub więcej</numerusform>
            <numerusform>%n kroki, w których działy dzielą 2 poziomy lub więcej</numerusform>
            <numerusform>%n kroków, w których działy dzielą 2 poziomy lub więcej</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/ten_steps.py" line="275"/>
        <source>%n linked action(s)</source>
        <translation>
            <numerusform>%n powiązane działanie</numerusform>
            <numerusform>%n powiązane działania</numerusform>
            <numerusform>%n powiązanych działań</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="277"/>
        <source>No actions for this step yet</source>
        <translation>Brak działań dla tego kroku</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="312"/>
        <source>Ten steps</source>
        <translation>Dziesięć kroków</translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <location filename="../../ui/models/tracker.py" line="41"/>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="42"/>
        <source>Workshop</source>
        <translation>Warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="43"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="44"/>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="45"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="47"/>
        <source>Last update</source>
        <translation>Ostatnia aktualizacja</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="62"/>
        <source>No owner yet</source>
        <translation>Brak właściciela</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="64"/>
        <source>No date</source>
        <translation>Bez terminu</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="77"/>
        <source>Workshop of %1</source>
        <translation>Warsztat z %1</translation>
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message>
        <location filename="../../ui/tracker.py" line="72"/>
        <source>Action tracker</source>
        <translation>Śledzenie działań</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="75"/>
        <source>Every action from every workshop in the library; the trash is left out.</source>
        <translation>Wszystkie działania ze wszystkich warsztatów w bibliotece, z pominięciem kosza.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="82"/>
        <source>Quick views:</source>
        <translation>Szybkie widoki:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="84"/>
        <source>&amp;Open</source>
        <translation>&amp;Otwarte</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="85"/>
        <source>O&amp;verdue</source>
        <translation>Po &amp;terminie</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="86"/>
        <source>Due in the next &amp;14 days</source>
        <translation>Termin w ciągu &amp;14 dni</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="87"/>
        <source>&amp;All actions</source>
        <translation>&amp;Wszystkie działania</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="97"/>
        <source>Search actions and workshops…</source>
        <translation>Szukaj działań i warsztatów…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="99"/>
        <source>Owner…</source>
        <translation>Właściciel…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="101"/>
        <source>All departments</source>
        <translation>Wszystkie działy</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="105"/>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="106"/>
        <source>Open (planned or in progress)</source>
        <translation>Otwarte (zaplanowane lub w toku)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="121"/>
        <source>Due from</source>
        <translation>Termin od</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="123"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="159"/>
        <source>&amp;Update status…</source>
        <translation>&amp;Aktualizuj status…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="161"/>
        <source>Record a dated status update (Ctrl+U, or Enter)</source>
        <translation>Zapisz aktualizację statusu z datą (Ctrl+U lub Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="163"/>
        <source>Open &amp;workshop</source>
        <translation>Otwórz war&amp;sztat</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="166"/>
        <source>Open the workshop this action belongs to (Ctrl+Shift+O)</source>
        <translation>Otwórz warsztat, do którego należy to działanie (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="179"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="212"/>
        <source>All workshops</source>
        <translation>Wszystkie warsztaty</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="270"/>
        <source>The first %1 actions are shown; narrow the filters to see the rest.</source>
        <translation>Pokazano pierwszych %1 działań; zawęź filtry, aby zobaczyć pozostałe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tracker.py" line="274"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n działanie</numerusform>
            <numerusform>%n działania</numerusform>
            <numerusform>%n działań</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="308"/>
        <source>Select an action to see its history.</source>
        <translation>Zaznacz działanie, aby zobaczyć jego historię.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="313"/>
        <source>No updates recorded yet.</source>
        <translation>Nie zapisano jeszcze żadnych aktualizacji.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="320"/>
        <source>Due date moved to %1</source>
        <translation>Zmiana terminu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="321"/>
        <source>no date</source>
        <translation>bez terminu</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="324"/>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="326"/>
        <source>Carried over to a follow-up workshop, due %1</source>
        <translation>Przeniesione na spotkanie kontrolne, termin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="347"/>
        <source>Update action</source>
        <translation>Aktualizacja działania</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <location filename="../../ui/unexpected.py" line="36"/>
        <source>Truce ran into a problem it did not expect, so what you were doing may not have finished. Check it before you go on.</source>
        <translation>Truce napotkał nieoczekiwany problem, więc ostatnia czynność mogła nie zostać dokończona. Sprawdź ją, zanim przejdziesz dalej.</translation>
    </message>
    <message>
        <location filename="../../ui/unexpected.py" line="42"/>
        <source>The details are in %1.</source>
        <translation>Szczegóły zapisano w pliku %1.</translation>
    </message>
    <message>
        <location filename="../../ui/unexpected.py" line="47"/>
        <source>Something Went Wrong</source>
        <translation>Coś poszło nie tak</translation>
    </message>
</context>
<context>
    <name>WorkshopClock</name>
    <message>
        <location filename="../../ui/live/clock.py" line="105"/>
        <source>Not started · planned %1–%2</source>
        <translation>Nie rozpoczęto · plan: %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="113"/>
        <source>Ran %1–%2 · %3</source>
        <translation>Trwał %1–%2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="119"/>
        <source>Elapsed %1</source>
        <translation>Upłynęło %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="120"/>
        <source>planned end %1</source>
        <translation>planowany koniec %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="125"/>
        <source>%1: %2 of %3 min</source>
        <translation>%1: %2 z %3 min</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="135"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="137"/>
        <source>%1 h %2 min</source>
        <translation>%1 godz. %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="142"/>
        <source>on plan</source>
        <translation>zgodnie z planem</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="144"/>
        <source>%1 over plan</source>
        <translation>%1 dłużej niż w planie</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="144"/>
        <source>%1 under plan</source>
        <translation>%1 krócej niż w planie</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="147"/>
        <source>%1 behind</source>
        <translation>%1 opóźnienia</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="147"/>
        <source>%1 ahead</source>
        <translation>%1 zapasu</translation>
    </message>
</context>
<context>
    <name>WrapUpPage</name>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="130"/>
        <source>Before everyone leaves</source>
        <translation>Zanim wszyscy wyjdą</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="138"/>
        <source>Follow-up workshop: %1</source>
        <translation>Spotkanie kontrolne: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="143"/>
        <source>No follow-up workshop is planned yet: set its date on the Setup page.</source>
        <translation>Nie zaplanowano jeszcze spotkania kontrolnego: ustal jego termin na stronie „Przygotowanie”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="148"/>
        <source>Where we stand</source>
        <translation>Gdzie jesteśmy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="151"/>
        <source>The self-assessment has not been completed, so no stage is shown.</source>
        <translation>Samoocena współpracy nie została wypełniona, więc etap nie jest pokazany.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="153"/>
        <source>Stage reached: %1 (%2 of 100)</source>
        <translation>Osiągnięty etap: „%1” (%2 na 100)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="161"/>
        <source>Recommended next moves</source>
        <translation>Zalecane kolejne kroki</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="170"/>
        <source>Top frictions</source>
        <translation>Najważniejsze tarcia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="172"/>
        <source>No frictions were rated.</source>
        <translation>Nie oceniono żadnych tarć.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="173"/>
        <source>Friction</source>
        <translation>Tarcie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="173"/>
        <source>Sales</source>
        <translation>Sprzedaż</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="173"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="173"/>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="184"/>
        <source>Shared goals</source>
        <translation>Wspólne cele</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="186"/>
        <source>No shared goals were set.</source>
        <translation>Nie ustalono wspólnych celów.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="198"/>
        <source>Who does what</source>
        <translation>Kto co robi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="200"/>
        <source>The funnel has no stages.</source>
        <translation>Lejek nie ma etapów.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="217"/>
        <source>%n stage(s) still break the one-Accountable rule.</source>
        <translation>
            <numerusform>%n etap wciąż łamie zasadę jednego A.</numerusform>
            <numerusform>%n etapy wciąż łamią zasadę jednego A.</numerusform>
            <numerusform>%n etapów wciąż łamie zasadę jednego A.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="221"/>
        <source>Handoff at</source>
        <translation>Miejsce przekazania</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="223"/>
        <source>Qualified lead</source>
        <translation>Kwalifikowany lead</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="225"/>
        <source>within %n hour(s)</source>
        <translation>
            <numerusform>w ciągu %n godziny</numerusform>
            <numerusform>w ciągu %n godzin</numerusform>
            <numerusform>w ciągu %n godzin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="226"/>
        <source>Sales follows up</source>
        <translation>Kontakt sprzedaży z leadem</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="228"/>
        <source>Feedback to Marketing</source>
        <translation>Informacja zwrotna dla marketingu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="231"/>
        <source>Rules of engagement</source>
        <translation>Zasady współpracy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="236"/>
        <source>Ten steps</source>
        <translation>Dziesięć kroków</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="237"/>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="237"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="237"/>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="237"/>
        <source>Evidence</source>
        <translation>Na czym opieramy ocenę</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="254"/>
        <source>Action plan</source>
        <translation>Plan działań</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="257"/>
        <source>No actions have been agreed yet.</source>
        <translation>Nie uzgodniono jeszcze żadnych działań.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="262"/>
        <source>%n without an owner</source>
        <translation>
            <numerusform>%n bez właściciela</numerusform>
            <numerusform>%n bez właściciela</numerusform>
            <numerusform>%n bez właściciela</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="264"/>
        <source>%n without a due date</source>
        <translation>
            <numerusform>%n bez terminu</numerusform>
            <numerusform>%n bez terminu</numerusform>
            <numerusform>%n bez terminu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="266"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="270"/>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="271"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="272"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="273"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="274"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="275"/>
        <source>Answers</source>
        <translation>Odpowiada na</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="282"/>
        <source>No owner</source>
        <translation>Brak właściciela</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="289"/>
        <source>No date</source>
        <translation>Bez terminu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="292"/>
        <source>overdue</source>
        <translation>po terminie</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <location filename="../../ui/accessibility.py" line="21"/>
        <source>Date of the follow-up workshop</source>
        <translation>Data spotkania kontrolnego</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="22"/>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="23"/>
        <source>Assessment answers, one row per participant</source>
        <translation>Odpowiedzi w samoocenie, jeden wiersz na uczestnika</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="24"/>
        <source>Notes on the assessment</source>
        <translation>Notatki do samooceny</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="25"/>
        <source>Friction map ratings</source>
        <translation>Oceny na mapie tarć</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="26"/>
        <source>Notes on the selected driver</source>
        <translation>Notatki do zaznaczonego źródła tarć</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="27"/>
        <source>Minutes on the timer</source>
        <translation>Minuty odliczania</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="28"/>
        <source>Sales&apos; own goals</source>
        <translation>Własne cele sprzedaży</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="29"/>
        <source>Marketing&apos;s own goals</source>
        <translation>Własne cele marketingu</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="30"/>
        <source>Shared goals</source>
        <translation>Wspólne cele</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="31"/>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="32"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="33"/>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="34"/>
        <source>How the work is split</source>
        <translation>Podział pracy</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="35"/>
        <source>Who is responsible at each funnel stage</source>
        <translation>Kto za co odpowiada na każdym etapie lejka</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="36"/>
        <source>Show actions with this status</source>
        <translation>Pokaż działania o tym statusie</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="37"/>
        <source>Show actions of this department</source>
        <translation>Pokaż działania tego działu</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="38"/>
        <source>Show actions answering this kind of item</source>
        <translation>Pokaż działania odpowiadające na ten rodzaj pozycji</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="39"/>
        <source>Show actions of this owner</source>
        <translation>Pokaż działania tego właściciela</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="40"/>
        <source>Action plan</source>
        <translation>Plan działań</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="41"/>
        <source>Wrap-up summary</source>
        <translation>Podsumowanie warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="42"/>
        <source>Perception gap per statement</source>
        <translation>Różnica w postrzeganiu według stwierdzeń</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="43"/>
        <source>Suggested rules of engagement</source>
        <translation>Proponowane zasady współpracy</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="44"/>
        <source>New rule of engagement</source>
        <translation>Nowa zasada współpracy</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="45"/>
        <source>Rules of engagement</source>
        <translation>Zasady współpracy</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="46"/>
        <source>Who to call</source>
        <translation>Do kogo dzwonić</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="47"/>
        <source>Insights and misreadings</source>
        <translation>Trafne spostrzeżenia i błędne wyobrażenia</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="53"/>
        <source>Chart of the perception gap between Sales and Marketing</source>
        <translation>Wykres różnicy w postrzeganiu między sprzedażą a marketingiem</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="56"/>
        <source>Chart of today&apos;s level and the target for each step</source>
        <translation>Wykres obecnego poziomu i celu dla każdego kroku</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="59"/>
        <source>Chart of who leads each funnel stage</source>
        <translation>Wykres: kto prowadzi poszczególne etapy lejka</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="76"/>
        <source>Evidence for step %1</source>
        <translation>Na czym opieramy ocenę kroku %1</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../ui/action_links.py" line="26"/>
        <location filename="../../ui/action_links.py" line="39"/>
        <source>New action</source>
        <translation>Nowe działanie</translation>
    </message>
    <message>
        <location filename="../../ui/action_links.py" line="27"/>
        <source>What will be done about “%1”?</source>
        <translation>Co zrobimy w sprawie „%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="38"/>
        <source>Planned</source>
        <translation>Zaplanowane</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="39"/>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="40"/>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="41"/>
        <source>Dropped</source>
        <translation>Porzucone</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="42"/>
        <source>Carried over</source>
        <translation>Przeniesione</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="49"/>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="50"/>
        <source>Medium</source>
        <translation>Średni</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="51"/>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="58"/>
        <source>Quick win</source>
        <translation>Szybka wygrana</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="59"/>
        <source>Major project</source>
        <translation>Duży projekt</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="60"/>
        <source>Fill-in</source>
        <translation>Na wolną chwilę</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="61"/>
        <source>Thankless task</source>
        <translation>Niewdzięczne zadanie</translation>
    </message>
</context>
<context>
    <name>follow_up</name>
    <message>
        <location filename="../../ui/pages/follow_up.py" line="34"/>
        <location filename="../../ui/pages/follow_up.py" line="45"/>
        <location filename="../../ui/pages/follow_up.py" line="65"/>
        <source>Turn into an action</source>
        <translation>Zamień na działanie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/follow_up.py" line="35"/>
        <source>Write something first: an action needs a title.</source>
        <translation>Najpierw coś wpisz: działanie potrzebuje tytułu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/follow_up.py" line="46"/>
        <source>The action plan already has “%1” for this. Add another action anyway?</source>
        <translation>Plan działań ma już do tego „%1”. Dodać mimo to kolejne działanie?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/follow_up.py" line="49"/>
        <source>Add another</source>
        <translation>Dodaj kolejne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/follow_up.py" line="70"/>
        <source>Added to the action plan: %1</source>
        <translation>Dodano do planu działań: %1</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Setup</source>
        <translation>Przygotowanie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Diagnosis</source>
        <translation>Diagnoza</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Friction map</source>
        <translation>Mapa tarć</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Role swap</source>
        <translation>Zamiana ról</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Shared goals</source>
        <translation>Wspólne cele</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Role split</source>
        <translation>Podział ról</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Ten steps</source>
        <translation>Dziesięć kroków</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Action plan</source>
        <translation>Plan działań</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Wrap-up</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Sales</source>
        <translation>Sprzedaż</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Leadership</source>
        <translation>Zarząd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Joint</source>
        <translation>Oba działy</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>%1 = pain %2</source>
        <translation>%1 = dotkliwość %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>withheld: fewer than %1 answers</source>
        <translation>nie pokazano: mniej niż %1 odpowiedzi</translation>
    </message>
</context>
<context>
    <name>projector</name>
    <message>
        <location filename="../../ui/live/panels.py" line="92"/>
        <location filename="../../ui/live/panels.py" line="210"/>
        <source>… and %1 more</source>
        <translation>… i jeszcze %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="121"/>
        <source>To start from</source>
        <translation>Pytania na początek</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="126"/>
        <source>%1 from %2</source>
        <translation>%2 – %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="133"/>
        <source>In the room: </source>
        <translation>Na sali: </translation>
    </message>
    <message>
        <location filename="../../ui/live/assessment_panel.py" line="27"/>
        <source>The results appear here once they are revealed.</source>
        <translation>Wyniki pojawią się tutaj, gdy zostaną pokazane.</translation>
    </message>
    <message>
        <location filename="../../ui/live/assessment_panel.py" line="44"/>
        <source>together %1: %2</source>
        <translation>łącznie %1: etap „%2”</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="144"/>
        <source>What hurts most: pain out of 10, plus dot votes</source>
        <translation>Co najbardziej doskwiera: dotkliwość (maks. 10) plus głosy (kropki)</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="171"/>
        <location filename="../../ui/live/panels.py" line="173"/>
        <source>%1 about %2</source>
        <translation>%1 opisuje: %2</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="172"/>
        <location filename="../../ui/live/panels.py" line="174"/>
        <source>%1 about itself</source>
        <translation>%1 o sobie</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="177"/>
        <source>How each side sees the other, and itself</source>
        <translation>Jak każda strona widzi drugą, a jak siebie</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="230"/>
        <source>Answer as the other department would</source>
        <translation>Odpowiedzcie tak, jak odpowiedziałby drugi dział</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="236"/>
        <source>The questions</source>
        <translation>Pytania</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="239"/>
        <source>What we have named so far</source>
        <translation>Co już nazwaliśmy</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="250"/>
        <source>Our shared goals</source>
        <translation>Nasze wspólne cele</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="256"/>
        <source>target %1</source>
        <translation>cel: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="261"/>
        <source>by %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="289"/>
        <source>gap %1</source>
        <translation>różnica %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="306"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="307"/>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="323"/>
        <source>What we will do</source>
        <translation>Co zrobimy</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="333"/>
        <source>Where we stand: %1</source>
        <translation>Gdzie jesteśmy: etap „%1”</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="342"/>
        <source>Moves that matter</source>
        <translation>Najważniejsze dźwignie</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="350"/>
        <source>We meet again on %1</source>
        <translation>Spotkanie kontrolne: %1</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../ui/undo.py" line="177"/>
        <source>Edit Captured Notes</source>
        <translation>Edytuj notatki z sali</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="179"/>
        <source>Edit Participants</source>
        <translation>Edytuj uczestników</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="181"/>
        <source>Edit Session Details</source>
        <translation>Edytuj szczegóły warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="186"/>
        <source>Add Action</source>
        <translation>Dodaj działanie</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="188"/>
        <source>Delete Action</source>
        <translation>Usuń działanie</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="190"/>
        <source>Reorder Actions</source>
        <translation>Zmień kolejność działań</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="191"/>
        <source>Edit Action Plan</source>
        <translation>Edytuj plan działań</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="192"/>
        <source>Edit %1</source>
        <translation>Edytuj etap „%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="222"/>
        <source>the action plan</source>
        <translation>plan działań</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="224"/>
        <source>the list of participants</source>
        <translation>listę uczestników</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="226"/>
        <source>the session details</source>
        <translation>dane sesji</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="228"/>
        <source>the captured notes</source>
        <translation>notatki z sali</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="230"/>
        <source>the %1 page</source>
        <translation>stronę „%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="234"/>
        <source>Cannot undo “%1”: %2 has changed since (a tracker update, a follow-up decision or another window). Undo stops here, so that change is kept.</source>
        <translation>Nie można cofnąć „%1”: od tego czasu zmieniono %2 (aktualizacja w śledzeniu działań, decyzja na spotkaniu kontrolnym lub inne okno). Cofanie zatrzymuje się tutaj, żeby ta zmiana została zachowana.</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="240"/>
        <source>Cannot redo “%1”: %2 has changed since. Redo stops here, so that change is kept.</source>
        <translation>Nie można ponowić „%1”: od tego czasu zmieniono %2. Ponawianie zatrzymuje się tutaj, żeby ta zmiana została zachowana.</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="279"/>
        <source>Review mode: switch to Edit to undo or redo changes.</source>
        <translation>Tryb przeglądu: aby cofać lub ponawiać zmiany, przełącz na „Edytuj”.</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="294"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Cofnij: %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="296"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="299"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ponów: %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="301"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
</context>
</TS>
