#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Tianye developers
"""Writes the transcript import fixtures (tests/data/transcript-import/<case>/input.*).

Run once by a developer; the files are committed. The DOCX is made by pandoc (a
real converter, as the tests ask); nothing here runs in CI. Expected results
(expected.txt) are written by hand, not by this script.
"""
import os, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

def write(case, name, data):
    d = os.path.join(HERE, case)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), 'wb') as f:
        f.write(data)

# iFlyrec (讯飞听见) style: "说话人N HH:MM:SS" then the text, a blank line between.
write('iflyrec-txt', 'input.txt', '''说话人1 00:00:01
王师傅，您这面馆开了多少年了？

说话人2 00:00:05
二十一年了。零五年开的，一开始就这一间。
现在还是这一间。

说话人1 00:00:18
没想过开分店吗？
'''.encode('utf-8'))

# A typist's file from Chinese Windows: GB18030 (GBK), "张三(00:01:23): 正文".
write('gb18030-txt', 'input.txt', '''张三(00:01:23): 大同人不争，日子慢慢过。
李四（00:01:30）：那你觉得这是好事吗？
张三(00:01:41): 好不好的，反正不慌。
'''.replace('\n', '\r\n').encode('gb18030'))

# f4/f5 style with a BOM: I:/B: prefixes and #hh:mm:ss-t# at the end of turns.
write('f4-bom-txt', 'input.txt', '''\ufeffI: Wie lange gibt es das Restaurant schon? #00:00:04-2#

B: Seit 2005. Immer derselbe Laden. #00:00:09-8#

I: Und eine zweite Filiale? #00:00:12-0#
'''.encode('utf-8'))

# Otter-like, UTF-16LE with BOM: "Speaker 1 0:49" header lines.
write('otter-utf16-txt', 'input.txt', '''Speaker 1 0:03
So how long have you lived in Yantai?

Speaker 2 0:49
All my life. I left for Beijing once, and came back.
'''.encode('utf-16'))

# Plain paragraphs with inline timestamps of every kind, no speakers.
write('inline-times-txt', 'input.txt', '''[00:01:23] 城墙修了十几年，一块砖一块砖慢慢砌的。

[02:05] 削面急不得，刀快了面就断了。

(00:03:10) 人家开十家是人家的本事。 [00:03:20] 我不跟人家争。
'''.encode('utf-8'))

# SRT from an ASR tool: "说话人1：" in the text, one broken cue in the middle.
write('srt', 'input.srt', '''1
00:00:01,000 --> 00:00:04,500
说话人1：您这面馆开了多少年了？

2
00:00:05,000 --> 00:00:09,250
说话人2：二十一年了。
零五年开的。

3
00:00:10,000 -> 00:00:11,000
这一条的时间行坏了。

4
00:00:12,000 --> 00:00:15,000
说话人1：没想过开分店吗？
'''.encode('utf-8'))

# WebVTT with voice tags, a NOTE block, cue ids, cue settings and entities.
write('vtt-voice', 'input.vtt', '''WEBVTT - interview 烟台

NOTE exported by a captioning tool
it spans two lines

intro
00:00:01.000 --> 00:00:03.500 align:start position:10%
<v 访谈员>您在烟台住了多久？</v>

00:00:04.000 --> 00:00:08.000
<v.loud 王海>一辈子。Tom &amp; Jerry 都比我走得远。</v>

00:01:02.250 --> 00:01:05.000
<v 访谈员><i>那</i>您觉得烟台人什么样？
'''.encode('utf-8'))

# Zoom's transcript: "Name: text" in each cue.
write('vtt-zoom', 'input.vtt', '''WEBVTT

1
00:00:02.120 --> 00:00:05.890
Anna Berg: Can you hear me well?

2
00:00:06.300 --> 00:00:09.010
王海: 能听到，挺清楚的。

3
00:00:09.500 --> 00:00:12.000
Anna Berg: Great, let's start.
'''.encode('utf-8'))

# DOCX written by pandoc from Markdown (paragraphs as a Word document has them).
md = '''访谈员 00:00:01

您好，我们开始吧。

受访者 00:00:04

好的。我在齐齐哈尔活了六十年，活得真。

访谈员 00:00:12

怎么讲？
'''
with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, 'in.md')
    out = os.path.join(tmp, 'out.docx')
    open(src, 'w', encoding='utf-8').write(md)
    subprocess.run(['pandoc', src, '-o', out], check=True)
    write('docx', 'input.docx', open(out, 'rb').read())
