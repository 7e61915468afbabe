# Chinese, batch 13: answers to every bot question with known households (terse, loose, with extra facts),
# corrections of dates/ages/counts/twins/insurance/hukou/height, hypotheticals vs plain questions, now vs
# at-birth hardship, hukou moves, housing negations, relative dates (大上个月, 这月初, 上礼拜天), chitchat
T("2025-01-16")  # Thursday
m("answer", "俺在济南 孩子在老家跟着奶奶", [f("city", "jinan")], asked="city")
m("answer hukou", "嗯 去年刚落的京户 积分落户", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing"))
m("answer multiples age", "俩 是对双胞胎丫头 一岁零四个月", [n(2), bd(1, age(1, 4)), bd(2, age(1, 4))],
  asked="children", known=K(city="jinan"))
m("relative_date birth_order", "上礼拜天晚上老二出生了 到现在还没睡过整觉", [bd(2, lastweek(6))])
m("relative_date", "大上个月生的 小子 八斤", [bd(1, thismonth(-2))])
m("relative_date birth_order", "头一个是前年十二月生的 第二个去年八月", [bd(1, year(-2) + "-12"), bd(2, year(-1) + "-08")])
m("question birth_order", "我们家俩了 假如后年再添一个老三 有补贴没", [n(2), due(3, year(2), "q")],
  known=K(city="jinan", kids=["2019-05", "2022-10"]))
m("question height", "闺女刚够一米一 过年回老家坐高铁得给她买票不", [ht(1, 110)])
m("question chitchat", "一个月是500还是600啊")
m("now_vs_birth per_birth_hardship", "娃出生那阵家里揭不开锅 领着低保 现在日子好点了 早不领了",
  [f("hardship_at_birth", True), f("hardship_now", False)])
m("per_birth_hardship multiples birth_order", "老大出生那年啥也没领 后来生双胞胎的时候我老公下岗 领失业金",
  [chb(1, False), chb(2, True), chb(3, True)], known=K(city="beijing", kids=["2016-03", "2021-07", "2021-07"]))
m("housing_fund", "公积金的话 我们小两口都有 婆婆退休前也交 现在不交了", [f("housing_fund_contributors", 2)])
m("correction age", "搞错了 孩子是三岁多 不是两岁多", [bd(1, yo(3), "r")], known=K(city="jinan", kids=[yo(2)]))
m("insurance duration", "媳妇在银行上班 单位交的生育险 交了七八年了", [f("birth_insurance", "employee_maternity")])
m("negation_housing", "房子是公婆的 我们住着 自己名下啥也没有", [f("owns_home_in_city", False)])
m("chitchat", "过年前能到账不 等着这钱买年货呢")
m("answer height birth_order", "大的一米四出头 142 小的115", [ht(1, 142), ht(2, 115)], asked="children.height_cm",
  known=K(city="beijing", kids=["2017-09", "2020-12"]))
m("hukou", "户口刚从德州迁过来 现在是济南户口了", [f("city", "jinan"), f("hukou_in_city", True)])
m("numerals pregnancy", "预产期二〇二五年六月二十一 夏至那天", [due(1, "2025-06-21")])

T("2025-02-27")  # Thursday
m("answer per_birth_hardship", "没有 那时候收入还行 不够低保条件", [f("hardship_at_birth", False, "c")],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2024-12"]))
m("answer negation_housing", "嗯呢 跟俩同事合租的 住次卧", [f("renting", True, "c")], asked="renting",
  known=K(city="beijing", owns_home_in_city=False))
m("answer pregnancy", "六月中下旬 具体还没定", [due(1, nextmonth(6))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("relative_date birth_order age", "二宝这月初生的 大宝五岁", [bd(2, thismonth(0)), bd(1, yo(5))])
m("relative_date", "闺女上礼拜四生的 前两天刚出院", [bd(1, lastweek(3))])
m("multiples age", "闺女家就一对双胞胎外孙 快两岁了", [n(2), bd(1, almost(2)), bd(2, almost(2))])
m("age birth_order", "大孙女上初中了 十三 小孙子两岁零五个月", [bd(1, yo(13)), bd(2, age(2, 5))])
m("short_year numerals birth_order hukou", "老大一七年的 老二二零年 俩孩子户口都随我落在北京了",
  [bd(1, "2017"), bd(2, "2020"), n(2), f("city", "beijing"), f("hukou_in_city", True)])
m("question negation_housing", "要是下半年入手第一套房子 契税能减多少", [f("buying_first_home", True, "q")])
m("question chitchat", "孩子逛植物园 多高开始要票啊")
m("answer housing_fund", "我老公 我 还有我小姑子 三个", [f("housing_fund_contributors", 3)],
  asked="housing_fund_contributors", known=K(city="jinan"))
m("answer insurance", "生的时候辞职了 社保断了 啥保险也没有", [f("birth_insurance", "none")], asked="birth_insurance",
  known=K(city="beijing", kids=["2025-01"]))
m("correction hukou", "刚才那个不算 我们户口其实没迁过来 还在老家保定", [f("hukou_in_city", False, "r")],
  known=K(city="beijing", hukou_in_city=True))
m("now_vs_birth", "上个月开始领失业金了 公司倒闭了", [f("hardship_now", True)])
m("chitchat", "过完年了 你们上班了吧")
m("pregnancy birth_order age", "怀老二五个月了 大的刚满三岁", [due(2, preg(5)), bd(1, just(3))])
m("correction height", "纠正下 孩子是一米二九 不是一米二五 昨天学校刚体检", [ht(1, 129, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2018-06", "height_cm": 125}]))
m("multiples pregnancy age birth_order", "大儿子八岁了 这胎b超说是双胞胎 预产期八月",
  [bd(1, yo(8)), due(2, nextmonth(8)), due(3, nextmonth(8))])

T("2025-06-30")  # Monday, month end
m("answer", "还没要孩子 刚领的证", [n(0)], asked="children", known=K(city="beijing"))
m("answer hukou", "不是 户口还挂在老家临沂", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan"))
m("answer negation_housing", "没有 房子是公婆的 我们跟着住", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city",
  known=K(city="beijing"))
m("answer negation_housing", "打算 今年秋天就想定下来", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="jinan", owns_home_in_city=False, renting=True))
m("relative_date birth_order", "上礼拜四凌晨生的老三 全家都去医院了", [bd(3, lastweek(3))])
m("relative_date", "孩子是这月初剖的 还在坐月子", [bd(1, thismonth(0))])
m("age", "宝宝出生整六十天", [bd(1, dago(60))])
m("now_vs_birth per_birth_hardship birth_order", "生老大那会是特困供养 老二出生的时候也还是 现在脱困了",
  [chb(1, True), chb(2, True), f("hardship_now", False)])
m("per_birth_hardship multiples birth_order", "双胞胎出生那年我正领失业金 老大那会没有",
  [chb(2, True), chb(3, True), chb(1, False)], known=K(city="jinan", kids=["2018-02", "2023-04", "2023-04"]))
m("housing_fund", "就我老丈人还在交公积金 我俩都没", [f("housing_fund_contributors", 1)])
m("insurance", "孩子妈在饭店打工 老板没给上保险 自己在村里交的居民医保", [f("birth_insurance", "resident_medical")])
m("question hukou", "假设我们户口落下来了 补贴能多拿点不", [f("hukou_in_city", True, "q")],
  known=K(city="beijing", hukou_in_city=False))
m("question chitchat", "托育一个月补多少 是按月给吗")
m("correction multiples", "更正一下 不是一个娃 是三胞胎 仨", [n(3, "r")], known=K(city="beijing", kids=["2024-09"]))
m("height numerals", "儿子量了 一百二十一公分 比上学期高了五公分", [ht(1, 121)])
m("chitchat", "热死了 带娃去办事排了一上午队")
m("duration housing_fund", "公积金我交了三年 老婆今年刚入职 还没开始交", [f("housing_fund_contributors", 1)])

T("2025-10-31")  # Friday, month end
m("answer", "在北京呢 通州那边 离城里老远了", [f("city", "beijing")], asked="city")
m("answer multiples birth_order age", "仨 大的是对双胞胎 九岁 小的两岁半", [n(3), bd(1, yo(9)), bd(2, yo(9)), bd(3, yo(2))],
  asked="children", known=K(city="jinan"))
m("answer pregnancy", "明年二月底", [due(2, year(1) + "-02")], asked="due_date",
  known=K(city="beijing", kids=["2022-03", {"due_date": None}]))
m("answer per_birth_hardship birth_order", "就生老三这回领着低保 前头俩没有", [chb(3, True), chb(1, False), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2015-05", "2019-08", "2025-09"]))
m("relative_date", "大上个月底生的 早产了半个月", [bd(1, thismonth(-2))])
m("relative_date short_year birth_order", "老二前年12月底出生的 老大是18年", [bd(2, year(-2) + "-12"), bd(1, "2018")])
m("age", "外孙女四岁零一个月", [bd(1, age(4, 1))])
m("age birth_order", "俺家老大十五了 老二十岁 老小刚满周岁", [bd(1, yo(15)), bd(2, yo(10)), bd(3, just(1))])
m("now_vs_birth duration", "这两年一直领低保 孩子他爸瘫在床上", [f("hardship_now", True)])
m("question now_vs_birth", "我要是现在领着失业金 能多补吗", [f("hardship_now", True, "q")])
m("question chitchat", "补贴是不是发到孩子三周岁就停了")
m("hukou", "俺们全家都是济南户口 祖祖辈辈都是", [f("city", "jinan"), f("hukou_in_city", True)])
m("negation_housing", "打算买首套 现在挤在丈母娘家", [f("buying_first_home", True)])
m("negation_housing", "在北京租房 老家县城有套房", [f("city", "beijing"), f("renting", True)])
m("correction short_year birth_order", "老大是20年的 我写成21了 老二没错", [bd(1, "2020", "r")],
  known=K(city="jinan", kids=["2021", "2024"]))
m("insurance", "孩子他妈开美甲店 自己按灵活就业人员交的社保", [f("birth_insurance", "flexible_employment")])
m("chitchat", "你这机器人还挺聪明")

T("2026-01-29")  # Thursday
m("answer hukou", "对的 去年年底刚迁过来", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan"))
m("answer negation_housing", "没 租的 一个月六千", [f("owns_home_in_city", False, "c"), f("renting", True)],
  asked="owns_home_in_city", known=K(city="beijing"))
m("answer housing_fund", "俩人都没 都是自由职业", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="beijing"))
m("answer age", "一个小子 刚满一百天", [n(1), bd(1, dago(100))], asked="children", known=K(city="jinan"))
m("answer height", "103 上个月量的", [ht(1, 103)], asked="children.height_cm", known=K(city="jinan", kids=["2021-02"]))
m("relative_date birth_order", "上礼拜天二胎落地了 是个闺女", [bd(2, lastweek(6))])
m("relative_date", "大上个月二十几号生的", [bd(1, thismonth(-2))])
m("relative_date", "去年十二月三十一号生的 差一天就是今年的了", [bd(1, year(-1) + "-12-31")])
m("per_birth_hardship birth_order duration", "二胎出生前俩月我被裁了 生的时候正拿着失业金 头胎那会儿没有", [chb(2, True), chb(1, False)])
m("now_vs_birth per_birth_hardship", "孩子出生时还没低保 是后来才办下来的 现在每月都领",
  [f("hardship_at_birth", False), f("hardship_now", True)])
m("question birth_order", "如果老二明年三月生 能赶上吗", [due(2, year(1) + "-03", "q")], known=K(city="jinan", kids=["2023-06"]))
m("question chitchat", "孩子上幼儿园有补吗 一年多少")
m("question height short_year birth_order", "老大19年的 一米三一 老二一米零八 去方特都要买票吗",
  [bd(1, "2019"), ht(1, 131), ht(2, 108)])
m("correction pregnancy", "更正一下 预产期提前了 医生说五月底", [due(2, nextmonth(5), "r")],
  known=K(city="beijing", kids=["2021-04", {"due_date": "2026-06"}]))
m("correction insurance", "搞错了 她那时候已经离职了 用的居民医保", [f("birth_insurance", "resident_medical", "r")],
  known=K(city="jinan", birth_insurance="employee_maternity", kids=["2025-12"]))
m("multiples relative_date", "俺儿媳妇去年十一月生了三胞胎 三个丫头 之前没孩子",
  [n(3), bd(1, year(-1) + "-11"), bd(2, year(-1) + "-11"), bd(3, year(-1) + "-11")])
m("chitchat", "快过年了 提前给你拜个早年")
m("housing_fund", "公积金交的有我 我对象 我爸 我妈 四口", [f("housing_fund_contributors", 4)])
m("hukou negation_housing", "我们是外地户口 在济南没房 一直住单位宿舍",
  [f("hukou_in_city", False), f("city", "jinan"), f("owns_home_in_city", False)])

T("2026-02-28")  # Saturday, month end
m("answer insurance", "她在医院当护士 肯定是单位那个职工生育保险", [f("birth_insurance", "employee_maternity")],
  asked="birth_insurance", known=K(city="beijing", kids=["2026-01"]))
m("answer per_birth_hardship", "有 生哪个的时候都在吃低保", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2020-05", "2025-11"]))
m("answer", "俩 都上学了", [n(2)], asked="children", known=K(city="beijing"))
m("answer negation_housing", "不是 住我姐家 不要钱", [f("renting", False, "c")], asked="renting",
  known=K(city="jinan", owns_home_in_city=False))
m("relative_date birth_order numerals", "老二是这月初生的 二月二号", [bd(2, pastmonth(2, 2))])
m("relative_date", "前年国庆节后一天生的", [bd(1, year(-2) + "-10-02")])
m("age", "娃现在一岁九个月", [bd(1, age(1, 9))])
m("age birth_order", "老大十一了 老二快七岁 老三四个月", [bd(1, yo(11)), bd(2, almost(7)), bd(3, mo(4))])
m("multiples pregnancy birth_order", "老大老二都上小学了 这次怀的双胞胎 六个月了", [due(3, preg(6)), due(4, preg(6))])
m("now_vs_birth", "特困供养去年就取消了 现在啥补助都没有", [f("hardship_now", False)])
m("question per_birth_hardship birth_order", "假设生老二的时候我在领失业金 补贴会不会多", [chb(2, True, "q")],
  known=K(city="beijing", kids=["2019-03"]))
m("question chitchat", "生育津贴是按我工资算还是按单位平均工资算")
m("correction short_year numerals", "日子写错了 是二五年二月二十一 不是十二号", [bd(1, "2025-02-21", "r")],
  known=K(city="jinan", kids=["2025-02-12"]))
m("correction hukou", "更正 我们是北京户口 昨天刚办完落户", [f("hukou_in_city", True, "r")],
  known=K(city="beijing", hukou_in_city=False))
m("hukou", "户口一直在济南 没动过", [f("city", "jinan"), f("hukou_in_city", True)])
m("negation_housing", "北京没房 准备攒钱买第一套 首付还差一大截",
  [f("city", "beijing"), f("owns_home_in_city", False), f("buying_first_home", True)])
m("chitchat", "二月就二十八天 工资又少了 哈哈")

T("2026-09-30")  # Wednesday, month end
m("answer", "山东的 济南章丘", [f("city", "jinan")], asked="city")
m("answer hukou", "不是 俺俩都是河南户口 孩子也是", [f("hukou_in_city", False, "c")], asked="hukou_in_city",
  known=K(city="beijing"))
m("answer height multiples birth_order", "哥哥116 妹妹113", [ht(1, 116), ht(2, 113)], asked="children.height_cm",
  known=K(city="jinan", kids=["2020-04", "2020-04"]))
m("answer negation_housing", "没这打算 买不起", [f("buying_first_home", False, "c")], asked="buying_first_home",
  known=K(city="beijing", renting=True))
m("answer housing_fund", "就一个 孩子他爹", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan"))
m("relative_date birth_order", "上周日中午生了老三 母子平安", [bd(3, lastweek(6))])
m("relative_date", "大上个月十五号出生的", [bd(1, thismonth(-2) + "-15")])
m("multiples age", "家里那仨是三胞胎 这个月刚五个月 没别的娃", [n(3), bd(1, mo(5)), bd(2, mo(5)), bd(3, mo(5))])
m("age", "小孙孙一岁多点 会喊爷爷了", [bd(1, yo(1))])
m("per_birth_hardship now_vs_birth birth_order", "老二出生时俺家是特困户 老大出生时候不是 现在还是特困",
  [chb(2, True), chb(1, False), f("hardship_now", True)])
m("insurance question", "她生的时候交的居民医保 住院能报多少", [f("birth_insurance", "resident_medical")])
m("question chitchat", "一个孩子补三千六对吧")
m("correction age birth_order", "老二不是八个月 是一岁八个月 我少打了", [bd(2, age(1, 8), "r")],
  known=K(city="beijing", kids=[yo(7), mo(8)]))
m("correction negation_housing", "刚才那个不算 房子上个月买下来了 不租了", [f("owns_home_in_city", True, "r"), f("renting", False, "r")],
  known=K(city="jinan", owns_home_in_city=False, renting=True))
m("hukou", "孩子他爸人才引进 全家户口上个月都落北京了", [f("city", "beijing"), f("hukou_in_city", True)])
m("duration housing_fund", "公积金断了半年了 现在俩人都没交", [f("housing_fund_contributors", 0)])
m("chitchat", "国庆要放假了 你们还回消息吗")

T("2027-02-03")  # Wednesday
m("answer relative_date", "一个闺女 去年十二月的", [n(1), bd(1, year(-1) + "-12")], asked="children", known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "生头一个的时候在领低保 这个小的出生就没有了", [chb(1, True), chb(2, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2014-06", "2026-10"]))
m("answer insurance", "灵活就业的 自己在手机上交", [f("birth_insurance", "flexible_employment")], asked="birth_insurance",
  known=K(city="jinan", kids=["2027-01"]))
m("answer negation_housing", "有 去年刚交房", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city", known=K(city="jinan"))
m("relative_date birth_order", "上礼拜天晚上九点多 三宝出生了", [bd(3, lastweek(6))])
m("relative_date birth_order", "老大是前年的 老二去年元旦那天", [bd(1, year(-2)), bd(2, year(-1) + "-01-01")])
m("answer pregnancy multiples numerals", "双胞胎得剖 医生定的四月二十号", [due(2, nextmonth(4, 20)), due(3, nextmonth(4, 20))],
  asked="due_date", known=K(city="beijing", kids=["2023-03", {"due_date": None}, {"due_date": None}]))
m("now_vs_birth per_birth_hardship", "现在还在领失业金 生孩子那会儿倒没领", [f("hardship_now", True), f("hardship_at_birth", False)])
m("question birth_order age", "假如今年再生个老二 能拿多少 老大都九岁了", [due(2, year(0), "q"), bd(1, yo(9))])
m("correction", "俺数糊涂了 就俩孩子 那个小的是俺侄子", [n(2, "r")], known=K(city="jinan", kids=["2016", "2019", "2022"]))
m("correction relative_date birth_order", "不对 老二是上礼拜六 不是礼拜天", [bd(2, lastweek(5), "r")],
  known=K(city="beijing", kids=["2020-05", lastweek(6)]))
m("housing_fund negation_housing", "公积金俩人都交着 就等攒够首付买第一套", [f("housing_fund_contributors", 2), f("buying_first_home", True)])
m("height", "闺女一米一九 就差一公分", [ht(1, 119)])

T("2027-03-31")  # Wednesday, month end
m("answer negation_housing", "是 房子是租的 押一付三", [f("renting", True, "c")], asked="renting",
  known=K(city="beijing", owns_home_in_city=False))
m("answer housing_fund", "三个 我 老婆 还有我哥 一起住", [f("housing_fund_contributors", 3)], asked="housing_fund_contributors",
  known=K(city="beijing"))
m("answer age short_year birth_order", "俩 大的15年 小的一岁零一个月", [n(2), bd(1, "2015"), bd(2, age(1, 1))],
  asked="children", known=K(city="jinan"))
m("relative_date", "上周二在妇幼生的 是个小闺女", [bd(1, lastweek(1))])
m("multiples relative_date birth_order age", "前年十月生的双胞胎是老二老三 老大今年十岁",
  [bd(2, year(-2) + "-10"), bd(3, year(-2) + "-10"), bd(1, yo(10))])
m("per_birth_hardship", "俩娃出生那阵子 低保失业金啥的一样都没沾过", [n(2), f("hardship_at_birth", False)])
m("now_vs_birth", "低保今年刚批下来", [f("hardship_now", True)])
m("question hukou", "要是能落上济南户口 一年能多领多少", [f("hukou_in_city", True, "q")], known=K(city="jinan", hukou_in_city=False))
m("correction multiples", "不对 不是俩孩子 是仨 小的是双胞胎", [n(3, "r")], known=K(city="beijing", kids=["2019-08", "2026-06"]))
m("correction age", "更正 孩子是刚满三岁 上个礼拜过的生日", [bd(1, just(3), "r")], known=K(city="jinan", kids=[almost(3)]))
m("correction housing_fund", "说错了 我老婆单位给交公积金的 就她一个", [f("housing_fund_contributors", 1, "r")],
  known=K(city="jinan", housing_fund_contributors=0))
m("hukou negation_housing", "户口还落在聊城老家 人在济南 住的出租屋", [f("hukou_in_city", False), f("city", "jinan"), f("renting", True)])
m("chitchat", "月底了 这个月的啥时候发")
