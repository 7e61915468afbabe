# Chinese, batch 32: durations that are not ages (交了N个月公积金 / 产假还有N天 / 住院N天 / 领了N年低保 / 上了N年班 /
# N个月没上班) mixed with real ages and dates, and now versus at the birth (现在领着 / 去年停了 / 生的时候还上班 /
# 一直领着); grandparents, answers to the bot's questions, one-fact corrections, chitchat and bare questions
T("2025-01-06")  # Monday
m("duration relative_date age birth_order insurance", "济南的 俺在厂里上了十二年班 去年十月生的二胎 老大七岁 生育险是单位给交的",
  [f("city", "jinan"), bd(2, "2024-10"), bd(1, yo(7)), f("birth_insurance", "employee_maternity")])
m("duration age housing_fund", "公积金交了十五个月 孩子也正好十五个月大 老公那边没交", [f("housing_fund_contributors", 1), bd(1, mo(15))])
m("duration question", "月子里又住院住了九天 这钱生育险能报多少", [])
m("duration now_vs_birth per_birth_hardship", "低保领了三年了 今年接着领 生闺女那年还没领上呢", [f("hardship_now", True), chb(1, False)],
  known=K(city="beijing", kids=[yo(5)]))
m("answer duration now_vs_birth per_birth_hardship", "没有 那会儿俺俩都上着班呢 失业金是上个月才开始领的 现在领着", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=[mo(8)]))
m("relative_date age birth_order duration", "上周四生的老三 老大九岁 老二六岁 媳妇产假还有一百多天呢", [bd(3, lastweek(3)), bd(1, yo(9)), bd(2, yo(6))],
  known=K(city="jinan"))
m("chitchat", "新年好啊 你们机器人也放假不", [])

T("2025-02-13")  # Thursday
m("hukou age pregnancy duration housing_fund", "我是孩子奶奶 儿子儿媳在北京 俩人都是北京户口 孙子两岁 儿媳又怀上了四个月 儿子公积金交了六年 儿媳刚交了三个月",
  [f("city", "beijing"), f("hukou_in_city", True), bd(1, yo(2)), due(2, preg(4)), f("housing_fund_contributors", 2)])
m("duration now_vs_birth per_birth_hardship birth_order", "失业八个月了 失业金领了六个月 还在领 小儿子是去年12月生的 生他那阵子就在领了",
  [f("hardship_now", True), bd(2, "2024-12"), chb(2, True)], known=K(city="jinan", kids=[yo(6), "2024"]))
m("answer age birth_order", "两个 大的12 小的才刚满周岁", [n(2), bd(1, yo(12)), bd(2, just(1))], asked="children", known=K(city="jinan"))
m("relative_date duration", "上周一剖的 我住了十天院 今天刚出院 孩子还在保温箱", [bd(1, lastweek(0))], known=K(city="beijing"))
m("correction duration housing_fund", "更正一下 公积金我跟我对象都有交 我交了四年 他交了两年", [f("housing_fund_contributors", 2, "r")],
  known=K(city="jinan", housing_fund_contributors=1, kids=[yo(1)]))
m("question per_birth_hardship birth_order", "假如生老二的时候我还领着失业金 补贴能多点吗", [chb(2, True, "q")],
  known=K(city="jinan", hardship_now=True, kids=[yo(3)]))
m("question", "一次性补贴要带啥材料 户口本原件要不要", [])

T("2025-03-20")  # Thursday
m("hukou duration age birth_order", "咱是济南户口 住济南 孩子他爹在外地打工五年了 俺在家带俩孩子 大的八岁 小的三岁半",
  [f("city", "jinan"), f("hukou_in_city", True), n(2), bd(1, yo(8)), bd(2, yo(3))])
m("duration age insurance", "产假还剩四十五天 孩子今天整三个月 生育保险是单位交的", [bd(1, mo(3)), f("birth_insurance", "employee_maternity")],
  known=K(city="beijing"))
m("duration now_vs_birth per_birth_hardship relative_date birth_order", "一直领着低保 十来年了 仨孩子生的时候都在领 老三上个月生的",
  [f("hardship_now", True), f("hardship_at_birth", True), n(3), bd(3, thismonth(-1))], known=K(city="jinan"))
m("answer duration negation_housing", "对 租了六年了 房东年年涨价", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[yo(1)]))
m("age birth_order duration hukou", "孙女三岁 孙子一岁半 闺女女婿在北京上了七年班 户口还在老家",
  [bd(1, yo(3)), bd(2, yo(1)), f("city", "beijing"), f("hukou_in_city", False)])
m("chitchat", "你们这个是官方的不 别是骗子吧", [])
m("relative_date duration age birth_order", "上周三出院的 在医院住了12天 生的老二 老大快五岁了", [bd(1, almost(5))], known=K(city="jinan"))

T("2025-04-08")  # Tuesday
m("duration housing_fund negation_housing", "我俩都在北京交公积金 他交了九年 我交了两年半 准备买头一套房 现在租的",
  [f("city", "beijing"), f("housing_fund_contributors", 2), f("buying_first_home", True), f("renting", True)])
m("now_vs_birth per_birth_hardship duration birth_order", "生老大那年还在上班 啥也没领 生老二之前半年下岗的 从那会儿一直领失业金到现在",
  [chb(1, False), chb(2, True), f("hardship_now", True)], known=K(city="jinan", kids=[yo(6), mo(4)]))
m("answer pregnancy", "七月下旬吧", [due(2, nextmonth(7))], asked="due_date", known=K(city="jinan", kids=[yo(2), {"due_date": None}]))
m("duration age", "孩子在NICU住了一个月 现在五个月了 长得挺好", [bd(1, mo(5))], known=K(city="beijing"))
m("duration chitchat", "俺是孩子爷爷 干了二十年环卫 孙子这补贴俺能替他们去办不", [])
m("correction short_year duration birth_order", "说错了 老二是24年10月底生的 不是11月 在医院住了一礼拜才回家", [bd(2, "2024-10", "r")],
  known=K(city="beijing", kids=["2022-03", "2024-11"]))
m("relative_date duration", "今天刚满百天 我休了一百天产假 还剩五十八天", [bd(1, dago(100))], known=K(city="jinan"))

T("2025-04-26")  # Saturday
m("duration age insurance", "周末问一下 北京的 娃两岁三个月 我是灵活就业交的生育保险 交了十四个月",
  [f("city", "beijing"), bd(1, age(2, 3)), f("birth_insurance", "flexible_employment")])
m("duration now_vs_birth per_birth_hardship birth_order", "低保去年停了 领了快四年 老二生的时候正领着 老大那会儿还没有",
  [f("hardship_now", False), chb(2, True), chb(1, False)], known=K(city="jinan", kids=[yo(9), yo(3)]))
m("answer duration housing_fund", "就我老公 交了七八年了 我在私企没给交", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(4)]))
m("question duration", "住院七天的费用生育险报不报", [])
m("age birth_order relative_date insurance", "俺家仨孙子 大的十岁 二的六岁 小的才八十天 儿媳妇没工作 没生育险",
  [n(3), bd(1, yo(10)), bd(2, yo(6)), bd(3, dago(80)), f("birth_insurance", "none")], known=K(city="beijing"))

T("2025-05-15")  # Thursday
m("relative_date multiples duration", "上周二生的 双胞胎 头胎 在保温箱住了六天 今天刚抱回家 我们是济南的",
  [bd(1, lastweek(1)), bd(2, lastweek(1)), n(2), f("city", "jinan")])
m("duration age", "产假休了三个月了 宝宝刚三个月 单位说还能歇一个多月", [bd(1, mo(3))], known=K(city="beijing"))
m("duration now_vs_birth age", "十个月没上班了 也没领失业金 一直在家看孩子 孩子两岁", [f("hardship_now", False), bd(1, yo(2))],
  known=K(city="jinan"))
m("answer per_birth_hardship duration birth_order", "老大那会儿没有 生老二的时候正领着特困供养 领了大半年", [chb(1, False), chb(2, True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=[yo(7), yo(2)]))
m("hukou duration housing_fund negation_housing", "北京户口 老公交了三年公积金 我交了五年 去年在北京买的房 第一套",
  [f("city", "beijing"), f("hukou_in_city", True), f("housing_fund_contributors", 2), f("owns_home_in_city", True)])
m("chitchat", "这天热的 孩子起痱子了 有啥好法子没", [])

T("2025-06-30")  # Monday, month end
m("relative_date duration age birth_order", "剖完住了五天 今天出院 闺女是上周三出生的 上头有个哥哥八岁了",
  [bd(2, lastweek(2)), bd(1, yo(8))], known=K(city="jinan"))
m("duration now_vs_birth per_birth_hardship relative_date", "领了两年失业金 上个月刚断 孩子是前年生的 生孩子的时候也领着",
  [f("hardship_now", False), bd(1, year(-2)), f("hardship_at_birth", True)], known=K(city="beijing"))
m("answer negation_housing duration", "没有 在济南租了十年房了", [f("owns_home_in_city", False, "c"), f("renting", True)],
  asked="owns_home_in_city", known=K(city="jinan", kids=[yo(3)]))
m("age birth_order duration insurance", "两个娃 老大10岁 老二七个月 我在单位上了十一年班 生育险一直交着",
  [n(2), bd(1, yo(10)), bd(2, mo(7)), f("birth_insurance", "employee_maternity")], known=K(city="jinan"))
m("correction now_vs_birth duration", "刚才点错了 现在在领低保 领了小半年了", [f("hardship_now", True, "r")],
  known=K(city="jinan", hardship_now=False, kids=[yo(1)]))
m("pregnancy duration age birth_order", "怀孕七个月 请了六周病假 老大五岁半 北京的", [due(2, preg(7)), bd(1, yo(5)), f("city", "beijing")])

T("2025-07-22")  # Tuesday
m("age duration hukou", "外孙女快三岁了 闺女在济南上了五年班 户口不在济南 是德州的", [bd(1, almost(3)), f("city", "jinan"), f("hukou_in_city", False)])
m("duration now_vs_birth per_birth_hardship", "我们家特困供养领了六年了 现在还领着 孩子出生那会儿也在领", [f("hardship_now", True), f("hardship_at_birth", True)],
  known=K(city="beijing", kids=[yo(4)]))
m("answer height", "一米一八 量了好几回了", [ht(1, 118)], asked="children.height_cm", known=K(city="beijing", kids=[yo(6)]))
m("duration now_vs_birth age birth_order", "十四个月没上班 失业金就给了十二个月 现在啥也没有 老二十四个月",
  [f("hardship_now", False), bd(2, mo(14))], known=K(city="jinan", kids=[yo(5), "2024"]))
m("question", "要是明年再生个老三 一共能拿多少", [due(3, year(1), "q")], known=K(city="beijing", kids=[yo(6), yo(3)]))
m("chitchat", "好的 谢谢啊 我先截个图", [])
m("relative_date duration birth_order", "上周一住的院 折腾了一个礼拜 昨天生了个小子 八斤二两 老大老二是丫头片子", [bd(3, back(1))],
  known=K(city="jinan", kids=[yo(7), yo(4)]))

T("2025-08-14")  # Thursday
m("age duration insurance", "我是孩子姥爷 闺女在北京 外孙子一岁十个月 闺女产假早休完了 又上了一年多班了 单位交的生育险",
  [f("city", "beijing"), bd(1, age(1, 10)), f("birth_insurance", "employee_maternity")])
m("now_vs_birth per_birth_hardship duration birth_order", "生老大时候领着低保 后来找着活了 低保退了五年了 老二是今年三月生的 生老二肯定没有",
  [chb(1, True), f("hardship_now", False), bd(2, "2025-03"), chb(2, False)], known=K(city="jinan", kids=[yo(8), "2025"]))
m("answer duration negation_housing", "打算 攒了八年首付了", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="beijing", renting=True, kids=[yo(1)]))
m("duration", "住院三天 回来坐月子了 孩子是八月十号生的", [bd(1, pastmonth(8, 10))], known=K(city="jinan"))
m("duration housing_fund age birth_order", "公基金我俩加一块交了十来年 他七年 我三年多 俩孩子 一个11一个四岁",
  [f("housing_fund_contributors", 2), n(2), bd(1, yo(11)), bd(2, yo(4))], known=K(city="beijing"))
m("correction hukou duration", "不对不对 户口没在济南 还在聊城呢 在济南住了六年也没迁", [f("hukou_in_city", False, "r")],
  known=K(city="jinan", hukou_in_city=True, kids=[yo(2)]))

T("2025-09-03")  # Wednesday
m("relative_date age birth_order duration", "老二上周四落地的 老大一周岁半 我们在北京 娘俩在医院住了五天", [bd(2, lastweek(3)), bd(1, yo(1)), f("city", "beijing")])
m("duration now_vs_birth pregnancy", "失业金领了八个月了 还能领四个月 我怀孕五个月", [f("hardship_now", True), due(1, preg(5))], known=K(city="jinan"))
m("answer insurance duration", "居民医保 交了三年了", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": nextmonth(12)}]))
m("hukou age birth_order duration housing_fund", "儿子儿媳都是济南户口 孙子五岁多 孙女三个月 儿媳产假还有八十天 儿子公积金交了十年 儿媳也交",
  [f("city", "jinan"), f("hukou_in_city", True), bd(1, yo(5)), bd(2, mo(3)), f("housing_fund_contributors", 2)])
m("now_vs_birth per_birth_hardship", "俺一直没工作 现再没吃低保 俩孩子生的时候也都没吃", [f("hardship_now", False), f("hardship_at_birth", False), n(2)],
  known=K(city="jinan", kids=[yo(6), yo(2)]))
m("chitchat", "在吗在吗", [])
m("question duration", "产假一共多少天啊 我都休了一百二十天了", [])

T("2025-10-09")  # Thursday
m("duration hukou age birth_order relative_date", "俺家那口子在北京干装修十几年了 户口在河南 老大十三 老二九岁 老三这个月刚生",
  [f("city", "beijing"), f("hukou_in_city", False), bd(1, yo(13)), bd(2, yo(9)), bd(3, thismonth())])
m("duration age insurance", "产假还有二十来天 宝宝四个月 我交的是灵活就业的生育险", [bd(1, mo(4)), f("birth_insurance", "flexible_employment")],
  known=K(city="jinan"))
m("answer hukou duration", "嗯 北京的 落户快二十年了", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(3)]))
m("duration now_vs_birth per_birth_hardship birth_order relative_date", "前年下岗 领了一年失业金 去年停了 现在啥也不领 生老二那会正好在领 今年生老三就没有了",
  [f("hardship_now", False), chb(2, True), chb(3, False), bd(3, year(0))], known=K(city="jinan", kids=[yo(7), "2024-01"]))
m("age duration height", "孩子刚满两岁 在ICU住过一个礼拜 现在身高九十一", [bd(1, just(2)), ht(1, 91)], known=K(city="beijing"))
m("correction birth_order duration", "我说错了 小的不是八月 是九月二十八生的 住了十天院才回家", [bd(2, pastmonth(9, 28), "r")],
  known=K(city="jinan", kids=["2023-06", "2025-08"]))
m("question", "低保户生孩子还有额外补助吗 咋申请", [])

T("2025-11-18")  # Tuesday
m("duration now_vs_birth per_birth_hardship", "俺们在济南 俺家那个瘫了三年了 一直领低保 到现在也领 闺女今年六月生的 生闺女那会儿也领着",
  [f("city", "jinan"), f("hardship_now", True), bd(1, "2025-06"), chb(1, True)])
m("duration housing_fund", "我公积金断了七个月了 之前交了四年 现在就我老婆一个人交", [f("housing_fund_contributors", 1)],
  known=K(city="beijing", kids=[yo(2)]))
m("answer age", "就一个 刚八个月", [n(1), bd(1, mo(8))], asked="children", known=K(city="beijing"))
m("relative_date age birth_order", "上周二老二出生 老大今天刚好满四周岁 双喜临门", [bd(2, lastweek(1)), bd(1, just(4))], known=K(city="jinan"))
m("duration relative_date height", "我在医院陪了十五天床 孩子早产 八周大了 现在还不到五十公分", [bd(1, dago(56)), below(1, 50)],
  known=K(city="beijing"))
m("correction duration now_vs_birth", "不对 我是说以前领过两年低保 不是现在 现在早不领了", [f("hardship_now", False, "r")],
  known=K(city="jinan", hardship_now=True, kids=[yo(3)]))

T("2025-12-24")  # Wednesday
m("question", "平安夜快乐 问一下 孩子得先落户才能领吗", [])
m("duration insurance age housing_fund", "我俩在济南 老婆在医院上了十年班 单位交生育险 孩子一岁零三个月 我俩公积金都交着",
  [f("city", "jinan"), f("birth_insurance", "employee_maternity"), bd(1, age(1, 3)), f("housing_fund_contributors", 2)])
m("duration now_vs_birth per_birth_hardship", "特困供养领了十一年 一直领到现在 仨孩子出生的时候都在领",
  [f("hardship_now", True), f("hardship_at_birth", True), n(3)], known=K(city="beijing", kids=[yo(9), yo(5), mo(10)]))
m("answer pregnancy", "明年二月初 现在怀了六个多月了", [due(1, "2026-02")], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("duration negation_housing", "在北京租房住了九年 去年买了房 刚交房 现在不租了", [f("city", "beijing"), f("owns_home_in_city", True), f("renting", False)])
m("age duration now_vs_birth per_birth_hardship", "孩子八个月 我失业五个月了 没领失业金 生孩子的时候还在上班", [bd(1, mo(8)), f("hardship_now", False), f("hardship_at_birth", False)],
  known=K(city="jinan"))
m("chitchat", "祝你圣诞快乐哈哈 虽然你是个机器", [])

T("2026-01-15")  # Thursday
m("relative_date duration age birth_order", "上周三生的老二 四斤多 早产 在新生儿科住了八天 老大三岁多", [bd(2, lastweek(2)), bd(1, yo(3))], known=K(city="jinan"))
m("age duration housing_fund relative_date", "孙子七岁 孙女才二十五天 儿子在北京送了六年外卖 没交公积金 儿媳也没有",
  [bd(1, yo(7)), bd(2, dago(25)), f("city", "beijing"), f("housing_fund_contributors", 0)])
m("answer duration housing_fund", "俩 我和孩子他爸 都交了五六年了", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(2)]))
m("now_vs_birth per_birth_hardship relative_date short_year", "低保是前年批下来的 现在还吃着 孩子是23年的 生孩子那会儿还没有",
  [f("hardship_now", True), bd(1, "2023"), f("hardship_at_birth", False)], known=K(city="jinan"))
m("correction duration", "不是七月 孩子是六月生的 我住了一个月院 记混了", [bd(1, pastmonth(6), "r")], known=K(city="beijing", kids=["2025-07"]))
m("question duration", "公积金要交满多少个月才能多贷点", [])
m("chitchat", "哎 孩子又发烧了 先不聊了", [])

T("2026-02-26")  # Thursday
m("hukou duration pregnancy age birth_order", "济南户口 我老公跑出租二十年了 我怀老二八个月了 老大五岁",
  [f("city", "jinan"), f("hukou_in_city", True), due(2, preg(8)), bd(1, yo(5))])
m("duration now_vs_birth per_birth_hardship relative_date", "领了七个月失业金 上个月停了 孩子是去年十二月生的 生孩子那会儿正在领",
  [f("hardship_now", False), bd(1, "2025-12"), f("hardship_at_birth", True)], known=K(city="beijing"))
m("answer per_birth_hardship", "都没有 俩孩子生的时候我们家都有工作", [f("hardship_at_birth", False, "c"), n(2)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(4), yo(1)]))
m("age height duration", "孩子三岁半 身高才九十八 出生时在保温箱待了二十天", [bd(1, yo(3)), ht(1, 98)], known=K(city="beijing"))
m("duration age", "在这个单位上了八年班 产假还有六十三天 宝宝三个月了", [bd(1, mo(3))], known=K(city="jinan"))

T("2026-03-10")  # Tuesday
m("relative_date multiples hukou duration housing_fund", "上周五剖的 龙凤胎 头一胎 俺俩都是北京户口 在北京上了十几年班 都有公积金",
  [bd(1, lastweek(4)), bd(2, lastweek(4)), n(2), f("city", "beijing"), f("hukou_in_city", True), f("housing_fund_contributors", 2)])
m("now_vs_birth per_birth_hardship duration birth_order", "现在领着低保 领了两年了 老大生的时候没有 老二生的时候就有了",
  [f("hardship_now", True), chb(1, False), chb(2, True)], known=K(city="jinan", kids=[yo(6), mo(10)]))
m("answer duration", "济南 来了七八年了", [f("city", "jinan")], asked="city")
m("duration age insurance", "产假还有一个礼拜就完了 宝宝今天满五个月 生育险单位给上着", [bd(1, mo(5)), f("birth_insurance", "employee_maternity")],
  known=K(city="beijing"))
m("correction housing_fund duration", "不好意思说错了 公积金光我一个人交 我婆婆交了三十年 已经退休了", [f("housing_fund_contributors", 1, "r")],
  known=K(city="jinan", housing_fund_contributors=2, kids=[yo(1)]))
m("question duration", "居民医保要交满几个月才能报生孩子的钱", [])

T("2026-04-21")  # Tuesday
m("duration now_vs_birth per_birth_hardship age birth_order", "孩子他爸去年出车祸 住了三个月院 今年开始领低保了 老大七岁 老二十一个月 生老二那会还没领",
  [f("hardship_now", True), bd(1, yo(7)), bd(2, mo(11)), chb(2, False)], known=K(city="jinan"))
m("duration hukou age", "在北京待了六年 户口刚迁过来半年 孩子两岁半", [f("city", "beijing"), f("hukou_in_city", True), bd(1, yo(2))])
m("answer negation_housing duration", "不是 住的我爸妈那套 住了五年了", [f("renting", False, "c")], asked="renting", known=K(city="jinan", kids=[yo(3)]))
m("relative_date duration age birth_order", "上周四生完 在医院住了四天 今天第一次上来问 宝宝是第二个 大的九岁", [bd(2, lastweek(3)), bd(1, yo(9))],
  known=K(city="beijing"))
m("pregnancy duration housing_fund hukou", "我怀孕三个月 老公公积金交了十二年 我没交 俺们是济南户口",
  [due(1, preg(3)), f("housing_fund_contributors", 1), f("city", "jinan"), f("hukou_in_city", True)])
m("duration now_vs_birth age", "我是孩子大姨 帮她问问 她失业一年多了 失业金早领完了 现在没有 孩子一岁", [f("hardship_now", False), bd(1, yo(1))])
m("chitchat", "谢谢 你说得挺清楚的", [])

T("2026-05-07")  # Thursday
m("now_vs_birth per_birth_hardship duration relative_date birth_order", "生老大的时候正领着失业金 领了半年 后来找着活了 上到现在五年了 现在不领了 老二是去年生的",
  [chb(1, True), f("hardship_now", False), bd(2, year(-1))], known=K(city="beijing", kids=[yo(5)]))
m("relative_date duration", "宝宝四十天 我在月子中心住了二十八天 花了好几万", [bd(1, dago(40))], known=K(city="jinan"))
m("answer height birth_order", "大的一米三二 小的一米零五", [ht(1, 132), ht(2, 105)], asked="children.height_cm", known=K(city="jinan", kids=[yo(8), yo(4)]))
m("duration housing_fund negation_housing", "我俩公积金加起来才交了一年半 他交了一年 我才半年 打算买第一套房", [f("housing_fund_contributors", 2), f("buying_first_home", True)],
  known=K(city="beijing"))
m("duration now_vs_birth per_birth_hardship", "失业金能领到下个月 现在还领着 孩子三月二十号生的 生孩子那会儿也在领",
  [f("hardship_now", True), bd(1, pastmonth(3, 20)), f("hardship_at_birth", True)], known=K(city="jinan"))
m("question", "三胎的话一次给多少 跟二胎一样不", [])

T("2026-06-18")  # Thursday
m("duration hukou age birth_order", "俺是姥姥 闺女女婿都在济南医院上班 上了十来年了 都是济南户口 外孙俩 大的六岁 小的六个月 闺女产假还剩一个多月",
  [f("city", "jinan"), f("hukou_in_city", True), n(2), bd(1, yo(6)), bd(2, mo(6))])
m("relative_date duration birth_order", "上周一生的 住了九天院 昨天刚回来 这是老三", [bd(3, lastweek(0))], known=K(city="beijing", kids=[yo(10), yo(6)]))
m("answer per_birth_hardship now_vs_birth duration", "有 那会刚开始领低保 现在领了四年了还在领", [f("hardship_at_birth", True, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=[yo(3)]))
m("duration now_vs_birth per_birth_hardship relative_date", "低保领到去年底 领了三年 今年没了 孩子去年八月出生 生孩子时也在领",
  [f("hardship_now", False), bd(1, "2025-08"), f("hardship_at_birth", True)], known=K(city="jinan"))
m("correction insurance duration", "说错了 不是居民医保 是单位的生育保险 我在这单位干了六年了", [f("birth_insurance", "employee_maternity", "r")],
  known=K(city="jinan", birth_insurance="resident_medical", kids=[mo(2)]))
m("chitchat", "俺不识几个字 这都是大孙子替俺敲的", [])

T("2026-07-29")  # Wednesday
m("age birth_order duration now_vs_birth per_birth_hardship", "北京的 俩孩子 老大十一岁 老二刚满三岁 我下岗九个月了 现在领失业金 俩孩子出生的时候都还上班",
  [f("city", "beijing"), n(2), bd(1, yo(11)), bd(2, just(3)), f("hardship_now", True), f("hardship_at_birth", False)])
m("relative_date duration age birth_order", "上周二生的二胎 剖腹产 住了六天院 老大十三岁了", [bd(2, lastweek(1)), bd(1, yo(13))], known=K(city="jinan"))
m("answer negation_housing duration housing_fund", "不打算 买不起 我公积金交了五年也不够 老公没交", [f("buying_first_home", False, "c"), f("housing_fund_contributors", 1)],
  asked="buying_first_home", known=K(city="beijing", kids=[yo(2)]))
m("pregnancy duration insurance", "怀孕四个月了 在家歇了两个月 之前上了三年班 灵活就业交的生育险", [due(1, preg(4)), f("birth_insurance", "flexible_employment")],
  known=K(city="jinan"))
m("age duration", "孩子一岁零八个月 住过两次院 一次十天 一次五天", [bd(1, age(1, 8))], known=K(city="beijing"))
m("question duration", "失业金领了一年的人家算困难户吗", [])

T("2026-08-11")  # Tuesday
m("duration hukou now_vs_birth per_birth_hardship age", "在济南打工七年 户口还在菏泽 生孩子时候没吃低保 现在也没有 孩子五个月",
  [f("city", "jinan"), f("hukou_in_city", False), f("hardship_at_birth", False), f("hardship_now", False), bd(1, mo(5))])
m("multiples relative_date duration insurance", "三胞胎 刚满百天 我们头一胎 俺在北京上了九年班 单位交着生育保险",
  [n(3), bd(1, dago(100)), bd(2, dago(100)), bd(3, dago(100)), f("city", "beijing"), f("birth_insurance", "employee_maternity")])
m("answer age birth_order pregnancy", "俩 大的十岁 老二八岁 肚里还怀着一个 五个月了", [n(2), bd(1, yo(10)), bd(2, yo(8)), due(3, preg(5))],
  asked="children", known=K(city="jinan"))
m("age duration", "孩子今天满一周岁 我产假休完上班半年了", [bd(1, just(1))], known=K(city="beijing"))
m("duration now_vs_birth per_birth_hardship", "我们是特困户 领了八年 俩孩子都是领着的时候生的 到现在也没断", [f("hardship_now", True), f("hardship_at_birth", True), n(2)],
  known=K(city="beijing", kids=[yo(7), yo(3)]))
m("correction short_year duration birth_order", "老二那个填错了 是25年6月生的 还在保温箱住了十天", [bd(2, "2025-06", "r")],
  known=K(city="jinan", kids=[yo(4), "2025-05"]))

T("2026-09-27")  # Sunday
m("age duration now_vs_birth", "周日也能问吧 我们在济南 孩子两岁半 我已经二十个月没上班了 也没领失业金", [f("city", "jinan"), bd(1, yo(2)), f("hardship_now", False)])
m("duration now_vs_birth per_birth_hardship age birth_order", "失业金领了一年三个月 现在还领 老大十岁 老二刚四个月 生老二时候在领",
  [f("hardship_now", True), bd(1, yo(10)), bd(2, mo(4)), chb(2, True)], known=K(city="beijing"))
m("answer hukou duration", "没有 户口在老家 在济南待了三年了", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(1)]))
m("duration age housing_fund", "产假还有二十七天 宝宝五个月 公积金俺俩都交", [bd(1, mo(5)), f("housing_fund_contributors", 2)], known=K(city="jinan"))

T("2026-10-22")  # Thursday
m("relative_date age birth_order duration hukou", "上周三生的老三 老大十二 老二八岁 俺们在北京住了二十年 户口也是北京的",
  [bd(3, lastweek(2)), bd(1, yo(12)), bd(2, yo(8)), f("city", "beijing"), f("hukou_in_city", True)])
m("duration now_vs_birth per_birth_hardship birth_order", "领了两年低保 前年停的 现在不领 俩孩子 老大生的时候在领 小的是今年三月生的 没领",
  [f("hardship_now", False), n(2), chb(1, True), bd(2, "2026-03"), chb(2, False)], known=K(city="jinan"))
m("answer pregnancy", "还有俩月吧 一月中旬", [due(2, nextmonth(1))], asked="due_date", known=K(city="beijing", kids=[yo(2), {"due_date": None}]))
m("duration insurance age", "我在超市干了四年收银 单位没给交生育险 自己交的居民医保 孩子十个月", [f("birth_insurance", "resident_medical"), bd(1, mo(10))],
  known=K(city="jinan"))
m("duration", "孩子出院三天了 是十月五号生的 在医院住了两周", [bd(1, pastmonth(10, 5))], known=K(city="beijing"))
m("question duration", "住院超过十天是不是得自己掏钱", [])

T("2026-11-30")  # Monday, month end
m("hukou age duration housing_fund", "北京户口 孙子今天刚满月 儿媳产假还有一百二十多天 儿子儿媳公积金都交了七八年",
  [f("city", "beijing"), f("hukou_in_city", True), bd(1, mo(1)), f("housing_fund_contributors", 2)])
m("duration now_vs_birth per_birth_hardship relative_date", "一直在领失业金 领了十个月了 孩子上周三生的 生孩子的时候也在领",
  [f("hardship_now", True), bd(1, lastweek(2)), f("hardship_at_birth", True)], known=K(city="jinan"))
m("answer negation_housing duration", "有一套 住了十年了 老房子", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="beijing", kids=[yo(5)]))
m("duration pregnancy", "今天上最后一天班 明天开始休产假 休一百五十八天 预产期十二月十号", [due(1, nextmonth(12, 10))], known=K(city="jinan"))
m("correction per_birth_hardship now_vs_birth duration", "更正 生孩子那会儿没领 是孩子一岁以后才领的低保 一直领到现在",
  [f("hardship_at_birth", False, "r"), f("hardship_now", True)], known=K(city="beijing", hardship_at_birth=True, kids=[yo(2)]))
m("chitchat", "行 那我过两天再来问", [])
