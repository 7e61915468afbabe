# Chinese, batch 12: phone-typed wordings weighted to multiples beside older children (龙凤胎 as 老二老三,
# 三胞胎, twins' heights), per-birth hardship (生老二那会儿吃低保, 怀老大时领失业金, 特困户) vs now, who pays
# 公积金 (断缴, 单位没给交), heights (一米三五, 120公分), ages (一岁零两个月, 十个多月, 满百天), dialect
# (俺/娃/妮儿/小子), typos (二台, 户扣), pinyin, emoji, loose answers and corrections
T("2026-01-31")  # Saturday, month end
m("multiples birth_order age", "俺家老大闺女9岁了 老二老三是对龙凤胎 一岁零两个月",
  [bd(1, yo(9)), bd(2, age(1, 2)), bd(3, age(1, 2))])
m("per_birth_hardship now_vs_birth birth_order", "生老二那会儿俺家在吃低保 现在不吃了 孩子他爸找着活了",
  [chb(2, True), f("hardship_now", False)])
m("housing_fund", "公积金我俩都交 一个月扣不少😂", [f("housing_fund_contributors", 2)])
m("height birth_order", "老大是小子一米三五 老二是妮儿 120公分", [ht(1, 135), ht(2, 120)])
m("age", "娃十个多月 还不会叫妈", [bd(1, mo(10))])
m("age", "孙子今天满百天 家里摆了两桌", [bd(1, dago(100))])
m("relative_date birth_order", "老二去年十月底生的 老大前年", [bd(2, "2025-10"), bd(1, year(-2))])
m("pregnancy multiples birth_order", "b超说是双胞胎 怀了四个月 老大都上小学了", [due(2, preg(4)), due(3, preg(4))])
m("hukou", "俺们户扣在济南 市中区的", [f("city", "jinan"), f("hukou_in_city", True)])
m("insurance per_birth_hardship", "媳妇没工作 交的居民医保 生孩子那阵子领着失业金",
  [f("birth_insurance", "resident_medical"), f("hardship_at_birth", True)])
m("negation_housing", "房子没有 租的城中村 一个月八百", [f("owns_home_in_city", False), f("renting", True)])
m("question birth_order", "如果今年再生个老三 还能领不", [due(3, year(), "q")], known=K(city="jinan", kids=["2019-08", "2023-02"]))
m("question chitchat height", "一米二以下的娃坐地铁不要钱是吧")
m("answer multiples", "仨 一个老大 一对双胞胎", [n(3)], asked="children", known=K(city="beijing"))
m("answer per_birth_hardship birth_order", "老大那会儿没有 生老二的时候领着低保", [chb(1, False), chb(2, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2018-03", "2024-11"]))
m("answer housing_fund", "就我交 媳妇单位没给交", [f("housing_fund_contributors", 1)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=["2025-06"]))
m("correction height birth_order", "不对 老大一米二八 不是一米三八", [ht(1, 128, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2018-05", "height_cm": 138}, {"birth_date": "2022-09"}]))
m("correction multiples age", "搞错了 双胞胎是十个月 不是一岁十个月", [bd(1, mo(10), "r"), bd(2, mo(10), "r")],
  known=K(city="jinan", kids=["2024-03", "2024-03"]))
m("duration now_vs_birth", "失业金领了仨月了 还能领俩月", [f("hardship_now", True)])
m("chitchat", "谢谢啊 你们这个挺好用的 👍")
m("numerals birth_order", "大孙女二〇一九年十一月八号生的 小孙子二〇二二年三月", [bd(1, "2019-11-08"), bd(2, "2022-03")])
m("answer", "济南 俺们在章丘", [f("city", "jinan")], asked="city")
m("answer negation_housing", "不是 房子是俺自己的", [f("renting", False, "c"), f("owns_home_in_city", True)],
  asked="renting", known=K(city="jinan", kids=["2021-04"]))

T("2025-02-10")  # Monday
m("relative_date birth_order", "上周六老二出生了 母子平安 老大也高兴坏了", [bd(2, lastweek(5))])
m("multiples relative_date", "上礼拜四生了俩丫头 双胞胎 头一胎", [n(2), bd(1, lastweek(3)), bd(2, lastweek(3))])
m("age", "小妮儿一岁零五个月 会走了 天天往外跑", [bd(1, age(1, 5))])
m("per_birth_hardship birth_order", "怀老大时候我在领失业金 生下来那个月还在领", [chb(1, True)])
m("now_vs_birth per_birth_hardship", "现在俺家是特困户 生娃那时候还不是", [f("hardship_now", True), f("hardship_at_birth", False)])
m("answer housing_fund", "公积金断缴了 俺俩现在都没交", [f("housing_fund_contributors", 0)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=["2023-05"]))
m("housing_fund", "我交着呢 老公那单位去年给断缴了", [f("housing_fund_contributors", 1)])
m("answer height birth_order", "大闺女1米35 小儿子一米一", [ht(1, 135), ht(2, 110)],
  asked="children.height_cm", known=K(city="jinan", kids=["2015-06", "2019-10"]))
m("question housing_fund", "假如俺俩都交公积金 能多贷多少", [f("housing_fund_contributors", 2, "q")])
m("pregnancy birth_order", "怀孕六个月 二台 预产期五月中旬", [due(2, nextmonth(5))])
m("answer pregnancy", "大概是6月头上吧", [due(2, nextmonth(6))],
  asked="due_date", known=K(city="beijing", kids=["2021-06", {"due_date": None}]))
m("answer age birth_order", "俩小子 大的六岁 小的快满周岁", [n(2), bd(1, yo(6)), bd(2, almost(1))],
  asked="children", known=K(city="jinan"))
m("answer negation_housing", "打算 今年就买 现在租房住", [f("buying_first_home", True, "c"), f("renting", True)],
  asked="buying_first_home", known=K(city="beijing", kids=["2023-10"]))
m("answer hukou", "不是 户口在河北", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing"))
m("correction per_birth_hardship birth_order", "刚才说反了 生老大的时候没低保 是生老二的时候有",
  [chb(1, False, "r"), chb(2, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2019-04", "hardship_at_birth": True}, {"birth_date": "2023-08", "hardship_at_birth": False}]))
m("answer insurance", "俺自己交的灵活就业医保", [f("birth_insurance", "flexible_employment")],
  asked="birth_insurance", known=K(city="beijing", kids=["2024-11"]))
m("negation_housing hukou", "北京户口 但是在北京没房 住丈母娘家", [f("city", "beijing"), f("hukou_in_city", True), f("owns_home_in_city", False)])
m("age", "wo men zai jinan, hai zi 2 sui le", [f("city", "jinan"), bd(1, yo(2))])
m("relative_date birth_order", "🎉🎉二宝今天出生啦 7斤6两", [bd(2, today())])
m("question chitchat", "生育津贴是按啥算的 一个月多少钱啊")
m("duration housing_fund", "公积金交了快十年 老婆一天没交过", [f("housing_fund_contributors", 1)])
m("answer insurance", "啥也没交 俺是家庭主妇", [f("birth_insurance", "none")],
  asked="birth_insurance", known=K(city="jinan", kids=["2024-12"]))
m("answer height multiples", "俩人一样高 都一米零五", [ht(1, 105), ht(2, 105)],
  asked="children.height_cm", known=K(city="jinan", kids=["2021-07", "2021-07"]))

T("2027-02-28")  # Sunday, month end
m("multiples age birth_order", "三胞胎外孙今天正好满月 上头还有个外孙女六岁 四个娃 俺闺女太难了",
  [n(4), bd(1, yo(6)), bd(2, mo(1)), bd(3, mo(1)), bd(4, mo(1))])
m("multiples per_birth_hardship birth_order", "生双胞胎那会儿家里吃低保 老大出生时没有",
  [chb(2, True), chb(3, True), chb(1, False)], known=K(city="jinan", kids=["2017-05", "2022-03", "2022-03"]))
m("age birth_order", "二宝一岁零十一个月 大宝五岁", [bd(2, age(1, 11)), bd(1, yo(5))])
m("relative_date", "娃是去年12月31号生的 差一天就成今年的了", [bd(1, "2026-12-31")])
m("answer height", "孩子刚量了 一米一三 穿着鞋量的", [ht(1, 113)],
  asked="children.height_cm", known=K(city="jinan", kids=["2021-02"]))
m("housing_fund", "公积金俺和孩儿他爹都没有 单位不给交", [f("housing_fund_contributors", 0)])
m("answer housing_fund", "单位给我交着公积金 老婆那边没有", [f("housing_fund_contributors", 1)],
  asked="housing_fund_contributors", known=K(city="beijing", kids=["2026-09"]))
m("per_birth_hardship now_vs_birth", "俺家是特困供养户 生三个娃的时候都是", [n(3), f("hardship_now", True), f("hardship_at_birth", True)])
m("pregnancy relative_date", "预产期下个月底 头胎 紧张", [due(1, thismonth(1))])
m("question per_birth_hardship", "假如孩子出生时俺们是低保户 补贴能多点吗", [f("hardship_at_birth", True, "q")],
  known=K(city="jinan", kids=["2026-08"]))
m("question multiples", "要是明年生对双胞胎 是不是能领两份", [due(2, year(1), "q"), due(3, year(1), "q")],
  known=K(city="beijing", kids=["2023-01"]))
m("answer height birth_order", "大的一米三了 小的一米零二 昨天刚量", [ht(1, 130), ht(2, 102)],
  asked="children.height_cm", known=K(city="jinan", kids=["2019-03", "2022-06"]))
m("answer negation_housing", "没有没有 不租", [f("renting", False, "c")], asked="renting", known=K(city="beijing"))
m("answer negation_housing", "有 在通州 还背着贷款呢", [f("owns_home_in_city", True, "c")],
  asked="owns_home_in_city", known=K(city="beijing", kids=["2025-05"]))
m("answer insurance", "她单位交的生育保险", [f("birth_insurance", "employee_maternity")],
  asked="birth_insurance", known=K(city="jinan", kids=[{"due_date": "2027-06"}]))
m("answer hukou", "嗯 娃跟着我上的济南户口", [f("hukou_in_city", True, "c")],
  asked="hukou_in_city", known=K(city="jinan", kids=["2026-10"]))
m("correction", "刚才打错了 是北京 不是济南 手滑", [f("city", "beijing", "r")], known=K(city="jinan"))
m("correction short_year birth_order", "更正 老大是16年的 不是15年", [bd(1, "2016", "r")],
  known=K(city="jinan", kids=["2015", "2020"]))
m("numerals", "小孙子二〇二六年十二月二十五号出生的", [bd(1, "2026-12-25")])
m("short_year birth_order", "大宝一八年 二宝二一年 三宝今年一月", [bd(1, "2018"), bd(2, "2021"), bd(3, "2027-01")])
m("now_vs_birth per_birth_hardship", "失业金早就不领了 生孩子那会儿倒是在领", [f("hardship_now", False), f("hardship_at_birth", True)])

T("2026-06-30")  # Tuesday, month end
m("relative_date birth_order", "上周三剖的 老三 六斤八两", [bd(3, lastweek(2))])
m("multiples relative_date birth_order", "俺们家龙凤胎上个月月底出生的 上头哥哥姐姐都有 家里四个孩子了",
  [n(4), bd(3, thismonth(-1)), bd(4, thismonth(-1))])
m("answer multiples age birth_order", "三个 老大十一岁 俩小的双胞胎 快四岁了",
  [n(3), bd(1, yo(11)), bd(2, almost(4)), bd(3, almost(4))], asked="children", known=K(city="jinan"))
m("height multiples", "双胞胎哥哥一米零六 弟弟一米零三", [ht(1, 106), ht(2, 103)],
  known=K(city="beijing", kids=["2022-04", "2022-04"]))
m("age", "小子两岁零一个月 皮得很", [bd(1, age(2, 1))])
m("age", "娃刚满周岁 今天办的抓周", [bd(1, just(1))])
m("answer per_birth_hardship birth_order", "老三出生那阵 我失业在家 领的失业金 老大老二那会儿都没领",
  [chb(3, True), chb(1, False), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2016-04", "2019-12", "2025-10"]))
m("answer housing_fund", "都交 两口子", [f("housing_fund_contributors", 2)],
  asked="housing_fund_contributors", known=K(city="beijing", kids=["2024-02"]))
m("housing_fund", "公积金这块 就俺媳妇一个人有 我打零工的", [f("housing_fund_contributors", 1)])
m("negation_housing", "还没买房呢 正看首套", [f("owns_home_in_city", False), f("buying_first_home", True)])
m("answer hukou", "户口还在老家聊城 人在济南上班", [f("hukou_in_city", False)],
  asked="hukou_in_city", known=K(city="jinan"))
m("pregnancy", "怀孕三个月了 头一胎 北京这边", [due(1, preg(3)), f("city", "beijing")])
m("question hukou", "如果俺们把户扣迁到济南 是不是就能领了", [f("hukou_in_city", True, "q")],
  known=K(city="jinan", hukou_in_city=False))
m("correction relative_date", "是六月二号生的 刚才写成六月二十号了 不对", [bd(1, "2026-06-02", "r")],
  known=K(city="jinan", kids=["2026-06-20"]))
m("correction housing_fund", "说错了 公积金老公也交 两个人", [f("housing_fund_contributors", 2, "r")],
  known=K(city="beijing", housing_fund_contributors=1))
m("chitchat", "🙏🙏谢谢 明白了")
m("duration age", "产假还剩俩月 孩子刚满月", [bd(1, mo(1))])
m("numerals", "二〇二五年十二月三十一号 跨年那天生的", [bd(1, "2025-12-31")])
m("short_year birth_order", "大的是一九年的 小的二三年八月", [bd(1, "2019"), bd(2, "2023-08")])
m("now_vs_birth per_birth_hardship birth_order", "现在吃着低保 老二出生的时候也在吃", [f("hardship_now", True), chb(2, True)])
m("answer per_birth_hardship", "有 那时候俺家是特困户", [f("hardship_at_birth", True, "c")],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2026-05"]))
m("answer pregnancy", "算着是九月二十几号", [due(2, nextmonth(9))],
  asked="due_date", known=K(city="beijing", kids=["2022-02", {"due_date": None}]))

T("2025-09-18")  # Thursday
m("relative_date birth_order", "老二上礼拜五出生的 七斤 顺产", [bd(2, lastweek(4))])
m("multiples pregnancy age birth_order", "这胎是龙凤胎 怀了七个月 上面有个闺女三岁半",
  [bd(1, yo(3)), due(2, preg(7)), due(3, preg(7))])
m("multiples relative_date birth_order", "三胞胎是老二老三老四 今年三月生的 大的上初中了",
  [bd(2, "2025-03"), bd(3, "2025-03"), bd(4, "2025-03")])
m("age", "娃今天满四十天", [bd(1, dago(40))])
m("age birth_order", "大外孙四岁半 二外孙两岁零八个月", [bd(1, yo(4)), bd(2, age(2, 8))])
m("question height birth_order", "1米35的孩子还能半价不？我家大宝就这么高", [ht(1, 135)])
m("answer housing_fund", "公积金？俺们这种打工的哪有 都没", [f("housing_fund_contributors", 0)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=["2020-10", "2024-01"]))
m("duration housing_fund", "老公公积金交了三年又断了 现在就我交", [f("housing_fund_contributors", 1)])
m("per_birth_hardship birth_order", "大儿子出生那年领失业金 二闺女出生时候正常上班", [chb(1, True), chb(2, False)])
m("answer now_vs_birth per_birth_hardship", "没有 生完娃才办的低保 现在还在领",
  [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2025-07"]))
m("answer insurance", "居民医保 孩子他爸给交的", [f("birth_insurance", "resident_medical")],
  asked="birth_insurance", known=K(city="beijing", kids=[{"due_date": "2026-01"}]))
m("answer negation_housing", "没有 还在租房", [f("owns_home_in_city", False, "c"), f("renting", True)],
  asked="owns_home_in_city", known=K(city="jinan", kids=["2023-06"]))
m("question per_birth_hardship birth_order", "要是老二出生的时候我在领失业金 有啥不一样吗", [chb(2, True, "q")],
  known=K(city="jinan", kids=["2022-01", {"due_date": "2025-12"}]))
m("question chitchat", "低保户生孩子有额外补助吗")
m("correction age", "孙子是一岁半 不是两岁半 老了眼花打错了", [bd(1, yo(1), "r")], known=K(city="jinan", kids=["2023-03"]))
m("correction hukou", "不好意思 户口其实不在北京 还在老家", [f("hukou_in_city", False, "r")],
  known=K(city="beijing", hukou_in_city=True))
m("answer pregnancy", "预产期10月8号 国庆刚过就生", [due(1, nextmonth(10, 8))],
  asked="due_date", known=K(city="beijing", kids=[{"due_date": None}]))
m("answer multiples age birth_order", "四个 大的两个是双胞胎 九岁 还有个六岁的 最小的刚满月",
  [n(4), bd(1, yo(9)), bd(2, yo(9)), bd(3, yo(6)), bd(4, mo(1))], asked="children", known=K(city="beijing"))
m("answer numerals birth_order", "老大生日是二零一七年七月七日 老二还在肚子里", [bd(1, "2017-07-07"), due(2, None)],
  asked="children", known=K(city="jinan"))
m("answer short_year birth_order", "老二21.10.3生的 老大17年", [bd(2, "2021-10-03"), bd(1, "2017")],
  asked="children", known=K(city="beijing"))
m("duration now_vs_birth", "失业金领到下个月底就没了", [f("hardship_now", True)])
m("answer height", "120公分整 上礼拜体检量的", [ht(1, 120)],
  asked="children.height_cm", known=K(city="beijing", kids=["2019-05"]))

T("2027-01-05")  # Tuesday
m("relative_date", "闺女上周五出生的 元旦那天 双喜临门", [bd(1, lastweek(4))])
m("multiples relative_date birth_order", "去年十二月又添了对双胞胎 上头俩大的 现在四个", [n(4), bd(3, "2026-12"), bd(4, "2026-12")])
m("answer age birth_order", "二宝一岁多点 大宝七岁", [bd(2, yo(1)), bd(1, yo(7))], asked="children", known=K(city="beijing"))
m("height multiples birth_order", "仨娃 老大一米四二 双胞胎都是一米一", [n(3), ht(1, 142), ht(2, 110), ht(3, 110)])
m("multiples per_birth_hardship now_vs_birth", "生龙凤胎时候在吃低保 现在也吃着",
  [chb(2, True), chb(3, True), f("hardship_now", True)], known=K(city="jinan", kids=["2020-05", "2024-02", "2024-02"]))
m("housing_fund", "俺们单位都没给交公积金 两口子都没有", [f("housing_fund_contributors", 0)])
m("correction housing_fund", "刚才说错 公积金我媳妇断缴了 现在就我", [f("housing_fund_contributors", 1, "r")],
  known=K(city="beijing", housing_fund_contributors=2))
m("negation_housing", "北京没房 也不租 住我爸妈那儿", [f("city", "beijing"), f("owns_home_in_city", False), f("renting", False)])
m("question negation_housing", "要是俺们今年买第一套房 能给补多少", [f("buying_first_home", True, "q")])
m("pregnancy birth_order", "又怀上了 这是第三台 还没建档 不知道预产期", [due(3, None)],
  known=K(city="jinan", kids=["2018-09", "2022-12"]))
m("answer pregnancy", "医生说大概七月中", [due(1, nextmonth(7))], asked="due_date", known=K(city="beijing", kids=[{"due_date": None}]))
m("answer age", "就一个妮儿 刚满三岁", [n(1), bd(1, just(3))], asked="children", known=K(city="beijing"))
m("answer height birth_order", "老大量的一米二九 小的不知道", [ht(1, 129)],
  asked="children.height_cm", known=K(city="jinan", kids=["2019-11", "2023-02"]))
m("correction relative_date birth_order", "不对 老二是十一月生的 不是十月", [bd(2, pastmonth(11), "r")],
  known=K(city="jinan", kids=["2020-03", "2026-10"]))
m("answer insurance", "俺在饭店干 老板没给交社保 就自己交了个居民医保", [f("birth_insurance", "resident_medical")],
  asked="birth_insurance", known=K(city="jinan", kids=[{"due_date": "2027-04"}]))
m("hukou", "hukou在济南 孩子也是", [f("city", "jinan"), f("hukou_in_city", True)])
m("chitchat", "新年快乐🧧 上次问的事还没弄明白")
m("numerals relative_date", "二〇二七年一月二号 前天刚出院", [bd(1, "2027-01-02")])
m("duration age", "孩子出生二十二天 产假九十八天够吗", [bd(1, dago(22))])
m("answer negation_housing", "不打算 买不起", [f("buying_first_home", False, "c")],
  asked="buying_first_home", known=K(city="beijing", kids=["2025-04"]))

T("2025-12-31")  # Wednesday, month end
m("relative_date birth_order", "上周二 平安夜前一天生的老二", [bd(2, lastweek(1))])
m("multiples pregnancy", "怀了三胞胎 五个月 头胎 吓死了😱", [due(1, preg(5)), due(2, preg(5)), due(3, preg(5))])
m("multiples age birth_order", "仨孩子 一对双胞胎儿子一岁零七个月 还有个大闺女九岁",
  [n(3), bd(2, age(1, 7)), bd(3, age(1, 7)), bd(1, yo(9))])
m("answer height birth_order", "大孙女一米二整 小孙子一米零八", [ht(1, 120), ht(2, 108)],
  asked="children.height_cm", known=K(city="jinan", kids=["2018-06", "2020-09"]))
m("answer housing_fund", "俺和孩他娘", [f("housing_fund_contributors", 2)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=["2024-04"]))
m("answer housing_fund", "就她 我的断了", [f("housing_fund_contributors", 1)],
  asked="housing_fund_contributors", known=K(city="beijing", kids=["2023-09"]))
m("answer per_birth_hardship birth_order", "老三那会儿在领低保 前俩没有", [chb(3, True), chb(1, False), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2017-02", "2021-09", "2025-11"]))
m("negation_housing", "没房 租了个一居 打算明年在济南买首套",
  [f("owns_home_in_city", False), f("renting", True), f("buying_first_home", True), f("city", "jinan")])
m("question hukou", "如果俺们是北京户口 能多领多少", [f("hukou_in_city", True, "q")], known=K(city="beijing", hukou_in_city=False))
m("correction height birth_order", "更正：二宝身高是一米一五", [ht(2, 115, "r")],
  known=K(city="beijing", kids=["2018-01", {"birth_date": "2021-04", "height_cm": 105}]))
m("correction insurance", "刚才选错了 媳妇交的是职工医保 带生育的那个", [f("birth_insurance", "employee_maternity", "r")],
  known=K(city="jinan", birth_insurance="resident_medical"))
m("insurance", "怀孕的时候她单位给上着生育保险呢", [f("birth_insurance", "employee_maternity")])
m("pregnancy relative_date", "预产期明年3月 是二胎", [due(2, "2026-03")])
m("answer", "北京 顺义", [f("city", "beijing")], asked="city")
m("age hukou", "孩子满百天了 济南户口已经上了", [bd(1, dago(100)), f("city", "jinan"), f("hukou_in_city", True)])
m("numerals relative_date birth_order", "老三是２０２５年１２月３０号 昨天生的", [bd(3, "2025-12-30")])
m("multiples short_year", "头胎双胞胎 二四年八月的", [n(2), bd(1, "2024-08"), bd(2, "2024-08")])
m("answer negation_housing", "嗯呐 一直租着呢 房东还要涨价", [f("renting", True, "c")], asked="renting", known=K(city="beijing"))
m("answer negation_housing", "没有 住公婆那", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city", known=K(city="jinan"))
