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
m("answer housing_fund", "就孩子他爸一个 我在家带俩娃 哪有空上班", [f("housing_fund_contributors", 1), n(2)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(3), mo(2)]))
m("answer age pregnancy", "一个闺女 今年五岁 肚子里还有一个 六个月了", [n(1), bd(1, yo(5)), due(2, preg(6))], asked="children",
  known=K(city="jinan", hukou_in_city=True))
m("correction per_birth_hardship now_vs_birth", "等下 我搞错了 生孩子那会儿其实领着失业金 是领完才找的这份工作", [f("hardship_at_birth", True, "r"), f("hardship_now", False)],
  known=K(city="beijing", hardship_at_birth=False, kids=[yo(2)]))

T("2026-04-30")  # Thursday, month end
m("hukou age per_birth_hardship now_vs_birth birth_order", "俺家在济南 户口一直在这 仨孩子 老大上初一了 老二四岁半 老三十个月 生老三那会儿俺男人在领失业金 现在在工地干活 不领了",
  [f("city", "jinan"), f("hukou_in_city", True), n(3), bd(2, yo(4)), bd(3, mo(10)), chb(3, True), f("hardship_now", False)])
m("answer per_birth_hardship now_vs_birth", "一直吃低保 俩孩子出生都赶上了 现在也还吃着", [f("hardship_at_birth", True), f("hardship_now", True), n(2)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2018-03", "2022-11"]))
m("answer negation_housing", "对 租的 一个月一千八", [f("renting", True, "c")], asked="renting", known=K(city="jinan", kids=[yo(1)]))
m("multiples age relative_date birth_order", "老大是个小子 八岁 今年一月份又生了对龙凤胎 家里一下热闹了",
  [bd(1, yo(8)), bd(2, "2026-01"), bd(3, "2026-01"), n(3)])
m("duration housing_fund", "我公积金交了七年了 媳妇刚交三个月 俩人都交着", [f("housing_fund_contributors", 2)])
m("question housing_fund", "要是我俩都交上公积金 买首套房能便宜点不", [f("housing_fund_contributors", 2, "q")])
m("now_vs_birth per_birth_hardship short_year birth_order", "俺家从22年起就是特困户 到今天也是 老二23年生的 生老二时候正是特困 老大那会儿还不是",
  [f("hardship_now", True), chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2019-05", "2023-08"]))
m("answer hukou", "北京 通州这边 俺们是外地的 户口河南", [f("city", "beijing"), f("hukou_in_city", False)], asked="city")
m("answer negation_housing", "暂时不打算 首付凑不齐", [f("buying_first_home", False, "c")], asked="buying_first_home",
  known=K(city="beijing", owns_home_in_city=False, renting=True, kids=[yo(2)]))
m("height age", "孙女五岁 一米一五 孙子一岁半 八十五公分", [bd(1, yo(5)), ht(1, 115), bd(2, yo(1)), ht(2, 85)])
m("chitchat", "行 我截个图发给我老公看看", [])

T("2026-12-31")  # Thursday, month end
m("hukou pregnancy housing_fund insurance negation_housing", "新年快乐 问下补贴 我们北京的 北京户口 孩子明年三月出生 头胎 我和老公都交公积金 我单位有生育险 有房 自己家的",
  [f("city", "beijing"), f("hukou_in_city", True), due(1, year(1) + "-03"), f("housing_fund_contributors", 2), f("birth_insurance", "employee_maternity"), f("owns_home_in_city", True)])
m("answer pregnancy", "还早呢 才怀了两个月", [due(2, preg(2))], asked="due_date", known=K(city="jinan", kids=[yo(3), {"due_date": None}]))
m("correction relative_date birth_order", "更正 小的是今年二月生的 不是去年", [bd(2, "2026-02", "r")], known=K(city="jinan", kids=["2021-06", "2025-02"]))
m("now_vs_birth per_birth_hardship relative_date", "老公今天刚拿到第一笔失业金 孩子上周三出生 生孩子那天他还在公司加班呢",
  [f("hardship_now", True), bd(1, lastweek(2)), f("hardship_at_birth", False)])
m("answer height birth_order", "大的一米二九 小的没量过", [ht(1, 129)], asked="children.height_cm", known=K(city="beijing", kids=[yo(7), yo(4)]))
m("answer negation_housing duration", "没 房子都是租的 五年搬了三次家", [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city",
  known=K(city="jinan", kids=[mo(4)]))
m("multiples pregnancy age birth_order", "大宝四岁 二胎查出来是双胞胎 预产期明年七月 老公说压力山大",
  [bd(1, yo(4)), due(2, year(1) + "-07"), due(3, year(1) + "-07")])
m("age relative_date", "外孙女一周岁零五个月 外孙三个礼拜大", [bd(1, age(1, 5)), bd(2, dago(21))])

T("2027-01-19")  # Tuesday
m("hukou relative_date per_birth_hardship now_vs_birth insurance negation_housing", "俺是姥姥 俺闺女一家在济南 外地户口 去年生孩子那会儿女婿还领着失业金 这会儿找着活了 不领了 闺女是居民医保 现在住俺这 不是租的",
  [f("city", "jinan"), f("hukou_in_city", False), bd(1, year(-1)), f("hardship_at_birth", True), f("hardship_now", False), f("birth_insurance", "resident_medical"), f("renting", False)])
m("answer per_birth_hardship now_vs_birth", "没 那会还有工作呢 是前年下岗的 这阵子在领失业金", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2020-09"]))
m("answer hukou", "结婚后迁到老公老家去了 早不在济南了", [f("hukou_in_city", False)], asked="hukou_in_city", known=K(city="jinan", kids=[yo(2)]))
m("relative_date birth_order", "老二上礼拜天半夜生的 七斤八两 老大高兴坏了", [bd(2, lastweek(6))], known=K(city="beijing", kids=[yo(3)]))
m("correction hukou", "说错了 我们是北京户口 去年秋天就落下来了", [f("hukou_in_city", True, "r")], known=K(city="beijing", hukou_in_city=False, kids=[yo(1)]))
m("question", "低保户生孩子一次性补多少钱啊", [])
m("housing_fund", "交公积金的有四个 我 我老公 我爸 我妈 都还没退休", [f("housing_fund_contributors", 4)])
m("answer pregnancy", "肚子里这个是头一个 怀了四个月", [due(1, preg(4))], asked="children", known=K(city="jinan"))
m("now_vs_birth per_birth_hardship", "特困供养一直领着 俺这俩孩子出生那会儿也都在领", [f("hardship_now", True), f("hardship_at_birth", True), n(2)],
  known=K(city="jinan", kids=["2015-04", "2019-12"]))
m("numerals", "闺女生日是２０２６．１２．２", [bd(1, "2026-12-02")])

T("2027-02-28")  # Sunday, month end
m("hukou age insurance housing_fund negation_housing", "俺们两口子在北京 户口都不在北京 孩子一个 三岁零两个月 我灵活就业交的社保 他单位有公积金 我没有 现在租房",
  [f("city", "beijing"), f("hukou_in_city", False), n(1), bd(1, age(3, 2)), f("birth_insurance", "flexible_employment"), f("housing_fund_contributors", 1), f("renting", True)])
m("answer housing_fund", "一个都没 在饭店干活哪有公积金", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors", known=K(city="beijing", kids=[yo(5)]))
m("answer insurance", "单位给交的 职工医保带生育的", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="beijing", kids=[{"due_date": nextmonth(5)}]))
m("correction per_birth_hardship birth_order", "不对 生老二时候已经没领低保了 是生老大时候领的", [chb(2, False, "r"), chb(1, True)],
  known=K(city="jinan", kids=[{"birth_date": "2024-05"}, {"birth_date": "2026-10", "hardship_at_birth": True}]))
m("answer multiples age", "一对双胞胎 俩小子 下个月就满两岁了", [n(2), bd(1, almost(2)), bd(2, almost(2))], asked="children", known=K(city="beijing"))
m("chitchat", "我就是随便问问 还没想好要不要二胎", [])
m("per_birth_hardship question birth_order", "生老大时候领着失业金 这个算不算 能补吗", [chb(1, True)], known=K(city="jinan", kids=["2020-01", "2025-07"]))
m("answer negation_housing", "租的 合租 一个月八百", [f("renting", True)], asked="renting", known=K(city="jinan", owns_home_in_city=False, kids=[yo(2)]))

T("2027-03-31")  # Wednesday, month end
m("hukou pregnancy short_year insurance housing_fund birth_order", "您好 我在济南上班 济南户口 怀孕六个月了 这是二胎 老大二零年九月生的 我现在是职工生育险 我们俩都交公积金",
  [f("city", "jinan"), f("hukou_in_city", True), due(2, preg(6)), bd(1, "2020-09"), f("birth_insurance", "employee_maternity"), f("housing_fund_contributors", 2)])
m("answer per_birth_hardship now_vs_birth", "三个孩子生的时候都没领过 今年开春才领上低保 现在领着", [f("hardship_at_birth", False), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2019-08", "2023-02", "2023-02"]))
m("answer negation_housing", "暂时没有 在看房子 想买首套", [f("owns_home_in_city", False, "c"), f("buying_first_home", True)], asked="owns_home_in_city",
  known=K(city="beijing", kids=[yo(1)]))
m("relative_date age birth_order", "上周三闺女给我添了个外孙女 她家老大五岁半了", [bd(2, lastweek(2)), bd(1, yo(5))])
m("correction height", "刚才身高打错了 是一米二六 不是一米二", [ht(1, 126, "r")], known=K(city="jinan", kids=[{"birth_date": yo(6), "height_cm": 120}]))
m("duration age", "媳妇产假一百五十八天 还剩一个多月 孩子四个月了", [bd(1, mo(4))])
m("question hukou", "我们户口不在济南 这种能领不", [f("hukou_in_city", False)], known=K(city="jinan", kids=[mo(2)]))
m("height question birth_order", "老大还没到一米三呢 老二更矮 公园门票咋收", [below(1, 130)], known=K(city="beijing", kids=[yo(7), yo(4)]))
m("answer pregnancy relative_date", "下月25号", [due(1, "2027-04-25")], asked="due_date", known=K(city="beijing", kids=[{"due_date": None}]))
m("now_vs_birth per_birth_hardship relative_date", "孩子是前年生的 那时候他爸正领着失业金 领到去年年底 现在不领了",
  [bd(1, year(-2)), f("hardship_at_birth", True), f("hardship_now", False)])
m("answer numerals birth_order", "俩 老大２０１８年的 老二２０２１年３月", [n(2), bd(1, "2018"), bd(2, "2021-03")], asked="children",
  known=K(city="beijing", hukou_in_city=True))
m("multiples age now_vs_birth per_birth_hardship birth_order", "你好 家里情况说一下 北京 四个孩子 老大十二岁 老二上小学了 老三老四是双胞胎 三个月 一直吃低保 生双胞胎时也在吃",
  [f("city", "beijing"), n(4), bd(1, yo(12)), bd(3, mo(3)), bd(4, mo(3)), f("hardship_now", True), chb(3, True), chb(4, True)])
m("answer per_birth_hardship", "都没有", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=[yo(5), yo(2)]))
m("answer housing_fund", "我们家仨 我 老公 还有小叔子 一起住的", [f("housing_fund_contributors", 3)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(1)]))
m("question", "要是今年再生个二胎 补贴能给多少", [due(2, year(), "q")], known=K(city="beijing", kids=[yo(3)]))
m("answer height birth_order", "老大1.38 老二1.16 老三还小不用量", [ht(1, 138), ht(2, 116)], asked="children.height_cm",
  known=K(city="jinan", kids=[yo(9), yo(6), yo(2)]))
m("now_vs_birth per_birth_hardship relative_date birth_order", "孩子他爹从去年十月开始领失业金 现在还在领 老二是今年一月生的 生老二时候正领着 老大那会儿他还在单位上班",
  [f("hardship_now", True), bd(2, year() + "-01"), chb(2, True), chb(1, False)], known=K(city="beijing", kids=["2022-04"]))
m("correction housing_fund", "哦对了 前面说没人交公积金不对 我老公上个月刚开始交了", [f("housing_fund_contributors", 1, "r")],
  known=K(city="beijing", housing_fund_contributors=0, kids=[yo(3)]))

T("2025-11-03")  # Monday
m("hukou insurance age relative_date negation_housing birth_order", "家在北京 全家都是北京户口 我在单位上班 交的职工生育险 闺女一岁半 儿子上周六出生 有房 就是面积小",
  [f("city", "beijing"), f("hukou_in_city", True), f("birth_insurance", "employee_maternity"), bd(1, yo(1)), bd(2, lastweek(5)), f("owns_home_in_city", True)])
m("answer negation_housing", "嗯呐 城中村租的小单间", [f("renting", True, "c")], asked="renting", known=K(city="jinan", kids=[yo(4)]))
m("answer negation_housing", "打算的呀 正攒首付呢", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="jinan", owns_home_in_city=False, kids=[mo(9)]))
m("multiples age pregnancy birth_order", "老大老二是双胞胎 六岁了 现在怀老三 预产期明年二月",
  [n(2), bd(1, yo(6)), bd(2, yo(6)), due(3, year(1) + "-02")])
m("numerals", "俩孩子生日 一个是二零一九年十月一号 一个是二〇二四年五月五号", [n(2), bd(1, "2019-10-01"), bd(2, "2024-05-05")])
m("height age", "孙子昨天刚量的 一米一零 他今年五岁", [ht(1, 110), bd(1, yo(5))])
m("answer insurance", "居民的 没单位", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="beijing", kids=[yo(2), {"due_date": nextmonth(2)}]))
m("correction pregnancy relative_date", "不对 预产期是明年三月 医生又重新算了", [due(2, year(1) + "-03", "r")],
  known=K(city="jinan", kids=[{"birth_date": "2023-07"}, {"due_date": "2026-04"}]))
m("per_birth_hardship now_vs_birth multiples", "当年生双胞胎那会儿家里穷 吃着低保 现在日子好了 早不吃了 双胞胎都上初中了",
  [chb(1, True), chb(2, True), f("hardship_now", False)], known=K(city="jinan", kids=["2013-09", "2013-09"]))

T("2026-06-30")  # Tuesday, month end
m("hukou pregnancy age insurance birth_order", "济南的 全家户口都在老家聊城 我怀孕七个月 是三胎 家里俩孩子 一个九岁一个六岁 我在超市上班 单位给交生育险",
  [f("city", "jinan"), f("hukou_in_city", False), due(3, preg(7)), n(2), bd(1, yo(9)), bd(2, yo(6)), f("birth_insurance", "employee_maternity")])
m("answer per_birth_hardship now_vs_birth birth_order", "生小的时候在领 大的那会儿没有 现在也领着呢", [chb(2, True), chb(1, False), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=[yo(6), mo(8)]))
m("answer age birth_order", "三个 老大高中了 老二初中 老三是个意外 才八个月", [n(3), bd(3, mo(8))], asked="children", known=K(city="jinan"))
m("relative_date birth_order", "二宝上个月中旬出生的 现在天天夜里闹", [bd(2, thismonth(-1))], known=K(city="beijing", kids=[yo(3)]))
m("negation_housing question", "我们住婆婆家 不是租的 这样能申请租房补贴吗", [f("renting", False)], known=K(city="jinan", kids=[yo(1)]))
m("age birth_order", "大的刚满十岁 二的三岁零八个月 小的快一岁了", [bd(1, just(10)), bd(2, age(3, 8)), bd(3, almost(1))])
m("correction", "弄错了 是济南 去年就搬回来了", [f("city", "jinan", "r")], known=K(city="beijing", kids=[yo(2)]))
m("housing_fund", "公积金 我交 老婆原来交 生完孩子辞职了 现在不交了", [f("housing_fund_contributors", 1)])
m("answer hukou", "没呢 积分落户还差点分", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(1)]))

T("2027-01-04")  # Monday
m("age pregnancy now_vs_birth per_birth_hardship birth_order", "俺是孩子奶奶 不会打字 慢慢说 儿子一家在北京 孙子十岁 孙女三岁 儿媳又怀上了 今年八月预产期 儿子去年被裁了 现在领失业金 生孙女那时候还没被裁",
  [f("city", "beijing"), bd(1, yo(10)), bd(2, yo(3)), due(3, year() + "-08"), f("hardship_now", True), chb(2, False)])
m("answer pregnancy", "怀孕五个月了 医生还没说准日子", [due(1, preg(5))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("relative_date birth_order", "老三上周四生的 三个都是闺女", [bd(3, lastweek(3)), n(3)], known=K(city="jinan", kids=["2019-11", "2023-05"]))
m("answer housing_fund", "以前俩 现在就剩他一个交了", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[yo(6), yo(3)]))
m("numerals birth_order", "老大生日２０１７年１月８号 老二２０２２年１２月", [bd(1, "2017-01-08"), bd(2, "2022-12")])
m("answer negation_housing", "有了 上个月刚交房", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="jinan", buying_first_home=True, kids=[yo(1)]))
m("chitchat", "新年好 这个助手过年也上班啊 哈哈", [])
m("now_vs_birth per_birth_hardship", "一直是特困供养 三个娃出生的时候都是 现在也是", [f("hardship_now", True), f("hardship_at_birth", True), n(3)],
  known=K(city="beijing", kids=["2014-02", "2018-06", "2022-10"]))
m("correction relative_date", "前面说错了 孩子是前年十二月二十号生的", [bd(1, year(-2) + "-12-20", "r")], known=K(city="beijing", kids=["2024-12"]))

T("2025-03-31")  # Monday, month end
m("hukou age pregnancy insurance housing_fund duration", "我们在北京 我是北京户口 老公户口也迁过来了 结婚五年 孩子一个 两岁零一个月 二胎刚怀上 还不知道预产期 我是职工生育险 俩人公积金都交",
  [f("city", "beijing"), f("hukou_in_city", True), n(1), bd(1, age(2, 1)), due(2, None), f("birth_insurance", "employee_maternity"), f("housing_fund_contributors", 2)])
m("answer relative_date", "就一个 上个月二十八号生的", [n(1), bd(1, thismonth(-1) + "-28")], asked="children", known=K(city="jinan"))
m("answer insurance", "我是家庭主妇 就交了个居民医保", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": nextmonth(8)}]))
m("now_vs_birth per_birth_hardship birth_order", "现在失业了 在领失业金 老大老二出生那会儿我都在上班", [f("hardship_now", True), chb(1, False), chb(2, False)],
  known=K(city="beijing", kids=["2017-08", "2021-03"]))
m("answer height", "刚量的 一百零二", [ht(1, 102)], asked="children.height_cm", known=K(city="beijing", kids=[yo(4)]))
m("multiples age", "头胎是三胞胎 今天满三个月", [n(3), bd(1, mo(3)), bd(2, mo(3)), bd(3, mo(3))])
m("question", "二孩跟三孩的补贴标准一样吗", [])
m("answer per_birth_hardship", "在领 那时候是低保户", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=[yo(1)]))
m("correction insurance", "说错了 我不是居民医保 是单位给交的生育险", [f("birth_insurance", "employee_maternity", "r")],
  known=K(city="jinan", birth_insurance="resident_medical", kids=[yo(1)]))
m("answer negation_housing", "没有 自己家的房子 去年买的 俩孩子一人一间", [f("renting", False, "c"), f("owns_home_in_city", True), n(2)], asked="renting",
  known=K(city="beijing", kids=[yo(2), mo(6)]))
m("duration housing_fund", "俺交公积金刚满一年 俺媳妇交了五年 公公婆婆也交", [f("housing_fund_contributors", 4)])
m("age", "外孙子刚满三周岁 外孙女八个月了", [bd(1, just(3)), bd(2, mo(8))])
m("answer hukou", "济南市中区 户口也在这", [f("city", "jinan"), f("hukou_in_city", True)], asked="city")
m("numerals", "娃是2024/12/30生的 跨年前一天", [bd(1, "2024-12-30")])
m("now_vs_birth per_birth_hardship age", "俺家一直是低保户 孩子生的时候也是 现在三岁多了", [f("hardship_now", True), f("hardship_at_birth", True), bd(1, yo(3))])
