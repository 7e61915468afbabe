# Chinese, batch 49: hardship at each birth (低保 特困 失业金) told by time words (那年 那会儿 之前/之后 从X年到Y年 刚批下来 停了),
# by order and kinship words (老大/小的/孙子/外孙女/重孙子), only children named by a kinship word (child.hardship_at_birth)
# versus by 孩子/娃/宝宝/他/生的时候 (hardship_at_birth), now-only statements, negations, answers to the birth question,
# corrections that move a hardship between births; durations that are not ages, relative dates (上上个月 大前天 前年秋天)
# and Chinese numerals (二〇二三年十一月廿号); chitchat and bare questions
T("2025-01-16")  # Thursday: 上周X = the week of 2025-01-06
m("per_birth_hardship birth_order", "俺们家老大落地那年正吃着低保 到老二出来的时候早就停了", [chb(1, True), chb(2, False)],
  known=K(city="jinan", kids=["2018-03", "2023-09"]))
m("per_birth_hardship", "生孙子那时候儿子两口子都下岗了 领的失业保险金", [chb(1, True)], known=K(city="jinan", kids=[yo(2)]))
m("per_birth_hardship", "娃生下来那阵家里是特困供养户", [f("hardship_at_birth", True)], known=K(city="beijing", kids=[mo(10)]))
m("now_vs_birth duration", "这俩月刚开始领失业金", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(3)]))
m("relative_date birth_order", "大前天早上八点多生的 头一个 顺产", [bd(1, back(3))], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "小的那会儿在领 大的那会儿还没", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(6), mo(5)]))
m("chitchat", "腊月了 该给娃办年货了 忙得脚不沾地", [])
m("question", "领失业金的月份也算困难家庭吗", [])
m("numerals per_birth_hardship", "闺女二〇二三年十一月廿号生的 生闺女那会儿没吃低保", [bd(1, "2023-11-20"), chb(1, False)], known=K(city="jinan"))
m("duration housing_fund", "俺俩公积金都交着 他交了二十个月 俺才交了八个月", [f("housing_fund_contributors", 2)],
  known=K(city="jinan", kids=[yo(1)]))
m("correction per_birth_hardship birth_order", "哎说反了 生老二那会儿是特困户 老大那会儿啥也没有", [chb(2, True, "r"), chb(1, False, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2017-04", "hardship_at_birth": True}, {"birth_date": "2021-08"}]))
m("age per_birth_hardship", "外孙女十个月 生外孙女那阵闺女两口子都在领失业金", [bd(1, mo(10)), chb(1, True)], known=K(city="jinan"))

T("2025-03-05")  # Wednesday: 上周X = the week of 2025-02-24
m("relative_date per_birth_hardship", "上周四生的 生的时候家里还吃着低保呢", [bd(1, lastweek(3)), f("hardship_at_birth", True)], known=K(city="jinan"))
m("per_birth_hardship birth_order", "生老大那会儿还没有 低保是老大三岁那年批下来的 生老二时一直领着", [chb(1, False), chb(2, True)],
  known=K(city="jinan", kids=[yo(8), yo(2)]))
m("now_vs_birth", "俺家目前在吃低保", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(4), yo(1)]))
m("answer per_birth_hardship", "没领过啥", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=[mo(7)]))
m("relative_date birth_order", "老二是上上个月生的 正月里", [bd(2, thismonth(-2))], known=K(city="jinan", kids=["2020-06"]))
m("per_birth_hardship multiples", "生双胞胎那年俺俩都失业 生的时候正领着失业金", [chb(1, True), chb(2, True)], known=K(city="jinan", kids=[yo(1), yo(1)]))
m("chitchat", "今儿个太阳挺好 抱娃出去溜达溜达", [])
m("question", "特困供养的人家生娃 补贴有啥不一样的没", [])
m("duration now_vs_birth", "失业金还有三个月到期 到期了咋整", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(2)]))
m("per_birth_hardship", "生儿子时候没吃低保 那时候俺们还都上着班", [chb(1, False)], known=K(city="beijing", kids=[yo(3)]))
m("age per_birth_hardship", "俺就一个丫头 刚满两岁 生她那阵子领着低保", [n(1), bd(1, just(2)), f("hardship_at_birth", True)],
  known=K(city="jinan"))
m("correction per_birth_hardship", "更正一下 生孩子时候其实领着失业金呢 刚才点错了", [f("hardship_at_birth", True, "r")],
  known=K(city="jinan", hardship_at_birth=False, kids=[yo(1)]))

T("2025-04-28")  # Monday: 上周X = the week of 2025-04-21
m("per_birth_hardship birth_order", "三个娃 就生老三那阵吃低保 头两个都没有", [n(3), chb(3, True), chb(1, False), chb(2, False)],
  known=K(city="jinan", kids=[yo(10), yo(7), mo(9)]))
m("relative_date birth_order per_birth_hardship now_vs_birth", "老二上周六生的 生老二之前俺就领上失业金了 到现在还领",
  [bd(2, lastweek(5)), chb(2, True), f("hardship_now", True)], known=K(city="jinan", kids=[yo(4)]))
m("per_birth_hardship", "孩子出生后第二年才开始领的低保 生的时候没有", [f("hardship_at_birth", False)], known=K(city="beijing", kids=[yo(3)]))
m("numerals birth_order", "老三是二〇二五年四月十一号生的", [bd(3, "2025-04-11")], known=K(city="jinan", kids=["2016", "2020"]))
m("answer per_birth_hardship birth_order", "老大出生那会有 领着特困 后来那俩没有", [chb(1, True), chb(2, False), chb(3, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=[yo(12), yo(6), yo(2)]))
m("chitchat", "你们这小程序咋老卡呢", [])
m("question now_vs_birth", "俺现在领着失业金 还能申请育儿补贴吗", [f("hardship_now", True)], known=K(city="jinan", kids=[mo(4)]))
m("per_birth_hardship birth_order", "大孙女出生那阵儿媳妇领着失业保险金 小孙子出生时就没了", [chb(1, True), chb(2, False)],
  known=K(city="jinan", kids=[yo(5), yo(1)]))
m("relative_date duration", "前年冬天生的 产假休了六个月", [bd(1, year(-2))], known=K(city="beijing"))
m("per_birth_hardship", "生外孙那会儿闺女家没领低保也没领失业金", [chb(1, False)], known=K(city="jinan", kids=[yo(2)]))
m("answer hukou", "嗯呐 户口早迁过来了", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(1)]))
m("now_vs_birth relative_date", "失业金上个月停了 现在啥也不领", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(1)]))

T("2025-06-19")  # Thursday: 上周X = the week of 2025-06-09
m("per_birth_hardship birth_order short_year", "从一八年到二二年一直领低保 老大就是那当中生的 老二是二四年生的 那会儿早停了",
  [chb(1, True), chb(2, False)], known=K(city="jinan", kids=["2020-02", "2024-05"]))
m("relative_date", "前儿个下午生的 小子", [bd(1, back(2))], known=K(city="jinan"))
m("per_birth_hardship", "生娃的时候没吃低保 也不是特困", [f("hardship_at_birth", False)], known=K(city="beijing", kids=[yo(1)]))
m("question", "低保户生二胎的话 一次性补贴是不是多给", [])
m("relative_date birth_order", "大前天老二落地了 七斤半", [bd(2, back(3))], known=K(city="jinan", kids=[yo(5)]))
m("answer per_birth_hardship", "对 那阵正吃着低保", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=[mo(11)]))
m("per_birth_hardship birth_order now_vs_birth", "老二快生的时候低保刚批下来 现在还吃着", [chb(2, True), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(6), mo(3)]))
m("chitchat", "端午包的粽子娃一口没吃", [])
m("duration", "俺们在济南交了十四个月社保了", [f("city", "jinan")])
m("per_birth_hardship", "闺女出生那会咱家是特困供养", [chb(1, True)], known=K(city="beijing", kids=[yo(2)]))
m("correction per_birth_hardship birth_order", "不对 失业金那是生老三那阵 老二那阵没领", [chb(3, True, "r"), chb(2, False, "r")],
  known=K(city="jinan", kids=[yo(9), {"birth_date": yo(4), "hardship_at_birth": True}, mo(8)]))
m("numerals", "孩子是二〇二五年五月二十六生的", [bd(1, "2025-05-26")], known=K(city="jinan"))

T("2025-08-06")  # Wednesday: 上周X = the week of 2025-07-28
m("per_birth_hardship birth_order", "老大生的时候俺们领着失业金 老二生之前那钱就断了", [chb(1, True), chb(2, False)],
  known=K(city="jinan", kids=[yo(7), yo(3)]))
m("now_vs_birth per_birth_hardship", "俺们吃低保好些年了 娃生的时候就吃着 现在也吃", [f("hardship_at_birth", True), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(2)]))
m("relative_date birth_order", "上周一剖的老二", [bd(2, lastweek(0))], known=K(city="beijing", kids=["2021-03"]))
m("answer per_birth_hardship birth_order", "头一个没有 第二个有", [chb(1, False), chb(2, True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(5), mo(6)]))
m("question", "俺家有残疾人 这个算不算困难家庭啊", [])
m("per_birth_hardship birth_order", "生小孙子那阵没领过低保", [chb(2, False)], known=K(city="jinan", kids=[yo(6), yo(1)]))
m("chitchat", "立秋了还这么热", [])
m("relative_date", "孩子上上个月十八号生的", [bd(1, "2025-06-18")], known=K(city="jinan"))
m("numerals per_birth_hardship", "俺外孙二〇二二年生的 生外孙那年俺闺女在领低保", [bd(1, "2022"), chb(1, True)], known=K(city="jinan"))
m("duration now_vs_birth", "失业金领了九个月了 这个月是最后一个月", [f("hardship_now", True)], known=K(city="beijing", kids=[yo(1)]))
m("per_birth_hardship", "他出生那会我们家不困难 没领过低保啥的", [f("hardship_at_birth", False)], known=K(city="jinan", kids=[yo(3)]))
m("answer insurance", "灵活就业那种", [f("birth_insurance", "flexible_employment")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": "2025-12"}]))

T("2025-10-14")  # Tuesday: 上周X = the week of 2025-10-06
m("per_birth_hardship birth_order", "仨孩子里头就老二出生那会儿吃着特困 老大老三都没有", [n(3), chb(2, True), chb(1, False), chb(3, False)],
  known=K(city="jinan", kids=[yo(11), yo(6), yo(1)]))
m("relative_date birth_order", "上周三生的三宝 国庆假期里", [bd(3, lastweek(2))], known=K(city="jinan", kids=["2018", "2021"]))
m("now_vs_birth per_birth_hardship", "生孩子那时候还没领 今年开春领上的失业金 现在还领着",
  [f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="beijing", kids=[yo(2)]))
m("question", "失业金领完的人家还能算困难户吗", [])
m("answer per_birth_hardship", "有 那会儿领特困", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=[mo(2)]))
m("correction per_birth_hardship birth_order", "搞混了 生老大那会才是吃低保的 老二出生的时候没吃", [chb(1, True, "r"), chb(2, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2019-01"}, {"birth_date": "2023-07", "hardship_at_birth": True}]))
m("chitchat", "俺孙子今天学会喊爷爷了", [])
m("short_year relative_date birth_order", "老大一九年 老二去年十月", [bd(1, "2019"), bd(2, "2024-10")], known=K(city="jinan"))
m("per_birth_hardship multiples", "双胞胎生下来那阵 家里靠低保过活", [chb(1, True), chb(2, True)], known=K(city="jinan", kids=[yo(3), yo(3)]))
m("duration chitchat", "公积金还差四个月满两年", [], known=K(city="jinan", kids=[yo(1)]))
m("per_birth_hardship", "生闺女那阵子在领失业金 领到她满月就到期了", [chb(1, True)], known=K(city="beijing", kids=[mo(9)]))
m("now_vs_birth", "现在不吃低保了", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(4)], hardship_now=True))

T("2025-11-27")  # Thursday: 上周X = the week of 2025-11-17
m("numerals per_birth_hardship birth_order", "老二是十一月廿号生的 那会儿俺俩都在领失业金", [bd(2, pastmonth(11, 20)), chb(2, True)],
  known=K(city="jinan", kids=["2020-04"]))
m("per_birth_hardship birth_order", "大孙子生的时候有低保 小孙女生的时候就撤了", [chb(1, True), chb(2, False)],
  known=K(city="jinan", kids=[yo(7), yo(2)]))
m("relative_date birth_order", "上周五生的 二胎", [bd(2, lastweek(4))], known=K(city="beijing", kids=["2022-11"]))
m("answer per_birth_hardship", "没 那时候没领", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=[yo(1)]))
m("question now_vs_birth duration", "低保停了半年了 还能算吗", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(1)]))
m("chitchat", "下雪了 娃非要出去堆雪人", [])
m("per_birth_hardship", "生宝宝那时候我们是特困户", [f("hardship_at_birth", True)], known=K(city="beijing", kids=[mo(5)]))
m("relative_date", "去年冬天怀上的 今年八月生的", [bd(1, "2025-08")], known=K(city="jinan"))
m("per_birth_hardship birth_order", "老三出生前俩月失业金就停了", [chb(3, False)], known=K(city="jinan", kids=[yo(9), yo(5), mo(4)]))
m("answer", "仨 都上学了", [n(3)], asked="children", known=K(city="jinan"))
m("correction per_birth_hardship birth_order", "说错了 领失业金是生大外孙女那会 不是生小外孙那会", [chb(1, True, "r"), chb(2, False, "r")],
  known=K(city="jinan", kids=[yo(6), {"birth_date": yo(2), "hardship_at_birth": True}]))
m("duration question", "失业金一共能领多少个月", [])

T("2026-01-22")  # Thursday: 上周X = the week of 2026-01-12
m("numerals per_birth_hardship", "二〇二四年生孙女的时候 儿子家正吃着低保", [bd(1, "2024"), chb(1, True)], known=K(city="jinan"))
m("relative_date birth_order", "老二是上周二夜里出生的", [bd(2, lastweek(1))], known=K(city="jinan", kids=["2020-09"]))
m("now_vs_birth per_birth_hardship birth_order", "老大出生后低保才下来 老二生的时候已经吃上了 现在还在吃",
  [chb(1, False), chb(2, True), f("hardship_now", True)], known=K(city="jinan", kids=[yo(7), yo(1)]))
m("chitchat", "快过年了 你们机器人放假不", [])
m("answer per_birth_hardship multiples", "生那对双胞胎的时候领着特困", [chb(1, True), chb(2, True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[mo(8), mo(8)]))
m("relative_date", "娃是大前年生的 今年该上幼儿园了", [bd(1, year(-3))], known=K(city="beijing"))
m("per_birth_hardship age", "生孩子时候领的失业金 娃现在一岁多", [f("hardship_at_birth", True), bd(1, yo(1))], known=K(city="jinan"))
m("question", "特困和低保是一回事吗", [])
m("duration housing_fund", "就我一个人交公积金 交了三年零两个月", [f("housing_fund_contributors", 1)], known=K(city="beijing", kids=[yo(2)]))
m("per_birth_hardship birth_order", "二闺女出生那阵俺在领失业金 大闺女出生时没领", [chb(2, True), chb(1, False)],
  known=K(city="jinan", kids=[yo(8), yo(3)]))
m("answer negation_housing", "不租 住的老人的房", [f("renting", False, "c")], asked="renting", known=K(city="jinan", kids=[yo(1)]))
m("correction per_birth_hardship", "不对不对 生我家小子那阵没领低保 是后来才领的", [chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(3), "hardship_at_birth": True}]))

T("2026-03-11")  # Wednesday: 上周X = the week of 2026-03-02
m("per_birth_hardship", "吃低保那几年正好夹在俩孩子中间 俩孩子出生时都没赶上", [n(2), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=[yo(9), yo(2)]))
m("relative_date", "大前天上午十点生的 闺女", [bd(1, back(3))], known=K(city="beijing"))
m("now_vs_birth", "最近刚办下来特困供养", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(5), yo(2)]))
m("answer per_birth_hardship", "是的 那会在领失业金", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=[mo(3)]))
m("per_birth_hardship", "生外孙女那阵子 闺女婿刚下岗 没领失业金", [chb(1, False)], known=K(city="jinan", kids=[mo(10)]))
m("chitchat", "俺们这开春了 柳树都绿了", [])
m("question per_birth_hardship", "要是俺们生娃的时候在领低保 补贴能多给不", [f("hardship_at_birth", True, "q")], known=K(city="jinan", kids=[yo(1)]))
m("relative_date birth_order", "老三上上个月生的", [bd(3, thismonth(-2))], known=K(city="jinan", kids=["2017", "2020"]))
m("per_birth_hardship birth_order", "生老二那阵失业金刚领完 断了才半个月老二就出来了", [chb(2, False)], known=K(city="jinan", kids=[yo(6), mo(9)]))
m("duration question", "社保断了两个月有影响没", [])
m("age per_birth_hardship", "儿子一岁零三个月 生儿子时家里吃低保", [bd(1, age(1, 3)), chb(1, True)], known=K(city="jinan"))
m("answer", "北京 昌平这边", [f("city", "beijing")], asked="city", known=K(kids=[yo(3)]))

T("2026-05-21")  # Thursday: 上周X = the week of 2026-05-11
m("per_birth_hardship birth_order", "老大老二出生都在吃低保那几年里 老三出生时已经不吃了", [chb(1, True), chb(2, True), chb(3, False)],
  known=K(city="jinan", kids=[yo(10), yo(7), yo(1)]))
m("relative_date birth_order", "二宝是上周天生的", [bd(2, lastweek(6))], known=K(city="beijing", kids=["2022-02"]))
m("now_vs_birth per_birth_hardship", "现在吃着特困 可生孩子那会儿还不是", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=[yo(4)]))
m("answer per_birth_hardship birth_order", "就老大那会儿领过 后边俩都没", [chb(1, True), chb(2, False), chb(3, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(11), yo(6), mo(4)]))
m("chitchat", "谢谢啊 你比街道那小伙子说得明白", [])
m("per_birth_hardship", "生孙子那阵儿媳妇正领着失业金", [chb(1, True)], known=K(city="beijing", kids=[yo(1)]))
m("numerals", "二〇二六年三月廿八号生的", [bd(1, "2026-03-28")], known=K(city="jinan"))
m("duration now_vs_birth", "低保还有仨月到期 到时候还得重新审", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(2)]))
m("correction per_birth_hardship", "刚才说的不对 生的时候没领特困 特困是去年才有的", [f("hardship_at_birth", False, "r")],
  known=K(city="jinan", hardship_at_birth=True, kids=[yo(3)]))
m("question", "失业金和低保能一起领吗", [])
m("per_birth_hardship birth_order", "小的生的时候家里是低保户", [chb(2, True)], known=K(city="jinan", kids=[yo(8), yo(2)]))
m("answer per_birth_hardship", "不是 都没领过", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=[yo(5), yo(1)]))

T("2026-07-07")  # Tuesday: 上周X = the week of 2026-06-29
m("per_birth_hardship birth_order", "生老二的前一个月低保刚批 生老大那会儿还没申请", [chb(2, True), chb(1, False)],
  known=K(city="jinan", kids=[yo(6), mo(8)]))
m("relative_date birth_order", "上周四 老三出来了 六斤八两", [bd(3, lastweek(3))], known=K(city="jinan", kids=["2016", "2019"]))
m("per_birth_hardship", "闺女出生那会儿俺俩都领失业保险金", [chb(1, True)], known=K(city="jinan", kids=[yo(2)]))
m("now_vs_birth", "俺家不吃低保 也没领失业金", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(1)]))
m("chitchat", "暑假了 娃们在家快把房顶掀了", [])
m("relative_date hukou", "娃前年秋天生的 户口在济南", [bd(1, year(-2)), f("city", "jinan"), f("hukou_in_city", True)])
m("answer per_birth_hardship birth_order", "老大那会是 老二那会不是", [chb(1, True), chb(2, False)], asked="hardship_at_birth",
  known=K(city="beijing", kids=[yo(4), mo(2)]))
m("question", "低收入家庭有没有额外的补助", [])
m("per_birth_hardship", "他爸下岗那阵领着失业金 正好赶上生他", [f("hardship_at_birth", True)], known=K(city="jinan", kids=[yo(3)]))
m("relative_date per_birth_hardship", "孩子大前天出生 生的时候特困的手续还没办下来", [bd(1, back(3)), f("hardship_at_birth", False)],
  known=K(city="jinan"))
m("duration chitchat", "产假还剩俩月", [], known=K(city="beijing", kids=[mo(4)]))
m("correction per_birth_hardship birth_order", "不对 老大老二出生都吃着低保 不光老二", [chb(1, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(8), "hardship_at_birth": False}, {"birth_date": yo(4), "hardship_at_birth": True}]))

T("2026-09-17")  # Thursday: 上周X = the week of 2026-09-07
m("per_birth_hardship birth_order", "俺家老二出生那年我正领失业金 老大出生时没领", [chb(2, True), chb(1, False)],
  known=K(city="jinan", kids=[yo(9), yo(2)]))
m("relative_date birth_order age", "老二是上周三生的 老大十岁了", [bd(2, lastweek(2)), bd(1, yo(10))], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship", "宝宝出生那会在吃低保 今年春天停了", [f("hardship_at_birth", True), f("hardship_now", False)],
  known=K(city="beijing", kids=[yo(1)]))
m("answer per_birth_hardship", "嗯 生的那阵在领", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=[mo(1)]))
m("question", "失业金的证明去哪开", [])
m("per_birth_hardship", "生重孙子那阵孙子两口子吃着低保", [chb(1, True)], known=K(city="jinan", kids=[mo(6)]))
m("chitchat", "开学了 终于清净了", [])
m("relative_date", "娃是上上个月生的 七月份", [bd(1, thismonth(-2))], known=K(city="jinan"))
m("per_birth_hardship birth_order", "特困供养是生老大之后一年批的 所以就小的出生时候有", [chb(2, True), chb(1, False)],
  known=K(city="jinan", kids=[yo(5), yo(1)]))
m("duration housing_fund", "两口子都交公积金 都交了五年多了", [f("housing_fund_contributors", 2)], known=K(city="jinan", kids=[yo(2)]))
m("answer age", "俩 大的六岁半 小的三个月", [n(2), bd(1, yo(6)), bd(2, mo(3))], asked="children", known=K(city="beijing"))
m("correction per_birth_hardship", "记岔了 生孩子时候领的不是失业金 啥也没领", [f("hardship_at_birth", False, "r")],
  known=K(city="jinan", hardship_at_birth=True, kids=[yo(2)]))

T("2026-11-24")  # Tuesday: 上周X = the week of 2026-11-16
m("per_birth_hardship birth_order", "生老大的时候领着低保 生老二那阵领着失业金 两回都不好过", [chb(1, True), chb(2, True)],
  known=K(city="jinan", kids=[yo(6), yo(2)]))
m("numerals", "十一月十八号生的 小子", [bd(1, pastmonth(11, 18))], known=K(city="jinan"))
m("per_birth_hardship age", "生孙女那会儿家里特困 孙女现在三岁", [chb(1, True), bd(1, yo(3))], known=K(city="jinan"))
m("now_vs_birth relative_date", "低保去年就停了", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(4)]))
m("answer per_birth_hardship birth_order", "生老三那会儿刚领上", [chb(3, True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(12), yo(8), mo(7)]))
m("relative_date birth_order", "老二上周一生的", [bd(2, lastweek(0))], known=K(city="jinan", kids=["2023-05"]))
m("chitchat", "天冷了 俺去给娃熬点粥", [])
m("question", "要是只领过几个月失业金也算吗", [])
m("per_birth_hardship", "生娃时候不是低保户 也不是特困户", [f("hardship_at_birth", False)], known=K(city="beijing", kids=[mo(11)]))
