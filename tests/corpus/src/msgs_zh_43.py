# Chinese, batch 43: hardship at each birth (per-birth hardship for families of two or three, benefits started or
# stopped at a stated time set against the births, 失业金 vs 低保 vs 特困), now versus at the birth, relative dates
# (上上个月, 大前年, 前天, 上周X on Mon-Thu only), durations that are not ages (公积金交了几年, 产假, 低保领了几年),
# answers to the hardship question, corrections of one fact, questions with one fact, chitchat and bare questions
T("2025-02-13")  # Thursday: 上周X = the week of 2025-02-03
m("per_birth_hardship birth_order relative_date", "生老大那年没吃低保 生老二那会正吃着 老二今年一月出生的",
  [chb(1, False), chb(2, True), bd(2, "2025-01")], known=K(city="jinan", kids=[yo(4)]))
m("per_birth_hardship short_year relative_date birth_order", "低保是前年批下来的 现在也还领 老大一八年生的 生老大的时候还没有 老二去年生的 生老二的时候已经在领了",
  [f("hardship_now", True), bd(1, "2018"), chb(1, False), bd(2, "2024"), chb(2, True)], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "大的那会没有 小的那会有 特困", [chb(1, False), chb(2, True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(6), yo(2)]))
m("relative_date birth_order", "上周二孙子落地了 俺闺女头一胎", [bd(1, lastweek(1))], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship duration", "失业金还有俩月领完 孩子出生那时候还没失业 啥也没领",
  [f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="beijing", kids=[mo(8)]))
m("chitchat", "这两天娃闹觉 一宿醒五六回 熬死个人", [])
m("question", "特困供养的人家生娃 补贴另算不", [])
m("duration age", "产假休了仨月就回去上班了 娃现在五个月", [bd(1, mo(5))], known=K(city="jinan"))
m("correction per_birth_hardship birth_order", "刚才说反了 领低保那会生的是老二 老大出生的时候没领", [chb(2, True, "r"), chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(5), "hardship_at_birth": True}, yo(1)]))
m("relative_date per_birth_hardship birth_order", "大前年生的老大 生老大那年家里吃着特困", [bd(1, year(-3)), chb(1, True)], known=K(city="jinan"))
m("question now_vs_birth birth_order age", "俺们是低保户 老三刚满月 能领多少", [f("hardship_now", True), bd(3, mo(1))],
  known=K(city="jinan", kids=[yo(7), yo(3)]))
m("answer per_birth_hardship numerals", "仨孩子生的时候都没领过啥", [n(3), f("hardship_at_birth", False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(9), yo(5), yo(1)]))
m("duration housing_fund", "公积金我交了两年 对象没交", [f("housing_fund_contributors", 1)], known=K(city="jinan", kids=[yo(1)]))
m("now_vs_birth per_birth_hardship birth_order relative_date", "现在不领低保了 去年年底停的 老二出生时还领着",
  [f("hardship_now", False), chb(2, True)], known=K(city="jinan", kids=[yo(6), yo(2)]))
m("relative_date birth_order", "前天夜里生的 二胎 是个小子", [bd(2, back(2))], known=K(city="jinan", kids=[yo(3)]))

T("2025-04-08")  # Tuesday: 上周X = the week of 2025-03-31
m("per_birth_hardship birth_order", "老大老二出生的时候都是特困户 老三那会儿就不是了", [chb(1, True), chb(2, True), chb(3, False)],
  known=K(city="jinan", kids=[yo(10), yo(6), yo(1)]))
m("duration now_vs_birth per_birth_hardship birth_order", "低保领了五年了 现在还领 老二就是领低保这几年里生的",
  [f("hardship_now", True), chb(2, True)], known=K(city="jinan", kids=[yo(8), yo(2)]))
m("answer per_birth_hardship", "没 那会儿俩人都上班", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=[yo(1)]))
m("relative_date birth_order hukou", "上上个月生的 头胎 济南户口", [bd(1, thismonth(-2)), f("city", "jinan"), f("hukou_in_city", True)])
m("question", "失业金和低保同时领的话 算困难家庭不", [])
m("now_vs_birth per_birth_hardship relative_date", "娃生的时候在领失业金 领到今年开春就停了", [f("hardship_at_birth", True), f("hardship_now", False)],
  known=K(city="beijing", kids=[mo(10)]))
m("chitchat", "清明回老家上坟 娃晕车吐了一路", [])
m("per_birth_hardship birth_order", "俺家老二是三月二十八生的 生那会儿领着低保", [bd(2, pastmonth(3, 28)), chb(2, True)],
  known=K(city="jinan", kids=[yo(5)]))
m("correction age birth_order", "不对 老二是两个月 刚才多说了一个月", [bd(2, mo(2), "r")], known=K(city="jinan", kids=[yo(4), mo(3)]))
m("answer age per_birth_hardship", "俩 一个七岁半 一个刚满周岁 生俩孩子时都吃低保", [n(2), bd(1, yo(7)), bd(2, just(1)), f("hardship_at_birth", True)],
  asked="children", known=K(city="jinan"))
m("duration now_vs_birth", "我在领失业金 两个月了", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(3)]))
m("duration age", "老婆产假一百二十八天 快休完了 娃四个月", [bd(1, mo(4))], known=K(city="jinan"))
m("question hukou birth_order", "要是户口迁到北京 老大老二都能领吗", [f("hukou_in_city", True, "q")], known=K(city="beijing", kids=[yo(5), yo(2)]))
m("relative_date per_birth_hardship", "去年十月生的 生的时候家里是特困供养", [bd(1, "2024-10"), f("hardship_at_birth", True)], known=K(city="jinan"))
m("per_birth_hardship birth_order", "头俩孩子出生都没领过 老三出生前半年开始领的低保 生老三时正领着", [chb(1, False), chb(2, False), chb(3, True)],
  known=K(city="jinan", kids=[yo(9), yo(6), mo(4)]))

T("2025-06-19")  # Thursday: 上周X = the week of 2025-06-09
m("relative_date birth_order age", "上周五生的 三胎 大姐九岁 二姐六岁", [bd(3, lastweek(4)), bd(1, yo(9)), bd(2, yo(6))], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "就最小的那个赶上了 上头俩没有", [chb(3, True), chb(1, False), chb(2, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(8), yo(4), mo(6)]))
m("now_vs_birth per_birth_hardship relative_date", "生娃的时候没吃低保 这不上个月刚批下来", [f("hardship_at_birth", False), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(1)]))
m("duration housing_fund", "俺儿子交公积金交了十来年了 儿媳妇也交", [f("housing_fund_contributors", 2)], known=K(city="jinan", kids=[yo(2)]))
m("chitchat", "端午包的粽子 孩子一个没吃", [])
m("question", "领低保的时候生的孩子 后来不领了还算不算", [])
m("relative_date", "闺女前天剖的 外孙女 七斤多 她家就这一个", [bd(1, back(2)), n(1)], known=K(city="jinan"))
m("short_year per_birth_hardship birth_order", "老大生在一九年 那年俺家还是特困 老二生在二三年 那会儿已经不是了",
  [bd(1, "2019"), chb(1, True), bd(2, "2023"), chb(2, False)], known=K(city="jinan"))
m("correction now_vs_birth relative_date", "更正一下 现在不领了 上个月停的", [f("hardship_now", False, "r")],
  known=K(city="jinan", kids=[yo(2)], hardship_now=True))
m("age per_birth_hardship birth_order duration", "老二五个月 生他时我正领失业金 领了半年", [bd(2, mo(5)), chb(2, True)], known=K(city="beijing", kids=[yo(4)]))
m("answer negation_housing", "嗯呐 一直租着", [f("renting", True, "c")], asked="renting", known=K(city="jinan", kids=[yo(3)]))
m("per_birth_hardship now_vs_birth numerals", "俩娃都是领低保那几年生的 现在日子好了不领了", [n(2), f("hardship_at_birth", True), f("hardship_now", False)],
  known=K(city="jinan", kids=[yo(7), yo(3)]))
m("question per_birth_hardship", "生娃的时候俺在领失业金 能多给点不", [f("hardship_at_birth", True)], known=K(city="beijing", kids=[mo(3)]))
m("relative_date per_birth_hardship birth_order", "老三今年二月出生的 低保是老三出生以后才办下来的 生老三时没有", [bd(3, "2025-02"), chb(3, False)],
  known=K(city="jinan", kids=[yo(7), yo(4)]))
m("age per_birth_hardship numerals", "大孙子七岁 小孙女三岁 生俩娃时家里都吃特困", [bd(1, yo(7)), bd(2, yo(3)), n(2), f("hardship_at_birth", True)],
  known=K(city="jinan"))

T("2025-08-27")  # Wednesday: 上周X = the week of 2025-08-18
m("now_vs_birth per_birth_hardship relative_date birth_order", "失业金去年停的 老二是前年生的 生他那会还领着",
  [f("hardship_now", False), bd(2, year(-2)), chb(2, True)], known=K(city="jinan", kids=[yo(6)]))
m("answer per_birth_hardship birth_order", "老大老二出生时都没领", [chb(1, False), chb(2, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(5), yo(2)]))
m("duration insurance", "产假休了四个月 之前单位给交的职工生育险", [f("birth_insurance", "employee_maternity")], known=K(city="jinan", kids=[mo(5)]))
m("relative_date birth_order age", "昨天凌晨生的老二 老大在姥姥家 五岁", [bd(2, back(1)), bd(1, yo(5))], known=K(city="jinan"))
m("chitchat", "开学了 老大哭着不去幼儿园", [])
m("question", "低保户生三胎有没有额外的钱", [])
m("now_vs_birth per_birth_hardship birth_order", "咱家现在还吃着低保 生老大那会儿没有 生老二那会儿有",
  [f("hardship_now", True), chb(1, False), chb(2, True)], known=K(city="jinan", kids=[yo(6), yo(1)]))
m("answer per_birth_hardship", "在领 特困供养", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=[mo(7)]))
m("duration housing_fund", "交公积金的就俺家那口子 交了三年", [f("housing_fund_contributors", 1)], known=K(city="beijing", kids=[yo(1)]))
m("correction per_birth_hardship birth_order", "搞错了 老大出生那会儿领着失业金呢", [chb(1, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(5), "hardship_at_birth": False}, yo(2)]))
m("relative_date now_vs_birth", "去年七月生的 这月刚办的低保", [bd(1, "2024-07"), f("hardship_now", True)], known=K(city="jinan"))
m("duration now_vs_birth", "低保吃了三年多 今年开春停了", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(4)]))
m("relative_date multiples per_birth_hardship", "上周一生的双胞胎 头胎 生双胞胎的时候家里领着低保",
  [bd(1, lastweek(0)), bd(2, lastweek(0)), n(2), chb(1, True), chb(2, True)], known=K(city="jinan"))
m("per_birth_hardship birth_order numerals", "三个孩子 老大出生的时候特困 后面俩没有", [n(3), chb(1, True), chb(2, False), chb(3, False)],
  known=K(city="jinan", kids=[yo(11), yo(6), yo(2)]))
m("question per_birth_hardship birth_order", "要是生老二那会儿在领失业金 能多领不", [chb(2, True, "q")], known=K(city="beijing", kids=[yo(4), yo(1)]))

T("2025-10-16")  # Thursday: 上周X = the week of 2025-10-06
m("relative_date birth_order per_birth_hardship now_vs_birth", "老二上周三出生的 生的时候正领着失业金 到现在还领",
  [bd(2, lastweek(2)), chb(2, True), f("hardship_now", True)], known=K(city="jinan", kids=[yo(3)]))
m("answer per_birth_hardship birth_order", "头两个是 最小的不是", [chb(1, True), chb(2, True), chb(3, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(9), yo(6), yo(1)]))
m("duration housing_fund", "交了六年公积金了 两口子都交", [f("housing_fund_contributors", 2)], known=K(city="jinan", kids=[yo(2)]))
m("relative_date age birth_order", "大前年生的闺女 今年又添了个小子 刚满月", [bd(1, year(-3)), bd(2, mo(1))], known=K(city="jinan"))
m("chitchat", "国庆带娃出去玩 人山人海的", [])
m("short_year per_birth_hardship relative_date birth_order", "低保去年三月开始领的 现在还领 老大是二一年生的 那时候还没领",
  [f("hardship_now", True), bd(1, "2021"), chb(1, False)], known=K(city="jinan"))
m("age per_birth_hardship birth_order", "老三九个月 生老三时没领 老大老二出生时候都领着低保", [bd(3, mo(9)), chb(3, False), chb(1, True), chb(2, True)],
  known=K(city="jinan", kids=[yo(8), yo(5)]))
m("question", "特困和低保是一回事不", [])
m("correction per_birth_hardship", "说错了 生娃时领的不是低保 啥也没领", [f("hardship_at_birth", False, "r")],
  known=K(city="jinan", kids=[yo(1)], hardship_at_birth=True))
m("duration age", "产假休了五个多月 娃五个月了", [bd(1, mo(5))], known=K(city="beijing"))
m("answer per_birth_hardship birth_order", "老大那会没有 老二那会在领失业金", [chb(1, False), chb(2, True)], asked="hardship_at_birth",
  known=K(city="beijing", kids=[yo(7), yo(2)]))
m("relative_date birth_order", "俺奶奶帮着问 重孙子前天生的 孙媳妇头一胎", [bd(1, back(2))], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship", "现在领着特困 孩子出生时也领着", [f("hardship_now", True), f("hardship_at_birth", True)],
  known=K(city="jinan", kids=[yo(2)]))
m("relative_date birth_order per_birth_hardship", "上上个月生的老二 生的时候失业金已经领完了", [bd(2, thismonth(-2)), chb(2, False)],
  known=K(city="beijing", kids=[yo(4)]))
m("answer hukou", "不是 俺们户口还在滨州乡下", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(1)]))

T("2025-12-04")  # Thursday: 上周X = the week of 2025-11-24
m("per_birth_hardship birth_order", "生老大老二都赶上吃低保 老三出生前一年低保就停了 生老三时已经不吃了",
  [chb(1, True), chb(2, True), chb(3, False)], known=K(city="jinan", kids=[yo(10), yo(7), yo(1)]))
m("relative_date now_vs_birth per_birth_hardship", "前年开始领低保 领到现在 娃是今年五月生的 生娃时也在领",
  [f("hardship_now", True), bd(1, "2025-05"), f("hardship_at_birth", True)], known=K(city="jinan"))
m("answer per_birth_hardship numerals", "两个 都是领低保那阵儿生的", [n(2), f("hardship_at_birth", True)], asked="children", known=K(city="jinan"))
m("chitchat", "下雪了 孩子们在楼下堆雪人", [])
m("question now_vs_birth relative_date", "俺家低保去年停了 补贴还能申请不", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(2)]))
m("duration birth_order", "老二是十一月二十号生的 我产假才休了半个月", [bd(2, pastmonth(11, 20))], known=K(city="jinan", kids=[yo(3)]))
m("correction per_birth_hardship birth_order", "弄反了 老大没有 老二有", [chb(1, False, "r"), chb(2, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2019", "hardship_at_birth": True}, {"birth_date": "2023", "hardship_at_birth": False}]))
m("per_birth_hardship numerals", "俺们一家五口 仨娃 生的时候都没领低保", [n(3), f("hardship_at_birth", False)], known=K(city="jinan"))
m("duration now_vs_birth per_birth_hardship numerals", "低保领了七年 今年年初才停 两个孩子出生时候都领着",
  [f("hardship_now", False), n(2), f("hardship_at_birth", True)], known=K(city="jinan", kids=[yo(6), yo(2)]))
m("age per_birth_hardship duration", "娃两岁半 生的时候我在领失业金 领了一年", [bd(1, yo(2)), f("hardship_at_birth", True)], known=K(city="beijing"))
m("question", "产假期间领失业金行不行", [])
m("answer duration insurance", "交的灵活就业 交了两年多", [f("birth_insurance", "flexible_employment")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": "2026-03"}]))
m("per_birth_hardship birth_order", "老大是特困那几年生的 老二不是", [chb(1, True), chb(2, False)], known=K(city="jinan", kids=[yo(9), yo(3)]))
m("relative_date birth_order", "这个月三号生的 头胎", [bd(1, "2025-12-03")], known=K(city="beijing"))
m("now_vs_birth per_birth_hardship", "现在两口子都没活干 领着失业金 孩子出生那阵都上班", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="beijing", kids=[yo(3)]))

T("2026-02-26")  # Thursday: 上周X = the week of 2026-02-16
m("relative_date birth_order per_birth_hardship now_vs_birth", "上周二生的老三 生老三的时候吃着低保 现在也吃着 生老大老二那会儿都没有",
  [bd(3, lastweek(1)), chb(3, True), f("hardship_now", True), chb(1, False), chb(2, False)], known=K(city="jinan", kids=[yo(8), yo(5)]))
m("answer per_birth_hardship numerals", "俩孩子出生时都在领", [n(2), f("hardship_at_birth", True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(4), yo(1)]))
m("relative_date birth_order", "大前年生的老大 前年生的老二 去年开始领低保 到现在还领着", [bd(1, year(-3)), bd(2, year(-2)), f("hardship_now", True)], known=K(city="jinan"))
m("chitchat", "过完年了 孩子们又胖了一圈", [])
m("question", "低保户生二胎 一次性给多少", [])
m("duration now_vs_birth pregnancy", "失业金还能领俩月 老婆预产期五月", [f("hardship_now", True), due(2, nextmonth(5))],
  known=K(city="beijing", kids=[yo(3)]))
m("age insurance per_birth_hardship", "娃三个月 医保交的居民的 生的时候领着低保",
  [bd(1, mo(3)), f("birth_insurance", "resident_medical"), f("hardship_at_birth", True)], known=K(city="jinan"))
m("correction relative_date birth_order", "说错了 老二是上上个月生的 不是上个月", [bd(2, thismonth(-2), "r")],
  known=K(city="jinan", kids=[yo(4), thismonth(-1)]))
m("duration housing_fund", "俺家公积金就我交 交了五年多", [f("housing_fund_contributors", 1)], known=K(city="jinan", kids=[yo(2)]))
m("answer per_birth_hardship birth_order", "前两胎都没有 老三有", [chb(1, False), chb(2, False), chb(3, True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(10), yo(6), mo(9)]))
m("duration per_birth_hardship", "产假还剩一个月 孩子生的时候没领低保啥的", [f("hardship_at_birth", False)], known=K(city="jinan", kids=[mo(3)]))
m("per_birth_hardship birth_order", "老二出生时家里吃特困 老大出生时还没吃上", [chb(2, True), chb(1, False)], known=K(city="jinan", kids=[yo(7), yo(2)]))
m("relative_date", "娃前天刚出院 是上周五生的", [bd(1, lastweek(4))], known=K(city="beijing"))
m("answer negation_housing", "没 房子是租的", [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city",
  known=K(city="jinan", kids=[yo(2)]))
m("short_year per_birth_hardship now_vs_birth birth_order", "低保从二二年领到二四年 老大二三年生的 生的时候在领", [bd(1, "2023"), chb(1, True), f("hardship_now", False)],
  known=K(city="jinan"))

T("2026-05-14")  # Thursday: 上周X = the week of 2026-05-04
m("relative_date birth_order now_vs_birth", "上周三生的二胎 俺失业金领到去年年底就没了", [bd(2, lastweek(2)), f("hardship_now", False)],
  known=K(city="jinan", kids=[yo(5)]))
m("per_birth_hardship birth_order", "大的那个生在领低保以前 小的那个是领着低保生的", [chb(1, False), chb(2, True)],
  known=K(city="jinan", kids=[yo(6), yo(1)]))
m("answer per_birth_hardship", "不是 那时候还没失业", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=[yo(2)]))
m("duration housing_fund", "两口子都交公积金 我交了四年 他交了八年", [f("housing_fund_contributors", 2)], known=K(city="jinan", kids=[yo(1)]))
m("chitchat", "五一带娃回了趟老家 累瘫了", [])
m("question", "孩子出生以后才领的低保算不算", [])
m("relative_date per_birth_hardship now_vs_birth", "今年三月生的 生的时候家里是特困供养 现在还是",
  [bd(1, "2026-03"), f("hardship_at_birth", True), f("hardship_now", True)], known=K(city="jinan"))
m("correction now_vs_birth duration", "不对 俺现在还领着失业金呢 还有俩月领完", [f("hardship_now", True, "r")],
  known=K(city="beijing", kids=[yo(1)], hardship_now=False))
m("per_birth_hardship birth_order numerals", "仨孩子 头俩是吃低保那几年生的 老三出生时已经不吃了", [n(3), chb(1, True), chb(2, True), chb(3, False)],
  known=K(city="jinan", kids=[yo(9), yo(7), yo(2)]))
m("relative_date birth_order now_vs_birth", "去年十二月生的老二 上上个月开始领的低保 一直领着", [bd(2, "2025-12"), f("hardship_now", True)], known=K(city="jinan", kids=[yo(4)]))
m("answer duration housing_fund", "就他一个 交了好些年了", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(3)]))
m("age per_birth_hardship birth_order", "老大四岁半 老二一岁 生老二时在领失业金 老大那会没领",
  [bd(1, yo(4)), bd(2, yo(1)), chb(2, True), chb(1, False)], known=K(city="jinan"))
m("question per_birth_hardship", "生娃时是特困户 补贴翻倍不", [f("hardship_at_birth", True)], known=K(city="jinan", kids=[mo(4)]))
m("duration chitchat", "产假休了一百五十八天 今天刚上班", [], known=K(city="jinan", kids=[mo(5)]))
m("relative_date birth_order per_birth_hardship", "上个月生的 三胎 生的时候没吃低保 前年吃过", [bd(3, thismonth(-1)), chb(3, False)],
  known=K(city="jinan", kids=[yo(8), yo(4)]))

T("2026-08-20")  # Thursday: 上周X = the week of 2026-08-10
m("per_birth_hardship birth_order", "生老大那会儿失业金刚开始领 生老二那会儿早领完了", [chb(1, True), chb(2, False)],
  known=K(city="beijing", kids=[yo(5), yo(1)]))
m("answer per_birth_hardship numerals", "嗯 俩娃生的时候都在领低保", [f("hardship_at_birth", True, "c"), n(2)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(6), yo(3)]))
m("relative_date multiples age", "前天生了 双胞胎 上头还有个闺女五岁", [bd(2, back(2)), bd(3, back(2)), bd(1, yo(5)), n(3)], known=K(city="jinan"))
m("duration now_vs_birth per_birth_hardship birth_order", "特困供养四年多了 还领着 老二出生时就已经是特困了",
  [f("hardship_now", True), chb(2, True)], known=K(city="jinan", kids=[yo(7), yo(2)]))
m("chitchat", "暑假快完了 作业还一堆没写", [])
m("question", "失业金领完了还能申请低保吗", [])
m("correction per_birth_hardship birth_order", "老三那会儿没领 我说错了 领的是老二那会儿", [chb(3, False, "r"), chb(2, True, "r")],
  known=K(city="jinan", kids=[yo(9), yo(5), {"birth_date": mo(8), "hardship_at_birth": True}]))
m("relative_date per_birth_hardship now_vs_birth", "娃今年一月生的 生的时候没领低保失业金这些 现在也没领",
  [bd(1, "2026-01"), f("hardship_at_birth", False), f("hardship_now", False)], known=K(city="jinan"))
m("answer negation_housing", "不打算 手里没那么多钱 先租着", [f("buying_first_home", False, "c"), f("renting", True)], asked="buying_first_home", known=K(city="beijing", kids=[yo(2)]))
m("duration housing_fund", "公积金交了三年就断了 现在谁也没交", [f("housing_fund_contributors", 0)], known=K(city="jinan", kids=[yo(1)]))
m("relative_date per_birth_hardship birth_order", "大前年生的老大 那时吃着低保 去年生的老二 那时已经不吃了",
  [bd(1, year(-3)), chb(1, True), bd(2, year(-1)), chb(2, False)], known=K(city="jinan"))
m("answer", "济南 历城这边", [f("city", "jinan")], asked="city", known=K(kids=[yo(1)]))
m("relative_date per_birth_hardship now_vs_birth", "孙女上周一生的 儿子儿媳都在领失业金 生的时候就在领",
  [bd(1, lastweek(0)), f("hardship_now", True), f("hardship_at_birth", True)], known=K(city="beijing"))
m("question", "北京这边失业金和育儿补贴冲突不", [])
m("age per_birth_hardship numerals", "老二八个月 老大六岁 俩孩子出生时都没领过低保", [bd(2, mo(8)), bd(1, yo(6)), n(2), f("hardship_at_birth", False)],
  known=K(city="jinan"))

T("2026-11-12")  # Thursday: 上周X = the week of 2026-11-02
m("relative_date birth_order per_birth_hardship", "上周四老三出生 老三出生时两口子都在领失业金", [bd(3, lastweek(3)), chb(3, True)],
  known=K(city="jinan", kids=[yo(7), yo(3)]))
m("answer per_birth_hardship birth_order", "老大出生时在领 老二没赶上", [chb(1, True), chb(2, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(6), yo(2)]))
m("short_year per_birth_hardship birth_order", "特困是一九年到二四年 老大二零年生 老二二五年生 老大赶上了 老二没赶上",
  [bd(1, "2020"), bd(2, "2025"), chb(1, True), chb(2, False), f("hardship_now", False)], known=K(city="jinan"))
m("chitchat", "谢谢啊 你比街道的人有耐心", [])
m("duration age insurance", "产假休了六个月 娃现在十个月 俺交的生育险是单位的", [bd(1, mo(10)), f("birth_insurance", "employee_maternity")],
  known=K(city="beijing"))
m("question now_vs_birth", "孩子爸领失业金 这个影响补贴不", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(1)]))
m("correction per_birth_hardship", "不好意思 生孩子时候领着特困呢 刚才说错了", [f("hardship_at_birth", True, "r")],
  known=K(city="jinan", kids=[yo(3)], hardship_at_birth=False))
m("relative_date birth_order per_birth_hardship", "今年四月生的老二 生的时候低保已经停了", [bd(2, "2026-04"), chb(2, False)],
  known=K(city="jinan", kids=[yo(6)]))
m("answer per_birth_hardship numerals", "三个都没有", [n(3), f("hardship_at_birth", False)], asked="hardship_at_birth",
  known=K(city="beijing", kids=[yo(9), yo(4), mo(6)]))
m("housing_fund", "我们家交公积金的有俩 我跟我爱人", [f("housing_fund_contributors", 2)], known=K(city="jinan", kids=[yo(2)]))
m("relative_date per_birth_hardship now_vs_birth", "去年十一月生的 那时候领着失业金 领到今年五月",
  [bd(1, "2025-11"), f("hardship_at_birth", True), f("hardship_now", False)], known=K(city="beijing"))
m("relative_date birth_order per_birth_hardship", "上上个月生的老二 老大出生那年家里是低保户 这回不是了",
  [bd(2, thismonth(-2)), chb(1, True), chb(2, False)], known=K(city="jinan", kids=[yo(5)]))
m("question", "特困户的孩子上幼儿园有减免吗", [])
m("age per_birth_hardship numerals", "俩孩子 十二岁和九岁 都是俺领低保那些年生的", [n(2), bd(1, yo(12)), bd(2, yo(9)), f("hardship_at_birth", True)],
  known=K(city="jinan"))
m("answer pregnancy relative_date", "估计明年二月中", [due(2, "2027-02")], asked="due_date", known=K(city="jinan", kids=[yo(2), {"due_date": None}]))
