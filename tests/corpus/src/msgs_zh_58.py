# Chinese, batch 58: colloquial ages (三岁半, 两岁多, 一岁零两个月, 刚满月, 快N岁, N个月大, 五十来天, 百天),
# two-digit/dotted/slashed years (19年, 二一年, 2022.3, 23.5.1, 2024/6/1), Chinese and full-width numerals
# (二〇二三年十月, 十二月五号, ２０２４年６月, 俩/仨), multiples beside an elder or younger single child;
# spread through: answers to every `asked`, corrections, plain questions, chitchat, housing/fund/insurance/hukou
# mixed with children, hardship now vs at birth (per child vs the birth)
T("2024-02-20")  # Tuesday: 上周X = the week of 2024-02-12
m("age birth_order", "俺家老大三岁半了 老二八个月大", [bd(1, yo(3)), bd(2, mo(8))], known=K(city="jinan"))
m("short_year multiples", "19年生的闺女 21年又添了对双胞胎小子", [bd(1, "2019"), bd(2, "2021"), bd(3, "2021"), n(3)],
  known=K(city="jinan"))
m("age numerals hukou", "孙子一岁零两个月 户口也落济南了", [bd(1, age(1, 2)), f("hukou_in_city", True)], known=K(city="jinan"))
m("relative_date multiples", "龙凤胎上周四生的 头一胎 娘仨都挺好", [bd(1, lastweek(3)), bd(2, lastweek(3)), n(2)],
  known=K(city="beijing"))
m("chitchat", "哈哈谢谢你啊 说的挺明白的", [])
m("question", "二孩那个补贴是一个月六百吧 发到几岁", [])
m("short_year age", "大的2022.3生的 小的才五十来天", [bd(1, "2022-03"), bd(2, dago(50))], known=K(city="jinan"))
m("answer age", "俩 一个四岁多一个刚满两岁", [n(2), bd(1, yo(4)), bd(2, just(2))], asked="children", known=K(city="jinan"))
m("negation_housing housing_fund age", "房子是租的 俺两口子都交公积金 娃两岁多",
  [f("renting", True), f("housing_fund_contributors", 2), bd(1, yo(2))], known=K(city="beijing"))
m("now_vs_birth per_birth_hardship birth_order", "生老二那阵子领着低保 现在不领了",
  [chb(2, True), f("hardship_now", False)], known=K(city="jinan", kids=["2019-05", "2022-11"]))
m("correction age", "不对 老二是十个月 不是八个月", [bd(2, mo(10), "r")], known=K(city="jinan", kids=[yo(3), mo(8)]))
m("height birth_order", "老大一米二八 老二九十公分", [ht(1, 128), ht(2, 90)], known=K(city="beijing", kids=[yo(8), yo(2)]))
m("numerals", "外孙女是２０２３年１１月２号生的", [bd(1, "2023-11-02")], known=K(city="jinan"))
m("pregnancy age", "怀二胎五个月了 大宝快三岁了", [bd(1, almost(3)), due(2, preg(5))], known=K(city="jinan"))
m("answer numerals pregnancy", "预产期二〇二四年七月十五号", [due(1, "2024-07-15")], asked="due_date",
  known=K(city="beijing", kids=[{"due_date": None}]))
m("answer insurance", "单位给交的职工生育保险", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="jinan"))
m("multiples age", "双胞胎姐俩六岁了 下面还有个弟弟 今天正好百天", [bd(1, yo(6)), bd(2, yo(6)), bd(3, dago(100)), n(3)],
  known=K(city="jinan"))
m("chitchat", "年过完了 天天带娃 累得够呛", [])
m("answer", "北京 朝阳这边", [f("city", "beijing")], asked="city")
m("numerals short_year", "咱家老大二一年十二月五号生的 属牛", [bd(1, "2021-12-05")], known=K(city="jinan"))
m("question height", "地铁是一米三以下免票吗", [], known=K(city="beijing"))

T("2024-08-14")  # Wednesday: 上周X = the week of 2024-08-05
m("age multiples", "三胞胎 刚满月 仨闺女", [bd(1, mo(1)), bd(2, mo(1)), bd(3, mo(1)), n(3)], known=K(city="jinan"))
m("short_year age birth_order", "老大16年的 老二两岁半 老三刚满月", [bd(1, "2016"), bd(2, yo(2)), bd(3, mo(1))],
  known=K(city="jinan"))
m("relative_date", "上周二生了 是个小子", [bd(1, lastweek(1))], known=K(city="beijing"))
m("answer housing_fund", "就俺对象一个人交", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan"))
m("answer negation_housing", "没有 一直租房住", [f("owns_home_in_city", False, "c"), f("renting", True)],
  asked="owns_home_in_city", known=K(city="beijing"))
m("numerals", "闺女２０２２年６月生 儿子２０２４年３月生 就这俩", [bd(1, "2022-06"), bd(2, "2024-03"), n(2)],
  known=K(city="jinan"))
m("per_birth_hardship", "生孙女那时候俺家吃着低保", [chb(1, True)], known=K(city="jinan", kids=[yo(3)]))
m("per_birth_hardship", "生的时候家里领着失业金", [f("hardship_at_birth", True)], known=K(city="jinan", kids=[mo(5)]))
m("question", "公积金贷款二孩家庭能多贷多少", [], known=K(city="jinan"))
m("correction short_year", "刚才写错了 老大是18年的不是19年", [bd(1, "2018", "r")], known=K(city="jinan", kids=["2019", yo(2)]))
m("age", "孩子八个月大 还没断奶", [bd(1, mo(8))], known=K(city="beijing"))
m("multiples age birth_order", "大儿子快五岁了 去年又生了对龙凤胎", [bd(1, almost(5)), bd(2, year(-1)), bd(3, year(-1)), n(3)],
  known=K(city="jinan"))
m("answer age", "一个 一岁零两个月", [n(1), bd(1, age(1, 2))], asked="children", known=K(city="beijing"))
m("answer height", "一米零五", [ht(1, 105)], asked="children.height_cm", known=K(city="beijing", kids=[yo(4)]))
m("chitchat", "好的 我去问问社区", [])
m("hukou negation_housing", "俺们户口还在老家 在济南租的房", [f("hukou_in_city", False), f("renting", True)],
  known=K(city="jinan"))
m("pregnancy numerals", "怀了 预产期十二月五号 这是头胎", [due(1, nextmonth(12, 5))], known=K(city="jinan"))
m("answer", "是的 北京户口", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing"))
m("insurance age", "孩子五十来天 我是灵活就业交的生育险", [bd(1, dago(50)), f("birth_insurance", "flexible_employment")],
  known=K(city="jinan"))
m("short_year numerals", "老大二〇年三月的 老二二三年十月的", [bd(1, "2020-03"), bd(2, "2023-10")], known=K(city="beijing"))
m("height", "小孙子还不到一米三 坐公交要钱不", [below(1, 130)], known=K(city="beijing", kids=[yo(5)]))

T("2024-12-30")  # Monday: 上周X = the week of 2024-12-23
m("relative_date multiples age", "双胞胎上周五生的 上头有个哥哥三岁多", [bd(2, lastweek(4)), bd(3, lastweek(4)), bd(1, yo(3)), n(3)],
  known=K(city="jinan"))
m("short_year", "23.5.1生的 五一那天", [bd(1, "2023-05-01")], known=K(city="jinan"))
m("short_year birth_order", "老大2024/6/1生的 儿童节", [bd(1, "2024-06-01")], known=K(city="beijing", kids=["2024", {"due_date": None}]))
m("age", "外孙快三岁了 上托班的话有补贴吗", [bd(1, almost(3))], known=K(city="beijing"))
m("answer negation_housing", "打算 看好了一套 首套", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="jinan"))
m("answer negation_housing", "对 租的", [f("renting", True, "c")], asked="renting", known=K(city="beijing"))
m("now_vs_birth", "现在俺领失业金 生娃那会儿没领", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=[yo(1)]))
m("numerals age", "俺俩孙子 大的七岁 小的俩月", [n(2), bd(1, yo(7)), bd(2, mo(2))], known=K(city="jinan"))
m("correction", "说错了 不是北京 是济南", [f("city", "jinan", "r")], known=K(city="beijing"))
m("multiples numerals", "二〇二二年十月生的龙凤胎 后来二〇二四年又生了个丫头", [bd(1, "2022-10"), bd(2, "2022-10"), bd(3, "2024"), n(3)],
  known=K(city="jinan"))
m("chitchat", "祝您元旦快乐", [])
m("question", "济南那个六百块钱的育儿补贴 去哪申请", [], known=K(city="jinan"))
m("age", "宝宝刚满月 奶奶从老家过来帮忙", [bd(1, mo(1))], known=K(city="jinan"))
m("answer per_birth_hardship", "没领过", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(2)]))
m("housing_fund negation_housing", "俺们仨人交公积金 俺俩加上俺婆婆 还没买房", [f("housing_fund_contributors", 3), f("owns_home_in_city", False)],
  known=K(city="jinan"))
m("relative_date", "上个月二十号生的 二胎", [bd(2, thismonth(-1) + "-20")], known=K(city="beijing", kids=[yo(4)]))
m("age birth_order", "小的一岁半 大的上三年级了", [bd(2, yo(1))], known=K(city="jinan", kids=["2016", "2023"]))
m("pregnancy", "又怀上了 三个月了", [due(3, preg(3))], known=K(city="jinan", kids=["2019", "2022"]))
m("question", "产假一共多少天啊", [], known=K(city="jinan"))
m("insurance", "我没工作 交的城乡居民医保", [f("birth_insurance", "resident_medical")], known=K(city="jinan"))

T("2025-06-05")  # Thursday: 上周X = the week of 2025-05-26
m("relative_date birth_order", "老三上周一出生的 七斤二两", [bd(3, lastweek(0))], known=K(city="jinan", kids=["2018", "2021"]))
m("age multiples", "俺家就一对双胞胎 两岁多 还没要别的", [bd(1, yo(2)), bd(2, yo(2)), n(2)], known=K(city="beijing"))
m("short_year", "孩子是二一年的 具体几月忘了", [bd(1, "2021")], known=K(city="jinan"))
m("numerals", "俺闺女２０２４年６月生的 今年刚满一岁", [bd(1, "2024-06")], known=K(city="jinan"))
m("age numerals", "仨娃 十岁 六岁 还有个八个月的", [n(3), bd(1, yo(10)), bd(2, yo(6)), bd(3, mo(8))], known=K(city="jinan"))
m("correction multiples", "搞错了 老二老三是双胞胎 都是22年的", [bd(3, "2022", "r")], known=K(city="jinan", kids=["2017", "2022", "2023"]))
m("answer", "济南", [f("city", "jinan")], asked="city")
m("answer hukou", "不是 户口在菏泽", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan"))
m("height", "大宝一米三二了 得买票了吧", [ht(1, 132)], known=K(city="beijing", kids=[yo(9), yo(4)]))
m("chitchat", "在吗", [])
m("per_birth_hardship birth_order", "生老大那时候特困供养 生老二就没有了", [chb(1, True), chb(2, False)],
  known=K(city="jinan", kids=["2015", "2020"]))
m("age", "宝宝满一百天了 今天拍了百天照", [bd(1, dago(100))], known=K(city="beijing"))
m("question", "如果我们是济南户口 能多拿点吗", [f("hukou_in_city", True, "q")], known=K(city="jinan"))
m("answer pregnancy", "今年十一月", [due(2, "2025-11")], asked="due_date", known=K(city="jinan", kids=[yo(2), {"due_date": None}]))
m("housing_fund negation_housing", "我和老公都有公积金 准备买第一套房 现在租房", [f("housing_fund_contributors", 2),
  f("buying_first_home", True), f("renting", True)], known=K(city="beijing"))
m("age", "小孙女一岁零三个月 刚会走", [bd(1, age(1, 3))], known=K(city="jinan"))
m("multiples age", "俩小的是龙凤胎 快三岁了", [bd(2, almost(3)), bd(3, almost(3))],
  known=K(city="jinan", kids=["2012", "2022", "2022"]))
m("answer numerals", "仨 都是小子", [n(3)], asked="children", known=K(city="jinan"))
m("question", "北京生三孩有啥奖励没", [], known=K(city="beijing"))
m("short_year birth_order", "老大14年的 老二今年一月生的", [bd(1, "2014"), bd(2, "2025-01")], known=K(city="jinan"))
m("answer insurance", "交的居民医保", [f("birth_insurance", "resident_medical")], asked="birth_insurance", known=K(city="jinan"))

T("2025-10-27")  # Monday: 上周X = the week of 2025-10-20
m("relative_date multiples", "上周三生的三胞胎 都在保温箱里", [bd(1, lastweek(2)), bd(2, lastweek(2)), bd(3, lastweek(2)), n(3)],
  known=K(city="beijing"))
m("age birth_order", "大孙子五岁半 小孙子两岁", [bd(1, yo(5)), bd(2, yo(2))], known=K(city="jinan"))
m("numerals short_year", "二〇一九年八月老大 二二年五月老二", [bd(1, "2019-08"), bd(2, "2022-05")], known=K(city="jinan"))
m("now_vs_birth", "这两年一直吃低保", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(4)]))
m("per_birth_hardship", "生闺女那会没领啥 现在领失业金", [chb(1, False), f("hardship_now", True)], known=K(city="jinan", kids=[yo(6)]))
m("correction numerals", "前面说错了 不是２０２３年 是２０２２年", [bd(1, "2022", "r")], known=K(city="jinan", kids=["2023"]))
m("answer negation_housing", "不打算 买不起", [f("buying_first_home", False, "c")], asked="buying_first_home", known=K(city="beijing"))
m("answer negation_housing", "有一套 在历下", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city", known=K(city="jinan"))
m("chitchat", "好嘞 谢谢", [])
m("age", "二宝刚满月 大宝快两岁了", [bd(2, mo(1)), bd(1, almost(2))], known=K(city="jinan"))
m("multiples relative_date", "去年三月生了双胞胎 前面有个姐姐 一八年的", [bd(2, "2024-03"), bd(3, "2024-03"), bd(1, "2018"), n(3)],
  known=K(city="jinan"))
m("answer height multiples", "俩都一米一", [ht(1, 110), ht(2, 110)], asked="children.height_cm",
  known=K(city="beijing", kids=[yo(5), yo(5)]))
m("question", "要是明年再要个老三 能领补贴吗", [due(3, year(1), "q")], known=K(city="jinan", kids=["2019", "2023"]))
m("numerals age", "娃１０个月大", [bd(1, mo(10))], known=K(city="beijing"))
m("pregnancy", "儿媳妇怀孕七个月了 头胎", [due(1, preg(7))], known=K(city="jinan"))
m("hukou", "俺们一家都是北京户口", [f("hukou_in_city", True)], known=K(city="beijing", kids=[yo(1)]))
m("duration chitchat", "产假还有俩月就休完了", [])
m("age short_year", "二闺女20年11月的 大的快十岁了", [bd(2, "2020-11"), bd(1, almost(10))], known=K(city="jinan"))
m("answer housing_fund", "两个 我和我爱人", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="beijing"))
m("question", "托育补贴和育儿补贴能一块领吗", [], known=K(city="jinan"))
m("relative_date", "前天生的 六斤八两 是个丫头", [bd(1, back(2))], known=K(city="jinan"))

T("2026-03-18")  # Wednesday: 上周X = the week of 2026-03-09
m("relative_date birth_order", "老二上周六出生 母子平安", [bd(2, lastweek(5))], known=K(city="beijing", kids=[yo(3)]))
m("age multiples", "双胞胎哥俩三岁半 小妹妹一岁零两个月", [bd(1, yo(3)), bd(2, yo(3)), bd(3, age(1, 2)), n(3)],
  known=K(city="jinan"))
m("short_year numerals", "大宝２１年 二宝２４年", [bd(1, "2021"), bd(2, "2024")], known=K(city="jinan"))
m("numerals", "孩子二〇二五年十月八号出生", [bd(1, "2025-10-08")], known=K(city="jinan"))
m("correction", "更正一下 小的是去年九月生的", [bd(2, "2025-09", "r")], known=K(city="jinan", kids=["2020", "2025-10"]))
m("answer per_birth_hardship birth_order", "老大那会儿在领 老二没有", [chb(1, True), chb(2, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2017", "2022"]))
m("age", "娃快两岁了 想送托儿所", [bd(1, almost(2))], known=K(city="beijing"))
m("chitchat", "你是机器人吗", [])
m("negation_housing", "咱家在济南没房 租房住", [f("owns_home_in_city", False), f("renting", True)], known=K(city="jinan"))
m("pregnancy", "怀孕四个月 这是第二个", [due(2, preg(4))], known=K(city="jinan", kids=["2022"]))
m("answer", "嗯 济南户口", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan"))
m("numerals age", "仨孩子 老大十二 老二八岁 老三刚满半岁", [n(3), bd(1, yo(12)), bd(2, yo(8)), bd(3, mo(6))],
  known=K(city="jinan"))
m("height", "闺女一米二五 儿子一米", [ht(1, 125), ht(2, 100)], known=K(city="beijing", kids=[yo(7), yo(3)]))
m("question", "一米三以下的孩子坐公交免费吗", [], known=K(city="beijing"))
m("answer", "是 租的房子", [f("renting", True, "c")], asked="renting", known=K(city="jinan"))
m("short_year", "18.7.9生的老大", [bd(1, "2018-07-09")], known=K(city="jinan", kids=["2018", "2023"]))
m("per_birth_hardship", "生他那阵家里吃低保", [f("hardship_at_birth", True)], known=K(city="jinan", kids=[yo(2)]))
m("age", "外孙子九个月 外孙女三岁多", [bd(2, mo(9)), bd(1, yo(3))], known=K(city="jinan"))
m("insurance", "媳妇是职工医保 单位有生育险", [f("birth_insurance", "employee_maternity")], known=K(city="beijing"))
m("answer", "一个也没生呢", [n(0)], asked="children", known=K(city="jinan"))
m("question", "产假能休多久", [], known=K(city="beijing"))

T("2026-11-09")  # Monday: 上周X = the week of 2026-11-02
m("relative_date multiples", "龙凤胎上周五生的 上头还有个姐姐五岁", [bd(2, lastweek(4)), bd(3, lastweek(4)), bd(1, yo(5)), n(3)],
  known=K(city="jinan"))
m("age", "孙女五十来天 瘦了点", [bd(1, dago(50))], known=K(city="jinan"))
m("short_year", "娃是24年的", [bd(1, "2024")], known=K(city="beijing"))
m("numerals", "二〇二六年十月二十号 老二", [bd(2, "2026-10-20")], known=K(city="jinan", kids=["2021"]))
m("multiples numerals", "仨闺女 老大２０１９年 下面俩双胞胎２０２３年８月", [n(3), bd(1, "2019"), bd(2, "2023-08"), bd(3, "2023-08")],
  known=K(city="jinan"))
m("age", "小的刚满三岁 大的八岁半", [bd(2, just(3)), bd(1, yo(8))], known=K(city="beijing", kids=["2018", "2023"]))
m("answer pregnancy", "明年三月", [due(2, "2027-03")], asked="due_date", known=K(city="jinan", kids=[yo(1), {"due_date": None}]))
m("correction height", "刚才说错了 老大一米三五", [ht(1, 135, "r")], known=K(city="beijing", kids=[{"birth_date": yo(9), "height_cm": 130}]))
m("now_vs_birth", "现在不领低保了", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(2)]))
m("chitchat", "晚上好", [])
m("question", "公积金能提出来交房租吗", [], known=K(city="jinan"))
m("answer height", "还不到一米三", [below(1, 130)], asked="children.height_cm", known=K(city="beijing", kids=[yo(6)]))
m("relative_date", "去年十月生的老三", [bd(3, "2025-10")], known=K(city="jinan", kids=["2016", "2019"]))
m("hukou negation_housing", "我们不是北京户口 在北京买了房", [f("hukou_in_city", False), f("owns_home_in_city", True)],
  known=K(city="beijing"))
m("age pregnancy", "大的两岁零一个月 肚里这个快生了 下个月", [bd(1, age(2, 1)), due(2, thismonth(1))], known=K(city="jinan"))
m("housing_fund", "家里三口人交公积金", [f("housing_fund_contributors", 3)], known=K(city="jinan"))
m("per_birth_hardship multiples", "生双胞胎那会儿领着失业金", [chb(1, True), chb(2, True)],
  known=K(city="jinan", kids=[yo(3), yo(3)]))
m("age", "一岁零八个月的小子 皮得很", [bd(1, age(1, 8))], known=K(city="beijing"))
m("question", "没有济南户口能领育儿补贴不", [], known=K(city="jinan"))
m("answer", "北京 不过户口在河北", [f("city", "beijing"), f("hukou_in_city", False)], asked="city")
m("numerals", "小孙子十二月五号生的", [bd(1, pastmonth(12, 5))], known=K(city="jinan"))

T("2025-02-12")  # Wednesday: 上周X = the week of 2025-02-03
m("numerals hukou", "俩孩子都上幼儿园了 户口在济南", [n(2), f("hukou_in_city", True)], known=K(city="jinan", kids=[yo(4), yo(3)]))
m("multiples age", "姐姐八岁 底下仨是三胞胎 刚满两岁", [bd(1, yo(8)), bd(2, just(2)), bd(3, just(2)), bd(4, just(2)), n(4)],
  known=K(city="beijing"))
m("relative_date pregnancy", "大前年生的老大 现在又怀上了 预产期八月", [bd(1, year(-3)), due(2, nextmonth(8))], known=K(city="jinan"))
m("relative_date multiples age", "上周二剖的 俩小子 上面还有个闺女七岁半", [bd(2, lastweek(1)), bd(3, lastweek(1)), bd(1, yo(7)), n(3)],
  known=K(city="jinan"))
m("negation_housing", "咱有房 不用租", [f("owns_home_in_city", True), f("renting", False)], known=K(city="jinan"))
m("correction housing_fund", "说错了 公积金就我一个人交", [f("housing_fund_contributors", 1, "r")],
  known=K(city="beijing", housing_fund_contributors=2))
m("age", "宝宝刚出生二十天 黄疸还没退", [bd(1, dago(20))], known=K(city="beijing"))
