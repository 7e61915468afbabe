# English, batch 49: weighted toward pregnancies and due dates ("due in march", "6 months pregnant", twins on
# the way, "not pregnant yet", due dates as answers), corrections of known facts ("sorry i meant", "actually",
# "wait, no", "typo"), housing (renting, no home of our own, first flat, living with in-laws or parents, owning in
# the city), birth insurance (employee maternity, resident medical, flexible employment, none) and housing fund
# payers; plus answers to every bot question, hukou, now-vs-birth hardship, heights, plain questions and chitchat
T("2024-01-18")  # Thursday
m("pregnancy negation_housing", "wife is 6 months pregnant w our first, we rent a tiny place in lixia, no flat of our own",
  [due(1, preg(6)), f("renting", True), f("owns_home_in_city", False)], known=K(city="jinan"))
m("pregnancy age birth_order", "due in march!! its our 2nd, big bro is 4",
  [bd(1, yo(4)), due(2, nextmonth(3))], known=K(city="beijing"))
m("correction pregnancy", "sorry i meant april not march",
  [due(2, nextmonth(4), "r")], known=K(city="beijing", kids=["2019-07", {"due_date": "2024-03"}]))
m("answer pregnancy", "doc says round about the 20th of june",
  [due(1, nextmonth(6, 20))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("pregnancy multiples", "expecting twins 😅 no date yet, first proper scan is next week",
  [due(1, None), due(2, None)], known=K(city="jinan"))
m("question", "not pregnant yet, but if we had a 2nd baby in 2025 would we get the 600 yuan a month",
  [due(2, "2025", "q")], known=K(city="jinan", kids=["2021-05"]))
m("housing_fund negation_housing", "me and my husband both pay housing fund thru work, looking at buying our first flat this yr",
  [f("housing_fund_contributors", 2), f("buying_first_home", True)], known=K(city="jinan"))
m("answer housing_fund", "only me, hubby is self employed so he doesnt have it",
  [f("housing_fund_contributors", 1)], asked="housing_fund_contributors", known=K(city="jinan", kids=["2023-06"]))
m("answer insurance", "the employee one, my company pays it every month",
  [f("birth_insurance", "employee_maternity")], asked="birth_insurance", known=K(city="beijing", kids=[{"due_date": "2024-05"}]))
m("correction", "typo, our son was born 2022 not 2021", [bd(1, "2022", "r")], known=K(city="beijing", kids=["2021"]))
m("chitchat", "thx thats helpful, will ask my husband tonight", [])
m("question", "is the rent withdrawal from gongjijin only for families w 2 or more kids?", [])
m("now_vs_birth per_birth_hardship relative_date", "we r on dibao now but werent when my daughter was born last march",
  [f("hardship_now", True), chb(1, False), bd(1, "2023-03")], known=K(city="jinan"))
m("negation_housing pregnancy", "we dont own a place, just staying with my in-laws for now. want to buy our first home after the baby, im 5 months",
  [f("owns_home_in_city", False), f("buying_first_home", True), due(1, preg(5))], known=K(city="beijing"))
m("insurance pregnancy relative_date", "im 灵活就业, pay my own social insurance as flexible employment. due next month",
  [f("birth_insurance", "flexible_employment"), due(1, thismonth(1))], known=K(city="jinan"))
m("answer negation_housing", "nope, renting", [f("owns_home_in_city", False, "c"), f("renting", True)],
  asked="owns_home_in_city", known=K(city="beijing", kids=["2022-10"]))

m("hukou negation_housing numerals pregnancy", "we r both jinan hukou, renting in huaiyin, baby #1 due 2024.7",
  [f("hukou_in_city", True), f("city", "jinan"), f("renting", True), due(1, "2024-07")])
m("correction", "sorry not beijing, we live in jinan, i typed the wrong city", [f("city", "jinan", "r")],
  known=K(city="beijing", kids=["2020-06"]))

T("2024-05-09")  # Thursday
m("correction age", "wait, no, we have three kids, i left out the baby. shes 8 months",
  [n(3, "r"), bd(3, mo(8))], known=K(city="jinan", kids=["2017-02", "2020-10"]))
m("pregnancy age", "pregnant again! 2 months pregnant, our first is 2 and a half",
  [bd(1, yo(2)), due(2, preg(2))], known=K(city="beijing"))
m("negation_housing housing_fund", "we own a flat in jinan already, bought it before we married. both of us pay into the fund",
  [f("owns_home_in_city", True), f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("answer negation_housing", "yes renting near the kids school", [f("renting", True, "c")],
  asked="renting", known=K(city="jinan", kids=["2016-09", "2019-01"]))
m("answer negation_housing", "not planning to, we already have one",
  [f("buying_first_home", False, "c"), f("owns_home_in_city", True)], asked="buying_first_home", known=K(city="beijing", kids=["2021-11"]))
m("insurance pregnancy", "i dont have a job so only resident medical insurance, the 居民医保 one. due mid august",
  [f("birth_insurance", "resident_medical"), due(1, nextmonth(8))], known=K(city="jinan"))
m("insurance now_vs_birth", "no insurance at all rn, lost my job in feb, getting unemployment benefit now",
  [f("birth_insurance", "none"), f("hardship_now", True)], known=K(city="jinan", kids=[{"due_date": "2024-09"}]))
m("question hukou", "do u need jinan hukou for the childcare subsidy?", [])
m("correction housing_fund", "my bad, hubby doesnt pay gongjijin, its just me",
  [f("housing_fund_contributors", 1, "r")], known=K(city="beijing", housing_fund_contributors=2))
m("pregnancy age", "we have 2 kids, 6 and 3, and our third is due in october",
  [n(2), bd(1, yo(6)), bd(2, yo(3)), due(3, nextmonth(10))], known=K(city="jinan"))
m("hukou numerals", "we both have jinan hukou, our boy born 2023.8", [f("hukou_in_city", True), f("city", "jinan"), bd(1, "2023-08")])
m("chitchat", "good morning 🙂", [])
m("answer age", "just the one, shes 5", [n(1), bd(1, yo(5))], asked="children", known=K(city="beijing"))
m("hukou height question", "we r expats in beijing so no hukou obviously. my kid is 1.1m does he ride subway free",
  [f("hukou_in_city", False), ht(1, 110)], known=K(city="beijing"))
m("per_birth_hardship now_vs_birth multiples", "when the twins came we were on 低保, not on it anymore tho",
  [chb(2, True), chb(3, True), f("hardship_now", False)], known=K(city="jinan", kids=["2018-04", "2023-09", "2023-09"]))
m("pregnancy multiples", "7 months along with twins!! so big already", [due(1, preg(7)), due(2, preg(7))], known=K(city="beijing"))

m("answer height birth_order", "big one 1.31, small one 96cm", [ht(1, 131), ht(2, 96)], asked="children.height_cm",
  known=K(city="beijing", kids=["2016-04", "2021-02"]))
m("pregnancy age", "im 4 months gone with our 2nd, first is 18 months", [due(2, preg(4)), bd(1, mo(18))], known=K(city="jinan"))

T("2024-09-26")  # Thursday: "last friday" = 2024-09-20 either way
m("relative_date negation_housing birth_order", "last friday our baby boy arrived! hes our second. we rent in shizhong",
  [bd(2, lastweek(4)), f("renting", True)], known=K(city="jinan", kids=["2021-03", {"due_date": "2024-10"}]))
m("correction birth_order", "typo sorry 2019 not 2016 for the older one",
  [bd(1, "2019", "r")], known=K(city="jinan", kids=["2016-05", "2022-01"]))
m("negation_housing housing_fund", "so we're thinking bout buying our first apartment, both of us pay housing fund, renting atm",
  [f("buying_first_home", True), f("housing_fund_contributors", 2), f("renting", True)], known=K(city="beijing"))
m("answer per_birth_hardship", "no never got dibao or anything", [f("hardship_at_birth", False, "c")],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2024-02"]))
m("answer hukou", "no, mine is still hebei", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing"))
m("negation_housing pregnancy", "we dont own and dont rent lol, living in my parents flat. 4 months pregnant",
  [f("owns_home_in_city", False), f("renting", False), due(2, preg(4))], known=K(city="jinan", kids=["2022-06"]))
m("correction housing_fund", "actually we do pay gongjijin, both of us, i said none before by mistake",
  [f("housing_fund_contributors", 2, "r")], known=K(city="jinan", housing_fund_contributors=0))
m("answer", "jinan, licheng district", [f("city", "jinan")], asked="city")
m("question", "whats the max gongjijin loan for a family with 3 kids buying first home", [])
m("height birth_order numerals", "the older one is 1.28m, the 2nd only 98 cm", [ht(1, 128), ht(2, 98)],
  known=K(city="beijing", kids=["2017-03", "2020-12"]))
m("insurance pregnancy", "employee maternity insurance via my job at the bank. due end of dec",
  [f("birth_insurance", "employee_maternity"), due(1, nextmonth(12))], known=K(city="jinan"))
m("chitchat", "haha ok the baby is asleep finally, brb", [], known=K(city="beijing", kids=["2024-06"]))
m("per_birth_hardship now_vs_birth birth_order", "when my son was born we had 失业金, now we r on dibao",
  [chb(1, True), f("hardship_now", True)], known=K(city="jinan", kids=["2023-11"]))
m("pregnancy age", "expecting, due date not sure yet. we also have a 2 yr old", [bd(1, yo(2)), due(2, None)], known=K(city="jinan"))
m("duration chitchat question", "maternity leave is 158 days right? i still have 2 months left of mine", [])

m("correction pregnancy", "typo above: im 3 months not 8 months", [due(1, preg(3), "r")],
  known=K(city="beijing", kids=[{"due_date": "2024-10"}]))
m("negation_housing", "we got the keys to our first flat last week!! so we own now, no more renting",
  [f("owns_home_in_city", True), f("renting", False)], known=K(city="jinan", kids=["2023-02"]))

T("2025-02-13")  # Thursday
m("short_year numerals pregnancy", "baby due 25.6, our first one", [due(1, "2025-06")], known=K(city="beijing"))
m("correction age", "wait no hes 4 not 14 lol typo", [bd(1, yo(4), "r")], known=K(city="jinan", kids=["2010-08"]))
m("hukou negation_housing age", "were in beijing w/o beijing hukou, renting, 2 kids 5 and 1",
  [f("city", "beijing"), f("hukou_in_city", False), f("renting", True), n(2), bd(1, yo(5)), bd(2, yo(1))])
m("answer height", "135 cm", [ht(1, 135)], asked="children.height_cm", known=K(city="beijing", kids=["2017-05"]))
m("answer pregnancy", "early september", [due(2, nextmonth(9))], asked="due_date",
  known=K(city="beijing", kids=["2022-02", {"due_date": None}]))
m("negation_housing housing_fund", "buying our first home next month with a gongjijin loan, only my wife pays in",
  [f("buying_first_home", True), f("housing_fund_contributors", 1)], known=K(city="jinan", kids=["2020-01", "2023-07"]))
m("pregnancy birth_order question", "pregnant w #3, about 3 months in. how do we get a nursery spot later",
  [due(3, preg(3))], known=K(city="jinan", kids=["2019-10", "2022-04"]))
m("correction insurance", "sorry i meant resident insurance, not the employee one",
  [f("birth_insurance", "resident_medical", "r")], known=K(city="jinan", birth_insurance="employee_maternity"))
m("age", "not pregnant yet, our son is 4, thinking about a 2nd", [bd(1, yo(4))], known=K(city="jinan"))
m("question height", "free bus for kids under 1.3m right?", [])
m("relative_date negation_housing housing_fund", "my daughter gave birth to my grandson yesterday 🎉 they rent in haidian, only my son in law pays gongjijin",
  [bd(1, back(1)), f("renting", True), f("housing_fund_contributors", 1)], known=K(city="beijing"))
m("answer negation_housing", "yes a small 2 bedroom in tianqiao", [f("owns_home_in_city", True, "c")],
  asked="owns_home_in_city", known=K(city="jinan", kids=["2024-08"]))
m("chitchat", "happy new year everyone 🧧", [])
m("per_birth_hardship now_vs_birth", "when she gave birth we were getting unemployment money, but not now",
  [f("hardship_at_birth", True), f("hardship_now", False)], known=K(city="jinan", kids=["2024-10"]))
m("numerals birth_order", "first kid 2019, then 2023.4 and 2024.12 for the 2nd and 3rd",
  [bd(1, "2019"), bd(2, "2023-04"), bd(3, "2024-12")], known=K(city="jinan"))
m("negation_housing", "renting now, we do have a flat back in my hometown but nothing in beijing",
  [f("renting", True), f("owns_home_in_city", False)], known=K(city="beijing"))

m("insurance housing_fund", "my wife has 职工生育保险 from her job. i have gongjijin, she doesnt",
  [f("birth_insurance", "employee_maternity"), f("housing_fund_contributors", 1)], known=K(city="jinan", kids=[{"due_date": "2025-05"}]))

T("2025-06-05")  # Thursday
m("pregnancy negation_housing housing_fund", "hi im 5 months pregnant, we live in jinan, renting, my husband & i both pay housing fund",
  [due(1, preg(5)), f("city", "jinan"), f("renting", True), f("housing_fund_contributors", 2)])
m("correction", "actually we moved, we're in beijing now not jinan", [f("city", "beijing", "r")], known=K(city="jinan", kids=["2021-02"]))
m("answer age", "3. 8yo, 5yo and a 10 month old", [n(3), bd(1, yo(8)), bd(2, yo(5)), bd(3, mo(10))],
  asked="children", known=K(city="beijing"))
m("pregnancy multiples age", "we have 1 kid, shes 6, and twins due in november",
  [n(1), bd(1, yo(6)), due(2, nextmonth(11)), due(3, nextmonth(11))], known=K(city="jinan"))
m("insurance", "no insurance of any kind, i havent worked since 2022", [f("birth_insurance", "none")],
  known=K(city="beijing", kids=[{"due_date": "2025-09"}]))
m("correction pregnancy", "sorry i meant 6 months pregnant, not 5", [due(1, preg(6), "r")],
  known=K(city="jinan", kids=[{"due_date": "2025-10"}]))
m("answer negation_housing", "no, own place", [f("renting", False, "c"), f("owns_home_in_city", True)],
  asked="renting", known=K(city="jinan", kids=["2023-05"]))
m("question", "if my wife gives birth in 2026 does she get the 158 days maternity leave", [due(2, "2026", "q")],
  known=K(city="jinan", kids=["2022-07"]))
m("insurance question", "i pay social insurance myself as a flexible worker, does that cover birth costs?",
  [f("birth_insurance", "flexible_employment")], known=K(city="jinan"))
m("per_birth_hardship birth_order", "when our 2nd was born we were on dibao, for the first no",
  [chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2018-06", "2023-03"]))
m("chitchat", "ok thx bot ur smarter than the hotline lol", [])
m("pregnancy", "just found out im pregnant!! no idea about due date yet, we already have a boy",
  [due(2, None)], known=K(city="beijing"))
m("age negation_housing housing_fund birth_order", "eldest just turned 3, the baby is 6 weeks. we rent, no housing fund",
  [bd(1, just(3)), bd(2, dago(42)), f("renting", True), f("housing_fund_contributors", 0)], known=K(city="jinan"))
m("answer hukou", "yep jinan hukou, both of us", [f("hukou_in_city", True, "c")], asked="hukou_in_city",
  known=K(city="jinan", kids=["2024-11"]))
m("pregnancy numerals", "pregnant w our 1st, due date is 2025/9/18", [due(1, "2025-09-18")], known=K(city="beijing"))

m("hukou", "we're in jinan since 2020 but hukou still in linyi", [f("hukou_in_city", False)], known=K(city="jinan"))
m("pregnancy birth_order", "due 10th of dec, our 3rd", [due(3, nextmonth(12, 10))], known=K(city="beijing", kids=["2019-03", "2022-08"]))

T("2025-10-22")  # Wednesday: "last thursday" = 2025-10-16 either way
m("relative_date birth_order", "baby came 2 weeks early, last thursday, a girl. shes our 3rd",
  [bd(3, lastweek(3))], known=K(city="jinan", kids=["2018-01", "2021-08", {"due_date": "2025-11"}]))
m("pregnancy multiples", "due march 2026, twins!! we have no kids yet",
  [n(0), due(1, "2026-03"), due(2, "2026-03")], known=K(city="beijing"))
m("correction negation_housing", "correction: were not renting, we live in my husbands family apt",
  [f("renting", False, "r")], known=K(city="jinan", renting=True))
m("pregnancy height", "im 8 months pregnant and we have 1 kid. hes 1.15m tall",
  [n(1), ht(1, 115), due(2, preg(8))], known=K(city="beijing"))
m("answer housing_fund", "none of us", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=["2022-12"]))
m("answer insurance", "nothing, no insurance", [f("birth_insurance", "none")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": "2026-02"}]))
m("now_vs_birth per_birth_hardship birth_order", "hubby gets unemployment benefit since august, we had nothing like that when our boy was born",
  [f("hardship_now", True), chb(1, False)], known=K(city="jinan", kids=["2023-04"]))
m("negation_housing housing_fund", "buying first flat, in-laws helping w down payment. 2 of us pay into the fund",
  [f("buying_first_home", True), f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("question housing_fund", "can families with 2 kids take out gongjijin to pay rent", [])
m("correction numerals", "sorry that was wrong, baby is due 2026-01 not 2025-12",
  [due(1, "2026-01", "r")], known=K(city="beijing", kids=[{"due_date": "2025-12"}]))
m("age hukou", "girl is 2 and boy 4 months, both have beijing hukou, we do too",
  [bd(1, yo(2)), bd(2, mo(4)), f("hukou_in_city", True), f("city", "beijing")])
m("answer negation_housing", "yep looking at places in changqing", [f("buying_first_home", True, "c")],
  asked="buying_first_home", known=K(city="jinan", kids=["2020-05", "2024-03"]))
m("negation_housing pregnancy relative_date", "we own nothing in beijing, renting a 1br, and the baby is due next month",
  [f("owns_home_in_city", False), f("renting", True), due(1, thismonth(1))], known=K(city="beijing"))
m("answer pregnancy", "none yet, first one due in feb", [n(0), due(1, nextmonth(2))], asked="children", known=K(city="jinan"))
m("insurance", "my wife only has resident medical insurance since she quit", [f("birth_insurance", "resident_medical")],
  known=K(city="beijing", kids=[{"due_date": "2026-04"}]))

m("correction relative_date", "sorry my mistake, the baby was born this morning not yesterday", [bd(1, today(), "r")],
  known=K(city="beijing", kids=[back(1)]))
m("insurance housing_fund", "were both flexible employed, paying social insurance ourselves, no gongjijin",
  [f("birth_insurance", "flexible_employment"), f("housing_fund_contributors", 0)], known=K(city="jinan"))

T("2026-03-12")  # Thursday
m("age hukou question birth_order", "our 2nd is 14 months, born after 2023 so should get the 600? we r jinan hukou",
  [bd(2, mo(14)), f("hukou_in_city", True)], known=K(city="jinan", kids=["2019-08"]))
m("correction relative_date", "sry i meant 3 kids not 2, the 3rd was born in jan",
  [n(3, "r"), bd(3, pastmonth(1))], known=K(city="jinan", kids=["2018-11", "2021-09"]))
m("pregnancy negation_housing", "3 mo pregnant, no kids yet, we're renting with my sister",
  [n(0), due(1, preg(3)), f("renting", True)], known=K(city="beijing"))
m("answer pregnancy", "30 aug", [due(2, nextmonth(8, 30))], asked="due_date",
  known=K(city="jinan", kids=["2023-01", {"due_date": None}]))
m("negation_housing question", "i own an apt in jinan already, if we buy a bigger one is that still first home for the loan?",
  [f("owns_home_in_city", True)], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth", "no dibao when the baby came, but we've been on it since last year",
  [f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="jinan", kids=["2024-06"]))
m("housing_fund insurance", "only my husband has gongjijin. im a freelancer with flexible employment insurance",
  [f("housing_fund_contributors", 1), f("birth_insurance", "flexible_employment")], known=K(city="jinan"))
m("correction", "actually no, due date is may 10 not may 1",
  [due(1, "2026-05-10", "r")], known=K(city="beijing", kids=[{"due_date": "2026-05-01"}]))
m("question", "how long is paternity leave in jinan", [])
m("pregnancy age numerals", "having baby number two in july, first is 2.5", [bd(1, yo(2)), due(2, nextmonth(7))],
  known=K(city="beijing"))
m("answer negation_housing", "not yet, but were buying one this year",
  [f("owns_home_in_city", False, "c"), f("buying_first_home", True)], asked="owns_home_in_city", known=K(city="jinan", kids=["2025-02"]))
m("height multiples", "the twins are both about 1.05m, their older sis is 1.33", [ht(1, 133), ht(2, 105), ht(3, 105)],
  known=K(city="beijing", kids=["2016-10", "2021-12", "2021-12"]))
m("chitchat", "is this a real person or a robot", [])
m("pregnancy negation_housing", "2 months pregnant with our 2nd, living with in-laws, we dont have our own home and dont rent",
  [due(2, preg(2)), f("owns_home_in_city", False), f("renting", False)], known=K(city="jinan", kids=["2023-10"]))
m("insurance pregnancy", "hubby and i both on employee insurance at our companies, baby due in the summer, july i think",
  [f("birth_insurance", "employee_maternity"), due(1, nextmonth(7))], known=K(city="jinan"))
m("correction hukou", "oops wrong, we DO have beijing hukou, got it last year", [f("hukou_in_city", True, "r")],
  known=K(city="beijing", hukou_in_city=False))

m("age", "4 kids lol, 12, 9, 5 and the baby is 3 weeks", [n(4), bd(1, yo(12)), bd(2, yo(9)), bd(3, yo(5)), bd(4, dago(21))],
  known=K(city="jinan"))
m("answer hukou", "nope were from henan, hukou never moved", [f("hukou_in_city", False, "c")], asked="hukou_in_city",
  known=K(city="beijing", kids=["2024-09"]))

T("2026-07-30")  # Thursday
m("birth_order age", "baby girl born on july 2nd, our 2nd. first one is 4", [bd(2, pastmonth(7, 2)), bd(1, yo(4))],
  known=K(city="jinan"))
m("correction housing_fund", "corrected: 2 ppl paying gongjijin not 1, my wife started her new job",
  [f("housing_fund_contributors", 2, "r")], known=K(city="beijing", housing_fund_contributors=1))
m("pregnancy", "im 9 months lol any day now", [due(1, preg(9))], known=K(city="jinan"))
m("answer per_birth_hardship", "yes we were on 特困 when the kid was born", [f("hardship_at_birth", True, "c")],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2025-04"]))
m("height age question", "my 2 kids, 5 and 3 yrs, both under 1.3m, subway free?",
  [n(2), bd(1, yo(5)), bd(2, yo(3)), below(1, 130), below(2, 130)], known=K(city="beijing"))
m("correction age", "sorry thats wrong, shes not 10 months, shes 1 year 10 months", [bd(1, age(1, 10), "r")],
  known=K(city="jinan", kids=["2025-09"]))
m("answer", "bj", [f("city", "beijing")], asked="city")
m("pregnancy negation_housing", "my daughter in law is 4 mos pregnant with their 2nd, they rent in chaoyang",
  [due(2, preg(4)), f("renting", True)], known=K(city="beijing", kids=["2023-03"]))
m("answer negation_housing", "nah we stay at my parents place", [f("renting", False, "c")], asked="renting",
  known=K(city="beijing", kids=["2022-01"]))
m("negation_housing pregnancy", "we bought our first flat in 2024 so we own now. baby due oct",
  [f("owns_home_in_city", True), due(1, nextmonth(10))], known=K(city="jinan"))
m("question per_birth_hardship", "is the extra 200 for dibao families paid every month till 3?", [])
m("pregnancy insurance housing_fund", "6 months pregnant, employee maternity thru my work, hubby and me both pay gongjijin",
  [due(1, preg(6)), f("birth_insurance", "employee_maternity"), f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("answer height", "about 1m2 i think", [ht(1, 120)], asked="children.height_cm", known=K(city="beijing", kids=["2021-06"]))
m("pregnancy short_year", "twins due jan '27, no other kids", [n(0), due(1, "2027-01"), due(2, "2027-01")], known=K(city="jinan"))
m("chitchat", "sorry was driving, back now", [])

m("answer per_birth_hardship", "nope, neither time", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2021-01", "2025-06"]))

T("2026-11-05")  # Thursday
m("age height negation_housing", "hi, we live in beijing, 1 kid 7 yrs 1.32m, renting",
  [f("city", "beijing"), n(1), bd(1, yo(7)), ht(1, 132), f("renting", True)])
m("correction height", "correction my son is 1.23 not 1.32 😅 typo", [ht(1, 123, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2019-05", "height_cm": 132}]))
m("pregnancy negation_housing", "due in january, baby #2, we own our apartment in licheng",
  [due(2, nextmonth(1)), f("owns_home_in_city", True)], known=K(city="jinan", kids=["2022-03"]))
m("answer pregnancy", "christmas day!", [due(1, nextmonth(12, 25))], asked="due_date",
  known=K(city="beijing", kids=[{"due_date": None}]))
m("per_birth_hardship birth_order", "had 失业金 when my 1st was born, not for my 2nd", [chb(1, True), chb(2, False)],
  known=K(city="jinan", kids=["2020-02", "2024-05"]))
m("now_vs_birth", "we're not on dibao or anything now", [f("hardship_now", False)], known=K(city="jinan", kids=["2023-12"]))
m("answer housing_fund", "me + wife + my dad who lives with us, so 3", [f("housing_fund_contributors", 3)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=["2025-01"]))
m("correction insurance", "actually the insurance is flexible employment not resident, sorry",
  [f("birth_insurance", "flexible_employment", "r")], known=K(city="jinan", birth_insurance="resident_medical"))
m("correction negation_housing", "wait no we're not buying anymore, decided to keep renting",
  [f("buying_first_home", False, "r")], known=K(city="beijing", buying_first_home=True, renting=True))
m("question", "does beijing give any money for a 3rd child", [])
m("pregnancy age hukou", "3rd baby due feb 2027, older ones r 7 and 4, we are in jinan with hukou",
  [due(3, "2027-02"), bd(1, yo(7)), bd(2, yo(4)), f("city", "jinan"), f("hukou_in_city", True)])
m("negation_housing question housing_fund", "we're renting but want to buy our first place, does the gongjijin loan need both of us paying?",
  [f("renting", True), f("buying_first_home", True)], known=K(city="jinan", kids=["2020-10", "2024-04"]))
m("age", "our baby is 100 days old today 🥳", [bd(1, dago(100))], known=K(city="beijing"))
