# Chinese, batch 29: ages and relative dates in every form (三岁半 两岁多 刚满月 百天 虚岁/周岁 快N岁), relative days,
# months and years (前天 上周五 这个月初 去年十月 大前年), dotted and two-digit years, full-width digits, typos,
# several children with mixed forms, grandchildren, answers to the children question and one-age corrections
T("2025-01-15")  # Wednesday
m("age birth_order relative_date short_year", "老大19年的 老二两岁多 老三上个月刚生 三个娃把我累够呛",
  [bd(1, "2019"), bd(2, yo(2)), bd(3, thismonth(-1)), n(3)])
m("age", "孩子三睡半了 调皮得很 一刻也不闲着", [bd(1, yo(3))])
m("relative_date", "闺女上周五生的 今天刚出院回家", [bd(1, lastweek(4))])
m("answer age birth_order", "俩 老大快四岁了 老二俩月打", [n(2), bd(1, almost(4)), bd(2, mo(2))], asked="children", known=K(city="jinan"))
m("correction age birth_order", "不对 老二是三岁不是两岁", [bd(2, yo(3), "r")], known=K(city="jinan", kids=[yo(6), yo(2)]))
m("multiples age birth_order", "大儿子刚满五周岁 家里还有对龙凤胎八个月大",
  [bd(1, just(5)), bd(2, mo(8)), bd(3, mo(8)), n(3)])
m("per_birth_hardship now_vs_birth birth_order", "生老二那阵子家里吃低保 现在孩子他爸上班了 早不领了",
  [chb(2, True), f("hardship_now", False)], known=K(city="jinan", kids=[yo(7), yo(3)]))
m("housing_fund age", "公积金就我一个人交 孩子一岁两个月了", [f("housing_fund_contributors", 1), bd(1, age(1, 2))])
m("relative_date", "宝宝是前天凌晨生的 顺产", [bd(1, back(2))])
m("pregnancy multiples age", "怀的双胞胎 六个月了 老大才两岁半 到时候可咋带啊",
  [bd(1, yo(2)), due(2, preg(6)), due(3, preg(6))])
m("height age", "孙子五岁半 已经一米一了 比他爸小时候高", [bd(1, yo(5)), ht(1, 110)])
m("negation_housing age", "孩子刚满月 我们租房住的 自己没买房", [bd(1, mo(1)), f("renting", True), f("owns_home_in_city", False)])
m("question birth_order", "如果明年再要个老三 能领多少钱", [due(3, year(1), "q")], known=K(city="jinan", kids=["2018-04", "2021-09"]))
m("answer hukou", "是 我们俩都是北京户口", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[mo(5)]))
m("numerals", "儿子２０１９年１０月生的 明年该上小学了", [bd(1, "2019-10")])
m("short_year birth_order", "老大19.10.3出生 老二2022.6", [bd(1, "2019-10-03"), bd(2, "2022-06")])
m("relative_date birth_order", "孙女是大前年生的 孙子去年生的", [bd(1, year(-3)), bd(2, year(-1))])
m("age", "今天娃百天 家里摆了两桌", [bd(1, dago(100))])
m("age", "我家小子出生二十天 黄疸还没退 愁人", [bd(1, dago(20))])
m("age", "闺女虚岁五岁 周岁是刚满四岁", [bd(1, just(4))])
m("correction age", "说错了 孩子是四岁半 不是三岁半", [bd(1, yo(4), "r")], known=K(city="beijing", kids=[yo(3)]))
m("chitchat", "好的好的 明白了 谢谢哈", [])
m("insurance age", "我交的是职工生育保险 孩子八个月", [f("birth_insurance", "employee_maternity"), bd(1, mo(8))])
m("answer age", "就一个 刚满三岁", [n(1), bd(1, just(3))], asked="children", known=K(city="beijing"))
m("duration housing_fund age", "我俩公积金都交了五六年了 孩子半岁", [f("housing_fund_contributors", 2), bd(1, mo(6))])
m("hukou age", "户口不在济南 还在菏泽老家 孩子七个月大", [f("hukou_in_city", False), bd(1, mo(7))], known=K(city="jinan"))
m("age birth_order relative_date", "老二是九月份生的 老大6岁", [bd(2, pastmonth(9)), bd(1, yo(6))])
m("pregnancy", "预产期三月底 这是头胎", [due(1, nextmonth(3))])
m("numerals height age", "孩子３岁半 身高１０５", [bd(1, yo(3)), ht(1, 105)])
m("question age", "我家孩子两岁多了 还能领育儿补贴吗", [bd(1, yo(2))])
m("answer height birth_order", "老大一米一五 老二还不到九十", [ht(1, 115), below(2, 90)], asked="children.height_cm",
  known=K(city="beijing", kids=[yo(5), yo(2)]))
m("answer per_birth_hardship birth_order", "生老大老二的时候都没有 生老三那会儿他爸下岗了领失业金",
  [chb(1, False), chb(2, False), chb(3, True)], asked="hardship_at_birth", known=K(city="jinan", kids=[yo(8), yo(4), mo(3)]))
m("answer pregnancy", "六月中旬", [due(2, nextmonth(6))], asked="due_date", known=K(city="beijing", kids=[yo(3), {"due_date": None}]))
m("answer short_year numerals age birth_order", "仨 大的一七年 老二二〇年 小的一岁两个月",
  [n(3), bd(1, "2017"), bd(2, "2020"), bd(3, age(1, 2))], asked="children", known=K(city="jinan"))
m("correction short_year numerals birth_order", "更正一下 老大是一九年十二月的 不是十月", [bd(1, "2019-12", "r")],
  known=K(city="jinan", kids=["2019-10", "2022-03"]))

T("2025-02-28")  # Friday, month end
m("relative_date", "孙子今天出生的 六斤八两 我当爷爷啦", [bd(1, today())])
m("relative_date age birth_order", "老二昨天剖出来的 老大快六岁了 俩孩子以后有伴了", [bd(2, back(1)), bd(1, almost(6)), n(2)])
m("multiples relative_date", "这个月初生了对双胞胎 头胎就俩 哈哈", [bd(1, thismonth()), bd(2, thismonth()), n(2)])
m("answer age", "两个 一个九岁 一个刚满月", [n(2), bd(1, yo(9)), bd(2, mo(1))], asked="children", known=K(city="beijing"))
m("now_vs_birth per_birth_hardship age", "娃一岁多点 我现在在领低保 生孩子那会儿还没领",
  [bd(1, yo(1)), f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan"))
m("negation_housing age", "儿子四个月 名下没房 打算今年买第一套", [bd(1, mo(4)), f("owns_home_in_city", False), f("buying_first_home", True)])
m("correction height numerals birth_order", "刚才说错了 老大是一米二五 不是一米二", [ht(1, 125, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(6), "height_cm": 120}, yo(3)]))
m("age birth_order", "俺家老三三岁 老大老二都上小学了", [bd(3, yo(3))])
m("relative_date", "闺女是去年十二月底生的 赶在年前", [bd(1, f"{year(-1)}-12")])
m("age birth_order", "外孙女一岁半 外孙三个月 我一个人带着 闺女女婿上班", [bd(1, yo(1)), bd(2, mo(3))])
m("answer housing_fund", "俩人都交 我跟孩他妈都有", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[mo(9)]))
m("answer insurance", "交的城乡居民医保 孩子他爸没上班", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="beijing", kids=[mo(2)]))
m("multiples age", "三胞胎 今天刚满百天", [bd(1, dago(100)), bd(2, dago(100)), bd(3, dago(100)), n(3)])
m("pregnancy age birth_order", "又怀上了 四个月 老大两岁 老二一岁", [bd(1, yo(2)), bd(2, yo(1)), due(3, preg(4))])

T("2025-09-30")  # Tuesday, month end
m("relative_date age birth_order", "二宝上周一晚上生的 大宝三岁零两个月", [bd(2, lastweek(0)), bd(1, age(3, 2))])
m("relative_date age", "孩子七月份生的 才俩月 夜里闹得睡不了觉", [bd(1, pastmonth(7))])
m("answer short_year numerals relative_date birth_order", "三个 老大一六年的 老二一九年 老三去念十一月",
  [n(3), bd(1, "2016"), bd(2, "2019"), bd(3, f"{year(-1)}-11")], asked="children", known=K(city="beijing"))
m("correction age birth_order", "不是十个月 小的是一岁两个月 我记岔了", [bd(2, age(1, 2), "r")], known=K(city="jinan", kids=[yo(5), mo(10)]))
m("multiples per_birth_hardship now_vs_birth", "生双胞胎那年我们家是特困供养户 现在好了 不领了",
  [chb(2, True), chb(3, True), f("hardship_now", False)], known=K(city="jinan", kids=[yo(7), yo(2), yo(2)]))
m("housing_fund", "公积金只有我对象交 我自己是个体户没交", [f("housing_fund_contributors", 1)], known=K(city="beijing", kids=[yo(1)]))
m("height age numerals birth_order", "大孙女九岁 一米三二 小孙子五岁 一米零八",
  [bd(1, yo(9)), ht(1, 132), bd(2, yo(5)), ht(2, 108)])
m("relative_date age", "娃是八月三十号生的 今天刚好满月", [bd(1, pastmonth(8, 30))])
m("answer pregnancy relative_date", "明年二月", [due(2, f"{year(1)}-02")], asked="due_date", known=K(city="jinan", kids=[yo(4), {"due_date": None}]))
m("question birth_order", "假如老二明年生 还能赶上这个补贴不", [due(2, year(1), "q")], known=K(city="beijing", kids=[yo(3)]))
m("negation_housing age", "在北京没房 一直租 孩子刚满两周岁", [f("owns_home_in_city", False), f("renting", True), bd(1, just(2))],
  known=K(city="beijing"))
m("chitchat", "哈哈 小家伙刚会喊爷爷了 心都化了", [])
m("now_vs_birth per_birth_hardship birth_order", "现在失业了在领失业金 老大出生那会儿还上着班呢",
  [f("hardship_now", True), chb(1, False)], known=K(city="jinan", kids=[yo(6), mo(4)]))
m("age", "孩子出生四十五天 还没去办出生证", [bd(1, dago(45))])
m("age birth_order", "儿子两岁十个月 闺女六周大", [bd(1, age(2, 10)), bd(2, dago(42))])
m("age birth_order", "老大三周睡 老二刚满月 两个都是小子", [bd(1, yo(3)), bd(2, mo(1)), n(2)])
m("numerals short_year", "宝宝生日２０２４．１２．８", [bd(1, "2024-12-08")])
m("correction insurance", "说错了 我交的是灵活就业 不是居民医保", [f("birth_insurance", "flexible_employment", "r")],
  known=K(city="jinan", birth_insurance="resident_medical", kids=[mo(3)]))
m("answer hukou", "没有 户口还在老家临沂", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[mo(6)]))
m("answer age", "一个闺女 刚上幼儿园 三岁多", [n(1), bd(1, yo(3))], asked="children", known=K(city="beijing"))
m("pregnancy multiples age", "老大四岁 这胎查出来是三胞胎 预产期明年一月",
  [bd(1, yo(4)), due(2, f"{year(1)}-01"), due(3, f"{year(1)}-01"), due(4, f"{year(1)}-01")])
m("per_birth_hardship", "三个孩子出生的时候家里都没领过低保", [f("hardship_at_birth", False), n(3)],
  known=K(city="jinan", kids=["2015-03", "2018-07", "2023-01"]))
m("answer housing_fund", "就我 他没有", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors", known=K(city="beijing", kids=[yo(2)]))
m("relative_date", "上个月二十号生的 七斤 挺壮实", [bd(1, f"{thismonth(-1)}-20")])
m("correction relative_date birth_order", "搞错了 老二不是上个月生的 是这个月初", [bd(2, thismonth(), "r")],
  known=K(city="beijing", kids=[yo(4), thismonth(-1)]))

T("2026-01-31")  # Saturday, month end
m("relative_date age", "孩子去年十月生的 现在三个多月", [bd(1, f"{year(-1)}-10")])
m("relative_date birth_order", "大孙子前年生的 小孙女今年一月刚生", [bd(1, year(-2)), bd(2, f"{year()}-01")])
m("age height", "闺女一岁零一个月 身高七十八", [bd(1, age(1, 1)), ht(1, 78)])
m("answer height birth_order", "老大一米三五 老二一米一 小的还抱着呢没量", [ht(1, 135), ht(2, 110)], asked="children.height_cm",
  known=K(city="jinan", kids=[yo(8), yo(5), yo(1)]))
m("answer per_birth_hardship", "没领过", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=[mo(2)]))
m("age housing_fund", "俺们家俩娃 大的快八岁 小的刚满一周岁 公积金俩人都交着",
  [n(2), bd(1, almost(8)), bd(2, just(1)), f("housing_fund_contributors", 2)])
m("correction short_year numerals birth_order", "老二是二二年十一月没错 老大我说错了 是一八年五月", [bd(1, "2018-05", "r")],
  known=K(city="beijing", kids=["2019-05", "2022-11"]))
m("relative_date", "刚生完 今天早上六点多", [bd(1, today())])
m("question", "孩子满三周岁以后还有补贴吗", [])
m("pregnancy age", "二胎怀孕五个月 大宝两岁零八个月", [bd(1, age(2, 8)), due(2, preg(5))])
m("relative_date numerals", "娃是十二月二十八生的", [bd(1, pastmonth(12, 28))])
m("pregnancy numerals", "预产期是二月十四 情人节 哈哈", [due(1, nextmonth(2, 14))])
m("negation_housing age question", "我们家没房也不租房 住婆婆家 孩子快两岁了 能申请啥",
  [f("owns_home_in_city", False), f("renting", False), bd(1, almost(2))])
m("hukou age", "我跟娃都是济南户口 娃十个月", [f("city", "jinan"), f("hukou_in_city", True), bd(1, mo(10))])
m("age birth_order", "外孙女今年上初中了 外孙才出生二十六天", [bd(2, dago(26))])

T("2026-05-21")  # Thursday
m("answer short_year relative_date birth_order", "俩 大宝2019.10的 二宝今年三月份生的", [n(2), bd(1, "2019-10"), bd(2, f"{year()}-03")],
  asked="children", known=K(city="jinan"))
m("answer multiples age", "一对双胞胎 刚满半岁", [n(2), bd(1, mo(6)), bd(2, mo(6))], asked="children", known=K(city="beijing"))
m("answer pregnancy", "一个都还没生呢 肚子里这个七个月了", [n(0), due(1, preg(7))], asked="children", known=K(city="beijing"))
m("answer housing_fund", "一个也没有 俺俩在饭店干活 老板不给交", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(2)]))
m("answer housing_fund duration", "两个都交 我交了三年 他交了快十年了", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[mo(7)]))
m("answer height numerals", "一米零二", [ht(1, 102)], asked="children.height_cm", known=K(city="beijing", kids=[yo(4)]))
m("answer height birth_order", "大的1米38 小的1米17", [ht(1, 138), ht(2, 117)], asked="children.height_cm",
  known=K(city="jinan", kids=[yo(9), yo(6)]))
m("answer insurance", "啥也没交 生的时候全是自费", [f("birth_insurance", "none")], asked="birth_insurance", known=K(city="jinan", kids=[mo(1)]))
m("answer per_birth_hardship multiples birth_order", "生老大时候没有 生这对双胞胎的时候在领低保",
  [chb(1, False), chb(2, True), chb(3, True)], asked="hardship_at_birth", known=K(city="jinan", kids=[yo(5), mo(2), mo(2)]))
m("answer per_birth_hardship now_vs_birth", "没有 不过今年开始领了", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=[yo(3)]))
m("answer negation_housing", "没有 租的一居室", [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city",
  known=K(city="beijing", kids=[mo(8)]))
m("answer negation_housing", "不是 住的我爸妈的房子", [f("renting", False, "c")], asked="renting", known=K(city="jinan", kids=[yo(1)]))
m("answer negation_housing", "不打算 租着挺好的", [f("buying_first_home", False, "c"), f("renting", True)], asked="buying_first_home",
  known=K(city="jinan", owns_home_in_city=False, kids=[yo(3)]))
m("answer pregnancy relative_date", "下个月十号", [due(2, f"{thismonth(1)}-10")], asked="due_date",
  known=K(city="beijing", kids=[yo(2), {"due_date": None}]))
m("answer pregnancy numerals", "８月２５", [due(1, nextmonth(8, 25))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("answer age", "济南 孩子刚满四周岁", [f("city", "jinan"), bd(1, just(4))], asked="city")
m("answer hukou", "嗯嗯 俩孩子也都落的北京户口", [f("hukou_in_city", True, "c"), n(2)], asked="hukou_in_city",
  known=K(city="beijing", kids=[yo(6), yo(1)]))
m("correction short_year numerals birth_order", "哎呀打错了 老大是一九年七月的 不是一月", [bd(1, "2019-07", "r")],
  known=K(city="jinan", kids=["2019-01", "2022-08"]))
m("correction age", "不对 孩子是刚满三岁 不是快三岁", [bd(1, just(3), "r")], known=K(city="beijing", kids=[almost(3)]))
m("correction age birth_order", "更正 老三是五个月 不是四个月 老二倒是没说错", [bd(3, mo(5), "r")],
  known=K(city="jinan", kids=[yo(10), yo(5), mo(4)]))
m("correction now_vs_birth", "说错了 低保去年就停了 现在不领了", [f("hardship_now", False, "r")],
  known=K(city="jinan", hardship_now=True, kids=[yo(2)]))
m("correction housing_fund duration", "更正下 公积金其实就我一个人交 他那个断了一年多了", [f("housing_fund_contributors", 1, "r")],
  known=K(city="beijing", housing_fund_contributors=2, kids=[yo(1)]))
m("multiples age birth_order", "大女儿十二岁 二女儿八岁 又生了对双胞胎儿子 三个月了 四个娃了",
  [bd(1, yo(12)), bd(2, yo(8)), bd(3, mo(3)), bd(4, mo(3)), n(4)])
m("pregnancy multiples", "双胎 怀孕三个月 头一胎 又高兴又怕", [due(1, preg(3)), due(2, preg(3))])
m("multiples relative_date age birth_order", "龙凤胎上周三出生的 家里老大九岁了",
  [bd(1, yo(9)), bd(2, lastweek(2)), bd(3, lastweek(2)), n(3)])
m("age birth_order", "我孙子一岁两个月 孙女八个月大 都是我在带", [bd(1, age(1, 2)), bd(2, mo(8))])
m("age height question", "俺外孙今年刚满六周岁 一米二了 坐火车要买票不", [bd(1, just(6)), ht(1, 120)])
m("question relative_date", "要是孩子下个月出生 还能按今年的标准领吗", [due(1, thismonth(1), "q")])
m("question hukou", "户口要是转到北京来 俩孩子都能领吗", [f("hukou_in_city", True, "q"), n(2)],
  known=K(city="beijing", hukou_in_city=False, kids=[yo(4), yo(1)]))
m("question", "一周岁以内的娃看病能报多少", [])
m("duration age", "产假还剩俩月 娃现在四个月", [bd(1, mo(4))])
m("duration insurance age", "在济南交社保满三年了 职工生育险 孩子刚满月", [f("birth_insurance", "employee_maternity"), bd(1, mo(1))],
  known=K(city="jinan"))
m("insurance birth_order", "我是灵活就业自己交的 生老二的时候报了一部分 老二十个月",
  [f("birth_insurance", "flexible_employment"), bd(2, mo(10))])
m("height birth_order", "老大还不到一米三 老二一米零五 周末想带去北京玩", [below(1, 130), ht(2, 105)])
m("height age", "闺女四岁半 身高一百零三公分", [bd(1, yo(4)), ht(1, 103)])
m("negation_housing age", "不租房 也没买 跟孩子姥姥住一起 娃五个月",
  [f("renting", False), f("owns_home_in_city", False), bd(1, mo(5))])
m("negation_housing age", "房子是自己的 去年刚买的 娃两岁了", [f("owns_home_in_city", True), bd(1, yo(2))])
m("now_vs_birth per_birth_hardship birth_order", "老二出生那个月正好在领失业金 现在找着工作了",
  [chb(2, True), f("hardship_now", False)], known=K(city="beijing", kids=[yo(6), yo(1)]))
m("now_vs_birth per_birth_hardship relative_date", "这两年一直领低保 孩子是前年生的 那会儿也在领",
  [f("hardship_now", True), bd(1, year(-2)), f("hardship_at_birth", True)])
m("chitchat", "我家闺女可乖了 不哭不闹的", [])
m("relative_date", "孩子今年开春三月生的", [bd(1, f"{year()}-03")])
m("relative_date birth_order", "二宝前年八月生的 大宝大前年", [bd(2, f"{year(-2)}-08"), bd(1, year(-3))])
m("age relative_date birth_order", "老大快五岁 老二上周二出生 剖腹产", [bd(1, almost(5)), bd(2, lastweek(1))])

T("2026-12-31")  # Thursday, year end
m("answer short_year numerals relative_date birth_order", "四个 老大08年的 老二10年 老三一三年 小四今年十月刚生",
  [n(4), bd(1, "2008"), bd(2, "2010"), bd(3, "2013"), bd(4, f"{year()}-10")], asked="children", known=K(city="beijing"))
m("answer age birth_order", "俩闺女 一个上高中了 一个才满百天", [n(2), bd(2, dago(100))], asked="children", known=K(city="jinan"))
m("answer negation_housing", "对 合租 一个月两千五", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[yo(1)]))
m("answer negation_housing", "有的 一二年就买了", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="jinan", kids=[yo(3), mo(7)]))

T("2027-02-01")  # Monday
m("relative_date", "娃上周日出生的 还在月子中心住着", [bd(1, lastweek(6))])
m("answer age", "就一个 一岁零三个月", [n(1), bd(1, age(1, 3))], asked="children", known=K(city="jinan"))
m("answer multiples age birth_order", "仨 两个大的是双胞胎 十岁 小的五岁半", [n(3), bd(1, yo(10)), bd(2, yo(10)), bd(3, yo(5))],
  asked="children", known=K(city="beijing"))
m("answer height multiples numerals birth_order", "哥哥一米二八 弟弟一米二四", [ht(1, 128), ht(2, 124)], asked="children.height_cm",
  known=K(city="jinan", kids=[yo(7), yo(7)]))
m("answer per_birth_hardship", "都没有", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=[yo(4), mo(1), mo(1)]))
m("answer housing_fund", "三个 我 我爱人 还有我婆婆", [f("housing_fund_contributors", 3)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(2)]))
m("answer age", "北京 娃刚满月", [f("city", "beijing"), bd(1, mo(1))], asked="city")

T("2027-03-31")  # Wednesday, month end
m("answer age housing_fund", "两个 大的八周岁 小的刚满月 公积金俩人都交", [n(2), bd(1, yo(8)), bd(2, mo(1)), f("housing_fund_contributors", 2)],
  asked="children", known=K(city="jinan"))
m("answer height", "七十六公分", [ht(1, 76)], asked="children.height_cm", known=K(city="beijing", kids=[yo(1)]))
m("answer pregnancy multiples", "十月底 双胞胎可能会提前", [due(2, nextmonth(10)), due(3, nextmonth(10))], asked="due_date",
  known=K(city="beijing", kids=[yo(5), {"due_date": None}, {"due_date": None}]))
m("correction relative_date", "不对 娃是前天生的 不是昨天", [bd(1, back(2), "r")], known=K(city="jinan", kids=[back(1)]))
m("chitchat", "谢谢啊 回头有啥再来问你", [])
m("answer hukou", "对的 我们一家都是济南户口", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(2)]))
m("short_year housing_fund birth_order", "俺闺女一九年的 儿子二三年的 俺们两口子都没交公积金",
  [bd(1, "2019"), bd(2, "2023"), f("housing_fund_contributors", 0)])
