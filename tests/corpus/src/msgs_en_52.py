# English, batch 52: hardship at each birth (dibao, special hardship / tekun, unemployment benefit) told per child
# ("dibao for our 2nd, not the 1st", "the big two yes, my youngest no") vs every birth / "the baby" / a pronoun, and
# hardship now vs at the birth; birth order and kinship words (our second, the middle one, my youngest, baby no. 3,
# my grandson, my daughter's boy, grandkids ordered by age); several children in one message in any order; answers to
# the bot's questions, corrections, plain questions, chitchat, housing / fund / insurance / hukou mixed with children
T("2024-01-17")  # Wednesday: "monday of last week" = 2024-01-08
m("per_birth_hardship birth_order question", "we were on dibao when our 2nd was born but not for the first one. do we get the extra 200?",
  [chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2019-06", "2023-04"]))
m("per_birth_hardship age", "i lost my job before the baby came so i was on unemployment benefit when he was born. hes 3 mo now",
  [f("hardship_at_birth", True), bd(1, mo(3))], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship", "we're on dibao now but we weren't when she was born",
  [f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="beijing", kids=["2021-08"]))
m("age now_vs_birth per_birth_hardship", "my grandson is almost 2. my daughter was under special hardship support (tekun) when he was born, still is",
  [bd(1, almost(2)), f("hardship_at_birth", True), f("hardship_now", True)], known=K(city="jinan"))
m("birth_order relative_date numerals", "baby no. 3 came on monday of last week, 3.4kg and loud lol",
  [bd(3, lastweek(0))], known=K(city="jinan", kids=["2015-09", "2019-02"]))
m("birth_order age", "the middle one is 4 and a half, my eldest is 9, youngest just turned one",
  [bd(2, yo(4)), bd(1, yo(9)), bd(3, just(1))], known=K(city="jinan"))
m("chitchat", "haha ok thank u so much", [])
m("question", "does the 600 a month stop the day they turn 3 or at the end of that year", [])
m("answer per_birth_hardship", "no never, not for either birth", [f("hardship_at_birth", False, "c")],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2018-10", "2023-06"]))
m("answer numerals age birth_order", "3. eldest a boy 7, then two girls 4 and 1",
  [n(3), bd(1, yo(7)), bd(2, yo(4)), bd(3, yo(1))], asked="children", known=K(city="beijing"))
m("negation_housing housing_fund age numerals", "we rent in lixia district, no flat of our own. 2 kids 6 and 2, me and husband both pay gongjijin",
  [f("renting", True), f("owns_home_in_city", False), n(2), bd(1, yo(6)), bd(2, yo(2)), f("housing_fund_contributors", 2)],
  known=K(city="jinan"))
m("correction birth_order", "sorry typo, our 2nd was born 2022 not 2021", [bd(2, "2022", "r")],
  known=K(city="jinan", kids=["2018-05", "2021"]))
m("hukou age pregnancy birth_order", "we are jinan hukou, got a 3 yo boy, 2nd due in may",
  [f("city", "jinan"), f("hukou_in_city", True), bd(1, yo(3)), due(2, nextmonth(5))])
m("duration chitchat", "my paternity leave was only 15 days lol already back at work", [])
m("now_vs_birth per_birth_hardship birth_order", "we didnt get dibao or anything when our son arrived, now hubby lost his job and gets unemployment money",
  [chb(1, False), f("hardship_now", True)], known=K(city="jinan", kids=["2022-10"]))
m("insurance age", "i was on resident medical insurance not thru work. my daughter is 5 months",
  [f("birth_insurance", "resident_medical"), bd(1, mo(5))], known=K(city="beijing"))

T("2024-05-09")  # Thursday
m("per_birth_hardship relative_date", "my daughter was on dibao when her son was born in feb",
  [bd(1, pastmonth(2)), chb(1, True)], known=K(city="jinan"))
m("per_birth_hardship birth_order", "2nd and 3rd kids were both born with us on minimum living allowance, the 1st wasnt",
  [chb(2, True), chb(3, True), chb(1, False)], known=K(city="jinan", kids=["2014-03", "2019-07", "2023-02"]))
m("height birth_order", "our youngest is 1m02 and the big one 1m31", [ht(2, 102), ht(1, 131)],
  known=K(city="beijing", kids=["2016-08", "2021-01"]))
m("pregnancy birth_order age", "i think im about 3 months along with number 2, first is 4",
  [bd(1, yo(4)), due(2, preg(3))], known=K(city="beijing"))
m("answer pregnancy", "end of october i think", [due(2, nextmonth(10))], asked="due_date",
  known=K(city="jinan", kids=["2021-02", {"due_date": None}]))
m("answer negation_housing", "nope we rent a small place near the hospital",
  [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city", known=K(city="beijing", kids=["2022-03"]))
m("question birth_order", "if our third comes next year will the kid get the 600 yuan", [due(3, year(1), "q")],
  known=K(city="jinan", kids=["2017-11", "2022-04"]))
m("chitchat", "sorry my english not so good", [])
m("answer per_birth_hardship birth_order", "we had dibao when the little one was born, not when the big one was",
  [chb(2, True), chb(1, False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2017-09", "2023-01"]))
m("answer housing_fund", "just my husband, im not employed", [f("housing_fund_contributors", 1)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=["2020-06", "2023-09"]))
m("hukou age negation_housing", "we r beijing hukou, our kids r 5 and 8 months, want to buy first apartment",
  [f("city", "beijing"), f("hukou_in_city", True), bd(1, yo(5)), bd(2, mo(8)), f("buying_first_home", True)])
m("correction per_birth_hardship birth_order", "wait no, the dibao was when baby no.2 came, not no.1",
  [chb(2, True, "r"), chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2019-03", "hardship_at_birth": True}, {"birth_date": "2023-11", "hardship_at_birth": False}]))
m("per_birth_hardship short_year birth_order", "i lost my job in jan '23 and was still on unemployment benefit when our daughter came that june",
  [bd(1, "2023-06"), chb(1, True)], known=K(city="jinan"))
m("age birth_order", "grandkids: girl 3, boy 7, another boy 10 months",
  [bd(2, yo(3)), bd(1, yo(7)), bd(3, mo(10))], known=K(city="jinan"))
m("question", "where do i apply for the childcare subsidy, community office or online?", [])
m("answer", "jinan, licheng district", [f("city", "jinan")], asked="city")
m("now_vs_birth per_birth_hardship", "we have tekun (special hardship) support now since my husband got sick, wasnt like that when the kids were born",
  [f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="beijing", kids=["2018-12", "2021-05"]))

T("2024-09-24")  # Tuesday
m("birth_order age", "our third is 2 weeks old today!!",
  [bd(3, dago(14))], known=K(city="jinan", kids=["2016-04", "2020-12"]))
m("answer numerals", "two boys, one in grade 2 one in kindergarten", [n(2)], asked="children", known=K(city="jinan"))
m("answer height", "shes exactly 1m18", [ht(1, 118)], asked="children.height_cm", known=K(city="beijing", kids=["2019-02"]))
m("height question", "does my grandson need a subway ticket? hes just under 1.3m", [below(1, 130)], known=K(city="beijing"))
m("per_birth_hardship birth_order", "unemployment benefit at the 1st birth, dibao at the 2nd, for the 3rd nothing cause i found work",
  [chb(1, True), chb(2, True), chb(3, False)], known=K(city="jinan", kids=["2013-06", "2017-10", "2023-12"]))
m("chitchat", "ok i will go ask the street office tomorow", [])
m("negation_housing numerals age", "we own our flat in shizhong, paid off. 1 kid, 6",
  [f("owns_home_in_city", True), n(1), bd(1, yo(6))], known=K(city="jinan"))
m("correction height", "sorry, my daughter is 1.25 not 1.15", [ht(1, 125, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2018-03", "height_cm": 115}]))
m("per_birth_hardship now_vs_birth", "we were on dibao when we had the baby and we still are",
  [f("hardship_at_birth", True), f("hardship_now", True)], known=K(city="jinan", kids=["2023-08"]))
m("pregnancy birth_order age", "my wife is 7 months pregnant with baby number 3, our eldest is 8 and the 2nd 5",
  [due(3, preg(7)), bd(1, yo(8)), bd(2, yo(5))], known=K(city="beijing"))
m("hukou insurance", "no jinan hukou, we're from linyi. i pay flexible employment medical insurance myself",
  [f("hukou_in_city", False), f("birth_insurance", "flexible_employment")], known=K(city="jinan", kids=["2024-02"]))
m("answer negation_housing", "yes hopefully next yr if we can get a gongjijin loan", [f("buying_first_home", True, "c")],
  asked="buying_first_home", known=K(city="jinan", kids=["2019-01", "2022-07"]))
m("answer negation_housing", "no, we live in my in-laws flat", [f("renting", False, "c")], asked="renting",
  known=K(city="beijing", kids=["2021-04"]))
m("question", "how much is the gongjijin loan limit for 3-child families?", [])
m("per_birth_hardship birth_order", "the big two were born while i was on unemployment benefit, my youngest no",
  [chb(1, True), chb(2, True), chb(3, False)], known=K(city="jinan", kids=["2015-05", "2018-09", "2024-02"]))
m("short_year hukou", "kids born '17 and '21, we're in beijing with hukou",
  [bd(1, "2017"), bd(2, "2021"), f("city", "beijing"), f("hukou_in_city", True)])
m("now_vs_birth per_birth_hardship", "we werent on any assistance for any of the births, but my husband started getting unemployment last month",
  [f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="jinan", kids=["2019-11", "2022-02"]))

T("2025-02-12")  # Wednesday: "last thursday" = 2025-02-06 either way
m("relative_date per_birth_hardship birth_order", "2nd baby born last thursday!! we were getting dibao for the 2nd birth, for the first we werent",
  [bd(2, lastweek(3)), chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2020-07"]))
m("age per_birth_hardship birth_order", "my daughters are 11, 7 and 3, the youngest was born when we had tekun support",
  [bd(1, yo(11)), bd(2, yo(7)), bd(3, yo(3)), chb(3, True)], known=K(city="beijing"))
m("question", "is the 200 extra per month or one time?", [])
m("answer per_birth_hardship", "yep we were on dibao", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2022-05"]))
m("answer per_birth_hardship birth_order", "we had unemployment benefit when our 3rd came, the first two no",
  [chb(3, True), chb(1, False), chb(2, False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2016-01", "2019-08", "2024-10"]))
m("height birth_order", "my granddaughter (the older one) is 1m22 and her little brother 1m05", [ht(1, 122), ht(2, 105)],
  known=K(city="beijing", kids=["2018-06", "2021-09"]))
m("correction numerals age", "oh sorry its 3 kids not 2, forgot to mention the baby, 4 months",
  [n(3, "r"), bd(3, mo(4))], known=K(city="jinan", kids=["2016-02", "2019-10"]))
m("chitchat", "good morning", [])
m("housing_fund negation_housing", "we're both in the gongjijin system, buying our first flat in beijing this yr, renting now",
  [f("housing_fund_contributors", 2), f("buying_first_home", True), f("city", "beijing"), f("renting", True)])
m("numerals birth_order", "the eldest was born 2019.8 and number two 2024.3", [bd(1, "2019-08"), bd(2, "2024-03")],
  known=K(city="jinan"))
m("insurance age", "i got employee maternity insurance thru my job, our son is 9 weeks old",
  [f("birth_insurance", "employee_maternity"), bd(1, dago(63))], known=K(city="beijing"))
m("answer housing_fund", "none of us, we're self employed", [f("housing_fund_contributors", 0)],
  asked="housing_fund_contributors", known=K(city="beijing", kids=["2023-03"]))
m("now_vs_birth per_birth_hardship multiples", "not on dibao anymore, but we were when the twins were born",
  [f("hardship_now", False), chb(1, True), chb(2, True)], known=K(city="jinan", kids=["2023-04", "2023-04"]))
m("age birth_order question", "our middle one is 2 and a half, does she qualify for the 600 or only the third?",
  [bd(2, yo(2))], known=K(city="jinan"))

T("2025-06-05")  # Thursday
m("pregnancy birth_order now_vs_birth", "baby #3 due in august, we just went onto dibao last month",
  [due(3, nextmonth(8)), f("hardship_now", True)], known=K(city="jinan", kids=["2018-04", "2021-12"]))
m("age birth_order per_birth_hardship", "my eldest grandson is 8, the youngest one turns 4 next month. my son was on unemployment benefit when the little one was born",
  [bd(1, yo(8)), bd(2, almost(4)), chb(2, True)], known=K(city="jinan"))
m("per_birth_hardship birth_order now_vs_birth", "when my first was born we were on dibao. the second no. now we're off it",
  [chb(1, True), chb(2, False), f("hardship_now", False)], known=K(city="jinan", kids=["2017-03", "2022-09"]))
m("answer numerals age", "just one, a girl, 10 days old", [n(1), bd(1, dago(10))], asked="children", known=K(city="beijing"))
m("answer", "bj", [f("city", "beijing")], asked="city")
m("question", "is it true kids under 1.3m ride free on the subway?", [])
m("height age", "my son is 1.28m tall for his age, 6 yrs", [ht(1, 128), bd(1, yo(6))], known=K(city="beijing"))
m("correction per_birth_hardship birth_order", "no wait, we were NOT on dibao for the first birth, only for the 2nd",
  [chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2018-01", "hardship_at_birth": True}, {"birth_date": "2022-06", "hardship_at_birth": True}]))
m("chitchat", "ur very helpful thx bot", [])
m("negation_housing hukou numerals pregnancy", "we live in beijing chaoyang, rent, my hukou is hebei. 1 kid and another on the way, due in december",
  [f("city", "beijing"), f("renting", True), f("hukou_in_city", False), n(1), due(2, nextmonth(12))])
m("duration question", "maternity leave here is 158 days right? mine ended 2 months ago", [])
m("answer insurance", "none, i was a housewife", [f("birth_insurance", "none")], asked="birth_insurance",
  known=K(city="jinan", kids=["2024-11"]))
m("relative_date birth_order now_vs_birth per_birth_hardship", "my daughter had her second in march. her and her husband are on unemployment benefit now, werent when the 2nd was born",
  [bd(2, pastmonth(3)), f("hardship_now", True), chb(2, False)], known=K(city="jinan"))
m("numerals birth_order", "1st kid born 2020/11/3, second 2023/2/14", [bd(1, "2020-11-03"), bd(2, "2023-02-14")],
  known=K(city="jinan"))
m("answer negation_housing", "yes we have a flat in tianqiao, bought 2019", [f("owns_home_in_city", True, "c")],
  asked="owns_home_in_city", known=K(city="jinan", kids=["2020-10", "2024-01"]))

T("2025-10-21")  # Tuesday
m("age birth_order", "our 3rd arrived 3 weeks ago, a girl. eldest 10, middle 6",
  [bd(3, dago(21)), bd(1, yo(10)), bd(2, yo(6))], known=K(city="beijing"))
m("per_birth_hardship numerals", "we had dibao with every birth, all 3 of them",
  [f("hardship_at_birth", True), n(3)], known=K(city="jinan", kids=["2015-02", "2019-06", "2023-10"]))
m("numerals age per_birth_hardship", "my son's two kids, boy 5 girl 2. my son was getting unemployment benefit when the girl was born",
  [n(2), bd(1, yo(5)), bd(2, yo(2)), chb(2, True)], known=K(city="jinan"))
m("question", "what if we have another one in 2027, would it be covered?", [due(3, "2027", "q")],
  known=K(city="jinan", kids=["2019-05", "2024-08"]))
m("answer pregnancy", "they said feb 10", [due(2, nextmonth(2, 10))], asked="due_date",
  known=K(city="beijing", kids=["2023-05", {"due_date": None}]))
m("answer height birth_order", "the older 1m15 the younger about 90", [ht(1, 115), ht(2, 90)],
  asked="children.height_cm", known=K(city="beijing", kids=["2019-12", "2023-02"]))
m("chitchat", "lol my kid just asked if ur a robot", [])
m("per_birth_hardship now_vs_birth", "none of our births we were on any assistance, but now we're a special hardship household bc of my wife's illness",
  [f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="beijing", kids=["2017-07", "2020-03"]))
m("relative_date birth_order age", "my daughter-in-law gave birth to our 2nd grandkid in july, first is 4",
  [bd(2, pastmonth(7)), bd(1, yo(4))], known=K(city="jinan"))
m("correction insurance", "sorry earlier i said resident insurance, its actually employee maternity thru my work",
  [f("birth_insurance", "employee_maternity", "r")], known=K(city="jinan", birth_insurance="resident_medical", kids=["2025-04"]))
m("housing_fund negation_housing age numerals", "2 working people paying housing fund, want to buy first home, currently renting in jinan, kids 3 and 1",
  [f("housing_fund_contributors", 2), f("buying_first_home", True), f("renting", True), f("city", "jinan"), bd(1, yo(3)), bd(2, yo(1))])
m("question", "does the 600 per month require jinan hukou?", [])
m("now_vs_birth per_birth_hardship", "we're not on dibao now and werent when he was born either",
  [f("hardship_now", False), f("hardship_at_birth", False)], known=K(city="jinan", kids=["2024-01"]))
m("answer hukou", "nope still in my hometown in anhui", [f("hukou_in_city", False, "c")], asked="hukou_in_city",
  known=K(city="jinan", kids=["2022-11"]))
m("age per_birth_hardship", "mine are 7, 4 and 9 months, the 9 month old was born while we were on dibao",
  [bd(1, yo(7)), bd(2, yo(4)), bd(3, mo(9)), chb(3, True)], known=K(city="jinan"))

T("2026-03-03")  # Tuesday: "last wednesday" = 2026-02-25 either way
m("relative_date birth_order now_vs_birth per_birth_hardship", "had our 3rd last wednesday!!! we're on dibao now, and were when the 2nd was born too",
  [bd(3, lastweek(2)), f("hardship_now", True), chb(2, True)], known=K(city="jinan", kids=["2019-09", "2022-12"]))
m("age per_birth_hardship", "my grandson is 2 and granddaughter 6 months, my daughter was on dibao every time she gave birth",
  [bd(1, yo(2)), bd(2, mo(6)), f("hardship_at_birth", True)], known=K(city="jinan"))
m("question", "hw much is the paternity leave in beijing", [])
m("answer per_birth_hardship birth_order", "the first time no, the second time unemployment benefit",
  [chb(1, False), chb(2, True)], asked="hardship_at_birth", known=K(city="jinan", kids=["2020-02", "2025-06"]))
m("negation_housing", "we own a place but not in jinan, its back in my hometown. we rent here",
  [f("owns_home_in_city", False), f("renting", True)], known=K(city="jinan", kids=["2023-07"]))
m("height question birth_order", "1 more q: my eldest is 1.35, the others are small, who needs a ticket", [ht(1, 135)],
  known=K(city="beijing", kids=["2016-05", "2020-08", "2024-03"]))
m("correction age birth_order", "my bad, the youngest is 8 months not 18", [bd(3, mo(8), "r")],
  known=K(city="jinan", kids=["2018-05", "2021-10", "2024-09"]))
m("chitchat", "ok", [])
m("pregnancy now_vs_birth", "im 6 mo pregnant, first baby, we're on unemployment benefit right now",
  [due(1, preg(6)), f("hardship_now", True)], known=K(city="jinan"))
m("per_birth_hardship birth_order", "we were on minimum living guarantee when my oldest was born, not when the youngest came in 2024",
  [chb(1, True), chb(2, False)], known=K(city="jinan", kids=["2016-03", "2024-06"]))
m("answer negation_housing", "not planning, too expensive", [f("buying_first_home", False, "c")], asked="buying_first_home",
  known=K(city="beijing", kids=["2021-09"]))
m("numerals age", "three kids: 2nd grade, kindergarten, and a baby of 5 months", [n(3), bd(3, mo(5))], known=K(city="beijing"))
m("question per_birth_hardship", "how do i prove we were on dibao when the baby was born? the certificate?",
  [f("hardship_at_birth", True)], known=K(city="jinan", kids=["2025-05"]))
m("hukou age housing_fund", "our hukou moved to beijing last yr, kid is 3, and we both pay into the fund",
  [f("hukou_in_city", True), bd(1, yo(3)), f("housing_fund_contributors", 2)], known=K(city="beijing"))
m("answer negation_housing", "yes, 2 bedroom in huaiyin", [f("renting", True, "c")], asked="renting",
  known=K(city="jinan", kids=["2022-04"]))

T("2026-07-16")  # Thursday
m("relative_date birth_order numerals", "our 4th was born on the 2nd of this month, so now we have 4 kids",
  [bd(4, thismonth() + "-02"), n(4)], known=K(city="jinan", kids=["2014-08", "2018-01", "2022-05"]))
m("age per_birth_hardship", "grandma here. my daughter's boy is 4 and her girl is 1. she got unemployment benefit when the girl was born, not the boy",
  [bd(1, yo(4)), bd(2, yo(1)), chb(2, True), chb(1, False)], known=K(city="jinan"))
m("per_birth_hardship birth_order now_vs_birth", "we were on dibao when the eldest was born, unemployment benefit when the 2nd was born, and now neither",
  [chb(1, True), chb(2, True), f("hardship_now", False)], known=K(city="jinan", kids=["2017-12", "2023-03"]))
m("answer numerals age", "4 kids. 12, 9, 5, and 3 months",
  [n(4), bd(1, yo(12)), bd(2, yo(9)), bd(3, yo(5)), bd(4, mo(3))], asked="children", known=K(city="jinan"))
m("height birth_order", "my 2 youngest are under 1.3m, the oldest is 1.42", [below(2, 130), below(3, 130), ht(1, 142)],
  known=K(city="beijing", kids=["2014-10", "2019-04", "2022-06"]))
m("question", "what documents for the childcare subsidy application", [])
m("answer hukou", "yes jinan hukou, all of us", [f("hukou_in_city", True, "c")], asked="hukou_in_city",
  known=K(city="jinan", kids=["2023-11"]))
m("correction pregnancy", "actually the due date changed, doctor says sept 3 now", [due(2, nextmonth(9, 3), "r")],
  known=K(city="beijing", kids=["2022-01", {"due_date": "2026-09-20"}]))
m("chitchat", "my wife says hi lol", [])
m("per_birth_hardship birth_order", "our first was born during my unemployment benefit period, our second we had tekun support, our third nothing",
  [chb(1, True), chb(2, True), chb(3, False)], known=K(city="jinan", kids=["2013-04", "2017-08", "2024-12"]))
m("per_birth_hardship now_vs_birth", "we got dibao when our girl was born in 2024, and still get it",
  [bd(1, "2024"), chb(1, True), f("hardship_now", True)], known=K(city="jinan"))
m("pregnancy insurance birth_order", "pregnant with #2, due jan, i pay flexible employment insurance",
  [due(2, nextmonth(1)), f("birth_insurance", "flexible_employment")], known=K(city="jinan", kids=["2023-03"]))
m("answer negation_housing", "no", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city",
  known=K(city="beijing", kids=["2024-07"]))
m("age hukou", "my son is 5, my daughter 2, we live in beijing and have hukou here",
  [bd(1, yo(5)), bd(2, yo(2)), f("city", "beijing"), f("hukou_in_city", True)])
m("birth_order pregnancy", "kid 1 born 2021, kid 2 born 2023, kid 3 on the way, due in november",
  [bd(1, "2021"), bd(2, "2023"), due(3, nextmonth(11))], known=K(city="jinan"))

T("2026-11-12")  # Thursday: "last tuesday" = 2026-11-03 either way
m("relative_date birth_order per_birth_hardship", "baby no.3 came yesterday. we were on dibao for no.2 but not for no.1",
  [bd(3, back(1)), chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2019-05", "2023-08", {"due_date": "2026-11"}]))
m("now_vs_birth per_birth_hardship birth_order", "my husband lost his job in spring and now gets unemployment, we werent on any benefit when our son was born in 2020",
  [f("hardship_now", True), chb(1, False)], known=K(city="jinan", kids=["2020-04"]))
m("answer housing_fund numerals", "me and my wife, 2", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=["2021-06", "2024-02"]))
m("height", "my granddaughter 1m12, grandson 1m30, the grandson is older", [ht(2, 112), ht(1, 130)],
  known=K(city="beijing", kids=["2018-02", "2021-07"]))
m("question", "whats the difference between dibao and tekun for the 200?", [])
m("multiples relative_date age numerals", "twins born last tuesday, we have an older boy of 4 too",
  [n(3), bd(1, yo(4)), bd(2, lastweek(1)), bd(3, lastweek(1))], known=K(city="jinan"))
m("correction housing_fund numerals", "oops we have 2 contributors not 1, my wife started paying last yr",
  [f("housing_fund_contributors", 2, "r")], known=K(city="jinan", housing_fund_contributors=1, kids=["2022-09"]))
m("per_birth_hardship birth_order", "we were getting special hardship support at my 2nd's birth and at my 3rd's, the 1st no",
  [chb(2, True), chb(3, True), chb(1, False)], known=K(city="beijing", kids=["2012-11", "2018-03", "2025-01"]))
m("answer hukou", "beijing, but hukou in shandong", [f("city", "beijing"), f("hukou_in_city", False)], asked="city")
m("chitchat", "brb baby crying", [])
m("question", "how old does the kid need to be for the nursery?", [])
m("multiples age per_birth_hardship", "my daughter's twins are 2, and her eldest is 6. she was unemployed and on benefit when the twins came",
  [n(3), bd(1, yo(6)), bd(2, yo(2)), bd(3, yo(2)), chb(2, True), chb(3, True)], known=K(city="jinan"))
m("answer height numerals", "big one 1m27, little one 98cm", [ht(1, 127), ht(2, 98)], asked="children.height_cm",
  known=K(city="beijing", kids=["2019-01", "2023-05"]))
m("age birth_order", "my middle kid is 5, the other two are 8 and 1", [bd(2, yo(5)), bd(1, yo(8)), bd(3, yo(1))],
  known=K(city="beijing"))
m("now_vs_birth per_birth_hardship question", "we r on dibao now, werent when we had the kids, does the 200 still apply?",
  [f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan", kids=["2020-12", "2025-03"]))
m("answer per_birth_hardship", "no we werent", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2025-08"]))
m("chitchat", "hi", [])
