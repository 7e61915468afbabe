# English, batch 35: hardship at each birth (dibao, tekun, unemployment benefit) told per child, by parents and
# grandparents; hardship now versus at the birth (got on it later, came off it); twins and triplets with order words
# and the elder siblings; loose answers to the hardship questions; answers to each of the bot's questions, one-fact
# corrections, chitchat and questions that state nothing
T("2025-02-13")  # Thursday: "last friday" = 2025-02-07 either way
m("per_birth_hardship birth_order", "when erbao arrived we had dibao, with dabao we didnt yet",
  [chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2019-06", "2024-11"]))
m("per_birth_hardship multiples age", "hubby was drawing unemployment money when our twins came out, theyre 5 months now, no other kids",
  [n(2), bd(1, mo(5)), bd(2, mo(5)), chb(1, True), chb(2, True)], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "just with number 2, first time round no", [chb(2, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2018-09", "2023-04"]))
m("now_vs_birth", "we have been a tekun household since 2022", [f("hardship_now", True)], known=K(city="jinan", kids=["2024-05"]))
m("answer per_birth_hardship", "yeah both times, dibao the whole while", [f("hardship_at_birth", True, "c")],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2020-01", "2023-08"]))
m("relative_date multiples birth_order", "the twins got here last friday!! big sis is over the moon", [bd(2, lastweek(4)), bd(3, lastweek(4))],
  known=K(city="beijing", kids=["2021-03"]))
m("now_vs_birth per_birth_hardship", "no dibao back when the little fella was born, we only signed up for it last autumn",
  [f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="jinan", kids=["2023-12"]))
m("chitchat", "aiya the wifi in this hospital is rubbish", [])
m("question", "do u have to be on dibao for the whole pregnancy or just on the day", [])
m("age multiples birth_order", "the twins r 2 and their big bro is 6", [n(3), bd(1, yo(6)), bd(2, yo(2)), bd(3, yo(2))], known=K(city="jinan"))
m("answer", "nah", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2024-10"]))
m("correction per_birth_hardship birth_order", "hang on i got it backwards, it was the first one we had shiyejin for, not the second",
  [chb(1, True, "r"), chb(2, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2020-07", "hardship_at_birth": False}, {"birth_date": "2024-02", "hardship_at_birth": True}]))
m("answer hukou", "yep jinan hukou since i was born lol", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=["2024-09"]))
m("per_birth_hardship birth_order age", "grandma here, my son's family was on tekun support when the 3rd grandbaby came, 7 weeks ago. the older ones no",
  [bd(3, dago(49)), chb(3, True), chb(1, False), chb(2, False)], known=K(city="jinan", kids=["2016-05", "2020-10"]))
m("pregnancy multiples", "scan says twins!! due in july, we got no kids yet", [n(0), due(1, nextmonth(7)), due(2, nextmonth(7))], known=K(city="beijing"))

T("2025-04-08")  # Tuesday: "last wednesday" = 2025-04-02 either way
m("per_birth_hardship multiples birth_order", "on unemployment benefit when the twins came, nothing like that for our eldest",
  [chb(2, True), chb(3, True), chb(1, False)], known=K(city="jinan", kids=["2019-11", "2024-06", "2024-06"]))
m("now_vs_birth", "stopped getting dibao last year, hubby found work at the factory", [f("hardship_now", False)],
  known=K(city="jinan", hardship_now=True, kids=["2022-03"]))
m("answer per_birth_hardship birth_order", "only for the 2nd, the 1st no", [chb(2, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2017-02", "2022-12"]))
m("age multiples", "a boy and a girl at once, 3 months old, theyre our first kids", [n(2), bd(1, mo(3)), bd(2, mo(3))], known=K(city="jinan"))
m("relative_date birth_order", "xiaobao came last wednesday at 4am", [bd(2, lastweek(2))], known=K(city="jinan", kids=["2022-08"]))
m("now_vs_birth per_birth_hardship", "on dibao now, wasnt back then when she was born", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=["2023-05"]))
m("question multiples", "for twins do u get the money twice or once", [])
m("chitchat", "my mum keeps asking me if the robot is a real person haha", [])
m("answer numerals birth_order", "two, 2014 and 2018, and one more due in september", [n(2), bd(1, "2014"), bd(2, "2018"), due(3, nextmonth(9))],
  asked="children", known=K(city="jinan"))
m("per_birth_hardship birth_order numerals", "laoda born 2016 no dibao then, laoer born 2021 with dibao",
  [bd(1, "2016"), chb(1, False), bd(2, "2021"), chb(2, True)], known=K(city="jinan"))
m("answer insurance", "none, she had no shebao at all then", [f("birth_insurance", "none")], asked="birth_insurance", known=K(city="beijing", kids=["2025-02"]))
m("correction multiples age", "sorry the twins r 10 months not 8", [bd(1, mo(10), "r"), bd(2, mo(10), "r")], known=K(city="beijing", kids=[mo(8), mo(8)]))
m("per_birth_hardship multiples", "grandpa typing. when the triplets were born their dad was on the unemployment, 2023 that was. only kids in the family",
  [n(3), chb(1, True), chb(2, True), chb(3, True), bd(1, "2023"), bd(2, "2023"), bd(3, "2023")], known=K(city="jinan"))
m("answer per_birth_hardship", "nope", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2019-04", "2022-06", "2025-01"]))

T("2025-07-23")  # Wednesday
m("per_birth_hardship birth_order", "we were on dibao when the 2nd was born but not the first", [chb(2, True), chb(1, False)],
  known=K(city="beijing", kids=["2018-01", "2023-03"]))
m("now_vs_birth per_birth_hardship multiples", "came off tekun in march. when the twins were born last year we were still on it",
  [f("hardship_now", False), chb(1, True), chb(2, True)], known=K(city="jinan", kids=["2024-06", "2024-06"]))
m("answer per_birth_hardship birth_order", "the older one yes, baby no", [chb(1, True), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2020-04", "2025-05"]))
m("age multiples birth_order", "eldest is 9, then twin girls just turned 4, and the baby boy 7 months. so 4 kids in total",
  [n(4), bd(1, yo(9)), bd(2, just(4)), bd(3, just(4)), bd(4, mo(7))], known=K(city="beijing"))
m("question", "what counts as hardship, is tekun same as dibao for this", [])
m("answer housing_fund", "just my wife, my company dont pay it", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=["2024-03"]))
m("answer per_birth_hardship", "yup had dibao then", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2025-06"]))
m("now_vs_birth per_birth_hardship birth_order", "my daughter's family is on dibao these days. they werent when my 2 grandsons were born",
  [n(2), f("hardship_now", True), chb(1, False), chb(2, False)], known=K(city="jinan", kids=["2017-09", "2021-02"]))
m("pregnancy multiples birth_order", "expecting twins in november, they'll be number 2 and 3", [due(2, nextmonth(11)), due(3, nextmonth(11))],
  known=K(city="jinan", kids=["2021-10"]))
m("correction", "scratch that, we do rent, the flat is my cousins but we pay him", [f("renting", True, "r")],
  known=K(city="beijing", renting=False, kids=["2023-11"]))
m("per_birth_hardship multiples numerals", "triplets born 2022.3, the family got tekun support at the time. theyre our only kids",
  [n(3), bd(1, "2022-03"), bd(2, "2022-03"), bd(3, "2022-03"), chb(1, True), chb(2, True), chb(3, True)], known=K(city="beijing"))
m("answer", "beijing, chaoyang", [f("city", "beijing")], asked="city")
m("answer per_birth_hardship", "nah never been on anything", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2016-08", "2024-04"]))
m("age relative_date birth_order", "sanbao born yesterday, erbao is 3 and dabao 8", [bd(3, back(1)), bd(2, yo(3)), bd(1, yo(8))], known=K(city="jinan"))

T("2025-10-16")  # Thursday: "monday of last week" = 2025-10-06
m("per_birth_hardship birth_order", "unemployment money for the first birth, dibao for the second, so yes each time",
  [chb(1, True), chb(2, True)], known=K(city="jinan", kids=["2019-05", "2024-01"]))
m("answer per_birth_hardship multiples", "only when the twins were born", [chb(2, True), chb(3, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2017-12", "2023-09", "2023-09"]))
m("now_vs_birth", "not on dibao no more since this summer", [f("hardship_now", False)], known=K(city="jinan", kids=["2024-08"]))
m("relative_date multiples", "twin boys born monday of last week, first time parents", [n(2), bd(1, lastweek(0)), bd(2, lastweek(0))], known=K(city="jinan"))
m("question", "can we still apply if the dibao was cancelled before the baby came", [])
m("age multiples birth_order per_birth_hardship", "4 kids, 2 sets of twins, 7 and 1 and a half, we had tekun for the younger pair only",
  [n(4), bd(1, yo(7)), bd(2, yo(7)), bd(3, yo(1)), bd(4, yo(1)), chb(3, True), chb(4, True), chb(1, False), chb(2, False)], known=K(city="beijing"))
m("answer pregnancy", "mid february", [due(1, nextmonth(2))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("correction per_birth_hardship", "my mistake, we were NOT on dibao when he was born, only later", [f("hardship_at_birth", False, "r")],
  known=K(city="jinan", hardship_at_birth=True, kids=["2024-11"]))
m("answer per_birth_hardship birth_order", "for laosan yes the rest no", [chb(3, True), chb(1, False), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2013-03", "2017-06", "2025-08"]))
m("hukou now_vs_birth", "beijing hukou, been on dibao since my husband got sick", [f("city", "beijing"), f("hukou_in_city", True), f("hardship_now", True)],
  known=K(kids=["2022-05"]))
m("age multiples birth_order", "3 kids: twins almost 3 and a baby of 10 months", [bd(1, almost(3)), bd(2, almost(3)), bd(3, mo(10)), n(3)], known=K(city="jinan"))
m("answer negation_housing", "yes we're renting a place near the hospital", [f("renting", True, "c")], asked="renting", known=K(city="jinan", kids=["2025-09"]))
m("per_birth_hardship", "no dibao or nothing at any of the births", [f("hardship_at_birth", False)], known=K(city="beijing", kids=["2018-02", "2021-07", "2025-03"]))
m("now_vs_birth per_birth_hardship birth_order", "we got shiyejin when the baby was born in august and still get it, the older kid's birth no",
  [bd(2, pastmonth(8)), chb(2, True), f("hardship_now", True), chb(1, False)], known=K(city="jinan", kids=["2020-06"]))

T("2026-01-06")  # Tuesday: "last thursday" = 2026-01-01 either way; "last march" early in the year = 2025-03
m("per_birth_hardship birth_order relative_date", "laoer was born last march when we were on dibao, laoda in 2020 when we werent",
  [bd(2, pastmonth(3)), chb(2, True), bd(1, "2020"), chb(1, False)], known=K(city="jinan"))
m("relative_date", "new years baby! born last thursday", [bd(1, lastweek(3))], known=K(city="beijing"))
m("answer per_birth_hardship", "yeah every time, we been on tekun for ages", [f("hardship_at_birth", True, "c")],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2014-10", "2018-04", "2023-12"]))
m("now_vs_birth per_birth_hardship multiples", "on unemployment when the twins came and still on it sadly", [chb(1, True), chb(2, True), f("hardship_now", True)],
  known=K(city="beijing", kids=["2025-08", "2025-08"]))
m("question multiples", "if we have twins next year would both count as third child?", [due(3, year(1), "q"), due(4, year(1), "q")],
  known=K(city="jinan", kids=["2019-01", "2023-06"]))
m("answer", "no not then", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2025-07"]))
m("correction age", "typo, baby is 5 weeks not 5 months", [bd(1, dago(35), "r")], known=K(city="beijing", kids=[mo(5)]))
m("answer multiples age", "twins, a boy and a girl, 20 months", [n(2), bd(1, mo(20)), bd(2, mo(20))], asked="children", known=K(city="beijing"))
m("per_birth_hardship birth_order", "grandad here. for my eldest granddaughter there was dibao, for the younger one they had come off it",
  [chb(1, True), chb(2, False)], known=K(city="jinan", kids=["2018-12", "2024-04"]))
m("now_vs_birth", "just started on tekun this month", [f("hardship_now", True)], known=K(city="jinan", kids=["2021-09", "2024-02"]))
m("answer insurance", "flexible employment one, i pay it myself every month", [f("birth_insurance", "flexible_employment")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": "2026-05"}]))
m("height multiples", "the twins are both about 1m05", [ht(1, 105), ht(2, 105)], known=K(city="beijing", kids=["2021-02", "2021-02"]))
m("answer per_birth_hardship birth_order", "for the middle one only", [chb(2, True), chb(1, False), chb(3, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2015-07", "2019-03", "2024-10"]))

T("2026-03-19")  # Thursday: "last friday" = 2026-03-13 either way
m("per_birth_hardship multiples birth_order", "we were on dibao when the twins came, and also for dabao and erbao",
  [chb(1, True), chb(2, True), chb(3, True), chb(4, True)], known=K(city="jinan", kids=["2015-04", "2019-09", "2023-02", "2023-02"]))
m("now_vs_birth per_birth_hardship", "we came off dibao in 2024, at the birth we were still on it", [f("hardship_now", False), f("hardship_at_birth", True)],
  known=K(city="jinan", kids=["2023-10"]))
m("relative_date multiples birth_order", "a girl and a boy arrived together last friday, their big sister is 4", [bd(1, yo(4)), bd(2, lastweek(4)), bd(3, lastweek(4)), n(3)],
  known=K(city="beijing"))
m("answer per_birth_hardship", "yes each time", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2021-06", "2025-11"]))
m("question per_birth_hardship", "what if we were on dibao for the 2nd but not the 1st, does the 2nd still count?", [chb(2, True, "q"), chb(1, False, "q")],
  known=K(city="jinan", kids=["2018-03", "2022-07"]))
m("answer numerals multiples", "2, twins, born 2025.12.24", [n(2), bd(1, "2025-12-24"), bd(2, "2025-12-24")], asked="children", known=K(city="jinan"))
m("correction per_birth_hardship birth_order", "sorry laoer not laoda, the dibao was for laoer's birth",
  [chb(2, True, "r"), chb(1, False, "r")], known=K(city="jinan", kids=[{"birth_date": "2017-05", "hardship_at_birth": True}, {"birth_date": "2022-01", "hardship_at_birth": False}]))
m("now_vs_birth", "we r off tekun now", [f("hardship_now", False)], known=K(city="jinan", hardship_now=True, kids=["2025-01"]))
m("answer negation_housing", "not yet, still looking at places in licheng", [f("buying_first_home", False, "c")], asked="buying_first_home",
  known=K(city="jinan", kids=["2025-10"]))
m("pregnancy now_vs_birth", "5 months pregnant w our 1st, we're on dibao atm", [due(1, preg(5)), f("hardship_now", True)], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "nope for the eldest, yes for the baby", [chb(1, False), chb(2, True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2019-08", "2025-12"]))
m("age multiples", "triplets, 4 months old, first kids, we're exhausted", [n(3), bd(1, mo(4)), bd(2, mo(4)), bd(3, mo(4))], known=K(city="jinan"))
m("per_birth_hardship numerals birth_order", "first born 2016 second 2020 third 2024, shiyejin only when the third came",
  [bd(1, "2016"), bd(2, "2020"), bd(3, "2024"), chb(3, True), chb(1, False), chb(2, False)], known=K(city="beijing"))

T("2026-06-02")  # Tuesday: "last friday" = 2026-05-29 either way
m("per_birth_hardship multiples birth_order", "we had dibao for the twins' birth but by the time the little one came we were off it",
  [chb(1, True), chb(2, True), chb(3, False)], known=K(city="jinan", kids=["2021-03", "2021-03", "2025-09"]))
m("now_vs_birth", "dibao got stopped last month, they said our income is too high now", [f("hardship_now", False)],
  known=K(city="beijing", hardship_now=True, kids=["2024-06"]))
m("answer per_birth_hardship", "yeah we did, both times", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2020-11", "2024-05"]))
m("age multiples birth_order", "4 kids: laoda 11, then twin boys 8, then a girl 2", [n(4), bd(1, yo(11)), bd(2, yo(8)), bd(3, yo(8)), bd(4, yo(2))],
  known=K(city="beijing"))
m("answer housing_fund", "none of us", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors", known=K(city="jinan", kids=["2025-04"]))
m("now_vs_birth per_birth_hardship", "since the layoff we get shiyejin, but we didnt get it at the time of the birth",
  [f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan", kids=["2025-11"]))
m("correction multiples", "the twins were born on the 12th, not the 21st", [bd(1, "2026-04-12", "r"), bd(2, "2026-04-12", "r")],
  known=K(city="beijing", kids=["2026-04-21", "2026-04-21"]))
m("question", "is the hardship thing checked at the birth or when we apply", [])
m("answer per_birth_hardship birth_order", "only sanbao, not the big ones", [chb(3, True), chb(1, False), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2015-10", "2018-12", "2026-03"]))
m("pregnancy multiples birth_order", "4 months along with twins, our eldest is 5", [bd(1, yo(5)), due(2, preg(4)), due(3, preg(4))], known=K(city="jinan"))
m("answer hukou", "nope, hukou still in dezhou", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=["2025-02"]))
m("per_birth_hardship", "my grandson was born while his mum was on dibao, only grandkid i got", [f("hardship_at_birth", True), n(1)])
m("answer", "nah not at any of them", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2016-01", "2020-09", "2025-08"]))

T("2026-08-26")  # Wednesday
m("per_birth_hardship birth_order", "dibao when our first came in 2017, off it by 2021 when the 2nd came",
  [bd(1, "2017"), chb(1, True), bd(2, "2021"), chb(2, False)], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship multiples", "we were on tekun when the triplets were born and we still are",
  [chb(1, True), chb(2, True), chb(3, True), f("hardship_now", True)], known=K(city="beijing", kids=["2025-12", "2025-12", "2025-12"]))
m("answer per_birth_hardship birth_order", "2nd yes, 1st nah", [chb(2, True), chb(1, False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2019-02", "2026-06"]))
m("age multiples", "twin girls 6 weeks old today and their brother turns 4 next month", [n(3), bd(1, almost(4)), bd(2, dago(42)), bd(3, dago(42))], known=K(city="jinan"))
m("chitchat", "sorry for typos holding baby with one hand", [])
m("question", "does unemployment money count the same as dibao for the birth subsidy", [])
m("correction age multiples", "my bad the twins r 2 and a half not 3 and a half", [bd(2, yo(2), "r"), bd(3, yo(2), "r")],
  known=K(city="beijing", kids=[yo(7), yo(3), yo(3)]))
m("now_vs_birth per_birth_hardship birth_order", "on dibao now. at laoda's birth no, at laoer's birth yes",
  [f("hardship_now", True), chb(1, False), chb(2, True)], known=K(city="jinan", kids=["2018-10", "2023-05"]))
m("answer", "2", [n(2)], asked="children", known=K(city="beijing"))
m("answer insurance", "the employee one thru my company, maternity included", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="beijing", kids=[{"due_date": "2026-12"}]))
m("per_birth_hardship multiples", "nainai here, when my twin granddaughters were born their parents had no dibao, they are the only grandkids",
  [chb(1, False), chb(2, False), n(2)])
m("relative_date birth_order", "sanbao came in july, the other two r at school", [bd(3, pastmonth(7))], known=K(city="jinan", kids=["2015-03", "2018-08"]))
m("answer per_birth_hardship birth_order", "the twins no, our youngest yes", [chb(1, False), chb(2, False), chb(3, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2020-01", "2020-01", "2026-02"]))
m("height birth_order", "dabao is 1m32 now, erbao nowhere near 1.2m", [ht(1, 132), below(2, 120)], known=K(city="beijing", kids=["2016-11", "2022-03"]))

T("2026-10-29")  # Thursday: "last saturday" = 2026-10-24 either way
m("per_birth_hardship birth_order", "we had tekun for the first 2 births, not the 3rd", [chb(1, True), chb(2, True), chb(3, False)],
  known=K(city="jinan", kids=["2014-06", "2017-01", "2025-05"]))
m("now_vs_birth", "quit the dibao in spring, both of us working now", [f("hardship_now", False)], known=K(city="jinan", kids=["2023-09"]))
m("relative_date multiples", "our twins came last saturday, first babies for us", [n(2), bd(1, lastweek(5)), bd(2, lastweek(5))], known=K(city="beijing"))
m("answer per_birth_hardship", "yes the once", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2026-04"]))
m("question", "how long do i have to apply after the birth", [])
m("answer per_birth_hardship multiples now_vs_birth", "for the twins no, we only went on dibao this year", [chb(1, False), chb(2, False), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2024-03", "2024-03"]))
m("chitchat", "brb gotta pick up laoda from kindergarten", [])
m("age multiples birth_order", "3 kids, the first 2 are twins aged 5 and the third one is 9 months", [n(3), bd(1, yo(5)), bd(2, yo(5)), bd(3, mo(9))], known=K(city="jinan"))
m("correction per_birth_hardship multiples", "correction the twins DID get dibao at birth, i said no by mistake",
  [chb(2, True, "r"), chb(3, True, "r")],
  known=K(city="beijing", kids=["2019-04", {"birth_date": "2025-10", "hardship_at_birth": False}, {"birth_date": "2025-10", "hardship_at_birth": False}]))
m("answer negation_housing", "no we dont own anything in beijing", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city",
  known=K(city="beijing", kids=["2025-06"]))
m("per_birth_hardship birth_order age", "yeye writing. the youngest grandson just 3 weeks, was born while his dad was on shiyejin, the older 2 werent",
  [bd(3, dago(21)), chb(3, True), chb(1, False), chb(2, False)], known=K(city="jinan", kids=["2017-07", "2021-12"]))
m("answer pregnancy multiples", "around christmas, its twins", [due(2, nextmonth(12)), due(3, nextmonth(12))], asked="due_date",
  known=K(city="beijing", kids=["2022-02", {"due_date": None}]))
m("now_vs_birth per_birth_hardship", "dibao at the birth, dibao now, nothing changed", [f("hardship_at_birth", True), f("hardship_now", True)],
  known=K(city="jinan", kids=["2026-01"]))
m("question", "r the twins counted as 2nd and 3rd or both as 2nd", [])
m("answer per_birth_hardship", "no, neither time", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2021-08", "2025-02"]))

T("2026-11-30")  # Monday: "last wednesday" = 2026-11-25 either way
m("per_birth_hardship multiples birth_order age", "twins r 18 months, their big bro is 4. we had dibao when the twins were born, not him",
  [n(3), bd(1, yo(4)), bd(2, mo(18)), bd(3, mo(18)), chb(2, True), chb(3, True), chb(1, False)], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship birth_order", "both of us laid off this year, so shiyejin now, but when our 2 were born we had nothing like that",
  [n(2), f("hardship_now", True), chb(1, False), chb(2, False)], known=K(city="beijing", kids=["2019-05", "2023-08"]))
m("relative_date birth_order", "erbao popped out last wednesday", [bd(2, lastweek(2))], known=K(city="jinan", kids=["2022-06"]))
m("answer per_birth_hardship birth_order", "yep the first, nope the second", [chb(1, True), chb(2, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2018-04", "2024-09"]))
m("chitchat", "thank u so much, u r better than the hotline", [])
m("question", "if the dibao ends next month can we still apply", [])
m("answer multiples age", "3, triplets, 2 years old", [n(3), bd(1, yo(2)), bd(2, yo(2)), bd(3, yo(2))], asked="children", known=K(city="jinan"))
m("now_vs_birth", "back on dibao since october", [f("hardship_now", True)], known=K(city="jinan", hardship_now=False, kids=["2020-12"]))
m("answer per_birth_hardship", "yes tekun", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2026-08"]))
m("pregnancy now_vs_birth", "on unemployment benefit and 7 months pregnant with number 2", [f("hardship_now", True), due(2, preg(7))],
  known=K(city="jinan", kids=["2021-01"]))
m("age multiples birth_order", "twin boys just turned 1, and a 7yo girl", [n(3), bd(1, yo(7)), bd(2, just(1)), bd(3, just(1))], known=K(city="beijing"))
m("answer per_birth_hardship multiples", "both twins yes, same day so same answer lol", [chb(1, True), chb(2, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2025-07", "2025-07"]))
m("per_birth_hardship birth_order", "at the 3rd birth we were on dibao, for the first two i dont remember",
  [chb(3, True)], known=K(city="jinan", kids=["2012-03", "2016-09", "2026-05"]))
