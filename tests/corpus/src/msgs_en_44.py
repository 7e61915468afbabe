# English, batch 44: multiples (twins, triplets, "a boy and girl born the same day", "a pair", identical girls)
# beside older or younger single children in any order of telling, twins on the way beside born children,
# counts stated or implied and corrections of a count; ages of several children in one message, short and dotted
# dates, heights, birth order and kinship words; hardship at the birth of an only child named by a kinship word
# (child.hardship_at_birth) vs "the baby"/pronoun/the act (hardship_at_birth); answers, chitchat, bare questions
T("2025-01-09")  # Thursday: "last friday" = 2025-01-03 either way
m("multiples age numerals", "twins have just turned 2 n their big bro is six and a half, so 3 kids in jinan",
  [bd(2, just(2)), bd(3, just(2)), bd(1, yo(6)), n(3), f("city", "jinan")])
m("multiples pregnancy age", "2 more coming at once!! twins due end of june, our one and only so far is a girl of 3",
  [due(2, nextmonth(6)), due(3, nextmonth(6)), bd(1, yo(3)), n(1)], known=K(city="beijing"))
m("answer multiples age numerals", "3. a 7yo boy plus identical girls who are 18 months", [n(3), bd(1, yo(7)), bd(2, mo(18)), bd(3, mo(18))],
  asked="children", known=K(city="jinan"))
m("correction multiples", "my bad, typed wrong earlier, its triplets not twins", [n(3, "r")], known=K(city="jinan", kids=[mo(5), mo(5)]))
m("chitchat", "no sleep again haha, on my 4th coffee", [])
m("relative_date multiples birth_order", "our 2nd and 3rd came together last friday, a boy and a girl, the eldest is at school already",
  [bd(2, lastweek(4)), bd(3, lastweek(4))], known=K(city="beijing", kids=["2017-04"]))
m("per_birth_hardship", "when our son was born we were getting dibao", [chb(1, True)], known=K(city="jinan", kids=["2022-03"]))
m("question multiples", "do twins count as 1 birth or 2 for the birth allowance", [])
m("numerals multiples", "pair of boys born 5/2023, we dont have other kids", [bd(1, "2023-05"), bd(2, "2023-05"), n(2)],
  known=K(city="beijing"))
m("height age birth_order", "eldest 1.32m, the middle kid is 1.1m, the baby cant even walk yet",
  [ht(1, 132), ht(2, 110)], known=K(city="beijing", kids=["2015-08", "2019-10", "2024-06"]))
m("age numerals", "mine are turning 4 next month and 18 months", [bd(1, almost(4)), bd(2, mo(18))], known=K(city="jinan"))
m("hukou multiples", "beijing hukou, all three incl the twins", [f("city", "beijing"), f("hukou_in_city", True), n(3)],
  known=K(kids=["2019-02", "2023-07", "2023-07"]))

T("2025-03-04")  # Tuesday: "last friday" = 2025-02-28 either way
m("multiples relative_date", "the girls arrived last friday, identical, first babies for us", [bd(1, lastweek(4)), bd(2, lastweek(4)), n(2)],
  known=K(city="jinan"))
m("multiples age birth_order", "the baby of the house is a 6-week-old, before her we had twin boys who are 5",
  [bd(3, dago(42)), bd(1, yo(5)), bd(2, yo(5)), n(3)], known=K(city="beijing"))
m("answer pregnancy multiples", "september 18th, and its 2 in there", [due(1, nextmonth(9, 18)), due(2, nextmonth(9, 18))], asked="due_date",
  known=K(city="jinan", kids=[{"due_date": None}]))
m("per_birth_hardship", "we were on unemployment money at the birth", [f("hardship_at_birth", True)], known=K(city="beijing", kids=["2024-11"]))
m("correction multiples", "sorry i meant twins, just the two, theres no third", [n(2, "r")], known=K(city="jinan", kids=["2024-01", "2024-01", "2024-01"]))
m("question", "what papers do we need to bring to the street office", [])
m("numerals multiples", "my daughter has just the two, a boy and girl born the same day, 2024.8", [bd(1, "2024-08"), bd(2, "2024-08"), n(2)],
  known=K(city="jinan"))
m("age birth_order", "grandson #1 is 3 and a half, #2 almost 2, #3 a 10 day old", [bd(1, yo(3)), bd(2, almost(2)), bd(3, dago(10))],
  known=K(city="jinan"))
m("height question", "the middle kid is 120cm, does she pay on the bus", [ht(2, 120)], known=K(city="beijing", kids=["2014-03", "2018-05", "2022-01"]))
m("chitchat", "cheers mate", [])
m("multiples age", "one 4 year old, then the triplets came, theyre 10 months", [bd(1, yo(4)), bd(2, mo(10)), bd(3, mo(10)), bd(4, mo(10)), n(4)],
  known=K(city="beijing"))
m("answer multiples", "2, twins", [n(2)], asked="children", known=K(city="jinan"))

T("2025-05-12")  # Monday: "last wednesday" = 2025-05-07 either way
m("multiples relative_date numerals", "twins born last wednesday at qilu hospital, we have a 5 yr old at home too",
  [bd(2, lastweek(2)), bd(3, lastweek(2)), bd(1, yo(5)), n(3)], known=K(city="jinan"))
m("pregnancy multiples age", "scan shows two heartbeats! im 4 months gone, our boy is 2 and a half",
  [due(2, preg(4)), due(3, preg(4)), bd(1, yo(2))], known=K(city="beijing"))
m("per_birth_hardship", "when my grandaughter was born her parents had dibao", [chb(1, True)], known=K(city="jinan", kids=["2023-12"]))
m("correction numerals", "the twins are 2023.6 not 2023.9", [bd(1, "2023-06", "r"), bd(2, "2023-06", "r")],
  known=K(city="beijing", kids=["2023-09", "2023-09"]))
m("age numerals", "ours are 11, 7, and eighteen months", [bd(1, yo(11)), bd(2, yo(7)), bd(3, mo(18))], known=K(city="beijing"))
m("question", "is there an income limit for the childcare money", [])
m("height birth_order", "the eldest is about 1.45, the second one 1.25m", [ht(1, 145), ht(2, 125)], known=K(city="jinan", kids=["2013-02", "2017-09"]))
m("answer height", "115cm", [ht(1, 115)], asked="children.height_cm", known=K(city="beijing", kids=["2020-03"]))
m("multiples birth_order age", "a pair of girls came after our son, they're 3 and he's 8", [bd(2, yo(3)), bd(3, yo(3)), bd(1, yo(8)), n(3)],
  known=K(city="beijing"))
m("chitchat", "good morning, testing if this works", [])
m("per_birth_hardship answer", "no, we had nothing like that when she was born", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2024-07"]))
m("correction multiples", "correction - there are 4 kids not 3, the twins plus two older", [n(4, "r")],
  known=K(city="jinan", kids=["2016-03", "2022-05", "2022-05"]))

T("2025-07-16")  # Wednesday
m("numerals multiples birth_order", "boy 23/5/2019, then twin girls 30/11/2022", [bd(1, "2019-05-23"), bd(2, "2022-11-30"), bd(3, "2022-11-30"), n(3)],
  known=K(city="beijing"))
m("multiples age", "our first babies, identical boys, 3 weeks old today", [bd(1, dago(21)), bd(2, dago(21)), n(2)], known=K(city="jinan"))
m("pregnancy multiples birth_order", "our 3rd and 4th are due together in december", [due(3, nextmonth(12)), due(4, nextmonth(12))],
  known=K(city="jinan", kids=["2018-01", "2021-06"]))
m("question multiples", "how much do you get for triplets in beijing", [])
m("age birth_order", "the eldest 14, our second 9, the baby 6 weeks", [bd(1, yo(14)), bd(2, yo(9)), bd(3, dago(42))], known=K(city="beijing"))
m("per_birth_hardship birth_order", "we were on tekun when our daughter was born", [chb(1, True)], known=K(city="jinan", kids=["2021-11"]))
m("chitchat", "its sooo hot today, 38 degrees", [])
m("answer age numerals multiples", "one, wait no, two - its twins, 5 months", [n(2), bd(1, mo(5)), bd(2, mo(5))], asked="children",
  known=K(city="beijing"))
m("height", "both twins are around 1.05m", [ht(1, 105), ht(2, 105)], known=K(city="beijing", kids=["2021-03", "2021-03"]))
m("correction age", "no, the little one is 6 months not 6 years lol", [bd(2, mo(6), "r")], known=K(city="jinan", kids=["2014-02", yo(6)]))
m("numerals relative_date", "born may 23rd, a girl, we're in jinan", [bd(1, pastmonth(5, 23)), f("city", "jinan")])
m("question", "when does the application window close", [])

T("2025-09-25")  # Thursday: "last saturday" = 2025-09-20 either way
m("multiples relative_date", "two boys born together last saturday, theres also their sister, shes 2",
  [bd(2, lastweek(5)), bd(3, lastweek(5)), bd(1, yo(2)), n(3)], known=K(city="beijing"))
m("multiples question", "if we have twins next year does the 2nd twin count as a 3rd child, we have one already",
  [due(2, year(1), "q"), due(3, year(1), "q"), n(1)], known=K(city="jinan", kids=["2022-04"]))
m("age numerals", "kids are 3.5 and almost 2", [bd(1, yo(3)), bd(2, almost(2))], known=K(city="jinan"))
m("per_birth_hardship", "at the birth we weren't getting any of that", [f("hardship_at_birth", False)], known=K(city="jinan", kids=["2025-06"]))
m("correction multiples", "oops not twins, we only have the one baby", [n(1, "r")], known=K(city="beijing", kids=[mo(2), mo(2)]))
m("height", "the eldest is not even 1.3m yet", [below(1, 130)], known=K(city="beijing", kids=["2018-03", "2021-05"]))
m("answer", "jinan", [f("city", "jinan")], asked="city")
m("multiples age birth_order", "the twins (our 1st and 2nd) are 7, the baby is a 2 month old", [bd(1, yo(7)), bd(2, yo(7)), bd(3, mo(2)), n(3)],
  known=K(city="jinan"))
m("chitchat", "you're a robot right? lol", [])
m("per_birth_hardship birth_order", "when grandson number two was born, dibao yes, for number one no",
  [chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2019-08", "2023-02"]))
m("pregnancy multiples", "twins on the way, due in feb", [due(1, nextmonth(2)), due(2, nextmonth(2))], known=K(city="beijing"))
m("question", "do foreigners married to chinese get this", [])

T("2025-11-03")  # Monday: "last thursday" = 2025-10-30 either way
m("multiples age numerals", "we have 5!! the big ones are 10 and 8 and then triplets who just turned 1",
  [n(5), bd(1, yo(10)), bd(2, yo(8)), bd(3, just(1)), bd(4, just(1)), bd(5, just(1))], known=K(city="jinan"))
m("relative_date", "she came last thursday, 3.4kg", [bd(1, lastweek(3))], known=K(city="beijing", kids=[{"due_date": "2025-11"}]))
m("correction multiples", "actually the twins were born 2024.12 not 2025.1", [bd(2, "2024-12", "r"), bd(3, "2024-12", "r")],
  known=K(city="jinan", kids=["2020-05", "2025-01", "2025-01"]))
m("answer numerals", "2 kids, 2019.3 and 2022.10", [n(2), bd(1, "2019-03"), bd(2, "2022-10")], asked="children", known=K(city="beijing"))
m("per_birth_hardship", "we were on jobless benefit when he was born", [f("hardship_at_birth", True)], known=K(city="jinan", kids=["2023-09"]))
m("height birth_order", "the middle one shot up to 1.4m this year, the eldest 1.58", [ht(2, 140), ht(1, 158)],
  known=K(city="beijing", kids=["2011-07", "2015-03", "2020-12"]))
m("question", "the 3600 a year, is that till they're 3", [])
m("multiples age", "we only have the two, a boy and a girl born 10 minutes apart, 14 months now", [bd(1, mo(14)), bd(2, mo(14)), n(2)], known=K(city="jinan"))
m("chitchat", "happy monday!", [])
m("age birth_order", "the eldest turning 6 next month, the baby 7 weeks", [bd(1, almost(6)), bd(2, dago(49))], known=K(city="beijing"))
m("insurance multiples", "the twins are all we have, born on my work maternity insurance, 3 months old now", [f("birth_insurance", "employee_maternity"), bd(1, mo(3)), bd(2, mo(3)), n(2)],
  known=K(city="beijing"))
m("correction age birth_order", "my mistake, grandson no 2 is 18 months not 8", [bd(2, mo(18), "r")], known=K(city="jinan", kids=["2020-01", mo(8)]))

T("2026-01-20")  # Tuesday: "last saturday" = 2026-01-17 either way
m("multiples relative_date birth_order", "our youngest two, identical girls, arrived last saturday, the older ones are 6 and 4",
  [bd(3, lastweek(5)), bd(4, lastweek(5)), bd(1, yo(6)), bd(2, yo(4)), n(4)], known=K(city="jinan"))
m("per_birth_hardship multiples", "when the twins were born we got dibao", [chb(1, True), chb(2, True)], known=K(city="beijing", kids=["2024-03", "2024-03"]))
m("numerals", "born on 2025.12.28", [bd(1, "2025-12-28")], known=K(city="beijing"))
m("answer pregnancy", "no date yet but yes shes pregnant with our second", [due(2, None)], asked="due_date", known=K(city="jinan", kids=["2023-05"]))
m("question", "can my mum apply for it on my behalf", [])
m("age numerals", "the kids are two and a half, fourteen months and a newborn of 5 days", [bd(1, yo(2)), bd(2, mo(14)), bd(3, dago(5))],
  known=K(city="beijing"))
m("correction multiples", "i said one before but we have a twin pair, so 2", [n(2, "r")], known=K(city="jinan", kids=["2024-10"]))
m("height", "shes roughly 1m tall", [ht(1, 100)], known=K(city="beijing", kids=["2022-06"]))
m("chitchat", "snowing here, kids are thrilled", [])
m("multiples pregnancy", "our girl is 4, and now a pair on the way for july", [bd(1, yo(4)), due(2, nextmonth(7)), due(3, nextmonth(7))],
  known=K(city="jinan"))
m("per_birth_hardship birth_order", "no dibao or anything back when our granddaughter was born", [chb(1, False)], known=K(city="jinan", kids=["2025-04"]))
m("answer multiples", "triplets, born 2025.9", [n(3), bd(1, "2025-09"), bd(2, "2025-09"), bd(3, "2025-09")], asked="children",
  known=K(city="beijing"))

T("2026-03-11")  # Wednesday: "last friday" = 2026-03-06 either way
m("multiples relative_date", "the twins came last friday, 2 weeks early, theyre our first", [bd(1, lastweek(4)), bd(2, lastweek(4)), n(2)],
  known=K(city="beijing", kids=[{"due_date": "2026-03"}, {"due_date": "2026-03"}]))
m("age birth_order", "the eldest is 5 and a half the middle kid 3 the baby 9 mths", [bd(1, yo(5)), bd(2, yo(3)), bd(3, mo(9))],
  known=K(city="jinan"))
m("per_birth_hardship", "she was born when we were on dibao", [f("hardship_at_birth", True)], known=K(city="jinan", kids=["2025-12"]))
m("question multiples", "for twins do we fill in one form or two", [])
m("correction numerals", "the 3rd kid is 2024.2 sorry not 2023.2", [bd(3, "2024-02", "r")], known=K(city="beijing", kids=["2015-01", "2018-07", "2023-02"]))
m("multiples age numerals", "4 in total: triplets aged 3 and a big brother of 7", [n(4), bd(2, yo(3)), bd(3, yo(3)), bd(4, yo(3)), bd(1, yo(7))],
  known=K(city="jinan"))
m("height birth_order", "the eldest is around 130cm, the 2nd about 1.15", [ht(1, 130), ht(2, 115)], known=K(city="beijing", kids=["2017-05", "2020-09"]))
m("chitchat", "thank you so much, really helpful", [])
m("answer hukou", "yes, jinan hukou for all of us", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=["2024-02"]))
m("numerals", "born 3/2024", [bd(1, "2024-03")], known=K(city="jinan"))
m("multiples birth_order age", "grandkids: twin boys 6 and the little girl 2", [bd(1, yo(6)), bd(2, yo(6)), bd(3, yo(2)), n(3)],
  known=K(city="beijing"))
m("per_birth_hardship birth_order", "my son was on unemployment benefit when my grandson was born", [chb(1, True)],
  known=K(city="jinan", kids=["2024-08"]))

T("2026-05-07")  # Thursday: "last friday" = 2026-05-01 either way
m("multiples relative_date numerals", "2 baby boys last friday, so with our girl that makes 3 kids",
  [bd(2, lastweek(4)), bd(3, lastweek(4)), n(3)], known=K(city="jinan", kids=["2022-03"]))
m("correction multiples", "sorry, 3 kids not 4, the little ones are twins not triplets", [n(3, "r")],
  known=K(city="beijing", kids=["2019-01", "2023-06", "2023-06", "2023-06"]))
m("age numerals", "one is almost 5 and the other is 18 mths", [bd(1, almost(5)), bd(2, mo(18))], known=K(city="beijing"))
m("question", "whats the hotline number", [])
m("pregnancy", "6 months pregnant with our 3rd", [due(3, preg(6))], known=K(city="jinan", kids=["2019-11", "2022-08"]))
m("height", "our daughter is only 96cm", [ht(1, 96)], known=K(city="jinan", kids=["2022-04"]))
m("per_birth_hardship birth_order", "when our 2nd was born we had dibao, not when the eldest was born", [chb(2, True), chb(1, False)],
  known=K(city="beijing", kids=["2018-10", "2023-03"]))
m("multiples age", "a set of identical girls, 2 and a half, and a baby bro thats 4 months", [bd(1, yo(2)), bd(2, yo(2)), bd(3, mo(4)), n(3)],
  known=K(city="beijing"))
m("chitchat", "ok bye", [])
m("answer", "yes we rent", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=["2024-01"]))
m("numerals", "april 30th, a boy", [bd(1, pastmonth(4, 30))], known=K(city="beijing"))
m("answer age multiples", "only got the twins, 20 months", [n(2), bd(1, mo(20)), bd(2, mo(20))], asked="children", known=K(city="jinan"))

T("2026-07-27")  # Monday: "last sunday" = 2026-07-26 either way
m("multiples relative_date", "triplets!! born yesterday, our first", [bd(1, back(1)), bd(2, back(1)), bd(3, back(1)), n(3)], known=K(city="beijing"))
m("age birth_order", "the baby is 6 weeks, our second is 3, the eldest turning 8 next month", [bd(3, dago(42)), bd(2, yo(3)), bd(1, almost(8))],
  known=K(city="jinan"))
m("per_birth_hardship", "we were on the tekun support when i gave birth", [f("hardship_at_birth", True)], known=K(city="jinan", kids=["2026-02"]))
m("correction multiples", "actually both twins were born 2026.6, not just one", [bd(3, "2026-06", "r")],
  known=K(city="beijing", kids=["2020-05", "2026-06", "2026-07"]))
m("question", "is it taxed", [])
m("pregnancy multiples", "twins due october 5th, our first", [due(1, nextmonth(10, 5)), due(2, nextmonth(10, 5))], known=K(city="jinan"))
m("height", "both of them are 1.2m now", [ht(1, 120), ht(2, 120)], known=K(city="jinan", kids=["2018-06", "2019-11"]))
m("chitchat", "the kids are driving me crazy this summer", [])
m("housing_fund multiples", "im the only one paying housing fund, our 2 are twins aged 4", [f("housing_fund_contributors", 1), bd(1, yo(4)), bd(2, yo(4)), n(2)],
  known=K(city="beijing"))
m("numerals", "born 2025.11, a girl", [bd(1, "2025-11")], known=K(city="jinan"))
m("answer age birth_order", "the eldest 12, second 7", [bd(1, yo(12)), bd(2, yo(7))], asked="children", known=K(city="jinan"))
m("per_birth_hardship birth_order", "when my granddaughter came along they were on dibao", [chb(1, True)], known=K(city="beijing", kids=["2025-10"]))

T("2026-09-15")  # Tuesday: "last thursday" = 2026-09-10 either way
m("multiples relative_date", "last thursday we welcomed twins, our first girl is 3", [bd(2, lastweek(3)), bd(3, lastweek(3)), bd(1, yo(3)), n(3)],
  known=K(city="jinan"))
m("correction multiples", "no, twins not triplets, sorry", [n(2, "r")], known=K(city="jinan", kids=[mo(3), mo(3), mo(3)]))
m("age numerals", "kids 3 and a half and 10 months", [bd(1, yo(3)), bd(2, mo(10))], known=K(city="beijing"))
m("question", "can i get it if the baby was born abroad", [])
m("height birth_order", "our youngest is under 1.2m", [below(2, 120)], known=K(city="beijing", kids=["2016-01", "2021-04"]))
m("per_birth_hardship", "when he was born we weren't on dibao", [f("hardship_at_birth", False)], known=K(city="beijing", kids=["2025-05"]))
m("multiples age birth_order", "the eldest is a twin, he and his sister are 9 and our baby is 2", [bd(1, yo(9)), bd(2, yo(9)), bd(3, yo(2)), n(3)],
  known=K(city="jinan"))
m("chitchat", "this is way easier than calling", [])
m("answer numerals", "2026.9.1", [bd(1, "2026-09-01")], asked="children", known=K(city="jinan", kids=[{"due_date": "2026-09"}]))
m("pregnancy", "7 months pregnant with another", [due(2, preg(7))], known=K(city="jinan", kids=["2023-01"]))

T("2026-11-24")  # Tuesday: "last wednesday" = 2026-11-18 either way
m("multiples relative_date", "twins last wednesday, our first", [bd(1, lastweek(2)), bd(2, lastweek(2)), n(2)], known=K(city="beijing"))
m("age birth_order", "the eldest grandson 6, the middle kid 4, the baby 3 months", [bd(1, yo(6)), bd(2, yo(4)), bd(3, mo(3))], known=K(city="jinan"))
m("per_birth_hardship birth_order", "when our son was born we got no benefits", [chb(1, False)], known=K(city="jinan", kids=["2025-11"]))
m("correction", "actually the baby is 2 months, not 3", [bd(3, mo(2), "r")], known=K(city="jinan", kids=[yo(6), yo(4), mo(3)]))
m("question", "how long does the approval take", [])
m("chitchat", "great, thanks", [])
m("multiples age", "twins are 3 weeks old and their big brother is almost 5", [bd(2, dago(21)), bd(3, dago(21)), bd(1, almost(5)), n(3)],
  known=K(city="beijing"))
m("per_birth_hardship", "when our grandson arrived the family was on dibao", [chb(1, True)], known=K(city="jinan", kids=["2026-03"]))
m("height birth_order", "our second is 118 cm", [ht(2, 118)], known=K(city="beijing", kids=["2017-02", "2020-08"]))
m("multiples numerals", "born 2026.10, identical twins, theyre the only ones", [bd(1, "2026-10"), bd(2, "2026-10"), n(2)], known=K(city="jinan"))
