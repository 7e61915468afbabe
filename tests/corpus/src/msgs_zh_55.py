# Chinese, batch 55: hardship at each birth (低保/特困供养/失业金), told per child by order or kinship word
# (child.hardship_at_birth) or for every birth / by 孩子/娃/他 (hardship_at_birth), families with different hardship
# at each birth, now vs at the birth (hardship_now never turned into a birth fact); birth order after the verb and
# in kinship words (老婆前年生的老二, 小闺女, 大孙子, 外孙, 二宝三宝, 头胎/二胎/三胎, 最小的那个), several children told in
# any order; answers to each question, corrections, plain questions, chitchat, housing/fund/insurance/hukou beside kids
T("2024-01-16")  # Tuesday: 上周X = the week of 2024-01-08
m("birth_order", "生老二那会儿俺家在领低保 老大出生时候还没有", [chb(2, True), chb(1, False)],
  known=K(city="jinan", kids=[yo(5), yo(1)]))
m("relative_date birth_order", "老婆前年生的老二 大的今年上一年级了", [bd(2, year(-2))], known=K(city="jinan"))
m("age birth_order", "小闺女一岁两个月 大闺女六岁 中间还有个小子四岁多", [bd(3, age(1, 2)), bd(1, yo(6)), bd(2, yo(4))],
  known=K(city="beijing"))
m("birth_order", "大孙子出生那阵俺儿子正领着失业金呢", [chb(1, True)], known=K(city="jinan", kids=[yo(8), yo(3)]))
m("age", "外孙刚满月 闺女女婿都是济南户口", [bd(1, mo(1)), f("city", "jinan"), f("hukou_in_city", True)])
m("relative_date birth_order", "老三上周五落地的 俺家是特困供养户 生老三时候也是",
  [bd(3, lastweek(4)), f("hardship_now", True), chb(3, True)], known=K(city="jinan", kids=[yo(7), yo(4)]))
m("question", "济南600那个育儿补贴 是不是只给二孩三孩", [], known=K(city="jinan"))
m("birth_order", "失业金领完了才生的老三 生老三那会儿啥补助都没了", [chb(3, False)], known=K(city="jinan", kids=[yo(6), yo(3), mo(5)]))
m("now_vs_birth", "现在吃低保 以前没有 俩娃都是没吃低保的时候生的",
  [f("hardship_now", True), f("hardship_at_birth", False), n(2)], known=K(city="jinan", kids=[yo(4), yo(1)]))
m("chitchat", "哈哈 娃刚睡着 赶紧摸会手机", [])
m("answer", "没有 俺们没领过", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(2)]))
m("age birth_order pregnancy", "二宝一岁半 三宝还在肚子里 七个月了", [bd(2, yo(1)), due(3, preg(7))], known=K(city="beijing", kids=[yo(6)]))
m("height question birth_order", "最小的那个还没到一米 坐公交应该不用买票吧", [below(3, 100)],
  known=K(city="beijing", kids=[yo(8), yo(5), yo(2)]))
m("relative_date birth_order insurance", "头胎是在济南生的 二胎前天刚生 都是职工生育险报的",
  [bd(2, back(2)), f("birth_insurance", "employee_maternity")], known=K(city="jinan", kids=[yo(3)]))
m("correction short_year birth_order", "刚才打错字了 老二是二一年的不是二二年", [bd(2, "2021", "r")],
  known=K(city="jinan", kids=["2018", "2022"]))
m("answer age", "俩 大小子7岁 小闺女刚满4岁", [n(2), bd(1, yo(7)), bd(2, just(4))], asked="children", known=K(city="jinan"))

T("2024-05-22")  # Wednesday: 上周X = the week of 2024-05-13
m("birth_order", "俺们家三个娃 老大生的时候在领失业金 老二老三出生时都没有",
  [n(3), chb(1, True), chb(2, False), chb(3, False)], known=K(city="jinan"))
m("housing_fund", "闺女出生那会我们还在吃低保 现在早不吃了 俩人都上班交公积金",
  [chb(1, True), f("hardship_now", False), f("housing_fund_contributors", 2)], known=K(city="jinan", kids=[yo(3)]))
m("relative_date birth_order age", "上周二生了二胎 是个小子 头胎闺女五岁多", [bd(2, lastweek(1)), bd(1, yo(5))], known=K(city="beijing"))
m("pregnancy", "老公失业了再领失业金 这孩子预产期八月中旬", [f("hardship_now", True), due(1, nextmonth(8))], known=K(city="jinan"))
m("birth_order hukou question", "二胎 2023年10月生的 济南户口 能领那个每月600不",
  [bd(2, "2023-10"), f("city", "jinan"), f("hukou_in_city", True)])
m("question housing_fund", "公积金贷款 生了三孩能贷100万是吧", [], known=K(city="jinan"))
m("age birth_order", "外孙女跟外孙 一个四岁一个一岁多 外孙女大", [bd(1, yo(4)), bd(2, yo(1))], known=K(city="jinan"))
m("chitchat", "今儿热死了 娃一直闹觉", [])
m("answer", "嗯 租的房子 一个月两千五", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[yo(2)]))
m("birth_order", "三宝是今年二月份生的 生三宝那阵俺们刚吃上低保", [bd(3, pastmonth(2)), chb(3, True)],
  known=K(city="jinan", kids=[yo(9), yo(5)]))
m("answer", "就俺老公一个人交 我没单位", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(1)]))
m("age birth_order", "大孙女上小学了 今年八岁 小孙子三岁 生小孙子那年儿子在吃低保",
  [bd(1, yo(8)), bd(2, yo(3)), chb(2, True)], known=K(city="beijing"))
m("question birth_order", "要是明年再要个老三 一个月能领多少", [due(3, year(1), "q")], known=K(city="jinan", kids=[yo(4), yo(1)]))
m("hukou", "俺们户口在河北老家 人在北京打工", [f("hukou_in_city", False)], known=K(city="beijing"))
m("pregnancy age", "怀二胎了 刚三个月 老大两岁零四个月", [due(2, preg(3)), bd(1, age(2, 4))], known=K(city="jinan"))
m("correction birth_order", "弄反了 是生老二那会领的低保 老大出生时候没领", [chb(2, True, "r"), chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(5), "hardship_at_birth": True}, {"birth_date": yo(2), "hardship_at_birth": False}]))
m("height birth_order", "二宝身高九十二 大宝一米二三", [ht(2, 92), ht(1, 123)], known=K(city="beijing", kids=[yo(6), yo(2)]))
m("age birth_order", "闺女六岁 儿子两岁 生闺女时俺家是特困供养 生儿子时就不是了",
  [bd(1, yo(6)), bd(2, yo(2)), chb(1, True), chb(2, False)], known=K(city="jinan"))

T("2024-09-12")  # Thursday: 上周X = the week of 2024-09-02
m("relative_date birth_order age", "最小的闺女上周四出生的 她大哥十岁 二哥六岁", [bd(3, lastweek(3)), bd(1, yo(10)), bd(2, yo(6))],
  known=K(city="jinan"))
m("birth_order", "生大宝时在领低保 二宝出生时已经不领了 现在又领上了", [chb(1, True), chb(2, False), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(5), yo(2)]))
m("now_vs_birth", "现在没低保了 但是俩孩子出生得时候都在低保户里头", [f("hardship_now", False), f("hardship_at_birth", True), n(2)],
  known=K(city="jinan", kids=[yo(7), yo(3)]))
m("negation_housing", "首套房还没买 正打算用公积金贷款买", [f("buying_first_home", True)], known=K(city="jinan", kids=[yo(3), yo(1)]))
m("birth_order", "生小的那会俺在领失业金 大的出生时候啥也没领", [chb(2, True), chb(1, False)],
  known=K(city="jinan", kids=[yo(4), mo(8)]))
m("height question", "北京 孩子1米25 坐地铁要买票了吧", [f("city", "beijing"), ht(1, 125)])
m("question", "陪产假是15天还是更多啊", [], known=K(city="jinan"))
m("chitchat", "谢谢哈 问明白了", [])
m("answer", "医生说是十一月底", [due(2, nextmonth(11))], asked="due_date", known=K(city="jinan", kids=[yo(3)]))
m("age relative_date birth_order", "大外孙十二岁 小外孙女去年十月生的", [bd(1, yo(12)), bd(2, "2023-10")], known=K(city="beijing"))
m("short_year birth_order question", "老三二四年三月的 这个算不算二三年以后出生的三孩", [bd(3, "2024-03")],
  known=K(city="jinan", kids=["2017", "2020"]))
m("housing_fund negation_housing", "我们俩都没有公积金 租房住 在济南也没房子",
  [f("housing_fund_contributors", 0), f("renting", True), f("owns_home_in_city", False)], known=K(city="jinan"))
m("multiples birth_order", "俩小的双胞胎出生那阵儿家里是特困供养 老大那时候不是", [chb(2, True), chb(3, True), chb(1, False)],
  known=K(city="jinan", kids=[yo(6), yo(2), yo(2)]))
m("answer", "领过 那时候吃着低保呢", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=[mo(10)]))
m("age birth_order", "老大刚满七岁 老二三岁 老三还在吃奶 才五十天", [bd(1, just(7)), bd(2, yo(3)), bd(3, dago(50))],
  known=K(city="beijing"))
m("hukou", "更正下 户口没迁过来 还在德州", [f("hukou_in_city", False, "r")], known=K(city="jinan", hukou_in_city=True))
m("birth_order", "俩儿子都是领失业金那阵生的", [chb(1, True), chb(2, True), n(2)], known=K(city="jinan", kids=[yo(4), yo(2)]))

T("2025-01-06")  # Monday: 上周X = the week of 2024-12-30
m("relative_date birth_order age", "老婆上周五生了 三胎 大闺女十岁 二闺女七岁", [bd(3, lastweek(4)), bd(1, yo(10)), bd(2, yo(7))],
  known=K(city="jinan"))
m("chitchat", "新年好 祝你们新年快乐", [])
m("relative_date birth_order", "二宝是去年十二月生的 生二宝时俺正领失业金", [bd(2, "2024-12"), chb(2, True)],
  known=K(city="jinan", kids=[yo(4)]))
m("height birth_order", "大孙女一米四了 小孙子才一米一八", [ht(1, 140), ht(2, 118)], known=K(city="beijing", kids=[yo(10), yo(6)]))
m("hukou negation_housing", "户口在济南 房子是自己的 贷款买的", [f("city", "jinan"), f("hukou_in_city", True), f("owns_home_in_city", True)])
m("answer", "没有 一直租房", [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city",
  known=K(city="beijing"))
m("now_vs_birth", "俺是特困人员 生闺女的时候就是", [f("hardship_now", True), chb(1, True)], known=K(city="jinan", kids=[yo(2)]))
m("relative_date birth_order", "前年生的老大 去年生的老二 连着两年", [bd(1, year(-2)), bd(2, year(-1))], known=K(city="jinan"))
m("short_year birth_order", "怀的三胎 预产期是25年6月", [due(3, "2025-06")], known=K(city="jinan", kids=[yo(5), yo(2)]))
m("per_birth_hardship", "生俩闺女的时候都没吃低保 也没失业金", [chb(1, False), chb(2, False), n(2)],
  known=K(city="jinan", kids=[yo(6), yo(3)]))
m("question height", "小孩坐公交免票是不是按1米3算", [], known=K(city="beijing"))
m("answer", "打算 今年就想买", [f("buying_first_home", True, "c")], asked="buying_first_home", known=K(city="jinan", kids=[yo(3), yo(1)]))
m("correction age birth_order", "不对不对 小外孙是一岁三个月 不是两岁", [bd(2, age(1, 3), "r")], known=K(city="jinan", kids=[yo(5), yo(2)]))
m("birth_order", "生头胎那年在吃低保 二胎三胎都是后来条件好了生的 没吃", [chb(1, True), chb(2, False), chb(3, False)],
  known=K(city="jinan", kids=[yo(9), yo(5), yo(1)]))
m("age duration", "娃三周大 在家坐月子呢 老公陪产假就15天", [bd(1, dago(21))], known=K(city="jinan"))
m("relative_date birth_order", "媳妇刚生了二胎 今天早上 现在家里在领失业金 生老大时没领",
  [bd(2, today()), f("hardship_now", True), chb(1, False)], known=K(city="jinan", kids=[yo(3)]))

T("2025-06-18")  # Wednesday: 上周X = the week of 2025-06-09
m("short_year", "孩子24年11月生的 生他那阵家里吃低保", [bd(1, "2024-11"), f("hardship_at_birth", True)], known=K(city="jinan"))
m("age birth_order", "小闺女刚满两岁 大闺女五岁半 生大闺女那时候领失业金来着", [bd(2, just(2)), bd(1, yo(5)), chb(1, True)],
  known=K(city="jinan"))
m("relative_date birth_order duration", "现在在领失业金 上个月刚开始领 老三下个月生", [f("hardship_now", True), due(3, thismonth(1))],
  known=K(city="jinan", kids=[yo(6), yo(3)]))
m("relative_date", "上周三添了个大孙子 七斤多", [bd(1, lastweek(2))], known=K(city="beijing"))
m("chitchat", "你这机器人还挺好用", [])
m("housing_fund negation_housing", "俺和对象都交公积金 现在租房 打算买第一套",
  [f("housing_fund_contributors", 2), f("renting", True), f("buying_first_home", True)], known=K(city="jinan", kids=[yo(2), mo(4)]))
m("answer", "她是居民医保 没单位", [f("birth_insurance", "resident_medical")], asked="birth_insurance", known=K(city="jinan", kids=[yo(3)]))
m("birth_order duration", "老二是俺领失业金那阵生的 领了小一年", [chb(2, True)], known=K(city="jinan", kids=[yo(4), yo(1)]))
m("age birth_order", "家里三个孩子 最小的那个才八个月 最大的十一岁", [n(3), bd(3, mo(8)), bd(1, yo(11))], known=K(city="beijing"))
m("hukou question", "我们是外地户口 在济南生的二胎能领补贴不", [f("hukou_in_city", False)], known=K(city="jinan", kids=[yo(4), yo(1)]))
m("height question", "闺女现在九十八公分 坐公交肯定免票吧", [ht(1, 98)], known=K(city="beijing", kids=[yo(3)]))
m("correction", "说错了 我们交的是职工的 有生育险", [f("birth_insurance", "employee_maternity", "r")],
  known=K(city="jinan", birth_insurance="resident_medical", kids=[yo(1)]))
m("birth_order numerals", "老大2016.9 老二2019.3 老三2023.12", [bd(1, "2016-09"), bd(2, "2019-03"), bd(3, "2023-12")],
  known=K(city="jinan"))
m("birth_order", "二宝出生时候吃低保 三宝出生时候已经不吃了 大宝那会还没低保这一说", [chb(2, True), chb(3, False), chb(1, False)],
  known=K(city="jinan", kids=[yo(9), yo(4), yo(1)]))
m("answer", "嗯嗯 北京户口", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(2)]))
m("answer", "一个 还怀着一个 八月份生", [n(1), due(2, nextmonth(8))], asked="children", known=K(city="jinan"))

T("2025-10-09")  # Thursday: 上周X = the week of 2025-09-29
m("relative_date birth_order age", "最小的那个上周一出生的 她姐姐三岁", [bd(2, lastweek(0)), bd(1, yo(3))], known=K(city="jinan"))
m("duration", "领特困供养好几年了 俩娃都是这期间生的", [f("hardship_now", True), f("hardship_at_birth", True), n(2)],
  known=K(city="jinan", kids=[yo(5), yo(2)]))
m("relative_date birth_order", "小孙女是去年八月生的 生小孙女那时候儿媳妇在领失业金", [bd(2, "2024-08"), chb(2, True)],
  known=K(city="jinan", kids=[yo(6)]))
m("age pregnancy birth_order", "二胎六个月 三胎又怀上了 才俩月", [bd(2, mo(6)), due(3, preg(2))], known=K(city="beijing", kids=[yo(4)]))
m("question", "托育补贴一个人一个月400是给托儿所的还是给家长的", [], known=K(city="jinan"))
m("chitchat", "晚上再聊 先去接孩子放学", [])
m("answer age short_year", "三个 老大十三 老二九岁 老三是二三年的", [n(3), bd(1, yo(13)), bd(2, yo(9)), bd(3, "2023")],
  asked="children", known=K(city="jinan"))
m("birth_order", "生老三那会儿俺两口子都在领失业金 后来找着活了 现在啥也不领了", [chb(3, True), f("hardship_now", False)],
  known=K(city="jinan", kids=[yo(10), yo(6), yo(2)]))
m("negation_housing", "大宝的学校离得远 想买个学区房 我们第一套", [f("buying_first_home", True)], known=K(city="jinan", kids=[yo(6)]))
m("short_year relative_date birth_order", "外孙二二年五月的 外孙女今年一月的 生外孙女那会闺女家吃低保",
  [bd(1, "2022-05"), bd(2, "2025-01"), chb(2, True)], known=K(city="jinan"))
m("height birth_order", "娃们都挺高 老大一米五 老二一米三二 小的一米零五", [ht(1, 150), ht(2, 132), ht(3, 105)],
  known=K(city="beijing", kids=[yo(11), yo(8), yo(4)]))
m("correction", "我刚才说错了 现在没吃低保 是生娃那会儿吃的", [f("hardship_now", False, "r"), f("hardship_at_birth", True)],
  known=K(city="jinan", hardship_now=True, kids=[yo(3)]))
m("housing_fund", "公积金就我自己交 老婆在家带俩娃", [f("housing_fund_contributors", 1), n(2)], known=K(city="jinan", kids=[yo(4), yo(1)]))
m("answer", "大的128 小的刚一米", [ht(1, 128), ht(2, 100)], asked="children.height_cm", known=K(city="beijing", kids=[yo(7), yo(3)]))
m("birth_order duration", "生二胎的时候 俺家正吃低保 三个月前刚停", [chb(2, True), f("hardship_now", False)],
  known=K(city="jinan", kids=[yo(6), yo(1)]))
m("birth_order", "生老大那阵儿俺失业在家领失业金 后来找着工作了 老二是上班以后生的 没领",
  [chb(1, True), chb(2, False)], known=K(city="jinan", kids=[yo(5), yo(1)]))

T("2026-02-24")  # Tuesday: 上周X = the week of 2026-02-16
m("relative_date birth_order", "新年好 二宝上周日出生的", [bd(2, lastweek(6))], known=K(city="jinan", kids=[yo(3)]))
m("age relative_date birth_order", "仨孩子 大的十五了 二的九岁 小闺女去年七月才生", [n(3), bd(1, yo(15)), bd(2, yo(9)), bd(3, "2025-07")],
  known=K(city="beijing"))
m("birth_order", "生大孙子那年孩他爸刚失业 领着失业金 生二孙子就不领了", [chb(1, True), chb(2, False)],
  known=K(city="jinan", kids=[yo(4), yo(1)]))
m("now_vs_birth", "现在是低保户 以前不是 闺女生的时候还不是", [f("hardship_now", True), chb(1, False)], known=K(city="jinan", kids=[yo(2)]))
m("answer", "山东济南的", [f("city", "jinan")], asked="city")
m("question", "二孩三孩那个600是到三周岁截止吗", [], known=K(city="jinan"))
m("age", "娃一百天了 天天夜里闹腾", [bd(1, dago(100))], known=K(city="jinan"))
m("relative_date birth_order", "老大老二都是我前妻生的 老三是现在这个媳妇去年生的", [bd(3, year(-1))],
  known=K(city="jinan", kids=[yo(12), yo(9)]))
m("housing_fund insurance", "没有公积金 俺俩都是打零工的 医保交的灵活就业",
  [f("housing_fund_contributors", 0), f("birth_insurance", "flexible_employment")], known=K(city="jinan", kids=[yo(1)]))
m("question negation_housing", "要是我们在北京买第一套房 公积金能多贷点不", [f("buying_first_home", True, "q")],
  known=K(city="beijing", kids=[yo(4), yo(2)]))
m("chitchat", "行 明白了 回头去街道问问", [])
m("correction birth_order", "不对 头胎生的时候其实在领特困供养 刚才记错了", [chb(1, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2023-06", "hardship_at_birth": False}, {"birth_date": "2025-08"}]))
m("pregnancy", "老婆怀孕了 还不知道预产期", [due(1, None)], known=K(city="jinan"))
m("numerals", "两个外孙 大的二零一九年 小的二〇二四年的", [n(2), bd(1, "2019"), bd(2, "2024")], known=K(city="beijing"))
m("age birth_order", "二宝刚满月 生二宝的时候领的失业金 大宝那时候没领", [bd(2, mo(1)), chb(2, True), chb(1, False)],
  known=K(city="jinan", kids=[yo(5)]))
m("age birth_order", "还是济南 老大五岁半 老二刚生 十天", [bd(2, dago(10))], known=K(city="jinan", kids=[yo(5)]))

T("2026-06-03")  # Wednesday: 上周X = the week of 2026-05-25
m("birth_order", "三宝是在俺们领低保期间生的 现在还在领", [chb(3, True), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(8), yo(5), yo(1)]))
m("age birth_order", "大闺女刚满六岁 小闺女两岁半 生小闺女的时候吃低保", [bd(1, just(6)), bd(2, yo(2)), chb(2, True)],
  known=K(city="jinan"))
m("relative_date birth_order", "孩子爸去年丢了工作 今年三月生老二时还领着失业金", [bd(2, "2026-03"), chb(2, True)],
  known=K(city="jinan", kids=[yo(4)]))
m("age birth_order", "快三岁了 老大 老二才半岁", [bd(1, almost(3)), bd(2, mo(6))], known=K(city="beijing"))
m("answer birth_order", "生老大的时候没有 老二老三都有 那几年在吃低保", [chb(1, False), chb(2, True), chb(3, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=[yo(9), yo(6), yo(2)]))
m("negation_housing", "北京有套房 自己住 不租房", [f("owns_home_in_city", True), f("renting", False)], known=K(city="beijing"))
m("question insurance", "济南生孩子住院 居民医保能报多少", [], known=K(city="jinan"))
m("chitchat", "周末带娃去泉城广场玩了 人老多了", [], known=K(city="jinan"))
m("birth_order", "老二落地的时候领失业金 老三落地的时候吃低保 老大落地那阵啥也没领", [chb(2, True), chb(3, True), chb(1, False)],
  known=K(city="jinan", kids=[yo(11), yo(7), yo(3)]))
m("hukou age", "俺们户口刚迁到北京 去年迁的 儿子两岁多", [f("hukou_in_city", True), bd(1, yo(2))], known=K(city="beijing"))
m("answer numerals", "二〇二六年九月十号", [due(3, "2026-09-10")], asked="due_date", known=K(city="jinan", kids=[yo(3), yo(1)]))
m("relative_date multiples age birth_order", "俺家龙凤胎上周二生的 上面的大小子八岁了 生龙凤胎那阵刚吃上低保",
  [bd(2, lastweek(1)), bd(3, lastweek(1)), bd(1, yo(8)), n(3), chb(2, True), chb(3, True)], known=K(city="jinan"))
m("correction short_year", "打错了 小的是23年6月 不是8月", [bd(2, "2023-06", "r")], known=K(city="beijing", kids=["2020-03", "2023-08"]))
m("hukou age birth_order", "老大今年要上小学 户口在济南 老二还小 一岁", [f("hukou_in_city", True), bd(2, yo(1))],
  known=K(city="jinan", kids=[yo(6)]))
m("birth_order", "老二是24年的 生老二那会吃低保", [chb(2, True)], known=K(city="jinan", kids=["2020-05", "2024-03"]))
m("answer", "不打算 买不起", [f("buying_first_home", False, "c")], asked="buying_first_home", known=K(city="beijing", kids=[yo(5)]))

T("2026-09-17")  # Thursday: 上周X = the week of 2026-09-07
m("birth_order", "小儿子一岁半 是在俺家吃低保那两年生的 俩闺女出生都没吃", [chb(3, True), chb(1, False), chb(2, False)],
  known=K(city="jinan", kids=[yo(9), yo(6), yo(1)]))
m("relative_date", "前天生的 女儿 母女平安", [bd(1, back(2))], known=K(city="jinan"))
m("pregnancy birth_order", "二胎怀孕七个月了 头胎生的时候领着失业金", [due(2, preg(7)), chb(1, True)], known=K(city="jinan", kids=[yo(3)]))
m("relative_date birth_order pregnancy", "大前年生的闺女 前年生的儿子 今年又怀上了", [bd(1, year(-3)), bd(2, year(-2)), due(3, None)],
  known=K(city="beijing"))
m("answer", "两个 我跟孩子他爸", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors", known=K(city="jinan", kids=[yo(2)]))
m("negation_housing", "俺们在济南没房 租的 也不打算买",
  [f("owns_home_in_city", False), f("renting", True), f("buying_first_home", False)], known=K(city="jinan"))
m("question", "特困供养的家庭生娃 每月能多领200吗", [], known=K(city="jinan"))
m("correction", "更正一下 生孩子那会儿没吃低保 我记岔了", [f("hardship_at_birth", False, "r")],
  known=K(city="jinan", hardship_at_birth=True, kids=[yo(1)]))
m("age birth_order", "最小的那个刚一岁 上头姐姐哥哥都上学了", [bd(3, just(1))], known=K(city="jinan", kids=[yo(9), yo(7), "2025"]))
m("chitchat", "唉 养娃真不容易", [])
m("relative_date birth_order", "老四今年三月生的 生老四时俺正领失业金", [bd(4, "2026-03"), chb(4, True)],
  known=K(city="jinan", kids=[yo(12), yo(9), yo(5)]))
m("answer", "有一套 是俺爸妈给买的", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city", known=K(city="jinan", kids=[yo(3)]))
m("height question birth_order", "大外孙女一米三五 坐车得买票了吧 小外孙还不到一米二", [ht(1, 135), below(2, 120)],
  known=K(city="beijing", kids=[yo(9), yo(5)]))
m("hukou housing_fund", "俺跟媳妇都是济南户口 公积金也都交着", [f("hukou_in_city", True), f("housing_fund_contributors", 2)],
  known=K(city="jinan", kids=[yo(1)]))
m("now_vs_birth", "失业金早停了 不过生两个孩子的时候都还在领", [f("hardship_now", False), f("hardship_at_birth", True), n(2)],
  known=K(city="jinan", kids=[yo(3), mo(7)]))
m("birth_order", "头胎二胎都是我领失业金期间生的 三胎不是", [chb(1, True), chb(2, True), chb(3, False)],
  known=K(city="jinan", kids=[yo(6), yo(4), mo(9)]))

T("2026-11-02")  # Monday: 上周X = the week of 2026-10-26
m("relative_date age birth_order", "上周四生了三胎 大的八岁 二的五岁 三胎生的时候俺们在吃低保",
  [bd(3, lastweek(3)), bd(1, yo(8)), bd(2, yo(5)), chb(3, True)], known=K(city="jinan"))
m("short_year birth_order", "老大是16年的 老二20年 老三26年7月 生老三那会儿特困供养",
  [bd(1, "2016"), bd(2, "2020"), bd(3, "2026-07"), chb(3, True)], known=K(city="jinan"))
m("answer age", "就一个闺女 二十二个月", [n(1), bd(1, mo(22))], asked="children", known=K(city="beijing"))
m("now_vs_birth", "现在没低保 没特困 也没领失业金", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(2)]))
m("height birth_order", "大宝一米三了 二宝还不到一米 三宝刚会走", [ht(1, 130), below(2, 100)],
  known=K(city="beijing", kids=[yo(9), yo(3), yo(1)]))
m("correction numerals", "刚才写错了 是二〇一九年五月跟二〇二四年三月", [bd(2, "2024-03", "r")],
  known=K(city="beijing", kids=["2019-05", "2024-02"]))
m("question", "北京的托育名额咋申请", [], known=K(city="beijing"))
m("relative_date", "闺女女婿在济南 外孙女今年四月生的 生外孙女那阵女婿刚失业 领着失业金",
  [f("city", "jinan"), bd(1, "2026-04"), chb(1, True)])
m("chitchat", "在吗", [])
m("duration age", "产假158天快休完了 孩子五个月了", [bd(1, mo(5))], known=K(city="jinan"))
m("now_vs_birth", "仨娃出生那会儿家里都挺好 啥救济都没领 今年开始吃的低保",
  [n(3), f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="jinan", kids=[yo(10), yo(6), yo(3)]))
m("answer", "没 住的自己买的房", [f("renting", False, "c"), f("owns_home_in_city", True)], asked="renting",
  known=K(city="beijing", kids=[yo(4)]))
m("age birth_order", "小孙子二十天 他哥哥三岁多", [bd(2, dago(20)), bd(1, yo(3))], known=K(city="jinan"))
m("duration chitchat", "还有俩月就休完产假了 愁", [])
m("answer", "在单位交的 职工医保带生育险", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="jinan", kids=[mo(3)]))
m("answer", "没领过 现在也没有", [f("hardship_at_birth", False, "c"), f("hardship_now", False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(1)]))
