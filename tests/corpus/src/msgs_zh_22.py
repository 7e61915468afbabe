# Chinese, batch 22: whole-family first messages and loose answers -- several facts at once (city, hukou, each child by
# age / date / order, twins beside older children, pregnancies, insurance, per-birth hardship vs now, housing fund,
# housing), facts inside questions, hypotheticals that state nothing, grandparents, corrections of known facts
T("2025-01-27")  # Monday
m("hukou age relative_date birth_order insurance question", "你好 我们在济南 本地户口 俩娃 老大5岁 老二去年八月生的 我是职工医保有生育险 能领啥",
  [f("city", "jinan"), f("hukou_in_city", True), n(2), bd(1, yo(5)), bd(2, year(-1) + "-08"), f("birth_insurance", "employee_maternity")])
m("age hukou housing_fund", "孙子孙女分别是六岁 三岁 儿子儿媳都在北京上班 户口在老家 俩人都交公积金",
  [bd(1, yo(6)), bd(2, yo(3)), f("city", "beijing"), f("hukou_in_city", False), f("housing_fund_contributors", 2)])
m("multiples relative_date birth_order age negation_housing", "上周四生了对双胞胎 老大是姐姐 四岁半 一共仨了 在北京租房住",
  [bd(2, lastweek(3)), bd(3, lastweek(3)), bd(1, yo(4)), n(3), f("city", "beijing"), f("renting", True)])
m("pregnancy hukou insurance", "怀孕七个月 第一胎 户口刚迁过来济南 单位给交的生育险",
  [due(1, preg(7)), f("city", "jinan"), f("hukou_in_city", True), f("birth_insurance", "employee_maternity")])
m("per_birth_hardship now_vs_birth birth_order age", "老大出生那会儿家里吃低保 老二八个月 生他时已经没低保了 现在也没有",
  [chb(1, True), bd(2, mo(8)), chb(2, False), f("hardship_now", False)])
m("answer age", "仨 10岁 7岁 还有个刚满两岁的", [n(3), bd(1, yo(10)), bd(2, yo(7)), bd(3, just(2))],
  asked="children", known=K(city="jinan"))
m("answer hukou", "对 都是本地户口 孩子户口也在这", [f("hukou_in_city", True, "c")], asked="hukou_in_city",
  known=K(city="beijing", kids=[yo(3)]))
m("answer housing_fund", "俩 我和孩他爸 都在国企上班", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(1)]))
m("question", "育儿补贴是不是孩子满3岁就停了")
m("correction age birth_order", "不好意思说错了 老二不是两岁 是三岁半", [bd(2, yo(3), "r")],
  known=K(city="jinan", kids=[yo(6), yo(2)]))
m("height age birth_order question", "老大七岁一米二八 老二四岁 一米零二 坐火车要买票吗",
  [bd(1, yo(7)), ht(1, 128), bd(2, yo(4)), ht(2, 102)])
m("height birth_order question", "大的还没到一米二呢 坐地铁用买票不", [below(1, 120)],
  known=K(city="beijing", kids=[yo(5), yo(3)]))
m("insurance per_birth_hardship", "我是灵活就业交的医保 生孩子那年老公正好在领失业金",
  [f("birth_insurance", "flexible_employment"), f("hardship_at_birth", True)])
m("negation_housing housing_fund", "没房 一直租着 公积金就我一个人有", [f("owns_home_in_city", False), f("renting", True),
  f("housing_fund_contributors", 1)], known=K(city="beijing", kids=[mo(10)]))
m("answer negation_housing", "不打算 买不起 先租着吧", [f("buying_first_home", False, "c"), f("renting", True)],
  asked="buying_first_home", known=K(city="beijing", kids=[yo(2)]))
m("chitchat", "谢谢啊 说得挺明白的 我回头跟孩子他妈商量商量")
m("answer pregnancy multiples", "四月中旬 医生说是双胞胎", [due(2, nextmonth(4)), due(3, nextmonth(4))], asked="due_date",
  known=K(city="beijing", kids=[yo(3)]))
m("relative_date age birth_order hukou", "二宝是前天生的 大宝一岁十个月 户口都在老家没迁", [bd(2, back(2)), bd(1, age(1, 10)),
  f("hukou_in_city", False)], known=K(city="jinan"))
m("duration now_vs_birth per_birth_hardship", "低保领了两年多了 生娃那会儿就在领", [f("hardship_now", True), f("hardship_at_birth", True)],
  known=K(city="jinan", kids=[yo(1)]))
m("answer per_birth_hardship birth_order", "老二那次有 在领特困 老大那次没有", [chb(2, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2018-05", "2023-09"]))
m("short_year numerals birth_order hukou", "老大17年的 老二20年3月5号 老三22年11月 都是北京户口",
  [bd(1, "2017"), bd(2, "2020-03-05"), bd(3, "2022-11"), f("city", "beijing"), f("hukou_in_city", True)])
m("question hukou birth_order", "假如户口落到济南 老大老二都能领吗", [f("hukou_in_city", True, "q")],
  known=K(city="jinan", hukou_in_city=False, kids=["2021-02", "2024-06"]))
m("age numerals", "闺女１岁半 儿子４个月 我们在济南", [bd(1, yo(1)), bd(2, mo(4)), f("city", "jinan")])
m("relative_date question birth_order", "我家老二去年三月生的 能领多少钱啊", [bd(2, year(-1) + "-03")],
  known=K(city="jinan", kids=["2020-06"]))
m("multiples age", "俺外孙是双胞胎 刚满一岁 就这俩宝贝疙瘩 闺女在北京", [n(2), bd(1, just(1)), bd(2, just(1)), f("city", "beijing")])

T("2025-02-28")  # Friday, month end
m("age insurance housing_fund", "宝宝刚满月 我交的居民医保 我们俩都没有公积金", [bd(1, mo(1)), f("birth_insurance", "resident_medical"),
  f("housing_fund_contributors", 0)])
m("multiples age birth_order", "大女儿九岁 双胞胎儿子一岁半 三个娃 天天像打仗", [n(3), bd(1, yo(9)), bd(2, yo(1)), bd(3, yo(1))])
m("pregnancy multiples age birth_order", "老大快四岁了 这胎怀的双胞胎 三个多月", [bd(1, almost(4)), due(2, preg(3)), due(3, preg(3))])
m("answer age multiples", "两个 双胞胎 七个月大", [n(2), bd(1, mo(7)), bd(2, mo(7))], asked="children", known=K(city="beijing"))
m("answer insurance", "我那会儿没上班 交的城乡居民医保", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="jinan", kids=[mo(5)]))
m("answer negation_housing", "没有 房子是租的 一个月三千五", [f("owns_home_in_city", False, "c"), f("renting", True)],
  asked="owns_home_in_city", known=K(city="beijing", kids=[yo(2)]))
m("correction housing_fund", "更正一下 公积金我俩都交 不是一个", [f("housing_fund_contributors", 2, "r")],
  known=K(city="jinan", housing_fund_contributors=1, kids=[yo(1)]))
m("correction hukou", "刚才说错了 俺们不是本地户口 户口还在菏泽", [f("hukou_in_city", False, "r")],
  known=K(city="jinan", hukou_in_city=True, kids=[yo(3)]))
m("relative_date", "前天晚上十一点多生的 闺女 六斤八两 我们在济南", [bd(1, back(2)), f("city", "jinan")])
m("question", "补贴是不是只能领到三周岁 过了生日就没了")
m("per_birth_hardship now_vs_birth", "生娃那会儿是特困户 这两年好点了 没在领了", [f("hardship_at_birth", True), f("hardship_now", False)],
  known=K(city="beijing", kids=[yo(2)]))
m("answer housing_fund", "交公积金的就孩子他妈 我打零工的没有", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(4)]))
m("answer height birth_order", "老大一米三二 老二九十六", [ht(1, 132), ht(2, 96)], asked="children.height_cm",
  known=K(city="beijing", kids=[yo(8), yo(3)]))
m("age hukou negation_housing", "外孙五岁多 外孙女刚满三岁 闺女女婿都是北京户口 有套小两居",
  [bd(1, yo(5)), bd(2, just(3)), f("city", "beijing"), f("hukou_in_city", True), f("owns_home_in_city", True)])
m("chitchat", "哎呀 俺字打得慢 你别嫌弃啊")
m("answer age birth_order", "大的八岁 小的刚满一周岁", [bd(1, yo(8)), bd(2, just(1))], asked="children", known=K(city="jinan"))
m("question multiples", "双胞胎的话是每个孩子都有一份 还是按一胎算")
m("correction pregnancy", "预产期说错了 是五月 不是四月", [due(2, nextmonth(5), "r")],
  known=K(city="jinan", kids=[yo(3), {"due_date": "2025-04"}]))

T("2026-01-31")  # Saturday, month end
m("multiples age birth_order housing_fund", "三个孩子 老大十二了 老二老三是双胞胎 六岁 俩口子都交公积金",
  [n(3), bd(1, yo(12)), bd(2, yo(6)), bd(3, yo(6)), f("housing_fund_contributors", 2)])
m("per_birth_hardship multiples birth_order", "老大出生时啥也没领 生双胞胎那会儿正好在领失业金", [chb(1, False), chb(2, True), chb(3, True)],
  known=K(city="jinan", kids=["2019-03", "2024-07", "2024-07"]))
m("pregnancy relative_date birth_order", "预产期就下个月底 这是二胎 老公让我来问问", [due(2, thismonth(1))],
  known=K(city="beijing", kids=[yo(4)]))
m("answer hukou", "没 户口还在河南老家呢 一直没迁", [f("hukou_in_city", False, "c")], asked="hukou_in_city",
  known=K(city="beijing", kids=[yo(1)]))
m("answer per_birth_hardship now_vs_birth", "没有 那时候俺家条件还行 倒是今年开始吃低保了", [f("hardship_at_birth", False, "c"),
  f("hardship_now", True)], asked="hardship_at_birth", known=K(city="jinan", kids=[yo(3)]))
m("numerals age birth_order insurance", "二宝12月31号跨年那天生的 大宝三岁 生二宝用的职工生育保险",
  [bd(2, pastmonth(12, 31)), bd(1, yo(3)), f("birth_insurance", "employee_maternity")])
m("correction pregnancy numerals", "预产期记错了 是三月十号 不是三月底", [due(1, nextmonth(3, 10), "r")],
  known=K(city="beijing", kids=[{"due_date": "2026-03"}]))
m("question negation_housing housing_fund", "要是明年买首套房 公积金能贷多少 俺俩都交", [f("buying_first_home", True, "q"),
  f("housing_fund_contributors", 2)], known=K(city="jinan", kids=[yo(2)]))
m("age hukou negation_housing", "孩子两岁零五个月 北京户口 房子还没有 一直想买第一套",
  [bd(1, age(2, 5)), f("city", "beijing"), f("hukou_in_city", True), f("owns_home_in_city", False), f("buying_first_home", True)])
m("age hukou insurance", "俺是孩子奶奶 俺孙子一岁三个月 儿子在济南打工 户口在老家 儿媳没工作 交的居民医保",
  [bd(1, age(1, 3)), f("city", "jinan"), f("hukou_in_city", False), f("birth_insurance", "resident_medical")])
m("duration housing_fund", "公积金交了三年了 就我自己 老婆全职带娃", [f("housing_fund_contributors", 1)],
  known=K(city="beijing", kids=[yo(1)]))
m("question multiples", "龙凤胎是算一孩二孩 还是俩都算")
m("answer age birth_order relative_date", "老大九岁半 老二五岁 小的去年八月生的", [bd(1, yo(9)), bd(2, yo(5)), bd(3, year(-1) + "-08")],
  asked="children", known=K(city="jinan"))
m("answer negation_housing", "嗯 租的 在历城区", [f("renting", True, "c")], asked="renting", known=K(city="jinan", kids=[yo(2)]))
m("correction birth_order short_year", "老大生日说错了 是18年7月 不是17年", [bd(1, "2018-07", "r")],
  known=K(city="jinan", kids=["2017", "2022-04"]))
m("multiples pregnancy hukou insurance", "第一次怀孕就是双胞胎 六个月了 本地户口 单位交生育险",
  [due(1, preg(6)), due(2, preg(6)), f("hukou_in_city", True), f("birth_insurance", "employee_maternity")], known=K(city="beijing"))
m("chitchat", "行 那我先去上班了 晚上再来问")
m("answer housing_fund", "都没交 俺俩在菜市场卖菜的", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(5), yo(2)]))
m("height age birth_order", "大孙女八岁多一米三四了 小孙子三岁 才九十五", [bd(1, yo(8)), ht(1, 134), bd(2, yo(3)), ht(2, 95)])
m("now_vs_birth per_birth_hardship birth_order", "现在在领特困供养 生老大老二那几年都没有", [f("hardship_now", True), chb(1, False),
  chb(2, False)], known=K(city="beijing", kids=["2015-09", "2019-11"]))

T("2026-06-30")  # Tuesday, month end
m("multiples pregnancy age birth_order hukou", "老大两岁半 现在又怀了双胞胎 五个月了 全家都是济南户口",
  [bd(1, yo(2)), due(2, preg(5)), due(3, preg(5)), f("city", "jinan"), f("hukou_in_city", True)])
m("relative_date age birth_order", "上周日老三出生了 老大老二分别是十岁和六岁", [bd(3, lastweek(6)), bd(1, yo(10)), bd(2, yo(6))])
m("per_birth_hardship now_vs_birth birth_order", "生老大老二的时候都领着低保 生老三那年就不领了 现在老公又下岗 在领失业金",
  [chb(1, True), chb(2, True), chb(3, False), f("hardship_now", True)], known=K(city="jinan", kids=["2014-02", "2017-08", "2022-10"]))
m("answer housing_fund", "三个 我 老公 还有我公公 公公还没退休", [f("housing_fund_contributors", 3)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[yo(1)]))
m("correction negation_housing", "哦对了 更正下 房子其实是买的 不是租的 去年刚交的房", [f("renting", False, "r"), f("owns_home_in_city", True)],
  known=K(city="jinan", renting=True, kids=[yo(3)]))
m("height age", "儿子六岁半 一米二了 闺女四岁 一米零三", [bd(1, yo(6)), ht(1, 120), bd(2, yo(4)), ht(2, 103)])
m("age question", "孩子下个月就满三岁了 满了还能接着领吗", [bd(1, almost(3))], known=K(city="jinan"))
m("answer pregnancy", "还早呢 刚怀上两个月", [due(2, preg(2))], asked="due_date", known=K(city="beijing", kids=[yo(5)]))
m("answer insurance", "灵活就业 自己交的 单位没给上", [f("birth_insurance", "flexible_employment")], asked="birth_insurance",
  known=K(city="jinan", kids=[mo(6)]))
m("answer negation_housing", "有 在通州 还贷着呢", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="beijing", kids=[yo(4)]))
m("chitchat", "你这机器人还挺懂的 比我打电话问快多了")
m("multiples age birth_order hukou", "家里四个娃 老大十一 老二八岁 老三老四是双胞胎 刚满三岁 户口都在老家",
  [n(4), bd(1, yo(11)), bd(2, yo(8)), bd(3, just(3)), bd(4, just(3)), f("hukou_in_city", False)], known=K(city="beijing"))
m("relative_date age birth_order insurance", "上周二生的老二 老大三岁多 这次走的职工医保 有生育险",
  [bd(2, lastweek(1)), bd(1, yo(3)), f("birth_insurance", "employee_maternity")], known=K(city="jinan"))
m("answer per_birth_hardship", "没领过 一直都是正常上班", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=[yo(2)]))
m("question hukou", "假如户口一直迁不过来 是不是就领不了", [f("hukou_in_city", False, "q")], known=K(city="jinan", kids=[mo(4)]))
m("answer age", "一个 小子 快两岁了", [n(1), bd(1, almost(2))], asked="children", known=K(city="jinan"))
m("correction height birth_order", "老二身高写错了 是一米零八 不是一米零三", [ht(2, 108, "r")],
  known=K(city="beijing", kids=[yo(9), {"birth_date": yo(4), "height_cm": 103}]))
m("age per_birth_hardship now_vs_birth", "娃十个月 生她那阵子在领失业金 现在早就不领了",
  [bd(1, mo(10)), f("hardship_at_birth", True), f("hardship_now", False)], known=K(city="jinan"))
m("question", "三孩的话是不是比二孩给得多")
m("answer hukou", "是 本地的 祖祖辈辈都在这", [f("hukou_in_city", True, "c")], asked="hukou_in_city",
  known=K(city="beijing", kids=[yo(1)]))

T("2027-02-10")  # Wednesday
m("relative_date age birth_order question", "去年三月老二出生了 老大三岁半 我们北京这边能领多少", [bd(2, year(-1) + "-03"), bd(1, yo(3)),
  f("city", "beijing")])
m("multiples relative_date", "上周一剖的龙凤胎 头胎 全家都乐坏了", [n(2), bd(1, lastweek(0)), bd(2, lastweek(0))])
m("pregnancy age birth_order housing_fund", "孩子姥姥替闺女问一下 闺女在济南 怀二胎八个月了 大外孙三岁 女婿单位交公积金 闺女没有",
  [f("city", "jinan"), due(2, preg(8)), bd(1, yo(3)), f("housing_fund_contributors", 1)])
m("short_year age birth_order negation_housing", "一家五口 仨孩子 大的15年 二的19年 小的刚满月 没房 住出租屋",
  [n(3), bd(1, "2015"), bd(2, "2019"), bd(3, mo(1)), f("owns_home_in_city", False), f("renting", True)])
m("answer age pregnancy", "就一个 七岁 肚子里还揣着一个 六个月了", [n(1), bd(1, yo(7)), due(2, preg(6))], asked="children",
  known=K(city="beijing"))
m("answer insurance", "新农合 在老家交的", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="jinan", kids=[mo(2)]))
m("correction", "不对 俺们在北京 刚才手滑点成济南了", [f("city", "beijing", "r")], known=K(city="jinan", kids=[yo(1)]))
m("relative_date birth_order hukou", "老大前年十月的 老二去年十二月 都在济南上的户口", [bd(1, year(-2) + "-10"), bd(2, year(-1) + "-12"),
  f("city", "jinan"), f("hukou_in_city", True)])
m("per_birth_hardship now_vs_birth birth_order", "仨孩子 就生老二那年吃过低保 老大老三出生都没吃 现在也没吃",
  [n(3), chb(2, True), chb(1, False), chb(3, False), f("hardship_now", False)], known=K(city="jinan", kids=["2016-05", "2019-08", "2024-01"]))
m("age duration housing_fund", "孩子一百天了 老公公积金一直交着 我的断了半年了", [bd(1, dago(100)), f("housing_fund_contributors", 1)],
  known=K(city="beijing"))
m("chitchat", "过年好啊 祝你们新年快乐 红包拿到手软")
m("answer height multiples", "俩一样高 都一米一五", [ht(1, 115), ht(2, 115)], asked="children.height_cm",
  known=K(city="beijing", kids=[yo(5), yo(5)]))
m("question height", "一米二以下的小孩坐火车是不是免票")
m("age hukou", "俺家仨 大的上初中 二的二年级 最小的才两个月 在济南 户口都在济南", [n(3), bd(3, mo(2)), f("city", "jinan"),
  f("hukou_in_city", True)])
m("answer negation_housing", "打算 今年就想买 看了好几个盘了", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="jinan", kids=[yo(2)]))
m("answer pregnancy numerals", "三月二十号 剖腹产定的日子", [due(2, nextmonth(3, 20))], asked="due_date", known=K(city="beijing", kids=[yo(2)]))
m("relative_date age", "孙女上周三生的 俺家第二个孙辈 大孙子五岁了", [bd(2, lastweek(2)), bd(1, yo(5))])

T("2025-10-31")  # Friday, month end
m("age pregnancy birth_order", "俺儿子家大孙子三岁多 二孙子还在他妈肚子里 七个月了 儿子在北京开出租",
  [bd(1, yo(3)), due(2, preg(7)), f("city", "beijing")])
m("multiples age birth_order", "双胞胎闺女四岁 底下还有个弟弟 一岁半 一共仨", [n(3), bd(1, yo(4)), bd(2, yo(4)), bd(3, yo(1))])
m("answer short_year numerals", "老大22年的 老二24.6.18", [bd(1, "2022"), bd(2, "2024-06-18")], asked="children", known=K(city="jinan"))
m("answer per_birth_hardship", "都没有 俩孩子出生时都没领过", [f("hardship_at_birth", False, "c"), n(2)], asked="hardship_at_birth",
  known=K(city="beijing", kids=[yo(6), yo(2)]))
m("answer insurance", "有生育险 公司给交的", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="beijing", kids=[mo(3)]))
m("correction short_year numerals birth_order", "说错了 老大是18年10月1号 不是10号", [bd(1, "2018-10-01", "r")],
  known=K(city="jinan", kids=["2018-10-10", "2022-03"]))
m("question", "生了孩子多久之内要去申请 过期了还能补吗")
m("age hukou negation_housing", "我们两口子都是外地户口 在济南租房 孩子刚出生五天", [f("hukou_in_city", False), f("city", "jinan"),
  f("renting", True), bd(1, dago(5))])
m("relative_date age birth_order", "上个月底生的老二 姐姐今年刚上一年级 六岁", [bd(2, thismonth(-1)), bd(1, yo(6))], known=K(city="beijing"))
m("answer per_birth_hardship now_vs_birth", "没有 不过现在有了 老公失业在领失业金", [f("hardship_at_birth", False, "c"),
  f("hardship_now", True)], asked="hardship_at_birth", known=K(city="jinan", kids=[yo(1)]))
m("chitchat", "好的好的 麻烦你了")
m("housing_fund", "公积金我和媳妇都交 我爸也交 他还没退 一家仨人交", [f("housing_fund_contributors", 3)], known=K(city="beijing", kids=[yo(4)]))
m("multiples pregnancy hukou", "怀了三胞胎 四个月 户口在老家 人在北京", [due(1, preg(4)), due(2, preg(4)), due(3, preg(4)),
  f("hukou_in_city", False), f("city", "beijing")])
m("height birth_order", "老大一米二五 老二还不到一米", [ht(1, 125), below(2, 100)], known=K(city="beijing", kids=[yo(7), yo(3)]))
m("multiples age birth_order", "宝宝出生六天 双胞胎 这是二胎 头一个是闺女 八岁 一共仨闺女了", [bd(2, dago(6)), bd(3, dago(6)),
  bd(1, yo(8)), n(3)])
m("answer pregnancy", "一个都还没生呢 肚子里这个五个月了", [n(0), due(1, preg(5))], asked="children", known=K(city="beijing"))
m("correction now_vs_birth", "刚才说错了 低保现在还在领 没断", [f("hardship_now", True, "r")],
  known=K(city="jinan", hardship_now=False, kids=[yo(2)]))

T("2027-03-31")  # Wednesday, month end
m("multiples relative_date age birth_order negation_housing housing_fund", "今年1月生的老三 老大老二是双胞胎 五岁多 在北京租房 公积金就孩他爸交",
  [bd(3, "2027-01"), bd(1, yo(5)), bd(2, yo(5)), f("city", "beijing"), f("renting", True), f("housing_fund_contributors", 1)])
m("answer age", "两个 分别是四岁和一岁半", [n(2), bd(1, yo(4)), bd(2, yo(1))], asked="children", known=K(city="jinan"))
m("correction relative_date birth_order", "更正下 不是两个孩子 是三个 老三上周三刚生", [n(3, "r"), bd(3, lastweek(2))],
  known=K(city="beijing", kids=["2019-04", "2023-01"]))
m("per_birth_hardship now_vs_birth birth_order", "老大出生时领着失业金 老二出生时是低保户 现在啥都不领了",
  [chb(1, True), chb(2, True), f("hardship_now", False)], known=K(city="jinan", kids=["2020-02", "2024-05"]))
m("question multiples", "双胞胎是不是补贴翻倍")
m("numerals age hukou insurance", "孩子三月三号出生的 今天满四周 济南户口 我交的职工医保",
  [bd(1, pastmonth(3, 3)), f("city", "jinan"), f("hukou_in_city", True), f("birth_insurance", "employee_maternity")])
m("answer negation_housing", "没有 打算买 正在看房", [f("owns_home_in_city", False, "c"), f("buying_first_home", True)],
  asked="owns_home_in_city", known=K(city="jinan", kids=[yo(1)]))
m("answer negation_housing", "不是 跟公婆一块住", [f("renting", False, "c")], asked="renting", known=K(city="beijing", kids=[mo(8)]))
m("age birth_order", "老大一周岁零八个月 老二出生四十天", [bd(1, age(1, 8)), bd(2, dago(40))])
m("age insurance", "俺是姥爷 外孙女两岁 外孙子五个月 都在北京 闺女在家带娃没上班 交的居民医保",
  [bd(1, yo(2)), bd(2, mo(5)), f("city", "beijing"), f("birth_insurance", "resident_medical")])
m("duration age insurance", "产假还剩一个月 孩子三个月了 单位交生育险", [bd(1, mo(3)), f("birth_insurance", "employee_maternity")])
m("correction insurance", "哦不对 我生的时候是灵活就业交的 不是居民医保", [f("birth_insurance", "flexible_employment", "r")],
  known=K(city="jinan", birth_insurance="resident_medical", kids=[mo(7)]))
m("height question birth_order", "俺家老大一米三了 老二一米一 带俩去动物园要买几张票", [ht(1, 130), ht(2, 110)],
  known=K(city="jinan", kids=[yo(9), yo(5)]))
m("multiples pregnancy age birth_order", "双胞胎怀了八个月了 老大老二都上小学了 一个九岁一个七岁",
  [bd(1, yo(9)), bd(2, yo(7)), due(3, preg(8)), due(4, preg(8))])

T("2026-12-01")  # Tuesday
m("relative_date age birth_order hukou negation_housing", "上周五生了个小子 家里老大是闺女 刚满四岁 北京户口 有房",
  [bd(2, lastweek(4)), bd(1, just(4)), f("city", "beijing"), f("hukou_in_city", True), f("owns_home_in_city", True)])
m("answer multiples age", "三个 一个十岁 一对双胞胎四岁", [n(3), bd(1, yo(10)), bd(2, yo(4)), bd(3, yo(4))], asked="children",
  known=K(city="beijing"))
m("answer hukou", "不是 我俩户口都没迁过来", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(3)]))
m("answer housing_fund", "一个 就我老公 我没单位", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[yo(2)]))
m("per_birth_hardship now_vs_birth birth_order", "老大出生那年我们是低保户 后来日子好了 老二出生就不是了 现在也不是",
  [chb(1, True), chb(2, False), f("hardship_now", False)], known=K(city="jinan", kids=["2017-06", "2022-09"]))
m("pregnancy hukou housing_fund", "预产期明年2月 头胎 我们济南户口 我老公公积金交着 我也交", [due(1, year(1) + "-02"),
  f("city", "jinan"), f("hukou_in_city", True), f("housing_fund_contributors", 2)])
m("pregnancy age birth_order", "怀二胎了 还不知道预产期 刚查出来 老大一岁半", [due(2, None), bd(1, yo(1))])
m("relative_date insurance", "去年十一月生的 刚过一周岁 北京这边 居民医保", [bd(1, year(-1) + "-11"), f("city", "beijing"),
  f("birth_insurance", "resident_medical")])
m("chitchat", "嗯嗯 知道了 谢谢小助手")
m("answer height multiples birth_order", "大的一米四 俩小的都是一米零五", [ht(1, 140), ht(2, 105), ht(3, 105)],
  asked="children.height_cm", known=K(city="beijing", kids=[yo(10), yo(4), yo(4)]))
m("age hukou insurance housing_fund", "俺们在济南 本地户口 孩子11个月 俺交的生育险 他爸交公积金 俺也交",
  [f("city", "jinan"), f("hukou_in_city", True), bd(1, mo(11)), f("birth_insurance", "employee_maternity"), f("housing_fund_contributors", 2)])
m("answer per_birth_hardship birth_order", "就老三那回是 领的失业金 老大老二没有", [chb(3, True), chb(1, False), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2014-03", "2018-07", "2025-10"]))
m("question", "补贴是按出生日期算还是按落户日期算")
m("short_year per_birth_hardship birth_order", "老大20年的 老二今年3月生的 生老二那年家里领失业金", [bd(1, "2020"), bd(2, year() + "-03"),
  chb(2, True)])
m("age insurance housing_fund negation_housing", "娃满半岁了 俺在北京灵活就业 自己交医保 俺俩都没公积金 房子租的",
  [bd(1, mo(6)), f("city", "beijing"), f("birth_insurance", "flexible_employment"), f("housing_fund_contributors", 0), f("renting", True)])
m("answer pregnancy birth_order", "明年一月份 第三胎", [due(3, year(1) + "-01")], asked="due_date", known=K(city="jinan", kids=["2018-02", "2022-05"]))
m("answer hukou", "济南 户口也在济南", [f("city", "jinan"), f("hukou_in_city", True)], asked="city")
m("answer hukou", "北京 不过户口在老家", [f("city", "beijing"), f("hukou_in_city", False)], asked="city")
m("short_year birth_order duration housing_fund", "老大一六年的 老二一九年五月 公积金俺俩都交 交了十来年了",
  [bd(1, "2016"), bd(2, "2019-05"), f("housing_fund_contributors", 2)], known=K(city="jinan"))
