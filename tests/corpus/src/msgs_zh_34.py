# Chinese, batch 34: per-birth hardship (低保/特困/失业金 at some births and not others, named by order, 大的/小的/上一个,
# by year, by 生X的那年; answers to the hardship question from families of 2-3 children) and now versus at the birth
# (现在在领 / 去年开始领 / 生完才开始领 / 那时候还没有: hardship_now kept apart from hardship_at_birth), plus colloquial
# ages, answers, corrections naming one fact, chitchat and questions that state nothing
T("2025-01-21")  # Tuesday
m("per_birth_hardship birth_order relative_date", "俺家俩孩子 生大的那年吃着低保 小的是前年生的 那会儿早就不吃了",
  [n(2), chb(1, True), chb(2, False)], known=K(city="jinan", kids=["2019-05", "2023-02"]))
m("answer per_birth_hardship birth_order", "头一个没有 后面俩都赶上了 那几年一直领失业金", [chb(1, False), chb(2, True), chb(3, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2016-03", "2020-10", "2022-12"]))
m("now_vs_birth per_birth_hardship", "现在在领低保 是去年秋天开始的 生孩子的时候还没有", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=["2022-08"]))
m("chitchat", "唉 日子紧巴巴的 能领一点是一点吧", [])
m("question", "低保户生的孩子 补贴是不是能多领几年", [])
m("correction per_birth_hardship birth_order", "刚才说反了 老大那会儿没领 是生老二那会儿领的", [chb(1, False, "r"), chb(2, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2018-07", "hardship_at_birth": True}, {"birth_date": "2023-01", "hardship_at_birth": False}]))
m("age now_vs_birth", "外孙女一岁零五个月 闺女离了婚 现在一个人带娃在领低保", [bd(1, age(1, 5)), f("hardship_now", True)], known=K(city="beijing"))
m("age pregnancy relative_date", "俺孙女三岁零两个月 孙子预产期下个月", [bd(1, age(3, 2)), due(2, thismonth(1))], known=K(city="jinan"))

T("2025-02-26")  # Wednesday
m("per_birth_hardship short_year birth_order", "24年生的那个 生的时候俺们家是特困户 18年那个没有", [chb(2, True), chb(1, False)],
  known=K(city="jinan", kids=["2018-04", "2024-07"]))
m("answer per_birth_hardship birth_order", "小的有 大的那时候还上着班呢 没领", [chb(2, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2017-09", "2024-11"]))
m("now_vs_birth relative_date", "他爸上个月下岗了 这个月开始领失业经", [f("hardship_now", True)], known=K(city="beijing", kids=[yo(3)]))
m("now_vs_birth per_birth_hardship birth_order", "二宝生完才开始领低保 生的时候还没批下来 现在每个月都领着", [chb(2, False), f("hardship_now", True)],
  known=K(city="jinan", kids=["2019-12", "2024-05"]))
m("question", "失业金领完了还算不算困难家庭", [])
m("answer now_vs_birth per_birth_hardship", "那时候还没有 现在有了", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2024-04"]))
m("pregnancy now_vs_birth", "怀孕五个月 头胎 家里在吃低宝", [due(1, preg(5)), f("hardship_now", True)], known=K(city="jinan"))

T("2025-04-17")  # Thursday
m("per_birth_hardship birth_order", "三个娃 老大老二出生那几年都吃低保 老三生的时候他爸找着活了 就停了",
  [n(3), chb(1, True), chb(2, True), chb(3, False)], known=K(city="jinan", kids=["2014-02", "2017-06", "2024-09"]))
m("answer per_birth_hardship", "没 都没领过", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2015-05", "2019-08", "2023-03"]))
m("relative_date per_birth_hardship now_vs_birth birth_order", "上周二生的老二 生的时候就在领失业金 现在还在领",
  [bd(2, lastweek(1)), chb(2, True), f("hardship_now", True)], known=K(city="jinan", kids=[yo(4)]))
m("chitchat", "俺不识几个字 孙子帮俺打的", [])
m("correction now_vs_birth", "更正 现在已经不领了 上个月停的", [f("hardship_now", False, "r")], known=K(city="jinan", hardship_now=True, kids=[yo(2)]))
m("hukou per_birth_hardship birth_order", "俺们不是北京户口 外地的 生大的时候领过失业金 小的没有", [f("hukou_in_city", False), chb(1, True), chb(2, False)],
  known=K(city="beijing", kids=[yo(6), yo(1)]))
m("question", "在领失业金的时候生孩子 生育津贴还能拿吗", [])
m("per_birth_hardship birth_order", "大的那个 生的时候家里领着低保 小的生的时候 特困也领着", [chb(1, True), chb(2, True)],
  known=K(city="jinan", kids=[yo(5), yo(2)]))

T("2025-05-07")  # Wednesday
m("per_birth_hardship birth_order", "小的那个生的那年正赶上厂子倒闭 领了一年失业金 大的那会儿没领", [chb(2, True), chb(1, False)],
  known=K(city="jinan", kids=["2016-10", "2021-04"]))
m("answer per_birth_hardship birth_order", "第二个生的时候领着低保 第一个没有", [chb(2, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2020-01", "2024-06"]))
m("now_vs_birth per_birth_hardship birth_order relative_date", "去年开始领的低保 老大老二都是前几年生的 生的时候没领",
  [f("hardship_now", True), chb(1, False), chb(2, False)], known=K(city="jinan", kids=["2019-03", "2021-11"]))
m("age birth_order now_vs_birth per_birth_hardship", "孙子八个月 孙女三岁半 儿子失业在家领失业金 生孙子那会儿还上班 没领",
  [bd(1, yo(3)), bd(2, mo(8)), f("hardship_now", True), chb(2, False)], known=K(city="jinan"))
m("question", "特困供养的家庭 生三胎有额外补助不", [])
m("chitchat", "谢谢你啊闺女 讲得真明白", [])
m("answer", "在济南呢 住槐荫那边", [f("city", "jinan")], asked="city")

T("2025-06-30")  # Monday
m("per_birth_hardship multiples now_vs_birth", "生双胞胎那会儿俺们领着低保 现在不领了", [chb(2, True), chb(3, True), f("hardship_now", False)],
  known=K(city="jinan", kids=["2021-06", "2024-03", "2024-03"]))
m("answer per_birth_hardship birth_order", "老大出生那年没有 老二有 他爸那年刚丢了工作领失业金", [chb(1, False), chb(2, True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2019-07", "2023-05"]))
m("now_vs_birth", "俺们家现在没有低保了 之前有", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(3)]))
m("relative_date per_birth_hardship now_vs_birth", "前天生的 俺们家吃低保好几年了 生的时候也吃着",
  [bd(1, back(2)), f("hardship_now", True), f("hardship_at_birth", True)], known=K(city="jinan"))
m("question per_birth_hardship now_vs_birth", "低保是孩子生完以后才办下来的 现在还在领 这种情况能申请吗",
  [f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="jinan", kids=["2024-12"]))
m("chitchat", "等会儿 俺去看看锅", [])
m("correction per_birth_hardship birth_order", "打错了 是老三出生的时候领的 不是老二", [chb(3, True, "r"), chb(2, False, "r")],
  known=K(city="jinan", kids=["2015-01", {"birth_date": "2019-04", "hardship_at_birth": True}, "2024-08"]))
m("age birth_order", "大的七岁半 二的四岁 三的才十二天 三个都是小子", [bd(1, yo(7)), bd(2, yo(4)), bd(3, dago(12)), n(3)], known=K(city="jinan"))

T("2025-08-05")  # Tuesday
m("per_birth_hardship birth_order", "大的生在2016年 那会儿家里穷 领低保 小的2023年生的 没领",
  [bd(1, "2016"), chb(1, True), bd(2, "2023"), chb(2, False)], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "中间那个有 另外俩没有", [chb(2, True), chb(1, False), chb(3, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2013-08", "2018-02", "2022-06"]))
m("now_vs_birth", "失业金上礼拜刚停", [f("hardship_now", False)], known=K(city="beijing", kids=[yo(1)]))
m("now_vs_birth per_birth_hardship", "孩子他爸走了以后才吃上低保 孩子生的时候没有 现在有", [f("hardship_at_birth", False), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(4)]))
m("question", "低保和失业金都领的话 补贴能叠加吗", [])
m("pregnancy per_birth_hardship now_vs_birth birth_order", "怀二胎七个月了 生老大那会儿领着失业金 现在没领了",
  [due(2, preg(7)), chb(1, True), f("hardship_now", False)], known=K(city="jinan", kids=[yo(5)]))
m("answer per_birth_hardship", "不是 那时候还在上班", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2025-03"]))

T("2025-09-25")  # Thursday
m("age birth_order per_birth_hardship", "俺是姥姥 外孙子四岁 外孙女一岁 闺女生外孙女那年领的特困 生外孙子那年没有",
  [bd(1, yo(4)), bd(2, yo(1)), chb(2, True), chb(1, False)], known=K(city="jinan"))
m("answer per_birth_hardship", "有 俩孩子生的时候都在吃低保", [f("hardship_at_birth", True, "c"), n(2)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2018-11", "2022-04"]))
m("per_birth_hardship birth_order", "生大闺女那年俺失业 领了半年失业金 二闺女生的时候已经上班了 就没领", [chb(1, True), chb(2, False)],
  known=K(city="beijing", kids=["2017-05", "2021-09"]))
m("now_vs_birth", "今年三月开始领低保 现在还领着", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(2)]))
m("correction now_vs_birth per_birth_hardship", "不对 现在没领 是生孩子那时候领的", [f("hardship_now", False, "r"), f("hardship_at_birth", True)],
  known=K(city="jinan", hardship_now=True, kids=["2023-06"]))
m("chitchat", "哎呀 孩子醒了 回头聊", [])
m("question", "打零工的人交的灵活就业 生娃住院给报多少", [])
m("answer pregnancy", "明年四月上旬", [due(1, "2026-04")], asked="due_date", known=K(city="beijing", kids=[{"due_date": None}]))

T("2025-10-14")  # Tuesday
m("per_birth_hardship short_year birth_order", "一九年那个生的时候没领 二二年那个领着低保 今年生的老三也领着",
  [chb(1, False), chb(2, True), chb(3, True)], known=K(city="jinan", kids=["2019-02", "2022-09", "2025-08"]))
m("answer per_birth_hardship birth_order", "老大老二有 老三没有", [chb(1, True), chb(2, True), chb(3, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2016-04", "2019-10", "2024-02"]))
m("relative_date per_birth_hardship now_vs_birth", "上个月孩子出生 俺们家那时候还没有低保 这个月刚批下来",
  [bd(1, thismonth(-1)), f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="jinan"))
m("question now_vs_birth per_birth_hardship", "生孩子那时候没领 现在领 能算吗", [f("hardship_at_birth", False), f("hardship_now", True)],
  known=K(city="jinan", kids=["2024-01"]))
m("chitchat", "俺们这边都说吃低保 不说领低保 一个意思哈", [])
m("insurance per_birth_hardship", "我交的城乡居民医保 生的时候家里领着失业金", [f("birth_insurance", "resident_medical"), f("hardship_at_birth", True)],
  known=K(city="beijing", kids=["2025-05"]))
m("correction per_birth_hardship birth_order", "更正一下 老二出生那会儿没领失业金 是老大", [chb(2, False, "r"), chb(1, True)],
  known=K(city="jinan", kids=["2018-12", {"birth_date": "2023-07", "hardship_at_birth": True}]))

T("2025-11-03")  # Monday
m("age birth_order per_birth_hardship", "老大十岁 老二六岁半 老三刚满月 生老三这回赶上吃低保了 前头俩都没有",
  [bd(1, yo(10)), bd(2, yo(6)), bd(3, mo(1)), chb(3, True), chb(1, False), chb(2, False)], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "大的没 小的有 是特困", [chb(1, False), chb(2, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2020-06", "2024-12"]))
m("now_vs_birth", "家里现在领的是特困供养 以前是低保", [f("hardship_now", True)], known=K(city="beijing", kids=[yo(5)]))
m("question", "啥叫特困供养人员 俺家算不算", [])
m("now_vs_birth per_birth_hardship", "孩子生的那会儿还没领 生完第二个月才开始领失业金 现在还能领半年",
  [f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="jinan", kids=["2025-06"]))
m("chitchat", "恁们周末也上班啊", [])
m("answer hukou", "是 俺一家都是济南户口", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(2)]))

T("2025-12-11")  # Thursday
m("per_birth_hardship pregnancy birth_order", "上一个生的时候在领低保 这回又怀上了 七个月", [chb(1, True), due(2, preg(7))],
  known=K(city="beijing", kids=[yo(3)]))
m("answer per_birth_hardship birth_order", "生头胎那年有 二胎那年没有", [chb(1, True), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2018-03", "2022-08"]))
m("pregnancy now_vs_birth", "明年一月份预产期 俺家在领失业金", [due(1, "2026-01"), f("hardship_now", True)], known=K(city="beijing"))
m("per_birth_hardship now_vs_birth birth_order", "生小的那年刚好领失业金 大的那年没有 现在俩都上学了 俺也上班了 不领了",
  [chb(2, True), chb(1, False), n(2), f("hardship_now", False)], known=K(city="jinan", kids=["2015-09", "2019-01"]))
m("question", "失业金是按月领的吧 一个月多少", [])
m("correction", "不对 是仨孩子 不是俩 刚才把最小的给漏了", [n(3, "r")], known=K(city="jinan", kids=["2020-04", "2024-07"]))
m("chitchat", "年底了 单位忙 回头再问", [])
m("correction height", "不是一米零五 是一米一五 孩子他爸量错了", [ht(1, 115, "r")], known=K(city="beijing", kids=[{"birth_date": yo(5), "height_cm": 105}]))

T("2026-01-28")  # Wednesday
m("per_birth_hardship now_vs_birth birth_order", "生老大的时候在吃低保 生老二那年也在吃 到现在都没断",
  [chb(1, True), chb(2, True), f("hardship_now", True)], known=K(city="jinan", kids=["2017-02", "2021-06"]))
m("answer per_birth_hardship birth_order", "前两个没领 小的那会儿领着低保", [chb(1, False), chb(2, False), chb(3, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2012-10", "2016-05", "2023-11"]))
m("now_vs_birth per_birth_hardship birth_order relative_date", "去年十月开始领失业金 老大生的时候我还有班上 没领",
  [f("hardship_now", True), chb(1, False)], known=K(city="beijing", kids=[yo(6), mo(5)]))
m("question", "过年前能把补贴发下来不", [])
m("age per_birth_hardship", "孙子两岁零六个月 生他那会儿他爸领着失业金", [bd(1, age(2, 6)), chb(1, True)], known=K(city="jinan"))
m("chitchat", "天冷 孩子都窝家里 烦死了", [])
m("answer hukou", "不是 俺们户口在河北", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(1)]))
m("answer per_birth_hardship", "没有 两回都没有", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2019-08", "2025-02"]))

T("2026-03-02")  # Monday
m("per_birth_hardship birth_order", "生2020年那个的时候没领低保 2024年那个领了", [chb(1, False), chb(2, True)],
  known=K(city="jinan", kids=["2020-05", "2024-10"]))
m("answer per_birth_hardship multiples birth_order", "生双胞胎那回领着失业金 老大那回没有", [chb(2, True), chb(3, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2018-03", "2023-06", "2023-06"]))
m("now_vs_birth", "现在在领特困供样金", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(2)]))
m("relative_date per_birth_hardship birth_order", "上周三生的二胎 老大那会儿家里领低保 这回没领",
  [bd(2, lastweek(2)), chb(1, True), chb(2, False)], known=K(city="jinan", kids=[yo(4)]))
m("question", "低保户买首套房有补贴吗", [])
m("chitchat", "开学了 总算清净了", [])
m("correction per_birth_hardship", "说错了 不是生完才领的 生的时候就在领了", [f("hardship_at_birth", True, "r")],
  known=K(city="beijing", hardship_at_birth=False, kids=["2025-04"]))
m("relative_date short_year birth_order", "老二是去年十一月生的 老大一六年的", [bd(2, "2025-11"), bd(1, "2016")], known=K(city="jinan"))

T("2026-04-09")  # Thursday
m("age birth_order per_birth_hardship now_vs_birth", "大的十二 小的一岁半 生小的那年俺下岗了领失业金 现在还领着",
  [bd(1, yo(12)), bd(2, yo(1)), chb(2, True), f("hardship_now", True)], known=K(city="jinan"))
m("answer per_birth_hardship", "没 那时候俩都没领", [f("hardship_at_birth", False, "c"), n(2)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2021-03", "2024-09"]))
m("now_vs_birth per_birth_hardship", "上上个月才开始领低保 孩子生的时候没有", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=["2023-10"]))
m("question", "领失业金期间生孩子 济南给多少托育补贴", [])
m("age per_birth_hardship", "北京的 孩子八个月 生的时候家里吃低保", [f("city", "beijing"), bd(1, mo(8)), f("hardship_at_birth", True)])
m("chitchat", "哦哦 原来是这样", [])
m("answer negation_housing", "对 租的 一个月一千五", [f("renting", True, "c")], asked="renting", known=K(city="jinan", kids=[yo(3)]))

T("2026-05-20")  # Wednesday
m("per_birth_hardship short_year birth_order", "二三年生的闺女那时候家里领低保 二五年生的小子没有", [chb(1, True), chb(2, False)],
  known=K(city="jinan", kids=["2023-04", "2025-09"]))
m("answer per_birth_hardship birth_order", "老大有 后俩都没有", [chb(1, True), chb(2, False), chb(3, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2014-06", "2019-12", "2024-05"]))
m("now_vs_birth", "失业金领到上个月就到期了", [f("hardship_now", False)], known=K(city="beijing", kids=[yo(1)]))
m("per_birth_hardship birth_order", "俺闺女生老二的时候领着低保 生老大时候还没有", [chb(2, True), chb(1, False)],
  known=K(city="beijing", kids=[yo(7), yo(2)]))
m("question", "低保证明去哪开", [])
m("pregnancy now_vs_birth birth_order", "怀孕四个月 这是老三 家里现在领失业金", [due(3, preg(4)), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(8), yo(4)]))
m("chitchat", "嗯嗯 好的 俺记下了", [])
m("answer age birth_order", "仨 一个比一个小 最大的九岁 最小的两个月 中间那个五岁", [n(3), bd(1, yo(9)), bd(2, yo(5)), bd(3, mo(2))],
  asked="children", known=K(city="jinan"))

T("2026-06-25")  # Thursday
m("per_birth_hardship now_vs_birth birth_order", "俩孩子 大的生那年吃低保 小的生那年不吃了 现在又吃上了",
  [n(2), chb(1, True), chb(2, False), f("hardship_now", True)], known=K(city="jinan", kids=["2016-08", "2022-03"]))
m("answer now_vs_birth per_birth_hardship", "那时候还没有 是去年才开始领的 现在也在领", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2019-04", "2023-01"]))
m("per_birth_hardship birth_order", "老二是在领失业金的时候生的 老三不是", [chb(2, True), chb(3, False)],
  known=K(city="jinan", kids=["2013-05", "2018-09", "2024-04"]))
m("question", "特困供养和低保是一回事吗", [])
m("per_birth_hardship birth_order", "俺家小的那个生的那年 儿子没工作 领的失业金", [chb(2, True)], known=K(city="beijing", kids=[yo(5), yo(1)]))
m("height birth_order", "老大一米三二 老二还不到一米二", [ht(1, 132), below(2, 120)], known=K(city="jinan", kids=[yo(9), yo(5)]))
m("chitchat", "刚下班 累成狗", [])

T("2026-07-07")  # Tuesday
m("per_birth_hardship birth_order", "生第一个那年俺们两口子都失业了 领的失业金 生第二个的时候都上班了 没再领", [chb(1, True), chb(2, False)],
  known=K(city="jinan", kids=["2015-11", "2020-07"]))
m("answer per_birth_hardship", "有 三个孩子生的时候都在领低保", [f("hardship_at_birth", True, "c"), n(3)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2014-01", "2018-06", "2023-09"]))
m("now_vs_birth", "孩子他爹现在是特困供养人员", [f("hardship_now", True)], known=K(city="beijing", kids=[yo(3)]))
m("question", "在领低保的家庭 托育补贴发到几岁", [])
m("per_birth_hardship now_vs_birth birth_order", "头胎那会儿没领 二胎那会儿领了 三胎刚生 还在领",
  [chb(1, False), chb(2, True), chb(3, True), f("hardship_now", True)], known=K(city="jinan", kids=[yo(7), yo(3), dago(10)]))
m("chitchat", "孩子放暑假了 天天在家闹", [])
m("answer insurance", "职工的 单位给交的生育保险", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="beijing", kids=[{"due_date": "2026-10"}]))

T("2026-08-27")  # Thursday
m("per_birth_hardship now_vs_birth birth_order", "大的小的生的时候都没领 就这两年才开始领低保", [chb(1, False), chb(2, False), f("hardship_now", True)],
  known=K(city="jinan", kids=["2017-03", "2020-12"]))
m("answer per_birth_hardship birth_order", "小的那回有", [chb(2, True)], asked="hardship_at_birth", known=K(city="beijing", kids=["2018-10", "2025-01"]))
m("age now_vs_birth", "俺在济南 俩娃 一个六岁一个三岁 家里现在领失业金", [f("city", "jinan"), n(2), bd(1, yo(6)), bd(2, yo(3)), f("hardship_now", True)])
m("question", "失业金停了以后补贴还发吗", [])
m("correction per_birth_hardship birth_order", "不好意思 老大出生那会儿其实没领低保 我记混了", [chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2019-05", "hardship_at_birth": True}, "2024-02"]))
m("age per_birth_hardship birth_order", "生老三那年俺家刚吃上低保 老三今年两岁", [bd(3, yo(2)), chb(3, True)], known=K(city="jinan", kids=[yo(9), yo(5)]))
m("chitchat", "好嘞 感谢", [])
m("multiples age birth_order", "双胞胎今年刚满三岁 他们哥哥十岁", [bd(1, yo(10)), bd(2, just(3)), bd(3, just(3)), n(3)], known=K(city="jinan"))

T("2026-09-22")  # Tuesday
m("per_birth_hardship birth_order", "老大是2015年生的 那年家里是特困户 老二是2021年的 没有 老三今年生的 又赶上领失业金",
  [bd(1, "2015"), chb(1, True), bd(2, "2021"), chb(2, False), bd(3, "2026"), chb(3, True)], known=K(city="beijing"))
m("answer per_birth_hardship birth_order", "生大的时候领过低保 小的没有", [chb(1, True), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2016-02", "2021-07"]))
m("now_vs_birth", "现在已经不领了 去年就停了", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(4)]))
m("question", "二孩家庭有啥补贴", [])
m("relative_date now_vs_birth", "外孙今天出生了 闺女家吃着低保呢", [bd(1, today()), f("hardship_now", True)], known=K(city="jinan"))
m("chitchat", "孩子发烧 今天先不问了", [])
m("answer negation_housing", "没有 在北京哪买得起", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city", known=K(city="beijing", kids=[yo(2)]))

T("2026-10-15")  # Thursday
m("per_birth_hardship now_vs_birth birth_order", "生老二那年领了特困 生老大那年没有 现在还是特困", [chb(2, True), chb(1, False), f("hardship_now", True)],
  known=K(city="jinan", kids=["2018-01", "2023-08"]))
m("answer per_birth_hardship birth_order", "第二个和第三个有 第一个没有", [chb(2, True), chb(3, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2012-09", "2017-03", "2022-11"]))
m("now_vs_birth per_birth_hardship", "俺家娃是生完以后才开始领的失业金 生的时候没有 现在也停了", [f("hardship_at_birth", False), f("hardship_now", False)],
  known=K(city="jinan", kids=["2024-03"]))
m("question", "低保户家的孩子上幼儿园有减免吗", [])
m("pregnancy per_birth_hardship birth_order", "第三胎预产期明年二月 老大老二生的时候都在领低保", [due(3, "2027-02"), chb(1, True), chb(2, True)],
  known=K(city="jinan", kids=["2019-06", "2023-02"]))
m("chitchat", "你是真人还是机器啊", [])
m("answer housing_fund", "俺和孩子他妈都交公积金", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(1)]))
m("answer negation_housing", "不打算 手头太紧", [f("buying_first_home", False, "c")], asked="buying_first_home", known=K(city="jinan", kids=[yo(2)]))

T("2026-11-30")  # Monday
m("relative_date per_birth_hardship birth_order", "上周四生的老三 这回领着低保 前头俩出生时都没领",
  [bd(3, lastweek(3)), chb(3, True), chb(1, False), chb(2, False)], known=K(city="jinan", kids=[yo(8), yo(4)]))
m("answer per_birth_hardship birth_order", "大的生的那会儿有 小的那会儿还没批下来", [chb(1, True), chb(2, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2020-02", "2025-06"]))
m("now_vs_birth per_birth_hardship relative_date", "失业金今年五月开始领的 现在还在领 孩子是前年生的 那时候没领",
  [f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan", kids=["2024-06"]))
m("question", "今年生的孩子还能按2022年的政策领吗", [])
m("chitchat", "明天再说吧 困了", [])
m("correction now_vs_birth per_birth_hardship birth_order", "更正 小的出生时没领 是现在才领的", [chb(2, False, "r"), f("hardship_now", True)],
  known=K(city="jinan", kids=["2019-09", {"birth_date": "2024-04", "hardship_at_birth": True}]))
m("hukou per_birth_hardship birth_order", "俺们是北京户口 俩娃 生老大时候领失业金 生老二时候不领了",
  [f("hukou_in_city", True), n(2), chb(1, True), chb(2, False)], known=K(city="beijing", kids=["2018-05", "2022-10"]))
