# English, batch 46: multiples (twins, triplets, "a boy and girl born the same day", "a pair", identical girls)
# beside older or younger single children in any order, twins on the way beside born children, counts stated,
# implied or corrected; ages of several children in one message, short and dotted dates (2023.5, 5/2023,
# may 23rd), heights (1.2m, 120cm, 1m35), birth order and kinship words; hardship at the birth of an only child
# named by a kinship word (child.hardship_at_birth) vs by a pronoun / "the baby" / the act (hardship_at_birth)
T("2025-01-09")  # Thursday: "last monday" = 2024-12-30 either way
m("multiples age", "2 and a half yr old look-alike girls (identical) plus an older lad of 6. were in jinan",
  [n(3), bd(1, yo(6)), bd(2, yo(2)), bd(3, yo(2)), f("city", "jinan")])
m("multiples relative_date", "our pair finally showed up last monday!! one of each, we had none before",
  [n(2), bd(1, lastweek(0)), bd(2, lastweek(0))], known=K(city="beijing", kids=[{"due_date": "2025-01"}, {"due_date": "2025-01"}]))
m("age numerals", "mine r 18 months and 3 and a half", [bd(1, yo(3)), bd(2, mo(18))], known=K(city="jinan"))
m("chitchat multiples", "lol the twins just emptied the whole sock drawer onto the floor again", [])
m("question multiples", "for the allowance is a twin birth treated as 1 birth or 2", [])
m("answer multiples age numerals", "3 - a 7 yr old and the twins who are almost 2",
  [n(3), bd(1, yo(7)), bd(2, almost(2)), bd(3, almost(2))], asked="children", known=K(city="beijing"))
m("per_birth_hardship birth_order now_vs_birth", "we were living on dibao the year our son came, not anymore tho",
  [chb(1, True), f("hardship_now", False)], known=K(city="jinan", kids=["2022-08"]))
m("pregnancy multiples numerals", "ultrasound showed 2 heartbeats!! twins due 2025.7, no other kids yet",
  [n(0), due(1, "2025-07"), due(2, "2025-07")], known=K(city="jinan"))
m("height multiples", "the twins are both around 95cm", [ht(2, 95), ht(3, 95)],
  known=K(city="beijing", kids=["2018-03", "2021-06", "2021-06"]))
m("correction numerals age multiples", "sorry not 2 kids, 3 - forgot the baby, shes 5 weeks",
  [n(3, "r"), bd(3, dago(35))], known=K(city="beijing", kids=["2020-04-02", "2020-04-02"]))

T("2025-02-18")  # Tuesday: "last friday" = 2025-02-14 either way
m("multiples relative_date age numerals", "triplets born last friday, 3 little boys!! their sister is 4",
  [n(4), bd(1, yo(4)), bd(2, lastweek(4)), bd(3, lastweek(4)), bd(4, lastweek(4))], known=K(city="jinan"))
m("multiples age", "grandsons: a matched set of 10 months and their brother 5 and a half",
  [n(3), bd(1, yo(5)), bd(2, mo(10)), bd(3, mo(10))], known=K(city="jinan"))
m("answer pregnancy multiples", "around may 20th for both of them",
  [due(2, nextmonth(5, 20)), due(3, nextmonth(5, 20))], asked="due_date",
  known=K(city="beijing", kids=["2021-03", {"due_date": None}, {"due_date": None}]))
m("numerals", "5/2023 for our girl, the boy came 1/2025", [bd(1, "2023-05"), bd(2, "2025-01")], known=K(city="beijing"))
m("now_vs_birth per_birth_hardship", "at the birth we had the jobless benefit, nothing now",
  [f("hardship_at_birth", True), f("hardship_now", False)], known=K(city="jinan", kids=["2024-06"]))
m("question multiples", "does the childcare money get paid per head with twins", [])
m("age birth_order", "middle kid turns 4 next month, eldest 9, baby 18 months",
  [bd(2, almost(4)), bd(1, yo(9)), bd(3, mo(18))], known=K(city="jinan"))
m("correction age multiples", "actually the twins are 3, not 2", [bd(1, yo(3), "r"), bd(2, yo(3), "r")],
  known=K(city="jinan", kids=[yo(2), yo(2)]))
m("answer hukou multiples", "yep, me hubby and both twins are on a beijing hukou", [f("hukou_in_city", True, "c")],
  asked="hukou_in_city", known=K(city="beijing", kids=["2023-02", "2023-02"]))
m("chitchat", "the little one finally said dada today haha", [])

T("2025-03-27")  # Thursday: "last tuesday" = 2025-03-18 either way
m("multiples relative_date", "a boy then a girl 20 min later, last tuesday - theyre all weve got",
  [n(2), bd(1, lastweek(1)), bd(2, lastweek(1))], known=K(city="jinan"))
m("multiples numerals age", "my daughter had twins 2023.11, and her son is 6",
  [n(3), bd(1, yo(6)), bd(2, "2023-11"), bd(3, "2023-11")], known=K(city="jinan"))
m("height question multiples", "the twins are well under 1.2 metres, do they need train tickets?",
  [below(1, 120), below(2, 120)], known=K(city="beijing", kids=["2021-05", "2021-05"]))
m("age numerals", "we have a 6-week-old and a 3 and a half yr old", [bd(1, yo(3)), bd(2, dago(42))], known=K(city="beijing"))
m("pregnancy multiples numerals age", "4 months pregnant with twins, already got one at home who is 2",
  [n(1), bd(1, yo(2)), due(2, preg(4)), due(3, preg(4))], known=K(city="beijing"))
m("answer insurance", "work maternity insurance, thru my company", [f("birth_insurance", "employee_maternity")],
  asked="birth_insurance", known=K(city="jinan", kids=["2024-12"]))
m("question multiples", "what if our 2nd pregnancy is twins next year", [due(2, year(1), "q"), due(3, year(1), "q")],
  known=K(city="jinan", kids=["2022-04"]))
m("per_birth_hardship birth_order", "my wife was drawing unemployment pay around the time our daughter arrived", [chb(1, True)],
  known=K(city="beijing", kids=["2023-07"]))
m("height birth_order", "eldest 130cm, youngest 1m flat", [ht(1, 130), ht(2, 100)], known=K(city="jinan", kids=["2017-09", "2021-11"]))
m("chitchat", "morning! rainy here, kids stuck inside all day", [])

T("2025-05-12")  # Monday
m("pregnancy multiples numerals age birth_order", "twins due sept 3rd, our 1st is 4 and a half",
  [due(2, nextmonth(9, 3)), due(3, nextmonth(9, 3)), bd(1, yo(4))], known=K(city="jinan"))
m("multiples age", "the baby is 8 weeks, the twins just turned 3",
  [n(3), bd(1, just(3)), bd(2, just(3)), bd(3, dago(56))], known=K(city="beijing"))
m("question", "is there an age limit on the 3rd child subsidy", [])
m("multiples age numerals", "ours r 2 boys from one pregnancy, 14 months, that's the lot", [n(2), bd(1, mo(14)), bd(2, mo(14))],
  known=K(city="beijing"))
m("correction multiples numerals", "oh no, I meant twins not triplets. 2 kids", [n(2, "r")],
  known=K(city="jinan", kids=["2024-02", "2024-02", "2024-02"]))
m("now_vs_birth per_birth_hardship", "we got dibao back when she was born and still do",
  [f("hardship_at_birth", True), f("hardship_now", True)], known=K(city="jinan", kids=["2021-01"]))
m("answer multiples pregnancy", "twins plus one more on the way", [n(2), due(3, None)], asked="children", known=K(city="jinan"))
m("height multiples birth_order", "the eldest girl is 1m35, her twin bros are 1.1m",
  [n(3), ht(1, 135), ht(2, 110), ht(3, 110)], known=K(city="beijing"))
m("housing_fund multiples age", "we both pay into gongjijin, our twins are 2, only kids",
  [f("housing_fund_contributors", 2), n(2), bd(1, yo(2)), bd(2, yo(2))], known=K(city="beijing"))
m("chitchat multiples", "2am feeds times two with twins, send coffee pls", [])

T("2025-07-03")  # Thursday
m("multiples age numerals", "we have triplets, all girls, 3 and a half now", [n(3), bd(1, yo(3)), bd(2, yo(3)), bd(3, yo(3))],
  known=K(city="jinan"))
m("numerals birth_order age", "grandson no. 2 came 2025.6.20, the eldest grandson is 3", [bd(2, "2025-06-20"), bd(1, yo(3))],
  known=K(city="jinan"))
m("multiples age", "twin boys are 5 and the baby 4 months", [n(3), bd(1, yo(5)), bd(2, yo(5)), bd(3, mo(4))], known=K(city="beijing"))
m("answer per_birth_hardship", "no we werent on any of that", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2024-03"]))
m("per_birth_hardship", "the family was on dibao the month my grandson came along", [chb(1, True)], known=K(city="jinan", kids=["2023-10"]))
m("pregnancy multiples age", "6 months pregnant with twins, our son is 7", [due(2, preg(6)), due(3, preg(6)), bd(1, yo(7))],
  known=K(city="beijing"))
m("height birth_order", "middle kid is 120cm, eldest 140", [ht(2, 120), ht(1, 140)],
  known=K(city="jinan", kids=["2014-05", "2018-08", "2022-01"]))
m("question multiples", "what documents do we need for twins", [])
m("correction numerals multiples", "sorry, the twins were born 2023.8 not 2023.9", [bd(2, "2023-08", "r"), bd(3, "2023-08", "r")],
  known=K(city="beijing", kids=["2019-01", "2023-09", "2023-09"]))
m("negation_housing numerals", "we rent a 2 bedroom, with the 3 kids its tight", [f("renting", True), n(3)],
  known=K(city="beijing", kids=["2016-02", "2020-10", "2024-04"]))

T("2025-08-19")  # Tuesday
m("multiples numerals", "identical twin sisters born 8/2024 and their older sis born 3/2020",
  [n(3), bd(1, "2020-03"), bd(2, "2024-08"), bd(3, "2024-08")], known=K(city="jinan"))
m("multiples age", "the baby just turned 1, her twin brothers r almost 4",
  [n(3), bd(1, almost(4)), bd(2, almost(4)), bd(3, just(1))], known=K(city="jinan"))
m("answer pregnancy multiples", "one, a boy, plus twins due dec", [n(1), due(2, nextmonth(12)), due(3, nextmonth(12))],
  asked="children", known=K(city="beijing"))
m("relative_date", "shes here! born aug 2nd, our first", [bd(1, pastmonth(8, 2))],
  known=K(city="beijing", kids=[{"due_date": "2025-08"}]))
m("per_birth_hardship", "dibao was all we had around the birth", [f("hardship_at_birth", True)], known=K(city="jinan", kids=["2022-12"]))
m("per_birth_hardship", "she was born while i was still getting unemployment money", [f("hardship_at_birth", True)],
  known=K(city="beijing", kids=["2024-09"]))
m("question multiples", "can grandparents apply for the subsidy for twin grandkids?", [])
m("chitchat multiples", "haha the twins keep swapping names to fool their teacher", [])
m("age birth_order", "second baby is 6 weeks, first is 2 and a half", [bd(2, dago(42)), bd(1, yo(2))], known=K(city="jinan"))
m("correction height birth_order", "the eldest is 1.25m not 1.15", [ht(1, 125, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2018-06", "height_cm": 115}, "2021-02"]))

T("2025-10-02")  # Thursday
m("multiples numerals age", "boy-girl twins from 2024.4, we also have a 5 yo",
  [n(3), bd(1, yo(5)), bd(2, "2024-04"), bd(3, "2024-04")], known=K(city="beijing"))
m("multiples age", "the twins are 18 months and the big one is 6", [n(3), bd(1, yo(6)), bd(2, mo(18)), bd(3, mo(18))],
  known=K(city="jinan"))
m("answer pregnancy multiples", "late feb, its twins this time", [due(2, nextmonth(2)), due(3, nextmonth(2))], asked="due_date",
  known=K(city="jinan", kids=["2022-05", {"due_date": None}]))
m("age birth_order", "grandson no. 2 is 3 and a half, no. 1 is 7", [bd(2, yo(3)), bd(1, yo(7))], known=K(city="beijing"))
m("per_birth_hardship multiples", "we were on tekun support when our twin girls were born", [chb(1, True), chb(2, True)],
  known=K(city="jinan", kids=["2023-03", "2023-03"]))
m("insurance", "im on the residents medical insurance, not the employee one", [f("birth_insurance", "resident_medical")],
  known=K(city="beijing", kids=[{"due_date": "2026-01"}]))
m("height multiples birth_order", "about 1.1m the little one, twins 1.3", [ht(3, 110), ht(1, 130), ht(2, 130)],
  known=K(city="jinan", kids=["2017-04", "2017-04", "2020-09"]))
m("question multiples", "can we apply for the twins before theyre born?", [],
  known=K(city="beijing", kids=[{"due_date": "2026-03"}, {"due_date": "2026-03"}]))
m("chitchat", "cheers, clearer now", [])
m("answer age", "just a single kid, 3 and a half", [n(1), bd(1, yo(3))], asked="children", known=K(city="jinan"))

T("2025-12-08")  # Monday: "last thursday" = 2025-12-04 either way
m("multiples relative_date birth_order", "twins born last thursday, 2 girls, our 2nd and 3rd", [bd(2, lastweek(3)), bd(3, lastweek(3))],
  known=K(city="beijing", kids=["2021-06"]))
m("multiples age birth_order", "the eldest 5, then twins almost 2", [n(3), bd(1, yo(5)), bd(2, almost(2)), bd(3, almost(2))],
  known=K(city="jinan"))
m("correction multiples", "sorry i said twins, its just the one baby", [n(1, "r")], known=K(city="jinan", kids=[mo(10), mo(10)]))
m("multiples age", "a 6-week-old and 2 and a half yr old twins", [n(3), bd(1, yo(2)), bd(2, yo(2)), bd(3, dago(42))],
  known=K(city="beijing"))
m("numerals", "born 2024.12.25, our christmas boy, the only one", [bd(1, "2024-12-25"), n(1)], known=K(city="jinan"))
m("per_birth_hardship", "nothing but dibao coming in the month he arrived", [f("hardship_at_birth", True)],
  known=K(city="jinan", kids=["2020-07"]))
m("hukou multiples age", "just the twins, 4 months, jinan hukou",
  [n(2), bd(1, mo(4)), bd(2, mo(4)), f("city", "jinan"), f("hukou_in_city", True)])
m("question height", "how tall do kids need to be to pay on the metro", [])
m("height birth_order", "middle one 115cm", [ht(2, 115)], known=K(city="beijing", kids=["2015-03", "2019-06", "2023-02"]))
m("pregnancy numerals birth_order", "our 2nd is due 2026.4", [due(2, "2026-04")], known=K(city="jinan", kids=["2022-10"]))

T("2026-01-14")  # Wednesday: "last monday" = 2026-01-05 either way
m("multiples age", "granddaughters are twins, 10 months, and the grandson 4",
  [n(3), bd(1, yo(4)), bd(2, mo(10)), bd(3, mo(10))], known=K(city="jinan"))
m("multiples age birth_order", "my youngest is 18 months, the twins 3 and a half",
  [n(3), bd(1, yo(3)), bd(2, yo(3)), bd(3, mo(18))], known=K(city="beijing"))
m("relative_date", "our baby arrived last march", [bd(1, "2025-03")], known=K(city="beijing"))
m("answer multiples age numerals", "4 - triplets of 2 plus a 9 yr old",
  [n(4), bd(1, yo(9)), bd(2, yo(2)), bd(3, yo(2)), bd(4, yo(2))], asked="children", known=K(city="jinan"))
m("per_birth_hardship birth_order", "we got unemployment money when grandson no. 2 was born", [chb(2, True)],
  known=K(city="jinan", kids=["2019-11", "2024-05"]))
m("per_birth_hardship", "my daughter was on dibao when her boy was born", [chb(1, True)], known=K(city="jinan", kids=["2025-02"]))
m("height", "baby is 75 cm lol", [ht(1, 75)], known=K(city="beijing", kids=["2025-04"]))
m("correction age birth_order", "actually our second is 2 not 3", [bd(2, yo(2), "r")],
  known=K(city="jinan", kids=["2016-08", yo(3), "2025-01"]))
m("chitchat", "hope ur new year went well bot haha", [])
m("pregnancy multiples", "expecting twins end of june, first pregnancy", [due(1, nextmonth(6)), due(2, nextmonth(6))],
  known=K(city="beijing"))

T("2026-03-05")  # Thursday: "last wednesday" = 2026-02-25 either way
m("multiples relative_date", "the twins arrived last wednesday, our first kids", [n(2), bd(1, lastweek(2)), bd(2, lastweek(2))],
  known=K(city="jinan"))
m("multiples age numerals", "the 2 older ones r 8 and 6, the twins 13 months",
  [n(4), bd(1, yo(8)), bd(2, yo(6)), bd(3, mo(13)), bd(4, mo(13))], known=K(city="beijing"))
m("age", "grandson's 3 and a half, granddaughter almost 2", [bd(1, yo(3)), bd(2, almost(2))], known=K(city="jinan"))
m("per_birth_hardship", "we were on dibao right through the delivery", [f("hardship_at_birth", True)],
  known=K(city="jinan", kids=["2025-09"]))
m("answer negation_housing", "nope own it", [f("renting", False, "c"), f("owns_home_in_city", True)], asked="renting",
  known=K(city="beijing", kids=["2023-01"]))
m("correction multiples", "hold on, its 3 kids. the twins have a big bro too", [n(3, "r")],
  known=K(city="jinan", kids=["2022-06", "2022-06"]))
m("height multiples birth_order", "the eldest 1.4m, the twins 1m15 each", [ht(1, 140), ht(2, 115), ht(3, 115)],
  known=K(city="beijing", kids=["2014-10", "2019-02", "2019-02"]))
m("question pregnancy multiples", "twins are due in may, do we register each of them separately?",
  [due(2, nextmonth(5)), due(3, nextmonth(5))], known=K(city="beijing", kids=["2021-12"]))
m("relative_date birth_order", "born march 2nd, a 2.9kg girl, our 3rd", [bd(3, pastmonth(3, 2))],
  known=K(city="jinan", kids=["2018-04", "2021-07"]))
m("chitchat", "ugh the twins r teething at the same time", [])

T("2026-04-21")  # Tuesday: "last friday" = 2026-04-17 either way
m("multiples age", "our little pair hit 1 next month, older sister is 7 and a half",
  [n(3), bd(1, yo(7)), bd(2, almost(1)), bd(3, almost(1))], known=K(city="jinan"))
m("multiples relative_date age birth_order", "the baby came last friday, our 3rd. the twins r 5",
  [n(3), bd(1, yo(5)), bd(2, yo(5)), bd(3, lastweek(4))], known=K(city="beijing"))
m("answer pregnancy multiples numerals", "2026.10, twins", [due(1, "2026-10"), due(2, "2026-10")], asked="due_date",
  known=K(city="jinan", kids=[{"due_date": None}]))
m("age birth_order", "the eldest 3 and a half, the baby 6 weeks", [bd(1, yo(3)), bd(2, dago(42))], known=K(city="beijing"))
m("per_birth_hardship birth_order", "i was on jobless pay during the birth of our daughter", [chb(1, True)],
  known=K(city="jinan", kids=["2024-11"]))
m("housing_fund", "gongjijin: only my account, wife doesnt have one", [f("housing_fund_contributors", 1)], known=K(city="beijing", kids=["2023-06"]))
m("question multiples", "if we had triplets would we get 3 lots", [])
m("height birth_order", "the middle kid is under 1.2m", [below(2, 120)], known=K(city="jinan", kids=["2013-02", "2019-05", "2024-01"]))
m("correction numerals birth_order", "correction: the baby was born 2026.3.30 not 3.31", [bd(2, "2026-03-30", "r")],
  known=K(city="jinan", kids=["2022-01", "2026-03-31"]))
m("pregnancy multiples", "jinan family: twin boys are the lot so far, another one coming in aug",
  [f("city", "jinan"), n(2), due(3, nextmonth(8))])

T("2026-06-10")  # Wednesday
m("multiples age", "first was a single, then a pair: shes 6, the boys 3", [n(3), bd(1, yo(6)), bd(2, yo(3)), bd(3, yo(3))],
  known=K(city="beijing"))
m("relative_date birth_order", "grandson no. 2 born june 2nd", [bd(2, pastmonth(6, 2))], known=K(city="jinan", kids=["2021-04"]))
m("multiples age", "a 6-week-old pair of twins, and big bro is almost 3",
  [n(3), bd(1, almost(3)), bd(2, dago(42)), bd(3, dago(42))], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth birth_order", "back when our son came along we got nothing, these days were on dibao",
  [chb(1, False), f("hardship_now", True)], known=K(city="jinan", kids=["2020-03"]))
m("answer height multiples birth_order", "the eldest 128, the twins both 1m", [ht(1, 128), ht(2, 100), ht(3, 100)],
  asked="children.height_cm", known=K(city="beijing", kids=["2018-09", "2022-02", "2022-02"]))
m("question multiples", "when do the twin allowances stop", [])
m("correction numerals multiples", "not 2023.6, the twins were born 2023.7", [bd(1, "2023-07", "r"), bd(2, "2023-07", "r")],
  known=K(city="jinan", kids=["2023-06", "2023-06"]))
m("answer negation_housing", "yes, first flat for us", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="beijing", kids=["2024-08"]))
m("chitchat", "k ttyl", [])
m("multiples age", "the triplets turn 2 next month", [bd(1, almost(2)), bd(2, almost(2)), bd(3, almost(2))],
  known=K(city="jinan", kids=["2024", "2024", "2024"]))

T("2026-08-04")  # Tuesday: "last monday" = 2026-07-27
m("multiples relative_date age", "twins born last monday!! 2 boys. their big sister 4 years old",
  [n(3), bd(1, yo(4)), bd(2, lastweek(0)), bd(3, lastweek(0))], known=K(city="jinan"))
m("age numerals", "3 and a half, 18 months and a 6-week-old, all boys", [bd(1, yo(3)), bd(2, mo(18)), bd(3, dago(42))],
  known=K(city="beijing"))
m("pregnancy multiples age numerals", "3 months pregnant with twins, we already have 2 girls, 6 and 4",
  [n(2), bd(1, yo(6)), bd(2, yo(4)), due(3, preg(3)), due(4, preg(3))], known=K(city="jinan"))
m("answer per_birth_hardship", "nope he wasnt born on dibao or anything", [f("hardship_at_birth", False, "c")],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2025-05"]))
m("height question multiples", "my twin grandsons are 1.2m, do they need tickets?", [ht(1, 120), ht(2, 120)],
  known=K(city="beijing", kids=["2019-07", "2019-07"]))
m("multiples numerals", "ours: boy + girl, same birthday, may 23rd 2024", [n(2), bd(1, "2024-05-23"), bd(2, "2024-05-23")],
  known=K(city="jinan"))
m("correction age birth_order", "sorry, the eldest is 10 not 11", [bd(1, yo(10), "r")], known=K(city="beijing", kids=[yo(11), "2020-03"]))
m("answer negation_housing", "no, renting for now", [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city",
  known=K(city="beijing", kids=["2022-11"]))
m("age birth_order", "our second is 18 months", [bd(2, mo(18))], known=K(city="jinan", kids=["2019-06", "2025"]))
m("chitchat", "back from the park, everyone asleep in the car lol", [])

T("2026-10-22")  # Thursday: "last tuesday" = 2026-10-13 either way
m("multiples relative_date", "two identical boys last tuesday, our very first", [n(2), bd(1, lastweek(1)), bd(2, lastweek(1))],
  known=K(city="beijing", kids=[{"due_date": "2026-11"}, {"due_date": "2026-11"}]))
m("multiples age", "grandkids: the twins r 5, the little one turning 2 next month",
  [n(3), bd(1, yo(5)), bd(2, yo(5)), bd(3, almost(2))], known=K(city="jinan"))
m("multiples numerals birth_order", "5/2019 the eldest, the twins 10/2022", [n(3), bd(1, "2019-05"), bd(2, "2022-10"), bd(3, "2022-10")],
  known=K(city="jinan"))
m("per_birth_hardship", "my son-in-law was on unemployment benefit when our granddaughter was born", [chb(1, True)],
  known=K(city="jinan", kids=["2025-12"]))
m("height birth_order", "120cm the big one, 90 the baby", [ht(1, 120), ht(2, 90)], known=K(city="beijing", kids=["2019-01", "2024-04"]))
m("question numerals multiples", "3 kids incl twins, do we get the 3rd child bonus on the housing loan?", [n(3)],
  known=K(city="beijing", kids=["2019-02", "2023-08", "2023-08"]))
m("correction multiples", "twins, not triplets - 2 girls", [n(2, "r")], known=K(city="jinan", kids=["2025-06", "2025-06", "2025-06"]))
m("pregnancy multiples numerals birth_order", "twins due 2027.3, so thats kids no. 3 and 4 on the way",
  [due(3, "2027-03"), due(4, "2027-03")], known=K(city="jinan", kids=["2018-02", "2021-09"]))
m("chitchat", "ur more helpful than the hotline lol", [])
m("question multiples", "how much a month is it per twin", [])
