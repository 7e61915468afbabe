# Chinese, batch 41: hardship at each birth (低保/特困/失业金 at one birth and not another, twins born on dibao,
# hardship that started after a birth, grandparents telling it) beside hardship now (现在在领 / 前年就停了 /
# 生的时候还没领); multiples (双胞胎/龙凤胎/三胞胎/俩娃一块生的) beside older or younger children, twins' ages,
# twins on the way; loose answers to the hardship questions; corrections of one fact, chitchat and bare questions
T("2025-02-11")  # Tuesday: 上周X = the week of 2025-02-03
m("per_birth_hardship now_vs_birth birth_order", "生老二那会儿在领低保 老大那时候没有 现在也还领着",
  [chb(2, True), chb(1, False), f("hardship_now", True)], known=K(city="jinan", kids=["2018-05", "2024-09"]))
m("multiples age birth_order", "俺家龙凤胎 刚满四个月 上头还有个姐姐七岁", [bd(2, mo(4)), bd(3, mo(4)), bd(1, yo(7)), n(3)],
  known=K(city="beijing"))
m("answer per_birth_hardship birth_order", "就生老二那阵有 老大那阵没", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2019-03", "2024-11"]))
m("chitchat", "年过完了 又得上班 脑瓜子疼", [])
m("question", "低保户生娃是不是能多领一些啊", [])
m("relative_date multiples", "双胞胎上周三生的 俺当奶奶了 儿子家头一胎", [bd(1, lastweek(2)), bd(2, lastweek(2)), n(2)], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth", "孩子生的时候还没领 出生后大半年他爸才下岗 失业金领到去年底就没了",
  [f("hardship_at_birth", False), f("hardship_now", False)], known=K(city="jinan", kids=["2022-06"]))
m("correction per_birth_hardship birth_order", "说错了 低保是生老三那会儿领的 不是老二",
  [chb(3, True, "r"), chb(2, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2016-04"}, {"birth_date": "2019-08", "hardship_at_birth": True}, {"birth_date": "2024-12"}]))
m("pregnancy multiples birth_order", "怀的是双胞胎 五个月了 老大上幼儿园", [due(2, preg(5)), due(3, preg(5))], known=K(city="jinan", kids=["2021-04"]))
m("answer per_birth_hardship", "没 都是后来才领的特困", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2020-10", "2023-02"]))
m("multiples age", "俺们北京的 俩娃一块生的 都两岁半了 就这俩", [f("city", "beijing"), n(2), bd(1, yo(2)), bd(2, yo(2))])
m("per_birth_hardship now_vs_birth", "俺是姥姥 替闺女问 她生孩子那时候女婿领失业金 这会儿早上班了",
  [f("hardship_at_birth", True), f("hardship_now", False)], known=K(city="beijing", kids=["2024-09"]))
m("numerals multiples birth_order", "大宝二〇一九 二宝三宝是双胞胎 二〇二三年十二月生的",
  [bd(1, "2019"), bd(2, "2023-12"), bd(3, "2023-12")], known=K(city="jinan"))

T("2025-04-16")  # Wednesday: 上周X = the week of 2025-04-07
m("now_vs_birth per_birth_hardship relative_date", "前年就停了低保 生小的时候还吃着 生大的时候还没吃上",
  [f("hardship_now", False), chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2017-09", "2022-05"]))
m("answer per_birth_hardship numerals", "有 俩娃生的时候都在领", [f("hardship_at_birth", True, "c"), n(2)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2019-01", "2023-07"]))
m("multiples age", "三胞胎 八个月了 头一回生", [n(3), bd(1, mo(8)), bd(2, mo(8)), bd(3, mo(8))], known=K(city="beijing"))
m("chitchat", "今儿风忒大 电动车差点给刮倒", [])
m("question", "特困供养的人家 生孩子有没有额外的钱", [])
m("per_birth_hardship now_vs_birth birth_order", "生老大时候在领失业金 生老二就上班了 现在又失业了 又在领",
  [chb(1, True), chb(2, False), f("hardship_now", True)], known=K(city="beijing", kids=["2018-11", "2023-06"]))
m("multiples age", "俺孙子孙女是龙凤胎 刚满周岁 儿子家就这俩", [bd(1, just(1)), bd(2, just(1)), n(2)], known=K(city="jinan"))
m("correction now_vs_birth", "更正一下 现在不领低保了 年初就停了", [f("hardship_now", False, "r")],
  known=K(city="jinan", hardship_now=True, kids=["2021-03"]))
m("answer multiples age birth_order", "三个 老大十岁 老二老三双胞胎 四岁半", [n(3), bd(1, yo(10)), bd(2, yo(4)), bd(3, yo(4))],
  asked="children", known=K(city="jinan"))
m("now_vs_birth per_birth_hardship relative_date", "俺家那口子去年秋天下岗了 领失业金到现在 孩子前年生的 生的时候还好好上着班",
  [f("hardship_now", True), bd(1, year(-2)), f("hardship_at_birth", False)], known=K(city="jinan"))
m("multiples age numerals", "仨孩子 双胞胎哥俩一岁半 小妹妹刚满月", [n(3), bd(1, yo(1)), bd(2, yo(1)), bd(3, mo(1))], known=K(city="beijing"))
m("relative_date birth_order per_birth_hardship", "上周二生的老二 生的时候俺们还在领特困", [bd(2, lastweek(1)), chb(2, True)],
  known=K(city="jinan", kids=["2020-07"]))
m("answer per_birth_hardship birth_order", "生老大时候没有", [chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2016-02", "2021-12", "2024-10"]))

T("2025-06-05")  # Thursday: 上周X = the week of 2025-05-26
m("multiples per_birth_hardship birth_order", "老二老三是双胞胎 生她俩那会儿在吃低保 生老大的时候没吃",
  [chb(2, True), chb(3, True), chb(1, False)], known=K(city="jinan", kids=["2015-03", "2022-08", "2022-08"]))
m("per_birth_hardship now_vs_birth", "孩子奶奶在这 俺说 生孩子那年儿子领着失业金 今年不领了 找着活了",
  [f("hardship_at_birth", True), f("hardship_now", False)], known=K(city="beijing", kids=["2023-04"]))
m("pregnancy multiples numerals", "我怀的龙凤胎 预产期十月 上头俩闺女", [due(3, nextmonth(10)), due(4, nextmonth(10)), n(2)],
  known=K(city="jinan"))
m("chitchat", "端午包的粽子齁咸 哈哈", [])
m("question", "失业金领完了还算困难家庭吗", [])
m("answer per_birth_hardship numerals", "嗯 仨孩子生的时候都在特困户名单里", [f("hardship_at_birth", True, "c"), n(3)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2014-08", "2018-02", "2024-05"]))
m("correction relative_date multiples", "搞错了 双胞胎是前年生的 不是大前年", [bd(1, "2023", "r"), bd(2, "2023", "r")],
  known=K(city="beijing", kids=["2022", "2022"]))
m("per_birth_hardship birth_order", "俺家低保是老大出生以后才批下来的 生老二的时候正领着",
  [chb(1, False), chb(2, True)], known=K(city="jinan", kids=["2019-06", "2024-02"]))
m("multiples age numerals", "两个娃一起出来的 到今天四十天", [n(2), bd(1, dago(40)), bd(2, dago(40))], known=K(city="jinan"))
m("multiples age birth_order", "老大九岁 下面是三胞胎 两岁", [bd(1, yo(9)), bd(2, yo(2)), bd(3, yo(2)), bd(4, yo(2)), n(4)],
  known=K(city="beijing"))
m("now_vs_birth per_birth_hardship", "现在还在领失业金 生娃那阵还没失业", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="beijing", kids=["2024-12"]))
m("answer multiples age", "就一对双胞胎 一岁", [n(2), bd(1, yo(1)), bd(2, yo(1))], asked="children", known=K(city="beijing"))
m("relative_date per_birth_hardship", "上周一娃出生 生的时候俺们正吃着低保", [bd(1, lastweek(0)), f("hardship_at_birth", True)],
  known=K(city="jinan"))

T("2025-08-19")  # Tuesday: 上周X = the week of 2025-08-11
m("age numerals per_birth_hardship now_vs_birth birth_order", "俺闺女家三个 大的十一 二的七岁 小的刚满月 生小的那会儿女婿领过失业金 现在不领",
  [n(3), bd(1, yo(11)), bd(2, yo(7)), bd(3, mo(1)), chb(3, True), f("hardship_now", False)], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "老大老二那会儿都有 老三没赶上", [chb(1, True), chb(2, True), chb(3, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2014-05", "2018-10", "2025-03"]))
m("chitchat", "快开学了还得买书包 钱不够花啊", [])
m("question multiples", "双胞胎能领两份不", [])
m("pregnancy multiples now_vs_birth", "头胎 怀着双胞胎 七个月了 现在领着低保", [due(1, preg(7)), due(2, preg(7)), f("hardship_now", True)],
  known=K(city="beijing"))
m("correction per_birth_hardship birth_order", "不对 生老大那会没领 是生老二才领的", [chb(1, False, "r"), chb(2, True, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2017-01", "hardship_at_birth": True}, {"birth_date": "2021-06"}]))
m("now_vs_birth relative_date birth_order", "失业金发到前年就没了 老三是去年生的", [f("hardship_now", False), bd(3, year(-1))],
  known=K(city="jinan", kids=["2012-03", "2016-09"]))
m("multiples per_birth_hardship age", "生双胞胎那阵子没吃低保 那俩现在三岁", [chb(2, False), chb(3, False)],
  known=K(city="jinan", kids=["2016-04", "2022-02", "2022-02"]))
m("answer per_birth_hardship now_vs_birth", "没领过 去年年底才开始领的 现在也在领", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2023-09"]))
m("multiples numerals per_birth_hardship now_vs_birth", "俺家俩娃一块生的 生双胞胎那会儿他爹在领失业金 这会儿不领了",
  [n(2), chb(1, True), chb(2, True), f("hardship_now", False)], known=K(city="beijing"))
m("per_birth_hardship now_vs_birth birth_order", "老大生的时候俺们还没低保 后来生老二 已经办下来了 前两年又给停了",
  [chb(1, False), chb(2, True), f("hardship_now", False)], known=K(city="jinan", kids=["2015", "2020"]))
m("answer pregnancy multiples relative_date", "俩都是明年二月 双胞胎嘛", [due(1, "2026-02"), due(2, "2026-02")], asked="due_date",
  known=K(city="jinan", kids=[{"due_date": None}, {"due_date": None}]))
m("multiples age", "孙女八岁 孙子们是双胞胎 半岁", [bd(1, yo(8)), bd(2, mo(6)), bd(3, mo(6)), n(3)], known=K(city="beijing"))

T("2025-10-30")  # Thursday: 上周X = the week of 2025-10-20
m("per_birth_hardship now_vs_birth birth_order", "生老大跟老二都赶上吃低保 到老三就不吃了 现在也没有",
  [chb(1, True), chb(2, True), chb(3, False), f("hardship_now", False)], known=K(city="jinan", kids=["2013", "2017", "2023"]))
m("chitchat", "天凉了 给娃套上秋裤了 死活不穿", [])
m("question", "领失业金的算困难家庭吗 要开啥证明", [])
m("answer multiples per_birth_hardship", "生双胞胎时候在领", [chb(1, True), chb(2, True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2024-06", "2024-06"]))
m("age per_birth_hardship birth_order", "俺是姥爷 外孙三岁半 外孙女一岁 闺女生外孙女那会儿吃着低保 生外孙那会儿还没吃",
  [bd(1, yo(3)), bd(2, yo(1)), chb(2, True), chb(1, False)], known=K(city="beijing"))
m("multiples age numerals per_birth_hardship now_vs_birth", "三胞胎十个月了 就这三个 特困前年就开始领了 生的时候也在领 现在还领",
  [bd(1, mo(10)), bd(2, mo(10)), bd(3, mo(10)), n(3), f("hardship_at_birth", True), f("hardship_now", True)], known=K(city="jinan"))
m("correction multiples short_year birth_order", "说错了 老二老三同一天生的 都是22年3月", [bd(3, "2022-03", "r")],
  known=K(city="beijing", kids=["2019-05", "2022-03", "2023-03"]))
m("relative_date multiples", "上周四生了一对小子 头胎", [bd(1, lastweek(3)), bd(2, lastweek(3)), n(2)], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship", "现在不吃低保了 生娃那阵吃着呢", [f("hardship_now", False), f("hardship_at_birth", True)],
  known=K(city="jinan", kids=["2021-08"]))
m("answer per_birth_hardship now_vs_birth", "都没领过 现在倒是领着失业金", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2018-12", "2022-04"]))
m("per_birth_hardship birth_order duration", "老二生下来半年 俺男人才下岗 生老二的时候还有工作", [chb(2, False)],
  known=K(city="beijing", kids=["2018-02", "2023-11"]))
m("answer multiples age", "四个 俩大的是双胞胎 十二岁 下面一个六岁一个两岁",
  [n(4), bd(1, yo(12)), bd(2, yo(12)), bd(3, yo(6)), bd(4, yo(2))], asked="children", known=K(city="jinan"))
m("pregnancy multiples birth_order now_vs_birth", "又怀了双胞胎 四个月 老大老二都上学了 俺们领着低保",
  [due(3, preg(4)), due(4, preg(4)), f("hardship_now", True)], known=K(city="jinan"))

T("2025-12-09")  # Tuesday: 上周X = the week of 2025-12-01
m("per_birth_hardship now_vs_birth birth_order", "老大出生的时候家里还行 没吃低保 老二出生那会儿已经吃上了 现在还吃",
  [chb(1, False), chb(2, True), f("hardship_now", True)], known=K(city="jinan", kids=["2016-10", "2024-05"]))
m("chitchat", "下雪了 娃非要出去堆雪人 拦都拦不住", [])
m("question multiples", "双胞胎是算两个孩子还是算一胎啊", [])
m("answer per_birth_hardship numerals", "有 仨孩子出生都在领特困", [f("hardship_at_birth", True, "c"), n(3)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2020-04", "2025-09", "2025-09"]))
m("relative_date multiples age birth_order", "龙凤胎是上周三生的 上头有个哥哥 六岁",
  [bd(2, lastweek(2)), bd(3, lastweek(2)), bd(1, yo(6)), n(3)], known=K(city="beijing"))
m("correction per_birth_hardship birth_order relative_date", "不对不对 失业金是前年领的 生老二的时候已经不领了", [chb(2, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2019-07"}, {"birth_date": "2025-02", "hardship_at_birth": True}]))
m("multiples age per_birth_hardship now_vs_birth", "我是孩子爷爷 孙子五岁 孙女俩是双胞胎 三个月 生双胞胎时候儿子在领失业金 现在还领",
  [bd(1, yo(5)), bd(2, mo(3)), bd(3, mo(3)), n(3), chb(2, True), chb(3, True), f("hardship_now", True)], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth", "生孩子那会儿没吃低保 是今年才吃上的 现在吃着", [f("hardship_at_birth", False), f("hardship_now", True)],
  known=K(city="beijing", kids=["2022-01"]))
m("numerals multiples", "二〇二五年三月 双胞胎 头一胎", [bd(1, "2025-03"), bd(2, "2025-03"), n(2)], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "生老大时候领 老二那会停了", [chb(1, True), chb(2, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2017-03", "2021-05"]))
m("numerals relative_date per_birth_hardship birth_order", "我们济南的 三个孩子 老三今年八月生的 生老三时候在领低保 头俩出生那会儿没领",
  [f("city", "jinan"), n(3), bd(3, "2025-08"), chb(3, True), chb(1, False), chb(2, False)])
m("duration per_birth_hardship now_vs_birth", "失业金领了八个月 今年五月停的 生娃那时候正领着",
  [f("hardship_at_birth", True), f("hardship_now", False)], known=K(city="beijing", kids=["2024-12"]))

T("2026-01-14")  # Wednesday: 上周X = the week of 2026-01-05
m("relative_date multiples age birth_order", "上周一生了三胞胎 全是小子 这是第二胎 老大四岁",
  [bd(2, lastweek(0)), bd(3, lastweek(0)), bd(4, lastweek(0)), bd(1, yo(4)), n(4)], known=K(city="jinan"))
m("chitchat", "元旦在家躺了三天 美得很", [])
m("question", "低保停了以后 之前的还能补领吗", [])
m("per_birth_hardship now_vs_birth birth_order", "二宝出生时候正领着失业金 大宝那会儿没有 年前已经不领了",
  [chb(2, True), chb(1, False), f("hardship_now", False)], known=K(city="beijing", kids=["2019-12", "2025-06"]))
m("answer per_birth_hardship now_vs_birth", "没 那会还没办下来 这个月才批的低保", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2025-11"]))
m("multiples age numerals", "双胞胎五岁半 老三刚满月 仨娃呢", [bd(1, yo(5)), bd(2, yo(5)), bd(3, mo(1)), n(3)], known=K(city="jinan"))
m("correction short_year multiples birth_order", "更正 不是双胞胎 老二老三差一岁 老三是24年的", [bd(3, "2024", "r")],
  known=K(city="beijing", kids=["2018", "2023", "2023"]))
m("per_birth_hardship now_vs_birth numerals", "孩子他爷说 生这仨的时候家里都是低保户 现在也是",
  [f("hardship_at_birth", True), n(3), f("hardship_now", True)], known=K(city="jinan", kids=["2013", "2017", "2022"]))
m("multiples age numerals per_birth_hardship now_vs_birth birth_order", "就仨娃 俺家老大老二龙凤胎 七岁 老三三岁 生老三那阵刚领上特困 前年停了",
  [n(3), bd(1, yo(7)), bd(2, yo(7)), bd(3, yo(3)), chb(3, True), f("hardship_now", False)], known=K(city="jinan"))
m("answer pregnancy multiples", "一个都还没生呢 怀着双胞胎 六个月了", [n(0), due(1, preg(6)), due(2, preg(6))], asked="children",
  known=K(city="beijing"))
m("per_birth_hardship birth_order", "生老大那年领的失业金 后头俩出生都没有", [chb(1, True), chb(2, False), chb(3, False)],
  known=K(city="jinan", kids=["2012", "2016", "2022"]))
m("now_vs_birth relative_date per_birth_hardship", "现在领着低保呢 去年十月生的娃 生的时候也领着",
  [f("hardship_now", True), bd(1, "2025-10"), f("hardship_at_birth", True)], known=K(city="jinan"))

T("2026-03-03")  # Tuesday: 上周X = the week of 2026-02-23
m("multiples per_birth_hardship now_vs_birth birth_order", "老二跟老三是双胞胎 生她们的时候没领 后来下岗领了失业金 现在领完了",
  [chb(2, False), chb(3, False), f("hardship_now", False)], known=K(city="beijing", kids=["2018-08", "2023-05", "2023-05"]))
m("chitchat", "开学了 家里总算清静了", [])
m("question multiples", "三胞胎每个都给吗 还是只给一份", [])
m("answer per_birth_hardship birth_order", "老二有 老大无", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2016-06", "2024-04"]))
m("hukou multiples age", "俺们济南 户口也在 龙凤胎刚满百天 头胎",
  [f("city", "jinan"), f("hukou_in_city", True), bd(1, dago(100)), bd(2, dago(100)), n(2)])
m("per_birth_hardship age birth_order", "生老二的时候俺们还没低保 那是后来的事 老二两岁", [chb(2, False), bd(2, yo(2))],
  known=K(city="jinan", kids=["2019-04"]))
m("correction now_vs_birth per_birth_hardship birth_order", "说错了 不是现在领 是生老大那时候领的", [f("hardship_now", False, "r"), chb(1, True)],
  known=K(city="beijing", hardship_now=True, kids=["2016-11", "2022-03"]))
m("relative_date per_birth_hardship birth_order", "上周四生的老四 生老四时候在领低保 前面三个都没有",
  [bd(4, lastweek(3)), chb(4, True), chb(1, False), chb(2, False), chb(3, False)], known=K(city="jinan", kids=["2014", "2018", "2021"]))
m("multiples age now_vs_birth", "双胞胎三周大 俺闺女头一胎 女婿失业金还领着", [bd(1, dago(21)), bd(2, dago(21)), n(2), f("hardship_now", True)],
  known=K(city="beijing"))
m("answer multiples age", "俩 一对双胞胎 都十个月了", [n(2), bd(1, mo(10)), bd(2, mo(10))], asked="children", known=K(city="jinan"))
m("per_birth_hardship now_vs_birth", "孩子出生是在老公领失业金那段 现在上班了 不领了", [f("hardship_at_birth", True), f("hardship_now", False)],
  known=K(city="jinan", kids=["2025-05"]))
m("multiples age per_birth_hardship", "俺是太奶奶 重孙子是双胞胎 两岁了 就这俩 生双胞胎那会家里吃着低保",
  [bd(1, yo(2)), bd(2, yo(2)), n(2), chb(1, True), chb(2, True)], known=K(city="jinan"))

T("2026-05-21")  # Thursday: 上周X = the week of 2026-05-11
m("per_birth_hardship now_vs_birth birth_order", "生大宝没领 生二宝领了 现在不领", [chb(1, False), chb(2, True), f("hardship_now", False)],
  known=K(city="jinan", kids=["2017", "2024"]))
m("chitchat", "娃今天自个儿穿鞋了 给我高兴坏了", [])
m("question", "特困跟低保是一个意思不", [])
m("answer per_birth_hardship", "没有 那时候还在厂里上班", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2026-02"]))
m("multiples age per_birth_hardship birth_order", "三胞胎老二老三老四 十一个月 老大八岁 生三胞胎那会俺在领失业金",
  [bd(2, mo(11)), bd(3, mo(11)), bd(4, mo(11)), bd(1, yo(8)), n(4), chb(2, True), chb(3, True), chb(4, True)], known=K(city="beijing"))
m("now_vs_birth per_birth_hardship numerals", "咱家是去年才吃上低保 俩孩子出生都没赶上 现在吃着",
  [f("hardship_at_birth", False), n(2), f("hardship_now", True)], known=K(city="jinan", kids=["2019-10", "2023-03"]))
m("correction multiples age", "打错了 双胞胎是一岁半 不是半岁", [bd(1, yo(1), "r"), bd(2, yo(1), "r")],
  known=K(city="beijing", kids=["2025-11", "2025-11"]))
m("per_birth_hardship birth_order", "老三出生前俺们特困证就下来了 生老三的时候在领", [chb(3, True)],
  known=K(city="jinan", kids=["2015-07", "2019-01", "2025-12"]))
m("answer pregnancy multiples relative_date", "下个月底 双胞胎", [due(2, thismonth(1)), due(3, thismonth(1))], asked="due_date",
  known=K(city="jinan", kids=[{"birth_date": "2021-06"}, {"due_date": None}, {"due_date": None}]))
m("multiples age per_birth_hardship birth_order", "老大三岁多 老二和老三是龙凤胎 才二十天 生龙凤胎时领着低保",
  [bd(1, yo(3)), bd(2, dago(20)), bd(3, dago(20)), chb(2, True), chb(3, True)], known=K(city="beijing"))
m("now_vs_birth relative_date per_birth_hardship", "前年失业金就领完了 孩子是去年生的 生的时候没领啥",
  [f("hardship_now", False), bd(1, year(-1)), f("hardship_at_birth", False)], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "老三那会有 前头俩没有", [chb(3, True), chb(1, False), chb(2, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2013-04", "2017-08", "2025-10"]))

T("2026-07-08")  # Wednesday: 上周X = the week of 2026-06-29
m("relative_date multiples per_birth_hardship now_vs_birth", "双胞胎上周二生的 生双胞胎前半年就开始领低保了 生的时候也领着 一直领到今天",
  [bd(2, lastweek(1)), bd(3, lastweek(1)), chb(2, True), chb(3, True), f("hardship_now", True)], known=K(city="jinan", kids=["2020-09"]))
m("chitchat", "暑假班死贵 报不起啊", [])
m("question multiples", "龙凤胎的话 三岁前每人都有吗", [])
m("answer per_birth_hardship now_vs_birth", "在领 现在也领", [f("hardship_at_birth", True, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2024-03"]))
m("multiples relative_date numerals per_birth_hardship birth_order", "仨孩子 老二老三双胞胎今年一月生的 那时家里没低保 老大出生时有",
  [bd(2, "2026-01"), bd(3, "2026-01"), n(3), chb(2, False), chb(3, False), chb(1, True)], known=K(city="jinan", kids=["2015-10"]))
m("correction now_vs_birth", "不对 我们现在没领 早就停了", [f("hardship_now", False, "r")],
  known=K(city="beijing", hardship_now=True, kids=["2020-02"]))
m("now_vs_birth age per_birth_hardship", "我跟他爸都没工作 在领失业金 娃四个月 生他的时候也在领",
  [f("hardship_now", True), bd(1, mo(4)), f("hardship_at_birth", True)], known=K(city="beijing"))
m("multiples age numerals birth_order", "三个孩子 老大老二是双胞胎 九岁半 老三一岁", [n(3), bd(1, yo(9)), bd(2, yo(9)), bd(3, yo(1))],
  known=K(city="jinan"))
m("per_birth_hardship birth_order", "俺家吃低保是老大三岁那年开始的 生老大时候没有 生老二时候吃着", [chb(1, False), chb(2, True)],
  known=K(city="jinan", kids=["2014-02", "2019-06"]))
m("answer multiples age", "仨 大闺女十岁 俩小子双胞胎 五个月", [n(3), bd(1, yo(10)), bd(2, mo(5)), bd(3, mo(5))], asked="children",
  known=K(city="beijing"))
m("pregnancy multiples relative_date now_vs_birth", "快生了 双胞胎 下个月中旬 家里一直领着低保",
  [due(2, thismonth(1)), due(3, thismonth(1)), f("hardship_now", True)], known=K(city="jinan", kids=["2022-08"]))
m("short_year per_birth_hardship now_vs_birth birth_order", "一七年生的老大 生的时候没领 二二年生的老二 那会领着低包呢 现在也领",
  [bd(1, "2017"), chb(1, False), bd(2, "2022"), chb(2, True), f("hardship_now", True)], known=K(city="jinan"))

T("2026-09-15")  # Tuesday: 上周X = the week of 2026-09-07
m("relative_date multiples numerals per_birth_hardship birth_order", "上周五生的双胞胎 这下四个娃了 老大老二都上小学了 生双胞胎的时候俺俩都在领失业金",
  [bd(3, lastweek(4)), bd(4, lastweek(4)), n(4), chb(3, True), chb(4, True)], known=K(city="jinan"))
m("chitchat", "中秋的月饼 谁爱吃五仁啊", [])
m("question per_birth_hardship", "要是生的时候我还领着失业金 补贴能多点吗", [f("hardship_at_birth", True, "q")],
  known=K(city="beijing", kids=[{"due_date": "2027-01"}]))
m("answer per_birth_hardship birth_order", "生老大那阵子有 小的没", [chb(1, True), chb(2, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2019-09", "2023-12"]))
m("multiples age per_birth_hardship now_vs_birth", "孙女十岁 孙子们是三胞胎 刚满两岁 生三胞胎那会儿领着特困 现在不领了",
  [bd(1, yo(10)), bd(2, just(2)), bd(3, just(2)), bd(4, just(2)), n(4), chb(2, True), chb(3, True), chb(4, True), f("hardship_now", False)],
  known=K(city="beijing"))
m("correction per_birth_hardship birth_order", "不对 老大那会儿也领着呢", [chb(1, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2016-01", "hardship_at_birth": False}, {"birth_date": "2021-01", "hardship_at_birth": True}]))
m("per_birth_hardship now_vs_birth duration", "孩子生的时候还没领 生下来俩月他爸单位黄了 领了半年失业金 现在不领",
  [f("hardship_at_birth", False), f("hardship_now", False)], known=K(city="jinan", kids=["2024-05"]))
m("multiples age", "俺们北京的 龙凤胎快五岁了 就这俩", [f("city", "beijing"), n(2), bd(1, almost(5)), bd(2, almost(5))])
m("answer multiples per_birth_hardship birth_order", "双胞胎那次有 老大那次没有", [chb(2, True), chb(3, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2015-03", "2020-03", "2020-03"]))
m("now_vs_birth per_birth_hardship relative_date birth_order", "失业金我前年就停了 老二出生时候还领着 老大出生那会儿没有",
  [f("hardship_now", False), chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2018-04", "2023-10"]))
m("pregnancy now_vs_birth per_birth_hardship birth_order", "怀二胎七个月 现在吃着低保 生老大那会儿没吃",
  [due(2, preg(7)), f("hardship_now", True), chb(1, False)], known=K(city="jinan", kids=["2021-11"]))
m("age per_birth_hardship now_vs_birth birth_order", "老二刚满月 生老二那会儿在领特困 现在也在领",
  [bd(2, mo(1)), chb(2, True), f("hardship_now", True)], known=K(city="beijing", kids=["2019-02"]))

T("2026-11-26")  # Thursday: 上周X = the week of 2026-11-16
m("relative_date multiples per_birth_hardship", "上周三龙凤胎出生 头一回当爹妈 生龙凤胎那会俺在领失业金",
  [bd(1, lastweek(2)), bd(2, lastweek(2)), n(2), chb(1, True), chb(2, True)], known=K(city="jinan"))
m("chitchat", "今儿冷得手都伸不出来", [])
m("question", "低保在哪申请 社区还是街道啊", [])
m("answer per_birth_hardship now_vs_birth", "领着呢 到现在都领", [f("hardship_at_birth", True, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2026-09"]))
m("multiples age per_birth_hardship now_vs_birth birth_order", "俺是孩子姥姥 闺女仨娃 老大十三 老二老三双胞胎九岁 生双胞胎时候没低保 生老大时候有 现在都不领了",
  [n(3), bd(1, yo(13)), bd(2, yo(9)), bd(3, yo(9)), chb(2, False), chb(3, False), chb(1, True), f("hardship_now", False)],
  known=K(city="jinan"))
m("correction short_year multiples birth_order", "说错了 老三老四双胞胎是25年的 不是26年", [bd(3, "2025", "r"), bd(4, "2025", "r")],
  known=K(city="jinan", kids=["2015", "2019", "2026", "2026"]))
m("per_birth_hardship now_vs_birth relative_date birth_order", "二宝出生的时候俺们在吃低保 去年停了 大宝出生那时候还没吃",
  [chb(2, True), f("hardship_now", False), chb(1, False)], known=K(city="beijing", kids=["2018-05", "2023-04"]))
m("answer multiples age", "俩 双胞胎 刚满三岁", [n(2), bd(1, just(3)), bd(2, just(3))], asked="children", known=K(city="jinan"))
m("age per_birth_hardship now_vs_birth", "孩子出生一百天了 生的时候没领 现在领上失业金了",
  [bd(1, dago(100)), f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="jinan"))
m("pregnancy multiples age birth_order now_vs_birth", "怀的三胞胎 预产期明年三月 老大老二 一个六岁一个三岁 现在没领低保",
  [due(3, "2027-03"), due(4, "2027-03"), due(5, "2027-03"), bd(1, yo(6)), bd(2, yo(3)), f("hardship_now", False)], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "生老二老三的时候都有", [chb(2, True), chb(3, True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2020-10", "2022-06", "2026-02"]))
m("hukou multiples age per_birth_hardship now_vs_birth", "俺们济南户口 双胞胎一岁了 就这俩 生孩子那会儿和现在都没领过低保",
  [f("hukou_in_city", True), bd(1, yo(1)), bd(2, yo(1)), n(2), f("hardship_at_birth", False), f("hardship_now", False)], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth multiples birth_order", "老大出生时赶上在领失业金 老二老三龙凤胎出生时候没领 今年又失业了 这会儿又领着",
  [chb(1, True), chb(2, False), chb(3, False), f("hardship_now", True)], known=K(city="beijing", kids=["2017-06", "2024-08", "2024-08"]))
