# English, batch 41: hardship at each birth (dibao / tekun / unemployment benefit) told by time words ("back then",
# "when X came along", "from 2021 to 2023", "got cut", "just got approved"), by order and kinship words (laoda, laoer,
# the little one, grandson), benefits that started or ended between two births, now-only statements, negations,
# answers to the hardship question, corrections moving a hardship from one birth to another; durations that are not
# ages, relative dates (the month before last, day before yesterday, the year before last), English written by
# Chinese speakers (no articles, pinyin words), chitchat and bare questions
T("2025-01-09")  # Thursday: "last friday" = 2025-01-03 either way
m("per_birth_hardship birth_order age", "back then when our eldest came along we was on dibao, by time laoer born we already off it. kids 6 and 2 now",
  [chb(1, True), chb(2, False), bd(1, yo(6)), bd(2, yo(2))], known=K(city="jinan"))
m("now_vs_birth pregnancy", "dibao just got approved this week!! baby due in march", [f("hardship_now", True), due(1, nextmonth(3))], known=K(city="beijing"))
m("answer per_birth_hardship birth_order", "only for laoer. laoda was born before the layoff so no", [chb(2, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2019-04", "2024-08"]))
m("chitchat", "snowing so hard today, kids wont stop bouncing on the sofa", [])
m("question", "who do i ask at the jiedao office for the tekun paper", [])
m("per_birth_hardship now_vs_birth relative_date birth_order", "our 2nd came last friday, hubby was getting unemployment money when she came and still is",
  [bd(2, lastweek(4)), chb(2, True), f("hardship_now", True)], known=K(city="jinan", kids=["2021-06"]))
m("housing_fund duration", "only me paying gongjijin, 8 months so far", [f("housing_fund_contributors", 1)], known=K(city="jinan", kids=["2024-03"]))
m("correction per_birth_hardship birth_order", "sorry no, dibao was the 2022 birth. in 2018 we were fine",
  [chb(2, True, "r"), chb(1, False, "r")], known=K(city="jinan", kids=[{"birth_date": "2018-05", "hardship_at_birth": True}, {"birth_date": "2022-10", "hardship_at_birth": False}]))
m("now_vs_birth", "granny writing, my son family on tekun now, they got 3 kids", [f("hardship_now", True), n(3)], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth", "never been on dibao, not for either birth and not now", [f("hardship_at_birth", False), f("hardship_now", False)],
  known=K(city="beijing", kids=["2017-09", "2023-02"]))
m("duration insurance", "my company pays shengyu baoxian for me, only 8 months so far", [f("birth_insurance", "employee_maternity")], known=K(city="jinan"))

T("2025-03-17")  # Monday: "last thursday" = 2025-03-13 either way
m("per_birth_hardship birth_order", "we had dibao from 2021 to 2023. the boy born 2022 so he was covered, the girl born 2024 after it stopped",
  [bd(1, "2022"), chb(1, True), bd(2, "2024"), chb(2, False)], known=K(city="jinan"))
m("answer per_birth_hardship", "nah never", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2024-12"]))
m("per_birth_hardship birth_order", "went on dibao after laoda, so only laoer was born on it", [chb(1, False), chb(2, True)],
  known=K(city="jinan", kids=["2016-07", "2020-11"]))
m("relative_date", "grandson born last thursday 3.4kg, my daughter first one", [bd(1, lastweek(3))], known=K(city="beijing"))
m("now_vs_birth", "the dibao got cut in february, someone said our income too high now", [f("hardship_now", False)], known=K(city="jinan", kids=["2022-08"]))
m("question", "does tekun family get different money than dibao family", [])
m("answer per_birth_hardship now_vs_birth", "no not at the birth. we only apply dibao last month, still waiting approval",
  [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2024-11"]))
m("duration chitchat", "maternity leave 3 months left then i go back to work", [], known=K(city="beijing", kids=["2025-01"]))
m("per_birth_hardship age", "when i gave birth my husband was on shiyejin, she is 7 months now",
  [f("hardship_at_birth", True), bd(1, mo(7))], known=K(city="jinan"))
m("chitchat", "ai so tired, the baby up every 2 hours", [])
m("correction per_birth_hardship", "actually we were on tekun when i delivered, i forgot to say", [f("hardship_at_birth", True, "r")],
  known=K(city="beijing", hardship_at_birth=False, kids=["2024-10"]))
m("relative_date birth_order per_birth_hardship", "baby no.2 born the month before last, no dibao no nothing that time",
  [bd(2, thismonth(-2)), chb(2, False)], known=K(city="jinan", kids=["2020-02"]))

T("2025-05-21")  # Wednesday: "last thursday" = 2025-05-15 either way
m("per_birth_hardship birth_order now_vs_birth", "the eldest - dibao. middle one - dibao. the little one - no, we got off it in 2022 and still off",
  [chb(1, True), chb(2, True), chb(3, False), f("hardship_now", False)], known=K(city="jinan", kids=["2013-03", "2017-08", "2023-04"]))
m("answer per_birth_hardship birth_order", "first kid yes shiyejin. second kid not yet born, due july", [chb(1, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2021-09", {"due_date": "2025-07"}]))
m("relative_date", "she arrived last thursday at 4am, we're still in hospital", [bd(1, lastweek(3))], known=K(city="beijing", kids=[{"due_date": "2025-05"}]))
m("now_vs_birth duration", "we been on dibao 3 years already", [f("hardship_now", True)], known=K(city="jinan", kids=["2019-02"]))
m("per_birth_hardship birth_order", "not yet on dibao when the first was born, it start when i pregnant with second",
  [chb(1, False), chb(2, True)], known=K(city="jinan", kids=["2018-12", "2022-06"]))
m("question per_birth_hardship", "what if husband's unemployment money ends just before the baby come, still count?", [f("hardship_at_birth", False, "q")],
  known=K(city="jinan", kids=[{"due_date": "2025-09"}]))
m("hukou now_vs_birth", "hukou in linyi, living jinan, on dibao back in linyi", [f("city", "jinan"), f("hukou_in_city", False), f("hardship_now", True)])
m("answer per_birth_hardship multiples birth_order", "twins yes we had tekun, big sister no", [chb(2, True), chb(3, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2019-11", "2024-05", "2024-05"]))
m("relative_date numerals", "day before yesterday our 2nd was born, 6 jin 8", [bd(2, back(2))], known=K(city="jinan", kids=["2022-01"]))
m("question", "how long does it take for dibao to get approved", [])
m("duration age", "baby is 10 months, i paid resident insurance 2 years already", [bd(1, mo(10)), f("birth_insurance", "resident_medical")], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth birth_order", "when our 2nd was born we was getting nothing. dibao came later, now we on it",
  [chb(2, False), f("hardship_now", True)], known=K(city="jinan", kids=["2019-02", "2023-10"]))

T("2025-07-03")  # Thursday: "last saturday" = 2025-06-28 either way
m("per_birth_hardship birth_order", "grandpa here. son lost his job in 2020, got shiyejin a whole year, his eldest born in the middle of that. the second born 2023, by then he working again",
  [chb(1, True), bd(2, "2023"), chb(2, False)], known=K(city="jinan"))
m("answer per_birth_hardship", "yes, both times on dibao", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2019-05", "2023-03"]))
m("chitchat", "good morning! hot hot hot today", [])
m("correction per_birth_hardship birth_order", "wait i mixed up, tekun was laoda not laoer", [chb(1, True, "r"), chb(2, False, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2017-04", "hardship_at_birth": False}, {"birth_date": "2021-12", "hardship_at_birth": True}]))
m("relative_date birth_order", "laosan born last saturday, all three girls now", [bd(3, lastweek(5)), n(3)], known=K(city="jinan", kids=["2016-02", "2020-09"]))
m("now_vs_birth", "just got approved for tekun support yesterday", [f("hardship_now", True)], known=K(city="beijing", kids=["2023-07"]))
m("question", "is dibao family money given on top of the childcare subsidy or instead", [])
m("per_birth_hardship age birth_order", "the little one was born while my wife was on unemployment benefit. he 1 and half now, big brother 5",
  [chb(2, True), bd(2, yo(1)), bd(1, yo(5))], known=K(city="jinan"))
m("duration", "unemployment benefit still 3 months left for my husband", [f("hardship_now", True)], known=K(city="jinan"))
m("answer per_birth_hardship now_vs_birth", "nope. we get dibao since may but baby born in march", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2025-03"]))
m("relative_date", "the year before last we had our first, this year second one coming in october",
  [bd(1, year(-2)), due(2, nextmonth(10))], known=K(city="beijing"))
m("per_birth_hardship", "on dibao both when i had my son and my daughter", [chb(1, True), chb(2, True)],
  known=K(city="jinan", kids=["2018-10", "2022-04"]))

T("2025-09-15")  # Monday: "last friday" = 2025-09-12 either way
m("per_birth_hardship birth_order now_vs_birth", "laoda born 2015 no benefit. laoer born 2019 on dibao. dibao ended 2021. laosan born 2024 nothing",
  [bd(1, "2015"), chb(1, False), bd(2, "2019"), chb(2, True), bd(3, "2024"), chb(3, False)], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "youngest yes, the rest no", [chb(3, True), chb(1, False), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2012-02", "2016-08", "2025-06"]))
m("relative_date", "born last friday evening, first baby, mum fine", [bd(1, lastweek(4))], known=K(city="jinan"))
m("now_vs_birth", "husband shiyejin finish two months ago, now nothing", [f("hardship_now", False)], known=K(city="beijing", kids=["2024-09"]))
m("question", "hi, what paper prove unemployment benefit at birth time", [])
m("chitchat", "lol my mother in law keeps telling me to wear a hat indoors", [])
m("per_birth_hardship birth_order", "my granddaughter the eldest born when they on tekun, grandson the little one born after they got off",
  [chb(1, True), chb(2, False)], known=K(city="jinan", kids=["2019-03", "2023-11"]))
m("answer per_birth_hardship", "not when she born, no", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2025-06"]))
m("housing_fund duration", "we both pay gongjijin, me 5 years, him only 4 months", [f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("correction per_birth_hardship birth_order", "correction please: the dibao was at laosan birth, not laoer", [chb(3, True, "r"), chb(2, False, "r")],
  known=K(city="jinan", kids=["2014-06", {"birth_date": "2018-09", "hardship_at_birth": True}, {"birth_date": "2024-01", "hardship_at_birth": False}]))
m("pregnancy now_vs_birth", "6 months pregnant w our first, we on dibao", [due(1, preg(6)), f("hardship_now", True)], known=K(city="jinan"))
m("per_birth_hardship relative_date", "baby came 3 weeks ago and we were on tekun then", [bd(1, dago(21)), f("hardship_at_birth", True)], known=K(city="beijing"))

T("2025-11-26")  # Wednesday: "last thursday" = 2025-11-20 either way
m("per_birth_hardship birth_order", "before the second one came we lost the dibao, so first on dibao second not", [chb(1, True), chb(2, False)],
  known=K(city="jinan", kids=["2017-01", "2021-05"]))
m("answer per_birth_hardship", "yes we had", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2024-07"]))
m("relative_date birth_order", "laoer came last thursday, c-section, laoda is 4 and half", [bd(2, lastweek(3)), bd(1, yo(4))], known=K(city="beijing"))
m("question", "thinking to apply dibao, what documents i need", [], known=K(city="jinan", kids=["2025-02"]))
m("question", "can we apply tekun and unemployment benefit same time", [])
m("per_birth_hardship multiples", "twins born during my husband's unemployment benefit time, our only kids", [chb(1, True), chb(2, True), n(2)], known=K(city="jinan"))
m("answer per_birth_hardship birth_order now_vs_birth", "first time no, second time yes. dibao got cut in august tho", [chb(1, False), chb(2, True), f("hardship_now", False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2018-03", "2024-02"]))
m("chitchat", "thank you so much, you explain better than the jiedao lady", [])
m("relative_date", "our baby came this month on the 3rd", [bd(1, thismonth(0) + "-03")], known=K(city="beijing"))
m("duration", "still 5 months left on the unemployment benefit but baby due in february", [f("hardship_now", True), due(1, nextmonth(2))], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth", "had tekun when i gave birth, and still on it", [f("hardship_at_birth", True), f("hardship_now", True)], known=K(city="jinan", kids=["2025-01"]))
m("correction age birth_order", "sorry laoer is 2 not 3", [bd(2, yo(2), "r")], known=K(city="jinan", kids=[yo(7), yo(3)]))

T("2026-02-10")  # Tuesday: "last friday" = 2026-02-06 either way
m("per_birth_hardship birth_order", "the big girl came when we still on dibao, the little guy after we came off", [chb(1, True), chb(2, False)],
  known=K(city="jinan", kids=["2020-04", "2025-06"]))
m("answer per_birth_hardship", "none of the births", [f("hardship_at_birth", False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2015-02", "2019-07", "2024-09"]))
m("relative_date", "born last friday, our second", [bd(2, lastweek(4))], known=K(city="beijing", kids=["2022-05"]))
m("now_vs_birth relative_date", "tekun stopped two winters ago, nothing since", [f("hardship_now", False)], known=K(city="jinan", kids=["2021-03"]))
m("question", "is it dibao at time of birth or at time of apply that counts", [])
m("per_birth_hardship age", "my grandson is 2, his dad was on shiyejin at the birth", [bd(1, yo(2)), f("hardship_at_birth", True)], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "with laoer we had, laoda no", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2016-05", "2023-09"]))
m("duration housing_fund", "paid gongjijin 8 months then company stop, now nobody in family paying", [f("housing_fund_contributors", 0)], known=K(city="jinan"))
m("chitchat", "happy new year in advance, spring festival soon", [])
m("correction per_birth_hardship", "no wait, the baby born before the dibao start, so no dibao at birth", [f("hardship_at_birth", False, "r")],
  known=K(city="jinan", hardship_at_birth=True, kids=["2025-10"]))
m("relative_date pregnancy birth_order", "second baby due in april, first one born the year before last", [due(2, nextmonth(4)), bd(1, year(-2))], known=K(city="beijing"))
m("per_birth_hardship now_vs_birth birth_order", "dibao from 2019 until now, our 2 kids born 2020 and 2023 so both on it",
  [f("hardship_now", True), bd(1, "2020"), bd(2, "2023"), chb(1, True), chb(2, True), n(2)], known=K(city="jinan"))

T("2026-04-22")  # Wednesday: "last friday" = 2026-04-17 either way
m("per_birth_hardship birth_order", "laoda and laoer both born on tekun, laosan no", [chb(1, True), chb(2, True), chb(3, False)],
  known=K(city="jinan", kids=["2012-08", "2015-10", "2021-01"]))
m("answer per_birth_hardship", "ya dibao", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2026-03"]))
m("relative_date", "our girl born last friday, jinan hukou", [bd(1, lastweek(4)), f("city", "jinan"), f("hukou_in_city", True)])
m("now_vs_birth", "my wife get shiyejin since january", [f("hardship_now", True)], known=K(city="jinan", kids=["2024-06"]))
m("question", "dibao families get extra for second child or only third", [])
m("per_birth_hardship age birth_order", "the older boy 9, born when we on dibao. the girl 4 born after we stopped",
  [bd(1, yo(9)), chb(1, True), bd(2, yo(4)), chb(2, False)], known=K(city="jinan"))
m("answer per_birth_hardship multiples", "no for the twins", [chb(1, False), chb(2, False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2025-12", "2025-12"]))
m("duration chitchat", "i got 2 months of maternity leave left, husband gets 15 days", [], known=K(city="jinan", kids=["2026-02"]))
m("chitchat", "ok ok understand now, thanks", [])
m("correction per_birth_hardship birth_order", "sorry earlier wrong. unemployment benefit was when our eldest born, the younger no",
  [chb(1, True, "r"), chb(2, False, "r")], known=K(city="beijing", kids=[{"birth_date": "2019-06", "hardship_at_birth": False}, {"birth_date": "2024-02", "hardship_at_birth": True}]))
m("relative_date per_birth_hardship", "baby arrive day before yesterday, we are on dibao, so dibao at birth yes", [bd(1, back(2)), f("hardship_now", True), f("hardship_at_birth", True)],
  known=K(city="jinan", kids=[{"due_date": "2026-04"}]))
m("per_birth_hardship", "not yet on tekun when the first was born", [chb(1, False)], known=K(city="jinan", kids=["2020-09", "2025-03"]))

T("2026-06-11")  # Thursday: "last sunday" = 2026-06-07 either way
m("per_birth_hardship birth_order", "shiyejin covered our first and second births, for the third he had job again", [chb(1, True), chb(2, True), chb(3, False)],
  known=K(city="beijing", kids=["2018-01", "2019-12", "2025-05"]))
m("answer per_birth_hardship now_vs_birth", "no. we only got dibao this spring", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2024-04"]))
m("relative_date birth_order", "laoer born last sunday morning", [bd(2, lastweek(6))], known=K(city="jinan", kids=["2023-02"]))
m("now_vs_birth", "we off dibao now, it got cut last year", [f("hardship_now", False)], known=K(city="jinan", kids=["2022-11"]))
m("question", "where to check if my dibao still valid", [])
m("per_birth_hardship", "nainai here, when my grandson was born his parents got tekun, still get", [chb(1, True), f("hardship_now", True)],
  known=K(city="jinan", kids=["2025-08"]))
m("answer per_birth_hardship birth_order", "the 2 older no, the baby yes", [chb(1, False), chb(2, False), chb(3, True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2014-09", "2018-04", "2026-01"]))
m("duration insurance", "flexible employment insurance, paid 8 months", [f("birth_insurance", "flexible_employment")], known=K(city="beijing"))
m("chitchat", "the little one finally walking!", [])
m("correction per_birth_hardship", "sorry i meant we were NOT on unemployment benefit at birth, it came after", [f("hardship_at_birth", False, "r")],
  known=K(city="beijing", hardship_at_birth=True, kids=["2026-01"]))
m("relative_date", "the month before last our son born", [bd(1, thismonth(-2))], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth birth_order", "when laosan came along we already had dibao 2 years, still on it", [chb(3, True), f("hardship_now", True)],
  known=K(city="jinan", kids=["2013-07", "2017-03", "2024-10"]))

T("2026-08-25")  # Tuesday: "last thursday" = 2026-08-20 either way
m("per_birth_hardship birth_order", "we started dibao in 2021 and it end 2024. laoda born 2020 no, laoer born 2022 yes",
  [bd(1, "2020"), chb(1, False), bd(2, "2022"), chb(2, True)], known=K(city="jinan"))
m("answer per_birth_hardship", "no none", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2025-11"]))
m("relative_date birth_order", "our third arrived last thursday!!", [bd(3, lastweek(3))], known=K(city="jinan", kids=["2018-05", "2021-07"]))
m("now_vs_birth", "unemployment benefit ended in july", [f("hardship_now", False)], known=K(city="beijing", kids=["2026-01"]))
m("question", "the 3 months pay for tekun family, when is it paid", [])
m("per_birth_hardship age", "baby 5 months. husband on shiyejin at the birth", [bd(1, mo(5)), f("hardship_at_birth", True)], known=K(city="jinan"))
m("answer per_birth_hardship multiples birth_order", "the triplets yes all 3 on tekun time, the eldest no", [chb(2, True), chb(3, True), chb(4, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2015-03", "2025-09", "2025-09", "2025-09"]))
m("duration", "baby 2 weeks, we here in hospital 12 days already", [bd(1, dago(14))], known=K(city="beijing"))
m("chitchat", "so hot today my fan is broken", [])
m("correction per_birth_hardship birth_order", "sorry, 2nd child no dibao, 3rd child yes", [chb(2, False, "r"), chb(3, True, "r")],
  known=K(city="jinan", kids=["2015-09", {"birth_date": "2020-02", "hardship_at_birth": True}, {"birth_date": "2025-05", "hardship_at_birth": False}]))
m("pregnancy now_vs_birth", "4 months pregnant, husband lost job last month, got shiyejin now", [due(1, preg(4)), f("hardship_now", True)], known=K(city="jinan"))
m("per_birth_hardship", "we never was on any benefit when the kids came", [f("hardship_at_birth", False)], known=K(city="beijing", kids=["2016-02", "2020-10"]))

T("2026-10-13")  # Tuesday: "last wednesday" = 2026-10-07 either way
m("per_birth_hardship birth_order", "laoda came 2018 while we on tekun, laoer 2021 after tekun end", [bd(1, "2018"), chb(1, True), bd(2, "2021"), chb(2, False)],
  known=K(city="jinan"))
m("answer per_birth_hardship", "no", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2026-06"]))
m("relative_date birth_order", "second baby born last wednesday in beijing", [bd(2, lastweek(2)), f("city", "beijing")], known=K(kids=["2023-05"]))
m("now_vs_birth", "dibao just approved, first payment next month", [f("hardship_now", True)], known=K(city="jinan", kids=["2024-12"]))
m("question", "i am on unemployment benefit, can i still get maternity pay", [])
m("per_birth_hardship age", "grandson 3 weeks, they on dibao at the birth", [bd(1, dago(21)), f("hardship_at_birth", True)], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "the small one yes, big one not", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2020-08", "2026-04"]))
m("duration", "baby 6 weeks, maternity leave 2 months left", [bd(1, dago(42))], known=K(city="jinan"))
m("chitchat", "ok thx bye", [])
m("correction per_birth_hardship birth_order", "sorry no, it was laoer born on dibao, laoda was not", [chb(2, True, "r"), chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2017-09", "hardship_at_birth": True}, {"birth_date": "2022-03", "hardship_at_birth": False}]))
m("per_birth_hardship now_vs_birth", "on tekun when i gave birth, got cut this summer", [f("hardship_at_birth", True), f("hardship_now", False)], known=K(city="jinan", kids=["2025-04"]))

T("2026-11-19")  # Thursday: "last friday" = 2026-11-13 either way
m("per_birth_hardship birth_order", "laoer and laosan born in dibao years, laoda before", [chb(2, True), chb(3, True), chb(1, False)],
  known=K(city="jinan", kids=["2011-04", "2019-06", "2023-12"]))
m("answer per_birth_hardship", "yep had tekun", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2026-09"]))
m("relative_date", "daughter born last friday, first baby", [bd(1, lastweek(4))], known=K(city="jinan"))
m("now_vs_birth", "we on dibao since last year", [f("hardship_now", True)], known=K(city="jinan", kids=["2023-08"]))
m("question", "can dibao and childcare subsidy both be received", [])
m("per_birth_hardship age", "my son 1 year old, i was on unemployment benefit when i gave birth", [bd(1, yo(1)), f("hardship_at_birth", True)], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "eldest yes, middle no, youngest yes", [chb(1, True), chb(2, False), chb(3, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2012-03", "2016-11", "2024-07"]))
m("duration", "paid in for 8 months, maternity insurance from company", [f("birth_insurance", "employee_maternity")], known=K(city="beijing"))
m("chitchat", "haha the baby just sneezed on me", [])
m("correction per_birth_hardship", "actually we had dibao at the birth, sorry", [f("hardship_at_birth", True, "r")],
  known=K(city="jinan", hardship_at_birth=False, kids=["2026-03"]))
