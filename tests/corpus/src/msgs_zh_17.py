# Chinese, batch 17: questions vs statements and now vs at the birth -- hypotheticals (如果/假如/要是/万一 再生一个,
# 打算明年要二胎), questions carrying figures that are not facts (一个月600是吧, 一米二以下免票吗), facts embedded in
# questions, confirmations, per-birth hardship (低保/特困/失业金 at a given birth vs now), insurance at the birth vs
# now, answers to the bot's hardship / insurance / housing-fund questions, corrections of known facts
T("2025-01-27")  # Monday
m("question now_vs_birth per_birth_hardship birth_order", "生老三那会儿在领低保 现在不领了 老三还能多给点不",
  [chb(3, True), f("hardship_now", False)], known=K(city="jinan", kids=["2016-05", "2019-10", "2024-07"]))
m("question birth_order", "家里俩娃了 如果再生一个 还能领不", [n(2), due(3, None, "q")])
m("question", "一个月600是吧")
m("question relative_date birth_order", "我家老二去年5月生的 能领多少啊", [bd(2, year(-1) + "-05")])
m("answer now_vs_birth per_birth_hardship", "没 那时候俩人都上着班呢 现在我下岗了在领失业金",
  [f("hardship_at_birth", False, "c"), f("hardship_now", True)], asked="hardship_at_birth", known=K(city="jinan", kids=["2024-11"]))
m("relative_date birth_order age", "二宝上周四生的 大宝三岁多了 当哥哥了", [bd(2, lastweek(3)), bd(1, yo(3))])
m("height question birth_order", "家里俩孩子 大的一米二三 小的一米整 坐火车咋买票", [n(2), ht(1, 123), ht(2, 100)])
m("multiples age birth_order question", "老大六岁半 上个月又生了对龙凤胎 这俩能领双份不",
  [bd(1, yo(6)), n(3), bd(2, thismonth(-1)), bd(3, thismonth(-1))])
m("correction short_year", "不对不对 孩子是23年5月生的 我记错了", [bd(1, "2023-05", "r")], known=K(city="jinan", kids=["2023-03"]))
m("insurance now_vs_birth question", "生的时候单位交着生育险 后来辞职了 现在没工作 还能报吗",
  [f("birth_insurance", "employee_maternity")])
m("question per_birth_hardship", "万一生的时候正好在领低保 会多给吗", [f("hardship_at_birth", True, "q")])
m("housing_fund question duration", "公积金我和孩子他爸都交 都交了五六年了 能贷多少", [f("housing_fund_contributors", 2)])
m("answer age", "两个闺女 大闺女刚满五岁 小的还不到半岁 五个月", [n(2), bd(1, just(5)), bd(2, mo(5))], asked="children",
  known=K(city="beijing"))
m("negation_housing", "房子不是我们的 也不是租的 住公婆家", [f("owns_home_in_city", False), f("renting", False)])
m("age", "我孙女快三岁了 孙子刚满周岁 俺儿子一家在济南", [bd(1, almost(3)), bd(2, just(1)), f("city", "jinan")])
m("multiples pregnancy question", "怀了双胞胎 六个月了 头一胎 是给两份吗", [due(1, preg(6)), due(2, preg(6))])
m("answer negation_housing", "是的没错 租的 一个月两千二", [f("renting", True, "c")], asked="renting", known=K(city="jinan"))
m("answer insurance", "公司交的 职工的那种 有生育保险", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="jinan", kids=["2025-01"]))
m("answer housing_fund", "就我老婆有 我在工地干活没有", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan"))

m("answer housing_fund duration", "我交了五年了 他没有 他是自由职业", [f("housing_fund_contributors", 1)],
  asked="housing_fund_contributors", known=K(city="beijing"))
T("2025-02-28")  # Friday, month end
m("relative_date birth_order age", "老三今天凌晨生的 老大十岁 老二七岁", [bd(3, today()), bd(1, yo(10)), bd(2, yo(7))])
m("question", "要是三月份生 还算今年的吗", [due(1, nextmonth(3), "q")], known=K(city="beijing", kids=[{"due_date": None}]))
m("correction short_year birth_order", "说错了 老二是22年11月的 不是1月", [bd(2, "2022-11", "r")],
  known=K(city="beijing", kids=["2019-06", "2022-01"]))
m("per_birth_hardship now_vs_birth birth_order", "老大出生那年吃低保 老二出生的时候已经不吃了 现在又吃上了 唉",
  [chb(1, True), chb(2, False), f("hardship_now", True)])
m("answer per_birth_hardship now_vs_birth", "在领 现在也还领着特困", [f("hardship_at_birth", True, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2024-12"]))
m("question", "一米三以下不要票是吧")
m("height question", "闺女一米三二了 是不是得买票了", [ht(1, 132)])
m("question insurance", "假如我没上班 交的居民医保 生孩子能报多少", [f("birth_insurance", "resident_medical", "q")])
m("hukou", "我们户口不在济南 在菏泽 人在济南打工", [f("city", "jinan"), f("hukou_in_city", False)])
m("insurance duration", "生育险交了八个月就生了 单位给交的", [f("birth_insurance", "employee_maternity")])
m("multiples age", "三胞胎 快一岁了 家里还有个姐姐五岁", [bd(1, yo(5)), n(4), bd(2, almost(1)), bd(3, almost(1)), bd(4, almost(1))])
m("chitchat", "嗯嗯 谢谢你 我去问问社区")
m("answer negation_housing", "木有 跟人合租的", [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city",
  known=K(city="beijing"))
m("now_vs_birth per_birth_hardship housing_fund", "生孩子那阵子我在领失业金 现在上班了 公司给交公积金 家里就我一个交",
  [f("hardship_at_birth", True), f("hardship_now", False), f("housing_fund_contributors", 1)])
m("answer pregnancy relative_date", "老大五岁 下个月还要生一个", [bd(1, yo(5)), due(2, thismonth(1))], asked="children", known=K(city="jinan"))

T("2025-06-30")  # Monday, month end
m("relative_date birth_order", "上周日半夜生的 老二 闺女 七斤", [bd(2, lastweek(6))])
m("question birth_order", "万一明年再怀上个老三 还给补贴不", [due(3, year(1), "q")], known=K(city="jinan", kids=["2017-08", "2021-02"]))
m("age question", "3岁以下才有吗 我家的三岁半了", [bd(1, yo(3))])
m("per_birth_hardship multiples birth_order", "双胞胎出生那年家里低保刚批下来 大的出生时还没有",
  [chb(2, True), chb(3, True), chb(1, False)], known=K(city="beijing", kids=["2021-03", "2024-08", "2024-08"]))
m("answer insurance now_vs_birth", "生的时候还是公司交的社保 有生育险 上个月刚离职", [f("birth_insurance", "employee_maternity")],
  asked="birth_insurance", known=K(city="jinan", kids=["2025-05"]))
m("correction housing_fund", "更正下 公积金只有我一个人交了 他那个单位不给交", [f("housing_fund_contributors", 1, "r")],
  known=K(city="jinan", housing_fund_contributors=2))
m("relative_date", "孩子大前年生的 今年该上幼儿园了", [bd(1, year(-3))])
m("age hukou", "俩娃 一个八岁多 一个刚满三岁 都是北京户口", [n(2), bd(1, yo(8)), bd(2, just(3)), f("city", "beijing"), f("hukou_in_city", True)])
m("answer hukou", "对 京籍", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing"))
m("pregnancy age birth_order", "二胎 预产期十月中旬 老大快五岁了", [due(2, nextmonth(10)), bd(1, almost(5))])
m("answer pregnancy", "一个都没生呢 肚里这个是头胎 八月底预产期", [n(0), due(1, nextmonth(8))], asked="children", known=K(city="jinan"))
m("question negation_housing", "要是不租了 搬回老家房子住 还有补贴吗", [f("renting", False, "q")], known=K(city="jinan", renting=True))
m("chitchat", "哎 带娃太累了 办这个要带啥材料啊")
m("numerals", "外孙女二零二三年十一月八号生的", [bd(1, "2023-11-08")])
m("answer per_birth_hardship now_vs_birth birth_order", "生老大那年领着低保 老二出生就没了 现在也没有",
  [chb(1, True), chb(2, False), f("hardship_now", False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2019-02", "2025-05"]))

m("answer per_birth_hardship now_vs_birth duration", "有 低保吃了好几年了 现在还吃着",
  [f("hardship_at_birth", True, "c"), f("hardship_now", True)], asked="hardship_at_birth", known=K(city="jinan", kids=["2024-10"]))
T("2026-01-15")  # Thursday
m("relative_date multiples", "上周二剖的 龙凤胎 第一胎 累坏了", [n(2), bd(1, lastweek(1)), bd(2, lastweek(1))])
m("correction per_birth_hardship now_vs_birth", "搞错了 孩子出生的时候我们是在领低保的 现在才不领了",
  [f("hardship_at_birth", True, "r"), f("hardship_now", False)], known=K(city="jinan", hardship_at_birth=False, kids=["2025-09"]))
m("question multiples birth_order", "明年要是怀上双胞胎 算二孩还是三孩", [due(2, year(1), "q"), due(3, year(1), "q")],
  known=K(city="beijing", kids=["2023-02"]))
m("answer per_birth_hardship now_vs_birth", "嗯 有 那会儿领失业金 现在还在领", [f("hardship_at_birth", True, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2025-12"]))
m("age", "孩子出生一百天了 摆了几桌", [bd(1, dago(100))])
m("housing_fund", "俺们家公积金仨人交 我 我老伴 还有儿子", [f("housing_fund_contributors", 3)])
m("question hukou", "户口要是迁过来 补贴从啥时候算", [f("hukou_in_city", True, "q")], known=K(city="beijing", hukou_in_city=False))
m("insurance duration", "我自己按灵活就业交的 生的时候交了一年多了", [f("birth_insurance", "flexible_employment")])
m("question age birth_order", "二孩补贴一个月600是吧 我家老二半岁", [bd(2, mo(6))])
m("per_birth_hardship birth_order", "老二是特困供养那几年生的 老三出生时已经退出来了", [chb(2, True), chb(3, False)])
m("answer pregnancy relative_date", "下个月中旬", [due(2, thismonth(1))], asked="due_date",
  known=K(city="jinan", kids=["2022-07", {"due_date": None}]))
m("answer negation_housing", "不是 自己的房 贷款买的", [f("renting", False, "c"), f("owns_home_in_city", True)], asked="renting",
  known=K(city="beijing"))
m("negation_housing", "没打算买房 首套都买不起 租着住挺好", [f("buying_first_home", False), f("renting", True)])
m("answer pregnancy", "说是春节前后 二月份吧", [due(2, nextmonth(2))], asked="due_date",
  known=K(city="beijing", kids=["2022-05", {"due_date": None}]))
m("answer height multiples", "俩都是一米二 差不了多少", [ht(1, 120), ht(2, 120)], asked="children.height_cm",
  known=K(city="jinan", kids=["2019-09", "2019-09"]))

T("2026-08-31")  # Monday, month end
m("relative_date birth_order", "二宝上周三早上生的 母女平安", [bd(2, lastweek(2))])
m("question birth_order", "如果再要个三胎 北京这边给多少", [due(3, None, "q")], known=K(city="beijing", kids=["2019-01", "2022-03"]))
m("insurance now_vs_birth", "生老二时我交着职工医保带生育的 今年下岗了 领着失业金",
  [f("birth_insurance", "employee_maternity"), f("hardship_now", True)])
m("age", "大孙子七岁 小孙女快两岁 都在我这儿带", [bd(1, yo(7)), bd(2, almost(2))])
m("correction height", "不对 是一米二八 刚才打错了", [ht(1, 128, "r")], known=K(city="jinan", kids=[{"birth_date": "2019-05", "height_cm": 118}]))
m("question", "1米4的孩子算儿童票还是成人票")
m("housing_fund", "公积金没人交 俩人都是干个体的", [f("housing_fund_contributors", 0)])
m("answer age relative_date birth_order", "三个 老大十二 老二八岁半 老三今年三月生的",
  [n(3), bd(1, yo(12)), bd(2, yo(8)), bd(3, year() + "-03")], asked="children", known=K(city="jinan"))
m("question per_birth_hardship birth_order", "老大出生那会儿领着低保 要是明年生老二 能领多少", [chb(1, True), due(2, year(1), "q")])
m("answer insurance", "啥也没交 那会儿在家带老大", [f("birth_insurance", "none")], asked="birth_insurance",
  known=K(city="beijing", kids=["2021-04", "2026-07"]))
m("multiples pregnancy age", "又怀上了 是双胞胎 四个月 家里已经有个五岁的丫头", [bd(1, yo(5)), due(2, preg(4)), due(3, preg(4))])
m("answer negation_housing", "嗯嗯 正在看 首套", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="jinan", renting=True))
m("short_year numerals birth_order", "老大一五年的 老二一九年的 老三二三年的", [bd(1, "2015"), bd(2, "2019"), bd(3, "2023")])
m("answer height birth_order", "大的一米一八 小的不知道 没量过", [ht(1, 118)], asked="children.height_cm",
  known=K(city="beijing", kids=["2020-02", "2023-06"]))
m("answer per_birth_hardship now_vs_birth", "没领过 那时候男人在厂里上班 现在厂子黄了 领失业金呢",
  [f("hardship_at_birth", False, "c"), f("hardship_now", True)], asked="hardship_at_birth", known=K(city="jinan", kids=["2026-05"]))

m("answer negation_housing", "有 有一套 不过是跟我爸妈一起住 房本上有我名", [f("owns_home_in_city", True, "c")],
  asked="owns_home_in_city", known=K(city="beijing"))
T("2026-12-02")  # Wednesday
m("relative_date", "上周五傍晚生的 三斤多 早产 在保温箱", [bd(1, lastweek(4))])
m("question per_birth_hardship birth_order", "老二出生时要是我们在领特困 能多给吗", [chb(2, True, "q")],
  known=K(city="jinan", kids=["2020-06", "2026-09"]))
m("insurance now_vs_birth", "现在俩人都没工作 但是生孩子那时候都有班上 单位都交生育险", [f("birth_insurance", "employee_maternity")])
m("age numerals", "闺女两岁零一个月 能领到几岁", [bd(1, age(2, 1))])
m("question", "是不是三岁以下一年给三千六")
m("correction hukou", "哦不对 我说的是北京 户口也在北京", [f("city", "beijing", "r"), f("hukou_in_city", True)], known=K(city="jinan"))
m("per_birth_hardship multiples birth_order", "双胞胎生的那年正好领失业金 老三出生就没领了", [chb(1, True), chb(2, True), chb(3, False)],
  known=K(city="jinan", kids=["2021-04", "2021-04", "2025-10"]))
m("answer per_birth_hardship birth_order", "老二出生时有 老大那时候没有", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2024-03", "2026-10"]))
m("answer housing_fund", "都交 两口子都交", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors", known=K(city="beijing"))
m("height question birth_order", "大孙子一米一 小孙女九十公分 坐地铁要票不", [ht(1, 110), ht(2, 90)])
m("pregnancy birth_order", "怀孕七个月 这是老三 前两个都上学了", [due(3, preg(7))])
m("answer relative_date", "就一个 前年十二月的", [n(1), bd(1, year(-2) + "-12")], asked="children", known=K(city="beijing"))
m("negation_housing", "这边没房 老家有一套 现在是租的", [f("owns_home_in_city", False), f("renting", True)], known=K(city="beijing"))
m("correction birth_order", "老二不是二月 是四月生的 前面说错了", [bd(2, "2024-04", "r")], known=K(city="jinan", kids=["2020-10", "2024-02"]))
m("question insurance", "没工作的话交灵活就业 生娃能有生育津贴吗", [f("birth_insurance", "flexible_employment", "q")])
m("answer insurance now_vs_birth", "生的时候交着呢 单位交的生育险 上个月合同到期了现在没工作", [f("birth_insurance", "employee_maternity")],
  asked="birth_insurance", known=K(city="beijing", kids=["2026-11"]))
m("answer multiples age", "我家四个娃 最小的是双胞胎 刚出生二十天", [n(4), bd(3, dago(20)), bd(4, dago(20))], asked="children",
  known=K(city="beijing"))

m("answer negation_housing", "嗯嗯 租的房 在通州 月租四千", [f("renting", True, "c")], asked="renting", known=K(city="beijing"))
T("2027-02-03")  # Wednesday
m("relative_date birth_order age", "上周一生的老三 老大老二一个九岁一个六岁", [bd(3, lastweek(0)), bd(1, yo(9)), bd(2, yo(6))])
m("relative_date question", "闺女去年十二月底生的 这个算去年的还是今年的", [bd(1, year(-1) + "-12")])
m("answer per_birth_hardship", "不是 没吃低保 就是普通家庭", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2027-01"]))
m("per_birth_hardship now_vs_birth birth_order", "生老大时领特困 生老二时领低保 现在啥都不领了",
  [chb(1, True), chb(2, True), f("hardship_now", False)])
m("question insurance", "假如生孩子那阵社保断了 啥都没有 还能给报点吗", [f("birth_insurance", "none", "q")])
m("correction housing_fund", "公积金其实俩人都有 我刚才忘了算我老公的", [f("housing_fund_contributors", 2, "r")],
  known=K(city="beijing", housing_fund_contributors=1))
m("answer hukou", "不是 俺们户口在德州老家", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan"))
m("multiples age", "大的三岁 小的是一对双胞胎 五个月了", [bd(1, yo(3)), n(3), bd(2, mo(5)), bd(3, mo(5))])
m("question", "要是再生一个 北京一次性给多少啊", [due(2, None, "q")], known=K(city="beijing", kids=["2024-08"]))
m("answer pregnancy", "六月吧 六月初", [due(1, nextmonth(6))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("answer negation_housing", "没有 在这儿没买房 房子在老家县城", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city", known=K(city="jinan"))
m("chitchat", "过年前能到账不 急用钱")
m("height question", "闺女穿鞋量一米三一 坐高铁得买儿童票吧", [ht(1, 131)])
m("now_vs_birth", "低保今年一月份停了", [f("hardship_now", False)])
m("answer negation_housing", "不打算 北京房价太吓人", [f("buying_first_home", False, "c")], asked="buying_first_home",
  known=K(city="beijing", renting=True))
m("answer per_birth_hardship multiples birth_order", "就是生这俩小的那阵 吃低保 大的没有", [chb(2, True), chb(3, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2022-08", "2026-03", "2026-03"]))

T("2027-04-30")  # Friday, month end
m("relative_date birth_order age", "老二是前天生的 老大三岁零两个月", [bd(2, back(2)), bd(1, age(3, 2))])
m("answer insurance", "新农合 就是居民医保那个", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="jinan", kids=["2027-03"]))
m("per_birth_hardship multiples now_vs_birth birth_order", "生双胞胎那会领着失业金 现在不领了 双胞胎是老二老三",
  [chb(2, True), chb(3, True), f("hardship_now", False)], known=K(city="jinan", kids=["2020-01", "2026-02", "2026-02"]))
m("correction insurance", "我搞错了 生的时候已经辞职了 是自己按灵活就业交的", [f("birth_insurance", "flexible_employment", "r")],
  known=K(city="beijing", birth_insurance="employee_maternity", kids=["2027-01"]))
m("question birth_order", "打算明年要二胎 要是要了能领多少", [due(2, year(1), "q")], known=K(city="jinan", kids=["2024-05"]))
m("age", "闺女刚满四周岁 儿子一岁半", [bd(1, just(4)), bd(2, yo(1))])
m("answer relative_date", "一个 三月底生的", [n(1), bd(1, pastmonth(3))], asked="children", known=K(city="beijing"))
m("now_vs_birth per_birth_hardship", "生孩子的时候没领任何补助 现在也没有", [f("hardship_at_birth", False), f("hardship_now", False)])
m("answer negation_housing", "对 租的 不过打算今年买首套", [f("renting", True, "c"), f("buying_first_home", True)], asked="renting",
  known=K(city="jinan"))
m("hukou question", "我们济南户口 孩子户口还没上 能先申请吗", [f("city", "jinan"), f("hukou_in_city", True)])
m("chitchat", "收到 谢啦")
m("multiples relative_date", "三胞胎今年一月生的 头胎 家里老人都乐坏了", [n(3), bd(1, year() + "-01"), bd(2, year() + "-01"), bd(3, year() + "-01")])
m("answer pregnancy relative_date", "医生说下个月底", [due(1, thismonth(1))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("answer housing_fund", "我们俩加上孩子姥爷 三个", [f("housing_fund_contributors", 3)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=["2025-02"]))

T("2027-10-19")  # Tuesday
m("relative_date birth_order", "上周六夜里生的 老三 是个儿子", [bd(3, lastweek(5))])
m("answer per_birth_hardship now_vs_birth", "没有 不过现在刚批了低保", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2027-09"]))
m("question per_birth_hardship birth_order", "假如我家老二是在领低保的时候生的 会多给吗", [chb(2, True, "q")],
  known=K(city="jinan", kids=["2021-06", "2025-03"]))
m("question", "二孩是不是就给一次 五千是吧")
m("correction now_vs_birth", "不对 现在已经不领低保了 去年就停了", [f("hardship_now", False, "r")],
  known=K(city="jinan", hardship_now=True, kids=["2025-06"]))
m("insurance now_vs_birth", "现在交着居民医保 生闺女那会儿是单位的生育险", [f("birth_insurance", "employee_maternity")])
m("answer housing_fund", "公积金啊 一个交的都没有 都在厂里干临时工", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors", known=K(city="jinan"))
m("answer multiples age", "俩 双胞胎 都两岁半了", [n(2), bd(1, yo(2)), bd(2, yo(2))], asked="children", known=K(city="jinan"))
m("pregnancy multiples", "怀孕三个月 医生说是双胞胎", [due(1, preg(3)), due(2, preg(3))])
m("question negation_housing", "我们现在住的是自己买的房 要是租房的话能提公积金付房租吗",
  [f("owns_home_in_city", True), f("renting", True, "q")])
m("correction hukou", "不好意思说错了 我们是北京户口", [f("hukou_in_city", True, "r")], known=K(city="beijing", hukou_in_city=False))
m("numerals birth_order", "老二二〇二五年九月三号生的", [bd(2, "2025-09-03")])
m("answer height", "一米一五左右吧", [ht(1, 115)], asked="children.height_cm", known=K(city="jinan", kids=["2021-03"]))
m("per_birth_hardship now_vs_birth", "我是孩子奶奶 孙子出生那会儿儿子在领失业金 现在上班了", [f("hardship_at_birth", True), f("hardship_now", False)])
m("relative_date hukou question", "去年十月生的 北京户口 能补吗", [bd(1, year(-1) + "-10"), f("city", "beijing"), f("hukou_in_city", True)])
m("short_year birth_order", "老大19年 老二23年3月", [bd(1, "2019"), bd(2, "2023-03")])
m("answer relative_date", "俩 大的前年生的 小的今年", [n(2), bd(1, year(-2)), bd(2, year())], asked="children", known=K(city="jinan"))
m("answer hukou", "对 没错 济南的户口", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan"))
m("answer height birth_order", "老大一米四一 老二一米二 老三还小没量", [ht(1, 141), ht(2, 120)], asked="children.height_cm",
  known=K(city="beijing", kids=["2018-11", "2021-05", "2024-01"]))
m("answer insurance per_birth_hardship", "那时候刚失业 领着失业金 医保是居民的",
  [f("birth_insurance", "resident_medical"), f("hardship_at_birth", True)], asked="birth_insurance", known=K(city="jinan", kids=["2027-08"]))
