# English, batch 43: hardship at each birth (dibao / minimum living allowance, tekun, unemployment benefit):
# which child's birth it covered, told by time words (back then, when X came along, before/after, from ... to ...,
# just got approved, got cut), by order or kinship words (laoda, our 2nd, the little one, grandson); benefits that
# started or ended between two births; now-only statements; negations; answers to the hardship_at_birth question;
# corrections moving a hardship from one birth to another. Extra rule: an only child named by a kinship or order
# word -> child.hardship_at_birth; "the baby" / a pronoun / the act of giving birth -> hardship_at_birth.
# Also durations that are not ages, relative dates (the month before last, day before yesterday, two winters ago)
# and English written by Chinese speakers (pinyin words, no articles, odd tense).
T("2025-01-06")  # Monday: "last friday" = 2025-01-03 either way
m("relative_date per_birth_hardship now_vs_birth", "my wife gave birth day before yesterday, we been on dibao since 2023 so we was on it at the birth",
  [bd(1, back(2)), f("hardship_now", True), f("hardship_at_birth", True)], known=K(city="jinan"))
m("per_birth_hardship birth_order", "laoda born when we had tekun, laoer no, by then husband found job",
  [chb(1, True), chb(2, False)], known=K(city="jinan", kids=[yo(6), yo(2)]))
m("duration pregnancy now_vs_birth", "unemployment money only 3 months left, baby due in april",
  [f("hardship_now", True), due(1, nextmonth(4))], known=K(city="beijing"))
m("chitchat", "so cold today, grandson wont stop crying lol", [])
m("answer per_birth_hardship", "no we wasnt getting any of that when she born", [f("hardship_at_birth", False, "c")],
  asked="hardship_at_birth", known=K(city="jinan", kids=[mo(8)]))
m("per_birth_hardship age", "when our son come along we were on minimum living allowance, he is 4 now",
  [chb(1, True), bd(1, yo(4))], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth", "when she was born we got tekun support, not anymore",
  [f("hardship_at_birth", True), f("hardship_now", False)], known=K(city="beijing", kids=[yo(3)]))
m("question", "dibao has to be at time of birth or at time we apply?", [])
m("relative_date per_birth_hardship", "grandaughter was born the month before last, at that time my son was on unemployment benefit",
  [bd(1, thismonth(-2)), chb(1, True)], known=K(city="jinan"))
m("correction per_birth_hardship birth_order", "sorry I mean the dibao was for the 2nd birth not the 1st",
  [chb(2, True, "r"), chb(1, False, "r")], known=K(city="jinan", kids=[{"birth_date": yo(7), "hardship_at_birth": True}, yo(1)]))
m("duration housing_fund", "paid in gongjijin 8 months only, me alone, wife dont have", [f("housing_fund_contributors", 1)],
  known=K(city="jinan", kids=[mo(5)]))
m("per_birth_hardship now_vs_birth numerals", "we r in beijing, 2 kids, not on dibao when either was born, but this year we applied and got it",
  [f("city", "beijing"), n(2), f("hardship_at_birth", False), f("hardship_now", True)])

T("2025-03-13")  # Thursday: "last friday" = 2025-03-07 either way
m("relative_date per_birth_hardship now_vs_birth birth_order", "our first was born last friday, we was on dibao for our first one's birth, still are",
  [bd(1, lastweek(4)), chb(1, True), f("hardship_now", True)], known=K(city="jinan"))
m("per_birth_hardship birth_order numerals", "the eldest was born 2018 in our hard years, we had tekun then. second one 2022, no subsidy that time",
  [bd(1, "2018"), chb(1, True), bd(2, "2022"), chb(2, False)], known=K(city="jinan"))
m("per_birth_hardship birth_order", "xiao de came when husband still get unemployment pay, the big one no",
  [chb(2, True), chb(1, False)], known=K(city="beijing", kids=[yo(5), mo(4)]))
m("answer per_birth_hardship", "yes, the whole time, every birth", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(4), yo(1)]))
m("relative_date now_vs_birth", "dibao got cut two winters ago", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(3)]))
m("chitchat", "ok wait let me ask my wife she knows the paperwork better", [])
m("question per_birth_hardship", "what if we are on dibao when the baby is born in june, more money?",
  [f("hardship_at_birth", True, "q")], known=K(city="jinan", kids=[{"due_date": "2025-06"}]))
m("per_birth_hardship age", "my grandson 2 and half, when he was born his parents got the minimum allowance",
  [bd(1, yo(2)), f("hardship_at_birth", True)], known=K(city="beijing"))
m("now_vs_birth relative_date", "we get dibao since january this year", [f("hardship_now", True)], known=K(city="beijing", kids=[yo(2)]))
m("per_birth_hardship now_vs_birth numerals birth_order", "laoer born 2024.11, that time we were not yet on dibao, we are now",
  [bd(2, "2024-11"), chb(2, False), f("hardship_now", True)], known=K(city="jinan", kids=[yo(6)]))
m("question duration", "how many month must we be on dibao before the birth to count", [])

T("2025-05-29")  # Thursday
m("per_birth_hardship numerals", "hi, in jinan, my daughter born 2021, at that time I was laid off and getting shiyejin",
  [f("city", "jinan"), bd(1, "2021"), chb(1, True)])
m("per_birth_hardship", "at the birth we were on tekun", [f("hardship_at_birth", True)], known=K(city="jinan", kids=[yo(1)]))
m("pregnancy duration now_vs_birth birth_order", "our second, due in august, we been on unemployment benefit since march and it runs 6 more months",
  [due(2, nextmonth(8)), f("hardship_now", True)], known=K(city="beijing", kids=[yo(3)]))
m("correction per_birth_hardship birth_order", "no no, the tekun was when laosan was born, not laoer",
  [chb(3, True, "r"), chb(2, False, "r")],
  known=K(city="jinan", kids=[yo(9), {"birth_date": yo(5), "hardship_at_birth": True}, mo(8)]))
m("answer per_birth_hardship birth_order", "with the first we didnt have dibao, with the second we did",
  [chb(1, False), chb(2, True)], asked="hardship_at_birth", known=K(city="jinan", kids=[yo(6), mo(10)]))
m("pregnancy relative_date now_vs_birth", "3 months pregnant, my husband's unemployment pay finished last month",
  [due(1, preg(3)), f("hardship_now", False)], known=K(city="beijing"))
m("chitchat", "haha my mother in law says this bot smarter than the jiedao lady", [])
m("per_birth_hardship age", "grandpa here. grandkids are 7 and 4, my son family had no dibao when the kids were born, they both working",
  [bd(1, yo(7)), bd(2, yo(4)), f("hardship_at_birth", False)], known=K(city="jinan"))
m("now_vs_birth age", "we are on dibao now. kid is 14 months", [f("hardship_now", True), bd(1, mo(14))], known=K(city="jinan"))
m("question", "does it matter if unemployment benefit ended one week before the birth", [])
m("per_birth_hardship birth_order", "after our eldest born we start getting dibao, so laoer's birth we were on it, eldest's no",
  [chb(1, False), chb(2, True)], known=K(city="jinan", kids=[yo(8), yo(3)]))
m("per_birth_hardship relative_date", "he arrived may 8th, we was on dibao that time",
  [bd(1, pastmonth(5, 8)), f("hardship_at_birth", True)], known=K(city="jinan", kids=[{"due_date": "2025-05"}]))

T("2025-08-05")  # Tuesday
m("now_vs_birth age", "me and husband both on unemployment benefit now, baby 5 weeks", [f("hardship_now", True), bd(1, dago(35))],
  known=K(city="beijing"))
m("per_birth_hardship multiples", "when the twins came along we was tekun household", [chb(1, True), chb(2, True)],
  known=K(city="jinan", kids=[yo(2), yo(2)]))
m("answer per_birth_hardship", "yep dibao", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=[mo(7)]))
m("per_birth_hardship birth_order numerals", "the eldest, no dibao when born. we got approved 2023 so we had it at our second's birth",
  [chb(1, False), chb(2, True)], known=K(city="jinan", kids=[yo(6), "2024"]))
m("relative_date", "baby born the day before yesterday! 3.2kg", [bd(1, back(2))], known=K(city="jinan"))
m("chitchat", "sorry my english not good, i use translate", [])
m("duration now_vs_birth", "husband lost job, 2 months of unemployment pay left, then nothing", [f("hardship_now", True)],
  known=K(city="beijing", kids=[yo(1)]))
m("per_birth_hardship now_vs_birth", "when our boy was born, no allowance nothing, now we on dibao", [chb(1, False), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(3)]))
m("correction per_birth_hardship birth_order", "wait i mixed up, laoda is the one born while we had shiyejin, not laoer",
  [chb(1, True, "r"), chb(2, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(5), "hardship_at_birth": False}, {"birth_date": mo(3), "hardship_at_birth": True}]))
m("question", "is tekun same as dibao for this subsidy?", [])
m("per_birth_hardship numerals age birth_order", "we have 3 kids, the oldest 10, dibao when the youngest was born, the older two no",
  [n(3), bd(1, yo(10)), chb(3, True), chb(1, False), chb(2, False)], known=K(city="jinan"))

T("2025-10-15")  # Wednesday
m("per_birth_hardship age", "granddaughter born 2 weeks ago, daughter in law family on minimum living allowance at the time",
  [bd(1, dago(14)), chb(1, True)], known=K(city="beijing"))
m("per_birth_hardship birth_order numerals", "from 2019 to 2022 we had dibao. laoda born 2018 before that, laoer born 2021 in it",
  [chb(1, False), chb(2, True)], known=K(city="jinan", kids=["2018", "2021"]))
m("answer per_birth_hardship", "nope nothing like that", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=[yo(2)]))
m("now_vs_birth per_birth_hardship", "still on tekun, same as when baby born", [f("hardship_now", True), f("hardship_at_birth", True)],
  known=K(city="beijing", kids=[yo(1)]))
m("duration now_vs_birth", "we on unemployment benefit for 5 month now", [f("hardship_now", True)], known=K(city="jinan", kids=[mo(2)]))
m("chitchat", "golden week traffic was crazy, finally home", [])
m("question per_birth_hardship", "if my son was born when we were on tekun would we get extra?", [chb(1, True, "q")],
  known=K(city="jinan", kids=[yo(3)]))
m("relative_date per_birth_hardship birth_order", "laoer came last month, dibao got approved just in time, 2 weeks before",
  [bd(2, thismonth(-1)), chb(2, True)], known=K(city="jinan", kids=[yo(4)]))
m("relative_date now_vs_birth per_birth_hardship age", "our dibao ended the month before last. we got it after baby was born, not at the birth. baby is 6 months",
  [f("hardship_now", False), f("hardship_at_birth", False), bd(1, mo(6))], known=K(city="jinan"))
m("hukou age per_birth_hardship", "hukou still in anhui, kid 2, we had dibao back in anhui when she was born",
  [f("hukou_in_city", False), bd(1, yo(2)), f("hardship_at_birth", True)], known=K(city="jinan"))
m("per_birth_hardship birth_order", "the little one born this january and my husband got laid off in march, so no shiyejin when the little one was born",
  [chb(2, False)], known=K(city="jinan", kids=[yo(5), "2025-01"]))

T("2025-12-02")  # Tuesday: "last friday" = 2025-11-28 either way
m("per_birth_hardship now_vs_birth numerals", "grandma writing. grandson born 2023, his mum was on tekun then, not now",
  [bd(1, "2023"), chb(1, True), f("hardship_now", False)], known=K(city="jinan"))
m("answer per_birth_hardship", "dibao at every birth", [f("hardship_at_birth", True)], asked="hardship_at_birth",
  known=K(city="beijing", kids=[yo(4), yo(1)]))
m("relative_date per_birth_hardship now_vs_birth birth_order", "our third came last friday, we were on shiyejin at our third's birth, still are",
  [bd(3, lastweek(4)), chb(3, True), f("hardship_now", True)], known=K(city="jinan", kids=[yo(8), yo(4)]))
m("duration now_vs_birth", "been getting shiyejin 8 months, ends in february", [f("hardship_now", True)], known=K(city="beijing", kids=[yo(2)]))
m("chitchat", "morning, first snow today, kids so excited", [])
m("per_birth_hardship now_vs_birth", "we only got dibao after the kids were born, none at the births. still on it",
  [f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="jinan", kids=[yo(5), yo(2)]))
m("correction now_vs_birth", "actually we stopped dibao in october, sorry", [f("hardship_now", False, "r")],
  known=K(city="jinan", hardship_now=True, kids=[yo(1)]))
m("age insurance duration", "my daughter is 3 weeks old, i paid maternity insurance at work 10 months",
  [bd(1, dago(21)), f("birth_insurance", "employee_maternity")], known=K(city="beijing"))
m("per_birth_hardship now_vs_birth birth_order", "when laoer was born we were on dibao, laoda we weren't, now we aren't either",
  [chb(2, True), chb(1, False), f("hardship_now", False)], known=K(city="jinan", kids=[yo(9), yo(3)]))
m("question", "can i apply tekun now, we lost all income", [])
m("relative_date per_birth_hardship", "we had no dibao at the birth, it only got approved yesterday",
  [f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="beijing", kids=[mo(2)]))

T("2026-01-20")  # Tuesday: "last march" = 2025-03, early in the year
m("relative_date per_birth_hardship", "our son born last march, that time we receive minimum living allowance",
  [bd(1, pastmonth(3)), chb(1, True)], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth", "tekun household when the baby arrived, and today still",
  [f("hardship_at_birth", True), f("hardship_now", True)], known=K(city="beijing", kids=[mo(9)]))
m("per_birth_hardship now_vs_birth birth_order", "unemployment pay ran out right before our 2nd was born, and we dont get it now",
  [chb(2, False), f("hardship_now", False)], known=K(city="jinan", kids=[yo(4), mo(1)]))
m("answer per_birth_hardship now_vs_birth", "no, but we get dibao since last summer", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=[yo(2)]))
m("pregnancy now_vs_birth", "first grandchild due in may, son's family on tekun", [due(1, nextmonth(5)), f("hardship_now", True)],
  known=K(city="jinan"))
m("chitchat", "happy laba festival everyone", [])
m("per_birth_hardship numerals birth_order", "so laoda (2019) and laoer (2022) were born while we got dibao",
  [bd(1, "2019"), bd(2, "2022"), chb(1, True), chb(2, True)], known=K(city="jinan"))
m("correction per_birth_hardship", "sorry i said wrong, we were NOT on dibao when the baby was born, only later",
  [f("hardship_at_birth", False, "r")], known=K(city="jinan", hardship_at_birth=True, kids=[mo(8)]))
m("question", "what document shows dibao status, the dibao card ok?", [])
m("relative_date birth_order age", "the day before yesterday granddaughter no 2 born, first one is 4", [bd(2, back(2)), bd(1, yo(4))],
  known=K(city="beijing"))
m("insurance duration now_vs_birth", "me: flexible employment insurance 2 yrs paid. husband: on shiyejin 3 more months",
  [f("birth_insurance", "flexible_employment"), f("hardship_now", True)], known=K(city="jinan", kids=[{"due_date": "2026-04"}]))

T("2026-03-05")  # Thursday: "last thursday" = 2026-02-26 either way
m("per_birth_hardship", "when my grandson came into the world my son was laid off, got the unemployment money", [chb(1, True)],
  known=K(city="jinan"))
m("per_birth_hardship", "at the time of the birth, no dibao no tekun nothing", [f("hardship_at_birth", False)],
  known=K(city="beijing", kids=[yo(1)]))
m("relative_date per_birth_hardship birth_order", "laosan born last thursday, we on dibao for his birth and laoer's, not for laoda's",
  [bd(3, lastweek(3)), chb(3, True), chb(2, True), chb(1, False)], known=K(city="jinan", kids=[yo(10), yo(4)]))
m("answer per_birth_hardship", "nah, neither time", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(3), yo(1)]))
m("chitchat", "my wife says thank you, bye", [])
m("per_birth_hardship now_vs_birth numerals", "dibao start summer 2024 and still have, so yes our girl born 2025 on dibao",
  [f("hardship_now", True), bd(1, "2025"), chb(1, True)], known=K(city="jinan"))
m("per_birth_hardship birth_order", "the eldest got born while we was tekun. the small one was after we stopped",
  [chb(1, True), chb(2, False)], known=K(city="jinan", kids=[yo(7), yo(2)]))
m("question hukou now_vs_birth age", "we are beijing hukou, dibao now, kid 5 months, how much do we get",
  [f("city", "beijing"), f("hukou_in_city", True), f("hardship_now", True), bd(1, mo(5))])
m("relative_date now_vs_birth", "dibao approved just now, letter came yesterday", [f("hardship_now", True)],
  known=K(city="jinan", kids=[{"due_date": "2026-07"}]))
m("correction per_birth_hardship birth_order", "actually we did have shiyejin when the younger one was born, i forgot",
  [chb(2, True, "r")], known=K(city="beijing", kids=[yo(6), {"birth_date": yo(3), "hardship_at_birth": False}]))
m("pregnancy per_birth_hardship now_vs_birth birth_order", "7 months pregnant with our 2nd, unemployment benefit ends next month, laoda born when we had none",
  [due(2, preg(7)), f("hardship_now", True), chb(1, False)], known=K(city="jinan", kids=[yo(5)]))
m("relative_date", "born 2 days ago at 4am, 50cm long", [bd(1, dago(2))], known=K(city="beijing"))

T("2026-06-17")  # Wednesday
m("age per_birth_hardship", "my daughter's little girl, 3 months. no benefits when the baby was born",
  [bd(1, mo(3)), f("hardship_at_birth", False)], known=K(city="beijing"))
m("per_birth_hardship age now_vs_birth", "when our daughter was born we got tekun, she 2 now, we still get",
  [chb(1, True), bd(1, yo(2)), f("hardship_now", True)], known=K(city="jinan"))
m("answer per_birth_hardship", "yes we was on the minimum allowance", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(1)]))
m("per_birth_hardship numerals", "dibao 2020-2023, the kid born 2024, so no dibao at birth", [f("hardship_at_birth", False)],
  known=K(city="jinan", kids=["2024"]))
m("relative_date per_birth_hardship now_vs_birth birth_order", "day before yesterday my wife had c-section, baby boy. dibao at laoer's birth and now",
  [bd(2, back(2)), chb(2, True), f("hardship_now", True)], known=K(city="jinan", kids=[yo(3)]))
m("chitchat", "dragon boat festival soon, zongzi time!", [])
m("insurance duration", "company pay my maternity insurance, maternity leave 3 months left", [f("birth_insurance", "employee_maternity")],
  known=K(city="beijing", kids=[mo(1)]))
m("per_birth_hardship birth_order", "the older boy born when we on dibao, the younger no, we got off just before",
  [chb(1, True), chb(2, False)], known=K(city="beijing", kids=[yo(6), yo(2)]))
m("question", "dibao families get extra or same amount?", [])
m("correction per_birth_hardship birth_order", "correction - the dibao was at laoda's birth, i put laoer by mistake",
  [chb(1, True, "r"), chb(2, False, "r")], known=K(city="jinan", kids=[yo(6), {"birth_date": yo(2), "hardship_at_birth": True}]))
m("duration now_vs_birth", "got tekun for 2 yrs, cut in april", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(1)]))
m("per_birth_hardship numerals age birth_order", "three kids family, eldest 12, middle 8, youngest 5 months. dibao at the youngest's birth, not at the others",
  [n(3), bd(1, yo(12)), bd(2, yo(8)), bd(3, mo(5)), chb(3, True), chb(1, False), chb(2, False)], known=K(city="beijing"))

T("2026-08-27")  # Thursday
m("per_birth_hardship now_vs_birth", "when my granddaughter was born her dad was getting shiyejin, now no more shiyejin, he has job",
  [chb(1, True), f("hardship_now", False)], known=K(city="jinan", kids=[yo(1)]))
m("per_birth_hardship now_vs_birth", "no benefit when she was born. dibao from this year", [f("hardship_at_birth", False), f("hardship_now", True)],
  known=K(city="jinan", kids=[yo(3)]))
m("answer per_birth_hardship birth_order", "for our third, tekun. first two no", [chb(3, True), chb(1, False), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=[yo(7), yo(4), mo(2)]))
m("duration pregnancy now_vs_birth", "husband on shiyejin since the spring, 5 months still to go. wife 4 months pregnant",
  [f("hardship_now", True), due(1, preg(4))], known=K(city="beijing"))
m("chitchat", "lol my dad trying to type in english", [])
m("relative_date per_birth_hardship now_vs_birth birth_order", "the day before yesterday we got approved for dibao, laoer born 2 weeks ago without it",
  [f("hardship_now", True), bd(2, dago(14)), chb(2, False)], known=K(city="jinan", kids=[yo(5)]))
m("now_vs_birth per_birth_hardship", "we dont get dibao. never had at the births either", [f("hardship_now", False), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=[yo(4), yo(2)]))
m("per_birth_hardship now_vs_birth birth_order", "when laoda born still in beijing, got dibao there. now moved to jinan, no dibao",
  [chb(1, True), f("city", "jinan"), f("hardship_now", False)], known=K(kids=[yo(8), yo(3)]))
m("question per_birth_hardship birth_order", "what if we're on dibao when our 2nd comes next year?",
  [chb(2, True, "q"), due(2, year(1), "q")], known=K(city="jinan", kids=[yo(2)]))
m("relative_date per_birth_hardship now_vs_birth", "our boy born 2023 on dibao, that ended two winters ago",
  [chb(1, True), f("hardship_now", False)], known=K(city="jinan", kids=["2023-02"]))
m("duration housing_fund", "3 years paying gongjijin, just me, wife no", [f("housing_fund_contributors", 1)], known=K(city="jinan", kids=[yo(1)]))

T("2026-10-13")  # Tuesday: "last friday" = 2026-10-09 either way
m("relative_date per_birth_hardship birth_order", "laoer arrived last friday, we had got dibao the week before so yes on it at laoer's birth",
  [bd(2, lastweek(4)), chb(2, True)], known=K(city="jinan", kids=[yo(3)]))
m("per_birth_hardship now_vs_birth", "at the birth we were tekun, now dibao", [f("hardship_at_birth", True), f("hardship_now", True)],
  known=K(city="beijing", kids=[yo(2)]))
m("answer per_birth_hardship", "no we got it after", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[mo(10)]))
m("per_birth_hardship age", "my son was born while we get tekun, he is 5 now", [chb(1, True), bd(1, yo(5))], known=K(city="jinan"))
m("chitchat", "national day holiday was so tiring", [])
m("relative_date now_vs_birth pregnancy birth_order", "dibao stopped the month before last, the new baby is due next month",
  [f("hardship_now", False), due(2, thismonth(1))], known=K(city="jinan", kids=[yo(4)]))
m("per_birth_hardship birth_order", "big sister born when we on shiyejin, little brother born after husband found work",
  [chb(1, True), chb(2, False)], known=K(city="beijing", kids=[yo(6), yo(2)]))
m("per_birth_hardship now_vs_birth numerals", "the grandkid born 2025 during our dibao time, dibao is over now",
  [bd(1, "2025"), chb(1, True), f("hardship_now", False)], known=K(city="jinan"))
m("correction now_vs_birth", "sorry i was wrong, we still get tekun, the renewal came through", [f("hardship_now", True, "r")],
  known=K(city="jinan", hardship_now=False, kids=[yo(2)]))
m("insurance duration", "paid social insurance 8 months only, flexible employment", [f("birth_insurance", "flexible_employment")],
  known=K(city="jinan", kids=[{"due_date": None}]))
m("now_vs_birth duration", "unemployed since may, shiyejin until january", [f("hardship_now", True)], known=K(city="beijing", kids=[yo(1)]))
m("question", "do you count dibao if it was approved in the same month as birth?", [])

T("2026-11-25")  # Wednesday
m("relative_date per_birth_hardship now_vs_birth", "grandson born the day before yesterday! his parents just got dibao approved last month, so yes at the grandson's birth",
  [bd(1, back(2)), f("hardship_now", True), chb(1, True)], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth", "she came into world without any dibao or tekun, and we dont have now either",
  [f("hardship_at_birth", False), f("hardship_now", False)], known=K(city="beijing", kids=[yo(1)]))
m("per_birth_hardship multiples birth_order", "tekun at the twins' birth, not at big brother's", [chb(2, True), chb(3, True), chb(1, False)],
  known=K(city="jinan", kids=[yo(5), yo(1), yo(1)]))
m("answer per_birth_hardship", "we were on unemployment benefit when our daughter was born", [chb(1, True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(3)]))
m("chitchat", "thanksgiving not a thing here but thank you bot anyway", [])
m("now_vs_birth numerals", "on dibao now, kids born 2019 and 2021", [f("hardship_now", True), bd(1, "2019"), bd(2, "2021")],
  known=K(city="jinan"))
m("relative_date per_birth_hardship birth_order", "last month our 3rd was born, we had no dibao then, had it at laoer's birth",
  [bd(3, thismonth(-1)), chb(3, False), chb(2, True)], known=K(city="jinan", kids=[yo(7), yo(3)]))
m("per_birth_hardship numerals birth_order", "husband got shiyejin from 2021 to 2023, covered laoda birth in 2022. the 2nd came 2024, no",
  [bd(1, "2022"), chb(1, True), bd(2, "2024"), chb(2, False)], known=K(city="jinan"))
m("question per_birth_hardship", "if my daughter-in-law gives birth while my son on shiyejin, will baby get more?",
  [f("hardship_at_birth", True, "q")], known=K(city="beijing", kids=[{"due_date": "2027-03"}]))
m("pregnancy now_vs_birth", "wife due in february, we on dibao, first baby", [due(1, nextmonth(2)), f("hardship_now", True)],
  known=K(city="jinan"))
m("correction per_birth_hardship", "hold on, when our son was born we were NOT on dibao yet, it started after",
  [chb(1, False, "r")], known=K(city="jinan", kids=[{"birth_date": yo(4), "hardship_at_birth": True}]))
m("per_birth_hardship numerals birth_order", "laoda and laoer, 2 kids, none of the births had dibao", [n(2), f("hardship_at_birth", False)],
  known=K(city="beijing"))
m("relative_date now_vs_birth per_birth_hardship", "minimum living allowance since last october, baby born this month, so we were on it at the birth",
  [f("hardship_now", True), bd(1, thismonth(0)), f("hardship_at_birth", True)], known=K(city="jinan"))
m("relative_date", "the month before last i gave birth to our first, a boy", [bd(1, thismonth(-2))], known=K(city="beijing"))
