# English, batch 53: hardship at each birth (dibao / 特困 special hardship support / unemployment benefit for
# one child but not another, "when our 2nd was born", "when my grandson was born") against hardship now,
# birth order and kinship words (our second, the middle one, my youngest, baby no. 3, my daughter's boy,
# grandkids ordered by age), several children told in any order; answers to every bot question, corrections,
# plain questions, chitchat, housing / fund / insurance / hukou facts mixed with children
T("2024-01-17")  # Wednesday: "last friday" = 2024-01-12 either way
m("per_birth_hardship birth_order", "we were on dibao when our 2nd was born but not for the first one",
  [chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2017", "2022"]))
m("per_birth_hardship now_vs_birth", "got dibao now since my husband got sick but when she was born we didnt have it",
  [f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan", kids=["2021-09"]))
m("per_birth_hardship relative_date", "i lost my job before the baby came and got unemployment benefit then. baby born last friday",
  [f("hardship_at_birth", True), bd(1, lastweek(4))], known=K(city="jinan"))
m("birth_order age", "my youngest is 10 mo, the eldest is almost 6", [bd(2, mo(10)), bd(1, almost(6))],
  known=K(city="beijing"))
m("chitchat birth_order", "haha my middle one just bit his brother again smh", [])
m("question", "does the 600 a month stop when they turn 3 or at the end of that year", [])
m("answer per_birth_hardship", "nope wasnt on any of that when he was born", [f("hardship_at_birth", False, "c")],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2023-04"]))
m("birth_order pregnancy numerals age", "we have 2 kids, 5 and 2, and baby no. 3 due in june",
  [n(2), bd(1, yo(5)), bd(2, yo(2)), due(3, nextmonth(6))], known=K(city="jinan"))
m("hukou insurance birth_order", "my daughters boy was born here but none of us have beijing hukou. my daughter used flexible employment insurance",
  [f("hukou_in_city", False), f("birth_insurance", "flexible_employment")], known=K(city="beijing", kids=["2023-08"]))
m("correction birth_order age", "sorry the middle one is 4 not 3", [bd(2, yo(4), "r")],
  known=K(city="jinan", kids=["2014-07", "2020-07", "2022-01"]))
m("per_birth_hardship birth_order", "special hardship support - we got tekun support when my youngest was born, not when the older one was",
  [chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2016", "2023"]))
m("answer", "jinan, lixia district", [f("city", "jinan")], asked="city")
m("answer numerals age", "3. girl 9, boys 6 and 1", [n(3), bd(1, yo(9)), bd(2, yo(6)), bd(3, yo(1))],
  asked="children", known=K(city="beijing"))
m("negation_housing housing_fund age numerals", "we rent in chaoyang, my 2 kids are 4 and 7, only i pay gongjijin",
  [f("renting", True), n(2), bd(1, yo(7)), bd(2, yo(4)), f("housing_fund_contributors", 1)], known=K(city="beijing"))
m("height birth_order", "eldest is 1m32 already, the little one around 98cm", [ht(1, 132), ht(2, 98)],
  known=K(city="beijing", kids=["2016", "2021"]))
m("relative_date birth_order", "our second arrived yesterday!! 3.4kg of pure noise", [bd(2, back(1))],
  known=K(city="jinan", kids=["2020-05", {"due_date": "2024-01"}]))
m("question birth_order", "if we had a 3rd next year would we get the 600 too", [due(3, year(1), "q")],
  known=K(city="jinan", kids=["2019", "2022"]))

T("2024-06-05")  # Wednesday: "last friday" = 2024-05-31 either way
m("age birth_order", "my grandson is 2 and a half, his sister just turned 1", [bd(1, yo(2)), bd(2, just(1))],
  known=K(city="jinan"))
m("per_birth_hardship multiples birth_order", "we were on unemployment benefit when the twins were born, but when our eldest was born we were fine",
  [chb(2, True), chb(3, True), chb(1, False)], known=K(city="beijing", kids=["2015", "2023-03", "2023-03"]))
m("now_vs_birth per_birth_hardship", "now we're on dibao, wasnt the case at either birth",
  [f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan", kids=["2019", "2022"]))
m("chitchat", "thx that helps a lot", [])
m("answer insurance", "the resident one, i dont have a job", [f("birth_insurance", "resident_medical")],
  asked="birth_insurance", known=K(city="jinan", kids=["2024-03"]))
m("age birth_order numerals", "my youngest, baby no.3, is 5 weeks, middle one 3 yrs, big sis 8",
  [bd(3, dago(35)), bd(2, yo(3)), bd(1, yo(8))], known=K(city="jinan"))
m("correction hukou", "sorry i was wrong earlier, we dont have beijing hukou, its still in hebei",
  [f("hukou_in_city", False, "r")], known=K(city="beijing", hukou_in_city=True, kids=["2021"]))
m("answer housing_fund", "both me and the hubby", [f("housing_fund_contributors", 2)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=["2022"]))
m("answer negation_housing", "yes hopefully this year, it'd be our first place", [f("buying_first_home", True, "c")],
  asked="buying_first_home", known=K(city="beijing", renting=True))
m("question per_birth_hardship", "is the birth subsidy for dibao families 200 or more", [])
m("per_birth_hardship now_vs_birth birth_order", "when my daughter's son was born she was drawing unemployment money, now no benefits anymore",
  [chb(1, True), f("hardship_now", False)], known=K(city="jinan", kids=["2023"]))
m("pregnancy birth_order age", "7 months pregnant with our 2nd, first is 3", [bd(1, yo(3)), due(2, preg(7))],
  known=K(city="beijing"))
m("question numerals housing_fund", "we have 3 kids, how much more gongjijin loan can we get", [n(3)],
  known=K(city="jinan", kids=["2015", "2018", "2022"]))
m("relative_date birth_order", "our 3rd was born last friday, a girl finally", [bd(3, lastweek(4))],
  known=K(city="jinan", kids=["2018", "2021"]))
m("answer negation_housing", "nah we own our flat", [f("renting", False, "c"), f("owns_home_in_city", True)],
  asked="renting", known=K(city="jinan"))
m("duration chitchat", "only 3 more weeks of maternity leave left ugh", [])
m("now_vs_birth per_birth_hardship birth_order", "we're 特困 now, special hardship support since last yr. when our son was born we weren't",
  [f("hardship_now", True), chb(1, False)], known=K(city="beijing", kids=["2022-10"]))

T("2024-11-20")  # Wednesday
m("per_birth_hardship birth_order", "we got dibao for the 1st and 2nd births, by the 3rd we were off it",
  [chb(1, True), chb(2, True), chb(3, False)], known=K(city="jinan", kids=["2014", "2017", "2023"]))
m("now_vs_birth per_birth_hardship", "hubby lost his job in spring, we're on unemployment benefit now. the kid was born 2022 so nothing then",
  [f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan", kids=["2022-03"]))
m("height birth_order", "the middle one measured 1m05 yesterday", [ht(2, 105)],
  known=K(city="beijing", kids=["2015", "2019", "2022"]))
m("age numerals hukou negation_housing", "we have two: a son 6 and a daughter 2 and a half, no beijing hukou, renting",
  [n(2), bd(1, yo(6)), bd(2, yo(2)), f("hukou_in_city", False), f("renting", True)], known=K(city="beijing"))
m("question housing_fund", "what if we both pay gongjijin, does the loan limit go up", [f("housing_fund_contributors", 2, "q")],
  known=K(city="jinan"))
m("answer pregnancy", "end of feb", [due(1, nextmonth(2))], asked="due_date",
  known=K(city="beijing", kids=[{"due_date": None}]))
m("chitchat birth_order", "my youngest finally sleeps thru the night lol", [])
m("age per_birth_hardship birth_order", "my grandsons are 7 and 4, we look after them while our son works. we were on dibao when the younger one was born",
  [bd(1, yo(7)), bd(2, yo(4)), chb(2, True)], known=K(city="jinan"))
m("correction insurance", "sorry i meant employee maternity insurance, i had a job then", [f("birth_insurance", "employee_maternity", "r")],
  known=K(city="jinan", birth_insurance="resident_medical", kids=["2023"]))
m("numerals birth_order", "born 23.8.12, our second", [bd(2, "2023-08-12")], known=K(city="beijing", kids=["2020"]))
m("short_year birth_order", "2nd one came in '23, first in '19", [bd(2, "2023"), bd(1, "2019")], known=K(city="jinan"))
m("pregnancy birth_order", "pregnant with no 3!", [due(3, None)], known=K(city="jinan", kids=["2019", "2022"]))
m("age height question", "the 3 yr old and the 1 yr old are way under 1.3m, subway free for them?",
  [bd(1, yo(3)), bd(2, yo(1)), below(1, 130), below(2, 130)], known=K(city="beijing"))
m("answer negation_housing", "no", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city", known=K(city="jinan"))
m("answer hukou", "yes jinan hukou all of us", [f("hukou_in_city", True, "c")], asked="hukou_in_city",
  known=K(city="jinan", kids=["2021"]))
m("answer height", "1m2 roughly", [ht(1, 120)], asked="children.height_cm", known=K(city="beijing", kids=["2018-09"]))
m("age numerals now_vs_birth per_birth_hardship", "my 3 kids r 10, 7 and 8 months, we've been on tekun support since this summer, not at any of their births",
  [n(3), bd(1, yo(10)), bd(2, yo(7)), bd(3, mo(8)), f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan"))
m("question per_birth_hardship", "is the extra 200 for dibao paid once or monthly", [])

T("2025-04-10")  # Thursday: "last tuesday" = 2025-04-01 either way
m("relative_date birth_order", "baby girl born this morning!! our first", [bd(1, today())],
  known=K(city="beijing", kids=[{"due_date": "2025-04"}]))
m("per_birth_hardship birth_order", "the eldest was born when we still had dibao, the younger two after we got off it",
  [chb(1, True), chb(2, False), chb(3, False)], known=K(city="jinan", kids=["2016", "2020", "2023"]))
m("correction birth_order", "actually our second was born 2022 not 2021", [bd(2, "2022", "r")],
  known=K(city="jinan", kids=["2019-05", "2021"]))
m("relative_date birth_order", "last tuesday my daughter had her 2nd, a boy", [bd(2, lastweek(1))],
  known=K(city="jinan", kids=["2021-02"]))
m("numerals age insurance negation_housing", "we have 1 kid, 14 months, im on flexible employment insurance and we rent",
  [n(1), bd(1, mo(14)), f("birth_insurance", "flexible_employment"), f("renting", True)], known=K(city="beijing"))
m("answer age numerals", "just the one, shes 4", [n(1), bd(1, yo(4))], asked="children", known=K(city="jinan"))
m("question hukou", "do u need beijing hukou for the nursery place", [])
m("per_birth_hardship birth_order", "when the middle one came i was on 失业金, for the other 2 no",
  [chb(2, True), chb(1, False), chb(3, False)], known=K(city="beijing", kids=["2014", "2018", "2022"]))
m("per_birth_hardship now_vs_birth birth_order", "on dibao since before our son was born, still on it",
  [chb(1, True), f("hardship_now", True)], known=K(city="jinan", kids=["2021"]))
m("age birth_order negation_housing", "my youngest is almost 3, the older girl 6 and a half. we're looking to buy our first flat",
  [bd(2, almost(3)), bd(1, yo(6)), f("buying_first_home", True)], known=K(city="jinan"))
m("chitchat", "good morning", [])
m("answer per_birth_hardship", "yes we got dibao then", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2024-02"]))
m("negation_housing housing_fund age", "saving up for our first home, both of us pay housing fund, kids 5 and 3",
  [f("buying_first_home", True), f("housing_fund_contributors", 2), bd(1, yo(5)), bd(2, yo(3))], known=K(city="beijing"))
m("age numerals birth_order", "the little one is 11 wks, big bro is 2", [bd(2, dago(77)), bd(1, yo(2))], known=K(city="beijing"))
m("correction height", "oops he's 1m25 not 1m2", [ht(1, 125, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2019", "height_cm": 120}]))
m("pregnancy birth_order numerals age", "our 3rd due aug, we've got 2 girls already, 9 and 5",
  [due(3, nextmonth(8)), n(2), bd(1, yo(9)), bd(2, yo(5))], known=K(city="jinan"))
m("question", "do kids from my husbands first marriage count for the 3rd child subsidy", [])

T("2025-09-02")  # Tuesday: "last friday" = 2025-08-29 either way
m("per_birth_hardship now_vs_birth birth_order", "dibao when our 2nd was born and we still are on it, first one no",
  [chb(2, True), f("hardship_now", True), chb(1, False)], known=K(city="jinan", kids=["2018", "2022"]))
m("multiples relative_date numerals", "last friday our twins arrived, now 3 kids total",
  [bd(2, lastweek(4)), bd(3, lastweek(4)), n(3)],
  known=K(city="jinan", kids=["2021", {"due_date": "2025-09"}, {"due_date": "2025-09"}]))
m("age birth_order", "my grandkids: girl is 12, boy just turned 5", [bd(1, yo(12)), bd(2, just(5))], known=K(city="beijing"))
m("answer housing_fund", "no one, we both do odd jobs", [f("housing_fund_contributors", 0)],
  asked="housing_fund_contributors", known=K(city="beijing", kids=["2020"]))
m("answer", "we live in bj, haidian", [f("city", "beijing")], asked="city")
m("pregnancy birth_order", "wife is 5 months along with our second", [due(2, preg(5))], known=K(city="jinan", kids=["2022"]))
m("question", "how do i apply for the extra 200 at birth", [])
m("numerals age hukou negation_housing", "my only child is 2, no hukou here, we rent",
  [n(1), bd(1, yo(2)), f("hukou_in_city", False), f("renting", True)], known=K(city="beijing"))
m("correction per_birth_hardship", "sorry i got it wrong, we werent on dibao at the birth, only started after",
  [f("hardship_at_birth", False, "r")], known=K(city="jinan", hardship_at_birth=True, kids=["2024-10"]))
m("numerals age birth_order", "the youngest of my 4 is 6 months", [n(4), bd(4, mo(6))], known=K(city="jinan"))
m("duration chitchat", "paternity leave is only 15 days for my husband lol", [])
m("chitchat", "ok thanks bye", [])
m("age per_birth_hardship birth_order", "they're 8, 6 and 2 and a half, the middle one is the only one born while we had unemployment money",
  [bd(1, yo(8)), bd(2, yo(6)), bd(3, yo(2)), chb(2, True), chb(1, False), chb(3, False)], known=K(city="jinan"))
m("answer pregnancy relative_date", "early march next yr", [due(2, year(1) + "-03")], asked="due_date",
  known=K(city="beijing", kids=["2022", {"due_date": None}]))
m("answer pregnancy numerals", "none yet, but expecting in december", [n(0), due(1, nextmonth(12))], asked="children",
  known=K(city="jinan"))
m("hukou", "we got jinan hukou last year, whole family moved it here", [f("hukou_in_city", True)],
  known=K(city="jinan", kids=["2020"]))
m("answer negation_housing", "yes, renting a 2 bedroom", [f("renting", True, "c")], asked="renting", known=K(city="beijing"))

T("2026-02-12")  # Thursday: "last march" = 2025-03 either way
m("birth_order", "born last march, our 3rd", [bd(3, pastmonth(3))], known=K(city="jinan", kids=["2019", "2022"]))
m("per_birth_hardship now_vs_birth birth_order", "we had special hardship support when our girls were born, none now",
  [chb(1, True), chb(2, True), f("hardship_now", False)], known=K(city="beijing", kids=["2020", "2023"]))
m("per_birth_hardship birth_order", "i lost my job in 2024, got 失业金 when my son was born that winter", [chb(1, True)],
  known=K(city="jinan", kids=["2024-12"]))
m("now_vs_birth per_birth_hardship", "we're on dibao now but weren't when she was born",
  [f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan", kids=["2023-05"]))
m("answer height birth_order", "big one 1m28, small one 1m", [ht(1, 128), ht(2, 100)], asked="children.height_cm",
  known=K(city="beijing", kids=["2017", "2022"]))
m("age height question birth_order", "my daughter's boy is 3 and a half and hes way under 1m3, does he need a ticket on the bus",
  [bd(1, yo(3)), below(1, 130)], known=K(city="beijing"))
m("question housing_fund", "is the housing fund loan limit higher for 3 child families", [])
m("correction numerals age", "sorry i said 2 kids earlier but its 3, the baby is 4 mo", [n(3, "r"), bd(3, mo(4))],
  known=K(city="jinan", kids=["2019", "2022"]))
m("age birth_order", "our eldest goes to primary school, she's 7, the second is in kindergarten at 4, and the baby 9 mo",
  [bd(1, yo(7)), bd(2, yo(4)), bd(3, mo(9))], known=K(city="jinan"))
m("answer insurance", "none, i wasnt insured", [f("birth_insurance", "none")], asked="birth_insurance",
  known=K(city="beijing", kids=["2025"]))
m("multiples age numerals", "twins came dec 2024 and big sis is 6",
  [n(3), bd(1, yo(6)), bd(2, "2024-12"), bd(3, "2024-12")], known=K(city="jinan"))
m("answer negation_housing", "yeah we have a flat in shizhong", [f("owns_home_in_city", True, "c")],
  asked="owns_home_in_city", known=K(city="jinan"))
m("chitchat", "hmm let me think", [])
m("hukou age", "me husband and the kids all have beijing hukou, kids r 2 and 5",
  [f("hukou_in_city", True), f("city", "beijing"), bd(1, yo(5)), bd(2, yo(2))])
m("relative_date birth_order", "our 2nd was born the day before yesterday", [bd(2, back(2))],
  known=K(city="beijing", kids=["2023", {"due_date": "2026-02"}]))
m("question per_birth_hardship now_vs_birth", "do you need to be on dibao at the birth or is now enough", [])
m("question numerals", "if we have a baby next year can we still get the jinan subsidy, we have 2 already",
  [due(3, year(1), "q"), n(2)], known=K(city="jinan", kids=["2019", "2022"]))

T("2026-07-08")  # Wednesday
m("per_birth_hardship now_vs_birth birth_order", "had unemployment benefit around when no.2 came, and we're on it again now",
  [chb(2, True), f("hardship_now", True)], known=K(city="beijing", kids=["2020", "2023"]))
m("per_birth_hardship age birth_order", "my grandson was born while we were on dibao, he's 2 now", [chb(1, True), bd(1, yo(2))],
  known=K(city="jinan"))
m("answer per_birth_hardship multiples birth_order", "we had it when the twins were born, not with the big one",
  [chb(2, True), chb(3, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2019", "2024-05", "2024-05"]))
m("numerals age", "4 kids: 11, 9, 6 and the baby is 3 weeks",
  [n(4), bd(1, yo(11)), bd(2, yo(9)), bd(3, yo(6)), bd(4, dago(21))], known=K(city="jinan"))
m("correction", "sorry, the city is beijing not jinan, we moved", [f("city", "beijing", "r")], known=K(city="jinan"))
m("question", "whats the age limit for the 600", [])
m("height age birth_order", "eldest 1m35, youngest 1m1 and shes 5", [ht(1, 135), ht(2, 110), bd(2, yo(5))],
  known=K(city="jinan", kids=["2017", "2021"]))
m("negation_housing housing_fund", "we rent, no place of our own in bj, 1 person pays gongjijin",
  [f("renting", True), f("owns_home_in_city", False), f("housing_fund_contributors", 1)], known=K(city="beijing"))
m("answer negation_housing", "not yet, maybe in a few yrs", [f("buying_first_home", False, "c")],
  asked="buying_first_home", known=K(city="jinan", renting=True))
m("chitchat", "the little monster wont eat anything green lol", [])
m("pregnancy birth_order", "pregnant again, this will be our 3rd, due in january", [due(3, nextmonth(1))],
  known=K(city="beijing", kids=["2021", "2024"]))
m("insurance now_vs_birth", "were on resident medical insurance, and special hardship support since my husbands accident last year",
  [f("birth_insurance", "resident_medical"), f("hardship_now", True)], known=K(city="jinan", kids=["2025"]))
m("question", "how long is maternity leave in beijing", [])
m("answer numerals", "2 girls, born 2019 and 2022", [n(2), bd(1, "2019"), bd(2, "2022")], asked="children",
  known=K(city="beijing"))
m("correction birth_order", "sorry, my son was born in may 2023 not march", [bd(1, "2023-05", "r")],
  known=K(city="jinan", kids=["2023-03"]))

T("2026-11-19")  # Thursday: "last wednesday" = 2026-11-11 either way
m("per_birth_hardship birth_order", "when our youngest was born we had dibao, not for the older two",
  [chb(3, True), chb(1, False), chb(2, False)], known=K(city="jinan", kids=["2015", "2018", "2024"]))
m("now_vs_birth pregnancy relative_date", "lost my job in march, collecting unemployment now, baby due next month",
  [f("hardship_now", True), due(2, thismonth(1))], known=K(city="beijing", kids=["2023"]))
m("per_birth_hardship age", "we were on 特困 support at each birth, kids r 6 and 4",
  [f("hardship_at_birth", True), bd(1, yo(6)), bd(2, yo(4))], known=K(city="jinan"))
m("age birth_order", "my granddaughter is 18 months and her brother is 4", [bd(1, yo(4)), bd(2, mo(18))],
  known=K(city="beijing"))
m("answer hukou", "no, my hukou is in henan", [f("hukou_in_city", False, "c")], asked="hukou_in_city",
  known=K(city="jinan", kids=["2022"]))
m("relative_date birth_order", "last wednesday my 3rd was born", [bd(3, lastweek(2))], known=K(city="jinan", kids=["2019", "2022"]))
m("negation_housing housing_fund", "gonna buy our first place next year, currently renting, both of us on gongjijin",
  [f("buying_first_home", True), f("renting", True), f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("question housing_fund", "if only my wife paid gongjijin would we still get the loan", [f("housing_fund_contributors", 1, "q")],
  known=K(city="beijing"))
m("correction birth_order", "correction: our 1st is born 2018 not 2017", [bd(1, "2018", "r")],
  known=K(city="jinan", kids=["2017", "2021"]))
m("chitchat", "lol ok", [])
m("now_vs_birth per_birth_hardship birth_order", "im not on dibao now, but we did get it when my daughter was born in 2020",
  [f("hardship_now", False), chb(1, True)], known=K(city="beijing", kids=["2020-06"]))
m("age birth_order", "eldest 13, middle 9, and the little one is 2 mo", [bd(1, yo(13)), bd(2, yo(9)), bd(3, mo(2))],
  known=K(city="beijing"))
m("answer pregnancy numerals", "the doc says 2027.3.15", [due(2, "2027-03-15")], asked="due_date",
  known=K(city="jinan", kids=["2022", {"due_date": None}]))
m("question birth_order", "is there a subsidy for the first child or only 2nd and 3rd", [])
m("numerals age housing_fund", "we have 3 grandsons, 8, 5 and 1, their parents both pay into housing fund",
  [n(3), bd(1, yo(8)), bd(2, yo(5)), bd(3, yo(1)), f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("height birth_order", "my second girl is 1m, the first 1m3 exactly", [ht(2, 100), ht(1, 130)],
  known=K(city="beijing", kids=["2019", "2021"]))
m("answer insurance", "my company pays maternity insurance", [f("birth_insurance", "employee_maternity")],
  asked="birth_insurance", known=K(city="beijing", kids=["2026-05"]))
m("correction now_vs_birth", "actually we came off dibao in sept", [f("hardship_now", False, "r")],
  known=K(city="jinan", hardship_now=True, kids=["2022"]))
m("age per_birth_hardship now_vs_birth", "our baby is 40 days old, we were on 失业金 when she was born and still are",
  [bd(1, dago(40)), f("hardship_at_birth", True), f("hardship_now", True)], known=K(city="beijing"))
m("age birth_order", "the baby of the family is 5 now, the big ones 12 and 10", [bd(3, yo(5)), bd(1, yo(12)), bd(2, yo(10))],
  known=K(city="jinan"))
m("duration chitchat", "we've been waiting 2 months for the subsidy to come through", [])
m("answer hukou", "jinan but hukou is in liaocheng", [f("city", "jinan"), f("hukou_in_city", False)], asked="city")
m("relative_date per_birth_hardship birth_order age", "my youngest was born the year before last while i was jobless and on unemployment benefit, the older one's 7",
  [bd(2, year(-2)), chb(2, True), bd(1, yo(7))], known=K(city="beijing"))
m("per_birth_hardship now_vs_birth birth_order", "no dibao or anything when my grandson was born, but now we do get special hardship support",
  [chb(1, False), f("hardship_now", True)], known=K(city="jinan", kids=["2024"]))
