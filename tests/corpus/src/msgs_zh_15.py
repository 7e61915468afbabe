# Chinese, batch 15: short fragments and voice-to-text style (那个 嗯 就是说, homophone typos 公基金 户扣 低包
# 生于险 双包胎), terse answers to the bot's questions, Chinese numerals and full-width digits, dotted/slashed
# dates, ages in every form, fragment corrections (不对 是三月 / 是老二不是老大), now vs at-birth hardship
T("2025-01-31")  # Friday, month end
m("age", "那个 嗯 孩子一岁多 男孩", [bd(1, yo(1))])
m("numerals birth_order", "老大二零一九年五月生的 老二是二零二二年十月", [bd(1, "2019-05"), bd(2, "2022-10")])
m("multiples age birth_order", "就是说 仨孩子 一个哥哥七岁 然后一对双包胎十一个月",
  [n(3), bd(1, yo(7)), bd(2, mo(11)), bd(3, mo(11))])
m("answer", "济南 槐荫区", [f("city", "jinan")], asked="city")
m("answer hukou", "不是 户扣在聊城", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan"))
m("per_birth_hardship", "生娃那时候家里领着低包呢", [f("hardship_at_birth", True)])
m("answer housing_fund", "公基金就我老公交 我没有", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan"))
m("age", "闺女刚出生三天 还在医院", [bd(1, dago(3))])
m("answer height", "一米一二 穿着鞋量的", [ht(1, 112)], asked="children.height_cm", known=K(city="jinan", kids=["2020-08"]))
m("correction short_year numerals", "不对 是二四年三月 不是二月", [bd(1, "2024-03", "r")],
  known=K(city="jinan", kids=["2024-02"]))
m("pregnancy", "怀孕五个月了 头胎", [due(1, preg(5))])
m("answer pregnancy", "二月底吧 呃 差不多", [due(1, nextmonth(2))], asked="due_date", known=K(city="beijing", kids=[{"due_date": None}]))
m("question hukou", "要是户扣迁过来 能多领不", [f("hukou_in_city", True, "q")], known=K(city="jinan", hukou_in_city=False))
m("question chitchat", "一个月给多少钱啊")
m("now_vs_birth per_birth_hardship", "现在在领失业金 生孩子那会儿没领", [f("hardship_now", True), f("hardship_at_birth", False)])
m("answer negation_housing", "没有 租房住", [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city",
  known=K(city="beijing"))
m("answer insurance duration", "生于险单位交的 交了四年多", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="beijing", kids=["2024-11"]))
m("relative_date", "昨天生的 七斤二两 大胖小子", [bd(1, back(1))])
m("answer numerals", "就一个 ２０２３年８月生的", [n(1), bd(1, "2023-08")], asked="children", known=K(city="beijing"))
m("chitchat", "好的谢谢 过年好")

T("2025-02-11")  # Tuesday
m("relative_date birth_order", "上周六 老二生了 男孩", [bd(2, lastweek(5))])
m("age birth_order", "嗯 那个 我闺女生的 外孙女两岁零三个月 外孙刚满月", [bd(1, age(2, 3)), bd(2, mo(1))])
m("answer negation_housing", "对 租的 一个月三千五", [f("renting", True, "c")], asked="renting", known=K(city="beijing"))
m("answer negation_housing", "没有 还租着呢", [f("owns_home_in_city", False, "c"), f("renting", True)],
  asked="owns_home_in_city", known=K(city="jinan"))
m("answer negation_housing", "打算 看了好几个盘了", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="jinan", owns_home_in_city=False))
m("per_birth_hardship birth_order", "老大出生那年领的特困 老二那会儿已经不领了", [chb(1, True), chb(2, False)])
m("answer housing_fund", "俩 我跟我对象", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="beijing"))
m("age", "孩子十一个月 还不会走呢 急死了", [bd(1, mo(11))])
m("height birth_order", "大宝一米零八 二宝九十五", [ht(1, 108), ht(2, 95)])
m("correction birth_order height", "不对不对 一米二是老二 老大一米三五", [ht(2, 120, "r"), ht(1, 135, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2016-06", "height_cm": 120}, "2018-09"]))
m("numerals pregnancy", "预产期是二零二五年七月十号", [due(1, "2025-07-10")])
m("short_year birth_order", "老大18.9.5生的 老二21.11.20", [bd(1, "2018-09-05"), bd(2, "2021-11-20")])
m("question birth_order", "要是明年再生个老三 还给钱不", [due(3, year(1), "q")], known=K(city="jinan", kids=["2019-01", "2022-06"]))
m("now_vs_birth", "低包是去年才开始领的 现在还领着", [f("hardship_now", True)])
m("insurance", "我是灵活就业 自己交的社保", [f("birth_insurance", "flexible_employment")])
m("hukou", "俺们是北京户扣 一直在北京住", [f("city", "beijing"), f("hukou_in_city", True)])
m("chitchat", "呃 怎么申请啊 去哪办")
m("answer age", "一个 刚满两周岁", [n(1), bd(1, just(2))], asked="children", known=K(city="jinan"))

T("2025-09-30")  # Tuesday, month end
m("relative_date", "上周日生的 剖的 母子平安", [bd(1, lastweek(6))])
m("answer short_year", "一个 24.3.5的", [n(1), bd(1, "2024-03-05")], asked="children", known=K(city="jinan"))
m("age hukou", "快两岁了 男孩 户扣济南的", [bd(1, almost(2)), f("city", "jinan"), f("hukou_in_city", True)])
m("answer age", "两个 一个六岁一个刚满三岁", [n(2), bd(1, yo(6)), bd(2, just(3))], asked="children", known=K(city="beijing"))
m("answer pregnancy", "医生说十月下旬", [due(1, nextmonth(10))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("multiples pregnancy age birth_order", "怀的双包胎 七个月了 老大四岁", [bd(1, yo(4)), due(2, preg(7)), due(3, preg(7))])
m("per_birth_hardship multiples birth_order", "生双包胎那会领着失业金 老大那时候没有",
  [chb(2, True), chb(3, True), chb(1, False)], known=K(city="jinan", kids=["2018-03", "2024-05", "2024-05"]))
m("answer housing_fund", "公基金 没人交 都是打零工的", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="jinan"))
m("answer negation_housing", "不打算 那个 呃 手里没钱", [f("buying_first_home", False, "c")], asked="buying_first_home",
  known=K(city="beijing"))
m("answer height birth_order", "大的一米二八 小的还不到一米 九十二", [ht(1, 128), ht(2, 92)], asked="children.height_cm",
  known=K(city="beijing", kids=["2018-07", "2022-11"]))
m("correction age", "说错了 是三岁 不是两岁", [bd(1, yo(3), "r")], known=K(city="jinan", kids=[yo(2)]))
m("answer insurance", "居民医保", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="jinan", kids=["2025-08"]))
m("numerals", "两千零二十三年八月八号生的 闺女", [bd(1, "2023-08-08")])
m("relative_date", "这个月刚生的 还没上户扣", [bd(1, thismonth(0))])
m("question chitchat", "一米二以下是不是不要钱")
m("chitchat", "嗯嗯 好的 我再问问我老公")
m("answer per_birth_hardship", "没 没领过低包", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2025-06"]))
m("now_vs_birth per_birth_hardship birth_order", "生老二那阵子领特困 现在不领了 老二现在十个月",
  [chb(2, True), f("hardship_now", False), bd(2, mo(10))])
m("pregnancy birth_order numerals", "二胎预产期二零二六年一月 老大九岁", [due(2, "2026-01"), bd(1, yo(9))])

T("2026-02-28")  # Saturday, month end
m("relative_date", "宝宝昨天晚上十点生的", [bd(1, back(1))])
m("relative_date birth_order", "老二前天出生的 老大五岁半", [bd(2, back(2)), bd(1, yo(5))])
m("relative_date", "外孙是去年十月生的 我天天去看", [bd(1, year(-1) + "-10")])
m("multiples age", "生了三胞胎 刚出生三天 都在保温箱", [n(3), bd(1, dago(3)), bd(2, dago(3)), bd(3, dago(3))])
m("answer per_birth_hardship", "没有 没领过", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2025-12"]))
m("answer hukou", "嗯 是 京户", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing"))
m("per_birth_hardship birth_order", "老三出生那时候家里是特困户", [chb(3, True)],
  known=K(city="jinan", kids=["2015-04", "2019-09", "2025-11"]))
m("answer housing_fund", "就我一个人交", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan"))
m("age", "孙子一岁两个月 会叫奶奶了", [bd(1, age(1, 2))])
m("short_year", "孩子2024/03出生的", [bd(1, "2024-03")])
m("correction", "不对 我们在济南 不在北京", [f("city", "jinan", "r")], known=K(city="beijing"))
m("correction hukou", "更正一下 户扣还没迁 不是本地的", [f("hukou_in_city", False, "r")], known=K(city="beijing", hukou_in_city=True))
m("now_vs_birth per_birth_hardship birth_order", "生老大时候没领低包 现在领着呢", [chb(1, False), f("hardship_now", True)])
m("question negation_housing", "假如我们买第一套房 公基金能贷多少", [f("buying_first_home", True, "q")])
m("negation_housing", "家里没房 住单位宿舍", [f("owns_home_in_city", False)])
m("correction insurance", "说错了 是单位交的生于险 不是居民的", [f("birth_insurance", "employee_maternity", "r")],
  known=K(city="beijing", birth_insurance="resident_medical", kids=["2025-10"]))
m("answer multiples", "俩 双包胎 八个月", [n(2), bd(1, mo(8)), bd(2, mo(8))], asked="children", known=K(city="jinan"))
m("answer negation_housing", "不是 住我爸妈的房子", [f("renting", False, "c")], asked="renting", known=K(city="beijing"))
m("chitchat", "过完年了 啥时候能办")

T("2026-05-13")  # Wednesday
m("relative_date", "上周一生的 闺女 六斤八两", [bd(1, lastweek(0))])
m("relative_date multiples", "上周五剖的 双包胎 头一回当妈", [n(2), bd(1, lastweek(4)), bd(2, lastweek(4))])
m("age", "那个 孩子半岁了 就是说 能领啥", [bd(1, mo(6))])
m("answer age birth_order", "三个 老大十岁 老二六岁 老三十一个月", [n(3), bd(1, yo(10)), bd(2, yo(6)), bd(3, mo(11))],
  asked="children", known=K(city="beijing"))
m("answer pregnancy", "明年一月", [due(1, "2027-01")], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("answer height", "身高一米一 体重四十斤", [ht(1, 110)], asked="children.height_cm", known=K(city="jinan", kids=["2022-02"]))
m("answer negation_housing", "有 有一套 在昌平", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="beijing"))
m("answer housing_fund duration", "我跟媳妇都交公基金 俩人 交了三年", [f("housing_fund_contributors", 2)],
  asked="housing_fund_contributors", known=K(city="beijing"))
m("per_birth_hardship birth_order", "生老二的时候领低包 老大那时候没有", [chb(2, True), chb(1, False)])
m("correction per_birth_hardship birth_order", "不对 领低包的是生老二那会儿 不是老大", [chb(2, True, "r"), chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2019-04", "hardship_at_birth": True}, "2023-07"]))
m("numerals pregnancy", "预产期２０２６年１０月", [due(1, "2026-10")])
m("relative_date birth_order", "二宝上个月生的 大宝三岁", [bd(2, thismonth(-1)), bd(1, yo(3))])
m("question insurance", "如果是灵活就业交的社保 生孩子能报销吗", [f("birth_insurance", "flexible_employment", "q")])
m("question chitchat", "生育津贴一个月能有多少")
m("answer", "北京吧 在北京上班", [f("city", "beijing")], asked="city")
m("age birth_order", "奶奶替孙子问一下 大孙子五岁 小孙女快一岁了", [bd(1, yo(5)), bd(2, almost(1))])
m("now_vs_birth duration", "老公上个月失业了 在领失业金 能领十二个月", [f("hardship_now", True)])
m("correction", "说错了 孩子不是一个 是两个", [n(2, "r")], known=K(city="beijing", kids=["2026-03"]))
m("answer per_birth_hardship", "嗯 领着特困呢 那时候", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2026-01"]))

T("2027-01-07")  # Thursday
m("relative_date", "上周四生的 赶在年前了", [bd(1, lastweek(3))])
m("relative_date", "孩子去年12月生的", [bd(1, year(-1) + "-12")])
m("relative_date birth_order", "老大大前年生的 老二前年", [bd(1, year(-3)), bd(2, year(-2))])
m("numerals", "二零二六年十二月三十一号生的 跨年宝宝", [bd(1, "2026-12-31")])
m("answer short_year", "呃 一个 23年12月的", [n(1), bd(1, "2023-12")], asked="children", known=K(city="jinan"))
m("answer age", "俩 一个三岁多 一个十个月", [n(2), bd(1, yo(3)), bd(2, mo(10))], asked="children", known=K(city="beijing"))
m("answer", "北京 朝阳这边", [f("city", "beijing")], asked="city")
m("answer insurance", "啥也没交 那会没工作", [f("birth_insurance", "none")], asked="birth_insurance", known=K(city="jinan", kids=["2026-11"]))
m("answer housing_fund", "仨 我 我老公 还有我小叔子", [f("housing_fund_contributors", 3)], asked="housing_fund_contributors",
  known=K(city="beijing"))
m("now_vs_birth per_birth_hardship", "现在没领了 生的时候领过特困", [f("hardship_now", False), f("hardship_at_birth", True)])
m("per_birth_hardship multiples birth_order", "生这俩双包胎的时候领低包 生老大那会儿没有", [chb(2, True), chb(3, True), chb(1, False)],
  known=K(city="jinan", kids=["2017-05", "2026-12", "2026-12"]))
m("correction pregnancy", "不对 预产期是四月 医生刚改的", [due(1, nextmonth(4), "r")], known=K(city="beijing", kids=[{"due_date": "2027-03"}]))
m("correction", "说错了 是三个孩子 不是俩", [n(3, "r")], known=K(city="jinan", kids=["2015-02", "2020-06"]))
m("negation_housing", "自己没房 也不打算买 一直租着", [f("owns_home_in_city", False), f("buying_first_home", False), f("renting", True)])
m("answer height", "一米二五 上个月学校量的", [ht(1, 125)], asked="children.height_cm", known=K(city="jinan", kids=["2019-09"]))
m("question birth_order", "假如后年要二胎 还有补贴吗", [due(2, year(2), "q")], known=K(city="jinan", kids=["2024-03"]))
m("chitchat", "新年好 麻烦问下")
m("multiples pregnancy birth_order", "呃那个 怀了双包胎 三个月 老大是姐姐 五岁", [bd(1, yo(5)), due(2, preg(3)), due(3, preg(3))])
m("hukou", "户扣在济南 孩子也落上了", [f("city", "jinan"), f("hukou_in_city", True)])

T("2027-03-31")  # Wednesday, month end
m("relative_date", "上周二凌晨生的 顺产", [bd(1, lastweek(1))])
m("birth_order", "二宝三月十二号生的 就这个月", [bd(2, pastmonth(3, 12))])
m("birth_order", "老大十二月生的 老二还在肚子里", [bd(1, pastmonth(12)), due(2, None)])
m("age", "嗯 孩子两岁半 女孩", [bd(1, yo(2))])
m("age birth_order", "闺女家俩孩子 外孙快三岁了 外孙女刚满月", [n(2), bd(1, almost(3)), bd(2, mo(1))])
m("answer per_birth_hardship", "嗯 有 那会儿领低包", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2026-09"]))
m("answer negation_housing", "不打算 有房了", [f("buying_first_home", False, "c"), f("owns_home_in_city", True)],
  asked="buying_first_home", known=K(city="jinan"))
m("multiples age", "三胞胎 俩男一女 一岁两个月", [n(3), bd(1, age(1, 2)), bd(2, age(1, 2)), bd(3, age(1, 2))])
m("answer pregnancy", "怀了四个月 具体哪天还没说", [due(2, preg(4))], asked="due_date",
  known=K(city="jinan", kids=["2022-05", {"due_date": None}]))
m("correction short_year numerals", "呃不对 是二五年五月 不是三月", [bd(1, "2025-05", "r")], known=K(city="jinan", kids=["2025-03"]))
m("correction housing_fund", "公基金说错了 就一个人交 我老婆辞职了", [f("housing_fund_contributors", 1, "r")],
  known=K(city="beijing", housing_fund_contributors=2))
m("answer insurance", "单位交的 有生于险", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="jinan", kids=["2027-02"]))
m("question height", "我家老大一米三二 去景区要买全票吗", [ht(1, 132)])
m("per_birth_hardship now_vs_birth", "俩孩子出生的时候都领着低包 现在也还领着", [n(2), f("hardship_at_birth", True), f("hardship_now", True)])
m("answer height", "九十八公分", [ht(1, 98)], asked="children.height_cm", known=K(city="beijing", kids=["2024-10"]))
m("duration housing_fund", "公基金交了五年了 我老公也交", [f("housing_fund_contributors", 2)])
m("question hukou", "如果我们户扣落下来 补贴能多吗", [f("hukou_in_city", True, "q")], known=K(city="beijing", hukou_in_city=False))
m("chitchat", "月底了 啥时候发钱啊")

T("2027-08-19")  # Thursday
m("relative_date birth_order", "老二上周三生的 老大一岁多", [bd(2, lastweek(2)), bd(1, yo(1))])
m("age", "宝宝出生一百天了 今天办百日宴", [bd(1, dago(100))])
m("age", "那个 刚出生五天 就是说 户扣还没上", [bd(1, dago(5))])
m("age", "孩子两周大", [bd(1, dago(14))])
m("multiples age birth_order", "四个娃 大的九岁 二的六岁 然后双包胎两个月",
  [n(4), bd(1, yo(9)), bd(2, yo(6)), bd(3, mo(2)), bd(4, mo(2))])
m("answer multiples", "三个 老大七岁 下面一对双包胎快两岁了", [n(3), bd(1, yo(7)), bd(2, almost(2)), bd(3, almost(2))],
  asked="children", known=K(city="jinan"))
m("answer housing_fund", "没有 都没交", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="jinan"))
m("per_birth_hardship birth_order", "老大那会儿领失业金 老二老三都没领", [chb(1, True), chb(2, False), chb(3, False)])
m("now_vs_birth duration", "低包领了两年 现在停了", [f("hardship_now", False)])
m("correction birth_order height", "是老大不是老二 一米一八的是老大", [ht(1, 118, "r")],
  known=K(city="beijing", kids=["2019-06", {"birth_date": "2023-04", "height_cm": 118}]))
m("correction height", "呃 不对 一米零二 刚才打错了", [ht(1, 102, "r")], known=K(city="jinan", kids=[{"birth_date": "2023-05", "height_cm": 120}]))
m("numerals pregnancy", "预产期是二零二八年二月三号", [due(1, "2028-02-03")])
m("answer pregnancy", "过完年 二月份", [due(1, nextmonth(2))], asked="due_date", known=K(city="beijing", kids=[{"due_date": None}]))
m("question chitchat", "双包胎是不是每个孩子都给")
m("question chitchat", "是不是三岁以下每年三千六")
m("answer hukou", "没 户扣在河北", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing"))
m("answer negation_housing", "是 租的 没打算买", [f("renting", True, "c"), f("buying_first_home", False)], asked="renting",
  known=K(city="beijing"))
m("answer insurance", "孩他妈是居民医保 没上班", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="jinan", kids=["2027-06"]))
