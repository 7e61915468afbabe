# Chinese, batch 57: hardship at each birth (低保/特困供养/失业金 at 老大's but not 老二's birth, benefits that ended
# before a birth, several children with different hardship each) vs hardship now; birth order told after the verb and
# by kinship words (小闺女, 大孙子, 外孙, 二宝三宝, 头胎/二胎/三胎, 最小的那个), several children in any order; answers to
# the bot's questions, corrections, plain and hypothetical questions, chitchat, housing/fund/insurance/hukou facts
# mixed with children; phone-style wording with typos (的/得, 在/再) and no punctuation
T("2024-02-20")  # Tuesday: 上周X = the week of 2024-02-12
m("birth_order", "生老二那会儿再领低保 老大出生的时候还没有呢", [chb(2, True), chb(1, False)],
  known=K(city="jinan", kids=[yo(6), yo(1)]))
m("birth_order", "俺家仨孩子 生老大那阵子失业 领的失业金 老二老三出生时都没领", [n(3), chb(1, True), chb(2, False), chb(3, False)],
  known=K(city="jinan", kids=[yo(9), yo(5), yo(1)]))
m("relative_date birth_order", "小闺女上周五生的 七斤二两 大闺女五岁了", [bd(2, lastweek(4)), bd(1, yo(5))], known=K(city="jinan"))
m("relative_date birth_order", "大孙子2019年的 二孙子今年1月生的 生二孙子那时候俺儿子还在吃低保",
  [bd(1, "2019"), bd(2, "2024-01"), chb(2, True)], known=K(city="jinan"))
m("age", "外孙刚四个月 生他那阵我闺女两口子都是特困供养", [bd(1, mo(4)), f("hardship_at_birth", True)], known=K(city="beijing"))
m("", "现在吃低保 生孩子那会儿还没有", [f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan", kids=[yo(2)]))
m("answer", "没领过 俩娃出生都没领", [f("hardship_at_birth", False, "c"), n(2)], asked="hardship_at_birth",
  known=K(city="beijing", kids=[yo(5), yo(2)]))
m("answer short_year", "两个 大的女孩17年 小子21年", [n(2), bd(1, "2017"), bd(2, "2021")], asked="children", known=K(city="jinan"))
m("chitchat", "过年刚回来 还没缓过劲来", [])
m("question", "三孩家庭公积金最高能贷100万是吧", [], known=K(city="jinan"))
m("short_year birth_order", "说错了 二宝是二二年八月的 不是九月", [bd(2, "2022-08", "r")], known=K(city="jinan", kids=["2019-03", "2022-09"]))
m("birth_order age", "最小的那个 三宝 还没满月 才二十天", [bd(3, dago(20))], known=K(city="jinan", kids=[yo(7), yo(4)]))
m("birth_order", "俺是济南户口 老婆也是 头胎四岁 二胎十个月", [f("city", "jinan"), f("hukou_in_city", True), bd(1, yo(4)), bd(2, mo(10))])
m("birth_order", "媳妇在单位交的生育险 生老二都给报了", [f("birth_insurance", "employee_maternity")], known=K(city="jinan", kids=[yo(3), mo(5)]))
m("birth_order", "娃他妈怀三胎了 五个月 老大老二都上学了", [due(3, preg(5))], known=K(city="jinan", kids=[yo(8), yo(6)]))
m("", "大孙女1米25 小孙子才1米05", [ht(1, 125), ht(2, 105)], known=K(city="beijing", kids=[yo(7), yo(4)]))
m("question", "老大不到1米3 坐地铁还免费吧", [below(1, 130)], known=K(city="beijing", kids=[yo(6)]))
m("", "房子租的 俺俩都交公积金 打算买首套", [f("renting", True), f("housing_fund_contributors", 2), f("buying_first_home", True)],
  known=K(city="jinan"))
m("multiples", "生双胞胎那年家里吃着低保 现在不吃了", [chb(1, True), chb(2, True), f("hardship_now", False)],
  known=K(city="jinan", kids=[yo(2), yo(2)]))
m("birth_order", "生老大那会儿领着失业金 领完了以后才生的老二", [chb(1, True), chb(2, False)], known=K(city="jinan", kids=[yo(5), mo(6)]))
m("multiples relative_date birth_order", "二宝三宝是一块生的 龙凤胎 去年九月 大宝上小学了", [bd(2, "2023-09"), bd(3, "2023-09"), n(3)],
  known=K(city="jinan", kids=[yo(7)]))
m("answer", "济南的 历下区", [f("city", "jinan")], asked="city")
m("answer", "预产期六月中旬", [due(2, nextmonth(6))], asked="due_date", known=K(city="jinan", kids=[yo(3), {"due_date": None}]))
m("birth_order", "仨娃 老大老二在老家念书 小的跟俺在北京 俺们不是北京户口", [n(3), f("hukou_in_city", False)],
  known=K(city="beijing", kids=[yo(12), yo(9), yo(3)]))

T("2024-07-11")  # Thursday: 上周X = the week of 2024-07-01
m("relative_date", "外孙女上周二出生的 生的时候女婿正好在领失业金", [bd(1, lastweek(1)), f("hardship_at_birth", True)], known=K(city="jinan"))
m("relative_date birth_order", "老三是今年三月的 生老三那会儿在领低保 老大老二那时候都没有",
  [bd(3, "2024-03"), chb(3, True), chb(1, False), chb(2, False)], known=K(city="jinan", kids=[yo(9), yo(5)]))
m("", "现在是特困供养户 俩孩子出生时候都不是", [f("hardship_now", True), f("hardship_at_birth", False), n(2)],
  known=K(city="beijing", kids=[yo(4), yo(2)]))
m("relative_date birth_order", "俺儿媳妇前年生的老二 大的那个女娃六岁", [bd(2, "2022"), bd(1, yo(6))], known=K(city="jinan"))
m("birth_order", "最小的闺女刚满两岁 身高八十八公分", [bd(3, just(2)), ht(3, 88)], known=K(city="jinan", kids=[yo(8), yo(5), yo(2)]))
m("chitchat", "哈哈 谢谢你啊 讲的挺明白", [])
m("question", "托育补贴一个月四百是给机构还是给家长的", [])
m("duration", "一个都还没生 结婚刚一年 想问问以后生了有啥", [n(0)], known=K(city="jinan"))
m("answer", "就我自己交 媳妇没单位", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors", known=K(city="jinan"))
m("answer", "没有 一直租房住", [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city", known=K(city="beijing"))
m("answer", "打算 明年想在济南买", [f("buying_first_home", True, "c")], asked="buying_first_home", known=K(city="jinan"))
m("answer", "不是 俺们户口还在德州老家", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan"))
m("answer", "交的城乡居民医保", [f("birth_insurance", "resident_medical")], asked="birth_insurance", known=K(city="jinan"))
m("short_year birth_order", "不对不对 老大是一八年生的 你记成一九了", [bd(1, "2018", "r")], known=K(city="jinan", kids=["2019", "2021"]))
m("short_year relative_date birth_order", "二胎三胎都赶上23年以后了 三胎今年五月 二胎23年2月",
  [bd(3, "2024-05"), bd(2, "2023-02")], known=K(city="jinan", kids=[yo(9)]))
m("birth_order", "大外孙十岁 小外孙女才八个月 中间还有个外孙五岁", [bd(1, yo(10)), bd(2, yo(5)), bd(3, mo(8))], known=K(city="beijing"))
m("", "我是灵活就业 自己交的职工医保", [f("birth_insurance", "flexible_employment")], known=K(city="jinan", kids=[yo(1)]))
m("question", "俺家娃1米32了 坐公交得买票了吧", [ht(1, 132)], known=K(city="beijing", kids=[yo(8)]))
m("birth_order duration", "生头胎那阵子正领失业金 领了半年 二胎怀了七个月了", [chb(1, True), due(2, preg(7))],
  known=K(city="jinan", kids=[yo(3)]))
m("age", "俩孙子 大的三岁 小的刚生 十二天", [n(2), bd(1, yo(3)), bd(2, dago(12))], known=K(city="jinan"))
m("", "咱家有一套房 在济南 公积金俩人交", [f("owns_home_in_city", True), f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("duration chitchat", "产假还剩俩月 愁死了", [])

T("2025-06-16")  # Monday: 上周X = the week of 2025-06-09
m("relative_date birth_order", "老二上周四生的 生老二那会儿还吃着低保 老大生时没有", [bd(2, lastweek(3)), chb(2, True), chb(1, False)],
  known=K(city="jinan", kids=[yo(4)]))
m("", "三个娃出生那阵都没领过救济 现在男人失业了在领失业金", [f("hardship_at_birth", False), f("hardship_now", True), n(3)],
  known=K(city="jinan", kids=[yo(10), yo(6), yo(2)]))
m("birth_order", "生头胎时候是特困供养 生二胎时候吃低保 生三胎那会啥也不领了", [chb(1, True), chb(2, True), chb(3, False)],
  known=K(city="jinan", kids=[yo(6), yo(3), mo(5)]))
m("birth_order", "小闺女九个月 大闺女四岁半 俺们北京户口", [bd(2, mo(9)), bd(1, yo(4)), f("city", "beijing"), f("hukou_in_city", True)])
m("birth_order", "更正一下 生老二时候啥也没领 不是低保", [chb(2, False, "r")],
  known=K(city="jinan", kids=[yo(5), {"birth_date": yo(1), "hardship_at_birth": True}]))
m("chitchat", "孩子睡着了 我偷摸看会手机", [])
m("question", "低保户生孩子多给200 是每个月都给吗", [])
m("question relative_date birth_order", "要是后年再生个老三 还能领600不", [due(3, year(2), "q")], known=K(city="jinan", kids=[yo(4), yo(1)]))
m("answer", "俩 都是闺女 一个七岁 一个刚满周岁", [n(2), bd(1, yo(7)), bd(2, just(1))], asked="children", known=K(city="beijing"))
m("answer", "小的一米一 大的一米三五", [ht(2, 110), ht(1, 135)], asked="children.height_cm", known=K(city="beijing", kids=[yo(8), yo(4)]))
m("birth_order", "二宝三月份生的 三宝还在肚子里 十二月份生", [bd(2, pastmonth(3)), due(3, nextmonth(12))], known=K(city="jinan", kids=[yo(5)]))
m("", "已经有一套房了 在北京 想换个大点的", [f("owns_home_in_city", True)], known=K(city="beijing"))
m("birth_order", "生大孙女那会儿俺儿子在领失业金 后来生小孙子就没有了 现在又领上了",
  [chb(1, True), chb(2, False), f("hardship_now", True)], known=K(city="jinan", kids=[yo(6), yo(2)]))
m("relative_date", "外孙女这个月五号生的 八斤", [bd(1, "2025-06-05")], known=K(city="beijing"))
m("short_year birth_order", "老大13年 老二17年 老三今年2月 都北京生的", [bd(1, "2013"), bd(2, "2017"), bd(3, "2025-02")],
  known=K(city="beijing"))
m("", "娃他爸在领失业金 娃还没出生 怀孕八个月了", [f("hardship_now", True), due(1, preg(8))], known=K(city="jinan"))
m("answer relative_date", "预产期下个月二十号", [due(2, "2025-07-20")], asked="due_date", known=K(city="jinan", kids=[yo(2), {"due_date": None}]))
m("chitchat", "好的 我回头问问社区", [])
m("relative_date birth_order", "前年失业金就领完了 去年才生的老三", [chb(3, False), bd(3, "2024")], known=K(city="jinan", kids=[yo(8), yo(5)]))
m("", "租的公租房 俩大人都没交过公积金", [f("renting", True), f("housing_fund_contributors", 0)], known=K(city="jinan", kids=[yo(3), yo(1)]))
m("", "搞错了 我们不是北京户口 户口在河北", [f("hukou_in_city", False, "r")], known=K(city="beijing", hukou_in_city=True))
m("birth_order", "二丫头量了一米二八 再长长就得买票了", [ht(2, 128)], known=K(city="beijing", kids=[yo(10), yo(7)]))

T("2025-09-25")  # Thursday: 上周X = the week of 2025-09-15
m("birth_order", "生老大老二时候都吃低保 生老三那会儿男人找着工作了 不吃了", [chb(1, True), chb(2, True), chb(3, False)],
  known=K(city="jinan", kids=[yo(7), yo(4), mo(2)]))
m("birth_order", "俺这仨孙子 大的上初中 二的上小学 最小的刚会走", [n(3)], known=K(city="jinan", kids=[yo(13), yo(8), mo(14)]))
m("relative_date birth_order", "三宝上礼拜一出生 二宝一岁八个月 大宝五岁", [bd(3, lastweek(0)), bd(2, age(1, 8)), bd(1, yo(5))],
  known=K(city="jinan"))
m("", "孩子出生时我在领特困供养 现在也还在领", [f("hardship_at_birth", True), f("hardship_now", True)], known=K(city="beijing", kids=[mo(10)]))
m("birth_order", "生大闺女那会儿还没低保呢 生小儿子时候吃上了 现在也是", [chb(1, False), chb(2, True), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(6), yo(1)]))
m("answer birth_order", "生老二的时候领了 老大没有", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(6), yo(2)]))
m("answer", "领过 生的时后领的失业金", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=[mo(7)]))
m("answer", "没", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city", known=K(city="jinan"))
m("answer", "对 租的", [f("renting", True, "c")], asked="renting", known=K(city="beijing"))
m("answer", "嗯嗯 济南户口 全家都是", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan"))
m("answer birth_order", "三个 老大十二 老二八岁 老三刚满月", [n(3), bd(1, yo(12)), bd(2, yo(8)), bd(3, mo(1))], asked="children",
  known=K(city="jinan"))
m("question", "北京孩子多高坐地铁要票啊", [])
m("question", "济南户口才有那600吗 外地的不行?", [])
m("chitchat", "今天降温了 娃有点咳嗽 先不聊了", [])
m("birth_order", "刚才说错 老三不是九月 是八月底生的", [bd(3, pastmonth(8), "r")], known=K(city="jinan", kids=[yo(6), yo(3), "2025-09"]))
m("", "更正 是俩娃不是仨 你多记了一个", [n(2, "r")], known=K(city="jinan", kids=[yo(6), yo(3), mo(4)]))
m("multiples relative_date", "外孙和外孙女是双胞胎 前年十月的 生这对双胞胎那阵我闺女在吃低保",
  [bd(1, "2023-10"), bd(2, "2023-10"), chb(1, True), chb(2, True)], known=K(city="beijing"))
m("", "我们俩都交公积金 打算买第一套房 现在租房住", [f("housing_fund_contributors", 2), f("buying_first_home", True), f("renting", True)],
  known=K(city="beijing"))
m("birth_order", "老婆怀二胎 六个月 头胎是小子 三岁", [due(2, preg(6)), bd(1, yo(3))], known=K(city="jinan"))
m("relative_date birth_order duration", "下岗了领了一年失业金 领完才怀上的老二 老二今年三月生的", [chb(2, False), bd(2, "2025-03")],
  known=K(city="jinan", kids=[yo(4)]))
m("", "娃还不到一米 离一米三远着呢", [below(1, 100)], known=K(city="beijing", kids=[yo(2)]))
m("", "公司给交的五险 生育险也有", [f("birth_insurance", "employee_maternity")], known=K(city="jinan"))
m("relative_date birth_order", "又添了个儿子 上周二生的 排老三", [bd(3, lastweek(1))], known=K(city="jinan", kids=[yo(5), yo(3)]))

T("2026-03-03")  # Tuesday: 上周X = the week of 2026-02-23
m("short_year relative_date birth_order", "大孙女二一年 二孙女二四年 小孙子今年一月 生小孙子那会儿俺家刚评上低保",
  [bd(1, "2021"), bd(2, "2024"), bd(3, "2026-01"), chb(3, True)], known=K(city="jinan"))
m("birth_order", "生老大那阵是特困 老二生的时候啥补助没有 现在又吃低保", [chb(1, True), chb(2, False), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(7), yo(2)]))
m("relative_date birth_order", "失业金领到去年十月 二胎是十二月生的", [bd(2, pastmonth(12)), chb(2, False), f("hardship_now", False)], known=K(city="jinan", kids=[yo(5)]))
m("", "闺女十五个月 儿子六岁 就这俩", [bd(2, mo(15)), bd(1, yo(6)), n(2)], known=K(city="beijing"))
m("birth_order", "我怀的三胎 预产期九月 还得剖", [due(3, nextmonth(9))], known=K(city="jinan", kids=[yo(6), yo(3)]))
m("chitchat", "新年快乐 祝你们工作顺利", [])
m("question", "生育津贴是按单位交得基数算吗", [])
m("question", "如果我们不是北京户口 孩子能上公立幼儿园不", [f("hukou_in_city", False, "q")], known=K(city="beijing", kids=[yo(2)]))
m("answer", "北京 朝阳这边", [f("city", "beijing")], asked="city")
m("answer", "没有 住我爸妈家", [f("renting", False, "c")], asked="renting", known=K(city="jinan"))
m("answer", "灵活就业那种 自己交的", [f("birth_insurance", "flexible_employment")], asked="birth_insurance", known=K(city="beijing"))
m("answer", "一个都没交", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors", known=K(city="jinan"))
m("answer", "不打算 买不起", [f("buying_first_home", False, "c")], asked="buying_first_home", known=K(city="beijing"))
m("answer", "大的一米二 小的九十", [ht(1, 120), ht(2, 90)], asked="children.height_cm", known=K(city="beijing", kids=[yo(6), yo(3)]))
m("birth_order", "不对 生老大的时候没领 领的是生老二那会儿", [chb(1, False, "r"), chb(2, True)],
  known=K(city="jinan", kids=[{"birth_date": yo(6), "hardship_at_birth": True}, yo(2)]))
m("relative_date", "外孙子2月14号生的 情人节那天", [bd(1, pastmonth(2, 14))], known=K(city="jinan"))
m("birth_order age", "二宝出生一百天了 大宝刚满六岁", [bd(2, dago(100)), bd(1, just(6))], known=K(city="jinan"))
m("", "住的是自己家的房子 没租", [f("owns_home_in_city", True), f("renting", False)], known=K(city="jinan"))
m("birth_order short_year", "俺家三个小子 老大2015 老二2019 老三2023.8", [n(3), bd(1, "2015"), bd(2, "2019"), bd(3, "2023-08")],
  known=K(city="jinan"))
m("", "生孩子那会儿没领 娃他爸现在领失业金 过完年被辞了", [f("hardship_at_birth", False), f("hardship_now", True)],
  known=K(city="jinan", kids=[mo(8)]))
m("multiples birth_order", "头胎闺女 二胎是双胞胎小子 闺女八岁 小子们三岁", [bd(1, yo(8)), bd(2, yo(3)), bd(3, yo(3)), n(3)],
  known=K(city="beijing"))
m("", "俺们在济南打工 户口在菏泽", [f("city", "jinan"), f("hukou_in_city", False)])
m("birth_order", "二宝出生正赶上领特困 三宝出生就没了", [chb(2, True), chb(3, False)], known=K(city="jinan", kids=[yo(9), yo(4), mo(3)]))

T("2026-08-19")  # Wednesday: 上周X = the week of 2026-08-10
m("relative_date birth_order", "三宝上周日落地 生三宝时候俺们还在领低保 二宝出生时没有", [bd(3, lastweek(6)), chb(3, True), chb(2, False)],
  known=K(city="jinan", kids=[yo(6), yo(3)]))
m("birth_order", "俺是领失业金那段时间生的老二 老大那会儿没领过", [chb(2, True), chb(1, False)], known=K(city="jinan", kids=[yo(5), yo(2)]))
m("birth_order", "大外孙女今年十岁 小外孙女快三岁 中间那个外孙六岁半", [bd(1, yo(10)), bd(2, yo(6)), bd(3, almost(3))], known=K(city="jinan"))
m("", "今年开始吃低保了 仨孩子出生那会都没吃", [f("hardship_now", True), f("hardship_at_birth", False), n(3)],
  known=K(city="jinan", kids=[yo(9), yo(5), yo(1)]))
m("duration", "孩子一米二七 地铁再过两年就得买票了", [ht(1, 127)], known=K(city="beijing", kids=[yo(7)]))
m("chitchat", "不好意思 刚才按错了", [])
m("question", "公积金租房提取 得俩孩子以上才行吗", [])
m("question relative_date birth_order", "假如明年生老三 补贴能领到三岁吗", [due(3, year(1), "q")], known=K(city="jinan", kids=[yo(5), yo(2)]))
m("short_year birth_order", "老二生日记错了 是二五年四月 不是五月", [bd(2, "2025-04", "r")], known=K(city="jinan", kids=["2021", "2025-05"]))
m("birth_order", "说反了 老大出生那会儿没领 老二出生那会儿领了", [chb(1, False, "r"), chb(2, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(8), "hardship_at_birth": True}, {"birth_date": yo(3), "hardship_at_birth": False}]))
m("answer", "一个都没有 怀着头胎 十月份的预产期", [n(0), due(1, nextmonth(10))], asked="children", known=K(city="jinan"))
m("answer", "嗯 租的两室一厅", [f("renting", True, "c")], asked="renting", known=K(city="jinan"))
m("answer", "有一套 在历城", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city", known=K(city="jinan"))
m("answer", "这个真没有 俺俩一直上班", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=[yo(2)]))
m("", "奶奶带着俩孙女 大的五岁 小的两岁半 俺们都在外地打工", [n(2), bd(1, yo(5)), bd(2, yo(2))], known=K(city="jinan"))
m("", "老公交公积金 我没有 想买首套房用公积金贷", [f("housing_fund_contributors", 1), f("buying_first_home", True)], known=K(city="jinan"))
m("relative_date birth_order", "宝宝今天刚出生 顺产 三胎", [bd(3, today())], known=K(city="jinan", kids=[yo(7), yo(4)]))
m("birth_order", "现在不吃低保了 生老二那阵吃着", [f("hardship_now", False), chb(2, True)], known=K(city="jinan", kids=[yo(5), yo(1)]))
m("birth_order", "老三出生时领的特困 老大老二出生时是低保", [chb(3, True), chb(1, True), chb(2, True)],
  known=K(city="jinan", kids=[yo(9), yo(6), mo(11)]))
m("birth_order", "外孙女出生时俺闺女没领低保 现在领上了", [chb(1, False), f("hardship_now", True)], known=K(city="jinan", kids=[yo(2)]))

T("2026-11-12")  # Thursday: 上周X = the week of 2026-11-02
m("numerals relative_date birth_order", "大孙子二〇一八年生人 二孙子二〇二三年 孙女今年六月 生孙女时候俺儿子在领失业金",
  [bd(1, "2018"), bd(2, "2023"), bd(3, "2026-06"), chb(3, True)], known=K(city="jinan"))
m("birth_order", "小的刚满月 生小的那阵家里是特困供养", [chb(2, True)], known=K(city="jinan", kids=[yo(4), mo(1)]))
m("multiples relative_date birth_order", "二胎三胎是双胞胎 上周三剖的 大的十一岁了", [bd(2, lastweek(2)), bd(3, lastweek(2)), bd(1, yo(11)), n(3)],
  known=K(city="beijing"))
m("", "娃出生那时候啥也没领 今年他爸下岗了开始领失业金", [f("hardship_at_birth", False), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(3)]))
m("birth_order", "生大的时候在吃低保 生老二不吃了 现在又吃上了", [chb(1, True), chb(2, False), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(8), yo(4)]))
m("chitchat", "辛苦了 机器人也得休息吧 哈哈", [])
m("question", "北京生二孩有没有一次性补贴", [])
m("answer birth_order", "仨 老大女孩 十三 俩小子 一个九岁一个五岁", [n(3), bd(1, yo(13)), bd(2, yo(9)), bd(3, yo(5))], asked="children",
  known=K(city="beijing"))
m("answer", "还不到1米3 一米二几吧", [below(1, 130)], asked="children.height_cm", known=K(city="beijing", kids=[yo(7)]))
m("answer relative_date", "明年二月", [due(2, "2027-02")], asked="due_date", known=K(city="jinan", kids=[yo(3), {"due_date": None}]))
m("answer", "啥保险也没交", [f("birth_insurance", "none")], asked="birth_insurance", known=K(city="jinan"))
m("answer", "俩 俺跟对象都交", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors", known=K(city="beijing"))
m("", "不是济南 是北京 我写错了", [f("city", "beijing", "r")], known=K(city="jinan"))
m("birth_order", "老二身高不对 量错了 是一米零八", [ht(2, 108, "r")],
  known=K(city="beijing", kids=[yo(6), {"birth_date": yo(3), "height_cm": 118}]))
m("birth_order", "二闺女十月二十八生的 老大是哥哥 七岁", [bd(2, pastmonth(10, 28)), bd(1, yo(7))], known=K(city="jinan"))
m("", "外孙快三岁了 生外孙那阵我闺女吃着低保", [bd(1, almost(3)), chb(1, True)], known=K(city="jinan"))
m("", "生娃时候领失业金 生完就找着工作了 现在不领", [f("hardship_at_birth", True), f("hardship_now", False)],
  known=K(city="jinan", kids=[yo(1)]))
m("birth_order age", "老三才四十天 老大老二一个十岁一个八岁", [bd(3, dago(40)), bd(1, yo(10)), bd(2, yo(8))], known=K(city="jinan"))
m("birth_order", "我们是济南户口 在济南有房 俩人都交公积金 生老二的时候在吃低保",
  [f("city", "jinan"), f("hukou_in_city", True), f("owns_home_in_city", True), f("housing_fund_contributors", 2), chb(2, True)],
  known=K(kids=[yo(6), yo(2)]))
m("question", "这边是北京 孩子1米1 坐公交不要钱吧", [f("city", "beijing"), ht(1, 110)], known=K(kids=[yo(4)]))
