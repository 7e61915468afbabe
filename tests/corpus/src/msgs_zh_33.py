# Chinese, batch 33: ages in colloquial forms (两岁零三个月, 一岁半, 快三岁, 刚满周岁, 出生N天; 上幼儿园中班 / 上初中 are
# not dates), birth orders and kinship words (外孙/孙女/大宝二宝/闺女儿子/大的小的), answers to the children question,
# corrections naming one fact, chitchat and questions that state nothing
T("2025-01-09")  # Thursday
m("age birth_order", "俺家外孙两岁零三个月 外孙女刚满周岁 闺女一家在济南住",
  [bd(1, age(2, 3)), bd(2, just(1)), f("city", "jinan")])
m("age birth_order pregnancy", "大宝一岁半 二宝还在肚子里 六个月了", [bd(1, yo(1)), due(2, preg(6))], known=K(city="beijing"))
m("answer age", "就一个 小子 十个多月", [n(1), bd(1, mo(10))], asked="children", known=K(city="beijing"))
m("correction age birth_order", "不对不对 老二不是两岁 是快两岁", [bd(2, almost(2), "r")], known=K(city="jinan", kids=[yo(6), yo(2)]))
m("relative_date birth_order", "上周三俺儿媳妇生了 是个孙女 家里这是二胎", [bd(2, lastweek(2))])
m("chitchat", "恁这个机器人还挺快的 比社区那个窗口强多了", [])
m("question", "二孩补贴是一次性给还是按月给啊", [])
m("answer birth_order", "俩闺女 大的上小学三年级 小的上幼儿园中班", [n(2)], asked="children", known=K(city="jinan"))
m("age birth_order", "小的刚满月 大的三岁零两个月 俩娃把我折腾够呛", [bd(1, age(3, 2)), bd(2, mo(1)), n(2)], known=K(city="jinan"))
m("correction", "更正一下 我们是北京 不是济南", [f("city", "beijing", "r")], known=K(city="jinan", kids=[yo(4)]))

T("2025-03-18")  # Tuesday
m("age birth_order hukou", "孙子快三岁了 孙女一岁零七个月 儿子儿媳都在北京上班 户口也是北京的",
  [bd(1, almost(3)), bd(2, age(1, 7)), f("city", "beijing"), f("hukou_in_city", True)])
m("answer age birth_order", "三个 大的九岁 中间那个五岁半 小的两岁两个月", [n(3), bd(1, yo(9)), bd(2, yo(5)), bd(3, age(2, 2))],
  asked="children", known=K(city="jinan"))
m("correction short_year birth_order", "刚才打错字了 老大是一七年的 不是一六年", [bd(1, "2017", "r")], known=K(city="jinan", kids=["2016", "2021-08"]))
m("age pregnancy", "闺女怀了二胎 四个月 外孙今年六岁", [bd(1, yo(6)), due(2, preg(4))], known=K(city="beijing"))
m("answer pregnancy", "医生说七月中旬", [due(2, nextmonth(7))], asked="due_date", known=K(city="beijing", kids=[yo(3), {"due_date": None}]))
m("age birth_order", "俺家大小子十二了 二小子七岁 三妮儿才八个月 三个孩子", [bd(1, yo(12)), bd(2, yo(7)), bd(3, mo(8)), n(3)], known=K(city="jinan"))
m("question birth_order", "要是今年再生个老三 能拿多少钱", [due(3, year(), "q")], known=K(city="jinan", kids=[yo(6), yo(2)]))
m("chitchat", "好的谢谢啊 我先去接孩子放学了 回头再问", [])
m("correction height birth_order", "搞错了 小的身高是九十八 不是八十九", [ht(2, 98, "r")],
  known=K(city="beijing", kids=[yo(5), {"birth_date": yo(2), "height_cm": 89}]))

T("2025-04-02")  # Wednesday
m("age birth_order negation_housing", "儿子两岁零十个月 闺女刚四十天 俺们在济南租房子住",
  [bd(1, age(2, 10)), bd(2, dago(40)), f("city", "jinan"), f("renting", True)])
m("answer age", "一个 小丫头 刚满两周岁", [n(1), bd(1, just(2))], asked="children", known=K(city="beijing", hukou_in_city=False))
m("relative_date age birth_order", "上周一 二宝出生 大宝四岁半 现在两个了", [bd(2, lastweek(0)), bd(1, yo(4)), n(2)], known=K(city="jinan"))
m("correction age birth_order", "哦 说错了 大宝不是四岁半 是五岁半", [bd(1, yo(5), "r")], known=K(city="jinan", kids=[yo(4), lastweek(0)]))
m("question", "生育津贴是打到单位还是打到个人卡上", [])
m("age pregnancy birth_order", "我是奶奶 孙女一岁零一个月 孙子还没出生 儿媳妇怀孕八个月了", [bd(1, age(1, 1)), due(2, preg(8))])
m("answer height", "一米二八 上礼拜体检量的", [ht(1, 128)], asked="children.height_cm", known=K(city="jinan", kids=[yo(7)]))
m("answer insurance", "职工生育险 单位给交", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="beijing", kids=[{"due_date": nextmonth(8)}]))

T("2025-07-15")  # Tuesday
m("age birth_order", "大的快六岁了 小的一岁零九个月 都是儿子 真闹腾", [bd(1, almost(6)), bd(2, age(1, 9))], known=K(city="jinan"))
m("answer multiples age", "俩 双胞胎 都八个月大", [n(2), bd(1, mo(8)), bd(2, mo(8))], asked="children", known=K(city="jinan"))
m("correction multiples age", "更正 双胞胎是九个月不是八个月", [bd(1, mo(9), "r"), bd(2, mo(9), "r")], known=K(city="jinan", kids=[mo(8), mo(8)]))
m("age birth_order", "外孙女三岁半 上幼儿园小班 外孙生下来五天了", [bd(1, yo(3)), bd(2, dago(5))], known=K(city="beijing"))
m("housing_fund age", "济南的 孩子他爸交公积金 我没交 闺女一岁半", [f("city", "jinan"), f("housing_fund_contributors", 1), bd(1, yo(1))])
m("question birth_order", "如果老二是下个月生 还能赶上今年的补贴不", [due(2, thismonth(1), "q")], known=K(city="jinan", kids=[yo(3), {"due_date": None}]))
m("chitchat", "哈哈 孩子在旁边抢手机 打错了好几个字 别介意", [])
m("age birth_order", "俺二闺女两岁半了 大闺女上初一 老三刚满百天", [bd(2, yo(2)), bd(3, dago(100))], known=K(city="jinan"))

T("2025-08-21")  # Thursday
m("answer multiples age birth_order", "仨 大宝十岁 二宝三宝是龙凤胎 两岁零四个月", [n(3), bd(1, yo(10)), bd(2, age(2, 4)), bd(3, age(2, 4))],
  asked="children", known=K(city="beijing"))
m("correction age birth_order", "不对 老大不是十岁 是十一岁", [bd(1, yo(11), "r")], known=K(city="beijing", kids=[yo(10), age(2, 4), age(2, 4)]))
m("relative_date age birth_order", "上周二孙女出生了 她哥哥刚满三周岁", [bd(2, lastweek(1)), bd(1, just(3))], known=K(city="jinan"))
m("age", "俺家闺女一岁十一个月 眼看就两岁了 想问问托育补贴", [bd(1, age(1, 11))], known=K(city="jinan"))
m("question", "三岁以下的孩子每个月都有补贴吗", [])
m("pregnancy age birth_order", "怀的三胎 五个月了 前面俩一个八岁一个四岁", [due(3, preg(5)), bd(1, yo(8)), bd(2, yo(4)), n(2)], known=K(city="beijing"))
m("answer hukou", "不是 户口还在老家菏泽", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(1)]))
m("correction housing_fund", "更正一下 交公积金的是仨人 我把小叔子漏了", [f("housing_fund_contributors", 3, "r")],
  known=K(city="jinan", housing_fund_contributors=2, kids=[yo(2)]))

T("2025-10-08")  # Wednesday
m("age pregnancy birth_order", "孙子今年五岁 孙女快一岁了 小孙子还在他妈肚子里 七个月", [bd(1, yo(5)), bd(2, almost(1)), due(3, preg(7))], known=K(city="jinan"))
m("answer pregnancy", "一个都还没有呢 刚怀上", [n(0), due(1, None)], asked="children", known=K(city="jinan"))
m("age relative_date birth_order", "大宝两岁三个月 二宝今天刚生 剖的", [bd(1, age(2, 3)), bd(2, today())], known=K(city="beijing"))
m("correction relative_date birth_order", "不是今天 是昨天生的 写错了", [bd(2, back(1), "r")], known=K(city="beijing", kids=[age(2, 3), today()]))
m("chitchat", "国庆长假刚过完 累死了", [])
m("age birth_order", "小的才十个月 大的七岁 中间那个三岁半", [bd(1, yo(7)), bd(2, yo(3)), bd(3, mo(10))], known=K(city="jinan"))
m("answer negation_housing", "嗯 租的 一个月两千八", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[yo(4)]))

T("2025-12-30")  # Tuesday
m("age birth_order", "外孙一岁半 外孙女两岁零八个月 都归我带", [bd(1, age(2, 8)), bd(2, yo(1))], known=K(city="jinan"))
m("answer age birth_order", "两个娃 大的七岁 小的快三岁", [n(2), bd(1, yo(7)), bd(2, almost(3))], asked="children", known=K(city="jinan", hukou_in_city=True))
m("correction age birth_order", "不好意思 上面说错了 小的是三岁半 不是快三岁", [bd(2, yo(3), "r")], known=K(city="jinan", hukou_in_city=True, kids=[yo(7), almost(3)]))
m("relative_date age birth_order", "上周一俺家添了个小孙子 是二胎 他姐姐四岁", [bd(2, lastweek(0)), bd(1, yo(4))], known=K(city="beijing"))
m("question", "今年年底前生的还算今年的政策吗", [])
m("answer pregnancy birth_order", "一月份生 头胎", [due(1, nextmonth(1))], asked="due_date", known=K(city="beijing", kids=[{"due_date": None}]))
m("correction height birth_order", "说错了 老二一米零二 不是一米二", [ht(2, 102, "r")],
  known=K(city="jinan", kids=[yo(6), {"birth_date": yo(3), "height_cm": 120}]))

T("2026-01-05")  # Monday
m("age birth_order hukou", "闺女刚满周岁 儿子三岁零一个月 俺们北京户口 在北京住",
  [bd(1, age(3, 1)), bd(2, just(1)), f("city", "beijing"), f("hukou_in_city", True)])
m("answer age", "就这一个宝贝疙瘩 九个月大", [n(1), bd(1, mo(9))], asked="children", known=K(city="jinan"))
m("relative_date age birth_order", "去年十二月二宝出生 大宝五岁半", [bd(2, "2025-12"), bd(1, yo(5))], known=K(city="jinan"))
m("correction relative_date birth_order", "不对 二宝是今年一月一号生的 不是去年", [bd(2, "2026-01-01", "r")], known=K(city="jinan", kids=[yo(5), "2025-12"]))
m("chitchat", "新年好啊 祝你们新年快乐", [])
m("question", "北京现在对三孩家庭有啥政策没", [])
m("relative_date birth_order", "上周四外孙女出生 闺女说这是头胎", [bd(1, lastweek(3))], known=K(city="beijing"))
m("answer per_birth_hardship birth_order", "大的那会儿没领 小的生的时候在领低保", [chb(1, False), chb(2, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=[yo(4), mo(3)]))

T("2026-03-11")  # Wednesday
m("age pregnancy birth_order", "孙女两岁零五个月 孙子一岁零两个月 儿媳妇又怀上了 怀孕三个月了",
  [bd(1, age(2, 5)), bd(2, age(1, 2)), due(3, preg(3))], known=K(city="jinan"))
m("answer age birth_order", "有俩 闺女一岁半 儿子八岁", [n(2), bd(1, yo(8)), bd(2, yo(1))], asked="children", known=K(city="beijing"))
m("correction age birth_order", "更正 小的是两岁半 刚才手滑了", [bd(2, yo(2), "r")], known=K(city="beijing", kids=[yo(8), yo(1)]))
m("relative_date age birth_order", "二宝昨天出院 前天剖腹产生的 大宝刚满七岁", [bd(2, back(2)), bd(1, just(7))], known=K(city="jinan"))
m("question", "生育津贴能领几个月啊", [])
m("age birth_order", "恁好 俺在济南 俺家大妮儿九岁 二妮儿六岁 小子一岁零三个月",
  [f("city", "jinan"), bd(1, yo(9)), bd(2, yo(6)), bd(3, age(1, 3))])
m("answer negation_housing", "打算 今年想在历城买", [f("buying_first_home", True, "c")], asked="buying_first_home", known=K(city="jinan", kids=[yo(2)]))

T("2026-04-23")  # Thursday
m("relative_date age birth_order", "上周五闺女生了 大外孙都十岁了 这是老二", [bd(2, lastweek(4)), bd(1, yo(10))], known=K(city="jinan"))
m("answer multiples age birth_order", "三个 老大老二是双胞胎 五岁 老三刚满月", [n(3), bd(1, yo(5)), bd(2, yo(5)), bd(3, mo(1))],
  asked="children", known=K(city="jinan"))
m("correction age birth_order", "说错了 老三是两个月 不是刚满月", [bd(3, mo(2), "r")], known=K(city="jinan", kids=[yo(5), yo(5), mo(1)]))
m("chitchat", "这个天儿一会儿冷一会儿热的 娃又感冒了", [])
m("age birth_order", "大的两岁半 小的刚满月 俩都是剖的", [bd(1, yo(2)), bd(2, mo(1)), n(2)], known=K(city="beijing"))
m("height birth_order", "老大一米一八 老二还不到一米", [ht(1, 118), below(2, 100)], known=K(city="beijing", kids=[yo(6), yo(3)]))
m("height question", "俺家外孙还不到一米二 坐火车得买票不", [below(1, 120)], known=K(city="jinan"))

T("2026-06-02")  # Tuesday
m("age pregnancy", "孙子三岁零六个月 儿媳妇怀二胎 预产期十月", [bd(1, age(3, 6)), due(2, nextmonth(10))], known=K(city="jinan"))
m("answer age birth_order", "两个 一个上初中 一个刚满一周岁", [n(2), bd(2, just(1))], asked="children", known=K(city="beijing", hukou_in_city=True))
m("correction age birth_order", "不对不对 小的不是一周岁 是一岁半", [bd(2, yo(1), "r")], known=K(city="beijing", hukou_in_city=True, kids=[yo(12), just(1)]))
m("age birth_order", "外婆来问的 外孙女生下来才二十一天 外孙两岁多", [bd(1, yo(2)), bd(2, dago(21))], known=K(city="beijing"))
m("chitchat", "嗯嗯 明白了 谢谢", [])
m("answer negation_housing", "没有 住我爸妈家", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city", known=K(city="jinan", kids=[yo(1)]))
m("question multiples", "如果明年生个三胞胎 补贴是给三份吗", [due(1, year(1), "q"), due(2, year(1), "q"), due(3, year(1), "q")], known=K(city="jinan"))

T("2026-07-20")  # Monday
m("age birth_order", "大孙子十四 二孙子十岁 小孙女才一岁零四个月 仨孩子都是我看大的",
  [bd(1, yo(14)), bd(2, yo(10)), bd(3, age(1, 4)), n(3)], known=K(city="jinan"))
m("answer age relative_date birth_order", "俩 大宝三岁半 二宝上周三出生", [n(2), bd(1, yo(3)), bd(2, lastweek(2))], asked="children", known=K(city="beijing"))
m("correction relative_date birth_order", "刚才说错了 二宝是上周二生的", [bd(2, lastweek(1), "r")], known=K(city="beijing", kids=[yo(3), lastweek(2)]))
m("age birth_order hukou", "小闺女刚满月 大闺女快四岁 俺们都是济南户口 在济南",
  [bd(1, almost(4)), bd(2, mo(1)), f("city", "jinan"), f("hukou_in_city", True)])
m("question", "托育补贴每年多少钱", [])
m("answer housing_fund", "就孩子他爸一个", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors", known=K(city="beijing", kids=[yo(2)]))

T("2026-09-09")  # Wednesday
m("age birth_order", "俺是爷爷 俩孙子 大的两岁零一个月 小的才五十天", [n(2), bd(1, age(2, 1)), bd(2, dago(50))], known=K(city="jinan"))
m("answer age pregnancy", "目前一个 闺女 四岁了 还怀着一个 五个月", [n(1), bd(1, yo(4)), due(2, preg(5))], asked="children", known=K(city="jinan"))
m("correction pregnancy", "说错了 是怀孕六个月 不是五个月", [due(2, preg(6), "r")], known=K(city="jinan", kids=[yo(4), {"due_date": preg(5)}]))
m("birth_order", "开学了 俩娃一个上一年级一个上中班 送完累瘫", [n(2)], known=K(city="beijing"))
m("age birth_order", "老二两岁零两个月了 老大十一岁", [bd(2, age(2, 2)), bd(1, yo(11))], known=K(city="jinan"))
m("question birth_order", "老三要是十二月生 能领吗", [due(3, nextmonth(12), "q")], known=K(city="jinan", kids=[yo(6), yo(3)]))

T("2026-10-27")  # Tuesday
m("age birth_order", "我是孩子奶奶 大孙女五岁半 二孙女刚满两岁 小孙子八个月", [bd(1, yo(5)), bd(2, just(2)), bd(3, mo(8))], known=K(city="beijing"))
m("answer age birth_order", "四个 最大的十二 最小的十个月 中间俩七岁和四岁", [n(4), bd(1, yo(12)), bd(2, yo(7)), bd(3, yo(4)), bd(4, mo(10))],
  asked="children", known=K(city="beijing"))
m("correction age birth_order", "更正 老三是五岁不是四岁", [bd(3, yo(5), "r")], known=K(city="beijing", kids=[yo(12), yo(7), yo(4), mo(10)]))
m("relative_date age birth_order", "上周一生的老二 老大一岁零十个月 俩孩子差不到两岁", [bd(2, lastweek(0)), bd(1, age(1, 10)), n(2)], known=K(city="jinan"))
m("answer pregnancy", "明年3月初", [due(2, "2027-03")], asked="due_date", known=K(city="jinan", kids=[yo(1), {"due_date": None}]))
m("chitchat", "我先问问孩子他爸 一会再来", [])
m("age pregnancy birth_order", "大宝刚满三周岁 二宝一岁零一个月 三宝在肚子里 七个月", [bd(1, just(3)), bd(2, age(1, 1)), due(3, preg(7))], known=K(city="beijing"))

T("2026-11-26")  # Thursday
m("age birth_order negation_housing", "外孙女一岁半 外孙快五岁 闺女女婿在北京租房",
  [bd(1, almost(5)), bd(2, yo(1)), f("city", "beijing"), f("renting", True)])
m("answer age birth_order", "两个儿子 十岁和九个月", [n(2), bd(1, yo(10)), bd(2, mo(9))], asked="children", known=K(city="jinan"))
m("correction age birth_order", "哦不对 小的是十一个月", [bd(2, mo(11), "r")], known=K(city="jinan", kids=[yo(10), mo(9)]))
m("relative_date birth_order", "上周四出生的 头胎 七斤", [bd(1, lastweek(3))], known=K(city="jinan"))
m("question", "补贴申请要带啥材料", [])

T("2025-05-24")  # Saturday
m("age", "俺们在北京 孙子两岁零一个月 刚上托班", [f("city", "beijing"), bd(1, age(2, 1))])
m("answer age birth_order", "三个闺女 大的十三 二的八岁 三的一岁零八个月", [n(3), bd(1, yo(13)), bd(2, yo(8)), bd(3, age(1, 8))],
  asked="children", known=K(city="jinan"))
m("correction age birth_order", "说错了 二闺女是九岁", [bd(2, yo(9), "r")], known=K(city="jinan", kids=[yo(13), yo(8), age(1, 8)]))
m("age", "孩子生下来两周了 是俺家头一个", [bd(1, dago(14))], known=K(city="beijing"))
m("question", "孩子多大能上公办托育园", [])

T("2025-06-11")  # Wednesday
m("relative_date age birth_order", "上周六二胎生了 大的刚满五岁", [bd(2, lastweek(5)), bd(1, just(5))], known=K(city="jinan"))
m("answer age", "就一个闺女 一岁零两个月", [n(1), bd(1, age(1, 2))], asked="children", known=K(city="beijing", hukou_in_city=False))
m("correction age", "更正 闺女是一岁零四个月", [bd(1, age(1, 4), "r")], known=K(city="beijing", hukou_in_city=False, kids=[age(1, 2)]))
m("age birth_order per_birth_hardship", "外孙刚满月 外孙女两岁半 闺女生外孙那会儿女婿在领失业金", [bd(1, yo(2)), bd(2, mo(1)), chb(2, True)], known=K(city="jinan"))
m("chitchat", "天太热了 孩子一直哭 你们这个能语音吗", [])

T("2025-09-16")  # Tuesday
m("age pregnancy relative_date", "大的一岁半 小的还没生 下个月预产期", [bd(1, yo(1)), due(2, thismonth(1))], known=K(city="jinan"))
m("answer duration", "还没孩子呢 结婚才半年", [n(0)], asked="children", known=K(city="jinan"))
m("correction pregnancy", "不对 预产期是十一月", [due(2, nextmonth(11), "r")], known=K(city="jinan", kids=[yo(1), {"due_date": thismonth(1)}]))
m("age birth_order", "孙女两岁零九个月 孙子四岁 都在济南跟我过", [bd(1, yo(4)), bd(2, age(2, 9)), f("city", "jinan")])
m("question", "上幼儿园中班了还能领育儿补贴吗", [])

T("2025-11-19")  # Wednesday
m("age birth_order", "老大四岁零五个月 老二一岁零五个月 正好差三岁", [bd(1, age(4, 5)), bd(2, age(1, 5))], known=K(city="beijing"))
m("answer age birth_order", "二个 大的在老家 九岁 小的跟我们在北京 两岁零七个月", [n(2), bd(1, yo(9)), bd(2, age(2, 7))],
  asked="children", known=K(city="beijing"))
m("correction age birth_order", "搞错了 大的八岁半", [bd(1, yo(8), "r")], known=K(city="beijing", kids=[yo(9), age(2, 7)]))
m("age", "外孙女刚满月 闺女还在坐月子", [bd(1, mo(1))], known=K(city="jinan"))
m("question now_vs_birth", "俺家是低保户 生孩子能多给吗", [f("hardship_now", True)], known=K(city="jinan", kids=[{"due_date": nextmonth(3)}]))

T("2026-02-17")  # Tuesday
m("age birth_order", "过年好 孙子两岁零十一个月 孙女刚满周岁 都回老家过年了", [bd(1, age(2, 11)), bd(2, just(1))], known=K(city="beijing"))
m("answer multiples age", "俩闺女 双胞胎 快三岁了", [n(2), bd(1, almost(3)), bd(2, almost(3))], asked="children", known=K(city="jinan", hukou_in_city=True))
m("correction multiples age", "说错了 双胞胎是两岁半", [bd(1, yo(2), "r"), bd(2, yo(2), "r")], known=K(city="jinan", hukou_in_city=True, kids=[almost(3), almost(3)]))
m("chitchat", "初一给孩子们包了红包 嘿嘿", [])
m("age birth_order", "大宝上三年级 二宝上中班 三宝还在吃奶 五个月", [bd(3, mo(5))], known=K(city="jinan"))

T("2026-05-14")  # Thursday
m("relative_date age birth_order", "上周日小儿子出生 大儿子十岁 闺女六岁", [bd(1, yo(10)), bd(2, yo(6)), bd(3, lastweek(6))], known=K(city="beijing"))
m("answer age", "一个 刚出生二十天", [n(1), bd(1, dago(20))], asked="children", known=K(city="beijing"))
m("correction age", "不好意思 孩子是二十五天 不是二十天", [bd(1, dago(25), "r")], known=K(city="beijing", kids=[dago(20)]))
m("age pregnancy", "外孙一岁零三个月 闺女又怀上了 八个月了 在济南", [bd(1, age(1, 3)), due(2, preg(8)), f("city", "jinan")])
m("question", "怀孕几个月可以去建档", [])

T("2026-08-12")  # Wednesday
m("age relative_date birth_order", "老大快十岁了 老二三岁零八个月 老三上周五生的", [bd(1, almost(10)), bd(2, age(3, 8)), bd(3, lastweek(4))], known=K(city="jinan"))
m("answer multiples age birth_order", "仨娃 两个大的是双胞胎 六岁 小的一岁半", [n(3), bd(1, yo(6)), bd(2, yo(6)), bd(3, yo(1))],
  asked="children", known=K(city="jinan"))
m("correction multiples age", "更正 双胞胎七岁了", [bd(1, yo(7), "r"), bd(2, yo(7), "r")], known=K(city="jinan", kids=[yo(6), yo(6), yo(1)]))
m("age birth_order insurance", "闺女一岁十个月 儿子四岁 我自己交的灵活就业", [bd(1, yo(4)), bd(2, age(1, 10)), f("birth_insurance", "flexible_employment")], known=K(city="beijing"))
m("chitchat", "还在吗", [])
m("age birth_order", "二宝刚满周岁 大宝七岁半 俺家就这俩", [bd(1, yo(7)), bd(2, just(1)), n(2)], known=K(city="jinan"))
m("answer age", "一个 外孙女 三岁零两个月", [n(1), bd(1, age(3, 2))], asked="children", known=K(city="beijing"))
m("question birth_order", "如果老二九月底生 能赶上今年的吗", [due(2, nextmonth(9), "q")], known=K(city="jinan", kids=[yo(3)]))
m("age birth_order housing_fund", "孙女十个多月 孙子五岁多 儿子儿媳都交公积金", [bd(1, yo(5)), bd(2, mo(10)), f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("correction hukou", "说错了 俺们是济南户口 不是外地户口", [f("hukou_in_city", True, "r")], known=K(city="jinan", hukou_in_city=False, kids=[yo(3)]))
