# Chinese, batch 48: multiples (双胞胎, 三胞胎, 龙凤胎, 一对儿, 俩一块儿生的, 一天落生的, 一胎俩) beside older or younger
# single children in any order of telling, twins on the way beside born children, counts stated, implied and corrected;
# colloquial ages of several children, short and dotted years, heights, kinship and order words (外孙女, 二宝, 老幺);
# hardship at the birth of an only child named by a kinship word (per child) vs. named by 孩子/娃/pronoun/the act (household);
# answers to the bot's questions, chitchat and bare questions
T("2025-02-11")  # Tuesday: 上周X = the week of 2025-02-03
m("age multiples birth_order numerals", "俺家三个 大闺女九岁 底下一对儿小子是双生的 刚满周岁",
  [n(3), bd(1, yo(9)), bd(2, just(1)), bd(3, just(1))], known=K(city="jinan"))
m("short_year multiples birth_order", "俩小的是一拨生的 都是2024.6", [bd(2, "2024-06"), bd(3, "2024-06")],
  known=K(city="jinan", kids=["2019-03", "2024", "2024"]))
m("age height", "外孙女一岁零两个月 外孙三岁半 外孙都1米1了", [bd(1, yo(3)), bd(2, age(1, 2)), ht(1, 110)], known=K(city="beijing"))
m("chitchat", "正月里走亲戚 累够呛", [])
m("question", "多胞胎是每个孩子都给一份补贴吗", [])
m("age pregnancy multiples birth_order", "大的两岁半 这回B超说是双胎 预产期七月", [bd(1, yo(2)), due(2, nextmonth(7)), due(3, nextmonth(7))],
  known=K(city="jinan"))
m("per_birth_hardship", "生外孙那阵子闺女两口子都在领失业金", [chb(1, True)], known=K(city="jinan", kids=[yo(1)]))
m("per_birth_hardship", "生的那会儿家里吃着低保呢", [f("hardship_at_birth", True)], known=K(city="jinan", kids=[mo(10)]))
m("correction multiples numerals age birth_order", "不对 是三个孩子 老二老三是一胎俩 都两岁半", [n(3, "r"), bd(3, yo(2))],
  known=K(city="jinan", kids=[yo(7), yo(2)]))
m("answer multiples numerals age", "仨 一个上初中的 还有俩是一对龙凤胎 四个月", [n(3), bd(2, mo(4)), bd(3, mo(4))],
  asked="children", known=K(city="beijing"))
m("short_year birth_order", "大宝一九年的 二宝22年3月", [bd(1, "2019"), bd(2, "2022-03")], known=K(city="jinan"))
m("height question numerals", "俩孙子都还没够1米2 坐火车用买票不", [n(2), below(1, 120), below(2, 120)],
  known=K(city="jinan", kids=[yo(5), yo(3)]))
m("age birth_order multiples", "小的俩是双胞胎 刚满月 大的快两岁了 俺是他们奶奶", [bd(2, mo(1)), bd(3, mo(1)), bd(1, almost(2)), n(3)], known=K(city="jinan"))
m("answer hukou", "是 一家子都是北京户口", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(1)]))
m("relative_date multiples numerals", "上礼拜五剖的 双胞胎闺女 头一胎", [bd(1, lastweek(4)), bd(2, lastweek(4)), n(2)], known=K(city="jinan"))

T("2025-04-16")  # Wednesday: 上周X = the week of 2025-04-07
m("multiples numerals birth_order", "三胞胎 今年一月二十号生的 是头胎", [n(3), bd(1, "2025-01-20"), bd(2, "2025-01-20"), bd(3, "2025-01-20")],
  known=K(city="jinan"))
m("multiples age birth_order numerals", "仨娃 二宝三宝一块儿出来的 刚百天 大宝六岁半",
  [n(3), bd(2, dago(100)), bd(3, dago(100)), bd(1, yo(6))], known=K(city="jinan"))
m("age multiples", "闺女五岁了 还有对双胞胎小子 八个月大", [bd(1, yo(5)), bd(2, mo(8)), bd(3, mo(8)), n(3)], known=K(city="beijing"))
m("height birth_order numerals", "老大一米三五 老二一米零八", [ht(1, 135), ht(2, 108)], known=K(city="jinan", kids=[yo(9), yo(4)]))
m("chitchat", "今儿带娃打疫苗 哭得嗷嗷的", [])
m("question", "济南的托育补贴 上幼儿园了还给不给", [])
m("per_birth_hardship", "我儿子出生那年 我跟他爸都领着失业保险金", [chb(1, True)], known=K(city="jinan", kids=[yo(3)]))
m("per_birth_hardship now_vs_birth", "生他那阵 俺们没吃低保 是后来才吃上的 现在还吃着", [f("hardship_at_birth", False), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(4)]))
m("answer pregnancy multiples", "医生说是俩 九月初剖", [due(2, nextmonth(9)), due(3, nextmonth(9))], asked="due_date",
  known=K(city="jinan", kids=[yo(3), {"due_date": None}]))
m("correction multiples numerals", "俺说错了 不是俩 是仨 小的是双胞胎", [n(3, "r")], known=K(city="jinan", kids=[yo(4), mo(3)]))
m("short_year numerals birth_order", "老大2016.9 老二2021.12", [bd(1, "2016-09"), bd(2, "2021-12")], known=K(city="jinan"))
m("age multiples numerals", "孙子三岁零两个月 俩孙女是双胞胎 一岁零三个月", [bd(1, age(3, 2)), bd(2, age(1, 3)), bd(3, age(1, 3)), n(3)], known=K(city="beijing"))
m("multiples hukou numerals", "头胎就是龙凤胎 户口都落济南了", [n(2), f("hukou_in_city", True)], known=K(city="jinan"))
m("relative_date birth_order age", "上周四生的老二 老大三岁零一个月", [bd(2, lastweek(3)), bd(1, age(3, 1))], known=K(city="jinan"))
m("answer insurance", "灵活就业交的", [f("birth_insurance", "flexible_employment")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": "2025-08"}]))

T("2025-06-24")  # Tuesday: 上周X = the week of 2025-06-16
m("age multiples birth_order", "一对双胞胎姐俩 快三岁了 下面还有个弟弟 一岁半",
  [bd(1, almost(3)), bd(2, almost(3)), bd(3, yo(1)), n(3)], known=K(city="jinan"))
m("age multiples birth_order", "大的七岁 小的俩是同一天生的 十个月", [bd(1, yo(7)), bd(2, mo(10)), bd(3, mo(10)), n(3)], known=K(city="beijing"))
m("pregnancy multiples birth_order", "怀的双胞胎 六个月了 头胎", [due(1, preg(6)), due(2, preg(6))], known=K(city="jinan"))
m("height", "外孙女1米2 外孙一米零五 外孙女大", [ht(1, 120), ht(2, 105)], known=K(city="jinan", kids=[yo(7), yo(4)]))
m("chitchat", "端午吃粽子了没 俺包了一大锅", [])
m("correction multiples numerals", "更正下 双胞胎是2023年8月生的 不是9月", [bd(2, "2023-08", "r"), bd(3, "2023-08", "r")],
  known=K(city="jinan", kids=["2019-05", "2023-09", "2023-09"]))
m("answer multiples numerals", "两个 都是今年三月十五生的 双胞胎", [n(2), bd(1, "2025-03-15"), bd(2, "2025-03-15")], asked="children",
  known=K(city="jinan"))
m("per_birth_hardship", "俺闺女出生那会 俺跟她爹没领啥低保", [chb(1, False)], known=K(city="jinan", kids=[yo(8)]))
m("per_birth_hardship now_vs_birth", "生的时候领着特困 这两年不领了", [f("hardship_at_birth", True), f("hardship_now", False)],
  known=K(city="jinan", kids=[yo(2)]))
m("height question multiples birth_order", "那对双胞胎都还不够1米3 坐地铁要票不", [below(2, 130), below(3, 130)],
  known=K(city="beijing", kids=[yo(10), yo(6), yo(6)]))
m("short_year numerals", "三个娃 一六年 一九年 二三年", [n(3), bd(1, "2016"), bd(2, "2019"), bd(3, "2023")], known=K(city="jinan"))
m("age birth_order", "二孙子刚满月 大孙子一周岁零三个月", [bd(2, mo(1)), bd(1, age(1, 3))], known=K(city="jinan"))
m("negation_housing", "我们在北京没房 一直租着", [f("city", "beijing"), f("owns_home_in_city", False), f("renting", True)])
m("answer negation_housing", "嗯 租的 两室一厅", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[yo(3)]))
m("question", "三胞胎能多领点吗", [])

T("2025-08-28")  # Thursday: 上周X = the week of 2025-08-18
m("relative_date multiples age", "上礼拜六 儿媳妇生了对双胞胎 大孙子四岁", [bd(2, lastweek(5)), bd(3, lastweek(5)), bd(1, yo(4)), n(3)],
  known=K(city="jinan"))
m("multiples relative_date birth_order numerals", "老大上二年级 下面俩是双生 今年五月底生的", [bd(2, "2025-05"), bd(3, "2025-05"), n(3)],
  known=K(city="jinan"))
m("correction age multiples", "不是一岁半 俩小的是一岁零八个月", [bd(2, age(1, 8), "r"), bd(3, age(1, 8), "r")],
  known=K(city="jinan", kids=[yo(5), yo(1), yo(1)]))
m("age pregnancy multiples birth_order", "老大三岁半 肚里这俩是龙凤胎 预产期12月中", [bd(1, yo(3)), due(2, nextmonth(12)), due(3, nextmonth(12))],
  known=K(city="jinan"))
m("per_birth_hardship", "生小孙女那年 俺儿子正好失业 在领失业金", [chb(1, True)], known=K(city="beijing", kids=[yo(2)]))
m("per_birth_hardship now_vs_birth", "娃出生时没领 现在也没领", [f("hardship_at_birth", False), f("hardship_now", False)],
  known=K(city="jinan", kids=[yo(1)]))
m("age numerals", "仨外孙 大的八岁 中间的三岁半 最小的才二十天", [n(3), bd(1, yo(8)), bd(2, yo(3)), bd(3, dago(20))], known=K(city="jinan"))
m("short_year numerals birth_order", "二宝是23.5.1生的", [bd(2, "2023-05-01")], known=K(city="jinan", kids=[yo(6)]))
m("chitchat", "开学了 书包文具又花好几百", [])
m("question", "生育津贴是按天算的吗", [])
m("answer hukou", "不是 俺们是外地的 户口在临沂", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[mo(5)]))
m("height", "小孙子一米一五 大孙女一米三八", [ht(2, 115), ht(1, 138)], known=K(city="jinan", kids=[yo(9), yo(5)]))
m("question multiples", "双胞胎上户口要分开办吗", [])
m("insurance", "单位给上的生育保险", [f("birth_insurance", "employee_maternity")], known=K(city="beijing", kids=[{"due_date": "2026-01"}]))
m("age birth_order", "闺女家老幺刚满月 老大五岁 老二三岁", [bd(3, mo(1)), bd(1, yo(5)), bd(2, yo(3))], known=K(city="jinan"))

T("2025-10-14")  # Tuesday: 上周X = the week of 2025-10-06
m("age multiples numerals birth_order", "家里仨小子 老大十岁 下头一对双胞胎三岁", [n(3), bd(1, yo(10)), bd(2, yo(3)), bd(3, yo(3))],
  known=K(city="jinan"))
m("pregnancy multiples age birth_order", "二胎怀的双胞胎 七个月了 老大一岁零十个月", [due(2, preg(7)), due(3, preg(7)), bd(1, age(1, 10))],
  known=K(city="beijing"))
m("correction multiples numerals", "我说错了 家里就俩孩子 是龙凤胎", [n(2, "r")], known=K(city="jinan", kids=[yo(7), yo(2), yo(2)]))
m("age multiples", "外孙子四岁半 外孙女是双胞胎姐妹 刚满周岁", [bd(1, yo(4)), bd(2, just(1)), bd(3, just(1)), n(3)], known=K(city="beijing"))
m("short_year multiples numerals birth_order", "仨孩子 老大2018.3 老二老三2024.7 一块儿生的",
  [n(3), bd(1, "2018-03"), bd(2, "2024-07"), bd(3, "2024-07")], known=K(city="jinan"))
m("per_birth_hardship", "孙子呱呱落地那年 俺家吃低保", [chb(1, True)], known=K(city="jinan", kids=[yo(5)]))
m("per_birth_hardship", "那时候生娃 俺们没领过失业金啥的", [f("hardship_at_birth", False)], known=K(city="jinan", kids=[yo(3)]))
m("chitchat", "国庆带孩子回姥姥家 玩疯了", [])
m("question", "托育补贴是一个孩子一年多少", [])
m("answer pregnancy relative_date", "下个月", [due(1, thismonth(1))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("height multiples birth_order", "老大一米四二 双胞胎俩都正好一百公分", [ht(1, 142), ht(2, 100), ht(3, 100)],
  known=K(city="jinan", kids=[yo(10), yo(5), yo(5)]))
m("answer housing_fund", "就我一个交", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors", known=K(city="jinan", kids=[yo(2)]))
m("age birth_order", "俺家老二一岁零两个月了 老大上学前班", [bd(2, age(1, 2))], known=K(city="jinan", kids=[yo(5), yo(1)]))
m("relative_date multiples birth_order", "上周三 闺女头胎给俺添了俩外孙女 双胞胎", [bd(1, lastweek(2)), bd(2, lastweek(2)), n(2)], known=K(city="beijing"))
m("question hukou numerals", "俩娃都北京户口 能一起申请不", [n(2), f("hukou_in_city", True)], known=K(city="beijing", kids=[yo(4), yo(1)]))

T("2026-01-08")  # Thursday: 上周X = the week of 2025-12-29
m("multiples relative_date age", "龙凤胎去年九月生的 姐姐十一岁", [bd(2, "2025-09"), bd(3, "2025-09"), bd(1, yo(11)), n(3)], known=K(city="jinan"))
m("multiples numerals age", "一胎是俩 二胎又是俩 大的俩五岁 小的俩一岁半", [n(4), bd(1, yo(5)), bd(2, yo(5)), bd(3, yo(1)), bd(4, yo(1))],
  known=K(city="jinan"))
m("correction age multiples", "双胞胎不是两岁 是快两岁", [bd(1, almost(2), "r"), bd(2, almost(2), "r")], known=K(city="beijing", kids=[yo(2), yo(2)]))
m("per_birth_hardship", "外孙女出生那阵 闺女家没吃低保", [chb(1, False)], known=K(city="jinan", kids=[yo(2)]))
m("per_birth_hardship", "生娃那阵俺们正领着失业金", [f("hardship_at_birth", True)], known=K(city="jinan", kids=[mo(5)]))
m("age birth_order", "大孙女三岁半 二孙女一岁零两个月 小孙子刚满月", [bd(1, yo(3)), bd(2, age(1, 2)), bd(3, mo(1))], known=K(city="beijing"))
m("short_year birth_order", "老大二零年 老二二三年 老三二五年", [bd(1, "2020"), bd(2, "2023"), bd(3, "2025")], known=K(city="jinan"))
m("chitchat", "元旦吃多了 今儿还撑着", [])
m("question multiples", "双胞胎要分别提交材料吗", [])
m("answer multiples numerals age birth_order", "三个 老大是闺女 后来一胎生了俩小子 都快四岁了", [n(3), bd(2, almost(4)), bd(3, almost(4))],
  asked="children", known=K(city="jinan"))
m("height birth_order", "二宝哪有一米二 差远了", [below(2, 120)], known=K(city="jinan", kids=[yo(6), yo(4)]))
m("negation_housing", "北京有套房 自己的", [f("owns_home_in_city", True)], known=K(city="beijing", kids=[yo(1)]))
m("relative_date multiples numerals", "上周五剖的 一对儿闺女", [bd(1, lastweek(4)), bd(2, lastweek(4)), n(2)], known=K(city="jinan"))
m("answer hukou numerals", "嗯 仨娃都在北京上的户口", [f("hukou_in_city", True, "c"), n(3)], asked="hukou_in_city",
  known=K(city="beijing", kids=[yo(8), yo(4), mo(6)]))
m("short_year multiples numerals", "一九年添了个闺女 二四年又来了一对儿", [bd(1, "2019"), bd(2, "2024"), bd(3, "2024"), n(3)], known=K(city="jinan"))

T("2026-03-03")  # Tuesday: 上周X = the week of 2026-02-23
m("multiples age numerals", "俺家四个 大的双胞胎十岁 小的双胞胎两岁半", [n(4), bd(1, yo(10)), bd(2, yo(10)), bd(3, yo(2)), bd(4, yo(2))],
  known=K(city="jinan"))
m("multiples age numerals", "仨娃了 老大刚满六岁 俩小的三月一号一块儿生的", [n(3), bd(1, just(6)), bd(2, pastmonth(3, 1)), bd(3, pastmonth(3, 1))],
  known=K(city="jinan"))
m("pregnancy multiples numerals", "预产期4月18 双胞胎 头胎", [due(1, nextmonth(4, 18)), due(2, nextmonth(4, 18))], known=K(city="beijing"))
m("correction multiples numerals", "更正 不是俩孩子 是四个 后头还有对双胞胎", [n(4, "r")], known=K(city="jinan", kids=[yo(8), yo(5)]))
m("per_birth_hardship", "生小子那年 俺家是特困户", [chb(1, True)], known=K(city="jinan", kids=[yo(3)]))
m("per_birth_hardship now_vs_birth", "当时生宝宝没领低保 今年领上了", [f("hardship_at_birth", False), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(1)]))
m("height numerals", "俩孙女 大的1米3 小的九十五公分", [n(2), ht(1, 130), ht(2, 95)], known=K(city="beijing", kids=[yo(8), yo(3)]))
m("chitchat", "开春了 孩子们嚷着要放风筝", [])
m("question", "北京三孩家庭有啥额外照顾不", [])
m("answer", "济南 天桥区", [f("city", "jinan")], asked="city", known=K(kids=[yo(2)]))
m("short_year age multiples", "大的2019.11 小的是对双胞胎 一岁零四个月", [bd(1, "2019-11"), bd(2, age(1, 4)), bd(3, age(1, 4)), n(3)], known=K(city="jinan"))
m("answer pregnancy multiples numerals", "一个都还没生呢 怀的是双胞胎", [n(0), due(1, None), due(2, None)], asked="children", known=K(city="jinan"))
m("insurance", "我没工作 交的是居民医保", [f("birth_insurance", "resident_medical")], known=K(city="jinan", kids=[{"due_date": "2026-07"}]))
m("relative_date multiples age", "上周六生的双胞胎 上面一个哥哥两岁零五个月", [bd(2, lastweek(5)), bd(3, lastweek(5)), bd(1, age(2, 5)), n(3)], known=K(city="beijing"))
m("negation_housing", "打算今年在济南买头一套房", [f("city", "jinan"), f("buying_first_home", True)])

T("2026-05-20")  # Wednesday: 上周X = the week of 2026-05-11
m("multiples age", "俩闺女是一天落生的 刚满百天 上面哥哥七岁半", [bd(2, dago(100)), bd(3, dago(100)), bd(1, yo(7)), n(3)], known=K(city="jinan"))
m("multiples age numerals", "三胞胎今年一岁半 统共就仨", [n(3), bd(1, yo(1)), bd(2, yo(1)), bd(3, yo(1))], known=K(city="beijing"))
m("correction multiples numerals", "不对 双胞胎是2025年5月20号 正好一周岁", [bd(1, "2025-05-20", "r"), bd(2, "2025-05-20", "r")],
  known=K(city="jinan", kids=["2025-06", "2025-06"]))
m("per_birth_hardship short_year", "俺儿子是22年生的 那年家里正吃低保", [bd(1, "2022"), chb(1, True)], known=K(city="jinan"))
m("per_birth_hardship", "生产的时候 俺俩都没领失业金啥的", [f("hardship_at_birth", False)], known=K(city="beijing", kids=[mo(7)]))
m("age birth_order", "小孙子半岁 大孙女快三岁 二孙子一岁零两个月", [bd(3, mo(6)), bd(1, almost(3)), bd(2, age(1, 2))], known=K(city="jinan"))
m("height question", "外孙一米二五 买高铁票得买儿童票不", [ht(1, 125)], known=K(city="jinan", kids=[yo(7)]))
m("chitchat", "520 俺家小的给俺画了个心", [])
m("question multiples", "龙凤胎的出生医学证明要两张吧", [])
m("answer hukou", "没 户口还在河北老家", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(1)]))
m("multiples age pregnancy numerals", "头胎双胞胎 三岁了 又怀上了 四个月", [n(2), bd(1, yo(3)), bd(2, yo(3)), due(3, preg(4))],
  known=K(city="jinan"))
m("short_year birth_order", "老大14年 老二二一年", [bd(1, "2014"), bd(2, "2021")], known=K(city="beijing"))
m("answer housing_fund", "俩人都交 我婆婆也交", [f("housing_fund_contributors", 3)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(3)]))
m("relative_date birth_order age", "上周五 二宝出生 大宝五岁半了", [bd(2, lastweek(4)), bd(1, yo(5))], known=K(city="jinan"))
m("correction height birth_order", "搞岔了 大的是一米三二 不是一米二三", [ht(1, 132, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(9), "height_cm": 123}, yo(4)]))

T("2026-07-16")  # Thursday: 上周X = the week of 2026-07-06
m("multiples age numerals birth_order", "仨孩子 大的俩是双胞胎 九岁 老三刚满月", [n(3), bd(1, yo(9)), bd(2, yo(9)), bd(3, mo(1))],
  known=K(city="jinan"))
m("multiples age pregnancy numerals", "俩一块儿生的小子五岁 这胎是闺女 预产期十月", [n(2), bd(1, yo(5)), bd(2, yo(5)), due(3, nextmonth(10))],
  known=K(city="jinan"))
m("multiples short_year birth_order", "一对龙凤胎 2022.10 还有个老大2017.4", [bd(1, "2017-04"), bd(2, "2022-10"), bd(3, "2022-10"), n(3)],
  known=K(city="beijing"))
m("per_birth_hardship", "生闺女那年俺俩都失业 领失业金", [chb(1, True)], known=K(city="jinan", kids=[yo(4)]))
m("per_birth_hardship", "生的时候 俺家没在领任何补助 低保啥的都没有", [f("hardship_at_birth", False)], known=K(city="jinan", kids=[yo(2)]))
m("age multiples", "外孙女三岁零七个月 外孙子是一对儿 刚满一岁", [bd(1, age(3, 7)), bd(2, just(1)), bd(3, just(1)), n(3)], known=K(city="jinan"))
m("numerals", "暑假了 俩孩子天天打架", [n(2)])
m("question multiples", "双胞胎能领两份生育津贴吗", [])
m("answer multiples numerals age", "俩 一块儿生的 十个月", [n(2), bd(1, mo(10)), bd(2, mo(10))], asked="children", known=K(city="beijing"))
m("height multiples", "双胞胎哪个都还不到一米", [below(2, 100), below(3, 100)], known=K(city="jinan", kids=[yo(6), yo(2), yo(2)]))
m("question hukou numerals", "要是把户口迁到北京 俩娃能领吗", [f("hukou_in_city", True, "q"), n(2)], known=K(city="beijing", kids=[yo(5), yo(2)]))
m("correction multiples numerals", "说错了 是五个娃 最小的是三胞胎", [n(5, "r")], known=K(city="jinan", kids=[yo(9), yo(6)]))
m("short_year birth_order", "老大一三年 老二一七年八月 老三2021.2", [bd(1, "2013"), bd(2, "2017-08"), bd(3, "2021-02")], known=K(city="jinan"))
m("relative_date multiples age", "上周五添了一儿一女 龙凤胎 老大八岁", [bd(2, lastweek(4)), bd(3, lastweek(4)), bd(1, yo(8)), n(3)], known=K(city="jinan"))
m("answer negation_housing", "没有 租房子住", [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city",
  known=K(city="jinan", kids=[yo(1)]))

T("2026-10-27")  # Tuesday: 上周X = the week of 2026-10-19
m("multiples age numerals", "儿子家四个娃 大孙子十二 一对双胞胎孙女七岁 小孙子刚百天",
  [n(4), bd(1, yo(12)), bd(2, yo(7)), bd(3, yo(7)), bd(4, dago(100))], known=K(city="jinan"))
m("pregnancy multiples age relative_date birth_order", "二胎又是双胞胎 预产期明年一月 老大老二是龙凤胎 四岁",
  [bd(1, yo(4)), bd(2, yo(4)), due(3, "2027-01"), due(4, "2027-01")], known=K(city="beijing"))
m("correction short_year multiples", "说错了 双胞胎是二三年十月的 不是十一月", [bd(2, "2023-10", "r"), bd(3, "2023-10", "r")],
  known=K(city="jinan", kids=["2019", "2023-11", "2023-11"]))
m("per_birth_hardship", "生孙女那阵儿 儿子儿媳都没吃低保", [chb(1, False)], known=K(city="jinan", kids=[yo(3)]))
m("per_birth_hardship now_vs_birth", "生产那会儿俺们吃着低保 如今还吃", [f("hardship_at_birth", True), f("hardship_now", True)],
  known=K(city="jinan", kids=[mo(9)]))
m("age pregnancy birth_order", "二宝一岁零两个月 大宝三岁半 三宝四宝还在肚里 双胞胎 五个月", [bd(2, age(1, 2)), bd(1, yo(3)), due(3, preg(5)), due(4, preg(5))],
  known=K(city="jinan"))
m("chitchat", "天凉了 娃又咳嗽", [])
m("question multiples", "多胞胎有没有额外奖励", [])
m("answer pregnancy multiples numerals", "十二月二十号 是双胎", [due(2, nextmonth(12, 20)), due(3, nextmonth(12, 20))], asked="due_date",
  known=K(city="jinan", kids=[yo(2), {"due_date": None}]))
m("height numerals question birth_order", "大闺女1米4 老二1米2 俩都还得买票不", [ht(1, 140), ht(2, 120), n(2)],
  known=K(city="jinan", kids=[yo(10), yo(6)]))
m("answer short_year numerals", "三个 一八年 二二年 二六年三月", [n(3), bd(1, "2018"), bd(2, "2022"), bd(3, "2026-03")], asked="children",
  known=K(city="jinan"))
m("hukou multiples age numerals", "济南户口 龙凤胎刚满周岁 头胎", [f("city", "jinan"), f("hukou_in_city", True), bd(1, just(1)), bd(2, just(1)), n(2)])
m("relative_date multiples age", "上周四剖的 双胞胎 上头有个姐姐三岁", [bd(2, lastweek(3)), bd(3, lastweek(3)), bd(1, yo(3)), n(3)],
  known=K(city="beijing"))
m("correction multiples numerals", "不是三胞胎 是双胞胎", [n(2, "r")], known=K(city="jinan", kids=[mo(4), mo(4), mo(4)]))
m("answer insurance", "职工生育险 单位交的", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": "2027-03"}]))
