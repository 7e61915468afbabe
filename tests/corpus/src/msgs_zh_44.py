# Chinese, batch 44: multiples (双胞胎, 三胞胎, 龙凤胎, 一对儿, 俩一块儿生的) beside elder or younger single children in any
# order of telling, twins on the way beside born children, counts stated or implied, corrections of a count or of the
# twins' date, hardship at the twins' birth; colloquial ages of several children and kinship / birth-order words;
# answers to the bot's questions, chitchat and bare questions
T("2025-01-09")  # Thursday: 上周X = the week of 2024-12-30
m("multiples age birth_order", "俺家龙凤胎三岁半了 上头还有个姐姐上初一", [n(3), bd(2, yo(3)), bd(3, yo(3))], known=K(city="jinan"))
m("multiples relative_date", "上周二生的三胞胎 俺们头一回当爹妈 累傻了", [n(3), bd(1, lastweek(1)), bd(2, lastweek(1)), bd(3, lastweek(1))],
  known=K(city="beijing"))
m("correction numerals age birth_order", "刚才说错了 不是俩孩子 是仨 还有个小的刚满月", [n(3, "r"), bd(3, mo(1))],
  known=K(city="jinan", kids=[yo(4), yo(2)]))
m("per_birth_hardship multiples", "生双胞胎那会儿俺俩都下岗了 领着失业金", [chb(2, True), chb(3, True)],
  known=K(city="jinan", kids=[yo(6), yo(2), yo(2)]))
m("chitchat", "半夜起来喂奶 喂完这个喂那个 俺眼都睁不开了", [])
m("question multiples", "双胞胎的一次性补贴是按一个算还是按两个算", [])
m("answer multiples age birth_order", "四个 老大十岁 老二七岁 老三老四是双胞胎 才五个月",
  [n(4), bd(1, yo(10)), bd(2, yo(7)), bd(3, mo(5)), bd(4, mo(5))], asked="children", known=K(city="jinan"))
m("age numerals", "外孙女一岁零两个月 外孙子三岁半 闺女就这俩", [n(2), bd(1, yo(3)), bd(2, age(1, 2))], known=K(city="jinan"))
m("multiples pregnancy age birth_order relative_date", "大闺女五岁 这回怀的是双胞胎 预产期五月二十号",
  [bd(1, yo(5)), due(2, nextmonth(5, 20)), due(3, nextmonth(5, 20))], known=K(city="jinan"))
m("multiples age hukou", "头一胎就是俩一块儿生的 刚百天 户口都上在济南了", [n(2), bd(1, dago(100)), bd(2, dago(100)), f("hukou_in_city", True)],
  known=K(city="jinan"))
m("correction multiples relative_date", "记岔了 双胞胎是十二月一号生的 不是二号", [bd(1, "2024-12-01", "r"), bd(2, "2024-12-01", "r")],
  known=K(city="beijing", kids=["2024-12-02", "2024-12-02"]))
m("multiples age birth_order", "就仨闺女 老幺快两岁 上头俩姐姐是双胞胎 八岁", [n(3), bd(3, almost(2)), bd(1, yo(8)), bd(2, yo(8))],
  known=K(city="jinan"))
m("answer pregnancy multiples relative_date", "大夫讲大概三月中旬吧", [due(2, nextmonth(3)), due(3, nextmonth(3))], asked="due_date",
  known=K(city="jinan", kids=[yo(3), {"due_date": None}, {"due_date": None}]))
m("question multiples", "三胞胎能领三份不", [])
m("multiples age numerals", "俺那俩孙子是一对儿 都六岁多了 明年上小学", [n(2), bd(1, yo(6)), bd(2, yo(6))], known=K(city="jinan"))

T("2025-04-15")  # Tuesday: 上周X = the week of 2025-04-07
m("multiples relative_date birth_order", "上周四添了对双胞胎 哥哥今年八岁 一家五口了", [n(3), bd(1, yo(8)), bd(2, lastweek(3)), bd(3, lastweek(3))],
  known=K(city="jinan"))
m("multiples short_year birth_order", "双胞胎是一九年的 老三二四年十一月生的", [bd(1, "2019"), bd(2, "2019"), bd(3, "2024-11"), n(3)],
  known=K(city="beijing"))
m("correction multiples", "不对 双胞胎是二〇二三年三月的 我前面打成二月了", [bd(2, "2023-03", "r"), bd(3, "2023-03", "r")],
  known=K(city="jinan", kids=["2018-06", "2023-02", "2023-02"]))
m("age birth_order", "大孙女九岁半 二孙女四岁多 老幺小孙子才四十天", [bd(1, yo(9)), bd(2, yo(4)), bd(3, dago(40))], known=K(city="jinan"))
m("chitchat", "今天带娃们去泉城广场放风筝了 风老大了", [])
m("answer multiples numerals", "一对儿 龙凤胎 就他俩", [n(2)], asked="children", known=K(city="jinan"))
m("pregnancy multiples numerals", "家里俩娃 肚里又揣了一对儿 怀孕四个月了", [n(2), due(3, preg(4)), due(4, preg(4))],
  known=K(city="jinan", kids=[yo(7), yo(3)]))
m("per_birth_hardship multiples birth_order", "生老大那会儿吃低保 后来生双胞胎的时候就不吃了",
  [chb(1, True), chb(2, False), chb(3, False)], known=K(city="jinan", kids=[yo(9), yo(2), yo(2)]))
m("question", "孩子在老家生的 回济南能补办吗", [])
m("multiples age", "仨娃 大的是一对双胞胎 七岁 小的一岁零三个月", [n(3), bd(1, yo(7)), bd(2, yo(7)), bd(3, age(1, 3))],
  known=K(city="beijing"))
m("answer negation_housing numerals", "租的 俩孩子挤一个屋", [f("renting", True), n(2)], asked="renting", known=K(city="beijing", kids=[yo(5), yo(3)]))
m("correction numerals", "我数错了 一共四个娃 不是三个", [n(4, "r")], known=K(city="jinan",
  kids=[yo(8), yo(3), yo(3)]))
m("age birth_order", "二宝刚满月 大宝两岁零五个月", [bd(2, mo(1)), bd(1, age(2, 5))], known=K(city="jinan"))
m("hukou numerals", "三个娃户口都还在老家临沂 没迁过来", [n(3), f("hukou_in_city", False)], known=K(city="jinan", kids=[mo(3), mo(3), mo(3)]))
m("question multiples", "龙凤胎算二孩还是算一孩啊", [])

T("2025-06-26")  # Thursday: 上周X = the week of 2025-06-16
m("multiples relative_date age birth_order", "上周一剖的 双胞胎妹妹们 她们姐姐四岁半 挺懂事", [n(3), bd(2, lastweek(0)), bd(3, lastweek(0)), bd(1, yo(4))],
  known=K(city="beijing"))
m("multiples age", "双胞胎俩小子三岁 没别的孩子了", [n(2), bd(1, yo(3)), bd(2, yo(3))], known=K(city="jinan"))
m("answer per_birth_hardship multiples", "生双胞胎那阵子在领特困 小的那个生的时候没有", [chb(1, True), chb(2, True), chb(3, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=[yo(4), yo(4), mo(3)]))
m("chitchat", "奶奶一个人看孩子 真顶不住 腰都累弯了", [])
m("age birth_order", "小外孙刚满周岁 大外孙六岁 二外孙女三岁半", [bd(3, just(1)), bd(1, yo(6)), bd(2, yo(3))], known=K(city="beijing"))
m("correction multiples age", "更正 双胞胎是十个月 不是一岁", [bd(2, mo(10), "r"), bd(3, mo(10), "r")],
  known=K(city="jinan", kids=[yo(5), yo(1), yo(1)]))
m("multiples short_year birth_order", "老大二零年 老二老三俩一块生的 二二年八月", [bd(1, "2020"), bd(2, "2022-08"), bd(3, "2022-08")],
  known=K(city="jinan"))
m("question", "双胞胎生的时候住院超过一礼拜 生育津贴多给吗", [])
m("answer numerals multiples", "五个 老大老二双胞胎 老三老四老五是三胞胎 你说我难不难", [n(5)], asked="children", known=K(city="jinan"))
m("pregnancy multiples relative_date", "查出来是双胞胎 预产期年底 十二月", [due(1, "2025-12"), due(2, "2025-12")], known=K(city="jinan"))
m("hukou multiples age birth_order", "老二老三是双胞胎 两岁半 都是北京户口", [bd(2, yo(2)), bd(3, yo(2)), f("hukou_in_city", True)],
  known=K(city="beijing", kids=[yo(5)]))
m("age", "孙子快三岁了 孙女才八十天", [bd(1, almost(3)), bd(2, dago(80))], known=K(city="jinan"))
m("insurance multiples", "生双胞胎用的是我单位的生育保险", [f("birth_insurance", "employee_maternity")], known=K(city="jinan", kids=[mo(2), mo(2)]))
m("question", "补贴是给孩子妈还是给孩子爸", [])
m("correction multiples numerals", "搞错了 不是双胞胎 是三胞胎", [n(3, "r")], known=K(city="beijing", kids=[mo(5), mo(5)]))

T("2025-09-03")  # Wednesday: 上周X = the week of 2025-08-25
m("multiples relative_date birth_order", "上周五凌晨生的龙凤胎 老大才一岁半 俺家一下仨娃了", [n(3), bd(2, lastweek(4)), bd(3, lastweek(4)), bd(1, yo(1))],
  known=K(city="jinan"))
m("age birth_order", "老大十三 老二九岁 老幺刚满月", [bd(1, yo(13)), bd(2, yo(9)), bd(3, mo(1))], known=K(city="jinan"))
m("multiples numerals", "二〇二一年七月生的一对双胞胎 是第一胎 在北京", [n(2), bd(1, "2021-07"), bd(2, "2021-07"), f("city", "beijing")])
m("chitchat", "开学了 早上送完这个送那个 腿都跑断了", [])
m("answer age", "俩 大的九岁半 小的快两岁", [n(2), bd(1, yo(9)), bd(2, almost(2))], asked="children", known=K(city="beijing"))
m("correction age birth_order", "打错字了 老大是十四岁 不是四岁", [bd(1, yo(14), "r")], known=K(city="jinan", kids=[yo(4), mo(5)]))
m("per_birth_hardship multiples now_vs_birth", "双胞胎出生时家里吃低保 今年不吃了", [chb(1, True), chb(2, True), f("hardship_now", False)],
  known=K(city="jinan", kids=[yo(3), yo(3)]))
m("question multiples", "双胞胎一块申请还是分开申请", [])
m("multiples pregnancy age birth_order", "哥哥五岁 姐姐三岁 媳妇这胎怀了俩 六个月了", [bd(1, yo(5)), bd(2, yo(3)), due(3, preg(6)), due(4, preg(6))],
  known=K(city="jinan"))
m("answer hukou", "是 仨孩子户口都在北京", [f("hukou_in_city", True, "c"), n(3)], asked="hukou_in_city",
  known=K(city="beijing", kids=[yo(8), yo(2), yo(2)]))
m("age birth_order", "二孙子一岁零七个月 大孙子五岁", [bd(2, age(1, 7)), bd(1, yo(5))], known=K(city="jinan"))
m("multiples relative_date", "去年八月生了对儿双胞胎 就他俩", [n(2), bd(1, "2024-08"), bd(2, "2024-08")], known=K(city="jinan"))
m("correction multiples relative_date", "更正一下 龙凤胎是八月二十五号生的 不是二十六", [bd(2, "2025-08-25", "r"), bd(3, "2025-08-25", "r")],
  known=K(city="jinan", kids=[yo(1), "2025-08-26", "2025-08-26"]))
m("chitchat", "喂 有人没", [])
m("question", "济南的托育补贴双胞胎怎么算", [])

T("2025-11-20")  # Thursday: 上周X = the week of 2025-11-10
m("multiples relative_date", "俺闺女上周三生了仨 三胞胎 头一胎 仨加起来十二斤多", [n(3), bd(1, lastweek(2)), bd(2, lastweek(2)), bd(3, lastweek(2))],
  known=K(city="jinan"))
m("age numerals birth_order", "大的十一 二的七岁 三的三岁半 四的刚满月 四个全是闺女", [n(4), bd(1, yo(11)), bd(2, yo(7)), bd(3, yo(3)), bd(4, mo(1))],
  known=K(city="jinan"))
m("answer per_birth_hardship", "生孩子的时候没领过", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=[mo(6), mo(6)]))
m("multiples age birth_order", "小的是对双胞胎 快一岁了 大的八岁", [bd(2, almost(1)), bd(3, almost(1)), bd(1, yo(8)), n(3)], known=K(city="jinan"))
m("chitchat", "俺们那儿管双胞胎叫双生子 嘿嘿", [])
m("correction multiples age", "刚才写错了 双胞胎是快两岁 不是快一岁", [bd(2, almost(2), "r"), bd(3, almost(2), "r")],
  known=K(city="jinan", kids=[yo(8), almost(1), almost(1)]))
m("pregnancy multiples numerals", "一个都还没生 这回怀的双胞胎 预产期明年四月", [n(0), due(1, "2026-04"), due(2, "2026-04")], known=K(city="beijing"))
m("question", "生三胞胎的话产假能多几天", [])
m("age birth_order", "外孙子两岁零两个月 外孙女是老二 刚满百天", [bd(1, age(2, 2)), bd(2, dago(100))], known=K(city="jinan"))
m("answer housing_fund", "就我自个儿交", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(6), yo(1), yo(1)]))
m("per_birth_hardship multiples birth_order", "生老三老四那对双胞胎的时候俺在领失业金 前头俩生的时候没有",
  [chb(3, True), chb(4, True), chb(1, False), chb(2, False)], known=K(city="jinan", kids=[yo(10), yo(6), mo(4), mo(4)]))
m("multiples numerals", "２０２２年５月１０号 双胞胎闺女 家里就这俩", [n(2), bd(1, "2022-05-10"), bd(2, "2022-05-10")], known=K(city="jinan"))
m("question hukou multiples", "如果双胞胎户口落济南 能多领点不", [f("hukou_in_city", True, "q")], known=K(city="jinan", kids=[mo(8), mo(8)]))
m("age", "大孙子刚满三岁 小孙子一岁零一个月", [bd(1, just(3)), bd(2, age(1, 1))], known=K(city="beijing"))
m("correction numerals", "说错了 家里是俩孩子 不是仨 肚里那个还没生呢", [n(2, "r")],
  known=K(city="jinan", kids=[yo(6), yo(2), {"due_date": "2026-03"}]))

T("2026-01-14")  # Wednesday: 上周X = the week of 2026-01-05
m("multiples relative_date birth_order", "上周四龙凤胎出生的 俺大孙子十岁了 这下仨了", [n(3), bd(1, yo(10)), bd(2, lastweek(3)), bd(3, lastweek(3))],
  known=K(city="jinan"))
m("multiples short_year birth_order", "双胞胎妹妹们一五年的 弟弟二一年的", [bd(1, "2015"), bd(2, "2015"), bd(3, "2021"), n(3)], known=K(city="beijing"))
m("answer multiples age", "仨 一对龙凤胎两岁半 还有个刚满月的小闺女", [n(3), bd(1, yo(2)), bd(2, yo(2)), bd(3, mo(1))],
  asked="children", known=K(city="jinan"))
m("chitchat", "下雪了 娃们在院里堆雪人呢", [])
m("correction multiples relative_date", "不对 双胞胎是去年十二月生的 不是十一月", [bd(2, "2025-12", "r"), bd(3, "2025-12", "r")],
  known=K(city="jinan", kids=[yo(4), "2025-11", "2025-11"]))
m("per_birth_hardship multiples", "俺们三个孩子出生的时候都没领低保啥的", [n(3), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=[yo(7), yo(2), yo(2)]))
m("age birth_order", "老大三岁半 老二一岁零两个月 老三刚出生五天", [bd(1, yo(3)), bd(2, age(1, 2)), bd(3, dago(5))], known=K(city="beijing"))
m("question", "一岁以内打疫苗能报销吗", [])
m("multiples pregnancy relative_date", "三胞胎 预产期六月底 这是头胎", [due(1, nextmonth(6)), due(2, nextmonth(6)), due(3, nextmonth(6))],
  known=K(city="jinan"))
m("answer negation_housing", "没有 一直租房", [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city",
  known=K(city="jinan", kids=[yo(3), yo(3)]))
m("age numerals", "俺家俩外孙女 一个三岁半 一个快两岁", [n(2), bd(1, yo(3)), bd(2, almost(2))], known=K(city="jinan"))
m("multiples age birth_order", "小孙女是老幺 刚满两岁 上头就一对双胞胎孙子 九岁", [n(3), bd(3, just(2)), bd(1, yo(9)), bd(2, yo(9))],
  known=K(city="beijing"))
m("correction numerals", "更正 我们只有一个孩子 不是双胞胎", [n(1, "r")], known=K(city="jinan", kids=[mo(3), mo(3)]))
m("question", "北京这个补贴要去街道办还是社区", [])
m("answer pregnancy chitchat", "不知道 医生还没说", [], asked="due_date", known=K(city="jinan", kids=[yo(2), {"due_date": None}]))

T("2026-03-05")  # Thursday: 上周X = the week of 2026-02-23
m("multiples relative_date age birth_order", "上周三生的双胞胎 上头还有仨 老大都十二了", [n(5), bd(4, lastweek(2)), bd(5, lastweek(2)), bd(1, yo(12))],
  known=K(city="jinan"))
m("age birth_order", "大宝四岁半 二宝两岁 三宝半岁", [bd(1, yo(4)), bd(2, yo(2)), bd(3, mo(6))], known=K(city="jinan"))
m("answer per_birth_hardship multiples", "生俩小的那会儿领着低保 生老大没有", [chb(2, True), chb(3, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=[yo(6), yo(1), yo(1)]))
m("chitchat", "元宵节吃汤圆 孩子们抢着吃", [])
m("multiples age hukou birth_order", "老二老三龙凤胎 一岁零四个月 户口落在北京了", [bd(2, age(1, 4)), bd(3, age(1, 4)), f("hukou_in_city", True)],
  known=K(city="beijing", kids=[yo(6)]))
m("correction multiples short_year", "说差了 双胞胎是二四年三月十号的 不是二五年", [bd(2, "2024-03-10", "r"), bd(3, "2024-03-10", "r")],
  known=K(city="jinan", kids=["2019", "2025-03-10", "2025-03-10"]))
m("question multiples", "双胞胎要是一个济南户口一个外地户口咋办", [])
m("multiples numerals", "头胎就是俩 一块儿生的 二〇二六年一月二号", [n(2), bd(1, "2026-01-02"), bd(2, "2026-01-02")],
  known=K(city="jinan"))
m("age", "外孙刚满月 外孙女四岁半", [bd(2, mo(1)), bd(1, yo(4))], known=K(city="jinan"))
m("answer multiples age", "一对儿 刚满八个月", [n(2), bd(1, mo(8)), bd(2, mo(8))], asked="children", known=K(city="beijing"))
m("pregnancy multiples birth_order numerals relative_date", "就一个儿子 这回B超说是两个 预产期九月", [n(1), due(2, nextmonth(9)), due(3, nextmonth(9))],
  known=K(city="jinan"))
m("insurance", "俺们是灵活就业交的医保", [f("birth_insurance", "flexible_employment")], known=K(city="jinan", kids=[mo(2), mo(2)]))
m("age birth_order", "大孙子上初中了 二孙子十个月", [bd(2, mo(10))], known=K(city="beijing"))
m("correction age birth_order", "不好意思 小的是三个月 不是四个月", [bd(3, mo(3), "r")], known=K(city="jinan", kids=[yo(5), yo(2), mo(4)]))
m("question", "补贴到账了会不会发短信", [])

T("2026-05-21")  # Thursday: 上周X = the week of 2026-05-11
m("multiples relative_date birth_order", "上周二俺儿媳妇生了对龙凤胎 他们姐姐刚满六岁", [n(3), bd(2, lastweek(1)), bd(3, lastweek(1)), bd(1, just(6))],
  known=K(city="jinan"))
m("multiples short_year birth_order", "老大一二年的 老二老三一七年双胞胎 老四二三年", [bd(1, "2012"), bd(2, "2017"), bd(3, "2017"), bd(4, "2023")],
  known=K(city="jinan"))
m("answer numerals", "三个 都上学了", [n(3)], asked="children", known=K(city="beijing"))
m("per_birth_hardship multiples", "生三胞胎时吃着特困供养", [chb(1, True), chb(2, True), chb(3, True)],
  known=K(city="jinan", kids=[yo(1), yo(1), yo(1)]))
m("chitchat", "哈哈 俺家小的今天会叫奶奶了", [])
m("correction multiples relative_date", "改一下 双胞胎是五月三号生的 我写成四号了", [bd(1, "2026-05-03", "r"), bd(2, "2026-05-03", "r")],
  known=K(city="jinan", kids=["2026-05-04", "2026-05-04"]))
m("age birth_order", "二孙女一岁半 大孙女五岁 小孙子刚生下来十天", [bd(2, yo(1)), bd(1, yo(5)), bd(3, dago(10))], known=K(city="jinan"))
m("question", "一次性生育补贴多少钱", [])
m("multiples pregnancy age", "闺女两岁半 这胎双胞胎 怀孕七个月了", [bd(1, yo(2)), due(2, preg(7)), due(3, preg(7))], known=K(city="beijing"))
m("answer hukou", "没 户口在河北", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(3), yo(3)]))
m("multiples age", "一对双胞胎儿子快三岁 还有个小闺女百天 就这仨", [n(3), bd(1, almost(3)), bd(2, almost(3)), bd(3, dago(100))],
  known=K(city="jinan"))
m("correction numerals", "不对 俺家是四个孩子 漏说了一个", [n(4, "r")], known=K(city="jinan", kids=[yo(9), yo(6), yo(2)]))
m("question", "双胞胎住保温箱花的钱能报吗", [])
m("age birth_order", "小的刚满月 大的一岁零八个月", [bd(2, mo(1)), bd(1, age(1, 8))], known=K(city="beijing"))
m("answer negation_housing", "打算 仨孩子住不开了 想买套房", [f("buying_first_home", True, "c"), n(3)], asked="buying_first_home",
  known=K(city="jinan", kids=[yo(7), yo(2), yo(2)]))

T("2026-07-16")  # Thursday: 上周X = the week of 2026-07-06
m("multiples relative_date", "上周一生的 三胞胎 俩小子一个闺女 头一胎", [n(3), bd(1, lastweek(0)), bd(2, lastweek(0)), bd(3, lastweek(0))],
  known=K(city="beijing"))
m("age birth_order", "老大七岁半 老二四岁 老三刚满一岁 老幺百天", [bd(1, yo(7)), bd(2, yo(4)), bd(3, just(1)), bd(4, dago(100))],
  known=K(city="jinan"))
m("answer multiples numerals", "俩 双胞胎 二〇二四年十月生的", [n(2), bd(1, "2024-10"), bd(2, "2024-10")], asked="children", known=K(city="jinan"))
m("chitchat", "暑假了 俩孙子天天在家打架", [], known=K(city="jinan", kids=[yo(9), yo(6)]))
m("per_birth_hardship multiples now_vs_birth", "双胞胎落地那会儿俺在领失业金 现在上班了", [chb(1, True), chb(2, True), f("hardship_now", False)],
  known=K(city="jinan", kids=[mo(9), mo(9)]))
m("correction multiples age", "说错了 龙凤胎一岁零三个月 不是一岁零五个月", [bd(2, age(1, 3), "r"), bd(3, age(1, 3), "r")],
  known=K(city="beijing", kids=[yo(6), age(1, 5), age(1, 5)]))
m("multiples age birth_order", "姐姐们是双胞胎 十岁 弟弟是老三 才三个月", [bd(1, yo(10)), bd(2, yo(10)), bd(3, mo(3)), n(3)], known=K(city="jinan"))
m("question", "外地户口在济南生的孩子能领吗", [])
m("age numerals", "三个外孙 一个八岁 一个五岁多 最小的快一岁了", [n(3), bd(1, yo(8)), bd(2, yo(5)), bd(3, almost(1))],
  known=K(city="beijing"))
m("pregnancy multiples birth_order relative_date", "二胎怀的是双胞胎 预产期十月底", [due(2, nextmonth(10)), due(3, nextmonth(10))],
  known=K(city="jinan", kids=[yo(4)]))
m("answer housing_fund", "俺和孩他爹都交 俺婆婆也交", [f("housing_fund_contributors", 3)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(2), yo(2)]))
m("correction multiples relative_date", "不对 三胞胎是七月一号生的", [bd(1, "2026-07-01", "r"), bd(2, "2026-07-01", "r"), bd(3, "2026-07-01", "r")],
  known=K(city="jinan", kids=["2026-06-30", "2026-06-30", "2026-06-30"]))
m("chitchat", "谢谢啊 你说得挺明白", [])
m("age birth_order", "二外孙女两岁零一个月 大外孙六岁半", [bd(2, age(2, 1)), bd(1, yo(6))], known=K(city="jinan"))
m("question multiples", "双胞胎的育儿补贴是每个孩子都有吗", [])

T("2026-10-13")  # Tuesday: 上周X = the week of 2026-10-05
m("multiples relative_date age birth_order", "上周五双胞胎出生了 加上老大老二 四个了 老大九岁 老二六岁", [n(4), bd(3, lastweek(4)), bd(4, lastweek(4)), bd(1, yo(9)), bd(2, yo(6))],
  known=K(city="jinan"))
m("multiples short_year", "俩一块生的 一八年的 没别的孩子", [n(2), bd(1, "2018"), bd(2, "2018")], known=K(city="beijing"))
m("answer age birth_order", "仨 大的十岁 二的七岁半 小的一岁零九个月", [n(3), bd(1, yo(10)), bd(2, yo(7)), bd(3, age(1, 9))],
  asked="children", known=K(city="jinan"))
m("chitchat", "十一假期带娃回了趟菏泽 累散架了", [])
m("correction multiples relative_date", "说错了 双胞胎是今年三月生的 不是四月", [bd(2, "2026-03", "r"), bd(3, "2026-03", "r")],
  known=K(city="jinan", kids=[yo(5), "2026-04", "2026-04"]))
m("per_birth_hardship multiples birth_order", "生老大的时候领过低保 生那俩双胞胎的时候没领", [chb(1, True), chb(2, False), chb(3, False)],
  known=K(city="jinan", kids=[yo(8), yo(3), yo(3)]))
m("age birth_order", "二宝九个月 大宝快五岁", [bd(2, mo(9)), bd(1, almost(5))], known=K(city="beijing"))
m("question", "双胞胎能不能一块儿上托育班", [])
m("multiples pregnancy numerals", "家里俩闺女 肚里还揣着一对 预产期二〇二七年二月", [n(2), due(3, "2027-02"), due(4, "2027-02")],
  known=K(city="jinan", kids=[yo(6), yo(2)]))
m("answer insurance", "交的是居民医保 城乡那个", [f("birth_insurance", "resident_medical")], asked="birth_insurance", known=K(city="jinan", kids=[mo(1), mo(1)]))
m("multiples age birth_order", "大孙女刚满三岁 底下一对双胞胎孙子才五十天", [n(3), bd(1, just(3)), bd(2, dago(50)), bd(3, dago(50))],
  known=K(city="jinan"))
m("correction numerals", "搞错了 我们家是双胞胎加老大 一共仨孩子 不是俩", [n(3, "r")], known=K(city="beijing", kids=[yo(7), mo(4)]))
m("chitchat", "唉 养仨孩子真不容易", [], known=K(city="jinan", kids=[yo(8), yo(3), yo(3)]))
m("age", "孙女一岁零两个月 孙子刚满月", [bd(1, age(1, 2)), bd(2, mo(1))], known=K(city="jinan"))
m("question", "生育补贴啥时候开始申请", [])
