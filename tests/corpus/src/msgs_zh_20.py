# Chinese, batch 20: questions against statements (两岁的孩子能领吗 vs 我家老二24年5月生的 能领吗), hypotheticals
# (要是/如果/假如/万一 再生一个), confirmations (对 / 是的没错 / 嗯嗯对), corrections (不对 / 说错了 / 记错了 应该是),
# now against at the birth (现在在领失业金 / 生老二那会儿吃低保 现在不吃了), per-birth dibao 特困 失业金, twins and triplets
T("2025-01-31")  # Friday, month end
m("question", "两岁的孩子能领吗 还是只有刚生的才给")
m("question age", "俺家孙子两岁多点 这个补贴他能领不", [bd(1, yo(2))])
m("question short_year birth_order", "我们家老二是24年5月生的 这个能领不 老大都上小学了", [bd(2, "2024-05")])
m("question multiples birth_order", "如果后年再来对双胞胎 是不是每个都给发", [due(2, year(2), "q"), due(3, year(2), "q")],
  known=K(city="jinan", kids=["2021-06"]))
m("per_birth_hardship now_vs_birth birth_order", "俺们生二宝那年是低保户 前年退出来了 现在不领了",
  [chb(2, True), f("hardship_now", False)], known=K(city="jinan", kids=["2016-03", "2021-08"]))
m("answer per_birth_hardship", "嗯嗯对 那时候领着失业金呢", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2024-11"]))
m("correction age", "不对不对 孩子是四岁 刚才手滑打成三了", [bd(1, yo(4), "r")], known=K(city="beijing", kids=[yo(3)]))
m("question", "一米二以下的小孩坐公交不要钱是吧")
m("question height", "俺孙女还不到一米二 坐火车要给她买票不", [below(1, 120)])
m("now_vs_birth", "现在在领失业金 上个月刚批下来的 一个月一千多", [f("hardship_now", True)])
m("answer housing_fund", "就孩子他爸 我那单位不给交", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=["2023-09"]))
m("multiples age birth_order", "家里三个娃 老大六岁 底下俩是双胞胎 刚满周岁 天天跟打仗似的",
  [n(3), bd(1, yo(6)), bd(2, just(1)), bd(3, just(1))])
m("relative_date", "闺女昨天下午生了 顺产 七斤二两 我当姥姥啦", [bd(1, back(1))])
m("pregnancy numerals", "预产期是２０２５年６月１２号 头一胎 有点紧张", [due(1, "2025-06-12")])
m("insurance per_birth_hardship", "生孩子的时候我是灵活就业自己交的社保 那会儿也没吃低保啥的",
  [f("birth_insurance", "flexible_employment"), f("hardship_at_birth", False)])
m("negation_housing question", "我们家是租的房子 这个能申请不", [f("renting", True)])
m("correction hukou", "说错了 户口不在济南 还在菏泽老家没迁过来", [f("hukou_in_city", False, "r")],
  known=K(city="jinan", hukou_in_city=True))
m("chitchat", "好嘞 我回头问问我对象再说")
m("duration housing_fund", "公积金我交了八年了 媳妇交过两年 后来辞职就断了 现在就我一个", [f("housing_fund_contributors", 1)])
m("question per_birth_hardship birth_order", "要是老三出生那会儿我们算特困户 现在还能补吗", [chb(3, True, "q")],
  known=K(city="jinan", kids=["2015-05", "2019-10", "2024-07"]))

T("2025-02-04")  # Tuesday
m("relative_date birth_order", "上周六生的 二胎 是个带把的", [bd(2, lastweek(5))], known=K(city="jinan", kids=["2020-05"]))
m("answer age", "俩 大的四岁 小的才三个月", [n(2), bd(1, yo(4)), bd(2, mo(3))], asked="children", known=K(city="beijing"))
m("answer negation_housing", "是的没错 租的 一个月五千多", [f("renting", True, "c")], asked="renting", known=K(city="beijing"))
m("question", "一个月500是吧 发到几岁为止")
m("now_vs_birth per_birth_hardship", "低保是去年下半年才办下来的 现在每个月都有 生娃那会儿还没办呢",
  [f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan", kids=["2023-04"]))
m("correction height", "记错了 应该是一米一五 不是一米一", [ht(1, 115, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2019-03", "height_cm": 110}]))
m("multiples pregnancy", "老大三岁半 这回怀的是双胞胎 预产期今年七月", [bd(1, yo(3)), due(2, "2025-07"), due(3, "2025-07")])
m("answer hukou", "对 俩人户口都在这边", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing"))
m("question insurance", "万一到时候我没单位了 按灵活就业交的话生育津贴还给吗", [f("birth_insurance", "flexible_employment", "q")])
m("per_birth_hardship birth_order multiples", "老大出生那会儿正常上班 后来生那对双胞胎的时候我在领失业金",
  [chb(1, False), chb(2, True), chb(3, True)], known=K(city="jinan", kids=["2017-09", "2023-02", "2023-02"]))
m("age question", "我们孩子快三岁了 还能领不 差一个月", [bd(1, almost(3))])
m("answer per_birth_hardship", "没有 都没领过那些", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2024-12"]))
m("housing_fund negation_housing", "俺俩公积金都交着呢 打算今年买头一套房", [f("housing_fund_contributors", 2), f("buying_first_home", True)])
m("question", "有低保的家庭是不是还有额外补助")
m("correction now_vs_birth", "我说错了 失业金上个月就停了 现在没在领", [f("hardship_now", False, "r")],
  known=K(city="jinan", hardship_now=True))

T("2025-09-30")  # Tuesday, month end
m("question", "1米3以下的进景区都免票吗 大人带着")
m("question height birth_order", "俺家老大1米28 老二一米零二 周末去千佛山要买几张票", [ht(1, 128), ht(2, 102)])
m("answer per_birth_hardship birth_order", "对 生老二那会儿领的 老大那时候没有", [chb(2, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2018-06", "2024-03"]))
m("now_vs_birth per_birth_hardship birth_order", "老大出生时候家里是特困 现在也还是 老二出来那会儿也是",
  [chb(1, True), f("hardship_now", True), chb(2, True)], known=K(city="jinan", kids=["2020-01", "2023-11"]))
m("relative_date birth_order", "上周三老三平安落地 六斤半 这下仨了", [bd(3, lastweek(2)), n(3)],
  known=K(city="jinan", kids=["2016-08", "2020-04"]))
m("correction relative_date birth_order", "不对 老二是上个月生的 不是这个月 我记岔了", [bd(2, thismonth(-1), "r")],
  known=K(city="beijing", kids=["2021-02", thismonth()]))
m("question birth_order", "现在就一个闺女 假如明年再添个老二 能领多少", [n(1), due(2, year(1), "q")],
  known=K(city="beijing", kids=["2023-05"]))
m("answer housing_fund", "俺俩都交 单位扣的", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=["2025-01"]))
m("age birth_order hukou", "外孙七岁 外孙女一岁两个月 都是济南户口 我闺女让我来问问",
  [bd(1, yo(7)), bd(2, age(1, 2)), f("city", "jinan"), f("hukou_in_city", True)])
m("pregnancy question", "怀孕五个月了 到时候生完能领多少啊", [due(1, preg(5))])
m("answer negation_housing", "没有 这边没房 都是租的", [f("owns_home_in_city", False, "c"), f("renting", True)],
  asked="owns_home_in_city", known=K(city="beijing"))
m("chitchat", "唉 带娃太累了 问个事儿先")
m("insurance now_vs_birth", "生娃那会儿我在单位上班交的生育保险 现在下岗了在领失业金",
  [f("birth_insurance", "employee_maternity"), f("hardship_now", True)])
m("correction per_birth_hardship", "刚才说错了 生孩子那时候没领低保 我记混了", [f("hardship_at_birth", False, "r")],
  known=K(city="jinan", hardship_at_birth=True, kids=["2022-07"]))
m("multiples age", "三胞胎 今年刚满两岁 就这仨", [n(3), bd(1, just(2)), bd(2, just(2)), bd(3, just(2))])
m("question", "二胎三胎的补贴一样吗 还是三胎多")
m("duration now_vs_birth", "失业金还剩俩月就领完了 愁人", [f("hardship_now", True)])
m("answer hukou", "嗯 不是 俺们是河北的户口", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing"))
m("short_year birth_order per_birth_hardship", "老大17年3月生的 那时候吃低保 老二21年8月 那会儿已经不吃了",
  [bd(1, "2017-03"), chb(1, True), bd(2, "2021-08"), chb(2, False)])
m("correction housing_fund", "我更正一下 公积金是三个人交 我公公也跟我们一块住 他也交着", [f("housing_fund_contributors", 3, "r")],
  known=K(city="beijing", housing_fund_contributors=2))

T("2026-02-26")  # Thursday
m("question now_vs_birth", "假如家里有人在领失业金 能多领吗", [f("hardship_now", True, "q")])
m("question now_vs_birth", "我现在就在领失业金 这个还能多给点吗", [f("hardship_now", True)])
m("relative_date", "孩子上周一出生的 剖的 还在医院住着", [bd(1, lastweek(0))])
m("answer age multiples", "三个 老大八岁 老二老三是双胞胎 五个月大", [n(3), bd(1, yo(8)), bd(2, mo(5)), bd(3, mo(5))],
  asked="children", known=K(city="jinan"))
m("answer negation_housing", "不打算 买不起 先租着", [f("buying_first_home", False, "c"), f("renting", True)],
  asked="buying_first_home", known=K(city="beijing"))
m("per_birth_hardship now_vs_birth birth_order", "生老大那年孩子他爹失业 领了半年失业金 生老二时候就上班了 现在也上着",
  [chb(1, True), chb(2, False), f("hardship_now", False)], known=K(city="jinan", kids=["2019-05", "2024-02"]))
m("correction age birth_order", "哦不对 老二是一岁半 老大才是三岁半", [bd(2, yo(1), "r"), bd(1, yo(3), "r")],
  known=K(city="jinan", kids=[yo(1), yo(3)]))
m("height question", "孩子一米三一 坐高铁是不是得买儿童票了", [ht(1, 131)])
m("question hukou", "万一我们把户口迁回老家 这边还给不给发", [f("hukou_in_city", False, "q")],
  known=K(city="jinan", hukou_in_city=True))
m("numerals pregnancy birth_order", "二胎预产期是今年八月二十号 老大五岁了", [due(2, "2026-08-20"), bd(1, yo(5))])
m("answer insurance", "居民医保 那会儿没上班", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="beijing", kids=["2025-11"]))
m("housing_fund", "公积金就我老公一个人交 我打零工的 没有", [f("housing_fund_contributors", 1)])
m("question age", "我家闺女刚满三岁 是不是就不能领了", [bd(1, just(3))])
m("answer per_birth_hardship", "是的 那时候是低保户 现在也是", [f("hardship_at_birth", True, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2025-09"]))
m("chitchat", "谢谢啊 说得挺清楚的")

T("2026-05-31")  # Sunday, month end
m("answer per_birth_hardship birth_order", "老大那会儿领着失业金 老二出生就没领了", [chb(1, True), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2020-10", "2025-04"]))
m("answer hukou", "对的 本地户口 一直在这", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan"))
m("answer housing_fund", "俺老婆交 俺没有 俺是个体", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=["2024-06"]))
m("answer age birth_order", "就一个 刚满月", [n(1), bd(1, mo(1))], asked="children", known=K(city="beijing"))
m("answer height birth_order", "大的一米二五左右 小的还不到一米", [ht(1, 125), below(2, 100)], asked="children.height_cm",
  known=K(city="jinan", kids=["2019-07", "2023-03"]))
m("answer pregnancy", "八月底", [due(2, nextmonth(8))], asked="due_date", known=K(city="jinan", kids=["2021-09", {"due_date": None}]))
m("answer insurance", "职工医保 单位交的生育险", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="beijing", kids=["2026-03"]))
m("answer negation_housing", "嗯嗯 有一套小两居 在还贷", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="jinan"))
m("answer per_birth_hardship now_vs_birth", "是 那阵子是特困供养 现在不是了", [f("hardship_at_birth", True, "c"), f("hardship_now", False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2024-08", "2024-08"]))
m("correction insurance", "不对 我那会儿不是职工医保 是居民医保 辞职以后转的", [f("birth_insurance", "resident_medical", "r")],
  known=K(city="jinan", birth_insurance="employee_maternity", kids=["2025-10"]))
m("question height", "1米4以上是不是就要全票了 俺家那个1米38", [ht(1, 138)])
m("question", "2岁以下坐飞机是不是不用占座")
m("now_vs_birth per_birth_hardship", "孩子生下来那时候俺家没低保 今年才评上的 现在每月六百多",
  [f("hardship_at_birth", False), f("hardship_now", True)])
m("question pregnancy", "我怀孕三个月 要是生的时候在领失业金 能多补点吗", [due(1, preg(3)), f("hardship_at_birth", True, "q")])
m("relative_date birth_order", "老二前天凌晨生的 我这当奶奶的一宿没睡", [bd(2, back(2))], known=K(city="beijing", kids=["2022-12"]))
m("correction relative_date", "不是今天 是昨天生的 系统写错了吧", [bd(1, back(1), "r")], known=K(city="jinan", kids=[today()]))
m("age birth_order numerals", "大孙女十一岁 二孙女八岁半 小孙子两岁零三个月", [bd(1, yo(11)), bd(2, yo(8)), bd(3, age(2, 3))])
m("chitchat", "哦哦 那我明天去街道问问")

T("2026-12-31")  # Thursday, year end
m("answer per_birth_hardship", "没 都没领", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2026-05"]))
m("answer negation_housing", "不是 自己家的房子", [f("renting", False, "c"), f("owns_home_in_city", True)], asked="renting",
  known=K(city="jinan"))
m("answer housing_fund", "就我一个 他单位没给上", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=["2025-12"]))
m("answer relative_date", "上周五刚生的 十二月二十五号", [bd(1, lastweek(4))], asked="children", known=K(city="jinan"))
m("answer multiples pregnancy", "双胞胎 预产期明年四月中旬", [due(1, year(1) + "-04"), due(2, year(1) + "-04")], asked="due_date",
  known=K(city="jinan", kids=[{"due_date": None}]))
m("answer age", "俩丫头 一个五岁 一个快两岁", [n(2), bd(1, yo(5)), bd(2, almost(2))], asked="children", known=K(city="jinan"))
m("answer hukou", "是 本地的", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing"))
m("correction birth_order short_year numerals", "说错了 老大是一八年的 老二才是二二年的", [bd(1, "2018", "r"), bd(2, "2022", "r")],
  known=K(city="jinan", kids=["2022", "2018"]))
m("question birth_order", "如果明年三月再生个老三 算不算今年的政策", [due(3, year(1) + "-03", "q")],
  known=K(city="jinan", kids=["2018-02", "2022-10"]))
m("now_vs_birth duration", "俺对象失业快半年了 失业金这个月是最后一个月", [f("hardship_now", True)])
m("per_birth_hardship birth_order", "生头一个那年在领失业金 第二个生的时候没领", [chb(1, True), chb(2, False)])
m("question", "老二老三都能领还是只能领一个")
m("relative_date question", "孩子是去年十月生的 现在补申请还来得及吗", [bd(1, year(-1) + "-10")])
m("housing_fund negation_housing hukou", "两口子都交公积金 不是北京户口 打算在北京买第一套",
  [f("housing_fund_contributors", 2), f("hukou_in_city", False), f("city", "beijing"), f("buying_first_home", True)])
m("correction height birth_order", "老二量错了 不是一米零五 是九十五 我看成了", [ht(2, 95, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2019-01", "height_cm": 128}, {"birth_date": "2023-06", "height_cm": 105}]))

T("2027-01-12")  # Tuesday
m("answer per_birth_hardship birth_order multiples", "老大出生那年没有 后面生仨胞胎那会儿领的低保 现在还领着",
  [chb(1, False), chb(2, True), chb(3, True), chb(4, True), f("hardship_now", True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2015-04", "2024-09", "2024-09", "2024-09"]))
m("answer hukou", "嗯呢 户口都在本市", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan"))
m("answer negation_housing", "打算的 看中了一套 首付还在凑", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="jinan", renting=True))
m("answer housing_fund", "仨人 我 老公 还有我婆婆 她还没退休", [f("housing_fund_contributors", 3)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=["2026-08"]))
m("answer age short_year", "两个 老大20年的 老二刚满半岁", [n(2), bd(1, "2020"), bd(2, mo(6))], asked="children",
  known=K(city="beijing"))
m("answer height", "量了 一米零八", [ht(1, 108)], asked="children.height_cm", known=K(city="jinan", kids=["2022-04"]))
m("answer pregnancy", "还没定 医生说大概六月份", [due(3, nextmonth(6))], asked="due_date",
  known=K(city="jinan", kids=["2019-11", "2023-01", {"due_date": None}]))
m("answer insurance", "啥也没有 那时候没工作也没交居民的", [f("birth_insurance", "none")], asked="birth_insurance",
  known=K(city="jinan", kids=["2026-10"]))
m("relative_date birth_order", "二宝上周四出生的 老大说要给妹妹起名叫小年糕", [bd(2, lastweek(3))], known=K(city="beijing", kids=["2020-07"]))
m("correction pregnancy", "不对 预产期是三月十五 不是五月 我那会儿没说清楚", [due(1, nextmonth(3, 15), "r")],
  known=K(city="jinan", kids=[{"due_date": "2027-05"}]))
m("question", "三胞胎每个娃都能领吗 还是只给一份")
m("question birth_order now_vs_birth", "我家俩孩子了 万一再要个老三 我现在领着低保 能多给点不",
  [n(2), due(3, None, "q"), f("hardship_now", True)])
m("now_vs_birth per_birth_hardship birth_order", "生老大老二的时候都领着失业金 现在两口子都上班了",
  [chb(1, True), chb(2, True), f("hardship_now", False)])
m("question", "特困户生孩子有没有额外的钱")
m("duration housing_fund", "公积金交满五年了 媳妇去年才开始交 俩人都有", [f("housing_fund_contributors", 2)])
m("chitchat", "不好意思 我打字慢 您稍等")

T("2027-02-28")  # Sunday, month end
m("answer per_birth_hardship", "是的是的 生娃那阵子是低保户", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2026-06"]))
m("answer negation_housing", "嗯 租的 还没买", [f("renting", True, "c"), f("owns_home_in_city", False)], asked="renting",
  known=K(city="jinan"))
m("answer age", "仨 大的九岁 中间的六岁 小的刚满三岁", [n(3), bd(1, yo(9)), bd(2, yo(6)), bd(3, just(3))], asked="children",
  known=K(city="jinan"))
m("answer housing_fund", "我们俩都没有 他跑外卖 我在家带孩子", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=["2025-03"]))
m("answer hukou", "不是 户口在老家 这边就是上班", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing"))
m("answer height birth_order", "老大一米四一 老二一米一七", [ht(1, 141), ht(2, 117)], asked="children.height_cm",
  known=K(city="jinan", kids=["2016-05", "2020-12"]))
m("answer per_birth_hardship birth_order", "老二那时候是 老大那时候不是", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2018-10", "2025-02"]))
m("correction age", "更正一下 孩子是一岁十个月 不是两岁十个月", [bd(1, age(1, 10), "r")], known=K(city="beijing", kids=[age(2, 10)]))
m("correction per_birth_hardship birth_order", "记错了 领失业金那年生的是老大 不是老二", [chb(1, True, "r"), chb(2, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2017-01", "hardship_at_birth": False}, {"birth_date": "2021-05", "hardship_at_birth": True}]))
m("question", "出生满三个月以后还能申请吗 还是得马上办")
m("question age", "孩子三个月了 现在去办还赶得上吗", [bd(1, mo(3))])
m("question now_vs_birth per_birth_hardship", "生孩子那会儿没低保 要是现在申请上了 能补发吗",
  [f("hardship_at_birth", False), f("hardship_now", True, "q")])
m("pregnancy multiples birth_order", "老大十岁了 二胎怀了对双胞胎 六个月了 全家又高兴又发愁",
  [bd(1, yo(10)), due(2, preg(6)), due(3, preg(6))])
m("relative_date duration", "娃出生四十天了 产假还有三个多月", [bd(1, dago(40))])
m("short_year now_vs_birth per_birth_hardship", "孩子23年12月生的 那时候没领低保 现在在领特困", [bd(1, "2023-12"),
  f("hardship_at_birth", False), f("hardship_now", True)])
m("chitchat", "行 那我等通知 过年好啊")

T("2025-07-16")  # Wednesday
m("answer per_birth_hardship now_vs_birth", "没有 那会儿好好的 是今年春天老公厂子倒闭了 现在领失业金",
  [f("hardship_at_birth", False, "c"), f("hardship_now", True)], asked="hardship_at_birth", known=K(city="jinan", kids=["2023-10"]))
m("answer multiples short_year", "三个 老大22年的 剩下俩是今年三月生的双胞胎", [n(3), bd(1, "2022"), bd(2, year() + "-03"), bd(3, year() + "-03")],
  asked="children", known=K(city="jinan"))
m("answer negation_housing", "有 老城区有套老房子 住着呢", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="jinan"))
m("answer numerals pregnancy", "１０月２号", [due(2, nextmonth(10, 2))], asked="due_date",
  known=K(city="beijing", kids=["2022-02", {"due_date": None}]))
m("answer insurance", "我是灵活就业 自己在社保局交的", [f("birth_insurance", "flexible_employment")], asked="birth_insurance",
  known=K(city="jinan", kids=["2025-06"]))
m("answer per_birth_hardship birth_order", "就老三那会儿领了 前俩都没有", [chb(3, True), chb(1, False), chb(2, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2014-08", "2018-03", "2024-12"]))
m("relative_date birth_order", "老二上周二生的 七斤 老大天天要抱弟弟", [bd(2, lastweek(1))], known=K(city="jinan", kids=["2021-03"]))
m("correction housing_fund", "啊不对 公积金就我一个交 我媳妇那个是社保不是公积金", [f("housing_fund_contributors", 1, "r")],
  known=K(city="beijing", housing_fund_contributors=2))
m("correction short_year", "年份打错了 是19年11月 不是18年", [bd(1, "2019-11", "r")], known=K(city="jinan", kids=["2018-11"]))
m("question", "是不是得有公积金才能申请")
m("question housing_fund", "我们俩都没公积金 这个还能申请不", [f("housing_fund_contributors", 0)])
m("question per_birth_hardship birth_order", "如果老大出生的时候家里是低保 现在补申请还算不算", [chb(1, True, "q")],
  known=K(city="jinan", kids=["2019-06", "2024-01"]))
m("duration height", "孩子这半年蹿了五公分 现在一米一二", [ht(1, 112)])
m("now_vs_birth per_birth_hardship birth_order", "大宝出生那年俺家还是特困 二宝出生时已经不是了 现在也不是",
  [chb(1, True), chb(2, False), f("hardship_now", False)])
m("chitchat", "你们这个机器人还挺好用 比打12345快")
