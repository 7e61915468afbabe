# Chinese, batch 30: whole-family first messages (city, hukou moves, children, pregnancies, insurance, hardship, 公积金,
# housing in one go) and now versus at the birth (现在失业了 / 生孩子那会儿还上班 / 去年开始领低保 / 一直吃低保),
# loose answers to the bot's questions and one-fact corrections
T("2025-01-27")  # Monday
m("hukou age birth_order insurance negation_housing", "你好 我们在济南 户口去年刚迁过来 俩孩子 老大六岁半 老二一岁两个月 我是单位交的职工生育险 房子是租的",
  [f("city", "jinan"), f("hukou_in_city", True), n(2), bd(1, yo(6)), bd(2, age(1, 2)), f("birth_insurance", "employee_maternity"), f("renting", True)])
m("age pregnancy now_vs_birth per_birth_hardship", "我是孩子姥姥 替闺女问问 她们在北京 外孙女三岁多了 闺女又怀上了 五个月 女婿现在失业了在领失业金 生外孙女那会儿俩人都还上班呢",
  [f("city", "beijing"), bd(1, yo(3)), due(2, preg(5)), f("hardship_now", True), chb(1, False)])
m("answer per_birth_hardship birth_order", "老大那会儿吃着低保呢 小的生的时候已经退了", [chb(1, True), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=[yo(4), mo(3)]))
m("correction housing_fund", "刚才说公积金俩人交 说错了 我那单位去年就停了 现在就他一个人交", [f("housing_fund_contributors", 1, "r")],
  known=K(city="jinan", housing_fund_contributors=2, kids=[yo(2)]))
m("relative_date multiples age birth_order", "上周五剖的 三胞胎 两男一女 老大都九岁了 这下四个孩子 不知道咋养活",
  [bd(1, yo(9)), bd(2, lastweek(4)), bd(3, lastweek(4)), bd(4, lastweek(4)), n(4)])
m("question hukou", "如果我们把户口迁到北京 二宝出生的时候能多给吗", [f("hukou_in_city", True, "q")],
  known=K(city="beijing", hukou_in_city=False, kids=[yo(3), {"due_date": nextmonth(6)}]))
m("now_vs_birth per_birth_hardship age birth_order", "一直吃低保 孩子他爸残疾 俩娃 大的八岁 小的五岁 俩孩子出生的时候也都是低保户",
  [f("hardship_now", True), n(2), bd(1, yo(8)), bd(2, yo(5)), f("hardship_at_birth", True)])
m("answer insurance", "我没单位 自己交的灵活就业那种", [f("birth_insurance", "flexible_employment")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": nextmonth(4)}]))
m("answer age birth_order", "仨 老大10岁 老二七岁半 老三刚满月 都是闺女", [n(3), bd(1, yo(10)), bd(2, yo(7)), bd(3, mo(1))],
  asked="children", known=K(city="beijing"))
m("chitchat", "哎呀 打这么多字眼都花了 等我戴上老花镜", [])
m("height question birth_order", "大孙子一米三四 小孙子九十五公分 俩孩子坐火车谁要买票啊", [ht(1, 134), ht(2, 95), n(2)])

T("2025-02-28")  # Friday, month end
m("hukou housing_fund age pregnancy relative_date birth_order", "俺们在北京打工 户口还在山东 孩子他爸单位交公积金 俺没有 家里俩娃 大的上二年级 小的两岁 快生老三了 下个月预产期",
  [f("city", "beijing"), f("hukou_in_city", False), f("housing_fund_contributors", 1), n(2), bd(2, yo(2)), due(3, thismonth(1))])
m("per_birth_hardship now_vs_birth duration birth_order", "生老大时候我在厂里上班 生老二那年厂子倒了 领了一年失业金 现在又上班了 失业金早停了",
  [chb(1, False), chb(2, True), f("hardship_now", False)], known=K(city="jinan", kids=["2018-04", "2022-09"]))
m("answer housing_fund", "我俩加上我公公 他还没退休", [f("housing_fund_contributors", 3)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[yo(1)]))
m("correction short_year birth_order", "不对 老二是二三年二月的 不是一月", [bd(2, "2023-02", "r")], known=K(city="jinan", kids=["2020-05", "2023-01"]))
m("pregnancy multiples hukou housing_fund negation_housing", "媳妇怀的双胞胎 七个月了 头胎 我俩都是济南户口 都有公积金 准备年底买个首套",
  [due(1, preg(7)), due(2, preg(7)), f("city", "jinan"), f("hukou_in_city", True), f("housing_fund_contributors", 2), f("buying_first_home", True)])
m("relative_date negation_housing", "孩子是前天生的 我爸妈说要来帮忙 可我们住的是租的房子 自己没房 挤不下",
  [bd(1, back(2)), f("renting", True), f("owns_home_in_city", False)])
m("answer negation_housing", "不是 我们住婆家 一分钱房租不交", [f("renting", False, "c")], asked="renting", known=K(city="beijing", kids=[yo(2)]))
m("question per_birth_hardship", "万一到时候生的时候我正领着失业金呢 会多给点不", [f("hardship_at_birth", True, "q")],
  known=K(city="jinan", kids=[{"due_date": nextmonth(5)}]))
m("age birth_order", "大闺女十一了 二闺女七岁零四个月 小子刚满两周岁", [bd(1, yo(11)), bd(2, age(7, 4)), bd(3, just(2))])
m("numerals birth_order", "老大２０１９年９月的 老二是二〇二三年六月十二号", [bd(1, "2019-09"), bd(2, "2023-06-12")])

T("2025-05-31")  # Saturday, month end
m("hukou age pregnancy insurance negation_housing birth_order", "我们一家在北京 户口前年迁回河北老家了 老大九岁 老二四岁 现在怀老三 三个月 我这边是居民医保 租房住",
  [f("city", "beijing"), f("hukou_in_city", False), bd(1, yo(9)), bd(2, yo(4)), due(3, preg(3)), f("birth_insurance", "resident_medical"), f("renting", True)])
m("answer pregnancy", "b超上写的9月20", [due(2, nextmonth(9, 20))], asked="due_date", known=K(city="jinan", kids=[yo(2), {"due_date": None}]))
m("correction now_vs_birth per_birth_hardship", "哦不是 现在没在领了 是生孩子那阵领过特困", [f("hardship_now", False, "r"), f("hardship_at_birth", True)],
  known=K(city="beijing", hardship_now=True, kids=[yo(3)]))
m("relative_date", "孙子今天一百天 摆了两桌 热闹", [bd(1, dago(100))])
m("housing_fund", "家里交公积金的 俺 俺对象 俺婆婆 俺公公早退了不交了", [f("housing_fund_contributors", 3)])
m("per_birth_hardship now_vs_birth birth_order", "三个孩子 老大老二出生那会儿家里是低保 老三生的时候就没了 现在也不领",
  [n(3), chb(1, True), chb(2, True), chb(3, False), f("hardship_now", False)], known=K(city="jinan"))
m("chitchat", "好的 我明天去街道问问 谢谢你啊", [])
m("answer negation_housing", "没呢 还在看房子 想买个首套小两居", [f("owns_home_in_city", False, "c"), f("buying_first_home", True)],
  asked="owns_home_in_city", known=K(city="jinan", kids=[mo(5)]))
m("height birth_order", "俩孩子 大的一米四五 小的还不到一米二", [n(2), ht(1, 145), below(2, 120)])

T("2025-09-30")  # Tuesday, month end
m("housing_fund insurance relative_date age birth_order negation_housing", "俺是爷爷 俺儿子儿媳在济南上班 都有公积金 儿媳单位给交的生育险 孙女上礼拜四生的 七斤 家里还有个孙子五岁了 房子是自己买的",
  [f("city", "jinan"), f("housing_fund_contributors", 2), f("birth_insurance", "employee_maternity"), bd(2, lastweek(3)), bd(1, yo(5)), f("owns_home_in_city", True)])
m("now_vs_birth per_birth_hardship relative_date birth_order", "低保是去年开始吃的 现在还吃着 二宝今年三月生的 生的时候正领着呢 大宝出生那会儿还没有",
  [f("hardship_now", True), bd(2, "2025-03"), chb(2, True), chb(1, False)], known=K(city="beijing", kids=[yo(4)]))
m("height question birth_order", "我家老大一米三 老二一米一 要是明年再生个老三 能领多少", [ht(1, 130), ht(2, 110), due(3, year(1), "q")])
m("answer hukou", "嗯 今年刚落的户 排了好几年", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(1)]))
m("correction insurance", "更正下 我现在交的是灵活就业 不是单位的 辞职了", [f("birth_insurance", "flexible_employment", "r")],
  known=K(city="beijing", birth_insurance="employee_maternity", kids=[{"due_date": nextmonth(12)}]))
m("negation_housing", "没房 也不是租的 住厂里宿舍 明年想贷款买套首套", [f("owns_home_in_city", False), f("renting", False), f("buying_first_home", True)])
m("age duration", "闺女一岁九个月 我产假早休完了 上班一年多了", [bd(1, age(1, 9))])
m("pregnancy age housing_fund negation_housing birth_order", "怀二胎八个月了 老大快三岁 俺俩都没公积金 在济南租房",
  [due(2, preg(8)), bd(1, almost(3)), f("housing_fund_contributors", 0), f("city", "jinan"), f("renting", True)])

T("2026-01-08")  # Thursday
m("hukou birth_order relative_date per_birth_hardship now_vs_birth short_year", "你好 我家情况 济南的 户口不在这 在德州 俩孩子 大的2017年的 小的去年11月生的 生小的那会儿他爸刚失业 领着失业金 现在不领了",
  [f("city", "jinan"), f("hukou_in_city", False), n(2), bd(1, "2017"), bd(2, "2025-11"), chb(2, True), f("hardship_now", False)])
m("answer age", "两个 都是儿子 一个七岁一个三岁", [n(2), bd(1, yo(7)), bd(2, yo(3))], asked="children", known=K(city="beijing"))
m("relative_date birth_order", "上周二添了个老三 仨娃了 以后可咋整", [bd(3, lastweek(1)), n(3)], known=K(city="jinan", kids=["2016-07", "2020-02"]))
m("now_vs_birth per_birth_hardship short_year", "去年开始吃的低保 到现在还吃着 孩子是21年生的 生孩子那会儿可没有", [f("hardship_now", True), bd(1, "2021"), f("hardship_at_birth", False)])
m("answer insurance", "啥保险都没交 没顾上", [f("birth_insurance", "none")], asked="birth_insurance", known=K(city="jinan", kids=[{"due_date": nextmonth(3)}]))
m("height birth_order", "老大一米二八 老二一米零六 老三九十公分", [ht(1, 128), ht(2, 106), ht(3, 90)])
m("correction negation_housing", "不对不对 我们不是租的 是住我妈家 刚才没看清问的啥", [f("renting", False, "r")], known=K(city="beijing", renting=True, kids=[yo(2)]))
m("question insurance pregnancy", "要是俺现在把灵活就业换成单位交的生育险 还来得及吗 预产期五月", [f("birth_insurance", "employee_maternity", "q"), due(1, nextmonth(5))],
  known=K(city="jinan", birth_insurance="flexible_employment"))
m("chitchat", "孩子醒了哭呢 一会再说", [])

T("2026-02-26")  # Thursday
m("hukou housing_fund age per_birth_hardship now_vs_birth birth_order", "我是奶奶 孙子孙女都是我带 儿子在北京上班 北京户口 单位有公积金 儿媳没上班没交 孙子六岁半 孙女一岁 生孙女那阵儿子刚好失业领了几个月失业金 现在上班了 不领了",
  [f("city", "beijing"), f("hukou_in_city", True), f("housing_fund_contributors", 1), bd(1, yo(6)), bd(2, yo(1)), chb(2, True), f("hardship_now", False)])
m("answer per_birth_hardship multiples birth_order", "双胞胎生的时候在领 老大那时候没有", [chb(2, True), chb(3, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2019-10", "2024-03", "2024-03"]))
m("relative_date insurance hukou", "上周一闺女生了 外孙六斤四两 闺女女婿都是灵活就业的 户口在济南",
  [bd(1, lastweek(0)), f("birth_insurance", "flexible_employment"), f("hukou_in_city", True), f("city", "jinan")])
