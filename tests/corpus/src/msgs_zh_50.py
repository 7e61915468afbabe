# Chinese, batch 50: multiples (双胞胎/龙凤胎/三胞胎/一胎俩/双棒儿) beside older or younger single children in any
# order of telling, twins on the way beside born children, counts stated or corrected, 二胎/三胎 after a multiple birth
# (a pregnancy is the next order after the born children); colloquial ages, short/dotted/slashed years, Chinese and
# full-width numerals, kinship words, heights; hardship at the birth of an only child named by a kinship word
# (child.hardship_at_birth) vs by 孩子/娃/他 or the act (hardship_at_birth); answers, corrections, chitchat, questions
T("2025-01-13")  # Monday: 上周X = the week of 2025-01-06
m("relative_date multiples birth_order age", "龙凤胎上周三落地的 家里还有个姐姐四岁半",
  [bd(2, lastweek(2)), bd(3, lastweek(2)), bd(1, yo(4)), n(3)], known=K(city="jinan"))
m("multiples age", "俺家大孙子七岁 底下一对双棒儿 两岁多", [bd(1, yo(7)), bd(2, yo(2)), bd(3, yo(2)), n(3)], known=K(city="beijing"))
m("multiples short_year", "一胎俩 都是小子 二三年六月生的 就这俩", [bd(1, "2023-06"), bd(2, "2023-06"), n(2)], known=K(city="jinan"))
m("question height", "孩子1米2 坐火车要买票不", [ht(1, 120)], known=K(city="jinan", kids=[yo(6)]))
m("per_birth_hardship", "生闺女那会儿俺俩都下岗了 领着失业金呢", [chb(1, True)], known=K(city="jinan", kids=[yo(2)]))
m("chitchat", "刚下班 累够呛 回头再唠", [])
m("question multiples", "多胞胎补贴咋算 有说法没", [])
m("multiples numerals", "三胞胎 二〇二四年十一月生的 头胎", [bd(1, "2024-11"), bd(2, "2024-11"), bd(3, "2024-11"), n(3)],
  known=K(city="beijing"))
m("answer multiples short_year", "仨 大闺女一九年的 后边俩是双胞胎 二二年的", [n(3), bd(1, "2019"), bd(2, "2022"), bd(3, "2022")],
  asked="children", known=K(city="jinan"))
m("correction age multiples", "说错了 俩小的是一岁零两个月 不是一岁半", [bd(2, age(1, 2), "r"), bd(3, age(1, 2), "r")],
  known=K(city="jinan", kids=[yo(5), yo(1), yo(1)]))
m("age birth_order", "外孙女刚满月 她哥哥三岁半", [bd(2, mo(1)), bd(1, yo(3))], known=K(city="jinan"))
m("height", "娃才一米一几 反正不到一米二", [below(1, 120)], known=K(city="beijing", kids=[yo(4)]))

T("2025-03-06")  # Thursday: 上周X = the week of 2025-02-24
m("multiples age", "双胞胎哥俩八岁了 下面还有个小妹妹 刚满月", [bd(1, yo(8)), bd(2, yo(8)), bd(3, mo(1)), n(3)], known=K(city="jinan"))
m("pregnancy multiples age birth_order", "媳妇怀的双胞胎 六个月了 老大才两岁", [due(2, preg(6)), due(3, preg(6)), bd(1, yo(2))],
  known=K(city="beijing"))
m("relative_date multiples", "上周一生的 一对闺女 头一胎", [bd(1, lastweek(0)), bd(2, lastweek(0)), n(2)], known=K(city="jinan"))
m("numerals multiples", "大孙子２０１８年的 俩小孙女双胞胎 ２０２１年８月", [bd(1, "2018"), bd(2, "2021-08"), bd(3, "2021-08"), n(3)],
  known=K(city="jinan"))
m("per_birth_hardship now_vs_birth", "孩子出生的时候家里吃低保 现在也吃", [f("hardship_at_birth", True), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(1)]))
m("chitchat", "这天儿忽冷忽热的 您也注意别着凉啊", [])
m("question multiples", "济南那个三孩补贴 龙凤胎算几孩啊", [])
m("answer height multiples", "老大125公分 俩小的都是一米整", [ht(1, 125), ht(2, 100), ht(3, 100)], asked="children.height_cm",
  known=K(city="jinan", kids=[yo(7), yo(3), yo(3)]))
m("numerals multiples", "二〇二二年三月 老大 二〇二五年二月 双胞胎", [bd(1, "2022-03"), bd(2, "2025-02"), bd(3, "2025-02"), n(3)],
  known=K(city="jinan"))
m("correction multiples age", "说错了 不是俩 是仨 小的是双胞胎 都三个月", [n(3, "r"), bd(3, mo(3))],
  known=K(city="jinan", kids=[yo(4), mo(3)]))
m("per_birth_hardship", "儿子落地的时候我正领着特困供养", [chb(1, True)], known=K(city="beijing", kids=[yo(3)]))
m("multiples age", "双胞胎 快四岁了 还有个小的 十个月", [bd(1, almost(4)), bd(2, almost(4)), bd(3, mo(10)), n(3)], known=K(city="beijing"))

T("2025-04-29")  # Tuesday: 上周X = the week of 2025-04-21
m("multiples short_year birth_order", "仨娃 老大老二是龙凤胎 一七年的 老三二零年", [n(3), bd(1, "2017"), bd(2, "2017"), bd(3, "2020")],
  known=K(city="jinan"))
m("age pregnancy multiples", "闺女两岁多 现在肚里又是俩 医生说五月底生", [bd(1, yo(2)), due(2, nextmonth(5)), due(3, nextmonth(5))],
  known=K(city="jinan"))
m("height multiples", "小的俩双胞胎 1米05 大的1米3了", [ht(2, 105), ht(3, 105), ht(1, 130)], known=K(city="beijing", kids=[yo(9), yo(4), yo(4)]))
m("answer per_birth_hardship multiples birth_order", "生老大那会儿领过 生双胞胎的时候没有", [chb(1, True), chb(2, False), chb(3, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=[yo(6), yo(1), yo(1)]))
m("chitchat", "五一放几天假啊 打算带娃回姥姥家", [])
m("multiples numerals", "三胞胎 仨小子 今年三月八号生的", [bd(1, "2025-03-08"), bd(2, "2025-03-08"), bd(3, "2025-03-08"), n(3)],
  known=K(city="jinan"))
m("correction numerals short_year multiples", "打错了 双胞胎是２３年１０月 不是２３年１２月", [bd(2, "2023-10", "r"), bd(3, "2023-10", "r")],
  known=K(city="beijing", kids=["2020", "2023-12", "2023-12"]))
m("per_birth_hardship", "孙子生下来的时候 俺儿子儿媳都吃低保", [chb(1, True)], known=K(city="jinan", kids=[yo(1)]))
m("question multiples", "俺家是双胞胎 要是明年再要一个 算三孩不", [due(3, year(1), "q")], known=K(city="jinan", kids=[yo(2), yo(2)]))
m("height numerals", "俩宝 姐姐一米一 弟弟九十五公分", [n(2), ht(1, 110), ht(2, 95)], known=K(city="beijing", kids=[yo(5), yo(2)]))
m("answer age", "就一个儿子 刚满三岁", [n(1), bd(1, just(3))], asked="children", known=K(city="jinan"))
m("relative_date multiples age", "上周五剖的 双胞胎 上头还有个哥哥 六岁", [bd(2, lastweek(4)), bd(3, lastweek(4)), bd(1, yo(6)), n(3)],
  known=K(city="beijing"))

T("2025-06-18")  # Wednesday: 上周X = the week of 2025-06-09
m("multiples age", "一个是大闺女 九岁半 另外俩是双胞胎小子 一岁零两个月", [n(3), bd(1, yo(9)), bd(2, age(1, 2)), bd(3, age(1, 2))],
  known=K(city="jinan"))
m("numerals birth_order", "大外孙 2019/10 外孙女 2022/10", [bd(1, "2019-10"), bd(2, "2022-10")], known=K(city="jinan"))
m("per_birth_hardship", "生孩子那会儿啥补助也没领", [f("hardship_at_birth", False)], known=K(city="beijing", kids=[yo(3)]))
m("height multiples", "双胞胎都一米二几 还都不到一米三", [below(1, 130), below(2, 130)], known=K(city="jinan", kids=[yo(7), yo(7)]))
m("chitchat", "哈哈 你说话还挺逗", [])
m("question height", "1米2以下坐车不要钱吗", [])
m("multiples age", "孩子他爷爷问的 他大孙子今年六岁 还有对双胞胎孙女刚满月", [bd(1, yo(6)), bd(2, mo(1)), bd(3, mo(1)), n(3)],
  known=K(city="beijing"))
m("pregnancy multiples birth_order", "怀上双胞胎了 头胎 三个月", [due(1, preg(3)), due(2, preg(3))], known=K(city="jinan"))
m("answer pregnancy multiples", "估计八月上旬 双胞胎一般提前", [due(2, nextmonth(8)), due(3, nextmonth(8))], asked="due_date",
  known=K(city="jinan", kids=[yo(3), {"due_date": None}, {"due_date": None}]))
m("correction age birth_order", "更正一下 老大是三岁半 双胞胎没错", [bd(1, yo(3), "r")], known=K(city="jinan", kids=[yo(2), mo(5), mo(5)]))
m("hukou multiples age", "俺们北京户口 仨孩子 大的双胞胎五岁 小的二十天",
  [f("city", "beijing"), f("hukou_in_city", True), n(3), bd(1, yo(5)), bd(2, yo(5)), bd(3, dago(20))])
m("numerals birth_order", "二０二四年生的老二 老大二０二一年", [bd(2, "2024"), bd(1, "2021")], known=K(city="jinan"))

T("2025-08-21")  # Thursday: 上周X = the week of 2025-08-11
m("relative_date multiples age", "上周二又生了个小子 前头俩是双胞胎闺女 六岁半", [bd(3, lastweek(1)), bd(1, yo(6)), bd(2, yo(6)), n(3)],
  known=K(city="jinan"))
m("age negation_housing", "娃一岁零两个月 我们济南的 租房", [bd(1, age(1, 2)), f("city", "jinan"), f("renting", True)])
m("per_birth_hardship", "外孙出生那阵 闺女两口子都在领失业金", [chb(1, True)], known=K(city="jinan", kids=[mo(8)]))
m("multiples age", "龙凤胎 刚满两岁 就这俩", [bd(1, just(2)), bd(2, just(2)), n(2)], known=K(city="beijing"))
m("answer multiples numerals", "俩 双胞胎 二〇二三年五月二十号", [n(2), bd(1, "2023-05-20"), bd(2, "2023-05-20")], asked="children",
  known=K(city="jinan"))
m("question multiples age", "俺家就这对双胞胎 七个月 一人能领多少", [n(2), bd(1, mo(7)), bd(2, mo(7))], known=K(city="jinan"))
m("chitchat", "开学季 文具又涨价了", [])
m("relative_date multiples age birth_order", "三宝来了 上周四 哥哥姐姐是龙凤胎 四岁多", [bd(3, lastweek(3)), bd(1, yo(4)), bd(2, yo(4)), n(3)],
  known=K(city="beijing"))
m("height numerals", "大的１米３５ 小的１米１", [ht(1, 135), ht(2, 110)], known=K(city="jinan", kids=[yo(10), yo(5)]))
m("correction short_year birth_order", "说差了 大闺女是一八年生的 一六年那是她表哥", [bd(1, "2018", "r")],
  known=K(city="jinan", kids=["2016", "2021", "2021"]))
m("housing_fund age", "老公交公积金 我没交 闺女快四岁了", [f("housing_fund_contributors", 1), bd(1, almost(4))], known=K(city="beijing"))
m("multiples age birth_order", "生二胎的时候是双胞胎 前面老大十岁", [bd(1, yo(10)), n(3)], known=K(city="jinan"))

T("2025-10-14")  # Tuesday: 上周X = the week of 2025-10-06
m("pregnancy multiples birth_order", "双胞胎之后又怀上了 这回是二胎 四个月", [due(3, preg(4))], known=K(city="jinan", kids=[yo(3), yo(3)]))
m("multiples age", "四个孙娃 大孙女三岁半 二孙女两岁多 俩小孙子是双胞胎 刚满月",
  [n(4), bd(1, yo(3)), bd(2, yo(2)), bd(3, mo(1)), bd(4, mo(1))], known=K(city="jinan"))
m("numerals", "娃是２０２５年１０月２号生的 国庆赶上了", [bd(1, "2025-10-02")], known=K(city="beijing"))
m("per_birth_hardship", "生俺家小子的时候没吃低保 那会还不困难", [chb(1, False)], known=K(city="jinan", kids=[yo(5)]))
m("answer multiples", "三个 一个大的 俩小的双胞胎", [n(3)], asked="children", known=K(city="beijing"))
m("question multiples", "双胞胎能同时报托育吗", [])
m("height multiples birth_order", "老大一米二 双胞胎姐姐一米零五 妹妹一米整", [ht(1, 120), ht(2, 105), ht(3, 100)],
  known=K(city="jinan", kids=[yo(7), yo(4), yo(4)]))
m("chitchat", "谢谢啊 我再问问孩子他妈", [])
m("correction multiples", "不对 是三胞胎 仨 不是俩", [n(3, "r")], known=K(city="beijing", kids=[mo(2), mo(2)]))
m("short_year multiples", "一九年的哥哥 二三年的龙凤胎", [bd(1, "2019"), bd(2, "2023"), bd(3, "2023"), n(3)], known=K(city="jinan"))
m("pregnancy multiples age", "怀孕五个月 B超说是双胞胎 家里还有个两岁多的闺女", [due(2, preg(5)), due(3, preg(5)), bd(1, yo(2))],
  known=K(city="beijing"))
m("negation_housing age", "我们在北京租房子住 俩娃一个刚满月 一个三岁",
  [f("city", "beijing"), f("renting", True), n(2), bd(1, yo(3)), bd(2, mo(1))])

T("2025-12-03")  # Wednesday: 上周X = the week of 2025-11-24
m("relative_date multiples", "双棒儿上周日出来的 头胎", [bd(1, lastweek(6)), bd(2, lastweek(6)), n(2)], known=K(city="jinan"))
m("multiples age birth_order", "老大上小学了 下边一对双胞胎 一岁零五个月", [bd(2, age(1, 5)), bd(3, age(1, 5)), n(3)],
  known=K(city="jinan", kids=[yo(8)]))
m("numerals birth_order", "外孙女21.3生的 外孙23.11", [bd(1, "2021-03"), bd(2, "2023-11")], known=K(city="beijing"))
m("per_birth_hardship multiples birth_order", "生老二老三那会儿 就是双胞胎那次 领着特困", [chb(2, True), chb(3, True)],
  known=K(city="jinan", kids=[yo(6), yo(2), yo(2)]))
m("answer insurance", "职工的 单位给交的", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": "2026-03"}]))
m("age negation_housing", "闺女快三岁了 住自己买的房子 在济南", [bd(1, almost(3)), f("owns_home_in_city", True), f("city", "jinan")])
m("chitchat", "下雪了 娃们在楼下堆雪人呢", [])
m("question", "咱这补贴三周岁以内的都有吗", [])
m("correction age birth_order", "不对 小的是刚满月 不是两个月", [bd(2, mo(1), "r")], known=K(city="jinan", kids=[yo(4), mo(2)]))
m("multiples age", "三胞胎 两个闺女一个小子 一岁半了 就这仨", [n(3), bd(1, yo(1)), bd(2, yo(1)), bd(3, yo(1))], known=K(city="beijing"))
m("answer height", "哥哥1米2 弟弟1米18", [ht(1, 120), ht(2, 118)], asked="children.height_cm", known=K(city="jinan", kids=[yo(6), yo(4)]))
m("numerals multiples", "俩闺女都是二〇年生的 双胞胎 底下还有个弟弟 二〇二四年", [bd(1, "2020"), bd(2, "2020"), bd(3, "2024"), n(3)],
  known=K(city="jinan"))

T("2026-01-20")  # Tuesday: 上周X = the week of 2026-01-12
m("relative_date multiples age", "上周四生了一对龙凤胎 家里老大五岁 这下仨了", [bd(2, lastweek(3)), bd(3, lastweek(3)), bd(1, yo(5)), n(3)],
  known=K(city="jinan"))
m("age per_birth_hardship", "孙子刚满月 生他那会儿俺儿子正领失业金", [bd(1, mo(1)), f("hardship_at_birth", True)], known=K(city="jinan"))
m("short_year birth_order", "闺女是22年10月生的 老二是25年12月", [bd(1, "2022-10"), bd(2, "2025-12")], known=K(city="beijing"))
m("answer per_birth_hardship", "没有 那会儿都上着班呢", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[mo(4), mo(4)]))
m("pregnancy multiples birth_order", "怀的三胞胎 七个月了 这是头一胎", [due(1, preg(7)), due(2, preg(7)), due(3, preg(7))], known=K(city="jinan"))
m("chitchat", "年底了 单位忙得脚不沾地", [])
m("question multiples", "龙凤胎落户能一块办吗", [])
m("multiples age birth_order", "大宝今年9岁 还有对双胞胎两岁多", [bd(1, yo(9)), bd(2, yo(2)), bd(3, yo(2)), n(3)], known=K(city="beijing"))
m("correction age multiples", "说错了 双胞胎是快三岁 不是两岁半", [bd(2, almost(3), "r"), bd(3, almost(3), "r")],
  known=K(city="jinan", kids=[yo(7), yo(2), yo(2)]))
m("height hukou", "孩子一米零八 北京户口", [ht(1, 108), f("hukou_in_city", True)], known=K(city="beijing", kids=[yo(4)]))
m("per_birth_hardship now_vs_birth", "生娃的时候在领低保 现在不领了", [f("hardship_at_birth", True), f("hardship_now", False)],
  known=K(city="jinan", kids=[yo(2)]))
m("height birth_order", "仨闺女 老大一米四 老二一米二五 老三还不到一米", [n(3), ht(1, 140), ht(2, 125), below(3, 100)],
  known=K(city="jinan", kids=[yo(11), yo(7), yo(2)]))

T("2026-03-11")  # Wednesday: 上周X = the week of 2026-03-02
m("multiples age", "双胞胎哥俩刚满月 还有个姐姐上二年级", [bd(2, mo(1)), bd(3, mo(1)), n(3)], known=K(city="jinan"))
m("numerals birth_order", "老大生于二〇一七年九月 老二二〇二〇年十二月", [bd(1, "2017-09"), bd(2, "2020-12")], known=K(city="beijing"))
m("per_birth_hardship", "我外孙出生那时候 闺女女婿都没领啥救助", [chb(1, False)], known=K(city="beijing", kids=[yo(3)]))
m("answer pregnancy relative_date", "估计下个月十几号吧", [due(2, thismonth(1))], asked="due_date", known=K(city="jinan", kids=[yo(4), {"due_date": None}]))
m("chitchat", "孩子开学了 我终于能喘口气", [])
m("multiples age", "我家龙凤胎四岁半 另外还有个小的 八个月 没别的了", [n(3), bd(1, yo(4)), bd(2, yo(4)), bd(3, mo(8))], known=K(city="jinan"))
m("question", "公积金能提出来给孩子交托费不", [])
m("height", "俩孩子都是我带 老大一米三二 小的九十公分", [n(2), ht(1, 132), ht(2, 90)], known=K(city="beijing", kids=[yo(8), yo(2)]))
m("correction height birth_order", "不对不对 老二是一米一五 我说成一米一了", [ht(2, 115, "r")],
  known=K(city="jinan", kids=[yo(8), {"birth_date": yo(5), "height_cm": 110}]))
m("pregnancy multiples age", "媳妇怀了双胞胎 预产期十月 前头就一个闺女 三岁", [bd(1, yo(3)), due(2, nextmonth(10)), due(3, nextmonth(10)), n(1)],
  known=K(city="jinan"))
m("numerals multiples", "二〇二五年十一月生的龙凤胎 头胎", [bd(1, "2025-11"), bd(2, "2025-11"), n(2)], known=K(city="beijing"))
m("age insurance", "孩子快一岁了 我交的灵活就业", [bd(1, almost(1)), f("birth_insurance", "flexible_employment")], known=K(city="jinan"))

T("2026-05-07")  # Thursday: 上周X = the week of 2026-04-27
m("relative_date multiples age", "五一那天生的 俩小子 双胞胎 上头还有个姐姐 七岁",
  [bd(2, pastmonth(5, 1)), bd(3, pastmonth(5, 1)), bd(1, yo(7)), n(3)], known=K(city="jinan"))
m("height birth_order", "大外孙女一米二八 小外孙一米零二", [ht(1, 128), ht(2, 102)], known=K(city="beijing", kids=[yo(8), yo(4)]))
m("per_birth_hardship now_vs_birth", "生闺女的时候我们在领特困供养 后来就不领了", [chb(1, True), f("hardship_now", False)],
  known=K(city="jinan", kids=[yo(2)]))
m("answer multiples age birth_order", "四个 老大老二双胞胎 十二 老三六岁 老四一岁多",
  [n(4), bd(1, yo(12)), bd(2, yo(12)), bd(3, yo(6)), bd(4, yo(1))], asked="children", known=K(city="jinan"))
m("chitchat", "宝宝又长牙了 夜里闹腾", [])
m("question multiples", "双胞胎的生育津贴是发双份吗", [])
m("relative_date numerals birth_order", "上周二 二宝出生 大宝二〇二一年的", [bd(2, lastweek(1)), bd(1, "2021")], known=K(city="beijing"))
m("correction short_year multiples", "不好意思 双胞胎是二四年的 不是二三年", [bd(2, "2024", "r"), bd(3, "2024", "r")],
  known=K(city="jinan", kids=["2020", "2023", "2023"]))
m("multiples age", "孩子他姥爷 我外孙外孙女是龙凤胎 一岁零三个月 就这俩", [n(2), bd(1, age(1, 3)), bd(2, age(1, 3))], known=K(city="jinan"))
m("hukou housing_fund age", "俺是济南户口 家里俩公积金 闺女刚满三岁",
  [f("city", "jinan"), f("hukou_in_city", True), f("housing_fund_contributors", 2), bd(1, just(3))])
m("pregnancy multiples relative_date", "双胞胎 预产期明年1月 头胎", [due(1, "2027-01"), due(2, "2027-01")], known=K(city="beijing"))
m("age multiples birth_order", "老幺刚满百天 上边两个哥哥是双胞胎 五岁", [bd(3, dago(100)), bd(1, yo(5)), bd(2, yo(5)), n(3)],
  known=K(city="jinan"))

T("2026-06-22")  # Monday: 上周X = the week of 2026-06-15
m("relative_date multiples age", "上周六添了个闺女 上头一对双胞胎小子 四岁半", [bd(3, lastweek(5)), bd(1, yo(4)), bd(2, yo(4)), n(3)],
  known=K(city="jinan"))
m("numerals", "俩娃 一个２０１９ 一个２０２３", [n(2), bd(1, "2019"), bd(2, "2023")], known=K(city="beijing"))
m("per_birth_hardship", "生他的时候家里领着低保", [f("hardship_at_birth", True)], known=K(city="jinan", kids=[yo(1)]))
m("per_birth_hardship", "生孙女那时候 儿子正领失业金", [chb(1, True)], known=K(city="jinan", kids=[yo(3)]))
m("answer negation_housing", "没有 一直租的房住", [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city",
  known=K(city="beijing", kids=[yo(2)]))
m("question multiples height", "三胞胎坐火车一米二以下的都免票吗", [])
m("chitchat", "端午刚过 粽子还没吃完", [])
m("height multiples age", "双胞胎都一米一 还有个小的八个月", [ht(1, 110), ht(2, 110), bd(3, mo(8)), n(3)], known=K(city="jinan", kids=[yo(5), yo(5)]))
m("correction", "我说错了 是俩孩子 不是仨", [n(2, "r")], known=K(city="jinan", kids=[yo(6), yo(3), yo(1)]))
m("age birth_order", "闺女一岁零八个月 儿子刚满月", [bd(1, age(1, 8)), bd(2, mo(1))], known=K(city="beijing"))
m("numerals multiples", "２０２２年１２月２４号 龙凤胎 就这俩", [n(2), bd(1, "2022-12-24"), bd(2, "2022-12-24")], known=K(city="jinan"))
m("pregnancy multiples birth_order", "三胎了 前两胎一个闺女一对双胞胎 现在怀孕六个月", [n(3), due(4, preg(6))], known=K(city="jinan"))

T("2026-09-15")  # Tuesday: 上周X = the week of 2026-09-07
m("relative_date short_year birth_order", "上周日生的老二 老大一五年的", [bd(2, lastweek(6)), bd(1, "2015")], known=K(city="jinan"))
m("multiples age", "孙子孙女是双胞胎 八岁 大孙子十二", [bd(1, yo(12)), bd(2, yo(8)), bd(3, yo(8)), n(3)], known=K(city="beijing"))
m("per_birth_hardship", "闺女出生那会 我和她爸都有活 没领过啥", [chb(1, False)], known=K(city="jinan", kids=[yo(4)]))
m("answer hukou", "是 俩孩子也都落这了", [f("hukou_in_city", True, "c"), n(2)], asked="hukou_in_city",
  known=K(city="beijing", kids=[yo(5), yo(2)]))
m("chitchat", "早上送 晚上接 一天跑四趟 累死", [])
m("question", "多大的孩子能领 两岁半的孩子还算不", [])
m("height multiples birth_order", "老大一米四二 双胞胎都是一米一", [ht(1, 142), ht(2, 110), ht(3, 110)],
  known=K(city="jinan", kids=[yo(11), yo(5), yo(5)]))
m("correction numerals birth_order", "不对 老二是二〇二一年 不是二〇二〇年", [bd(2, "2021", "r")], known=K(city="jinan", kids=["2017", "2020"]))
m("age", "外孙女一岁零一个月 姥姥带着呢 在北京", [bd(1, age(1, 1)), f("city", "beijing")])
m("multiples age", "龙凤胎刚满周岁 头胎", [bd(1, just(1)), bd(2, just(1)), n(2)], known=K(city="jinan"))
m("multiples age", "快四岁的大丫头 两岁半的双胞胎 就这些", [n(3), bd(1, almost(4)), bd(2, yo(2)), bd(3, yo(2))], known=K(city="beijing"))
m("per_birth_hardship", "生娃时候两口子都失业 领失业金", [f("hardship_at_birth", True)], known=K(city="jinan", kids=[mo(6)]))

T("2026-11-05")  # Thursday: 上周X = the week of 2026-10-26
m("relative_date multiples age", "上周三一胎俩 是闺女 家里大小子三岁多", [bd(2, lastweek(2)), bd(3, lastweek(2)), bd(1, yo(3)), n(3)],
  known=K(city="jinan"))
m("short_year age", "娃是一九年十月的 今年七岁了", [bd(1, "2019-10")], known=K(city="jinan"))
m("per_birth_hardship", "生儿子那会儿 我们正吃低保呢", [chb(1, True)], known=K(city="beijing", kids=[yo(2)]))
m("question multiples hukou", "双胞胎户口能分开落吗", [])
m("answer multiples age", "俩 双胞胎闺女 刚满月", [n(2), bd(1, mo(1)), bd(2, mo(1))], asked="children", known=K(city="jinan"))
m("chitchat", "立冬了 晚上包饺子", [])
