# English, batch 37: hardship at each birth (dibao / tekun / unemployment benefit at one birth and not another, named
# by order, by "the twins", by "the little one", told by grandparents), hardship now versus at the birth (came off,
# approved last month, still on it), multiples (twins, triplets, "a boy and a girl at once", twins due, an elder child
# plus a multiple birth), loose answers to the hardship question ("nah", "mm both times", "1st yes 2nd no", "neither
# time"), one-fact corrections, chitchat and bare questions
T("2025-01-08")  # Wednesday: "last friday" = 2025-01-03 either way
m("per_birth_hardship birth_order", "we was on dibao when no.2 came but not with the first one", [chb(2, True), chb(1, False)],
  known=K(city="jinan", kids=["2018-04", "2023-09"]))
m("multiples per_birth_hardship", "hubby was getting unemployment money when the twins arrived", [chb(1, True), chb(2, True)],
  known=K(city="beijing", kids=["2024-02", "2024-02"]))
m("now_vs_birth", "tekun household since 2022 fyi", [f("hardship_now", True)], known=K(city="jinan", kids=["2019-07"]))
m("relative_date multiples", "a boy and a girl at once last friday!!! our first babies", [bd(1, lastweek(4)), bd(2, lastweek(4)), n(2)],
  known=K(city="jinan"))
m("answer per_birth_hardship", "yeah both times", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2017-03", "2021-10"]))
m("chitchat", "snowing here in licheng, the kids r out building a snowman", [])
m("question", "does being on dibao at the birth change the amount", [])
m("age multiples now_vs_birth", "the twins r 2 and their big bro is 6, we been on dibao since last summer",
  [n(3), bd(1, yo(6)), bd(2, yo(2)), bd(3, yo(2)), f("hardship_now", True)], known=K(city="jinan"))
m("answer per_birth_hardship", "nah", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2024-06"]))
m("per_birth_hardship age", "grandpa here. my daughter had 失业金 coming in when her little girl was born, the girl is 8 months now",
  [chb(1, True), bd(1, mo(8))], known=K(city="jinan"))

T("2025-03-04")  # Tuesday: "last thursday" = 2025-02-27 either way
m("now_vs_birth per_birth_hardship", "on dibao now, wasnt back when i gave birth", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=["2024-05"]))
m("multiples pregnancy", "twins due in june!! no kids before this", [n(0), due(1, nextmonth(6)), due(2, nextmonth(6))], known=K(city="beijing"))
m("relative_date birth_order per_birth_hardship", "3rd baby born last thursday, we had tekun status when she was born, not for the other two",
  [bd(3, lastweek(3)), chb(3, True), chb(1, False), chb(2, False)], known=K(city="jinan", kids=["2016-11", "2020-08"]))
m("answer per_birth_hardship birth_order", "only the 2nd, the 1st no", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2019-01", "2024-07"]))
m("question", "what counts as hardship here, is dibao enough or do u need tekun", [])
m("multiples age", "triplets!! 3 girls, 5 weeks old, they're all we have", [n(3), bd(1, dago(35)), bd(2, dago(35)), bd(3, dago(35))],
  known=K(city="jinan"))
m("correction now_vs_birth", "sorry i got that wrong earlier, we're not on dibao anymore, it stopped last year", [f("hardship_now", False, "r")],
  known=K(city="jinan", hardship_now=True, kids=["2023-02"]))
m("chitchat", "the little ones got new shoes today, so happy they wont take them off", [])
m("per_birth_hardship multiples", "we were living on dibao when the twins were born", [chb(1, True), chb(2, True)],
  known=K(city="beijing", kids=["2023-08", "2023-08"]))
m("age hukou now_vs_birth", "living in jinan, hukou back in linyi, baby 4 months, we get unemployment benefit at the moment",
  [f("city", "jinan"), f("hukou_in_city", False), bd(1, mo(4)), f("hardship_now", True)])

T("2025-04-23")  # Wednesday: "last saturday" = 2025-04-19 either way
m("relative_date birth_order per_birth_hardship", "our 2nd came last saturday. we werent on dibao or anything for either birth",
  [bd(2, lastweek(5)), f("hardship_at_birth", False)], known=K(city="beijing", kids=["2021-12"]))
m("answer per_birth_hardship", "yep every time, we were tekun all those years", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2015-05", "2018-09", "2022-01"]))
m("multiples age birth_order", "eldest is 9, then a boy and a girl born together who are 4 now", [n(3), bd(1, yo(9)), bd(2, yo(4)), bd(3, yo(4))],
  known=K(city="beijing"))
m("now_vs_birth", "we came off dibao in march", [f("hardship_now", False)], known=K(city="jinan", kids=["2024-10"]))
m("question", "if the mum was on dibao at the birth but the dad wasnt does it count", [])
m("chitchat", "my mother in law keeps saying the baby is too skinny lol", [])
m("per_birth_hardship birth_order age", "laoer was born when i was on shiyejin, hes 3 now. laoda wasnt", [chb(2, True), bd(2, yo(3)), chb(1, False)],
  known=K(city="jinan", kids=["2016-01"]))
m("answer multiples age", "two, twins, 10 months", [n(2), bd(1, mo(10)), bd(2, mo(10))], asked="children", known=K(city="jinan"))
m("correction per_birth_hardship birth_order", "no the 1st birth we were NOT on dibao, only the 2nd", [chb(1, False, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2019-05", "hardship_at_birth": True}, {"birth_date": "2023-03", "hardship_at_birth": True}]))
m("per_birth_hardship now_vs_birth", "when i had my son we lived on dibao, now we both work and its stopped", [chb(1, True), f("hardship_now", False)],
  known=K(city="jinan", kids=["2022-07"]))

T("2025-06-16")  # Monday: "last sunday" = 2025-06-15 either way
m("relative_date multiples age", "twins came last sunday, their big sister is 5 and over the moon",
  [n(3), bd(1, yo(5)), bd(2, lastweek(6)), bd(3, lastweek(6))], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "for the baby yes, for the older two nah", [chb(3, True), chb(1, False), chb(2, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2014-09", "2017-12", "2025-03"]))
m("now_vs_birth", "still on dibao", [f("hardship_now", True)], known=K(city="jinan", kids=["2024-12"]))
m("question", "do tekun families have to apply seperately for the childcare money", [])
m("per_birth_hardship age multiples", "nainai typing. my son's twins are 3, when they were born he was on unemployment pay",
  [bd(1, yo(3)), bd(2, yo(3)), chb(1, True), chb(2, True)], known=K(city="jinan"))
m("chitchat", "finally got them to nap at the same time, miracle", [])
m("answer per_birth_hardship now_vs_birth", "nope not then, but we are now", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2023-11"]))
m("age per_birth_hardship now_vs_birth", "she's 1 and a half, we had dibao when she was born and still do",
  [bd(1, yo(1)), f("hardship_at_birth", True), f("hardship_now", True)], known=K(city="jinan"))
m("correction multiples age", "sorry the twins are 15 months not 13", [bd(2, mo(15), "r"), bd(3, mo(15), "r")],
  known=K(city="beijing", kids=["2019-02", mo(13), mo(13)]))
m("hukou per_birth_hardship", "we got jinan hukou, and i was on shiye jin when i gave birth", [f("hukou_in_city", True), f("hardship_at_birth", True)],
  known=K(city="jinan", kids=["2024-08"]))

T("2025-08-07")  # Thursday: "last friday" = 2025-08-01 either way
m("relative_date now_vs_birth", "baby girl born last friday, we're a dibao family", [bd(1, lastweek(4)), f("hardship_now", True)], known=K(city="jinan"))
m("answer per_birth_hardship multiples birth_order", "the twins yes, the little one no", [chb(1, True), chb(2, True), chb(3, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2019-06", "2019-06", "2024-02"]))
m("multiples pregnancy age birth_order", "having twins again lol, due in december, the first twins are 4",
  [due(3, nextmonth(12)), due(4, nextmonth(12)), bd(1, yo(4)), bd(2, yo(4))], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship", "dibao stopped last year, but we were on it for both births", [f("hardship_now", False), f("hardship_at_birth", True)],
  known=K(city="jinan", kids=["2018-03", "2022-05"]))
m("question", "how do i prove we were on unemployment benefit at the time of birth", [])
m("answer per_birth_hardship", "no not for either", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2020-01", "2023-04"]))
m("answer negation_housing", "yeah rented, a tiny place out in shijingshan", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=["2023-04"]))
m("multiples age", "our twin boys just turned 1, theyre our only ones", [n(2), bd(1, just(1)), bd(2, just(1))], known=K(city="beijing"))
m("per_birth_hardship birth_order", "with the 3rd we had tekun, first two we was fine", [chb(3, True), chb(1, False), chb(2, False)],
  known=K(city="jinan", kids=["2013-10", "2016-02", "2021-09"]))
m("answer insurance per_birth_hardship", "resident one, and we were on dibao at the birth too",
  [f("birth_insurance", "resident_medical"), f("hardship_at_birth", True)], asked="birth_insurance", known=K(city="jinan", kids=["2025-06"]))

T("2025-09-30")  # Tuesday
m("now_vs_birth per_birth_hardship multiples", "we're on unemployment benefit now, we weren't when the twins were born",
  [f("hardship_now", True), chb(1, False), chb(2, False)], known=K(city="beijing", kids=["2023-07", "2023-07"]))
m("age multiples", "a 7 yr old and triplets of 8 months", [n(4), bd(1, yo(7)), bd(2, mo(8)), bd(3, mo(8)), bd(4, mo(8))], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "1st yes 2nd no", [chb(1, True), chb(2, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2017-08", "2024-11"]))
m("answer", "jinan, lixia district", [f("city", "jinan")], asked="city")
m("correction per_birth_hardship birth_order", "actually for the 2nd we did have dibao, i said no earlier by mistake", [chb(2, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2018-02", "hardship_at_birth": False}, {"birth_date": "2022-10", "hardship_at_birth": False}]))
m("per_birth_hardship age now_vs_birth", "grandma here, our grandson is 2 and a half, my son had dibao when the boy was born but they got off it",
  [bd(1, yo(2)), chb(1, True), f("hardship_now", False)], known=K(city="jinan"))
m("chitchat", "haha ok", [])
m("answer per_birth_hardship", "neither time", [f("hardship_at_birth", False)], asked="hardship_at_birth", known=K(city="beijing", kids=["2019-12", "2023-06"]))
m("pregnancy multiples now_vs_birth", "twins due next month, we're tekun", [due(2, thismonth(1)), due(3, thismonth(1)), f("hardship_now", True)],
  known=K(city="jinan", kids=["2021-03"]))
m("multiples numerals", "a boy n a girl born same day 2024.2, plus their big bro born 2020",
  [bd(1, "2020"), bd(2, "2024-02"), bd(3, "2024-02"), n(3)], known=K(city="beijing"))

T("2025-11-20")  # Thursday: "last saturday" = 2025-11-15 either way
m("relative_date per_birth_hardship now_vs_birth", "gave birth last saturday, we were on dibao then and still are",
  [bd(1, lastweek(5)), f("hardship_at_birth", True), f("hardship_now", True)], known=K(city="jinan"))
m("answer per_birth_hardship multiples birth_order", "just when the triplets came, not with our eldest",
  [chb(2, True), chb(3, True), chb(4, True), chb(1, False)], asked="hardship_at_birth", known=K(city="beijing", kids=["2016-04", "2022-01", "2022-01", "2022-01"]))
m("now_vs_birth", "we got approved for tekun last month", [f("hardship_now", True)], known=K(city="jinan", kids=["2023-05"]))
m("question", "is dibao counted per person or per household for this", [])
m("age per_birth_hardship", "my two are 10 and 2, we had unemployment money only when the younger one was born, not the older",
  [n(2), bd(1, yo(10)), bd(2, yo(2)), chb(2, True), chb(1, False)], known=K(city="beijing"))
m("chitchat", "grandpa is teaching the kids xiangqi lol they keep losing", [])
m("answer multiples age", "2 - a boy and a girl, same birthday, 2 and a half", [n(2), bd(1, yo(2)), bd(2, yo(2))], asked="children", known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "yeah for the first, not for the second", [chb(1, True), chb(2, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2016-06", "2021-02"]))
m("per_birth_hardship now_vs_birth multiples", "the twins were born while we were on dibao, we're off it now",
  [chb(2, True), chb(3, True), f("hardship_now", False)], known=K(city="jinan", kids=["2015-09", "2021-12", "2021-12"]))
m("correction now_vs_birth", "wait, dibao hasnt stopped, we still get it", [f("hardship_now", True, "r")],
  known=K(city="beijing", hardship_now=False, kids=["2022-08"]))

T("2026-01-13")  # Tuesday: "last sunday" = 2026-01-11 either way
m("relative_date multiples", "identical girls born last sunday, first time parents here", [bd(1, lastweek(6)), bd(2, lastweek(6)), n(2)],
  known=K(city="beijing"))
m("answer per_birth_hardship birth_order", "we were on it for the 2nd. first one no", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2020-05", "2025-04"]))
m("now_vs_birth per_birth_hardship", "since 2024 we get tekun. our boy was born 2021 and we got nothing then",
  [f("hardship_now", True), bd(1, "2021"), chb(1, False)], known=K(city="jinan"))
m("question", "can grandparents apply for the kid if the parents are away working in shenzhen", [])
m("age multiples per_birth_hardship", "twins 9 months, their brother 5, we had 失业金 for the twins' birth",
  [n(3), bd(1, yo(5)), bd(2, mo(9)), bd(3, mo(9)), chb(2, True), chb(3, True)], known=K(city="jinan"))
m("answer per_birth_hardship", "no", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2025-11"]))
m("chitchat", "new year was nice, the kids loved the fireworks", [])
m("per_birth_hardship", "we were on dibao for every birth", [f("hardship_at_birth", True)], known=K(city="beijing", kids=["2013-04", "2017-07", "2022-03"]))
m("per_birth_hardship birth_order age", "laosan is 6 weeks, we were on shiyejin when he was born", [bd(3, dago(42)), chb(3, True)],
  known=K(city="beijing", kids=["2016-03", "2019-07"]))
m("correction multiples numerals", "oops, the twins were born 2024.3 not 2024.4", [bd(1, "2024-03", "r"), bd(2, "2024-03", "r")],
  known=K(city="jinan", kids=["2024-04", "2024-04"]))

T("2026-03-02")  # Monday: "last friday" = 2026-02-27 either way
m("relative_date per_birth_hardship birth_order", "our 4th arrived last friday, we've had dibao at every birth",
  [bd(4, lastweek(4)), f("hardship_at_birth", True)], known=K(city="jinan", kids=["2012-06", "2015-01", "2019-10"]))
m("answer multiples numerals", "triplets, born 2025.12, that's all of them", [bd(1, "2025-12"), bd(2, "2025-12"), bd(3, "2025-12"), n(3)],
  asked="children", known=K(city="beijing"))
m("now_vs_birth", "lost my job in jan, on unemployment benefit now", [f("hardship_now", True)], known=K(city="jinan", kids=["2023-12"]))
m("answer per_birth_hardship birth_order", "the middle one only, not the eldest or the baby", [chb(2, True), chb(1, False), chb(3, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2014-02", "2018-06", "2025-08"]))
m("question multiples per_birth_hardship", "what if we were on dibao when the twins were born?", [chb(1, True, "q"), chb(2, True, "q")],
  known=K(city="beijing", kids=["2024-09", "2024-09"]))
m("chitchat", "spring is coming, taking the kids to daming lake this weekend", [])
m("age per_birth_hardship now_vs_birth", "my granddaughter just turned 2, her parents were on dibao when she was born, not anymore",
  [bd(1, just(2)), chb(1, True), f("hardship_now", False)], known=K(city="jinan"))
m("answer per_birth_hardship", "nah, not at the births", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2018-08", "2024-01"]))
m("multiples age birth_order", "the big one is 7, then twins who just turned 3", [n(3), bd(1, yo(7)), bd(2, just(3)), bd(3, just(3))], known=K(city="jinan"))
m("correction per_birth_hardship", "sorry no, we were NOT on dibao when i gave birth", [f("hardship_at_birth", False, "r")],
  known=K(city="beijing", hardship_at_birth=True, kids=["2025-10"]))

T("2026-04-16")  # Thursday: "last sunday" = 2026-04-12 either way
m("relative_date now_vs_birth", "baby came last sunday, hubby on unemployment since feb", [bd(1, lastweek(6)), f("hardship_now", True)], known=K(city="jinan"))
m("answer per_birth_hardship multiples birth_order", "for the twins no. for our 2023 baby yes", [chb(1, False), chb(2, False), chb(3, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2019-05", "2019-05", "2023-08"]))
m("answer hukou", "nope, hukou still in liaocheng", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=["2025-12"]))
m("multiples age", "twins 4 months old plus our girl who's 3", [n(3), bd(1, yo(3)), bd(2, mo(4)), bd(3, mo(4))], known=K(city="beijing"))
m("per_birth_hardship now_vs_birth birth_order", "we had tekun when our 1st was born, it ended 2 yrs ago", [chb(1, True), f("hardship_now", False)],
  known=K(city="jinan", kids=["2020-09", "2025-02"]))
m("answer negation_housing now_vs_birth", "no we dont, we're on dibao, cant afford that", [f("owns_home_in_city", False, "c"), f("hardship_now", True)],
  asked="owns_home_in_city", known=K(city="jinan", kids=["2022-06"]))
m("answer per_birth_hardship", "mm both times", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2020-02", "2024-05"]))
m("per_birth_hardship age birth_order", "the eldest (8) was born when we lived on dibao in heze, the 2nd (3) we were working by then",
  [bd(1, yo(8)), bd(2, yo(3)), chb(1, True), chb(2, False)], known=K(city="jinan"))
m("pregnancy per_birth_hardship now_vs_birth birth_order", "5 months pregnant with our 2nd, on dibao now, werent with our first",
  [due(2, preg(5)), f("hardship_now", True), chb(1, False)], known=K(city="jinan", kids=["2020-11"]))
m("correction age birth_order", "correction: the baby is 3 months not 2", [bd(2, mo(3), "r")], known=K(city="beijing", kids=["2021-01", mo(2)]))

T("2026-06-24")  # Wednesday: "last friday" = 2026-06-19 either way
m("relative_date multiples age", "twins arrived last friday!! big bro is 4 and a half", [n(3), bd(1, yo(4)), bd(2, lastweek(4)), bd(3, lastweek(4))],
  known=K(city="beijing"))
m("answer per_birth_hardship", "yes at the birth we were on 失业金", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2026-03"]))
m("now_vs_birth", "dibao got cancelled this month", [f("hardship_now", False)], known=K(city="jinan", kids=["2024-04"]))
m("question", "is the newborn payment per child or per birth", [])
m("per_birth_hardship birth_order", "2nd and 3rd were born when we were tekun, 1st wasnt", [chb(2, True), chb(3, True), chb(1, False)],
  known=K(city="beijing", kids=["2012-05", "2017-03", "2021-11"]))
m("answer height multiples birth_order", "big one 1m25, the twins still under a metre", [ht(1, 125), below(2, 100), below(3, 100)], asked="children.height_cm",
  known=K(city="beijing", kids=["2019-03", "2023-01", "2023-01"]))
m("answer multiples age", "three, all at once, triplet boys 1 and a half", [n(3), bd(1, yo(1)), bd(2, yo(1)), bd(3, yo(1))], asked="children",
  known=K(city="jinan"))
m("age now_vs_birth", "nainai here, grandson born 20 days ago, my son lost his job and gets unemployment pay", [bd(1, dago(20)), f("hardship_now", True)],
  known=K(city="beijing"))
m("answer per_birth_hardship", "nope, nothing like that", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2019-10", "2022-12"]))
m("correction multiples per_birth_hardship", "sorry i mixed it up, when the twins were born we were already on dibao", [chb(2, True, "r"), chb(3, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2018-01", "hardship_at_birth": False}, {"birth_date": "2023-05", "hardship_at_birth": False},
                              {"birth_date": "2023-05", "hardship_at_birth": False}]))

T("2026-08-11")  # Tuesday: "last saturday" = 2026-08-08 either way
m("relative_date per_birth_hardship now_vs_birth birth_order", "the 2nd came last saturday, we're tekun since 2024 but werent for the 1st",
  [bd(2, lastweek(5)), f("hardship_now", True), chb(1, False)], known=K(city="jinan", kids=["2019-03"]))
m("answer per_birth_hardship birth_order", "the youngest yes, the others no", [chb(3, True), chb(1, False), chb(2, False)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2015-04", "2019-09", "2025-06"]))
m("multiples pregnancy age", "scan says twins! due in jan, our son is 3", [due(2, nextmonth(1)), due(3, nextmonth(1)), bd(1, yo(3))], known=K(city="beijing"))
m("answer housing_fund now_vs_birth", "just me, hubbys on shiyejin rn", [f("housing_fund_contributors", 1), f("hardship_now", True)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=["2024-10"]))
m("now_vs_birth per_birth_hardship", "we stopped getting shiyejin in may, it was still coming when i gave birth",
  [f("hardship_now", False), f("hardship_at_birth", True)], known=K(city="jinan", kids=["2026-02"]))
m("chitchat", "typing with one hand, baby on the other arm", [])
m("multiples age hukou", "twin girls aged 2, our only kids, all jinan hukou", [n(2), bd(1, yo(2)), bd(2, yo(2)), f("hukou_in_city", True)],
  known=K(city="jinan"))
m("answer per_birth_hardship", "yeh, dibao each time", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2017-01", "2021-07"]))
m("age per_birth_hardship", "grandpa writing. 3 grandkids, 11 9 and 2. the little one was born while they were on dibao",
  [n(3), bd(1, yo(11)), bd(2, yo(9)), bd(3, yo(2)), chb(3, True)], known=K(city="jinan"))
m("correction now_vs_birth", "correction: no benefits now, we lost the dibao in spring", [f("hardship_now", False, "r")],
  known=K(city="beijing", hardship_now=True, kids=["2023-09"]))

T("2026-10-05")  # Monday: "last sunday" = 2026-10-04 either way
m("relative_date multiples", "a boy and a girl at once yesterday!! first kids for us", [bd(1, back(1)), bd(2, back(1)), n(2)], known=K(city="jinan"))
m("relative_date per_birth_hardship birth_order", "3rd born last sunday. dibao for this one, not for the 1st or 2nd",
  [bd(3, lastweek(6)), chb(3, True), chb(1, False), chb(2, False)], known=K(city="beijing", kids=["2015-08", "2020-02"]))
m("answer per_birth_hardship", "yep", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2025-01"]))
m("answer pregnancy multiples", "feb 20th, and it's twins!", [due(2, nextmonth(2, 20)), due(3, nextmonth(2, 20))], asked="due_date",
  known=K(city="jinan", kids=["2022-05", {"due_date": None}]))
m("now_vs_birth per_birth_hardship multiples", "tekun back when the twins came, and still tekun today", [chb(1, True), chb(2, True), f("hardship_now", True)],
  known=K(city="jinan", kids=["2024-06", "2024-06"]))
m("age per_birth_hardship birth_order", "the little one's 10 months, was on shiyejin for her birth. big one 6, no benefits then",
  [bd(2, mo(10)), chb(2, True), bd(1, yo(6)), chb(1, False)], known=K(city="jinan"))
m("answer negation_housing", "not yet, maybe when the twins are bigger", [f("buying_first_home", False, "c")], asked="buying_first_home",
  known=K(city="jinan", kids=["2024-06", "2024-06"]))
m("answer multiples age", "4: the eldest 9, a 6 yr old, and twins of 14 months", [n(4), bd(1, yo(9)), bd(2, yo(6)), bd(3, mo(14)), bd(4, mo(14))],
  asked="children", known=K(city="beijing"))
m("answer per_birth_hardship birth_order", "half and half lol, 1st no, 2nd yes", [chb(1, False), chb(2, True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2018-11", "2024-03"]))
m("correction per_birth_hardship birth_order", "sorry the 3rd was on dibao too, i told u no before", [chb(3, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2014-03", "hardship_at_birth": False}, {"birth_date": "2018-10", "hardship_at_birth": True},
                              {"birth_date": "2024-07", "hardship_at_birth": False}]))

T("2026-11-26")  # Thursday: "last friday" = 2026-11-20 either way
m("relative_date per_birth_hardship birth_order", "our 2nd was born last friday while hubby was on unemployment pay", [bd(2, lastweek(4)), chb(2, True)],
  known=K(city="jinan", kids=["2022-09"]))
m("multiples age", "triplets just turned 2 lol chaos, their sis is 5", [n(4), bd(1, yo(5)), bd(2, just(2)), bd(3, just(2)), bd(4, just(2))],
  known=K(city="beijing"))
m("answer per_birth_hardship", "no, we were on neither dibao nor tekun", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2025-08"]))
m("now_vs_birth", "not on dibao anymore since summer", [f("hardship_now", False)], known=K(city="jinan", kids=["2023-03"]))
m("question", "is the tekun subsidy separate from the childcare one", [])
m("multiples age per_birth_hardship", "our three: twins of 4 and a 1 yr old. dibao for the 1 yr old's birth, not the twins'",
  [n(3), bd(1, yo(4)), bd(2, yo(4)), bd(3, yo(1)), chb(3, True), chb(1, False), chb(2, False)], known=K(city="jinan"))
m("chitchat", "ok ok ill come back when i have the papers", [])
m("answer per_birth_hardship multiples birth_order", "twins yes, big girl no", [chb(2, True), chb(3, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2019-04", "2023-02", "2023-02"]))
m("correction multiples relative_date", "wait the twins were born nov 2nd not nov 3rd", [bd(1, pastmonth(11, 2), "r"), bd(2, pastmonth(11, 2), "r")],
  known=K(city="jinan", kids=["2026-11-03", "2026-11-03"]))
m("age hukou now_vs_birth", "beijing hukou, baby 3 weeks, living on dibao", [f("city", "beijing"), f("hukou_in_city", True), bd(1, dago(21)), f("hardship_now", True)])
