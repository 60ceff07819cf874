<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>Tianye: interviews, transcripts and insights for field research.</source>
        <translation>田野：面向田野调查的访谈、转写与洞察工具。</translation>
    </message>
    <message>
        <source>Project folder (NAME.tianye) or its project.db.</source>
        <translation>项目文件夹（名称.tianye）或其中的 project.db。</translation>
    </message>
</context>
<context>
    <name>tianye::Backups</name>
    <message>
        <source>Could not make the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>Could not write the backup %1.</source>
        <translation>无法写入备份 %1。</translation>
    </message>
    <message>
        <source>%1 is not a Tianye backup.</source>
        <translation>%1 不是田野的备份。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a Tianye backup: %2</source>
        <translation>%1 无法作为田野备份读取：%2</translation>
    </message>
    <message>
        <source>Could not keep a copy of %1 before restoring; nothing was changed.</source>
        <translation>恢复前无法保留 %1 的副本；未做任何更改。</translation>
    </message>
    <message>
        <source>Could not copy %1 into the project; nothing was changed.</source>
        <translation>无法把 %1 复制到项目中；未做任何更改。</translation>
    </message>
    <message>
        <source>Could not put the backup in place of %1.</source>
        <translation>无法用备份替换 %1。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tianye (schema %2; this version reads up to %3). Update Tianye to restore it.</source>
        <translation>%1 由更新版本的田野写成（数据结构 %2；本版本最高只能读取 %3）。请先更新田野再恢复它。</translation>
    </message>
</context>
<context>
    <name>tianye::ChangeLog</name>
    <message>
        <source>Could not read the recorded changes.</source>
        <translation>无法读取已记录的更改。</translation>
    </message>
</context>
<context>
    <name>tianye::ChangeSet</name>
    <message>
        <source>Could not start recording changes in %1.</source>
        <translation>无法开始记录 %1 中的更改。</translation>
    </message>
    <message>
        <source>Could not read the recorded changes in %1.</source>
        <translation>无法读取 %1 中记录的更改。</translation>
    </message>
    <message>
        <source>Could not reverse the recorded changes.</source>
        <translation>无法反转已记录的更改。</translation>
    </message>
    <message>
        <source>The change cannot be applied to %1: the data it touches was changed since (%2).</source>
        <translation>无法将此更改应用到 %1：它涉及的数据此后已被改动（%2）。</translation>
    </message>
    <message>
        <source>Could not combine two recorded changes.</source>
        <translation>无法合并两次记录的更改。</translation>
    </message>
    <message>
        <source>The change cannot be applied to %1: it would leave a reference to a missing row in %2.</source>
        <translation>无法将此更改应用到 %1：它会在 %2 中留下指向不存在记录的引用。</translation>
    </message>
    <message>
        <source>Could not apply the change to %1: foreign keys cannot be switched off.</source>
        <translation>无法将更改应用到 %1：无法暂时关闭外键检查。</translation>
    </message>
</context>
<context>
    <name>tianye::CityRepository</name>
    <message>
        <source>A city needs a name.</source>
        <translation>城市需要一个名称。</translation>
    </message>
    <message>
        <source>There is already a city named "%1".</source>
        <translation>已有名为“%1”的城市。</translation>
    </message>
</context>
<context>
    <name>tianye::Database</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tianye (schema %2; this version reads up to %3). Update Tianye to open it.</source>
        <translation>%1 由更新版本的田野写入（数据结构版本 %2；当前版本最高支持 %3）。请升级田野后再打开。</translation>
    </message>
    <message>
        <source>Unknown field "%1".</source>
        <translation>未知字段“%1”。</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>不存在编号为 %2 的%1。</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. The last change was not saved; everything before it is safe.</source>
        <translation>%1 所在的磁盘已满。最后一次修改未能保存，此前的所有内容都完好无损。</translation>
    </message>
    <message>
        <source>%1 cannot be written (read-only file or disk). The last change was not saved.</source>
        <translation>无法写入 %1（文件或磁盘为只读）。最后一次修改未能保存。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is busy in another process: %2</source>
        <translation>%1 正被另一个进程占用：%2</translation>
    </message>
    <message>
        <source>The change was refused by %1: %2</source>
        <translation>%1 拒绝了这次修改：%2</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed: %2</source>
        <translation>读写 %1 失败：%2</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>%1 数据库出错：%2</translation>
    </message>
    <message>
        <source>Could not set up full-text search on %1.</source>
        <translation>无法为 %1 启用全文检索。</translation>
    </message>
    <message>
        <source>Search index of %1: %2</source>
        <translation>%1 的检索索引：%2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Tianye (schema %2) and must be upgraded before it can be read this way: open it once in Tianye (it is backed up first).</source>
        <translation>%1 由旧版田野写入（结构版本 %2），须先升级才能以只读方式读取：请在田野中打开一次（升级前会先备份）。</translation>
    </message>
</context>
<context>
    <name>tianye::DictionaryRepository</name>
    <message>
        <source>Only single words can be added to the dictionary.</source>
        <translation>只能把单个词加入词典。</translation>
    </message>
</context>
<context>
    <name>tianye::DossierData</name>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Cannot read the project: %1</source>
        <translation>无法读取项目：%1</translation>
    </message>
    <message>
        <source>there is no city %1</source>
        <translation>没有编号为 %1 的城市</translation>
    </message>
</context>
<context>
    <name>tianye::Exchange</name>
    <message>
        <source>Could not write the exchange file %1: %2.</source>
        <translation>无法写入交换文件 %1：%2。</translation>
    </message>
    <message>
        <source>Could not write the exchange file %1 (is the disk full?): %2. Nothing was left there.</source>
        <translation>无法写入交换文件 %1（磁盘是否已满？）：%2。该位置没有留下任何文件。</translation>
    </message>
    <message>
        <source>Could not open the exchange file %1: %2.</source>
        <translation>无法打开交换文件 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not a Tianye exchange file (it does not begin as one). Choose a file written by Team → Write Exchange File… or tianye-cli sync --to.</source>
        <translation>%1 不是田野的交换文件（文件开头不对）。请选择由“团队 → 写出交换文件…”或 tianye-cli sync --to 写出的文件。</translation>
    </message>
    <message>
        <source>%1 is damaged: its first line is not readable.</source>
        <translation>%1 已损坏：第一行无法读取。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Tianye (exchange format %2; this one reads up to %3). Upgrade Tianye on this laptop, then bring the file in again.</source>
        <translation>%1 由更新版本的田野写出（交换格式 %2；本版本最高只能读取 %3）。请先升级这台电脑上的田野，再重新导入该文件。</translation>
    </message>
    <message>
        <source>%1 is cut short or damaged: its header is incomplete. Copy the file again from the other laptop.</source>
        <translation>%1 不完整或已损坏：文件头残缺。请从另一台电脑重新拷贝该文件。</translation>
    </message>
    <message>
        <source>%1 is damaged: its header cannot be read (%2).</source>
        <translation>%1 已损坏：文件头无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its header does not say how long it is.</source>
        <translation>%1 已损坏：文件头没有写明文件长度。</translation>
    </message>
    <message>
        <source>%1 is cut short (%2 of %3 bytes of changes). Copy the file again from the other laptop; nothing was changed.</source>
        <translation>%1 不完整（改动数据只有 %3 字节中的 %2 字节）。请从另一台电脑重新拷贝该文件；没有做任何改动。</translation>
    </message>
    <message>
        <source>%1 has been changed since it was written (it is longer than its header says); nothing was changed.</source>
        <translation>%1 在写出后被改动过（比文件头所写的更长）；没有做任何改动。</translation>
    </message>
    <message>
        <source>Could not read the exchange file %1: %2.</source>
        <translation>无法读取交换文件 %1：%2。</translation>
    </message>
    <message>
        <source>%1 has been changed since it was written (its checksum does not match); nothing was changed. Ask for the file again.</source>
        <translation>%1 在写出后被改动过（校验和不符）；没有做任何改动。请对方重新发送该文件。</translation>
    </message>
    <message>
        <source>%1 is damaged: its changes cannot be read.</source>
        <translation>%1 已损坏：其中的改动无法读取。</translation>
    </message>
    <message>
        <source>%1 is damaged: a change in it names no copy.</source>
        <translation>%1 已损坏：其中有一项改动没有注明来自哪个副本。</translation>
    </message>
    <message>
        <source>%1 is damaged: its header and its changes disagree.</source>
        <translation>%1 已损坏：文件头与其中的改动对不上。</translation>
    </message>
</context>
<context>
    <name>tianye::InsightRepository</name>
    <message>
        <source>An insight needs a title or a statement.</source>
        <translation>洞察需要标题或陈述。</translation>
    </message>
</context>
<context>
    <name>tianye::IntegrityReport</name>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Broken reference: row %1 of %2 points to a missing row of %3.</source>
        <translation>引用断裂：%2 的第 %1 行指向 %3 中不存在的记录。</translation>
    </message>
    <message>
        <source>Missing media file: %1 (%2) of interview %3.</source>
        <translation>缺少媒体文件：访谈 %3 的 %1（%2）。</translation>
    </message>
    <message>
        <source>Media file %1 (%2) has %3 bytes, %4 expected.</source>
        <translation>媒体文件 %1（%2）大小为 %3 字节，应为 %4 字节。</translation>
    </message>
    <message numerus="yes">
        <source>%n detached quote(s): their words were deleted from the transcript.</source>
        <translation>
            <numerusform>%n 条引文已脱离：原文已从转写稿中删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation>已取消对 %1 的检查。</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not finished: %2</source>
        <translation>%1 没有完成：%2</translation>
    </message>
    <message>
        <source>Media file %1 (%2) cannot be read: %3</source>
        <translation>媒体文件 %1（%2）无法读取：%3</translation>
    </message>
    <message>
        <source>Media file %1 (%2) is damaged: its content is not what was attached. Attach the original again, or locate it, to repair it.</source>
        <translation>媒体文件 %1（%2）已损坏：其内容与附加时不同。请重新附加原始文件，或定位原始文件来修复。</translation>
    </message>
</context>
<context>
    <name>tianye::InterviewRepository</name>
    <message>
        <source>An interview belongs to a city; choose one.</source>
        <translation>访谈必须属于某个城市，请先选择城市。</translation>
    </message>
</context>
<context>
    <name>tianye::MediaRepository</name>
    <message>
        <source>A media record needs the SHA-256 of its file.</source>
        <translation>媒体记录需要文件的 SHA-256 校验值。</translation>
    </message>
</context>
<context>
    <name>tianye::Merge</name>
    <message>
        <source>The other project refers to a record it does not have (%1); nothing was merged.</source>
        <translation>另一个项目引用了它自己没有的记录（%1）；未合并任何内容。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>tianye::ParticipantRepository</name>
    <message>
        <source>A participant needs a code (pseudonym), e.g. DT-001.</source>
        <translation>受访者需要一个编号（化名），例如 DT-001。</translation>
    </message>
    <message>
        <source>There is already a participant with the code %1.</source>
        <translation>编号 %1 已被其他受访者使用。</translation>
    </message>
</context>
<context>
    <name>tianye::Project</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Tianye project database: it is not an SQLite file.</source>
        <translation>%1 不是田野项目数据库：它不是 SQLite 文件。</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is truncated (%2 bytes of %3 expected). Nothing was changed; restore it from a backup.</source>
        <translation>%1 已损坏：文件不完整（只有 %2 字节，应为 %3 字节）。未做任何改动，请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Tianye project.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是田野项目。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tianye (schema %2; this version reads up to %3). Update Tianye to open it.</source>
        <translation>%1 由更新版本的田野写入（数据结构版本 %2；当前版本最高支持 %3）。请升级田野后再打开。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing was changed; restore it from a backup.</source>
        <translation>%1 已损坏（%2）。未做任何改动，请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Nothing was changed; restore it from a backup.</source>
        <translation>%1 已损坏：%2。未做任何改动，请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: the folder is read-only or not accessible. Copy the project to a writable place.</source>
        <translation>无法以可写方式打开 %1：文件夹为只读或无法访问。请把项目复制到可写的位置。</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty; choose another name.</source>
        <translation>%1 已存在且不为空，请换一个名称。</translation>
    </message>
    <message>
        <source>Cannot create the project folder %1: check that the parent folder exists and is writable.</source>
        <translation>无法创建项目文件夹 %1：请确认上级文件夹存在且可写。</translation>
    </message>
    <message>
        <source>There is no project at %1.</source>
        <translation>%1 处没有项目。</translation>
    </message>
    <message>
        <source>%1 is not a Tianye project: open its folder or its %2.</source>
        <translation>%1 不是田野项目：请打开项目文件夹或其中的 %2。</translation>
    </message>
    <message>
        <source>%1 is not a Tianye project: it has no %2.</source>
        <translation>%1 不是田野项目：其中没有 %2。</translation>
    </message>
    <message>
        <source>Cannot create %1 in %2: the folder is not writable.</source>
        <translation>无法在 %2 中创建 %1：文件夹不可写。</translation>
    </message>
    <message>
        <source>%1 is locked by %2, which names no process; it is being written now, or was left damaged. Try again in a moment.</source>
        <translation>%1 被 %2 锁定，但锁文件中没有记录任何进程：它可能正在写入，也可能已经损坏。请稍后再试。</translation>
    </message>
    <message>
        <source>%1 is already open in another window or process (%2, pid %3 on %4; lock file %5). Close it there first.</source>
        <translation>%1 已在另一个窗口或进程中打开（%2，%4 上的进程 %3；锁文件 %5）。请先在那里关闭它。</translation>
    </message>
</context>
<context>
    <name>tianye::QuoteCatalog</name>
    <message>
        <source>Filtering the quotes was cancelled.</source>
        <translation>已取消筛选引文。</translation>
    </message>
    <message>
        <source>Cannot filter the quotes: %1</source>
        <translation>无法筛选引文：%1</translation>
    </message>
    <message>
        <source>speaker not known</source>
        <translation>说话人不明</translation>
    </message>
</context>
<context>
    <name>tianye::QuoteRepository</name>
    <message>
        <source>The quote's position does not match the transcript of interview %1.</source>
        <translation>引文的位置与访谈 %1 的转写稿不符。</translation>
    </message>
</context>
<context>
    <name>tianye::ResearcherRepository</name>
    <message>
        <source>A researcher needs a name.</source>
        <translation>研究员需要一个名字。</translation>
    </message>
</context>
<context>
    <name>tianye::SavedSearchRepository</name>
    <message>
        <source>Give the search a name.</source>
        <translation>请为搜索起个名字。</translation>
    </message>
    <message>
        <source>There is no search to save: type one first.</source>
        <translation>没有可保存的搜索：请先输入搜索内容。</translation>
    </message>
</context>
<context>
    <name>tianye::SearchIndex</name>
    <message>
        <source>Preparing the search rankings was stopped.</source>
        <translation>准备搜索排序的工作已停止。</translation>
    </message>
</context>
<context>
    <name>tianye::Sync</name>
    <message>
        <source>Could not bring in "%1" by %2 from copy %3 (%4): %5. Nothing was changed.</source>
        <translation>无法导入副本 %3 上 %2 的“%1”（%4）：%5。没有做任何改动。</translation>
    </message>
    <message>
        <source>A change from copy %1 ("%2") names a table or an action this version does not know (%3 %4); nothing was changed.</source>
        <translation>来自副本 %1 的改动（“%2”）涉及本版本不认识的表或操作（%3 %4）；没有做任何改动。</translation>
    </message>
    <message>
        <source>Another record is called “%1” now; rename it first.</source>
        <translation>现在已有另一条记录名为“%1”；请先给它改名。</translation>
    </message>
    <message>
        <source>city %1</source>
        <translation>城市 %1</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>受访者 %1</translation>
    </message>
    <message>
        <source>researcher %1</source>
        <translation>研究员 %1</translation>
    </message>
    <message>
        <source>theme %1</source>
        <translation>主题 %1</translation>
    </message>
    <message>
        <source>interview of %1</source>
        <translation>%1 的访谈</translation>
    </message>
    <message>
        <source>quote “%1”</source>
        <translation>引语“%1”</translation>
    </message>
    <message>
        <source>transcript paragraph “%1”</source>
        <translation>转录段落“%1”</translation>
    </message>
    <message>
        <source>insight “%1”</source>
        <translation>洞察“%1”</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The changes to bring in skip steps of copy %1 (step %2 after %3); nothing was changed.</source>
        <translation>要导入的改动跳过了副本 %1 的若干步（第 %3 步之后直接是第 %2 步）；没有做任何改动。</translation>
    </message>
    <message>
        <source>Settled by sync</source>
        <translation>同步时自动调整</translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <translation>没有编号为 %1 的冲突。</translation>
    </message>
    <message>
        <source>Conflict %1 (%2) lost nothing that could be taken: the record was kept.</source>
        <translation>冲突 %1（%2）没有可以取回的落选值：该记录已被保留。</translation>
    </message>
    <message>
        <source>Conflict %1: %2 holds the value that lost already.</source>
        <translation>冲突 %1：%2 已经是当初落选的值了。</translation>
    </message>
    <message>
        <source>%1 cannot come back: what it belonged to is gone.</source>
        <translation>%1 无法恢复：它所属的记录已不存在。</translation>
    </message>
    <message>
        <source>%1 is not in this copy any more (deleted since).</source>
        <translation>%1 已不在这个副本中（之后被删除了）。</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>录音 %1</translation>
    </message>
    <message>
        <source>dictionary word %1</source>
        <translation>词典词 %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>spirit word</source>
        <translation>城市精神</translation>
    </message>
    <message>
        <source>insight statement</source>
        <translation>洞察陈述</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>real name</source>
        <translation>真实姓名</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>tie to the city</source>
        <translation>与城市的关系</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>in the dossier</source>
        <translation>用于报告</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>field notes</source>
        <translation>田野笔记</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>star</source>
        <translation>星标</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>备忘</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>parent theme</source>
        <translation>上级主题</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>saved search %1</source>
        <translation>已保存的搜索 %1</translation>
    </message>
    <message>
        <source>search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>tianye::ThemeRepository</name>
    <message>
        <source>A theme needs a name.</source>
        <translation>主题需要一个名称。</translation>
    </message>
    <message>
        <source>A theme cannot be placed inside itself.</source>
        <translation>主题不能放在它自己之下。</translation>
    </message>
    <message>
        <source>A theme cannot be merged into itself.</source>
        <translation>主题不能合并到它自己。</translation>
    </message>
    <message>
        <source>"%1" cannot be merged into its own sub-theme "%2".</source>
        <translation>“%1”不能合并到它自己的子主题“%2”。</translation>
    </message>
</context>
<context>
    <name>tianye::TimeCode</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>tianye::TranscriptRepository</name>
    <message>
        <source>A segment cannot end before it starts.</source>
        <translation>段落的结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <source>A speaker label cannot be empty.</source>
        <translation>说话人标签不能为空。</translation>
    </message>
    <message>
        <source>The first segment has none before it to join.</source>
        <translation>第一段前面没有可合并的段落。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>导入已取消，未添加任何内容。</translation>
    </message>
</context>
<context>
    <name>tianye::Types</name>
    <message>
        <source>In person</source>
        <translation>面访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已录音</translation>
    </message>
    <message>
        <source>Transcribed</source>
        <translation>已转写</translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>已编码</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Native</source>
        <translation>本地人</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>返乡者</translation>
    </message>
    <message>
        <source>Newcomer</source>
        <translation>新移居者</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Withheld: every participant of this interview withdrew consent. It is left out of every export.</source>
        <translation>已隐去：这次访谈的所有受访者都已撤回知情同意，任何导出都不会包含它。</translation>
    </message>
    <message>
        <source>Withheld: some of these words were said by a participant who withdrew consent. It is left out of every export.</source>
        <translation>已隐去：其中有些话出自已撤回知情同意的受访者，任何导出都不会包含它。</translation>
    </message>
    <message>
        <source>Withheld: who said some of these words is not known, and a participant of this interview withdrew consent. Tie the speaker labels to participants to publish it.</source>
        <translation>已隐去：其中有些话不知出自谁口，而这次访谈有受访者撤回了知情同意。把说话人标签对应到受访者后才能发布。</translation>
    </message>
</context>
<context>
    <name>tianye::WordCorpus</name>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>“%1” is not a participant attribute (one of: %2, attr:KEY).</source>
        <translation>“%1”不是受访者属性（可用：%2、attr:键）。</translation>
    </message>
</context>
<context>
    <name>tianye::cli</name>
    <message>
        <source>Create an empty project</source>
        <translation>创建空项目</translation>
    </message>
    <message>
        <source>Show cities and counts per city</source>
        <translation>显示各城市及其统计</translation>
    </message>
    <message>
        <source>Log or list interviews</source>
        <translation>登记或列出访谈</translation>
    </message>
    <message>
        <source>Write the demo project</source>
        <translation>写出示例项目</translation>
    </message>
    <message>
        <source>Check a project's integrity</source>
        <translation>检查项目完整性</translation>
    </message>
    <message>
        <source>Write a synthetic corpus for scale tests</source>
        <translation>生成用于规模测试的合成语料</translation>
    </message>
    <message>
        <source>Usage: tianye-cli COMMAND [ARGS...] (--help after a command for its options)</source>
        <translation>用法：tianye-cli 命令 [参数...]（在命令后加 --help 查看其选项）</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Other options: --version, --help</source>
        <translation>其他选项：--version、--help</translation>
    </message>
    <message>
        <source>tianye-cli: unknown command "%1".</source>
        <translation>tianye-cli：未知命令“%1”。</translation>
    </message>
    <message>
        <source>Search transcripts, quotes and notes</source>
        <translation>检索转写稿、引文和笔记</translation>
    </message>
    <message>
        <source>Write a transcript as TXT, SRT or WebVTT</source>
        <translation>把转写稿写成 TXT、SRT 或 WebVTT</translation>
    </message>
    <message>
        <source>Append a TXT, SRT, WebVTT or DOCX transcript to an interview</source>
        <translation>把 TXT、SRT、WebVTT 或 DOCX 转写稿追加到一次访谈</translation>
    </message>
    <message>
        <source>Copy a project's database into its backups</source>
        <translation>把项目数据库复制到其备份文件夹</translation>
    </message>
    <message>
        <source>List a project's backups, or restore one</source>
        <translation>列出项目的备份，或恢复其中一个</translation>
    </message>
    <message>
        <source>Export or import the themes (REFI-QDA .qdc or CSV)</source>
        <translation>导出或导入主题（REFI-QDA .qdc 或 CSV）</translation>
    </message>
    <message>
        <source>Write quotes as CSV or XLSX</source>
        <translation>把引文写成 CSV 或 XLSX</translation>
    </message>
    <message>
        <source>Print the theme × city matrix as CSV</source>
        <translation>以 CSV 输出主题 × 城市矩阵</translation>
    </message>
    <message>
        <source>Attach a recording to an interview</source>
        <translation>把录音附加到一次访谈</translation>
    </message>
    <message>
        <source>List media files with format and duration</source>
        <translation>列出媒体文件及其格式和时长</translation>
    </message>
    <message>
        <source>Write a city's insight dossier as PDF, ODT, HTML or Markdown</source>
        <translation>将城市洞察报告写为 PDF、ODT、HTML 或 Markdown</translation>
    </message>
    <message>
        <source>Record an interview from the microphone, or recover a recording</source>
        <translation>用麦克风为访谈录音，或恢复未完成的录音</translation>
    </message>
    <message>
        <source>Add, change or list cities</source>
        <translation>添加、修改或列出城市</translation>
    </message>
    <message>
        <source>Change or list participants</source>
        <translation>修改或列出受访者</translation>
    </message>
    <message>
        <source>Make words of a transcript a quote, as Make Quote does</source>
        <translation>把转写稿中的一段话做成引文（与“制作引文”相同）</translation>
    </message>
    <message>
        <source>List an interview's speaker labels, or tie them to participants</source>
        <translation>列出访谈的说话人标签，或把标签对应到受访者</translation>
    </message>
    <message>
        <source>Make a copy of a project for a colleague</source>
        <translation>为同事复制一份项目</translation>
    </message>
    <message>
        <source>List the newest changes: when, by whom, on which copy</source>
        <translation>列出最近的更改：时间、修改人、在哪份副本上</translation>
    </message>
    <message>
        <source>Bring two copies of a project together, both ways</source>
        <translation>双向合并同一项目的两个副本</translation>
    </message>
    <message>
        <source>List what sync resolved</source>
        <translation>列出同步时解决的冲突</translation>
    </message>
    <message>
        <source>Merge a project started separately into this one</source>
        <translation>把另行创建的项目合并进本项目</translation>
    </message>
    <message>
        <source>Make every hit of a search a quote with a theme</source>
        <translation>把搜索的每处命中都做成带主题的引语</translation>
    </message>
    <message>
        <source>List, save or remove the project's saved searches</source>
        <translation>列出、保存或删除项目中已保存的搜索</translation>
    </message>
    <message>
        <source>The words and expressions that set a city apart (keyness)</source>
        <translation>找出一座城市与众不同的词语和说法（关键度）</translation>
    </message>
    <message>
        <source>Export or import a whole project as REFI-QDA (.qdpx: NVivo, ATLAS.ti, MAXQDA)</source>
        <translation>以 REFI-QDA 格式（.qdpx：NVivo、ATLAS.ti、MAXQDA）导出或导入整个项目</translation>
    </message>
</context>
<context>
    <name>tianye::cli::BackupCommands</name>
    <message>
        <source>tianye-cli backup PATH
Copies the project's database into its backups folder, also while the project is open. Such backups are never rotated away.</source>
        <translation>tianye-cli backup PATH
把项目数据库复制到其备份文件夹，项目打开时也可以。这类备份不会被轮换删除。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>There is no Tianye project at %1.</source>
        <translation>%1 处没有田野项目。</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>已写入备份：%1</translation>
    </message>
    <message>
        <source>tianye-cli restore PATH [BACKUP]
Without BACKUP, lists the project's backups, newest first. BACKUP is a number from that list, "latest" or a file. The project must not be open; its current database is kept as a backup first.</source>
        <translation>tianye-cli restore PATH [BACKUP]
不带 BACKUP 时，按从新到旧列出项目的备份。BACKUP 可以是列表中的序号、“latest”或一个文件。项目不能处于打开状态；恢复前会先把当前数据库另存为备份。</translation>
    </message>
    <message>
        <source>PATH [BACKUP]</source>
        <translation>PATH [BACKUP]</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>%1 中没有备份。</translation>
    </message>
    <message>
        <source>There is no backup "%1"; run tianye-cli restore %2 to list them.</source>
        <translation>没有备份“%1”；运行 tianye-cli restore %2 可列出全部备份。</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The database it replaced is kept in the backups folder.</source>
        <translation>已从 %2 恢复 %1。被替换的数据库保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>List the backups as JSON.</source>
        <translation>以 JSON 格式列出备份。</translation>
    </message>
</context>
<context>
    <name>tianye::cli::CliContext</name>
    <message>
        <source>Run '%1 --help' for usage.</source>
        <translation>运行“%1 --help”查看用法。</translation>
    </message>
    <message>
        <source>Missing arguments: %1</source>
        <translation>缺少参数：%1</translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation>参数过多：%1</translation>
    </message>
    <message>
        <source>tianye-cli: '%1' needs a subcommand.</source>
        <translation>tianye-cli：“%1”需要一个子命令。</translation>
    </message>
    <message>
        <source>There is no interview "%1" in %2.</source>
        <translation>%2 中没有访谈“%1”。</translation>
    </message>
    <message>
        <source>There is no city "%1" in %2.</source>
        <translation>%2 中没有城市“%1”。</translation>
    </message>
</context>
<context>
    <name>tianye::cli::DossierCommand</name>
    <message>
        <source>The city (by name).</source>
        <translation>城市（按名称）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The comparison of all cities: the theme × city matrix and each city's insight side by side.</source>
        <translation>全部城市的对照：主题 × 城市矩阵，以及各城市的洞察并列呈现。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>pdf, odt, html or md (default: from the file's suffix, else pdf).</source>
        <translation>pdf、odt、html 或 md（默认按文件后缀，否则为 pdf）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>How many quotes each theme shows (default 3).</source>
        <translation>每个主题展示的引文数（默认 3）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Language of the headings: en or zh (default en).</source>
        <translation>标题语言：en 或 zh（默认 en）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>PDF page size: a4 or letter (default a4).</source>
        <translation>PDF 纸张：a4 或 letter（默认 a4）。</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Name participants who gave consent by their real names.</source>
        <translation>已同意的受访者以真名呈现。</translation>
    </message>
    <message>
        <source>tianye-cli dossier PATH --city NAME -o FILE
Writes a city's insight dossier (or, with --all-cities, the comparison of all cities) as PDF, ODT, HTML or Markdown. Participants who withdrew consent, and their words, are never in it.</source>
        <translation>tianye-cli dossier 路径 --city 名称 -o 文件
将一座城市的洞察报告（或使用 --all-cities 时的全部城市对照）写为 PDF、ODT、HTML 或 Markdown。撤回知情同意的受访者及其话语绝不会出现在其中。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Give either --city NAME or --all-cities.</source>
        <translation>请给出 --city 名称 或 --all-cities 之一。</translation>
    </message>
    <message>
        <source>Give the file to write with -o FILE.</source>
        <translation>请用 -o 文件 指定要写入的文件。</translation>
    </message>
    <message>
        <source>Unknown format "%1"; use pdf, odt, html or md.</source>
        <translation>未知格式“%1”；请用 pdf、odt、html 或 md。</translation>
    </message>
    <message>
        <source>--quotes-per-theme takes a number from 0 to 100.</source>
        <translation>--quotes-per-theme 需要 0 到 100 之间的数字。</translation>
    </message>
    <message>
        <source>Unknown language "%1"; use en or zh.</source>
        <translation>未知语言“%1”；请用 en 或 zh。</translation>
    </message>
    <message>
        <source>Unknown page size "%1"; use a4 or letter.</source>
        <translation>未知纸张“%1”；请用 a4 或 letter。</translation>
    </message>
    <message>
        <source>There is no city "%1" in this project.</source>
        <translation>本项目中没有城市“%1”。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Comma-separated sections: cover, insights, themes, people, roster, and words (the words that set the city apart; not in the default) (default: all but words).</source>
        <translation>以逗号分隔的章节：cover、insights、themes、people、roster，以及 words（让这座城市与众不同的词语；默认不含）（默认：除 words 外全部）。</translation>
    </message>
    <message>
        <source>Unknown sections "%1"; use cover, insights, themes, people, roster, words.</source>
        <translation>未知章节“%1”；可用 cover、insights、themes、people、roster、words。</translation>
    </message>
</context>
<context>
    <name>tianye::cli::MediaCommands</name>
    <message>
        <source>Interview id or UUID (required).</source>
        <translation>访谈 id 或 UUID（必填）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>tianye-cli attach-audio PATH --interview ID FILE
Copies a recording (WAV, MP3, M4A/AAC, Ogg/Opus, FLAC, AMR) into the project, stored once by its SHA-256, and attaches it to the interview with its format, duration and size.</source>
        <translation>tianye-cli attach-audio 项目路径 --interview ID 文件
把录音（WAV、MP3、M4A/AAC、Ogg/Opus、FLAC、AMR）复制到项目中（按 SHA-256 只存一份），并连同格式、时长和大小附加到该访谈。</translation>
    </message>
    <message>
        <source>PATH FILE</source>
        <translation>项目路径 文件</translation>
    </message>
    <message>
        <source>--interview is required.</source>
        <translation>必须指定 --interview。</translation>
    </message>
    <message>
        <source>Attached %1 to interview %2: media %3, %4, %5 ms, %6 bytes</source>
        <translation>已把 %1 附加到访谈 %2：媒体 %3，%4，%5 毫秒，%6 字节</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>输出 JSON 而不是表格。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>项目路径</translation>
    </message>
    <message>
        <source>ID	INTERVIEW	FORMAT	DURATION_MS	SIZE	FILE</source>
        <translation>ID	访谈	格式	时长_毫秒	大小	文件</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <source>First copy the recordings this copy lacks from OTHER, another copy of the project (each checked by its SHA-256).</source>
        <translation>先从另一副本 OTHER 复制本副本缺少的录音（每个都按 SHA-256 核对）。</translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation>OTHER</translation>
    </message>
    <message>
        <source>tianye-cli media PATH [--fetch-from OTHER] [--json]
Lists each media file with its interview, format, duration in ms and size; files missing from media/ are marked. --fetch-from first copies the missing ones from another copy that has them.</source>
        <translation>tianye-cli media PATH [--fetch-from OTHER] [--json]
列出每个媒体文件及其访谈、格式、时长（毫秒）和大小；media/ 中缺失的文件会标出。--fetch-from 先从拥有这些录音的另一副本复制缺失的文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) copied (%1).</source>
        <translation>
            <numerusform>已复制 %n 个录音（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither copy has these recordings: %1</source>
        <translation>两个副本都没有这些录音：%1</translation>
    </message>
</context>
<context>
    <name>tianye::cli::ProjectCommands</name>
    <message>
        <source>Project name shown in the app.</source>
        <translation>在应用中显示的项目名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>tianye-cli init PATH
Creates an empty project folder PATH.tianye.</source>
        <translation>tianye-cli init PATH
创建空项目文件夹 PATH.tianye。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation>已创建项目 %1</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>tianye-cli info PATH
Shows the project's cities and what has been collected in each.</source>
        <translation>tianye-cli info PATH
显示项目中的城市以及每个城市已收集的内容。</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>Folder:  %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>Cities: %1, media files: %2</source>
        <translation>城市：%1，媒体文件：%2</translation>
    </message>
    <message>
        <source>interviews %1 (transcribed %2/%3), participants %4, quotes %5, characters %6</source>
        <translation>访谈 %1（已转写 %2/%3），受访者 %4，引文 %5，字数 %6</translation>
    </message>
    <message>
        <source>tianye-cli demo PATH
Writes the demo project (three cities, twelve interviews) to PATH.tianye.</source>
        <translation>tianye-cli demo PATH
把示例项目（三个城市、十二场访谈）写到 PATH.tianye。</translation>
    </message>
    <message>
        <source>Created demo project %1</source>
        <translation>已创建示例项目 %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>数据结构版本：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>OK: no problems found.</source>
        <translation>正常：未发现问题。</translation>
    </message>
    <message>
        <source>Number of cities.</source>
        <translation>城市数量。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Interviews in each city.</source>
        <translation>每个城市的访谈数。</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Transcript characters per interview.</source>
        <translation>每场访谈的转写字数。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Quotes in the whole project.</source>
        <translation>整个项目的引文数。</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same corpus.</source>
        <translation>随机种子；相同的种子生成相同的语料。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>tianye-cli generate PATH
Writes a synthetic corpus for scale tests into a new project PATH.</source>
        <translation>tianye-cli generate PATH
把用于规模测试的合成语料写入新项目 PATH。</translation>
    </message>
    <message>
        <source>The sizes must be whole numbers, with at least one city.</source>
        <translation>数量必须是整数，且至少有一个城市。</translation>
    </message>
    <message>
        <source>%1 of %2 interviews</source>
        <translation>第 %1 / %2 场访谈</translation>
    </message>
    <message>
        <source>Generated %1: %2 cities, %3 interviews, %4 segments, %5 quotes, %6 characters in %7 s</source>
        <translation>已生成 %1：%2 个城市，%3 场访谈，%4 个段落，%5 条引文，%6 字，用时 %7 秒</translation>
    </message>
    <message>
        <source>Rebuild the full-text search index from the project's records first.</source>
        <translation>先根据项目记录重建全文检索索引。</translation>
    </message>
    <message>
        <source>tianye-cli check PATH
Checks the project's database, references, search index and media files. Exits with 1 when something is wrong.</source>
        <translation>tianye-cli check PATH
检查项目的数据库、引用关系、检索索引和媒体文件。发现问题时以状态码 1 退出。</translation>
    </message>
    <message>
        <source>Search index rebuilt.</source>
        <translation>检索索引已重建。</translation>
    </message>
    <message>
        <source>fieldwork %1 – %2, audio %3</source>
        <translation>田野调查 %1 至 %2，录音 %3</translation>
    </message>
    <message>
        <source>Problems found in %1: %2.</source>
        <translation>在 %1 中发现问题：%2 个。</translation>
    </message>
    <message>
        <source>tianye-cli generate was stopped before it finished; the corpus is partial.</source>
        <translation>tianye-cli generate 在完成前被中止，语料并不完整。</translation>
    </message>
    <message>
        <source>Also read every media file and compare it with what was attached (SHA-256).</source>
        <translation>同时读取每个媒体文件，与附加时的内容比对（SHA-256）。</translation>
    </message>
</context>
<context>
    <name>tianye::cli::QdpxCommand</name>
    <message>
        <source>export: the .qdpx file to write.</source>
        <translation>export：要写入的 .qdpx 文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>export: leave the recordings out of the archive.</source>
        <translation>export：归档中不包含录音。</translation>
    </message>
    <message>
        <source>import: merge into this existing project instead of making a new one.</source>
        <translation>import：合并到这个已有项目，而不是新建项目。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>-o FILE.qdpx is required.</source>
        <translation>必须指定 -o FILE.qdpx。</translation>
    </message>
    <message>
        <source>export takes one project: qdpx export PATH -o FILE.qdpx</source>
        <translation>export 只接受一个项目：qdpx export PATH -o FILE.qdpx</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes): %3 text sources, %4 recordings, %5 cases, %6 codes, %7 coded selections, %8 notes.</source>
        <translation>已写入 %1（%2 字节）：%3 份文本资料、%4 段录音、%5 个个案、%6 个编码、%7 个已编码选段、%8 条备注。</translation>
    </message>
    <message>
        <source>Left out: %1 quotes no longer on words of their transcript.</source>
        <translation>未写出：%1 条摘录已不在其转写的文字上。</translation>
    </message>
    <message>
        <source>Recordings not in this copy, left out: %1</source>
        <translation>这份副本中没有的录音，未写出：%1</translation>
    </message>
    <message>
        <source>A .qdpx cannot carry: %1.</source>
        <translation>.qdpx 无法携带：%1。</translation>
    </message>
    <message>
        <source>Give either DEST or --into PATH, not both.</source>
        <translation>请只给出 DEST 或 --into PATH 之一，不要同时给出。</translation>
    </message>
    <message>
        <source>import needs a destination: qdpx import FILE.qdpx DEST</source>
        <translation>import 需要目标位置：qdpx import FILE.qdpx DEST</translation>
    </message>
    <message>
        <source>import: fill FIELD from the file's variable NAME (repeatable); FIELD is one of those qdpx preview lists, or none to keep the variable as it is.</source>
        <translation>import：用文件中的变量 NAME 填写田野的 FIELD 字段（可重复）；FIELD 取 qdpx preview 列出的字段之一，或用 none 保留该变量原样。</translation>
    </message>
    <message>
        <source>NAME=FIELD</source>
        <translation>变量=字段</translation>
    </message>
    <message>
        <source>tianye-cli qdpx export PATH -o FILE.qdpx | qdpx preview FILE.qdpx | qdpx import FILE.qdpx (DEST | --into PATH) [--map NAME=FIELD]…
REFI-QDA project exchange with NVivo, ATLAS.ti, MAXQDA, QualCoder and Taguette. export writes the project (cities and participants as cases, interviews as text sources with their recordings, quotes as coded selections, themes as codes); what a withdrawn participant said is left out. preview lists what a .qdpx holds and the field each of its variables will fill. import reads a .qdpx into a new project at DEST, or into an existing project with --into (merged as Team → Merge does), and prints what it read, brought in and left out.</source>
        <translation>tianye-cli qdpx export PATH -o FILE.qdpx | qdpx preview FILE.qdpx | qdpx import FILE.qdpx (DEST | --into PATH) [--map NAME=FIELD]…
与 NVivo、ATLAS.ti、MAXQDA、QualCoder 和 Taguette 交换 REFI-QDA 项目。export 写出项目（城市和受访者作为个案，访谈连同录音作为文本资料，摘录作为已编码的选段，主题作为编码）；撤回同意的受访者说过的话不会写出。preview 列出 .qdpx 中的内容以及每个变量将填入的字段。import 把 .qdpx 读入 DEST 处的新项目，或用 --into 读入已有项目（与“团队 → 合并”相同），并列出读到、导入和舍弃的内容。</translation>
    </message>
    <message>
        <source>export PATH | preview FILE | import FILE [DEST]</source>
        <translation>export 路径 | preview 文件 | import 文件 [目标]</translation>
    </message>
    <message>
        <source>%1 (written by %2): %3 sources, %4 cases, %5 codes, %6 coded selections, %7 notes, %8 users.</source>
        <translation>%1（由 %2 写出）：%3 份资料、%4 个个案、%5 个编码、%6 个已编码选段、%7 条备注、%8 位用户。</translation>
    </message>
    <message>
        <source>an unnamed tool</source>
        <translation>未注明的软件</translation>
    </message>
    <message>
        <source>  variable “%1” (%2; on %3 cases, %4 sources; e.g. %5) → %6</source>
        <translation>  变量“%1”（%2；%3 个个案、%4 份资料上有取值；例如 %5）→ %6</translation>
    </message>
    <message>
        <source>Fields: %1, none (--map NAME=FIELD).</source>
        <translation>字段：%1、none（--map 变量=字段）。</translation>
    </message>
    <message>
        <source>Unknown action "%1"; use export, preview or import.</source>
        <translation>未知操作“%1”；请用 export、preview 或 import。</translation>
    </message>
    <message>
        <source>--map %1: use NAME=FIELD with FIELD one of %2, none.</source>
        <translation>--map %1：请用 变量=字段 的形式，字段取 %2、none 之一。</translation>
    </message>
    <message>
        <source>Left out under the consent rule: %1 participants who withdrew, %2 interviews, %3 transcript segments, %4 quotes, %5 recordings.</source>
        <translation>按知情同意规则未写出：%1 位撤回同意的受访者、%2 场访谈、%3 个转写段落、%4 条摘录、%5 段录音。</translation>
    </message>
</context>
<context>
    <name>tianye::cli::QuoteCommands</name>
    <message>
        <source>tianye-cli codebook export|import PATH FILE
Writes the project's themes to FILE, or adds FILE's themes to the project (a theme with the same GUID, or the same name under the same parent, is updated; nothing is removed). FILE is a REFI-QDA codebook (.qdc) or CSV (.csv).</source>
        <translation>tianye-cli codebook export|import 项目路径 文件
把项目的主题写入文件，或把文件中的主题加入项目（GUID 相同、或在同一父主题下同名的主题会被更新；不删除任何主题）。文件为 REFI-QDA 编码本（.qdc）或 CSV（.csv）。</translation>
    </message>
    <message>
        <source>export|import PATH FILE</source>
        <translation>export|import 项目路径 文件</translation>
    </message>
    <message>
        <source>Unknown action "%1"; use export or import.</source>
        <translation>未知操作“%1”；请用 export 或 import。</translation>
    </message>
    <message>
        <source>Wrote %1: themes: %2</source>
        <translation>已写入 %1：主题 %2 个</translation>
    </message>
    <message>
        <source>Read %1: themes added: %2, updated: %3, unchanged: %4</source>
        <translation>已读取 %1：新增主题 %2 个，更新 %3 个，未变 %4 个</translation>
    </message>
    <message>
        <source>Only quotes from this city (name).</source>
        <translation>只要这个城市（名称）的引文。</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Only quotes with this theme or its sub-themes (name).</source>
        <translation>只要带有这个主题或其子主题（名称）的引文。</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Only starred quotes.</source>
        <translation>只要加星标的引文。</translation>
    </message>
    <message>
        <source>Only quotes marked for the dossier.</source>
        <translation>只要标记为用于报告的引文。</translation>
    </message>
    <message>
        <source>Only quotes whose text, note or translation match these words.</source>
        <translation>只要正文、备注或译文与这些词匹配的引文。</translation>
    </message>
    <message>
        <source>WORDS</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the output name).</source>
        <translation>csv 或 xlsx（默认按输出文件名判断）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>要写入的文件（必填）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>tianye-cli quotes PATH -o FILE
Writes quotes with speaker, city, themes and flags as CSV or XLSX. Quotes of participants who withdrew consent are left out.</source>
        <translation>tianye-cli quotes 项目路径 -o 文件
把引文连同说话人、城市、主题和标记写成 CSV 或 XLSX。已撤回同意的受访者的引文不会写出。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>项目路径</translation>
    </message>
    <message>
        <source>-o FILE is required.</source>
        <translation>必须指定 -o 文件。</translation>
    </message>
    <message>
        <source>Unknown format "%1"; use csv or xlsx.</source>
        <translation>未知格式“%1”；请用 csv 或 xlsx。</translation>
    </message>
    <message>
        <source>There is no city "%1" in %2.</source>
        <translation>%2 中没有城市“%1”。</translation>
    </message>
    <message>
        <source>There is no theme "%1" in %2.</source>
        <translation>%2 中没有主题“%1”。</translation>
    </message>
    <message>
        <source>--search has no words to look for.</source>
        <translation>--search 没有可查找的词。</translation>
    </message>
    <message>
        <source>Wrote %1: quotes: %2</source>
        <translation>已写入 %1：引文 %2 条</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n quote(s) withheld for consent (a participant who withdrew says them, or who says them is not known).</source>
        <translation>
            <numerusform>因知情同意隐去了 %n 条引文（出自已撤回同意的受访者，或说话人不明）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview id or UUID (required).</source>
        <translation>访谈编号或 UUID（必填）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The exact words of the quote, as they are in the transcript (required).</source>
        <translation>引文的原话，须与转写稿中一字不差（必填）。</translation>
    </message>
    <message>
        <source>Which place, when the words occur more than once (1 is the first).</source>
        <translation>这段话出现多次时取第几处（1 为第一处）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>A theme by name; repeat for several. New names become themes.</source>
        <translation>按名称指定主题，可重复以指定多个；新名称会成为新主题。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Star the quote.</source>
        <translation>给引文加星标。</translation>
    </message>
    <message>
        <source>Use the quote in the dossier.</source>
        <translation>在简报中使用这条引文。</translation>
    </message>
    <message>
        <source>A note on the quote.</source>
        <translation>引文备注。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>tianye-cli quote add PATH --interview ID --text WORDS
Makes the words a quote, anchored in the transcript as Make Quote (Ctrl+M) does; prints its id.</source>
        <translation>tianye-cli quote add PATH --interview ID --text WORDS
把这段话做成引文，像“制作引文”（Ctrl+M）一样锚定在转写稿中；输出其编号。</translation>
    </message>
    <message>
        <source>--interview and --text are required.</source>
        <translation>必须提供 --interview 和 --text。</translation>
    </message>
    <message>
        <source>--occurrence takes a number from 1.</source>
        <translation>--occurrence 需要从 1 开始的数字。</translation>
    </message>
    <message>
        <source>Usage: tianye-cli quote add PATH --interview ID --text WORDS [--occurrence N] [--theme NAME]... [--star] [--dossier] [--note TEXT]</source>
        <translation>用法：tianye-cli quote add PATH --interview ID --text WORDS [--occurrence N] [--theme NAME]... [--star] [--dossier] [--note TEXT]</translation>
    </message>
    <message>
        <source>Themes by this instead of by city: %1.</source>
        <translation>按此属性而不是按城市列出主题：%1。</translation>
    </message>
    <message>
        <source>ATTRIBUTE</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Themes by themes: how many quotes, transcript segments or interviews have both (quote, segment, interview).</source>
        <translation>主题对主题：有多少引语、转写段落或访谈同时有这两个主题（quote、segment、interview）。</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>tianye-cli matrix PATH
Prints the theme × city matrix as CSV: for each theme (with its sub-themes), the number of quotes and of distinct interviews in each city. Participants who withdrew consent are not counted. With --by, themes by another attribute of who said the quotes, with the share of each column's coded quotes and totals; with --cooccurrence, themes found together.</source>
        <translation>tianye-cli matrix PATH
以 CSV 输出主题 × 城市矩阵：每个主题（含子主题）在每座城市的引语数和不同访谈数。已撤回同意的受访者不计入。加 --by 时，按说话人的其他属性列出主题，并给出占该列已编码引语的比例和合计；加 --cooccurrence 时，列出同时出现的主题。</translation>
    </message>
    <message>
        <source>--by takes one of: %1.</source>
        <translation>--by 可取：%1。</translation>
    </message>
    <message>
        <source>--cooccurrence takes quote, segment or interview.</source>
        <translation>--cooccurrence 可取 quote、segment 或 interview。</translation>
    </message>
</context>
<context>
    <name>tianye::cli::RecordAudioCommand</name>
    <message>
        <source>The interview (id or UUID).</source>
        <translation>访谈（编号或 UUID）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>How long to record.</source>
        <translation>录音时长（秒）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How to keep the recording: opus (compact, the default), flac (lossless) or wav.</source>
        <translation>录音的保存格式：opus（体积小，默认）、flac（无损）或 wav。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The microphone (by description; default: the system's).</source>
        <translation>麦克风（按名称；默认使用系统的）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Keep every unfinished recording (after a crash) in its interview.</source>
        <translation>将所有未完成的录音（崩溃后留下的）保存到各自的访谈中。</translation>
    </message>
    <message>
        <source>List the microphones.</source>
        <translation>列出麦克风。</translation>
    </message>
    <message>
        <source>tianye-cli record PATH --interview ID --seconds N
Records from the microphone into the interview. The audio is on disk as it arrives: if the recording is cut short, --recover keeps what was recorded.</source>
        <translation>tianye-cli record 路径 --interview 编号 --seconds N
用麦克风为访谈录音。音频边录边写入磁盘：录音意外中断时，--recover 可保住已录下的内容。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>Give the project PATH.</source>
        <translation>请给出项目路径。</translation>
    </message>
    <message>
        <source>Unknown format "%1"; use opus, flac or wav.</source>
        <translation>未知格式“%1”；请用 opus、flac 或 wav。</translation>
    </message>
    <message>
        <source>No unfinished recordings.</source>
        <translation>没有未完成的录音。</translation>
    </message>
    <message>
        <source>Recovered %1 of audio started %2 into interview %3</source>
        <translation>已将 %2 开始的 %1 录音恢复到访谈 %3</translation>
    </message>
    <message>
        <source>Give --interview ID and --seconds N.</source>
        <translation>请给出 --interview 编号 和 --seconds N。</translation>
    </message>
    <message>
        <source>--seconds takes a positive number.</source>
        <translation>--seconds 需要一个正数。</translation>
    </message>
    <message>
        <source>There is no microphone "%1".</source>
        <translation>没有名为“%1”的麦克风。</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>正在录音到 %1</translation>
    </message>
    <message>
        <source>recorded %1 ms</source>
        <translation>已录 %1 毫秒</translation>
    </message>
    <message>
        <source>Attached %1 of audio to the interview.</source>
        <translation>已将 %1 的录音附加到访谈。</translation>
    </message>
</context>
<context>
    <name>tianye::cli::RecordCommands</name>
    <message>
        <source>Province or region.</source>
        <translation>省份或地区。</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>Planned number of interviews.</source>
        <translation>计划访谈数。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>tianye-cli city add PATH NAME
Adds a city; prints its id.</source>
        <translation>tianye-cli city add PATH NAME
添加城市并输出其编号。</translation>
    </message>
    <message>
        <source>PATH NAME</source>
        <translation>PATH NAME</translation>
    </message>
    <message>
        <source>--target needs a whole number.</source>
        <translation>--target 需要一个整数。</translation>
    </message>
    <message>
        <source>tianye-cli city list PATH
Lists the cities: id and name.</source>
        <translation>tianye-cli city list PATH
列出城市：编号和名称。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>City name or id (required).</source>
        <translation>城市名称或编号（必填）。</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>CITY</translation>
    </message>
    <message>
        <source>Participant code; repeat for several. New codes are added to the city.</source>
        <translation>受访者编号；可重复多次。新编号会添加到该城市。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Interviewer name; repeat for several.</source>
        <translation>访谈员姓名；可重复多次。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Start, yyyy-MM-dd or yyyy-MM-ddTHH:mm (default: now).</source>
        <translation>开始时间，格式为 yyyy-MM-dd 或 yyyy-MM-ddTHH:mm（默认：现在）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>in_person, phone or video (default in_person).</source>
        <translation>in_person、phone 或 video（默认 in_person）。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>planned, recorded, transcribed, coded or reviewed (default planned).</source>
        <translation>planned、recorded、transcribed、coded 或 reviewed（默认 planned）。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Where it took place.</source>
        <translation>访谈地点。</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>PLACE</translation>
    </message>
    <message>
        <source>Length in minutes.</source>
        <translation>时长（分钟）。</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <source>A one-line summary.</source>
        <translation>一句话摘要。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>tianye-cli interview add PATH --city CITY
Logs an interview; prints its id (a UUID), which other commands accept.</source>
        <translation>tianye-cli interview add PATH --city CITY
登记一场访谈并输出其编号（UUID），其他命令可以使用该编号。</translation>
    </message>
    <message>
        <source>--city is required.</source>
        <translation>必须提供 --city。</translation>
    </message>
    <message>
        <source>Unknown mode "%1".</source>
        <translation>未知的访谈方式“%1”。</translation>
    </message>
    <message>
        <source>Unknown status "%1".</source>
        <translation>未知的状态“%1”。</translation>
    </message>
    <message>
        <source>--duration needs a whole number of minutes.</source>
        <translation>--duration 需要整数分钟。</translation>
    </message>
    <message>
        <source>Cannot read the date "%1"; use yyyy-MM-dd or yyyy-MM-ddTHH:mm.</source>
        <translation>无法识别日期“%1”；请使用 yyyy-MM-dd 或 yyyy-MM-ddTHH:mm。</translation>
    </message>
    <message>
        <source>Only this city (name or id).</source>
        <translation>只列出该城市（名称或编号）。</translation>
    </message>
    <message>
        <source>tianye-cli interview list PATH
Lists interviews: id, UUID, date, city, participants, status.</source>
        <translation>tianye-cli interview list PATH
列出访谈：编号、UUID、日期、城市、受访者、状态。</translation>
    </message>
    <message>
        <source>A new name.</source>
        <translation>新名称。</translation>
    </message>
    <message>
        <source>Notes on the city.</source>
        <translation>关于该城市的备注。</translation>
    </message>
    <message>
        <source>The city's spirit word (e.g. 不争).</source>
        <translation>城市精神（如“不争”）。</translation>
    </message>
    <message>
        <source>WORD</source>
        <translation>WORD</translation>
    </message>
    <message>
        <source>What the spirit word means for the city.</source>
        <translation>城市精神的阐述：它对这座城市意味着什么。</translation>
    </message>
    <message>
        <source>tianye-cli city edit PATH CITY
Changes a city's name, region, target, notes, spirit word or statement: each option given is one step of the project's history, as in the window.</source>
        <translation>tianye-cli city edit PATH CITY
修改城市的名称、地区、目标数、备注、城市精神或其阐述：每个给出的选项都是项目历史中的一步，与在窗口中修改相同。</translation>
    </message>
    <message>
        <source>PATH CITY</source>
        <translation>PATH CITY</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>已修改 %1。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>given, pending or withdrawn.</source>
        <translation>given（已同意）、pending（待定）或 withdrawn（已撤回）。</translation>
    </message>
    <message>
        <source>When consent was given or withdrawn (yyyy-MM-dd).</source>
        <translation>同意或撤回的日期（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>Occupation.</source>
        <translation>职业。</translation>
    </message>
    <message>
        <source>Category (creator, entrepreneur, …).</source>
        <translation>类别（创作者、创业者……）。</translation>
    </message>
    <message>
        <source>Gender.</source>
        <translation>性别。</translation>
    </message>
    <message>
        <source>Age band.</source>
        <translation>年龄段。</translation>
    </message>
    <message>
        <source>Tie to the city: native, returnee, newcomer, visitor or unknown.</source>
        <translation>与城市的关系：native（本地人）、returnee（返乡者）、newcomer（新移民）、visitor（访客）或 unknown（未知）。</translation>
    </message>
    <message>
        <source>TIE</source>
        <translation>TIE</translation>
    </message>
    <message>
        <source>Real name (private).</source>
        <translation>真实姓名（保密）。</translation>
    </message>
    <message>
        <source>Contact (private).</source>
        <translation>联系方式（保密）。</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>tianye-cli participant edit PATH CODE
Changes a participant's fields: each option given is one step of the project's history, as an edit in the roster is.</source>
        <translation>tianye-cli participant edit PATH CODE
修改受访者的字段：每个给出的选项都是项目历史中的一步，与在名单中编辑相同。</translation>
    </message>
    <message>
        <source>PATH CODE</source>
        <translation>PATH CODE</translation>
    </message>
    <message>
        <source>Unknown consent "%1"; use given, pending or withdrawn.</source>
        <translation>未知的知情同意状态“%1”；请使用 given、pending 或 withdrawn。</translation>
    </message>
    <message>
        <source>Unknown tie "%1"; use native, returnee, newcomer, visitor or unknown.</source>
        <translation>未知的城市关系“%1”；请使用 native、returnee、newcomer、visitor 或 unknown。</translation>
    </message>
    <message>
        <source>Give at least one field to change.</source>
        <translation>请至少给出一个要修改的字段。</translation>
    </message>
    <message>
        <source>There is no participant "%1" in %2.</source>
        <translation>%2 中没有受访者“%1”。</translation>
    </message>
    <message>
        <source>tianye-cli participant list PATH
Lists participants: code, city, occupation, consent (no real names).</source>
        <translation>tianye-cli participant list PATH
列出受访者：编号、城市、职业、知情同意状态（不含真实姓名）。</translation>
    </message>
    <message>
        <source>Usage: tianye-cli city add PATH NAME [--region REGION] [--target N]
       tianye-cli city edit PATH CITY [--name NAME] [--region REGION] [--target N] [--notes TEXT] [--spirit WORD] [--statement TEXT]
       tianye-cli city list PATH [--json]</source>
        <translation>用法：tianye-cli city add PATH NAME [--region REGION] [--target N]
      tianye-cli city edit PATH CITY [--name NAME] [--region REGION] [--target N] [--notes TEXT] [--spirit WORD] [--statement TEXT]
      tianye-cli city list PATH [--json]</translation>
    </message>
    <message>
        <source>Usage: tianye-cli interview add PATH --city CITY [--participant CODE]... [--interviewer NAME]... [--date DATE] [--mode MODE] [--status STATUS] [--place PLACE] [--duration MIN] [--summary TEXT]
       tianye-cli interview list PATH [--city CITY] [--json]</source>
        <translation>用法：tianye-cli interview add PATH --city CITY [--participant CODE]... [--interviewer NAME]... [--date DATE] [--mode MODE] [--status STATUS] [--place PLACE] [--duration MIN] [--summary TEXT]
      tianye-cli interview list PATH [--city CITY] [--json]</translation>
    </message>
    <message>
        <source>Usage: tianye-cli participant edit PATH CODE [--consent given|pending|withdrawn] [--occupation TEXT] [--category TEXT] [--gender TEXT] [--age-band TEXT] [--tie TIE] [--consent-date DATE] [--real-name NAME] [--contact TEXT] [--notes TEXT]
       tianye-cli participant list PATH [--city CITY] [--json]</source>
        <translation>用法：tianye-cli participant edit PATH CODE [--consent given|pending|withdrawn] [--occupation TEXT] [--category TEXT] [--gender TEXT] [--age-band TEXT] [--tie TIE] [--consent-date DATE] [--real-name NAME] [--contact TEXT] [--notes TEXT]
      tianye-cli participant list PATH [--city CITY] [--json]</translation>
    </message>
</context>
<context>
    <name>tianye::cli::SearchCommand</name>
    <message>
        <source>Only this city (same as city:NAME in the query).</source>
        <translation>只检索该城市（等同于在查询中写 city:名称）。</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>CITY</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Print only the number of matching transcript segments.</source>
        <translation>只输出匹配的转写段落数。</translation>
    </message>
    <message>
        <source>Skip this many transcript hits.</source>
        <translation>跳过这么多条转写命中。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Transcript hits per page.</source>
        <translation>每页的转写命中数。</translation>
    </message>
    <message>
        <source>tianye-cli search PATH QUERY
Searches transcripts, quotes, notes, participants, cities and insights.
QUERY: words and "phrases" (all must occur), a OR b, -word (must not occur), and filters city: theme: speaker: interviewer: mode:</source>
        <translation>tianye-cli search PATH QUERY
检索转写稿、引文、笔记、受访者、城市和洞察。
QUERY：词语和"短语"（必须全部出现）、a OR b（任一出现）、-词语（不得出现），以及筛选条件 city: theme: speaker: interviewer: mode:</translation>
    </message>
    <message>
        <source>PATH QUERY</source>
        <translation>PATH QUERY</translation>
    </message>
    <message>
        <source>--offset and --limit need whole numbers.</source>
        <translation>--offset 和 --limit 需要整数。</translation>
    </message>
    <message>
        <source>%1 matching transcript segments</source>
        <translation>匹配的转写段落：%1 个</translation>
    </message>
    <message>
        <source>Elsewhere:</source>
        <translation>其他位置：</translation>
    </message>
    <message>
        <source>More: --offset %1</source>
        <translation>更多结果：--offset %1</translation>
    </message>
    <message>
        <source>(withheld for consent: never exported)</source>
        <translation>（因知情同意撤回而保留在项目内：不会导出）</translation>
    </message>
    <message>
        <source>Unknown order "%1"; use transcript, left or right.</source>
        <translation>未知的排序方式“%1”；请用 transcript、left 或 right。</translation>
    </message>
    <message>
        <source>--context takes a number from 0 to 500.</source>
        <translation>--context 须为 0 到 500 之间的数字。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n line(s)</source>
        <translation>
            <numerusform>已写入 %1：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>INTERVIEW	SPEAKER	LEFT	HIT	RIGHT</source>
        <translation>访谈	说话人	左侧	命中	右侧</translation>
    </message>
    <message>
        <source>The search whose hits are coded.</source>
        <translation>要编码其命中的搜索。</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>The theme the quotes get (a new name becomes a theme).</source>
        <translation>引语获得的主题（新名称会成为新主题）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>What of each hit becomes the quote: hit, sentence or segment.</source>
        <translation>每处命中取多少做成引语：hit（命中词）、sentence（所在句子）或 segment（整段）。</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Only list the quotes it would make.</source>
        <translation>只列出将会生成的引语。</translation>
    </message>
    <message>
        <source>Print the quotes as JSON.</source>
        <translation>以 JSON 输出引语。</translation>
    </message>
    <message>
        <source>tianye-cli code PATH --search QUERY --theme NAME [--scope hit|sentence|segment] [--dry-run] [--json]
Makes every hit of a search in the transcripts a quote with the theme, as Code All Hits… does: one step, undone as one. Hits in one sentence or segment share a quote; a quote of exactly those words gets the theme instead of a second quote; words consent withholds are not coded.</source>
        <translation>tianye-cli code PATH --search QUERY --theme NAME [--scope hit|sentence|segment] [--dry-run] [--json]
与“全部命中编码…”相同：把转写稿中搜索的每处命中做成带该主题的引语，作为一步完成，也可一次撤销。同一句或同一段中的命中共用一条引语；已有完全相同文字的引语只加上主题，不再重复生成；因知情同意而保留的文字不编码。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>--search QUERY is required.</source>
        <translation>必须给出 --search QUERY。</translation>
    </message>
    <message>
        <source>--theme NAME is required (or --dry-run).</source>
        <translation>必须给出 --theme NAME（或用 --dry-run）。</translation>
    </message>
    <message>
        <source>Unknown scope "%1"; use hit, sentence or segment.</source>
        <translation>未知的范围“%1”；请用 hit、sentence 或 segment。</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) would make %1 quote(s); nothing was changed.</source>
        <translation>
            <numerusform>%n 处命中将生成 %1 条引语；未做任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) coded.</source>
        <translation>
            <numerusform>已编码 %n 条引语。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in words withheld for consent were not coded.</source>
        <translation>
            <numerusform>%n 处命中位于因知情同意而保留的文字中，未编码。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print every hit as a concordance line: left context, hit, right context (tab-separated, or JSON with --json).</source>
        <translation>把每处命中输出为一行索引：左侧语境、命中词、右侧语境（以制表符分隔，或配合 --json 输出 JSON）。</translation>
    </message>
    <message>
        <source>Order of the concordance: transcript, left or right (the words before or after the hit).</source>
        <translation>索引行的排序：transcript（按转写稿顺序）、left 或 right（按命中词之前或之后的文字）。</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Characters of context either side of a concordance hit.</source>
        <translation>索引行中命中词两侧各保留的字数。</translation>
    </message>
    <message>
        <source>With --kwic: write the concordance to FILE (.csv or .xlsx).</source>
        <translation>与 --kwic 一起用：把索引写入 FILE（.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>-o FILE writes a concordance: add --kwic.</source>
        <translation>-o FILE 用于写出索引：请加上 --kwic。</translation>
    </message>
    <message>
        <source>Usage: tianye-cli saved-search list PATH [--json] | add PATH NAME QUERY | remove PATH NAME</source>
        <translation>用法：tianye-cli saved-search list PATH [--json] | add PATH NAME QUERY | remove PATH NAME</translation>
    </message>
    <message>
        <source>tianye-cli saved-search list PATH [--json]
Lists the project's saved searches: name and query.</source>
        <translation>tianye-cli saved-search list PATH [--json]
列出项目中已保存的搜索：名称和查询。</translation>
    </message>
    <message>
        <source>tianye-cli saved-search add PATH NAME QUERY
Saves the query under the name (a saved search of that name gets the new query).</source>
        <translation>tianye-cli saved-search add PATH NAME QUERY
以该名称保存查询（已有同名搜索时改用新的查询）。</translation>
    </message>
    <message>
        <source>PATH NAME QUERY</source>
        <translation>路径 名称 查询</translation>
    </message>
    <message>
        <source>tianye-cli saved-search remove PATH NAME
Removes the saved searches of that name.</source>
        <translation>tianye-cli saved-search remove PATH NAME
删除该名称的已保存搜索。</translation>
    </message>
    <message>
        <source>PATH NAME</source>
        <translation>路径 名称</translation>
    </message>
    <message>
        <source>There is no saved search "%1" in %2.</source>
        <translation>%2 中没有名为“%1”的已保存搜索。</translation>
    </message>
    <message>
        <source>Run the saved search of this name (QUERY is then left out).</source>
        <translation>运行该名称的已保存搜索（此时不写 QUERY）。</translation>
    </message>
    <message>
        <source>Give either QUERY or --saved NAME, not both.</source>
        <translation>请给出 QUERY 或 --saved NAME，不要同时给出。</translation>
    </message>
    <message>
        <source>Give the QUERY to search for.</source>
        <translation>请给出要搜索的 QUERY。</translation>
    </message>
</context>
<context>
    <name>tianye::cli::TeamCommands</name>
    <message>
        <source>Leave the recordings out (they can be fetched later).</source>
        <translation>不复制录音（以后可以再取）。</translation>
    </message>
    <message>
        <source>The colleague's name: the default author of changes made in the copy.</source>
        <translation>同事的名字：副本中所做更改的默认作者。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>tianye-cli clone PATH DEST [--without-media] [--author NAME]
Makes a copy of the project for a colleague: the same project and history, a device of its own, so that the copies can be brought together later.</source>
        <translation>tianye-cli clone PATH DEST [--without-media] [--author NAME]
为同事复制一份项目：同一个项目、同样的历史，但作为一台独立的设备，以后各副本可以再合到一起。</translation>
    </message>
    <message>
        <source>PATH DEST</source>
        <translation>PATH DEST</translation>
    </message>
    <message>
        <source>Copy made: %1</source>
        <translation>副本已建好：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) left out.</source>
        <translation>
            <numerusform>未复制 %n 个录音。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) copied (%1).</source>
        <translation>
            <numerusform>已复制 %n 个录音（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the changes as JSON.</source>
        <translation>以 JSON 格式输出更改。</translation>
    </message>
    <message>
        <source>How many changes, newest first (default 50).</source>
        <translation>列出多少条更改，最新的在前（默认 50）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>tianye-cli activity PATH [--limit N] [--json]
Lists the newest changes to the project: when, by whom, on which copy, and what.</source>
        <translation>tianye-cli activity PATH [--limit N] [--json]
列出项目最近的更改：时间、修改人、在哪份副本上、改了什么。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>--limit takes a positive number, not "%1".</source>
        <translation>--limit 需要一个正数，而不是“%1”。</translation>
    </message>
    <message>
        <source>this copy</source>
        <translation>本副本</translation>
    </message>
    <message>
        <source>Print what was done as JSON.</source>
        <translation>以 JSON 输出完成的操作。</translation>
    </message>
    <message>
        <source>Write the changes other copies lack to FILE.</source>
        <translation>把其他副本缺少的改动写入 FILE。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Bring in the changes of another copy's FILE.</source>
        <translation>导入另一个副本写出的 FILE 中的改动。</translation>
    </message>
    <message>
        <source>tianye-cli sync PATH OTHER [--json]
tianye-cli sync PATH --to FILE | --from FILE [--json]
Brings two copies of a project together, both ways: each gets the changes it lacks (one undoable step, after a backup of each), and recordings one lacks are copied from the other. What two copies changed differently is resolved alike on both and listed by 'tianye-cli conflicts'. Where the copies cannot meet, --to writes an exchange file of the changes the copies met so far lack, and --from brings one in.</source>
        <translation>tianye-cli sync PATH OTHER [--json]
tianye-cli sync PATH --to FILE | --from FILE [--json]
双向合并同一项目的两个副本：各自得到自己缺少的改动（先各做一次备份，合并本身是一个可撤销的步骤），一方缺少的录音从另一方拷贝。两个副本对同一处的不同改动在两边以相同方式解决，并可用 'tianye-cli conflicts' 查看。副本无法直接相遇时，--to 把已相遇过的副本可能缺少的改动写成交换文件，--from 导入这样的文件。</translation>
    </message>
    <message>
        <source>PATH [OTHER]</source>
        <translation>PATH [OTHER]</translation>
    </message>
    <message>
        <source>Name another copy, or --to FILE, or --from FILE (one of them).</source>
        <translation>请指定另一个副本，或 --to FILE，或 --from FILE（三者选一）。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1 (%2).</source>
        <translation>
            <numerusform>已将 %n 项改动写入 %1（%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) brought in, </source>
        <translation>
            <numerusform>导入了 %n 项改动，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent to the other copy.</source>
        <translation>
            <numerusform>向另一个副本发送了 %n 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved; see tianye-cli conflicts.</source>
        <translation>
            <numerusform>解决了 %n 处冲突；请用 tianye-cli conflicts 查看。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) copied.</source>
        <translation>
            <numerusform>拷贝了 %n 个录音。</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither copy has these recordings: %1</source>
        <translation>两个副本都没有这些录音：%1</translation>
    </message>
    <message>
        <source>Print the conflicts as JSON.</source>
        <translation>以 JSON 输出冲突。</translation>
    </message>
    <message>
        <source>Also those whose lost value was taken since.</source>
        <translation>也列出落选值之后已被取回的冲突。</translation>
    </message>
    <message>
        <source>Make the value that lost in conflict ID current (one undoable step).</source>
        <translation>把冲突 ID 中落选的值设为当前值（一个可撤销的步骤）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>tianye-cli conflicts PATH [--all] [--json]
tianye-cli conflicts PATH --take ID
Lists what sync resolved: the value kept and the one that lost, with who wrote it and where; --take makes the value that lost current.</source>
        <translation>tianye-cli conflicts PATH [--all] [--json]
tianye-cli conflicts PATH --take ID
列出同步时解决的冲突：保留的值和落选的值，以及落选值由谁在哪个副本写入；--take 把落选的值设为当前值。</translation>
    </message>
    <message>
        <source>--take takes a conflict's number, not "%1".</source>
        <translation>--take 需要冲突的编号，而不是“%1”。</translation>
    </message>
    <message>
        <source>Conflict %1: the value that lost is current now.</source>
        <translation>冲突 %1：落选的值现在是当前值了。</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <source>from %1.</source>
        <translation>来自 %1。</translation>
    </message>
    <message>
        <source>Print what was (or would be) merged as JSON.</source>
        <translation>以 JSON 输出已合并（或将合并）的内容。</translation>
    </message>
    <message>
        <source>Only say what merging would bring in; change nothing.</source>
        <translation>只说明合并会带来什么，不做任何更改。</translation>
    </message>
    <message>
        <source>PATH OTHER</source>
        <translation>PATH OTHER</translation>
    </message>
    <message>
        <source>Merging %1 would bring in:</source>
        <translation>合并 %1 将带来：</translation>
    </message>
    <message>
        <source>Merged %1:</source>
        <translation>已合并 %1：</translation>
    </message>
    <message>
        <source>cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>researchers</source>
        <translation>研究员</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>受访者</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>  the same as here (%1): %2</source>
        <translation>  与本项目相同（%1）：%2</translation>
    </message>
    <message numerus="yes">
        <source>  %n record(s) merged before, left as they are here</source>
        <translation>
            <numerusform>  %n 条记录此前已合并，保持本项目中的样子</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither project has these recordings: %1</source>
        <translation>两个项目都没有这些录音：%1</translation>
    </message>
    <message>
        <source>  new: cities %1, researchers %2, participants %3, interviews %4 (segments %5), themes %6, quotes %7, insights %8, recordings %9</source>
        <translation>  新增：城市 %1 个，研究员 %2 位，受访者 %3 位，访谈 %4 场（段落 %5 个），主题 %6 个，引语 %7 条，洞察 %8 条，录音 %9 个</translation>
    </message>
    <message>
        <source>Afterwards make OTHER a copy of PATH (its own database kept in its backups), so its team carries on in the merged project and syncs with PATH.</source>
        <translation>合并后把 OTHER 变成 PATH 的副本（它原来的数据库保存在它的备份中），让它的团队在合并后的项目里继续工作，并与 PATH 同步。</translation>
    </message>
    <message>
        <source>  withdrew consent there, so withdrawn here too: %1</source>
        <translation>  在对方已撤回同意，本项目也随之撤回：%1</translation>
    </message>
    <message>
        <source>  differs there (kept as here): %1</source>
        <translation>  对方内容不同（保留本项目的）：%1</translation>
    </message>
    <message>
        <source>%1 is now a copy of this project: sync it with this one from now on. Its own database is kept as %2.</source>
        <translation>%1 现在是本项目的副本：今后请与本项目同步。它原来的数据库保存在 %2。</translation>
    </message>
    <message>
        <source>Bring back records merged before and deleted in PATH since (left out otherwise).</source>
        <translation>把以前合并过、之后在 PATH 中删除的记录重新带回（否则不带回）。</translation>
    </message>
    <message>
        <source>tianye-cli merge PATH OTHER [--preview] [--then-copy] [--bring-back-deleted] [--json]
Brings everything of OTHER, a project started separately, into PATH as one undoable step (after a backup): cities and researchers with the same name, participants with the same code and themes with the same name under the same parent are taken as the same; everything else comes in new, recordings included. Merging again brings nothing twice. OTHER does not change, unless --then-copy makes it a copy of PATH.</source>
        <translation>tianye-cli merge PATH OTHER [--preview] [--then-copy] [--bring-back-deleted] [--json]
把另行建立的项目 OTHER 的全部内容并入 PATH，作为一个可撤销的步骤（先做备份）：同名的城市和研究员、同编号的受访者、同一上级下同名的主题视为同一条；其余内容（包括录音）作为新内容并入。再次合并不会重复带入。OTHER 本身不变，除非用 --then-copy 把它变成 PATH 的副本。</translation>
    </message>
    <message>
        <source>--then-copy makes a copy after merging; a preview changes nothing.</source>
        <translation>--then-copy 在合并之后生成副本；预览不做任何更改，二者不能同用。</translation>
    </message>
    <message numerus="yes">
        <source>  %n tag(s), link(s) and other detail(s)</source>
        <translation>
            <numerusform>  标签、关联及其他细节 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n record(s) merged before and deleted here since, left out (--bring-back-deleted brings them back)</source>
        <translation>
            <numerusform>  %n 条记录以前合并过、之后在本项目中删除，不再带入（用 --bring-back-deleted 可带回）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copies made of it before (%n) are not copies of this project: merge each the same way.</source>
        <translation>
            <numerusform>它以前生成的副本（%n 个）不是本项目的副本：请用同样的方法逐个合并。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::cli::TranscriptCommands</name>
    <message>
        <source>Interview id or UUID (required).</source>
        <translation>访谈编号或 UUID（必填）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>txt, srt or vtt (default txt).</source>
        <translation>txt、srt 或 vtt（默认 txt）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>tianye-cli export-transcript PATH --interview ID
Writes an interview's transcript with speakers and timestamps as TXT, SRT or WebVTT.</source>
        <translation>tianye-cli export-transcript PATH --interview ID
把一场访谈的转写稿（含说话人和时间码）写成 TXT、SRT 或 WebVTT。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>--interview is required.</source>
        <translation>必须提供 --interview。</translation>
    </message>
    <message>
        <source>Unknown format "%1"; use txt, srt or vtt.</source>
        <translation>未知格式“%1”；请使用 txt、srt 或 vtt。</translation>
    </message>
    <message>
        <source>Wrote %1: segments: %2</source>
        <translation>已写入 %1：段落 %2 个</translation>
    </message>
    <message>
        <source>auto, txt, srt, vtt or docx (default auto: from the file).</source>
        <translation>auto、txt、srt、vtt 或 docx（默认 auto：按文件判断）。</translation>
    </message>
    <message>
        <source>Print the segments that would be imported; change nothing.</source>
        <translation>只列出将要导入的段落，不做任何更改。</translation>
    </message>
    <message>
        <source>PATH FILE</source>
        <translation>PATH FILE</translation>
    </message>
    <message>
        <source>Unknown format "%1"; use auto, txt, srt, vtt or docx.</source>
        <translation>未知格式“%1”；请使用 auto、txt、srt、vtt 或 docx。</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>已跳过 %1</translation>
    </message>
    <message>
        <source>Imported %1 (%2, %3): segments: %4, characters: %5, speakers: %6</source>
        <translation>已导入 %1（%2，%3）：段落 %4，字数 %5，说话人：%6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Skipped parts: %1 (listed above)</source>
        <translation>跳过的部分：%1（见上）</translation>
    </message>
    <message>
        <source>tianye-cli import-transcript PATH --interview ID FILE
Appends the transcript in FILE to an interview as segments (speaker, times, text), after a backup of the project.</source>
        <translation>tianye-cli import-transcript PATH --interview ID FILE
先备份项目，再把 FILE 中的转写稿按段落（说话人、时间、文本）追加到访谈中。</translation>
    </message>
    <message>
        <source>tianye-cli speakers PATH --interview ID [LABEL=CODE]...
Lists the interview's speaker labels and who each is. LABEL=CODE ties a label to a participant, LABEL=interviewer:NAME to an interviewer, LABEL= unties it: who says each quote, and what may be published, follows.</source>
        <translation>tianye-cli speakers PATH --interview ID [LABEL=CODE]...
列出访谈中的说话人标签及其对应的人。LABEL=CODE 把标签对应到受访者，LABEL=interviewer:NAME 对应到访谈员，LABEL= 取消对应；每条引文的说话人以及哪些内容可以发布都随之改变。</translation>
    </message>
    <message>
        <source>PATH [LABEL=CODE]...</source>
        <translation>PATH [LABEL=CODE]...</translation>
    </message>
    <message>
        <source>"%1" is not LABEL=CODE.</source>
        <translation>“%1”不是 LABEL=CODE 的形式。</translation>
    </message>
    <message>
        <source>There is no interviewer "%1" in %2.</source>
        <translation>%2 中没有访谈员“%1”。</translation>
    </message>
    <message>
        <source>There is no participant "%1" in %2.</source>
        <translation>%2 中没有受访者“%1”。</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>访谈员</translation>
    </message>
    <message>
        <source>	(tied)</source>
        <translation>	（已对应）</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>The encoding a text file was saved in, when it is not found: %1.</source>
        <translation>文本文件保存时所用的编码，在无法识别时指定：%1。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Give it with --encoding NAME, one of: %1.</source>
        <translation>请用 --encoding 编码名 指定，可选：%1。</translation>
    </message>
</context>
<context>
    <name>tianye::cli::WordsCommand</name>
    <message>
        <source>The city whose words to find (against the others).</source>
        <translation>要找哪座城市的词（与其他城市比较）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Instead of a city: the interviews with a participant of this attribute (category, gender, age_band, city_tie), e.g. age_band=60-69.</source>
        <translation>不按城市，而按受访者属性选访谈（category、gender、age_band、city_tie），例如 age_band=60-69。</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>键=值</translation>
    </message>
    <message>
        <source>Compare with this city only (repeat for several); default: all others.</source>
        <translation>只与这座城市比较（可重复指定多座）；默认与其余所有城市比较。</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>How many terms (default 50; 0: all).</source>
        <translation>列出多少个词（默认 50；0 表示全部）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>A term counts only when this many of the city's interviews use it (default: 3, fewer for a city of fewer than ten interviews).</source>
        <translation>至少有这么多场该城市的访谈用到的词才计入（默认 3；访谈不足十场的城市相应减少）。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Leave out Chinese terms shorter than this (default 1).</source>
        <translation>不列出短于这个字数的中文词（默认 1）。</translation>
    </message>
    <message>
        <source>Count the interviewers' turns too.</source>
        <translation>访谈员的话也计入。</translation>
    </message>
    <message>
        <source>Write the list as CSV or XLSX.</source>
        <translation>把词表写成 CSV 或 XLSX。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Same as --output.</source>
        <translation>同 --output。</translation>
    </message>
    <message>
        <source>List the expressions found in the transcripts that the word list does not have.</source>
        <translation>列出从转写稿中发现、词库里没有的说法。</translation>
    </message>
    <message>
        <source>Add a word to the project's stop list (as Leave Out does).</source>
        <translation>把一个词加入项目的停用词表（同“不计此词”）。</translation>
    </message>
    <message>
        <source>WORD</source>
        <translation>词</translation>
    </message>
    <message>
        <source>Take a word off the stop list, even a default one (as Include does).</source>
        <translation>把一个词从停用词表中移出，默认停用词也可以（同“计入此词”）。</translation>
    </message>
    <message>
        <source>Make a theme named after the term (as Make Theme from Term does).</source>
        <translation>以这个词为名建一个主题（同“用此词建主题”）。</translation>
    </message>
    <message>
        <source>TERM</source>
        <translation>词</translation>
    </message>
    <message>
        <source>tianye-cli words PATH --city NAME
The words and expressions a city's people use more than the other cities' do, ranked by keyness (log-likelihood), with the log ratio, uses per 10,000 characters on both sides, and how many interviews and speakers use them. Interviewers' turns and words consent withholds are left out; stop words too (see --leave-out, --include).</source>
        <translation>tianye-cli words PATH --city NAME
列出一座城市的人比其他城市的人用得更多的词语和说法，按关键度（对数似然比）排序，并给出对数比、双方每万字出现次数，以及用到它的访谈数和说话人数。访谈员的话和因知情同意而保留的内容不计入；停用词也不计入（见 --leave-out、--include）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>不再计入：%1</translation>
    </message>
    <message>
        <source>Included: %1</source>
        <translation>已计入：%1</translation>
    </message>
    <message>
        <source>A word that sets %1 apart (Words view).</source>
        <translation>让%1与众不同的一个词（词语视图）。</translation>
    </message>
    <message>
        <source>A word from the Words view.</source>
        <translation>来自词语视图的一个词。</translation>
    </message>
    <message>
        <source>Theme: %1 (id %2)</source>
        <translation>主题：%1（编号 %2）</translation>
    </message>
    <message>
        <source>other cities</source>
        <translation>其他城市</translation>
    </message>
    <message>
        <source>--attribute takes KEY=VALUE, e.g. gender=女.</source>
        <translation>--attribute 的格式是 键=值，例如 gender=女。</translation>
    </message>
    <message>
        <source>the other interviews</source>
        <translation>其余访谈</translation>
    </message>
    <message>
        <source>--top takes a number.</source>
        <translation>--top 需要一个数字。</translation>
    </message>
    <message>
        <source>--min-interviews takes a number of 1 or more.</source>
        <translation>--min-interviews 需要一个不小于 1 的数字。</translation>
    </message>
    <message>
        <source>--min-length takes a number of 1 or more.</source>
        <translation>--min-length 需要一个不小于 1 的数字。</translation>
    </message>
    <message>
        <source>Wrote %1: terms: %2</source>
        <translation>已写入 %1：%2 个词</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 interviews, %3 characters) against %4 (%5 interviews, %6 characters); terms used in at least %n interview(s):</source>
        <translation>
            <numerusform>%1（%2 场访谈，%3 字）对比 %4（%5 场访谈，%6 字）；至少 %n 场访谈用到的词：</numerusform>
        </translation>
    </message>
    <message>
        <source>term	keyness	log ratio	uses	other uses	per 10k	other per 10k	interviews	speakers</source>
        <translation>词	关键度	对数比	次数	对方次数	每万字	对方每万字	访谈数	说话人数</translation>
    </message>
    <message>
        <source>No term is used distinctly more there.</source>
        <translation>没有哪个词在这里用得明显更多。</translation>
    </message>
    <message>
        <source>* an expression found in the transcripts, not in the word list</source>
        <translation>* 从转写稿中发现的说法，词库里没有</translation>
    </message>
    <message>
        <source>Word frequency: the side's terms by uses (stop words left out), not by keyness.</source>
        <translation>词频：按出现次数列出这一方的词（不含停用词），而不是按关键度。</translation>
    </message>
    <message>
        <source>Instead of a city: these interviews (ids or UUIDs, comma-separated).</source>
        <translation>不按城市，而是这些访谈（编号或 UUID，以逗号分隔）。</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name the side to compare: --city NAME, --attribute KEY=VALUE or --interviews IDS.</source>
        <translation>请指定要比较的一方：--city 名称、--attribute 键=值 或 --interviews 编号。</translation>
    </message>
    <message>
        <source>the interviews given</source>
        <translation>所给的访谈</translation>
    </message>
    <message>
        <source>Word frequency, </source>
        <translation>词频，</translation>
    </message>
</context>
<context>
    <name>tianye::csv::Text</name>
    <message>
        <source>%1: the quoted field that starts on line %2 is never closed.</source>
        <translation>%1：第 %2 行开始的引号字段没有闭合。</translation>
    </message>
</context>
<context>
    <name>tianye::demo::CorpusGenerator</name>
    <message>
        <source>The corpus sizes must be positive.</source>
        <translation>语料规模必须为正数。</translation>
    </message>
    <message>
        <source>Generate a Corpus</source>
        <translation>生成语料</translation>
    </message>
</context>
<context>
    <name>tianye::demo::DemoProject</name>
    <message>
        <source>Cannot write the demo recording %1.</source>
        <translation>无法写入示例录音 %1。</translation>
    </message>
    <message>
        <source>The demo data is missing from this build.</source>
        <translation>此版本缺少示例数据。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Write the Demo Project</source>
        <translation>写入演示项目</translation>
    </message>
</context>
<context>
    <name>tianye::dossier</name>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Cannot start the PDF.</source>
        <translation>无法开始写入 PDF。</translation>
    </message>
    <message>
        <source>Cannot write the OpenDocument text.</source>
        <translation>无法写入 OpenDocument 文本。</translation>
    </message>
</context>
<context>
    <name>tianye::dossier::Wording</name>
    <message>
        <source>Insight dossier</source>
        <translation>洞察报告</translation>
    </message>
    <message>
        <source>Fieldwork in numbers</source>
        <translation>田野调查概况</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>调研时间</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>Audio recorded</source>
        <translation>录音时长</translation>
    </message>
    <message>
        <source>Characters transcribed</source>
        <translation>转写字数</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>受访者</translation>
    </message>
    <message>
        <source>Participants who consented are named; the others by their participant code. Participants who withdrew consent, and their words, are not in this dossier.</source>
        <translation>已同意公开姓名的受访者以真名呈现，其余以受访者编号呈现。撤回知情同意的受访者及其话语不收入本报告。</translation>
    </message>
    <message>
        <source>Participants are named by pseudonymous codes. Participants who withdrew consent, and their words, are not in this dossier.</source>
        <translation>受访者均以化名编号呈现。撤回知情同意的受访者及其话语不收入本报告。</translation>
    </message>
    <message>
        <source>No insights have been written for this city yet.</source>
        <translation>这座城市还没有写下洞察。</translation>
    </message>
    <message>
        <source>Spirit word: %1</source>
        <translation>城市精神：%1</translation>
    </message>
    <message>
        <source>Themes ranked by how many interviews mention them.</source>
        <translation>主题按提及它的访谈数排序。</translation>
    </message>
    <message>
        <source>Interviews per theme</source>
        <translation>各主题的访谈数</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message numerus="yes">
        <source>%n interviews</source>
        <translation>
            <numerusform>%n 场访谈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n 条引文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interviews with %1 participants.</source>
        <translation>
            <numerusform>共 %n 场访谈，%1 位受访者。</numerusform>
        </translation>
    </message>
    <message>
        <source>Interviews by mode</source>
        <translation>访谈方式</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Participants by category</source>
        <translation>受访者类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Tie to the city</source>
        <translation>与城市的关系</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>访谈员</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>访谈员</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Who we heard</source>
        <translation>我们听到了谁</translation>
    </message>
    <message>
        <source>Appendix: interview roster</source>
        <translation>附录：访谈名单</translation>
    </message>
    <message>
        <source>%1 — insight dossier</source>
        <translation>%1 — 洞察报告</translation>
    </message>
    <message>
        <source>%1 — all cities</source>
        <translation>%1 — 全部城市</translation>
    </message>
    <message>
        <source>All cities side by side</source>
        <translation>城市对照</translation>
    </message>
    <message>
        <source>Each city's insight</source>
        <translation>各城市的洞察</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Spirit word</source>
        <translation>城市精神</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>释义</translation>
    </message>
    <message>
        <source>Supporting insights</source>
        <translation>支撑洞察</translation>
    </message>
    <message>
        <source>Theme × city</source>
        <translation>主题 × 城市</translation>
    </message>
    <message>
        <source>Quotes (interviews) per theme and city; a theme counts its sub-themes.</source>
        <translation>每个主题在各城市的引文数（访谈数）；主题计入其子主题。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Speaker not known</source>
        <translation>说话人不明</translation>
    </message>
    <message>
        <source>The words and expressions people here use distinctly more than in the other cities (log-likelihood keyness), used by several people; interviewers' questions left out.</source>
        <translation>这里的人比其他城市的人明显更常用的词语和说法（按对数似然比关键度），且不止一人在用；访谈员的提问不计入。</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>说话人数</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>例句</translation>
    </message>
    <message>
        <source>Words that set %1 apart</source>
        <translation>让%1与众不同的词语</translation>
    </message>
</context>
<context>
    <name>tianye::formats</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large (%2; at most %3).</source>
        <translation>%1 太大（%2；上限 %3）。</translation>
    </message>
</context>
<context>
    <name>tianye::formats::CodebookFile</name>
    <message>
        <source>%1 is refused: it declares a DTD, which codebook files never need.</source>
        <translation>已拒绝 %1：它声明了 DTD，而编码本文件从不需要 DTD。</translation>
    </message>
    <message>
        <source>%1: codes are nested more than %2 deep.</source>
        <translation>%1：代码嵌套超过 %2 层。</translation>
    </message>
    <message>
        <source>%1: a code has no name.</source>
        <translation>%1：有一个代码没有名称。</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML: %2</source>
        <translation>%1 不是格式正确的 XML：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>%1 is not a codebook: its first line has no "name" column.</source>
        <translation>%1 不是编码本：第一行没有“name”列。</translation>
    </message>
    <message>
        <source>%1: row %2 has no name.</source>
        <translation>%1：第 %2 行没有名称。</translation>
    </message>
    <message>
        <source>%1: row %2: "%3" is not a GUID.</source>
        <translation>%1：第 %2 行：“%3”不是 GUID。</translation>
    </message>
    <message>
        <source>%1: row %2 repeats the GUID %3.</source>
        <translation>%1：第 %2 行重复了 GUID %3。</translation>
    </message>
    <message>
        <source>%1: row %2 names a parent GUID %3 that no row has.</source>
        <translation>%1：第 %2 行的父主题 GUID %3 在任何一行中都不存在。</translation>
    </message>
    <message>
        <source>%1: the theme "%2" is its own ancestor.</source>
        <translation>%1：主题“%2”成了它自己的上级。</translation>
    </message>
    <message>
        <source>%1 is not a codebook file: Tianye reads REFI-QDA codebooks (.qdc) and CSV (.csv).</source>
        <translation>%1 不是编码本文件：田野可读取 REFI-QDA 编码本（.qdc）和 CSV（.csv）。</translation>
    </message>
    <message>
        <source>%1: row %2: codes are nested more than %3 deep.</source>
        <translation>%1：第 %2 行：代码嵌套超过 %3 层。</translation>
    </message>
    <message>
        <source>%1 is not a REFI-QDA codebook: its root element is &lt;%2&gt; in the namespace “%3”; expected &lt;CodeBook&gt; in %4.</source>
        <translation>%1 不是 REFI-QDA 编码簿：它的根元素是命名空间“%3”中的 &lt;%2&gt;；应为 %4 中的 &lt;CodeBook&gt;。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 is a whole REFI-QDA project (.qdpx), not a codebook: bring it in with File → Import → REFI-QDA Project… (tianye-cli qdpx import).</source>
        <translation>%1 是完整的 REFI-QDA 项目（.qdpx），不是编码簿：请用“文件 → 导入 → REFI-QDA 项目…”（tianye-cli qdpx import）导入。</translation>
    </message>
    <message>
        <source>The project has no themes yet: a REFI-QDA codebook needs at least one code, so %1 was not written.</source>
        <translation>项目还没有主题：REFI-QDA 编码簿至少需要一个编码，因此没有写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n grouping code(s) (not codable there) came in as ordinary themes, as Tianye has no grouping themes yet: %1.</source>
        <translation>
            <numerusform>%n 个分组编码（在原软件中不可编码）作为普通主题导入，因为田野目前还没有分组主题：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code set(s) were not brought in, as Tianye has no sets yet: %1.</source>
        <translation>
            <numerusform>%n 个编码集合未导入，因为田野目前还没有集合：%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::formats::QdeFile</name>
    <message>
        <source>%1 is refused: it declares a document type (DTD). A REFI-QDA project never needs one, and it is how entity bombs and external files get in.</source>
        <translation>%1 被拒绝：它声明了文档类型（DTD）。REFI-QDA 项目从不需要 DTD，而实体炸弹和外部文件正是借此混入的。</translation>
    </message>
    <message>
        <source>%1 is not a REFI-QDA project: its root element is &lt;%2&gt; in the namespace “%3”; expected &lt;Project&gt; in urn:QDA-XML:project:1.0.</source>
        <translation>%1 不是 REFI-QDA 项目：它的根元素是命名空间“%3”中的 &lt;%2&gt;；应为 urn:QDA-XML:project:1.0 中的 &lt;Project&gt;。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3): %4</source>
        <translation>%1 不是格式正确的 XML（第 %2 行，第 %3 列）：%4</translation>
    </message>
    <message>
        <source>%1 ends before the project does (the file is cut short).</source>
        <translation>%1 在项目结束之前就结束了（文件不完整）。</translation>
    </message>
    <message>
        <source>%1 is refused: its elements nest deeper than %2 levels.</source>
        <translation>%1 被拒绝：其元素嵌套超过 %2 层。</translation>
    </message>
    <message>
        <source>%1 is refused: it declares a document type (DTD).</source>
        <translation>%1 被拒绝：它声明了文档类型（DTD）。</translation>
    </message>
    <message>
        <source>%1 is refused: at %2 MB it is larger than any project file Tianye reads (%3 MB).</source>
        <translation>%1 被拒绝：它有 %2 MB，超过田野能读取的项目文件大小（%3 MB）。</translation>
    </message>
</context>
<context>
    <name>tianye::formats::QdpxArchive</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is not a REFI-QDA project (.qdpx): it is not a readable zip archive.</source>
        <translation>%1 不是 REFI-QDA 项目（.qdpx）：它不是可读取的 zip 归档。</translation>
    </message>
    <message>
        <source>%1 is refused: it holds %2 entries, more than a project has (%3).</source>
        <translation>%1 被拒绝：它包含 %2 个条目，超过一个项目应有的数量（%3）。</translation>
    </message>
    <message>
        <source>%1 is refused: it holds an entry named “%2”, a path that points outside the archive.</source>
        <translation>%1 被拒绝：它包含名为“%2”的条目，该路径指向归档之外。</translation>
    </message>
    <message>
        <source>%1 is refused: its entry “%2” would unpack to %3 from %4, which is what a zip bomb does.</source>
        <translation>%1 被拒绝：其条目“%2”会从 %4 解压成 %3，这正是 zip 炸弹的特征。</translation>
    </message>
    <message>
        <source>%1 is refused: it would unpack to more than %2.</source>
        <translation>%1 被拒绝：解压后会超过 %2。</translation>
    </message>
    <message>
        <source>%1 is not a REFI-QDA project (.qdpx): the zip archive has no project.qde.</source>
        <translation>%1 不是 REFI-QDA 项目（.qdpx）：zip 归档中没有 project.qde。</translation>
    </message>
    <message>
        <source>the path “%1” points outside the archive's sources</source>
        <translation>路径“%1”指向归档的资料文件夹之外</translation>
    </message>
    <message>
        <source>the archive has no sources/%1</source>
        <translation>归档中没有 sources/%1</translation>
    </message>
    <message>
        <source>it names no file</source>
        <translation>它没有指明文件</translation>
    </message>
    <message>
        <source>its file “%1” lies outside the archive (relative to the other tool's folder)</source>
        <translation>它的文件“%1”位于归档之外（相对于另一软件的文件夹）</translation>
    </message>
    <message>
        <source>its file “%1” lies outside the archive (a path on the other tool's computer)</source>
        <translation>它的文件“%1”位于归档之外（另一软件所在电脑上的路径）</translation>
    </message>
    <message>
        <source>%1 has no entry “%2”.</source>
        <translation>%1 中没有条目“%2”。</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is refused: at %3 it is larger than Tianye reads (%4).</source>
        <translation>%1：条目“%2”被拒绝：它有 %3，超过田野能读取的大小（%4）。</translation>
    </message>
    <message>
        <source>%1: the entry “%2” cannot be unpacked.</source>
        <translation>%1：无法解压条目“%2”。</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is damaged (bad zip data).</source>
        <translation>%1：条目“%2”已损坏（zip 数据有误）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tianye::formats::QdpxWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the entry %1 could not be started</source>
        <translation>无法创建条目 %1</translation>
    </message>
    <message>
        <source>the entry %1 could not be written</source>
        <translation>无法写入条目 %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the zip archive could not be finished</source>
        <translation>无法完成 zip 归档</translation>
    </message>
    <message>
        <source>%1 (the disk is full)</source>
        <translation>%1（磁盘已满）</translation>
    </message>
    <message>
        <source>Could not write %1: the folder cannot be written to.</source>
        <translation>无法写入 %1：该文件夹不可写。</translation>
    </message>
</context>
<context>
    <name>tianye::formats::TextEncoding</name>
    <message>
        <source>%1: Tianye does not know the encoding "%2".</source>
        <translation>%1：田野不认识编码“%2”。</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text: line %3 holds bytes that are not %2.</source>
        <translation>%1 不是有效的 %2 文本：第 %3 行含有不属于 %2 的字节。</translation>
    </message>
    <message>
        <source>%1 is not a text file: it holds binary data (a zero byte on line %2).</source>
        <translation>%1 不是文本文件：其中含有二进制数据（第 %2 行有零字节）。</translation>
    </message>
    <message>
        <source>%1: its encoding is not clear (it is not UTF-8). Choose the encoding it was saved in.</source>
        <translation>%1：无法确定其编码（不是 UTF-8）。请选择该文件保存时所用的编码。</translation>
    </message>
    <message>
        <source>%1: its encoding is not clear (it is not UTF-8; perhaps %2). Choose the encoding it was saved in.</source>
        <translation>%1：无法确定其编码（不是 UTF-8，可能是 %2）。请选择该文件保存时所用的编码。</translation>
    </message>
</context>
<context>
    <name>tianye::formats::TranscriptImporter</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a transcript file.</source>
        <translation>%1 是文件夹，不是转写稿文件。</translation>
    </message>
    <message>
        <source>%1 is %2; transcripts of up to %3 can be imported.</source>
        <translation>%1 大小为 %2；只能导入不超过 %3 的转写稿。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is too large to be a transcript.</source>
        <translation>%1 太大，不像是转写稿。</translation>
    </message>
    <message>
        <source>%1 contains no transcript text.</source>
        <translation>%1 中没有转写文字。</translation>
    </message>
    <message>
        <source>%1 is not a WebVTT file: it does not start with WEBVTT.</source>
        <translation>%1 不是 WebVTT 文件：开头不是 WEBVTT。</translation>
    </message>
    <message>
        <source>%1: no cue timing ("%2")</source>
        <translation>%1：缺少时间行（“%2”）</translation>
    </message>
    <message>
        <source>%1: unreadable cue times ("%2")</source>
        <translation>%1：时间无法识别（“%2”）</translation>
    </message>
    <message>
        <source>%1: empty cue</source>
        <translation>%1：字幕条为空</translation>
    </message>
    <message>
        <source>%1 is not a subtitle file: no cue has a time line like 00:00:01,000 --&gt; 00:00:02,000.</source>
        <translation>%1 不是字幕文件：没有一条字幕带有形如 00:00:01,000 --&gt; 00:00:02,000 的时间行。</translation>
    </message>
    <message>
        <source>%1 contains no readable cue.</source>
        <translation>%1 中没有可读取的字幕条。</translation>
    </message>
    <message>
        <source>%1 is not a Word (DOCX) file: it is not a readable zip archive.</source>
        <translation>%1 不是 Word（DOCX）文件：它不是可读取的 zip 压缩包。</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not a Word document (it has no word/document.xml).</source>
        <translation>%1 是 zip 压缩包，但不是 Word 文档（其中没有 word/document.xml）。</translation>
    </message>
    <message>
        <source>%1: the zip directory is damaged.</source>
        <translation>%1：zip 目录已损坏。</translation>
    </message>
    <message>
        <source>%1 is refused: its text would unpack to %2 from %3, which is what a zip bomb does.</source>
        <translation>已拒绝 %1：其正文会从 %3 解压成 %2，这是“压缩炸弹”的特征。</translation>
    </message>
    <message>
        <source>%1: the document text cannot be unpacked.</source>
        <translation>%1：无法解压文档正文。</translation>
    </message>
    <message>
        <source>%1: the document text is damaged (bad zip data).</source>
        <translation>%1：文档正文已损坏（zip 数据有误）。</translation>
    </message>
    <message>
        <source>%1 is refused: its text unpacks to more than its declared size.</source>
        <translation>已拒绝 %1：其正文解压后超过了声明的大小。</translation>
    </message>
    <message>
        <source>%1 is refused: its document declares a DTD, which Word files never do.</source>
        <translation>已拒绝 %1：文档中声明了 DTD，而 Word 文件从不这样做。</translation>
    </message>
    <message>
        <source>%1: the document text is damaged (%2, line %3).</source>
        <translation>%1：文档正文已损坏（%2，第 %3 行）。</translation>
    </message>
    <message>
        <source>%1 is refused: it holds an entry named “%2”, a path that points outside the archive.</source>
        <translation>已拒绝 %1：其中有一项名为“%2”，路径指向压缩包之外。</translation>
    </message>
</context>
<context>
    <name>tianye::media::MediaLibrary</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the project: %2</source>
        <translation>无法把 %1 复制到项目中：%2</translation>
    </message>
    <message>
        <source>%1 is not the recording %2: its content differs (SHA-256 %3…, expected %4…).</source>
        <translation>%1 不是录音 %2：内容不同（SHA-256 为 %3…，应为 %4…）。</translation>
    </message>
</context>
<context>
    <name>tianye::media::PcmDecoder</name>
    <message>
        <source>The audio file %1 is missing.</source>
        <translation>音频文件 %1 不见了。</translation>
    </message>
    <message>
        <source>Cannot write the decoded audio to %1: %2</source>
        <translation>无法把解码后的音频写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be decoded: %2</source>
        <translation>无法解码 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no audio that can be played.</source>
        <translation>%1 中没有可以播放的音频。</translation>
    </message>
    <message>
        <source>Cannot keep the decoded audio in %1.</source>
        <translation>无法把解码后的音频保存在 %1。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: the decoded audio cannot be kept there. Free some space, then open the interview again.</source>
        <translation>存放 %1 的磁盘已满：无法保存解码后的音频。请腾出一些空间，然后重新打开这次访谈。</translation>
    </message>
</context>
<context>
    <name>tianye::media::Peaks</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No waveform cached in %1.</source>
        <translation>%1 中没有缓存的波形。</translation>
    </message>
    <message>
        <source>The cached waveform %1 is stale.</source>
        <translation>缓存的波形 %1 已过期。</translation>
    </message>
</context>
<context>
    <name>tianye::media::Player</name>
    <message>
        <source>Cannot read the decoded audio %1: %2</source>
        <translation>无法读取解码后的音频 %1：%2</translation>
    </message>
    <message>
        <source>There is no audio output on this computer.</source>
        <translation>这台电脑没有音频输出设备。</translation>
    </message>
    <message>
        <source>The audio output cannot play (error %1).</source>
        <translation>音频输出无法播放（错误 %1）。</translation>
    </message>
</context>
<context>
    <name>tianye::media::Recorder</name>
    <message>
        <source>A recording is already running.</source>
        <translation>已有录音正在进行。</translation>
    </message>
    <message>
        <source>There is no microphone to record from.</source>
        <translation>没有可用于录音的麦克风。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The microphone %1 cannot be opened.</source>
        <translation>无法打开麦克风 %1。</translation>
    </message>
    <message>
        <source>Nothing is being recorded.</source>
        <translation>当前没有在录音。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tianye::media::Recording</name>
    <message>
        <source>Cannot set up the %1 encoder: %2</source>
        <translation>无法建立 %1 编码器：%2</translation>
    </message>
    <message>
        <source>Cannot encode %1 as %2: %3</source>
        <translation>无法将 %1 编码为 %2：%3</translation>
    </message>
</context>
<context>
    <name>tianye::media::WavInfo</name>
    <message>
        <source>%1 is not a readable WAV file: %2</source>
        <translation>%1 不是可读取的 WAV 文件：%2</translation>
    </message>
    <message>
        <source>it has no RIFF/WAVE header.</source>
        <translation>缺少 RIFF/WAVE 文件头。</translation>
    </message>
    <message>
        <source>its format chunk is too short.</source>
        <translation>格式块太短。</translation>
    </message>
    <message>
        <source>it is not PCM audio.</source>
        <translation>不是 PCM 音频。</translation>
    </message>
    <message>
        <source>the data comes before the format.</source>
        <translation>数据块出现在格式块之前。</translation>
    </message>
    <message>
        <source>its format values are invalid.</source>
        <translation>格式参数无效。</translation>
    </message>
    <message>
        <source>it has no audio data.</source>
        <translation>没有音频数据。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>tianye::media::WavWriter</name>
    <message>
        <source>Cannot %1 %2: %3</source>
        <translation>无法%1 %2：%3</translation>
    </message>
    <message>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot repair %1: %2</source>
        <translation>无法修复 %1：%2</translation>
    </message>
    <message>
        <source>Cannot %1 %2: the disk is full.</source>
        <translation>无法%1 %2：磁盘已满。</translation>
    </message>
</context>
<context>
    <name>tianye::ops::EditCommand</name>
    <message>
        <source>Undo %1</source>
        <translation>撤销“%1”</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做“%1”</translation>
    </message>
</context>
<context>
    <name>tianye::ops::Verbs</name>
    <message>
        <source>Add City %1</source>
        <translation>添加城市 %1</translation>
    </message>
    <message>
        <source>Rename City %1 to %2</source>
        <translation>将城市 %1 改名为 %2</translation>
    </message>
    <message>
        <source>Edit City %1</source>
        <translation>编辑城市 %1</translation>
    </message>
    <message>
        <source>Edit Spirit Word</source>
        <translation>编辑城市精神</translation>
    </message>
    <message>
        <source>Edit Spirit Statement</source>
        <translation>编辑城市精神阐述</translation>
    </message>
    <message>
        <source>Edit City Notes</source>
        <translation>编辑城市备注</translation>
    </message>
    <message>
        <source>Edit City</source>
        <translation>编辑城市</translation>
    </message>
    <message>
        <source>Remove City %1</source>
        <translation>删除城市 %1</translation>
    </message>
    <message>
        <source>Add Insight</source>
        <translation>添加洞察</translation>
    </message>
    <message>
        <source>Remove Insight</source>
        <translation>删除洞察</translation>
    </message>
    <message>
        <source>Reorder Insights</source>
        <translation>调整洞察顺序</translation>
    </message>
    <message>
        <source>Rename Insight</source>
        <translation>重命名洞察</translation>
    </message>
    <message>
        <source>Edit Insight</source>
        <translation>编辑洞察</translation>
    </message>
    <message>
        <source>Change Insight Kind</source>
        <translation>更改洞察类型</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Quote(s) to Insight</source>
        <translation>
            <numerusform>为洞察添加 %n 条引文</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Quote from Insight</source>
        <translation>从洞察中移除引文</translation>
    </message>
    <message>
        <source>Reorder Evidence</source>
        <translation>调整佐证顺序</translation>
    </message>
    <message>
        <source>Change Interview Date</source>
        <translation>修改访谈日期</translation>
    </message>
    <message>
        <source>Change Interview Duration</source>
        <translation>修改访谈时长</translation>
    </message>
    <message>
        <source>Change Place</source>
        <translation>修改地点</translation>
    </message>
    <message>
        <source>Change Interview Mode</source>
        <translation>修改访谈方式</translation>
    </message>
    <message>
        <source>Change Interview Language</source>
        <translation>修改访谈语言</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>修改状态</translation>
    </message>
    <message>
        <source>Edit Summary</source>
        <translation>编辑摘要</translation>
    </message>
    <message>
        <source>Edit Field Notes</source>
        <translation>编辑田野笔记</translation>
    </message>
    <message>
        <source>Change Spell Checking</source>
        <translation>修改拼写检查</translation>
    </message>
    <message>
        <source>Move Interview to Another City</source>
        <translation>将访谈移到另一座城市</translation>
    </message>
    <message>
        <source>Log Interview</source>
        <translation>登记访谈</translation>
    </message>
    <message>
        <source>Log Interview %1</source>
        <translation>登记访谈 %1</translation>
    </message>
    <message>
        <source>The code %1 belongs to a participant of another city. Choose a new code for a participant of %2.</source>
        <translation>编号 %1 属于其他城市的受访者。请为 %2 的受访者另选一个编号。</translation>
    </message>
    <message numerus="yes">
        <source>Set Status of %n Interview(s) to %1</source>
        <translation>
            <numerusform>将 %n 次访谈的状态设为“%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Participants</source>
        <translation>修改受访者</translation>
    </message>
    <message>
        <source>Change Interviewers</source>
        <translation>修改访谈员</translation>
    </message>
    <message>
        <source>Add Interviewer %1</source>
        <translation>添加访谈员 %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Interview(s)</source>
        <translation>
            <numerusform>删除 %n 次访谈</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>附加 %1</translation>
    </message>
    <message>
        <source>Record Audio</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Recover Recording</source>
        <translation>恢复录音</translation>
    </message>
    <message>
        <source>The interview of the recording %1 is no longer in the project.</source>
        <translation>录音 %1 所属的访谈已不在项目中。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>真实姓名</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Tie to the city</source>
        <translation>与城市的关系</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>添加受访者</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>编辑 %2 的%1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Star Quote</source>
        <translation>给引文加星标</translation>
    </message>
    <message>
        <source>Unstar Quote</source>
        <translation>去掉引文星标</translation>
    </message>
    <message>
        <source>Use Quote in Dossier</source>
        <translation>把引文用于报告</translation>
    </message>
    <message>
        <source>Leave Quote out of Dossier</source>
        <translation>不把引文用于报告</translation>
    </message>
    <message>
        <source>Edit Quote Note</source>
        <translation>编辑引文备注</translation>
    </message>
    <message>
        <source>Edit Translation</source>
        <translation>编辑译文</translation>
    </message>
    <message>
        <source>Change Audio Range</source>
        <translation>修改音频范围</translation>
    </message>
    <message>
        <source>Edit Quote</source>
        <translation>编辑引文</translation>
    </message>
    <message>
        <source>Make Quote</source>
        <translation>摘为引文</translation>
    </message>
    <message>
        <source>Attach Quote</source>
        <translation>重新挂接引文</translation>
    </message>
    <message>
        <source>Change Quote Themes</source>
        <translation>修改引文主题</translation>
    </message>
    <message numerus="yes">
        <source>Add Themes to %n Quote(s)</source>
        <translation>
            <numerusform>给 %n 条引文添加主题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Star %n Quote(s)</source>
        <translation>
            <numerusform>给 %n 条引文加星标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unstar %n Quote(s)</source>
        <translation>
            <numerusform>去掉 %n 条引文的星标</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Quote</source>
        <translation>删除引文</translation>
    </message>
    <message>
        <source>Rename Theme</source>
        <translation>重命名主题</translation>
    </message>
    <message>
        <source>Edit Theme Description</source>
        <translation>编辑主题说明</translation>
    </message>
    <message>
        <source>Edit Theme Memo</source>
        <translation>编辑主题备忘</translation>
    </message>
    <message>
        <source>Change Theme Colour</source>
        <translation>修改主题颜色</translation>
    </message>
    <message>
        <source>Move Theme</source>
        <translation>移动主题</translation>
    </message>
    <message>
        <source>Add Theme</source>
        <translation>添加主题</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>未合并任何内容：%1</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>把“%1”合并到“%2”</translation>
    </message>
    <message>
        <source>Delete Theme “%1”</source>
        <translation>删除主题“%1”</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>导入编码本</translation>
    </message>
    <message>
        <source>Edit Transcript</source>
        <translation>编辑转写稿</translation>
    </message>
    <message>
        <source>Split Segment</source>
        <translation>拆分段落</translation>
    </message>
    <message>
        <source>Join Segments</source>
        <translation>合并段落</translation>
    </message>
    <message>
        <source>Change Speaker to %1</source>
        <translation>将说话人改为 %1</translation>
    </message>
    <message>
        <source>Rename Speaker %1 to %2</source>
        <translation>将说话人 %1 改名为 %2</translation>
    </message>
    <message>
        <source>Set Segment Time</source>
        <translation>设置段落时间</translation>
    </message>
    <message>
        <source>Add “%1” to the Project Dictionary</source>
        <translation>把“%1”加入项目词典</translation>
    </message>
    <message>
        <source>Import Transcript %1</source>
        <translation>导入转写稿 %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>访谈日期</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>星标</translation>
    </message>
    <message>
        <source>In dossier</source>
        <translation>用于报告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Audio start</source>
        <translation>音频起点</translation>
    </message>
    <message>
        <source>Audio end</source>
        <translation>音频终点</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>Quote ID</source>
        <translation>引文 ID</translation>
    </message>
    <message>
        <source>speaker not known</source>
        <translation>说话人不明</translation>
    </message>
    <message>
        <source>Theme × City</source>
        <translation>主题 × 城市</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>%1 quotes</source>
        <translation>%1 引文数</translation>
    </message>
    <message>
        <source>%1 interviews</source>
        <translation>%1 访谈数</translation>
    </message>
    <message>
        <source>Give the words of the quote.</source>
        <translation>请给出引文的原话。</translation>
    </message>
    <message>
        <source>“%1” is not in the transcript of interview %2.</source>
        <translation>访谈 %2 的转写稿中没有“%1”。</translation>
    </message>
    <message>
        <source>“%1” occurs %2 times in the transcript of interview %3; say which with --occurrence N.</source>
        <translation>“%1”在访谈 %3 的转写稿中出现了 %2 次；请用 --occurrence N 指定是哪一处。</translation>
    </message>
    <message>
        <source>“%1” occurs %2 times in the transcript of interview %3, not %4.</source>
        <translation>“%1”在访谈 %3 的转写稿中出现了 %2 次，没有第 %4 处。</translation>
    </message>
    <message>
        <source>Untie Speaker %1</source>
        <translation>取消说话人 %1 的对应</translation>
    </message>
    <message>
        <source>Tie Speaker %1 to %2</source>
        <translation>将说话人 %1 对应到 %2</translation>
    </message>
    <message>
        <source>%1 is the project itself; choose another folder.</source>
        <translation>%1 就是项目本身，请另选一个文件夹。</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty; choose another name.</source>
        <translation>%1 已存在且不为空，请换一个名字。</translation>
    </message>
    <message>
        <source>Cannot create %1: the place is not writable.</source>
        <translation>无法创建 %1：该位置不可写入。</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2 (is the disk full?).</source>
        <translation>无法将 %1 复制到 %2（磁盘是否已满？）。</translation>
    </message>
    <message>
        <source>Could not note the new copy in %1.</source>
        <translation>无法在 %1 中登记新副本。</translation>
    </message>
    <message>
        <source>%1 is this copy itself; choose another copy of the project.</source>
        <translation>%1 就是这个副本本身；请选择该项目的另一个副本。</translation>
    </message>
    <message>
        <source>%1 is another project than %2 (%3, not %4): only copies of one project can be synced. To bring a project started separately in, merge it.</source>
        <translation>%1 与 %2 不是同一个项目（%3，而非 %4）：只有同一项目的副本才能同步。要并入另行创建的项目，请使用合并。</translation>
    </message>
    <message>
        <source>Sync with %1</source>
        <translation>与 %1 同步</translation>
    </message>
    <message>
        <source>%1 carries changes of the project “%2” (%3), not of this one, “%4” (%5); nothing was changed. To bring a project started separately in, merge it.</source>
        <translation>%1 中是项目“%2”（%3）的改动，而不是本项目“%4”（%5）的；没有做任何改动。要并入另行创建的项目，请使用合并。</translation>
    </message>
    <message>
        <source>%1 was written by this copy itself; bring it in on the other laptop.</source>
        <translation>%1 是这个副本自己写出的；请在另一台电脑上导入。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Tianye (project version %2; this one has %3). Upgrade Tianye on this laptop, then bring the file in again; nothing was changed.</source>
        <translation>%1 由更新版本的田野写出（项目版本 %2；本版本为 %3）。请先升级这台电脑上的田野，再重新导入该文件；没有做任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by an older Tianye (project version %2; this one has %3). Upgrade Tianye on the laptop that wrote it and write the file again; nothing was changed.</source>
        <translation>%1 由较旧版本的田野写出（项目版本 %2；本版本为 %3）。请升级写出该文件的电脑上的田野，再重新写出文件；没有做任何改动。</translation>
    </message>
    <message>
        <source>%1 starts after changes this copy has not got yet (of copy %2: it has up to step %3, the file starts at %4). It was written for a copy that had them; sync with that copy, or ask for a file written after this copy's last exchange. Nothing was changed.</source>
        <translation>%1 从这个副本尚未拿到的改动之后开始（副本 %2：这里只到第 %3 步，文件从第 %4 步开始）。它是为已有这些改动的副本写的；请与那个副本同步，或请对方在本副本上次交换之后重新写一个文件。没有做任何改动。</translation>
    </message>
    <message>
        <source>Bring In Changes from %1</source>
        <translation>从 %1 导入改动</translation>
    </message>
    <message>
        <source>Take the Value That Lost (%1)</source>
        <translation>取回落选的值（%1）</translation>
    </message>
    <message>
        <source>%1 is not a copy of a Tianye project (it has no project.db).</source>
        <translation>%1 不是田野项目的副本（其中没有 project.db）。</translation>
    </message>
    <message>
        <source>%1 is not a Tianye project (it has no project.db).</source>
        <translation>%1 不是田野项目（其中没有 project.db）。</translation>
    </message>
    <message>
        <source>%1 is a copy of this same project: sync it with Team → Sync with Another Copy… instead of merging it.</source>
        <translation>%1 是本项目的副本：请用“团队 → 与其他副本同步…”同步，而不是合并。</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>合并 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n record(s) not merged here yet; merge it first. Nothing was changed.</source>
        <translation>
            <numerusform>%1 中还有 %n 条记录尚未合并到本项目；请先合并。未做任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds details that differ from this project's, which it would lose as a copy: %2. Make them the same on one side (or keep the two projects apart); nothing was changed.</source>
        <translation>%1 中有与本项目不同的内容，变成副本后会丢失：%2。请先在一方改成一致（或让两个项目各自保留）；未做任何更改。</translation>
    </message>
    <message>
        <source>There are no words to quote there.</source>
        <translation>那里没有可引用的文字。</translation>
    </message>
    <message>
        <source>%1: a concordance is written as .csv or .xlsx.</source>
        <translation>%1：索引只能写成 .csv 或 .xlsx。</translation>
    </message>
    <message numerus="yes">
        <source>Code %n Quote(s) from Search</source>
        <translation>
            <numerusform>从搜索编码 %n 条引语</numerusform>
        </translation>
    </message>
    <message>
        <source>Concordance</source>
        <translation>索引行</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Left context</source>
        <translation>左侧语境</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>命中词</translation>
    </message>
    <message>
        <source>Right context</source>
        <translation>右侧语境</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Remove Saved Search</source>
        <translation>删除已保存的搜索</translation>
    </message>
    <message>
        <source>Leave Out “%1”</source>
        <translation>不计“%1”</translation>
    </message>
    <message>
        <source>Include “%1”</source>
        <translation>计入“%1”</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>主题需要一个名称。</translation>
    </message>
    <message>
        <source>Make Theme from “%1”</source>
        <translation>用“%1”建主题</translation>
    </message>
    <message>
        <source>%1: a word list is written as .csv or .xlsx.</source>
        <translation>%1：词表只能写成 .csv 或 .xlsx。</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>词</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>新说法</translation>
    </message>
    <message>
        <source>Keyness (log-likelihood)</source>
        <translation>关键度（对数似然比）</translation>
    </message>
    <message>
        <source>Log ratio</source>
        <translation>对数比</translation>
    </message>
    <message>
        <source>Uses: %1</source>
        <translation>次数：%1</translation>
    </message>
    <message>
        <source>Per 10,000 characters: %1</source>
        <translation>每万字次数：%1</translation>
    </message>
    <message>
        <source>Interviews: %1</source>
        <translation>访谈数：%1</translation>
    </message>
    <message>
        <source>Speakers: %1</source>
        <translation>说话人数：%1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>Participant category</source>
        <translation>受访者类别</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>访谈员</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>访谈方式</translation>
    </message>
    <message>
        <source>in the same quote</source>
        <translation>在同一条引语中</translation>
    </message>
    <message>
        <source>in the same transcript segment</source>
        <translation>在同一转写段落中</translation>
    </message>
    <message>
        <source>in the same interview</source>
        <translation>在同一场访谈中</translation>
    </message>
    <message>
        <source>Themes by %1</source>
        <translation>按%1看主题</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Total quotes</source>
        <translation>引语合计</translation>
    </message>
    <message>
        <source>Total interviews</source>
        <translation>访谈合计</translation>
    </message>
    <message>
        <source>All coded quotes</source>
        <translation>全部已编码引语</translation>
    </message>
    <message>
        <source>Themes together</source>
        <translation>主题共现</translation>
    </message>
    <message>
        <source>Theme (%1)</source>
        <translation>主题（%1）</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>%1: insights</source>
        <translation>%1：洞察</translation>
    </message>
    <message>
        <source>Export stopped.</source>
        <translation>导出已停止。</translation>
    </message>
    <message>
        <source>Field notes: %1</source>
        <translation>田野笔记：%1</translation>
    </message>
    <message>
        <source>Text sources</source>
        <translation>文本资料</translation>
    </message>
    <message>
        <source>Picture sources</source>
        <translation>图片资料</translation>
    </message>
    <message>
        <source>PDF sources</source>
        <translation>PDF 资料</translation>
    </message>
    <message>
        <source>Audio sources</source>
        <translation>音频资料</translation>
    </message>
    <message>
        <source>Video sources</source>
        <translation>视频资料</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>Text selections</source>
        <translation>文本选段</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>编码标记</translation>
    </message>
    <message>
        <source>Picture, PDF, audio and video selections</source>
        <translation>图片、PDF、音频和视频选段</translation>
    </message>
    <message>
        <source>Sync points</source>
        <translation>同步点</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>集合</translation>
    </message>
    <message>
        <source>Other elements</source>
        <translation>其他元素</translation>
    </message>
    <message>
        <source>%1 × &lt;%2&gt;: Tianye has nothing to hold them</source>
        <translation>%1 个 &lt;%2&gt;：田野没有可以存放它们的地方</translation>
    </message>
    <message>
        <source>set “%1” (%2 codes, %3 sources): Tianye has no sets yet</source>
        <translation>集合“%1”（%2 个编码，%3 份资料）：田野目前还没有集合</translation>
    </message>
    <message>
        <source>Tianye codes words of transcripts, not regions of pictures, PDFs or recordings: the files are kept, the selections are not</source>
        <translation>田野编码的是转写中的文字，而不是图片、PDF 或录音中的区域：文件会保留，选段不会</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>导入 REFI-QDA 项目</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>(unnamed code)</source>
        <translation>（未命名编码）</translation>
    </message>
    <message>
        <source>“%1” is a grouping code (not codable) there; it came in as an ordinary theme: Tianye has no grouping themes yet</source>
        <translation>“%1”在原软件中是分组编码（不可编码）；它作为普通主题导入：田野目前还没有分组主题</translation>
    </message>
    <message>
        <source>city “%1” appears twice; its sources go to the first</source>
        <translation>城市“%1”出现了两次；其资料归入第一个</translation>
    </message>
    <message>
        <source>case “%1” appears more than once: the next one became “%2”</source>
        <translation>个案“%1”出现不止一次：后一个改名为“%2”</translation>
    </message>
    <message>
        <source>variable “%1” has no value on any case or source</source>
        <translation>变量“%1”在任何个案或资料上都没有取值</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1.</source>
        <translation>无法在 %1 中创建临时文件夹。</translation>
    </message>
    <message>
        <source>“%1”: %2; not brought in</source>
        <translation>“%1”：%2；未导入</translation>
    </message>
    <message>
        <source>“%1” cannot be played here (%2): kept as a file</source>
        <translation>“%1”无法在这里播放（%2）：作为文件保留</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Import stopped.</source>
        <translation>导入已停止。</translation>
    </message>
    <message>
        <source>note “%1”: about the project as a whole or about nothing; Tianye keeps notes on themes, quotes, participants and interviews</source>
        <translation>备注“%1”：针对整个项目或不针对任何内容；田野只在主题、摘录、受访者和访谈上保存备注</translation>
    </message>
    <message>
        <source>“%1”: its text could not be read (%2); the interview has no transcript</source>
        <translation>“%1”：无法读取其文字（%2）；该访谈没有转写</translation>
    </message>
    <message>
        <source>Kept from the REFI-QDA project: %1 (%2; Tianye cannot code it yet)</source>
        <translation>从 REFI-QDA 项目中保留：%1（%2；田野目前还不能对它编码）</translation>
    </message>
    <message>
        <source>“%1” in “%2”: characters %3–%4 are not in its text (%5 characters)</source>
        <translation>“%2”中的“%1”：第 %3–%4 个字符不在其文字中（共 %5 个字符）</translation>
    </message>
    <message>
        <source>“%1” in “%2” selects only a speaker's name or line breaks</source>
        <translation>“%2”中的“%1”只选中了说话人姓名或换行</translation>
    </message>
    <message>
        <source>a coding in “%1” names a code the file does not have (%2)</source>
        <translation>“%1”中的一处编码标记指向文件中不存在的编码（%2）</translation>
    </message>
    <message>
        <source>“%1” was coded as a whole: it came in as one quote of all its words</source>
        <translation>“%1”被整体编码：它作为包含全部文字的一条摘录导入</translation>
    </message>
    <message>
        <source>“%1” was coded as a whole but has no text to quote</source>
        <translation>“%1”被整体编码，但没有可摘录的文字</translation>
    </message>
    <message>
        <source>a quote's star, its place in the dossier, its translation and its audio in and out points</source>
        <translation>摘录的星标、是否放入报告、译文以及音频起止点</translation>
    </message>
    <message>
        <source>the insight boards (written as a note about the project, which comes back as a note only)</source>
        <translation>洞察看板（写成一条关于项目的备注，导回时只是一条备注）</translation>
    </message>
    <message>
        <source>speaker ties to participants, and recording markers</source>
        <translation>说话人与受访者的对应关系，以及录音标记</translation>
    </message>
    <message>
        <source>the project dictionary, saved searches and the history of changes</source>
        <translation>项目词典、已保存的搜索和修改历史</translation>
    </message>
    <message>
        <source>Read %1%2.</source>
        <translation>已读取 %1%2。</translation>
    </message>
    <message>
        <source> (written by %1)</source>
        <translation>（由 %1 写出）</translation>
    </message>
    <message>
        <source>Into: %1</source>
        <translation>导入到：%1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读到</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>舍弃</translation>
    </message>
    <message>
        <source>Left out or changed, and why:</source>
        <translation>舍弃或改动的内容及原因：</translation>
    </message>
    <message>
        <source>Kept as files beside the project (not coded):</source>
        <translation>作为文件保存在项目旁（未编码）：</translation>
    </message>
    <message>
        <source>%1 exists and is not empty: choose a new folder for the imported project.</source>
        <translation>%1 已存在且不为空：请为导入的项目选择一个新文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) of picture, PDF or media regions (see their selections)</source>
        <translation>
            <numerusform>%n 处图片、PDF 或媒体区域上的编码标记（见其选段）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync point(s) not at the start or end of a line of text: segment times come only from those</source>
        <translation>
            <numerusform>%n 个同步点不在文字行的开头或结尾：段落时间只取自行首和行尾的同步点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) of selections left out (see Text selections)</source>
        <translation>
            <numerusform>%n 处编码标记属于被舍弃的选段（见“文本选段”）</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no text here: its %2 selections cannot come across</source>
        <translation>“%1”在这里没有文字：它的 %2 个选段无法导入</translation>
    </message>
    <message>
        <source>participants' real names, contacts and notes (never exported)</source>
        <translation>受访者的真实姓名、联系方式和备注（从不导出）</translation>
    </message>
    <message>
        <source>Imported (no city given)</source>
        <translation>导入（未注明城市）</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>受访者编号</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>访谈员</translation>
    </message>
    <message>
        <source>Kept as it is</source>
        <translation>保留原样</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Could not write %1: the project could not be written as XML.</source>
        <translation>无法写入 %1：项目无法写成 XML。</translation>
    </message>
    <message numerus="yes">
        <source>%n code or selection reference(s) on cases are not kept: Tianye ties themes to quotes, not to people</source>
        <translation>
            <numerusform>个案上的 %n 处编码或选段引用未保留：田野把主题关联到摘录，而不是人</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” on “%2” names a person or a contact: not kept (Tianye keeps them on participants only)</source>
        <translation>“%2”上的“%1”是人名或联系方式：未保留（田野只在受访者上保存这些信息）</translation>
    </message>
    <message>
        <source>“%1” in “%2” ends after its text (%3 characters): cut there</source>
        <translation>“%2”中的“%1”超出了文字末尾（共 %3 个字符）：截至末尾</translation>
    </message>
    <message>
        <source>Merged into the open project: %1 interviews, %2 quotes, %3 themes new here; %4 records there already; %5 whose details differ there (this project's kept).</source>
        <translation>已合并到当前项目：新增 %1 场访谈、%2 条摘录、%3 个主题；%4 条记录本来就有；%5 条记录的细节不同（保留本项目的）。</translation>
    </message>
    <message>
        <source>Real name (kept here, never exported)</source>
        <translation>真实姓名（只保存在本项目，从不导出）</translation>
    </message>
    <message>
        <source>Contact (kept here, never exported)</source>
        <translation>联系方式（只保存在本项目，从不导出）</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) are interviews this project has already (the same GUID): left as they are here; codings made on them elsewhere are not brought in</source>
        <translation>
            <numerusform>%n 份资料是本项目已有的访谈（GUID 相同）：保持本项目中的原样；在别处对它们做的编码不会导入</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was merged, but %1 could not be copied to %2.</source>
        <translation>导入已合并，但无法把 %1 复制到 %2。</translation>
    </message>
</context>
<context>
    <name>tianye::search::SearchEngine</name>
    <message>
        <source>Type a word or phrase to search for.</source>
        <translation>请输入要检索的词语或短语。</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>搜索已取消。</translation>
    </message>
</context>
<context>
    <name>tianye::ui::AnalysisViews</name>
    <message>
        <source>Quotes</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Theme × City</source>
        <translation>主题 × 城市</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>编码本</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
</context>
<context>
    <name>tianye::ui::CityDialog</name>
    <message>
        <source>Add City</source>
        <translation>添加城市</translation>
    </message>
    <message>
        <source>City Properties</source>
        <translation>城市属性</translation>
    </message>
    <message>
        <source>e.g. 大同</source>
        <translation>例如：大同</translation>
    </message>
    <message>
        <source>e.g. Shanxi</source>
        <translation>例如：山西</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>省份/地区(&amp;R)：</translation>
    </message>
    <message>
        <source>Interview &amp;target:</source>
        <translation>访谈目标数(&amp;T)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>tianye::ui::CityList</name>
    <message>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>&amp;Add City…</source>
        <translation>添加城市(&amp;A)…</translation>
    </message>
    <message>
        <source>City &amp;Properties…</source>
        <translation>城市属性(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Remove City…</source>
        <translation>删除城市(&amp;R)…</translation>
    </message>
    <message>
        <source>Add City</source>
        <translation>添加城市</translation>
    </message>
    <message>
        <source>City Properties</source>
        <translation>城市属性</translation>
    </message>
    <message>
        <source>Remove City</source>
        <translation>删除城市</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 with its %n interview(s), their transcripts, quotes and participants?</source>
        <translation>
            <numerusform>删除 %1 及其 %n 次访谈、转写稿、引文和受访者？</numerusform>
        </translation>
    </message>
    <message>
        <source>You can bring it back with Edit → Undo.</source>
        <translation>可以通过“编辑 → 撤销”恢复。</translation>
    </message>
</context>
<context>
    <name>tianye::ui::CityListModel</name>
    <message>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <source>%1, spirit word %2</source>
        <translation>%1，城市精神：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s), %1/%2 transcribed</source>
        <translation>
            <numerusform>%n 场访谈，已转写 %1/%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::ui::CodeHitsDialog</name>
    <message>
        <source>Code All Hits</source>
        <translation>全部命中编码</translation>
    </message>
    <message>
        <source>A theme, or a new name</source>
        <translation>已有主题，或新名称</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>The words found</source>
        <translation>命中的文字</translation>
    </message>
    <message>
        <source>The sentence around them</source>
        <translation>所在的整句</translation>
    </message>
    <message>
        <source>The whole transcript segment</source>
        <translation>整段转写</translation>
    </message>
    <message>
        <source>What each quote holds</source>
        <translation>每条引语包含的内容</translation>
    </message>
    <message>
        <source>The quotes coding would make</source>
        <translation>编码将生成的引语</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>搜索：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>引语(&amp;Q)：</translation>
    </message>
    <message>
        <source>%1  (already a quote: it gets the theme)</source>
        <translation>%1  （已是引语：为其加上主题）</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in the transcripts</source>
        <translation>
            <numerusform>转写稿中 %n 处命中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n 条引语</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already quoted (they get the theme)</source>
        <translation>
            <numerusform>其中 %n 条已是引语（只加上主题）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in words withheld for consent are not coded.</source>
        <translation>
            <numerusform>%n 处命中位于因知情同意而保留的文字中，不编码。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>下面列出前 %1 条。</translation>
    </message>
    <message>
        <source>One step: Undo takes it all back.</source>
        <translation>作为一步完成：撤销即可全部收回。</translation>
    </message>
</context>
<context>
    <name>tianye::ui::CodebookView</name>
    <message>
        <source>Add Theme</source>
        <translation>添加主题</translation>
    </message>
    <message>
        <source>Add Sub-theme</source>
        <translation>添加子主题</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Add themes from a REFI-QDA codebook (.qdc) or CSV</source>
        <translation>从 REFI-QDA 编码本（.qdc）或 CSV 添加主题</translation>
    </message>
    <message>
        <source>Save the codebook as REFI-QDA (.qdc) for other tools, or CSV</source>
        <translation>把编码本存为 REFI-QDA（.qdc，供其他软件使用）或 CSV</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>By city</source>
        <translation>按城市</translation>
    </message>
    <message>
        <source>Your notes on this theme: what belongs, what does not, open questions.</source>
        <translation>关于这个主题的笔记：什么算、什么不算、还有哪些疑问。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>备忘：</translation>
    </message>
    <message>
        <source>Rename Theme</source>
        <translation>重命名主题</translation>
    </message>
    <message>
        <source>Name of the new theme:</source>
        <translation>新主题的名称：</translation>
    </message>
    <message>
        <source>Name of the new sub-theme of “%1”:</source>
        <translation>“%1”的新子主题名称：</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>导入编码本</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>导出编码本</translation>
    </message>
    <message>
        <source>codebook.qdc</source>
        <translation>编码本.qdc</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (*.qdc);;CSV (*.csv)</source>
        <translation>REFI-QDA 编码本 (*.qdc);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>编码本</translation>
    </message>
    <message>
        <source>Select a theme, or add one.</source>
        <translation>请选择一个主题，或添加主题。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>No quotes yet.</source>
        <translation>还没有引文。</translation>
    </message>
    <message>
        <source>Quotes by city: %1</source>
        <translation>各城市引文：%1</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>“%1”的颜色</translation>
    </message>
    <message>
        <source>Change Theme Colour</source>
        <translation>修改主题颜色</translation>
    </message>
    <message>
        <source>Move Theme</source>
        <translation>移动主题</translation>
    </message>
    <message>
        <source>Merge Theme</source>
        <translation>合并主题</translation>
    </message>
    <message>
        <source>Move the quotes and sub-themes of “%1” into:</source>
        <translation>把“%1”的引文和子主题移到：</translation>
    </message>
    <message>
        <source>Delete Theme</source>
        <translation>删除主题</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its sub-themes? %n quote(s) lose this theme; the quotes themselves and their other themes stay. You can undo this.</source>
        <translation>
            <numerusform>删除“%1”及其子主题吗？%n 条引文将失去这个主题；引文本身和它们的其他主题都会保留。此操作可以撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>已导入 %1：新增 %2 个，更新 %3 个，未变 %4 个。</translation>
    </message>
</context>
<context>
    <name>tianye::ui::ConcordanceModel</name>
    <message>
        <source>Interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Left context</source>
        <translation>左侧语境</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>命中词</translation>
    </message>
    <message>
        <source>Right context</source>
        <translation>右侧语境</translation>
    </message>
</context>
<context>
    <name>tianye::ui::CopyDialog</name>
    <message>
        <source>Copy for a Colleague</source>
        <translation>为同事复制项目</translation>
    </message>
    <message>
        <source>A copy of %1 for a colleague's laptop: the same project and history, so that the copies can be brought together later.</source>
        <translation>把 %1 复制一份到同事的电脑上：同一个项目、同样的历史，以后各份副本可以再合到一起。</translation>
    </message>
    <message>
        <source>Folder of the copy</source>
        <translation>副本所在文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Where to Put the Copy</source>
        <translation>副本放在哪里</translation>
    </message>
    <message>
        <source>e.g. 李娜</source>
        <translation>例如：李娜</translation>
    </message>
    <message>
        <source>Colleague's name</source>
        <translation>同事的名字</translation>
    </message>
    <message>
        <source>Include the recordings</source>
        <translation>包括录音</translation>
    </message>
    <message>
        <source>Recordings are large; a copy without them can fetch them later from any copy that has them.</source>
        <translation>录音文件很大；不带录音的副本以后可以从任何有录音的副本取回。</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Colleague's &amp;name:</source>
        <translation>同事的名字(&amp;N)：</translation>
    </message>
    <message>
        <source>Make Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>tianye::ui::DossierDialog</name>
    <message>
        <source>Export Dossier</source>
        <translation>导出洞察报告</translation>
    </message>
    <message>
        <source>All cities, side by side</source>
        <translation>全部城市对照</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument 文本 (ODT)</translation>
    </message>
    <message>
        <source>Web page (HTML, self-contained)</source>
        <translation>网页（HTML，单文件）</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Cover with the fieldwork in numbers</source>
        <translation>封面与田野调查概况</translation>
    </message>
    <message>
        <source>Insights and their evidence</source>
        <translation>洞察及其佐证</translation>
    </message>
    <message>
        <source>Themes, ranked, with their best quotes and a chart</source>
        <translation>主题排行、代表引文与图表</translation>
    </message>
    <message>
        <source>Who we heard</source>
        <translation>我们听到了谁</translation>
    </message>
    <message>
        <source>Appendix: interview roster</source>
        <translation>附录：访谈名单</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese (简体中文)</source>
        <translation>中文（简体）</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美式信纸 (Letter)</translation>
    </message>
    <message>
        <source>Name participants who consented by their real names</source>
        <translation>已同意的受访者以真名呈现</translation>
    </message>
    <message>
        <source>Others keep their participant codes. Participants who withdrew consent, and their words, are never in a dossier.</source>
        <translation>其他受访者仍以编号呈现。撤回知情同意的受访者及其话语绝不会出现在报告中。</translation>
    </message>
    <message>
        <source>&amp;Quotes per theme:</source>
        <translation>每个主题的引文数(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Headings in:</source>
        <translation>标题语言(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <source>%1 dossier</source>
        <translation>%1 洞察报告</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The dossier was not written. %1</source>
        <translation>报告未能写入。%1</translation>
    </message>
    <message>
        <source>Words that set the city apart, with an example each</source>
        <translation>让这座城市与众不同的词语，各附一句例句</translation>
    </message>
</context>
<context>
    <name>tianye::ui::FileDialogs</name>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>文字稿</translation>
    </message>
    <message>
        <source>Codebooks</source>
        <translation>编码本</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>tianye::ui::FindBar</name>
    <message>
        <source>Find in transcript</source>
        <translation>在转写稿中查找</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>tianye::ui::ImportTranscriptDialog</name>
    <message>
        <source>Import Transcript</source>
        <translation>导入转写稿</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n 段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 字</numerusform>
        </translation>
    </message>
    <message>
        <source>no speakers marked</source>
        <translation>未标注说话人</translation>
    </message>
    <message>
        <source>speakers: %1</source>
        <translation>说话人：%1</translation>
    </message>
    <message numerus="yes">
        <source>The interview already has %n segment(s); these are added after them.</source>
        <translation>
            <numerusform>这次访谈已有 %n 段转写，新内容将接在其后。</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments to import</source>
        <translation>待导入的段落</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>The first %1 segments are shown; all %2 are imported.</source>
        <translation>此处只显示前 %1 段；全部 %2 段都会导入。</translation>
    </message>
    <message>
        <source>These parts of the file could not be read and are left out:</source>
        <translation>文件中以下部分无法读取，将被略过：</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Segment(s)</source>
        <translation>
            <numerusform>导入 %n 段</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Found from the file</source>
        <translation>根据文件自动识别</translation>
    </message>
    <message>
        <source>If the text below looks wrong, choose the encoding the file was saved in.</source>
        <translation>如果下面的文字显示为乱码，请选择该文件保存时所用的编码。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>tianye::ui::InsightsBoard</name>
    <message>
        <source>The city's spirit word, e.g. 不争</source>
        <translation>这座城市的精神，如“不争”</translation>
    </message>
    <message>
        <source>Export Dossier…</source>
        <translation>导出洞察报告…</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Spirit word:</source>
        <translation>城市精神(&amp;S)：</translation>
    </message>
    <message>
        <source>What the spirit word means for this city</source>
        <translation>这个词对这座城市意味着什么</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <source>&amp;Add Insight</source>
        <translation>添加洞察(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Spirit word</source>
        <translation>城市精神</translation>
    </message>
    <message>
        <source>Supporting insight</source>
        <translation>支撑洞察</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>阐述：</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证</translation>
    </message>
    <message>
        <source>Drag quotes here from the Quotes tab, or find them below. Drag to reorder.</source>
        <translation>从“引文”标签页把引文拖到这里，或在下方查找。拖动可调整顺序。</translation>
    </message>
    <message>
        <source>Remove Quote</source>
        <translation>移除引文</translation>
    </message>
    <message>
        <source>Find quotes of this city to add…</source>
        <translation>查找本城市的引文以添加…</translation>
    </message>
    <message>
        <source>Add to Evidence</source>
        <translation>添加为佐证</translation>
    </message>
    <message>
        <source>Change Insight Kind</source>
        <translation>更改洞察类型</translation>
    </message>
    <message>
        <source>Reorder Insights</source>
        <translation>调整洞察顺序</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Spirit word: %1</source>
        <translation>城市精神：%1</translation>
    </message>
    <message>
        <source>New insight</source>
        <translation>新洞察</translation>
    </message>
    <message>
        <source>Add Insight</source>
        <translation>添加洞察</translation>
    </message>
    <message>
        <source>Remove Insight</source>
        <translation>删除洞察</translation>
    </message>
</context>
<context>
    <name>tianye::ui::InterviewForm</name>
    <message>
        <source>Change Interview Date</source>
        <translation>修改访谈日期</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>日期和时间(&amp;D)：</translation>
    </message>
    <message>
        <source>Change Interview Duration</source>
        <translation>修改访谈时长</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>时长(&amp;U)：</translation>
    </message>
    <message>
        <source>e.g. a tea house near the Drum Tower</source>
        <translation>例如：鼓楼附近的茶馆</translation>
    </message>
    <message>
        <source>Change Place</source>
        <translation>修改地点</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>Change Interview Mode</source>
        <translation>修改访谈方式</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation>中英混合</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>粤语</translation>
    </message>
    <message>
        <source>Change Interview Language</source>
        <translation>修改访谈语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>修改状态</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>受访者</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants:</source>
        <translation>受访者(&amp;R)：</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>访谈员</translation>
    </message>
    <message>
        <source>Add Interviewer…</source>
        <translation>添加访谈员…</translation>
    </message>
    <message>
        <source>&amp;Interviewers:</source>
        <translation>访谈员(&amp;I)：</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>摘要(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Field notes:</source>
        <translation>田野笔记(&amp;F)：</translation>
    </message>
    <message>
        <source>Change Participants</source>
        <translation>修改受访者</translation>
    </message>
    <message>
        <source>Change Interviewers</source>
        <translation>修改访谈员</translation>
    </message>
    <message>
        <source>Add Interviewer</source>
        <translation>添加访谈员</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>tianye::ui::InterviewLog</name>
    <message>
        <source>Filter interviews (participant, occupation, interviewer, status…)</source>
        <translation>筛选访谈（受访者、职业、访谈员、状态……）</translation>
    </message>
    <message>
        <source>Filter interviews</source>
        <translation>筛选访谈</translation>
    </message>
    <message>
        <source>Interview log</source>
        <translation>访谈记录</translation>
    </message>
    <message>
        <source>Interview Log &amp;Columns</source>
        <translation>访谈列表的列(&amp;C)</translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Remove Interviews</source>
        <translation>删除访谈</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n interview(s) with their transcripts, audio links and quotes?</source>
        <translation>
            <numerusform>删除 %n 次访谈及其转写稿、录音关联和引文？</numerusform>
        </translation>
    </message>
    <message>
        <source>You can bring them back with Edit → Undo.</source>
        <translation>可以通过“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>tianye::ui::InterviewPage</name>
    <message>
        <source>Transcript</source>
        <translation>转写稿</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n 段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 字</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Transcript…</source>
        <translation>导入转写稿…</translation>
    </message>
    <message>
        <source>Import Transcript</source>
        <translation>导入转写稿</translation>
    </message>
    <message>
        <source>Spell checking</source>
        <translation>拼写检查</translation>
    </message>
    <message>
        <source>Default spelling (%1)</source>
        <translation>默认拼写检查（%1）</translation>
    </message>
    <message>
        <source>No spell checking</source>
        <translation>不检查拼写</translation>
    </message>
    <message>
        <source>Change Spell Checking</source>
        <translation>修改拼写检查</translation>
    </message>
    <message>
        <source>No transcript yet: type it here, or drop a transcript file here to import it.</source>
        <translation>还没有转写稿：可以直接在这里输入，或把转写稿文件拖到这里导入。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the transcript as TXT, SRT or WebVTT</source>
        <translation>把转写稿保存为 TXT、SRT 或 WebVTT</translation>
    </message>
    <message>
        <source>Export Transcript</source>
        <translation>导出转写稿</translation>
    </message>
    <message>
        <source>Text with speakers and times (*.txt);;SubRip subtitles (*.srt);;WebVTT subtitles (*.vtt)</source>
        <translation>带说话人和时间的文本 (*.txt);;SubRip 字幕 (*.srt);;WebVTT 字幕 (*.vtt)</translation>
    </message>
    <message>
        <source>%1: choose a name ending in .txt, .srt or .vtt.</source>
        <translation>%1：请使用以 .txt、.srt 或 .vtt 结尾的文件名。</translation>
    </message>
    <message>
        <source>Make Quote</source>
        <translation>摘为引文</translation>
    </message>
    <message>
        <source>Play or Pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>放慢</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>加快</translation>
    </message>
    <message>
        <source>Play Quote</source>
        <translation>播放引文</translation>
    </message>
    <message>
        <source>This quote has no audio range: its segments have no times.</source>
        <translation>这条引文没有音频范围：它所在的段落没有时间。</translation>
    </message>
    <message>
        <source>This interview has no audio to play.</source>
        <translation>这次访谈没有可以播放的音频。</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>These words have no time in the recording.</source>
        <translation>这段文字在录音中没有对应时间。</translation>
    </message>
</context>
<context>
    <name>tianye::ui::InterviewTableModel</name>
    <message>
        <source>Audio</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>转写稿</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>受访者</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>访谈员</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Audio / transcript</source>
        <translation>录音 / 转写</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
</context>
<context>
    <name>tianye::ui::LastWriteLabel</name>
    <message>
        <source>Last changed on this copy, %1</source>
        <translation>最后修改于本副本，%1</translation>
    </message>
    <message>
        <source>Last changed on another copy (%1), %2</source>
        <translation>最后修改于另一副本（%1），%2</translation>
    </message>
    <message>
        <source>Last changed by %1 on this copy, %2</source>
        <translation>最后由%1在本副本修改，%2</translation>
    </message>
    <message>
        <source>Last changed by %1 on another copy (%2), %3</source>
        <translation>最后由%1在另一副本（%2）修改，%3</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>副本 %1</translation>
    </message>
</context>
<context>
    <name>tianye::ui::MainWindow</name>
    <message>
        <source>Tianye</source>
        <translation>田野</translation>
    </message>
    <message>
        <source>Open the Demo Project</source>
        <translation>打开示例项目</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>打开示例项目(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tianye</source>
        <translation>关于田野(&amp;A)</translation>
    </message>
    <message>
        <source>About Tianye</source>
        <translation>关于田野</translation>
    </message>
    <message>
        <source>%1 — Tianye</source>
        <translation>%1 — 田野</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n 场访谈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n interview(s)</source>
        <translation>
            <numerusform>%1 / %n 场访谈</numerusform>
        </translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Tianye project (*.tianye)</source>
        <translation>田野项目 (*.tianye)</translation>
    </message>
    <message>
        <source>Open Project Folder</source>
        <translation>打开项目文件夹</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>受访者</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>城市(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>访谈(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;New Interview…</source>
        <translation>新建访谈(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Interview</source>
        <translation>打开访谈(&amp;O)</translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation>设置状态(&amp;S)</translation>
    </message>
    <message>
        <source>Add &amp;Participant</source>
        <translation>添加受访者(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remove Interview…</source>
        <translation>删除访谈(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>访谈(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>受访者(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find in Interview Log</source>
        <translation>在访谈列表中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Check Project…</source>
        <translation>检查项目(&amp;C)…</translation>
    </message>
    <message>
        <source>Import Transcript</source>
        <translation>导入转写稿</translation>
    </message>
    <message>
        <source>&amp;Import Transcript…</source>
        <translation>导入转写稿(&amp;I)…</translation>
    </message>
    <message>
        <source>Select one interview to import a transcript into.</source>
        <translation>请选择一次访谈，再导入转写稿。</translation>
    </message>
    <message>
        <source>Automatic Backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>引文(&amp;Q)</translation>
    </message>
    <message>
        <source>Theme × &amp;City</source>
        <translation>主题 × 城市(&amp;C)</translation>
    </message>
    <message>
        <source>Code&amp;book</source>
        <translation>编码本(&amp;B)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tianye 田野 %1&lt;/h3&gt;&lt;p&gt;Interviews, transcripts and insights for field-research teams.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (Widgets, Multimedia with GStreamer, Svg), SQLite %3 through SQLiteCpp, SoundTouch %4, Hunspell, QuaZip and zlib.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;田野 Tianye %1&lt;/h3&gt;&lt;p&gt;为田野调查团队准备的访谈、转写与洞察工具。&lt;/p&gt;&lt;p&gt;许可证：GNU 通用公共许可证第 3 版或更新版本。&lt;/p&gt;&lt;p&gt;使用 Qt %2（Widgets、基于 GStreamer 的 Multimedia、Svg）、通过 SQLiteCpp 使用的 SQLite %3、SoundTouch %4、Hunspell、QuaZip 和 zlib 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export Dossier…</source>
        <translation>导出洞察报告(&amp;E)…</translation>
    </message>
    <message>
        <source>In&amp;sights</source>
        <translation>洞察(&amp;S)</translation>
    </message>
    <message>
        <source>Dossier written to %1</source>
        <translation>洞察报告已写入 %1</translation>
    </message>
    <message>
        <source>Save Typing</source>
        <translation>保存输入内容</translation>
    </message>
    <message>
        <source>Everything you typed is saved now.</source>
        <translation>您输入的内容现已全部保存。</translation>
    </message>
    <message>
        <source>Close Project</source>
        <translation>关闭项目</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Export Dossier</source>
        <translation>导出洞察报告</translation>
    </message>
    <message>
        <source>Close Interview</source>
        <translation>关闭访谈</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>团队(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Copy for a Colleague…</source>
        <translation>为同事复制项目(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>动态(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Sync with Another Copy…</source>
        <translation>与其他副本同步(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Write Exchange File…</source>
        <translation>写出交换文件(&amp;W)…</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>冲突(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Fetch Recordings from Another Copy…</source>
        <translation>从其他副本获取录音(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Merge Another Project…</source>
        <translation>合并其他项目(&amp;M)…</translation>
    </message>
    <message>
        <source>Sea&amp;rch the Project</source>
        <translation>搜索项目(&amp;R)</translation>
    </message>
    <message>
        <source>Search the project…</source>
        <translation>搜索项目…</translation>
    </message>
    <message>
        <source>Search every transcript, quote and note (Ctrl+Shift+F)</source>
        <translation>搜索所有转写稿、引语和笔记（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Search the project</source>
        <translation>搜索项目</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>词语(&amp;W)</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>REFI-QDA Project as a &amp;New Project…</source>
        <translation>REFI-QDA 项目为新项目(&amp;N)…</translation>
    </message>
    <message>
        <source>REFI-QDA Project into &amp;This Project…</source>
        <translation>REFI-QDA 项目到当前项目(&amp;T)…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;REFI-QDA Project…</source>
        <translation>REFI-QDA 项目(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>tianye::ui::MaterialIntake</name>
    <message>
        <source>Add Files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer; download it first.</source>
        <translation>%1 不是本机上的文件，请先下载。</translation>
    </message>
    <message>
        <source>%1 is neither audio (%2) nor a transcript (%3).</source>
        <translation>%1 既不是音频（%2），也不是文字稿（%3）。</translation>
    </message>
    <message>
        <source>Copying %1 into the project…</source>
        <translation>正在将 %1 复制到项目中……</translation>
    </message>
    <message>
        <source>Attach Audio</source>
        <translation>附加录音</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>已附加 %1。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import Transcript</source>
        <translation>导入转写稿</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n segment(s).</source>
        <translation>
            <numerusform>已导入 %1：%n 段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished Recording</source>
        <translation>未完成的录音</translation>
    </message>
    <message numerus="yes">
        <source>This project has %n unfinished recording(s), %1 of audio: Tianye or the computer stopped while recording. Recover into the interview?</source>
        <translation>
            <numerusform>本项目有 %n 段未完成的录音，共 %1：录音时田野或电脑意外停止了。要恢复到访谈中吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Not now keeps the audio on disk; you are asked again next time.</source>
        <translation>选择“暂不”会把音频留在磁盘上，下次打开时再询问。</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Recover Recording</source>
        <translation>恢复录音</translation>
    </message>
    <message>
        <source>The interview of the recording %1 is no longer in the project.</source>
        <translation>录音 %1 所属的访谈已不在项目中。</translation>
    </message>
    <message>
        <source>Recovered %1 of audio into its interview.</source>
        <translation>已将 %1 的录音恢复到其访谈中。</translation>
    </message>
</context>
<context>
    <name>tianye::ui::MediaPanel</name>
    <message>
        <source>Audio</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Attached audio</source>
        <translation>已附加的录音</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Locate File…</source>
        <translation>查找文件…</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>查找 %1</translation>
    </message>
    <message>
        <source>Attach Audio…</source>
        <translation>附加录音…</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>录音…</translation>
    </message>
    <message>
        <source>Record the interview from this computer's microphone</source>
        <translation>用这台电脑的麦克风为访谈录音</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <source>The file %1 is missing from the project's media folder. Right-click to locate it.</source>
        <translation>项目的媒体文件夹中缺少文件 %1。右键单击可以查找它。</translation>
    </message>
    <message>
        <source>Locate File</source>
        <translation>查找文件</translation>
    </message>
    <message>
        <source>Attach Audio</source>
        <translation>附加录音</translation>
    </message>
</context>
<context>
    <name>tianye::ui::NewInterviewDialog</name>
    <message>
        <source>New Interview</source>
        <translation>新建访谈</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Participant code:</source>
        <translation>受访者编号(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>职业(&amp;O)：</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>日期和时间(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>访谈员(&amp;I)：</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <source>Log Interview</source>
        <translation>登记访谈</translation>
    </message>
    <message>
        <source>Add a city first: every interview belongs to a city.</source>
        <translation>请先添加城市：每次访谈都属于一个城市。</translation>
    </message>
</context>
<context>
    <name>tianye::ui::ParticipantTableModel</name>
    <message>
        <source>Edit %1 of %2</source>
        <translation>编辑 %2 的%1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>真实姓名</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Tie to the city</source>
        <translation>与城市的关系</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
</context>
<context>
    <name>tianye::ui::ParticipantsView</name>
    <message>
        <source>Filter participants (code, name, occupation…)</source>
        <translation>筛选受访者（编号、姓名、职业…）</translation>
    </message>
    <message>
        <source>Filter participants</source>
        <translation>筛选受访者</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>添加受访者</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>受访者</translation>
    </message>
    <message>
        <source>Choose a city to add participants to it.</source>
        <translation>请先选择一个城市，再添加受访者。</translation>
    </message>
    <message>
        <source>Remove Participants</source>
        <translation>删除受访者</translation>
    </message>
    <message>
        <source>Remove %1? They are taken off their interviews; the interviews stay. You can undo this.</source>
        <translation>删除 %1？他们会从所参加的访谈中移除，访谈本身保留。此操作可以撤销。</translation>
    </message>
</context>
<context>
    <name>tianye::ui::PathDialog</name>
    <message>
        <source>Sync with Another Copy</source>
        <translation>与其他副本同步</translation>
    </message>
    <message>
        <source>Write Exchange File</source>
        <translation>写出交换文件</translation>
    </message>
    <message>
        <source>Choose another copy of this project (its folder, on a USB stick or a shared drive), or an exchange file a colleague sent. Each copy gets the changes it lacks; a backup of each is made first, and the sync is one step you can undo.</source>
        <translation>选择本项目的另一个副本（U 盘或共享盘上的项目文件夹），或同事发来的交换文件。每个副本都会得到自己缺少的改动；同步前会先各做一次备份，整个同步是一个可以撤销的步骤。</translation>
    </message>
    <message>
        <source>For a copy you cannot reach as a folder: a file of the changes the copies you have met may lack. Send it; your colleague brings it in with Team → Sync with Another Copy…</source>
        <translation>用于无法直接访问其文件夹的副本：把已相遇过的副本可能缺少的改动写成一个文件。发给同事后，对方用“团队 → 与其他副本同步…”导入即可。</translation>
    </message>
    <message>
        <source>Other copy or exchange file</source>
        <translation>其他副本或交换文件</translation>
    </message>
    <message>
        <source>Exchange file</source>
        <translation>交换文件</translation>
    </message>
    <message>
        <source>Tianye exchange files (*.tianye-sync);;All files (*)</source>
        <translation>田野交换文件 (*.tianye-sync);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose &amp;Copy…</source>
        <translation>选择副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Another Copy of the Project</source>
        <translation>项目的另一个副本</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Exchange File</source>
        <translation>交换文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Write File</source>
        <translation>写出文件</translation>
    </message>
    <message>
        <source>Fetch Recordings from Another Copy</source>
        <translation>从其他副本获取录音</translation>
    </message>
    <message>
        <source>Choose another copy of this project (its folder) that has the recordings this copy lacks, such as the copy this one was made from. Each recording is checked against its fingerprint (SHA-256) as it is copied; nothing else changes.</source>
        <translation>选择本项目的另一个副本（其文件夹），它应有本副本缺少的录音，例如制作本副本时所依据的那个副本。每个录音在复制时都会按其指纹（SHA-256）核对；其他内容不变。</translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation>另一副本</translation>
    </message>
    <message>
        <source>Merge Another Project</source>
        <translation>合并其他项目</translation>
    </message>
    <message>
        <source>Choose a project another team started on its own (its folder). You will see what it brings in before anything changes; cities, researchers, participants (by code) and themes that are the same as here are merged with them.</source>
        <translation>选择另一个团队自行创建的项目（其文件夹）。在做出任何更改之前，你会先看到它将带来哪些内容；与本项目相同的城市、研究员、受访者（按编号）和主题会与本项目中的记录合而为一。</translation>
    </message>
    <message>
        <source>Other project</source>
        <translation>其他项目</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>tianye::ui::PlayerBar</name>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Preparing the audio… %1</source>
        <translation>正在准备音频… %1</translation>
    </message>
    <message>
        <source>Pause (%1)</source>
        <translation>暂停（%1）</translation>
    </message>
    <message>
        <source>Play (%1)</source>
        <translation>播放（%1）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>tianye::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies the next time Tianye starts.</source>
        <translation>新的语言将在下次启动田野时生效。</translation>
    </message>
    <message>
        <source>No spell checking</source>
        <translation>不检查拼写</translation>
    </message>
    <message>
        <source>&amp;Spelling:</source>
        <translation>拼写检查(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;nippets:</source>
        <translation>快捷短语(&amp;N)：</translation>
    </message>
    <message>
        <source>One per line, as abbreviation=text. In a transcript, type the abbreviation and press Tab.</source>
        <translation>每行一条，格式为“缩写=文字”。在转写稿中输入缩写后按 Tab 即可展开。</translation>
    </message>
    <message>
        <source>Transcription player</source>
        <translation>转写播放器</translation>
    </message>
    <message>
        <source>Play or pause:</source>
        <translation>播放或暂停：</translation>
    </message>
    <message>
        <source>Back:</source>
        <translation>后退：</translation>
    </message>
    <message>
        <source>Forward:</source>
        <translation>前进：</translation>
    </message>
    <message>
        <source>Slower:</source>
        <translation>放慢：</translation>
    </message>
    <message>
        <source>Faster:</source>
        <translation>加快：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Back and forward by:</source>
        <translation>每次前进或后退：</translation>
    </message>
    <message>
        <source>Go back on resume by:</source>
        <translation>继续播放时回退：</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Back up while editing every:</source>
        <translation>编辑时自动备份间隔：</translation>
    </message>
    <message>
        <source>Keep the latest:</source>
        <translation>保留最近备份数：</translation>
    </message>
    <message>
        <source>Also kept: one backup a day for the last week. Projects are backed up when opened and before imports and merges too.</source>
        <translation>另外保留最近一周每天各一份。打开项目时以及导入、合并之前也会自动备份。</translation>
    </message>
</context>
<context>
    <name>tianye::ui::ProjectCare</name>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Check Project</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>No problems found in %1.</source>
        <translation>%1 未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>%1 发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>已从 %1 恢复。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>The newest good backup is from %1. Restore it? The damaged database is kept in the backups folder.</source>
        <translation>最新的完好备份是 %1 的。要恢复它吗？损坏的数据库会保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
</context>
<context>
    <name>tianye::ui::ProjectSession</name>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
</context>
<context>
    <name>tianye::ui::QdpxExchange</name>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA 项目 (*.qdpx)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>导出 REFI-QDA 项目</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2): %n interview(s)</source>
        <translation>
            <numerusform>已写入 %1（%2）：%n 场访谈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n quote(s)</source>
        <translation>
            <numerusform>，%n 条摘录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; what %n participant(s) who withdrew consent said is left out</source>
        <translation>
            <numerusform>；%n 位撤回同意的受访者所说的话未写出</numerusform>
        </translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>导入 REFI-QDA 项目</translation>
    </message>
    <message>
        <source>New Project from %1</source>
        <translation>用 %1 新建项目</translation>
    </message>
    <message>
        <source>Tianye projects (*.tianye)</source>
        <translation>田野项目 (*.tianye)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project into This Project</source>
        <translation>导入 REFI-QDA 项目到当前项目</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Read %1%2. What the file held, what came in, and what was left out and why: nothing else was dropped.</source>
        <translation>已读取 %1%2。下面是文件中有什么、导入了什么、舍弃了什么以及原因：除此之外没有丢弃任何内容。</translation>
    </message>
    <message>
        <source> (written by %1)</source>
        <translation>（由 %1 写出）</translation>
    </message>
    <message>
        <source>What was read, imported and left out</source>
        <translation>读到、导入和舍弃的内容</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读到</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>舍弃</translation>
    </message>
    <message>
        <source>Kept as files beside the project (not coded):</source>
        <translation>作为文件保存在项目旁（未编码）：</translation>
    </message>
    <message>
        <source>Left out or changed, and why:</source>
        <translation>舍弃或改动的内容及原因：</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>“%1”%2 holds %3 sources, %4 cases, %5 codes and %6 coded selections. Choose what each of its variables fills in Tianye; what is kept as it is becomes a participant's own attribute, or a line of the interview's field notes.</source>
        <translation>“%1”%2 包含 %3 份资料、%4 个个案、%5 个编码和 %6 个已编码选段。请为每个变量选择它在田野中填入的字段；保留原样的变量会成为受访者的自定义属性，或访谈田野笔记中的一行。</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation>（来自 %1）</translation>
    </message>
    <message>
        <source>Variables and the fields they fill</source>
        <translation>变量及其填入的字段</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Values on</source>
        <translation>取值所在</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>填入</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个个案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 份资料</numerusform>
        </translation>
    </message>
    <message>
        <source>What “%1” fills</source>
        <translation>“%1”填入的字段</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1.</source>
        <translation>无法在 %1 中创建临时文件夹。</translation>
    </message>
</context>
<context>
    <name>tianye::ui::QuoteBrowser</name>
    <message>
        <source>Search quotes, notes and translations</source>
        <translation>检索引文、备注和译文</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>按日期</translation>
    </message>
    <message>
        <source>By city</source>
        <translation>按城市</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>按主题</translation>
    </message>
    <message>
        <source>Shortest first</source>
        <translation>从短到长</translation>
    </message>
    <message>
        <source>Longest first</source>
        <translation>从长到短</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>Tie to the city</source>
        <translation>与城市的关系</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>访谈员</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>星标</translation>
    </message>
    <message>
        <source>In dossier</source>
        <translation>用于报告</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>正在筛选…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>星标</translation>
    </message>
    <message>
        <source>Star or unstar the selected quotes (Ctrl+D)</source>
        <translation>给选中的引文加上或去掉星标（Ctrl+D）</translation>
    </message>
    <message>
        <source>Add Themes…</source>
        <translation>添加主题…</translation>
    </message>
    <message>
        <source>Add themes to every selected quote</source>
        <translation>给每条选中的引文添加主题</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the quotes shown as CSV or Excel (XLSX)</source>
        <translation>把当前显示的引文存为 CSV 或 Excel（XLSX）</translation>
    </message>
    <message>
        <source>Copy Quotes</source>
        <translation>复制引文</translation>
    </message>
    <message>
        <source>Export Quotes</source>
        <translation>导出引文</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Filter Quotes</source>
        <translation>筛选引文</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>所有城市</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>所有主题</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>任意类别</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>任意性别</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>任意年龄</translation>
    </message>
    <message>
        <source>Any tie to the city</source>
        <translation>任意城市关系</translation>
    </message>
    <message>
        <source>Any interviewer</source>
        <translation>任意访谈员</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n 条引文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected quote(s)</source>
        <translation>
            <numerusform>选中的 %n 条引文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n quote(s) to %1.</source>
        <translation>
            <numerusform>已把 %n 条引文导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Open the quote's interview and play its audio range</source>
        <translation>打开引文所在的访谈并播放其音频范围</translation>
    </message>
    <message>
        <source>Unstar Quotes</source>
        <translation>取消引文星标</translation>
    </message>
    <message>
        <source>Star Quotes</source>
        <translation>给引文加星标</translation>
    </message>
    <message>
        <source>Add Themes</source>
        <translation>添加主题</translation>
    </message>
    <message numerus="yes">
        <source>%n withheld quote(s) not copied: they never leave the project.</source>
        <translation>
            <numerusform>%n 条已隐去的引文未复制：它们不会离开项目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s): %1</source>
        <translation>
            <numerusform>%n 条引语：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::ui::QuoteBrowserModel</name>
    <message>
        <source>Dossier</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>The words of this quote were deleted from the transcript.</source>
        <translation>这条引文的文字已从转写稿中删除。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>(withheld: never exported)</source>
        <translation>（已隐去：不会导出）</translation>
    </message>
</context>
<context>
    <name>tianye::ui::QuoteDetails</name>
    <message>
        <source>The words of this quote were deleted from the transcript. Select the words it should quote and attach it again, or remove it.</source>
        <translation>这条引文的文字已从转写稿中删除。请选中它应引用的文字后重新挂接，或删除这条引文。</translation>
    </message>
    <message>
        <source>Attach to Selected Words</source>
        <translation>挂接到选中的文字</translation>
    </message>
    <message>
        <source>Themes…</source>
        <translation>主题…</translation>
    </message>
    <message>
        <source>Tag the quote with themes (Ctrl+T)</source>
        <translation>给引文打上主题（Ctrl+T）</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>星标</translation>
    </message>
    <message>
        <source>Use in dossier</source>
        <translation>用于报告</translation>
    </message>
    <message>
        <source>Star Quote</source>
        <translation>给引文加星标</translation>
    </message>
    <message>
        <source>Unstar Quote</source>
        <translation>去掉引文星标</translation>
    </message>
    <message>
        <source>Use Quote in Dossier</source>
        <translation>把引文用于报告</translation>
    </message>
    <message>
        <source>Leave Quote out of Dossier</source>
        <translation>不把引文用于报告</translation>
    </message>
    <message>
        <source>English translation</source>
        <translation>英文译文</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>译文：</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Audio from</source>
        <translation>音频起点</translation>
    </message>
    <message>
        <source>Audio to</source>
        <translation>音频终点</translation>
    </message>
    <message>
        <source>Audio:</source>
        <translation>音频：</translation>
    </message>
    <message>
        <source>Remove Quote</source>
        <translation>删除引文</translation>
    </message>
    <message>
        <source>Select a quote to see its details.</source>
        <translation>选择一条引文以查看详情。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Change Audio Range</source>
        <translation>修改音频范围</translation>
    </message>
    <message>
        <source>“%1” is not a time. Write it as hours:minutes:seconds, e.g. 00:12:05.5.</source>
        <translation>“%1”不是时间。请写成 时:分:秒，例如 00:12:05.5。</translation>
    </message>
    <message>
        <source>The audio range must start before it ends.</source>
        <translation>音频范围的起点必须早于终点。</translation>
    </message>
    <message>
        <source>Change Quote Themes</source>
        <translation>修改引文主题</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play exactly this range of the recording</source>
        <translation>只播放录音中的这一段</translation>
    </message>
</context>
<context>
    <name>tianye::ui::QuotesPanel</name>
    <message>
        <source>Quotes</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Make Quote</source>
        <translation>摘为引文</translation>
    </message>
    <message>
        <source>Make the selected words of the transcript a quote and tag it (Ctrl+M)</source>
        <translation>把转写稿中选中的文字摘为引文并打上主题（Ctrl+M）</translation>
    </message>
    <message>
        <source>Quotes of this interview</source>
        <translation>本次访谈的引文</translation>
    </message>
    <message>
        <source>The words of this quote were deleted from the transcript.</source>
        <translation>这条引文的原文已从转写稿中删除。</translation>
    </message>
    <message>
        <source>Detached: %1</source>
        <translation>已脱离：%1</translation>
    </message>
    <message>
        <source>Select the words of the quote in the transcript first.</source>
        <translation>请先在转写稿中选中引文的文字。</translation>
    </message>
    <message>
        <source>Attach Quote</source>
        <translation>重新挂接引文</translation>
    </message>
    <message>
        <source>Select the words this quote should cover in the transcript first.</source>
        <translation>请先在转写稿中选中这条引文应对应的文字。</translation>
    </message>
</context>
<context>
    <name>tianye::ui::RecordDialog</name>
    <message>
        <source>Record Interview</source>
        <translation>访谈录音</translation>
    </message>
    <message>
        <source>Opus (compact speech, about 15 MB an hour)</source>
        <translation>Opus（语音压缩，每小时约 15 MB）</translation>
    </message>
    <message>
        <source>FLAC (lossless, about half of WAV)</source>
        <translation>FLAC（无损，约为 WAV 的一半）</translation>
    </message>
    <message>
        <source>WAV (lossless, uncompressed)</source>
        <translation>WAV（无损，不压缩）</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>麦克风(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Keep as:</source>
        <translation>保存为(&amp;K)：</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>输入电平</translation>
    </message>
    <message>
        <source>&amp;Stop and Keep</source>
        <translation>停止并保存(&amp;S)</translation>
    </message>
    <message>
        <source>Marker label (optional), e.g. good quote here</source>
        <translation>标记说明（可选），如：这句好</translation>
    </message>
    <message>
        <source>Add &amp;Marker (F8)</source>
        <translation>添加标记(&amp;M) (F8)</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one and open this window again.</source>
        <translation>没有找到麦克风。请连接麦克风后重新打开此窗口。</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>录音(&amp;R)</translation>
    </message>
    <message>
        <source>Recording. The audio is saved as it arrives.</source>
        <translation>正在录音，音频边录边保存。</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message>
        <source>Keeping the recording…</source>
        <translation>正在保存录音…</translation>
    </message>
    <message>
        <source>The recording (%1) is attached to the interview.</source>
        <translation>录音（%1）已附加到访谈。</translation>
    </message>
    <message>
        <source>%1 What was recorded is kept on disk and offered again when the project opens.</source>
        <translation>%1 已录下的音频保留在磁盘上，下次打开项目时会提示恢复。</translation>
    </message>
    <message>
        <source>Stop the recording before closing this window.</source>
        <translation>请先停止录音再关闭此窗口。</translation>
    </message>
</context>
<context>
    <name>tianye::ui::RestoreBackupDialog</name>
    <message>
        <source>when the project was opened</source>
        <translation>打开项目时</translation>
    </message>
    <message>
        <source>during editing</source>
        <translation>编辑期间</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <source>before an upgrade of the project</source>
        <translation>项目升级之前</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The project goes back to the state of the backup you choose. What it holds now is kept as another backup, so a restore can be undone by restoring that.</source>
        <translation>项目将回到所选备份时的状态。当前内容会另存为一个备份，所以恢复之后还可以再恢复回来。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>tianye::ui::SearchView</name>
    <message>
        <source>Load More Results</source>
        <translation>加载更多结果</translation>
    </message>
    <message>
        <source>Make Quote…</source>
        <translation>做成引语…</translation>
    </message>
    <message>
        <source>Code All Hits…</source>
        <translation>全部命中编码…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Search transcripts, quotes and notes — words, "phrases", a OR b, -word, city:大同 speaker:DT-001</source>
        <translation>搜索转写稿、引语和笔记——词语、"短语"、a OR b、-排除词、城市:大同 说话人:DT-001</translation>
    </message>
    <message>
        <source>Search the project</source>
        <translation>搜索项目</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Add a filter to the search</source>
        <translation>为搜索添加筛选条件</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Keyword in context</source>
        <translation>关键词语境</translation>
    </message>
    <message>
        <source>Export Concordance</source>
        <translation>导出索引</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV（*.csv）;;Excel 工作簿（*.xlsx）</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Keyword in Context</source>
        <translation>关键词语境</translation>
    </message>
    <message>
        <source>Quote: </source>
        <translation>引语：</translation>
    </message>
    <message>
        <source>Interview notes: </source>
        <translation>访谈笔记：</translation>
    </message>
    <message>
        <source>Withheld for consent: never exported.</source>
        <translation>因知情同意而保留：不会导出。</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>受访者</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>搜索已取消。</translation>
    </message>
    <message>
        <source>Type to search every transcript, quote, note, participant, city and insight of the project.</source>
        <translation>输入文字即可搜索项目中的所有转写稿、引语、笔记、受访者、城市和洞察。</translation>
    </message>
    <message>
        <source>Type a word or phrase to look for; the filters narrow where.</source>
        <translation>请输入要查找的词语或短语；筛选条件用于缩小范围。</translation>
    </message>
    <message numerus="yes">
        <source>%n transcript segment(s) match</source>
        <translation>
            <numerusform>%n 段转写匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n interview(s) shown)</source>
        <translation>
            <numerusform>（显示 %n 场访谈）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concordance line(s)</source>
        <translation>
            <numerusform>%n 行索引</numerusform>
        </translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>城市：%1</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>说话人：%1</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>方式：%1</translation>
    </message>
    <message>
        <source>Interviewer: %1</source>
        <translation>访谈员：%1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>移除此筛选条件</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>访谈员</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>Make Quote</source>
        <translation>做成引语</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <source>Searches saved in the project, for the whole team</source>
        <translation>保存在项目中、全队共用的搜索</translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <source>No saved searches yet</source>
        <translation>还没有已保存的搜索</translation>
    </message>
    <message>
        <source>Save This Search…</source>
        <translation>保存此搜索…</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Name for the search “%1”:</source>
        <translation>为搜索“%1”起名：</translation>
    </message>
    <message>
        <source>Remove Saved Search</source>
        <translation>删除已保存的搜索</translation>
    </message>
    <message numerus="yes">
        <source>(the first %1 hits; %n segment(s) match)</source>
        <translation>
            <numerusform>（显示前 %1 处命中；共 %n 段匹配）</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>从：%1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>到：%1</translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>性别：%1</translation>
    </message>
    <message>
        <source>Age band: %1</source>
        <translation>年龄段：%1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>Participant's Gender</source>
        <translation>受访者性别</translation>
    </message>
    <message>
        <source>Participant's Age Band</source>
        <translation>受访者年龄段</translation>
    </message>
    <message>
        <source>Participant's Category</source>
        <translation>受访者类别</translation>
    </message>
</context>
<context>
    <name>tianye::ui::SpeakerMargin</name>
    <message>
        <source>Speakers and times</source>
        <translation>说话人和时间</translation>
    </message>
    <message>
        <source>Marker at %1</source>
        <translation>标记 %1</translation>
    </message>
    <message>
        <source>Marker at %1: %2</source>
        <translation>标记 %1：%2</translation>
    </message>
    <message>
        <source>Rename Speaker</source>
        <translation>重命名说话人</translation>
    </message>
    <message>
        <source>New name for %1 throughout this interview:</source>
        <translation>本次访谈中 %1 的新名称：</translation>
    </message>
</context>
<context>
    <name>tianye::ui::TeamWork</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Copy for a Colleague</source>
        <translation>为同事复制项目</translation>
    </message>
    <message numerus="yes">
        <source>Copy made in %1, without its %n recording(s).</source>
        <translation>
            <numerusform>副本已建在 %1，未包括其 %n 个录音。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy made in %1.</source>
        <translation>副本已建在 %1。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Activity — %1</source>
        <translation>动态 — %1</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>最近的更改</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>this copy</source>
        <translation>本副本</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>还没有更改。</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n change(s), newest first.</source>
        <translation>
            <numerusform>最近 %n 条更改，最新的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Sync with Another Copy</source>
        <translation>与其他副本同步</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) brought in from the file.</source>
        <translation>
            <numerusform>从文件导入了 %n 项改动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) brought in, %1 sent.</source>
        <translation>
            <numerusform>导入了 %n 项改动，发送了 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项改动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved: see Team → Conflicts.</source>
        <translation>
            <numerusform>解决了 %n 处冲突：请查看“团队 → 冲突”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) copied.</source>
        <translation>
            <numerusform>拷贝了 %n 个录音。</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing recordings: %1.</source>
        <translation>缺少的录音：%1。</translation>
    </message>
    <message>
        <source>Write Exchange File</source>
        <translation>写出交换文件</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1 (%2).</source>
        <translation>
            <numerusform>已将 %n 项改动写入 %1（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts — %1</source>
        <translation>冲突 — %1</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>落选的值</translation>
    </message>
    <message>
        <source>Lost by</source>
        <translation>落选值作者</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <source>Show those &amp;taken since</source>
        <translation>显示已取回的(&amp;T)</translation>
    </message>
    <message>
        <source>Take the Value That &amp;Lost</source>
        <translation>取回落选的值(&amp;L)</translation>
    </message>
    <message>
        <source>Make the value that lost current again, as a change of your own (undoable).</source>
        <translation>把落选的值重新设为当前值，作为你自己的一次改动（可撤销）。</translation>
    </message>
    <message>
        <source>Changed on two copies; the later change was kept.</source>
        <translation>两个副本都改了；保留了较晚的改动。</translation>
    </message>
    <message>
        <source>Consent changed on two copies; a withdrawal always wins.</source>
        <translation>两个副本都改了知情同意；撤回同意总是优先。</translation>
    </message>
    <message>
        <source>Deleted on one copy, changed on another; the delete was kept.</source>
        <translation>一个副本删除了，另一个副本做了修改；保留了删除。</translation>
    </message>
    <message>
        <source>Deleted on one copy, still needed on another; the record was kept.</source>
        <translation>一个副本删除了，另一个副本仍在使用；保留了该记录。</translation>
    </message>
    <message>
        <source>Two records got the same name; one was renamed.</source>
        <translation>两条记录取了同一个名字；其中一条已改名。</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>the changes</source>
        <translation>所做的修改</translation>
    </message>
    <message>
        <source>Taken since.</source>
        <translation>之后已取回。</translation>
    </message>
    <message>
        <source>No conflicts: every copy's changes were applied as they were made.</source>
        <translation>没有冲突：各副本的改动都已原样应用。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s). Each copy resolved them alike; what lost is kept here and can be taken.</source>
        <translation>
            <numerusform>共 %n 处冲突。各副本的处理方式相同；落选的值保存在这里，可以取回。</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the Value That Lost</source>
        <translation>取回落选的值</translation>
    </message>
    <message>
        <source>Copy Recordings</source>
        <translation>复制录音</translation>
    </message>
    <message>
        <source>Fetch Recordings</source>
        <translation>获取录音</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) copied (%1).</source>
        <translation>
            <numerusform>已复制 %n 个录音（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither copy has: %1.</source>
        <translation>两个副本都没有：%1。</translation>
    </message>
    <message>
        <source>Merge Another Project</source>
        <translation>合并其他项目</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>合并 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n city(-ies)</source>
        <translation>
            <numerusform>%n 个城市</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n researcher(s)</source>
        <translation>
            <numerusform>%n 位研究员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n 位受访者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n 场访谈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transcript segment(s)</source>
        <translation>
            <numerusform>%n 个转写段落</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n 个主题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n 条引语</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n 条洞察</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n 个录音</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;New here:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;新增：&lt;/b&gt;%1。</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>研究员</translation>
    </message>
    <message>
        <source>Participants (by code)</source>
        <translation>受访者（按编号）</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>&lt;b&gt;The same as here — %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;与本项目相同——%1：&lt;/b&gt;%2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were merged before and stay as they are here.</source>
        <translation>
            <numerusform>%n 条记录此前已合并，保持本项目中的样子。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to bring in.</source>
        <translation>没有新内容可以带入。</translation>
    </message>
    <message>
        <source>A backup is made first, and the merge is one step you can undo. %1 itself does not change.</source>
        <translation>合并前会先做备份，合并是一个可以撤销的步骤。%1本身不会改变。</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Merged %1: %2 and %3 brought in.</source>
        <translation>已合并 %1：带入了%2和%3。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withdrew consent there, so withdrawn here too:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;在对方已撤回同意，本项目也随之撤回：&lt;/b&gt;%1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Details that differ there (this project's are kept):&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;对方内容不同之处（保留本项目的）：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Make %1 a Copy</source>
        <translation>把 %1 变成副本</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s), link(s) and other detail(s)</source>
        <translation>
            <numerusform>标签、关联及其他细节 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) merged before were deleted here since and stay deleted, unless you bring them back below.</source>
        <translation>
            <numerusform>%n 条以前合并过的记录之后在本项目中被删除，将保持删除，除非在下方选择带回。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds details that differ from this project's (listed above); as a copy it would lose them.</source>
        <translation>%1 中有与本项目不同的内容（见上方列表）；变成副本后会丢失这些内容。</translation>
    </message>
    <message>
        <source>&amp;Bring back what was deleted here since an earlier merge</source>
        <translation>带回以前合并后在本项目中删除的内容(&amp;B)</translation>
    </message>
    <message>
        <source>%1 is now a copy of this project: sync with it from now on (the merge can no longer be undone).</source>
        <translation>%1 现在是本项目的副本：今后请与它同步（这次合并已无法撤销）。</translation>
    </message>
    <message numerus="yes">
        <source>Copies made of it before (%n) are not copies of this project: merge each the same way.</source>
        <translation>
            <numerusform>它以前生成的副本（%n 个）不是本项目的副本：请用同样的方法逐个合并。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Then make %1 a copy of this project</source>
        <translation>合并后把 %1 变成本项目的副本(&amp;T)</translation>
    </message>
    <message>
        <source>Its team carries on in the merged project and syncs with this one; its own database is kept in its backups.</source>
        <translation>它的团队在合并后的项目里继续工作，并与本项目同步；它原来的数据库保存在它的备份中。</translation>
    </message>
</context>
<context>
    <name>tianye::ui::ThemeMatrixModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %n quote(s)</source>
        <translation>
            <numerusform>%1 在%2：%n 条引文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n interview(s)</source>
        <translation>
            <numerusform>来自 %n 次访谈</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tianye::ui::ThemeMatrixView</name>
    <message>
        <source>Quotes per theme and city, with the number of interviews they come from in brackets. A theme counts its sub-themes. Click a cell to list its quotes.</source>
        <translation>每个主题在每个城市的引文数，括号中是这些引文来自的访谈数。主题的计数包含其子主题。点击单元格可列出其中的引文。</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export Matrix</source>
        <translation>导出矩阵</translation>
    </message>
    <message>
        <source>theme-city-matrix.csv</source>
        <translation>主题-城市矩阵.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Theme × City</source>
        <translation>主题 × 城市</translation>
    </message>
    <message>
        <source>Themes by</source>
        <translation>主题按</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Participant category</source>
        <translation>受访者类别</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>Tie to the city</source>
        <translation>与城市的关系</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>访谈员</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>访谈方式</translation>
    </message>
    <message>
        <source>Themes in the same quote</source>
        <translation>同一条引语中的主题</translation>
    </message>
    <message>
        <source>Themes in the same segment</source>
        <translation>同一转写段落中的主题</translation>
    </message>
    <message>
        <source>Themes in the same interview</source>
        <translation>同一场访谈中的主题</translation>
    </message>
    <message>
        <source>&amp;Themes by</source>
        <translation>主题按(&amp;T)</translation>
    </message>
    <message>
        <source>%1 and %2, %3</source>
        <translation>%1 和 %2，%3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>How many %1 have both themes (as coded, sub-themes apart); the diagonal: how many have the theme. Click a cell to list the quotes.</source>
        <translation>有多少%1同时有这两个主题（按实际编码，子主题分开算）；对角线：有该主题的数量。点击单元格可列出相关引语。</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>transcript segments</source>
        <translation>转写段落</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>Quotes per theme by %1, with the share of that column’s coded quotes; a theme counts its sub-themes. Click a cell to list its quotes.</source>
        <translation>按%1统计每个主题的引语数，并给出占该列已编码引语的比例；主题包含其子主题。点击单元格可列出引语。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 quotes from %2 interviews</source>
        <translation>%1 条引语，来自 %2 场访谈</translation>
    </message>
    <message>
        <source>All coded quotes</source>
        <translation>全部已编码引语</translation>
    </message>
</context>
<context>
    <name>tianye::ui::ThemePicker</name>
    <message>
        <source>Themes of the Quote</source>
        <translation>引文的主题</translation>
    </message>
    <message>
        <source>Type a theme; Enter adds it, Enter again is done</source>
        <translation>输入主题名；回车添加，再按回车完成</translation>
    </message>
    <message>
        <source>Find or create a theme</source>
        <translation>查找或新建主题</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>%1 (added)</source>
        <translation>%1（已添加）</translation>
    </message>
    <message>
        <source>Create theme “%1”</source>
        <translation>新建主题“%1”</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (new)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（新）</translation>
    </message>
    <message>
        <source>No themes yet.</source>
        <translation>还没有主题。</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>主题：%1</translation>
    </message>
</context>
<context>
    <name>tianye::ui::TranscriptEditor</name>
    <message>
        <source>Transcript</source>
        <translation>转写稿</translation>
    </message>
    <message>
        <source>Rename Speaker</source>
        <translation>重命名说话人</translation>
    </message>
    <message>
        <source>New name for %1 throughout this interview:</source>
        <translation>本次访谈中 %1 的新名称：</translation>
    </message>
    <message>
        <source>Split Segment</source>
        <translation>拆分段落</translation>
    </message>
    <message>
        <source>Join Segments</source>
        <translation>合并段落</translation>
    </message>
    <message>
        <source>No audio is playing: the time stamp comes from the player.</source>
        <translation>没有正在播放的录音：时间戳取自播放器。</translation>
    </message>
    <message>
        <source>Set Segment Time</source>
        <translation>设置段落时间</translation>
    </message>
    <message>
        <source>Add “%1” to the Project Dictionary</source>
        <translation>把“%1”加入项目词典</translation>
    </message>
    <message>
        <source>There is no speaker %1 in this transcript yet.</source>
        <translation>这份转写稿中还没有第 %1 位说话人。</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <source>New Speaker…</source>
        <translation>新说话人…</translation>
    </message>
    <message>
        <source>New Speaker</source>
        <translation>新说话人</translation>
    </message>
    <message>
        <source>Speaker of this segment:</source>
        <translation>这一段的说话人：</translation>
    </message>
    <message>
        <source>Rename “%1” Throughout…</source>
        <translation>在全文中重命名“%1”…</translation>
    </message>
    <message>
        <source>Change Speaker</source>
        <translation>更改说话人</translation>
    </message>
    <message>
        <source>Add to the Project Dictionary</source>
        <translation>添加到项目词典</translation>
    </message>
    <message>
        <source>Make Quote</source>
        <translation>摘为引文</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>tianye::ui::TypingPrompt</name>
    <message>
        <source>What you typed could not be saved.</source>
        <translation>您输入的内容未能保存。</translation>
    </message>
    <message>
        <source>If you go on, it is lost. Make room on the disk and try again to keep it.</source>
        <translation>如果继续，这些内容将会丢失。请先腾出磁盘空间，再点“重试”以保留它们。</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lose It</source>
        <translation>放弃这些内容(&amp;L)</translation>
    </message>
</context>
<context>
    <name>tianye::ui::UnsavedTyping</name>
    <message>
        <source>What you typed is kept, and saved as soon as it can be.</source>
        <translation>您输入的内容仍然保留，一旦可以保存就会自动保存。</translation>
    </message>
</context>
<context>
    <name>tianye::ui::WaveformView</name>
    <message>
        <source>Waveform</source>
        <translation>波形</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>tianye::ui::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Tianye 田野&lt;/h2&gt;&lt;p&gt;Interviews, transcripts and insights for field research.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;田野 Tianye&lt;/h2&gt;&lt;p&gt;田野调查的访谈、转写与洞察。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>Open the Demo Project</source>
        <translation>打开示例项目</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
</context>
<context>
    <name>tianye::ui::WordsView</name>
    <message>
        <source>Interviewers’ turns</source>
        <translation>访谈员的话</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Show in Context</source>
        <translation>查看上下文</translation>
    </message>
    <message>
        <source>Show Quotes</source>
        <translation>查看引语</translation>
    </message>
    <message>
        <source>Make Theme from Term</source>
        <translation>用此词建主题</translation>
    </message>
    <message>
        <source>Leave Out</source>
        <translation>不计此词</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Words of</source>
        <translation>谁的词语</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Count what the interviewers say as well (left out by default)</source>
        <translation>访谈员说的话也计入（默认不计）</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Used in at least this many interviews</source>
        <translation>至少用在这么多场访谈中</translation>
    </message>
    <message>
        <source>A term counts only when at least this many of the interviews use it; Auto: 3, or fewer for a group of fewer than ten interviews</source>
        <translation>至少有这么多场访谈用到的词才计入；自动：3 场，访谈不足十场时相应减少</translation>
    </message>
    <message>
        <source>Shortest Chinese term</source>
        <translation>中文词的最短字数</translation>
    </message>
    <message>
        <source>Leave out Chinese terms shorter than this</source>
        <translation>不列出短于这个字数的中文词</translation>
    </message>
    <message>
        <source>&amp;Words of</source>
        <translation>词语来自(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;against</source>
        <translation>对比(&amp;A)</translation>
    </message>
    <message>
        <source>In at &amp;least</source>
        <translation>至少出现在(&amp;L)</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>场访谈中</translation>
    </message>
    <message>
        <source>Counting the words of the transcripts… %p%</source>
        <translation>正在统计转写稿中的词语… %p%</translation>
    </message>
    <message>
        <source>Distinctive terms</source>
        <translation>有代表性的词</translation>
    </message>
    <message>
        <source>Keyness of the top terms</source>
        <translation>前几个词的关键度</translation>
    </message>
    <message>
        <source>The term in context: its concordance in the Search view (Enter)</source>
        <translation>在搜索视图中按上下文查看这个词的用法（回车）</translation>
    </message>
    <message>
        <source>The quotes with the term, in the Quotes tab</source>
        <translation>在引语标签页中查看含有这个词的引语</translation>
    </message>
    <message>
        <source>A theme named after the term, to code its quotes with</source>
        <translation>以这个词为名建一个主题，用来给相关引语编码</translation>
    </message>
    <message>
        <source>Add the term to the project’s stop list: it is no longer listed</source>
        <translation>把这个词加入项目的停用词表，以后不再列出</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the Word List</source>
        <translation>导出词表</translation>
    </message>
    <message>
        <source>%1 words.xlsx</source>
        <translation>%1 词语.xlsx</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a city to see the words its people use more than the others do.</source>
        <translation>选一座城市，看看那里的人比别处的人更常说哪些词。</translation>
    </message>
    <message>
        <source>all the others</source>
        <translation>其余全部</translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>性别：%1</translation>
    </message>
    <message>
        <source>Age band: %1</source>
        <translation>年龄段：%1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>the others</source>
        <translation>其余</translation>
    </message>
    <message>
        <source>Counting stopped. Choose a city again, or show the view again, to count.</source>
        <translation>统计已停止。重新选择城市或再次打开此视图即可重新统计。</translation>
    </message>
    <message>
        <source>Count the words</source>
        <translation>统计词语</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>词</translation>
    </message>
    <message>
        <source>Keyness</source>
        <translation>关键度</translation>
    </message>
    <message>
        <source>Log ratio</source>
        <translation>对数比</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Uses (others)</source>
        <translation>次数（对方）</translation>
    </message>
    <message>
        <source>Per 10,000</source>
        <translation>每万字</translation>
    </message>
    <message>
        <source>Per 10,000 (others)</source>
        <translation>每万字（对方）</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>访谈数</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>说话人数</translation>
    </message>
    <message>
        <source>Log-likelihood: how sure it is that the term is used more here (3.84: p &lt; 0.05; 15.13: p &lt; 0.0001)</source>
        <translation>对数似然比：这个词在这里用得更多有多确定（3.84：p &lt; 0.05；15.13：p &lt; 0.0001）</translation>
    </message>
    <message>
        <source>How much more often: 1 is twice as often as in the others, 3 eight times</source>
        <translation>多出多少：1 表示是对方的两倍，3 表示八倍</translation>
    </message>
    <message>
        <source>Uses per 10,000 characters</source>
        <translation>每一万字中出现的次数</translation>
    </message>
    <message>
        <source>An expression found in the transcripts; the word list does not have it</source>
        <translation>从转写稿中发现的说法，词库里没有</translation>
    </message>
    <message>
        <source>No term is used distinctly more in %1 (%2 interviews, %3 characters) than in %4 (%5 interviews).</source>
        <translation>在%1（%2 场访谈，%3 字）中，没有哪个词比在%4（%5 场访谈）中用得明显更多。</translation>
    </message>
    <message>
        <source>%1: %2 interviews, %3 characters, against %4: %5 interviews, %6 characters. Terms used in at least %7 interviews, ranked by keyness; interviewers’ turns and withdrawn participants’ words are left out. ✦ an expression found in the transcripts.</source>
        <translation>%1：%2 场访谈，%3 字；对比 %4：%5 场访谈，%6 字。只列至少 %7 场访谈用到的词，按关键度排序；访谈员的话和已撤回同意的受访者的话不计入。✦ 表示从转写稿中发现的说法。</translation>
    </message>
    <message>
        <source>Keyness (log-likelihood)</source>
        <translation>关键度（对数似然比）</translation>
    </message>
    <message>
        <source>A word that sets %1 apart (Words view).</source>
        <translation>让%1与众不同的一个词（词语视图）。</translation>
    </message>
    <message>
        <source>Theme “%1” is in the codebook. Show the term in context and use Code All Hits… to code its quotes.</source>
        <translation>主题“%1”已加入编码本。查看这个词的上下文，再用“全部编码…”给相关引语编码。</translation>
    </message>
    <message>
        <source>&amp;Shortest term (characters)</source>
        <translation>最短词长（字）(&amp;S)</translation>
    </message>
    <message>
        <source>Stop List…</source>
        <translation>停用词表…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Distinctive words</source>
        <translation>有代表性的词</translation>
    </message>
    <message>
        <source>Most frequent words</source>
        <translation>最常用的词</translation>
    </message>
    <message>
        <source>Distinctive: used more than on the other side (keyness). Most frequent: by uses, stop words left out.</source>
        <translation>有代表性：比对方用得更多（关键度）。最常用：按出现次数，不含停用词。</translation>
    </message>
    <message>
        <source>The words the project leaves out of word analysis</source>
        <translation>本项目在词语分析中不计的词</translation>
    </message>
    <message>
        <source>Tie to the city: %1</source>
        <translation>与城市的关系：%1</translation>
    </message>
    <message>
        <source>Stop List</source>
        <translation>停用词表</translation>
    </message>
    <message>
        <source>Besides the standard stop words (pronouns, particles, conjunctions, numerals, fillers such as 就是 and 然后, English function words), word analysis leaves out these words of this project:</source>
        <translation>除标准停用词（代词、助词、连词、数词、“就是”“然后”之类的口头语、英文虚词）外，本项目的词语分析还不计以下词：</translation>
    </message>
    <message>
        <source>Include Again</source>
        <translation>重新计入</translation>
    </message>
    <message>
        <source>Leave Out a Word…</source>
        <translation>不计某个词…</translation>
    </message>
    <message>
        <source>Leave Out a Word</source>
        <translation>不计某个词</translation>
    </message>
    <message>
        <source>Word:</source>
        <translation>词：</translation>
    </message>
    <message>
        <source>The project changed since the words were counted; export once they are counted again.</source>
        <translation>统计之后项目有了改动；请等词语重新统计完再导出。</translation>
    </message>
</context>
<context>
    <name>tianye::words::Lexicon</name>
    <message>
        <source>The word list %1 cannot be read (%2). Install python3-jieba, or set TIANYE_WORD_LIST to a word list in its format.</source>
        <translation>无法读取词库 %1（%2）。请安装 python3-jieba，或把 TIANYE_WORD_LIST 设为同样格式的词库。</translation>
    </message>
    <message>
        <source>The word list %1 has no words in the expected form (one "word count [tag]" per line; %2 lines not understood).</source>
        <translation>词库 %1 中没有符合格式的词（应为每行“词 词频 [词性]”；有 %2 行无法识别）。</translation>
    </message>
</context>
</TS>