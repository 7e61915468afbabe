# Chinese, batch 56: colloquial ages (三岁半/两岁多/一岁零两个月/刚满月/快三岁了/八个月大/五十来天/出生一百天),
# two-digit, dotted and slashed years (19年/二一年/2022.3/23.5.1/2024/6/1), Chinese and full-width numerals
# (二〇二三年十月/十二月五号/２０２４年６月/俩/仨), multiples beside an elder or younger single child (counts stated);
# mixed with hukou, insurance, housing fund and housing facts, hardship now vs at a birth, answers to every
# question the bot asks, corrections of known facts, plain questions, hypotheticals and chitchat
T("2024-01-16")  # Tuesday: 上周X = the week of 2024-01-08
m("age birth_order hukou", "俺家老大三岁半了 老二一岁零两个月 都是济南户口",
  [bd(1, yo(3)), bd(2, age(1, 2)), f("city", "jinan"), f("hukou_in_city", True)])
m("multiples short_year numerals", "双胞胎闺女19年的 底下还有个弟弟 二一年九月生",
  [bd(1, "2019"), bd(2, "2019"), bd(3, "2021-09"), n(3)], known=K(city="beijing"))
m("age question", "大孙子刚满月 咱济南这边有啥补贴给不", [bd(1, mo(1))], known=K(city="jinan"))
m("relative_date birth_order", "上周四生的 老二 六斤二两", [bd(2, lastweek(3))], known=K(city="jinan", kids=[yo(4)]))
m("chitchat", "哎呀手机没电了 等会再说", [])
m("question negation_housing", "俺们这种租房子的 公积金能提出来交房租不", [f("renting", True)], known=K(city="jinan"))
m("question", "二孩那个每个月600 发到孩子几岁啊", [], known=K(city="jinan"))
m("answer short_year", "俩 大的2017.3 小的2022.11", [n(2), bd(1, "2017-03"), bd(2, "2022-11")], asked="children",
  known=K(city="jinan"))
m("correction short_year birth_order", "不对不对 老二是23年3月生的 俺记岔了", [bd(2, "2023-03", "r")],
  known=K(city="jinan", kids=["2020-05", "2023-02"]))
m("age insurance", "闺女八个月大 我是灵活就业交的医保", [bd(1, mo(8)), f("birth_insurance", "flexible_employment")],
  known=K(city="jinan"))
m("now_vs_birth per_birth_hardship", "现在吃着低保呢 生娃那会还没有", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=[yo(1)]))
m("pregnancy birth_order", "媳妇怀孕五个月了 这是三胎", [due(3, preg(5))], known=K(city="jinan", kids=[yo(6), yo(2)]))
m("numerals birth_order", "大宝２０１８年６月 二宝２０２３年１２月５号", [bd(1, "2018-06"), bd(2, "2023-12-05")],
  known=K(city="beijing"))
m("height", "俩娃 大的一米三五 小的还不到一米", [n(2), ht(1, 135), below(2, 100)], known=K(city="beijing", kids=[yo(8), yo(3)]))
m("answer", "在北京呢 住通州那块", [f("city", "beijing")], asked="city")
m("negation_housing housing_fund", "没房 一直租着呢 俩人都交公积金",
  [f("owns_home_in_city", False), f("renting", True), f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("age birth_order", "五十来天的小孙女 她姐姐都上一年级了", [bd(2, dago(50))], known=K(city="jinan", kids=[yo(6)]))
m("duration chitchat", "产假还剩一个多月 愁死了", [], known=K(city="jinan", kids=[mo(4)]))

T("2024-04-11")  # Thursday: 上周X = the week of 2024-04-01
m("multiples age", "龙凤胎快三岁了 底下还有个小闺女 出生一百天",
  [bd(1, almost(3)), bd(2, almost(3)), bd(3, dago(100)), n(3)], known=K(city="jinan"))
m("short_year birth_order", "23.5.1生的二宝 大宝是20年的", [bd(2, "2023-05-01"), bd(1, "2020")], known=K(city="jinan"))
m("answer hukou", "不是 俺们户口还在老家菏泽", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan"))
m("answer insurance", "单位给交的生育保险 职工那种", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="beijing", kids=[mo(2)]))
m("relative_date age birth_order", "闺女上个月生的 老大五岁半", [bd(2, thismonth(-1)), bd(1, yo(5))], known=K(city="beijing"))
m("chitchat", "谢谢你啊小助手 说的挺明白", [])
m("question", "要是俺家老三明年生 还能领那600不", [due(3, year(1), "q")], known=K(city="jinan", kids=[yo(5), yo(2)]))
m("correction height", "刚才说错了 孩子是一米二五 不是一米二", [ht(1, 125, "r")],
  known=K(city="beijing", kids=[{"birth_date": yo(6), "height_cm": 120}]))
m("numerals", "二〇二三年十月生的 仨孩子里最小的那个", [n(3), bd(3, "2023-10")], known=K(city="jinan", kids=["2016", "2019"]))
m("multiples per_birth_hardship", "生三胞胎那阵俺家领着特困供养", [chb(1, True), chb(2, True), chb(3, True)],
  known=K(city="jinan", kids=["2022-08", "2022-08", "2022-08"]))
m("answer pregnancy numerals", "预产期九月二十号", [due(2, nextmonth(9, 20))], asked="due_date",
  known=K(city="beijing", kids=[yo(3), {"due_date": None}]))
m("age birth_order", "外孙八个月 外孙女两岁多", [bd(1, yo(2)), bd(2, mo(8))], known=K(city="jinan"))
m("question", "北京小孩坐地铁多高开始买票啊", [], known=K(city="beijing"))
m("housing_fund negation_housing", "俺和孩子他爸都在济南交公积金 想买头套房",
  [f("housing_fund_contributors", 2), f("buying_first_home", True)], known=K(city="jinan"))
m("short_year relative_date birth_order", "大闺女22年12月生的 小闺女前天刚生", [bd(1, "2022-12"), bd(2, back(2))],
  known=K(city="jinan"))
m("duration question", "公积金交了三年多了 能贷多少钱", [], known=K(city="jinan"))
m("multiples age", "双胞胎哥俩一岁半 上头一个姐姐刚满六岁", [bd(1, just(6)), bd(2, yo(1)), bd(3, yo(1)), n(3)],
  known=K(city="beijing"))
m("answer negation_housing", "没有 住自己家的房子", [f("renting", False, "c"), f("owns_home_in_city", True)], asked="renting",
  known=K(city="jinan"))
m("numerals", "俺家小子生日二〇二四年二月二十九 四年才过一回", [bd(1, "2024-02-29")], known=K(city="beijing"))
m("age question", "托育园一个月得多少钱 娃十一个月", [bd(1, mo(11))], known=K(city="jinan"))

T("2024-08-20")  # Tuesday: 上周X = the week of 2024-08-12
m("short_year", "俺孙女2024/6/1生的 正好儿童节", [bd(1, "2024-06-01")], known=K(city="jinan"))
m("relative_date birth_order", "上周六剖的 老三 七斤", [bd(3, lastweek(5))], known=K(city="jinan", kids=[yo(7), yo(4)]))
m("multiples age birth_order", "仨娃 老大十岁 老二老三是双胞胎 四岁半", [n(3), bd(1, yo(10)), bd(2, yo(4)), bd(3, yo(4))],
  known=K(city="beijing"))
m("answer height", "量过了 一米零五左右", [ht(1, 105)], asked="children.height_cm", known=K(city="beijing", kids=[yo(4)]))
m("answer per_birth_hardship", "没 那时候低保失业金啥的都没领过", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[mo(5)]))
m("chitchat", "娃哭了 先去哄哄", [])
m("correction", "更正一下 俺们在北京 不是济南", [f("city", "beijing", "r")], known=K(city="jinan"))
m("multiples numerals", "双胞胎 ２０２３年１１月的 头胎就生了俩", [bd(1, "2023-11"), bd(2, "2023-11"), n(2)], known=K(city="jinan"))
m("age pregnancy birth_order", "老大两岁多了 肚子里这个三个月", [bd(1, yo(2)), due(2, preg(3))], known=K(city="jinan"))
m("hukou numerals", "俺们是北京户口 孩子十二月五号生的",
  [f("city", "beijing"), f("hukou_in_city", True), bd(1, pastmonth(12, 5))])
m("now_vs_birth per_birth_hardship", "失业金刚领完 现在不领了 生闺女那阵正领着", [f("hardship_now", False), chb(1, True)],
  known=K(city="jinan", kids=[mo(10)]))
m("question", "济南托育补贴是一个月400吗", [], known=K(city="jinan"))
m("age birth_order", "小的刚满月 大的快三岁了", [bd(1, almost(3)), bd(2, mo(1))], known=K(city="beijing"))
m("answer housing_fund", "就俺对象一个人交", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan"))
m("short_year relative_date birth_order", "俺家仨孩子 大的19年 二的21年 三的今年三月",
  [n(3), bd(1, "2019"), bd(2, "2021"), bd(3, "2024-03")], known=K(city="jinan"))
m("negation_housing age", "在北京没房 打算买第一套 孩子三岁半",
  [f("owns_home_in_city", False), f("buying_first_home", True), bd(1, yo(3))], known=K(city="beijing"))
m("relative_date short_year birth_order", "去年十月生的老二 老大2020.2", [bd(2, "2023-10"), bd(1, "2020-02")],
  known=K(city="jinan"))
m("answer negation_housing", "有一套 贷款买的", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="beijing"))
m("age", "俩孩子想上一个学校 大的七岁 小的五岁半", [n(2), bd(1, yo(7)), bd(2, yo(5))], known=K(city="jinan"))

T("2024-12-03")  # Tuesday: 上周X = the week of 2024-11-25
m("age", "俩娃 一个四岁 一个一岁零三个月", [n(2), bd(1, yo(4)), bd(2, age(1, 3))], known=K(city="jinan"))
m("multiples relative_date age", "三胞胎上周一出生的 前面还有个哥哥 七岁",
  [bd(2, lastweek(0)), bd(3, lastweek(0)), bd(4, lastweek(0)), bd(1, yo(7)), n(4)], known=K(city="beijing"))
m("height question", "孩子九十公分 坐地铁不要钱吧", [ht(1, 90)], known=K(city="beijing", kids=[yo(2)]))
m("chitchat", "早上好 今儿降温了 穿厚点", [])
m("answer negation_housing", "打算 这俩月正到处看房", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="jinan"))
m("correction pregnancy", "说错了 预产期是四月 不是三月", [due(2, nextmonth(4), "r")],
  known=K(city="jinan", kids=[yo(3), {"due_date": "2025-03"}]))
m("insurance now_vs_birth", "生孩子那会儿俺们啥保险也没有 现在吃低保",
  [f("birth_insurance", "none"), f("hardship_now", True)], known=K(city="jinan", kids=[yo(1)]))
m("short_year numerals birth_order", "老大一七年 老二二二年八月", [bd(1, "2017"), bd(2, "2022-08")], known=K(city="jinan"))
m("age birth_order", "外孙女刚满两岁 外孙才八十来天", [bd(1, just(2)), bd(2, dago(80))], known=K(city="beijing"))
m("question hukou", "假如俺们把户口迁到济南 老二能领补贴不", [f("hukou_in_city", True, "q")],
  known=K(city="jinan", hukou_in_city=False, kids=[yo(5), mo(4)]))
m("numerals age height", "闺女１岁２个月 身高７８公分", [bd(1, age(1, 2)), ht(1, 78)], known=K(city="jinan"))
m("question", "陪产假是几天啊 男的那个", [], known=K(city="jinan"))
m("answer", "一个都没有呢 正备孕", [n(0)], asked="children", known=K(city="beijing"))
m("multiples numerals relative_date", "头胎双胞胎 二〇二一年五月 二胎今年七月",
  [bd(1, "2021-05"), bd(2, "2021-05"), bd(3, "2024-07"), n(3)], known=K(city="jinan"))
m("multiples per_birth_hardship", "生双胞胎的时候没吃低保 那会儿还上班呢", [chb(1, False), chb(2, False)],
  known=K(city="jinan", kids=[yo(2), yo(2)]))
m("height", "大儿子一米一八 小闺女还没一米", [ht(1, 118), below(2, 100)], known=K(city="beijing", kids=[yo(6), yo(2)]))
m("relative_date birth_order", "昨天生的 二胎 是个小子", [bd(2, back(1))], known=K(city="jinan", kids=[yo(3)]))
m("answer hukou", "嗯嗯 俺们一家都是济南户口", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan"))
m("pregnancy relative_date", "预产期明年三月 头胎", [due(1, f"{year(1)}-03")], known=K(city="beijing"))

T("2025-05-14")  # Wednesday: 上周X = the week of 2025-05-05
m("multiples relative_date", "上周三生了对龙凤胎 加上老大一共仨娃了", [bd(2, lastweek(2)), bd(3, lastweek(2)), n(3)],
  known=K(city="jinan", kids=[yo(4)]))
m("age", "孩子一岁多点 还在吃奶", [bd(1, yo(1))], known=K(city="beijing"))
m("short_year", "2025.3.8生的 三八节那天", [bd(1, "2025-03-08")], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "生老大那会儿领着低保 生老二就不领了", [chb(1, True), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=[yo(5), mo(7)]))
m("chitchat", "哈哈 俺家那口子又出差了", [])
m("age question", "宝宝五个月大 坐公交要买票不", [bd(1, mo(5))], known=K(city="beijing"))
m("question", "第二个孩子那600补帖 上哪申请去", [], known=K(city="jinan"))
m("correction multiples short_year", "不好意思打错了 俩小的是23年6月的", [bd(2, "2023-06", "r"), bd(3, "2023-06", "r")],
  known=K(city="beijing", kids=["2019", "2023-04", "2023-04"]))
m("age numerals birth_order", "俺闺女仨月 俺儿子三岁多", [bd(1, yo(3)), bd(2, mo(3))], known=K(city="jinan"))
m("answer relative_date", "俩 大的已经上初中了 小的今年一月刚生", [n(2), bd(2, "2025-01")], asked="children",
  known=K(city="jinan"))
m("housing_fund", "俺俩公积金都交着呢 仨孩子想换个大点的房", [f("housing_fund_contributors", 2), n(3)],
  known=K(city="jinan", kids=[yo(9), yo(6), yo(1)]))
m("pregnancy", "怀孕七个月了 第一胎", [due(1, preg(7))], known=K(city="beijing"))
m("age pregnancy birth_order", "大宝十二岁 二宝两岁半 三宝在肚子里 八月份生",
  [bd(1, yo(12)), bd(2, yo(2)), due(3, nextmonth(8))], known=K(city="jinan"))
m("duration chitchat", "休了半年产假 真舍不得去上班", [], known=K(city="beijing", kids=[mo(6)]))
m("answer negation_housing", "对 租的", [f("renting", True, "c")], asked="renting", known=K(city="beijing"))
m("height question", "俺孙子一米二八 还没到一米三呢 坐地铁要票不", [ht(1, 128)], known=K(city="beijing", kids=[yo(7)]))
m("per_birth_hardship now_vs_birth", "生老二那会儿在领失业金 现在上班了没领", [chb(2, True), f("hardship_now", False)],
  known=K(city="jinan", kids=[yo(4), yo(1)]))
m("numerals birth_order", "大小子二〇一八年 小小子二〇二四年十二月", [bd(1, "2018"), bd(2, "2024-12")], known=K(city="jinan"))
m("correction age", "更正 孩子是一岁零两个月 不是两岁多", [bd(1, age(1, 2), "r")], known=K(city="jinan", kids=[yo(2)]))

T("2025-08-07")  # Thursday: 上周X = the week of 2025-07-28
m("relative_date birth_order", "老三上周五落地 老大老二都上小学了", [bd(3, lastweek(4))], known=K(city="jinan", kids=[yo(9), yo(7)]))
m("age", "宝宝出生一百天 今天摆百天宴", [bd(1, dago(100))], known=K(city="jinan"))
m("answer insurance", "俺在家带孩子 交的城乡居民医保", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="jinan", kids=[mo(3)]))
m("multiples age", "双胞胎姐俩两岁零五个月 小弟弟才五十天", [bd(1, age(2, 5)), bd(2, age(2, 5)), bd(3, dago(50)), n(3)],
  known=K(city="beijing"))
m("chitchat", "这补贴政策真不赖 给政府点个赞", [])
m("question negation_housing", "如果俺在济南买第一套房 公积金能贷多少", [f("buying_first_home", True, "q")], known=K(city="jinan"))
m("correction negation_housing", "刚才说错了 俺们不租房 住的自己家房子", [f("renting", False, "r"), f("owns_home_in_city", True)],
  known=K(city="jinan", renting=True))
m("short_year numerals", "二一年三月 二三年十月 俩闺女", [n(2), bd(1, "2021-03"), bd(2, "2023-10")], known=K(city="jinan"))
m("duration question", "产假158天包括周末不", [], known=K(city="jinan"))
m("age per_birth_hardship", "孩子快一岁了 生他那阵俺们吃低保", [bd(1, almost(1)), f("hardship_at_birth", True)],
  known=K(city="jinan"))
m("answer pregnancy relative_date", "医生说下个月中旬左右", [due(1, thismonth(1))], asked="due_date",
  known=K(city="beijing", kids=[{"due_date": None}]))
m("housing_fund negation_housing", "北京这边就我一个交公积金 俺们租房住",
  [f("housing_fund_contributors", 1), f("renting", True)], known=K(city="beijing"))
m("age birth_order", "外孙十个月大 外孙女刚满三岁", [bd(1, just(3)), bd(2, mo(10))], known=K(city="jinan"))
m("height", "俩宝身高 哥哥一米一 妹妹九十二", [n(2), ht(1, 110), ht(2, 92)], known=K(city="beijing", kids=[yo(5), yo(2)]))
m("answer negation_housing", "没 在济南没房", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city",
  known=K(city="jinan"))
m("numerals birth_order", "老二２０２５年６月１８号生的", [bd(2, "2025-06-18")], known=K(city="jinan", kids=["2021"]))
m("now_vs_birth", "生完老大俺就辞职了 现在领失业金", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(2)]))
m("age pregnancy", "娃一岁零两个月 还没断奶 二胎又怀上了 两个月", [bd(1, age(1, 2)), due(2, preg(2))],
  known=K(city="beijing"))
m("duration housing_fund", "公积金交了两年了 就我一个人交", [f("housing_fund_contributors", 1)], known=K(city="jinan"))

T("2026-02-24")  # Tuesday: 上周X = the week of 2026-02-16
m("relative_date birth_order", "上周日生的 三胎 小棉袄", [bd(3, lastweek(6))], known=K(city="jinan", kids=[yo(6), yo(3)]))
m("multiples", "俺家仨 老大2014年 二胎双胞胎2020年", [n(3), bd(1, "2014"), bd(2, "2020"), bd(3, "2020")],
  known=K(city="beijing"))
m("age birth_order", "孙女半岁 孙子五岁半", [bd(1, yo(5)), bd(2, mo(6))], known=K(city="jinan"))
m("answer housing_fund", "俩 俺和老公", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="beijing"))
m("chitchat", "过完年了 孩子们都开学了没", [])
m("correction insurance", "更正下 生孩子时候是单位交的生育险 不是居民医保", [f("birth_insurance", "employee_maternity", "r")],
  known=K(city="jinan", birth_insurance="resident_medical", kids=[mo(8)]))
m("short_year hukou birth_order", "大闺女2019.10 二闺女2022.7 都是济南户口",
  [bd(1, "2019-10"), bd(2, "2022-07"), f("hukou_in_city", True)], known=K(city="jinan"))
m("question", "孩子上幼儿园 多孩的能不能安排在一个园", [], known=K(city="jinan"))
m("multiples age question", "龙凤胎就这俩 三岁半 想问问能领啥补贴", [n(2), bd(1, yo(3)), bd(2, yo(3))], known=K(city="jinan"))
m("pregnancy age birth_order", "俺又揣上了 八个月了 老大四岁", [due(2, preg(8)), bd(1, yo(4))], known=K(city="beijing"))
m("answer height", "大的一米四 小的八十五", [ht(1, 140), ht(2, 85)], asked="children.height_cm",
  known=K(city="beijing", kids=[yo(10), yo(1)]))
m("per_birth_hardship now_vs_birth", "生娃的时候领的失业金 现在不领了", [f("hardship_at_birth", True), f("hardship_now", False)],
  known=K(city="jinan", kids=[mo(9)]))
m("answer negation_housing", "不打算 一直住单位宿舍", [f("buying_first_home", False, "c")], asked="buying_first_home",
  known=K(city="beijing"))
m("numerals hukou", "孩子二〇二五年十二月十二号生的 济南户口",
  [bd(1, "2025-12-12"), f("city", "jinan"), f("hukou_in_city", True)])
m("duration chitchat", "陪产假休了十五天 还想多请几天", [], known=K(city="jinan", kids=[dago(20)]))
m("age relative_date birth_order", "老大刚满四岁 老二去年生的", [bd(1, just(4)), bd(2, year(-1))], known=K(city="jinan"))
m("age", "俩月的娃 夜里老哭", [bd(1, mo(2))], known=K(city="beijing"))
m("answer", "俺们在济南 历下区", [f("city", "jinan")], asked="city")
m("question", "俺们俩孩子都还小 育儿假一年能休几天", [n(2)], known=K(city="jinan", kids=[yo(2), mo(5)]))

T("2026-06-30")  # Tuesday: 上周X = the week of 2026-06-22
m("multiples numerals relative_date", "一胎生了仨 今年三月十号剖腹产 头一回当妈",
  [bd(1, "2026-03-10"), bd(2, "2026-03-10"), bd(3, "2026-03-10"), n(3)], known=K(city="jinan"))
m("multiples age", "双胞胎八个月 哥哥快五岁了", [bd(1, almost(5)), bd(2, mo(8)), bd(3, mo(8)), n(3)], known=K(city="beijing"))
m("relative_date birth_order", "上周一生的老二 老大都五十来斤了", [bd(2, lastweek(0))], known=K(city="jinan", kids=[yo(5)]))
m("answer per_birth_hardship", "有 生的时候俺家是特困户", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[mo(4)]))
m("chitchat", "你这个机器人还挺聪明哈", [])
m("question", "每月多加200的那个 得啥条件", [], known=K(city="jinan"))
m("numerals short_year birth_order", "俺家二宝２６年１月出生 大宝２０年", [bd(2, "2026-01"), bd(1, "2020")], known=K(city="jinan"))
m("correction short_year numerals birth_order", "老二生日说错了 是二四年十一月 不是九月", [bd(2, "2024-11", "r")],
  known=K(city="jinan", kids=[yo(7), "2024-09"]))
m("age housing_fund", "宝宝刚满月 俺老公在北京交公积金 俺没交", [bd(1, mo(1)), f("housing_fund_contributors", 1)],
  known=K(city="beijing"))
m("answer age", "就一个闺女 一岁两个月", [n(1), bd(1, age(1, 2))], asked="children", known=K(city="jinan"))
m("height", "孩子身高一米二九 还差一厘米", [ht(1, 129)], known=K(city="beijing", kids=[yo(7)]))
m("hukou negation_housing", "俺是外地户口 在北京租房",
  [f("hukou_in_city", False), f("city", "beijing"), f("renting", True)])
m("question short_year", "假设俺们二七年要三胎 能赶上补贴不", [due(3, "2027", "q")], known=K(city="jinan", kids=[yo(4), yo(1)]))
m("age birth_order", "二宝九个月 大宝上三年级", [bd(2, mo(9))], known=K(city="jinan", kids=[yo(8)]))
m("multiples per_birth_hardship", "双胞胎生下来的时候 俺们还在领失业金", [chb(1, True), chb(2, True)],
  known=K(city="jinan", kids=[yo(1), yo(1)]))
m("answer pregnancy", "大概十月底", [due(2, nextmonth(10))], asked="due_date",
  known=K(city="beijing", kids=[yo(3), {"due_date": None}]))
m("pregnancy relative_date birth_order", "媳妇下个月生 老二", [due(2, thismonth(1))], known=K(city="jinan", kids=[yo(3)]))
m("numerals hukou", "大孙女２０２４年６月生的 咱北京户口", [bd(1, "2024-06"), f("hukou_in_city", True)], known=K(city="beijing"))

T("2026-10-15")  # Thursday: 上周X = the week of 2026-10-05
m("age hukou birth_order", "老大三岁半 老二五十来天 都是北京户口", [bd(1, yo(3)), bd(2, dago(50)), f("hukou_in_city", True)],
  known=K(city="beijing"))
m("relative_date", "孩子上周四生的 母子平安", [bd(1, lastweek(3))], known=K(city="jinan"))
m("numerals", "仨孩子 二〇一六 二〇一九 二〇二三", [n(3), bd(1, "2016"), bd(2, "2019"), bd(3, "2023")], known=K(city="jinan"))
m("answer hukou", "不是 孩子户口随他爸在河北", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing"))
m("negation_housing", "俺和孩儿他爹都没房 租房住 俩娃", [f("owns_home_in_city", False), f("renting", True), n(2)],
  known=K(city="jinan", kids=[yo(5), yo(2)]))
m("chitchat", "好的 我先看看 有啥不懂的再来问", [])
m("multiples age", "龙凤胎刚满月 家里还有个大姐 九岁了", [bd(1, yo(9)), bd(2, mo(1)), bd(3, mo(1)), n(3)], known=K(city="jinan"))
m("correction housing_fund", "说错了 公积金就俺一个人交 他没交", [f("housing_fund_contributors", 1, "r")],
  known=K(city="beijing", housing_fund_contributors=2))
m("short_year numerals per_birth_hardship", "俺们是济南的 孩子二五年十月生 生她那阵在吃低保",
  [f("city", "jinan"), bd(1, "2025-10"), f("hardship_at_birth", True)])
m("answer negation_housing", "有 去年买的 公积金贷款", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="jinan"))
m("numerals age birth_order", "闺女九月二十八生的 儿子四岁多", [bd(1, yo(4)), bd(2, pastmonth(9, 28))], known=K(city="jinan"))
m("pregnancy multiples", "怀孕四个月 双胞胎 头一胎", [due(1, preg(4)), due(2, preg(4))], known=K(city="beijing"))
m("question", "孩子一米三以下坐公交免费吗 北京", [], known=K(city="beijing"))
m("age question", "娃两岁多 能上公办托育不", [bd(1, yo(2))], known=K(city="jinan"))
m("multiples age numerals", "俩双胞胎小子一岁零八个月 上头还有个姐姐十一岁", [bd(2, age(1, 8)), bd(3, age(1, 8)), bd(1, yo(11)), n(3)],
  known=K(city="beijing"))
m("numerals insurance", "孩子二零二二年三月出生 那会儿俺交的灵活就业", [bd(1, "2022-03"), f("birth_insurance", "flexible_employment")],
  known=K(city="jinan"))
m("relative_date age birth_order", "老二前天刚落地 老大快三岁了", [bd(2, back(2)), bd(1, almost(3))], known=K(city="jinan"))
