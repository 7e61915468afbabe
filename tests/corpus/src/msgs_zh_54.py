# Chinese, batch 54: twins/龙凤胎/三胞胎 beside elder or younger single children (count stated by 就这俩/仨孩子/头胎,
# or by a single child told with a multiple), twins on the way; colloquial ages (两岁多, 一岁半, 刚满月, 快三岁, 十个月大,
# 五十天, 满百天, 一周岁); two-digit, dotted and slashed years, Chinese and full-width numerals (19年, 二一年, 2022.3,
# 23.5.1, 2024/6/1, ２０２３年, 二〇二四年十月); relative dates (去年, 前年, 大前年, 上个月, 去年十月, 上周X on Mon-Thu);
# answers to every asked question, corrections, hypotheticals, plain questions, chitchat, housing/fund/insurance/hukou
T("2024-01-10")  # Wednesday: 上周X = the week of 2024-01-01
m("multiples relative_date birth_order", "上礼拜三剖了 一对儿子 大闺女在家等着看弟弟呢 她五岁",
  [bd(2, lastweek(2)), bd(3, lastweek(2)), bd(1, yo(5)), n(3)], known=K(city="jinan"))
m("multiples short_year", "就一对双胞胎姐妹 19年生的 在济南上幼儿园呢", [n(2), bd(1, "2019"), bd(2, "2019")], known=K(city="jinan"))
m("short_year numerals birth_order", "二一年生的老大 老二是二三年十二月的 还没出月子呢",
  [bd(1, "2021"), bd(2, "2023-12")], known=K(city="beijing"))
m("age", "北京的 俩娃 大的两岁多 小的十个月大", [f("city", "beijing"), n(2), bd(1, yo(2)), bd(2, mo(10))])
m("chitchat", "在么在么 有人没", [])
m("question", "济南那个每月600的育儿补贴 一孩有没有份", [])
m("answer short_year multiples relative_date birth_order", "三个 老大一六年 老二老三是双胞胎 去年十月生的",
  [n(3), bd(1, "2016"), bd(2, "2023-10"), bd(3, "2023-10")], asked="children", known=K(city="jinan"))
m("multiples per_birth_hardship now_vs_birth", "生双胞胎那阵子家里领着低保 现在不领了",
  [chb(1, True), chb(2, True), f("hardship_now", False)], known=K(city="jinan", kids=[yo(2), yo(2)]))
m("pregnancy insurance", "怀孕七个月了 这是头胎 单位给交着生育险",
  [due(1, preg(7)), f("birth_insurance", "employee_maternity")], known=K(city="beijing"))
m("correction short_year numerals birth_order", "老大是二零年三月的 不是二二年 我打错了", [bd(1, "2020-03", "r")],
  known=K(city="jinan", kids=["2022-03", "2023-05"]))
m("negation_housing housing_fund", "在历下租房子住 自己名下没房 俩人都交公积金",
  [f("renting", True), f("owns_home_in_city", False), f("housing_fund_contributors", 2)], known=K(city="jinan", kids=[yo(1)]))
m("age hukou", "孙子今天满一百天 我们一家都是北京户口", [bd(1, dago(100)), f("city", "beijing"), f("hukou_in_city", True)])
m("per_birth_hardship", "生娃的时候我在领失业金", [f("hardship_at_birth", True)], known=K(city="jinan", kids=[mo(3)]))
m("relative_date birth_order", "老二是前天生的 顺产 七斤二两", [bd(2, back(2))], known=K(city="beijing", kids=[yo(3)]))
m("duration chitchat", "陪产假就15天 一眨眼就没了", [])

T("2024-05-15")  # Wednesday: 上周X = the week of 2024-05-06
m("multiples relative_date", "头一胎就是三胞胎 上周五出来的 都在保温箱呢",
  [n(3), bd(1, lastweek(4)), bd(2, lastweek(4)), bd(3, lastweek(4))], known=K(city="jinan"))
m("age pregnancy birth_order", "老大一岁半 肚子里这个预产期十月", [bd(1, yo(1)), due(2, nextmonth(10))], known=K(city="jinan"))
m("numerals", "２０２２年３月生的儿子 今年两岁多", [bd(1, "2022-03")], known=K(city="beijing"))
m("question birth_order", "要是明年在生个老三 生下来能拿多少补贴", [due(3, year(1), "q")],
  known=K(city="jinan", kids=[yo(4), yo(1)]))
m("chitchat", "宝宝刚睡着 我也眯一会", [])
m("answer hukou", "不是 我俩户口都还在河北老家", [f("hukou_in_city", False, "c")], asked="hukou_in_city",
  known=K(city="beijing", kids=[yo(2)]))
m("answer insurance", "我是灵活就业自己交的职工医保", [f("birth_insurance", "flexible_employment")], asked="birth_insurance",
  known=K(city="jinan", kids=[mo(2)]))
m("multiples age birth_order", "双胞胎宝宝五十天了 他们哥哥三岁", [bd(2, dago(50)), bd(3, dago(50)), bd(1, yo(3)), n(3)],
  known=K(city="jinan"))
m("correction insurance", "刚才说错了 生孩子时候交的是居民医保 不是职工的", [f("birth_insurance", "resident_medical", "r")],
  known=K(city="jinan", birth_insurance="employee_maternity", kids=[yo(1)]))
m("height", "闺女一米二八了 还差一点到1米3", [ht(1, 128)], known=K(city="beijing", kids=[yo(6)]))
m("age birth_order", "老二两岁零三个月 老大快七岁了", [bd(2, age(2, 3)), bd(1, almost(7))], known=K(city="jinan"))
m("negation_housing housing_fund", "想用公积金贷款买第一套房 就我老公一个人交",
  [f("buying_first_home", True), f("housing_fund_contributors", 1)], known=K(city="jinan", kids=[yo(3), yo(1)]))
m("multiples relative_date short_year numerals", "去年生的小儿子 上面俩姐姐是双胞胎 一八年的",
  [bd(3, year(-1)), bd(1, "2018"), bd(2, "2018"), n(3)], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth birth_order", "生老大时候没领啥 现在我下岗了再领失业金",
  [chb(1, False), f("hardship_now", True)], known=K(city="jinan", kids=[yo(4)]))
m("question", "北京这边托育园有补贴没 两岁的能送不", [])

T("2024-09-19")  # Thursday: 上周X = the week of 2024-09-09
m("relative_date multiples short_year numerals", "上周五添了个千金 家里那对双胞胎小子二零年的 高兴坏了",
  [bd(3, lastweek(4)), bd(1, "2020"), bd(2, "2020"), n(3)], known=K(city="jinan"))
m("short_year question", "济南的 俩娃一个23年4月一个24年8月 都能领600不",
  [f("city", "jinan"), n(2), bd(1, "2023-04"), bd(2, "2024-08")])
m("age", "闺女一周岁零一个月 还没断奶", [bd(1, age(1, 1))], known=K(city="beijing"))
m("answer pregnancy", "医生说明年一月初", [due(2, year(1) + "-01")], asked="due_date",
  known=K(city="jinan", kids=[yo(2), {"due_date": None}]))
m("chitchat", "谢谢啊 你这小助手还挺好用", [])
m("multiples age", "大儿子刚满五岁 底下龙凤胎十个月大", [bd(1, just(5)), bd(2, mo(10)), bd(3, mo(10)), n(3)],
  known=K(city="beijing"))
m("hukou", "户口早迁过来了 是济南本地户口 在天桥区", [f("hukou_in_city", True)], known=K(city="jinan", kids=[yo(1)]))
m("correction relative_date", "刚才说错了 不是两个 三个孩子 小的上个月生的", [n(3, "r"), bd(3, thismonth(-1))],
  known=K(city="jinan", kids=[yo(6), yo(3)]))
m("housing_fund insurance", "我跟老公公积金都交着 我单位也给上了生育保险",
  [f("housing_fund_contributors", 2), f("birth_insurance", "employee_maternity")], known=K(city="beijing", kids=[mo(4)]))
m("short_year birth_order", "老二23.5.1生的 老大今年九月刚进幼儿园", [bd(2, "2023-05-01")], known=K(city="jinan"))
m("question", "北京坐地铁 小孩多高开始买票", [])
m("answer negation_housing", "对 在通州租的两居室", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[yo(2)]))
m("per_birth_hardship now_vs_birth", "生他那会儿家里揭不开锅 吃着低保 这两年缓过来了 已经退出低保了",
  [f("hardship_at_birth", True), f("hardship_now", False)], known=K(city="beijing", kids=[yo(3)]))
m("multiples age pregnancy", "家里就一对双胞胎 刚满一周岁 媳妇又怀上了 六个月了",
  [n(2), bd(1, just(1)), bd(2, just(1)), due(3, preg(6))], known=K(city="jinan"))
m("numerals pregnancy birth_order", "老大2019/11/20生的 老二还没生 预产期下个月", [bd(1, "2019-11-20"), due(2, thismonth(1))],
  known=K(city="beijing"))

T("2025-02-12")  # Wednesday: 上周X = the week of 2025-02-03
m("relative_date short_year numerals birth_order", "老二前年十一月的 老大一七年的", [bd(2, "2023-11"), bd(1, "2017")],
  known=K(city="jinan"))
m("multiples age", "头胎就是俩闺女 双胞胎 刚满月 手忙脚乱的", [n(2), bd(1, mo(1)), bd(2, mo(1))], known=K(city="beijing"))
m("answer per_birth_hardship multiples birth_order", "就生俩小的那次在领低保 老大那时候没有",
  [chb(2, True), chb(3, True), chb(1, False)], asked="hardship_at_birth", known=K(city="jinan", kids=[yo(5), mo(8), mo(8)]))
m("chitchat", "过年走亲戚累死了 娃一路哭", [])
m("pregnancy multiples", "预产期今年八月 怀的老三 前面俩是龙凤胎", [due(3, year() + "-08"), n(2)], known=K(city="jinan"))
m("numerals age height question", "１０个月大的儿子 身高７２ 坐车肯定不要票吧", [bd(1, mo(10)), ht(1, 72)], known=K(city="beijing"))
m("housing_fund negation_housing question", "俩人都没有公积金 在外面租房住 想问能提吗",
  [f("housing_fund_contributors", 0), f("renting", True)], known=K(city="jinan", kids=[yo(3), yo(1)]))
m("correction relative_date birth_order", "老三不是去年十月 是去年十一月 记岔了", [bd(3, "2024-11", "r")],
  known=K(city="jinan", kids=["2018", "2021", "2024-10"]))
m("answer", "山东济南 市中区", [f("city", "jinan")], asked="city")
m("age birth_order", "大的快四岁 小的一岁两个月", [bd(1, almost(4)), bd(2, age(1, 2))], known=K(city="beijing"))
m("short_year hukou", "我们家就一个孩子 二二年8月的 户口不在北京", [n(1), bd(1, "2022-08"), f("hukou_in_city", False)],
  known=K(city="beijing"))
m("question", "产假158天是自然天还是工作日啊", [])
m("duration housing_fund", "公积金交了五年了 就我自己交 媳妇没工作", [f("housing_fund_contributors", 1)],
  known=K(city="jinan", kids=[yo(2)]))
m("multiples age", "双胞胎儿子今天一百天 头胎", [n(2), bd(1, dago(100)), bd(2, dago(100))], known=K(city="jinan"))
m("negation_housing", "房子是自己买的 在济南就这一套 没贷款", [f("owns_home_in_city", True)], known=K(city="jinan", kids=[yo(6), yo(2)]))

T("2025-07-08")  # Tuesday: 上周X = the week of 2025-06-30
m("multiples relative_date age birth_order", "上周日又生了对双胞胎 这下四个娃了 上头俩哥哥 九岁和六岁",
  [n(4), bd(3, lastweek(6)), bd(4, lastweek(6)), bd(1, yo(9)), bd(2, yo(6))], known=K(city="beijing"))
m("numerals birth_order question", "老大2022.3的 老二2024.12的 在济南能领啥", [bd(1, "2022-03"), bd(2, "2024-12")],
  known=K(city="jinan"))
m("age", "宝宝八周大了 我在家休产假", [bd(1, dago(56))], known=K(city="jinan"))
m("answer housing_fund", "两个 我和孩子他爸", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(1)]))
m("age birth_order", "快三岁的闺女 还有个儿子刚半岁", [bd(1, almost(3)), bd(2, mo(6))], known=K(city="beijing"))
m("chitchat", "天太热了 孩子捂出一身痱子", [])
m("correction negation_housing", "哦不对 我们不是租房 住的是我爸妈的房子", [f("renting", False, "r")],
  known=K(city="beijing", renting=True, kids=[yo(2)]))
m("multiples age", "今年3月生的三胞胎 家里还有个大姐姐 10岁了",
  [bd(2, "2025-03"), bd(3, "2025-03"), bd(4, "2025-03"), bd(1, yo(10)), n(4)], known=K(city="jinan"))
m("question housing_fund", "假如我俩都交公积金 能贷多少", [f("housing_fund_contributors", 2, "q")],
  known=K(city="jinan", kids=[yo(3), yo(1)]))
m("per_birth_hardship birth_order", "生老二时候我在领失业保险金 老大那会没有", [chb(2, True), chb(1, False)],
  known=K(city="jinan", kids=[yo(5), yo(1)]))
m("numerals", "二〇二三年十二月生的小外孙 一岁半了", [bd(1, "2023-12")], known=K(city="beijing"))
m("answer negation_housing", "不打算 现在手里没钱 先租着", [f("buying_first_home", False, "c"), f("renting", True)],
  asked="buying_first_home", known=K(city="jinan", kids=[yo(2), mo(4)]))
m("height question", "孩子一米一五 北京公交能免票不", [ht(1, 115)], known=K(city="beijing", kids=[yo(5)]))
m("multiples short_year", "15年那对双胞胎 今年五月又生了个小闺女", [bd(1, "2015"), bd(2, "2015"), bd(3, "2025-05"), n(3)],
  known=K(city="jinan"))
m("age", "生完九天了 还在月子里", [bd(1, dago(9))], known=K(city="jinan"))

T("2025-11-20")  # Thursday: 上周X = the week of 2025-11-10
m("relative_date birth_order", "上周四凌晨生的 老二 跟姐姐差了四岁", [bd(2, lastweek(3))], known=K(city="beijing", kids=["2021-09"]))
m("multiples short_year numerals", "仨孩子 头两个是双胞胎 二一年的 小的24/3/15",
  [n(3), bd(1, "2021"), bd(2, "2021"), bd(3, "2024-03-15")], known=K(city="jinan"))
m("relative_date age birth_order", "大前年生的老大 今年生了老二 刚满四个月", [bd(1, year(-3)), bd(2, mo(4))], known=K(city="jinan"))
m("answer height numerals", "大的一米三五 小的一米零二", [ht(1, 135), ht(2, 102)], asked="children.height_cm",
  known=K(city="beijing", kids=[yo(8), yo(4)]))
m("chitchat", "好的 明白了 回头再问你", [])
m("housing_fund insurance", "孩子他爸有公积金 我没有 我是灵活就业交的医保",
  [f("housing_fund_contributors", 1), f("birth_insurance", "flexible_employment")], known=K(city="jinan", kids=[yo(1)]))
m("question hukou", "如果把户口迁到济南 老二能领补贴吗", [f("hukou_in_city", True, "q")],
  known=K(city="jinan", hukou_in_city=False, kids=["2020", "2024-02"]))
m("age birth_order", "老大刚满六岁 老二四岁多 老三一岁零八个月", [bd(1, just(6)), bd(2, yo(4)), bd(3, age(1, 8))],
  known=K(city="jinan"))
m("correction height numerals birth_order", "纠正下 老二是一米零八 刚才写成一米八了", [ht(2, 108, "r")],
  known=K(city="beijing", kids=[yo(7), {"birth_date": yo(4), "height_cm": 180}]))
m("now_vs_birth per_birth_hardship", "低保是今年才批下来的 生孩子那时候还没有",
  [f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan", kids=[yo(2)]))
m("age insurance", "儿子刚满一周岁 生他时候用的职工生育险报的", [bd(1, just(1)), f("birth_insurance", "employee_maternity")],
  known=K(city="beijing"))
m("question", "俩孩子能安排进同一个学校不", [n(2)], known=K(city="jinan", kids=[yo(7), yo(4)]))
m("answer negation_housing", "有 在昌平有套小两居 还在还贷", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="beijing", kids=[yo(3)]))
m("age birth_order", "十个月大的小闺女 还有个大闺女刚上一年级", [bd(2, mo(10))], known=K(city="jinan"))
m("numerals", "娃2024/6/1生的 儿童节那天", [bd(1, "2024-06-01")], known=K(city="beijing"))

T("2026-03-04")  # Wednesday: 上周X = the week of 2026-02-23
m("multiples relative_date age", "上周三喜提龙凤胎 大儿子都十一了 终于凑成好字",
  [bd(2, lastweek(2)), bd(3, lastweek(2)), bd(1, yo(11)), n(3)], known=K(city="jinan"))
m("numerals birth_order", "老二二〇二四年十月的 老大是二〇二〇年五月", [bd(2, "2024-10"), bd(1, "2020-05")], known=K(city="beijing"))
m("pregnancy age birth_order", "怀孕五个月 老大老二都是闺女 一个八岁一个五岁", [due(3, preg(5)), bd(1, yo(8)), bd(2, yo(5))],
  known=K(city="jinan"))
m("answer pregnancy", "六月中旬", [due(1, "2026-06")], asked="due_date", known=K(city="beijing", kids=[{"due_date": None}]))
m("chitchat", "开学了 终于能喘口气", [])
m("relative_date", "就一个闺女 去年三月的", [n(1), bd(1, "2025-03")], known=K(city="jinan"))
m("correction housing_fund", "说错了 我们俩都没公积金 刚才说一个人交不对", [f("housing_fund_contributors", 0, "r")],
  known=K(city="jinan", housing_fund_contributors=1, kids=[yo(3)]))
m("age birth_order", "宝宝四十天 是二胎 老大两岁半", [bd(2, dago(40)), bd(1, yo(2))], known=K(city="beijing"))
m("question", "三孩家庭公积金贷款最高一百万 是不是得俩人交", [])
m("answer hukou", "嗯嗯 济南户口 一直在这", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(1)]))
m("multiples short_year per_birth_hardship", "家里就这俩 双胞胎 21.9.10生的 生双胞胎那会儿俺俩都领失业金",
  [n(2), bd(1, "2021-09-10"), bd(2, "2021-09-10"), chb(1, True), chb(2, True)], known=K(city="jinan"))
m("height birth_order", "大的一米二 小的还不够一米", [ht(1, 120), below(2, 100)], known=K(city="beijing", kids=[yo(6), yo(3)]))
m("negation_housing housing_fund", "在北京没房 打算今年买首套 俩人都交公积金",
  [f("owns_home_in_city", False), f("buying_first_home", True), f("housing_fund_contributors", 2)],
  known=K(city="beijing", kids=[yo(1)]))
m("relative_date", "孙女是一月份生的 儿子儿媳都上班 没空带", [bd(1, pastmonth(1))], known=K(city="jinan"))
m("short_year relative_date pregnancy birth_order", "老大19年 老二去年 老三在肚里 预产期十月",
  [bd(1, "2019"), bd(2, year(-1)), due(3, nextmonth(10))], known=K(city="jinan"))

T("2026-06-17")  # Wednesday: 上周X = the week of 2026-06-08
m("multiples relative_date", "宝妈报到 上礼拜六生的 两个小子 第一次生就来俩",
  [n(2), bd(1, lastweek(5)), bd(2, lastweek(5))], known=K(city="beijing"))
m("multiples age", "大闺女七岁 下面一对双胞胎弟弟快一岁了", [bd(1, yo(7)), bd(2, almost(1)), bd(3, almost(1)), n(3)],
  known=K(city="jinan"))
m("answer", "一个都没有呢 刚结婚", [n(0)], asked="children", known=K(city="jinan"))
m("age now_vs_birth", "外孙八个月了 闺女女婿都在领低保", [bd(1, mo(8)), f("hardship_now", True)], known=K(city="jinan"))
m("chitchat", "哈哈哈 我家那个也是 一到晚上就闹", [])
m("short_year question birth_order", "二胎是24年生的 能不能领600", [bd(2, "2024")], known=K(city="jinan", kids=["2019"]))
m("correction short_year", "更正 孩子是二五年六月生的 不是五月", [bd(1, "2025-06", "r")], known=K(city="beijing", kids=["2025-05"]))
m("housing_fund hukou", "老公交公积金 我在家带孩子没交 我们俩户口都不在济南",
  [f("housing_fund_contributors", 1), f("hukou_in_city", False)], known=K(city="jinan", kids=[yo(2)]))
m("age", "一岁半 两岁半 三岁半 仨小子 吵翻天", [n(3), bd(3, yo(1)), bd(2, yo(2)), bd(1, yo(3))], known=K(city="beijing"))
m("answer insurance", "啥保险都没上 生孩子全是自己掏的", [f("birth_insurance", "none")], asked="birth_insurance",
  known=K(city="jinan", kids=[mo(2)]))
m("multiples age", "龙凤胎今天满百天 姐姐在家当小帮手 她九岁", [bd(2, dago(100)), bd(3, dago(100)), bd(1, yo(9)), n(3)],
  known=K(city="jinan"))
m("height question", "俩孩子都不到1米3 坐地铁得买票吗", [n(2), below(1, 130), below(2, 130)],
  known=K(city="beijing", kids=[yo(6), yo(3)]))
m("relative_date age birth_order", "去年十月剖的老二 老大刚满四岁", [bd(2, year(-1) + "-10"), bd(1, just(4))], known=K(city="jinan"))
m("per_birth_hardship birth_order", "生老三那阵子家里在吃特困 前面俩出生的时候没有",
  [chb(3, True), chb(1, False), chb(2, False)], known=K(city="jinan", kids=["2015", "2018", yo(1)]))
m("age question", "娃十周大 想问托育什么时候能送", [bd(1, dago(70))], known=K(city="jinan"))
m("answer height birth_order", "老大106 老二一米整", [ht(1, 106), ht(2, 100)], asked="children.height_cm",
  known=K(city="beijing", kids=[yo(4), yo(2)]))

T("2026-09-01")  # Tuesday: 上周X = the week of 2026-08-24
m("multiples relative_date age", "三胞胎上周五半夜落地 哥哥六岁半 高兴的睡不着",
  [bd(2, lastweek(4)), bd(3, lastweek(4)), bd(4, lastweek(4)), bd(1, yo(6)), n(4)], known=K(city="jinan"))
m("numerals birth_order", "今天老大开学一年级 老二２０２４年１２月的", [bd(2, "2024-12")], known=K(city="jinan"))
m("answer negation_housing", "没 住单位分的房", [f("renting", False, "c")], asked="renting", known=K(city="beijing", kids=[yo(2)]))
m("age housing_fund", "孙女两岁零五个月 她爸妈都是职工 都交公积金", [bd(1, age(2, 5)), f("housing_fund_contributors", 2)],
  known=K(city="jinan"))
m("chitchat", "[捂脸] 我先去做饭了", [])
m("question", "要是今年十二月再生个老二 能不能领补贴", [due(2, "2026-12", "q")], known=K(city="jinan", kids=[yo(3)]))
m("multiples short_year", "双胞胎23年5月的 今年一月又添了个小的", [bd(1, "2023-05"), bd(2, "2023-05"), bd(3, "2026-01"), n(3)],
  known=K(city="beijing"))
m("correction insurance", "不是灵活就业 我是单位交的生育险 说错了", [f("birth_insurance", "employee_maternity", "r")],
  known=K(city="jinan", birth_insurance="flexible_employment", kids=[mo(5)]))
m("pregnancy multiples", "孕七个月 B超说是双胞胎 头一胎", [due(1, preg(7)), due(2, preg(7))], known=K(city="jinan"))
m("height birth_order", "老大1米32了 上个月刚量的 老二1米05", [ht(1, 132), ht(2, 105)], known=K(city="beijing", kids=[yo(9), yo(5)]))
m("answer per_birth_hardship", "没领过 那会儿俩人都上班", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(4)]))
m("numerals", "两个孩子 二〇一九年和二〇二二年各一个", [n(2), bd(1, "2019"), bd(2, "2022")], known=K(city="jinan"))
m("negation_housing", "房子是租的 济南没自己的房 老家有", [f("renting", True), f("owns_home_in_city", False)],
  known=K(city="jinan", kids=[yo(2), mo(6)]))
m("relative_date age birth_order", "小的八月初生的 刚满月 大的四岁", [bd(2, pastmonth(8)), bd(1, yo(4))], known=K(city="beijing"))
m("duration chitchat", "产假还剩一个半月 真不想上班", [])
m("answer negation_housing", "还没呢 住公司宿舍", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city",
  known=K(city="beijing", kids=[mo(7)]))
m("insurance", "我没工作 交的城乡居民医保 生的时候报了三千", [f("birth_insurance", "resident_medical")],
  known=K(city="jinan", kids=[mo(3)]))

T("2026-11-25")  # Wednesday: 上周X = the week of 2026-11-16
m("multiples relative_date age birth_order", "上周三生了老四 四个娃了 老大老二是双胞胎 十岁 老三五岁",
  [n(4), bd(4, lastweek(2)), bd(1, yo(10)), bd(2, yo(10)), bd(3, yo(5))], known=K(city="beijing"))
m("numerals multiples", "２０２３年生的龙凤胎 就这俩", [n(2), bd(1, "2023"), bd(2, "2023")], known=K(city="jinan"))
m("answer", "北京 丰台这边", [f("city", "beijing")], asked="city")
m("age height", "闺女两岁多 身高刚好一米", [bd(1, yo(2)), ht(1, 100)], known=K(city="beijing"))
m("question", "陪产假能休几天 济南这边", [])
m("relative_date short_year numerals birth_order", "老二前年的 老大一五年", [bd(2, year(-2)), bd(1, "2015")], known=K(city="jinan"))
m("answer pregnancy", "预产期12月3号", [due(2, nextmonth(12, 3))], asked="due_date",
  known=K(city="jinan", kids=[yo(5), {"due_date": None}]))
m("chitchat", "好嘞 谢了哈", [])
m("correction age birth_order", "我记错了 老二是十一个月 不是十个月", [bd(2, mo(11), "r")], known=K(city="jinan", kids=[yo(4), mo(10)]))
m("short_year numerals multiples", "一四年一个 一七年一个 今年三月又来了对双胞胎 家里四个娃",
  [bd(1, "2014"), bd(2, "2017"), bd(3, "2026-03"), bd(4, "2026-03"), n(4)], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth birth_order", "生老大那会儿吃着低保 现在还在吃", [chb(1, True), f("hardship_now", True)],
  known=K(city="beijing", kids=[yo(6), yo(2)]))
m("age hukou negation_housing", "孩子十个月 我跟他爸都是外地户口 在北京租房",
  [bd(1, mo(10)), f("hukou_in_city", False), f("renting", True)], known=K(city="beijing"))
m("answer housing_fund", "都没交 我俩打零工的", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(3), yo(1)]))
m("age", "宝宝出生六周了 顺转剖 伤口还疼", [bd(1, dago(42))], known=K(city="jinan"))
m("answer negation_housing", "打算 看好房子了 就是首付还差点", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="beijing", kids=[yo(1)]))
