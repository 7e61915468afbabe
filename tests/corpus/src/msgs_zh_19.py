# Chinese, batch 19: multiples and birth order -- twins/triplets beside older children (老大8岁 去年生了双胞胎,
# 龙凤胎是老二老三, 三胞胎, 怀了双胞胎), kinship words (孙子 外孙女 重孙 二宝 三宝 小的 大的 闺女), grandparents
# writing, birth order after the verb (去年生的老二), per-birth hardship at the twins' birth vs now, count corrections
T("2025-01-31")  # Friday, month end
m("multiples age relative_date", "我大孙子八岁了 去年儿媳妇又生了对双胞胎 俩小子 现在三个孙子了",
  [n(3), bd(1, yo(8)), bd(2, year(-1)), bd(3, year(-1))])
m("answer multiples age relative_date birth_order", "仨 老大六岁多 老二老三龙凤胎 去年十月的",
  [n(3), bd(1, yo(6)), bd(2, f"{year(-1)}-10"), bd(3, f"{year(-1)}-10")], asked="children", known=K(city="jinan"))
m("per_birth_hardship now_vs_birth multiples birth_order",
  "仨娃 生老大那年没领啥 生双胞胎那阵我男的下岗了 领的失业金 现在又上班了 不领了",
  [n(3), chb(1, False), chb(2, True), chb(3, True), f("hardship_now", False)],
  known=K(city="jinan", kids=["2019-05", "2023-11", "2023-11"]))
m("height multiples birth_order", "老大一米三五了 双胞胎哥哥一米零二 妹妹才九十八公分",
  [ht(1, 135), ht(2, 102), ht(3, 98)], known=K(city="beijing", kids=["2016-09", "2021-07", "2021-07"]))
m("pregnancy multiples age birth_order", "闺女怀了双胞胎 医生说预产期五月下旬 她家老大才三岁半 我得过去帮忙",
  [bd(1, yo(3)), due(2, nextmonth(5)), due(3, nextmonth(5))])
m("correction multiples", "不对不对 家里是三个娃 老二那是一对 龙凤胎", [n(3, "r")],
  known=K(city="beijing", kids=["2018-02", "2023-06"]))
m("question multiples", "要是明年再生一对双胞胎 俩都能领补贴不", [due(2, year(1), "q"), due(3, year(1), "q")],
  known=K(city="jinan", kids=["2022-04"]))
m("numerals multiples birth_order", "外孙女二零一七年三月的 俩外孙是双胞胎 二零二二年九月 闺女一共三个孩子",
  [bd(1, "2017-03"), bd(2, "2022-09"), bd(3, "2022-09"), n(3)])
m("chitchat multiples", "双胞胎带着去打疫苗 一个刚哄好另一个又哭了 我这老腰啊")
m("answer housing_fund multiples", "就我自己交 她辞职在家看双胞胎呢", [f("housing_fund_contributors", 1)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=["2024-08", "2024-08"]))
m("duration age multiples", "双胞胎在保温箱住了二十天 现在三个月大了", [bd(2, mo(3)), bd(3, mo(3))],
  known=K(city="beijing", kids=["2019-03"]))
m("relative_date multiples", "三胞胎 昨天生的 剖的 俩男一女 头一胎就仨 我媳妇太遭罪了",
  [n(3), bd(1, back(1)), bd(2, back(1)), bd(3, back(1))])

T("2025-02-27")  # Thursday
m("relative_date multiples birth_order age", "上周二老二老三出生了 双胞胎 老大五岁多 现在三个娃",
  [n(3), bd(1, yo(5)), bd(2, lastweek(1)), bd(3, lastweek(1))])
m("answer age birth_order", "两个 都是孙女 大的九岁 小的一岁两个月", [n(2), bd(1, yo(9)), bd(2, age(1, 2))],
  asked="children", known=K(city="beijing"))
m("short_year multiples", "孙子家就这俩 重孙子重孙女 双胞胎 23年5月的 我都八十多了 四世同堂",
  [n(2), bd(1, "2023-05"), bd(2, "2023-05")])
m("per_birth_hardship multiples birth_order", "双胞胎出生那会儿我们家是特困户 政府给供养着",
  [chb(2, True), chb(3, True)], known=K(city="jinan", kids=["2020-02", "2024-12", "2024-12"]))
m("pregnancy multiples", "怀的三胞胎 预产期是七月十号 头胎 紧张得睡不着",
  [due(1, nextmonth(7, 10)), due(2, nextmonth(7, 10)), due(3, nextmonth(7, 10))])
m("correction multiples age", "不对 双胞胎不是两岁 是刚满三岁", [bd(2, just(3), "r"), bd(3, just(3), "r")],
  known=K(city="beijing", kids=["2017-01", yo(2), yo(2)]))
m("insurance multiples", "我是灵活就业自己交的医保 生双胞胎能报多少啊", [f("birth_insurance", "flexible_employment")])
m("hukou multiples age", "我们全家济南户口 俩双胞胎儿子四岁了 就他俩",
  [f("city", "jinan"), f("hukou_in_city", True), n(2), bd(1, yo(4)), bd(2, yo(4))])
m("negation_housing multiples", "五口人挤一个出租屋里 双胞胎大了真住不开 想买头一套房",
  [f("renting", True), f("buying_first_home", True)])
m("question height multiples", "双胞胎都不到一米二 坐高铁还用买票吗", [below(1, 120), below(2, 120)],
  known=K(city="beijing", kids=["2021-06", "2021-06"]))
m("answer pregnancy multiples", "六月初 医生说双胞胎多半得提前", [due(1, nextmonth(6)), due(2, nextmonth(6))],
  asked="due_date", known=K(city="beijing", kids=[{"due_date": None}, {"due_date": None}]))
m("age birth_order", "小孙女快两岁了 大孙子比她大四岁多 六岁半", [bd(1, yo(6)), bd(2, almost(2))])

T("2025-03-31")  # Monday, month end
m("relative_date multiples birth_order", "老三老四是上周六生的 双胞胎 前面还有俩姐姐 这下四个了",
  [n(4), bd(3, lastweek(5)), bd(4, lastweek(5))])
m("answer per_birth_hardship multiples birth_order", "生双胞胎那阵领着低保 大的出生那会儿还没有 一共仨",
  [n(3), chb(2, True), chb(3, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2019-10", "2024-02", "2024-02"]))
m("housing_fund multiples", "公积金我俩都交着呢 双胞胎白天爷爷奶奶带", [f("housing_fund_contributors", 2)])
m("age multiples", "龙凤胎头胎 今儿满一百天了 办了个百日宴", [n(2), bd(1, dago(100)), bd(2, dago(100))])
m("correction multiples short_year birth_order", "你理解错了 不是双胞胎 俩隔了一岁多 老大23年2月生的",
  [bd(1, "2023-02", "r")], known=K(city="beijing", kids=["2024-06", "2024-06"]))
m("now_vs_birth per_birth_hardship", "现在家里在吃低保 以前生孩子那会儿都没有",
  [f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan", kids=["2018-07", "2021-12"]))
m("pregnancy multiples age birth_order", "第二胎怀的是双胞胎 刚三个月 大宝四岁",
  [bd(1, yo(4)), due(2, preg(3)), due(3, preg(3))])
m("height birth_order", "外孙一米二八 外孙女一米一二 外孙大", [ht(1, 128), ht(2, 112)])
m("chitchat", "谢谢啊 俺再跟儿子商量商量")
m("short_year birth_order relative_date", "老大16年的老二20年老三去年八月的",
  [bd(1, "2016"), bd(2, "2020"), bd(3, f"{year(-1)}-08")])

T("2025-08-14")  # Thursday
m("multiples relative_date age", "大孙女七岁 上礼拜一又添了俩孙子 双胞胎 仨孩子了",
  [n(3), bd(1, yo(7)), bd(2, lastweek(0)), bd(3, lastweek(0))])
m("answer multiples age", "一对双胞胎 还没满周岁 十个月", [n(2), bd(1, mo(10)), bd(2, mo(10))],
  asked="children", known=K(city="jinan"))
m("per_birth_hardship now_vs_birth birth_order", "生小的那会儿在领特困 现在不领了 大的出生时也没领",
  [chb(2, True), f("hardship_now", False), chb(1, False)], known=K(city="beijing", kids=["2017-04", "2022-09"]))
m("question hukou", "假如我们落了北京户口 三个孩子都算吗", [f("hukou_in_city", True, "q"), n(3)],
  known=K(city="beijing", hukou_in_city=False, kids=["2015-05", "2020-03", "2020-03"]))
m("answer insurance multiples", "单位给上的五险 有生育险 双胞胎都是在那报的", [f("birth_insurance", "employee_maternity")],
  asked="birth_insurance", known=K(city="jinan", kids=["2024-10", "2024-10"]))
m("duration multiples age", "双胞胎早产 在新生儿科住了一个月 出生到今天整整五十天", [bd(1, dago(50)), bd(2, dago(50))],
  known=K(city="jinan"))
m("height numerals multiples birth_order", "大的一百三十公分 双胞胎俩都才九十五", [ht(1, 130), ht(2, 95), ht(3, 95)],
  known=K(city="beijing", kids=["2016-11", "2021-12", "2021-12"]))
m("negation_housing", "没买房 也不是租的 住单位宿舍 一家五口", [f("owns_home_in_city", False), f("renting", False)])
m("correction multiples", "我前面打错字了 不是双胞胎 是三胞胎", [n(3, "r")], known=K(city="jinan", kids=["2024-11", "2024-11"]))
m("age multiples birth_order", "老大老二双胞胎 十二岁了 老三刚上小学 七岁 老四还在吃奶 五个月",
  [bd(1, yo(12)), bd(2, yo(12)), bd(3, yo(7)), bd(4, mo(5))])
m("answer housing_fund", "都没有 我俩干个体的 谁给交啊", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=["2020-06", "2025-01", "2025-01"]))

T("2026-01-06")  # Tuesday
m("multiples relative_date birth_order age", "前年生的老二 去年又来了对双胞胎 老大都十岁了 四个娃 愁人",
  [n(4), bd(1, yo(10)), bd(2, year(-2)), bd(3, year(-1)), bd(4, year(-1))])
m("answer multiples age", "三个 一个大闺女十一岁 俩小子双胞胎 刚满五岁", [n(3), bd(1, yo(11)), bd(2, just(5)), bd(3, just(5))],
  asked="children", known=K(city="beijing"))
m("per_birth_hardship multiples birth_order", "老三老四出生那年家里领失业金 前面俩出生都没领",
  [chb(3, True), chb(4, True), chb(1, False), chb(2, False)],
  known=K(city="jinan", kids=["2014-08", "2018-03", "2023-10", "2023-10"]))
m("question per_birth_hardship birth_order", "如果老大出生那时候我们是低保户 现在还能补吗", [chb(1, True, "q")],
  known=K(city="beijing", kids=["2019-02", "2024-05", "2024-05"]))
m("pregnancy multiples birth_order", "怀了五个月了 双胞胎 是三宝四宝 大宝二宝都上学了", [due(3, preg(5)), due(4, preg(5))])
m("relative_date birth_order", "前天生的老二 七斤二两 跟她姐一样是个丫头", [bd(2, back(2))], known=K(city="jinan", kids=["2022-07"]))
m("height multiples birth_order", "仨孙子 大的一米四了 俩小的双胞胎一米一五", [n(3), ht(1, 140), ht(2, 115), ht(3, 115)],
  known=K(city="jinan", kids=["2013-03", "2019-08", "2019-08"]))
m("correction short_year multiples", "刚才说岔了 双胞胎是24年的 不是23年", [bd(2, "2024", "r"), bd(3, "2024", "r")],
  known=K(city="beijing", kids=["2018-05", "2023", "2023"]))
m("housing_fund question", "我和孩子爸都有公积金 买房能贷多少", [f("housing_fund_contributors", 2)])
m("numerals multiples birth_order", "大宝二〇二〇年十二月 二宝三宝是二〇二五年一月的双胞胎",
  [bd(1, "2020-12"), bd(2, "2025-01"), bd(3, "2025-01")])
m("hukou negation_housing multiples", "外地户口 在北京租房子住 双胞胎跟着我们",
  [f("hukou_in_city", False), f("city", "beijing"), f("renting", True)])
m("multiples", "新年好啊小助手 俩宝也给你拜年了 哈哈", [n(2)])

T("2026-02-12")  # Thursday
m("multiples relative_date age", "双胞胎是上周三剖出来的 老大跟着姥姥呢 三岁多 一共仨了",
  [n(3), bd(1, yo(3)), bd(2, lastweek(2)), bd(3, lastweek(2))])
m("answer pregnancy multiples relative_date", "下个月底 不过双胞胎说不准", [due(2, thismonth(1)), due(3, thismonth(1))],
  asked="due_date", known=K(city="jinan", kids=["2023-09", {"due_date": None}, {"due_date": None}]))
m("age birth_order", "俩外孙 大的一岁十个月 小的刚生下来十天", [n(2), bd(1, age(1, 10)), bd(2, dago(10))])
m("per_birth_hardship", "俩孩子出生时都没领过低保 特困也没有", [n(2), f("hardship_at_birth", False)])
m("now_vs_birth per_birth_hardship multiples", "双胞胎生的时候没领 现在失业了 领着失业金呢",
  [chb(1, False), chb(2, False), f("hardship_now", True)], known=K(city="beijing", kids=["2025-06", "2025-06"]))
m("correction multiples", "错了 是俩孩子不是仨 没有双胞胎 老二就一个", [n(2, "r")],
  known=K(city="jinan", kids=["2019-01", "2023-04", "2023-04"]))
m("question multiples", "双胞胎补贴是按两个孩子算吧 不是按一胎算吧")
m("insurance multiples", "俺媳妇没上班 交的居民医保 生的双胞胎", [f("birth_insurance", "resident_medical")])
m("birth_order age relative_date", "头胎儿子五岁半 二胎闺女去年十二月生的", [bd(1, yo(5)), bd(2, f"{year(-1)}-12")])
m("height birth_order", "老大还不够一米三呢 小的更矮", [below(1, 130)],
  known=K(city="beijing", kids=["2018-06", "2022-01", "2022-01"]))
m("answer negation_housing multiples", "没有 一直租着 双胞胎出来以后换了个大点的",
  [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city",
  known=K(city="jinan", kids=["2025-04", "2025-04"]))

T("2026-06-30")  # Tuesday, month end
m("multiples relative_date", "上周日闺女生了仨 三胞胎 都是外孙女 头胎",
  [n(3), bd(1, lastweek(6)), bd(2, lastweek(6)), bd(3, lastweek(6))])
m("answer multiples age birth_order", "四个 老大老二是双胞胎 九岁 老三五岁 老四半岁",
  [n(4), bd(1, yo(9)), bd(2, yo(9)), bd(3, yo(5)), bd(4, mo(6))], asked="children", known=K(city="jinan"))
m("answer per_birth_hardship now_vs_birth", "有 领着低保呢 一直到现在", [f("hardship_at_birth", True, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2017-02", "2025-11", "2025-11"]))
m("housing_fund", "我们家交公积金的就一个 我爱人 我是农村的没有", [f("housing_fund_contributors", 1)])
m("pregnancy multiples age birth_order", "二胎双胞胎 预产期十月八号 大宝刚满四岁",
  [bd(1, just(4)), due(2, nextmonth(10, 8)), due(3, nextmonth(10, 8))])
m("correction multiples", "哎 我刚说漏了 是龙凤胎 俩", [n(2, "r")], known=K(city="beijing", kids=["2025-03"]))
m("relative_date birth_order", "孙子是这个月生的 老二 上头还有个孙女", [bd(2, thismonth())])
m("short_year multiples birth_order", "21年11月的老大 25年6月的双胞胎 就这仨", [n(3), bd(1, "2021-11"), bd(2, "2025-06"), bd(3, "2025-06")])
m("age birth_order", "大重孙八岁半 二重孙两岁了", [bd(1, yo(8)), bd(2, yo(2))])
m("question birth_order multiples", "老三要是八月出生 跟双胞胎一样能领吗", [due(3, nextmonth(8), "q")],
  known=K(city="jinan", kids=["2023-05", "2023-05"]))
m("chitchat", "辛苦了小助手 俺不会打字 孙子帮着打的")
m("hukou multiples", "我们两口子都是济南户口 三个孩子也都落上了 双胞胎刚落的",
  [n(3), f("city", "jinan"), f("hukou_in_city", True)])

T("2026-10-29")  # Thursday
m("multiples relative_date age birth_order", "老大十一岁 老二老三龙凤胎上个月刚生 三个娃了",
  [n(3), bd(1, yo(11)), bd(2, thismonth(-1)), bd(3, thismonth(-1))])
m("answer height birth_order", "大的一米四二 俩小的还没量", [ht(1, 142)], asked="children.height_cm",
  known=K(city="beijing", kids=["2014-09", "2022-02", "2022-02"]))
m("per_birth_hardship birth_order", "三宝出生那会儿特困供养 大宝二宝出生的时候都没有",
  [chb(3, True), chb(1, False), chb(2, False)], known=K(city="jinan", kids=["2016-01", "2019-07", "2024-03"]))
m("relative_date multiples", "上周四老婆生了 双胞胎 这是第二胎 家里仨了",
  [n(3), bd(2, lastweek(3)), bd(3, lastweek(3))], known=K(city="jinan", kids=["2021-03"]))
m("correction pregnancy multiples", "说错了 预产期是一月 不是十二月", [due(2, nextmonth(1), "r"), due(3, nextmonth(1), "r")],
  known=K(city="beijing", kids=["2022-02", {"due_date": "2026-12"}, {"due_date": "2026-12"}]))
m("duration age multiples", "双胞胎产假休了五个月 刚复工 俩娃六个月了", [n(2)],
  known=K(city="jinan", kids=["2026-04", "2026-04"]))
m("insurance multiples", "辞职后一直交灵活就业的社保 双胞胎就是那时候生的", [f("birth_insurance", "flexible_employment")])
m("correction housing_fund", "不是俩 公积金就我一个人交 媳妇那个早断了", [f("housing_fund_contributors", 1, "r")],
  known=K(city="jinan", housing_fund_contributors=2))
m("height numerals multiples birth_order", "大孙子一米二三 俩小孙女双胞胎 八十八公分", [ht(1, 123), ht(2, 88), ht(3, 88)],
  known=K(city="jinan", kids=["2019-05", "2024-01", "2024-01"]))
m("question negation_housing", "要是我们名下没房 是不是能多领点", [f("owns_home_in_city", False, "q")], known=K(city="beijing"))
m("answer hukou", "是的 我们俩都是 仨孩子也都上了", [f("hukou_in_city", True, "c"), n(3)], asked="hukou_in_city",
  known=K(city="beijing", kids=["2018-10", "2023-07", "2023-07"]))

T("2027-01-21")  # Thursday
m("answer multiples relative_date", "一对 龙凤胎 上礼拜一剖的", [n(2), bd(1, lastweek(0)), bd(2, lastweek(0))],
  asked="children", known=K(city="jinan"))
m("answer per_birth_hardship", "没 那会儿俩人都上着班呢", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2018-09", "2025-03", "2025-03"]))
m("answer housing_fund", "俩 我跟孩他爹", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=["2020-12", "2020-12"]))
m("answer pregnancy multiples", "三月中旬 双胞胎估计得提前剖", [due(2, nextmonth(3)), due(3, nextmonth(3))], asked="due_date",
  known=K(city="beijing", kids=["2020-05", {"due_date": None}, {"due_date": None}]))
m("answer height multiples", "姐姐一米二一 弟弟一米一九 都快赶上了", [ht(1, 121), ht(2, 119)], asked="children.height_cm",
  known=K(city="jinan", kids=["2019-04", "2019-04"]))
m("answer", "济南 孙子孙女都在这边上学", [f("city", "jinan")], asked="city")
m("answer insurance multiples", "没有 啥保险都没交 生双胞胎全自费的", [f("birth_insurance", "none")], asked="birth_insurance",
  known=K(city="beijing", kids=["2026-05", "2026-05"]))
m("answer negation_housing", "嗯 租的 三个孩子挤一间", [f("renting", True, "c"), n(3)], asked="renting",
  known=K(city="beijing", kids=["2017-08", "2023-03", "2023-03"]))
m("age multiples birth_order", "大孙子今年十岁 二孙子六岁 三孙子跟四孙子是双胞胎 一岁半",
  [bd(1, yo(10)), bd(2, yo(6)), bd(3, yo(1)), bd(4, yo(1))])
m("correction short_year birth_order", "不对 老大是17年的 我说成19年了", [bd(1, "2017", "r")],
  known=K(city="jinan", kids=["2019", "2023-02", "2023-02"]))
m("per_birth_hardship birth_order", "生前两个的时候都领着低保 生老三的时候就不领了",
  [chb(1, True), chb(2, True), chb(3, False)], known=K(city="jinan", kids=["2012-05", "2016-10", "2022-04"]))

T("2027-02-28")  # Sunday, month end
m("answer multiples age birth_order", "五个 老大老二十岁双胞胎 老三六岁 老四老五也是双胞胎 刚满月",
  [n(5), bd(1, yo(10)), bd(2, yo(10)), bd(3, yo(6)), bd(4, mo(1)), bd(5, mo(1))], asked="children", known=K(city="beijing"))
m("answer hukou", "不是 我们户口在河北 三个孩子也都在老家落的", [f("hukou_in_city", False, "c"), n(3)], asked="hukou_in_city",
  known=K(city="beijing", kids=["2016-04", "2024-09", "2024-09"]))
m("answer negation_housing", "有 首付刚交完 月供八千", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="jinan", kids=["2025-08", "2025-08"]))
m("answer negation_housing multiples", "不打算 先租着 双胞胎上学了再说",
  [f("buying_first_home", False, "c"), f("renting", True)], asked="buying_first_home",
  known=K(city="beijing", owns_home_in_city=False, kids=["2024-12", "2024-12"]))
m("answer per_birth_hardship multiples birth_order", "三个孩子 老大那会儿领过特困 这对双胞胎出生时候已经不领了",
  [n(3), chb(1, True), chb(2, False), chb(3, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2018-06", "2026-09", "2026-09"]))
m("answer age", "就一个 闺女 今年四岁半", [n(1), bd(1, yo(4))], asked="children", known=K(city="jinan"))
m("numerals multiples age birth_order", "老大１０岁 双胞胎７岁 一共３个", [n(3), bd(1, yo(10)), bd(2, yo(7)), bd(3, yo(7))])
m("chitchat", "我是奶奶 眼神不好 打错了别笑话")
m("answer pregnancy multiples", "五月份 查出来是双胞胎", [due(2, nextmonth(5)), due(3, nextmonth(5))], asked="due_date",
  known=K(city="jinan", kids=["2021-08", {"due_date": None}]))

T("2027-03-31")  # Wednesday, month end
m("answer multiples age relative_date", "三个 老大初中了 十三 老二老三是双胞胎 前年五月生的",
  [n(3), bd(1, yo(13)), bd(2, f"{year(-2)}-05"), bd(3, f"{year(-2)}-05")], asked="children", known=K(city="jinan"))
m("answer housing_fund", "没人交 俺们种地的", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=["2023-06", "2023-06"]))
m("answer per_birth_hardship now_vs_birth multiples", "没领 现在也没有",
  [f("hardship_at_birth", False, "c"), f("hardship_now", False)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2025-10", "2025-10"]))
m("relative_date birth_order", "上周三我外孙女出生了 我闺女头一个", [bd(1, lastweek(2))])
m("correction multiples", "说错了 小的不是一个 是双胞胎 一共四个", [n(4, "r")],
  known=K(city="beijing", kids=["2015-01", "2019-03", "2026-11"]))
m("answer height multiples birth_order", "老大一米五了 二宝三宝一米零五", [ht(1, 150), ht(2, 105), ht(3, 105)],
  asked="children.height_cm", known=K(city="jinan", kids=["2015-07", "2021-09", "2021-09"]))
m("question per_birth_hardship multiples birth_order", "如果三宝四宝出生时我们在领低保 能多给吗",
  [chb(3, True, "q"), chb(4, True, "q")], known=K(city="jinan", kids=["2014-02", "2018-08", "2026-01", "2026-01"]))
m("answer insurance", "职工医保 我单位交的 生育险也有", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="beijing", kids=["2027-01", "2027-01"]))
m("age multiples birth_order", "仨孩子 龙凤胎快三岁了 上头还有个姐姐十岁",
  [n(3), bd(1, yo(10)), bd(2, almost(3)), bd(3, almost(3))])

T("2027-07-08")  # Thursday
m("answer multiples age", "俩 双胞胎闺女 刚满两周岁", [n(2), bd(1, just(2)), bd(2, just(2))], asked="children",
  known=K(city="jinan"))
m("answer multiples", "北京 海淀的 双胞胎在这边上的幼儿园", [f("city", "beijing")], asked="city")
m("answer negation_housing", "想买 还没买过房 家里五口人了", [f("buying_first_home", True, "c"), f("owns_home_in_city", False)],
  asked="buying_first_home", known=K(city="beijing"))
m("answer per_birth_hardship multiples birth_order", "仨孩子 生双胞胎那会儿在领低保 生老大时没领",
  [n(3), chb(2, True), chb(3, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2016-03", "2027-06", "2027-06"]))
m("relative_date birth_order", "重孙女前天出生的 是我孙子家的老二", [bd(2, back(2))])
m("correction multiples age", "不是八个月 双胞胎是十个月大了", [bd(2, mo(10), "r"), bd(3, mo(10), "r")],
  known=K(city="beijing", kids=["2019-10", mo(8), mo(8)]))
m("housing_fund negation_housing", "公积金俩人都交 房子还在还贷", [f("housing_fund_contributors", 2), f("owns_home_in_city", True)])
m("now_vs_birth pregnancy multiples", "现在领着低保 又怀上双胞胎了 六个月", [f("hardship_now", True), due(2, preg(6)), due(3, preg(6))],
  known=K(city="jinan", kids=["2022-01"]))
m("duration multiples age", "双胞胎在NICU住了四十天 今天满六十天了", [bd(1, dago(60)), bd(2, dago(60))], known=K(city="beijing"))

T("2025-12-31")  # Wednesday, month end
m("answer multiples age relative_date birth_order", "三个 老大 八岁 龙凤胎是老二老三 今年三月的",
  [n(3), bd(1, yo(8)), bd(2, f"{year()}-03"), bd(3, f"{year()}-03")], asked="children", known=K(city="beijing"))
m("answer negation_housing", "没有 住俺婆家", [f("renting", False, "c")], asked="renting",
  known=K(city="jinan", kids=["2021-05", "2024-02", "2024-02"]))
m("answer per_birth_hardship multiples birth_order", "生老二老三那时候领着失业金 就那一阵",
  [chb(2, True), chb(3, True)], asked="hardship_at_birth", known=K(city="beijing", kids=["2020-01", "2025-04", "2025-04"]))
m("short_year multiples birth_order relative_date", "老大22年12月 老二老三24年双胞胎 老四今年",
  [bd(1, "2022-12"), bd(2, "2024"), bd(3, "2024"), bd(4, year())])
m("question multiples", "我们要是明年生个三胞胎 能给多少钱",
  [due(1, year(1), "q"), due(2, year(1), "q"), due(3, year(1), "q")], known=K(city="jinan"))
m("correction multiples", "不对 我家是双胞胎加一个老大 一共仨 不是俩", [n(3, "r")], known=K(city="jinan", kids=["2021-02", "2025-07"]))
m("chitchat multiples", "今天最后一天了 祝双胞胎和他哥新年快乐 哈哈")
m("height birth_order", "外孙跟外孙女都还没一米三 坐地铁要票吗", [below(1, 130), below(2, 130)],
  known=K(city="beijing", kids=["2019-06", "2021-11"]))

T("2026-09-30")  # Wednesday, month end
m("answer multiples age", "仨外孙 大的十岁 俩小的是双胞胎 两岁零三个月",
  [n(3), bd(1, yo(10)), bd(2, age(2, 3)), bd(3, age(2, 3))], asked="children", known=K(city="jinan"))
m("answer height multiples birth_order", "老大一米四五 双胞胎都一米二", [ht(1, 145), ht(2, 120), ht(3, 120)],
  asked="children.height_cm", known=K(city="beijing", kids=["2016-02", "2020-05", "2020-05"]))
m("answer pregnancy multiples", "明年二月 三胞胎肯定要早产", [due(2, f"{year(1)}-02"), due(3, f"{year(1)}-02"), due(4, f"{year(1)}-02")],
  asked="due_date", known=K(city="jinan", kids=["2024-11", {"due_date": None}, {"due_date": None}, {"due_date": None}]))
m("answer housing_fund", "我交 他没有 他是个体户", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=["2025-02", "2025-02"]))
m("answer hukou multiples", "嗯 都是 双胞胎也落上了", [f("hukou_in_city", True, "c")], asked="hukou_in_city",
  known=K(city="jinan", kids=["2026-03", "2026-03"]))
m("answer per_birth_hardship", "没有 三个孩子出生时都没领", [f("hardship_at_birth", False, "c"), n(3)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2019-04", "2026-08", "2026-08"]))
m("answer insurance multiples", "生双胞胎那会儿交的城乡居民医保 在村里交的", [f("birth_insurance", "resident_medical")],
  asked="birth_insurance", known=K(city="jinan", kids=["2026-06", "2026-06"]))
m("correction age birth_order", "更正 老大是刚满六岁 不是六岁半", [bd(1, just(6), "r")],
  known=K(city="beijing", kids=[yo(6), "2024-07", "2024-07"]))
m("per_birth_hardship multiples", "闺女生这对双胞胎那年 他们两口子都没工作 领的失业金", [chb(1, True), chb(2, True)],
  known=K(city="jinan", kids=["2024-03", "2024-03"]))
m("relative_date birth_order", "老三是前年十月生的 老二大她三岁", [bd(3, f"{year(-2)}-10")])
m("question multiples", "三胞胎的话 一次能领三份吗")
m("answer negation_housing", "没有 一直没买上", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city",
  known=K(city="beijing", kids=["2022-08", "2022-08"]))
m("answer multiples age", "就龙凤胎俩 刚满月", [n(2), bd(1, mo(1)), bd(2, mo(1))], asked="children", known=K(city="beijing"))
