# Chinese, batch 18: housing fund (who pays 公积金, 断缴, durations that are not ages), housing (租房 公租房 在还贷
# 首套 老家的房), negations in every position (没有低保也不是特困 / 不是济南户口 / 还没生), ages in every form
# (三岁半 两岁多 一岁零两个月 刚满月 快三岁 周岁 一百天), heights (一米一 1米25 一百二十公分 不到1米3), answers, corrections
T("2025-02-28")  # Friday, month end
m("housing_fund negation_housing", "公积金两口子都有 还没买房 现在租的一居室",
  [f("housing_fund_contributors", 2), f("owns_home_in_city", False), f("renting", True)])
m("age birth_order", "老大三岁半了 老二刚满月 天天哭闹 累死了", [bd(1, yo(3)), bd(2, mo(1))])
m("answer housing_fund", "我没交 他交", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=["2024-05"]))
m("negation_housing hukou", "我们不是济南户口 在济南打工好几年了 也没买房",
  [f("hukou_in_city", False), f("city", "jinan"), f("owns_home_in_city", False)])
m("multiples age birth_order", "家里仨孩子 大的五岁多 下面是对龙凤胎 八个月大", [n(3), bd(1, yo(5)), bd(2, mo(8)), bd(3, mo(8))])
m("per_birth_hardship now_vs_birth birth_order", "生老大那阵在领低保 后来俩人都找着活了 现在早不领了",
  [chb(1, True), f("hardship_now", False)])
m("height birth_order", "老大一米一 老二才八十五公分", [ht(1, 110), ht(2, 85)])
m("answer age", "一个 一岁零两个月", [n(1), bd(1, age(1, 2))], asked="children", known=K(city="beijing"))
m("pregnancy negation_housing", "怀孕七个月 准备买第一套房 现在跟公婆挤着住", [due(1, preg(7)), f("buying_first_home", True)])
m("correction housing_fund", "哎不对 我说错了 公积金是俩人都交 不是就我一个", [f("housing_fund_contributors", 2, "r")],
  known=K(city="jinan", housing_fund_contributors=1))
m("answer negation_housing", "没有 住的公租房 每月交租金", [f("owns_home_in_city", False, "c"), f("renting", True)],
  asked="owns_home_in_city", known=K(city="jinan"))
m("insurance", "生孩子的时候我啥医保都没有 孩子到现在也没上医保", [f("birth_insurance", "none")])
m("relative_date", "娃是前天半夜生的 三点多", [bd(1, back(2))])
m("age hukou", "孙女刚满两周岁 一家子都是北京户口", [bd(1, just(2)), f("city", "beijing"), f("hukou_in_city", True)])
m("question housing_fund", "要是我老婆也交上公积金 能多贷点不", [f("housing_fund_contributors", 2, "q")],
  known=K(city="jinan", housing_fund_contributors=1))
m("chitchat", "好的 明白了 谢谢你啊 辛苦")
m("duration housing_fund", "我的公积金断缴半年了 我老公倒是一直交着", [f("housing_fund_contributors", 1)])
m("answer per_birth_hardship", "没领过 那时候俩人都上班", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2024-10"]))
m("short_year birth_order", "老大19年10月的 老二23年4月", [bd(1, "2019-10"), bd(2, "2023-04")])
m("height question", "儿子一百二十公分 坐火车要买票不", [ht(1, 120)])

T("2025-06-30")  # Monday, month end
m("relative_date birth_order", "上周四老二出生了 六斤八两 母女平安", [bd(2, lastweek(3))])
m("answer housing_fund", "俩人都交 单位给交的", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="beijing"))
m("negation_housing", "有套房 在还贷 每个月六千多 压力山大", [f("owns_home_in_city", True)])
m("age", "宝宝八个月大 还没长牙", [bd(1, mo(8))])
m("per_birth_hardship birth_order now_vs_birth", "老二出生那会儿我在领失业金 老大出生时没有 现在早不领了",
  [chb(2, True), chb(1, False), f("hardship_now", False)])
m("answer age", "快三岁了 是个小子", [bd(1, almost(3))], asked="children", known=K(city="jinan"))
m("hukou negation_housing", "在北京上班 不是北京户口 房子也是租的",
  [f("city", "beijing"), f("hukou_in_city", False), f("renting", True)])
m("correction age", "不好意思刚才写错了 孩子是两岁多 不是一岁多", [bd(1, yo(2), "r")],
  known=K(city="jinan", kids=[yo(1)]))
m("multiples pregnancy", "怀的双胞胎 四个月了 有点慌", [due(1, preg(4)), due(2, preg(4))])
m("answer negation_housing", "打算 今年想买第一套 首付还差点", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="beijing", owns_home_in_city=False))
m("duration housing_fund", "公积金我交了三年了 媳妇在私企 没给交", [f("housing_fund_contributors", 1)])
m("height birth_order", "大宝1米25 小宝97公分", [ht(1, 125), ht(2, 97)])
m("now_vs_birth", "现在没有低保 也不是特困 就是普通家庭", [f("hardship_now", False)])
m("answer insurance", "居民医保 我没工作", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="jinan", kids=["2025-05"]))
m("age birth_order", "大孙子七岁 小孙子刚满周岁 都是我带", [bd(1, yo(7)), bd(2, just(1))])
m("question birth_order", "要是明年再要个二胎 还有补贴没", [due(2, year(1), "q")], known=K(city="jinan", kids=["2022-03"]))
m("chitchat", "这个政策太好了 点赞👍")
m("answer negation_housing", "嗯嗯 租的 离单位近", [f("renting", True, "c")], asked="renting", known=K(city="beijing"))
m("relative_date", "孩子这个月初生的 具体哪天得看出生证", [bd(1, thismonth())])

T("2025-11-19")  # Wednesday
m("relative_date birth_order", "老三上周一生的 剖腹产 刀口还疼", [bd(3, lastweek(0))])
m("housing_fund", "公积金的事 我交 我老公交 我公公退休了不交", [f("housing_fund_contributors", 2)])
m("age", "孩子一岁多点 刚会走", [bd(1, yo(1))])
m("answer hukou", "不是 俺是河南户口 在这边打工", [f("hukou_in_city", False, "c")], asked="hukou_in_city",
  known=K(city="jinan"))
m("multiples age birth_order", "家里三个娃 老大七岁上小学了 老二老三是双胞胎 一岁半",
  [n(3), bd(1, yo(7)), bd(2, yo(1)), bd(3, yo(1))])
m("per_birth_hardship", "生孩子那年我们家还是特困户", [f("hardship_at_birth", True)])
m("negation_housing", "没房 租房子住 房东还老涨价", [f("owns_home_in_city", False), f("renting", True)])
m("answer height", "一米一 上个月体检量的", [ht(1, 110)], asked="children.height_cm", known=K(city="beijing", kids=["2021-03"]))
m("correction negation_housing", "刚才说错了 房子不是租的 是我们自己买的", [f("renting", False, "r"), f("owns_home_in_city", True)],
  known=K(city="jinan", renting=True))
m("pregnancy birth_order", "怀二胎了 预产期明年3月中旬", [due(2, year(1) + "-03")], known=K(city="jinan", kids=["2020-06"]))
m("now_vs_birth per_birth_hardship", "生孩子那时候没低保 今年夏天才办下来 现在每月都领",
  [f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="jinan", kids=["2023-02"]))
m("age", "刚满月的小丫头 吃奶可凶了", [bd(1, mo(1))])
m("answer housing_fund", "就我老公一个人交 我全职在家带娃", [f("housing_fund_contributors", 1)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=["2024-02"]))
m("question hukou", "假如户口迁到北京来 补贴能多拿吗", [f("hukou_in_city", True, "q")],
  known=K(city="beijing", hukou_in_city=False))
m("numerals birth_order", "老大二〇一八年十二月三号 老二二〇二一年九月", [bd(1, "2018-12-03"), bd(2, "2021-09")])
m("chitchat", "在吗 想咨询个事")
m("negation_housing housing_fund duration", "还没买房 在看房子 准备买第一套 公积金我俩都交了快五年",
  [f("owns_home_in_city", False), f("buying_first_home", True), f("housing_fund_contributors", 2)])
m("answer per_birth_hardship birth_order", "老大那会儿领过低保 老二出生的时候已经没有了", [chb(1, True), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2017-05", "2023-08"]))
m("answer numerals", "两个 大的２０１９年生 小的２０２２年", [n(2), bd(1, "2019"), bd(2, "2022")], asked="children",
  known=K(city="beijing"))

T("2026-01-05")  # Monday, early January
m("relative_date", "上周三生的 差一天就是元旦宝宝了", [bd(1, lastweek(2))])
m("age", "孩子过了年就四岁 2022年3月生的", [bd(1, "2022-03")])
m("housing_fund", "我失业了公积金也停了 老公那边也没交 一个交的都没有", [f("housing_fund_contributors", 0)])
m("answer age birth_order", "俩 大的十岁 小的八个月大", [n(2), bd(1, yo(10)), bd(2, mo(8))], asked="children",
  known=K(city="beijing"))
m("negation_housing", "老家有套房 济南这边还没有 租着住",
  [f("city", "jinan"), f("owns_home_in_city", False), f("renting", True)])
m("correction housing_fund", "更正下 公积金我老婆去年辞职就断了 现在只有我交", [f("housing_fund_contributors", 1, "r")],
  known=K(city="jinan", housing_fund_contributors=2))
m("height", "外孙女今年量的一米零五 在班里算矮的", [ht(1, 105)])
m("per_birth_hardship multiples birth_order", "双胞胎出生那会儿家里领着低保 老大出生时还没有",
  [chb(2, True), chb(3, True), chb(1, False)], known=K(city="jinan", kids=["2019-04", "2024-06", "2024-06"]))
m("answer insurance", "单位给交的生育险 职工医保", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="jinan", kids=["2025-09"]))
m("pregnancy", "还没生 预产期下个月底", [due(1, thismonth(1))], known=K(city="jinan", kids=[{"due_date": None}]))
m("age hukou", "孙子快三岁了 我们全家都是济南户口", [bd(1, almost(3)), f("city", "jinan"), f("hukou_in_city", True)])
m("answer negation_housing", "不打算 没那个钱", [f("buying_first_home", False, "c")], asked="buying_first_home",
  known=K(city="beijing"))
m("question negation_housing", "假如我们明年买第一套房 公积金贷款有优惠吗", [f("buying_first_home", True, "q")])
m("duration age", "产假还剩两个月 孩子四个月大", [bd(1, mo(4))])
m("chitchat", "元旦快乐哈 你们也放假了没")
m("answer housing_fund", "仨 我俩加上我妈 她还没退休", [f("housing_fund_contributors", 3)], asked="housing_fund_contributors",
  known=K(city="beijing"))
m("relative_date", "闺女是去年12月20号生的", [bd(1, "2025-12-20")])
m("now_vs_birth", "低保去年年底停了 现在啥也不领", [f("hardship_now", False)])
m("answer short_year birth_order", "老大17年的 老二刚满月", [bd(1, "2017"), bd(2, mo(1))], asked="children",
  known=K(city="jinan"))

T("2026-02-12")  # Thursday, before Spring Festival
m("relative_date", "大闺女上周五生了个外孙 是她头胎 我这当姥姥的高兴坏了", [bd(1, lastweek(4))])
m("age", "小孙女半岁了 还不会坐", [bd(1, mo(6))])
m("answer negation_housing", "不是 住的我爸妈的房子", [f("renting", False, "c")], asked="renting", known=K(city="jinan"))
m("correction housing_fund", "刚才说俩 其实我婆婆也交公积金 一共三个", [f("housing_fund_contributors", 3, "r")],
  known=K(city="beijing", housing_fund_contributors=2))
m("multiples age birth_order", "三个娃 姐姐五岁 下面一对双胞胎刚满周岁", [n(3), bd(1, yo(5)), bd(2, just(1)), bd(3, just(1))])
m("per_birth_hardship duration", "生孩子的时候在领失业金 领了八个月", [f("hardship_at_birth", True)])
m("height question", "孩子身高不到1米3 一米二七 要买半票吗", [ht(1, 127)])
m("negation_housing", "我们没房 也没打算买 就租着", [f("owns_home_in_city", False), f("buying_first_home", False), f("renting", True)])
m("answer hukou", "嗯 北京户口", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing"))
m("age", "孩子四周岁多了 明年上大班", [bd(1, yo(4))])
m("pregnancy now_vs_birth", "怀孕六个月 我现在在领失业金", [due(1, preg(6)), f("hardship_now", True)])
m("correction birth_order", "说错了 老大是2019年的 不是2018", [bd(1, "2019", "r")], known=K(city="jinan", kids=["2018", "2022-07"]))
m("answer housing_fund", "都没交 我们是个体户", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="jinan"))
m("question per_birth_hardship birth_order", "如果生老二的时候正好在领低保 能多给吗", [chb(2, True, "q")],
  known=K(city="jinan", kids=["2021-09"]))
m("chitchat", "过年好 祝你们新春快乐😂")
m("insurance", "老婆是灵活就业 自己交的医保 生的时候报销了一部分", [f("birth_insurance", "flexible_employment")])
m("answer age", "一岁零五个月 男孩", [bd(1, age(1, 5))], asked="children", known=K(city="beijing"))
m("relative_date", "昨天刚生的 还在月子中心", [bd(1, back(1))])
m("answer negation_housing housing_fund", "租的 公积金就我一个人交 能提出来付房租不",
  [f("renting", True), f("housing_fund_contributors", 1)], asked="renting", known=K(city="jinan"))

T("2026-08-31")  # Monday, month end
m("relative_date birth_order", "老二上周日出生的 老大快四岁了", [bd(2, lastweek(6)), bd(1, almost(4))])
m("duration housing_fund", "我这边公积金交了三年 她那边单位不给交", [f("housing_fund_contributors", 1)])
m("negation_housing question", "我们有一套了 二套房贷利率是多少", [f("owns_home_in_city", True)])
m("age", "孩子七个月大 刚会爬", [bd(1, mo(7))])
m("answer now_vs_birth per_birth_hardship", "没有 那会儿还没领 现在才领上",
  [f("hardship_at_birth", False, "c"), f("hardship_now", True)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2025-04"]))
m("height birth_order", "大的一米四 二的一米一五 小的九十", [ht(1, 140), ht(2, 115), ht(3, 90)])
m("hukou", "户口还在老家没迁 人在济南", [f("hukou_in_city", False), f("city", "jinan")])
m("correction height", "刚才打错了 是一米一八 不是一米八一 哈哈", [ht(1, 118, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2020-05", "height_cm": 181}]))
m("multiples pregnancy birth_order age", "老大三岁 现在又怀了双胞胎 五个月", [bd(1, yo(3)), due(2, preg(5)), due(3, preg(5))])
m("answer insurance", "当时啥保险都没交", [f("birth_insurance", "none")], asked="birth_insurance",
  known=K(city="jinan", kids=["2026-03"]))
m("answer housing_fund", "公积金就我自己 他是跑滴滴的 没有", [f("housing_fund_contributors", 1)],
  asked="housing_fund_contributors", known=K(city="beijing"))
m("age birth_order", "老大十二了 老二六岁半 老三刚满三周岁", [bd(1, yo(12)), bd(2, yo(6)), bd(3, just(3))])
m("question height", "孩子一米二以下是不是都免费")
m("negation_housing", "不租房 住单位宿舍 也没买房", [f("renting", False), f("owns_home_in_city", False)])
m("duration age", "孩子一百天了 我产假还剩一个月", [bd(1, dago(100))])
m("per_birth_hardship", "三个孩子出生的时候 都没领过低保特困这些", [n(3), f("hardship_at_birth", False)])
m("answer negation_housing", "有的 前年买的 贷款三十年", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="beijing"))
m("chitchat", "还要填啥资料吗")
m("answer height", "不到1米 九十六公分", [ht(1, 96)], asked="children.height_cm", known=K(city="jinan", kids=["2023-01"]))

T("2027-01-28")  # Thursday, before Spring Festival
m("relative_date", "上周二凌晨生的 小棉袄", [bd(1, lastweek(1))])
m("answer housing_fund", "我跟我老公 再加上我小叔子 他跟我们一块住 三个人", [f("housing_fund_contributors", 3)],
  asked="housing_fund_contributors", known=K(city="jinan"))
m("answer age", "两岁多 快上托班了", [bd(1, yo(2))], asked="children", known=K(city="beijing"))
m("now_vs_birth per_birth_hardship birth_order", "老大出生时候领失业金 老二出生时候没领 现在也不领",
  [chb(1, True), chb(2, False), f("hardship_now", False)])
m("correction hukou", "更正一下 户口上个月已经迁过来了 现在是本地户口", [f("hukou_in_city", True, "r")],
  known=K(city="jinan", hukou_in_city=False))
m("pregnancy", "刚怀上两个月 医生说预产期八月份", [due(1, nextmonth(8))])
m("answer multiples age", "一对双胞胎 刚满三个月", [n(2), bd(1, mo(3)), bd(2, mo(3))], asked="children",
  known=K(city="beijing"))
m("answer negation_housing", "没有 还在攒首付", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city",
  known=K(city="jinan"))
m("question now_vs_birth", "要是现在开始领低保的话 补贴会多吗", [f("hardship_now", True, "q")])
m("answer duration housing_fund", "老公交了十几年 我的去年才开始交", [f("housing_fund_contributors", 2)],
  asked="housing_fund_contributors", known=K(city="beijing"))
m("answer age", "小外孙一岁两个月 会叫姥姥了", [bd(1, age(1, 2))], asked="children", known=K(city="jinan"))
m("correction housing_fund", "说错了 不是一个 公积金我们俩都没交", [f("housing_fund_contributors", 0, "r")],
  known=K(city="beijing", housing_fund_contributors=1))
m("answer per_birth_hardship", "有 那会儿是特困供养", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2026-10"]))
m("short_year birth_order relative_date", "老大16年的 老二20年 老三今年刚生", [bd(1, "2016"), bd(2, "2020"), bd(3, year())])
m("answer hukou", "不是济南户口 是淄博的", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan"))
m("answer negation_housing", "没租 跟孩子爷爷奶奶住一块", [f("renting", False, "c")], asked="renting", known=K(city="beijing"))
m("answer pregnancy", "还没生 预产期是2月10号", [due(1, nextmonth(2, 10))], asked="due_date",
  known=K(city="jinan", kids=[{"due_date": None}]))
m("answer housing_fund", "一个都没有 我俩都是送外卖的", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="jinan"))

T("2027-03-31")  # Wednesday, month end
m("relative_date", "娃上周六出生 今天刚出院", [bd(1, lastweek(5))])
m("answer housing_fund negation_housing", "俩人都交 在还贷 房子是前年买的",
  [f("housing_fund_contributors", 2), f("owns_home_in_city", True)], asked="housing_fund_contributors", known=K(city="beijing"))
m("age question", "孩子刚满月 可以办了吗", [bd(1, mo(1))])
m("answer hukou negation_housing", "不是 也没房 租的",
  [f("hukou_in_city", False, "c"), f("owns_home_in_city", False), f("renting", True)], asked="hukou_in_city",
  known=K(city="beijing"))
m("answer multiples age", "三胞胎 两个月大 老大老二是女孩 老三是男孩", [n(3), bd(1, mo(2)), bd(2, mo(2)), bd(3, mo(2))],
  asked="children", known=K(city="jinan"))
m("per_birth_hardship now_vs_birth", "生孩子前一年就领低保了 到现在也还在领",
  [f("hardship_at_birth", True), f("hardship_now", True)])
m("answer negation_housing", "对 公租房 每月八百", [f("renting", True, "c")], asked="renting", known=K(city="jinan"))
m("correction pregnancy", "预产期说错了 医生说是六月 不是七月", [due(1, nextmonth(6), "r")],
  known=K(city="jinan", kids=[{"due_date": "2027-07"}]))
m("answer age birth_order", "大的初中了 十三岁 小的才两岁零三个月", [bd(1, yo(13)), bd(2, age(2, 3))], asked="children",
  known=K(city="beijing"))
m("answer housing_fund", "老公断缴了 现在就我在交", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="beijing"))
m("question negation_housing", "如果我们把房子卖了 改租房 补贴会变吗",
  [f("owns_home_in_city", False, "q"), f("renting", True, "q")], known=K(city="beijing", owns_home_in_city=True))
m("insurance hukou", "北京户口 生的时候用的居民医保",
  [f("city", "beijing"), f("hukou_in_city", True), f("birth_insurance", "resident_medical")])
m("answer pregnancy", "还没生呢 才五个月", [due(1, preg(5))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("answer numerals age birth_order", "三个 老大二〇一五年的 老二二〇一九年的 老三才三个月",
  [n(3), bd(1, "2015"), bd(2, "2019"), bd(3, mo(3))], asked="children", known=K(city="jinan"))
m("answer short_year numerals", "只有一个 闺女 二二年十二月八号生的", [n(1), bd(1, "2022-12-08")], asked="children",
  known=K(city="beijing"))
m("correction age birth_order", "不对 老二是八个月 不是八岁 打错了", [bd(2, mo(8), "r")],
  known=K(city="beijing", kids=["2015-06", yo(8)]))
m("answer height birth_order", "老大一米二五 老二还没到一米", [ht(1, 125), below(2, 100)], asked="children.height_cm",
  known=K(city="jinan", kids=["2020-01", "2024-05"]))
