# Chinese, batch 23: grandparents and relatives writing (爷爷 奶奶 姥姥 姥爷 外公 外婆 姑姑 about 孙子 孙女 外孙 儿媳 女婿 闺女),
# whose hukou / insurance, dibao 特困 失业金 now vs at a given birth (那时候 当时 现在 已经不领了 去年才开始领),
# corrections of any fact (不对 搞错了 刚才说错了 不是…是…), loose answers to the bot's questions
T("2025-01-30")  # Thursday
m("age birth_order hukou", "我是孩子奶奶 替儿子问问 孙子三岁半 孙女刚满月 他们一家在济南 户口也都在济南",
  [bd(1, yo(3)), bd(2, mo(1)), f("city", "jinan"), f("hukou_in_city", True)])
m("relative_date", "俺闺女上周二生了个外孙女 六斤八两 可把我乐坏了", [bd(1, lastweek(1))])
m("answer per_birth_hardship birth_order", "大孙子出生那时候儿子还上班呢 没领 小孙女生的时候正赶上儿子下岗 领的失业金",
  [chb(1, False), chb(2, True)], asked="hardship_at_birth", known=K(city="jinan", kids=[yo(4), mo(5)]))
m("correction short_year birth_order", "刚才说错了 小孙子是24年5月的 不是3月", [bd(2, "2024-05", "r")],
  known=K(city="beijing", kids=["2021-05", "2024-03"]))
m("answer height birth_order", "姥姥打字慢 老大外孙一米一了 小的外孙女才九十五公分", [ht(1, 110), ht(2, 95)],
  asked="children.height_cm", known=K(city="jinan", kids=[yo(5), yo(2)]))
m("now_vs_birth per_birth_hardship age", "儿媳生孩子那会儿家里吃低保 现在已经不领了 孩子两岁多了",
  [f("hardship_at_birth", True), f("hardship_now", False), bd(1, yo(2))])
m("multiples pregnancy age", "儿媳妇怀了双胞胎 四个月了 大孙女都六岁了 全家都盼着呢",
  [bd(1, yo(6)), due(2, preg(4)), due(3, preg(4))])
m("answer housing_fund", "儿子儿媳都交 我跟老伴退休了不算吧", [f("housing_fund_contributors", 2)],
  asked="housing_fund_contributors", known=K(city="beijing", kids=[yo(1)]))
m("insurance relative_date", "儿媳妇是职工生育保险 单位给交的 孙子去年十月生的",
  [f("birth_insurance", "employee_maternity"), bd(1, "2024-10")])
m("negation_housing", "他们小两口没房子 一直租着住 俺跟老头子那套老房子在老家", [f("owns_home_in_city", False), f("renting", True)],
  known=K(city="jinan", kids=[yo(3)]))
m("question birth_order", "要是儿媳妇今年再生个老二 能给多少钱啊", [due(2, year(), "q")], known=K(city="jinan", kids=[yo(2)]))
m("chitchat", "谢谢闺女 你们这个机器人比我孙子还有耐心")
m("correction per_birth_hardship now_vs_birth", "搞错了 生孙子那时候没领低保 是去年才开始领的 现在还领着",
  [chb(1, False, "r"), f("hardship_now", True)], known=K(city="jinan", kids=["2022-06"], hardship_at_birth=True))
m("answer", "在济南 孩子爸妈都在济南上班 我是奶奶 过来帮着带", [f("city", "jinan")], asked="city")
m("answer hukou", "不是 他们户口都在河南老家 就在北京打工", [f("hukou_in_city", False, "c")], asked="hukou_in_city",
  known=K(city="beijing", kids=[mo(7)]))
m("age birth_order", "外孙女一岁两个月 刚会走 外孙快四岁了 皮得很", [bd(1, almost(4)), bd(2, age(1, 2))])
m("age hukou", "外公来问问 外孙出生一百天了 闺女在北京 户口不在北京", [bd(1, dago(100)), f("city", "beijing"), f("hukou_in_city", False)])
m("duration now_vs_birth", "儿子的失业金领了三个多月了 还能领到夏天", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(1)]))
m("multiples relative_date birth_order", "昨儿晚上儿媳妇生了 龙凤胎 加上大孙子 家里仨孩子了",
  [bd(2, back(1)), bd(3, back(1)), n(3)])
m("answer insurance", "她那个是居民医保 没上班 自己在社区交的", [f("birth_insurance", "resident_medical")],
  asked="birth_insurance", known=K(city="jinan", kids=[mo(2)]))
m("pregnancy", "我是姑姑 我嫂子预产期是五月中旬 她说是头胎 我哥让我帮着问问", [due(1, nextmonth(5))])
m("correction housing_fund", "不对 公积金就我儿子一个人交 儿媳去年辞职了", [f("housing_fund_contributors", 1, "r")],
  known=K(city="beijing", housing_fund_contributors=2, kids=[yo(2)]))
m("numerals short_year birth_order", "大孙女二〇一九年八月的 小孙女二二年十一月 都是剖的", [bd(1, "2019-08"), bd(2, "2022-11")])
m("answer negation_housing", "没买 还租着呢 想买也买不起啊", [f("owns_home_in_city", False, "c"), f("renting", True)],
  asked="owns_home_in_city", known=K(city="beijing", kids=[yo(3)]))
m("answer birth_order per_birth_hardship", "老二生的时候在领 老大那会儿没有", [chb(2, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2018-03", "2023-09"]))

T("2025-02-28")  # Friday, month end
m("age height", "孙子快五岁了 一米零八 奶奶天天给他喂饭 也不见长个", [bd(1, almost(5)), ht(1, 108)])
m("now_vs_birth per_birth_hardship birth_order", "老三出生那会儿我们是特困户 现在好了 儿子找着活了 不领了",
  [chb(3, True), f("hardship_now", False)], known=K(city="jinan", kids=["2014-02", "2017-07", "2022-10"]))
m("correction age", "哎呀姥姥老糊涂了 外孙女不是三岁 是两岁半", [bd(1, yo(2), "r")], known=K(city="beijing", kids=[yo(3)]))
m("answer multiples", "三个 一个上初中 俩还在吃奶 双胞胎", [n(3)], asked="children", known=K(city="jinan"))
m("housing_fund", "公积金啊 儿子有 儿媳妇没有 就一个人交", [f("housing_fund_contributors", 1)], known=K(city="jinan", kids=[yo(1)]))
m("relative_date hukou", "外孙子这个月初生的 户口随女婿落在济南了", [bd(1, thismonth()), f("city", "jinan"), f("hukou_in_city", True)])
m("answer pregnancy", "八月底 这是二胎了", [due(2, nextmonth(8))], asked="due_date", known=K(city="beijing", kids=[yo(4)]))
m("question insurance", "假如我儿媳交的是居民医保 生孩子能报多少", [f("birth_insurance", "resident_medical", "q")],
  known=K(city="jinan"))
m("correction hukou", "刚才说错了 他们户口在北京 早就迁过来了", [f("hukou_in_city", True, "r")],
  known=K(city="beijing", hukou_in_city=False, kids=[yo(1)]))
m("per_birth_hardship birth_order", "老二出生那会儿家里是低保户 老大生的时候还不是", [chb(2, True), chb(1, False)])
m("answer height", "一米三多点 上礼拜学校刚量的 具体记不清了 一米三二吧", [ht(1, 132)], asked="children.height_cm",
  known=K(city="beijing", kids=[yo(8)]))
m("chitchat", "行 我等儿子下班让他自己来问 他比我懂")
m("age birth_order multiples", "老大九岁 底下还有对双胞胎 刚满三岁 外婆一个人带三个 累死了",
  [bd(1, yo(9)), bd(2, just(3)), bd(3, just(3)), n(3)])
m("answer hukou", "对 是济南户口 孙子户口也上好了", [f("hukou_in_city", True, "c")],
  asked="hukou_in_city", known=K(city="jinan", kids=[mo(3)]))
m("negation_housing", "儿子家房子是自己买的 在北京 没租房", [f("owns_home_in_city", True), f("city", "beijing"), f("renting", False)])
m("now_vs_birth", "女婿去年年底失业了 现在在领失业金 外孙还不到一岁", [f("hardship_now", True)])
m("correction birth_order short_year numerals", "不对不对 老大是二零年二月的 老二是二三年十月的 我给弄反了", [bd(1, "2020-02", "r"), bd(2, "2023-10", "r")],
  known=K(city="jinan", kids=["2020-10", "2023-02"]))
m("answer housing_fund", "一个都没有 俺儿子跑出租 儿媳在家", [f("housing_fund_contributors", 0)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=[yo(2)]))
m("pregnancy", "闺女怀孕三个月了 她在北京上班 单位交着职工生育险",
  [due(1, preg(3)), f("city", "beijing"), f("birth_insurance", "employee_maternity")])
m("question housing_fund", "要是儿子儿媳俩都交公积金 贷款能贷多少", [f("housing_fund_contributors", 2, "q")], known=K(city="beijing"))
m("answer relative_date", "前天 凌晨四点多 七斤一两", [bd(1, back(2))], asked="children", known=K(city="jinan"))
m("height", "孙女老高了 一米四一 才十岁", [ht(1, 141), bd(1, yo(10))])
m("answer per_birth_hardship now_vs_birth", "当时没领 现在领着低保呢 儿子腰坏了干不了活", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=[yo(2)]))
m("correction insurance", "不是居民医保 是我儿媳单位交的职工生育险 我刚搞混了", [f("birth_insurance", "employee_maternity", "r")],
  known=K(city="jinan", birth_insurance="resident_medical", kids=[mo(4)]))
m("duration negation_housing", "孩子他爸妈在济南租房住了五年了 一直想买个小的", [f("city", "jinan"), f("renting", True)])

T("2026-01-15")  # Thursday
m("relative_date birth_order", "上周日二孙女落地了 六斤多 大孙女天天嚷着要看妹妹", [bd(2, lastweek(6))], known=K(city="beijing", kids=["2021-04"]))
m("answer per_birth_hardship", "没领过 那时候儿子儿媳都有工作", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(3)]))
m("correction relative_date", "不是上个月 外孙是去年十一月生的 我记成十二月了", [bd(1, "2025-11", "r")],
  known=K(city="jinan", kids=["2025-12"]))
m("multiples pregnancy birth_order", "儿媳又怀上了 还是双胞胎 预产期六月 家里已经俩孙子了 老头子说这下可热闹了",
  [due(3, nextmonth(6)), due(4, nextmonth(6)), n(2)])
m("answer hukou insurance", "户口是北京的 儿媳单位交的生育险", [f("hukou_in_city", True), f("birth_insurance", "employee_maternity")],
  asked="hukou_in_city", known=K(city="beijing", kids=[mo(10)]))
m("now_vs_birth per_birth_hardship birth_order", "老大生的时候领着特困 老二那时候也在领 现在孩子爸出去打工了 就不领了",
  [chb(1, True), chb(2, True), f("hardship_now", False)], known=K(city="jinan", kids=["2019-05", "2023-01"]))
m("age", "大外孙十一岁 小外孙三岁多 差了八岁", [bd(1, yo(11)), bd(2, yo(3))])
m("question now_vs_birth", "如果我儿子现在在领失业金 孙子补贴能多不", [f("hardship_now", True, "q")], known=K(city="jinan", kids=[yo(1)]))
m("answer housing_fund", "俩 儿子儿媳都有 一直交着", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[yo(4)]))
m("height birth_order", "老大一米二八 老二刚一米 都是我这个奶奶喂出来的", [ht(1, 128), ht(2, 100)], known=K(city="jinan", kids=[yo(7), yo(3)]))
m("correction height", "刚才打错了 不是一米八 孙子是一米零八", [ht(1, 108, "r")], known=K(city="jinan", kids=[{"birth_date": yo(4), "height_cm": 180}]))
m("chitchat", "我老了不会打字 这是我外孙女教我的语音转文字 别见怪")
m("answer negation_housing", "有一套 老房子 儿子结婚时候买的", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="jinan", kids=[yo(2)]))
m("age birth_order", "孙女刚满三岁 小孙子半岁了 俩都在我这儿", [bd(1, just(3)), bd(2, mo(6))])
m("insurance", "儿媳没上班 也没交过什么生育险 啥保险都没有", [f("birth_insurance", "none")])
m("answer", "俺外孙就一个 独苗", [n(1)], asked="children", known=K(city="jinan"))
m("correction per_birth_hardship birth_order", "不对 领低保的是老二出生那会儿 老大生的时候没领", [chb(2, True, "r"), chb(1, False, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2017-08", "hardship_at_birth": True}, {"birth_date": "2022-03", "hardship_at_birth": False}]))
m("pregnancy age", "二儿媳怀了五个月了 头一个孩子 我这都盼了好几年了", [due(1, preg(5))])

T("2026-02-26")  # Thursday
m("relative_date", "外孙女上周四剖腹产生的 女婿在产房外头哭得稀里哗啦", [bd(1, lastweek(3))])
m("now_vs_birth per_birth_hardship", "孩子生的时候俺家不是低保户 去年才开始领的", [f("hardship_at_birth", False), f("hardship_now", True)])
m("answer pregnancy", "她说是九月 具体哪天还没定", [due(1, nextmonth(9))], asked="due_date", known=K(city="jinan"))
m("answer birth_order short_year", "仨 老大一三年的 老二一七年的 老三还小 二五年的", [n(3), bd(1, "2013"), bd(2, "2017"), bd(3, "2025")],
  asked="children", known=K(city="beijing"))
m("hukou negation_housing", "儿子一家户口不在北京 在北京租着房 我来给他们带孩子", [f("hukou_in_city", False), f("city", "beijing"), f("renting", True)])
m("correction", "搞错了 我们是济南的 孙子在济南上幼儿园", [f("city", "jinan", "r")], known=K(city="beijing", kids=[yo(4)]))
m("question height", "孙女一米一五 坐公交还免票吗", [ht(1, 115)])
m("housing_fund numerals", "公积金是两口子一块交 ２个人", [f("housing_fund_contributors", 2)])
m("answer insurance", "她有 单位给上的职工生育险", [f("birth_insurance", "employee_maternity")], asked="birth_insurance", known=K(city="beijing", kids=[mo(2)]))
m("multiples age", "俺家就这一对双胞胎 孙子孙女 一岁半了 就差十分钟", [n(2), bd(1, yo(1)), bd(2, yo(1))])
m("correction answer housing_fund", "刚才说两个人不对 女婿公积金断了 现在就闺女交", [f("housing_fund_contributors", 1, "r")],
  asked="housing_fund_contributors", known=K(city="jinan", housing_fund_contributors=2, kids=[yo(1)]))
m("per_birth_hardship", "生这俩孩子的时候都是特困供养 那几年可苦了", [n(2), f("hardship_at_birth", True)])
m("answer relative_date", "上个月 月底", [bd(1, thismonth(-1))], asked="children", known=K(city="beijing"))
m("age duration", "孙子五十天大了 儿媳产假还剩俩月", [bd(1, dago(50))])
m("question pregnancy", "如果闺女明年再生个二胎 还能享受吗", [due(2, year(1), "q")], known=K(city="jinan", kids=[yo(3)]))
m("chitchat", "好好好 太谢谢你了 祝你新年快乐 马年大吉")
m("negation_housing", "闺女女婿在济南没有房 在看房子 打算买个首套", [f("city", "jinan"), f("owns_home_in_city", False), f("buying_first_home", True)])

T("2026-08-31")  # Monday, month end
m("relative_date birth_order", "上周六孙子的妹妹出生了 家里俩娃了", [bd(2, lastweek(5)), n(2)])
m("answer per_birth_hardship now_vs_birth birth_order", "老大那时在领失业金 老二出生时就上班了 现在也没领",
  [chb(1, True), chb(2, False), f("hardship_now", False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2020-06", "2025-03"]))
m("correction age birth_order", "不对 小孙女是八个月 不是八岁", [bd(2, mo(8), "r")], known=K(city="jinan", kids=[yo(10), "2018-02"]))
m("age height", "外孙刚满六岁 一米一九 眼看就要上学了", [bd(1, just(6)), ht(1, 119)])
m("answer hukou", "嗯 俺们都是济南户口", [f("hukou_in_city", True, "c")], asked="hukou_in_city",
  known=K(city="jinan", kids=[yo(2)]))
m("multiples pregnancy", "闺女怀的三胞胎 七个月 第一胎 医生让住院保胎", [due(1, preg(7)), due(2, preg(7)), due(3, preg(7))])
m("answer housing_fund", "就女婿一个 闺女是自己开店的", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[mo(4)]))
m("now_vs_birth", "儿子现在还在领失业金 这都第五个月了", [f("hardship_now", True)])
m("answer height", "老二还不到一米 老大一米三六", [below(2, 100), ht(1, 136)], asked="children.height_cm",
  known=K(city="beijing", kids=[yo(9), yo(2)]))
m("question per_birth_hardship", "要是孩子出生那会儿在吃低保 能多领点吗", [f("hardship_at_birth", True, "q")], known=K(city="jinan", kids=[mo(3)]))
m("correction negation_housing", "说错了 房子不是自己的 是跟人租的", [f("owns_home_in_city", False, "r"), f("renting", True, "r")],
  known=K(city="beijing", owns_home_in_city=True, kids=[yo(1)]))
m("insurance hukou", "儿媳妇是灵活就业交的医保 他们家户口都在济南", [f("birth_insurance", "flexible_employment"), f("hukou_in_city", True), f("city", "jinan")])
m("relative_date", "这个月十号生的 外婆陪了一宿", [bd(1, "2026-08-10")])
m("answer", "两个 都是孙女", [n(2)], asked="children", known=K(city="beijing"))
m("correction pregnancy", "预产期说错了 不是十月 是十一月", [due(2, nextmonth(11), "r")], known=K(city="jinan", kids=["2022-05", {"due_date": "2026-10"}]))

T("2025-06-30")  # Monday, month end
m("answer age relative_date birth_order", "俩外孙 大的七岁 小的上周五才生 我在医院伺候闺女呢", [n(2), bd(1, yo(7)), bd(2, lastweek(4))],
  asked="children", known=K(city="jinan"))
m("answer per_birth_hardship multiples now_vs_birth birth_order", "大孙子那时候没有 双胞胎生的时候正领失业金呢 现在还领着",
  [chb(1, False), chb(2, True), chb(3, True), f("hardship_now", True)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2019-11", "2024-12", "2024-12"]))
m("correction height birth_order", "刚才说错了 大孙女不是一米二 是一米二五", [ht(1, 125, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(6), "height_cm": 120}, yo(2)]))
m("answer housing_fund", "儿媳交 儿子没交 他是干个体的", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[mo(6)]))
m("relative_date", "宝宝今天早上生的 我当爷爷了 哈哈哈", [bd(1, today())])
m("answer pregnancy", "十月份 她现在怀孕五个月了", [due(2, nextmonth(10))], asked="due_date", known=K(city="jinan", kids=[yo(2)]))
m("now_vs_birth per_birth_hardship", "闺女生孩子那年没吃低保 现在也没有 就是日子紧巴", [f("hardship_at_birth", False), f("hardship_now", False)])
m("question hukou", "假如儿子一家户口都迁到济南 能多拿点不", [f("hukou_in_city", True, "q")], known=K(city="jinan", hukou_in_city=False, kids=[yo(1)]))
m("chitchat", "哎呀我这眼神 字太小了看不清 能弄大点不")
m("age birth_order", "大孙女快十岁 二孙女六岁多 小孙子才两个月 儿子儿媳头都大了", [bd(1, almost(10)), bd(2, yo(6)), bd(3, mo(2))])

T("2027-01-28")  # Thursday
m("answer relative_date", "一个 上周一刚生的 闺女头胎", [n(1), bd(1, lastweek(0))], asked="children", known=K(city="beijing"))
m("answer insurance", "儿媳没工作 交的城乡居民那个", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="jinan", kids=[mo(1)]))
m("correction relative_date birth_order", "老三是去年十二月 不是十一月 搞错了", [bd(3, "2026-12", "r")],
  known=K(city="jinan", kids=["2016-04", "2020-09", "2026-11"]))
m("per_birth_hardship birth_order", "老二出生那年儿子领过失业金 老大老三生的时候都没领", [chb(2, True), chb(1, False), chb(3, False)])
m("height question", "外孙女一米三了 坐地铁得买票了吧", [ht(1, 130)])
m("housing_fund", "家里交公积金的就儿子一个 儿媳是临时工", [f("housing_fund_contributors", 1)])
m("answer negation_housing", "是 租的两居室 一个月五千", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[yo(1)]))
m("multiples age", "外孙外孙女是龙凤胎 刚满两岁 闺女就这俩", [n(2), bd(1, just(2)), bd(2, just(2))])
m("now_vs_birth duration", "儿子前年领过半年失业金 现在早不领了", [f("hardship_now", False)])
m("correction hukou", "刚才说错了 儿子一家户口还在德州 没迁过来", [f("hukou_in_city", False, "r")],
  known=K(city="jinan", hukou_in_city=True, kids=[yo(3)]))
m("answer pregnancy relative_date", "下个月 二月中旬", [due(2, thismonth(1))], asked="due_date", known=K(city="jinan", kids=[yo(5)]))
m("question birth_order", "老二要是今年生 跟老大差十岁 还能领育儿补贴吗", [due(2, year(), "q")], known=K(city="beijing", kids=["2017-03"]))
m("chitchat", "快过年了 孙子们都回来了 热闹 先不问了 过完年再说")

T("2027-02-03")  # Wednesday
m("answer per_birth_hardship birth_order", "小的生的时候领着低保 大的那时候还没有 是前年才开始的", [chb(2, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2023-06", "2026-12"]))
m("answer height birth_order numerals", "大的一百一十七 小的哪有一米 矮墩墩的", [ht(1, 117), below(2, 100)], asked="children.height_cm",
  known=K(city="jinan", kids=[yo(6), yo(3)]))
m("correction insurance", "刚才说没有保险不对 儿媳交着灵活就业的医保呢", [f("birth_insurance", "flexible_employment", "r")],
  known=K(city="beijing", birth_insurance="none", kids=[mo(2)]))
m("relative_date", "上周二外孙出生 这周闺女就出院了 母子都好", [bd(1, lastweek(1))])
m("answer hukou", "孩子户口上在北京了 他爸妈也都是北京户口", [f("hukou_in_city", True)], asked="hukou_in_city",
  known=K(city="beijing", kids=[yo(2)]))
m("answer", "北京 朝阳那边 我闺女家", [f("city", "beijing")], asked="city")
m("multiples pregnancy", "我是外婆 闺女怀了双胞胎 预产期今年七月 她这是二胎", [due(2, year() + "-07"), due(3, year() + "-07")])
m("age birth_order", "孙子两岁零三个月 孙女十个月 俩挨得近 奶奶一个人看不过来", [bd(1, age(2, 3)), bd(2, mo(10))])
m("correction housing_fund", "不对 女婿单位给交公积金的 就他一个", [f("housing_fund_contributors", 1, "r")],
  known=K(city="jinan", housing_fund_contributors=0, kids=[yo(1)]))
m("now_vs_birth per_birth_hardship", "闺女生孩子那会儿家里是特困 现在已经不是了 女婿上班了", [f("hardship_at_birth", True), f("hardship_now", False)])
m("answer negation_housing", "打算 等攒够首付就买", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="beijing", owns_home_in_city=False, kids=[yo(2)]))
m("answer housing_fund", "没人交 儿子打零工 儿媳在家看孩子", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(3)]))

T("2027-04-30")  # Friday, month end
m("answer age", "三个 老大十二 老二八岁 老三一岁半", [n(3), bd(1, yo(12)), bd(2, yo(8)), bd(3, yo(1))], asked="children", known=K(city="jinan"))
m("correction short_year numerals birth_order", "不对 老二是二零年二月的 不是一九年 姥姥记性不好", [bd(2, "2020-02", "r")],
  known=K(city="jinan", kids=["2015-06", "2019-02"]))
m("per_birth_hardship now_vs_birth", "两个孙子生的时候家里都没领过低保 现在倒领上了", [n(2), f("hardship_at_birth", False), f("hardship_now", True)])
m("height birth_order", "大孙女一米四五 小孙女一米二", [ht(1, 145), ht(2, 120)], known=K(city="beijing", kids=[yo(11), yo(6)]))
m("relative_date", "闺女这个月二十号生的 是个外孙女", [bd(1, thismonth() + "-20")])
m("question insurance", "要是儿媳妇有职工生育险 能领生育津贴吗", [f("birth_insurance", "employee_maternity", "q")], known=K(city="jinan"))
m("answer negation_housing", "没有 住的是女婿单位分的宿舍 不花租金", [f("owns_home_in_city", False, "c"), f("renting", False)],
  asked="owns_home_in_city", known=K(city="jinan", kids=[yo(4)]))
m("chitchat", "看不懂 你直接告诉我去哪个窗口办就行")
m("age", "外孙子二十天大 闺女还在坐月子", [bd(1, dago(20))])
m("answer per_birth_hardship", "有 那时候领着特困供养", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=[mo(8)]))
m("correction now_vs_birth", "说错了 低保去年就停了 现在不领了", [f("hardship_now", False, "r")],
  known=K(city="jinan", hardship_now=True, kids=[yo(2)]))
m("answer pregnancy", "还没定呢 刚查出来怀上", [due(2, None)], asked="due_date", known=K(city="beijing", kids=[yo(3)]))
m("multiples relative_date birth_order", "老大老二是双胞胎 今年上小学了 老三是前年生的", [bd(3, year(-2))])
m("answer housing_fund", "两个人 儿子跟儿媳 都在单位交着", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[yo(1)]))
m("hukou", "一家子户口都迁到济南了 孙子也上上了", [f("hukou_in_city", True), f("city", "jinan")])
