# Chinese, batch 24: hardship now versus at each birth (低保 特困供养 失业金: 现在 / 当时 / 生老二那会儿 / 去年才办的 / 之前领过),
# per-birth hardship with twins and triplets, loose answers to the hardship question that speak of now or of one child,
# hukou changes (今年刚迁来 户口还在老家) and city moves, grandparents writing, corrections
T("2025-01-06")  # Monday
m("now_vs_birth per_birth_hardship relative_date", "我们家现在吃低保 去年才办下来的 孩子是前年生的 那会儿还没有呢",
  [f("hardship_now", True), f("hardship_at_birth", False), bd(1, year(-2))])
m("answer per_birth_hardship now_vs_birth birth_order", "生老二那会儿领着失业金呢 老大那时候他爸还上班 现在俩人都找着工作了 不领了",
  [chb(2, True), chb(1, False), f("hardship_now", False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2019-04", "2024-10"]))
m("multiples relative_date age per_birth_hardship birth_order", "上周四生了双胞胎 俩闺女 上头还有个五岁的哥哥 生这俩的时候我们是特困供养户 现在也是",
  [bd(2, lastweek(3)), bd(3, lastweek(3)), bd(1, yo(5)), n(3), chb(2, True), chb(3, True), f("hardship_now", True)])
m("answer now_vs_birth", "目前是低保户 孩子出生那会儿啥情况我得问问他爸", [f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=[mo(8)]))
m("now_vs_birth per_birth_hardship relative_date birth_order", "我儿子前年下岗了 失业金领到去年年底就没了 大孙子前年生的 生的时候正领着",
  [f("hardship_now", False), bd(1, year(-2)), chb(1, True)])
m("correction now_vs_birth per_birth_hardship", "前面说错了 生娃那会儿没领低保 是今年才领上的",
  [f("hardship_at_birth", False, "r"), f("hardship_now", True)], known=K(city="jinan", hardship_at_birth=True, kids=["2024-05"]))
m("answer housing_fund age", "我跟对象都交 他单位交得多 我交得少 孩子一岁两个月了", [f("housing_fund_contributors", 2), bd(1, age(1, 2))],
  asked="housing_fund_contributors", known=K(city="jinan"))
m("height birth_order question", "大的一米三二 小的还没一米呢 坐车都不花钱吧", [ht(1, 132), below(2, 100)],
  known=K(city="beijing", kids=[yo(8), yo(3)]))
m("negation_housing hukou", "房子是租的 自己没房 户口还在老家菏泽 俩人在济南打工", [f("renting", True), f("owns_home_in_city", False),
  f("hukou_in_city", False), f("city", "jinan")])
m("insurance per_birth_hardship pregnancy birth_order", "我是灵活就业交的社保 生老大那会儿领过失业金 老二还在肚子里 五个月了",
  [f("birth_insurance", "flexible_employment"), chb(1, True), due(2, preg(5))])
m("chitchat", "好的好的 我回头把孩子出生证明翻出来再来问你")
m("short_year per_birth_hardship birth_order", "老大18年的 老二21年的 老三23年12月 生老三的时候他爸刚没了工作 在领失业金",
  [bd(1, "2018"), bd(2, "2021"), bd(3, "2023-12"), chb(3, True)])
m("answer age per_birth_hardship birth_order", "俩 大的六岁 小的十个月 生小的时候我们领着低保", [n(2), bd(1, yo(6)), bd(2, mo(10)), chb(2, True)],
  asked="children", known=K(city="jinan"))
m("relative_date hukou", "昨天刚生 是个小子 俺们户口今年刚迁到北京", [bd(1, back(1)), f("hukou_in_city", True)], known=K(city="beijing"))
m("duration now_vs_birth pregnancy relative_date", "失业金我领了八个月了 还在领 还剩四个月 老婆下个月生", [f("hardship_now", True), due(1, thismonth(1))])

T("2025-02-28")  # Friday, month end
m("relative_date now_vs_birth", "外孙女今天早上生的 七斤二两 闺女两口子吃着低保呢 这孩子来得不容易", [bd(1, today()), f("hardship_now", True)])
m("answer per_birth_hardship", "都是吃低保那些年生的 每个都是", [f("hardship_at_birth", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2016-07", "2020-11", "2024-12"]))
m("correction short_year birth_order", "不好意思打错了 老大是一九年六月的 不是五月", [bd(1, "2019-06", "r")], known=K(city="beijing", kids=["2019-05", "2023-02"]))
m("hukou age birth_order duration", "我们从济南搬到北京快一年了 户口还在济南 老二是在北京生的 三个月了", [f("city", "beijing"), f("hukou_in_city", False), bd(2, mo(3))])
m("question per_birth_hardship birth_order", "要是我们生老大那时候领着低保 现在还能补申请吗", [chb(1, True, "q")], known=K(city="jinan", kids=[yo(2)]))
m("question chitchat", "低保户生孩子有额外补贴吗 一次给多少")
m("answer housing_fund", "就我老公一个 我在家带孩子没上班", [f("housing_fund_contributors", 1)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=[yo(1)]))
m("answer age per_birth_hardship birth_order", "老大刚满七岁 老二快三岁了 老三半岁 生老三时候领失业金 前俩没有",
  [bd(1, just(7)), bd(2, almost(3)), bd(3, mo(6)), chb(3, True), chb(1, False), chb(2, False)], asked="children", known=K(city="jinan"))
m("answer height birth_order", "大的1米18 小的86公分左右", [ht(1, 118), ht(2, 86)], asked="children.height_cm", known=K(city="beijing", kids=[yo(6), yo(2)]))
m("answer negation_housing", "没有 一直在租 打算明年买", [f("owns_home_in_city", False, "c"), f("renting", True), f("buying_first_home", True)],
  asked="owns_home_in_city", known=K(city="jinan", kids=[yo(3)]))
m("pregnancy now_vs_birth birth_order", "怀老二七个月了 我老公年前刚被裁 这个月开始领失业金", [due(2, preg(7)), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(4)]))
m("per_birth_hardship birth_order", "我是姥爷 闺女家俩外孙 大外孙出生那会儿他们家是特困户 小的出生那会儿已经不是了",
  [n(2), chb(1, True), chb(2, False)])
m("chitchat", "这个政策太复杂了 看了半天也没看明白 先谢谢你")
m("numerals height", "孩子是二〇二四年十二月十二号生的 身长六十八公分", [bd(1, "2024-12-12"), ht(1, 68)])
m("correction hukou", "更正一下 户口还没迁过来 还在聊城老家", [f("hukou_in_city", False, "r")], known=K(city="jinan", hukou_in_city=True, kids=[yo(1)]))

T("2025-05-31")  # Saturday, month end
m("answer per_birth_hardship", "两回生孩子都赶上吃低保 唉", [f("hardship_at_birth", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2021-03", "2025-05"]))
m("multiples age per_birth_hardship now_vs_birth birth_order", "这个月20号生了龙凤胎 前头还有个闺女八岁 我们家失业金领到去年 生这俩的时候已经停了 现在也没领",
  [bd(2, "2025-05-20"), bd(3, "2025-05-20"), bd(1, yo(8)), n(3), chb(2, False), chb(3, False), f("hardship_now", False)])
m("answer age per_birth_hardship birth_order", "老大七岁多 老二三岁 老三刚满月 老三出生前一个月低保批下来了",
  [bd(1, yo(7)), bd(2, yo(3)), bd(3, mo(1)), chb(3, True)], asked="children", known=K(city="beijing"))
m("relative_date per_birth_hardship now_vs_birth birth_order", "去年十月生的二胎 那时候我在领失业金 今年三月领完了 现在没有了",
  [bd(2, "2024-10"), chb(2, True), f("hardship_now", False)], known=K(city="beijing", kids=["2019-08"]))
m("answer hukou", "今年三月刚迁过来 现在是北京户口了", [f("hukou_in_city", True)], asked="hukou_in_city", known=K(city="beijing", kids=[mo(4)]))
m("housing_fund", "我俩都没公积金 单位不给交 唉", [f("housing_fund_contributors", 0)], known=K(city="jinan", kids=[yo(2)]))
m("answer insurance", "我单位交着生育保险呢", [f("birth_insurance", "employee_maternity")], asked="birth_insurance", known=K(city="jinan", kids=[yo(1)]))
m("height per_birth_hardship birth_order", "老二还不到一米二 老大都一米三五了 每个孩子出生那会儿家里都吃低保",
  [below(2, 120), ht(1, 135), f("hardship_at_birth", True)], known=K(city="jinan", kids=[yo(10), yo(5)]))
m("correction age", "说错了 孩子是三岁半 不是两岁半", [bd(1, yo(3), "r")], known=K(city="beijing", kids=[yo(2)]))
m("chitchat", "唉 日子难啊 能多领点是点吧")
m("question hukou", "要是明年户口迁过来 孩子能享受济南的补贴不", [f("hukou_in_city", True, "q")],
  known=K(city="jinan", hukou_in_city=False, kids=[yo(1)]))
m("answer per_birth_hardship now_vs_birth", "没有 那时候还上着班呢 上个月才被裁的 现在领失业金", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=[mo(3)]))
m("hukou negation_housing age pregnancy", "奶奶来说一句 我儿子一家户口还在老家 在北京租房住 孙子一岁半 儿媳又怀上二胎了",
  [f("hukou_in_city", False), f("city", "beijing"), f("renting", True), bd(1, yo(1)), due(2, None)])
m("duration pregnancy now_vs_birth", "预产期7月初 家里低保停了三个月了", [due(1, nextmonth(7)), f("hardship_now", False)])
m("short_year hukou birth_order", "老三是去年12月的 老大老二都是在老家生的 户口也都还在老家", [bd(3, "2024-12"), f("hukou_in_city", False)],
  known=K(city="jinan"))

T("2025-09-30")  # Tuesday, month end
m("multiples relative_date now_vs_birth", "上周六生了 双胞胎男孩 这是头胎 我们领着失业金呢", [bd(1, lastweek(5)), bd(2, lastweek(5)), n(2), f("hardship_now", True)])
m("answer per_birth_hardship multiples birth_order", "这俩小的生的时候吃着低保 大闺女生的时候还没吃上", [chb(2, True), chb(3, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2020-02", "2025-09-22", "2025-09-22"]))
m("correction per_birth_hardship birth_order", "我刚才弄反了 老大出生没领 老二出生那阵才领的失业金", [chb(1, False, "r"), chb(2, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2017-04", "hardship_at_birth": True}, {"birth_date": "2022-08", "hardship_at_birth": False}]))
m("answer housing_fund", "俩 我和孩子他爹", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors", known=K(city="jinan", kids=[yo(2)]))
m("relative_date", "前天夜里生的 七斤 全家都高兴坏了", [bd(1, back(2))], known=K(city="jinan", hukou_in_city=True))
m("negation_housing", "在济南没房 租房住 暂时也不打算买", [f("owns_home_in_city", False), f("renting", True), f("buying_first_home", False)],
  known=K(city="jinan"))
m("age per_birth_hardship now_vs_birth", "孩子出生半年后他爸才开始领失业金 现在还领着 孩子一岁三个月了",
  [f("hardship_at_birth", False), f("hardship_now", True), bd(1, age(1, 3))])
m("question", "特困供养的家庭 生二胎补贴一次性给多少啊")
m("answer height birth_order", "小的身高九十二 老大不知道 没量过", [ht(2, 92)], asked="children.height_cm", known=K(city="jinan", kids=[yo(6), yo(2)]))
m("hukou", "我们户口今年刚迁到济南 之前在德州 就为了老大上学", [f("hukou_in_city", True)], known=K(city="jinan"))
m("multiples pregnancy birth_order", "B超说是双胞胎 怀了四个月 上头还有俩姐姐", [due(3, preg(4)), due(4, preg(4)), n(2)])
m("answer insurance now_vs_birth", "没有 啥保险都没交 失业以后就断了 现在领失业金", [f("birth_insurance", "none"), f("hardship_now", True)],
  asked="birth_insurance", known=K(city="beijing", kids=[yo(3)]))
m("chitchat", "好嘞 明白了 谢谢小助手")
m("numerals per_birth_hardship birth_order", "老大２０１８年３月 老二２０２１年１１月 生老二那阵子在吃低保", [bd(1, "2018-03"), bd(2, "2021-11"), chb(2, True)])
m("question pregnancy per_birth_hardship birth_order", "现在怀着老三呢 如果生的时候低保还没停 是不是能多给点",
  [due(3, None), chb(3, True, "q")], known=K(city="jinan", kids=["2018-01", "2021-06"], hardship_now=True))

T("2026-01-15")  # Thursday
m("relative_date hukou birth_order", "上周一生的老二 剖的 今天刚出院 户口还在老家 人在北京", [bd(2, lastweek(0)), f("hukou_in_city", False), f("city", "beijing")])
m("answer per_birth_hardship now_vs_birth", "是 那时候在领 去年夏天停了 现在没有", [f("hardship_at_birth", True, "c"), f("hardship_now", False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2022-04"]))
m("age birth_order per_birth_hardship", "我孙女一岁四个月 孙子这个月五号生的 儿子下岗了 孙子生的时候正好领上失业金",
  [bd(1, age(1, 4)), bd(2, "2026-01-05"), chb(2, True)])
m("correction now_vs_birth per_birth_hardship", "不对不对 现在已经不领了 是生孩子那时候领的", [f("hardship_now", False, "r"), f("hardship_at_birth", True)],
  known=K(city="beijing", kids=[yo(4)], hardship_now=True))
m("housing_fund", "公积金家里就我一个交的 老公干个体 没有", [f("housing_fund_contributors", 1)], known=K(city="jinan", kids=[yo(3)]))
m("answer age hukou", "俩娃 一个五岁 一个一岁半 都是北京生的 户口也在北京", [n(2), bd(1, yo(5)), bd(2, yo(1)), f("hukou_in_city", True)],
  asked="children", known=K(city="beijing"))
m("short_year per_birth_hardship birth_order", "老大是15年 老二19年 老三25年8月 低保是24年才办的 生老三的时候就领上了 老大老二生的时候都没有",
  [bd(1, "2015"), bd(2, "2019"), bd(3, "2025-08"), chb(3, True), chb(1, False), chb(2, False)])
m("answer multiples age", "三个 老大老二是双胞胎 十岁了 老三刚两个月", [n(3), bd(1, yo(10)), bd(2, yo(10)), bd(3, mo(2))],
  asked="children", known=K(city="jinan"))
m("height question", "孩子一米零五 还用买票吗", [ht(1, 105)], known=K(city="jinan", kids=[yo(5)]))
m("answer negation_housing", "不租 住的是孩子姥姥家的房", [f("renting", False, "c")], asked="renting", known=K(city="beijing", kids=[yo(2)]))
m("answer insurance now_vs_birth", "我是职工医保 单位交生育险 老公在领失业金", [f("birth_insurance", "employee_maternity"), f("hardship_now", True)],
  asked="birth_insurance", known=K(city="jinan", kids=[mo(9)]))
m("chitchat", "今天冷死了 排了半天队也没办成 气人")
m("relative_date per_birth_hardship now_vs_birth", "孩子上个月生的 生的时候我们领低保 现在也领", [bd(1, thismonth(-1)), f("hardship_at_birth", True), f("hardship_now", True)])
m("duration now_vs_birth age", "我们领了三年低保了 到现在还领着 俩孩子 老二一岁", [f("hardship_now", True), n(2), bd(2, yo(1))])
m("correction hukou", "我说错了 户口是北京的 去年就迁过来了", [f("hukou_in_city", True, "r")], known=K(city="beijing", hukou_in_city=False, kids=[yo(3)]))

T("2026-02-02")  # Monday
m("multiples relative_date", "上周日生的 三胞胎！！我的天 家里还有个大的 上小学了", [bd(2, lastweek(6)), bd(3, lastweek(6)), bd(4, lastweek(6)), n(4)])
m("answer per_birth_hardship birth_order", "老三出生前头俩月刚办下来低保 老大老二那时候没有", [chb(3, True), chb(1, False), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2019-09", "2023-03", "2026-01-20"]))
m("hukou multiples age per_birth_hardship now_vs_birth", "姥姥问一下 闺女今年刚把户口迁来济南 就这一对双胞胎外孙 三岁 生孩子那阵女婿在领失业金 现在不领了 俩人都上班了",
  [f("hukou_in_city", True), f("city", "jinan"), n(2), bd(1, yo(3)), bd(2, yo(3)), f("hardship_at_birth", True), f("hardship_now", False)])
m("correction multiples", "打错了 双胞胎是一月份生的 不是十二月", [bd(2, pastmonth(1), "r"), bd(3, pastmonth(1), "r")],
  known=K(city="beijing", kids=["2021-06", "2025-12", "2025-12"]))
m("correction housing_fund", "不是一个 我老婆单位也给交 俩人都有", [f("housing_fund_contributors", 2, "r")],
  known=K(city="jinan", housing_fund_contributors=1, kids=[yo(2)]))
m("age height", "孩子快两岁了 还不到八十公分 是不是太矮了", [bd(1, almost(2)), below(1, 80)], known=K(city="jinan"))
m("negation_housing", "我们在济南没买房 住单位宿舍", [f("owns_home_in_city", False)], known=K(city="jinan", kids=[yo(1)]))
m("pregnancy now_vs_birth birth_order", "怀孕六个月 二胎 老公之前领过失业金 现在又上班了 不领了", [due(2, preg(6)), f("hardship_now", False)])
m("question", "失业金和低保能同时领吗")
m("answer pregnancy", "五月下旬 医生说可能提前", [due(2, nextmonth(5))], asked="due_date", known=K(city="beijing", kids=[yo(4)]))
m("answer height birth_order", "老大一米四 老二一米二二 老三一米不到", [ht(1, 140), ht(2, 122), below(3, 100)],
  asked="children.height_cm", known=K(city="jinan", kids=[yo(11), yo(7), yo(3)]))
m("chitchat", "行 知道了")
m("now_vs_birth age", "最近刚批了特困供养 孩子都八岁了", [f("hardship_now", True), bd(1, yo(8))])
m("hukou", "去年从北京回济南了 全家户口也都迁回济南了", [f("city", "jinan"), f("hukou_in_city", True)])
m("relative_date pregnancy birth_order", "大前年生的老大 前年生的老二 今年要生老三 忙死了", [bd(1, year(-3)), bd(2, year(-2)), due(3, year())])

T("2026-06-30")  # Tuesday, month end
m("answer per_birth_hardship birth_order", "头俩没赶上 就老三生那会儿家里是特困供养", [chb(1, False), chb(2, False), chb(3, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2018-05", "2021-10", "2026-06-10"]))
m("answer per_birth_hardship now_vs_birth", "孩子生下来以后才办的低保 现在领着", [f("hardship_at_birth", False), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=[mo(2)]))
m("hukou age now_vs_birth birth_order", "爷爷问问 儿子一家在北京 户口都在山东老家 大孙子六岁 小孙子俩月 儿子去年失业领了一年失业金 这个月刚断",
  [f("city", "beijing"), f("hukou_in_city", False), bd(1, yo(6)), bd(2, mo(2)), f("hardship_now", False)])
m("correction now_vs_birth per_birth_hardship", "刚才说得不对 孩子出生那会儿没领 我们是现在在领", [f("hardship_at_birth", False, "r"), f("hardship_now", True, "r")],
  known=K(city="jinan", kids=["2020-03"], hardship_at_birth=True, hardship_now=False))
m("housing_fund negation_housing", "我们俩公积金都在交 想买首套房 现在租着", [f("housing_fund_contributors", 2), f("buying_first_home", True), f("renting", True)],
  known=K(city="beijing", kids=[yo(1)]))
m("answer age per_birth_hardship birth_order", "大宝九岁半 二宝四岁多 三宝才五个月 三宝生之前低保就停了", [bd(1, yo(9)), bd(2, yo(4)), bd(3, mo(5)), chb(3, False)],
  asked="children", known=K(city="jinan"))
m("question now_vs_birth per_birth_hardship", "如果我们现在是低保户 孩子生的时候还不是 能享受这个补贴吗",
  [f("hardship_now", True, "q"), f("hardship_at_birth", False, "q")], known=K(city="jinan", kids=[yo(1)]))
m("answer hukou", "嗯 今年三月刚迁过来的", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(1)]))
m("answer insurance now_vs_birth", "现在没工作 交的居民医保 老公在领失业金", [f("birth_insurance", "resident_medical"), f("hardship_now", True)],
  asked="birth_insurance", known=K(city="jinan", kids=[yo(2)]))
m("multiples relative_date age now_vs_birth birth_order", "双胞胎儿子昨天生的 我们是低保户 大闺女都十二了",
  [bd(2, back(1)), bd(3, back(1)), bd(1, yo(12)), n(3), f("hardship_now", True)])
m("chitchat", "孩子哭了 我先去喂奶 一会儿再说")
m("answer numerals height birth_order", "老三身高一百零二公分 老大一百三十八", [ht(3, 102), ht(1, 138)],
  asked="children.height_cm", known=K(city="beijing", kids=[yo(10), yo(7), yo(4)]))
m("relative_date per_birth_hardship", "这个月月初生的 生的时候我老公正领着失业金", [bd(1, thismonth()), f("hardship_at_birth", True)])
m("correction height", "不是1米2 昨天量了是1米26", [ht(1, 126, "r")], known=K(city="beijing", kids=[{"birth_date": yo(7), "height_cm": 120}]))
m("answer negation_housing now_vs_birth", "不打算 低保户哪买得起房啊", [f("buying_first_home", False, "c"), f("hardship_now", True)],
  asked="buying_first_home", known=K(city="jinan", owns_home_in_city=False, kids=[yo(2)]))

T("2026-12-31")  # Thursday, month end
m("relative_date per_birth_hardship", "上周二出生的 7斤3两 生的时候家里在吃低保", [bd(1, lastweek(1)), f("hardship_at_birth", True)])
m("answer per_birth_hardship birth_order", "生老二老三的时候领失业金 老大和老四都没有", [chb(2, True), chb(3, True), chb(1, False), chb(4, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2016-02", "2019-07", "2022-12", "2026-12-01"]))
m("answer per_birth_hardship now_vs_birth", "都没有 就今年老公生病以后才办的低保 现在领着", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2023-05", "2026-09"]))
m("hukou age now_vs_birth", "老太太不会打字 让孙女帮着写的 我闺女在济南 户口还在老家 外孙两岁 闺女两口子现在都领失业金",
  [f("city", "jinan"), f("hukou_in_city", False), bd(1, yo(2)), f("hardship_now", True)])
m("correction per_birth_hardship birth_order", "哎我记错了 生老二的时候我们在领低保的", [chb(2, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2018-09", "hardship_at_birth": False}, {"birth_date": "2024-02", "hardship_at_birth": False}]))
m("housing_fund duration", "公积金的话 我停缴半年了 现在就我老公在交", [f("housing_fund_contributors", 1)], known=K(city="beijing", kids=[yo(3)]))
m("age per_birth_hardship now_vs_birth", "孩子刚满三岁 出生前我们就是特困户 到现在一直是", [bd(1, just(3)), f("hardship_at_birth", True), f("hardship_now", True)])
m("pregnancy per_birth_hardship now_vs_birth birth_order", "二胎 怀孕八个月了 头胎生的时候我们吃低保 现在不吃了", [due(2, preg(8)), chb(1, True), f("hardship_now", False)])
m("question per_birth_hardship birth_order", "如果明年生老三 到时候我们还领着低保 补贴能多多少", [due(3, year(1), "q"), chb(3, True, "q")],
  known=K(city="jinan", kids=[yo(5), yo(2)]))
m("answer hukou", "不在 户口一直在北京 人在济南上班 孩子也在济南生的", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(1)]))
m("chitchat", "新年快乐！明年再来问")
m("short_year numerals per_birth_hardship birth_order", "老大是二〇年的 老二是二四年六月 生老二那阵子我老公领失业金", [bd(1, "2020"), bd(2, "2024-06"), chb(2, True)])
m("answer height birth_order", "小的还不到一米 大的一米一五", [below(2, 100), ht(1, 115)], asked="children.height_cm", known=K(city="beijing", kids=[yo(6), yo(2)]))
m("answer negation_housing", "对 租的 两千一个月", [f("renting", True, "c")], asked="renting", known=K(city="jinan", kids=[yo(3)]))
m("duration now_vs_birth per_birth_hardship birth_order", "低保吃了五年了 孩子们出生的时候都在吃", [f("hardship_now", True), f("hardship_at_birth", True)],
  known=K(city="jinan", kids=[yo(4), yo(1)]))

T("2027-01-27")  # Wednesday
m("relative_date per_birth_hardship birth_order", "上周五生的老二 生的时候正领着低保 去年十月批下来的", [bd(2, lastweek(4)), chb(2, True)],
  known=K(city="jinan", kids=["2022-03"]))
m("answer per_birth_hardship now_vs_birth", "那会儿是没有 现在有了", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2026-03"]))
m("correction", "说错了 我们在济南 不是北京", [f("city", "jinan", "r")], known=K(city="beijing", kids=[yo(2)]))
m("housing_fund pregnancy", "爷爷来问 儿子小两口公积金都交着 孙子三月份出生", [f("housing_fund_contributors", 2), due(1, nextmonth(3))])
m("age per_birth_hardship", "孩子一岁零两个月 特困供养是孩子生下来第二年才给批的", [bd(1, age(1, 2)), f("hardship_at_birth", False)])
m("hukou per_birth_hardship birth_order", "户口去年刚迁到北京 老大在老家生的 那时候领低保 老二在北京生的 没领",
  [f("hukou_in_city", True), chb(1, True), chb(2, False)], known=K(city="beijing"))
m("answer multiples age birth_order", "四个 大的俩是双胞胎 上初中了 下面还有个七岁的 最小的刚满月", [n(4), bd(3, yo(7)), bd(4, mo(1))],
  asked="children", known=K(city="jinan"))
m("answer housing_fund", "没有公积金 俩人都是打零工的", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors", known=K(city="jinan", kids=[yo(5)]))
m("negation_housing", "以前在北京 房子卖了 现在在济南租房住", [f("city", "jinan"), f("renting", True)])
m("chitchat", "唉 说多了都是泪")
m("question", "1米2以下是不是不用买票")
m("relative_date age per_birth_hardship birth_order", "前天生的小棉袄 老大六岁了 生老大的时候领过失业金 这次没领", [bd(2, back(2)), bd(1, yo(6)), chb(1, True), chb(2, False)])
m("answer insurance duration", "生育保险是单位交的 交了五年了", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="beijing", kids=[yo(3)]))
m("multiples pregnancy age now_vs_birth", "怀的双胞胎 五个月了 老大三岁 我们目前吃低保", [due(2, preg(5)), due(3, preg(5)), bd(1, yo(3)), f("hardship_now", True)])
m("correction now_vs_birth", "更正 失业金上个月已经领完了 现在没有了", [f("hardship_now", False, "r")], known=K(city="beijing", hardship_now=True, kids=[yo(1)]))

T("2027-03-31")  # Wednesday, month end
m("relative_date per_birth_hardship birth_order", "上周四 老三出生了 三个孩子里就这个是赶上低保的时候生的", [bd(3, lastweek(3)), n(3), chb(3, True), chb(1, False), chb(2, False)])
m("answer per_birth_hardship multiples now_vs_birth birth_order", "大的那次领着 双胞胎这次没有 现在又领上了", [chb(1, True), chb(2, False), chb(3, False), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2021-02", "2024-08", "2024-08"]))
m("per_birth_hardship hukou birth_order", "外婆写的 我闺女生二胎时候女婿领失业金 头胎那会儿没有 闺女户口今年刚落到济南", [chb(2, True), chb(1, False), f("hukou_in_city", True)],
  known=K(city="jinan"))
m("answer per_birth_hardship now_vs_birth", "一直都在领 孩子出生前就开始了", [f("hardship_at_birth", True), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=[yo(1)]))
m("answer age", "外孙女三岁了 外孙刚满周岁", [bd(1, yo(3)), bd(2, just(1))], asked="children", known=K(city="jinan"))
m("answer housing_fund", "没人交 都没有", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors", known=K(city="jinan", kids=[yo(4)]))
m("correction per_birth_hardship", "刚才说错了 生孩子那会儿就已经在领了 到现在一直领", [f("hardship_at_birth", True, "r")],
  known=K(city="jinan", kids=["2024-03"], hardship_at_birth=False, hardship_now=True))
m("height question now_vs_birth", "孩子一米一 我们是低保户 坐公交有优惠吗", [ht(1, 110), f("hardship_now", True)], known=K(city="jinan", kids=[yo(5)]))
m("answer pregnancy now_vs_birth", "五月三号 头胎 怀上以后老公才失业的 现在领失业金", [due(1, nextmonth(5, 3)), f("hardship_now", True)],
  asked="due_date", known=K(city="beijing"))
m("chitchat", "好的 谢谢 我让我儿子明天去社区问问")
m("numerals height age", "孩子身高一米三 体重六十斤 今年九岁", [ht(1, 130), bd(1, yo(9))])
m("duration now_vs_birth age", "失业金领了十个月了 还在领 孩子七个月大 他出生那会就在领", [f("hardship_now", True), bd(1, mo(7)), f("hardship_at_birth", True)])
m("answer hukou", "济南 今年过完年从北京搬过来的 户口还在北京", [f("city", "jinan"), f("hukou_in_city", False)], asked="city")
m("answer per_birth_hardship birth_order", "第一个跟第三个是 第二个不是", [chb(1, True), chb(3, True), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2019-10", "2022-05", "2026-12"]))
m("answer negation_housing", "有 济南有套房 贷款还完了", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city", known=K(city="jinan", kids=[yo(6)]))
