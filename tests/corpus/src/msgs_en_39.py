# English, batch 39: hardship at each birth of families with two or three children (only the youngest, the middle
# one, the twins but not the big one, got off dibao before the third, unemployment benefit that started between two
# births), answers to the hardship-at-birth question, now versus at the birth, relative dates (the month before last,
# two years ago in june, a fortnight ago, the 28th of last month) and durations that are not ages (paid into the fund
# for 3 years, 4 months of leave left, 2 more months of dibao), questions carrying one fact, answers to the bot's
# other questions, one-fact corrections, grandparents typing, chitchat and bare questions
T("2025-01-06")  # Monday: "last friday" = 2025-01-03 either way
m("per_birth_hardship birth_order", "we was on dibao when number 2 came along but with number 1 no dibao, we both still had jobs then",
  [chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2018-05", "2023-02"]))
m("answer per_birth_hardship birth_order", "just the youngest. the older two no", [chb(3, True), chb(1, False), chb(2, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2013-09", "2017-04", "2024-06"]))
m("relative_date birth_order", "our second popped out last friday 3.4kg, big sis is over the moon", [bd(2, lastweek(4))],
  known=K(city="jinan", kids=["2021-07"]))
m("duration housing_fund", "only the wife pays gongjijin, been paying 3 yrs give or take", [f("housing_fund_contributors", 1)],
  known=K(city="jinan", kids=[yo(2)]))
m("now_vs_birth duration age", "im on unemployment benefit, 2 more months of it left. my girl is 14 months",
  [f("hardship_now", True), bd(1, mo(14))], known=K(city="beijing"))
m("chitchat", "pipes froze again last night, whole building no hot water", [])
m("question", "do u need a dibao certificate or does the system check it by itself", [])
m("answer per_birth_hardship", "nah not when any of them was born", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2016-02", "2020-11", "2023-08"]))
m("relative_date", "granddaughter arrived the month before last, my son's first", [bd(1, thismonth(-2))], known=K(city="beijing"))
m("multiples per_birth_hardship age", "big one is 6 the twins 10 months. dibao for the twins but not the big one",
  [bd(1, yo(6)), bd(2, mo(10)), bd(3, mo(10)), n(3), chb(2, True), chb(3, True), chb(1, False)], known=K(city="jinan"))
m("correction now_vs_birth", "scratch that, we're not on dibao any more", [f("hardship_now", False, "r")],
  known=K(city="jinan", hardship_now=True, kids=[yo(3)]))
m("answer", "jinan, lixia district", [f("city", "jinan")], asked="city", known=K(kids=[mo(5)]))
m("question now_vs_birth", "hubby's on shiyejin at the moment, does that count for anything?", [f("hardship_now", True)],
  known=K(city="beijing", kids=[mo(7)]))
m("answer per_birth_hardship birth_order", "for the middle one yes. first and last no", [chb(2, True), chb(1, False), chb(3, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2014-03", "2019-08", "2024-04"]))

T("2025-03-13")  # Thursday: "monday last week" = 2025-03-03 either way
m("per_birth_hardship birth_order", "we got off dibao before our third came, the first two were born while we were still on it",
  [chb(3, False), chb(1, True), chb(2, True)], known=K(city="jinan", kids=["2015-06", "2019-01", "2024-10"]))
m("relative_date age birth_order", "the little one came a fortnight ago, his brother is 5", [bd(2, dago(14)), bd(1, yo(5))],
  known=K(city="beijing"))
m("answer per_birth_hardship", "yes tekun every single time", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2019-03", "2022-12"]))
m("duration question", "i got 4 months of maternity leave left, when should i put the application in", [],
  known=K(city="jinan", kids=[mo(2)]))
m("relative_date birth_order", "our 2nd was born two years ago in june, the eldest in 2019", [bd(2, year(-2) + "-06"), bd(1, "2019")],
  known=K(city="jinan"))
m("answer height", "hes 1m16 with shoes off", [ht(1, 116)], asked="children.height_cm", known=K(city="jinan", kids=[yo(6)]))
m("chitchat", "lol my mum thinks ur a real person", [])
m("now_vs_birth per_birth_hardship", "when i gave birth we had nothing, dibao only got approved in the autumn and we still get it",
  [f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="jinan", kids=[mo(10)]))
m("answer insurance", "through my company, the shengyu baoxian one", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="beijing", kids=[{"due_date": "2025-07"}]))
m("question", "is dibao the same thing as tekun for this", [])
m("per_birth_hardship age", "granny here. my grandkids are 8 and 2, only when the younger was born did they have dibao",
  [bd(1, yo(8)), bd(2, yo(2)), chb(2, True), chb(1, False)], known=K(city="jinan"))
m("relative_date", "baby arrived monday last week, still in hospital", [bd(1, lastweek(0))], known=K(city="beijing"))
m("answer housing_fund", "me and my husband both", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(1)]))
m("answer per_birth_hardship", "nope", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2021-10", "2024-05"]))

T("2025-06-03")  # Tuesday
m("answer per_birth_hardship multiples birth_order", "the twins yes. our boy no, he came before the layoffs",
  [chb(2, True), chb(3, True), chb(1, False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2018-08", "2024-01", "2024-01"]))
m("now_vs_birth duration", "still on dibao, another 2 months then they review us", [f("hardship_now", True)],
  known=K(city="beijing", kids=[yo(4), mo(9)]))
m("relative_date", "born on the 28th of last month", [bd(1, thismonth(-1) + "-28")], known=K(city="jinan"))
m("per_birth_hardship birth_order", "first baby we was on tekun, second baby no tekun, third baby tekun again",
  [chb(1, True), chb(2, False), chb(3, True)], known=K(city="jinan", kids=["2012-04", "2016-10", "2022-03"]))
m("answer", "beijing, out in tongzhou", [f("city", "beijing")], asked="city")
m("question", "is the money for a 3rd kid more than for a 2nd", [])
m("answer negation_housing", "no we live with the in-laws", [f("renting", False, "c")], asked="renting", known=K(city="jinan", kids=[yo(2)]))
m("age per_birth_hardship now_vs_birth", "son is 3 and a half, we had dibao when he was born and still do",
  [bd(1, yo(3)), f("hardship_at_birth", True), f("hardship_now", True)], known=K(city="beijing"))
m("chitchat", "belated happy childrens day to all the little ones", [])
m("relative_date birth_order age", "our third was born 10 days back", [bd(3, dago(10))], known=K(city="jinan", kids=["2017-01", "2020-05"]))
m("hukou", "hukou is in linyi not here", [f("hukou_in_city", False)], known=K(city="jinan", kids=[yo(1)]))
m("correction per_birth_hardship birth_order", "correction, we DID have dibao when the 2nd was born", [chb(2, True, "r")],
  known=K(city="jinan", kids=["2019-11", {"birth_date": "2023-03", "hardship_at_birth": False}]))
m("relative_date now_vs_birth", "grandson born the day before yesterday, his mum and dad are on dibao",
  [bd(1, back(2)), f("hardship_now", True)], known=K(city="jinan"))
m("answer numerals", "2 girls, 9 and 4", [n(2), bd(1, yo(9)), bd(2, yo(4))], asked="children", known=K(city="beijing"))

T("2025-08-14")  # Thursday: "last friday" = 2025-08-08 either way
m("now_vs_birth per_birth_hardship birth_order", "on unemployment benefit since last october. so for our 2nd (may) yes, for our 1st no",
  [f("hardship_now", True), chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2021-03", "2025-05"]))
m("answer per_birth_hardship", "nope not at the births", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2020-02", "2023-07"]))
m("relative_date", "my daughter in law had her baby this morning!!", [bd(1, today())], known=K(city="jinan"))
m("question duration", "is 18 months of housing fund payments enough for the loan thing", [])
m("answer multiples age", "twins, our first, 7 weeks old", [n(2), bd(1, dago(49)), bd(2, dago(49))], asked="children", known=K(city="beijing"))
m("now_vs_birth per_birth_hardship", "we're on dibao now but when i gave birth we weren't", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=[yo(1)]))
m("answer height birth_order", "eldest 1m35, the younger one 1m1", [ht(1, 135), ht(2, 110)], asked="children.height_cm",
  known=K(city="jinan", kids=[yo(9), yo(5)]))
m("chitchat", "so hot the baby wont sleep, aircon broke", [])
m("relative_date birth_order age", "the second one came three weeks ago", [bd(2, dago(21))], known=K(city="beijing", kids=["2022-02"]))
m("question", "how do you prove dibao status at the time of the birth", [])
m("answer hukou", "yes both of us, beijing hukou", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[mo(3)]))
m("per_birth_hardship birth_order", "dibao for laoda yes, for laoer no", [chb(1, True), chb(2, False)], known=K(city="jinan", kids=[yo(7), yo(2)]))
m("relative_date birth_order", "third grandkid arrived last friday, the other two are at my place", [bd(3, lastweek(4))],
  known=K(city="jinan", kids=["2016-05", "2020-09"]))
m("per_birth_hardship multiples", "we had tekun when the twins came", [chb(1, True), chb(2, True)], known=K(city="beijing", kids=["2024-06", "2024-06"]))

T("2025-10-21")  # Tuesday: "last wednesday" = 2025-10-15 either way
m("relative_date", "born last wednesday, first grandchild, we're over the moon", [bd(1, lastweek(2))], known=K(city="beijing"))
m("answer per_birth_hardship birth_order", "only for the youngest", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2020-06", "2025-04"]))
m("now_vs_birth duration", "dibao ends in 2 months, we've been on it for 3 yrs", [f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(2)]))
m("relative_date birth_order", "our eldest was born two years ago in march, our 2nd this august", [bd(1, year(-2) + "-03"), bd(2, year() + "-08")],
  known=K(city="jinan"))
m("answer insurance", "none, neither of us has any", [f("birth_insurance", "none")], asked="birth_insurance",
  known=K(city="beijing", kids=[{"due_date": "2026-02"}]))
m("question now_vs_birth", "what if we were on dibao, would the baby get more", [f("hardship_now", True, "q")], known=K(city="jinan", kids=[mo(4)]))
m("per_birth_hardship birth_order", "with our 1st we had tekun, with the 2nd too, with the 3rd we didnt",
  [chb(1, True), chb(2, True), chb(3, False)], known=K(city="beijing", kids=["2014-01", "2018-07", "2023-12"]))
m("chitchat", "mid autumn mooncakes still sitting in the fridge haha nobody wants them", [])
m("age per_birth_hardship", "grandson is 4 months, his parents were on unemployment money when he was born", [bd(1, mo(4)), chb(1, True)],
  known=K(city="jinan"))
m("correction relative_date birth_order", "sorry the 2nd was born the month before last, not last month", [bd(2, thismonth(-2), "r")],
  known=K(city="jinan", kids=["2021-01", "2025-09"]))
m("answer negation_housing", "not yet", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city", known=K(city="beijing", kids=[yo(1)]))
m("per_birth_hardship numerals", "we have 2 kids, on dibao for neither birth", [n(2), f("hardship_at_birth", False)], known=K(city="beijing"))
m("question", "does dibao that starts after the birth still count", [])
m("answer per_birth_hardship", "yeah we were on tekun then", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2025-07"]))

T("2026-01-08")  # Thursday: "tuesday of last week" = 2025-12-30 (said with the week, not "last tuesday")
m("relative_date age birth_order", "our 2nd came last october, eldest is 5", [bd(2, "2025-10"), bd(1, yo(5))], known=K(city="jinan"))
m("relative_date", "baby born tuesday of last week, right before new year", [bd(1, lastweek(1))], known=K(city="beijing"))
m("answer per_birth_hardship multiples birth_order", "the twins no, the baby yes", [chb(1, False), chb(2, False), chb(3, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2019-04", "2019-04", "2025-08"]))
m("now_vs_birth", "we came off tekun in november", [f("hardship_now", False)], known=K(city="beijing", kids=[yo(3)]))
m("per_birth_hardship age numerals", "3 kids: 9, 5, 1. dibao when the youngest was born, not for the others",
  [n(3), bd(1, yo(9)), bd(2, yo(5)), bd(3, yo(1)), chb(3, True), chb(1, False), chb(2, False)], known=K(city="jinan"))
m("question duration", "the leave is 158 days right?", [])
m("answer housing_fund", "just my husband", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[mo(6)]))
m("relative_date", "she was born on dec 20th, 3.1 kilos", [bd(1, pastmonth(12, 20))], known=K(city="jinan"))
m("chitchat", "happy new year!! 2026 here we go", [])
m("question per_birth_hardship", "we were on dibao when our son was born, can we still apply for the extra?", [chb(1, True)],
  known=K(city="jinan", kids=["2024-05"]))
m("hukou", "we all moved our hukou here last year", [f("hukou_in_city", True)], known=K(city="jinan", kids=[yo(4)]))
m("answer pregnancy", "early may", [due(2, nextmonth(5))], asked="due_date", known=K(city="beijing", kids=["2023-04", {"due_date": None}]))
m("per_birth_hardship now_vs_birth birth_order", "grandpa typing. my son was laid off 2 yrs ago, on shiyejin ever since. the baby was born on it, the big girl wasnt",
  [f("hardship_now", True), chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2019-06", "2025-03"]))
m("relative_date birth_order", "the 3rd was born a fortnight ago", [bd(3, dago(14))], known=K(city="beijing", kids=["2015-10", "2020-02"]))

T("2026-03-17")  # Tuesday: "last thursday" = 2026-03-12 either way
m("per_birth_hardship birth_order", "our middle one was born on dibao, the oldest and the baby werent", [chb(2, True), chb(1, False), chb(3, False)],
  known=K(city="jinan", kids=["2013-05", "2018-11", "2025-06"]))
m("relative_date birth_order", "baby came the day before yesterday, our 3rd", [bd(3, back(2))], known=K(city="jinan", kids=["2018-02", "2021-09"]))
m("answer per_birth_hardship", "yep, unemployment benefit at the time", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2025-11"]))
m("now_vs_birth duration", "unemployment benefit runs out in 4 months, then what", [f("hardship_now", True)], known=K(city="beijing", kids=[yo(2)]))
m("relative_date age", "our girl was born in feb this year, the boy is 4", [bd(2, "2026-02"), bd(1, yo(4))], known=K(city="beijing"))
m("question", "what counts as tekun exactly", [])
m("answer height", "shes under 1m2 for sure", [below(1, 120)], asked="children.height_cm", known=K(city="jinan", kids=[yo(5)]))
m("correction per_birth_hardship", "no hang on, we DID have dibao when i gave birth, i mixed it up", [f("hardship_at_birth", True, "r")],
  known=K(city="jinan", hardship_at_birth=False, kids=["2025-06"]))
m("chitchat", "grandpa here, my eyes are bad so typing slow", [])
m("relative_date birth_order", "our 2nd arrived last thursday", [bd(2, lastweek(3))], known=K(city="beijing", kids=["2022-08"]))
m("answer negation_housing", "yes renting a 2 bedroom", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[yo(1)]))
m("per_birth_hardship numerals", "three kids and we were on dibao for all three births", [n(3), f("hardship_at_birth", True)],
  known=K(city="beijing", kids=[yo(10), yo(6), yo(2)]))
m("now_vs_birth per_birth_hardship birth_order", "we're not on anything now. at the 1st birth we had dibao, at the 2nd we didnt",
  [f("hardship_now", False), chb(1, True), chb(2, False)], known=K(city="jinan", kids=["2017-09", "2023-01"]))
m("relative_date", "the month before last our first was born", [bd(1, thismonth(-2))], known=K(city="jinan"))

T("2026-06-24")  # Wednesday: "last wednesday" = 2026-06-17 either way
m("answer per_birth_hardship birth_order", "we were on tekun for number one and number three, number two not",
  [chb(1, True), chb(3, True), chb(2, False)], asked="hardship_at_birth", known=K(city="beijing", kids=["2011-12", "2016-04", "2024-09"]))
m("relative_date", "we live in jinan, baby was born the month before last", [f("city", "jinan"), bd(1, thismonth(-2))])
m("now_vs_birth per_birth_hardship birth_order", "on dibao now, were on it for the youngest too, but for the older girl no",
  [f("hardship_now", True), chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2018-03", "2025-02"]))
m("duration housing_fund", "the two of us have paid gongjijin for 5 years", [f("housing_fund_contributors", 2)], known=K(city="beijing", kids=[yo(3)]))
m("question multiples", "do twins both get the dibao extra?", [])
m("answer age numerals", "two boys, 7 and 3, and we had dibao at both births", [n(2), bd(1, yo(7)), bd(2, yo(3)), f("hardship_at_birth", True)],
  asked="children", known=K(city="jinan"))
m("relative_date", "granddaughter born 3 weeks ago today, 6 jin 8 liang", [bd(1, dago(21))], known=K(city="beijing"))
m("chitchat", "grandma made zongzi for the kids, they ate 6 each", [])
m("answer insurance", "flexible employment, im a delivery rider", [f("birth_insurance", "flexible_employment")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": "2026-10"}]))
m("correction age birth_order", "sorry the little one is 8 months not 6", [bd(2, mo(8), "r")], known=K(city="jinan", kids=[yo(4), mo(6)]))
m("question now_vs_birth", "my son's family is on dibao, what do they get", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(5), yo(1)]))
m("relative_date per_birth_hardship now_vs_birth birth_order", "our 2nd was born last wednesday, still on unemployment pay, and were then too",
  [bd(2, lastweek(2)), f("hardship_now", True), chb(2, True)], known=K(city="beijing", kids=["2021-05"]))
m("answer per_birth_hardship birth_order", "we went on dibao between the two, so the 2nd yes and the 1st no",
  [chb(2, True), chb(1, False)], asked="hardship_at_birth", known=K(city="beijing", kids=["2019-09", "2024-12"]))
m("answer", "beijing", [f("city", "beijing")], asked="city", known=K(kids=[{"due_date": None}]))

T("2026-09-15")  # Tuesday
m("answer per_birth_hardship", "no none of the births", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2014-05", "2018-08", "2023-03"]))
m("relative_date birth_order", "our 2nd was born in july, the eldest in 2020", [bd(2, pastmonth(7))], known=K(city="jinan", kids=["2020-03"]))
m("now_vs_birth per_birth_hardship", "no benefits now, but at the birth my husband was on unemployment", [f("hardship_now", False), f("hardship_at_birth", True)],
  known=K(city="beijing", kids=[mo(11)]))
m("duration chitchat", "4 months of leave left then back to the factory", [], known=K(city="jinan", kids=[mo(2)]))
m("relative_date", "she was born a fortnight ago, we're in beijing", [bd(1, dago(14)), f("city", "beijing")])
m("answer age", "3 kids. 11, 6 and 2 months", [n(3), bd(1, yo(11)), bd(2, yo(6)), bd(3, mo(2))], asked="children", known=K(city="jinan"))
m("per_birth_hardship birth_order", "the 2nd and 3rd were born while we had tekun, not the 1st", [chb(2, True), chb(3, True), chb(1, False)],
  known=K(city="jinan", kids=["2012-10", "2017-06", "2021-01"]))
m("question", "does unemployment benefit count or only dibao", [])
m("answer negation_housing", "no its a rental", [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city",
  known=K(city="jinan", kids=[yo(3)]))
m("correction per_birth_hardship birth_order", "actually our 3rd wasnt born on dibao, we came off it a month before", [chb(3, False, "r")],
  known=K(city="jinan", kids=["2015-02", "2019-07", {"birth_date": "2024-03", "hardship_at_birth": True}]))
m("multiples relative_date age", "grandsons, twins, arrived 12 days ago, my daughter's first", [bd(1, dago(12)), bd(2, dago(12)), n(2)],
  known=K(city="beijing"))
m("chitchat", "school started, finally some peace at home", [])
m("question per_birth_hardship", "if we were on dibao when i gave birth is it 1000 more?", [f("hardship_at_birth", True, "q")],
  known=K(city="jinan", kids=[mo(3)]))
m("relative_date", "born two years ago in june, hes our only one", [bd(1, year(-2) + "-06"), n(1)], known=K(city="beijing"))

T("2026-11-26")  # Thursday: "last saturday" = 2026-11-21 either way
m("relative_date birth_order", "our 3rd came last saturday", [bd(3, lastweek(5))], known=K(city="jinan", kids=["2016-01", "2020-04"]))
m("per_birth_hardship now_vs_birth birth_order", "on dibao since just before the 2nd was born, so the 1st no, the 2nd yes, and still on it",
  [chb(1, False), chb(2, True), f("hardship_now", True)], known=K(city="beijing", kids=["2019-02", "2024-07"]))
m("relative_date", "baby arrived in september, our first", [bd(1, pastmonth(9))], known=K(city="jinan"))
m("answer per_birth_hardship", "yes for all our births", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2018-12", "2022-06"]))
m("duration housing_fund", "paid into the fund 3 years, me only", [f("housing_fund_contributors", 1)], known=K(city="jinan", kids=[yo(2)]))
m("question", "if the kid was born in another city before we moved here does it count", [])
m("answer age multiples", "twins, 3 and a half, no others", [bd(1, yo(3)), bd(2, yo(3)), n(2)], asked="children", known=K(city="beijing"))
m("now_vs_birth", "dibao got cut last month", [f("hardship_now", False)], known=K(city="jinan", hardship_now=True, kids=[yo(1)]))
m("chitchat", "first snow today, kids out building a snowman", [])
m("answer per_birth_hardship birth_order", "the first yes. the second one, not yet born", [chb(1, True)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2022-04", {"due_date": "2027-03"}]))
m("relative_date birth_order age", "our 2nd came 9 days ago, the eldest just turned 4", [bd(2, dago(9)), bd(1, just(4))], known=K(city="jinan"))
m("hukou answer", "no, still anhui hukou", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(1)]))
m("correction now_vs_birth", "sorry i meant we're STILL on shiyejin, not finished", [f("hardship_now", True, "r")],
  known=K(city="jinan", hardship_now=False, kids=[mo(5)]))
m("question", "whats the difference between tekun and dibao for the birth money", [])
