"""`understand(text, known, asked, today)`: the fact updates one message states.

`known` is the household so far in the corpus's shape (tests/corpus/README.md): household keys
and `children`, a list in birth order of {birth_date, due_date, height_cm, hardship_at_birth}.
`asked` is the fact the bot just asked about; `today` is the date in China.

The children of a message are read as a small story: each mention of a child (老大, 二宝, 小的,
孩子, "our second", 双胞胎) becomes the subject that the dates, ages and heights after it belong to,
across the spaces Chinese phone messages use as commas. Birth orders are then settled: said ones
first, twins together, the rest by age. A fact equal to what is known is no update."""

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from policy_kb.dates import add_months
from understanding import clause_marks, dates, family_city, household, hukou_move
from understanding.afterthought import afterthoughts_correct
from understanding.age_against_date import ages_back_on_their_children, disagree
from understanding.age_list import ages_listed_apart
from understanding.dates import Mention, Precision, find_mentions
from understanding.other_household import OTHER, another_households_facts_dropped, own_part
from understanding.remembered import Remembered, forget
from understanding.text import EN_NUMBERS, normalise
from understanding.text import clauses as cut
from understanding.updates import FactUpdate, UpdateKind

# --- children ----------------------------------------------------------------------------------

# 大的俩, 俩大的 (normalised 大的2, 2大的): the two eldest, not the eldest aged 2 (大的2岁).
_TWO_NOT_AN_AGE = r"2(?!\d|个?(?:月|岁|天|年|周|号|点|米|cm|\.))"
# "the first time yes, second time no", "just the last time": a birth told as the time it came,
# an answer after it (not "for the first time", "the first time we applied").
_BIRTH_AS_TIME = (
    r"(?<!\bfor )(?<!\bfor the )(?:the )?{} time"
    r"(?= (?:yes|no|nope|yeah|yep|nah|round)\b|\s*[,.;!]|\s*$)"
)
# 三孩 2023年2月10日生的, 二孩去年5月出生: 二孩 / 三孩 with that child's birth told right after
# names the child by its order (not 三孩的贷款, a policy; not 我家三孩, a count).
_BIRTH_TOLD_AFTER = (
    r"(?=\s*[，,]?\s*(?:是|在|于)?\s*"
    # 二孩是2022年12月31号出生的能领吗: a birth told to the day is a case's child, asked about
    r"(?:(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}[日号](?:当天|那天)?(?:出生|出世|降生|生)的?|"
    r"(?:[^，,。？?！!；;\s]{0,14}?(?:出生|出世|降生|生)(?:的|了|于|在|时|那|(?=\s|$))"
    # 三孩刚满月, 二孩 8个月: that child's age (not 二孩3岁以下, the rule's bound)
    r"|(?:今年|已经|才|刚|都)?(?:满)?(?:\d{1,2}\s*(?:岁|个多月|个月|周|天)(?:半|多)?|满月|半岁|百天)"
    r"(?!\s*(?:以下|以内|以前|之前|前|内|以上|后|之后|以后))"
    r"(?![^，,。？?！!；;]{0,4}?\d{1,2}\s*(?:岁|个月)))"  # not 家里三孩 8岁 5岁 2岁: their ages
    r"(?![^，,。？?！!；;\s]{0,6}(?:才|就|都)?(?:能|可以|有没有|吗|么))))"
)
ORDERED = Remembered(
    re.compile(
        r"(?P<eldest>老大|大宝|(?<![岁月天周拜期多])大的(?!"
        + _TWO_NOT_AN_AGE
        + r")|老1(?!\d)|(?<![\d.第生胎放开算孩要])1孩(?=\s*(?:出生|生|的?时候|时|那))|第1个|头胎|头1胎|头1个|第1胎|大闺女|大丫头|大妮|大妞|大小子|大姑娘|big (?:sis|sister|brother|bro)\b|大儿子|大女儿|大孙子|大孙女|大外孙女|大外孙"
        r"|(?<!\ba )(?<!\bsuch a )\bbig (?:boy|girl)\b|\beldests?\b|\boldests?\b|first (?:one|child|kid|son|daughter|born|baby)\b|(?:our|my|the) first(?! (?:2|two|home|house|marriage|pregnancy|kids|ones|babies|birthday|time|(?:and|n|&) only|dibao|tekun|shiyejin|unemployment|payments?)\b)|older one(?!s)|(?<![\w-])older(?= (?:is|'s|was|not|just|only|about|around)\b)|\bthe (?:older|elder)\b(?= (?:1 ?m|1\.\d|\d{2,3}\b|(?:about|around|roughly|almost|nearly|over|under|just) (?!2|3|two|three)))|big one(?!s)|(?<!on the )\b1st\b(?! (?:kids|children|babies|ones|grandkids|grandchildren|pregnancy)\b)|\bfirst(?= (?:is|was) )"
        r"|(?:(?<=the )|(?<=our )|(?<=my ))older (?:boy|girl|son|daughter|kid|child|grandson|granddaughter)\b"  # "the older boy yes"
        r"|"
        + _BIRTH_AS_TIME.format(r"(?:first|1st)")
        + r"|^\s*first(?= (?:yes|no|nope|yeah|yep|and (?:the )?(?:second|third|fourth|2nd|3rd|4th|last|youngest))\b|\s*$|\s*[-–—:] ))"
        r"|老(?P<n1>\d)(?!\d)|(?<![大老最])小(?P<n7>[3-9])(?![\d.个岁月天年号周点米])|(?<!\d)(?P<n2>\d)宝(?!贝)|(?<![\d.第生胎放开算孩要])(?P<n6>[2-5])孩(?!子)"
        + _BIRTH_TOLD_AFTER
        # not 老三老四一胎生的 (born at one birth)
        + r"|(?<![\d第])(?!(?:(?<=[\d宝]\u2060)|(?<=宝))1胎\u2060?(?:都是|是|都)?(?:出)?生)(?P<n3>\d)胎|第(?P<n4>\d)(?:个|胎)(?!\u2060?(?:月|星期|礼拜|小时|钟头))"  # not 生完第二个月: a month
        r"|(?P<en>second|third|fourth|\b(?:2nd|3rd|4th)(?= (?:one|child|kid|baby|son|daughter|born|yes|no|nope|yeah|yep)\b))(?= (?:one|child|kid|baby|son|daughter|was|is|born|(?:yes|no|nope|yeah|yep)\b)|$|,|\s*[-–—:] )|(?<!\bon )(?:our|my|the|with) (?P<en2>second|third|fourth|2nd|3rd|4th)(?! of)"
        r"|"
        + _BIRTH_AS_TIME.format(r"(?P<en6>second|third|fourth|2nd|3rd|4th)")
        + r"|(?:their|his|her) (?P<en5>second|third|fourth|2nd|3rd|4th)(?! (?:of|time|birthday|marriage|wife|husband|job|home|house|flat)\b)"
        r"|\ban? (?P<en3>second|third|fourth|2nd|3rd|4th)(?= (?:kid|child|baby|one|son|daughter|pregnancy))"
        r"|(?<=\bhave )an? (?P<en4>second|third|fourth|2nd|3rd|4th)\b(?! of)"
        r"|(?P<youngest>"
        + _BIRTH_AS_TIME.format("last")
        + r"|(?<=\bthe )last (?:one|1)\b(?![.\d])(?! (?:years?|months?|weeks?|days?|time)\b)"
        # "first and last no", "the last one yes": the last child, opening an answer
        r"|^\s*(?:the )?last(?= (?:one |1 )?(?:yes|no|nope|yeah|yep)\b|\s*$)"
        r"|\bnewest(?: one)?\b|(?<=\band )(?:the|our) baby\b(?! (?:is|was|'s) (?:due|coming|on the way))|latest one|老小|老幺|幺儿|小幺|小闺女|小丫头|小妮|小妞(?!妞)|小的(?!"
        + _TWO_NOT_AN_AGE
        + r")|最小的|小宝|小儿子|小女儿|小孙子|小孙女|小外孙女|小外孙|(?:外孙女|外孙|孙女|孙子|闺女|女儿|儿子|丫头|小子)(?=是?最小(?!\d))|\byoungest\b|\b(?:this|the|our) (?:last|newest) one\b|\bthe newest\b|younger one|(?<![\w-])younger(?= (?:is|'s|was|not|just|only|about|around)\b)|\bthe younger\b(?! (?:2|two)\b)|little one|small one|\bsmallest\b|(?<!\bmy )(?:little|baby) (?:sis|sister|brother|bro)\b"
        r"|(?:(?<=the )|(?<=our )|(?<=my ))(?:little|younger) (?:boy|girl|son|daughter|grandson|granddaughter)\b)"  # "the little girl no"
        r"|(?:number|(?<![a-z])no\.?|#)\s?(?P<n5>\d)\b(?!\s*(?:kids|children|of))"
        r"|(?P<middle>middle (?:one|child|kid|son|daughter|boy|girl)|\bmiddle(?= (?:is |'s )?\d| (?:yes|no|nope|yeah|yep)\b)|中间(?:那个|的那个|的))"
        r"|(?P<later>(?:(?:后|下)(?:面|头|边)?2|底下2)(?!\s*个?\s*多?\s*(?:[天月年周岁号日点\d]|星期|礼拜|小时|钟头))个?)|(?P<first_two>(?:(?<![提之以上])(?:前|头)(?:头|面|边)?|上(?:头|面|边))(?P<fn>[23])(?:个|胎)?(?:(?<=个)(?=1个\d)|(?![\d个月天年周次回号名岁星礼]))|(?:the )?old(?:er|est) (?:2|two)\b|(?:2|two) older (?:ones|kids|children)|\bboth (?:the |our )?older (?:ones|kids|children)\b|the first (?:2|one) no|(?:our|the) first (?:2|two)\b|^\s*first (?:2|two) (?:kids|children|ones|babies|births)\b"
        r"|^\s*first (?:2|two)(?= (?:yes|no|nope|yeah|yep|were|was|did|didn't)\b)"  # "first two no, the third yes"
        r"|(?<![岁月天周拜期多])大的" + _TWO_NOT_AN_AGE + r"个?|(?<!\d)2个?大的)"
        # 仨小的, "the three little ones": the three youngest (tester 117 p4's triplets, one dated)
        r"|(?P<last_three>(?<!\d)3个?小的|小的3(?!\d|个?(?:月|岁|天|年|周|号|点|米|cm|\.))个?"
        r"|\b(?:the|our|my|all) (?:3|three) (?:little|younger|small) (?:ones|kids|children)\b"
        r"|(?:the|our|my) younger (?:3|three)\b|(?:the|our|my) (?:3|three) youngest\b)"
        r"|(?P<last_two>2个?小的|小的"
        + _TWO_NOT_AN_AGE
        + r"个?|both little ones|the 2 little ones|the 2 younger ones|(?:the|our) last 2(?= births?| kids| children| ones| babies|\b)|(?:the|our|my) younger (?:2|two)\b|(?:the|our|my) (?:2|two) youngest\b|both (?:the |our )?(?:younger|little) (?:ones|kids|children)\b)"
    )
)
EN_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "2nd": 2, "3rd": 3, "4th": 4}
# A child's age said of a sibling (她大哥十岁, 她大姐都12岁了, 他二哥今年6岁), not an adult's.
_A_CHILDS_AGE = r"(?:今年|已经|都|才)?\s*(?:1[0-7]|\d)(?!\d)\s*(?:岁|个月)"
# "son says due in september": a son or daughter who tells something is who speaks, not a child.
UNNAMED = re.compile(
    r"孩子(?!他|她|爸|妈|的?(?:奶奶|爷爷|姥姥|姥爷|外婆|外公))|小孩|(?<!\d)娃|宝宝|宝贝"
    r"|(?:儿子|女儿)(?!家|两口|和儿媳|和女婿|儿媳|女婿|媳妇)|(?:外孙女|外孙|孙女|孙子)(?!女?家)|哥哥|姐姐|弟弟|妹妹"  # not 孙子家的老二, his household
    r"|(?<![我俺咱他她你的])(?:大|(?<!\d)[2-5])(?:哥|姐)(?![哥姐夫们])|(?<![我俺咱他她你的\d])[2-5](?:弟|妹)(?![弟妹夫们])"
    # 最小的闺女上周四出生的 她大哥十岁 二哥六岁: the child's own brother or sister, a child's age
    r"|(?<=[他她])(?:大|[2-5])(?:哥|姐)(?=\s*" + _A_CHILDS_AGE + ")"
    r"|(?<=[他她])[2-5](?:弟|妹)(?=\s*" + _A_CHILDS_AGE + ")"
    # 俺闺女满10个月了: the child's age after 满 (tester-styled probe zh-9109)
    r"|闺女(?=\d|们|(?:刚|才|都|已经|今年)?(?:满|过)\s*\d{1,2}\s*个?\s*(?:月|岁|周|天))|(?<=的)闺女|(?<=个)闺女|(?<=\d)(?<!周\d)(?<!期\d)(?<!拜\d)闺女"
    r"|丫头|小子|(?<![大小])崽|\bbaby\b|\bkids?\b|\bkiddos?\b|\btoddler\b|\binfant\b|\bchild\b|\bchildren\b|\bsons?\b(?!-in-law| says\b| said\b| tells\b| told\b| thinks\b|(?:'s)? (?:boys?|girls?|sons?|daughters?|kids?|children|little|baby|babies|twins|lads?|lass(?:ie)?|eldest|youngest|oldest)\b)|\bdaughters?\b(?!-in-law| says\b| said\b| tells\b| told\b| thinks\b| (?:just |has |had )?(?:gave|given) birth\b| delivered\b|(?:'s)? (?:boys?|girls?|sons?|daughters?|kids?|children|little|baby|babies|twins|lads?|lass(?:ie)?|eldest|youngest|oldest)\b)|\bboys?\b|\bgirls?\b|\blads?\b|\blass(?:ie|es|ies)?\b|\bbrothers?\b|\bsisters?\b|grandson|granddaughter|\bprincess\b|\blittle (?:man|prince)\b|\bours\b|\bshe\b|\bhe\b|\bnewborn\b"
    # 另一个4月份生, 还有一个4月份生的: the other child, its birth month after it (not 还有一个问题)
    r"|(?:另外|另|还有)1?个(?=\s*(?:\d{2,4}\s*年|\d{1,2}\s*月|今年|去年|前年|上个?月))"
    # "my grandkids are 4, 2 and 5 months" (not "grandkids: the boy is 8", a heading naming none)
    r"|\b(?:grandkids?|grandchild(?:ren)?)\b(?!\s*:)"
    # "one is turning 5 next month, the baby is 9 weeks": one of the children, opening a clause
    r"|(?:^|(?<=[,.;:!] ))(?:1|one)(?= (?:is|'s)\b)"  # "one" before an age: text.ONE_OF_THEM
    # "my eldest grandson is 1m3, the other one is 2 and a half": the other child of two
    r"|(?<=the )other (?:one|1)(?= (?:is|'s)\b)"
    r"|(?<=have the )one\b|(?<=got the )one\b"
    # "have one already, hes 2", "already got 1, she's 3": the one child born
    r"|(?:(?<=\bhave )|(?<=\bgot ))1(?= already\b)|(?:(?<=already have )|(?<=already got ))1(?=\s*(?:$|[,.;:!?]))"  # "we just have the one, almost 1": the one child
    r"|(?<=just the )one(?=\s*(?:[,.;:!-]|$))|(?<=only the )one(?=\s*(?:[,.;:!-]|$))"
    # "grandson no. 3 came yesterday, the other two are 6 and 3": the children besides the one told
    r"|(?:(?<=the )|^|(?<=[,.;:!] )|(?<=\band ))other(?:s| [2-4])(?= (?:are|were)\b)"
    r"|(?<=the )others(?=:?\s+\d{1,2}(?![\d.]|\s*(?:cm|m\b|kg|%)))"  # "the others 13, 10 and 6"
    # "3rd baby due feb, older ones r 7 and 4": the children before the one told, by their ages
    r"|(?:(?<=older )|(?<=elder )|(?<=big )|(?<=bigger )|(?<=other ))ones"
    r"(?=:?\s+(?:(?:are|were)\s+)?\d{1,2}(?![\d.]|\s*(?:cm|m\b|kg|%)))"
)
NAMED_AFTER_BIRTH = re.compile(
    r"(?:是|呢|啊)?[^，,。.!！?？;；\s]{0,14}?(?:生|出生|出世|降生|生下)(?:的|了)(?:是)?"
    # 孩子是24年10月的二胎: the date the order is of, said without the verb
    r"|是[^，,。.!！?？;；\s]{1,12}?(?:年|月|份|号|日)的"
)
# "the babies arrived last friday, 2 boys": twins, told by the babies born together and counted by
# sex (read over the whole message: the sexes are often the next clause).
BABIES_TOGETHER = re.compile(
    r"\b(?:the|our|my|both) babies\b(?= (?:arrived|came|were born)\b[^.!?;]{0,30}?\b(?:2 (?:boys|girls)|a boy and a girl|1 boy (?:and )?1 girl)\b)"
)
# "trips born last friday": triplets, said short, when their birth is told right after.
MULTIPLES = Remembered(
    re.compile(
        r"(?P<two>双胞胎|龙凤胎|双胞|(?<=怀[了上的着])2(?!\d|胎|宝|个?(?:多)?(?:月|星期|周|天|礼拜))个?|twins|\btwin\b(?:\s+(?:baby\s+)?(?:boys|girls|sons|daughters|babies|brothers|sisters)\b)?|identical (?:boys|girls)|"
        + BABIES_TOGETHER.pattern
        + r"|\b(?:a|1) pair of (?:boys|girls|babies|sons|daughters|grandsons|granddaughters|grandkids|lads|little ones)"
        # "when the pair of them were born": two born at one time, the twins
        r"|\b(?:the|our|my) pair(?: of them)?(?= (?:(?:finally|just|both) )?(?:(?:were|was) born\b|(?:came|arrived|showed up|turned up)\b))"
        # "a matched set of 10 months", "a matching pair, 3 and a half": twins, told as a set
        r"|\b(?:a|1|our|the) (?:matched|matching) (?:set|pair)\b|\b(?:big|small|little|older|younger|elder|first|second) pair\b)|(?P<three>三胞胎|3胞胎|triplets|\btrips\b(?= (?:born|came|arrived|were born|are born)\b))"
    )
)
PLANNED = r"(?:打算|计划|准备|想)[^，,。\s]{0,4}?要(?:个|1个)?(?=\d胎|老\d|孩子|娃|宝宝|小孩|第\d)"
# 今年想再要一个, 打算明年要二胎, 准备再生一个: another birth planned and told, with nothing asked
# or supposed about it (PLAN_ASKED), states no due date (not 想再要一个 能领多少, a birth imagined).
PLAN_TOLD = re.compile(r"(?:想|打算|准备|计划|考虑)(?:着)?[^，,。\s]{0,4}?(?:再)?(?:要|生|添)")
PLAN_ASKED = re.compile(
    r"[吗么嘛？?]|多少|能|可以|咋|怎么|怎样|啥|什么|如果|要是|假如|假设|万一|的话|比如|就说|就当|就算"
    r"|不知道|算不算|有没有|[a-z]"
)
# 怀孕几个月能建档, 怀孕多久可以请假: the stage of any pregnancy asked about, no one pregnant.
PREGNANT = re.compile(
    r"(?<!都)(?<!也)还没(?:出)?生(?!过|孩子|小孩|娃|育|活|效|病|气|意)|怀孕(?!那会|的时候|时|期间|哺乳|和哺乳|、哺乳|查出|检查出|那天|(?:到)?(?:几个?月|几周|多久|多长时间|什么时候|啥时候))|(?:快|快要|就要|马上要|马上就要)生了|要生了|待产|临产|怀了|怀上|怀的|怀着|怀(?=老|\d胎|双胞胎|龙凤胎|三胞胎|3胞胎|双胎)(?![^，,\s]{0,4}(?:之|以)前)|又怀|在肚子里|肚子里|肚里|预产期|(?:预计|医生说|大夫说)(?=[^，,。!！?？]{0,10}生)|再生|再要|想生|这胎|这1胎|这一胎|pregnant|expecting|this pregnancy|on the way|in the oven|\bedd\b"
    r"|(?:老婆|媳妇|爱人|妻子|儿媳妇?|闺女|我)(?:又)?有了(?=\s|$|,|，)"
    # 俺又有了, 俺家那口子又有了, 孩他妈又有了: the speaker or the mother opening the clause (not 低保俺有了)
    r"|(?:^|(?<=[\s,，。!！家的]))(?:俺|那口子|孩子?他?妈)(?:又)?有了(?=\s|$|,|，)"
    r"|(?<![备不避])孕(?:早|中|晚|后)期(?!\s*(?:能|可以|有|会|要不要|需要|吗|么))"  # 孕晚期了 双胞胎: expecting
    r"|(?<=第[1一]次)怀(?![孕上了的着])(?![^，,\s]{0,4}(?:之|以)前|那会|的时候|时)"  # 三胞胎 第一次怀: expecting
    r"|(?:医生说|说要|准备|安排|约了?)[^，,。\s]{0,8}?剖(?:腹产)?(?![了的完过])"  # 医生说八月中旬剖: to come
    r"|due (?:in|on|date|next|early|late|mid)|\bdue\b|\bcarrying\b(?= (?:twins|triplets|a baby|a boy|a girl|another|our|my|his|her|the|\w+ (?:baby|child|kid)))"
    # "if we have twins next year", "if my wife has twins next year are both covered"
    r"|\b(?:if|what if) (?:we|i|she|they|(?:my|our|the|his|her) [\w-]+) (?:have|has|get|gets) (?=twins|triplets|(?:a|another) (?:baby|child|kid)\b"
    r"|(?:a|an|our) (?:second|third|fourth|2nd|3rd|4th)\b(?! (?:of|time|try|opinion|look|job|home|house|flat)\b))"
    # "if we had a third", "what if she had another baby": a birth imagined, put in the past tense
    r"|(?:(?<=\bif we )|(?<=\bif i )|(?<=\bif she )|(?<=\bif they ))(?:had|got) (?:a|another|one more|our) "
    r"(?:baby|child|kid|second|third|fourth|2nd|3rd|4th|one)\b(?! of)"
    # "we're having our second in may", "my wife is having twins": a birth to come
    r"|\b(?:we're|we are|were|i'm|i am|im|she's|she is|wife's|wife is|we'll be|she'll be) having "
    r"(?:a |another |our |(?:a )?(?:baby |little )?)?(?:baby|child|kid|second|third|fourth|2nd|3rd|4th|twins|triplets|boy|girl)\b(?! of)"
    # not "have a childcare subsidy?"; "we have our second (now)", "have a baby who was born in
    # may": a child born
    r"|have (?:a|another|(?<!\bwe have )(?<!\bi have )our) (?:baby|child|kid|second|third)\b(?! of)"
    r"(?!,?\s*(?:now\s*,?\s*)?(?:(?:who|that|she|he) )?(?:was |is |'s )?(?:just |recently )?(?:born|arrived|came)\b)"
    r"(?!,?\s+(?:now\s*,?\s*)?(?:boy |girl |son |daughter )?(?:who'?s |that'?s |who is |aged? |of )?\d+\s*(?:months?|mos?|years?|yrs?|weeks?|wks?|days?)\b)"
    r"|(?:(?<=\bif we )|(?<=\bif i )|(?<=\bwhen we )|(?<=want to )|(?<=plan to )|(?<=planning to )|(?<=going to )"
    r"|(?<=hope to )|(?<=hoping to )|(?<=might )|(?<=we'll ))have the (?:baby|child|kid|one|second|third|fourth|2nd|3rd|4th)\b(?! of)"
    r"|(?:(?<=\bif we )|(?<=\bif i )|(?<=\bwhen we )|(?<=want to )|(?<=plan to )|(?<=planning to )|(?<=going to )"
    r"|(?<=hope to )|(?<=hoping to )|(?<=might )|(?<=we'll ))have another (?:one|1)\b(?! of| (?:year|month|week|day|more|or)\b)"
    r"|(?:(?<=baby )|(?<=child )|(?<=twins )|(?<=\bshe )|(?<=\bhe )|(?<=\bit ))(?:comes|arrives|will (?:come|arrive|be born)|'ll (?:come|arrive|be born)|is (?:coming|arriving))\b"
    r"|\b(?:she|he|it|they)'ll (?:come|arrive|be born)\b|\bwill be born\b"
    # "will it count for the birth in may?", "will we get it at the birth": a birth to come
    r"|\bwill (?:it|that|this|we|they|she)\b[^,.;?]{0,25}\b(?:for|at) (?:the|her|our|my) birth\b"
    r"|(?:(?<=baby )|(?<=twins )|(?<=triplets )|(?<=\bones ))(?:(?:is|are) )?(?:coming|arriving)"
    r"(?= (?:in|on|around|at|early|late|mid|end|next|this|by)\b)"  # "twins coming in august"
    r"|\b(?:baby|child|kid|twins|triplets|boy|girl|one|second|third|fourth|2nd|3rd|4th|no\.\s?\d|brother|sister)"
    r"(?: is| are|'s)? (?:coming|arriving)\b(?! (?:home|back|to\b|with|from|over|along))"  # "twins coming in september"
    r"|(?:如果|要是|假如|万一)(?:再)?生(?:了|个)?(?=老\d|\d胎|第\d|双胞胎)(?![^，,\s]{0,5}(?:时|那会|那阵|那年))"
    r"|(?:'re|\bare|'m|\bam|'s|\bis) having (?:twins|triplets|an? (?:baby|boy|girl)|another)\b"  # "we're having twins"
    r"|要(?:个|1个)?(?=[23456]胎\u2060?的话|老[23456]\u2060?的话)"  # 要三胎的话: a birth imagined
    r"|\b(?:baby|second|third|fourth|2nd|3rd|4th|next (?:one|1))(?: turns? out to be| (?:is|are) going to be"
    r"| will be|'ll be)(?= twins| triplets)"  # "if erbao turns out to be twins next year"
)
NOT_YET_THEN = re.compile(r"那会|那时|时候|当时|那年|那阵|之前|以前")
# "his mum got the 失业金 while pregnant", "she was on dibao when she was pregnant": the time of a
# pregnancy gone by (the clause told in the past), no pregnancy now; "we weren't on dibao when i got
# pregnant" (tester 26) is no third pregnancy ("quit when i got pregnant. 6 months along" is told
# by its "6 months along").
WHILE_PREGNANT = re.compile(
    r"\b(?:while|when)\s+(?:(?:she|i|we|my \w+|his \w+|her \w+|their \w+)\s+(?:was|were|got|became)\s+)?$"
)
PAST_TOLD = re.compile(r"\b(?:got|had|was|were|received|did|used to)\b")
NOT_PREGNANT = re.compile(
    r"(?:\bnot|n't|\bnever been|\bno longer)\s+(?:yet\s+|even\s+|currently\s+)?$|(?:还)?没(?:有)?(?:再)?$|不是$"
    r"|(?:没|不)(?:有)?(?:打算|想|准备|计划)(?:着)?(?:再)?$"  # 后面没打算再要, 不想再生: no plan
)
# What a date or age is about when no child is named beside it: not a birth.
OTHER_TOPIC = re.compile(
    r"户口|户籍|迁|落户|公积金|社保|保险|产假|陪产假|育儿假|假期|休了|失业|低保|特困|工作|上班|下岗|租|房|住了|交了|补贴"
    r"|hukou|fund|insurance|\bleave\b|\bjob\b|dibao|\brent|house|home|moved|paid|unemploy|subsid"
    r"|laid off|fired|\bquit\b|辞职|辞退|裁员|离职|结婚|married|\bmoved\b|搬|contract|jobless|合同"
    r"|批下来|办下来|才给?(?:批|办)|刚批|批了|批的|断(?!奶)|认定|纳入|审批|批准|评上"  # （2024年认定）: the benefit's year
    r"|取消|停(?:了|的|掉|发)"  # 今年三月取消了, 去年十月停的: when a benefit ended
    # "my mom is going into hospital next month", "next month is my moms hospital stay": a
    # parent's own time (tester 132 p8's due date was moved to it)
    r"|\bmy (?:mom|mum|mother|dad|father|parents)(?:'?s)?\b(?! (?:said|says|thinks|told))"
    r"|\bhospital stay\b"
    # "it got cancelled last week", "we left beijing back in 2023": a benefit's end, a move
    r"|\bcancel+ed\b|\brevoked\b|\bleft (?:beijing|jinan|there|the city|town)\b"
    r"|gongjijin|company|employer|retire|退休|\bstopp?(?:ed|s)?\b|\bsupport\b|\bbenefits?\b|\ballowance\b|welfare"
    r"|政策|规定|文件"  # 按2022年的政策: the year of a rule
    r"|contribut|premiums?\b"  # "12 months of contributions before the due date": paid in, no age
    # "(dibao ended in oct,) we got it again last week", 上周又领上了: the benefit back, no birth
    r"|\b(?:got|get|getting|gets|received|receiving|started getting) (?:it|that|them)\b"
    r"|\bback on (?:it|that|them)\b|又(?:领|吃)上|重新(?:领|吃)上"
    # "(our hukou is still in zibo.) thinking of moving it next yr": the hukou's move, no birth
    r"|\b(?:mov(?:e|ing)|transfer(?:ring)?) (?:it|them)\b"
)
# A length of paying in or working told right after the verb ("she's paid 14 months already",
# "worked there 14 months", "been contributing for 8 months"): a duration, no child's age.
PAID_FOR_BEFORE = re.compile(
    r"\b(?:paid|paying|pays|worked|working|contributed|contributing|insured|employed)"
    r"(?: (?:in|into it|it|there|here|gongjijin|shebao|social insurance|the fund|insurance))?"
    r"(?: for)?(?: (?:about|around|like|almost|nearly|over|just|only|already))? $"
)
# An event of a parent's life said right after a date: the date is that event's.
PARENT_EVENT_AFTER = re.compile(
    r"\s*(?:就|刚|才|又|也|被)?(?:失业|下岗|辞职|离职|裁员|被裁|没了工作|丢了工作|结婚|领证|搬家|买房|买的房"
    # 她爸四月份下的岗, 去年三月一块儿被裁的, 单位上个月刚给补上 (probes zh-9465, zh-9492, zh-9446)
    r"|份?下的岗|(?:[一1]块儿?|[一1]起|俩人|两人|2人)?(?:都)?被裁|(?:刚)?给(?:补上|补交|交上|续上)"
    r"|退休|lost (?:his|her|my|our) job|got laid off|was laid off|got married|moved|retired)"
)
MOVING = re.compile(
    r"\bmov(?:e|ed|ing)\b(?! (?:our |the |my )?hukou)|\blived?\b|\bliving\b|搬(?:到|去|回)"
)
# A city named only as where a hukou is held ("Jinan hukou", 济南户口, 济南的户口).
HUKOU_OF_CITY = re.compile(
    r"(?:济南|泉城|北京|jinan|beijing)(?:市)?\s*(?:的)?\s*(?:户口|户籍|hukou)", re.I
)
# The city a hukou is in, said after it: 户口是济南的, 户口也在济南, "our hukou is still in Jinan".
CITY_OF_HUKOU = re.compile(
    r"(?:户口|户籍|hukou)(?:\s*(?:是|在|也在|也是|还在|还是|落在|都在|都是|本来|一直|is|was|are|still|also|in|from))+"
    r"\s*(?:的)?\s*$",
    re.I,
)
PARENT_EVENT_BEFORE = re.compile(
    r"(?:lost (?:his|her|my|our) jobs?|(?:got|was|were) laid off|got married|retired|(?:失业|下岗|辞职|离职|被裁|退休)(?:是|在)"
    # "my husband factory closed in 2020", "my son was hurt at work in 2024" (probes en-9378,
    # en-9372)
    r"|\b(?:factory|company|shop|business|plant|workshop) (?:closed|shut(?: down)?|went bust)"
    r"|\b(?:hurt|injured) (?:at|on) (?:work|the job|the site)|\b(?:had|got) (?:an|his|her|the) accident)"
    r"\s*(?:in|on|since|back in)?\s*$"
)
# The start of a state ("on dibao since 2024") or the day of something the writer will do ("let me
# ask my son tonight"): a date that is no birth unless a birth is named beside it.
SINCE_BEFORE = re.compile(r"\b(?:ever )?since\s*(?:early |late |mid-?)?$")
# "only from '22", "starting from march" with no child named beside it: when something began
# (not "a little sister from jan this year")
FROM_BEFORE = re.compile(
    r"\b(?:only |just |starting |started |beginning )?from\s*(?:early |late |mid-?)?$"
)
# A state that began, ended or changed at the date after it ("it only started in 2023", "we came
# off dibao last march", "they changed it in 2024", "money got tight this year").
STATE_CHANGED_BEFORE = re.compile(
    r"\b(?:started|began|stopped|ended|ran out|finished|expired|changed|transferred|came off"
    r"|got off|went off|got tight|got worse|approved|granted|cancell?ed|revoked"  # "got approved yesterday"
    r"|(?:only|just|finally) got (?:it|them|that|on it))\b[^,.;!?]{0,24}$"  # "we only got it this year"
)
WRITER_WILL = re.compile(
    r"\blet (?:me|us)\b|\b(?:i|we)(?:'ll| will| can| need to| have to| must| should)\b|\b(?:gonna|going to)\b"
)
RETURNED = re.compile(r"\breturned\b|came back|\bback from\b|回国")
BIRTH_WORD = re.compile(
    r"生|出世|满月|预产期|剖|顺产|喜得|千金|添丁|添了|再添|添个|添1个|又来了?(?:个|1?对|一对)|降生|born|arriv|(?<!be)came|\bdob\b|birth|\bdue\b|expect|\bhad (?:our|a|the|twins|her|him|them)\b"
    r"(?! (?:\w+ )?(?:fever|cold|cough|flu|temperature|rash|check-?up|jab|shot|vaccin))"  # "had a fever"
    # "if our third comes next year", "when the 2nd one comes": a child by its order, coming
    r"|(?:(?<=second )|(?<=third )|(?<=fourth )|(?<=fifth )|(?<=\b2nd )|(?<=\b3rd )|(?<=\b4th )|(?<=\b5th )"
    r"|(?<=\bone )|(?<=\bbaby )|(?<=\btwins )|(?<=\bno\.\d ))comes?\b(?! (?:to|from|back|home|with|over|up|out|in)\b)"
    r"|(?<!was )(?<!were )(?<!been )(?<!got )(?<!get )(?<!be )\bdelivered\b(?! (?:to|by (?!(?:an? |emergency )?c[- ]?section|caesarean|cesarean)|it|them|the (?!bab)))"
    # "my daughter in law delivered last friday": she gave birth (not "the parcel was delivered")
    # 老二是大前天落地的, 前天夜里出来的: born on a day told (not 查出来的, 前年退出来了)
    r"|落地|(?:天|夜里|晚上|早上|凌晨|上午|下午|中午|半夜|号|[日一二三四五六])\s*出来(?:的|了)"
)
# A thing that came or arrived, not a child: "the letter came yesterday", "money arrived today".
THING_CAME = re.compile(
    r"\b(?:letter|notice|approval|papers?|card|money|payment|call|decision|results?|reply|message"
    r"|email|sms|text|parcel|package|bill|certificate|form"
    # "dibao came through last month", "the tekun arrived in march": the benefit began, no birth
    r"|dibao|tekun|te kun|shiyejin|unemployment(?: \w+)?|benefit|welfare)s? (?:finally |only |just )?"
    r"(?:came|come|arrived|arrives)\b"
)
# A child's party (办满月酒, 摆百天宴, 办周岁): its day is no birth (百天 reads 100天大); not 刚过完百天,
# 过满月, the age reached.
CHILD_PARTY = re.compile(
    r"(?:办|摆|做|请|吃|操办|张罗)(?:了|个|完|的)?(?:满月|100天大?|百日|周岁)(?:酒|宴|席)?"
    r"|(?:满月|100天大?|百日|周岁)(?:酒|宴|席)"
)
# The party said right after the date (这个月办满月酒, 下个月给他摆百天宴), a birth told beside it.
PARTY_AFTER = re.compile(
    r"\s*(?:就|要|才|该|得|准备|打算|再)?\s*(?:给[^，,。\s]{0,4})?(?:" + CHILD_PARTY.pattern + ")"
)
# Days of other events in a child's life, not its birth: 今天刚出院, 上礼拜体检, 上个月学校量的.
OTHER_EVENT = re.compile(
    r"出院|住院|体检|(?:刚|才|学校|医院)?量(?:的|了|过)|测(?:的|了|过)|抓(?:了|的|完)?周|疫苗|打(?:了)?针|复查"
    r"|入园|入学|上学|开学|报名|百日宴|满月酒|回家|办(?:了|的|完)|discharged|check-?up|measured|vaccin"
    # "the twins got their hukou done in jinan last week", 上个月才上的户口 (probe en-9425)
    r"|\bgot (?:their|his|her|the|our) hukou\b|\bhukou (?:done|registered|sorted|moved|transferred)\b"
    r"|上(?:了|的)户口|落(?:了|的)户"
    # 七月交的那个个人缴费: a payment's month, no birth (tester 119 p3 got twin 2 born in July)
    r"|(?:交|缴)(?:的|了)(?:那个|这个|那笔)?(?:个人)?(?:缴费|保费|医保|参保费)|个人缴费"
    r"|"
    + CHILD_PARTY.pattern
    + r"|(?:上|读|念|进)(?:小学|初中|高中|幼儿园|托班|托儿所|学前班|\d年级|大班|中班|小班)"  # 今年9月上小学
    r"|\b(?:got|get|brought|bring|took|take|came|come|coming|went|go|going) (?:\w+ ){0,2}home\b"
    r"|\bleft (?:the )?hospital|\bout of (?:the )?hospital"
    # "no.1 starts school in sept", "she started nursery in march", "our triplets go
    # kindergarten next year": school, not the birth
    r"|\b(?:start(?:s|ed|ing)?|go(?:es|ing)?|went|enrol(?:l)?(?:s|ed|ing)?|join(?:s|ed|ing)?"
    r"|enter(?:s|ed|ing)?) (?:at |to |in |into )?(?:the )?"
    r"(?:school|kindergarten|nursery|daycare|preschool|primary|first grade)\b"
    # an illness: 昨天发烧了, "the little one had a fever yesterday", "she was sick last week"
    r"|发烧|发热|生病|病了|感冒|咳嗽|拉肚子|\b(?:fever|sick|ill|flu|cough(?:ing)?|vomit(?:ing|ed)?|throwing up)\b"
    # a leave taken: "can she still take parental leave this year?", 今年还能休育儿假吗 (a time
    # of the leave, no birth; tester 85 c10's case got a 4th child born "this year")
    r"|\b(?:parental|maternity|paternity|nursing|childcare) leave\b|\btake (?:\w+ ){0,2}leave\b"
    r"|休(?:育儿|产|陪产|护理|哺乳)?假|请假|育儿假|陪产假"
    # "letter came yesterday", "the money arrived last week": a thing came, no child
    r"|"
    + THING_CAME.pattern
    # a growth: "the middle one shot up to 1.4m this year", 今年长到1米4了 (the time it grew)
    + r"|长到|窜到|蹿到|\b(?:shot up|grew|grown|growth spurt|sprouted)\b"
)
CHILD_ASKS = ("children", "due_date", "children.height_cm")
# The thing just said, dated: "not on dibao now, | that was last year".
THAT_WAS = re.compile(r"^\s*(?:but |and )?(?:that|it) (?:was|is|'s)\s*(?:in |back in )?$")
# A state going on to the day named: "and today still", "still today", "to this day".
STILL_SO = re.compile(r"\bstill\b|\bto this day\b|\beven (?:now|today)\b|仍|还是|依然")
# A child writing for the family: a brother or sister of theirs named, their own age told.
SIBLING_OF_WRITER = re.compile(
    r"\bmy (?:baby |little |big |older |younger |twin )?(?:brother|sister|bro|sis)\b"
)
WRITER_A_CHILD = re.compile(r"\bi(?:'?m| am) (\d{1,2})\b(?!\s*(?:months?|weeks?|days?|cm|kg|%))")
# The same in Chinese: 两岁的孩子能领吗, 三个月以下的宝宝有没有, 只有刚生的才给.
CN_ANY_CHILD = re.compile(
    r"(?:\d+|几|半)\s*(?:周岁|岁|个月)(?:半|多)?(?:以下|以上|以内|之内|左右)?的(?:孩子|小孩|娃|宝宝|儿童|婴儿)"
    r"|(?:刚生|刚出生|新生)的(?:孩子|小孩|娃|宝宝|婴儿)?(?:才|能|可以|也能|都能|有没有)|的才(?:给|能|有|可以|算|发)"
    # a birth before or after a cutoff, asked of: 年底前生的还算今年的吗, 7月1号以后出生的能领吗
    r"|(?:前|之前|以前|后|之后|以后)(?:出生|生)的(?:孩子|小孩|娃|宝宝|婴儿)?(?:还|也|都)?(?:算|能|可以|给|有|享受)"
    # children born in a year, asked of: 今年生的孩子还能按2022年的政策领吗
    r"|(?:今年|去年|明年|前年|\d{2,4}年(?:\d{1,2}月)?份?)(?:出生|生)的(?:孩子|小孩|娃|宝宝|婴儿)(?:还|也|都)?"
    r"(?:算|能|可以|给|有|享受|按)"
)
# A child of an age with no child word, asked about (两岁的能送不, 托班收两岁的吗, 一岁半的可以上吗,
# 满三岁的能领不): any child of that age, no child of the family's.
CN_ANY_AGED = re.compile(
    r"(?:\d+|几|半)\s*(?:周岁|岁|个月)(?:半|多)?(?:以下|以上|以内|之内|左右)?的"
    r"(?=(?:吗|么|嘛|[?？]|呢|(?P<p>[\u4e00-\u9fff])不(?P=p))|(?:能|可以|也能|都能|还能|收|让|给|算|送|上|要|享受|行|不能|不让)"
    r"[^，,。;；\s]{0,8}?(?:吗|么|嘛|[?？]|不\s*$|(?<=[^不])不(?=[\s，,。])|呢|没有?\s*$"
    r"|(?P<q>[\u4e00-\u9fff])不(?P=q)))"
)
# A kind of family having a child, in a question (领低保的家庭怀二胎, 特困户生三胎, 双职工家庭要是再生):
# the births of no one's family.
CN_ANY_FAMILYS_BIRTH = re.compile(r"(?:家庭|人家|[保困]户|的人)(?:要是|如果)?(?:再)?(?:生|怀)")
CN_QUESTION = re.compile(r"[吗么嘛？?]|多少|能不能|有没有|是不是|可不可以|还是只有")
# A child of no one in particular, in a question about a measure: "does a 1.2m kid need a ticket?"
ANY_CHILD = re.compile(
    r"\b(?:a|an|any|every|each)\s+(?:[\w.'-]+\s+){0,3}?(?:kid|child|baby|toddler|infant|boy|girl|newborn|(?:year|month)[- ]old|yo)s?\b"
    r"|(?<!\bour )(?<!\bmy )(?<!\bthe )(?<!\bboth )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\d )"
    r"\b(?:kids|children|babies|toddlers|infants|newborns)\b"  # "does it count babies born in december?"
)
DUE_WORD = re.compile(r"预产期|预计|\bdue\b|\bedd\b|expecting|怀")
# A date said as a maybe beside a due date told (医生说可能七月就得剖, 让我们七月底就准备着, "might
# come early in july"): no new due date (probes zh-9306, zh-9495).
DUE_HEDGED = re.compile(
    r"可能|提前|准备着?|早产|也许|说不定|一般会|\bmight\b|\bmaybe\b|\bearly\b|\bprobably\b"
    r"|\bcould\b|\bjust in case\b",
    re.I,
)
NEW_CHILD = re.compile(
    # 还有个小的八个月: one more child, the youngest, besides those told
    r"又添|又生|又有了|刚生|添了|another|(?:还|又)有(?:1个|个)(?:小的|最小的|老幺)"
    # 2个 双胞胎 还有个在肚子里, 还怀着1个: one more on the way, besides the twins told
    r"|(?:还|另外|又)有(?:1个|个)(?:在)?(?:肚子里|肚里)|(?:还|又)怀着?(?:1个|个)"
    # "i also have a younger one, 20 months": one more child, younger than the known
    r"|\b(?:also|and) (?:have |got )?a (?:younger|little|baby|small) (?:one|boy|girl|son|daughter)\b"
    r"|\balso (?:have|got) a (?:younger|little|baby|small) (?:one|boy|girl|son|daughter)\b"
)
# "my 5 insurances", "we have 2 flats", "our 2 incomes": things of the family counted, not children.
_THINGS_COUNTED = (
    r" (?:(?!(?:kids?|children|babies|boys|girls|sons|daughters|grand\w*)\b)\w+ )?(?:sets|pairs|flats?|homes?|houses?|apartments?|cars?|rooms?|bedrooms?"
    r"|insurances?|funds?|jobs?|companies|employers?|salar(?:y|ies)|incomes?|policies|plans?"
    r"|types?|kinds?|accounts?|cards?|loans?|mortgages?|payments?|contributions?|contributors?|payers?|pets?|dogs?"
    r"|cats?|parents|grandparents|adults?|people|persons?|members?)\b"
)
CHILD_COUNT = re.compile(
    # not 怀了俩宝宝 (twins on the way, no children born)
    # not 生头一个外孙时 (the first, not 家里头一个孩子)
    r"(?<![\d.第周期拜初米])(?<!怀[了上着的])(?<!(?<!里)头)(?P<n>\d{1,2})(?:\s*(?:个|名|位)\s*)?(?:双胞胎|龙凤胎)?(?:孩子|孩儿|小孩|娃|宝宝|宝贝|小家伙|小朋友|小不点|子女|孙子|孙女|孙辈|孙娃|孙儿|外孙|女儿|儿子|闺女|千金|丫头|小子|崽|男孩|女孩|(?<=个)(?:宝|妮|妞))(?!(?:他|她)?(?:爹|娘|爸|妈))"
    # 四个孙娃: grandchildren counted by a colloquial word as well
    # 俺家就一个, 家里只有俩, 俺家就她一个: the count said after 就 / 只 (only) as well
    # 统共就仨, 拢共俩, 满共仨: the total said with a colloquial word for "altogether"
    r"|(?:一共|总共|统共|拢共|满共|家里|家的|就这|(?:我|俺|咱)(?:们)?家|(?:闺女|女儿|儿子)家(?:里)?)(?:已经|现在|目前|总共|一共)?(?:就只|就|只)?(?:有|是)?(?:(?:她|他),?)?\s*(?P<m>\d)\s*(?:个)?(?=\s|$|都|了|,)"
    # 大孙女十五 小孙女十三 孙子刚满月 就仨: the count closing the message after the children told
    r"|(?<=\s)(?:就|只有|一共|总共)\s*(?P<jiu>[2-9])\s*(?:个)?(?=\s*[。！!~]*\s*$)"
    # 闺女五岁 就她一个: the only child, said of the child just named
    r"|(?<=岁|月|大)\s*[,，]?\s*(?:就|只有|只)(?:她|他|这)\s*,?\s*(?P<alone>1)\s*个(?=\s|$|[,，。、]|了)"
    r"|(?<!前面)(?<!后面)(?<!前)(?<!后)(?P<k>\d)\s*个(?:都(?!还?没|\s*(?:是|有)?\s*\d|给|能|可以|发|补|算|有份)|了(?=$|[\s,，。!！~])|娃$|孩$)"
    r"|(?<![\d.])(?P<w>\d{1,2})(?! (?:kid|child|daughter|son|boy|girl)\b[^.;]{0,20}\band (?:a )?(?:twin|triplet))"
    r" (?:kids?|kiddos|children|babies|grandchildren|grandkids|(?:boys|girls|sons|daughters|grandsons|granddaughters)(?! and (?:a|an|1|2|3) (?!(?:(?:grand)?(?:girl|boy|son|daughter|baby) )?(?:second|third|fourth|2nd|3rd|4th|more|on (?:the|its) way|coming|due|expected|in the oven)\b)))\b|we(?:'ve)?(?: already)? (?:have|got|have got) (?P<h>\d)\b(?![- ]?(?:year|month|yo)| and a half\b"
    r"| (?:kid|child|daughter|son|boy|girl)\b[^.;]{0,20}\band (?:a )?(?:twin|triplet)|"
    + _THINGS_COUNTED
    + r")|(?:our|my) (?P<o>\d)\b(?![- ]?(?:year|yrs?\b|month|mos?\b|yo|y/o|weeks?|wks?|days?|cm|m\b)|[.,]\d| and a half\b|"
    + _THINGS_COUNTED
    + r")|both our kids|(?:of|have) our 2"
    r"|(?<!他)(?<!她)(?:孩子|小孩|娃)(?:就|只有|只|一共|总共)?\s*(?P<ca>\d)\s*(?:个)?(?=\s|$|[,，。、])"  # 孩子一个, 娃就俩
    # 家中三孩, 育有两孩 (a hotline's note): the children counted in the written style
    r"|(?:家中|家里|育有|共有|现有|养育|生育了?)\s*(?P<fm>[1-9])\s*(?:个)?孩(?=\s|$|[,，。、；;]|子女)"
    # 育有一子, 育有二女 (a hotline's note): sons or daughters counted, the only children told
    r"|(?<=育有)\s*(?P<fy>[1-9])\s*(?:个)?(?:子|女)(?=\s|$|[,，。、；;])"
    # 家中孙辈三人, 子女共2名: the children counted in persons
    r"|(?:孙辈|子女|孩子|小孩|孙子女)(?:共|一共|共计)?\s*(?P<pn>[1-9])\s*(?:人|名|位)(?![\d民])"
    # 闺女生的俩, 俺生了仨: the children counted after the verb of their births, no noun (not 又生了俩)
    r"|(?<![又再还要想能划算备])(?:生了|生的|生过|养了|养的)\s*(?P<sv>[2-5])\s*(?:个)?(?=\s|$|[,，。、]|都)"
    # 仨孩, 家里俩孩: the count said with 孩 alone, ending the words (not 生三孩, 属于三孩, 23年以后
    # 出生的三孩: the policy's third child)
    r"|(?<![\d.第生胎放开算孩于])(?<!(?<![家里])的)(?P<hi>\d)\s*(?:个)?孩(?=\s|$|[,，。、])(?!"
    # 3孩 老三出生时特困: the count, then another child named by order
    + r"(?!\s+(?:老(?:[大二三四五六幺]|\d)|[大二三四五小\d]\u2060?宝))"
    + _BIRTH_TOLD_AFTER[3:]
    # 外孙俩, 闺女就俩: children counted after their relation word (not 儿子3 闺女1, their ages)
    + r"|(?<!他)(?<!她)(?<!\d )(?:外孙女?|孙子|孙女|闺女|儿子|女儿|丫头|小子)(?:就|只有|只|一共|总共)?"
    r"\s*(?P<cr>[2-4])\s*(?:个)?(?=\s|$|[,，。、])(?!\s*(?:外孙女?|孙子|孙女|闺女|儿子|女儿|丫头|小子)\s*\d)"
    # "twins on the way and two at home, 7 and 4": the children born, at home (not "we're 4 at home")
    r"|(?<![\d.])(?<!we're )(?<!we are )(?<!there are )(?<!there're )(?P<ah>[1-9]) (?:(?:kids|children|little ones|already) )?at home\b"
    r"|(?P<t>\d) of them\b|(?P<al>\d) of (?:ours|our (?:kids|children|babies))\b"
    # "have one already, hes 2", "already got 2": the children born, said with "already" and no
    # "we" (not "already have one flat")
    r"|(?:^|(?<=[.,;:!?] )|(?<=\band ))(?:(?:have|got|have got) (?P<ha>[1-9]) already"
    r"|already (?:have|got) (?P<hb>[1-9]))(?=\s*(?:$|[,.;:!?]))"
    r"|\b(?:just|only)(?: (?:have|got|have got|had))? the (?P<j>[2-9]|two|three|four|five)\b(?!\s*(?:years?|yrs?|months?|weeks?|days?|of us|people|cm\b|m\b|\.\d))"
    r"|\bboth (?:of )?(?:the |my |our )?(?:kids|children|babies|boys|girls|sons|daughters)\b"
    r"|\b(?:only|just|have|has|got)\s+(?P<sg>\d) (?:child|baby)\b(?! (?:benefit|subsidy|allowance|policy))"  # "only 1 baby", "they have 2 child"
    # "1 son 3 years old and due with #2": one son (not "1 son 1 daughter", the twins by sex)
    r"|(?:^|(?<=[.,;:!] ))(?P<one>1) (?:son|daughter)\b(?!\s*(?:and|&|\+|,)?\s*(?:1|a|an) (?:son|daughter|boy|girl)\b)"
    r"(?![^.;!?]*?\b(?:twins?|triplets|pair of)\b)"  # "one son aged 8 plus triplets": not all
    r"|(?<![\d.])(?P<tot>\d) (?:in total|altogether|all together|total)\b|\b(?:in total|altogether|a total of) (?P<tot2>\d)\b(?![\d.]| ?(?:yuan|rmb|元|块|%))"
    r"|\ball (?P<all>[2-9])\b(?=\s*(?:$|[,.!;]|(?:of )?(?:them|births|times)\b|(?:(?:were|was|are) )?born\b|incl(?:uding|\.|\b)|counting\b))"  # "at every birth, all three", "all three incl the twins"
    r"|\b(?:has|have|got) (?P<lst>[1-9])\s*:"  # "my daughter has two: 3 and a half, and the baby 40 days"
    # "mom of 3 here", "dad of two": the parent of that many children
    r"|\b(?:mom|mum|mother|mama|dad|father|papa|parents) of (?P<po>[2-9])\b(?![\d.]|\s*(?:months?|mos|years?|yrs?|weeks?|days?|yo\b|y/o|cm|m\b))"
)
# "our first and only", "first n only": the children told are all the family has.
FIRST_AND_ONLY = re.compile(r"\s*(?:and|n|&)\s+only\b")
# A child named apart from the ones just told: "not for our first", "unlike with my first".
APART = re.compile(r"\b(?:for|with|at|of|to|from|than|and|or|before|after|unlike|like|but|not)\s+$")
ONLY_THESE = re.compile(
    # "twin boys, our first n only so far", "twins, our first": the twins are the first birth
    r"(?<!\bfor )(?<!\bwith )(?<!\bat )(?<!\bof )(?<!\bto )(?<!\bfrom )(?<!\bthan )(?<!\band )"
    r"(?<!\bnot )(?<!\bbut )(?<!\blike )\b(?:our|my|his|her|their) first(?:,? (?:and|n|&) only)?(?= so far\b|\s*[,.!;]|\s*$)|"
    r"first (?:and|n|&) only\b|(?:first|1st) bab|(?:first|1st) (?:birth|pregnancy|delivery)(?=\s*(?:[,.!;]|$))|(?:first|1st) grand(?:kids|children|babies|sons|daughters)|our first kids|(?:first|1st) kids|(?:our|my|his|her|their) first ones(?! (?:are|were))|no other (?:kids|children)|our only kids|only (?:kids|children|ones|babies|grandkids|grandchildren)|就(?:他|她|他们|她们|这)2(?!\d)|就(?:生了|有)?这(?:一对|1对|[23](?=胞胎))|只有这2(?!\d)|(?<![年月天前早])(?:就|只)生了(?:一对|1对|对|双胞胎|龙凤胎|3胞胎)|就2孩子|就这2|没有?(?:别的|其他|其它|旁的)(?:孩子|娃|小孩|孙辈)|第1胎|头胎(?!\s*(?:是个|是)?(?:闺女|女儿|儿子|小子|丫头|男孩|女孩|姑娘))|头1胎|第1次怀|(?:头|第)[1一](?:回|次)当(?:妈|爸|爹|娘)|first[- ]time (?:mom|mum|mother|parents|dad)|that'?s it|that'?s (?:the lot|all of them)|no more"
    # "we only have the twins so far", "just the 双胞胎": the multiples are all the children (not
    # when a sibling is told beside them: "only the twins and their big sister")
    r"|\b(?:only|just) (?:have |got |had )?(?:the |our |these )?(?:twins|triplets|双胞胎|龙凤胎|3胞胎)"
    r"(?![^.!?]{0,40}\b(?:older|younger|big|little|elder|baby) (?:brother|sister|bro|sis|one|son"
    r"|daughter|boy|girl)|[^.!?]{0,40}\bother)"
    # "we had none before", "no kids before these two": the ones told are the first
    r"|\b(?:had|have|got) (?:none|no (?:other )?(?:kids|children|others|babies))(?: (?:before|till now|until now|until then|before (?:them|these|this|that)))\b"
    r"|\bno (?:other )?(?:kids|children|babies) before (?:them|these|this|that)\b"
    # 家里就一对双胞胎, 只有一对龙凤胎: the family's children are one pair of twins (not when others
    # are told after: 就一对双胞胎 下面还有个弟弟)
    r"|(?:就|只)有?(?:一对|1对)(?=\s*(?:双胞胎|龙凤胎)(?![^。]*(?:还有|另外|另有|上面|下面|上头|下头|底下)))"
    # "theyre all we got", "they're all we have", "that's all we've got": the only children
    r"|\b(?:they'?re|theyre|they are|that'?s|thats) all (?:we(?:'ve| have)? got|we have)\b"
    # "and thats all our kids", "those are all of our children", "that's all the kids we have":
    # the ones told are all the family's children
    r"|\b(?:they'?re|theyre|they are|that'?s|thats|that is|those are|these are) all (?:of )?"
    r"(?:our|my|the|his|her|their) (?:kids|children|babies|little ones|grandkids|grandchildren)\b"
    r"(?! (?:in|at|from|of) )"
)
NO_CHILDREN = re.compile(
    r"没有孩子|还没(?:有)?孩子|没孩子|1个都还没生|1个都没生|(?:还)?没(?:要|生)(?:过)?(?:孩子|小孩|娃)|no kids(?! before)|no children(?! before)|don't have (?:any )?kids"
)
# The elder brother or sister of the one child told of (他姐姐, 她大哥): born before that child.
ELDER_OF_THE_ONE = re.compile(r"(?<![们俩2])[他她](?:大)?(?:哥哥|姐姐)(?!们|俩)")
OLDER_SIBLING = re.compile(
    r"[上前](?:面|头|边)(?:还)?有(?:个|1个)|(?:an?|their|her|his) (?:older|big) (?:brother|sister|sis|bro)"
    # 双胞胎是23年生的 他们哥哥上初中了: the twins' elder brother or sister
    r"|(?:他们|她们|[他她](?:俩|2)(?=的)|他俩|她俩|俩人|两人|2人)的?(?:大)?(?:哥哥|姐姐|哥|姐)(?!们|俩|妹|弟)"
    # "expecting twins, 5 months pregnant, already have a boy": a born child before the pregnancy
    r"|\balready (?:have|has|got|had) (?:a|an|1) (?:\w+ )?(?:boy|girl|son|daughter|kid|child)\b"
    r"|\b(?:have|has|got) (?:a|an|1) (?:\w+ )?(?:boy|girl|son|daughter|kid|child) already\b"
)
PERSON_NOT_CHILD = re.compile(r"孩子(?:他|她)?(?:爸|妈|爷|奶|姥|外公|外婆)")


# One hardship benefit put right by another ("我们家不是低保 是特困", "not dibao, it's tekun"):
# still on a benefit now, not off every one (tester 20 c01).
_BENEFIT = r"(?:低保|特困|失业(?:保险)?金|dibao|tekun|unemployment)"
BENEFIT_SWAPPED = re.compile(
    rf"不是{_BENEFIT}\S{{0,4}}[\s,，]*(?:而?是|是领的?|领的是){_BENEFIT}"
    rf"|\bnot (?:on )?{_BENEFIT}\b[^.?!]{{0,12}}?(?:it'?s|its|we'?re on|but|rather) {_BENEFIT}",
    re.I,
)


@dataclass
class Child:
    """A child the message speaks of (or a group of twins: `size` > 1)."""

    order: int | None = None
    youngest: bool = False
    later: bool = False
    size: int = 1
    word: str = ""
    birth: Mention | None = None
    due: Mention | None = None
    pregnant: bool = False
    height: float | None = None
    height_span: str = ""
    below: float | None = None  # shorter than this, said without a height: "还不到1米3"
    below_span: str = ""
    new: bool = False
    first: int = 0  # where it was first named
    seeded: bool = False  # the expected child the bot asked about: told only with a date
    reserves: bool = False  # named by an order of birth (老大, 老二), not by 第N胎
    ahead: bool = False  # its birth is put ahead of today ("what if we had twins next year")
    birth_ref: bool = False  # named as a birth (二胎, 头胎, 第一胎), which can be twins
    guessed: bool = False  # a correction naming no child, placed by the nearest date only
    middle: bool = False  # named "the middle one", 2nd of three but not of four or five
    kin: str = ""  # the kinship word said with its order (头胎闺女, 二胎是双胞胎小子)
    torn: Mention | None = None  # an age said with its date that disagrees (tester 49 c06)
    twin_of: int = 0  # the size of the multiple birth it was told as one of (双胞胎姐姐), or 0
    twin_place: int = -1  # its place in that birth, 0 the elder (双胞胎姐姐 0, 妹妹 1)
    twin_front: int = 0  # (a multiple) how many of it were told apart from the front

    @property
    def told(self) -> bool:
        if self.seeded:
            return self.due is not None or self.birth is not None
        return (
            self.birth is not None
            or self.pregnant
            or self.height is not None
            or self.below is not None
        )


# An English word for one child, never for twins together: "the twins no. our 2023 baby yes".
ONE_CHILD_WORD = re.compile(r"baby|boy|girl|kid|child|son|daughter|toddler|infant|newborn")
BOY = re.compile(r"boy|son|grandson|brother|he|lad|儿子|小子|孙子|外孙|哥哥|弟弟")
GIRL = re.compile(
    r"girl|daughter|granddaughter|sister|she|princess|lass|女儿|闺女|丫头|孙女|外孙女|姐姐|妹妹"
)


def _sex(word: str) -> str | None:
    """ "boy" or "girl" for a word naming a child by sex ("our son", 闺女), else None."""
    return "boy" if BOY.fullmatch(word) else "girl" if GIRL.fullmatch(word) else None


GRANDCHILD = re.compile(r"孙|grand")
SON_OR_DAUGHTER = re.compile(r"儿子|女儿|闺女|\bsons?\b|\bdaughters?\b")


def _same_generation(word: str, other: str) -> bool:
    """Not a grandchild and a son or daughter: 儿子 beside a 孙子 told of is the grandchild's
    father (孙子八个月 … 儿子失业在家领失业金), not the boy ("the boy" may be the grandson)."""
    return not any(
        GRANDCHILD.search(a) and SON_OR_DAUGHTER.search(b)
        for a, b in ((word, other), (other, word))
    )


# A child's birth written without the apostrophe: "dibao for the girls birth, not the boys".
POSSESSIVE_AFTER = re.compile(r"\s*(?:birth|one)\b|\s*(?:$|[,.;!?])")


def _possessive_sex(clause: str, m: re.Match[str]) -> str | None:
    """The sex of a child named as "the girls" or "the boys" where the birth of one of them is
    meant ("for the girls birth", "not the boys" at the clause's end), else None."""
    word = m.group(0)
    if not word.endswith("s") or not POSSESSIVE_AFTER.match(clause, m.end()):
        return None
    return _sex(word[:-1])


def _orders(m: re.Match[str]) -> tuple[int | None, bool, bool, list[int]]:
    """(order, youngest, later-pair, first-two) for a birth-order mention."""
    g = m.groupdict()
    if g["eldest"]:
        return 1, False, False, []
    for key in ("n1", "n2", "n3", "n4", "n5", "n6", "n7"):  # n7: 小三, a family's third
        if g[key]:
            return int(g[key]), False, False, []
    said = g["en"] or g["en2"] or g["en3"] or g["en4"] or g["en5"] or g["en6"]
    if said:
        return EN_ORDINALS[said], False, False, []
    if g["youngest"]:
        return None, True, False, []
    if g["middle"]:
        return 2, False, False, []
    if g["later"]:
        return None, False, True, []
    if g["last_two"]:
        return None, False, False, [-2, -1]
    if g["last_three"]:
        return None, False, False, [-3, -2, -1]
    return None, False, False, list(range(1, int(g["fn"] or 2) + 1))  # 前俩, 前三个


def _names_a_birth(m: re.Match[str]) -> bool:
    """二胎, 头胎, "our first" said of the children just told ("twin boys, our first n only so
    far"): a birth, which can be twins, rather than one child (not "not for our first")."""
    if "胎" in m.group(0):
        return True
    return m.group(0) in ("our first", "my first") and not APART.search(m.string, 0, m.start())


def birth_orders_named(clause: str) -> list[int]:
    """Birth orders a clause names: 老三 -> [3], 前两个 -> [1, 2] (youngest -> [-1])."""
    found: list[int] = []
    last_end = -1
    for m in ORDERED.finditer(clause):
        order, youngest, _later, pair = _orders(m)
        if (
            order
            and found
            and found[-1] > 0
            and order > found[-1] + 1
            and re.fullmatch(r"[\s\u2060]*(?:到|至|~|～|-|—)\s*", clause[last_end : m.start()])
        ):  # 老大到老三: every birth between
            found.extend(range(found[-1] + 1, order))
        last_end = m.end()
        if order and m.group("n5"):  # "number 1 and 3", "no. 2 & 4": the numbers listed after
            found.append(order)
            listed = re.match(
                r"(?:\s*(?:,|and|&|or)\s*(?:number |no\.? ?|#)?\d\b)+", clause[m.end() :]
            )
            found.extend(int(d) for d in re.findall(r"\d", listed.group(0) if listed else ""))
        elif order:
            found.append(order)
        elif youngest:
            found.append(-1)
        found.extend(pair)
    return found


# "1m even", "1 metre flat": a metre exactly, 100 cm.
HEIGHT = Remembered(
    re.compile(
        # 一米一几, 一米几: a height somewhere in that ten, no number of cm
        r"(?P<m>1)\s*米\s*(?P<dm>\d{1,2})?(?!\d|\.\d|\s*几|多)|(?P<cm>\d{2,3}(?:\.\d)?)\s*(?:cm|厘米|公分)"
        r"|(?P<mm>1\.\d{1,2})\s*(?:m|米|meters?|metres?)(?:ish)?(?![a-z])|(?P<cm2>\d{2,3}(?:\.\d)?)\s*centimet(?:er|re)s?|(?P<mx>1)\s*(?:m|met(?:er|re)s?)\s*(?P<mxd>\d{1,2})(?:ish)?\b|(?<![\d.])(?P<one>1)\s*(?:met(?:er|re)s?\b|m(?= tall\b|\s*$|\s*[,.;!?]|\s+(?:for sure|surely|still|yet|now|i think|probably|definitely|either|or so|even|flat|exactly|lol|haha|lmao|tbh|tho|though|i guess)\b))(?!\s*\d)"
        r"|(?:身高|个子|height(?: is)?|\bis|\bmeasures?(?: at)?|\bmeasured(?: at)?|\bstands(?: at)?|\b(?:he|she|boy|girl|son|daughter|one|eldest|oldest|youngest|kid)'s|\b(?:sister|brother|sis|bro|son|daughter|boy|girl|one|eldest|oldest|youngest|smallest|middle|1st|2nd|3rd|[4-9]th) |\b(?:are|both|all)(?= (?:about |around |now |only |exactly |just )?1\.))"
        r"\s*(?:about |around |now |only |exactly |just )?(?P<bare>1\.\d{1,2})(?!\d|\.\d|\s*(?:times|万|k\b|%|years?|yrs?|months?|kg))"
        r"|(?:(?<=under )|(?<=below )|(?<=less than )|(?<=shorter than )|(?<=\bnot ))(?P<bare2>1\.\d{1,2})"
        r"(?!\d|\.\d|\s*(?:years?|yrs?|岁|kg|斤|公斤|k\b|万|million|%))"  # "less than 1.1": a height
        r"|(?:\b(?:he|she) is|\b(?:he|she)'s|\b(?:son|daughter|boy|girl|kid|child|one) is)\s+(?:about |around |now |only )?"
        r"(?P<barecm2>1[0-7]\d|[5-9]\d(?= not \d))(?![\d.]|\s*(?:yuan|rmb|元|块|%|days?|weeks?|months?|years?|yrs?|kg|lbs?|pounds?|jin|斤))|(?:身高|个子|个头|净身高|净高|长到)\s*(?:有|是|大概|差不多|约)?\s*(?P<barecm>\d{2,3})(?!\d|\.\d)"
    )
)
# A height put as the limit asked about: "is it 1.2m", "1.2 or 1.3", "1.2 the limit".
LIMIT_ASKED = re.compile(
    r"\bis it\s*$|\bor\s*$|\blimit (?:is|was)\s*$"
    r"|\s*(?:m|米|cm|meters?|metres?)?\s*(?:(?:is |the )*(?:limit|line|cutoff|cut-off|threshold)\b|or (?:1\.\d|1\d\d|1 ?m))"
    # "the 1.3m free ride thing", "the 1.2m rule", "1.3m ticket policy": the rule named by its mark
    r"|\s*(?:m|米|cm|meters?|metres?)?\s*(?:height |free |child |kids? |half[- ]price )?"
    r"(?:(?:ride|ticket|fare|travel|entry|admission|subway|metro|bus)s? )?"
    r"(?:rule|policy|thing|standard|mark|free ride|free ticket)s?\b"
)
HEIGHT_LIMIT = re.compile(
    r"^\s*(?:以下|以上|以内|之内|之下|以外|才|就要|要买|免)|(?:under|below|over|above|less than|不到|没到|没有|没|不够|不足|超过|低于|高于|矮于|满)\s*$"
)
# Children in general before a bound ("小孩不到一米三坐地铁免费吗", 儿童低于1米2): the limit asked,
# no child of the family's said to be under it (not 我家小孩, 俺孙子).
ANY_CHILD_BELOW = re.compile(
    r"(?<![我俺家的])(?:小孩子?|小朋友|儿童|孩子们)(?:身高|个子)?\s*(?:不到|没到|低于|矮于|不够|不足)\s*$"
)
# 还差两公分到1米3, 再长5公分就到130, 离1米3还差: the mark a child has not reached, said before it.
HEIGHT_AIMED = re.compile(r"(?:差(?!不多)|再长)[^，,。\s]{0,7}$|(?:离|距离)\s*$")
# "he is not 1.3m yet": the height not reached, not a height said wrong.
NOT_YET = re.compile(r"\s*yet\b")
RULE_ASKED = re.compile(
    r"\s*(?:请问)?\s*(?:是不是|是否|是不)(?![^，,。?？]*(?:老[大二三小\d]|孩子|娃|宝|儿子|闺女|女儿|他|她))"
)
NOT_JUST_BEFORE = re.compile(r"\bnot\s+(?:even\s+)?$")
# A child said to be shorter than a height, with none measured: "还不到1米3", "哪有1米3",
# "she's well under 1.3m". Not the limit asked about ("不到1米3的免费吗", "kids under 1.3m").
BELOW_BEFORE = re.compile(
    r"(?:不到|没到|没有到|没有|没|不够|不足|低于|哪有|哪里有|哪到|远远不到|远不到"
    r"|(?<![不差])(?:快|将近|接近|眼看)(?:有|到|要到)?(?=\s*$)"  # 老大快一米三了: not yet 130
    r"|\b(?:is|'s|are|both|all|still|definitely|obviously|easily|way|well|both of them)\s+"
    r"(?:still\s+|definitely\s+|obviously\s+|easily\s+|way\s+|well\s+|just\s+|a bit\s+|slightly\s+)?(?:under|below|less than|shorter than)"
    r"|nowhere near|not even|n't even|\bnot (?:yet|quite)(?: at| reached)?"
    r"|\b(?:isn't|is not|aren't|are not|'s not)(?: yet| quite| even)?|\b(?:hasn't|has not|haven't|have not|isn't|aren't)(?: yet)? (?:reached|hit|got to|at)(?: yet)?"
    r"|\b(?:both|all|my|our|the|his|her|their|eldest|oldest|youngest|one|first|second|third|baby)\s+"
    r"(?:(?:kids|children|twins|boys|girls|ones|son|daughter|boy|girl|grandson|granddaughter|one)\s+)?"
    r"(?:still\s+|surely\s+|definitely\s+|probably\s+|obviously\s+|clearly\s+|certainly\s+)?"
    r"(?:under|below|less than|shorter than))\s*(?:到|有)?\s*$"
)
# A clause that opens with the bound, the child told of just before: "second one I don't know,
# but surely less than 1.1".
BELOW_OPENING = re.compile(
    r"^\s*(?:surely|definitely|probably|obviously|clearly|certainly|still|maybe|but)?\s*"
    r"(?:under|below|less than|shorter than)\s*$"
)
BELOW_AFTER = re.compile(r"\s*(?:还|都|也|可能|肯定)?\s*(?:不到|没到|没有到|不够|不足)")
BELOW_NOT_SAID = re.compile(
    r"^(?:就|才|的|以下|以内|免|不用|不要|可以|能|吗|么|嘛|\?|？|\s*(?:ride|go|travel|get|are|is|can|need|do)\b"
    r"|\s*(?:free|half[- ]price|no ticket)\b)"  # "under 1.2m free on the brt?": the limit asked
)
# A weight after the number (五十来斤, 60多斤, 二十来公斤, 55kg, 五十好几斤): no height.
WEIGHT_AFTER = r"(?!\s*(?:来|多|好?几|余|左右)?\s*(?:斤|公斤|千克|kg|克|lbs?\b|pounds?|磅))"
BARE_CM = re.compile(r"(?P<cm>(?:[5-9]\d|1[0-7]\d))(?![\d.年月岁个天])" + WEIGHT_AFTER)
BARE_M = re.compile(
    r"(?P<m>1\.\d{1,2})(?![\d.])(?!\s*(?:岁|years?|yrs?|kg|斤|公斤))"
)  # "eldest 1.42"
ANSWER_FILLER = re.compile(
    r"\b(?:um+|uh+|er+|erm|hmm+|like|about|around|and|cm|m|meters?|metres?|both|then|i think|roughly)\b|[,，、&和;/]|厘米|公分|米|大概"
)
BARE_CM_ALONE = re.compile(r"\s*(?:大概|大约|约|差不多)?\s*" + BARE_CM.pattern + r"\s*")


def _height(m: re.Match[str]) -> float:
    g = m.groupdict()
    if g["cm"] or g["barecm"] or g["cm2"] or g["barecm2"]:
        return float(g["cm"] or g["barecm"] or g["cm2"] or g["barecm2"])
    if g["mm"] or g["bare"] or g["bare2"]:
        return round(float(g["mm"] or g["bare"] or g["bare2"]) * 100, 1)
    if g["one"]:  # "not even 1 metre"
        return 100.0
    if g["mx"]:
        d = g["mxd"]
        return 100 + float(d) * (10 if len(d) == 1 else 1)
    dm = g["dm"] or "0"
    return 100 + float(dm) * (10 if len(dm) == 1 else 1)


@dataclass
class _Event:
    start: int
    end: int
    what: str  # "ref" | "unnamed" | "multiples" | "date" | "height" | "pregnant"
    data: Any = None


# A bare number of centimetres in a reply to the height question: "哥哥116 妹妹113", "103 上个月量的".
ANSWERED_CM = re.compile(
    r"(?<![\d.:：/-])(?P<cm>(?:[5-9]\d|1[0-7]\d)(?:\.\d)?)(?![\d.:：/-]|\s*(?:年|月|岁|个|天|号|周|块|元|斤|kg|%))"
    # "its 1.25" to the height asked: metres
    r"|(?<![\d.:：/-])(?P<m>1\.\d{1,2})(?![\d.:：/-]|\s*(?:年|月|岁|个|天|号|周|块|元|斤|kg|%|万"
    r"|years?|yrs?|k\b|million|times))"
)


HEIGHT_TALK = re.compile(r"身高|个子|个头|多高|[量测](?:错|成|岔)")
# A height said wrong (不是一米零五 是九十五): the number said instead is a height too.
HEIGHT_DENIED = re.compile(
    r"不是\s*(?:1米\d{0,2}|1\.\d{1,2}\s*(?:m|米)|\d{2,3}\s*(?:cm|公分|厘米))"
)
# A child picked out by a height ("九十五那个是老三"): the number is that height.
THAT_ONE = re.compile(r"(?<![\d.])(?:[5-9]\d|1[0-7]\d)(?:\.\d)?\s*(?:的)?那个")


def _sexes_of_multiples(whole: str, offset: int, clause: str, m: re.Match[str]) -> bool:
    """ "the babies arrived last friday, 2 boys", "twins, 2 girls": the multiple birth told just
    before, counted by sex, is no other child."""
    size = re.search(r"(?<![\d.])([23]) $", clause[: m.start()])
    if not size or m.group(0) not in ("boys", "girls") or not whole:
        return False
    return _multiples_by_sex(whole, offset + size.start(), int(size.group(1)))


def _multiples_by_sex(text: str, at: int, said: int) -> bool:
    """The number of boys or girls said at `at` is the size of a multiple birth told just before,
    with that birth between ("the twins arrived last friday, 2 girls", "twins, 2 boys"); not
    other children beside twins on the way ("expecting twins in december, we already got 2 boys")."""
    before = [t for t in MULTIPLES.finditer(text, max(0, at - 50)) if t.end() <= at]
    if not before:
        return False
    between = text[before[-1].end() : at]
    return (
        said == (3 if before[-1].group("three") else 2)
        and not re.search(r"[.!?;]|\b(?:have|has|got|already|also|other|plus|and)\b", between)
        and (
            re.fullmatch(r"\s*[,:-]?\s*", between) is not None
            or re.search(r"\b(?:arrived|came|born)\b", between) is not None
        )
    )


# 双胞胎妹妹们: a sibling word in the plural right after the multiples word names them together.
SIBLINGS_OF_MULTIPLES = re.compile(r"(?:哥哥|姐姐|弟弟|妹妹)们")
MULTIPLES_WORD_BEFORE = re.compile(r"(?:双胞胎|龙凤胎|[三3]胞胎)\s*$")


# A thing after an order word ("our first flat", "my second job", "the 3rd apartment"): the order
# of that thing, not a child's.
THING_ORDERED = re.compile(
    r"\s+(?:own |new |real |proper |little |small |big )?(?:flat|home|house|apartment|place|property"
    r"|car|job|mortgage|loan|payment|instal+ment|appointment|check-?up|scan|ultrasound|dose)s?\b"
)


def _orders_born_after(clause: str, offset: int, whole: str, found: list[_Event]) -> list[_Event]:
    """三孩 2023年2月10日生的: 二孩 / 三孩 closing its clause, with the birth told in the next one,
    names that child (the clause alone cannot show the birth after it)."""
    events: list[_Event] = []
    if not re.search(r"[2-5]孩", clause):
        return events
    rest = whole[offset:] if whole and whole[offset : offset + len(clause)] == clause else clause
    for m in ORDERED.finditer(rest):
        if m.start() >= len(clause):
            break
        if m.group("n6") and not any(e.start <= m.start() < e.end for e in found):
            events.append(_Event(m.start(), m.end(), "ref", m))
    return events


# "the due date" as the time a rule counts from, in a question: "do we need to have paid the birth
# insurance for 12 months before the due date?", "does it count from the due date or the birth?".
DUE_DATE_OF_A_RULE = re.compile(r"\b(?:before|after|by|until|till|from|on|of|around|at) the $")
RULE_QUESTION = re.compile(
    r"[?？]|^\s*(?:do|does|did|can|could|must|should|is|are|will|would|how|what|when)\b"
)


def _due_date_of_a_rule(clause: str, m: re.Match[str], whole: str) -> bool:
    """ "the due date" a rule is asked about, in a question, of no pregnancy of the family's."""
    return (
        m.group(0).startswith("due date")
        and bool(DUE_DATE_OF_A_RULE.search(clause[: m.start()]))
        and bool(RULE_QUESTION.search(whole) or RULE_QUESTION.match(clause))
        and not re.search(r"\b(?:our|my|her|his|their)\b[^,.;?]{0,12}\bdue\b", clause)
    )


# The time an insurance enrolment was done, told of the children (tester 56 c2: "we enrolled
# them in may" moved the twins' March birth to May): the verb before the date, or after it.
ENROLLED_BEFORE = re.compile(
    r"(?:\benrol+(?:ed)?\b|\bsigned (?:them|him|her|it|the \w+ )?up\b|\bregistered\b|\binsured\b"
    r"|参保|参加(?:了)?(?:居民)?医保|(?:上|办|交)(?:了|的)?(?:居民)?(?:医保|保险)|(?:医保|保险)(?:是|都是|也是)?)"
    r"[^,.;!?，。；！？\d]{0,16}$"
    # "they DID enrol the twins in resident insurance in Oct 2025": the insurance named, then when
    r"|\benrol+(?:ed)?\b[^,.;!?\d]{0,30}\binsurance in\s*$",
    re.I,
)
ENROLLED_AFTER = re.compile(r"\s*(?:就|才)?(?:办|上|参保|交|买)(?:了|的)(?:居民)?(?:医保|保险)")
BORN_WORD = re.compile(r"\bborn\b|出生|生的|生了|\bbirth\b|\bdue\b|预产")


# A job found, started or lost, told right before or after a date ("son found work in jan",
# "he went back to work in march", 三月份找到工作了): that time, no birth (probe en-13503).
JOB_TAKEN_BEFORE = re.compile(
    r"\b(?:found|got|started|lost|quit|left|changed|went back to|returned to|back at)"
    r"(?: (?:a|his|her|my|new|another|full-time|part-time|steady))* (?:job|work)\b"
    r"[^,.;!?\d]{0,12}$"
)
JOB_TAKEN_AFTER = re.compile(
    r"\s*(?:就|才|又)?(?:找到|找着|找了)(?:了)?(?:新)?(?:工作|活)"
    # 今年三月厂子黄了, 去年公司倒闭了, 上个月被裁了: a job lost then, no birth (probe zh-17505)
    r"|\s*(?:(?:他|她|我|俺)?(?:爸|老公|男人|媳妇|老婆|爱人)?(?:的)?(?:厂子|工厂|厂|公司|单位)(?:就|也)?(?:黄了|倒闭|倒了|关门|破产|裁员)"
    r"|(?:我|他|她|俺|老公|男人|媳妇|老婆|爱人|孩子他?爸|孩子他?妈)?(?:就|又)?"
    r"(?:被裁|下岗|失业了|丢了工作|没了工作|辞职|辞了工作))"
)


def _enrolment_time(clause: str, start: int, end: int) -> bool:
    """Whether the date at clause[start:end] is when an insurance was joined, not a birth."""
    before = clause[max(0, start - 48) : start]
    if BORN_WORD.search(clause[max(0, start - 12) : end + 6]):
        return False
    return bool(ENROLLED_BEFORE.search(before) or ENROLLED_AFTER.match(clause, end))


def _events(
    clause: str, offset: int, mentions: list[Mention], whole: str = "", asked: str | None = None
) -> list[_Event]:
    events: list[_Event] = []
    dated = [  # "2022, june the 3rd": a date running on over a comma is in this clause too
        (x.start - offset, x.end - offset)
        for x in mentions
        if x.kind == "date" and x.start < offset + len(clause) and offset < x.end
    ]
    for m in ORDERED.finditer(clause):
        if any(a <= m.start() < b for a, b in dated):
            continue  # "june the 3rd", "the second of May": a day, not a child
        if re.search(r"\bbuy(?:ing)?\s+(?:(?:our|my|a|the|their)\s+)?$", clause[: m.start()]):
            continue  # "buy our first one next year": a home, not a child
        if FIRST_AND_ONLY.match(whole, offset + m.end()) and m.group(0).endswith("first"):
            continue  # "twins, our first and only": the only children, not the eldest
        if THING_ORDERED.match(clause, m.end()):
            continue  # "the keys to our first flat last week", "our second car": a thing
        events.append(_Event(m.start(), m.end(), "ref", m))
    events.extend(_orders_born_after(clause, offset, whole, events))
    for m in UNNAMED.finditer(clause):
        if any(e.start <= m.start() < e.end for e in events):
            continue
        if _sexes_of_multiples(whole, offset, clause, m):
            continue  # "the twins arrived last friday, 2 girls": the twins again, by sex
        if re.search(
            r"\b(?:twin|triplet)s?\s+(?:baby\s+)?$", clause[: m.start()], re.I
        ) and re.fullmatch(
            r"(?:boys|girls|sons|daughters|babies|brothers|sisters)", m.group(0), re.I
        ):
            continue  # "we had twin girls this morning": the twins, by their sex
        if SIBLINGS_OF_MULTIPLES.fullmatch(
            clause, m.start(), m.end() + 1
        ) and MULTIPLES_WORD_BEFORE.search(clause[: m.start()]):
            continue  # 双胞胎妹妹们, 三胞胎哥哥们: the multiples themselves, named by their sex
        if any(
            e.start >= m.end() and NAMED_AFTER_BIRTH.fullmatch(clause, m.end(), e.start)
            for e in events
        ):
            continue  # 孩子是今年三月生的老二: the child is the one the order after the verb names
        events.append(_Event(m.start(), m.end(), "unnamed", m.group(0)))
    for m in MULTIPLES.finditer(clause):
        if re.search(r"\b\d (?:sets|pairs) of $", clause[: m.start()]):
            continue  # "2 pairs of twins": a count; each pair is told of as such
        events.append(_Event(m.start(), m.end(), "multiples", 3 if m.group("three") else 2))
    if whole:
        for m in BABIES_TOGETHER.finditer(whole, offset):
            if m.start() >= offset + len(clause):
                break
            events.append(_Event(m.start() - offset, m.end() - offset, "multiples", 2))
    for m in PREGNANT.finditer(clause):
        if re.match(r"(?:comes|arrives|is (?:coming|arriving))\b", m.group(0)) and re.search(
            r"\b(?:before|after|until|till)\s+(?:\w+\s+){0,2}$", clause[: m.start()]
        ):
            continue  # "before the baby comes": the time of a birth already known, no pregnancy told
        if NOT_PREGNANT.search(clause[max(0, m.start() - 16) : m.start()]):
            continue  # "she's not pregnant yet", 还没怀上: no pregnancy told
        if _due_date_of_a_rule(clause, m, whole):
            continue  # "must we have paid 12 months before the due date?": any pregnancy's date
        if m.group(0).startswith("还没") and NOT_YET_THEN.search(clause):
            continue  # 那会儿老二还没生: a time before a birth, no pregnancy now
        if (
            m.group(0) == "pregnant"
            and WHILE_PREGNANT.search(clause[: m.start()])
            and PAST_TOLD.search(clause[: m.start()])
        ):
            continue  # "got the 失业金 while pregnant": the time of a pregnancy gone by
        events.append(_Event(m.start(), m.end(), "pregnant", m.group(0)))
    for mention in mentions:
        if offset <= mention.start < offset + len(clause):
            if _enrolment_time(clause, mention.start - offset, mention.end - offset):
                continue  # "we enrolled them in may", 医保是5月办的: no birth that month
            if JOB_TAKEN_BEFORE.search(clause, 0, mention.start - offset) or JOB_TAKEN_AFTER.match(
                clause, mention.end - offset
            ):
                continue  # "son found work in jan", 老公三月份找到工作了: a job's time, no birth
            events.append(_Event(mention.start - offset, mention.end - offset, "date", mention))
    for m in HEIGHT.finditer(clause):
        if any(e.what == "date" and e.start <= m.start() < e.end for e in events):
            continue
        if NEGATED_BEFORE.search(clause[max(0, m.start() - 8) : m.start()]) and not NOT_YET.match(
            clause, m.end()
        ):
            continue  # 不是一米二 是一米二八; not "he is not 1.3m yet", below it
        if (
            (
                BELOW_BEFORE.search(clause[max(0, m.start() - 24) : m.start()])
                or BELOW_OPENING.match(clause[: m.start()])
                # "definitely not 1.3 yet": the mark not reached
                or (NOT_YET.match(clause, m.end()) and NOT_JUST_BEFORE.search(clause[: m.start()]))
            )
            and not BELOW_NOT_SAID.search(clause[m.end() : m.end() + 8])
            and not RULE_ASKED.match(clause)  # 是不是身高不到1米3坐地铁都免费: the rule asked
            and not ANY_CHILD_BELOW.search(clause[max(0, m.start() - 12) : m.start()])
        ):
            events.append(_Event(m.start(), m.end(), "below", (_height(m), m.group(0))))
            continue
        after = BELOW_AFTER.match(clause, m.end())
        if after:  # 1米不到, 一米一还不到: the bound said first; 1米2不到的免费吗: a limit
            if not BELOW_NOT_SAID.search(clause[after.end() : after.end() + 8]):
                events.append(_Event(m.start(), m.end(), "below", (_height(m), m.group(0))))
            continue
        if (
            HEIGHT_LIMIT.search(clause[m.end() : m.end() + 3])
            or HEIGHT_LIMIT.search(clause[max(0, m.start() - 10) : m.start()])
            or HEIGHT_AIMED.search(clause[max(0, m.start() - 10) : m.start()])
        ):
            continue
        if (
            not any(e.what in ("ref", "unnamed") for e in events)
            and (
                "?" in whole[offset + m.end() : offset + m.end() + 2]
                or LIMIT_ASKED.search(clause[max(0, m.start() - 12) : m.start()])
            )
        ) or LIMIT_ASKED.match(clause, m.end()):
            continue  # "the height limit ... 1.2m?", "is 1.2 the limit or 1.3": a threshold asked about
        events.append(_Event(m.start(), m.end(), "height", (_height(m), m.group(0))))
    if (
        asked == "children.height_cm"
        or HEIGHT_TALK.search(whole)
        or THAT_ONE.search(clause)
        or HEIGHT_DENIED.search(whole)
        or any(
            NEGATED_BEFORE.search(whole[max(0, h.start() - 8) : h.start()])
            for h in HEIGHT.finditer(whole)
        )
    ):  # "不是一米零五 是九十五": a height said wrong, the right one told bare
        for m in ANSWERED_CM.finditer(clause):
            if any(e.start <= m.start() < e.end or m.start() <= e.start < m.end() for e in events):
                continue
            if NEGATED_BEFORE.search(clause[max(0, m.start() - 8) : m.start()]) or any(
                h.start() <= m.start() < h.end() for h in HEIGHT.finditer(clause)
            ):
                continue  # "不是九十 是一百", "1m15 not 1m50": the height said wrong
            if (
                HEIGHT_LIMIT.search(clause[m.end() : m.end() + 3])
                or HEIGHT_LIMIT.search(clause[max(0, m.start() - 10) : m.start()])
                or HEIGHT_AIMED.search(clause[max(0, m.start() - 10) : m.start()])
            ):
                continue
            cm = float(m.group("cm")) if m.group("cm") else round(float(m.group("m")) * 100, 1)
            events.append(_Event(m.start(), m.end(), "height", (cm, m.group(0))))
    return sorted(events, key=lambda e: (e.start, e.what != "ref"))


class _Story:
    """Children as the message tells of them."""

    def __init__(self, known_children: int, asked: str | None, correcting: bool = False) -> None:
        self.correcting = correcting
        self.counted = False  # the message gives the number of children
        self.count_said: int | None = None  # that number, as first said
        self.multiples_said = False  # the message names twins or triplets
        self.birth_said = False  # the message speaks of a birth somewhere
        self.children: list[Child] = []
        self.subject: list[Child] = []
        self.subject_clause = -1
        self.known_children = known_children
        self.asked = asked
        self.first_pregnancy_known = False  # the family known only by its first pregnancy

    def by_order(self, order: int) -> Child:
        for child in self.children:
            if child.order == order:
                return child
        listed = [
            c
            for c in self.children
            if c.order is None and c.size == 1 and c.birth is not None and c.birth.kind == "date"
        ]
        if (
            not self.known_children
            and 2 <= len(listed) == len(self.children)
            and order <= len(listed)
            and all(a.birth.value < b.birth.value for a, b in pairwise(listed))  # type: ignore[union-attr]
        ):  # 三个孩子 一二年 一六年 二一年生的 生老二那年…: the 2nd of the births listed in order,
            # not a child of its own (probe zh-13124 gave 老二 the last year)
            listed[order - 1].order = order
            return listed[order - 1]
        child = Child(order=order, first=len(self.children))
        self.children.append(child)
        return child

    def new(self, **kw: Any) -> Child:
        child = Child(first=len(self.children), **kw)
        self.children.append(child)
        return child

    def refer(self, event: _Event, clause_index: int, adjacent: bool) -> None:
        m = event.data
        order, youngest, later, pair = _orders(m)
        if order and not self.known_children and "胎" in m.group(0):
            # 头胎双胞胎 二胎是个小子: a multiple birth told before counts once
            order += sum(
                c.size - 1
                for c in self.children
                if c.birth_ref and c.order is not None and c.order < order and c.size > 1
            )
        if (
            order
            and not self.known_children
            and len(self.subject) == 1
            and self.subject[0].order is None
            and self.subject[0].size == 1
            and self.subject[0].birth is not None
            and self.subject[0].birth.kind == "date"
            and 0 <= clause_index - self.subject_clause <= 1
            and not any(c.order == order for c in self.children)
            and len(self.children) == 1
            and ORDER_AFTERWORD.fullmatch(m.string, m.start())
        ):  # "born 2nd jan 2026, a girl!! our 2nd": the baby just dated is that child (probe
            # en-9349 got the 1st)
            self.subject[0].order = order
            child = self.subject[0]
        elif order:
            child = self.by_order(order)
            child.reserves = child.reserves or bool(
                re.fullmatch(r"老大|大宝|大的|eldest|oldest|老\d|\d宝", m.group(0))
            )
            child.birth_ref = child.birth_ref or _names_a_birth(m)
            child.middle = child.middle or bool(m.group("middle"))
        elif youngest:
            child = next((c for c in self.children if c.youngest), None) or self.new(youngest=True)
        elif later and self.known_children >= 3:
            # 下面俩一个一米一 一个一米零五 of three known: the two youngest known
            self._set_subject(
                [self.by_order(self.known_children - 1), self.by_order(self.known_children)],
                clause_index,
                adjacent,
            )
            return
        elif later:
            group = self.new(later=True, size=2)
            child = group
        else:
            if pair == [-3, -2, -1]:  # 仨小的: the three youngest of the children known
                last = max(self.known_children, self.count_said or 0)
                if last < 3 and [c.order for c in self.children if c.order is not None] == [1]:
                    last = 4  # 老大7岁 仨小的是去年9月28生的三胞胎: the three after the eldest
                if last < 3:
                    return
                pair = [last - 2, last - 1, last]
            if pair == [-2, -1]:  # 俩小的: the two youngest of the children known
                last = self.known_children
                if last < 2 and self.count_said is not None and self.count_said >= 3:
                    last = self.count_said  # 仨娃 老大一米三 俩小的都一米: of the three said
                elif (
                    last < 2
                    and not self.counted
                    and not self.multiples_said  # 俩小的是龙凤胎: the twins, read as such
                    and [c.order for c in self.children if c.order is not None] == [1]
                ):
                    last = 3  # 老大一米三 俩小的都一米出头: the two after the eldest told
                if last < 2:
                    return
                pair = [last - 1, last]
            picked = [self.by_order(o) for o in pair]
            # 大的俩 … 下面还有个七岁的: the orders named, not taken by a child told after; not
            # "three kids: 11, 6 and one born last thursday … not with the older two", the
            # children told before it
            before = any(c.told and c not in picked for c in self.children)
            for child in picked:
                child.reserves = child.reserves or (pair[0] > 0 and not before)
            self._set_subject(picked, clause_index, adjacent)
            return
        self._set_subject([child], clause_index, adjacent)

    def _set_subject(self, children: list[Child], clause_index: int, adjacent: bool) -> None:
        if adjacent and self.subject_clause == clause_index:
            self.subject = [*self.subject, *[c for c in children if c not in self.subject]]
        else:
            self.subject = children
        self.subject_clause = clause_index

    def unnamed(
        self,
        word: str,
        clause_index: int,
        definite: bool = False,
        among: bool = False,
        theirs: bool = False,
        measured: bool = False,
    ) -> None:
        """`among`: said as one of the twins just named ("双胞胎里哥哥一米一"); `theirs`: the
        sibling of the children just told (他们五岁的姐姐), another child; `measured`: its height
        told right after it (姐姐1米2)."""
        if theirs:
            self._set_subject([self.new(word=word)], clause_index, False)
            return
        if self.subject and self.subject_clause == clause_index and not among:
            return  # "老大是个儿子", "大宝宝": the same child
        kin = [c for c in self.children if c.kin and _sex(c.kin) == _sex(word)]
        if (
            _sex(word)
            and len(kin) == 1
            and not kin[0].told
            and len({_sex(c.kin) for c in self.children if c.kin}) > 1
        ):  # 头胎闺女 二胎是双胞胎小子 | 闺女八岁 小子们三岁: the child named by order with that word
            self._set_subject(kin, clause_index, False)
            return
        told = [c for c in self.children if c.told]
        if definite and _sex(word) and len(told) == 1 and _sex(told[0].word) == _sex(word):
            self._set_subject(told, clause_index, False)
            return  # "when their son was born in 2021 … the boy is about 1.1 m": that son
        if word in ("she", "he") and len(self.subject) == 1 and self.subject[0].size == 1:
            self.subject_clause = clause_index
            return  # "dob 2020-11-23 and she's 118 cm": the child just told of
        group = self.subject[0] if len(self.subject) == 1 else None
        if (
            group is not None
            and word in ("哥哥", "姐姐", "弟弟", "妹妹")
            and group.size > 1
            and (
                not group.told
                # "孙女是双胞胎 6岁半 姐姐1米2", "twins, 6 and a half. the older twin 1m2": their
                # age told, then each one's height (not 上面还有个姐姐, an elder sibling)
                or (
                    measured
                    and group.birth is not None
                    and group.height is None
                    and group.below is None
                )
            )
            and (group.told or 0 <= clause_index - self.subject_clause <= 1)
        ):  # "龙凤胎 哥哥一米一 妹妹一米零六": each sibling word is one of the twins
            group.twin_of = group.twin_of or group.size
            elder = word in ("哥哥", "姐姐")
            place = group.twin_front if elder else group.twin_front + group.size - 1
            group.twin_front += 1 if elder else 0
            group.size -= 1
            member = self.new(word=word, order=group.order, birth=group.birth)
            member.twin_of, member.twin_place = group.twin_of, place
            if group.size == 1:
                group.twin_place = group.twin_front
            if group.order is not None:
                if word in ("哥哥", "姐姐"):
                    group.order += 1
                else:
                    member.order = group.order + group.size
            self.subject, self.subject_clause = [member], clause_index
            if group.size == 1:
                group.word = {"哥哥": "弟弟", "姐姐": "妹妹"}.get(word, "姐姐")
            return
        younger = ("弟弟", "妹妹")
        other_twin = [
            c for c in self.children
            if (c.word == word or (c.twin_of > 1 and word in younger and c.word in younger))
            and word in ("哥哥", "姐姐", "弟弟", "妹妹") and c.size == 1
            and c.birth is not None and c.height is None and c not in self.subject
        ]  # fmt: skip  # "双胞胎 6岁半 姐姐1米2 妹妹1米18": the other twin, its age told; 龙凤胎
        # 哥哥一米二 妹妹一米一五: the other twin is the sister whatever word it was left with
        if (
            other_twin
            and measured
            and len(self.subject) == 1
            and self.subject[0].birth is other_twin[-1].birth
            and self.subject[0].word in ("哥哥", "姐姐", "弟弟", "妹妹")
        ):
            self._set_subject(other_twin[-1:], clause_index, False)
            return
        same_word = [c for c in self.children if c.word == word and c.told]
        if (
            measured
            and len(same_word) == 1
            and same_word[0].size == 1
            and same_word[0].height is None
            and KIN_CHILD.fullmatch(word)
        ):  # 外孙女一岁零两个月 外孙三岁半 外孙都1米1了: the one grandson told, measured now
            self._set_subject(same_word, clause_index, False)
            return
        reuse = [
            c for c in self.children
            if c.order is None and not c.told and not c.youngest
            and not (c.size > 1 and ONE_CHILD_WORD.fullmatch(word))  # one baby is not the twins
            and not (_sex(c.word) and _sex(word) and _sex(c.word) != _sex(word))
        ]  # fmt: skip  # 生孙女那会儿… 孙子八岁了: the girl's birth told is not the boy
        if reuse:
            self._set_subject([reuse[-1]], clause_index, False)
            return
        if (
            self.subject
            and len(self.subject) == 1
            and not self.subject[0].told
            and not (
                word == "baby"
                and definite
                and self.subject[0].order is not None
                and self.subject[0].order < self.known_children
            )
            and not (self.subject[0].size > 1 and ONE_CHILD_WORD.fullmatch(word))
            and not (  # "by time laoer born … kids 6 and 2 now": all the children, not laoer
                PLURAL_CHILDREN.fullmatch(word) and self.subject[0].order is not None
            )
            and not (  # 生孙女那会儿领着 生孙子的时候没领: the boy is not the girl
                _sex(self.subject[0].word)
                and _sex(word)
                and _sex(self.subject[0].word) != _sex(word)
            )
        ):  # "for the older one no. the baby born last month yes": the youngest, another child;
            # "for the twins no. for our 2023 baby yes": one baby is not the twins
            return
        self._set_subject([self.new(word=word)], clause_index, False)

    def multiples(
        self,
        size: int,
        clause_index: int,
        dated: bool = False,
        alone: bool = False,
        definite: bool = False,
        apart: bool = False,
        had: bool = False,
        more: bool = False,
    ) -> None:
        """`more`: other multiples said (又/再/另一对, "another set of twins"). `alone`: the multiples word ends its clause (上周一出生 一对双胞胎), not 双胞胎哥哥们.
        `definite`: "the twins", said again of twins told before. `apart`: the child just named
        was counted as one (一个闺女一对双胞胎), so the multiples are other children. `had`: the
        multiples are said to be had already ("we have twins already who are 5"), children
        born, not the babies on the way told just before."""
        if had and any(c.pregnant for c in self.subject):
            self._set_subject([self.new(size=size)], clause_index, False)
            return
        told = [c for c in self.children if c.size == size and c not in self.subject]
        if told and not (dated or apart or had or more):
            # "twins born last month, they have a 4 year old. how much for the twins?": the
            # twins told before, said again, not the child just named
            self._set_subject([told[-1]], clause_index, False)
            return
        named = (
            [c for c in self.subject if c.order is not None]
            if self.subject_clause == clause_index
            else []
        )
        if len(named) >= 2:
            return  # 老二老三是双胞胎: already the two
        if len(named) == 1 and named[0].size == 1 and named[0].birth_ref and len(self.subject) == 1:
            named[0].size = size  # 二胎生了个龙凤胎: that birth was twins
            return
        if self.subject and self.subject_clause == clause_index and self.subject[0].later:
            return
        if (
            len(self.subject) == 1
            and (clause_index - self.subject_clause <= 1 or self.subject[0].seeded)
            and self.subject[0].pregnant
            and self.subject[0].size == 1
            and self.subject[0].birth is None
            and not (  # "twins 2 yrs old and the third baby coming …, the twins are our first"
                definite and any(c.size == size and c.birth is not None for c in self.children)
            )
        ):
            self.subject[
                0
            ].size = size  # 怀了二胎 还是双胞胎, the due date asked then 是双胞胎: twins
            return
        if (
            self.subject
            and not apart
            and clause_index - self.subject_clause <= 1
            and len(self.subject) == 1
            and self.subject[0].order is None
            and self.subject[0].size == 1
            and not (dated and self.subject[0].birth is not None)
            and (
                self.subject_clause == clause_index
                or self.subject[0].word
                in ("", "孩子", "娃", "宝宝", "小孩", "kids", "children", "babies")
                or (  # 上周一外孙女们出生 一对双胞胎: the birth just told, on a day, was twins
                    alone
                    and self.subject[0].birth is not None
                    and self.subject[0].birth.kind == "date"
                    and self.subject[0].birth.precision == "day"
                    and not self.subject[0].birth.approx
                )
            )  # "俩孩子都是20年的 双胞胎" are the twins; "my daughter is 5 and twins" are not
        ):
            self.subject[0].size = size  # "昨天剖的 双胞胎": the children just told of
            self.subject_clause = clause_index  # "born last saturday, twins, our 2nd and 3rd"
            return
        self._set_subject([self.new(size=size)], clause_index, False)

    def target(self, clause_index: int) -> list[Child]:
        """Whom a date or height with no child named before it belongs to."""
        if self.subject:
            return self.subject
        child = self.new()
        self._set_subject([child], clause_index, False)
        return self.subject


# A day something was done to a child (measured, checked, vaccinated, enrolled): not its birth.
CHILD_EVENT = re.compile(
    r"(?<!商)量|体检|检查|测(?:的|了|过|量|身高)|打(?:的)?疫苗|打针|入园|入学|开学|上学|报名|\bmeasured\b|check-?up"
)
# A number said first in a correction, with nothing it counts: "wait its 2", "sorry, 1 not 2".
BARE_RECOUNT = re.compile(
    r"\s*(?:(?:wait|sorry|no|nope|oops|actually|oh|不对|说错了|哦不)[\s,，!.]*)*"
    r"(?:it'?s|it is|is|是|only|just)?\s*(\d)(?![\d.])"
    r"(?!\s*(?:岁|个月|月|年|天|号|kids?|children|years?|yrs?|months?|weeks?|days?|cm|m\b|st|nd|rd|th))"
)
PLURAL_CHILDREN = re.compile(
    r"kids|kiddos|children|boys|girls|sons|daughters|grandkids|孩子们|other(?:s| [2-4])"
)
BARE_AGE = re.compile(r"\s*(1[0-7]|[1-9])\s*(?:了|啦)?\s*")
EACH_ONE = re.compile(r"(?:1个|另1个|另外1个)\s*(?:是|有)?\s*$")
BORN_ALREADY = re.compile(r"已经生|(?<![快要])生了|生的|出生了|出生的|生下来|落地")
NOT_BORN_YET = re.compile(
    r"没生|没出生|预产期|预计|\bdue\b|快(?:要)?生了|就要生了|马上(?:就)?要?生了"
)
ALL_OF_THEM = re.compile(
    r"都\s*(?:是|有|差不多|大概)?\s*$"
    r"|\b(?:both|all)(?: of them)?(?: are)?\s*(?:exactly|about|around|roughly|just|now)?\s*$"
)
GROWN_UP = re.compile(
    r"\b(?:husband|wife|father|mother|(?:grand)?(?:ma|pa|mum|mom|dad|mother|father)|granny|in-laws?|boss)\b|-in-law"
)
# A grown-up's working life ("she went back to work in august", "he quit his job in may",
# 她8月份回去上班了): the month of that, no birth.
# A length still to run after an amount of time ("2 months left", "3 weeks to go").
TIME_LEFT_EN = re.compile(r"\s*(?:left|to go|remaining|more to go)\b", re.I)
WORK_EVENT = re.compile(
    r"\b(?:(?:went|goes|go|gone|going|got|get|is|was) back (?:to|at) work|returned to work|back at work"
    r"|(?:quit|lost|losing|left|changed|started|found|got) (?:his|her|my|a|the|a new|her new|his new) jobs?"
    r"|(?:went|go|goes|going) to work|started (?:work|working)|(?:was|got) (?:fired|promoted)|laid off)\b"
    r"|(?:回去|回单位|重新|又)?上班了|复工|返岗|回去上班|换了?工作|找到工作"
)
ADULT = re.compile(r"我|老婆|老公|媳妇|丈夫|妻子|爸|妈|爷|奶|姥|wife|husband|\bi'm\b|\bi am\b")
SPAN_BEFORE_BIRTH = re.compile(
    r"(?:出生|生(?!病|活|意|气)|怀)[^，,\s]{0,3}?(?:之|以)?前(?:头|的)?\s*$"
)
# The same told in English, after the length: "paid for 12 months before the due date", "6 months
# of contributions", "do we need 12 months of insurance prior to the birth?": a length, no age.
SPAN_BEFORE_BIRTH_EN = re.compile(
    r"\s*(?:of (?:paid |paying )?(?:contributions?|payments?|premiums?|insurance|cover(?:age)?)\b"
    r"|(?:of \w+ )?(?:before|prior to|ahead of|in advance of) (?:the |her |his |our |my |a )?"
    r"(?:birth|due date|delivery)\b)"
)
# What was done for a child at an age, said right after it ("满7个月才参保的", "7个月的时候办的医保",
# "八个月大才上的户口", "she was 7 months old when we enrolled her"): the age at that act, not the
# child's age now, so no birth (tester 48 c04 got a new child "约2026年5月出生" from "满7个月才参保").
# A connective (才, 的时候, 以后 …) or a 的 after the act tells it is past: "7个月了 能参保吗" is
# the age now.
ACT_AT_ZH = (
    r"(?:参保|参加|参的|交|缴|办|上户|上的户|落户|入户|报(?:的)?户口|打(?:的|了)?(?:疫苗|针)|接种|入托|上托"
    r"|登记|申请|投保|买(?:的|了)?(?:医保|保险)|上(?:的|了)?(?:医保|保险)|入(?:的|了)?医保|加入)"
)
AGE_AT_ACT = re.compile(
    r"\s*(?:大|多)?\s*(?:(?:的时候|时候|时|那会儿?|那时候?|以后|之后|后|头上)\s*(?:才|就|又|再|都|还)?"
    r"|(?:才|就|又|再|都|还))\s*(?:给(?:她|他|它|孩子|娃|宝宝|小孩)?)?\s*(?:去|把\S{0,3})?\s*"
    + ACT_AT_ZH
    + r"|\s*(?:大|多)?\s*"
    + ACT_AT_ZH
    + r"[^，,。?？\s]{0,4}的"
    + r"|\s*(?:old)?\s*,?\s*(?:when|by the time|before)\s+(?:we|i|they|you|he|she|my \w+|her \w+|his \w+)\b"
    r"[^.?!,]{0,24}?\b(?:enrol\w*|signed|sign(?:ing)? (?:her|him|them|up)|regist\w*|insured|paid|pay(?:ing)?"
    r"|joined|appl\w*|got (?:her|him|them|the baby) (?:on|in|insured|enrolled|registered))",
    re.I,
)
# The act said before the age: "参保的时候孩子已经7个月了", "we enrolled her at 7 months".
ACT_BEFORE_AGE = re.compile(
    ACT_AT_ZH + r"[^，,。?？]{0,4}(?:的时候|时候|时|那会儿?)[^，,。?？]{0,8}$"
    r"|\b(?:enrol\w*|signed (?:her|him|them|the baby|up)|sign (?:her|him|them) up|registered|insured"
    r"|joined|paid|got (?:her|him|them|the baby) (?:on|in|insured|enrolled|registered))\b[^.?!]{0,40}?"
    r"\b(?:at|when (?:she|he|they|it|the baby) (?:was|were))\s+(?:about |around |only |just )?$",
    re.I,
)
NAMED_DAY = re.compile(
    r"今天|今早|今儿|昨天|昨儿|前天|大前天|today|this morning|tonight|last night|yesterday"
    r"|day before yesterday"
)
# The writer asking or looking things up (今天第一次上来问, 昨天刚打听的): the day of that act.
WRITER_ASKS = re.compile(
    r"问|咨询|打听|听说|查到|看到|上网|上来|打电话|发消息|留言|注册|登录"
    r"|\b(?:ask(?:ed|ing)?|found (?:out|this)|heard|called|signed up|registered)\b"
)
BARE_RELATIVE_YEAR = re.compile(r"^(?:大前年|前年|去年|今年|明年|last year|this year|next year)$")


# One of the children told of by the school it goes to, no age said: "一个上初中", "另一个读小学".
# 一个上初中; a child named by relation, with when it started: 外孙女今年上初中了, 大孙子都上小学了
SCHOOL_CHILD = re.compile(
    r"^\s*(?:(?:还有|另外|另|有)?1个|(?:俺家|我家|家里)?(?:大|小)?(?:外孙女?|孙女|孙子|闺女|女儿|儿子|孩子|哥哥|姐姐|大的))"
    r"\s*(?:今年|去年|已经|都|在|刚)*(?:上|读|念)\s*"
    r"(?:(?P<stage>幼儿园|托班|小学|初中|高中|大学)|(?P<grade>\d)年级|初(?P<middle>[1-3])|高(?P<high>[1-3]))"
)
STAGE_YEARS = {"托班": 2, "幼儿园": 3, "小学": 6, "初中": 12, "高中": 15, "大学": 18}


# A part about buying a home ("want to buy our first flat next year", 明年打算买房), with no child
# or birth in it: its date is the purchase's, no birth or due date.
HOME_PLAN = re.compile(
    r"\bbuy(?:ing)?\b[^,.;]{0,30}\b(?:flat|house|home|apartment)\b|买房|购房|买首套|买套房"
)
CHILD_IN_PART = re.compile(
    r"born|bab(?:y|ies)|\bdue\b|pregnan|\bkids?\b|child|twins|生|怀|预产|孩子|娃|宝|老[大二三\d]"
)


def _of_a_home_plan(mention: Mention, pieces: list[tuple[int, str]]) -> bool:
    """The date is said in a part about buying a home that names no child or birth."""
    for offset, clause in pieces:
        if offset <= mention.start < offset + len(clause):
            return bool(HOME_PLAN.search(clause)) and not CHILD_IN_PART.search(clause)
    return False


def _older_in_school(
    pieces: list[tuple[int, str]], mentions: list[Mention], told: list[Child], today: date
) -> int:
    """How many children told of only by their school ("两个 一个上初中 一个刚满一周岁") are older
    than every child whose age is told: they take the first orders."""
    aged = [c.birth.value for c in told if c.birth is not None and c.birth.kind in ("age", "date")]
    if not aged:
        return 0
    older = 0
    for offset, clause in pieces:
        m = SCHOOL_CHILD.match(clause)
        if m is None or any(
            offset + m.end() <= x.start < offset + len(clause) for x in mentions
        ):  # 今年 before 上初中 is when school began, no birth
            continue
        years = (
            STAGE_YEARS[m.group("stage")] if m.group("stage")
            else 5 + int(m.group("grade")) if m.group("grade")
            else 11 + int(m.group("middle")) if m.group("middle")
            else 14 + int(m.group("high"))
        )  # fmt: skip
        if all(add_months(today, -12 * years) < born for born in aged):
            older += 1
    return older


# "twins yesterday!!", "triplets this morning": the multiples named, then the day, alone.
MULTIPLES_BEFORE = re.compile(r"(?:" + MULTIPLES.pattern + r")\s*(?:-|:)?\s*$")


def _multiples_on_the_day(clause: str, start: int, end: int) -> bool:
    """ "twins yesterday!! 2 girls": a multiple birth said with a named day alone is its birth."""
    return bool(MULTIPLES_BEFORE.search(clause, 0, start)) and bool(ALONE_AFTER.match(clause, end))


# A hukou move a date is of (下个月把户口迁到济南, 孩子户口年底落过来, "we'll move the kids' hukou
# to jinan next month"), and the words of a birth or a pregnancy that would make it a child's.
HUKOU_MOVE_DATED = re.compile(
    r"户口.{0,10}(?:迁|转|落|挪|办过|弄过)|(?:迁|落|转)户口?|入户"
    r"|\bhukou\b.{0,30}\b(?:mov|transfer|chang|regist)|\b(?:mov|transfer|chang|regist)\w*\b.{0,30}\bhukou\b",
    re.I,
)
BIRTH_OR_DUE = re.compile(
    r"生|出生|预产|怀|落地|\bborn\b|\bdue\b|pregnan|expect|\bbirth|deliver", re.I
)


def _about_a_child(
    clause: str,
    offset: int,
    events: list[_Event],
    story: _Story,
    asked: str | None,
    mention: Mention,
    whole: str = "",
    mentions: list[Mention] | None = None,
) -> bool:
    """Whether a date or age in `clause` is a child's: a child or a birth is named beside it,
    or the talk is still of a child; never a date of hukou, housing fund, leave or benefits, nor
    the day a child was measured or checked (昨天刚量, 上个月体检), nor the day of another event
    in the child's life (出院, 抓周: "上礼拜体检1米31")."""
    said = clause[mention.start - offset : mention.end - offset]
    if (
        mention.kind == "date"
        and HUKOU_MOVE_DATED.search(clause)
        and not BIRTH_OR_DUE.search(clause)
    ):
        return (
            False  # 下个月把俩孩子户口迁到济南: the month of a hukou move, no birth (tester 36 c09)
        )
    if mention.kind == "age" and SPAN_BEFORE_BIRTH.search(clause, 0, mention.start - offset):
        return False  # "老三出生前头俩月 低保批下来了": a time before the birth, no age
    if mention.kind == "age" and SPAN_BEFORE_BIRTH_EN.match(clause, mention.end - offset):
        return False  # "12 months of contributions before the due date": a length, no age
    if mention.kind == "age" and TIME_LEFT_EN.match(clause, mention.end - offset):
        return False  # "she has 2 months left" of her maternity leave: a length, no age
    if mention.kind == "age" and (
        AGE_AT_ACT.match(clause, mention.end - offset)
        or ACT_BEFORE_AGE.search(clause, 0, mention.start - offset)
    ):
        return False  # "满7个月才参保的": the age at the enrolment, not the child's age now
    if (
        (
            mention.kind == "date"
            or (
                mention.kind == "age"
                and (re.search(r"前|上|last|ago", said) or mention.months is None)
            )
        )
        and (CHILD_EVENT.search(clause) or OTHER_EVENT.search(clause) or WORK_EVENT.search(clause))
        and not BIRTH_WORD.search(
            THING_CAME.sub(" ", CHILD_PARTY.sub(" ", re.sub(r"医生|学生|卫生|生日", "", clause)))
        )
    ):
        return False
    if mention.kind == "date" and PARTY_AFTER.match(clause, mention.end - offset):
        return False  # 上个月生的二宝这个月办满月酒: the party's month, the birth's told apart
    if (
        mention.kind == "date"
        and (
            SINCE_BEFORE.search(clause, 0, mention.start - offset)
            or WRITER_WILL.search(clause)
            or said == "tonight"  # "will ask my son, the twins' dad, tonight": a day to come
        )
        and not BIRTH_WORD.search(clause)
    ):
        return False  # "on dibao since 2024", "let me ask my son tonight": no birth's day
    if (
        mention.kind == "date"
        and FROM_BEFORE.search(clause, 0, mention.start - offset)
        and not BIRTH_WORD.search(clause)
        and not any(e.what in ("ref", "unnamed", "multiples", "pregnant") for e in events)
    ):
        return False  # "we were NOT on dibao yet, only from '22": when the benefit began
    if mention.kind == "date" and (
        PARENT_EVENT_AFTER.match(clause, mention.end - offset)
        or PARENT_EVENT_BEFORE.search(clause, 0, mention.start - offset)
    ):
        return False  # "老公去年失业了 生孩子那会…": the date of the job lost, not a birth
    if (
        mention.kind == "date"
        and STATE_CHANGED_BEFORE.search(clause, 0, mention.start - offset)
        and not BIRTH_WORD.search(clause.replace("came off", ""))
    ):
        return False  # "it only started in 2023", "they changed it in 2024": no birth's day
    if mention.kind == "date" and BENEFIT_GOT_AT.search(clause, 0, mention.start - offset):
        return False  # "they got dibao last yr so it covered the birth of …": the benefit's time
    if mention.kind == "date" and ENROLLED_AT.search(clause, 0, mention.start - offset):
        return False  # "baby joined the resident medical insurance in March 2023": no birth
    if mention.kind == "date" and BENEFIT_BEGAN_AFTER.match(clause, mention.end - offset):
        return False  # 生的时候没领失业金 今年7月才开始领: when the benefit began, no birth
    if (
        mention.kind == "date"
        and THAT_WAS.search(clause, 0, mention.start - offset)
        and household.HARDSHIP.search(whole)
        and not BIRTH_WORD.search(whole)
    ):
        return False  # "not on dibao now, that was last year": the benefit's time, no birth
    if (
        mention.kind == "date"
        and NAMED_DAY.fullmatch(said)
        and STILL_SO.search(clause)
        and not BIRTH_WORD.search(clause)
    ):
        return False  # "tekun when the baby arrived, | and today still": now, no birth's day
    if (
        mention.kind == "date"
        and NAMED_DAY.fullmatch(said)
        and WRITER_ASKS.search(clause)
        and not BIRTH_WORD.search(clause)
        and not PREGNANT.search(clause)
    ):
        return False  # 上周四生完 … 今天第一次上来问: the day of the asking, not a birth
    if (
        mention.kind == "date"
        and NAMED_DAY.fullmatch(said)
        and not story.birth_said
        and asked not in CHILD_ASKS
        and not _multiples_on_the_day(clause, mention.start - offset, mention.end - offset)
    ):
        return False  # "so tired today, the baby cried all night": a day with no birth told
    children = [e for e in events if e.what in ("ref", "unnamed", "multiples", "pregnant")]
    if children and not (
        all(e.what == "unnamed" and e.data in ("he", "she") for e in children)
        and GROWN_UP.search(clause)
    ):  # "my father-in-law retired in december so he stopped": he is no child
        return True
    if mention.kind == "pregnancy":
        return True
    if BIRTH_WORD.search(THING_CAME.sub(" ", clause)) and not re.search(r"生育|津贴|生活", clause):
        return True
    if (
        mention.kind == "age"
        and re.search(r"(?:yo|y/o|(?:year|yr|month|mo)s?[- ]old)$", said)
        and re.search(r"\b(?:our|my|a|an|his|her|their)\s+$", clause[: mention.start - offset])
    ):
        return True  # "would it apply to our 1 yo?": a child named by its age
    if OTHER_TOPIC.search(clause) or (mention.kind == "date" and RETURNED.search(clause)):
        return False  # "(two daughters, aged 10 and 7) returned from abroad last month"
    if mention.kind == "date" and story.birth_said:
        return True  # "生日 2023/10/08"
    if mention.kind == "date" and _dated_then_named(clause, offset, mention, whole):
        return True  # "dec 28 last year, our second": the day, then the child born on it
    if (
        mentions
        and "?" not in whole
        and all(m.kind == "age" for m in mentions)
        and _ages_listed(whole, mentions, mention)
        and all(m.months is not None and m.months < 12 * 18 for m in mentions)
    ):
        return True  # "3 yrs 2 months and 11 months", "18 months and 3 and a half": children's ages
    said = clause[mention.start - offset : mention.end - offset]
    if mention.kind == "age" and re.search(r"old$|大$|yo$", said):
        return True  # "a 3-month-old", "8个月大"
    if mention.kind == "age" and "岁" in said and not ADULT.search(clause):
        return True  # 刚满两岁: only children's ages are told here
    return (
        story.counted
        or bool(story.subject)
        or asked in CHILD_ASKS
        or (story.correcting and story.known_children > 0)
    )


# "dec 28 last year, our second", "sept 2, our third": a date alone, then the child it is of.
CHILD_NAMED_NEXT = re.compile(
    r"\s*[,;:-]\s*(?:(?:and|that's|thats|it's|its|that was|was)\s+)?(?:our|my|the)\s+"
    r"(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|eldest|oldest|youngest|baby|newest"
    r"|last|little one|new baby|daughter|son|boy|girl)\b(?:\s+(?:one|child|kid|baby|son|daughter))?"
    r"\s*(?:[.!;,]|$)"
)


def _dated_then_named(clause: str, offset: int, mention: Mention, whole: str) -> bool:
    """A clause that is only a date, with the next clause only naming a child ("dec 28 last
    year, our second", "sept 2, our third."): that child's birth day."""
    if not whole or clause.strip() != clause[mention.start - offset : mention.end - offset]:
        return False
    return bool(CHILD_NAMED_NEXT.match(whole, mention.end))


# "we've been on dibao 6 months", "husband getting 失业金 4 months now": how long a benefit has
# been had, right after its name.
BENEFIT_FOR = re.compile(
    r"(?:dibao|tekun|低保|特困(?:供养)?|失业金|失业保险|unemployment(?: money| benefits?| pay| insurance)?"
    r"|welfare|benefits?|gongjijin|公积金|housing fund|shebao|社保|insurance|maternity leave)"
    r"\s*(?:for\s+|now\s+|already\s+)?$"
)
# "dibao started when he was 6 months old": the child's age at another time, not today.
AGE_THEN = re.compile(
    r"\b(?:when|since|after|before|by the time) (?:he|she|they|it|the baby|our \w+|my \w+)"
    r"(?:'s| was| were| turned| got to)\s*$"
)


# "been at nursery 6 months", "been in daycare for 2 months", "been living here 3 months": how
# long someone has been somewhere or doing something, not an age.
BEEN_SOMEWHERE = re.compile(
    r"\bbeen (?:at|in|on|to|with|going|living|staying|working|attending|paying|back)\b"
    r"[^,.;!?\d]{0,25}$"
)


# 断了才半个月老二就出来了, 失业金停了不到俩月就生了: the time since a benefit stopped, no age.
SINCE_A_STOP = re.compile(
    r"(?:断|停|领完|吃完|到期|取消|下岗|失业)(?:了|掉)?(?:以后|之后|后)?\s*(?:才|刚|就|不到|没|刚好|正好|有)?"
    r"(?:过)?(?:了)?\s*$"
)


def _a_span(before: str, mention: Mention) -> bool:
    """Whether an age in months, after the text `before` it, is a length of time or an age at
    another time: "on dibao 6 months", "失业金 4 months now", "when he was 6 months old",
    "been at nursery 6 months"."""
    if mention.kind != "age":
        return False
    before = before[-40:]
    if SINCE_A_STOP.search(before):
        return True  # 断了才半个月老二就出来了: the time from the stop to the birth
    if mention.months is None:
        return False
    return bool(
        BENEFIT_FOR.search(before) or AGE_THEN.search(before) or BEEN_SOMEWHERE.search(before)
    )


# A benefit got, said right before a time ("they got dibao last yr", "went on tekun in 2023",
# "approved for shiyejin in may"): that time is the benefit's, whatever birth is said after it.
BENEFIT_GOT_AT = re.compile(
    r"\b(?:got|get|started|began|went on|go on|approved for|applied for|started getting|"
    r"began getting)\s+(?:on\s+)?(?:the\s+)?(?:dibao|tekun|shiyejin|unemployment (?:benefits?|money|"
    r"insurance|pay)|special hardship(?: support)?)\s*(?:in|since|from|around|about)?\s*$",
    re.I,
)
# An enrolment's time said after it: "joined the resident medical insurance in march 2023",
# "enrolled in insurance two months later", "signed him up for medical insurance in may".
ENROLLED_AT = re.compile(
    r"\b(?:joined|enrolled|enroll?ed|signed (?:up|\w+ up)|registered|insured|got (?:\w+ )?insured)"
    r"\b[^,.;!?]{0,50}?\b(?:insurance|yibao|medical|scheme|plan)\b[^,.;!?]{0,10}?"
    r"\b(?:in|on|since|around|from|by)?\s*$",
    re.I,
)
# A benefit begun at the time just said (今年7月才开始领, 去年才吃上低保, 上个月刚批下来): no birth.
BENEFIT_BEGAN_AFTER = re.compile(
    r"\s*(?:份|的时候|那会儿?)?\s*(?:才|就|刚|又|也)?\s*(?:开始|刚)?\s*"
    r"(?:领(?!证|养)|吃上|吃的低保|(?<=开始)吃|批(?:下来|了)|办(?:下来|上)|申请(?:上|下来)"
    r"|评上|评(?:下来|定)|定上|纳入)"  # 今年三月才评上的 (低保户 said before)
)  # 今年8月才开始吃的 (低保 said before): the benefit's start (tester 117 p6 got 老二 born then)
# The first year of a benefit's time, then "to": "on tekun from 2017 to 2021", "dibao 2019-2022".
SPAN_OPENED = re.compile(
    r"(?:\b(?:from|since)\s+|(?:" + household.HARDSHIP.pattern + r")\s+)(?:19|20)\d{2}"
    r"\s*(?:to|until|till|til|through|thru|-|~)\s*$"
)


# A benefit's name, or "from", before a year that opens a time: "tekun 2016-2020".
SPAN_OPENER = re.compile(r"(?:\b(?:from|since)|" + household.HARDSHIP.pattern + r")\s*$")
SPAN_CLOSED = re.compile(r"\s*(?:to|until|till|til|through|thru|-|~)\s*(?:19|20)\d{2}\b")


def _end_of_a_span(before: str, after: str, mention: Mention) -> bool:
    """A year opening or closing a time a benefit was held ("we were on tekun from 2017 to
    2021", "tekun 2016-2020"): an end of that time, no birth year."""
    if mention.precision != "year":
        return False
    closed = SPAN_CLOSED.match(after)
    return (
        bool(SPAN_OPENED.search(before))
        or bool(SPAN_OPENER.search(before) and closed)
        # "2016 to 2020 on tekun": the years first, the benefit right after them
        or bool(closed and BENEFIT_AFTER_SPAN.match(after, closed.end()))
        or bool(YEAR_THEN_TO.search(before) and BENEFIT_AFTER_SPAN.match(after))
    )


# When a benefit held stops: "he's on unemployment benefit now but it ends in january", 失业金1月份
# 就停了 — the month the benefit ends, no birth or due date (tester 37 r01: a baby due in March
# was put in January).
BENEFIT_ENDS_BEFORE = re.compile(
    r"\b(?:it|that|which|this|benefits?|dibao|tekun|payments?|support|shiyejin)\s+"
    r"(?:ends|ending|stops|stopping|runs out|finishes|expires|will (?:end|stop|run out|finish|expire)"
    r"|is (?:ending|stopping|running out)|ended|stopped|ran out|expired)"
    r"\s+(?:in|on|at the end of|by|around|after)?\s*$"
)
# 失业金……24年就不领了, 低保去年6月就没了, 23年底就取消了: a year or month the benefit told
# earlier in the message stopped, no birth (tester 52 c09 read 24年就不领了 as the eldest born 2024).
BENEFIT_ENDS_AFTER = re.compile(
    r"\s*(?:份)?(?:底|末)?(?:的时候|那会儿?)?(?:就|才|也|已经|就已经|刚刚?|才刚)?"
    r"(?:到期|停发?|断|领完|结束|不(?:再)?(?:领|给|发)|没(?:再)?领|没(?:有)?了|取消|退出)"
)


# A benefit still held at a time ("he'll still be on it in March", "still getting dibao by
# then, in march", "we'll be on unemployment in april"): the time it is held, no birth (tester 47
# c05 read "on it in March" as the eldest born March 2026).
BENEFIT_HELD_BEFORE = re.compile(
    r"\b(?:be|is|are|was|were|been|stay|stays|remain|remains|'s|'re|'ll be|still)\s+"
    r"(?:still\s+)?(?:on|getting|receiving|claiming|drawing|collecting)\s+"
    r"(?:it|that|them|this|those|(?:the |his |her |our |my )?(?:dibao|tekun|shiyejin|benefits?"
    r"|unemployment(?: benefits?| insurance| money| pay)?|welfare|hardship(?: support)?|support))"
    r"(?:\s+(?:still|then|too|as well))?\s+(?:in|by|until|till|through|at|around|come)\s*$"
)


def _a_benefits_end(before: str, after: str, told_before: str = "") -> bool:
    """A date that is the end of a benefit named in its clause or earlier in the message
    (`told_before`: 生的时候在领失业金 24年就不领了), or a time it is still held ("he'll still be
    on it in March"): no birth or due date."""
    if BENEFIT_ENDS_BEFORE.search(before) or BENEFIT_HELD_BEFORE.search(before[-60:]):
        return True
    return bool(
        BENEFIT_ENDS_AFTER.match(after)
        and (household.HARDSHIP.search(before) or household.HARDSHIP.search(told_before[-80:]))
    )


# The end of a payment told by its date: 到27年9月, 领到2027年9月, 发到明年3月, "until sept 2027",
# "till march 2028", "paid up to / through sept 2027" — when a subsidy stops, never a birth or a
# due date (tester 45 c04: "双胞胎每人600 一共1200 到27年9月" made two more children due). Not a
# date moved (预产期推迟到4月) nor a birth told at that time (等到明年3月生, "until march when
# the baby is due").
PAYMENT_END_BEFORE = re.compile(
    r"(?:(?<![推迟延改挪等前])到|\b(?:until|till|til|up to|up until|through|thru)"
    r"(?:\s+(?:about|around|roughly|the end of|end of|mid|early|late))?\s*)\s*$"
)
BIRTH_AFTER_END = re.compile(
    r"\s*(?:份)?(?:底|初|中旬)?(?:就|才|再|的时候|时|那会)?\s*(?:要|该)?(?:生|出生|出世|预产|落地)"
    r"|[^.?!;]{0,24}\b(?:born|due|arriv\w*|birth)\b"
)


DUE_BEFORE_END = re.compile(r"预产期[^，,。\s]{0,3}$")


# A time in which a payment is asked of or told, not a birth: 那二孙女这个月还能领吗 (tester 47 c2
# got "老二2026年12月出生"), 今年还发不发, "this month can we still get it".
PAID_IN_THAT_TIME = re.compile(
    r"\s*(?:的钱|的补贴)?\s*(?:还|也)(?:能|可以|会)?(?:领|发|拿|有)(?:不|没|吗|么|了吗|没有)?"
    r"(?![\u4e00-\u9fff]{0,2}(?:生|出生))"
)


# An age a child reaches at a date (今年8月份满9个月, 明年3月就满三岁): when, not a birth or due date.
AGE_REACHED_THEN = re.compile(
    r"\s*(?:份)?(?:底|初)?\s*(?:就|才|正好|刚好)?满\s*\d{1,2}\s*(?:个月|周岁|岁)"
    # 今年1月参保的: when the child was insured; 去年过的5岁生日: when a birthday was held
    r"|\s*(?:份)?\s*(?:就|才)?(?:参保|参的保|投保|上的医保|办的医保|交的医保|入的医保)"
    r"|\s*(?:过的|过了)\s*\d{1,2}\s*(?:周)?岁生日"
)
# A birth denied at a date (没有2026年生的孩子): no child then.
NO_BIRTH_THEN = re.compile(r"(?:没有|没)\s*$")


def _end_of_a_payment(before: str, after: str) -> bool:
    """A date after 到 / "until" / "up to": when a payment ends, no birth or due date (not
    预产期到明年4月, the due date itself)."""
    end = PAYMENT_END_BEFORE.search(before)
    return (
        end is not None
        and not BIRTH_AFTER_END.match(after)
        and not DUE_BEFORE_END.search(before, 0, end.start())
    )


# A time asked about by its ends: "from Jan 2027 till she turns 3", 从明年1月到她满3岁, "from
# march 2027 to aug 2028": the first month of a payment, and the age it runs to, never a birth
# or a due date (tester 47 c10 got "the 3rd child due January 2027" from a hukou move).
SPAN_START_BEFORE = re.compile(
    r"(?:\b(?:from|starting(?: from| in)?|beginning(?: in)?|since)"
    r"(?:\s+(?:about|around|early|late|mid|the start of|the beginning of))?|从|自)\s*$"
)
SPAN_START_AFTER = re.compile(
    r"\s*(?:份)?(?:起|开始)?\s*,?\s*(?:\b(?:to|until|till|til|through|thru|up to|up until)\b"
    r"|到|至|-|~)"
)
AGE_REACHED_BEFORE = re.compile(
    r"(?:到|直到|等到|一直到)\s*(?:他|她|孩子|娃|宝宝|小孩|老\d\u2060?)?\s*(?:满)?\s*$"
    r"|\b(?:until|till|til|up to|to)\s+(?:(?:he|she|they|it|the (?:child|baby|kid))"
    r"(?:'s|'re|\s+(?:turns?|is|are|reach(?:es)?|gets?))|age|the age of)\s*$"
)


BIRTH_BEFORE_SPAN = re.compile(r"\b(?:due|born|birth|deliver\w*|expect\w*)\b|预产|出生|生", re.I)


def _start_of_a_span(before: str, after: str, mention: Mention) -> bool:
    """A date that opens a time running to another date or an age ("from Jan 2027 till she
    turns 3"), or an age a child will reach (到她满3岁, "until she's 3"): when a payment runs,
    not a birth."""
    if mention.kind == "age":
        return bool(AGE_REACHED_BEFORE.search(before[-24:]))
    if BIRTH_AFTER_END.match(after) or BIRTH_BEFORE_SPAN.search(before[-30:]):
        return False  # "due from march to april": the birth's own time
    return bool(SPAN_START_BEFORE.search(before)) and bool(SPAN_START_AFTER.match(after))


# The benefit named right after a time of years: "2016 to 2020 on tekun", "2019-2022 we had dibao".
BENEFIT_AFTER_SPAN = re.compile(r"[^,.;!?]{0,16}?(?:" + household.HARDSHIP.pattern + r")")
YEAR_THEN_TO = re.compile(r"(?:19|20)\d{2}\s*(?:to|until|till|til|through|thru|-|~)\s*$")


# A date said on its own, between the message's ends or punctuation: "2024, december the 1st,".
ALONE_BEFORE = re.compile(r"(?:^|[,.;!?:，。；！？：])\s*$")
ALONE_AFTER = re.compile(r"\s*(?:[,.;!?:，。；！？：]|$)")


def _dated_by_an_age(mention: Mention, mentions: list[Mention], today: date, whole: str) -> bool:
    """ "2024, december the 1st, exactly a year ago today": a past day said on its own that an
    age said in the same message puts in its month (or the next or last) is the birth of the
    child of that age."""
    if mention.kind != "date" or mention.precision != "day" or mention.value > today:
        return False
    if not (ALONE_BEFORE.search(whole, 0, mention.start) and ALONE_AFTER.match(whole, mention.end)):
        return False
    month = mention.value.year * 12 + mention.value.month
    return any(
        other.kind == "age" and abs(other.value.year * 12 + other.value.month - month) <= 1
        for other in mentions
    )


# "this years money", "last year's subsidy": a thing of that year (not "this year's baby").
YEARS_THING = re.compile(
    r"(?:'s|s)\s+(?!(?:baby|babies|one|ones|kids?|child|children|boy|girl|twins|birth)\b)[a-z]"
)


def _not_a_birth_year(clause: str, offset: int, mention: Mention) -> bool:
    """今年 / 去年 alone is a birth year only beside a birth or a child ("老二今年", "去年生的"),
    not "女儿今年上小学"."""
    said = clause[mention.start - offset : mention.end - offset]
    if not BARE_RELATIVE_YEAR.match(said):
        return False
    after = clause[mention.end - offset :]
    if re.search(r"\bfor\s*$", clause[: mention.start - offset]):
        return True  # "eligible for this year"
    if YEARS_THING.match(after):
        return True  # "do we still get this years money": the year's payment, no birth year
    return not (
        BIRTH_WORD.search(clause)
        or PREGNANT.search(clause)
        or re.search(PLANNED, clause)  # 打算明年要二胎
        or re.match(r"\s*(?:的|了)?\s*$", after)
        or YEAR_THEN_CHILD.match(after)  # "the year before last our son, this year twins"
    )


# The child alone after a year, the clause ending there: "this year twins", "last year a girl",
# "last year, our son", 去年双胞胎 (not "this year our son starts school").
YEAR_THEN_CHILD = re.compile(
    r",?\s*(?:then |and )?(?:(?:a|an|our|my|the|another|1|2|3) )?(?:little |baby |twin |new )?"
    r"(?:twins|triplets|baby|babies|boy|boys|girl|girls|son|sons|daughter|daughters|grandson"
    r"|granddaughter|kid|child|1|one)\s*(?:!+)?\s*$|\s*(?:又|是)?(?:1对)?(?:双胞胎|龙凤胎|[三3]胞胎)\s*$"
    # 大前年一个 前年一个 去年又添了一个: one child each year, counted
    r"|\s*(?:又|也)?(?:添了|生了|有了|来了|要了)?\s*1个(?:闺女|儿子|丫头|小子|孩子|娃|男孩|女孩)?\s*$"
)


# A child named by the year it was born: "for the 2023 one", "the 19 one", "the '22 baby".
YEAR_NAMING = re.compile(
    r"\bthe '?(?P<y>(?:20)?\d{2}) (?:one|1|kid|child|baby|boy|girl|son|daughter)\b"
)


def _year_of_a_child_told(clause: str, offset: int, mention: Mention, story: _Story) -> bool:
    """A year naming a child already told with it ("kids born 2019 and 2023. for the 2023 one
    …"): that child named again, no new birth."""
    if mention.precision != "year":
        return False
    start = mention.start - offset
    named = YEAR_NAMING.search(clause, max(0, start - 5))
    return (
        named is not None
        and named.start("y") <= start < named.end("y")
        and any(c.birth is not None and c.birth.iso == mention.iso for c in story.children)
    )


# A date said to be someone else's, no child of the family: 一六年那是她表哥, 2015年的是我侄子,
# 一八年生的那个是邻居家的.
ANOTHERS_DATE = re.compile(
    r"\s*(?:年)?(?:生|出生)?的?\s*(?:那|这)?(?:个|位)?\s*(?:是|说的是|指的是|那是|那个是)\s*"
    r"(?:她|他|我|俺|咱|我们|俺们|咱们|孩子|娃)?(?:家)?(?:的)?\s*"
    r"(?:表[哥姐弟妹兄]|堂[哥姐弟妹兄]|侄[子女儿]|外甥|亲戚|邻居|朋友|同事|别人)"
)


def _date_of_another(after: str) -> bool:
    """ "一六年那是她表哥": the date just said belongs to a relative or someone else, not to a
    child of the family."""
    return ANOTHERS_DATE.match(after) is not None


# Between an age and a date: the next of several children listed, not the same birth again.
LISTED = re.compile(r"和|跟|还有|以及|、|另外|外加")
NAMING = re.compile(
    # 是我孙子家的老二, 是闺女家的老三: the order in a relative's household
    r"(?:这是|这个是|是)(?:(?:我们|我|咱|俺)?(?:孙子|孙女|儿子|闺女|女儿|外孙女?)家的?|(?:我们|我|咱|俺)家的?)?\s*$|(?:this is|it's|it is|that's|that is|that'll be|that will be|it'll be|it will be)(?: our| my| the)?\s*$"
)


# A date said again in other words, right after the first: "去年十月生的，就是2025年10月",
# "born last october, that's october 2025".
DATE_RESTATED = re.compile(
    r"(?:也就是|就是|即|i\.?e\.?|that'?s|that is|which is)\s*(?:说)?\s*(?:in\s+)?$",
    re.IGNORECASE,
)


def _refines(before: Mention, after: Mention) -> bool:
    """A date that says more precisely the same birth: 2022, then December 2022; "feb", then
    "feb 20"."""
    if before.kind != "date" or after.kind != "date":
        return False
    if before.precision == "month" and before.floating and not after.floating:
        # 是十一月 二零年十一月: the month said without its year, then with it
        return after.value.month == before.value.month
    if before.precision == "month":  # "may 2024, on may 5th": the day said without its year
        return (
            after.precision == "day"
            and after.value.month == before.value.month
            and (after.value.year == before.value.year or after.floating)
        )
    if before.precision != "year":
        return False
    return after.precision != "year" and after.value.year == before.value.year


def _day_of_the_month(day: Mention | None, month: Mention) -> bool:
    """`month` (去年10月, "last october") names the month of `day`, a day said without its year
    (10月18号, "oct 18"): the same birth, its year told."""
    return (
        day is not None
        and day.kind == "date"
        and day.floating
        and day.precision == "day"
        and month.precision == "month"
        and not month.floating
        and day.value.month == month.value.month
    )


def _in_year_of(mention: Mention, before: Mention | None) -> Mention:
    """A day said without its year ("may 5th"), in the year of the month said before it."""
    if before is None or mention.value.year == before.value.year:
        return mention
    try:
        return replace(mention, value=mention.value.replace(year=before.value.year))
    except ValueError:  # 29 February
        return mention


def _same_age_again(mention: Mention, targets: list[Child], kinds: list[str]) -> bool:
    """An age said again of the child just told of, in a clause naming no child ("两个月 出了满月
    没多久"): within a few months of the first, it cannot be a brother or sister (twins aside)."""
    if mention.kind != "age" or any(k in ("ref", "unnamed", "multiples") for k in kinds):
        return False
    return all(
        c.birth is not None
        and c.birth.kind == "age"
        and c.size == 1
        and abs((c.birth.value - mention.value).days) < 240
        for c in targets
    )


def _order_named_again(
    mention: Mention,
    targets: list[Child],
    events: list[_Event],
    event: _Event,
    story: _Story,
    index: int,
    whole: str,
) -> bool:
    """One child named by its order again in this clause with a second age ("老大5岁 … 老大今年7岁",
    "the eldest is 5, sorry the eldest is 7"): the same child, the later age a self-correction,
    not another child."""
    refs = [e for e in events if e.what == "ref" and e.end <= event.start]
    return (
        mention.kind == "age"
        and len(targets) == 1
        and targets[0].order is not None
        and targets[0].size == 1
        and targets[0].birth is not None
        and targets[0].birth.kind == "age"
        and story.subject_clause == index
        and bool(refs)
        and _orders(refs[-1].data)[0] == targets[0].order
        and whole.count(refs[-1].data.group(0)) >= 2  # the very word again, not "big sis … big bro"
    )


# Between a child's date and a second date that puts it right: nothing but the first date's
# tail (的, 生的, "born") and a correction's words ("不对", "哦不", "no wait", "sorry").
PUT_RIGHT_BETWEEN = re.compile(
    r"[\s的生出是了年,，。.…!！~、-]*"
    r"(?:(?:不对|不是(?:\s*(?:19|20)?\d{2}\s*年?(?:\s*\d{1,2}\s*月)?(?:份)?(?:生的|的)?)?|哦不|啊不|呃不|不不|说错了?|记错了?|错了|口误|应该是|其实是?|实际上?是?|准确说|准确地说|确切地?说"
    r"|\bno\b|\bnope\b|\bwait\b|\bsorry\b|\boops\b|\bactually\b|\bi mean\b|\bi meant\b"
    r"|\bmy bad\b|\brather\b|\bcorrection\b|\bit was\b|\bit'?s\b|\bis\b|\bwas\b|\bin\b|\bon\b|是)"
    r"[\s,，。.…!！~、:：-]*)*",
    re.I,
)
ORDER_NAMED_AGAIN = re.compile(
    r"老[\d大小]\u2060?|大的|小的|[大小\d]宝\u2060?|\b(?:the )?(?:eldest|oldest|youngest)\b"
)
CORRECTION_SAID = re.compile(
    r"不对|不是|哦不|啊不|呃不|不不|说错|记错|错了|口误|应该是|其实|实际上?是|准确|确切"
    r"|\b(?:no|nope|wait|sorry|oops|actually|i mean|i meant|my bad|rather|correction)\b",
    re.I,
)
NEAR_DAYS = 400  # two births closer than this, as one child's dates: a slip put right


def _date_put_right(mention: Mention, targets: list[Child], whole: str) -> bool:
    """One child given a date, then at once a second date with nothing between but a
    correction's words ("老大是20年的 不对 19年12月", "the eldest was born 2020, no wait Dec
    2019"), or nothing at all when the child is named by its order and the two dates are too
    close for two births ("老大是20年的 19年12月"): the same child, the later date putting the
    first right, never the next child's birth."""
    if mention.kind != "date" or len(targets) != 1 or not whole:
        return False
    child = targets[0]
    said = child.birth
    if child.size != 1 or said is None or said.kind != "date" or said.end > mention.start:
        return False
    between = whole[said.end : mention.start]
    if child.order is not None:  # 老大18年10月 不对 老大是18年1月: the same child named again
        between = ORDER_NAMED_AGAIN.sub(" ", between)
    if PUT_RIGHT_BETWEEN.fullmatch(between) is None:
        return False
    if CORRECTION_SAID.search(between):
        return True
    return child.order is not None and abs((mention.value - said.value).days) < NEAR_DAYS


def _age_refined(before: Mention | None, after: Mention) -> bool:
    """An age in whole years ("she's 5", N years 6 months) said again more exactly within the
    same year of age ("just turned five", "almost 6", "5 and 3 months"): the later one."""
    if before is None or before.months is None or after.months is None:
        return False
    years = before.months // 12
    return (
        before.kind == after.kind == "age"
        and before.months % 12 == 6
        and years >= 1
        and after.months != before.months
        and years * 12 <= after.months < years * 12 + 12
    )


def _to_the_day(mention: Mention, targets: list[Child]) -> bool:
    """An age in days or weeks ("才二十天") within the year or month said of the same birth
    ("今年生的老二"), or a baby's age in months within the year ("今年生了老三 刚满月", "去年生的
    老二 八个月了"): it tells that birth more precisely."""
    finer = mention.precision == "day" or (
        mention.precision == "month" and mention.months is not None and 1 <= mention.months < 12
    )  # not 今年刚生 (just born, no month said)
    return (
        mention.kind == "age"
        and finer
        and all(
            c.birth is not None
            and c.birth.kind == "date"
            and c.birth.precision != "day"
            and (c.birth.precision == "year" or mention.precision == "day")
            and mention.iso.startswith(c.birth.iso)
            for c in targets
        )
    )


def _names_the_child_told(before: str, story: _Story) -> bool:
    """ "上周一喜得千金 这是我们家第二个娃": the order names the child just told of."""
    if not NAMING.search(before) or len(story.subject) != 1:
        return False
    child = story.subject[0]
    return child.order is None and child.size == 1 and (child.birth is not None or child.pregnant)


# An order said alone after the child it is of, in English ("our baby was born 3 weeks ago,
# second child", "… , our 2nd one"): that child's order, not an older child.
ORDER_ALONE = re.compile(
    r"\s*(?:(?:it'?s|its|this is|that'?s|he'?s|she'?s|hes|shes)\s+)?(?:(?:our|my|the)\s+)?"
    r"(?:second|third|fourth|2nd|3rd|4th)(?:\s+(?:child|kid|baby|one|son|daughter|boy|girl))?"
    r"\s*[.!]?\s*",
    re.I,
)


def _order_apposed(clause: str, story: _Story, index: int) -> bool:
    """ "our baby was born 3 weeks ago, second child": a clause that only names an order, right
    after the clause that told one child with no order (tester 55 c9 was told "this is the 1st
    child" four times)."""
    if not ORDER_ALONE.fullmatch(clause) or story.subject_clause != index - 1:
        return False
    if len(story.subject) != 1:
        return False
    child = story.subject[0]
    return child.order is None and child.size == 1 and (child.birth is not None or child.pregnant)


# A birth named alone in a clause: 二胎, 是头胎, 第一胎了.
BIRTH_NAMED_ALONE = re.compile(
    r"\s*(?:是|这是)?\s*(?:(?:第|头)\d?|\d)\u2060?胎\u2060?\s*(?:了|啦|呢)?[。！!]?\s*"
)


def _pregnancy_named_by_its_birth(clause: str, story: _Story) -> bool:
    """ "怀孕六个月 二胎", "怀上双胞胎了 头胎": a birth named alone right after a pregnancy (of one
    baby or of twins) is that pregnancy."""
    if not BIRTH_NAMED_ALONE.fullmatch(clause) or len(story.subject) != 1:
        return False
    child = story.subject[0]
    return child.pregnant and child.order is None and child.birth is None


def _youngest_named_by_order(
    clause: str, previous: _Event | None, event: _Event, story: _Story
) -> bool:
    """ "小孙子是老三", "小的就是老二": the youngest (or a child named by a word only) said in the
    same clause to be a numbered order, one child, not two."""
    return (
        previous is not None
        and previous.what == "ref"
        and bool(COPULA.fullmatch(clause[previous.end : event.start]))
        and _orders(event.data)[0] is not None
        and len(story.subject) == 1
        and story.subject[0].youngest
        and story.subject[0].order is None
        and story.subject[0].size == 1
        and story.subject[0].birth is None
    )


# "the girl is 1m1, she's the younger": a pronoun, then the order of the child it stands for.
def _multiples_named_youngest(
    clause: str, previous: _Event | None, event: _Event, story: _Story
) -> bool:
    """ "the twins the youngest", "twins are our youngest": the multiples just named are the
    youngest children, no other child."""
    return (
        previous is not None
        and previous.what == "multiples"
        and _orders(event.data)[1]
        and len(story.subject) == 1
        and story.subject[0].size > 1
        and re.fullmatch(
            r"\s*(?:are |were |r )?(?:the |our |my )?", clause[previous.end : event.start]
        )
        is not None
    )


PRONOUN_NAMING = re.compile(r"^\s*(?:and |but )?(?:she|he)(?:'s|s| is)\s+(?:the |our |my )?$")


def _pronoun_names_the_order(before: str, story: _Story) -> bool:
    """ "the girl is 1m1, shes the younger", "my son is 5, he's the eldest": the order said of
    the one child just told of, who had none."""
    if not PRONOUN_NAMING.match(before) or len(story.subject) != 1:
        return False
    child = story.subject[0]
    return child.order is None and child.size == 1 and not child.youngest


# The elder children counted as a group after younger ones told, their ages to follow: 上头哥俩
# 一个十二 一个九岁, 上头还有俩 一个八岁一个五岁, 前面俩姐姐 (not 上头还有俩老人).
ELDER_GROUP = re.compile(
    r"(?:上面|上头|上边|前面|前头|前边)(?:还|就|只)?(?:有)?\s*(?:哥|姐|兄弟|姐妹|姐弟|兄妹)?\s*"
    r"(?P<n>[2-4])\s*(?:个)?\s*(?:哥哥|姐姐|孩子|娃|闺女|儿子|丫头|小子|大的)?\s*(?=$|1个)"
)


# The children at home counted, their ages to follow, after a pregnancy told: 家里俩 一个6岁一个3岁.
AT_HOME_GROUP = re.compile(
    r"(?:家里|家里头|家里面|家中)(?:还|已经)?(?:有)?\s*(?P<n>[2-4])\s*(?:个)?\s*(?:孩子|娃)?\s*(?=$|1个)"
)


def _elder_group(clause: str, index: int, story: _Story) -> None:
    """上头哥俩 after the twins told (老三老四一胎生的 今年1月): the elder ones, new children, are
    whom the ages after them belong to, one each."""
    group = ELDER_GROUP.match(clause)
    if group is None or not any(c.told and not c.pregnant for c in story.children):
        group = AT_HOME_GROUP.match(clause)
        if group is None or not any(c.told and c.pregnant for c in story.children):
            return  # 怀着老三呢 家里俩 一个6岁一个3岁: the ones at home, beside the one on the way
    story._set_subject([story.new(word="kids") for _ in range(int(group.group("n")))], index, False)


# A child's kinship word said with its order, alone in its clause (头胎闺女, 二胎是双胞胎小子, 老二是儿子).
ORDER_WITH_KIN = re.compile(
    r"^\s*(?:老[\d大小]|[大\d]宝|头胎|\d胎)\u2060?\s*(?:是|就是)?(?:个|一对|1对)?(?:双胞胎|龙凤胎)?"
    r"(?P<kin>闺女|女儿|丫头|儿子|小子)(?:们)?\s*$"
)


def _kin_of_the_order(pieces: list[tuple[int, str]], index: int, story: "_Story") -> None:
    """The clause before named one child by its order and a kinship word alone (头胎闺女): that
    word is the child's, so an age told later by the word alone (闺女八岁) is its own."""
    if index == 0 or story.subject_clause != index - 1 or len(story.subject) != 1:
        return
    child = story.subject[0]
    m = ORDER_WITH_KIN.match(pieces[index - 1][1])
    if child.order is not None and not child.told and not child.kin and m:
        child.kin = m.group("kin")


def _known_born_together(known: list[dict[str, Any]], size: int) -> bool:
    """Whether the known children hold `size` born on one day (twins, triplets)."""
    born = [str(k["birth_date"]) for k in known if k.get("birth_date")]
    return any(born.count(b) >= size for b in born)


def _read_children(
    pieces: list[tuple[int, str]],
    mentions: list[Mention],
    known: list[dict[str, Any]],
    asked: str | None,
    today: date,
    correcting: bool,
    whole: str = "",
    generic: set[int] | None = None,
) -> _Story:
    story = _Story(len(known), asked, correcting)
    story.first_pregnancy_known = len(known) == 1 and not known[0].get("birth_date")
    story.counted = any(CHILD_COUNT.search(c) for _, c in pieces)
    story.multiples_said = MULTIPLES.search(whole) is not None
    if story.counted:
        first_count = next(m for _, c in pieces if (m := CHILD_COUNT.search(c)))
        digits = [v for v in first_count.groupdict().values() if v and v.isdigit()]
        story.count_said = int(digits[0]) if digits else None
    story.birth_said = any(
        BIRTH_WORD.search(c) and not re.search(r"生育|津贴|生活", c) for _, c in pieces
    )
    if asked == "due_date":
        waiting = next(
            (i for i, k in enumerate(known, 1) if "due_date" in k and not k.get("birth_date")),
            len(known) + 1,
        )
        story._set_subject([story.by_order(waiting)], -1, False)
        # "she came already! last friday", "born last friday": the baby due has come
        story.subject[0].pregnant = not (
            BORN_SAID.search(whole) or ARRIVED_ALREADY.search(whole)
        ) or bool(PREGNANCY_DENIED.search(whole))
        story.subject[0].seeded = True
    for index, (offset, clause) in enumerate(pieces):
        if generic and index in generic:
            continue
        events = _events(clause, offset, mentions, whole, asked)
        _elder_group(clause, index, story)
        _kin_of_the_order(pieces, index, story)
        age = BARE_AGE.fullmatch(clause)
        if (
            age
            and not events
            and asked is None
            and (not story.subject or story.subject_clause < index - 1)
            and index > 0
            and CHILD_COUNT.search(pieces[index - 1][1])
        ):  # "we have two already, 6 and 3": the ages of the children just counted (also after
            # "twins due 2025.9, and": the twins were told of before the count)
            story._set_subject([story.new(word="kids")], index - 1, False)
        if (
            age
            and not events
            and asked in (None, "children")
            and len(story.subject) >= 2
            and story.subject_clause == index - 1
            and all(c.birth is None and not c.pregnant and c.size == 1 for c in story.subject)
            and len({c.order for c in story.subject}) == len(story.subject)
            and any(e.what == "multiples" for e in _events(pieces[index - 1][1], 0, []))
        ):  # 老大老二双胞胎 十二: a bare number after the twins named by order is their age
            said = find_mentions(f"{int(age.group(1))}岁", today)[0]
            start = offset + age.start(1)
            for child in story.subject:
                child.birth = replace(said, start=start, end=start + len(age.group(1)))
            story.subject_clause = index
            continue
        if (
            age
            and not events
            and asked is None
            and len(story.subject) == 1
            and story.subject_clause == index - 1
            and (
                story.subject[0].birth is None
                or (  # "kids are in primary school, 8 and 11": one age for each of them
                    PLURAL_CHILDREN.fullmatch(story.subject[0].word)
                    and story.subject[0].birth.kind == "age"
                )
            )
            and not story.subject[0].pregnant
            and story.subject[0].size == 1
            and not NUMBERED_ORDER_BEFORE.search(pieces[index - 1][1])
        ):  # "大孙女上初中了 十三": a bare number after the child just named is its age
            said = find_mentions(f"{int(age.group(1))}岁", today)[0]
            start = offset + age.start(1)
            if story.subject[0].birth is not None:
                story._set_subject([story.new(word=story.subject[0].word)], index, False)
            story.subject[0].birth = replace(said, start=start, end=start + len(age.group(1)))
            story.subject_clause = index
            continue
        # A date told before the child it belongs to ("22年8月生的双胞胎"): the child first.
        kinds = [e.what for e in events]
        if (
            kinds
            and kinds[0] in ("date", "height")
            and any(k in ("ref", "unnamed", "multiples") for k in kinds)
            and not (kinds[0] == "date" and events[0].data.kind == "pregnancy")
        ):
            first = next(
                i for i, e in enumerate(events) if e.what in ("ref", "unnamed", "multiples")
            )
            last = first  # "上周二老二老三出生了", "去年老二和老三出生": every child named there
            while (
                last + 1 < len(events)
                and events[last].what == events[last + 1].what == "ref"
                and _joined(clause, events[last], events[last + 1])
            ):
                last += 1
            events[: last + 1] = events[first : last + 1] + events[:first]
        previous: _Event | None = None
        expecting = False  # 怀老二, "pregnant with our second": the next child named is expected
        for event in events:
            adjacent = (
                previous is not None
                and previous.what == "ref"
                and (event.start - previous.end <= 1 or _joined(clause, previous, event))
            )
            if event.what == "ref" and _names_the_twins(clause, events, event, story, index):
                pass  # 双胞胎是老二老三: the orders of the twins just told of
            elif event.what == "ref" and _names_the_twins_told_before(
                clause, events, event, story, index
            ):
                pass  # 双胞胎前天生的 是老三老四: the same, in the clause after them
            elif (
                event.what == "ref"
                and (
                    _names_the_child_told(clause[: event.start], story)
                    or _pregnancy_named_by_its_birth(clause, story)
                    or _order_apposed(clause, story, index)
                )
            ):  # "怀孕六个月 二胎", 怀上双胞胎了 头胎: a birth named alone right after a pregnancy is
                # that pregnancy
                order, _y, _l, _p = _orders(event.data)
                story.subject[0].order = order  # 这是我们家第二个娃, "it's our third"
                if order:  # 小孙女出生才二十天 是老三: the youngest named is that order
                    story.subject[0].youngest = False
            elif event.what == "ref" and _multiples_named_youngest(clause, previous, event, story):
                story.subject[0].youngest = True  # "and the twins the youngest, 3 yrs"
            elif event.what == "ref" and _youngest_named_by_order(clause, previous, event, story):
                story.subject[0].order = _orders(event.data)[0]  # 小孙子是老三: the youngest's
                story.subject[0].youngest = False  # order, said of it
            elif event.what == "ref" and _pronoun_names_the_order(clause[: event.start], story):
                order, youngest, _l, _p = _orders(event.data)  # "shes the younger": her order
                story.subject[0].order, story.subject[0].youngest = order, youngest
            elif event.what == "ref" and (
                newborn := _the_birth_told(clause[: event.start], story, _orders(event.data)[0])
            ):  # 上周三生了 是个孙女 家里这是二胎: the order names the birth told
                newborn.order = _orders(event.data)[0]
                newborn.birth_ref = _names_a_birth(event.data)
                story._set_subject([newborn], index, False)
            elif event.what == "ref" and _names_the_child_dated_before(
                events, event, story, index, clause
            ):
                order, _y, _l, _p = _orders(event.data)
                story.subject[0].order = order
                story.subject[0].birth_ref = _names_a_birth(event.data)
                story.subject_clause = index
            elif event.what == "ref":
                story.refer(event, index, adjacent)
                if expecting and previous is not None and event.start - previous.end <= 6:
                    carried = next(
                        (c.due for c in story.children
                         if c.pregnant and c.order is None and c.due is not None and c not in story.subject),
                        None,
                    )  # fmt: skip
                    for child in story.subject:
                        child.pregnant = True
                        child.due = child.due or carried  # "6 months pregnant with our third"
                    if carried is not None:
                        story.children = [
                            c for c in story.children if c.due is not carried or c in story.subject
                        ]
                    story.children = [
                        c
                        for c in story.children
                        if not (
                            c.pregnant
                            and c.order is None
                            and c.birth is None
                            and c.due is None
                            and c not in story.subject
                        )
                    ]
                expecting = False
            elif event.what == "unnamed":
                story.unnamed(
                    event.data,
                    index,
                    bool(re.search(r"\bthe\s+$", clause[: event.start])),
                    previous is not None
                    and previous.what == "multiples"
                    and (
                        bool(AMONG.fullmatch(clause[previous.end : event.start]))
                        # 双胞胎姐姐1米21 妹妹1米18, the twins known: the elder of them (not
                        # 双胞胎哥哥们, nor 一对双胞胎哥哥九岁 told anew: the twin brothers)
                        or (
                            previous.end == event.start
                            and story.known_children >= 2
                            and event.data in ("哥哥", "姐姐", "弟弟", "妹妹")
                            and not clause.startswith("们", event.end)
                        )
                    ),
                    (
                        event.data in ("哥哥", "姐姐")
                        and (
                            (
                                THEIR_ELDER.search(clause[: event.start]) is not None
                                and any(c.told for c in story.children)
                            )
                            # 双胞胎 上面有个姐姐八岁: an elder one above the children told
                            or (
                                ELDER_ABOVE.search(clause[: event.start]) is not None
                                and bool(story.children)
                            )
                        )
                    )
                    # 一对双胞胎 还有个闺女 五岁: one more child besides the twins, not one of them
                    or (
                        ONE_MORE_BESIDE.search(clause[: event.start]) is not None
                        and any(c.size > 1 and not c.pregnant for c in story.children)
                    ),
                    _measured_next(whole or clause, offset + event.end if whole else event.end),
                )
                _born_after_the_multiples(clause[: event.start], story)
            elif event.what == "multiples" and (
                previous is not None
                and previous.what == "ref"
                and (
                    COPULA.fullmatch(clause[previous.end : event.start])
                    or THE_GROUP.fullmatch(clause[previous.end : event.start])
                    or _order_then_its_kind(clause, previous, event)
                )
                and len(story.subject) == 1
                and story.subject_clause == index
                and story.subject[0].size == 1
                and story.subject[0].birth is None
                and not story.subject[0].pregnant
            ):
                story.subject[0].size = event.data  # 大的是对双胞胎: that child is the twins
            elif event.what == "multiples" and _pregnant_ones_called_multiples(
                clause, event, story, index
            ):
                story.subject_clause = index  # 三宝四宝还在肚里 双胞胎: the ones on the way
            elif event.what == "multiples" and _counted_before(pieces, story, index, event.data):
                story.subject[0].size = event.data  # 又添了俩孙子 双胞胎: those two are the twins
            elif (
                event.what == "multiples"
                and re.search(r"\bthe\s+$|(?:这对|那对|俩|两个)$", clause[: event.start])
                and _known_born_together(known, event.data)
                and any(c.pregnant for c in story.subject)
                and not re.search(r"\bborn\b|出生|生(?:了|的)", clause)
            ):
                pass  # "another baby due in october, the twins will be big brothers": the twins
                # known, not the baby due (probe en-9304 got twins due)
            elif event.what == "multiples":
                story.multiples(
                    event.data,
                    index,
                    any(e.what == "date" for e in events),
                    bool(re.fullmatch(r"\s*(?:了|啊|呀|呢|哈)?\s*", clause[event.end :])),
                    bool(re.search(r"\bthe\s+$", clause[: event.start])),
                    (
                        previous is not None
                        and previous.what in ("ref", "unnamed")
                        and ONE_COUNTED.search(clause[: previous.start]) is not None
                    )
                    or (  # "we have a 9 yo and then twins": a child aged, then other children
                        bool(story.subject)
                        and index - story.subject_clause <= 1
                        and all(c.birth is not None for c in story.subject)
                        and AND_THEN.search(
                            (pieces[index - 1][1] + " " if index > story.subject_clause else "")
                            + clause[: event.start]
                        )
                        is not None
                    ),
                    MULTIPLES_HAD.search(clause[: event.start]) is not None
                    or MULTIPLES_HAD_AGED.match(clause, event.end) is not None,
                    MORE_MULTIPLES.search(clause[: event.start]) is not None,
                )
            elif event.what == "pregnant":
                expecting = True
                if not mentions and re.match(r"怀|pregnant", event.data):
                    for child in story.subject:
                        child.seeded = False  # asked the due date, "刚查出来怀上": no date yet
                    if story.subject and any(c.pregnant for c in story.subject):
                        # 刚查出来怀孕 还是双胞胎: the one asked about is told here, so the twins
                        # said in the next clause are that pregnancy
                        story.subject_clause = max(story.subject_clause, index)
                if (
                    (
                        story.subject
                        and story.subject_clause == index
                        and all(
                            c.birth is not None
                            and c.birth.kind == "date"
                            and _not_over(c.birth, today)
                            for c in story.subject
                        )
                    )
                    or (
                        story.subject
                        and all(
                            c.birth is not None
                            and c.birth.kind == "date"
                            and (_not_over(c.birth, today) or c.birth.floating)
                            and c.birth.start >= offset
                            for c in story.subject
                        )
                        and re.match(r"\s*(?:的)?(?:预产期|预计|due)", clause[event.start :])
                    )
                ):  # 三胞胎 明年二月预产期, 双胞胎 三月份预产期: the date said just before 预产期, of the
                    # triplets just named, is the day they are due (as 明年再要个二胎 is a birth ahead)
                    for child in story.subject:  # 明年再要个二胎: a birth ahead is a pregnancy
                        ahead = child.birth.due(today) if child.birth else None
                        child.pregnant, child.due, child.birth = True, ahead, None
                elif (
                    story.subject
                    and story.subject_clause == index
                    and not any(c.birth for c in story.subject)
                    and not ONE_MORE_EXPECTED.search(clause[: event.start])
                ):
                    for child in story.subject:
                        child.pregnant = True
                elif (
                    len(story.subject) == 1
                    and story.subject[0].birth_ref
                    and story.subject[0].birth is None
                    and 0 < index - story.subject_clause <= 2
                ):  # "二胎就靠这个报销 预产期九月": the birth just named is the one expected
                    story.subject[0].pregnant = True
                    story.subject_clause = index
                elif (
                    len(story.subject) == 1
                    and story.subject[0].size > 1
                    and story.subject[0].birth is None
                    and 0 < index - story.subject_clause <= 1
                    # 一对双胞胎 现在又怀上了: 又怀 opens the event, one more on the way
                    and not re.search(r"又|再|还", clause[: event.start + 1])
                    and not ONE_MORE_EXPECTED.search(clause[: event.start])
                    and not re.search(r"有", pieces[story.subject_clause][1])
                ):  # "二宝是双胞胎 怀孕五个月了", "双胞胎 预产期七月": the twins just named
                    story.subject[0].pregnant = True
                    story.subject_clause = index
                elif _months_along(  # "daughter 10 months, and im pregnant again": another
                    story, index, clause[: event.start] + event.data + clause[event.end :][:16]
                ):
                    for child in story.subject:  # "双胞胎 八个月了 快生了": months pregnant
                        born = child.birth
                        assert born is not None and born.months is not None
                        due = find_mentions(f"怀孕{born.months}个月", today)[0]
                        child.pregnant, child.birth = True, None
                        child.due = replace(due, start=born.start, end=born.end)
                elif ONE_MORE_EXPECTED.search(clause[: event.start]):
                    fresh = story.new(pregnant=True, word="1 more")  # "twins + one on the way":
                    story._set_subject([fresh], index, False)  # not the twins, one more
                elif not any(c.pregnant and c in story.subject for c in story.children):
                    unborn = [c for c in story.children if c.pregnant and c.due is None]
                    story._set_subject(unborn or [story.new(pregnant=True)], index, False)
            elif event.what == "date":
                mention: Mention = event.data
                if (
                    (
                        not _about_a_child(
                            clause, offset, events, story, asked, mention, whole, mentions
                        )
                        and not _dated_by_an_age(mention, mentions, today, whole)
                    )
                    or _not_a_birth_year(clause, offset, mention)
                    or _year_of_a_child_told(clause, offset, mention, story)
                    or _date_of_another(clause[mention.end - offset :])
                    or _a_span(
                        whole[: mention.start] if whole else clause[: mention.start - offset],
                        mention,
                    )
                    or _end_of_a_span(
                        clause[: mention.start - offset], clause[mention.end - offset :], mention
                    )
                    or _a_benefits_end(
                        clause[: mention.start - offset],
                        clause[mention.end - offset :],
                        whole[: mention.start] if whole else "",
                    )
                    or _end_of_a_payment(
                        clause[: mention.start - offset], clause[mention.end - offset :]
                    )
                    or PAID_IN_THAT_TIME.match(clause, mention.end - offset) is not None
                    or (
                        mention.kind == "date"
                        and AGE_REACHED_THEN.match(clause, mention.end - offset) is not None
                    )
                    or (
                        mention.kind == "date"
                        and NO_BIRTH_THEN.search(clause[: mention.start - offset]) is not None
                    )
                    or _start_of_a_span(
                        whole[: mention.start] if whole else clause[: mention.start - offset],
                        whole[mention.end :] if whole else clause[mention.end - offset :],
                        mention,
                    )
                ):
                    previous = event
                    continue
                if _day_found_pregnant(clause, offset, events, mention, today, story):
                    previous = event
                    continue
                if _day_of_a_scan(clause, mention, today, whole):
                    previous = event
                    continue  # "scan today: twins! … due april": the day of the scan, no birth
                if YOUNGER_ONE_BEFORE.search(clause[: mention.start - offset]) and (
                    story.subject and story.subject_clause != index
                ):  # 大的俩是双胞胎 上初中了 下面还有个七岁的: another child, after them
                    story._set_subject([story.new()], index, False)
                targets = story.target(index)
                each = [c for c in targets if c.size == 1 and c.birth is None and not c.pregnant]
                if (
                    len(targets) > 1
                    and each
                    and mention.kind != "pregnancy"
                    and (
                        EACH_ONE.search(clause[: event.start])
                        or "分别" in clause
                        or _ages_listed(whole, mentions, mention)
                    )
                ):  # "老大老二一个九岁一个六岁", "分别五岁和三岁": one age for each, in order
                    each[0].birth = mention
                    previous = event
                    continue
                if mention.kind == "pregnancy":
                    bare_multiples = (
                        len(targets) == 1
                        and targets[0].size > 1
                        and targets[0].birth is None
                        and targets[0].due is None
                        and targets[0].order is None
                        and 0 <= index - story.subject_clause <= 1
                        and not re.search(r"又|再|还|\bagain\b|another", clause)
                    )  # "ultrasound today: twins!!! | im 3 months pregnant": the twins (en-9381)
                    if not bare_multiples and (
                        not all(c.pregnant for c in targets)
                        or any(c.birth or c.due for c in targets)
                    ):
                        targets = [story.new(pregnant=True)]
                        story._set_subject(targets, index, False)
                    for child in targets:
                        child.pregnant, child.due = True, mention
                elif any(c.pregnant for c in targets) and _a_child_of_an_age(
                    clause[: mention.end - offset], mention
                ):  # "pregnant with twins due in may, we have a 4 year old": another child
                    story._set_subject([story.new(birth=mention)], index, False)
                elif any(c.pregnant for c in targets):
                    if (
                        mention.kind == "age"
                        and mention.months is not None
                        and mention.months <= 10
                    ):
                        due = find_mentions(f"怀孕{mention.months}个月", today)[0]
                        value = due.value
                        if re.search(
                            r"(?:还有|还差|再过|\bin(?: about)?)\s*$", whole[: mention.start]
                        ):  # 还有俩月: the months still to go
                            value = add_months(today, mention.months).replace(day=1)
                        for child in targets:
                            child.due = Mention(
                                mention.start, mention.end, value, "month", "pregnancy", True
                            )
                    elif (
                        mention.kind == "date"
                        and mention.value <= today
                        and BORN_ALREADY.search(whole)
                        and not NOT_BORN_YET.search(whole)
                    ):  # asked the due date: "生了 昨天生的", "已经生了 上周四"
                        for child in targets:
                            child.pregnant, child.due, child.birth = False, None, mention
                    elif mention.kind == "date":
                        if all(
                            c.due is not None and c.due.kind == "date" for c in targets
                        ) and DUE_HEDGED.search(clause):
                            continue  # 预产期八月 医生说可能七月就得剖: the due date stays
                        for child in targets:
                            child.due = mention.due(today)
                elif (
                    any(c.birth is not None for c in targets)
                    and _a_child_of_an_age(
                        whole[: mention.end] if whole else clause[: mention.end - offset], mention
                    )
                    and all(
                        c.birth is None or abs((c.birth.value - mention.value).days) > 270
                        for c in targets
                    )
                ):  # "twins last thursday, plus our 4 yr old": another child, by its age
                    story._set_subject([story.new(birth=mention)], index, False)
                elif any(c.birth is not None for c in targets):
                    if _to_the_day(mention, targets):
                        for child in targets:
                            child.birth = mention  # 今年生的老二 才二十天: that birth, to the day
                    elif (
                        mention.kind == "age"
                        and ANOTHER_BEFORE.search(whole[: mention.start])
                        and all(
                            c.birth is not None
                            and c.birth.kind == "date"
                            and abs((c.birth.value - mention.value).days) > 270
                            for c in targets
                        )
                    ):  # "we had twins in '19 and just had another one 3 weeks ago": one more
                        story._set_subject([story.new(birth=mention)], index, False)
                    elif (
                        mention.kind == "date"
                        and mention.value > today
                        and not BIRTH_WORD.search(clause)
                        and not PREGNANT.search(clause)
                        and all(c.birth is not None and c.birth.kind == "age" for c in targets)
                    ):  # "my boy is 2, does he still get the money next month?": no birth told
                        continue
                    elif (
                        mention.kind == "date"
                        and (
                            mention.value > today
                            or (
                                (previous is None or previous.what == "date")
                                and LISTED.search(
                                    clause[previous.end : event.start]
                                    if previous
                                    else whole[max(offset - 1, 0) : offset + event.start]
                                )
                            )
                        )
                        and all(c.birth is not None and c.birth.kind == "age" for c in targets)
                    ):  # "老大五岁 下个月还要生一个": a birth ahead is another child's; so is a
                        # date listed after an age ("10岁 7岁 和今年5月生的")
                        fresh = story.new(birth=mention)
                        story._set_subject([fresh], index, False)
                    elif (
                        mention.kind == "date"
                        and all(c.birth is not None and c.birth.kind == "age" for c in targets)
                        and (
                            story.subject_clause == index
                            or BIRTH_WORD.search(clause)
                            or all(c.birth is not None and c.birth.months == 0 for c in targets)
                            or all(  # "born 2 days ago, may 29": the very day the days put
                                c.birth is not None
                                and c.birth.precision == "day"
                                and c.birth.value == mention.value
                                for c in targets
                            )
                        )
                    ):
                        for child in targets:
                            if child.birth is not None and _age_torn_from(child.birth, mention):
                                child.torn = child.birth  # "老二1岁半 23年5月生的": asked
                            child.birth = mention  # a stated date beats an age
                    elif (
                        mention.kind == "date"
                        and all(c.birth is not None and c.birth.kind == "date" for c in targets)
                    ) or (
                        mention.kind == "age"
                        and any(c.birth is not None and c.birth.kind == "age" for c in targets)
                    ):
                        if all(c.birth is not None and c.birth.months == 0 for c in targets):
                            for child in targets:
                                child.birth = mention  # "newborn, 10 days old"
                            continue
                        if all(c.birth is not None and _refines(c.birth, mention) for c in targets):
                            for child in targets:
                                # "born in 2022 ... december 2022", "in feb, feb 20"
                                assert child.birth is not None
                                child.birth = (
                                    mention
                                    if child.birth.floating and not mention.floating
                                    else _in_year_of(mention, child.birth)
                                )
                            continue
                        if mention.kind == "date" and all(
                            c.birth is not None
                            and c.birth.kind == "date"
                            and len(mention.iso) < len(c.birth.iso)
                            and c.birth.iso.startswith(mention.iso)
                            for c in targets
                        ):
                            continue  # "3月12号生的 就这个月": the same birth, said less exactly
                        if mention.kind == "date" and all(
                            c.birth is not None
                            and c.birth.kind == "date"
                            and c.birth.iso == mention.iso
                            for c in targets
                        ):
                            continue  # "去年十月生的，就是2025年10月": the same birth, said again
                        if (
                            mention.kind == "date"
                            and not mention.floating
                            and len(targets) == 1
                            and targets[0].birth is not None
                            and targets[0].birth.kind == "date"
                            and DATE_RESTATED.search(clause[: event.start])
                        ):  # "born last october, that's october 2025": the date said exactly
                            targets[0].birth = mention
                            continue
                        if _same_age_again(
                            mention,
                            targets,
                            [
                                e.what
                                for e in events
                                if not (e.what == "unnamed" and e.data in ("he", "she"))
                            ],
                        ):  # "my son is 3, he just turned 3": the same child, he or she
                            if all(_age_refined(c.birth, mention) for c in targets):
                                for child in targets:  # "she is 5, just turned five"
                                    child.birth = mention
                            continue  # "2个月 出了满月没多久": the same child, told again
                        if _order_named_again(mention, targets, events, event, story, index, whole):
                            targets[0].birth = mention  # "老大5岁 … 老大今年7岁": put right
                            continue
                        if _date_put_right(mention, targets, whole):
                            targets[0].birth = mention  # "老大是20年的 19年12月": put right
                            continue
                        fresh = story.new(birth=mention)
                        story._set_subject([fresh], index, False)
                else:
                    for child in targets:
                        child.birth = mention
            elif event.what == "below":
                cm, span = event.data
                for child in _below_targets(story, known, asked, clause[: event.start], index):
                    if child.height is None:
                        child.below, child.below_span = cm, span
            elif event.what == "height":
                cm, span = event.data
                targets = story.subject if story.subject else []
                if (
                    not targets
                    and len(known) >= 2
                    and asked == "children.height_cm"
                    and (
                        ALL_OF_THEM.search(clause[: event.start])
                        or "一样高" in whole
                        or EACH_AFTER.match(clause, event.end)
                    )
                ):  # "俩人一样高 都一米零五", "1m2 each": every child the bot asked about
                    for number in range(1, len(known) + 1):
                        child = story.by_order(number)
                        child.height, child.height_span = cm, span
                    previous = event
                    continue
                asked_of = (
                    []
                    if targets
                    else _asked_together(whole[: offset + event.start], story, known, asked)
                )
                if asked_of:  # "they're (one year old!!) like 75cm": each child asked about
                    for child in asked_of:
                        child.height, child.height_span = cm, span
                    previous = event
                    continue
                if not targets:
                    if asked == "children.height_cm" and known:
                        heightless = [
                            i for i, c in enumerate(known, 1)
                            if c.get("height_cm") is None and story.by_order(i).height is None
                        ]  # fmt: skip  # "一个115 一个110": the next child asked about
                        targets = [story.by_order(heightless[0] if heightless else len(known))]
                    else:
                        targets = story.target(index)
                group = targets[0] if len(targets) == 1 and targets[0].size > 1 else None
                if (
                    group is not None
                    and group.height is not None
                    and (
                        EACH_ONE.search(clause[: event.start])
                        or (  # 双胞胎一米零二 一米零五: the next height bare, the other twin's
                            story.subject_clause >= index - 2
                            and (
                                not clause[: event.start].strip()
                                or (
                                    previous is not None
                                    and previous.what == "height"
                                    and re.fullmatch(
                                        r"[\s、和跟]*", clause[previous.end : event.start]
                                    )
                                    is not None
                                )
                            )
                            and group.height != cm
                            and "都" not in whole[: offset + event.start]
                        )
                    )
                ):  # "双胞胎一个115一个110": one height for each of the twins
                    group.size -= 1
                    fresh = story.new(
                        birth=group.birth, due=group.due, pregnant=group.pregnant,
                        height=cm, height_span=span, word=group.word,
                    )  # fmt: skip
                    if group.order is not None:
                        fresh.order = group.order + group.size
                    previous = event
                    continue
                if (
                    len(targets) > 1
                    and (
                        story.subject_clause == index
                        or (story.subject_clause == index - 1 and ALL_THE_SAME.search(clause))
                    )
                    and not EACH_ONE.search(clause[: event.start])
                    and _one_height_for_all(whole, offset + event.end, targets)
                ):  # "俩小的都是一米零五", "二宝三宝一米零五", "老大和老二都一米二": each of them
                    for child in targets:
                        child.height, child.height_span = cm, span
                    previous = event
                    continue
                for child in targets:
                    if child.height is None:
                        child.height, child.height_span = cm, span
                        break
                else:
                    fresh = story.new(height=cm, height_span=span)
                    story._set_subject([fresh], index, False)
            previous = event
        new_said = NEW_CHILD.search(clause)
        if new_said and not (
            new_said.group(0) == "刚生"
            and any("due_date" in k and not k.get("birth_date") for k in known)
        ):  # not 昨儿个刚生 of the baby known on the way: that baby born (probe zh-17557)
            for child in story.subject:
                child.new = True
    _first_birth_was_multiples(story, known)
    _seeded_after_the_born(story, known)
    _drop_repeated(story)
    _drop_youngest_said_again(story)
    _drop_multiples_named_after(story)
    _merge_multiples_on_the_way(story)
    return story


# The day a pregnancy began or was found: 上个月查出来怀上了, 三月份怀上的, 前天测出来有了.
FOUND_PREGNANT = re.compile(
    r"怀上|怀孕|查出|测出|发现|有了|\bpregnan|found out|\bconceived?\b|\bpositive\b"
)
BORN_OR_DUE = re.compile(r"生|出世|落地|满月|预产期|born|birth|arriv|\bdue\b|\bedd\b")


# A prenatal scan (B超, 彩超, "the scan", ultrasound): the day told of it is when a pregnancy was seen.
SCANNED = re.compile(r"\bscan\b|\bultrasound\b|\bsonogram\b|b超|彩超|四维|产检", re.I)
# The message speaks of a pregnancy: a due date, 预产期, "pregnant", 怀.
PREGNANCY_SPOKEN = re.compile(r"预产期|怀|\bdue\b|\bedd\b|\bpregnan|\bexpecting\b")


def _day_of_a_scan(clause: str, mention: Mention, today: date, whole: str) -> bool:
    """A day not after today told in a clause about a scan, in a message about a pregnancy
    ("scan today: twins! … due april", 今天B超查出来是双胞胎 预产期明年4月): the scan's day, no
    child's birth (not "born today, the scan had said twins")."""
    return (
        mention.kind == "date"
        and mention.value <= today
        and SCANNED.search(clause) is not None
        and not BORN_OR_DUE.search(clause)
        and PREGNANCY_SPOKEN.search(whole) is not None
    )


def _day_found_pregnant(
    clause: str, offset: int, events: list[_Event], mention: Mention, today: date, story: _Story
) -> bool:
    """A past day told only beside a pregnancy's start ("上个月查出来怀上了", "怀了二胎 上周刚查出来"):
    no child's birth."""
    said = clause[mention.start - offset : mention.end - offset]
    return (
        (
            mention.kind == "date"
            or (mention.kind == "age" and bool(re.search(r"前|上|last|ago", said)))
        )
        and mention.value <= today
        and bool(FOUND_PREGNANT.search(clause))
        and not BORN_OR_DUE.search(clause)
        and (
            any(e.what == "pregnant" for e in events)
            or (
                not any(e.what in ("ref", "unnamed", "multiples") for e in events)
                and any(c.pregnant for c in story.subject)
            )
        )
    )


# The children asked about spoken of together: "they're like 75cm", 他俩都75公分左右.
THEY_ALL = re.compile(r"\bthey\b|\bthey'?re\b|\btheyre\b|\bthem\b|他们|她们|他俩|她俩|俩(?:都|人)")


def _asked_together(
    before: str, story: _Story, known: list[dict[str, Any]], asked: str | None
) -> list[Child]:
    """The heights of several children asked, and a height said of "them" with no child named
    ("they're one year old!! like 75cm", 他俩都一岁了 75公分): the heightless known children."""
    if asked != "children.height_cm" or not THEY_ALL.search(before) or ORDERED.search(before):
        return []
    heightless = [
        i for i, c in enumerate(known, 1)
        if c.get("height_cm") is None and story.by_order(i).height is None
    ]  # fmt: skip
    return [story.by_order(i) for i in heightless] if len(heightless) > 1 else []


# One height said to be every child's after it: "1m2 each", "1.2m both", 1米2 都是, 1米2 俩都是.
EACH_AFTER = re.compile(
    r"\s*(?:each\b|both\b|apiece\b|for (?:both|each)\b|all\b|(?:俩|两个|两人|他俩|她俩)?都(?:是|一样)?)"
)


# 都 or 一样高 in the clause after several children named: 大宝二宝是双胞胎 一米三五了都, 老二老三
# 都一米一 — the one height is each one's.
ALL_THE_SAME = re.compile(r"都|一样|一般高")


def _one_height_for_all(whole: str, end: int, targets: list[Child]) -> bool:
    """A height after several children named together, with no other height said of them
    before another child is named ("二宝三宝一米零五 老大一米五"), is each one's; "老大老二 一米二
    一米一" gives one each."""
    if not all(c.size == 1 and c.height is None and c.below is None for c in targets):
        return False
    rest = whole[end:]
    after = HEIGHT.search(rest)
    if after is None:
        return True
    between = rest[: after.start()]
    return bool(ORDERED.search(between) or UNNAMED.search(between) or MULTIPLES.search(between))


def _joined(clause: str, before: _Event, after: _Event) -> bool:
    """ "老二和老三", "老大跟老二", "二宝三宝": two children named together."""
    gap = clause[before.end : after.start]
    return re.fullmatch(r"[\s\u2060]*(?:和|跟|与|还有)?\s*", gap) is not None


# Multiples said to be had already, with their age ("we have twins already who are 5", "already
# got twins of 4", "have 2yo twins", "our twins are 5"): children born, beside a pregnancy told.
# Other multiples than those told before: 又生了一对双胞胎, "another set of twins", "more twins".
MORE_MULTIPLES = re.compile(r"[又再另]|\b(?:another|more|other|second|new)\b")
MULTIPLES_HAD = re.compile(
    r"\b(?:already (?:have|has|got|had)|(?:have|has|got|'ve got|'ve) already|have got)"
    r"(?: (?:a pair of|a set of|\d{1,2} ?(?:yo|y/o|years? old|yr old)))? ?$"
    r"|\b(?:have|has|got|'ve got) (?:\d{1,2} ?(?:yo|y/o|year old|yr old) )$"
)
MULTIPLES_HAD_AGED = re.compile(
    r"(?: already)?,? (?:who (?:are|'re|is)|that are|aged?|of|(?:are|'re) (?:already |now )?)"
    r"\s?\d{1,2}(?![\d.])(?! ?(?:months? (?:pregnant|along|gone)|weeks? (?:pregnant|along|gone)))"
    r"|(?: already)(?=\s*(?:,|$))"
)


def _pregnant_ones_called_multiples(clause: str, event: _Event, story: _Story, index: int) -> bool:
    """A clause of the multiples word alone right after as many babies on the way were named one
    by one (三宝四宝还在肚里 双胞胎 五个月, 老二老三在肚子里呢 是双胞胎): those babies, said to be twins
    or triplets, not another birth."""
    subject = story.subject
    return (
        bool(subject)
        and story.subject_clause == index - 1
        and len(subject) == event.data
        and all(c.pregnant and c.size == 1 and c.birth is None for c in subject)
        and re.fullmatch(r"\s*(?:是|都是|也是|还是)?\s*(?:1对)?\s*", clause[: event.start])
        is not None
        and re.fullmatch(r"\s*(?:了|啊|呀|呢|哈)?\s*", clause[event.end :]) is not None
    )


def _counted_before(pieces: list[tuple[int, str]], story: _Story, index: int, size: int) -> bool:
    """ "上礼拜一又添了俩孙子 双胞胎": the children told of just before, counted as many as the
    twins (or triplets) named next, are they."""
    if len(story.subject) != 1 or not 0 < index - story.subject_clause <= 1:
        return False
    child = story.subject[0]
    if child.size != 1 or child.order is not None or not child.word or child.pregnant:
        return False
    said = pieces[story.subject_clause][1]
    return re.search(rf"(?<![\d.]){size}\s*个?\s*{re.escape(child.word)}", said) is not None


# "… and another one 3 weeks ago", "then one more, 2 months": a child besides those dated before.
ANOTHER_BEFORE = re.compile(
    r"\b(?:another|1 more)(?: (?:1|baby|kid|child|boy|girl|son|daughter))?"
    r"(?: (?:born|arrived|came))?\s*(?:,|-|:)?\s*(?:about |around |just |only )?$"
)


# "theyre all under 1.3m", "all below 1.3 m": every child told before.
ALL_OF_THE_TOLD = re.compile(r"\b(?:all|they|they'?re|theyre|they are|them)\b")


def _below_targets(
    story: _Story, known: list[dict[str, Any]], asked: str | None, before: str, index: int
) -> list[Child]:
    """Whom "还不到1米3" is said of: the child named, every child ("都不到", "both under"), the
    next child whose height was asked, or the only child."""
    heightless = [i for i, c in enumerate(known, 1) if c.get("height_cm") is None]
    every = re.search(r"都|\b(?:both|all|they|they're|them)\b", before)
    if (
        len(known) >= 2 and every and all(c.order is None and c.size == 1 for c in story.subject)
    ):  # "twins both still under 1 meter": the twins, not every child
        return [story.by_order(i) for i in (heightless or range(1, len(known) + 1))]
    told = [c for c in story.children if not c.pregnant and c.due is None and c.below is None]
    size = sum(c.size for c in told)
    if (
        not known
        and size >= 2
        and (ALL_OF_THE_TOLD.search(before) or (size == 2 and re.search(r"\bboth\b", before)))
    ):  # "the twins just turned 3, their sis is 10 months, and theyre all under 1.3m": each
        return told  # child told; "both" only of two
    born = [c for c in story.children if not c.pregnant]
    if (
        every
        and not known
        and len(born) >= 2
        and len(story.subject) <= 1
        and (sum(c.size for c in born) == 2 or not re.search(r"\bboth\b", before))
    ):
        return born  # "my 2 kids, 5 and 3 yrs, both under 1.3m": the children just told, each
    if story.subject:
        return list(story.subject)
    if asked == "children.height_cm" and heightless:
        return [story.by_order(heightless[0])]
    if len(known) == 1 and not story.children:
        return [story.by_order(1)]
    return story.target(index)


def _months_along(story: _Story, index: int, said: str) -> bool:
    """ "第一胎 双胞胎 八个月了 快生了": the months told just before a pregnancy is named, of a
    child named by no birth order, are how far along it is (not 又怀上了: another child)."""
    return (
        bool(story.subject)
        and 0 <= index - story.subject_clause <= 2
        and not re.search(r"又|再|another|again|once more", said)
        and all(
            (c.order is None or c.birth_ref)
            and not c.pregnant
            and c.birth is not None
            and c.birth.kind == "age"
            and c.birth.months is not None
            and 1 <= c.birth.months <= 10
            for c in story.subject
        )
    )


def _not_over(mention: Mention, today: date) -> bool:
    """A date some of which is still ahead: 今年 or 这个月 beside 再生 can be a birth to come."""
    if mention.precision == "year":
        return mention.value.year >= today.year
    if mention.precision == "month":
        return (mention.value.year, mention.value.month) >= (today.year, today.month)
    return mention.value > today


def _another_known_birth(one: Child, size: int, known: list[dict[str, Any]]) -> bool:
    """The child's date agrees with a known child that is not one of the known twins (or
    triplets) of that size: "for the twins no. for our 2023 baby yes" (twins of 2019 known, a
    child of 2023-08 known) names that other child, not the twins' birth."""
    twins = _known_multiples(known, size)
    said = one.birth.iso if one.birth is not None and one.birth.kind == "date" else ""
    return bool(twins and said) and any(
        str(k.get("birth_date") or "").startswith(said)
        for i, k in enumerate(known, start=1)
        if i not in twins
    )


def _first_birth_was_multiples(story: _Story, known: list[dict[str, Any]]) -> None:
    """ "生了对双胞胎 头一胎", "龙凤胎 头胎": the first birth is the twins."""
    groups = [c for c in story.children if c.size > 1 and c.order is None and not c.later]
    firsts = [
        c for c in story.children if c.order == 1 and c.birth_ref and c.size == 1 and not c.told
    ]
    if len(groups) == 1 and firsts and not any((c.order or 0) > 1 for c in story.children):
        groups[0].order = 1
        story.children = [c for c in story.children if c not in firsts]
        return
    # "孙子孙女是龙凤胎 头胎 去年11月生的", "三胞胎 预产期明年一月": the birth or pregnancy told
    # beside twins not yet told of is theirs.
    bare = [c for c in groups if c.birth is None and not c.pregnant and c.height is None]
    others = [c for c in story.children if c.size == 1 and (c.order is None or c.birth_ref)]
    if len(groups) == 1 and bare and len(others) == 1:
        one = others[0]
        if (
            (one.order is None or (one.order == 1 and one.birth_ref))
            and not one.youngest
            and not one.new
            and one.word in GENERIC_CHILD
            and (one.birth is not None or one.pregnant)
            and one.height is None
            and not _another_known_birth(one, bare[0].size, known)
        ):
            group = bare[0]
            group.birth, group.pregnant, group.due = one.birth, one.pregnant, one.due
            group.order = group.order or one.order
            story.children = [c for c in story.children if c is not one]


GENERIC_CHILD = ("", "宝宝", "孩子", "娃", "小孩", "宝贝", "baby")


def _drop_repeated(story: _Story) -> None:
    """ "老二今年1月1号出生 元旦宝宝", "上周二 平安夜前一天生的老二": a birthday said again is
    the same child (an unnamed child is dropped beside the one named by its order)."""
    kept: list[Child] = []
    for child in story.children:
        b = child.birth
        named_later = [
            k for k in story.children
            if k.order is not None and k.size == 1 and k.first > child.first
        ]  # fmt: skip
        if (
            b is not None
            and b.kind == "date"
            and b.precision == "day"
            and child.order is None
            and child.size == 1
            and child.height is None
            and not child.pregnant
            and child.word in GENERIC_CHILD
            and any(
                k.birth is not None and k.birth.value == b.value and k.birth.precision == "day"
                for k in [*kept, *named_later]
            )
        ):
            continue
        kept.append(child)
    story.children = kept


def _seeded_after_the_born(story: _Story, known: list[dict[str, Any]]) -> None:
    """The due date asked with no pregnancy known, answered beside a child already born ("预产期
    明年4月 怀的双胞胎 上面还有个姐姐3岁"): the expected child comes after the born one, not first."""
    seeded = [c for c in story.children if c.seeded and c.order == len(known) + 1]
    born = [
        c
        for c in story.children
        if not c.seeded
        and c.order is None
        and not c.pregnant
        and c.birth is not None
        and c.birth.kind == "age"
    ]
    if len(seeded) == 1 and born and not any(k.get("due_date") for k in known):
        seeded[0].order = None


def _drop_youngest_said_again(story: _Story) -> None:
    """ "老大13 老二10 老三7岁 最小的七岁了", "一个13一个10一个7 最小的七岁了": the youngest named
    after the children are listed, at the age of the last one told, is that child again, not
    one more (tester probe zh-9167). A younger age is a child of its own."""
    if len(story.children) < 2:
        return
    last = story.children[-1]
    before = [c for c in story.children[:-1] if c.size == 1 and c.birth is not None]
    b = last.birth
    if (
        not last.youngest
        or last.order is not None
        or last.size != 1
        or b is None
        or b.kind != "age"
        or last.height is not None
        or last.pregnant
        or not before
    ):
        return
    previous = before[-1].birth
    assert previous is not None
    if (
        previous.kind == "age"
        and previous.value == b.value
        and all(c.birth is None or c.birth.value <= previous.value for c in before)
    ):
        story.children = story.children[:-1]


def _drop_multiples_named_after(story: _Story) -> None:
    """ "the baby in may was twins, so laoer and laosan both may": twins told with no order, then
    as many children named by order with the same birth date are those twins (dropped as a
    group)."""
    for group in [c for c in story.children if c.size > 1 and c.order is None]:
        if group.birth is None or group.pregnant or group.height is not None:
            continue
        same = [
            c for c in story.children
            if c.size == 1 and c.order is not None and c.birth is not None
            and c.birth.iso == group.birth.iso and c.first > group.first
        ]  # fmt: skip
        orders = sorted(c.order for c in same if c.order is not None)
        if len(orders) == group.size and orders == list(range(orders[0], orders[0] + group.size)):
            story.children = [c for c in story.children if c is not group]


def _merge_multiples_on_the_way(story: _Story) -> None:
    """ "2 heartbeats on the scan!! twins due 2025.7", "怀了双胞胎 双胞胎预产期明年三月": twins on the
    way named twice, once undated, are one pregnancy (no family waits for two multiple births at
    once); the later mention's due date is the first one's."""
    waiting = [
        c for c in story.children
        if c.size > 1 and c.pregnant and c.birth is None and c.order is None and c.height is None
    ]  # fmt: skip
    for first, later in pairwise(waiting):
        if first.size == later.size and first.due is None and first in story.children:
            first.due = later.due
            story.children = [c for c in story.children if c is not later]
    # "twins due in march, our 3rd and 4th are on the way": the next orders, undated, are the twins
    for group in waiting:
        named = [
            c for c in story.children
            if c.size == 1 and c.pregnant and c.order is not None and c.due is None
            and c.birth is None
        ]  # fmt: skip
        orders = sorted(c.order for c in named if c.order is not None)
        next_order = story.known_children + 1
        if group.due is not None and orders == list(range(next_order, next_order + group.size)):
            story.children = [c for c in story.children if c not in named]


# "这是老二", "这回是二胎": "this" is the birth just told, whoever else was named after it.
THIS_NAMING = re.compile(
    r"(?:这|这个|这回|这次|这胎|这1胎)(?:是|就是|算)(?:我们家|我家|咱家|家里)?\s*$"
    r"|\b(?:g[ai]ve birth|delivered)\b[^,.;!?]{0,30}\bto\s*$"  # "gave birth last friday to her 2nd"
)


def _the_birth_told(before: str, story: _Story, order: int | None) -> Child | None:
    """ "上周五闺女生了 大外孙都十岁了 这是老二": the one child born on a day told, no order yet,
    when the child talked of last (the elder one) is already placed."""
    if (
        order is None
        or not THIS_NAMING.search(before)
        or any(c.order == order for c in story.children)
    ):
        return None
    born = [
        c
        for c in story.children
        if c.order is None
        and c.size == 1
        and not c.youngest
        and ((c.birth is not None and c.birth.kind == "date") or c.pregnant)
    ]
    return born[0] if len(born) == 1 else None


# 他们五岁的姐姐, 她俩的哥哥: the elder sibling of the children just told, another child.
THEIR_ELDER = re.compile(r"(?:他们|她们|他2|她2|他3|她3)(?:的)?\s*(?:\d{1,2}岁[半多]?的)?\s*$")
# 上面有个姐姐, 上头还有个八岁的哥哥: an elder sibling above the children told, not one of them.
ELDER_ABOVE = re.compile(
    r"(?:上面|上头|上边|前面|前头|前边)(?:还|就)?有(?:1个|个)?\s*(?:\d{1,2}岁[半多]?的)?\s*$"
)
# 后来又生了个闺女, 生完双胞胎又生了个小子: the next birth, after the ones told.
BORN_NEXT = re.compile(
    r"(?:又|再)(?:生|添|要|来)了?(?:1个|个)\s*$"
    # 上面一对双胞胎哥俩 下面一个小妹妹: the one below the twins
    r"|(?:下面|底下|下边|下头)(?:还)?(?:有)?(?:1个|个)?\s*(?:小)?\s*$"
)


def _born_after_the_multiples(before: str, story: _Story) -> None:
    """ "前面一对双胞胎 后来又生了个闺女 一岁": the one child born after the only multiple birth
    told, none known, is the next order after them."""
    groups = [c for c in story.children if c.size > 1 and not c.pregnant]
    if (
        not BORN_NEXT.search(before)
        or story.known_children
        or len(groups) != 1
        or groups[0].order not in (None, 1)
        or len(story.subject) != 1
        or story.subject[0].size != 1
        or story.subject[0].order is not None
        or len(story.children) != 2
    ):
        return
    story.subject[0].order = groups[0].size + 1


# 还有个闺女, 另外有一个儿子, 后来又生了个闺女: one more child besides the ones told.
ONE_MORE_BESIDE = re.compile(
    r"(?:(?:还|另外|另)(?:还)?有|(?:又|再)(?:生|添|要|来)了?)(?:1个|个)\s*$"
)
COPULA = re.compile(r"[\s\u2060]*(?:是|就是|为|都是)\s*(?:1|一)?\s*(?:对)?\s*")  # 是一对双胞胎
# "双胞胎里哥哥…", "龙凤胎中的妹妹…": one of the twins.
AMONG = re.compile(r"\s*(?:2个?|3个?)?\s*(?:里|中|里面|里头|当中|之中)\s*(?:的)?\s*")
# "大的俩是双胞胎", "大的两个龙凤胎": the number of the children named, said before their kind.
THE_GROUP = re.compile(
    r"\s*(?:[23]\s*个?|(?:这|那)?[23]个)\s*(?:都|也)?(?:是|就是)?\s*(?:1|一)?\s*(?:对)?\s*"
)


# A child held of an age, named by the age alone: "we have a 4 year old", "got a 6yo", 家里有个4岁的,
# 还有个五岁的 (not "she's 32", the mother's own age).
A_CHILD_OF_AN_AGE = re.compile(
    r"\b(?:have|has|got|there'?s|plus|and|with) (?:a|an|one|our|my) (?:\w+ )?$"
    r"|(?:有|还有|带着?)(?:1|一)?个\s*$"
    # "twins due in december, plus our 4 year old": the clause opened by the child (cut at "plus")
    r"|^\s*(?:a|an|our|my) (?:\w+ )?$"
)
AGE_AT_END = re.compile(
    r"(?:\d+|[一二三四五六七八九十两]+)\s*(?:[- ]?(?:years?|yrs?)[- ]old|[- ]?yo|岁(?:半|多)?)?\s*$"
)


def _a_child_of_an_age(before: str, mention: Mention) -> bool:
    """An age of more than ten months said as a child held (`before` ends with the age: "we have a
    4 year old", 家里有个4岁的): a child born, never a pregnancy's months."""
    if mention.kind != "age" or mention.months is None or mention.months <= 10:
        return False
    head = AGE_AT_END.search(before)
    if head is None:
        return False
    return bool(A_CHILD_OF_AN_AGE.search(before[: head.start()]))


# Orders told by number, the list going on in the next part: "these will be no 2 | and 3", "number 2
# | and 3": the bare number after it is the next order, no age.
NUMBERED_ORDER_BEFORE = re.compile(r"(?:\bno\.?|\bnumber|#)\s*\d\s*$", re.I)


# "twins + one on the way", "a boy and another on the way": one more child, after those told.
ONE_MORE_EXPECTED = re.compile(
    r"(?:^|\+|&|\band\b|\bplus\b|,)\s*(?:(?:also|then)\s+)?(?:1|another|1 more|a 3rd|a third|a 2nd"
    r"|a second|a baby|a new 1)\s+$"
)
AGES_JOINED = re.compile(r"\s*(?:,|and|&|\bn\b|、|和)\s*(?:and\s+)?")


# Words between a child's word and its height: "姐姐 1m2", "妹妹 is 1.05m", "姐姐有1米2".
BEFORE_A_HEIGHT = re.compile(
    r"[\s,:]*(?:(?:is|'s|was|about|around|only|just|now|有|是|才|都|已经|也|还|快|差不多|大概|现在)\s*)*"
)  # 闺女已经一米二五了, 外孙都1米1了: the adverbs said between a child and its height


def _measured_next(text: str, at: int) -> bool:
    """A height told right after the child's word ending at `at` (姐姐1米2, "妹妹 is 1.05m")."""
    gap = BEFORE_A_HEIGHT.match(text, at)
    return bool(HEIGHT.match(text, gap.end() if gap else at))


def _ages_listed(whole: str, mentions: list[Mention], mention: Mention) -> bool:
    """ "older two are 6 and 3 and a half": an age in a list of ages, joined by "and" or a
    comma, said of several children named together: one age each, in order."""
    if mention.kind != "age" or mention not in mentions:
        return False
    at = mentions.index(mention)
    for other in mentions[max(at - 1, 0) : at] + mentions[at + 1 : at + 2]:
        a, b = sorted((other, mention), key=lambda x: x.start)
        if other.kind == "age" and AGES_JOINED.fullmatch(whole[a.end : b.start]):
            return True
    return False


# One child and one (or two) pairs of twins counted together, in either order: 一个闺女一对双胞胎,
# 前面一个儿子一对龙凤胎, 一对双胞胎 还有个小子, 生完双胞胎又生了个小子 (not 一个孩子一个月, a rate).
_ONE_KID = r"(?:闺女|儿子|女儿|丫头|小子|孩子|姑娘|男孩|女孩|孙子|孙女|外孙女?|大的|小的)"
_A_PAIR = r"\s*对\s*(?:双胞胎|龙凤胎)"
_BESIDE = (
    r"[\s,，、+]*(?:和|跟|加上|外加|加|还有|另外还有|另外"
    # 一对双胞胎 后来又生了个闺女, 一个儿子 之后又生了一对龙凤胎: the next birth
    r"|(?:后来|后面|之后|然后)?\s*(?:又|再)(?:生了|添了|来了|有了|生的|生))?\s*"
)
ONE_AND_PAIRS = re.compile(
    rf"(?<![\d.])1\s*个\s*{_ONE_KID}{_BESIDE}(?P<p1>[12一]){_A_PAIR}"
    rf"|(?:(?<![\d.])(?P<p2>[12一])\s*对\s*)?(?:双胞胎|龙凤胎)(?:{_ONE_KID})?{_BESIDE}"
    rf"(?:1\s*)?个\s*{_ONE_KID}(?!\s*(?:1\s*个?\s*月|每|1年|多少|能|可以|补|给|发))"
)
# A child counted as one before its word: 一个闺女, 1个儿子.
ONE_COUNTED = re.compile(r"(?<![\d.])1\s*个\s*$")
# A birth order said last, as an afterword ("our 2nd", "our third!!", "my 2nd one").
ORDER_AFTERWORD = re.compile(
    r"(?:our|my) (?:second|third|fourth|2nd|3rd|4th)(?: one| child| baby| kid)?\s*[!.~]*\s*$"
)
# Whether a child to come gets the city's hukou, asked: no hukou held told.
CHILDS_HUKOU_ASKED = re.compile(
    r"\b(?:will|can|would|could|does|do)\s+(?:the |our |my |a )?(?:baby|babies|child|kid|twins"
    r"|newborn|he|she|they)\s+(?:\w+\s+)?(?:get|have|be given|be registered)\b[^.?!]{0,24}\bhukou\b"
    r"|(?:孩子|宝宝|娃|小孩|老二|二宝)(?:生了|生下来|出生)?(?:以后|后)?(?:能|可以|会|能不能)(?:直接|自动)?"
    r"(?:上|落|随|跟)[^，,。\s]{0,6}户口(?:吗|不|没|么)",
    re.I,
)
# A birth booked ahead: 定好日子了, 约好了剖, "c-section scheduled for".
BIRTH_PLANNED = re.compile(
    r"定好(?:了)?(?:日子|时间)|约好(?:了)?(?:剖|日子)|(?:安排|预约)(?:了)?(?:剖|手术)|准备剖|要剖|打算剖"
    r"|\b(?:c-?section|caesarean|cesarean) (?:is )?(?:scheduled|booked|planned)\b",
    re.I,
)
# The children there will be, counted ahead: 到时候家里就五个孩子了, "then we'll have 5 kids".
COUNT_TO_COME = re.compile(
    r"(?:到时候|到时|等生了|生完(?:以后|之后)|生了以后)\s*(?:家里|俺家|我家|咱家)?(?:就|也|都|会|要)*\s*$"
    r"|\b(?:then|after (?:that|the birth)) (?:we'?ll|we will) (?:have|be)\b[^,.;!?]{0,8}$",
    re.I,
)
# One birth of several counted: "just one set of twins", "only 1 pair of triplets", 就一对双胞胎.
SET_OF_MULTIPLES = re.compile(
    r"\b(?:one|1|a) (?:set|pair) of (?:(?P<three>triplets)|twins)\b"
    r"|(?:就|只有|只)(?:一|1)对(?:双胞胎|龙凤胎)"
)
# Another child joined on right before a multiples word: "a 9 yo and then twins", "plus twins".
AND_THEN = re.compile(
    r"\b(?:and|plus|then|also)\s+(?:then\s+|also\s+)?(?:(?:a|one) (?:pair|set) of\s+|our\s+|the\s+)?$"
)


def _order_then_its_kind(clause: str, ref: _Event, multiples: _Event) -> bool:
    """ "老二双胞胎去年十月生的", 二宝龙凤胎: a Chinese birth order said right before the kind of birth,
    with nothing between, is that birth (the twins ARE 老二 and 老三), as 老二是双胞胎."""
    return (
        re.fullmatch(r"[\u2060]*", clause[ref.end : multiples.start]) is not None
        and not clause[ref.start : ref.end].isascii()
    )


def _names_the_twins(
    clause: str, events: list[_Event], event: _Event, story: _Story, index: int
) -> bool:
    """ "前年十月生的双胞胎是老二老三": the orders after twins and 是 are the twins' own."""
    if len(story.subject) != 1 or story.subject_clause != index or story.subject[0].size < 2:
        return False
    group = story.subject[0]
    order, _y, _l, _p = _orders(event.data)
    if order is None:
        return False
    before = [e for e in events if e.end <= event.start and e.what in ("multiples", "ref")]
    if not before:
        return False
    last = before[-1]
    gap = clause[last.end : event.start]
    if (
        last.what == "multiples"
        and group.order is None
        and (COPULA.fullmatch(gap) or ASIDE_OPENS.fullmatch(gap))
    ):
        group.order = order
        return True
    return (
        last.what == "ref"
        and group.order is not None
        and group.order < order < group.order + group.size
        and re.fullmatch(r"[\s\u2060]*(?:和|跟|、|与)?\s*", gap) is not None
    )


# "the twins (our 1st and 2nd) are 7", "the twins - our 2nd and 3rd - are 4": the orders put
# aside right after the twins name them.
ASIDE_OPENS = re.compile(r"\s*(?:[(（\[]|[-–—]+)\s*")


THEY_ARE = re.compile(
    r"\s*(?:他们|她们|[他她这]2(?:个)?|they\s*(?:'re|are|re|were)|these are|those are)?\s*(?:是|就是|都是)?\s*"
)


def _names_the_twins_told_before(
    clause: str, events: list[_Event], event: _Event, story: _Story, index: int
) -> bool:
    """ "双胞胎前天生的 是老三老四", "twins born …, theyre our 3rd n 4th": a clause that only names
    consecutive orders, as many as the twins just told of in the clause before, names the twins."""
    if len(story.subject) != 1 or story.subject_clause != index - 1:
        return False
    group = story.subject[0]
    if group.size < 2 or len(events) != group.size or any(e.what != "ref" for e in events):
        return False
    if not THEY_ARE.fullmatch(clause[: events[0].start]) or clause[events[-1].end :].strip(
        " \u2060!！~"
    ):
        return False  # 老大老二都上小学了: orders told of for more than naming the twins
    orders = [_orders(e.data)[0] for e in events]
    first = orders[0]
    if first is None or orders != list(range(first, first + group.size)):
        return False
    if group.order is None:
        group.order = first
    return group.order == first


def _names_the_child_dated_before(
    events: list[_Event], event: _Event, story: _Story, index: int, clause: str = ""
) -> bool:
    """ "上周二剖的 二宝", "上个礼拜三 添了老三": an order right after a birth date said alone
    names the child born then."""
    if len(story.subject) != 1 or story.subject_clause != index - 1 or events[0] is not event:
        return False
    if any(e.what in ("date", "height") for e in events):
        return False
    listed = [c for c in story.children if c.order is None and c.birth is not None and c.size == 1]
    if len(listed) >= 2:
        return False  # 一二年 一六年 二一年生的 老二…: one of the births listed (probe zh-13124)
    child = story.subject[0]
    order, _y, _l, _p = _orders(event.data)
    alone = (
        len(events) == 1
        and re.fullmatch(r"\s*(?:是|算)?\s*", clause[: event.start])
        and re.fullmatch(r"[\s\u2060]*(?:呢|啊)?\s*", clause[event.end :])
    )  # "孙子是这个月生的 老二": the order alone after the child told of
    return (
        order is not None
        and child.order is None
        and child.size == 1
        and (not child.word or bool(alone))
        and child.birth is not None
        and child.birth.kind == "date"
        and not any(c.order == order for c in story.children)
    )


# "双胞胎俩都才95", "双胞胎都105了", "双胞胎也才九十五": a bare number of centimetres told of the twins together.
TWINS_CM = re.compile(
    r"\s*(?:[23]\s*个?)?\s*(?:(?:也|还)?都|也|还)(?:才|只有|就|已经|快)?(?:是|有)?\s*"
    + BARE_CM.pattern
    + r"(?!\s*(?:斤|公斤|kg|克|块|元|分(?!米)|天|周|岁|个|年|月|号|%))"
)


def _bare_heights(pieces: list[tuple[int, str]], story: _Story, asked: str | None = None) -> None:
    """ "老大120", "俩小的都70": a bare number of centimetres right after the children named;
    asked the heights, a number alone after a child named with none ("小的还不到1米 92")."""
    for (_, before), (_, clause) in pairwise(pieces if asked == "children.height_cm" else []):
        alone = BARE_CM_ALONE.fullmatch(clause)
        named = list(ORDERED.finditer(before)) if alone else []
        if alone is None or len(named) != 1:
            continue
        order, youngest, _l, _p = _orders(named[0])
        child = (
            story.by_order(order)
            if order
            else next((c for c in story.children if c.youngest), None)
            if youngest
            else None
        )
        if child is not None and child.height is None:
            child.height, child.height_span = float(alone.group("cm")), clause.strip()
    for _, clause in pieces:
        for m in MULTIPLES.finditer(clause):  # 双胞胎俩都才九十五: one height for each twin
            said = TWINS_CM.match(clause, m.end())
            group = next((c for c in story.children if c.size > 1 and c.height is None), None)
            if said and group is not None and group.birth is None:
                group.height, group.height_span = float(said.group("cm")), said.group(0).strip()
        for m in ORDERED.finditer(clause):
            rest = clause[m.end() :]
            b = re.match(
                r"\u2060?\s*(?:也|都|还)?(?P<below>(?:还|都|也)?(?:不到|没到|没有到|不够|不足)\s*)?"
                r"(?:才|只有|就|已经|快)?(?:得)?(?:是|有|身高|大概|差不多|将近|is|'s|about|around)?\s*"
                + f"(?:{BARE_CM.pattern}|{BARE_M.pattern})",
                rest,
            )
            metres = re.match(r"\s*(?:is|'s|about|around)?\s*(1\.\d\d?)(?![\d.])", rest)
            if metres and (len(metres.group(1)) == 4 or story.asked == "children.height_cm"):
                b = metres  # "eldest 1.36": metres after the child named
            if not b:
                continue
            if b is metres:
                cm = round(float(b.group(1)) * 100, 1)
            else:
                cm = float(b.group("cm")) if b.group("cm") else round(float(b.group("m")) * 100, 1)
            order, _youngest, _l, pair = _orders(m)
            if pair and pair[0] < 0 and story.known_children >= len(pair):
                pair = [story.known_children + 1 + p for p in pair]
            elif pair and pair[0] < 0:
                continue
            children = (
                [story.by_order(order)]
                if order
                else [story.by_order(o) for o in pair]
                if pair
                else [
                    next((c for c in story.children if c.youngest), None)
                    or story.new(youngest=True)
                ]
            )
            if b is not metres and b.group("below"):
                # 老大一米一五 老二还不到九十: with heights asked or told, a bound under a number alone
                if story.asked != "children.height_cm" and all(
                    c.height is None for c in story.children
                ):
                    continue
                for child in children:
                    if child.height is None and child.below is None and child.birth is None:
                        child.below, child.below_span = cm, b.group(0).strip()
                continue
            for child in children:
                if child.height is None and child.birth is None:
                    child.height, child.height_span = cm, b.group(0).strip()


# --- the whole message -------------------------------------------------------------------------

YES = re.compile(
    r"^\s*(?:(?:mm+|hmm+|um+|uhm*|erm?|oh+|哦+|呃+|额+|唔+|啊+)[\s,，.。、~!！]*(?=\S))?"  # "mm yes": a filler
    r"(?:(?:mine|ours)[\s,.~!]*(?=\S))?"  # "hmm mine yes, i mean we both have beijing hukou": one's own
    # "probably yes he'll still be on it in March": a yes hedged, as 应该是 is (tester 47 c05)
    r"(?:(?:probably|most likely|likely|i think|i guess|i believe)[\s,]+(?=(?:yes|yeah|yep|yup)\b))?"
    r"(?:都|也|一直)?(?:(?:(?:也|应该|大概)?算(?:是|有|吧)|应该是|差不多(?:吧|算)?|当然|肯定|必须的|那必须|那是|可不是|可以这么说)(?!\s*(?:不|没))|是的?|对的?|对啊|没错|嗯+|有的?|有这个打算|打算|要|在领|领着|领过|领了|吃过|yes|yeah|yep|yup|ya|yah|yea|yeh|yess+|absolutely|sure|correct|right|we do|i do|true|ok|okay|of course|definitely|indeed|uh[- ]?huh|mhm|planning (?:to|on it)|(?:we |i )?plan to|hoping to|(?:we're |we are |i'm )?going to|gonna|intend to|thinking (?:of|about) it|want to)(?![a-z])"
)
NO = re.compile(
    # "嗯 不是": a no after a filler; not 不用问 / 不用说 (no need to ask: no answer at all)
    r"^\s*(?:(?:嗯+|哦+|呃+|额+|唔+|啊+|um+|uh+|hmm+|mm+|erm?)[\s,，.。、~!！]*)?"
    # 这个真没有, 那个还真没有, 这倒没有, 压根没有: the no after a "that" and a "really"
    r"(?:那会儿?|那时候?|当时|这个|那个|(?:这|那)(?=\s*(?:还|倒|可)?(?:真|确实|的确|压根|根本|倒是)))?"
    r"\s*(?:当然|肯定|确实|的确|实在|倒是|压根儿?|根本|(?:还|倒|可)?真的?|还|倒)?\s*"
    r"(?:都|也|一直|从来|从|全都)?(?:还|暂时|目前|现在)*(?:不是的?|不对|不租|不打算|不考虑|木有|没得|冇|不(?!知道|清楚|确定|记得|太清楚|好说|查|用了|用查|用问|用说|用管|用你|问了|弄了|算了|想查)|没有|没领过?|没(?!错|问题|毛病)|无|否|none\b|neither\b|no(?! thanks| thank you|t now|thing| (?:benefits?|dibao|welfare|unemployment|shi ?ye|te ?kun|special hardship)\b)|nope|nah|not yet|not really|not planning|not at (?:the|that) (?:time|birth)|not at birth|not back then|not when|no plans|not then|we don'?t|i don'?t|we (?:were|was)n'?t|we were not|false)(?![a-z])"
)
YES_NO_FACTS = (
    "hukou_in_city",
    "hardship_at_birth",
    "owns_home_in_city",
    "renting",
    "buying_first_home",
)
# Words that put a known fact right; "i got it backwards", "it was the other way round" are 搞反.
CORRECTION = Remembered(
    re.compile(
        r"(?<!对)不对|说错|写错|理解错|听错|想错|误会|(?<!是)不是(?:1对)?(?:双胞胎|龙凤胎|[三3]胞胎)|搞错|弄错|记错|量错|算错|数错|打错|输错|点错|看错|填错|搞混|弄混|记混|搞反|弄反|点成|打成|记成|当成|手滑|更正|纠正|说反|写成|刚才|不好意思|哦不|\bsorry\b|i meant|\bi mean\b|\bactually\b|no wait|\bwait\b|my bad|correction|got that wrong|\bwrong\b"
        r"|scratch that|\bscratch the \w+(?: \w+)? (?:part|bit)\b|let me fix|\bnot (?!yet\b|really\b|sure\b|quite\b|much\b|now\b|always\b)[\w-]+,? but\b|\bfix(?:ing)? (?:that|it)\b|mistyp|\btypo\b|\boops\b|misspoke|misread|mixed (?:it |them )?up|(?:got|had|said) (?:it|that|them|those) (?:all )?(?:backwards?|(?:the )?(?:other|wrong) way (?:a)?round)|(?:it'?s|it was|was) the other way (?:a)?round|autocorrect|auto-correct|\bmeant\b|mistake|(?:\bnot|(?<!是)不是)\s*\d|\bnot (?:on )?the (?:[5-9]|[12]\d|3[01])(?:st|nd|rd|th)\b|(?<![是不])是[^，,。\s不]{1,6}不是(?!\s*(?:吗|呢|啊|$))|(?<!是)不是\s*(?:老[\d大小幺]|大的|小的|大宝|小宝|\d宝)\u2060?\s*(?:$|[，,。\s])|\bcorrect(?:ing)? that\b|let me correct|\b(?:hold|hang) on\b|\bnow\b[,.;]?\s+(?:that|it)(?:'s| was| is) (?:last|before|earlier|years?|back|in the past|over|old)\b|\bi (?:said|wrote|typed|put|told you) [^,.;!?]{1,20}? but\b|^\s*no,? no\b|^\s*不不|其实|改一下|改成|修改|(?:我|俺)(?:可|也|从来|根本|压根)?没(?:有)?(?:说|讲)过?(?=\S)|\bi (?:never|didn't|did not) (?:said|say|told you|wrote|write|typed)\b|应该是|搞岔|弄岔|[说记数搞弄]岔了|[说记写]差了|[说记]串了|[说记数算看]糊涂"
        # "no we have 3 kids, forgot the baby": a child left out before, the count put right
        r"|\bforgot (?:the|our|my|about|to (?:say|mention|tell|count|add))\b|忘(?:了)?(?:说|算|提)"
    )
)
# "no its flexible employment not resident", no question asked: the message opens on a no and
# names the value wrong, so it puts a known fact right.
NO_IT_IS_NOT = re.compile(
    r"^\s*(?:no|nope|nah)\b[^.?!;]{1,60}\bnot (?:the )?[a-z]+(?: (?:one|kind|type))?\s*(?:[.,!;]|$)"
)
# "ah no, we live in beijing", no question asked: a message that opens on a no answers nothing,
# so it puts right a fact the bot holds (a known fact said again differently).
OPENED_ON_NO = re.compile(r"^\s*(?:(?:ah+|oh+|uh+|um+|hmm+|er+)[\s,.]+)?(?:no|nope|nah)\s*[,.!]")
# Owning up to a miscount or a muddle: 俺数糊涂了, 说多了, 多算了一个.
MISCOUNTED = re.compile(
    r"糊涂|数岔|记岔|说岔|记差|(?:说|算|数|写)(?:多|少)了|(?:多|少)(?:算|说|数|写)了"
    # "i undercounted", "miscounted", "counted wrong", "forgot to count the baby"
    r"|\b(?:under|over|mis)-?counted\b|\bcounted (?:wrong|one too)|\bforgot (?:to count|one\b|1\b)"
    r"|\bleft (?:one|1) out\b|\blost count\b"
)
HYPOTHETICAL = re.compile(
    PLANNED
    # 你就说 明年生老三, 就当明年再生一个: a birth supposed (not 你就说能不能领, "just tell me")
    + r"|(?:就说|就当|就算)(?=\s*(?:明年|后年|今年|下半年|年底|过两年)?\s*(?:再)?(?:生|要|怀))"
    # 等老二生了 俩孩子能抵多少, 那老二出生以后呢: a time to come, asked about
    + r"|等(?:到)?[^，,。?？\s]{0,4}?(?:出生|生了|生下来|落地)|(?:出生|生了|生下来)(?:以后|之后|后)呢"
    + r"|如果|要是|假如|假设|万一|比如|比方|再生|再要|再添|的话|what if|in case|\bif (?:we|i|my|our|the|she|he|it|they|neither|both|none|only|just|there|a|an|another|one more|baby)\b|suppos(?:e|ing)|assuming|say we"
    r"|(?:^|(?<=[,.;!?:] )|(?<=\blet's )|(?<=\blets )|(?<=\bso )|(?<=\bok )|(?<=\bwell ))say,? (?=(?:i|she|he|they|it|the|our|my|a|an|baby|number|no\.|twins|triplets|\d)\b)"
    r"|\bimagine (?=(?:we|i|she|our|my|the|baby)\b)|\bhypothetically\b"
)
# "i said the twins are 2": the words said wrong before, quoted in a correction.
SLIP = re.compile(r"(?<!as )\bi (?:said|wrote|typed|put|entered|told you)\b")
# "14 months before the twins came", "3 weeks after she was born": a span of time, no age.
SPAN_BEFORE_AFTER = re.compile(r"\s*(?:before|after|prior to|earlier than|later than)\b")
# A repair of what the bot understood ("no I mean…", "不是 我是说…"): no answer to its question.
REPAIR = re.compile(
    r"\s*(?:(?:no|nope|nah|not that)\b[\s,.!]*)+(?:i mean|i meant|i'm asking|i am asking|i was asking|what i mean)\b"
    r"|\s*(?:不是|不不|没有)[\s，,。!！]*(?:我是说|我说的是|我问的是|我是问|我的意思是|我想问的是)"
)
# Hesitation words that open a message and answer nothing (那个，没有 / 这个，是的 / 呃 我们租的 /
# "well, no" / "so, we rent"): blanked, so the reply after them is read as if it opened the
# message. Only before a pause (a space or a mark), not 那个是老大的 (that one). 嗯, 哦 and 啊
# are left: 嗯 is itself a yes, and the yes/no patterns take 哦/啊 before an answer.
OPENING_FILLER = re.compile(
    r"^(?:\s*(?:嗯+|哦+|啊+)[\s,，、。.~!！…]*)?"
    r"(?P<filler>(?:(?:那个|这个|就是说|呃+|额+|唔+|emm*|um+|uh+|erm?|hmm+|well|so)[\s,，、。.~!！…]+)+)"
    r"(?=\S)"
)
# A span of time before or after a birth (二胎出生前俩月, 生之前半年, 出生后三个月) is no age.
AROUND_A_BIRTH = re.compile(r"(?:出生|生|生产|分娩|坐月子)\u2060?(?:前|之前|以前|后|之后|以后)\s*$")
# The time from a birth to an event (医保是出生三个月才上的, 出生两个月后才办的户口, 出生一个月的时候参的保):
# a duration, no age (出生三个月了 is an age).
# 出生快一年才办: "nearly" before the time (出生快一年了才办 is an age now: 了).
FROM_THE_BIRTH = re.compile(r"(?:出生|生下来|落地)(?:快|都|已经|差不多|将近|大概)?\s*(?:$|(?=\d))")
TO_AN_EVENT = re.compile(r"\s*(?:才|后|以后|之后|的时候|时|那会)")
# A day the birth nearly fell on (差一天就是元旦宝宝, 再晚两天就是国庆): not a date told.
ALMOST_BEFORE = re.compile(
    r"(?:差|早|晚|再晚|再早|提前|推迟|要是晚|要是早)\s*(?:\d{1,2}|几|一点儿?|点儿?)?\s*(?:个)?\s*"
    r"(?:天|小时|钟头|周|星期|礼拜)?\s*(?:就是|就成|就赶上|就到|就)\s*$"
)
COMMAND = re.compile(r"^\s*[/／][A-Za-z_][\w.-]*(?:\s*[{\[].*)?\s*$", re.S)
# A hotline worker or operator asking for a caller, not for a family of their own ("不是我家 我是
# 热线", 我是接线员 帮人问的, "not my family, I'm hotline"): no family facts in the message.
FOR_A_CALLER = re.compile(
    r"我(?:们)?是(?:\d+)?(?:热线|接线员|话务员|坐席)|我在(?:\d+)?热线|(?:帮|替)(?:来电的?)?人问"
    r"|\bi'?m (?:a |the |on the |from the )?(?:\d+ )?(?:hotline|operator|call[- ]?cent(?:er|re))"
    r"|\bnot (?:for |about )?my (?:own )?family\b",
    re.I,
)
NEGATED_BEFORE = re.compile(
    r"(?:不是|写成|打成|点成|说错成|说成|错成|记成|记错成|当成|\bnot\b|instead of"
    r"|\b(?:typed|wrote|put|entered)(?: in)?"  # "my son is 1m25, i typed 1m52": the slip
    # "dont know why u say 2 june", 你写的2号: the bot's own reading quoted back, not a fact
    r"|\b(?:you|u) (?:said|say|wrote|write|put|typed|noted|have|got)(?: down)?|你(?:说|写|记)(?:的|成)?)"
    r"\s*(?:了|是)?"
    r"\s*(?:(?<=not )(?:in|on|the) )?$"
)
# "no she wasnt born in november, dec 1st", "he's not due in may": the date a child was not
# born (or is not due) on, said wrong.
NOT_BORN_ON = re.compile(
    r"\b(?:wasn'?t|weren'?t|isn'?t|aren'?t|(?:was|were|is|are|'s|'re) not) (?:born|due)"
    r"(?: (?:in|on|at))?\s*$"
)
# A date said wrong right after it, the right one said later ("双胞胎是今年3月生的不对 是2月").
WRONG_AFTER = re.compile(
    r"[^，,。\s\d]{0,4}?(?:不对|说错了|写错了|打错了|搞错了|记错了)"
    # 孩子三岁 哦不对 四岁了: the slip put right at once, said apart
    r"|\s*(?:哦|噢|喔|啊|呃|额)\s*(?:不对|不是|不)(?=\s*\d)|\s+(?:不对不对|不对)(?=\s*\d)"
)


# 的话 after a bare topic opening a clause ("公积金的话 我们俩都有", "户口这块的话"): "as for",
# not "if" (外地户口的话 / 有二胎的话 say a condition).
TOPIC = re.compile(
    r"(?:^|[\s，,。；;])(?:那|至于|关于|说到|要说)?(?:住房)?(?:公积金|户口|户籍|房子|住房|房|保险|医保|社保|生育险"
    r"|生育保险|低保|失业金|孩子|娃|我|我们|我们家|我家|俺|俺们|俺家|咱家|老公|老婆|媳妇|我老公|我老婆)"
    r"(?:这块儿?|这边|方面|那边|这个|这方面)?$"
)


# A clause that opens on the present ("我现在领着低保", "俺们目前…") tells of the family now.
NOW_TOLD = re.compile(
    r"(?:我们?|俺们?|咱们?|我家|俺家|家里)?(?:现在|目前|如今)"
    # "… count as a 3rd child, we have one already", "right now we've got 2": the family as it is
    r"|\s*(?=[^.?!]*\b(?:already|now|so far|currently|at the moment)\b)(?:(?:right )?now,? "
    r"|currently |already |so far )?(?:we|i)(?: already| currently)? (?:have|'ve got|got|have got)"
    r" \d\b"
)


# A birth imagined ("要三胎的话", "如果生老三"), and a clause after it telling of the family as it is
# (the elder children, the city asked about).
A_BIRTH_IMAGINED = re.compile(
    r"[二三四234]\u2060?胎|[生添](?:个)?老[二三四234]|再生|再要|再添|生个|third (?:child|baby|kid)"
)
TOLD_BESIDE_A_BIRTH = re.compile(
    r"^\s*(?:我家|我们家|俺家|咱家)?(?:老大|大宝|老[二2]|二宝|大的|济南|北京)(?!.*(?:的话|如果|要是))"
)


# A move still to come (户口要迁到北京去了, 准备搬到济南, "we're moving our hukou to Beijing next
# month"): not the family's city or hukou now, a what-if the bot can answer.
PLANNED_MOVE = re.compile(
    r"(?:要|准备|打算|计划|将要|快要|马上要|就要)[^，,。\s]{0,6}?(?:迁|搬|转|落)(?:户口)?(?:到|去|回)"
    r"|\b(?:are|'re|am|'m|will be|plan(?:ning)? to|going to|about to)\s*"
    r"(?:mov(?:e|ing)|transferr?(?:ing)?)"
    r"\b[^,.;!?]{0,20}?\bto (?:jinan|beijing)\b"
)


# A clause after an "if" that opens on the writer's own family and tells a birth (我家是老大5岁,
# 我们家老二出生是2023年11月): told, not supposed.
FAMILY_TOLD_AFTER_IF = re.compile(
    r"\s*(?:我家|我们家|俺家|咱家|俺们家)(?:是|有|就是)?"
    r"(?=[^，,。]*(?:出生|生的|生了|岁|\d{4}\s*年|\d{4}\.))"  # a birth told (not 我们家就3个了)
)


def _hypothetical(text: str, pieces: list[tuple[int, str]]) -> set[int]:
    """Clauses put hypothetically: from 如果 / 要是 / "what if" to the end of that sentence."""
    found: set[int] = set()
    for m in HYPOTHETICAL.finditer(text):
        if m.group(0) == "的话" and TOPIC.search(text[: m.start()]):
            continue
        end = re.compile(r"[。！？!?]|的话|吗|多少|几岁|\bthen\b").search(text, m.end())
        stop = end.end() if end else len(text)
        stop = next(
            (
                o
                for o, c in pieces
                if m.end() <= o < stop and NOW_TOLD.match(c) and not HYPOTHETICAL.search(c)
            ),
            stop,
        )  # "万一再要个老三 我现在领着低保": the "if" is of the third child, the benefit is told
        if not re.match(PLANNED, m.group(0)):
            stop = next(
                (o for o, c in pieces if m.end() < o < stop and FAMILY_TOLD_AFTER_IF.match(c)),
                stop,
            )  # 二孩是双胞胎的话 600块是…一共600 | 我家是老大5岁 双胞胎刚生: the family told
        if A_BIRTH_IMAGINED.search(text[max(0, m.start() - 8) : m.end() + 12]):
            stop = next(
                (o for o, c in pieces if m.end() <= o < stop and TOLD_BESIDE_A_BIRTH.search(c)),
                stop,
            )  # "要三胎的话济南能给啥 老大16年的": the third child imagined, the elder ones told
        found.update(i for i, (o, c) in enumerate(pieces) if o + len(c) > m.start() and o < stop)
    found.update(i for i, (_, c) in enumerate(pieces) if PLANNED_MOVE.search(c))
    found.update(i for i, (_, c) in enumerate(pieces) if MOVE_TO_COME.search(c))
    return found


# A hukou move to another city that may come (明年开春可能把户口迁回济南, "we might move our hukou
# to jinan"): no city the family lives in now (tester 97 f6 was noted in Jinan).
MOVE_TO_COME = re.compile(
    r"(?:可能|考虑)[^，,。\s]{0,6}?(?:迁|搬|转|落)(?:户口)?(?:到|去|回)"
    r"|(?:明年|后年|下个?月|下半年|开春|过完年|将来|以后)[^，,。\s]{0,8}?把户口[^，,。\s]{0,4}?(?:迁|转|落)"
    r"(?:到|去|回)"
    r"|\b(?:might|may)\s*(?:mov(?:e|ing)|transferr?(?:ing)?)\b[^,.;!?]{0,20}?\bto (?:jinan|beijing)\b"
)


# A date right before 怀上 / 怀的 (去年十月怀上的, 今年又怀上了): when the baby was conceived.
CONCEIVED_AFTER = re.compile(
    r"\s*(?:份)?\s*(?:又|才|刚|就|已经)?\s*(?:怀上|怀的|怀了|怀孕的|怀孕了)"
)


DUE_BEFORE = re.compile(r"预产期\s*(?:是|在|为|定在|算的是)?\s*$")


EITHER_CITY = re.compile(
    r"(?:济南|泉城|北京)(?:的)?\s*还是\s*(?:济南|泉城|北京)|\b(?:jinan|beijing)('s)? or (?:jinan|beijing)\b",
    re.I,
)


def _conceived(
    text: str, mention: Mention, pieces: list[tuple[int, str]], hypothetical: set[int], today: date
) -> bool:
    """A date the baby was conceived, told as past: neither a birth nor the due date. (One put
    ahead, "万一明年再怀上个老三", is the year of a birth to come.)"""
    if (
        mention.kind != "date"
        or mention.value > today
        or not CONCEIVED_AFTER.match(text, mention.end)
        # "预产期是3月10号 怀的是二胎": the due date, the pregnancy said after it
        or DUE_BEFORE.search(text[max(0, mention.start - 8) : mention.start])
    ):
        return False
    return not any(
        o <= mention.start < o + len(c) for i, (o, c) in enumerate(pieces) if i in hypothetical
    )


# The word before "twins" picking one of two known pairs: "the older twins", "the younger twins".
PAIR_PICKED = re.compile(
    r"\b(?P<older>older|oldest|elder|eldest|big|first)\s+$|\b(?:younger|youngest|little|small|second|new)\s+$"
)


def _pair_picked(clause: str, twins: re.Match[str]) -> str | None:
    """ "older" or "younger" when the twins are named by their place among the family's pairs
    ("the older twins: dibao when born. the younger twins: nope"), else None."""
    m = PAIR_PICKED.search(clause, max(0, twins.start() - 12), twins.start())
    if m is None:
        return None
    return "older" if m.group("older") else "younger"


def _born_with(known: list[dict[str, Any]], order: int) -> list[int]:
    """The orders of the known children of one birth with child `order`: the twins or triplets
    known born on its date (just `order` for a child born alone)."""
    born = str(known[order - 1].get("birth_date") or "") if 1 <= order <= len(known) else ""
    if not born:
        return [order]
    first, last = order, order
    while first > 1 and str(known[first - 2].get("birth_date") or "") == born:
        first -= 1
    while last < len(known) and str(known[last].get("birth_date") or "") == born:
        last += 1
    return list(range(first, last + 1))


def _known_multiples(known: list[dict[str, Any]], size: int) -> list[int]:
    """The orders of the one set of `size` known children born on the same date, if one."""
    runs = [
        list(range(i, i + size))
        for i in range(1, len(known) - size + 2)
        if known[i - 1].get("birth_date")
        and len({str(k.get("birth_date")) for k in known[i - 1 : i - 1 + size]}) == 1
    ]
    return runs[0] if len(runs) == 1 else []


# A birth named by its year (18年那会儿, 21年生的那个, 20年那对双胞胎, 17年生闺女那会儿), not a
# date (24年3月) nor a time of the benefit (22年开始领).
YEAR_OF_BIRTH = re.compile(
    r"(?<![\d.])(?P<y>\d{2}|(?:19|20)\d{2})\s*年(?=\s*(?:生|出生|的?那(?:个|对|2个|3个|会|阵|时|回|次)"
    r"|的?(?:双胞胎|龙凤胎|三胞胎|3胞胎)))"
)


def _born_in_years(clause: str, known: list[dict[str, Any]]) -> list[int]:
    """The known children a clause names by the year of their birth, when that year picks some
    of several: 15年那个和24年那个出生时都没领 = the ones born in 2015 and 2024."""
    if len(known) < 2:
        return []
    found: list[int] = []
    for m in YEAR_OF_BIRTH.finditer(clause):
        year = int(m.group("y"))
        year += 2000 if year < 100 else 0
        picked = [
            i for i, k in enumerate(known, 1) if str(k.get("birth_date") or "")[:4] == str(year)
        ]
        if len(picked) < len(known):
            found.extend(o for o in picked if o not in found)
    return found


# A child named by its age, as the one of that age among those told or known: "dibao for the 1 yr
# old's birth", "the 6-year-old no", "with the 3yo", "the 8 month old yes".
CHILD_OF_AGE = re.compile(
    r"\bthe (?P<n>\d{1,2})\s*-?\s*(?:(?P<unit>yrs?|years?|months?|mos?)[- ]?old|yo)\b"
)


def _months_old(birth: date, today: date) -> int:
    """Whole months from a birth to today."""
    return (today.year - birth.year) * 12 + today.month - birth.month - (today.day < birth.day)


# A child named by a word of its sex, its order told of it by a pronoun elsewhere: "wasnt when our
# daughter was born. she is the younger one".
CHILD_BY_SEX = re.compile(r"\b(?:our|my|the) (?P<w>daughter|girl|son|boy)\b")
PRONOUN_ORDER = re.compile(
    r"\b(?P<p>she|he)(?:'s| is) (?P<o>(?:the |our |my )?\w+(?: one)?)(?=\s*(?:[,.;!?]|$))"
)


def _order_said_of_the_pronoun(clause: str, text: str) -> list[int]:
    """The birth order the message gives, by "she is …" / "he is …", of the one daughter or son
    a clause names ("she is the younger one": -1, the youngest)."""
    named = CHILD_BY_SEX.search(clause)
    said = PRONOUN_ORDER.search(text)
    if named is None or said is None or PRONOUN_ORDER.search(text, said.end()):
        return []
    girl = named.group("w") in ("daughter", "girl")
    if girl != (said.group("p") == "she"):
        return []
    orders = birth_orders_named(said.group("o"))
    return orders if len(orders) == 1 else []


# The birth just told, named as "this one": "3rd born last sunday. dibao for this one".
THIS_ONE = re.compile(r"\bthis (?:one|1|baby|little one|birth)\b(?! (?:of|more)\b)")


def _birth_told_last(orders: list[tuple[Child, int]]) -> list[int]:
    """The orders of the child (or the twins) whose birth this message tells as the latest: the
    one "this one" names."""
    born = [(c.birth.value, o, c.size) for c, o in orders if c.birth is not None and not c.pregnant]
    if not born:
        return []
    _, order, size = max(born)
    return list(range(order, order + size))


def _births_told(
    orders: list[tuple[Child, int]], known: list[dict[str, Any]], years: bool = False
) -> list[tuple[int, date]]:
    """Each child's order and birth date, as told here (an age or a date; a bare year only with
    `years`) or known."""
    births: dict[int, date] = {}
    for i, k in enumerate(known, start=1):
        said = str(k.get("birth_date") or "")
        if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", said):
            births[i] = date.fromisoformat(said if len(said) == 10 else f"{said}-15")
    for child, order in orders:
        if child.birth is not None and (years or child.birth.precision != "year"):
            for number in range(order, order + child.size):
                births[number] = child.birth.value
    return sorted(births.items())


def _children_of_year(clause: str, births: list[tuple[int, date]]) -> list[int]:
    """The children a clause names by the year they were born ("for the 23 one", "the 2019
    one no"), each year picking some of `births` (order, birth date), not all of them."""
    found: list[int] = []
    for m in YEAR_NAMING.finditer(clause):
        year = int(m.group("y")) % 100 + 2000
        picked = [o for o, b in births if b.year == year]
        if len(picked) < len(births):
            found.extend(o for o in picked if o not in found)
    return found


def _children_of_age(clause: str, births: list[tuple[int, date]], today: date) -> list[int]:
    """The orders of the children a clause names by their age ("the 1 yr old's birth"), each the
    only one of `births` (order, birth date) of that age; none when several are."""
    found: list[int] = []
    for m in CHILD_OF_AGE.finditer(clause):
        n = int(m.group("n"))
        in_months = bool(m.group("unit")) and m.group("unit").startswith("mo")
        low, high = (n - 1, n + 1) if in_months else (12 * n, 12 * n + 11)
        picked = [o for o, b in births if low <= _months_old(b, today) <= high]
        if len(picked) == 1 and picked[0] not in found:
            found.append(picked[0])
    return found


# A birth named by its number (第二胎, 头胎, 三胎): a multiple birth counts once, so with twins
# known the births and the children's orders part (第二胎双胞胎 = children 2 and 3).
BIRTH_NUMBERED = re.compile(r"第(?P<n>\d)胎|(?<![\d第])(?P<m>\d)胎|头1?胎")


def _known_month(known: Any) -> tuple[int, int | None] | None:
    """(year, month or None) of a known birth at year or month precision, else None."""
    text = str(known or "")
    if re.fullmatch(r"\d{4}", text):
        return int(text), None
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return int(text[:4]), int(text[5:])
    return None


def _in_the_known_year(
    mention: Mention, known: Any, today: date, correcting: bool = False
) -> Mention:
    """A day or month said without its year of a child whose birth is known to the month or the
    year (老二 known born 2025-10, then 老二是10月18号生的; "the twins were born march 14th" of twins
    known born 2025-03; 孩子是4月21号 不是12号 of a child known born 2021-04-12): the known year,
    not the latest such day. Not when the month differs (then the day read as said is a different
    birth) unless `correcting` (不对 老二不是十月 是十一月: that birth's month put right), nor when
    the day would be after today."""
    held = _known_month(known)
    if held is None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(known or "")):
        held = (
            int(str(known)[:4]),
            int(str(known)[5:7]),
        )  # 孩子是4月21号 不是12号: the day put right
    if not mention.floating or mention.kind != "date" or held is None:
        return mention
    year, month = held
    if month is not None and month != mention.value.month:
        if not correcting:
            return mention
        # the month put right: the year that brings it nearest the known month (打错了 双胞胎是
        # 一月份生的 不是十二月, known 2025-12: January 2026)
        known_at = year * 12 + month
        year = min(
            (year - 1, year, year + 1),
            key=lambda y: abs(y * 12 + mention.value.month - known_at),
        )
    if year == mention.value.year:
        return mention
    try:
        moved = mention.value.replace(year=year)
    except ValueError:  # 29 February
        return mention
    return mention if moved > today else replace(mention, value=moved, floating=False)


def _day_alone_of_a_known_month(child: Child, known: dict[str, Any], text: str) -> bool:
    """`child`'s birth is a day of the month told alone ("she was born on the 12th", 她是12号生的)
    and `known` (the child in talk) has a birth month told, not worked out from an age: the day
    is of that month (see _day_put_right)."""
    birth = child.birth
    return (
        birth is not None
        and birth.kind == "date"
        and DAY_ALONE.fullmatch(text[birth.start : birth.end].strip()) is not None
        and len(str(known.get("birth_date") or "")) in (7, 10)
        and not known.get("approx")
    )


def _known_birth_of_the_day(
    child: Child, order: int, orders: list[tuple[Child, int]], known: list[dict[str, Any]]
) -> int:
    """The known birth a day said without its year belongs to (孩子是10月18号生的 of a family whose
    老二 was born in October 2025; "the twins were born march 14th" of twins known born March
    2025): its order, when the child is placed after every known one by the day alone, named
    by no order, and exactly one known birth of that size fell in that month. Else `order`."""
    birth = child.birth
    if (
        birth is None
        or not birth.floating
        or birth.kind != "date"
        or child.order is not None
        or child.reserves
        or child.pregnant
        or (order <= len(known) and set(known[order - 1] or {}) - {"approx"})
    ):  # placed on a known child of no date (老大 told only as 上小学了): still the matching birth
        return order
    taken = {o for c, o in orders if c is not child}
    fits = [
        group[0]
        for group in _births_of(known)
        if len(group) == child.size
        and (held := _known_month(known[group[0] - 1].get("birth_date"))) is not None
        and held[1] == birth.value.month
        and group[0] not in taken
    ]
    return fits[0] if len(fits) == 1 else order


def _month_of_a_day_told(orders: list[tuple[Child, int]]) -> list[tuple[Child, int]]:
    """A month named by no order beside a day of the same month said without its year ("10月18号是
    老二 外孙女 去年10月 2025年的", "oct 18 is the 2nd, last october"): the year of that day, no
    other child."""
    days = [c for c, _ in orders if c.size == 1 and c.birth is not None and c.order is not None]
    kept: list[tuple[Child, int]] = []
    for child, order in orders:
        month = child.birth
        owner = next(
            (
                c
                for c in days
                if c is not child and month is not None and _day_of_the_month(c.birth, month)
            ),
            None,
        )
        if owner is None or child.order is not None or child.size != 1 or child.due is not None:
            kept.append((child, order))
            continue
        assert owner.birth is not None and month is not None
        owner.birth = _in_year_of(replace(owner.birth, floating=False), month)
    return kept


def _births_of(known: list[dict[str, Any]]) -> list[list[int]]:
    """The known children's orders grouped by birth (children born on the same date together)."""
    births: list[list[int]] = []
    for i, child in enumerate(known, 1):
        day = child.get("birth_date")
        if births and day and str(known[i - 2].get("birth_date")) == str(day):
            births[-1].append(i)
        else:
            births.append([i])
    return births


def _children_of_births(clause: str, known: list[dict[str, Any]]) -> list[int] | None:
    """The children of the births a clause names by number when known twins part births from
    children (第三胎 after twins = the fourth child), else None."""
    births = _births_of(known)
    if len(births) == len(known) or not BIRTH_NUMBERED.search(clause):
        return None
    found: list[int] = []
    for m in BIRTH_NUMBERED.finditer(clause):
        n = int(m.group("n") or m.group("m") or 1)
        if n <= len(births):
            found.extend(births[n - 1])
    rest = BIRTH_NUMBERED.sub(lambda m: " " * len(m.group(0)), clause)
    return found + [o for o in birth_orders_named(rest) if o not in found]


ASKING = re.compile(
    r"\s*(?:is|are|does|do|did|can|could|will|would|should|how|what|which|who|when|where"
    r"|isn't|aren't|doesn't|don't)\b"
)


# Verbs that open a question even with no question mark ("is it 1.2m in beijing").
ASKED_UNMARKED = re.compile(
    r"(?:is|are|does|do|can|could|will|would|should|isn't|aren't|doesn't|don't)$"
)
# A negative opener told from a question by what follows it: "don't we get more?" asks, "dont own
# any apartment in jinan" (no subject, typed short) tells.
SUBJECT_AFTER = re.compile(
    r"\s+(?:we|i|you|they|he|she|it|there|that|this|the|my|our|your|their|twins|kids|children)\b"
)


# Twins or triplets named as the topic of a question, not as the family's children.
TOPIC_MULTIPLES = re.compile(
    r"\b(?:benefits?|subsid(?:y|ies)|support|money|polic(?:y|ies)|help|allowances?|rules?)\s+"
    r"(?:for|of|about)\s+(?:the\s+)?(?:twins|triplets)\b",
    re.I,
)


# How the rules count twins, asked: 双胞胎算两个孩子还是算一胎, 双胞胎是按两个孩子分别发的吧.
COUNTING_MULTIPLES_ASKED = re.compile(
    r"(?:双胞胎|龙凤胎|三胞胎|3胞胎)[^，,。]{0,10}?(?:算|按)\s*\d\s*(?:个|份)?\s*(?:孩子|娃|胎|份|个)"
    r"[^，,。]{0,8}?(?:还是|吗|么|吧|呢|[?？])"
)


# A kind of family asked about: "dibao families get extra?", "can waidi hukou families apply?",
# "families with 3 kids, how much more can u borrow?" (the facts are the kind's, not the writer's).
KIND_OF_FAMILY = re.compile(
    r"\b(?:families|family's|households|parents|couples|people|ppl|those|anyone|everyone)\b"
    r"|\ba (?:family|household|couple)\b"  # "whats the max loan for a family with 3 kids"
    # "for 2 kids family", "for family with 3 kids": the kind named by its count, no article
    r"|\b(?:for|of) (?:a )?\d (?:kids?|children|child) (?:family|families|household)\b"
    r"|\b(?:for|of) (?:a )?(?:family|household) with \d (?:kids?|children)\b"
)
# "i asked for 2 kids family": the writer asking, no fact of the writer's family.
WRITER_ASKING = re.compile(r"\bi (?:asked|meant|was asking|am asking|'m asking|asking)\b")
WRITER_OR_KIN = re.compile(
    r"\b(?:we|we're|we've|we'd|our|ours|i|i'm|i've|i'd|my|me|us|mine|wife|husband|hubby|son"
    r"|daughter|baby|grandson|granddaughter)\b|我|俺|咱"
)


def _kind_of_family_asked(sentence: str, mark: str) -> bool:
    """A question about a kind of family, naming no one of the writer's: "dibao families get
    extra or the same amount?", "can waidi hukou families apply for the beijing butie?"."""
    return (
        (
            "?" in mark
            or bool(re.match(r"\s*(?:what|whats|what's|how|which|is|are|does|do|can)\b", sentence))
        )
        and bool(KIND_OF_FAMILY.search(sentence))
        and not WRITER_OR_KIN.search(WRITER_ASKING.sub(" ", sentence))
        and not HYPOTHETICAL.search(sentence)
    )


# A choice the rules make, asked: "dibao has to be at time of birth or at time we apply?", "does it
# count at the birth or when we apply?", "is it based on the birth or on now?".
RULE_CHOICE = re.compile(
    r"\b(?:has|have|needs?|must|should) (?:to )?be\b[^?]*\bor\b"
    r"|\b(?:counts?|counted|based on|depends? on|matters?|looks? at)\b[^?]*\bor\b"
    r"|^\s*(?:is|does|do) (?:it|that|this)\b[^?]*\bor\b"
)


def _rule_choice_asked(sentence: str, mark: str) -> bool:
    """A one-clause question offering the rules two choices ("dibao has to be at time of birth or
    at time we apply?"): the "we" in it is anyone's, no fact of the family's."""
    return (
        "?" in mark and not re.search(r"[,;，；]", sentence) and bool(RULE_CHOICE.search(sentence))
    )


# A hukou a rule asks for ("does the 600 require jinan hukou?", "is a beijing hukou needed"):
# the rule's condition, not the family's hukou.
HUKOU_REQUIRED = re.compile(
    r"\b(?:require|requires|required|need|needs|needed|must (?:i |we |you )?have|only for|have to have)"
    r"\s+(?:an? |the )?(?:jinan|beijing|local) hukou\b"
    r"|\b(?:an? |the )?(?:jinan|beijing|local) hukou (?:is |be )?(?:required|needed|necessary|a must)\b"
)


def _about_the_rules(text: str, pieces: list[tuple[int, str]], hypothetical: set[int]) -> set[int]:
    """Clauses of English questions about a measure, saying nothing of the family: a sentence
    that ends in "?", opens with a question word and has no we, our, I or my ("does the rent
    withdrawal need 2 kids?", "is it 100% with the employee maternity insurance?"), and Chinese
    ones asking how the rules count twins (双胞胎算两个孩子还是算一胎)."""
    found: set[int] = {
        i
        for i, (_, c) in enumerate(pieces)
        if COUNTING_MULTIPLES_ASKED.search(c) and not re.search(r"我|俺|咱|家", c)
    }
    start = 0
    ends = list(re.finditer(r"(?:[!?。！？]|\.(?!\d))+", text))  # not the point of "1.2m"
    if text[ends[-1].end() if ends else 0 :].strip():  # the last sentence, left unstopped
        ends.append(re.compile(r"$").search(text, len(text)))  # type: ignore[arg-type]
    for end in ends:
        sentence = text[start : end.start()]
        lead = re.match(r"\s*(?:or|and|so|but)\b", sentence)
        asks = ASKING.match(sentence, lead.end() if lead else 0)
        if (
            asks
            and asks.group(0).strip() in ("don't", "doesn't")
            and not SUBJECT_AFTER.match(sentence, asks.end())
        ):
            asks = None  # "dont own any apartment in jinan": a statement typed without its subject
        if (
            (
                asks
                and (  # "is 1.2 the limit or 1.3 in jinan", "or is it 1.2m": no mark, still asked
                    "?" in end.group(0) or ASKED_UNMARKED.match(asks.group(0).strip())
                )
                and not FIRST_PERSON.search(HUKOU_REQUIRED.sub(" ", sentence))
                and not HYPOTHETICAL.search(sentence)
            )
            or _kind_of_family_asked(sentence, end.group(0))
            or _rule_choice_asked(sentence, end.group(0))
        ):
            found.update(
                i
                for i, (o, c) in enumerate(pieces)
                if start <= o < end.start() and i not in hypothetical
            )
        start = end.end()
    return found


# A benefit named as a thing ("the dibao money", "the 特困 certificate") or of anyone ("if you are on
# dibao"), in a sentence asking something: a question about the rules, not the family's benefits.
BENEFIT_AS_TOPIC = re.compile(
    r"\bthe\s+(?:" + household.HARDSHIP.pattern + r")|\byou(?:'re| are| get| have| were)?\b"
    r"[^,.;!?]{0,12}(?:" + household.HARDSHIP.pattern + r")"
    # 生二宝那时候领没领低保会影响补贴吗: whether it was held, asked
    r"|[领吃拿]没[领吃拿](?:" + household.HARDSHIP.pattern + r")"
)
HOLDING = re.compile(
    r"\b(?:we|i|he|she|they|husband|wife)(?:'re|'m| are| am| is| was| were| get| got| have| had| receive)"
    r"\b(?! to\b)|\b(?:we|i)\b[^,.;!?]{0,12}\bon\b"
)


# The benefit asked about said back before the answer: "dibao? nope never had it", "低保？没有".
ECHOED = re.compile(r"\s*(?:the\s+)?(?:" + household.HARDSHIP.pattern + r")\s*(?:吗|呢)?\s*")

ECHOED_FIRST = re.compile(r"^(?:" + ECHOED.pattern + r")[?？]+")
# The yes or no that answers after it ("dibao? we've been on it since 2020" names it, no echo).
ANSWER_AFTER = re.compile(r"\s*(?:(?:no|nope|nah|not|never|yes|yep|yeah|yup)\b|没|不|有|是|对|嗯)")


def _benefit_asked_about(text: str, pieces: list[tuple[int, str]]) -> set[int]:
    """Clauses of an English question naming dibao, 特困 or 失业金 as a thing asked about ("is the
    dibao family money also for grandkids?", "would the 特困 money go up?", "if you are on dibao
    you get nothing else, is that right?"), with no one of the family said to be on it."""
    found: set[int] = set()
    start = 0
    for end in re.finditer(r"(?:[!?。！？]|\.(?!\d))+", text):
        if (
            "?" in end.group(0)
            and ANSWER_AFTER.match(text, end.end())
            and ECHOED.fullmatch(text[start : end.start()])
        ):
            found.update(i for i, (o, _) in enumerate(pieces) if start <= o < end.start())
        elif "?" in end.group(0):
            for i, (o, c) in enumerate(pieces):
                if (
                    start <= o < end.start()
                    and BENEFIT_AS_TOPIC.search(c)
                    and not HOLDING.search(c)
                ):
                    found.add(i)
        start = end.end()
    return found


# A birth named by its year: "the kid born in 2022", "the 2018 one", "the 2019 and 2021 births",
# "2015 no" (the year, then the answer), 2019年生的那个.
YEAR_OF_A_BIRTH = re.compile(
    r"\b(?:one|1|kid|child|baby|boy|girl|son|daughter)s? born (?:in )?(20\d\d)\b"
    r"|\b(20\d\d(?:(?: and |, ?| & )20\d\d)*) (?:one|1|kid|child|baby|boy|girl|births?)\b"
    r"|^\s*(20\d\d)\s+(?=(?:no|not|nope|yes|yep|neither|either)\b)"
    r"|(20\d\d)年(?:\d{1,2}月)?(?:生|出生)的(?:那个|那胎|那1个|孩子|娃)?"
)


# A birth named by a year told against today: "this year's baby", "last years one".
RELATIVE_YEAR = re.compile(
    r"\b(?P<which>this|last) year'?s(?= (?:one|1|kid|child|baby|boy|girl|son|daughter|births?)\b)"
)


def _years_filled(clause: str, today: date) -> str:
    """The clause with "this year's" and "last year's" before a child written as the year
    ("this years baby" in 2026 = "2026 baby"), for the births named by their year."""
    return RELATIVE_YEAR.sub(
        lambda m: str(today.year - (m.group("which") == "last")).rjust(len(m.group(0))), clause
    )


# A child and one year said together: "in 2022 when our girl was born", "last year with the boy".
CHILD_WORD = re.compile(r"\b(?:boy|girl|son|daughter|baby|kid|child|grandson|granddaughter)\b")
YEAR_SAID = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?![\d.])|\b(?P<rel>last|this) year\b")


def _child_of_the_year(clause: str, known: list[dict[str, Any]], today: date) -> list[int]:
    """The one known child born in the year a clause names beside a child's word, when that
    year picks one of several known children: "last year with the boy no" = the one born then."""
    years = list(YEAR_SAID.finditer(clause))
    if len(known) < 2 or len(years) != 1 or not CHILD_WORD.search(clause):
        return []
    m = years[0]
    year = int(m.group("y")) if m.group("y") else today.year - (m.group("rel") == "last")
    picked = [i for i, k in enumerate(known, 1) if str(k.get("birth_date") or "")[:4] == str(year)]
    return picked if len(picked) == 1 else []


def _births_of_years(clause: str, known_children: list[dict[str, Any]]) -> list[int]:
    """The known children a clause names by the year they were born in ("the 2018 one")."""
    found: list[int] = []
    for m in YEAR_OF_A_BIRTH.finditer(clause):
        for year in re.findall(r"20\d\d", m.group(0)):
            found += [
                i for i, k in enumerate(known_children, start=1)
                if str(k.get("birth_date") or "").startswith(year) and i not in found
            ]  # fmt: skip
    return found


# The children question answered with the count first, before a comma: "1, 18 months".
COUNT_OPENING = re.compile(r"\s*(\d)\s*[,，:：]")


def _known_children(known: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(c) for c in known.get("children") or []]


def _iso(value: Any) -> str | None:
    """A value as text to compare with another: 125 and 125.0 cm are the same height."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return None if value is None else str(value)


_KIDS = r"\s*(?:个|名)?\s*(?:孩子|小孩|娃|宝宝|kids?|children)?\s*[,，]?\s*"
_NO_UNIT = r"(?!\d)(?!\s*(?:岁|个?月|年|天|周|米|cm|号|点))"
NOT_THAT_COUNT = re.compile(  # one digit: 是98 不是89 is a height put right, no count
    rf"不是\s*\d{{1,2}}{_KIDS}(?:而|就|应该)?是\s*(?P<b>\d){_NO_UNIT}"
    rf"|是\s*(?P<d>\d){_KIDS}不是\s*\d{_NO_UNIT}"
    r"|\bnot \d{1,2} (?:kids?|children|babies|grandkids|grandchildren)\s*[,;]?\s*(?:but |it'?s |rather |we have )?"
    r"(?P<e>\d{1,2})(?: (?:kids?|children|babies|grandkids|grandchildren)\b|(?=\s*[,.!;]|\s*$))"
)  # 不是俩孩子 是仨; "not 2 kid, 3 kid", "not 2 kids but 3"
# What follows "一个孩子" when it means "each child": a rate or an amount asked about.
PER_CHILD = re.compile(
    r"(?:1个?月|每个?月|每年|1年|能|可以|补|给|发|领|多少|有多少|\d{3,}(?!\d|\s*年))"  # 一个孩子600
)
# The measure named before 是 一个孩子 (托育补贴是一个孩子一年多少, 补助标准是按一个娃): a rate asked,
# not the family's one child (家里是一个孩子).
RATE_BEFORE = re.compile(
    r"(?:补贴|补助|津贴|标准|钱|费|金|\d\s*(?:块|元))(?:是|就是)?(?:按|每)?\s*$"  # 600块是一个孩子600
)
SUMMED = re.compile(
    r"\bso (?:yeah |now |that'?s |that makes )?(?P<a>\d{1,2}) (?:kids?|children|grandchildren|grandkids|babies|little ones)\b"
    r"|\bso (?:that'?s )?(?P<b>\d{1,2}) (?:now|altogether|in total)\b|(?<![\d.])(?P<c>\d{1,2}) (?:altogether|in total|in all)\b"
    r"|\bso (?:that'?s )?(?P<e>\d)\s*[.!]*\s*$"
    r"|\b(?:that|which|this|it) makes? (?:it |us |them )?(?P<f>\d)(?: now| altogether| in total)?\s*[.!]*\s*$"
)  # the count said last, after the children are told: "so four grandchildren", "3 altogether"


# The count said last, after a group and one more child: 一对龙凤胎 加上老大 仨, 双胞胎算上大的一共三个.
ZH_SUMMED = re.compile(
    r"(?:再加上|加上|连上|算上|加)[^\d，,。\s]{1,6}\s*[，,]?\s*(?:一共|总共|共|就是|是)?\s*"
    r"(?P<n>[2-9])\s*(?:个)?(?:孩子|娃)?\s*[。.!！]*\s*$"
)


# The children before the one on the way, counted: 前面俩, 上头两个孩子, 前边仨 (not 前头俩月).
ELDER_ONES = re.compile(
    r"(?:前面|前头|前边|上面|上头|上边)(?:还|已经)?(?:有)?\s*([2-4])(?!\s*个?\s*(?:月|天|年|周|星期|礼拜|小时|\d))"
    r"|(?<![\d.])([2-4])\s*个?\s*大的"  # 两个大的 一个十岁一个七岁 (and one on the way)
    # "due next month with our 3rd, the other 2 are 6 and 4": the ones born beside the one due
    r"|\b(?:(?:the|our|my) )?(?:other|older|elder|big) ([2-4])(?: (?:kids|children|ones|boys|girls"
    r"|sons|daughters|grandkids))?(?=,? (?:are|were|'re|aged?|both|all|born)\b|:? \d)"
)
# "Only them", counted (家里就他们仨, 就这俩): the children the message told of are all there are.
JUST_THEM = re.compile(
    r"就(?:他们|她们|他俩|她俩|这)\u2060?\s*([23])\u2060?\s*(?:个)?(?:孩子|娃|小子|闺女)?(?:$|(?=[\s，,。!！]))"
)
# A count word opening a clause with 都 (俩都是剖的, 仨都上学了): every child the message told of.
ALL_TOLD = re.compile(r"(?:^|(?<=[\s,，。]))([23])\u2060?(?:个)?(?:人)?(?:都|全)")
# 俩都 / 仨都 after a clause break or a time word (现在俩都, 那时候俩都), not 我们俩都 (the parents).
KNOWN_ALL = re.compile(
    r"(?:^|(?<=[\s,，。])|(?<=现在)|(?<=时候)|(?<=那会)|(?<=那会儿)|(?<=当时)|(?<=那时)|(?<=如今))"
    r"([23])\u2060?(?:个)?(?:都|全)"
)
# 这仨 / 那俩 with no noun after it (生这仨的时候, 那俩出生时): the children pointed at, counted
# (not 这两天, 那俩月, 这俩人).
THESE_KNOWN = re.compile(
    r"(?<![我俺咱你他她们])[这那]\s*([2-5])\u2060?(?:个)?(?!\s*(?:\d|个|月|岁|天|年|周|星期|礼拜|米|号|点|人|口|次|回|套))"
)
# What the known children all did or had, after 俩都 / 仨都: school, or the benefit at their
# births, or the time of the benefit they were born in (not the parents' work or fund: 俩都上班,
# 俩都交).
KNOWN_ALL_DID = re.compile(
    r"(?:还|已经|在)?(?:上学|上小学|上幼儿园|上初中|上高中|入园|入学|(?:没|没有)?(?:领|吃)(?:过)?(?:\s|$|了))"
    # 俩都是低保那几年生的: the time both known children were born, or when they were born
    r"|是[^，,\s]{0,8}?(?:那几年|那年|那会儿?|那时候?|期间)(?:生|出生)的"
    r"|是[^，,。\s]{1,12}?(?:生|出生)的"
)


# A birth said as done: "1月份生的", "生了", "she was born in jan" (not "1月份生", "due in jan").
BIRTH_PAST = re.compile(
    r"生了|生的|出生了|出生的|生下|已经生|落地了|(?<!be )\bborn\b|\barrived\b|\bcame\b|\bdelivered\b"
    r"|\bgave birth\b|\bhad (?:him|her|them|the baby|a (?:boy|girl|baby))\b"
)


def _estimate_confirmed(name: str, child: dict[str, Any], u: FactUpdate) -> bool:
    """A date worked out from an age or a month of pregnancy ("8 months pregnant": due about
    January 2027), now said as a date ("due in jan", "预产期1月"): the same month, no longer an
    estimate, so it is told (tester 39 got "Sorry, I didn't quite get that")."""
    return name in ("birth_date", "due_date") and bool(child.get("approx")) and not u.approx


def _same(known: Any, said: Any) -> bool:
    """A known value equal to one said (120 and 120.0 are one height)."""
    numbers = [v for v in (known, said) if isinstance(v, int | float) and not isinstance(v, bool)]
    if len(numbers) == 2:
        return float(known) == float(said)
    return known is not None and _iso(known) == _iso(said)


# "i said 2 kids before but its 3", "i wrote two children but it's actually 3": a count put right.
SAID_COUNT_BUT = re.compile(
    r"\bi (?:said|wrote|typed|put|told you|answered) \d (?:kids|children)\b[^.;!?]{0,20}?"
    r"\bbut (?:it'?s |it is |we have |we've got |there(?:'?s| is| are) )?(?:actually |really )?"
    r"(?P<n>\d)\b(?!\s*(?:yrs?|years?|months?|weeks?|days?|cm|m\b|yo\b))"
)


# "就一个二宝", 只有一个老二, "only one second child": one child of that birth order, the last
# one, so the family's count is that order (the children before it are the elder ones).
ONLY_ONE_OF_AN_ORDER = re.compile(
    r"(?:就|只有|只)\s*1\s*个\s*(?:老(?P<n>[2-9])|(?P<n2>[2-9])宝|(?P<n3>[2-9])胎)(?!\d)"
    r"|\b(?:only|just) (?:the )?(?:1|one) (?P<w>second|third|2nd|3rd) (?:child|kid|baby|one)\b",
    re.I,
)


# What follows the day of a date written day first: a month's name ("12 may 2023", "3rd of
# march") or the rest of a numeric date ("12.5.2023", "12/05/2023", "12-5-2023").
_REST_OF_A_DATE = re.compile(
    r"\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:(?:"
    + "|".join(sorted((m for m in dates.MONTHS if m != "may"), key=len, reverse=True))
    + r")\b|may\b(?=\s*(?:\d|$|[,.!?;])))|[./-]\d{1,2}[./-]\d{2,4}\b|/\d{1,2}\b",
    re.I,
)


# The money of some children asked about right after their count: 俩娃加一起一个月1200, 两个孩子
# 一共能领多少, "the two kids together get 1200 a month", "both kids 600 each".
MONEY_AFTER_COUNT = re.compile(
    r"[^，,。.;；!！?？\s]{0,6}?(?:加一起|加起来|加在一起|合起来|一共|总共|合计|共|每人|每个|各|1个?月|每个?月"
    r"|多少|钱|补贴|能领|能拿|\d{3,})"
    r"|[^,.;!?]{0,16}?\b(?:together|in total|total|altogether|each|a month|per month|monthly"
    r"|how much|yuan|rmb|\d{3,})\b",
    re.I,
)
ELDEST_BY_WA = re.compile(r"大娃")
# A clause that is only the family's city: 北京的, 我们是济南的, "we're in beijing".
CITY_SAID_ALONE = re.compile(
    r"^\s*(?:你好|您好)?\s*(?:我们|我家|俺们?|咱们?|家里)?(?:是|在)?(?:济南|北京)(?:的|人|这边)?\s*$"
    r"|^\s*(?:hi |hello )?(?:we(?:'re| are) )?(?:in |from )?(?:jinan|beijing)\s*$"
)
TOTAL_BEFORE = re.compile(r"(?:一共|总共|统共|拢共|加起来|加上[^，,\s]{0,4}?)(?:就|是|有)?\s*$")
OTHERS_BEFORE = re.compile(r"\b(?:the|all the) (?:other|rest of the|remaining)\s*$")
# A count said as the family's size: 我们家俩娃, 我有两个孩子, 就俩娃, "we have 2 kids".
SIZE_BEFORE_COUNT = re.compile(
    r"(?:(?<!这)家|家里|有|就|只|一共有|共有|总共有)\s*(?:是\s*)?$"  # not 这家俩孩子加起来
    r"|\b(?:have|has|had|got|are|there are|there's|only|just|of)\s*$",
    re.I,
)


def _children_in_a_money_question(norm: str, span: str) -> bool:
    """A count of children (`span`) said with the money of those children (俩娃加一起一个月1200对不对,
    "the two kids together get 1200 a month right?"), not as the family's size: the children in
    talk, never a count that lowers the known children (tester 45 c04 put a family of three
    down to two)."""
    at = norm.find(span)
    if at < 0 or SIZE_BEFORE_COUNT.search(norm, 0, at) or SIZE_BEFORE_COUNT.search(span):
        return False
    return MONEY_AFTER_COUNT.match(norm, at + len(span)) is not None


# The family's children said to be one multiple birth: 孩子是一对双胞胎, 我家娃是龙凤胎.
CHILDREN_ARE_MULTIPLES = re.compile(
    r"(?:^|(?<=[\s,，。]))(?:我家|我们家|俺家|家里|我们|我|俺)?(?:的)?(?:孩子|小孩|娃|宝宝)(?:们)?(?:就|都)?是?"
    r"\s*(?:1对|一对|对)?\s*(?:双胞胎|龙凤胎|三胞胎|3胞胎)"
    # 我们家就是一对双胞胎, 俺家龙凤胎: the family's children are the multiple birth
)
# 我们家就是一对双胞胎, 俺家龙凤胎 哥哥1米1 妹妹1米05: the family's children are the multiple birth
FAMILY_IS_MULTIPLES = re.compile(
    r"(?:^|(?<=[\s,，。]))(?:我家|我们家|俺家|俺们家|咱家|家里)(?P<be>就|就是|都是|是|的)?\s*"
    r"(?:1对|一对)?\s*(?P<kind>双胞胎|龙凤胎|三胞胎|3胞胎)(?!\s*(?:的|是|算|能|可以|呢|吗))"
)
# Another child beside them (下面还有个妹妹, 还有个老大): more than the multiple birth.
MORE_THAN_THE_MULTIPLES = re.compile(
    r"还有|另外|加上|下面|上面|底下|老大|老[二三四]|大宝|小宝|二宝|怀"
)


def _family_is_the_multiples(text: str, story: _Story) -> tuple[int, str] | None:
    """The family named as a multiple birth (我们家就是一对双胞胎, 俺家龙凤胎): its size, when
    no child is known, none on the way and no other child is told beside it."""
    said = FAMILY_IS_MULTIPLES.search(text)
    if said is None or story.known_children or MORE_THAN_THE_MULTIPLES.search(text):
        return None
    if not said.group("be") and not re.match(r"\s|[，,。!！]|$", text[said.end() :]):
        return None  # 俺家双胞胎刚学会叫奶奶: a story of the twins, no count said
    size = 3 if "三" in said.group("kind") or "3" in said.group("kind") else 2
    if any(c.pregnant or c.ahead for c in story.children):
        return None
    if sum(1 for c in story.children if c.size == 1 and c.told) > size:
        return None
    return size, said.group(0)


TWINS_COUNTED = re.compile(
    r"((?:双胞胎|龙凤胎)(?:的)?(?:闺女|女儿|儿子|姐妹|兄弟|姐弟|兄妹|男孩|女孩|小子|丫头|宝宝|外孙女?|孙女|孙子)?)"
    r"(2|俩|两个)(?!\d|个?(?:月|岁|天|周))"
)


def _count(text: str, asked: str | None, story: _Story) -> tuple[int, str] | None:
    """The number of children `text` tells, with the words telling it; never the day of a date
    written day first ("12 may 2023 obviously, the twins birthday" is no 12 children, tester 42
    c03)."""
    if any(c.size == 1 and c.told for c in story.children) and any(
        c.size > 1 for c in story.children
    ):  # 双胞胎闺女俩 快四岁了 底下还有个小弟弟: the two of the twins, not the family's count
        text = TWINS_COUNTED.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    found = _count_told(text, asked, story)
    if found is None or not found[1]:
        return found
    at = text.find(found[1])
    if at < 0:
        return found
    after = text[at + len(found[1]) : at + len(found[1]) + 4].lstrip()
    if (
        ("都" in found[1] or after.startswith(("都", "全", "孩子都", "娃都")))
        and max(
            max(birth_orders_named(text), default=0),
            # "老大7岁 今年6月份生了对双胞胎 … 俩孩子都有吗": the twins of three children, asked of
            sum(c.size for c in story.children)
            if any(c.size > 1 for c in story.children)
            and re.match(
                r"[^，,。.!！]{0,10}(?:吗|么|[?？]|能不能|有没有)", text[at + len(found[1]) :]
            )
            else 0,
        )
        > found[0]
        # "怀老三了 前边两个都是闺女": the children before, counted
        and not re.search(r"(?:前边|前面|前头|上面|上边|之前|以前)\s*$", text[max(0, at - 4) : at])
    ):
        return None  # "老二…老三… 俩孩子都能领补贴吗": the two named, not the family's count
    named = {o for o in birth_orders_named(text) if o > 0}
    if (
        len(named) > found[0]
        and re.search(_BOYS + "|" + _GIRLS + "|" + _EN_SEX, found[1])
        and re.search(r"就|只|仅|\bonly\b|\bjust\b", text[max(0, at - 3) : at + len(found[1])])
        and not re.search(r"怀|预产期|\bdue\b|pregnan|expecting", text)
    ):
        return None  # 就一个孙子 是老二 老大是孙女: the boys counted, the children named are more
    for number in re.finditer(r"(?<!\d)\d{1,2}(?!\d)", text[at : at + len(found[1])]):
        if int(number.group(0)) == found[0]:
            if _REST_OF_A_DATE.match(text, at + number.end()):
                return None
            break
    return found


# Sons and daughters (grandsons and granddaughters) counted one after the other.
_BOYS = r"(?:儿子?|男孩?|小子|孙子|外孙(?!女))"
_GIRLS = r"(?:女儿?|女孩|闺女|丫头|千金|孙女|外孙女)"
_COUNTED_AND = r"\s*(?:和|跟|加|还有|另外|、|,|，)?\s*"
_EN_SEX = r"(?:grand)?(?:boys?|sons?|girls?|daughters?)"


# One more child named after children counted by sex ("two boys 6 and 4 plus a newborn girl",
# "2 girls, and also a baby boy"): one beyond the count.
# Not a child to come ("2 boys and a girl on the way", "plus a baby due in may").
_NOT_BORN_YET = (
    r"(?![^.;!?]{0,20}\b(?:on (?:the|its|her|his) way|due|coming|expected|in the oven|pregnan))"
)
ONE_MORE_OF_THE_OTHER = re.compile(
    r"\b(?:plus|and also|also|and then|then|besides|as well as|and) (?:a|an|one|1|our|my) "
    r"(?:(?:new ?born|new|baby|little|tiny|younger|youngest|small) )*"
    r"(?:girl|boy|daughter|son|baby|newborn|little one)\b" + _NOT_BORN_YET
)


def _count_told(text: str, asked: str | None, story: _Story) -> tuple[int, str] | None:
    if NO_CHILDREN.search(text):
        return 0, "0"
    if _none_born_besides(text, story):  # "twins due 2025.7, no other kids yet": none born yet
        return 0, "0"
    if re.search(
        r"\b(?:is|was) (?:their|our|my|her|his|the) only (?:child|kid|son|daughter|grandchild)\b"
        r"|\b(?:our|my|their|his|her) only (?:child|kid|son|daughter|grandchild|grandkid|grandson|granddaughter)\b"
        # not "i'm an only child" (the writer, for the one-child parents' nursing leave: tester
        # 137 p8's three children became one)
        r"|(?<!\bim )(?<!\bi'm )(?<!\bi am )(?<!\bhe's )(?<!\bshe's )(?<!\bwife's )\ban only child\b"
        # 独生子女 of the family's child, not of the writer (我是独生子女, 独生子女护理假: the
        # parents' nursing leave an only child takes)
        r"|(?<![想要])(?<!我是)(?<!我就是)(?<!我也是)(?<!俺是)(?<!我们都是)(?<!我俩都是)"
        r"独生(?:子|女)(?!女?证|女?父母|女?(?:的)?护理假)"
        r"(?![^，,。?？]{0,30}护理假)(?!\s*(?:我|俺)(?:爸|妈|父亲|母亲))"
        # "born in june, he's our only one", "she is my only 1 so far": the one child there is
        r"|\b(?:(?:he|she)(?:'s| is)|(?:is|was)) (?:our|my|their|his|her) only (?:1|one)\b"
        r"(?=\s*(?:$|[,.;!?]|so far\b|for now\b))"
        # "our only one came last november", "my only baby was born in may": the one child there
        # is, named as such (not "our only one is due", a pregnancy, nor "our only income")
        r"|\b(?:our|my|their|his|her) (?:one and )?only (?:one|1|baby|bub|little one)\b"
        r"(?!\s*(?:(?:is|'s) )?(?:due|coming|on the way|expected)\b)(?!\s+(?!(?:came|arrived|was|is|'s"
        r"|turned|turns|got|just|born|will|has|had|and|but|so|now|only|in|last|this)\b)[a-z])"
        # "our boy is six, only child", "she's 3 - only kid": the words alone as a clause
        r"|(?:^|[,.;:!?-])\s*(?:and |an? |the )?only (?:child|kid)\s*(?:$|[,.;!?])"
        # "just a single kid, 3 and a half", "we've only got a single child": one child, said so
        r"|\b(?:just|only|have|has|got) (?:a |the |one )?single (?:child|kid|baby|son|daughter|boy|girl"
        r"|grandchild|grandkid|grandson|granddaughter)\b",
        text,
    ):
        return 1, "only child"  # "the grandson is their only child"
    family = _family_is_the_multiples(text, story)
    if family is not None:
        return family
    redone_zh = ZH_SELF_CORRECTED_COUNT.search(text)
    if redone_zh:  # 三个孩子 不对 四个, 俩娃 说错了 仨: the count said last
        return int(redone_zh.group("n")), redone_zh.group(0)
    redone = SELF_CORRECTED_COUNT.match(text)
    if redone and (asked == "children" or redone.group("noun") or redone.group("noun1")):
        return int(redone.group("n")), redone.group(0)  # "one, wait no, two - its twins"
    fund_talk = (
        bool(re.search(r"公积金|fund|gongjijin", text)) or asked == "housing_fund_contributors"
    )
    summed = SUMMED.search(text)
    if (
        summed
        and not (
            (summed.group("b") or summed.group("c") or summed.group("e") or summed.group("f"))
            and fund_talk
        )
        and not (  # "twins 3 months plus the eldest whos 7 so three": the children just told
            summed.group("e")
            and int(summed.group("e")) != sum(c.size for c in story.children if c.told)
        )
    ):
        return int(next(g for g in summed.groups() if g)), summed.group(0)
    added = ZH_SUMMED.search(text)
    if added and int(added.group("n")) == sum(
        c.size for c in story.children if not c.pregnant
    ):  # 一对龙凤胎 加上老大 仨: the children just named, summed
        return int(added.group("n")), added.group(0)
    are = CHILDREN_ARE_MULTIPLES.search(text)
    groups_told = [c for c in story.children if c.size > 1]
    if (
        are
        and not story.known_children
        and len(groups_told) == 1
        and all(c in groups_told for c in story.children)
        and not groups_told[0].pregnant
        and not groups_told[0].ahead
    ):  # 孩子是一对双胞胎 两岁: the children are the twins
        return groups_told[0].size, are.group(0)
    pairs = re.search(r"(?<![\d.])(\d) (?:sets|pairs) of twins|(?<![\d.])(\d)\s*对双胞胎", text)
    if pairs and not CHILD_COUNT.search(text):
        answer = asked == "children" and re.match(r"\s*(\d{1,2})\s*[,，!！.:：]", text)
        if answer:  # "five!! 2 sets of twins and our eldest": the number answered
            return int(answer.group(1)), answer.group(0)
        singles = [c for c in story.children if c.size == 1 and not c.pregnant]
        beside = len(singles) if not story.known_children else 0
        # "two sets of twins", "2 sets of twins and our eldest": one more child beside them
        return int(pairs.group(1) or pairs.group(2)) * 2 + beside, pairs.group(0)
    mixed = re.search(
        # 两儿一女, 俩孙子一个孙女, 一个闺女 两个儿子 (tester 59 c02 heard two grandchildren of three)
        rf"(?<![\d.第])(?P<a>\d)\s*(?:个)?{_BOYS}{_COUNTED_AND}(?P<b>\d)\s*(?:个)?{_GIRLS}"
        rf"|(?<![\d.第])(?P<g>\d)\s*(?:个)?{_GIRLS}{_COUNTED_AND}(?P<h>\d)\s*(?:个)?{_BOYS}"
        rf"|(?P<c>\d|an?) {_EN_SEX}\s*(?:and|&|\+|,)?\s*(?P<d>\d|an?) {_EN_SEX}\b{_NOT_BORN_YET}"
        # "one boy 4 and one girl 2": each counted, its age after it
        rf"|(?<![\d.])(?P<e>\d) {_EN_SEX},? (?:aged |of )?\d{{1,2}}(?:\s*(?:years?|months?)(?: old)?)?"
        rf"\s*(?:and|&|\+|,)\s*(?P<f>\d) {_EN_SEX}\b{_NOT_BORN_YET}",
        text,
    )  # "2 boys and a girl", "2 girls 1 boy", "two grandsons and a granddaughter": by sex
    counted_by_sex = (
        sum(1 if p.startswith("a") else int(p) for p in mixed.groups() if p) if mixed else 0
    )
    multiples = MULTIPLES.search(text)
    if (
        mixed
        and (
            not multiples
            or counted_by_sex > (3 if multiples.group("three") else 2)  # twins among them
            or (  # 三胞胎 俩男一女: the triplets are all the children
                counted_by_sex == (3 if multiples.group("three") else 2)
                and len([c for c in story.children if c.told or c.size > 1]) == 1
                and not story.known_children
            )
        )
        and not re.search(r"\d\s*(?:个)?(?:孩子|娃|kids|children)", text)
        and not _sexes_of_later_ones(story, counted_by_sex)
    ):
        return counted_by_sex, mixed.group(0)
    resized = re.search(
        r"不是(?:1对)?(?P<was>双胞胎|龙凤胎|[三3]胞胎)\s*[，, ]?\s*(?:而)?是(?P<now>双胞胎|龙凤胎|[三3]胞胎)",
        text,
    )  # 不是双胞胎 是三胞胎: the multiples known are of another size
    if resized:
        was, now = (3 if resized.group(k)[0] in "三3" else 2 for k in ("was", "now"))
        if was != now:
            return max(story.known_children - was, 0) + now, resized.group(0)
    instead = NOT_THAT_COUNT.search(text)
    if instead:  # 不是俩孩子 是仨: the count said instead of the one denied
        return int(instead.group("b") or instead.group("d") or instead.group("e")), instead.group(0)
    fixed = re.search(
        r"(?:孩子|娃|小孩|宝宝)[^，,\d]{0,3}不是\s*\d\s*个\s*[，, ]?\s*(?:是|而是|有)\s*(\d)\s*个?(?![月岁天\d])",
        text,
    )  # 孩子不是一个 是两个: the count corrected
    if fixed:
        return int(fixed.group(1)), fixed.group(0)
    # "三个 老大是闺女 后来一胎生了俩小子": the count answered first, with its measure word and a
    # space, beats a smaller count of some of them said after it
    answered = asked == "children" and re.match(
        r"\s*(\d{1,2})\s*(?:[,，!！.:：]|个(?:孩子|娃)?\s*(?:[,，!！。]|\s))", text
    )
    if answered and not re.match(r"\s*\d{1,2}\s*[.:：]\d", text):
        return int(answered.group(1)), answered.group(0)  # "4, the oldest two … then 2 boys"
    one_and_pairs = ONE_AND_PAIRS.search(text)
    if one_and_pairs and not fund_talk:  # 一个闺女一对双胞胎: the one, and the twins, counted
        pairs_said = one_and_pairs.group("p1") or one_and_pairs.group("p2") or "1"
        return 1 + 2 * (1 if pairs_said in "1一" else 2), one_and_pairs.group(0)
    one_was_more = ONE_WAS_MULTIPLES.search(text)
    if one_was_more:  # 不是一个孩子 是双胞胎, "not one kid, twins": the one child was twins
        kind = one_was_more.group("k") or one_was_more.group("e")
        return 3 if re.search(r"3|tri", kind) else 2, one_was_more.group(0)
    # "our third yes, the other two no": the children besides the one named, not all of them
    counts = [
        c
        for c in CHILD_COUNT.finditer(text)
        if not OTHERS_BEFORE.search(text, 0, c.start())
        # 大娃七岁多 二娃两岁多 三娃五个月: the second and third by their order, no count
        and not (re.fullmatch(r"[2-5]娃", c.group(0)) and ELDEST_BY_WA.search(text))
    ]
    m = next((c for c in counts if not _twins_own(text, c) and not _count_denied(text, c)), None)
    summed_up = next(
        (c for c in counts if TOTAL_BEFORE.search(text, max(0, c.start() - 8), c.start())), None
    )
    if m is not None and summed_up is not None:
        m = summed_up  # 生了双胞胎 两个小子 加上老大一共三个孩子了: the total, not the twins
    own = (  # said only of the twins: the last resort (not 不是1个孩子 是双胞胎, the count denied)
        next((c for c in counts if not _count_denied(text, c)), None) if m is None else None
    )
    if m is not None and BORN_COUNT_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        later = next(
            (c for c in counts if c.start() > m.end() and not _count_denied(text, c)), None
        )
        said = later and (later.group("n") or later.group("k") or later.group("m"))
        if said and m.group("n") and int(said) > int(m.group("n")):
            m = later  # 上周五生了 俩小子 … 三个娃了: the babies born counted, then the family
    if m and fund_talk and (m.group("tot") or m.group("tot2")):
        m = None  # "i pay, husband pays, my mum pays too, 3 in total": the payers counted
    if (
        m
        and fund_talk
        and re.match(r"\s*(?:都|也)?\s*(?:在|有|一直)?\s*(?:交|缴)", text[m.end() :])
    ):
        m = None  # 公积金我们两个都在交: the fund's payers, no children counted
    if (
        m
        and m.group("m")
        and household.FUND.search(text, 0, m.start())
        and not UNNAMED.search(text)
        and not ORDERED.search(text)
    ):
        m = None  # "其实我婆婆也交公积金 一共三个": the total of the fund's payers listed before
    if (
        m
        and m.group("n") == "1"
        and len(story.children) > 1
        and (
            not story.known_children
            or re.search(r"(?:另外|另|还有)1?个\s*(?:\d{1,2}\s*月|去年|今年|前年)", text[m.end() :])
        )
        and re.search(r"还有|另外|另1个|\bplus\b|\banother\b", text[m.end() :])
    ):
        m = None  # "家里一个宝宝八个月 还有个老大": one of the children, told beside another
    # "both kids under 1.2m", 生那俩孩子的时候: a count word said of the children known states
    # their count too (tests/corpus/README.md); the same count known is dropped as no update.
    elders = _elders_counted(text, story)
    if m and elders is not None and m.start() >= elders[2] and m.group("n"):
        m = None  # 双胞胎 上头还有俩孩子: the elder ones counted, not the family
    if (
        m
        and m.group("n") == "1"
        and PER_CHILD.match(text, m.end())
        and not (
            re.search(r"(?:就|只|只有|有|家|家里|是)\s*$", text[: m.start()])
            and not RATE_BEFORE.search(text[: m.start()])
        )
    ):
        m = None  # 一个孩子一个月补多少: an amount for each child, asked; no count told
    if (
        m
        and (sexes := re.match(r"\D*(\d{1,2}) (?:boys|girls|sons|daughters)\b", m.group(0)))
        and _sexes_of_later_ones(story, int(sexes.group(1)))
    ):
        m = None  # "our third and fourth were born in march, 2 girls": those two, by sex
    if m and m.group("h") and asked in ("owns_home_in_city", "buying_first_home", "renting"):
        m = None  # "not planning to, we already have one": the home asked of, not a child
    if (
        m
        and (counted := m.group("w") or m.group("h"))
        and (
            re.search(r"(?:boys|girls|sons|daughters)$", m.group(0))
            or re.match(r"\s*(?:grand)?(?:boys|girls|sons|daughters)\b", text[m.end() :])
        )
        and (extra := ONE_MORE_OF_THE_OTHER.search(text, m.end()))
        and not MULTIPLES.search(text)
    ):  # "(we have) two boys 6 and 4 plus a newborn girl": the boys counted, and one more
        return int(EN_NUMBERS.get(counted, counted)) + 1, text[m.start() : extra.end()]
    if m:
        g = {k: v for k, v in m.groupdict().items() if v}
        if "both" in m.group(0) or "our 2" in m.group(0):
            return 2, m.group(0)
        raw = next(iter(g.values()))
        return int(EN_NUMBERS.get(raw, raw)), m.group(0)  # "just the two": not made a digit
    only = ONLY_SO_MANY.search(text)
    if only and (asked == "children" or story.known_children):
        # "we only have 2", 只有两个 of children known: the count, said without a noun
        return int(only.group("zh") or only.group("en")), only.group(0)
    if (
        asked == "children"
        and (NO.search(text) or re.match(r"\s*1个(?:都|也)?(?:还)?没", text))
        and not NOT_THAT_ORDER.search(text)  # 不对 是老二不是老三: an order put right, not "none"
        # "不对不对 老二是23年9月的 刚才手滑打错了": a date put right, not "none" (the family's
        # children wiped by the 不对 of a correction)
        and not (re.match(r"\s*(?:不对|不是|说错|打错|搞错|弄错)", text) and story.children)
    ):
        return 0, text
    the_one = JUST_THE_ONE.search(text)
    if the_one:  # "we just have the one, almost 1": one child, its age told after
        return 1, the_one.group(0)
    last = ONLY_ONE_OF_AN_ORDER.search(text)
    if last:  # 就一个二宝 (老大7岁): the second child is the only one after the eldest, so two
        order = last.group("n") or last.group("n2") or last.group("n3")
        return int(order or EN_ORDINALS[last.group("w").lower()]), last.group(0)
    only_one = re.match(
        r"\s*(?:only|just) (?:the )?(?:one|1)\b(?!\.?\d|[- ]?(?:years?|yrs?|months?|weeks?|days?"
        r"|yo|y/o)\b)|\s*就1个",
        text,
    )
    if asked == "children" and only_one:  # "just the one boy, 5", "just the 1, born last
        # october": the one child, its age or birth listed after it
        return 1, only_one.group(0)
    if asked == "children":
        bare = re.match(
            r"^\s*(?:(?:呃|嗯+|额|哦|啊|那个|就是说|um+|uh+|er+|well)[\s,，]*)*(?:就|有|一共|just|only)?\s*(\d{1,2})\s*(?:个|kids?|children)?\s*(?:[,， !！]|[.:：](?!\d)|$)",
            text,
        )  # not 23.5.1, 23/5/1: a date answered, no count
        if bare and not (bare.group(1) == "1" and ONE_BESIDE_MULTIPLES.match(text, bare.end(1))):
            return int(bare.group(1)), bare.group(0)
    one_and_multiples = _one_beside_multiples(text, story)
    if one_and_multiples is not None:  # "one girl of 6 and boy/girl twins 2 months": 1 + 2
        return one_and_multiples, text
    before_it = ELDER_ONES.search(text)  # 怀的三胎 前面俩一个八岁一个四岁: the ones born so far
    if (
        before_it
        and before_it.group(2)  # 俩大的: only when no younger one is told beside them
        and sum(c.size for c in story.children if c.told and not c.pregnant)
        not in (0, int(before_it.group(2)))  # 家里俩大的都上小学了 又怀上了: the two born
    ):
        before_it = None
    if before_it and not fund_talk and any(c.pregnant and c.birth is None for c in story.children):
        return int(next(g for g in before_it.groups() if g)), before_it.group(0)
    if elders is not None and not fund_talk:  # 上周三生的双胞胎 上头还有仨: the twins and the three
        return elders[0] + elders[1], text
    just_them = JUST_THEM.search(text)
    if (
        just_them
        and not fund_talk
        and not story.known_children
        and int(just_them.group(1)) == sum(c.size for c in story.children if not c.pregnant)
    ):  # 三胞胎小子 今天满一百天 家里就他们仨: the children told are all of them
        return int(just_them.group(1)), just_them.group(0)
    both = ALL_TOLD.search(text)
    if (
        both
        and not fund_talk
        and not story.known_children  # 俩都量了 said in passing of the two known
        and int(both.group(1)) == sum(c.size for c in story.children if c.told and not c.pregnant)
    ):  # "大的两岁半 小的刚满月 俩都是剖的": the children the message tells of, counted
        return int(both.group(1)), both.group(0)
    if (
        both
        and not fund_talk
        and int(both.group(1)) == story.known_children
        and not any(c.pregnant or c.size > 1 for c in story.children)
        and len([c for c in story.children if c.told and c.first < both.start()])
        == story.known_children
    ):  # 大闺女1米4 老二1米2 俩都还得买票不: each known child told, then all of them counted
        # (not 俩都量了 大的126 小的103, the measuring told before the children)
        return int(both.group(1)), both.group(0)
    both = KNOWN_ALL.search(text)
    if (
        both
        and not fund_talk
        and int(both.group(1)) == story.known_children
        and not any(c.told for c in story.children)
        and KNOWN_ALL_DID.match(text, both.end())
    ):  # 现在俩都上学了, 那时候俩都没领: the two children known, counted in passing
        return int(both.group(1)), both.group(0)
    these = THESE_KNOWN.search(text)
    if (
        these
        and not fund_talk
        and int(these.group(1)) == story.known_children
        and not any(c.told for c in story.children)
    ):  # 生这仨的时候, 那俩出生时: the children known, pointed at and counted in passing
        return int(these.group(1)), these.group(0)
    groups = [c for c in story.children if c.size > 1 and not c.pregnant]
    groups = [
        g for g in groups if g.told or not any(o.told and o.size == g.size for o in groups)
    ]  # "…生了双胞胎 … 双胞胎一个月能领多少": the twins told, named again
    if (
        asked == "children"
        and len(groups) == 1
        and len([c for c in story.children if not c.pregnant and (c.size == 1 or c is groups[0])])
        == 1  # "a pair of girls, twins, 3 and a half": one pair, said twice
        and not groups[0].youngest
    ):  # "twins", "双胞胎": the children asked about ("just the twins … and one more due in
        # november": a baby on the way is no child born)
        return groups[0].size, text
    births = _numbered_births(story)
    if groups and births is not None:  # 头胎双胞胎 二胎是个小子: every birth told, by number
        return births, text
    if groups and ONLY_THESE.search(text):
        # "7yo girl then twin boys of 3, thats all of them": a child told with its own birth
        # beside the twins is one of all the children said
        besides = [
            c
            for c in story.children
            if c.size == 1
            and not c.pregnant
            and c.birth is not None
            and (groups[0].birth is None or c.birth.value != groups[0].birth.value)
        ]
        return groups[0].size + len(besides), text
    if (
        story.first_pregnancy_known
        and len(groups) == 1
        and groups[0].told
        and groups[0].birth is not None
        and all(c is groups[0] for c in story.children if c.told or c.pregnant)
    ):  # "my wife gave birth last wed, twins!!" of the first pregnancy known: the first birth
        return groups[0].size, text
    named = {c.order for c in story.children if c.order is not None and c.size == 1}
    told_first = any(c.order == 1 and c.size == 1 and c.told for c in story.children)
    singles = [c for c in story.children if c.size == 1 and c.told]
    group_birth = groups[0].birth if len(groups) == 1 else None
    elder = (  # "twins from '26, their brother from '20": their sibling, born well before them
        len(singles) == 1
        and not named
        and (
            singles[0].word in ("brother", "sister", "哥哥", "姐姐")
            or TWINS_AS_SIBLINGS.search(text) is not None  # "my son is 9, his twin sisters are 4"
            or _listed_with_the_twins(text, singles[0], group_birth)  # "and a 7yo girl"
            or ELDER_CHILD.search(text) is not None  # "older boy born in may 2021"
            or PLUS_ONE_MORE.search(text) is not None  # "twins born 6 weeks ago, plus a 3 yo"
            # "a 4 yr old boy and twins of 15 months": the elder told by age, then the twins
            or (
                singles[0].birth is not None
                and singles[0].birth.kind == "age"
                and ELDER_THEN_MULTIPLES.search(text) is not None
            )
        )
        and singles[0].birth is not None
        and group_birth is not None
        and (group_birth.value - singles[0].birth.value).days > 270
    )
    if (
        len(groups) == 1
        and (
            groups[0].order is None  # 双胞胎是老二老三: named by order, no count
            or (groups[0].order == 2 and SECOND_BIRTH_MULTIPLES.search(text) is not None)
        )
        and ((named == {1} and (told_first or groups[0].birth is not None)) or elder)
        and not any(c.pregnant or c.ahead for c in story.children)  # 双胞胎下个月生: to come
        and any(  # heights alone of children not known: "the eldest girl is 1m35, her twin bros
            # are 1.1m" (not "eldest 125, the twins both 101" of the three known)
            c.birth is not None or c.height is not None
            for c in story.children
        )
        and (
            not story.known_children  # "twins both 95cm but the big sister 1.3m": known ones
            # 老大上小学了 下边一对双胞胎 一岁零五个月: the one known child named as the eldest,
            # the twins' age told after it, the family listed (not "the twins got here last
            # friday!! big sis is over the moon", news of a birth)
            or (
                story.known_children == 1
                and named == {1}
                and groups[0].order is None
                and groups[0].birth is not None
                and groups[0].birth.kind == "age"
                and all(c.first < groups[0].first for c in story.children if c.order == 1)
            )
        )
    ):  # the elder child and the multiple birth, 'their big sister is 5 and the twins 8 months',
        # 老大上小学了 去年又来了对龙凤胎 (the eldest named, the twins' birth told); "big brother is
        # 4 and a half, big sister 2": every single child told beside the twins
        singles_told = [c for c in story.children if c.size == 1 and c.told]
        return max(1, len(singles_told)) + groups[0].size, text  # 老大 + 生了双胞胎: three
    either = _single_beside_multiples(story, groups, singles, text)
    if either is None:
        either = _elder_group_beside_multiples(text, story, groups, singles)
    if either is None and not groups:
        either = _elder_two_twins_and_one(text, story, singles)
    if either is not None:  # "the twins r 7 and the baby is 5 weeks": 2 + 1
        return either, text
    if (
        len(groups) == 1
        and groups[0].order is None
        and groups[0].birth is not None  # their birth or age told (双胞胎两岁了 上面还有个哥哥)
        and not named
        and not singles
        and not story.known_children
        and not any(c.pregnant for c in story.children)
        and OLDER_SIBLING.search(text)
    ):  # 上周一三胞胎出生 上面还有个哥哥: the one elder child and the multiple birth
        return 1 + groups[0].size, text
    if (
        len(groups) == 1
        and groups[0].order is None
        and named == {1}
        and story.known_children == 1
        and not any(c.pregnant for c in story.children)
        and ELDEST_BORN.search(text)
    ):  # the one child known named as the eldest beside a multiple birth told (上头老大出生那会没领,
        # 大小子生那年 … 生了对双胞胎): the eldest and the twins or triplets after it
        return 1 + groups[0].size, text
    singles = [c for c in story.children if c.size == 1 and c.told]
    elder_one = ONE_ELDER_MORE.search(text)
    if (
        len(groups) == 1
        and (
            groups[0].order is None
            # 二胎是双胞胎 上面有个姐姐八岁: the second birth, and the one born before it
            or (
                groups[0].order == 2
                and elder_one is not None
                and SECOND_BIRTH_MULTIPLES.search(text) is not None
            )
        )
        and len(singles) == 1
        and not any(c.pregnant for c in story.children)
        and (elder_one is not None or ONE_YOUNGER_MORE.search(text) is not None)
    ):  # "三胞胎 快一岁了 家里还有个姐姐五岁", 上头还有个五岁的哥哥, 双胞胎 前面还有个闺女: the multiples and one more
        return 1 + groups[0].size, text
    if _kin_beside_multiples(groups, singles, named, story):
        return 1 + groups[0].size, text
    if own is not None:  # 双胞胎俩小子 三岁了: the twins, and no other child told of
        return int(own.group("n") or own.group("k") or own.group("w")), own.group(0)
    return None


# One elder child besides the multiples told: 家里还有个姐姐, 上头还有个五岁的哥哥, 上面有个闺女.
ONE_ELDER_MORE = re.compile(
    r"(?:家里|上面|上头|上边|前面|前头|前边)?还有(?:1个|个)?(?:\d{1,2}岁[半多]?的)?(?:哥哥|姐姐|大的|老大)"
    r"|(?:上面|上头|上边|前面|前头|前边)(?:还)?有(?:1个|个)?(?:\d{1,2}岁[半多]?的)?"
    r"(?:哥哥|姐姐|大的|老大|闺女|儿子|女儿|丫头|小子|孩子)"
)
# 双胞胎姐俩 下面还有个弟弟, 底下还有个小的: one younger child after the multiples.
ONE_YOUNGER_MORE = re.compile(
    r"(?:下面|下头|下边|底下|后面|后头)(?:还|又)?有(?:1个|个)?(?:\d{1,2}岁[半多]?的)?"
    r"(?:弟弟|妹妹|小的|老幺|闺女|儿子|女儿|丫头|小子|孩子|小闺女|小儿子|小孙子|小孙女)"
    # 双胞胎都一米一 还有个小的八个月: one more, named as the youngest
    r"|(?:还|又)有(?:1个|个)(?:\d{1,2}岁[半多]?的)?(?:小的|最小的|老幺|小闺女|小儿子|小孙子|小孙女)"
)


# "no other kids yet", "we've got no others", "none at home yet": no child besides the ones told.
NONE_BESIDES = re.compile(
    r"\bno (?:other|older) (?:kids|children|babies|ones)\b|\b(?:have|got|had) no others\b"
    r"|\bnone (?:at home|born) yet\b|\bno (?:kids|children) at home\b"
    r"|\bno (?:kids|children|babies) before\b"  # "twins due in june!! no kids before this"
)


def _none_born_besides(text: str, story: _Story) -> bool:
    """No other child said beside a pregnancy, the only children the message tells: "twins due
    2025.7, no other kids yet", "expecting our first in may, no other kids": no child born yet
    (tests/corpus/README.md: "一个都还没生" = 0)."""
    told = [c for c in story.children if c.told]
    return (
        NONE_BESIDES.search(text) is not None
        and not story.known_children
        and bool(told)
        and all(c.pregnant and c.birth is None for c in told)
    )


# Grandchildren told of: a son or daughter named beside them is their parent.
GRANDCHILD_TOLD = re.compile(r"孙子|孙女|外孙|grand(?:son|daughter|kid|child)", re.I)
KIN_CHILD = re.compile(r"外孙女?|孙子|孙女|儿子|闺女|女儿|小子|丫头|大孙子|大孙女|小孙子|小孙女")


def _orders_of_kin(pieces: list[tuple[int, str]], word: str, total: int) -> list[int]:
    """The orders of the children the message told by `word`'s kinship word, each in a piece of
    its own with its order (大孙女9岁 老2孙女6岁 小孙子3岁: 孙女 → [1, 2], 孙子 → [3]; the
    youngest is the last of `total`)."""
    base = re.sub(r"^[大小]", "", word)
    found: list[int] = []
    for _, piece in pieces:
        words = {re.sub(r"^[大小]", "", w) for w in KIN_CHILD.findall(piece)}
        named = birth_orders_named(piece)
        if words != {base} or len(named) != 1:
            continue
        order = total if named[0] == -1 else named[0]
        if 1 <= order <= total and order not in found:
            found.append(order)
    return sorted(found)


# Which of two children named by kinship words is the elder, said without an age: 孙子大,
# 闺女大一些, 孙子比孙女大, 儿子小, 老大是孙子, 大的是闺女, 外孙是老大.
_KIN = r"(?P<w>外孙女|外孙|孙子|孙女|儿子|闺女|女儿|小子|丫头)"
_NOT_AFTER_BIG = r"(?![了学班宝闺女儿孙小姐哥些夫妈爷])"
ELDER_BY_WORD = re.compile(
    _KIN
    + r"\s*(?:是|要|更|比[^\s，,。\d]{1,4})?\s*大(?:一些|一点|点|些)?"
    + _NOT_AFTER_BIG
    + r"(?=\s|$|[，,。；;!！]|\d)"
    + r"|(?:^|(?<=[\s，,。]))(?:老大|大的)(?:是|就是)"
    + _KIN.replace("?P<w>", "?P<w2>")
    + r"|"
    + _KIN.replace("?P<w>", "?P<w3>")
    + r"(?:是|就是)(?:老大|大的)(?![^\s，,。]*(?:一米|\d))"
)
YOUNGER_BY_WORD = re.compile(
    _KIN
    + r"\s*(?:是|要|更|比[^\s，,。\d]{1,4})?\s*小(?:一些|一点|点|些)?"
    + r"(?![了学班宝闺女儿孙姐哥子孩时的些])(?=\s|$|[，,。；;!！]|\d)"
)


def _elder_by_word(
    told: list[Child], story: _Story, text: str, known: list[dict[str, Any]]
) -> bool:
    """Two children told by different kinship words, no order or age between them, one said to
    be the elder or the younger (孙女一米一 孙子一米三八 孙子大): that one first. True when
    placed."""
    pair = [c for c in told if c.size == 1 and not c.pregnant]
    if (
        known
        or len(told) != 2
        or len(pair) != 2
        or any(c.order is not None or c.youngest or c.later for c in pair)
        or pair[0].word == pair[1].word
    ):
        return False
    elder = ELDER_BY_WORD.search(text)
    younger = YOUNGER_BY_WORD.search(text) if elder is None else None
    said = elder or younger
    if said is None:
        return False
    word = said.group("w") if younger else next(w for w in said.groups() if w)
    named = [c for c in pair if c.word == word]
    if len(named) != 1:
        return False
    first = named[0] if elder else next(c for c in pair if c is not named[0])
    first.order, next(c for c in pair if c is not first).order = 1, 2
    story.children = [c for c in story.children if c in told or c.order not in (1, 2)]
    return True


# A kinship word opening a clause that answers of that child's birth: 闺女是低保期间生的, 儿子不是.
KIN_OPENS_AN_ANSWER = re.compile(
    r"(?:^|(?<=[\s，,。]))\s*(?:我家|我们家|咱家)?(?P<word>外孙女|外孙|孙子|孙女|儿子|闺女|女儿|小子|丫头)"
    r"(?=\s*(?:也|就|都)?(?:是|不是|没有|没|有)(?!老|大的|小的))"
)


def _kin_birth_by_the_elder_said(clause: str, text: str) -> list[int]:
    """No child told by an age or a height: the birth a clause names by one of two kinship words
    (生儿子的时候领着特困 生闺女时候没有 闺女大 儿子小), placed by the one said to be the elder."""
    born = BIRTH_OF_RELATIVE.search(clause)
    words = {m.group("word") for m in BIRTH_OF_RELATIVE.finditer(text)}
    if born is None:  # 闺女是低保期间生的 儿子不是 儿子是老大 闺女小: the kin word opens the answer
        born = KIN_OPENS_AN_ANSWER.match(clause)
        if born is None or re.search(r"老[\d大小]|[大小]的|大$|小$", clause):
            return []
        words = {m.group("word") for m in KIN_OPENS_AN_ANSWER.finditer(text)} | {
            m.group("w") or m.group("w2") or m.group("w3") for m in ELDER_BY_WORD.finditer(text)
        }
    if len(words) != 2:
        return []
    elder = ELDER_BY_WORD.search(text)
    younger = YOUNGER_BY_WORD.search(text) if elder is None else None
    said = elder or younger
    if said is None:
        return []
    word = said.group("w") if younger else next(w for w in said.groups() if w)
    if word not in words:
        return []
    first = word if elder else next(w for w in words if w != word)
    return [1 if born.group("word") == first else 2]


def _kin_beside_multiples(
    groups: list[Child], singles: list[Child], named: set[int], story: _Story
) -> bool:
    """One child told by a kinship word and its age beside one multiple birth told by its own
    word and age, years apart (孙子三岁零两个月 俩孙女是双胞胎 一岁零三个月, 外孙女五岁 外孙是双胞胎
    俩 两岁): the family's children, the single one and the multiples (none known, no order)."""
    if len(groups) != 1 or len(singles) != 1 or named or story.known_children:
        return False
    group, single = groups[0], singles[0]
    if (
        group.order is not None
        or group.birth is None
        or single.birth is None
        or any(c.pregnant for c in story.children)
        or not KIN_CHILD.fullmatch(single.word)
        or not KIN_CHILD.fullmatch(group.word)
        or not _same_generation(single.word, group.word)
    ):
        return False
    return abs((group.birth.value - single.birth.value).days) > 270


# A count put right as it is said: "one, wait no, two - its twins", "1 sorry 2 kids", "two..
# no, three": the number said last (a number given an age or height unit is no count).
SELF_CORRECTED_COUNT = re.compile(
    r"\s*(?:(?:we have|we've got|we got|i have|there are|just) )?\d{1,2}(?P<noun1> kids| children)?"
    r"\s*[,.…!-]*\s*"
    r"(?:(?:wait|sorry|oops|no|nope|i mean|i meant|actually|scratch that|make that|er+|um+|hang on)"
    r"[\s,.…!-]*)+(?P<n>\d{1,2})\b(?![- ]?(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|yo|y/o|cm"
    r"|m\b)|[.:]\d)(?: (?P<noun>kids|children|babies))?"
)


# The same put in Chinese: 三个孩子 不对 四个, 俩娃 说错了 仨, 孩子两个 哦不 是三个 (a number given
# an age, month or height unit is no count).
_KIDS_COUNTED = r"(?:\d\s*(?:个\s*)?(?:孩子|娃|小孩|宝宝)|\d\s*个|(?:孩子|娃|小孩)\s*\d\s*个?)"
ZH_SELF_CORRECTED_COUNT = re.compile(
    rf"(?<![\d.]){_KIDS_COUNTED}\s*[,，。…!！~\s]*"
    r"(?:(?:不对|说错了?|哦不|啊不|呃不|不不|错了|打错了?|写错了?|更正(?:一下)?|口误)[,，。…!！~\s]*)+"
    r"(?:是|应该是|其实是|一共|一共是)?\s*(?P<n>\d)\s*(?:个|位)?\s*(?:孩子|娃|小孩|宝宝)?"
    r"(?!\d|\s*(?:岁|个?月|天|年|周|米|cm|公分|号|日|胞胎))"
)


def _numbered_births(story: _Story) -> int | None:
    """The children of the births a message names by number, one after another from the first,
    one of them twins (头胎双胞胎 二胎是个小子: 3; 第一胎龙凤胎 第二胎又是双胞胎: 4); None when a
    child is known, or a child born is named otherwise."""
    born = [c for c in story.children if not c.pregnant and (c.told or c.size > 1 or c.birth_ref)]
    if story.known_children or len(born) < 2 or not any(c.size > 1 for c in born):
        return None
    if not any(c.birth is not None for c in born):
        return None  # 头胎没领 二胎双胞胎那会领了: the births named for what was had at them
    if not all(c.birth_ref and c.order is not None for c in born):
        return None
    next_order = 1
    for child in sorted(born, key=lambda c: c.order or 0):
        if child.order != next_order:
            return None
        next_order += child.size
    return next_order - 1


def _sexes_of_later_ones(story: _Story, counted: int) -> bool:
    """ "our 2nd and 3rd came together last friday, a boy and a girl": the sexes of children
    named by an order past the number counted, so of those children, not of the family."""
    orders = [c.order for c in story.children if c.order is not None and c.told]
    return bool(orders) and max(orders) > counted


# "one girl of 6 and boy/girl twins 2 months": one child, then a multiple birth beside it (the
# one counts the girl, not the family).
ONE_BESIDE_MULTIPLES = re.compile(
    r"\s+(?:\w+\s+)?(?:boy|girl|son|daughter|kid|child)\b[^.;!?]*?(?:,|\band\b|&|\+|\bplus\b|\bthen\b)"
    r"[^.;!?]*?(?:" + MULTIPLES.pattern + r")"
)


def _one_beside_multiples(text: str, story: _Story) -> int | None:
    """ "one girl of 6 and boy/girl twins 2 months", "1 son aged 8 plus triplets": the message
    opens on one child, then a multiple birth: every child told, counted (none known)."""
    one = re.match(r"\s*(?:1|an?)(?=\s)", text)
    groups = [c for c in story.children if c.size > 1 and not c.pregnant]
    singles = [c for c in story.children if c.size == 1 and c.told]
    if (
        one is None
        or not ONE_BESIDE_MULTIPLES.match(text, one.end())
        or story.known_children
        or len(groups) != 1
        or len(singles) != 1
        or any(c.pregnant for c in story.children)
    ):
        return None
    return 1 + groups[0].size


# 外孙, "grandson", "grandkids": grandchildren named (not "grandma here", the writer, who may call
# them "my daughter's kids").
GRANDCHILD_NAMED = re.compile(r"孙|grand(?:sons?|daughters?|kids?|child|children|bab)")


def _single_beside_multiples(
    story: _Story, groups: list[Child], singles: list[Child], text: str
) -> int | None:
    """The one child and the one multiple birth a message tells, born well apart, in either order
    (tests/corpus/README.md): the twins then a younger one ("twins 20 months, baby sister 3
    months", 双胞胎是一九年的 老三二四年十一月生的) or an elder one then the twins ("twins born 2
    months ago + our 5 year old"): every child counted, the single and the multiple. None when a
    child is known, a baby is on the way or put ahead, or an order names another child (老二,
    "our second"; the twins named 老二老三 are order naming, no count)."""
    if (
        len(groups) != 1
        or len(singles) != 1
        or story.known_children
        or any(c.pregnant or c.ahead for c in story.children)
    ):
        return None
    group, single = groups[0], singles[0]
    if group.birth is None or single.birth is None or group.ahead or single.ahead:
        return None
    if SON_OR_DAUGHTER.search(single.word) and GRANDCHILD_NAMED.search(text):
        return None  # 儿子五岁 双胞胎外孙 一岁: a son beside grandchildren, not their sibling
    gap = (single.birth.value - group.birth.value).days
    if abs(gap) <= 270:
        return None
    younger = gap > 0
    if younger:  # the twins first: no order, or "our 1st and 2nd"; the single, the next one
        if group.order not in (None, 1) or single.order not in (None, group.size + 1):
            return None
    elif group.order is not None or single.order not in (None, 1):
        return None
    if any(c.order is not None and c not in (group, single) for c in story.children):
        return None
    return 1 + group.size


# The elder children named as a group by their number: "the 2 older ones", "our older two",
# "the first two", "the oldest 3", 前两个, 大的俩 (normalised 大的2).
ELDERS_BY_NUMBER = re.compile(
    r"\b(?:the|our|my) (?:(?P<a>2|3|two|three) (?:older|oldest|eldest|elder|big|first)"
    r"|(?:older|oldest|eldest|elder|big|first) (?P<b>2|3|two|three))\b"
    r"|(?:前|头)(?:头|面|边)?(?P<c>[23])(?:个|胎)?(?:(?<=个)(?=1个\d)|(?![\d个月天年周次回号名岁星礼]))|大的(?P<d>[23])(?!\d|个?(?:月|岁|天|年|周))"
)


def _elder_group_beside_multiples(
    text: str, story: _Story, groups: list[Child], singles: list[Child]
) -> int | None:
    """The elder children, named together by their number, and a multiple birth after them, each
    with an age or birth told: "the 2 older ones r 8 and 6, the twins 13 months", 前两个九岁七岁
    双胞胎一岁: every child told, counted, like one elder child beside twins (tests/corpus/
    README.md). None when a child is known or on the way, or the number is not of the ones told."""
    said = ELDERS_BY_NUMBER.search(text)
    if (
        said is None
        or len(groups) != 1
        or story.known_children
        or any(c.pregnant or c.ahead for c in story.children)
    ):
        return None
    group = groups[0]
    number = next(g for g in said.groups() if g)
    if int(EN_NUMBERS.get(number, number)) != len(singles) or group.order is not None:
        return None
    if group.birth is None or any(c.birth is None for c in singles):
        return None
    if sorted(c.order or 0 for c in singles) != list(range(1, len(singles) + 1)):
        return None
    if any((group.birth.value - c.birth.value).days <= 270 for c in singles if c.birth):
        return None
    return len(singles) + group.size


# 大的俩龙凤胎, 大的两个是龙凤胎, 大的那两个是双胞胎: the elder two said to be the twins
ELDER_TWO_TWINS = re.compile(r"大的(?:那)?(?:俩|两个|2个?)(?:是)?(?:[一1]?对)?(?:双胞胎|龙凤胎)")


def _elder_two_twins_and_one(text: str, story: _Story, singles: list[Child]) -> int | None:
    """大的俩龙凤胎十二岁了 小的是个闺女 才一岁两个月: the elder two, read as the first and second
    child, said to be twins, and one younger child: the multiple birth and the single one, three
    (tests/corpus/README.md, either order). None when a child is known or on the way."""
    if (
        ELDER_TWO_TWINS.search(text) is None
        or len(singles) != 3
        or story.known_children
        or any(c.pregnant or c.ahead for c in story.children)
    ):
        return None
    first, second, third = sorted(singles, key=lambda c: c.order or 99)
    if (
        (first.order, second.order) != (1, 2)
        or third.order not in (None, 3)
        or first.birth is None
        or second.birth is None
        or third.birth is None
        or first.birth.iso != second.birth.iso
        or (third.birth.value - first.birth.value).days <= 270
    ):
        return None
    return 3


# The elder children counted beside the ones just told: 上头还有仨, 前面还有俩姐姐, 上头就一对双胞胎
# (not 上头还有个哥哥, one elder untold; not 前头俩月, a time; not 上面还有俩老人, the grandparents).
ELDERS_COUNTED = re.compile(
    r"(?:上面|上头|上边|前面|前头|前边)(?:还|就|只)?(?:有)?\s*"
    r"(?:(?P<n>[2-5])(?!\s*个?\s*(?:月|天|年|周|星期|礼拜|小时|岁|米|(?!1个)\d|老人|老的|大人|人|口|家|套|房))|(?P<pair>(?:一|1)对(?=\s*(?:双胞胎|龙凤胎))))"
)


def _elders_counted(text: str, story: _Story) -> tuple[int, int, int] | None:
    """(elder children counted, children told before them, where the count is said) when a
    message tells its newest children (a multiple birth, or the youngest) and then counts the
    ones above them: 上周三生的双胞胎 上头还有仨 (2 + 3), 小孙女是老幺 上头就一对双胞胎孙子
    (1 + 2). None when a pregnancy or a known child is about, or a child told before them is
    named by an order."""
    said = ELDERS_COUNTED.search(text)
    if said is None or story.known_children or any(c.pregnant for c in story.children):
        return None
    before = [
        c for c in story.children
        if c.told and c.birth is not None and c.birth.start < said.start()
    ]  # fmt: skip
    if not before or any(c.order is not None for c in before):
        return None
    counted = 2 if said.group("pair") else int(said.group("n"))
    return counted, sum(c.size for c in before), said.start()


# The eldest's own birth told: 上头老大出生那会, 大小子生那年, "when our eldest was born".
ELDEST_BORN = re.compile(
    r"(?:老大|大的|大小子|大闺女|大儿子|大孙子|大孙女|大外孙女?|大宝|头胎)[^，,\s]{0,4}(?:出生|生|落地)"
    r"|\b(?:eldest|oldest|first|older one|big one)\b[^,.;]{0,20}\b(?:was born|came|arrived)\b"
)


# One child had, said with "just" or "only": "we just have the one", "we've only got the one",
# "have just the 1" (not "we only have one flat", "just have 1 question").
JUST_THE_ONE = re.compile(
    r"\b(?:(?:just|only) (?:have|got|has)|(?:have|got|has)(?: got)? (?:just|only)) (?:the )?(?:1|one)\b"
    r"(?![- ]?(?:years?|yrs?|months?|weeks?|days?|questions?|things?|more|of|flats?|homes?|houses?"
    r"|apartments?|cars?|rooms?|bedrooms?|payers?|incomes?|jobs?|salary|parent)\b)"
)


# The children listed, the elder one first and the twins after it: "a 4 yr old boy and twins of 15
# months" (not "twins born 2 months ago + our 5 year old": another child added to the twins).
ELDER_THEN_MULTIPLES = re.compile(
    r"(?:\b(?:boy|girl|son|daughter|kid|child|(?:yrs?|years?)[- ]?old)|\d\s*yo)\s*(?:,|and|&|\+)\s*"
    # "a 7 year old and 10 month old twins": the twins' age said before them
    r"(?:\d{1,2}[- ]?(?:months?|mos?|weeks?|wks?|years?|yrs?)[- ]?(?:old )?)?"
    r"(?:(?:a )?(?:pair of )?twins?|triplets)\b"
)  # "a 7 yr old and triplets of 8 months": the elder told by its age alone


# The one child told beside twins by a plain child word ("twin boys 1, and a 7yo girl", "twins r 2,
# the boy is 8"): their sibling when born well before them.
# 下面还有个七岁的, 底下还有1个: a younger child besides the ones told, its age after
YOUNGER_ONE_BEFORE = re.compile(r"(?:下面|下边|下头|底下)(?:还)?有(?:个|1个)\s*$")
# 上周四生了俩小子, 前天剖的 俩闺女: children counted right after their birth (on a day told)
BORN_ON_A_DAY_COUNTED = re.compile(
    r"(?:生了|剖了|生的|剖的|生下|出生了?)\s*(?:1对)?\s*([23])\s*(?:个)?"
    r"(?:小子|儿子|闺女|丫头|女儿|男孩|女孩|孩子|娃|宝宝|千金|外孙女?|孙子|孙女)"
    # 俩小子上周二剖的, 两个孙子是前天生的: the count first, the day of their birth after it
    r"|(?<![\d第])([23])\s*(?:个)?(?:小子|儿子|闺女|丫头|女儿|男孩|女孩|宝宝|千金|外孙女?|孙子|孙女)"
    r"(?=\s*(?:都|也)?(?:是)?[^，,。\s子女儿娃孩宝老小大]{1,8}?(?:生|剖|出生)的)"  # not 俩孙子 小孙子…
)
# The one child told besides a pair just born (上面还有个闺女, 家里还有个大小子, 前边还有个大孙女): an
# elder, whatever the word for it.
ONE_MORE_BESIDE_A_PAIR = re.compile(
    r"(?:家里|家|上面|上头|上边|前面|前头|前边)(?:还|也)?有(?:1个|个)(?:\d{1,2}岁[半多]?的)?"
    r"(?:大)?(?:闺女|儿子|女儿|丫头|小子|孩子|娃|孙子|孙女|外孙女?|哥哥|姐姐)"
)


def _born_on_a_day(child: Child) -> bool:
    """A child told born on a day (上周四, 前天), not of an age or a month."""
    birth = child.birth
    return birth is not None and birth.kind == "date" and birth.precision == "day"


def _born_together(child: Child) -> bool:
    """A child told born on a day or in a month (上周四, 上个月): babies counted born then are one
    birth; not of an age or a year (去年生了俩闺女 may be two births)."""
    birth = child.birth
    return birth is not None and birth.kind == "date" and birth.precision in ("day", "month")


# 二胎是龙凤胎, 第二胎生了双胞胎: the second birth a multiple one (beside 老大, the family's births)
SECOND_BIRTH_MULTIPLES = re.compile(
    # 生二胎的时候是双胞胎, 二胎那回生了对龙凤胎: the birth's time named before its babies
    r"(?:第)?2胎\u2060?\s*(?:的时候|时候|时|那次|那回|那会儿?)?\s*"
    r"(?:是|就是|生了|生的|又是|来了|怀的|怀了)?\s*(?:1?对)?\s*(?:双胞胎|龙凤胎|3胞胎)"
)
SINGLE_CHILD_WORD = re.compile(r"boy|girl|kid|child|bro|sis")


def _listed_with_the_twins(text: str, single: Child, twins: Mention | None) -> bool:
    """The one other child is told by a plain child word in the sentence that tells the twins'
    age ("twin boys just turned 1, and a 7yo girl"): the family's children listed together
    (not "…twins!! they already have a 4 year old boy", nor "our daughter", a relation)."""
    if twins is None or single.birth is None or not SINGLE_CHILD_WORD.fullmatch(single.word):
        return False
    start, end = sorted((twins.start, single.birth.start))
    return not re.search(r"[.!?;。！？；]", text[start:end])


# One more child listed with the twins: "twins 6 weeks, plus a 3 yo", "as well as a 5 year old"
# (not "plus our daughter", a relation told beside them).
PLUS_ONE_MORE = re.compile(
    r"\b(?:plus|as well as|and also)\s+(?:a|an|1"
    # "plus our 4 yr old at home": the child told by its age alone
    r"|(?:our|my) \d{1,2}[- ]?(?:yrs?|years?|yo|y/o)(?=$|\W))(?:\s|$)"
)


# The twins named as the one child's siblings: "my son is 9, his twin sisters are 4", "our girl
# is 6 and her little brothers are twins": he or she is their brother or sister.
TWINS_AS_SIBLINGS = re.compile(
    r"\b(?:his|her) (?:(?:little|baby|younger|small|big|older) )?twin (?:sisters|brothers|siblings"
    r"|sibs|bros|sisters?)\b|\b(?:his|her) (?:(?:little|baby|younger|small) )?(?:sisters|brothers"
    r"|siblings),? (?:are |r )?(?:the |a pair of |identical )?twins\b"
)


# The twins' elder sibling named by age rank: "older boy", "big girl" (大闺女 can be the mother).
ELDER_CHILD = re.compile(r"\b(?:older|elder|big) (?:boy|girl|son|daughter|one|kid)\b")


# A count of children still to be: "2 kids soon", "will soon have 3 kids", 马上就俩娃了, 快要仨孩子了.
COUNT_TO_BE = re.compile(
    r"\bsoon\b|\bwill (?:soon )?(?:have|be)\b|\bgoing to (?:have|be)\b|\bon the way\b"
    r"|马上|快要|就要|即将|快(?=\s*\d\s*个?(?:娃|孩|小孩))"
)


def _the_ones_on_the_way(count: int, known: list[dict[str, Any]]) -> bool:
    """A count equal to the known babies on the way (twins due) and smaller than all the known
    children (an elder beside them): "两个都有吗", "俩娃一共一个月多少" name the twins, not the
    family (tester 22 c01 had 记下了：2个孩子 of a family of three)."""
    expected = [k for k in known if "due_date" in k and not k.get("birth_date")]
    return 2 <= count == len(expected) < len(known)


# Money summed over the children just counted: "俩娃加一起", "两个孩子一共", "the 2 kids together".
COUNT_SUMMED = re.compile(
    r"\s*(?:的|都)?\s*(?:加一起|加起来|加在一起|一共|总共|合计|together|combined|in total|altogether)",
    re.I,
)


# Ages listed right after a count of the children ("we have two already (7 and 2)", "got 2
# kids, 7 and 2", "we have 2 already: ages 7 and 2"): one age of each child counted.
_LISTED_AGE = r"\d{1,2}(?:\s*(?:yrs?|years?(?: old)?|yo|y/o|岁))?"
AGES_AFTER_THE_COUNT = re.compile(
    r"\s*(?:kids|children|boys|girls|sons|daughters|of them|孩子|娃)?\s*(?:already|now|so far|了)?\s*"
    r"(?:[:：(（,，-]\s*)?(?:aged?\s+|ages?\s+|who are\s+|they(?:'re| are)\s+|分别(?:是)?)?"
    rf"{_LISTED_AGE}(?:\s*(?:,|，|、|and|&|和|跟)\s*{_LISTED_AGE})+"
)


def _ages_of_the_counted(
    norm: str, count: tuple[int, str], story: _Story, known: list[dict[str, Any]]
) -> None:
    """ "its actually my third, we have two already (7 and 2)": the ages listed right after the
    count are the children counted, born, eldest first; none is the age of a child named by an
    order beyond them, which a story carried over from the clause before would give it (tester
    48 c05 read the 7-year-old as the 3rd child). The order right after the count, named with
    nothing else told of it while a baby is known on the way among the counted orders (or a
    pregnancy is told), is that baby: the baby due is the 3rd, with its due date."""
    at = norm.find(count[1])
    listed = AGES_AFTER_THE_COUNT.match(norm, at + len(count[1])) if at >= 0 else None
    for index, child in enumerate(list(story.children)):
        if (
            listed is not None
            and child.order is not None
            and child.order > count[0]
            and child.size == 1
            and child.birth is not None
            and child.birth.kind == "age"
            and listed.start() <= child.birth.start < listed.end()
        ):  # the age is one of the list: a child counted, placed by its age
            story.children.insert(index, Child(birth=child.birth, first=child.first))
            child.birth = None
    due = next(
        (
            str(k["due_date"])
            for k in known[: count[0]]
            if k.get("due_date") and not k.get("birth_date")
        ),
        None,
    )
    if due is None and not PREGNANCY_WORD.search(norm):
        return
    for child in story.children:
        if (
            child.order == count[0] + 1
            and child.size == 1
            and not child.told
            and not child.ahead
            and child.due is None
        ):  # the baby on the way, moved to this order
            child.pregnant = True
            child.due = _known_due(due) if due else None


def _known_due(value: str) -> Mention:
    """A due date known (YYYY, YYYY-MM or YYYY-MM-DD) as a mention said nowhere in the text."""
    precisions: dict[int, Precision] = {4: "year", 7: "month"}
    precision = precisions.get(len(value), "day")
    day = date.fromisoformat({4: f"{value}-01-01", 7: f"{value}-01"}.get(len(value), value))
    return Mention(0, 0, day, precision, "pregnancy")


def _count_summed(text: str, span: str) -> bool:
    """Whether the count said as `span` is followed by a sum ("俩娃加一起一个月1200对不对"): the
    children whose money is added up, not the family's count corrected."""
    at = text.find(span)
    return at >= 0 and COUNT_SUMMED.match(text, at + len(span)) is not None


# A question after a count word (俩娃一个月能领1200是吧, 俩娃能领多少, "can both get it").
ASKED_AFTER = re.compile(
    r"[^，,。.;；]{0,16}?(?:是吧|是不是|吗|么|多少|几|能不能|\?|？|\bhow\b|\bcan\b)"
)


def _count_of_the_multiples_due(text: str, count: tuple[int, str], story: _Story) -> bool:
    """A count word of the size of a multiple birth on the way told before it, in a question
    about them ("现在怀的双胞胎 … 俩娃一个月能领1200是吧"): the twins to come, not the family's
    children born (tester 102 p9 had two children noted and the twins made the 3rd and 4th)."""
    at = text.find(count[1])
    if at < 0 or not ASKED_AFTER.match(text, at + len(count[1])):
        return False
    return count[0] >= 2 and any(
        c.pregnant and c.size == count[0] and c.first < at for c in story.children
    )


def _count_to_be(text: str, count: tuple[int, str], known: list[dict[str, Any]]) -> bool:
    """A count said of the children the family will soon have ("our family has 2 kids soon",
    马上就俩娃了), equal to the known children born and on the way: no child_count (a pregnancy
    is not a child born)."""
    at = text.find(count[1])
    if at < 0 or not COUNT_TO_BE.search(text[max(0, at - 12) : at + len(count[1]) + 12]):
        return False
    expected = [k for k in known if "due_date" in k and not k.get("birth_date")]
    return bool(expected) and count[0] == len(known)


# The time of a birth on the way, said as the time of something imagined: "what if we get on dibao
# before the baby comes in october", "要是宝宝十月出生前领上低保": the birth is told, the rest imagined.
BIRTH_TO_COME_BEFORE = re.compile(
    r"\b(?:before|when|after|until|by the time)\s+(?:the |our |my )?(?:baby|babies|twins|triplets"
    r"|little one|child|kid|she|he|they)\s+(?:comes?|arrives?|is born|are born|gets? here)"
    r"\s+(?:in |on |at |around |by )?(?:early |mid |late |the end of )?$"
)
BIRTH_TO_COME_AFTER = re.compile(r"\s*(?:出生|生|降生|落地)(?:之前|以前|前|的时候|时|那会儿?)")
CHILD_TO_COME = re.compile(r"(?:孩子|宝宝|娃|小宝|老二|老三|二宝|三宝)\s*(?:在)?\s*$")


def _birth_presupposed(text: str, mention: Mention, known: list[dict[str, Any]]) -> bool:
    """A date of the known pregnancy's birth said as the time of a hypothesis ("what if we get on
    dibao before the baby comes in october"): the due date is told, only the rest is imagined."""
    if not any("due_date" in k and not k.get("birth_date") for k in known):
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    return bool(BIRTH_TO_COME_BEFORE.search(before)) or bool(
        CHILD_TO_COME.search(before[-8:]) and BIRTH_TO_COME_AFTER.match(text, mention.end)
    )


def _twins_own(text: str, m: re.Match[str]) -> bool:
    """ "又生了对双胞胎 俩小子 现在三个孙子了", "俩小子双胞胎": a number said beside twins (or
    triplets) of its size counts them, not the family."""
    said = m.group("n") or m.group("k")
    if not said:
        boys = m.group("w")  # "the babies arrived last friday, 2 boys": the twins' sexes
        if boys and (named := MULTIPLES.match(text, m.end() + 2)) and text[m.end()] == ",":
            # "then 2 girls, twins, last march" ("two girls together"): the multiple birth
            # itself, counted (the family's count is theirs and any other child's)
            return int(boys) == (3 if named.group("three") else 2)
        return bool(
            boys
            and re.fullmatch(r"\d+ (?:boys|girls)", m.group(0))
            and _multiples_by_sex(text, m.start(), int(boys))
        )
    near = MULTIPLES.search(text, max(0, m.start() - 4), m.end() + 5)
    if near is None:  # 俩闺女都是二〇年生的 双胞胎: their birth told, then the word for them
        later = MULTIPLES.search(text, m.end(), m.end() + 14)
        if later is not None and TWINS_TOLD_BETWEEN.fullmatch(text, m.end(), later.start()):
            near = later
    if near is None and said == "2" and A_PAIR_AFTER.match(text, m.end()):
        return True  # 前头俩闺女也是一对: the two are a pair of twins, not the family
    return near is not None and int(said) == (3 if near.group("three") else 2)


# Between the children counted and the multiples word: only what is said of them (都是二〇年生的,
# 同一天出生的), no other child (老大, 弟弟), no "besides" and no sentence break.
TWINS_TOLD_BETWEEN = re.compile(
    r"(?:(?!老\d|老大|大的|小的|哥哥|姐姐|弟弟|妹妹|还有|另外|和|跟|[。！？!?；;])[^\d])*"
    r"(?:\d{2,4}年|\d{1,2}月|\d{1,2}岁)?(?:(?!老\d|老大|还有|[。！？!?；;])[^\d])*"
)


# The babies of one birth counted after its verb: 生了 俩小子, 剖了俩闺女.
BORN_COUNT_BEFORE = re.compile(r"(?:生了|剖了|生下|生下来)\s*$")
# 不是俩孩子, 不是两个娃, "not 2 kids": a count said only to deny it.
COUNT_DENIED = re.compile(r"(?:不是|\bnot)\s*$")


# The one child said to be twins or triplets: 不是一个孩子 是双胞胎, "not one kid, twins".
ONE_WAS_MULTIPLES = re.compile(
    r"不是\s*1\s*个(?:孩子|娃|小孩|宝宝)?[\s，,]*(?:而)?是(?:1对)?(?P<k>双胞胎|龙凤胎|3胞胎)"
    r"|\bnot (?:one|1|a single|just one|just 1) (?:kid|child|baby)\W+(?:it'?s |they'?re |but )?"
    r"(?P<e>twins|triplets)"
)


def _count_denied(text: str, m: re.Match[str]) -> bool:
    """ "不是俩孩子 小的是双胞胎 一共仨": the count after 不是 is the one put right, not the
    family's (the count said instead is read after it)."""
    return COUNT_DENIED.search(text, max(0, m.start() - 4), m.start()) is not None


# 俩闺女也是一对, 俩小子是1对: the two just counted are a pair of twins.
A_PAIR_AFTER = re.compile(r"[^，,。\s\d]{0,3}?(?:也|又)?是(?:一|1)对(?!\s*\d)")


# 是俩, 怀的是两个, 这胎也是仨: the babies of a pregnancy counted, a clause alone (not 是2月, a
# month; not 是俩孩子, the children born).
PREGNANCY_COUNTED = re.compile(
    r"(?:^|(?<=[\s,，。!！]))(?P<head>(?:怀的|怀上的|怀了|肚子里|肚里|这胎|这1胎|这次|这回)?\s*(?:也|还|又)?是\s*)"
    r"(?P<n>[23])\s*(?:个)?\s*(?:呢|啊|呀|哦|哈|嘛|了)?(?=\s|$|[,，。!！])"
    # 双的, 是双的: twins, said short
    r"|(?P<twin>(?:(?:也|还|又)?是)?双的)(?=\s|$|[,，。!！])"
)
# 年底 俩, answering the due date: the babies counted with no 是, a clause alone.
DUE_ANSWER_COUNTED = re.compile(
    r"(?:^|(?<=[\s,，。!！]))(?<![a-z#.] )(?P<head>)(?P<n>[23])\s*(?:个)?\s*(?:呢|啊|呀|哦|哈|嘛)?(?=\s|$|[,，。!！])"
)


def _pregnancy_counted(norm: str, asked: str | None) -> str:
    """The babies on the way counted in a clause of its own ("八月初 是俩 一男一女" answering the
    due date, 老婆怀了 是两个 after the pregnancy told): twins or triplets, read as 双胞胎 /
    三胞胎."""
    if asked not in (None, "due_date"):
        return norm
    if asked is None and (
        ("是" not in norm and "双的" not in norm) or PREGNANCY_COUNTED.search(norm) is None
    ):
        return norm  # nothing counted: the pregnancy is not looked for
    pregnant = PREGNANT.search(norm) if asked is None else None
    start = 0 if asked == "due_date" else pregnant.end() if pregnant else len(norm)
    rest = PREGNANCY_COUNTED.sub(_babies_counted, norm[start:])
    if asked == "due_date" and re.search(r"[\u4e00-\u9fff]", norm):  # not "number 2, due …"
        rest = DUE_ANSWER_COUNTED.sub(_babies_counted, rest)
    return norm[:start] + rest


def _babies_counted(m: re.Match[str]) -> str:
    """The babies counted named as the multiples they are."""
    if m.group("n") is None:
        return "是双胞胎"
    return m.group("head") + ("双胞胎" if m.group("n") == "2" else "三胞胎")


# "公积金俺不知道", "低保不清楚", "not sure about the fund": the fact said to be unknown. The
# clause tells nothing of it (tester 33 c02 got 家里没人交住房公积金 from 公积金俺不知道).
UNKNOWN_SAID = re.compile(
    r"不知道|不清楚|不确定|不记得|记不清|说不好|说不准"
    r"|\b(?:don'?t|do not|doesn'?t) (?:know|remember)\b|\bnot sure\b|\bno idea\b|\bdunno\b"
    r"|\bunsure\b|\bnot certain\b"
)
# The words that name each household fact a clause can say is unknown.
UNKNOWN_TOPICS: dict[str, re.Pattern[str]] = {
    "housing_fund_contributors": re.compile(r"公积金|\bfund\b|gongjijin"),
    "hardship_now": re.compile(r"低保|特困|失业|dibao|tekun|hardship|unemploy"),
    "hardship_at_birth": re.compile(r"低保|特困|失业|dibao|tekun|hardship|unemploy"),
    "child.hardship_at_birth": re.compile(r"低保|特困|失业|dibao|tekun|hardship|unemploy"),
    "birth_insurance": re.compile(r"保险|医保|insurance"),
}


MONTH_NAMED = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,2}\s*月|\d{1,2}[/.-]\d{1,2}",
    re.I,
)


def _day_of_a_known_month(
    text: str, known: dict[str, Any], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """A day told with its month and no year ("born feb 14") as a child after the known ones,
    when known children were born in that month, told to the month only (twins of February
    2024): those children's day, not a 4th child born this year (tester 74 c3)."""
    children = [c for c in known.get("children") or [] if isinstance(c, dict)]
    named = set(birth_orders_named(normalise(text))) if children else set()
    out: list[FactUpdate] = []
    for u in updates:
        told = str(u.value or "")
        # 老大7岁了。11月12号生的 of a 2nd child known born November 2024: two dates for the
        # eldest, the day one that child's (tester 98 p5 was asked the day again)
        twice = any(
            o is not u and o.fact == "child.birth_date" and o.child == u.child and o.approx
            for o in updates
        )
        if (
            (u.child in named and not twice)  # "老三是10月18号生的": the child named, a new birth
            or u.fact != "child.birth_date"
            or not isinstance(u.child, int)
            or (u.child <= len(children) and not twice)
            or len(told) != 10
            or re.search(r"\d{4}|年|'\d\d", u.span or "")
            or not MONTH_NAMED.search(u.span or "")  # "上周一", "10 days back": no month said
        ):
            out.append(u)
            continue
        same = [
            i
            for i, c in enumerate(children, start=1)
            if str(c.get("birth_date") or "")[5:7] == told[5:7]
            and len(str(c.get("birth_date") or "")) == 7
            and i != u.child
        ]
        if not same:
            out.append(u)
            continue
        for order in same:
            year = str(children[order - 1]["birth_date"])[:4]
            out.append(replace(u, child=order, value=f"{year}{told[4:]}"))
    return out


def _year_of_a_known_estimate(
    known: dict[str, Any], updates: list[FactUpdate], today: date
) -> list[FactUpdate]:
    """A day and month told with no year (老二是阳历12月28号生的) of a child whose birth is known
    only as an estimate (from an age, or a lunar month: 2022年腊月 → about January 2023): the
    year that puts the day nearest the estimate, when within three months of it, not the most
    recent such day (tester 140 p4's 老二 became 2025-12-28 and so eligible for clause 12)."""
    children = [c for c in known.get("children") or [] if isinstance(c, dict)]
    out: list[FactUpdate] = []
    for u in updates:
        told = str(u.value or "")
        child = (
            children[u.child - 1]
            if u.fact == "child.birth_date" and isinstance(u.child, int)
            and 1 <= u.child <= len(children)
            else None
        )  # fmt: skip
        estimate = str((child or {}).get("birth_date") or "")
        if (
            child is None
            or not child.get("approx")
            or len(told) != 10
            or len(estimate) < 7
            or re.search(r"\d{4}|年|'\d\d", u.span or "")
        ):
            out.append(u)
            continue
        around = date(int(estimate[:4]), int(estimate[5:7]), 15)
        candidates = []
        for year in range(around.year - 1, around.year + 2):
            try:
                day = date(year, int(told[5:7]), int(told[8:10]))
            except ValueError:
                continue
            if day <= today:
                candidates.append((abs((day - around).days), day))
        best = min(candidates, default=None)
        if best is not None and best[0] <= 92 and best[1].isoformat() != told:
            u = replace(u, value=best[1].isoformat())
        out.append(u)
    return out


# One child named by a kinship word or a pronoun ("my son", "she", 儿子, 闺女): not both twins.
ONE_CHILD_NAMED = re.compile(
    r"\b(?:my|our|the|his|her) (?:son|daughter|boy|girl|grandson|granddaughter)\b"
    r"|\b(?:he|she)\b|儿子|闺女|女儿|小子|丫头|孙子|孙女|外孙"
)
# The two children born the same day, counted ("俩孩子一天生的", 两个孩子同一天生的): the twins, no
# count of the family.
TWINS_COUNT = re.compile(
    r"(?:2|俩|两)\s*个?(?:孩子|娃|宝宝)?\s*(?:是)?(?:一天|1天|同一天|同1天|一块|一起|一胎|1胎)"
)
# A child's insurance enrolment told (6月份办的医保, 参保, "enrolled at …"): an age beside it is the
# age at enrolment, not now.
ENROLMENT_TOLD = re.compile(
    r"办(?:的|了)?医保|上(?:的|了)?医保|参保|交(?:的|了)医保|入(?:的|了)?医保|\benrol", re.I
)


def _day_of_known_multiples(
    text: str, known: dict[str, Any], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """A whole date naming no child, in the month the known twins were born ("我们5月20号生的",
    "俩孩子一天生的都是5月20" of twins born May 2026 beside a 6-year-old): the day of both twins,
    never of one of them or the eldest (tester 94 b1's family lost a twin); beside an insurance
    enrolment told, an age that puts a known child months away from its date is the age at
    enrolment ("孩子才一个来月"), dropped."""
    children = [c for c in known.get("children") or [] if isinstance(c, dict)]
    dates = [str(c.get("birth_date") or "") for c in children]
    if len(children) < 2 or birth_orders_named(text) or ONE_CHILD_NAMED.search(text):
        return updates  # "sorry, my son was born 24.10.9": that one child's
    if any(u.fact == "child_count" for u in updates) and not TWINS_COUNT.search(text):
        return updates  # "we have 3 kids. a 5 year old boy and twin girls born …": a recount
    told = [
        u
        for u in updates
        if u.fact == "child.birth_date" and len(str(u.value or "")) == 10 and not u.approx
    ]
    if len(told) != 1:
        return updates
    day = str(told[0].value)
    twins = [i for i, d in enumerate(dates, 1) if d[:7] == day[:7]]
    yearless = not re.search(r"年|(?:19|20)\d\d|'\d\d", told[0].span or "")
    if len(twins) < 2 and yearless:  # "都是5月20" put on the eldest's year: the twins' month
        twins = [i for i, d in enumerate(dates, 1) if d[4:7] == day[4:7] and d[:4] != day[:4]]
        years = {dates[i - 1][:4] for i in twins}
        if len(twins) >= 2 and len(years) == 1:
            day = f"{years.pop()}{day[4:]}"
    if len(twins) < 2 or any(len(dates[i - 1]) == 10 for i in twins):
        return updates  # a twin already dated to the day: the day said is the other's
    out = [
        u
        for u in updates
        if u is not told[0] and not (u.fact == "child_count" and TWINS_COUNT.search(text))
    ]
    if ENROLMENT_TOLD.search(text):
        out = [
            u
            for u in out
            if not (u.fact == "child.birth_date" and u.approx and isinstance(u.child, int))
        ]
    return [*out, *(replace(told[0], child=o, value=day) for o in twins)]


def _known_child(children: list[dict[str, Any]], u: FactUpdate) -> dict[str, Any] | None:
    """The known child an update is of, or None when it is of no known child."""
    if isinstance(u.child, int) and 1 <= u.child <= len(children):
        return children[u.child - 1]
    return None


def _day_put_right_of_the_dated(
    text: str, known: dict[str, Any], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """A whole date told naming no child, read as an undated known child's, when another known
    child was born in that very month (a caller's 2nd child born 2023-12-06, the 1st undated:
    "生日是2023年12月16日" puts the 2nd's day right; tester 89 c9's case kept the 6th)."""
    children = [c for c in known.get("children") or [] if isinstance(c, dict)]
    if not children or birth_orders_named(normalise(text)):
        return updates
    out: list[FactUpdate] = []
    for u in updates:
        told = str(u.value or "")
        held = _known_child(children, u)
        if (
            u.fact != "child.birth_date"
            or held is None
            or held.get("birth_date")
            or len(told) != 10
        ):
            out.append(u)
            continue
        same = [
            i
            for i, c in enumerate(children, start=1)
            if str(c.get("birth_date") or "")[:7] == told[:7] and i != u.child
        ]
        out.append(replace(u, child=same[0]) if len(same) == 1 else u)
    return out


def _year_put_right_of_the_dated(
    text: str, known: dict[str, Any], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """A month and year told on a no or a correction, naming no child, read as an undated known
    child's, when another known child was noted born in that month of another year: that
    child's year put right ("no, last october, like october 2025" of a 2nd child noted October
    2026, the 1st undated; tester 97 d4's eldest was given the date and the 2nd kept the wrong
    year)."""
    norm = normalise(text)
    children = [c for c in known.get("children") or [] if isinstance(c, dict)]
    opens_on_no = OPENED_ON_NO.match(norm) or re.match(r"^\s*(?:不对|不是)", norm)
    if not children or birth_orders_named(norm) or not (opens_on_no or CORRECTION.search(norm)):
        return updates
    out: list[FactUpdate] = []
    for u in updates:
        told = str(u.value or "")
        held = _known_child(children, u)
        if u.fact != "child.birth_date" or held is None or held.get("birth_date") or len(told) < 7:
            out.append(u)
            continue
        same = [
            i
            for i, c in enumerate(children, start=1)
            if len(str(c.get("birth_date") or "")) >= 7
            and str(c["birth_date"])[5:7] == told[5:7]
            and str(c["birth_date"])[:4] != told[:4]
        ]
        if len(same) == 1 and not any(o.child == same[0] for o in updates):
            out.append(replace(u, child=same[0], kind="correction"))
        else:
            out.append(u)
    return out


# A date put as the rule's bound after a birth told ("…12 may 2023 tho, after jan 2023"; tester 98
# p7's daughter's date went to her baby brother).
RULE_BOUND_BEFORE = re.compile(r"\b(?:after|before)\s+(?:the\s+)?$")


# A time asked as a bound ("after feb 2027 is there anything for them"): no birth or due date.
BOUND_BEFORE = re.compile(r"\b(?:after|before|until|till|from|since|by|past)\s+$", re.I)


ASKED_AFTER_BOUND = re.compile(
    r"\?|\bis there\b|\banything\b|\bcan (?:we|they|i|he|she)\b|\bdo (?:we|they|i)\b", re.I
)


def _time_bound_asked(text: str, updates: list[FactUpdate]) -> list[FactUpdate]:
    """Births or babies due read from a date put as a bound in a question ("the twins medical
    insurance … and after feb 2027 is there anything for them"): none (tester 74 c3 got a 4th
    and 5th child due February 2027)."""
    said = text.lower()
    out = []
    for u in updates:
        if u.fact in ("child.due_date", "child.birth_date") and u.span:
            at = said.find(str(u.span).lower())
            if (
                at > 0
                and BOUND_BEFORE.search(said[max(0, at - 10) : at])
                and ASKED_AFTER_BOUND.search(said[at:])
            ):
                continue
        out.append(u)
    return out


def unknown_facts(norm: str) -> set[str]:
    """The facts a clause of `norm` says are not known ("公积金俺不知道"): none is read from it."""
    return {
        fact
        for _, clause in cut(norm)
        if UNKNOWN_SAID.search(clause)
        for fact, topic in UNKNOWN_TOPICS.items()
        if topic.search(clause)
    }


def understand(
    text: str,
    known: dict[str, Any] | None,
    asked: str | None,
    today: date,
    about: int | None = None,
) -> list[FactUpdate]:
    """The fact updates `text` states (see the module docstring). `about`: the birth order of
    the child under discussion (the one the last message or question was about), if any: a
    correction that names no child ("说错了 是前年十月生的") is of that child. A fact a clause
    says is unknown ("公积金俺不知道") is not read as a value (no one paying is not "不知道")."""
    forget()  # what the patterns found in the last message
    text = clause_marks.restore(text)  # an English message typed with no commas: its clauses
    text = ORDER_OF_A_PREGNANCY_PUT_RIGHT.sub(_order_put_right, text)
    text = CLAIM_DISOWNED.sub(_claim_blanked, text)
    updates = [
        _then_of_the_child_in_talk(u, about) for u in _understand(text, known, asked, today, about)
    ]
    updates = _newborn_to_come(text, known, updates)
    updates = _no_age_in_an_order(text, updates)
    updates = _due_after_the_children_counted(updates)
    updates = _benefits_unnamed_in_a_money_question(text, updates)
    updates = _benefits_only_asked_of(text, updates)
    updates = _benefit_list_under_one_no(text, updates)
    updates = _year_narrowed_by_an_age(text, updates, today)
    updates = _age_naming_a_known_child(text, known or {}, updates)
    updates = _date_naming_a_known_child(text, known or {}, updates)
    updates = _age_naming_a_child_told(text, updates)
    updates = _ended_before_the_last_birth(known or {}, updates, today)
    updates = _ends_before_the_birth_to_come(text, known or {}, updates, today, asked)
    updates = _bare_month_of_the_due_date(text, known or {}, updates, today)
    updates = _plan_no_pregnancy(text, known or {}, updates)
    updates = _bare_month_of_the_birth_due(text, known or {}, updates, today)
    updates = afterthoughts_correct(text, known, updates)
    updates = ages_listed_apart(
        text, updates, lambda apart: understand(apart, known, asked, today, about)
    )
    updates = ages_back_on_their_children(updates)
    updates = _benefit_as_a_heading(updates)
    updates = _known_date_said_less_exactly(normalise(text), known or {}, updates)
    updates = _twins_share_a_birth(normalise(text), known or {}, updates)
    updates = _twins_share_the_benefit(normalise(text), known or {}, updates)
    updates = _benefit_guessed_at_a_birth_to_come(known or {}, updates)
    updates = _benefit_after_the_multiples_due(normalise(text), updates)
    updates = _formerly_held(normalise(text), updates)
    updates = _height_put_right_in_passing(normalise(text), known or {}, updates)
    updates = _birth_benefit_as_known(known or {}, updates)
    updates = _due_month_said_again(normalise(text), known or {}, updates)
    updates = _triplets_not_twins_on_the_way(normalise(text), known or {}, updates)
    updates = _order_named_among_the_listed(known or {}, updates)
    updates = _exact_date_over_an_age(text, updates)
    updates = _day_of_a_known_month(text, known or {}, updates)
    updates = _year_of_a_known_estimate(known or {}, updates, today)
    updates = _day_put_right_of_the_dated(text, known or {}, updates)
    updates = _year_put_right_of_the_dated(text, known or {}, updates)
    updates = _day_of_known_multiples(normalise(text), known or {}, updates)
    updates = _day_of_the_month_told(normalise(text), updates)
    updates = _benefit_swapped(normalise(text), updates)
    updates = _time_bound_asked(text, updates)
    updates = _count_with_the_ones_on_the_way(normalise(text), known or {}, updates)
    updates = _another_known_childs_date(known or {}, updates)
    updates = _newborn_known(known or {}, updates, today)
    updates = _new_birth_beside_known_twins(known or {}, updates)
    updates = _known_twins_dated(normalise(text), known or {}, updates)
    updates = _count_with_the_baby_due(known or {}, updates)
    updates = _benefit_at_a_dated_birth(known or {}, updates, today)
    updates = _count_before_another_birth(normalise(text), updates)
    denied = set(_orders_denied(normalise(text)))  # 哪来的老四老五: nothing of them is told
    updates = [u for u in updates if u.child not in denied or u.fact == "child.on_the_way"]
    if (
        asked == "housing_fund_contributors"
        and not INSURANCE_NAMED.search(text.lower())
        and re.search(r"交|缴|\bpay", text)
    ):
        # asked who pays 公积金: 我灵活就业没交 is the fund not paid, no word of insurance
        updates = [u for u in updates if u.fact != "birth_insurance"]
    updates = another_households_facts_dropped(normalise(text), known or {}, updates)
    updates = _own_part_read_alone(text, known or {}, asked, today, about, updates)
    if asked is not None and OTHER.search(normalise(text)):
        # "no no, this is my cousin family, other family …" to the cover asked: the no says whose
        # family it is, no answer about the writer's own (tester 114 c8 was noted "no insurance")
        updates = [u for u in updates if not _no_of_whose_family(u, asked)]
    unknown = unknown_facts(normalise(text)) if UNKNOWN_SAID.search(text.lower()) else set()
    return [u for u in updates if u.fact not in unknown]


def _no_of_whose_family(u: FactUpdate, asked: str) -> bool:
    """A bare no opening a message about another household, read as the answer to `asked`."""
    return (
        u.fact == asked
        and u.value in (False, "none", 0)
        and re.match(r"\s*(?:no|nope|nah|不是|不对|没有)\b", u.span or "", re.I) is not None
        and (
            len(u.span or "") > 20
            or not re.sub(r"\b(?:no|nope|nah)\b|不是|不对|没有|[\s,，.。!！?？]", "", u.span or "")
        )
    )


# A birth told in the words of a benefit at it: "when our daughter was born in august", 上个月生闺女.
BIRTH_AT_A_BENEFIT = re.compile(r"\bborn\b|\barrived\b|\bcame\b|出生|生(?!活|病|气|意|日)")


def _benefit_at_a_dated_birth(
    known: dict[str, Any], updates: list[FactUpdate], today: date
) -> list[FactUpdate]:
    """A benefit at "the birth" said with the birth's date, of a family whose known children
    that date picks out one of ("my husband was on unemployment benefit when our daughter was
    born in august", children born 2010 and August 2026): that child's benefit at its birth, not
    every birth's (probe p68B en-0026)."""
    born = [str((c or {}).get("birth_date") or "") for c in known.get("children") or []]
    if len([b for b in born if b]) < 2:
        return updates
    kept = []
    for u in updates:
        if u.fact == "hardship_at_birth" and u.span and BIRTH_AT_A_BENEFIT.search(u.span):
            dates = [m for m in find_mentions(normalise(u.span), today) if m.kind == "date"]
            if len(dates) == 1:
                said = dates[0].iso
                picked = [i for i, b in enumerate(born, 1) if b and b.startswith(said)]
                if len(picked) == 1:
                    u = replace(u, fact="child.hardship_at_birth", child=picked[0])
        kept.append(u)
    return kept


# Another birth told after the children counted: 又生了二宝, 又添了个儿子, "then had our second".
ANOTHER_BIRTH = re.compile(
    r"又(?:生|添|得|有)了|\b(?:then|since then|and now|just) (?:had|got|welcomed)\b", re.I
)


def _count_before_another_birth(norm: str, updates: list[FactUpdate]) -> list[FactUpdate]:
    """A count said before another birth told in the same message ("就一个闺女今年五岁 上个月又生了
    二宝": two children, the second born last month): the children born are as many as the last
    order told (tester 106 p1 read back "1个孩子" beside 老二)."""
    born = [u.child for u in updates if u.fact == "child.birth_date" and isinstance(u.child, int)]
    counted = next((u for u in updates if u.fact == "child_count"), None)
    if (
        counted is None
        or not born
        or not isinstance(counted.value, int)
        or max(born) <= counted.value
        or not ANOTHER_BIRTH.search(norm)
    ):
        return updates
    return [replace(u, value=max(born)) if u is counted else u for u in updates]


def _own_part_read_alone(
    text: str,
    known: dict[str, Any],
    asked: str | None,
    today: date,
    about: int | None,
    updates: list[FactUpdate],
) -> list[FactUpdate]:
    """`updates` with the family's own part of a message that also tells of another household
    read alone ("我弟家三个娃 我家俩 老大十岁 老二五岁": the family's two children, never counted
    against the brother's three; "俺姐家俩孩子都是领低保时候生的 俺家就一个闺女 生她时候没领"). The
    whole message's facts kept come first (一共三个 of payers with a sister-in-law); the part
    read alone fills in what they lack."""
    own = own_part(text, known)
    if own == normalise(text) or not own.strip():
        return updates
    have = {(u.fact, u.child) for u in updates}
    return [
        *updates,
        *(u for u in understand(own, known, asked, today, about) if (u.fact, u.child) not in have),
    ]


# One benefit said instead of another ("领的不是低保是失业金", "not dibao but unemployment
# benefit"): still a benefit of Jinan clause 12, never none.
_BENEFITS = (
    r"(?:低保|特困(?:供养)?|失业(?:保险)?金|失业保险|dibao|tekun|unemployment(?: \w+)?|welfare)"
)
BENEFIT_INSTEAD = re.compile(
    rf"(?:不是|并非|没领){_BENEFITS}[，,\s]*(?:而)?是(?:领的?|在领)?{_BENEFITS}"
    rf"|\bnot (?:on )?{_BENEFITS},? but (?:on )?{_BENEFITS}"
    rf"|\b{_BENEFITS} (?:instead of|rather than) (?:the )?{_BENEFITS}",  # "dibao instead of …"
    re.I,
)


def _benefit_swapped(said: str, updates: list[FactUpdate]) -> list[FactUpdate]:
    """A benefit at a birth said to be another one, not none ("要是生的时候领的不是低保是失业金
    还能多那200吗": on unemployment benefit at the birth, as a what-if; tester 86 c3 heard the
    200 does not apply)."""
    swapped = BENEFIT_INSTEAD.search(said)
    if swapped is None:
        return updates

    def within(u: FactUpdate) -> bool:  # the update's words overlap the benefit swapped
        at = said.find(normalise(u.span or "")) if u.span else -1
        return (
            at >= 0 and at < swapped.end() and at + len(normalise(u.span or "")) > swapped.start()
        )

    at_birth = [
        u for u in updates
        if u.fact in ("hardship_at_birth", "child.hardship_at_birth") and within(u)
    ]  # fmt: skip
    if not at_birth:
        return updates
    return [
        replace(u, value=True) if u in at_birth and u.value is False else u
        for u in updates
        if not (u.fact == "hardship_now" and within(u))  # "是失业金": the birth's, not now
    ]


# A month and day with no year ("10月12号"), or a bare day ("12号"), in a message.
MONTH_DAY = re.compile(r"(?<![\d年月./-])(?:(\d{1,2})月)?(\d{1,2})[号日](?!\d)")


def _day_of_the_month_told(said: str, updates: list[FactUpdate]) -> list[FactUpdate]:
    """A birth told to the month (老二是前年十月生的) with the day said apart in the same message
    ("… 不是去年 10月12号", "… 生的 12号"): that month's day, when one birth date alone is known to
    the month and the day's month, if said, is its month; the day is no birth of its own
    (tester 85 c1 was asked the day just told). Left as they are otherwise."""
    months = [
        u for u in updates
        if u.fact == "child.birth_date" and isinstance(u.value, str)
        and re.fullmatch(r"\d{4}-\d{2}", u.value) and not u.approx
    ]  # fmt: skip
    if len(months) != 1 or any(
        u.fact == "child.birth_date" and u is not months[0] and u.child == months[0].child
        for u in updates
    ):
        return updates
    told = months[0]
    for m in MONTH_DAY.finditer(said):
        if told.span and m.start() < said.find(told.span) + len(told.span):
            continue  # the day before the month, or within its own words
        month = int(m[1]) if m[1] else None
        if month is not None and month != int(str(told.value)[5:7]):
            continue
        if OTHER_EVENT.search(said[m.end() : m.end() + 8]):
            continue  # "12号打的疫苗": another day of the child's
        day = int(m[2])
        try:
            full = date.fromisoformat(f"{told.value}-{day:02d}").isoformat()
        except ValueError:
            return updates
        stray = [
            u for u in updates
            if u.fact == "child.birth_date" and u is not told and u.span and u.span in m[0]
        ]  # fmt: skip
        return [replace(told, value=full) if u is told else u for u in updates if u not in stray]
    return updates


def _exact_date_over_an_age(text: str, updates: list[FactUpdate]) -> list[FactUpdate]:
    """孩子虚岁三岁 其实是2024年11月生的: an age counted the traditional way (虚岁) beside a birth
    date of the same child is no age of its own; the date stands. Any other age that disagrees
    with a date is kept, to be asked about (tester 49 c06). "Just born" beside the birth's date
    (刚生了老三 去年十月生的) is no age either: the date stands (tester 113 c1 got two 老三)."""
    exact = {u.child for u in updates if u.fact == "child.birth_date" and not u.approx and u.child}
    return [
        u
        for u in updates
        if not (
            u.fact == "child.birth_date"
            and u.approx
            and u.child in exact
            and ("虚岁" in text or JUST_BORN_SPAN.fullmatch(u.span or ""))
        )
    ]


# "Just born" or "the newborn" as an age: 刚出生, 刚生的, newborn, "new born".
NEWBORN_SPAN = re.compile(r"刚(?:出)?生(?:了|的|下来)?|刚落地|\bnew ?born\b|\bjust born\b", re.I)


def _newborn_known(
    known: dict[str, Any], updates: list[FactUpdate], today: date | None
) -> list[FactUpdate]:
    """An age from "just born" or "the newborn" ("老二刚出生 还抱着呢", "only for the newborn")
    of a known child born within the last two months: that child named, its known date kept,
    no update."""
    children = known.get("children") or []
    if today is None or not children:
        return updates

    def recent(order: Any) -> bool:
        if not isinstance(order, int) or not 1 <= order <= len(children):
            return False
        born = str((children[order - 1] or {}).get("birth_date") or "")
        try:
            day = date.fromisoformat(born[:10] if len(born) >= 10 else f"{born[:7]}-01")
        except ValueError:
            return False
        return timedelta(0) <= today - day <= timedelta(days=62)

    return [
        u
        for u in updates
        if not (
            u.fact == "child.birth_date"
            and u.approx
            and u.kind == "statement"
            and NEWBORN_SPAN.fullmatch((u.span or "").strip())
            and recent(u.child)
        )
    ]


JUST_BORN_SPAN = re.compile(r"刚(?:出)?生(?:了|的)?|刚落地|\bjust (?:born|had|arrived)\b", re.I)


def _order_named_among_the_listed(
    known: dict[str, Any], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """ "三个子女，分别为2013年、2019年、2024年出生 … 生育第三孩时在特困供养范围内": the births
    listed are the children counted, so the 3rd named by its order is the 3rd listed, not a
    4th after them. Applied when a count N is told, N birth dates are read at the orders 1..N+1
    but one, and the order left out has no date of its own (only what is said of that birth)."""
    counts = [u for u in updates if u.fact == "child_count" and isinstance(u.value, int)]
    if len(counts) != 1 or known.get("children"):
        return updates
    n = int(counts[0].value)
    dated = sorted({u.child for u in updates if u.fact == "child.birth_date" and u.child})
    if len(dated) != n or max(dated, default=0) != n + 1:
        return updates
    gap = next(o for o in range(1, n + 2) if o not in dated)
    if any(u.child == gap and u.fact in ("child.birth_date", "child.due_date") for u in updates):
        return updates
    moved = [replace(u, child=u.child - 1) if u.child and u.child > gap else u for u in updates]
    seen: set[tuple[str, int | None]] = set()
    kept: list[FactUpdate] = []
    for u in moved:  # the order's own words first: 第三孩时在特困供养 over the 4th's copy
        if (u.fact, u.child) in seen:
            continue
        seen.add((u.fact, u.child))
        kept.append(u)
    return kept


# Twins named by their two orders (双胞胎是老二跟老三, 老二老三是双胞胎): born the same day.
TWINS_BY_ORDERS = re.compile(
    r"(?:双胞胎|龙凤胎)\s*(?:是|就是)?\s*老(?P<a>\d|大)\u2060?\s*(?:跟|和|与|、|加)?\s*老(?P<b>\d)"
    r"|老(?P<c>\d|大)\u2060?\s*(?:跟|和|与|、)?\s*老(?P<d>\d)\u2060?\s*(?:是|就是)?\s*(?:1对)?(?:双胞胎|龙凤胎)"
    # 大孙子跟二孙子是双胞胎: the orders on kinship words
    r"|(?P<e>大)(?:孙子|孙女|外孙女?|儿子|闺女|女儿)\s*(?:跟|和|与|、)\s*老(?P<f>2)\u2060?"
    r"(?:孙子|孙女|外孙女?|儿子|闺女|女儿)\s*(?:是|就是)?\s*(?:1对)?(?:双胞胎|龙凤胎)"
)


def _twins_by_orders(norm: str) -> tuple[int, int] | None:
    """The two orders twins are named by (双胞胎是老二跟老三, 老大老二是双胞胎), if consecutive."""
    pair = TWINS_BY_ORDERS.search(norm)
    if pair is None:
        return None
    first = pair.group("a") or pair.group("c") or pair.group("e")
    a = 1 if first == "大" else int(first)
    b = int(pair.group("b") or pair.group("d") or pair.group("f"))
    return (a, b) if b == a + 1 else None


def _twins_share_a_birth(
    norm: str, known: dict[str, Any], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """One of two twins named by order given a birth or due date, the other none (我家双胞胎是老二跟
    老三 … 老三弟弟 一个多月, 老二老三 双胞胎 … 预产期是六月): the other twin shares it (tester
    probes zh-9554, zh-9564)."""
    pair = _twins_by_orders(norm)
    if pair is None:
        return updates
    a, b = pair
    dated = {u.child for u in updates if u.fact in ("child.birth_date", "child.due_date")}
    for fact in ("child.birth_date", "child.due_date"):
        said = {u.child: u for u in updates if u.fact == fact}
        if (a in said) != (b in said) and not (a in dated and b in dated):
            one = said.get(a) or said[b]
            other = b if a in said else a
            children = known.get("children") or []
            held = (
                str((children[other - 1] or {}).get(fact[6:]) or "")
                if other <= len(children)
                else ""
            )
            if held and held.startswith(str(one.value)):
                return updates  # 老二老三是双胞胎 都是22年的: the other's date known already
            return [*updates, replace(one, child=other)]
    return updates


def _twin_groups(norm: str, known: dict[str, Any], updates: list[FactUpdate]) -> list[set[int]]:
    """The children born at one birth: neighbours with the same birth month or day (known or
    told), or, when the message names twins (triplets) and no other child, the first two
    (three)."""
    dates = {
        i: str(k.get("birth_date") or "") for i, k in enumerate(known.get("children") or [], 1)
    }
    dates |= {u.child: str(u.value) for u in updates if u.fact == "child.birth_date" and u.child}
    groups: list[set[int]] = []
    for i in sorted(dates):
        if len(dates[i]) >= 7 and dates.get(i + 1) == dates[i]:
            if groups and i in groups[-1]:
                groups[-1].add(i + 1)
            else:
                groups.append({i, i + 1})
    sizes = {3 if m.group("three") else 2 for m in MULTIPLES.finditer(norm)}
    named = {u.child for u in updates if u.child} | set(dates)
    if not groups and len(sizes) == 1:
        size = sizes.pop()
        if max(named, default=0) <= size:
            groups.append(set(range(1, size + 1)))
    return groups


# A birth named by the kinship word of one child (外孙出生那会, 生孙子那时候).
KIN_ONE_BORN = re.compile(
    r"(?:外孙女?|孙子|孙女|儿子|闺女|女儿)(?:出生|生)|生(?:外孙女?|孙子|孙女|儿子|闺女|女儿)"
    # "my boy was born while we were on 特困" beside twins due: the boy's (probe en-13557)
    r"|\b(?:my|our|the) (?:boy|girl|son|daughter|grandson|granddaughter|little (?:boy|girl)|lad)"
    r" (?:was|got) born\b"
)


# A benefit held once (以前领失业金, 我们俩以前领特困), then its end told (领完了, 就取消了).
FORMERLY_HELD = re.compile(
    r"(?:以前|之前|原来|过去|早先|曾经)(?:也|都)?(?:领|吃)(?:过)?(?:低保|失业(?:保险)?金|特困)"
)
ENDED = re.compile(r"领完|取消|停了|停发|撤了|已经撤|不领了|不吃了|没了")


BORN_TOLD = re.compile(BORN_ALREADY.pattern + r"|\bborn\b|\barrived\b|\bcame\b")


def _due_month_said_again(
    norm: str, known: dict[str, Any], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """A month with no year said of babies known to be due in that month ("for the twins in april
    he'll still be on unemployment", twins due April 2027): their due month again, no birth a
    year ago (tester 64 c9)."""
    children = known.get("children") or []
    kept = []
    for u in updates:
        k = (children[u.child - 1] or {}) if u.child and u.child <= len(children) else {}
        due, born = str(k.get("due_date") or ""), str(u.value or "")
        if (
            u.fact == "child.birth_date"
            and due
            and not k.get("birth_date")
            and len(born) == 7
            and born[5:] == due[5:7]
            and born < due
            and not DATE_YEAR_SAID.search(u.span)
            and not any(  # "1月份生的", "she was born in january": the birth itself, told
                u.span in clause and BORN_TOLD.search(clause) for _, clause in cut(norm)
            )
        ):
            continue
        kept.append(u)
    return kept


def _birth_benefit_as_known(known: dict[str, Any], updates: list[FactUpdate]) -> list[FactUpdate]:
    """A child's benefit at birth the same as the one known for every birth (老大那时候确实没有, of
    a family known to have had none), beside another child's put right: no update (the README's
    "only what the message changes"; tester probe zh-9604)."""
    every = known.get("hardship_at_birth")
    children = known.get("children") or []
    mine = [u for u in updates if u.fact == "child.hardship_at_birth" and u.child]
    if every is None or not any(u.value != every for u in mine):
        return updates
    return [
        u
        for u in updates
        if not (
            u in mine
            and u.value == every
            and u.child is not None
            and u.child <= len(children)
            and (children[u.child - 1] or {}).get("hardship_at_birth") is None
        )
    ]


HEIGHT_SLIP = re.compile(
    r"(?<!对)不对|说错|量错|打错|写错|记错|搞错|口误|\bsorry\b|\bi mean\b|\bactually\b"
)


def _height_put_right_in_passing(
    norm: str, known: dict[str, Any], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """A height said, then put right in the same message (孩子一米零八 不对 量错了 是一米一八): the
    second is that child's, no further child (tester probe zh-9665)."""
    heights = [u for u in updates if u.fact == "child.height_cm"]
    if len(heights) != 2 or heights[1].child != (heights[0].child or 0) + 1:
        return updates
    first, second = heights
    at, then = norm.find(first.span), norm.find(second.span)
    children = len(known.get("children") or [])
    if (
        at < 0
        or then <= at
        or not HEIGHT_SLIP.search(norm, at + len(first.span), then)
        or (second.child or 0) <= children
        or any(u.child == second.child for u in updates if u is not second)
    ):
        return updates
    return [
        replace(second, child=first.child) if u is second else u for u in updates if u is not first
    ]


def _formerly_held(norm: str, updates: list[FactUpdate]) -> list[FactUpdate]:
    """A benefit said to be held before (以前), its end told, nothing said of now: not held now
    (孩子他爸以前领失业金 … 生小女儿时候刚好领完了; tester probes zh-9559, zh-9602)."""
    once = FORMERLY_HELD.search(norm)
    if (
        once is None
        or any(u.fact == "hardship_now" for u in updates)
        or not ENDED.search(norm, once.end())
        or household.EXPLICIT_NOW.search(norm)
    ):
        return updates
    return [*updates, FactUpdate("hardship_now", False, "statement", span=once.group(0))]


INSURANCE_NAMED = re.compile(r"保险|医保|社保|生育|报销|insurance|yibao|shebao|reimburs")
# A guess (估计还在领, 应该还在领): not told as a fact.
GUESSED = re.compile(
    r"估计|可能|大概|也许|说不定|应该[^，,。]{0,8}吧|\bprobably\b|\bmaybe\b|\bshould still\b|\bmight\b"
)


ORDER_NAMED = re.compile(r"老(?:大|\d)|[大二三小]宝|头胎|\b(?:first|second|eldest|oldest)\b")


def _benefit_guessed_at_a_birth_to_come(
    known: dict[str, Any], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """The benefit guessed for the birth to come, a pregnancy told (孩子还没生 8月份生 生的时候估计还在领,
    怀孕七个月 … 生的时候应该还在领吧): a hope, not a fact told (tester probes zh-9587, zh-9593)."""
    if not any(u.fact == "child.due_date" for u in updates):
        return updates
    return [
        u
        for u in updates
        if not (
            u.fact in ("hardship_at_birth", "child.hardship_at_birth")
            and GUESSED.search(u.span)
            and not ORDER_NAMED.search(u.span)  # 生老大时候大概在领吧: a born child's, kept
        )
    ]


# What the writer says the assistant put in their mouth ("你说老大2020年5月28号生的？我没说过啊",
# 我没说过老大是20年的, "you said my eldest was born in 2020? i never said that"): no fact of
# theirs (tester 112 c2 had the disowned date kept and the real one put on 老二).
CLAIM_DISOWNED = re.compile(
    r"(?P<lead>你(?:说|写|记)(?:的是|成|的)?)(?P<claim>[^，,。！!？?\s]{2,30})"
    r"(?P<tail>[？?]?\s*(?:我|俺)?(?:都|可|根本|从来)?(?:没有?|从没|不曾)(?:说|讲|提)过)"
    r"|(?P<lead2>(?:我|俺)(?:都|可|根本|从来)?(?:没有?|从没)(?:说|讲|提)过)(?P<claim2>[^，,。！!？?\s]{2,30})"
    r"|(?P<lead3>\byou (?:said|wrote|put down|have|recorded)\b)(?P<claim3>[^.!?]{2,60})"
    r"(?P<tail3>\?\s*i (?:never|did not|didn'?t) (?:say|said|tell you)\b)",
    re.I,
)


def _claim_blanked(m: re.Match[str]) -> str:
    """The disowned claim's words as spaces, the rest kept (the offsets of the text stay)."""
    if m.group("claim2") is not None:
        return m.group("lead2") + " " * len(m.group("claim2"))
    if m.group("claim3") is not None:
        return m.group("lead3") + " " * len(m.group("claim3")) + m.group("tail3")
    return m.group("lead") + " " * len(m.group("claim")) + m.group("tail")


# A pregnancy's order put right in the same message ("现在又怀二胎六个月了 不对是三胎"): the
# order said last is the pregnancy's, and the words putting it right are no fact (tester 90 c1
# got no due date and "老三出生时没有领低保").
ORDER_OF_A_PREGNANCY_PUT_RIGHT = re.compile(
    r"(?P<before>怀(?:了|的|上)?(?:个)?)(?P<first>[一二三四1-4])(?P<unit>胎|宝|孩)(?P<mid>[^，,。！!？?]{0,10}?)"
    r"[\s，,]*(?:不对|不是|说错了|哦不|口误)[\s，,]*(?:是|应该是)?(?P<last>[一二三四1-4])(?:胎|宝|孩)"
)


def _order_put_right(m: re.Match[str]) -> str:
    return f"{m.group('before')}{m.group('last')}{m.group('unit')}{m.group('mid')}"


def _benefit_after_the_multiples_due(norm: str, updates: list[FactUpdate]) -> list[FactUpdate]:
    """The benefit at "the birth" told after twins (triplets) on the way, naming no child, is at
    their birth: 俺家老大5岁 这回怀的双胞胎 预产期明年2月 生的时候俺对象在领失业金 is the twins'
    +200, never the eldest's (tester 88 c3)."""
    due = sorted({u.child for u in updates if u.fact == "child.due_date" and u.child})
    if len(due) < 2 or not MULTIPLES.search(norm):
        return updates
    said = [u for u in updates if u.fact == "child.hardship_at_birth" and u.child]
    if not said or any(u.child in due for u in said) or len({u.value for u in said}) != 1:
        return updates
    if any(
        ORDER_NAMED.search(u.span) or KIN_ONE_BORN.search(u.span) or birth_orders_named(u.span)
        for u in said
    ):  # "no dibao for the big one" beside twins due: the eldest's, named in English
        return updates
    first_due = min(
        (norm.find(u.span) for u in updates if u.fact == "child.due_date" and u.span), default=-1
    )
    if first_due < 0 or any(norm.find(u.span) < first_due for u in said):
        return updates
    kept = [u for u in updates if u not in said]
    return kept + [replace(said[0], child=c) for c in due]


def _twins_share_the_benefit(
    norm: str, known: dict[str, Any], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """A benefit at the birth of one of twins (triplets) is at the birth of each: they were born
    together (双胞胎外孙 … 外孙出生那会没领: both; tester probe zh-9577)."""
    if not MULTIPLES.search(norm):
        return updates  # 老二 生的时候没有, of known twins: the child named, as told
    said = {u.child: u for u in updates if u.fact == "child.hardship_at_birth" and u.child}
    every = [u for u in updates if u.fact == "hardship_at_birth"]
    groups = _twin_groups(norm, known, updates)
    if (
        not said
        and len(every) == 1
        and len(groups) == 1
        and KIN_ONE_BORN.search(every[0].span)
        and max(len(known.get("children") or []), *(u.child or 0 for u in updates))
        <= len(groups[0])
    ):  # 有一对双胞胎外孙 … 自己带着俩孩子 … 外孙出生那会没领低保: the twins' birth, by its kin word
        kept = [u for u in updates if u is not every[0]]
        return kept + [
            replace(every[0], fact="child.hardship_at_birth", child=c) for c in sorted(groups[0])
        ]
    if not said:
        return updates
    added: list[FactUpdate] = []
    for group in _twin_groups(norm, known, updates):
        told = [said[c] for c in sorted(group) if c in said]
        if told and len({u.value for u in told}) == 1:
            added += [replace(told[0], child=c) for c in sorted(group) if c not in said]
    return [*updates, *added]


def _known_date_said_less_exactly(
    norm: str, known: dict[str, Any], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """A date with no birth named beside it that the family's known date already holds more
    exactly (2026-11 from "上个月刚停", of a child known born 2026-11-02) tells nothing new: kept,
    it would lose the day (tester probe zh-9298). A birth restated ("1st child born 2016" of a
    day misread) stays: it puts the day right."""
    children = known.get("children") or []
    kept = []
    for u in updates:
        if (
            u.fact in ("child.birth_date", "child.due_date")
            and u.child
            and u.child <= len(children)
        ):
            held = str((children[u.child - 1] or {}).get(u.fact.split(".")[1]) or "")
            value = str(u.value)
            at = norm.find(u.span) if u.span else -1
            around = norm[max(0, at - 12) : at + len(u.span) + 8] if at >= 0 else ""
            if (
                len(value) < len(held)
                and held.startswith(value)
                and not u.approx
                and at >= 0
                and not BIRTH_WORD.search(around)
                and not PREGNANT.search(around)
            ):
                continue
        kept.append(u)
    return kept


# A benefit named alone, as the heading of answers child by child: "dibao? 1st no, 2nd no, 3rd
# yes", "低保的话 老大没有 老三有"
BENEFIT_HEADING = re.compile(
    r"\s*(?:" + household.HARDSHIP.pattern + r")(?:的话|呢|吗|啊)?\s*[:：?？]?\s*"
)
# The benefit named as the topic (失业金那个, 低保这块, 特困的事): what follows is about it.
BENEFIT_TOPIC = re.compile(
    r"\s*(?:"
    + household.HARDSHIP.pattern
    + r")(?:的)?(?:那个|这个|那块|这块|的事儿?|方面|问题)\s*[:：]?\s*"
)


def _benefit_as_a_heading(updates: list[FactUpdate]) -> list[FactUpdate]:
    """A benefit named alone before answers given child by child states no benefit now: it
    only names what the answers are about (tester-style probe: "dibao: 1st no, 2nd no, 3rd yes"
    read 'on dibao now' and put it on the eldest's birth)."""
    per_child = [u for u in updates if u.fact == "child.hardship_at_birth"]
    if per_child and any(
        u.fact == "hardship_now" and u.span and BENEFIT_TOPIC.fullmatch(u.span) for u in updates
    ):  # 失业金那个 生老二的时候领过仨月: the topic named, then a birth's answer
        return [u for u in updates if u.fact != "hardship_now"]
    if len(per_child) < 2:
        return updates
    return [
        u
        for u in updates
        if not (u.fact == "hardship_now" and u.span and BENEFIT_HEADING.fullmatch(u.span))
    ]


# A year said in a date's words: 2027, 27年, 明年, 去年, "next year".
DATE_YEAR_SAID = re.compile(
    r"\d{2,4}\s*年|(?:19|20)\d\d|今年|明年|去年|前年|后年|大前年|\b(?:this|next|last) year\b"
    r"|[./-]\d{2,4}\b|'\d\d\b",
    re.I,
)


# A child named by order or by kin (老大, 二宝, 大的, 儿子, "the eldest", "our 2nd").
A_CHILD_NAMED = re.compile(
    r"老[大二三四五小]|[大二三四小]宝|头胎|[一二三\d]胎|大的|小的|哥哥|姐姐|弟弟|妹妹|儿子|女儿|闺女"
    r"|\b(?:first|second|third|eldest|oldest|older|elder|youngest|younger|[1-9](?:st|nd|rd|th)"
    r"|son|daughter|boy|girl)\b",
    re.I,
)


def _bare_month_of_the_birth_due(
    text: str, known: dict[str, Any], updates: list[FactUpdate], today: date
) -> list[FactUpdate]:
    """A birth month said with no year ("3月份生 那时候应该还在领吧") that is the month a child on
    the way is due: that child's expected birth, as already noted (tester 50 c05 read it as a past
    March and put "老大2026年3月出生" on the eldest, whose date nobody told)."""
    coming = {
        order: str(child.get("due_date") or child["birth_date"])[:7]
        for order, child in enumerate(known.get("children") or [], start=1)
        if child.get("due_date")
        or (child.get("birth_date") and str(child["birth_date"])[:10] > today.isoformat())
    }
    if not coming or BIRTH_PAST.search(text):
        return updates  # "1月份生的": a birth done, not the one ahead
    kept = []
    for u in updates:
        value = str(u.value or "")
        due = [
            order
            for order, month in coming.items()
            if re.fullmatch(r"\d{4}-\d{2}", value) and value[5:7] == month[5:7] and value != month
        ]
        bare = u.fact in ("child.birth_date", "child.due_date") and not DATE_YEAR_SAID.search(
            u.span
        )
        if (
            bare
            and len(due) == 1
            and u.span
            and (u.child in (None, due[0]) or not A_CHILD_NAMED.search(text))
        ):
            continue  # the due month said again: nothing new of any child
        kept.append(u)
    return kept


# A next child planned for a time ("还没生呢 打算明年 27年吧", "准备27年要", "计划明年生",
# "planning for next year"): a plan, no pregnancy.
PLAN_TIMED = re.compile(
    r"(?:打算|准备|计划|想|考虑)(?:着)?(?:在|等)?\s*(?:明年|后年|今年|年底|年后|\d{2,4}\s*年|\d{1,2}\s*月|下半年|上半年)"
    r"|\b(?:plan(?:ning)?|hoping|hope|want(?:ing)?|trying)\b[^.?!]{0,24}\b(?:next year|20\d\d)\b",
    re.I,
)


PREGNANCY_TOLD = re.compile(
    r"(?<!还没)(?<!没)怀(?!疑)|预产期|肚子|孕|pregnan|expecting|\bdue\b|on the way", re.I
)


def _plan_no_pregnancy(
    text: str, known: dict[str, Any], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """A birth planned for a time ("还没生呢 打算明年 27年吧" of a 3rd asked about): the time is the
    planned child's, supposed (a question: answered for that child, not kept as a pregnancy),
    never a due date of a child already born (tester 46 c01 got "老大预产期2027年"); and "还没生呢"
    beside it is no count of none of children born."""
    said = normalise(text)
    if not PLAN_TIMED.search(said) or PREGNANCY_TOLD.search(said):
        return updates  # "怀了老二 打算明年3月剖": a pregnancy, its due date
    children = list(known.get("children") or [])
    born = [i for i, k in enumerate(children, 1) if k.get("birth_date")]
    if not born:
        return updates
    waiting = next(
        (i for i, k in enumerate(children, 1) if not k.get("birth_date")), len(children) + 1
    )
    kept: list[FactUpdate] = []
    for u in updates:
        if u.fact == "child_count" and u.value == 0:
            continue  # "还没生呢": the planned one, not "no children"
        if (
            u.fact == "child.due_date"
            and u.value is not None
            and (u.child is None or u.child in born or u.child > waiting)
        ):  # the eldest's, or one after the undated child asked about: that child's
            u = replace(u, child=waiting, kind="question", guessed=False)
        elif u.fact == "child.due_date" and u.value is not None and u.kind == "statement":
            u = replace(u, kind="question")
        kept.append(u)
    return kept


# An age is read to the month within this many months either side of its estimate (N岁 is N
# years and a half, 快N岁 N years less a month: dates.py); and it narrows a birth year told with
# it only when at most this many months of that year are left (a plain "4岁" of a 2022 birth
# leaves the whole year: the year stays as told).
AGE_SPREAD_MONTHS = 6
NARROWED_MONTHS = 7
HALF_AGE_SPREAD_MONTHS = 3
HALF_SAID = re.compile(r"半|\bhalf\b")


# A month said alone ("3月份", "三月", "March", "in march"): nothing else in the message.
BARE_MONTH = re.compile(
    r"\s*(?:就是|是|在|大概|应该是|预计)?\s*(?P<zh>\d{1,2})\s*月(?:份)?(?:吧|啊|呀|哦)?\s*[。.!！]?\s*"
    r"|\s*(?:in|around|about|probably|it'?s)?\s*(?P<en>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec)[a-z]*\s*[.!]?\s*",
    re.I,
)


def _bare_month_of_the_due_date(
    text: str, known: dict[str, Any], updates: list[FactUpdate], today: date
) -> list[FactUpdate]:
    """A month said alone beside the one baby due whose month is not yet known ("3月份" after
    "告诉我出生月份可以算出到哪天为止", the 2nd due in 2027): that baby's due month, in the year
    known, else the next such month from today (tester 49 c09 got "我没听明白要改哪一项")."""
    if updates:
        return updates
    m = BARE_MONTH.fullmatch(normalise(text))
    if m is None:
        return updates
    month = (
        int(m.group("zh"))
        if m.group("zh")
        else household.EN_MONTHS.index(m.group("en").lower()[:3]) + 1
    )
    if not 1 <= month <= 12:
        return updates
    due = [
        (i, c.get("due_date"))
        for i, c in enumerate(known.get("children") or [], start=1)
        if isinstance(c, dict) and "due_date" in c
    ]
    if len(due) != 1 or not (due[0][1] is None or re.fullmatch(r"\d{4}", str(due[0][1]))):
        return updates
    order, year_told = due[0]
    year = int(year_told) if year_told else today.year + (month <= today.month)
    if date(year, month, 1) < date(today.year, today.month, 1):
        return updates
    return [FactUpdate("child.due_date", f"{year}-{month:02d}", child=order, span=text.strip())]


# A benefit told to have ended in a month of a year ("my unemployment ran out in aug 2024",
# "benefits ended in august 2024", 低保2024年8月停了): held until then.
EN_MONTH_NAMES = household.EN_MONTHS
ENDED_IN = re.compile(
    r"\b(?:ended|ran out|stopped|finished|expired|was cut off|got cut off)\s+(?:in|on|around|at the end of)?"
    r"\s*(?:(?:early|mid|late)[- ])?(?P<enmo>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"\s*,?\s*(?P<eny>(?:19|20)\d{2})\b"
    r"|(?P<y>(?:19|20)?\d{2})\s*年\s*(?P<mo>\d{1,2})\s*月份?(?:底|初)?\s*(?:就)?(?:停|断|没了|不领|到期|结束)"
)


def _ended_month(span: str, today: date) -> date | None:
    """The 1st of the month a benefit is told held until ("on unemployment benefit until Oct
    2026", 失业金领到10月), when that month is past; else None."""
    ended = ENDED_IN.search(span.lower())
    if ended is not None:  # "my unemployment ran out in aug 2024", 低保2024年8月停了
        if ended.group("enmo"):
            month, year = EN_MONTH_NAMES.index(ended.group("enmo")) + 1, int(ended.group("eny"))
        else:
            month, year = int(ended.group("mo")), int(ended.group("y"))
        year = year + 2000 if year < 100 else year
        told = date(year, month, 1) if 1 <= month <= 12 else None
        return told if told is not None and told < today else None
    m = household.HELD_UNTIL.search(span)
    if m is None or not household._held_to_a_past_time(span, today):
        return None
    if m.group("enmo"):
        month = household.EN_MONTHS.index(m.group("enmo")) + 1
        return date(int(m.group("eny") or today.year), month, 1)
    if m.group("mo"):
        year = int(m.group("y") or today.year)
        return date(year + 2000 if year < 100 else year, int(m.group("mo")), 1)
    return None


# The month a benefit held now is told to end, still to come: "it ends in january", "the
# unemployment money stops in feb", "it stops next february", "dibao until march", 失业金1月份就到期了, 领到明年1月,
# 明年2月底停 (not 到期了: ended already, nor 到期了咋整: a case asked about).
ENDS_IN_A_MONTH = re.compile(
    r"\b(?:it|that|which|this|benefits?|dibao|tekun|payments?|support|money|pay|insurance"
    r"|unemployment(?: benefits?| money| pay| insurance)?)\s+(?:ends|will end|is going to end"
    r"|stops|will stop|is going to stop|runs out|will run out|finishes|will finish|expires"
    r"|will expire|is ending|is stopping|is running out|ending|stopping|lasts|runs)"
    r"\s+(?:in|on|at the end of|by|around|until|till|through|to)?\s*(?:next\s+|the end of\s+)?"
    r"(?P<enmo>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(?P<eny>20\d\d))?\b"
    r"|\b(?:on|getting|gets|get|receiving|receives|drawing|claiming)\s+(?:it|them|dibao|tekun"
    r"|(?:the |her |his )?unemployment(?: benefits?| money| pay| insurance)?|(?:the )?benefits?)"
    r"(?:\s+now)?\s+(?:until|till|through)\s+(?:next\s+)?(?P<enmo2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec)[a-z]*\.?(?:\s+(?P<eny2>20\d\d))?\b"
    r"|(?:(?:领|发|吃)(?:到|至)\s*)?(?:(?P<y>20\d\d|\d\d|明|今)\s*年\s*)?(?P<mo>\d{1,2})\s*月\s*(?:份)?"
    r"\s*(?:底|末|初)?\s*(?:就|才)?\s*(?:要)?\s*(?:到期|停|断|领完|结束|没了|截止)(?!了?\s*(?:咋|怎么|以后|之后))"
    r"|(?:领|发|吃)(?:到|至)\s*(?:(?P<y2>20\d\d|\d\d|明|今)\s*年\s*)?(?P<mo2>\d{1,2})\s*月",
    re.I,
)
RENEWED = re.compile(r"续|延长|延期|\b(?:renew\w*|extend\w*|prolong\w*)\b", re.I)


def _month_to_come(month: int, year_said: str | None, today: date) -> date:
    """The 1st of the month `month` told of a time to come: in the year said (明年, 今年,
    2027, 27), else the first such month from this one on."""
    if year_said in ("明",):
        return date(today.year + 1, month, 1)
    if year_said in ("今",):
        return date(today.year, month, 1)
    if year_said:
        year = int(year_said)
        return date(year + 2000 if year < 100 else year, month, 1)
    return date(today.year + (month < today.month), month, 1)


def benefit_end_month(text: str) -> tuple[int, str | None] | None:
    """The month (1-12) a benefit is told to end and the year said with it (明, 今, 2027, 27;
    None when none), as `ENDS_IN_A_MONTH` reads it ("it ends in january": (1, None))."""
    m = ENDS_IN_A_MONTH.search(normalise(text).lower())
    if m is None:
        return None
    enmo = m.group("enmo") or m.group("enmo2")
    if enmo:
        month = household.EN_MONTHS.index(enmo[:3]) + 1
        year = m.group("eny") or m.group("eny2")
    else:
        month = int(m.group("mo") or m.group("mo2"))
        year = m.group("y") or m.group("y2")
    return (month, year) if 1 <= month <= 12 else None


def benefit_end_to_come(text: str, today: date) -> date | None:
    """The 1st of the month a benefit held now is told to end, when that month is still to
    come ("it ends in january", 失业金1月份就到期了); else None."""
    told = benefit_end_month(text)
    if told is None:
        return None
    end = _month_to_come(*told, today)
    return end if end >= date(today.year, today.month, 1) else None


def _ends_before_the_birth_to_come(
    text: str, known: dict[str, Any], updates: list[FactUpdate], today: date, asked: str | None
) -> list[FactUpdate]:
    """A benefit held now told to end in a month before the baby on the way is due ("gets
    unemployment benefit now, it ends in january", due March): not held at that birth unless
    renewed (Jinan clause 12 looks at the time of the birth; tester 51 c03 was asked about the
    birth's benefits twice). Only an end told says so: "on it now" alone says nothing of the
    birth."""
    if any(u.fact == "child.hardship_at_birth" for u in updates) or RENEWED.search(text):
        return updates
    end = benefit_end_to_come(text, today)
    if end is None:
        return updates
    held = any(u.fact == "hardship_now" and u.value is True for u in updates)
    if not (
        held
        or known.get("hardship_now") is True
        or asked == "hardship_at_birth"  # "it ends in january", the benefits just asked about
        or BENEFIT_NAMED.search(text)
    ):
        return updates  # "it ends in january" of nothing known to be a benefit
    coming: dict[int, str] = {}
    for i, c in enumerate(known.get("children") or [], start=1):
        if not isinstance(c, dict):
            continue
        when = str(c.get("due_date") or c.get("birth_date") or "")
        later = re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", when) and when[:7] > today.isoformat()[:7]
        if later or ("due_date" in c and not c.get("birth_date")):
            coming[i] = when
    coming.update(
        {
            u.child: str(u.value)
            for u in updates
            if u.fact == "child.due_date" and u.child is not None and u.value
        }
    )
    dated = {i: d for i, d in coming.items() if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", d)}
    if len(dated) != 1:
        return updates
    (order, due), *_ = dated.items()
    if date(int(due[:4]), int(due[5:7]), 1) <= end:
        return updates  # due in the month it ends or before: still on it, perhaps
    m = ENDS_IN_A_MONTH.search(normalise(text).lower())
    span = m.group(0) if m else text.strip()
    kept = [  # a yes of "the birth" is of the one to come, now known to fall after the end
        u for u in updates if not (u.fact == "hardship_at_birth" and u.value is True)
    ]
    return [*kept, FactUpdate("child.hardship_at_birth", False, child=order, span=span)]


def _ended_before_the_last_birth(
    known: dict[str, Any], updates: list[FactUpdate], today: date
) -> list[FactUpdate]:
    """A benefit told held until a month before the youngest child's birth ("my wife was on
    unemployment benefit until Oct 2026, baby born Nov 2026"): not held at that birth (Jinan
    clause 12 looks at the time of the birth), nor now (tester 50 e09 read back "on
    unemployment benefits now")."""
    if any(u.fact == "child.hardship_at_birth" for u in updates):
        return updates
    ended = [u for u in updates if u.fact == "hardship_now" and u.value is False]
    end = _ended_month(ended[0].span, today) if ended else None
    if end is None:
        return updates
    births: dict[int, str] = {
        i: str(c.get("birth_date"))
        for i, c in enumerate(known.get("children") or [], start=1)
        if isinstance(c, dict) and c.get("birth_date")
    }
    births.update(
        {
            u.child: str(u.value)
            for u in updates
            if u.fact == "child.birth_date" and u.child is not None and u.value
        }
    )
    dated = {i: b for i, b in births.items() if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", b)}
    if not dated:
        return updates
    last = max(dated, key=lambda i: dated[i])
    born = date(int(dated[last][:4]), int(dated[last][5:7]), 1)
    if born <= end or born > today:
        return updates
    at_birth = FactUpdate("child.hardship_at_birth", False, child=last, span=ended[0].span)
    return [*updates, at_birth]


def _span_of_known(child: dict[str, Any]) -> tuple[date, date] | None:
    """The first and last 1st-of-month a known child's birth can fall on: its year, its month or
    its day as told; a date worked out from an age (`approx`) AGE_SPREAD_MONTHS either side."""
    told = str(child.get("birth_date") or "")
    if not re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", told):
        return None
    if len(told) == 4:
        return date(int(told), 1, 1), date(int(told), 12, 1)
    month = date(int(told[:4]), int(told[5:7]), 1)
    if child.get("approx"):
        return add_months(month, -AGE_SPREAD_MONTHS), add_months(month, AGE_SPREAD_MONTHS)
    return month, month


def _age_naming_a_known_child(
    text: str, known: dict[str, Any], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """An age in a question that fits a child already known ("is there any help with
    kindergarten for the 3 year old?", "那个三岁的上幼儿园有补助吗" beside a 2nd born 2023 and an
    eldest of 7): it names that child and changes nothing; tester 50 e10 had the eldest re-dated
    to 2023. A child named by its order with the age (老大其实3岁) is told, not named."""
    said = normalise(text)
    if not (CN_QUESTION.search(said) or QUESTION.search(said)):
        return updates
    children = [c for c in known.get("children") or [] if isinstance(c, dict)]
    spans = [_span_of_known(c) for c in children]
    # 小的是2岁 (the youngest, -1): the last known child named (tester 79 c10)
    named = {o if o > 0 else len(children) + 1 + o for o in birth_orders_named(said)}

    def fits_a_known_child(u: FactUpdate) -> bool:
        if u.fact != "child.birth_date" or not u.approx or u.child in named:
            return False
        if u.kind == "correction" and not _in_a_question(said, u.span):
            return False  # "correction: our daughter is 5, not 4. … anything for housing?"
        if u.child is None or u.child > len(children):
            return False  # "还有个3岁的": a child more, told by its age
        if not isinstance(u.value, str) or not re.fullmatch(r"\d{4}-\d{2}", u.value):
            return False
        if not _in_a_question(said, u.span) and BIRTHDAY_MONTH_TOLD.search(u.span or ""):
            return False  # "she turned 3 in october. where do we apply?": told, then asked
        at = date(int(u.value[:4]), int(u.value[5:7]), 1)
        first, last = add_months(at, -AGE_SPREAD_MONTHS), add_months(at, AGE_SPREAD_MONTHS)
        return any(span is not None and span[0] <= last and first <= span[1] for span in spans)

    return [u for u in updates if not fits_a_known_child(u)]


# A child told by a pronoun or "the birthday" alone ("her bday is sept 14 2023", "his birthday
# is 3 may 2022", 她是2023年9月14号生的): no order, no kinship word.
PRONOUN_BIRTHDAY = re.compile(
    r"\b(?:her|his)\s+(?:real\s+)?(?:bday|b-day|birthday|birth ?date|dob)\b"
    r"|\b(?:she|he)\s+(?:was|is)\s+(?:actually\s+)?born\b|(?:她|他)(?:是|其实是)?[^，,。\s]{0,12}(?:生的|出生)"
)


def _date_naming_a_known_child(
    text: str, known: dict[str, Any], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """An exact birthday told of "her" or "him" beside several known children ("she didnt turn
    3 in june, her bday is sept 14 2023" of an eldest born 2019 and a 2nd of about June 2023):
    the one known child born in that year, not the eldest (tester 133 p8's eldest was re-dated
    and the younger's deduction kept its guessed end)."""
    said = normalise(text)
    children = [c for c in known.get("children") or [] if isinstance(c, dict)]
    births = [u for u in updates if u.fact == "child.birth_date"]
    if len(children) < 2 or not PRONOUN_BIRTHDAY.search(said):
        return updates
    denied = [
        u
        for u in births
        if u.span
        and u.span in said
        and re.search(r"(?:n'?t|\bnot)\b[^.,;!?]{0,24}$", said[: said.find(u.span)])
    ]  # "she didnt turn 3 in june": a month denied, no birth in it
    births = [u for u in births if u not in denied]
    if len(births) != 1:
        return updates
    updates = [u for u in updates if u not in denied]
    told = births[0]
    if told.approx or birth_orders_named(said) or not isinstance(told.value, str):
        return updates
    if len(told.value) != len("YYYY-MM-DD") or told.kind != "statement":
        return updates  # "sorry, she was born in oct 2023": the child in talk, put right
    year = told.value[:4]
    same = [
        i
        for i, c in enumerate(children, start=1)
        if str(c.get("birth_date") or "")[:4] == year and str(c.get("birth_date")) != told.value
    ]
    if len(same) != 1 or same[0] == told.child:
        return updates
    return [replace(u, child=same[0]) if u is told else u for u in updates]


# An age told with the month it was reached ("turned 3 in october", 10月满的3岁): a date told.
BIRTHDAY_MONTH_TOLD = re.compile(
    r"\bturned\b.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,2}月[^，,。]{0,4}满"
)


def _in_a_question(said: str, span: str) -> bool:
    """Whether `span` lies in a sentence of `said` that asks (its question mark or words); True
    when it cannot be placed."""
    at = said.find(span.strip()) if span.strip() else -1
    if at < 0:
        return True
    for m in re.finditer(r"[^.!?。！？]+[.!?。！？]*", said):
        if m.start() <= at < m.end():
            sentence = m.group(0)
            return bool(CN_QUESTION.search(sentence) or QUESTION.search(sentence))
    return True


# A child pointed at by its age in a question ("does my 2 year old get it too?", "the 6 yo?").
AGE_POINTER = re.compile(
    r"\b(?:my|our|the)\s+(?P<n>\d{1,2})\s*-?\s*(?:(?:years?|yrs?)[- ]old|yo|y/o)\b", re.I
)


def _age_naming_a_child_told(text: str, updates: list[FactUpdate]) -> list[FactUpdate]:
    """An age in a question that points at a child the same message told that age of ("older
    kids are 6 and 2 … does my 2 year old get it too?"): that child, no child more; the orders
    read after it close up (tester 79 c9 had the baby due in March made a 4th child)."""
    said = normalise(text)
    pointers = {m.group(0).lower() for m in AGE_POINTER.finditer(said)}
    if not pointers:
        return updates
    dropped: int | None = None
    target: int | None = None
    for u in updates:
        if u.fact != "child.birth_date" or not u.approx or u.child is None or not u.span:
            continue
        if not any(u.span.strip().lower() in p for p in pointers):
            continue
        same = next(
            (
                o.child
                for o in updates
                if o.fact == "child.birth_date"
                and o.child != u.child
                and o.value == u.value
                and o.span
                and (
                    o.span.strip().lower() != u.span.strip().lower()
                    # "3yo … (the 3yo)": the same words said twice, a child and its pointer
                    or said.count(u.span.strip().lower()) > 1
                )
            ),
            None,
        )
        if same is not None:
            dropped, target = u.child, same
            break
    if dropped is None or target is None:
        return updates
    # "daughter (the 3yo) is 1.02m": what is said of the child pointed at is that child's
    # (tester 127 p8 had a third child made of the 3-year-old, with her height)
    kept = [
        u if u.child != dropped else replace(u, child=target)
        for u in updates
        if not (u.child == dropped and u.fact == "child.birth_date")
    ]
    kept = [u for i, u in enumerate(kept) if u not in kept[:i]]
    return [
        replace(u, child=u.child - 1) if isinstance(u.child, int) and u.child > dropped else u
        for u in kept
    ]


def _year_narrowed_by_an_age(text: str, updates: list[FactUpdate], today: date) -> list[FactUpdate]:
    """ "my son was born 2022 not 2024, he's nearly 4", "老三2022年的 快4岁了": a birth year told
    with the child's age narrows to the month both allow, approximate (about December 2022
    here), not 1 January of the year (tester 45 c08 got parental leave "ended on 1 January
    2025"). One year and one age, of the one child told of; when they disagree (2022 and "2岁
    了") or the age leaves most of the year open, the year stays as told and its month is asked."""
    years = [
        u
        for u in updates
        if u.fact == "child.birth_date"
        and not u.approx
        and isinstance(u.value, str)
        and re.fullmatch(r"\d{4}", u.value)
    ]
    if len(years) != 1 or any(u.fact == "child.birth_date" and u.approx for u in updates):
        return updates
    said = normalise(text)
    ages = [m for m in find_mentions(said, today) if m.kind == "age" and m.precision == "month"]
    if len(ages) != 1:
        return updates
    age, told = ages[0], years[0]
    year = int(str(told.value))
    # "两岁半", "2 and a half": a half year said is closer than a bare "2岁" (read the same)
    spread = (
        HALF_AGE_SPREAD_MONTHS if HALF_SAID.search(said[age.start : age.end]) else AGE_SPREAD_MONTHS
    )
    first = max(add_months(age.value, -spread), date(year, 1, 1))
    last = min(add_months(age.value, spread), date(year, 12, 1), today)
    open_months = (last.year - first.year) * 12 + last.month - first.month + 1
    if not 0 < open_months <= NARROWED_MONTHS:
        return updates
    month = min(max(age.value, first), last)
    # the words it was worked out from name the year too, which bounds the estimate (actions'
    # household_form.mark_exact_dates_needed never moves it out of the year told)
    at = said.find(told.span.strip())
    words = (
        said[min(at, age.start) : max(at + len(told.span.strip()), age.end)].strip()
        if at >= 0
        else told.span
    )  # "2022 not 2024, he's nearly 4": both, as written
    narrowed = replace(told, value=month.isoformat()[:7], approx=True, span=words)
    return [narrowed if u is told else u for u in updates]


# A benefit said of a past time with no time named ("we were not on dibao back then", 那时候我们
# 没低保) while the talk is of one child: that child's birth, not now (tester 40 n4).
THEN_SAID = re.compile(
    r"\b(?:back then|at the time|at that time|then)\b|当时|那时候?|那会儿?", re.I
)
NOW_TOO = re.compile(r"\b(?:now|currently|at the moment|still)\b|现在|目前|如今|还在", re.I)


# "newborn", 刚出生, "just born": the words a birth of today is read from.
NEWBORN_WORD = re.compile(r"new ?born|just born|刚出生|刚生", re.I)
# A birth still to come, framed as the time after it ("after the baby comes", "once she's born",
# 宝宝出生后, 生了以后): what the newborn will get, no child born now.
BIRTH_TO_COME = re.compile(
    r"\b(?:after|once|when|whenever)\s+(?:the |our |my |her |this )?(?:baby|babies|child|kid|twins"
    r"|little one|newborn|he|she|it)(?:'s|\s+is|\s+are)?\s*(?:comes?|arrives?|born|gets born|here"
    r"|delivered)\b"
    r"|\b(?:after|once) (?:the )?(?:birth|delivery|i give birth|she gives birth|we have (?:the|our) baby)\b"
    r"|\b(?:not|isn'?t|hasn'?t been|aren'?t) (?:yet )?born(?: yet)?\b|\bno newborn\b|\bon the way\b"
    r"|(?:生|出生|生下来|生完)(?:了)?(?:以后|之后|后)|(?:还)?没(?:有)?(?:出)?生|没有新生儿|等.{0,4}生",
    re.I,
)
# A pregnancy beside it: the birth to come is one the family told.
PREGNANCY_WORD = re.compile(r"pregnan|expecting|due\b|on the way|怀孕|怀了|预产期|快生", re.I)


# A number written as an order: "3rd", "2nd", "第3个", "第二" (an order, never an age).
ORDER_WRITTEN = r"(?<!\d){n}(?:st|nd|rd|th)\b|第\s*{n}(?!\d)"


def _no_age_in_an_order(text: str, updates: list[FactUpdate]) -> list[FactUpdate]:
    """Without the ages read from a number that the message writes only as an order ("caller's
    3rd child born March 2027" is no child of 3, tester 45 c10; "mom's 2nd kid", "第3个孩子"):
    a number said once as an order and nowhere else as a number is no age."""
    said = normalise(text)
    kept = []
    for u in updates:
        n = u.span.strip()
        if u.fact == "child.birth_date" and u.approx and n.isdigit():
            orders = len(re.findall(ORDER_WRITTEN.format(n=n), said))
            numbers = len(re.findall(rf"(?<!\d){n}(?!\d)", said))
            if orders and orders == numbers:
                continue
        kept.append(u)
    return kept


def _newborn_to_come(
    text: str, known: dict[str, Any] | None, updates: list[FactUpdate]
) -> list[FactUpdate]:
    """No child born now read from "newborn" when the message speaks of a birth still to come
    ("after the baby comes, anything for the newborn's health insurance?", 宝宝出生后新生儿医保
    怎么办, "there is no newborn") in a family expecting one, or telling a pregnancy (tester 42
    c09: a baby due in April became a child born in December)."""
    children = (known or {}).get("children") or []
    expecting = any("due_date" in c for c in children) or bool(PREGNANCY_WORD.search(text))
    if not expecting or not BIRTH_TO_COME.search(text):
        return updates
    return [
        u
        for u in updates
        if not (
            u.fact == "child.birth_date"
            and u.approx
            and NEWBORN_WORD.search(u.span or "")
            and not re.search(r"\d", u.span or "")
        )
    ]


def _due_after_the_children_counted(updates: list[FactUpdate]) -> list[FactUpdate]:
    """ "we only have ONE child … and one on the way due april 2027": the child due comes right
    after the children counted (the 2nd), not after a child wrongly noted before (tester 42 c09
    got "the 3rd child due April 2027" beside a newborn it had made up)."""
    counts = [u.value for u in updates if u.fact == "child_count" and isinstance(u.value, int)]
    if len(counts) != 1 or isinstance(counts[0], bool):
        return updates
    after = counts[0] + 1
    due = [u for u in updates if u.fact == "child.due_date" and u.child is not None]
    if len(due) != 1 or (due[0].child or 0) <= after:
        return updates
    if any(u.child is not None and after <= u.child < (due[0].child or 0) for u in updates):
        return updates
    return [replace(u, child=after) if u is due[0] else u for u in updates]


# A benefit of the hardship kind named ("dibao", 低保, "special hardship", 失业金 …).
BENEFIT_NAMED = re.compile(
    r"低保|特困|失业|救助|补助|没领|领过|在领|领着|dibao|tekun|shiyejin|hardship|unemploy|welfare"
    r"|\bbenefits?\b|subsistence|minimum (?:living |income )?allowance|minimum (?:living|income)|living allowance",
    re.I,
)
# The money itself talked of: a figure, the subsidy, when it is paid or starts ("so the 600 a
# month only starts after the baby is born, right?", 那600是生了以后才开始发吗).
MONEY_TALKED = re.compile(
    r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{3,}|\b(?:subsidy|allowance|money|paid|pays?|payments?|starts?|begins?|yuan)\b"
    r"|补贴|补助|钱|[发给领]钱?吗|开始[发给领算]|起算|元",
    re.I,
)
# A plain yes or no leading the message: an answer, whatever follows.
PLAIN_ANSWER = re.compile(
    r"^\s*(?:(?:probably|most likely|likely|i think|i guess|i believe)[\s,]+)?"
    r"(?:(?:yes|yeah|yep|yup|no|nope|nah)\b|是的|是啊|对的?|有(?!没)|没|不是|无)",
    re.I,
)


# What a word means, asked ("低保是什么意思", "特困是啥", "what is tekun?"): a clause of its own.
MEANING_ASKED = re.compile(
    r"(?:是(?:什么|啥)|(?:什么|啥)意思)(?!时|候)[?？吗呢啊]*$|^(?:什么|啥)是"
    r"|\bwhat(?: is|'s| does)\b|\bwhat do you mean\b|\bmeaning\b",
    re.I,
)


def _benefits_only_asked_of(text: str, updates: list[FactUpdate]) -> list[FactUpdate]:
    """A message that only asks what the benefits are ("低保是什么意思 特困是啥", to the question
    whether the family had them at the birth) tells no benefit, yes or no (probes49 zh-10080)."""
    pieces = [p for p in re.split(r"[\s,，。.;；!！?？]+", normalise(text)) if p]
    if not pieces or not all(MEANING_ASKED.search(p) for p in pieces):
        return updates
    return [
        u
        for u in updates
        if u.fact not in ("hardship_at_birth", "child.hardship_at_birth", "hardship_now")
    ]


def _benefits_unnamed_in_a_money_question(text: str, updates: list[FactUpdate]) -> list[FactUpdate]:
    """Without the hardship benefits named and with no plain yes or no, a message about the
    money and when it starts ("so the 600 a month only starts after the baby is born, right?
    from the birth month?") says nothing of the benefits at a birth, even when the form asked
    about them (tester 42 c04: read as on dibao at the birth, 800 a month)."""
    if BENEFIT_NAMED.search(text) or PLAIN_ANSWER.match(text) or not MONEY_TALKED.search(text):
        return updates
    return [
        u
        for u in updates
        if u.fact not in ("hardship_at_birth", "child.hardship_at_birth")
        or (u.fact == "child.hardship_at_birth" and _birth_answered_apart(u.span or ""))
    ]


# Not yet on the benefit (还没开始领, 那时候还没领): the benefit's start, no payment's.
NOT_YET_HELD = re.compile(r"还?没(?:有)?(?:开始)?(?:领|吃)")


def _birth_answered_apart(span: str) -> bool:
    """A child's birth answered in words of its own, with no money in them (老二出生的时候没有,
    生老二时还没开始领), though the message goes on to the money ("那老二也能加200吗 一个月1400
    到27年9月是吧"): an answer to the benefits question (tester 52 c01 was asked it again)."""
    return (
        bool(span.strip())
        and not MONEY_TALKED.search(NOT_YET_HELD.sub(" ", span))
        # "childcare subsidy, does the eldest get any of it?": a question, no answer (t51d)
        and not ASKING.match(span)
        and not re.search(r"[?？]|吗|呢", span)
    )


# The tail of a list of benefits ("…, special hardship or unemployment benefits") after a no.
BENEFIT_LIST_TAIL = re.compile(
    r"[\s,、，]*(?:(?:or|and|nor|或者?|和|、)?\s*(?:any |other )?(?:dibao|tekun|shiyejin"
    r"|special hardship(?: support)?|hardship(?: support)?|unemployment(?: benefits?| insurance"
    r"| money)?|welfare|benefits?|低保|特困(?:供养)?|失业金|失业保险金?)[\s,、，]*)+",
    re.I,
)


def _benefit_list_under_one_no(text: str, updates: list[FactUpdate]) -> list[FactUpdate]:
    """ "we will NOT be on dibao, special hardship or unemployment benefits": the benefits listed
    after a denied one are denied with it, no yes of their own (tester 42 c04 read the list's
    tail as on such benefits now)."""
    low = text.lower()
    denials = [u for u in updates if "hardship" in u.fact and u.value is False and u.span]
    kept: list[FactUpdate] = []
    for u in updates:
        span = (u.span or "").lower()
        at = low.find(span.strip()) if span.strip() else -1
        if (
            u.fact == "hardship_now"
            and u.value is True
            and at > 0
            and BENEFIT_LIST_TAIL.fullmatch(span)
            and any(
                0 <= (end := low.find(d.span.lower().strip())) < at
                and not re.search(r"[.;!?。；！？]", low[end + len(d.span.strip()) : at])
                for d in denials
            )
        ):
            continue
        kept.append(u)
    return kept


# One benefit named and denied as the message opens (没低保, 没有低保 但是…, "no dibao but").
BENEFIT_DENIED_FIRST = re.compile(
    r"\s*(?:没|没有|不是|无)\s*(?:领|吃)?\s*(?:低保|特困|失业金)|\s*no (?:dibao|unemployment)\b",
    re.I,
)


def _then_of_the_child_in_talk(u: FactUpdate, about: int | None) -> FactUpdate:
    """`u`, or the benefits at the birth of the child in talk when `u` reads a benefit said of
    "back then" (and not of now too) as the present one."""
    if (
        about is None
        or u.fact != "hardship_now"
        or not THEN_SAID.search(u.span)
        or NOW_TOO.search(u.span)
    ):
        return u
    return replace(u, fact="child.hardship_at_birth", child=about)


# A number that counts a birth, not an age: "one born last thursday", "1个刚生的".
NUMBER_OF_A_BIRTH = re.compile(r"\s*(?:was\s+|is\s+)?(?:born|出生|生的|刚生|个刚)", re.I)


def _age_torn_from(age: Mention, dated: Mention) -> bool:
    """Whether an age and a birth date said of the same child cannot both be right."""
    if age.kind != "age" or dated.kind != "date":
        return False
    unit = "个月" if age.months is not None and age.months < 12 else "岁"  # how it is said
    return disagree(FactUpdate("child.birth_date", age.iso, approx=True, span=unit), dated.iso)


# A message opening by putting something right (不对, 说错了, "no wait"), the fact then stated.
SLIP_OPENER = re.compile(r"\s*(?:不对|说错了|搞错了|错了|no,? wait\b|wait\b|sorry\b|actually\b)")


# "it's actually triplets not twins", 不是双胞胎 是三胞胎: the multiple put right to one more.
TRIPLETS_NOT_TWINS = re.compile(
    r"\btriplets\b[^.?!]{0,12}\bnot twins\b|\bnot twins\b[^.?!]{0,12}\btriplets\b"
    r"|不是双胞胎[^。？?]{0,6}(?:是)?三胞胎|三胞胎[^。？?]{0,6}不是双胞胎"
)


def _triplets_not_twins_on_the_way(
    text: str, known: dict[str, Any], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """Twins known on the way, then "it's actually triplets not twins": a third baby due the
    same day (the order after them), as a correction; the updates unchanged when nothing of the
    kind is said, the babies are born, or a due date is already read."""
    said = TRIPLETS_NOT_TWINS.search(text)
    children = list(known.get("children") or [])
    coming = [i for i, c in enumerate(children, 1) if "due_date" in c and not c.get("birth_date")]
    if said is None or len(coming) != 2 or coming[1] != coming[0] + 1:
        return updates
    if any(u.fact == "child.due_date" for u in updates):
        return updates
    due = children[coming[0] - 1].get("due_date")
    value = str(due) if due is not None else None
    third = FactUpdate(
        "child.due_date",
        value,
        kind="correction",
        child=len(children) + 1,
        span=said.group(0),
    )
    return [*updates, third]


# A year written with a date: 2023.1.1, 2024-12-25, 24年国庆节, "christmas eve 2023".
YEAR_WRITTEN = re.compile(r"(?:19|20)\d{2}|\d{2}\s*年|\d{2}\.\d{1,2}\.\d|\b\d{2}/\d{1,2}/\d")


def _day_named_again_blanked(norm: str, today: date) -> str:
    """The message with a day said without its year blanked where the same month and day is
    said with its year ("3rd kid born 2023.1.1 exactly, new years day", "老二是24年国庆节生的
    10月1号", "born 2024-12-25, christmas day lol"): the dated day named again, no other birth
    or due date (tester 105 h2). The same length, so the spans stay where they were."""
    if not YEAR_WRITTEN.search(norm):
        return norm  # no day said with its year (most messages): nothing read twice
    mentions = [m for m in find_mentions(norm, today) if m.kind == "date"]
    full = [m for m in mentions if m.precision == "day" and not m.floating and not m.day_alone]
    dated = {(m.value.month, m.value.day) for m in full}
    for m in mentions:
        if (
            m.precision == "day"
            and m.floating
            and not m.day_alone
            and (m.value.month, m.value.day) in dated
            and not any(m.start < f.end and f.start < m.end for f in full)  # within 20.1.1
        ):
            norm = norm[: m.start] + " " * (m.end - m.start) + norm[m.end :]
    return norm


# A month naming a baby ("the april baby", "the may one", 4月那个): which baby, not a birth.
MONTH_NAMES_A_BABY = re.compile(r"\s*(?:baby|bub|one|kid|child|宝宝|那个|的那个|那胎)\b")
THE_BEFORE = re.compile(r"\bthe\s*$|(?:那个|这个)\s*$")


def _names_the_baby_due(norm: str, m: Mention, known_children: list[dict[str, Any]]) -> bool:
    """A bare month naming the baby known to be due that month ("the april baby is number 2"
    of a baby due April 2027): the baby pointed at, no birth told (tester 111 c8 got a child
    born April 2026 beside it)."""
    if m.kind != "date" or m.precision != "month" or not MONTH_NAMES_A_BABY.match(norm, m.end):
        return False
    if not THE_BEFORE.search(norm[max(0, m.start - 8) : m.start]):
        return False
    said = m.value.isoformat()
    due = {
        str(c.get("due_date") or c.get("birth_date"))[5:7]
        for c in known_children
        if c.get("due_date") or str(c.get("birth_date") or "") > said  # a birth still to come
    }
    return f"{m.value.month:02d}" in due


def _understand(
    text: str,
    known: dict[str, Any] | None,
    asked: str | None,
    today: date,
    about: int | None,
) -> list[FactUpdate]:
    known = known or {}
    if COMMAND.match(text):
        return []  # '/check_eligibility{"city": "beijing"}': a Rasa command typed as text states nothing
    norm = normalise(text)
    caller = FOR_A_CALLER.search(norm)
    if caller and not (caller.group(0).startswith("not") and OTHER.search(norm)):
        # not "now for my biaomei family, not my family": the relative's, read as theirs
        return []  # 我是热线 帮人问的: the policy asked about, no family's facts
    put_right = TOPIC_PUT_RIGHT.search(norm)  # read before a repair's opener is blanked
    repair = REPAIR.match(norm)
    if repair:  # "no I mean the housing fund withdrawal": no answer to the question asked
        asked = None
        norm = " " * repair.end() + norm[repair.end() :]
    filler = OPENING_FILLER.match(norm)
    if filler:  # 那个，没有: the reply after the hesitation (the same length: spans stay put)
        start, end = filler.span("filler")
        norm = norm[:start] + " " * (end - start) + norm[end:]
    # "caller's 3rd child", "mom's 2nd kid": a possessive before an order, no "is 3" (the
    # same length, so the spans stay where they were; tester 45 c10)
    norm = re.sub(r"(?<=\w)['’]s(?=\s+\d+(?:st|nd|rd|th)\b)", "  ", norm)
    known_children = _known_children(known)
    norm = _pregnancy_counted(norm, asked)
    norm = _day_named_again_blanked(norm, today)
    pieces = cut(norm)
    hypothetical = _hypothetical(norm, pieces)
    waiting = next(
        (
            i
            for i, c in enumerate(known_children, 1)
            if c.get("due_date") and not c.get("birth_date")
        ),
        None,
    )
    born_not_due = waiting if household.BORN_NOT_DUE.search(norm) else None
    correcting = (
        bool(CORRECTION.search(norm))
        or born_not_due is not None
        or (asked is None and bool(NO_IT_IS_NOT.search(norm) or OPENED_ON_NO.match(norm)))
        or household.known_city_denied(norm, known.get("city"))
        # "不是 北京" to the city asked with Jinan noted: the known city put right
        or (
            asked == "city"
            and known.get("city") is not None
            and re.match(r"\s*(?:不是|不对)(?:的|啊|呀)?[\s，,。!！]+", norm) is not None
            and any(c != known.get("city") for c, _ in household.cities(norm))
        )
    )
    # "no no the baby is already born": the known pregnancy was wrong

    every = find_mentions(norm, today)
    negated = [
        m for m in every
        if NEGATED_BEFORE.search(norm[max(0, m.start - 12) : m.start])  # "instead of dec"
        or (m.kind == "date" and NOT_BORN_ON.search(norm[max(0, m.start - 20) : m.start]))
        or (WRONG_AFTER.match(norm, m.end) and any(o.start > m.end for o in every))
    ]  # fmt: skip
    mentions = [
        m for m in every
        if m not in negated
        and not (m.kind == "age" and AROUND_A_BIRTH.search(norm[max(0, m.start - 6) : m.start]))
        and not (m.kind == "age" and SPAN_BEFORE_AFTER.match(norm, m.end))
        and not (
            m.kind == "age"
            and (
                FROM_THE_BIRTH.search(norm[max(0, m.start - 6) : m.start])
                or FROM_THE_BIRTH.match(norm[m.start : m.end])  # the age read as 出生快1年
            )
            and TO_AN_EVENT.match(norm, m.end)
        )
        and not ALMOST_BEFORE.search(norm[max(0, m.start - 12) : m.start])
        and not (m.kind == "age" and PAID_FOR_BEFORE.search(norm[max(0, m.start - 30) : m.start]))
        and not _conceived(norm, m, pieces, hypothetical, today)
        and not (m.kind == "date" and _of_a_home_plan(m, pieces))
        and not (
            m.kind == "date"
            and RULE_BOUND_BEFORE.search(norm[max(0, m.start - 8) : m.start])
            and any(o is not m and o.kind == "date" and o.start < m.start for o in every)
        )  # "dd was born 12 may 2023 tho, after jan 2023": the rule's bound, no second birth
        and not _names_the_baby_due(norm, m, known_children)
    ]  # fmt: skip
    correcting = correcting or bool(negated) or bool(MISCOUNTED.search(norm))
    opening = COUNT_OPENING.match(norm) if asked == "children" else None
    if opening:  # "one, 18 months", "2, 18 months and 4": the number the answer opens with counts
        mentions = [m for m in mentions if m.start >= opening.end(1)]
    recounted = NOT_THAT_COUNT.search(norm)
    if recounted and recounted.group("e"):  # "not 2 kids but 3": the count, no age
        mentions = [m for m in mentions if not recounted.start("e") <= m.start < recounted.end()]
        pieces = [
            (o, c) if not recounted.start("e") <= o + len(c) - len(c.lstrip()) < recounted.end()
            else (o, re.sub(r"\d", " ", c))
            for o, c in pieces
        ]  # fmt: skip
    if correcting:  # "sorry i said the twins are 2, they just turned 3": the slip's age is no fact
        slips = [
            (o, o + len(c)) for i, (o, c) in enumerate(pieces)
            if SLIP.search(c) and i + 1 < len(pieces)
        ]  # fmt: skip
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in slips)]
    # "born in 2024 not 2022": the date said wrong names the child, whoever was talked of.
    about = _dated(known_children, negated) or about
    about = about or born_not_due  # the baby said born is the pregnancy known
    generic = {
        i for i in _about_the_rules(norm, pieces, hypothetical) if ANY_CHILD.search(pieces[i][1])
    }  # "does a 1.2m kid need a ticket?": no child of the family's
    # "I want to know benefits for twins. We have twins born 3 months ago…": twins as a topic
    generic |= {
        i
        for i, (_, c) in enumerate(pieces)
        if TOPIC_MULTIPLES.search(c) and not re.search(r"\d", c)
    }
    if CN_QUESTION.search(norm) or CN_ANY_AGED.search(norm):
        # 两岁的孩子能领吗 还是只有刚生的才给, 两岁的能送不: children of no one's
        generic |= {
            i
            for i, (_, c) in enumerate(pieces)
            if (
                (CN_ANY_CHILD.search(c) or CN_ANY_AGED.search(c))
                and not re.search(r"我|俺|咱|家|他|她", c)
            )
            or (CN_ANY_FAMILYS_BIRTH.search(c) and not re.search(r"我|俺|咱|他|她", c))
        }
    story = _read_children(
        pieces, mentions, known_children, asked, today, correcting, norm, generic
    )
    writer = WRITER_A_CHILD.search(norm) if SIBLING_OF_WRITER.search(norm) else None
    if writer and int(writer.group(1)) < 18:  # "my baby brother is 6 months and im 12"
        age = find_mentions(f"{int(writer.group(1))}岁", today)[0]
        story.new(birth=replace(age, start=writer.start(1), end=writer.end(1)), word="i")
    for child in story.children:
        if child.birth is not None and child.birth.kind == "date" and child.birth.value > today:
            child.ahead = True
    _bare_heights(pieces, story, asked)
    bare = re.fullmatch(
        r"\s*(?:大概|大约|约|差不多|about|around|abt|approx\.?|roughly)?\s*(\d{2,3})\s*(?:厘米|公分|cm)?\s*",
        norm,
    )
    heights_said = [
        float(h) if len(h) <= 3 and "." not in h else round(float(h) * 100, 1)
        for h in re.findall(r"(?<![\d.])(1\.\d{1,2}|[5-9]\d|1[0-7]\d)(?![\d.])", norm)
    ]
    if (
        asked == "children.height_cm"
        and len(heights_said) >= 2
        and not any(c.height and c.height not in heights_said for c in story.children)
        and not re.sub(r"[\d.\s]", "", ANSWER_FILLER.sub("", norm))
    ):  # "um 1.3 and 1.12": the heights asked for, in birth order
        for kid in story.children:  # "1.25, 98": not only the bare centimetres read as answers
            kid.height = None
        free = [i for i, c in enumerate(known_children, 1) if c.get("height_cm") is None]
        free += list(range(len(known_children) + 1, len(known_children) + 1 + len(heights_said)))
        for order, cm in zip(free, heights_said, strict=False):
            child = story.by_order(order)
            child.height, child.height_span = cm, norm
    if asked == "children.height_cm" and bare and not any(c.height for c in story.children):
        order = next(
            (i for i, c in enumerate(known_children, 1) if c.get("height_cm") is None),
            max(len(known_children), 1),
        )
        child = story.by_order(order)
        child.height, child.height_span = float(bare.group(1)), bare.group(0).strip()
    updates: list[FactUpdate] = []

    def add(
        fact: str,
        value: Any,
        span: str,
        child: int | None = None,
        approx: bool = False,
        kind: UpdateKind = "statement",
        guessed: bool = False,
    ) -> None:
        updates.append(FactUpdate(fact, value, kind, child, approx, span, guessed))

    # A question about a measure ("is the extra 200 for dibao families?") tells nothing of the
    # family: its clauses are left out of what the household readers read.
    asking = _about_the_rules(norm, pieces, hypothetical)
    if correcting:  # "wait i said beijing hukou, no, our hukou is still in tianjin": the slip
        asking |= {
            i
            for i, (_, c) in enumerate(pieces)
            if re.search(r"(?<!as )\bi (?:said|wrote|typed|put|entered|told you)\b", c)
            and any(j > i and c2.strip() for j, (_, c2) in enumerate(pieces))
        }
    if put_right:  # "no i asked about the LOAN not rent": the topic put right, no housing fact
        asking |= {
            i
            for i, (o, c) in enumerate(pieces)
            if o < put_right.end() and o + len(c) > put_right.start()
        }
    told_pieces = [(o, " " * len(c) if i in asking else c) for i, (o, c) in enumerate(pieces)]
    told_text = norm
    for i in asking:
        o, c = pieces[i]
        told_text = told_text[:o] + " " * len(c) + told_text[o + len(c) :]

    # Household facts.
    named = [
        (city, at) for city, at in household.cities(norm)
        if not _topic_only(_with_mark(norm, *next((o, c) for o, c in reversed(pieces) if o <= at), asked))
        and not any(o <= at < o + len(c) for i, (o, c) in enumerate(pieces) if i in asking)
        and not (asked != "city" and _weather_only(next(c for o, c in reversed(pieces) if o <= at)))
    ]  # fmt: skip  # "is jinan subsidy until 3 years old?": a measure asked about
    if _asked_of_anyone(norm, asked) or _measure_of_a_city_asked(norm, pieces, asked):
        named = []
    named = [(city, at) for city, at in named if not household.a_parent_works_in(norm, at)]
    either = [m.span() for m in EITHER_CITY.finditer(norm)]
    # "陪产假按济南还是北京": the two plans asked between, neither the family's city
    named = [(city, at) for city, at in named if not any(a <= at < b for a, b in either)]
    if asked != "city":  # "we rent a small flat in lixia": a district, no city said
        named = [(city, at) for city, at in named if not household.EN_DISTRICT.match(norm, at)]
    if known.get("city") and not correcting:  # "my wife has Jinan hukou", the family in Beijing
        named = [
            (city, at) for city, at in named
            if city == known["city"]
            or not (HUKOU_OF_CITY.match(norm, at) or CITY_OF_HUKOU.search(norm[max(0, at - 24) : at]))
        ]  # fmt: skip
    lives_in: str | None = None
    if named:
        living = {
            c for c, at in named
            if not (HUKOU_OF_CITY.match(norm, at) or CITY_OF_HUKOU.search(norm[max(0, at - 24) : at]))
        }  # fmt: skip  # "搬到北京快一年了 户口还在济南": the one city not only the hukou's
        city = (
            named[0][0] if len({c for c, _ in named}) == 1
            else household.corrected_city(norm) or household.lives_in(norm) or (next(iter(living)) if len(living) == 1 else None)
            # "北京的 北京有没有像济南那样每个月发钱的": the city said alone is the family's
            or next((c for c, at in named if CITY_SAID_ALONE.match(next(p for o, p in reversed(pieces) if o <= at))), None)
        )  # fmt: skip
        # "孩子姥姥在北京" with Jinan known: a city named in passing, not the family's
        passing = bool(city) and family_city.named_in_passing(
            norm, str(city), known.get("city"), asked, correcting
        )
        lives_in = None if passing else city
        at = next((i for i, (o, c) in enumerate(pieces) if o <= named[0][1] < o + len(c) + 1), -1)
        if passing and at not in hypothetical:
            pass
        elif (
            city
            and not (
                city != known.get("city")
                and at >= 0
                and (PLANNED_MOVE.search(pieces[at][1]) or MOVE_TO_COME.search(pieces[at][1]))
                and re.search(r"户口|户籍|hukou", pieces[at][1])
            )
            and (
                at not in hypothetical
                or (
                    A_BIRTH_IMAGINED.search(pieces[at][1])
                    and re.search(
                        r"的话\s*$", norm[pieces[at][0] : named[0][1]].replace("\u2060", "")
                    )
                )
            )
        ):  # "如果户口迁到北京": not where the family lives; "要三胎的话济南能给啥": the city asked of
            add("city", city, city)
        elif (
            city
            and city != known.get("city")
            and MOVING.search(pieces[at][1] if at >= 0 else "")
            and not HUKOU_OF_CITY.match(norm, named[0][1])
        ):  # "if we moved to jinan would …": the family's city, put as a question
            add("city", city, city, kind="question")
        elif (
            city
            and city != known.get("city")
            and (PLANNED_MOVE.search(pieces[at][1]) or MOVE_TO_COME.search(pieces[at][1]))
        ):
            add("city", city, city, kind="question")  # 户口下个月要迁到北京: a move to come
            if re.search(r"户口|户籍|hukou", pieces[at][1]):
                add("hukou_in_city", True, pieces[at][1], kind="question")

    for said in household.hukou(
        told_pieces,
        hypothetical,
        lives_in or known.get("city"),
        asked,
        known.get("hukou_in_city"),
        correcting,
    ):
        if (
            said.fact == "hukou_in_city"
            and said.value is True
            and said.at not in hypothetical
            and hukou_move.move_supposed(norm)
        ):
            continue  # "那我们现在把户口迁过来 能补领吗": a move asked about, no hukou held
        if said.fact == "hukou_in_city" and CHILDS_HUKOU_ASKED.search(said.span or norm):
            continue  # "will the baby get jinan hukou automatically?": asked (probe en-9366)
        add(
            said.fact,
            said.value,
            said.span,
            kind="question" if said.at in hypothetical else "statement",
        )
    insurance = household.birth_insurance(told_pieces, told_text, asked)
    if insurance:
        add(
            insurance.fact, insurance.value, insurance.span,
            kind="question" if insurance.at in hypothetical else "statement",
        )  # fmt: skip
    fund = household.contributors(
        pieces, asked, norm, hypothetical, known.get("housing_fund_contributors")
    )
    recount = BARE_RECOUNT.match(norm) if correcting and asked is None else None
    if (
        fund is None
        and recount
        and known.get("housing_fund_contributors") is not None
        and not known_children
    ):  # "wait its 2, my father in law retired": the only count known, said again
        fund = household.Said("housing_fund_contributors", int(recount.group(1)), 0, recount[0])
    if fund is None and correcting and asked is None:
        fund = _payers_put_right(norm, known, len(known_children))
    if fund:
        add(
            fund.fact, fund.value, fund.span,
            kind="question" if fund.at in hypothetical else "statement",
        )  # fmt: skip
    homes = household.home(told_pieces, hypothetical, asked)
    if any(said.at in hypothetical for said in homes):
        # "在济南租房的话能提公积金吗 俺们是租的": the renting supposed, then told as the family's
        plain = household.home(
            [(o, "" if i in hypothetical else c) for i, (o, c) in enumerate(told_pieces)],
            set(),
            asked,
        )
        told_too = {(said.fact, said.value): said for said in plain}
        homes = [
            told_too.get((said.fact, said.value), said) if said.at in hypothetical else said
            for said in homes
        ]
    for said in homes:
        add(
            said.fact,
            said.value,
            said.span,
            kind="question" if said.at in hypothetical else "statement",
        )

    # Children.
    count = _count(told_text, asked, story)
    if (
        count is not None
        and any(k.get("birth_date") for k in known_children)
        and not any(c.size == 1 and (c.told or c.order or c.word) for c in story.children)
        and not story.counted
        and asked != "children"
        and MULTIPLES.search(count[1])
        and not re.search(r"(?<![\d.])\d{1,2}\s*(?:个|kids|children)|[俩仨]", count[1])
    ):  # "my wife just had twins" beside a child known: the twins, no count told (en-9328)
        count = None
    slipped = SAID_COUNT_BUT.search(norm) if correcting else None
    if count is None and slipped:  # "i said 2 kids before but its 3": the slip's clause is left
        count = int(slipped.group("n")), slipped.group(0)  # out, the count after its "but" is not
    if count is not None and _counts_an_imagined_birth(norm, pieces, hypothetical, count[1]):
        count = (
            None  # "如果明年生个双胞胎 俩孩子都能领吗": the children of the "if", not the family's
        )
    if (
        count is not None
        and (not correcting or _count_summed(norm, count[1]))
        and count[0] < len([k for k in known_children if k.get("birth_date")])
        and not (COUNT_CAPPED.search(norm) or _a_child_told_twice(known_children))
    ):  # (also in a correction: "俩娃加一起一个月1200对不对" sums the twins' money, tester 45 c04)
        count = None  # 俩娃 of the twins beside an elder child: some of the known children
    if (
        count is not None
        and count[0] < len(known_children)  # dated or not: tester 66 c8's eldest had no date
        and not COUNT_CAPPED.search(norm)
        and _children_in_a_money_question(norm, count[1])
    ):
        count = None  # 我是说俩娃加一起一个月1200对不对: the children in talk, also when put right
    if count is not None and not correcting and _the_ones_on_the_way(count[0], known_children):
        count = None  # "双胞胎…两个都有吗" of twins due beside an elder: the twins, not the family
    if count is not None and _count_to_be(norm, count, known_children):
        count = None  # "our family has 2 kids soon", 马上就俩娃了: the born and the one on the way
    born_counted = BORN_ON_A_DAY_COUNTED.search(norm)
    born_size = int(born_counted.group(1) or born_counted.group(2)) if born_counted else 0
    if (
        count is not None
        and born_counted is not None
        and len(on_a_day := [c for c in story.children if c.told and _born_together(c)]) == 1
        and on_a_day[0].size == 1
        and on_a_day[0].order is None
        and (count[0] == born_size or born_counted.group(0) not in count[1])
    ):  # 上周四生了俩小子, 上个月生了俩儿子: two born on one day or in one month, twins (上周五生了
        # 俩小子 … 三个娃了: beside others)
        on_a_day[0].size = born_size
        elders = [c for c in story.children if c.told and c is not on_a_day[0]]
        if (
            count[0] == on_a_day[0].size
            and elders
            and all(c.size == 1 for c in elders)
            and (
                all(OLDER_SIBLINGS.fullmatch(c.word) or c.order == 1 for c in elders)
                or (len(elders) == 1 and ONE_MORE_BESIDE_A_PAIR.search(norm) is not None)
            )
        ):  # 他们五岁的姐姐, 上面还有个闺女, 上头还有个大闺女: the elder besides
            count = (count[0] + len(elders), count[1])
    if (
        count is not None
        and re.fullmatch(r"\s*\d{1,2}\s*[,，]?\s*", count[1])
        and sum(m.kind == "age" for m in mentions) > 1
        and any(
            m.kind == "age"
            and norm[m.start : m.end] == count[1].strip(" ,，")
            and m.start == norm.find(count[1].strip(" ,，"))
            for m in mentions
        )
    ):
        count = None  # "12,9,6 yrs" answering the children question: three ages, no 12 children
    if count is not None and _count_of_the_multiples_due(norm, count, story):
        count = None  # 现在怀的双胞胎 … 俩娃一个月能领1200是吧: the twins due, asked about
    if count is not None and count[1] and COUNT_TO_COME.search(norm[: max(norm.find(count[1]), 0)]):
        count = None  # 到时候家里就五个孩子了: the children there will be, not those born (zh-9441)
    one_set = SET_OF_MULTIPLES.search(norm)
    if count is not None and count[0] == 1 and one_set is not None and count[1] in norm:
        # "just one set of twins so far": those two children, not one (probe en-9452)
        count = (3 if one_set.group("three") else 2, count[1])
    if count is not None:
        add("child_count", count[0], count[1])
        _ages_of_the_counted(norm, count, story, known_children)
    told = [c for c in story.children if c.told]
    listed = count is not None and re.match(
        r"\s*[:：(（-]?\s*\d{1,2}(?:\s*(?:,|，|、|and|和)\s*\d{1,2})+\s*[)）]?\s*(?:$|[,，.;!]|and\b)",
        re.sub(
            r"^\s*(?:grandkids|grandchildren|grandsons|granddaughters)\b",
            "",
            norm[norm.find(count[1]) + len(count[1]) :],
        ).lstrip(" boysgirlkd:：,，-"),
    )  # "my 3 grandkids: 7, 4, and the baby 5 months"
    eldest = sorted(
        o for c in told if c.order and not c.ahead for o in range(c.order, c.order + c.size)
    )
    if (
        (asked == "children" or listed)
        and count is not None
        and eldest == list(range(1, len(eldest) + 1))  # "the oldest two are twins 8, then …"
    ):
        # "two, 4 and 1", "4!! 10, 7, 4 and a baby of 5 months", "two - 3 yrs and 3 weeks":
        # the ages listed after the count (years unless a unit says otherwise); a number of an
        # order ("the younger 2") or counting children ("2 boys 5 and 2") is none.
        start = norm.find(count[1]) + len(count[1])
        ordinal = [m.span() for m in ORDERED.finditer(norm)]
        ages = [
            (int(m.group(1)), m.group(2) or "", start + m.start(), start + m.end())
            for m in re.finditer(
                r"(?<![\d.])(\d{1,2})(?![\d.年月岁个])(?!(?![和跟与及])[\u4e00-\u9fff])"
                r"(?:\s*(yrs?|years?|weeks?|wks?|days?)\b)?",  # not 俩小的, 2宝: no age
                norm[start:],
            )
            if not any(x.start <= start + m.start() < x.end for x in mentions)
            and not any(a <= start + m.start() < b for a, b in ordinal)
            and not re.match(
                r"\s*(?:kids|children|boys|girls|sons|daughters|grandkids|babies)\b",
                norm[start + m.end() :],
            )
        ]
        unlisted = [  # "2 boys 7 and 4": the last age, cut off by "and", is read again in the list
            c for c in told
            if not (c.birth is not None and c.order is None and c.size == 1
                    and any(at <= c.birth.start < end for _, _, at, end in ages))
        ]  # fmt: skip
        born = sum(c.size for c in unlisted if not c.ahead and not (c.pregnant and c.birth is None))
        if ages and len(ages) + born == count[0]:  # "expecting twins, we got 2 boys 7 and 4"
            told = unlisted
            for n, unit, at, end in ages:
                words = f"{n} {unit} old" if unit[:1] in ("w", "d") else f"{n}岁"
                age = replace(find_mentions(words, today)[0], start=at, end=end)
                told.append(Child(birth=age))
    if (
        count is not None
        and re.search(r"同(?:1)?天|same day", norm)
        and len(told) == 1
        and told[0].size == 1
        and told[0].order is None
        and 2 <= count[0] <= 3
    ):
        told[0].size = count[0]  # 两个丫头同一天生的: born together
    aged = [
        c for c in told
        if c.order is None and not c.youngest and not c.later and c.size == 1
        and c.birth is not None and c.height is None and not c.pregnant
    ]  # fmt: skip
    if (
        count is not None
        and len(aged) == count[0] >= 2
        and not known_children
        and len(aged) < len(told)
        and all(
            c.birth is None and c.height is not None and c.size == 1 and (c.order or c.youngest)
            for c in told
            if c not in aged
        )
    ):  # "my two are 7 and 4, the big one is 1.26m and the small one 1m03": the same two
        by_age = sorted(aged, key=lambda c: c.birth.value if c.birth else date.max)
        for order, child in enumerate(by_age, 1):
            child.order = order
    if _ages_of_the_named(aged, told, story, known_children, norm):
        # "when our eldest came … by time laoer born … kids 6 and 2 now": the ages of the
        # children named by order, eldest first
        by_age = sorted(aged, key=lambda c: c.birth.value if c.birth else date.max)
        for order, child in enumerate(by_age, 1):
            child.order = order
    reserved = {
        c.order for c in story.children
        if c.order is not None and not c.told and c.reserves
    }  # fmt: skip
    if any(x.pregnant for x in story.children):  # 怀老二: only 老大, 老二 … named from the eldest
        reserved = {o for o in reserved if all(k in reserved for k in range(1, o + 1))}
    if OLDER_SIBLING.search(norm) and all(
        c.size > 1 or c.order is not None or (c.pregnant and c.birth is None) for c in told
    ):  # 上面还有个哥哥: an older child not told of comes first (before a pregnancy too)
        reserved.add(1)
    if (
        len(known_children) <= 1
        and any(c.youngest and c.size == 1 for c in told)
        and any(c.order == 1 and not c.told for c in story.children)
    ):  # 小孙子刚满百天 大孙女上幼儿园了, one child known: the eldest named is the known one;
        reserved.add(
            1
        )  # none known (大孙子生时… 小的才四个月): the eldest comes before the youngest
        aged_unnamed = [c for c in told if c.order is None and not c.youngest and c.birth]
        if (
            len(aged_unnamed) >= 2
        ):  # "ds 7 dd 4 and the little one 10 mo … the older 2": the aged ones
            reserved.discard(1)
    if (
        ELDER_OF_THE_ONE.search(norm)
        and len(told) == 1
        and told[0].size == 1
        and told[0].order is None
        and not told[0].youngest
        and told[0].birth is not None
    ):  # 儿子是去年八月生的 他姐姐今年上一年级: the sister, told no age, is the elder
        reserved.add(1)
    above = _elders_counted(told_text, story)
    if above is not None and not any(
        c.youngest or (c.order is None and c.birth is not None and c.birth.start > above[2])
        for c in told
    ):  # 双胞胎 上头还有仨: the twins after the three (not when the three's ages are told)
        reserved.update(range(1, above[0] + 1))
    schooled = _older_in_school(pieces, mentions, told, today)
    if schooled and not reserved and all(c.order is None for c in told):
        reserved.update(range(1, schooled + 1))  # 一个上初中 一个刚满一周岁: the pupil is older
    if _elder_by_word(told, story, norm, known_children):
        reserved -= {1, 2}  # 老大是孙子: the order word named the grandson told, no other child
    told = _listed_child_named(told, known_children, count[0] if count else None)
    _twins_by_sibling_word(told)
    orders = _settle(
        told,
        known_children,
        count[0] if count else None,
        norm,
        reserved,
        correcting,
        about,
        asked,
    )
    orders = [(c, _known_birth_of_the_day(c, o, orders, known_children)) for c, o in orders]
    orders = _month_of_a_day_told(orders)
    if (
        count
        and count[0] >= 2
        and len(orders) == 1
        and orders[0][0].order is None
        and orders[0][0].size == 1
        and not orders[0][0].pregnant
        and orders[0][1] == 1
        and not known_children
        and re.search(r"\b(?:baby|newborn)\b(?= (?:was |is )?born\b)", norm)
        and not re.search(r"\b(?:first|1st|eldest|oldest|older|big)\b|pregnan|expect|\bdue\b", norm)
    ):  # "2 kids, baby born feb 2025": the baby of the children counted is the youngest
        orders = [(orders[0][0], count[0])]

    def in_hypothesis(position: int) -> bool:
        return any(
            o <= position < o + len(c) for i, (o, c) in enumerate(pieces) if i in hypothetical
        )

    plan_told = PLAN_TOLD.search(norm) is not None and not PLAN_ASKED.search(norm)
    torn: list[FactUpdate] = []  # ages said beside a date of the same child that disagree

    for child, order in orders:
        for number in range(order, order + child.size):
            before = known_children[number - 1] if number <= len(known_children) else {}
            if child.birth is not None:
                mention = _in_the_known_year(
                    child.birth, before.get("birth_date"), today, correcting
                )
                imagined = in_hypothesis(mention.start) and not (
                    mention.kind == "age"
                    and re.search(r"\b(?:our|my|his|her|their)\s+$", norm[: mention.start])
                )  # "if we moved … would it apply to our 1 yo?": that child is, it is not imagined
                presupposed = imagined and _birth_presupposed(norm, mention, known_children)
                if imagined:
                    mention = mention.due(today)  # "what if she is born in January": ahead
                if (
                    correcting
                    and child.guessed
                    and mention.kind == "date"
                    and before.get("due_date")
                    and not before.get("birth_date")
                    and not re.search(r"\bborn\b|\bbirth\b|arrived|came out|出生|生了|生的", norm)
                ):  # "sorry i meant april not march", a due date known: the due date put right
                    mention = mention.due(today)
                if (
                    mention.kind == "date"
                    and mention.floating
                    and (
                        (before.get("due_date") and not before.get("birth_date"))
                        or BIRTH_PLANNED.search(norm)
                    )
                    and not BIRTH_PAST.search(norm)
                ):  # "1月份生", a pregnancy known: that birth, ahead (tester 39 got January 2026);
                    # 二宝二月初剖 定好日子了: a caesarean booked, ahead (probe zh-9476)
                    mention = mention.due(today)
                imagined = (
                    imagined and not presupposed
                )  # "… before the baby comes in october": told
                fact = (
                    "child.due_date"
                    if mention.kind != "age"
                    and (
                        mention.value > today
                        or (imagined and mention.precision == "year" and _not_over(mention, today))
                    )
                    else "child.birth_date"
                )
                if fact == "child.due_date":
                    mention = mention.due(today)
                if fact == "child.due_date" and imagined and plan_told:
                    continue  # 今年想再要一个: a plan told, no birth asked about
                add(
                    fact,
                    mention.iso,
                    norm[mention.start : mention.end],
                    number,
                    mention.approx,
                    "question" if imagined else _kind(correcting, before, fact),
                    child.guessed,
                )
                if (
                    child.torn is not None
                    and fact == "child.birth_date"
                    and not imagined
                    and not NUMBER_OF_A_BIRTH.match(norm, child.torn.end)
                ):  # "three kids: 11, 6 and one born last thursday": "one" is no age
                    torn.append(  # beside the date, for the form to ask which is right
                        FactUpdate(
                            fact,
                            child.torn.iso,
                            _kind(correcting, before, fact),
                            number,
                            True,
                            norm[child.torn.start : child.torn.end],
                            child.guessed,
                        )
                    )
            elif child.pregnant:
                due = child.due
                value = due.iso if due else None
                span = norm[due.start : due.end] if due else ""
                in_question = (
                    in_hypothesis(due.start) and not _birth_presupposed(norm, due, known_children)
                    if due
                    else any(HYPOTHETICAL.search(c) for _, c in pieces)
                )  # "我现在怀着呢 5个月 假如…": the due date is said, the "if" is of another fact;
                # "expecting our third in september ... let me know if she qualifies": told
                if in_question and hypothetical and plan_told:
                    continue  # 打算再要一个: a plan told, no birth asked about
                add(
                    "child.due_date",
                    value,
                    span,
                    number,
                    bool(due and due.approx),
                    "question"
                    if in_question and hypothetical
                    else _kind(correcting, before, "child.due_date"),
                )
            if child.height is not None:
                add(
                    "child.height_cm",
                    child.height,
                    child.height_span,
                    number,
                    kind=_kind(correcting, before, "child.height_cm"),
                )
            elif child.below is not None:
                add(
                    "child.height_below_cm",
                    child.below,
                    child.below_span,
                    number,
                    kind=_kind(correcting, before, "child.height_below_cm"),
                )

    updates += _moved(norm, known_children, about, updates)
    updates += _date_taken_back(norm, known_children, updates, correcting)
    updates += _known_child_renamed(norm, known_children, updates, correcting)
    updates = _elder_beside_the_moved(known_children, updates)
    updates += _one_pregnancy(known_children, updates)

    # Hardship: now, at every birth, or at one birth.
    def orders_in(clause: str) -> list[int]:
        found: list[int] = []
        twins = MULTIPLES.search(clause)
        these = THESE_BORN.search(clause) if not twins else None
        if these and any(child.size > 1 for child, _o in orders):  # 生这俩的时候: the twins told
            for child, order in orders:
                if child.size > 1:
                    found.extend(range(order, order + child.size))
        elif these and not orders:
            found.extend(_these_known(known_children, int(these.group("n") or these.group("n2"))))
        if twins:  # "when the twins were born": the twins' own orders
            for child, order in orders:
                if child.size > 1:
                    found.extend(range(order, order + child.size))
            size = 3 if twins.group("three") else 2
            if not found:  # the twins known: children born on the same date
                found.extend(_known_multiples(known_children, size))
            if not found:  # 二宝三宝双胞胎生的时候: the twins named by order in this clause
                own = birth_orders_named(clause)
                if len(own) == size and own == list(range(own[0], own[0] + size)):
                    found.extend(own)
            if not found:  # 老三老四双胞胎 … 九个月: the twins named by order, born the same day
                found.extend(_twins_by_order(story.children, size))
            if not found:  # twins told of only here: after the children named by order
                named = [c.order for c in story.children if c.order is not None and c.size == 1]
                start = max(named, default=0) + 1
                dates = [
                    str(k.get("birth_date") or k.get("due_date") or "") for k in known_children
                ]
                same = [
                    i for i in range(1, len(dates) - size + 2)
                    if dates[i - 1] and len(set(dates[i - 1 : i - 1 + size])) == 1
                ]  # fmt: skip
                if not named and len(same) == 1:
                    start = same[0]  # the known children born the same day are the twins
                pair = _pair_picked(clause, twins) if not named and len(same) > 1 else None
                if pair is not None:
                    start = same[0] if pair == "older" else same[-1]
                found.extend(range(start, start + size))
        if not twins and not found and PLURAL_KIN.search(clause):
            pairs = [(c, o) for c, o in orders if c.size > 1]
            if len(pairs) == 1:  # "when the boys were born" of a girl and twin boys: the twins
                found.extend(range(pairs[0][1], pairs[0][1] + pairs[0][0].size))
        by_birth = _children_of_births(clause, known_children)
        named_here = birth_orders_named(clause) if by_birth is None else by_birth
        if CHILD_OF_AGE.search(clause):  # "dibao for the 1 yr old's birth, not the twins'"
            named_here += [
                o for o in _children_of_age(clause, _births_told(orders, known_children), today)
                if o not in named_here and o not in found
            ]  # fmt: skip
        if not named_here and not found:  # "… when our daughter was born. she is the younger one"
            named_here = _order_said_of_the_pronoun(clause, norm)
        if THIS_ONE.search(clause):  # "3rd born last sunday. dibao for this one, not the 2nd"
            named_here += [o for o in _birth_told_last(orders) if o not in named_here + found]
        if twins and _pair_picked(clause, twins):
            named_here = []  # "the younger twins": the order word is the pair's, no other child
        if not named_here and not found:  # 21年生的那个: the child born that year
            named_here = _born_in_years(clause, known_children)
        if (
            not named_here
            and not found
            and max(
                len(known_children),
                count[0] if count else 0,
                max((o + c.size - 1 for c, o in orders), default=0),  # the children told here
            )
            >= 2
            and re.search(
                r"(?:\b(?:the|our|my|this) |^\s*(?:and |but |for |with )?)(?:baby|newborn|new (?:baby|one|1))\b",
                clause,
            )
        ):
            named_here = [-1]  # "the first one yes, the baby no", "baby no": the youngest
        if (
            not named_here
            and not found
            and len(known_children) >= 2
            and re.search(r"\b(?:the|our|my) old (?:one|1)\b", clause)
        ):
            named_here = [1]  # "the new one yes … the old one no": the eldest of the known
        if not named_here and not found and len(orders) >= 2:
            # "our boy … and our girl …, 失业金 when the girl was born, not for the boy": the
            # one child of that sex told of among several
            kin = [*UNNAMED.finditer(clause), *DAUGHTER_BORN.finditer(clause)] or [
                *KIN_CHILD.finditer(clause)
            ]  # 闺女今年3月生的: the daughter, her birth told
            if any(k.group(0) not in ("he", "she") for k in kin):  # "she had dibao when the boy
                kin = [k for k in kin if k.group(0) not in ("he", "she")]  # was born": the mother
            for m in sorted(kin, key=lambda k: k.start()):
                if m.group(0) in ("儿子", "女儿", "闺女") and GRANDCHILD_TOLD.search(norm):
                    continue  # 生孙女那阵儿子领失业金: the grandchildren's father, no child
                sex = _sex(m.group(0)) or _possessive_sex(clause, m)
                same = [
                    o
                    for c, o in orders
                    if c.size == 1
                    and c.word not in ("he", "she")  # "she had her 3rd baby": the mother
                    and _sex(c.word) == sex
                    and _same_generation(c.word, m.group(0))
                ]
                if sex and not same:  # 大孙女9岁 老二孙女6岁 小孙子3岁 | 生俩孙女的时候: by the
                    # kinship words the children were told by, with their orders
                    same = _orders_of_kin(
                        pieces, m.group(0), max(o + c.size - 1 for c, o in orders)
                    )
                if sex and not same:  # 生闺女那会儿 … 3岁 儿子才生了20天: the one child told
                    # with no word beside a child of the other sex is the one of this sex
                    wordless = [o for c, o in orders if c.size == 1 and not c.word]
                    other = [
                        o for c, o in orders if c.size == 1 and _sex(c.word) not in (None, sex)
                    ]
                    same = wordless if len(wordless) == 1 and len(other) == len(orders) - 1 else []
                if sex and len(same) == 1 and same[0] not in named_here:
                    named_here.append(same[0])
                counted = re.search(r"(?<!\d)([23])\s*个?\s*$", clause[: m.start()])
                if sex and counted and len(same) == int(counted.group(1)):
                    # 生俩孙女的时候, of 大孙女 二孙女 小孙子: the two granddaughters' births
                    named_here += [o for o in same if o not in named_here]
        sibling = SIBLING_OF_THE_MULTIPLES.search(clause) if not named_here and not found else None
        if sibling is not None:  # "dibao when their brother was born": the one told as brother
            single = [o for c, o in orders if c.size == 1]  # beside the one multiple birth
            multiple = [c for c, _o in orders if c.size > 1]
            named_here = single if len(single) == 1 and len(multiple) == 1 else []
        if not named_here and not found and len(orders) == 1 and orders[0][0].size == 1:
            named_here = _relation_born_again(clause, orders[0][1], orders[0][0].word)
        if not named_here and not found and not known_children:
            named_here = _sibling_of_the_multiples(clause, norm, orders)  # 生他们妹妹的时候没吃
        if not named_here and not found:
            named_here = _the_one_by_pronoun(clause, orders)
        if not named_here and not found:
            named_here = _kin_counted(clause, known_children, count, orders)
        if not named_here and not found and not orders and not known_children:
            named_here = _kin_birth_by_the_elder_said(clause, norm)  # 生闺女时… 闺女大 儿子小
        if not named_here and not found and len(known_children) <= 1 and not orders:
            named_here = [1] if OWN_KIN_BIRTH.search(clause) else []  # 生俺家小子那阵: his birth
        if not named_here and not found and OLDER_ONES.search(clause):
            newest = max(
                len(known_children),
                count[0] if count else 0,
                max((o + c.size - 1 for c, o in orders), default=0),
            )  # "the older ones no" after the 3rd one's birth: every birth before the newest
            found.extend(range(1, newest))
        if (
            not named_here
            and not found
            and _one_child_only(known_children, orders, clause, count[0] if count else 0)
            and _the_one_child_named(clause)
        ):
            named_here = [1]  # "when our boy was born we were on tekun": the one child's birth
        born = [(c, o) for c, o in orders if not c.pregnant]
        for order in [o for o in named_here if o not in found]:
            if order < 0:  # -1 the youngest, -2 the one before
                order += 1 + (
                    (count[0] if count else 0)
                    or max(  # "the little one born this month": after the known twins
                        len(known_children),
                        max((o + c.size - 1 for c, o in born if c.birth is not None), default=0),
                    )
                    or max(max((o for _, o in born or orders), default=1), after_named)
                )  # "kids are 10, 7 and 1 and a half, and im pregnant again … when the little
            found.append(order)  # one was born": the youngest born, not the baby on the way
        if not found and len(known_children) == 2 and all(o <= 2 for _c, o in orders):
            found = _the_other_sex(clause)  # "… our daughter was born in 2019, when the boy …"
        if not found and len(known_children) == 2 and not orders:
            found = _births_in_turn(clause, norm)  # 外孙子出生那年… 外孙女出生时候…: 1, then 2
        if not found and len(known_children) == 2:
            found = _son_and_daughter(clause, norm)  # "when i had my son and my daughter"
        if not found:  # "the 2018 one no", "this year's baby yes"
            found = _births_of_years(_years_filled(clause, today), known_children)
        if not found and not known_children:  # "kids born 19 and 23. for the 23 one …"
            found = _children_of_year(clause, _births_told(orders, [], years=True))
        if not found:  # "in 2022 when our girl was born …, last year with the boy no"
            found = _child_of_the_year(clause, known_children, today)
        return found

    def _the_other_sex(clause: str) -> list[int]:
        """Of two known children, the one a clause names by its sex ("when the boy was born
        no") when another clause names the other sex and places that child ("when our daughter
        was born in 2019": the first): the other child."""
        named = CHILD_BY_SEX.search(clause)
        if named is None:
            return []
        girl = named.group("w") in ("daughter", "girl")
        placed: list[int] = []
        for _o, other in told_pieces:
            there = CHILD_BY_SEX.search(other)
            if (
                other == clause
                or there is None
                or (there.group("w") in ("daughter", "girl")) == girl
            ):
                continue
            placed += _births_of_years(_years_filled(other, today), known_children) or (
                _child_of_the_year(other, known_children, today)
            )
        return [3 - placed[0]] if len(set(placed)) == 1 else []

    def _relation_born_again(clause: str, order: int, word: str) -> list[int]:
        """闺女今年六月生的 生闺女那会儿也领着: the birth named by the word the one child told here
        was told by (a word said before in the message), that child's; of a family with no other
        child known, any birth named by a kinship word with the benefit (孙子两岁 生孙子那会儿领着低保,
        "my grandson is 2, we had dibao when my grandson was born"). A birth named by a
        pronoun (外孙六岁 生他时…) is the birth, no child named (corpus README)."""
        born = BIRTH_OF_RELATIVE.search(clause)
        if born and norm.count(born.group("word")) >= 2:
            return [order]
        if (
            order == 1
            and len(known_children) <= 1
            and (household.HARDSHIP.search(clause) or not BIRTH_BY_THE_ACT.search(norm))
            and _the_one_child_named(clause)
        ):  # "my daughter born 2021, at that time …", not "our boy was born in march. | when my
            return [order]  # wife gave birth …": the birth then named by the act
        return []

    # "when the eldest born … when the little one born": the youngest comes after every child
    # the message names by order, told of or not.
    after_named = (
        max((c.order for c in story.children if c.order is not None), default=0) + 1
        if any(c.youngest for c in story.children)
        else 0
    )
    ordered = {c.order for c, _ in orders if c.order is not None}
    topic = _benefit_asked_about(norm, pieces)
    benefit_slipped = (
        correcting
        and any(household.HARDSHIP.search(c) for i, (_, c) in enumerate(pieces) if i in asking)
        and not any(household.HARDSHIP.search(c) for _, c in told_pieces)
    )  # "i said no dibao but actually we started it in december": the benefit named in the slip
    benefit_slipped = benefit_slipped or (
        any(household.HARDSHIP.search(c) for i, (_, c) in enumerate(told_pieces) if i in topic)
        and not any(
            household.HARDSHIP.search(c) for i, (_, c) in enumerate(told_pieces) if i not in topic
        )
        and any(re.search(r"[领吃]着|在[领吃]|开始[领吃]|没[领吃]", c) for _, c in told_pieces)
    )  # 生二宝那时候领没领低保会影响补贴吗？我们领着呢 二宝出生前就开始领了: the benefit asked of
    named_one = next(iter(ordered)) if len(ordered) == 1 else None
    if named_one is not None and TWINS_BORN_AFTER.search(norm):
        named_one = (
            None  # 老大6岁了 今年5月又生了对双胞胎 … 生的时候在领失业金: the birth told last
        )
    slip = CORRECTION.search(norm)
    if (
        named_one is not None
        and slip is not None
        and household.HARDSHIP.search(norm[: slip.start()])
        and not household.HARDSHIP.search(norm[slip.start() :])
        and not orders_in(norm[: slip.start()])
    ):  # "那会儿我儿子刚好失业了 在领失业保险金 不对 大孙子是7岁": the child named in the age put
        # right after it is not the birth the benefit was told of (tester 48 c2)
        named_one = None
    saids = household.hardship(
        [(o, " " * len(c) if i in topic else c) for i, (o, c) in enumerate(told_pieces)],
        orders_in,
        asked,
        named_one,
        max((i + 1 for i, c in enumerate(known_children) if c.get("birth_date")), default=0),
        today,
        named_in_slip=benefit_slipped,
        only_child=max(
            len(known_children),
            count[0] if count else 0,
            max((o + c.size - 1 for c, o in orders), default=0),
        )
        <= 1,
    )
    across = _births_across(norm) if household.HARDSHIP.search(norm) else []
    if across and not any(h.when == "birth" for h in saids):
        # 从老大出生前一直到老二出生后 都在领特困: those births had it; it ended after the last
        saids = [h for h in saids if h.when != "now" or household.EXPLICIT_NOW.search(h.span)]
        saids += [household.HardshipSaid("birth", True, o, 0, norm) for o in across]
    nows = [h for h in saids if h.when == "now"]
    if nows:
        now = next((h for h in reversed(nows) if h.explicit), nows[0])  # the latest told
        later = [h for h in nows if h.at > now.at]
        if later and re.fullmatch(r"\s*(?:but |and )?(?:now|现在|目前)\s*", now.span):
            now = later[-1]  # "… but now | my husband lost his job | get unemployment benefit"
        held = now.held or bool(BENEFIT_SWAPPED.search(norm))
        add(
            "hardship_now",
            held,
            now.span,
            kind="question" if now.at in hypothetical else "statement",
        )
        if (
            asked == "hardship_at_birth" and now.held and not any(h.when == "birth" for h in saids)
        ):  # asked about the births, a start told answers for each
            _births_against_start(now.span, known_children, updates, today, add)
    twins_named = _twins_by_orders(norm)
    if (
        twins_named is not None
    ):  # 老大老二是双胞胎 生双胞胎那阵家里吃低保: the twins' birth is theirs
        at_twins = [
            h
            for h in saids
            if h.when == "birth"
            and h.child not in (None, *twins_named)
            and MULTIPLES.search(h.span)
        ]
        if at_twins:
            saids = [h for h in saids if h not in at_twins]
            saids[0:0] = [replace(at_twins[0], child=order) for order in twins_named]
    saids = [  # 出生那年在领 … 9月出生时已经停了: the birth itself, told after its year, holds
        h
        for i, h in enumerate(saids)
        if not (
            h.when == "birth"
            and h.child is not None
            and "那年" in h.span
            and any(
                later.when == "birth"
                and later.child == h.child
                and later.held != h.held
                and "那年" not in later.span
                for later in saids[i + 1 :]
            )
        )
    ]
    saids_at_birth = any(h.when == "birth" for h in saids)
    for hard in saids:
        if hard.when == "now":
            continue
        elif hard.child is None:
            at = norm.find(hard.span)
            if OTHERS_NAMED.search(
                norm[max(0, at - 4) : at + len(hard.span)] if at >= 0 else hard.span
            ) and any(h.when == "birth" and h.child is not None for h in saids):
                continue  # "only the eldest on dibao, | the other 2 born after it stopped": theirs
            if not any(u.fact == "hardship_at_birth" for u in updates) and not any(
                h.when == "birth" and h.child is not None and h.held == hard.held for h in saids
            ):  # "only with the newest one ... got unemployment money": that birth, said again
                add(
                    "hardship_at_birth", hard.held, hard.span,
                    kind="question" if hard.at in hypothetical else "statement",
                )  # fmt: skip
        else:
            for order in _same_birth(hard.child, orders):
                if not any(
                    u.fact == "child.hardship_at_birth" and u.child == order for u in updates
                ):
                    add(
                        "child.hardship_at_birth", hard.held, hard.span, order,
                        kind="question" if hard.at in hypothetical else "statement",
                    )  # fmt: skip
    for m in STARTED_BEFORE_BIRTH.finditer(norm):  # 老三出生前半年…办的低保 一直到现在
        if NEGATION_WORD.search(m.group(0)):
            continue
        for order in birth_orders_named(m.group("who")):
            if order >= 1 and not any(
                u.fact == "child.hardship_at_birth" and u.child == order for u in updates
            ):
                add("child.hardship_at_birth", True, m.group(0), order)
    if (
        max(
            sum(1 for c in known_children if not (c.get("due_date") and not c.get("birth_date"))),
            count[0] if count else 0,
        )
        <= 1
        # a baby on the way is no other birth ("when my daughter was born we were on dibao. now
        # we are expecting again": the daughter's, probe p68B en-0025)
        and max((o + c.size - 1 for c, o in orders if not (c.due or c.pregnant)), default=0) <= 1
    ):  # "when our son come along we were on dibao": the only child's birth, by its kinship word
        updates[:] = [_kin_birth_of_the_only_child(u, told_pieces) for u in updates]
    if (
        not saids_at_birth
        and not any(u.fact in ("hardship_at_birth", "child.hardship_at_birth") for u in updates)
        and household.HARDSHIP.search(norm)
        and not hypothetical
        and asked != "hardship_at_birth"  # asked, a start told answers (_births_against_start)
    ):  # 失业金从2020年3月领到2021年3月: the births against the period told
        _births_against_a_period(norm, known_children, updates, today, add)
    if not hypothetical and not any(u.fact == "hardship_now" for u in updates):
        _stopped_before_a_recent_birth(updates, known_children, today, add)
    if not hypothetical and saids_at_birth and household.HARDSHIP.search(norm):
        _births_after_a_start(norm, known_children, updates, today, add)
    if not hypothetical:  # "dibao from 2019 until now, our 2 kids born 2020 and 2023"
        _births_in_a_span(norm, known_children, updates, today, add)
    only = re.search(
        r"only the youngest|只有老小|只有最小|只有(?:老|第)(\d)|only (?:the|our) (\d)(?:nd|rd|th)"
        r"|only (?:for |at |when |with )?(?:the |our )(?:(?P<word>second|third|fourth)|youngest|baby|last)\b",
        norm,
    )  # "only for the second": not at the others' births
    total = count[0] if count else len(known_children)
    births_told = total or max(
        (o + c.size - 1 for c, o in orders if not c.pregnant), default=0
    )  # "they're 8, 6 and 2, the middle one is the only one born while …": the children told
    picked_only = _only_birth(norm, births_told) if not only else None
    if picked_only and _known_multiples_of(picked_only, known_children):
        picked_only = None  # "only with the newest one" of twins: that birth is two children
    if not any(
        u.fact == "child.hardship_at_birth" and u.child == picked_only and u.value is True
        for u in updates
    ):
        picked_only = None  # the one birth said had the benefit ("for the middle one only")
    if (
        (only or picked_only)
        and births_told
        and any(u.fact == "child.hardship_at_birth" for u in updates)
    ):
        said_order = only.group(1) or only.group(2) if only else None
        picked = (
            int(said_order) if said_order
            else EN_ORDINALS[only.group("word")] if only and only.group("word")
            else picked_only or births_told
        )  # fmt: skip
        reason = only.group(0) if only else norm
        for order in range(1, births_told + 1):
            if order != picked and not any(
                u.fact == "child.hardship_at_birth" and u.child == order for u in updates
            ):
                add("child.hardship_at_birth", False, reason, order)

    others = OTHER_BIRTHS.search(told_text)
    answered = {u.child: u.value for u in updates if u.fact == "child.hardship_at_birth"}
    # no family known: the births before the latest named ("on dibao for the 3rd, the others no")
    births = total or max((o for o in answered if o is not None), default=0)
    if others and answered and births and len(set(answered.values())) == 1:
        held = not any(others.group(g) for g in ("no", "no_cn", "not_pre", "no2", "no3"))
        # "when the middle one born we get 特困, the others no"
        for order in range(1, births + 1):
            if order not in answered:
                add("child.hardship_at_birth", held, others.group(0), order)
        updates = [
            u
            for u in updates
            if not (u.fact == "hardship_now" and u.span and others.group(0).strip() in u.span)
        ]  # "we weren't on it for the other two": those births, nothing of now

    if any(u.kind == "correction" and u.fact in DATE_FACTS for u in updates):
        updates = [u for u in updates if not _correction_word_as_no(u)]
    updates = _born_before_the_pregnancy(updates, known_children, correcting)
    updates = _twins_not_one(updates, known_children, norm, bool(hypothetical))
    updates = _multiple_resized(updates, known_children, norm, correcting and not hypothetical)
    if not hypothetical:
        updates = _expected_multiple_resized(updates, known_children, norm)
        updates = _expected_multiple_dated(updates, known_children, norm, today)
        updates = _multiple_denied(updates, known_children, norm)
        updates = _child_inserted(updates, known_children, norm)
    updates = _confirmations(updates, norm, asked)
    updates = _pregnancy_told_twice(updates, known_children, norm)
    updates = _elder_before_the_known(updates, known_children, norm)
    updates = _not_the_callers_children(updates, known_children, norm)
    updates = _age_and_date_of_one_child(updates, known_children)
    updates = _count_put_right(updates, known_children, norm)
    updates = _pregnancy_denied(updates, known_children, norm)
    updates = _day_of_the_multiples(updates, known_children, norm)
    updates = _hukou_of_one_parent(updates, known, norm)
    changed = _changes(updates, known, known_children, correcting, not MULTIPLES.search(norm))
    dated = {
        u.child
        for u in changed
        if u.fact == "child.birth_date" and u.value and not u.approx and u.kind == "statement"
    }
    return [*changed, *(u for u in torn if u.child in dated)]


# One birth said to be the only one: "for the middle one only", "just the eldest", "only with our
# first" (the words naming it, before or after "only").
# A birth told by the child's relation word (外孙子出生那年, 生闺女的时候, 儿子落地那会儿).
BIRTH_OF_A_RELATION = re.compile(
    r"生?(?P<w>外孙子|外孙女|孙子|孙女|儿子|闺女|女儿|丫头|小子)"
    r"(?=(?:的)?(?:出生|落地|生下来|生的?(?:时候|时|那会|那年)|时候|那会|那年|那阵))"
)


# The children together, their ages then listed: "kids 6 and 2 now", "the children are 9 and 4".
AGES_OF_ALL = re.compile(
    r"\b(?:kids|children|boys|girls|both)\s*(?:are|r|is|now|:)?\s*(?:about |around )?\d{1,2}"
    r"(?:\s*(?:yrs?|years?)(?: old)?)?\s*(?:,|and|&)\s*\d{1,2}\b"
)


def _ages_of_the_named(
    aged: list[Child],
    told: list[Child],
    story: "_Story",
    known_children: list[dict[str, Any]],
    norm: str,
) -> bool:
    """Every child told is one of an age list after "kids" ("kids 6 and 2 now"), and the
    message named as many children by order (the eldest, laoer) and told nothing of them: the
    ages are theirs, eldest first (not new children after them)."""
    if known_children or len(aged) < 2 or len(aged) != len(told) or not AGES_OF_ALL.search(norm):
        return False
    named = {c.order for c in story.children if c.order is not None and not c.told}
    return named == set(range(1, len(aged) + 1))


# A son and a daughter named together ("my son and my daughter", "the boy and the girl",
# 儿子和闺女): of two known children, the two births.
SON_AND_DAUGHTER = re.compile(
    r"\b(?:my|our|the|his|her|their) (?P<a>son|boy|grandson|daughter|girl|granddaughter)"
    r" (?:and|&|n) (?:(?:my|our|the|his|her|their) )?(?P<b>son|boy|grandson|daughter|girl|granddaughter)\b"
    r"|(?P<c>儿子|小子|孙子|外孙子?|闺女|女儿|丫头|孙女|外孙女)(?:和|跟|与|、)(?P<d>儿子|小子|孙子|外孙子?|闺女|女儿|丫头|孙女|外孙女)"
)


def _son_and_daughter(clause: str, text: str) -> list[int]:
    """Of two known children, both births when the clause names a son and a daughter together
    ("on dibao both when i had my son | and my daughter", cut at "and"): each child's, whichever
    is older."""
    m = SON_AND_DAUGHTER.search(text)
    if m is None:
        return []
    one = "a" if m.group("a") else "c"
    first, second = m.group(one), m.group("b" if one == "a" else "d")
    if not (_sex(first) and _sex(second)) or _sex(first) == _sex(second):
        return []
    return [1, 2] if text[m.start() : m.end(one)] in clause else []


def _births_in_turn(clause: str, text: str) -> list[int]:
    """Of two known children, the births a message tells in turn by a relation word of each sex,
    no age or order said (俺外孙子出生那年吃低保 外孙女出生时候没吃): the first told is the elder."""
    told = [m.group("w") for m in BIRTH_OF_A_RELATION.finditer(text)]
    sexes = [
        w.endswith("子") for w in told
    ]  # 外孙子, 儿子, 小子: a boy; 外孙女, 闺女, 丫头: a girl
    if len(told) != 2 or sexes[0] == sexes[1]:
        return []
    return [k + 1 for k, word in enumerate(told) if word in clause and text.count(word) == 1][:1]


ONLY_ONE = re.compile(
    r"\b(?:only|just)\s+(?:(?:for|at|when|with|in)\s+)?(?P<after>(?:the|our|my)\s+[\w']+(?:\s+(?:one|child|kid|baby|birth|born))?)"
    r"|(?P<before>(?:the|our|my)\s+[\w']+(?:\s+(?:one|child|kid|baby|birth))?)\s+only\b"
    # "dibao when ds2 was born only" (our second son): that birth alone
    r"|\bwhen\s+(?P<born>(?:the|our|my)\s+[\w']+(?:\s+(?:one|child|kid|baby|son|daughter))?)"
    r"\s+(?:was|came|arrived)(?:\s+born)?\s+only\b"
    # "the middle one is the only one born while …", "our 2nd was the only kid born on dibao"
    r"|(?P<subject>(?:\b(?:the|our|my)\s+)?[\w']+(?:\s+(?:one|1|child|kid|baby))?)"
    r"\s*(?:\s(?:is|was|were)|'s)\s+the\s+only\s+(?:one|1|child|kid|baby|birth)\b"
    # "the only one born while we had dibao was the middle one"
    r"|\bthe\s+only\s+(?:one|1|child|kid|baby)\s+(?:born|we had|that came|who came)\b[^,.;!?]{0,60}?"
    r"\s(?:is|was)\s+(?P<object>(?:the|our|my)\s+[\w']+(?:\s+(?:one|1|child|kid|baby))?)"
    # 就中间那个, 只有老二: the one birth, the whole answer (not 就老二那会儿领过几个月…)
    r"|(?:^|(?<=\s))(?:就|只有|只)(?:是)?\s*(?P<zh>老[大二三四五幺小]|老\d\u2060?|中间(?:那|的)(?:个|1个)?"
    r"|最小的|最大的)(?:那个|那1个)?\s*(?:吧|呗|啊)?\s*$"
)


# Births closer than this to one another are one birth: no second pregnancy fits between.
ONE_BIRTH_DAYS = 200


def _recent_known_multiples(child: Child, known: list[dict[str, Any]]) -> int | None:
    """The first order of the twins or triplets known as the family's newest children when a
    multiple birth of their size is told as just born near their birth (刚生的这对双胞胎 with
    twins known born last month): no birth could come so soon after theirs."""
    if child.size < 2 or child.birth is None or child.birth.kind not in ("age", "date"):
        return None
    run = _known_multiples(known, child.size)
    if not run or run[-1] != len(known):
        return None
    period = _period(known[run[0] - 1].get("birth_date"))
    if period is None or abs((child.birth.value - period[0]).days) > ONE_BIRTH_DAYS:
        return None
    return run[0]


def _known_multiples_of(order: int, known: list[dict[str, Any]]) -> bool:
    """The known child of that order was born the same day as another known child (a twin)."""
    if not 1 <= order <= len(known) or not known[order - 1].get("birth_date"):
        return False
    day = str(known[order - 1]["birth_date"])
    return sum(str(k.get("birth_date")) == day for k in known) > 1


def _only_birth(norm: str, total: int) -> int | None:
    """The order of the one birth a message says was the only one ("for the middle one only",
    "just the eldest"), the youngest being the last of `total`; None when it names none or
    several."""
    m = ONLY_ONE.search(norm)
    if m is None:
        return None
    words = (
        m.group("after")
        or m.group("before")
        or m.group("born")
        or m.group("subject")
        or m.group("object")
        or m.group("zh")
    )
    said = birth_orders_named(words) or ([-1] if re.search(r"\b(?:baby|newborn)\b", words) else [])
    if len(said) != 1:
        return None
    return said[0] if said[0] > 0 else total + 1 + said[0]


# "the older ones no", "their older kids werent": every child born before the newest.
OLDER_ONES = re.compile(
    r"\b(?:the|our|my|his|her|their) (?:older|elder|big|bigger) (?:ones|kids|children|grandkids"
    r"|grandchildren|siblings)\b"
)
# A child told by "him" or "her" alone ("not him", "for her no"), not "her birth", "her mum".
OBJECT_PRONOUN = re.compile(
    r"\b(?P<boy>him)\b|\b(?P<girl>her)\b(?=\s*(?:$|[,.;!?]|(?:yes|no|nope|too|either|though)\b))"
)
BOY_WORD = re.compile(r"\b(?:boys?|sons?|grandsons?|brothers?|bro|lad)\b|儿子|小子|孙子|哥哥|弟弟")
GIRL_WORD = re.compile(
    r"\b(?:girls?|daughters?|granddaughters?|sisters?|sis|princess)\b|女儿|闺女|丫头|孙女|姐姐|妹妹"
)


def _the_one_by_pronoun(clause: str, orders: list[tuple[Child, int]]) -> list[int]:
    """The order of the child a clause names by "him" or "her" ("we had dibao when the twins
    were born, not him"): the one child told of alone (not of the twins) who can be that boy
    or girl; none when several can."""
    m = OBJECT_PRONOUN.search(clause)
    if m is None:
        return []
    other = GIRL_WORD if m.group("boy") else BOY_WORD
    fits = [o for c, o in orders if c.size == 1 and not other.search(c.word)]
    return fits if len(fits) == 1 else []


# The known child told to be the second, an older one beside it ("this is our SECOND kid, the
# older one is 4", 这是我们家老二 老大4岁了, 他是二胎 上面还有个姐姐6岁).
KNOWN_IS_SECOND = re.compile(
    r"\b(?:this|he|she|it|the baby|the newborn)(?:'s| is| was)? (?:our |my |the )?second\b"
    r"|\bsecond (?:kid|child|baby|one) of ours\b"
    r"|(?:这|他|她|这个|宝宝|孩子)(?:个)?(?:是|算)(?:我们家|我家|咱家)?(?:的)?(?:老[二2]|[二2]胎|[二2]宝|第[二2]个)",
    re.I,
)


# Another family's child ("邻居家是老大 2023年生的", 我姐家孩子5岁, "my sister's kid is 5",
# "the neighbours' boy"), told beside the caller's own known children: theirs, not the caller's.
OTHER_FAMILYS_CHILD = re.compile(
    r"(?:邻居|朋友|同事|亲戚|别人|人家|同学)(?:家)?"
    r"|(?:我|俺)(?:大|二|小)?(?:姐|妹|哥|弟|姑子|姑姐|姨|舅)(?:姐|妹|哥|弟)?(?:家|的(?:孩子|娃|小孩))"
    r"|\b(?:neighbou?rs?|friends?|colleagues?|cousins?|(?:my|our) (?:sister|brother|sis|bro)"
    r"(?:-in-law)?)(?:'s|s')"
)
# The caller asks for that family ("替我弟弟家问一下", "asking for my cousin"): its children are
# the household asked about; or names her own beside it (我家老二, "our son").
ASKED_FOR_THEM = re.compile(
    r"帮|替|让我问|代(?:她|他|人)|asking for|on behalf|for (?:her|him|them)\b"
    r"|我家|我们家|俺家|咱家|\bour (?:kids?|son|daughter|boy|girl|baby|eldest|youngest)\b"
    r"|\bmy (?:own )?(?:kids?|son|daughter|boy|girl|baby)\b",
    re.I,
)


def _not_the_callers_children(
    updates: list[FactUpdate], known_children: list[dict[str, Any]], text: str
) -> list[FactUpdate]:
    """A neighbour's or relative's child (OTHER_FAMILYS_CHILD) told by a caller whose own
    children are known, not asking for that family (ASKED_FOR_THEM): no child of hers. The
    other family named only as the owner of a date just said ("老大2018年 16年那是邻居家孩子",
    ANOTHERS_DATE) leaves the caller's own facts: that one date is dropped where it is read."""
    own = ANOTHERS_DATE.sub(" ", text)
    if not known_children or not OTHER_FAMILYS_CHILD.search(own) or ASKED_FOR_THEM.search(text):
        return updates
    return [u for u in updates if not (u.fact.startswith("child.") or u.fact == "child_count")]


# An older sibling of the one known child ("那她哥哥呢 8岁", 闺女她姐姐, "and her big brother is
# 8"): told after, born before, so the eldest.
SIBLING_OF_THE_KNOWN = re.compile(
    r"(?:她|他|闺女|女儿|儿子|孩子|宝宝|妹妹|弟弟)(?:的)?(?:亲)?(?:哥哥|姐姐)"
    r"|\b(?:her|his|their) (?:older |big |elder )(?:brother|sister|sis|bro)\b",
    re.I,
)


def _elder_before_the_known(
    updates: list[FactUpdate], known_children: list[dict[str, Any]], text: str
) -> list[FactUpdate]:
    """An older child told beside the one known child said to be the second ("this is our
    SECOND kid, the older one is 4"): the older one is child 1 and the known child, keeping its
    date, is child 2, not replaced by the elder's date."""
    if len(known_children) != 1 or not (
        KNOWN_IS_SECOND.search(text) or SIBLING_OF_THE_KNOWN.search(text)
    ):
        return updates
    known_date = known_children[0].get("birth_date") or known_children[0].get("due_date")
    told = [u for u in updates if u.fact.startswith("child.")]
    dates = [u for u in told if u.fact == "child.birth_date"]
    elder = dates[0] if len(dates) == 1 and len({u.child for u in told}) == 1 else None
    if (
        not known_date
        or elder is None
        or elder.child not in (1, 2)
        or not elder.value
        or str(elder.value) >= str(known_date)[: len(str(elder.value))]
    ):
        return updates
    fact = "child.birth_date" if known_children[0].get("birth_date") else "child.due_date"
    moved = [FactUpdate(fact, known_date, "correction", 2, span=elder.span)]
    height = known_children[0].get("height_cm")
    if height is not None:  # "那她哥哥呢 8岁 1米35": the sister's known height goes with her
        moved.append(FactUpdate("child.height_cm", height, "correction", 2, span=elder.span))
    placed = [
        replace(u, kind="correction", child=1)
        if u is elder
        else replace(u, child=1)
        if u in told
        else u
        for u in updates
    ]
    return placed + moved


def _pregnancy_told_twice(
    updates: list[FactUpdate], known_children: list[dict[str, Any]], text: str
) -> list[FactUpdate]:
    """A pregnancy told without a date beside a due date told or known ("老二明年五月出生 现在
    怀孕中"): the same baby, not another one on the way; "twins due 2027.3, so thats kids no. 3 and
    4 on the way": the twins dated, all of them, said again."""
    undated = [u for u in updates if u.fact == "child.due_date" and u.value is None]
    dated = {u.child for u in updates if u.fact == "child.due_date" and u.value is not None}
    multiples = MULTIPLES.search(text)
    if multiples:
        size = 3 if multiples.group("three") else 2
        if not (
            len(undated) == 1
            and len(dated) == size
            and all(isinstance(c, int) for c in dated)
            and isinstance(undated[0].child, int)
            and undated[0].child > max(c for c in dated if isinstance(c, int))
        ):
            return updates
    dated |= {i for i, c in enumerate(known_children, start=1) if c.get("due_date")}
    if len(undated) != 1 or not dated or undated[0].child in dated:
        return updates
    kept = [u for u in updates if u is not undated[0]]
    first, told = undated[0].child, sorted(c for c in dated if isinstance(c, int))
    if (
        not multiples
        and isinstance(first, int)
        and len(told) == 1
        and told[0] == first + 1
        and first > len(known_children)
    ):  # "I am pregnant, baby due next May", no child before: that baby is the 1st (tester 118
        # p9 was told "the 2nd child due May 2027")
        return [replace(u, child=first) if u.child == told[0] else u for u in kept]
    return kept


# The births of children counted and named by a kinship word (俩孙子出生的时候, 生两个闺女那会儿,
# 仨外孙出生时): those children's births, each its own (README), not "every birth" as 俩孩子 is.
KIN_COUNTED_BIRTH = re.compile(
    r"(?<![\d.第])(?P<n>[2-9])\s*(?:个)?(?:大|小)?(?:闺女|女儿|儿子|孙子|孙女|外孙女|外孙子|外孙|丫头|小子"
    r"|大胖小子)(?:都|全)?(?:出生|落地|生下来|降生|出世)|生(?:了|这|那)?(?P<m>[2-9])\s*(?:个)?(?:闺女|女儿"
    r"|儿子|孙子|孙女|外孙女|外孙子|外孙|丫头|小子)(?:的)?(?=\s*(?:时候|时|那会|那阵|那几年|那两年|那2年))"
    # 兄弟俩出生的时候, 姐妹俩落地那会儿: the children counted by a sibling word
    r"|(?:兄弟|姐妹|姐弟|兄妹|哥|姐|弟)(?P<s>[2-9])(?:都|全)?(?:出生|落地|生下来|降生|出世)"
    # 俩儿子都是领失业金那阵生的, 兄弟俩都是吃低保那几年出生的: the children said born in a time
    r"|(?:(?<![\d.第])(?P<k>[2-9])\s*(?:个)?(?:大|小)?(?:闺女|女儿|儿子|孙子|孙女|外孙女|外孙子|外孙"
    r"|丫头|小子)|(?:兄弟|姐妹|姐弟|兄妹|哥|姐|弟)(?P<t>[2-9]))(?:都|全|也都)(?:是|在)?"
    r"[^，,\s]{1,12}?(?:生|出生|落地)(?:的|了)"
)


# The birth of the writer's own child by its kinship word, the family's one child (生俺家小子那阵,
# 生我们家闺女的时候, 生咱家孙子那年): that child's birth (README), not "the birth".
OWN_KIN_BIRTH = re.compile(
    r"生(?:了)?(?:俺|我|咱)(?:们)?家?(?:的)?(?:大|小)?(?:闺女|女儿|儿子|孙子|孙女|外孙女|外孙子|外孙|丫头"
    r"|小子)(?=[^，,\s]{0,3}(?:的时候|时候|时|那会|那阵|那年|那天|那月))"
)


# The children by a plural kinship word at their births ("when our girls were born", "when both
# boys were born", "when i had my 2 sons", "at the births of our daughters", "our girls were born
# while …"): those children's births, each its own (README: a birth named by a kinship word), not
# "the birth" said of children by 孩子 or "the kids".
_KIN_PLURAL_EN = (
    r"(?:(?:[2-9]|both) )?(?:little |baby |young )?(?:grand)?(?:sons|daughters|boys|girls)"
)
_WHOSE_OR_THE = r"(?:(?:both |all )?(?:of )?(?:my|our|the|her|his|their) )?"
KIN_COUNTED_BIRTH_EN = re.compile(
    r"\b(?:when|while|as|before|after) (?:both |all )?"
    + _WHOSE_OR_THE
    + _KIN_PLURAL_EN
    + r"(?: (?:were|got|was))?(?: both| all)? (?:born|arrived|came)\b"
    r"|\b(?:when|while|as) (?:we|i|she|my wife|my daughter|my son) (?:had|gave birth to|delivered) "
    + _WHOSE_OR_THE
    + _KIN_PLURAL_EN
    + r"\b"
    r"|\b(?:at|for|during|around) (?:the )?births? of " + _WHOSE_OR_THE + _KIN_PLURAL_EN + r"\b"
    r"|\b(?:at|for|during|around) " + _WHOSE_OR_THE + _KIN_PLURAL_EN + r"'? births?\b"
    r"|(?:^|\b(?:both|all|and|but|so) )"
    + _WHOSE_OR_THE
    + _KIN_PLURAL_EN
    + r" (?:were|was) (?:both |all )?born (?:while|when|during|on|in the (?:time|years?))\b"
)


def _kin_counted(
    clause: str,
    known_children: list[dict[str, Any]],
    count: tuple[int, str] | None,
    orders: list[tuple[Child, int]],
) -> list[int]:
    """The orders of the children a count and a kinship word name at their births (俩孙子出生的
    时候): every child, when the count is all the family's children; else none."""
    total = max(
        len(known_children),
        count[0] if count else 0,
        max((o + c.size - 1 for c, o in orders), default=0),
    )
    m = KIN_COUNTED_BIRTH.search(clause)
    if m is None:
        en = KIN_COUNTED_BIRTH_EN.search(clause)
        if en is None:
            return []
        said = re.search(r"\b(?P<n>[2-9]|both)\b", en.group(0))
        if said is None:  # "when our girls were born": every child of the family, two or more
            return list(range(1, total + 1)) if total >= 2 else []
        n = 2 if said.group("n") == "both" else int(said.group("n"))
        return list(range(1, n + 1)) if total in (0, n) else []
    n = int(next(g for g in m.group("n", "m", "s", "k", "t") if g))
    return list(range(1, n + 1)) if total in (0, n) else []


# The family's one child named by a kinship word in the time of its birth (corpus README,
# "Children and orders"): "when our boy was born", "when my grandson was born", "when their son
# was born in 2021", "at my son's birth", "when i had my son", "had our granddaughter",
# 生孙子那时候, 闺女出生那会, 生外孙女那阵, 俺闺女出生那年, 外孙女是低保停了以后才生的. Not a birth
# named by 孩子/娃/宝宝, "the baby", a pronoun ("when he was born", 生他那阵) or the act (生的时候,
# "at the birth", "when she gave birth", 闺女生孩子那年: the daughter's giving birth): those are
# "the birth", said of every birth.
_RELATION_CN = r"(?:闺女|女儿|儿子|孙子|孙女|外孙女|外孙子|外孙|丫头|小子|大小子)"
_KIN_EN = (
    r"(?:(?:little |baby |new |newborn |only )?(?:grand)?(?:son|daughter)"
    r"|(?:little |baby )?(?:boy|girl)|grand(?:child|kid|baby)|nephew|niece)"
)
_WHOSE = r"(?:my|our|her|his|their)"
THE_ONE_CHILD = re.compile(
    r"\b(?:my|our|her|his|their|the) " + _KIN_EN + r"\b"
    r"(?= (?:(?:was|is|were|got) )?born\b| came\b| arrived\b| showed up\b| turned up\b)"
    r"|\b(?:had|gave birth to|delivered|welcomed) " + _WHOSE + " " + _KIN_EN + r"\b"
    r"|\b" + _WHOSE + " " + _KIN_EN + r"(?='?s birth\b)"  # "at our sons birth"
    r"|\bthe birth of " + _WHOSE + " " + _KIN_EN + r"\b"  # "the birth of our daughter"
    # 生孙子那时候, 生外孙女那阵, 生了闺女那年: the birth of the child named by its relation
    r"|生了?个?[大小]?" + _RELATION_CN + r"(?=[^，,\s]{0,3}(?:的时候|时候|时|那|这))"
    # 生俺儿那时候: the son, called 儿 after 俺 / 我
    r"|生(?:俺|我)家?儿(?![子媳女])(?=[^，,\s]{0,3}(?:的时候|时候|时|那|这))"
    # 闺女出生那会, 俺家小子落地那会儿, 孙女生下来那年: the child, then its birth (not 闺女生孩子)
    r"|" + _RELATION_CN + r"(?=[^，,\s]{0,3}(?:出生|落地|生下来|出世|降生)[^，,\s]{0,3}"
    r"(?:的时候|时候|时|那|这))"
    # 闺女生的时候还不是, 孙子生那会儿: the child the subject of 生 (not 闺女生孩子, her giving birth)
    r"|" + _RELATION_CN + r"(?=\s*生(?:的)?(?:时候|时|那))"
    # 外孙女是低保停了以后才生的: the child the subject of its own birth told
    r"|^\s*" + _RELATION_CN + r"是[^，,\s]{0,12}?(?:生|出生)的"
    # 领着失业金 | 正好赶上生闺女, 刚好碰上孙子出生: the birth of the child named, in that time
    r"|(?:赶上|碰上)了?(?:生了?个?[大小]?"
    + _RELATION_CN
    + "|"
    + _RELATION_CN
    + r"(?:出生|落地|出世|降生))"
)


# A birth named by the act of giving birth: "when my wife gave birth", "at the birth", "when she
# had the baby", 生的时候, 生那会儿.
BIRTH_BY_THE_ACT = re.compile(
    r"\b(?:gave|give|giving) birth\b|\b(?:at|for|during|around) the birth\b|\bhad the baby\b"
    r"|(?<![a-z\u4e00-\u9fff])生的?(?:时候|时|那)|(?:^|\s)出生(?:的)?(?:时候|时|那)"
)


def _the_one_child_named(clause: str) -> bool:
    """The clause names a birth by the child's kinship word ("when our son was born", 生孙子那时候),
    not by 孩子, "the baby", a pronoun or the act: for a family's one child, that child's birth."""
    return THE_ONE_CHILD.search(clause) is not None


def _one_child_only(
    known_children: list[dict[str, Any]],
    orders: list[tuple[Child, int]],
    clause: str,
    count: int = 0,
) -> bool:
    """The family's one child: the one known, or, none known, the one child the message tells
    of, its birth named in the benefit's own clause ("we were on dibao when our daughter was
    born, she's 1 now"; not "our boy was born in march. when my wife gave birth …": the birth
    named apart from the child), or none known nor told (搞错了 生孙子那时候没领低保: the one child
    named only at its birth)."""
    if known_children:
        return len(known_children) == 1 and not orders
    if not orders:
        return count <= 1
    return (
        len(orders) == 1
        and orders[0][0].size == 1
        and orders[0][1] == 1
        and (
            household.HARDSHIP.search(clause) is not None
            or OWN_BIRTH_NAMED.search(clause) is not None
        )
    )


# A child's birth named by a kinship word (README: the child's, not every birth's): "when our son
# come along", "my granddaughter was born", "grandson born 2023", "at my son's birth", "gave birth
# to our daughter" (not "when he was born", "when the baby came", "at the birth").
_KIN_WORD_EN = r"(?:grand(?:son|daughter|kid|child|baby)|son|daughter|boy|girl)"
KIN_BIRTH = re.compile(
    r"\b" + _KIN_WORD_EN + r"(?:'?s)?\s+(?:(?:was|is|got|get|were|been|being) )?"
    r"(?:born|birth|came|come|comes|arrived|arrives)\b"
    r"|\b(?:birth of|had|gave birth to|give birth to|gives birth to|delivered)"
    r" (?:my|our|her|his|their|the|a) "
    r"(?:little |baby |new )?" + _KIN_WORD_EN + r"\b"
)
# A birth told in English some other way (the baby, a pronoun, the act): "when he was born".
BIRTH_SAID_EN = re.compile(r"\b(?:born|births?|came|come|comes|arrived|arrives|delivered)\b")


# The only child's birth told by a kinship word ("俺儿子是22年生的", 闺女前年出生的), then the
# benefit said of "that year" (那年家里正吃低保): that child's birth.
KIN_BORN_CN = re.compile(
    r"(?:闺女|女儿|儿子|孙子|孙女|外孙女?|丫头|小子)[^，,\s]{0,8}(?:生|出生)的"
)
THEN_OPENS = re.compile(
    r"\s*(?:(?:孩子)?(?:他|她)(?:爸|妈|爸妈|爸爸|妈妈)|(?:我|俺)(?:们|家)?(?:的)?(?:儿子|儿媳妇?|闺女|女婿)?"
    r"|家里|儿子|儿媳妇?|闺女|女婿)?"
    r"(?:那年|那会儿?|那时候?|那阵子?|当时)"
)


def _kin_birth_of_the_only_child(update: FactUpdate, pieces: list[tuple[int, str]]) -> FactUpdate:
    """`hardship_at_birth` said in a clause naming the family's only child's birth by a kinship
    word ("when my granddaughter was born her dad was getting shiyejin"), or in a clause after it
    that tells no birth of its own ("grandson born 2023, | his mum was on tekun then"): that
    child's `child.hardship_at_birth`. A birth told by "the baby", a pronoun or the act stays
    every birth's ("my grandson 2 and half, when he was born his parents got dibao")."""
    if update.fact != "hardship_at_birth" or update.kind == "confirmation":
        return update
    at = next((i for i, (_, c) in enumerate(pieces) if update.span and c == update.span), None)
    if at is None or any(
        BIRTH_SAID_EN.search(c) and not KIN_BIRTH.search(c) for _, c in pieces
    ):  # "our girl arrived last week, … so we had it at the birth": the birth named by the act
        return update
    for then in range(at, max(0, at - 2), -1):  # 孙女是23年生的 那会儿她爸妈都挺好 没吃低保
        if THEN_OPENS.match(pieces[then][1]) and KIN_BORN_CN.search(pieces[then - 1][1]):
            return replace(
                update, fact="child.hardship_at_birth", child=1
            )  # 俺儿子是22年生的 那年…
    for _, clause in reversed(pieces[max(0, at - 2) : at + 1]):
        if re.search(r"[\u4e00-\u9fff]", clause):
            return update  # told in Chinese: read by its own rules
        if KIN_BIRTH.search(clause):
            return replace(update, fact="child.hardship_at_birth", child=1)
        if BIRTH_SAID_EN.search(clause):
            return update
    return update


# The one child's birth named by the child itself, the benefit said before it: "we get dibao these
# days. at our sons birth we got nothing like that. hes 2".
OWN_BIRTH_NAMED = re.compile(r"\b(?:my|our) (?:son|boy|daughter|girl)'?s birth\b")


# 闺女 at her birth (生闺女那会, 闺女出生的时候): the daughter, the birth named by her.
DAUGHTER_BORN = re.compile(r"(?<=生)闺女|(?<=生了)闺女|闺女(?=\s*(?:出生|生下来|落地|生的时|生那))")
# A birth named by the child's relation to the writer (生闺女那会儿, 生孙子的时候), not 生孩子.
BIRTH_OF_RELATIVE = re.compile(
    r"(?:生|出生)(?P<word>闺女|女儿|儿子|孙子|孙女|外孙女|外孙|丫头|小子)"
    r"(?=[^，,\s]{0,3}(?:的时候|时候|时|那会|那阵|那年|那天|那月))"
)


# The twins' younger sibling named by its relation to them (生他们妹妹的时候, 他俩弟弟出生那会儿,
# 妹妹出生那年): the child born after the multiple birth told.
SIBLING_OF_MULTIPLES = re.compile(
    r"(?:生|(?<![\u4e00-\u9fff])|他们|她们|他俩|她俩|哥俩|姐俩|俩)的?(?P<s>妹妹|弟弟)(?:的)?"
    r"(?=(?:出生|生|出来|落地)?的?(?:时候|时|那会儿?|那阵子?|那年))"
)


def _sibling_of_the_multiples(clause: str, norm: str, orders: list[tuple[Child, int]]) -> list[int]:
    """The order of the younger sibling of the one multiple birth told in the message `norm`
    that the clause names by its relation (双胞胎… 生他们妹妹的时候没吃: child 3), else none. The
    twins are then the first births: no other child is named by order or told with an age."""
    m = SIBLING_OF_MULTIPLES.search(clause)
    twins = list(MULTIPLES.finditer(norm))
    if m is None or len(twins) != 1 or MULTIPLES.search(clause):
        return []
    if birth_orders_named(norm) or any(c.size == 1 for c, _o in orders):
        return []
    return [(3 if twins[0].group("three") else 2) + 1]


def _twins_by_order(children: list[Child], size: int) -> list[int]:
    """The orders of `size` children named one by one (老三老四双胞胎 九个月) that are born the same
    day: the one run of consecutive orders with one birth date, else none."""
    born = {
        c.order: c.birth.iso for c in children if c.order is not None and c.birth and c.size == 1
    }
    runs = [
        list(range(first, first + size))
        for first in born
        if all(born.get(first + k) == born[first] for k in range(size))
    ]
    return runs[0] if len(runs) == 1 else []


def _same_birth(order: int, orders: list[tuple[Child, int]]) -> list[int]:
    """The orders born at the birth of child `order`: the twins told here when it is the first of
    them (上周二生的双胞胎 头胎 … 生的时候也吃着: both twins), else that child alone."""
    for child, first in orders:
        if child.size > 1 and first == order:
            return list(range(first, first + child.size))
    return [order]


IMAGINED_BIRTH = re.compile(
    r"生|怀|再要|要(?:个|1个)|\bhave (?:a|an|another|twins|triplets)\b|\bborn\b|pregnan"
)


def _counts_an_imagined_birth(
    text: str, pieces: list[tuple[int, str]], hypothetical: set[int], said: str
) -> bool:
    """A number of children said inside an "if" of a birth to come ("要是再生一个 三个孩子能领多少"):
    the family imagined, no count told."""
    at = text.find(said)
    inside = [i for i in hypothetical if pieces[i][0] <= at < pieces[i][0] + len(pieces[i][1]) + 1]
    return bool(inside) and any(IMAGINED_BIRTH.search(pieces[i][1]) for i in hypothetical)


# The youngest known child said to be twins: 是双胞胎, 你咋只算一个, 老二老三一块生的.
TWINS_NOT_ONE = re.compile(
    r"是(?:1对)?(?:双胞胎|龙凤胎)|(?:只|就)算(?:了)?1个|(?:1块|一起|同1天|同时)(?:生|出生)"
    r"|(?:两|2)个(?:孩子|娃|宝宝)|(?:were|are|was) twins|it'?s twins"
)


def _twins_not_one(
    updates: list[FactUpdate], known: list[dict[str, Any]], text: str, hypothetical: bool
) -> list[FactUpdate]:
    """Of a family whose youngest was taken as one child, "是双胞胎啊 两个孩子": the youngest was
    twins, and the other twin is born the same day (a correction of what was noted)."""
    born = [k for k in known if k.get("birth_date")]
    multiple, said = MULTIPLES.search(text), TWINS_NOT_ONE.search(text)
    if (
        hypothetical
        or not born
        or len(born) != len(known)
        or multiple is None
        or multiple.group("three")
        or said is None
        or (len(born) > 1 and born[-1]["birth_date"] == born[-2]["birth_date"])
        or re.search(r"如果|要是|假如|又|再|怀|\bif\b|\bagain\b|pregnan", text)
    ):
        return updates
    last = str(born[-1]["birth_date"])
    if not any(u.fact == "child_count" for u in updates) and any(
        u.fact == "child.birth_date" and u.child == len(born) + 1 for u in updates
    ):
        return updates  # 说错了 老二老三是双胞胎 都是22年7月: the twin already told, as said
    for u in updates:
        if u.fact.startswith("child.") and not (
            u.fact == "child.birth_date"
            and u.child in (len(born), len(born) + 1)
            and str(u.value) == last
        ):
            return updates  # another child or another date told: not the twins known
        if u.kind == "question" or (
            u.fact == "child_count" and (u.value != 2 or u.kind != "statement")
        ):
            return updates  # 不是俩孩子 是仨 小的是双胞胎: the family's count corrected, not the twins'
        if u.kind == "correction":
            return updates  # 说错了 老二老三是双胞胎 都是22年7月: the fix already read, the new twin alongside
    kept = [u for u in updates if not u.fact.startswith("child.") and u.fact != "child_count"]
    return [
        *kept,
        FactUpdate("child.birth_date", last, "correction", len(born) + 1, span=said.group(0)),
    ]


# The size of a multiple birth as said: "twins" 2, "triplets" 3, "just the one baby" 1.
BIRTH_SIZE = re.compile(
    r"(?P<two>\btwins\b|双胞胎|龙凤胎)|(?P<three>\btriplets\b|[三3]胞胎)|(?P<four>\bquads\b|\bquadruplets\b|[四4]胞胎)"
    # not "only one person pay, me" (a payer, tester 116 p8: the twins were made one baby)
    r"|(?P<one>\b(?:just|only) (?:the )?(?:1|one)(?: baby| child| kid)?\b(?! (?:of|more|twin|set)\b)"
    r"(?! (?:person|people|pays?|payer|parent|adult|income|salary|job|contributor|month|year|week"
    r"|day|time|room|flat|home|house|apartment)s?\b)"
    r"|\b(?:a )?single (?:baby|birth)\b|\bsingleton\b|单胎|(?:就|只)(?:有|生了)?1个(?:孩子|娃|宝宝)?(?!\s*(?:月|岁)))"
)
# The size said wrong, before the right one: "i said twins", "not triplets", 不是三胞胎.
SIZE_SAID_WRONG = re.compile(
    r"(?:\bnot|\bno|\bi (?:said|wrote|typed|put|told you)|\bno longer|不是|没有|并非)\s*(?:a |the )?(?:set of )?$"
)


def _multiple_resized(
    updates: list[FactUpdate], known: list[dict[str, Any]], text: str, correcting: bool
) -> list[FactUpdate]:
    """ "sorry, twins, not triplets", "wait i said twins but its just the one baby": the known
    multiple birth (the youngest children, born the same day) put right to another size, so the
    number of children is corrected (a third child known of triplets: 2)."""
    if not correcting or any(u.fact == "child_count" for u in updates):
        return updates
    dates = [str(k.get("birth_date")) for k in known if k.get("birth_date")]
    if len(dates) != len(known) or len(dates) < 2 or dates[-1] != dates[-2]:
        return updates
    group = len(dates) - next(i for i, d in enumerate(dates) if d == dates[-1])
    sizes = {
        1 if m.group("one") else 2 if m.group("two") else 3 if m.group("three") else 4
        for m in BIRTH_SIZE.finditer(text)
        if not SIZE_SAID_WRONG.search(text, 0, m.start())
    }
    if len(sizes) != 1 or group in sizes:
        return updates
    count = len(dates) - group + sizes.pop()
    return [*updates, FactUpdate("child_count", count, "correction", None, span=text)]


# The birth said to have come ("the twins arrived", 双胞胎生了, "they came yesterday").
MULTIPLE_ARRIVED = re.compile(
    r"\b(?:arrived|came|were born|was born|delivered|born)\b|生了|出生了|生下|落地|剖了|满月",
    re.I,
)


# A child told as coming between the children known (中间还有个孙女, "there's one in the middle").
IN_THE_MIDDLE = re.compile(r"中间(?:还)?(?:有|是)|\bin (?:the )?middle\b|\bin between\b", re.I)


def _child_inserted(
    updates: list[FactUpdate], known: list[dict[str, Any]], text: str
) -> list[FactUpdate]:
    """ "哎不对 是三个孩子 中间还有个孙女 今年四月刚过的3岁生日" of a grandson of 5 and one born
    last winter: a child born between the known ones comes between them; the later children move
    one order on with their own dates, benefits at the birth and heights (tester 93 c6's
    granddaughter took the younger grandson's unemployment benefit at his birth)."""
    counts = [u for u in updates if u.fact == "child_count"]
    births = [u for u in updates if u.fact == "child.birth_date" and u.value]
    if (
        len(counts) != 1
        or counts[0].value != len(known) + 1
        or len(births) != 1
        or not IN_THE_MIDDLE.search(text)
        or len(known) < 2
        or not all(k.get("birth_date") for k in known)
    ):
        return updates
    told = str(births[0].value)
    dates = [str(k["birth_date"])[: len(told)] for k in known]
    place = next((i for i in range(1, len(dates)) if dates[i - 1] < told < dates[i]), None)
    if place is None:
        return updates
    moved: list[FactUpdate] = []
    for j in range(len(known), place, -1):  # the later children, the youngest first
        child = known[j - 1]
        moved.append(FactUpdate("child.birth_date", child["birth_date"], "correction", j + 1))
        for fact, name in (
            ("child.hardship_at_birth", "hardship_at_birth"),
            ("child.height_cm", "height_cm"),
        ):
            if child.get(name) is not None:
                moved.append(FactUpdate(fact, child[name], "correction", j + 1))
    new = replace(births[0], child=place + 1, guessed=False)
    cleared = [
        FactUpdate(fact, None, "correction", place + 1)
        for fact, name in (
            ("child.hardship_at_birth", "hardship_at_birth"),
            ("child.height_cm", "height_cm"),
        )
        if known[place].get(name) is not None
    ]
    kept = [u for u in updates if u is not births[0]]
    return [*kept, *moved, new, *cleared]


def _multiple_denied(
    updates: list[FactUpdate], known: list[dict[str, Any]], text: str
) -> list[FactUpdate]:
    """ "pregnant again lol, not twins this time, due in october": the size named only as not
    the one to come, so one baby, never twins due in October (the known twins were the 1st and
    2nd children, the baby is the 3rd)."""
    sizes = list(BIRTH_SIZE.finditer(text))
    if not sizes or not all(SIZE_SAID_WRONG.search(text, 0, m.start()) for m in sizes):
        return updates
    new = [
        u
        for u in updates
        if u.fact in ("child.due_date", "child.birth_date")
        and isinstance(u.child, int)
        and u.child > len(known)
    ]
    if len(new) < 2 or len({(u.fact, str(u.value)) for u in new}) != 1:
        return updates
    first = min(u.child or 0 for u in new)
    return [u for u in updates if u not in new or u.child == first]


def _multiple_on_the_way(known: list[dict[str, Any]]) -> list[int]:
    """The orders of twins (or more) on the way: the last children known, not born, due the same
    month; empty when there are none."""
    waiting = [i for i, k in enumerate(known, 1) if not k.get("birth_date") and "due_date" in k]
    dues = {str(known[i - 1].get("due_date") or "")[:7] for i in waiting}
    if len(waiting) < 2 or waiting[-1] != len(known) or len(dues) != 1:
        return []
    return waiting


def _expected_multiple_dated(
    updates: list[FactUpdate], known: list[dict[str, Any]], text: str, today: date
) -> list[FactUpdate]:
    """ "doc moved the date for the twins to mid feb", "doctor says the twins will come in feb" of
    twins on the way (the last children known, not born, due the same month): their due date
    moved to that month's next coming, never two children born last February after them."""
    waiting = _multiple_on_the_way(known)
    if not waiting or not MULTIPLES.search(text) or MULTIPLE_ARRIVED.search(text):
        return updates
    born = [
        u
        for u in updates
        if u.fact == "child.birth_date" and isinstance(u.child, int) and u.child > len(known)
    ]
    values = {str(u.value) for u in born}
    if len(born) != len(waiting) or len(values) != 1:
        return updates
    told = values.pop()
    if not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", told):
        return updates
    year, rest = int(told[:4]), told[4:]
    while f"{year}{rest}" < today.isoformat()[: len(told)]:
        year += 1  # a month with no year: the next one to come, for a due date
    kept = [u for u in updates if u not in born]
    return [
        *kept,
        *(replace(born[0], fact="child.due_date", child=o, value=f"{year}{rest}") for o in waiting),
    ]


def _expected_multiple_resized(
    updates: list[FactUpdate], known: list[dict[str, Any]], text: str
) -> list[FactUpdate]:
    """ "the doctor says it's just one baby not twins", 不是双胞胎 就一个 of twins on the way (the
    last children known, not born, due the same month): the babies beyond the size said are
    removed ("child.on_the_way" false); the count of children born is not what was put right
    (tester 92 e2 kept a third child due in March through two restatements)."""
    waiting = _multiple_on_the_way(known)
    if not waiting:
        return updates
    sizes = {
        1 if m.group("one") else 2 if m.group("two") else 3 if m.group("three") else 4
        for m in BIRTH_SIZE.finditer(text)
        if not SIZE_SAID_WRONG.search(text, 0, m.start())
    }
    wrong = any(SIZE_SAID_WRONG.search(text, 0, m.start()) for m in BIRTH_SIZE.finditer(text))
    if len(sizes) != 1 or not wrong:
        return updates
    size = sizes.pop()
    if size >= len(waiting):
        return updates
    gone = waiting[size:][::-1]  # the last first: the orders of the others stay as they were
    kept = [
        u
        for u in updates
        if not (u.fact == "child_count" and u.value == len(known) - len(waiting))
        and not (u.child in gone and u.fact in ("child.birth_date", "child.due_date"))
    ]
    return [
        *kept,
        *(FactUpdate("child.on_the_way", False, "correction", o, span=text) for o in gone),
    ]


def _born_before_the_pregnancy(
    updates: list[FactUpdate], known: list[dict[str, Any]], correcting: bool
) -> list[FactUpdate]:
    """ "actually it's my second baby, my son was born in 21" of a family known only by a
    pregnancy: the child born long before the due date comes first (child 1) and the pregnancy
    moves to the next order, its due date unchanged."""
    if len(known) != 1 or known[0].get("birth_date") or not known[0].get("due_date"):
        return updates
    due = _period(known[0]["due_date"])
    children = [u for u in updates if u.fact.startswith("child.")]
    born = [u for u in children if u.fact == "child.birth_date" and u.value is not None]
    if not due or not born or len(born) != len(children):
        return updates
    periods = [_period(u.value) for u in born]
    if any(p is None or (due[0] - p[1]).days < 300 for p in periods):
        return updates  # the baby expected, now born
    told = sorted({u.child for u in born if u.child is not None})
    orders: dict[int | None, int] = {o: i for i, o in enumerate(told, 1)}
    if not orders:
        return updates
    moved = [
        replace(u, child=orders.get(u.child, u.child), kind="statement") if u in born else u
        for u in updates
    ]
    span = " ".join(u.span for u in born)
    kind: UpdateKind = "correction" if correcting else "statement"
    moved.append(
        FactUpdate("child.due_date", str(known[0]["due_date"]), kind, len(orders) + 1, span=span)
    )
    return moved


DATE_FACTS = ("child.birth_date", "child.due_date", "child_count")
CORRECTION_WORD = re.compile(r"(?<!对)不对|说错|搞错|记错|弄错")


def _correction_word_as_no(update: FactUpdate) -> bool:
    """ "双胞胎是今年3月生的不对 是2月" while the dibao question waits: its 不对 corrects the date,
    it is no "no" to dibao at the twins' birth."""
    return (
        update.fact in ("child.hardship_at_birth", "hardship_at_birth")
        and update.value is False
        and bool(CORRECTION_WORD.search(update.span or ""))
    )


# 生这俩的时候, 这仨出生那会儿: the birth of the two (or three) just told of, the twins'.
THESE_BORN = re.compile(
    r"生(?:他们|她们|他|她|这|那)(?P<n>[23])个?|(?:这|那|他|她)(?P<n2>[23])个?(?:出生|出世|落地|生)"
)


def _these_known(known: list[dict[str, Any]], size: int) -> list[int]:
    """The known children 这俩 / 那俩 names at their births (那俩出世时…, none told here): the twins
    known, else, of a family one child more than that, the youngest ones (老大 is the other)."""
    twins = _known_multiples(known, size)
    if twins:
        return twins
    return list(range(2, size + 2)) if len(known) == size + 1 else []


# The children besides those just named: "the other 2", "the others", "the rest of them".
OTHERS_NAMED = re.compile(
    r"\bthe (?:others?|rest|other (?:\d|ones|kids|children|births))\b"
    r"|(?:其他|其余|别的|另外|剩下)(?:的|那|这)?(?:几|\d)?(?:个)?(?:孩子|娃|几个)"  # 另外俩孩子出生时候都没有
    r"|(?:之前|前面|前头|前边)(?:的|那)?\d(?:个)?(?:孩子|娃)"  # 之前三个孩子出生时没领
)
# "the others no", "the rest of them yes": the births not named, answered together.
# A multiple birth told as another birth after the child named (又生了对双胞胎, 又生了三胞胎).
TWINS_BORN_AFTER = re.compile(
    r"又生了?(?:一)?(?:对|个)?(?:双胞胎|龙凤胎|三胞胎)"
    # 大儿子6岁 去年国庆生了双胞胎: a multiple birth told after the child named
    r"|(?:去年|今年|前年|上个?月|这个月|\d+年|\d+月)[^，,。\s]{0,6}生了?(?:一)?(?:对|个)?(?:双胞胎|龙凤胎|三胞胎)"
)
# The children of a multiple birth named together by their sex ("when the boys were born").
PLURAL_KIN = re.compile(r"\b(?:the|our|my|both) (?:twin |two |2 )?(?:boys|girls|sons|daughters)\b")
# A single child named as the twins' sibling ("when their brother was born", "their lil sister").
SIBLING_OF_THE_MULTIPLES = re.compile(
    r"\b(?:their|the twins'?|the triplets'?) (?:little |baby |big |older |younger |new )?"
    r"(?P<w>brother|sister)\b"
)
OTHER_BIRTHS = re.compile(
    r"\b(?:the|all the) (?:others?|rest|other (?:\d|ones|kids|children|births))(?: of them| ones| kids"
    r"| children| births)?\s*(?:were |was |are |did |had )?(?:born )?"
    r"(?:(?P<no>no|not|none|nope|never|didn't|did not|weren't|wasn't"
    r"|before(?: (?:it|that|then|them))?)|yes|yeah|too|also|as well|during(?: it| that)?)\b"
    # "the middle one was born on tekun, not the other two", "but not the others": the rest, no
    r"|\b(?P<not_pre>(?:but |and )?not|except) (?:for |with |at )?(?:the|all the) (?:others?\b|rest\b"
    r"|other (?:\d|ones|kids|children|births)\b)"
    # "we weren't on it for the other two", "with the others we didn't have it": the rest, no
    r"|\b(?P<no2>weren't|wasn't|were not|was not|didn't|did not|never)\b[^,.;]{0,25}?\b(?:for|with|at)"
    r" (?:the|all the) (?:others?|rest|other (?:\d|ones|kids|children|births))\b"
    r"|\b(?:for|with|at) (?:the|all the) (?:others?|rest|other (?:\d|ones|kids|children|births))\b"
    r"[^,.;]{0,20}?\b(?P<no3>weren't|wasn't|were not|was not|didn't|did not|never|no|not)\b"
    # 其他几回都没有, 别的孩子那会儿都领着: the other births; 后面几个都不是了: the later ones
    # 后来那俩没有, 剩下俩都没有, 后来的都没领: the births after the one answered
    r"|(?:其他|其余|别的|另外|后面|后头|后边|下面|剩下|剩余|后来|之后|再往后|[后下](?=\d)"
    # 前两孩出生时未享受 (a hotline's note): the births before the one named
    r"|前(?:面|头|边)?(?=\d\s*(?:个|孩|胎)))"
    r"(?:的|那|这)?(?:几|\d)?(?:个|回|次|胎|孩)?(?:孩子|娃|几个|几回|几次)?(?:那会儿?|那时候?)?"
    r"(?:出生时候?|出生的时候|生的时候|出生那会儿?)?"
    r"(?:都|也|就)?(?:(?P<no_cn>没有|没领|没吃|没|不是|未享受|未领取?|均未|无)|有|领了|领着|吃着"
    # 后面几个都是低保那会儿生的, not 下面是对双胞胎 (the children below told, no benefit)
    r"|是(?=\s*(?:在)?(?:低保|特困|失业|领|吃)))"
)


# "她是老二", "这个是老大", "she's our second": the child told of before has another order.
MOVED = re.compile(
    r"(?:^|[\s,，。.!！]|说错了|不对|搞错了|弄错了)(?:她|他|这个|这孩子|这个孩子|孩子|闺女|女儿|儿子|宝宝|丫头|小子|娃)"
    r"(?:其实|实际上|应该|才)?(?:是|算)(?:我们家|我家|咱家|家里)?(?:的)?(?P<order>老大|老\d|第\d个|老小|老幺|最小的)(?!\u2060?(?:是|的?(?:生|出生)))"
    r"|\b(?:she|he|the baby|the girl|the boy|our daughter|our son|my daughter|my son)(?:'s| is| was)"
    r"(?: actually| really| in fact)? (?:our|my|the) (?P<en>first|eldest|oldest|second|third|2nd|3rd|youngest)\b(?! (?:was|is) born)"
    # "就一个二宝啊 老大7岁了" of one child known: that child is the second, the eldest told
    r"|(?:就|只有|只)\s*1\s*个\s*(?P<only>老[2-9]|[2-9]宝)"
    # "不对 是老二不是老三": no child named, the order said beside the one it replaces
    r"|(?:^|[\s,，。.!！]|说错了|不对)是\s*(?P<instead>老大|老\d|第\d个)\u2060?\s*[，,]?\s*(?=不是)",
    re.I,
)
# A count said with "only" and no noun, the clause ending there ("we only have 2", 只有两个,
# 就俩): read only of a family whose children are known or asked about.
ONLY_SO_MANY = re.compile(
    r"(?:只有|就有|只|就)\s*(?P<zh>[1-9])\s*个(?=\s*(?:$|[，,。.!！]))"
    r"|\b(?:we|i) (?:only|just) (?:have|got) (?P<en>[1-9])\b(?=\s*(?:$|[,.!;]))"
)
# The order a moved child was told as ("不是老三", "not third", "not our 3rd"): the child it was.
NOT_THAT_ORDER = re.compile(
    r"不是\s*(?P<zh>老大|老\d|第\d个)"
    r"|\bnot (?:our |my |the )?(?P<en>first|eldest|oldest|second|third|2nd|3rd)\b",
    re.I,
)
MOVED_ORDER = {
    "老大": 1,
    "first": 1,
    "eldest": 1,
    "oldest": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
}
CHILD_KEYS = {"birth_date": "child.birth_date", "due_date": "child.due_date"}
# Words that put a fact right: the order said then moves a known child.
PUT_RIGHT = re.compile(
    r"不对|说错|搞错|弄错|记错|更正|其实|实际上|\bsorry\b|\bactually\b|\bi meant\b|\bmy bad\b"
    r"|\bmistake\b|\bwrong\b|\boops\b|\bin fact\b|\breally\b"
)


def _moved(
    text: str, known: list[dict[str, Any]], about: int | None, updates: list[FactUpdate]
) -> list[FactUpdate]:
    """ "不好意思说错了 她是老二": the known child (the only one, or the one under discussion) is
    of another birth order; its facts go there, and the order it leaves keeps what the message
    tells of it, else an unknown date (asked again)."""
    m = MOVED.search(text)
    if m is None:
        return []
    if m.group("instead") and any(u.child is not None for u in updates):
        return []  # "是老二不是老大 一米二的是老二": the height told moves, not a child
    source = about if about is not None else (1 if len(known) == 1 else None)
    dated = [i for i, c in enumerate(known, 1) if c.get("birth_date") or c.get("due_date")]
    was = NOT_THAT_ORDER.search(text, m.start())
    if was is not None:  # "是老二不是老三", "he is our second not third": the third told
        word = was.group("zh") or was.group("en").lower()
        digits = re.search(r"\d", word)
        source = MOVED_ORDER.get(word) or (int(digits.group(0)) if digits else source)
    if source is None and (m.group("only") or PUT_RIGHT.search(text)) and len(dated) == 1:
        source = dated[0]  # 就一个二宝 of children known as [2025, ?]: the dated one is the 二宝
    if source is None or not 1 <= source <= len(known):
        return []
    said = (m.group("order") or m.group("en") or m.group("only") or m.group("instead")).lower()
    if said in ("老小", "老幺", "最小的", "youngest"):
        target = max(len(known), source + 1)
    elif said in MOVED_ORDER:
        target = MOVED_ORDER[said]
    else:
        digits = re.search(r"\d", said)
        target = int(digits.group(0)) if digits else source
    if target == source:
        return []
    told = {(u.fact.split(".", 1)[0], u.child) for u in updates if u.child is not None}
    if ("child", target) in told and target > len(known) and not PUT_RIGHT.search(text):
        return []  # "my baby is 6 months … she's our 2nd": the new child told is the second
    moved: list[FactUpdate] = []
    span = m.group(0).strip(" ,，。.!！")
    child = known[source - 1]
    for key, fact in CHILD_KEYS.items():
        if key in child and ("child", target) not in told:
            moved.append(FactUpdate(fact, child[key], "correction", target, span=span))
            break
    counts = [int(u.value) for u in updates if u.fact == "child_count"]
    if ("child", source) not in told and not (counts and source > counts[-1]):
        # the order left is kept unless the count put right drops it ("we only have 2")
        other = known[target - 1] if target <= len(known) else {}
        held = next((k for k in CHILD_KEYS if k in other), "birth_date")
        moved.append(FactUpdate(CHILD_KEYS[held], other.get(held), "correction", source, span=span))
    return moved


def _elder_beside_the_moved(
    known: list[dict[str, Any]], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """ "他不是老大 是老二 上面还有个姐姐 今年10岁" of one child known: the known child moved to
    a later order and one new child told beside it, born before it, is the order the moved
    child left (tester 96 c2: the sister was made 老三 and the household contradicted itself).
    The updates unchanged for any other message."""
    if len(known) != 1 or not known[0].get("birth_date"):
        return updates
    dated = str(known[0]["birth_date"])
    moved = [u for u in updates if u.kind == "correction" and str(u.value) == dated and u.child]
    left = [u for u in updates if u.kind == "correction" and u.value is None and u.child]
    if len(moved) != 1 or len(left) > 1 or moved[0].child is None or moved[0].child < 2:
        return updates
    target = moved[0].child
    told = {u.child for u in updates if u.child is not None and u not in left}
    free = [order for order in range(1, target) if order not in told]
    new = [
        u
        for u in updates
        if u.fact == "child.birth_date" and u.value and u.child not in (None, target, *free)
    ]
    if len(free) != 1 or len(new) != 1 or (new[0].child or 0) < target:
        return updates
    if not str(new[0].value) < dated:
        return updates
    return [replace(u, child=free[0]) if u is new[0] else u for u in updates if u not in left]


# The one child known said to be a later one ("不对不对 打错了 是老二 老大10岁了", "no, it's our
# second, the first one is 4"): its order, put right.
RENAMED_ORDER = re.compile(
    r"(?:是|这是|那是|应该是)\s*(?:我们家的?|俺家的?|我家的?|家里的?"
    # 外孙女是我闺女家的第二个孩子, 是她家老二: the grandchild's order in its own family
    r"|(?:我|俺)?(?:闺女|女儿|儿子|儿媳妇?|姑娘)家(?:里)?的?|(?:她|他)家(?:里)?的?)?"
    r"(?:老(?P<n>[2-4])\u2060?|第(?P<n2>[2-4])个|(?P<n3>[2-4])宝)"
    r"|\b(?:it'?s|its|that'?s|he'?s|she'?s|is)\s+(?:our|my|the)\s+"
    r"(?P<en>second|third|fourth|2nd|3rd|4th)\b(?! (?:of|time|birthday)\b)",
    re.I,
)
EN_ORDER_WORDS = {"second": 2, "third": 3, "fourth": 4, "2nd": 2, "3rd": 3, "4th": 4}
# The one child known, named before its order is said (外孙女是老二, 说了是老二): no other child.
RENAMED_CHILD = re.compile(
    r"(?:(?:我|俺)?(?:都|刚|刚才)?说(?:了|过)\s*)?"
    r"(?:我|俺)?(?:家)?(?:外孙女|外孙|孙女|孙子|闺女|女儿|儿子|孩子|娃|宝宝|小孙女|小孙子|她|他)?"
)


def _known_child_renamed(
    norm: str, known: list[dict[str, Any]], updates: list[FactUpdate], correcting: bool
) -> list[FactUpdate]:
    """The one child known, dated, said in a correction to be the Nth: its date under order N,
    beside the elder ones the message tells (tester 56 c10: the baby born in July was replaced
    by the eldest of 10, and the 600 it is due was denied). [] for any other message."""
    if len(known) != 1:
        return []
    said = RENAMED_ORDER.search(norm)
    before = norm[: said.start()].strip(" ,，。.!！") if said is not None else ""
    if said is None or not (correcting or not before or RENAMED_CHILD.fullmatch(before)):
        return []  # a correction, or the order said first ("是老二 老大10岁"), or of the child
        # named ("外孙女是老二", tester 123 p2's grandmother was told her family had no 2nd child)
    order = int(said.group("n") or said.group("n2") or said.group("n3") or 0) or EN_ORDER_WORDS.get(
        (said.group("en") or "").lower(), 0
    )
    dated = known[0].get("birth_date") or known[0].get("due_date")
    if order < 2 or not dated or any(u.child == order for u in updates):
        return []
    fact = "child.birth_date" if known[0].get("birth_date") else "child.due_date"
    told = [u for u in updates if u.child is not None and u.child < order and u.fact == fact]
    if any(str(u.value) == str(dated) for u in told):
        return []
    return [FactUpdate(fact, str(dated), kind="correction", child=order, span=said.group(0))]


def _date_taken_back(
    text: str, known: list[dict[str, Any]], updates: list[FactUpdate], correcting: bool
) -> list[FactUpdate]:
    """ "不是老大 是老二 23年5月生的", "NO, the 2nd was born May 2023" when the eldest was noted
    with that very month: the date told of its child by order is taken off the other child it
    was wrongly put on (said not to be that child, or in a correction), which is left undated
    and asked again, never made a twin of a date that collided (tester 41 c07)."""
    denied = {
        MOVED_ORDER.get((m.group("zh") or m.group("en") or "").lower())
        or int(re.sub(r"\D", "", m.group(0)) or 0)
        for m in NOT_THAT_ORDER.finditer(text)
    }
    if MULTIPLES.search(text) or MOVED.search(text):
        return []  # "是龙凤胎 是老二老三": twins said; "他是老二不是老三": _moved moves it
    counts = [int(u.value) for u in updates if u.fact == "child_count" and u.value is not None]
    told = {u.child for u in updates if u.child is not None}
    taken: list[FactUpdate] = []
    for u in updates:
        if u.fact != "child.birth_date" or u.child is None or not u.value or u.approx:
            continue
        for order, child in enumerate(known, 1):
            same = str(child.get("birth_date") or "") == str(u.value)
            if order == u.child or order in told or not same or child.get("due_date"):
                continue
            if child.get("approx"):
                continue  # "ds is 4 … dd was born dec 2022": an age's month, not the date moved
            if counts and order > counts[-1]:
                continue  # "we only have 2": the third is dropped, not left undated
            if order in denied or (correcting and u.kind == "correction"):
                taken.append(FactUpdate("child.birth_date", None, "correction", order, span=u.span))
                told.add(order)
    return taken


def _one_pregnancy(known: list[dict[str, Any]], updates: list[FactUpdate]) -> list[FactUpdate]:
    """ "更正 预产期是3月8号" of known twins on the way (children after the one told of, not born,
    of its due date): one pregnancy, one due date, so it is the twins' both."""
    given = {u.child for u in updates if u.fact == "child.due_date"}
    added: list[FactUpdate] = []
    for u in updates:
        if u.fact != "child.due_date" or u.child is None or not 1 <= u.child <= len(known):
            continue
        first = known[u.child - 1]
        if first.get("birth_date") or "due_date" not in first:
            continue
        for order in range(u.child + 1, len(known) + 1):
            twin = known[order - 1]
            if twin.get("birth_date") or "due_date" not in twin:
                break
            if str(twin["due_date"]) != str(first["due_date"]):
                break
            if order not in given:
                added.append(replace(u, child=order))
                given.add(order)
    return added


QUESTION = re.compile(
    r"[?？]|吗|多少|怎么|能不能|是不是|how|what|which|can |does |do |is there"
    # "any extra money for twins in beijing": a measure asked after, phone-short, no question mark
    r"|^\s*any (?:extra |more |additional |special )?(?:money|subsid|help|support|benefit|bonus"
    r"|allowance|payment|grant|leave|discount)"
)
FIRST_PERSON = re.compile(r"我|咱|\bwe\b|\bwe'|\bour\b|\bi\b|\bi'|\bmy\b|\bus\b|住|live|户口|hukou")


# "oops not 3, grandpa retired in june, so just 2 now": the count known said wrong, the new one
# said after the reason.
NOT_THEN_COUNT = re.compile(
    r"\bnot (?P<was>[0-4])\b(?![\d.])[^?]{0,60}?(?:\bso\b|\bjust\b|\bonly\b|\bnow\b)\s*"
    r"(?:it's |its |just |only )*(?P<n>[0-4])\b(?![\d.]|\s*(?:months?|mos|years?|yrs?|weeks?|days?"
    r"|kids?|children|babies|cm|m\b))"
)


def _payers_put_right(norm: str, known: dict[str, Any], children: int) -> household.Said | None:
    """A count of the housing fund's payers corrected without the fund named: the number put
    right is the known count of payers, and no count of the children known."""
    m = NOT_THEN_COUNT.search(norm)
    if m is None or int(m.group("was")) != known.get("housing_fund_contributors"):
        return None
    if int(m.group("was")) in (children, known.get("child_count")):
        return None  # "not 3, just 2 now" of three children known: which count is unclear
    return household.Said("housing_fund_contributors", int(m.group("n")), 0, m.group(0))


def _dated(known: list[dict[str, Any]], wrong: list[Mention]) -> int | None:
    """The one known child whose date a mention said to be wrong ("not 2022") is, or None."""
    orders = {
        i
        for m in wrong
        if m.kind == "date"
        for i, k in enumerate(known, 1)
        if str(k.get("birth_date") or k.get("due_date") or "").startswith(m.iso)
    }
    return orders.pop() if len(orders) == 1 else None


CITY_OF_ONES_OWN = re.compile(
    r"(?:济南|泉城|北京)(?:市)?(?:的|人|这边|本地)?\s*(?:$|[\s,，。])"
)  # 济南的 有啥补贴
# 补贴, 产假; a child's fare (坐地铁要票, 买票, 免票, 不要钱): a city's measure
CN_RULE_ASKED = re.compile(r"政策|补贴|规定|待遇|标准|福利|产假|票|[要收]钱|免费|收费")
CN_ASKING = re.compile(
    r"啥|什么|吗|么|多少|有没有|咋|怎么|[?？]|没\s*$|能多给几|几天"
    r"|是[^，,。\s]{1,12}还是"  # 是按月发还是一回给齐: one of two asked
    r"|(?:要|去|找|到|按|给)[^，,。\s]{1,12}还是(?!没|不|在|得|要)"  # 要去街道办还是社区: where or how
    r"|几岁|多大|多高"  # 给到孩子几岁为止, 孩子多高要票: the age or height a measure lasts to
)
# 给到孩子几岁为止, 娃多大以前能领, 孩子多高坐地铁要票: any child of the measure, its age or
# height limit asked (no age told)
CHILD_OF_THE_RULE = re.compile(
    r"(?:孩子|小孩|娃|宝宝)\s*(?:满|长到|到|身高)?\s*[^，,。\s\d]{0,4}?(?:几岁|多大|多高)"
)
# 生双胞胎, 生三胞胎 with no 了/的 and no date: a birth of multiples in general, as in a rule asked
# about (北京生双胞胎产假能多给几天), not the family's own twins.
ANY_MULTIPLE_BIRTH = re.compile(r"生(?=" + MULTIPLES.pattern + r")")
# The child of a kind of family (特困人员生的孩子, 低保户生孩子, 领失业金的家庭生的娃): no child of the
# writer's.
KINDS_CHILD = re.compile(
    r"(?:低保|特困|失业金)[^，,。\s]{0,4}?(?:户|人员|家庭|人家|的人)(?:生|出生)?(?:的)?(?:孩子|娃|小孩|宝宝)"
)
FAMILY_SAID = re.compile(r"我|俺|咱|家里|我家|老公|老婆|媳妇|爱人|儿媳|女婿|怀|生了|出生了")


def _asked_of_anyone(text: str, asked: str | None) -> bool:
    """A Chinese question about a city's measures naming no one of the family ("北京现在对三孩家庭
    有啥政策没"): the city is the one asked about, not where the family lives."""
    text = KINDS_CHILD.sub(" ", text)  # 特困人员生的孩子 北京这边有啥政策: a kind's child, no one's
    return (
        asked != "city"
        and bool(CN_RULE_ASKED.search(text) and CN_ASKING.search(text))
        and not FAMILY_SAID.search(text)
        and not (
            UNNAMED.search(text)
            and not (
                CHILD_OF_THE_RULE.search(text)
                and len(UNNAMED.findall(text)) == 1
                and not re.search(r"\d", text)
            )
        )
        and not ORDERED.search(text)
        and not (
            MULTIPLES.search(text)
            and not (ANY_MULTIPLE_BIRTH.search(text) and not re.search(r"\d(?!胞胎)", text))
        )
        and not CITY_OF_ONES_OWN.search(text)
    )


def _with_mark(text: str, offset: int, clause: str, asked: str | None) -> str:
    """The clause with the question mark that closes it, which the cut leaves out: "kids under
    1.2m free in jinan parks?" asks, though its clause alone has no question word ("jinan?"
    said to the city question is still the answer)."""
    end = offset + len(clause)
    closed = re.match(r"\s*[?？]", text[end : end + 4])
    return clause + "?" if closed and asked != "city" else clause


# The weather somewhere: "cold af in beijing today", "北京今天好冷" (no one of the family there).
WEATHER = re.compile(
    r"\b(?:cold|freezing|hot|warm|snow(?:ing|y)?|rain(?:ing|y)?|smog(?:gy)?|haze|hazy|windy|humid"
    r"|weather|sunny|storm(?:y)?|heat ?wave)\b|天气|好冷|真冷|太冷|好热|真热|太热|下雪|下雨|雾霾|刮风|降温"
    r"|下(?:大|小|暴)(?:雪|雨)"
)


def _weather_only(clause: str) -> bool:
    """A city named as where the weather is, no one of the family said to be there: "cold af
    in beijing today, stay warm everyone"."""
    return bool(WEATHER.search(clause)) and not FIRST_PERSON.search(clause)


# A measure of a city, a clause of its own: 济南的托育补贴, 北京这边的生育津贴 (no verb, no family).
CITY_MEASURE = re.compile(
    r"\s*(?:济南|北京|jinan|beijing)(?:市)?(?:这边|那边)?(?:的)?[^，,。\s]{0,6}?"
    r"(?:补贴|补助|津贴|政策|标准|待遇|福利|照顾)\s*"
)
# A question put as "A not A" (还给不给, 能领不能领) or closed by 不 after 有啥 (有啥额外照顾不).
A_NOT_A = re.compile(r"([\u4e00-\u9fff])不\1|有(?:啥|什么|哪些)[^，,。]{0,8}(?:不|吗|没)?\s*$")


def _measure_of_a_city_asked(norm: str, pieces: list[tuple[int, str]], asked: str | None) -> bool:
    """The city names a measure asked about, the family said nowhere: 济南的托育补贴 上幼儿园了还
    给不给, 北京三孩家庭有啥额外照顾不 (not 我们在济南 托育补贴给不给, the family's city)."""
    if (
        asked == "city"
        or FIRST_PERSON.search(norm)
        or re.search(r"俺|家里|孩子(?:他|她)?[爸妈]", norm)
    ):
        return False
    if not (QUESTION.search(norm) or A_NOT_A.search(norm)):
        return False
    return any(
        CITY_MEASURE.fullmatch(c)
        or (KIND_OF_CITY_FAMILY.match(c) is not None and A_NOT_A.search(c) is not None)
        for _, c in pieces
    )


# 北京三孩家庭, 济南的双胞胎家庭: a kind of family of a city, named in a question.
KIND_OF_CITY_FAMILY = re.compile(
    r"\s*(?:济南|北京|jinan|beijing)(?:市)?(?:的)?[^，,。\s]{0,5}?(?:家庭|人家|家长|户)"
)


def _topic_only(clause: str) -> bool:
    """A city named in a question about a measure ("how much is it in Beijing?"), not said of
    the family."""
    if household.COMPARED.search(clause) and not re.search(
        r"我|俺|咱|\bwe\b|\bour\b|\bmy\b", clause
    ):
        return True  # 北京户口和外地户口有区别吗
    return bool(QUESTION.search(clause)) and not FIRST_PERSON.search(clause)


def _kind(correcting: bool, before: dict[str, Any], fact: str) -> UpdateKind:
    field_name = fact.split(".", 1)[1]
    has_value = before.get(field_name) is not None or (
        field_name in ("birth_date", "due_date")
        and (before.get("birth_date") or before.get("due_date"))
    )
    return "correction" if correcting and has_value else "statement"


def _listed_child_named(
    told: list[Child], known: list[dict[str, Any]], count: int | None
) -> list[Child]:
    """`told`, with a child named by its order and told only a height ("kids are 4 and 1, my
    older one is about 1.1m", "… the younger one is 80cm") merged into that child of the ages
    listed before it: one of them, not one more (tester 53 c9 was read back three children).
    Only when no child is known or counted (those place the order themselves)."""
    if known or count:
        return told
    listed = [c for c in told if c.order is None and not c.youngest]
    named = [c for c in told if c not in listed]
    if (
        len(listed) < 2
        or len(named) != 1
        or not PLURAL_CHILDREN.fullmatch(listed[0].word)
        or any(
            c.birth is None or c.birth.kind != "age" or c.pregnant or c.size != 1 or c.new
            for c in listed
        )
        or any(c.word for c in listed[1:])
        or [c.first for c in listed] != list(range(listed[0].first, listed[0].first + len(listed)))
    ):
        return told
    child = named[0]
    if (
        child.birth is not None
        or child.due is not None
        or child.pregnant
        or child.size != 1
        or child.first < listed[-1].first
        or (child.height is None and child.below is None)
        or not (child.youngest or (child.order is not None and child.order <= len(listed)))
    ):
        return told
    by_age = sorted(listed, key=lambda c: c.birth.value if c.birth else date.max)
    target = by_age[-1] if child.youngest else by_age[(child.order or 1) - 1]
    target.height, target.height_span = child.height, child.height_span
    target.below, target.below_span = child.below, child.below_span
    return listed


def _settle(
    told: list[Child],
    known: list[dict[str, Any]],
    count: int | None,
    text: str,
    reserved: set[int] | None = None,
    correcting: bool = False,
    about: int | None = None,
    asked: str | None = None,
) -> list[tuple[Child, int]]:
    """Birth orders: said ones first; the youngest is the last; twins together; the rest by age.
    `reserved`: orders named in the message with nothing told of them ("老大是外孙"), which a
    child told of without an order does not take. `about`: the child under discussion, whom a
    correction naming no child corrects. `asked`: the fact the bot just asked about."""
    placed: list[tuple[Child, int]] = []
    taken: set[int] = set(reserved or ())
    for child in told:
        if child.order is not None:
            order = _middle_order(child, told) if child.middle else child.order
            if child.birth_ref:  # 怀二胎 with twins known, 头胎双胞胎 二胎是个小子: the third
                order = _child_of_birth(order, known)
            if child.pregnant and child.birth_ref and count and not known and order <= count:
                order = count + 1  # 怀了三胎 前面一个儿子一对龙凤胎: twins were one birth
            placed.append((child, order))
            taken.update(range(order, order + child.size))
    for child in told:
        if (
            child.youngest
            and child.order is None
            and child.birth is not None
            and any(
                other is not child
                and not other.pregnant
                and other.birth is not None
                and other.birth.value > child.birth.value
                for other in told
            )
        ):  # 大孙女十五 小孙女十三 孙子刚满月: the younger granddaughter, not the youngest child
            child.youngest = False
    total = count or len(known) or None
    if total:
        for child in told:
            if child.youngest:  # "the youngest are twins": the last two orders
                last = max(total - child.size + 1, 1)
                if (
                    not count
                    and not correcting
                    and (
                        OLDER_SIBLINGS.search(text)
                        or (child.birth is not None and child.birth.kind == "date")
                    )
                    and _born_after_every_known(child, known)
                ):  # 小闺女上周一生的 哥哥姐姐都抢着抱, "xiaobao came last wednesday", the known
                    # born years ago: a new one
                    last = len(known) + 1
                elif last in taken and not count and _born_after_every_known(child, known):
                    last = max(taken) + 1  # the eldest named beside it is the one known
                elif child.new and _born_after_every_known(child, known):
                    last = len(known) + 1  # 还有个小的八个月, the twins known: one more
                    if count and last > total:
                        last = max(total - child.size + 1, 1)
                placed.append((child, last))
                taken.update(range(last, last + child.size))
    rest = [c for c in told if c.order is None and not c.youngest]
    born = sorted(
        (c for c in rest if not c.pregnant),
        key=lambda c: (c.birth.value if c.birth else date.max, _sibling_rank(c.word), c.first),
    )
    known_born = [k for k in known if k.get("birth_date") or k.get("due_date", "x") is not None]
    for child in born:
        if _age_of_an_ordered_one(child, told, text):
            continue  # "the 4 year old, my 2nd, born jan 2023": the 2nd's date, no other child
        # the one child told with no order, a known child in talk, no order taken yet
        in_talk = about is not None and 1 <= about <= len(known) and not taken and len(born) == 1
        talked = about or 0  # the child in talk, when `in_talk`
        if child.later:
            start = max(taken) + 1 if taken else 2
        elif (
            child.twin_of > 1
            and child.size == 1
            and child.twin_place >= 0
            and (run := _known_multiples(known, child.twin_of))
            and len(run) == child.twin_of
            and run[child.twin_place] not in taken
        ):
            start = run[child.twin_place]  # 双胞胎姐姐一米二四 妹妹一米二, an elder brother known
        elif child.ahead and known:  # a birth still to come: the pregnancy known, or the next
            start = next(
                (i for i, k in enumerate(known, 1) if "due_date" in k and not k.get("birth_date")),
                len(known) + 1,
            )
        elif correcting and in_talk and not child.new and child.birth is not None:
            start = talked  # "说错了 是前年十月生的" while the talk is of 老二
        elif (
            in_talk
            and not child.new
            and child.size == 1
            and _day_alone_of_a_known_month(child, known[talked - 1], text)
        ):
            start = talked  # 她是12号生的 while the talk is of 老二, born May 2023 (tester 42 c03)
        elif (
            in_talk
            and child.birth is not None
            and child.birth.approx
            and _age_agrees(
                known[talked - 1].get("birth_date"),
                child.birth.iso,
                text[child.birth.start : child.birth.end],
            )
        ):
            start = (
                talked  # "他现在两岁多了" of 老二 known born 2024-09: that child (tester 40 r08)
            )
        elif (
            not taken
            and not child.new
            and len(born) == 1
            and child.size == 1
            and (held := _year_only_asked(child, known, about, asked)) is not None
        ):
            start = held  # "老三是2025年几月出生的？" "3月份": that child's month, of that year
        elif (
            not taken
            and not child.new
            and len(born) == 1
            and (same := _known_of_the_birth(child, known, text)) is not None
        ):
            start = same  # "our May 2023 baby", 2nd born May 2023 and 1st undated: the 2nd
        elif (
            in_talk
            and not child.new
            and child.birth is not None
            and not known[talked - 1].get("birth_date")
            and not known[talked - 1].get("due_date")
        ):
            start = talked  # 她是去年6月生的 while the talk is of 老二, whose date is not known
        elif (
            about is not None
            and about > len(known)
            and not count
            and not taken
            and not child.new
            and not child.ahead
            and len(born) == 1
            and child.size == 1
            and child.birth is not None
        ):
            start = about  # "my 2nd kid …", then "she was born june 2025": that 2nd (tester 41 c10)
        elif (
            correcting
            and not taken
            and not child.new
            and len(born) == 1
            and child.size == 1
            and child.birth is not None
            and len(dated := [i for i, k in enumerate(known, 1) if k.get("birth_date")]) == 1
            and not any(k.get("due_date") for k in known)
        ):
            start = dated[
                0
            ]  # 不对 孙子是前年十月生的, the grandson told as 老二 and dated: his date
        elif (
            in_talk
            and not child.new
            and child.size == 1
            and child.order is None
            and child.birth is None
            and child.due is None
            and (child.height is not None or child.below is not None)
        ):
            start = talked  # 孩子1米2 while the talk is of the 外孙女 (老二), 老大 undated (tester
            # 126 p3 had the height put on 老大, never spoken of)
        elif (
            (
                undated := next(
                    (i for i, k in enumerate(known, 1) if not k and not (count and i > count)),
                    None,
                )
            )  # not a child beyond the count told ("we have 3 children: a boy of 5 …")
            is not None
            and not taken
            and len(born) == 1
            and child.birth is not None
        ):
            start = undated  # the answer to "第1个孩子是哪年哪月出生的？"
            child.guessed = (
                about is None
                and asked is None
                and child.size == 1
                and sum(1 for k in known if not k) > 1
            )  # "she was born may 2023" of two undated children, none in talk: asked which
        elif (
            child.size > 1
            and child.birth is None
            and not child.new
            and (run := _known_multiples(known, child.size))
            and not any(o in taken for o in run)
        ):
            start = run[0]  # "双胞胎都才九十": the twins known, born the same day
        elif (
            correcting
            and child.size > 1
            and not child.new
            and (run := _known_multiples(known, child.size))
            and not any(o in taken for o in run)
        ):
            start = run[0]  # "the twins were born March 2022 not 2024": the twins known, redated
        elif (
            count
            and count > len(known)
            and correcting
            and not taken
            and len(born) == 1
            and child.size == 1
            and child.birth is not None
            and _born_after_every_known(child, known)
        ):  # "actually we have three, forgot the baby lol, she's 6 weeks": the one left out
            start = len(known) + 1
        elif (
            child.size > 1
            and not correcting
            and not taken
            and len(born) == 1
            and _multiples_after_the_known(child, known)
        ):  # "twin 1 and twin 2 both born 1 jan 2023", the eldest known born 2022: the twins are
            # the children after the eldest, not the eldest redated
            start = len(known) + 1
        elif known_born and not taken and not child.new and len(born) == 1:
            start = _nearest_known(child, known, correcting)
            child.guessed = (
                correcting
                # of the born only: "she turned 3 in october" beside twins still due is the one
                # born child's (tester 139 p11 was asked which child)
                and sum(1 for k in known if k.get("birth_date")) > 1
                and about is None
                and child.size == 1
                and not _plainly_nearest(child, known, start)
            )
            if correcting and child.size == 1 and not ONE_CHILD_WORD.search(child.word):
                births = _born_with(known, start)  # "sorry i meant 24.10.9, they came just after
                if len(births) > 1:  # midnight", twins known: the date of them both
                    start, child.size, child.guessed = births[0], len(births), False
        elif (
            child.new
            and (newest := _recent_known_multiples(child, known)) is not None
            and not any(o in taken for o in range(newest, newest + child.size))
        ):  # 刚生的这对双胞胎 of the twins known born last month: those twins, no new ones
            start, child.birth = newest, None
        elif child.new and known:
            start = len(known) + 1
        elif (
            child.size > 1
            and count
            and not taken
            and count > child.size
            and not any(
                c.birth is not None
                and child.birth is not None
                and c.birth.value > child.birth.value
                for c in born
            )  # twins born before a child told of come first
        ):
            start = count - child.size + 1
        else:
            start = 1
            while any(o in taken for o in range(start, start + child.size)):
                start += 1
        placed.append((child, start))
        taken.update(range(start, start + child.size))
    for child in told:
        if child.youngest and not total:  # 小的 / "the youngest": after the others told of
            last = max(taken) + 1 if taken else 1
            named = {o for c, o in placed if c.order is not None} | set(reserved or ())
            if (
                child.size == 1
                and not child.new
                and last - 1 in named
                and len(named) >= 2
                and all(not c.told and c.size == 1 for c, o in placed if o == last - 1)
            ):  # 大孙子… 二孙子… 大的五岁小的三岁: the younger of the two named, not a third
                last -= 1
            placed.append((child, last))
            taken.add(last)
    for child in rest:
        if not child.pregnant:
            continue
        waiting = next(
            (i for i, k in enumerate(known, 1) if "due_date" in k and not k.get("birth_date")), None
        )
        if waiting is not None:
            start = waiting
            twins = [
                i for i, k in enumerate(known, 1)
                if i >= waiting and not k.get("birth_date") and k.get("due_date")
                and k.get("due_date") == known[waiting - 1].get("due_date")
            ]  # fmt: skip
            expected = [
                k for k in known[waiting - 1 :] if "due_date" in k and not k.get("birth_date")
            ]
            same = next(
                (
                    i
                    for i, k in enumerate(expected)
                    if k.get("due_date") != expected[0].get("due_date")
                ),
                len(expected),
            )
            if (
                child.size == 1
                and len(twins) >= 2
                and twins == list(range(waiting, waiting + len(twins)))
            ):
                child.size = len(twins)  # "预产期是一月 不是十二月", twins expected: both of them
            elif child.size == 1 and same > 1 and not MULTIPLES.search(text):
                child.size = same  # the twins known to be on the way: one due date for both
        else:
            start = max([*taken, len(known), 0]) + 1
            if count and start <= count:
                start = count + 1
        placed.append((child, start))
        taken.update(range(start, start + child.size))
    del text
    return placed


def _child_of_birth(birth: int, known: list[dict[str, Any]]) -> int:
    """The child order of a birth named by its number (二胎, 第三胎): a multiple birth known
    before it counts once (怀二胎 with twins known = the third child)."""
    births = _births_of(known)
    if len(births) < len(known):
        return births[birth - 1][0] if birth <= len(births) else len(known) + birth - len(births)
    return birth  # the multiple births told in the message: counted as the order was named


def _middle_order(child: Child, told: list[Child]) -> int:
    """The order of "the middle one": after every child told as born before it ("twins 7, middle
    boy 4, baby 10 weeks" = 3rd), else the second."""
    if child.birth is None:
        return 2
    older = sum(
        c.size
        for c in told
        if c is not child and c.birth is not None and c.birth.value < child.birth.value
    )
    return older + 1 if older > 1 else 2


OLDER_SIBLINGS = re.compile(r"哥哥|姐姐|哥俩|姐俩|姐弟|兄妹|big (?:brother|sister|sis|bro)")


def _born_after_every_known(child: Child, known: list[dict[str, Any]]) -> bool:
    """A child born more than a year after every known child (none of them to come)."""
    if child.birth is None or child.birth.kind not in ("age", "date") or not known:
        return False
    day = child.birth.value
    dates = [_period(k.get("birth_date")) for k in known]
    return all(p is not None and (day - p[1]).days > 366 for p in dates)


def _twins_by_sibling_word(told: list[Child]) -> None:
    """Twins named one by one by sibling words ("龙凤胎哥哥一米二 妹妹一米一五 快五岁了", 双胞胎姐姐
    一米二 妹妹一米一八 六岁半): the younger word is the other twin, and the age told of one is
    both's (their birth is one), so the elder word comes first. Updates `told` in place."""
    twins = [c for c in told if c.twin_of == 2 and c.size == 1 and c.order is None]
    elder = [c for c in twins if c.twin_place == 0 and c.word in ("哥哥", "姐姐")]
    if len(elder) != 1:
        return
    if len(twins) == 1:
        younger = [
            c
            for c in told
            if c.word in ("弟弟", "妹妹") and c.twin_of == 0 and c.order is None and c.size == 1
        ]
        if len(younger) != 1:
            return
        younger[0].twin_of, younger[0].twin_place = 2, 1
        twins = [elder[0], younger[0]]
    if len(twins) != 2:
        return
    births = {c.birth.iso for c in twins if c.birth is not None}
    if len(births) == 1:
        shared = next(c.birth for c in twins if c.birth is not None)
        for child in twins:
            child.birth = child.birth or shared


def _sibling_rank(word: str) -> int:
    """哥哥 / 姐姐 come before 弟弟 / 妹妹 when nothing else orders them."""
    return (
        0 if word in ("哥哥", "姐姐", "brother", "sister") else 2 if word in ("弟弟", "妹妹") else 1
    )


BABY = re.compile(r"宝宝|小宝宝|宝贝|baby|the baby|our baby|my baby", re.I)


def _multiples_after_the_known(child: Child, known: list[dict[str, Any]]) -> bool:
    """Twins (or triplets) told with a date that falls after the whole period of every known
    child's birth (each dated, no twins among them): children not told of before, since no
    known child can be one of them."""
    if child.birth is None or child.birth.kind != "date" or not known:
        return False
    if _known_multiples(known, child.size):
        return False  # "the twins were born on the 14th": the twins known, their day told
    periods = [_period(k.get("birth_date")) for k in known]
    return all(p is not None and p[1] < child.birth.value for p in periods)


def _year_only_asked(
    child: Child, known: list[dict[str, Any]], about: int | None, asked: str | None
) -> int | None:
    """The known child born in a year told without its month whose month a date said without
    a year answers ("老三是2025年几月出生的？" "3月份 医保呢"): the child in talk when it is such a
    child, else, the children asked, the only such child. The date is then of that year
    (_in_the_known_year), not the latest such month and a child not told of before (tester 48
    c06 got "老四2026年3月出生"). None when the date names its year, or no such child is meant."""
    birth = child.birth
    if birth is None or birth.kind != "date" or not birth.floating or birth.day_alone:
        return None
    year_only = [
        order
        for order, k in enumerate(known, 1)
        if re.fullmatch(r"\d{4}", str(k.get("birth_date") or "")) and not k.get("due_date")
    ]
    if about in year_only:
        return about
    if asked == "children" and len(year_only) == 1:
        return year_only[0]
    return None


def _known_of_the_birth(child: Child, known: list[dict[str, Any]], text: str) -> int | None:
    """The one known child a birth told of no child by order agrees with: its month, or an age
    true of its date ("she was born june 2025", "she's 3 now" of a 2nd born 2023-05 with the
    eldest's date unknown: that 2nd, not the eldest, and no twins; testers 41 c07, c10). None
    when no child, or more than one, agrees."""
    birth = child.birth
    if birth is None or birth.kind not in ("date", "age"):
        return None
    span = text[birth.start : birth.end]
    first = birth.value
    last = first.replace(month=12, day=31) if birth.precision == "year" else first
    if birth.precision == "month":
        last = date.fromordinal(add_months(first.replace(day=1), 1).toordinal() - 1)
    agreeing = []
    for order, k in enumerate(known, 1):
        told = k.get("birth_date")
        if not told:
            continue
        if birth.kind == "age":
            agrees = _age_agrees(told, birth.iso, span.strip())
        else:
            period = _period(told)
            agrees = period is not None and period[0] <= last and first <= period[1]
        if agrees:
            agreeing.append(order)
    return agreeing[0] if len(agreeing) == 1 else None


# How far apart an age and an order with its date may be said to be of one child ("the 4 year
# old, my 2nd, born jan 2023").
SAME_PHRASE = 40


def _age_of_an_ordered_one(child: Child, told: list[Child], text: str) -> bool:
    """`child` is an age said beside a child named by its order whose date, told in the same
    message, the age is true of: that child's age, not another child's (tester 40 n4)."""
    birth = child.birth
    if child.order is not None or child.youngest or birth is None or birth.kind != "age":
        return False
    return any(
        other is not child
        and other.order is not None
        and other.size == 1
        and other.birth is not None
        and other.birth.kind == "date"
        and abs(other.birth.start - birth.start) <= SAME_PHRASE
        and _near_age(other.birth.iso, birth.iso)
        for other in told
    )


def _near_age(told: str, estimate: str) -> bool:
    """An age said in round years of a date told beside it, within a year ("the 4 year old …
    born jan 2023" on 1 December 2026: 3 years 10 months)."""
    k, e = _months(told), _months(estimate)
    return k is not None and e is not None and abs(k - e) <= 12


def _nearest_known(child: Child, known: list[dict[str, Any]], correcting: bool = False) -> int:
    """Which known child an unnamed child is (one known child: that one; else the nearest date).
    A date more than a year from every known child's, not said as a correction, is a child not
    told of before: the next order."""
    if child.birth is not None and not correcting and child.birth.kind in ("age", "date"):
        day = child.birth.value
        last = day.replace(month=12, day=31) if child.birth.precision == "year" else day
        gaps = [_gap_days(k, day, last) for k in known]  # "born in 2022": any day of that year
        if all(g is not None and g > 366 for g in gaps):
            return len(known) + 1
    if len(known) == 1 or child.birth is None:
        measured = child.height is not None or child.below is not None
        born = [i for i, k in enumerate(known, 1) if k.get("birth_date")]
        if measured and child.birth is None and len(born) > 1 and BABY.fullmatch(child.word):
            return born[-1]  # "baby under 1.3m", 宝宝还不到1米3: the youngest of several
        if measured and child.birth is None:
            same = [
                i
                for i, k in enumerate(known, 1)
                if child.height is not None and k.get("height_cm") == child.height
            ]
            if len(same) == 1:  # "is my 1.25m kid free", the eldest known 125 cm: the eldest
                return same[0]  # again, no other child measured (tester 127 p7)
            return next((i for i, k in enumerate(known, 1) if k.get("height_cm") is None), 1)
        return 1
    new = child.birth.value

    def distance(item: tuple[int, dict[str, Any]]) -> int:
        raw = str(item[1].get("birth_date") or item[1].get("due_date") or "")
        if not raw:
            return 10**6
        parts = [int(p) for p in raw.split("-")] + [1, 1]
        return abs((date(parts[0], parts[1], parts[2]) - new).days)

    return min(enumerate(known, 1), key=distance)[0]


def _period(value: Any) -> tuple[date, date] | None:
    """The first and last day a date said to a year, month or day covers."""
    parts = [int(p) for p in str(value or "").split("-") if p.isdigit()]
    if not parts:
        return None
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    first = date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)
    if len(parts) > 2:
        return first, first
    return first, date.fromordinal(add_months(first, 1).toordinal() - 1)


# Benefits taken up again (今年又吃上低保了, 去年重新办的, "back on dibao since may"): they were
# held before too, so a birth before the start tells nothing (tester 59 c05 heard of none).
RESUMED = re.compile(r"又|再次|重新|\bagain\b|\bback on\b", re.I)


def _births_against_start(
    span: str,
    known_children: list[dict[str, Any]],
    updates: list[FactUpdate],
    today: date,
    add: Any,
) -> None:
    """To the question about the births, 低保是去年才办的 (on benefits since a time told): no at the
    births before it, yes at those after; a birth in the same period as the start is unsaid, and
    so is a birth before benefits taken up again."""
    if not household.STARTED.search(span) and not household.GOT_ON.search(span):
        return
    start = next(
        (m for m in find_mentions(span, today) if m.kind == "date" and m.value <= today), None
    )
    if start is None:
        return
    since = _period(start.iso)
    if since is None:
        return
    births = {i: k.get("birth_date") for i, k in enumerate(known_children, 1)}
    births.update({u.child: u.value for u in updates if u.fact == "child.birth_date" and u.child})
    resumed = RESUMED.search(span) is not None
    held: dict[int, bool] = {}
    for order, born in births.items():
        period = _period(born)
        if period is None:
            continue  # a birth of unknown date: no answer for it, nor for every birth
        if period[1] < since[0] and not resumed:
            held[order] = False
        elif period[0] > since[1]:
            held[order] = True
    if not held:
        return
    if len(held) == len(births) and len(set(held.values())) == 1:
        add("hardship_at_birth", next(iter(held.values())), span)
        return
    for order, value in sorted(held.items()):
        add("child.hardship_at_birth", value, span, order)


# The ends of a benefit's period told by dates: 从2020年3月领到2021年3月, 从2021年吃低保一直吃到
# 现在, 失业金去年11月就领完了, 去年6月失业的 … 一直领到今年5月.
PERIOD_FROM_BEFORE = re.compile(r"从\s*$")
PERIOD_FROM_AFTER = re.compile(
    r"\s*(?:份)?(?:就|才)?(?:开始|起)|\s*(?:份)?(?:就|才)?(?:批|办|评)(?:下来|上)?(?:的|了)"
)
# A job lost at a date (去年6月失业的): the benefit began after it, so a birth after that date
# and before the end had it; a birth before tells nothing (another benefit may have run then).
JOB_LOST_AT = re.compile(r"\s*(?:份)?(?:就|才)?(?:失业|下岗|被裁|丢了工作)")
PERIOD_TO_BEFORE = re.compile(r"(?:领|吃|拿|一直|直)\s*(?:到|至)\s*$")
PERIOD_TO_AFTER = re.compile(
    r"\s*(?:份)?(?:底|末)?(?:就|才)?(?:领完|吃完|停|断|没了|到期|退(?:出)?|取消)"
)
PERIOD_TO_NOW = re.compile(r"(?:到|至)\s*(?:现在|如今|今天|目前)|至今")
PERIOD_TO_AFTER_FROM = re.compile(r"(?:到|至)\s*$")  # 从20年10月到22年6月: the end, after a start


def _benefit_period(
    norm: str, today: date
) -> tuple[tuple[date, date] | None, tuple[date, date] | None, bool, bool]:
    """The first and last month (each as the days it covers) of a benefit's period told by
    dates, whether it runs to the present, and whether the start is only a job lost."""
    start: tuple[date, date] | None = None
    end: tuple[date, date] | None = None
    job_only = False
    for m in find_mentions(norm, today):
        if m.kind != "date" or m.value > today:
            continue
        if start is None and (
            PERIOD_FROM_BEFORE.search(norm, 0, m.start) or PERIOD_FROM_AFTER.match(norm, m.end)
        ):
            start = _period(m.iso)
        elif start is None and JOB_LOST_AT.match(norm, m.end):
            start, job_only = _period(m.iso), True
        elif end is None and (
            PERIOD_TO_BEFORE.search(norm, 0, m.start)
            or PERIOD_TO_AFTER.match(norm, m.end)
            or (start is not None and PERIOD_TO_AFTER_FROM.search(norm, 0, m.start))
        ):
            end = _period(m.iso)
    return start, end, bool(PERIOD_TO_NOW.search(norm)), job_only


# A benefit held from before one birth to after another (从老大出生前一直到老二出生后, 从生老大之前
# 到生老三以后): held at each birth between.
ACROSS_BIRTHS = re.compile(
    r"从\s*(?P<a>[^，,。从到]{1,8}?)(?:出生|生|落地)?(?:之|以)?前[^，,。到]{0,6}?到\s*"
    r"(?P<b>[^，,。到]{1,8}?)(?:出生|生|落地)?(?:之|以)?后"
)


def _births_across(norm: str) -> list[int]:
    """The birth orders from the first to the last one a benefit is said held across."""
    m = ACROSS_BIRTHS.search(norm)
    if m is None or household.NEGATION.search(norm):
        return []
    first, last = birth_orders_named(m.group("a")), birth_orders_named(m.group("b"))
    if len(first) != 1 or len(last) != 1 or not 0 < first[0] < last[0]:
        return []
    return list(range(first[0], last[0] + 1))


def _whole_year(period: tuple[date, date]) -> bool:
    """The period is a year told without its month."""
    return (period[0].month, period[1].month) == (1, 12) and period[0].year == period[1].year


def _births_against_a_period(
    norm: str,
    known_children: list[dict[str, Any]],
    updates: list[FactUpdate],
    today: date,
    add: Any,
) -> None:
    """A benefit's period told by dates, no birth named with it (失业金从2020年3月领到2021年3月,
    从2021年吃低保一直吃到现在, 失业金去年11月就领完了 老二今年3月生的): yes at each birth inside it,
    no at each birth before its start or after its end; a birth in the month of an end is unsaid."""
    start, end, to_now, job_only = _benefit_period(norm, today)
    if start is None and end is None:
        return
    if to_now:
        end = (today, today)
    elif start and end and _whole_year(start) and _whole_year(end):
        return  # 低保从22年开始领的 一直领到去年: told in whole years, too rough to place births
    births = {i: k.get("birth_date") for i, k in enumerate(known_children, 1)}
    births.update({u.child: u.value for u in updates if u.fact == "child.birth_date" and u.child})
    held: dict[int, bool] = {}
    earlier: list[int] = []  # the births before the start
    for order, born in births.items():
        period = _period(born)
        if period is None:
            return  # a birth of unknown date: no answer for any
        if end and not to_now and period[0] > end[1]:
            held[order] = False
        elif start and not job_only and period[1] < start[0]:
            earlier.append(order)
        elif start and end and start[1] < period[0] and period[1] < end[0]:
            held[order] = True
    if any(held.values()):  # 从2021年吃低保: no at the births before, as one after had it
        held.update({order: False for order in earlier})
    if not held:
        return  # 去年开始领低保 到现在还领着, every birth before it: a start, the births unsaid
    if len(held) == len(births) >= 2 and len(set(held.values())) == 1:
        add("hardship_at_birth", next(iter(held.values())), norm)
        return
    for order, value in sorted(held.items()):
        add("child.hardship_at_birth", value, norm, order)


# A benefit held over years told: "dibao from 2019 until now", "we had tekun 2018 to 2021",
# "shiyejin from 2020 till 2022".
BENEFIT_SPAN = re.compile(
    r"(?:" + household.HARDSHIP.pattern + r")[^.;!?]{0,24}?\b(?:from |since )?(?P<a>(?:19|20)\d{2})"
    r"\s*(?:to|until|till|til|through|thru|-|~)\s*(?:(?P<b>(?:19|20)\d{2})|(?P<now>now|today|present))\b"
)


# The years first, then the benefit: "from 2019 to 2022 we had dibao", "2020-2023 on tekun".
BENEFIT_SPAN_FIRST = re.compile(
    r"\b(?:from |since )?(?P<a>(?:19|20)\d{2})\s*(?:to|until|till|til|through|thru|-|~)\s*"
    r"(?:(?P<b>(?:19|20)\d{2})|(?P<now>now|today|present))\b[^.;!?]{0,16}?(?:"
    + household.HARDSHIP.pattern
    + r")"
)


# The same in Chinese, the years two or four digits: 失业金是19年到21年领的, 低保从2018年吃到2021年,
# 19年到21年领的失业金, 特困从20年一直领到现在.
_CN_YEAR = r"(?:19|20)?\d{2}\s*年"
BENEFIT_SPAN_CN = re.compile(
    r"(?:"
    + household.HARDSHIP.pattern
    + r")[^，,。？?]{0,6}?(?:是|从|打)?\s*(?P<a>"
    + _CN_YEAR
    + r")(?:开始)?\s*(?:一直)?(?:领|吃|拿)?\s*(?:到|至|-|~)\s*(?:(?P<b>"
    + _CN_YEAR
    + r")|(?P<now>现在|如今|目前|今天))"
    r"|(?:从|打)?\s*(?P<a2>"
    + _CN_YEAR
    + r")(?:开始)?\s*(?:一直)?(?:领|吃|拿)?\s*(?:到|至|-|~)\s*(?:(?P<b2>"
    + _CN_YEAR
    + r")|(?P<now2>现在|如今|目前))[^，,。？?]{0,6}?(?:"
    + household.HARDSHIP.pattern
    + ")"
)
# The benefit's time told as one year: 领失业金是24年那会儿, 吃低保是2022年的事, 低保是22年那阵领的.
BENEFIT_YEAR_CN = re.compile(
    r"(?:"
    + household.HARDSHIP.pattern
    + r")(?:的时候|那会儿?|那阵子?)?\s*(?:是|在)\s*(?P<y>"
    + _CN_YEAR
    + r")(?=\s*(?:那会|那阵|那时|的时候|的事|那年|间|里|领|吃|\s|$))"
)


def _year_of(said: str, today: date) -> int:
    """A year said with two or four digits (19年, 2019年): the full year."""
    year = int(re.sub(r"\D", "", said))
    return year if year >= 100 else 2000 + year if 2000 + year <= today.year + 1 else 1900 + year


def _span_of_years(
    norm: str, today: date, updates: list[FactUpdate]
) -> tuple[int, int, str, str] | None:
    """The first and last year a benefit is said held (the year after this one for "to now"),
    the words saying it and the words of its first year, in English or Chinese."""
    m = BENEFIT_SPAN.search(norm) or BENEFIT_SPAN_FIRST.search(norm)
    if m is not None:
        last = today.year + 1 if m.group("now") else int(m.group("b"))
        return int(m.group("a")), last, m.group(0), m.group("a")
    m = BENEFIT_SPAN_CN.search(norm)
    if m is None:
        return None
    start = m.group("a") or m.group("a2")
    to_now = m.group("now") or m.group("now2")
    last = today.year + 1 if to_now else _year_of(m.group("b") or m.group("b2"), today)
    return _year_of(start, today), last, m.group(0), start


def _births_in_a_span(
    norm: str,
    known_children: list[dict[str, Any]],
    updates: list[FactUpdate],
    today: date,
    add: Any,
) -> None:
    """The benefit held from one year to another (or to now), and births told by their year:
    yes at the births in the years between, no at those before or after; a birth in the first
    or last year is unsaid. Only births the message has given no answer of their own. A benefit
    told of one year (领失业金是24年那会儿): yes at the births of that year, the others unsaid."""
    span = _span_of_years(norm, today, updates)
    whole = [u for u in updates if u.fact == "hardship_at_birth"]
    if whole and (
        span is None or any(u.value is not True or not _spans_meet(u.span, span[2]) for u in whole)
    ):
        return
    if span is None:
        _births_in_the_year(norm, known_children, updates, today, add)
        return
    first, last, said, start = span
    if not first < last <= today.year + 1:
        return
    if last < today.year:  # "dibao from 2019 to 2024", told in 2026: held then, no word of now
        updates[:] = [
            u for u in updates
            if not (u.fact == "hardship_now" and u.value is True and start in u.span)
        ]  # fmt: skip
    if BENEFIT_SPAN_CN.search(said) and any(u.fact == "child.hardship_at_birth" for u in updates):
        return  # 特困是从20年吃到23年的 老大出生那会儿在吃: the births answered one by one
    births = {i: k.get("birth_date") for i, k in enumerate(known_children, 1)}
    births.update({u.child: u.value for u in updates if u.fact == "child.birth_date" and u.child})
    answered = {u.child for u in updates if u.fact == "child.hardship_at_birth"}
    placed: dict[int, bool] = {}
    for order, born in sorted(births.items()):
        period = _period(born)
        if period is None or order in answered:
            continue
        if first < period[0].year and period[1].year < last:
            placed[order] = True
        elif period[1].year < first or period[0].year > last:
            placed[order] = False
    if whole and (len(placed) < len(births) or all(placed.values())):
        return  # "on dibao" of every birth stands unless each birth is placed, one without
    updates[:] = [u for u in updates if u not in whole]  # 低保从21年吃到24年: birth by birth
    for order, value in placed.items():
        add("child.hardship_at_birth", value, said, order)


def _spans_meet(one: str | None, other: str) -> bool:
    """Whether two spans of a message share words (one holds the other)."""
    return bool(one) and (one in other or other in one)  # type: ignore[operator]


def _births_after_a_start(
    norm: str,
    known_children: list[dict[str, Any]],
    updates: list[FactUpdate],
    today: date,
    add: Any,
) -> None:
    """特困今年1月份批下来的 一直领着 老大出生那会儿还没有 老二4月生的: a benefit held now since a
    start told by its date; the births after the start month that the message gave no answer
    of their own had it."""
    if not any(u.fact == "hardship_now" and u.value is True for u in updates) or any(
        u.fact == "hardship_at_birth" for u in updates
    ):
        return  # 前年开始领低保 … 生娃时也在领: every birth answered already
    start, end, _to_now, job_only = _benefit_period(norm, today)
    if start is None or end is not None or job_only:
        return
    births = {i: k.get("birth_date") for i, k in enumerate(known_children, 1)}
    births.update({u.child: u.value for u in updates if u.fact == "child.birth_date" and u.child})
    answered = {u.child for u in updates if u.fact == "child.hardship_at_birth"}
    for order, born in sorted(births.items()):
        period = _period(born)
        if period is not None and order not in answered and period[0] > start[1]:
            add("child.hardship_at_birth", True, norm, order)


# A benefit ended before a birth, told as done (生之前低保就停了, 老二出生前失业金就领完了).
ENDED_BEFORE_DONE = re.compile(
    r"(?:生|出生)[^，,]{0,6}?(?:之|以)?前[^，,]{0,6}?(?:就|早就|已经)?(?:停|断|没|领完|到期)了"
)


def _stopped_before_a_recent_birth(
    updates: list[FactUpdate],
    known_children: list[dict[str, Any]],
    today: date,
    add: Any,
) -> None:
    """上上个月生的二宝 生之前低保就停了, 生之前低保就停了 (the newest birth, months ago): the
    benefit ended before a birth of the last year, told as "the birth" or dated by the message
    itself, and nothing since says it began again, so not held now either (a stop before a birth
    years ago, or before a known birth named only by its order, 老三出生前俩月失业金就停了, is that
    birth's story and says nothing of now)."""
    births = {i: k.get("birth_date") for i, k in enumerate(known_children, 1)}
    births.update({u.child: u.value for u in updates if u.fact == "child.birth_date" and u.child})
    dated_here = {u.child for u in updates if u.fact == "child.birth_date" and u.child}
    for u in updates:
        if u.fact not in ("child.hardship_at_birth", "hardship_at_birth") or u.value is not False:
            continue
        child = u.child or max(births, default=0)  # 孩子出生前就领完了: the newest birth
        m = ENDED_BEFORE_DONE.search(u.span)
        period = _period(births.get(child))
        if (
            m
            and period
            and (today - period[0]).days <= 366
            and child == max(births)
            and (u.child is None or child in dated_here)
        ):
            add("hardship_now", False, m.group(0))
            return


def _births_in_the_year(
    norm: str,
    known_children: list[dict[str, Any]],
    updates: list[FactUpdate],
    today: date,
    add: Any,
) -> None:
    """领失业金是24年那会儿, 老二24年的: the benefit told of one year, yes at the births of that
    year; no word of now (the hardship_now read from it is dropped), the other births unsaid."""
    m = BENEFIT_YEAR_CN.search(norm)
    if m is None:
        return
    year = _year_of(m.group("y"), today)
    births = {i: k.get("birth_date") for i, k in enumerate(known_children, 1)}
    births.update({u.child: u.value for u in updates if u.fact == "child.birth_date" and u.child})
    answered = {u.child for u in updates if u.fact == "child.hardship_at_birth"}
    those = [
        o for o, born in sorted(births.items())
        if (period := _period(born)) and period[0].year == period[1].year == year
    ]  # fmt: skip
    if not those or year >= today.year:
        return
    updates[:] = [
        u for u in updates
        if not (u.fact == "hardship_now" and u.value is True and m.group(0) in norm
                and not household.EXPLICIT_NOW.search(u.span))
    ]  # fmt: skip
    for order in those:
        if order not in answered:
            add("child.hardship_at_birth", True, m.group(0), order)


def _plainly_nearest(child: Child, known: list[dict[str, Any]], order: int) -> bool:
    """A corrected date said of a child named by a kinship word, within two years of the known
    child `order` and at least three years nearer it than to any other known child ("孙女是前年十月
    的" of a 6-year-old and a 2025 baby): that child, no need to ask which."""
    if child.birth is None or child.birth.kind not in ("date", "age"):
        return False
    if child.word in ("", "he", "she", "him", "her", "it", "他", "她", "孩子", "娃", "宝宝"):
        return False  # "不对，是2025年1月12日出生的", "he was born…" of two sons: asked which
    day = child.birth.value
    gaps = [(i, _gap_days(k, day)) for i, k in enumerate(known, 1)]
    mine = next((g for i, g in gaps if i == order), None)
    others = [g for i, g in gaps if i != order and g is not None]
    return mine is not None and mine <= 730 and all(g - mine >= 3 * 365 for g in others)


def _gap_days(known: dict[str, Any], day: date, last: date | None = None) -> int | None:
    """Days between a known child's date and `day` (or the nearest day from `day` to `last`)."""
    raw = str(known.get("birth_date") or known.get("due_date") or "")
    if not raw:
        return None
    parts = [int(p) for p in raw.split("-")] + [1, 1]
    then = date(parts[0], parts[1], parts[2])
    if last is not None and day <= then <= last:
        return 0
    return min(abs((then - day).days), abs((then - (last or day)).days))


def _asks_instead(text: str, asked: str) -> bool:
    """A reply that asks about a measure instead of answering ("那老大有补贴吗", "有没有补贴啊"):
    a question that does not start with a yes or a no; to the dibao question, any question of
    the user's own ("要带什么材料": its 要 is no yes to it)."""
    said = text.strip()
    if asked == "hardship_at_birth" and re.match(
        r"(?:在|一直|正|还)?(?:领着|吃着|拿着|在领|在吃|在拿)(?:呢)?\s*(?:低保|特困|失业)", said
    ):
        return False  # "领着失业金呢 那孙女的还能领不": the answer first, then a question
    if re.match(
        r"(?:是|对|嗯|没|不|有(?!没有))|(?:(?:probably|most likely|likely|i think|i guess|i believe)"
        r"[\s,]+)?(?:yes|yep|yeah|no|nope|nah)\b",
        said,
        re.I,
    ):
        return False
    own = asked == "hardship_at_birth" and household.ASKING.search(said)
    return bool(household.MEASURE_ASKED.search(said) or own)


# The time of the birth said first in an answer to the dibao question ("生的时候没有").
BIRTH_TIME_FIRST = re.compile(
    r"^\s*(?:生|出生)[^，,。\s]{0,8}?(?:的时候|时候|时|那会儿?|那阵子?|那时候?|那年)\s*"
    r"|^\s*(?:at (?:the |her |his )?birth|when (?:she|he|the baby) was born|back then|at the time)\b[\s,]*"
    # "both times yes", "every time no", "for all 3 births yes": the births asked of, each of them
    r"|^\s*(?:(?:both|all (?:\d )?|each|every) times?|(?:for|at|with) (?:both|all|each|every) (?:\d )?births?)\b[\s,]*"
)  # "at birth no. now yes": the answer after the time asked of


CITY_SAID_FIRST = re.compile(r"^\s*(?:济南|北京|jinan|beijing)(?:的)?(?:\s*[,，.。!！]\s*|\s+)")


# 都是吃低保那些年生的, 也是领着失业金的时候生的: 是 joining a statement of every birth, not a yes.
COPULA_ALL = re.compile(r"\s*(?:都|也|一直|全)是(?=[^\s，,。.!！~的啊呀吧哈])")


# A benefit taken up some time before a birth named (老三出生前半年他爸出了事 办的低保, 二宝生之前
# 就开始领失业金了): held at that birth.
STARTED_BEFORE_BIRTH = re.compile(
    r"(?P<who>老大|老\d\u2060?|大宝|[二三四]宝|\d宝)(?:出生|生)(?:之|以)?前"
    r"[^。.!！?？]{0,20}?(?:办|领|吃|申请|批|评)(?:的|了|上了|上|下来)?(?:低保|特困|失业金|失业保险金)"
)
NEGATION_WORD = re.compile(r"没|不是|未|停")


def _no_then_correction(text: str) -> bool:
    """A no, then words of their own, then a correction of something else (没有 都上班呢 不对
    老大是6岁): the no answers the question asked, the correction comes after it."""
    no = NO.search(text)
    fix = CORRECTION.search(text)
    return bool(
        no and fix and fix.start() > no.end() and re.search(r"\S", text[no.end() : fix.start()])
    )


# The topic of the user's own question put right: "no i asked about the LOAN not rent", "my
# question was about the loan, not renting", 我问的是贷款 不是租房, 问的不是租房 是贷款; said with
# 说的是 / "i meant" only when a measure is named ("i meant the loan, not rent", 我说的是公积金贷款
# 不是租房提取), as "i meant jinan not beijing" puts a fact right.
MEASURE_NAMED = r"(?:[^,.;!?，。？]{0,20}?(?:loan|subsid|allowance|withdraw|leave|polic|贷款|补贴|提取|假|政策))"
TOPIC_PUT_RIGHT = re.compile(
    r"\b(?:i|we)(?:'m| am| was| were)?\s+(?:asked|asking|was asking|wanted to know)"
    r"\s+(?:about\s+)?[^,.;!?]{1,30}?,?\s+not\s+(?:about\s+)?(?:the\s+)?\w+"
    r"|\bmy question (?:was|is) (?:about )?[^,.;!?]{1,30}?,?\s+not\s+(?:about\s+)?(?:the\s+)?\w+"
    r"|\bi (?:meant|mean)\s+(?:about\s+)?" + MEASURE_NAMED + r",?\s+not\s+(?:the\s+)?\w+"
    r"|(?:我|俺)?(?:是)?(?:问|想问|要问|想了解|咨询)的是[^，,。？?]{1,12}?[\s，,]*(?:而)?(?:不是|又不是)"
    r"|(?:我|俺)?(?:问|想问|要问)的(?:不是|又不是)[^，,。？?]{1,12}?[\s，,]*(?:而)?是"
    r"|(?:我|俺)?说的是" + MEASURE_NAMED + r"[\s，,]*(?:而)?(?:不是|又不是)"
    # the measure alone ("no i asked about the LOAN if we have a 3rd kid", 我问的是贷款 要是生老三;
    # tester 31 c10 was read as owning no home)
    r"|\b(?:i|we)(?:'m| am| was| were)?\s+(?:asked|asking|was asking|wanted to know)\s+about"
    + MEASURE_NAMED
    + r"|(?:我|俺)(?:是)?(?:问|想问|要问)的是"
    + MEASURE_NAMED
)


NOW_LED = re.compile(r"现在|目前|如今|这会儿?|眼下")


def _no_of_now(no: re.Match[str] | None, updates: list[FactUpdate], asked: str | None) -> bool:
    """A no led by now (现在没有了, 目前不领了) to the question of the births: the benefit now,
    read as hardship_now, no answer for the births."""
    return bool(
        no
        and asked == "hardship_at_birth"
        and NOW_LED.search(no.group(0))
        and any(u.fact == "hardship_now" for u in updates)
    )


# A reply opening with "none of" or "neither" and what it counts: the answer said in full.
NONE_OF = re.compile(r"\s*(?:none of|neither)\b")


# The present named ("现在也没有", "not now either"): a "never" answer to the births' question
# that says now too.
NOW_SAID = re.compile(
    r"现在|目前|如今|眼下|这会儿|\bnow\b|\bcurrently\b|\bthese days\b|\bany ?more\b|\bno longer\b",
    re.I,
)


def _confirmations(updates: list[FactUpdate], text: str, asked: str | None) -> list[FactUpdate]:
    """A yes/no reply to a yes/no question: the asked fact, as a confirmation."""
    if asked not in YES_NO_FACTS:
        return updates
    if TOPIC_PUT_RIGHT.search(text):
        return updates  # "no i asked about the LOAN not rent": a no to the topic, not the question
    if asked == "hardship_at_birth" and NOT_BORN_YET_REPLY.match(text):
        return updates  # "还没生呢 预产期明年一月": no birth yet, no yes or no to the benefit at it
    text = ECHOED_FIRST.sub("", text).lstrip() or text  # "dibao? nope": the answer after the topic
    if any(u.kind == "correction" and u.fact != asked for u in updates) and not _no_then_correction(
        text
    ):
        return updates  # "不对，老二是…": a correction of another fact, not a no to the question
    if _asks_instead(text, asked) and not any(u.fact == asked for u in updates):
        return updates  # "那老大有补贴吗": a question about a measure, no yes to the one asked
    if (
        asked == "hukou_in_city"
    ):  # "beijing, yes we do", "济南，是的": the city said again, then the yes
        text = CITY_SAID_FIRST.sub("", text, count=1)
    per_birth = {u.value for u in updates if u.fact == "child.hardship_at_birth"}
    if asked == "hardship_at_birth" and len(per_birth) == 2:
        return updates  # "no for the eldest, yes for the twins": an answer for each birth
    value: bool | None = None
    if (
        asked == "buying_first_home"
        and re.search(r"想买|打算买|准备买|要买|want to buy|plan(?:ning)? to buy", text)
        and not re.search(r"不想|不打算|不准备|不要买|没打算|don't want|not plan|no plan", text)
    ):
        value = True  # "还没买 想买的话也行": not bought yet, and a wish to
    elif NO.search(text):
        if _no_of_now(NO.search(text), updates, asked):
            return updates  # 现在没有了 生她那会儿有: the no is of now, the births told after
        value = False
    elif YES.search(text):
        value = True
    elif asked == "buying_first_home" and re.match(
        r"\s*(?:想|准备|计划|正在看|在看)(?!问|了解|咨询|知道|查)", text
    ):
        value = True  # 想买 在看房, 准备明年买: an intention, said like 打算
    elif asked == "hardship_at_birth" and (lead := BIRTH_TIME_FIRST.match(text)):
        # 生的时候没有, 生那俩孩子的时候都没有: the no after the time asked of
        after = text[lead.end() :]
        value = False if NO.search(after) else True if YES.search(after) else None
        if not any(u.fact == asked and u.value == value for u in updates):
            return updates  # 生老大的时候没有 生老二的时候有: an answer for each birth
    if value is None and (tail := YES_OR_NO_LAST.search(text)):
        # "we're beijing hukou yes": the fact said again, then the yes
        said = next((u for u in updates if u.fact == asked), None)
        tail_value = tail.group("yes") is not None
        if said is not None and said.value is tail_value:
            value = tail_value
    if value is None:
        return updates
    if asked == "hardship_at_birth" and per_birth == {value}:
        return updates  # "no, we were fine when our daughter was born": the no is of her birth
    stated = next((u for u in updates if u.fact == asked), None)
    if stated is not None and stated.value != value and asked in ("renting", "owns_home_in_city"):
        return updates  # 有一套 在老家 北京没有: the home stated, not the 有 that opened it
    elif stated is not None and stated.value and household.PARTNER_HOLDS.search(text):
        value = True  # "no, only my husband has beijing hukou": the no is the speaker's own
    elif stated is not None and stated.value != value and YES.match(text) and not NO.search(text):
        return updates  # 是外地的, 都是外地户口: 是 joins the words, it is no yes
    elif stated is not None and COPULA_ALL.match(text):
        return updates  # 都是吃低保那些年生的: 都是 joins the words, the fact is stated
    elif (
        stated is not None
        and stated.value is True
        and value is False
        and asked == "hardship_at_birth"
        and BENEFIT_DENIED_FIRST.match(text)
    ):  # 没低保 不过生的时候我老公刚失业在领失业金: one benefit denied, another held at the birth
        return updates  # (tester 81 c1 was denied the 200)
    elif stated is not None and stated.value != value and SLIP_OPENER.match(text):
        return (
            updates  # 不对 … 孩子出生的时候在领低保: the 不对 puts something right, the fact stated
        )

    rest = [u for u in updates if u.fact != asked]
    if asked == "hardship_at_birth" and value is False and household.NEVER_HELD.search(text):
        # "nah never" to the births' question answers the births: nothing said of now
        rest = [
            u
            for u in rest
            if not (u.fact == "hardship_now" and u.value is False and not NOW_SAID.search(text))
        ]
    if NONE_OF.match(text):  # "none of the births", "neither time": the answer said in full
        return [FactUpdate(asked, value, "statement", span=text[:12]), *rest]
    return [FactUpdate(asked, value, "confirmation", span=text[:12]), *rest]


NOT_BORN_YET_REPLY = re.compile(
    r"\s*(?:孩子|宝宝)?(?:还)?没(?:出)?生|\s*(?:the baby )?(?:is |'s )?not (?:born|here) yet"
)
# A yes or no closing the reply after the fact said ("we're beijing hukou yes", "we rent, no").
YES_OR_NO_LAST = re.compile(
    r"[\s,，.。]\s*(?:(?P<yes>yes|yeah|yep|yup|是的|对的?)|(?P<no>no|nope|nah))\s*[.!。！~]*\s*$"
)


# A plain age: N岁(了), "N years old", "she's N", "one year old" (not 半, 多, 快, 刚满, "almost").
_WHOLE_YEARS = re.compile(
    r"\s*\d{1,2}\s*(?:周岁|岁)(?:了|啦)?\s*|\s*\d{1,2}(?:\s*(?:years?|yrs?)(?:[- ]old)?|\s*yo)?\s*"
    # N and some months: 两岁多(了), 2多岁, "2 and a bit", "over 2", "2-plus" (tester 40 r08)
    r"|\s*\d{1,2}\s*(?:(?:周岁|岁)多|多岁)(?:了|啦)?\s*"
    r"|\s*(?:(?:just |a bit |a little )?over )?\d{1,2}(?: and a bit|\s*-?\s*plus|\+)?"
    r"(?:\s*(?:years?|yrs?)(?:[- ]old)?)?\s*"
)
# An age and a half: N岁半(了), "N and a half (years old)": N years 6 to 11 months.
_HALF_YEARS = re.compile(
    r"\s*\d{1,2}\s*(?:周岁|岁)半(?:了|啦)?\s*|\s*\d{1,2} and a half(?: years?(?:[- ]old)?)?\s*"
)
# Nearly an age: 快N岁(了), 将近N岁, "nearly N", "almost N (years old)", "going on N".
_NEARLY_YEARS = re.compile(
    r"\s*(?:快|将近|差不多|马上)(?:要)?\s*\d{1,2}\s*(?:周岁|岁|年)(?:了|啦)?\s*"
    r"|\s*(?:nearly|almost|going on|about to turn)\s+\d{1,2}(?:\s*(?:years?|yrs?)(?:[- ]old)?)?\s*",
    re.I,
)
# A plain age in months: N个月(大), "N months old".
_WHOLE_MONTHS = re.compile(r"\s*\d{1,2}\s*(?:个月(?:大)?|months?(?:[- ]old)?)\s*")


def _months(value: Any) -> int | None:
    """A YYYY-MM or YYYY-MM-DD date as a count of months, else None."""
    m = re.match(r"(\d{4})-(\d{2})", str(value or ""))
    return int(m.group(1)) * 12 + int(m.group(2)) if m else None


def _age_agrees(known: Any, estimate: Any, span: str, halves: bool = True) -> bool:
    """An age said of a child whose birth month is known, and true of it ("they're one year old"
    of twins born 2025-10, on 2026-11-30; 八个月 of a baby born 2026-03): the estimate from the
    age (N years 6 months, N months back) tells nothing the known date does not. `halves`:
    N岁半 too; not when telling whether a child was read twice (tester 26's contradicting ages)."""
    k, e = _months(known), _months(estimate)
    if k is None or e is None:
        return False
    span = re.sub(r"^(?:出生|生下来|落地)", "", span)  # 出生快1年: the age after the birth word
    if _WHOLE_YEARS.fullmatch(span):
        return -5 <= k - e <= 6  # born within the year of age: N years 0..11 months
    if halves and _HALF_YEARS.fullmatch(span):  # 老二三岁半 of one born 2023-05 (tester 39 c07)
        return -5 <= k - e <= 0
    if _WHOLE_MONTHS.fullmatch(span):
        return -1 <= k - e <= 0
    if _NEARLY_YEARS.fullmatch(span):  # 老二快4岁了 of one born 2022-12 (tester 47 c09)
        return -2 <= k - e <= 6
    return False


# A day of the month told alone: "on the 12th", "the 3rd", "on 12th", 12号, 15日.
DAY_ALONE = re.compile(
    r"(?:(?:on|born|came|arrived) )?(?:the )?(?P<d>\d{1,2})(?:st|nd|rd|th)"
    r"|(?P<d2>\d{1,2})\s*(?:号|日)"
)


def _day_put_right(update: FactUpdate, before: Any) -> FactUpdate:
    """A day told alone of a child whose birth month is known ("our 2nd was born on the 12th
    actually", 老二是15号出生的, "sorry, the twins were born on the 12th, not the 21st", 不对
    是12号生的) keeps the known year and month: the 12th of May 2023, not of this month (tester
    42 c03). A month worked out from an age is no known month."""
    known = _iso(before)
    said = DAY_ALONE.fullmatch(update.span.strip())
    if said is None or known is None or len(known) not in (7, 10):
        return update
    try:
        day = date.fromisoformat(known[:7] + "-01").replace(
            day=int(said.group("d") or said.group("d2"))
        )
    except ValueError:
        return update
    return replace(update, value=day.isoformat())


# A count said as the whole family ("we only have 2", 只有俩, 就两个孩子, "there is no child 3",
# 没有老三): fewer than the children known is the count put right, not some of them.
COUNT_CAPPED = re.compile(
    r"\b(?:we|i) (?:only|just) (?:have|got|had) \d\b(?! (?:of|payer|pay|people|person|adult))"
    r"|\bonly (?:have|got|had) \d\b(?! (?:of|payer|pay|people|person|adult))"
    r"|\b(?:only|just) \d (?:kids?|children|boys|girls)\b"
    r"|\bno (?:child|kid|baby) \d|\bno (?:3rd|third|4th|fourth|5th|fifth) (?:child|kid|baby|one)"
    r"|只有\s*\d\s*(?:$|[\s，,。!！]|个?孩子|个?娃|个?小孩)|就\s*\d\s*个?\s*(?:孩子|娃|小孩|宝)"
    r"|没有老\d|没有第\d个|哪来的?老\d|啥老\d"
    # the whole family counted, said as such ("we have 3 kids. a 5 year old boy and twin girls",
    # 我们一共3个孩子): the count, also of more children known (tester 42 c03)
    r"|\b(?:we|i) (?:have|'ve got|have got|got) (?:only |just )?\d (?:kids|children)\b"
    r"(?!\s*(?:under|in|at|who|that|born|aged|over|below|with|from|of)\b)"
    r"|(?:(?:我们|我|俺|咱)(?:们)?家?(?:(?:一共|总共)就?有?|有|就有)|(?<![^\s，,。!！])(?:一共|总共)就?有?)"
    r"\s*\d\s*个?\s*(?:孩子|娃|小孩)"
    r"(?![^，,。.!！?？]{0,6}(?:在|上|不到|以下|以上|出生|是\d{4}))"
)


def _a_child_told_twice(known: list[dict[str, Any]]) -> bool:
    """A known child worked out from an age ("2") whose age a dated child's birth agrees with
    (born June 2024): most likely that child read twice (tester 36 c10), so a count said lower is
    a correction ("we have 2 children")."""
    return any(
        guess.get("approx")
        and guess.get("birth_date")
        and any(
            other is not guess
            and other.get("birth_date")
            and not other.get("approx")
            and _age_agrees(
                other.get("birth_date"), guess.get("birth_date"), str(guess["approx"]), False
            )
            for other in known
        )
        for guess in known
    )


NO_CHILD_OF_ORDER = re.compile(
    r"\bno (?:child|kid|baby) (?P<n>\d)|没有(?:老|第)(?P<zh>\d)|哪来的?老(?P<w>\d)|啥老(?P<q>\d)"
    # "there is no 3rd child!!", "we do not have a third kid", "there's no 3rd": the English
    # order said as an ordinal (words read as digits first: _ordinals_as_digits)
    r"|\b(?:no|(?:do not|don'?t|does not|doesn'?t|never) (?:have|had|got) (?:a|any)|not having a)"
    r" (?P<en>\d)(?:st|nd|rd|th) (?:child|kid|baby|one|grandchild|grandkid|pregnancy)\b"
    r"|\b(?:there is|there's|theres|there isn'?t a|there is not a) (?:no )?(?P<bare>\d)(?:st|nd|rd|th)\b"
    r"(?= *(?:child|kid|baby|one|[!.,?]|$))"
)
ORDINAL_WORDS = {"second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th"}


def _ordinals_as_digits(norm: str) -> str:
    """ "no third child": the ordinal word as NO_CHILD_OF_ORDER reads it ("no 3rd child")."""
    return re.sub(r"\b(second|third|fourth|fifth)\b", lambda m: ORDINAL_WORDS[m.group(1)], norm)


# More orders denied after the first: 没有老四老五, 没有老四和老五, "there is no child 4 or 5".
MORE_ORDERS_DENIED = re.compile(
    # (a space alone is no list: 没有老四 老二老三是双胞胎 tells of 老二 and 老三, tester 112 c5)
    r"(?:[\s\u2060]*(?:[、/&,，]|和|跟|与|或|也没有?|\b(?:or|and|nor)\b)\s*|\u2060?)(?:老|第)(?P<zh>\d)"
    r"|[\s\u2060]*(?:,|\b(?:or|and|nor)\b)\s*(?:(?:no )?(?:child|kid|baby) )?(?P<en>\d)\b"
)


def _orders_denied(norm: str) -> list[int]:
    """The orders of the children said not to exist: 没有老四老五 → [4, 5], "no child 3" → [3]."""
    norm = _ordinals_as_digits(norm)
    named = NO_CHILD_OF_ORDER.search(norm)
    if named is None:
        return []
    orders = [int(next(g for g in named.groups() if g))]
    at = named.end()
    while (more := MORE_ORDERS_DENIED.match(norm, at)) is not None:
        orders.append(int(more.group("zh") or more.group("en")))
        at = more.end()
    return orders


def _count_put_right(
    updates: list[FactUpdate], known: list[dict[str, Any]], norm: str
) -> list[FactUpdate]:
    """ "no we only have 2", 只有俩 没有老三, "there is no child 3!!" of more children known: the
    count put right (the extra child goes, see actions.children.apply_updates), and its "no" and
    "not third" are no answer about benefits at a birth (tester 36 c10)."""
    capped = COUNT_CAPPED.search(norm)
    born = len([k for k in known if k.get("birth_date")])
    if capped is None or born < 2:
        return updates
    counts = [int(u.value) for u in updates if u.fact == "child_count"]
    if not counts:
        digits = re.search(r"\d", capped.group(0))
        order = NO_CHILD_OF_ORDER.search(_ordinals_as_digits(norm))
        if digits and not order:
            said = int(digits.group(0))
        elif order:
            said = int(next(g for g in order.groups() if g)) - 1
        else:
            return updates
        if not 1 <= said < born:
            return updates
        updates = [
            *updates,
            FactUpdate("child_count", said, "correction", None, span=capped.group(0)),
        ]
        counts = [said]
    if counts[-1] >= born:
        return updates
    return [
        u
        for u in updates
        if not (
            u.fact in ("hardship_at_birth", "child.hardship_at_birth")
            and not household.HARDSHIP.search(u.span)
        )
    ]


# A pregnancy denied ("I'm not pregnant", "there is no baby on the way", 没有怀孕, 我没怀孕, 没怀上),
# and the words that would make the baby born instead (已经生了, "she was born in may").
PREGNANCY_DENIED = re.compile(
    r"(?:没有?|不是|并没有?)(?:在)?怀(?:孕|上|着)|没有?(?:身孕|怀二胎|怀三胎|又怀)"
    r"|\b(?:not|n't|never|nobody'?s?|no one'?s?)\s+(?:been\s+)?(?:pregnant|expecting)\b"
    r"|\b(?:nobody|no one|none of us) (?:is|are|was) (?:pregnant|expecting)\b"
    r"|\bno (?:baby|child|kid|pregnancy|one) (?:is )?(?:on the way|coming|due|expected)\b"
    r"|\bnot (?:having|expecting) (?:a |another |any )?(?:baby|child)",
    re.I,
)
# The baby due said to have come, in answer to the due date: "she came already", "born last
# friday", "arrived on monday", "he's here".
ARRIVED_ALREADY = re.compile(
    r"\b(?:came|arrived|here|out) already\b|\balready (?:came|arrived|here|out|born)\b"
    r"|^\W*(?:(?:she|he|baby) (?:was )?)?born\b|\b(?:she|he|baby)(?:'s| is| was)? (?:here|born|arrived)\b"
    r"|\b(?:she|he|baby) (?:came|arrived)\b(?! (?:back|home|to|over))",
    re.I,
)
BORN_SAID = re.compile(
    r"已经生|早就?生|生了|生下|出生了|落地|满月|\b(?:was|were|been|already) born\b|\bgave birth\b"
    r"|\bhad (?:the|our|her) baby\b",
    re.I,
)


def _another_known_childs_date(
    known: dict[str, Any], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """A birth date stated (no correction) for a known dated child that is exactly another known
    child's date and years off its own ("on shiyejin when the little one came last month, not
    for my eldest" of an eldest born 2017 and a baby last month): the other child's birth said
    again, not the eldest's; dropped."""
    children = known.get("children") or []
    dates = [str(k.get("birth_date") or "") for k in children]

    def elsewhere(u: FactUpdate) -> bool:
        if u.fact != "child.birth_date" or u.kind != "statement" or not isinstance(u.child, int):
            return False
        if not 1 <= u.child <= len(children) or not dates[u.child - 1]:
            return False
        own, said = dates[u.child - 1], str(u.value)
        years_off = abs(int(own[:4]) - int(said[:4])) if said[:4].isdigit() else 0
        return years_off > 1 and any(d == said for i, d in enumerate(dates, 1) if i != u.child)

    return [u for u in updates if not elsewhere(u)]


def _sharing_a_birth_date(dates: list[str]) -> list[int]:
    """The birth orders (1-based) of known children born the same day as a sibling beside them
    (the known twins or triplets), from the children's birth dates in order."""
    return [
        i
        for i in range(1, len(dates) + 1)
        if (i > 1 and dates[i - 2] == dates[i - 1]) or (i < len(dates) and dates[i] == dates[i - 1])
    ]


def _new_birth_beside_known_twins(
    known: dict[str, Any], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """A birth stated for one of known twins (same birth date as a sibling beside it), years
    after their birth and after every known birth ("the twins have a little brother now, born 2
    weeks ago"): a new child after them, never one twin moved away from the other."""
    children = known.get("children") or []
    dates = [str(k.get("birth_date") or "") for k in children]
    if not dates or not all(d[:4].isdigit() for d in dates):
        return updates
    twins = set(_sharing_a_birth_date(dates))
    births = [u for u in updates if u.fact == "child.birth_date" and u.kind == "statement"]
    if len(births) != 1 or births[0].child not in twins:
        return updates
    said = str(births[0].value)
    if not said[:4].isdigit() or any(int(said[:4]) - int(d[:4]) < 2 for d in dates):
        return updates
    new = len(children) + 1
    return [replace(u, child=new) if u is births[0] else u for u in updates]


def _count_with_the_baby_due(known: dict[str, Any], updates: list[FactUpdate]) -> list[FactUpdate]:
    """A count told with a pregnancy told beside it, the count being the children born and the
    ones due together ("sorry, it's three kids actually - my wife is pregnant again, due May
    2027" of two born; 不对 是三个孩子 又怀上了): the family's children with the baby to come,
    so no count of children born, and the baby due is the third (tester 114 c7 got a 4th child
    due and no 3rd)."""
    children = known.get("children") or []
    born = len([c for c in children if (c or {}).get("birth_date")])
    if born != len(children) or not born:
        return updates
    counts = [u for u in updates if u.fact == "child_count" and isinstance(u.value, int)]
    due = sorted(
        {u.child for u in updates if u.fact == "child.due_date" and isinstance(u.child, int)}
    )
    births = [u for u in updates if u.fact == "child.birth_date" and (u.child or 0) > born]
    if len(counts) != 1 or not due or births or int(counts[0].value) != born + len(due):
        return updates
    if due[0] != int(counts[0].value) + 1:
        return updates
    shift = due[0] - (born + 1)
    return [
        replace(u, child=u.child - shift)
        if u.child is not None and isinstance(u.child, int) and u.child in due
        else u
        for u in updates
        if u is not counts[0]
    ]


# The known twins named as such when their day is told: 双胞胎俩都是12月30号, "the twins were both
# born on dec 30th"; and the words of a new birth that would make them others.
TWINS_NAMED = re.compile(r"双胞胎|龙凤胎|三胞胎|俩都|两个都|\b(?:twins|triplets|both)\b", re.I)
NEW_BIRTH = re.compile(
    r"又|再|刚|新|还有|怀|预产|\b(?:another|again|new|more|due|expecting|pregnant)\b", re.I
)


def _known_twins_dated(
    norm: str, known: dict[str, Any], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """A multiple birth's day told of a family whose known twins share a date that the day falls
    in (老二老三 born 2023; "12月30号 双胞胎俩都是"), with no count and no word of a new birth: the
    known twins' day, in their year when said without one (tester 112 c5: two more children
    due on 30 December were made)."""
    children = known.get("children") or []
    dates = [str((k or {}).get("birth_date") or "") for k in children]
    twins = [i for i in _sharing_a_birth_date(dates) if dates[i - 1][:4].isdigit()]
    if len(twins) < 2 or len({dates[i - 1] for i in twins}) != 1:
        return updates
    if not TWINS_NAMED.search(norm) or NEW_BIRTH.search(norm):
        return updates
    if any(u.fact == "child_count" for u in updates):
        return updates
    beyond = [
        u
        for u in updates
        if u.fact in ("child.birth_date", "child.due_date")
        and isinstance(u.child, int)
        and u.child > len(children)
        and u.kind == "statement"
    ]
    values = {str(u.value or "") for u in beyond}
    if len(beyond) != len(twins) or len(values) != 1:
        return updates
    said, theirs = values.pop(), dates[twins[0] - 1]
    if len(said) != 10:
        return updates
    if not re.search(r"年|(?:19|20)\d\d|'\d\d", beyond[0].span or ""):
        said = f"{theirs[:4]}{said[4:]}"  # 12月30号 of twins born 2023: 30 December 2023
    if not said.startswith(theirs) or said == theirs:
        return updates
    return [
        *(u for u in updates if u not in beyond),
        *(
            FactUpdate("child.birth_date", said, "statement", order, span=beyond[0].span)
            for order in twins
        ),
    ]


# The children on the way named as born or come ("双胞胎生了", "the twins arrived"), beside a count.
ON_THE_WAY_COME = re.compile(
    r"(?:双胞胎|三胞胎|龙凤胎|老[二三四]|[二三]宝|孩子|宝宝)(?:都|已经|也)?(?:生了|出生了|落地)"
    r"|\b(?:twins|triplets|baby|babies)\b[^.,;]{0,12}\b(?:arrived|came|born)\b",
    re.I,
)


ALREADY_HAD = re.compile(r"\balready\b|已经有|已有|早就有")


def _count_with_the_ones_on_the_way(
    norm: str, known: dict[str, Any], updates: list[FactUpdate]
) -> list[FactUpdate]:
    """A count of the family's children equal to those born and on the way together, the ones on
    the way still to come ("不对 是三个孩子 老大两岁已经生了 双胞胎明年3月生" of an eldest of two
    and twins due; tester 102 p9): all the children, not three born — no child_count, which
    would make the twins a 4th and 5th."""
    children = known.get("children") or []
    waiting = [i for i, k in enumerate(children, 1) if "due_date" in k and not k.get("birth_date")]
    if not waiting or ON_THE_WAY_COME.search(norm) or ALREADY_HAD.search(norm):
        return updates  # "its actually my third, we have 2 already": the two born
    if any(u.child in waiting and u.fact == "child.birth_date" for u in updates):
        return updates
    return [
        u
        for u in updates
        if not (u.fact == "child_count" and u.value == len(children) > len(children) - len(waiting))
    ]


# "we only have two kids", 我们就俩孩子: the children counted as all there are.
ONLY_COUNTED = re.compile(
    r"\b(?:we|i) (?:only|just) (?:have|got|had) (?P<en>\d)(?: (?:kids?|children|boys|girls))?\b"
    r"(?! (?:of|payer|pay|people|person|adult))"
    r"|\b(?:only|just) (?P<n>\d) (?:kids?|children|boys|girls)\b"
    r"|(?:只有|就)\s*(?P<zh>\d)\s*个?\s*(?:孩子|娃|小孩)"
)
# Words that keep a baby on the way beside the children counted ("only 2 so far", "2 kids and
# one on the way", 俩孩子 还怀着一个).
MORE_TO_COME = re.compile(
    r"\b(?:so far|yet|for now|plus|on the way|coming)\b|pregnan|expecting|\bdue\b|怀|预产期|肚子里|快生",
    re.I,
)


def _only_the_born(norm: str, known: list[dict[str, Any]]) -> bool:
    """ "we only have two kids" of a family known with two born and one on the way that was
    never there (tester 47 c10: a due date read from "from Jan 2027 till she turns 3"): the
    children counted are all there are, the one on the way is not."""
    only = ONLY_COUNTED.search(norm)
    if only is None or MORE_TO_COME.search(norm):
        return False
    said = int(next(g for g in only.groups() if g))
    born = [k for k in known if not ("due_date" in k and not k.get("birth_date"))]
    return said == len(born) < len(known)


# The child named still in the belly: 肚子里双胞胎就是老二老三, 怀的是老二, 还没生.
IN_THE_BELLY = re.compile(
    r"肚子里|怀的|怀着|还没生|没出生|\bon the way\b|\bnot born\b|\bstill due\b"
)


def _pregnancy_denied(
    updates: list[FactUpdate], known: list[dict[str, Any]], norm: str
) -> list[FactUpdate]:
    """ "没有老三 我没怀孕 删掉", "啥老三 没有怀孕 就俩孩子", "there is no baby on the way" of a
    pregnancy known (a child with a due date, not born): there is none; the child on the way is
    removed ("child.on_the_way" false), and nothing of it is read as a birth or a due date
    (tester 36 c09: a due date read from a hukou move could not be taken back). A pregnancy
    named by its order (没有老三, "there is no child 3") is denied the same way."""
    waiting = [i for i, k in enumerate(known, 1) if "due_date" in k and not k.get("birth_date")]
    if not waiting or BORN_SAID.search(norm):
        return updates
    if any(
        u.fact == "child.birth_date" and u.child in waiting and u.value is not None for u in updates
    ):
        return updates  # 不是怀孕 是2月出生的: the baby is born, its date told
    named = NO_CHILD_OF_ORDER.search(_ordinals_as_digits(norm))
    denied = [o for o in _orders_denied(norm) if o in waiting]
    if denied and IN_THE_BELLY.search(norm) and not PREGNANCY_DENIED.search(norm):
        return updates  # 没有老二 就老大一个 肚子里双胞胎就是老二老三: no 老二 born, she is due
    if not PREGNANCY_DENIED.search(norm) and not denied and not _only_the_born(norm, known):
        return updates
    # the last first, so that removing one leaves the orders of the others as they were
    gone = sorted(denied or waiting, reverse=True)
    kept = [
        u
        for u in updates
        if not (u.child in gone and u.fact in ("child.birth_date", "child.due_date"))
        and not (u.fact == "child_count" and u.kind == "correction" and not named)
    ]
    return [
        *kept,
        *(
            FactUpdate(
                "child.on_the_way", False, "correction", o, span=named.group(0) if named else norm
            )
            for o in gone
        ),
    ]


# The children of one birth spoken of together: "they", "both", "the twins", 俩孩子, 双胞胎, 他们.
TOGETHER = re.compile(
    r"\b(?:they|them|both|twins|triplets|the (?:boys|girls|babies|kids))\b|双胞胎|三胞胎|龙凤胎"
    r"|他们|她们|他2|她2|(?<![\d.])2\s*个?\s*(?:孩子|娃|宝|小子|闺女|儿子|女儿|小家伙)",
    re.I,
)
DAY_ONLY = re.compile(
    r"\s*(?:(?:on|born|came|arrived) )?(?:the )?\d{1,2}(?:st|nd|rd|th)|\s*\d{1,2}\s*(?:号|日)\s*"
)


def _day_of_the_multiples(
    updates: list[FactUpdate], known: list[dict[str, Any]], norm: str
) -> list[FactUpdate]:
    """ "they were born march 14th", "both born on the 14th", 双胞胎是14号出生的 of twins known born
    March 2026 beside an elder child (tester 36 c02): the day goes to every child of that birth,
    and a day told alone is of the known month (14 March, not 14 November)."""
    groups: list[list[int]] = []
    for i, k in enumerate(known, 1):
        born = str(k.get("birth_date") or "")[:7]
        if born and groups and str(known[groups[-1][0] - 1].get("birth_date"))[:7] == born:
            groups[-1].append(i)  # born in the same month: one birth (one may be dated to the day)
        elif born:
            groups.append([i])
    groups = [g for g in groups if len(g) > 1]
    if not groups or not TOGETHER.search(norm):
        return updates
    result = list(updates)
    for group in groups:
        month = str(known[group[0] - 1]["birth_date"])[:7]
        if len(month) != 7 or all(len(str(known[o - 1]["birth_date"])) == 10 for o in group):
            continue  # known to the day already: a day said is a correction, read as told
        told = [u for u in result if u.fact == "child.birth_date" and u.child in group and u.value]
        if not told:
            continue
        dated: list[FactUpdate] = []
        for u in told:
            value = str(u.value)
            if DAY_ONLY.fullmatch(u.span) and len(value) == 10:
                value = f"{month}-{value[8:]}"  # "on the 14th": the known month's 14th
            if value[:7] != month:
                dated = []
                break
            dated.append(replace(u, value=value))
        if not dated or len({str(u.value) for u in dated}) != 1:
            continue
        result = [u for u in result if u not in told]
        result += [replace(dated[0], child=o) for o in group]
    return result


# One parent's hukou in the city, the children's (or the mother's and children's) elsewhere or
# the parent the only one: "我老公是济南户口 我跟俩孩子户口还在聊城", "只有我老公一个人是济南的",
# 孩子户口不在济南, "only my husband has jinan hukou, the kids are registered in liaocheng";
# a child named by its order (老二户口落在菏泽, 二宝户口在老家: normalised to "老2\u2060", "2宝\u2060").
CHILDREN_HUKOU_ELSEWHERE = re.compile(
    r"(?:我和|我跟|俺和|俺跟)?\s*(?:\d\s*个?|俩|两个)?\s*(?:孩子|娃|宝宝?|小孩|老[2-9])(?:们|俩|\d)?\u2060?(?:的)?\s*户口"
    r"[^，,。;；]{0,4}(?:(?:还在|在|是|落在|留在)(?!济南|北京|本市|这|本地|咱|此|一起|一块)|不在|没在|没迁|没落|不是)"
    r"|(?:我和|我跟|俺和|俺跟)\s*(?:\d\s*个?)?\s*(?:孩子|娃)(?:们)?\s*(?:都)?(?:是|在)"
    r"(?!济南|北京|本市|本地|这|咱|此)[\u4e00-\u9fff]{2,4}户口"
    r"|\b(?:kids|children|kids'|children's|baby|son|daughter)(?:'s)?\b[^.,;]{0,30}\b(?:hukou|registered)\b"
    r"[^.,;]{0,30}\b(?:still in|in my|in our|in (?!jinan|beijing)[a-z]+|elsewhere|not in|isn'?t in)",
    re.I,
)


# The parents' hukou in the city: 爸妈户口在济南, 父母都是济南户口, 我们两口子都是济南户口, "parents
# have Jinan hukou", "she and her husband both have jinan hukou".
PARENTS_HUKOU_HERE = re.compile(
    r"(?:爸妈|父母|爸爸妈妈|爹妈|[两2]口子|夫妻|大人|家长|我们[俩2]|我[俩2])(?:[俩2]|[两2]个|二人|双方)?(?:的)?"
    r"(?:(?:户口|户籍)(?:都|也|全)?(?:是|在|落在)(?:济南|北京|本地|本市|这边)"
    r"|(?:都|也|全)?(?:是|有)(?:济南|北京|本地|本市)(?:的)?(?:户口|户籍))"
    r"|\b(?:parents|mom and dad|husband and wife|the couple|both parents|she and her husband"
    r"|he and his wife|my (?:husband|wife) and i)\b(?: both| all)? (?:have|has|hold|are|got)"
    r"(?: both| all)?(?: a| the)? (?:jinan|beijing|local) hukou"
    r"|\bparents'? hukous? (?:is|are) (?:in )?(?:jinan|beijing|local)",
    re.I,
)


# The parents' elsewhere as well (我们也不是, 全家都在老家, "we're not either").
PARENTS_ELSEWHERE_TOO = re.compile(
    r"(?:我们|俺们|大人|爸妈|父母|全家|一家人?)(?:也|都|全)(?:不是|不在|没|在外地|在老家)"
    r"|\b(?:we|parents|the whole family)\b[^.;]{0,20}\b(?:either|too|as well|also)\b",
    re.I,
)


def _hukou_of_one_parent(
    updates: list[FactUpdate], known: dict[str, Any], norm: str
) -> list[FactUpdate]:
    """A city hukou said of one parent while the children's is elsewhere (tester 36 c09): clause
    12 says only "families with the city's household registration", not whose hukou counts, so
    the family's hukou is not read as the city's; a city hukou known is put back to unknown.
    The children's alone elsewhere while the parents' is in the city (said now, or known: 爸妈户口
    在济南 孩子户口还在外地, tester 45 c02) is not a family without the city's hukou either."""
    found = CHILDREN_HUKOU_ELSEWHERE.search(norm)
    if found is None:
        return updates
    childs_only = not re.match(r"\s*(?:我|俺)", found.group(0))
    parents_here = bool(PARENTS_HUKOU_HERE.search(norm)) or (
        known.get("hukou_in_city") is True and not PARENTS_ELSEWHERE_TOO.search(norm)
    )
    elsewhere_dropped = childs_only and parents_here
    kept = [
        u
        for u in updates
        if not (
            u.fact == "hukou_in_city"
            and (u.value is True or (elsewhere_dropped and u.value is False))
        )
    ]
    if known.get("hukou_in_city") is True and not any(u.fact == "hukou_in_city" for u in kept):
        kept.append(FactUpdate("hukou_in_city", None, "correction", span=norm))
    return kept


def _age_and_date_of_one_child(
    updates: list[FactUpdate], known: list[dict[str, Any]]
) -> list[FactUpdate]:
    """ "we have 2 boys, 7 and 2. the little one was born june 2024", 俩孩子 7岁和2岁 小的2024年6月
    生的: more children read than the count the message states, one of them only worked out from
    an age that a date told of another agrees with (2 years old today, born June 2024), is that
    child told twice: its age is dropped, the dated child kept (tester 36 c10). The count said
    is never exceeded by the children read."""
    counts = [int(u.value) for u in updates if u.fact == "child_count" and u.kind == "statement"]
    if len(counts) != 1:
        return updates
    count = counts[0]
    dates = {
        u.child: u
        for u in updates
        if u.fact == "child.birth_date" and u.child is not None and u.value is not None
    }
    orders = sorted(
        {u.child for u in updates if u.child is not None} | set(range(1, len(known) + 1))
    )
    if not orders or max(orders) <= count:
        return updates
    drop: set[int] = set()
    moves: dict[int, int] = {}
    for order in sorted(dates, reverse=True):
        if max(orders) - len(drop) <= count:
            break
        guess = dates[order]
        if not guess.approx or order <= len(known):
            continue
        twin = next(
            (
                o
                for o, d in dates.items()
                if o != order
                and o not in drop
                and not d.approx
                and _age_agrees(d.value, guess.value, guess.span)
            ),
            None,
        )
        if twin is None:
            continue
        drop.add(order)
    if not drop:
        return updates
    kept = [u for u in updates if u.child not in drop]
    for gone in sorted(drop, reverse=True):  # the orders after the one dropped move up
        moves = {o: (o - 1 if o > gone else o) for o in orders}
        kept = [replace(u, child=moves[u.child]) if u.child in moves else u for u in kept]
    return kept


def _time_of_a_benefit(said: FactUpdate, updates: list[FactUpdate]) -> bool:
    """A date told within the words of a benefit at a birth ("今年三月生的时候已经停了"): the time
    of that birth, not the birth's date put right."""
    return bool(said.span) and any(
        o.fact in ("hardship_at_birth", "child.hardship_at_birth", "hardship_now")
        and said.span in (o.span or "")
        for o in updates
    )


def _height_of_the_born(u: FactUpdate, known_children: list[dict[str, Any]]) -> FactUpdate:
    """A height said of a known child not born yet (twins due in April) is the one child born:
    "any extra days for twins? also can my 2yo ride the bus free, she's like 95cm" (tester 136
    p7's unborn twin was given 95 cm). Unchanged when the child is born or more than one is."""
    if u.fact != "child.height_cm" or u.child is None or not 1 <= u.child <= len(known_children):
        return u
    child = known_children[u.child - 1]
    if child.get("birth_date") or "due_date" not in child:
        return (
            u  # born, or born and not yet dated (老大1米35了 of an undated eldest: tester 141 p6)
        )
    born = [i for i, k in enumerate(known_children, 1) if k.get("birth_date")]
    return replace(u, child=born[0]) if len(born) == 1 else u


def _changes(
    updates: list[FactUpdate],
    known: dict[str, Any],
    known_children: list[dict[str, Any]],
    correcting: bool,
    dates_move: bool = False,
) -> list[FactUpdate]:
    """Only what is new; a known fact said again differently is a correction when the user says
    they correct it. `dates_move`: no twins are spoken of, so a known child's birth date said of
    another child moves it there ("不对 上个月生的是老三 不是老二")."""
    result: list[FactUpdate] = []
    seen: set[tuple[str, int | None]] = set()
    moving = any(
        u.fact == "city" and u.kind == "question" and u.value != known.get("city") for u in updates
    )  # 户口要迁到北京: the hukou in the city to come, asked about
    updates = [_height_of_the_born(u, known_children) for u in updates]
    for u in updates:
        key = (u.fact, u.child)
        if key in seen:
            continue
        seen.add(key)
        if u.child is None:
            before = known.get(u.fact)
            if u.fact == "child_count" and known_children and "child_count" not in known:
                before = len([k for k in known_children if k.get("birth_date")])
            if (
                before is not None
                and str(before).lower() == str(u.value).lower()
                and (u.fact != "child_count" or "child_count" in known)
                and not (u.fact == "hukou_in_city" and u.kind == "question" and moving)
            ):
                continue  # a count of the children told of before is still said (就一个儿子);
                # a known fact put in a question ("北京户口能领吗", Beijing hukou known) is no update
            if correcting and before is not None and u.kind == "statement":
                u = replace(u, kind="correction")
        else:
            child = known_children[u.child - 1] if 1 <= u.child <= len(known_children) else {}
            name = u.fact.split(".", 1)[1]
            before = child.get(name)
            if name == "birth_date" and (correcting or not child.get("approx")):
                u = _day_put_right(u, before)  # "born on the 12th, not the 21st": that month's 12th
            if (
                before is not None
                and _iso(before) == _iso(u.value)
                and not _estimate_confirmed(name, child, u)
            ):
                continue
            if name == "due_date" and u.value is None and child.get(name):
                continue  # "before the due date", the date known: no date said, nothing new
            if (
                name in ("birth_date", "due_date")
                and (not correcting or _time_of_a_benefit(u, updates))
                and isinstance(before, str | date)  # the known date, as told or as a date
                and isinstance(u.value, str)
                and str(_iso(before)).startswith(u.value + "-")
            ):
                continue  # "born in 2024" of a child known born 2024-03: less precise, no change;
                # so too in a correction of another fact ("我搞错了 … 今年三月生的时候已经停了" of
                # twins known born 5 March: the time of the birth, tester 84 c2 lost the 5th)
            if (
                name == "birth_date"
                and not correcting
                and u.approx
                and _age_agrees(before, u.value, u.span)
            ):
                continue  # "they're one year old!!" of twins known born 2025-10: no change
            if name == "hardship_at_birth" and before is None:
                before = known.get("hardship_at_birth")  # the household's, said of every birth
            moved = (
                name in ("height_cm", "hardship_at_birth") or (dates_move and name == "birth_date")
            ) and any(
                i != u.child and _same(k.get(name), u.value)
                for i, k in enumerate(known_children, 1)
            )  # "不对 1米2是老二": a value known of another child, said of this one (a date
            # only when no twins are spoken of: twins share theirs)
            if correcting and (before is not None or moved) and u.kind == "statement":
                u = replace(u, kind="correction")
        result.append(u)
    return result
