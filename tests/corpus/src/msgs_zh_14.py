# Chinese, batch 14: long run-on messages packing 3-6 facts (city, hukou, children, insurance, housing, benefits),
# worried parents/grandparents pouring out the family situation, relatives writing for others (替闺女问/帮邻居问),
# twins/triplets beside older children, per-birth hardship vs now, housing fund counts, heights, ages, answers, corrections
T("2025-01-13")  # Monday
m("hukou age pregnancy insurance birth_order question",
  "我替我闺女问问哈 她两口子在济南上班 户口都还在老家聊城没迁 外孙女三岁半了 现在又怀了五个月了 她单位一直给交着生育险 这二胎能领多少钱啊",
  [f("city", "jinan"), f("hukou_in_city", False), bd(1, yo(3)), due(2, preg(5)), f("birth_insurance", "employee_maternity")])
m("multiples age birth_order per_birth_hardship now_vs_birth",
  "唉说来话长 家里仨孩子 老大十岁了 下面一对双胞胎兄弟四岁多 生双胞胎那年孩子他爸厂子黄了领了大半年失业金 现在他开出租 早就不领了 我们在北京 有啥能帮衬的不",
  [n(3), bd(1, yo(10)), bd(2, yo(4)), bd(3, yo(4)), chb(2, True), chb(3, True), f("hardship_now", False), f("city", "beijing")])
m("answer relative_date birth_order",
  "两个 大的是闺女前年三月生的 小的是小子上个月刚生 还在月子里呢 奶奶我天天伺候着 腰都累直不起来了",
  [n(2), bd(1, year(-2) + "-03"), bd(2, thismonth(-1))], asked="children", known=K(city="jinan"))
m("housing_fund negation_housing age",
  "我们一家子在济南 我跟她妈都交公积金 就俩人交 房子现在还是租的 想明年买个首套 孩子七个月大 光奶粉尿不湿一个月就好几千",
  [f("city", "jinan"), f("housing_fund_contributors", 2), f("renting", True), f("buying_first_home", True), bd(1, mo(7))])
m("per_birth_hardship now_vs_birth hukou age birth_order",
  "我家在北京 北京户口 老大出生那会儿家里吃低保 老二生的时候已经不领了 现在也不领 俩孩子一个八岁一个三岁",
  [f("city", "beijing"), f("hukou_in_city", True), chb(1, True), chb(2, False), f("hardship_now", False),
   n(2), bd(1, yo(8)), bd(2, yo(3))])
m("correction age height",
  "不对不对刚才说错了 我孙子不是四岁 是五岁半 明年就上小学了 个头一米一五 在班里算高的",
  [bd(1, yo(5), "r"), ht(1, 115)], known=K(city="jinan", kids=[yo(4)]))
m("height question birth_order",
  "大孙子一米三二 小孙女一米零五 周末想带他俩去动物园 门票咋算的啊 我俩老的有没有优惠",
  [ht(1, 132), ht(2, 105)], known=K(city="beijing", kids=["2016-05", "2021-02"]))
m("question negation_housing",
  "我跟我对象在济南租房住 要是今年把户口迁到济南来 以后能多领点补贴吗 还是没区别",
  [f("city", "jinan"), f("renting", True), f("hukou_in_city", True, "q")])
m("relative_date multiples age birth_order",
  "昨天凌晨我闺女生了 龙凤胎 六斤二两和五斤八两 一家人高兴坏了 她家老大是个丫头 今年五岁半 这下儿女双全了",
  [bd(2, back(1)), bd(3, back(1)), bd(1, yo(5)), n(3)])
m("relative_date insurance hukou negation_housing",
  "上周二外孙出生的 剖的 今天刚出院 闺女在单位上班一直交着生育险 他们两口子都是北京户口 自己有房 就想问问生育津贴咋申请",
  [bd(1, lastweek(1)), f("birth_insurance", "employee_maternity"), f("city", "beijing"), f("hukou_in_city", True),
   f("owns_home_in_city", True)])
m("answer housing_fund",
  "就我媳妇一个人交 我是开网约车的 没单位 没有公积金 她交了五六年了",
  [f("housing_fund_contributors", 1)], asked="housing_fund_contributors", known=K(city="jinan", kids=["2023-04"]))
m("answer per_birth_hardship now_vs_birth",
  "生老三那阵子在领特困 老大老二出生时都没有 后来孩子他爸找着活了就停了 现在不领了",
  [chb(3, True), chb(1, False), chb(2, False), f("hardship_now", False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2014-09", "2018-03", "2022-06"]))
m("pregnancy multiples age birth_order insurance",
  "帮邻居家小媳妇问的 她家大宝两岁多 这回怀的是双胞胎 预产期说是五月中旬 她没上班 交的是居民医保 这种能报生孩子的钱吗",
  [bd(1, yo(2)), due(2, nextmonth(5)), due(3, nextmonth(5)), f("birth_insurance", "resident_medical")])
m("chitchat", "你这个机器人是真人不 咋回得这么快 我打字慢你多担待")

T("2025-02-28")  # Friday, month end
m("age numerals hukou housing_fund negation_housing",
  "俺儿子儿媳都在北京打工 户口在河北沧州 孙子一岁两个月 俩人都没公积金 房子租的 一个月租金就四千多 压力山大",
  [f("city", "beijing"), f("hukou_in_city", False), bd(1, age(1, 2)), f("housing_fund_contributors", 0), f("renting", True)])
m("multiples age birth_order height question",
  "家里四个孩子 三胞胎两个男孩一个女孩 今年刚满六岁 上头还有个哥哥十二了 一米六五了都 仨小的个头差不多 坐火车得买几张票啊",
  [n(4), bd(2, just(6)), bd(3, just(6)), bd(4, just(6)), bd(1, yo(12)), ht(1, 165)])
m("relative_date birth_order per_birth_hardship",
  "二宝是前年十月生的 赶上我刚失业 那阵子领着失业金 老大出生那年啥补助也没领过 济南这边能不能多给点",
  [bd(2, year(-2) + "-10"), chb(2, True), chb(1, False), f("city", "jinan")])
m("answer insurance relative_date duration",
  "灵活就业 自己在社保局交的 孩子是去年十二月生的 那会儿已经交了两年多了",
  [f("birth_insurance", "flexible_employment"), bd(1, year(-1) + "-12")], asked="birth_insurance", known=K(city="beijing"))
m("correction multiples",
  "哎呀我说错了 不是一个孩子 是一对双胞胎 俩丫头 姐姐比妹妹早出来十分钟",
  [n(2, "r")],
  known=K(city="jinan", kids=[year(-1) + "-08"]))
m("short_year birth_order hukou negation_housing",
  "老大18年的老二21年的老三23年 仨孩子都在济南上的户口 房子是自己的 贷款还没还完 家里就我老公一个人挣钱",
  [n(3), bd(1, "2018"), bd(2, "2021"), bd(3, "2023"), f("city", "jinan"), f("hukou_in_city", True), f("owns_home_in_city", True)])
m("answer hukou",
  "不是 我们户口都在老家 就孩子他奶奶是北京户口",
  [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing", kids=["2024-10"]))
m("now_vs_birth age pregnancy",
  "去年年底开始领低保了 孩子他爸瘫在床上 闺女快三岁了 我这又怀上了 刚查出来 不知道能不能要",
  [f("hardship_now", True), bd(1, almost(3)), due(2, None)])
m("duration age insurance",
  "孩子四个月大 产假还剩一个月 我单位交了八年生育险 津贴到现在还没发下来 都快急死了",
  [bd(1, mo(4)), f("birth_insurance", "employee_maternity")])
m("question pregnancy",
  "假如明年三月再生个老二 那时候北京的补贴政策还有吗 我们现在就一个儿子",
  [due(2, year(1) + "-03", "q"), n(1)], known=K(city="beijing", kids=["2022-07"]))

T("2025-03-31")  # Monday, month end
m("relative_date birth_order housing_fund",
  "上周四生的老二 七斤三两 母子平安 我跟我老婆都交公积金 我爸妈帮着带老大 老大六岁半",
  [bd(2, lastweek(3)), f("housing_fund_contributors", 2), bd(1, yo(6))])
m("answer negation_housing",
  "没有 没买过房 一直租着住 打算今年买首套",
  [f("owns_home_in_city", False, "c"), f("renting", True), f("buying_first_home", True)],
  asked="owns_home_in_city", known=K(city="jinan", kids=["2023-11"]))
m("per_birth_hardship multiples birth_order",
  "俺家三个孩子 老大生的时候没领啥 后来那对双胞胎出生时家里正吃着低保 现在还领着呢 日子是真难",
  [n(3), chb(1, False), chb(2, True), chb(3, True), f("hardship_now", True)])
m("correction housing_fund",
  "刚才说的公积金人数不对 是三个 我弟也在家里住 他单位也交",
  [f("housing_fund_contributors", 3, "r")], known=K(city="beijing", housing_fund_contributors=2))
m("age height birth_order hukou",
  "大闺女九岁 一米三八 小闺女刚满四岁 一米零二 都是济南户口 学校让交什么材料",
  [bd(1, yo(9)), ht(1, 138), bd(2, just(4)), ht(2, 102), f("city", "jinan"), f("hukou_in_city", True)])
m("chitchat question", "这个补贴是一次性给还是按月给啊 打到哪张卡上")
m("answer relative_date",
  "前天 晚上十点多生的 我在产房外头等了一宿",
  [bd(1, back(2))], asked="children", known=K(city="beijing", kids=[{"due_date": "2025-04"}]))
m("pregnancy numerals insurance hukou",
  "闺女预产期是二零二五年七月十八 她在北京上班交的职工医保生育险 户口也随女婿落北京了 我这当妈的能去帮着办啥手续",
  [due(1, "2025-07-18"), f("birth_insurance", "employee_maternity"), f("city", "beijing"), f("hukou_in_city", True)])

T("2025-09-30")  # Tuesday, month end
m("insurance hukou",
  "我是孩子姥姥 替我闺女问一下 她在济南 户口也在济南 外孙今天上午九点生的 八斤 闺女生之前辞职了 社保断了半年 生孩子这会儿啥保险也没有 能报多少算多少吧",
  [f("city", "jinan"), f("hukou_in_city", True), bd(1, today()), f("birth_insurance", "none")])
m("answer height birth_order",
  "大的上礼拜体检一米三一 小的才九十八公分 矮了点 奶奶天天给炖骨头汤",
  [ht(1, 131), ht(2, 98)], asked="children.height_cm", known=K(city="beijing", kids=["2017-02", "2021-11"]))
m("question age pregnancy",
  "我们在北京 就一个闺女 四岁半 我媳妇现在怀二胎三个月了 听说双胞胎补贴翻倍 是真的吗",
  [n(1), bd(1, yo(4)), due(2, preg(3)), f("city", "beijing")])
m("housing_fund negation_housing hukou age",
  "孙子的事我来问 儿子儿媳俩都在国企 公积金都交着 他们在北京买的房 孙子一岁半 户口随他爸是北京的",
  [f("housing_fund_contributors", 2), f("city", "beijing"), f("owns_home_in_city", True), bd(1, yo(1)), f("hukou_in_city", True)])
m("now_vs_birth per_birth_hardship age",
  "孩子出生的时候家里没吃低保 今年开春他爸住院把家底花光了 街道给办了低保 现在每月领着 孩子五岁了 在济南",
  [f("hardship_at_birth", False), f("hardship_now", True), bd(1, yo(5)), f("city", "jinan")])
m("correction pregnancy",
  "更正一下 预产期不是十二月 是明年一月五号 医生重新算的",
  [due(1, "2026-01-05", "r")], known=K(city="beijing", kids=[{"due_date": "2025-12"}]))
m("relative_date birth_order negation_housing",
  "大前年生的老大 前年生的老二 今年三月又添了个老三 仨孩子了 在济南也没个房子 一家五口挤在出租屋里",
  [bd(1, year(-3)), bd(2, year(-2)), bd(3, year() + "-03"), n(3), f("city", "jinan"),
   f("owns_home_in_city", False), f("renting", True)])
m("answer negation_housing housing_fund",
  "打算 正看着呢 首付还差点 公积金我俩都有 能贷不少",
  [f("buying_first_home", True, "c"), f("housing_fund_contributors", 2)], asked="buying_first_home",
  known=K(city="jinan", kids=["2024-06"], renting=True))
m("numerals hukou birth_order",
  "孙女出生在二〇二一年十月一号 国庆节那天 孙子是二〇二四年五月的 都在北京 户口不在北京 在内蒙",
  [bd(1, "2021-10-01"), bd(2, "2024-05"), f("city", "beijing"), f("hukou_in_city", False)])
m("chitchat", "谢谢你啊闺女 我老头子眼睛不好 都是我给他念的 你说的我们都记下了")
m("insurance per_birth_hardship age birth_order",
  "我是居民医保 生老大时家里有低保 生老二时没有了 老二才三个月 老大七岁 这种情况咋算",
  [f("birth_insurance", "resident_medical"), chb(1, True), chb(2, False), bd(2, mo(3)), bd(1, yo(7))])
m("age birth_order",
  "大外孙十一岁 二外孙女刚满八岁 小外孙一岁零三个月 三个娃都在济南 大的俩上学 小的在家我看着",
  [bd(1, yo(11)), bd(2, just(8)), bd(3, age(1, 3)), n(3), f("city", "jinan")])

T("2026-01-29")  # Thursday
m("relative_date birth_order age",
  "上周三儿媳妇生了 还是个小子 家里已经有俩孙子了 一个九岁一个六岁 这下仨了 他们在北京 儿子说二孩三孩补贴不一样 你给说说",
  [bd(3, lastweek(2)), bd(1, yo(9)), bd(2, yo(6)), n(3), f("city", "beijing")])
m("answer negation_housing pregnancy age birth_order",
  "嗯 租的 两室一厅 月租五千五 媳妇怀老二七个月了 老大三岁",
  [f("renting", True, "c"), due(2, preg(7))], asked="renting",
  known=K(city="beijing", owns_home_in_city=False, kids=["2022-05"]))
m("correction hukou",
  "上次说错了 我们户口其实在本地 前年就迁过来了 孩子户口也落了",
  [f("hukou_in_city", True, "r")], known=K(city="jinan", hukou_in_city=False, kids=["2023-09"]))
m("multiples pregnancy age insurance",
  "大宝快五岁了 二胎怀的双胞胎 医生说预产期三月底 但是双胞胎一般早产 我们在济南 两口子单位都给交着生育险",
  [bd(1, almost(5)), due(2, nextmonth(3)), due(3, nextmonth(3)), f("city", "jinan"), f("birth_insurance", "employee_maternity")])
m("height question",
  "孩子现在一米零八 长得挺快 博物馆是一米二以下免票是吧",
  [ht(1, 108)], known=K(city="beijing", kids=["2021-03"]))
m("housing_fund negation_housing age hukou",
  "我们两口子都是打零工的 谁也没有公积金 在北京租了个地下室 孩子两岁多 户口在老家甘肃 孩子上学可咋办",
  [f("housing_fund_contributors", 0), f("city", "beijing"), f("renting", True), bd(1, yo(2)), f("hukou_in_city", False)])
m("age duration insurance",
  "闺女三岁零八个月 上幼儿园小班了 我生她前在单位交了五年生育险 生育津贴当时领了 现在想问还有别的补贴不",
  [bd(1, age(3, 8)), f("birth_insurance", "employee_maternity")])
m("answer per_birth_hardship now_vs_birth",
  "没有 那时候我俩都有工作 不过今年老公失业了 这个月开始领失业金",
  [f("hardship_at_birth", False, "c"), f("hardship_now", True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2024-02"]))
m("negation_housing age",
  "我们在济南已经有一套房了 孩子六岁 学区不好 想换房 二套还有啥补贴吗",
  [f("city", "jinan"), f("owns_home_in_city", True), bd(1, yo(6))])
m("short_year hukou housing_fund birth_order",
  "俩闺女一个一九年一个二二年 户口都在北京 我们家就我一个人交公积金 她爸是个体户没有",
  [bd(1, "2019"), bd(2, "2022"), n(2), f("city", "beijing"), f("hukou_in_city", True), f("housing_fund_contributors", 1)])

T("2026-02-02")  # Monday
m("relative_date birth_order age hukou negation_housing housing_fund",
  "上周日生的 七斤八两 是我们家老二 老大是个哥哥 今年刚满七岁 我们北京户口 家里有房 就是我俩都没公积金 单位不给交",
  [bd(2, lastweek(6)), bd(1, just(7)), f("city", "beijing"), f("hukou_in_city", True), f("owns_home_in_city", True),
   f("housing_fund_contributors", 0)])
m("answer age",
  "济南 历城区这边 孩子刚满一岁 上个礼拜刚抓的周",
  [f("city", "jinan"), bd(1, just(1))], asked="city")
m("correction relative_date birth_order",
  "我刚才说两个孩子 其实是三个 老三去年十一月生的 忙忘了",
  [n(3, "r"), bd(3, year(-1) + "-11")], known=K(city="beijing", kids=["2018-04", "2021-09"]))
m("per_birth_hardship now_vs_birth age birth_order",
  "我们家老大老二出生那几年都领着特困供养 老三出生时候已经脱贫了 不领了 现在也没有 老三才半岁",
  [chb(1, True), chb(2, True), chb(3, False), f("hardship_now", False), bd(3, mo(6))])
m("now_vs_birth per_birth_hardship age",
  "我老伴走得早 我一个人帮着带俩外孙 大的八岁 小的一岁多 闺女离婚了 现在领着低保 小的出生那会儿还没离 不领",
  [n(2), bd(1, yo(8)), bd(2, yo(1)), f("hardship_now", True), chb(2, False)])
m("question pregnancy per_birth_hardship",
  "我现在怀着呢 五个月 假如生孩子那会儿正好在领失业金 补贴是不是能多点",
  [due(1, preg(5)), f("hardship_at_birth", True, "q")])
m("answer pregnancy age",
  "三月二十号 这是二胎 老大在老家跟着爷爷奶奶 五岁了",
  [due(2, nextmonth(3, 20))], asked="due_date",
  known=K(city="beijing", kids=["2020-08", {"due_date": None}]))
m("negation_housing",
  "房子不是我们的 是单位宿舍 也不打算买 买不起 孩子刚满月 奶粉钱都紧巴",
  [f("owns_home_in_city", False), f("buying_first_home", False), bd(1, mo(1))])

T("2026-06-30")  # Tuesday, month end
m("answer multiples birth_order short_year",
  "三个 老大2015年的闺女 下面一对双胞胎小子 2021年1月生的 五岁半了 调皮得很 一天到晚上房揭瓦",
  [n(3), bd(1, "2015"), bd(2, "2021-01"), bd(3, "2021-01")], asked="children", known=K(city="beijing"))
m("answer housing_fund",
  "俺们家仨人交 我 俺对象 还有俺大儿子 他今年参加工作了 单位给交的",
  [f("housing_fund_contributors", 3)], asked="housing_fund_contributors", known=K(city="jinan", kids=["2003-05", "2019-08"]))
m("answer hukou",
  "是的 本地户口 俺们全家都是 孩子生下来就上的户口",
  [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=["2025-12"]))
m("answer insurance",
  "在单位交的 生育险一直没断过 我们公司人事给办的",
  [f("birth_insurance", "employee_maternity")], asked="birth_insurance", known=K(city="beijing", kids=[{"due_date": "2026-10"}]))
m("age hukou negation_housing",
  "孩子他爸在北京送外卖 我在家带俩孩子 大的上二年级了八岁 小的十个月 户口都在河南老家 租的城中村的房子 一个月一千八 日子紧巴巴的",
  [f("city", "beijing"), n(2), bd(1, yo(8)), bd(2, mo(10)), f("hukou_in_city", False), f("renting", True)])
m("correction height birth_order",
  "搞错了 老二是一米一八 刚才写成一米八了 哈哈哪有那么高",
  [ht(2, 118, "r")], known=K(city="jinan", kids=["2018-07", {"birth_date": "2021-04", "height_cm": 180}]))
m("correction insurance",
  "不好意思说错了 我交的不是居民医保 是灵活就业那种 自己交的 一年一万多呢",
  [f("birth_insurance", "flexible_employment", "r")], known=K(city="beijing", birth_insurance="resident_medical", kids=["2026-02"]))
m("per_birth_hardship now_vs_birth multiples birth_order",
  "四个孩子 老大出生那年家里在领低保 后来生三胞胎的时候已经不领了 现在孩子多了开销大 又申请上了",
  [n(4), chb(1, True), chb(2, False), chb(3, False), chb(4, False), f("hardship_now", True)])
m("multiples pregnancy age housing_fund",
  "帮我表姐问问 她在济南 怀了三胞胎 刚四个月 上头还有个儿子六岁 她老公单位交公积金 她自己没有 一家子愁得不行",
  [f("city", "jinan"), due(2, preg(4)), due(3, preg(4)), due(4, preg(4)), bd(1, yo(6)), f("housing_fund_contributors", 1)])
m("relative_date hukou negation_housing",
  "上个月二十号生的 剖腹产 男孩 现在四十来天了 我们北京户口 有房 没贷款",
  [bd(1, thismonth(-1) + "-20"), f("city", "beijing"), f("hukou_in_city", True), f("owns_home_in_city", True)])
m("question hukou negation_housing housing_fund",
  "我们济南户口 在济南没房 要是今年买第一套房 公积金能贷多少 我俩都交着公积金呢",
  [f("city", "jinan"), f("hukou_in_city", True), f("owns_home_in_city", False), f("buying_first_home", True, "q"),
   f("housing_fund_contributors", 2)])
m("question age",
  "我们在北京 俩孩子一个五岁一个两岁 要是后年生老三 育儿补贴能领到几岁",
  [f("city", "beijing"), n(2), bd(1, yo(5)), bd(2, yo(2)), due(3, year(2), "q")])
m("age",
  "孙子两岁十个月 孙女今天刚满一百天 中午刚办了百日宴 一大家子都在济南",
  [bd(1, age(2, 10)), bd(2, dago(100)), f("city", "jinan")])
m("now_vs_birth per_birth_hardship multiples",
  "双胞胎 就这俩 生孩子那会儿正赶上孩子爸失业 领的失业金 现在他上班了 不领了 俩孩子三岁了",
  [n(2), f("hardship_at_birth", True), f("hardship_now", False), bd(1, yo(3)), bd(2, yo(3))])
m("chitchat", "哎 现在养个孩子真不容易 跟你唠叨这么多 别嫌我烦啊")
m("answer height birth_order",
  "老大一米五了 老二一米二四 老三还小 没量过",
  [ht(1, 150), ht(2, 124)], asked="children.height_cm", known=K(city="beijing", kids=["2013-05", "2018-10", "2024-09"]))
m("negation_housing",
  "房子不是租的 是我爸妈的老房子 我们一家就住着 也没打算买 北京这房价买不起",
  [f("renting", False), f("buying_first_home", False), f("city", "beijing")])

T("2026-08-31")  # Monday, month end
m("relative_date hukou insurance",
  "上周六凌晨外孙女出生了 我闺女头一胎 女婿在外地跑工程 闺女在济南上班 户口不在这 我过来伺候月子 她单位一直交着生育险 能领多少津贴",
  [bd(1, lastweek(5)), f("city", "jinan"), f("hukou_in_city", False), f("birth_insurance", "employee_maternity")])
m("answer negation_housing age duration",
  "没 一直租房 租了七年了 孩子都六岁了",
  [f("owns_home_in_city", False, "c"), f("renting", True), bd(1, yo(6))], asked="owns_home_in_city",
  known=K(city="beijing", kids=["2020-03"]))
m("answer",
  "就一个 刚满三个月 小名叫豆豆",
  [n(1), bd(1, mo(3))], asked="children", known=K(city="jinan"))
m("correction relative_date",
  "不对 孩子不是去年三月生的 是去年五月 我记岔了",
  [bd(1, year(-1) + "-05", "r")], known=K(city="jinan", kids=[year(-1) + "-03"]))
m("answer hukou negation_housing",
  "没有 我们是外地的 户口在山东菏泽 孩子户口也跟着在老家 我们在北京租房",
  [f("hukou_in_city", False, "c"), f("renting", True)], asked="hukou_in_city", known=K(city="beijing", kids=["2023-06"]))
m("age housing_fund negation_housing",
  "家里三个孩子 大的十三 二的十岁 小的四岁 我跟孩子他妈都在事业单位 都有公积金 现在住的是自己家的两居室 想换个大点的",
  [n(3), bd(1, yo(13)), bd(2, yo(10)), bd(3, yo(4)), f("housing_fund_contributors", 2), f("owns_home_in_city", True)])
m("question hukou age",
  "我们在北京工作 假如能把一家的户口都办进来 孩子的补贴能多多少 孩子一岁半",
  [f("city", "beijing"), f("hukou_in_city", True, "q"), bd(1, yo(1))])
m("per_birth_hardship now_vs_birth age birth_order",
  "我家俩娃 老大出生时候啥也没有 老二出生那阵子我在领失业金 现在还在领 老二刚满一岁",
  [n(2), chb(1, False), chb(2, True), f("hardship_now", True), bd(2, just(1))])
m("numerals birth_order",
  "大儿子２０１６年生 小儿子２０２３年３月生 两个都在北京长大",
  [bd(1, "2016"), bd(2, "2023-03"), n(2), f("city", "beijing")])
m("short_year housing_fund negation_housing",
  "我家那口子非让我问清楚 娃是24年11月的 我们两口子都交公积金 在济南有套房",
  [bd(1, "2024-11"), f("housing_fund_contributors", 2), f("city", "jinan"), f("owns_home_in_city", True)])
m("height question",
  "我孙女一米一九 过几天带她去坐地铁 地铁多高要买票啊",
  [ht(1, 119)])
m("age birth_order",
  "大闺女刚满十岁 老二快六岁了 老三两岁半 老四才四十天 四个丫头 她奶奶还想要个孙子",
  [bd(1, just(10)), bd(2, almost(6)), bd(3, yo(2)), bd(4, dago(40)), n(4)])
m("answer multiples pregnancy",
  "十月下旬吧 医生说是双胞胎 可能会提前",
  [due(2, nextmonth(10)), due(3, nextmonth(10))], asked="due_date",
  known=K(city="jinan", kids=["2022-01", {"due_date": None}]))

T("2027-01-31")  # Sunday, month end
m("answer multiples age birth_order",
  "仨 大儿子九岁 下面是对双胞胎闺女 刚满两岁 一个比一个能闹",
  [n(3), bd(1, yo(9)), bd(2, just(2)), bd(3, just(2))], asked="children", known=K(city="beijing"))
m("answer per_birth_hardship birth_order",
  "老大那会儿在领低保 老二就没有了 那时候他爸找着正式工作了",
  [chb(1, True), chb(2, False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2017-04", "2023-08"]))
m("answer per_birth_hardship now_vs_birth",
  "没领过 一直都没领过 现在也没有 我们俩工资不高但够过",
  [f("hardship_at_birth", False, "c"), f("hardship_now", False)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2026-09"]))
m("answer negation_housing",
  "不是租的 是我们自己买的 去年刚交房 还在装修",
  [f("renting", False, "c"), f("owns_home_in_city", True)], asked="renting", known=K(city="jinan", kids=["2025-05"]))
m("answer negation_housing",
  "不打算 已经有一套了 够住 再买也买不起",
  [f("buying_first_home", False, "c"), f("owns_home_in_city", True)], asked="buying_first_home",
  known=K(city="beijing", kids=["2024-12"]))
m("answer housing_fund",
  "一个都没有 我们俩都是自己干小买卖的 卖早点",
  [f("housing_fund_contributors", 0)], asked="housing_fund_contributors", known=K(city="jinan", kids=["2021-10"]))
m("answer height",
  "一米一 上个月幼儿园体检刚量的",
  [ht(1, 110)], asked="children.height_cm", known=K(city="beijing", kids=["2022-03"]))
m("answer hukou age",
  "北京 朝阳这边 户口也是北京的 孩子八个月 刚会爬",
  [f("city", "beijing"), f("hukou_in_city", True), bd(1, mo(8))], asked="city")
m("answer relative_date pregnancy",
  "下个月 二月中旬 东西都准备好了",
  [due(1, thismonth(1))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("relative_date age hukou insurance housing_fund",
  "我是孩子大姑 替我弟弟家问一下 他们两口子在济南打工 户口都在老家泰安 去年十月生了个二胎 大的八岁 我弟媳妇是居民医保 俩人都没公积金",
  [f("city", "jinan"), f("hukou_in_city", False), bd(2, year(-1) + "-10"), bd(1, yo(8)),
   f("birth_insurance", "resident_medical"), f("housing_fund_contributors", 0)])
m("correction multiples pregnancy",
  "更正一下 预产期改成四月底了 大夫说双胞胎得提前剖",
  [due(1, nextmonth(4), "r"), due(2, nextmonth(4), "r")],
  known=K(city="beijing", kids=[{"due_date": "2027-05"}, {"due_date": "2027-05"}]))
m("correction per_birth_hardship now_vs_birth",
  "说错了 生孩子那时候没领低保 是后来才领的 现在还领着",
  [f("hardship_at_birth", False, "r"), f("hardship_now", True)],
  known=K(city="jinan", kids=["2023-03"], hardship_at_birth=True))
m("correction",
  "不对 我们不在济南了 去年搬到北京了 孩子在北京上幼儿园",
  [f("city", "beijing", "r")], known=K(city="jinan", kids=["2022-11"]))
m("age height hukou negation_housing per_birth_hardship birth_order",
  "我家老头子让我问 大孙子十二岁一米五八 小孙子五岁一米一二 儿子儿媳北京户口 房子是自己家的 老大出生时家里困难领过一阵低保 小的出生时就没有了",
  [bd(1, yo(12)), ht(1, 158), bd(2, yo(5)), ht(2, 112), f("city", "beijing"), f("hukou_in_city", True),
   f("owns_home_in_city", True), chb(1, True), chb(2, False)])
m("chitchat", "过年放假你们也上班啊 辛苦了 提前给你拜个早年")

T("2027-02-25")  # Thursday
m("relative_date multiples hukou housing_fund",
  "上周一生的龙凤胎 哥哥五斤一两妹妹四斤八两 在保温箱里住着呢 这是头一胎 我们济南户口 两口子都有公积金 就愁这医药费",
  [bd(1, lastweek(0)), bd(2, lastweek(0)), n(2), f("city", "jinan"), f("hukou_in_city", True), f("housing_fund_contributors", 2)])
m("answer age",
  "两个 一个上初中一个刚上小学 大的十三 小的七岁",
  [n(2), bd(1, yo(13)), bd(2, yo(7))], asked="children", known=K(city="beijing"))
m("answer insurance duration",
  "啥保险都没交 在家带孩子好几年了 老公是跑车的也没给交",
  [f("birth_insurance", "none")], asked="birth_insurance", known=K(city="jinan", kids=["2020-06", {"due_date": "2027-06"}]))
m("answer hukou negation_housing housing_fund",
  "对 北京户口 孩子也是 我们家在海淀有房 就我老公一个人交公积金",
  [f("hukou_in_city", True, "c"), f("owns_home_in_city", True), f("housing_fund_contributors", 1)],
  asked="hukou_in_city", known=K(city="beijing", kids=["2024-04"]))
m("relative_date age now_vs_birth birth_order",
  "前天下午生的 是个闺女 上头俩哥哥 一个十岁一个六岁 这下三个孩子了 我们在北京 日子紧 现在领着低保呢",
  [bd(3, back(2)), bd(1, yo(10)), bd(2, yo(6)), n(3), f("city", "beijing"), f("hardship_now", True)])
m("height multiples question",
  "我家双胞胎哥哥一米二 弟弟一米一八 坐高铁是不是俩都得买票啊",
  [ht(1, 120), ht(2, 118)], known=K(city="jinan", kids=["2019-04", "2019-04"]))
m("per_birth_hardship birth_order",
  "生老大那年我男人在领失业金 生老二那年在领低保 生老三时候都不领了 现在仨孩子都上学了",
  [chb(1, True), chb(2, True), chb(3, False), n(3)])
m("housing_fund age",
  "公积金的话我 我媳妇 我妹妹都交 我妹跟我们住一块 一共三个人 孩子五岁",
  [f("housing_fund_contributors", 3), bd(1, yo(5))])
m("question insurance",
  "要是我从下个月开始按灵活就业交社保 生孩子的钱能报销吗 我们在济南 还没要孩子",
  [f("birth_insurance", "flexible_employment", "q"), f("city", "jinan"), n(0)])
m("now_vs_birth per_birth_hardship age height",
  "儿媳生孩子那年我儿子在领失业金 现在儿子儿媳都上班了 不领了 孙子四岁多 一米零五",
  [f("hardship_at_birth", True), f("hardship_now", False), bd(1, yo(4)), ht(1, 105)])
m("age pregnancy negation_housing",
  "外孙女一岁零七个月 会叫姥姥了 闺女又怀上了 三个月 她们在北京 租的房",
  [bd(1, age(1, 7)), due(2, preg(3)), f("city", "beijing"), f("renting", True)])
m("answer negation_housing",
  "有一套 还贷款呢 每个月还六千 压力不小",
  [f("owns_home_in_city", True, "c")], asked="owns_home_in_city", known=K(city="jinan", kids=["2025-09"]))
m("correction age",
  "刚才打错了 俺闺女不是两岁 是两个月 出了满月没多久",
  [bd(1, mo(2), "r")], known=K(city="jinan", kids=[yo(2)]))
m("chitchat", "好的好的 我明白了 等我闺女下班我让她自己跟你说")

T("2027-04-15")  # Thursday
m("answer multiples age birth_order relative_date",
  "四个 老大老二是双胞胎 十岁了 老三六岁 老四去年七月生的",
  [n(4), bd(1, yo(10)), bd(2, yo(10)), bd(3, yo(6)), bd(4, year(-1) + "-07")], asked="children", known=K(city="beijing"))
m("answer housing_fund",
  "两个 我和我爱人 孩子爷爷退休了 不交了",
  [f("housing_fund_contributors", 2)], asked="housing_fund_contributors", known=K(city="jinan", kids=["2026-01"]))
m("answer per_birth_hardship birth_order",
  "就生老三那回领着 家里那阵子揭不开锅 前两个都没有",
  [chb(3, True), chb(1, False), chb(2, False)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2015-02", "2019-06", "2024-11"]))
m("answer negation_housing",
  "对 租的 快到期了 打算今年买个首套小两居",
  [f("renting", True, "c"), f("buying_first_home", True)], asked="renting", known=K(city="jinan", kids=["2023-12"]))
m("relative_date age insurance",
  "上周二孙子出生的 七斤整 儿子儿媳在济南 儿媳单位给交着生育险 家里还有个孙女 三岁半",
  [bd(2, lastweek(1)), bd(1, yo(3)), f("city", "jinan"), f("birth_insurance", "employee_maternity")])
m("relative_date hukou negation_housing birth_order",
  "老大大前年十月生的 老二去年三月生的 都是剖的 我们在北京没户口 住的是租的房",
  [bd(1, year(-3) + "-10"), bd(2, year(-1) + "-03"), f("city", "beijing"), f("hukou_in_city", False), f("renting", True)])
m("question per_birth_hardship pregnancy age",
  "老二出生时候要是我们正好在领低保 能多给吗 现在老二还在肚子里 七个月了 老大四岁",
  [chb(2, True, "q"), due(2, preg(7)), bd(1, yo(4))])
m("correction housing_fund",
  "更正下 公积金是两个人交 我媳妇今年换了单位 新单位也给交了",
  [f("housing_fund_contributors", 2, "r")], known=K(city="beijing", housing_fund_contributors=1, kids=["2024-07"]))
m("correction negation_housing",
  "哦不对 我们不是租的 是住我公公婆婆家",
  [f("renting", False, "r")], known=K(city="jinan", renting=True, kids=["2026-06"]))
m("now_vs_birth per_birth_hardship age height hukou",
  "现在在领低保 孩子出生那会儿还没有 孩子三岁 一米整 我们在济南 户口也在济南",
  [f("hardship_now", True), f("hardship_at_birth", False), bd(1, yo(3)), ht(1, 100), f("city", "jinan"), f("hukou_in_city", True)])
m("numerals hukou",
  "二零一九年七月和二零二三年二月 两个孩子的生日 都是北京户口",
  [bd(1, "2019-07"), bd(2, "2023-02"), n(2), f("city", "beijing"), f("hukou_in_city", True)])
m("height birth_order",
  "老大1.45m 老二1.2m 老三才0.9m 周末去科技馆 听说按身高收费",
  [ht(1, 145), ht(2, 120), ht(3, 90)], known=K(city="beijing", kids=["2014-08", "2019-01", "2024-05"]))
m("answer multiples pregnancy",
  "预产期是八月八号 是对双胞胎 一家子都盼着呢",
  [due(1, nextmonth(8, 8)), due(2, nextmonth(8, 8))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))

T("2025-11-30")  # Sunday, month end
m("answer",
  "北京 在通州 两个孩子都在这边上学",
  [f("city", "beijing"), n(2)], asked="city")
m("answer hukou",
  "嗯嗯 是本地户口 去年刚迁过来的 孩子户口随妈",
  [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=["2024-03"]))
m("answer insurance",
  "居民医保 在社区交的 一年三百多",
  [f("birth_insurance", "resident_medical")], asked="birth_insurance", known=K(city="jinan", kids=[{"due_date": "2026-02"}]))
m("answer per_birth_hardship",
  "没领过 那时候两口子都上班",
  [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2025-07"]))
m("answer age pregnancy",
  "一个闺女 三岁 肚子里还有一个 六个月了",
  [n(1), bd(1, yo(3)), due(2, preg(6))], asked="children", known=K(city="jinan"))
m("answer height birth_order",
  "俩都量了 大的一百二十六 小的一百零三",
  [ht(1, 126), ht(2, 103)], asked="children.height_cm", known=K(city="beijing", kids=["2018-09", "2021-12"]))
m("answer negation_housing",
  "暂时不打算 先租着 等孩子大点再说",
  [f("buying_first_home", False, "c"), f("renting", True)], asked="buying_first_home", known=K(city="beijing", kids=["2024-10"]))
m("answer housing_fund",
  "我和老公 两人都交 我婆婆在家带孩子没工作",
  [f("housing_fund_contributors", 2)], asked="housing_fund_contributors", known=K(city="jinan", kids=["2025-02"]))
m("answer pregnancy age",
  "明年五月上旬 这是第二胎 老大两岁半",
  [due(2, year(1) + "-05")], asked="due_date", known=K(city="beijing", kids=["2023-05", {"due_date": None}]))
m("answer negation_housing",
  "没有自己的房 住的是公司宿舍",
  [f("owns_home_in_city", False, "c")], asked="owns_home_in_city", known=K(city="jinan", kids=["2025-10"]))
m("correction pregnancy",
  "等等 预产期我说错了 是明年四月十二 不是三月",
  [due(2, "2026-04-12", "r")], known=K(city="beijing", kids=["2022-02", {"due_date": "2026-03"}]))
m("per_birth_hardship relative_date insurance negation_housing",
  "我替我儿子问 他家在北京 老大出生时我儿子失业领失业金 老二是今年八月生的 这回没领 儿媳单位有生育险 他们租房住",
  [f("city", "beijing"), chb(1, True), bd(2, year() + "-08"), chb(2, False), f("birth_insurance", "employee_maternity"), f("renting", True)])
m("question negation_housing age",
  "我孙女在济南 她爸妈有套房 要是把房子卖了改租房住 还能领补贴不 孙女两岁",
  [f("city", "jinan"), f("owns_home_in_city", True), f("renting", True, "q"), bd(1, yo(2))])
m("relative_date multiples age",
  "这个月三号生的双胞胎 上面还有个姐姐六岁了 一下子三个孩子 头都大了",
  [bd(2, thismonth(0) + "-03"), bd(3, thismonth(0) + "-03"), bd(1, yo(6)), n(3)])
m("age housing_fund",
  "儿子快四岁了 闺女刚满一岁 我俩在北京都交公积金 住的老人的房子",
  [bd(1, almost(4)), bd(2, just(1)), f("city", "beijing"), f("housing_fund_contributors", 2)])
m("multiples pregnancy hukou now_vs_birth insurance",
  "帮隔壁王姐问的 她闺女在济南 户口也在济南 头胎怀的三胞胎 七个月了 女婿前阵子下岗 现在领着失业金 闺女没工作 交的居民医保 这可咋整",
  [f("city", "jinan"), f("hukou_in_city", True), due(1, preg(7)), due(2, preg(7)), due(3, preg(7)), f("hardship_now", True),
   f("birth_insurance", "resident_medical")])
