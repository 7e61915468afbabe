# English, batch 34: several children's ages in one message (3 and a half, almost 2, 18 months, a 6-week-old,
# turns 3 next month, born 10 days ago), written-out numbers and date forms (twenty twenty-three, march 5th 24,
# 2023.5, two kids, a pair of), relative dates (last friday, last month, the month before last), now versus at
# the birth, one-fact corrections of a child's age or date; answers, chitchat and questions that state nothing
T("2025-01-09")  # Thursday: "last friday" = 2025-01-03 either way; "last march" early in the year = 2024-03
m("age numerals birth_order", "i got two, big one 3 and a half and the small one almost 2",
  [n(2), bd(1, yo(3)), bd(2, almost(2))], known=K(city="jinan"))
m("age birth_order", "grandpa typing, grandson is 18 months n the granddaughter a 6-week-old",
  [bd(1, mo(18)), bd(2, dago(42))])
m("relative_date birth_order", "our number 2 came out last friday, 7 pounds somethin", [bd(2, lastweek(4))], known=K(city="jinan", kids=["2021-06"]))
m("relative_date", "he was born last march dont remember the day exactly, we r in beijing", [bd(1, pastmonth(3)), f("city", "beijing")])
m("correction age", "no wait she's 4 not 3 i always mix it up", [bd(1, yo(4), "r")], known=K(city="jinan", kids=[yo(3)]))
m("answer numerals birth_order", "two kids. twenty nineteen and twenty twenty-two", [n(2), bd(1, "2019"), bd(2, "2022")], asked="children", known=K(city="beijing"))
m("question", "how long till the money comes after u apply", [])
m("chitchat", "happy new year mr robot haha", [])
m("multiples age", "twin boys born 10 days ago, our very first babies", [n(2), bd(1, dago(10)), bd(2, dago(10))], known=K(city="jinan"))
m("short_year hukou", "daughter dob 2023.5, we stay in jinan but no local hukou", [bd(1, "2023-05"), f("city", "jinan"), f("hukou_in_city", False)])
m("answer height", "1m18 in his socks", [ht(1, 118)], asked="children.height_cm", known=K(city="jinan", kids=[yo(6)]))
m("now_vs_birth per_birth_hardship age", "on dibao these days. baby turns 1 next month, for the birth we werent on it",
  [f("hardship_now", True), bd(1, almost(1)), f("hardship_at_birth", False)], known=K(city="jinan"))
m("numerals short_year birth_order", "eldest born 2020-11-02, second one march 5th 24", [bd(1, "2020-11-02"), bd(2, "2024-03-05")], known=K(city="beijing"))
m("answer insurance", "shes got the resident one, jumin yibao, no job since 2022", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": "2025-05"}]))

T("2025-03-12")  # Wednesday: "last friday" = 2025-03-07, "wednesday last week" = 2025-03-05
m("age birth_order", "laoda 5 years 4 months, laoer 1 year 10 months", [bd(1, age(5, 4)), bd(2, age(1, 10))], known=K(city="jinan"))
m("relative_date hukou", "bub was born the month before last, we both got beijing hukou", [bd(1, thismonth(-2)), f("city", "beijing"), f("hukou_in_city", True)])
m("pregnancy age birth_order", "im 6 months pregnant w no.3, the older two are 8 and 5", [due(3, preg(6)), bd(1, yo(8)), bd(2, yo(5)), n(2)], known=K(city="jinan"))
m("correction numerals birth_order", "correction: the second ones bday is 12 feb 2024 not 21 feb", [bd(2, "2024-02-12", "r")],
  known=K(city="beijing", kids=["2019-08", "2024-02-21"]))
m("answer age", "just the one, she was born 10 days ago", [n(1), bd(1, dago(10))], asked="children", known=K(city="jinan"))
m("question", "does the childcare money stop right on the 3rd birthday or end of that month", [])
m("chitchat", "ok thx gonna feed the baby brb", [])
m("negation_housing housing_fund", "we dont own anything here, rent a 2 bedroom, only hubby pays gongjijin",
  [f("owns_home_in_city", False), f("renting", True), f("housing_fund_contributors", 1)], known=K(city="jinan", kids=[yo(2)]))
m("multiples age numerals", "a pair of girls, seventeen months old, our only kids", [n(2), bd(1, mo(17)), bd(2, mo(17))], known=K(city="beijing"))
m("age birth_order", "grandma writing. granddaughter is nearly 4, grandson 2 and a half", [bd(1, almost(4)), bd(2, yo(2))])
m("answer per_birth_hardship", "nah not for either of them", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2019-04", "2023-07"]))
m("relative_date birth_order", "erbao came wednesday last week, all good", [bd(2, lastweek(2))], known=K(city="beijing", kids=["2022-01"]))
m("numerals", "born 2024/12/30 in jinan", [bd(1, "2024-12-30"), f("city", "jinan")])
m("correction hukou", "sorry hukou is NOT beijing, still hebei", [f("hukou_in_city", False, "r")], known=K(city="beijing", hukou_in_city=True, kids=[yo(1)]))

T("2025-06-17")  # Tuesday: "friday last week" = 2025-06-13 either way
m("age numerals birth_order", "three kids, 9, 6 and a six week old", [n(3), bd(1, yo(9)), bd(2, yo(6)), bd(3, dago(42))], known=K(city="jinan"))
m("age", "laolao here, the little wawa was born 10 days ago, a girl, in jinan", [bd(1, dago(10)), f("city", "jinan")])
m("correction age birth_order", "oops the little one is 2 months not 3", [bd(2, mo(2), "r")], known=K(city="beijing", kids=[yo(4), mo(3)]))
m("relative_date", "our boy arrived last week on the friday", [bd(1, lastweek(4))], known=K(city="beijing"))
m("answer housing_fund", "nobody, we both do delivery and gig stuff", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(1)]))
m("pregnancy", "due in october, first baby for us", [due(1, nextmonth(10))], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship age birth_order", "when the second was born we were on unemployment money, nothing now, that kid is 18 months",
  [chb(2, True), f("hardship_now", False), bd(2, mo(18))], known=K(city="jinan", kids=["2018-03", "2023"]))
m("question", "can grandparents apply or only the parents", [])
m("chitchat", "my feet r killing me, been standing in line at the jiedao office all morning", [])
m("numerals", "dob: 5th of march two thousand and twenty three, boy", [bd(1, "2023-03-05")], known=K(city="beijing"))
m("answer negation_housing", "nope, flat belongs to my in-laws", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city", known=K(city="jinan", kids=[yo(2)]))
m("multiples age birth_order", "twins turn 3 next month and baby sis is almost 1, so 3 kids",
  [n(3), bd(1, almost(3)), bd(2, almost(3)), bd(3, almost(1))], known=K(city="beijing"))
m("insurance pregnancy", "wife pays the flexible employment shebao herself, baby due in august", [f("birth_insurance", "flexible_employment"), due(1, nextmonth(8))],
  known=K(city="jinan"))
m("correction short_year birth_order", "actually its 2021.9 for the eldest, not 2021.8", [bd(1, "2021-09", "r")], known=K(city="jinan", kids=["2021-08", "2024-01"]))

T("2025-09-03")  # Wednesday
m("age numerals", "got two. one is three and a half, the other just turned one", [n(2), bd(1, yo(3)), bd(2, just(1))], known=K(city="jinan"))
m("age birth_order", "laoda will be 7 next month, laoer was born 3 weeks ago", [bd(1, almost(7)), bd(2, dago(21))], known=K(city="beijing"))
m("relative_date", "baby came yesterday!! we're in beijing", [bd(1, back(1)), f("city", "beijing")])
m("correction age", "wait shes one and a half, not two and a half", [bd(1, yo(1), "r")], known=K(city="jinan", kids=[yo(2)]))
m("answer multiples age", "a pair of boys, 8 months", [n(2), bd(1, mo(8)), bd(2, mo(8))], asked="children", known=K(city="jinan"))
m("question", "for a 3rd kid is it more money or the same", [])
m("hukou age numerals", "moved to jinan for work, hukou still back in linyi, my 2 are 6 and 2",
  [f("city", "jinan"), f("hukou_in_city", False), n(2), bd(1, yo(6)), bd(2, yo(2))])
m("now_vs_birth", "not on dibao anymore, we used to be", [f("hardship_now", False)], known=K(city="jinan", kids=["2020-02"]))
m("short_year birth_order", "kids born feb '19 and oct '23 fyi", [bd(1, "2019-02"), bd(2, "2023-10")], known=K(city="beijing"))
m("chitchat", "sorry my english not so good", [])
m("pregnancy birth_order", "4 months pregnant with our second", [due(2, preg(4))], known=K(city="beijing", kids=[yo(3)]))
m("height birth_order", "the elder is around 1m35 and xiaobao way under 1.2m", [ht(1, 135), below(2, 120)], known=K(city="jinan", kids=[yo(9), yo(4)]))
m("answer hukou", "nah we're waidi", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(1)]))
m("relative_date numerals", "she was born august 30th", [bd(1, pastmonth(8, 30))], known=K(city="jinan"))

T("2025-12-01")  # Monday: "last friday" = 2025-11-28 either way
m("age numerals birth_order", "3 kids, 12, 7 and 18 months", [n(3), bd(1, yo(12)), bd(2, yo(7)), bd(3, mo(18))], known=K(city="jinan"))
m("relative_date", "born last friday, 3 wks early but healthy", [bd(1, lastweek(4))], known=K(city="jinan"))
m("correction age birth_order", "no sorry the middle one is 5 not 6", [bd(2, yo(5), "r")], known=K(city="beijing", kids=[yo(9), yo(6), yo(2)]))
m("relative_date birth_order", "second baby born last month", [bd(2, thismonth(-1))], known=K(city="jinan", kids=["2020-05"]))
m("answer negation_housing", "yes planning to, first flat ever for us", [f("buying_first_home", True, "c")], asked="buying_first_home", known=K(city="jinan", renting=True, kids=[yo(1)]))
m("numerals", "twenty twenty-four, december the 1st, exactly a year ago today", [bd(1, "2024-12-01")], known=K(city="beijing"))
m("age", "my grandson is 2 years and 3 months, naughty as a monkey", [bd(1, age(2, 3))])
m("question birth_order", "what if we had a third kid next year, would we get more?", [due(3, year(1), "q")], known=K(city="jinan", kids=["2018-06", "2022-03"]))
m("chitchat", "good morning!! so cold today brrr", [])
m("insurance", "neither of us has any shebao, no insurance for the birth at all", [f("birth_insurance", "none")], known=K(city="beijing", kids=[{"due_date": "2026-04"}]))
m("multiples age", "triplets! 6 weeks old today, first kids", [n(3), bd(1, dago(42)), bd(2, dago(42)), bd(3, dago(42))], known=K(city="jinan"))
m("duration housing_fund", "been paying gongjijin for 4 years, just me", [f("housing_fund_contributors", 1)], known=K(city="jinan", kids=[yo(2)]))
m("answer pregnancy", "end of march", [due(1, nextmonth(3))], asked="due_date", known=K(city="beijing", kids=[{"due_date": None}]))
m("age numerals birth_order", "two children, the girl is 4 and a half and the boy nearly 2", [n(2), bd(1, yo(4)), bd(2, almost(2))], known=K(city="jinan"))

T("2026-02-05")  # Thursday: "last friday" = 2026-01-30, "last thursday" = 2026-01-29; "last march" early in the year = 2025-03
m("relative_date", "our son was born last march", [bd(1, pastmonth(3))], known=K(city="jinan"))
m("age birth_order", "eldest turns 10 next month, middle 6 and a half, baby 5 weeks", [bd(1, almost(10)), bd(2, yo(6)), bd(3, dago(35))], known=K(city="beijing"))
m("correction relative_date", "no wait he was born last thursday not last friday", [bd(1, lastweek(3), "r")], known=K(city="jinan", kids=[lastweek(4)]))
m("answer age birth_order", "3. two from my first marriage (14 and 11) and a baby 4 months", [n(3), bd(1, yo(14)), bd(2, yo(11)), bd(3, mo(4))],
  asked="children", known=K(city="beijing"))
m("question", "is there a one-off payment when the baby is born, how much", [])
m("short_year numerals", "baby born 26.1.20", [bd(1, "2026-01-20")], known=K(city="jinan"))
m("hukou age", "we r beijing hukou both of us, the granddaughter is 13 months", [f("city", "beijing"), f("hukou_in_city", True), bd(1, mo(13))])
m("chitchat", "xie xie, very helpful", [])
m("multiples pregnancy age birth_order", "expecting twins, due in june, we already have a 3yo", [bd(1, yo(3)), due(2, nextmonth(6)), due(3, nextmonth(6))], known=K(city="jinan"))
m("per_birth_hardship birth_order", "we got tekun support when the twins were born but not for laoda", [chb(2, True), chb(3, True), chb(1, False)],
  known=K(city="jinan", kids=["2017-04", "2022-09", "2022-09"]))
m("correction housing_fund", "sorry meant 2 people pay gongjijin not 1", [f("housing_fund_contributors", 2, "r")], known=K(city="beijing", housing_fund_contributors=1, kids=[yo(3)]))
m("age", "she's a newborn, born 4 days ago", [bd(1, dago(4))], known=K(city="jinan"))
m("numerals birth_order", "first kid born 3 March 2019, second 15 Oct 2022", [bd(1, "2019-03-03"), bd(2, "2022-10-15")], known=K(city="beijing"))
m("answer negation_housing", "no, living in my parents flat for free", [f("renting", False, "c")], asked="renting", known=K(city="jinan", kids=[yo(1)]))

T("2026-04-22")  # Wednesday: "last friday" = 2026-04-17 either way
m("age numerals", "two kiddos, 5 and 3 and a half, both boys, double trouble", [n(2), bd(1, yo(5)), bd(2, yo(3))], known=K(city="jinan"))
m("age", "baby's 9 weeks, sleeping thru the night finally", [bd(1, dago(63))], known=K(city="beijing"))
m("correction age birth_order", "hold on, the eldest just turned 8, not 7", [bd(1, just(8), "r")], known=K(city="jinan", kids=[yo(7), yo(3)]))
m("relative_date", "granddaughter born last friday morning", [bd(1, lastweek(4))])
m("question", "does the subsidy count from the birth month or the month after", [])
m("answer per_birth_hardship", "yes we were on dibao both times", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2019-01", "2023-05"]))
m("now_vs_birth per_birth_hardship birth_order", "not on anything now. when sanbao was born we had shiyejin tho", [f("hardship_now", False), chb(3, True)],
  known=K(city="jinan", kids=["2015-02", "2018-11", "2024-08"]))
m("multiples age birth_order", "their big brother is 7 and the twins are 14 months", [n(3), bd(1, yo(7)), bd(2, mo(14)), bd(3, mo(14))], known=K(city="beijing"))
m("numerals", "the baby was born on april 2nd twenty twenty six", [bd(1, "2026-04-02")], known=K(city="jinan"))
m("chitchat", "hahaha ok", [])
m("height birth_order", "eldest 1.28m, middle about 1m1", [ht(1, 128), ht(2, 110)], known=K(city="beijing", kids=[yo(8), yo(5), yo(1)]))
m("answer", "jinan, lixia district", [f("city", "jinan")], asked="city")
m("pregnancy numerals", "wife is 7 months pregnant, we have 2 girls already, hoping for a boy lol", [n(2), due(3, preg(7))], known=K(city="beijing"))
m("short_year birth_order", "laoda '15, laoer '19, sanbao '25", [bd(1, "2015"), bd(2, "2019"), bd(3, "2025")], known=K(city="jinan"))

T("2026-07-14")  # Tuesday: "last friday" = 2026-07-10, "monday last week" = 2026-07-06
m("age birth_order", "nainai here. the grandkids are 10, 8 and 3, all living in beijing", [bd(1, yo(10)), bd(2, yo(8)), bd(3, yo(3)), f("city", "beijing")])
m("age birth_order", "she was born 10 days ago and her brother turns 3 next month", [bd(1, almost(3)), bd(2, dago(10))], known=K(city="jinan"))
m("correction numerals", "typo, her bday is 2024/7/11 not 2024/7/1", [bd(1, "2024-07-11", "r")], known=K(city="jinan", kids=["2024-07-01"]))
m("answer housing_fund", "both of us yeah", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors", known=K(city="beijing", kids=[yo(2)]))
m("relative_date birth_order", "our second arrived monday last week", [bd(2, lastweek(0))], known=K(city="jinan", kids=["2022-02"]))
m("question", "how much is the yuer butie per year for under 3s", [])
m("age birth_order", "my baby is 6 weeks old and her sister is 3 and a half", [bd(1, yo(3)), bd(2, dago(42))], known=K(city="beijing"))
m("answer insurance", "thru her work, the employee one w maternity cover", [f("birth_insurance", "employee_maternity")], asked="birth_insurance", known=K(city="jinan", kids=[{"due_date": "2026-10"}]))
m("pregnancy numerals birth_order", "due date 2026-12-03, second child", [due(2, "2026-12-03")], known=K(city="jinan", kids=[yo(4)]))
m("chitchat", "my son told me to use this app, hope it works", [])
m("now_vs_birth per_birth_hardship", "we just got approved for dibao this month, when the kids were born we werent",
  [f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan", kids=["2019-09", "2023-03"]))
m("short_year", "born 2025.11", [bd(1, "2025-11")], known=K(city="beijing"))
m("correction hukou", "actually we DO have jinan hukou, got it last year", [f("hukou_in_city", True, "r")], known=K(city="jinan", hukou_in_city=False, kids=[yo(1)]))
m("age birth_order", "erbao is 18 months, dabao just turned 6", [bd(2, mo(18)), bd(1, just(6))], known=K(city="beijing"))

T("2026-09-30")  # Wednesday
m("multiples age numerals birth_order", "a pair of boys 2 and a half and their baby sis, 4 months. 3 kids total",
  [n(3), bd(1, yo(2)), bd(2, yo(2)), bd(3, mo(4))], known=K(city="jinan"))
m("age", "grandpa: my granddaughter is 3 yrs 2 months", [bd(1, age(3, 2))])
m("correction age birth_order", "typed wrong, laoer is 11 months not 1 year", [bd(2, mo(11), "r")], known=K(city="beijing", kids=[yo(5), yo(1)]))
m("relative_date", "baby born the day before yesterday in beijing", [bd(1, back(2)), f("city", "beijing")])
m("answer pregnancy", "zero so far haha, missus is 3 months pregnant tho", [n(0), due(1, preg(3))], asked="children", known=K(city="jinan"))
m("question", "what documents do i need for the application", [])
m("chitchat", "lol baby just threw up on my phone", [])
m("numerals", "dob twenty-ninth feb twenty twenty-four, leap baby", [bd(1, "2024-02-29")], known=K(city="beijing"))
m("negation_housing", "we own a small flat in jinan already, paid it off last yr", [f("owns_home_in_city", True)], known=K(city="jinan", kids=[yo(3)]))
m("correction relative_date", "sorry he was born in august not september", [bd(1, pastmonth(8), "r")], known=K(city="jinan", kids=["2026-09"]))
m("age birth_order", "the youngest turns 1 next month, the oldest is 6", [bd(1, yo(6)), bd(2, almost(1))], known=K(city="beijing"))
m("pregnancy birth_order", "due in march next year, our third", [due(3, "2027-03")], known=K(city="jinan", kids=["2019-05", "2023-01"]))
m("height birth_order", "the little one is under 1.3 for sure", [below(2, 130)], known=K(city="beijing", kids=[yo(8), yo(5)]))
m("answer negation_housing", "yes we bought in 2021", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city", known=K(city="jinan", kids=[yo(2)]))

T("2026-11-26")  # Thursday: "last friday" = 2026-11-20 either way
m("age numerals birth_order", "two: nine years and 7 mo, the little one 20 days old", [n(2), bd(1, age(9, 7)), bd(2, dago(20))], known=K(city="jinan"))
m("relative_date", "the baby was born last friday", [bd(1, lastweek(4))], known=K(city="jinan"))
m("correction age birth_order", "no the eldest is 13 not 12", [bd(1, yo(13), "r")], known=K(city="beijing", kids=[yo(12), yo(9)]))
m("short_year numerals", "date of birth nov 3rd 25 and she's our first", [bd(1, "2025-11-03")], known=K(city="jinan"))
m("answer age numerals birth_order", "four. ages 15, 12, 8 and almost 2", [n(4), bd(1, yo(15)), bd(2, yo(12)), bd(3, yo(8)), bd(4, almost(2))],
  asked="children", known=K(city="beijing"))
m("question", "is it true the 3000 is paid every year till 3", [])
m("chitchat", "ugh its snowing again", [])
m("now_vs_birth per_birth_hardship birth_order", "now on tekun, at laoer's birth too, but not at laoda's", [f("hardship_now", True), chb(2, True), chb(1, False)],
  known=K(city="jinan", kids=["2016-07", "2021-10"]))
m("relative_date age birth_order", "my 2nd was born the month before last, my 1st is 5 and a half", [bd(2, thismonth(-2)), bd(1, yo(5))], known=K(city="beijing"))
m("age birth_order", "yeye typing slow. granddaughter nearly 3, grandson 15 months", [bd(1, almost(3)), bd(2, mo(15))])
m("answer pregnancy birth_order", "early january", [due(2, nextmonth(1))], asked="due_date", known=K(city="jinan", kids=[yo(2), {"due_date": None}]))
m("pregnancy", "8 months pregnant with the first one", [due(1, preg(8))], known=K(city="beijing"))
m("correction numerals birth_order", "sorry meant 2025-03-15 for erbao not 2025-05-13", [bd(2, "2025-03-15", "r")], known=K(city="jinan", kids=["2021-06", "2025-05-13"]))
m("age duration", "she's two and a half, been at nursery 6 months", [bd(1, yo(2))], known=K(city="beijing"))
