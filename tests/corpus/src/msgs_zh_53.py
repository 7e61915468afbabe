# Chinese, batch 53: pregnancy and due dates (怀孕N个月, 预产期 with or without a day, 怀二胎/三胎, twins/triplets
# on the way, 还没怀上 vs 刚怀上, a pregnancy beside born children told by age); corrections of one fact among several
# known ones (不对/说错了/打错了/更正/纠正/搞混了); housing and its negations (没房/租房/住公婆家/单位的房/想买首套/老房子/
# 没打算买); insurance (职工生育险/居民医保/灵活就业/啥都没交); answers to every question, hukou, housing fund, now vs
# birth hardship, heights, plain questions and chitchat; colloquial, typos, mixed and full-width numerals
T("2024-01-18")  # Thursday: 上周X = the week of 2024-01-08
m("pregnancy age birth_order negation_housing", "媳妇怀孕五个月了 老大三岁半 俺们在济南租房住",
  [due(2, preg(5)), bd(1, yo(3)), f("renting", True)], known=K(city="jinan"))
m("pregnancy insurance", "预产期6月中旬 头一胎 俺俩都是单位给交的生育险",
  [due(1, nextmonth(6)), f("birth_insurance", "employee_maternity")], known=K(city="beijing"))
m("correction housing_fund", "说错了 公积金就我老公一个人交 我没交",
  [f("housing_fund_contributors", 1, "r")], known=K(city="jinan", renting=True, housing_fund_contributors=2, kids=[yo(2)]))
m("negation_housing", "俺们自己没房 也没在外面租 一直跟公婆挤一块住",
  [f("owns_home_in_city", False), f("renting", False)], known=K(city="jinan", kids=[yo(1)]))
m("answer pregnancy", "大夫说三月底", [due(2, nextmonth(3))], asked="due_date",
  known=K(city="jinan", kids=[yo(4), {"due_date": None}]))
m("question", "生育津贴是按啥标准发的 有人说按单位平均工资", [])
m("chitchat", "好嘞 俺先去接孩子放学 晚上再问", [])
m("age pregnancy multiples", "闺女6岁了 这回肚里是双胞胎 才俩月",
  [bd(1, yo(6)), due(2, preg(2)), due(3, preg(2))], known=K(city="beijing"))
m("correction pregnancy", "不对 预产其我打错了 是4月 其它没问题", [due(2, nextmonth(4), "r")],
  known=K(city="jinan", hukou_in_city=True, birth_insurance="employee_maternity", kids=[yo(2), {"due_date": "2024-05"}]))
m("answer insurance", "灵活就业那种 自己按月交的", [f("birth_insurance", "flexible_employment")], asked="birth_insurance",
  known=K(city="jinan"))
m("per_birth_hardship now_vs_birth", "生老二那阵吃着低保 现在俺找着活了 不吃了",
  [chb(2, True), f("hardship_now", False)], known=K(city="jinan", kids=[yo(5), mo(8)]))
m("relative_date birth_order age", "上周四刚生的 二胎 小子 老大是闺女 四岁",
  [bd(2, lastweek(3)), bd(1, yo(4))], known=K(city="jinan"))
m("question pregnancy", "还没怀上呢 要是今年能怀上 明年生的话 补贴有没有", [due(2, year(1), "q")],
  known=K(city="jinan", kids=[yo(3)]))
m("negation_housing", "俺家在济南有一套老房子 挺小的 暂时没打算再买",
  [f("owns_home_in_city", True), f("buying_first_home", False)], known=K(city="jinan"))
m("answer hukou", "不是 俺俩户口都还在菏泽老家", [f("hukou_in_city", False, "c")], asked="hukou_in_city",
  known=K(city="jinan"))
m("numerals insurance", "孩子二〇二三年十二月二十号出生的 刚一个月 我们都是居民医保",
  [bd(1, "2023-12-20"), f("birth_insurance", "resident_medical")], known=K(city="beijing"))
m("question height", "北京地铁孩子一米三以下免费 那一米三整的呢", [])

T("2024-05-22")  # Wednesday: 上周X = the week of 2024-05-13
m("pregnancy age birth_order", "怀三胎了 查出来两个月 家里俩闺女一个7岁一个4岁",
  [due(3, preg(2)), n(2), bd(1, yo(7)), bd(2, yo(4))], known=K(city="jinan"))
m("correction insurance", "刚才说错了 俺们保险是单位交的职工生育险 房子那些没错",
  [f("birth_insurance", "employee_maternity", "r")],
  known=K(city="beijing", renting=True, owns_home_in_city=False, birth_insurance="resident_medical", kids=[yo(1)]))
m("answer negation_housing", "对 月租三千二 在通州", [f("renting", True, "c")], asked="renting", known=K(city="beijing"))
m("answer negation_housing", "没有 老家倒是有 北京没有", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city",
  known=K(city="beijing"))
m("pregnancy age birth_order", "预产期是七月二号 二胎 老大快五岁了",
  [due(2, nextmonth(7, 2)), bd(1, almost(5))], known=K(city="jinan"))
m("housing_fund negation_housing question", "公积金俺俩都交着 想买首套房 有啥优惠不",
  [f("housing_fund_contributors", 2), f("buying_first_home", True)], known=K(city="jinan", kids=["2021-03", "2023-02"]))
m("chitchat", "哈哈 俺家那个皮猴子又把墙画花了", [])
m("answer short_year relative_date", "仨 大的一六年 二的一九年 最小的去年十一月",
  [n(3), bd(1, "2016"), bd(2, "2019"), bd(3, "2023-11")], asked="children", known=K(city="jinan"))
m("insurance question", "俺跟孩子他爹啥保险都没交 生孩子能报销不", [f("birth_insurance", "none")], known=K(city="jinan"))
m("relative_date birth_order", "二胎刚生 上周五 七斤二两", [bd(2, lastweek(4))], known=K(city="jinan", kids=[yo(3)]))
m("correction pregnancy", "不好意思打错字了 是怀孕六个月 不是四个月", [due(2, preg(6), "r")],
  known=K(city="jinan", renting=True, kids=[yo(2), {"due_date": preg(4)}]))
m("answer per_birth_hardship", "没领过 那时候俩人都上班", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(1)]))
m("now_vs_birth per_birth_hardship", "现在失业了 在领失业金 生孩子那会儿啥也没领",
  [f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan", kids=[mo(10)]))
m("question", "济南那个每月600的育儿补贴 是给到3周岁吗", [])
m("negation_housing", "房子是单位分的宿舍 俺们名下没房 也没打算买",
  [f("owns_home_in_city", False), f("buying_first_home", False)], known=K(city="jinan"))
m("height pregnancy question", "老大一米二八 坐地铁还免费吧 老婆又怀上了",
  [ht(1, 128), due(2, None)], known=K(city="beijing", kids=[yo(7)]))
m("answer negation_housing", "打算 就等公积金贷款了", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="jinan"))
m("age pregnancy", "外孙两岁零三个月 闺女肚里又揣上一个 五个月了",
  [bd(1, age(2, 3)), due(2, preg(5))], known=K(city="jinan"))

T("2024-09-09")  # Monday: 上周X = the week of 2024-09-02
m("hukou negation_housing pregnancy", "咱是北京户口 在北京有房 媳妇怀孕七个月",
  [f("hukou_in_city", True), f("owns_home_in_city", True), due(1, preg(7))], known=K(city="beijing"))
m("correction hukou", "说错了 我户口不在北京 还在河北 房子是对的", [f("hukou_in_city", False, "r")],
  known=K(city="beijing", hukou_in_city=True, owns_home_in_city=True, kids=[{"due_date": "2024-11"}]))
m("answer pregnancy numerals", "就这个月 二十六号", [due(2, "2024-09-26")], asked="due_date",
  known=K(city="beijing", kids=[yo(3), {"due_date": None}]))
m("relative_date multiples", "上周二生的 俩小子 双胞胎 头胎", [bd(1, lastweek(1)), bd(2, lastweek(1)), n(2)],
  known=K(city="jinan"))
m("negation_housing housing_fund", "租的房 俩人公积金都交着 听说能提出来交房租",
  [f("renting", True), f("housing_fund_contributors", 2)], known=K(city="jinan", kids=[yo(4), yo(1)]))
m("insurance", "我是灵活就业 自己交的职工医保", [f("birth_insurance", "flexible_employment")], known=K(city="jinan"))
m("chitchat", "小宝这两天拉肚子 愁死了", [])
m("question", "陪产假是15天还是更多", [])
m("age pregnancy", "俺孙女5岁 孙子2岁半 儿媳妇这又怀了 三个月了",
  [bd(1, yo(5)), bd(2, yo(2)), due(3, preg(3))], known=K(city="jinan"))
m("correction age", "打错了 俺家是三个娃 最小的才八个月 上回漏了", [n(3, "r"), bd(3, mo(8))],
  known=K(city="jinan", kids=[yo(6), yo(3)]))
m("answer height", "一米零五 刚量的", [ht(1, 105)], asked="children.height_cm", known=K(city="beijing", kids=[yo(4)]))
m("negation_housing", "不打算买房 就住俺爸妈那套 没租房",
  [f("buying_first_home", False), f("renting", False)], known=K(city="beijing"))
m("per_birth_hardship birth_order", "生老大的时候领着失业金 生老二就没有了", [chb(1, True), chb(2, False)],
  known=K(city="jinan", kids=[yo(4), mo(5)]))
m("answer", "俺们在北京 大兴", [f("city", "beijing")], asked="city")
m("question housing_fund", "要是俺俩都交公积金 贷款能贷多少", [f("housing_fund_contributors", 2, "q")],
  known=K(city="jinan", kids=[yo(2), yo(1)]))
m("insurance", "俺们没交生育险 就交的居民医保", [f("birth_insurance", "resident_medical")], known=K(city="jinan"))
m("relative_date birth_order", "上个月生的二宝 这个月办满月酒", [bd(2, thismonth(-1))], known=K(city="jinan", kids=[yo(5)]))
m("duration chitchat", "产假还剩俩月 真不想上班", [])

T("2025-02-20")  # Thursday: 上周X = the week of 2025-02-10
m("pregnancy numerals", "怀孕八个月 预产期三月二十号 头胎", [due(1, nextmonth(3, 20))], known=K(city="jinan"))
m("correction pregnancy", "不对 预产期是八月 不是九月 打错了", [due(2, nextmonth(8), "r")],
  known=K(city="jinan", hukou_in_city=True, renting=True, kids=[yo(3), {"due_date": "2025-09"}]))
m("answer pregnancy multiples", "双胞胎 说是七月份", [due(2, nextmonth(7)), due(3, nextmonth(7))], asked="due_date",
  known=K(city="jinan", kids=[yo(2), {"due_date": None}]))
m("negation_housing housing_fund", "家里没房 租了个两居 一个月1800 公积金就我一个人交",
  [f("owns_home_in_city", False), f("renting", True), f("housing_fund_contributors", 1)],
  known=K(city="jinan", kids=[yo(4), yo(1)]))
m("pregnancy insurance", "媳妇怀四个月了 她单位给上的生育保险",
  [due(1, preg(4)), f("birth_insurance", "employee_maternity")], known=K(city="beijing"))
m("answer negation_housing", "有 一套老房子 六十来平", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="jinan"))
m("chitchat", "过年吃太多了 胖了五斤 哈哈", [])
m("correction insurance", "更正一下 我现在是灵活就业 不是单位交的", [f("birth_insurance", "flexible_employment", "r")],
  known=K(city="beijing", birth_insurance="employee_maternity", housing_fund_contributors=2, kids=[yo(1)]))
m("question", "俺闺女还没怀上呢 就是先问问 北京生二胎有啥政策", [], known=K(city="beijing", kids=[yo(3)]))
m("relative_date age birth_order hukou", "二宝上周一出生 大宝刚满六岁 俺们是济南户口",
  [bd(2, lastweek(0)), bd(1, just(6)), f("hukou_in_city", True)], known=K(city="jinan"))
m("answer housing_fund", "俺俩谁都没交过公积金", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="jinan"))
m("age pregnancy", "家里俩孩子 一个9岁一个6岁 老三预产期明年一月",
  [n(2), bd(1, yo(9)), bd(2, yo(6)), due(3, "2026-01")], known=K(city="jinan"))
m("question", "公积金贷款三孩家庭能贷一百万是真的吗", [])
m("per_birth_hardship now_vs_birth", "老二出生时没吃低保 去年开始吃了 现在还在吃",
  [chb(2, False), f("hardship_now", True)], known=K(city="jinan", kids=[yo(7), yo(2)]))
m("answer negation_housing", "不是 住单位宿舍 不用交钱", [f("renting", False, "c")], asked="renting", known=K(city="jinan"))
m("height", "俩孩子 大的还没一米三 小的一米整", [n(2), below(1, 130), ht(2, 100)],
  known=K(city="beijing", kids=[yo(8), yo(3)]))
m("correction age", "说错了 老大是七岁半 不是六岁半", [bd(1, yo(7), "r")], known=K(city="jinan", kids=[yo(6), yo(2)]))

T("2025-06-10")  # Tuesday: 上周X = the week of 2025-06-02
m("pregnancy age negation_housing", "刚测出来怀上了 二胎 老大三岁 俺们在北京租房",
  [due(2, None), bd(1, yo(3)), f("renting", True)], known=K(city="beijing"))
m("pregnancy multiples", "媳妇怀了3个月 是双胞胎 之前一个都没生过",
  [n(0), due(1, preg(3)), due(2, preg(3))], known=K(city="jinan"))
m("correction negation_housing", "搞错了 俺们没租房 一直住俺妈家", [f("renting", False, "r")],
  known=K(city="jinan", renting=True, owns_home_in_city=False, housing_fund_contributors=1, kids=[yo(2)]))
m("answer per_birth_hardship", "是 生孩子那年吃的低保", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(1)]))
m("question", "灵活就业的生孩子报销比例是多少", [])
m("age housing_fund", "大孙子8岁 孙女刚满月 儿子儿媳都在济南交公积金",
  [bd(1, yo(8)), bd(2, mo(1)), f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("correction pregnancy", "说错了 是怀孕六个月 预产期应该是九月", [due(2, "2025-09", "r")],
  known=K(city="beijing", owns_home_in_city=True, kids=[yo(5), {"due_date": "2025-10"}]))
m("answer negation_housing", "不打算 在济南有房了",
  [f("buying_first_home", False, "c"), f("owns_home_in_city", True)], asked="buying_first_home", known=K(city="jinan"))
m("chitchat", "您这机器人还挺会聊", [])
m("question insurance", "要是俺交了职工生育险 住院生孩子全报吗", [f("birth_insurance", "employee_maternity", "q")],
  known=K(city="jinan"))
m("age hukou negation_housing", "孩子28天 俺们户口在济南 没房",
  [bd(1, dago(28)), f("hukou_in_city", True), f("owns_home_in_city", False)], known=K(city="jinan"))
m("height birth_order", "大闺女一米一五 小儿子九十八公分", [ht(1, 115), ht(2, 98)], known=K(city="beijing", kids=[yo(5), yo(2)]))
m("answer insurance", "居民医保 在社区交的", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="beijing"))
m("question", "托育机构一个月补400是给家长还是给机构", [])
m("relative_date birth_order negation_housing", "老三上周六生的 这下仨了 俺们住公婆家 自己没房",
  [bd(3, lastweek(5)), n(3), f("owns_home_in_city", False)], known=K(city="jinan", kids=[yo(6), yo(3)]))
m("correction housing_fund", "更正 我老婆单位其实给交公积金 就她一个", [f("housing_fund_contributors", 1, "r")],
  known=K(city="beijing", housing_fund_contributors=0, renting=True, kids=[yo(1)]))
m("answer pregnancy", "还没生呢 一个都没有 肚里这个预产期十月", [n(0), due(1, nextmonth(10))], asked="children",
  known=K(city="jinan"))
m("duration chitchat", "陪产假休完了 明天上班 唉", [])

T("2025-10-15")  # Wednesday: 上周X = the week of 2025-10-06
m("pregnancy age", "怀孕九个月了 老大都上小学了 七岁", [due(2, preg(9)), bd(1, yo(7))], known=K(city="jinan"))
m("correction hukou", "户口那个说错了 我们去年就迁到济南了", [f("hukou_in_city", True, "r")],
  known=K(city="jinan", hukou_in_city=False, renting=True, birth_insurance="resident_medical", kids=[yo(3)]))
m("answer pregnancy", "明年二月初", [due(1, "2026-02")], asked="due_date", known=K(city="beijing", kids=[{"due_date": None}]))
m("negation_housing housing_fund duration", "没房 正打算买首套 俺俩公积金都交了三年",
  [f("owns_home_in_city", False), f("buying_first_home", True), f("housing_fund_contributors", 2)],
  known=K(city="jinan", kids=[yo(2), mo(4)]))
m("negation_housing", "俺们一直住的单位的房 名下一套都没有", [f("owns_home_in_city", False)], known=K(city="beijing"))
m("chitchat", "今天降温了 给娃穿秋裤了没", [])
m("multiples age pregnancy", "就一对双胞胎 四岁半 现在又怀上了 五个月",
  [n(2), bd(1, yo(4)), bd(2, yo(4)), due(3, preg(5))], known=K(city="jinan"))
m("per_birth_hardship multiples", "生双胞胎那阵子俺们正领失业金", [chb(1, True), chb(2, True)],
  known=K(city="jinan", kids=[yo(2), yo(2)]))
m("answer hukou", "嗯嗯 都是北京户口", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing"))
m("question", "育儿假一年给几天啊 父母都有吗", [])
m("correction insurance", "哦不对 孩子他妈交的居民医保 不是啥都没交", [f("birth_insurance", "resident_medical", "r")],
  known=K(city="jinan", birth_insurance="none", renting=True, kids=[yo(1)]))
m("numerals pregnancy birth_order", "二〇二六年三月预产 第三胎 老大老二都上学了", [due(3, "2026-03")],
  known=K(city="jinan", kids=[yo(10), yo(7)]))
m("answer housing_fund", "俩 我和孩子爸", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="jinan"))
m("relative_date per_birth_hardship now_vs_birth", "老二上个月刚生 生老二那会没吃低保 现在也没吃",
  [bd(2, thismonth(-1)), chb(2, False), f("hardship_now", False)], known=K(city="beijing", kids=[yo(4)]))
m("answer negation_housing", "是的 租的 押一付三", [f("renting", True, "c")], asked="renting", known=K(city="jinan"))
m("question housing_fund", "公积金提取付房租要啥材料", [])
m("negation_housing", "济南没房 老家县城有一套 打算在济南买头一套",
  [f("owns_home_in_city", False), f("buying_first_home", True)], known=K(city="jinan"))
m("correction short_year", "不对不对 孩子是二四年三月生的 不是二三年", [bd(1, "2024-03", "r")],
  known=K(city="jinan", kids=["2023-03"]))

T("2026-03-05")  # Thursday: 上周X = the week of 2026-02-23
m("pregnancy insurance negation_housing", "我怀孕六个月了 老公单位给交的生育险 我们租房",
  [due(2, preg(6)), f("birth_insurance", "employee_maternity"), f("renting", True)], known=K(city="beijing", kids=[yo(2)]))
m("correction pregnancy", "更正一下 预产期是五月底 不是六月", [due(2, nextmonth(5), "r")],
  known=K(city="beijing", renting=True, birth_insurance="employee_maternity", kids=[yo(2), {"due_date": "2026-06"}]))
m("question", "二胎还没动静呢 俺就先打听打听 600那个补贴要啥条件", [], known=K(city="jinan", kids=[yo(1)]))
m("answer pregnancy", "还不知道 刚怀上没几天", [due(2, None)], asked="due_date", known=K(city="jinan", kids=[yo(3)]))
m("relative_date age birth_order", "上周三生了 是个闺女 俩娃了 哥哥5岁",
  [bd(2, lastweek(2)), n(2), bd(1, yo(5))], known=K(city="jinan"))
m("negation_housing", "住的公租房 每个月交房租", [f("renting", True)], known=K(city="jinan", kids=[yo(3), mo(6)]))
m("hukou housing_fund negation_housing", "俺俩都是济南户口 公积金也都交 就是没房",
  [f("hukou_in_city", True), f("housing_fund_contributors", 2), f("owns_home_in_city", False)], known=K(city="jinan"))
m("correction per_birth_hardship", "说错了 生老二那会儿就开始吃低保了", [chb(2, True, "r")],
  known=K(city="jinan", hardship_now=True, kids=[{"birth_date": yo(5)}, {"birth_date": yo(1), "hardship_at_birth": False}]))
m("answer insurance", "单位交的 职工生育保险", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="jinan"))
m("chitchat", "开学了 总算清静了", [])
m("pregnancy multiples", "怀的三胞胎 大夫说可能提前 预产期七月",
  [due(1, nextmonth(7)), due(2, nextmonth(7)), due(3, nextmonth(7))], known=K(city="beijing"))
m("answer negation_housing", "没 住的公婆的房子", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city",
  known=K(city="jinan"))
m("question height", "北京一米三以下坐公交免费 要办卡吗", [])
m("age pregnancy", "孩子一岁两个月 老婆又有了 俩月", [bd(1, age(1, 2)), due(2, preg(2))], known=K(city="jinan"))
m("correction", "打错了 是北京 不是济南 房子是租的没错", [f("city", "beijing", "r")],
  known=K(city="jinan", renting=True, kids=[yo(4)]))
m("housing_fund duration", "公积金交了五年了 就俺一个人交 媳妇没工作", [f("housing_fund_contributors", 1)],
  known=K(city="jinan"))
m("hukou", "俺们户口还在农村老家 没迁到济南", [f("hukou_in_city", False)], known=K(city="jinan", kids=[yo(2)]))

T("2026-07-21")  # Tuesday: 上周X = the week of 2026-07-13
m("pregnancy age birth_order insurance", "预产期就下个月十八号 第二个 老大两岁半 俺们居民医保",
  [due(2, thismonth(1) + "-18"), bd(1, yo(2)), f("birth_insurance", "resident_medical")], known=K(city="jinan"))
m("pregnancy multiples age", "怀上了 双胞胎 刚查出来 还不知道啥时候生 家里还有个哥哥三岁",
  [due(2, None), due(3, None), bd(1, yo(3))], known=K(city="beijing"))
m("correction pregnancy", "我说错了 是怀孕五个月 不是四个月", [due(1, preg(5), "r")],
  known=K(city="beijing", hukou_in_city=True, owns_home_in_city=True, kids=[{"due_date": "2026-12"}]))
m("answer negation_housing", "没有 俺爸妈的房 白住", [f("renting", False, "c")], asked="renting", known=K(city="beijing"))
m("answer age relative_date", "两个 大的8岁半 小的去年生的", [n(2), bd(1, yo(8)), bd(2, year(-1))], asked="children",
  known=K(city="beijing"))
m("insurance pregnancy", "我俩都没交保险 打零工的", [f("birth_insurance", "none")],
  known=K(city="jinan", kids=[{"due_date": None}]))
m("question", "三孩家庭公积金贷款额度是多少", [])
m("chitchat", "热死了 娃一身痱子", [])
m("relative_date birth_order per_birth_hardship now_vs_birth", "去年十二月生的老三 生老三的时候吃着低保 现在不吃了",
  [bd(3, "2025-12"), chb(3, True), f("hardship_now", False)], known=K(city="jinan", kids=[yo(9), yo(5)]))
m("answer per_birth_hardship", "没领过 俩孩子出生的时候都没有", [f("hardship_at_birth", False, "c"), n(2)],
  asked="hardship_at_birth", known=K(city="jinan", kids=[yo(6), yo(3)]))
m("height question", "大闺女一米四了 小的一米一 小的不用买票吧", [ht(1, 140), ht(2, 110)],
  known=K(city="beijing", kids=[yo(10), yo(5)]))
m("correction insurance", "不好意思 我搞混了 俺是居民医保 不是灵活就业", [f("birth_insurance", "resident_medical", "r")],
  known=K(city="jinan", birth_insurance="flexible_employment", housing_fund_contributors=1, kids=[yo(2)]))
m("negation_housing housing_fund", "在北京租房 公积金就老公交 想明年买房 首套",
  [f("renting", True), f("housing_fund_contributors", 1), f("buying_first_home", True)], known=K(city="beijing"))
m("age per_birth_hardship", "孩子4个月 生的时候俺在领失业金", [bd(1, mo(4)), f("hardship_at_birth", True)],
  known=K(city="jinan"))
m("answer negation_housing", "没打算 房价太高", [f("buying_first_home", False, "c")], asked="buying_first_home",
  known=K(city="beijing"))
m("height", "儿子一米三二 该买票了吧", [ht(1, 132)], known=K(city="beijing", kids=[yo(8)]))
m("question hukou", "如果我们是济南户口 二胎能领600吗", [f("hukou_in_city", True, "q")],
  known=K(city="jinan", hukou_in_city=False, kids=[yo(3), mo(2)]))

T("2026-11-12")  # Thursday: 上周X = the week of 2026-11-02
m("pregnancy age birth_order", "俺媳妇怀孕七个月 老大老二都是闺女 一个六岁一个三岁",
  [due(3, preg(7)), bd(1, yo(6)), bd(2, yo(3))], known=K(city="jinan"))
m("correction housing_fund", "纠正一下 公积金只有我交 老婆那边早断了", [f("housing_fund_contributors", 1, "r")],
  known=K(city="jinan", hukou_in_city=True, renting=False, owns_home_in_city=True, housing_fund_contributors=2, kids=[yo(4)]))
m("answer pregnancy", "一月中", [due(2, nextmonth(1))], asked="due_date",
  known=K(city="beijing", kids=[yo(1), {"due_date": None}]))
m("relative_date birth_order age negation_housing", "上周一生的老二 老大四岁 在北京没房 租着呢",
  [bd(2, lastweek(0)), bd(1, yo(4)), f("owns_home_in_city", False), f("renting", True)], known=K(city="beijing"))
m("chitchat", "双十一买了一堆尿不湿", [])
m("question pregnancy", "还没怀上 明年打算要 要是明年生三胎 补贴咋算", [due(3, year(1), "q")],
  known=K(city="jinan", kids=[yo(5), yo(2)]))
m("negation_housing", "在济南有套老房子 单位家属院的 八十年代盖的", [f("owns_home_in_city", True)], known=K(city="jinan"))
m("answer", "济南 槐荫区", [f("city", "jinan")], asked="city")
m("correction pregnancy numerals", "打错了 是12月2号 不是20号", [due(2, "2026-12-02", "r")],
  known=K(city="jinan", renting=True, kids=[yo(3), {"due_date": "2026-12-20"}]))
m("answer insurance", "自己交的 灵活就业", [f("birth_insurance", "flexible_employment")], asked="birth_insurance",
  known=K(city="jinan"))
m("question duration", "产假158天 是从生的那天开始算吗", [])
m("pregnancy age", "俺儿媳妇怀了四个月了 大孙子都九岁了 中间还有个孙女五岁半",
  [due(3, preg(4)), bd(1, yo(9)), bd(2, yo(5))], known=K(city="jinan"))
m("negation_housing housing_fund insurance", "房子是租的 也没交公积金 就居民医保",
  [f("renting", True), f("housing_fund_contributors", 0), f("birth_insurance", "resident_medical")],
  known=K(city="jinan", kids=[mo(2)]))
m("answer height", "没量过 反正不到一米三", [below(1, 130)], asked="children.height_cm", known=K(city="beijing", kids=[yo(7)]))
m("duration chitchat", "还有三个月就能上托育园了", [])
m("answer negation_housing", "有一套 在历下", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="jinan"))
