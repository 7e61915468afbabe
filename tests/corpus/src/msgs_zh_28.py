# Chinese, batch 28: multiples (双胞胎 龙凤胎 三胞胎) beside older and younger children in every order, twin
# pregnancies beside born children, hardship (低保 特困 失业金 低收入) at one birth / several births / every birth
# against now, grandparents and relatives writing, loose answers to the children and hardship_at_birth questions
T("2025-01-31")  # Friday
m("multiples relative_date", "老大上小学了 去年又来了对龙凤胎 一下子热闹了", [bd(2, year(-1)), bd(3, year(-1)), n(3)])
m("multiples age", "头胎是双胞胎 俩小子今年六岁半 后来又生了个闺女 刚满月", [n(3), bd(1, yo(6)), bd(2, yo(6)), bd(3, mo(1))])
m("per_birth_hardship now_vs_birth multiples birth_order", "生老大那会儿吃低保 生双胞胎时已经不领了 现在更没有了",
  [chb(1, True), chb(2, False), chb(3, False), f("hardship_now", False)], known=K(city="jinan", kids=["2016-05", "2022-03", "2022-03"]))
m("now_vs_birth per_birth_hardship", "现在领失业金 生孩子时没有 那时候还上着班呢", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="beijing", kids=[mo(10)]))
m("answer multiples age", "仨 老大八岁了 俩小的是双胞胎 两岁多", [n(3), bd(1, yo(8)), bd(2, yo(2)), bd(3, yo(2))], asked="children",
  known=K(city="jinan"))
m("answer per_birth_hardship", "没领过 俩孩子出生时候都没领", [f("hardship_at_birth", False, "c"), n(2)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2019-08", "2023-02"]))
m("multiples age birth_order", "双胞胎哥俩五岁 还有个妹妹一岁两个月 三个娃天天打架", [bd(1, yo(5)), bd(2, yo(5)), bd(3, age(1, 2)), n(3)])
m("pregnancy multiples age", "儿子三岁多 这回怀的是双胞胎 怀孕六个月了 肚子老大了", [bd(1, yo(3)), due(2, preg(6)), due(3, preg(6))])
m("housing_fund multiples", "我和孩子他爸都交公积金 俩双胞胎闺女才四个月", [f("housing_fund_contributors", 2), bd(1, mo(4)), bd(2, mo(4)), n(2)],
  known=K(city="beijing"))
m("correction multiples", "不对 说错了 老二老三是双胞胎 生日一样 都是22年7月的", [bd(3, "2022-07", "r")],
  known=K(city="jinan", kids=["2018-01", "2022-07", "2023-07"]))
m("relative_date birth_order multiples", "孙女昨天生的 双胞胎哥哥们可稀罕这个妹妹了", [bd(3, back(1))],
  known=K(city="jinan", kids=["2020-04", "2020-04"]))
m("per_birth_hardship birth_order", "生老三那会儿家里特困 是特困供养 老大老二出生时没有", [chb(3, True), chb(1, False), chb(2, False)],
  known=K(city="jinan", kids=["2012-09", "2015-03", "2019-10"]))
m("answer", "就一个 闺女 快两岁了", [n(1), bd(1, almost(2))], asked="children", known=K(city="beijing"))
m("question", "问一下 三胞胎的话生育津贴会多给吗", [])

T("2025-02-17")  # Monday
m("relative_date multiples birth_order", "上周四剖的 俩小子 他们五岁的姐姐乐坏了", [bd(2, lastweek(3)), bd(3, lastweek(3)), bd(1, yo(5)), n(3)])
m("now_vs_birth per_birth_hardship", "这几年才开始领低保 孩子生下来那会儿还没有", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=[yo(4)]))
m("answer per_birth_hardship multiples", "生那对双胞胎时候领着失业金呢 老大那会儿没有",
  [chb(2, True), chb(3, True), chb(1, False)], asked="hardship_at_birth", known=K(city="beijing", kids=["2017-06", "2024-04", "2024-04"]))
m("age multiples height", "俺家三胞胎 仨丫头 四岁半 一个比一个高 大的一米零五 二的一米零三 小的才一米",
  [n(3), bd(1, yo(4)), bd(2, yo(4)), bd(3, yo(4)), ht(1, 105), ht(2, 103), ht(3, 100)])
m("answer housing_fund", "仨人交 我 我对象 还有我婆婆还没退休也交着", [f("housing_fund_contributors", 3)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(1)]))
m("negation_housing multiples", "家里仨孩子 两个是双胞胎 一直租房子住 没自己的房", [n(3), f("renting", True), f("owns_home_in_city", False)],
  known=K(city="beijing"))
m("chitchat", "谢谢你啊 我这个当奶奶的也不太懂 回头让儿媳妇来问", [])
m("hukou multiples age", "外孙女是双胞胎 一岁半 都上的济南户口", [bd(1, yo(1)), bd(2, yo(1)), n(2), f("city", "jinan"), f("hukou_in_city", True)])
m("per_birth_hardship", "俩孩子都是吃低保的时候生的 日子难啊", [f("hardship_at_birth", True), n(2)], known=K(city="jinan", kids=["2018-03", "2021-09"]))
m("question", "双胞胎的话一次性补贴是不是给两份啊", [])

T("2025-06-30")  # Monday
m("multiples age birth_order pregnancy", "老大七岁 老二老三双胞胎三岁 现在又怀了 五个月", [bd(1, yo(7)), bd(2, yo(3)), bd(3, yo(3)), due(4, preg(5))])
m("answer", "四个 大的俩是双胞胎上初中了 底下还有俩 一个五岁一个刚满两岁", [n(4), bd(3, yo(5)), bd(4, just(2))], asked="children",
  known=K(city="jinan"))
m("correction per_birth_hardship multiples", "更正一下 生双胞胎那会儿没领低保 是后来才领的 现在领着",
  [chb(1, False, "r"), chb(2, False, "r"), f("hardship_now", True)],
  known=K(city="jinan", kids=[{"birth_date": "2021-05", "hardship_at_birth": True}, {"birth_date": "2021-05", "hardship_at_birth": True}]))
m("relative_date multiples", "前天生了对双胞胎 一男一女 俺当姥姥了", [bd(1, back(2)), bd(2, back(2)), n(2)])
m("answer per_birth_hardship now_vs_birth", "在领 生孩子之前就开始领特困了 一直到现在", [f("hardship_at_birth", True, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=[mo(7)]))
m("housing_fund", "公积金就我老公一个人交 我在家带这三个娃 俩双胞胎加个老大", [f("housing_fund_contributors", 1), n(3)],
  known=K(city="beijing", kids=["2019-02", "2023-11", "2023-11"]))
m("height multiples question", "双胞胎姐姐一米二一 妹妹一米一八 坐地铁得买票吗", [ht(1, 121), ht(2, 118)], known=K(city="beijing", kids=["2019-03", "2019-03"]))
m("question birth_order", "假如明年再要个老四 还能领补贴不", [due(4, year(1), "q")], known=K(city="jinan", kids=["2015-08", "2020-01", "2020-01"]))
m("age birth_order multiples", "大闺女十二了 小的是对双胞胎 刚满半岁", [bd(1, yo(12)), bd(2, mo(6)), bd(3, mo(6)), n(3)])

T("2025-11-30")  # Sunday
m("per_birth_hardship birth_order", "生老大老二都是低保户 到生老三那会儿已经不是低保户了", [chb(1, True), chb(2, True), chb(3, False)],
  known=K(city="jinan", kids=["2011-02", "2014-06", "2020-12"]))
m("answer per_birth_hardship", "没有没有 哪个孩子出生都没领过那些", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2016-09", "2022-01", "2022-01"]))
m("multiples age pregnancy", "大宝一岁半 又怀上了 查出来是三胞胎 才三个月 愁死了", [bd(1, yo(1)), due(2, preg(3)), due(3, preg(3)), due(4, preg(3))])
m("answer multiples", "两个 双胞胎 十一月三号生的", [n(2), bd(1, pastmonth(11, 3)), bd(2, pastmonth(11, 3))], asked="children", known=K(city="jinan"))
m("now_vs_birth per_birth_hardship multiples", "生双胞胎那阵子失业在家领失业保险金 现在找着活了 不领了",
  [chb(1, True), chb(2, True), f("hardship_now", False)], known=K(city="beijing", kids=["2024-08", "2024-08"]))
m("correction age multiples", "刚才说错了 双胞胎不是三岁 是刚满四岁", [bd(1, just(4), "r"), bd(2, just(4), "r")],
  known=K(city="jinan", kids=[yo(3), yo(3)]))
m("housing_fund", "俺们家交公积金的就儿子一个 儿媳妇辞职带孩子了", [f("housing_fund_contributors", 1)], known=K(city="jinan", kids=[mo(5), mo(5)]))
m("insurance multiples", "双胞胎是用我职工生育保险生的 报了不少", [f("birth_insurance", "employee_maternity")], known=K(city="beijing", kids=[mo(2), mo(2)]))
m("height birth_order", "老大还不到一米三 老二老三那对双胞胎就更矮了", [below(1, 130)], known=K(city="jinan", kids=["2018-05", "2021-10", "2021-10"]))
m("numerals", "养仨孩子真不容易 光奶粉钱就吓人", [n(3)], known=K(city="beijing", kids=["2020-03", "2024-06", "2024-06"]))

T("2026-01-14")  # Wednesday
m("relative_date multiples", "双胞胎是去年十月生的 老大那年上一年级", [bd(2, f"{year(-1)}-10"), bd(3, f"{year(-1)}-10"), n(3)])
m("age relative_date birth_order", "上周一老三出生了 老大老二是双胞胎 六岁", [bd(3, lastweek(0)), bd(1, yo(6)), bd(2, yo(6))])
m("answer per_birth_hardship", "生老大时领着低保 生双胞胎那会儿早就不领了", [chb(1, True), chb(2, False), chb(3, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2013-04", "2019-09", "2019-09"]))
m("now_vs_birth", "现在家里低收入 在领低保 孩子刚出生那阵还没领", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=[yo(2)]))
m("question hukou multiples", "要是我们户口迁到北京 双胞胎能按北京的标准领吗", [f("hukou_in_city", True, "q")],
  known=K(city="beijing", hukou_in_city=False, kids=[mo(9), mo(9)]))
m("answer", "俩 都是闺女 大的九岁 小的三岁多", [n(2), bd(1, yo(9)), bd(2, yo(3))], asked="children", known=K(city="beijing"))
m("housing_fund negation_housing", "我俩都有公积金 准备买第一套房 现在住单位宿舍", [f("housing_fund_contributors", 2), f("buying_first_home", True)],
  known=K(city="jinan", kids=[mo(4), mo(4)]))
m("correction birth_order per_birth_hardship", "不对 领低保是生老二的时候 老大那会儿没领", [chb(2, True, "r"), chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2017-03", "hardship_at_birth": True}, {"birth_date": "2021-08", "hardship_at_birth": False}]))
m("pregnancy multiples", "预产期三月 双胞胎 头胎", [due(1, nextmonth(3)), due(2, nextmonth(3))], known=K(city="beijing"))
m("question", "双胞胎每个孩子都是一年三千六吗", [])

T("2026-02-28")  # Saturday
m("age multiples birth_order", "家里三个孩子 老大十岁 老二老三是龙凤胎 快五岁了", [n(3), bd(1, yo(10)), bd(2, almost(5)), bd(3, almost(5))])
m("answer per_birth_hardship multiples", "在领 一直领着 生仨孩子的时候都是特困户", [f("hardship_at_birth", True, "c"), f("hardship_now", True), n(3)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2015-07", "2019-01", "2019-01"]))
m("relative_date multiples", "孙子孙女是双胞胎 今儿个早上生的 全家都去医院了", [bd(1, today()), bd(2, today()), n(2)])
m("per_birth_hardship multiples", "生那对三胞胎的时候俺家吃低保 现在还吃着", [chb(1, True), chb(2, True), chb(3, True), f("hardship_now", True)],
  known=K(city="jinan", kids=["2023-05", "2023-05", "2023-05"]))
m("numerals multiples birth_order", "老大２０１９年的 双胞胎２０２３年３月的", [bd(1, "2019"), bd(2, "2023-03"), bd(3, "2023-03"), n(3)])
m("answer housing_fund", "就我一个交 他做买卖的没有", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=["2020-06", "2025-01", "2025-01"]))
m("height multiples", "外孙子那对双胞胎 哥哥一米三二 弟弟一米二八", [ht(1, 132), ht(2, 128)], known=K(city="beijing", kids=["2017-04", "2017-04"]))
m("negation_housing", "没买房 也不打算买 孩子多 先租着", [f("owns_home_in_city", False), f("buying_first_home", False), f("renting", True)],
  known=K(city="beijing", kids=["2016-01", "2022-02", "2022-02"]))
m("correction multiples relative_date", "打错了 双胞胎是去年五月生的 不是三月", [bd(1, f"{year(-1)}-05", "r"), bd(2, f"{year(-1)}-05", "r")],
  known=K(city="jinan", kids=[f"{year(-1)}-03", f"{year(-1)}-03"]))
m("question", "四孩五孩还有额外的补贴吗", [], known=K(city="jinan", kids=["2012-01", "2016-05", "2020-11"]))

T("2026-04-30")  # Thursday
m("age multiples hukou", "俺闺女家那对双胞胎外孙 一岁两个月 户口落在济南了", [bd(1, age(1, 2)), bd(2, age(1, 2)), n(2), f("city", "jinan"), f("hukou_in_city", True)])
m("answer per_birth_hardship now_vs_birth", "没有 那时候还没领 去年男人厂子倒了 才开始领失业金", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2022-10"]))
m("relative_date birth_order multiples", "老二老三上周二出生的 龙凤胎 老大八岁半当哥哥了",
  [bd(2, lastweek(1)), bd(3, lastweek(1)), bd(1, yo(8)), n(3)])
m("per_birth_hardship birth_order", "老大出生那时候俺们是特困供养户 后面几个都不是了", [chb(1, True), chb(2, False), chb(3, False)],
  known=K(city="jinan", kids=["2009-11", "2013-02", "2018-07"]))
m("answer multiples", "五个 最大的十五 中间一对双胞胎十岁 底下一对双胞胎刚满三岁",
  [n(5), bd(1, yo(15)), bd(2, yo(10)), bd(3, yo(10)), bd(4, just(3)), bd(5, just(3))], asked="children", known=K(city="jinan"))
m("housing_fund", "公积金两口子都没交 俩都在饭店打工", [f("housing_fund_contributors", 0)], known=K(city="beijing", kids=[yo(1), yo(1)]))
m("correction housing_fund", "刚才说错了 公积金是俩人都交 不是就我一个", [f("housing_fund_contributors", 2, "r")],
  known=K(city="jinan", housing_fund_contributors=1, kids=["2021-04", "2021-04"]))
m("pregnancy birth_order", "老大老二是双胞胎 七岁了 现在怀老三 预产期八月中旬", [bd(1, yo(7)), bd(2, yo(7)), due(3, nextmonth(8))])
m("question now_vs_birth", "现在领低保的话生孩子有额外补助吗", [])
m("chitchat", "好的好的 明白了 多谢", [])

T("2026-08-31")  # Monday
m("multiples age", "我家四个娃 大的俩是双胞胎 十一了 小的俩也是双胞胎 快四岁",
  [n(4), bd(1, yo(11)), bd(2, yo(11)), bd(3, almost(4)), bd(4, almost(4))])
m("answer per_birth_hardship multiples", "生老大没领 生双胞胎的时候领着低保呢 现在也领", [chb(1, False), chb(2, True), chb(3, True), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2014-12", "2020-06", "2020-06"]))
m("relative_date pregnancy multiples", "上个月刚查出来怀的双胞胎 孕两个月了 这是二胎", [due(2, preg(2)), due(3, preg(2))], known=K(city="jinan", kids=[yo(3)]))
m("height birth_order multiples", "大宝一米四了 二宝三宝是双胞胎 一个一米一 一个也一米一", [ht(1, 140), ht(2, 110), ht(3, 110)],
  known=K(city="beijing", kids=["2015-03", "2020-09", "2020-09"]))
m("answer", "就俩 双胞胎 二十天大", [n(2), bd(1, dago(20)), bd(2, dago(20))], asked="children", known=K(city="beijing"))
m("now_vs_birth per_birth_hardship", "一直是低保户 俩孩子出生那会儿也是 现在还是", [f("hardship_at_birth", True), n(2), f("hardship_now", True)],
  known=K(city="jinan", kids=["2019-05", "2023-01"]))
m("negation_housing answer", "有 自己家的 前年买的", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="beijing", kids=[mo(6), mo(6)]))
m("correction multiples birth_order", "不是 我说错了 双胞胎是老大老二 老三是单独的 今年一月生的", [bd(3, "2026-01", "r")],
  known=K(city="jinan", kids=["2019-10", "2019-10", "2025-01"]))
m("insurance", "生双胞胎那会儿用的是居民医保 没有生育险", [f("birth_insurance", "resident_medical")], known=K(city="jinan", kids=[mo(11), mo(11)]))
m("question multiples", "要是明年再生一对双胞胎 还能领吗", [due(3, year(1), "q"), due(4, year(1), "q")], known=K(city="beijing", kids=["2021-02", "2021-02"]))

T("2025-09-30")  # Tuesday
m("short_year multiples birth_order", "老大16年的 双胞胎21年的 都是闺女", [bd(1, "2016"), bd(2, "2021"), bd(3, "2021"), n(3)])
m("duration now_vs_birth", "失业金领了快半年了 孩子是前年生的 那会儿没领", [f("hardship_now", True), bd(1, year(-2)), f("hardship_at_birth", False)])
m("answer per_birth_hardship birth_order", "老大老二出生时都领着低保 老三老四那对双胞胎出生时没领",
  [chb(1, True), chb(2, True), chb(3, False), chb(4, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2010-03", "2012-08", "2019-04", "2019-04"]))
m("hukou multiples", "双胞胎跟我 户口都不在北京 是老家的", [f("hukou_in_city", False)], known=K(city="beijing", kids=[yo(2), yo(2)]))
m("age multiples relative_date", "孙子俩双胞胎 八月二十号生的 一个多月了", [bd(1, pastmonth(8, 20)), bd(2, pastmonth(8, 20)), n(2)])
m("housing_fund duration", "公积金交了七八年了 就我交 老婆没单位", [f("housing_fund_contributors", 1)], known=K(city="jinan", kids=[yo(5), mo(3)]))
m("correction short_year", "不对 双胞胎是二三年的 不是二二年", [bd(2, "2023", "r"), bd(3, "2023", "r")],
  known=K(city="beijing", kids=["2018", "2022", "2022"]))
m("question per_birth_hardship", "要是生老二的时候还在领低保 能多给吗", [chb(2, True, "q")], known=K(city="jinan", kids=[yo(4), {"due_date": nextmonth(12)}]))
m("answer", "就这仨 没别的了", [n(3)], asked="children", known=K(city="jinan", kids=["2017-02", "2023-06", "2023-06"]))
m("pregnancy multiples age", "二胎怀的双胞胎 七个月了 大女儿刚满六岁", [due(2, preg(7)), due(3, preg(7)), bd(1, just(6))])

T("2026-12-31")  # Thursday
m("relative_date multiples", "今天凌晨生的三胞胎 俩男一女 俺这当爷爷的腿都软了", [bd(1, today()), bd(2, today()), bd(3, today()), n(3)])
m("per_birth_hardship multiples now_vs_birth", "生双胞胎时家里低保 后来生老三也是 现在不领了",
  [chb(1, True), chb(2, True), chb(3, True), f("hardship_now", False)], known=K(city="jinan", kids=["2018-09", "2018-09", "2022-11"]))
m("answer per_birth_hardship", "没 那时候俺俩都有工作", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=[mo(8), mo(8)]))
m("age birth_order multiples", "老大快十岁 老二三岁半 老三老四龙凤胎七个月",
  [bd(1, almost(10)), bd(2, yo(3)), bd(3, mo(7)), bd(4, mo(7))])
m("insurance answer", "灵活就业交的 生俩孩子都是用的那个", [f("birth_insurance", "flexible_employment"), n(2)], asked="birth_insurance",
  known=K(city="beijing", kids=["2020-05", "2024-02"]))
m("housing_fund", "俺家交公积金的有俩 儿子和儿媳 双胞胎孙子才百天", [f("housing_fund_contributors", 2), bd(1, dago(100)), bd(2, dago(100))])
m("correction per_birth_hardship", "说错了 生孩子那会儿没领失业金 是现在领着", [f("hardship_at_birth", False, "r"), f("hardship_now", True)],
  known=K(city="jinan", hardship_at_birth=True, kids=[yo(1)]))
m("height multiples", "双胞胎里老大高 一米二八 老二矮点 还没到一米二", [ht(1, 128), below(2, 120)], known=K(city="jinan", kids=["2019-08", "2019-08"]))
m("negation_housing", "房子是租的 三个孩子挤一个屋", [f("renting", True), n(3)], known=K(city="beijing", kids=["2016-03", "2021-07", "2021-07"]))
m("chitchat", "唉 双胞胎累死个人 先这样吧 回头再问", [])

T("2027-01-28")  # Thursday
m("multiples age short_year", "大儿子19年的 前阵子又生了对双胞胎闺女 现在一个多月", [bd(1, "2019"), bd(2, mo(1)), bd(3, mo(1)), n(3)])
m("answer per_birth_hardship now_vs_birth", "没有 生俩孩子那阵都没领 就这两年才领上的低保", [f("hardship_at_birth", False, "c"), n(2), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2015-06", "2018-10"]))
m("relative_date birth_order", "老三上周三生的 上面是一对双胞胎姐姐", [bd(3, lastweek(2))], known=K(city="beijing", kids=["2022-04", "2022-04"]))
m("hukou answer", "不是 双胞胎户口在河南老家", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(1), yo(1)]))
m("per_birth_hardship birth_order", "二宝出生那年我领失业保险金 大宝小宝出生时都没领", [chb(2, True), chb(1, False), chb(3, False)],
  known=K(city="beijing", kids=["2014-01", "2018-05", "2024-09"]))
m("age multiples height", "外孙女双胞胎 快六岁了 俩人都一米一五", [bd(1, almost(6)), bd(2, almost(6)), n(2), ht(1, 115), ht(2, 115)])
m("answer housing_fund", "俺俩 还有俺爸 一共三个人交", [f("housing_fund_contributors", 3)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=["2023-03", "2023-03"]))
m("correction multiples", "哎呀打错了 是龙凤胎 不是老大老二 是老二老三 老二生日是24年5月", [bd(2, "2024-05", "r")],
  known=K(city="jinan", kids=["2020-01", "2021-05", "2024-05"]))
m("question multiples", "三胞胎能领三份育儿补贴吧", [])
m("pregnancy multiples birth_order", "家里老大五岁半 老二三岁 这胎是双胞胎 预产期明年二月", [bd(1, yo(5)), bd(2, yo(3)), due(3, f"{year(1)}-02"), due(4, f"{year(1)}-02")])

T("2027-02-01")  # Monday
m("relative_date multiples", "双胞胎上周日生的 头一胎就俩 乐呵", [bd(1, lastweek(6)), bd(2, lastweek(6)), n(2)])
m("answer", "三个 一对双胞胎哥哥九岁 妹妹两岁", [n(3), bd(1, yo(9)), bd(2, yo(9)), bd(3, yo(2))], asked="children", known=K(city="beijing"))
m("per_birth_hardship now_vs_birth", "每次生孩子都赶上领低保 现在反倒不领了", [f("hardship_at_birth", True), f("hardship_now", False)],
  known=K(city="jinan", kids=["2013-07", "2017-02", "2017-02"]))
m("answer per_birth_hardship multiples", "生三胞胎那会儿在领特困 日子紧巴", [chb(1, True), chb(2, True), chb(3, True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2024-11", "2024-11", "2024-11"]))
m("housing_fund negation_housing", "公积金两个人交 就等着买头套房呢 现在住我妈家", [f("housing_fund_contributors", 2), f("buying_first_home", True)],
  known=K(city="beijing", kids=[mo(9), mo(9)]))
m("correction age", "不对 老大是刚满八岁 不是九岁", [bd(1, just(8), "r")], known=K(city="jinan", kids=[yo(9), yo(4), yo(4)]))
m("numerals multiples", "闺女两千零二十三年生的双胞胎 俩外孙", [bd(1, "2023"), bd(2, "2023"), n(2)])
m("insurance", "俺家媳妇有职工生育保险 双胞胎都是走的那个报销", [f("birth_insurance", "employee_maternity")], known=K(city="jinan", kids=[mo(4), mo(4)]))
m("question", "失业金和育儿补贴能一起领吗", [])
m("numerals", "行 我先看看 三个娃闹得我脑仁疼", [n(3)], known=K(city="beijing", kids=["2019-06", "2023-02", "2023-02"]))

T("2025-03-31")  # Monday
m("duration now_vs_birth per_birth_hardship", "低保吃了十来年了 生老大老二都在吃 现在也没断", [chb(1, True), chb(2, True), f("hardship_now", True)],
  known=K(city="jinan", kids=["2016-02", "2019-12"]))
m("duration multiples", "休了五个月产假 双胞胎现在四个月大", [bd(1, mo(4)), bd(2, mo(4))])
m("answer multiples relative_date short_year", "一个大的 一对小的 大的20年 小的俩是前年的", [n(3), bd(1, "2020"), bd(2, year(-2)), bd(3, year(-2))], asked="children",
  known=K(city="beijing"))
m("hukou multiples", "我们一家五口都是北京户口 仨孩子里俩是双胞胎", [f("city", "beijing"), f("hukou_in_city", True), n(3)])
m("relative_date pregnancy", "上周五去医院查的 怀的双胞胎 才俩月 上面还有个闺女", [due(2, preg(2)), due(3, preg(2))])
m("correction per_birth_hardship multiples", "哦不对 双胞胎那会儿是在领失业金的 我刚才说成没领了", [chb(2, True, "r"), chb(3, True, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2015-09", "hardship_at_birth": False}, {"birth_date": "2023-08", "hardship_at_birth": False},
                                {"birth_date": "2023-08", "hardship_at_birth": False}]))
m("height question", "俺孙子还不到一米二 双胞胎妹妹更矮 坐火车都不用票吧", [below(1, 120)], known=K(city="jinan", kids=["2020-03", "2020-03"]))
m("chitchat", "你们这个说得挺清楚 谢谢啦", [])
m("age birth_order", "老大刚满十岁 老二老三龙凤胎一岁半 老四还在肚子里", [bd(1, just(10)), bd(2, yo(1)), bd(3, yo(1)), due(4, None)])
m("question housing_fund", "要是我俩都交了公积金 是不是贷款能多贷点", [f("housing_fund_contributors", 2, "q")], known=K(city="jinan", housing_fund_contributors=1, kids=[yo(2)]))
m("insurance answer", "那时候啥保险都没交 在家待着呢", [f("birth_insurance", "none")], asked="birth_insurance", known=K(city="jinan", kids=[yo(3), yo(3)]))
m("answer per_birth_hardship", "没领 俺家那时候不困难", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=[mo(2), mo(2), mo(2)]))
m("duration housing_fund", "公积金断了半年了 现在就老公一个人交", [f("housing_fund_contributors", 1)], known=K(city="beijing", kids=[yo(6), yo(1), yo(1)]))

T("2027-05-31")  # Monday
m("multiples age birth_order", "二胎是龙凤胎 刚满一岁 老大都上初二了", [bd(2, just(1)), bd(3, just(1)), n(3)])
m("per_birth_hardship now_vs_birth", "现在领着低保 生孩子的时候没有 那会儿日子还行", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=[yo(5)]))
m("answer", "家里俩 都是前年的 双胞胎嘛", [n(2), bd(1, year(-2)), bd(2, year(-2))], asked="children", known=K(city="jinan"))
m("correction hukou", "更正 户口已经迁到济南了 上个月办的", [f("hukou_in_city", True, "r")], known=K(city="jinan", hukou_in_city=False, kids=[yo(3), yo(3)]))
m("relative_date multiples birth_order", "老二老三这个月三号生的 双胞胎 老大一下当哥了", [bd(2, f"{thismonth()}-03"), bd(3, f"{thismonth()}-03")])
m("answer per_birth_hardship birth_order", "头胎那会儿领失业金 后面生那对双胞胎就没领了", [chb(1, True), chb(2, False), chb(3, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2018-03", "2022-12", "2022-12"]))
m("height multiples birth_order", "老大一米五了 老二老三双胞胎 一米二五和一米二三", [ht(1, 150), ht(2, 125), ht(3, 123)],
  known=K(city="jinan", kids=["2014-04", "2019-08", "2019-08"]))
m("negation_housing answer", "不打算 有套房了 就在济南", [f("buying_first_home", False, "c"), f("owns_home_in_city", True)], asked="buying_first_home",
  known=K(city="jinan", kids=[yo(2), yo(2)]))
m("question multiples pregnancy", "怀了双胞胎的话产假能多休吗", [due(1, None, "q"), due(2, None, "q")])
m("correction multiples age", "说错了 双胞胎不是两岁 是快三岁了", [bd(1, almost(3), "r"), bd(2, almost(3), "r")], known=K(city="beijing", kids=[yo(2), yo(2)]))
m("pregnancy age", "怀孕六个月了 二胎 老大三岁", [due(2, preg(6)), bd(1, yo(3))])
m("chitchat", "好 知道了 下回带孙子们过来办", [])
m("now_vs_birth per_birth_hardship multiples", "生三个孩子时候都在领特困供养 现在还在领 一直没断过", [f("hardship_at_birth", True), n(3), f("hardship_now", True)],
  known=K(city="jinan", kids=["2017-11", "2021-05", "2021-05"]))
m("numerals multiples per_birth_hardship", "俺家３个孩子 生那对双胞胎那会儿在领低保 老大出生时没领", [n(3), chb(2, True), chb(3, True), chb(1, False)],
  known=K(city="jinan", kids=["2016-10", "2020-02", "2020-02"]))
