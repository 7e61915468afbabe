# English, batch 38: several children's ages in one message ("three and a half", "turns 2 next month",
# "a 6-week-old", "100 days", "one year nine months", "2 and a bit"), written-out numbers and date forms
# ("twenty twenty-two", "2025/4/2", "2021.8", "dec 3rd 24", "a pair of kiddos"), relative dates ("the month before
# last", "the 14th of the month before last", "last <weekday>" only on Mon-Thu for a later weekday, "last march"/
# "last december" only in January), now vs at the birth, one-fact corrections of one child's age or date, birth order
# and kinship words (dabao/erbao, grandson no.3, my daughter's youngest, sunzi/sunnu, laoda), questions carrying
# one fact, answers to the bot's questions, chitchat and bare questions
T("2025-01-09")  # Thursday: "last friday" = 2025-01-03 either way
m("age numerals", "hi we got two little ones, the girl is three and a half and the boy turns 2 next month. jinan",
  [n(2), bd(1, yo(3)), bd(2, almost(2)), f("city", "jinan")])
m("relative_date birth_order", "erbao arrived last friday evening, dabao is over the moon", [bd(2, lastweek(4))], known=K(city="beijing", kids=["2021-04"]))
m("relative_date", "she was born last march, the 9th", [bd(1, pastmonth(3, 9))], known=K(city="jinan"))
m("answer age numerals", "got a pair of kiddos, seven and eighteen months old", [n(2), bd(1, yo(7)), bd(2, mo(18))], asked="children",
  known=K(city="beijing"))
m("correction age birth_order", "scratch that, big bro is 6 not 5", [bd(1, yo(6), "r")], known=K(city="jinan", kids=[yo(5), mo(10)]))
m("question", "when does the 600 start counting, from the birth month or from when we apply", [])
m("age birth_order", "my son's second is a 6-week-old girl, his first a boy of 4", [bd(2, dago(42)), bd(1, yo(4))], known=K(city="jinan"))
m("chitchat", "happy 2025!! baby slept 5 hrs straight last night, a miracle", [])
m("numerals short_year birth_order", "kid no.1 born 2021.8, kid no.2 dec 3rd 24", [bd(1, "2021-08"), bd(2, "2024-12-03")], known=K(city="beijing"))
m("now_vs_birth per_birth_hardship age", "we get dibao these days. at our sons birth we got nothing like that. hes 2",
  [f("hardship_now", True), chb(1, False), bd(1, yo(2))], known=K(city="jinan"))
m("age question", "the little fella turns 3 next month, do the payments stop right then?", [bd(1, almost(3))], known=K(city="jinan"))

T("2025-02-25")  # Tuesday: "last thursday" = 2025-02-20 either way
m("relative_date birth_order", "grandson number 3 popped out last thursday, 3.4 kilos", [bd(3, lastweek(3))],
  known=K(city="jinan", kids=["2018-07", "2021-11"]))
m("age numerals birth_order", "3 kids, eldest eleven, middle nine and a baby ten weeks", [n(3), bd(1, yo(11)), bd(2, yo(9)), bd(3, dago(70))],
  known=K(city="beijing"))
m("relative_date", "our girl came on the 14th of the month before last", [bd(1, thismonth(-2) + "-14")], known=K(city="jinan"))
m("answer pregnancy", "start of june, the hospital says", [due(1, nextmonth(6))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("correction age birth_order", "my bad, the baby is 7 weeks not 5", [bd(2, dago(49), "r")], known=K(city="beijing", kids=[yo(4), dago(35)]))
m("question per_birth_hardship", "what proof do they want that i was getting shiye jin at the time my daughter was born?", [chb(1, True)], known=K(city="jinan", kids=[yo(1)]))
m("numerals", "twenty twenty-two and twenty twenty-four, those r the years our two were born", [n(2), bd(1, "2022"), bd(2, "2024")],
  known=K(city="jinan"))
m("chitchat", "lol my mother in law thinks this bot is a real person", [])
m("age", "my daughter's kids: the boy is 5 and a half, the girl just 100 days", [bd(1, yo(5)), bd(2, dago(100))], known=K(city="beijing"))
m("answer hukou", "yeah, registered here in jinan, every one of us", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(2)]))
m("age birth_order", "the eldest grandkid is 10, the youngest 2 months, the middle one 6", [bd(1, yo(10)), bd(3, mo(2)), bd(2, yo(6))],
  known=K(city="jinan"))

T("2025-04-16")  # Wednesday: "last saturday" = 2025-04-12 either way (no earlier weekday used)
m("relative_date", "last saturday our son was born, first kid", [bd(1, lastweek(5))], known=K(city="beijing"))
m("age", "my grandkids r 4, 2 and a bit and 5 mnths", [bd(1, yo(4)), bd(2, yo(2)), bd(3, mo(5))], known=K(city="jinan"))
m("numerals birth_order", "number two came 2025/4/2, number one is 2022.10", [bd(2, "2025-04-02"), bd(1, "2022-10")], known=K(city="jinan"))
m("correction age birth_order", "no no, laoer is five, not four", [bd(2, yo(5), "r")], known=K(city="beijing", kids=[yo(8), yo(4), mo(9)]))
m("answer pregnancy", "zero so far, 4 months along with the first", [n(0), due(1, preg(4))], asked="children", known=K(city="jinan"))
m("question", "can nainai fill in the application or must it be mum or dad", [])
m("question relative_date birth_order", "say our third shows up next year, would jinan pay for that one too?", [due(3, year(1), "q")],
  known=K(city="jinan", kids=["2019-02", "2023-05"]))
m("answer height numerals", "just measured him, one metre oh five", [ht(1, 105)], asked="children.height_cm", known=K(city="jinan", kids=[yo(4)]))
m("chitchat", "grandma here, how do i make the letters bigger on this thing", [])
m("age birth_order negation_housing", "youngest just turned one, the older girl is 6, we rent here in beijing",
  [bd(2, just(1)), bd(1, yo(6)), f("renting", True)], known=K(city="beijing"))

T("2025-06-12")  # Thursday: "last friday" = 2025-06-06 either way
m("relative_date age birth_order numerals", "our daughter had her second last friday, her first is three and a half",
  [bd(2, lastweek(4)), bd(1, yo(3))], known=K(city="jinan"))
m("age numerals", "we have 3: two boys of 9 and 7 and a girl who's a year and 3 months", [n(3), bd(1, yo(9)), bd(2, yo(7)), bd(3, age(1, 3))],
  known=K(city="beijing"))
m("relative_date age", "born in may, 3 weeks old today", [bd(1, dago(21))], known=K(city="jinan"))
m("correction numerals birth_order", "actually erbao's birth month is 2023.9, i put 2023.6 by mistake", [bd(2, "2023-09", "r")],
  known=K(city="jinan", kids=["2020-01", "2023-06"]))
m("age question", "our baby is 8 months, is the childcare money paid to my card or my wife's", [bd(1, mo(8))], known=K(city="jinan"))
m("answer insurance", "through my job, the maternity insurance", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="beijing", kids=[{"due_date": "2025-10"}]))
m("age birth_order numerals", "only the two: eldest is 12, youngest a 6 week old", [n(2), bd(1, yo(12)), bd(2, dago(42))], known=K(city="jinan"))
m("chitchat", "so hot today the kids just wont nap", [])
m("relative_date birth_order", "yesterday at 4am!! second baby girl", [bd(2, back(1))], known=K(city="jinan", kids=[yo(3), {"due_date": "2025-06"}]))
m("question housing_fund", "how big is the housing fund loan for families with more kids", [])
m("age birth_order", "my son's second was born 9 days ago", [bd(2, dago(9))], known=K(city="jinan", kids=[yo(4)]))

T("2025-08-05")  # Tuesday: "last wednesday" = 2025-07-30 either way
m("relative_date age birth_order", "our third came last wednesday, her sisters are 8 and 5", [bd(3, lastweek(2)), bd(1, yo(8)), bd(2, yo(5))],
  known=K(city="beijing"))
m("relative_date", "baby arrived the month before last", [bd(1, thismonth(-2))], known=K(city="jinan"))
m("answer age numerals", "4. 13, 10, 6 and a newborn of 12 days", [n(4), bd(1, yo(13)), bd(2, yo(10)), bd(3, yo(6)), bd(4, dago(12))],
  asked="children", known=K(city="jinan"))
m("correction age numerals", "wrong age sorry, our boy is seventeen months, I typed 7", [bd(1, mo(17), "r")], known=K(city="jinan", kids=[mo(7)]))
m("housing_fund age numerals", "my husband and I both pay into the housing fund, kids are twenty months and four",
  [f("housing_fund_contributors", 2), bd(1, yo(4)), bd(2, mo(20))], known=K(city="beijing"))
m("question", "can we still collect it if the kid lives with the grandparents in the countryside", [])
m("numerals birth_order", "2019.11 dabao, 2025.7 erbao", [bd(1, "2019-11"), bd(2, "2025-07")], known=K(city="jinan"))
m("answer negation_housing", "nope, it's our own flat", [f("renting", False, "c"), f("owns_home_in_city", True)], asked="renting",
  known=K(city="jinan", kids=[yo(2)]))
m("age question birth_order", "my baby is 6 months, she gets 600 right? shes our 2nd", [bd(2, mo(6))], known=K(city="jinan", kids=["2020-02"]))
m("chitchat", "thank u, very helpful, my son will do the forms tonight", [])

T("2025-09-30")  # Tuesday: "last sunday" = 2025-09-28 either way
m("relative_date age birth_order", "my daughter in law gave birth last sunday, grandson no.2, the first is almost 4",
  [bd(2, lastweek(6)), bd(1, almost(4))], known=K(city="jinan"))
m("age numerals pregnancy", "we have 2, four and a half and ten months, and another due in march",
  [n(2), bd(1, yo(4)), bd(2, mo(10)), due(3, nextmonth(3))], known=K(city="beijing"))
m("correction numerals birth_order", "sorry, laoda's birthday is in sept 2018, I wrote 2019", [bd(1, "2018-09", "r")], known=K(city="jinan", kids=["2019", yo(3)]))
m("question insurance", "supposing i go onto flexible employment insurance before i deliver, would it cover the birth",
  [f("birth_insurance", "flexible_employment", "q")], known=K(city="jinan", kids=[{"due_date": "2026-01"}]))
m("numerals", "born september 9th twenty twenty-five, our only child", [bd(1, "2025-09-09"), n(1)], known=K(city="beijing"))
m("age numerals", "the three of mine: ten, seven, and nearly two", [n(3), bd(1, yo(10)), bd(2, yo(7)), bd(3, almost(2))], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "with the eldest we were on dibao, with the second we werent", [chb(1, True), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2017-03", "2023-08"]))
m("chitchat", "national day holiday tomorrow, the whole lot of us going to grandmas", [])
m("multiples age", "twins born 6 weeks ago, plus a 3 yo", [n(3), bd(1, yo(3)), bd(2, dago(42)), bd(3, dago(42))], known=K(city="beijing"))
m("question", "is the 600 taxed", [])
m("age birth_order numerals", "our eldest is six and a half, second four and the third just started walking", [bd(1, yo(6)), bd(2, yo(4))],
  known=K(city="beijing"))

T("2025-11-20")  # Thursday: "last friday" = 2025-11-14 either way
m("relative_date age birth_order", "my daughter had a baby girl last friday, her boy is six", [bd(2, lastweek(4)), bd(1, yo(6))], known=K(city="beijing"))
m("age numerals", "the kids are five and one year nine months", [bd(1, yo(5)), bd(2, age(1, 9))], known=K(city="jinan"))
m("correction numerals", "oops not 2022.3, she was born 2022.4", [bd(1, "2022-04", "r")], known=K(city="beijing", kids=["2022-03"]))
m("answer negation_housing", "yep, first one, hoping to sign before new year", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="jinan", kids=[yo(1)]))
m("age relative_date birth_order", "laolao here: the older grandson is nine, the younger was born oct 2nd", [bd(1, yo(9)), bd(2, pastmonth(10, 2))],
  known=K(city="jinan"))
m("question", "any extra money for twins in beijing", [])
m("pregnancy age birth_order", "wife's 8 months gone with number 3, big ones are 6 and 3", [due(3, preg(8)), bd(1, yo(6)), bd(2, yo(3))],
  known=K(city="jinan"))
m("age now_vs_birth per_birth_hardship", "baby is 3 mnths, we aint on dibao now but were when she was born",
  [bd(1, mo(3)), f("hardship_now", False), f("hardship_at_birth", True)], known=K(city="jinan"))
m("chitchat", "morning! anyone there", [])
m("height question", "my kid is under 1.2m, free on the bus?", [below(1, 120)], known=K(city="jinan", kids=[yo(5)]))

T("2026-01-06")  # Tuesday: "last thursday" = 2026-01-01 either way; "last december" = 2025-12 either way
m("relative_date birth_order", "our 2nd showed up last thursday, first baby of the year at that hospital", [bd(2, lastweek(3))], known=K(city="beijing", kids=["2022-06"]))
m("relative_date", "she arrived on the 18th of december, just before christmas", [bd(1, pastmonth(12, 18))], known=K(city="jinan"))
m("numerals", "twenty twenty, twenty twenty-three and twenty twenty-five, three kids", [n(3), bd(1, "2020"), bd(2, "2023"), bd(3, "2025")],
  known=K(city="jinan"))
m("correction age numerals birth_order", "I got it wrong, little one's age is fourteen months", [bd(2, mo(14), "r")],
  known=K(city="jinan", kids=[yo(6), mo(10)]))
m("answer age", "only one, a girl, 5 weeks", [n(1), bd(1, dago(35))], asked="children", known=K(city="beijing"))
m("question hukou", "we're jinan hukou, does the 3 yr limit count from the birthday", [f("city", "jinan"), f("hukou_in_city", True)])
m("age birth_order numerals", "dabao will be 7 next month, erbao is one and a half", [bd(1, almost(7)), bd(2, yo(1))], known=K(city="beijing"))
m("chitchat", "first snow!! the kids are out throwing snowballs at grandpa", [])
m("age pregnancy birth_order", "our 1st is 2 and the 2nd is due end of may", [bd(1, yo(2)), due(2, nextmonth(5))], known=K(city="jinan"))
m("answer housing_fund", "only my wife pays it", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[yo(3)]))
m("question now_vs_birth", "my husband's on unemployment now, does that add the extra 200?", [f("hardship_now", True)],
  known=K(city="jinan", kids=[mo(4)]))
m("multiples age", "twins, our first, they turn 2 next month", [n(2), bd(1, almost(2)), bd(2, almost(2))], known=K(city="jinan"))

T("2026-03-11")  # Wednesday: "last saturday" = 2026-03-07 either way (no earlier weekday used)
m("relative_date", "first grandchild arrived last saturday, 3.5 kg of cuteness", [bd(1, lastweek(5))], known=K(city="jinan"))
m("age birth_order numerals", "grandson no.2 is eight weeks, no.1 starts school in sept, he's 5 and a half", [bd(2, dago(56)), bd(1, yo(5))],
  known=K(city="beijing"))
m("correction relative_date birth_order", "my mistake, our second was born feb 25th, not the 26th", [bd(2, pastmonth(2, 25), "r")],
  known=K(city="jinan", kids=["2021-07", "2026-02-26"]))
m("multiples age numerals", "3 kids: twins aged 3 and a little one of 1", [n(3), bd(1, yo(3)), bd(2, yo(3)), bd(3, yo(1))], known=K(city="jinan"))
m("answer", "we're in beijing, haidian side", [f("city", "beijing")], asked="city")
m("question", "is the subsidy the same for a 2nd child and a 3rd child in jinan", [])
m("numerals relative_date birth_order", "2023.12 the first one, the second the day before yesterday", [bd(1, "2023-12"), bd(2, back(2))],
  known=K(city="beijing"))
m("per_birth_hardship now_vs_birth multiples", "back when the twins arrived we had dibao, that stopped last year. they're 2 now",
  [chb(1, True), chb(2, True), f("hardship_now", False)], known=K(city="jinan", kids=[yo(2), yo(2)]))
m("chitchat", "haha my son asked if the robot has kids too", [])
m("age", "he's 20 months and she's 4", [bd(1, yo(4)), bd(2, mo(20))], known=K(city="jinan"))

T("2026-05-28")  # Thursday: "last friday" = 2026-05-22 either way
m("relative_date age birth_order", "baby no.4 arrived last friday, the others r 11, 8 and 5",
  [bd(4, lastweek(4)), bd(1, yo(11)), bd(2, yo(8)), bd(3, yo(5))], known=K(city="jinan"))
m("age", "one is turning 5 next month, the baby is 9 weeks", [bd(1, almost(5)), bd(2, dago(63))], known=K(city="beijing"))
m("answer age numerals", "2 girls, aged eight and three and a half", [n(2), bd(1, yo(8)), bd(2, yo(3))], asked="children", known=K(city="jinan"))
m("correction age birth_order numerals", "ah no, our eldest is nine not ten", [bd(1, yo(9), "r")], known=K(city="jinan", kids=[yo(10), yo(6)]))
m("age question numerals", "grandpa asking, grandson is two and a half, is there any money for him", [bd(1, yo(2))], known=K(city="beijing"))
m("negation_housing housing_fund", "we rent and neither of us has gongjijin", [f("renting", True), f("housing_fund_contributors", 0)],
  known=K(city="jinan", kids=[yo(1)]))
m("age", "the girls are 18 months and 6", [bd(1, yo(6)), bd(2, mo(18))], known=K(city="jinan"))
m("chitchat", "okie dokie", [])
m("numerals birth_order", "born 2026.5.1 our third", [bd(3, "2026-05-01")], known=K(city="beijing", kids=["2019-02", "2022-09"]))
m("pregnancy age birth_order", "expecting baby no. 2 in november, the first is 1 and a half", [due(2, nextmonth(11)), bd(1, yo(1))],
  known=K(city="jinan"))
m("question", "what papers do we need, birth cert and the hukou book?", [])
m("age birth_order", "grandad here, eldest grandson 13, then a granddaughter 9, the baby of the family is 10 months",
  [bd(1, yo(13)), bd(2, yo(9)), bd(3, mo(10))], known=K(city="jinan"))

T("2026-07-14")  # Tuesday: "last wednesday" = 2026-07-08 either way
m("relative_date age birth_order", "grandson no.3 was born last wednesday, his brothers are 4 and 2", [bd(3, lastweek(2)), bd(1, yo(4)), bd(2, yo(2))],
  known=K(city="jinan"))
m("age numerals", "my son is 6 and my daughter is twenty-two months", [bd(1, yo(6)), bd(2, mo(22))], known=K(city="beijing"))
m("correction relative_date birth_order", "sorry, I meant the baby was born june 30th, not july 1st", [bd(2, pastmonth(6, 30), "r")],
  known=K(city="jinan", kids=[yo(3), "2026-07-01"]))
m("answer pregnancy", "the doc says 20 december", [due(2, nextmonth(12, 20))], asked="due_date", known=K(city="beijing", kids=[yo(2), {"due_date": None}]))
m("question", "can my mum claim the money if we both work abroad", [])
m("age hukou numerals", "one kid 5 yrs, hukou's back in henan, we live in jinan",
  [n(1), bd(1, yo(5)), f("hukou_in_city", False), f("city", "jinan")])
m("age", "three months old now, our first", [bd(1, mo(3))], known=K(city="beijing"))
m("chitchat", "the baby just rolled over for the 1st time!!", [])
m("height question birth_order", "laoda measures 1.25m, must we buy him a high speed rail ticket?", [ht(1, 125)], known=K(city="jinan", kids=[yo(6)]))
m("answer negation_housing", "no, renting still", [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city",
  known=K(city="beijing", kids=[mo(8)]))
m("age question birth_order", "2nd one is 4 months, does the 600 come every month or quarterly?", [bd(2, mo(4))], known=K(city="jinan", kids=["2021-03"]))

T("2026-09-23")  # Wednesday: "last friday" = 2026-09-18 either way
m("relative_date age birth_order", "little brother made his entrance last friday, his sister turns 4 next month", [bd(2, lastweek(4)), bd(1, almost(4))],
  known=K(city="jinan"))
m("age numerals", "three and a half, two, and five months. that's all three", [n(3), bd(1, yo(3)), bd(2, yo(2)), bd(3, mo(5))], known=K(city="beijing"))
m("correction numerals birth_order", "my eldest came in twenty sixteen, not twenty seventeen like i wrote", [bd(1, "2016", "r")],
  known=K(city="jinan", kids=["2017", yo(5)]))
m("age birth_order", "100 days today for my daughter's little one! her eldest just turned seven", [bd(2, dago(100)), bd(1, just(7))], known=K(city="jinan"))
m("answer height numerals", "a hundred and twelve cm", [ht(1, 112)], asked="children.height_cm", known=K(city="jinan", kids=[yo(5)]))
m("age question birth_order", "our 3rd is 7 months old, will the 600 be backdated?", [bd(3, mo(7))], known=K(city="jinan", kids=[yo(9), yo(4)]))
m("now_vs_birth per_birth_hardship", "i was getting jobless benefit at my son's birth, stopped in the summer", [chb(1, True), f("hardship_now", False)],
  known=K(city="beijing", kids=[yo(1)]))
m("chitchat", "mid autumn festival soon, happy holidays to u all", [])
m("age numerals housing_fund", "2 kids, 4 and a half and 11 weeks, we're both gongjijin payers",
  [n(2), bd(1, yo(4)), bd(2, dago(77)), f("housing_fund_contributors", 2)], known=K(city="beijing"))
m("question", "does the grandparents care insurance thing apply in jinan", [])
m("multiples numerals", "twin lads born 2024.3.8, that's the lot", [n(2), bd(1, "2024-03-08"), bd(2, "2024-03-08")], known=K(city="jinan"))

T("2026-11-26")  # Thursday: "last saturday" = 2026-11-21 either way
m("relative_date age birth_order", "granddaughter no.2 arrived last saturday, no.1 is 2 and a bit", [bd(2, lastweek(5)), bd(1, yo(2))],
  known=K(city="beijing"))
m("age numerals", "five kids lol: 14, 12, 9, 6 and a 3 week old", [n(5), bd(1, yo(14)), bd(2, yo(12)), bd(3, yo(9)), bd(4, yo(6)), bd(5, dago(21))],
  known=K(city="jinan"))
m("correction age birth_order", "correction, the eldest is just 5, not 5 and a half", [bd(1, just(5), "r")], known=K(city="jinan", kids=[yo(5), mo(11)]))
m("answer age pregnancy", "one born, almost 1, and another on the way for april", [n(1), bd(1, almost(1)), due(2, nextmonth(4))], asked="children",
  known=K(city="beijing"))
m("question", "whats the deadline to apply for this year", [])
m("age", "sunzi is 6 weeks, sunnu is 3", [bd(1, yo(3)), bd(2, dago(42))], known=K(city="jinan"))
m("numerals per_birth_hardship", "baby born 2026.10, we were on dibao at the birth", [bd(1, "2026-10"), f("hardship_at_birth", True)], known=K(city="jinan"))
m("chitchat", "u guys work on weekends?", [])
m("numerals hukou", "we have the one, born twenty twenty-one, beijing hukou", [n(1), bd(1, "2021"), f("hukou_in_city", True)], known=K(city="beijing"))
m("answer hukou", "nah, hukou's still in linyi", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(3)]))
