# Chinese, batch 26: ages, relative dates, numerals, short years and heights in every typed form
# (三岁半 两岁多 刚满月 快四岁 一岁两个月 N天大 出生一百天; 去年十月 前年 大前年 上个月 上周X; 24年9月 一六年 2023.5 23.5.1
# 2023/5/1 full-width and Chinese numerals; 1米2 一米二五 1.15m 112公分 还不到1米3), typos 岁/睡 月/曰 号/好, twins, durations
T("2025-01-14")  # Tuesday
m("age birth_order", "老大三睡半了 老二刚满月 天天闹觉 我都快疯了", [bd(1, yo(3)), bd(2, mo(1))])
m("relative_date", "孩子上周四晚上生的 顺产 七斤二两", [bd(1, lastweek(3))])
m("short_year numerals birth_order", "大宝一六年的 二宝２０２２年６月 都是男孩", [bd(1, "2016"), bd(2, "2022-06")])
m("answer age multiples", "三个 老大七岁 下面一对双胞胎八个月大", [n(3), bd(1, yo(7)), bd(2, mo(8)), bd(3, mo(8))],
  asked="children", known=K(city="beijing"))
m("height birth_order question", "老大1米2 老二一米零五 坐地铁要不要票啊", [ht(1, 120), ht(2, 105)],
  known=K(city="beijing", kids=[yo(7), yo(4)]))
m("relative_date hukou", "去年十月生的闺女 我们在北京 户口还在老家", [bd(1, year(-1) + "-10"), f("city", "beijing"), f("hukou_in_city", False)])
m("duration age housing_fund", "结婚三年了 孩子刚出生九天 公积金就老公一个人交 交了两年多",
  [bd(1, dago(9)), f("housing_fund_contributors", 1)], known=K(city="jinan"))
m("per_birth_hardship birth_order now_vs_birth", "生老大那年家里领低保 生老二的时候已经不领了 现在也不领",
  [chb(1, True), chb(2, False), f("hardship_now", False)], known=K(city="jinan", kids=["2015-04", "2021-08"]))
m("question birth_order", "要是今年怀上老二 明年生 能领多少补贴", [due(2, year(1), "q")], known=K(city="jinan", kids=[yo(2)]))
m("correction short_year numerals birth_order", "不对不对 老二是23.5.1生的 我刚才打成3月了", [bd(2, "2023-05-01", "r")],
  known=K(city="beijing", kids=["2020-08", "2023-03-01"]))
m("answer height birth_order", "老大一米二五 老二还不到1米", [ht(1, 125), below(2, 100)], asked="children.height_cm",
  known=K(city="beijing", kids=[yo(8), yo(3)]))
m("negation_housing", "房子是租的 自己名下没房 今年想买个首套", [f("renting", True), f("owns_home_in_city", False), f("buying_first_home", True)],
  known=K(city="jinan", kids=[yo(1)]))
m("now_vs_birth relative_date per_birth_hardship", "我现在在领失业金 孩子前年生的 生孩子那会儿啥也没领",
  [f("hardship_now", True), bd(1, year(-2)), f("hardship_at_birth", False)])

T("2025-02-27")  # Thursday
m("numerals short_year birth_order", "我家闺女二〇二三年十月的 儿子2021/5/1生的 哥哥比妹妹大两岁多", [bd(1, "2021-05-01"), bd(2, "2023-10")])
m("age", "孩子出生一百天了 昨天刚去拍了百天照", [bd(1, dago(100))])
m("relative_date age birth_order", "上周一生的二宝 老大快五岁了 吃醋得很", [bd(2, lastweek(0)), bd(1, almost(5))])
m("answer pregnancy numerals", "八月十二好 医生说的", [due(1, nextmonth(8, 12))], asked="due_date", known=K(city="jinan"))
m("answer per_birth_hardship now_vs_birth birth_order", "老大那会儿没有 老二出生的时候我老公刚失业 领着失业金呢 现在又上班了",
  [chb(1, False), chb(2, True), f("hardship_now", False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2019-06", "2024-02"]))
m("answer housing_fund", "俩人都交 我和孩子他爸", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[mo(5)]))
m("correction height birth_order", "刚才说错了 老二不是1米2 是一米一二", [ht(2, 112, "r")],
  known=K(city="jinan", kids=[yo(7), {"birth_date": yo(4), "height_cm": 120}]))
m("multiples pregnancy age", "怀孕四个月 查出来是双胞胎 大宝刚满三周岁", [bd(1, just(3)), due(2, preg(4)), due(3, preg(4))])
m("question height", "不到1米2的孩子坐公交免费吗", [], known=K(city="jinan", kids=[yo(4)]))
m("age insurance", "宝宝8个月大 我是职工生育保险 单位交的", [bd(1, mo(8)), f("birth_insurance", "employee_maternity")])
m("age hukou", "孙子两岁多 孙女一岁两个月 他们都在北京 户口也在北京",
  [bd(1, yo(2)), bd(2, age(1, 2)), f("city", "beijing"), f("hukou_in_city", True)])

T("2025-06-30")  # Monday, month end
m("multiples relative_date", "上周三剖的 龙凤胎 这是第一胎", [bd(1, lastweek(2)), bd(2, lastweek(2)), n(2)])
m("age height birth_order", "老大今年刚满六岁 个子1.15m 老二两岁零三个月", [bd(1, just(6)), ht(1, 115), bd(2, age(2, 3))])
m("answer short_year", "就一个 24年9月生的", [n(1), bd(1, "2024-09")], asked="children", known=K(city="jinan"))
m("relative_date age birth_order", "上个月生的老三 老大十岁 老二七岁 家里热闹得很", [bd(3, thismonth(-1)), bd(1, yo(10)), bd(2, yo(7))])
m("negation_housing hukou", "我们家没房 一直租房住 北京户口", [f("owns_home_in_city", False), f("renting", True), f("city", "beijing"), f("hukou_in_city", True)])
m("per_birth_hardship now_vs_birth", "生孩子那会儿是特困供养 现在还是", [f("hardship_at_birth", True), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(3)]))
m("correction numerals", "哦不对 孩子是2022年12月五号的 我看错了", [bd(1, "2022-12-05", "r")], known=K(city="jinan", kids=["2022-09"]))
m("question relative_date birth_order", "如果老二下个月生 北京能领多少育儿补贴", [due(2, thismonth(1), "q")], known=K(city="beijing", kids=[yo(3)]))
m("height question", "我家那个一米二五了 是不是超高了要买票", [ht(1, 125)], known=K(city="jinan", kids=[yo(7)]))
m("pregnancy numerals age birth_order", "预产期十二月五号 二胎 老大三岁多", [due(2, nextmonth(12, 5)), bd(1, yo(3))])
m("duration age housing_fund", "产假还剩两个月 孩子四个月大 公积金我们俩都交", [bd(1, mo(4)), f("housing_fund_contributors", 2)])
m("answer negation_housing", "不是租的 住的婆婆家的房子", [f("renting", False, "c")], asked="renting", known=K(city="beijing", kids=[yo(1)]))

T("2025-09-30")  # Tuesday, month end
m("relative_date age birth_order", "大前年生的老大 今年又生了老二 才二十天", [bd(1, year(-3)), bd(2, dago(20))])
m("age hukou", "外孙女快四岁了 外孙刚满月 闺女一家在济南 户口不在这",
  [bd(1, almost(4)), bd(2, mo(1)), f("city", "jinan"), f("hukou_in_city", False)])
m("answer height", "一米二左右吧 没细量", [ht(1, 120)], asked="children.height_cm", known=K(city="beijing", kids=[yo(6)]))
m("duration chitchat", "结婚三年了 婆婆天天催生 烦死了", [])
m("answer per_birth_hardship now_vs_birth", "生的时候没有 低保是今年才开始领的 现在还领着",
  [f("hardship_at_birth", False, "c"), f("hardship_now", True)], asked="hardship_at_birth", known=K(city="jinan", kids=[yo(2)]))
m("short_year numerals age birth_order", "老大2019.3 老二2021.11 老三刚满两周岁", [bd(1, "2019-03"), bd(2, "2021-11"), bd(3, just(2))])
m("correction age", "不是两岁 孩子快四岁了 我打错了", [bd(1, almost(4), "r")], known=K(city="jinan", kids=[yo(2)]))
m("housing_fund negation_housing", "我跟我对象加上我婆婆 三个人交公积金 我们在北京租房",
  [f("housing_fund_contributors", 3), f("city", "beijing"), f("renting", True)])
m("question birth_order", "假如老二是今年十二月生的 济南给不给补贴", [due(2, year() + "-12", "q")], known=K(city="jinan", kids=[yo(2)]))
m("age insurance", "孩子18天大 我自己是灵活就业交的医保", [bd(1, dago(18)), f("birth_insurance", "flexible_employment")])
m("relative_date birth_order", "二宝今天早上五点出生的 大宝都上一年级了", [bd(2, today())], known=K(city="beijing", kids=["2018-11"]))
m("question housing_fund", "公积金要连续交满几个月啊", [], known=K(city="jinan", kids=[mo(3)]))

T("2025-10-31")  # Friday, month end
m("age birth_order", "闺女刚满月 儿子三岁 我这边是职工生育保险", [bd(1, yo(3)), bd(2, mo(1)), f("birth_insurance", "employee_maternity")])
m("numerals", "十月五号生的 一个月都不到 刚出院", [bd(1, pastmonth(10, 5))])

T("2026-01-08")  # Thursday
m("answer age birth_order", "俩 大的三岁半 小的才四十天", [n(2), bd(1, yo(3)), bd(2, dago(40))], asked="children", known=K(city="jinan"))
m("relative_date", "孩子上周一生的 上周四才出的院 黄疸有点高", [bd(1, lastweek(0))], known=K(city="beijing"))
m("answer per_birth_hardship birth_order", "老三出生时领着低保 前两个都没有", [chb(3, True), chb(1, False), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2012-05", "2016-09", "2024-03"]))
m("numerals short_year birth_order", "老二是2025年12月二十八号生的 老大二一年的", [bd(2, "2025-12-28"), bd(1, "2021")])
m("correction numerals birth_order", "说错了 老大是二零二一年五月的 老二没错", [bd(1, "2021-05", "r")],
  known=K(city="beijing", kids=["2021-03", "2024-10"]))
m("height question", "孩子112公分 还没到一米二吧 坐火车买不买票", [ht(1, 112)], known=K(city="beijing", kids=[yo(5)]))
m("answer multiples age", "一对双胞胎 刚满周岁", [n(2), bd(1, just(1)), bd(2, just(1))], asked="children", known=K(city="beijing"))
m("answer insurance", "我没上班 也没交过任何医保", [f("birth_insurance", "none")], asked="birth_insurance",
  known=K(city="jinan", kids=[mo(2)]))
m("now_vs_birth per_birth_hardship relative_date birth_order", "现在不领失业金了 去年十月生老二的时候正好在领",
  [f("hardship_now", False), bd(2, year(-1) + "-10"), chb(2, True)], known=K(city="jinan", kids=[yo(5)]))
m("question hukou", "如果我们把户口迁到济南 老大老二都能领吗", [f("hukou_in_city", True, "q")],
  known=K(city="jinan", hukou_in_city=False, kids=[yo(6), yo(2)]))

T("2026-02-26")  # Thursday
m("relative_date age birth_order", "上周三生了 母子平安 老大五岁半了 高兴", [bd(2, lastweek(2)), bd(1, yo(5))])
m("answer pregnancy relative_date", "下个月底", [due(2, thismonth(1))], asked="due_date",
  known=K(city="beijing", kids=[yo(2), {"due_date": None}]))
m("age height question", "孩子一岁半 1米不到 正常吗", [bd(1, yo(1)), below(1, 100)])
m("answer housing_fund", "就我一个 他是个体户没有公积金", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(1)]))
m("correction housing_fund", "更正一下 公积金我们两口子都在交 不是一个人", [f("housing_fund_contributors", 2, "r")],
  known=K(city="beijing", housing_fund_contributors=1, kids=[yo(3)]))
m("short_year numerals relative_date birth_order", "23年2月28号生的老大 老二今年二月初 才二十来天",
  [bd(1, "2023-02-28"), bd(2, year() + "-02")])
m("chitchat", "谢谢啊 你这比打12345快多了")
m("answer negation_housing duration", "没有 结婚三年一直租着", [f("owns_home_in_city", False, "c"), f("renting", True)],
  asked="owns_home_in_city", known=K(city="beijing", kids=[yo(1)]))
m("per_birth_hardship multiples birth_order", "双胞胎出生那会儿我们家是特困供养户 老大出生时没有",
  [chb(2, True), chb(3, True), chb(1, False)], known=K(city="jinan", kids=[yo(6), mo(10), mo(10)]))
m("multiples pregnancy", "怀了三胞胎 五个月了 头一胎 又高兴又害怕", [due(1, preg(5)), due(2, preg(5)), due(3, preg(5))])

T("2026-03-31")  # Tuesday, month end
m("age height", "孙女今年刚满五岁 一米一 孙子刚三个月 爷爷来问问济南有啥补贴",
  [bd(1, just(5)), ht(1, 110), bd(2, mo(3)), f("city", "jinan")])
m("answer height numerals birth_order", "大的一米三 小的一米一五", [ht(1, 130), ht(2, 115)], asked="children.height_cm",
  known=K(city="beijing", kids=[yo(8), yo(5)]))
m("multiples relative_date birth_order", "上周四生的 是对双胞胎 加上老大家里仨了", [bd(2, lastweek(3)), bd(3, lastweek(3)), n(3)],
  known=K(city="jinan", kids=[yo(4)]))
m("answer age", "北京 孩子两岁多", [f("city", "beijing"), bd(1, yo(2))], asked="city")
m("correction pregnancy numerals", "不是7月 预产期改成八月十号了 医生重新算的", [due(1, nextmonth(8, 10), "r")],
  known=K(city="jinan", kids=[{"due_date": "2026-07"}]))
m("short_year pregnancy birth_order", "一八年的老大 二零年的老二 现在又怀上了 三个多月", [bd(1, "2018"), bd(2, "2020"), due(3, preg(3))])
m("question birth_order", "老三要是明年三月生 北京户口能领吗", [due(3, year(1) + "-03", "q")],
  known=K(city="beijing", hukou_in_city=True, kids=[yo(7), yo(3)]))
m("now_vs_birth per_birth_hardship", "低保去年就停了 生孩子那会儿也没领", [f("hardship_now", False), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=[yo(2)]))
m("duration age", "孩子四个月了 产假快休完了 还剩一个来月 舍不得", [bd(1, mo(4))])
m("numerals age", "十二月五号出生的外孙 到今天快四个月了", [bd(1, pastmonth(12, 5))])

T("2026-08-31")  # Monday, month end
m("relative_date birth_order", "上周二生的老二 老大今年9月上小学", [bd(2, lastweek(1))], known=K(city="jinan", kids=["2020-05"]))
m("answer short_year", "两个娃 14年一个 17年一个", [n(2), bd(1, "2014"), bd(2, "2017")], asked="children", known=K(city="jinan"))
m("answer per_birth_hardship now_vs_birth", "有 生的时候领着失业金 现在找到工作了", [f("hardship_at_birth", True, "c"), f("hardship_now", False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=[yo(3)]))
m("height birth_order", "大闺女1米35了 小儿子还没到一米二", [ht(1, 135), below(2, 120)], known=K(city="beijing", kids=[yo(9), yo(5)]))
m("correction short_year", "我说错了 孩子是二三年十一月的 不是一月", [bd(1, "2023-11", "r")], known=K(city="jinan", kids=["2023-01"]))
m("insurance hukou", "我是北京户口 职工医保带生育险 老公是济南人",
  [f("city", "beijing"), f("hukou_in_city", True), f("birth_insurance", "employee_maternity")])
m("numerals short_year birth_order", "２０１９年的老大 ２０２５年３月的老二", [bd(1, "2019"), bd(2, "2025-03")])
m("negation_housing", "不打算买房 就租着 房价太高了", [f("buying_first_home", False), f("renting", True)], known=K(city="beijing", kids=[yo(2)]))
m("question", "济南一个孩子一个月补多少钱 是600吗", [], known=K(city="jinan", kids=[yo(1)]))
m("multiples age", "俩双胞胎闺女一岁两个月 大儿子六岁多", [bd(1, yo(6)), bd(2, age(1, 2)), bd(3, age(1, 2)), n(3)])

T("2026-12-31")  # Thursday, month end
m("answer short_year relative_date birth_order", "三个 老大一六年 老二一九年 老三上个月刚生", [n(3), bd(1, "2016"), bd(2, "2019"), bd(3, thismonth(-1))],
  asked="children", known=K(city="jinan"))
m("answer relative_date birth_order", "老二上周三出生 七斤 老大天天问妹妹啥时候能陪她玩 哈哈", [bd(2, lastweek(2))],
  asked="children", known=K(city="jinan", kids=[yo(4)]))
m("answer per_birth_hardship birth_order", "老大那会儿吃低保 老二生的时候已经不吃了", [chb(1, True), chb(2, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=[yo(5), mo(3)]))
m("answer housing_fund", "一个都没有 俩人都打零工", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(1)]))
m("correction", "搞错了 我们是在北京 不是济南", [f("city", "beijing", "r")], known=K(city="jinan", kids=[yo(3)]))
m("answer height birth_order question", "大外孙一米二五 小外孙女一米零二 带他们坐高铁要买几张票", [ht(1, 125), ht(2, 102)],
  asked="children.height_cm", known=K(city="beijing", kids=[yo(7), yo(3)]))
m("age", "孩子睡了 偷空问下 宝宝今天满四十天 社区说可以申请了", [bd(1, dago(40))])
m("answer short_year age", "孩子23年5曰生的 现在三岁半", [bd(1, "2023-05")], asked="children", known=K(city="jinan"))
m("question per_birth_hardship", "假如我领着失业金的时候生孩子 能多给吗", [f("hardship_at_birth", True, "q")], known=K(city="jinan"))
m("duration age pregnancy", "俺们结婚五年了 老大四岁多 二胎刚怀上俩月", [bd(1, yo(4)), due(2, preg(2))])
m("answer pregnancy relative_date", "明年五月", [due(2, year(1) + "-05")], asked="due_date",
  known=K(city="beijing", kids=[yo(2), {"due_date": None}]))
m("now_vs_birth per_birth_hardship relative_date", "孩子去年十二月生的 生孩子那会儿还没领 现在领着特困",
  [bd(1, year(-1) + "-12"), f("hardship_at_birth", False), f("hardship_now", True)])

T("2027-01-20")  # Wednesday
m("answer short_year age relative_date birth_order", "老大19年的 快八岁了 老二一岁两个月 老三上周二刚生",
  [bd(1, "2019"), bd(2, age(1, 2)), bd(3, lastweek(1))], asked="children", known=K(city="jinan"))
m("answer height", "1米18 上个月体检量的", [ht(1, 118)], asked="children.height_cm", known=K(city="beijing", kids=[yo(6)]))
m("pregnancy relative_date", "去年十月怀上的 预产期今年七月", [due(1, year() + "-07")])
m("correction age", "不对 孩子不是一岁多 是刚满月", [bd(1, mo(1), "r")], known=K(city="jinan", kids=[yo(1)]))
m("answer negation_housing", "有 去年贷款买的 就这一套", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="beijing", kids=[yo(2)]))
m("answer housing_fund", "我和老公都交 婆婆退休前也交 现在不交了", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[mo(6)]))
m("multiples relative_date age", "前年生的双胞胎 今年该上托班了 还有个老大九岁", [bd(2, year(-2)), bd(3, year(-2)), bd(1, yo(9)), n(3)])
m("question height", "1米3以下的儿童是不是免票", [], known=K(city="beijing", kids=[yo(5)]))
m("age hukou insurance", "孩子七个月大 我是济南户口 灵活就业交的生育保险",
  [bd(1, mo(7)), f("city", "jinan"), f("hukou_in_city", True), f("birth_insurance", "flexible_employment")])
m("chitchat", "你们这个是官方的吗 靠谱不")

T("2027-02-28")  # Sunday, month end
m("answer short_year", "一个 25年3月份的", [n(1), bd(1, "2025-03")], asked="children", known=K(city="beijing"))
m("age birth_order", "二宝今天满一百天 大宝五岁多", [bd(2, dago(100)), bd(1, yo(5))])
m("answer per_birth_hardship", "都没有 俩孩子生的时候都没领过", [f("hardship_at_birth", False, "c"), f("child_count", 2)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(3), mo(2)]))
m("answer numerals housing_fund", "2026/12/5生的 公积金我交 老公不交 就一个人", [bd(1, "2026-12-05"), f("housing_fund_contributors", 1)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=["2026-12"]))
m("correction per_birth_hardship now_vs_birth", "刚才说的不对 生孩子那时候没吃低保 是现在才吃上的",
  [f("hardship_at_birth", False, "r"), f("hardship_now", True)], known=K(city="beijing", hardship_at_birth=True, kids=[yo(2)]))
m("negation_housing", "我们在济南没有房 老家倒是有一套 现在租房住", [f("owns_home_in_city", False), f("renting", True)],
  known=K(city="jinan", kids=[yo(4)]))
m("answer age birth_order", "大的五睡 小的两睡多", [bd(1, yo(5)), bd(2, yo(2))], asked="children", known=K(city="beijing"))
m("multiples pregnancy age birth_order", "老大刚满四岁 这胎是双胞胎 预产期六月", [bd(1, just(4)), due(2, nextmonth(6)), due(3, nextmonth(6))])
m("question hukou", "假如我们是北京户口 能领吗", [f("hukou_in_city", True, "q")], known=K(city="beijing", hukou_in_city=False, kids=[yo(1)]))
m("duration age", "哺乳假还有半年 孩子半岁了", [bd(1, mo(6))])

T("2027-05-31")  # Monday, month end
m("answer relative_date age birth_order", "上周四生了个闺女 大哥八岁 二哥五岁", [bd(3, lastweek(3)), bd(1, yo(8)), bd(2, yo(5))],
  asked="children", known=K(city="jinan"))
m("answer height numerals birth_order", "老大1.38 老二1.16 老三没量", [ht(1, 138), ht(2, 116)], asked="children.height_cm",
  known=K(city="beijing", kids=[yo(9), yo(6), yo(2)]))
m("answer hukou short_year numerals", "济南的 户口也在济南 孩子二六年五月生的", [f("city", "jinan"), f("hukou_in_city", True), bd(1, "2026-05")],
  asked="city")
m("correction relative_date birth_order", "老二是去年十二月的 不是十一月 记错了", [bd(2, year(-1) + "-12", "r")],
  known=K(city="jinan", kids=["2024-06", "2026-11"]))
m("answer per_birth_hardship now_vs_birth", "生那俩孩子的时候都没有 去年才开始吃低保 现在还吃着",
  [f("hardship_at_birth", False, "c"), f("hardship_now", True), n(2)], asked="hardship_at_birth", known=K(city="jinan", kids=[yo(6), yo(3)]))
m("question", "补贴是按月发还是一次性发", [], known=K(city="beijing", kids=[mo(5)]))
m("answer short_year hukou negation_housing", "孩子2023.5生的 我们北京户口 房子是自己买的",
  [bd(1, "2023-05"), f("city", "beijing"), f("hukou_in_city", True), f("owns_home_in_city", True)], asked="city")
m("answer negation_housing", "嗯 租的 一个月四千五", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[yo(1)]))

T("2025-03-31")  # Monday, month end
m("answer age birth_order", "仨 最大的十二 老二八岁 老三刚满月", [n(3), bd(1, yo(12)), bd(2, yo(8)), bd(3, mo(1))],
  asked="children", known=K(city="jinan"))
m("relative_date age", "我是奶奶 孙子上周二出生的 他姐姐三岁多", [bd(2, lastweek(1)), bd(1, yo(3))])
m("answer pregnancy", "怀孕六个月了 还不知道具体哪天", [due(2, preg(6))], asked="due_date",
  known=K(city="beijing", kids=[yo(1), {"due_date": None}]))
m("answer insurance", "居民医保 村里交的", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="jinan", kids=[mo(4)]))
m("answer hukou", "没有 还是山东户口", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(2)]))
m("correction height", "刚才打错了 不是1米1 是1米2 这孩子长得快", [ht(1, 120, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(6), "height_cm": 110}]))
m("height birth_order question", "老二还不到1米3 老大早超了 老二坐车用买票吗", [below(2, 130)], known=K(city="beijing", kids=[yo(10), yo(6)]))
m("answer housing_fund", "三个 我 我老公 还有我公公还没退休", [f("housing_fund_contributors", 3)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(1)]))
m("birth_order", "哎 养俩孩子太难了 谢谢你们", [f("child_count", 2)], known=K(city="jinan", kids=[yo(6), yo(2)]))
m("answer numerals age", "孩子是三月五号生的 到今天二十六天", [bd(1, pastmonth(3, 5))], asked="children", known=K(city="beijing"))

T("2027-03-31")  # Wednesday, month end
m("relative_date pregnancy birth_order", "前年生的老大 去年十月生的老二 今年又怀上了", [bd(1, year(-2)), bd(2, year(-1) + "-10"), due(3, None)])
m("answer short_year age", "就这俩 一个26年的 一个刚满月", [n(2), bd(1, "2026"), bd(2, mo(1))], asked="children", known=K(city="beijing"))
m("per_birth_hardship multiples birth_order", "大宝出生那年领着失业金 二宝三宝是双胞胎 生的时候没领", [chb(1, True), chb(2, False), chb(3, False)],
  known=K(city="jinan", kids=[yo(5), yo(1), yo(1)]))
m("question birth_order", "要是老二今年十月出生 济南户口能领多少", [due(2, year() + "-10", "q")],
  known=K(city="jinan", hukou_in_city=True, kids=[yo(3)]))
m("answer age birth_order", "宝宝刚满月没几天 老大刚满三周岁", [bd(2, mo(1)), bd(1, just(3))], asked="children", known=K(city="beijing"))
m("correction insurance", "说错了 我交的是职工生育保险 单位给交的", [f("birth_insurance", "employee_maternity", "r")],
  known=K(city="jinan", birth_insurance="resident_medical", kids=[mo(2)]))
m("answer negation_housing", "打算 今年就买 首套", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="beijing", renting=True, kids=[yo(2)]))
m("answer numerals", "俩孩子 大的二〇二〇年九月 小的二〇二四年四月", [n(2), bd(1, "2020-09"), bd(2, "2024-04")], asked="children",
  known=K(city="jinan"))
m("answer height birth_order", "大的1米4 小的才1米1", [ht(1, 140), ht(2, 110)], asked="children.height_cm",
  known=K(city="jinan", kids=[yo(10), yo(6)]))
m("duration pregnancy", "备孕三年终于怀上了 还不知道预产期", [due(1, None)])
