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
        <location filename="../../ui/models/actions.py" line="120"/>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="121"/>
        <source>Responds to</source>
        <translation>Odpowiada na</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="122"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="123"/>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="124"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="125"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="126"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="127"/>
        <source>Impact</source>
        <translation>Wpływ</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="128"/>
        <source>Effort</source>
        <translation>Nakład pracy</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="129"/>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="130"/>
        <source>Quadrant</source>
        <translation>Ćwiartka</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="135"/>
        <source>How much it would help, 1–5</source>
        <translation>Na ile by to pomogło, 1–5</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="136"/>
        <source>How much work it takes, 1–5</source>
        <translation>Ile pracy to wymaga, 1–5</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="137"/>
        <source>Dot votes from the room</source>
        <translation>Głosy sali (kropki)</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="138"/>
        <source>Where impact and effort put it</source>
        <translation>Miejsce wyznaczone przez wpływ i nakład pracy</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="176"/>
        <source>Overdue: this action was due on %1.</source>
        <translation>Po terminie: to działanie miało być gotowe %1.</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="189"/>
        <source>Free action</source>
        <translation>Działanie bez powiązania</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="191"/>
        <source>No owner yet</source>
        <translation>Brak właściciela</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="195"/>
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
        <location filename="../../ui/models/answers.py" line="146"/>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <location filename="../../ui/models/answers.py" line="148"/>
        <source>Scaled to the 20–100 range; “don&apos;t know” answers are skipped.</source>
        <translation>Przeliczone na skalę 20–100; odpowiedzi „nie wiem” są pomijane.</translation>
    </message>
    <message>
        <location filename="../../ui/models/answers.py" line="204"/>
        <source>? only</source>
        <translation>tylko ?</translation>
    </message>
    <message>
        <location filename="../../ui/models/answers.py" line="208"/>
        <source>%1 of %2 statements answered</source>
        <translation>Odpowiedzi na %1 z %2 stwierdzeń</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../../ui/commands/backup.py" line="32"/>
        <source>daily</source>
        <translation>codzienna</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="33"/>
        <source>made by hand</source>
        <translation>wykonana ręcznie</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="34"/>
        <source>before a restore</source>
        <translation>przed przywróceniem</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="35"/>
        <source>before an update of Truce</source>
        <translation>przed aktualizacją Truce</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="59"/>
        <source>%1

There is no backup to restore. Set the damaged file aside and start with an empty library?</source>
        <translation>%1

Nie ma kopii zapasowej, którą można przywrócić. Odłożyć uszkodzony plik na bok i zacząć od pustej biblioteki?</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="64"/>
        <source>Set aside and start empty</source>
        <translation>Odłóż i zacznij od pustej</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="67"/>
        <source>%1

Set the damaged file aside and restore the backup of %2?</source>
        <translation>%1

Odłożyć uszkodzony plik na bok i przywrócić kopię zapasową z %2?</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="73"/>
        <source>Restore backup</source>
        <translation>Przywróć kopię</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="75"/>
        <source>The session database is damaged</source>
        <translation>Baza warsztatów jest uszkodzona</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="89"/>
        <location filename="../../ui/commands/backup.py" line="187"/>
        <source>Truce cannot start</source>
        <translation>Nie można uruchomić programu Truce</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="93"/>
        <source>Database restored</source>
        <translation>Baza przywrócona</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="94"/>
        <source>The damaged file was kept as %1.</source>
        <translation>Uszkodzony plik zachowano jako %1.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="118"/>
        <source>Back up</source>
        <translation>Kopia zapasowa</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="121"/>
        <source>Backed up to %1</source>
        <translation>Zapisano kopię zapasową: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="135"/>
        <location filename="../../ui/commands/backup.py" line="141"/>
        <location filename="../../ui/commands/backup.py" line="147"/>
        <location filename="../../ui/commands/backup.py" line="159"/>
        <source>Restore from backup</source>
        <translation>Przywracanie z kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="136"/>
        <source>There are no backups yet.</source>
        <translation>Nie ma jeszcze żadnych kopii zapasowych.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="142"/>
        <source>Backup to restore:</source>
        <translation>Kopia do przywrócenia:</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="148"/>
        <source>Replace every session with the backup of %1? The sessions as they are now are backed up first, so this can be reversed.</source>
        <translation>Zastąpić wszystkie warsztaty kopią zapasową z %1? Obecny stan zostanie najpierw zapisany w kopii, więc tę operację można odwrócić.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="153"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="193"/>
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
    <name>CascadePanel</name>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="60"/>
        <source>Use &amp;typical figures</source>
        <translation>Użyj &amp;typowych wartości</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="62"/>
        <source>Fill in typical conversion rates and the growth of the shared revenue goal</source>
        <translation>Wpisz typowe współczynniki konwersji i wzrost ze wspólnego celu przychodowego</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="65"/>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="72"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="81"/>
        <source>&amp;Revenue of the period before:</source>
        <translation>&amp;Przychód w poprzednim okresie:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="82"/>
        <source>&amp;Growth to win:</source>
        <translation>&amp;Wzrost do zdobycia:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="83"/>
        <source>&amp;Period:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="84"/>
        <source>Average &amp;deal size:</source>
        <translation>Średnia &amp;wartość transakcji:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="98"/>
        <source>The revenue target</source>
        <translation>Cel przychodowy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="117"/>
        <source>The stage of %1&apos;s target</source>
        <translation>Etap, na którym %1 stawia swój cel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="120"/>
        <source>%1 plans:</source>
        <translation>%1 planuje:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="130"/>
        <source>Each department&apos;s own target</source>
        <translation>Własne cele działów</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="286"/>
        <source>Correct the figure in red: it is not saved.</source>
        <translation>Popraw liczbę oznaczoną na czerwono: nie została zapisana.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="294"/>
        <source>Still to give: %1.</source>
        <translation>Brakuje jeszcze: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="295"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="302"/>
        <source>New revenue to win: %1 in %2</source>
        <translation>Nowy przychód do zdobycia: %1 (okres: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="313"/>
        <source>Give each department&apos;s own target to see whether it is consistent.</source>
        <translation>Wpisz własne cele obu działów, żeby sprawdzić, czy są spójne.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="319"/>
        <source>Not consistent: %1 must plan for more to reach the revenue target.</source>
        <translation>Niespójne: żeby osiągnąć cel przychodowy, trzeba podnieść plan – %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="320"/>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="326"/>
        <source>Consistent: both departments&apos; targets cover what the revenue target needs.</source>
        <translation>Spójne: cele obu działów pokrywają to, czego wymaga cel przychodowy.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="343"/>
        <source>The shared revenue goal aims for %1 % growth; the cascade works with %2 %.</source>
        <translation>Wspólny cel przychodowy zakłada wzrost o %1%, a kaskada liczy z %2%.</translation>
    </message>
</context>
<context>
    <name>CascadeWords</name>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="25"/>
        <source>The revenue of the period before</source>
        <translation>Przychód w poprzednim okresie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="26"/>
        <source>The growth</source>
        <translation>Wzrost</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="27"/>
        <source>The average deal size</source>
        <translation>Średnia wartość transakcji</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="33"/>
        <source>%1 is not a figure.</source>
        <translation>%1 nie jest liczbą.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="35"/>
        <source>The growth must be above 0 % and at most 1,000 %.</source>
        <translation>Wzrost musi być większy niż 0% i wynosić najwyżej 1000%.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="38"/>
        <source>%1 must be above 0 and at most 10,000 billion.</source>
        <translation>%1 musi być większy niż 0 i wynosić najwyżej 10 bilionów.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="46"/>
        <source>The rate of %1 is not a figure.</source>
        <translation>Współczynnik dla etapu %1 nie jest liczbą.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="50"/>
        <source>The rate of %1 must be above 0 % and below 100 %: no stage turns none or all of its leads into the next.</source>
        <translation>Współczynnik dla etapu %1 musi być większy niż 0% i mniejszy niż 100%: żaden etap nie przepuszcza dalej ani zera, ani wszystkich leadów.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="62"/>
        <source>%1&apos;s target must be a whole number of leads.</source>
        <translation>Cel (%1) musi być całkowitą liczbą leadów.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="68"/>
        <source>The currency is a three-letter code such as EUR.</source>
        <translation>Waluta to trzyliterowy kod, np. PLN.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="77"/>
        <source>✓ covers the %1 needed (%2 to spare)</source>
        <translation>✓ pokrywa potrzebne %1 (zapas: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="81"/>
        <source>✗ %1 short of the %2 needed</source>
        <translation>✗ brakuje %1 do potrzebnych %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="86"/>
        <source>the rate of %1</source>
        <translation>współczynnik dla etapu %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="88"/>
        <source>the revenue of the period before</source>
        <translation>przychód w poprzednim okresie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="89"/>
        <source>the growth</source>
        <translation>wzrost</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="90"/>
        <source>the average deal size</source>
        <translation>średnia wartość transakcji</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="91"/>
        <source>the currency</source>
        <translation>waluta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="92"/>
        <source>the conversion rates</source>
        <translation>współczynniki konwersji</translation>
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
    <name>CoreMessages</name>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="12"/>
        <source>{problem} (see `{prog} --help`).</source>
        <translation>{problem} (zobacz `{prog} --help`).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="13"/>
        <source>{path} is a folder or a device, not a Truce database; give the path of a database file (a new one is created if none is there).</source>
        <translation>{path} to folder lub urządzenie, a nie baza Truce; podaj ścieżkę pliku bazy (jeśli go nie ma, zostanie utworzony nowy).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="17"/>
        <source>The session name given is {length} characters long; no session&apos;s id or title is longer than {most}. `truce list` shows the sessions.</source>
        <translation>Podana nazwa warsztatu ma {length} znaków; identyfikator ani tytuł żadnego warsztatu nie jest dłuższy niż {most}. `truce list` pokazuje warsztaty.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="21"/>
        <source>session name</source>
        <translation>nazwa warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="22"/>
        <source>search text</source>
        <translation>szukany tekst</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="23"/>
        <source>database path</source>
        <translation>ścieżka bazy</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="24"/>
        <source>The {label} given is not valid UTF-8 text or holds a control character, so Truce cannot use it.</source>
        <translation>Podana wartość ({label}) nie jest poprawnym tekstem UTF-8 lub zawiera znak sterujący, więc Truce nie może jej użyć.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="28"/>
        <source>There are no backups to restore.</source>
        <translation>Nie ma kopii zapasowych do przywrócenia.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="29"/>
        <source>A Truce window has this database open. Close the window and run the restore again, or use File ▸ Restore from Backup… in the window.</source>
        <translation>Okno Truce ma otwartą tę bazę. Zamknij okno i ponów przywracanie albo użyj w oknie polecenia Plik ▸ Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="33"/>
        <source>Give either a session or --all, not both.</source>
        <translation>Podaj warsztat albo --all, nie oba naraz.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="37"/>
        <source>Name the session to export (see `truce list`), or use --all.</source>
        <translation>Podaj warsztat do eksportu (zobacz `truce list`) albo użyj --all.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="41"/>
        <source>The disk is full; nothing was written. Free some space and try again.</source>
        <translation>Dysk jest pełny; niczego nie zapisano. Zwolnij trochę miejsca i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="45"/>
        <source>The disk is full: {name}; nothing was written. Free some space and try again.</source>
        <translation>Dysk jest pełny: {name}; niczego nie zapisano. Zwolnij trochę miejsca i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="49"/>
        <source>The disk is read-only; nothing was written.</source>
        <translation>Dysk jest tylko do odczytu; niczego nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="53"/>
        <source>The disk is read-only: {name}; nothing was written.</source>
        <translation>Dysk jest tylko do odczytu: {name}; niczego nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="57"/>
        <source>Permission denied.</source>
        <translation>Brak uprawnień.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="58"/>
        <source>Permission denied: {name}.</source>
        <translation>Brak uprawnień: {name}.</translation>
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
        <translation>Truce wyczerpał pamięć i zatrzymał się; nic więcej nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="65"/>
        <source>A name or text given is not valid UTF-8 (or cannot be written as such), so Truce cannot use it.</source>
        <translation>Podana nazwa lub tekst nie jest poprawnym UTF-8 (albo nie da się go tak zapisać), więc Truce nie może go użyć.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="69"/>
        <source>Something went wrong that Truce did not expect ({kind}).</source>
        <translation>Stało się coś, czego Truce się nie spodziewał ({kind}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="73"/>
        <source>Something went wrong that Truce did not expect ({kind}); the details are in {log}.</source>
        <translation>Stało się coś, czego Truce się nie spodziewał ({kind}); szczegóły są w {log}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="77"/>
        <source>“{address}” is not a team library; name one by a postgresql:// URI or as service=NAME (a service in ~/.pg_service.conf).</source>
        <translation>„{address}” nie jest biblioteką zespołu; wskaż ją adresem URI postgresql:// albo jako service=NAZWA (usługa w ~/.pg_service.conf).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="81"/>
        <source>--db names this computer&apos;s library here (a file); the team library is given with --to or --from.</source>
        <translation>Tutaj --db wskazuje bibliotekę tego komputera (plik); bibliotekę zespołu podaje się opcją --to albo --from.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="85"/>
        <source>`truce {command}` copies a library file; a team library is backed up on its server (ask its administrator), and `truce take-out` keeps a session here.</source>
        <translation>`truce {command}` kopiuje plik biblioteki; kopię zapasową biblioteki zespołu wykonuje się na jej serwerze (zapytaj administratora), a `truce take-out` zachowuje warsztat na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="12"/>
        <source>a whole number of {digits} digits</source>
        <translation>liczba całkowita o {digits} cyfrach</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="13"/>
        <source>a list of {count} items</source>
        <translation>lista (elementów: {count})</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="14"/>
        <source>an empty list</source>
        <translation>pusta lista</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="15"/>
        <location filename="../../ui/messages/table_documents.py" line="51"/>
        <source>an object</source>
        <translation>obiekt</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="16"/>
        <source>“{text}”</source>
        <translation>„{text}”</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="17"/>
        <source>“{text}…” ({length} characters)</source>
        <translation>„{text}…” (znaków: {length})</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="18"/>
        <source>empty</source>
        <translation>puste</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="19"/>
        <source>{first} or {second}</source>
        <translation>{first} lub {second}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="20"/>
        <source>{allowed}, or empty</source>
        <translation>{allowed} albo puste</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="21"/>
        <source>exactly {value}</source>
        <translation>dokładnie {value}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="22"/>
        <source>one of {values}</source>
        <translation>jedno z: {values}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="23"/>
        <source>one of {values}, or empty</source>
        <translation>jedno z: {values} albo puste</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="24"/>
        <source>a whole number from {low} to {high}</source>
        <translation>liczba całkowita od {low} do {high}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="28"/>
        <source>a whole number of at least {low}</source>
        <translation>liczba całkowita nie mniejsza niż {low}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="32"/>
        <source>a whole number</source>
        <translation>liczba całkowita</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="33"/>
        <source>a number from {low} to {high}</source>
        <translation>liczba od {low} do {high}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="34"/>
        <source>a number of at least {low}</source>
        <translation>liczba nie mniejsza niż {low}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="35"/>
        <source>a number above {low} and below {high}</source>
        <translation>liczba większa niż {low} i mniejsza niż {high}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="39"/>
        <source>a number above {low} and at most {high}</source>
        <translation>liczba większa niż {low}, najwyżej {high}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="43"/>
        <source>a number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="44"/>
        <source>a text of at most {most} characters</source>
        <translation>tekst o długości najwyżej {most} znaków</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="48"/>
        <source>a text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="49"/>
        <source>true or false</source>
        <translation>true albo false</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="50"/>
        <source>a list</source>
        <translation>lista</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="52"/>
        <source>something else</source>
        <translation>coś innego</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="53"/>
        <source>an id of 1 to 64 letters, digits and _ . : -</source>
        <translation>identyfikator z 1–64 liter, cyfr i znaków _ . : -</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="57"/>
        <source>a time of day written HH:MM on a 24-hour clock, or empty</source>
        <translation>godzina zapisana jako GG:MM w formacie 24-godzinnym albo puste</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="61"/>
        <source>a date written YYYY-MM-DD, from 1900 to 2200</source>
        <translation>data zapisana jako RRRR-MM-DD, od 1900 do 2200 roku</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="65"/>
        <source>a date and time written YYYY-MM-DDTHH:MM:SS with an optional offset (RFC 3339), from 1900 to 2200</source>
        <translation>data i godzina zapisane jako RRRR-MM-DDTGG:MM:SS z opcjonalnym przesunięciem strefy (RFC 3339), od 1900 do 2200 roku</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="69"/>
        <source>The document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="70"/>
        <source>The document {reason}.</source>
        <translation>Dokument: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="71"/>
        <source>{where}: {reason}.</source>
        <translation>{where}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="72"/>
        <source>{where}: the field name {field} {reason}.</source>
        <translation>{where}: nazwa pola {field} – {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="76"/>
        <source>This file holds {name}, which is not a number; a session document holds only finite numbers.</source>
        <translation>Ten plik zawiera {name}, co nie jest liczbą; plik warsztatu zawiera tylko liczby skończone.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="80"/>
        <source>This file holds the number {number}, which is too large or too long for a session document.</source>
        <translation>Ten plik zawiera liczbę {number}, która jest za duża lub za długa jak na plik warsztatu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="84"/>
        <source>This file holds a whole number of {digits} digits; no number in a session document has more than {most}.</source>
        <translation>Ten plik zawiera liczbę całkowitą o {digits} cyfrach; żadna liczba w pliku warsztatu nie ma ich więcej niż {most}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="88"/>
        <source>This file gives the field {field} twice in one object, so which one counts is unclear.</source>
        <translation>Ten plik podaje pole {field} dwa razy w jednym obiekcie, więc nie wiadomo, które się liczy.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="92"/>
        <source>This file is not UTF-8 text (byte {byte} is not), so it cannot be a session document.</source>
        <translation>Ten plik nie jest tekstem UTF-8 (bajt {byte} nim nie jest), więc nie może być plikiem warsztatu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="96"/>
        <source>This file is not valid JSON (line {line}, column {column}: {problem}).</source>
        <translation>Ten plik nie jest poprawnym JSON-em (wiersz {line}, kolumna {column}: {problem}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="100"/>
        <source>This file is nested too deeply to be a session document.</source>
        <translation>Ten plik jest zagnieżdżony zbyt głęboko, by mógł być plikiem warsztatu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="104"/>
        <source>{where}: is nested deeper than a session document ever is ({most} levels).</source>
        <translation>{where}: jest zagnieżdżone głębiej, niż bywa w pliku warsztatu (poziomów: {most}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="108"/>
        <source>{where}: has {count} fields; no object in a session document has more than {most}.</source>
        <translation>{where}: ma pól: {count}; żaden obiekt w pliku warsztatu nie ma ich więcej niż {most}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="112"/>
        <source>{where}: holds {count} items; no list in a session document holds more than {most}.</source>
        <translation>{where}: zawiera elementów: {count}; żadna lista w pliku warsztatu nie ma ich więcej niż {most}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="116"/>
        <source>This document holds more than {most} values; a session document never does.</source>
        <translation>Ten dokument zawiera więcej niż {most} wartości; plik warsztatu nigdy tyle nie ma.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="120"/>
        <source>This session holds a number that is not finite (a goal&apos;s baseline or target), which a session document cannot hold; correct it on the Shared goals page.</source>
        <translation>Ten warsztat zawiera liczbę, która nie jest skończona (punkt wyjścia lub cel wspólnego celu), a plik warsztatu nie może jej zawierać; popraw ją na stronie Wspólne cele.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="124"/>
        <source>This is not a Truce session document: it should be a JSON object.</source>
        <translation>To nie jest plik warsztatu Truce: powinien być obiektem JSON.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="128"/>
        <source>This is not a Truce session document (its “format” is not truce-session).</source>
        <translation>To nie jest plik warsztatu Truce (jego „format” to nie truce-session).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="132"/>
        <source>This session document has version {version}, from a newer Truce; this Truce reads version {readable}. Update Truce to import it.</source>
        <translation>Ten plik warsztatu ma wersję {version} z nowszego Truce; ten Truce czyta wersję {readable}. Zaktualizuj Truce, aby go zaimportować.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="136"/>
        <source>This session document does not say which version it is; this Truce reads version {readable}.</source>
        <translation>Ten plik warsztatu nie podaje swojej wersji; ten Truce czyta wersję {readable}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="140"/>
        <source>This session document gives its version as {version}; this Truce reads version {readable}.</source>
        <translation>Ten plik warsztatu podaje jako wersję {version}; ten Truce czyta wersję {readable}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="144"/>
        <source>This file is larger than {megabytes} MB; a session document never is.</source>
        <translation>Ten plik jest większy niż {megabytes} MB; plik warsztatu nigdy taki nie jest.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="148"/>
        <source>{name} is larger than {megabytes} MB; a session document never is.</source>
        <translation>{name} jest większy niż {megabytes} MB; plik warsztatu nigdy taki nie jest.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="152"/>
        <source>{path} is a folder, not a session document.</source>
        <translation>{path} to folder, a nie plik warsztatu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="153"/>
        <source>{path} is not a file but a device, pipe or socket, so it cannot be a session document.</source>
        <translation>{path} nie jest plikiem, lecz urządzeniem, potokiem lub gniazdem, więc nie może być plikiem warsztatu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="157"/>
        <source>{path} does not exist.</source>
        <translation>{path} nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="158"/>
        <source>{path} cannot be read: permission denied.</source>
        <translation>Nie można odczytać {path}: brak uprawnień.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="162"/>
        <source>{path} cannot be read: {detail}.</source>
        <translation>Nie można odczytać {path}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="163"/>
        <source>contains a control character ({code}), which a text cannot hold</source>
        <translation>zawiera znak sterujący ({code}), którego tekst nie może zawierać</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="167"/>
        <source>contains half of a character pair (a lone surrogate, {code}), which a text cannot hold</source>
        <translation>zawiera połowę pary znaków (osamotniony surogat, {code}), której tekst nie może zawierać</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="171"/>
        <source>has a field name {field} that is not an id (1 to 64 letters, digits and _ . : -)</source>
        <translation>ma nazwę pola {field}, która nie jest identyfikatorem (od 1 do 64 liter, cyfr i _ . : -)</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="175"/>
        <source>lacks the field “{field}”, which it must have</source>
        <translation>brakuje pola „{field}”, które musi być</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="179"/>
        <source>has a field {field} that a session document does not have</source>
        <translation>ma pole {field}, którego plik warsztatu nie ma</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="183"/>
        <source>holds {count} items; the most it can hold is {most}</source>
        <translation>zawiera elementów: {count}; najwyżej może ich mieć {most}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="187"/>
        <source>has {count} entries; the most it can hold is {most}</source>
        <translation>ma wpisów: {count}; najwyżej może ich mieć {most}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="191"/>
        <source>is {length} characters long; the most it can hold is {most}</source>
        <translation>ma długość {length} znaków; najwyżej może mieć {most}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="195"/>
        <source>must have a character that shows, not only spaces</source>
        <translation>musi mieć widoczny znak, nie same spacje</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="199"/>
        <source>must have a character that shows, not only spaces or invisible characters (it is {value})</source>
        <translation>musi mieć widoczny znak, nie same spacje czy niewidoczne znaki (jest: {value})</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="203"/>
        <source>must not be empty</source>
        <translation>nie może być puste</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="204"/>
        <source>must be {allowed} (it is {value})</source>
        <translation>musi być: {allowed} (jest: {value})</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="205"/>
        <source>{value} is used twice in one list</source>
        <translation>{value} występuje dwa razy na jednej liście</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="209"/>
        <source>{value} is not an action of this session</source>
        <translation>{value} nie jest działaniem tego warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="213"/>
        <source>a value belongs here</source>
        <translation>oczekiwano wartości</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="214"/>
        <source>a comma belongs here</source>
        <translation>oczekiwano przecinka</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="215"/>
        <source>a colon belongs here</source>
        <translation>oczekiwano dwukropka</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="216"/>
        <source>a field name in double quotes belongs here</source>
        <translation>oczekiwano nazwy pola w cudzysłowie prostym (&quot;)</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="220"/>
        <source>something follows the end of the document</source>
        <translation>po końcu dokumentu jest jeszcze coś</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="224"/>
        <source>a text that starts here is never closed</source>
        <translation>tekst, który zaczyna się tutaj, nie jest zamknięty</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="228"/>
        <source>a text holds a control character</source>
        <translation>tekst zawiera znak sterujący</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="232"/>
        <source>a backslash starts no valid escape</source>
        <translation>ukośnik wsteczny nie rozpoczyna poprawnej sekwencji</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="236"/>
        <source>Unknown document “{value}”; choose one of {choices}.</source>
        <translation>Nieznany dokument „{value}”; wybierz jeden z: {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="240"/>
        <source>Unknown format “{value}”; choose one of {choices}.</source>
        <translation>Nieznany format „{value}”; wybierz jeden z: {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="244"/>
        <source>Unknown paper size “{value}”; choose one of {choices}.</source>
        <translation>Nieznany rozmiar papieru „{value}”; wybierz jeden z: {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="248"/>
        <source>Unknown grouping “{value}”; choose one of {choices}.</source>
        <translation>Nieznane grupowanie „{value}”; wybierz jedno z: {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="252"/>
        <source>Worksheets are printed sheets; export them as PDF.</source>
        <translation>Karty pracy to arkusze do druku; wyeksportuj je jako PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="256"/>
        <source>The series comparison is a printed document; export it as PDF.</source>
        <translation>Porównanie serii to dokument do druku; wyeksportuj je jako PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="260"/>
        <source>A comparison needs at least two workshops of one series that have taken place. Duplicate a session for a follow-up, or add it to a series, first.</source>
        <translation>Porównanie wymaga co najmniej dwóch odbytych warsztatów z jednej serii. Najpierw zduplikuj warsztat na spotkanie kontrolne albo dodaj go do serii.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="264"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Folder {folder} nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="265"/>
        <source>{path} is a folder; choose a file name to export to.</source>
        <translation>{path} to folder; wybierz nazwę pliku do eksportu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="269"/>
        <source>The file name {start}… is too long for a disk to hold; choose a shorter one.</source>
        <translation>Nazwa pliku {start}… jest za długa dla dysku; wybierz krótszą.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="273"/>
        <source>Cannot write to {folder}: {reason}.</source>
        <translation>Nie można zapisywać w {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="274"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Nie można zapisać {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="275"/>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="276"/>
        <source>the disk is read-only</source>
        <translation>dysk jest tylko do odczytu</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="277"/>
        <source>the name is too long for this disk</source>
        <translation>nazwa jest za długa dla tego dysku</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="12"/>
        <source>the session database</source>
        <translation>baza warsztatów</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="13"/>
        <source>The session database {path} is damaged ({detail}). Truce can set it aside and restore the newest backup.</source>
        <translation>Baza warsztatów {path} jest uszkodzona ({detail}). Truce może ją odłożyć na bok i przywrócić najnowszą kopię zapasową.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="17"/>
        <source>The session database is damaged ({detail}). Truce can set it aside and restore the newest backup.</source>
        <translation>Baza warsztatów jest uszkodzona ({detail}). Truce może ją odłożyć na bok i przywrócić najnowszą kopię zapasową.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="21"/>
        <source>The disk that holds {path} is full.</source>
        <translation>Dysk, na którym jest {path}, jest pełny.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="22"/>
        <source>Truce cannot write to {path}: the file or its folder is read-only.</source>
        <translation>Truce nie może zapisywać do {path}: plik lub jego folder jest tylko do odczytu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="26"/>
        <source>Another program kept {path} locked for more than {seconds} seconds (another Truce, or a sync or backup tool).</source>
        <translation>Inny program blokował {path} dłużej niż {seconds} s (inne okno Truce albo narzędzie do synchronizacji lub kopii zapasowych).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="30"/>
        <source>Truce cannot reach {path}: its disk or network folder may have been disconnected.</source>
        <translation>Truce nie może dotrzeć do {path}: dysk lub folder sieciowy mógł zostać odłączony.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="34"/>
        <source>The disk that holds {path} reported an error.</source>
        <translation>Dysk, na którym jest {path}, zgłosił błąd.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="38"/>
        <source>Another program replaced or removed {path} (a restore from the command line?) while Truce had it open.</source>
        <translation>Inny program zastąpił lub usunął plik {path} (przywracanie z wiersza poleceń?), gdy Truce miał go otwarty.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="42"/>
        <source>{cause} {ending}</source>
        <translation>{cause} {ending}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="43"/>
        <source>The last change was not saved; everything saved before it is safe.</source>
        <translation>Ostatnia zmiana nie została zapisana; wszystko, co zapisano wcześniej, jest bezpieczne.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="47"/>
        <source>Truce cannot open the sessions until that is put right; nothing was moved.</source>
        <translation>Truce nie otworzy warsztatów, dopóki to nie zostanie naprawione; niczego nie przeniesiono.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="51"/>
        <source>The check and the day&apos;s backup did not run; nothing was changed or moved.</source>
        <translation>Sprawdzenie i dzienna kopia zapasowa nie zostały wykonane; niczego nie zmieniono ani nie przeniesiono.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="55"/>
        <source>The session database {path} could not be used: {detail}.</source>
        <translation>Nie można było użyć bazy warsztatów {path}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="59"/>
        <source>The session database could not be used: {detail}.</source>
        <translation>Nie można było użyć bazy warsztatów: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="63"/>
        <source>{path} was written by a newer version of Truce (schema {version}); update Truce to open it.</source>
        <translation>Plik {path} zapisała nowsza wersja Truce (schemat {version}); zaktualizuj Truce, aby go otworzyć.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="67"/>
        <source>{path} holds rows that refer to nothing ({count}, the first in {table}); it cannot be updated to this version. Nothing was changed.</source>
        <translation>Plik {path} zawiera wiersze, które do niczego się nie odwołują ({count}, pierwszy w {table}); nie można go zaktualizować do tej wersji. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="71"/>
        <source>The session database holds values of {what} that Truce does not know ({count}), so it cannot be updated to this version. Nothing was changed.</source>
        <translation>Baza warsztatów zawiera wartości pola „{what}”, których Truce nie zna ({count}), więc nie można jej zaktualizować do tej wersji. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="75"/>
        <source>The session database&apos;s action table is not the one Truce made, so it cannot be updated to this version. Nothing was changed.</source>
        <translation>Tabela działań w bazie warsztatów nie jest tą, którą utworzył Truce, więc nie można jej zaktualizować do tej wersji. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="79"/>
        <source>The backup could not be written to {folder}: {detail}.</source>
        <translation>Nie udało się zapisać kopii zapasowej w {folder}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="83"/>
        <source>{path} is not a backup file.</source>
        <translation>{path} nie jest plikiem kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="84"/>
        <source>{name} cannot be read ({detail}).</source>
        <translation>Nie można odczytać {name} ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="85"/>
        <source>{name} is not a Truce database; nothing was restored.</source>
        <translation>{name} nie jest bazą Truce; niczego nie przywrócono.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="89"/>
        <source>{name} was written by a newer version of Truce (schema {version}); update Truce to restore it. Nothing was restored.</source>
        <translation>Plik {name} zapisała nowsza wersja Truce (schemat {version}); zaktualizuj Truce, aby go przywrócić. Niczego nie przywrócono.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="93"/>
        <source>{name} is damaged itself and cannot be restored.</source>
        <translation>Plik {name} sam jest uszkodzony i nie można go przywrócić.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="97"/>
        <source>The backup could not be copied beside {name}: {detail}. Nothing was changed.</source>
        <translation>Nie udało się skopiować kopii zapasowej obok {name}: {detail}. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="101"/>
        <source>The backup could not be put in place of {name}: {detail}. Nothing was lost.</source>
        <translation>Nie udało się umieścić kopii zapasowej w miejscu {name}: {detail}. Nic nie zostało utracone.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="105"/>
        <source>{cause} Nothing was restored.</source>
        <translation>{cause} Niczego nie przywrócono.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="106"/>
        <source>{name} is in use by another program; close it and restore again. Nothing was restored.</source>
        <translation>Plik {name} jest używany przez inny program; zamknij ten program i przywróć ponownie. Niczego nie przywrócono.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="110"/>
        <source>This database has no file to back up.</source>
        <translation>Ta baza nie ma pliku, z którego można zrobić kopię zapasową.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="12"/>
        <source>{label} is {length} characters long; the most it can hold is {most}. Shorten it to save it.</source>
        <translation>{label}: długość {length} znaków; najwyżej może mieć {most}. Skróć, aby zapisać.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="16"/>
        <source>{label} contains a control character ({code}), which a text cannot hold. Remove it to save.</source>
        <translation>{label} zawiera znak sterujący ({code}), którego tekst nie może zawierać. Usuń go, aby zapisać.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="20"/>
        <source>A note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="21"/>
        <source>The reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="22"/>
        <source>A stage&apos;s name</source>
        <translation>Nazwa etapu</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="23"/>
        <source>A party&apos;s name</source>
        <translation>Nazwa strony</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="24"/>
        <source>The session&apos;s details</source>
        <translation>Dane warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="25"/>
        <source>A participant&apos;s name</source>
        <translation>Imię uczestnika</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="26"/>
        <source>A participant&apos;s role</source>
        <translation>Rola uczestnika</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="27"/>
        <source>Action “{title}”</source>
        <translation>Działanie „{title}”</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="28"/>
        <source>Text in {name}</source>
        <translation>Tekst w części {name}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="29"/>
        <source>A comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="30"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="31"/>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="32"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="33"/>
        <source>Location</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="34"/>
        <source>Facilitator</source>
        <translation>Prowadzący</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="35"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="36"/>
        <source>Series</source>
        <translation>Seria</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="37"/>
        <source>Previous workshop</source>
        <translation>Poprzedni warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="38"/>
        <source>Follow-up date</source>
        <translation>Data spotkania kontrolnego</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="39"/>
        <source>A note needs some text.</source>
        <translation>Notatka musi zawierać tekst.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="40"/>
        <source>An empty note cannot become an action.</source>
        <translation>Pusta notatka nie może stać się działaniem.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="41"/>
        <source>This note is already an action in the plan.</source>
        <translation>Ta notatka jest już działaniem w planie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="45"/>
        <source>A theme needs a name.</source>
        <translation>Temat potrzebuje nazwy.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="46"/>
        <source>Choose at least two notes to merge into a theme.</source>
        <translation>Wybierz co najmniej dwie notatki, aby połączyć je w temat.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="50"/>
        <source>“{title}” is no longer open; it needs no decision.</source>
        <translation>„{title}” nie jest już otwarte; nie wymaga decyzji.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="54"/>
        <source>Say why the action is dropped: a dropped action needs a reason.</source>
        <translation>Podaj, dlaczego działanie jest porzucane: porzucone działanie wymaga powodu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="58"/>
        <source>A carried-over action needs a new due date.</source>
        <translation>Przeniesione działanie wymaga nowego terminu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="62"/>
        <source>The workshop this session follows up is no longer in the library.</source>
        <translation>Warsztatu, którego kontynuacją jest ten warsztat, nie ma już w bibliotece.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="66"/>
        <source>This action has already been decided at this follow-up.</source>
        <translation>O tym działaniu już zdecydowano na tym spotkaniu kontrolnym.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="70"/>
        <source>A cell holds R, A, C or I, not “{value}”.</source>
        <translation>Komórka może zawierać R, A, C lub I, a nie „{value}”.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="71"/>
        <source>The handoff must be at one of the funnel&apos;s stages.</source>
        <translation>Przekazanie musi nastąpić na jednym z etapów lejka.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="75"/>
        <source>There is no role split template called “{name}”.</source>
        <translation>Nie ma szablonu podziału ról o nazwie „{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="79"/>
        <source>This template hands over at a funnel stage your map no longer has; choose the handoff stage yourself.</source>
        <translation>Ten szablon przekazuje na etapie lejka, którego twoja mapa już nie ma; wybierz etap przekazania samodzielnie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="83"/>
        <source>A stage needs a name.</source>
        <translation>Etap musi mieć nazwę.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="84"/>
        <source>A party needs a name.</source>
        <translation>Strona musi mieć nazwę.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="85"/>
        <source>A funnel holds at most {most} stages.</source>
        <translation>Lejek może mieć najwyżej {most} etapów.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="86"/>
        <source>A map holds at most {most} parties.</source>
        <translation>Mapa może mieć najwyżej {most} stron.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="87"/>
        <source>Sales, Marketing and Shared keep their names.</source>
        <translation>Strony Sprzedaż, Marketing i Wspólnie zachowują swoje nazwy.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="91"/>
        <source>Sales, Marketing and Shared cannot be removed.</source>
        <translation>Stron Sprzedaż, Marketing i Wspólnie nie można usunąć.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="95"/>
        <source>A session needs a title with a character that shows.</source>
        <translation>Warsztat musi mieć tytuł z widocznym znakiem.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="99"/>
        <source>A session needs a title.</source>
        <translation>Warsztat musi mieć tytuł.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="100"/>
        <source>Unknown language “{language}”; choose one of {choices}.</source>
        <translation>Nieznany język „{language}”; wybierz jeden z: {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="104"/>
        <source>“{title}” is already in the library. Import it as a copy, or replace the one you have.</source>
        <translation>„{title}” jest już w bibliotece. Zaimportuj go jako kopię albo zastąp ten, który masz.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="108"/>
        <source>These session details cannot be changed: {names}.</source>
        <translation>Tych danych warsztatu nie można zmienić: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="112"/>
        <source>{name} is not a section of a session.</source>
        <translation>{name} nie jest częścią warsztatu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="116"/>
        <source>No session with id {id}.</source>
        <translation>Brak warsztatu o identyfikatorze {id}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="117"/>
        <source>An action needs a title.</source>
        <translation>Działanie musi mieć tytuł.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="118"/>
        <source>This action is no longer in its session.</source>
        <translation>Tego działania nie ma już w jego warsztacie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="119"/>
        <source>Planned</source>
        <translation>Zaplanowane</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="120"/>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="121"/>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="122"/>
        <source>Dropped</source>
        <translation>Porzucone</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="123"/>
        <source>Carried over</source>
        <translation>Przeniesione</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="124"/>
        <source>Participant id {id} appears twice.</source>
        <translation>Identyfikator uczestnika {id} występuje dwa razy.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="125"/>
        <source>Nothing changed: choose a new status or date, or add a comment.</source>
        <translation>Nic się nie zmieniło: wybierz nowy status lub datę albo dodaj komentarz.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="129"/>
        <source>The library cannot be sorted by {sort}.</source>
        <translation>Biblioteki nie można sortować według {sort}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="130"/>
        <source>No session matches “{ref}”. `truce list` shows the sessions.</source>
        <translation>Żaden warsztat nie pasuje do „{ref}”. `truce list` pokazuje warsztaty.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="134"/>
        <source>More than one session matches “{ref}”; use its id instead.</source>
        <translation>Do „{ref}” pasuje więcej niż jeden warsztat; użyj jego identyfikatora.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="138"/>
        <source>The {part} of this session changed since this step was recorded.</source>
        <translation>Część „{part}” tego warsztatu zmieniła się od zapisania tego kroku.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="12"/>
        <source>A lead waterfall holds at most {most} stages.</source>
        <translation>Kaskada leadów może mieć najwyżej {most} etapów.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="15"/>
        <source>A lead stage needs a name.</source>
        <translation>Etap leada musi mieć nazwę.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="16"/>
        <source>That lead stage is no longer on the map.</source>
        <translation>Tego etapu leada nie ma już na mapie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="19"/>
        <source>A lead stage&apos;s owner must be one of the map&apos;s parties.</source>
        <translation>Właścicielem etapu leada musi być jedna ze stron mapy.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="22"/>
        <source>Keep the rejection reasons to at most {most}.</source>
        <translation>Powodów odrzucenia może być najwyżej {most}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="25"/>
        <source>Sales&apos; time to accept or reject is between {low} and {high} hours.</source>
        <translation>Czas, w którym sprzedaż przyjmuje lub odrzuca leada, wynosi od {low} do {high} godzin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="28"/>
        <source>An SLA&apos;s period is a week, a month or a quarter.</source>
        <translation>Okres SLA to tydzień, miesiąc lub kwartał.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="31"/>
        <source>An SLA is reviewed monthly or quarterly.</source>
        <translation>SLA przegląda się co miesiąc lub co kwartał.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="34"/>
        <source>{commitment} is {low}–{high}.</source>
        <translation>{commitment}: od {low} do {high}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="35"/>
        <source>The SLA has no commitment called “{commitment}”.</source>
        <translation>SLA nie zawiera zobowiązania o nazwie „{commitment}”.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="38"/>
        <source>A lead stage&apos;s name</source>
        <translation>Nazwa etapu leada</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="39"/>
        <source>Entry criteria</source>
        <translation>Kryteria wejścia</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="40"/>
        <source>Exit criteria</source>
        <translation>Kryteria wyjścia</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="41"/>
        <source>A rejection reason</source>
        <translation>Powód odrzucenia</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="42"/>
        <source>The recycling rule</source>
        <translation>Zasada recyklingu</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="43"/>
        <source>Who monitors the SLA</source>
        <translation>Kto monitoruje SLA</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="44"/>
        <source>What happens when the SLA is missed</source>
        <translation>Co się dzieje, gdy SLA nie zostanie dotrzymane</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="45"/>
        <source>The SLA&apos;s leads per salesperson</source>
        <translation>Liczba leadów na handlowca w SLA</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="46"/>
        <source>The SLA&apos;s share of leads accepted (%)</source>
        <translation>Odsetek przyjętych leadów w SLA (%)</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="49"/>
        <source>The SLA&apos;s hours to follow up a lead</source>
        <translation>Czas na kontakt z leadem w SLA (w godzinach)</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="52"/>
        <source>The SLA&apos;s contact attempts per lead</source>
        <translation>Liczba prób kontaktu z leadem w SLA</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="53"/>
        <source>{what} is missing.</source>
        <translation>Brakuje pola: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="54"/>
        <source>{what} is out of range.</source>
        <translation>{what}: wartość spoza dopuszczalnego zakresu.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="55"/>
        <source>The currency must be a three-letter ISO code such as EUR.</source>
        <translation>Waluta musi być trzyliterowym kodem ISO, na przykład EUR.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="58"/>
        <source>{what} must be above 0 % and below 100 %: no stage converts none or all of its leads.</source>
        <translation>{what} musi być większy niż 0% i mniejszy niż 100%: żaden etap nie konwertuje ani żadnego, ani wszystkich swoich leadów.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="62"/>
        <source>A cascade&apos;s period is one of {periods}.</source>
        <translation>Okres kaskady to jeden z: {periods}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="63"/>
        <source>A cascade has no stage called {stage}.</source>
        <translation>Kaskada nie ma etapu o nazwie „{stage}”.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="66"/>
        <source>A department&apos;s target is set at one of the lead stages.</source>
        <translation>Wartość docelowa działu jest ustalana na jednym z etapów leada.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="69"/>
        <source>A joint meeting is held {frequencies}.</source>
        <translation>Wspólne spotkanie odbywa się z jedną z częstotliwości: {frequencies}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="72"/>
        <source>A joint meeting lasts from {low} to {high} minutes.</source>
        <translation>Wspólne spotkanie trwa od {low} do {high} minut.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="75"/>
        <source>The revenue of the period before</source>
        <translation>Przychód z poprzedniego okresu</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="76"/>
        <source>The growth</source>
        <translation>Wzrost</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="77"/>
        <source>The average deal size</source>
        <translation>Średnia wartość transakcji</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="78"/>
        <source>The currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="79"/>
        <source>The target of sales</source>
        <translation>Wartość docelowa sprzedaży</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="80"/>
        <source>The target of marketing</source>
        <translation>Wartość docelowa marketingu</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="81"/>
        <source>The conversion rate of the inquiry stage</source>
        <translation>Współczynnik konwersji etapu zapytań</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="84"/>
        <source>The conversion rate of the mql stage</source>
        <translation>Współczynnik konwersji etapu MQL</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="85"/>
        <source>The conversion rate of the sal stage</source>
        <translation>Współczynnik konwersji etapu SAL</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="86"/>
        <source>The conversion rate of the sql stage</source>
        <translation>Współczynnik konwersji etapu SQL</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="87"/>
        <source>The conversion rate of the opportunity stage</source>
        <translation>Współczynnik konwersji etapu szans sprzedażowych</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="12"/>
        <source>the team library {place}</source>
        <translation>biblioteka zespołu {place}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="13"/>
        <source>“{service}”</source>
        <translation>„{service}”</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="14"/>
        <source>“{database}” on {host}</source>
        <translation>„{database}” na {host}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="15"/>
        <source>“{database}” on this computer</source>
        <translation>„{database}” na tym komputerze</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="16"/>
        <source>Truce cannot reach the team library {place} ({detail}).</source>
        <translation>Truce nie może połączyć się z biblioteką zespołu {place} ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="19"/>
        <source>Truce cannot reach the team library {place} ({detail}). The last change was not saved there; the local library is unaffected.</source>
        <translation>Truce nie może połączyć się z biblioteką zespołu {place} ({detail}). Ostatnia zmiana nie została tam zapisana; biblioteka na tym komputerze pozostała nienaruszona.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="23"/>
        <source>waiting a few seconds before trying again</source>
        <translation>odczekuję kilka sekund przed kolejną próbą</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="26"/>
        <source>The team library {place} was set up by a newer version of Truce (schema {version}); update Truce to use it.</source>
        <translation>Biblioteka zespołu {place} została utworzona przez nowszą wersję Truce (schemat {version}); zaktualizuj Truce, aby z niej korzystać.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="30"/>
        <source>The team library {place} needs its tables brought to schema {version}, and this role may not change them: ask the library&apos;s administrator to open it once as its owner.</source>
        <translation>Tabele biblioteki zespołu {place} trzeba przenieść do schematu {version}, a ta rola nie może ich zmieniać: poproś administratora biblioteki, aby raz otworzył ją jako jej właściciel.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="34"/>
        <source>Your role in the team library {place} may not do this (the library&apos;s permissions refuse it); nothing was changed.</source>
        <translation>Twoja rola w bibliotece zespołu {place} na to nie pozwala (odmawiają tego uprawnienia biblioteki); niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="38"/>
        <source>The team library {place} refused the change ({detail}); nothing was changed.</source>
        <translation>Biblioteka zespołu {place} odrzuciła zmianę ({detail}); niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="42"/>
        <source>The team library {place} already holds a workshop with this one&apos;s id that your role may not see (another facilitator&apos;s, not shared with you); nothing was changed. A new copy, with an id of its own, can be added instead.</source>
        <translation>Biblioteka zespołu {place} ma już warsztat o tym samym identyfikatorze, którego Twoja rola nie widzi (należy do innego prowadzącego i nie został Ci udostępniony); niczego nie zmieniono. Zamiast tego można dodać nową kopię z własnym identyfikatorem.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="46"/>
        <source>The team library {place} could not be used: {detail}.</source>
        <translation>Nie można użyć biblioteki zespołu {place}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="49"/>
        <source>“{title}” changed in the team library {place} since you last published or took it out (it is at version {theirs}; you last met version {known}): nothing was overwritten. Compare the two and choose --as-copy or --update.</source>
        <translation>Warsztat „{title}” zmienił się w bibliotece zespołu {place} od ostatniej publikacji lub pobrania (jest w wersji {theirs}; ostatnio widziana była wersja {known}): niczego nie nadpisano. Porównaj obie wersje i wybierz --as-copy albo --update.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="53"/>
        <source>“{title}” changed in the team library {place} since you last published or took it out (it is at version {theirs}; you last met none of its versions): nothing was overwritten. Compare the two and choose --as-copy or --update.</source>
        <translation>Warsztat „{title}” zmienił się w bibliotece zespołu {place} od ostatniej publikacji lub pobrania (jest w wersji {theirs}; żadna jego wersja nie była dotąd widziana): niczego nie nadpisano. Porównaj obie wersje i wybierz --as-copy albo --update.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="57"/>
        <source>“{title}” changed in this computer&apos;s library since it last met the team library&apos;s copy (now at version {theirs}): nothing was overwritten. Compare the two and choose --as-copy or --update.</source>
        <translation>Warsztat „{title}” zmienił się w bibliotece tego komputera od ostatniego zestawienia z kopią w bibliotece zespołu (teraz w wersji {theirs}): niczego nie nadpisano. Porównaj obie wersje i wybierz --as-copy albo --update.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="61"/>
        <source>Publishing and taking out move sessions between this computer&apos;s library and a team library; give a local library with --db, or none for the usual one.</source>
        <translation>Publikowanie i pobieranie przenosi warsztaty między biblioteką tego komputera a biblioteką zespołu; wskaż bibliotekę lokalną opcją --db albo pomiń tę opcję, aby użyć zwykłej.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="65"/>
        <source>Last changed</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="66"/>
        <source>People</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="67"/>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="68"/>
        <source>History entries</source>
        <translation>Wpisy w historii</translation>
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
        <location filename="../../ui/pages/diagnosis.py" line="71"/>
        <source>Answers from Phones…</source>
        <translation>Odpowiedzi z telefonów…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="85"/>
        <source>Type 1–5 to rate (1 strongly disagree, 5 strongly agree), 0 or ? for “don&apos;t know”: the cursor moves on by itself. Tab or Enter skips a statement, Delete clears it.</source>
        <translation>Wpisz 1–5, aby ocenić (1 – zdecydowanie się nie zgadzam, 5 – zdecydowanie się zgadzam), 0 lub ? oznacza „nie wiem”: kursor sam przechodzi dalej. Tab lub Enter pomija stwierdzenie, Delete czyści odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="93"/>
        <source>Notes on the answers: what people said while rating…</source>
        <translation>Notatki do odpowiedzi: co mówili uczestnicy podczas oceniania…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="123"/>
        <source>1 · Answers</source>
        <translation>1 · Odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="124"/>
        <source>2 · Results</source>
        <translation>2 · Wyniki</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="125"/>
        <source>3 · Perception gap</source>
        <translation>3 · Różnica w postrzeganiu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="155"/>
        <source>Former participant (%1)</source>
        <translation>Były uczestnik (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="180"/>
        <source>Nobody to enter answers for yet: add the participants on the Setup page, or switch to one set per department.</source>
        <translation>Nie ma jeszcze nikogo, czyje odpowiedzi można wpisać: dodaj uczestników na stronie „Przygotowanie” albo przełącz na jeden zestaw na dział.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="204"/>
        <source>%1 %2 / 100</source>
        <translation>%1 %2 / 100</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="212"/>
        <source>perception gap %1</source>
        <translation>różnica w postrzeganiu %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="224"/>
        <source>%1 of %2 complete</source>
        <translation>Ukończono: %1 z %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="247"/>
        <source>Select a cell to see its statement here.</source>
        <translation>Zaznacz komórkę, aby zobaczyć tutaj jej stwierdzenie.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="263"/>
        <source>Diagnosis</source>
        <translation>Diagnoza</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="282"/>
        <source>Change how answers are entered</source>
        <translation>Zmiana sposobu wpisywania odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="284"/>
        <source>The %1 answers entered so far belong to the other way of entering them and will be removed. Switch anyway?</source>
        <translation>Wpisane dotąd odpowiedzi (%1) należą do drugiego sposobu wpisywania i zostaną usunięte. Przełączyć mimo to?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="287"/>
        <source>Switch and remove answers</source>
        <translation>Przełącz i usuń odpowiedzi</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <location filename="../../ui/exporting.py" line="76"/>
        <source>Preparing document</source>
        <translation>Przygotowywanie dokumentu</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="87"/>
        <location filename="../../ui/exporting.py" line="112"/>
        <location filename="../../ui/exporting.py" line="129"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="163"/>
        <source>Action Plan (PDF)…</source>
        <translation>Plan działań (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="169"/>
        <source>Session Report (PDF)…</source>
        <translation>Raport z warsztatu (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="175"/>
        <source>Blank Worksheets (PDF)…</source>
        <translation>Puste karty pracy (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="181"/>
        <source>Actions (CSV)…</source>
        <translation>Działania (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="187"/>
        <source>Actions and History (Excel)…</source>
        <translation>Działania i historia (Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="193"/>
        <source>Actions as Calendar (.ics)…</source>
        <translation>Działania jako kalendarz (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="199"/>
        <source>Session Summary (Markdown)…</source>
        <translation>Podsumowanie warsztatu (Markdown)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="205"/>
        <source>Session Document (JSON)…</source>
        <translation>Plik warsztatu (JSON)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="212"/>
        <source>Preview Action Plan…</source>
        <translation>Podgląd planu działań…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="218"/>
        <source>Preview Session Report…</source>
        <translation>Podgląd raportu z warsztatu…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="224"/>
        <source>&amp;Print Action Plan…</source>
        <translation>&amp;Drukuj plan działań…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="234"/>
        <source>Paper Size</source>
        <translation>Rozmiar papieru</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="236"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="242"/>
        <source>Group Actions By</source>
        <translation>Grupuj działania według</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="245"/>
        <source>Owner</source>
        <translation>Właściciela</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="246"/>
        <source>Department</source>
        <translation>Działu</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="280"/>
        <source>Exported to %1</source>
        <translation>Wyeksportowano do %1</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="284"/>
        <source>Preparing %1…</source>
        <translation>Przygotowywanie: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="297"/>
        <source>Action plan</source>
        <translation>Plan działań</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="298"/>
        <source>Session report</source>
        <translation>Raport z warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="299"/>
        <source>Worksheets</source>
        <translation>Karty pracy</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="303"/>
        <source>Preparing the preview…</source>
        <translation>Przygotowywanie podglądu…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="322"/>
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
        <location filename="../../ui/dialogs/follow_up_review.py" line="44"/>
        <source>Actions from the previous workshop</source>
        <translation>Działania z poprzedniego warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="54"/>
        <source>Decide what became of each open action. Actions you have not decided on stay here; reopen this list from the action plan whenever you like.</source>
        <translation>Zdecyduj, co dalej z każdym otwartym działaniem. Działania bez decyzji zostają na tej liście; możesz do niej wrócić z planu działań w dowolnej chwili.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="63"/>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="63"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="63"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="78"/>
        <source>Required to drop; optional otherwise</source>
        <translation>Wymagane przy porzuceniu, w pozostałych przypadkach opcjonalne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="80"/>
        <source>New due &amp;date (carry over):</source>
        <translation>Nowy &amp;termin (przy przeniesieniu):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="81"/>
        <source>&amp;Reason or comment:</source>
        <translation>&amp;Powód lub komentarz:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="83"/>
        <source>Mark do&amp;ne</source>
        <translation>Oznacz jako &amp;zrobione</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="85"/>
        <source>&amp;Carry over</source>
        <translation>Prze&amp;nieś</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="87"/>
        <source>Dro&amp;p</source>
        <translation>P&amp;orzuć</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="125"/>
        <source>The previous workshop is no longer in the library.</source>
        <translation>Poprzedniego warsztatu nie ma już w bibliotece.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="130"/>
        <source>Open actions from “%1”</source>
        <translation>Otwarte działania z warsztatu „%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/follow_up_review.py" line="143"/>
        <source>%n decided</source>
        <translation>
            <numerusform>%n rozstrzygnięte</numerusform>
            <numerusform>%n rozstrzygnięte</numerusform>
            <numerusform>%n rozstrzygniętych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/follow_up_review.py" line="145"/>
        <source>%n still open</source>
        <translation>
            <numerusform>%n wciąż otwarte</numerusform>
            <numerusform>%n wciąż otwarte</numerusform>
            <numerusform>%n wciąż otwartych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="167"/>
        <source>Write down why the action is dropped, then press Drop.</source>
        <translation>Zapisz, dlaczego działanie zostaje porzucone, a potem naciśnij „Porzuć”.</translation>
    </message>
</context>
<context>
    <name>FrictionsModel</name>
    <message>
        <location filename="../../ui/models/frictions.py" line="118"/>
        <source>Friction driver</source>
        <translation>Źródło tarć</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="119"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="120"/>
        <location filename="../../ui/models/frictions.py" line="121"/>
        <source>%1 pain</source>
        <translation>%1: dotkliwość</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="122"/>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="123"/>
        <source>The two views</source>
        <translation>Porównanie</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="124"/>
        <source>Carry forward</source>
        <translation>Do planu</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="129"/>
        <source>0 no pain … 5 hurts a lot: type the digit</source>
        <translation>0 – nie przeszkadza … 5 – bardzo doskwiera: wpisz cyfrę</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="131"/>
        <source>Dot votes: + and − change them</source>
        <translation>Głosy (kropki): zmieniasz je klawiszami + i −</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="145"/>
        <source>Same view</source>
        <translation>Zgodna ocena</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="147"/>
        <source>Hurts %1 more</source>
        <translation>Bardziej doskwiera: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="188"/>
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
        <location filename="../../ui/pages/frictions.py" line="123"/>
        <source>Ratings from Phones…</source>
        <translation>Oceny z telefonów…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="124"/>
        <source>Dot Votes from Phones…</source>
        <translation>Głosy kropkami z telefonów…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="131"/>
        <source>What the room said about this driver…</source>
        <translation>Co sala mówiła o tym źródle tarć…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="136"/>
        <source>Selected driver</source>
        <translation>Zaznaczone źródło tarć</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="145"/>
        <source>What the map says</source>
        <translation>Co pokazuje mapa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="180"/>
        <source>%1: its ratings are shown greyed, in brackets, until this workshop&apos;s are typed.</source>
        <translation>%1: jego oceny są widoczne na szaro, w nawiasach, dopóki nie wpiszesz ocen z tego warsztatu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="207"/>
        <source>A driver the room added: %1</source>
        <translation>Źródło dodane przez salę: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="212"/>
        <source>Select a driver to see what it means.</source>
        <translation>Zaznacz źródło tarć, aby zobaczyć jego opis.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="220"/>
        <source>Most painful</source>
        <translation>Najbardziej dotkliwe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="229"/>
        <source>Rate the drivers to see which ones hurt most.</source>
        <translation>Oceń źródła tarć, aby zobaczyć, które najbardziej doskwierają.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="232"/>
        <source>Both sides feel it</source>
        <translation>Odczuwają to obie strony</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="237"/>
        <source>The two sides see it differently</source>
        <translation>Strony widzą to inaczej</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="241"/>
        <source>%1: Sales %2, Marketing %3</source>
        <translation>%1: sprzedaż %2, marketing %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/frictions.py" line="251"/>
        <source>%n driver(s) not yet rated by both sides.</source>
        <translation>
            <numerusform>%n źródło tarć nie ma jeszcze ocen obu stron.</numerusform>
            <numerusform>%n źródła tarć nie mają jeszcze ocen obu stron.</numerusform>
            <numerusform>%n źródeł tarć nie ma jeszcze ocen obu stron.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="257"/>
        <source>Carried forward to the action plan</source>
        <translation>Przeniesione do planu działań</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="269"/>
        <source>Friction map</source>
        <translation>Mapa tarć</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="296"/>
        <source>Add a friction driver</source>
        <translation>Dodaj źródło tarć</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="326"/>
        <source>Remove driver</source>
        <translation>Usuń źródło tarć</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="327"/>
        <source>Remove “%1” and its ratings from the friction map?</source>
        <translation>Usunąć „%1” wraz z ocenami z mapy tarć?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="328"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="339"/>
        <source>Carry forward</source>
        <translation>Do planu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="340"/>
        <source>Rate some drivers first: nothing hurts yet.</source>
        <translation>Najpierw oceń kilka źródeł tarć: na razie nic nie doskwiera.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="359"/>
        <source>Tackle: %1</source>
        <translation>Rozwiązać: %1</translation>
    </message>
</context>
<context>
    <name>FunnelBox</name>
    <message>
        <location filename="../../ui/pages/cascade_funnel.py" line="38"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_funnel.py" line="38"/>
        <source>Reach the next stage</source>
        <translation>Przechodzi dalej</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_funnel.py" line="38"/>
        <source>Needed</source>
        <translation>Potrzeba</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_funnel.py" line="75"/>
        <source>The funnel, worked back</source>
        <translation>Lejek liczony wstecz</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_funnel.py" line="85"/>
        <source>Share of %1 reaching the next stage, in per cent</source>
        <translation>Odsetek etapu %1 przechodzący dalej, w procentach</translation>
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
        <location filename="../../ui/pages/diagnosis_gaps.py" line="131"/>
        <source>The gap is hidden until the results are revealed.</source>
        <translation>Różnica pozostaje ukryta, dopóki nie pokażesz wyników.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="134"/>
        <source>No gap is shown for %1 (%2).</source>
        <translation>Luka nie jest pokazywana dla działu %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="140"/>
        <source>The gap appears once both Sales and Marketing have rated some statements.</source>
        <translation>Różnica pojawi się, gdy zarówno sprzedaż, jak i marketing ocenią kilka stwierdzeń.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="146"/>
        <source>Widest gap: %1, where %2 is the more positive side by %3 points.</source>
        <translation>Największa różnica: %1 – wyżej ocenia %2, o %3 pkt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="165"/>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="165"/>
        <source>Statement</source>
        <translation>Stwierdzenie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="168"/>
        <source>Gap</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="169"/>
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
        <location filename="../../ui/pages/goals.py" line="55"/>
        <location filename="../../ui/pages/goals.py" line="301"/>
        <source>%1: own goals</source>
        <translation>%1: własne cele</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="63"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="65"/>
        <location filename="../../ui/pages/goals.py" line="88"/>
        <location filename="../../ui/pages/goals.py" line="317"/>
        <location filename="../../ui/pages/goals.py" line="347"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="86"/>
        <source>Add a &amp;shared goal</source>
        <translation>Dodaj &amp;wspólny cel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="90"/>
        <source>Turn into an &amp;action</source>
        <translation>Zamień na dzi&amp;ałanie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="102"/>
        <location filename="../../ui/pages/goals.py" line="214"/>
        <source>Shared goals</source>
        <translation>Wspólne cele</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="129"/>
        <source>&amp;Goals</source>
        <translation>&amp;Cele</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="130"/>
        <source>Revenue &amp;cascade</source>
        <translation>&amp;Kaskada przychodowa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="131"/>
        <source>&amp;Joint meeting</source>
        <translation>&amp;Wspólne spotkanie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="175"/>
        <location filename="../../ui/pages/goals.py" line="345"/>
        <source>(no statement yet)</source>
        <translation>(jeszcze bez treści)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="183"/>
        <source>The shared revenue target</source>
        <translation>Wspólny cel przychodowy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="283"/>
        <source>Clear the revenue cascade</source>
        <translation>Wyczyść kaskadę przychodową</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="284"/>
        <source>Clear the joint-meeting agreement</source>
        <translation>Wyczyść ustalenia wspólnego spotkania</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="289"/>
        <source>Clear every figure and word of it? Undo brings them back.</source>
        <translation>Wyczyścić wszystkie liczby i wpisy? Cofnięcie przywróci je z powrotem.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="290"/>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="302"/>
        <source>A goal %1 has for itself:</source>
        <translation>%1 – własny cel:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="315"/>
        <source>Remove goal</source>
        <translation>Usuń cel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="316"/>
        <source>Remove “%1”?</source>
        <translation>Usunąć „%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="343"/>
        <source>Remove shared goal</source>
        <translation>Usuń wspólny cel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="344"/>
        <source>Remove this shared goal and everything written for it?

%1</source>
        <translation>Usunąć ten wspólny cel wraz ze wszystkim, co do niego zapisano?

%1</translation>
    </message>
</context>
<context>
    <name>HandoffPanel</name>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="72"/>
        <source>Hando&amp;ff at:</source>
        <translation>Miejsce p&amp;rzekazania:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="73"/>
        <source>&amp;Qualified lead:</source>
        <translation>Kwalifikowany &amp;lead:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="74"/>
        <source>Feed&amp;back to Marketing:</source>
        <translation>Informacja zwrotna &amp;dla marketingu:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="77"/>
        <source>How fast Sales responds is part of the SLA; the lead stages say who owns a lead before and after the handoff.</source>
        <translation>Czas reakcji sprzedaży jest częścią SLA; etapy leada mówią, kto jest właścicielem leada przed przekazaniem i po nim.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="84"/>
        <source>The handoff from Marketing to Sales</source>
        <translation>Przekazanie z marketingu do sprzedaży</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="89"/>
        <source>Fill in the usual contributions</source>
        <translation>Wpisz typowy wkład</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="91"/>
        <source>What Marketing contributes after the handoff</source>
        <translation>Wkład marketingu po przekazaniu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="107"/>
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
    <name>LeadStagesPanel</name>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="43"/>
        <location filename="../../ui/pages/role_split_leads.py" line="213"/>
        <source>Use the usual stages</source>
        <translation>Użyj typowych etapów</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="46"/>
        <source>Inquiry, marketing-qualified, sales-accepted, sales-qualified, opportunity, customer</source>
        <translation>Zapytanie, zakwalifikowany przez marketing, przyjęty przez sprzedaż, zakwalifikowany przez sprzedaż, szansa, klient</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="55"/>
        <source>Lead stages</source>
        <translation>Etapy leada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="61"/>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="62"/>
        <source>Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="63"/>
        <source>Down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="64"/>
        <location filename="../../ui/pages/role_split_leads.py" line="247"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="80"/>
        <source>What must be true for a lead to enter this stage?</source>
        <translation>Co musi być spełnione, by lead wszedł na ten etap?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="84"/>
        <source>What moves it on, or back?</source>
        <translation>Co przesuwa go dalej albo cofa?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="88"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="89"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="90"/>
        <source>&amp;Enters when:</source>
        <translation>Wchodzi, &amp;gdy:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="91"/>
        <source>Lea&amp;ves when:</source>
        <translation>Wy&amp;chodzi, gdy:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="92"/>
        <source>The selected stage</source>
        <translation>Wybrany etap</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="103"/>
        <source>Not agreed yet</source>
        <translation>Jeszcze nie uzgodniono</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/role_split_leads.py" line="106"/>
        <location filename="../../ui/pages/role_split_leads.py" line="147"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> godzina</numerusform>
            <numerusform> godziny</numerusform>
            <numerusform> godzin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="111"/>
        <source>One reason per line</source>
        <translation>Jeden powód w wierszu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="116"/>
        <source>Where does a lead Sales gives back go, and when may it be handed over again?</source>
        <translation>Dokąd trafia lead zwrócony przez sprzedaż i kiedy można go przekazać ponownie?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="120"/>
        <source>Sales &amp;accepts or rejects within:</source>
        <translation>Sprzedaż &amp;przyjmuje lub odrzuca w ciągu:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="121"/>
        <source>Reasons to re&amp;ject:</source>
        <translation>P&amp;owody odrzucenia:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="122"/>
        <source>Re&amp;cycling rule:</source>
        <translation>Zasada &amp;recyklingu:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="123"/>
        <source>Accepting a handed-over lead</source>
        <translation>Przyjmowanie przekazanego leada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="141"/>
        <source>No owner yet</source>
        <translation>Brak właściciela</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="197"/>
        <source>Each stage needs one owner: %1.</source>
        <translation>Każdy etap potrzebuje jednego właściciela: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="201"/>
        <source>No entry or exit criteria yet: %1.</source>
        <translation>Brak jeszcze kryteriów wejścia ani wyjścia: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="214"/>
        <source>The usual stages replace the lead stages you have.</source>
        <translation>Typowe etapy zastąpią obecne etapy leada.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="215"/>
        <source>Replace</source>
        <translation>Zastąp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="224"/>
        <source>Add lead stage</source>
        <translation>Dodaj etap leada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="224"/>
        <source>Name of the new lead stage:</source>
        <translation>Nazwa nowego etapu leada:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="245"/>
        <source>Remove lead stage</source>
        <translation>Usuń etap leada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="246"/>
        <source>Remove the lead stage “%1” and its criteria?</source>
        <translation>Usunąć etap leada „%1” wraz z kryteriami?</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../ui/library.py" line="39"/>
        <source>Delete “%1”</source>
        <translation>Usuń „%1”</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="70"/>
        <location filename="../../ui/library.py" line="233"/>
        <source>Workshop sessions</source>
        <translation>Warsztaty</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="74"/>
        <source>Search title, organisation or facilitator  (Ctrl+F)</source>
        <translation>Szukaj według tytułu, organizacji lub prowadzącego  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="77"/>
        <location filename="../../ui/library.py" line="233"/>
        <source>Trash</source>
        <translation>Kosz</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="112"/>
        <location filename="../../ui/widgets/empty_library.py" line="32"/>
        <source>New session…</source>
        <translation>Nowy warsztat…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="114"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="116"/>
        <source>Review</source>
        <translation>Przejrzyj</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="117"/>
        <source>Open read-only, at the wrap-up (Ctrl+R)</source>
        <translation>Otwórz tylko do odczytu, na stronie „Podsumowanie” (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="119"/>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="122"/>
        <source>Duplicate for follow-up…</source>
        <translation>Duplikuj na spotkanie kontrolne…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="125"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="127"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="129"/>
        <source>Delete permanently…</source>
        <translation>Usuń na zawsze…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="131"/>
        <source>Empty trash…</source>
        <translation>Opróżnij kosz…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_library.py" line="20"/>
        <source>No workshop sessions yet</source>
        <translation>Nie ma jeszcze żadnych warsztatów</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_library.py" line="23"/>
        <source>Create a session for your next Sales &amp; Marketing workshop, or explore Truce with a demo session of a fictional company.</source>
        <translation>Utwórz warsztat na najbliższe spotkanie sprzedaży i marketingu albo poznaj program Truce na przykładowym warsztacie fikcyjnej firmy.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_library.py" line="36"/>
        <source>Create the demo session</source>
        <translation>Utwórz przykładowy warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="292"/>
        <source>New session</source>
        <translation>Nowy warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="302"/>
        <source>Demo session</source>
        <translation>Przykładowy warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="321"/>
        <location filename="../../ui/library.py" line="325"/>
        <source>Rename session</source>
        <translation>Zmiana nazwy warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="321"/>
        <source>New title:</source>
        <translation>Nowy tytuł:</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="335"/>
        <source>Duplicate for a follow-up workshop</source>
        <translation>Duplikowanie na spotkanie kontrolne</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="336"/>
        <source>Title of the follow-up session:</source>
        <translation>Tytuł spotkania kontrolnego:</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="337"/>
        <source>%1 – follow-up</source>
        <translation>%1 – spotkanie kontrolne</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="342"/>
        <source>Duplicate session</source>
        <translation>Duplikuj warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="355"/>
        <location filename="../../ui/library.py" line="362"/>
        <source>Delete session</source>
        <translation>Usuń warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="357"/>
        <source>Move “%1” to the trash? You can restore it from the trash, or undo with Ctrl+Z.</source>
        <translation>Przenieść „%1” do kosza? Możesz go stamtąd przywrócić albo cofnąć tę zmianę skrótem Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="359"/>
        <source>Move to trash</source>
        <translation>Przenieś do kosza</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="369"/>
        <source>Restore session</source>
        <translation>Przywróć warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="375"/>
        <location filename="../../ui/library.py" line="379"/>
        <location filename="../../ui/library.py" line="382"/>
        <source>Delete permanently</source>
        <translation>Usuń na zawsze</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="376"/>
        <source>Delete “%1” for good? This cannot be undone.</source>
        <translation>Usunąć „%1” na zawsze? Tego nie da się cofnąć.</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="388"/>
        <location filename="../../ui/library.py" line="392"/>
        <location filename="../../ui/library.py" line="395"/>
        <source>Empty trash</source>
        <translation>Opróżnij kosz</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/library.py" line="390"/>
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
        <location filename="../../ui/live/commands.py" line="216"/>
        <source>&amp;Start Workshop</source>
        <translation>&amp;Rozpocznij warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="69"/>
        <location filename="../../ui/live/commands.py" line="259"/>
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
        <location filename="../../ui/live/commands.py" line="196"/>
        <location filename="../../ui/live/commands.py" line="198"/>
        <source>End workshop</source>
        <translation>Zakończ warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="197"/>
        <source>End the workshop now? The clock stops and the day&apos;s times are kept.</source>
        <translation>Zakończyć warsztat teraz? Zegar się zatrzyma, a czasy z tego dnia zostaną zachowane.</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="204"/>
        <source>Start workshop again</source>
        <translation>Ponowne rozpoczęcie warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="205"/>
        <source>Start the clock again? The times recorded for this workshop are cleared.</source>
        <translation>Uruchomić zegar od nowa? Czasy zapisane dla tego warsztatu zostaną usunięte.</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="206"/>
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="210"/>
        <source>Workshop started.</source>
        <translation>Warsztat rozpoczęty.</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="217"/>
        <source>&amp;End Workshop</source>
        <translation>&amp;Zakończ warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="218"/>
        <source>&amp;Start Workshop Again…</source>
        <translation>&amp;Rozpocznij warsztat od nowa…</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="240"/>
        <source>Role-swap round: %1 min</source>
        <translation>Runda zamiany ról: %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="241"/>
        <source>Exercise: %1 min</source>
        <translation>Ćwiczenie: %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="242"/>
        <source>Whole stage on the agenda: %1 min</source>
        <translation>Cały etap według agendy: %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="248"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="259"/>
        <source>Pause &amp;Countdown</source>
        <translation>Wstrzymaj &amp;odliczanie</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="263"/>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="268"/>
        <source>Time&apos;s up.</source>
        <translation>Czas minął.</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="317"/>
        <source>The projector stays on this stage until you unfreeze it (F6).</source>
        <translation>Projektor pokazuje ten etap, dopóki go nie odmrozisz (F6).</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="319"/>
        <source>The projector follows you again.</source>
        <translation>Projektor znów pokazuje to samo co ty.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Truce cannot start</source>
        <translation>Nie można uruchomić programu Truce</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="32"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="35"/>
        <source>&amp;New Session…</source>
        <translation>&amp;Nowy warsztat…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="41"/>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteka</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="45"/>
        <source>&amp;Import Session…</source>
        <translation>&amp;Importuj warsztat…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="52"/>
        <source>&amp;Duplicate for Follow-up…</source>
        <translation>&amp;Duplikuj na spotkanie kontrolne…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="59"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Utwórz kopię zapasową</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="66"/>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="73"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="96"/>
        <source>E&amp;xport</source>
        <translation>&amp;Eksport</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="100"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="109"/>
        <source>&amp;Find Session</source>
        <translation>&amp;Znajdź warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="118"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="130"/>
        <source>Ser&amp;ies</source>
        <translation>&amp;Seria</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="132"/>
        <source>&amp;Go</source>
        <translation>&amp;Nawigacja</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="135"/>
        <source>&amp;Previous Stage</source>
        <translation>&amp;Poprzedni etap</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="142"/>
        <source>&amp;Next Stage</source>
        <translation>&amp;Następny etap</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="164"/>
        <source>&amp;Session</source>
        <translation>&amp;Warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="168"/>
        <source>Answers from P&amp;hones…</source>
        <translation>Odpowiedzi z &amp;telefonów…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="178"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="182"/>
        <source>About the &amp;Method</source>
        <translation>O &amp;metodzie</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="190"/>
        <source>&amp;About Truce</source>
        <translation>&amp;O programie Truce</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Truce did not close normally last time. Everything that was shown as saved has been kept.</source>
        <translation>Ostatnio Truce nie zamknął się prawidłowo. Wszystko, co było oznaczone jako zapisane, zostało zachowane.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>The session is open where you left it.</source>
        <translation>Warsztat jest otwarty w miejscu, w którym go zostawiono.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Welcome back</source>
        <translation>Witaj ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
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
        <location filename="../../ui/commands/importing.py" line="31"/>
        <source>Import session</source>
        <translation>Import warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="36"/>
        <source>Truce sessions (*.json);;All files (*)</source>
        <translation>Warsztaty Truce (*.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="48"/>
        <source>This session is already in your library. Import it as a new copy, or replace the one you have with the imported version?</source>
        <translation>Ten warsztat jest już w twojej bibliotece. Zaimportować go jako nową kopię czy zastąpić dotychczasowy zaimportowaną wersją?</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="54"/>
        <source>Import as copy</source>
        <translation>Importuj jako kopię</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="55"/>
        <source>Replace mine</source>
        <translation>Zastąp mój</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="66"/>
        <source>Imported “%1”.</source>
        <translation>Zaimportowano „%1”.</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="60"/>
        <source>Use the &amp;suggested agreement</source>
        <translation>Użyj &amp;proponowanych ustaleń</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="63"/>
        <source>Fill the empty fields with a monthly meeting and its usual agenda</source>
        <translation>Wypełnij puste pola comiesięcznym spotkaniem i jego zwykłym programem</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="66"/>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="69"/>
        <source>What the meeting is for</source>
        <translation>Po co jest to spotkanie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="75"/>
        <source>length not agreed</source>
        <translation>czas nieustalony</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="76"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="77"/>
        <source>Length of the meeting</source>
        <translation>Czas trwania spotkania</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="81"/>
        <source>Others, by role: e.g. the CRM analyst</source>
        <translation>Inne osoby według funkcji, np. analityk CRM</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="85"/>
        <source>What the meeting decides, and what it does not</source>
        <translation>O czym spotkanie decyduje, a o czym nie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="88"/>
        <source>How Sales reports what became of each lead Marketing passed on</source>
        <translation>Jak sprzedaż raportuje, co stało się z każdym leadem przekazanym przez marketing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="98"/>
        <source>How &amp;often:</source>
        <translation>Jak &amp;często:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="100"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="102"/>
        <source>&amp;Decisions it takes:</source>
        <translation>&amp;Podejmowane decyzje:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="103"/>
        <source>&amp;Closed-loop reporting:</source>
        <translation>&amp;Informacja zwrotna o leadach:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="105"/>
        <source>&amp;Who attends:</source>
        <translation>&amp;Kto uczestniczy:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="106"/>
        <source>O&amp;thers:</source>
        <translation>&amp;Inni:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="109"/>
        <source>&amp;Figures reviewed:</source>
        <translation>&amp;Omawiane liczby:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="142"/>
        <source>Not agreed yet</source>
        <translation>Jeszcze nieustalone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="220"/>
        <source>a frequency</source>
        <translation>częstotliwości</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="220"/>
        <source>attendees</source>
        <translation>uczestników</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="225"/>
        <source>⚠ This meeting has no %1 yet. It is saved, but nobody will know when to come.</source>
        <translation>⚠ To spotkanie nie ma jeszcze %1. Zostało zapisane, ale nikt nie będzie wiedział, kiedy przyjść.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="226"/>
        <source> or </source>
        <translation> ani </translation>
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
        <location filename="../../ui/notes_panel.py" line="42"/>
        <source>Capture Note…</source>
        <translation>Dodaj notatkę…</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="43"/>
        <source>Capture a note for this stage (Ctrl+Shift+N)</source>
        <translation>Dodaj notatkę do tego etapu (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="53"/>
        <source>From Phones…</source>
        <translation>Z telefonów…</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="54"/>
        <source>Notes and dot votes for this board from participants&apos; phones</source>
        <translation>Notatki i głosy kropkami na tę tablicę z telefonów uczestników</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="94"/>
        <source>Captured in the room (%1)</source>
        <translation>Zapisane na sali (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="96"/>
        <source>Captured in the room</source>
        <translation>Zapisane na sali</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="145"/>
        <source>Captured notes</source>
        <translation>Notatki z sali</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="164"/>
        <location filename="../../ui/notes_panel.py" line="178"/>
        <source>Capture note</source>
        <translation>Notatka z sali</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="166"/>
        <source>This session is open for review, so no note can be added to it. Press Edit (Ctrl+Shift+R) first to capture notes.</source>
        <translation>Ta sesja jest otwarta do przeglądu, więc nie można dodać do niej notatki. Aby zapisywać notatki, najpierw naciśnij Edytuj (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="181"/>
        <source>Capture Note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="196"/>
        <source>Remove Note</source>
        <translation>Usuń notatkę</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="208"/>
        <location filename="../../ui/notes_panel.py" line="218"/>
        <location filename="../../ui/notes_panel.py" line="220"/>
        <source>Merge into Theme</source>
        <translation>Połącz w temat</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="209"/>
        <source>What do these notes have in common? Name the theme:</source>
        <translation>Co łączy te notatki? Nazwij temat:</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="234"/>
        <source>Split Theme</source>
        <translation>Rozdziel temat</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="257"/>
        <source>Turn Note into Action</source>
        <translation>Zamień notatkę na działanie</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="258"/>
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
        <location filename="../../ui/dialogs/phone_round.py" line="46"/>
        <source>Answers from Phones</source>
        <translation>Odpowiedzi z telefonów</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="64"/>
        <source>Before the round: connect this computer and the phones to one network you control: your phone&apos;s hotspot, or a room access point. Guest Wi-Fi often keeps devices apart, so phones cannot reach this computer. Phones may leave a network without internet and switch to mobile data: ask people to stay connected, or turn mobile data off. If a phone shows a sign-in page for the network, close it and scan the code again.</source>
        <translation>Przed rundą połącz ten komputer i telefony z jedną siecią, nad którą masz kontrolę: z hotspotem Twojego telefonu albo z punktem dostępowym w sali. Sieć Wi-Fi dla gości często oddziela od siebie urządzenia, więc telefony nie dotrą do tego komputera. Telefon może opuścić sieć bez internetu i przełączyć się na dane komórkowe: poproś uczestników, by pozostali połączeni, albo by wyłączyli dane komórkowe. Jeśli telefon pokaże stronę logowania do sieci, niech ją zamknie i zeskanuje kod ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="112"/>
        <source>&amp;Reveal Answers</source>
        <translation>&amp;Pokaż odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="114"/>
        <source>Close Roo&amp;m</source>
        <translation>Zamknij &amp;salę</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="129"/>
        <source>Phones follow the rounds by themselves while the room is open. Closing this window closes the room.</source>
        <translation>Dopóki sala jest otwarta, telefony same przechodzą do kolejnych rund. Zamknięcie tego okna zamyka salę.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="290"/>
        <source>Anonymity: each phone sends one answer set per round. Only the department is stored with the answers: no name, and nothing that identifies the phone.</source>
        <translation>Anonimowość: każdy telefon wysyła w rundzie jeden zestaw odpowiedzi. Razem z odpowiedziami zapisujemy tylko dział: żadnego imienia ani niczego, co pozwala rozpoznać telefon.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="110"/>
        <location filename="../../ui/dialogs/phone_round.py" line="294"/>
        <source>&amp;Open Round</source>
        <translation>&amp;Otwórz rundę</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="56"/>
        <source>Participants answer on their own phones, over this computer&apos;s network: no internet, no account, no app. Their answers land in the session as they arrive, like typed ones, and Edit ▸ Undo takes them back.</source>
        <translation>Uczestnicy odpowiadają na własnych telefonach, przez sieć tego komputera: bez internetu, bez konta, bez aplikacji. Odpowiedzi trafiają do sesji na bieżąco, tak jak wpisane ręcznie, a Edycja ▸ Cofnij je wycofuje.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="81"/>
        <source>Self-assessment</source>
        <translation>Samoocena współpracy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="82"/>
        <source>Role-swap answers (hidden until revealed)</source>
        <translation>Odpowiedzi z zamiany ról (ukryte do pokazania)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="83"/>
        <source>Friction ratings</source>
        <translation>Oceny punktów tarcia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="84"/>
        <source>Dot votes</source>
        <translation>Głosowanie kropkami</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="85"/>
        <source>Notes to the board</source>
        <translation>Notatki na tablicę</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="91"/>
        <source>&amp;Named round: phones give a name</source>
        <translation>Runda &amp;imienna: telefony podają imię</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="93"/>
        <source> dots each</source>
        <translation> kropek na osobę</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="94"/>
        <source>&amp;Board of:</source>
        <translation>&amp;Tablica etapu:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="96"/>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Kropki na osobę:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="104"/>
        <source>&amp;Network:</source>
        <translation>&amp;Sieć:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="105"/>
        <source>&amp;Kind of round:</source>
        <translation>&amp;Rodzaj rundy:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="338"/>
        <source>The room was closed with its session.</source>
        <translation>Sala została zamknięta razem z sesją.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="343"/>
        <source>open</source>
        <translation>otwarta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="343"/>
        <source>closed</source>
        <translation>zamknięta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="345"/>
        <source>Round %1 · %2 (%3) · joined: %4</source>
        <translation>Runda %1 · %2 (%3) · dołączyli: %4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="352"/>
        <source>Answer sets received: %1 (%2)</source>
        <translation>Otrzymane zestawy odpowiedzi: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="357"/>
        <source>%1. %2 · answer sets: %3</source>
        <translation>%1. %2 · zestawy odpowiedzi: %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="152"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="191"/>
        <source>— this computer only</source>
        <translation>— tylko ten komputer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="211"/>
        <source>Open a session first.</source>
        <translation>Najpierw otwórz sesję.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="213"/>
        <source>This session is open for review only. Switch to Edit first.</source>
        <translation>Ta sesja jest otwarta tylko do przeglądania. Najpierw przełącz na Edycję.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="216"/>
        <source>The Diagnosis page takes one set of answers per department. Phones send one set per participant: switch the Diagnosis page to one set per participant first.</source>
        <translation>Strona Diagnoza przyjmuje jeden zestaw odpowiedzi na dział. Telefony wysyłają jeden zestaw na uczestnika: najpierw przełącz stronę Diagnoza na jeden zestaw na uczestnika.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="240"/>
        <source>The round could not open on this network (%1). Pick another one.</source>
        <translation>Nie udało się otworzyć rundy w tej sieci (%1). Wybierz inną.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="247"/>
        <source>There are no frictions on the friction map to ask about yet.</source>
        <translation>Na mapie tarć nie ma jeszcze punktów, o które można zapytać.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="249"/>
        <source>There are no notes on this stage&apos;s board to vote on yet.</source>
        <translation>Na tablicy tego etapu nie ma jeszcze notatek, na które można głosować.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="285"/>
        <source>Named round: each phone gives a name, which is stored with its answers. Say so to the room before it starts.</source>
        <translation>Runda imienna: każdy telefon podaje imię, które zapisujemy razem z odpowiedziami. Powiedz o tym sali przed startem.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="294"/>
        <source>Close &amp;Round</source>
        <translation>Zamknij &amp;rundę</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="303"/>
        <source>No round is open. Phones cannot connect.</source>
        <translation>Żadna runda nie jest otwarta. Telefony nie mogą się połączyć.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="313"/>
        <source>%1
Room code: %2</source>
        <translation>%1
Kod sali: %2</translation>
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
    <name>Presence</name>
    <message>
        <location filename="../../ui/team/presence.py" line="100"/>
        <source>Connected to the team library %1. Changes made by others appear here as they are saved.</source>
        <translation>Połączono z biblioteką zespołu %1. Zmiany innych osób pojawiają się tu zaraz po zapisaniu.</translation>
    </message>
    <message>
        <location filename="../../ui/team/presence.py" line="112"/>
        <source>Connection to the team library %1 lost at %2. Truce keeps trying; this computer&apos;s library works as before.</source>
        <translation>Połączenie z biblioteką zespołu %1 utracone o %2. Truce ponawia próby; biblioteka tego komputera działa jak dotąd.</translation>
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
        <location filename="../../ui/pages/role_swap_reveal.py" line="91"/>
        <location filename="../../ui/pages/role_swap_reveal.py" line="93"/>
        <source>How %1 sees %2</source>
        <translation>Jak %1 widzi: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="92"/>
        <location filename="../../ui/pages/role_swap_reveal.py" line="94"/>
        <source>How %1 sees itself</source>
        <translation>Jak %1 widzi siebie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="107"/>
        <source>Note an insight…</source>
        <translation>Zanotuj spostrzeżenie…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="112"/>
        <source>Mark a misreading…</source>
        <translation>Zaznacz błędne wyobrażenie…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="145"/>
        <source>(sealed until the reveal)</source>
        <translation>(ukryte do pokazania)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="147"/>
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
    <name>RoleMapTab</name>
    <message>
        <location filename="../../ui/pages/role_split_map.py" line="26"/>
        <source>Show full screen</source>
        <translation>Pełny ekran</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_map.py" line="28"/>
        <source>Show the map full screen for the projector (F11)</source>
        <translation>Pokaż mapę na pełnym ekranie dla projektora (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_map.py" line="58"/>
        <source>┆ the handoff</source>
        <translation>┆ przekazanie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_map.py" line="58"/>
        <source>⇄ the handoff stage</source>
        <translation>⇄ etap przekazania</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_map.py" line="66"/>
        <source>Who does what</source>
        <translation>Kto co robi</translation>
    </message>
</context>
<context>
    <name>RoleSplitPage</name>
    <message>
        <location filename="../../ui/pages/role_split.py" line="46"/>
        <location filename="../../ui/pages/role_split.py" line="274"/>
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
        <location filename="../../ui/pages/role_split.py" line="324"/>
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
        <location filename="../../ui/pages/role_split.py" line="361"/>
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
        <location filename="../../ui/pages/role_split.py" line="131"/>
        <source>&amp;Who does what</source>
        <translation>&amp;Kto co robi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="132"/>
        <source>&amp;Handoff</source>
        <translation>&amp;Przekazanie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="135"/>
        <source>&amp;Rules and contacts</source>
        <translation>&amp;Zasady i kontakty</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="136"/>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="192"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="201"/>
        <source>More than one Accountable: %1.</source>
        <translation>Więcej niż jedno A (Odpowiada): %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="204"/>
        <source>No Accountable yet: %1.</source>
        <translation>Brak A (Odpowiada): %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="206"/>
        <source>Each stage needs exactly one A.</source>
        <translation>Każdy etap potrzebuje dokładnie jednego A.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="215"/>
        <source>Nobody is marked R at %1: the Accountable party does the work itself. Mark R where someone else does it.</source>
        <translation>Nikt nie ma litery R na tych etapach: %1. Pracę wykonuje tam sama strona z literą A. Wpisz R tam, gdzie robi to ktoś inny.</translation>
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
        <translation>Podział ról</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="133"/>
        <source>&amp;Lead stages</source>
        <translation>&amp;Etapy leada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="134"/>
        <source>&amp;SLA</source>
        <translation>&amp;SLA</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="275"/>
        <source>The template replaces the letters of Sales and Marketing in the grid.</source>
        <translation>Szablon zastąpi w siatce litery sprzedaży i marketingu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="276"/>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="287"/>
        <source>Add stage</source>
        <translation>Dodaj etap</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="287"/>
        <source>Name of the new funnel stage:</source>
        <translation>Nazwa nowego etapu lejka:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="303"/>
        <source>Rename stage</source>
        <translation>Zmiana nazwy etapu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="303"/>
        <location filename="../../ui/pages/role_split.py" line="343"/>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="321"/>
        <source>Remove the stage “%1” from the funnel?</source>
        <translation>Usunąć etap „%1” z lejka?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="323"/>
        <source>Its letters and agreements go with it.</source>
        <translation>Razem z nim znikną jego litery i ustalenia.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="324"/>
        <location filename="../../ui/pages/role_split.py" line="361"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="331"/>
        <source>Add party</source>
        <translation>Dodaj stronę</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="331"/>
        <source>Name of the team, e.g. Customer Success:</source>
        <translation>Nazwa zespołu, np. Obsługa klienta:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="343"/>
        <source>Rename party</source>
        <translation>Zmiana nazwy strony</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="358"/>
        <source>Remove “%1” and its letters from the map?</source>
        <translation>Usunąć „%1” wraz z literami z mapy?</translation>
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
        <location filename="../../ui/pages/role_swap.py" line="58"/>
        <source>Answers from Phones…</source>
        <translation>Odpowiedzi z telefonów…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="76"/>
        <source>Turn into an &amp;action</source>
        <translation>Zamień na dzi&amp;ałanie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="79"/>
        <location filename="../../ui/pages/role_swap.py" line="329"/>
        <location filename="../../ui/pages/role_swap.py" line="331"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="85"/>
        <source>Insights and misreadings</source>
        <translation>Trafne spostrzeżenia i błędne wyobrażenia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="99"/>
        <source>1 · As the other side</source>
        <translation>1 · W roli drugiej strony</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="100"/>
        <source>2 · As yourselves</source>
        <translation>2 · We własnym imieniu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="101"/>
        <source>3 · Side by side</source>
        <translation>3 · Obok siebie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="102"/>
        <source>4 · Follow-up swaps</source>
        <translation>4 · Dalsze zamiany</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="131"/>
        <source>%1, answering as %2</source>
        <translation>%1 w roli: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="135"/>
        <source>%1, answering for itself</source>
        <translation>%1 we własnym imieniu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="179"/>
        <source>An afternoon of swapping roles is a start; these longer swaps keep the understanding growing. Each one goes on the action plan with one click.</source>
        <translation>Popołudnie z zamianą ról to dopiero początek; dłuższe zamiany pozwalają dalej budować zrozumienie. Każdą z nich dodasz do planu działań jednym kliknięciem.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="257"/>
        <source>In the plan ✓</source>
        <translation>W planie ✓</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="257"/>
        <source>Add to the action plan</source>
        <translation>Dodaj do planu działań</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="271"/>
        <source>Role swap</source>
        <translation>Zamiana ról</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="308"/>
        <source>Mark a misreading</source>
        <translation>Zaznacz błędne wyobrażenie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="308"/>
        <source>Note an insight</source>
        <translation>Zanotuj spostrzeżenie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="309"/>
        <source>What did the room notice?</source>
        <translation>Co zauważyła sala?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="330"/>
        <source>Remove this note from the role swap?

%1</source>
        <translation>Usunąć tę notatkę z zamiany ról?

%1</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="188"/>
        <source>Type a rule the room agrees and press Enter</source>
        <translation>Wpisz zasadę uzgodnioną przez salę i naciśnij Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="192"/>
        <location filename="../../ui/pages/role_split_parts.py" line="300"/>
        <source>Remove rule</source>
        <translation>Usuń zasadę</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="198"/>
        <source>Rules of engagement</source>
        <translation>Zasady współpracy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="220"/>
        <source>Add contact</source>
        <translation>Dodaj kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="223"/>
        <location filename="../../ui/pages/role_split_parts.py" line="323"/>
        <source>Remove contact</source>
        <translation>Usuń kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="230"/>
        <source>Who to call</source>
        <translation>Do kogo dzwonić</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="232"/>
        <source>Whom to contact in the other department, about what.</source>
        <translation>Z kim i w jakiej sprawie kontaktować się w drugim dziale.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="253"/>
        <source>Add a suggested rule…</source>
        <translation>Dodaj proponowaną zasadę…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="301"/>
        <source>Remove the rule “%1”?</source>
        <translation>Usunąć zasadę „%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="302"/>
        <location filename="../../ui/pages/role_split_parts.py" line="325"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="310"/>
        <source>New topic</source>
        <translation>Nowa sprawa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="324"/>
        <source>Remove “%1” from the list?</source>
        <translation>Usunąć „%1” z listy?</translation>
    </message>
</context>
<context>
    <name>SealBar</name>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="51"/>
        <source>&amp;Reveal Answers</source>
        <translation>&amp;Pokaż odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="61"/>
        <source>Answers from phones are sealed (%1 so far): nothing of them shows here or on the projector until you reveal them to the room.</source>
        <translation>Odpowiedzi z telefonów są ukryte (na razie: %1): nic z nich nie pojawi się tutaj ani na projektorze, dopóki nie pokażesz ich sali.</translation>
    </message>
</context>
<context>
    <name>SeriesCommands</name>
    <message>
        <location filename="../../ui/commands/series.py" line="49"/>
        <source>&amp;Compare Series…</source>
        <translation>&amp;Porównaj serię…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="53"/>
        <source>&amp;Add to Series…</source>
        <translation>&amp;Dodaj do serii…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="56"/>
        <source>&amp;Remove from Series</source>
        <translation>&amp;Odłącz od serii</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="59"/>
        <source>Create the &amp;Demo Series</source>
        <translation>Utwórz przykładową &amp;serię</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="87"/>
        <source>Series</source>
        <translation>Seria</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="121"/>
        <source>Exported to %1</source>
        <translation>Wyeksportowano do %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="125"/>
        <source>Preparing %1…</source>
        <translation>Przygotowywanie: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="154"/>
        <location filename="../../ui/commands/series.py" line="173"/>
        <source>Add to series</source>
        <translation>Dodawanie do serii</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="156"/>
        <source>There is no other session to join. A series needs at least two workshops.</source>
        <translation>Nie ma innego warsztatu, do którego można dołączyć. Seria wymaga co najmniej dwóch warsztatów.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="163"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="169"/>
        <source>, the latest of %1 workshops</source>
        <translation>, najnowszy z %1 warsztatów</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="174"/>
        <source>Compare “%1” over time with the workshops of:</source>
        <translation>Z którymi warsztatami porównywać „%1” w czasie?</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="187"/>
        <source>“%1” joined the series.</source>
        <translation>Warsztat „%1” dołączył do serii.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="204"/>
        <source>“%1” is no longer part of its series.</source>
        <translation>Warsztat „%1” nie należy już do swojej serii.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="213"/>
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
        <location filename="../../ui/store.py" line="77"/>
        <source>This session is open for review only. Switch to Edit to change it.</source>
        <translation>Ten warsztat jest otwarty tylko do przeglądu. Aby go zmienić, przełącz na „Edytuj”.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../ui/models/sessions.py" line="78"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="79"/>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="80"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="81"/>
        <source>Facilitator</source>
        <translation>Prowadzący</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="82"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="83"/>
        <source>People</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="84"/>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="85"/>
        <source>Last changed</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="86"/>
        <source>Series</source>
        <translation>Seria</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="183"/>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="190"/>
        <source>Workshop %1 of a series of %2. Series ▸ Compare Series… (Ctrl+Shift+C) compares them.</source>
        <translation>Warsztat %1 z %2 w serii. Porównasz je poleceniem Seria ▸ Porównaj serię… (Ctrl+Shift+C).</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../ui/session_view.py" line="160"/>
        <source>Review mode — read only. Reading, copying and exporting work; nothing can be changed.</source>
        <translation>Tryb przeglądu – tylko do odczytu. Można czytać, kopiować i eksportować, ale niczego nie można zmienić.</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edytuj</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="166"/>
        <source>Allow changes to this session (Ctrl+Shift+R)</source>
        <translation>Zezwól na zmiany w tym warsztacie (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="297"/>
        <source>Not started</source>
        <translation>Nie rozpoczęto</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="298"/>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="299"/>
        <source>Complete</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="303"/>
        <source>%1  %2 (skipped)</source>
        <translation>%1  %2 (pominięty)</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="307"/>
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
    <name>SlaPanel</name>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="39"/>
        <source>Fill in the usual SLA</source>
        <translation>Wypełnij typowe SLA</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="40"/>
        <source>Fills every commitment not agreed yet; agreed ones stay</source>
        <translation>Uzupełnia każde nieuzgodnione zobowiązanie; uzgodnione zostają</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="46"/>
        <source>Not agreed yet</source>
        <translation>Jeszcze nie uzgodniono</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/role_split_sla.py" line="57"/>
        <location filename="../../ui/pages/role_split_sla.py" line="136"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> godzina</numerusform>
            <numerusform> godziny</numerusform>
            <numerusform> godzin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="60"/>
        <source>Period of the lead commitment</source>
        <translation>Okres zobowiązania dotyczącego leadów</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="66"/>
        <source>a week</source>
        <translation>tydzień</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="67"/>
        <source>a month</source>
        <translation>miesiąc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="68"/>
        <source>a quarter</source>
        <translation>kwartał</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="71"/>
        <source>Monthly</source>
        <translation>Co miesiąc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="71"/>
        <source>Quarterly</source>
        <translation>Co kwartał</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="81"/>
        <source>Who looks at the figures, e.g. Marketing operations</source>
        <translation>Kto patrzy na liczby, np. operacje marketingowe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="86"/>
        <source>Who meets, how soon, and what they decide</source>
        <translation>Kto się spotyka, jak szybko i co postanawia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="91"/>
        <source>per</source>
        <translation>na</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="95"/>
        <source>Lea&amp;ds per sales rep:</source>
        <translation>&amp;Leadów na handlowca:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="99"/>
        <source>Accepted by Sales, at leas&amp;t:</source>
        <translation>Przyjętych przez sprzedaż, &amp;co najmniej:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="101"/>
        <source>Marketing commits to</source>
        <translation>Marketing zobowiązuje się do</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="104"/>
        <source>Sales &amp;follows up within:</source>
        <translation>Sprzedaż kontaktuje się &amp;w ciągu:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="105"/>
        <source>&amp;Attempts to reach each lead:</source>
        <translation>&amp;Prób kontaktu z każdym leadem:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="106"/>
        <source>Sales commits to</source>
        <translation>Sprzedaż zobowiązuje się do</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="112"/>
        <source>M&amp;onitored by:</source>
        <translation>M&amp;onitoruje:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="113"/>
        <source>Re&amp;viewed:</source>
        <translation>P&amp;rzegląd:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="114"/>
        <source>When it is m&amp;issed:</source>
        <translation>Gdy nie zostanie dotrz&amp;ymane:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="115"/>
        <source>Keeping it</source>
        <translation>Pilnowanie umowy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="150"/>
        <source>leads per rep</source>
        <translation>leady na handlowca</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="151"/>
        <source>share accepted</source>
        <translation>odsetek przyjętych</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="152"/>
        <source>period</source>
        <translation>okres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="153"/>
        <source>response time</source>
        <translation>czas reakcji</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="154"/>
        <source>attempts</source>
        <translation>liczba prób</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="155"/>
        <source>who monitors it</source>
        <translation>kto je monitoruje</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="156"/>
        <source>how often it is reviewed</source>
        <translation>jak często jest przeglądane</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="157"/>
        <source>what happens when it is missed</source>
        <translation>co się dzieje, gdy nie jest dotrzymane</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="163"/>
        <source>Still without a number: %1.</source>
        <translation>Wciąż bez liczby: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="165"/>
        <source>Not agreed yet: %1.</source>
        <translation>Jeszcze nie uzgodniono: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="169"/>
        <source>Every commitment has a number, an owner and a review rhythm.</source>
        <translation>Każde zobowiązanie ma liczbę, właściciela i rytm przeglądów.</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../../ui/pages/base.py" line="75"/>
        <source>Participants answer on their own phones (Session ▸ Answers from Phones)</source>
        <translation>Uczestnicy odpowiadają na własnych telefonach (Warsztat ▸ Odpowiedzi z telefonów)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="108"/>
        <source>Last workshop (%1)</source>
        <translation>Poprzedni warsztat (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="108"/>
        <source>Last workshop</source>
        <translation>Poprzedni warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="126"/>
        <source>This session is open for review: switch to Edit to change it.</source>
        <translation>Ten warsztat jest otwarty do przeglądu: aby go zmienić, przełącz na „Edytuj”.</translation>
    </message>
</context>
<context>
    <name>StartupMaintenance</name>
    <message>
        <location filename="../../ui/maintenance.py" line="96"/>
        <source>Daily backup</source>
        <translation>Codzienna kopia zapasowa</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="65"/>
        <source>An example that backs the rating</source>
        <translation>Przykład, który potwierdza ocenę</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="73"/>
        <source>Add action…</source>
        <translation>Dodaj działanie…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="85"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="87"/>
        <source>Today:</source>
        <translation>Dziś:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="88"/>
        <source>Target:</source>
        <translation>Cel:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="108"/>
        <source>Both departments see the same level</source>
        <translation>Oba działy widzą ten sam poziom</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="112"/>
        <source>Gap %1: %2 sees it better</source>
        <translation>Różnica %1: %2 ocenia lepiej</translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <location filename="../../ui/team/commands.py" line="47"/>
        <source>&amp;Team Library…</source>
        <translation>Biblio&amp;teka zespołu…</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="49"/>
        <source>&amp;Publish to Team Library</source>
        <translation>&amp;Opublikuj w bibliotece zespołu</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="51"/>
        <source>Connect to Another Team Library…</source>
        <translation>Połącz z inną biblioteką zespołu…</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="70"/>
        <location filename="../../ui/team/commands.py" line="125"/>
        <source>Team Library</source>
        <translation>Biblioteka zespołu</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="75"/>
        <source>The team library&apos;s address: a postgresql:// address or service=NAME, as given by its administrator. Passwords belong in ~/.pgpass or the service file.</source>
        <translation>Adres biblioteki zespołu: adres postgresql:// albo service=NAZWA, tak jak podał go administrator. Hasła należą do pliku ~/.pgpass lub pliku usług.</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="90"/>
        <source>This is not a team library&apos;s address. It starts with postgresql:// or service=; nothing was changed.</source>
        <translation>To nie jest adres biblioteki zespołu. Zaczyna się od postgresql:// albo service=; niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="100"/>
        <source>Truce does not keep passwords in its settings. Put the password in ~/.pgpass or the service file and give the address without it; nothing was changed.</source>
        <translation>Truce nie przechowuje haseł w swoich ustawieniach. Wpisz hasło do ~/.pgpass lub pliku usług i podaj adres bez niego; niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="164"/>
        <source>Published “%1” to the team library (version %2).</source>
        <translation>Opublikowano „%1” w bibliotece zespołu (wersja %2).</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="184"/>
        <source>“%1” is in this computer&apos;s library now (team version %2).</source>
        <translation>„%1” jest teraz w bibliotece tego komputera (wersja zespołu: %2).</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="198"/>
        <source>Publish to Team Library</source>
        <translation>Publikowanie w bibliotece zespołu</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="198"/>
        <source>Take Out</source>
        <translation>Pobieranie na ten komputer</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="200"/>
        <source>Publish as a New Copy</source>
        <translation>Opublikuj jako nową kopię</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="200"/>
        <source>Replace the Team&apos;s Copy</source>
        <translation>Zastąp kopię zespołu</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="202"/>
        <source>Take Out as a New Copy</source>
        <translation>Pobierz jako nową kopię</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="202"/>
        <source>Replace Mine</source>
        <translation>Zastąp moją</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="213"/>
        <source>Both copies of this session changed since they last met. Nothing has been overwritten. Choose how to go on:</source>
        <translation>Obie kopie tego warsztatu zmieniły się od ostatniego uzgodnienia. Niczego nie nadpisano. Wybierz, co dalej:</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="216"/>
        <source>This computer</source>
        <translation>Ten komputer</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="216"/>
        <source>Team library</source>
        <translation>Biblioteka zespołu</translation>
    </message>
</context>
<context>
    <name>TeamLibraryWindow</name>
    <message>
        <location filename="../../ui/team/window.py" line="96"/>
        <source>Team Library — Truce</source>
        <translation>Biblioteka zespołu — Truce</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="112"/>
        <source>Search title, organisation, facilitator…</source>
        <translation>Szukaj w tytule, organizacji, prowadzącym…</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="115"/>
        <source>&amp;Take Out to This Computer</source>
        <translation>&amp;Pobierz na ten komputer</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="118"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="121"/>
        <source>Sessions in the team library %1</source>
        <translation>Warsztaty w bibliotece zespołu %1</translation>
    </message>
</context>
<context>
    <name>TeamOpening</name>
    <message>
        <location filename="../../ui/team/opening.py" line="35"/>
        <source>Truce cannot start</source>
        <translation>Nie można uruchomić programu Truce</translation>
    </message>
    <message>
        <location filename="../../ui/team/opening.py" line="39"/>
        <source>A team library is backed up on its server; ask its administrator.</source>
        <translation>Kopie zapasowe biblioteki zespołu robi jej serwer; zapytaj jej administratora.</translation>
    </message>
</context>
<context>
    <name>TeamRows</name>
    <message>
        <location filename="../../ui/team/window.py" line="47"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="48"/>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="49"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="50"/>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="51"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="52"/>
        <source>Changed by</source>
        <translation>Zmienił(a)</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="53"/>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
</context>
<context>
    <name>TenStepsPage</name>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="133"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="134"/>
        <source>Target by the follow-up</source>
        <translation>Cel na spotkanie kontrolne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="152"/>
        <source>Click a level or type 1–5 in a row of levels (Delete clears it). Click the chosen level again to clear it.</source>
        <translation>Kliknij poziom albo wpisz 1–5 w wierszu poziomów (Delete czyści). Kliknij wybrany poziom jeszcze raz, aby go wyczyścić.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="233"/>
        <source>%1: today %2, target %3</source>
        <translation>%1: stan %2, cel %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="269"/>
        <source>%1 of %2 steps rated · %3 to improve by the follow-up</source>
        <translation>Ocenione kroki: %1 z %2 · do poprawy przed spotkaniem kontrolnym: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/ten_steps.py" line="277"/>
        <source>%n step(s) where the departments are 2 or more levels apart</source>
        <translation>
            <numerusform>%n krok, w którym działy dzielą 2 poziomy lub więcej</numerusform>
            <numerusform>%n kroki, w których działy dzielą 2 poziomy lub więcej</numerusform>
            <numerusform>%n kroków, w których działy dzielą 2 poziomy lub więcej</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/ten_steps.py" line="286"/>
        <source>%n linked action(s)</source>
        <translation>
            <numerusform>%n powiązane działanie</numerusform>
            <numerusform>%n powiązane działania</numerusform>
            <numerusform>%n powiązanych działań</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="288"/>
        <source>No actions for this step yet</source>
        <translation>Brak działań dla tego kroku</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="323"/>
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
        <location filename="../../ui/tracker.py" line="73"/>
        <source>Action tracker</source>
        <translation>Śledzenie działań</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="76"/>
        <source>Every action from every workshop in the library; the trash is left out.</source>
        <translation>Wszystkie działania ze wszystkich warsztatów w bibliotece, z pominięciem kosza.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="83"/>
        <source>Quick views:</source>
        <translation>Szybkie widoki:</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="85"/>
        <source>&amp;Open</source>
        <translation>&amp;Otwarte</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="86"/>
        <source>O&amp;verdue</source>
        <translation>Po &amp;terminie</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="87"/>
        <source>Due in the next &amp;14 days</source>
        <translation>Termin w ciągu &amp;14 dni</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="88"/>
        <source>&amp;All actions</source>
        <translation>&amp;Wszystkie działania</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="98"/>
        <source>Search actions and workshops…</source>
        <translation>Szukaj działań i warsztatów…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="100"/>
        <source>Owner…</source>
        <translation>Właściciel…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="102"/>
        <source>All departments</source>
        <translation>Wszystkie działy</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="106"/>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="107"/>
        <source>Open (planned or in progress)</source>
        <translation>Otwarte (zaplanowane lub w toku)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="122"/>
        <source>Due from</source>
        <translation>Termin od</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="124"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="160"/>
        <source>&amp;Update status…</source>
        <translation>&amp;Aktualizuj status…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="162"/>
        <source>Record a dated status update (Ctrl+U, or Enter)</source>
        <translation>Zapisz aktualizację statusu z datą (Ctrl+U lub Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="164"/>
        <source>Open &amp;workshop</source>
        <translation>Otwórz war&amp;sztat</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="167"/>
        <source>Open the workshop this action belongs to (Ctrl+Shift+O)</source>
        <translation>Otwórz warsztat, do którego należy to działanie (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="180"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="213"/>
        <source>All workshops</source>
        <translation>Wszystkie warsztaty</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="271"/>
        <source>The first %1 actions are shown; narrow the filters to see the rest.</source>
        <translation>Pokazano pierwszych %1 działań; zawęź filtry, aby zobaczyć pozostałe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tracker.py" line="275"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n działanie</numerusform>
            <numerusform>%n działania</numerusform>
            <numerusform>%n działań</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="309"/>
        <source>Select an action to see its history.</source>
        <translation>Zaznacz działanie, aby zobaczyć jego historię.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="314"/>
        <source>No updates recorded yet.</source>
        <translation>Nie zapisano jeszcze żadnych aktualizacji.</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="321"/>
        <source>Due date moved to %1</source>
        <translation>Zmiana terminu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="322"/>
        <source>no date</source>
        <translation>bez terminu</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="325"/>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="327"/>
        <source>Carried over to a follow-up workshop, due %1</source>
        <translation>Przeniesione na spotkanie kontrolne, termin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="348"/>
        <source>Update action</source>
        <translation>Aktualizacja działania</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <location filename="../../ui/unexpected.py" line="47"/>
        <source>Truce ran into a problem it did not expect, so what you were doing may not have finished. Check it before you go on.</source>
        <translation>Truce napotkał nieoczekiwany problem, więc ostatnia czynność mogła nie zostać dokończona. Sprawdź ją, zanim przejdziesz dalej.</translation>
    </message>
    <message>
        <location filename="../../ui/unexpected.py" line="53"/>
        <source>The details are in %1.</source>
        <translation>Szczegóły zapisano w pliku %1.</translation>
    </message>
    <message>
        <location filename="../../ui/unexpected.py" line="58"/>
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
        <location filename="../../ui/pages/wrap_up.py" line="131"/>
        <source>Before everyone leaves</source>
        <translation>Zanim wszyscy wyjdą</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="139"/>
        <source>Follow-up workshop: %1</source>
        <translation>Spotkanie kontrolne: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="144"/>
        <source>No follow-up workshop is planned yet: set its date on the Setup page.</source>
        <translation>Nie zaplanowano jeszcze spotkania kontrolnego: ustal jego termin na stronie „Przygotowanie”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="149"/>
        <source>Where we stand</source>
        <translation>Gdzie jesteśmy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="152"/>
        <source>The self-assessment has not been completed, so no stage is shown.</source>
        <translation>Samoocena współpracy nie została wypełniona, więc etap nie jest pokazany.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="154"/>
        <source>Stage reached: %1 (%2 of 100)</source>
        <translation>Osiągnięty etap: „%1” (%2 na 100)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="162"/>
        <source>Recommended next moves</source>
        <translation>Zalecane kolejne kroki</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="171"/>
        <source>Top frictions</source>
        <translation>Najważniejsze tarcia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="173"/>
        <source>No frictions were rated.</source>
        <translation>Nie oceniono żadnych tarć.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="174"/>
        <source>Friction</source>
        <translation>Tarcie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="174"/>
        <source>Sales</source>
        <translation>Sprzedaż</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="174"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="174"/>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="185"/>
        <source>Shared goals</source>
        <translation>Wspólne cele</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="187"/>
        <source>No shared goals were set.</source>
        <translation>Nie ustalono wspólnych celów.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="199"/>
        <source>Who does what</source>
        <translation>Kto co robi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="201"/>
        <source>The funnel has no stages.</source>
        <translation>Lejek nie ma etapów.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="218"/>
        <source>%n stage(s) still break the one-Accountable rule.</source>
        <translation>
            <numerusform>%n etap wciąż łamie zasadę jednego A.</numerusform>
            <numerusform>%n etapy wciąż łamią zasadę jednego A.</numerusform>
            <numerusform>%n etapów wciąż łamie zasadę jednego A.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="222"/>
        <source>Handoff at</source>
        <translation>Miejsce przekazania</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="224"/>
        <source>Qualified lead</source>
        <translation>Kwalifikowany lead</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="226"/>
        <source>within %n hour(s)</source>
        <translation>
            <numerusform>w ciągu %n godziny</numerusform>
            <numerusform>w ciągu %n godzin</numerusform>
            <numerusform>w ciągu %n godzin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="227"/>
        <source>Sales follows up</source>
        <translation>Kontakt sprzedaży z leadem</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="229"/>
        <source>Feedback to Marketing</source>
        <translation>Informacja zwrotna dla marketingu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="235"/>
        <source>Rules of engagement</source>
        <translation>Zasady współpracy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="240"/>
        <source>Ten steps</source>
        <translation>Dziesięć kroków</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="241"/>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="241"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="241"/>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="241"/>
        <source>Evidence</source>
        <translation>Na czym opieramy ocenę</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="258"/>
        <source>Action plan</source>
        <translation>Plan działań</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="261"/>
        <source>No actions have been agreed yet.</source>
        <translation>Nie uzgodniono jeszcze żadnych działań.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="266"/>
        <source>%n without an owner</source>
        <translation>
            <numerusform>%n bez właściciela</numerusform>
            <numerusform>%n bez właściciela</numerusform>
            <numerusform>%n bez właściciela</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="268"/>
        <source>%n without a due date</source>
        <translation>
            <numerusform>%n bez terminu</numerusform>
            <numerusform>%n bez terminu</numerusform>
            <numerusform>%n bez terminu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="270"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="274"/>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="275"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="276"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="277"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="278"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="279"/>
        <source>Answers</source>
        <translation>Odpowiada na</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="286"/>
        <source>No owner</source>
        <translation>Brak właściciela</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="293"/>
        <source>No date</source>
        <translation>Bez terminu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="296"/>
        <source>overdue</source>
        <translation>po terminie</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <location filename="../../ui/accessibility.py" line="22"/>
        <source>Date of the follow-up workshop</source>
        <translation>Data spotkania kontrolnego</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="23"/>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="24"/>
        <source>Assessment answers, one row per participant</source>
        <translation>Odpowiedzi w samoocenie, jeden wiersz na uczestnika</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="25"/>
        <source>Notes on the assessment</source>
        <translation>Notatki do samooceny</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="26"/>
        <source>Friction map ratings</source>
        <translation>Oceny na mapie tarć</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="27"/>
        <source>Notes on the selected driver</source>
        <translation>Notatki do zaznaczonego źródła tarć</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="28"/>
        <source>Minutes on the timer</source>
        <translation>Minuty odliczania</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="29"/>
        <source>Sales&apos; own goals</source>
        <translation>Własne cele sprzedaży</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="30"/>
        <source>Marketing&apos;s own goals</source>
        <translation>Własne cele marketingu</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="31"/>
        <source>Shared goals</source>
        <translation>Wspólne cele</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="32"/>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="33"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="34"/>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="35"/>
        <source>How the work is split</source>
        <translation>Podział pracy</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="36"/>
        <source>Who is responsible at each funnel stage</source>
        <translation>Kto za co odpowiada na każdym etapie lejka</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="37"/>
        <source>Show actions with this status</source>
        <translation>Pokaż działania o tym statusie</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="38"/>
        <source>Show actions of this department</source>
        <translation>Pokaż działania tego działu</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="39"/>
        <source>Show actions answering this kind of item</source>
        <translation>Pokaż działania odpowiadające na ten rodzaj pozycji</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="40"/>
        <source>Show actions of this owner</source>
        <translation>Pokaż działania tego właściciela</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="41"/>
        <source>Action plan</source>
        <translation>Plan działań</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="42"/>
        <source>Wrap-up summary</source>
        <translation>Podsumowanie warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="43"/>
        <source>Perception gap per statement</source>
        <translation>Różnica w postrzeganiu według stwierdzeń</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="44"/>
        <source>Suggested rules of engagement</source>
        <translation>Proponowane zasady współpracy</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="45"/>
        <source>New rule of engagement</source>
        <translation>Nowa zasada współpracy</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="46"/>
        <source>Rules of engagement</source>
        <translation>Zasady współpracy</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="47"/>
        <source>Who to call</source>
        <translation>Do kogo dzwonić</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="48"/>
        <source>Insights and misreadings</source>
        <translation>Trafne spostrzeżenia i błędne wyobrażenia</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="49"/>
        <source>Chart of the perception gap between Sales and Marketing</source>
        <translation>Wykres różnicy w postrzeganiu między sprzedażą a marketingiem</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="52"/>
        <source>Chart of today&apos;s level and the target for each step</source>
        <translation>Wykres obecnego poziomu i celu dla każdego kroku</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="55"/>
        <source>Chart of who leads each funnel stage</source>
        <translation>Wykres: kto prowadzi poszczególne etapy lejka</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="80"/>
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
        <location filename="../../ui/models/actions.py" line="52"/>
        <source>Planned</source>
        <translation>Zaplanowane</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="53"/>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="54"/>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="55"/>
        <source>Dropped</source>
        <translation>Porzucone</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="56"/>
        <source>Carried over</source>
        <translation>Przeniesione</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="63"/>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="64"/>
        <source>Medium</source>
        <translation>Średni</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="65"/>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="72"/>
        <source>Quick win</source>
        <translation>Szybka wygrana</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="73"/>
        <source>Major project</source>
        <translation>Duży projekt</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="74"/>
        <source>Fill-in</source>
        <translation>Na wolną chwilę</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="75"/>
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
        <location filename="../../ui/labels.py" line="16"/>
        <source>Setup</source>
        <translation>Przygotowanie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Diagnosis</source>
        <translation>Diagnoza</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Friction map</source>
        <translation>Mapa tarć</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Role swap</source>
        <translation>Zamiana ról</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Shared goals</source>
        <translation>Wspólne cele</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Role split</source>
        <translation>Podział ról</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Ten steps</source>
        <translation>Dziesięć kroków</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Action plan</source>
        <translation>Plan działań</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Wrap-up</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Sales</source>
        <translation>Sprzedaż</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Leadership</source>
        <translation>Zarząd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Joint</source>
        <translation>Oba działy</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>%1 = pain %2</source>
        <translation>%1 = dotkliwość %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>%1 = pain %2 + votes %3</source>
        <translation>%1 = dotkliwość %2 + głosy %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
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
        <location filename="../../ui/live/panels.py" line="231"/>
        <source>Answer as the other department would</source>
        <translation>Odpowiedzcie tak, jak odpowiedziałby drugi dział</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="237"/>
        <source>The questions</source>
        <translation>Pytania</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="240"/>
        <source>What we have named so far</source>
        <translation>Co już nazwaliśmy</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="251"/>
        <source>Our shared goals</source>
        <translation>Nasze wspólne cele</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="257"/>
        <source>target %1</source>
        <translation>cel: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="262"/>
        <source>by %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="290"/>
        <source>gap %1</source>
        <translation>różnica %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="307"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="308"/>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="324"/>
        <source>What we will do</source>
        <translation>Co zrobimy</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="334"/>
        <source>Where we stand: %1</source>
        <translation>Gdzie jesteśmy: etap „%1”</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="343"/>
        <source>Moves that matter</source>
        <translation>Najważniejsze dźwignie</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="351"/>
        <source>We meet again on %1</source>
        <translation>Spotkanie kontrolne: %1</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../ui/undo.py" line="184"/>
        <source>Edit Captured Notes</source>
        <translation>Edytuj notatki z sali</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="186"/>
        <source>Edit Participants</source>
        <translation>Edytuj uczestników</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="188"/>
        <source>Edit Session Details</source>
        <translation>Edytuj szczegóły warsztatu</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="193"/>
        <source>Add Action</source>
        <translation>Dodaj działanie</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="195"/>
        <source>Delete Action</source>
        <translation>Usuń działanie</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="197"/>
        <source>Reorder Actions</source>
        <translation>Zmień kolejność działań</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="198"/>
        <source>Edit Action Plan</source>
        <translation>Edytuj plan działań</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="199"/>
        <source>Edit %1</source>
        <translation>Edytuj etap „%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="229"/>
        <source>the action plan</source>
        <translation>plan działań</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="231"/>
        <source>the list of participants</source>
        <translation>listę uczestników</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="233"/>
        <source>the session details</source>
        <translation>dane sesji</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="235"/>
        <source>the captured notes</source>
        <translation>notatki z sali</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="237"/>
        <source>the %1 page</source>
        <translation>stronę „%1”</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="241"/>
        <source>Cannot undo “%1”: %2 has changed since (a tracker update, a follow-up decision or another window). Undo stops here, so that change is kept.</source>
        <translation>Nie można cofnąć „%1”: od tego czasu zmieniono %2 (aktualizacja w śledzeniu działań, decyzja na spotkaniu kontrolnym lub inne okno). Cofanie zatrzymuje się tutaj, żeby ta zmiana została zachowana.</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="247"/>
        <source>Cannot redo “%1”: %2 has changed since. Redo stops here, so that change is kept.</source>
        <translation>Nie można ponowić „%1”: od tego czasu zmieniono %2. Ponawianie zatrzymuje się tutaj, żeby ta zmiana została zachowana.</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="286"/>
        <source>Review mode: switch to Edit to undo or redo changes.</source>
        <translation>Tryb przeglądu: aby cofać lub ponawiać zmiany, przełącz na „Edytuj”.</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="301"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Cofnij: %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="303"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="306"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ponów: %1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="308"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
</context>
</TS>
