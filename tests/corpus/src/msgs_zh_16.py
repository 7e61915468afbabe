# Chinese, batch 16: multiples beside older children (老大5岁 去年生了对双胞胎, 二胎是双胞胎, 头胎龙凤胎又怀了),
# twin/triplet pregnancies, birth order named oddly (大宝 小宝 老幺 老小 小的 第三个, 生的老三), grandparents'
# kinship words (孙子 外孙女 我闺女家的 儿媳妇生了), corrections of counts and order, per-birth hardship, 公积金 counts
T("2025-01-13")  # Monday
m("multiples age relative_date birth_order", "老大五岁了 去年生了对双胞胎 现在仨娃 济南的",
  [n(3), bd(1, yo(5)), bd(2, year(-1)), bd(3, year(-1)), f("city", "jinan")])
m("multiples pregnancy age", "我儿媳妇怀了双胞胎 预产期今年五月 家里还有个大孙子三岁半",
  [bd(1, yo(3)), due(2, f"{year()}-05"), due(3, f"{year()}-05")])
m("multiples pregnancy age birth_order", "头胎是龙凤胎 今年三岁多 现在又怀上了 四个多月",
  [n(2), bd(1, yo(3)), bd(2, yo(3)), due(3, preg(4))])
m("answer multiples relative_date", "俩 双胞胎 上周四生的 还在医院呢", [n(2), bd(1, lastweek(3)), bd(2, lastweek(3))],
  asked="children", known=K(city="beijing"))
m("age birth_order hukou", "大宝七岁 二宝三岁 小宝刚满月 三个都是北京户口",
  [n(3), bd(1, yo(7)), bd(2, yo(3)), bd(3, mo(1)), f("city", "beijing"), f("hukou_in_city", True)])
m("per_birth_hardship now_vs_birth multiples birth_order", "仨孩子 生老大那会儿家里吃低保 后来双胞胎出生的时候就不领了 现在也没有",
  [n(3), chb(1, True), chb(2, False), chb(3, False), f("hardship_now", False)],
  known=K(city="jinan", kids=["2017-03", "2022-08", "2022-08"]))
m("housing_fund", "公积金我和孩子他爸都交 爷爷奶奶退休了不算", [f("housing_fund_contributors", 2)])
m("answer housing_fund", "就我儿子一个人交 儿媳妇在家带俩孙女", [f("housing_fund_contributors", 1), n(2)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=["2020-04", "2023-10"]))
m("relative_date birth_order", "老婆上个月生的老三 是个闺女 这下儿女双全了", [bd(3, thismonth(-1))])
m("correction multiples short_year birth_order", "啊不对 不是双胞胎哈 老二是23年十月生的 跟老三差一岁",
  [bd(2, "2023-10", "r")], known=K(city="beijing", kids=["2021-06", "2024-10", "2024-10"]))
m("height multiples birth_order", "大的一米三二 双胞胎俩都一米整", [ht(1, 132), ht(2, 100), ht(3, 100)],
  known=K(city="jinan", kids=["2017-05", "2021-04", "2021-04"]))
m("question birth_order", "假如明年再要个老四 还有补贴不", [due(4, year(1), "q")],
  known=K(city="jinan", kids=["2015-02", "2018-07", "2022-11"]))
m("question", "三孩补贴一年给多少啊 标准是啥")
m("negation_housing", "没自己的房 租的 一家子挤着住", [f("owns_home_in_city", False), f("renting", True)],
  known=K(city="jinan"))
m("now_vs_birth per_birth_hardship birth_order", "现在领特困 老二出生那年还没领", [f("hardship_now", True), chb(2, False)])
m("answer insurance multiples", "生双胞胎那会儿我是单位交的生育险", [f("birth_insurance", "employee_maternity")],
  asked="birth_insurance", known=K(city="beijing", kids=["2024-08", "2024-08"]))
m("insurance pregnancy birth_order", "老婆没上班 交的城乡居民医保 三胎预产期三月份",
  [f("birth_insurance", "resident_medical"), due(3, nextmonth(3))])
m("multiples age", "我外孙女今年六岁 外孙俩是双胞胎一岁半 我闺女家的三个",
  [n(3), bd(1, yo(6)), bd(2, yo(1)), bd(3, yo(1))])
m("relative_date birth_order", "第三个是上个礼拜一生的 剖腹产 娘俩都好", [bd(3, lastweek(0))])
m("answer multiples pregnancy", "双胞胎预产期六月中旬", [due(2, nextmonth(6)), due(3, nextmonth(6))],
  asked="due_date", known=K(city="jinan", kids=["2022-03", {"due_date": None}, {"due_date": None}]))
m("chitchat multiples", "哎呀 双胞胎真是累死个人 天天睡不够")
m("duration age multiples", "双胞胎 生完休了半年产假 现在一岁零两个月", [bd(1, age(1, 2)), bd(2, age(1, 2))],
  known=K(city="beijing"))
m("numerals multiples birth_order", "二〇一八年的老大 二〇二三年的双胞胎 一共三个",
  [n(3), bd(1, "2018"), bd(2, "2023"), bd(3, "2023")])
m("correction height birth_order", "不对 九十五那个是老三 不是老二", [ht(3, 95, "r")],
  known=K(city="jinan", kids=["2016-08", {"birth_date": "2019-12", "height_cm": 95}, "2022-05"]))

T("2025-02-28")  # Friday, month end
m("multiples age birth_order", "孙子孙女是双胞胎 刚满两岁 还有个大孙女上小学了 八岁 仨孩子都我带",
  [n(3), bd(1, yo(8)), bd(2, just(2)), bd(3, just(2))])
m("age insurance", "俩闺女 大的五岁半 小的三岁 我自己交的灵活就业",
  [n(2), bd(1, yo(5)), bd(2, yo(3)), f("birth_insurance", "flexible_employment")])
m("answer multiples age birth_order", "三个 大宝9岁 二宝三宝龙凤胎 今年刚满4岁",
  [n(3), bd(1, yo(9)), bd(2, just(4)), bd(3, just(4))], asked="children", known=K(city="jinan"))
m("multiples relative_date", "儿媳妇前天生了 龙凤胎 头胎 我这当奶奶的乐坏了", [n(2), bd(1, back(2)), bd(2, back(2))])
m("per_birth_hardship multiples birth_order", "家里三个娃 大宝出生那年我们领着失业金 双胞胎生的时候没领",
  [n(3), chb(1, True), chb(2, False), chb(3, False)], known=K(city="beijing", kids=["2018-01", "2024-11", "2024-11"]))
m("answer housing_fund", "都没交 我们俩都是打零工的", [f("housing_fund_contributors", 0)],
  asked="housing_fund_contributors", known=K(city="beijing", kids=["2019-09", "2023-03"]))
m("answer height multiples birth_order", "老大一米四 俩小的一米一左右", [ht(1, 140), ht(2, 110), ht(3, 110)],
  asked="children.height_cm", known=K(city="jinan", kids=["2016-05", "2020-09", "2020-09"]))
m("multiples pregnancy age birth_order", "二胎怀的双胞胎 怀孕六个月 大的才两岁",
  [bd(1, yo(2)), due(2, preg(6)), due(3, preg(6))])
m("age birth_order hukou negation_housing", "快三岁的老大 还有个刚满月的老二 北京户口 在北京没有房",
  [bd(1, almost(3)), bd(2, mo(1)), f("city", "beijing"), f("hukou_in_city", True), f("owns_home_in_city", False)])
m("relative_date birth_order", "老幺是去年十月生的 是个丫头", [bd(3, f"{year(-1)}-10")],
  known=K(city="jinan", kids=["2016-04", "2019-09", "2024"]))
m("question hukou", "如果我们户口迁过来 三个孩子都能领吗", [f("hukou_in_city", True, "q"), n(3)],
  known=K(city="beijing", hukou_in_city=False, kids=["2015-03", "2018-06", "2023-12"]))
m("answer negation_housing", "嗯 租的 五口人住个两居室", [f("renting", True, "c")], asked="renting",
  known=K(city="jinan", kids=["2017-01", "2021-08", "2024-02"]))
m("now_vs_birth per_birth_hardship birth_order", "我现在没领低保了 生小的那年还在领", [f("hardship_now", False), chb(2, True)],
  known=K(city="jinan", kids=["2019-02", "2023-06"]))
m("short_year numerals multiples birth_order", "老大一五年 老二一九年 老三老四双胞胎二三年的",
  [bd(1, "2015"), bd(2, "2019"), bd(3, "2023"), bd(4, "2023")])
m("chitchat", "好嘞 谢谢 孩子哭了先不说了")
m("answer insurance", "那会儿啥保险都没交 穷得叮当响", [f("birth_insurance", "none")], asked="birth_insurance",
  known=K(city="jinan", kids=["2024-12"]))
m("correction multiples short_year", "啊不对不对 没有双胞胎 俩娃差一年 小的21年三月",
  [bd(2, "2021-03", "r"), n(2)], known=K(city="beijing", kids=["2020-03", "2020-03"]))
m("age birth_order", "小孙子八个月 大孙子四岁多 都在我这儿带着", [bd(1, yo(4)), bd(2, mo(8))])

T("2025-07-31")  # Thursday, month end
m("relative_date birth_order", "上周二老婆生的老二 跟老大一样是个小子", [bd(2, lastweek(1))])
m("multiples pregnancy age birth_order", "第二胎 怀的三胞胎 医生说预产期十一月底 老大才四岁",
  [bd(1, yo(4)), due(2, nextmonth(11)), due(3, nextmonth(11)), due(4, nextmonth(11))])
m("answer multiples age", "俩 双胞胎 都是一岁三个月", [n(2), bd(1, age(1, 3)), bd(2, age(1, 3))],
  asked="children", known=K(city="beijing"))
m("answer per_birth_hardship multiples birth_order", "三个孩子 生老大那回领着 双胞胎这回没有",
  [n(3), chb(1, True), chb(2, False), chb(3, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2021-02", "2025-06", "2025-06"]))
m("housing_fund age", "我闺女两口子都交公积金 我闺女家的俩外孙 一个五岁一个两岁",
  [f("housing_fund_contributors", 2), n(2), bd(1, yo(5)), bd(2, yo(2))])
m("height question birth_order", "二宝刚好一米二 坐火车要买票了吧", [ht(2, 120)],
  known=K(city="jinan", kids=["2015-10", "2018-12"]))
m("multiples age relative_date birth_order", "头胎龙凤胎都七岁了 今年二月又生了个小的 一共仨",
  [n(3), bd(1, yo(7)), bd(2, yo(7)), bd(3, f"{year()}-02")])
m("negation_housing", "俺们没房子 正打算买第一套 仨娃实在住不开了",
  [f("owns_home_in_city", False), f("buying_first_home", True), n(3)], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship multiples", "生双胞胎的时候还没领失业金 今年三月才开始领 现在还在领",
  [chb(1, False), chb(2, False), f("hardship_now", True)], known=K(city="beijing", kids=["2024-05", "2024-05"]))
m("question birth_order", "如果明年生老三 补贴还是按三孩给吧", [due(3, year(1), "q")],
  known=K(city="jinan", kids=["2019-03", "2023-09"]))
m("correction short_year birth_order", "我打错了 老二是22年8月 不是9月", [bd(2, "2022-08", "r")],
  known=K(city="jinan", kids=["2019-04", "2022-09"]))
m("age", "俩孙子 一个三岁 一个刚出生十天", [n(2), bd(1, yo(3)), bd(2, dago(10))])
m("age birth_order", "大的六岁多 二的四岁 小的一岁两个月", [bd(1, yo(6)), bd(2, yo(4)), bd(3, age(1, 2))])
m("answer", "济南 长清的 孙女跟着我们住", [f("city", "jinan")], asked="city")
m("answer hukou", "嗯 都是本地户口 俩孩子也落了", [f("hukou_in_city", True, "c"), n(2)], asked="hukou_in_city",
  known=K(city="beijing", kids=["2020-07", "2024-03"]))
m("insurance multiples", "我是职工医保 单位给交的生育保险 生双胞胎报了不少", [f("birth_insurance", "employee_maternity")])
m("duration housing_fund", "公积金交了五年了 家里就我自己交", [f("housing_fund_contributors", 1)])
m("chitchat", "你们这个机器人还挺聪明 比打12345方便")

T("2026-01-29")  # Thursday
m("multiples relative_date", "上周五闺女生了 龙凤胎 我当姥姥了 头胎", [n(2), bd(1, lastweek(4)), bd(2, lastweek(4))])
m("multiples pregnancy age birth_order", "怀二胎 双胞胎 预产期五月初 老大两岁多",
  [bd(1, yo(2)), due(2, nextmonth(5)), due(3, nextmonth(5))])
m("answer pregnancy", "7月20号 剖不剖还没定", [due(2, nextmonth(7, 20))], asked="due_date",
  known=K(city="beijing", kids=["2020-01", {"due_date": None}]))
m("correction relative_date birth_order", "更正一下 我们家是三个孩子 老三去年12月生的 刚才忘说了",
  [n(3, "r"), bd(3, f"{year(-1)}-12")], known=K(city="jinan", kids=["2018-06", "2021-03"]))
m("per_birth_hardship birth_order", "生大宝二宝的时候都没领低保 生小宝那年领了",
  [chb(1, False), chb(2, False), chb(3, True)], known=K(city="beijing", kids=["2016-02", "2019-05", "2023-08"]))
m("housing_fund", "公积金 我 我老公 还有我婆婆 三个人交", [f("housing_fund_contributors", 3)])
m("answer height birth_order", "老大一米三八 二宝九十二 三宝九十", [ht(1, 138), ht(2, 92), ht(3, 90)],
  asked="children.height_cm", known=K(city="jinan", kids=["2017-09", "2023-02", "2023-02"]))
m("relative_date birth_order", "老三是前天半夜生的 六斤八两", [bd(3, back(2))])
m("question", "三孩的补贴到几岁就停了啊")
m("now_vs_birth per_birth_hardship birth_order", "现在不领特困了 生老二那会儿在领", [f("hardship_now", False), chb(2, True)])
m("hukou", "俩外孙女户口都落在济南了 闺女女婿也是济南户口", [n(2), f("city", "jinan"), f("hukou_in_city", True)])
m("answer negation_housing", "没有 一直租房 仨孩子", [f("owns_home_in_city", False, "c"), f("renting", True), n(3)],
  asked="owns_home_in_city", known=K(city="beijing"))
m("age", "外孙快五岁了 外孙女刚满三岁", [bd(1, almost(5)), bd(2, just(3))])
m("multiples age birth_order", "小的是双胞胎 刚满月 大的上幼儿园了 四岁 一共仨", [n(3), bd(1, yo(4)), bd(2, mo(1)), bd(3, mo(1))])
m("short_year multiples birth_order", "老大17.3.8 老二老三20.11.2 双胞胎",
  [bd(1, "2017-03-08"), bd(2, "2020-11-02"), bd(3, "2020-11-02")])
m("answer insurance multiples", "单位给交的生育险 俩都能报吧", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": "2026-06"}, {"due_date": "2026-06"}]))
m("chitchat birth_order", "我们家老小太皮了 谁也管不住")

T("2026-06-30")  # Tuesday, month end
m("relative_date birth_order", "上周三儿媳妇生了老二 俩孙子了 老头子高兴得一宿没睡", [bd(2, lastweek(2)), n(2)])
m("multiples age birth_order", "俺家一共仨娃 老大十岁 老二和老三是双胞胎 八个月大",
  [n(3), bd(1, yo(10)), bd(2, mo(8)), bd(3, mo(8))])
m("answer relative_date", "两个 大的2019年的 小的今年一月", [n(2), bd(1, "2019"), bd(2, f"{year()}-01")],
  asked="children", known=K(city="jinan"))
m("correction per_birth_hardship birth_order", "说错了 领低保是生老二的时候 老大那会儿没领",
  [chb(2, True, "r"), chb(1, False, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2022-04", "hardship_at_birth": True}, "2025-02"]))
m("multiples pregnancy age", "俩双胞胎闺女三岁了 这回又怀上了 三个月", [n(2), bd(1, yo(3)), bd(2, yo(3)), due(3, preg(3))])
m("answer housing_fund", "就孩他爸 我辞职以后就断了", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=["2021-11", "2025-09"]))
m("height question birth_order", "老幺一米零五 要不要买票", [ht(3, 105)], known=K(city="jinan", kids=["2015-04", "2018-10", "2021-07"]))
m("per_birth_hardship multiples birth_order", "生双胞胎那年家里领着特困供养 前面老大出生的时候还没有 一共三个娃",
  [n(3), chb(2, True), chb(3, True), chb(1, False)], known=K(city="jinan", kids=["2014-06", "2019-11", "2019-11"]))
m("question negation_housing", "要是我们打算买首套房 有啥补贴不", [f("buying_first_home", True, "q")], known=K(city="jinan"))
m("negation_housing", "房子是租的 没打算买 三个孩子花钱的地方太多", [f("renting", True), f("buying_first_home", False), n(3)])
m("answer now_vs_birth per_birth_hardship", "没有 那时候没领 现在才开始领低保", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2026-03"]))
m("age birth_order", "大外孙九岁 小外孙女六个月 都是我闺女生的", [bd(1, yo(9)), bd(2, mo(6))])
m("relative_date birth_order", "老三前天出院的 是上个月28号生的", [bd(3, f"{thismonth(-1)}-28")])
m("answer hukou", "不是 老家河北的户口 仨孩子都落在老家了", [f("hukou_in_city", False, "c"), n(3)], asked="hukou_in_city",
  known=K(city="beijing"))
m("insurance pregnancy birth_order", "我现在灵活就业 自己交的社保 二胎就靠这个报销 预产期九月",
  [f("birth_insurance", "flexible_employment"), due(2, nextmonth(9))])
m("duration multiples relative_date", "龙凤胎早产了一个月 今天刚好出生一百天", [bd(1, dago(100)), bd(2, dago(100))])
m("answer multiples age birth_order", "三个 一对双胞胎五岁 还有个小的两岁", [n(3), bd(1, yo(5)), bd(2, yo(5)), bd(3, yo(2))],
  asked="children", known=K(city="jinan"))
m("chitchat multiples", "双胞胎一个哭另一个也跟着哭 哈哈哈 热闹")

T("2026-12-31")  # Thursday, month end
m("relative_date birth_order", "上周一生的 第三个 还是个闺女", [bd(3, lastweek(0))])
m("multiples pregnancy age", "儿媳妇怀的双胞胎 预产期明年三月 俺大孙子都八岁了",
  [bd(1, yo(8)), due(2, f"{year(1)}-03"), due(3, f"{year(1)}-03")])
m("correction birth_order short_year", "我说错了 一共三个孩子 不是两个 22年7月那个是老三 老二是20年的",
  [n(3, "r"), bd(3, "2022-07", "r"), bd(2, "2020", "r")], known=K(city="jinan", kids=["2018-02", "2022-07"]))
m("answer housing_fund", "俩 我跟媳妇 爷爷奶奶的不算吧", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=["2023-04"]))
m("height birth_order", "大宝一米五了 二宝一米二八 小宝才九十", [ht(1, 150), ht(2, 128), ht(3, 90)])
m("per_birth_hardship birth_order", "生头胎的时候领失业金 生二胎没领", [chb(1, True), chb(2, False)])
m("now_vs_birth per_birth_hardship duration", "这两年在领低保 生三个孩子那会儿都没领",
  [f("hardship_now", True), f("hardship_at_birth", False), n(3)])
m("question pregnancy", "如果明年二月生的话 赶得上吗", [due(1, f"{year(1)}-02", "q")],
  known=K(city="beijing", kids=[{"due_date": None}]))
m("multiples relative_date", "双胞胎是今年十月生的 一个姐姐一个弟弟", [bd(1, f"{year()}-10"), bd(2, f"{year()}-10")])
m("answer negation_housing", "不打算 四个孩子哪有钱买房", [f("buying_first_home", False, "c"), n(4)], asked="buying_first_home",
  known=K(city="beijing", owns_home_in_city=False))
m("age", "孙女五岁半 孙子两岁 都是儿子家的", [bd(1, yo(5)), bd(2, yo(2))])
m("answer pregnancy", "就一个 还怀着一个 四个月了", [n(1), due(2, preg(4))], asked="children", known=K(city="beijing"))
m("numerals birth_order", "大闺女二〇一二年的 二闺女二〇二〇年的 小儿子今年十二月三号",
  [bd(1, "2012"), bd(2, "2020"), bd(3, f"{year()}-12-03")])
m("insurance", "我们俩都没交生育险 就有个居民医保", [f("birth_insurance", "resident_medical")])
m("hukou", "户口不在这边 在德州 孩子们也都在德州", [f("hukou_in_city", False)], known=K(city="jinan"))
m("age", "元旦快乐 祝我家三个娃健康长大 老大今年都十岁了", [n(3), bd(1, yo(10))])

T("2027-01-31")  # Sunday, month end
m("multiples age relative_date birth_order", "去年生的双胞胎 上面还有个老大六岁 一共三个",
  [n(3), bd(1, yo(6)), bd(2, year(-1)), bd(3, year(-1))])
m("multiples pregnancy birth_order", "怀了龙凤胎 刚五个月 这是第三胎 前面俩都上学了",
  [n(2), due(3, preg(5)), due(4, preg(5))])
m("correction relative_date birth_order short_year", "不对不对 上个月生的是老三 不是老二 老二是22年的",
  [bd(3, thismonth(-1), "r"), bd(2, "2022", "r")], known=K(city="beijing", kids=["2019-11", thismonth(-1)]))
m("per_birth_hardship birth_order", "只有老幺出生时候在领失业金 前头俩都没有", [chb(3, True), chb(1, False), chb(2, False)],
  known=K(city="jinan", kids=["2015-05", "2018-08", "2026-10"]))
m("housing_fund", "我 老公 公公 婆婆 四个人都交着公积金呢", [f("housing_fund_contributors", 4)])
m("answer height birth_order", "老大一米二 俩小的还不到一米", [ht(1, 120), below(2, 100), below(3, 100)], asked="children.height_cm",
  known=K(city="beijing", kids=["2019-03", "2022-12", "2022-12"]))
m("age", "外孙女一岁一个月 她哥哥快六岁了", [bd(1, almost(6)), bd(2, age(1, 1))])
m("relative_date birth_order", "大前年生的老大 前年生的老二 去年又生了老三 年年生 哈哈",
  [bd(1, year(-3)), bd(2, year(-2)), bd(3, year(-1))])
m("question insurance", "要是我换成单位交生育险 能多报点不", [f("birth_insurance", "employee_maternity", "q")])
m("negation_housing birth_order", "家里有房 不租房 老大老二挤一个屋", [f("owns_home_in_city", True), f("renting", False)],
  known=K(city="jinan"))
m("now_vs_birth per_birth_hardship birth_order", "生老二的时候在领低保 现在早不领了", [chb(2, True), f("hardship_now", False)])
m("answer", "北京 大兴 外孙跟着我们过", [f("city", "beijing")], asked="city")
m("duration multiples pregnancy", "怀双胞胎保胎躺了三个月 预产期四月", [due(1, nextmonth(4)), due(2, nextmonth(4))])
m("multiples age birth_order", "二胎是双胞胎 老大今年十岁 家里三个娃", [n(3), bd(1, yo(10))])
m("correction housing_fund", "刚才说错了 公积金是三个人交 我妈也交", [f("housing_fund_contributors", 3, "r")],
  known=K(city="jinan", housing_fund_contributors=2, kids=["2024-07"]))
m("chitchat", "知道了 谢谢啊 我去问问我闺女")

T("2027-02-17")  # Wednesday
m("multiples relative_date age", "上周日儿媳妇生了 双胞胎孙女 家里还有个大孙子四岁 现在仨孙辈了",
  [n(3), bd(1, yo(4)), bd(2, lastweek(6)), bd(3, lastweek(6))])
m("age birth_order hukou", "大的快八岁 小的刚满半岁 都是北京户口",
  [bd(1, almost(8)), bd(2, mo(6)), f("city", "beijing"), f("hukou_in_city", True)])
m("answer multiples age", "仨 一个七岁 双胞胎俩五个月", [n(3), bd(1, yo(7)), bd(2, mo(5)), bd(3, mo(5))],
  asked="children", known=K(city="jinan"))
m("correction housing_fund", "更正 公积金是俩人交 我对象过完年也开始交了", [f("housing_fund_contributors", 2, "r")],
  known=K(city="jinan", housing_fund_contributors=1, kids=["2020-08", "2026-09"]))
m("multiples pregnancy", "第一胎 双胞胎 八个月了 快生了", [due(1, preg(8)), due(2, preg(8))])
m("per_birth_hardship", "三个孩子出生的时候家里都在领低保", [f("hardship_at_birth", True), n(3)])
m("height multiples", "龙凤胎 哥哥一米一 妹妹一米零六", [ht(1, 110), ht(2, 106)], known=K(city="beijing", kids=["2021-05", "2021-05"]))
m("answer negation_housing", "没 住我公婆家 俩孩子都在这", [f("renting", False, "c"), n(2)], asked="renting",
  known=K(city="beijing"))
m("now_vs_birth per_birth_hardship multiples", "生双胞胎那会儿没领失业金 现在在领",
  [chb(1, False), chb(2, False), f("hardship_now", True)], known=K(city="jinan", kids=["2025-12", "2025-12"]))
m("question hukou multiples", "要是户口迁过来 双胞胎能按这边的标准领吗", [f("hukou_in_city", True, "q")],
  known=K(city="beijing", hukou_in_city=False, kids=["2024-01", "2024-01"]))
m("short_year birth_order relative_date", "大孙子13年的 二孙子16年 小孙女今年1月刚生",
  [bd(1, "2013"), bd(2, "2016"), bd(3, f"{year()}-01")])
m("answer housing_fund multiples pregnancy", "就我自个儿 孩他妈怀着双胞胎没上班",
  [f("housing_fund_contributors", 1), due(2, None), due(3, None)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=["2022-03"]))
m("insurance birth_order", "灵活就业那种 自己交的 生老三前一直交着", [f("birth_insurance", "flexible_employment")])
m("relative_date birth_order", "上周四生的老二 七斤 顺产 大人孩子都挺好", [bd(2, lastweek(3))])
m("answer hukou", "对 孙子孙女户口都落这了", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan"))
m("age", "仨孩子 十二岁 九岁 还有个快两岁的", [n(3), bd(1, yo(12)), bd(2, yo(9)), bd(3, almost(2))])
m("question height", "一米二以下是不是不用买票")
m("age birth_order", "今天带俩外孙去打疫苗 小的才四个月 累够呛", [n(2), bd(2, mo(4))])

T("2026-04-30")  # Thursday, month end
m("relative_date birth_order", "上周六 我闺女生的老三 这外孙子来得可不容易", [bd(3, lastweek(5))])
m("answer multiples pregnancy", "双胞胎 大概九月下旬", [due(2, nextmonth(9)), due(3, nextmonth(9))], asked="due_date",
  known=K(city="beijing", kids=["2023-01", {"due_date": None}, {"due_date": None}]))
m("multiples age birth_order", "我家老小是对双胞胎 刚满一岁 上面一个姐姐九岁 三个娃", [n(3), bd(1, yo(9)), bd(2, just(1)), bd(3, just(1))])
m("correction height birth_order", "刚才说反了 一米一五是老二的 老大一米三", [ht(2, 115, "r"), ht(1, 130, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2019-06", "height_cm": 115}, "2023-08"]))
m("housing_fund", "公积金 一个交的都没有 老人孩子全靠我们俩打工", [f("housing_fund_contributors", 0)])
m("answer per_birth_hardship multiples birth_order", "仨孩子 双胞胎出生那阵子领着 老大那时候没有", [n(3), chb(2, True), chb(3, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2016-09", "2025-12", "2025-12"]))
m("now_vs_birth per_birth_hardship birth_order", "目前领着特困 老大老二出生时都没领", [f("hardship_now", True), chb(1, False), chb(2, False)])
m("negation_housing", "没房 一直租着 俩娃上学也是租的学区房", [f("owns_home_in_city", False), f("renting", True), n(2)],
  known=K(city="beijing"))

T("2025-10-31")  # Friday, month end
m("multiples relative_date age", "小的是前天生的 双胞胎俩小子 大的是个闺女 三岁 仨了", [n(3), bd(1, yo(3)), bd(2, back(2)), bd(3, back(2))])
m("answer multiples pregnancy", "一个都还没生呢 怀着双胞胎 七个月", [n(0), due(1, preg(7)), due(2, preg(7))],
  asked="children", known=K(city="beijing"))
m("numerals birth_order", "十月一号那天生的老二 国庆宝宝", [bd(2, pastmonth(10, 1))])
m("correction multiples", "不是双胞胎 是三胞胎 一共就这仨",
  [n(3, "r")],
  known=K(city="jinan", kids=[f"{year()}-08", f"{year()}-08"]))
