# Chinese, batch 25: multiples, pregnancy and birth order -- twins/triplets beside older and younger children in every order
# (老大双胞胎 then 老三, 龙凤胎是老二老三, 大的俩是双胞胎), pregnancies with twins (怀了双胞胎 预产期…, 双胎7个月了), twins by age,
# kinship words (孙子 外孙 重孙 二宝 三宝 闺女), birth order after the verb (去年生的老二), corrections of counts / which child is which,
# heights of each twin, per-birth hardship at the twins' birth vs now, housing fund, housing, loose answers.
T("2025-01-06")  # Monday
m("multiples age birth_order", "我外孙女五岁半了 下边还有对双胞胎弟弟 八个月 一共仨娃 闺女一个人带真不容易",
  [n(3), bd(1, yo(5)), bd(2, mo(8)), bd(3, mo(8))])
m("multiples pregnancy", "查出来怀了双胞胎！！预产期6月15号 头胎 又高兴又害怕", [due(1, nextmonth(6, 15)), due(2, nextmonth(6, 15))])
m("multiples relative_date", "上周四剖的 龙凤胎 头一胎 娘仨都平安 谢天谢地", [n(2), bd(1, lastweek(3)), bd(2, lastweek(3))])
m("multiples pregnancy age", "双胎7个月了 大闺女三岁 天天趴她妈肚子上听动静", [bd(1, yo(3)), due(2, preg(7)), due(3, preg(7))])
m("answer multiples pregnancy relative_date", "下个月底 是双胎 医生说可能还得提前", [due(1, thismonth(1)), due(2, thismonth(1))],
  asked="due_date", known=K(city="beijing", kids=[{"due_date": None}]))
m("question birth_order", "要是明年再要个老三 北京这边给多少钱", [due(3, year(1), "q")], known=K(city="beijing", kids=["2019-05", "2022-11"]))
m("answer per_birth_hardship multiples birth_order", "俩小的出生那会儿家里吃低保 大的那时候没吃", [chb(2, True), chb(3, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2017-09", "2023-04", "2023-04"]))
m("answer height multiples", "双胞胎姐姐一米零二 妹妹矮点 九十八公分", [ht(1, 102), ht(2, 98)],
  asked="children.height_cm", known=K(city="jinan", kids=["2020-10", "2020-10"]))
m("answer housing_fund", "公积金俺两口子都有 单位给交的", [f("housing_fund_contributors", 2)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=[yo(2)]))
m("negation_housing multiples", "房子是租的 自己一直没买 双胞胎一天天大了 愁人", [f("renting", True), f("owns_home_in_city", False)],
  known=K(city="beijing", kids=["2022-03", "2022-03"]))
m("age birth_order", "孙女快六岁了 孙子一岁半 儿媳妇说不生了", [bd(1, almost(6)), bd(2, yo(1))])
m("correction multiples", "打错字了 是双胞胎 不是一个 俩都是十月生的", [n(2, "r"), bd(2, pastmonth(10))],
  known=K(city="jinan", kids=["2024-10"]))
m("chitchat multiples", "双胞胎的妈真是太难了 一个哭另一个也跟着哭 我就发发牢骚 你别介意", [])

T("2025-02-28")  # Friday, month end
m("multiples short_year birth_order", "老大18年的 龙凤胎是老二老三 22年8月生的", [bd(1, "2018"), bd(2, "2022-08"), bd(3, "2022-08")])
m("relative_date birth_order hukou", "去年生的老二 老大今年上一年级 全家都是北京户口", [bd(2, year(-1)), f("city", "beijing"), f("hukou_in_city", True)])
m("answer multiples age", "俩娃都三岁了 双胞胎 头一胎就来俩", [n(2), bd(1, yo(3)), bd(2, yo(3))], asked="children", known=K(city="jinan"))
m("answer multiples age birth_order", "仨 大的十岁 小的俩是双胞胎 刚满周岁", [n(3), bd(1, yo(10)), bd(2, just(1)), bd(3, just(1))],
  asked="children", known=K(city="jinan"))
m("per_birth_hardship now_vs_birth multiples birth_order", "生龙凤胎那年家里是特困户 这两年日子好过了 早就不领了",
  [chb(2, True), chb(3, True), f("hardship_now", False)], known=K(city="jinan", kids=["2016-03", "2021-07", "2021-07"]))
m("height multiples birth_order", "老大一米三五 双胞胎里哥哥一米一 弟弟一米零八", [ht(1, 135), ht(2, 110), ht(3, 108)],
  known=K(city="beijing", kids=["2016-05", "2019-12", "2019-12"]))
m("correction multiples pregnancy", "更正一下 双胞胎预产期是4月 不是5月 医生说双胎一般都提前", [due(1, nextmonth(4), "r"), due(2, nextmonth(4), "r")],
  known=K(city="beijing", kids=[{"due_date": "2025-05"}, {"due_date": "2025-05"}]))
m("duration now_vs_birth per_birth_hardship multiples", "失业金领了五个月了 还能领七个月 双胞胎出生那会儿还上着班呢",
  [f("hardship_now", True), chb(2, False), chb(3, False)], known=K(city="jinan", kids=["2019-02", "2024-06", "2024-06"]))
m("insurance multiples pregnancy", "怀的双胞胎 我是单位给交的生育保险 预产期还没算出来", [due(1, None), due(2, None), f("birth_insurance", "employee_maternity")])
m("answer housing_fund multiples", "就我老公一个 我生完双胞胎就辞职了", [f("housing_fund_contributors", 1)],
  asked="housing_fund_contributors", known=K(city="beijing", kids=["2023-09", "2023-09"]))
m("correction age multiples", "说错了 双胞胎不是两岁 是快三岁了", [bd(1, almost(3), "r"), bd(2, almost(3), "r")],
  known=K(city="jinan", kids=[yo(2), yo(2)]))
m("age birth_order", "俺家二宝刚满月 大宝七岁半 差得有点多哈哈", [bd(2, mo(1)), bd(1, yo(7))])

T("2025-06-30")  # Monday, month end
m("multiples relative_date hukou", "我当太奶奶了！重孙子重孙女昨天出生的 龙凤胎 孙媳妇头一胎 小两口都是济南户口",
  [n(2), bd(1, back(1)), bd(2, back(1)), f("city", "jinan"), f("hukou_in_city", True)])
m("pregnancy multiples birth_order", "二宝是双胞胎！！怀孕五个月了 大宝天天问弟弟妹妹啥时候出来", [due(2, preg(5)), due(3, preg(5))])
m("answer relative_date birth_order", "这个月8号生的老二 七斤二两", [bd(2, thismonth() + "-08")],
  asked="children", known=K(city="beijing", kids=["2020-01"]))
m("question multiples", "假如怀的是双胞胎 预产期明年三月 生育津贴能多拿点吗", [due(1, year(1) + "-03", "q"), due(2, year(1) + "-03", "q")])
m("per_birth_hardship now_vs_birth multiples birth_order", "大儿子落地那年俺家还吃低保 等龙凤胎出生早停了 如今也没吃",
  [chb(1, True), chb(2, False), chb(3, False), f("hardship_now", False)])
m("height multiples birth_order", "三胞胎刚量了身高 老大一米零五 老二一米零三 老三才九十九", [ht(1, 105), ht(2, 103), ht(3, 99)],
  known=K(city="beijing", kids=["2021-02", "2021-02", "2021-02"]))
m("answer negation_housing", "有 在北京有套小两居 孩子大了就挤了", [f("owns_home_in_city", True, "c")],
  asked="owns_home_in_city", known=K(city="beijing", kids=["2022-01", "2022-01"]))
m("correction housing_fund", "不是一个人 俺俩都交公积金 刚才说少了", [f("housing_fund_contributors", 2, "r")],
  known=K(city="jinan", housing_fund_contributors=1, kids=["2021-05", "2024-02"]))
m("age birth_order multiples", "闺女家大的俩是双胞胎 六岁半 小的是个儿子 刚满俩月", [bd(1, yo(6)), bd(2, yo(6)), bd(3, mo(2))])
m("numerals multiples", "俩外孙是双胞胎 二〇二三年十二月二十五生的 闺女就这俩孩子", [n(2), bd(1, "2023-12-25"), bd(2, "2023-12-25")])
m("relative_date birth_order", "上周三生的三宝 终于是个闺女了", [bd(3, lastweek(2))])
m("hukou answer", "不是 俺们户口在菏泽老家 一直没迁", [f("hukou_in_city", False, "c")],
  asked="hukou_in_city", known=K(city="jinan", kids=["2018-08", "2024-11", "2024-11"]))
m("insurance birth_order", "我没单位 一直交的居民医保 老二也是在北京生的", [f("birth_insurance", "resident_medical")],
  known=K(city="beijing", kids=["2017-04", "2024-03"]))

T("2025-10-31")  # Friday, month end
m("multiples pregnancy birth_order age", "头胎龙凤胎四岁了 现在又怀上了 三个月 这是老三", [n(2), bd(1, yo(4)), bd(2, yo(4)), due(3, preg(3))])
m("answer pregnancy multiples", "明年四月中旬 双胞胎 老大都七岁了", [due(2, "2026-04"), due(3, "2026-04")],
  asked="due_date", known=K(city="jinan", kids=[yo(7), {"due_date": None}]))
m("correction multiples", "打错了 就俩孩子 是对双胞胎 上面没有老大", [n(2, "r")],
  known=K(city="beijing", kids=["2019-01", "2021-03", "2021-03"]))
m("answer per_birth_hardship multiples", "没有 那会儿俩人都上着班呢", [f("hardship_at_birth", False, "c")],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2022-06", "2022-06"]))
m("relative_date multiples birth_order", "老三今天凌晨生的 上面老大老二是对双胞胎 家里这下热闹了", [bd(3, today())],
  known=K(city="jinan", kids=["2020-04", "2020-04"]))
m("height question multiples", "双胞胎哪个都不到一米二 坐高铁咋买票", [below(1, 120), below(2, 120)],
  known=K(city="beijing", kids=["2021-08", "2021-08"]))
m("answer housing_fund", "公积金我们家没人交 都是打零工的 俩孩子还小", [f("housing_fund_contributors", 0), n(2)],
  asked="housing_fund_contributors", known=K(city="jinan"))
m("answer insurance", "灵活就业那种 自己交的", [f("birth_insurance", "flexible_employment")],
  asked="birth_insurance", known=K(city="beijing", kids=[{"due_date": "2026-02"}, {"due_date": "2026-02"}]))
m("short_year multiples birth_order relative_date", "19年的老大 21年的老二 去年又生了对双胞胎 四个娃 家里跟幼儿园似的",
  [n(4), bd(1, "2019"), bd(2, "2021"), bd(3, year(-1)), bd(4, year(-1))])
m("pregnancy birth_order", "现在怀的是老二 预产期下个月中旬 老大也才两岁", [due(2, thismonth(1)), bd(1, yo(2))])
m("question", "双胞胎的育儿补贴是按两个孩子分别发的吧", [])
m("numerals multiples age", "三胞胎１岁８个月 就这仨 爷爷奶奶姥姥姥爷全上阵了", [n(3), bd(1, age(1, 8)), bd(2, age(1, 8)), bd(3, age(1, 8))],
  known=K(city="jinan"))

T("2026-01-13")  # Tuesday
m("answer relative_date multiples", "上周二生的三胞胎 俩闺女一个儿子 俺们头一胎 到现在还跟做梦似的", [n(3), bd(1, lastweek(1)), bd(2, lastweek(1)), bd(3, lastweek(1))],
  asked="children", known=K(city="jinan"))
m("answer age multiples", "两个 都是十一个月 双胞胎", [n(2), bd(1, mo(11)), bd(2, mo(11))], asked="children", known=K(city="jinan"))
m("multiples pregnancy now_vs_birth", "现在领着低保呢 刚怀上双胞胎 预产期5月 头一胎", [f("hardship_now", True), due(1, nextmonth(5)), due(2, nextmonth(5))])
m("correction relative_date birth_order", "说错了 老三不是去年生的 是前年", [bd(3, year(-2), "r")],
  known=K(city="jinan", kids=["2018-06", "2018-06", "2025-03"]))
m("per_birth_hardship multiples birth_order", "双胞胎闺女出生那会儿 我们还领着失业金 小儿子出生时就不领了", [chb(1, True), chb(2, True), chb(3, False)],
  known=K(city="beijing", kids=["2019-08", "2019-08", "2024-02"]))
m("height multiples birth_order", "老二老三双胞胎 刚量完 一个一米一一个一米一二 老二高点", [ht(2, 112), ht(3, 110)],
  known=K(city="jinan", kids=["2015-10", "2020-06", "2020-06"]))
m("negation_housing question", "我们在济南没有房子 想买第一套 公积金能贷多少", [f("owns_home_in_city", False), f("buying_first_home", True)],
  known=K(city="jinan", kids=["2023-07", "2023-07"]))
m("chitchat", "哈哈 你这机器人还挺懂 双胞胎谁是老大都分得清", [])
m("answer hukou multiples", "对 都是济南户口 双胞胎一出生就落上了", [f("hukou_in_city", True, "c")],
  asked="hukou_in_city", known=K(city="jinan", kids=["2025-08", "2025-08"]))
m("age multiples birth_order", "俺重孙子仨 大的快五岁了 小哥俩是双胞胎 半岁", [n(3), bd(1, almost(5)), bd(2, mo(6)), bd(3, mo(6))])
m("answer housing_fund", "仨 我 我老公 还有我小叔子 他跟我们一块住一个户口本", [f("housing_fund_contributors", 3)],
  asked="housing_fund_contributors", known=K(city="beijing", kids=["2024-09", "2024-09"]))
m("pregnancy relative_date birth_order short_year", "老二预产期是下个月 老大是22年10月的 还没上幼儿园呢", [due(2, thismonth(1)), bd(1, "2022-10")])

T("2026-02-26")  # Thursday
m("multiples pregnancy numerals birth_order age", "双胞胎 预产期是七月二十号 第二胎 老大四岁半", [bd(1, yo(4)), due(2, nextmonth(7, 20)), due(3, nextmonth(7, 20))])
m("relative_date birth_order hukou", "上周五生了个闺女 是老二 户口不在北京 在河北", [bd(2, lastweek(4)), f("hukou_in_city", False)],
  known=K(city="beijing", kids=["2021-09"]))
m("answer per_birth_hardship birth_order multiples", "老大那会儿没 双胞胎那会儿在领特困", [chb(1, False), chb(2, True), chb(3, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2016-11", "2022-05", "2022-05"]))
m("correction height multiples", "哦不对 弟弟是一米零五 一米零八的是哥哥 我给记反了", [ht(1, 108, "r"), ht(2, 105, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2021-04", "height_cm": 105}, {"birth_date": "2021-04", "height_cm": 108}]))
m("answer housing_fund", "俩人都交 我和孩子他妈", [f("housing_fund_contributors", 2)],
  asked="housing_fund_contributors", known=K(city="beijing", kids=["2019-03", "2025-10", "2025-10"]))
m("age multiples", "外孙和外孙女是龙凤胎 刚满两岁 闺女就这俩孩子", [n(2), bd(1, just(2)), bd(2, just(2))])
m("insurance pregnancy multiples", "交的居民医保 双胎 怀孕六个月了", [f("birth_insurance", "resident_medical"), due(1, preg(6)), due(2, preg(6))])
m("correction height multiples birth_order", "说反了 一米三的是老大 老二是一米零四 双胞胎里老三一米零二那个没错", [ht(1, 130, "r"), ht(2, 104, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2017-03", "height_cm": 104}, {"birth_date": "2021-06", "height_cm": 130}, {"birth_date": "2021-06", "height_cm": 102}]))
m("short_year birth_order", "大宝17年的 二宝20年的 三宝24年11月 都是闺女", [bd(1, "2017"), bd(2, "2020"), bd(3, "2024-11")])
m("answer negation_housing", "不是 俺们是自己家的房 前年买的", [f("renting", False, "c"), f("owns_home_in_city", True)],
  asked="renting", known=K(city="jinan", kids=["2022-12", "2022-12"]))
m("question hukou multiples", "要是孩子户口落在北京 双胞胎俩是不是都能领", [f("hukou_in_city", True, "q")], known=K(city="beijing", kids=["2025-05", "2025-05"]))

T("2026-05-31")  # Sunday, month end
m("multiples relative_date birth_order age", "这个月初生了对双胞胎 上头还有个姐姐 八岁 一共三个了", [n(3), bd(1, yo(8)), bd(2, thismonth()), bd(3, thismonth())])
m("answer multiples pregnancy", "具体哪天医生还没说 反正怀孕俩月了 是双胎", [due(1, preg(2)), due(2, preg(2))],
  asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("per_birth_hardship now_vs_birth multiples birth_order", "龙凤胎生的时候家里没吃低保 今年她爸厂子黄了 才开始领失业金 大闺女出生那会儿也没有",
  [chb(2, False), chb(3, False), f("hardship_now", True), chb(1, False)], known=K(city="jinan", kids=["2015-06", "2021-01", "2021-01"]))
m("height birth_order", "大的一米四一 二宝一米一八 三宝还抱着呢", [ht(1, 141), ht(2, 118)], known=K(city="beijing", kids=["2015-02", "2020-08", "2025-09"]))
m("negation_housing multiples", "带着双胞胎租房子住 自己没房 暂时也不打算买", [f("renting", True), f("owns_home_in_city", False), f("buying_first_home", False)],
  known=K(city="beijing", kids=["2023-03", "2023-03"]))
m("correction", "搞错了 俺闺女一家在北京 不在济南", [f("city", "beijing", "r")], known=K(city="jinan", kids=["2024-04", "2024-04"]))
m("answer numerals multiples age", "三胞胎一岁零两个月 俺们家就这仨", [n(3), bd(1, age(1, 2)), bd(2, age(1, 2)), bd(3, age(1, 2))],
  asked="children", known=K(city="beijing"))
m("duration housing_fund", "公积金交了三年多了 俺俩都交", [f("housing_fund_contributors", 2)], known=K(city="jinan", kids=["2024-01"]))
m("answer birth_order age", "老大九岁 老二快四岁了 老三五个月", [bd(1, yo(9)), bd(2, almost(4)), bd(3, mo(5))], asked="children", known=K(city="beijing"))
m("now_vs_birth duration multiples", "低保领了一年半了 现在还领着 双胞胎出生以后才批的", [f("hardship_now", True), chb(1, False), chb(2, False)],
  known=K(city="jinan", kids=["2023-11", "2023-11"]))
m("question birth_order", "如果今年下半年生老二 能赶上济南的政策吗", [due(2, year(), "q")], known=K(city="jinan", kids=["2022-02"]))
m("chitchat multiples", "俺家双胞胎刚学会叫奶奶 一个叫了另一个也跟着叫 心都化了", [])

T("2026-09-16")  # Wednesday
m("relative_date multiples birth_order", "上周三 二胎生了 是对双胞胎 家里一共仨娃了", [n(3), bd(2, lastweek(2)), bd(3, lastweek(2))])
m("answer multiples age", "俩 双胞胎 四岁半", [n(2), bd(1, yo(4)), bd(2, yo(4))], asked="children", known=K(city="beijing"))
m("question birth_order housing_fund", "假设明年生老三 公积金贷款额度能提高吗 我们俩都交着呢", [due(3, year(1), "q"), f("housing_fund_contributors", 2)],
  known=K(city="beijing", kids=["2019-10", "2023-04"]))
m("per_birth_hardship now_vs_birth birth_order", "生老二那年领的失业金 现在不领了 老大出生时候也没领", [chb(2, True), f("hardship_now", False), chb(1, False)])
m("height multiples", "三胞胎都一米整了 一个比一个能吃", [ht(1, 100), ht(2, 100), ht(3, 100)],
  known=K(city="jinan", kids=["2022-05", "2022-05", "2022-05"]))
m("correction", "不好意思打错了 是仨孩子不是俩", [n(3, "r")], known=K(city="beijing", kids=["2018-07", "2023-12"]))
m("pregnancy multiples birth_order", "大宝二宝都上学了 这回怀的是双胞胎 三宝四宝预产期明年一月", [due(3, year(1) + "-01"), due(4, year(1) + "-01")])
m("hukou multiples", "双胞胎户口都上在北京了 俺们本来就是北京户口", [f("city", "beijing"), f("hukou_in_city", True)])
m("answer insurance", "职工的 单位给交生育险", [f("birth_insurance", "employee_maternity")],
  asked="birth_insurance", known=K(city="jinan", kids=[{"due_date": "2027-01"}, {"due_date": "2027-01"}]))
m("duration chitchat multiples", "双胞胎月子坐了四十二天 总算熬出来了 腰都快断了", [])
m("answer per_birth_hardship multiples birth_order", "生老大时在领 生双胞胎时候不领了", [chb(1, True), chb(2, False), chb(3, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2014-08", "2020-12", "2020-12"]))
m("relative_date multiples birth_order age", "前年生的老三 老大老二是龙凤胎 九岁了", [bd(3, year(-2)), bd(1, yo(9)), bd(2, yo(9))])
m("answer height multiples birth_order", "大的一米二八 小的俩双胞胎都九十六", [ht(1, 128), ht(2, 96), ht(3, 96)],
  asked="children.height_cm", known=K(city="jinan", kids=["2019-01", "2023-02", "2023-02"]))

T("2027-01-31")  # Sunday, month end
m("multiples relative_date", "去年十二月生的双胞胎 头胎 俩小子", [n(2), bd(1, year(-1) + "-12"), bd(2, year(-1) + "-12")])
m("answer age multiples birth_order", "仨 老大刚满十岁 老二老三是龙凤胎 五岁半", [n(3), bd(1, just(10)), bd(2, yo(5)), bd(3, yo(5))],
  asked="children", known=K(city="jinan"))
m("correction pregnancy multiples numerals", "更正 预产期是3月8号 不是3月18号", [due(2, nextmonth(3, 8), "r"), due(3, nextmonth(3, 8), "r")],
  known=K(city="beijing", kids=["2021-06", {"due_date": "2027-03-18"}, {"due_date": "2027-03-18"}]))
m("answer negation_housing multiples", "打算 正看着房呢 双胞胎明年上小学 得买个近点的", [f("buying_first_home", True, "c")],
  asked="buying_first_home", known=K(city="jinan", kids=["2020-11", "2020-11"]))
m("per_birth_hardship now_vs_birth multiples", "俺闺女家是特困供养户 外孙外孙女这对龙凤胎生的时候就是 现在也是", [chb(1, True), chb(2, True), f("hardship_now", True)],
  known=K(city="jinan", kids=["2024-03", "2024-03"]))
m("height multiples", "双胞胎哥哥一米二五了 弟弟还不到一米二", [ht(1, 125), below(2, 120)], known=K(city="beijing", kids=["2019-09", "2019-09"]))
m("relative_date age birth_order", "老二是前天生的 剖的 老大刚满三岁", [bd(2, back(2)), bd(1, just(3))])
m("housing_fund question multiples", "公积金就我一个人交 能提出来给双胞胎交托育费不", [f("housing_fund_contributors", 1)],
  known=K(city="beijing", kids=["2025-07", "2025-07"]))
m("correction per_birth_hardship multiples birth_order", "刚才说的不对 生双胞胎时候没领失业金 是生老大那会儿领的", [chb(2, False, "r"), chb(3, False, "r"), chb(1, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2016-04", "hardship_at_birth": False}, {"birth_date": "2022-10", "hardship_at_birth": True}, {"birth_date": "2022-10", "hardship_at_birth": True}]))
m("age birth_order", "外孙女两岁零三个月 外孙快七岁了", [bd(1, almost(7)), bd(2, age(2, 3))])
m("chitchat multiples", "好的 知道了 谢谢啊 等双胞胎满月了再来问", [])
m("answer pregnancy", "五月份 二胎", [due(2, nextmonth(5))], asked="due_date", known=K(city="beijing", kids=["2022-08", {"due_date": None}]))

T("2027-02-03")  # Wednesday
m("relative_date multiples birth_order", "上周四生的 又是双胞胎！前头俩闺女也是一对 这下四个孩子了", [n(4), bd(3, lastweek(3)), bd(4, lastweek(3))])
m("answer pregnancy birth_order", "6月底 二胎", [due(2, nextmonth(6))], asked="due_date", known=K(city="jinan", kids=["2023-05", {"due_date": None}]))
m("multiples age birth_order", "大的俩龙凤胎十二岁了 小的是个闺女 才一岁两个月", [bd(1, yo(12)), bd(2, yo(12)), bd(3, age(1, 2)), n(3)])
m("insurance question multiples", "我老婆交的灵活就业医保 生双胞胎能领生育津贴吗", [f("birth_insurance", "flexible_employment")])
m("correction insurance multiples", "不对 我现在是居民医保 不是职工的 去年就离职了", [f("birth_insurance", "resident_medical", "r")],
  known=K(city="beijing", birth_insurance="employee_maternity", kids=[{"due_date": "2027-05"}, {"due_date": "2027-05"}]))
m("answer housing_fund", "一个都没有 俺俩都是自己干买卖的", [f("housing_fund_contributors", 0)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=["2021-02", "2021-02"]))
m("negation_housing", "北京没房 一直租着 老家倒是有套", [f("owns_home_in_city", False), f("renting", True)],
  known=K(city="beijing", kids=["2018-05", "2024-09", "2024-09"]))
m("answer short_year multiples", "俩孙子是25年4月的双胞胎 儿子就这俩娃", [n(2), bd(1, "2025-04"), bd(2, "2025-04")],
  asked="children", known=K(city="jinan"))
m("answer hukou multiples", "没有 还是老家户口 双胞胎也跟着落的老家", [f("hukou_in_city", False, "c")],
  asked="hukou_in_city", known=K(city="beijing", kids=["2026-06", "2026-06"]))

T("2025-03-31")  # Monday, month end
m("relative_date multiples birth_order age", "昨儿儿媳妇生了对双胞胎孙女 大孙子四岁了 我们家一共三个娃了", [n(3), bd(1, yo(4)), bd(2, back(1)), bd(3, back(1))])
m("pregnancy multiples", "双胎 二十八周了 预产期七月", [due(1, nextmonth(7)), due(2, nextmonth(7))])
m("answer age", "一个 刚满半岁", [n(1), bd(1, mo(6))], asked="children", known=K(city="beijing"))
m("answer per_birth_hardship birth_order", "三宝出生时家里领着特困 大宝二宝出生时都没有", [chb(3, True), chb(1, False), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2015-10", "2019-07", "2024-12"]))
m("height multiples question", "龙凤胎姐姐一米一五 弟弟一米一二 坐火车要买票吗", [ht(1, 115), ht(2, 112)],
  known=K(city="jinan", kids=["2020-04", "2020-04"]))
m("correction relative_date multiples", "说错了 双胞胎是前年生的 不是去年", [bd(1, year(-2), "r"), bd(2, year(-2), "r")],
  known=K(city="beijing", kids=["2024-05", "2024-05"]))
m("housing_fund now_vs_birth", "公积金俺俩都交 失业金早不领了", [f("housing_fund_contributors", 2), f("hardship_now", False)],
  known=K(city="jinan", kids=["2022-09", "2022-09"]))
m("answer numerals birth_order", "老大二〇一九年三月 老二二〇二三年十一月", [bd(1, "2019-03"), bd(2, "2023-11")], asked="children", known=K(city="jinan"))

T("2026-11-30")  # Monday, month end
m("relative_date multiples", "上周六凌晨闺女生了对龙凤胎 这是第一胎 母子平安", [n(2), bd(1, lastweek(5)), bd(2, lastweek(5))])
m("answer multiples pregnancy birth_order", "双胞胎 明年3月 老大老二都是闺女 这回想要个儿子", [due(3, year(1) + "-03"), due(4, year(1) + "-03")],
  asked="due_date", known=K(city="beijing", kids=["2018-02", "2021-09", {"due_date": None}]))
m("age multiples", "外孙是双胞胎 快三岁了 皮得很", [bd(1, almost(3)), bd(2, almost(3))], known=K(city="jinan", kids=["2023", "2023"]))
m("answer housing_fund", "就孩子他妈 我在工地上没有", [f("housing_fund_contributors", 1)],
  asked="housing_fund_contributors", known=K(city="beijing", kids=["2020-06", "2026-02", "2026-02"]))
m("answer per_birth_hardship multiples birth_order", "头胎那对双胞胎出生的时候吃着低保 老三出生那年已经不吃了", [chb(1, True), chb(2, True), chb(3, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2019-03", "2019-03", "2024-08"]))
m("answer negation_housing", "还没有 今年正看房呢 第一套", [f("owns_home_in_city", False, "c"), f("buying_first_home", True)],
  asked="owns_home_in_city", known=K(city="jinan", kids=["2021-12", "2021-12"]))
m("chitchat", "唉 孩子们学费愁死了 先不说这个了", [])
m("correction age birth_order", "不好意思 老大不是八岁 是刚满七岁", [bd(1, just(7), "r")], known=K(city="jinan", kids=[yo(8), "2022-03", "2022-03"]))
m("numerals multiples", "双胞胎是二零二四年六月一号生的 儿童节 巧不巧", [bd(1, "2024-06-01"), bd(2, "2024-06-01")],
  known=K(city="jinan", kids=["2024-06", "2024-06"]))

T("2025-12-31")  # Wednesday, month end
m("relative_date birth_order", "前天生的老四 总算来了个闺女", [bd(4, back(2))])
m("multiples pregnancy age birth_order", "儿媳妇双胎八个月了 大孙女两岁多", [bd(1, yo(2)), due(2, preg(8)), due(3, preg(8))])
m("answer age birth_order multiples", "老大十四 老二老三双胞胎九岁 老四三岁", [bd(1, yo(14)), bd(2, yo(9)), bd(3, yo(9)), bd(4, yo(3))],
  asked="children", known=K(city="jinan"))
m("answer per_birth_hardship", "都没有 那几年家里都还行", [f("hardship_at_birth", False, "c")],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2019-06", "2023-03"]))
m("answer height", "大孙子一米三 正好卡线 小孙女九十公分", [ht(1, 130), ht(2, 90)],
  asked="children.height_cm", known=K(city="beijing", kids=["2017-05", "2023-01"]))
m("question multiples", "双胎的话产假能多给几天吗", [])
m("correction housing_fund", "说错了 交公积金的是仨人 我爸也还上着班", [f("housing_fund_contributors", 3, "r")],
  known=K(city="beijing", housing_fund_contributors=2, kids=["2024-10", "2024-10"]))
m("duration pregnancy multiples", "怀孕四个月了 双胞胎 孕吐都吐了俩月了", [due(1, preg(4)), due(2, preg(4))])
m("question hukou multiples", "要是俺们不是北京户口 双胞胎还能领吗", [f("hukou_in_city", False, "q")], known=K(city="beijing", kids=["2025-04", "2025-04"]))
m("answer", "济南 孩子姥姥家也在这边 能帮着带双胞胎", [f("city", "jinan")], asked="city")
m("answer multiples age birth_order", "四个 大的俩是双胞胎 十岁 老三六岁 老四刚满月", [n(4), bd(1, yo(10)), bd(2, yo(10)), bd(3, yo(6)), bd(4, mo(1))],
  asked="children", known=K(city="beijing"))
m("answer insurance multiples", "啥也没交 她一直在家带双胞胎呢", [f("birth_insurance", "none")],
  asked="birth_insurance", known=K(city="jinan", kids=["2024-02", "2024-02"]))
m("answer height multiples", "没量过 估摸着都不到一米 三胞胎个子都小", [below(1, 100), below(2, 100), below(3, 100)],
  asked="children.height_cm", known=K(city="beijing", kids=["2023-08", "2023-08", "2023-08"]))
m("answer relative_date multiples birth_order", "上个月生的 双胞胎比预产期早了仨礼拜 在保温箱待了几天", [bd(2, thismonth(-1)), bd(3, thismonth(-1))],
  asked="children", known=K(city="beijing", kids=["2019-04", {"due_date": "2025-12"}, {"due_date": "2025-12"}]))
