# Chinese, batch 46: multiples (双胞胎, 三胞胎, 龙凤胎, 一对儿, 一块儿生的, 同一天生的, 双的) beside older or younger
# single children in any order of telling, twins on the way beside born children, counts stated or implied and
# corrections of a count; colloquial ages of several children (三岁零四个月, 快一周岁, 刚满周岁, 百天),
# short and dotted years (一九年, 2023.5, 23.5.1), heights (一米零五, 还没到1米) and kinship / order words
# (外孙女, 二宝, 小孙子, 老幺, 大的/小的), answers, chitchat and bare questions
T("2025-02-18")  # Tuesday: 上周X = the week of 2025-02-10
m("multiples age numerals birth_order", "俺家仨 大闺女七岁半 底下一对儿双胞胎小子 一岁零两个月",
  [n(3), bd(1, yo(7)), bd(2, age(1, 2)), bd(3, age(1, 2))], known=K(city="jinan"))
m("multiples age numerals birth_order short_year", "四个娃 老大十岁 老二八岁 小的俩是23年的龙凤胎",
  [n(4), bd(1, yo(10)), bd(2, yo(8)), bd(3, "2023"), bd(4, "2023")], known=K(city="jinan"))
m("multiples relative_date birth_order", "上周五外孙女和外孙一块儿生的 闺女头一胎",
  [n(2), bd(1, lastweek(4)), bd(2, lastweek(4))], known=K(city="jinan"))
m("multiples short_year numerals birth_order", "就仨孩子 大的一九年的 俩小的同一天生的 2023.5",
  [n(3), bd(1, "2019"), bd(2, "2023-05"), bd(3, "2023-05")], known=K(city="beijing"))
m("correction multiples age", "刚才打错了 不是两个娃 是三个 小的是对双胞胎 都九个月",
  [n(3, "r"), bd(3, mo(9))], known=K(city="beijing", kids=[yo(6), mo(9)]))
m("chitchat", "娃们晚上轮流哭 俺跟老伴一宿没合眼", [], known=K(city="jinan", kids=[mo(3), mo(3)]))
m("question", "多胞胎的补贴是按人头发还是按胎发", [])
m("height multiples birth_order", "大孙子一米二五了 双胞胎孙女俩都不到一米", [ht(1, 125), below(2, 100), below(3, 100)],
  known=K(city="jinan", kids=[yo(7), yo(3), yo(3)]))
m("multiples pregnancy age birth_order numerals", "怀的双胞胎 预产期4月20号 家里还有个老大五岁半",
  [bd(1, yo(5)), due(2, nextmonth(4, 20)), due(3, nextmonth(4, 20))], known=K(city="jinan"))
m("answer multiples relative_date", "两个 是双胞胎 去年八月的", [n(2), bd(1, "2024-08"), bd(2, "2024-08")],
  asked="children", known=K(city="beijing"))

T("2025-06-05")  # Thursday: 上周X = the week of 2025-05-26
m("multiples age birth_order numerals", "三个小家伙 二宝三宝是一对儿 刚满周岁 大宝六岁多了",
  [n(3), bd(2, just(1)), bd(3, just(1)), bd(1, yo(6))], known=K(city="jinan"))
m("multiples relative_date birth_order numerals", "上周二剖的龙凤胎 上头还有个姐姐 家里这下三个了",
  [n(3), bd(2, lastweek(1)), bd(3, lastweek(1))], known=K(city="beijing"))
m("multiples age", "孙子孙女同一天生的 今年三岁半 没别的娃", [n(2), bd(1, yo(3)), bd(2, yo(3))], known=K(city="jinan"))
m("multiples short_year numerals birth_order", "仨孩子 老幺跟她哥是双胞胎 2020.11的 大姐一三年的",
  [n(3), bd(2, "2020-11"), bd(3, "2020-11"), bd(1, "2013")], known=K(city="jinan"))
m("height question birth_order", "小的俩都一米一 坐火车要买票不", [ht(2, 110), ht(3, 110)],
  known=K(city="beijing", kids=[yo(9), yo(5), yo(5)]))
m("multiples pregnancy age", "外孙女快两岁了 闺女又怀上了 双的 才三个月", [bd(1, almost(2)), due(2, preg(3)), due(3, preg(3))],
  known=K(city="jinan"))
m("answer multiples pregnancy", "十月中旬 俩呢 双胞胎", [due(2, nextmonth(10)), due(3, nextmonth(10))],
  asked="due_date", known=K(city="jinan", kids=[yo(4), {"due_date": None}]))
m("correction multiples age", "不对 双胞胎不是两岁 是一岁零十个月", [bd(2, age(1, 10), "r"), bd(3, age(1, 10), "r")],
  known=K(city="jinan", kids=[yo(8), yo(2), yo(2)]))
m("chitchat", "哈哈 俺家那俩小的长得一模一样 幼儿园老师老认错", [], known=K(city="jinan", kids=[yo(7), yo(4), yo(4)]))
m("question hukou", "如果落了北京户口 孩子们能领两份不", [f("hukou_in_city", True, "q")],
  known=K(city="beijing", kids=[mo(5), mo(5)]))

T("2025-09-22")  # Monday: 上周X = the week of 2025-09-15
m("multiples short_year numerals", "一九年生了个丫头 二三年一下来了俩小子 双胞胎 就这仨",
  [n(3), bd(1, "2019"), bd(2, "2023"), bd(3, "2023")], known=K(city="jinan"))
m("age birth_order", "小孙女刚满月 大孙子三岁半 中间那个快两岁了", [bd(1, yo(3)), bd(2, almost(2)), bd(3, mo(1))],
  known=K(city="jinan"))
m("height numerals", "俩娃 大的1米2 小的还不够1米", [n(2), ht(1, 120), below(2, 100)], known=K(city="jinan", kids=[yo(6), yo(3)]))
m("multiples relative_date birth_order numerals", "俺家双胞胎是上周四生的 老大在姥姥家 三个了",
  [n(3), bd(2, lastweek(3)), bd(3, lastweek(3))], known=K(city="jinan"))
m("answer multiples short_year relative_date birth_order", "三个 第一胎是龙凤胎 一八年的 老三去年刚生",
  [n(3), bd(1, "2018"), bd(2, "2018"), bd(3, "2024")], asked="children", known=K(city="beijing"))
m("multiples pregnancy relative_date", "头胎怀的就是俩 下个月底生", [due(1, thismonth(1)), due(2, thismonth(1))],
  known=K(city="beijing"))
m("correction multiples numerals", "哎说岔了 不是俩孩子 小的是双胞胎 一共仨", [n(3, "r")],
  known=K(city="jinan", kids=[yo(5), mo(2)]))
m("per_birth_hardship multiples birth_order", "生双胞胎那阵儿家里吃低保 老大那会儿可没有",
  [chb(2, True), chb(3, True), chb(1, False)], known=K(city="jinan", kids=[yo(9), yo(2), yo(2)]))
m("numerals multiples birth_order", "老二老三是２０２４年７月１号一块儿落地的", [bd(2, "2024-07-01"), bd(3, "2024-07-01")],
  known=K(city="jinan", kids=[yo(6)]))
m("question", "多胞胎家庭要分开填表吗", [])

T("2025-12-10")  # Wednesday: 上周X = the week of 2025-12-01
m("age numerals", "小外孙满百天了 外孙女两岁零三个月大", [bd(1, age(2, 3)), bd(2, dago(100))], known=K(city="jinan"))
m("multiples age birth_order numerals", "大的十一 二的八岁 老幺是一对儿龙凤胎 刚满月 总共四个",
  [n(4), bd(1, yo(11)), bd(2, yo(8)), bd(3, mo(1)), bd(4, mo(1))], known=K(city="jinan"))
m("answer height birth_order", "老大一米一八 老二一米二一", [ht(1, 118), ht(2, 121)], asked="children.height_cm",
  known=K(city="beijing", kids=[yo(6), yo(6)]))
m("multiples relative_date birth_order", "上周一生了对双胞胎 头胎", [n(2), bd(1, lastweek(0)), bd(2, lastweek(0))],
  known=K(city="beijing"))
m("question", "老伴儿问 三胞胎那家邻居领了多少", [])
m("multiples pregnancy short_year birth_order", "22年十月生的老大 这回怀的龙凤胎 五个月了",
  [bd(1, "2022-10"), due(2, preg(5)), due(3, preg(5))], known=K(city="jinan"))
m("correction multiples numerals", "更正一下 俩小的生日是十二月一号 不是二号", [bd(2, "2025-12-01", "r"), bd(3, "2025-12-01", "r")],
  known=K(city="jinan", kids=[yo(3), "2025-12-02", "2025-12-02"]))
m("multiples short_year numerals birth_order", "俺们济南的 仨孩子 老大一七年 后面俩是同一天生的 二一年",
  [f("city", "jinan"), n(3), bd(1, "2017"), bd(2, "2021"), bd(3, "2021")])
m("answer insurance", "职工生育 生那对儿的时候我在厂里交着", [f("birth_insurance", "employee_maternity")],
  asked="birth_insurance", known=K(city="jinan", kids=[mo(10), mo(10)]))
m("chitchat", "两个小的会喊爷爷了 把老头子乐坏了", [], known=K(city="jinan", kids=[yo(5), age(1, 2), age(1, 2)]))

T("2026-03-03")  # Tuesday: 上周X = the week of 2026-02-23
m("multiples age birth_order numerals", "大宝四岁半 底下是三胞胎 刚八个月 一共四个娃",
  [n(4), bd(1, yo(4)), bd(2, mo(8)), bd(3, mo(8)), bd(4, mo(8))], known=K(city="jinan"))
m("multiples numerals age birth_order", "老二老三同一天出生 2025.11.8 老大快七岁了",
  [bd(2, "2025-11-08"), bd(3, "2025-11-08"), bd(1, almost(7))], known=K(city="beijing"))
m("multiples pregnancy numerals", "预产期定在6月18 双胎 前头还有俩闺女", [n(2), due(3, nextmonth(6, 18)), due(4, nextmonth(6, 18))],
  known=K(city="jinan"))
m("answer multiples age numerals", "四个 一对双胞胎十岁 一对龙凤胎三岁",
  [n(4), bd(1, yo(10)), bd(2, yo(10)), bd(3, yo(3)), bd(4, yo(3))], asked="children", known=K(city="jinan"))
m("correction multiples age", "说错了 三胞胎是十个月 不是八个月", [bd(2, mo(10), "r"), bd(3, mo(10), "r"), bd(4, mo(10), "r")],
  known=K(city="jinan", kids=[yo(4), mo(8), mo(8), mo(8)]))
m("multiples relative_date birth_order", "孙女儿上周六生的 和她弟一块儿 儿子家头一回",
  [n(2), bd(1, lastweek(5)), bd(2, lastweek(5))], known=K(city="jinan"))
m("hukou multiples", "一家子户口都在济南 龙凤胎也落上了", [f("hukou_in_city", True)],
  known=K(city="jinan", kids=[yo(6), mo(5), mo(5)]))
m("question", "一胎生俩的 算一孩二孩还是都算", [])
m("multiples age numerals", "大孙子三岁半 俩小的是龙凤胎 快两岁了", [n(3), bd(1, yo(3)), bd(2, almost(2)), bd(3, almost(2))],
  known=K(city="jinan"))
m("chitchat", "今儿个天好 推着俩小的晒太阳去", [], known=K(city="beijing", kids=[yo(8), yo(1), yo(1)]))

T("2026-05-27")  # Wednesday: 上周X = the week of 2026-05-18
m("height multiples birth_order", "大宝二宝是双胞胎 一米三五了都 三宝一米整", [ht(1, 135), ht(2, 135), ht(3, 100)],
  known=K(city="jinan", kids=[yo(9), yo(9), yo(4)]))
m("multiples relative_date", "上周六又添了对双胞胎", [bd(2, lastweek(5)), bd(3, lastweek(5))], known=K(city="jinan", kids=[yo(3)]))
m("answer multiples pregnancy", "八月初 是俩 一男一女", [due(2, nextmonth(8)), due(3, nextmonth(8))],
  asked="due_date", known=K(city="beijing", kids=[yo(2), {"due_date": None}]))
m("correction short_year numerals birth_order", "不好意思 俺说错了 老大不是二零年的 是一九年", [bd(1, "2019", "r")],
  known=K(city="jinan", kids=["2020", "2023-04", "2023-04"]))
m("multiples age numerals birth_order", "一共四个 老三老四一胎生的 今年1月 上头哥俩 一个十二 一个九岁",
  [n(4), bd(3, "2026-01"), bd(4, "2026-01"), bd(1, yo(12)), bd(2, yo(9))], known=K(city="jinan"))
m("multiples pregnancy birth_order", "三胞胎 怀孕四个月了 第一胎 北京的",
  [due(1, preg(4)), due(2, preg(4)), due(3, preg(4)), f("city", "beijing")])
m("now_vs_birth per_birth_hardship multiples", "现在领着低保 生双胞胎那年还没有", [f("hardship_now", True), chb(1, False), chb(2, False)],
  known=K(city="jinan", kids=[yo(1), yo(1)]))
m("question multiples numerals birth_order", "俺家二宝三宝双胞胎 两岁零一个月 还能领育儿补贴不", [bd(2, age(2, 1)), bd(3, age(2, 1))],
  known=K(city="jinan", kids=[yo(7)]))
m("chitchat", "您辛苦了 俺再去问问社区", [])
m("answer hukou", "没有 户口还在菏泽 双胞胎也跟着我上的", [f("hukou_in_city", False, "c")], asked="hukou_in_city",
  known=K(city="jinan", kids=[mo(7), mo(7)]))

T("2026-08-13")  # Thursday: 上周X = the week of 2026-08-03
m("multiples numerals short_year", "外孙外孙女是一对儿 23.5.1生的 闺女就这俩", [n(2), bd(1, "2023-05-01"), bd(2, "2023-05-01")],
  known=K(city="jinan"))
m("height multiples birth_order numerals", "老大一米四 老二老三龙凤胎 一米零五", [ht(1, 140), ht(2, 105), ht(3, 105)],
  known=K(city="jinan", kids=[yo(10), yo(4), yo(4)]))
m("multiples age birth_order", "双胞胎今天满百天 大的都上二年级了", [n(3), bd(2, dago(100)), bd(3, dago(100))], known=K(city="jinan"))
m("answer multiples age numerals", "俩 同一天生的 一岁零三个月", [n(2), bd(1, age(1, 3)), bd(2, age(1, 3))],
  asked="children", known=K(city="beijing"))
m("correction multiples numerals", "说错了 一共三个孩子 双胞胎上面还有个姐姐", [n(3, "r")], known=K(city="jinan", kids=[yo(4), yo(4)]))
m("multiples pregnancy short_year numerals birth_order", "24年元旦生的大宝 今年又怀上了 双胞胎 预产期十一月",
  [bd(1, "2024-01-01"), due(2, nextmonth(11)), due(3, nextmonth(11))], known=K(city="beijing"))
m("multiples age birth_order", "三胞胎 两男一女 一周岁半了 头一胎就仨", [n(3), bd(1, yo(1)), bd(2, yo(1)), bd(3, yo(1))],
  known=K(city="jinan"))
m("question", "双胎能多给几天产假不", [])
m("multiples age short_year numerals", "老大十五了 双胞胎是一六年的 就仨", [n(3), bd(1, yo(15)), bd(2, "2016"), bd(3, "2016")],
  known=K(city="jinan"))
m("answer negation_housing numerals", "嗯 租的 俩大人仨孩子挤两居室", [f("renting", True, "c"), n(3)], asked="renting",
  known=K(city="beijing", kids=[yo(6), yo(2), yo(2)]))

T("2026-10-19")  # Monday: 上周X = the week of 2026-10-12
m("multiples relative_date age birth_order", "上礼拜四俺家添了双胞胎孙子 大孙女快五岁了",
  [n(3), bd(2, lastweek(3)), bd(3, lastweek(3)), bd(1, almost(5))], known=K(city="jinan"))
m("multiples short_year numerals birth_order", "就仨 龙凤胎是二〇年的 小老幺二三年", [n(3), bd(1, "2020"), bd(2, "2020"), bd(3, "2023")],
  known=K(city="jinan"))
m("correction height birth_order", "说错了 老大是一米二八 不是一米二", [ht(1, 128, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(7), "height_cm": 120}, yo(4)]))
m("multiples pregnancy age birth_order", "怀的三胞胎 六个月了 家里还有个老大 七岁半",
  [bd(1, yo(7)), due(2, preg(6)), due(3, preg(6)), due(4, preg(6))], known=K(city="beijing"))
m("answer multiples pregnancy", "没生呢 一个都还没有 怀着双胞胎", [n(0), due(1, None), due(2, None)], asked="children",
  known=K(city="jinan"))
m("chitchat", "刚给孩子们洗完澡 累瘫了", [], known=K(city="jinan", kids=[yo(5), yo(2), yo(2)]))
m("multiples numerals birth_order relative_date", "老二和老三是一天生的 2019.7 老四今年三月", [bd(2, "2019-07"), bd(3, "2019-07"), bd(4, "2026-03")],
  known=K(city="jinan", kids=[yo(10)]))
m("question", "多胞胎是不是还有额外的一次性补助", [])
m("per_birth_hardship multiples birth_order", "老大落地那年家里靠低保过 后来双胞胎出生时已经不领了",
  [chb(1, True), chb(2, False), chb(3, False)], known=K(city="jinan", kids=[yo(8), yo(2), yo(2)]))
m("multiples age", "俩外孙 一块儿生的 刚满月 就这俩", [n(2), bd(1, mo(1)), bd(2, mo(1))], known=K(city="beijing"))

T("2026-11-26")  # Thursday: 上周X = the week of 2026-11-16
m("multiples relative_date birth_order numerals", "上周五俺儿媳妇生了 俩小子 大孙女在家等着呢 三个娃了",
  [n(3), bd(2, lastweek(4)), bd(3, lastweek(4))], known=K(city="jinan"))
m("multiples age birth_order", "二宝快三岁 大宝九岁半 三宝四宝是双胞胎 五个月",
  [bd(2, almost(3)), bd(1, yo(9)), bd(3, mo(5)), bd(4, mo(5))], known=K(city="jinan"))
m("answer multiples pregnancy relative_date", "下个月中旬 双胞胎", [due(2, thismonth(1)), due(3, thismonth(1))],
  asked="due_date", known=K(city="jinan", kids=[yo(3), {"due_date": None}]))
m("correction multiples numerals", "不对 不是双胞胎 是三胞胎 一共四个", [n(4, "r")], known=K(city="jinan", kids=[yo(5), yo(3), yo(3)]))
m("multiples short_year birth_order numerals", "三个孩子 23年的双胞胎 25年又生了个老三", [n(3), bd(1, "2023"), bd(2, "2023"), bd(3, "2025")],
  known=K(city="beijing"))

T("2025-04-08")  # Tuesday
m("age numerals birth_order", "小孙女刚满月 大孙子三岁零四个月", [bd(1, age(3, 4)), bd(2, mo(1))], known=K(city="jinan"))
m("height numerals", "大的1米15 小的还没到1米", [ht(1, 115), below(2, 100)], known=K(city="jinan", kids=[yo(6), yo(2)]))
m("age short_year birth_order", "二宝满周岁了 大宝一八年的", [bd(2, just(1)), bd(1, "2018")], known=K(city="jinan"))
m("answer short_year numerals", "仨 一五年 一八年 二二年", [n(3), bd(1, "2015"), bd(2, "2018"), bd(3, "2022")],
  asked="children", known=K(city="beijing"))
m("numerals hukou", "闺女2023.5出的生 济南户口", [bd(1, "2023-05"), f("city", "jinan"), f("hukou_in_city", True)])
m("age birth_order", "老幺百天 老大老二一个六岁一个四岁", [bd(3, dago(100)), bd(1, yo(6)), bd(2, yo(4))], known=K(city="jinan"))
m("correction age birth_order", "小的不是一岁半 是一岁零两个月", [bd(2, age(1, 2), "r")], known=K(city="jinan", kids=[yo(4), yo(1)]))
m("chitchat", "俺这手机字小 看不清 您多担待", [])
m("question", "济南二孩补贴一直发到几岁", [])
m("height birth_order numerals", "大外孙女一米零八 小外孙还不到一米", [ht(1, 108), below(2, 100)],
  known=K(city="jinan", kids=[yo(5), yo(2)]))

T("2025-07-30")  # Wednesday
m("age numerals", "大的两岁零三个月了 老二刚出生七天", [bd(1, age(2, 3)), bd(2, dago(7))], known=K(city="jinan"))
m("age birth_order", "出生四十天了 头胎", [bd(1, dago(40))], known=K(city="beijing"))
m("short_year numerals birth_order", "老大二二年三月的 老二二五年六月", [bd(1, "2022-03"), bd(2, "2025-06")], known=K(city="jinan"))
m("answer height numerals", "一米二三 上个月量的", [ht(1, 123)], asked="children.height_cm", known=K(city="jinan", kids=[yo(7)]))
m("age birth_order", "大孙子六岁半 小孙子快一周岁", [bd(1, yo(6)), bd(2, almost(1))], known=K(city="jinan"))
m("correction short_year birth_order", "更正 老二是24年7月的 不是8月", [bd(2, "2024-07", "r")],
  known=K(city="jinan", kids=[yo(5), "2024-08"]))
m("age height numerals", "俺们北京的 就一个闺女 十岁了 一米四五", [f("city", "beijing"), n(1), bd(1, yo(10)), ht(1, 145)])
m("question height birth_order", "二宝还不到1米2 坐公交得买票不", [below(2, 120)], known=K(city="jinan", kids=[yo(7), yo(3)]))
m("age birth_order", "三岁半的老二和刚满月的老三 老大在上初中", [bd(2, yo(3)), bd(3, mo(1))], known=K(city="jinan"))
m("answer", "济南 历下区的", [f("city", "jinan")], asked="city")

T("2025-11-04")  # Tuesday
m("numerals", "俩闺女 大的2017.9 小的2021.12", [n(2), bd(1, "2017-09"), bd(2, "2021-12")], known=K(city="jinan"))
m("age birth_order", "小的那个十一个月 大的刚满五周岁", [bd(2, mo(11)), bd(1, just(5))], known=K(city="jinan"))
m("age numerals birth_order", "老三刚满月 老二一岁零八个月 老大四岁", [bd(3, mo(1)), bd(2, age(1, 8)), bd(1, yo(4))],
  known=K(city="beijing"))
m("question height birth_order", "大外孙 一米三了 坐车得买票了吧", [ht(1, 130)], known=K(city="jinan", kids=[yo(9), yo(4)]))
m("answer short_year relative_date", "两个 二一年一个 今年一个", [n(2), bd(1, "2021"), bd(2, "2025")], asked="children",
  known=K(city="jinan"))
m("chitchat", "好嘞 晓得了 谢谢哈", [])
m("correction birth_order", "搞错了 小孙女不是十月生的 是九月", [bd(2, "2025-09", "r")], known=K(city="jinan", kids=[yo(4), "2025-10"]))
m("relative_date age birth_order", "上周三生的二宝 大宝刚满三岁", [bd(2, lastweek(2)), bd(1, just(3))], known=K(city="beijing"))
m("question", "百天的娃能办医保不", [])
m("age hukou numerals", "娃一周岁零两个月 户口还在老家", [bd(1, age(1, 2)), f("hukou_in_city", False)], known=K(city="beijing"))

T("2026-01-20")  # Tuesday
m("relative_date age birth_order", "去年12月生的老二 老大两岁半", [bd(2, "2025-12"), bd(1, yo(2))], known=K(city="jinan"))
m("height birth_order numerals", "老大一米二 老二一米零二 老三抱着呢", [ht(1, 120), ht(2, 102)],
  known=K(city="jinan", kids=[yo(7), yo(4), mo(6)]))
m("short_year numerals hukou", "孙子二〇年的 孙女二三年的 都是济南户口", [bd(1, "2020"), bd(2, "2023"), f("hukou_in_city", True)],
  known=K(city="jinan"))
m("answer age", "就这一个 刚出满月", [n(1), bd(1, mo(1))], asked="children", known=K(city="beijing"))
m("relative_date age birth_order", "前天生了老三 大的九岁 二的五岁半", [bd(3, back(2)), bd(1, yo(9)), bd(2, yo(5))], known=K(city="jinan"))
m("correction age birth_order", "说错了 大的不是九岁 是十岁", [bd(1, yo(10), "r")], known=K(city="jinan", kids=[yo(9), yo(5), "2026-01-18"]))
m("question numerals", "俩娃 托育补贴能领两份不", [n(2)], known=K(city="beijing", kids=[yo(2), mo(5)]))
m("short_year numerals birth_order", "一九年的大宝 二四年的二宝", [bd(1, "2019"), bd(2, "2024")], known=K(city="jinan"))
m("chitchat", "过年回老家 孩子们都盼着呢", [])
m("age hukou birth_order", "小的七个月 大的三岁零五个月 北京户口", [bd(2, mo(7)), bd(1, age(3, 5)), f("hukou_in_city", True)],
  known=K(city="beijing"))

T("2026-06-16")  # Tuesday: 上周X = the week of 2026-06-08
m("multiples age birth_order numerals", "一共仨 老大八岁半 龙凤胎刚满三周岁", [n(3), bd(1, yo(8)), bd(2, just(3)), bd(3, just(3))],
  known=K(city="jinan"))
m("multiples relative_date birth_order", "双胞胎是上周一生的 头一胎 都五斤多", [n(2), bd(1, lastweek(0)), bd(2, lastweek(0))],
  known=K(city="jinan"))
m("answer multiples age numerals birth_order", "五个 老大老二双胞胎十二岁 老三七岁 老四老五又是双胞胎 两岁",
  [n(5), bd(1, yo(12)), bd(2, yo(12)), bd(3, yo(7)), bd(4, yo(2)), bd(5, yo(2))], asked="children", known=K(city="jinan"))
m("correction multiples numerals", "更正 家里三个娃 小的是双胞胎", [n(3, "r")], known=K(city="jinan", kids=[yo(6), mo(3)]))
m("multiples pregnancy numerals age", "怀了龙凤胎 预产期2026.9.5 老大三岁", [due(2, "2026-09-05"), due(3, "2026-09-05"), bd(1, yo(3))],
  known=K(city="beijing"))
m("question height multiples", "双胞胎都还不到1米2 能免票吧", [below(2, 120), below(3, 120)],
  known=K(city="jinan", kids=[yo(9), yo(4), yo(4)]))
m("multiples numerals short_year birth_order", "同一天生的俩闺女 22.12.3 这是头胎", [n(2), bd(1, "2022-12-03"), bd(2, "2022-12-03")],
  known=K(city="jinan"))
m("per_birth_hardship multiples", "那对儿落地时俺家领着特困供养", [chb(1, True), chb(2, True)],
  known=K(city="jinan", kids=[yo(2), yo(2)]))
m("chitchat", "奶粉钱一个月好几千 愁人", [], known=K(city="jinan", kids=[mo(6), mo(6), mo(6)]))
m("question", "补贴按孩子数发还是按胎数发", [])

T("2025-10-14")  # Tuesday: 上周X = the week of 2025-10-06
m("age birth_order", "大孙女十二 二孙女十岁 小孙子才半岁", [bd(1, yo(12)), bd(2, yo(10)), bd(3, mo(6))], known=K(city="jinan"))
m("multiples relative_date age numerals", "双胞胎今年5月生的 他俩哥哥十岁 就这仨", [n(3), bd(2, "2025-05"), bd(3, "2025-05"), bd(1, yo(10))],
  known=K(city="jinan"))
m("answer housing_fund", "俩人都交 双胞胎出生前就交着", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[mo(4), mo(4)]))
m("multiples relative_date age birth_order", "老大快四岁 老二老三龙凤胎 上周二剖的",
  [bd(1, almost(4)), bd(2, lastweek(1)), bd(3, lastweek(1))], known=K(city="beijing"))
m("correction multiples", "说错了 双胞胎是四月底生的 不是五月", [bd(2, "2025-04", "r"), bd(3, "2025-04", "r")],
  known=K(city="jinan", kids=[yo(3), "2025-05", "2025-05"]))
m("multiples short_year numerals birth_order", "仨孩子 老二老三是一对儿 二三年八月生的 老大一八年",
  [n(3), bd(2, "2023-08"), bd(3, "2023-08"), bd(1, "2018")], known=K(city="jinan"))
m("answer multiples relative_date", "一对儿龙凤胎 就俩 去年三月", [n(2), bd(1, "2024-03"), bd(2, "2024-03")], asked="children",
  known=K(city="jinan"))
m("multiples age birth_order numerals", "闺女家三个 外孙女是老幺 刚满月 外孙是双胞胎哥俩 四岁半",
  [n(3), bd(3, mo(1)), bd(1, yo(4)), bd(2, yo(4))], known=K(city="jinan"))
m("question multiples", "要是再怀个双胞胎 明年生 能领几份", [due(2, year(1), "q"), due(3, year(1), "q")],
  known=K(city="jinan", kids=[yo(2)]))
m("multiples short_year birth_order", "二宝三宝同月同日生 一九年的 大宝一六年", [bd(2, "2019"), bd(3, "2019"), bd(1, "2016")],
  known=K(city="beijing"))
m("multiples age numerals", "俺家就俩 双胞胎 一岁零八个月", [n(2), bd(1, age(1, 8)), bd(2, age(1, 8))], known=K(city="jinan"))
m("chitchat", "带娃不易 哈哈 您早点歇着", [])
m("answer multiples pregnancy", "明年二月 一对儿", [due(2, "2026-02"), due(3, "2026-02")], asked="due_date",
  known=K(city="jinan", kids=[yo(5), {"due_date": None}]))
m("multiples age birth_order", "老大十四 老二十一 老三老四双胞胎六岁 老五刚满月",
  [bd(1, yo(14)), bd(2, yo(11)), bd(3, yo(6)), bd(4, yo(6)), bd(5, mo(1))], known=K(city="jinan"))
m("correction multiples numerals", "更正 不是三胞胎 是双胞胎 俩孩子", [n(2, "r")], known=K(city="jinan", kids=[mo(4), mo(4), mo(4)]))
