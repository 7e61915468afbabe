# Chinese, batch 52: multiples (双胞胎/龙凤胎/三胞胎/双棒/一胎俩) beside an older or younger single child told in
# either order, twins/triplets on the way (with and without a due date); two-digit, dotted and slashed years (19年,
# 一九年, 2021.3, 21.3.5, 2022/7/1), Chinese and full-width numerals (二〇二三年十月, ２０２４年６月, 廿三号), relative
# dates (去年十月, 前年, 大前年, 上个月, 这个月, 上周X on Mon-Thu); answers to every bot question, corrections, plain
# questions, chitchat, housing/fund/insurance/hukou facts beside children, hardship now vs at a birth
T("2024-01-10")  # Wednesday: 上周X = the week of 2024-01-01
m("relative_date multiples short_year birth_order", "龙凤胎是上周四生的 上头还有个哥哥 一八年的",
  [bd(2, lastweek(3)), bd(3, lastweek(3)), bd(1, "2018"), n(3)], known=K(city="jinan"))
m("multiples short_year relative_date", "俩闺女是双胞胎 一九年的 去年十月又添了个小子",
  [bd(1, "2019"), bd(2, "2019"), bd(3, "2023-10"), n(3)], known=K(city="beijing"))
m("pregnancy multiples numerals", "预产期二〇二四年五月 B超说是双胎 头一胎", [due(1, "2024-05"), due(2, "2024-05")],
  known=K(city="jinan"))
m("answer hukou age", "我们济南户口 孩子两岁半", [f("city", "jinan"), f("hukou_in_city", True), bd(1, yo(2))], asked="city")
m("chitchat", "刚把娃哄睡着 累瘫了", [])
m("question", "济南二孩那个每月600 是从哪年出生的开始算", [], known=K(city="jinan"))
m("short_year multiples birth_order", "老大2021.3的 底下双胞胎 23.11.26出生",
  [bd(1, "2021-03"), bd(2, "2023-11-26"), bd(3, "2023-11-26"), n(3)], known=K(city="jinan"))
m("correction short_year numerals birth_order", "打错了 老大是一九年七月的 不是五月", [bd(1, "2019-07", "r")],
  known=K(city="jinan", kids=["2019-05", "2022-08", "2022-08"]))
m("answer negation_housing", "嗯 租房呢 房东还老涨价", [f("renting", True, "c")], asked="renting", known=K(city="jinan"))
m("housing_fund negation_housing", "我跟孩他爸都交公积金 正琢磨买第一套房",
  [f("housing_fund_contributors", 2), f("buying_first_home", True)], known=K(city="jinan", kids=[yo(5), yo(5)]))
m("height question multiples", "双胞胎姐姐1米22 妹妹1米18 坐公交得买票了吧", [ht(1, 122), ht(2, 118)],
  known=K(city="beijing", kids=[yo(6), yo(6)]))
m("now_vs_birth per_birth_hardship", "生孩子那阵子没吃低保 今年厂子黄了 现在领失业金",
  [f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="jinan", kids=[yo(3)]))
m("multiples numerals short_year", "三胞胎 两个丫头一个小子 二二年三月八号 就他们仨",
  [bd(1, "2022-03-08"), bd(2, "2022-03-08"), bd(3, "2022-03-08"), n(3)], known=K(city="jinan"))
m("answer insurance", "单位给交的生育保险", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="jinan", kids=[mo(2)]))
m("numerals birth_order age", "十二月五号生的二胎 老大六岁", [bd(2, pastmonth(12, 5)), bd(1, yo(6))], known=K(city="beijing"))

T("2024-03-05")  # Tuesday: 上周X = the week of 2024-02-26
m("multiples short_year numerals birth_order", "大的一六年 小的俩是双棒 二〇二〇年十二月",
  [bd(1, "2016"), bd(2, "2020-12"), bd(3, "2020-12"), n(3)], known=K(city="jinan"))
m("relative_date multiples birth_order", "今年一月又生了对双胞胎 大的是大前年的",
  [bd(2, "2024-01"), bd(3, "2024-01"), bd(1, "2021"), n(3)], known=K(city="jinan"))
m("answer hukou", "不是 户口还在菏泽老家", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan"))
m("answer age", "俩 都是丫头 姐姐五岁 妹妹刚满三岁", [n(2), bd(1, yo(5)), bd(2, just(3))], asked="children",
  known=K(city="beijing"))
m("question", "北京孩子多高以下坐地铁不要钱", [], known=K(city="beijing"))
m("pregnancy multiples", "俺媳妇怀孕五个月了 查出来是俩 老大都上小学了", [due(2, preg(5)), due(3, preg(5))],
  known=K(city="jinan"))
m("correction multiples", "说错了 双胞胎是2023/8/15生的", [bd(2, "2023-08-15", "r"), bd(3, "2023-08-15", "r")],
  known=K(city="jinan", kids=[yo(4), "2023-06", "2023-06"]))
m("per_birth_hardship multiples birth_order", "生老大那会儿家里吃低保 俩小的出生那年早就不领了",
  [chb(1, True), chb(2, False), chb(3, False)], known=K(city="jinan", kids=[yo(8), yo(2), yo(2)]))
m("answer housing_fund", "一个 我老公 我那单位不给交", [f("housing_fund_contributors", 1)],
  asked="housing_fund_contributors", known=K(city="jinan"))
m("chitchat", "哈哈哈 谢谢啊 你比打12345还好使", [])
m("height birth_order", "大外孙一米零五 小外孙女才九十八公分", [ht(1, 105), ht(2, 98)],
  known=K(city="beijing", kids=[yo(5), yo(3)]))
m("multiples", "孩子是2022.11的 双胞胎 头胎就俩", [bd(1, "2022-11"), bd(2, "2022-11"), n(2)], known=K(city="jinan"))
m("answer negation_housing", "没有 一直住单位宿舍", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city",
  known=K(city="beijing"))
m("relative_date multiples birth_order", "上礼拜二剖的龙凤胎 大闺女今年上二年级了",
  [bd(2, lastweek(1)), bd(3, lastweek(1)), n(3)], known=K(city="beijing"))

T("2024-06-18")  # Tuesday: 上周X = the week of 2024-06-10
m("numerals multiples", "俩小子双胞胎 ２０１９年５月的 下边还有个妹妹 ２０２２年１月",
  [bd(1, "2019-05"), bd(2, "2019-05"), bd(3, "2022-01"), n(3)], known=K(city="jinan"))
m("answer pregnancy multiples numerals", "十月下旬 是双胞胎", [due(2, nextmonth(10)), due(3, nextmonth(10))],
  asked="due_date", known=K(city="jinan", kids=["2021"]))
m("now_vs_birth pregnancy", "我是失业人员 领失业金呢 媳妇预产期八月 头一胎",
  [f("hardship_now", True), due(1, nextmonth(8))], known=K(city="jinan"))
m("question", "假如明年添个老三 那600块钱还给不给", [due(3, year(1), "q")], known=K(city="jinan", kids=["2018", "2021"]))
m("multiples age", "大孙女2015年的 两个小孙子是双胞胎 刚满月", [bd(1, "2015"), bd(2, mo(1)), bd(3, mo(1)), n(3)],
  known=K(city="beijing"))
m("correction multiples age", "不对 不是两个娃 小的是双胞胎 一岁半了 一共仨", [n(3, "r"), bd(3, yo(1))],
  known=K(city="jinan", kids=[yo(6), yo(1)]))
m("answer negation_housing", "打算 今年下半年看房", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="beijing"))
m("chitchat", "宝宝夜里老醒 一宿起来好几回", [])
m("insurance", "媳妇自己交的灵活就业 生孩子走那个报", [f("birth_insurance", "flexible_employment")],
  known=K(city="jinan", kids=[mo(1)]))
m("multiples short_year", "仨宝是三胞胎 21.3.5生的", [n(3), bd(1, "2021-03-05"), bd(2, "2021-03-05"), bd(3, "2021-03-05")],
  known=K(city="jinan"))
m("height multiples", "俩小的哪有一米三 才到我腰", [below(2, 130), below(3, 130)],
  known=K(city="beijing", kids=[yo(7), yo(4), yo(4)]))
m("relative_date birth_order short_year", "上个月十二号生了老二 老大大前年的", [bd(2, thismonth(-1) + "-12"), bd(1, "2021")],
  known=K(city="jinan"))
m("housing_fund negation_housing age", "lg没gjj 就我有 房子租的 娃一岁",
  [f("housing_fund_contributors", 1), f("renting", True), bd(1, yo(1))], known=K(city="jinan"))
m("per_birth_hardship multiples", "生双胞胎那会儿俺们是特困供养户", [chb(1, True), chb(2, True)],
  known=K(city="jinan", kids=[yo(2), yo(2)]))

T("2024-10-09")  # Wednesday
m("short_year multiples", "一九年生的大小子 今年七月又得了对双胞胎闺女",
  [bd(1, "2019"), bd(2, "2024-07"), bd(3, "2024-07"), n(3)], known=K(city="beijing"))
m("multiples age pregnancy", "就一对双胞胎 快五岁了 现在怀着老三 七个月",
  [n(2), bd(1, almost(5)), bd(2, almost(5)), due(3, preg(7))], known=K(city="jinan"))
m("question housing_fund", "公积金贷款 生了二孩的能贷多少", [], known=K(city="jinan"))
m("answer per_birth_hardship", "没有 都没领过", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(3), mo(8)]))
m("hukou", "孩他爸在北京交社保 我们户口也落北京了", [f("hukou_in_city", True)], known=K(city="beijing"))
m("correction relative_date birth_order", "说错了 老二是去年十月生的 不是今年二月", [bd(2, "2023-10", "r")],
  known=K(city="jinan", kids=["2022-03", "2024-02"]))
m("numerals multiples", "大丫头是二〇一七年九月的 底下一对双胞胎弟弟 二〇二一年十月的",
  [bd(1, "2017-09"), bd(2, "2021-10"), bd(3, "2021-10"), n(3)], known=K(city="jinan"))
m("chitchat", "你们这个机器人晚上也回消息啊 挺好", [])
m("height question birth_order", "老大都一米四五了 老二才九十公分 坐地铁得给老大买票吧", [ht(1, 145), ht(2, 90)],
  known=K(city="beijing", kids=[yo(9), yo(3)]))
m("multiples age pregnancy", "头胎双胞胎 十个月大 二胎又怀上了 三个月",
  [bd(1, mo(10)), bd(2, mo(10)), n(2), due(3, preg(3))], known=K(city="jinan"))
m("answer", "济南 在历城这边", [f("city", "jinan")], asked="city")
m("per_birth_hardship now_vs_birth", "闺女出生那会儿俺家吃着低保 这两年缓过来了 不领了",
  [chb(1, True), f("hardship_now", False)], known=K(city="jinan", kids=[yo(2)]))
m("numerals short_year birth_order", "２２年７月１号生的老二 老大１９年的", [bd(2, "2022-07-01"), bd(1, "2019")],
  known=K(city="jinan"))
m("pregnancy multiples", "三胞胎怀上了 刚四个月 这是头一胎", [due(1, preg(4)), due(2, preg(4)), due(3, preg(4))],
  known=K(city="beijing"))

T("2025-02-20")  # Thursday: 上周X = the week of 2025-02-10
m("relative_date multiples age", "上周三生的 双棒儿 俩小子 他哥哥刚满六岁",
  [bd(2, lastweek(2)), bd(3, lastweek(2)), bd(1, just(6)), n(3)], known=K(city="jinan"))
m("answer multiples short_year birth_order", "三个 一对龙凤胎一八年的 还有个老三二三年的",
  [n(3), bd(1, "2018"), bd(2, "2018"), bd(3, "2023")], asked="children", known=K(city="jinan"))
m("relative_date multiples", "家里就一对双胞胎 前年生的 今年想再要一个", [n(2), bd(1, "2023"), bd(2, "2023")],
  known=K(city="jinan"))
m("question multiples", "双胞胎算二孩还是算一孩 补贴给几份", [], known=K(city="jinan"))
m("answer negation_housing", "有一套 老人给买的", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="jinan"))
m("correction height", "刚才打错了 孩子是一米二八 不是一一八", [ht(1, 128, "r")],
  known=K(city="beijing", kids=[{"birth_date": yo(6), "height_cm": 118}]))
m("insurance", "生孩子那阵我啥保险都没有 自己掏的钱", [f("birth_insurance", "none")], known=K(city="jinan", kids=[yo(1)]))
m("short_year numerals multiples", "大宝二〇年的 底下是双胎 二五年一月廿三号出生",
  [bd(1, "2020"), bd(2, "2025-01-23"), bd(3, "2025-01-23"), n(3)], known=K(city="jinan"))
m("duration chitchat", "产假还剩一个半月 愁死了", [])
m("per_birth_hardship multiples birth_order", "生老三的时候正领失业金 双胞胎那会儿没有",
  [chb(3, True), chb(1, False), chb(2, False)], known=K(city="jinan", kids=[yo(5), yo(5), mo(3)]))
m("answer height multiples", "姐姐一米零八 弟弟一米零三", [ht(1, 108), ht(2, 103)], asked="children.height_cm",
  known=K(city="beijing", kids=[yo(4), yo(4)]))
m("housing_fund negation_housing", "两口子都有公基金 在济南还没房",
  [f("housing_fund_contributors", 2), f("owns_home_in_city", False)], known=K(city="jinan"))
m("chitchat", "好嘞 明白了 我回去跟孩他妈商量商量", [])
m("age multiples", "外孙女快三岁 外孙子俩是双胞胎 一岁两个月",
  [bd(1, almost(3)), bd(2, age(1, 2)), bd(3, age(1, 2)), n(3)], known=K(city="jinan"))
m("answer pregnancy multiples", "不知道呢 刚查出来怀孕 还是双胞胎", [due(2, None), due(3, None)], asked="due_date",
  known=K(city="jinan", kids=[yo(3)]))

T("2025-05-12")  # Monday: 上周X = the week of 2025-05-05
m("relative_date multiples", "上周五媳妇生了 龙凤胎 这是俺家头胎 家里乐坏了",
  [bd(1, lastweek(4)), bd(2, lastweek(4)), n(2)], known=K(city="jinan"))
m("question", "北京这边托育有补贴吗 多大能送", [], known=K(city="beijing"))
m("numerals multiples pregnancy birth_order", "二〇一九年生的老大 二〇二三年生的老二 现在肚子里揣着俩",
  [bd(1, "2019"), bd(2, "2023"), due(3, None), due(4, None)], known=K(city="jinan"))
m("answer hukou", "嗯嗯 都是济南户口 孩子也上了", [f("hukou_in_city", True, "c")], asked="hukou_in_city",
  known=K(city="jinan", kids=[yo(2)]))
m("correction", "不好意思打错了 大的是2020.6 双胞胎没错", [bd(1, "2020-06", "r")],
  known=K(city="jinan", kids=["2020-04", "2023-09", "2023-09"]))
m("height birth_order", "大闺女一米三五 小儿子一米一", [ht(1, 135), ht(2, 110)], known=K(city="beijing", kids=[yo(9), yo(5)]))
m("per_birth_hardship now_vs_birth birth_order", "生老二的时候领着低保 现在没了 老大那会儿也没有",
  [chb(2, True), f("hardship_now", False), chb(1, False)], known=K(city="jinan", kids=[yo(4), mo(5)]))
m("answer insurance", "居民医保 我没上班", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="jinan", kids=[mo(3)]))
m("short_year numerals relative_date multiples", "老大二二年十二月五号的 双胞胎去年三月",
  [bd(1, "2022-12-05"), bd(2, "2024-03"), bd(3, "2024-03"), n(3)], known=K(city="beijing"))
m("chitchat", "今天去打疫苗了 小家伙哭得嗷嗷的", [])
m("multiples short_year birth_order", "我们一家五口 三个娃 老三今年二月的 老大老二是双胞胎 19.10",
  [n(3), bd(3, "2025-02"), bd(1, "2019-10"), bd(2, "2019-10")], known=K(city="jinan"))
m("answer negation_housing", "不是 住自己家房子", [f("renting", False, "c"), f("owns_home_in_city", True)], asked="renting",
  known=K(city="jinan"))
m("answer height", "上礼拜体检量的 1.15m", [ht(1, 115)], asked="children.height_cm", known=K(city="jinan", kids=[yo(6)]))
m("per_birth_hardship question", "生孩子时候在领失业金 那200块也有吗", [f("hardship_at_birth", True)],
  known=K(city="jinan", kids=[mo(6)]))

T("2025-08-05")  # Tuesday: 上周X = the week of 2025-07-28
m("numerals multiples relative_date", "两千零二十年八月的龙凤胎 小儿子上周二出生的",
  [bd(1, "2020-08"), bd(2, "2020-08"), bd(3, lastweek(1)), n(3)], known=K(city="jinan"))
m("answer housing_fund", "都交 我跟她爸", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(1)]))
m("pregnancy multiples short_year", "肚里是双包胎 八个月了 老大一九年的", [due(2, preg(8)), due(3, preg(8)), bd(1, "2019")],
  known=K(city="beijing"))
m("chitchat", "孩子放暑假天天在家闹 头都大了", [])
m("correction", "说错了 我们在北京 不是济南", [f("city", "beijing", "r")], known=K(city="jinan"))
m("question", "北京生三胎有没有啥奖励", [], known=K(city="beijing"))
m("short_year multiples", "大宝23年3月 底下一对双胞胎25年5月底", [bd(1, "2023-03"), bd(2, "2025-05"), bd(3, "2025-05"), n(3)],
  known=K(city="jinan"))
m("hukou insurance", "我们不是北京户口 老婆在单位有生育保险",
  [f("hukou_in_city", False), f("birth_insurance", "employee_maternity")], known=K(city="beijing"))
m("per_birth_hardship", "生他那阵子我们领着特困", [f("hardship_at_birth", True)], known=K(city="jinan", kids=[yo(1)]))
m("answer negation_housing", "不打算 买不起", [f("buying_first_home", False, "c")], asked="buying_first_home",
  known=K(city="jinan"))
m("age multiples", "孙女刚满两岁 孙子俩是双胞胎 五十天", [bd(1, just(2)), bd(2, dago(50)), bd(3, dago(50)), n(3)],
  known=K(city="jinan"))
m("relative_date short_year birth_order", "老二前年生的 老大一八年", [bd(2, "2023"), bd(1, "2018")], known=K(city="beijing"))
m("height question", "闺女还不够一米三呢 坐地铁要刷卡不", [below(1, 130)], known=K(city="beijing", kids=[yo(5)]))
m("answer negation_housing", "没呢 一直租房子住", [f("owns_home_in_city", False, "c"), f("renting", True)],
  asked="owns_home_in_city", known=K(city="jinan"))

T("2025-12-01")  # Monday: 上周X = the week of 2025-11-24
m("relative_date multiples age", "上周四生了对双胞胎 他们姐姐八岁",
  [bd(2, lastweek(3)), bd(3, lastweek(3)), bd(1, yo(8)), n(3)], known=K(city="jinan"))
m("answer numerals", "就一个 三月廿三号生的", [n(1), bd(1, pastmonth(3, 23))], asked="children", known=K(city="jinan"))
m("numerals multiples", "闺女２０２０．１０ 双胞胎儿子２０２４．２", [bd(1, "2020-10"), bd(2, "2024-02"), bd(3, "2024-02"), n(3)],
  known=K(city="beijing"))
m("question insurance", "灵活就业的生孩子能报多少", [], known=K(city="jinan"))
m("correction short_year", "老大不是一八年的 是一七年三月 刚才手滑了", [bd(1, "2017-03", "r")],
  known=K(city="jinan", kids=["2018-03", "2022-05"]))
m("per_birth_hardship now_vs_birth", "俩娃出生的时候都没吃低保 今年开始吃上了",
  [n(2), f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="beijing", kids=[yo(7), yo(3)]))
m("short_year multiples birth_order", "四个娃 一五年的老大 一九年的老二 二四年九月的老三老四是双胞胎",
  [n(4), bd(1, "2015"), bd(2, "2019"), bd(3, "2024-09"), bd(4, "2024-09")], known=K(city="jinan"))
m("chitchat", "天冷了 娃又感冒了 唉", [])
m("answer pregnancy multiples", "明年三月 这回是双胎", [due(2, "2026-03"), due(3, "2026-03")], asked="due_date",
  known=K(city="jinan", kids=[yo(4)]))
m("housing_fund", "公积金就我自己有 俺家那口子跑出租的 没单位", [f("housing_fund_contributors", 1)], known=K(city="jinan"))
m("question hukou", "假如我们把户口迁到济南 老二能领补贴不", [f("hukou_in_city", True, "q")],
  known=K(city="jinan", kids=[yo(5), mo(4)]))
m("age", "娃今天满百天", [bd(1, dago(100))], known=K(city="beijing"))
m("answer height multiples birth_order", "老大一米四 双胞胎哥哥一米二 弟弟一米一八", [ht(1, 140), ht(2, 120), ht(3, 118)],
  asked="children.height_cm", known=K(city="beijing", kids=[yo(10), yo(6), yo(6)]))

T("2026-04-16")  # Thursday: 上周X = the week of 2026-04-06
m("relative_date multiples", "第一胎就中了个三胞胎 上周一落地的 都挺好",
  [n(3), bd(1, lastweek(0)), bd(2, lastweek(0)), bd(3, lastweek(0))], known=K(city="jinan"))
m("relative_date multiples age", "外孙去年十月生的 上头俩姐姐是双胞胎 都七岁半",
  [bd(3, "2025-10"), bd(1, yo(7)), bd(2, yo(7)), n(3)], known=K(city="beijing"))
m("correction short_year multiples", "更正一下 双胞胎是24.12.8出生的 不是十一月",
  [bd(2, "2024-12-08", "r"), bd(3, "2024-12-08", "r")], known=K(city="jinan", kids=["2019-03", "2024-11", "2024-11"]))
m("answer per_birth_hardship", "领过 那阵吃低保", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[mo(2)]))
m("question", "三岁以下托育 一个月补400是给机构还是给家长", [], known=K(city="jinan"))
m("numerals multiples", "今年元月添了双胞胎 大宝是二〇二三年的", [bd(2, "2026-01"), bd(3, "2026-01"), bd(1, "2023"), n(3)],
  known=K(city="jinan"))
m("chitchat", "谢啦 小助手辛苦", [])
m("answer insurance", "我自己交的灵活就业社保", [f("birth_insurance", "flexible_employment")], asked="birth_insurance",
  known=K(city="beijing"))
m("pregnancy multiples age", "闺女怀孕六个月了 医生说是龙凤胎 外孙女三岁",
  [due(2, preg(6)), due(3, preg(6)), bd(1, yo(3))], known=K(city="jinan"))
m("negation_housing", "在济南有套房 公积金贷款还着呢", [f("owns_home_in_city", True)], known=K(city="jinan"))
m("per_birth_hardship", "生外孙那会儿他爸妈都下岗了 领失业金来着", [chb(1, True)], known=K(city="beijing", kids=[yo(2)]))
m("age multiples", "大的两岁九个月 小的俩双胞胎 四个月", [bd(1, age(2, 9)), bd(2, mo(4)), bd(3, mo(4)), n(3)],
  known=K(city="jinan"))
m("housing_fund duration", "我和老公都交公积金 交了六年了", [f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("relative_date multiples", "大前年生的双胞胎 前年又生了个闺女", [bd(1, "2023"), bd(2, "2023"), bd(3, "2024"), n(3)],
  known=K(city="jinan"))
m("answer pregnancy multiples", "一个都没生呢 现在怀着双胞胎 五个月", [n(0), due(1, preg(5)), due(2, preg(5))],
  asked="children", known=K(city="beijing"))

T("2026-07-07")  # Tuesday: 上周X = the week of 2026-06-29
m("relative_date multiples short_year", "上周三生了 俩丫头 双胞胎 家里还有个大儿子 一六年的",
  [bd(2, lastweek(2)), bd(3, lastweek(2)), bd(1, "2016"), n(3)], known=K(city="jinan"))
m("answer hukou", "北京 不过户口在河北", [f("city", "beijing"), f("hukou_in_city", False)], asked="city")
m("correction per_birth_hardship", "不对 生孩子的时候我们是领失业金的 刚才点错了", [f("hardship_at_birth", True, "r")],
  known=K(city="jinan", hardship_at_birth=False, kids=[yo(1)]))
m("numerals multiples", "小闺女２０２６年３月生的 上面哥俩是双胞胎 ２０２１年",
  [bd(3, "2026-03"), bd(1, "2021"), bd(2, "2021"), n(3)], known=K(city="jinan"))
m("height question multiples", "我们双胞胎都一米二五了 坐地铁还免费吗", [ht(1, 125), ht(2, 125)],
  known=K(city="beijing", kids=[yo(6), yo(6)]))
m("answer negation_housing", "没有 跟公婆住", [f("renting", False, "c")], asked="renting", known=K(city="beijing"))
m("chitchat", "好的好的 我截个图", [])
m("pregnancy multiples numerals", "二胎怀的双胞胎 预产期十一月下旬", [due(2, nextmonth(11)), due(3, nextmonth(11))],
  known=K(city="jinan", kids=[yo(3)]))
m("relative_date insurance", "孩子去年十月的 生的时候单位给交着生育险",
  [bd(1, "2025-10"), f("birth_insurance", "employee_maternity")], known=K(city="jinan"))
m("answer housing_fund", "都没交", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="jinan"))
m("relative_date multiples age", "小的这个月三号生的 大的俩双胞胎四岁多",
  [bd(3, thismonth(0) + "-03"), bd(1, yo(4)), bd(2, yo(4)), n(3)], known=K(city="beijing"))
m("question", "二胎补贴要啥材料 去哪办", [], known=K(city="jinan"))

T("2026-09-09")  # Wednesday: 上周X = the week of 2026-08-31
m("relative_date multiples birth_order", "三胞胎去年生的 加上老大一共四个",
  [bd(2, "2025"), bd(3, "2025"), bd(4, "2025"), n(4)], known=K(city="jinan"))
m("answer multiples short_year", "俩 双胞胎 21年八月", [n(2), bd(1, "2021-08"), bd(2, "2021-08")], asked="children",
  known=K(city="jinan"))
m("correction insurance", "说错了 我是职工医保生育险 不是居民的", [f("birth_insurance", "employee_maternity", "r")],
  known=K(city="beijing", birth_insurance="resident_medical"))
m("short_year multiples numerals", "俺家老大20.5.20生的 今年六月十八又添了对双棒",
  [bd(1, "2020-05-20"), bd(2, "2026-06-18"), bd(3, "2026-06-18"), n(3)], known=K(city="jinan"))
m("hukou height", "俺们北京户口 大闺女一米二八 小儿子一米零二", [f("hukou_in_city", True), ht(1, 128), ht(2, 102)],
  known=K(city="beijing", kids=[yo(8), yo(4)]))
m("chitchat", "开学了 总算清净了", [])
m("now_vs_birth per_birth_hardship multiples", "现在领着低保呢 生双胞胎那年还没有",
  [f("hardship_now", True), chb(2, False), chb(3, False)], known=K(city="jinan", kids=[yo(9), yo(3), yo(3)]))
m("answer negation_housing", "有 去年买的 公积金贷了六十万", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="jinan"))
m("numerals multiples", "俩宝九月一号落地 双胞胎 第一胎", [n(2), bd(1, pastmonth(9, 1)), bd(2, pastmonth(9, 1))],
  known=K(city="jinan"))
m("answer pregnancy", "明年二月份", [due(2, "2027-02")], asked="due_date", known=K(city="jinan", kids=[yo(2)]))

T("2026-11-24")  # Tuesday: 上周X = the week of 2026-11-16
m("age multiples relative_date", "大儿子刚满十岁 小的是对双胞胎闺女 上周六出生",
  [bd(1, just(10)), bd(2, lastweek(5)), bd(3, lastweek(5)), n(3)], known=K(city="jinan"))
m("correction multiples age", "不对不对 俩小的是十个月 不是八个月", [bd(2, mo(10), "r"), bd(3, mo(10), "r")],
  known=K(city="beijing", kids=[yo(5), mo(8), mo(8)]))
m("question height", "济南的 一米三以下的孩子坐公交免票吗", [], known=K(city="jinan"))
m("short_year multiples birth_order", "老大22.12.31 双胞胎2025/4/9",
  [bd(1, "2022-12-31"), bd(2, "2025-04-09"), bd(3, "2025-04-09"), n(3)], known=K(city="jinan"))
m("answer hukou", "是的 户口本上就是济南的", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan"))
m("age per_birth_hardship now_vs_birth", "孩子都11个月了 出生那会儿没有低保 现在也没",
  [bd(1, mo(11)), f("hardship_at_birth", False), f("hardship_now", False)], known=K(city="jinan"))
m("chitchat", "周末带孩子去泉城广场玩 人山人海", [])
m("short_year multiples", "家里三个孩子 老大一二年 双胞胎一五年", [n(3), bd(1, "2012"), bd(2, "2015"), bd(3, "2015")],
  known=K(city="beijing"))
