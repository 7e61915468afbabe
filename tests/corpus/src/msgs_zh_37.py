# Chinese, batch 37: hardship at each birth (低保/特困/失业金 at one birth and not another, twins born on dibao,
# grandparents telling it, hardship that began after a birth) beside hardship now (现在在领 / 前年就停了 /
# 生的时候还没领); multiples (双胞胎/龙凤胎/三胞胎/俩娃一块生的) beside older children, twins on the way;
# loose answers to the hardship questions; corrections naming one fact; chitchat and bare questions
T("2025-03-11")  # Tuesday: 上周X = the week of 2025-03-03
m("per_birth_hardship birth_order now_vs_birth", "俺们家老二落地那阵正赶上吃低保 老大出生那会儿没吃 今年开春低保给停了",
  [chb(2, True), chb(1, False), f("hardship_now", False)], known=K(city="jinan", kids=[yo(9), yo(2)]))
m("answer per_birth_hardship birth_order", "就老二那会有 老大那时候没有 他爸还上着班哩", [chb(2, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=[yo(6), mo(11)]))
m("multiples relative_date age birth_order", "上周四儿媳妇剖了一对龙凤胎 大孙子都七岁了 俺这当奶奶的乐坏了",
  [bd(2, lastweek(3)), bd(3, lastweek(3)), bd(1, yo(7)), n(3)])
m("multiples per_birth_hardship age", "家里就这对双胞胎闺女 是在特困供养那几年生的 现在都五岁多了",
  [chb(1, True), chb(2, True), bd(1, yo(5)), bd(2, yo(5)), n(2)], known=K(city="beijing"))
m("chitchat", "俺孙女今儿在幼儿园得了朵小红花 回家显摆半天", [])
m("question per_birth_hardship", "生娃那时候领失业金 跟现在领失业金 哪个算数啊", [])
m("answer per_birth_hardship", "没领过 俺家一直是自己挣着吃", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(3)]))
m("now_vs_birth per_birth_hardship multiples", "现在一家五口吃着低保 可三胞胎出生那会还没申请下来",
  [f("hardship_now", True), chb(1, False), chb(2, False), chb(3, False)], known=K(city="jinan", kids=["2023-07", "2023-07", "2023-07"]))
m("correction per_birth_hardship birth_order", "更正一下 生老三的时候没领低保 是生老二那回领的",
  [chb(3, False, "r"), chb(2, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(11), "hardship_at_birth": False}, {"birth_date": yo(6), "hardship_at_birth": False},
                              {"birth_date": yo(1), "hardship_at_birth": True}]))
m("pregnancy multiples birth_order", "老大上初一了 这回一怀就是俩 B超说是双胞胎 怀了六个月",
  [due(2, preg(6)), due(3, preg(6))], known=K(city="beijing", kids=[yo(12)]))
m("short_year multiples per_birth_hardship", "俩娃一块生的 二三年九月 当时家里啥补助都没有",
  [n(2), bd(1, "2023-09"), bd(2, "2023-09"), chb(1, False), chb(2, False)], known=K(city="jinan"))
m("now_vs_birth", "特困供养现在还在领 证还在手里呢", [f("hardship_now", True)],
  known=K(city="beijing", kids=[yo(4)]))
m("question", "我们这种外地来的能申请低保不", [])
m("now_vs_birth per_birth_hardship", "前年就停了失业金 生孩子那阵正领着", [f("hardship_now", False), f("hardship_at_birth", True)],
  known=K(city="jinan", kids=["2022-05"]))

T("2025-06-18")  # Wednesday: 上周X = the week of 2025-06-09
m("per_birth_hardship birth_order age", "我是他姥爷 闺女生头一个外孙时吃低保 第二个外孙生时已经不吃了 大的八岁 小的三岁",
  [chb(1, True), chb(2, False), bd(1, yo(8)), bd(2, yo(3))], known=K(city="jinan"))
m("multiples age birth_order", "老大十一 老二老三是双棒儿 刚满四岁", [bd(1, yo(11)), bd(2, just(4)), bd(3, just(4))],
  known=K(city="beijing"))
m("answer per_birth_hardship multiples", "生双胞胎那阵子正领着失业金", [chb(1, True), chb(2, True)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2024-02", "2024-02"]))
m("now_vs_birth per_birth_hardship", "生的时候还没领 是孩子满月后俺男人下岗才开始领的失业金 到现在还领着",
  [f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="jinan", kids=[mo(9)]))
m("relative_date multiples", "上周一外孙女们出生 一对双胞胎 闺女头一胎", [bd(1, lastweek(0)), bd(2, lastweek(0)), n(2)])
m("chitchat", "唉 这天热得 娃一晚上醒三回", [])
m("answer per_birth_hardship", "都没 那会儿俺俩都有活干", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=[yo(7), yo(2)]))
m("correction multiples age", "不对 双胞胎不是两岁半 刚满三岁", [bd(1, just(3), "r"), bd(2, just(3), "r")],
  known=K(city="jinan", kids=[yo(2), yo(2)]))
m("per_birth_hardship birth_order now_vs_birth", "老三出生那会儿家里是特困户 老大老二生的时候不是 现在也早不是了",
  [chb(3, True), chb(1, False), chb(2, False), f("hardship_now", False)], known=K(city="jinan", kids=[yo(13), yo(9), yo(4)]))
m("question multiples", "龙凤胎的话生育补贴一个娃一份还是俩娃算一份", [])
m("answer multiples age", "仨 大闺女十岁 还有一对龙凤胎 一岁半", [n(3), bd(1, yo(10)), bd(2, yo(1)), bd(3, yo(1))],
  asked="children", known=K(city="jinan"))
m("per_birth_hardship hukou", "北京户口 生娃的时候俺们是低保户", [f("hukou_in_city", True), f("hardship_at_birth", True)],
  known=K(city="beijing", kids=[yo(1)]))
m("question", "低保停了以后补贴还给不给", [])
m("now_vs_birth", "这俩月刚批下来低保", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(5)]))

T("2025-08-04")  # Monday: 上周X = the week of 2025-07-28
m("multiples relative_date per_birth_hardship", "上周二在齐鲁医院生的双胞胎 头胎 俺们一直吃着低保 生的时候也吃着",
  [bd(1, lastweek(1)), bd(2, lastweek(1)), n(2), f("hardship_now", True), chb(1, True), chb(2, True)], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "生老大时候没有 老二那会儿有", [chb(1, False), chb(2, True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(5), mo(7)]))
m("per_birth_hardship birth_order age", "奶奶跟你说 大孙子生下来那阵他爹正领失业金 小孙子生的时候就没领了 小的才四个月",
  [chb(1, True), chb(2, False), bd(2, mo(4))], known=K(city="beijing"))
m("pregnancy multiples", "第一胎 怀的龙凤胎 预产期十月底", [due(1, nextmonth(10)), due(2, nextmonth(10))], known=K(city="jinan"))
m("now_vs_birth", "低保早不领了", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(6)]))
m("chitchat", "这个小程序字太小了 俺老花眼看不清", [])
m("multiples age birth_order per_birth_hardship", "家里四个 老大十四 老二九岁 老三老四双胞胎刚会爬 九个月 生双胞胎那会儿正领着低保",
  [n(4), bd(1, yo(14)), bd(2, yo(9)), bd(3, mo(9)), bd(4, mo(9)), chb(3, True), chb(4, True)], known=K(city="jinan"))
m("question per_birth_hardship", "孩子出生以后才领上低保 算不算", [])
m("correction now_vs_birth", "说错了 低保现在没领 去年就断了", [f("hardship_now", False, "r")],
  known=K(city="beijing", hardship_now=True, kids=[yo(3)]))
m("answer per_birth_hardship multiples birth_order", "就双胞胎那回有 大的那回没有", [chb(2, True), chb(3, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2017-04", "2023-09", "2023-09"]))
m("per_birth_hardship now_vs_birth", "孩子出生那会儿俺在领失业金 领了十二个月 今年没领了", [f("hardship_at_birth", True), f("hardship_now", False)],
  known=K(city="jinan", kids=["2024-03"]))
m("question", "北京这边二孩补贴咋申请啊 去街道还是网上", [])
m("multiples age", "家里就这对小子 双胞胎 两岁多", [n(2), bd(1, yo(2)), bd(2, yo(2))], known=K(city="beijing"))
m("answer insurance", "没交 灵活就业那个断了", [f("birth_insurance", "none")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": "2025-12"}]))

T("2025-10-23")  # Thursday: 上周X = the week of 2025-10-13
m("per_birth_hardship birth_order", "俺家仨孩儿 就生老二时吃过特困 老大老三都没", [n(3), chb(2, True), chb(1, False), chb(3, False)],
  known=K(city="jinan", kids=[yo(12), yo(8), yo(1)]))
m("relative_date multiples birth_order age", "上周三生的双胞胎 上头还有个姐姐六岁", [bd(2, lastweek(2)), bd(3, lastweek(2)), bd(1, yo(6)), n(3)],
  known=K(city="beijing"))
m("answer per_birth_hardship", "俩孩子生的时候都领着呢", [f("hardship_at_birth", True), n(2)], asked="hardship_at_birth",
  known=K(city="beijing", kids=[yo(4), mo(10)]))
m("now_vs_birth per_birth_hardship multiples", "龙凤胎出生时家里还没吃低保 后来俺腰伤了才吃上 到现在还吃",
  [chb(1, False), chb(2, False), f("hardship_now", True)], known=K(city="jinan", kids=["2022-12", "2022-12"]))
m("pregnancy multiples age birth_order", "老大快三岁了 肚子里这个是双胞胎 七个月 一家子要五口人了",
  [bd(1, almost(3)), due(2, preg(7)), due(3, preg(7))], known=K(city="jinan"))
m("chitchat", "好嘞 先这样 俺去接娃放学", [])
m("correction multiples per_birth_hardship", "刚才说反了 生双胞胎的时候没领失业金", [chb(2, False, "r"), chb(3, False, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2015-06", "hardship_at_birth": False},
                                {"birth_date": "2021-01", "hardship_at_birth": True}, {"birth_date": "2021-01", "hardship_at_birth": True}]))
m("question", "啥叫特困供养 跟低保不是一回事吗", [])
m("answer per_birth_hardship birth_order", "老大那时候没有 后头俩都有", [chb(1, False), chb(2, True), chb(3, True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(10), yo(6), yo(2)]))
m("now_vs_birth hukou", "济南户口 现在在领失业金", [f("city", "jinan"), f("hukou_in_city", True), f("hardship_now", True)])
m("answer multiples", "两个 是一对双胞胎闺女", [n(2)], asked="children", known=K(city="beijing"))
m("per_birth_hardship age", "俺是爷爷 孙子出生那会儿他们家吃低保 现在孙子一岁两个月", [chb(1, True), bd(1, age(1, 2))],
  known=K(city="jinan"))
m("question per_birth_hardship", "要是生老二的时候才领低保 老大那份还能补吗", [chb(2, True, "q")])
m("now_vs_birth", "失业金还在领着", [f("hardship_now", True)], known=K(city="beijing", kids=[yo(2)]))

T("2025-12-09")  # Tuesday: 上周X = the week of 2025-12-01
m("per_birth_hardship birth_order relative_date", "老二是上周五生的 这回生的时候在领低保 老大那会儿没有",
  [bd(2, lastweek(4)), chb(2, True), chb(1, False)], known=K(city="jinan", kids=[yo(4)]))
m("multiples short_year per_birth_hardship", "家里就一对双胞胎 一九年生的 那时候是特困供养户 这两年不是了",
  [bd(1, "2019"), bd(2, "2019"), n(2), chb(1, True), chb(2, True), f("hardship_now", False)], known=K(city="beijing"))
m("answer per_birth_hardship", "没有没有", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(1)]))
m("chitchat", "下雪了 路上滑 俺就不去社区了 在这儿问问你", [])
m("now_vs_birth per_birth_hardship birth_order", "老大出生时候俺们领着失业金 老二出生时没有 现在也没有",
  [chb(1, True), chb(2, False), f("hardship_now", False)], known=K(city="beijing", kids=[yo(7), yo(3)]))
m("multiples age birth_order", "大闺女九岁半 底下龙凤胎俩 才满月", [bd(1, yo(9)), bd(2, mo(1)), bd(3, mo(1)), n(3)], known=K(city="jinan"))
m("correction multiples", "不对 双胞胎是九月生的 不是八月", [bd(1, pastmonth(9), "r"), bd(2, pastmonth(9), "r")], known=K(city="jinan", kids=["2025-08", "2025-08"]))
m("question", "低保户生孩子 除了生育补贴还有别的吗", [])
m("answer per_birth_hardship multiples", "俩娃一块生的 那时候都领着低保", [chb(1, True), chb(2, True), n(2)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2024-06", "2024-06"]))
m("now_vs_birth", "上个月失业金领完最后一笔 现在断了", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(1)]))
m("per_birth_hardship birth_order age", "姥姥说两句 外孙女老大生的时候她妈领着特困 老二生的时候不领了 老二快两岁",
  [chb(1, True), chb(2, False), bd(2, almost(2))], known=K(city="beijing"))
m("pregnancy multiples now_vs_birth", "怀了双胞胎 五个月 俺家现在吃低保", [due(1, preg(5)), due(2, preg(5)), f("hardship_now", True)],
  known=K(city="jinan"))
m("answer hukou", "不是 户口在菏泽老家", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(2)]))
m("question multiples", "三胞胎是算三孩吗 补贴咋给", [])

T("2026-01-15")  # Thursday: 上周X = the week of 2026-01-05
m("per_birth_hardship now_vs_birth birth_order", "两个娃都是领低保的时候生的 现在低保还领着", [n(2), f("hardship_at_birth", True), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(5), yo(1)]))
m("answer per_birth_hardship birth_order", "生老二那会儿刚领上 老大那会儿哪有", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2018-04", "2024-12"]))
m("relative_date multiples birth_order", "上周四老三老四一块出来的 双胞胎 上头俩哥哥一个十岁一个六岁 四个娃了",
  [bd(3, lastweek(3)), bd(4, lastweek(3)), bd(1, yo(10)), bd(2, yo(6)), n(4)], known=K(city="beijing"))
m("chitchat", "过年回不回老家还没定呢 愁人", [])
m("correction per_birth_hardship birth_order", "改一下 老大出生时俺们没吃低保", [chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(8), "hardship_at_birth": True}, {"birth_date": yo(3), "hardship_at_birth": True}]))
m("now_vs_birth per_birth_hardship", "生的时候还没领呢 娃半岁以后才领的失业金 前年就停了",
  [f("hardship_at_birth", False), f("hardship_now", False)], known=K(city="beijing", kids=["2021-08"]))
m("multiples age", "俺的外孙外孙女是龙凤胎 快四岁了 就这俩", [bd(1, almost(4)), bd(2, almost(4)), n(2)], known=K(city="jinan"))
m("question per_birth_hardship", "低保要是生了娃才批下来的 补贴咋算", [])
m("answer per_birth_hardship", "嗯 是特困户", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=[mo(6)]))
m("pregnancy multiples birth_order", "二胎 这回是双胞胎 四月份生", [due(2, nextmonth(4)), due(3, nextmonth(4))],
  known=K(city="jinan", kids=[yo(3)]))
m("per_birth_hardship birth_order", "生老三那个月俺老头子领的失业金 别的孩子都没赶上", [chb(3, True), chb(1, False), chb(2, False)],
  known=K(city="beijing", kids=[yo(14), yo(10), yo(4)]))
m("now_vs_birth", "低保现在不领了", [f("hardship_now", False)], known=K(city="jinan", hardship_now=True, kids=[yo(5)]))
m("question", "失业金领完了还能续吗", [])
m("multiples answer age", "一对儿龙凤胎 一岁零八个月", [n(2), bd(1, age(1, 8)), bd(2, age(1, 8))], asked="children",
  known=K(city="beijing"))

T("2026-03-02")  # Monday: 上周X = the week of 2026-02-23
m("per_birth_hardship multiples birth_order", "大儿子出生那会儿吃低保 后来双胞胎生的时候就不吃了", [chb(1, True), chb(2, False), chb(3, False)],
  known=K(city="jinan", kids=["2016-05", "2022-10", "2022-10"]))
m("relative_date multiples", "上周六三胞胎出生了 头一胎 俺们在北京", [bd(1, lastweek(5)), bd(2, lastweek(5)), bd(3, lastweek(5)), n(3),
  f("city", "beijing")])
m("answer per_birth_hardship", "有 俩都是低保那几年生的", [f("hardship_at_birth", True, "c"), n(2)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(6), yo(3)]))
m("now_vs_birth per_birth_hardship birth_order", "老二是去年生的 那时还没吃特困 现在吃上了", [bd(2, "2025"), chb(2, False), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(7)]))
m("chitchat", "谢谢你哈 说得挺明白", [])
m("correction multiples short_year", "双胞胎是二二年的 我刚打成二一年了", [bd(1, "2022", "r"), bd(2, "2022", "r")],
  known=K(city="beijing", kids=["2021", "2021"]))
m("question", "特困供养的家庭 生育补贴是一次性给吗", [])
m("per_birth_hardship age", "孙女三个月 她出生时她爸在领失业金", [bd(1, mo(3)), chb(1, True)], known=K(city="jinan"))
m("answer per_birth_hardship multiples birth_order", "就龙凤胎那会有 老大没有 老二也没有", [chb(3, True), chb(4, True), chb(1, False), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2012-02", "2016-07", "2024-01", "2024-01"]))
m("answer pregnancy multiples", "双胞胎 预产期六月十号", [due(1, nextmonth(6, 10)), due(2, nextmonth(6, 10))], asked="due_date",
  known=K(city="beijing", kids=[{"due_date": None}, {"due_date": None}]))
m("now_vs_birth", "现在低保失业金啥的都没有", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(2)]))
m("answer per_birth_hardship", "没有 生的时候还没领", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", hardship_now=True, kids=[mo(8)]))
m("multiples age birth_order", "俺家老大老二是双胞胎 九岁了 老三刚满周岁", [bd(1, yo(9)), bd(2, yo(9)), bd(3, just(1))],
  known=K(city="jinan"))
m("question", "俺闺女是残疾 这个能算特困不", [])

T("2026-05-20")  # Wednesday: 上周X = the week of 2026-05-11
m("per_birth_hardship birth_order now_vs_birth", "说说俺家 老大生的时候领的失业金 老二生的时候吃低保 现在啥也不领了",
  [chb(1, True), chb(2, True), f("hardship_now", False)], known=K(city="jinan", kids=[yo(6), yo(2)]))
m("answer per_birth_hardship birth_order", "老大有 老二没", [chb(1, True), chb(2, False)], asked="hardship_at_birth",
  known=K(city="beijing", kids=[yo(9), yo(1)]))
m("relative_date multiples now_vs_birth", "上周二生的龙凤胎 头胎 家里现在是特困供养", [bd(1, lastweek(1)), bd(2, lastweek(1)), n(2),
  f("hardship_now", True)], known=K(city="jinan"))
m("chitchat", "娃一会儿不看着就上房揭瓦 真愁人", [])
m("correction now_vs_birth", "更正 低保还在领 没停", [f("hardship_now", True, "r")], known=K(city="jinan", hardship_now=False, kids=[yo(4)]))
m("multiples age pregnancy birth_order", "龙凤胎六岁半 现在又怀上了 怀孕三个月", [bd(1, yo(6)), bd(2, yo(6)), due(3, preg(3))],
  known=K(city="beijing"))
m("question per_birth_hardship", "是看生娃那天在不在领 还是看那一年", [])
m("answer per_birth_hardship multiples", "三个娃出生时都没领", [f("hardship_at_birth", False), n(3)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2023-05", "2023-05", "2023-05"]))
m("per_birth_hardship age", "俺外孙十个月 生他那阵俺闺女没领啥", [bd(1, mo(10)), f("hardship_at_birth", False)], known=K(city="beijing"))
m("now_vs_birth per_birth_hardship", "孩子落地后第三个月才开始吃低保 吃到现在", [f("hardship_at_birth", False), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(1)]))
m("answer multiples age", "四个 老大老二是双胞胎十二了 老三八岁 老四两岁",
  [n(4), bd(1, yo(12)), bd(2, yo(12)), bd(3, yo(8)), bd(4, yo(2))], asked="children", known=K(city="jinan"))
m("question", "低保证到期了要去哪换", [])
m("now_vs_birth", "现在没在领低保", [f("hardship_now", False)], known=K(city="beijing", kids=[yo(3)]))
m("correction age birth_order", "老二不是两岁 是快三岁了", [bd(2, almost(3), "r")], known=K(city="jinan", kids=[yo(7), yo(2)]))

T("2026-07-07")  # Tuesday: 上周X = the week of 2026-06-29
m("per_birth_hardship multiples birth_order", "生双胞胎那会儿俺家还是低保户 后来生小闺女的时候不是了",
  [chb(1, True), chb(2, True), chb(3, False)], known=K(city="jinan", kids=["2019-03", "2019-03", "2024-11"]))
m("answer per_birth_hardship birth_order", "没 都没有", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=[yo(8), yo(4)]))
m("relative_date now_vs_birth", "上周三孙子出生 他爹妈现在都在领失业金", [bd(1, lastweek(2)), f("hardship_now", True)], known=K(city="jinan"))
m("chitchat", "热死了 空调坏了还没修", [])
m("multiples pregnancy", "三胞胎 第一次怀 医生说八月中旬剖", [due(1, nextmonth(8)), due(2, nextmonth(8)), due(3, nextmonth(8))],
  known=K(city="beijing"))
m("now_vs_birth per_birth_hardship birth_order", "老大生的时候在领特困 现在不领了 怀老二五个月了",
  [chb(1, True), f("hardship_now", False), due(2, preg(5))], known=K(city="jinan", kids=[yo(3)]))
m("question", "领失业金期间生孩子 生育津贴还能领吗", [])
m("answer per_birth_hardship multiples", "双胞胎那回没领 就是现在领着", [chb(1, False), chb(2, False), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2025-02", "2025-02"]))
m("correction multiples age", "说错了 双胞胎九岁 不是八岁", [bd(1, yo(9), "r"), bd(2, yo(9), "r")], known=K(city="jinan", kids=[yo(8), yo(8)]))
m("age birth_order per_birth_hardship", "老大十三 老二八岁 老三一岁 三个出生时俺们都在领低保",
  [bd(1, yo(13)), bd(2, yo(8)), bd(3, yo(1)), n(3), f("hardship_at_birth", True)], known=K(city="beijing"))
m("answer insurance", "城乡居民医保 在街道交的", [f("birth_insurance", "resident_medical")], asked="birth_insurance", known=K(city="jinan", kids=[mo(2)]))
m("question", "低保和失业金能同时领吗", [])
m("now_vs_birth", "失业金刚开始领 这是第一个月", [f("hardship_now", True)], known=K(city="beijing", kids=[yo(5)]))

T("2026-09-17")  # Thursday: 上周X = the week of 2026-09-07
m("per_birth_hardship birth_order", "俺们老三落地时领着特困供养 老大老二那会儿没领 日子还过得去", [chb(3, True), chb(1, False), chb(2, False)],
  known=K(city="jinan", kids=[yo(10), yo(7), mo(5)]))
m("relative_date multiples age birth_order", "上周五俺家老二老三双胞胎出生 老大三岁", [bd(2, lastweek(4)), bd(3, lastweek(4)), bd(1, yo(3))],
  known=K(city="beijing"))
m("answer per_birth_hardship", "就头一个有 老二没有", [chb(1, True), chb(2, False)], asked="hardship_at_birth", known=K(city="jinan", kids=[yo(5), yo(2)]))
m("chitchat", "开学了 总算清净点儿", [])
m("now_vs_birth per_birth_hardship", "生娃时候领着低保 前年就不领了", [f("hardship_at_birth", True), f("hardship_now", False)],
  known=K(city="beijing", kids=[yo(4)]))
m("question multiples", "双胞胎一个户口本上能都申请吗", [])
m("answer per_birth_hardship multiples birth_order", "老大生的时候在领 双胞胎生的时候不领了", [chb(1, True), chb(2, False), chb(3, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2018-01", "2025-05", "2025-05"]))
m("correction per_birth_hardship", "不对 生孩子的时候没领低保 是现在在领", [f("hardship_at_birth", False, "r"), f("hardship_now", True)],
  known=K(city="jinan", hardship_at_birth=True, kids=[yo(2)]))
m("multiples age", "俺家是龙凤胎 就俩娃 七个月了", [bd(1, mo(7)), bd(2, mo(7)), n(2)], known=K(city="jinan"))
m("question", "老家的低保到济南能转过来不", [])
m("now_vs_birth", "低保领着呢", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(6)]))
m("per_birth_hardship age", "外孙六岁 生他时他爸刚下岗领失业金", [bd(1, yo(6)), f("hardship_at_birth", True)], known=K(city="beijing"))
m("pregnancy multiples now_vs_birth", "现在吃着低保 又怀了双胞胎 八个月了", [f("hardship_now", True), due(2, preg(8)), due(3, preg(8))],
  known=K(city="jinan", kids=[yo(4)]))

T("2026-11-26")  # Thursday: 上周X = the week of 2026-11-16
m("per_birth_hardship birth_order now_vs_birth", "老二老三生的时候都吃着低保 老大那时候没吃 现在也不吃了",
  [chb(2, True), chb(3, True), chb(1, False), f("hardship_now", False)], known=K(city="jinan", kids=[yo(11), yo(6), yo(2)]))
m("answer per_birth_hardship birth_order", "就老二那会有 老大没有", [chb(2, True), chb(1, False)], asked="hardship_at_birth", known=K(city="beijing", kids=[yo(4), mo(5)]))
m("relative_date multiples", "上周一三胞胎出生 上面还有个哥哥 都一家六口了", [bd(2, lastweek(0)), bd(3, lastweek(0)), bd(4, lastweek(0)), n(4)],
  known=K(city="jinan"))
m("chitchat", "今天冷 孩子感冒了 一会儿去医院", [])
m("now_vs_birth per_birth_hardship", "生孩子那会儿没领 现在也没领", [f("hardship_at_birth", False), f("hardship_now", False)],
  known=K(city="beijing", kids=[yo(1)]))
m("question", "双胞胎的补贴发到谁卡上", [])
m("answer per_birth_hardship", "没 那会儿没有", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=[mo(3)]))
m("multiples age birth_order per_birth_hardship", "老大五岁 老二老三是龙凤胎 一岁 生龙凤胎那会儿领着失业金",
  [bd(1, yo(5)), bd(2, yo(1)), bd(3, yo(1)), chb(2, True), chb(3, True)], known=K(city="jinan"))
m("correction per_birth_hardship birth_order", "俺刚才说错了 生老大时候也领着低保", [chb(1, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(8), "hardship_at_birth": False}, {"birth_date": yo(3), "hardship_at_birth": True}]))
m("question", "孩子出生以后家里困难了能补申请吗", [])
m("now_vs_birth", "现在失业金没领", [f("hardship_now", False)], known=K(city="beijing", kids=[yo(2)]))
m("per_birth_hardship age", "孙女一岁 她出生时她爸妈都没领啥", [bd(1, yo(1)), chb(1, False)], known=K(city="beijing"))
