# Chinese, batch 11: new phone-typed wordings, weighted to the hard cases -- multiples beside older
# children (一对, 同一天, 龙凤胎 as 老二老三), answers to every bot question with a known household,
# corrections of dates/ages/counts/twins, relative dates (上礼拜X, N周前, 元旦前一天), ages
# (两岁零三个月, 快满周岁, 七个来月), grandparents writing, dialect (俺, 崽, 娃他爸)
T("2025-11-04")  # Tuesday
m("multiples birth_order relative_date", "俺家仨娃 老大闺女上三年级了 底下俩小子是双胞胎 今年4月15生的",
  [n(3), bd(2, "2025-04-15"), bd(3, "2025-04-15")])
m("multiples age", "龙凤胎哥哥妹妹 一岁半了 就这两个宝", [n(2), bd(1, yo(1)), bd(2, yo(1))])
m("multiples age birth_order", "我替闺女问的 她家大外孙6岁了 九月份又添了一对双胞胎外孙女 三个孩子了",
  [n(3), bd(1, yo(6)), bd(2, pastmonth(9)), bd(3, pastmonth(9))])
m("multiples short_year relative_date birth_order", "老大19年的 前天又生了三胞胎 一共四个娃了 累死",
  [n(4), bd(1, "2019"), bd(2, back(2)), bd(3, back(2)), bd(4, back(2))])
m("multiples numerals", "两个丫头同一天生的 二零二三年六月一号 儿童节 没别的孩子",
  [n(2), bd(1, "2023-06-01"), bd(2, "2023-06-01")])
m("relative_date", "闺女昨个半夜生的 出生证上是11月3号", [bd(1, back(1))])
m("relative_date birth_order", "上周二剖的 二宝 七斤二两", [bd(2, lastweek(1))])
m("age", "宝宝今天满二十天", [bd(1, dago(20))])
m("relative_date short_year birth_order", "俺们老二是大前年的 老大一四年", [bd(2, year(-3)), bd(1, "2014")])
m("age", "娃他爸说孩子两岁零三个月", [bd(1, age(2, 3))])
m("age birth_order", "我孙子七岁多 孙女刚满五岁", [bd(1, yo(7)), bd(2, just(5))])
m("age", "小家伙快满周岁了", [bd(1, almost(1))])
m("pregnancy birth_order", "媳妇怀二胎了 才两个月 老大上幼儿园中班", [due(2, preg(2))])
m("pregnancy relative_date", "预产期是下个月20号 头一胎", [due(1, "2025-12-20")])
m("question birth_order", "要是明年再要个二胎 能给多少钱", [due(2, year(1), "q")], known=K(city="jinan", kids=["2022-05"]))
m("now_vs_birth per_birth_hardship birth_order", "生大宝那年领着失业金呢 现在也还在领", [chb(1, True), f("hardship_now", True)])
m("answer age birth_order", "两个小子 大的十岁 小的三岁半", [n(2), bd(1, yo(10)), bd(2, yo(3))],
  asked="children", known=K(city="beijing"))
m("answer multiples relative_date", "双胞胎 前年八月生的", [n(2), bd(1, "2023-08"), bd(2, "2023-08")],
  asked="children", known=K(city="jinan"))
m("answer pregnancy", "还早呢 明年六月", [due(2, "2026-06")],
  asked="due_date", known=K(city="beijing", kids=["2021-09", {"due_date": None}]))
m("answer per_birth_hardship", "木有 那时候俩人都上班", [f("hardship_at_birth", False, "c")],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2025-06"]))
m("correction age", "不好意思 打字打错了 娃是一岁八个月 不是两岁八个月", [bd(1, age(1, 8), "r")],
  known=K(city="jinan", kids=["2023-03"]))
m("correction multiples", "刚才漏说了 不是一个孩子 是双胞胎", [n(2, "r")], known=K(city="beijing", kids=["2024-10"]))
m("correction relative_date birth_order", "老二不是上周二 是上周三生的 记混了", [bd(2, lastweek(2), "r")],
  known=K(city="jinan", kids=["2019-07", lastweek(1)]))
m("hukou", "我们是外地的 户口在菏泽 在济南打工", [f("hukou_in_city", False), f("city", "jinan")])
m("insurance", "老婆在超市上班 超市给交五险 生育险也有", [f("birth_insurance", "employee_maternity")])
m("housing_fund", "公积金就娃他爸有 我没有", [f("housing_fund_contributors", 1)])
m("negation_housing", "在北京住的是单位宿舍 没买房", [f("city", "beijing"), f("owns_home_in_city", False)])
m("chitchat", "俺不识字 是孙子帮俺打的")
m("height", "大孙女一米三八了 比她妈还高", [ht(1, 138)])
m("answer", "俺们在济南 长清那边", [f("city", "jinan")], asked="city")
m("answer negation_housing", "租的 单间 一个月一千五", [f("renting", True)], asked="renting", known=K(city="jinan"))

T("2026-03-19")  # Thursday
m("multiples relative_date", "上个月生了对龙凤胎 头一胎 全家乐坏了", [n(2), bd(1, "2026-02"), bd(2, "2026-02")])
m("multiples age birth_order", "家里三个崽 大崽五岁半 俩小的双胞胎 十个月", [n(3), bd(1, yo(5)), bd(2, mo(10)), bd(3, mo(10))])
m("multiples pregnancy age birth_order", "老大刚满四岁 肚子里这俩是双胞胎 怀孕五个月",
  [bd(1, just(4)), due(2, preg(5)), due(3, preg(5))])
m("multiples short_year", "25年12月24号平安夜生的双胞胎 俩都是小子 第一胎", [n(2), bd(1, "2025-12-24"), bd(2, "2025-12-24")])
m("multiples relative_date birth_order", "三个孩子 老大老二双胞胎 前年五月生的 老三这个月3号刚生",
  [n(3), bd(1, "2024-05"), bd(2, "2024-05"), bd(3, "2026-03-03")])
m("relative_date birth_order", "二胎是上礼拜一生的", [bd(2, lastweek(0))])
m("relative_date", "宝宝是三周前出生的", [bd(1, dago(21))])
m("relative_date birth_order", "老大是前年的 老二去年十二月生的", [bd(1, "2024"), bd(2, "2025-12")])
m("age", "孩子一岁零两个月了", [bd(1, age(1, 2))])
m("age", "俺外孙女半岁 天天哭", [bd(1, mo(6))])
m("pregnancy numerals birth_order", "二胎预产期是二〇二六年七月九日", [due(2, "2026-07-09")])
m("duration insurance relative_date birth_order", "老婆单位的生育险交了五年多 今年生的老二",
  [f("birth_insurance", "employee_maternity"), bd(2, year())])
m("now_vs_birth per_birth_hardship", "孩子出生前后一直是低保户 去年收入上来了就取消了",
  [f("hardship_at_birth", True), f("hardship_now", False)])
m("answer", "一个没有 准备要呢", [n(0)], asked="children", known=K(city="beijing"))
m("answer height", "将近一米二 一百一十八", [ht(1, 118)], asked="children.height_cm", known=K(city="jinan", kids=["2020-06"]))
m("answer insurance", "她是自由职业 自己在社保局交的灵活就业", [f("birth_insurance", "flexible_employment")],
  asked="birth_insurance", known=K(city="beijing", kids=["2026-01"]))
m("answer housing_fund", "孩子他爸跟他妈 还有我 仨", [f("housing_fund_contributors", 3)],
  asked="housing_fund_contributors", known=K(city="jinan"))
m("answer negation_housing", "对啊 房子在高新区", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city", known=K(city="jinan"))
m("answer hukou", "没有 户口还在东北老家", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing"))
m("answer multiples age birth_order", "三个 老大七岁 后面是龙凤胎 一岁多", [n(3), bd(1, yo(7)), bd(2, yo(1)), bd(3, yo(1))],
  asked="children", known=K(city="jinan"))
m("correction short_year multiples", "说错了 双胞胎是22年的不是23年的", [bd(1, "2022", "r"), bd(2, "2022", "r")],
  known=K(city="jinan", kids=["2023", "2023"]))
m("correction", "更正 俺们是济南的 刚才点成北京了", [f("city", "jinan", "r")], known=K(city="beijing"))
m("correction pregnancy", "预产期不是五月 是六月初", [due(2, "2026-06", "r")],
  known=K(city="beijing", kids=["2022-11", {"due_date": "2026-05"}]))
m("correction age birth_order", "不对 老二五岁 我刚说成四岁了", [bd(2, yo(5), "r")], known=K(city="jinan", kids=["2017-09", yo(4)]))
m("chitchat", "你们这个是官方的吗 别是骗子吧")
m("negation_housing", "没房 一家子挤在出租屋里", [f("owns_home_in_city", False), f("renting", True)])
m("hukou relative_date", "户口上个月落到北京了 集体户", [f("city", "beijing"), f("hukou_in_city", True)])
m("height birth_order numerals", "老二量了一百零二公分 老大没量", [ht(2, 102)])
m("answer negation_housing", "不打算 手里没钱", [f("buying_first_home", False, "c")], asked="buying_first_home",
  known=K(city="beijing", renting=True))

T("2026-08-12")  # Wednesday
m("multiples relative_date", "俺闺女前天生了对双胞胎 头一胎 一儿一女", [n(2), bd(1, back(2)), bd(2, back(2))])
m("multiples age birth_order", "老大老二是对双胞胎姐妹 八岁 老三是个小子 三岁", [bd(1, yo(8)), bd(2, yo(8)), bd(3, yo(3))])
m("multiples relative_date", "三胞胎上个月28号出生的 还在保温箱 就这仨",
  [n(3), bd(1, "2026-07-28"), bd(2, "2026-07-28"), bd(3, "2026-07-28")])
m("multiples numerals birth_order relative_date", "大闺女二〇一八年的 今年五月二十号又生了俩 双胞胎 一家三个娃",
  [n(3), bd(1, "2018"), bd(2, "2026-05-20"), bd(3, "2026-05-20")])
m("multiples pregnancy", "检查出来是三胞胎 预产期明年一月份 第一次怀", [due(1, "2027-01"), due(2, "2027-01"), due(3, "2027-01")])
m("multiples age", "俺闺女就生了这一对双胞胎 两岁四个月了", [n(2), bd(1, age(2, 4)), bd(2, age(2, 4))])
m("relative_date birth_order", "二宝这个月5号生的 大宝上小学", [bd(2, "2026-08-05")])
m("relative_date", "娃是前天后半夜生的", [bd(1, back(2))])
m("relative_date birth_order", "老三上礼拜四落地的 家里现在三个小孩", [n(3), bd(3, lastweek(3))])
m("relative_date age", "孩子去年八月生的 到这个月刚好一周岁", [bd(1, "2025-08")])
m("age", "孩子生下来45天了", [bd(1, dago(45))])
m("age birth_order", "老大十一岁 老二九岁 老三六岁半", [bd(1, yo(11)), bd(2, yo(9)), bd(3, yo(6))])
m("age", "孙子刚满两周岁", [bd(1, just(2))])
m("age pregnancy birth_order", "闺女快三岁了 二胎也怀上了 四个月", [bd(1, almost(3)), due(2, preg(4))])
m("pregnancy", "媳妇怀着呢 预产期不清楚", [due(1, None)])
m("duration housing_fund", "俺俩公积金都交了快十年了", [f("housing_fund_contributors", 2)])
m("insurance", "生孩子那会没工作 用的是居民医保 在村里交的", [f("birth_insurance", "resident_medical")])
m("per_birth_hardship birth_order", "生老大的时候是特困 生老二那年不是了", [chb(1, True), chb(2, False)])
m("now_vs_birth per_birth_hardship", "今年刚评上低保户 孩子出生那阵子还不是", [f("hardship_now", True), f("hardship_at_birth", False)])
m("question negation_housing", "假设明年买首套房 贷款利率多少", [f("buying_first_home", True, "q")])
m("question height birth_order", "老二一米二三 去趵突泉要门票不", [ht(2, 123)])
m("answer", "山东济南 槐荫", [f("city", "jinan")], asked="city")
m("answer hukou", "本地户口 土生土长", [f("hukou_in_city", True)], asked="hukou_in_city", known=K(city="beijing"))
m("answer per_birth_hardship birth_order", "大的那会儿没有 小的出生时在领失业金", [chb(1, False), chb(2, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2019-02", "2025-12"]))
m("answer age", "一个儿子 九岁了", [n(1), bd(1, yo(9))], asked="children", known=K(city="beijing"))
m("answer pregnancy relative_date", "下下个月中旬", [due(1, thismonth(2))], asked="due_date",
  known=K(city="jinan", kids=[{"due_date": None}]))
m("correction housing_fund", "不对 公积金是三个人 我公公也交", [f("housing_fund_contributors", 3, "r")],
  known=K(city="jinan", housing_fund_contributors=2))
m("correction", "刚才那个日子不对 娃是7月生的 8月是满月", [bd(1, pastmonth(7), "r")], known=K(city="beijing", kids=["2026-08"]))
m("correction multiples birth_order relative_date", "我说的不对 老二老三是双胞胎 都是今年2月的",
  [bd(2, "2026-02", "r"), bd(3, "2026-02", "r")], known=K(city="jinan", kids=["2020-03", "2025-02", "2026-03"]))
m("chitchat", "你说的那个窗口在哪 能发个地址不")
m("chitchat", "我眼神不好 语音转的字 可能有错别字 见谅")
m("negation_housing", "北京没有自己的房子 一直租着 也不想买",
  [f("city", "beijing"), f("owns_home_in_city", False), f("renting", True), f("buying_first_home", False)])
m("answer height birth_order", "大的134 小的还不到一米 九十七", [ht(1, 134), ht(2, 97)], asked="children.height_cm",
  known=K(city="beijing", kids=["2018-05", "2023-04"]))

T("2027-01-07")  # Thursday
m("multiples relative_date", "去年圣诞节那天生了双胞胎 第一胎 俩儿子", [n(2), bd(1, "2026-12-25"), bd(2, "2026-12-25")])
m("multiples relative_date birth_order", "新年第一天 二胎生了个龙凤胎 现在家里三个了", [n(3), bd(2, "2027-01-01"), bd(3, "2027-01-01")])
m("multiples age", "俩宝是双胞胎 三个月大 头胎", [n(2), bd(1, mo(3)), bd(2, mo(3))])
m("multiples pregnancy birth_order", "家里已经有俩了 这次又怀了双胞胎 七月份生", [n(2), due(3, nextmonth(7)), due(4, nextmonth(7))])
m("relative_date", "宝宝是元旦前一天出生的", [bd(1, "2026-12-31")])
m("relative_date birth_order age", "二胎上个礼拜二出生的 老大九岁", [bd(2, lastweek(1)), bd(1, yo(9))])
m("age", "娃出生才十天", [bd(1, dago(10))])
m("relative_date birth_order", "大宝是前年国庆那天生的", [bd(1, "2025-10-01")])
m("relative_date", "去年十二月初生的 小棉袄", [bd(1, "2026-12")])
m("age", "我外孙女三岁零两个月", [bd(1, age(3, 2))])
m("age birth_order", "大孙子十二 小孙女六个月", [bd(1, yo(12)), bd(2, mo(6))])
m("age", "孩子才八周大", [bd(1, dago(56))])
m("pregnancy birth_order", "怀老三了 预产期五月二十 老大老二都上学了", [due(3, nextmonth(5, 20))])
m("numerals", "孩子是二零二六年十月十五出生", [bd(1, "2026-10-15")])
m("numerals short_year birth_order", "老二生日２５年３月８号", [bd(2, "2025-03-08")])
m("question insurance", "要是我老婆生的时候啥保险都没有 那是不是啥也领不到", [f("birth_insurance", "none", "q")])
m("question hukou", "俺们要是落了北京户口 补贴能翻倍不", [f("hukou_in_city", True, "q")], known=K(city="beijing", hukou_in_city=False))
m("answer housing_fund", "就娃他妈交 我是个体户", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="beijing"))
m("answer negation_housing", "有 前年买的 在历城", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city", known=K(city="jinan"))
m("answer insurance", "啥医保都没交", [f("birth_insurance", "none")], asked="birth_insurance", known=K(city="jinan", kids=["2026-11"]))
m("answer height multiples", "双胞胎俩一般高 都是九十八", [ht(1, 98), ht(2, 98)], asked="children.height_cm",
  known=K(city="beijing", kids=["2024-02", "2024-02"]))
m("answer multiples", "俩 龙凤胎", [n(2)], asked="children", known=K(city="beijing"))
m("answer pregnancy", "说是七月初", [due(2, "2027-07")], asked="due_date", known=K(city="jinan", kids=["2023-05", {"due_date": None}]))
m("correction numerals", "更正一下 娃生日是十月十五 不是十月五号", [bd(1, "2026-10-15", "r")], known=K(city="jinan", kids=["2026-10-05"]))
m("correction age", "不对 是快四岁了 还没满", [bd(1, almost(4), "r")], known=K(city="beijing", kids=["2022-07"]))
m("correction", "俺数错了 仨孩子 不是俩", [n(3, "r")], known=K(city="jinan", kids=["2015", "2019"]))
m("correction insurance", "搞错了 那时候交的是灵活就业 不是居民医保", [f("birth_insurance", "flexible_employment", "r")],
  known=K(city="beijing", birth_insurance="resident_medical", kids=["2025-11"]))
m("correction hukou", "更正 户口早就迁到济南了 是本地户口", [f("hukou_in_city", True, "r")],
  known=K(city="jinan", hukou_in_city=False))
m("chitchat", "新年快乐 祝你们工作顺利")
m("per_birth_hardship", "生孩子那会儿家里吃着低保", [f("hardship_at_birth", True)])
m("answer age birth_order", "两个闺女 一个十四 一个刚满月", [n(2), bd(1, yo(14)), bd(2, mo(1))],
  asked="children", known=K(city="jinan"))

T("2027-05-26")  # Wednesday
m("multiples relative_date birth_order age", "这个月十号剖了对双胞胎 上头还有个五岁的姐姐 仨孩子了",
  [n(3), bd(1, yo(5)), bd(2, "2027-05-10"), bd(3, "2027-05-10")])
m("multiples age", "俩闺女同一天生的 都四岁半 家里就她俩", [n(2), bd(1, yo(4)), bd(2, yo(4))])
m("multiples short_year birth_order", "老大17年 老二20年 老三老四是双胞胎 24年的",
  [bd(1, "2017"), bd(2, "2020"), bd(3, "2024"), bd(4, "2024")])
m("multiples relative_date", "昨天生的三胞胎 两男一女 第一胎", [n(3), bd(1, back(1)), bd(2, back(1)), bd(3, back(1))])
m("multiples pregnancy", "怀了对双胞胎 八个月了 头胎", [due(1, preg(8)), due(2, preg(8))])
m("multiples age birth_order", "俺家一共四个孩子 大的俩是双胞胎 十岁 下面俩一个六岁一个三岁",
  [n(4), bd(1, yo(10)), bd(2, yo(10)), bd(3, yo(6)), bd(4, yo(3))])
m("multiples relative_date hukou", "孙子孙女是龙凤胎 头胎 去年11月生的 北京户口",
  [n(2), bd(1, "2026-11"), bd(2, "2026-11"), f("city", "beijing"), f("hukou_in_city", True)])
m("relative_date", "上个月月底生的", [bd(1, thismonth(-1))])
m("relative_date birth_order", "老二今年一月一号零点出生 元旦宝宝", [bd(2, "2027-01-01")])
m("relative_date", "娃是上周一下午三点多出来的", [bd(1, lastweek(0))])
m("relative_date birth_order", "前年生的老大 今年三月生的老二", [bd(1, "2025"), bd(2, "2027-03")])
m("numerals", "满月酒刚办完 孩子四月二十六生的", [bd(1, pastmonth(4, 26))])
m("age birth_order", "三个丫头 九岁 六岁 一岁半", [n(3), bd(1, yo(9)), bd(2, yo(6)), bd(3, yo(1))])
m("age", "娃满三岁了 刚过完生日", [bd(1, just(3))])
m("age", "我重孙子七个来月", [bd(1, mo(7))])
m("now_vs_birth per_birth_hardship birth_order", "老二出生那会领失业金 现在俩人都有工作了", [chb(2, True), f("hardship_now", False)])
m("insurance", "娃妈是老师 学校交的生育保险", [f("birth_insurance", "employee_maternity")])
m("housing_fund", "交公积金的 我 我媳妇 还有我老丈人", [f("housing_fund_contributors", 3)])
m("hukou duration", "全家都是外地户口 在北京漂了十年", [f("hukou_in_city", False), f("city", "beijing")])
m("height multiples birth_order", "双胞胎老大一米一二 老二一米零九", [ht(1, 112), ht(2, 109)])
m("question pregnancy birth_order", "三胎预产期十二月 到时候能领多少", [due(3, nextmonth(12))])
m("answer age birth_order", "俩 大的是闺女 小的是儿子 一个七岁一个一岁", [n(2), bd(1, yo(7)), bd(2, yo(1))],
  asked="children", known=K(city="beijing"))
m("answer height birth_order", "老大140 老二也得有120了", [ht(1, 140), ht(2, 120)], asked="children.height_cm",
  known=K(city="jinan", kids=["2016-04", "2020-08"]))
m("answer hukou", "嗯 落户三年了", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing"))
m("answer negation_housing", "没有买房 在租", [f("owns_home_in_city", False, "c"), f("renting", True)],
  asked="owns_home_in_city", known=K(city="jinan"))
m("answer negation_housing", "打算 首付还没凑够", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="beijing", renting=True))
m("answer insurance", "当时在厂里上班 交的职工医保", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="jinan", kids=["2027-02"]))
m("answer pregnancy", "8月下旬", [due(2, "2027-08")], asked="due_date", known=K(city="beijing", kids=["2024-01", {"due_date": None}]))
m("correction birth_order relative_date", "等下 老三是前天生的 不是昨天", [bd(3, back(2), "r")],
  known=K(city="beijing", kids=["2018", "2021", back(1)]))
m("correction height", "量错了 穿着鞋量的 光脚是一米一六", [ht(1, 116, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2020-10", "height_cm": 119}]))
m("correction per_birth_hardship birth_order", "不对 领低保的是生老二的时候 老大那会没有", [chb(2, True, "r"), chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2018-03", "hardship_at_birth": True}, {"birth_date": "2023-06", "hardship_at_birth": False}]))
m("correction negation_housing", "纠正 我们不买房 不打算买", [f("buying_first_home", False, "r")],
  known=K(city="beijing", buying_first_home=True))
m("chitchat", "好的 我让我儿子晚上下班再弄")

T("2025-12-30")  # Tuesday
m("correction numerals", "刚才说的不对 孩子是12月1号生的 不是11月", [bd(1, pastmonth(12, 1), "r")], known=K(city="jinan", kids=["2025-11"]))
m("correction short_year birth_order", "老大是20年 我写成了02年 手滑", [bd(1, "2020", "r")], known=K(city="beijing", kids=["2002", "2023-04"]))
m("correction multiples short_year birth_order", "更正一下 老二老三不是双胞胎 老三是24年生的", [bd(3, "2024", "r")],
  known=K(city="jinan", kids=["2019", "2022", "2022"]))
m("correction negation_housing", "纠正 租房的是我爸妈 我们自己有房", [f("renting", False, "r"), f("owns_home_in_city", True)],
  known=K(city="beijing", renting=True))
m("correction age", "孩子不是三个月 是三周 记错了", [bd(1, dago(21), "r")], known=K(city="jinan", kids=["2025-09"]))
m("correction housing_fund", "我搞混了 交公积金的只有我老公 我没交", [f("housing_fund_contributors", 1, "r")],
  known=K(city="beijing", housing_fund_contributors=2))
m("correction pregnancy", "不好意思 是怀孕七个月 不是五个月", [due(1, preg(7), "r")], known=K(city="jinan", kids=[{"due_date": preg(5)}]))
m("question housing_fund", "如果公积金我们俩都交 能贷多少", [f("housing_fund_contributors", 2, "q")])
m("now_vs_birth per_birth_hardship", "那时候生娃没领啥低保 这两年老公下岗了在领失业金", [f("hardship_at_birth", False), f("hardship_now", True)])
m("duration hukou", "户口迁过来三年多了 一直在济南", [f("city", "jinan"), f("hukou_in_city", True)])
