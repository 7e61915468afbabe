# Chinese, batch 51: hardship at one birth but not another (低保/特困/失业金 said of 老大/老二/头胎/二胎/双胞胎/孙子/外孙女
# vs 孩子/娃/她 or the act 生的时候), hardship now vs at birth; birth order and kinship words after the verb (去年生的老二,
# 二宝, 小的/大的, 头胎, 孙子/孙女 ordered by age); colloquial ages (三岁半, 两岁多, 刚满月, 快五岁, 一岁零三个月, 八个月大,
# 四十天, 刚满周岁); housing/fund/insurance/hukou facts mixed with children; answers to every question, corrections,
# plain questions and chitchat; typos, missing punctuation, full-width and Chinese numerals
T("2024-01-17")  # Wednesday: 上周X = the week of 2024-01-08
m("birth_order relative_date", "大的三岁半了 去年又生了老二 生老二那会俺两口子都领着失业金 老大出生那阵没领",
  [bd(1, yo(3)), bd(2, year(-1)), chb(2, True), chb(1, False)], known=K(city="jinan"))
m("age", "外孙女八个月大 生外孙女那阵俺闺女家正吃低保呢 现在早不吃了",
  [bd(1, mo(8)), chb(1, True), f("hardship_now", False)], known=K(city="jinan"))
m("age birth_order hukou", "孙子一岁零三个月。孙女才四十天。。 俺们全家都是济南户口",
  [bd(1, age(1, 3)), bd(2, dago(40)), f("hukou_in_city", True)], known=K(city="jinan"))
m("question", "济南那个每月600的育儿补贴 老大能领不", [], known=K(city="jinan", kids=["2019-05", "2023-04"]))
m("chitchat", "哎呀今儿下雪了 路上滑的很 出门都不敢", [])
m("answer", "没有 俩孩子生的时候都没领过啥低保", [f("hardship_at_birth", False, "c"), n(2)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(5), yo(1)]))
m("age birth_order correction", "说错了 老二不是八个月 是十个月大", [bd(2, mo(10), "r")], known=K(city="beijing", kids=[yo(4), mo(8)]))
m("age birth_order", "俺家小的刚满月 上头还有个姐姐 快五岁了", [bd(2, mo(1)), bd(1, almost(5))], known=K(city="beijing"))
m("pregnancy age birth_order", "怀二胎六个月了 头胎是闺女两岁多", [bd(1, yo(2)), due(2, preg(6))], known=K(city="jinan"))
m("answer hukou", "北京 海淀的 户口也在北京", [f("city", "beijing"), f("hukou_in_city", True)], asked="city")
m("relative_date", "上周五生了 是个小子 头一个", [bd(1, lastweek(4))], known=K(city="jinan"))
m("insurance housing_fund", "俺在单位上班 单位给交的生育保险 公积金俺俩都交着", [f("birth_insurance", "employee_maternity"),
  f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("question age height", "孩子三岁半 个子一米零五 坐公交要钱吗", [bd(1, yo(3)), ht(1, 105)], known=K(city="beijing"))
m("now_vs_birth per_birth_hardship", "现在再领失业金 可生娃那会还没领", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=[mo(10)]))
m("answer", "三月下旬", [due(2, nextmonth(3))], asked="due_date", known=K(city="jinan", kids=[yo(2), {"due_date": None}]))
m("short_year birth_order", "一六年的老大 一九年的老二 二三年十二月添了老三 仨娃", [bd(1, "2016"), bd(2, "2019"), bd(3, "2023-12"), n(3)],
  known=K(city="jinan"))
m("duration chitchat", "产假还剩俩月 愁死了 谁给看孩子啊", [])

T("2024-06-04")  # Tuesday: 上周X = the week of 2024-05-27
m("birth_order", "俺闺女生二宝的时候吃着低保 生大宝那阵没有 大宝今年刚满六岁", [chb(2, True), chb(1, False), bd(1, just(6))],
  known=K(city="jinan"))
m("multiples now_vs_birth", "双胞胎儿子出生时家里是特困户 现在不是了", [chb(1, True), chb(2, True), f("hardship_now", False)],
  known=K(city="jinan", kids=[yo(1), yo(1)]))
m("age birth_order negation_housing", "小的五个月 大的两岁半 俺们租房住 在济南没房",
  [bd(2, mo(5)), bd(1, yo(2)), f("renting", True), f("owns_home_in_city", False)], known=K(city="jinan"))
m("answer", "是的 租的房子", [f("renting", True, "c")], asked="renting", known=K(city="beijing"))
m("answer", "没有 正打算买头一套", [f("owns_home_in_city", False, "c"), f("buying_first_home", True)], asked="owns_home_in_city",
  known=K(city="beijing"))
m("birth_order", "二宝五月二十号生的 上头哥哥四岁多", [bd(2, pastmonth(5, 20)), bd(1, yo(4))], known=K(city="beijing"))
m("numerals", "孩子才３个月 咱们两口子都交公积金 想用公积金贷款买第一套房",
  [bd(1, mo(3)), f("housing_fund_contributors", 2), f("buying_first_home", True)], known=K(city="jinan"))
m("question", "要是俺们明年再生个老三 600能领几年", [due(3, year(1), "q")], known=K(city="jinan", kids=[yo(6), yo(2)]))
m("correction per_birth_hardship birth_order", "更正一下 生老大的时候是领着低保的 刚才说反了", [chb(1, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(7), "hardship_at_birth": False}, yo(3)]))
m("age", "娃刚满月 生的时候俺那口子在领失业金", [bd(1, mo(1)), f("hardship_at_birth", True)], known=K(city="jinan"))
m("relative_date", "上周二添了个孙女 俺家头一个孙辈", [bd(1, lastweek(1))], known=K(city="beijing"))
m("chitchat", "谢谢啊 说得挺明白的", [])
m("height question birth_order", "老大一米三五了，，老二才一米 老三还抱着呢 北京坐地铁哪个要票", [ht(1, 135), ht(2, 100)],
  known=K(city="beijing", kids=[yo(9), yo(4), mo(7)]))
m("answer housing_fund", "就我自己交 媳妇没交", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan"))
m("short_year question birth_order", "二三年三月生的老二 现在一岁多 能领600不", [bd(2, "2023-03")], known=K(city="jinan", kids=[yo(5)]))
m("hukou age", "俺家就一个小子 快三岁了 户口不在北京", [n(1), bd(1, almost(3)), f("hukou_in_city", False)], known=K(city="beijing"))
m("answer insurance", "啥也没交 俺是在家带娃的", [f("birth_insurance", "none")], asked="birth_insurance", known=K(city="jinan"))

T("2024-10-24")  # Thursday: 上周X = the week of 2024-10-14
m("age birth_order", "大孙女刚满四岁 小孙子九个月 儿媳妇生小孙子那会在领失业金", [bd(1, just(4)), bd(2, mo(9)), chb(2, True)],
  known=K(city="jinan"))
m("now_vs_birth per_birth_hardship", "现在吃特困供养 俩孩子生的时候也都在吃",
  [f("hardship_now", True), f("hardship_at_birth", True), n(2)], known=K(city="jinan", kids=[yo(3), mo(4)]))
m("age birth_order relative_date question", "头胎三岁半 今年七月生的二胎 想问问600咋申请", [bd(1, yo(3)), bd(2, "2024-07")],
  known=K(city="jinan"))
m("height", "小子一米二八 还不到一米三呢", [ht(1, 128)], known=K(city="beijing", kids=[yo(7)]))
m("relative_date birth_order", "前天生的 母子平安 老大在家等着看弟弟呢", [bd(2, back(2))], known=K(city="jinan", kids=[yo(5)]))
m("answer age", "俩 闺女六岁多 儿子两岁", [n(2), bd(1, yo(6)), bd(2, yo(2))], asked="children", known=K(city="jinan"))
m("pregnancy birth_order", "怀孕八个月了 预产期十一月底 这是老三", [due(3, nextmonth(11))], known=K(city="jinan", kids=[yo(6), yo(3)]))
m("correction", "不是北京 俺们在济南", [f("city", "jinan", "r")], known=K(city="beijing"))
m("age", "生俺外孙那阵闺女女婿都没工作 领着失业金 外孙现在两岁零两个月", [chb(1, True), bd(1, age(2, 2))], known=K(city="jinan"))
m("question", "北京孩子坐公交是按身高还是按年龄啊", [], known=K(city="beijing"))
m("age birth_order", "大的八岁 小的才一岁零一个月 生大的那会儿吃低保 小的没有",
  [bd(1, yo(8)), bd(2, age(1, 1)), chb(1, True), chb(2, False)], known=K(city="jinan"))
m("chitchat", "娃闹觉呢 等会在聊", [])
m("answer hukou", "对 济南户口", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan"))
m("housing_fund negation_housing age", "公积金俺俩都交着 房子是租的 孩子一岁半",
  [f("housing_fund_contributors", 2), f("renting", True), bd(1, yo(1))], known=K(city="jinan"))
m("birth_order", "10月3号得的小孙女 俺儿子家头一胎", [bd(1, pastmonth(10, 3))], known=K(city="beijing"))
m("relative_date birth_order", "上周一来的二宝 生二宝时候家里吃低保 生大宝时没有", [bd(2, lastweek(0)), chb(2, True), chb(1, False)],
  known=K(city="jinan", kids=[yo(3)]))
m("now_vs_birth birth_order", "生老三的时候没吃低保 现在吃上了", [chb(3, False), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(9), yo(5), yo(1)]))

T("2025-02-19")  # Wednesday: 上周X = the week of 2025-02-10
m("age birth_order", "儿子生了三十八天 闺女三岁半了", [bd(2, dago(38)), bd(1, yo(3))], known=K(city="jinan"))
m("age", "孙女出生那阵儿 俺儿子正领着失业保险金 孙女现在一岁多点", [chb(1, True), bd(1, yo(1))], known=K(city="jinan"))
m("birth_order", "俺家老大2020年3月 老二今年一月生的", [bd(1, "2020-03"), bd(2, "2025-01")], known=K(city="jinan"))
m("multiples age", "头胎就是一对双胞胎闺女 快一岁了 生这对双胞胎那会儿家里是低保户",
  [bd(1, almost(1)), bd(2, almost(1)), n(2), chb(1, True), chb(2, True)], known=K(city="jinan"))
m("answer height", "大的一米一五 小的八十五", [ht(1, 115), ht(2, 85)], asked="children.height_cm", known=K(city="beijing", kids=[yo(5), yo(1)]))
m("pregnancy", "刚查出来又怀上了 日子还没算", [due(2, None)], known=K(city="jinan", kids=[yo(2)]))
m("answer", "医生给的七月十号", [due(2, nextmonth(7, 10))], asked="due_date", known=K(city="jinan", kids=[yo(4), {"due_date": None}]))
m("hukou age", "闺女一家在北京上班 户口还在老家 外孙子两岁半", [f("hukou_in_city", False), bd(1, yo(2))], known=K(city="beijing"))
m("short_year correction birth_order", "不对不对 老大是一九年的 不是一八年", [bd(1, "2019", "r")], known=K(city="jinan", kids=["2018", yo(2)]))
m("question", "低保户生孩子每月多给200是真的吗", [], known=K(city="jinan"))
m("age birth_order now_vs_birth", "二宝快两岁了 生二宝那会儿俺没领失业金 现在领着呢",
  [bd(2, almost(2)), chb(2, False), f("hardship_now", True)], known=K(city="jinan", kids=[yo(6)]))
m("negation_housing", "在济南有房 自己家的 不租", [f("owns_home_in_city", True), f("renting", False)], known=K(city="jinan"))
m("chitchat", "过年回老家刚回来 娃还在倒时差哈哈", [])
m("age birth_order", "大宝四岁 二宝一岁九个月 三宝刚满月 仨娃闹腾死了", [bd(1, yo(4)), bd(2, age(1, 9)), bd(3, mo(1)), n(3)],
  known=K(city="jinan"))
m("answer birth_order", "生老二那年在领低保 老大出生时没", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(5), yo(1)]))
m("height question", "孙子个头一米二了~~ 还能免费坐公交吗", [ht(1, 120)], known=K(city="beijing", kids=[yo(5)]))
m("relative_date birth_order", "上周三俺媳妇生了 是老二", [bd(2, lastweek(2))], known=K(city="jinan", kids=[yo(3)]))

T("2025-07-08")  # Tuesday: 上周X = the week of 2025-06-30
m("age birth_order", "外孙女一岁零五个月 外孙四岁半 俺闺女生外孙女那阵领着低保 生外孙那会还没",
  [bd(2, age(1, 5)), bd(1, yo(4)), chb(2, True), chb(1, False)], known=K(city="jinan"))
m("age insurance", "孩子八个月大 俺交的城乡居民医保", [bd(1, mo(8)), f("birth_insurance", "resident_medical")], known=K(city="beijing"))
m("age duration", "生完孩子才四十来天 单位那边产假还有好几个月", [bd(1, dago(40))], known=K(city="jinan"))
m("answer", "打算 正看房呢", [f("buying_first_home", True, "c")], asked="buying_first_home", known=K(city="jinan"))
m("answer", "不打算 济南已经有一套了", [f("buying_first_home", False, "c"), f("owns_home_in_city", True)], asked="buying_first_home",
  known=K(city="jinan"))
m("age birth_order", "俺们仨孩子 大的十岁 二的六岁 小的一岁半 生小的那年正好失业领失业金",
  [n(3), bd(1, yo(10)), bd(2, yo(6)), bd(3, yo(1)), chb(3, True)], known=K(city="jinan"))
m("now_vs_birth", "现在还领着低保 不过生闺女那会还没有", [f("hardship_now", True), chb(1, False)], known=K(city="jinan", kids=[yo(2)]))
m("correction housing_fund", "刚才说错了 俺俩都交公积金 不是一个", [f("housing_fund_contributors", 2, "r")],
  known=K(city="jinan", housing_fund_contributors=1))
m("birth_order", "七月一号生的二胎 才一个礼拜", [bd(2, "2025-07-01")], known=K(city="jinan", kids=[yo(3)]))
m("question", "北京托育有补贴吗 两岁的能送不", [], known=K(city="beijing"))
m("height birth_order", "大的那个一米三二 小的不到一米二", [ht(1, 132), below(2, 120)], known=K(city="beijing", kids=[yo(9), yo(4)]))
m("short_year relative_date", "孙子二四年十二月的 孙女今年五月的 都在北京生的", [bd(1, "2024-12"), bd(2, "2025-05")], known=K(city="beijing"))
m("chitchat", "好嘞 明白了 我回头问问街道", [])
m("answer", "一个都还没生呢 刚结婚", [n(0)], asked="children", known=K(city="jinan"))
m("pregnancy age birth_order", "俺媳妇怀了三个月 老大闺女五岁半", [due(2, preg(3)), bd(1, yo(5))], known=K(city="jinan"))
m("negation_housing hukou", "俺在北京有房 不用租 户口是北京的", [f("owns_home_in_city", True), f("renting", False), f("hukou_in_city", True)],
  known=K(city="beijing"))
m("per_birth_hardship", "孩子满百天了 生孩子的时候俺俩都吃低保", [bd(1, dago(100)), f("hardship_at_birth", True)], known=K(city="jinan"))
m("age birth_order", "小的半岁 生小的那会家里没领特困也没低保", [bd(2, mo(6)), chb(2, False)], known=K(city="jinan", kids=[yo(4), "2025"]))

T("2025-12-03")  # Wednesday: 上周X = the week of 2025-11-24
m("age birth_order", "俺们家老大刚满五岁 老二两岁多 今年九月又添了个老三 仨", [bd(1, just(5)), bd(2, yo(2)), bd(3, "2025-09"), n(3)],
  known=K(city="jinan"))
m("birth_order", "生老三那阵子领失业金呢 前俩没领", [chb(3, True), chb(1, False), chb(2, False)],
  known=K(city="jinan", kids=[yo(8), yo(5), mo(3)]))
m("relative_date birth_order", "俺家小闺女上周六出生的 大闺女三岁", [bd(2, lastweek(5)), bd(1, yo(3))], known=K(city="beijing"))
m("height question", "孩子两岁了 身高95 坐地铁肯定不要票吧", [ht(1, 95)], known=K(city="beijing", kids=[yo(2)]))
m("answer", "没领过", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=[mo(4)]))
m("answer housing_fund", "一个也没有 俺们都是打零工的", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="jinan"))
m("correction height", "打错字了 是一米一二 不是一米二一", [ht(1, 112, "r")], known=K(city="beijing", kids=[{"birth_date": yo(5), "height_cm": 121}]))
m("age", "大外孙七岁半 小外孙女十一个月 俩孩子出生的时候闺女家都没吃低保",
  [bd(1, yo(7)), bd(2, mo(11)), n(2), f("hardship_at_birth", False)], known=K(city="jinan"))
m("insurance question", "俺是灵活就业 自己交的社保 生娃能报多少", [f("birth_insurance", "flexible_employment")], known=K(city="jinan"))
m("birth_order", "12月1号凌晨生的 老二 小子", [bd(2, pastmonth(12, 1))], known=K(city="jinan", kids=[yo(4)]))
m("question hukou", "如果俺们落户到济南了 孩子补贴能领吗", [f("hukou_in_city", True, "q")], known=K(city="jinan", hukou_in_city=False))
m("chitchat", "今年冬天暖气挺给力的 屋里二十多度", [])
m("pregnancy housing_fund", "媳妇怀孕七个月 这是头胎 俺俩都在单位交公积金", [due(1, preg(7)), f("housing_fund_contributors", 2)],
  known=K(city="jinan"))
m("correction birth_order", "搞错了 不是生老大的时候领低保 是生老二的时候", [chb(1, False, "r"), chb(2, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(6), "hardship_at_birth": True}, {"birth_date": yo(2), "hardship_at_birth": False}]))
m("relative_date negation_housing", "孙子今年十月生的 儿子家租房住 在北京没有房",
  [bd(1, "2025-10"), f("renting", True), f("owns_home_in_city", False)], known=K(city="beijing"))
m("birth_order", "十月份生的二宝 一个多月了", [bd(2, pastmonth(10))], known=K(city="jinan", kids=[yo(3)]))
m("answer", "没 住俺爸妈家", [f("renting", False, "c")], asked="renting", known=K(city="jinan"))

T("2026-03-26")  # Thursday: 上周X = the week of 2026-03-16
m("age birth_order", "小子十四个月大了 老大是闺女 六岁", [bd(2, mo(14)), bd(1, yo(6))], known=K(city="jinan"))
m("birth_order", "生头胎那时候俺还领着失业金 二胎没领", [chb(1, True), chb(2, False)], known=K(city="jinan", kids=[yo(4), yo(1)]))
m("multiples birth_order", "俺家双胞胎今年三月三号生的 上头还有个哥哥四岁半",
  [bd(2, "2026-03-03"), bd(3, "2026-03-03"), bd(1, yo(4)), n(3)], known=K(city="jinan"))
m("question age height", "外孙三岁半 一米零二 北京坐公交免费吧", [bd(1, yo(3)), ht(1, 102)], known=K(city="beijing"))
m("now_vs_birth per_birth_hardship", "现在不吃低保了 生孩子那阵吃着", [f("hardship_now", False), f("hardship_at_birth", True)],
  known=K(city="jinan", kids=[yo(2)]))
m("answer hukou", "不是 户口在菏泽", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan"))
m("answer insurance", "单位交的 职工生育保险", [f("birth_insurance", "employee_maternity")], asked="birth_insurance", known=K(city="beijing"))
m("relative_date birth_order", "上周四生了个大胖小子 老三！！", [bd(3, lastweek(3))], known=K(city="jinan", kids=[yo(7), yo(4)]))
m("numerals birth_order question", "老大二〇一九年的 老二二〇二二年的 老二能领补贴不", [bd(1, "2019"), bd(2, "2022")], known=K(city="jinan"))
m("duration housing_fund", "交了五年公积金了 就俺自己交", [f("housing_fund_contributors", 1)], known=K(city="jinan"))
m("age hukou negation_housing", "孩子刚满两岁 俺是济南户口 租的房", [bd(1, just(2)), f("hukou_in_city", True), f("renting", True)],
  known=K(city="jinan"))
m("chitchat", "娃发烧了 今天先不弄了", [])
m("age birth_order", "生孙女那会儿俺儿子领着失业金 生孙子的时候没领 孙子大 八岁了 孙女才两岁多",
  [chb(2, True), chb(1, False), bd(1, yo(8)), bd(2, yo(2))], known=K(city="jinan"))
m("pregnancy birth_order", "预产期十月 老二", [due(2, nextmonth(10))], known=K(city="beijing", kids=[yo(3)]))
m("question", "600补贴是到三岁就停吗", [], known=K(city="jinan"))
m("correction birth_order", "俺刚才打错了 老二是三月十号生的 不是三月一号", [bd(2, pastmonth(3, 10), "r")],
  known=K(city="jinan", kids=[yo(5), "2026-03-01"]))
m("answer age birth_order", "三个 大的上初中了 老二八岁 老三三岁半", [n(3), bd(2, yo(8)), bd(3, yo(3))], asked="children",
  known=K(city="jinan"))

T("2026-08-13")  # Thursday: 上周X = the week of 2026-08-03
m("age per_birth_hardship", "外孙女刚满月 俺闺女生她的时候在领失业金", [bd(1, mo(1)), f("hardship_at_birth", True)], known=K(city="jinan"))
m("age birth_order housing_fund", "大的快五岁 小的八个月 俺们两口子一个交公积金 一个没交",
  [bd(1, almost(5)), bd(2, mo(8)), f("housing_fund_contributors", 1)], known=K(city="jinan"))
m("age birth_order now_vs_birth", "小的刚满三周岁 大的九岁多 生小的那年吃低保 现在不吃了",
  [bd(2, just(3)), bd(1, yo(9)), chb(2, True), f("hardship_now", False)], known=K(city="jinan"))
m("relative_date birth_order", "上周一添了老二 生老二的时候俺正领着失业金", [bd(2, lastweek(0)), chb(2, True)],
  known=K(city="jinan", kids=[yo(3)]))
m("answer height", "一米二三", [ht(1, 123)], asked="children.height_cm", known=K(city="beijing", kids=[yo(6)]))
m("question height", "俺孙子个子不到一米三 坐地铁还要买票吗", [below(1, 130)], known=K(city="beijing", kids=[yo(8)]))
m("age hukou negation_housing", "闺女三岁零四个月 儿子十个月大 北京户口 有房",
  [bd(1, age(3, 4)), bd(2, mo(10)), f("hukou_in_city", True), f("owns_home_in_city", True)], known=K(city="beijing"))
m("answer", "有 贷款买的", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city", known=K(city="jinan"))
m("question", "假如明年生老三 公积金贷款能多贷点不", [due(3, year(1), "q")], known=K(city="jinan", kids=[yo(6), yo(2)]))
m("multiples now_vs_birth", "俺家龙凤胎两岁多 生龙凤胎那会家里领低保 现在也还领着",
  [chb(1, True), chb(2, True), f("hardship_now", True)], known=K(city="jinan", kids=[yo(2), yo(2)]))
m("chitchat", "你们这机器人回得挺快", [])
m("birth_order", "二宝八月六号出生的 到今天正好一个礼拜", [bd(2, "2026-08-06")], known=K(city="jinan", kids=[yo(4)]))
m("correction hukou", "不对 俺们在北京 不在济南 户口也是北京的", [f("city", "beijing", "r"), f("hukou_in_city", True)], known=K(city="jinan"))
m("age", "闺女1岁7个月 生闺女那会俺领的是特困供养金", [bd(1, age(1, 7)), chb(1, True)], known=K(city="jinan"))
m("answer", "九月中旬吧", [due(1, nextmonth(9))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("pregnancy birth_order", "怀孕四个月 老大刚上小学", [due(2, preg(4))], known=K(city="beijing"))

T("2026-11-05")  # Thursday: 上周X = the week of 2026-10-26
m("age birth_order", "俺家仨小子 老大十一岁 老二七岁半 小的刚满月 生小的那会儿吃低保 前头俩都没有",
  [n(3), bd(1, yo(11)), bd(2, yo(7)), bd(3, mo(1)), chb(3, True), chb(1, False), chb(2, False)], known=K(city="jinan"))
m("relative_date short_year birth_order", "去年生的小的 大的一七年的", [bd(2, year(-1)), bd(1, "2017")], known=K(city="jinan"))
m("age", "娃生下来三十五天 今天去办的出生证", [bd(1, dago(35))], known=K(city="jinan"))
m("answer birth_order", "生老二那会领着 老大老三都没有", [chb(2, True), chb(1, False), chb(3, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(9), yo(5), mo(6)]))
m("now_vs_birth relative_date per_birth_hardship", "俺家现在是低保户 孩子是前年生的 生孩子那时候还不是",
  [f("hardship_now", True), bd(1, year(-2)), f("hardship_at_birth", False)], known=K(city="jinan"))
m("height", "孙女一米一 孙子一米三八 孙子大", [ht(2, 110), ht(1, 138)], known=K(city="beijing"))
m("question", "济南生三孩有啥额外的奖励没", [], known=K(city="jinan"))
m("chitchat", "哈哈 俺孙子说长大要当宇航员", [])
m("birth_order insurance", "十月二十八号剖的 老二 俺在单位交着生育保险", [bd(2, pastmonth(10, 28)), f("birth_insurance", "employee_maternity")],
  known=K(city="jinan", kids=[yo(5)]))
m("correction", "说错了 是三个孩子 不是两个", [n(3, "r")], known=K(city="jinan", kids=[yo(8), yo(3), mo(2)]))
m("housing_fund age", "闺女跟女婿都在北京交公积金 俩外孙一个五岁一个两岁半",
  [f("housing_fund_contributors", 2), n(2), bd(1, yo(5)), bd(2, yo(2))], known=K(city="beijing"))
m("answer", "在济南 历城区", [f("city", "jinan")], asked="city")
m("answer age", "一个闺女 快三岁了", [n(1), bd(1, almost(3))], asked="children", known=K(city="jinan"))
m("age birth_order height", "八个月大的二宝 身高七十二 大宝一米一", [bd(2, mo(8)), ht(2, 72), ht(1, 110)], known=K(city="beijing", kids=[yo(5)]))
m("birth_order", "生这个小的时候吃着特困 大的那会儿还没", [chb(2, True), chb(1, False)], known=K(city="jinan", kids=[yo(6), mo(9)]))
m("negation_housing housing_fund", "俺们再济南租房 两口子都交公积金 有俩娃 想提公积金交房租",
  [f("renting", True), f("housing_fund_contributors", 2), n(2)], known=K(city="jinan", kids=[yo(4), yo(1)]))
m("duration chitchat", "陪产假就给了十五天 太短了", [])
m("age hukou", "大孙子五岁零八个月 二孙子刚满周岁 都是北京户口", [bd(1, age(5, 8)), bd(2, just(1)), f("hukou_in_city", True)],
  known=K(city="beijing"))
