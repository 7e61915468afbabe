# Chinese, batch 31: twins and triplets beside older and younger children (龙凤胎, 双胞胎 as 老二老三, 俩大的,
# twins as the first birth, twins and triplets still due, counts with multiples) and hardship at some births and
# not others (named by order, 大的/小的, by year, 第几胎, by the twins), with loose answers, corrections and chitchat
T("2025-01-09")  # Thursday
m("multiples age hukou", "俺家龙凤胎刚满三岁 头一胎就生了俩 济南户口",
  [bd(1, just(3)), bd(2, just(3)), n(2), f("city", "jinan"), f("hukou_in_city", True)])
m("multiples age per_birth_hardship birth_order", "大闺女上三年级了 下边一对双胞胎小子 十个月 生双胞胎那阵正吃低保 生大闺女时候没吃",
  [bd(2, mo(10)), bd(3, mo(10)), n(3), chb(2, True), chb(3, True), chb(1, False)])
m("answer per_birth_hardship multiples birth_order", "双棒儿那回领着失业金呢 老大那会儿他爸还有班上", [chb(2, True), chb(3, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2016-03", "2022-08", "2022-08"]))
m("chitchat multiples", "这双胞胎一哭就一块儿哭 脑瓜子嗡嗡的", [])
m("question multiples", "双胞胎算两个孩子还是算一胎啊 补贴咋算", [])
m("pregnancy multiples", "刚查出来怀的双胞胎 俩孕囊 才两个月 第一胎", [due(1, preg(2)), due(2, preg(2))])
m("answer multiples age", "三个 老大14 下面是一对双胞胎姐妹 都七岁半", [n(3), bd(1, yo(14)), bd(2, yo(7)), bd(3, yo(7))],
  asked="children", known=K(city="jinan"))
m("correction multiples short_year", "双胞胎生日说错了 是24年3月 不是2月", [bd(2, "2024-03", "r"), bd(3, "2024-03", "r")],
  known=K(city="jinan", kids=["2019-06", "2024-02", "2024-02"]))
m("per_birth_hardship short_year birth_order", "18年那会儿没有 21年生的那个赶上失业金了 23年那个生的时候又上班了",
  [chb(1, False), chb(2, True), chb(3, False)], known=K(city="beijing", kids=["2018-09", "2021-04", "2023-11"]))
m("answer pregnancy multiples", "俩都是五月中旬 剖腹产提前定的日子", [due(2, nextmonth(5)), due(3, nextmonth(5))],
  asked="due_date", known=K(city="jinan", kids=[yo(3), {"due_date": None}, {"due_date": None}]))
m("relative_date multiples", "外孙外孙女双胞胎上周一生的 俺闺女头胎", [bd(1, lastweek(0)), bd(2, lastweek(0)), n(2)])
m("per_birth_hardship now_vs_birth birth_order", "生老大老二都在领低保 现在不领了", [chb(1, True), chb(2, True), f("hardship_now", False)],
  known=K(city="jinan", kids=["2017-05", "2020-12"]))

T("2025-03-18")  # Tuesday
m("hukou multiples age pregnancy", "俺们北京的 外地户口 头胎是双胞胎 俩闺女 两岁半 现在又怀上了 四个月",
  [f("city", "beijing"), f("hukou_in_city", False), n(2), bd(1, yo(2)), bd(2, yo(2)), due(3, preg(4))])
m("answer per_birth_hardship multiples", "生双胞胎那会儿俺俩都在厂里上班 啥补助也没领", [chb(1, False), chb(2, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2023-03", "2023-03"]))
m("multiples age per_birth_hardship birth_order", "老大十岁 老二老三双胞胎 五个月 仨孩子 老二老三出生时候吃着低保 老大那会没吃",
  [bd(1, yo(10)), bd(2, mo(5)), bd(3, mo(5)), n(3), chb(2, True), chb(3, True), chb(1, False)])
m("question multiples", "双胞胎的话补贴是给两份吗", [], known=K(city="jinan", kids=[yo(3), {"due_date": nextmonth(8)}]))
m("answer multiples age", "就一对双胞胎 男孩 一岁零三个月", [n(2), bd(1, age(1, 3)), bd(2, age(1, 3))], asked="children", known=K(city="beijing"))
m("multiples age hukou", "我是爷爷 孙子孙女是龙凤胎 快一岁了 家里就这俩娃 儿子儿媳在济南 都是济南户口",
  [bd(1, almost(1)), bd(2, almost(1)), n(2), f("city", "jinan"), f("hukou_in_city", True)])
m("correction per_birth_hardship multiples birth_order", "刚才说错了 失业金是生老大那年领的 不是生双胞胎那阵",
  [chb(2, False, "r"), chb(3, False, "r"), chb(1, True, "r")],
  known=K(city="beijing", kids=["2020-07", {"birth_date": "2024-10", "hardship_at_birth": True}, {"birth_date": "2024-10", "hardship_at_birth": True}]))
m("now_vs_birth per_birth_hardship multiples relative_date", "失业金今年一月开始领的 双胞胎去年十一月生的 那会儿还没领",
  [f("hardship_now", True), bd(2, "2024-11"), bd(3, "2024-11"), chb(2, False), chb(3, False)], known=K(city="jinan", kids=["2021-05"]))
m("height multiples", "双胞胎都是一米零五", [ht(1, 105), ht(2, 105)], known=K(city="jinan", kids=["2021-02", "2021-02"]))
m("chitchat", "这机器人还挺懂 比居委会说得明白", [])
m("answer multiples age birth_order", "济南 历城这边 家里老大八岁 下面龙凤胎 三岁", [f("city", "jinan"), bd(1, yo(8)), bd(2, yo(3)), bd(3, yo(3)), n(3)],
  asked="city")

T("2025-06-12")  # Thursday
m("relative_date multiples", "上周三生的仨 三胞胎 俩男一女 第一胎 医生说挺少见", [bd(1, lastweek(2)), bd(2, lastweek(2)), bd(3, lastweek(2)), n(3)])
m("answer per_birth_hardship multiples birth_order", "大的俩出生的时候没吃低保 双胞胎那会儿吃着", [chb(1, False), chb(2, False), chb(3, True), chb(4, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2012-04", "2016-09", "2022-01", "2022-01"]))
m("multiples age per_birth_hardship", "外孙外孙女双胞胎 七个月 闺女生他俩的时候正在领失业金 女婿有工作",
  [bd(1, mo(7)), bd(2, mo(7)), chb(1, True), chb(2, True)])
m("correction short_year birth_order", "刚才打错了 老大是一四年的 双胞胎没错", [bd(1, "2014", "r")], known=K(city="beijing", kids=["2016-02", "2021-07", "2021-07"]))
m("answer multiples age", "仨 都是同一天生的 三胞胎 今年五岁", [n(3), bd(1, yo(5)), bd(2, yo(5)), bd(3, yo(5))],
  asked="children", known=K(city="jinan", hukou_in_city=True))
m("answer housing_fund", "俺俩都交 姥爷也交着 为了孩子还得拼", [f("housing_fund_contributors", 3)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=["2024-05", "2024-05"]))
m("multiples age per_birth_hardship birth_order", "仨孩子 俩大的是双胞胎 十二岁 小的三岁 生小的那年领着特困 双胞胎那会儿没有",
  [n(3), bd(1, yo(12)), bd(2, yo(12)), bd(3, yo(3)), chb(3, True), chb(1, False), chb(2, False)])
m("multiples pregnancy age birth_order", "大宝两岁半 二胎怀的龙凤胎 预产期八月底", [bd(1, yo(2)), due(2, nextmonth(8)), due(3, nextmonth(8))])
m("answer pregnancy multiples", "医生说双胞胎一般提前 估计十月初", [due(2, nextmonth(10)), due(3, nextmonth(10))],
  asked="due_date", known=K(city="beijing", kids=[yo(4), {"due_date": None}, {"due_date": None}]))
m("now_vs_birth per_birth_hardship multiples", "双胞胎出生那年家里就吃低保了 吃到现在", [chb(1, True), chb(2, True), f("hardship_now", True)],
  known=K(city="beijing", kids=["2020-11", "2020-11"]))
m("question multiples", "三胞胎的话一次性补贴是按三个孩子算吗", [])
m("multiples age hukou birth_order", "老大十一 俩双胞胎六岁 一共仨 在北京 户口没迁过来",
  [bd(1, yo(11)), bd(2, yo(6)), bd(3, yo(6)), n(3), f("city", "beijing"), f("hukou_in_city", False)])

T("2025-08-05")  # Tuesday
m("multiples relative_date hukou", "头胎生了俩小子 今天刚好出生四十天 济南户口 在济南住",
  [bd(1, dago(40)), bd(2, dago(40)), n(2), f("city", "jinan"), f("hukou_in_city", True)])
m("answer per_birth_hardship multiples now_vs_birth birth_order", "老大没有 老二有 小的这对双胞胎也有 现在也还吃着",
  [chb(1, False), chb(2, True), chb(3, True), chb(4, True), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2013-06", "2019-02", "2025-04", "2025-04"]))
m("correction per_birth_hardship multiples", "不好意思 前面说错了 生双胞胎时候是领着失业金的", [chb(2, True, "r"), chb(3, True, "r")],
  known=K(city="jinan", kids=["2019-09", {"birth_date": "2025-06", "hardship_at_birth": False}, {"birth_date": "2025-06", "hardship_at_birth": False}]))
m("answer multiples relative_date", "两个 双胞胎 上周一生的 还在医院", [n(2), bd(1, lastweek(0)), bd(2, lastweek(0))], asked="children", known=K(city="beijing"))
m("per_birth_hardship multiples short_year", "16年 19年那两回都没领 23年生双胞胎那年领的特困",
  [chb(1, False), chb(2, False), chb(3, True), chb(4, True)], known=K(city="jinan", kids=["2016-04", "2019-10", "2023-05", "2023-05"]))
m("chitchat multiples", "唉 带双胞胎一宿睡不了几个钟头", [])
m("answer negation_housing", "嗯 租的 两室 双胞胎加上老人住挺挤", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=["2024-09", "2024-09"]))
m("question per_birth_hardship multiples", "要是生双胞胎的时候正好领着失业金 能多拿点吗", [chb(2, True, "q"), chb(3, True, "q")],
  known=K(city="jinan", kids=[yo(5), {"due_date": nextmonth(11)}, {"due_date": nextmonth(11)}]))
m("multiples age", "大孙女九岁 底下一对双胞胎孙女 快两岁了", [bd(1, yo(9)), bd(2, almost(2)), bd(3, almost(2)), n(3)])
m("pregnancy multiples insurance birth_order", "怀的双胞胎 六个月 第二胎 我是职工生育险 单位交的", [due(2, preg(6)), due(3, preg(6)), f("birth_insurance", "employee_maternity")],
  known=K(city="jinan", kids=[yo(4)]))
m("per_birth_hardship multiples birth_order duration", "生老大那年正好失业 领了半年失业金 后来生双胞胎的时候有工作了",
  [chb(1, True), chb(2, False), chb(3, False)], known=K(city="beijing", kids=["2018-03", "2022-12", "2022-12"]))
m("answer insurance", "居民医保 村里交的", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="jinan", kids=[yo(2), {"due_date": nextmonth(12)}, {"due_date": nextmonth(12)}]))

T("2025-10-22")  # Wednesday
m("multiples relative_date per_birth_hardship", "俺闺女去年生的双胞胎 头一胎 女婿那会儿领着失业金呢 现在在济南送外卖",
  [bd(1, year(-1)), bd(2, year(-1)), n(2), chb(1, True), chb(2, True), f("city", "jinan")])
m("answer per_birth_hardship multiples birth_order", "双胞胎那会儿没领 小的生的时候领着低保", [chb(1, False), chb(2, False), chb(3, True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2020-06", "2020-06", "2024-09"]))
m("multiples age birth_order", "家里三个娃 老大是闺女 老二老三龙凤胎 下个月满一周岁", [n(3), bd(2, almost(1)), bd(3, almost(1))])
m("correction multiples age", "不对 双胞胎是两岁半 不是三岁半", [bd(1, yo(2), "r"), bd(2, yo(2), "r")], known=K(city="jinan", kids=[yo(3), yo(3)]))
m("question", "补贴一般多久能到账 等着买奶粉呢", [])
m("per_birth_hardship multiples birth_order", "大的那个生的时候吃低保 小的那对双胞胎生的时候就不吃了", [chb(1, True), chb(2, False), chb(3, False)],
  known=K(city="beijing", kids=["2017-08", "2023-01", "2023-01"]))
m("answer pregnancy multiples relative_date", "还没有 怀着呢 双胞胎 预产期明年二月", [n(0), due(1, year(1) + "-02"), due(2, year(1) + "-02")],
  asked="children", known=K(city="jinan"))
m("relative_date multiples age birth_order", "上礼拜二 儿媳剖了对双胞胎 老大这下有弟弟妹妹了 老大六岁",
  [bd(2, lastweek(1)), bd(3, lastweek(1)), bd(1, yo(6)), n(3)])
m("answer negation_housing", "没有 就等着攒钱给俩娃买房呢", [f("owns_home_in_city", False, "c"), n(2)], asked="owns_home_in_city",
  known=K(city="beijing", kids=["2023-06", "2023-06"]))
m("answer hukou", "不是 户口还在菏泽老家", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=["2021-01", "2021-01"]))
m("multiples age per_birth_hardship birth_order", "四个孩子 老大十三 后面三个是三胞胎 三岁半 生三胞胎那年俺俩都领失业金",
  [n(4), bd(1, yo(13)), bd(2, yo(3)), bd(3, yo(3)), bd(4, yo(3)), chb(2, True), chb(3, True), chb(4, True)])
m("height question multiples", "双胞胎都还没到一米二 坐高铁要买票不", [below(1, 120), below(2, 120)], known=K(city="beijing", kids=[yo(4), yo(4)]))

T("2025-12-15")  # Monday
m("hukou multiples age insurance housing_fund", "我们在北京 户口北京的 头一胎就是双胞胎 俩丫头 刚满三个月 我是职工生育险 老公有公积金 我也有",
  [f("city", "beijing"), f("hukou_in_city", True), n(2), bd(1, mo(3)), bd(2, mo(3)), f("birth_insurance", "employee_maternity"), f("housing_fund_contributors", 2)])
m("answer per_birth_hardship multiples relative_date birth_order", "龙凤胎出生那年领着 今年生小的时候没了", [chb(1, True), chb(2, True), chb(3, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2021-09", "2021-09", "2025-11"]))
m("correction insurance multiples", "更正下 我是灵活就业 不是居民医保 双胞胎预产期还是三月", [f("birth_insurance", "flexible_employment", "r")],
  known=K(city="beijing", birth_insurance="resident_medical", kids=[{"due_date": "2026-03"}, {"due_date": "2026-03"}]))
m("per_birth_hardship multiples short_year birth_order", "15年那个和24年那个出生时都没领 19年双胞胎那会儿领着失业金",
  [chb(1, False), chb(4, False), chb(2, True), chb(3, True)], known=K(city="beijing", kids=["2015-05", "2019-07", "2019-07", "2024-01"]))
m("multiples age relative_date birth_order", "老大12岁 去年又添了三胞胎 一共四个娃", [bd(1, yo(12)), bd(2, year(-1)), bd(3, year(-1)), bd(4, year(-1)), n(4)])
m("answer multiples relative_date", "俩 是对龙凤胎 上个月二十号生的", [n(2), bd(1, thismonth(-1) + "-20"), bd(2, thismonth(-1) + "-20")],
  asked="children", known=K(city="beijing", hukou_in_city=False))
m("chitchat", "谢谢啊 我再问问孩子他爸 他懂这些", [])
m("multiples age pregnancy", "儿子五岁 这回怀了俩 三个月", [bd(1, yo(5)), due(2, preg(3)), due(3, preg(3))])
m("answer housing_fund", "就俺一个 孩子他妈生了双胞胎辞职在家带", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=["2025-05", "2025-05"]))
m("relative_date multiples birth_order", "上周五俺家添了双胞胎 老大都上初中了", [bd(2, lastweek(4)), bd(3, lastweek(4)), n(3)])
m("now_vs_birth per_birth_hardship multiples", "双胞胎是三月生的 那会儿我正领失业金 十月份领完了 现在啥也不领",
  [bd(1, pastmonth(3)), bd(2, pastmonth(3)), chb(1, True), chb(2, True), f("hardship_now", False)], known=K(city="beijing"))
m("answer height multiples birth_order", "大的一米三八 双胞胎一样高 都是九十六", [ht(1, 138), ht(2, 96), ht(3, 96)],
  asked="children.height_cm", known=K(city="jinan", kids=[yo(9), yo(3), yo(3)]))

T("2026-02-10")  # Tuesday
m("hukou multiples age per_birth_hardship birth_order", "济南的 外地户口 仨孩子 大的是龙凤胎 八岁 小的一岁半 生小的那会儿男人失业在领失业金 龙凤胎那会儿没领",
  [f("city", "jinan"), f("hukou_in_city", False), n(3), bd(1, yo(8)), bd(2, yo(8)), bd(3, yo(1)), chb(3, True), chb(1, False), chb(2, False)])
m("answer per_birth_hardship", "在领 那会儿吃着低保呢", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2024-12", "2024-12"]))
m("correction short_year birth_order", "老大是一八年十月的 刚才写成四月了", [bd(1, "2018-10", "r")], known=K(city="jinan", kids=["2018-04", "2023-09", "2023-09"]))
m("question multiples", "双胞胎坐地铁是不是一个免票一个要买", [])
m("answer pregnancy multiples", "大夫说四月中下旬 双胞胎可能早点", [due(2, nextmonth(4)), due(3, nextmonth(4))],
  asked="due_date", known=K(city="jinan", kids=[yo(6), {"due_date": None}, {"due_date": None}]))
m("pregnancy multiples insurance", "头胎 怀的双胞胎 七个月了 我俩都没单位 交的居民医保", [due(1, preg(7)), due(2, preg(7)), f("birth_insurance", "resident_medical")])
m("per_birth_hardship multiples now_vs_birth birth_order", "生老三老四的时候正吃着低保 生老大老二时候没有 现在还领着",
  [chb(3, True), chb(4, True), chb(1, False), chb(2, False), f("hardship_now", True)], known=K(city="beijing", kids=["2011-02", "2015-06", "2021-10", "2021-10"]))
m("chitchat", "快过年了 先给你拜个早年", [])
m("answer negation_housing", "打算 双胞胎大了租的房子住不开", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="jinan", owns_home_in_city=False, renting=True, kids=["2022-07", "2022-07"]))
m("relative_date multiples", "三胞胎今天满一百天 全家去照相", [bd(1, dago(100)), bd(2, dago(100)), bd(3, dago(100))])
m("answer multiples age", "北京大兴 孩子是双胞胎 五岁", [f("city", "beijing"), bd(1, yo(5)), bd(2, yo(5))], asked="city")
m("now_vs_birth per_birth_hardship multiples", "俺家这对双胞胎生的时候啥也没有 今年开始吃低保了", [chb(1, False), chb(2, False), f("hardship_now", True)],
  known=K(city="jinan", kids=["2022-05", "2022-05"]))

T("2026-05-20")  # Wednesday
m("hukou age multiples relative_date per_birth_hardship", "孩子姑姑帮着问 我哥嫂在北京 北京户口 大侄子九岁 去年嫂子又生了龙凤胎 生龙凤胎那会儿我哥正领失业金",
  [f("city", "beijing"), f("hukou_in_city", True), bd(1, yo(9)), bd(2, year(-1)), bd(3, year(-1)), n(3), chb(2, True), chb(3, True)])
m("answer per_birth_hardship multiples birth_order", "双胞胎和老三都没有 就老四生的时候在领特困", [chb(1, False), chb(2, False), chb(3, False), chb(4, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2019-03", "2019-03", "2022-08", "2026-01"]))
m("correction multiples relative_date", "刚才说的不对 双胞胎是今年一月三号生的 跨年了", [bd(2, "2026-01-03", "r"), bd(3, "2026-01-03", "r")],
  known=K(city="beijing", kids=["2020-09", "2025-12", "2025-12"]))
m("answer age pregnancy multiples", "两个大的 一个十岁一个七岁 怀着的是双胞胎 五个月", [n(2), bd(1, yo(10)), bd(2, yo(7)), due(3, preg(5)), due(4, preg(5))],
  asked="children", known=K(city="jinan", hukou_in_city=True))
m("question multiples", "生了双胞胎 产假能多给几天吗", [])
m("height multiples birth_order", "大的一米三二 双胞胎还不到一米", [ht(1, 132), below(2, 100), below(3, 100)], known=K(city="beijing", kids=[yo(8), yo(3), yo(3)]))
m("relative_date multiples age birth_order", "双胞胎上周日生的 这是二胎 老大四岁半", [bd(2, lastweek(6)), bd(3, lastweek(6)), bd(1, yo(4)), n(3)])
m("per_birth_hardship multiples short_year", "17年生闺女那会儿吃着低保 20年那对双胞胎出生时就不吃了", [chb(1, True), chb(2, False), chb(3, False)],
  known=K(city="jinan", kids=["2017-11", "2020-02", "2020-02"]))
m("answer housing_fund", "没人交 俩孩子的爹妈都在家带娃", [f("housing_fund_contributors", 0), n(2)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[yo(2), yo(2)]))
m("chitchat multiples", "哈哈 双胞胎满月酒还没摆呢 先把补贴弄明白", [])
m("answer insurance", "单位交的生育保险 职工那种", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": nextmonth(9)}, {"due_date": nextmonth(9)}]))
m("multiples age", "儿子家就三胞胎仨孩子 两岁了", [n(3), bd(1, yo(2)), bd(2, yo(2)), bd(3, yo(2))])

T("2026-07-14")  # Tuesday
m("hukou multiples age relative_date per_birth_hardship", "俺是姥爷 闺女在济南 济南户口 头胎生的双胞胎外孙 四岁 今年三月又添个外孙女 一共仨外孙 生外孙女时闺女领着失业金 双胞胎那会儿没领",
  [f("city", "jinan"), f("hukou_in_city", True), bd(1, yo(4)), bd(2, yo(4)), bd(3, "2026-03"), n(3), chb(3, True), chb(1, False), chb(2, False)])
m("answer per_birth_hardship multiples birth_order now_vs_birth", "大的那会儿没有 刚生的这对双胞胎赶上了 他爸三月份就开始领失业金",
  [chb(1, False), chb(2, True), chb(3, True), f("hardship_now", True)], asked="hardship_at_birth", known=K(city="beijing", kids=["2016-01", "2026-06", "2026-06"]))
m("correction hukou", "搞错了 俺们户口去年就迁到济南了 双胞胎也是济南户口", [f("hukou_in_city", True, "r")],
  known=K(city="jinan", hukou_in_city=False, kids=["2023-04", "2023-04"]))
m("answer multiples relative_date", "俩 双胞胎 一男一女 今年三月十二号", [n(2), bd(1, "2026-03-12"), bd(2, "2026-03-12")], asked="children", known=K(city="beijing"))
m("question birth_order", "要是明年再要一个 能领多少", [due(3, year(1), "q")], known=K(city="jinan", kids=[yo(3), yo(3)]))
m("chitchat multiples", "奶粉尿不湿都得买双份 愁人", [])
m("now_vs_birth per_birth_hardship multiples", "俺家一直领特困 龙凤胎那年也领着 现在还领", [f("hardship_now", True), chb(1, True), chb(2, True)],
  known=K(city="beijing", kids=["2023-10", "2023-10"]))
m("pregnancy multiples age birth_order", "二胎查出来是双胞胎 预产期十二月 老大三岁", [due(2, nextmonth(12)), due(3, nextmonth(12)), bd(1, yo(3))])
m("answer negation_housing", "没 住的俺公婆的房", [f("renting", False, "c")], asked="renting", known=K(city="jinan", kids=["2024-02", "2024-02"]))
m("answer height multiples", "双胞胎都一米一八", [ht(1, 118), ht(2, 118)], asked="children.height_cm", known=K(city="beijing", kids=[yo(6), yo(6), mo(10)]))
m("multiples age birth_order", "我们加三个孩纸 老大七岁 老二老三是双包胎 一岁", [n(3), bd(1, yo(7)), bd(2, yo(1)), bd(3, yo(1))])
m("per_birth_hardship multiples birth_order", "俩大的出生那阵吃着低保 小的没赶上", [chb(1, True), chb(2, True), chb(3, False)],
  known=K(city="jinan", kids=["2019-08", "2019-08", "2025-02"]))

T("2026-09-03")  # Thursday
m("hukou multiples age relative_date per_birth_hardship birth_order", "北京的 户口不在北京 一共四个孩子 大的俩是双胞胎 十岁 老三六岁 老四上周二刚生 生老四时候吃低保 前三个都没吃",
  [f("city", "beijing"), f("hukou_in_city", False), n(4), bd(1, yo(10)), bd(2, yo(10)), bd(3, yo(6)), bd(4, lastweek(1)), chb(4, True), chb(1, False), chb(2, False), chb(3, False)])
m("answer per_birth_hardship birth_order", "老二那回领失业金了 其他几回都没有", [chb(2, True), chb(1, False), chb(3, False), chb(4, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2014-07", "2018-12", "2024-05", "2024-05"]))
m("correction pregnancy multiples relative_date", "说错了 双胞胎预产期是明年一月 不是十二月", [due(2, "2027-01", "r"), due(3, "2027-01", "r")],
  known=K(city="beijing", kids=[yo(5), {"due_date": "2026-12"}, {"due_date": "2026-12"}]))
m("answer pregnancy multiples", "11月6号 剖", [due(1, nextmonth(11, 6)), due(2, nextmonth(11, 6))], asked="due_date",
  known=K(city="jinan", kids=[{"due_date": None}, {"due_date": None}]))
m("question multiples", "双胞胎的育儿补贴是每个孩子都给吗", [])
m("multiples age", "龙凤胎刚满两周岁 是我们头胎 后面没打算再要", [bd(1, just(2)), bd(2, just(2)), n(2)])
m("answer negation_housing", "有一套 老大出生前买的", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="beijing", kids=[yo(8), mo(5), mo(5)]))
m("chitchat", "俺眼神不好 字大点行不", [])
m("per_birth_hardship now_vs_birth multiples", "生双胞胎那阵正领着失业金 后来早没了", [chb(1, True), chb(2, True), f("hardship_now", False)],
  known=K(city="jinan", kids=["2021-04", "2021-04"]))
m("answer hukou", "是 俺和孩子他爹都是北京户口", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing", kids=["2025-01", "2025-01"]))
m("pregnancy multiples", "怀了三胞胎 四个月 这是头胎 医生让多休息", [due(1, preg(4)), due(2, preg(4)), due(3, preg(4))])
m("per_birth_hardship multiples numerals short_year", "二零年生双胞胎时候没领 二三年那个生的时候领特困呢", [chb(1, False), chb(2, False), chb(3, True)],
  known=K(city="beijing", kids=["2020-03", "2020-03", "2023-07"]))

T("2026-10-19")  # Monday
m("hukou multiples age per_birth_hardship", "问下 济南的 济南户口 俩孩子是双胞胎 哥俩差十分钟 今年六岁 生的时候俺俩都领失业金",
  [f("city", "jinan"), f("hukou_in_city", True), n(2), bd(1, yo(6)), bd(2, yo(6)), f("hardship_at_birth", True)])
m("answer per_birth_hardship multiples birth_order", "老大老二都没有 上个月生双胞胎时在领低保", [chb(1, False), chb(2, False), chb(3, True), chb(4, True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2018-02", "2022-06", "2026-09", "2026-09"]))
m("correction per_birth_hardship birth_order", "不对 老大出生那会儿没领 是后来才领的", [chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2016-05", "hardship_at_birth": True}, "2023-11", "2023-11"]))
m("multiples age pregnancy birth_order", "仨孩子 老大八岁半 老二老三双胞胎 三岁 肚子里还有一个 俩月",
  [n(3), bd(1, yo(8)), bd(2, yo(3)), bd(3, yo(3)), due(4, preg(2))])
m("answer height multiples birth_order", "老大一米四八 双胞胎都没到一米一", [ht(1, 148), below(2, 110), below(3, 110)],
  asked="children.height_cm", known=K(city="beijing", kids=[yo(11), yo(4), yo(4)]))
m("chitchat multiples", "今天降温了 双胞胎都感冒了 晚点再聊", [])
m("question per_birth_hardship multiples", "如果生双胞胎那会儿我们在吃低保 现在能补申请吗", [chb(1, True, "q"), chb(2, True, "q")],
  known=K(city="beijing", kids=["2025-03", "2025-03"]))
m("relative_date multiples negation_housing", "上周五闺女生了对双胞胎 俺外孙 头胎 在北京住 租房",
  [bd(1, lastweek(4)), bd(2, lastweek(4)), n(2), f("city", "beijing"), f("renting", True)])
m("answer negation_housing", "不打算 俩孩子上学花钱的地方多", [f("buying_first_home", False, "c"), n(2)], asked="buying_first_home",
  known=K(city="jinan", owns_home_in_city=False, kids=["2020-10", "2020-10"]))
m("now_vs_birth per_birth_hardship multiples short_year", "21年生大的时候吃低保 24年生双胞胎时候没吃 今年又开始吃了",
  [chb(1, True), chb(2, False), chb(3, False), f("hardship_now", True)], known=K(city="jinan", kids=["2021-03", "2024-08", "2024-08"]))

T("2026-11-30")  # Monday, month end
m("hukou age multiples relative_date per_birth_hardship", "我是太奶奶 替孙子问 孙子家在北京 外地户口 大重孙女五岁 今年四月又添一对双胞胎重孙 生双胞胎时孙子领着失业金 生大的时候没领",
  [f("city", "beijing"), f("hukou_in_city", False), bd(1, yo(5)), bd(2, "2026-04"), bd(3, "2026-04"), n(3), chb(2, True), chb(3, True), chb(1, False)])
m("answer per_birth_hardship multiples", "龙凤胎出生那年我俩都没工作 领着失业金", [chb(1, True), chb(2, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2022-10", "2022-10"]))
m("correction relative_date birth_order", "更正 小的是九月二十八号生的", [bd(3, pastmonth(9, 28), "r")], known=K(city="beijing", kids=["2019-06", "2019-06", "2026-09"]))
m("answer pregnancy multiples", "明年3月上旬 双胞胎", [due(2, year(1) + "-03"), due(3, year(1) + "-03")], asked="due_date",
  known=K(city="beijing", kids=[yo(2), {"due_date": None}, {"due_date": None}]))
m("answer pregnancy multiples", "一个也没生 头胎怀的双胞胎 五个月", [n(0), due(1, preg(5)), due(2, preg(5))], asked="children", known=K(city="jinan"))
m("chitchat", "月底了 忙着对账 明天再来问", [])
m("question multiples", "龙凤胎和双胞胎补贴一样吗", [])
m("multiples age hukou per_birth_hardship birth_order", "大宝十二 二宝三宝双胞胎 一岁零两个月 三个娃都是济南户口 生二宝三宝时候领低保",
  [bd(1, yo(12)), bd(2, age(1, 2)), bd(3, age(1, 2)), n(3), f("city", "jinan"), f("hukou_in_city", True), chb(2, True), chb(3, True)])
m("answer housing_fund", "就孩子他爸 俺在家看双胞胎", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[yo(9), yo(9)]))
m("per_birth_hardship multiples birth_order", "第一胎没领 第二胎双胞胎那回领了 第三胎又没领", [chb(1, False), chb(2, True), chb(3, True), chb(4, False)],
  known=K(city="jinan", kids=["2015-09", "2020-04", "2020-04", "2024-12"]))
m("correction per_birth_hardship now_vs_birth multiples", "生双胞胎那会儿其实不领 现在才领", [chb(1, False, "r"), chb(2, False, "r"), f("hardship_now", True)],
  known=K(city="beijing", kids=[{"birth_date": "2024-06", "hardship_at_birth": True}, {"birth_date": "2024-06", "hardship_at_birth": True}]))
m("multiples age birth_order", "老大快十岁了 三胞胎刚满月 四个", [bd(1, almost(10)), bd(2, mo(1)), bd(3, mo(1)), bd(4, mo(1)), n(4)])

T("2025-04-01")  # Tuesday
m("multiples age", "清明前问一下 俺在济南 俩双胞胎闺女 一岁半 头胎", [f("city", "jinan"), bd(1, yo(1)), bd(2, yo(1)), n(2)])
m("answer per_birth_hardship multiples birth_order", "大的那个有 双胞胎没有", [chb(1, True), chb(2, False), chb(3, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2010-05", "2014-08", "2014-08"]))
m("correction now_vs_birth", "不好意思 现在没领了 上个月停的", [f("hardship_now", False, "r")],
  known=K(city="jinan", hardship_now=True, kids=["2023-12", "2023-12"]))
m("answer multiples age birth_order", "三个 大的九岁 俩小的是龙凤胎 两岁", [n(3), bd(1, yo(9)), bd(2, yo(2)), bd(3, yo(2))], asked="children", known=K(city="beijing"))
m("housing_fund multiples age", "北京的 老公单位交公积金 我没有 双胞胎五个月 头胎", [f("city", "beijing"), f("housing_fund_contributors", 1), bd(1, mo(5)), bd(2, mo(5)), n(2)])
m("per_birth_hardship now_vs_birth multiples birth_order", "生老二老三那阵俺家是特困户 现在也是", [chb(2, True), chb(3, True), f("hardship_now", True)],
  known=K(city="beijing", kids=["2019-12", "2024-06", "2024-06"]))
m("question multiples", "三胞胎能领三份一次性补贴不", [])
m("relative_date multiples hukou", "孙子孙女龙凤胎上周四生的 俺儿子家头一胎 济南户口",
  [bd(1, lastweek(3)), bd(2, lastweek(3)), n(2), f("city", "jinan"), f("hukou_in_city", True)])
m("answer insurance", "没交 啥保险都没有", [f("birth_insurance", "none")], asked="birth_insurance",
  known=K(city="jinan", kids=[yo(6), {"due_date": nextmonth(7)}, {"due_date": nextmonth(7)}]))
