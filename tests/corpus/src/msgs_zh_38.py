# Chinese, batch 38: colloquial ages of several children in one message (三岁半, 快两岁了, 一岁零两个月, 刚满月,
# 一百天, 半岁, 刚满周岁), Chinese numerals and written forms (二〇二四年, 两千零二十三年, 一九年, 24.3.5, ２０２５年),
# ages mixed with city, hukou and hardship now versus at the birth; one-fact corrections of a child's age;
# loose answers to each of the bot's questions; chitchat and questions that state nothing
T("2025-01-09")  # Thursday
m("age birth_order", "俺是姥爷 外孙三岁半 外孙女快两岁了 闺女一家在济南", [bd(1, yo(3)), bd(2, almost(2)), f("city", "jinan")])
m("numerals birth_order now_vs_birth per_birth_hardship", "老大二〇一九年的 老二两千零二十二年五月生的 现在还领着低保 生老二那会还没有",
  [bd(1, "2019"), bd(2, "2022-05"), f("hardship_now", True), chb(2, False)], known=K(city="jinan"))
m("age birth_order", "仨娃 大的七岁 中间的四岁半 小的刚满月", [n(3), bd(1, yo(7)), bd(2, yo(4)), bd(3, mo(1))], known=K(city="beijing"))
m("answer age", "俩 一个五岁 一个一岁零两个月", [n(2), bd(1, yo(5)), bd(2, age(1, 2))], asked="children", known=K(city="jinan"))
m("correction age birth_order", "不对不对 老二不是两岁 是一岁零三个月", [bd(2, age(1, 3), "r")], known=K(city="jinan", kids=[yo(6), yo(2)]))
m("chitchat", "这天冷的 孩子又感冒了 挂号排了一上午", [])
m("question", "三岁以下的才有育儿补贴是吧", [])
m("relative_date birth_order hukou", "上周五生的二宝 大宝上一年级了 俺们户口在济南", [bd(2, lastweek(4)), f("hukou_in_city", True)],
  known=K(city="jinan"))
m("answer per_birth_hardship", "没 那会儿俺俩都上着班呢", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[mo(8)]))
m("numerals short_year hukou", "孙女24.3.5生的 这会儿十个月了 一家子都是北京户口", [bd(1, "2024-03-05"), f("city", "beijing"), f("hukou_in_city", True)])
m("answer", "济南 槐荫区的", [f("city", "jinan")], asked="city")
m("age birth_order hukou", "俺家俩小子 一个八岁半 一个三岁零五个月 俺们住北京 户口不在北京",
  [n(2), bd(1, yo(8)), bd(2, age(3, 5)), f("city", "beijing"), f("hukou_in_city", False)])

T("2025-03-03")  # Monday
m("relative_date age birth_order now_vs_birth per_birth_hardship", "二宝是上周四出生的 大宝刚满四岁 生二宝那几天正领着失业金 现在不领了",
  [bd(2, lastweek(3)), bd(1, just(4)), chb(2, True), f("hardship_now", False)], known=K(city="jinan"))
m("age birth_order", "外孙半岁 外孙女三岁多 都跟着俺在济南", [bd(2, mo(6)), bd(1, yo(3)), f("city", "jinan")])
m("correction age birth_order", "说错了 大孙子是六岁 不是七岁", [bd(1, yo(6), "r")], known=K(city="beijing", kids=[yo(7), yo(2)]))
m("answer insurance", "自个儿按灵活就业交的 没单位", [f("birth_insurance", "flexible_employment")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": nextmonth(8)}]))
m("numerals hukou", "２０２３年１０月生的闺女 现在在北京 户口还在河北老家", [bd(1, "2023-10"), f("city", "beijing"), f("hukou_in_city", False)])
m("question short_year", "一九年生的老大还能算进去不", [bd(1, "2019")], known=K(city="jinan"))
m("chitchat", "谢谢你啊 说的挺明白", [])
m("answer age", "一个 娃刚满月", [n(1), bd(1, mo(1))], asked="children", known=K(city="beijing"))
m("age birth_order pregnancy", "老大快六岁了 老二两岁零三个月 老三还在肚子里 七个月了", [bd(1, almost(6)), bd(2, age(2, 3)), due(3, preg(7))],
  known=K(city="jinan"))
m("answer hukou", "不是 俺们是外地户口", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(1)]))
m("now_vs_birth per_birth_hardship birth_order", "生俺家老大老二的时候都领着低保 现在日子好了 早不领了",
  [chb(1, True), chb(2, True), f("hardship_now", False)], known=K(city="jinan", kids=[yo(9), yo(5)]))
m("question", "补贴是按人头算还是按户算", [])

T("2025-05-15")  # Thursday
m("age birth_order", "大孙子一岁零八个月 小孙女今天刚好一百天", [bd(1, age(1, 8)), bd(2, dago(100))], known=K(city="jinan"))
m("numerals age birth_order hukou", "老大２０１７年的 老二二〇二〇年的 老三一岁半 俺们一家都是济南户口",
  [bd(1, "2017"), bd(2, "2020"), bd(3, yo(1)), f("city", "jinan"), f("hukou_in_city", True)])
m("correction age birth_order", "更正 老三不是一岁半 是快两岁了", [bd(3, almost(2), "r")],
  known=K(city="jinan", hukou_in_city=True, kids=["2017", "2020", yo(1)]))
m("answer pregnancy", "今年十月份", [due(2, "2025-10")], asked="due_date", known=K(city="beijing", kids=[yo(4), {"due_date": None}]))
m("age", "俺们一家在北京打工 俩娃一个四岁一个一岁", [f("city", "beijing"), n(2), bd(1, yo(4)), bd(2, yo(1))])
m("now_vs_birth per_birth_hardship", "生孩子那阵子领着特困供养 现在还领着", [f("hardship_at_birth", True), f("hardship_now", True)],
  known=K(city="jinan", kids=[mo(5)]))
m("chitchat", "俺不识几个字 让孙子帮俺打的", [])
m("question", "灵活就业交的医保生孩子能报多少", [])
m("answer housing_fund", "俺俩都没交 单位不给交", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[yo(2)]))
m("age height", "闺女三岁零两个月 身高九十八公分", [bd(1, age(3, 2)), ht(1, 98)], known=K(city="jinan"))
m("relative_date multiples birth_order age", "上周二剖的双胞胎 家里老大五岁半", [bd(2, lastweek(1)), bd(3, lastweek(1)), bd(1, yo(5)), n(3)],
  known=K(city="beijing"))
m("correction relative_date multiples", "双胞胎是上周三生的 不是周二 记岔了", [bd(2, lastweek(2), "r"), bd(3, lastweek(2), "r")],
  known=K(city="beijing", kids=[yo(5), lastweek(1), lastweek(1)]))

T("2025-07-22")  # Tuesday
m("age birth_order hukou", "我是奶奶 大孙女十二岁 二孙子九岁多 小孙子刚满月 一家都是济南户口",
  [bd(1, yo(12)), bd(2, yo(9)), bd(3, mo(1)), f("city", "jinan"), f("hukou_in_city", True)])
m("numerals", "二〇二五年一月的娃 到现在六个月", [bd(1, "2025-01")], known=K(city="beijing"))
m("answer multiples age birth_order", "仨 老大老二是双胞胎 八岁 老三刚满周岁", [n(3), bd(1, yo(8)), bd(2, yo(8)), bd(3, just(1))], asked="children",
  known=K(city="jinan"))
m("correction age birth_order", "说岔了 老三是十一个月 还没满周岁呢", [bd(3, mo(11), "r")], known=K(city="jinan", kids=[yo(8), yo(8), just(1)]))
m("answer negation_housing", "对 租的房子", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[yo(3)]))
m("numerals now_vs_birth per_birth_hardship", "两千零二十四年十二月生的孩子 现在领着失业金 生的时候还没有",
  [bd(1, "2024-12"), f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan"))
m("chitchat", "嗯嗯 好嘞 知道了", [])
m("question hukou", "要是俺们落了北京户口 能多领点不", [f("hukou_in_city", True, "q")], known=K(city="beijing", hukou_in_city=False, kids=[yo(2)]))
m("age birth_order negation_housing", "俩妮儿 大妮儿十岁 小妮儿两岁半 俺们住济南 房子是俺们自己买的",
  [n(2), bd(1, yo(10)), bd(2, yo(2)), f("city", "jinan"), f("owns_home_in_city", True)])
m("answer height birth_order", "大的一米三 小的九十公分", [ht(1, 130), ht(2, 90)], asked="children.height_cm", known=K(city="beijing", kids=[yo(9), yo(3)]))
m("pregnancy age birth_order", "怀二胎五个月了 大宝一岁零十个月", [due(2, preg(5)), bd(1, age(1, 10))], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "生大宝那会领着 生二宝就没有了", [chb(1, True), chb(2, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(6), yo(2)]))

T("2025-09-10")  # Wednesday
m("age birth_order hukou", "外孙女刚满三岁 外孙子七个月 闺女女婿都在北京上班 北京户口",
  [bd(1, just(3)), bd(2, mo(7)), f("city", "beijing"), f("hukou_in_city", True)])
m("age birth_order", "老二生了二十五天 老大两岁零一个月", [bd(2, dago(25)), bd(1, age(2, 1))], known=K(city="jinan"))
m("correction age birth_order", "不对 老大是两岁零四个月", [bd(1, age(2, 4), "r")], known=K(city="jinan", kids=[age(2, 1), dago(25)]))
m("short_year birth_order", "一六年的老大 一九年的老二 二二年的老三", [bd(1, "2016"), bd(2, "2019"), bd(3, "2022")], known=K(city="jinan"))
m("answer negation_housing", "不打算 房价太吓人了 等等再说", [f("buying_first_home", False, "c")], asked="buying_first_home", known=K(city="beijing", kids=[yo(1)]))
m("question", "孩子上小学一年级了还能领吗", [])
m("housing_fund age", "俺们两口子都在济南交公积金 孩子四个月大", [f("city", "jinan"), f("housing_fund_contributors", 2), bd(1, mo(4))])
m("chitchat", "你这机器人还挺灵的", [])
m("now_vs_birth per_birth_hardship", "现在吃低保 生俺家三个孩子的时候都没吃", [f("hardship_now", True), f("hardship_at_birth", False), n(3)],
  known=K(city="jinan", kids=[yo(10), yo(7), yo(2)]))
m("answer age birth_order", "俩 大的上初中了 小的还没断奶 十个月", [n(2), bd(2, mo(10))], asked="children", known=K(city="beijing"))
m("numerals pregnancy", "俺这胎是头胎 预产期二〇二六年二月", [due(1, "2026-02")], known=K(city="jinan"))
m("answer hukou", "嗯 是北京户口", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[mo(3)]))

T("2025-11-27")  # Thursday
m("relative_date age birth_order", "上周三生的 俺家第三个 大的六岁半 二的四岁", [bd(3, lastweek(2)), bd(1, yo(6)), bd(2, yo(4))], known=K(city="jinan"))
m("correction relative_date birth_order", "是上周一 不是周三", [bd(3, lastweek(0), "r")], known=K(city="jinan", kids=[yo(6), yo(4), lastweek(2)]))
m("age birth_order", "孙子刚满五岁 孙女一岁零六个月", [bd(1, just(5)), bd(2, age(1, 6))], known=K(city="beijing"))
m("numerals birth_order negation_housing", "两个娃 老大２０２０年３月 老二２０２４年１１月 在济南租房子住",
  [n(2), bd(1, "2020-03"), bd(2, "2024-11"), f("city", "jinan"), f("renting", True)])
m("answer negation_housing", "有 有一套老房子", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city", known=K(city="jinan", kids=[yo(4)]))
m("question", "公积金贷款二孩家庭能贷多少", [])
m("age", "外孙子生下来三天了 闺女一家在北京", [bd(1, dago(3)), f("city", "beijing")])
m("now_vs_birth per_birth_hardship birth_order", "生老二时候俺当家的在领失业金 生老大那时候没有 现在不领了",
  [chb(2, True), chb(1, False), f("hardship_now", False)], known=K(city="jinan", kids=[yo(5), yo(1)]))
m("chitchat", "俺先去接孩子放学 晚上再聊", [])
m("answer housing_fund", "就他爸一个", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors", known=K(city="beijing", kids=[mo(6)]))
m("age height", "孩子一岁零两个月 身高七十六", [bd(1, age(1, 2)), ht(1, 76)], known=K(city="jinan"))
m("correction height", "刚才打错了 是八十六 不是七十六", [ht(1, 86, "r")], known=K(city="jinan", kids=[{"birth_date": age(1, 2), "height_cm": 76}]))

T("2026-01-14")  # Wednesday
m("age birth_order now_vs_birth per_birth_hardship", "俩外孙 大的三岁半 小的刚满月 闺女现在领着低保 生小的时候也领着",
  [n(2), bd(1, yo(3)), bd(2, mo(1)), f("hardship_now", True), chb(2, True)], known=K(city="jinan"))
m("relative_date age birth_order", "去年二月生的老二 老大四岁多", [bd(2, "2025-02"), bd(1, yo(4))], known=K(city="beijing"))
m("correction age birth_order", "老大不是四岁多 是五岁多", [bd(1, yo(5), "r")], known=K(city="beijing", kids=[yo(4), "2025-02"]))
m("answer numerals pregnancy", "二〇二六年六月中旬", [due(1, "2026-06")], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("age birth_order", "仨孩子 大的九岁 二的五岁 小的一岁", [n(3), bd(1, yo(9)), bd(2, yo(5)), bd(3, yo(1))], known=K(city="jinan"))
m("question", "如果明年再生个老三 补贴咋算", [due(3, "2027", "q")], known=K(city="jinan", kids=[yo(5), yo(2)]))
m("chitchat", "新年好 给你拜个早年", [])
m("answer per_birth_hardship", "没 啥也没领过", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=[mo(3)]))
m("short_year hukou", "二五年十二月生的闺女 一个多月了 俺们是北京户口", [bd(1, "2025-12"), f("city", "beijing"), f("hukou_in_city", True)])
m("answer negation_housing", "不是 住的婆家的房", [f("renting", False, "c")], asked="renting", known=K(city="jinan", kids=[yo(2)]))
m("pregnancy age birth_order", "儿子一家在北京 儿媳妇怀二胎八个月了 大孙子两岁零七个月", [f("city", "beijing"), due(2, preg(8)), bd(1, age(2, 7))])
m("answer insurance", "城乡居民医保", [f("birth_insurance", "resident_medical")], asked="birth_insurance", known=K(city="jinan", kids=[mo(2)]))

T("2026-03-19")  # Thursday
m("relative_date hukou negation_housing", "上周五生的 头一个 俺们济南户口 租房住",
  [bd(1, lastweek(4)), f("city", "jinan"), f("hukou_in_city", True), f("renting", True)])
m("short_year birth_order hukou", "老大一八年的 老二二一年的 现在在北京 户口没过来",
  [bd(1, "2018"), bd(2, "2021"), f("city", "beijing"), f("hukou_in_city", False)])
m("correction short_year birth_order", "说错了 老二是二二年的", [bd(2, "2022", "r")], known=K(city="beijing", hukou_in_city=False, kids=["2018", "2021"]))
m("age birth_order per_birth_hardship", "大孙女五岁零三个月 小孙女八个月 二胎生的时候儿子正领失业金",
  [bd(1, age(5, 3)), bd(2, mo(8)), chb(2, True)], known=K(city="jinan"))
m("answer pregnancy", "一个都还没生 怀着呢 五个月", [n(0), due(1, preg(5))], asked="children", known=K(city="beijing"))
m("question", "吃低保的人家再添个娃 给额外补点啥不", [])
m("chitchat", "哎呀我打字慢 你等等我", [])
m("answer hukou", "没有 户口还在菏泽", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(3)]))
m("age birth_order", "二宝今天满一百天 大宝三岁零九个月", [bd(2, dago(100)), bd(1, age(3, 9))], known=K(city="beijing"))
m("answer housing_fund", "交 两口子一人一份", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors", known=K(city="jinan", kids=[yo(1)]))
m("numerals age height", "孩子２岁半 身高８８", [bd(1, yo(2)), ht(1, 88)], known=K(city="jinan"))
m("correction numerals age", "不是２岁半 是１岁半", [bd(1, yo(1), "r")], known=K(city="jinan", kids=[{"birth_date": yo(2), "height_cm": 88}]))

T("2026-05-05")  # Tuesday
m("age birth_order", "孙子刚满月 孙女快三岁了", [bd(1, almost(3)), bd(2, mo(1))], known=K(city="beijing"))
m("numerals relative_date birth_order", "老大二〇一五年十月 老二二〇二一年 老三今年一月", [bd(1, "2015-10"), bd(2, "2021"), bd(3, "2026-01")],
  known=K(city="jinan"))
m("correction relative_date birth_order", "老三是今年二月的 不是一月", [bd(3, "2026-02", "r")], known=K(city="jinan", kids=["2015-10", "2021", "2026-01"]))
m("answer negation_housing", "打算 正看着呢", [f("buying_first_home", True, "c")], asked="buying_first_home", known=K(city="jinan", kids=[yo(2)]))
m("now_vs_birth per_birth_hardship", "俩娃都是生的时候领着低保 现在不领了", [n(2), f("hardship_at_birth", True), f("hardship_now", False)],
  known=K(city="jinan", kids=[yo(6), yo(3)]))
m("chitchat", "五一刚过完 累死了", [])
m("question", "北京的育儿补贴一个孩子一年多少钱", [])
m("age insurance", "闺女一岁零一个月 俺是灵活就业交的社保 在济南", [bd(1, age(1, 1)), f("birth_insurance", "flexible_employment"), f("city", "jinan")])
m("answer height", "还不到一米二呢", [below(1, 120)], asked="children.height_cm", known=K(city="beijing", kids=[yo(5)]))
m("relative_date age birth_order", "上周三老二出生 老大两岁零十一个月", [bd(2, lastweek(2)), bd(1, age(2, 11))], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "生老大没有 生老二有 那会儿吃低保", [chb(1, False), chb(2, True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(7), yo(1)]))
m("multiples age", "双胞胎刚满半岁 俺们在北京 就这俩", [bd(1, mo(6)), bd(2, mo(6)), f("city", "beijing"), n(2)])

T("2026-07-30")  # Thursday
m("age birth_order hukou negation_housing", "外孙女四岁半 外孙子一岁零四个月 闺女一家都是北京户口 房子租的",
  [bd(1, yo(4)), bd(2, age(1, 4)), f("city", "beijing"), f("hukou_in_city", True), f("renting", True)])
m("correction age birth_order", "说错了 外孙子是一岁零九个月", [bd(2, age(1, 9), "r")],
  known=K(city="beijing", hukou_in_city=True, renting=True, kids=[yo(4), age(1, 4)]))
m("numerals", "二〇二六年七月二号生的", [bd(1, "2026-07-02")], known=K(city="jinan"))
m("short_year numerals birth_order", "老大19.8.12 老二23.1.30", [bd(1, "2019-08-12"), bd(2, "2023-01-30")], known=K(city="beijing"))
m("answer age birth_order", "仨 都是闺女 最大的十一 最小的才七个月", [n(3), bd(1, yo(11)), bd(3, mo(7))], asked="children", known=K(city="jinan"))
m("chitchat", "天热 孩子起痱子了 你说咋弄", [])
m("question", "怀孕几个月能去建档", [])
m("relative_date age birth_order", "上周一生的 大的十岁了 中间那个刚满六岁", [bd(3, lastweek(0)), bd(1, yo(10)), bd(2, just(6))], known=K(city="beijing"))
m("answer negation_housing", "嗯 在城中村租的", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[yo(4)]))
m("now_vs_birth per_birth_hardship age", "现在领失业金 孩子四个月 生的时候还没领", [f("hardship_now", True), bd(1, mo(4)), f("hardship_at_birth", False)],
  known=K(city="jinan"))
m("answer hukou", "是滴 俺们都是济南的户口", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(1)]))
m("age birth_order", "孩子他姥姥问的 小外孙十八个月 大外孙七岁半", [bd(2, mo(18)), bd(1, yo(7))], known=K(city="jinan"))

T("2026-09-16")  # Wednesday
m("numerals birth_order hukou", "俩宝 大宝２０２２年 二宝２０２５年５月 俺在济南 户口在聊城",
  [n(2), bd(1, "2022"), bd(2, "2025-05"), f("city", "jinan"), f("hukou_in_city", False)])
m("correction numerals birth_order", "二宝是２０２５年６月 不是５月", [bd(2, "2025-06", "r")],
  known=K(city="jinan", hukou_in_city=False, kids=["2022", "2025-05"]))
m("relative_date age birth_order", "上周四生的老三 老大四岁半 老二两岁", [bd(3, lastweek(3)), bd(1, yo(4)), bd(2, yo(2))], known=K(city="beijing"))
m("answer insurance", "单位给交的 职工的", [f("birth_insurance", "employee_maternity")], asked="birth_insurance", known=K(city="beijing", kids=[mo(1)]))
m("question hukou", "如果俺们是济南户口 能多领吗", [f("hukou_in_city", True, "q")], known=K(city="jinan", hukou_in_city=False, kids=[yo(3)]))
m("chitchat", "你好 在么 有人没", [])
m("age birth_order per_birth_hardship", "孙子三岁零一个月 孙女一岁零一个月 俩孩子生的时候都领着特困",
  [bd(1, age(3, 1)), bd(2, age(1, 1)), n(2), f("hardship_at_birth", True)], known=K(city="jinan"))
m("answer age", "就一个 四岁了", [n(1), bd(1, yo(4))], asked="children", known=K(city="beijing"))
m("pregnancy short_year", "怀孕六个月 上一胎是一七年的", [due(2, preg(6)), bd(1, "2017")], known=K(city="jinan"))
m("answer housing_fund", "没人交", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors", known=K(city="jinan", kids=[yo(2)]))
m("age birth_order", "老大今年刚满十岁 老二快五岁了 老三半岁", [bd(1, just(10)), bd(2, almost(5)), bd(3, mo(6))], known=K(city="beijing"))
m("correction age birth_order", "老二不是快五岁 是刚满五岁", [bd(2, just(5), "r")], known=K(city="beijing", kids=[just(10), almost(5), mo(6)]))

T("2026-11-30")  # Monday
m("relative_date age birth_order now_vs_birth per_birth_hardship", "上周二生的二胎 老大三岁零两个月 生二胎那会俺家领着低保 现在也领",
  [bd(2, lastweek(1)), bd(1, age(3, 2)), chb(2, True), f("hardship_now", True)], known=K(city="jinan"))
m("age birth_order", "仨娃 一个八岁 一个五岁半 一个两岁零五个月 都在北京", [n(3), bd(1, yo(8)), bd(2, yo(5)), bd(3, age(2, 5)), f("city", "beijing")])
m("correction age birth_order", "最小的是两岁零八个月 打错了", [bd(3, age(2, 8), "r")], known=K(city="beijing", kids=[yo(8), yo(5), age(2, 5)]))
m("answer pregnancy", "明年四月", [due(1, "2027-04")], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("numerals", "孙女二〇二四年十一月二十号生的 刚满两岁", [bd(1, "2024-11-20")], known=K(city="beijing"))
m("chitchat", "谢谢 帮大忙了", [])
m("question", "不到一米三的孩子坐公交要票不", [])
m("answer negation_housing", "没有 还租着", [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city",
  known=K(city="beijing", kids=[yo(6)]))
m("age hukou housing_fund", "孩子刚满月 俺们是济南户口 公积金就俺一个人交",
  [bd(1, mo(1)), f("city", "jinan"), f("hukou_in_city", True), f("housing_fund_contributors", 1)])
m("height birth_order", "大的一米二五 小的还不到一米", [ht(1, 125), below(2, 100)], known=K(city="jinan", kids=[yo(7), yo(3)]))
m("age birth_order", "俺家老二出生九十天 老大一岁十一个月", [bd(2, dago(90)), bd(1, age(1, 11))], known=K(city="beijing"))
m("age pregnancy", "闺女快两岁了 又怀上了 怀了俩月", [bd(1, almost(2)), due(2, preg(2))], known=K(city="jinan"))
m("answer age birth_order", "俩 老大十三了 老二刚满七岁", [n(2), bd(1, yo(13)), bd(2, just(7))], asked="children", known=K(city="jinan"))
m("relative_date", "今天生的 头胎 在妇产医院呢", [bd(1, today())], known=K(city="beijing"))
m("answer hukou", "没 都是外地户口", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(4)]))
m("short_year numerals now_vs_birth per_birth_hardship birth_order", "二〇年的老大 二三年的老二 现在领低保 生俩孩子的时候都没领",
  [bd(1, "2020"), bd(2, "2023"), f("hardship_now", True), f("hardship_at_birth", False), n(2)], known=K(city="jinan"))
m("age birth_order", "大孙子一岁半 小孙子五十六天", [bd(1, yo(1)), bd(2, dago(56))], known=K(city="beijing"))
m("correction age birth_order", "不对 大孙子是两岁半", [bd(1, yo(2), "r")], known=K(city="beijing", kids=[yo(1), dago(56)]))
