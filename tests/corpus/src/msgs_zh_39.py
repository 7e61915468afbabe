# Chinese, batch 39: hardship at each birth told child by child (低保/特困/失业金 at one birth but not another,
# twins born while on dibao, a grandparent telling it, hardship that began after a birth), hardship now versus at
# the birth (现在还领着 / 前年就停了 / 生的时候还没领); multiples (双胞胎, 龙凤胎, 三胞胎, 俩娃一块生的) beside older
# children, twins' ages, twins on the way; loose answers to the hardship questions; chitchat and plain questions
T("2025-02-11")  # Tuesday: 上周X = the week of 2025-02-03..09
m("per_birth_hardship birth_order now_vs_birth", "俺家老二落地那阵正吃着低保 老大出生那年还没吃上 这两年也还吃着",
  [chb(2, True), chb(1, False), f("hardship_now", True)], known=K(city="jinan", kids=["2016-05", "2022-09"]))
m("multiples age per_birth_hardship", "龙凤胎七个月了 生他俩那时候家里刚办下来特困", [n(2), bd(1, mo(7)), bd(2, mo(7)), chb(1, True), chb(2, True)],
  known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "老二那会有 老大那会没有", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2018-10", "2023-04"]))
m("relative_date multiples birth_order", "上周六生了对双棒儿 上头还有个姐姐上二年级", [bd(2, lastweek(5)), bd(3, lastweek(5)), n(3)],
  known=K(city="beijing"))
m("chitchat", "过年走亲戚走的腿都细了", [])
m("question", "领失业金的算不算困难家庭啊", [])
m("now_vs_birth per_birth_hardship", "前年就停了低保 孩子是去年生的 生的时候已经不领了",
  [f("hardship_now", False), bd(1, year(-1)), f("hardship_at_birth", False)], known=K(city="jinan"))
m("multiples pregnancy birth_order", "老大四岁半 这回怀的是双胞胎 预产期八月", [bd(1, yo(4)), due(2, nextmonth(8)), due(3, nextmonth(8))],
  known=K(city="jinan"))
m("now_vs_birth", "低保这会儿领着呢 一个月几百块", [f("hardship_now", True)], known=K(city="jinan", kids=["2024-03"]))
m("correction per_birth_hardship birth_order", "刚才说反了 是生老大那会领的失业金 老二那会没领",
  [chb(1, True, "r"), chb(2, False, "r")], known=K(city="beijing", kids=[{"birth_date": "2019-07", "hardship_at_birth": False},
                                                                       {"birth_date": "2023-01", "hardship_at_birth": True}]))
m("age hukou", "外孙子一岁零四个月 跟着俺闺女在北京 户口落的北京", [bd(1, age(1, 4)), f("city", "beijing"), f("hukou_in_city", True)])
m("answer", "济南历城的", [f("city", "jinan")], asked="city")

T("2025-04-08")  # Tuesday
m("multiples per_birth_hardship now_vs_birth birth_order", "仨孩 大的十岁 底下俩是一块生的双胞胎 生双胞胎那年俺家低保刚批 生老大那会儿还没有 现在也还领",
  [n(3), bd(1, yo(10)), chb(2, True), chb(3, True), chb(1, False), f("hardship_now", True)], known=K(city="jinan"))
m("per_birth_hardship", "俺是奶奶 孙子出生时候他爸正领失业金 俺们一家在济南", [f("hardship_at_birth", True), f("city", "jinan")])
m("answer per_birth_hardship", "都没领过 这几年才开始领", [f("hardship_at_birth", False, "c"), f("hardship_now", True)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2017-03", "2021-11"]))
m("multiples age", "三胞胎 今儿刚满百天", [n(3), bd(1, dago(100)), bd(2, dago(100)), bd(3, dago(100))], known=K(city="beijing"))
m("question", "低保户生二胎补贴多给不多给", [])
m("chitchat", "你这机器人还挺有耐心的", [])
m("now_vs_birth", "特困去年年底给取消了", [f("hardship_now", False)], known=K(city="jinan", kids=["2020-02"]))
m("correction multiples", "不对 双胞胎是三月五号生的 不是三月六号", [bd(1, "2025-03-05", "r"), bd(2, "2025-03-05", "r")],
  known=K(city="jinan", kids=["2025-03-06", "2025-03-06"]))
m("answer", "俩 都是去年一块生的", [n(2), bd(1, year(-1)), bd(2, year(-1))], asked="children", known=K(city="jinan"))
m("per_birth_hardship birth_order", "生三宝时候家里吃低保 大宝二宝出生那几年日子还过得去",
  [chb(3, True), chb(1, False), chb(2, False)], known=K(city="jinan", kids=["2014-08", "2018-01", "2024-12"]))
m("age multiples hukou", "俺们不是北京户口 在北京租房 龙凤胎两岁半", [f("hukou_in_city", False), f("city", "beijing"), f("renting", True),
  bd(1, yo(2)), bd(2, yo(2))])
m("relative_date", "二宝上周四生的 六斤二两", [bd(2, lastweek(3))], known=K(city="jinan", kids=["2020-06"]))

T("2025-06-19")  # Thursday
m("per_birth_hardship now_vs_birth birth_order", "生老大那年俺失业了 领了大半年失业金 生老二时候早上班了 现在啥也不领了",
  [chb(1, True), chb(2, False), f("hardship_now", False)], known=K(city="jinan", kids=["2019-04", "2024-02"]))
m("answer per_birth_hardship", "生孩子那阵儿没领 是孩子满月以后才申请的低保", [f("hardship_at_birth", False)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2024-11"]))
m("multiples age birth_order", "家里四个娃 老大八岁 老二五岁 小的是对双胞胎 一岁多", [n(4), bd(1, yo(8)), bd(2, yo(5)), bd(3, yo(1)), bd(4, yo(1))],
  known=K(city="jinan"))
m("question", "失业金领完的那种算不算", [])
m("answer now_vs_birth per_birth_hardship", "没有 生的时候没领 现在也不领", [f("hardship_at_birth", False, "c"), f("hardship_now", False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2022-08"]))
m("chitchat", "热死了 济南这天跟蒸笼似的", [])
m("pregnancy multiples per_birth_hardship", "肚里是双胞胎 六个月了 老大生的时候俺们吃低保来着",
  [due(2, preg(6)), due(3, preg(6)), chb(1, True)], known=K(city="jinan", kids=["2021-03"]))
m("correction now_vs_birth", "说错了 低保现在没领了 上个月停的", [f("hardship_now", False, "r")], known=K(city="jinan", hardship_now=True,
  kids=["2023-05"]))
m("answer", "仨 大的一个 还有一对双胞胎", [n(3)], asked="children", known=K(city="beijing"))
m("multiples age per_birth_hardship", "俺是爷爷 孙子孙女是龙凤胎 一岁零五个月 生他俩那会儿儿子还吃着低保",
  [n(2), bd(1, age(1, 5)), bd(2, age(1, 5)), chb(1, True), chb(2, True)], known=K(city="jinan"))
m("insurance", "俺媳妇是居民医保 没上班", [f("birth_insurance", "resident_medical")], known=K(city="jinan", kids=[{"due_date": "2025-10"}]))
m("per_birth_hardship", "姥姥来问 外孙女出生那个月她妈正领特困供养 这个能补吗", [f("hardship_at_birth", True)], known=K(city="jinan"))

T("2025-08-05")  # Tuesday
m("multiples per_birth_hardship now_vs_birth", "俩娃一块生的 那时候吃着低保 今年开春不吃了",
  [n(2), chb(1, True), chb(2, True), f("hardship_now", False)], known=K(city="jinan"))
m("answer per_birth_hardship", "都领着 生哪个那会都在低保上", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2018-02", "2023-07"]))
m("relative_date multiples", "双胞胎上周三剖出来的 头一胎", [n(2), bd(1, lastweek(2)), bd(2, lastweek(2))], known=K(city="beijing"))
m("question", "龙凤胎能按两个孩子领吗", [])
m("per_birth_hardship birth_order", "老三是在领失业金的时候生的 老大老二那会俺还在厂里上班",
  [chb(3, True), chb(1, False), chb(2, False)], known=K(city="beijing", kids=["2013-09", "2016-12", "2025-01"]))
m("chitchat", "孩子哭了 等会再说", [])
m("age multiples birth_order", "老大五岁多 又添了对双胞胎三个月大 都在济南上的户口",
  [bd(1, yo(5)), bd(2, mo(3)), bd(3, mo(3)), n(3), f("city", "jinan"), f("hukou_in_city", True)])
m("answer", "不是 生的时候没有 后来才有的", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2021-10"]))
m("now_vs_birth", "现在没领低保", [f("hardship_now", False)], known=K(city="beijing", kids=["2024-04"]))
m("correction multiples", "不对 双胞胎是八月一号生的 记成七月了", [bd(1, "2025-08-01", "r"), bd(2, "2025-08-01", "r")],
  known=K(city="jinan", kids=["2025-07-01", "2025-07-01"]))
m("housing_fund", "就俺一个人交公积金 她没交", [f("housing_fund_contributors", 1)], known=K(city="jinan", kids=["2025-05"]))
m("hukou per_birth_hardship", "咱是济南户口 生娃那会在吃低保", [f("city", "jinan"), f("hukou_in_city", True), f("hardship_at_birth", True)],
  known=K(kids=["2025-03"]))

T("2025-10-14")  # Tuesday
m("per_birth_hardship birth_order now_vs_birth", "大孙子出生时候儿子一家还领着特困 到小孙女那会就不领了 现在也不领",
  [chb(1, True), chb(2, False), f("hardship_now", False)], known=K(city="jinan", kids=["2018-06", "2024-09"]))
m("multiples age", "哥俩是双胞胎 快三岁了", [n(2), bd(1, almost(3)), bd(2, almost(3))], known=K(city="beijing"))
m("answer per_birth_hardship", "就生双胞胎那回有 老大那回没", [chb(2, True), chb(3, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2017-11", "2024-05", "2024-05"]))
m("question", "二孩三孩的补贴是不是不一样", [])
m("chitchat", "国庆带孩子回老家了 刚回来", [])
m("pregnancy multiples", "查出来是双胎 预产期明年四月", [due(1, "2026-04"), due(2, "2026-04")], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship", "闺女出生那会还没领低保 今年才领上的",
  [chb(1, False), f("hardship_now", True)], known=K(city="beijing", kids=["2023-02"]))
m("answer", "北京的 朝阳", [f("city", "beijing")], asked="city")
m("height multiples", "双胞胎一个一米零五 一个一米零二", [ht(1, 105), ht(2, 102)], known=K(city="jinan", kids=["2020-08", "2020-08"]))
m("correction per_birth_hardship birth_order", "说错了 生老二时候是领着失业金的", [chb(2, True, "r")],
  known=K(city="jinan", kids=["2019-01", {"birth_date": "2024-07", "hardship_at_birth": False}]))
m("answer insurance", "单位给交的生育险", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": "2026-02"}]))
m("age birth_order", "大的上初中了 十三岁 小的才八个月", [bd(1, yo(13)), bd(2, mo(8))], known=K(city="jinan"))

T("2025-12-02")  # Tuesday
m("per_birth_hardship multiples now_vs_birth", "俺是姥爷 闺女就生了一对双胞胎 生的时候闺女正领失业金 现在失业金早领完了",
  [n(2), chb(1, True), chb(2, True), f("hardship_now", False)], known=K(city="jinan"))
m("answer per_birth_hardship", "生老大时候没有 生老二时候有", [chb(1, False), chb(2, True)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2020-10", "2025-06"]))
m("relative_date multiples birth_order", "上礼拜一生的龙凤胎 老大在家等着看弟弟妹妹呢", [bd(2, lastweek(0)), bd(3, lastweek(0)), n(3)],
  known=K(city="jinan"))
m("question", "特困供养和低保哪个能领这个", [])
m("chitchat", "好的 我再去问问社区", [])
m("now_vs_birth", "低保现在还吃着", [f("hardship_now", True)], known=K(city="jinan", kids=["2025-04"]))
m("per_birth_hardship birth_order", "生老二老三那两回都领着特困 老大那会没有",
  [chb(2, True), chb(3, True), chb(1, False)], known=K(city="jinan", kids=["2012-07", "2019-03", "2023-10"]))
m("age multiples", "三胞胎 一岁零一个月 在北京", [n(3), bd(1, age(1, 1)), bd(2, age(1, 1)), bd(3, age(1, 1)), f("city", "beijing")])
m("correction age", "不对 俩双胞胎是十个月 不是八个月", [bd(1, mo(10), "r"), bd(2, mo(10), "r")], known=K(city="jinan", kids=[mo(8), mo(8)]))
m("answer", "一个都还没生呢 肚里怀着一个", [n(0), due(1, None)], asked="children", known=K(city="jinan"))
m("housing_fund answer", "两口子都交", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors", known=K(city="beijing", kids=["2024-12"]))
m("per_birth_hardship", "生娃的时候那会家里低保还没批下来", [f("hardship_at_birth", False)], known=K(city="jinan", kids=["2025-09"]))

T("2026-01-22")  # Thursday
m("per_birth_hardship now_vs_birth birth_order multiples", "老大是前年生的 生的时候没低保 去年又生了对双胞胎 那时候就开始领了 到现在还领",
  [bd(1, "2024"), chb(1, False), bd(2, "2025"), bd(3, "2025"), n(3), chb(2, True), chb(3, True), f("hardship_now", True)], known=K(city="jinan"))
m("answer per_birth_hardship", "嗯 都领着 俩孩子出生都赶上了", [f("hardship_at_birth", True, "c"), n(2)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2019-05", "2023-12"]))
m("relative_date", "二胎上周一出生的", [bd(2, lastweek(0))], known=K(city="beijing", kids=["2021-01"]))
m("question", "双胞胎坐车买票是按一个算还是俩算", [])
m("chitchat", "下雪了路滑 不想出门", [])
m("age multiples birth_order", "大丫头九岁 底下一对双胞胎丫头五岁半", [bd(1, yo(9)), bd(2, yo(5)), bd(3, yo(5)), n(3)], known=K(city="jinan"))
m("now_vs_birth", "低保是去年停的", [f("hardship_now", False)], known=K(city="jinan", kids=["2022-03"]))
m("answer per_birth_hardship", "没 那阵子两口子都在厂里", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2025-11"]))
m("pregnancy multiples birth_order", "家里有个老大了 这胎是龙凤胎 怀孕五个月", [due(2, preg(5)), due(3, preg(5))], known=K(city="jinan", kids=["2022-08"]))
m("correction per_birth_hardship birth_order", "搞错了 老三出生时候没领失业金", [chb(3, False, "r")],
  known=K(city="jinan", kids=["2015-02", "2018-09", {"birth_date": "2025-06", "hardship_at_birth": True}]))
m("hukou", "户口还在老家 没迁过来", [f("hukou_in_city", False)], known=K(city="beijing", kids=["2025-02"]))
m("answer", "两个 一个一八年一个二三年", [n(2), bd(1, "2018"), bd(2, "2023")], asked="children", known=K(city="jinan"))

T("2026-03-10")  # Tuesday
m("per_birth_hardship birth_order", "奶奶说一下 大孙女生下来时候儿子在吃低保 二孙子出生那会儿儿子找着活了 不吃了",
  [chb(1, True), chb(2, False)], known=K(city="jinan", kids=["2020-07", "2025-08"]))
m("multiples age now_vs_birth", "双胞胎闺女两个月 现在家里靠失业金过", [n(2), bd(1, mo(2)), bd(2, mo(2)), f("hardship_now", True)],
  known=K(city="jinan"))
m("answer per_birth_hardship", "生老三那回有 前头俩没有", [chb(3, True), chb(1, False), chb(2, False)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2014-03", "2017-06", "2025-12"]))
m("relative_date multiples", "上周五俩宝贝一起出来的 第一次当妈", [n(2), bd(1, lastweek(4)), bd(2, lastweek(4))], known=K(city="jinan"))
m("question", "低保是看生孩子那会儿还是看现在啊", [])
m("chitchat", "开学了 总算清净点", [])
m("now_vs_birth per_birth_hardship", "孩子生完大概半年才开始领特困 生的时候没有 现在还领",
  [f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="jinan", kids=["2024-06"]))
m("age multiples birth_order", "老大十一岁 下面是对龙凤胎 七岁", [bd(1, yo(11)), bd(2, yo(7)), bd(3, yo(7)), n(3)], known=K(city="beijing"))
m("correction now_vs_birth", "更正一下 低保还在领 没停", [f("hardship_now", True, "r")], known=K(city="jinan", hardship_now=False,
  kids=["2023-09"]))
m("answer", "不是 租的房", [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city", known=K(city="beijing", kids=["2024-01"]))
m("pregnancy", "怀着呢 三个月", [due(1, preg(3))], known=K(city="jinan"))
m("height birth_order", "大宝还不到一米二 二宝八十五公分", [below(1, 120), ht(2, 85)], known=K(city="jinan", kids=["2020-04", "2024-10"]))

T("2026-05-07")  # Thursday
m("per_birth_hardship multiples now_vs_birth birth_order", "生老大老二那对双胞胎时候没领 生老三那年领着低保 到今年一直领",
  [chb(1, False), chb(2, False), chb(3, True), f("hardship_now", True)], known=K(city="jinan", kids=["2018-04", "2018-04", "2023-09"]))
m("answer per_birth_hardship", "都领着呢 俩回都是", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2020-09", "2024-02"]))
m("relative_date multiples", "上周二生的龙凤胎 这是头胎", [n(2), bd(1, lastweek(1)), bd(2, lastweek(1))], known=K(city="beijing"))
m("question", "北京生双胞胎有没有额外的补贴", [])
m("chitchat", "五一带娃去了趟泉城广场 人挤人", [])
m("age per_birth_hardship", "孙子两岁零三个月 他出生那年儿媳妇在领失业金", [bd(1, age(2, 3)), f("hardship_at_birth", True)], known=K(city="jinan"))
m("now_vs_birth", "失业金还有俩月就领完了", [f("hardship_now", True)], known=K(city="jinan", kids=["2026-01"]))
m("answer", "三个 老大加一对龙凤胎", [n(3)], asked="children", known=K(city="jinan"))
m("correction multiples", "更正下 龙凤胎是一月份生的 不是二月", [bd(1, "2026-01", "r"), bd(2, "2026-01", "r")], known=K(city="jinan", kids=["2026-02", "2026-02"]))
m("pregnancy multiples birth_order", "老大刚上小学 怀的这两个八月底生", [due(2, "2026-08"), due(3, "2026-08")], known=K(city="jinan", kids=["2019-10"]))
m("insurance", "没工作 交的城乡居民医保", [f("birth_insurance", "resident_medical")], known=K(city="jinan", kids=[{"due_date": "2026-09"}]))
m("per_birth_hardship birth_order", "老四出生时候家里是特困户 其他几个出生时都不是",
  [chb(4, True), chb(1, False), chb(2, False), chb(3, False)], known=K(city="jinan", kids=["2010-02", "2013-05", "2016-08", "2025-11"]))

T("2026-07-21")  # Tuesday
m("per_birth_hardship birth_order now_vs_birth", "俺外孙子出生那年他家里吃低保 外孙女出生时候没吃 前年就停了",
  [chb(1, True), chb(2, False), f("hardship_now", False)], known=K(city="jinan", kids=["2017-08", "2023-03"]))
m("multiples age", "龙凤胎九个月了 在济南", [n(2), bd(1, mo(9)), bd(2, mo(9)), f("city", "jinan")])
m("answer per_birth_hardship", "都没 俩孩子都是后来才领的", [f("hardship_at_birth", False, "c"), n(2)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2021-06", "2025-04"]))
m("relative_date birth_order", "老二上周日出生的", [bd(2, lastweek(6))], known=K(city="jinan", kids=["2022-02"]))
m("question", "孩子一米三以上坐公交要买票吗", [])
m("chitchat", "你们这个电话咋打不通", [])
m("now_vs_birth per_birth_hardship", "生娃那会在领低保 今年三月取消了", [f("hardship_at_birth", True), f("hardship_now", False)],
  known=K(city="jinan", kids=["2024-12"]))
m("age multiples birth_order", "大的四岁 俩小的双胞胎 刚满月", [bd(1, yo(4)), bd(2, mo(1)), bd(3, mo(1)), n(3)], known=K(city="beijing"))
m("correction per_birth_hardship", "俺刚才说错了 生孩子那会儿没在低保上", [f("hardship_at_birth", False, "r")],
  known=K(city="jinan", hardship_at_birth=True, kids=["2025-10"]))
m("answer", "户口在济南", [f("hukou_in_city", True)], asked="hukou_in_city", known=K(city="jinan", kids=["2025-01"]))
m("housing_fund", "公积金俺俩都没有", [f("housing_fund_contributors", 0)], known=K(city="beijing", kids=["2024-05"]))
m("pregnancy", "预产期下个月中旬", [due(2, thismonth(1))], known=K(city="jinan", kids=["2021-03", {"due_date": None}]))

T("2026-09-16")  # Wednesday
m("per_birth_hardship multiples birth_order", "俺家三胞胎出生时领着特困 上头老大出生那会没领",
  [chb(2, True), chb(3, True), chb(4, True), chb(1, False), n(4)], known=K(city="jinan", kids=["2015-09"]))
m("answer per_birth_hardship birth_order", "生老大那回领着 老二没赶上", [chb(1, True), chb(2, False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2016-01", "2022-04"]))
m("multiples age", "双胞胎儿子今天满一百天", [bd(1, dago(100)), bd(2, dago(100))], known=K(city="beijing"))
m("question", "低保断了的人家还能算吗", [])
m("chitchat", "谢啦 明天让他爸去办", [])
m("now_vs_birth", "现在不领了 前年就停了", [f("hardship_now", False)], known=K(city="jinan", kids=["2023-07"]))
m("age birth_order per_birth_hardship", "老大六岁 老二三个月 老二生下来那会正赶上领失业金",
  [bd(1, yo(6)), bd(2, mo(3)), chb(2, True)], known=K(city="jinan"))
m("answer", "两个 双胞胎", [n(2)], asked="children", known=K(city="jinan"))
m("correction per_birth_hardship birth_order", "搞错了 老大那会儿没领低保", [chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2018-03", "hardship_at_birth": True}, "2025-05", "2025-05"]))
m("pregnancy multiples", "双胞胎 怀孕四个月", [due(1, preg(4)), due(2, preg(4))], known=K(city="beijing"))
m("hukou", "我们是北京户口 孩子也上的北京户口", [f("city", "beijing"), f("hukou_in_city", True)], known=K(kids=["2026-02"]))
m("answer", "不买 有房了", [f("buying_first_home", False, "c"), f("owns_home_in_city", True)], asked="buying_first_home", known=K(city="jinan", kids=["2024-10"]))

T("2026-10-13")  # Tuesday
m("per_birth_hardship multiples now_vs_birth birth_order", "大小子生那年俺们还没困难 后来厂子倒了领失业金 那当口正好生了对双胞胎 如今失业金断了",
  [chb(1, False), chb(2, True), chb(3, True), n(3), f("hardship_now", False)], known=K(city="jinan", kids=["2017-05"]))
m("answer per_birth_hardship", "嗯呐 低保上生的", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2026-06"]))
m("relative_date multiples birth_order", "老三老四是上周三一块生的", [bd(3, lastweek(2)), bd(4, lastweek(2))], known=K(city="beijing", kids=["2016-09", "2020-12"]))
m("chitchat", "俺老伴儿说你这个挺好使", [])
m("question", "三胞胎的话每个孩子都给吗", [])
m("now_vs_birth per_birth_hardship birth_order", "老二出生的时候家里没领特困 是后来老伴病了才领上的 到这会儿还领着",
  [chb(2, False), f("hardship_now", True)], known=K(city="jinan", kids=["2012-03", "2019-08"]))

T("2026-11-24")  # Tuesday
m("per_birth_hardship now_vs_birth birth_order", "生老大生老二都没领过啥 这是生完老三才开始领低保的 老三出生那会也还没领 现在还领着",
  [chb(1, False), chb(2, False), chb(3, False), f("hardship_now", True)], known=K(city="jinan", kids=["2016-06", "2020-01", "2025-03"]))
m("multiples age birth_order", "老大七岁半 后头一对龙凤胎两岁", [bd(1, yo(7)), bd(2, yo(2)), bd(3, yo(2)), n(3)], known=K(city="jinan"))
m("answer per_birth_hardship", "有 领着低保生的", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2026-05"]))
m("relative_date multiples", "上周四剖的三胞胎 头一回生", [n(3), bd(1, lastweek(3)), bd(2, lastweek(3)), bd(3, lastweek(3))], known=K(city="jinan"))
m("question", "北京这个补贴要提供啥材料", [])
m("chitchat", "最近降温了 娃咳嗽", [])
m("now_vs_birth per_birth_hardship birth_order", "老二出生时在领失业金 这会儿没领了", [chb(2, True), f("hardship_now", False)],
  known=K(city="jinan", kids=["2019-11", "2025-08"]))
m("correction age", "不对 老大是刚满五岁", [bd(1, just(5), "r")], known=K(city="jinan", kids=[yo(5), "2024-04"]))
m("answer", "在济南 天桥这片", [f("city", "jinan")], asked="city")
m("pregnancy multiples", "双胞胎的预产期是明年三月", [due(1, "2027-03"), due(2, "2027-03")], known=K(city="jinan"))
m("insurance", "灵活就业交的社保", [f("birth_insurance", "flexible_employment")], known=K(city="beijing", kids=[{"due_date": "2027-02"}]))
m("per_birth_hardship", "姥姥讲 外孙生的时候家里没低保没特困啥也没有", [f("hardship_at_birth", False)], known=K(city="jinan"))
