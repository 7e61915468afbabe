# Chinese, batch 36: durations that are not ages or dates (公积金交了N年, 产假休了多久, 低保领了快一年, 住了N年)
# mixed with ages and relative dates; hardship now versus at a birth; corrections naming one fact; loose answers
# to each of the bot's questions (嗯 俩人都交 / 没有 都没 / 算是吧); chitchat and questions that state nothing
T("2025-01-06")  # Monday
m("duration housing_fund age", "在济南住了五年了 孩子他爸公积金交了快八年 我没交 闺女两岁半",
  [f("city", "jinan"), f("housing_fund_contributors", 1), bd(1, yo(2))])
m("duration now_vs_birth per_birth_hardship birth_order", "领低保快一年了 生俺家老二那时候还没领 老大那会儿也没有",
  [f("hardship_now", True), chb(2, False), chb(1, False)], known=K(city="jinan", kids=[yo(7), yo(3)]))
m("duration insurance", "产假休了四个月 上个礼拜刚回去上班 单位交的生育险", [f("birth_insurance", "employee_maternity")],
  known=K(city="beijing", kids=[mo(5)]))
m("answer hukou duration", "嗯 落了好几年了 北京户口", [f("hukou_in_city", True, "c")], asked="hukou_in_city",
  known=K(city="beijing", kids=[yo(1)]))
m("correction age birth_order", "不对 老大不是八岁 是九岁 刚满的", [bd(1, just(9), "r")], known=K(city="jinan", kids=[yo(8), yo(4)]))
m("chitchat", "快过年了还得跑社区开证明 俺这腿脚不利索", [])
m("question", "公积金要交满多少年才能贷款啊", [])
m("relative_date duration negation_housing", "上周五孙子出生的 儿子儿媳在北京租房住了三年",
  [bd(1, lastweek(4)), f("city", "beijing"), f("renting", True)])
m("answer per_birth_hardship", "没有 都没", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(5), yo(1)]))
m("duration housing_fund age birth_order", "两口子交公积金都十来年了 大宝快五岁 二宝二十天",
  [f("housing_fund_contributors", 2), bd(1, almost(5)), bd(2, dago(20))], known=K(city="jinan"))
m("answer negation_housing", "算是吧 租的单位宿舍", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[yo(3)]))
m("duration now_vs_birth relative_date", "失业金才领了两个月 现在还在领 孩子是去年十月生的",
  [f("hardship_now", True), bd(1, "2024-10")], known=K(city="jinan"))

T("2025-02-20")  # Thursday
m("age duration housing_fund", "我是姥姥 外孙女生下来一百天了 闺女产假还有两个月 她俩口子都交公积金",
  [bd(1, dago(100)), f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("correction housing_fund", "说错了 公积金就我老公一个人交 不是俩", [f("housing_fund_contributors", 1, "r")],
  known=K(city="beijing", housing_fund_contributors=2, kids=[yo(1)]))
m("answer age birth_order", "俩 大的上二年级 小的刚会走 一岁一个月", [n(2), bd(2, age(1, 1))], asked="children", known=K(city="jinan"))
m("duration hukou pregnancy", "住北京七年了 户口还在老家 孩子怀了五个月",
  [f("city", "beijing"), f("hukou_in_city", False), due(1, preg(5))])
m("question housing_fund", "要是我俩都交公积金 能多贷点不", [f("housing_fund_contributors", 2, "q")],
  known=K(city="jinan", housing_fund_contributors=1, kids=[yo(2)]))
m("answer duration negation_housing", "打算 看了小半年房子了", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="jinan", kids=[mo(9)]))
m("relative_date age birth_order", "老二是上周二生的 老大三岁零四个月 月子还没坐完", [bd(2, lastweek(1)), bd(1, age(3, 4))],
  known=K(city="beijing"))
m("chitchat", "谢谢啊闺女 你说的俺都记本子上了", [])
m("duration now_vs_birth per_birth_hardship", "低保领了三年多了 俩孩子生的时候都在领",
  [f("hardship_now", True), f("hardship_at_birth", True), n(2)], known=K(city="jinan", kids=[yo(4), yo(1)]))
m("correction", "是济南 不是北京 俺打错了", [f("city", "jinan", "r")], known=K(city="beijing", kids=[yo(6)]))
m("answer negation_housing duration", "没 一直租着 租了快十年", [f("owns_home_in_city", False, "c"), f("renting", True)],
  asked="owns_home_in_city", known=K(city="beijing", kids=[yo(3)]))

T("2025-04-24")  # Thursday
m("age birth_order duration", "俺孙子四岁多 孙女刚满两岁 儿媳妇在家带孩子三年没上班了", [bd(1, yo(4)), bd(2, just(2))],
  known=K(city="jinan"))
m("duration housing_fund", "公积金断了一年多 现在就孩儿他妈在交", [f("housing_fund_contributors", 1)],
  known=K(city="jinan", kids=[yo(2)]))
m("answer per_birth_hardship birth_order duration", "生老大没领 生老二那阵子领着失业金呢 领了小半年",
  [chb(1, False), chb(2, True)], asked="hardship_at_birth", known=K(city="jinan", kids=[yo(6), mo(10)]))
m("answer pregnancy", "估计八月下旬吧", [due(2, nextmonth(8))], asked="due_date", known=K(city="beijing", kids=[yo(3), {"due_date": None}]))
m("correction height birth_order", "刚才说的不对 小的身高一米零五 不是一米五", [ht(2, 105, "r")],
  known=K(city="jinan", kids=[yo(8), {"birth_date": yo(4), "height_cm": 150}]))
m("question", "领低保的家庭生二胎 补贴能多发吗", [])
m("duration insurance age", "在济南交了五年社保 生孩子用的职工生育险 孩子七个月",
  [f("city", "jinan"), f("birth_insurance", "employee_maternity"), bd(1, mo(7))])
m("answer negation_housing duration", "不是 住的我爸妈的房子 住了二十来年", [f("renting", False, "c")], asked="renting",
  known=K(city="beijing", kids=[yo(1)]))
m("chitchat", "今天太阳真好 带孙女去公园溜达了一圈 回来再问你", [])
m("relative_date age birth_order housing_fund", "去年十一月生的二胎 老大快七岁 俺俩公积金都交着",
  [bd(2, "2024-11"), bd(1, almost(7)), f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("answer height", "没量过 估计还不到一米二", [below(1, 120)], asked="children.height_cm", known=K(city="jinan", kids=[yo(5)]))
m("correction relative_date", "说错了 出生是上周三 不是上周四", [bd(1, lastweek(2), "r")], known=K(city="beijing", kids=[lastweek(3)]))

T("2025-06-11")  # Wednesday
m("age birth_order duration", "俺家三个孙子 大的十岁 二的六岁半 小的才八个月 一家子在北京住了十二年了",
  [n(3), bd(1, yo(10)), bd(2, yo(6)), bd(3, mo(8)), f("city", "beijing")])
m("answer housing_fund duration", "嗯 俩人都交 交了好些年了", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(2)]))
m("answer hukou", "没有 还是老家农村户口", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[mo(4)]))
m("duration age", "孩子五个月大 产假九十八天早休完了 又请了一个月假", [bd(1, mo(5))], known=K(city="beijing"))
m("correction housing_fund", "不是一个人交 是两个 我婆婆也交着呢", [f("housing_fund_contributors", 2, "r")],
  known=K(city="jinan", housing_fund_contributors=1, kids=[yo(3)]))
m("question duration", "产假一般能休多长时间 北京的", [], known=K(city="beijing", kids=[{"due_date": nextmonth(9)}]))
m("duration now_vs_birth per_birth_hardship relative_date", "特困供养好几年了 闺女是前年生的 生闺女那会儿也在领",
  [f("hardship_now", True), bd(1, "2023"), chb(1, True)], known=K(city="jinan"))
m("answer negation_housing duration", "不打算 手里没钱 再租两年看看", [f("buying_first_home", False, "c"), f("renting", True)],
  asked="buying_first_home", known=K(city="beijing", kids=[yo(1)]))
m("chitchat", "你们这个是政府弄的还是私人的啊 靠谱不", [])
m("short_year birth_order relative_date", "老大一八年的 老二二一年 老三去年十二月 三个都是闺女",
  [bd(1, "2018"), bd(2, "2021"), bd(3, "2024-12"), n(3)], known=K(city="jinan"))
m("correction relative_date birth_order", "更正 老三是去年十一月的 不是十二月", [bd(3, "2024-11", "r")],
  known=K(city="jinan", kids=["2018", "2021", "2024-12"]))

T("2025-08-28")  # Thursday
m("duration negation_housing age birth_order", "俺们在济南买房子住了六年了 儿子三岁 闺女刚一个月",
  [f("city", "jinan"), f("owns_home_in_city", True), bd(1, yo(3)), bd(2, mo(1))])
m("answer per_birth_hardship", "没 那时候没领过", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=[yo(2)]))
m("answer negation_housing duration", "有 一套小两居 住了快三年", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="jinan", kids=[yo(4)]))
m("relative_date duration housing_fund insurance", "前天上午生的 七斤二两 娃他爸公积金交了四年了 我没有公积金 我是灵活就业自己交的社保",
  [bd(1, back(2)), f("housing_fund_contributors", 1), f("birth_insurance", "flexible_employment")], known=K(city="jinan"))
m("correction relative_date", "搞错了 是昨天生的 不是前天 我都熬糊涂了", [bd(1, back(1), "r")], known=K(city="jinan", kids=[back(2)]))
m("duration now_vs_birth", "低保吃了两年 今年三月份停了 现在俩孩子都上学了", [f("hardship_now", False), n(2)],
  known=K(city="jinan", kids=[yo(9), yo(7)]))
m("question insurance", "俺是灵活就业参的保 生娃能报销多少钱", [f("birth_insurance", "flexible_employment")],
  known=K(city="beijing", kids=[{"due_date": nextmonth(12)}]))
m("answer age", "就一个小子 快九岁了 不打算要二胎", [n(1), bd(1, almost(9))], asked="children", known=K(city="beijing"))
m("chitchat", "哈哈 好的 我让俺闺女再问问", [])
m("age duration", "孙女快一岁了 儿媳妇产假休完回去上班半年多了 俺在这帮着带", [bd(1, almost(1))], known=K(city="jinan"))
m("answer duration", "北京 在这边打工十几年了", [f("city", "beijing")], asked="city")
m("correction now_vs_birth per_birth_hardship birth_order", "说错了 我们现在没在领低保 是生老大那会儿领的",
  [f("hardship_now", False, "r"), chb(1, True)], known=K(city="jinan", hardship_now=True, kids=[yo(6), yo(2)]))

T("2025-10-13")  # Monday
m("relative_date age birth_order duration", "上周六小孙子出生了 大孙子五岁半 老两口来北京帮忙三年了",
  [bd(2, lastweek(5)), bd(1, yo(5)), f("city", "beijing")])
m("answer hukou duration", "算是吧 去年刚迁过来的 济南户口", [f("hukou_in_city", True, "c")], asked="hukou_in_city",
  known=K(city="jinan", kids=[yo(2)]))
m("duration housing_fund age pregnancy", "我跟孩子他爹都交了五六年公积金了 老大七岁 老二还在肚子里 预产期明年二月",
  [f("housing_fund_contributors", 2), bd(1, yo(7)), due(2, "2026-02")], known=K(city="jinan"))
m("correction pregnancy", "是明年一月 不是二月 医生给改了", [due(2, "2026-01", "r")],
  known=K(city="jinan", housing_fund_contributors=2, kids=[yo(7), {"due_date": "2026-02"}]))
m("question per_birth_hardship", "如果孩子生下来的时候我们在领失业金 能多领吗", [f("hardship_at_birth", True, "q")],
  known=K(city="beijing", kids=[{"due_date": nextmonth(12)}]))
m("answer housing_fund", "没有 都没", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors", known=K(city="jinan", kids=[mo(6)]))
m("duration age", "产假休了快五个月 孩子他奶奶帮着带 娃五个月大", [bd(1, mo(5))], known=K(city="jinan"))
m("chitchat", "这两天降温了 孩子有点咳嗽 先不说了", [])
m("duration negation_housing age birth_order", "在北京租房子八年了 俩孩子 大的十一 小的四岁",
  [f("city", "beijing"), f("renting", True), n(2), bd(1, yo(11)), bd(2, yo(4))])
m("answer negation_housing duration", "嗯 租了四年多了", [f("renting", True, "c")], asked="renting", known=K(city="jinan", kids=[yo(1)]))
m("duration housing_fund", "俺老伴退休前交了三十年公积金 现在家里就儿子一个人交", [f("housing_fund_contributors", 1)],
  known=K(city="jinan", kids=[yo(3)]))

T("2025-12-30")  # Tuesday
m("relative_date birth_order", "今天凌晨生的 三个孩子了 老大老二都是闺女 这回是个小子", [bd(3, today()), n(3)], known=K(city="jinan"))
m("answer per_birth_hardship", "没有 一回都没领过", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(9), yo(6), yo(2)]))
m("relative_date age birth_order duration hukou", "去年十月生的老二 老大刚满六岁 俺家在北京住了快二十年 户口一直是北京的",
  [bd(2, "2024-10"), bd(1, just(6)), f("city", "beijing"), f("hukou_in_city", True)])
m("correction age birth_order", "说错了 老大是快六岁 还差一个月", [bd(1, almost(6), "r")],
  known=K(city="beijing", hukou_in_city=True, kids=[just(6), "2024-10"]))
m("question", "公积金连续交满一年才能申请吗", [])
m("age duration housing_fund", "闺女坐月子呢 外孙十天大 她跟女婿公积金都交了三四年了", [bd(1, dago(10)), f("housing_fund_contributors", 2)],
  known=K(city="jinan"))
m("answer insurance duration", "居民医保 在老家交的 交了好几年了", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": nextmonth(4)}]))
m("answer negation_housing", "没 暂时不买", [f("buying_first_home", False, "c")], asked="buying_first_home", known=K(city="beijing", kids=[yo(4)]))
m("chitchat", "明天就元旦了 祝你新年快乐哈", [])
m("duration now_vs_birth short_year", "领特困供养快一年了 老伴走了以后才开始领的 孙子是二二年生的", [f("hardship_now", True), bd(1, "2022")],
  known=K(city="jinan"))
m("hukou duration housing_fund pregnancy", "我们两口子是济南户口 公积金我交了九年 他交了两年 孩子怀了七个月",
  [f("city", "jinan"), f("hukou_in_city", True), f("housing_fund_contributors", 2), due(1, preg(7))])

T("2026-02-05")  # Thursday
m("relative_date age birth_order", "上周三二宝出生 大宝刚四岁 在济南生的", [bd(2, lastweek(2)), bd(1, just(4))], known=K(city="jinan"))
m("correction relative_date birth_order", "哦不对 是上周四 不是上周三 我记岔了", [bd(2, lastweek(3), "r")],
  known=K(city="jinan", kids=[just(4), lastweek(2)]))
m("answer age birth_order", "两个 闺女十岁 儿子也快七岁了", [n(2), bd(1, yo(10)), bd(2, almost(7))], asked="children", known=K(city="beijing"))
m("duration housing_fund negation_housing age", "俺儿子儿媳在北京交了七八年公积金 去年买的房 孙女一岁半",
  [f("city", "beijing"), f("housing_fund_contributors", 2), f("owns_home_in_city", True), bd(1, yo(1))])
m("answer negation_housing", "没有 老家有一套 这边没有", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city",
  known=K(city="jinan", kids=[yo(2)]))
m("per_birth_hardship duration now_vs_birth relative_date", "生孩子那会儿正领失业金 领了九个月 今年一月刚领完 孩子是去年七月生的",
  [f("hardship_at_birth", True), f("hardship_now", False), bd(1, "2025-07")], known=K(city="jinan"))
m("question", "孩子身高一米三以上就要买票了是吧", [])
m("answer height", "一米一五左右吧 去年秋天量的", [ht(1, 115)], asked="children.height_cm", known=K(city="beijing", kids=[yo(4)]))
m("chitchat", "你稍等哈 我去翻翻户口本", [])
m("duration hukou age", "在北京住了三年 户口没迁 孩子刚满三周岁 属兔的", [f("city", "beijing"), f("hukou_in_city", False), bd(1, just(3))])
m("correction housing_fund", "说错了 是俩人交公积金", [f("housing_fund_contributors", 2, "r")],
  known=K(city="jinan", housing_fund_contributors=1, kids=[yo(5)]))

T("2026-03-26")  # Thursday
m("age birth_order duration", "大孙女八岁半 小孙子二十三天 儿子一家在济南住了十来年",
  [bd(1, yo(8)), bd(2, dago(23)), f("city", "jinan")])
m("answer hukou", "不是 户口还在河北", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(3)]))
m("duration housing_fund pregnancy", "我们俩一个交了十年公积金 一个刚交半年 孩子预产期六月底",
  [f("housing_fund_contributors", 2), due(1, nextmonth(6))], known=K(city="jinan"))
m("answer pregnancy", "清明前后吧 大概四月初", [due(1, nextmonth(4))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("correction housing_fund", "更正 公积金我们家交的是三个人 不是两个", [f("housing_fund_contributors", 3, "r")],
  known=K(city="beijing", housing_fund_contributors=2, kids=[yo(1)]))
m("question duration", "产假是一百五十八天还是一百二十八天", [])
m("duration now_vs_birth per_birth_hardship birth_order", "一直在领低保 领了有四五年了 生老二的时候就领着",
  [f("hardship_now", True), chb(2, True)], known=K(city="jinan", kids=[yo(9), yo(3)]))
m("answer per_birth_hardship now_vs_birth birth_order", "生大的时候没领 小的时候领着 现在也领",
  [chb(1, False), chb(2, True), f("hardship_now", True)], asked="hardship_at_birth", known=K(city="jinan", kids=[yo(6), yo(1)]))
m("chitchat", "哎呀 这字太小了 老花眼看不清", [])
m("age duration negation_housing hukou", "孩子五岁 上中班 我们在北京租房住了六年 没有北京户口",
  [bd(1, yo(5)), f("city", "beijing"), f("renting", True), f("hukou_in_city", False)])
m("answer negation_housing", "没 住自己家的", [f("renting", False, "c"), f("owns_home_in_city", True)], asked="renting",
  known=K(city="jinan", kids=[mo(8)]))

T("2026-05-19")  # Tuesday
m("relative_date multiples duration housing_fund", "昨天晚上生的 双胞胎 俩小子 我老公交了六年公积金 我没交",
  [bd(1, back(1)), bd(2, back(1)), n(2), f("housing_fund_contributors", 1)], known=K(city="beijing"))
m("correction relative_date multiples", "不对 是前天生的 过了十二点了", [bd(1, back(2), "r"), bd(2, back(2), "r")],
  known=K(city="beijing", housing_fund_contributors=1, kids=[back(1), back(1)]))
m("age birth_order duration", "老大十四了 老二十岁 老三才半岁 在济南住了半辈子",
  [bd(1, yo(14)), bd(2, yo(10)), bd(3, mo(6)), f("city", "jinan")])
m("answer housing_fund", "我和我对象 加上我爸 一共仨", [f("housing_fund_contributors", 3)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(1)]))
m("answer insurance duration", "单位给交的 交了五年多了", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="beijing", kids=[{"due_date": nextmonth(10)}]))
m("question birth_order", "要是明年再要一个 能享受济南的补贴吗", [due(3, year(1), "q")], known=K(city="jinan", kids=[yo(5), yo(2)]))
m("duration age", "产假还剩一个月 宝宝四个月了 奶粉钱可不少", [bd(1, mo(4))], known=K(city="jinan"))
m("chitchat", "中 晓得了 多谢多谢", [])
m("relative_date birth_order duration housing_fund", "孙子是去年五月生的 孙女今年二月 儿子儿媳两个人都交公积金 交了得有五年了",
  [bd(1, "2025-05"), bd(2, "2026-02"), f("housing_fund_contributors", 2)], known=K(city="beijing"))
m("correction relative_date birth_order", "说错了 孙女是今年一月生的", [bd(2, "2026-01", "r")],
  known=K(city="beijing", housing_fund_contributors=2, kids=["2025-05", "2026-02"]))
m("answer hukou", "嗯 是的", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(2)]))

T("2026-07-08")  # Wednesday
m("relative_date age birth_order duration", "上周一老三出生了 老大老二一个十二一个九岁 全家在北京待了十五年",
  [bd(3, lastweek(0)), bd(1, yo(12)), bd(2, yo(9)), f("city", "beijing")])
m("answer age birth_order", "仨 最小的才一个星期", [n(3), bd(3, dago(7))], asked="children", known=K(city="jinan"))
m("duration now_vs_birth pregnancy hukou", "领失业金领了三个月了 老婆怀孕六个月 我们是济南户口",
  [f("hardship_now", True), due(1, preg(6)), f("city", "jinan"), f("hukou_in_city", True)])
m("correction pregnancy", "不对 怀孕是七个月 不是六个", [due(1, preg(7), "r")],
  known=K(city="jinan", hukou_in_city=True, hardship_now=True, kids=[{"due_date": preg(6)}]))
m("question", "失业金和生育津贴能同时领吗", [])
m("answer negation_housing duration", "没有 租了个小单间 一住四年", [f("owns_home_in_city", False, "c"), f("renting", True)],
  asked="owns_home_in_city", known=K(city="beijing", kids=[mo(2)]))
m("age height hukou", "孩子一岁十个月 身高才八十五 我们一家都是济南户口",
  [bd(1, age(1, 10)), ht(1, 85), f("city", "jinan"), f("hukou_in_city", True)])
m("chitchat", "哈哈 机器人也会说客气话", [])
m("duration housing_fund", "公积金我交了两年就辞职了 现在都不交了 老公也不交", [f("housing_fund_contributors", 0)],
  known=K(city="jinan", kids=[{"due_date": nextmonth(11)}]))
m("answer per_birth_hardship", "有 生的时候领着低保", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[mo(3)]))
m("age birth_order", "老人家问一下 孙子今年刚满十二 孙女七岁多 儿子一家在北京", [bd(1, just(12)), bd(2, yo(7)), f("city", "beijing")])

T("2026-09-21")  # Monday
m("relative_date age birth_order duration housing_fund", "上周五剖的 二胎 大的三岁八个月 老公公积金交了五年 我交了三年",
  [bd(2, lastweek(4)), bd(1, age(3, 8)), f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("correction relative_date birth_order", "是上周四 不是周五 我记错了", [bd(2, lastweek(3), "r")],
  known=K(city="jinan", housing_fund_contributors=2, kids=[age(3, 8), lastweek(4)]))
m("answer negation_housing duration", "打算 攒了好几年首付了 明年买", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="beijing", kids=[yo(2)]))
m("duration now_vs_birth per_birth_hardship birth_order", "低保停了快两年了 生老大老二的时候都领着",
  [f("hardship_now", False), chb(1, True), chb(2, True)], known=K(city="jinan", kids=[yo(8), yo(5)]))
m("answer height birth_order", "老大一米三五 老二一米零二", [ht(1, 135), ht(2, 102)], asked="children.height_cm",
  known=K(city="beijing", kids=[yo(9), yo(4)]))
m("question duration", "住满几年才能申请公租房", [])
m("age duration insurance housing_fund", "闺女十六个月 在北京交社保四年了 职工医保 我们两口子都没公积金",
  [bd(1, mo(16)), f("city", "beijing"), f("birth_insurance", "employee_maternity"), f("housing_fund_contributors", 0)])
m("chitchat", "中秋节快到了 先祝你节日快乐", [])
m("answer duration", "济南的 来了七八年了", [f("city", "jinan")], asked="city")
m("correction hukou", "说错了 俺们户口不在北京 在老家", [f("hukou_in_city", False, "r")],
  known=K(city="beijing", hukou_in_city=True, kids=[yo(6)]))
m("multiples age pregnancy", "家里就俩孙女 双胞胎 三岁半了 儿媳妇又怀上了 四个月",
  [n(2), bd(1, yo(3)), bd(2, yo(3)), due(3, preg(4))], known=K(city="jinan"))
m("answer negation_housing duration", "嗯 一直租 快六年了", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[yo(5)]))

T("2026-11-26")  # Thursday
m("relative_date age birth_order duration negation_housing", "前天生的老二 老大五岁多 在济南住了九年 房子是租的",
  [bd(2, back(2)), bd(1, yo(5)), f("city", "jinan"), f("renting", True)])
m("correction age birth_order", "说错了 老大是四岁多 不是五岁", [bd(1, yo(4), "r")],
  known=K(city="jinan", renting=True, kids=[yo(5), back(2)]))
m("answer per_birth_hardship", "算是吧 那会儿领着失业金", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=[mo(2)]))
m("duration housing_fund age", "我交公积金十一年了 爱人去年才开始交 孩子快三岁", [f("housing_fund_contributors", 2), bd(1, almost(3))],
  known=K(city="jinan"))
m("question duration", "生育津贴按多少天算 一百五十八天吗", [])
m("answer housing_fund", "就我爱人 我是打零工的", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[yo(1)]))
m("relative_date age birth_order duration now_vs_birth", "俺家老二上周二出生 老大八岁 俺俩现在都在领低保 领了一年多",
  [bd(2, lastweek(1)), bd(1, yo(8)), f("hardship_now", True)], known=K(city="jinan"))
m("chitchat", "哦哦 那我明白了 回头让孩子他爸来弄", [])
m("answer pregnancy", "说是明年三月中旬", [due(2, "2027-03")], asked="due_date", known=K(city="jinan", kids=[yo(4), {"due_date": None}]))
m("correction height", "更正一下 孩子身高一米一八 刚才写成一米八了", [ht(1, 118, "r")],
  known=K(city="beijing", kids=[{"birth_date": yo(5), "height_cm": 180}]))
m("age duration insurance hukou", "孩子出生四十二天 我产假还有三个多月 单位交的生育险 北京户口",
  [bd(1, dago(42)), f("birth_insurance", "employee_maternity"), f("city", "beijing"), f("hukou_in_city", True)])
m("answer hukou duration", "没 户口在老家 来北京打工二十年了", [f("hukou_in_city", False, "c")], asked="hukou_in_city",
  known=K(city="beijing", kids=[yo(7)]))
m("short_year birth_order per_birth_hardship", "仨孩子 老大一五年 老二一九年 老三二三年 老大老二生的时候没领 生老三那会儿领着低保",
  [n(3), bd(1, "2015"), bd(2, "2019"), bd(3, "2023"), chb(1, False), chb(2, False), chb(3, True)], known=K(city="jinan"))
m("duration age", "住了五年了 车牌还是没摇上号 孩子都两岁了", [bd(1, yo(2))], known=K(city="beijing"))
