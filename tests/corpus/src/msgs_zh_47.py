# Chinese, batch 47: hardship at each birth (低保, 特困供养, 失业金/失业保险金) told by time words (那年, 那阵, 之前/以后,
# 从X年领到Y年, 刚批下来, 停了), by order and kinship words (老大/小的/大外孙/重孙子), benefits that started or stopped
# between two births, now-only statements, negations, answers to the hardship question, corrections that move a
# hardship from one birth to another; the only child named by a kinship word (child.hardship_at_birth) versus
# 孩子/娃/宝宝/他/生的时候 (hardship_at_birth); durations that are not ages, relative dates (上上个月, 前年冬天,
# 大前天, 前儿个) and Chinese numerals (二〇二四年十二月廿号, 九月廿八)
T("2025-01-09")  # Thursday: 上周X = the week of 2024-12-30
m("per_birth_hardship birth_order", "俺家老大落地那年正赶上吃低保 老二出来时早不吃了", [chb(1, True), chb(2, False)],
  known=K(city="jinan", kids=["2016-07", "2023-02"]))
m("per_birth_hardship", "生外孙女那阵 闺女两口子都领着失业金", [chb(1, True)], known=K(city="jinan", kids=["2024-05"]))
m("per_birth_hardship", "娃生下来那会家里是特困供养", [f("hardship_at_birth", True)], known=K(city="beijing", kids=["2024-09"]))
m("now_vs_birth", "上礼拜街道来信儿了 低保给批了", [f("hardship_now", True)], known=K(city="jinan", kids=["2023-03"]))
m("relative_date", "大前天夜里两点生的 六斤八两", [bd(1, back(3))], known=K(city="jinan"))
m("duration now_vs_birth", "失业保险金拿了七个月了 还剩五个月到期", [f("hardship_now", True)], known=K(city="beijing"))
m("answer per_birth_hardship birth_order", "头一个那会儿领着 第二个没赶上", [chb(1, True), chb(2, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2018-11", "2024-06"]))
m("correction per_birth_hardship birth_order", "弄错了 低保是生老二那年吃上的 老大那时候还没有", [chb(2, True, "r"), chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2017-03", "hardship_at_birth": True}, {"birth_date": "2022-08", "hardship_at_birth": False}]))
m("chitchat", "腊八了 熬了一锅粥 孙子喝了两碗", [])
m("question", "特困户家的孩子 补贴标准跟别人一样不", [])
m("relative_date birth_order", "二宝是上周一剖出来的 昨天才出院", [bd(2, lastweek(0))], known=K(city="beijing", kids=["2021-04"]))
m("numerals short_year per_birth_hardship", "一九年生的闺女 那年我们家在领低保", [bd(1, "2019"), chb(1, True)], known=K(city="jinan"))
m("numerals", "二〇二四年十二月廿号生的", [bd(1, "2024-12-20")], known=K(city="jinan"))
m("per_birth_hardship numerals", "仨孩子出生的时候 一回低保都没吃过", [n(3), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=["2015-02", "2019-09", "2023-12"]))
m("now_vs_birth per_birth_hardship", "现在吃低保 可生他那阵还没有", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="beijing", kids=["2022-10"]))
m("answer per_birth_hardship", "没 俺俩那阵都在厂里干着呢", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2024-11"]))
m("question", "低保户和特困户 这个补贴是一个标准吗", [])

T("2025-04-15")  # Tuesday: 上周X = the week of 2025-04-07
m("per_birth_hardship short_year now_vs_birth", "失业金从二二年秋天一直领到二四年 现在不领了 老大二一年的 老二二三年的",
  [bd(1, "2021"), bd(2, "2023"), chb(1, False), chb(2, True), f("hardship_now", False)], known=K(city="jinan"))
m("per_birth_hardship", "生孙子那时候儿子家吃着低保", [chb(1, True)], known=K(city="jinan", kids=["2023-06"]))
m("per_birth_hardship", "孩子落生那阵子 我们不吃低保", [f("hardship_at_birth", False)], known=K(city="beijing", kids=["2024-01"]))
m("relative_date", "上上个月生的 小子", [bd(1, thismonth(-2))], known=K(city="jinan"))
m("now_vs_birth", "低保上个月给停了", [f("hardship_now", False)], known=K(city="jinan", kids=["2022-05"]))
m("answer per_birth_hardship birth_order", "大的没有 小的那年刚好在领特困", [chb(1, False), chb(2, True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2019-10", "2024-11"]))
m("duration chitchat", "产假还有俩月就休完了", [], known=K(city="beijing", kids=["2025-02"]))
m("relative_date per_birth_hardship birth_order", "前年冬天生的老二 那会儿俺们刚吃上低保", [bd(2, year(-2)), chb(2, True)],
  known=K(city="jinan", kids=["2018-03"]))
m("correction per_birth_hardship birth_order", "我刚才说反了 领失业金的是生老大那阵 不是老二", [chb(1, True, "r"), chb(2, False, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2019-05", "hardship_at_birth": False}, {"birth_date": "2024-07", "hardship_at_birth": True}]))
m("chitchat", "清明回老家上坟 刚回来 累得够呛", [])
m("question", "特困供养的人家生二胎有额外的钱吗", [])
m("per_birth_hardship numerals", "三个娃出生时 家里都是低保户", [n(3), f("hardship_at_birth", True)], known=K(city="beijing"))
m("relative_date birth_order", "外孙上周六生的 闺女的头胎", [bd(1, lastweek(5))], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship", "生娃那阵领着失业金 现在找着活了不领了", [f("hardship_at_birth", True), f("hardship_now", False)],
  known=K(city="jinan", kids=["2024-12"]))
m("answer per_birth_hardship", "在领 低保", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2025-03"]))
m("numerals age birth_order", "老大二〇一九年三月生的 老二刚满周岁", [bd(1, "2019-03"), bd(2, just(1))], known=K(city="jinan"))

T("2025-08-20")  # Wednesday: 上周X = the week of 2025-08-11
m("per_birth_hardship birth_order", "低保是老大生完以后才办下来的 老二生的时候正吃着", [chb(1, False), chb(2, True)],
  known=K(city="jinan", kids=["2017-05", "2021-09"]))
m("per_birth_hardship", "俺闺女出生那会 俺两口子都在领失业金", [chb(1, True)], known=K(city="beijing", kids=["2023-11"]))
m("per_birth_hardship", "生的时候没吃低保 也不是特困", [f("hardship_at_birth", False)], known=K(city="jinan", kids=["2025-02"]))
m("relative_date", "大前天晚上生了 是个丫头", [bd(1, back(3))], known=K(city="beijing"))
m("now_vs_birth duration", "失业金还有三个月到期", [f("hardship_now", True)], known=K(city="jinan", kids=["2020-07"]))
m("answer per_birth_hardship numerals", "没领过 俩孩子出生时都没有", [f("hardship_at_birth", False, "c"), n(2)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2019-01", "2022-06"]))
m("chitchat", "今天热得邪乎 孩子在屋里嗷嗷哭", [])
m("question", "低保停了以后 补贴会不会也给停了", [])
m("correction per_birth_hardship", "不是 领特困那是生小孙女的时候 大孙子那会儿没有", [chb(2, True, "r"), chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2018-04", "hardship_at_birth": True}, {"birth_date": "2023-07", "hardship_at_birth": False}]))
m("per_birth_hardship numerals short_year birth_order", "老大二〇年的 老二二四年的 领失业金是二四年那会儿",
  [bd(1, "2020"), bd(2, "2024"), chb(2, True)], known=K(city="jinan"))
m("relative_date birth_order", "老三是上周五凌晨生的", [bd(3, lastweek(4))], known=K(city="jinan", kids=["2016-06", "2020-02"]))
m("per_birth_hardship now_vs_birth", "生孙女那年不吃低保 今年春天才吃上", [chb(1, False), f("hardship_now", True)],
  known=K(city="jinan", kids=["2022-12"]))
m("answer per_birth_hardship", "不是", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2025-05"]))
m("numerals pregnancy", "预产期十一月廿号", [due(1, nextmonth(11, 20))], known=K(city="jinan"))
m("hukou per_birth_hardship", "济南户口 娃出生时候低保户", [f("city", "jinan"), f("hukou_in_city", True), f("hardship_at_birth", True)])
m("duration insurance", "生育险交了十一个月了 差一个月满一年", [f("birth_insurance", "employee_maternity")], known=K(city="beijing"))
m("question", "失业金和生育津贴能一块儿领吗", [])

T("2025-11-03")  # Monday: 上周X = the week of 2025-10-27
m("per_birth_hardship birth_order", "大小子生那年吃着低保 二小子生的时候停了", [chb(1, True), chb(2, False)],
  known=K(city="jinan", kids=["2015-08", "2021-03"]))
m("per_birth_hardship", "生外孙那阵子 女婿刚下岗领失业金", [chb(1, True)], known=K(city="jinan", kids=["2024-10"]))
m("per_birth_hardship", "宝宝出生的时候 家里啥也没领", [f("hardship_at_birth", False)], known=K(city="beijing", kids=["2025-06"]))
m("relative_date birth_order", "上周三半夜生的老二", [bd(2, lastweek(2))], known=K(city="jinan", kids=["2020-12"]))
m("now_vs_birth", "特困供养的手续开春才跑下来 现在每月都到账", [f("hardship_now", True)], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "老二那会儿有 老大没", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2020-05", "2025-01"]))
m("correction per_birth_hardship", "更正一下 娃出生那阵子其实家里没在领失业金", [f("hardship_at_birth", False, "r")],
  known=K(city="jinan", hardship_at_birth=True, kids=["2024-03"]))
m("duration now_vs_birth", "低保吃了快两年了", [f("hardship_now", True)], known=K(city="jinan", kids=["2019-09"]))
m("chitchat", "立冬快到了 给娃买了身棉袄", [])
m("question", "特困户生娃 补贴是一次性给还是按月", [])
m("numerals per_birth_hardship birth_order", "二〇一七年生老大 二〇二二年生老二 两回都是吃低保的时候",
  [bd(1, "2017"), bd(2, "2022"), chb(1, True), chb(2, True)], known=K(city="jinan"))
m("relative_date", "闺女是上上个月生的", [bd(1, thismonth(-2))], known=K(city="beijing"))
m("per_birth_hardship now_vs_birth", "生他那阵子没低保 今年才办上", [f("hardship_at_birth", False), f("hardship_now", True)],
  known=K(city="beijing", kids=["2023-02"]))
m("answer per_birth_hardship", "嗯呐 领着", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2025-08"]))
m("age per_birth_hardship", "孙子一岁半 生他那阵儿子家是特困", [bd(1, yo(1)), f("hardship_at_birth", True)], known=K(city="jinan"))
m("duration chitchat", "产假一共一百五十八天 还剩二十来天", [], known=K(city="jinan", kids=["2025-07"]))
m("question", "失业金停了还能算困难家庭不", [])

T("2026-02-12")  # Thursday: 上周X = the week of 2026-02-02
m("per_birth_hardship birth_order", "老大生完第二年才吃上低保 老二那阵正吃着 老三生的时候又停了",
  [chb(1, False), chb(2, True), chb(3, False)], known=K(city="jinan", kids=["2014-06", "2018-10", "2023-05"]))
m("per_birth_hardship", "我儿子出生那会儿 我们两口子领失业保险金", [chb(1, True)], known=K(city="beijing", kids=["2021-12"]))
m("per_birth_hardship", "生娃时候不是低保户", [f("hardship_at_birth", False)], known=K(city="jinan", kids=["2025-11"]))
m("relative_date", "大前天剖的 母子平安", [bd(1, back(3))], known=K(city="jinan", kids=[{"due_date": "2026-02"}]))
m("now_vs_birth relative_date", "低保去年十二月停了", [f("hardship_now", False)], known=K(city="jinan", kids=["2021-08"]))
m("answer per_birth_hardship numerals", "都没有 仨孩子都没赶上", [f("hardship_at_birth", False, "c"), n(3)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2016-01", "2019-07", "2024-04"]))
m("correction per_birth_hardship birth_order", "说岔了 老二出生那年不是特困 老三那年才是", [chb(2, False, "r"), chb(3, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2015-03"}, {"birth_date": "2019-11", "hardship_at_birth": True},
                              {"birth_date": "2024-02", "hardship_at_birth": False}]))
m("chitchat", "小年 蒸了一锅馒头 孙子抢着吃", [])
m("question", "领着特困供养 还能不能再领育儿补贴", [])
m("numerals per_birth_hardship birth_order", "二〇二五年三月生的小闺女 那阵刚领上失业金", [bd(2, "2025-03"), chb(2, True)],
  known=K(city="beijing", kids=["2020-08"]))
m("relative_date birth_order", "外孙女是上周四生的 老二", [bd(2, lastweek(3))], known=K(city="jinan", kids=["2022-03"]))
m("per_birth_hardship now_vs_birth birth_order", "生小孙子那阵不领 现在领失业金 儿子去年失业了", [chb(2, False), f("hardship_now", True)],
  known=K(city="jinan", kids=["2017-09", "2024-12"]))
m("duration now_vs_birth", "失业金领到今年六月底 还有四个多月", [f("hardship_now", True)], known=K(city="beijing"))
m("answer per_birth_hardship", "有 那会儿吃低保", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2025-12"]))
m("hukou per_birth_hardship birth_order", "户口不在北京 老大出生时领过失业金", [f("hukou_in_city", False), chb(1, True)],
  known=K(city="beijing", kids=["2019-04", "2023-10"]))
m("question", "低收入家庭算不算困难 能多领吗", [])
m("age per_birth_hardship", "闺女快三岁了 生她那年家里吃低保", [bd(1, almost(3)), f("hardship_at_birth", True)], known=K(city="jinan"))

T("2026-05-26")  # Tuesday: 上周X = the week of 2026-05-18
m("per_birth_hardship birth_order short_year numerals now_vs_birth", "俺家低保是二〇二〇年批的 一直吃到现在 老大一八年生的 老二二一年生的",
  [f("hardship_now", True), bd(1, "2018"), bd(2, "2021"), chb(1, False), chb(2, True)], known=K(city="jinan"))
m("per_birth_hardship", "生孙女的时候没吃低保", [chb(1, False)], known=K(city="jinan", kids=["2025-07"]))
m("per_birth_hardship", "那时候生孩子 正好领着失业金", [f("hardship_at_birth", True)], known=K(city="beijing", kids=["2024-02"]))
m("relative_date", "上上个月二十八号生的", [bd(1, thismonth(-2) + "-28")], known=K(city="jinan"))
m("now_vs_birth", "俺们不是低保户 也不领失业金", [f("hardship_now", False)], known=K(city="jinan", kids=["2023-09"]))
m("answer per_birth_hardship birth_order", "小的那次有 大的那次没有", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2019-12", "2025-09"]))
m("correction per_birth_hardship", "不对 生孩子那会儿是特困 不是没领", [f("hardship_at_birth", True, "r")],
  known=K(city="beijing", hardship_at_birth=False, kids=["2025-01"]))
m("chitchat", "端午快到了 包了点粽子 外孙爱吃蜜枣的", [])
m("question", "特困户家的补贴是不是直接打到社保卡上", [])
m("relative_date per_birth_hardship", "前年冬天生的孙子 那阵儿媳妇在领失业金", [bd(1, year(-2)), chb(1, True)], known=K(city="jinan"))
m("multiples per_birth_hardship numerals", "生这对双胞胎那阵 俺家正吃着低保 就这俩娃", [n(2), chb(1, True), chb(2, True)],
  known=K(city="jinan", kids=["2024-08", "2024-08"]))
m("duration now_vs_birth", "失业金一共能领十二个月 领了九个月了", [f("hardship_now", True)], known=K(city="beijing", kids=["2022-01"]))
m("answer per_birth_hardship", "没有 当时两口子都挣工资", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2026-04"]))
m("age per_birth_hardship birth_order", "老大八岁 老二两岁 生老二那年刚吃上低保", [bd(1, yo(8)), bd(2, yo(2)), chb(2, True)], known=K(city="jinan"))
m("question", "低保户的孩子坐公交是不是也免票", [])
m("relative_date", "娃大前天生的 今天出院", [bd(1, back(3))], known=K(city="beijing"))
m("per_birth_hardship now_vs_birth birth_order", "特困今年一月份批下来的 一直领着 老大出生那会儿还没有 老二四月生的",
  [f("hardship_now", True), chb(1, False), chb(2, True)], known=K(city="jinan", kids=["2023-06", "2026-04"]))

T("2026-08-05")  # Wednesday: 上周X = the week of 2026-07-27
m("per_birth_hardship birth_order", "老闺女出生那会 家里已经不吃低保了 大闺女那会还吃", [chb(2, False), chb(1, True)],
  known=K(city="jinan", kids=["2016-02", "2024-09"]))
m("per_birth_hardship", "生俺家小子那阵 他爹领着失业金", [chb(1, True)], known=K(city="jinan", kids=["2025-04"]))
m("per_birth_hardship", "宝宝生下来那天 我们还在吃低保", [f("hardship_at_birth", True)], known=K(city="beijing", kids=["2026-06"]))
m("relative_date birth_order", "二小子上礼拜一落的地", [bd(2, lastweek(0))], known=K(city="jinan", kids=["2022-10"]))
m("now_vs_birth duration", "失业金就剩最后一个月了", [f("hardship_now", True)], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "生第一个没有 生第二个有", [chb(1, False), chb(2, True)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2021-03", "2026-01"]))
m("correction per_birth_hardship birth_order", "刚才说错了 领失业金是生老二外孙那阵 老大外孙女那阵没领", [chb(2, True, "r"), chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2019-06", "hardship_at_birth": True}, {"birth_date": "2023-11", "hardship_at_birth": False}]))
m("chitchat", "立秋了 还是热 外孙天天要吃冰棍", [])
m("question", "失业金领完了 还能接着申请低保不", [])
m("relative_date now_vs_birth", "大前天生的 家里是特困户", [bd(1, back(3)), f("hardship_now", True)], known=K(city="jinan"))
m("numerals per_birth_hardship", "孩子二〇二五年十月出生 当时没领任何补助", [bd(1, "2025-10"), f("hardship_at_birth", False)], known=K(city="jinan"))
m("per_birth_hardship numerals", "俩孙子出生的时候 儿子家都吃着低保", [n(2), chb(1, True), chb(2, True)],
  known=K(city="jinan", kids=["2019-02", "2022-07"]))
m("duration chitchat", "生育津贴发了四个月", [], known=K(city="beijing", kids=["2026-03"]))
m("answer now_vs_birth", "没领过 也不是低保户", [f("hardship_at_birth", False, "c"), f("hardship_now", False)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2026-05"]))
m("per_birth_hardship now_vs_birth birth_order", "生老三那年领的失业金 今年三月领完了", [chb(3, True), f("hardship_now", False)],
  known=K(city="jinan", kids=["2015-10", "2019-05", "2025-08"]))
m("question", "特困人员生的孩子 北京这边有啥政策", [])
m("relative_date", "闺女是上上个月十五号生的", [bd(1, thismonth(-2) + "-15")], known=K(city="beijing"))

T("2026-10-29")  # Thursday: 上周X = the week of 2026-10-19
m("per_birth_hardship birth_order short_year", "失业金是一九年到二一年领的 老大一八年生 老二二〇年生",
  [bd(1, "2018"), bd(2, "2020"), chb(1, False), chb(2, True)], known=K(city="jinan"))
m("per_birth_hardship", "生重孙子那会 孙子家正吃低保", [chb(1, True)], known=K(city="jinan", kids=["2025-12"]))
m("per_birth_hardship", "生的时候 低保还没批下来", [f("hardship_at_birth", False)], known=K(city="jinan", kids=["2026-03"]))
m("relative_date birth_order", "二胎上周二出生", [bd(2, lastweek(1))], known=K(city="beijing", kids=["2022-08"]))
m("now_vs_birth", "低保前年就停了", [f("hardship_now", False)], known=K(city="jinan", kids=["2018-01"]))
m("answer per_birth_hardship", "嗯 特困", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2026-09"]))
m("correction per_birth_hardship birth_order", "更正 老大出生的时候也在领低保", [chb(1, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2017-04", "hardship_at_birth": False}, {"birth_date": "2023-02", "hardship_at_birth": True}]))
m("chitchat", "重阳节 闺女带着外孙来看我了", [])
m("question", "低保是按户算还是按人算啊", [])
m("numerals", "九月廿八生的 头一胎", [bd(1, pastmonth(9, 28))], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth age", "娃两岁了 生他那会儿吃着低保 现在也吃", [bd(1, yo(2)), f("hardship_at_birth", True), f("hardship_now", True)],
  known=K(city="beijing"))
m("duration now_vs_birth", "失业金还有五个月才到期呢", [f("hardship_now", True)], known=K(city="beijing", kids=["2024-06"]))
m("answer per_birth_hardship numerals", "两个娃出生时都没有", [f("hardship_at_birth", False), n(2)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2020-11", "2026-02"]))
m("relative_date", "前儿个下午生的 七斤", [bd(1, back(2))], known=K(city="jinan"))
m("question", "领失业金期间能不能交灵活就业的生育险", [])
m("per_birth_hardship birth_order", "大外孙生那年没低保 小外孙生那年有了", [chb(1, False), chb(2, True)],
  known=K(city="jinan", kids=["2017-07", "2025-03"]))

T("2026-11-23")  # Monday: 上周X = the week of 2026-11-16
m("per_birth_hardship birth_order", "吃低保那几年正好赶上生老二 老大老三都没赶上", [chb(2, True), chb(1, False), chb(3, False)],
  known=K(city="jinan", kids=["2013-05", "2018-09", "2024-12"]))
m("per_birth_hardship", "大孙女出生那年 家里啥补助都没有", [chb(1, False)], known=K(city="beijing", kids=["2022-04"]))
m("per_birth_hardship", "怀他生他那阵子 一直领着失业金", [f("hardship_at_birth", True)], known=K(city="jinan", kids=["2025-10"]))
m("relative_date birth_order", "老三上周四生的", [bd(3, lastweek(3))], known=K(city="jinan", kids=["2019-03", "2022-12"]))
m("now_vs_birth", "这个月开始领失业金了", [f("hardship_now", True)], known=K(city="beijing", kids=["2024-04"]))
m("answer per_birth_hardship", "木有 啥也没领", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2026-10"]))
m("correction per_birth_hardship now_vs_birth", "我打错字了 生娃时候没领 失业金是这个月刚开始领的", [f("hardship_at_birth", False, "r"), f("hardship_now", True)],
  known=K(city="jinan", hardship_at_birth=True, kids=["2025-09"]))
m("chitchat", "下雪了 孙子非要出去堆雪人", [])
m("question", "二胎三胎的补贴 特困户有没有加码", [])
m("numerals per_birth_hardship", "二〇二一年生的儿子 那年我下岗领了失业保险金", [bd(1, "2021"), chb(1, True)], known=K(city="jinan"))
m("relative_date per_birth_hardship now_vs_birth birth_order", "上上个月生的二宝 生之前低保就停了",
  [bd(2, thismonth(-2)), chb(2, False), f("hardship_now", False)], known=K(city="jinan", kids=["2021-06"]))
m("duration now_vs_birth", "失业金领了十个月 上个月领完了", [f("hardship_now", False)], known=K(city="beijing"))
m("answer per_birth_hardship birth_order", "大宝那时有 二宝那时候早停了", [chb(1, True), chb(2, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2016-08", "2023-04"]))
m("age per_birth_hardship", "外孙女刚满月 生外孙女那会儿闺女家在领低保", [bd(1, mo(1)), chb(1, True)], known=K(city="jinan"))
m("per_birth_hardship", "当时生的时候 俩人一个领失业金一个打零工", [f("hardship_at_birth", True)], known=K(city="beijing", kids=["2025-05"]))
m("question", "低保户生孩子住院能报多少", [])
