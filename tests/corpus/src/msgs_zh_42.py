# Chinese, batch 42: colloquial ages of several children in one message (三岁半, 快N岁, 一岁零N个月, 刚满月, 百天, 半岁,
# N天/三周), Chinese / full-width / dotted numerals and short years, ages beside city, hukou and hardship now vs at the
# birth, corrections of one child's age or year, birth order after the verb and kinship words, questions carrying one
# fact, answers to the bot's questions, chitchat and bare questions
T("2025-02-11")  # Tuesday: 上周X = the week of 2025-02-03
m("age numerals birth_order", "俺家仨娃 老大七岁半 老二三岁 小的刚满月 在济南住",
  [n(3), bd(1, yo(7)), bd(2, yo(3)), bd(3, mo(1)), f("city", "jinan")])
m("age hukou", "孙女一岁零五个月 孙子四岁多 都北京户口", [bd(1, yo(4)), bd(2, age(1, 5)), f("hukou_in_city", True)],
  known=K(city="beijing"))
m("numerals birth_order", "俩闺女 小的二〇二四年十二月出生 大的二〇二〇年的", [n(2), bd(2, "2024-12"), bd(1, "2020")],
  known=K(city="jinan"))
m("relative_date birth_order age", "上周二剖腹产生的老二 老大五岁", [bd(2, lastweek(1)), bd(1, yo(5))], known=K(city="jinan"))
m("correction age birth_order", "刚才说错了 大宝不是三岁 是四岁半", [bd(1, yo(4), "r")], known=K(city="jinan", kids=[yo(3), mo(10)]))
m("chitchat", "年过完了 亲戚都走了 累得腰疼", [])
m("question", "北京这个补帖给到孩子几岁为止", [])
m("now_vs_birth per_birth_hardship age", "生孩子那阵儿在领特困供养 今年不领了 孩子两岁",
  [f("hardship_at_birth", True), f("hardship_now", False), bd(1, yo(2))], known=K(city="jinan"))
m("answer age numerals", "两个 一个三岁半 一个十一个月", [n(2), bd(1, yo(3)), bd(2, mo(11))], asked="children", known=K(city="jinan"))
m("short_year numerals birth_order", "二五年一月三号生的 头一个", [bd(1, "2025-01-03")], known=K(city="beijing"))
m("question height numerals birth_order", "老大１米１５ 坐火车要买票不", [ht(1, 115)], known=K(city="jinan", kids=[yo(6)]))
m("answer hukou", "不是 俺户口还挂在菏泽乡下", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[mo(4)]))
m("age question", "外孙百天了 闺女想问问咋申清", [bd(1, dago(100))], known=K(city="jinan"))

T("2025-04-16")  # Wednesday: 上周X = the week of 2025-04-07
m("age numerals hukou", "俩娃 大的快六岁了 小的刚五个月 户口都在济南", [n(2), bd(1, almost(6)), bd(2, mo(5)), f("hukou_in_city", True)],
  known=K(city="jinan"))
m("relative_date birth_order", "老二上周五生的 七斤半", [bd(2, lastweek(4))], known=K(city="jinan", kids=[yo(3)]))
m("age birth_order", "小孙女半岁 大孙女三岁 大孙子六岁", [bd(1, yo(6)), bd(2, yo(3)), bd(3, mo(6))], known=K(city="beijing"))
m("correction age birth_order", "不对 老二是一岁零两个月 我刚才打成两岁了", [bd(2, age(1, 2), "r")],
  known=K(city="jinan", kids=[yo(5), yo(2)]))
m("numerals birth_order", "两千零二十一年生的老大 两千零二十四年生的老二", [bd(1, "2021"), bd(2, "2024")], known=K(city="jinan"))
m("chitchat", "你好 在吗", [])
m("answer", "济南 历城区的", [f("city", "jinan")], asked="city")
m("question hukou", "要是俺们全家户口迁到北京 能多给点不", [f("hukou_in_city", True, "q")], known=K(city="beijing", kids=[yo(1)]))
m("pregnancy age birth_order", "媳妇怀老三七个月了 老大八岁 老二四岁", [due(3, preg(7)), bd(1, yo(8)), bd(2, yo(4))], known=K(city="jinan"))
m("age insurance", "孩子四十五天 生的时候走的是灵活就业的医保", [bd(1, dago(45)), f("birth_insurance", "flexible_employment")],
  known=K(city="beijing"))
m("answer housing_fund", "光我自个儿交 孩他爸单位不给交", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(2)]))
m("age birth_order", "我闺女那边大宝五岁半了 二宝才落地二十天", [bd(1, yo(5)), bd(2, dago(20))], known=K(city="jinan"))
m("question", "一孩也给钱么 还是光给二孩三孩啊", [])

T("2025-06-03")  # Tuesday: 上周X = the week of 2025-05-26
m("numerals hukou", "孩子二〇二五年五月二十八号生的 济南户口", [bd(1, "2025-05-28"), f("city", "jinan"), f("hukou_in_city", True)])
m("age numerals", "仨孩子 十岁 六岁 一岁零三个月", [n(3), bd(1, yo(10)), bd(2, yo(6)), bd(3, age(1, 3))], known=K(city="jinan"))
m("relative_date birth_order", "上周六老婆生了个闺女 头胎", [bd(1, lastweek(5))], known=K(city="beijing"))
m("correction age birth_order", "更正一下 小孙子是快三岁 不是三岁半", [bd(2, almost(3), "r")], known=K(city="jinan", kids=[yo(6), yo(3)]))
m("negation_housing age", "俺们在济南没房 一直租着 孩子刚满两岁", [f("owns_home_in_city", False), f("renting", True), bd(1, just(2))],
  known=K(city="jinan"))
m("answer negation_housing", "没 俺们是租的房", [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city",
  known=K(city="beijing", kids=[yo(1)]))
m("chitchat", "六一给娃买了个滑板车 高兴坏了", [])
m("numerals birth_order", "老大２０１９年８月 老二２０２３年２月", [bd(1, "2019-08"), bd(2, "2023-02")], known=K(city="jinan"))
m("question age", "孙女一岁半 还能补申请去年的吗", [bd(1, yo(1))], known=K(city="beijing"))
m("per_birth_hardship birth_order", "生老二那年俺家在吃低保 生老大时没有", [chb(2, True), chb(1, False)],
  known=K(city="jinan", kids=[yo(7), yo(3)]))
m("hukou age", "户口没迁过来 还在河北 娃八个月", [f("hukou_in_city", False), bd(1, mo(8))], known=K(city="beijing"))
m("answer age", "就一个 刚百天", [n(1), bd(1, dago(100))], asked="children", known=K(city="jinan"))
m("question", "补贴是打到社保卡上吗", [])

T("2025-08-14")  # Thursday: 上周X = the week of 2025-08-04
m("age birth_order", "老大三年级了 老二五岁 老三一岁零一个月", [bd(2, yo(5)), bd(3, age(1, 1))], known=K(city="jinan"))
m("age birth_order", "老大是个外孙女 四岁半了 老二是外孙 快一岁了", [bd(1, yo(4)), bd(2, almost(1))], known=K(city="beijing"))
m("relative_date birth_order", "上周三生的二胎", [bd(2, lastweek(2))], known=K(city="jinan", kids=[yo(2)]))
m("correction short_year birth_order", "说岔了 老二是二三年的 不是二四年", [bd(2, "2023", "r")], known=K(city="jinan", kids=["2020", "2024"]))
m("now_vs_birth per_birth_hardship", "这俩月刚开始领失业金 生孩子那阵子俩口子都挣工资",
  [f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan", kids=[mo(5)]))
m("chitchat", "天太热了 娃起了一身痱子", [])
m("answer height numerals", "一米零五", [ht(1, 105)], asked="children.height_cm", known=K(city="jinan", kids=[yo(5)]))
m("question height birth_order", "老二还不到一米二 要票吗", [below(2, 120)], known=K(city="beijing", kids=[yo(8), yo(4)]))
m("short_year numerals", "一九年一个 二二年一个 俩儿子", [n(2), bd(1, "2019"), bd(2, "2022")], known=K(city="jinan"))
m("question", "北京的话 生三孩有没有额外的钱", [])
m("answer pregnancy", "明年一月底", [due(1, "2026-01")], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("age", "娃出生三周了 名字还没起好", [bd(1, dago(21))], known=K(city="beijing"))
m("insurance age", "我是交的职工医保带生育的 孩子五个月", [f("birth_insurance", "employee_maternity"), bd(1, mo(5))], known=K(city="jinan"))

T("2025-10-21")  # Tuesday: 上周X = the week of 2025-10-13
m("relative_date birth_order age", "老婆前天生的老三 老大老二一个九岁一个六岁", [bd(3, back(2)), bd(1, yo(9)), bd(2, yo(6))],
  known=K(city="jinan"))
m("age", "孙子十个月 孙女两岁零两个月 俺们济南的", [bd(1, age(2, 2)), bd(2, mo(10)), f("city", "jinan")])
m("correction age", "打错了 娃是十个月 不是八个月", [bd(1, mo(10), "r")], known=K(city="jinan", kids=[mo(8)]))
m("numerals birth_order", "二〇二五年十月十五日 我家二宝出生", [bd(2, "2025-10-15")], known=K(city="beijing", kids=[yo(3)]))
m("answer per_birth_hardship", "没领过 那会儿我俩都上班", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(1)]))
m("chitchat", "国庆带娃回老家 来回堵了十个钟头", [])
m("question hukou negation_housing", "我们是北京户口 租房住 有租房补贴吗", [f("hukou_in_city", True), f("renting", True)],
  known=K(city="beijing", kids=[yo(2)]))
m("relative_date multiples numerals", "去年生的双胞胎 就这俩", [n(2), bd(1, "2024"), bd(2, "2024")], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship birth_order", "生老大那会没低保 生老二时候是低保户 现在早不领了",
  [chb(1, False), chb(2, True), f("hardship_now", False)], known=K(city="jinan", kids=[yo(9), yo(4)]))
m("age birth_order", "闺女家老二刚满月 上头姐姐三岁半", [bd(2, mo(1)), bd(1, yo(3))], known=K(city="jinan"))
m("housing_fund", "公积金就老公一个人有 我没交", [f("housing_fund_contributors", 1)], known=K(city="jinan"))
m("question", "办补贴要带啥材料 户口本要不要", [])
m("short_year numerals", "娃是25.9.30生的", [bd(1, "2025-09-30")], known=K(city="beijing"))

T("2025-12-09")  # Tuesday: 上周X = the week of 2025-12-01
m("age hukou", "大孙子十一岁 小孙女刚满三岁 都在北京上的户口", [bd(1, yo(11)), bd(2, just(3)), f("hukou_in_city", True)],
  known=K(city="beijing"))
m("age numerals birth_order", "仨孩儿 老三半岁 老二四岁 老大七岁", [n(3), bd(3, mo(6)), bd(2, yo(4)), bd(1, yo(7))], known=K(city="jinan"))
m("relative_date birth_order", "上周四生的 老二", [bd(2, lastweek(3))], known=K(city="jinan", kids=[yo(4)]))
m("correction age", "不对 外孙是一岁半 我说成两岁半了", [bd(1, yo(1), "r")], known=K(city="jinan", kids=[yo(2)]))
m("answer age numerals", "仨 大的都上初中了 最小的一岁零十个月", [n(3), bd(3, age(1, 10))], asked="children", known=K(city="beijing"))
m("numerals", "二〇二三年 二〇二五年 俩丫头", [n(2), bd(1, "2023"), bd(2, "2025")], known=K(city="jinan"))
m("chitchat", "下雪了 娃非要出去堆雪人", [])
m("question", "一年一共能领多少钱啊 咋领", [])
m("hukou age", "俺们不是济南户口 在这打工 孩子一岁零四个月", [f("hukou_in_city", False), bd(1, age(1, 4))], known=K(city="jinan"))
m("pregnancy age birth_order", "怀孕四个月 这是二胎 老大快三岁了", [due(2, preg(4)), bd(1, almost(3))], known=K(city="beijing"))
m("answer negation_housing", "对 一直租房", [f("renting", True, "c")], asked="renting", known=K(city="jinan", kids=[yo(3)]))
m("age numerals", "孩子一百零五天了", [bd(1, dago(105))], known=K(city="jinan"))

T("2026-02-26")  # Thursday: 上周X = the week of 2026-02-16
m("numerals relative_date birth_order", "老大二〇一九年的 老二二〇二二年的 老三今年一月份刚生",
  [bd(1, "2019"), bd(2, "2022"), bd(3, "2026-01")], known=K(city="jinan"))
m("age numerals", "俩外孙 大的三岁半 小的十三个月 在济南", [n(2), bd(1, yo(3)), bd(2, mo(13)), f("city", "jinan")])
m("relative_date birth_order", "上周二剖的 二宝 五斤八两", [bd(2, lastweek(1))], known=K(city="beijing", kids=[yo(3)]))
m("correction age birth_order", "不好意思更正下 二宝是三个月 不是五个月", [bd(2, mo(3), "r")], known=K(city="jinan", kids=[yo(5), mo(5)]))
m("chitchat", "过年胖了五斤 娃也胖了", [])
m("answer", "在北京 朝阳", [f("city", "beijing")], asked="city")
m("now_vs_birth per_birth_hardship age", "生娃时俺家是低保户 现在不是了 娃两岁半",
  [f("hardship_at_birth", True), f("hardship_now", False), bd(1, yo(2))], known=K(city="jinan"))
m("question age birth_order", "俺家老二一岁零一个月 三岁前每月都有吗", [bd(2, age(1, 1))], known=K(city="jinan", kids=[yo(6)]))
m("numerals", "２０２６年２月３日出生", [bd(1, "2026-02-03")], known=K(city="jinan"))
m("answer negation_housing", "打算 今年想在济南买套小的", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="jinan", kids=[yo(1)]))
m("age birth_order", "闺女家的老大刚满五岁 老二一岁半", [bd(1, just(5)), bd(2, yo(1))], known=K(city="beijing"))
m("question", "二孩和三孩补贴一样多吗", [])
m("multiples age numerals", "双胞胎十个月了 家里就这俩", [n(2), bd(1, mo(10)), bd(2, mo(10))], known=K(city="jinan"))

T("2026-04-08")  # Wednesday: 上周X = the week of 2026-03-30
m("relative_date birth_order age", "上周一生的老三 老大八岁 老二四岁", [bd(3, lastweek(0)), bd(1, yo(8)), bd(2, yo(4))], known=K(city="jinan"))
m("age numerals", "两个娃 一个十四个月 一个三岁零两个月", [n(2), bd(1, age(3, 2)), bd(2, mo(14))], known=K(city="jinan"))
m("correction short_year birth_order", "说错了 老大是一七年的 不是一八年", [bd(1, "2017", "r")], known=K(city="jinan", kids=["2018", yo(2)]))
m("hukou age", "户口在济南 孩子一岁零八个月 奶奶带着", [f("hukou_in_city", True), bd(1, age(1, 8))], known=K(city="jinan"))
m("chitchat", "清明回老家上坟 娃一路上睡", [])
m("answer age numerals", "四个 最大的十二 最小的刚满月", [n(4), bd(1, yo(12)), bd(4, mo(1))], asked="children", known=K(city="jinan"))
m("numerals", "二〇二六年三月十二号 闺女出生的", [bd(1, "2026-03-12")], known=K(city="beijing"))
m("question hukou", "如果我们不是济南户口 能领吗", [f("hukou_in_city", False, "q")], known=K(city="jinan", kids=[yo(1)]))
m("now_vs_birth per_birth_hardship birth_order", "老三出生那会儿领失业金来着 现在找着活了 不领了",
  [chb(3, True), f("hardship_now", False)], known=K(city="jinan", kids=[yo(9), yo(5), mo(11)]))
m("insurance age", "俺没工作 交的居民医保 娃五个月", [f("birth_insurance", "resident_medical"), bd(1, mo(5))], known=K(city="jinan"))
m("pregnancy birth_order", "预产期今年九月 二胎", [due(2, "2026-09")], known=K(city="beijing", kids=[yo(2)]))
m("relative_date birth_order", "大前年生的老大 去年生的老二", [bd(1, year(-3)), bd(2, year(-1))], known=K(city="jinan"))

T("2026-06-17")  # Wednesday: 上周X = the week of 2026-06-08
m("age birth_order", "小外孙女刚满月 大外孙女两岁半 俺闺女在北京上班", [bd(2, mo(1)), bd(1, yo(2))], known=K(city="beijing"))
m("relative_date birth_order", "老二上礼拜五出来的 顺产", [bd(2, lastweek(4))], known=K(city="jinan", kids=[yo(4)]))
m("correction age", "说错了 孙女两个月了 不是刚满月", [bd(1, mo(2), "r")], known=K(city="jinan", kids=[mo(1)]))
m("numerals birth_order hukou", "老大２０２１ 老二２０２４ 都是北京户口", [bd(1, "2021"), bd(2, "2024"), f("hukou_in_city", True)],
  known=K(city="beijing"))
m("chitchat", "端午吃粽子 娃把蜜枣都挑出来了", [])
m("answer insurance", "交的灵活就业", [f("birth_insurance", "flexible_employment")], asked="birth_insurance",
  known=K(city="jinan", kids=[mo(3)]))
m("question housing_fund", "俺俩都交公积金 首套能贷多少", [f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("age numerals birth_order", "三个孩子 老大十岁 老二六岁 老三一岁零九个月", [n(3), bd(1, yo(10)), bd(2, yo(6)), bd(3, age(1, 9))],
  known=K(city="jinan"))
m("now_vs_birth per_birth_hardship numerals", "现在是特困供养 可生俩娃那会儿都不是",
  [f("hardship_now", True), n(2), f("hardship_at_birth", False)], known=K(city="jinan", kids=[yo(6), yo(3)]))
m("answer negation_housing", "有 在济南有一套", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="jinan", kids=[yo(4)]))
m("question", "补贴申请了多久能到账", [])
m("age hukou", "娃生下来二十八天 北京户口", [bd(1, dago(28)), f("city", "beijing"), f("hukou_in_city", True)])

T("2026-08-04")  # Tuesday: 上周X = the week of 2026-07-27
m("relative_date birth_order", "媳妇上周四给俺添了个老二", [bd(2, lastweek(3))], known=K(city="jinan", kids=[yo(3)]))
m("age birth_order", "孙子七岁 孙女四岁半 小孙子刚满周岁", [bd(1, yo(7)), bd(2, yo(4)), bd(3, just(1))], known=K(city="jinan"))
m("correction age birth_order", "哦不对 老三是十一个月 刚才打成十七个月了", [bd(3, mo(11), "r")],
  known=K(city="jinan", kids=[yo(8), yo(4), mo(17)]))
m("short_year numerals", "俩孩 二三年三月一个 二五年十二月一个", [n(2), bd(1, "2023-03"), bd(2, "2025-12")], known=K(city="beijing"))
m("chitchat", "谢谢啊 明白了", [])
m("answer pregnancy birth_order", "十月下旬", [due(2, nextmonth(10))], asked="due_date", known=K(city="jinan", kids=[yo(3), {"due_date": None}]))
m("hukou age", "俺们是章丘的 济南户口 孩子刚满两岁", [f("city", "jinan"), f("hukou_in_city", True), bd(1, just(2))])
m("per_birth_hardship multiples", "生双胞胎那年俺家在领低保", [chb(2, True), chb(3, True)], known=K(city="jinan", kids=[yo(9), yo(2), yo(2)]))
m("question height birth_order", "老大一米三二了 高铁得买全票不", [ht(1, 132)], known=K(city="jinan", kids=[yo(10)]))
m("question height birth_order", "小的还没到一米呢 坐车不用票吧", [below(2, 100)], known=K(city="jinan", kids=[yo(6), yo(2)]))
m("age", "外孙女出生五十天", [bd(1, dago(50))], known=K(city="beijing"))
m("question", "暑假能去办吗 还是得工作日", [])

T("2026-10-13")  # Tuesday: 上周X = the week of 2026-10-05
m("age birth_order", "老大十三了 老二九岁 老三五岁 老四八个月", [bd(1, yo(13)), bd(2, yo(9)), bd(3, yo(5)), bd(4, mo(8))], known=K(city="jinan"))
m("relative_date birth_order", "上周三生的外孙 闺女头一胎", [bd(1, lastweek(2))], known=K(city="jinan"))
m("correction numerals", "更正 孙子是二〇二二年的 不是二〇二一年", [bd(1, "2022", "r")], known=K(city="jinan", kids=["2021"]))
m("hukou now_vs_birth age", "俺们北京户口 现在领低保 孩子三岁半", [f("city", "beijing"), f("hukou_in_city", True), f("hardship_now", True), bd(1, yo(3))])
m("chitchat", "你这回得挺快 是人工还是自动的", [])
m("answer numerals", "俩 二〇一六年的和二〇二六年的", [n(2), bd(1, "2016"), bd(2, "2026")], asked="children", known=K(city="beijing"))
m("answer hukou", "嗯 北京的", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(1)]))
m("question negation_housing", "我们在济南租房 有补贴吗", [f("renting", True)], known=K(city="jinan"))
m("multiples age numerals", "仨娃 大的七岁 双胞胎一岁零六个月", [n(3), bd(1, yo(7)), bd(2, age(1, 6)), bd(3, age(1, 6))], known=K(city="jinan"))
m("question", "补贴要交税吗", [])
m("age birth_order", "二胎生了四十天 头胎快五岁了", [bd(2, dago(40)), bd(1, almost(5))], known=K(city="beijing"))

T("2026-11-26")  # Thursday: 上周X = the week of 2026-11-16
m("relative_date birth_order", "老三上周二生的 老大老二都上小学了", [bd(3, lastweek(1))], known=K(city="jinan"))
m("relative_date", "孙女今年二月生的 孙子前年的", [bd(2, "2026-02"), bd(1, year(-2))], known=K(city="jinan"))
m("correction age birth_order", "刚才那个错了 老二应该是快四岁 不是四岁半", [bd(2, almost(4), "r")], known=K(city="jinan", kids=[yo(7), yo(4)]))
m("age hukou", "娃半岁 俺们在济南 户口还在聊城", [bd(1, mo(6)), f("city", "jinan"), f("hukou_in_city", False)])
m("chitchat", "冷死了 早上送娃冻透了", [])
m("answer housing_fund", "两口子都交", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors", known=K(city="beijing", kids=[yo(2)]))
m("now_vs_birth per_birth_hardship birth_order", "生老大老二时候都没领啥 今年我失业了在领失业金",
  [chb(1, False), chb(2, False), f("hardship_now", True)], known=K(city="jinan", kids=[yo(6), yo(2)]))
m("numerals", "闺女２０２６年１１月２号生的 今天满二十四天", [bd(1, "2026-11-02")], known=K(city="beijing"))
m("question age birth_order", "二宝刚满月 现在申请来得及吗", [bd(2, mo(1))], known=K(city="jinan", kids=[yo(5)]))
m("age numerals", "闺女生的俩 哥哥五岁 妹妹一岁零十一个月", [n(2), bd(1, yo(5)), bd(2, age(1, 11))], known=K(city="jinan"))
m("question", "北京和济南的补贴哪个多", [])
m("answer negation_housing", "没有 住俺爸妈那", [f("renting", False, "c")], asked="renting", known=K(city="jinan", kids=[yo(1)]))
m("age birth_order", "小孙子出生才六天 大孙子四岁", [bd(2, dago(6)), bd(1, yo(4))], known=K(city="jinan"))
