# Chinese, batch 45: hardship (低保 特困 失业金) at each birth told by time words (那年 那会儿 之前/之后 从X年领到Y年 刚批 停了),
# by order and kinship words, benefits starting or ending between two births, now-only statements, negations,
# answers to the hardship question, corrections moving a hardship between births; durations that are not ages,
# relative dates (上上个月 大前天 前年), Chinese numerals; chitchat and bare questions
T("2025-01-09")  # Thursday: 上周X = the week of 2024-12-30
m("per_birth_hardship birth_order", "生老大那年俺家吃着低保 老二生的时候早就不吃了", [chb(1, True), chb(2, False)],
  known=K(city="jinan", kids=[yo(6), yo(2)]))
m("per_birth_hardship now_vs_birth", "低保从2019年领到2022年 后来就停了", [chb(1, False), chb(2, True), f("hardship_now", False)],
  known=K(city="jinan", kids=["2018-05", "2020-09"]))
m("now_vs_birth", "低保刚批下来 这个月头一回发钱", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(3)]))
m("answer per_birth_hardship", "没领过 啥也没领", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=[mo(5)]))
m("age per_birth_hardship", "外孙女五岁 出生那会儿她妈领着失业金 外孙八个月 生他时候没领",
  [bd(1, yo(5)), chb(1, True), bd(2, mo(8)), chb(2, False)], known=K(city="jinan"))
m("chitchat", "今儿个雪下得真大 路上滑得很 出不了门", [])
m("question", "特困供养的家庭生孩子能多给点不", [])
m("duration now_vs_birth", "失业金领了五个月了 还有七个月到期", [f("hardship_now", True)], known=K(city="beijing", kids=[yo(2)]))
m("relative_date birth_order", "大前天生的二胎 母子平安", [bd(2, back(3))], known=K(city="jinan", kids=[yo(4)]))
m("numerals birth_order per_birth_hardship", "老二二〇二二年三月生的 那会儿俺俩都没活干 在领失业金", [bd(2, "2022-03"), chb(2, True)],
  known=K(city="jinan", kids=[yo(7)]))
m("correction per_birth_hardship birth_order", "弄错了 吃低保是生老二那阵 老大出生时还没有呢", [chb(2, True, "r"), chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2019-03", "hardship_at_birth": True}, {"birth_date": "2023-07", "hardship_at_birth": False}]))
m("relative_date birth_order per_birth_hardship", "老三上周三落地的 生的时候家里还吃着特困", [bd(3, lastweek(2)), chb(3, True)],
  known=K(city="jinan", kids=[yo(8), yo(5)]))
m("answer per_birth_hardship birth_order", "大的那会儿有 小的没", [chb(1, True), chb(2, False)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2017-10", "2022-06"]))
m("now_vs_birth per_birth_hardship numerals", "眼下吃着低保呢 俩娃落地那阵可没吃", [f("hardship_now", True), f("hardship_at_birth", False), n(2)],
  known=K(city="jinan", kids=[yo(9), yo(4)]))
m("per_birth_hardship", "生孩子之前就在领失业金了 一直领到孩子满月", [f("hardship_at_birth", True)], known=K(city="beijing", kids=[mo(4)]))
m("chitchat", "俺就是问问 别嫌俺啰嗦啊", [])
m("duration insurance", "单位给交的生育险 交了十个月了", [f("birth_insurance", "employee_maternity")], known=K(city="jinan"))
m("question per_birth_hardship", "要是生娃那会儿在领失业金 补贴咋算", [f("hardship_at_birth", True, "q")], known=K(city="jinan", kids=[mo(3)]))
m("per_birth_hardship", "俺闺女出生那年 家里还是低保户", [chb(1, True)], known=K(city="jinan", kids=[yo(2)]))
m("per_birth_hardship birth_order", "俺家那口子生二胎那阵儿 正领失业保险金哩", [chb(2, True)], known=K(city="jinan", kids=[yo(6), yo(1)]))
m("per_birth_hardship now_vs_birth birth_order", "特困是老二过了周岁才批的 老大老二落地时都没有 现在还领着",
  [chb(2, False), chb(1, False), f("hardship_now", True)], known=K(city="jinan", kids=[yo(5), "2022-08"]))
m("age per_birth_hardship", "俺们北京的 外孙子俩月 生的时候他爸刚丢了工作 领着失业金",
  [f("city", "beijing"), bd(1, mo(2)), chb(1, True)])
m("relative_date per_birth_hardship", "上上个月生的 生之前半年就开始领低保了", [bd(1, thismonth(-2)), f("hardship_at_birth", True)],
  known=K(city="jinan"))
m("numerals birth_order", "老二是二〇二四年十一月廿号生的", [bd(2, "2024-11-20")], known=K(city="jinan", kids=[yo(3)]))
m("question", "领失业金的时候还能交生育险不", [])

T("2025-04-22")  # Tuesday: 上周X = the week of 2025-04-07
m("per_birth_hardship birth_order", "小的那个生下来的时候吃着低保 大的那时候还没吃", [chb(2, True), chb(1, False)],
  known=K(city="jinan", kids=["2016-02", "2021-11"]))
m("answer per_birth_hardship", "有 那会儿在领低保", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=[mo(7)]))
m("answer per_birth_hardship birth_order", "就生老三那回领着 前头俩都没有", [chb(3, True), chb(1, False), chb(2, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2014-05", "2018-09", "2024-12"]))
m("relative_date birth_order", "上周一剖的老二 七斤半", [bd(2, lastweek(0))], known=K(city="beijing", kids=[yo(5)]))
m("now_vs_birth", "失业金上个月停了 现在啥也不领", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(1)]))
m("per_birth_hardship relative_date", "前年生的娃 那阵子俺在领失业金", [bd(1, year(-2)), f("hardship_at_birth", True)], known=K(city="jinan"))
m("duration housing_fund", "公积金俺交了三年 媳妇才交了四个月", [f("housing_fund_contributors", 2)], known=K(city="jinan", kids=[yo(2)]))
m("chitchat", "孩子夜里老闹 俺俩轮班熬着", [])
m("correction per_birth_hardship birth_order", "刚才说反了 失业金是生老大时候领的 老二那会儿已经上班了", [chb(1, True, "r"), chb(2, False, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2020-06", "hardship_at_birth": False}, {"birth_date": "2024-02", "hardship_at_birth": True}]))
m("per_birth_hardship numerals", "三个娃生的时候家里都是特困户", [n(3), f("hardship_at_birth", True)], known=K(city="jinan", kids=[yo(10), yo(6), yo(2)]))
m("question", "吃低保的人家 娃上幼儿园能免点学费吗", [])
m("age per_birth_hardship birth_order", "大孙子七岁了 他出生那年俺儿子领的失业金 小孙女三岁半 生她时就不领了",
  [bd(1, yo(7)), chb(1, True), bd(2, yo(3)), chb(2, False)], known=K(city="jinan"))
m("numerals short_year", "就一个 二一年八月生的", [bd(1, "2021-08"), n(1)], known=K(city="beijing"))
m("per_birth_hardship", "孩子落地后仨月才批的低保", [f("hardship_at_birth", False)], known=K(city="jinan", kids=[yo(1)]))
m("answer per_birth_hardship", "没 那时候两口子都上班呢", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=[yo(3)]))
m("relative_date pregnancy", "预产期是下个月 头胎", [due(1, thismonth(1))], known=K(city="jinan"))
m("per_birth_hardship birth_order", "老二出生那会儿没领过啥救济 低保失业金都没有", [chb(2, False)],
  known=K(city="jinan", kids=[yo(9), yo(3)]))
m("duration now_vs_birth", "失业金就剩俩月了 领完就没了", [f("hardship_now", True)], known=K(city="jinan", kids=[mo(11)]))
m("chitchat", "谢谢你啊 闺女教俺用的这个", [])
m("per_birth_hardship birth_order", "头胎那会儿吃特困 二胎的时候已经不是特困户了", [chb(1, True), chb(2, False)], known=K(city="jinan", kids=[yo(8), yo(3)]))
m("question", "领了失业金还算不算就业啊", [])
m("answer numerals age", "仨 老大十一 老二八岁 老三刚满月", [n(3), bd(1, yo(11)), bd(2, yo(8)), bd(3, mo(1))], asked="children", known=K(city="jinan"))
m("now_vs_birth", "低保上礼拜批了 现在算低保户了", [f("hardship_now", True)], known=K(city="beijing", kids=[yo(4)]))
m("relative_date", "娃是去年生的 几月份记不清了", [bd(1, year(-1))], known=K(city="jinan"))

T("2025-08-05")  # Tuesday: 上周X = the week of 2025-07-28
m("per_birth_hardship birth_order", "低保是老大三岁那年开始吃的 老二生的时候正吃着", [chb(2, True), chb(1, False)],
  known=K(city="jinan", kids=["2017-03", "2022-01"]))
m("per_birth_hardship", "失业金从2020年三月领到2021年三月", [chb(1, True), chb(2, False), f("hardship_now", False)], known=K(city="beijing", kids=["2020-08", "2023-05"]))
m("relative_date birth_order", "上周四生了老二 小子", [bd(2, lastweek(3))], known=K(city="jinan", kids=[yo(3)]))
m("answer per_birth_hardship birth_order", "老二有 老大那时候家里还行", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2015-12", "2021-04"]))
m("now_vs_birth", "俺们现在不是低保户了 去年退出来的", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(5), yo(2)]))
m("per_birth_hardship", "生外孙女那阵 她爸妈都领失业金", [chb(1, True)], known=K(city="beijing", kids=[mo(9)]))
m("chitchat", "天热得跟蒸笼似的 娃一身痱子", [])
m("duration chitchat", "产假还剩一个半月 着急回去上班", [], known=K(city="jinan", kids=[mo(3)]))
m("correction per_birth_hardship birth_order", "不对 老三出生时没领 领低保那会儿生的是老二", [chb(3, False, "r"), chb(2, True)],
  known=K(city="jinan", kids=[{"birth_date": "2013-04"}, {"birth_date": "2018-10"}, {"birth_date": "2023-06", "hardship_at_birth": True}]))
m("question", "特困户生孩子有一次性补助不", [])
m("now_vs_birth per_birth_hardship", "一直领着低保 孩子生下来那会儿也领着", [f("hardship_now", True), f("hardship_at_birth", True)],
  known=K(city="jinan", kids=[yo(2)]))
m("numerals", "闺女二〇一九年五月八号生的", [bd(1, "2019-05-08")], known=K(city="jinan"))
m("answer", "在济南 住历城港沟那块", [f("city", "jinan")], asked="city", known=K(kids=[yo(1)]))
m("per_birth_hardship birth_order age", "老二九个月 生他前一个月我刚开始领失业金", [bd(2, mo(9)), chb(2, True)], known=K(city="beijing", kids=[yo(6)]))
m("per_birth_hardship now_vs_birth", "俺家从来没吃过低保 生娃那会儿没有 现在也没有", [f("hardship_at_birth", False), f("hardship_now", False)],
  known=K(city="jinan", kids=[yo(4)]))
m("relative_date pregnancy", "怀二胎了 大概明年三月生", [due(2, "2026-03")], known=K(city="jinan", kids=[yo(2)]))
m("answer per_birth_hardship", "嗯 生的时候领着失业金", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=[dago(20)]))
m("chitchat", "你们这个靠谱不 别是骗人的", [])
m("per_birth_hardship birth_order multiples", "双胞胎生的时候俺家是低保户 大闺女出生那会儿还不是", [chb(2, True), chb(3, True), chb(1, False)],
  known=K(city="jinan", kids=["2016-07", "2024-03", "2024-03"]))
m("duration housing_fund", "俺一个人交公积金 交了一年零八个月", [f("housing_fund_contributors", 1)], known=K(city="jinan", kids=[yo(1)]))
m("now_vs_birth", "今年开春才领上失业金", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(3)]))
m("relative_date birth_order", "老二是大前天出来的 在妇幼住着", [bd(2, back(3))], known=K(city="jinan", kids=[yo(2)]))
m("question", "失业金到期以后 还能接着申请低保不", [])

T("2025-12-17")  # Wednesday: 上周X = the week of 2025-12-08
m("per_birth_hardship birth_order", "老大落地那阵俺们刚从特困里退出来 老二那会儿啥都没领", [chb(1, False), chb(2, False)],
  known=K(city="jinan", kids=[yo(9), yo(4)]))
m("per_birth_hardship birth_order", "失业金领到老二出生前一个月就断了", [chb(2, False)], known=K(city="beijing", kids=["2019-02", "2025-03"]))
m("per_birth_hardship birth_order", "生老二之后才开始领低保 老三生的时候领着", [chb(2, False), chb(3, True)],
  known=K(city="jinan", kids=["2012-06", "2017-09", "2023-01"]))
m("answer per_birth_hardship", "没有没有 那时候还没失业", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[mo(6)]))
m("relative_date birth_order per_birth_hardship", "上周二生的三胎 生的时候还领着低保", [bd(3, lastweek(1)), chb(3, True)],
  known=K(city="jinan", kids=[yo(7), yo(3)]))
m("relative_date birth_order", "老二是前年秋天生的", [bd(2, year(-2))], known=K(city="beijing", kids=[yo(5)]))
m("question", "快过年了 补贴啥时候能到账啊", [])
m("now_vs_birth", "失业金是今年九月份开始领的 到现在还领着", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(1)]))
m("correction per_birth_hardship birth_order", "说错了 低保不是生老大时候吃的 是生老二时候", [chb(1, False, "r"), chb(2, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2018-08", "hardship_at_birth": True}, {"birth_date": "2022-12"}]))
m("numerals", "孙女二〇二五年三月十二号生的 孙子二〇二一年的", [bd(2, "2025-03-12"), bd(1, "2021")], known=K(city="beijing"))
m("duration question", "社保断了三个月 生育险还管用不", [], known=K(city="jinan"))
m("per_birth_hardship", "俺公公残疾 家里算低收入户 可生娃时没吃低保", [f("hardship_at_birth", False)], known=K(city="jinan", kids=[yo(1)]))
m("answer per_birth_hardship birth_order", "头两个生的时候都领着 老三没", [chb(1, True), chb(2, True), chb(3, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2015-03", "2019-07", "2024-10"]))
m("per_birth_hardship birth_order duration", "大宝出生赶上俺失业 领了半年失业金 二宝出生时已经上班了", [chb(1, True), chb(2, False)],
  known=K(city="beijing", kids=[yo(6), yo(2)]))
m("duration now_vs_birth", "孩子他妈在领失业金 还有四个月到期", [f("hardship_now", True)], known=K(city="beijing", kids=[mo(10)]))
m("question", "低保户生二胎有没有额外的补贴", [])
m("answer age numerals", "俩 一个十岁一个七岁", [n(2), bd(1, yo(10)), bd(2, yo(7))], asked="children", known=K(city="jinan"))
m("chitchat", "哈哈 好嘞 明白了", [])
m("per_birth_hardship now_vs_birth age", "生闺女那会儿俺家是特困供养 现在闺女三岁多了 早不是了",
  [chb(1, True), bd(1, yo(3)), f("hardship_now", False)], known=K(city="jinan"))

T("2026-03-11")  # Wednesday: 上周X = the week of 2026-03-02
m("relative_date birth_order per_birth_hardship", "老二是上周三生的 生前俩月刚批的低保", [bd(2, lastweek(2)), chb(2, True)],
  known=K(city="jinan", kids=[yo(4)]))
m("per_birth_hardship now_vs_birth", "从2021年吃低保一直吃到现在", [chb(1, False), chb(2, True), f("hardship_now", True)],
  known=K(city="jinan", kids=["2019-11", "2023-02"]))
m("per_birth_hardship birth_order", "失业金停了以后才生的老三", [chb(3, False)], known=K(city="beijing", kids=["2016-01", "2020-05", "2025-08"]))
m("per_birth_hardship birth_order", "老大和老二出生时都在领失业金", [chb(1, True), chb(2, True)], known=K(city="beijing", kids=[yo(7), yo(4)]))
m("answer per_birth_hardship", "领过 生的时候吃着特困", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=[mo(2)]))
m("per_birth_hardship", "外孙女是低保停了以后才生的", [chb(1, False)], known=K(city="jinan", kids=[yo(1)]))
m("relative_date", "上上个月十五号生的", [bd(1, thismonth(-2) + "-15")], known=K(city="beijing"))
m("numerals birth_order", "老大二〇一八年 老二二〇二二年 老三今年一月", [bd(1, "2018"), bd(2, "2022"), bd(3, "2026-01")], known=K(city="jinan"))
m("correction per_birth_hardship", "更正一下 生俺儿子那会儿没领失业金 是后来才领的", [chb(1, False, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2024-09", "hardship_at_birth": True}]))
m("now_vs_birth per_birth_hardship birth_order", "现在在领失业金 老二生的时候也在领 老大出生时没有",
  [f("hardship_now", True), chb(2, True), chb(1, False)], known=K(city="jinan", kids=[yo(8), yo(1)]))
m("chitchat", "孩子开学了 总算能清净两天", [])
m("duration housing_fund", "公积金还差俩月满一年 就俺自己交", [f("housing_fund_contributors", 1)], known=K(city="jinan", kids=[yo(2)]))
m("question", "失业金和低保能一块领吗", [])
m("per_birth_hardship birth_order", "生二胎之前低保就停了 头胎那会儿还吃着", [chb(2, False), chb(1, True)], known=K(city="jinan", kids=[yo(9), yo(3)]))
m("answer relative_date birth_order", "三个 都是闺女 最小的前天刚生", [n(3), bd(3, back(2))], asked="children", known=K(city="jinan"))
m("now_vs_birth", "大前天刚批的特困", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(2)]))
m("per_birth_hardship birth_order", "老二出生那阵子失业金刚领完", [chb(2, False)], known=K(city="beijing", kids=[yo(6), yo(1)]))
m("per_birth_hardship", "俺是孩子姥姥 闺女生娃的时候女婿在领失业金", [f("hardship_at_birth", True)], known=K(city="jinan", kids=[mo(5)]))
m("per_birth_hardship", "今年1月生的 那会儿还没领失业金", [bd(1, "2026-01"), f("hardship_at_birth", False)], known=K(city="beijing"))

T("2026-07-14")  # Tuesday: 上周X = the week of 2026-07-06
m("relative_date birth_order per_birth_hardship", "上周五生的老二 生的时候家里是低保户", [bd(2, lastweek(4)), chb(2, True)],
  known=K(city="jinan", kids=[yo(3)]))
m("per_birth_hardship birth_order numerals", "仨孩子 老大出生那年家里吃低保 后头俩都没吃", [n(3), chb(1, True), chb(2, False), chb(3, False)],
  known=K(city="jinan", kids=[yo(12), yo(8), yo(3)]))
m("answer per_birth_hardship multiples", "生双胞胎那会儿在领失业金", [chb(1, True), chb(2, True)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2025-05", "2025-05"]))
m("per_birth_hardship now_vs_birth", "低保2023年批的 2025年停的", [chb(1, False), chb(2, True), f("hardship_now", False)],
  known=K(city="jinan", kids=["2022-04", "2024-01"]))
m("duration now_vs_birth", "失业金一共能领十二个月 俺领了九个月了 还在领", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(1)]))
m("birth_order", "孙女今年二月生的 是老二", [bd(2, "2026-02")], known=K(city="jinan", kids=[yo(4)]))
m("chitchat", "这两天下大雨 楼道都淹了", [])
m("correction per_birth_hardship birth_order", "刚才说的不对 生老大那会儿其实在领失业金", [chb(1, True, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2019-04", "hardship_at_birth": False}, {"birth_date": "2023-10"}]))
m("question per_birth_hardship birth_order", "要是老二出生那会儿吃着特困 能补发不", [chb(2, True, "q")], known=K(city="jinan", kids=[yo(5), yo(1)]))
m("relative_date", "前年十月生的", [bd(1, "2024-10")], known=K(city="jinan"))
m("per_birth_hardship birth_order relative_date", "去年六月失业的 失业金一直领到今年五月 老二是去年十二月生的", [bd(2, "2025-12"), chb(2, True), f("hardship_now", False)],
  known=K(city="jinan", kids=[yo(5)]))
m("answer per_birth_hardship birth_order", "老大出生时没 小的生的时候有", [chb(1, False), chb(2, True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2018-02", "2024-06"]))
m("per_birth_hardship birth_order", "老大老二都是领低保期间生的", [chb(1, True), chb(2, True)], known=K(city="jinan", kids=[yo(6), yo(2)]))
m("now_vs_birth", "现在没低保了", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(3)]))
m("numerals birth_order", "二宝是二〇二六年六月廿八出生的", [bd(2, "2026-06-28")], known=K(city="jinan", kids=[yo(4)]))
m("hukou per_birth_hardship", "俺们户口在济南 生孩子那会儿没领过任何补助", [f("city", "jinan"), f("hukou_in_city", True), f("hardship_at_birth", False)],
  known=K(kids=[yo(2)]))
m("question", "领低保的要提供啥材料", [])
m("chitchat", "跟你聊半天了 你到底是人是机器", [])
m("duration now_vs_birth pregnancy", "失业金还有俩月到期 预产期是九月", [f("hardship_now", True), due(1, nextmonth(9))],
  known=K(city="jinan", kids=[{"due_date": None}]))

T("2026-10-29")  # Thursday: 上周X = the week of 2026-10-19
m("relative_date birth_order per_birth_hardship", "上周一刚生的 第三个 生前半年开始领的低保", [bd(3, lastweek(0)), chb(3, True)],
  known=K(city="jinan", kids=[yo(6), yo(3)]))
m("per_birth_hardship birth_order", "从老大出生前一直到老二出生后 都在领特困", [chb(1, True), chb(2, True)], known=K(city="jinan", kids=[yo(7), yo(2)]))
m("answer per_birth_hardship", "都没领过", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=[yo(5), yo(1)]))
m("per_birth_hardship", "外孙是闺女头一个 生他那年闺女女婿都领着失业金", [f("hardship_at_birth", True)], known=K(city="jinan", kids=[yo(1)]))
m("correction per_birth_hardship birth_order", "哦不对 老二出生时也领着低保", [chb(2, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2020-03", "hardship_at_birth": True}, {"birth_date": "2025-01", "hardship_at_birth": False}]))
m("numerals", "十月廿三生的 今儿出院", [bd(1, pastmonth(10, 23))], known=K(city="jinan"))
m("duration insurance", "居民医保交了十四个月了", [f("birth_insurance", "resident_medical")], known=K(city="jinan"))
m("per_birth_hardship birth_order", "失业金去年十一月就领完了 老二今年三月生的", [bd(2, "2026-03"), chb(2, False), f("hardship_now", False)], known=K(city="beijing", kids=[yo(4)]))
m("chitchat", "行 俺回头再问问", [])
m("now_vs_birth per_birth_hardship numerals", "这两年才领上低保 现在也领着 俩孩子出生时都没有",
  [f("hardship_now", True), n(2), f("hardship_at_birth", False)], known=K(city="jinan", kids=[yo(8), yo(4)]))
m("question", "领失业金期间生孩子 生育津贴还发吗", [])
m("numerals per_birth_hardship birth_order", "二〇二五年十二月生的老大 那会儿正吃低保", [bd(1, "2025-12"), chb(1, True)], known=K(city="jinan"))
m("answer per_birth_hardship", "对 特困供养", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=[mo(3)]))
m("relative_date multiples now_vs_birth", "前天生的 双胞胎 俺家是低保户", [bd(1, back(2)), bd(2, back(2)), f("hardship_now", True)],
  known=K(city="jinan"))
m("per_birth_hardship now_vs_birth", "儿媳妇生孙子那阵 家里还不是低保户 去年才评上 现在是", [chb(1, False), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(3)]))
m("age per_birth_hardship numerals", "俩娃 老大九岁 老二六岁半 都是领失业金那几年生的", [n(2), bd(1, yo(9)), bd(2, yo(6)), f("hardship_at_birth", True)],
  known=K(city="beijing"))
m("relative_date birth_order", "三胎是上上个月生的", [bd(3, thismonth(-2))], known=K(city="jinan", kids=[yo(9), yo(5)]))
m("question", "特困人员生孩子 补贴跟普通人一样不", [])
m("chitchat", "娃睡了 俺偷空上来看看", [])
m("per_birth_hardship birth_order duration", "老大生的时候在领失业金 领了十个月", [chb(1, True)], known=K(city="beijing", kids=[yo(6), yo(2)]))
m("correction now_vs_birth per_birth_hardship", "说岔了 生娃那时候没吃低保 是现在吃着", [f("hardship_at_birth", False, "r"), f("hardship_now", True)],
  known=K(city="jinan", hardship_at_birth=True, kids=[yo(1)]))
