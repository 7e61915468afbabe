# Chinese, batch 27: questions and hypotheticals (要是 如果 假如), plain questions that state nothing, facts asserted inside
# questions, loose yes/no answers (嗯呢 有的 没呢 还没 算是吧 打算的 不打算), one-fact corrections, housing
# (没房 租房 住公婆家 单位宿舍 准备买第一套) and who pays 公积金 (俩人都交 就我交 都没交), mixed with ages and children
T("2025-01-06")  # Monday
m("question", "一米二以下的小孩坐地铁不要钱吧", [])
m("question height birth_order", "俺家二宝一米零五 坐公交还用买票不啊", [ht(2, 105)], known=K(city="jinan", kids=[yo(6), yo(3)]))
m("question", "育儿补贴是每个月给还是一次性给啊 孩子三岁以后还有没有", [])
m("answer hukou", "嗯呢", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(1)]))
m("answer negation_housing", "没呢 跟公婆挤一块住", [f("renting", False, "c")], asked="renting", known=K(city="beijing", kids=[mo(8)]))
m("correction short_year birth_order", "不对不对 老大是19年的 手滑打错了", [bd(1, "2019", "r")], known=K(city="jinan", kids=["2018-05", "2022-09"]))
m("relative_date birth_order", "二宝上周四生的 剖的 老大看见妹妹可高兴了", [bd(2, lastweek(3))], known=K(city="jinan", kids=[yo(4)]))
m("multiples age housing_fund birth_order", "大儿子五岁多 双胞胎闺女俩月 公积金我俩都交着呢",
  [bd(1, yo(5)), bd(2, mo(2)), bd(3, mo(2)), n(3), f("housing_fund_contributors", 2)])
m("answer housing_fund", "就我交 他那个单位没给上", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(2)]))
m("answer housing_fund", "都没交 俺俩都是打零工的", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[mo(5)]))
m("question hukou", "要是我们落户济南了 是不是能多领点", [f("hukou_in_city", True, "q")], known=K(city="jinan", hukou_in_city=False, kids=[yo(1)]))
m("question birth_order", "假如今年再要一个 算三孩不", [due(3, year(), "q")], known=K(city="beijing", kids=["2017-03", "2021-11"]))
m("per_birth_hardship now_vs_birth birth_order", "生老大那会儿领低保 生老二时候已经不领了 现在也没有",
  [chb(1, True), chb(2, False), f("hardship_now", False)], known=K(city="jinan", kids=["2016-04", "2020-08"]))
m("age pregnancy multiples", "闺女一岁半 现在又怀上了 而且是双胞胎 五个月了", [bd(1, yo(1)), due(2, preg(5)), due(3, preg(5))])
m("negation_housing", "没房 一直租房住 房租一个月三千多 压力山大", [f("owns_home_in_city", False), f("renting", True)],
  known=K(city="beijing", kids=[yo(2)]))
m("answer negation_housing", "打算的 看了好几个楼盘了", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="jinan", owns_home_in_city=False, kids=[yo(3)]))
m("height age", "孙女四岁多了 个子蹿得快 都一米一二了", [bd(1, yo(4)), ht(1, 112)])
m("correction", "说错了 是北京 不是济南 我们在北京打工", [f("city", "beijing", "r")], known=K(city="jinan", kids=[yo(1)]))
m("answer per_birth_hardship", "没呢 那时候两口子都上班", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=[mo(10)]))
m("chitchat", "好嘞 谢谢 我回去跟孩子他爸商量商量", [])

T("2025-02-27")  # Thursday
m("relative_date", "宝宝前天半夜生的 七斤二两 母子平安", [bd(1, back(2))])
m("question", "补贴是一年三千六对吧", [])
m("answer negation_housing", "算是吧 跟朋友合租的", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[mo(3)]))
m("answer negation_housing", "不打算 老家有房子 以后还是回老家", [f("buying_first_home", False, "c")], asked="buying_first_home",
  known=K(city="beijing", kids=[yo(2)]))
m("answer housing_fund", "老公单位给交 我没上班 交不了", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[mo(6)]))
m("correction birth_order age", "不对 老二不是两岁 是一岁多", [bd(2, yo(1), "r")], known=K(city="jinan", kids=[yo(5), yo(2)]))
m("question height", "我们家孩子还不到1米2 坐高铁要票吗", [below(1, 120)])
m("short_year per_birth_hardship birth_order", "老大是一八年的 老二二二年 生老二那年他爸失业领的失业金",
  [bd(1, "2018"), bd(2, "2022"), chb(2, True)])
m("now_vs_birth per_birth_hardship", "现在在领特困供养 孩子生那会还没有", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=[yo(3)]))
m("answer age birth_order", "俩 大的七岁 小的刚满三岁", [n(2), bd(1, yo(7)), bd(2, just(3))], asked="children", known=K(city="beijing"))
m("insurance question", "我是灵活就业交的社保 生孩子能报吗", [f("birth_insurance", "flexible_employment")])
m("answer hukou", "不是的 户口还在河北老家", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(1)]))
m("duration housing_fund", "我交公积金交了四年多 媳妇去年刚开始交", [f("housing_fund_contributors", 2)])
m("pregnancy question", "怀孕七个月了 现在办准生证还来得及吗", [due(1, preg(7))])

T("2025-06-30")  # Monday, month end
m("relative_date birth_order", "老三这个月初生的 家里三个娃了 头都大了", [bd(3, thismonth()), n(3)], known=K(city="jinan", kids=["2018-02", "2021-07"]))
m("answer negation_housing", "有的 前年买的 还在还贷款", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="jinan", kids=[yo(2)]))
m("correction housing_fund", "刚才打错了 俩人都交 不是一个", [f("housing_fund_contributors", 2, "r")],
  known=K(city="beijing", housing_fund_contributors=1, kids=[yo(4)]))
m("negation_housing", "住单位宿舍 不算租房 自己名下也没房", [f("owns_home_in_city", False), f("renting", False)],
  known=K(city="jinan", kids=[yo(1)]))
m("age height birth_order", "老大快六岁了 一米一八 老二三岁半 九十八公分", [bd(1, almost(6)), ht(1, 118), bd(2, yo(3)), ht(2, 98)])
m("answer negation_housing", "还没 一直租着呢", [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city",
  known=K(city="beijing", kids=[yo(1)]))
m("question multiples", "如果明年生个双胞胎 俩孩子都能领吗", [due(2, year(1), "q"), due(3, year(1), "q")], known=K(city="jinan", kids=[yo(3)]))
m("per_birth_hardship multiples birth_order", "双胞胎出生那年俺家吃低保 老大出生时候还没有",
  [chb(2, True), chb(3, True), chb(1, False)], known=K(city="jinan", kids=["2015-03", "2019-09", "2019-09"]))
m("chitchat", "你们这个机器人回得挺快啊 比打热线强多了", [])
m("answer age", "一个 刚满月 天天闹夜", [n(1), bd(1, mo(1))], asked="children", known=K(city="jinan"))

T("2025-10-31")  # Friday, month end
m("relative_date birth_order", "老二昨天生的 今天刚从产房推出来", [bd(2, back(1))], known=K(city="beijing", kids=[yo(3)]))
m("question", "1米4以上才要全票是吧", [])
m("height question birth_order", "老大一米三二 老二一米零二 去公园俩都得买票吗", [ht(1, 132), ht(2, 102)])
m("answer hukou", "是的呀 我们一家都是北京户口", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[mo(4)]))
m("answer insurance", "单位上交的职工生育险", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": nextmonth(3)}]))
m("correction relative_date", "更正一下 孩子是去年十月生的 不是十一月", [bd(1, "2024-10", "r")], known=K(city="jinan", kids=["2024-11"]))
m("negation_housing question", "我们租房住 公积金能提出来交房租吗", [f("renting", True)], known=K(city="beijing", kids=[yo(2)]))
m("now_vs_birth", "他爸上个月开始领失业金了 孩子刚上幼儿园", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(3)]))
m("pregnancy relative_date", "上个月查出来怀上了 医生说预产期明年六月", [due(1, year(1) + "-06")])
m("answer negation_housing", "没有 住丈母娘家", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city", known=K(city="jinan", kids=[mo(9)]))
m("multiples age birth_order", "仨孩子 大闺女九岁 下面俩小子是双胞胎 一岁两个月", [n(3), bd(1, yo(9)), bd(2, age(1, 2)), bd(3, age(1, 2))])
m("hukou question", "我们不是北京户口 这个能领吗", [f("hukou_in_city", False)], known=K(city="beijing", kids=[mo(2)]))
m("answer per_birth_hardship birth_order", "老大那会儿领着 二宝生的时候就不领了", [chb(1, True), chb(2, False)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2019-06", "2024-02"]))
m("correction per_birth_hardship birth_order", "不对 领失业金是生老二那年 老大那会没领", [chb(2, True, "r"), chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2017-01", "hardship_at_birth": True}, {"birth_date": "2021-05", "hardship_at_birth": False}]))

T("2026-01-15")  # Thursday
m("relative_date", "外孙上周一出生的 闺女让我来问问补贴咋领", [bd(1, lastweek(0))])
m("question", "三周岁以后就没有了吗", [])
m("answer negation_housing", "有的呀", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city", known=K(city="beijing", kids=[yo(2)]))
m("negation_housing", "还没买房 准备买第一套 首付还差点", [f("owns_home_in_city", False), f("buying_first_home", True)],
  known=K(city="jinan", kids=[yo(1)]))
m("short_year age birth_order", "大的一九年的 小的今年三岁半了", [bd(1, "2019"), bd(2, yo(3))])
m("answer housing_fund", "俩人都交 我在国企他在事业单位", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[mo(7)]))
m("question per_birth_hardship", "万一孩子出生那阵子我正好领着失业金 会不会影响补贴啊", [f("hardship_at_birth", True, "q")],
  known=K(city="jinan", kids=[{"due_date": nextmonth(4)}]))
m("correction age", "我说错了 孙子不是刚满月 是刚满俩月", [bd(1, mo(2), "r")], known=K(city="jinan", kids=[mo(1)]))
m("height", "孩子一米二八了 还差两公分到1米3", [ht(1, 128)])
m("answer negation_housing", "没呢 房子是单位的 我们就是住着", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city",
  known=K(city="beijing", kids=[yo(4)]))
m("answer multiples", "三个 老大上初中了 俩小的是双胞胎 半岁", [n(3), bd(2, mo(6)), bd(3, mo(6))], asked="children", known=K(city="beijing"))
m("pregnancy multiples birth_order age", "二胎怀的是双胞胎 预产期五月份 家里老大都十岁了", [due(2, nextmonth(5)), due(3, nextmonth(5)), bd(1, yo(10))])
m("insurance now_vs_birth", "我老婆是居民医保 现在俺家在领低保", [f("birth_insurance", "resident_medical"), f("hardship_now", True)])
m("chitchat", "哎 养娃太难了 啥都贵", [])

T("2026-02-03")  # Tuesday
m("relative_date birth_order age", "小女儿上周六生的 大的才两岁", [bd(2, lastweek(5)), bd(1, yo(2))])
m("question", "补贴几号发啊 过年前能到账不", [])
m("answer negation_housing", "没 都没房", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city", known=K(city="jinan", kids=[yo(1)]))
m("correction hukou", "更正 我们户口不在济南 在老家", [f("hukou_in_city", False, "r")], known=K(city="jinan", hukou_in_city=True, kids=[yo(1)]))
m("question hukou", "如果把户口落到北京 能多领吗", [f("hukou_in_city", True, "q")], known=K(city="beijing", hukou_in_city=False, kids=[mo(3)]))
m("numerals", "二〇二三年十一月生的 快两岁半了", [bd(1, "2023-11")])
m("answer housing_fund", "我交 她没交", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors", known=K(city="jinan", kids=[yo(2)]))
m("answer negation_housing", "不打算 这辈子怕是买不起喽", [f("buying_first_home", False, "c")], asked="buying_first_home",
  known=K(city="beijing", renting=True, kids=[yo(3)]))
m("duration housing_fund", "公积金断了半年了 现在家里没人交", [f("housing_fund_contributors", 0)], known=K(city="jinan", kids=[yo(2)]))
m("multiples relative_date", "三胞胎昨天生的 老天爷啊 一下子来了仨", [bd(1, back(1)), bd(2, back(1)), bd(3, back(1)), n(3)], known=K(city="beijing"))
m("numerals question", "孩子是２０２２年３月生的 现在还能补领吗", [bd(1, "2022-03")])

T("2026-08-31")  # Monday, month end
m("relative_date birth_order", "老二上周日凌晨生的 折腾了一宿", [bd(2, lastweek(6))], known=K(city="jinan", kids=[yo(4)]))
m("question", "公积金贷款买首套最多能贷多少", [])
m("answer negation_housing", "有的 写的我老公名字", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city", known=K(city="jinan", kids=[mo(11)]))
m("correction", "搞错了 我们在济南 不在北京 刚才点错了", [f("city", "jinan", "r")], known=K(city="beijing", kids=[yo(2)]))
m("age height birth_order", "大宝八岁 一米三五 小宝四岁半一米零三", [bd(1, yo(8)), ht(1, 135), bd(2, yo(4)), ht(2, 103)])
m("answer per_birth_hardship birth_order", "就生老三那会儿领着特困 前面俩没有", [chb(3, True), chb(1, False), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2012-05", "2016-10", "2023-04"]))
m("now_vs_birth per_birth_hardship", "生孩子那时候领失业金 现在上班了 早不领了", [f("hardship_at_birth", True), f("hardship_now", False)],
  known=K(city="beijing", kids=[yo(2)]))
m("question insurance", "要是我辞职了只交居民医保 生孩子还能领生育津贴吗", [f("birth_insurance", "resident_medical", "q")])
m("answer negation_housing", "打算 等年底攒够首付", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="beijing", owns_home_in_city=False, kids=[yo(1)]))
m("chitchat", "收到 谢谢小助手 辛苦啦", [])
m("pregnancy age birth_order", "老大两岁零三个月 我又怀上了 才两个月", [bd(1, age(2, 3)), due(2, preg(2))])
m("height question birth_order", "老大一米四一 买票是按身高还是按年龄啊", [ht(1, 141)], known=K(city="beijing", kids=[yo(9), yo(5)]))
m("housing_fund", "公积金就俺爱人交 俺在家带孩子", [f("housing_fund_contributors", 1)], known=K(city="jinan", kids=[yo(1)]))
m("correction birth_order relative_date", "说错了 老二是去年八月生的", [bd(2, year(-1) + "-08", "r")], known=K(city="jinan", kids=["2020-03", "2025-06"]))
m("answer hukou", "对 前年就迁过来了", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(2)]))

T("2026-11-30")  # Monday, month end
m("relative_date", "孙女上周三出生的 六斤多 像她爸", [bd(1, lastweek(2))])
m("question", "北京这边补贴一共能给多少钱", [], known=K(city="beijing", kids=[yo(3)]))
m("answer multiples age", "两个 龙凤胎 刚满一岁", [n(2), bd(1, just(1)), bd(2, just(1))], asked="children", known=K(city="jinan"))
m("now_vs_birth relative_date", "我上个月刚开始领失业金 孩子是今年三月生的", [f("hardship_now", True), bd(1, year() + "-03")])
m("negation_housing", "我们没买房 租的房子 明年打算买第一套", [f("owns_home_in_city", False), f("renting", True), f("buying_first_home", True)],
  known=K(city="jinan", kids=[yo(2)]))
m("answer housing_fund", "俩 我和我老公", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors", known=K(city="beijing", kids=[mo(4)]))
m("correction housing_fund", "不对 都没交 他那个单位去年就停了", [f("housing_fund_contributors", 0, "r")],
  known=K(city="jinan", housing_fund_contributors=1, kids=[yo(3)]))
m("age", "宝宝一百天了 今天抱去拍了百天照", [bd(1, dago(100))])
m("hukou question", "我们是外地户口 在济南交社保 能领济南的补贴吗", [f("hukou_in_city", False)], known=K(city="jinan", kids=[mo(5)]))
m("answer pregnancy", "一个都还没生 现在怀着 五个月了", [n(0), due(1, preg(5))], asked="children", known=K(city="beijing"))

T("2027-01-31")  # Sunday, month end
m("short_year relative_date birth_order", "大的21年的 小的前天刚生", [bd(1, "2021"), bd(2, back(2))])
m("answer negation_housing", "不打算 等孩子大点再说吧", [f("buying_first_home", False, "c")], asked="buying_first_home",
  known=K(city="jinan", owns_home_in_city=False, kids=[mo(8)]))
m("per_birth_hardship now_vs_birth", "去年生孩子那会儿在领低保 今年也还在领", [f("hardship_at_birth", True), f("hardship_now", True)],
  known=K(city="jinan", kids=["2026-05"]))
m("answer height", "一米一 还没到一米二", [ht(1, 110)], asked="children.height_cm", known=K(city="beijing", kids=[yo(4)]))
m("correction", "不是北京 说错了 济南的", [f("city", "jinan", "r")], known=K(city="beijing", kids=[yo(1)]))
m("insurance", "老婆没有任何保险 一直在家待着", [f("birth_insurance", "none")])
m("question birth_order", "要是后年再生老三 还能赶上政策吗", [due(3, year(2), "q")], known=K(city="beijing", kids=["2019-02", "2024-07"]))

T("2027-02-25")  # Thursday
m("relative_date", "孩子上周二生的 还在月子中心住着", [bd(1, lastweek(1))])
m("numerals multiples birth_order", "双胞胎是二〇二五年十二月生的 老大是二〇二〇年的", [bd(1, "2020"), bd(2, "2025-12"), bd(3, "2025-12"), n(3)])
m("answer insurance", "职工生育保险 公司交的", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="beijing", kids=[{"due_date": nextmonth(6)}]))
m("answer negation_housing", "嗯呢 租的", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[yo(1)]))
m("answer per_birth_hardship", "没有 那会儿俩人都有工作", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(2)]))
m("duration housing_fund", "产假还剩俩月 公积金我俩都在交", [f("housing_fund_contributors", 2)], known=K(city="beijing", kids=[mo(4)]))
m("question", "一个月五百 一直给到三岁是吧", [])
m("answer age birth_order", "三个 大的十岁 二的六岁多 小的快两岁了", [n(3), bd(1, yo(10)), bd(2, yo(6)), bd(3, almost(2))],
  asked="children", known=K(city="beijing"))
m("correction height birth_order", "刚才写错了 老大是一米二五 不是一米五二", [ht(1, 125, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(6), "height_cm": 152}, yo(2)]))
m("question height birth_order", "老二还不到一米 坐飞机要买票吗", [below(2, 100)], known=K(city="beijing", kids=[yo(5), yo(2)]))
m("answer hukou", "不是 都是外地的", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[mo(3)]))

T("2027-04-30")  # Friday, month end
m("relative_date", "孙子前天出生的 我这当爷爷的激动得一宿没睡", [bd(1, back(2))])
m("question birth_order", "如果老二下个月就生 能赶上今年的吗", [due(2, thismonth(1), "q")], known=K(city="jinan", kids=[yo(3), {"due_date": "2027-06"}]))
m("negation_housing", "现在住的是公婆的房子 我们自己没买", [f("owns_home_in_city", False)], known=K(city="jinan", kids=[yo(1)]))
m("answer negation_housing", "有的 就一套 老破小", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city", known=K(city="beijing", kids=[yo(5)]))
m("now_vs_birth", "现在不领低保了 去年就停了", [f("hardship_now", False)], known=K(city="jinan", hardship_now=True, kids=[yo(4)]))
m("correction pregnancy", "不对 预产期是七月 不是六月", [due(2, nextmonth(7), "r")], known=K(city="beijing", kids=[yo(2), {"due_date": "2027-06"}]))
m("housing_fund age", "孩子九个月 公积金俺俩谁都没交过", [bd(1, mo(9)), f("housing_fund_contributors", 0)])
m("chitchat", "行 明白了 我再去社区问问", [])
m("multiples pregnancy", "怀了双胞胎 预产期九月初 头胎", [due(1, nextmonth(9)), due(2, nextmonth(9))])
m("answer housing_fund", "一个 就他交", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors", known=K(city="jinan", kids=[mo(2)]))

T("2025-12-31")  # Wednesday, month end
m("relative_date birth_order", "小闺女上周一生的 哥哥姐姐都抢着抱", [bd(3, lastweek(0))], known=K(city="beijing", kids=[yo(8), yo(5)]))
m("answer per_birth_hardship", "有 生的时候正领着失业金", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[mo(5)]))
m("duration now_vs_birth", "失业金还能领三个月 领完就没了", [f("hardship_now", True)], known=K(city="beijing", kids=[yo(1)]))
m("correction short_year birth_order", "更正下 老二是23年的 不是24年", [bd(2, "2023", "r")], known=K(city="jinan", kids=["2019-04", "2024-01"]))
m("age question", "孩子快三岁了 还能领几个月", [bd(1, almost(3))])
m("answer negation_housing", "不是 住娘家呢", [f("renting", False, "c")], asked="renting", known=K(city="jinan", kids=[mo(6)]))
m("numerals height", "孩子身高１１５厘米 体重二十公斤", [ht(1, 115)])
m("answer", "北京朝阳的", [f("city", "beijing")], asked="city")
m("question housing_fund", "要是我老婆也开始交公积金 俩人交能多贷吗", [f("housing_fund_contributors", 2, "q")],
  known=K(city="jinan", housing_fund_contributors=1, kids=[yo(1)]))
m("answer pregnancy relative_date", "下个月底 二胎", [due(2, thismonth(1))], asked="due_date", known=K(city="beijing", kids=[yo(4), {"due_date": None}]))
m("answer housing_fund", "嗯 都交着呢 俩人", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[yo(3)]))
m("correction per_birth_hardship now_vs_birth", "不好意思说错了 生孩子时候没领低保 是现在在领", [f("hardship_at_birth", False, "r"), f("hardship_now", True)],
  known=K(city="jinan", hardship_at_birth=True, kids=[yo(2)]))
m("answer hukou", "还没 正在办落户", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[mo(10)]))
m("answer short_year", "一个 17年的", [n(1), bd(1, "2017")], asked="children", known=K(city="jinan"))
