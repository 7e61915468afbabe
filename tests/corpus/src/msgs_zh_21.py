# Chinese, batch 21: ages in every form (三岁半 两岁多 一岁零两个月 刚满月 八个月大 快三岁 下个月满两岁 百天), relative dates
# (前天 大前天 上个月底 上上个月 上周X), numerals and short years (21年 22.12 23.5.1 full-width digits, 十一月三号), typos
# (岁/睡 月/曰), several children per message, mixed with housing, hukou, insurance, hardship and negations; loose answers
T("2025-01-06")  # Monday
m("age birth_order", "老大三睡半了 老二一岁零两个月 天天打架 头疼", [bd(1, yo(3)), bd(2, age(1, 2))])
m("relative_date", "大前天剖的 七斤二两 母子平安 谢谢关心", [bd(1, back(3))])
m("relative_date", "上周三我孙女出生了 俺当姥姥了 高兴得睡不着", [bd(1, lastweek(2))])
m("answer short_year relative_date birth_order", "俩 大的22.12生的 小的上个月底刚生", [n(2), bd(1, "2022-12"), bd(2, thismonth(-1))],
  asked="children", known=K(city="beijing"))
m("answer numerals short_year hukou", "孩子２３年５月１号生的 我们在北京 户口在老家河北",
  [bd(1, "2023-05-01"), f("hukou_in_city", False)], asked="children", known=K(city="beijing"))
m("answer housing_fund", "就我老公一个人交 我没工作", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(2)]))
m("multiples pregnancy age birth_order", "怀双胞胎六个月了 家里老大四岁多 愁死了",
  [bd(1, yo(4)), due(2, preg(6)), due(3, preg(6))])
m("per_birth_hardship now_vs_birth birth_order", "生老大那年吃着低保 生老二的时候就不吃了 现在也不吃了",
  [chb(1, True), chb(2, False), f("hardship_now", False)])
m("answer negation_housing", "没有 跟我爸妈住一块", [f("renting", False, "c")], asked="renting", known=K(city="jinan"))
m("answer numerals relative_date", "宝宝十一月三号生的 正好跟我一天生日", [bd(1, pastmonth(11, 3))],
  asked="children", known=K(city="jinan"))
m("correction short_year numerals", "说错了 孩子是二一年五曰的 不是三月", [bd(1, "2021-05", "r")],
  known=K(city="jinan", kids=["2021-03"]))
m("question birth_order", "要是今年再生个老三 补贴咋算", [due(3, year(), "q")], known=K(city="jinan", kids=["2019-06", "2022-08"]))
m("answer height birth_order", "大闺女一米零五 小儿子八十八公分", [ht(1, 105), ht(2, 88)],
  asked="children.height_cm", known=K(city="jinan", kids=[yo(4), yo(1)]))
m("answer hukou negation_housing", "俺们北京户口 有房 没贷款", [f("hukou_in_city", True), f("owns_home_in_city", True)],
  asked="hukou_in_city", known=K(city="beijing", kids=[mo(9)]))
m("chitchat", "好嘞 我先去给娃冲奶粉 回头再问")
m("answer height", "上礼拜量的 一米二二 长得快", [ht(1, 122)], asked="children.height_cm",
  known=K(city="beijing", kids=[yo(6)]))
m("age birth_order hukou", "俺孙子八个月大了 孙女快三岁了 都随她妈 户口都在济南",
  [bd(1, almost(3)), bd(2, mo(8)), f("city", "jinan"), f("hukou_in_city", True)])
m("duration now_vs_birth per_birth_hardship", "失业金领了四个月了 生孩子的时候还没失业呢",
  [f("hardship_now", True), f("hardship_at_birth", False)])
m("answer short_year pregnancy", "25年5月 医生说可能提前", [due(2, "2025-05")], asked="due_date",
  known=K(city="jinan", kids=[yo(3)]))
m("answer insurance", "生娃用的是单位的生育险 职工那种", [f("birth_insurance", "employee_maternity")],
  asked="birth_insurance", known=K(city="jinan", kids=[yo(1)]))
m("relative_date birth_order age", "前天下午生的二胎 是个闺女 老大刚满五岁", [bd(2, back(2)), bd(1, just(5))])
m("question housing_fund", "假如我媳妇也交上公积金 我俩都交 贷款能多贷不", [f("housing_fund_contributors", 2, "q")],
  known=K(city="beijing", housing_fund_contributors=1))
m("age negation_housing", "娃百天了 胖嘟嘟的 租的房子太小了 想换个大点的", [bd(1, dago(100)), f("renting", True)])
m("answer hukou", "不是 我俩户口都在聊城", [f("hukou_in_city", False, "c")], asked="hukou_in_city",
  known=K(city="jinan", kids=[mo(5)]))
m("correction negation_housing", "哎打错了 不是租的 房子是我们自己家的", [f("renting", False, "r"), f("owns_home_in_city", True)],
  known=K(city="jinan", kids=[yo(1)], renting=True))

T("2025-09-30")  # Tuesday, month end
m("relative_date hukou", "孩子是上上个月生的 就是七月 济南户口已经落上了", [bd(1, thismonth(-2)), f("city", "jinan"), f("hukou_in_city", True)])
m("age birth_order", "二宝下个月满两岁 大宝都上一年级了", [bd(2, almost(2))])
m("age birth_order negation_housing", "外孙女两岁多 她弟弟刚满月 闺女一家在北京租房住",
  [bd(1, yo(2)), bd(2, mo(1)), f("city", "beijing"), f("renting", True)])
m("answer short_year birth_order", "三个 老大15.6 老二18.11 老三今年三月的",
  [n(3), bd(1, "2015-06"), bd(2, "2018-11"), bd(3, pastmonth(3))], asked="children", known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "老大那会儿在领 老二那时就没有了", [chb(1, True), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2019-04", "2024-02"]))
m("multiples relative_date", "昨天凌晨生了 双胞胎小子 都四斤多 在保温箱里", [bd(1, back(1)), bd(2, back(1))])
m("height question", "小子一米三五了 坐火车得买票了吧", [ht(1, 135)])
m("answer housing_fund", "公积金我俩都没交 都是个体户 开小饭馆的", [f("housing_fund_contributors", 0)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=[yo(3)]))
m("numerals short_year birth_order", "老大是２０２０年１２月２４号的 老二２３年８月", [bd(1, "2020-12-24"), bd(2, "2023-08")])
m("answer negation_housing", "有 去年买的 还在还房贷", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="beijing", kids=[yo(4)]))
m("correction height", "刚才身高说错了 是九十九 不是九十五", [ht(1, 99, "r")],
  known=K(city="beijing", kids=[{"birth_date": yo(2), "height_cm": 95}]))
m("age per_birth_hardship now_vs_birth", "孩子八个月 生孩子的时候我老公在领失业金 现在不领了",
  [bd(1, mo(8)), f("hardship_at_birth", True), f("hardship_now", False)])
m("question hukou", "要是我们落了北京户口 育儿补贴能多点不", [f("hukou_in_city", True, "q")],
  known=K(city="beijing", hukou_in_city=False, kids=["2022-05"]))
m("relative_date numerals", "孩子九月二十八生的 前天 现在还在医院住着", [bd(1, "2025-09-28")])
m("chitchat", "你们这个是政府弄的吗 靠谱不")
m("answer insurance", "居民的 我是全职妈妈 没上班", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="jinan", kids=[mo(3)]))
m("age birth_order", "大孙子十岁 二孙子七岁半 小孙女刚会走 一岁一个月", [bd(1, yo(10)), bd(2, yo(7)), bd(3, age(1, 1))])
m("negation_housing", "我们不打算买房了 就一直租着 北京房价太吓人",
  [f("buying_first_home", False), f("renting", True), f("city", "beijing")])
m("answer pregnancy age birth_order", "怀孕三个月了 这是二胎 老大六岁", [due(2, preg(3)), bd(1, yo(6))], asked="due_date", known=K(city="beijing"))
m("answer age", "一个 丫头 一周岁零三个月", [n(1), bd(1, age(1, 3))], asked="children", known=K(city="beijing"))
m("per_birth_hardship now_vs_birth birth_order", "生老三的时候我们家是特困供养 老大老二出生那会都不是 现在也还是特困",
  [chb(3, True), chb(1, False), chb(2, False), f("hardship_now", True)])
m("height birth_order", "老二个子高 一米一了 老大反倒才一米零八", [ht(2, 110), ht(1, 108)])
m("answer duration negation_housing hukou", "在济南租房住了八年了 户口还在老家",
  [f("renting", True), f("hukou_in_city", False)], asked="renting", known=K(city="jinan"))
m("answer housing_fund", "都交 我和他爸", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[yo(1)]))
m("correction short_year birth_order", "不对不对 老大是20年4月 老二没错", [bd(1, "2020-04", "r")],
  known=K(city="jinan", kids=["2020-02", "2023-07"]))

T("2026-02-26")  # Thursday
m("relative_date birth_order", "上周五老三出生了 老大老二都是闺女 这回总算是个小子", [bd(3, lastweek(4))])
m("answer age birth_order", "两个 一个五岁半 一个两岁零十个月", [n(2), bd(1, yo(5)), bd(2, age(2, 10))], asked="children",
  known=K(city="jinan"))
m("relative_date numerals negation_housing housing_fund", "宝宝去年十月生的 我们租房 俩人都没公积金",
  [bd(1, f"{year(-1)}-10"), f("renting", True), f("housing_fund_contributors", 0)])
m("age", "娃刚满月 夜里闹觉 我跟她奶奶轮着带", [bd(1, mo(1))])
m("question now_vs_birth", "要是我们现在还在领低保 补贴能多点吗", [f("hardship_now", True, "q")],
  known=K(city="jinan", kids=["2023-01"], hardship_now=False))
m("now_vs_birth per_birth_hardship birth_order", "俺家是特困户 二宝生的时候就是 大宝那会还不是",
  [f("hardship_now", True), chb(2, True), chb(1, False)])
m("multiples age birth_order", "双胞胎闺女四岁了 老三八个月 三个娃全靠我婆婆帮忙",
  [bd(1, yo(4)), bd(2, yo(4)), bd(3, mo(8)), n(3)])
m("answer negation_housing", "不打算 买不起", [f("buying_first_home", False, "c")], asked="buying_first_home",
  known=K(city="beijing", renting=True))
m("height birth_order", "大宝1米32 二宝1米1 三宝还不到一米", [ht(1, 132), ht(2, 110), below(3, 100)])
m("age hukou negation_housing", "孩子五个月了 北京户口上好了 我们家有房",
  [bd(1, mo(5)), f("city", "beijing"), f("hukou_in_city", True), f("owns_home_in_city", True)])
m("correction hukou", "更正下 我们不是济南户口 是泰安的 只是在济南上班", [f("hukou_in_city", False, "r")],
  known=K(city="jinan", hukou_in_city=True))
m("answer pregnancy", "八月 下旬", [due(1, nextmonth(8))], asked="due_date", known=K(city="jinan"))
m("relative_date age birth_order", "大前天俺家老二出生 老大刚好三岁零两个月", [bd(2, back(3)), bd(1, age(3, 2))])
m("answer insurance", "职工生育保险是我单位交的 生老大老二都用的它", [f("birth_insurance", "employee_maternity")],
  asked="birth_insurance", known=K(city="beijing", kids=["2021-07", "2025-11"]))
m("housing_fund age", "公积金就我交 老婆在家带俩孩子 一个四岁 一个一岁半",
  [f("housing_fund_contributors", 1), n(2), bd(1, yo(4)), bd(2, yo(1))])
m("answer negation_housing", "是 租的两居", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[yo(3)]))
m("chitchat", "哈哈 孩子刚会喊奶奶了 我这当奶奶的心都化了")
m("short_year hukou", "孩子是21.9.15的 户口在济南", [bd(1, "2021-09-15"), f("city", "jinan"), f("hukou_in_city", True)])
m("question birth_order", "要是明年再生个老三 还能领吗", [due(3, year(1), "q")],
  known=K(city="jinan", hukou_in_city=True, kids=["2020-03", "2023-05"]))
m("now_vs_birth per_birth_hardship", "失业金上个月刚停 生孩子那会正领着", [f("hardship_now", False), f("hardship_at_birth", True)])
m("answer height birth_order", "老大一米一五 老二没量过", [ht(1, 115)], asked="children.height_cm",
  known=K(city="jinan", kids=[yo(5), yo(2)]))
m("age birth_order", "俺孙子出生一百天 孙女五岁 儿媳妇说还想要个老三", [bd(1, yo(5)), bd(2, dago(100))])
m("answer negation_housing", "没有 在攒首付 打算今年买第一套", [f("owns_home_in_city", False, "c"), f("buying_first_home", True)],
  asked="owns_home_in_city", known=K(city="jinan"))
m("correction pregnancy", "预产期我说错了 是七月的 七月中旬", [due(1, nextmonth(7), "r")],
  known=K(city="beijing", kids=[{"due_date": "2026-06"}]))
m("short_year age birth_order hukou", "老大18年的 老二20年 老三刚满月 我们三个孩子都是北京户口",
  [bd(1, "2018"), bd(2, "2020"), bd(3, mo(1)), n(3), f("city", "beijing"), f("hukou_in_city", True)])

T("2026-11-30")  # Monday, month end
m("relative_date", "上周日宝宝出生的 剖腹产 还在住院", [bd(1, lastweek(6))])
m("age negation_housing", "孩子一岁零两个月 刚断奶 我们不租房 住自己买的房",
  [bd(1, age(1, 2)), f("renting", False), f("owns_home_in_city", True)])
m("answer short_year birth_order", "俩娃 老大22年 老二今年五月的", [n(2), bd(1, "2022"), bd(2, pastmonth(5))],
  asked="children", known=K(city="beijing"))
m("numerals short_year", "宝宝２６年１月１号生的 元旦宝宝", [bd(1, "2026-01-01")])
m("answer per_birth_hardship now_vs_birth", "有 那时候在领低保 现在也还在领",
  [f("hardship_at_birth", True, "c"), f("hardship_now", True)], asked="hardship_at_birth", known=K(city="jinan", kids=[mo(10)]))
m("age birth_order negation_housing", "孙女三岁半 孙子快两岁了 我们老两口在北京帮着带 儿子他们租房子",
  [bd(1, yo(3)), bd(2, almost(2)), f("city", "beijing"), f("renting", True)])
m("multiples pregnancy", "怀的是三胞胎 现在五个月 医生说到时候得提前剖", [due(1, preg(5)), due(2, preg(5)), due(3, preg(5))])
m("answer height", "孩子一米二三 刚量的 穿着鞋量的哈", [ht(1, 123)], asked="children.height_cm", known=K(city="jinan", kids=[yo(6)]))
m("correction housing_fund", "公积金说错了 我老公那边断了 现在就我一个人交", [f("housing_fund_contributors", 1, "r")],
  known=K(city="jinan", housing_fund_contributors=2))
m("numerals hukou", "孩子是二〇二四年十二月十八号生的 人在济南 户口在菏泽",
  [bd(1, "2024-12-18"), f("city", "jinan"), f("hukou_in_city", False)])
m("answer insurance", "啥也没有 那会儿刚辞职", [f("birth_insurance", "none")], asked="birth_insurance",
  known=K(city="beijing", kids=[mo(2)]))
m("relative_date birth_order", "老二是今天早上生的 老大都上初中了", [bd(2, today())])
m("duration housing_fund", "公积金我交了十二年 老婆的也交了五六年了", [f("housing_fund_contributors", 2)])
m("chitchat", "你回得好快啊 比打12345快多了")
m("answer hukou", "嗯 北京的 孩子也上了", [f("hukou_in_city", True, "c")], asked="hukou_in_city",
  known=K(city="beijing", kids=[yo(1)]))
m("question per_birth_hardship", "如果生娃那会儿我有失业金 能补发吗", [f("hardship_at_birth", True, "q")],
  known=K(city="jinan", kids=[mo(7)], hardship_at_birth=False))
m("age birth_order", "二宝两睡多了 大宝八岁 天天闹", [bd(2, yo(2)), bd(1, yo(8))])
m("now_vs_birth per_birth_hardship relative_date birth_order", "去年生老二那会儿还没低保 今年夏天刚评上的",
  [bd(2, year(-1)), chb(2, False), f("hardship_now", True)])
m("answer pregnancy", "怀了四个月了 具体日子还没定", [due(2, preg(4))], asked="due_date", known=K(city="beijing", kids=["2023-02"]))
m("negation_housing", "我跟孩他爸在北京漂着 都没房 一直租房住", [f("owns_home_in_city", False), f("city", "beijing"), f("renting", True)])
m("answer height numerals birth_order", "老大１３０ 老二１０２ 小的还抱着呢没量", [ht(1, 130), ht(2, 102)],
  asked="children.height_cm", known=K(city="jinan", kids=[yo(7), yo(4), mo(9)]))
m("correction age", "我刚才说错了 孩子不是两岁 是快三岁了", [bd(1, almost(3), "r")], known=K(city="jinan", kids=[yo(2)]))
m("negation_housing", "俺们在北京没房 也不租 住单位宿舍", [f("city", "beijing"), f("owns_home_in_city", False), f("renting", False)])
m("multiples relative_date age birth_order", "双胞胎是上个月底生的 哥哥先出来 老大今年六岁了",
  [bd(2, thismonth(-1)), bd(3, thismonth(-1)), bd(1, yo(6)), n(3)])
m("age", "孩子下个月就满两周岁了 长得可快了", [bd(1, almost(2))])

T("2027-01-20")  # Wednesday
m("relative_date", "上周二生的 今天出院 小丫头六斤", [bd(1, lastweek(1))])
m("relative_date numerals hukou housing_fund", "去年十一月三号生的 我们济南户口 公积金两口子都有",
  [bd(1, f"{year(-1)}-11-03"), f("city", "jinan"), f("hukou_in_city", True), f("housing_fund_contributors", 2)])
m("answer short_year", "一个 26.8生的", [n(1), bd(1, "2026-08")], asked="children", known=K(city="jinan"))
m("age insurance", "孙子出生一百天了 他妈生他那会是灵活就业交的医保", [bd(1, dago(100)), f("birth_insurance", "flexible_employment")])
m("multiples age birth_order", "老大七岁 老二五岁 老三老四是龙凤胎 三个月大",
  [bd(1, yo(7)), bd(2, yo(5)), bd(3, mo(3)), bd(4, mo(3))])
m("answer housing_fund", "一个都没有 我们俩都是自由职业", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[mo(4)]))
m("pregnancy age birth_order", "怀二胎 预产期是今年六月 大的两岁半", [due(2, "2027-06"), bd(1, yo(2))])
m("question insurance", "如果当时交了职工生育保险 现在还能报销吗", [f("birth_insurance", "employee_maternity", "q")],
  known=K(city="jinan", kids=[mo(6)], birth_insurance="none"))
m("age", "宝宝一周岁零五个月 刚学会叫爸爸", [bd(1, age(1, 5))])
m("correction short_year birth_order", "老二我写错了 是25年9月 不是26年", [bd(2, "2025-09", "r")],
  known=K(city="beijing", kids=["2024-03", "2026-09"]))
m("relative_date negation_housing", "前天我闺女生了 俺当外婆了 闺女女婿都在北京 租房子",
  [bd(1, back(2)), f("city", "beijing"), f("renting", True)])
m("answer negation_housing", "没 也没打算买 租着挺好",
  [f("owns_home_in_city", False, "c"), f("buying_first_home", False), f("renting", True)], asked="owns_home_in_city",
  known=K(city="jinan", kids=[yo(3)]))
m("per_birth_hardship now_vs_birth birth_order", "生大宝二宝的时候都在领低保 生三宝时不领了 现在也不领",
  [chb(1, True), chb(2, True), chb(3, False), f("hardship_now", False)])
m("height birth_order", "小的九十六公分 大的一米三一 都比同龄的高", [ht(2, 96), ht(1, 131)])
m("answer insurance", "单位交的 生育险", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="jinan", kids=[mo(2)]))
m("answer age hukou", "孩子八个月大 我们在北京上班 都不是北京户口", [bd(1, mo(8)), f("hukou_in_city", False)],
  asked="children", known=K(city="beijing"))
m("chitchat", "明白 那我等孩子户口办完再来问")
m("answer age birth_order", "俩 大闺女十二岁 小儿子刚满两周岁 中间隔得有点远", [n(2), bd(1, yo(12)), bd(2, just(2))],
  asked="children", known=K(city="beijing"))
m("numerals per_birth_hardship", "２０２５年３月１０日生的 那时候我在领失业金", [bd(1, "2025-03-10"), f("hardship_at_birth", True)])
m("question", "三岁以下每年都发吗")
m("correction per_birth_hardship now_vs_birth", "不好意思 生孩子那会没领低保 是后来才领的 现在还领",
  [f("hardship_at_birth", False, "r"), f("hardship_now", True)], known=K(city="jinan", kids=["2024-06"], hardship_at_birth=True))
m("relative_date age", "孩子上上个月出生 十一月的 现在俩月大", [bd(1, thismonth(-2))])
m("answer negation_housing", "没有 住我婆婆家", [f("renting", False, "c")], asked="renting", known=K(city="beijing"))
m("multiples age birth_order", "老二老三是双胞胎 下个月满一周岁 老大上幼儿园了 四岁半",
  [bd(2, almost(1)), bd(3, almost(1)), bd(1, yo(4))])
m("housing_fund negation_housing", "咱家就我一个人交公积金 还在还房贷 房子是前年买的",
  [f("housing_fund_contributors", 1), f("owns_home_in_city", True)])

T("2027-02-28")  # Sunday, month end
m("relative_date numerals", "孩子是大前天生的 也就是二十五号 七斤整", [bd(1, back(3))])
m("answer age birth_order", "仨 十岁 七岁 还有个刚满月的", [n(3), bd(1, yo(10)), bd(2, yo(7)), bd(3, mo(1))], asked="children",
  known=K(city="jinan"))
m("pregnancy hukou housing_fund", "怀孕八个月了 头胎 济南户口 俺俩都交公积金",
  [due(1, preg(8)), f("city", "jinan"), f("hukou_in_city", True), f("housing_fund_contributors", 2)])
m("answer numerals short_year negation_housing", "宝宝２７年１月５号出生的 我们住的公租房", [bd(1, "2027-01-05"), f("renting", True)],
  asked="children", known=K(city="jinan"))
m("age birth_order negation_housing", "小孙女快四岁了 大孙女九岁了 俺闺女一家在北京有房",
  [bd(2, almost(4)), bd(1, yo(9)), f("city", "beijing"), f("owns_home_in_city", True)])
m("correction insurance", "更正 生孩子用的是职工生育保险 不是居民医保", [f("birth_insurance", "employee_maternity", "r")],
  known=K(city="beijing", kids=[mo(6)], birth_insurance="resident_medical"))
m("answer per_birth_hardship", "没有 两个孩子出生时都没领过", [f("hardship_at_birth", False, "c"), n(2)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2020-08", "2026-12"]))
m("relative_date short_year numerals birth_order", "去年九月生的老二 老大２１年的", [bd(2, f"{year(-1)}-09"), bd(1, "2021")])
m("question birth_order", "要是今年怀上 明年生老二 还来得及不", [due(2, year(1), "q")], known=K(city="beijing", kids=["2025-04"]))
m("age per_birth_hardship now_vs_birth", "娃半岁了 生的时候俺们家是低保户 现在还是",
  [bd(1, mo(6)), f("hardship_at_birth", True), f("hardship_now", True)])
m("duration age", "产假还有两个月 宝宝四个月大 舍不得去上班", [bd(1, mo(4))])
m("answer height", "一米二八 刚量的", [ht(1, 128)], asked="children.height_cm", known=K(city="beijing", kids=[yo(8)]))
m("height question birth_order", "老大还没一米二 坐地铁不用买票吧", [below(1, 120)], known=K(city="beijing", kids=[yo(6), yo(3)]))
m("answer negation_housing", "打算 明年 首付还在凑", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="jinan", owns_home_in_city=False))
m("age birth_order", "俺是奶奶 大孙子十三了 小孙子刚满三周岁", [bd(1, yo(13)), bd(2, just(3))])
m("correction short_year birth_order", "前面说错了 老大是22.12 老二25.3没错", [bd(1, "2022-12", "r")],
  known=K(city="jinan", kids=["2022-10", "2025-03"]))
m("chitchat", "嗯嗯 我回头跟孩子他爸商量一下")
m("hukou negation_housing", "我在济南 户口也是济南 就是没有房子 一直租",
  [f("city", "jinan"), f("hukou_in_city", True), f("owns_home_in_city", False), f("renting", True)])
m("answer multiples pregnancy", "双胞胎 九月初", [due(2, nextmonth(9)), due(3, nextmonth(9))], asked="due_date",
  known=K(city="beijing", kids=["2024-04"]))
m("now_vs_birth per_birth_hardship", "现在领着失业金 两个孩子出生时都没领", [f("hardship_now", True), f("hardship_at_birth", False), n(2)])

T("2026-07-15")  # Wednesday
m("relative_date", "上周一俺闺女生了个大胖小子 八斤多 俺这外婆乐坏了", [bd(1, lastweek(0))])
m("answer pregnancy", "一个都还没生 怀着呢 下个月底预产期", [n(0), due(1, thismonth(1))], asked="children", known=K(city="beijing"))
m("answer now_vs_birth per_birth_hardship", "没有 不过现在在领失业金 上个月刚开始领",
  [f("hardship_at_birth", False, "c"), f("hardship_now", True)], asked="hardship_at_birth", known=K(city="jinan", kids=[mo(5)]))
m("answer negation_housing duration", "嗯 租的 在北京租了快五年了", [f("renting", True, "c")],
  asked="renting", known=K(city="beijing", kids=[yo(2)]))
m("answer numerals", "就一个 二〇二三年十月出生的", [n(1), bd(1, "2023-10")], asked="children", known=K(city="jinan"))
