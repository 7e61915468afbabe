# Chinese, batch 35: twins and triplets (双胞胎/龙凤胎/三胞胎/俩娃一起生的) as first, later or last birth, with ages,
# years and due dates, counts given and not given, corrections to twins; colloquial ages (快两岁了, 一岁零三个月,
# 刚过完百天, 满月酒刚办完, 上小班了 = no date); answers, chitchat and plain questions
T("2025-01-07")  # Tuesday
m("multiples age", "俺闺女头一胎就是龙凤胎 一岁零三个月了 在济南", [n(2), bd(1, age(1, 3)), bd(2, age(1, 3)), f("city", "jinan")])
m("multiples age", "双胞胎小子快两岁了 家里就他俩 天天打架", [n(2), bd(1, almost(2)), bd(2, almost(2))], known=K(city="beijing"))
m("multiples age birth_order", "老大七岁 后来又添了对双胞胎 刚过完百天", [n(3), bd(1, yo(7)), bd(2, dago(100)), bd(3, dago(100))], known=K(city="jinan"))
m("answer multiples age", "仨 三胞胎 一块儿生的 一岁零五个月", [n(3), bd(1, age(1, 5)), bd(2, age(1, 5)), bd(3, age(1, 5))],
  asked="children", known=K(city="jinan"))
m("correction multiples age", "不对 三胞胎是一岁零七个月 刚才按错了", [bd(1, age(1, 7), "r"), bd(2, age(1, 7), "r"), bd(3, age(1, 7), "r")],
  known=K(city="jinan", kids=[age(1, 5), age(1, 5), age(1, 5)]))
m("chitchat", "唉 娃们一块哭起来 俺这耳朵都要震聋了", [])
m("question multiples", "双胞胎的话育儿补贴是按人头算还是按胎算", [])
m("birth_order age", "孙女上小班了 孙子满月酒刚办完", [bd(2, mo(1))], known=K(city="beijing"))
m("answer pregnancy multiples", "大夫说是双胞胎 三月底剖", [due(1, nextmonth(3)), due(2, nextmonth(3))], asked="due_date",
  known=K(city="jinan", kids=[{"due_date": None}]))
m("age birth_order", "一岁零三个月的外孙 还有个外孙女快五岁了 都是俺闺女家的", [bd(1, almost(5)), bd(2, age(1, 3))], known=K(city="jinan"))
m("multiples hukou age", "家里就俩闺女 双胞胎 两岁半 俺们一家户口都在北京", [n(2), bd(1, yo(2)), bd(2, yo(2)), f("city", "beijing"), f("hukou_in_city", True)])
m("question", "元旦刚过 街道办上班了没 想去交材料", [])

T("2025-02-20")  # Thursday: 上周二 = 2025-02-11
m("relative_date multiples", "上周二闺女生了对双胞胎 头一胎 母子平安", [n(2), bd(1, lastweek(1)), bd(2, lastweek(1))])
m("multiples age birth_order", "大宝三岁多 下面是俩一块儿生的小子 四个月", [n(3), bd(1, yo(3)), bd(2, mo(4)), bd(3, mo(4))], known=K(city="beijing"))
m("correction multiples age", "说错了 双胞胎不是四个月 是五个月", [bd(2, mo(5), "r"), bd(3, mo(5), "r")], known=K(city="beijing", kids=[yo(3), mo(4), mo(4)]))
m("answer multiples age", "两对双胞胎 大的一对六岁 小的一对一岁零十个月", [n(4), bd(1, yo(6)), bd(2, yo(6)), bd(3, age(1, 10)), bd(4, age(1, 10))],
  asked="children", known=K(city="jinan"))
m("pregnancy multiples", "怀的双胞胎 七个月了 头胎", [due(1, preg(7)), due(2, preg(7))], known=K(city="jinan"))
m("question multiples", "双胞胎里后出来的那个算二孩还是算一孩啊", [])
m("chitchat", "刚喂完奶 一个睡了另一个又醒了 轮班似的", [])
m("height multiples birth_order", "双胞胎老大一米零五 老二还不到一米", [ht(1, 105), below(2, 100)], known=K(city="jinan", kids=[yo(4), yo(4)]))
m("age", "孙子一岁零三个月了 会走路了 就是还不会叫人", [bd(1, age(1, 3))], known=K(city="beijing"))
m("answer hukou", "是 俩孩子户口都上济南的了", [f("hukou_in_city", True, "c"), n(2)], asked="hukou_in_city", known=K(city="jinan", kids=[mo(6), mo(6)]))
m("numerals multiples", "双胞胎是2023.8生的 在历下", [bd(1, "2023-08"), bd(2, "2023-08")], known=K(city="jinan"))
m("question", "过完年了 现在能去街道办了吗", [])

T("2025-04-16")  # Wednesday
m("multiples age birth_order", "老大上大班了 后面又生了对龙凤胎 今天刚好满月", [n(3), bd(2, mo(1)), bd(3, mo(1))], known=K(city="jinan"))
m("answer age", "就一个 快两岁了 是个丫头", [n(1), bd(1, almost(2))], asked="children", known=K(city="beijing"))
m("correction age", "刚说错了 丫头是一岁零十个月", [bd(1, age(1, 10), "r")], known=K(city="beijing", kids=[almost(2)]))
m("multiples short_year", "三胞胎 三个小子 都是一六年的 就这仨", [n(3), bd(1, "2016"), bd(2, "2016"), bd(3, "2016")], known=K(city="jinan"))
m("multiples age negation_housing", "闺女头一胎就生了双胞胎 一男一女 满月酒刚办完 在北京租房子",
  [n(2), bd(1, mo(1)), bd(2, mo(1)), f("city", "beijing"), f("renting", True)])
m("question multiples", "生双胞胎产假是不是能多休十五天", [])
m("answer insurance", "城乡居民医保 俺没上班", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": "2025-08"}]))
m("pregnancy multiples age birth_order", "二胎怀的是双胞胎 预产期八月 大的三岁半", [bd(1, yo(3)), due(2, nextmonth(8)), due(3, nextmonth(8))], known=K(city="beijing"))
m("chitchat", "好嘞 懂了 回头再来找你", [])
m("age birth_order", "大孙子上小班了 小孙女一岁零三个月", [bd(2, age(1, 3))], known=K(city="jinan"))
m("correction multiples relative_date", "不对 龙凤胎是去年十月生的 不是九月", [bd(2, "2024-10", "r"), bd(3, "2024-10", "r")],
  known=K(city="jinan", kids=[yo(6), "2024-09", "2024-09"]))
m("age", "外孙刚满六个月 闺女一个人带着 挺不容易", [bd(1, mo(6))], known=K(city="beijing"))

T("2025-06-03")  # Tuesday: 上周五 = 2025-05-30
m("relative_date multiples", "上周五生的 三胞胎 俩丫头一个小子 头回当妈 都在保温箱里", [n(3), bd(1, lastweek(4)), bd(2, lastweek(4)), bd(3, lastweek(4))])
m("answer multiples age", "俩 龙凤胎 九个多月", [n(2), bd(1, mo(9)), bd(2, mo(9))], asked="children", known=K(city="beijing"))
m("multiples age birth_order", "大闺女十岁 小的是双胞胎 一岁零两个月 一共仨", [n(3), bd(1, yo(10)), bd(2, age(1, 2)), bd(3, age(1, 2))], known=K(city="jinan"))
m("multiples housing_fund", "就一对双胞胎孙子 上小班了 儿子儿媳在济南 俩人都交公积金", [n(2), f("city", "jinan"), f("housing_fund_contributors", 2)])
m("question multiples", "三胞胎能领三份托育补贴不", [])
m("pregnancy multiples", "怀孕四个月 B超说是俩", [due(1, preg(4)), due(2, preg(4))], known=K(city="beijing"))
m("chitchat", "端午吃粽子了没 俺包了一锅", [])
m("answer per_birth_hardship multiples", "生双胞胎那会儿在领低保", [chb(2, True), chb(3, True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(8), "2024-03", "2024-03"]))
m("age relative_date birth_order", "老大一岁零三个月 老二昨儿个生的", [bd(1, age(1, 3)), bd(2, back(1))], known=K(city="jinan"))
m("correction multiples relative_date", "更正 双胞胎是前天生的 不是昨天", [bd(1, back(2), "r"), bd(2, back(2), "r")], known=K(city="beijing", kids=[back(1), back(1)]))
m("age", "娃快两岁了 还不太会说话 正常不", [bd(1, almost(2))], known=K(city="jinan"))

T("2025-08-14")  # Thursday
m("height multiples birth_order", "双胞胎大的一米一 小的一米零八", [ht(1, 110), ht(2, 108)], known=K(city="jinan", kids=[yo(5), yo(5)]))
m("answer multiples birth_order", "一对龙凤胎 加上老大 仨", [n(3)], asked="children", known=K(city="beijing"))
m("multiples age", "俺家就这三胞胎 快两岁了", [n(3), bd(1, almost(2)), bd(2, almost(2)), bd(3, almost(2))], known=K(city="jinan"))
m("correction multiples age", "三胞胎不是快两岁 是两岁零一个月", [bd(1, age(2, 1), "r"), bd(2, age(2, 1), "r"), bd(3, age(2, 1), "r")],
  known=K(city="jinan", kids=[almost(2), almost(2), almost(2)]))
m("relative_date multiples", "前天剖的 头胎就是双胞胎 俩丫头", [n(2), bd(1, back(2)), bd(2, back(2))], known=K(city="beijing"))
m("question multiples", "双胞胎要是明年生 还能按今年的政策算吗", [due(1, year(1), "q"), due(2, year(1), "q")],
  known=K(city="jinan", kids=[{"due_date": None}, {"due_date": None}]))
m("age birth_order", "孙女上小班了 孙子刚过完百天 儿媳妇在家带", [bd(2, dago(100))], known=K(city="jinan"))
m("chitchat", "这天热的 娃身上都起痱子了", [])
m("answer negation_housing", "没有 住的单位宿舍", [f("renting", False, "c")], asked="renting", known=K(city="beijing", kids=[yo(1)]))
m("age birth_order hukou", "外孙女一岁零三个月 外孙快四岁 闺女一家户口不在北京", [bd(1, almost(4)), bd(2, age(1, 3)), f("hukou_in_city", False)],
  known=K(city="beijing"))
m("question", "三岁以上就不给托育补贴了是吧", [])

T("2025-10-30")  # Thursday: 上周一 = 2025-10-20
m("relative_date multiples age birth_order", "上周一孙子孙女一块出生的 龙凤胎 上头还有个哥哥 五岁",
  [bd(1, yo(5)), bd(2, lastweek(0)), bd(3, lastweek(0)), n(3)])
m("answer multiples age birth_order", "三个 大的那俩是双胞胎 八岁 小的快两岁了", [n(3), bd(1, yo(8)), bd(2, yo(8)), bd(3, almost(2))],
  asked="children", known=K(city="jinan"))
m("correction age birth_order", "老三说错了 是一岁零十个月", [bd(3, age(1, 10), "r")], known=K(city="jinan", kids=[yo(8), yo(8), almost(2)]))
m("pregnancy multiples", "怀了三胞胎 才三个月 吓死了 头一胎", [due(1, preg(3)), due(2, preg(3)), due(3, preg(3))], known=K(city="beijing"))
m("question multiples", "三胞胎早产住保温箱 医保能报多少", [])
m("answer pregnancy multiples", "双胞胎 医生说明年一月上旬", [due(2, "2026-01"), due(3, "2026-01")], asked="due_date",
  known=K(city="jinan", kids=[yo(2), {"due_date": None}]))
m("chitchat", "头一回用这个 字打不利索 见谅啊", [])
m("multiples age birth_order", "双胞胎满月酒刚办完 这是二胎 大的上小班了", [n(3), bd(2, mo(1)), bd(3, mo(1))], known=K(city="jinan"))
m("height multiples birth_order", "龙凤胎 哥哥一米二 妹妹还不到一米二", [ht(1, 120), below(2, 120)], known=K(city="beijing", kids=[yo(6), yo(6)]))
m("age birth_order", "孙子一岁零六个月 孙女刚满月", [bd(1, age(1, 6)), bd(2, mo(1))], known=K(city="jinan"))
m("answer housing_fund", "一个没有 俺俩都是打零工的", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[mo(3), mo(3)]))
m("question", "双胞胎出生证明是两张还是一张", [])

T("2025-12-09")  # Tuesday
m("multiples relative_date birth_order", "双胞胎是前年生的 老三上个月也出来了", [bd(1, "2023"), bd(2, "2023"), bd(3, thismonth(-1)), n(3)], known=K(city="beijing"))
m("answer multiples", "五个 一对双胞胎 一对龙凤胎 还有个老大", [n(5)], asked="children", known=K(city="jinan"))
m("multiples age pregnancy", "闺女头胎是双胞胎 快两岁了 现在又怀上了 五个月", [n(2), bd(1, almost(2)), bd(2, almost(2)), due(3, preg(5))], known=K(city="jinan"))
m("question multiples", "二胎生了双胞胎 是算一个二孩一个三孩吗", [])
m("relative_date multiples age birth_order", "昨天生的双胞胎 俩儿子 前面还有个闺女 四岁半", [bd(1, yo(4)), bd(2, back(1)), bd(3, back(1)), n(3)],
  known=K(city="beijing"))
m("chitchat", "天冷了 出门得把娃裹严实了", [])
m("answer insurance", "啥保险都没交 俺在家带孩子", [f("birth_insurance", "none")], asked="birth_insurance", known=K(city="beijing", kids=[yo(3), {"due_date": "2026-04"}]))
m("multiples age hukou", "就这仨 三胞胎 一岁零三个月 在北京 北京户口", [n(3), bd(1, age(1, 3)), bd(2, age(1, 3)), bd(3, age(1, 3)),
  f("city", "beijing"), f("hukou_in_city", True)])
m("correction height multiples birth_order", "老大说错了 是一米二三 不是一米三二", [ht(1, 123, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(7), "height_cm": 132}, yo(7)]))
m("age", "小孙女刚满百天 俺儿子在济南上班", [bd(1, dago(100)), f("city", "jinan")])
m("age birth_order", "俩外孙 大的快三岁了 小的四个月", [n(2), bd(1, almost(3)), bd(2, mo(4))], known=K(city="beijing"))

T("2026-01-22")  # Thursday: 上周三 = 2026-01-14
m("relative_date multiples age birth_order", "上周三双胞胎孙女出生了 儿子家第二胎 大孙子三岁", [bd(1, yo(3)), bd(2, lastweek(2)), bd(3, lastweek(2)), n(3)])
m("answer multiples age", "两个 一块生的 一岁零八个月", [n(2), bd(1, age(1, 8)), bd(2, age(1, 8))], asked="children", known=K(city="beijing"))
m("multiples age negation_housing", "头胎双胞胎 刚过完百天 在济南 房子是租的", [n(2), bd(1, dago(100)), bd(2, dago(100)), f("city", "jinan"), f("renting", True)])
m("age question", "孩子快两岁了 还能申请托育补贴不", [bd(1, almost(2))], known=K(city="jinan"))
m("chitchat", "腊月了 家里忙着办年货呢", [])
m("multiples age pregnancy birth_order", "老大老二双胞胎 八岁 老三一岁零三个月 老四还在肚子里", [bd(1, yo(8)), bd(2, yo(8)), bd(3, age(1, 3)), due(4, None)],
  known=K(city="jinan"))
m("answer housing_fund", "俩 我和孩子他妈", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors", known=K(city="beijing", kids=[mo(2), mo(2)]))
m("answer pregnancy multiples", "还没生呢 怀着双胞胎", [n(0), due(1, None), due(2, None)], asked="children", known=K(city="jinan"))
m("correction multiples age", "双胞胎说错了 是一岁零九个月", [bd(1, age(1, 9), "r"), bd(2, age(1, 9), "r")], known=K(city="beijing", kids=[age(1, 8), age(1, 8)]))
m("answer pregnancy", "说是三月中旬", [due(2, nextmonth(3))], asked="due_date", known=K(city="jinan", kids=[yo(4), {"due_date": None}]))
m("question", "济南二孩补贴现在还有没有", [])

T("2026-03-05")  # Thursday: 上周四 = 2026-02-26
m("relative_date multiples", "上周四头胎生了三胞胎 全是小子", [n(3), bd(1, lastweek(3)), bd(2, lastweek(3)), bd(3, lastweek(3))], known=K(city="jinan"))
m("answer age", "一个 小子 一岁零十一个月", [n(1), bd(1, age(1, 11))], asked="children", known=K(city="beijing"))
m("multiples short_year age birth_order", "仨娃 双胞胎姐妹二三年五月生的 还有个弟弟刚满月", [n(3), bd(1, "2023-05"), bd(2, "2023-05"), bd(3, mo(1))],
  known=K(city="jinan"))
m("correction multiples short_year", "双胞胎生日说错了 是二三年六月", [bd(1, "2023-06", "r"), bd(2, "2023-06", "r")],
  known=K(city="jinan", kids=["2023-05", "2023-05", mo(1)]))
m("question multiples", "北京生双胞胎产假能多给几天", [])
m("answer pregnancy multiples", "六月底 是双胞胎", [due(1, nextmonth(6)), due(2, nextmonth(6))], asked="due_date", known=K(city="beijing", kids=[{"due_date": None}]))
m("multiples age negation_housing", "闺女就生了这一对龙凤胎 一岁零三个月 闺女女婿在济南有房", [n(2), bd(1, age(1, 3)), bd(2, age(1, 3)),
  f("city", "jinan"), f("owns_home_in_city", True)])
m("chitchat", "孩子们开学了 俺终于能喘口气", [])
m("height question birth_order", "老大老二都还不到一米二 坐高铁要买票不", [below(1, 120), below(2, 120)], known=K(city="jinan", kids=[yo(5), yo(5)]))
m("age birth_order", "大的上小班了 小的一岁零三个月 俩都是闺女", [n(2), bd(2, age(1, 3))], known=K(city="beijing"))
m("question", "补贴是打到孩子妈卡上还是孩子爸卡上", [])

T("2026-05-19")  # Tuesday: 上周六 = 2026-05-16 (this week's Saturday is still ahead)
m("relative_date multiples", "上周六双胞胎落地了 俩闺女 头胎", [n(2), bd(1, lastweek(5)), bd(2, lastweek(5))], known=K(city="beijing"))
m("answer multiples age", "三个 都是一胎生的 刚满月", [n(3), bd(1, mo(1)), bd(2, mo(1)), bd(3, mo(1))], asked="children", known=K(city="jinan"))
m("correction multiples age", "不对 三胞胎两个月了", [bd(1, mo(2), "r"), bd(2, mo(2), "r"), bd(3, mo(2), "r")], known=K(city="jinan", kids=[mo(1), mo(1), mo(1)]))
m("age birth_order now_vs_birth", "孙子一岁零三个月 孙女快三岁 儿媳妇现在领着低保", [bd(1, almost(3)), bd(2, age(1, 3)), f("hardship_now", True)], known=K(city="jinan"))
m("question multiples", "双胞胎的补贴是给两份吗", [])
m("multiples age relative_date birth_order", "龙凤胎五岁了 上大班 妹妹是去年十二月生的", [bd(1, yo(5)), bd(2, yo(5)), bd(3, "2025-12"), n(3)], known=K(city="beijing"))
m("chitchat", "好的好的 俺让孩子他爸明儿来弄", [])
m("answer per_birth_hardship multiples birth_order", "生双胞胎时没领 生老大时在领失业金", [chb(2, False), chb(3, False), chb(1, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=[yo(7), yo(2), yo(2)]))
m("multiples age hukou", "俩娃一起生的 一岁零九个月 在北京 户口不是北京的", [n(2), bd(1, age(1, 9)), bd(2, age(1, 9)), f("city", "beijing"), f("hukou_in_city", False)])
m("age", "孩子满月酒刚办完 俺们是济南的", [bd(1, mo(1)), f("city", "jinan")])
m("answer negation_housing", "不打算 先租着", [f("buying_first_home", False, "c"), f("renting", True)], asked="buying_first_home", known=K(city="beijing", kids=[mo(4), mo(4)]))

T("2026-07-08")  # Wednesday: 上周二 = 2026-06-30
m("relative_date multiples birth_order", "上周二生的龙凤胎 家里老大都上初中了", [n(3), bd(2, lastweek(1)), bd(3, lastweek(1))], known=K(city="beijing"))
m("answer age", "就一个 两岁零三个月", [n(1), bd(1, age(2, 3))], asked="children", known=K(city="jinan"))
m("multiples negation_housing", "俺家就这三胞胎 都上小班了 在济南有套房", [n(3), f("city", "jinan"), f("owns_home_in_city", True)])
m("answer pregnancy multiples", "十月 一对儿", [due(1, nextmonth(10)), due(2, nextmonth(10))], asked="due_date", known=K(city="beijing", kids=[{"due_date": None}]))
m("correction pregnancy multiples", "更正 预产期是十一月 不是十月", [due(1, nextmonth(11), "r"), due(2, nextmonth(11), "r")],
  known=K(city="beijing", kids=[{"due_date": "2026-10"}, {"due_date": "2026-10"}]))
m("question multiples", "三胞胎每个娃都能领育儿补贴吗", [])
m("multiples age", "闺女头胎生的双胞胎 刚满月 外孙女黄疸还没退", [n(2), bd(1, mo(1)), bd(2, mo(1))], known=K(city="jinan"))
m("chitchat", "放暑假了 大的在家天天抱着平板", [])
m("multiples age birth_order", "大孙女九岁 双胞胎孙子一岁零三个月", [bd(1, yo(9)), bd(2, age(1, 3)), bd(3, age(1, 3)), n(3)], known=K(city="beijing"))
m("answer negation_housing", "有 在昌平有一套", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city", known=K(city="beijing", kids=[yo(2)]))
m("age", "外孙快两岁了 闺女说想把他送托育园", [bd(1, almost(2))], known=K(city="jinan"))

T("2026-09-24")  # Thursday: 上周三 = 2026-09-16
m("relative_date multiples age birth_order", "上周三生的 一对小子 老大是闺女 六岁", [bd(1, yo(6)), bd(2, lastweek(2)), bd(3, lastweek(2)), n(3)],
  known=K(city="jinan"))
m("answer multiples", "俩 双胞胎 刚上小班", [n(2)], asked="children", known=K(city="beijing"))
m("multiples age birth_order", "快两岁的双胞胎 还有个四个月的老三", [bd(1, almost(2)), bd(2, almost(2)), bd(3, mo(4))], known=K(city="jinan"))
m("correction age birth_order", "老三说错了 不是四个月 是五个月", [bd(3, mo(5), "r")], known=K(city="jinan", kids=[almost(2), almost(2), mo(4)]))
m("pregnancy multiples birth_order", "怀孕八个月 双胞胎 这是三胎", [due(3, preg(8)), due(4, preg(8))], known=K(city="beijing", kids=[yo(6), yo(3)]))
m("question multiples birth_order", "如果双胞胎是十二月生 今年还能领吗", [due(3, nextmonth(12), "q"), due(4, nextmonth(12), "q")],
  known=K(city="beijing", kids=[yo(6), yo(3), {"due_date": "2026-11"}, {"due_date": "2026-11"}]))
m("chitchat", "中秋快乐 吃月饼了没", [])
m("answer height multiples birth_order", "哥哥一米一 弟弟一米一二", [ht(1, 110), ht(2, 112)], asked="children.height_cm", known=K(city="jinan", kids=[yo(6), yo(6)]))
m("age birth_order", "孙女一岁零三个月 孙子上小班了", [bd(2, age(1, 3))], known=K(city="jinan"))
m("answer hukou", "不是 俺们户口在聊城", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[mo(5), mo(5)]))
m("question", "国庆放假期间能在网上申请吗", [])

T("2026-11-17")  # Tuesday: 上周一 = 2026-11-09
m("relative_date", "上周一外孙女出生了 这是闺女头一胎", [bd(1, lastweek(0))], known=K(city="beijing"))
m("multiples age negation_housing", "头胎龙凤胎 一岁零三个月 刚会走 在北京租房住", [n(2), bd(1, age(1, 3)), bd(2, age(1, 3)), f("city", "beijing"), f("renting", True)])
m("answer multiples age birth_order", "三个 老大八岁 后面是双胞胎 满月酒刚办完", [n(3), bd(1, yo(8)), bd(2, mo(1)), bd(3, mo(1))], asked="children", known=K(city="jinan"))
m("correction age birth_order", "说错了 老大是九岁", [bd(1, yo(9), "r")], known=K(city="jinan", kids=[yo(8), mo(1), mo(1)]))
m("question multiples", "双胞胎是不是按一胎算产假", [])
m("answer", "济南 天桥区", [f("city", "jinan")], asked="city")
m("pregnancy multiples", "三胞胎 明年二月预产期 头一胎", [due(1, "2027-02"), due(2, "2027-02"), due(3, "2027-02")], known=K(city="beijing"))
m("chitchat", "谢谢啊 你们辛苦了", [])
m("age birth_order", "大外孙快五岁了 小外孙一岁零三个月", [bd(1, almost(5)), bd(2, age(1, 3))], known=K(city="jinan"))
m("correction multiples age", "说错了 龙凤胎不是一岁零三个月 是一岁零五个月", [bd(1, age(1, 5), "r"), bd(2, age(1, 5), "r")],
  known=K(city="beijing", kids=[age(1, 3), age(1, 3)]))
m("multiples age birth_order", "俺是爷爷 双胞胎孙子刚过完百天 还有个大孙女 快六岁了", [n(3), bd(1, almost(6)), bd(2, dago(100)), bd(3, dago(100))],
  known=K(city="jinan"))
m("question multiples", "问一下 三胞胎的生育津贴按几个月算", [])
m("answer multiples", "四个 头胎一个 二胎是三胞胎", [n(4)], asked="children", known=K(city="beijing"))
m("answer per_birth_hardship", "没领过", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=[mo(3), mo(3)]))
