<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="26"/>
        <source>About Truce</source>
        <translation>关于 Truce</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="32"/>
        <source>An offline companion for the joint workshop that ends the war between Sales and Marketing: diagnose the relationship, hear the other side, agree who does what, and leave with an action plan.</source>
        <translation>一款离线使用的研讨会助手，帮助销售与市场营销结束“内战”：诊断双方关系，倾听对方的声音，约定谁负责什么，最后带着一份行动计划离开。</translation>
    </message>
</context>
<context>
    <name>ActionFilterBar</name>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="33"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="34"/>
        <source>Open (planned or in progress)</source>
        <translation>未完成（已计划或进行中）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="38"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="42"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="44"/>
        <source>Frictions</source>
        <translation>摩擦</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="45"/>
        <source>Role swap</source>
        <translation>角色互换</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="46"/>
        <source>Shared goals</source>
        <translation>共同目标</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="47"/>
        <source>Role split</source>
        <translation>角色分工</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="48"/>
        <source>Ten steps</source>
        <translation>十个步骤</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="49"/>
        <source>Levers</source>
        <translation>提升举措</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="53"/>
        <source>Owner…</source>
        <translation>负责人…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="54"/>
        <source>&amp;Overdue only</source>
        <translation>仅显示逾期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="55"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="63"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
</context>
<context>
    <name>ActionUpdateDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="28"/>
        <source>Update action</source>
        <translation>更新行动项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="39"/>
        <source>New &amp;due date:</source>
        <translation>新的完成日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="48"/>
        <source>What happened since the last update (optional)</source>
        <translation>自上次更新以来的进展（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="52"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="54"/>
        <source>&amp;Comment:</source>
        <translation>备注(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="56"/>
        <source>The update is added to the action&apos;s history with today&apos;s date and time.</source>
        <translation>这条更新将连同当前的日期和时间一起记入该行动项的历史记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_update.py" line="63"/>
        <source>Save update</source>
        <translation>保存更新</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../ui/models/actions.py" line="120"/>
        <source>Action</source>
        <translation>行动项</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="121"/>
        <source>Responds to</source>
        <translation>对应问题</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="122"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="123"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="124"/>
        <source>Due</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="125"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="126"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="127"/>
        <source>Impact</source>
        <translation>效果</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="128"/>
        <source>Effort</source>
        <translation>工作量</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="129"/>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="130"/>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="135"/>
        <source>How much it would help, 1–5</source>
        <translation>能带来多大帮助，1–5</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="136"/>
        <source>How much work it takes, 1–5</source>
        <translation>需要投入多少工作，1–5</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="137"/>
        <source>Dot votes from the room</source>
        <translation>现场贴点投票的票数</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="138"/>
        <source>Where impact and effort put it</source>
        <translation>按效果和工作量落入的象限</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="176"/>
        <source>Overdue: this action was due on %1.</source>
        <translation>已逾期：此行动项应在 %1 完成。</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="189"/>
        <source>Free action</source>
        <translation>独立行动项</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="191"/>
        <source>No owner yet</source>
        <translation>尚无负责人</translation>
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
        <translation>添加行动项</translation>
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
        <translation>移除所选行动项（Delete）</translation>
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
        <translation>编辑所选项…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="80"/>
        <source>+1 vote</source>
        <translation>+1 票</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="82"/>
        <source>&amp;Prioritise</source>
        <translation>排定优先级(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="84"/>
        <source>Show impact, effort, votes and the quadrant, to rank actions in the room</source>
        <translation>显示效果、工作量、票数和象限，便于现场为行动项排序</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="88"/>
        <source>Plan order</source>
        <translation>计划顺序</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="89"/>
        <source>Undo the column sorting so actions can be reordered</source>
        <translation>取消按列排序，以便调整行动项的顺序</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="102"/>
        <source>What exactly will be done, and why</source>
        <translation>具体要做什么，为什么要做</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="106"/>
        <source>How will we know it worked?</source>
        <translation>怎样判断它见效了？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="112"/>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="113"/>
        <source>&amp;Success measure:</source>
        <translation>如何判断见效(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="114"/>
        <source>Selected action</source>
        <translation>所选行动项</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_table.py" line="52"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_table.py" line="77"/>
        <source>Free action</source>
        <translation>独立行动项</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="182"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n 个行动项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="184"/>
        <source>Showing %1 of %2</source>
        <translation>显示 %1 项，共 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="189"/>
        <source>%n open action(s) without an owner</source>
        <translation>
            <numerusform>%n 个未完成的行动项没有负责人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="191"/>
        <source>%n without a due date</source>
        <translation>
            <numerusform>%n 项没有完成日期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="193"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="204"/>
        <source>Click “Plan order” first: the list is sorted by a column</source>
        <translation>请先点击“计划顺序”：列表目前按某一列排序</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="273"/>
        <location filename="../../ui/pages/actions.py" line="285"/>
        <location filename="../../ui/pages/actions.py" line="309"/>
        <location filename="../../ui/pages/actions.py" line="329"/>
        <location filename="../../ui/pages/actions.py" line="359"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="282"/>
        <source>New action</source>
        <translation>新行动项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="300"/>
        <source>Remove the action “%1”?</source>
        <translation>要移除行动项“%1”吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="302"/>
        <source>Remove %n selected action(s)?</source>
        <translation>
            <numerusform>要移除所选的 %n 个行动项吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="304"/>
        <source>Remove actions</source>
        <translation>移除行动项</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="40"/>
        <source>Agenda</source>
        <translation>议程</translation>
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
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="52"/>
        <source>&amp;Plan:</source>
        <translation>方案(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="54"/>
        <source>S&amp;tarts at:</source>
        <translation>开始时间(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="64"/>
        <source>Stage (tick to take it)</source>
        <translation>环节（勾选即纳入）</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="65"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="66"/>
        <source>Break after</source>
        <translation>之后休息</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="67"/>
        <source>Time</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="79"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="81"/>
        <source>Move the stage earlier (Alt+Up)</source>
        <translation>将环节提前（Alt+Up）</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="83"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="85"/>
        <source>Move the stage later (Alt+Down)</source>
        <translation>将环节推后（Alt+Down）</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="90"/>
        <source>Untick a stage to skip it: the navigator and Next stage pass over it. Double-click or type in a cell to change the minutes.</source>
        <translation>取消勾选某个环节即可跳过它：导航栏和“下一环节”都会略过该环节。双击单元格或直接输入即可修改分钟数。</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="163"/>
        <source>+ %1 min break</source>
        <translation>+ 休息 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="168"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_dialog.py" line="175"/>
        <source>%1 h %2 min, ends at %3</source>
        <translation>共 %1 小时 %2 分钟，%3 结束</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <location filename="../../ui/models/answers.py" line="146"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../ui/models/answers.py" line="148"/>
        <source>Scaled to the 20–100 range; “don&apos;t know” answers are skipped.</source>
        <translation>已换算为 20–100 分；“不知道”的回答不计入。</translation>
    </message>
    <message>
        <location filename="../../ui/models/answers.py" line="204"/>
        <source>? only</source>
        <translation>全为 ?</translation>
    </message>
    <message>
        <location filename="../../ui/models/answers.py" line="208"/>
        <source>%1 of %2 statements answered</source>
        <translation>%2 条陈述中已回答 %1 条</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../../ui/commands/backup.py" line="64"/>
        <source>Set aside and start empty</source>
        <translation>移开损坏文件，从空白开始</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="73"/>
        <source>Restore backup</source>
        <translation>还原备份</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="93"/>
        <source>Database restored</source>
        <translation>数据库已还原</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="75"/>
        <source>The session database is damaged</source>
        <translation>研讨会数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="135"/>
        <location filename="../../ui/commands/backup.py" line="141"/>
        <location filename="../../ui/commands/backup.py" line="147"/>
        <location filename="../../ui/commands/backup.py" line="159"/>
        <source>Restore from backup</source>
        <translation>从备份还原</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="142"/>
        <source>Backup to restore:</source>
        <translation>要还原的备份：</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="59"/>
        <source>%1

There is no backup to restore. Set the damaged file aside and start with an empty library?</source>
        <translation>%1

没有可供还原的备份。要把损坏的文件移到一旁，从空的研讨会列表重新开始吗？</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="32"/>
        <source>daily</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="33"/>
        <source>made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="34"/>
        <source>before a restore</source>
        <translation>恢复前备份</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="35"/>
        <source>before an update of Truce</source>
        <translation>Truce 更新前备份</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="89"/>
        <location filename="../../ui/commands/backup.py" line="187"/>
        <source>Truce cannot start</source>
        <translation>Truce 无法启动</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="94"/>
        <source>The damaged file was kept as %1.</source>
        <translation>损坏的文件已保留为 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="136"/>
        <source>There are no backups yet.</source>
        <translation>还没有任何备份。</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="118"/>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="121"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="153"/>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="193"/>
        <source>Restored the backup of %1</source>
        <translation>已还原 %1 的备份</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="67"/>
        <source>%1

Set the damaged file aside and restore the backup of %2?</source>
        <translation>%1

要把损坏的文件移到一旁，并还原 %2 的备份吗？</translation>
    </message>
    <message>
        <location filename="../../ui/commands/backup.py" line="148"/>
        <source>Replace every session with the backup of %1? The sessions as they are now are backed up first, so this can be reversed.</source>
        <translation>要用 %1 的备份替换所有研讨会吗？系统会先备份当前的所有研讨会，因此之后仍可恢复。</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/bulk_edit.py" line="33"/>
        <source>Edit %n action(s)</source>
        <translation>
            <numerusform>编辑 %n 个行动项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="43"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="56"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="57"/>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="58"/>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="59"/>
        <source>D&amp;ue date</source>
        <translation>完成日期(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="60"/>
        <source>&amp;Priority</source>
        <translation>优先级(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="67"/>
        <source>Tick what to change; everything else stays as it is.</source>
        <translation>勾选要修改的项目，其余内容保持不变。</translation>
    </message>
</context>
<context>
    <name>CaptureCommands</name>
    <message>
        <location filename="../../ui/capture.py" line="17"/>
        <source>&amp;Capture Note…</source>
        <translation>记录笔记(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/capture.py" line="19"/>
        <source>Capture a note for the stage on screen</source>
        <translation>为当前显示的环节记录一条笔记</translation>
    </message>
    <message>
        <location filename="../../ui/capture.py" line="21"/>
        <source>Stage &amp;Notes</source>
        <translation>环节笔记(&amp;N)</translation>
    </message>
</context>
<context>
    <name>CascadePanel</name>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="60"/>
        <source>Use &amp;typical figures</source>
        <translation>使用典型数值(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="62"/>
        <source>Fill in typical conversion rates and the growth of the shared revenue goal</source>
        <translation>填入典型转化率，以及共同收入目标中的增长率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="65"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="72"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="81"/>
        <source>&amp;Revenue of the period before:</source>
        <translation>上一期收入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="82"/>
        <source>&amp;Growth to win:</source>
        <translation>目标增长(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="83"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="84"/>
        <source>Average &amp;deal size:</source>
        <translation>平均成交额(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="98"/>
        <source>The revenue target</source>
        <translation>收入目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="117"/>
        <source>The stage of %1&apos;s target</source>
        <translation>%1目标所在的阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="120"/>
        <source>%1 plans:</source>
        <translation>%1计划：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="130"/>
        <source>Each department&apos;s own target</source>
        <translation>各部门自己的目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="286"/>
        <source>Correct the figure in red: it is not saved.</source>
        <translation>请更正红色标出的数字：它尚未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="294"/>
        <source>Still to give: %1.</source>
        <translation>还需填写：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="295"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="302"/>
        <source>New revenue to win: %1 in %2</source>
        <translation>需新增收入：%1（期间：%2）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="313"/>
        <source>Give each department&apos;s own target to see whether it is consistent.</source>
        <translation>填入各部门自己的目标，看看是否一致。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="319"/>
        <source>Not consistent: %1 must plan for more to reach the revenue target.</source>
        <translation>不一致：%1必须提高计划，才能达到收入目标。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="320"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="326"/>
        <source>Consistent: both departments&apos; targets cover what the revenue target needs.</source>
        <translation>一致：两个部门的目标都能满足收入目标的需要。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_cascade.py" line="343"/>
        <source>The shared revenue goal aims for %1 % growth; the cascade works with %2 %.</source>
        <translation>共同收入目标的增长率为%1%，倒推使用的却是%2%。</translation>
    </message>
</context>
<context>
    <name>CascadeWords</name>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="25"/>
        <source>The revenue of the period before</source>
        <translation>上一期收入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="26"/>
        <source>The growth</source>
        <translation>增长率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="27"/>
        <source>The average deal size</source>
        <translation>平均成交额</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="33"/>
        <source>%1 is not a figure.</source>
        <translation>%1不是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="35"/>
        <source>The growth must be above 0 % and at most 1,000 %.</source>
        <translation>增长率必须大于0%，且不超过1,000%。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="38"/>
        <source>%1 must be above 0 and at most 10,000 billion.</source>
        <translation>%1必须大于0，且不超过10万亿。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="46"/>
        <source>The rate of %1 is not a figure.</source>
        <translation>%1的转化率不是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="50"/>
        <source>The rate of %1 must be above 0 % and below 100 %: no stage turns none or all of its leads into the next.</source>
        <translation>%1的转化率必须大于0%且小于100%：没有哪个阶段会一条线索都不转化，或把所有线索都转入下一阶段。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="62"/>
        <source>%1&apos;s target must be a whole number of leads.</source>
        <translation>%1的目标必须是整数条线索。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="68"/>
        <source>The currency is a three-letter code such as EUR.</source>
        <translation>货币须为三个字母的代码，例如CNY。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="77"/>
        <source>✓ covers the %1 needed (%2 to spare)</source>
        <translation>✓ 满足所需的%1（富余%2）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="81"/>
        <source>✗ %1 short of the %2 needed</source>
        <translation>✗ 距所需的%2还差%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="86"/>
        <source>the rate of %1</source>
        <translation>%1的转化率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="88"/>
        <source>the revenue of the period before</source>
        <translation>上一期收入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="89"/>
        <source>the growth</source>
        <translation>增长率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="90"/>
        <source>the average deal size</source>
        <translation>平均成交额</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="91"/>
        <source>the currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_words.py" line="92"/>
        <source>the conversion rates</source>
        <translation>各阶段转化率</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/models/contacts.py" line="39"/>
        <source>Topic</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts.py" line="40"/>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts.py" line="41"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts.py" line="42"/>
        <source>Contact details</source>
        <translation>联系方式</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="12"/>
        <source>{problem} (see `{prog} --help`).</source>
        <translation>{problem}（参见 `{prog} --help`）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="13"/>
        <source>{path} is a folder or a device, not a Truce database; give the path of a database file (a new one is created if none is there).</source>
        <translation>{path} 是文件夹或设备，不是 Truce 数据库；请给出数据库文件的路径（如果不存在，会新建一个）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="17"/>
        <source>The session name given is {length} characters long; no session&apos;s id or title is longer than {most}. `truce list` shows the sessions.</source>
        <translation>给出的研讨会名称长 {length} 个字符；任何研讨会的 ID 或标题都不超过 {most} 个字符。`truce list` 可以列出所有研讨会。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="21"/>
        <source>session name</source>
        <translation>研讨会名称</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="22"/>
        <source>search text</source>
        <translation>搜索文字</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="23"/>
        <source>database path</source>
        <translation>数据库路径</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="24"/>
        <source>The {label} given is not valid UTF-8 text or holds a control character, so Truce cannot use it.</source>
        <translation>给出的{label}不是有效的 UTF-8 文本，或含有控制字符，因此 Truce 无法使用。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="28"/>
        <source>There are no backups to restore.</source>
        <translation>没有可还原的备份。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="29"/>
        <source>A Truce window has this database open. Close the window and run the restore again, or use File ▸ Restore from Backup… in the window.</source>
        <translation>有一个 Truce 窗口打开了这个数据库。请关闭窗口后重新还原，或在窗口中使用“文件 ▸ 从备份还原…”。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="33"/>
        <source>Give either a session or --all, not both.</source>
        <translation>请给出一个研讨会或 --all，不能同时给出。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="37"/>
        <source>Name the session to export (see `truce list`), or use --all.</source>
        <translation>请指定要导出的研讨会（参见 `truce list`），或使用 --all。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="41"/>
        <source>The disk is full; nothing was written. Free some space and try again.</source>
        <translation>磁盘已满；没有写入任何内容。请腾出一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="45"/>
        <source>The disk is full: {name}; nothing was written. Free some space and try again.</source>
        <translation>磁盘已满：{name}；没有写入任何内容。请腾出一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="49"/>
        <source>The disk is read-only; nothing was written.</source>
        <translation>磁盘为只读；没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="53"/>
        <source>The disk is read-only: {name}; nothing was written.</source>
        <translation>磁盘为只读：{name}；没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="57"/>
        <source>Permission denied.</source>
        <translation>权限不足。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="58"/>
        <source>Permission denied: {name}.</source>
        <translation>权限不足：{name}。</translation>
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
        <translation>Truce 内存不足，已停止；没有再更改任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="65"/>
        <source>A name or text given is not valid UTF-8 (or cannot be written as such), so Truce cannot use it.</source>
        <translation>给出的名称或文字不是有效的 UTF-8（或无法按 UTF-8 写出），因此 Truce 无法使用。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="69"/>
        <source>Something went wrong that Truce did not expect ({kind}).</source>
        <translation>发生了 Truce 未预料到的错误（{kind}）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="73"/>
        <source>Something went wrong that Truce did not expect ({kind}); the details are in {log}.</source>
        <translation>发生了 Truce 未预料到的错误（{kind}）；详细信息在 {log} 中。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="77"/>
        <source>“{address}” is not a team library; name one by a postgresql:// URI or as service=NAME (a service in ~/.pg_service.conf).</source>
        <translation>“{address}”不是团队资料库；请用 postgresql:// URI 或 service=名称（~/.pg_service.conf 中的服务）指定。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="81"/>
        <source>--db names this computer&apos;s library here (a file); the team library is given with --to or --from.</source>
        <translation>此处 --db 指本机资料库（一个文件）；团队资料库请用 --to 或 --from 指定。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_command_line.py" line="85"/>
        <source>`truce {command}` copies a library file; a team library is backed up on its server (ask its administrator), and `truce take-out` keeps a session here.</source>
        <translation>`truce {command}` 复制的是资料库文件；团队资料库在其服务器上备份（请询问管理员），`truce take-out` 可把研讨会记录保存在本机。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="12"/>
        <source>a whole number of {digits} digits</source>
        <translation>一个 {digits} 位的整数</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="13"/>
        <source>a list of {count} items</source>
        <translation>一个含 {count} 项的列表</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="14"/>
        <source>an empty list</source>
        <translation>一个空列表</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="15"/>
        <location filename="../../ui/messages/table_documents.py" line="51"/>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="16"/>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="17"/>
        <source>“{text}…” ({length} characters)</source>
        <translation>“{text}…”（{length} 个字符）</translation>
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
        <translation>{allowed}，或为空</translation>
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
        <translation>以下之一：{values}，或为空</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="24"/>
        <source>a whole number from {low} to {high}</source>
        <translation>{low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="28"/>
        <source>a whole number of at least {low}</source>
        <translation>不小于 {low} 的整数</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="32"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="33"/>
        <source>a number from {low} to {high}</source>
        <translation>{low} 到 {high} 之间的数字</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="34"/>
        <source>a number of at least {low}</source>
        <translation>不小于 {low} 的数字</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="35"/>
        <source>a number above {low} and below {high}</source>
        <translation>大于 {low} 且小于 {high} 的数字</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="39"/>
        <source>a number above {low} and at most {high}</source>
        <translation>大于 {low} 且不大于 {high} 的数字</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="43"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="44"/>
        <source>a text of at most {most} characters</source>
        <translation>最多 {most} 个字符的文字</translation>
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
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="52"/>
        <source>something else</source>
        <translation>其他内容</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="53"/>
        <source>an id of 1 to 64 letters, digits and _ . : -</source>
        <translation>由 1 到 64 个字母、数字和 _ . : - 组成的 ID</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="57"/>
        <source>a time of day written HH:MM on a 24-hour clock, or empty</source>
        <translation>以 24 小时制 HH:MM 写的时间，或为空</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="61"/>
        <source>a date written YYYY-MM-DD, from 1900 to 2200</source>
        <translation>写作 YYYY-MM-DD 的日期，年份在 1900 到 2200 之间</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="65"/>
        <source>a date and time written YYYY-MM-DDTHH:MM:SS with an optional offset (RFC 3339), from 1900 to 2200</source>
        <translation>写作 YYYY-MM-DDTHH:MM:SS 的日期和时间，可带时区偏移（RFC 3339），年份在 1900 到 2200 之间</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="69"/>
        <source>The document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="70"/>
        <source>The document {reason}.</source>
        <translation>文档{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="71"/>
        <source>{where}: {reason}.</source>
        <translation>{where}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="72"/>
        <source>{where}: the field name {field} {reason}.</source>
        <translation>{where}：字段名 {field} {reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="76"/>
        <source>This file holds {name}, which is not a number; a session document holds only finite numbers.</source>
        <translation>此文件含有 {name}，它不是数字；研讨会数据文件只能包含有限的数字。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="80"/>
        <source>This file holds the number {number}, which is too large or too long for a session document.</source>
        <translation>此文件含有数字 {number}，对研讨会数据文件来说太大或太长。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="84"/>
        <source>This file holds a whole number of {digits} digits; no number in a session document has more than {most}.</source>
        <translation>此文件含有一个 {digits} 位的整数；研讨会数据文件中的数字都不超过 {most} 位。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="88"/>
        <source>This file gives the field {field} twice in one object, so which one counts is unclear.</source>
        <translation>此文件在同一个对象中两次给出字段 {field}，无法确定以哪一个为准。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="92"/>
        <source>This file is not UTF-8 text (byte {byte} is not), so it cannot be a session document.</source>
        <translation>此文件不是 UTF-8 文本（第 {byte} 个字节不是），因此不可能是研讨会数据文件。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="96"/>
        <source>This file is not valid JSON (line {line}, column {column}: {problem}).</source>
        <translation>此文件不是有效的 JSON（第 {line} 行，第 {column} 列：{problem}）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="100"/>
        <source>This file is nested too deeply to be a session document.</source>
        <translation>此文件嵌套太深，不可能是研讨会数据文件。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="104"/>
        <source>{where}: is nested deeper than a session document ever is ({most} levels).</source>
        <translation>{where}：嵌套层级超过了研讨会数据文件的上限（{most} 层）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="108"/>
        <source>{where}: has {count} fields; no object in a session document has more than {most}.</source>
        <translation>{where}：有 {count} 个字段；研讨会数据文件中的对象最多只有 {most} 个。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="112"/>
        <source>{where}: holds {count} items; no list in a session document holds more than {most}.</source>
        <translation>{where}：有 {count} 项；研讨会数据文件中的列表最多只有 {most} 项。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="116"/>
        <source>This document holds more than {most} values; a session document never does.</source>
        <translation>此文档包含超过 {most} 个值；研讨会数据文件从不会这样。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="120"/>
        <source>This session holds a number that is not finite (a goal&apos;s baseline or target), which a session document cannot hold; correct it on the Shared goals page.</source>
        <translation>此研讨会含有一个非有限的数字（某个目标的基线或目标值），研讨会数据文件无法保存它；请在“共同目标”页面更正。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="124"/>
        <source>This is not a Truce session document: it should be a JSON object.</source>
        <translation>这不是 Truce 研讨会数据文件：它应当是一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="128"/>
        <source>This is not a Truce session document (its “format” is not truce-session).</source>
        <translation>这不是 Truce 研讨会数据文件（它的“format”不是 truce-session）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="132"/>
        <source>This session document has version {version}, from a newer Truce; this Truce reads version {readable}. Update Truce to import it.</source>
        <translation>此研讨会数据文件的版本为 {version}，来自更新的 Truce；本 Truce 读取版本 {readable}。请更新 Truce 后再导入。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="136"/>
        <source>This session document does not say which version it is; this Truce reads version {readable}.</source>
        <translation>此研讨会数据文件没有说明自己的版本；本 Truce 读取版本 {readable}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="140"/>
        <source>This session document gives its version as {version}; this Truce reads version {readable}.</source>
        <translation>此研讨会数据文件给出的版本是 {version}；本 Truce 读取版本 {readable}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="144"/>
        <source>This file is larger than {megabytes} MB; a session document never is.</source>
        <translation>此文件大于 {megabytes} MB；研讨会数据文件从不会这么大。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="148"/>
        <source>{name} is larger than {megabytes} MB; a session document never is.</source>
        <translation>{name} 大于 {megabytes} MB；研讨会数据文件从不会这么大。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="152"/>
        <source>{path} is a folder, not a session document.</source>
        <translation>{path} 是文件夹，不是研讨会数据文件。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="153"/>
        <source>{path} is not a file but a device, pipe or socket, so it cannot be a session document.</source>
        <translation>{path} 不是文件，而是设备、管道或套接字，因此不可能是研讨会数据文件。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="157"/>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="158"/>
        <source>{path} cannot be read: permission denied.</source>
        <translation>无法读取 {path}：权限不足。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="162"/>
        <source>{path} cannot be read: {detail}.</source>
        <translation>无法读取 {path}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="163"/>
        <source>contains a control character ({code}), which a text cannot hold</source>
        <translation>含有控制字符（{code}），文本中不能有它</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="167"/>
        <source>contains half of a character pair (a lone surrogate, {code}), which a text cannot hold</source>
        <translation>含有半个字符对（孤立的代理项，{code}），文本中不能有它</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="171"/>
        <source>has a field name {field} that is not an id (1 to 64 letters, digits and _ . : -)</source>
        <translation>有一个字段名 {field} 不是 ID（1 到 64 个字母、数字和 _ . : -）</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="175"/>
        <source>lacks the field “{field}”, which it must have</source>
        <translation>缺少必需的字段“{field}”</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="179"/>
        <source>has a field {field} that a session document does not have</source>
        <translation>有一个研讨会数据文件没有的字段 {field}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="183"/>
        <source>holds {count} items; the most it can hold is {most}</source>
        <translation>有 {count} 项；最多只能有 {most} 项</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="187"/>
        <source>has {count} entries; the most it can hold is {most}</source>
        <translation>有 {count} 个条目；最多只能有 {most} 个</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="191"/>
        <source>is {length} characters long; the most it can hold is {most}</source>
        <translation>长 {length} 个字符；最多只能有 {most} 个</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="195"/>
        <source>must have a character that shows, not only spaces</source>
        <translation>必须有可见的字符，不能只有空格</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="199"/>
        <source>must have a character that shows, not only spaces or invisible characters (it is {value})</source>
        <translation>必须有可见的字符，不能只有空格或不可见字符（现在是 {value}）</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="203"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="204"/>
        <source>must be {allowed} (it is {value})</source>
        <translation>必须是：{allowed}（现在是 {value}）</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="205"/>
        <source>{value} is used twice in one list</source>
        <translation>{value} 在同一个列表中出现了两次</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="209"/>
        <source>{value} is not an action of this session</source>
        <translation>{value} 不是本研讨会的行动项</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="213"/>
        <source>a value belongs here</source>
        <translation>此处应为一个值</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="214"/>
        <source>a comma belongs here</source>
        <translation>此处应为逗号</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="215"/>
        <source>a colon belongs here</source>
        <translation>此处应为冒号</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="216"/>
        <source>a field name in double quotes belongs here</source>
        <translation>此处应为用双引号括起的字段名</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="220"/>
        <source>something follows the end of the document</source>
        <translation>文档结束后还有其他内容</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="224"/>
        <source>a text that starts here is never closed</source>
        <translation>从这里开始的文字没有结束引号</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="228"/>
        <source>a text holds a control character</source>
        <translation>文字中含有控制字符</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="232"/>
        <source>a backslash starts no valid escape</source>
        <translation>反斜杠后不是有效的转义序列</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="236"/>
        <source>Unknown document “{value}”; choose one of {choices}.</source>
        <translation>未知的文档“{value}”；请从以下选择：{choices}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="240"/>
        <source>Unknown format “{value}”; choose one of {choices}.</source>
        <translation>未知的格式“{value}”；请从以下选择：{choices}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="244"/>
        <source>Unknown paper size “{value}”; choose one of {choices}.</source>
        <translation>未知的纸张尺寸“{value}”；请从以下选择：{choices}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="248"/>
        <source>Unknown grouping “{value}”; choose one of {choices}.</source>
        <translation>未知的分组方式“{value}”；请从以下选择：{choices}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="252"/>
        <source>Worksheets are printed sheets; export them as PDF.</source>
        <translation>工作表是打印用的；请导出为 PDF。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="256"/>
        <source>The series comparison is a printed document; export it as PDF.</source>
        <translation>系列对比是打印文档；请导出为 PDF。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="260"/>
        <source>A comparison needs at least two workshops of one series that have taken place. Duplicate a session for a follow-up, or add it to a series, first.</source>
        <translation>对比至少需要同一系列中已举行的两次研讨会。请先为跟进会议复制一个研讨会，或把它加入某个系列。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="264"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="265"/>
        <source>{path} is a folder; choose a file name to export to.</source>
        <translation>{path} 是文件夹；请选择要导出到的文件名。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="269"/>
        <source>The file name {start}… is too long for a disk to hold; choose a shorter one.</source>
        <translation>文件名 {start}… 太长，磁盘无法保存；请选择较短的名称。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="273"/>
        <source>Cannot write to {folder}: {reason}.</source>
        <translation>无法写入 {folder}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="274"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="275"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="276"/>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_documents.py" line="277"/>
        <source>the name is too long for this disk</source>
        <translation>名称对此磁盘来说太长</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="12"/>
        <source>the session database</source>
        <translation>研讨会数据库</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="13"/>
        <source>The session database {path} is damaged ({detail}). Truce can set it aside and restore the newest backup.</source>
        <translation>研讨会数据库 {path} 已损坏（{detail}）。Truce 可以把它移到一旁，并还原最新的备份。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="17"/>
        <source>The session database is damaged ({detail}). Truce can set it aside and restore the newest backup.</source>
        <translation>研讨会数据库已损坏（{detail}）。Truce 可以把它移到一旁，并还原最新的备份。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="21"/>
        <source>The disk that holds {path} is full.</source>
        <translation>存放 {path} 的磁盘已满。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="22"/>
        <source>Truce cannot write to {path}: the file or its folder is read-only.</source>
        <translation>Truce 无法写入 {path}：该文件或其文件夹为只读。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="26"/>
        <source>Another program kept {path} locked for more than {seconds} seconds (another Truce, or a sync or backup tool).</source>
        <translation>另一个程序锁定 {path} 超过 {seconds} 秒（另一个 Truce，或同步、备份工具）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="30"/>
        <source>Truce cannot reach {path}: its disk or network folder may have been disconnected.</source>
        <translation>Truce 无法访问 {path}：它所在的磁盘或网络文件夹可能已断开。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="34"/>
        <source>The disk that holds {path} reported an error.</source>
        <translation>存放 {path} 的磁盘报告了错误。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="38"/>
        <source>Another program replaced or removed {path} (a restore from the command line?) while Truce had it open.</source>
        <translation>Truce 打开 {path} 期间，另一个程序替换或删除了它（是否从命令行执行了还原？）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="42"/>
        <source>{cause} {ending}</source>
        <translation>{cause}{ending}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="43"/>
        <source>The last change was not saved; everything saved before it is safe.</source>
        <translation>最后一次更改未保存；之前保存的内容都安然无恙。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="47"/>
        <source>Truce cannot open the sessions until that is put right; nothing was moved.</source>
        <translation>问题解决之前 Truce 无法打开研讨会；没有移动任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="51"/>
        <source>The check and the day&apos;s backup did not run; nothing was changed or moved.</source>
        <translation>检查和当天的备份没有运行；没有更改或移动任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="55"/>
        <source>The session database {path} could not be used: {detail}.</source>
        <translation>无法使用研讨会数据库 {path}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="59"/>
        <source>The session database could not be used: {detail}.</source>
        <translation>无法使用研讨会数据库：{detail}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="63"/>
        <source>{path} was written by a newer version of Truce (schema {version}); update Truce to open it.</source>
        <translation>{path} 由更新版本的 Truce 写入（架构 {version}）；请更新 Truce 后再打开。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="67"/>
        <source>{path} holds rows that refer to nothing ({count}, the first in {table}); it cannot be updated to this version. Nothing was changed.</source>
        <translation>{path} 中有指向不存在内容的行（{count} 行，第一行在 {table} 中）；无法更新到此版本。没有更改任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="71"/>
        <source>The session database holds values of {what} that Truce does not know ({count}), so it cannot be updated to this version. Nothing was changed.</source>
        <translation>研讨会数据库中有 Truce 不认识的“{what}”值（{count} 个），因此无法更新到此版本。没有更改任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="75"/>
        <source>The session database&apos;s action table is not the one Truce made, so it cannot be updated to this version. Nothing was changed.</source>
        <translation>研讨会数据库的行动项表不是 Truce 创建的那一个，因此无法更新到此版本。没有更改任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="79"/>
        <source>The backup could not be written to {folder}: {detail}.</source>
        <translation>无法把备份写入 {folder}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="83"/>
        <source>{path} is not a backup file.</source>
        <translation>{path} 不是备份文件。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="84"/>
        <source>{name} cannot be read ({detail}).</source>
        <translation>无法读取 {name}（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="85"/>
        <source>{name} is not a Truce database; nothing was restored.</source>
        <translation>{name} 不是 Truce 数据库；没有还原任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="89"/>
        <source>{name} was written by a newer version of Truce (schema {version}); update Truce to restore it. Nothing was restored.</source>
        <translation>{name} 由更新版本的 Truce 写入（架构 {version}）；请更新 Truce 后再还原。没有还原任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="93"/>
        <source>{name} is damaged itself and cannot be restored.</source>
        <translation>{name} 本身已损坏，无法还原。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="97"/>
        <source>The backup could not be copied beside {name}: {detail}. Nothing was changed.</source>
        <translation>无法把备份复制到 {name} 旁边：{detail}。没有更改任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="101"/>
        <source>The backup could not be put in place of {name}: {detail}. Nothing was lost.</source>
        <translation>无法用备份替换 {name}：{detail}。没有丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="105"/>
        <source>{cause} Nothing was restored.</source>
        <translation>{cause}没有还原任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="106"/>
        <source>{name} is in use by another program; close it and restore again. Nothing was restored.</source>
        <translation>{name} 正被另一个程序使用；请关闭该程序后重新还原。没有还原任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_storage.py" line="110"/>
        <source>This database has no file to back up.</source>
        <translation>此数据库没有可备份的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="12"/>
        <source>{label} is {length} characters long; the most it can hold is {most}. Shorten it to save it.</source>
        <translation>{label}长 {length} 个字符；最多只能有 {most} 个。请缩短后再保存。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="16"/>
        <source>{label} contains a control character ({code}), which a text cannot hold. Remove it to save.</source>
        <translation>{label}含有控制字符（{code}），文本中不能有它。请删除后再保存。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="20"/>
        <source>A note</source>
        <translation>便签</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="21"/>
        <source>The reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="22"/>
        <source>A stage&apos;s name</source>
        <translation>阶段名称</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="23"/>
        <source>A party&apos;s name</source>
        <translation>参与方名称</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="24"/>
        <source>The session&apos;s details</source>
        <translation>研讨会信息</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="25"/>
        <source>A participant&apos;s name</source>
        <translation>参与者姓名</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="26"/>
        <source>A participant&apos;s role</source>
        <translation>参与者角色</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="27"/>
        <source>Action “{title}”</source>
        <translation>行动项“{title}”</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="28"/>
        <source>Text in {name}</source>
        <translation>{name} 中的文字</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="29"/>
        <source>A comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="30"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="31"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="32"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="33"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="34"/>
        <source>Facilitator</source>
        <translation>引导师</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="35"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="36"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="37"/>
        <source>Previous workshop</source>
        <translation>上一次研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="38"/>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="39"/>
        <source>A note needs some text.</source>
        <translation>便签需要有文字。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="40"/>
        <source>An empty note cannot become an action.</source>
        <translation>空便签不能变成行动项。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="41"/>
        <source>This note is already an action in the plan.</source>
        <translation>这张便签已经是计划中的行动项。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="45"/>
        <source>A theme needs a name.</source>
        <translation>主题需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="46"/>
        <source>Choose at least two notes to merge into a theme.</source>
        <translation>请至少选择两张便签，才能合并为一个主题。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="50"/>
        <source>“{title}” is no longer open; it needs no decision.</source>
        <translation>“{title}”已不再进行中，无需决定。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="54"/>
        <source>Say why the action is dropped: a dropped action needs a reason.</source>
        <translation>请说明放弃这个行动项的原因：放弃的行动项需要理由。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="58"/>
        <source>A carried-over action needs a new due date.</source>
        <translation>顺延的行动项需要新的截止日期。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="62"/>
        <source>The workshop this session follows up is no longer in the library.</source>
        <translation>本研讨会所跟进的上一次研讨会已不在研讨会列表中。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="66"/>
        <source>This action has already been decided at this follow-up.</source>
        <translation>这个行动项在本次跟进会议中已经作出决定。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="70"/>
        <source>A cell holds R, A, C or I, not “{value}”.</source>
        <translation>单元格只能填 R、A、C 或 I，不能填“{value}”。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="71"/>
        <source>The handoff must be at one of the funnel&apos;s stages.</source>
        <translation>交接必须位于漏斗的某个阶段。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="75"/>
        <source>There is no role split template called “{name}”.</source>
        <translation>没有名为“{name}”的角色分工模板。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="79"/>
        <source>This template hands over at a funnel stage your map no longer has; choose the handoff stage yourself.</source>
        <translation>此模板在你的图中已不存在的漏斗阶段交接；请自己选择交接阶段。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="83"/>
        <source>A stage needs a name.</source>
        <translation>阶段需要名称。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="84"/>
        <source>A party needs a name.</source>
        <translation>参与方需要名称。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="85"/>
        <source>A funnel holds at most {most} stages.</source>
        <translation>漏斗最多只能有 {most} 个阶段。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="86"/>
        <source>A map holds at most {most} parties.</source>
        <translation>一张图最多只能有 {most} 个参与方。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="87"/>
        <source>Sales, Marketing and Shared keep their names.</source>
        <translation>销售、市场营销和共同负责这三方的名称不能更改。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="91"/>
        <source>Sales, Marketing and Shared cannot be removed.</source>
        <translation>销售、市场营销和共同负责这三方不能删除。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="95"/>
        <source>A session needs a title with a character that shows.</source>
        <translation>研讨会标题中需要有可见的字符。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="99"/>
        <source>A session needs a title.</source>
        <translation>研讨会需要标题。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="100"/>
        <source>Unknown language “{language}”; choose one of {choices}.</source>
        <translation>未知的语言“{language}”；请从以下选择：{choices}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="104"/>
        <source>“{title}” is already in the library. Import it as a copy, or replace the one you have.</source>
        <translation>“{title}”已在研讨会列表中。可以作为副本导入，或替换已有的那一个。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="108"/>
        <source>These session details cannot be changed: {names}.</source>
        <translation>以下研讨会信息不能更改：{names}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="112"/>
        <source>{name} is not a section of a session.</source>
        <translation>{name} 不是研讨会的组成部分。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="116"/>
        <source>No session with id {id}.</source>
        <translation>没有 ID 为 {id} 的研讨会。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="117"/>
        <source>An action needs a title.</source>
        <translation>行动项需要标题。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="118"/>
        <source>This action is no longer in its session.</source>
        <translation>这个行动项已不在它的研讨会中。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="119"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="120"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="121"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="122"/>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="123"/>
        <source>Carried over</source>
        <translation>已转入后续</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="124"/>
        <source>Participant id {id} appears twice.</source>
        <translation>参与者 ID {id} 出现了两次。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="125"/>
        <source>Nothing changed: choose a new status or date, or add a comment.</source>
        <translation>没有任何更改：请选择新的状态或日期，或添加备注。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="129"/>
        <source>The library cannot be sorted by {sort}.</source>
        <translation>研讨会列表不能按 {sort} 排序。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="130"/>
        <source>No session matches “{ref}”. `truce list` shows the sessions.</source>
        <translation>没有与“{ref}”匹配的研讨会。`truce list` 可以列出所有研讨会。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="134"/>
        <source>More than one session matches “{ref}”; use its id instead.</source>
        <translation>有多个研讨会与“{ref}”匹配；请改用研讨会 ID。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_workshop.py" line="138"/>
        <source>The {part} of this session changed since this step was recorded.</source>
        <translation>自记录此步骤以来，本研讨会的 {part} 部分已有变化。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="12"/>
        <source>A lead waterfall holds at most {most} stages.</source>
        <translation>线索阶段最多只能有 {most} 个。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="15"/>
        <source>A lead stage needs a name.</source>
        <translation>线索阶段需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="16"/>
        <source>That lead stage is no longer on the map.</source>
        <translation>该线索阶段已不在图上。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="19"/>
        <source>A lead stage&apos;s owner must be one of the map&apos;s parties.</source>
        <translation>线索阶段的负责人必须是图上的一方。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="22"/>
        <source>Keep the rejection reasons to at most {most}.</source>
        <translation>拒绝理由最多 {most} 条。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="25"/>
        <source>Sales&apos; time to accept or reject is between {low} and {high} hours.</source>
        <translation>销售接受或拒绝线索的时限须在 {low} 到 {high} 小时之间。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="28"/>
        <source>An SLA&apos;s period is a week, a month or a quarter.</source>
        <translation>服务水平协议的周期为一周、一个月或一个季度。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="31"/>
        <source>An SLA is reviewed monthly or quarterly.</source>
        <translation>服务水平协议每月或每季度检视一次。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="34"/>
        <source>{commitment} is {low}–{high}.</source>
        <translation>{commitment}须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="35"/>
        <source>The SLA has no commitment called “{commitment}”.</source>
        <translation>服务水平协议中没有名为“{commitment}”的承诺。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="38"/>
        <source>A lead stage&apos;s name</source>
        <translation>线索阶段名称</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="39"/>
        <source>Entry criteria</source>
        <translation>进入标准</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="40"/>
        <source>Exit criteria</source>
        <translation>退出标准</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="41"/>
        <source>A rejection reason</source>
        <translation>拒绝理由</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="42"/>
        <source>The recycling rule</source>
        <translation>线索回收规则</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="43"/>
        <source>Who monitors the SLA</source>
        <translation>服务水平协议的监督人</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="44"/>
        <source>What happens when the SLA is missed</source>
        <translation>未达成服务水平协议时的处理方式</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="45"/>
        <source>The SLA&apos;s leads per salesperson</source>
        <translation>服务水平协议中每名销售人员的线索数</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="46"/>
        <source>The SLA&apos;s share of leads accepted (%)</source>
        <translation>服务水平协议中线索接受率（%）</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="49"/>
        <source>The SLA&apos;s hours to follow up a lead</source>
        <translation>服务水平协议中跟进线索的时限（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="52"/>
        <source>The SLA&apos;s contact attempts per lead</source>
        <translation>服务水平协议中每条线索的联系次数</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="53"/>
        <source>{what} is missing.</source>
        <translation>缺少{what}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="54"/>
        <source>{what} is out of range.</source>
        <translation>{what}超出允许范围。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="55"/>
        <source>The currency must be a three-letter ISO code such as EUR.</source>
        <translation>货币必须是三个字母的 ISO 代码，例如 EUR。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="58"/>
        <source>{what} must be above 0 % and below 100 %: no stage converts none or all of its leads.</source>
        <translation>{what}必须大于 0% 且小于 100%：没有哪个阶段会一条线索都不转化，或全部转化。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="62"/>
        <source>A cascade&apos;s period is one of {periods}.</source>
        <translation>收入倒推的周期必须是以下之一：{periods}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="63"/>
        <source>A cascade has no stage called {stage}.</source>
        <translation>收入倒推中没有名为“{stage}”的阶段。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="66"/>
        <source>A department&apos;s target is set at one of the lead stages.</source>
        <translation>部门的目标值须设定在某个线索阶段上。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="69"/>
        <source>A joint meeting is held {frequencies}.</source>
        <translation>联席会议的频率必须是以下之一：{frequencies}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="72"/>
        <source>A joint meeting lasts from {low} to {high} minutes.</source>
        <translation>联席会议时长须在 {low} 到 {high} 分钟之间。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="75"/>
        <source>The revenue of the period before</source>
        <translation>上一周期的收入</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="76"/>
        <source>The growth</source>
        <translation>增长率</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="77"/>
        <source>The average deal size</source>
        <translation>平均成交额</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="78"/>
        <source>The currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="79"/>
        <source>The target of sales</source>
        <translation>销售的目标值</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="80"/>
        <source>The target of marketing</source>
        <translation>市场营销的目标值</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="81"/>
        <source>The conversion rate of the inquiry stage</source>
        <translation>询盘阶段的转化率</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="84"/>
        <source>The conversion rate of the mql stage</source>
        <translation>MQL 阶段的转化率</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="85"/>
        <source>The conversion rate of the sal stage</source>
        <translation>SAL 阶段的转化率</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="86"/>
        <source>The conversion rate of the sql stage</source>
        <translation>SQL 阶段的转化率</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_funnel.py" line="87"/>
        <source>The conversion rate of the opportunity stage</source>
        <translation>商机阶段的转化率</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="12"/>
        <source>the team library {place}</source>
        <translation>团队资料库{place}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="13"/>
        <source>“{service}”</source>
        <translation>“{service}”</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="14"/>
        <source>“{database}” on {host}</source>
        <translation>{host} 上的“{database}”</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="15"/>
        <source>“{database}” on this computer</source>
        <translation>本机上的“{database}”</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="16"/>
        <source>Truce cannot reach the team library {place} ({detail}).</source>
        <translation>Truce 无法连接团队资料库{place}（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="19"/>
        <source>Truce cannot reach the team library {place} ({detail}). The last change was not saved there; the local library is unaffected.</source>
        <translation>Truce 无法连接团队资料库{place}（{detail}）。最后一次更改未保存到那里；本机资料库不受影响。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="23"/>
        <source>waiting a few seconds before trying again</source>
        <translation>等待几秒后重试</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="26"/>
        <source>The team library {place} was set up by a newer version of Truce (schema {version}); update Truce to use it.</source>
        <translation>团队资料库{place}由更新版本的 Truce 创建（架构 {version}）；请更新 Truce 后再使用。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="30"/>
        <source>The team library {place} needs its tables brought to schema {version}, and this role may not change them: ask the library&apos;s administrator to open it once as its owner.</source>
        <translation>团队资料库{place}的数据表需要升级到架构 {version}，而当前角色无权修改它们：请资料库管理员以所有者身份打开一次。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="34"/>
        <source>Your role in the team library {place} may not do this (the library&apos;s permissions refuse it); nothing was changed.</source>
        <translation>你在团队资料库{place}中的角色无权执行此操作（资料库权限不允许）；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="38"/>
        <source>The team library {place} refused the change ({detail}); nothing was changed.</source>
        <translation>团队资料库{place}拒绝了这项更改（{detail}）；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="42"/>
        <source>The team library {place} already holds a workshop with this one&apos;s id that your role may not see (another facilitator&apos;s, not shared with you); nothing was changed. A new copy, with an id of its own, can be added instead.</source>
        <translation>团队资料库{place}中已有一个与它 ID 相同、而你的角色无权查看的研讨会（属于另一位引导师，未与你共享）；未做任何更改。可以改为添加一份拥有自己 ID 的新副本。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="46"/>
        <source>The team library {place} could not be used: {detail}.</source>
        <translation>无法使用团队资料库{place}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="49"/>
        <source>“{title}” changed in the team library {place} since you last published or took it out (it is at version {theirs}; you last met version {known}): nothing was overwritten. Compare the two and choose --as-copy or --update.</source>
        <translation>自你上次发布或取出以来，“{title}”已在团队资料库{place}中被修改（现为第 {theirs} 版；你上次见到的是第 {known} 版）：未覆盖任何内容。请比较两者，然后选择 --as-copy 或 --update。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="53"/>
        <source>“{title}” changed in the team library {place} since you last published or took it out (it is at version {theirs}; you last met none of its versions): nothing was overwritten. Compare the two and choose --as-copy or --update.</source>
        <translation>自你上次发布或取出以来，“{title}”已在团队资料库{place}中被修改（现为第 {theirs} 版；你之前没有见过它的任何版本）：未覆盖任何内容。请比较两者，然后选择 --as-copy 或 --update。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="57"/>
        <source>“{title}” changed in this computer&apos;s library since it last met the team library&apos;s copy (now at version {theirs}): nothing was overwritten. Compare the two and choose --as-copy or --update.</source>
        <translation>自上次与团队资料库中的副本对照以来，“{title}”已在本机资料库中被修改（现为第 {theirs} 版）：未覆盖任何内容。请比较两者，然后选择 --as-copy 或 --update。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="61"/>
        <source>Publishing and taking out move sessions between this computer&apos;s library and a team library; give a local library with --db, or none for the usual one.</source>
        <translation>发布和取出是在本机资料库与团队资料库之间移动研讨会记录；请用 --db 指定本地资料库，或省略以使用默认资料库。</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="65"/>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="66"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="67"/>
        <source>Action</source>
        <translation>行动项</translation>
    </message>
    <message>
        <location filename="../../ui/messages/table_team.py" line="68"/>
        <source>History entries</source>
        <translation>历史记录条数</translation>
    </message>
</context>
<context>
    <name>CountdownTimer</name>
    <message>
        <location filename="../../ui/widgets/timer.py" line="154"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="156"/>
        <source>Length of a round</source>
        <translation>每轮时长</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="160"/>
        <source>+1 min</source>
        <translation>+1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="162"/>
        <source>+5 min</source>
        <translation>+5 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="164"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="232"/>
        <source>Time&apos;s up</source>
        <translation>时间到</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="236"/>
        <source>Running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="238"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="244"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="244"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="245"/>
        <source>Start or pause the round (Space)</source>
        <translation>开始或暂停本轮（空格键）</translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="55"/>
        <source>One set of answers per &amp;participant</source>
        <translation>每位参与者各答一份(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="58"/>
        <source>One set per &amp;department (quick session)</source>
        <translation>每个部门一份（快速版）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="71"/>
        <source>Answers from Phones…</source>
        <translation>手机作答…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="85"/>
        <source>Type 1–5 to rate (1 strongly disagree, 5 strongly agree), 0 or ? for “don&apos;t know”: the cursor moves on by itself. Tab or Enter skips a statement, Delete clears it.</source>
        <translation>输入 1–5 打分（1 为非常不同意，5 为非常同意），输入 0 或 ? 表示“不知道”，光标会自动跳到下一格。按 Tab 或 Enter 跳过一条陈述，按 Delete 清除。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="93"/>
        <source>Notes on the answers: what people said while rating…</source>
        <translation>答题备注：大家打分时说了什么…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="123"/>
        <source>1 · Answers</source>
        <translation>1 · 答题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="124"/>
        <source>2 · Results</source>
        <translation>2 · 结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="125"/>
        <source>3 · Perception gap</source>
        <translation>3 · 认知差距</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="155"/>
        <source>Former participant (%1)</source>
        <translation>已移除的参与者（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="180"/>
        <source>Nobody to enter answers for yet: add the participants on the Setup page, or switch to one set per department.</source>
        <translation>还没有可以录入答案的人：请在“开场”页面添加参与者，或改为每个部门一份。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="204"/>
        <source>%1 %2 / 100</source>
        <translation>%1 %2 / 100</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="212"/>
        <source>perception gap %1</source>
        <translation>认知差距 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="224"/>
        <source>%1 of %2 complete</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="247"/>
        <source>Select a cell to see its statement here.</source>
        <translation>选中一个单元格，即可在此查看对应的陈述。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="263"/>
        <source>Diagnosis</source>
        <translation>关系诊断</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="282"/>
        <source>Change how answers are entered</source>
        <translation>更改答案录入方式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="284"/>
        <source>The %1 answers entered so far belong to the other way of entering them and will be removed. Switch anyway?</source>
        <translation>目前已录入的 %1 个答案属于另一种录入方式，切换后将被删除。仍要切换吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="287"/>
        <source>Switch and remove answers</source>
        <translation>切换并删除答案</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <location filename="../../ui/exporting.py" line="76"/>
        <source>Preparing document</source>
        <translation>正在准备文档</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="87"/>
        <location filename="../../ui/exporting.py" line="112"/>
        <location filename="../../ui/exporting.py" line="129"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="163"/>
        <source>Action Plan (PDF)…</source>
        <translation>行动计划（PDF）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="169"/>
        <source>Session Report (PDF)…</source>
        <translation>研讨会报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="175"/>
        <source>Blank Worksheets (PDF)…</source>
        <translation>空白工作表（PDF）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="181"/>
        <source>Actions (CSV)…</source>
        <translation>行动项（CSV）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="187"/>
        <source>Actions and History (Excel)…</source>
        <translation>行动项与变更记录（Excel）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="193"/>
        <source>Actions as Calendar (.ics)…</source>
        <translation>行动项日历（.ics）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="199"/>
        <source>Session Summary (Markdown)…</source>
        <translation>研讨会摘要（Markdown）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="205"/>
        <source>Session Document (JSON)…</source>
        <translation>研讨会数据文件（JSON）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="212"/>
        <source>Preview Action Plan…</source>
        <translation>预览行动计划…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="218"/>
        <source>Preview Session Report…</source>
        <translation>预览研讨会报告…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="224"/>
        <source>&amp;Print Action Plan…</source>
        <translation>打印行动计划(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="234"/>
        <source>Paper Size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="236"/>
        <source>US Letter</source>
        <translation>美国信纸（Letter）</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="242"/>
        <source>Group Actions By</source>
        <translation>行动项分组方式</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="245"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="246"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="280"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="284"/>
        <source>Preparing %1…</source>
        <translation>正在准备 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="297"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="298"/>
        <source>Session report</source>
        <translation>研讨会报告</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="299"/>
        <source>Worksheets</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="303"/>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="322"/>
        <source>Preparing the action plan…</source>
        <translation>正在准备行动计划…</translation>
    </message>
</context>
<context>
    <name>FollowUpCommands</name>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="33"/>
        <source>Open for &amp;Review</source>
        <translation>以审阅模式打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="35"/>
        <source>&amp;Review Mode (Read Only)</source>
        <translation>审阅模式（只读）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="41"/>
        <source>Action &amp;Tracker</source>
        <translation>行动项跟踪(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="82"/>
        <source>Review mode: read only.</source>
        <translation>审阅模式：只读。</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="84"/>
        <source>Editing: changes are saved as you go.</source>
        <translation>编辑模式：更改会随时自动保存。</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_commands.py" line="114"/>
        <source>Action tracker — Truce</source>
        <translation>行动项跟踪 — Truce</translation>
    </message>
</context>
<context>
    <name>FollowUpReviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="44"/>
        <source>Actions from the previous workshop</source>
        <translation>上一次研讨会的行动项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="54"/>
        <source>Decide what became of each open action. Actions you have not decided on stay here; reopen this list from the action plan whenever you like.</source>
        <translation>逐一确定每个未完成行动项的去向。尚未决定的行动项会留在这里；你可以随时从行动计划中重新打开此列表。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="63"/>
        <source>Action</source>
        <translation>行动项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="63"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="63"/>
        <source>Due</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="63"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="78"/>
        <source>Required to drop; optional otherwise</source>
        <translation>放弃时必填，其他情况可不填</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="80"/>
        <source>New due &amp;date (carry over):</source>
        <translation>新的完成日期（顺延）(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="81"/>
        <source>&amp;Reason or comment:</source>
        <translation>原因或备注(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="83"/>
        <source>Mark do&amp;ne</source>
        <translation>标记为已完成(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="85"/>
        <source>&amp;Carry over</source>
        <translation>顺延(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="87"/>
        <source>Dro&amp;p</source>
        <translation>放弃(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="125"/>
        <source>The previous workshop is no longer in the library.</source>
        <translation>上一次研讨会已不在研讨会列表中。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="130"/>
        <source>Open actions from “%1”</source>
        <translation>“%1”中未完成的行动项</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/follow_up_review.py" line="143"/>
        <source>%n decided</source>
        <translation>
            <numerusform>已决定 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/follow_up_review.py" line="145"/>
        <source>%n still open</source>
        <translation>
            <numerusform>%n 项尚待决定</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/follow_up_review.py" line="167"/>
        <source>Write down why the action is dropped, then press Drop.</source>
        <translation>请写下放弃此行动项的原因，然后点击“放弃”。</translation>
    </message>
</context>
<context>
    <name>FrictionsModel</name>
    <message>
        <location filename="../../ui/models/frictions.py" line="118"/>
        <source>Friction driver</source>
        <translation>摩擦来源</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="119"/>
        <source>Group</source>
        <translation>类别</translation>
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
        <translation>票数</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="123"/>
        <source>The two views</source>
        <translation>双方看法</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="124"/>
        <source>Carry forward</source>
        <translation>纳入计划</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="129"/>
        <source>0 no pain … 5 hurts a lot: type the digit</source>
        <translation>0 不痛 … 5 非常痛：直接输入数字</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="131"/>
        <source>Dot votes: + and − change them</source>
        <translation>贴点投票：按 + 和 − 增减</translation>
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
        <translation>上次研讨会：%1。请输入本次的评分。</translation>
    </message>
</context>
<context>
    <name>FrictionsPage</name>
    <message>
        <location filename="../../ui/pages/frictions.py" line="92"/>
        <source>In a pain column type 0–5 (0 no pain, 5 hurts a lot): the cursor moves down to the next driver. + and − count dot votes. Space ticks “carry forward”.</source>
        <translation>在痛感列中输入 0–5（0 为不痛，5 为非常痛），光标会自动移到下一个摩擦来源。按 + 和 − 计贴点票数，按空格键勾选“纳入计划”。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="102"/>
        <source>&amp;Add a driver…</source>
        <translation>添加摩擦来源(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="104"/>
        <source>&amp;Remove driver</source>
        <translation>移除摩擦来源(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="107"/>
        <source>Carry the top %1 forward</source>
        <translation>将前 %1 项纳入计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="112"/>
        <source>Marks the most painful drivers (pain of both sides plus votes) as topics for the action plan</source>
        <translation>把最痛的几项摩擦来源（双方痛感加票数）标记为行动计划要处理的议题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="117"/>
        <source>Turn into an &amp;action</source>
        <translation>转为行动项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="123"/>
        <source>Ratings from Phones…</source>
        <translation>用手机评分…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="124"/>
        <source>Dot Votes from Phones…</source>
        <translation>用手机贴点投票…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="131"/>
        <source>What the room said about this driver…</source>
        <translation>现场对这项摩擦来源的看法…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="136"/>
        <source>Selected driver</source>
        <translation>所选摩擦来源</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="145"/>
        <source>What the map says</source>
        <translation>摩擦地图告诉我们</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="180"/>
        <source>%1: its ratings are shown greyed, in brackets, until this workshop&apos;s are typed.</source>
        <translation>%1：在输入本次评分之前，上次的评分以灰色显示在括号中。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="207"/>
        <source>A driver the room added: %1</source>
        <translation>现场补充的摩擦来源：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="212"/>
        <source>Select a driver to see what it means.</source>
        <translation>选中一个摩擦来源，查看它的含义。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="241"/>
        <source>%1: Sales %2, Marketing %3</source>
        <translation>%1：销售 %2，市场营销 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/frictions.py" line="251"/>
        <source>%n driver(s) not yet rated by both sides.</source>
        <translation>
            <numerusform>还有 %n 个摩擦来源未经双方打分。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="269"/>
        <source>Friction map</source>
        <translation>摩擦地图</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="296"/>
        <source>Add a friction driver</source>
        <translation>添加摩擦来源</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="326"/>
        <source>Remove driver</source>
        <translation>移除摩擦来源</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="327"/>
        <source>Remove “%1” and its ratings from the friction map?</source>
        <translation>要从摩擦地图中移除“%1”及其评分吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="328"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="339"/>
        <source>Carry forward</source>
        <translation>纳入计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="340"/>
        <source>Rate some drivers first: nothing hurts yet.</source>
        <translation>请先为一些摩擦来源打分：目前还没有任何一项被评为痛点。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="359"/>
        <source>Tackle: %1</source>
        <translation>解决：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="220"/>
        <source>Most painful</source>
        <translation>最痛的几项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="229"/>
        <source>Rate the drivers to see which ones hurt most.</source>
        <translation>为摩擦来源打分，就能看出哪些最痛。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="232"/>
        <source>Both sides feel it</source>
        <translation>双方都感到痛</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="237"/>
        <source>The two sides see it differently</source>
        <translation>双方看法不同</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="257"/>
        <source>Carried forward to the action plan</source>
        <translation>已纳入行动计划</translation>
    </message>
</context>
<context>
    <name>FunnelBox</name>
    <message>
        <location filename="../../ui/pages/cascade_funnel.py" line="38"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_funnel.py" line="38"/>
        <source>Reach the next stage</source>
        <translation>进入下一阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_funnel.py" line="38"/>
        <source>Needed</source>
        <translation>所需数量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_funnel.py" line="75"/>
        <source>The funnel, worked back</source>
        <translation>倒推的漏斗</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cascade_funnel.py" line="85"/>
        <source>Share of %1 reaching the next stage, in per cent</source>
        <translation>%1进入下一阶段的比例（百分比）</translation>
    </message>
</context>
<context>
    <name>GapView</name>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="43"/>
        <source>Per &amp;statement</source>
        <translation>按陈述(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="44"/>
        <source>Per t&amp;heme</source>
        <translation>按主题(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="70"/>
        <source>Gaps compare the average rating of each side (1–5). Leadership and other answers are not part of the gap. The widest gaps come first: start the conversation there.</source>
        <translation>差距比较的是双方各自的平均评分（1–5），管理层和其他人员的回答不计入差距。差距最大的排在最前面：讨论就从那里开始。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="131"/>
        <source>The gap is hidden until the results are revealed.</source>
        <translation>揭晓结果之前，差距不会显示。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="134"/>
        <source>No gap is shown for %1 (%2).</source>
        <translation>不显示%1的差距（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="140"/>
        <source>The gap appears once both Sales and Marketing have rated some statements.</source>
        <translation>销售和市场营销都为部分陈述打分后，这里就会显示差距。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="146"/>
        <source>Widest gap: %1, where %2 is the more positive side by %3 points.</source>
        <translation>差距最大的是：%1，%2的评价高出 %3 分。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="165"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="165"/>
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="168"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="169"/>
        <source>What it says</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="54"/>
        <source>What will both departments achieve together?</source>
        <translation>两个部门要共同达成什么？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="58"/>
        <source>This is the shared revenue target</source>
        <translation>这是共同的收入目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="62"/>
        <source>Name the metric</source>
        <translation>填写衡量指标名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="64"/>
        <source>%, €, count…</source>
        <translation>%、元、个数…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="70"/>
        <source>today</source>
        <translation>目前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="70"/>
        <source>aim</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="74"/>
        <source>By</source>
        <translation>截止于</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="79"/>
        <source>Who answers for it, e.g. Tom Becker and Elena Rossi</source>
        <translation>由谁负责，例如：张伟和李娜</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="85"/>
        <source>What %1 contributes</source>
        <translation>%1负责的部分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="94"/>
        <source>Baseline:</source>
        <translation>基准值：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="96"/>
        <source>Target:</source>
        <translation>目标值：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="98"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="110"/>
        <source>&amp;Goal:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="114"/>
        <source>&amp;Metric:</source>
        <translation>衡量指标(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="115"/>
        <source>&amp;Numbers:</source>
        <translation>数值(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="116"/>
        <source>&amp;Deadline:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="121"/>
        <source>&amp;Owners:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="146"/>
        <source>Choose a metric…</source>
        <translation>选择衡量指标…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="149"/>
        <source>Our own metric</source>
        <translation>自定义指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="221"/>
        <source>a metric</source>
        <translation>衡量指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="222"/>
        <source>an owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="223"/>
        <source>a deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="229"/>
        <source>⚠ This goal has no %1 yet. It is saved, but it will be hard to follow up.</source>
        <translation>⚠ 这个目标还没有%1。内容已保存，但之后将很难跟进。</translation>
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
        <translation>%1：自身目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="63"/>
        <source>Add</source>
        <translation>添加</translation>
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
        <translation>添加共同目标(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="90"/>
        <source>Turn into an &amp;action</source>
        <translation>转为行动项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="102"/>
        <location filename="../../ui/pages/goals.py" line="214"/>
        <source>Shared goals</source>
        <translation>共同目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="129"/>
        <source>&amp;Goals</source>
        <translation>目标(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="130"/>
        <source>Revenue &amp;cascade</source>
        <translation>收入倒推(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="131"/>
        <source>&amp;Joint meeting</source>
        <translation>联席会议(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="175"/>
        <location filename="../../ui/pages/goals.py" line="345"/>
        <source>(no statement yet)</source>
        <translation>（尚未填写目标）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="183"/>
        <source>The shared revenue target</source>
        <translation>共同收入目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="283"/>
        <source>Clear the revenue cascade</source>
        <translation>清除收入倒推</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="284"/>
        <source>Clear the joint-meeting agreement</source>
        <translation>清除联席会议约定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="289"/>
        <source>Clear every figure and word of it? Undo brings them back.</source>
        <translation>清除其中所有数字和文字吗？撤销可以恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="290"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="302"/>
        <source>A goal %1 has for itself:</source>
        <translation>%1为自己设定的目标：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="315"/>
        <source>Remove goal</source>
        <translation>移除目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="316"/>
        <source>Remove “%1”?</source>
        <translation>要移除“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="343"/>
        <source>Remove shared goal</source>
        <translation>移除共同目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="344"/>
        <source>Remove this shared goal and everything written for it?

%1</source>
        <translation>要移除这个共同目标及其所有内容吗？

%1</translation>
    </message>
</context>
<context>
    <name>HandoffPanel</name>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="72"/>
        <source>Hando&amp;ff at:</source>
        <translation>交接阶段(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="73"/>
        <source>&amp;Qualified lead:</source>
        <translation>合格线索(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="74"/>
        <source>Feed&amp;back to Marketing:</source>
        <translation>向市场营销反馈(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="77"/>
        <source>How fast Sales responds is part of the SLA; the lead stages say who owns a lead before and after the handoff.</source>
        <translation>销售的响应速度属于服务水平协议；线索阶段说明交接前后由谁负责线索。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="84"/>
        <source>The handoff from Marketing to Sales</source>
        <translation>从市场营销到销售的交接</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="89"/>
        <source>Fill in the usual contributions</source>
        <translation>填入常见的支持内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="91"/>
        <source>What Marketing contributes after the handoff</source>
        <translation>交接后市场营销提供的支持</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="107"/>
        <source>Not decided yet</source>
        <translation>尚未决定</translation>
    </message>
</context>
<context>
    <name>Invitation</name>
    <message>
        <location filename="../../ui/projector.py" line="312"/>
        <source>Answer on your phone</source>
        <translation>用手机作答</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="320"/>
        <source>Join the room&apos;s network, then scan the code or type the address.</source>
        <translation>先连接会议室的网络，再扫描二维码或输入网址。</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="334"/>
        <source>Room code: %1</source>
        <translation>房间代码：%1</translation>
    </message>
</context>
<context>
    <name>LeadStagesPanel</name>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="43"/>
        <location filename="../../ui/pages/role_split_leads.py" line="213"/>
        <source>Use the usual stages</source>
        <translation>使用常用阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="46"/>
        <source>Inquiry, marketing-qualified, sales-accepted, sales-qualified, opportunity, customer</source>
        <translation>询盘、市场认可、销售接受、销售认可、商机、客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="55"/>
        <source>Lead stages</source>
        <translation>线索阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="61"/>
        <source>Add…</source>
        <translation>添加…</translation>
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
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="80"/>
        <source>What must be true for a lead to enter this stage?</source>
        <translation>线索满足什么条件才进入这个阶段？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="84"/>
        <source>What moves it on, or back?</source>
        <translation>什么让它前进，或退回？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="88"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="89"/>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="90"/>
        <source>&amp;Enters when:</source>
        <translation>进入条件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="91"/>
        <source>Lea&amp;ves when:</source>
        <translation>离开条件(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="92"/>
        <source>The selected stage</source>
        <translation>所选阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="103"/>
        <source>Not agreed yet</source>
        <translation>尚未商定</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/role_split_leads.py" line="106"/>
        <location filename="../../ui/pages/role_split_leads.py" line="147"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> 小时</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="111"/>
        <source>One reason per line</source>
        <translation>每行一个理由</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="116"/>
        <source>Where does a lead Sales gives back go, and when may it be handed over again?</source>
        <translation>销售退回的线索去哪里？何时可以再次移交？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="120"/>
        <source>Sales &amp;accepts or rejects within:</source>
        <translation>销售在此时限内接受或拒绝(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="121"/>
        <source>Reasons to re&amp;ject:</source>
        <translation>拒绝理由(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="122"/>
        <source>Re&amp;cycling rule:</source>
        <translation>回收规则(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="123"/>
        <source>Accepting a handed-over lead</source>
        <translation>接受移交的线索</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="141"/>
        <source>No owner yet</source>
        <translation>尚无负责方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="197"/>
        <source>Each stage needs one owner: %1.</source>
        <translation>每个阶段需要一个负责方：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="201"/>
        <source>No entry or exit criteria yet: %1.</source>
        <translation>尚无进入或离开条件：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="214"/>
        <source>The usual stages replace the lead stages you have.</source>
        <translation>常用阶段将替换现有的线索阶段。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="215"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="224"/>
        <source>Add lead stage</source>
        <translation>添加线索阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="224"/>
        <source>Name of the new lead stage:</source>
        <translation>新线索阶段的名称：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="245"/>
        <source>Remove lead stage</source>
        <translation>删除线索阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_leads.py" line="246"/>
        <source>Remove the lead stage “%1” and its criteria?</source>
        <translation>删除线索阶段“%1”及其条件？</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../ui/library.py" line="39"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="70"/>
        <location filename="../../ui/library.py" line="233"/>
        <source>Workshop sessions</source>
        <translation>研讨会记录</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="74"/>
        <source>Search title, organisation or facilitator  (Ctrl+F)</source>
        <translation>搜索标题、组织或引导师（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="77"/>
        <location filename="../../ui/library.py" line="233"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="112"/>
        <location filename="../../ui/widgets/empty_library.py" line="32"/>
        <source>New session…</source>
        <translation>新建研讨会…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="114"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="116"/>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="117"/>
        <source>Open read-only, at the wrap-up (Ctrl+R)</source>
        <translation>以只读方式打开，并直接进入“总结”环节（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="119"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="122"/>
        <source>Duplicate for follow-up…</source>
        <translation>复制为跟进会议…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="125"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="127"/>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="129"/>
        <source>Delete permanently…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="131"/>
        <source>Empty trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_library.py" line="20"/>
        <source>No workshop sessions yet</source>
        <translation>还没有研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_library.py" line="23"/>
        <source>Create a session for your next Sales &amp; Marketing workshop, or explore Truce with a demo session of a fictional company.</source>
        <translation>为下一场销售与市场营销研讨会新建记录，或者通过一家虚构公司的示例研讨会来熟悉 Truce。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_library.py" line="36"/>
        <source>Create the demo session</source>
        <translation>创建示例研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="292"/>
        <source>New session</source>
        <translation>新建研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="302"/>
        <source>Demo session</source>
        <translation>示例研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="321"/>
        <location filename="../../ui/library.py" line="325"/>
        <source>Rename session</source>
        <translation>重命名研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="321"/>
        <source>New title:</source>
        <translation>新标题：</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="335"/>
        <source>Duplicate for a follow-up workshop</source>
        <translation>复制为跟进会议</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="336"/>
        <source>Title of the follow-up session:</source>
        <translation>跟进会议的标题：</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="337"/>
        <source>%1 – follow-up</source>
        <translation>%1 – 跟进会议</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="342"/>
        <source>Duplicate session</source>
        <translation>复制研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="355"/>
        <location filename="../../ui/library.py" line="362"/>
        <source>Delete session</source>
        <translation>删除研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="357"/>
        <source>Move “%1” to the trash? You can restore it from the trash, or undo with Ctrl+Z.</source>
        <translation>要将“%1”移到回收站吗？之后可以从回收站还原，也可以按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="359"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="369"/>
        <source>Restore session</source>
        <translation>还原研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="375"/>
        <location filename="../../ui/library.py" line="379"/>
        <location filename="../../ui/library.py" line="382"/>
        <source>Delete permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="376"/>
        <source>Delete “%1” for good? This cannot be undone.</source>
        <translation>要永久删除“%1”吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="388"/>
        <location filename="../../ui/library.py" line="392"/>
        <location filename="../../ui/library.py" line="395"/>
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/library.py" line="390"/>
        <source>Delete the %n session(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>要永久删除回收站中的 %n 个研讨会吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveBar</name>
    <message>
        <location filename="../../ui/live/bar.py" line="31"/>
        <source>Live facilitation</source>
        <translation>现场引导</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="49"/>
        <source>Time left on the countdown</source>
        <translation>倒计时剩余时间</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="55"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="56"/>
        <source>Length of the countdown</source>
        <translation>倒计时时长</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="57"/>
        <source>Countdown length in minutes</source>
        <translation>倒计时时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="61"/>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../../ui/live/bar.py" line="62"/>
        <source>Countdown lengths for this stage</source>
        <translation>本环节的预设倒计时时长</translation>
    </message>
</context>
<context>
    <name>LiveCommands</name>
    <message>
        <location filename="../../ui/live/commands.py" line="67"/>
        <source>&amp;Agenda…</source>
        <translation>议程(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="68"/>
        <location filename="../../ui/live/commands.py" line="216"/>
        <source>&amp;Start Workshop</source>
        <translation>开始研讨会(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="69"/>
        <location filename="../../ui/live/commands.py" line="259"/>
        <source>Start &amp;Countdown</source>
        <translation>开始倒计时(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="71"/>
        <source>+1 &amp;Minute</source>
        <translation>+1 分钟(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="73"/>
        <source>&amp;Reset Countdown</source>
        <translation>重置倒计时(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="75"/>
        <source>&amp;Sound When Time Is Up</source>
        <translation>时间到时响铃(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="77"/>
        <source>&amp;Projector</source>
        <translation>投影(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="78"/>
        <source>&amp;Freeze Projector</source>
        <translation>冻结投影画面(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="80"/>
        <source>Projector on &amp;Next Screen</source>
        <translation>投影移到下一块屏幕(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="85"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="86"/>
        <location filename="../../ui/live/commands.py" line="263"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="87"/>
        <source>+1 min</source>
        <translation>+1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="88"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="89"/>
        <source>Projector</source>
        <translation>投影</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="90"/>
        <source>Freeze</source>
        <translation>冻结</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="96"/>
        <source>Keep the projector on this stage while you look ahead (F6)</source>
        <translation>让投影停留在当前环节，你可以先查看后面的内容（F6）</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="196"/>
        <location filename="../../ui/live/commands.py" line="198"/>
        <source>End workshop</source>
        <translation>结束研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="197"/>
        <source>End the workshop now? The clock stops and the day&apos;s times are kept.</source>
        <translation>现在结束研讨会吗？计时将停止，当天记录的时间会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="204"/>
        <source>Start workshop again</source>
        <translation>重新开始研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="205"/>
        <source>Start the clock again? The times recorded for this workshop are cleared.</source>
        <translation>要重新开始计时吗？本次研讨会已记录的时间将被清除。</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="206"/>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="210"/>
        <source>Workshop started.</source>
        <translation>研讨会已开始。</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="217"/>
        <source>&amp;End Workshop</source>
        <translation>结束研讨会(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="218"/>
        <source>&amp;Start Workshop Again…</source>
        <translation>重新开始研讨会(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="240"/>
        <source>Role-swap round: %1 min</source>
        <translation>角色互换每轮：%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="241"/>
        <source>Exercise: %1 min</source>
        <translation>练习：%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="242"/>
        <source>Whole stage on the agenda: %1 min</source>
        <translation>议程中整个环节：%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="248"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="259"/>
        <source>Pause &amp;Countdown</source>
        <translation>暂停倒计时(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="263"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="268"/>
        <source>Time&apos;s up.</source>
        <translation>时间到。</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="317"/>
        <source>The projector stays on this stage until you unfreeze it (F6).</source>
        <translation>投影将停留在当前环节，直到你解除冻结（F6）。</translation>
    </message>
    <message>
        <location filename="../../ui/live/commands.py" line="319"/>
        <source>The projector follows you again.</source>
        <translation>投影已恢复同步显示。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Truce cannot start</source>
        <translation>Truce 无法启动</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="32"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="35"/>
        <source>&amp;New Session…</source>
        <translation>新建研讨会(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="41"/>
        <source>&amp;Library</source>
        <translation>研讨会列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="45"/>
        <source>&amp;Import Session…</source>
        <translation>导入研讨会(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="52"/>
        <source>&amp;Duplicate for Follow-up…</source>
        <translation>复制为跟进会议(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="59"/>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="66"/>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份还原(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="73"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="96"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="100"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="109"/>
        <source>&amp;Find Session</source>
        <translation>查找研讨会(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="118"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="130"/>
        <source>Ser&amp;ies</source>
        <translation>系列(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="132"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="135"/>
        <source>&amp;Previous Stage</source>
        <translation>上一环节(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="142"/>
        <source>&amp;Next Stage</source>
        <translation>下一环节(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="164"/>
        <source>&amp;Session</source>
        <translation>研讨会(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="168"/>
        <source>Answers from P&amp;hones…</source>
        <translation>手机作答(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="178"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="182"/>
        <source>About the &amp;Method</source>
        <translation>关于本方法(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="190"/>
        <source>&amp;About Truce</source>
        <translation>关于 Truce(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Truce did not close normally last time. Everything that was shown as saved has been kept.</source>
        <translation>Truce 上次没有正常关闭。所有显示为已保存的内容都已保留。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>The session is open where you left it.</source>
        <translation>研讨会已在您上次离开的位置打开。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Welcome back</source>
        <translation>欢迎回来</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>(read only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../ui/save_status.py" line="34"/>
        <source>All changes saved · %1</source>
        <translation>所有更改已保存 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/save_status.py" line="40"/>
        <source>⚠ Not saved</source>
        <translation>⚠ 未保存</translation>
    </message>
    <message>
        <location filename="../../ui/save_status.py" line="45"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="31"/>
        <source>Import session</source>
        <translation>导入研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="36"/>
        <source>Truce sessions (*.json);;All files (*)</source>
        <translation>Truce 研讨会文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="48"/>
        <source>This session is already in your library. Import it as a new copy, or replace the one you have with the imported version?</source>
        <translation>这个研讨会已在列表中。要作为新副本导入，还是用导入的版本替换现有的研讨会？</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="54"/>
        <source>Import as copy</source>
        <translation>作为副本导入</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="55"/>
        <source>Replace mine</source>
        <translation>替换现有的</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importing.py" line="66"/>
        <source>Imported “%1”.</source>
        <translation>已导入“%1”。</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="60"/>
        <source>Use the &amp;suggested agreement</source>
        <translation>使用建议的约定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="63"/>
        <source>Fill the empty fields with a monthly meeting and its usual agenda</source>
        <translation>用每月一次的会议及其常规议程填写空白字段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="66"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="69"/>
        <source>What the meeting is for</source>
        <translation>会议的目的</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="75"/>
        <source>length not agreed</source>
        <translation>时长未定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="76"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="77"/>
        <source>Length of the meeting</source>
        <translation>会议时长</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="81"/>
        <source>Others, by role: e.g. the CRM analyst</source>
        <translation>其他人员（按职务）：例如CRM分析师</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="85"/>
        <source>What the meeting decides, and what it does not</source>
        <translation>会议决定哪些事，不决定哪些事</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="88"/>
        <source>How Sales reports what became of each lead Marketing passed on</source>
        <translation>销售如何报告市场营销转交的每条线索的结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="98"/>
        <source>How &amp;often:</source>
        <translation>频率(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="100"/>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="102"/>
        <source>&amp;Decisions it takes:</source>
        <translation>会议决定(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="103"/>
        <source>&amp;Closed-loop reporting:</source>
        <translation>闭环反馈(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="105"/>
        <source>&amp;Who attends:</source>
        <translation>参会人员(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="106"/>
        <source>O&amp;thers:</source>
        <translation>其他人员(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="109"/>
        <source>&amp;Figures reviewed:</source>
        <translation>审视的数字(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="142"/>
        <source>Not agreed yet</source>
        <translation>尚未约定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="220"/>
        <source>a frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="220"/>
        <source>attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_meeting.py" line="225"/>
        <source>⚠ This meeting has no %1 yet. It is saved, but nobody will know when to come.</source>
        <translation>⚠ 这个会议还没有%1。已保存，但没人知道何时参加。</translation>
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
        <translation>什么在阻碍合作？(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_driver.py" line="34"/>
        <source>Is it mostly about money, prices and credit, or about people, habits and language?</source>
        <translation>主要关乎金钱、价格和信用，还是关乎人、习惯和语言？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_driver.py" line="53"/>
        <source>Add driver</source>
        <translation>添加来源</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="34"/>
        <source>New workshop session</source>
        <translation>新建研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="37"/>
        <source>e.g. Spring alignment workshop</source>
        <translation>例如：春季销售与市场协同研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="48"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="49"/>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="50"/>
        <source>&amp;Facilitator:</source>
        <translation>引导师(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="51"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="52"/>
        <source>Workshop &amp;language:</source>
        <translation>研讨会语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="55"/>
        <source>The workshop language is used for the questions, the projector and the printed documents. It cannot be changed later.</source>
        <translation>研讨会语言用于题目、投影画面和打印文档，创建后无法更改。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="64"/>
        <source>Create</source>
        <translation>创建</translation>
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
        <translation>顾虑</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="49"/>
        <source>Insight</source>
        <translation>洞察</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="54"/>
        <source>Both sides</source>
        <translation>双方</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="111"/>
        <source>Captured notes</source>
        <translation>现场笔记</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="121"/>
        <source>Rank by &amp;dots</source>
        <translation>按票数排序(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="124"/>
        <source>No notes yet. Press Ctrl+Shift+N to capture what the room says.</source>
        <translation>还没有笔记。按 Ctrl+Shift+N 即可记下现场的发言。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="146"/>
        <source>The note&apos;s text</source>
        <translation>笔记内容</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="147"/>
        <source>Note text</source>
        <translation>笔记内容</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="151"/>
        <source>Kind of note</source>
        <translation>笔记类型</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="155"/>
        <source>Whose point it is</source>
        <translation>这是哪一方的观点</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="159"/>
        <source>Dots</source>
        <translation>票数</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/note_board.py" line="160"/>
        <location filename="../../ui/widgets/note_board.py" line="161"/>
        <source> dot(s)</source>
        <translation>
            <numerusform> 点</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="165"/>
        <source>Make &amp;Action</source>
        <translation>转为行动项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="166"/>
        <source>Add this note to the action plan</source>
        <translation>将这条笔记加入行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="168"/>
        <source>Merge into &amp;Theme…</source>
        <translation>合并为主题(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="170"/>
        <source>Merge the selected notes into one theme; their dots are added up</source>
        <translation>把选中的笔记合并为一个主题，票数相加</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="173"/>
        <source>&amp;Split Theme</source>
        <translation>拆分主题(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="174"/>
        <source>Put this theme&apos;s notes back on the board on their own</source>
        <translation>把这个主题里的笔记放回看板，各自独立</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="176"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="177"/>
        <source>Remove this note (Ctrl+Z brings it back)</source>
        <translation>移除这条笔记（按 Ctrl+Z 可恢复）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/note_board.py" line="279"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n 票</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_board.py" line="281"/>
        <source>✓ in the action plan</source>
        <translation>✓ 已在行动计划中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/note_board.py" line="289"/>
        <source>Theme of %n note(s)</source>
        <translation>
            <numerusform>主题，含 %n 条笔记</numerusform>
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
        <translation>记录笔记…</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="43"/>
        <source>Capture a note for this stage (Ctrl+Shift+N)</source>
        <translation>为本环节记录一条笔记（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="53"/>
        <source>From Phones…</source>
        <translation>来自手机…</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="54"/>
        <source>Notes and dot votes for this board from participants&apos; phones</source>
        <translation>通过参与者的手机为此白板收集便签和贴点投票</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="94"/>
        <source>Captured in the room (%1)</source>
        <translation>现场笔记（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="96"/>
        <source>Captured in the room</source>
        <translation>现场笔记</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="145"/>
        <source>Captured notes</source>
        <translation>现场笔记</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="164"/>
        <location filename="../../ui/notes_panel.py" line="178"/>
        <source>Capture note</source>
        <translation>记录笔记</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="166"/>
        <source>This session is open for review, so no note can be added to it. Press Edit (Ctrl+Shift+R) first to capture notes.</source>
        <translation>此研讨会正以审阅模式打开，无法添加笔记。请先按“编辑”（Ctrl+Shift+R）再记录笔记。</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="181"/>
        <source>Capture Note</source>
        <translation>记录笔记</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="196"/>
        <source>Remove Note</source>
        <translation>移除笔记</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="208"/>
        <location filename="../../ui/notes_panel.py" line="218"/>
        <location filename="../../ui/notes_panel.py" line="220"/>
        <source>Merge into Theme</source>
        <translation>合并为主题</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="209"/>
        <source>What do these notes have in common? Name the theme:</source>
        <translation>这些笔记有什么共同点？为主题命名：</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="234"/>
        <source>Split Theme</source>
        <translation>拆分主题</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="257"/>
        <source>Turn Note into Action</source>
        <translation>将笔记转为行动项</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.py" line="258"/>
        <source>Make action</source>
        <translation>转为行动项</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/models/participants.py" line="41"/>
        <source>Name or label</source>
        <translation>姓名或代号</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="42"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="43"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="44"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="71"/>
        <source>Anonymous: only this label and the department are recorded.</source>
        <translation>匿名：只记录这个代号和所属部门。</translation>
    </message>
</context>
<context>
    <name>PhoneRoundDialog</name>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="46"/>
        <source>Answers from Phones</source>
        <translation>手机作答</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="64"/>
        <source>Before the round: connect this computer and the phones to one network you control: your phone&apos;s hotspot, or a room access point. Guest Wi-Fi often keeps devices apart, so phones cannot reach this computer. Phones may leave a network without internet and switch to mobile data: ask people to stay connected, or turn mobile data off. If a phone shows a sign-in page for the network, close it and scan the code again.</source>
        <translation>开始前，请把这台电脑和所有手机连到同一个由你控制的网络：你手机的热点，或会议室里的无线接入点。访客 Wi-Fi 往往会隔离各台设备，手机就连不到这台电脑。手机在没有互联网的网络上可能自动断开并改用移动数据：请大家保持连接，或关闭移动数据。如果手机弹出网络登录页面，请关闭它，再扫一次二维码。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="112"/>
        <source>&amp;Reveal Answers</source>
        <translation>公布答案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="114"/>
        <source>Close Roo&amp;m</source>
        <translation>关闭会场(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="129"/>
        <source>Phones follow the rounds by themselves while the room is open. Closing this window closes the room.</source>
        <translation>会场开放期间，手机会自动跟随各轮次。关闭此窗口即关闭会场。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="290"/>
        <source>Anonymity: each phone sends one answer set per round. Only the department is stored with the answers: no name, and nothing that identifies the phone.</source>
        <translation>匿名：每部手机每轮只能提交一份答案。与答案一起保存的只有部门：没有姓名，也没有任何能识别手机的信息。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="110"/>
        <location filename="../../ui/dialogs/phone_round.py" line="294"/>
        <source>&amp;Open Round</source>
        <translation>开始本轮(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="56"/>
        <source>Participants answer on their own phones, over this computer&apos;s network: no internet, no account, no app. Their answers land in the session as they arrive, like typed ones, and Edit ▸ Undo takes them back.</source>
        <translation>参与者通过这台电脑的网络，在自己的手机上作答：无需互联网、账号或应用。答案一到就会写入会话，与手动输入的一样，可用“编辑 ▸ 撤销”撤回。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="81"/>
        <source>Self-assessment</source>
        <translation>合作关系自评</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="82"/>
        <source>Role-swap answers (hidden until revealed)</source>
        <translation>角色互换答案（公布前隐藏）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="83"/>
        <source>Friction ratings</source>
        <translation>摩擦点评分</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="84"/>
        <source>Dot votes</source>
        <translation>贴点投票</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="85"/>
        <source>Notes to the board</source>
        <translation>白板便签</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="91"/>
        <source>&amp;Named round: phones give a name</source>
        <translation>实名轮次：手机需填写姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="93"/>
        <source> dots each</source>
        <translation> 个点／人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="94"/>
        <source>&amp;Board of:</source>
        <translation>白板所属阶段(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="96"/>
        <source>&amp;Dots per person:</source>
        <translation>每人点数(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="104"/>
        <source>&amp;Network:</source>
        <translation>网络(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="105"/>
        <source>&amp;Kind of round:</source>
        <translation>轮次类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="338"/>
        <source>The room was closed with its session.</source>
        <translation>会场已随会话一起关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="343"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="343"/>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="345"/>
        <source>Round %1 · %2 (%3) · joined: %4</source>
        <translation>第 %1 轮 · %2（%3）· 已加入：%4</translation>
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
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="191"/>
        <source>— this computer only</source>
        <translation>——仅限本机</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="211"/>
        <source>Open a session first.</source>
        <translation>请先打开一个会话。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="213"/>
        <source>This session is open for review only. Switch to Edit first.</source>
        <translation>此会话仅供查看。请先切换到“编辑”。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="216"/>
        <source>The Diagnosis page takes one set of answers per department. Phones send one set per participant: switch the Diagnosis page to one set per participant first.</source>
        <translation>“诊断”页面目前按部门各录入一份答案，而手机是每人一份：请先把“诊断”页面切换为每位参与者一份。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="240"/>
        <source>The round could not open on this network (%1). Pick another one.</source>
        <translation>无法在此网络上开始本轮（%1）。请选择其他网络。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="247"/>
        <source>There are no frictions on the friction map to ask about yet.</source>
        <translation>摩擦地图上还没有可以提问的摩擦点。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="249"/>
        <source>There are no notes on this stage&apos;s board to vote on yet.</source>
        <translation>此阶段的白板上还没有可投票的便签。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="285"/>
        <source>Named round: each phone gives a name, which is stored with its answers. Say so to the room before it starts.</source>
        <translation>实名轮次：每部手机都要填写姓名，姓名会与答案一起保存。开始前请告知全场。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="294"/>
        <source>Close &amp;Round</source>
        <translation>结束本轮(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="303"/>
        <source>No round is open. Phones cannot connect.</source>
        <translation>当前没有进行中的一轮，手机无法连接。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/phone_round.py" line="313"/>
        <source>%1
Room code: %2</source>
        <translation>%1
房间代码：%2</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../ui/preferences.py" line="43"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="44"/>
        <source>Restart Truce to use the new language. Everything you have entered is saved.</source>
        <translation>重新启动 Truce 后即可使用新语言。你输入的所有内容都已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="48"/>
        <source>Restart Now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="48"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="31"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="34"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="40"/>
        <source>US Letter</source>
        <translation>美国信纸（Letter）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="42"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="43"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="50"/>
        <source>The interface language applies to this computer. Each workshop keeps the language it was created in, for its questions and printed documents.</source>
        <translation>界面语言只对这台电脑生效。每场研讨会的题目和打印文档始终使用创建时选定的语言。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="56"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="58"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="60"/>
        <source>Printed documents</source>
        <translation>打印文档</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="62"/>
        <source>&amp;Paper size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="63"/>
        <source>&amp;Group actions by:</source>
        <translation>行动项分组方式(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../../ui/team/presence.py" line="100"/>
        <source>Connected to the team library %1. Changes made by others appear here as they are saved.</source>
        <translation>已连接到团队资料库 %1。其他人的改动保存后会立即显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/team/presence.py" line="112"/>
        <source>Connection to the team library %1 lost at %2. Truce keeps trying; this computer&apos;s library works as before.</source>
        <translation>与团队资料库 %1 的连接于 %2 中断。Truce 会继续尝试；本机资料库照常可用。</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="177"/>
        <source>of %1</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="178"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="181"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="184"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="186"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="189"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="193"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="22"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="27"/>
        <source>No printer is set up on this computer. Export the PDF instead and print it elsewhere.</source>
        <translation>这台电脑没有设置打印机。请改为导出 PDF，再到其他地方打印。</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="36"/>
        <source>No printer is set up on this computer. Export the PDF, to print it elsewhere?</source>
        <translation>这台电脑没有设置打印机。要导出 PDF，再到其他地方打印吗？</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="40"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
</context>
<context>
    <name>PreviousActionsBar</name>
    <message>
        <location filename="../../ui/widgets/previous_actions_bar.py" line="25"/>
        <source>Review previous &amp;workshop&apos;s actions…</source>
        <translation>回顾上一次研讨会的行动项(&amp;W)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/previous_actions_bar.py" line="50"/>
        <source>%n open action(s) from the previous workshop still await a decision.</source>
        <translation>
            <numerusform>上一次研讨会还有 %n 个未完成的行动项等待决定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/previous_actions_bar.py" line="55"/>
        <source>All %n open action(s) from the previous workshop have been decided.</source>
        <translation>
            <numerusform>上一次研讨会的 %n 个未完成行动项均已作出决定。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector.py" line="77"/>
        <source>Truce — projector</source>
        <translation>Truce — 投影</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="130"/>
        <source>Esc closes · Ctrl+PgDn / Ctrl+PgUp next / previous stage · Ctrl+1…9 a stage · F7 countdown · F8 one more minute · F6 freeze</source>
        <translation>Esc 关闭 · Ctrl+PgDn / Ctrl+PgUp 下一阶段 / 上一阶段 · Ctrl+1…9 跳到阶段 · F7 倒计时 · F8 加一分钟 · F6 冻结</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="210"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="215"/>
        <source>Time&apos;s up</source>
        <translation>时间到</translation>
    </message>
</context>
<context>
    <name>QuickNoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="44"/>
        <source>Capture Note</source>
        <translation>记录笔记</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="46"/>
        <source>A note for the %1 stage</source>
        <translation>“%1”环节的笔记</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="48"/>
        <source>What did the room just say?</source>
        <translation>现场刚才说了什么？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="49"/>
        <source>Note text</source>
        <translation>笔记内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="54"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="56"/>
        <source>&amp;Idea</source>
        <translation>想法(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="57"/>
        <source>&amp;Concern</source>
        <translation>顾虑(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="58"/>
        <source>I&amp;nsight</source>
        <translation>洞察(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="69"/>
        <source>From:</source>
        <translation>来自：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="71"/>
        <source>&amp;Sales</source>
        <translation>销售(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="72"/>
        <source>&amp;Marketing</source>
        <translation>市场营销(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="73"/>
        <source>&amp;Both sides</source>
        <translation>双方(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="89"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/quick_note.py" line="95"/>
        <source>Enter saves · Esc cancels · Alt + the underlined letter picks</source>
        <translation>Enter 保存 · Esc 取消 · Alt + 带下划线的字母可快速选择</translation>
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
        <translation>交接点：销售线索在这里从市场营销转交给销售</translation>
    </message>
    <message>
        <location filename="../../ui/models/raci.py" line="116"/>
        <source>%1: type R, A, C or I</source>
        <translation>%1：输入 R、A、C 或 I</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="101"/>
        <source>Predict, then reveal: hide the results until each side has guessed the other&apos;s total</source>
        <translation>先预测，再揭晓：在双方都猜出对方的总分之前，先隐藏结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="114"/>
        <source>not yet</source>
        <translation>尚未预测</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="120"/>
        <source>%1 expects %2 to score:</source>
        <translation>%1预计%2的总分：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="125"/>
        <source>&amp;Reveal the results</source>
        <translation>揭晓结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="127"/>
        <source>Hide the results again</source>
        <translation>重新隐藏结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="141"/>
        <source>Predict, then reveal</source>
        <translation>先预测，再揭晓</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="149"/>
        <source>The results are hidden until you reveal them, so nobody&apos;s guess is coloured by them.</source>
        <translation>结果会一直隐藏到你揭晓为止，这样谁的猜测都不会受到影响。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="169"/>
        <source>Show an anonymous department&apos;s score from this many answers:</source>
        <translation>匿名部门的分数至少需要这么多份回答才显示：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="192"/>
        <source>Does the company need to move further?</source>
        <translation>公司还需要再往前走吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="250"/>
        <source>%1 expected %2 to score %3; %2 gave %4 (%5).</source>
        <translation>%1预计%2的总分为 %3；%2实际为 %4（%5）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="264"/>
        <source>Overall</source>
        <translation>整体</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="270"/>
        <source>%1 alone: the other side is withheld</source>
        <translation>仅%1：另一方不予显示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="274"/>
        <source>Both sides are withheld</source>
        <translation>双方均不予显示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="278"/>
        <source>Sales and Marketing weigh the same</source>
        <translation>销售与市场营销权重相同</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/diagnosis_results.py" line="265"/>
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n 位答题人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="288"/>
        <source>No results yet: enter some answers first.</source>
        <translation>还没有结果：请先录入一些答案。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="294"/>
        <source>Where you are: %1</source>
        <translation>你们目前所处的阶段：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="315"/>
        <source>Answer the questions above to see whether %1 is enough for this company.</source>
        <translation>回答上面的问题，看看“%1”阶段对这家公司来说是否已经足够。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="330"/>
        <source>Levers that lead from %1 to %2</source>
        <translation>从“%1”迈向“%2”的提升举措</translation>
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
        <translation>记下一条洞察…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="112"/>
        <source>Mark a misreading…</source>
        <translation>标出一处误解…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="145"/>
        <source>(sealed until the reveal)</source>
        <translation>（公布前隐藏）</translation>
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
        <translation>还没有漏斗</translation>
    </message>
</context>
<context>
    <name>RoleMapTab</name>
    <message>
        <location filename="../../ui/pages/role_split_map.py" line="26"/>
        <source>Show full screen</source>
        <translation>全屏显示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_map.py" line="28"/>
        <source>Show the map full screen for the projector (F11)</source>
        <translation>全屏显示分工图，便于投影（F11）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_map.py" line="58"/>
        <source>┆ the handoff</source>
        <translation>┆ 交接点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_map.py" line="58"/>
        <source>⇄ the handoff stage</source>
        <translation>⇄ 交接阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_map.py" line="66"/>
        <source>Who does what</source>
        <translation>谁负责什么</translation>
    </message>
</context>
<context>
    <name>RoleSplitPage</name>
    <message>
        <location filename="../../ui/pages/role_split.py" line="46"/>
        <location filename="../../ui/pages/role_split.py" line="274"/>
        <source>Apply template</source>
        <translation>套用模板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="51"/>
        <source>Start from:</source>
        <translation>起始模式：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="73"/>
        <source>Add stage…</source>
        <translation>添加阶段…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="74"/>
        <source>Rename stage…</source>
        <translation>重命名阶段…</translation>
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
        <translation>移除阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="78"/>
        <source>Add party…</source>
        <translation>添加参与方…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="79"/>
        <source>Rename party…</source>
        <translation>重命名参与方…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="80"/>
        <location filename="../../ui/pages/role_split.py" line="361"/>
        <source>Remove party</source>
        <translation>移除参与方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="81"/>
        <source>Add action…</source>
        <translation>添加行动项…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="92"/>
        <source>Add an action to the plan for a gap at the selected stage</source>
        <translation>针对所选阶段的缺口，向行动计划添加行动项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="100"/>
        <source>Type R, A, C or I in a cell (Delete clears it), double-click to cycle through the letters, or right-click to choose. Each stage needs exactly one A.</source>
        <translation>在单元格中输入 R、A、C 或 I（按 Delete 清除），双击可依次切换字母，也可右击选择。每个阶段必须有且只有一个 A。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="131"/>
        <source>&amp;Who does what</source>
        <translation>谁负责什么(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="132"/>
        <source>&amp;Handoff</source>
        <translation>交接(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="135"/>
        <source>&amp;Rules and contacts</source>
        <translation>规则与联系人(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="136"/>
        <source>&amp;Map</source>
        <translation>分工图(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="192"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="201"/>
        <source>More than one Accountable: %1.</source>
        <translation>“最终负责”不止一方：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="204"/>
        <source>No Accountable yet: %1.</source>
        <translation>尚无“最终负责”方：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="206"/>
        <source>Each stage needs exactly one A.</source>
        <translation>每个阶段必须有且只有一个 A。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="215"/>
        <source>Nobody is marked R at %1: the Accountable party does the work itself. Mark R where someone else does it.</source>
        <translation>以下阶段没有人标为 R：%1。这表示由“最终负责”方亲自执行；如果实际由别人执行，请标上 R。</translation>
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
        <translation>线索阶段(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="134"/>
        <source>&amp;SLA</source>
        <translation>服务水平协议(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="275"/>
        <source>The template replaces the letters of Sales and Marketing in the grid.</source>
        <translation>套用模板会替换表格中销售和市场营销的字母。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="276"/>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="287"/>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="287"/>
        <source>Name of the new funnel stage:</source>
        <translation>新漏斗阶段的名称：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="303"/>
        <source>Rename stage</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="303"/>
        <location filename="../../ui/pages/role_split.py" line="343"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="321"/>
        <source>Remove the stage “%1” from the funnel?</source>
        <translation>要从漏斗中移除“%1”阶段吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="323"/>
        <source>Its letters and agreements go with it.</source>
        <translation>该阶段的字母和约定也会一并移除。</translation>
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
        <translation>添加参与方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="331"/>
        <source>Name of the team, e.g. Customer Success:</source>
        <translation>团队名称，例如“客户成功”：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="343"/>
        <source>Rename party</source>
        <translation>重命名参与方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="358"/>
        <source>Remove “%1” and its letters from the map?</source>
        <translation>要从分工图中移除“%1”及其字母吗？</translation>
    </message>
</context>
<context>
    <name>RoleSwapPage</name>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="54"/>
        <source>Time&apos;s up for this round.</source>
        <translation>本轮时间到。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="55"/>
        <source>Round timer</source>
        <translation>本轮计时</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="58"/>
        <source>Answers from Phones…</source>
        <translation>手机作答…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="76"/>
        <source>Turn into an &amp;action</source>
        <translation>转为行动项(&amp;A)</translation>
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
        <translation>洞察与误解</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="99"/>
        <source>1 · As the other side</source>
        <translation>1 · 站在对方角度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="100"/>
        <source>2 · As yourselves</source>
        <translation>2 · 以自己的身份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="101"/>
        <source>3 · Side by side</source>
        <translation>3 · 并排对照</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="102"/>
        <source>4 · Follow-up swaps</source>
        <translation>4 · 后续互换活动</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="131"/>
        <source>%1, answering as %2</source>
        <translation>%1，以%2的身份回答</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="135"/>
        <source>%1, answering for itself</source>
        <translation>%1，以自己的身份回答</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="179"/>
        <source>An afternoon of swapping roles is a start; these longer swaps keep the understanding growing. Each one goes on the action plan with one click.</source>
        <translation>花一个下午互换角色只是开始；这些更长期的互换能让理解不断加深。每一项都可以一键加入行动计划。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="257"/>
        <source>In the plan ✓</source>
        <translation>已在计划中 ✓</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="257"/>
        <source>Add to the action plan</source>
        <translation>加入行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="271"/>
        <source>Role swap</source>
        <translation>角色互换</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="308"/>
        <source>Mark a misreading</source>
        <translation>标出误解</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="308"/>
        <source>Note an insight</source>
        <translation>记下洞察</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="309"/>
        <source>What did the room notice?</source>
        <translation>现场注意到了什么？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="330"/>
        <source>Remove this note from the role swap?

%1</source>
        <translation>要从角色互换中移除这条记录吗？

%1</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="188"/>
        <source>Type a rule the room agrees and press Enter</source>
        <translation>输入全场同意的规则，然后按 Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="192"/>
        <location filename="../../ui/pages/role_split_parts.py" line="300"/>
        <source>Remove rule</source>
        <translation>移除规则</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="198"/>
        <source>Rules of engagement</source>
        <translation>协作规则</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="220"/>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="223"/>
        <location filename="../../ui/pages/role_split_parts.py" line="323"/>
        <source>Remove contact</source>
        <translation>移除联系人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="230"/>
        <source>Who to call</source>
        <translation>找谁</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="232"/>
        <source>Whom to contact in the other department, about what.</source>
        <translation>遇到什么事，该找对方部门的谁。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="253"/>
        <source>Add a suggested rule…</source>
        <translation>添加建议规则…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="301"/>
        <source>Remove the rule “%1”?</source>
        <translation>要移除规则“%1”吗？</translation>
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
        <translation>新事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="324"/>
        <source>Remove “%1” from the list?</source>
        <translation>要从列表中移除“%1”吗？</translation>
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
        <translation>来自手机的答案已封存（目前 %1 条）：在你向全场公布之前，这里和投影上都不会显示任何内容。</translation>
    </message>
</context>
<context>
    <name>SeriesCommands</name>
    <message>
        <location filename="../../ui/commands/series.py" line="49"/>
        <source>&amp;Compare Series…</source>
        <translation>比较系列(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="53"/>
        <source>&amp;Add to Series…</source>
        <translation>加入系列(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="56"/>
        <source>&amp;Remove from Series</source>
        <translation>移出系列(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="59"/>
        <source>Create the &amp;Demo Series</source>
        <translation>创建示例系列(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="87"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="121"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="125"/>
        <source>Preparing %1…</source>
        <translation>正在准备 %1…</translation>
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
        <translation>没有其他可以加入的研讨会。一个系列至少需要两场研讨会。</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="163"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="169"/>
        <source>, the latest of %1 workshops</source>
        <translation>，为该系列 %1 场研讨会中最新的一场</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="174"/>
        <source>Compare “%1” over time with the workshops of:</source>
        <translation>将“%1”加入以下研讨会所在的系列，进行前后比较：</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="187"/>
        <source>“%1” joined the series.</source>
        <translation>“%1”已加入系列。</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="204"/>
        <source>“%1” is no longer part of its series.</source>
        <translation>“%1”已移出所在系列。</translation>
    </message>
    <message>
        <location filename="../../ui/commands/series.py" line="213"/>
        <source>Created three demo workshops of one series. Compare them with Ctrl+Shift+C.</source>
        <translation>已创建同一系列的三场示例研讨会。按 Ctrl+Shift+C 即可比较。</translation>
    </message>
</context>
<context>
    <name>SeriesWindow</name>
    <message>
        <location filename="../../ui/series_view.py" line="74"/>
        <source>Compare workshops — %1</source>
        <translation>比较研讨会 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="94"/>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="96"/>
        <source>Save this comparison as a PDF (Ctrl+E)</source>
        <translation>将此比较保存为 PDF（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="114"/>
        <source>The follow-up has not taken place yet</source>
        <translation>跟进研讨会尚未举行</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="117"/>
        <source>A comparison needs two workshops that have taken place. %1 A workshop joins the comparison once the room has recorded its findings.</source>
        <translation>比较需要两场已经举行的研讨会。%1 现场记录下结论后，该研讨会即会加入比较。</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="127"/>
        <source>“%1” (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="132"/>
        <source>Not held yet, so not compared: %1.</source>
        <translation>尚未举行，因此不参与比较：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="138"/>
        <source>This workshop is not part of a series yet</source>
        <translation>这场研讨会尚未加入任何系列</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="142"/>
        <source>A series is one organisation&apos;s workshops over time. It forms when you duplicate a session for a follow-up workshop (File ▸ Duplicate for Follow-up, Ctrl+D), or when you add a session to the series of another (Series ▸ Add to Series…). Once it has two workshops, this window compares them.</source>
        <translation>系列是指同一组织在不同时期举办的多场研讨会。将研讨会复制为跟进会议（文件 ▸ 复制为跟进会议，Ctrl+D），或把研讨会加入另一场研讨会所在的系列（系列 ▸ 加入系列…）时，就会形成系列。系列中有两场研讨会后，此窗口即可对它们进行比较。</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="156"/>
        <source>Add to a Series…</source>
        <translation>加入系列…</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="169"/>
        <source>narrowing</source>
        <translation>正在缩小</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="170"/>
        <source>widening</source>
        <translation>正在扩大</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="171"/>
        <source>unchanged</source>
        <translation>没有变化</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="178"/>
        <source>%1 workshops from %2 to %3.</source>
        <translation>%2 至 %3 期间共 %1 场研讨会。</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="182"/>
        <source>Overall score %1 → %2 (%3 → %4).</source>
        <translation>整体得分 %1 → %2（%3 → %4）。</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="191"/>
        <source>Perception gap %1 → %2: %3.</source>
        <translation>认知差距 %1 → %2：%3。</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="269"/>
        <location filename="../../ui/series_view.py" line="286"/>
        <source>Overall</source>
        <translation>整体</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="270"/>
        <source>Stage reached</source>
        <translation>所处阶段</translation>
    </message>
    <message>
        <location filename="../../ui/series_view.py" line="310"/>
        <source>%1 (target %2)</source>
        <translation>%1（目标值 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="47"/>
        <source>Total (20–100)</source>
        <translation>总分（20–100）</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="54"/>
        <source>Each department&apos;s self-assessment total at each workshop, over the four stage bands.</source>
        <translation>各部门在每场研讨会上的合作关系自评总分，背景色带为四个阶段的分数区间。</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="59"/>
        <source>&amp;Scores</source>
        <translation>得分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="70"/>
        <source>Perception gap</source>
        <translation>认知差距</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="74"/>
        <source>Since the previous workshop</source>
        <translation>与上一场研讨会相比</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="83"/>
        <source>The mean difference between the Sales and the Marketing rating of each statement (1–5 scale). Smaller means the two departments see their relationship more alike.</source>
        <translation>销售与市场营销对每条陈述评分的平均差值（1–5 分制）。数值越小，说明两个部门对双方关系的看法越接近。</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="89"/>
        <source>Perception &amp;gap</source>
        <translation>认知差距(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="98"/>
        <source>Mean level today</source>
        <translation>目前平均等级</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="104"/>
        <source>Steps at their target</source>
        <translation>已达目标的步骤</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="110"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="117"/>
        <source>Level today → the target the room set, on the 1–5 scale.</source>
        <translation>目前等级 → 现场设定的目标（1–5 级）。</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="121"/>
        <source>&amp;Ten steps</source>
        <translation>十个步骤(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="136"/>
        <source>Shared goal</source>
        <translation>共同目标</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="137"/>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="144"/>
        <source>The figure each workshop recorded for the goal&apos;s metric, with the target set then. Progress: how far the latest figure has come from the first towards the latest target.</source>
        <translation>每场研讨会为该目标的衡量指标记录的数值，以及当时设定的目标值。进展：最新数值从最初数值出发，向最新目标值推进了多少。</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="152"/>
        <source>None of these workshops has set a shared goal yet.</source>
        <translation>这些研讨会都还没有设定共同目标。</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="157"/>
        <source>Shared g&amp;oals</source>
        <translation>共同目标(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="163"/>
        <source>Actions</source>
        <translation>行动项</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="164"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="165"/>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="167"/>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="175"/>
        <source>Completion: done actions as a share of each plan, dropped ones left out. A recent plan is naturally less complete than an older one.</source>
        <translation>完成率：已完成的行动项在各行动计划中所占的比例，已放弃的不计入。较新的计划完成率自然会低于较早的计划。</translation>
    </message>
    <message>
        <location filename="../../ui/series_tabs.py" line="181"/>
        <source>&amp;Action plans</source>
        <translation>行动计划(&amp;A)</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <location filename="../../ui/store.py" line="77"/>
        <source>This session is open for review only. Switch to Edit to change it.</source>
        <translation>此研讨会以审阅模式打开，只能查看。如需修改，请切换到“编辑”。</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../ui/models/sessions.py" line="78"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="79"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="80"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="81"/>
        <source>Facilitator</source>
        <translation>引导师</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="82"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="83"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="84"/>
        <source>Actions</source>
        <translation>行动项</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="85"/>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="86"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="183"/>
        <source>%1 of %2</source>
        <translation>第 %1/%2 场</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="190"/>
        <source>Workshop %1 of a series of %2. Series ▸ Compare Series… (Ctrl+Shift+C) compares them.</source>
        <translation>系列中的第 %1 场研讨会（共 %2 场）。可通过“系列 ▸ 比较系列…”（Ctrl+Shift+C）进行比较。</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../ui/session_view.py" line="160"/>
        <source>Review mode — read only. Reading, copying and exporting work; nothing can be changed.</source>
        <translation>审阅模式 — 只读。可以查看、复制和导出，但不能做任何修改。</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="166"/>
        <source>Allow changes to this session (Ctrl+Shift+R)</source>
        <translation>允许修改此研讨会（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="297"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="298"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="299"/>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="303"/>
        <source>%1  %2 (skipped)</source>
        <translation>%1  %2（已跳过）</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="307"/>
        <source>Skipped in this workshop&apos;s agenda</source>
        <translation>本次研讨会的议程已跳过此环节</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../ui/pages/setup.py" line="56"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="57"/>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="58"/>
        <source>&amp;Location:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="59"/>
        <source>&amp;Facilitator:</source>
        <translation>引导师(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="70"/>
        <source>Planned for</source>
        <translation>计划于</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="84"/>
        <source>Context for the facilitator: why this workshop, what happened before…</source>
        <translation>给引导师的背景信息：为什么举办这次研讨会、之前发生过什么…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="94"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="97"/>
        <source>Follow-up workshop:</source>
        <translation>跟进会议：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="98"/>
        <source>Workshop language:</source>
        <translation>研讨会语言：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="99"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="101"/>
        <location filename="../../ui/pages/setup.py" line="273"/>
        <source>Session details</source>
        <translation>研讨会信息</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="128"/>
        <source>Add participant</source>
        <translation>添加参与者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="130"/>
        <source>Add a named participant (Ctrl+Shift+A)</source>
        <translation>添加具名参与者（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="134"/>
        <source>Add anonymous Sales</source>
        <translation>添加匿名销售人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="139"/>
        <source>Add anonymous Marketing</source>
        <translation>添加匿名营销人员</translation>
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
        <translation>匿名参与者只记录代号和所属部门，因此他们的答案仍会计入所属一方。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="172"/>
        <location filename="../../ui/pages/setup.py" line="282"/>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="206"/>
        <source>%1 (chosen when the session was created)</source>
        <translation>%1（创建研讨会时已选定）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/setup.py" line="221"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n 位参与者</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="239"/>
        <source>These notes are %1 characters long; the most a note can hold is %2. They are not saved until you shorten them.</source>
        <translation>这些备注共 %1 个字符，上限为 %2 个字符。删减到上限以内后才会保存。</translation>
    </message>
</context>
<context>
    <name>SlaPanel</name>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="39"/>
        <source>Fill in the usual SLA</source>
        <translation>填入常用的服务水平协议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="40"/>
        <source>Fills every commitment not agreed yet; agreed ones stay</source>
        <translation>填入所有尚未商定的承诺；已商定的保持不变</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="46"/>
        <source>Not agreed yet</source>
        <translation>尚未商定</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/role_split_sla.py" line="57"/>
        <location filename="../../ui/pages/role_split_sla.py" line="136"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> 小时</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="60"/>
        <source>Period of the lead commitment</source>
        <translation>线索承诺的周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="66"/>
        <source>a week</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="67"/>
        <source>a month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="68"/>
        <source>a quarter</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="71"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="71"/>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="81"/>
        <source>Who looks at the figures, e.g. Marketing operations</source>
        <translation>谁查看数据，例如市场运营团队</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="86"/>
        <source>Who meets, how soon, and what they decide</source>
        <translation>谁碰面、多快碰面、决定什么</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="91"/>
        <source>per</source>
        <translation>／</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="95"/>
        <source>Lea&amp;ds per sales rep:</source>
        <translation>每位销售人员的线索数(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="99"/>
        <source>Accepted by Sales, at leas&amp;t:</source>
        <translation>销售接受的比例至少(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="101"/>
        <source>Marketing commits to</source>
        <translation>市场营销承诺</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="104"/>
        <source>Sales &amp;follows up within:</source>
        <translation>销售跟进时限(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="105"/>
        <source>&amp;Attempts to reach each lead:</source>
        <translation>每条线索的联系次数(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="106"/>
        <source>Sales commits to</source>
        <translation>销售承诺</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="112"/>
        <source>M&amp;onitored by:</source>
        <translation>监督方(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="113"/>
        <source>Re&amp;viewed:</source>
        <translation>复盘频率(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="114"/>
        <source>When it is m&amp;issed:</source>
        <translation>未达成时(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="115"/>
        <source>Keeping it</source>
        <translation>如何落实</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="150"/>
        <source>leads per rep</source>
        <translation>每位销售的线索数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="151"/>
        <source>share accepted</source>
        <translation>接受比例</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="152"/>
        <source>period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="153"/>
        <source>response time</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="154"/>
        <source>attempts</source>
        <translation>联系次数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="155"/>
        <source>who monitors it</source>
        <translation>由谁监督</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="156"/>
        <source>how often it is reviewed</source>
        <translation>多久复盘一次</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="157"/>
        <source>what happens when it is missed</source>
        <translation>未达成时怎么办</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="163"/>
        <source>Still without a number: %1.</source>
        <translation>仍未填写数字：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="165"/>
        <source>Not agreed yet: %1.</source>
        <translation>尚未商定：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_sla.py" line="169"/>
        <source>Every commitment has a number, an owner and a review rhythm.</source>
        <translation>每项承诺都有数字、负责人和复盘频率。</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../../ui/pages/base.py" line="75"/>
        <source>Participants answer on their own phones (Session ▸ Answers from Phones)</source>
        <translation>参与者在自己的手机上作答（研讨会 ▸ 手机作答）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="108"/>
        <source>Last workshop (%1)</source>
        <translation>上次研讨会（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="108"/>
        <source>Last workshop</source>
        <translation>上次研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/pages/base.py" line="126"/>
        <source>This session is open for review: switch to Edit to change it.</source>
        <translation>此研讨会正以审阅模式打开：如需修改，请切换到“编辑”。</translation>
    </message>
</context>
<context>
    <name>StartupMaintenance</name>
    <message>
        <location filename="../../ui/maintenance.py" line="96"/>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="65"/>
        <source>An example that backs the rating</source>
        <translation>支撑这个评分的实例</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="73"/>
        <source>Add action…</source>
        <translation>添加行动项…</translation>
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
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="108"/>
        <source>Both departments see the same level</source>
        <translation>两个部门看到的是同一水平</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="112"/>
        <source>Gap %1: %2 sees it better</source>
        <translation>差距 %1：%2评价更高</translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <location filename="../../ui/team/commands.py" line="47"/>
        <source>&amp;Team Library…</source>
        <translation>团队资料库(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="49"/>
        <source>&amp;Publish to Team Library</source>
        <translation>发布到团队资料库(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="51"/>
        <source>Connect to Another Team Library…</source>
        <translation>连接到其他团队资料库…</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="70"/>
        <location filename="../../ui/team/commands.py" line="125"/>
        <source>Team Library</source>
        <translation>团队资料库</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="75"/>
        <source>The team library&apos;s address: a postgresql:// address or service=NAME, as given by its administrator. Passwords belong in ~/.pgpass or the service file.</source>
        <translation>团队资料库的地址：管理员提供的 postgresql:// 地址或 service=名称。密码应放在 ~/.pgpass 或服务文件中。</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="90"/>
        <source>This is not a team library&apos;s address. It starts with postgresql:// or service=; nothing was changed.</source>
        <translation>这不是团队资料库的地址。地址以 postgresql:// 或 service= 开头；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="100"/>
        <source>Truce does not keep passwords in its settings. Put the password in ~/.pgpass or the service file and give the address without it; nothing was changed.</source>
        <translation>Truce 不会在设置中保存密码。请把密码放进 ~/.pgpass 或服务文件，并输入不含密码的地址；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="164"/>
        <source>Published “%1” to the team library (version %2).</source>
        <translation>已将“%1”发布到团队资料库（版本 %2）。</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="184"/>
        <source>“%1” is in this computer&apos;s library now (team version %2).</source>
        <translation>“%1”现已在本机资料库中（团队版本 %2）。</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="198"/>
        <source>Publish to Team Library</source>
        <translation>发布到团队资料库</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="198"/>
        <source>Take Out</source>
        <translation>取出到本机</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="200"/>
        <source>Publish as a New Copy</source>
        <translation>作为新副本发布</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="200"/>
        <source>Replace the Team&apos;s Copy</source>
        <translation>替换团队的副本</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="202"/>
        <source>Take Out as a New Copy</source>
        <translation>作为新副本取出</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="202"/>
        <source>Replace Mine</source>
        <translation>替换我的副本</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="213"/>
        <source>Both copies of this session changed since they last met. Nothing has been overwritten. Choose how to go on:</source>
        <translation>自上次同步以来，此会议的两份副本都有改动。没有覆盖任何内容。请选择接下来的做法：</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="216"/>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/team/commands.py" line="216"/>
        <source>Team library</source>
        <translation>团队资料库</translation>
    </message>
</context>
<context>
    <name>TeamLibraryWindow</name>
    <message>
        <location filename="../../ui/team/window.py" line="96"/>
        <source>Team Library — Truce</source>
        <translation>团队资料库 — Truce</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="112"/>
        <source>Search title, organisation, facilitator…</source>
        <translation>搜索标题、组织、主持人…</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="115"/>
        <source>&amp;Take Out to This Computer</source>
        <translation>取出到本机(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="118"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="121"/>
        <source>Sessions in the team library %1</source>
        <translation>团队资料库 %1 中的会议</translation>
    </message>
</context>
<context>
    <name>TeamOpening</name>
    <message>
        <location filename="../../ui/team/opening.py" line="35"/>
        <source>Truce cannot start</source>
        <translation>Truce 无法启动</translation>
    </message>
    <message>
        <location filename="../../ui/team/opening.py" line="39"/>
        <source>A team library is backed up on its server; ask its administrator.</source>
        <translation>团队资料库由其服务器备份；请联系管理员。</translation>
    </message>
</context>
<context>
    <name>TeamRows</name>
    <message>
        <location filename="../../ui/team/window.py" line="47"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="48"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="49"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/team/window.py" line="50"/>
        <source>Actions</source>
        <translation>行动项</translation>
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
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>TenStepsPage</name>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="152"/>
        <source>Click a level or type 1–5 in a row of levels (Delete clears it). Click the chosen level again to clear it.</source>
        <translation>点击某个等级，或在等级行中输入 1–5（按 Delete 清除）。再次点击已选的等级即可清除。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="233"/>
        <source>%1: today %2, target %3</source>
        <translation>%1：当时 %2，目标 %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="269"/>
        <source>%1 of %2 steps rated · %3 to improve by the follow-up</source>
        <translation>已评估 %1 / %2 步 · 跟进会议前需改进 %3 步</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/ten_steps.py" line="277"/>
        <source>%n step(s) where the departments are 2 or more levels apart</source>
        <translation>
            <numerusform>%n 个步骤两个部门相差两级或以上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/ten_steps.py" line="286"/>
        <source>%n linked action(s)</source>
        <translation>
            <numerusform>%n 个关联行动项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="288"/>
        <source>No actions for this step yet</source>
        <translation>这一步还没有行动项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="323"/>
        <source>Ten steps</source>
        <translation>十个步骤</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="133"/>
        <source>Today</source>
        <translation>目前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="134"/>
        <source>Target by the follow-up</source>
        <translation>跟进会议前的目标</translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <location filename="../../ui/models/tracker.py" line="41"/>
        <source>Action</source>
        <translation>行动项</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="42"/>
        <source>Workshop</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="43"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="44"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="45"/>
        <source>Due</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="46"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="47"/>
        <source>Last update</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="62"/>
        <source>No owner yet</source>
        <translation>尚无负责人</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="64"/>
        <source>No date</source>
        <translation>未定日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/tracker.py" line="77"/>
        <source>Workshop of %1</source>
        <translation>%1 的研讨会</translation>
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message>
        <location filename="../../ui/tracker.py" line="73"/>
        <source>Action tracker</source>
        <translation>行动项跟踪</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="76"/>
        <source>Every action from every workshop in the library; the trash is left out.</source>
        <translation>研讨会列表中所有研讨会的全部行动项（不含回收站）。</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="83"/>
        <source>Quick views:</source>
        <translation>快速查看：</translation>
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
        <translation>未来 14 天内到期(&amp;1)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="88"/>
        <source>&amp;All actions</source>
        <translation>全部行动项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="98"/>
        <source>Search actions and workshops…</source>
        <translation>搜索行动项和研讨会…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="100"/>
        <source>Owner…</source>
        <translation>负责人…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="102"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="106"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="107"/>
        <source>Open (planned or in progress)</source>
        <translation>未完成（已计划或进行中）</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="122"/>
        <source>Due from</source>
        <translation>完成日期从</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="124"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="160"/>
        <source>&amp;Update status…</source>
        <translation>更新状态(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="162"/>
        <source>Record a dated status update (Ctrl+U, or Enter)</source>
        <translation>记录一条带日期的状态更新（Ctrl+U 或 Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="164"/>
        <source>Open &amp;workshop</source>
        <translation>打开研讨会(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="167"/>
        <source>Open the workshop this action belongs to (Ctrl+Shift+O)</source>
        <translation>打开此行动项所属的研讨会（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="180"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="213"/>
        <source>All workshops</source>
        <translation>全部研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="271"/>
        <source>The first %1 actions are shown; narrow the filters to see the rest.</source>
        <translation>仅显示前 %1 个行动项；缩小筛选范围即可查看其余行动项。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tracker.py" line="275"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n 个行动项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="309"/>
        <source>Select an action to see its history.</source>
        <translation>选中一个行动项，即可查看它的历史记录。</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="314"/>
        <source>No updates recorded yet.</source>
        <translation>尚未记录任何更新。</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="321"/>
        <source>Due date moved to %1</source>
        <translation>完成日期改为：%1</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="322"/>
        <source>no date</source>
        <translation>未定</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="325"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="327"/>
        <source>Carried over to a follow-up workshop, due %1</source>
        <translation>已转入跟进会议，完成日期为 %1</translation>
    </message>
    <message>
        <location filename="../../ui/tracker.py" line="348"/>
        <source>Update action</source>
        <translation>更新行动项</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <location filename="../../ui/unexpected.py" line="47"/>
        <source>Truce ran into a problem it did not expect, so what you were doing may not have finished. Check it before you go on.</source>
        <translation>Truce 遇到了意料之外的问题，你刚才的操作可能没有完成。请先检查一下，再继续。</translation>
    </message>
    <message>
        <location filename="../../ui/unexpected.py" line="53"/>
        <source>The details are in %1.</source>
        <translation>详细信息记录在 %1 中。</translation>
    </message>
    <message>
        <location filename="../../ui/unexpected.py" line="58"/>
        <source>Something Went Wrong</source>
        <translation>出了点问题</translation>
    </message>
</context>
<context>
    <name>WorkshopClock</name>
    <message>
        <location filename="../../ui/live/clock.py" line="105"/>
        <source>Not started · planned %1–%2</source>
        <translation>未开始 · 计划 %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="113"/>
        <source>Ran %1–%2 · %3</source>
        <translation>实际 %1–%2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="119"/>
        <source>Elapsed %1</source>
        <translation>已用时 %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="120"/>
        <source>planned end %1</source>
        <translation>计划 %1 结束</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="125"/>
        <source>%1: %2 of %3 min</source>
        <translation>%1：%2 / %3 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="135"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="137"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="142"/>
        <source>on plan</source>
        <translation>符合计划</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="144"/>
        <source>%1 over plan</source>
        <translation>超出计划 %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="144"/>
        <source>%1 under plan</source>
        <translation>比计划少用 %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="147"/>
        <source>%1 behind</source>
        <translation>落后 %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/clock.py" line="147"/>
        <source>%1 ahead</source>
        <translation>提前 %1</translation>
    </message>
</context>
<context>
    <name>WrapUpPage</name>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="139"/>
        <source>Follow-up workshop: %1</source>
        <translation>跟进会议：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="144"/>
        <source>No follow-up workshop is planned yet: set its date on the Setup page.</source>
        <translation>尚未安排跟进会议：请在“开场”页面设置日期。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="152"/>
        <source>The self-assessment has not been completed, so no stage is shown.</source>
        <translation>合作关系自评尚未完成，因此不显示所处阶段。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="154"/>
        <source>Stage reached: %1 (%2 of 100)</source>
        <translation>所处阶段：%1（%2 / 100 分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="174"/>
        <source>Friction</source>
        <translation>摩擦</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="174"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="174"/>
        <source>Marketing</source>
        <translation>市场营销</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="174"/>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="218"/>
        <source>%n stage(s) still break the one-Accountable rule.</source>
        <translation>
            <numerusform>还有 %n 个阶段不符合“只有一个最终负责方”的规则。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="222"/>
        <source>Handoff at</source>
        <translation>交接阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="224"/>
        <source>Qualified lead</source>
        <translation>合格线索</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="227"/>
        <source>Sales follows up</source>
        <translation>销售跟进</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="229"/>
        <source>Feedback to Marketing</source>
        <translation>向市场营销反馈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="241"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="241"/>
        <source>Today</source>
        <translation>目前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="241"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="241"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="266"/>
        <source>%n without an owner</source>
        <translation>
            <numerusform>%n 项没有负责人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="268"/>
        <source>%n without a due date</source>
        <translation>
            <numerusform>%n 项没有完成日期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="270"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="274"/>
        <source>Action</source>
        <translation>行动项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="275"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="276"/>
        <source>Due</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="277"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="278"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="279"/>
        <source>Answers</source>
        <translation>对应问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="131"/>
        <source>Before everyone leaves</source>
        <translation>散会之前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="149"/>
        <source>Where we stand</source>
        <translation>我们目前的位置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="171"/>
        <source>Top frictions</source>
        <translation>主要摩擦</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="185"/>
        <source>Shared goals</source>
        <translation>共同目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="199"/>
        <source>Who does what</source>
        <translation>谁负责什么</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="226"/>
        <source>within %n hour(s)</source>
        <translation>
            <numerusform>%n 小时内</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="240"/>
        <source>Ten steps</source>
        <translation>十个步骤</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="258"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="162"/>
        <source>Recommended next moves</source>
        <translation>建议的下一步举措</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="235"/>
        <source>Rules of engagement</source>
        <translation>协作规则</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="173"/>
        <source>No frictions were rated.</source>
        <translation>没有为任何摩擦打分。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="187"/>
        <source>No shared goals were set.</source>
        <translation>没有设定共同目标。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="201"/>
        <source>The funnel has no stages.</source>
        <translation>漏斗中没有任何阶段。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="261"/>
        <source>No actions have been agreed yet.</source>
        <translation>还没有约定任何行动项。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="286"/>
        <source>No owner</source>
        <translation>无负责人</translation>
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
        <translation>跟进会议日期</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="23"/>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="24"/>
        <source>Assessment answers, one row per participant</source>
        <translation>自评答案，每位参与者一行</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="25"/>
        <source>Notes on the assessment</source>
        <translation>自评备注</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="26"/>
        <source>Friction map ratings</source>
        <translation>摩擦地图评分</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="27"/>
        <source>Notes on the selected driver</source>
        <translation>所选摩擦来源的备注</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="28"/>
        <source>Minutes on the timer</source>
        <translation>计时器分钟数</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="29"/>
        <source>Sales&apos; own goals</source>
        <translation>销售的自身目标</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="30"/>
        <source>Marketing&apos;s own goals</source>
        <translation>市场营销的自身目标</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="31"/>
        <source>Shared goals</source>
        <translation>共同目标</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="32"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="33"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="34"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="35"/>
        <source>How the work is split</source>
        <translation>分工情况</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="36"/>
        <source>Who is responsible at each funnel stage</source>
        <translation>漏斗各阶段由谁负责</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="37"/>
        <source>Show actions with this status</source>
        <translation>显示此状态的行动项</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="38"/>
        <source>Show actions of this department</source>
        <translation>显示此部门的行动项</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="39"/>
        <source>Show actions answering this kind of item</source>
        <translation>显示来自此类来源的行动项</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="40"/>
        <source>Show actions of this owner</source>
        <translation>显示此负责人的行动项</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="41"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="42"/>
        <source>Wrap-up summary</source>
        <translation>总结摘要</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="43"/>
        <source>Perception gap per statement</source>
        <translation>各条陈述的认知差距</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="44"/>
        <source>Suggested rules of engagement</source>
        <translation>建议的协作规则</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="45"/>
        <source>New rule of engagement</source>
        <translation>新的协作规则</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="46"/>
        <source>Rules of engagement</source>
        <translation>协作规则</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="47"/>
        <source>Who to call</source>
        <translation>找谁</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="48"/>
        <source>Insights and misreadings</source>
        <translation>洞察与误解</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="49"/>
        <source>Chart of the perception gap between Sales and Marketing</source>
        <translation>销售与市场营销的认知差距图</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="52"/>
        <source>Chart of today&apos;s level and the target for each step</source>
        <translation>各步骤目前等级与目标图</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="55"/>
        <source>Chart of who leads each funnel stage</source>
        <translation>漏斗各阶段主导方图</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="80"/>
        <source>Evidence for step %1</source>
        <translation>第 %1 步的依据</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../ui/models/actions.py" line="52"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="53"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="54"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="55"/>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="56"/>
        <source>Carried over</source>
        <translation>已转入后续</translation>
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
        <translation>速赢</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="73"/>
        <source>Major project</source>
        <translation>重大项目</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="74"/>
        <source>Fill-in</source>
        <translation>顺手做</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="75"/>
        <source>Thankless task</source>
        <translation>费力不讨好</translation>
    </message>
    <message>
        <location filename="../../ui/action_links.py" line="26"/>
        <location filename="../../ui/action_links.py" line="39"/>
        <source>New action</source>
        <translation>新行动项</translation>
    </message>
    <message>
        <location filename="../../ui/action_links.py" line="27"/>
        <source>What will be done about “%1”?</source>
        <translation>针对“%1”要做什么？</translation>
    </message>
</context>
<context>
    <name>follow_up</name>
    <message>
        <location filename="../../ui/pages/follow_up.py" line="34"/>
        <location filename="../../ui/pages/follow_up.py" line="45"/>
        <location filename="../../ui/pages/follow_up.py" line="65"/>
        <source>Turn into an action</source>
        <translation>转为行动项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/follow_up.py" line="35"/>
        <source>Write something first: an action needs a title.</source>
        <translation>请先写点内容：行动项需要一个标题。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/follow_up.py" line="49"/>
        <source>Add another</source>
        <translation>再添加一个</translation>
    </message>
    <message>
        <location filename="../../ui/pages/follow_up.py" line="70"/>
        <source>Added to the action plan: %1</source>
        <translation>已加入行动计划：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/follow_up.py" line="46"/>
        <source>The action plan already has “%1” for this. Add another action anyway?</source>
        <translation>行动计划中已有针对此项的“%1”。仍要再添加一个行动项吗？</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Setup</source>
        <translation>开场</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Diagnosis</source>
        <translation>关系诊断</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Friction map</source>
        <translation>摩擦地图</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Role swap</source>
        <translation>角色互换</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Shared goals</source>
        <translation>共同目标</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Role split</source>
        <translation>角色分工</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Ten steps</source>
        <translation>十个步骤</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Wrap-up</source>
        <translation>总结</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Marketing</source>
        <translation>市场营销</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Leadership</source>
        <translation>管理层</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Joint</source>
        <translation>双方共同</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>%1 = pain %2</source>
        <translation>%1 = 痛点 %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>%1 = pain %2 + votes %3</source>
        <translation>%1 = 痛点 %2 + 投票 %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>%1 (n = %2)</source>
        <translation>%1（n = %2）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>withheld: fewer than %1 answers</source>
        <translation>不予显示：回答少于 %1 份</translation>
    </message>
</context>
<context>
    <name>projector</name>
    <message>
        <location filename="../../ui/live/panels.py" line="92"/>
        <location filename="../../ui/live/panels.py" line="210"/>
        <source>… and %1 more</source>
        <translation>… 另有 %1 项</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="121"/>
        <source>To start from</source>
        <translation>开场思考</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="126"/>
        <source>%1 from %2</source>
        <translation>%2 %1 人</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="133"/>
        <source>In the room: </source>
        <translation>现场：</translation>
    </message>
    <message>
        <location filename="../../ui/live/assessment_panel.py" line="27"/>
        <source>The results appear here once they are revealed.</source>
        <translation>结果揭晓后将在这里显示。</translation>
    </message>
    <message>
        <location filename="../../ui/live/assessment_panel.py" line="44"/>
        <source>together %1: %2</source>
        <translation>整体 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="144"/>
        <source>What hurts most: pain out of 10, plus dot votes</source>
        <translation>最痛的几项：痛感（满分 10）及贴点票数</translation>
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
        <translation>双方如何看待对方，又如何看待自己</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="231"/>
        <source>Answer as the other department would</source>
        <translation>站在对方部门的角度回答</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="237"/>
        <source>The questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="240"/>
        <source>What we have named so far</source>
        <translation>我们目前已指出的</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="251"/>
        <source>Our shared goals</source>
        <translation>我们的共同目标</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="257"/>
        <source>target %1</source>
        <translation>目标值 %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="262"/>
        <source>by %1</source>
        <translation>截止于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="290"/>
        <source>gap %1</source>
        <translation>差距 %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="307"/>
        <source>Today</source>
        <translation>目前</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="308"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="324"/>
        <source>What we will do</source>
        <translation>我们要做的事</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="334"/>
        <source>Where we stand: %1</source>
        <translation>我们目前所处的阶段：%1</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="343"/>
        <source>Moves that matter</source>
        <translation>关键举措</translation>
    </message>
    <message>
        <location filename="../../ui/live/panels.py" line="351"/>
        <source>We meet again on %1</source>
        <translation>我们将于 %1 再次相聚</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../ui/undo.py" line="184"/>
        <source>Edit Captured Notes</source>
        <translation>编辑现场笔记</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="186"/>
        <source>Edit Participants</source>
        <translation>编辑参与者</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="188"/>
        <source>Edit Session Details</source>
        <translation>编辑研讨会信息</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="193"/>
        <source>Add Action</source>
        <translation>添加行动项</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="195"/>
        <source>Delete Action</source>
        <translation>删除行动项</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="197"/>
        <source>Reorder Actions</source>
        <translation>调整行动项顺序</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="198"/>
        <source>Edit Action Plan</source>
        <translation>编辑行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="199"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="229"/>
        <source>the action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="231"/>
        <source>the list of participants</source>
        <translation>参与者名单</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="233"/>
        <source>the session details</source>
        <translation>会议信息</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="235"/>
        <source>the captured notes</source>
        <translation>现场记录的笔记</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="237"/>
        <source>the %1 page</source>
        <translation>“%1”页面</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="241"/>
        <source>Cannot undo “%1”: %2 has changed since (a tracker update, a follow-up decision or another window). Undo stops here, so that change is kept.</source>
        <translation>无法撤销“%1”：%2 在此之后已被更改（行动项跟踪中的更新、跟进会议的决定或另一个窗口）。撤销到此为止，以保留那项更改。</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="247"/>
        <source>Cannot redo “%1”: %2 has changed since. Redo stops here, so that change is kept.</source>
        <translation>无法重做“%1”：%2 在此之后已被更改。重做到此为止，以保留那项更改。</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="286"/>
        <source>Review mode: switch to Edit to undo or redo changes.</source>
        <translation>审阅模式：请先切换到“编辑”，再撤销或重做更改。</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="301"/>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="303"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="306"/>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="308"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
</TS>
