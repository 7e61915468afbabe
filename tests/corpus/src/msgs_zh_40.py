# Chinese, batch 40: colloquial ages of several children in one message (三岁半, 快两岁, 一岁零两个月, 刚满月, 百天, 半岁),
# Chinese / full-width / dotted numerals and short years, ages beside city, hukou and hardship now vs at the birth,
# corrections of one child's age, birth order after the verb and kinship words (闺女家的二宝, 外孙女是老大),
# questions carrying one fact, answers to the bot's questions, chitchat and bare questions
T("2025-01-07")  # Tuesday: 上周X = the week of 2024-12-30
m("age birth_order", "大的三岁半了 小的刚满月 俺们在济南", [bd(1, yo(3)), bd(2, mo(1)), f("city", "jinan")])
m("numerals short_year birth_order", "二〇二四年十月生的老二 老大一九年的", [bd(2, "2024-10"), bd(1, "2019")], known=K(city="jinan"))
m("age", "孙子快两岁了 孙女一岁零两个月", [bd(1, almost(2)), bd(2, age(1, 2))], known=K(city="jinan"))
m("chitchat", "天冷 娃又感冒了 跑了两趟医院", [])
m("question", "济南这个育儿补贴是按月发还是一回给齐", [])
m("answer age", "俩 大的五岁 小的百天", [n(2), bd(1, yo(5)), bd(2, dago(100))], asked="children", known=K(city="beijing"))
m("correction age birth_order", "说错了 老二不是一岁 是半岁", [bd(2, mo(6), "r")], known=K(city="jinan", kids=[yo(5), yo(1)]))
m("now_vs_birth per_birth_hardship birth_order age", "生老大的时候俺们吃着低保 这两年不吃了 老大现在六岁半",
  [chb(1, True), f("hardship_now", False), bd(1, yo(6))], known=K(city="jinan"))
m("pregnancy numerals", "怀孕仨月了 头胎", [due(1, preg(3))], known=K(city="beijing"))
m("hukou age", "户口还在老家德州 娃一岁多", [f("hukou_in_city", False), bd(1, yo(1))], known=K(city="jinan"))
m("answer hukou", "对 济南的 俩娃户口都落这了", [f("hukou_in_city", True, "c"), n(2)], asked="hukou_in_city",
  known=K(city="jinan", kids=[yo(4), mo(8)]))
m("relative_date birth_order age", "老婆上个月生的老二 老大四岁", [bd(2, thismonth(-1)), bd(1, yo(4))], known=K(city="jinan"))
m("relative_date birth_order", "上周三外孙女出生的 闺女家头一个", [bd(1, lastweek(2))], known=K(city="jinan"))
m("numerals", "１２月３号生的 今天刚出院", [bd(1, pastmonth(12, 3))], known=K(city="beijing"))
m("question birth_order age", "俺家老三七个月 能领三孩补贴不", [bd(3, mo(7))], known=K(city="jinan", kids=[yo(8), yo(4)]))

T("2025-03-20")  # Thursday: 上周X = the week of 2025-03-10
m("numerals", "俩闺女 大的两千零二十年生的 小的二〇二三年", [n(2), bd(1, "2020"), bd(2, "2023")], known=K(city="jinan"))
m("age birth_order", "小孙子刚满百天 大孙女上幼儿园中班了", [bd(2, dago(100))], known=K(city="jinan", kids=[yo(4)]))
m("age", "娃一岁零两个月 刚会走", [bd(1, age(1, 2))], known=K(city="beijing"))
m("correction age birth_order", "不对不对 老大是快五岁 不是五岁半", [bd(1, almost(5), "r")], known=K(city="jinan", kids=[yo(5), yo(2)]))
m("chitchat", "哎呀你这机器人还挺会唠", [])
m("answer age", "仨 一个八岁 一个五岁半 最小的刚满月", [n(3), bd(1, yo(8)), bd(2, yo(5)), bd(3, mo(1))], asked="children",
  known=K(city="jinan"))
m("now_vs_birth per_birth_hardship", "现在在领失业金 可生娃那会儿俩人都有工作", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="beijing", kids=[mo(10)]))
m("numerals short_year birth_order", "老二是24.3.5生的", [bd(2, "2024-03-05")], known=K(city="jinan", kids=[yo(6)]))
m("short_year numerals", "二五年二月份生的", [bd(1, "2025-02")], known=K(city="jinan"))
m("question hukou", "如果我们落了北京户口 补贴能多点不", [f("hukou_in_city", True, "q")], known=K(city="beijing", kids=[yo(2)]))
m("age birth_order", "闺女家的二宝半岁了 大宝三岁", [bd(2, mo(6)), bd(1, yo(3))], known=K(city="jinan"))
m("hukou numerals", "俺们仨孩子都是济南户口", [f("hukou_in_city", True), n(3)], known=K(city="jinan", kids=[yo(9), yo(5), yo(1)]))
m("age insurance", "孩子七个月 我交的是职工生育险", [bd(1, mo(7)), f("birth_insurance", "employee_maternity")], known=K(city="beijing"))
m("age birth_order", "外孙女是老大 九岁 外孙是老二 刚满六岁", [bd(1, yo(9)), bd(2, just(6))], known=K(city="jinan"))
m("question", "补贴钱打到哪张卡上啊", [])

T("2025-05-12")  # Monday: 上周X = the week of 2025-05-05
m("relative_date birth_order", "上周四剖的 七斤二两 头一胎", [bd(1, lastweek(3))], known=K(city="jinan"))
m("age hukou", "俩娃 一个三岁半 一个一岁半 都是济南户口", [n(2), bd(1, yo(3)), bd(2, yo(1)), f("city", "jinan"), f("hukou_in_city", True)])
m("age birth_order negation_housing", "大宝快三岁 二宝刚满月 我们租房住", [bd(1, almost(3)), bd(2, mo(1)), f("renting", True)],
  known=K(city="beijing"))
m("correction age birth_order", "更正 小的是八个月 不是六个月", [bd(2, mo(8), "r")], known=K(city="jinan", kids=[yo(4), mo(6)]))
m("chitchat", "母亲节刚过 闺女给我画了张画 可乐坏了", [])
m("numerals", "二〇一八年 二〇二一年 二〇二五年 仨孩子出生年份", [n(3), bd(1, "2018"), bd(2, "2021"), bd(3, "2025")], known=K(city="jinan"))
m("answer pregnancy", "十月中旬", [due(1, nextmonth(10))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("question height birth_order", "老大一米二八 坐公交要买票吗", [ht(1, 128)], known=K(city="jinan", kids=[yo(7)]))
m("age", "孙子两岁零三个月 孙女快两岁了", [bd(1, age(2, 3)), bd(2, almost(2))], known=K(city="beijing"))
m("per_birth_hardship now_vs_birth birth_order", "老二生的时候俺家是特困户 现在还是", [chb(2, True), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(7), yo(1)]))
m("answer hukou", "没有 还是老家户口", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(2)]))
m("relative_date", "闺女上个月生了 我当姥姥了", [bd(1, thismonth(-1))], known=K(city="jinan"))
m("age housing_fund", "娃刚满周岁 老公单位交公积金 我也交", [bd(1, just(1)), f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("question hukou", "我们在北京住 外地户口 能领吗", [f("city", "beijing"), f("hukou_in_city", False)])
m("numerals birth_order", "老三二〇二五年四月二十号出生", [bd(3, "2025-04-20")], known=K(city="jinan", kids=[yo(9), yo(5)]))

T("2025-07-09")  # Wednesday: 上周X = the week of 2025-06-30
m("age multiples birth_order", "双胞胎刚满月 上头还有个哥哥六岁", [bd(2, mo(1)), bd(3, mo(1)), bd(1, yo(6)), n(3)], known=K(city="jinan"))
m("age birth_order", "大孙女十二 二孙女七岁半 小孙子三岁多", [bd(1, yo(12)), bd(2, yo(7)), bd(3, yo(3))], known=K(city="beijing"))
m("correction short_year birth_order", "刚才打错了 老大是一八年的 不是一六年", [bd(1, "2018", "r")], known=K(city="jinan", kids=["2016", yo(2)]))
m("now_vs_birth per_birth_hardship numerals", "生俩孩子时都没领低保 去年开始领的 到现在还领",
  [n(2), f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="jinan", kids=[yo(6), yo(2)]))
m("chitchat", "放暑假了 娃在家闹翻天", [])
m("answer age", "一个 刚半岁", [n(1), bd(1, mo(6))], asked="children", known=K(city="beijing"))
m("pregnancy age birth_order", "媳妇怀二胎五个月了 老大四岁", [due(2, preg(5)), bd(1, yo(4))], known=K(city="jinan"))
m("numerals birth_order", "２０２３年１１月生的老二 老大２０２０年", [bd(2, "2023-11"), bd(1, "2020")], known=K(city="jinan"))
m("question", "三岁以下的才有补贴吗", [])
m("question age", "孩子一岁十个月了 还能申请不", [bd(1, age(1, 10))], known=K(city="jinan"))
m("age", "外孙出生四十天了 胖乎乎的", [bd(1, dago(40))], known=K(city="jinan"))
m("short_year", "俺家就一个 一七年的", [n(1), bd(1, "2017")], known=K(city="beijing"))
m("answer insurance", "交的城乡居民医保", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": "2025-10"}]))
m("age birth_order hukou", "老二两岁半 老大五岁半 都是北京户口", [bd(2, yo(2)), bd(1, yo(5)), f("hukou_in_city", True)],
  known=K(city="beijing"))
m("age birth_order", "二宝出生才十天 大宝快四岁", [bd(2, dago(10)), bd(1, almost(4))], known=K(city="jinan"))

T("2025-09-25")  # Thursday: 上周X = the week of 2025-09-15
m("relative_date birth_order age", "上周一生的老三 大姐十岁 二姐七岁", [bd(3, lastweek(0)), bd(1, yo(10)), bd(2, yo(7))], known=K(city="jinan"))
m("short_year", "娃一九年生的 现在上一年级", [bd(1, "2019")], known=K(city="beijing"))
m("correction age", "不好意思 孙女是一岁零两个月 不是两岁", [bd(1, age(1, 2), "r")], known=K(city="jinan", kids=[yo(2)]))
m("chitchat", "中秋快到了 给孩子们买了月饼", [])
m("answer", "在北京 住丰台", [f("city", "beijing")], asked="city", known=K(kids=[yo(1)]))
m("age birth_order pregnancy", "大宝七岁 二宝两岁 三宝在肚子里 八个月了", [bd(1, yo(7)), bd(2, yo(2)), due(3, preg(8))], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth birth_order", "生二宝的时候领着失业金 现在上班了不领了", [chb(2, True), f("hardship_now", False)],
  known=K(city="jinan", kids=[yo(5), yo(1)]))
m("question", "生育津贴跟育儿补贴能一块领吗", [])
m("numerals", "俩孩子 二〇一九 二〇二二", [n(2), bd(1, "2019"), bd(2, "2022")], known=K(city="jinan"))
m("age", "孙子一岁一个月 孙女三岁半", [bd(1, yo(3)), bd(2, age(1, 1))], known=K(city="beijing"))
m("question negation_housing", "我们在济南租房 能领租房补贴吗", [f("city", "jinan"), f("renting", True)])
m("relative_date birth_order age", "老二今年三月生的 老大五岁多", [bd(2, "2025-03"), bd(1, yo(5))], known=K(city="jinan"))
m("answer now_vs_birth per_birth_hardship", "生的时候没领 现在在领低保", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=[mo(9)]))
m("age", "孩子刚满四个月", [bd(1, mo(4))], known=K(city="jinan"))
m("age multiples", "双胞胎快三岁了 就这俩", [bd(1, almost(3)), bd(2, almost(3)), n(2)], known=K(city="jinan"))

T("2025-12-31")  # Wednesday
m("relative_date birth_order age", "老婆前天生的 二胎 老大六岁", [bd(2, back(2)), bd(1, yo(6))], known=K(city="jinan"))
m("relative_date age birth_order", "今年生了老三 刚满月", [bd(3, mo(1))], known=K(city="jinan", kids=[yo(8), yo(4)]))
m("correction short_year birth_order", "说错了 老二是二三年的", [bd(2, "2023", "r")], known=K(city="jinan", kids=["2017-05", "2022"]))
m("chitchat", "明天元旦 祝你新年快乐", [])
m("age birth_order", "仨娃 老大十一 老二八岁 老三一岁零五个月", [n(3), bd(1, yo(11)), bd(2, yo(8)), bd(3, age(1, 5))], known=K(city="beijing"))
m("answer hukou", "嗯嗯 都是济南户口", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(3)]))
m("age", "外孙女两岁半 外孙刚满月", [bd(1, yo(2)), bd(2, mo(1))], known=K(city="beijing"))
m("question", "明年出生的孩子还按这个政策吗", [])
m("short_year", "一九年 二一年 二五年 三个都是闺女", [n(3), bd(1, "2019"), bd(2, "2021"), bd(3, "2025")], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship birth_order", "低保是老二出生后才批的 老大老二出生时都没有 现在还领着",
  [chb(1, False), chb(2, False), f("hardship_now", True)], known=K(city="jinan", kids=[yo(6), yo(2)]))
m("age", "宝宝一百天了 昨天刚拍的百天照", [bd(1, dago(100))], known=K(city="beijing"))
m("question age birth_order", "老大都十七了 还算吗", [bd(1, yo(17))], known=K(city="jinan"))
m("pregnancy birth_order", "怀孕七个月 这是第三胎", [due(3, preg(7))], known=K(city="jinan", kids=[yo(9), yo(7)]))
m("answer negation_housing", "打算 明年买", [f("buying_first_home", True, "c")], asked="buying_first_home", known=K(city="beijing", kids=[yo(1)]))
m("numerals", "大的两千零一十八年 小的两千零二十四年", [bd(1, "2018"), bd(2, "2024")], known=K(city="jinan"))

T("2026-02-17")  # Tuesday: 上周X = the week of 2026-02-09
m("chitchat", "大年初一 给您拜年了", [])
m("relative_date", "孙女上周四生的 赶在年前", [bd(1, lastweek(3))], known=K(city="jinan"))
m("age", "三个娃 十岁 六岁半 两岁", [n(3), bd(1, yo(10)), bd(2, yo(6)), bd(3, yo(2))], known=K(city="beijing"))
m("correction age birth_order", "更正 二宝是一岁零两个月 我写成两岁了", [bd(2, age(1, 2), "r")], known=K(city="jinan", kids=[yo(4), yo(2)]))
m("numerals birth_order", "老大２０１７年 老二２０２２年１月", [bd(1, "2017"), bd(2, "2022-01")], known=K(city="jinan"))
m("hukou now_vs_birth", "现在是济南户口了 老大出生那会还是农村户口", [f("hukou_in_city", True)], known=K(city="jinan", kids=[yo(5)]))
m("answer age", "就一个闺女 快三岁了", [n(1), bd(1, almost(3))], asked="children", known=K(city="jinan"))
m("question", "过年这几天办事大厅开门吗", [])
m("age birth_order", "小孙子是老三 刚满周岁 大孙子十岁 二孙女五岁", [bd(3, just(1)), bd(1, yo(10)), bd(2, yo(5))], known=K(city="jinan"))
m("question hukou age", "我们北京户口 娃两个月 补贴咋领", [f("city", "beijing"), f("hukou_in_city", True), bd(1, mo(2))])
m("numerals", "娃是二〇二五年十二月二十八号生的", [bd(1, "2025-12-28")], known=K(city="beijing"))
m("per_birth_hardship birth_order", "头一个孩子生的时候领失业金 第二个没有", [chb(1, True), chb(2, False)],
  known=K(city="jinan", kids=[yo(5), yo(1)]))
m("answer pregnancy", "七月份", [due(2, nextmonth(7))], asked="due_date", known=K(city="jinan", kids=[yo(3), {"due_date": None}]))
m("age", "俩外孙 一个四岁 一个刚满月", [n(2), bd(1, yo(4)), bd(2, mo(1))], known=K(city="beijing"))
m("chitchat", "小孙子给我磕头要压岁钱 哈哈", [])

T("2026-04-23")  # Thursday: 上周X = the week of 2026-04-13
m("relative_date multiples", "上周二生的双胞胎 头胎", [bd(1, lastweek(1)), bd(2, lastweek(1)), n(2)], known=K(city="jinan"))
m("age birth_order", "大外孙女八岁半 二外孙三岁 小外孙女四个月", [bd(1, yo(8)), bd(2, yo(3)), bd(3, mo(4))], known=K(city="jinan"))
m("correction age birth_order", "搞错了 老三不是四个月 是五个月", [bd(3, mo(5), "r")], known=K(city="jinan", kids=[yo(8), yo(3), mo(4)]))
m("answer now_vs_birth per_birth_hardship", "没领过 现在也没有", [f("hardship_at_birth", False, "c"), f("hardship_now", False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=[yo(2)]))
m("short_year relative_date birth_order", "老大二四年五月生的 老二今年三月生的", [bd(1, "2024-05"), bd(2, "2026-03")], known=K(city="jinan"))
m("question", "户口迁过来多久才能申请", [])
m("age negation_housing", "孩子两岁零一个月 在北京 住的自己家房子", [bd(1, age(2, 1)), f("city", "beijing"), f("owns_home_in_city", True)])
m("age birth_order", "闺女家的老二刚满百天 老大快五岁", [bd(2, dago(100)), bd(1, almost(5))], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship", "孩子生下来那阵吃特困 前年不吃了", [f("hardship_at_birth", True), f("hardship_now", False)],
  known=K(city="jinan", kids=["2022-08"]))
m("answer numerals", "两个 一个二〇一六年 一个二〇二〇年", [n(2), bd(1, "2016"), bd(2, "2020")], asked="children", known=K(city="beijing"))
m("age pregnancy birth_order", "老大一岁半 媳妇又怀上了 两个月", [bd(1, yo(1)), due(2, preg(2))], known=K(city="jinan"))
m("question birth_order", "假如明年再添个老三 这补贴还有没", [due(3, year(1), "q")], known=K(city="jinan", kids=[yo(4), yo(1)]))
m("age", "俩孩子都在这上学 大的十二 小的九岁", [n(2), bd(1, yo(12)), bd(2, yo(9))], known=K(city="jinan"))
m("chitchat", "谢了啊 回头再来问", [])
m("short_year numerals", "娃24年8月12生的", [bd(1, "2024-08-12")], known=K(city="beijing"))

T("2026-08-10")  # Monday: 上周X = the week of 2026-08-03
m("relative_date birth_order age", "上周三生的老二 老大刚满三岁", [bd(2, lastweek(2)), bd(1, just(3))], known=K(city="jinan"))
m("age birth_order", "仨孙子 大的十五 老二才十岁 最小的刚会爬 八个月", [n(3), bd(1, yo(15)), bd(2, yo(10)), bd(3, mo(8))],
  known=K(city="beijing"))
m("correction age", "打错了 小闺女是一岁零两个月 不是一岁零八个月", [bd(2, age(1, 2), "r")], known=K(city="jinan", kids=[yo(6), age(1, 8)]))
m("answer negation_housing", "没有 租的", [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city",
  known=K(city="jinan", kids=[yo(2)]))
m("now_vs_birth per_birth_hardship", "现在不吃低保了 三个孩子出生时都吃着", [f("hardship_now", False), f("hardship_at_birth", True), n(3)],
  known=K(city="jinan", kids=[yo(9), yo(5), yo(1)]))
m("question", "一周岁以内的怎么算", [])
m("short_year numerals", "老大一五年的 老二二〇二〇年的 老三２０２５年的", [bd(1, "2015"), bd(2, "2020"), bd(3, "2025")], known=K(city="jinan"))
m("age hukou insurance", "孩子刚满三个月 北京户口 我交的职工生育险", [bd(1, mo(3)), f("hukou_in_city", True),
  f("birth_insurance", "employee_maternity")], known=K(city="beijing"))
m("chitchat", "热死了 带娃去游泳了", [])
m("age birth_order", "外孙女是老大 今年九月上小学 外孙是老二 一岁半", [bd(2, yo(1))], known=K(city="jinan"))
m("question age birth_order", "老二两岁半了 现在还能申请吗", [bd(2, yo(2))], known=K(city="beijing", kids=[yo(6)]))
m("answer pregnancy relative_date", "估摸着明年二月份", [due(1, "2027-02")], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("age", "俩孩子 一个三岁 一个刚出生七天", [n(2), bd(1, yo(3)), bd(2, dago(7))], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth birth_order", "老二出生时我在领失业金 现在找着活了", [chb(2, True), f("hardship_now", False)],
  known=K(city="beijing", kids=[yo(4), mo(5)]))
m("numerals", "两千零二十六年六月一号生的 正赶上儿童节", [bd(1, "2026-06-01")], known=K(city="jinan"))

T("2026-11-30")  # Monday: 上周X = the week of 2026-11-23
m("relative_date birth_order age", "上周四生的二宝 大宝快六岁了", [bd(2, lastweek(3)), bd(1, almost(6))], known=K(city="jinan"))
m("answer age multiples birth_order", "仨 老大七岁 老二老三双胞胎 一岁零两个月", [n(3), bd(1, yo(7)), bd(2, age(1, 2)), bd(3, age(1, 2))],
  asked="children", known=K(city="beijing"))
m("correction age", "不对 大孙子是十二岁 刚满的", [bd(1, just(12), "r")], known=K(city="jinan", kids=[yo(11), yo(5)]))
m("question", "补贴每年都得重新申请吗", [])
m("hukou per_birth_hardship now_vs_birth birth_order age", "俺们济南户口 生老大时候在领低保 现在不领了 老大三岁半",
  [f("city", "jinan"), f("hukou_in_city", True), chb(1, True), f("hardship_now", False), bd(1, yo(3))])
m("short_year relative_date birth_order", "老大一九年十月 老二二二年的 老三今年五月", [bd(1, "2019-10"), bd(2, "2022"), bd(3, "2026-05")],
  known=K(city="jinan"))
m("answer hukou", "不是 户口在聊城", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[mo(2)]))
m("chitchat", "降温了 孩子们都穿上棉袄了", [])
m("age negation_housing", "孩子半岁 我们在北京租房", [bd(1, mo(6)), f("city", "beijing"), f("renting", True)])
m("age birth_order", "小孙女出生才二十天 是老三", [bd(3, dago(20))], known=K(city="jinan", kids=[yo(8), yo(4)]))
m("question age insurance birth_order", "老二 十个月 交了灵活就业的医保 能报生育吗", [bd(2, mo(10)), f("birth_insurance", "flexible_employment")],
  known=K(city="jinan", kids=[yo(5)]))
m("numerals age", "俩闺女 ５岁和１岁半", [n(2), bd(1, yo(5)), bd(2, yo(1))], known=K(city="beijing"))
m("now_vs_birth per_birth_hardship", "生的时候没吃低保 今年开始吃了", [f("hardship_at_birth", False), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(2)]))
m("answer housing_fund", "我跟孩他爸都在交", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors", known=K(city="jinan", kids=[yo(1)]))
m("age", "大外孙女刚满两岁 小外孙女九个月", [bd(1, just(2)), bd(2, mo(9))], known=K(city="beijing"))
