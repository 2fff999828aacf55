<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="26"/>
        <source>About Truce</source>
        <translation>關於 Truce</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="32"/>
        <source>An offline companion for the joint workshop that ends the war between Sales and Marketing: diagnose the relationship, hear the other side, agree who does what, and leave with an action plan.</source>
        <translation>一套離線使用的工作坊輔助工具，幫助銷售與行銷結束「內戰」：診斷雙方關係、聆聽對方的聲音、講清楚誰負責什麼，最後帶著一份行動計畫離開。</translation>
    </message>
</context>
<context>
    <name>ActionFilterBar</name>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="33"/>
        <source>All statuses</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="34"/>
        <source>Open (planned or in progress)</source>
        <translation>未完成（已規劃或進行中）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="38"/>
        <source>All departments</source>
        <translation>所有部門</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="42"/>
        <source>All sources</source>
        <translation>所有來源</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="44"/>
        <source>Frictions</source>
        <translation>摩擦</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="45"/>
        <source>Role swap</source>
        <translation>角色互換</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="46"/>
        <source>Shared goals</source>
        <translation>共同目標</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="47"/>
        <source>Role split</source>
        <translation>角色分工</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="48"/>
        <source>Ten steps</source>
        <translation>十個步驟</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="49"/>
        <source>Levers</source>
        <translation>提升做法</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="53"/>
        <source>Owner…</source>
        <translation>負責人…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="54"/>
        <source>&amp;Overdue only</source>
        <translation>只顯示逾期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="55"/>
        <source>Show all</source>
        <translation>顯示全部</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="63"/>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
</context>
<context>
    <name>ActionUpdateDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="28"/>
        <source>Update action</source>
        <translation>更新行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="39"/>
        <source>New &amp;due date:</source>
        <translation>新的完成日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="48"/>
        <source>What happened since the last update (optional)</source>
        <translation>自上次更新以來的進展（選填）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="52"/>
        <source>&amp;Status:</source>
        <translation>狀態(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="54"/>
        <source>&amp;Comment:</source>
        <translation>備註(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="56"/>
        <source>The update is added to the action&apos;s history with today&apos;s date and time.</source>
        <translation>這筆更新會連同今天的日期與時間，加入這個行動項目的歷程。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="63"/>
        <source>Save update</source>
        <translation>儲存更新</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../ui/models/actions.py" line="120"/>
        <source>Action</source>
        <translation>行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="121"/>
        <source>Responds to</source>
        <translation>對應問題</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="122"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="123"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="124"/>
        <source>Due</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="125"/>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="126"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="127"/>
        <source>Impact</source>
        <translation>效益</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="128"/>
        <source>Effort</source>
        <translation>工作量</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="129"/>
        <source>Votes</source>
        <translation>票數</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="130"/>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="135"/>
        <source>How much it would help, 1–5</source>
        <translation>能帶來多大幫助，1–5</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="136"/>
        <source>How much work it takes, 1–5</source>
        <translation>需要投入多少工作，1–5</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="137"/>
        <source>Dot votes from the room</source>
        <translation>現場貼點投票的票數</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="138"/>
        <source>Where impact and effort put it</source>
        <translation>依效益與工作量落在哪個象限</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="176"/>
        <source>Overdue: this action was due on %1.</source>
        <translation>已逾期：這個行動項目應於 %1 完成。</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="189"/>
        <source>Free action</source>
        <translation>獨立行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="191"/>
        <source>No owner yet</source>
        <translation>尚無負責人</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="195"/>
        <source>No date</source>
        <translation>未定日期</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../ui/pages/actions.py" line="69"/>
        <source>Add action</source>
        <translation>新增行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="71"/>
        <location filename="../../ui/pages/actions.py" line="304"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="72"/>
        <source>Remove the selected actions (Delete)</source>
        <translation>移除選取的行動項目（Delete）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="74"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="76"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="78"/>
        <source>Edit selected…</source>
        <translation>編輯選取項目…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="80"/>
        <source>+1 vote</source>
        <translation>+1 票</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="82"/>
        <source>&amp;Prioritise</source>
        <translation>排定優先順序(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="84"/>
        <source>Show impact, effort, votes and the quadrant, to rank actions in the room</source>
        <translation>顯示效益、工作量、票數與象限，方便現場替行動項目排序</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="88"/>
        <source>Plan order</source>
        <translation>計畫順序</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="89"/>
        <source>Undo the column sorting so actions can be reordered</source>
        <translation>取消依欄位排序，才能調整行動項目的順序</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="102"/>
        <source>What exactly will be done, and why</source>
        <translation>具體要做什麼、為什麼要做</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="106"/>
        <source>How will we know it worked?</source>
        <translation>要怎麼知道它奏效了？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="112"/>
        <source>&amp;Description:</source>
        <translation>說明(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="113"/>
        <source>&amp;Success measure:</source>
        <translation>如何判斷奏效(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="114"/>
        <source>Selected action</source>
        <translation>選取的行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_table.py" line="52"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_table.py" line="77"/>
        <source>Free action</source>
        <translation>獨立行動項目</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="182"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n 個行動項目</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="184"/>
        <source>Showing %1 of %2</source>
        <translation>顯示 %1 項，共 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="189"/>
        <source>%n open action(s) without an owner</source>
        <translation>
            <numerusform>%n 個未完成的行動項目沒有負責人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="191"/>
        <source>%n without a due date</source>
        <translation>
            <numerusform>%n 項沒有完成日期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="193"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 項已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="204"/>
        <source>Click “Plan order” first: the list is sorted by a column</source>
        <translation>請先點選「計畫順序」：清單目前依某個欄位排序</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="273"/>
        <location filename="../../ui/pages/actions.py" line="285"/>
        <location filename="../../ui/pages/actions.py" line="309"/>
        <location filename="../../ui/pages/actions.py" line="329"/>
        <location filename="../../ui/pages/actions.py" line="359"/>
        <source>Action plan</source>
        <translation>行動計畫</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="282"/>
        <source>New action</source>
        <translation>新行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="300"/>
        <source>Remove the action “%1”?</source>
        <translation>要移除行動項目「%1」嗎？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="302"/>
        <source>Remove %n selected action(s)?</source>
        <translation>
            <numerusform>要移除選取的 %n 個行動項目嗎？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="304"/>
        <source>Remove actions</source>
        <translation>移除行動項目</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="40"/>
        <source>Agenda</source>
        <translation>議程</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="45"/>
        <source>Half day</source>
        <translation>半天</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="46"/>
        <source>Full day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="47"/>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="52"/>
        <source>&amp;Plan:</source>
        <translation>方案(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="54"/>
        <source>S&amp;tarts at:</source>
        <translation>開始時間(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="64"/>
        <source>Stage (tick to take it)</source>
        <translation>環節（勾選即納入）</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="65"/>
        <source>Minutes</source>
        <translation>分鐘數</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="66"/>
        <source>Break after</source>
        <translation>結束後休息</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="67"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="79"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="81"/>
        <source>Move the stage earlier (Alt+Up)</source>
        <translation>將這個環節往前移（Alt+Up）</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="83"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="85"/>
        <source>Move the stage later (Alt+Down)</source>
        <translation>將這個環節往後移（Alt+Down）</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="90"/>
        <source>Untick a stage to skip it: the navigator and Next stage pass over it. Double-click or type in a cell to change the minutes.</source>
        <translation>取消勾選某個環節即可略過：左側導覽與「下一個環節」都會跳過它。在儲存格上按兩下或直接輸入，即可修改分鐘數。</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="163"/>
        <source>+ %1 min break</source>
        <translation>+ 休息 %1 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="168"/>
        <source>skipped</source>
        <translation>略過</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="175"/>
        <source>%1 h %2 min, ends at %3</source>
        <translation>共 %1 小時 %2 分鐘，%3 結束</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <location filename="../../ui/models/answers.py" line="146"/>
        <source>Total</source>
        <translation>總分</translation>
    </message>
    <message>
        <location filename="../../ui/models/answers.py" line="148"/>
        <source>Scaled to the 20–100 range; “don&apos;t know” answers are skipped.</source>
        <translation>已換算為 20–100 分；「不知道」的回答不計入。</translation>
    </message>
    <message>
        <location filename="../../ui/models/answers.py" line="204"/>
        <source>? only</source>
        <translation>全為 ?</translation>
    </message>
    <message>
        <location filename="../../ui/models/answers.py" line="208"/>
        <source>%1 of %2 statements answered</source>
        <translation>%2 個敘述中已回答 %1 個</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../../ui/commands/backup.py" line="64"/>
        <source>Set aside and start empty</source>
        <translation>移開損壞檔案，從空白開始</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="73"/>
        <source>Restore backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="93"/>
        <source>Database restored</source>
        <translation>資料庫已還原</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="75"/>
        <source>The session database is damaged</source>
        <translation>工作坊資料庫已損壞</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="135"/>
        <location filename="../../ui/commands/backup.py" line="141"/>
        <location filename="../../ui/commands/backup.py" line="147"/>
        <location filename="../../ui/commands/backup.py" line="159"/>
        <source>Restore from backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="142"/>
        <source>Backup to restore:</source>
        <translation>要還原的備份：</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="59"/>
        <source>%1

There is no backup to restore. Set the damaged file aside and start with an empty library?</source>
        <translation>%1

沒有可以還原的備份。要把損壞的檔案移到一旁，從空白的工作坊清單重新開始嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="32"/>
        <source>daily</source>
        <translation>每日備份</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="33"/>
        <source>made by hand</source>
        <translation>手動備份</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="34"/>
        <source>before a restore</source>
        <translation>還原前備份</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="35"/>
        <source>before an update of Truce</source>
        <translation>Truce 更新前備份</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="89"/>
        <location filename="../../ui/commands/backup.py" line="187"/>
        <source>Truce cannot start</source>
        <translation>Truce 無法啟動</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="94"/>
        <source>The damaged file was kept as %1.</source>
        <translation>損壞的檔案已保留為 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="136"/>
        <source>There are no backups yet.</source>
        <translation>還沒有任何備份。</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="118"/>
        <source>Back up</source>
        <translation>備份</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="121"/>
        <source>Backed up to %1</source>
        <translation>已備份至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="153"/>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="193"/>
        <source>Restored the backup of %1</source>
        <translation>已還原 %1 的備份</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="67"/>
        <source>%1

Set the damaged file aside and restore the backup of %2?</source>
        <translation>%1

要把損壞的檔案移到一旁，並還原 %2 的備份嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="148"/>
        <source>Replace every session with the backup of %1? The sessions as they are now are backed up first, so this can be reversed.</source>
        <translation>要用 %1 的備份取代所有工作坊嗎？系統會先備份目前所有的工作坊，因此之後仍可復原。</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/bulk_edit.py" line="33"/>
        <source>Edit %n action(s)</source>
        <translation>
            <numerusform>編輯 %n 個行動項目</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="43"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="56"/>
        <source>&amp;Status</source>
        <translation>狀態(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="57"/>
        <source>&amp;Owner</source>
        <translation>負責人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="58"/>
        <source>&amp;Department</source>
        <translation>部門(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="59"/>
        <source>D&amp;ue date</source>
        <translation>完成日期(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="60"/>
        <source>&amp;Priority</source>
        <translation>優先順序(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="67"/>
        <source>Tick what to change; everything else stays as it is.</source>
        <translation>勾選要修改的項目，其餘內容維持不變。</translation>
    </message>
</context>
<context>
    <name>CaptureCommands</name>
    <message>
        <location filename="../../ui/capture.py" line="17"/>
        <source>&amp;Capture Note…</source>
        <translation>新增現場紀錄(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/capture.py" line="19"/>
        <source>Capture a note for the stage on screen</source>
        <translation>為畫面上目前的環節新增現場紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/capture.py" line="21"/>
        <source>Stage &amp;Notes</source>
        <translation>環節紀錄(&amp;N)</translation>
    </message>
</context>
<context>
    <name>CascadePanel</name>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="60"/>
        <source>Use &amp;typical figures</source>
        <translation>使用典型數值(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="62"/>
        <source>Fill in typical conversion rates and the growth of the shared revenue goal</source>
        <translation>填入典型轉換率，以及共同營收目標中的成長率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="65"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="72"/>
        <source>Currency</source>
        <translation>貨幣</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="81"/>
        <source>&amp;Revenue of the period before:</source>
        <translation>上一期營收(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="82"/>
        <source>&amp;Growth to win:</source>
        <translation>目標成長(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="83"/>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="84"/>
        <source>Average &amp;deal size:</source>
        <translation>平均成交金額(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="98"/>
        <source>The revenue target</source>
        <translation>營收目標</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="117"/>
        <source>The stage of %1&apos;s target</source>
        <translation>%1目標所在的階段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="120"/>
        <source>%1 plans:</source>
        <translation>%1計畫：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="130"/>
        <source>Each department&apos;s own target</source>
        <translation>各部門自己的目標</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="286"/>
        <source>Correct the figure in red: it is not saved.</source>
        <translation>請更正紅色標示的數字：它尚未儲存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="294"/>
        <source>Still to give: %1.</source>
        <translation>還需填寫：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="295"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="302"/>
        <source>New revenue to win: %1 in %2</source>
        <translation>需新增營收：%1（期間：%2）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="313"/>
        <source>Give each department&apos;s own target to see whether it is consistent.</source>
        <translation>填入各部門自己的目標，看看是否一致。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="319"/>
        <source>Not consistent: %1 must plan for more to reach the revenue target.</source>
        <translation>不一致：%1必須提高計畫，才能達成營收目標。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="320"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="326"/>
        <source>Consistent: both departments&apos; targets cover what the revenue target needs.</source>
        <translation>一致：兩個部門的目標都能滿足營收目標的需要。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="343"/>
        <source>The shared revenue goal aims for %1 % growth; the cascade works with %2 %.</source>
        <translation>共同營收目標的成長率為%1%，倒推使用的卻是%2%。</translation>
    </message>
</context>
<context>
    <name>CascadeWords</name>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="25"/>
        <source>The revenue of the period before</source>
        <translation>上一期營收</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="26"/>
        <source>The growth</source>
        <translation>成長率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="27"/>
        <source>The average deal size</source>
        <translation>平均成交金額</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="33"/>
        <source>%1 is not a figure.</source>
        <translation>%1不是數字。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="35"/>
        <source>The growth must be above 0 % and at most 1,000 %.</source>
        <translation>成長率必須大於0%，且不超過1,000%。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="38"/>
        <source>%1 must be above 0 and at most 10,000 billion.</source>
        <translation>%1必須大於0，且不超過10兆。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="46"/>
        <source>The rate of %1 is not a figure.</source>
        <translation>%1的轉換率不是數字。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="50"/>
        <source>The rate of %1 must be above 0 % and below 100 %: no stage turns none or all of its leads into the next.</source>
        <translation>%1的轉換率必須大於0%且小於100%：沒有哪個階段會一位潛在客戶都不轉換，或把所有潛在客戶都轉入下一階段。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="62"/>
        <source>%1&apos;s target must be a whole number of leads.</source>
        <translation>%1的目標必須是整數位潛在客戶。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="68"/>
        <source>The currency is a three-letter code such as EUR.</source>
        <translation>貨幣須為三個字母的代碼，例如TWD。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="77"/>
        <source>✓ covers the %1 needed (%2 to spare)</source>
        <translation>✓ 滿足所需的%1（餘裕%2）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="81"/>
        <source>✗ %1 short of the %2 needed</source>
        <translation>✗ 距所需的%2還差%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="86"/>
        <source>the rate of %1</source>
        <translation>%1的轉換率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="88"/>
        <source>the revenue of the period before</source>
        <translation>上一期營收</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="89"/>
        <source>the growth</source>
        <translation>成長率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="90"/>
        <source>the average deal size</source>
        <translation>平均成交金額</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="91"/>
        <source>the currency</source>
        <translation>貨幣</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="92"/>
        <source>the conversion rates</source>
        <translation>各階段轉換率</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/models/contacts.py" line="39"/>
        <source>Topic</source>
        <translation>事項</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts.py" line="40"/>
        <source>Person</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts.py" line="41"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts.py" line="42"/>
        <source>Contact details</source>
        <translation>聯絡方式</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="12"/>
        <source>{problem} (see `{prog} --help`).</source>
        <translation>{problem}（參見 `{prog} --help`）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="13"/>
        <source>{path} is a folder or a device, not a Truce database; give the path of a database file (a new one is created if none is there).</source>
        <translation>{path} 是資料夾或裝置，不是 Truce 資料庫；請給出資料庫檔案的路徑（如果不存在，會新建一個）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="17"/>
        <source>The session name given is {length} characters long; no session&apos;s id or title is longer than {most}. `truce list` shows the sessions.</source>
        <translation>給出的工作坊名稱長 {length} 個字元；任何工作坊的 ID 或標題都不超過 {most} 個字元。`truce list` 可以列出所有工作坊。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="21"/>
        <source>session name</source>
        <translation>工作坊名稱</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="22"/>
        <source>search text</source>
        <translation>搜尋文字</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="23"/>
        <source>database path</source>
        <translation>資料庫路徑</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="24"/>
        <source>The {label} given is not valid UTF-8 text or holds a control character, so Truce cannot use it.</source>
        <translation>給出的{label}不是有效的 UTF-8 文字，或含有控制字元，因此 Truce 無法使用。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="28"/>
        <source>There are no backups to restore.</source>
        <translation>沒有可還原的備份。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="29"/>
        <source>A Truce window has this database open. Close the window and run the restore again, or use File ▸ Restore from Backup… in the window.</source>
        <translation>有一個 Truce 視窗開啟了這個資料庫。請關閉視窗後重新還原，或在視窗中使用「檔案 ▸ 從備份還原…」。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="33"/>
        <source>Give either a session or --all, not both.</source>
        <translation>請給出一個工作坊或 --all，不能同時給出。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="37"/>
        <source>Name the session to export (see `truce list`), or use --all.</source>
        <translation>請指定要匯出的工作坊（參見 `truce list`），或使用 --all。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="41"/>
        <source>The disk is full; nothing was written. Free some space and try again.</source>
        <translation>磁碟已滿；沒有寫入任何內容。請騰出一些空間後重試。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="45"/>
        <source>The disk is full: {name}; nothing was written. Free some space and try again.</source>
        <translation>磁碟已滿：{name}；沒有寫入任何內容。請騰出一些空間後重試。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="49"/>
        <source>The disk is read-only; nothing was written.</source>
        <translation>磁碟為唯讀；沒有寫入任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="53"/>
        <source>The disk is read-only: {name}; nothing was written.</source>
        <translation>磁碟為唯讀：{name}；沒有寫入任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="57"/>
        <source>Permission denied.</source>
        <translation>權限不足。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="58"/>
        <source>Permission denied: {name}.</source>
        <translation>權限不足：{name}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="59"/>
        <source>{detail}.</source>
        <translation>{detail}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="60"/>
        <source>{detail}: {name}.</source>
        <translation>{detail}：{name}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="61"/>
        <source>Truce ran out of memory and stopped; nothing more was changed.</source>
        <translation>Truce 記憶體不足，已停止；沒有再變更任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="65"/>
        <source>A name or text given is not valid UTF-8 (or cannot be written as such), so Truce cannot use it.</source>
        <translation>給出的名稱或文字不是有效的 UTF-8（或無法按 UTF-8 寫出），因此 Truce 無法使用。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="69"/>
        <source>Something went wrong that Truce did not expect ({kind}).</source>
        <translation>發生了 Truce 未預料到的錯誤（{kind}）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="73"/>
        <source>Something went wrong that Truce did not expect ({kind}); the details are in {log}.</source>
        <translation>發生了 Truce 未預料到的錯誤（{kind}）；詳細資訊在 {log} 中。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="77"/>
        <source>“{address}” is not a team library; name one by a postgresql:// URI or as service=NAME (a service in ~/.pg_service.conf).</source>
        <translation>「{address}」不是團隊資料庫；請用 postgresql:// URI 或 service=名稱（~/.pg_service.conf 中的服務）指定。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="81"/>
        <source>--db names this computer&apos;s library here (a file); the team library is given with --to or --from.</source>
        <translation>此處 --db 指本機資料庫（一個檔案）；團隊資料庫請用 --to 或 --from 指定。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="85"/>
        <source>`truce {command}` copies a library file; a team library is backed up on its server (ask its administrator), and `truce take-out` keeps a session here.</source>
        <translation>`truce {command}` 複製的是資料庫檔案；團隊資料庫在其伺服器上備份（請詢問管理員），`truce take-out` 可把工作坊紀錄保存在本機。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="12"/>
        <source>a whole number of {digits} digits</source>
        <translation>一個 {digits} 位的整數</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="13"/>
        <source>a list of {count} items</source>
        <translation>一個含 {count} 項的清單</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="14"/>
        <source>an empty list</source>
        <translation>一個空清單</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="15"/>
        <location filename="../../ui/messages/table_documents.py" line="51"/>
        <source>an object</source>
        <translation>一個物件</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="16"/>
        <source>“{text}”</source>
        <translation>「{text}」</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="17"/>
        <source>“{text}…” ({length} characters)</source>
        <translation>「{text}…」（{length} 個字元）</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="18"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="19"/>
        <source>{first} or {second}</source>
        <translation>{first}或{second}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="20"/>
        <source>{allowed}, or empty</source>
        <translation>{allowed}，或為空</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="21"/>
        <source>exactly {value}</source>
        <translation>正好是 {value}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="22"/>
        <source>one of {values}</source>
        <translation>以下之一：{values}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="23"/>
        <source>one of {values}, or empty</source>
        <translation>以下之一：{values}，或為空</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="24"/>
        <source>a whole number from {low} to {high}</source>
        <translation>{low} 到 {high} 之間的整數</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="28"/>
        <source>a whole number of at least {low}</source>
        <translation>不小於 {low} 的整數</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="32"/>
        <source>a whole number</source>
        <translation>整數</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="33"/>
        <source>a number from {low} to {high}</source>
        <translation>{low} 到 {high} 之間的數字</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="34"/>
        <source>a number of at least {low}</source>
        <translation>不小於 {low} 的數字</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="35"/>
        <source>a number above {low} and below {high}</source>
        <translation>大於 {low} 且小於 {high} 的數字</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="39"/>
        <source>a number above {low} and at most {high}</source>
        <translation>大於 {low} 且不大於 {high} 的數字</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="43"/>
        <source>a number</source>
        <translation>數字</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="44"/>
        <source>a text of at most {most} characters</source>
        <translation>最多 {most} 個字元的文字</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="48"/>
        <source>a text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="49"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="50"/>
        <source>a list</source>
        <translation>清單</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="52"/>
        <source>something else</source>
        <translation>其他內容</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="53"/>
        <source>an id of 1 to 64 letters, digits and _ . : -</source>
        <translation>由 1 到 64 個字母、數字和 _ . : - 組成的 ID</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="57"/>
        <source>a time of day written HH:MM on a 24-hour clock, or empty</source>
        <translation>以 24 小時制 HH:MM 寫的時間，或為空</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="61"/>
        <source>a date written YYYY-MM-DD, from 1900 to 2200</source>
        <translation>寫作 YYYY-MM-DD 的日期，年份在 1900 到 2200 之間</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="65"/>
        <source>a date and time written YYYY-MM-DDTHH:MM:SS with an optional offset (RFC 3339), from 1900 to 2200</source>
        <translation>寫作 YYYY-MM-DDTHH:MM:SS 的日期和時間，可帶時區偏移（RFC 3339），年份在 1900 到 2200 之間</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="69"/>
        <source>The document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="70"/>
        <source>The document {reason}.</source>
        <translation>文件{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="71"/>
        <source>{where}: {reason}.</source>
        <translation>{where}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="72"/>
        <source>{where}: the field name {field} {reason}.</source>
        <translation>{where}：欄位名稱 {field} {reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="76"/>
        <source>This file holds {name}, which is not a number; a session document holds only finite numbers.</source>
        <translation>此檔案含有 {name}，它不是數字；工作坊資料檔只能包含有限的數字。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="80"/>
        <source>This file holds the number {number}, which is too large or too long for a session document.</source>
        <translation>此檔案含有數字 {number}，對工作坊資料檔來說太大或太長。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="84"/>
        <source>This file holds a whole number of {digits} digits; no number in a session document has more than {most}.</source>
        <translation>此檔案含有一個 {digits} 位的整數；工作坊資料檔中的數字都不超過 {most} 位。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="88"/>
        <source>This file gives the field {field} twice in one object, so which one counts is unclear.</source>
        <translation>此檔案在同一個物件中兩次給出欄位 {field}，無法確定以哪一個為準。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="92"/>
        <source>This file is not UTF-8 text (byte {byte} is not), so it cannot be a session document.</source>
        <translation>此檔案不是 UTF-8 文字（第 {byte} 個位元組不是），因此不可能是工作坊資料檔。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="96"/>
        <source>This file is not valid JSON (line {line}, column {column}: {problem}).</source>
        <translation>此檔案不是有效的 JSON（第 {line} 行，第 {column} 欄：{problem}）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="100"/>
        <source>This file is nested too deeply to be a session document.</source>
        <translation>此檔案巢狀太深，不可能是工作坊資料檔。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="104"/>
        <source>{where}: is nested deeper than a session document ever is ({most} levels).</source>
        <translation>{where}：巢狀層級超過了工作坊資料檔的上限（{most} 層）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="108"/>
        <source>{where}: has {count} fields; no object in a session document has more than {most}.</source>
        <translation>{where}：有 {count} 個欄位；工作坊資料檔中的物件最多只有 {most} 個。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="112"/>
        <source>{where}: holds {count} items; no list in a session document holds more than {most}.</source>
        <translation>{where}：有 {count} 項；工作坊資料檔中的清單最多只有 {most} 項。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="116"/>
        <source>This document holds more than {most} values; a session document never does.</source>
        <translation>此文件包含超過 {most} 個值；工作坊資料檔從不會這樣。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="120"/>
        <source>This session holds a number that is not finite (a goal&apos;s baseline or target), which a session document cannot hold; correct it on the Shared goals page.</source>
        <translation>此工作坊含有一個非有限的數字（某個目標的基線或目標值），工作坊資料檔無法儲存它；請在「共同目標」頁面更正。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="124"/>
        <source>This is not a Truce session document: it should be a JSON object.</source>
        <translation>這不是 Truce 工作坊資料檔：它應當是一個 JSON 物件。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="128"/>
        <source>This is not a Truce session document (its “format” is not truce-session).</source>
        <translation>這不是 Truce 工作坊資料檔（它的「format」不是 truce-session）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="132"/>
        <source>This session document has version {version}, from a newer Truce; this Truce reads version {readable}. Update Truce to import it.</source>
        <translation>此工作坊資料檔的版本為 {version}，來自較新的 Truce；本 Truce 讀取版本 {readable}。請更新 Truce 後再匯入。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="136"/>
        <source>This session document does not say which version it is; this Truce reads version {readable}.</source>
        <translation>此工作坊資料檔沒有說明自己的版本；本 Truce 讀取版本 {readable}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="140"/>
        <source>This session document gives its version as {version}; this Truce reads version {readable}.</source>
        <translation>此工作坊資料檔給出的版本是 {version}；本 Truce 讀取版本 {readable}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="144"/>
        <source>This file is larger than {megabytes} MB; a session document never is.</source>
        <translation>此檔案大於 {megabytes} MB；工作坊資料檔從不會這麼大。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="148"/>
        <source>{name} is larger than {megabytes} MB; a session document never is.</source>
        <translation>{name} 大於 {megabytes} MB；工作坊資料檔從不會這麼大。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="152"/>
        <source>{path} is a folder, not a session document.</source>
        <translation>{path} 是資料夾，不是工作坊資料檔。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="153"/>
        <source>{path} is not a file but a device, pipe or socket, so it cannot be a session document.</source>
        <translation>{path} 不是檔案，而是裝置、管道或通訊端，因此不可能是工作坊資料檔。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="157"/>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="158"/>
        <source>{path} cannot be read: permission denied.</source>
        <translation>無法讀取 {path}：權限不足。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="162"/>
        <source>{path} cannot be read: {detail}.</source>
        <translation>無法讀取 {path}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="163"/>
        <source>contains a control character ({code}), which a text cannot hold</source>
        <translation>含有控制字元（{code}），文字中不能有它</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="167"/>
        <source>contains half of a character pair (a lone surrogate, {code}), which a text cannot hold</source>
        <translation>含有半個字元對（孤立的代理項，{code}），文字中不能有它</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="171"/>
        <source>has a field name {field} that is not an id (1 to 64 letters, digits and _ . : -)</source>
        <translation>有一個欄位名稱 {field} 不是 ID（1 到 64 個字母、數字和 _ . : -）</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="175"/>
        <source>lacks the field “{field}”, which it must have</source>
        <translation>缺少必需的欄位「{field}」</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="179"/>
        <source>has a field {field} that a session document does not have</source>
        <translation>有一個工作坊資料檔沒有的欄位 {field}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="183"/>
        <source>holds {count} items; the most it can hold is {most}</source>
        <translation>有 {count} 項；最多只能有 {most} 項</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="187"/>
        <source>has {count} entries; the most it can hold is {most}</source>
        <translation>有 {count} 個條目；最多只能有 {most} 個</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="191"/>
        <source>is {length} characters long; the most it can hold is {most}</source>
        <translation>長 {length} 個字元；最多只能有 {most} 個</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="195"/>
        <source>must have a character that shows, not only spaces</source>
        <translation>必須有可見的字元，不能只有空格</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="199"/>
        <source>must have a character that shows, not only spaces or invisible characters (it is {value})</source>
        <translation>必須有可見的字元，不能只有空格或不可見字元（現在是 {value}）</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="203"/>
        <source>must not be empty</source>
        <translation>不能為空</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="204"/>
        <source>must be {allowed} (it is {value})</source>
        <translation>必須是：{allowed}（現在是 {value}）</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="205"/>
        <source>{value} is used twice in one list</source>
        <translation>{value} 在同一個清單中出現了兩次</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="209"/>
        <source>{value} is not an action of this session</source>
        <translation>{value} 不是本工作坊的行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="213"/>
        <source>a value belongs here</source>
        <translation>此處應為一個值</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="214"/>
        <source>a comma belongs here</source>
        <translation>此處應為逗號</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="215"/>
        <source>a colon belongs here</source>
        <translation>此處應為冒號</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="216"/>
        <source>a field name in double quotes belongs here</source>
        <translation>此處應為用雙引號括起的欄位名稱</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="220"/>
        <source>something follows the end of the document</source>
        <translation>文件結束後還有其他內容</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="224"/>
        <source>a text that starts here is never closed</source>
        <translation>從這裡開始的文字沒有結束引號</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="228"/>
        <source>a text holds a control character</source>
        <translation>文字中含有控制字元</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="232"/>
        <source>a backslash starts no valid escape</source>
        <translation>反斜線後不是有效的跳脫序列</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="236"/>
        <source>Unknown document “{value}”; choose one of {choices}.</source>
        <translation>未知的文件「{value}」；請從以下選擇：{choices}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="240"/>
        <source>Unknown format “{value}”; choose one of {choices}.</source>
        <translation>未知的格式「{value}」；請從以下選擇：{choices}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="244"/>
        <source>Unknown paper size “{value}”; choose one of {choices}.</source>
        <translation>未知的紙張尺寸「{value}」；請從以下選擇：{choices}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="248"/>
        <source>Unknown grouping “{value}”; choose one of {choices}.</source>
        <translation>未知的分組方式「{value}」；請從以下選擇：{choices}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="252"/>
        <source>Worksheets are printed sheets; export them as PDF.</source>
        <translation>工作表是列印用的；請匯出為 PDF。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="256"/>
        <source>The series comparison is a printed document; export it as PDF.</source>
        <translation>系列比較是列印文件；請匯出為 PDF。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="260"/>
        <source>A comparison needs at least two workshops of one series that have taken place. Duplicate a session for a follow-up, or add it to a series, first.</source>
        <translation>比較至少需要同一系列中已舉行的兩次工作坊。請先為追蹤會議複製一個工作坊，或把它加入某個系列。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="264"/>
        <source>The folder {folder} does not exist.</source>
        <translation>資料夾 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="265"/>
        <source>{path} is a folder; choose a file name to export to.</source>
        <translation>{path} 是資料夾；請選擇要匯出到的檔案名稱。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="269"/>
        <source>The file name {start}… is too long for a disk to hold; choose a shorter one.</source>
        <translation>檔案名稱 {start}… 太長，磁碟無法儲存；請選擇較短的名稱。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="273"/>
        <source>Cannot write to {folder}: {reason}.</source>
        <translation>無法寫入 {folder}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="274"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>無法寫入 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="275"/>
        <source>the disk is full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="276"/>
        <source>the disk is read-only</source>
        <translation>磁碟為唯讀</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="277"/>
        <source>the name is too long for this disk</source>
        <translation>名稱對此磁碟來說太長</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="12"/>
        <source>the session database</source>
        <translation>工作坊資料庫</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="13"/>
        <source>The session database {path} is damaged ({detail}). Truce can set it aside and restore the newest backup.</source>
        <translation>工作坊資料庫 {path} 已損壞（{detail}）。Truce 可以把它移到一旁，並還原最新的備份。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="17"/>
        <source>The session database is damaged ({detail}). Truce can set it aside and restore the newest backup.</source>
        <translation>工作坊資料庫已損壞（{detail}）。Truce 可以把它移到一旁，並還原最新的備份。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="21"/>
        <source>The disk that holds {path} is full.</source>
        <translation>存放 {path} 的磁碟已滿。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="22"/>
        <source>Truce cannot write to {path}: the file or its folder is read-only.</source>
        <translation>Truce 無法寫入 {path}：該檔案或其資料夾為唯讀。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="26"/>
        <source>Another program kept {path} locked for more than {seconds} seconds (another Truce, or a sync or backup tool).</source>
        <translation>另一個程式鎖定 {path} 超過 {seconds} 秒（另一個 Truce，或同步、備份工具）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="30"/>
        <source>Truce cannot reach {path}: its disk or network folder may have been disconnected.</source>
        <translation>Truce 無法存取 {path}：它所在的磁碟或網路資料夾可能已中斷連線。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="34"/>
        <source>The disk that holds {path} reported an error.</source>
        <translation>存放 {path} 的磁碟回報了錯誤。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="38"/>
        <source>Another program replaced or removed {path} (a restore from the command line?) while Truce had it open.</source>
        <translation>Truce 開啟 {path} 期間，另一個程式取代或刪除了它（是否從命令列執行了還原？）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="42"/>
        <source>{cause} {ending}</source>
        <translation>{cause}{ending}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="43"/>
        <source>The last change was not saved; everything saved before it is safe.</source>
        <translation>最後一次變更未儲存；先前儲存的內容都安然無恙。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="47"/>
        <source>Truce cannot open the sessions until that is put right; nothing was moved.</source>
        <translation>問題解決之前 Truce 無法開啟工作坊；沒有移動任何檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="51"/>
        <source>The check and the day&apos;s backup did not run; nothing was changed or moved.</source>
        <translation>檢查和當天的備份沒有執行；沒有變更或移動任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="55"/>
        <source>The session database {path} could not be used: {detail}.</source>
        <translation>無法使用工作坊資料庫 {path}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="59"/>
        <source>The session database could not be used: {detail}.</source>
        <translation>無法使用工作坊資料庫：{detail}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="63"/>
        <source>{path} was written by a newer version of Truce (schema {version}); update Truce to open it.</source>
        <translation>{path} 由較新版本的 Truce 寫入（結構描述 {version}）；請更新 Truce 後再開啟。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="67"/>
        <source>{path} holds rows that refer to nothing ({count}, the first in {table}); it cannot be updated to this version. Nothing was changed.</source>
        <translation>{path} 中有指向不存在內容的列（{count} 列，第一列在 {table} 中）；無法更新到此版本。沒有變更任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="71"/>
        <source>The session database holds values of {what} that Truce does not know ({count}), so it cannot be updated to this version. Nothing was changed.</source>
        <translation>工作坊資料庫中有 Truce 不認識的「{what}」值（{count} 個），因此無法更新到此版本。沒有變更任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="75"/>
        <source>The session database&apos;s action table is not the one Truce made, so it cannot be updated to this version. Nothing was changed.</source>
        <translation>工作坊資料庫的行動項目表不是 Truce 建立的那一個，因此無法更新到此版本。沒有變更任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="79"/>
        <source>The backup could not be written to {folder}: {detail}.</source>
        <translation>無法把備份寫入 {folder}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="83"/>
        <source>{path} is not a backup file.</source>
        <translation>{path} 不是備份檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="84"/>
        <source>{name} cannot be read ({detail}).</source>
        <translation>無法讀取 {name}（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="85"/>
        <source>{name} is not a Truce database; nothing was restored.</source>
        <translation>{name} 不是 Truce 資料庫；沒有還原任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="89"/>
        <source>{name} was written by a newer version of Truce (schema {version}); update Truce to restore it. Nothing was restored.</source>
        <translation>{name} 由較新版本的 Truce 寫入（結構描述 {version}）；請更新 Truce 後再還原。沒有還原任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="93"/>
        <source>{name} is damaged itself and cannot be restored.</source>
        <translation>{name} 本身已損壞，無法還原。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="97"/>
        <source>The backup could not be copied beside {name}: {detail}. Nothing was changed.</source>
        <translation>無法把備份複製到 {name} 旁邊：{detail}。沒有變更任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="101"/>
        <source>The backup could not be put in place of {name}: {detail}. Nothing was lost.</source>
        <translation>無法用備份取代 {name}：{detail}。沒有遺失任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="105"/>
        <source>{cause} Nothing was restored.</source>
        <translation>{cause}沒有還原任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="106"/>
        <source>{name} is in use by another program; close it and restore again. Nothing was restored.</source>
        <translation>{name} 正被另一個程式使用；請關閉該程式後重新還原。沒有還原任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="110"/>
        <source>This database has no file to back up.</source>
        <translation>此資料庫沒有可備份的檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="12"/>
        <source>{label} is {length} characters long; the most it can hold is {most}. Shorten it to save it.</source>
        <translation>{label}長 {length} 個字元；最多只能有 {most} 個。請縮短後再儲存。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="16"/>
        <source>{label} contains a control character ({code}), which a text cannot hold. Remove it to save.</source>
        <translation>{label}含有控制字元（{code}），文字中不能有它。請刪除後再儲存。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="20"/>
        <source>A note</source>
        <translation>便箋</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="21"/>
        <source>The reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="22"/>
        <source>A stage&apos;s name</source>
        <translation>階段名稱</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="23"/>
        <source>A party&apos;s name</source>
        <translation>參與方名稱</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="24"/>
        <source>The session&apos;s details</source>
        <translation>工作坊資訊</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="25"/>
        <source>A participant&apos;s name</source>
        <translation>參與者姓名</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="26"/>
        <source>A participant&apos;s role</source>
        <translation>參與者角色</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="27"/>
        <source>Action “{title}”</source>
        <translation>行動項目「{title}」</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="28"/>
        <source>Text in {name}</source>
        <translation>{name} 中的文字</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="29"/>
        <source>A comment</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="30"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="31"/>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="32"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="33"/>
        <source>Location</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="34"/>
        <source>Facilitator</source>
        <translation>引導師</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="35"/>
        <source>Notes</source>
        <translation>附註</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="36"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="37"/>
        <source>Previous workshop</source>
        <translation>上一次工作坊</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="38"/>
        <source>Follow-up date</source>
        <translation>追蹤日期</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="39"/>
        <source>A note needs some text.</source>
        <translation>便箋需要有文字。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="40"/>
        <source>An empty note cannot become an action.</source>
        <translation>空便箋不能變成行動項目。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="41"/>
        <source>This note is already an action in the plan.</source>
        <translation>這張便箋已經是計畫中的行動項目。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="45"/>
        <source>A theme needs a name.</source>
        <translation>主題需要一個名稱。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="46"/>
        <source>Choose at least two notes to merge into a theme.</source>
        <translation>請至少選擇兩張便箋，才能合併為一個主題。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="50"/>
        <source>“{title}” is no longer open; it needs no decision.</source>
        <translation>「{title}」已不再進行中，無需決定。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="54"/>
        <source>Say why the action is dropped: a dropped action needs a reason.</source>
        <translation>請說明放棄這項行動項目的原因：放棄的行動項目需要理由。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="58"/>
        <source>A carried-over action needs a new due date.</source>
        <translation>順延的行動項目需要新的截止日期。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="62"/>
        <source>The workshop this session follows up is no longer in the library.</source>
        <translation>本工作坊所追蹤的上一次工作坊已不在工作坊清單中。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="66"/>
        <source>This action has already been decided at this follow-up.</source>
        <translation>這項行動項目在本次追蹤會議中已經作出決定。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="70"/>
        <source>A cell holds R, A, C or I, not “{value}”.</source>
        <translation>儲存格只能填 R、A、C 或 I，不能填「{value}」。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="71"/>
        <source>The handoff must be at one of the funnel&apos;s stages.</source>
        <translation>交接必須位於漏斗的某個階段。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="75"/>
        <source>There is no role split template called “{name}”.</source>
        <translation>沒有名為「{name}」的角色分工範本。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="79"/>
        <source>This template hands over at a funnel stage your map no longer has; choose the handoff stage yourself.</source>
        <translation>此範本在你的圖中已不存在的漏斗階段交接；請自行選擇交接階段。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="83"/>
        <source>A stage needs a name.</source>
        <translation>階段需要名稱。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="84"/>
        <source>A party needs a name.</source>
        <translation>參與方需要名稱。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="85"/>
        <source>A funnel holds at most {most} stages.</source>
        <translation>漏斗最多只能有 {most} 個階段。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="86"/>
        <source>A map holds at most {most} parties.</source>
        <translation>一張圖最多只能有 {most} 個參與方。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="87"/>
        <source>Sales, Marketing and Shared keep their names.</source>
        <translation>銷售、行銷和共同負責這三方的名稱不能更改。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="91"/>
        <source>Sales, Marketing and Shared cannot be removed.</source>
        <translation>銷售、行銷和共同負責這三方不能刪除。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="95"/>
        <source>A session needs a title with a character that shows.</source>
        <translation>工作坊標題中需要有可見的字元。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="99"/>
        <source>A session needs a title.</source>
        <translation>工作坊需要標題。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="100"/>
        <source>Unknown language “{language}”; choose one of {choices}.</source>
        <translation>未知的語言「{language}」；請從以下選擇：{choices}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="104"/>
        <source>“{title}” is already in the library. Import it as a copy, or replace the one you have.</source>
        <translation>「{title}」已在工作坊清單中。可以作為副本匯入，或取代已有的那一個。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="108"/>
        <source>These session details cannot be changed: {names}.</source>
        <translation>以下工作坊資訊不能更改：{names}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="112"/>
        <source>{name} is not a section of a session.</source>
        <translation>{name} 不是工作坊的組成部分。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="116"/>
        <source>No session with id {id}.</source>
        <translation>沒有 ID 為 {id} 的工作坊。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="117"/>
        <source>An action needs a title.</source>
        <translation>行動項目需要標題。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="118"/>
        <source>This action is no longer in its session.</source>
        <translation>這項行動項目已不在它的工作坊中。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="119"/>
        <source>Planned</source>
        <translation>已規劃</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="120"/>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="121"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="122"/>
        <source>Dropped</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="123"/>
        <source>Carried over</source>
        <translation>已轉入後續</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="124"/>
        <source>Participant id {id} appears twice.</source>
        <translation>參與者 ID {id} 出現了兩次。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="125"/>
        <source>Nothing changed: choose a new status or date, or add a comment.</source>
        <translation>沒有任何變更：請選擇新的狀態或日期，或新增備註。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="129"/>
        <source>The library cannot be sorted by {sort}.</source>
        <translation>工作坊清單不能按 {sort} 排序。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="130"/>
        <source>No session matches “{ref}”. `truce list` shows the sessions.</source>
        <translation>沒有與「{ref}」相符的工作坊。`truce list` 可以列出所有工作坊。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="134"/>
        <source>More than one session matches “{ref}”; use its id instead.</source>
        <translation>有多個工作坊與「{ref}」相符；請改用工作坊 ID。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="138"/>
        <source>The {part} of this session changed since this step was recorded.</source>
        <translation>自記錄此步驟以來，本工作坊的 {part} 部分已有變化。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="12"/>
        <source>A lead waterfall holds at most {most} stages.</source>
        <translation>潛在客戶階段最多只能有 {most} 個。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="15"/>
        <source>A lead stage needs a name.</source>
        <translation>潛在客戶階段需要一個名稱。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="16"/>
        <source>That lead stage is no longer on the map.</source>
        <translation>該潛在客戶階段已不在圖上。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="19"/>
        <source>A lead stage&apos;s owner must be one of the map&apos;s parties.</source>
        <translation>潛在客戶階段的負責人必須是圖上的一方。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="22"/>
        <source>Keep the rejection reasons to at most {most}.</source>
        <translation>拒絕理由最多 {most} 條。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="25"/>
        <source>Sales&apos; time to accept or reject is between {low} and {high} hours.</source>
        <translation>銷售接受或拒絕潛在客戶的時限須在 {low} 到 {high} 小時之間。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="28"/>
        <source>An SLA&apos;s period is a week, a month or a quarter.</source>
        <translation>服務水準協議的週期為一週、一個月或一季。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="31"/>
        <source>An SLA is reviewed monthly or quarterly.</source>
        <translation>服務水準協議每月或每季檢視一次。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="34"/>
        <source>{commitment} is {low}–{high}.</source>
        <translation>{commitment}須在 {low} 到 {high} 之間。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="35"/>
        <source>The SLA has no commitment called “{commitment}”.</source>
        <translation>服務水準協議中沒有名為「{commitment}」的承諾。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="38"/>
        <source>A lead stage&apos;s name</source>
        <translation>潛在客戶階段名稱</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="39"/>
        <source>Entry criteria</source>
        <translation>進入標準</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="40"/>
        <source>Exit criteria</source>
        <translation>退出標準</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="41"/>
        <source>A rejection reason</source>
        <translation>拒絕理由</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="42"/>
        <source>The recycling rule</source>
        <translation>潛在客戶回收規則</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="43"/>
        <source>Who monitors the SLA</source>
        <translation>服務水準協議的監督人</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="44"/>
        <source>What happens when the SLA is missed</source>
        <translation>未達成服務水準協議時的處理方式</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="45"/>
        <source>The SLA&apos;s leads per salesperson</source>
        <translation>服務水準協議中每位業務人員的潛在客戶數</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="46"/>
        <source>The SLA&apos;s share of leads accepted (%)</source>
        <translation>服務水準協議中潛在客戶接受率（%）</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="49"/>
        <source>The SLA&apos;s hours to follow up a lead</source>
        <translation>服務水準協議中追蹤潛在客戶的時限（小時）</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="52"/>
        <source>The SLA&apos;s contact attempts per lead</source>
        <translation>服務水準協議中每位潛在客戶的聯繫次數</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="53"/>
        <source>{what} is missing.</source>
        <translation>缺少{what}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="54"/>
        <source>{what} is out of range.</source>
        <translation>{what}超出允許範圍。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="55"/>
        <source>The currency must be a three-letter ISO code such as EUR.</source>
        <translation>貨幣必須是三個字母的 ISO 代碼，例如 EUR。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="58"/>
        <source>{what} must be above 0 % and below 100 %: no stage converts none or all of its leads.</source>
        <translation>{what}必須大於 0% 且小於 100%：沒有哪個階段會完全不轉換或全部轉換潛在客戶。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="62"/>
        <source>A cascade&apos;s period is one of {periods}.</source>
        <translation>營收倒推的週期必須是以下之一：{periods}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="63"/>
        <source>A cascade has no stage called {stage}.</source>
        <translation>營收倒推中沒有名為「{stage}」的階段。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="66"/>
        <source>A department&apos;s target is set at one of the lead stages.</source>
        <translation>部門的目標值須設定在某個潛在客戶階段上。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="69"/>
        <source>A joint meeting is held {frequencies}.</source>
        <translation>聯席會議的頻率必須是以下之一：{frequencies}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="72"/>
        <source>A joint meeting lasts from {low} to {high} minutes.</source>
        <translation>聯席會議時長須在 {low} 到 {high} 分鐘之間。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="75"/>
        <source>The revenue of the period before</source>
        <translation>上一週期的營收</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="76"/>
        <source>The growth</source>
        <translation>成長率</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="77"/>
        <source>The average deal size</source>
        <translation>平均成交金額</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="78"/>
        <source>The currency</source>
        <translation>貨幣</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="79"/>
        <source>The target of sales</source>
        <translation>銷售的目標值</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="80"/>
        <source>The target of marketing</source>
        <translation>行銷的目標值</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="81"/>
        <source>The conversion rate of the inquiry stage</source>
        <translation>詢問階段的轉換率</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="84"/>
        <source>The conversion rate of the mql stage</source>
        <translation>MQL 階段的轉換率</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="85"/>
        <source>The conversion rate of the sal stage</source>
        <translation>SAL 階段的轉換率</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="86"/>
        <source>The conversion rate of the sql stage</source>
        <translation>SQL 階段的轉換率</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="87"/>
        <source>The conversion rate of the opportunity stage</source>
        <translation>商機階段的轉換率</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="12"/>
        <source>the team library {place}</source>
        <translation>團隊資料庫{place}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="13"/>
        <source>“{service}”</source>
        <translation>「{service}」</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="14"/>
        <source>“{database}” on {host}</source>
        <translation>{host} 上的「{database}」</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="15"/>
        <source>“{database}” on this computer</source>
        <translation>本機上的「{database}」</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="16"/>
        <source>Truce cannot reach the team library {place} ({detail}).</source>
        <translation>Truce 無法連線到團隊資料庫{place}（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="19"/>
        <source>Truce cannot reach the team library {place} ({detail}). The last change was not saved there; the local library is unaffected.</source>
        <translation>Truce 無法連線到團隊資料庫{place}（{detail}）。最後一次變更未儲存到那裡；本機資料庫不受影響。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="23"/>
        <source>waiting a few seconds before trying again</source>
        <translation>等待幾秒後重試</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="26"/>
        <source>The team library {place} was set up by a newer version of Truce (schema {version}); update Truce to use it.</source>
        <translation>團隊資料庫{place}由較新版本的 Truce 建立（結構描述 {version}）；請更新 Truce 後再使用。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="30"/>
        <source>The team library {place} needs its tables brought to schema {version}, and this role may not change them: ask the library&apos;s administrator to open it once as its owner.</source>
        <translation>團隊資料庫{place}的資料表需要升級到結構描述 {version}，而目前角色無權修改它們：請資料庫管理員以擁有者身分開啟一次。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="34"/>
        <source>Your role in the team library {place} may not do this (the library&apos;s permissions refuse it); nothing was changed.</source>
        <translation>你在團隊資料庫{place}中的角色無權執行此操作（資料庫權限不允許）；未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="38"/>
        <source>The team library {place} refused the change ({detail}); nothing was changed.</source>
        <translation>團隊資料庫{place}拒絕了這項變更（{detail}）；未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="42"/>
        <source>The team library {place} already holds a workshop with this one&apos;s id that your role may not see (another facilitator&apos;s, not shared with you); nothing was changed. A new copy, with an id of its own, can be added instead.</source>
        <translation>團隊資料庫{place}中已有一個與它 ID 相同、而你的角色無權檢視的工作坊（屬於另一位引導師，未與你共享）；未做任何變更。可以改為新增一份擁有自己 ID 的新副本。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="46"/>
        <source>The team library {place} could not be used: {detail}.</source>
        <translation>無法使用團隊資料庫{place}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="49"/>
        <source>“{title}” changed in the team library {place} since you last published or took it out (it is at version {theirs}; you last met version {known}): nothing was overwritten. Compare the two and choose --as-copy or --update.</source>
        <translation>自你上次發佈或取出以來，「{title}」已在團隊資料庫{place}中被修改（現為第 {theirs} 版；你上次見到的是第 {known} 版）：未覆寫任何內容。請比較兩者，然後選擇 --as-copy 或 --update。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="53"/>
        <source>“{title}” changed in the team library {place} since you last published or took it out (it is at version {theirs}; you last met none of its versions): nothing was overwritten. Compare the two and choose --as-copy or --update.</source>
        <translation>自你上次發佈或取出以來，「{title}」已在團隊資料庫{place}中被修改（現為第 {theirs} 版；你之前沒有見過它的任何版本）：未覆寫任何內容。請比較兩者，然後選擇 --as-copy 或 --update。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="57"/>
        <source>“{title}” changed in this computer&apos;s library since it last met the team library&apos;s copy (now at version {theirs}): nothing was overwritten. Compare the two and choose --as-copy or --update.</source>
        <translation>自上次與團隊資料庫中的副本對照以來，「{title}」已在本機資料庫中被修改（現為第 {theirs} 版）：未覆寫任何內容。請比較兩者，然後選擇 --as-copy 或 --update。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="61"/>
        <source>Publishing and taking out move sessions between this computer&apos;s library and a team library; give a local library with --db, or none for the usual one.</source>
        <translation>發佈和取出是在本機資料庫與團隊資料庫之間移動工作坊紀錄；請用 --db 指定本機資料庫，或省略以使用預設資料庫。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="65"/>
        <source>Last changed</source>
        <translation>最後修改</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="66"/>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="67"/>
        <source>Action</source>
        <translation>行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="68"/>
        <source>History entries</source>
        <translation>歷程記錄筆數</translation>
    </message>
</context>
<context>
    <name>CountdownTimer</name>
    <message>
        <location filename="../../ui/widgets/timer.py" line="154"/>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="156"/>
        <source>Length of a round</source>
        <translation>每輪時間</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="160"/>
        <source>+1 min</source>
        <translation>+1 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="162"/>
        <source>+5 min</source>
        <translation>+5 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="164"/>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="232"/>
        <source>Time&apos;s up</source>
        <translation>時間到</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="236"/>
        <source>Running</source>
        <translation>計時中</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="238"/>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="244"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="244"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="245"/>
        <source>Start or pause the round (Space)</source>
        <translation>開始或暫停本輪（空白鍵）</translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="55"/>
        <source>One set of answers per &amp;participant</source>
        <translation>每位參與者各填一份(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="58"/>
        <source>One set per &amp;department (quick session)</source>
        <translation>每個部門一份（快速版）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="71"/>
        <source>Answers from Phones…</source>
        <translation>手機作答…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="85"/>
        <source>Type 1–5 to rate (1 strongly disagree, 5 strongly agree), 0 or ? for “don&apos;t know”: the cursor moves on by itself. Tab or Enter skips a statement, Delete clears it.</source>
        <translation>輸入 1–5 評分（1 為非常不同意，5 為非常同意），輸入 0 或 ? 表示「不知道」，游標會自動移到下一格。按 Tab 或 Enter 略過一個敘述，按 Delete 清除。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="93"/>
        <source>Notes on the answers: what people said while rating…</source>
        <translation>作答備註：大家評分時說了什麼…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="123"/>
        <source>1 · Answers</source>
        <translation>1 · 作答</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="124"/>
        <source>2 · Results</source>
        <translation>2 · 結果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="125"/>
        <source>3 · Perception gap</source>
        <translation>3 · 認知落差</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="155"/>
        <source>Former participant (%1)</source>
        <translation>已移除的參與者（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="180"/>
        <source>Nobody to enter answers for yet: add the participants on the Setup page, or switch to one set per department.</source>
        <translation>目前還沒有可輸入作答的對象：請在「開場」頁面新增參與者，或改成每個部門一份。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="204"/>
        <source>%1 %2 / 100</source>
        <translation>%1 %2 / 100</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="212"/>
        <source>perception gap %1</source>
        <translation>認知落差 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="224"/>
        <source>%1 of %2 complete</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="247"/>
        <source>Select a cell to see its statement here.</source>
        <translation>選取一個儲存格，即可在這裡查看對應的敘述。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="263"/>
        <source>Diagnosis</source>
        <translation>關係診斷</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="282"/>
        <source>Change how answers are entered</source>
        <translation>變更作答輸入方式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="284"/>
        <source>The %1 answers entered so far belong to the other way of entering them and will be removed. Switch anyway?</source>
        <translation>目前已輸入的 %1 筆作答屬於另一種輸入方式，切換後將會刪除。仍要切換嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="287"/>
        <source>Switch and remove answers</source>
        <translation>切換並刪除作答</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <location filename="../../ui/exporting.py" line="76"/>
        <source>Preparing document</source>
        <translation>正在準備文件</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="87"/>
        <location filename="../../ui/exporting.py" line="112"/>
        <location filename="../../ui/exporting.py" line="129"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="163"/>
        <source>Action Plan (PDF)…</source>
        <translation>行動計畫（PDF）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="169"/>
        <source>Session Report (PDF)…</source>
        <translation>工作坊報告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="175"/>
        <source>Blank Worksheets (PDF)…</source>
        <translation>空白工作單（PDF）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="181"/>
        <source>Actions (CSV)…</source>
        <translation>行動項目（CSV）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="187"/>
        <source>Actions and History (Excel)…</source>
        <translation>行動項目與變更紀錄（Excel）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="193"/>
        <source>Actions as Calendar (.ics)…</source>
        <translation>行動項目行事曆（.ics）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="199"/>
        <source>Session Summary (Markdown)…</source>
        <translation>工作坊摘要（Markdown）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="205"/>
        <source>Session Document (JSON)…</source>
        <translation>工作坊資料檔（JSON）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="212"/>
        <source>Preview Action Plan…</source>
        <translation>預覽行動計畫…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="218"/>
        <source>Preview Session Report…</source>
        <translation>預覽工作坊報告…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="224"/>
        <source>&amp;Print Action Plan…</source>
        <translation>列印行動計畫(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="234"/>
        <source>Paper Size</source>
        <translation>紙張大小</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="236"/>
        <source>US Letter</source>
        <translation>Letter（美式信紙）</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="242"/>
        <source>Group Actions By</source>
        <translation>行動項目分組依據</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="245"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="246"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="280"/>
        <source>Exported to %1</source>
        <translation>已匯出至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="284"/>
        <source>Preparing %1…</source>
        <translation>正在準備 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="297"/>
        <source>Action plan</source>
        <translation>行動計畫</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="298"/>
        <source>Session report</source>
        <translation>工作坊報告</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="299"/>
        <source>Worksheets</source>
        <translation>工作單</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="303"/>
        <source>Preparing the preview…</source>
        <translation>正在準備預覽…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="322"/>
        <source>Preparing the action plan…</source>
        <translation>正在準備行動計畫…</translation>
    </message>
</context>
<context>
    <name>FollowUpCommands</name>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="33"/>
        <source>Open for &amp;Review</source>
        <translation>以檢視模式開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="35"/>
        <source>&amp;Review Mode (Read Only)</source>
        <translation>檢視模式（唯讀）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="41"/>
        <source>Action &amp;Tracker</source>
        <translation>行動項目追蹤(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="82"/>
        <source>Review mode: read only.</source>
        <translation>檢視模式：唯讀。</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="84"/>
        <source>Editing: changes are saved as you go.</source>
        <translation>編輯中：變更會隨時自動儲存。</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="114"/>
        <source>Action tracker — Truce</source>
        <translation>行動項目追蹤 — Truce</translation>
    </message>
</context>
<context>
    <name>FollowUpReviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="44"/>
        <source>Actions from the previous workshop</source>
        <translation>上次工作坊的行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="54"/>
        <source>Decide what became of each open action. Actions you have not decided on stay here; reopen this list from the action plan whenever you like.</source>
        <translation>逐一決定每個未完成行動項目的後續處理。尚未決定的行動項目會留在這裡；隨時都可以從行動計畫重新開啟這份清單。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="63"/>
        <source>Action</source>
        <translation>行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="63"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="63"/>
        <source>Due</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="63"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="78"/>
        <source>Required to drop; optional otherwise</source>
        <translation>取消時必填，其他情況可不填</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="80"/>
        <source>New due &amp;date (carry over):</source>
        <translation>新的完成日期（轉入本次計畫）(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="81"/>
        <source>&amp;Reason or comment:</source>
        <translation>原因或備註(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="83"/>
        <source>Mark do&amp;ne</source>
        <translation>標記為已完成(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="85"/>
        <source>&amp;Carry over</source>
        <translation>轉入本次計畫(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="87"/>
        <source>Dro&amp;p</source>
        <translation>取消此項(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="125"/>
        <source>The previous workshop is no longer in the library.</source>
        <translation>上次的工作坊已不在工作坊清單中。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="130"/>
        <source>Open actions from “%1”</source>
        <translation>「%1」中未完成的行動項目</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/follow_up_review.py" line="143"/>
        <source>%n decided</source>
        <translation>
            <numerusform>已決定 %n 項</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/follow_up_review.py" line="145"/>
        <source>%n still open</source>
        <translation>
            <numerusform>尚待決定 %n 項</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="167"/>
        <source>Write down why the action is dropped, then press Drop.</source>
        <translation>請先寫下取消這個行動項目的原因，再按「取消此項」。</translation>
    </message>
</context>
<context>
    <name>FrictionsModel</name>
    <message>
        <location filename="../../ui/models/frictions.py" line="118"/>
        <source>Friction driver</source>
        <translation>摩擦來源</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="119"/>
        <source>Group</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="120"/>
        <location filename="../../ui/models/frictions.py" line="121"/>
        <source>%1 pain</source>
        <translation>%1痛感</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="122"/>
        <source>Votes</source>
        <translation>票數</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="123"/>
        <source>The two views</source>
        <translation>雙方看法</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="124"/>
        <source>Carry forward</source>
        <translation>列入計畫</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="129"/>
        <source>0 no pain … 5 hurts a lot: type the digit</source>
        <translation>0 不痛 … 5 非常痛：直接輸入數字</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="131"/>
        <source>Dot votes: + and − change them</source>
        <translation>貼點投票：按 + 與 − 增減</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="145"/>
        <source>Same view</source>
        <translation>看法一致</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="147"/>
        <source>Hurts %1 more</source>
        <translation>%1更痛</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="188"/>
        <source>Last workshop: %1. Type this workshop&apos;s rating.</source>
        <translation>上次工作坊：%1。請輸入本次的評分。</translation>
    </message>
</context>
<context>
    <name>FrictionsPage</name>
    <message>
        <location filename="../../ui/pages/frictions.py" line="92"/>
        <source>In a pain column type 0–5 (0 no pain, 5 hurts a lot): the cursor moves down to the next driver. + and − count dot votes. Space ticks “carry forward”.</source>
        <translation>在痛感欄輸入 0–5（0 為不痛，5 為非常痛），游標會自動移到下一個摩擦來源。按 + 與 − 計算貼點票數，按空白鍵勾選「列入計畫」。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="102"/>
        <source>&amp;Add a driver…</source>
        <translation>新增摩擦來源(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="104"/>
        <source>&amp;Remove driver</source>
        <translation>移除摩擦來源(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="107"/>
        <source>Carry the top %1 forward</source>
        <translation>將前 %1 項列入計畫</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="112"/>
        <source>Marks the most painful drivers (pain of both sides plus votes) as topics for the action plan</source>
        <translation>把最痛的幾項摩擦來源（雙方痛感加上票數）標記為行動計畫要處理的議題</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="117"/>
        <source>Turn into an &amp;action</source>
        <translation>轉為行動項目(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="123"/>
        <source>Ratings from Phones…</source>
        <translation>用手機評分…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="124"/>
        <source>Dot Votes from Phones…</source>
        <translation>用手機貼點投票…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="131"/>
        <source>What the room said about this driver…</source>
        <translation>現場對這項摩擦來源的看法…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="136"/>
        <source>Selected driver</source>
        <translation>選取的摩擦來源</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="145"/>
        <source>What the map says</source>
        <translation>摩擦地圖告訴我們</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="180"/>
        <source>%1: its ratings are shown greyed, in brackets, until this workshop&apos;s are typed.</source>
        <translation>%1：在輸入本次評分之前，上次的評分以灰色顯示在括號中。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="207"/>
        <source>A driver the room added: %1</source>
        <translation>現場補充的摩擦來源：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="212"/>
        <source>Select a driver to see what it means.</source>
        <translation>選取一個摩擦來源，查看它的意思。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="241"/>
        <source>%1: Sales %2, Marketing %3</source>
        <translation>%1：銷售 %2，行銷 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/frictions.py" line="251"/>
        <source>%n driver(s) not yet rated by both sides.</source>
        <translation>
            <numerusform>還有 %n 個摩擦來源尚未由雙方評分。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="269"/>
        <source>Friction map</source>
        <translation>摩擦地圖</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="296"/>
        <source>Add a friction driver</source>
        <translation>新增摩擦來源</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="326"/>
        <source>Remove driver</source>
        <translation>移除摩擦來源</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="327"/>
        <source>Remove “%1” and its ratings from the friction map?</source>
        <translation>要從摩擦地圖移除「%1」及其評分嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="328"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="339"/>
        <source>Carry forward</source>
        <translation>列入計畫</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="340"/>
        <source>Rate some drivers first: nothing hurts yet.</source>
        <translation>請先替幾個摩擦來源評分：目前還沒有任何一項被評為痛點。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="359"/>
        <source>Tackle: %1</source>
        <translation>處理：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="220"/>
        <source>Most painful</source>
        <translation>最痛的幾項</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="229"/>
        <source>Rate the drivers to see which ones hurt most.</source>
        <translation>替摩擦來源評分，就能看出哪些最痛。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="232"/>
        <source>Both sides feel it</source>
        <translation>雙方都感到痛</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="237"/>
        <source>The two sides see it differently</source>
        <translation>雙方看法不同</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="257"/>
        <source>Carried forward to the action plan</source>
        <translation>已列入行動計畫</translation>
    </message>
</context>
<context>
    <name>FunnelBox</name>
    <message>
        <location filename="../../ui/pages/cascade_funnel.py" line="38"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_funnel.py" line="38"/>
        <source>Reach the next stage</source>
        <translation>進入下一階段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_funnel.py" line="38"/>
        <source>Needed</source>
        <translation>所需數量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_funnel.py" line="75"/>
        <source>The funnel, worked back</source>
        <translation>倒推的漏斗</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_funnel.py" line="85"/>
        <source>Share of %1 reaching the next stage, in per cent</source>
        <translation>%1進入下一階段的比例（百分比）</translation>
    </message>
</context>
<context>
    <name>GapView</name>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="43"/>
        <source>Per &amp;statement</source>
        <translation>依敘述(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="44"/>
        <source>Per t&amp;heme</source>
        <translation>依主題(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="70"/>
        <source>Gaps compare the average rating of each side (1–5). Leadership and other answers are not part of the gap. The widest gaps come first: start the conversation there.</source>
        <translation>落差比較的是雙方各自的平均評分（1–5），管理階層與其他人員的作答不計入落差。落差最大的排在最前面：就從那裡開始討論。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="131"/>
        <source>The gap is hidden until the results are revealed.</source>
        <translation>公布結果之前，落差不會顯示。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="134"/>
        <source>No gap is shown for %1 (%2).</source>
        <translation>不顯示%1的落差（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="140"/>
        <source>The gap appears once both Sales and Marketing have rated some statements.</source>
        <translation>銷售與行銷都針對部分敘述評分後，這裡就會顯示落差。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="146"/>
        <source>Widest gap: %1, where %2 is the more positive side by %3 points.</source>
        <translation>落差最大的是：%1，%2的評價高出 %3 分。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="165"/>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="165"/>
        <source>Statement</source>
        <translation>敘述</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="168"/>
        <source>Gap</source>
        <translation>落差</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="169"/>
        <source>What it says</source>
        <translation>內容</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="54"/>
        <source>What will both departments achieve together?</source>
        <translation>兩個部門要一起達成什麼？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="58"/>
        <source>This is the shared revenue target</source>
        <translation>這是共同的營收目標</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="62"/>
        <source>Name the metric</source>
        <translation>輸入衡量指標名稱</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="64"/>
        <source>%, €, count…</source>
        <translation>%、元、數量…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="70"/>
        <source>today</source>
        <translation>目前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="70"/>
        <source>aim</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="74"/>
        <source>By</source>
        <translation>期限至</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="79"/>
        <source>Who answers for it, e.g. Tom Becker and Elena Rossi</source>
        <translation>由誰負責，例如：陳志明與林美玲</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="85"/>
        <source>What %1 contributes</source>
        <translation>%1負責的部分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="94"/>
        <source>Baseline:</source>
        <translation>基準值：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="96"/>
        <source>Target:</source>
        <translation>目標值：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="98"/>
        <source>Unit:</source>
        <translation>單位：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="110"/>
        <source>&amp;Goal:</source>
        <translation>目標(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="114"/>
        <source>&amp;Metric:</source>
        <translation>衡量指標(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="115"/>
        <source>&amp;Numbers:</source>
        <translation>數值(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="116"/>
        <source>&amp;Deadline:</source>
        <translation>期限(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="121"/>
        <source>&amp;Owners:</source>
        <translation>負責人(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="146"/>
        <source>Choose a metric…</source>
        <translation>選擇衡量指標…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="149"/>
        <source>Our own metric</source>
        <translation>自訂指標</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="221"/>
        <source>a metric</source>
        <translation>衡量指標</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="222"/>
        <source>an owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="223"/>
        <source>a deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="229"/>
        <source>⚠ This goal has no %1 yet. It is saved, but it will be hard to follow up.</source>
        <translation>⚠ 這個目標還沒有%1。內容已儲存，但之後會很難追蹤。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="230"/>
        <source> or </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../ui/pages/goals.py" line="55"/>
        <location filename="../../ui/pages/goals.py" line="301"/>
        <source>%1: own goals</source>
        <translation>%1：自己的目標</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="63"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="65"/>
        <location filename="../../ui/pages/goals.py" line="88"/>
        <location filename="../../ui/pages/goals.py" line="317"/>
        <location filename="../../ui/pages/goals.py" line="347"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="86"/>
        <source>Add a &amp;shared goal</source>
        <translation>新增共同目標(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="90"/>
        <source>Turn into an &amp;action</source>
        <translation>轉為行動項目(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="102"/>
        <location filename="../../ui/pages/goals.py" line="214"/>
        <source>Shared goals</source>
        <translation>共同目標</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="129"/>
        <source>&amp;Goals</source>
        <translation>目標(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="130"/>
        <source>Revenue &amp;cascade</source>
        <translation>營收倒推(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="131"/>
        <source>&amp;Joint meeting</source>
        <translation>聯席會議(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="175"/>
        <location filename="../../ui/pages/goals.py" line="345"/>
        <source>(no statement yet)</source>
        <translation>（尚未填寫目標）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="183"/>
        <source>The shared revenue target</source>
        <translation>共同營收目標</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="283"/>
        <source>Clear the revenue cascade</source>
        <translation>清除營收倒推</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="284"/>
        <source>Clear the joint-meeting agreement</source>
        <translation>清除聯席會議約定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="289"/>
        <source>Clear every figure and word of it? Undo brings them back.</source>
        <translation>清除其中所有數字和文字嗎？復原可以還原。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="290"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="302"/>
        <source>A goal %1 has for itself:</source>
        <translation>%1替自己訂的目標：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="315"/>
        <source>Remove goal</source>
        <translation>移除目標</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="316"/>
        <source>Remove “%1”?</source>
        <translation>要移除「%1」嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="343"/>
        <source>Remove shared goal</source>
        <translation>移除共同目標</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="344"/>
        <source>Remove this shared goal and everything written for it?

%1</source>
        <translation>要移除這個共同目標及其所有內容嗎？

%1</translation>
    </message>
</context>
<context>
    <name>HandoffPanel</name>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="72"/>
        <source>Hando&amp;ff at:</source>
        <translation>交接階段(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="73"/>
        <source>&amp;Qualified lead:</source>
        <translation>合格潛在客戶(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="74"/>
        <source>Feed&amp;back to Marketing:</source>
        <translation>回饋給行銷(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="77"/>
        <source>How fast Sales responds is part of the SLA; the lead stages say who owns a lead before and after the handoff.</source>
        <translation>銷售的回應速度屬於服務水準協議；潛在客戶階段說明交接前後由誰負責潛在客戶。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="84"/>
        <source>The handoff from Marketing to Sales</source>
        <translation>從行銷到銷售的交接</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="89"/>
        <source>Fill in the usual contributions</source>
        <translation>填入常見的支援內容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="91"/>
        <source>What Marketing contributes after the handoff</source>
        <translation>交接後行銷提供的支援</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="107"/>
        <source>Not decided yet</source>
        <translation>尚未決定</translation>
    </message>
</context>
<context>
    <name>Invitation</name>
    <message>
        <location filename="../../ui/projector.py" line="312"/>
        <source>Answer on your phone</source>
        <translation>用手機作答</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="320"/>
        <source>Join the room&apos;s network, then scan the code or type the address.</source>
        <translation>先連上會議室的網路，再掃描 QR 碼或輸入網址。</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="334"/>
        <source>Room code: %1</source>
        <translation>房間代碼：%1</translation>
    </message>
</context>
<context>
    <name>LeadStagesPanel</name>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="43"/>
        <location filename="../../ui/pages/role_split_leads.py" line="213"/>
        <source>Use the usual stages</source>
        <translation>使用常用階段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="46"/>
        <source>Inquiry, marketing-qualified, sales-accepted, sales-qualified, opportunity, customer</source>
        <translation>詢問、行銷認可、銷售接受、銷售認可、商機、客戶</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="55"/>
        <source>Lead stages</source>
        <translation>潛在客戶階段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="61"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="62"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="63"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="64"/>
        <location filename="../../ui/pages/role_split_leads.py" line="247"/>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="80"/>
        <source>What must be true for a lead to enter this stage?</source>
        <translation>潛在客戶符合什麼條件才進入這個階段？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="84"/>
        <source>What moves it on, or back?</source>
        <translation>什麼讓它前進，或退回？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="88"/>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="89"/>
        <source>&amp;Owner:</source>
        <translation>負責人(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="90"/>
        <source>&amp;Enters when:</source>
        <translation>進入條件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="91"/>
        <source>Lea&amp;ves when:</source>
        <translation>離開條件(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="92"/>
        <source>The selected stage</source>
        <translation>所選階段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="103"/>
        <source>Not agreed yet</source>
        <translation>尚未議定</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/role_split_leads.py" line="106"/>
        <location filename="../../ui/pages/role_split_leads.py" line="147"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> 小時</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="111"/>
        <source>One reason per line</source>
        <translation>每行一個理由</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="116"/>
        <source>Where does a lead Sales gives back go, and when may it be handed over again?</source>
        <translation>銷售退回的潛在客戶去哪裡？何時可以再次移交？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="120"/>
        <source>Sales &amp;accepts or rejects within:</source>
        <translation>銷售在此時限內接受或拒絕(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="121"/>
        <source>Reasons to re&amp;ject:</source>
        <translation>拒絕理由(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="122"/>
        <source>Re&amp;cycling rule:</source>
        <translation>回收規則(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="123"/>
        <source>Accepting a handed-over lead</source>
        <translation>接受移交的潛在客戶</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="141"/>
        <source>No owner yet</source>
        <translation>尚無負責方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="197"/>
        <source>Each stage needs one owner: %1.</source>
        <translation>每個階段需要一個負責方：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="201"/>
        <source>No entry or exit criteria yet: %1.</source>
        <translation>尚無進入或離開條件：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="214"/>
        <source>The usual stages replace the lead stages you have.</source>
        <translation>常用階段將取代現有的潛在客戶階段。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="215"/>
        <source>Replace</source>
        <translation>取代</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="224"/>
        <source>Add lead stage</source>
        <translation>新增潛在客戶階段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="224"/>
        <source>Name of the new lead stage:</source>
        <translation>新潛在客戶階段的名稱：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="245"/>
        <source>Remove lead stage</source>
        <translation>刪除潛在客戶階段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="246"/>
        <source>Remove the lead stage “%1” and its criteria?</source>
        <translation>刪除潛在客戶階段「%1」及其條件？</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../ui/library.py" line="39"/>
        <source>Delete “%1”</source>
        <translation>刪除「%1」</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="70"/>
        <location filename="../../ui/library.py" line="233"/>
        <source>Workshop sessions</source>
        <translation>工作坊紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="74"/>
        <source>Search title, organisation or facilitator  (Ctrl+F)</source>
        <translation>搜尋標題、組織或引導師（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="77"/>
        <location filename="../../ui/library.py" line="233"/>
        <source>Trash</source>
        <translation>資源回收筒</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="112"/>
        <location filename="../../ui/widgets/empty_library.py" line="32"/>
        <source>New session…</source>
        <translation>新增工作坊…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="114"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="116"/>
        <source>Review</source>
        <translation>檢視</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="117"/>
        <source>Open read-only, at the wrap-up (Ctrl+R)</source>
        <translation>以唯讀方式開啟，並直接顯示總結（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="119"/>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="122"/>
        <source>Duplicate for follow-up…</source>
        <translation>複製為追蹤會議…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="125"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="127"/>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="129"/>
        <source>Delete permanently…</source>
        <translation>永久刪除…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="131"/>
        <source>Empty trash…</source>
        <translation>清空資源回收筒…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_library.py" line="20"/>
        <source>No workshop sessions yet</source>
        <translation>還沒有任何工作坊</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_library.py" line="23"/>
        <source>Create a session for your next Sales &amp; Marketing workshop, or explore Truce with a demo session of a fictional company.</source>
        <translation>為下一場銷售與行銷工作坊建立紀錄，或透過一家虛構公司的示範工作坊來認識 Truce。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_library.py" line="36"/>
        <source>Create the demo session</source>
        <translation>建立示範工作坊</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="292"/>
        <source>New session</source>
        <translation>新增工作坊</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="302"/>
        <source>Demo session</source>
        <translation>示範工作坊</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="321"/>
        <location filename="../../ui/library.py" line="325"/>
        <source>Rename session</source>
        <translation>重新命名工作坊</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="321"/>
        <source>New title:</source>
        <translation>新標題：</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="335"/>
        <source>Duplicate for a follow-up workshop</source>
        <translation>複製為追蹤會議</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="336"/>
        <source>Title of the follow-up session:</source>
        <translation>追蹤會議的標題：</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="337"/>
        <source>%1 – follow-up</source>
        <translation>%1 – 追蹤會議</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="342"/>
        <source>Duplicate session</source>
        <translation>複製工作坊</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="355"/>
        <location filename="../../ui/library.py" line="362"/>
        <source>Delete session</source>
        <translation>刪除工作坊</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="357"/>
        <source>Move “%1” to the trash? You can restore it from the trash, or undo with Ctrl+Z.</source>
        <translation>要將「%1」移到資源回收筒嗎？之後可以從資源回收筒還原，或按 Ctrl+Z 復原。</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="359"/>
        <source>Move to trash</source>
        <translation>移到資源回收筒</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="369"/>
        <source>Restore session</source>
        <translation>還原工作坊</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="375"/>
        <location filename="../../ui/library.py" line="379"/>
        <location filename="../../ui/library.py" line="382"/>
        <source>Delete permanently</source>
        <translation>永久刪除</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="376"/>
        <source>Delete “%1” for good? This cannot be undone.</source>
        <translation>要永久刪除「%1」嗎？此動作無法復原。</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="388"/>
        <location filename="../../ui/library.py" line="392"/>
        <location filename="../../ui/library.py" line="395"/>
        <source>Empty trash</source>
        <translation>清空資源回收筒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/library.py" line="390"/>
        <source>Delete the %n session(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>要永久刪除資源回收筒中的 %n 個工作坊嗎？此動作無法復原。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveBar</name>
    <message>
        <location filename="../../ui/live/bar.py" line="31"/>
        <source>Live facilitation</source>
        <translation>現場引導</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="49"/>
        <source>Time left on the countdown</source>
        <translation>倒數計時剩餘時間</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="55"/>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="56"/>
        <source>Length of the countdown</source>
        <translation>倒數計時長度</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="57"/>
        <source>Countdown length in minutes</source>
        <translation>倒數計時長度（分鐘）</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="61"/>
        <source>Presets</source>
        <translation>預設時間</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="62"/>
        <source>Countdown lengths for this stage</source>
        <translation>這個環節適用的倒數計時長度</translation>
    </message>
</context>
<context>
    <name>LiveCommands</name>
    <message>
        <location filename="../../ui/live/commands.py" line="67"/>
        <source>&amp;Agenda…</source>
        <translation>議程(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="68"/>
        <location filename="../../ui/live/commands.py" line="216"/>
        <source>&amp;Start Workshop</source>
        <translation>開始工作坊(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="69"/>
        <location filename="../../ui/live/commands.py" line="259"/>
        <source>Start &amp;Countdown</source>
        <translation>開始倒數計時(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="71"/>
        <source>+1 &amp;Minute</source>
        <translation>+1 分鐘(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="73"/>
        <source>&amp;Reset Countdown</source>
        <translation>重設倒數計時(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="75"/>
        <source>&amp;Sound When Time Is Up</source>
        <translation>時間到時發出聲音(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="77"/>
        <source>&amp;Projector</source>
        <translation>投影畫面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="78"/>
        <source>&amp;Freeze Projector</source>
        <translation>凍結投影畫面(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="80"/>
        <source>Projector on &amp;Next Screen</source>
        <translation>將投影畫面移到下一個螢幕(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="85"/>
        <source>Agenda</source>
        <translation>議程</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="86"/>
        <location filename="../../ui/live/commands.py" line="263"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="87"/>
        <source>+1 min</source>
        <translation>+1 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="88"/>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="89"/>
        <source>Projector</source>
        <translation>投影</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="90"/>
        <source>Freeze</source>
        <translation>凍結</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="96"/>
        <source>Keep the projector on this stage while you look ahead (F6)</source>
        <translation>讓投影畫面停留在這個環節，方便你先查看後面的內容（F6）</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="196"/>
        <location filename="../../ui/live/commands.py" line="198"/>
        <source>End workshop</source>
        <translation>結束工作坊</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="197"/>
        <source>End the workshop now? The clock stops and the day&apos;s times are kept.</source>
        <translation>要現在結束工作坊嗎？計時會停止，今天記錄的時間會保留下來。</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="204"/>
        <source>Start workshop again</source>
        <translation>重新開始工作坊</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="205"/>
        <source>Start the clock again? The times recorded for this workshop are cleared.</source>
        <translation>要重新開始計時嗎？這場工作坊已記錄的時間將會清除。</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="206"/>
        <source>Start again</source>
        <translation>重新開始</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="210"/>
        <source>Workshop started.</source>
        <translation>工作坊已開始。</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="217"/>
        <source>&amp;End Workshop</source>
        <translation>結束工作坊(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="218"/>
        <source>&amp;Start Workshop Again…</source>
        <translation>重新開始工作坊(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="240"/>
        <source>Role-swap round: %1 min</source>
        <translation>角色互換一輪：%1 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="241"/>
        <source>Exercise: %1 min</source>
        <translation>練習：%1 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="242"/>
        <source>Whole stage on the agenda: %1 min</source>
        <translation>議程中的整個環節：%1 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="248"/>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="259"/>
        <source>Pause &amp;Countdown</source>
        <translation>暫停倒數計時(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="263"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="268"/>
        <source>Time&apos;s up.</source>
        <translation>時間到。</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="317"/>
        <source>The projector stays on this stage until you unfreeze it (F6).</source>
        <translation>投影畫面會停留在這個環節，直到你取消凍結為止（F6）。</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="319"/>
        <source>The projector follows you again.</source>
        <translation>投影畫面已恢復同步顯示你目前的畫面。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Truce cannot start</source>
        <translation>Truce 無法啟動</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="32"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="35"/>
        <source>&amp;New Session…</source>
        <translation>新增工作坊(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="41"/>
        <source>&amp;Library</source>
        <translation>工作坊清單(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="45"/>
        <source>&amp;Import Session…</source>
        <translation>匯入工作坊(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="52"/>
        <source>&amp;Duplicate for Follow-up…</source>
        <translation>複製為追蹤會議(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="59"/>
        <source>&amp;Back Up Now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="66"/>
        <source>&amp;Restore from Backup…</source>
        <translation>從備份還原(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="73"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="96"/>
        <source>E&amp;xport</source>
        <translation>匯出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="100"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="109"/>
        <source>&amp;Find Session</source>
        <translation>尋找工作坊(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="118"/>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="130"/>
        <source>Ser&amp;ies</source>
        <translation>系列(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="132"/>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="135"/>
        <source>&amp;Previous Stage</source>
        <translation>上一個環節(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="142"/>
        <source>&amp;Next Stage</source>
        <translation>下一個環節(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="164"/>
        <source>&amp;Session</source>
        <translation>工作坊(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="168"/>
        <source>Answers from P&amp;hones…</source>
        <translation>手機作答(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="178"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="182"/>
        <source>About the &amp;Method</source>
        <translation>關於這套方法(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="190"/>
        <source>&amp;About Truce</source>
        <translation>關於 Truce(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Truce did not close normally last time. Everything that was shown as saved has been kept.</source>
        <translation>Truce 上次沒有正常關閉。所有顯示為已儲存的內容都已保留。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>The session is open where you left it.</source>
        <translation>工作坊已在您上次離開的位置開啟。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Welcome back</source>
        <translation>歡迎回來</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>(read only)</source>
        <translation>（唯讀）</translation>
    </message>
    <message>
        <location filename="../../ui/save_status.py" line="34"/>
        <source>All changes saved · %1</source>
        <translation>所有變更已儲存 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/save_status.py" line="40"/>
        <source>⚠ Not saved</source>
        <translation>⚠ 未儲存</translation>
    </message>
    <message>
        <location filename="../../ui/save_status.py" line="45"/>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="31"/>
        <source>Import session</source>
        <translation>匯入工作坊</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="36"/>
        <source>Truce sessions (*.json);;All files (*)</source>
        <translation>Truce 工作坊檔案 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="48"/>
        <source>This session is already in your library. Import it as a new copy, or replace the one you have with the imported version?</source>
        <translation>這個工作坊已經在清單中。要匯入成新的副本，還是用匯入的版本取代現有的工作坊？</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="54"/>
        <source>Import as copy</source>
        <translation>匯入為副本</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="55"/>
        <source>Replace mine</source>
        <translation>取代現有的</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="66"/>
        <source>Imported “%1”.</source>
        <translation>已匯入「%1」。</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="60"/>
        <source>Use the &amp;suggested agreement</source>
        <translation>使用建議的約定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="63"/>
        <source>Fill the empty fields with a monthly meeting and its usual agenda</source>
        <translation>用每月一次的會議及其常規議程填寫空白欄位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="66"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="69"/>
        <source>What the meeting is for</source>
        <translation>會議的目的</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="75"/>
        <source>length not agreed</source>
        <translation>時長未定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="76"/>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="77"/>
        <source>Length of the meeting</source>
        <translation>會議時長</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="81"/>
        <source>Others, by role: e.g. the CRM analyst</source>
        <translation>其他人員（依職務）：例如CRM分析師</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="85"/>
        <source>What the meeting decides, and what it does not</source>
        <translation>會議決定哪些事，不決定哪些事</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="88"/>
        <source>How Sales reports what became of each lead Marketing passed on</source>
        <translation>銷售如何回報行銷轉交的每位潛在客戶的結果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="98"/>
        <source>How &amp;often:</source>
        <translation>頻率(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="100"/>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="102"/>
        <source>&amp;Decisions it takes:</source>
        <translation>會議決定(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="103"/>
        <source>&amp;Closed-loop reporting:</source>
        <translation>閉環回報(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="105"/>
        <source>&amp;Who attends:</source>
        <translation>與會人員(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="106"/>
        <source>O&amp;thers:</source>
        <translation>其他人員(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="109"/>
        <source>&amp;Figures reviewed:</source>
        <translation>檢視的數字(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="142"/>
        <source>Not agreed yet</source>
        <translation>尚未約定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="220"/>
        <source>a frequency</source>
        <translation>頻率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="220"/>
        <source>attendees</source>
        <translation>與會人員</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="225"/>
        <source>⚠ This meeting has no %1 yet. It is saved, but nobody will know when to come.</source>
        <translation>⚠ 這場會議還沒有%1。已儲存，但沒人知道何時參加。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="226"/>
        <source> or </source>
        <translation>或</translation>
    </message>
</context>
<context>
    <name>NewDriverDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_driver.py" line="29"/>
        <source>&amp;What gets in the way?</source>
        <translation>什麼在阻礙合作？(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_driver.py" line="34"/>
        <source>Is it mostly about money, prices and credit, or about people, habits and language?</source>
        <translation>主要關乎金錢、價格和信用，還是關乎人、習慣和語言？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_driver.py" line="53"/>
        <source>Add driver</source>
        <translation>新增來源</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="34"/>
        <source>New workshop session</source>
        <translation>新增工作坊</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="37"/>
        <source>e.g. Spring alignment workshop</source>
        <translation>例如：春季產銷協同工作坊</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="48"/>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="49"/>
        <source>&amp;Organisation:</source>
        <translation>組織(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="50"/>
        <source>&amp;Facilitator:</source>
        <translation>引導師(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="51"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="52"/>
        <source>Workshop &amp;language:</source>
        <translation>工作坊語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="55"/>
        <source>The workshop language is used for the questions, the projector and the printed documents. It cannot be changed later.</source>
        <translation>工作坊語言會用於題目、投影畫面與列印文件，建立後無法變更。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="64"/>
        <source>Create</source>
        <translation>建立</translation>
    </message>
</context>
<context>
    <name>NoteBoard</name>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="47"/>
        <source>Idea</source>
        <translation>想法</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="48"/>
        <source>Concern</source>
        <translation>顧慮</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="49"/>
        <source>Insight</source>
        <translation>洞見</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="54"/>
        <source>Both sides</source>
        <translation>雙方</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="111"/>
        <source>Captured notes</source>
        <translation>現場紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="121"/>
        <source>Rank by &amp;dots</source>
        <translation>依貼點數排序(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="124"/>
        <source>No notes yet. Press Ctrl+Shift+N to capture what the room says.</source>
        <translation>還沒有任何紀錄。按 Ctrl+Shift+N 即可記下現場的發言。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="146"/>
        <source>The note&apos;s text</source>
        <translation>紀錄內容</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="147"/>
        <source>Note text</source>
        <translation>紀錄內容</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="151"/>
        <source>Kind of note</source>
        <translation>紀錄類型</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="155"/>
        <source>Whose point it is</source>
        <translation>由哪一方提出</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="159"/>
        <source>Dots</source>
        <translation>貼點數</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/note_board.py" line="160"/>
        <location filename="../../ui/widgets/note_board.py" line="161"/>
        <source> dot(s)</source>
        <translation>
            <numerusform> 點</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="165"/>
        <source>Make &amp;Action</source>
        <translation>轉為行動項目(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="166"/>
        <source>Add this note to the action plan</source>
        <translation>將這則紀錄加入行動計畫</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="168"/>
        <source>Merge into &amp;Theme…</source>
        <translation>合併為主題(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="170"/>
        <source>Merge the selected notes into one theme; their dots are added up</source>
        <translation>把選取的紀錄合併為一個主題，票數相加</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="173"/>
        <source>&amp;Split Theme</source>
        <translation>拆分主題(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="174"/>
        <source>Put this theme&apos;s notes back on the board on their own</source>
        <translation>把這個主題裡的紀錄放回看板，各自獨立</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="176"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="177"/>
        <source>Remove this note (Ctrl+Z brings it back)</source>
        <translation>移除這則紀錄（按 Ctrl+Z 可復原）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/note_board.py" line="279"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n 點</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="281"/>
        <source>✓ in the action plan</source>
        <translation>✓ 已在行動計畫中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/note_board.py" line="289"/>
        <source>Theme of %n note(s)</source>
        <translation>
            <numerusform>主題，含 %n 則紀錄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/note_board.py" line="290"/>
        <source>%n dot(s) in all</source>
        <translation>
            <numerusform>共 %n 票</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/notes_panel.py" line="42"/>
        <source>Capture Note…</source>
        <translation>新增現場紀錄…</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="43"/>
        <source>Capture a note for this stage (Ctrl+Shift+N)</source>
        <translation>為這個環節新增現場紀錄（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="53"/>
        <source>From Phones…</source>
        <translation>來自手機…</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="54"/>
        <source>Notes and dot votes for this board from participants&apos; phones</source>
        <translation>透過參與者的手機為此白板收集便利貼與貼點投票</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="94"/>
        <source>Captured in the room (%1)</source>
        <translation>現場記錄的要點（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="96"/>
        <source>Captured in the room</source>
        <translation>現場記錄的要點</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="145"/>
        <source>Captured notes</source>
        <translation>現場紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="164"/>
        <location filename="../../ui/notes_panel.py" line="178"/>
        <source>Capture note</source>
        <translation>新增現場紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="166"/>
        <source>This session is open for review, so no note can be added to it. Press Edit (Ctrl+Shift+R) first to capture notes.</source>
        <translation>這個工作坊目前為檢視模式，無法新增紀錄。請先按「編輯」（Ctrl+Shift+R）再新增現場紀錄。</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="181"/>
        <source>Capture Note</source>
        <translation>新增現場紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="196"/>
        <source>Remove Note</source>
        <translation>移除紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="208"/>
        <location filename="../../ui/notes_panel.py" line="218"/>
        <location filename="../../ui/notes_panel.py" line="220"/>
        <source>Merge into Theme</source>
        <translation>合併為主題</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="209"/>
        <source>What do these notes have in common? Name the theme:</source>
        <translation>這些紀錄有什麼共同點？為主題命名：</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="234"/>
        <source>Split Theme</source>
        <translation>拆分主題</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="257"/>
        <source>Turn Note into Action</source>
        <translation>將紀錄轉為行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="258"/>
        <source>Make action</source>
        <translation>轉為行動項目</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/models/participants.py" line="41"/>
        <source>Name or label</source>
        <translation>姓名或代號</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="42"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="43"/>
        <source>Role</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="44"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="71"/>
        <source>Anonymous: only this label and the department are recorded.</source>
        <translation>匿名：只記錄這個代號與所屬部門。</translation>
    </message>
</context>
<context>
    <name>PhoneRoundDialog</name>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="46"/>
        <source>Answers from Phones</source>
        <translation>手機作答</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="64"/>
        <source>Before the round: connect this computer and the phones to one network you control: your phone&apos;s hotspot, or a room access point. Guest Wi-Fi often keeps devices apart, so phones cannot reach this computer. Phones may leave a network without internet and switch to mobile data: ask people to stay connected, or turn mobile data off. If a phone shows a sign-in page for the network, close it and scan the code again.</source>
        <translation>開始前，請把這台電腦和所有手機連上同一個由你掌控的網路：你手機的熱點，或會議室裡的無線基地台。訪客 Wi-Fi 常會隔離各台裝置，手機就連不到這台電腦。手機在沒有網際網路的網路上可能自動離線並改用行動數據：請大家保持連線，或關閉行動數據。如果手機跳出網路登入頁面，請關閉它，再掃一次 QR 碼。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="112"/>
        <source>&amp;Reveal Answers</source>
        <translation>公布答案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="114"/>
        <source>Close Roo&amp;m</source>
        <translation>關閉會場(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="129"/>
        <source>Phones follow the rounds by themselves while the room is open. Closing this window closes the room.</source>
        <translation>會場開放期間，手機會自動跟著各輪次切換。關閉此視窗即關閉會場。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="290"/>
        <source>Anonymity: each phone sends one answer set per round. Only the department is stored with the answers: no name, and nothing that identifies the phone.</source>
        <translation>匿名：每支手機每輪只能送出一份答案。與答案一起儲存的只有部門：沒有姓名，也沒有任何可辨識手機的資訊。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="110"/>
        <location filename="../../ui/dialogs/phone_round.py" line="294"/>
        <source>&amp;Open Round</source>
        <translation>開始本輪(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="56"/>
        <source>Participants answer on their own phones, over this computer&apos;s network: no internet, no account, no app. Their answers land in the session as they arrive, like typed ones, and Edit ▸ Undo takes them back.</source>
        <translation>參與者透過這台電腦的網路，在自己的手機上作答：不需網際網路、帳號或應用程式。答案一送達就會寫入工作階段，與手動輸入的相同，可用「編輯 ▸ 復原」撤回。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="81"/>
        <source>Self-assessment</source>
        <translation>合作關係自評</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="82"/>
        <source>Role-swap answers (hidden until revealed)</source>
        <translation>角色互換答案（公布前隱藏）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="83"/>
        <source>Friction ratings</source>
        <translation>摩擦點評分</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="84"/>
        <source>Dot votes</source>
        <translation>貼點投票</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="85"/>
        <source>Notes to the board</source>
        <translation>白板便利貼</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="91"/>
        <source>&amp;Named round: phones give a name</source>
        <translation>記名輪次：手機需填寫姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="93"/>
        <source> dots each</source>
        <translation> 個點／人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="94"/>
        <source>&amp;Board of:</source>
        <translation>白板所屬階段(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="96"/>
        <source>&amp;Dots per person:</source>
        <translation>每人點數(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="104"/>
        <source>&amp;Network:</source>
        <translation>網路(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="105"/>
        <source>&amp;Kind of round:</source>
        <translation>輪次類型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="338"/>
        <source>The room was closed with its session.</source>
        <translation>會場已隨工作階段一併關閉。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="343"/>
        <source>open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="343"/>
        <source>closed</source>
        <translation>已結束</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="345"/>
        <source>Round %1 · %2 (%3) · joined: %4</source>
        <translation>第 %1 輪 · %2（%3）· 已加入：%4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="352"/>
        <source>Answer sets received: %1 (%2)</source>
        <translation>已收到答卷：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="357"/>
        <source>%1. %2 · answer sets: %3</source>
        <translation>%1. %2 · 答卷：%3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="152"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="191"/>
        <source>— this computer only</source>
        <translation>——僅限本機</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="211"/>
        <source>Open a session first.</source>
        <translation>請先開啟一個工作階段。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="213"/>
        <source>This session is open for review only. Switch to Edit first.</source>
        <translation>此工作階段僅供檢視。請先切換到「編輯」。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="216"/>
        <source>The Diagnosis page takes one set of answers per department. Phones send one set per participant: switch the Diagnosis page to one set per participant first.</source>
        <translation>「診斷」頁面目前按部門各輸入一份答案，而手機是每人一份：請先把「診斷」頁面切換為每位參與者一份。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="240"/>
        <source>The round could not open on this network (%1). Pick another one.</source>
        <translation>無法在此網路上開始本輪（%1）。請選擇其他網路。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="247"/>
        <source>There are no frictions on the friction map to ask about yet.</source>
        <translation>摩擦地圖上還沒有可以提問的摩擦點。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="249"/>
        <source>There are no notes on this stage&apos;s board to vote on yet.</source>
        <translation>此階段的白板上還沒有可投票的便利貼。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="285"/>
        <source>Named round: each phone gives a name, which is stored with its answers. Say so to the room before it starts.</source>
        <translation>記名輪次：每支手機都要填寫姓名，姓名會與答案一起儲存。開始前請告知全場。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="294"/>
        <source>Close &amp;Round</source>
        <translation>結束本輪(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="303"/>
        <source>No round is open. Phones cannot connect.</source>
        <translation>目前沒有進行中的一輪，手機無法連線。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="313"/>
        <source>%1
Room code: %2</source>
        <translation>%1
房間代碼：%2</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/preferences.py" line="43"/>
        <source>Interface language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="44"/>
        <source>Restart Truce to use the new language. Everything you have entered is saved.</source>
        <translation>重新啟動 Truce 後就會使用新的語言。你輸入的所有內容都已儲存。</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="48"/>
        <source>Restart Now</source>
        <translation>立即重新啟動</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="48"/>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="31"/>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="34"/>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="40"/>
        <source>US Letter</source>
        <translation>Letter（美式信紙）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="42"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="43"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="50"/>
        <source>The interface language applies to this computer. Each workshop keeps the language it was created in, for its questions and printed documents.</source>
        <translation>介面語言只套用於這台電腦。每個工作坊的題目與列印文件，仍會沿用建立時選定的語言。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="56"/>
        <source>Interface</source>
        <translation>介面</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="58"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="60"/>
        <source>Printed documents</source>
        <translation>列印文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="62"/>
        <source>&amp;Paper size:</source>
        <translation>紙張大小(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="63"/>
        <source>&amp;Group actions by:</source>
        <translation>行動項目分組依據(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../../ui/team/presence.py" line="100"/>
        <source>Connected to the team library %1. Changes made by others appear here as they are saved.</source>
        <translation>已連線到團隊資料庫 %1。其他人的變動儲存後會立即顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../ui/team/presence.py" line="112"/>
        <source>Connection to the team library %1 lost at %2. Truce keeps trying; this computer&apos;s library works as before.</source>
        <translation>與團隊資料庫 %1 的連線於 %2 中斷。Truce 會繼續嘗試；本機資料庫照常可用。</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="177"/>
        <source>of %1</source>
        <translation>共 %1 頁</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="178"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="181"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="184"/>
        <source>Fit width</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="186"/>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="189"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="193"/>
        <source>Page</source>
        <translation>頁碼</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="22"/>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="27"/>
        <source>No printer is set up on this computer. Export the PDF instead and print it elsewhere.</source>
        <translation>這台電腦沒有設定印表機。請改為匯出 PDF，再到其他地方列印。</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="36"/>
        <source>No printer is set up on this computer. Export the PDF, to print it elsewhere?</source>
        <translation>這台電腦沒有設定印表機。要匯出 PDF，再到其他地方列印嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="40"/>
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
</context>
<context>
    <name>PreviousActionsBar</name>
    <message>
        <location filename="../../ui/widgets/previous_actions_bar.py" line="25"/>
        <source>Review previous &amp;workshop&apos;s actions…</source>
        <translation>檢視上次工作坊的行動項目(&amp;W)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/previous_actions_bar.py" line="50"/>
        <source>%n open action(s) from the previous workshop still await a decision.</source>
        <translation>
            <numerusform>上次工作坊還有 %n 個未完成的行動項目等待決定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/previous_actions_bar.py" line="55"/>
        <source>All %n open action(s) from the previous workshop have been decided.</source>
        <translation>
            <numerusform>上次工作坊的 %n 個未完成行動項目都已決定後續處理。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector.py" line="77"/>
        <source>Truce — projector</source>
        <translation>Truce — 投影畫面</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="130"/>
        <source>Esc closes · Ctrl+PgDn / Ctrl+PgUp next / previous stage · Ctrl+1…9 a stage · F7 countdown · F8 one more minute · F6 freeze</source>
        <translation>Esc 關閉 · Ctrl+PgDn / Ctrl+PgUp 下一階段 / 上一階段 · Ctrl+1…9 跳到階段 · F7 倒數計時 · F8 加一分鐘 · F6 凍結</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="210"/>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="215"/>
        <source>Time&apos;s up</source>
        <translation>時間到</translation>
    </message>
</context>
<context>
    <name>QuickNoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="44"/>
        <source>Capture Note</source>
        <translation>新增現場紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="46"/>
        <source>A note for the %1 stage</source>
        <translation>「%1」環節的紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="48"/>
        <source>What did the room just say?</source>
        <translation>現場剛剛說了什麼？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="49"/>
        <source>Note text</source>
        <translation>紀錄內容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="54"/>
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="56"/>
        <source>&amp;Idea</source>
        <translation>想法(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="57"/>
        <source>&amp;Concern</source>
        <translation>顧慮(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="58"/>
        <source>I&amp;nsight</source>
        <translation>洞見(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="69"/>
        <source>From:</source>
        <translation>提出者：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="71"/>
        <source>&amp;Sales</source>
        <translation>銷售(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="72"/>
        <source>&amp;Marketing</source>
        <translation>行銷(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="73"/>
        <source>&amp;Both sides</source>
        <translation>雙方(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="89"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="95"/>
        <source>Enter saves · Esc cancels · Alt + the underlined letter picks</source>
        <translation>Enter 儲存 · Esc 取消 · Alt + 底線字母可直接選取</translation>
    </message>
</context>
<context>
    <name>RaciGrid</name>
    <message>
        <location filename="../../ui/widgets/raci_grid.py" line="71"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>RaciModel</name>
    <message>
        <location filename="../../ui/models/raci.py" line="85"/>
        <source>The handoff: here the lead passes from Marketing to Sales</source>
        <translation>交接點：潛在客戶在這裡從行銷轉交給銷售</translation>
    </message>
    <message>
        <location filename="../../ui/models/raci.py" line="116"/>
        <source>%1: type R, A, C or I</source>
        <translation>%1：輸入 R、A、C 或 I</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="101"/>
        <source>Predict, then reveal: hide the results until each side has guessed the other&apos;s total</source>
        <translation>先預測，再揭曉：在雙方都猜出對方的總分之前，先隱藏結果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="114"/>
        <source>not yet</source>
        <translation>尚未預測</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="120"/>
        <source>%1 expects %2 to score:</source>
        <translation>%1預估%2的總分：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="125"/>
        <source>&amp;Reveal the results</source>
        <translation>揭曉結果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="127"/>
        <source>Hide the results again</source>
        <translation>再次隱藏結果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="141"/>
        <source>Predict, then reveal</source>
        <translation>先預測，再揭曉</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="149"/>
        <source>The results are hidden until you reveal them, so nobody&apos;s guess is coloured by them.</source>
        <translation>結果會一直隱藏到你揭曉為止，這樣大家的猜測就不會受到影響。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="169"/>
        <source>Show an anonymous department&apos;s score from this many answers:</source>
        <translation>匿名部門的分數至少需要這麼多份回答才顯示：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="192"/>
        <source>Does the company need to move further?</source>
        <translation>公司還需要再往前走嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="250"/>
        <source>%1 expected %2 to score %3; %2 gave %4 (%5).</source>
        <translation>%1預估%2的總分為 %3；%2實際為 %4（%5）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="264"/>
        <source>Overall</source>
        <translation>整體</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="270"/>
        <source>%1 alone: the other side is withheld</source>
        <translation>僅%1：另一方不予顯示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="274"/>
        <source>Both sides are withheld</source>
        <translation>雙方皆不予顯示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="278"/>
        <source>Sales and Marketing weigh the same</source>
        <translation>銷售與行銷權重相同</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/diagnosis_results.py" line="265"/>
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n 位填答者</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="288"/>
        <source>No results yet: enter some answers first.</source>
        <translation>還沒有結果：請先輸入一些作答。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="294"/>
        <source>Where you are: %1</source>
        <translation>你們目前所處的階段：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="315"/>
        <source>Answer the questions above to see whether %1 is enough for this company.</source>
        <translation>回答上面的問題，看看「%1」階段對這家公司來說是否已經足夠。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="330"/>
        <source>Levers that lead from %1 to %2</source>
        <translation>從「%1」邁向「%2」的提升做法</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="359"/>
        <source>Not answered yet</source>
        <translation>尚未回答</translation>
    </message>
</context>
<context>
    <name>RevealView</name>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="91"/>
        <location filename="../../ui/pages/role_swap_reveal.py" line="93"/>
        <source>How %1 sees %2</source>
        <translation>%1眼中的%2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="92"/>
        <location filename="../../ui/pages/role_swap_reveal.py" line="94"/>
        <source>How %1 sees itself</source>
        <translation>%1眼中的自己</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="107"/>
        <source>Note an insight…</source>
        <translation>記下一個洞見…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="112"/>
        <source>Mark a misreading…</source>
        <translation>標出一個誤解…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="145"/>
        <source>(sealed until the reveal)</source>
        <translation>（公布前隱藏）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="147"/>
        <source>(not answered)</source>
        <translation>（未回答）</translation>
    </message>
</context>
<context>
    <name>RoleMapChart</name>
    <message>
        <location filename="../../ui/widgets/role_map_chart.py" line="56"/>
        <source>No funnel yet</source>
        <translation>尚未建立漏斗</translation>
    </message>
</context>
<context>
    <name>RoleMapTab</name>
    <message>
        <location filename="../../ui/pages/role_split_map.py" line="26"/>
        <source>Show full screen</source>
        <translation>全螢幕顯示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_map.py" line="28"/>
        <source>Show the map full screen for the projector (F11)</source>
        <translation>以全螢幕顯示分工圖，方便投影（F11）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_map.py" line="58"/>
        <source>┆ the handoff</source>
        <translation>┆ 交接點</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_map.py" line="58"/>
        <source>⇄ the handoff stage</source>
        <translation>⇄ 交接階段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_map.py" line="66"/>
        <source>Who does what</source>
        <translation>誰負責什麼</translation>
    </message>
</context>
<context>
    <name>RoleSplitPage</name>
    <message>
        <location filename="../../ui/pages/role_split.py" line="46"/>
        <location filename="../../ui/pages/role_split.py" line="274"/>
        <source>Apply template</source>
        <translation>套用範本</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="51"/>
        <source>Start from:</source>
        <translation>起始模式：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="73"/>
        <source>Add stage…</source>
        <translation>新增階段…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="74"/>
        <source>Rename stage…</source>
        <translation>重新命名階段…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="75"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="76"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="77"/>
        <location filename="../../ui/pages/role_split.py" line="324"/>
        <source>Remove stage</source>
        <translation>移除階段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="78"/>
        <source>Add party…</source>
        <translation>新增參與方…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="79"/>
        <source>Rename party…</source>
        <translation>重新命名參與方…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="80"/>
        <location filename="../../ui/pages/role_split.py" line="361"/>
        <source>Remove party</source>
        <translation>移除參與方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="81"/>
        <source>Add action…</source>
        <translation>新增行動項目…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="92"/>
        <source>Add an action to the plan for a gap at the selected stage</source>
        <translation>針對選取階段的缺口，在行動計畫中新增行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="100"/>
        <source>Type R, A, C or I in a cell (Delete clears it), double-click to cycle through the letters, or right-click to choose. Each stage needs exactly one A.</source>
        <translation>在儲存格中輸入 R、A、C 或 I（按 Delete 清除），按兩下可依序切換字母，也可按右鍵選擇。每個階段都必須有且只有一個 A。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="131"/>
        <source>&amp;Who does what</source>
        <translation>誰負責什麼(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="132"/>
        <source>&amp;Handoff</source>
        <translation>交接(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="135"/>
        <source>&amp;Rules and contacts</source>
        <translation>規則與聯絡人(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="136"/>
        <source>&amp;Map</source>
        <translation>分工圖(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="192"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="201"/>
        <source>More than one Accountable: %1.</source>
        <translation>「最終負責」超過一方：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="204"/>
        <source>No Accountable yet: %1.</source>
        <translation>尚無「最終負責」方：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="206"/>
        <source>Each stage needs exactly one A.</source>
        <translation>每個階段都必須有且只有一個 A。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="215"/>
        <source>Nobody is marked R at %1: the Accountable party does the work itself. Mark R where someone else does it.</source>
        <translation>以下階段沒有人標為 R：%1。這表示由「最終負責」方親自執行；如果實際上由別人執行，請標上 R。</translation>
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
        <translation>角色分工</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="133"/>
        <source>&amp;Lead stages</source>
        <translation>潛在客戶階段(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="134"/>
        <source>&amp;SLA</source>
        <translation>服務水準協議(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="275"/>
        <source>The template replaces the letters of Sales and Marketing in the grid.</source>
        <translation>套用範本會取代表格中銷售與行銷的字母。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="276"/>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="287"/>
        <source>Add stage</source>
        <translation>新增階段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="287"/>
        <source>Name of the new funnel stage:</source>
        <translation>新漏斗階段的名稱：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="303"/>
        <source>Rename stage</source>
        <translation>重新命名階段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="303"/>
        <location filename="../../ui/pages/role_split.py" line="343"/>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="321"/>
        <source>Remove the stage “%1” from the funnel?</source>
        <translation>要從漏斗移除「%1」階段嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="323"/>
        <source>Its letters and agreements go with it.</source>
        <translation>這個階段的字母與約定也會一併移除。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="324"/>
        <location filename="../../ui/pages/role_split.py" line="361"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="331"/>
        <source>Add party</source>
        <translation>新增參與方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="331"/>
        <source>Name of the team, e.g. Customer Success:</source>
        <translation>團隊名稱，例如「客戶成功」：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="343"/>
        <source>Rename party</source>
        <translation>重新命名參與方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="358"/>
        <source>Remove “%1” and its letters from the map?</source>
        <translation>要從分工圖移除「%1」及其字母嗎？</translation>
    </message>
</context>
<context>
    <name>RoleSwapPage</name>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="54"/>
        <source>Time&apos;s up for this round.</source>
        <translation>這一輪時間到了。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="55"/>
        <source>Round timer</source>
        <translation>本輪計時</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="58"/>
        <source>Answers from Phones…</source>
        <translation>手機作答…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="76"/>
        <source>Turn into an &amp;action</source>
        <translation>轉為行動項目(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="79"/>
        <location filename="../../ui/pages/role_swap.py" line="329"/>
        <location filename="../../ui/pages/role_swap.py" line="331"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="85"/>
        <source>Insights and misreadings</source>
        <translation>洞見與誤解</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="99"/>
        <source>1 · As the other side</source>
        <translation>1 · 站在對方角度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="100"/>
        <source>2 · As yourselves</source>
        <translation>2 · 以自己的身分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="101"/>
        <source>3 · Side by side</source>
        <translation>3 · 並列對照</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="102"/>
        <source>4 · Follow-up swaps</source>
        <translation>4 · 後續互換活動</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="131"/>
        <source>%1, answering as %2</source>
        <translation>%1，以%2的身分回答</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="135"/>
        <source>%1, answering for itself</source>
        <translation>%1，以自己的身分回答</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="179"/>
        <source>An afternoon of swapping roles is a start; these longer swaps keep the understanding growing. Each one goes on the action plan with one click.</source>
        <translation>花一個下午互換角色只是開始；這些較長期的互換能讓彼此的理解持續加深。每一項都能一鍵加入行動計畫。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="257"/>
        <source>In the plan ✓</source>
        <translation>已在計畫中 ✓</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="257"/>
        <source>Add to the action plan</source>
        <translation>加入行動計畫</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="271"/>
        <source>Role swap</source>
        <translation>角色互換</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="308"/>
        <source>Mark a misreading</source>
        <translation>標出誤解</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="308"/>
        <source>Note an insight</source>
        <translation>記下洞見</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="309"/>
        <source>What did the room notice?</source>
        <translation>現場注意到了什麼？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="330"/>
        <source>Remove this note from the role swap?

%1</source>
        <translation>要從角色互換中移除這則紀錄嗎？

%1</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="188"/>
        <source>Type a rule the room agrees and press Enter</source>
        <translation>輸入全場同意的規則後按 Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="192"/>
        <location filename="../../ui/pages/role_split_parts.py" line="300"/>
        <source>Remove rule</source>
        <translation>移除規則</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="198"/>
        <source>Rules of engagement</source>
        <translation>合作規則</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="220"/>
        <source>Add contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="223"/>
        <location filename="../../ui/pages/role_split_parts.py" line="323"/>
        <source>Remove contact</source>
        <translation>移除聯絡人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="230"/>
        <source>Who to call</source>
        <translation>該找誰</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="232"/>
        <source>Whom to contact in the other department, about what.</source>
        <translation>遇到什麼事，該找對方部門的誰。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="253"/>
        <source>Add a suggested rule…</source>
        <translation>新增建議規則…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="301"/>
        <source>Remove the rule “%1”?</source>
        <translation>要移除規則「%1」嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="302"/>
        <location filename="../../ui/pages/role_split_parts.py" line="325"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="310"/>
        <source>New topic</source>
        <translation>新事項</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="324"/>
        <source>Remove “%1” from the list?</source>
        <translation>要從清單移除「%1」嗎？</translation>
    </message>
</context>
<context>
    <name>SealBar</name>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="51"/>
        <source>&amp;Reveal Answers</source>
        <translation>公布答案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="61"/>
        <source>Answers from phones are sealed (%1 so far): nothing of them shows here or on the projector until you reveal them to the room.</source>
        <translation>來自手機的答案已封存（目前 %1 則）：在你向全場公布之前，這裡和投影上都不會顯示任何內容。</translation>
    </message>
</context>
<context>
    <name>SeriesCommands</name>
    <message>
        <location filename="../../ui/commands/series.py" line="49"/>
        <source>&amp;Compare Series…</source>
        <translation>比較系列(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="53"/>
        <source>&amp;Add to Series…</source>
        <translation>加入系列(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="56"/>
        <source>&amp;Remove from Series</source>
        <translation>從系列移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="59"/>
        <source>Create the &amp;Demo Series</source>
        <translation>建立示範系列(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="87"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="121"/>
        <source>Exported to %1</source>
        <translation>已匯出至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="125"/>
        <source>Preparing %1…</source>
        <translation>正在準備 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="154"/>
        <location filename="../../ui/commands/series.py" line="173"/>
        <source>Add to series</source>
        <translation>加入系列</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="156"/>
        <source>There is no other session to join. A series needs at least two workshops.</source>
        <translation>沒有其他可加入的工作坊。一個系列至少需要兩場工作坊。</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="163"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="169"/>
        <source>, the latest of %1 workshops</source>
        <translation>，%1 場工作坊中最新的一場</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="174"/>
        <source>Compare “%1” over time with the workshops of:</source>
        <translation>將「%1」與下列工作坊歸為同一系列，比較歷次的變化：</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="187"/>
        <source>“%1” joined the series.</source>
        <translation>「%1」已加入系列。</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="204"/>
        <source>“%1” is no longer part of its series.</source>
        <translation>「%1」已不再屬於原本的系列。</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="213"/>
        <source>Created three demo workshops of one series. Compare them with Ctrl+Shift+C.</source>
        <translation>已建立同一系列的三場示範工作坊。按 Ctrl+Shift+C 即可比較。</translation>
    </message>
</context>
<context>
    <name>SeriesWindow</name>
    <message>
        <location filename="../../ui/series_view.py" line="74"/>
        <source>Compare workshops — %1</source>
        <translation>比較工作坊 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="94"/>
        <source>&amp;Export PDF…</source>
        <translation>匯出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="96"/>
        <source>Save this comparison as a PDF (Ctrl+E)</source>
        <translation>將這份比較儲存為 PDF（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="114"/>
        <source>The follow-up has not taken place yet</source>
        <translation>追蹤工作坊尚未舉行</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="117"/>
        <source>A comparison needs two workshops that have taken place. %1 A workshop joins the comparison once the room has recorded its findings.</source>
        <translation>比較需要兩場已經舉行的工作坊。%1 現場記錄下結論後，該工作坊即會加入比較。</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="127"/>
        <source>“%1” (%2)</source>
        <translation>「%1」（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="132"/>
        <source>Not held yet, so not compared: %1.</source>
        <translation>尚未舉行，因此不列入比較：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="138"/>
        <source>This workshop is not part of a series yet</source>
        <translation>這個工作坊還不屬於任何系列</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="142"/>
        <source>A series is one organisation&apos;s workshops over time. It forms when you duplicate a session for a follow-up workshop (File ▸ Duplicate for Follow-up, Ctrl+D), or when you add a session to the series of another (Series ▸ Add to Series…). Once it has two workshops, this window compares them.</source>
        <translation>系列是同一個組織歷次舉辦的工作坊。當你把工作坊複製為追蹤會議（檔案 ▸ 複製為追蹤會議，Ctrl+D），或把工作坊加入另一個工作坊所屬的系列（系列 ▸ 加入系列…）時，就會形成系列。系列中有兩場工作坊之後，這個視窗就會將它們加以比較。</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="156"/>
        <source>Add to a Series…</source>
        <translation>加入系列…</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="169"/>
        <source>narrowing</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="170"/>
        <source>widening</source>
        <translation>擴大</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="171"/>
        <source>unchanged</source>
        <translation>持平</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="178"/>
        <source>%1 workshops from %2 to %3.</source>
        <translation>從 %2 到 %3，共 %1 場工作坊。</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="182"/>
        <source>Overall score %1 → %2 (%3 → %4).</source>
        <translation>整體分數 %1 → %2（%3 → %4）。</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="191"/>
        <source>Perception gap %1 → %2: %3.</source>
        <translation>認知落差 %1 → %2：%3。</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="269"/>
        <location filename="../../ui/series_view.py" line="286"/>
        <source>Overall</source>
        <translation>整體</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="270"/>
        <source>Stage reached</source>
        <translation>所處階段</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="310"/>
        <source>%1 (target %2)</source>
        <translation>%1（目標值 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="47"/>
        <source>Total (20–100)</source>
        <translation>總分（20–100）</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="54"/>
        <source>Each department&apos;s self-assessment total at each workshop, over the four stage bands.</source>
        <translation>各部門在每場工作坊的合作關係自評總分，背景標示四個階段的分數區間。</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="59"/>
        <source>&amp;Scores</source>
        <translation>分數(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="70"/>
        <source>Perception gap</source>
        <translation>認知落差</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="74"/>
        <source>Since the previous workshop</source>
        <translation>與上次工作坊相比</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="83"/>
        <source>The mean difference between the Sales and the Marketing rating of each statement (1–5 scale). Smaller means the two departments see their relationship more alike.</source>
        <translation>每個敘述中銷售與行銷評分差距的平均值（1–5 分制）。數值越小，表示兩個部門對彼此關係的看法越接近。</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="89"/>
        <source>Perception &amp;gap</source>
        <translation>認知落差(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="98"/>
        <source>Mean level today</source>
        <translation>目前平均程度</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="104"/>
        <source>Steps at their target</source>
        <translation>已達目標的步驟</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="110"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="117"/>
        <source>Level today → the target the room set, on the 1–5 scale.</source>
        <translation>目前程度 → 現場訂下的目標（1–5 分制）。</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="121"/>
        <source>&amp;Ten steps</source>
        <translation>十個步驟(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="136"/>
        <source>Shared goal</source>
        <translation>共同目標</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="137"/>
        <source>Progress</source>
        <translation>進展</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="144"/>
        <source>The figure each workshop recorded for the goal&apos;s metric, with the target set then. Progress: how far the latest figure has come from the first towards the latest target.</source>
        <translation>每場工作坊為這個目標的衡量指標所記錄的數值，以及當時訂下的目標值。進展：最新數值從最初數值朝最新目標值前進了多少。</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="152"/>
        <source>None of these workshops has set a shared goal yet.</source>
        <translation>這些工作坊都還沒有訂定共同目標。</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="157"/>
        <source>Shared g&amp;oals</source>
        <translation>共同目標(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="163"/>
        <source>Actions</source>
        <translation>行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="164"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="165"/>
        <source>Dropped</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="167"/>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="175"/>
        <source>Completion: done actions as a share of each plan, dropped ones left out. A recent plan is naturally less complete than an older one.</source>
        <translation>完成率：已完成的行動項目占各份計畫的比例，已取消的不計入。較新的計畫完成率自然會比舊的計畫低。</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="181"/>
        <source>&amp;Action plans</source>
        <translation>行動計畫(&amp;A)</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <location filename="../../ui/store.py" line="77"/>
        <source>This session is open for review only. Switch to Edit to change it.</source>
        <translation>這個工作坊目前以檢視模式開啟，無法修改。請切換到「編輯」後再修改。</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../ui/models/sessions.py" line="78"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="79"/>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="80"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="81"/>
        <source>Facilitator</source>
        <translation>引導師</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="82"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="83"/>
        <source>People</source>
        <translation>人數</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="84"/>
        <source>Actions</source>
        <translation>行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="85"/>
        <source>Last changed</source>
        <translation>最後修改</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="86"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="183"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="190"/>
        <source>Workshop %1 of a series of %2. Series ▸ Compare Series… (Ctrl+Shift+C) compares them.</source>
        <translation>系列中的第 %1 場工作坊，共 %2 場。可用「系列 ▸ 比較系列…」（Ctrl+Shift+C）加以比較。</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../ui/session_view.py" line="160"/>
        <source>Review mode — read only. Reading, copying and exporting work; nothing can be changed.</source>
        <translation>檢視模式 — 唯讀。可以閱讀、複製與匯出，但無法修改任何內容。</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="166"/>
        <source>Allow changes to this session (Ctrl+Shift+R)</source>
        <translation>允許修改這個工作坊（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="297"/>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="298"/>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="299"/>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="303"/>
        <source>%1  %2 (skipped)</source>
        <translation>%1  %2（略過）</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="307"/>
        <source>Skipped in this workshop&apos;s agenda</source>
        <translation>這場工作坊的議程略過了這個環節</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../ui/pages/setup.py" line="56"/>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="57"/>
        <source>&amp;Organisation:</source>
        <translation>組織(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="58"/>
        <source>&amp;Location:</source>
        <translation>地點(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="59"/>
        <source>&amp;Facilitator:</source>
        <translation>引導師(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="70"/>
        <source>Planned for</source>
        <translation>預定於</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="84"/>
        <source>Context for the facilitator: why this workshop, what happened before…</source>
        <translation>給引導師的背景資訊：為什麼舉辦這次工作坊、之前發生過什麼…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="94"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="97"/>
        <source>Follow-up workshop:</source>
        <translation>追蹤會議：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="98"/>
        <source>Workshop language:</source>
        <translation>工作坊語言：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="99"/>
        <source>&amp;Notes:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="101"/>
        <location filename="../../ui/pages/setup.py" line="273"/>
        <source>Session details</source>
        <translation>工作坊資訊</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="128"/>
        <source>Add participant</source>
        <translation>新增參與者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="130"/>
        <source>Add a named participant (Ctrl+Shift+A)</source>
        <translation>新增具名參與者（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="134"/>
        <source>Add anonymous Sales</source>
        <translation>新增匿名業務人員</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="139"/>
        <source>Add anonymous Marketing</source>
        <translation>新增匿名行銷人員</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="144"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="146"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="148"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="165"/>
        <source>Anonymous participants are recorded only by a label and their department, so their answers still count for their side.</source>
        <translation>匿名參與者只記錄代號與所屬部門，因此他們的作答仍會計入所屬的一方。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="172"/>
        <location filename="../../ui/pages/setup.py" line="282"/>
        <source>Participants</source>
        <translation>參與者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="206"/>
        <source>%1 (chosen when the session was created)</source>
        <translation>%1（建立工作坊時已選定）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/setup.py" line="221"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n 位參與者</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="239"/>
        <source>These notes are %1 characters long; the most a note can hold is %2. They are not saved until you shorten them.</source>
        <translation>這些備註共 %1 個字元，上限為 %2 個字元。刪減到上限以內後才會儲存。</translation>
    </message>
</context>
<context>
    <name>SlaPanel</name>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="39"/>
        <source>Fill in the usual SLA</source>
        <translation>填入常用的服務水準協議</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="40"/>
        <source>Fills every commitment not agreed yet; agreed ones stay</source>
        <translation>填入所有尚未議定的承諾；已議定的維持不變</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="46"/>
        <source>Not agreed yet</source>
        <translation>尚未議定</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/role_split_sla.py" line="57"/>
        <location filename="../../ui/pages/role_split_sla.py" line="136"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> 小時</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="60"/>
        <source>Period of the lead commitment</source>
        <translation>潛在客戶承諾的週期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="66"/>
        <source>a week</source>
        <translation>每週</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="67"/>
        <source>a month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="68"/>
        <source>a quarter</source>
        <translation>每季</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="71"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="71"/>
        <source>Quarterly</source>
        <translation>每季</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="81"/>
        <source>Who looks at the figures, e.g. Marketing operations</source>
        <translation>誰查看數據，例如行銷營運團隊</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="86"/>
        <source>Who meets, how soon, and what they decide</source>
        <translation>誰會面、多快會面、決定什麼</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="91"/>
        <source>per</source>
        <translation>／</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="95"/>
        <source>Lea&amp;ds per sales rep:</source>
        <translation>每位銷售人員的潛在客戶數(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="99"/>
        <source>Accepted by Sales, at leas&amp;t:</source>
        <translation>銷售接受的比例至少(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="101"/>
        <source>Marketing commits to</source>
        <translation>行銷承諾</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="104"/>
        <source>Sales &amp;follows up within:</source>
        <translation>銷售跟進時限(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="105"/>
        <source>&amp;Attempts to reach each lead:</source>
        <translation>每個潛在客戶的聯絡次數(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="106"/>
        <source>Sales commits to</source>
        <translation>銷售承諾</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="112"/>
        <source>M&amp;onitored by:</source>
        <translation>監督方(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="113"/>
        <source>Re&amp;viewed:</source>
        <translation>檢討頻率(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="114"/>
        <source>When it is m&amp;issed:</source>
        <translation>未達成時(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="115"/>
        <source>Keeping it</source>
        <translation>如何落實</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="150"/>
        <source>leads per rep</source>
        <translation>每位銷售的潛在客戶數</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="151"/>
        <source>share accepted</source>
        <translation>接受比例</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="152"/>
        <source>period</source>
        <translation>週期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="153"/>
        <source>response time</source>
        <translation>回應時間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="154"/>
        <source>attempts</source>
        <translation>聯絡次數</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="155"/>
        <source>who monitors it</source>
        <translation>由誰監督</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="156"/>
        <source>how often it is reviewed</source>
        <translation>多久檢討一次</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="157"/>
        <source>what happens when it is missed</source>
        <translation>未達成時怎麼辦</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="163"/>
        <source>Still without a number: %1.</source>
        <translation>仍未填寫數字：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="165"/>
        <source>Not agreed yet: %1.</source>
        <translation>尚未議定：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="169"/>
        <source>Every commitment has a number, an owner and a review rhythm.</source>
        <translation>每項承諾都有數字、負責人和檢討頻率。</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../../ui/pages/base.py" line="75"/>
        <source>Participants answer on their own phones (Session ▸ Answers from Phones)</source>
        <translation>參與者在自己的手機上作答（工作坊 ▸ 手機作答）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="108"/>
        <source>Last workshop (%1)</source>
        <translation>上次工作坊（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="108"/>
        <source>Last workshop</source>
        <translation>上次工作坊</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="126"/>
        <source>This session is open for review: switch to Edit to change it.</source>
        <translation>這個工作坊目前為檢視模式：請切換到「編輯」後再修改。</translation>
    </message>
</context>
<context>
    <name>StartupMaintenance</name>
    <message>
        <location filename="../../ui/maintenance.py" line="96"/>
        <source>Daily backup</source>
        <translation>每日備份</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="65"/>
        <source>An example that backs the rating</source>
        <translation>支持這個評分的實例</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="73"/>
        <source>Add action…</source>
        <translation>新增行動項目…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="85"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="87"/>
        <source>Today:</source>
        <translation>目前：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="88"/>
        <source>Target:</source>
        <translation>目標：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="108"/>
        <source>Both departments see the same level</source>
        <translation>兩個部門看到的是同一水準</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="112"/>
        <source>Gap %1: %2 sees it better</source>
        <translation>落差 %1：%2評價較高</translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <location filename="../../ui/team/commands.py" line="47"/>
        <source>&amp;Team Library…</source>
        <translation>團隊資料庫(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="49"/>
        <source>&amp;Publish to Team Library</source>
        <translation>發佈到團隊資料庫(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="51"/>
        <source>Connect to Another Team Library…</source>
        <translation>連線到其他團隊資料庫…</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="70"/>
        <location filename="../../ui/team/commands.py" line="125"/>
        <source>Team Library</source>
        <translation>團隊資料庫</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="75"/>
        <source>The team library&apos;s address: a postgresql:// address or service=NAME, as given by its administrator. Passwords belong in ~/.pgpass or the service file.</source>
        <translation>團隊資料庫的位址：管理員提供的 postgresql:// 位址或 service=名稱。密碼應放在 ~/.pgpass 或服務檔案中。</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="90"/>
        <source>This is not a team library&apos;s address. It starts with postgresql:// or service=; nothing was changed.</source>
        <translation>這不是團隊資料庫的位址。位址以 postgresql:// 或 service= 開頭；未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="100"/>
        <source>Truce does not keep passwords in its settings. Put the password in ~/.pgpass or the service file and give the address without it; nothing was changed.</source>
        <translation>Truce 不會在設定中保存密碼。請把密碼放進 ~/.pgpass 或服務檔案，並輸入不含密碼的位址；未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="164"/>
        <source>Published “%1” to the team library (version %2).</source>
        <translation>已將「%1」發佈到團隊資料庫（版本 %2）。</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="184"/>
        <source>“%1” is in this computer&apos;s library now (team version %2).</source>
        <translation>「%1」現已在本機資料庫中（團隊版本 %2）。</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="198"/>
        <source>Publish to Team Library</source>
        <translation>發佈到團隊資料庫</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="198"/>
        <source>Take Out</source>
        <translation>取出到本機</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="200"/>
        <source>Publish as a New Copy</source>
        <translation>作為新副本發佈</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="200"/>
        <source>Replace the Team&apos;s Copy</source>
        <translation>取代團隊的副本</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="202"/>
        <source>Take Out as a New Copy</source>
        <translation>作為新副本取出</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="202"/>
        <source>Replace Mine</source>
        <translation>取代我的副本</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="213"/>
        <source>Both copies of this session changed since they last met. Nothing has been overwritten. Choose how to go on:</source>
        <translation>自上次同步以來，此會議的兩份副本都有變動。沒有覆寫任何內容。請選擇接下來的做法：</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="216"/>
        <source>This computer</source>
        <translation>本機</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="216"/>
        <source>Team library</source>
        <translation>團隊資料庫</translation>
    </message>
</context>
<context>
    <name>TeamLibraryWindow</name>
    <message>
        <location filename="../../ui/team/window.py" line="96"/>
        <source>Team Library — Truce</source>
        <translation>團隊資料庫 — Truce</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="112"/>
        <source>Search title, organisation, facilitator…</source>
        <translation>搜尋標題、組織、主持人…</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="115"/>
        <source>&amp;Take Out to This Computer</source>
        <translation>取出到本機(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="118"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="121"/>
        <source>Sessions in the team library %1</source>
        <translation>團隊資料庫 %1 中的會議</translation>
    </message>
</context>
<context>
    <name>TeamOpening</name>
    <message>
        <location filename="../../ui/team/opening.py" line="35"/>
        <source>Truce cannot start</source>
        <translation>Truce 無法啟動</translation>
    </message>
    <message>
        <location filename="../../ui/team/opening.py" line="39"/>
        <source>A team library is backed up on its server; ask its administrator.</source>
        <translation>團隊資料庫由其伺服器備份；請聯絡管理員。</translation>
    </message>
</context>
<context>
    <name>TeamRows</name>
    <message>
        <location filename="../../ui/team/window.py" line="47"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="48"/>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="49"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="50"/>
        <source>Actions</source>
        <translation>行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="51"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="52"/>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="53"/>
        <source>Changed</source>
        <translation>修改時間</translation>
    </message>
</context>
<context>
    <name>TenStepsPage</name>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="152"/>
        <source>Click a level or type 1–5 in a row of levels (Delete clears it). Click the chosen level again to clear it.</source>
        <translation>點選某個等級，或在等級列中輸入 1–5（按 Delete 清除）。再點一次已選的等級即可清除。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="233"/>
        <source>%1: today %2, target %3</source>
        <translation>%1：當時 %2，目標 %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="269"/>
        <source>%1 of %2 steps rated · %3 to improve by the follow-up</source>
        <translation>已評估 %1 / %2 步 · 追蹤會議前要改善 %3 步</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/ten_steps.py" line="277"/>
        <source>%n step(s) where the departments are 2 or more levels apart</source>
        <translation>
            <numerusform>%n 個步驟兩個部門相差兩級以上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/ten_steps.py" line="286"/>
        <source>%n linked action(s)</source>
        <translation>
            <numerusform>%n 個相關行動項目</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="288"/>
        <source>No actions for this step yet</source>
        <translation>這一步還沒有行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="323"/>
        <source>Ten steps</source>
        <translation>十個步驟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="133"/>
        <source>Today</source>
        <translation>目前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="134"/>
        <source>Target by the follow-up</source>
        <translation>追蹤會議前的目標</translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <location filename="../../ui/models/tracker.py" line="41"/>
        <source>Action</source>
        <translation>行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="42"/>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="43"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="44"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="45"/>
        <source>Due</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="46"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="47"/>
        <source>Last update</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="62"/>
        <source>No owner yet</source>
        <translation>尚無負責人</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="64"/>
        <source>No date</source>
        <translation>未定日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="77"/>
        <source>Workshop of %1</source>
        <translation>%1 的工作坊</translation>
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message>
        <location filename="../../ui/tracker.py" line="73"/>
        <source>Action tracker</source>
        <translation>行動項目追蹤</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="76"/>
        <source>Every action from every workshop in the library; the trash is left out.</source>
        <translation>工作坊清單中所有工作坊的全部行動項目；資源回收筒中的工作坊不列入。</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="83"/>
        <source>Quick views:</source>
        <translation>快速檢視：</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="85"/>
        <source>&amp;Open</source>
        <translation>未完成(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="86"/>
        <source>O&amp;verdue</source>
        <translation>已逾期(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="87"/>
        <source>Due in the next &amp;14 days</source>
        <translation>未來 14 天內到期(&amp;1)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="88"/>
        <source>&amp;All actions</source>
        <translation>所有行動項目(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="98"/>
        <source>Search actions and workshops…</source>
        <translation>搜尋行動項目與工作坊…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="100"/>
        <source>Owner…</source>
        <translation>負責人…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="102"/>
        <source>All departments</source>
        <translation>所有部門</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="106"/>
        <source>All statuses</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="107"/>
        <source>Open (planned or in progress)</source>
        <translation>未完成（已規劃或進行中）</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="122"/>
        <source>Due from</source>
        <translation>完成日期從</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="124"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="160"/>
        <source>&amp;Update status…</source>
        <translation>更新狀態(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="162"/>
        <source>Record a dated status update (Ctrl+U, or Enter)</source>
        <translation>記錄一筆附上日期的狀態更新（Ctrl+U 或 Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="164"/>
        <source>Open &amp;workshop</source>
        <translation>開啟工作坊(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="167"/>
        <source>Open the workshop this action belongs to (Ctrl+Shift+O)</source>
        <translation>開啟這個行動項目所屬的工作坊（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="180"/>
        <source>History</source>
        <translation>歷程</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="213"/>
        <source>All workshops</source>
        <translation>所有工作坊</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="271"/>
        <source>The first %1 actions are shown; narrow the filters to see the rest.</source>
        <translation>目前只顯示前 %1 個行動項目；請縮小篩選範圍，以查看其餘項目。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tracker.py" line="275"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n 個行動項目</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="309"/>
        <source>Select an action to see its history.</source>
        <translation>選取一個行動項目，即可查看它的歷程。</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="314"/>
        <source>No updates recorded yet.</source>
        <translation>尚未記錄任何更新。</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="321"/>
        <source>Due date moved to %1</source>
        <translation>完成日期改為 %1</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="322"/>
        <source>no date</source>
        <translation>未定日期</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="325"/>
        <source>Comment</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="327"/>
        <source>Carried over to a follow-up workshop, due %1</source>
        <translation>已轉入追蹤會議，完成日期 %1</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="348"/>
        <source>Update action</source>
        <translation>更新行動項目</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <location filename="../../ui/unexpected.py" line="47"/>
        <source>Truce ran into a problem it did not expect, so what you were doing may not have finished. Check it before you go on.</source>
        <translation>Truce 遇到了意料之外的問題，你剛才的操作可能沒有完成。請先檢查一下，再繼續。</translation>
    </message>
    <message>
        <location filename="../../ui/unexpected.py" line="53"/>
        <source>The details are in %1.</source>
        <translation>詳細資訊記錄在 %1 中。</translation>
    </message>
    <message>
        <location filename="../../ui/unexpected.py" line="58"/>
        <source>Something Went Wrong</source>
        <translation>發生了問題</translation>
    </message>
</context>
<context>
    <name>WorkshopClock</name>
    <message>
        <location filename="../../ui/live/clock.py" line="105"/>
        <source>Not started · planned %1–%2</source>
        <translation>尚未開始 · 預定 %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="113"/>
        <source>Ran %1–%2 · %3</source>
        <translation>實際進行 %1–%2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="119"/>
        <source>Elapsed %1</source>
        <translation>已進行 %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="120"/>
        <source>planned end %1</source>
        <translation>預定 %1 結束</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="125"/>
        <source>%1: %2 of %3 min</source>
        <translation>%1：%2 / %3 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="135"/>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="137"/>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="142"/>
        <source>on plan</source>
        <translation>符合計畫</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="144"/>
        <source>%1 over plan</source>
        <translation>比計畫多 %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="144"/>
        <source>%1 under plan</source>
        <translation>比計畫少 %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="147"/>
        <source>%1 behind</source>
        <translation>落後 %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="147"/>
        <source>%1 ahead</source>
        <translation>超前 %1</translation>
    </message>
</context>
<context>
    <name>WrapUpPage</name>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="139"/>
        <source>Follow-up workshop: %1</source>
        <translation>追蹤會議：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="144"/>
        <source>No follow-up workshop is planned yet: set its date on the Setup page.</source>
        <translation>尚未安排追蹤會議：請在「開場」頁面設定日期。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="152"/>
        <source>The self-assessment has not been completed, so no stage is shown.</source>
        <translation>合作關係自評尚未完成，因此不顯示所處階段。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="154"/>
        <source>Stage reached: %1 (%2 of 100)</source>
        <translation>所處階段：%1（%2 / 100 分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="174"/>
        <source>Friction</source>
        <translation>摩擦</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="174"/>
        <source>Sales</source>
        <translation>銷售</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="174"/>
        <source>Marketing</source>
        <translation>行銷</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="174"/>
        <source>Votes</source>
        <translation>票數</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="218"/>
        <source>%n stage(s) still break the one-Accountable rule.</source>
        <translation>
            <numerusform>還有 %n 個階段不符合「只能有一個最終負責方」的規則。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="222"/>
        <source>Handoff at</source>
        <translation>交接階段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="224"/>
        <source>Qualified lead</source>
        <translation>合格潛在客戶</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="227"/>
        <source>Sales follows up</source>
        <translation>銷售追蹤</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="229"/>
        <source>Feedback to Marketing</source>
        <translation>回饋給行銷</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="241"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="241"/>
        <source>Today</source>
        <translation>目前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="241"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="241"/>
        <source>Evidence</source>
        <translation>依據</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="266"/>
        <source>%n without an owner</source>
        <translation>
            <numerusform>%n 項沒有負責人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="268"/>
        <source>%n without a due date</source>
        <translation>
            <numerusform>%n 項沒有完成日期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="270"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 項已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="274"/>
        <source>Action</source>
        <translation>行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="275"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="276"/>
        <source>Due</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="277"/>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="278"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="279"/>
        <source>Answers</source>
        <translation>對應問題</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="131"/>
        <source>Before everyone leaves</source>
        <translation>散會之前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="149"/>
        <source>Where we stand</source>
        <translation>我們目前的位置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="171"/>
        <source>Top frictions</source>
        <translation>主要摩擦</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="185"/>
        <source>Shared goals</source>
        <translation>共同目標</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="199"/>
        <source>Who does what</source>
        <translation>誰負責什麼</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="226"/>
        <source>within %n hour(s)</source>
        <translation>
            <numerusform>%n 小時內</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="240"/>
        <source>Ten steps</source>
        <translation>十個步驟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="258"/>
        <source>Action plan</source>
        <translation>行動計畫</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="162"/>
        <source>Recommended next moves</source>
        <translation>建議的下一步做法</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="235"/>
        <source>Rules of engagement</source>
        <translation>合作規則</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="173"/>
        <source>No frictions were rated.</source>
        <translation>沒有任何摩擦經過評分。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="187"/>
        <source>No shared goals were set.</source>
        <translation>沒有訂定共同目標。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="201"/>
        <source>The funnel has no stages.</source>
        <translation>漏斗中沒有任何階段。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="261"/>
        <source>No actions have been agreed yet.</source>
        <translation>還沒有談定任何行動項目。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="286"/>
        <source>No owner</source>
        <translation>無負責人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="293"/>
        <source>No date</source>
        <translation>未定日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="296"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <location filename="../../ui/accessibility.py" line="22"/>
        <source>Date of the follow-up workshop</source>
        <translation>追蹤會議日期</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="23"/>
        <source>Participants</source>
        <translation>參與者</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="24"/>
        <source>Assessment answers, one row per participant</source>
        <translation>自評作答，每位參與者一列</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="25"/>
        <source>Notes on the assessment</source>
        <translation>自評備註</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="26"/>
        <source>Friction map ratings</source>
        <translation>摩擦地圖評分</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="27"/>
        <source>Notes on the selected driver</source>
        <translation>選取摩擦來源的備註</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="28"/>
        <source>Minutes on the timer</source>
        <translation>計時器分鐘數</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="29"/>
        <source>Sales&apos; own goals</source>
        <translation>銷售自己的目標</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="30"/>
        <source>Marketing&apos;s own goals</source>
        <translation>行銷自己的目標</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="31"/>
        <source>Shared goals</source>
        <translation>共同目標</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="32"/>
        <source>Target</source>
        <translation>目標值</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="33"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="34"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="35"/>
        <source>How the work is split</source>
        <translation>分工模式</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="36"/>
        <source>Who is responsible at each funnel stage</source>
        <translation>漏斗各階段由誰負責</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="37"/>
        <source>Show actions with this status</source>
        <translation>顯示此狀態的行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="38"/>
        <source>Show actions of this department</source>
        <translation>顯示此部門的行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="39"/>
        <source>Show actions answering this kind of item</source>
        <translation>顯示對應此類項目的行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="40"/>
        <source>Show actions of this owner</source>
        <translation>顯示此負責人的行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="41"/>
        <source>Action plan</source>
        <translation>行動計畫</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="42"/>
        <source>Wrap-up summary</source>
        <translation>總結摘要</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="43"/>
        <source>Perception gap per statement</source>
        <translation>各敘述的認知落差</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="44"/>
        <source>Suggested rules of engagement</source>
        <translation>建議的合作規則</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="45"/>
        <source>New rule of engagement</source>
        <translation>新的合作規則</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="46"/>
        <source>Rules of engagement</source>
        <translation>合作規則</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="47"/>
        <source>Who to call</source>
        <translation>該找誰</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="48"/>
        <source>Insights and misreadings</source>
        <translation>洞見與誤解</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="49"/>
        <source>Chart of the perception gap between Sales and Marketing</source>
        <translation>銷售與行銷之間認知落差的圖表</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="52"/>
        <source>Chart of today&apos;s level and the target for each step</source>
        <translation>各步驟目前程度與目標的圖表</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="55"/>
        <source>Chart of who leads each funnel stage</source>
        <translation>漏斗各階段由誰主導的圖表</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="80"/>
        <source>Evidence for step %1</source>
        <translation>第 %1 步的依據</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../ui/models/actions.py" line="52"/>
        <source>Planned</source>
        <translation>已規劃</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="53"/>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="54"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="55"/>
        <source>Dropped</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="56"/>
        <source>Carried over</source>
        <translation>已轉入後續</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="63"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="64"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="65"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="72"/>
        <source>Quick win</source>
        <translation>快速見效</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="73"/>
        <source>Major project</source>
        <translation>重大專案</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="74"/>
        <source>Fill-in</source>
        <translation>順手做</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="75"/>
        <source>Thankless task</source>
        <translation>吃力不討好</translation>
    </message>
    <message>
        <location filename="../../ui/action_links.py" line="26"/>
        <location filename="../../ui/action_links.py" line="39"/>
        <source>New action</source>
        <translation>新行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/action_links.py" line="27"/>
        <source>What will be done about “%1”?</source>
        <translation>針對「%1」要做什麼？</translation>
    </message>
</context>
<context>
    <name>follow_up</name>
    <message>
        <location filename="../../ui/pages/follow_up.py" line="34"/>
        <location filename="../../ui/pages/follow_up.py" line="45"/>
        <location filename="../../ui/pages/follow_up.py" line="65"/>
        <source>Turn into an action</source>
        <translation>轉為行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/follow_up.py" line="35"/>
        <source>Write something first: an action needs a title.</source>
        <translation>請先寫點內容：行動項目需要標題。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/follow_up.py" line="49"/>
        <source>Add another</source>
        <translation>再新增一個</translation>
    </message>
    <message>
        <location filename="../../ui/pages/follow_up.py" line="70"/>
        <source>Added to the action plan: %1</source>
        <translation>已加入行動計畫：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/follow_up.py" line="46"/>
        <source>The action plan already has “%1” for this. Add another action anyway?</source>
        <translation>行動計畫中已經有針對這一項的「%1」。仍要再新增一個行動項目嗎？</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Setup</source>
        <translation>開場</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Diagnosis</source>
        <translation>關係診斷</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Friction map</source>
        <translation>摩擦地圖</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Role swap</source>
        <translation>角色互換</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Shared goals</source>
        <translation>共同目標</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Role split</source>
        <translation>角色分工</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Ten steps</source>
        <translation>十個步驟</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Action plan</source>
        <translation>行動計畫</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Wrap-up</source>
        <translation>總結</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Sales</source>
        <translation>銷售</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Marketing</source>
        <translation>行銷</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Leadership</source>
        <translation>管理階層</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Joint</source>
        <translation>雙方共同</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>%1 = pain %2</source>
        <translation>%1 = 痛點 %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>%1 = pain %2 + votes %3</source>
        <translation>%1 = 痛點 %2 + 投票 %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>%1 (n = %2)</source>
        <translation>%1（n = %2）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>withheld: fewer than %1 answers</source>
        <translation>不予顯示：回答少於 %1 份</translation>
    </message>
</context>
<context>
    <name>projector</name>
    <message>
        <location filename="../../ui/live/panels.py" line="92"/>
        <location filename="../../ui/live/panels.py" line="210"/>
        <source>… and %1 more</source>
        <translation>…還有 %1 項</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="121"/>
        <source>To start from</source>
        <translation>先從這些問題談起</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="126"/>
        <source>%1 from %2</source>
        <translation>%2 %1 人</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="133"/>
        <source>In the room: </source>
        <translation>現場：</translation>
    </message>
    <message>
        <location filename="../../ui/live/assessment_panel.py" line="27"/>
        <source>The results appear here once they are revealed.</source>
        <translation>結果揭曉後會顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../ui/live/assessment_panel.py" line="44"/>
        <source>together %1: %2</source>
        <translation>整體 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="144"/>
        <source>What hurts most: pain out of 10, plus dot votes</source>
        <translation>最痛的地方：痛感（滿分 10）加上貼點票數</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="171"/>
        <location filename="../../ui/live/panels.py" line="173"/>
        <source>%1 about %2</source>
        <translation>%1眼中的%2</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="172"/>
        <location filename="../../ui/live/panels.py" line="174"/>
        <source>%1 about itself</source>
        <translation>%1眼中的自己</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="177"/>
        <source>How each side sees the other, and itself</source>
        <translation>雙方如何看待對方，又如何看待自己</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="231"/>
        <source>Answer as the other department would</source>
        <translation>站在對方部門的角度回答</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="237"/>
        <source>The questions</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="240"/>
        <source>What we have named so far</source>
        <translation>目前已點出的發現</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="251"/>
        <source>Our shared goals</source>
        <translation>我們的共同目標</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="257"/>
        <source>target %1</source>
        <translation>目標值 %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="262"/>
        <source>by %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="290"/>
        <source>gap %1</source>
        <translation>落差 %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="307"/>
        <source>Today</source>
        <translation>目前</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="308"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="324"/>
        <source>What we will do</source>
        <translation>我們要做的事</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="334"/>
        <source>Where we stand: %1</source>
        <translation>我們目前的位置：%1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="343"/>
        <source>Moves that matter</source>
        <translation>關鍵做法</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="351"/>
        <source>We meet again on %1</source>
        <translation>我們將於 %1 再次相聚</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../ui/undo.py" line="184"/>
        <source>Edit Captured Notes</source>
        <translation>編輯現場紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="186"/>
        <source>Edit Participants</source>
        <translation>編輯參與者</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="188"/>
        <source>Edit Session Details</source>
        <translation>編輯工作坊資訊</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="193"/>
        <source>Add Action</source>
        <translation>新增行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="195"/>
        <source>Delete Action</source>
        <translation>刪除行動項目</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="197"/>
        <source>Reorder Actions</source>
        <translation>調整行動項目順序</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="198"/>
        <source>Edit Action Plan</source>
        <translation>編輯行動計畫</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="199"/>
        <source>Edit %1</source>
        <translation>編輯%1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="229"/>
        <source>the action plan</source>
        <translation>行動計畫</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="231"/>
        <source>the list of participants</source>
        <translation>參與者名單</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="233"/>
        <source>the session details</source>
        <translation>會議資訊</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="235"/>
        <source>the captured notes</source>
        <translation>現場記錄的筆記</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="237"/>
        <source>the %1 page</source>
        <translation>「%1」頁面</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="241"/>
        <source>Cannot undo “%1”: %2 has changed since (a tracker update, a follow-up decision or another window). Undo stops here, so that change is kept.</source>
        <translation>無法復原「%1」：%2 在此之後已被變更（行動項目追蹤中的更新、追蹤會議的決定或另一個視窗）。復原到此為止，以保留那項變更。</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="247"/>
        <source>Cannot redo “%1”: %2 has changed since. Redo stops here, so that change is kept.</source>
        <translation>無法重做「%1」：%2 在此之後已被變更。重做到此為止，以保留那項變更。</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="286"/>
        <source>Review mode: switch to Edit to undo or redo changes.</source>
        <translation>檢視模式：請切換到「編輯」，才能復原或重做變更。</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="301"/>
        <source>&amp;Undo %1</source>
        <translation>復原「%1」(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="303"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="306"/>
        <source>&amp;Redo %1</source>
        <translation>重做「%1」(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="308"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
</TS>
