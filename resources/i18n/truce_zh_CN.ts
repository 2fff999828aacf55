<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/exporting.py" line="141"/>
        <source>Action Plan (PDF)…</source>
        <translation>行动计划（PDF）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="146"/>
        <source>Session Report (PDF)…</source>
        <translation>研讨会报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="148"/>
        <source>Blank Worksheets (PDF)…</source>
        <translation>空白工作表（PDF）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="153"/>
        <source>Actions (CSV)…</source>
        <translation>行动项（CSV）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="155"/>
        <source>Session Summary (Markdown)…</source>
        <translation>研讨会摘要（Markdown）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="161"/>
        <source>Session Document (JSON)…</source>
        <translation>研讨会数据文件（JSON）…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="168"/>
        <source>Preview Action Plan…</source>
        <translation>预览行动计划…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="173"/>
        <source>Preview Session Report…</source>
        <translation>预览研讨会报告…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="175"/>
        <source>Print Action Plan…</source>
        <translation>打印行动计划…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="181"/>
        <source>Paper Size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="183"/>
        <source>US Letter</source>
        <translation>Letter（美国信纸）</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="189"/>
        <source>Group Actions By</source>
        <translation>行动项分组方式</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="191"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="191"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
</context>
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
        <location filename="../../ui/widgets/action_filter_bar.py" line="32"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="33"/>
        <source>Open (planned or in progress)</source>
        <translation>未完成（已计划或进行中）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="37"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="41"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="43"/>
        <source>Frictions</source>
        <translation>摩擦</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="44"/>
        <source>Role swap</source>
        <translation>角色互换</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="45"/>
        <source>Shared goals</source>
        <translation>共同目标</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="46"/>
        <source>Role split</source>
        <translation>角色分工</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="47"/>
        <source>Ten steps</source>
        <translation>十个步骤</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="48"/>
        <source>Levers</source>
        <translation>提升举措</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="52"/>
        <source>Owner…</source>
        <translation>负责人…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="53"/>
        <source>&amp;Overdue only</source>
        <translation>仅显示逾期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="54"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/action_filter_bar.py" line="62"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../ui/models/actions.py" line="110"/>
        <source>Action</source>
        <translation>行动项</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="111"/>
        <source>Answers</source>
        <translation>对应问题</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="112"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="113"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="114"/>
        <source>Due</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="115"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="116"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="117"/>
        <source>Impact</source>
        <translation>效果</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="118"/>
        <source>Effort</source>
        <translation>工作量</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="119"/>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="120"/>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="124"/>
        <source>How much it would help, 1–5</source>
        <translation>能带来多大帮助，1–5</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="125"/>
        <source>How much work it takes, 1–5</source>
        <translation>需要投入多少工作，1–5</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="126"/>
        <source>Dot votes from the room</source>
        <translation>现场贴点投票的票数</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="127"/>
        <source>Where impact and effort put it</source>
        <translation>按效果和工作量落入的象限</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="169"/>
        <source>Overdue: this action was due on %1.</source>
        <translation>已逾期：此行动项应在 %1 完成。</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="180"/>
        <source>Free action</source>
        <translation>独立行动项</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="182"/>
        <source>No owner yet</source>
        <translation>尚无负责人</translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="186"/>
        <source>No date</source>
        <translation>未定日期</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../ui/pages/actions.py" line="91"/>
        <source>Add action</source>
        <translation>添加行动项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="93"/>
        <location filename="../../ui/pages/actions.py" line="345"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="94"/>
        <source>Remove the selected actions (Delete)</source>
        <translation>移除所选行动项（Delete）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="96"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="98"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="100"/>
        <source>Edit selected…</source>
        <translation>编辑所选项…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="102"/>
        <source>+1 vote</source>
        <translation>+1 票</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="104"/>
        <source>&amp;Prioritise</source>
        <translation>排定优先级(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="106"/>
        <source>Show impact, effort, votes and the quadrant, to rank actions in the room</source>
        <translation>显示效果、工作量、票数和象限，便于现场为行动项排序</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="110"/>
        <source>Plan order</source>
        <translation>计划顺序</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="111"/>
        <source>Undo the column sorting so actions can be reordered</source>
        <translation>取消按列排序，以便调整行动项的顺序</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="124"/>
        <source>What exactly will be done, and why</source>
        <translation>具体要做什么，为什么要做</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="128"/>
        <source>How will we know it worked?</source>
        <translation>怎样判断它见效了？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="134"/>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="135"/>
        <source>&amp;Success measure:</source>
        <translation>如何判断见效(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="136"/>
        <source>Selected action</source>
        <translation>所选行动项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="165"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="184"/>
        <source>Free action</source>
        <translation>独立行动项</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="223"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n 个行动项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="225"/>
        <source>Showing %1 of %2</source>
        <translation>显示 %1 项，共 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="230"/>
        <source>%n open action(s) without an owner</source>
        <translation>
            <numerusform>%n 个未完成的行动项没有负责人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="232"/>
        <source>%n without a due date</source>
        <translation>
            <numerusform>%n 项没有完成日期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="234"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="245"/>
        <source>Click “Plan order” first: the list is sorted by a column</source>
        <translation>请先点击“计划顺序”：列表目前按某一列排序</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="314"/>
        <location filename="../../ui/pages/actions.py" line="326"/>
        <location filename="../../ui/pages/actions.py" line="350"/>
        <location filename="../../ui/pages/actions.py" line="370"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="323"/>
        <source>New action</source>
        <translation>新行动项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="341"/>
        <source>Remove the action “%1”?</source>
        <translation>要移除行动项“%1”吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/actions.py" line="343"/>
        <source>Remove %n selected action(s)?</source>
        <translation>
            <numerusform>要移除所选的 %n 个行动项吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/actions.py" line="345"/>
        <source>Remove actions</source>
        <translation>移除行动项</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <location filename="../../ui/models/answers.py" line="130"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../ui/models/answers.py" line="132"/>
        <source>Scaled to the 20–100 range; “don&apos;t know” answers are skipped.</source>
        <translation>已换算为 20–100 分；“不知道”的回答不计入。</translation>
    </message>
    <message>
        <location filename="../../ui/models/answers.py" line="184"/>
        <source>? only</source>
        <translation>全为 ?</translation>
    </message>
    <message>
        <location filename="../../ui/models/answers.py" line="190"/>
        <source>%1 of %2 statements answered</source>
        <translation>%2 条陈述中已回答 %1 条</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/bulk_edit.py" line="31"/>
        <source>Edit %n action(s)</source>
        <translation>
            <numerusform>编辑 %n 个行动项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="41"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="54"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="55"/>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="56"/>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="57"/>
        <source>D&amp;ue date</source>
        <translation>完成日期(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="58"/>
        <source>&amp;Priority</source>
        <translation>优先级(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="65"/>
        <source>Tick what to change; everything else stays as it is.</source>
        <translation>勾选要修改的项目，其余内容保持不变。</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/models/contacts.py" line="42"/>
        <source>Topic</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts.py" line="43"/>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts.py" line="44"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts.py" line="45"/>
        <source>Contact details</source>
        <translation>联系方式</translation>
    </message>
</context>
<context>
    <name>CountdownTimer</name>
    <message>
        <location filename="../../ui/widgets/timer.py" line="59"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="61"/>
        <source>Length of a round</source>
        <translation>每轮时长</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="65"/>
        <source>+1 min</source>
        <translation>+1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="67"/>
        <source>+5 min</source>
        <translation>+5 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="69"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="158"/>
        <source>Time&apos;s up</source>
        <translation>时间到</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="162"/>
        <source>Running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="162"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="164"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="164"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timer.py" line="165"/>
        <source>Start or pause the round (Space)</source>
        <translation>开始或暂停本轮（空格键）</translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="52"/>
        <source>One set of answers per &amp;participant</source>
        <translation>每位参与者各答一份(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="55"/>
        <source>One set per &amp;department (quick session)</source>
        <translation>每个部门一份（快速版）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="81"/>
        <source>Type 1–5 to rate (1 strongly disagree, 5 strongly agree), 0 or ? for “don&apos;t know”: the cursor moves on by itself. Tab or Enter skips a statement, Delete clears it.</source>
        <translation>输入 1–5 打分（1 为非常不同意，5 为非常同意），输入 0 或 ? 表示“不知道”，光标会自动跳到下一格。按 Tab 或 Enter 跳过一条陈述，按 Delete 清除。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="89"/>
        <source>Notes on the answers: what people said while rating…</source>
        <translation>答题备注：大家打分时说了什么…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="115"/>
        <source>1 · Answers</source>
        <translation>1 · 答题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="116"/>
        <source>2 · Results</source>
        <translation>2 · 结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="117"/>
        <source>3 · Perception gap</source>
        <translation>3 · 认知差距</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="146"/>
        <source>Former participant (%1)</source>
        <translation>已移除的参与者（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="167"/>
        <source>Nobody to enter answers for yet: add the participants on the Setup page, or switch to one set per department.</source>
        <translation>还没有可以录入答案的人：请在“开场”页面添加参与者，或改为每个部门一份。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="186"/>
        <source>%1 of %2 complete</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="205"/>
        <source>Select a cell to see its statement here.</source>
        <translation>选中一个单元格，即可在此查看对应的陈述。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="221"/>
        <source>Diagnosis</source>
        <translation>关系诊断</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="240"/>
        <source>Change how answers are entered</source>
        <translation>更改答案录入方式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="242"/>
        <source>The %1 answers entered so far belong to the other way of entering them and will be removed. Switch anyway?</source>
        <translation>目前已录入的 %1 个答案属于另一种录入方式，切换后将被删除。仍要切换吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis.py" line="245"/>
        <source>Switch and remove answers</source>
        <translation>切换并删除答案</translation>
    </message>
</context>
<context>
    <name>FrictionsModel</name>
    <message>
        <location filename="../../ui/models/frictions.py" line="95"/>
        <source>Friction driver</source>
        <translation>摩擦来源</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="96"/>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="97"/>
        <location filename="../../ui/models/frictions.py" line="98"/>
        <source>%1 pain</source>
        <translation>%1痛感</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="99"/>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="100"/>
        <source>The two views</source>
        <translation>双方看法</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="101"/>
        <source>Carry forward</source>
        <translation>纳入计划</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="104"/>
        <source>0 no pain … 5 hurts a lot: type the digit</source>
        <translation>0 不痛 … 5 非常痛：直接输入数字</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="106"/>
        <source>Dot votes: + and − change them</source>
        <translation>贴点投票：按 + 和 − 增减</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="125"/>
        <source>Same view</source>
        <translation>看法一致</translation>
    </message>
    <message>
        <location filename="../../ui/models/frictions.py" line="127"/>
        <source>Hurts %1 more</source>
        <translation>%1更痛</translation>
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
        <location filename="../../ui/pages/frictions.py" line="99"/>
        <source>&amp;Add a driver…</source>
        <translation>添加摩擦来源(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="101"/>
        <source>&amp;Remove driver</source>
        <translation>移除摩擦来源(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="104"/>
        <source>Carry the top %1 forward</source>
        <translation>将前 %1 项纳入计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="109"/>
        <source>Marks the most painful drivers (pain of both sides plus votes) as topics for the action plan</source>
        <translation>把最痛的几项摩擦来源（双方痛感加票数）标记为行动计划要处理的议题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="114"/>
        <source>Turn into an &amp;action</source>
        <translation>转为行动项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="126"/>
        <source>What the room said about this driver…</source>
        <translation>现场对这项摩擦来源的看法…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="131"/>
        <source>Selected driver</source>
        <translation>所选摩擦来源</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="140"/>
        <source>What the map says</source>
        <translation>摩擦地图告诉我们</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="186"/>
        <source>A driver the room added: %1</source>
        <translation>现场补充的摩擦来源：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="191"/>
        <source>Select a driver to see what it means.</source>
        <translation>选中一个摩擦来源，查看它的含义。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/frictions.py" line="224"/>
        <source>%n driver(s) not yet rated by both sides.</source>
        <translation>
            <numerusform>还有 %n 个摩擦来源未经双方打分。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="242"/>
        <source>Friction map</source>
        <translation>摩擦地图</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="267"/>
        <location filename="../../ui/pages/frictions.py" line="274"/>
        <source>Add a friction driver</source>
        <translation>添加摩擦来源</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="267"/>
        <source>What gets in the way?</source>
        <translation>是什么在阻碍我们？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="276"/>
        <source>Is it mostly about money, prices and credit, or about people, habits and language?</source>
        <translation>它主要关乎钱、价格和功劳，还是关乎人、习惯和语言？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="306"/>
        <source>Remove driver</source>
        <translation>移除摩擦来源</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="307"/>
        <source>Remove “%1” and its ratings from the friction map?</source>
        <translation>要从摩擦地图中移除“%1”及其评分吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="308"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="319"/>
        <source>Carry forward</source>
        <translation>纳入计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="320"/>
        <source>Rate some drivers first: nothing hurts yet.</source>
        <translation>请先为一些摩擦来源打分：目前还没有任何一项被评为痛点。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/frictions.py" line="339"/>
        <source>Tackle: %1</source>
        <translation>解决：%1</translation>
    </message>
    <message>
        <source>Most painful</source>
        <translation>最痛的几项</translation>
    </message>
    <message>
        <source>Rate the drivers to see which ones hurt most.</source>
        <translation>为摩擦来源打分，就能看出哪些最痛。</translation>
    </message>
    <message>
        <source>Both sides feel it</source>
        <translation>双方都感到痛</translation>
    </message>
    <message>
        <source>The two sides see it differently</source>
        <translation>双方看法不同</translation>
    </message>
    <message>
        <source>Carried forward to the action plan</source>
        <translation>已纳入行动计划</translation>
    </message>
</context>
<context>
    <name>GapView</name>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="38"/>
        <source>Per &amp;statement</source>
        <translation>按陈述(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="39"/>
        <source>Per t&amp;heme</source>
        <translation>按主题(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="65"/>
        <source>Gaps compare the average rating of each side (1–5). Leadership and other answers are not part of the gap. The widest gaps come first: start the conversation there.</source>
        <translation>差距比较的是双方各自的平均评分（1–5），管理层和其他人员的回答不计入差距。差距最大的排在最前面：讨论就从那里开始。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="114"/>
        <source>The gap is hidden until the results are revealed.</source>
        <translation>揭晓结果之前，差距不会显示。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="117"/>
        <source>The gap appears once both Sales and Marketing have rated some statements.</source>
        <translation>销售和市场营销都为部分陈述打分后，这里就会显示差距。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="123"/>
        <source>Widest gap: %1, where %2 is the more positive side by %3 points.</source>
        <translation>差距最大的是：%1，%2的评价高出 %3 分。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="142"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="142"/>
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="145"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_gaps.py" line="146"/>
        <source>What it says</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="48"/>
        <source>What will both departments achieve together?</source>
        <translation>两个部门要共同达成什么？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="52"/>
        <source>This is the shared revenue target</source>
        <translation>这是共同的收入目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="56"/>
        <source>Name the metric</source>
        <translation>填写衡量指标名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="58"/>
        <source>%, €, count…</source>
        <translation>%、元、个数…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="64"/>
        <source>today</source>
        <translation>目前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="64"/>
        <source>aim</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="68"/>
        <source>By</source>
        <translation>截止于</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="73"/>
        <source>Who answers for it, e.g. Tom Becker and Elena Rossi</source>
        <translation>由谁负责，例如：张伟和李娜</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="79"/>
        <source>What %1 contributes</source>
        <translation>%1负责的部分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="88"/>
        <source>Baseline:</source>
        <translation>基准值：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="90"/>
        <source>Target:</source>
        <translation>目标值：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="92"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="104"/>
        <source>&amp;Goal:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="108"/>
        <source>&amp;Metric:</source>
        <translation>衡量指标(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="109"/>
        <source>&amp;Numbers:</source>
        <translation>数值(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="110"/>
        <source>&amp;Deadline:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="115"/>
        <source>&amp;Owners:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="140"/>
        <source>Choose a metric…</source>
        <translation>选择衡量指标…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="143"/>
        <source>Our own metric</source>
        <translation>自定义指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="214"/>
        <source>a metric</source>
        <translation>衡量指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="215"/>
        <source>an owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="216"/>
        <source>a deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="222"/>
        <source>⚠ This goal has no %1 yet. It is saved, but it will be hard to follow up.</source>
        <translation>⚠ 这个目标还没有%1。内容已保存，但之后将很难跟进。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_form.py" line="223"/>
        <source> or </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../ui/pages/goals.py" line="51"/>
        <location filename="../../ui/pages/goals.py" line="222"/>
        <source>%1: own goals</source>
        <translation>%1：自身目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="59"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="61"/>
        <location filename="../../ui/pages/goals.py" line="84"/>
        <location filename="../../ui/pages/goals.py" line="238"/>
        <location filename="../../ui/pages/goals.py" line="268"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="82"/>
        <source>Add a &amp;shared goal</source>
        <translation>添加共同目标(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="86"/>
        <source>Turn into an &amp;action</source>
        <translation>转为行动项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="98"/>
        <location filename="../../ui/pages/goals.py" line="185"/>
        <source>Shared goals</source>
        <translation>共同目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="146"/>
        <location filename="../../ui/pages/goals.py" line="266"/>
        <source>(no statement yet)</source>
        <translation>（尚未填写目标）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="154"/>
        <source>The shared revenue target</source>
        <translation>共同收入目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="223"/>
        <source>A goal %1 has for itself:</source>
        <translation>%1为自己设定的目标：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="236"/>
        <source>Remove goal</source>
        <translation>移除目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="237"/>
        <source>Remove “%1”?</source>
        <translation>要移除“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="264"/>
        <source>Remove shared goal</source>
        <translation>移除共同目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="265"/>
        <source>Remove this shared goal and everything written for it?

%1</source>
        <translation>要移除这个共同目标及其所有内容吗？

%1</translation>
    </message>
</context>
<context>
    <name>HandoffPanel</name>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="57"/>
        <source>Not agreed yet</source>
        <translation>尚未约定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="58"/>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="64"/>
        <source>Hando&amp;ff at:</source>
        <translation>交接阶段(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="65"/>
        <source>&amp;Qualified lead:</source>
        <translation>合格线索(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="66"/>
        <source>Sales &amp;follows up within:</source>
        <translation>销售跟进时限(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="67"/>
        <source>Feed&amp;back to Marketing:</source>
        <translation>向市场营销反馈(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="68"/>
        <source>The handoff from Marketing to Sales</source>
        <translation>从市场营销到销售的交接</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="73"/>
        <source>Fill in the usual contributions</source>
        <translation>填入常见的支持内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="75"/>
        <source>What Marketing contributes after the handoff</source>
        <translation>交接后市场营销提供的支持</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="91"/>
        <source>Not decided yet</source>
        <translation>尚未决定</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../ui/library.py" line="34"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="63"/>
        <location filename="../../ui/library.py" line="224"/>
        <source>Workshop sessions</source>
        <translation>研讨会记录</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="67"/>
        <source>Search title, organisation or facilitator  (Ctrl+F)</source>
        <translation>搜索标题、组织或引导师（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="70"/>
        <location filename="../../ui/library.py" line="224"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="99"/>
        <location filename="../../ui/library.py" line="164"/>
        <source>New session…</source>
        <translation>新建研讨会…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="101"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="103"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="106"/>
        <source>Duplicate for follow-up…</source>
        <translation>复制为跟进会议…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="109"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="111"/>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="113"/>
        <source>Delete permanently…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="115"/>
        <source>Empty trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="154"/>
        <source>No workshop sessions yet</source>
        <translation>还没有研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="158"/>
        <source>Create a session for your next Sales &amp; Marketing workshop, or explore Truce with a demo session of a fictional company.</source>
        <translation>为下一场销售与市场营销研讨会新建记录，或者通过一家虚构公司的示例研讨会来熟悉 Truce。</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="166"/>
        <source>Create the demo session</source>
        <translation>创建示例研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="272"/>
        <source>New session</source>
        <translation>新建研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="277"/>
        <source>Demo session</source>
        <translation>示例研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="291"/>
        <location filename="../../ui/library.py" line="295"/>
        <source>Rename session</source>
        <translation>重命名研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="291"/>
        <source>New title:</source>
        <translation>新标题：</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="305"/>
        <source>Duplicate for a follow-up workshop</source>
        <translation>复制为跟进会议</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="306"/>
        <source>Title of the follow-up session:</source>
        <translation>跟进会议的标题：</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="307"/>
        <source>%1 – follow-up</source>
        <translation>%1 – 跟进会议</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="312"/>
        <source>Duplicate session</source>
        <translation>复制研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="324"/>
        <location filename="../../ui/library.py" line="331"/>
        <source>Delete session</source>
        <translation>删除研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="326"/>
        <source>Move “%1” to the trash? You can restore it from the trash, or undo with Ctrl+Z.</source>
        <translation>要将“%1”移到回收站吗？之后可以从回收站还原，也可以按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="328"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="338"/>
        <source>Restore session</source>
        <translation>还原研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="344"/>
        <location filename="../../ui/library.py" line="348"/>
        <location filename="../../ui/library.py" line="351"/>
        <source>Delete permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="345"/>
        <source>Delete “%1” for good? This cannot be undone.</source>
        <translation>要永久删除“%1”吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="357"/>
        <location filename="../../ui/library.py" line="361"/>
        <location filename="../../ui/library.py" line="364"/>
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/library.py" line="359"/>
        <source>Delete the %n session(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>要永久删除回收站中的 %n 个研讨会吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="49"/>
        <source>Truce cannot start</source>
        <translation>Truce 无法启动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>&amp;New Session…</source>
        <translation>新建研讨会(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&amp;Library</source>
        <translation>研讨会列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>&amp;Import Session…</source>
        <translation>导入研讨会(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>&amp;Duplicate for Follow-up…</source>
        <translation>复制为跟进会议(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份还原(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;Find Session</source>
        <translation>查找研讨会(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;Previous Stage</source>
        <translation>上一环节(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>&amp;Next Stage</source>
        <translation>下一环节(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>About the &amp;Method</source>
        <translation>关于本方法(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;About Truce</source>
        <translation>关于 Truce(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>All changes saved · %1</source>
        <translation>所有更改已保存 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <location filename="../../ui/main_window.py" line="287"/>
        <location filename="../../ui/main_window.py" line="299"/>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>Import session</source>
        <translation>导入研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>Truce sessions (*.json);;All files (*)</source>
        <translation>Truce 研讨会文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>This session is already in your library. Import it as a new copy, or replace the one you have with the imported version?</source>
        <translation>这个研讨会已在列表中。要作为新副本导入，还是用导入的版本替换现有的研讨会？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>Import as copy</source>
        <translation>作为副本导入</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>Replace mine</source>
        <translation>替换现有的</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Imported “%1”.</source>
        <translation>已导入“%1”。</translation>
    </message>
    <message>
        <source>Action Plan (PDF)…</source>
        <translation>行动计划（PDF）…</translation>
    </message>
    <message>
        <source>Session Report (PDF)…</source>
        <translation>研讨会报告（PDF）…</translation>
    </message>
    <message>
        <source>Blank Worksheets (PDF)…</source>
        <translation>空白工作表（PDF）…</translation>
    </message>
    <message>
        <source>Actions (CSV)…</source>
        <translation>行动项（CSV）…</translation>
    </message>
    <message>
        <source>Session Summary (Markdown)…</source>
        <translation>研讨会摘要（Markdown）…</translation>
    </message>
    <message>
        <source>Session Document (JSON)…</source>
        <translation>研讨会数据文件（JSON）…</translation>
    </message>
    <message>
        <source>Preview Action Plan…</source>
        <translation>预览行动计划…</translation>
    </message>
    <message>
        <source>Preview Session Report…</source>
        <translation>预览研讨会报告…</translation>
    </message>
    <message>
        <source>Print Action Plan…</source>
        <translation>打印行动计划…</translation>
    </message>
    <message>
        <source>Paper Size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter（美国信纸）</translation>
    </message>
    <message>
        <source>Group Actions By</source>
        <translation>行动项分组方式</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Export the PDF instead and print it elsewhere.</source>
        <translation>这台电脑没有设置打印机。请改为导出 PDF，再到其他地方打印。</translation>
    </message>
    <message>
        <source>Preparing document</source>
        <translation>正在准备文档</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>正在准备 %1…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>Preparing the action plan…</source>
        <translation>正在准备行动计划…</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="38"/>
        <source>New workshop session</source>
        <translation>新建研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="41"/>
        <source>e.g. Spring alignment workshop</source>
        <translation>例如：春季销售与市场协同研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="52"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="53"/>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="54"/>
        <source>&amp;Facilitator:</source>
        <translation>引导师(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="55"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="56"/>
        <source>Workshop &amp;language:</source>
        <translation>研讨会语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="59"/>
        <source>The workshop language is used for the questions, the projector and the printed documents. It cannot be changed later.</source>
        <translation>研讨会语言用于题目、投影画面和打印文档，创建后无法更改。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_session.py" line="68"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/models/participants.py" line="43"/>
        <source>Name or label</source>
        <translation>姓名或代号</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="44"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="45"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="46"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants.py" line="82"/>
        <source>Anonymous: only this label and the department are recorded.</source>
        <translation>匿名：只记录这个代号和所属部门。</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="46"/>
        <source>of %1</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="47"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="50"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="53"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="55"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="58"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="62"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Export the PDF instead and print it elsewhere.</source>
        <translation>这台电脑没有设置打印机。请改为导出 PDF，再到其他地方打印。</translation>
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
        <location filename="../../ui/pages/diagnosis_results.py" line="94"/>
        <source>Predict, then reveal: hide the results until each side has guessed the other&apos;s total</source>
        <translation>先预测，再揭晓：在双方都猜出对方的总分之前，先隐藏结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="107"/>
        <source>not yet</source>
        <translation>尚未预测</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="113"/>
        <source>%1 expects %2 to score:</source>
        <translation>%1预计%2的总分：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="118"/>
        <source>&amp;Reveal the results</source>
        <translation>揭晓结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="120"/>
        <source>Hide the results again</source>
        <translation>重新隐藏结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="134"/>
        <source>Predict, then reveal</source>
        <translation>先预测，再揭晓</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="142"/>
        <source>The results are hidden until you reveal them, so nobody&apos;s guess is coloured by them.</source>
        <translation>结果会一直隐藏到你揭晓为止，这样谁的猜测都不会受到影响。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="172"/>
        <source>Does the company need to move further?</source>
        <translation>公司还需要再往前走吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="225"/>
        <source>%1 expected %2 to score %3; %2 gave %4 (%5).</source>
        <translation>%1预计%2的总分为 %3；%2实际为 %4（%5）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="240"/>
        <source>Overall</source>
        <translation>整体</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="242"/>
        <source>Sales and Marketing weigh the same</source>
        <translation>销售与市场营销权重相同</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/diagnosis_results.py" line="244"/>
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n 位答题人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="252"/>
        <source>No results yet: enter some answers first.</source>
        <translation>还没有结果：请先录入一些答案。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="258"/>
        <source>Where you are: %1</source>
        <translation>你们目前所处的阶段：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="279"/>
        <source>Answer the questions above to see whether %1 is enough for this company.</source>
        <translation>回答上面的问题，看看“%1”阶段对这家公司来说是否已经足够。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="294"/>
        <source>Levers that lead from %1 to %2</source>
        <translation>从“%1”迈向“%2”的提升举措</translation>
    </message>
    <message>
        <location filename="../../ui/pages/diagnosis_results.py" line="323"/>
        <source>Not answered yet</source>
        <translation>尚未回答</translation>
    </message>
</context>
<context>
    <name>RevealView</name>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="65"/>
        <location filename="../../ui/pages/role_swap_reveal.py" line="67"/>
        <source>How %1 sees %2</source>
        <translation>%1眼中的%2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="66"/>
        <location filename="../../ui/pages/role_swap_reveal.py" line="68"/>
        <source>How %1 sees itself</source>
        <translation>%1眼中的自己</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="81"/>
        <source>Note an insight…</source>
        <translation>记下一条洞察…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="86"/>
        <source>Mark a misreading…</source>
        <translation>标出一处误解…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap_reveal.py" line="117"/>
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
    <name>RoleSplitPage</name>
    <message>
        <location filename="../../ui/pages/role_split.py" line="46"/>
        <location filename="../../ui/pages/role_split.py" line="290"/>
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
        <location filename="../../ui/pages/role_split.py" line="340"/>
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
        <location filename="../../ui/pages/role_split.py" line="377"/>
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
        <location filename="../../ui/pages/role_split.py" line="123"/>
        <source>Show full screen</source>
        <translation>全屏显示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="125"/>
        <source>Show the map full screen for the projector (F11)</source>
        <translation>全屏显示分工图，便于投影（F11）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="137"/>
        <source>&amp;Who does what</source>
        <translation>谁负责什么(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="138"/>
        <source>&amp;Handoff</source>
        <translation>交接(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="139"/>
        <source>&amp;Rules and contacts</source>
        <translation>规则与联系人(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="140"/>
        <source>&amp;Map</source>
        <translation>分工图(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="192"/>
        <source>┆ the handoff</source>
        <translation>┆ 交接点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="192"/>
        <source>⇄ the handoff stage</source>
        <translation>⇄ 交接阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="208"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="217"/>
        <source>More than one Accountable: %1.</source>
        <translation>“最终负责”不止一方：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="220"/>
        <source>No Accountable yet: %1.</source>
        <translation>尚无“最终负责”方：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="222"/>
        <source>Each stage needs exactly one A.</source>
        <translation>每个阶段必须有且只有一个 A。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="231"/>
        <source>Nobody is marked R at %1: the Accountable party does the work itself. Mark R where someone else does it.</source>
        <translation>以下阶段没有人标为 R：%1。这表示由“最终负责”方亲自执行；如果实际由别人执行，请标上 R。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="258"/>
        <location filename="../../ui/pages/role_split.py" line="297"/>
        <location filename="../../ui/pages/role_split.py" line="309"/>
        <location filename="../../ui/pages/role_split.py" line="322"/>
        <location filename="../../ui/pages/role_split.py" line="350"/>
        <location filename="../../ui/pages/role_split.py" line="362"/>
        <source>Role split</source>
        <translation>角色分工</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="291"/>
        <source>The template replaces the letters of Sales and Marketing in the grid.</source>
        <translation>套用模板会替换表格中销售和市场营销的字母。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="292"/>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="303"/>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="303"/>
        <source>Name of the new funnel stage:</source>
        <translation>新漏斗阶段的名称：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="319"/>
        <source>Rename stage</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="319"/>
        <location filename="../../ui/pages/role_split.py" line="359"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="337"/>
        <source>Remove the stage “%1” from the funnel?</source>
        <translation>要从漏斗中移除“%1”阶段吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="339"/>
        <source>Its letters and agreements go with it.</source>
        <translation>该阶段的字母和约定也会一并移除。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="340"/>
        <location filename="../../ui/pages/role_split.py" line="377"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="347"/>
        <source>Add party</source>
        <translation>添加参与方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="347"/>
        <source>Name of the team, e.g. Customer Success:</source>
        <translation>团队名称，例如“客户成功”：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="359"/>
        <source>Rename party</source>
        <translation>重命名参与方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="374"/>
        <source>Remove “%1” and its letters from the map?</source>
        <translation>要从分工图中移除“%1”及其字母吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split.py" line="391"/>
        <source>Who does what</source>
        <translation>谁负责什么</translation>
    </message>
</context>
<context>
    <name>RoleSwapPage</name>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="53"/>
        <source>Time&apos;s up for this round.</source>
        <translation>本轮时间到。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="54"/>
        <source>Round timer</source>
        <translation>本轮计时</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="71"/>
        <source>Turn into an &amp;action</source>
        <translation>转为行动项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="74"/>
        <location filename="../../ui/pages/role_swap.py" line="308"/>
        <location filename="../../ui/pages/role_swap.py" line="310"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="80"/>
        <source>Insights and misreadings</source>
        <translation>洞察与误解</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="94"/>
        <source>1 · As the other side</source>
        <translation>1 · 站在对方角度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="95"/>
        <source>2 · As yourselves</source>
        <translation>2 · 以自己的身份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="96"/>
        <source>3 · Side by side</source>
        <translation>3 · 并排对照</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="97"/>
        <source>4 · Follow-up swaps</source>
        <translation>4 · 后续互换活动</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="125"/>
        <source>%1, answering as %2</source>
        <translation>%1，以%2的身份回答</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="129"/>
        <source>%1, answering for itself</source>
        <translation>%1，以自己的身份回答</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="171"/>
        <source>An afternoon of swapping roles is a start; these longer swaps keep the understanding growing. Each one goes on the action plan with one click.</source>
        <translation>花一个下午互换角色只是开始；这些更长期的互换能让理解不断加深。每一项都可以一键加入行动计划。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="242"/>
        <source>In the plan ✓</source>
        <translation>已在计划中 ✓</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="242"/>
        <source>Add to the action plan</source>
        <translation>加入行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="256"/>
        <source>Role swap</source>
        <translation>角色互换</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="287"/>
        <source>Mark a misreading</source>
        <translation>标出误解</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="287"/>
        <source>Note an insight</source>
        <translation>记下洞察</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="288"/>
        <source>What did the room notice?</source>
        <translation>现场注意到了什么？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_swap.py" line="309"/>
        <source>Remove this note from the role swap?

%1</source>
        <translation>要从角色互换中移除这条记录吗？

%1</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="179"/>
        <source>Type a rule the room agrees and press Enter</source>
        <translation>输入全场同意的规则，然后按 Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="183"/>
        <location filename="../../ui/pages/role_split_parts.py" line="291"/>
        <source>Remove rule</source>
        <translation>移除规则</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="189"/>
        <source>Rules of engagement</source>
        <translation>协作规则</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="211"/>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="214"/>
        <location filename="../../ui/pages/role_split_parts.py" line="314"/>
        <source>Remove contact</source>
        <translation>移除联系人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="221"/>
        <source>Who to call</source>
        <translation>找谁</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="223"/>
        <source>Whom to contact in the other department, about what.</source>
        <translation>遇到什么事，该找对方部门的谁。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="244"/>
        <source>Add a suggested rule…</source>
        <translation>添加建议规则…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="292"/>
        <source>Remove the rule “%1”?</source>
        <translation>要移除规则“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="293"/>
        <location filename="../../ui/pages/role_split_parts.py" line="316"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="301"/>
        <source>New topic</source>
        <translation>新事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_split_parts.py" line="315"/>
        <source>Remove “%1” from the list?</source>
        <translation>要从列表中移除“%1”吗？</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../ui/models/sessions.py" line="42"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="43"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="44"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="45"/>
        <source>Facilitator</source>
        <translation>引导师</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="46"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="47"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="48"/>
        <source>Actions</source>
        <translation>行动项</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions.py" line="49"/>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../ui/session_view.py" line="167"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="168"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/session_view.py" line="169"/>
        <source>Complete</source>
        <translation>已完成</translation>
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
        <location filename="../../ui/pages/setup.py" line="264"/>
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
        <location filename="../../ui/pages/setup.py" line="160"/>
        <source>Anonymous participants are recorded only by a label and their department, so their answers still count for their side.</source>
        <translation>匿名参与者只记录代号和所属部门，因此他们的答案仍会计入所属一方。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="167"/>
        <location filename="../../ui/pages/setup.py" line="273"/>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="197"/>
        <source>%1 (chosen when the session was created)</source>
        <translation>%1（创建研讨会时已选定）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/setup.py" line="212"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n 位参与者</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/setup.py" line="230"/>
        <source>These notes are %1 characters long; the most a note can hold is %2. They are not saved until you shorten them.</source>
        <translation>这些备注共 %1 个字符，上限为 %2 个字符。删减到上限以内后才会保存。</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="47"/>
        <source>An example that backs the rating</source>
        <translation>支撑这个评分的实例</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="52"/>
        <source>Add action…</source>
        <translation>添加行动项…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="59"/>
        <source>Today:</source>
        <translation>目前：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="60"/>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
</context>
<context>
    <name>TenStepsPage</name>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="101"/>
        <source>Click a level or type 1–5 in a row of levels (Delete clears it). Click the chosen level again to clear it.</source>
        <translation>点击某个等级，或在等级行中输入 1–5（按 Delete 清除）。再次点击已选的等级即可清除。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="193"/>
        <source>%1 of %2 steps rated · %3 to improve by the follow-up</source>
        <translation>已评估 %1 / %2 步 · 跟进会议前需改进 %3 步</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/ten_steps.py" line="204"/>
        <source>%n linked action(s)</source>
        <translation>
            <numerusform>%n 个关联行动项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="206"/>
        <source>No actions for this step yet</source>
        <translation>这一步还没有行动项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ten_steps.py" line="239"/>
        <source>Ten steps</source>
        <translation>十个步骤</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>目前</translation>
    </message>
    <message>
        <source>Target by the follow-up</source>
        <translation>跟进会议前的目标</translation>
    </message>
</context>
<context>
    <name>WrapUpPage</name>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="98"/>
        <source>Follow-up workshop: %1</source>
        <translation>跟进会议：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="101"/>
        <source>No follow-up workshop is planned yet: set its date on the Setup page.</source>
        <translation>尚未安排跟进会议：请在“开场”页面设置日期。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="109"/>
        <source>The self-assessment has not been completed, so no stage is shown.</source>
        <translation>合作关系自评尚未完成，因此不显示所处阶段。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="111"/>
        <source>Stage reached: %1 (%2 of 100)</source>
        <translation>所处阶段：%1（%2 / 100 分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="131"/>
        <source>Friction</source>
        <translation>摩擦</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="131"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="131"/>
        <source>Marketing</source>
        <translation>市场营销</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="131"/>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="175"/>
        <source>%n stage(s) still break the one-Accountable rule.</source>
        <translation>
            <numerusform>还有 %n 个阶段不符合“只有一个最终负责方”的规则。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="179"/>
        <source>Handoff at</source>
        <translation>交接阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="181"/>
        <source>Qualified lead</source>
        <translation>合格线索</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="183"/>
        <source>within %1 hours</source>
        <translation>%1 小时内</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="184"/>
        <source>Sales follows up</source>
        <translation>销售跟进</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="186"/>
        <source>Feedback to Marketing</source>
        <translation>向市场营销反馈</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="195"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="195"/>
        <source>Today</source>
        <translation>目前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="195"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="195"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="218"/>
        <source>%n without an owner</source>
        <translation>
            <numerusform>%n 项没有负责人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="220"/>
        <source>%n without a due date</source>
        <translation>
            <numerusform>%n 项没有完成日期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/wrap_up.py" line="222"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="226"/>
        <source>Action</source>
        <translation>行动项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="227"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="228"/>
        <source>Due</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="229"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="230"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrap_up.py" line="231"/>
        <source>Answers</source>
        <translation>对应问题</translation>
    </message>
    <message>
        <source>Before everyone leaves</source>
        <translation>散会之前</translation>
    </message>
    <message>
        <source>Where we stand</source>
        <translation>我们目前的位置</translation>
    </message>
    <message>
        <source>Top frictions</source>
        <translation>主要摩擦</translation>
    </message>
    <message>
        <source>Shared goals</source>
        <translation>共同目标</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>谁负责什么</translation>
    </message>
    <message>
        <source>Ten steps</source>
        <translation>十个步骤</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>Recommended next moves</source>
        <translation>建议的下一步举措</translation>
    </message>
    <message>
        <source>Rules of engagement</source>
        <translation>协作规则</translation>
    </message>
    <message>
        <source>No frictions were rated.</source>
        <translation>没有为任何摩擦打分。</translation>
    </message>
    <message>
        <source>No shared goals were set.</source>
        <translation>没有设定共同目标。</translation>
    </message>
    <message>
        <source>The funnel has no stages.</source>
        <translation>漏斗中没有任何阶段。</translation>
    </message>
    <message>
        <source>No actions have been agreed yet.</source>
        <translation>还没有约定任何行动项。</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>未定日期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="92"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview.py" line="94"/>
        <source>No printer is set up on this computer. Export the PDF instead and print it elsewhere.</source>
        <translation>这台电脑没有设置打印机。请改为导出 PDF，再到其他地方打印。</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="60"/>
        <source>Preparing document</source>
        <translation>正在准备文档</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="69"/>
        <location filename="../../ui/exporting.py" line="91"/>
        <location filename="../../ui/exporting.py" line="105"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../ui/exporting.py" line="224"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="228"/>
        <source>Preparing %1…</source>
        <translation>正在准备 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="236"/>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="261"/>
        <source>Preparing the action plan…</source>
        <translation>正在准备行动计划…</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Setup</source>
        <translation>开场</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>关系诊断</translation>
    </message>
    <message>
        <source>Friction map</source>
        <translation>摩擦地图</translation>
    </message>
    <message>
        <source>Role swap</source>
        <translation>角色互换</translation>
    </message>
    <message>
        <source>Shared goals</source>
        <translation>共同目标</translation>
    </message>
    <message>
        <source>Role split</source>
        <translation>角色分工</translation>
    </message>
    <message>
        <source>Ten steps</source>
        <translation>十个步骤</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>市场营销</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>管理层</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>速赢</translation>
    </message>
    <message>
        <source>Major project</source>
        <translation>重大项目</translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation>顺手做</translation>
    </message>
    <message>
        <source>Thankless task</source>
        <translation>费力不讨好</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>新行动项</translation>
    </message>
    <message>
        <source>What will be done about “%1”?</source>
        <translation>针对“%1”要做什么？</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Set aside and start empty</source>
        <translation>移开损坏文件，从空白开始</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>还原备份</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>数据库已还原</translation>
    </message>
    <message>
        <source>The session database is damaged</source>
        <translation>研讨会数据库已损坏</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份还原</translation>
    </message>
    <message>
        <source>Backup to restore:</source>
        <translation>要还原的备份：</translation>
    </message>
    <message>
        <source>%1

There is no backup to restore. Set the damaged file aside and start with an empty library?</source>
        <translation>%1

没有可供还原的备份。要把损坏的文件移到一旁，从空的研讨会列表重新开始吗？</translation>
    </message>
    <message>
        <source>Truce cannot start</source>
        <translation>Truce 无法启动</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>损坏的文件已保留为 %1。</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>还没有任何备份。</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Restored the backup of %1</source>
        <translation>已还原 %1 的备份</translation>
    </message>
    <message>
        <source>%1

Set the damaged file aside and restore the backup of %2?</source>
        <translation>%1

要把损坏的文件移到一旁，并还原 %2 的备份吗？</translation>
    </message>
    <message>
        <source>Replace every session with the backup of %1? The sessions as they are now are backed up first, so this can be reversed.</source>
        <translation>要用 %1 的备份替换所有研讨会吗？系统会先备份当前的所有研讨会，因此之后仍可恢复。</translation>
    </message>
</context>
<context>
    <name>follow_up</name>
    <message>
        <source>Turn into an action</source>
        <translation>转为行动项</translation>
    </message>
    <message>
        <source>Write something first: an action needs a title.</source>
        <translation>请先写点内容：行动项需要一个标题。</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>再添加一个</translation>
    </message>
    <message>
        <source>Added to the action plan: %1</source>
        <translation>已加入行动计划：%1</translation>
    </message>
    <message>
        <source>The action plan already has “%1” for this. Add another action anyway?</source>
        <translation>行动计划中已有针对此项的“%1”。仍要再添加一个行动项吗？</translation>
    </message>
</context>
</TS>
