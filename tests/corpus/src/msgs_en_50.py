# English, batch 50: multiples beside single children in any order ("twins + a 5yo", "eldest 7 then twin boys",
# "little sis arrived, her twin brothers are 4"), colloquial ages ("3 and a half", "almost 2", "10 months",
# "just turned 1", "6 weeks old"), dotted and short years (2021.3, 23.5.1, 2022/6/1, '19), relative dates (last month,
# last october/november early in the year, the year before last, yesterday, "last <weekday>" only where both readings agree), kinship words
# (my grandson, my daughter's twins, our little one); answers to every question, corrections, housing/fund/hukou mixed in
T("2024-01-17")  # Wednesday: "last friday" = 2024-01-12 either way; "last october" = 2023-10
m("multiples age", "twins + a 5yo here, twins r 10 months. we live in jinan",
  [n(3), bd(1, yo(5)), bd(2, mo(10)), bd(3, mo(10)), f("city", "jinan")])
m("multiples age numerals birth_order", "our eldest is 7 then twin boys born 2022/6/1",
  [n(3), bd(1, yo(7)), bd(2, "2022-06-01"), bd(3, "2022-06-01")], known=K(city="beijing"))
m("age question", "my grandson just turned 1, can we get the 600 a month for him", [bd(1, just(1))],
  known=K(city="jinan"))
m("relative_date age birth_order", "born last month a little girl!! her big bro is 3 and a half",
  [bd(1, yo(3)), bd(2, thismonth(-1))], known=K(city="jinan"))
m("relative_date multiples", "last october we had twins, first babies for us",
  [n(2), bd(1, pastmonth(10)), bd(2, pastmonth(10))], known=K(city="beijing"))
m("answer age numerals", "two. 6 and almost 2", [n(2), bd(1, yo(6)), bd(2, almost(2))], asked="children",
  known=K(city="jinan"))
m("chitchat", "ok thx ill ask my wife tonight", [])
m("question", "is the extra 200 only for dibao families or also if we got unemployment money", [])
m("per_birth_hardship now_vs_birth multiples", "we were on dibao when the twins were born, now my husband has work again and we dont get it",
  [chb(1, True), chb(2, True), f("hardship_now", False)], known=K(city="jinan", kids=["2023-03", "2023-03"]))
m("correction numerals", "sorry the little one was born 2023.6 not may", [bd(2, "2023-06", "r")],
  known=K(city="jinan", kids=["2021-03", "2023-05"]))
m("answer negation_housing", "nope still renting, wanna buy our first place this yr with the fund",
  [f("owns_home_in_city", False, "c"), f("renting", True), f("buying_first_home", True)],
  asked="owns_home_in_city", known=K(city="beijing", kids=["2022-09"]))
m("multiples age housing_fund", "my daughters twins r 6 weeks old today!! her first babies. she and her husband both pay into gongjijin",
  [n(2), bd(1, dago(42)), bd(2, dago(42)), f("housing_fund_contributors", 2)])
m("relative_date birth_order now_vs_birth", "wife gave birth to our 2nd yesterday! fyi we get dibao",
  [bd(2, back(1)), f("hardship_now", True)], known=K(city="jinan", kids=["2021-05"]))

T("2024-04-09")  # Tuesday: "last friday" = 2024-04-05 either way
m("relative_date age birth_order", "our little one came last friday! big sister is 4",
  [bd(1, yo(4)), bd(2, lastweek(4))], known=K(city="beijing"))
m("multiples age numerals", "3 kids: eldest 9, then girl twins who just turned 5",
  [n(3), bd(1, yo(9)), bd(2, just(5)), bd(3, just(5))], known=K(city="jinan"))
m("answer pregnancy", "mid july i think", [due(2, nextmonth(7))], asked="due_date",
  known=K(city="jinan", kids=["2021-08", {"due_date": None}]))
m("answer hukou", "no, my hukou is still in hebei, wifes too", [f("hukou_in_city", False, "c")],
  asked="hukou_in_city", known=K(city="beijing", kids=["2023-01"]))
m("pregnancy age question numerals", "im 6 months pregnant, do we need to register somewhere for the subsidy? have one already, hes 2",
  [n(1), bd(1, yo(2)), due(2, preg(6))], known=K(city="jinan"))
m("relative_date birth_order", "our son was born the year before last and our daughter last month",
  [bd(1, year(-2)), bd(2, thismonth(-1))], known=K(city="beijing"))
m("chitchat", "haha she just rolled over for the first time", [])
m("answer height multiples", "the 5 yo is 1.12m, twins about 85cm", [ht(1, 112), ht(2, 85), ht(3, 85)],
  asked="children.height_cm", known=K(city="beijing", kids=["2018-10", "2022-05", "2022-05"]))
m("insurance", "i pay flexible employment insurance myself, no company", [f("birth_insurance", "flexible_employment")],
  known=K(city="jinan", kids=[{"due_date": "2024-09"}]))
m("question", "if we had a third next year would the 600 apply", [due(3, year(1), "q")],
  known=K(city="jinan", kids=["2019-02", "2022-11"]))
m("multiples age", "grandkids: twin girls almost 3, and a baby brother 7 weeks",
  [n(3), bd(1, almost(3)), bd(2, almost(3)), bd(3, dago(49))])
m("negation_housing", "we own our flat in jinan, bought it in 2020", [f("owns_home_in_city", True), f("city", "jinan")],
  known=K(kids=["2022-02"]))
m("short_year numerals insurance", "24.1.8 is when my grandson was born, my daughter has flexible employment insurance",
  [bd(1, "2024-01-08"), f("birth_insurance", "flexible_employment")], known=K(city="beijing"))

T("2024-07-25")  # Thursday: "last saturday" = 2024-07-20 either way
m("short_year numerals birth_order age", "born on 23.5.1, our 2nd. first one is 4 and a half",
  [bd(1, yo(4)), bd(2, "2023-05-01")], known=K(city="jinan"))
m("multiples age", "eldest lad 8, twin sisters just turned two",
  [n(3), bd(1, yo(8)), bd(2, just(2)), bd(3, just(2))], known=K(city="beijing"))
m("relative_date", "baby boy arrived yesterday 3.2kg!!!", [bd(1, back(1))],
  known=K(city="jinan", kids=[{"due_date": "2024-08"}]))
m("answer insurance", "thru my job, the employee one", [f("birth_insurance", "employee_maternity")],
  asked="birth_insurance", known=K(city="beijing", kids=[{"due_date": "2024-12"}]))
m("answer housing_fund", "just me, my wifes company doesnt pay it", [f("housing_fund_contributors", 1)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=["2021-01", "2023-09"]))
m("question", "how long is paternity leave here", [], known=K(city="jinan"))
m("correction multiples numerals", "wait i typed wrong, the twins were born 2021.8 not 2022",
  [bd(2, "2021-08", "r"), bd(3, "2021-08", "r")], known=K(city="beijing", kids=["2020-02", "2022-08", "2022-08"]))
m("per_birth_hardship now_vs_birth", "we got dibao when she was born and still get it",
  [f("hardship_at_birth", True), f("hardship_now", True)], known=K(city="jinan", kids=["2023-11"]))
m("height question", "my son is 1.35m so he pays on the subway now right?", [ht(1, 135)],
  known=K(city="beijing", kids=["2016-04"]))
m("short_year pregnancy multiples numerals", "our only kid so far was born in '19, now twins due in december",
  [n(1), bd(1, "2019"), due(2, nextmonth(12)), due(3, nextmonth(12))], known=K(city="jinan"))
m("chitchat", "thank u so much this is really helpful", [])
m("age hukou", "my daughter is 3 and a half, my son 10 months, we r on a beijing hukou",
  [bd(1, yo(3)), bd(2, mo(10)), f("city", "beijing"), f("hukou_in_city", True)])
m("relative_date", "my grandaughter was born last saturday, 6 pounds something",
  [bd(1, lastweek(5))], known=K(city="jinan"))

T("2024-10-02")  # Wednesday: "last thursday" = 2024-09-26 either way
m("multiples numerals", "twins came 2021.3 and then surprise, another boy in march lol",
  [n(3), bd(1, "2021-03"), bd(2, "2021-03"), bd(3, pastmonth(3))], known=K(city="jinan"))
m("answer negation_housing", "yeah we rent a 2 bedroom in chaoyang", [f("renting", True, "c")],
  asked="renting", known=K(city="beijing", kids=["2022-01"]))
m("answer negation_housing", "no, cant afford it right now", [f("buying_first_home", False, "c")],
  asked="buying_first_home", known=K(city="jinan", kids=[{"due_date": "2025-02"}]))
m("numerals per_birth_hardship", "my son was on unemployment benefit when my grandson was born on 2023/11/20",
  [bd(1, "2023-11-20"), chb(1, True)], known=K(city="jinan"))
m("pregnancy housing_fund", "im 3 months along, first pregnancy, we both pay gongjijin in beijing",
  [due(1, preg(3)), f("housing_fund_contributors", 2), f("city", "beijing")])
m("correction negation_housing", "correction: we dont rent anymore, bought a flat in lixia in august",
  [f("renting", False, "r"), f("owns_home_in_city", True)], known=K(city="jinan", renting=True, kids=["2020-05"]))
m("multiples age numerals", "twin girls and their big bro, ages 18 months and 6",
  [n(3), bd(1, yo(6)), bd(2, mo(18)), bd(3, mo(18))], known=K(city="jinan"))
m("question multiples", "do twins under 1.3 need tickets on the subway", [], known=K(city="beijing"))
m("relative_date birth_order", "my daughter gave birth to my granddaughter last thursday, their 2nd",
  [bd(2, lastweek(3))], known=K(city="jinan", kids=["2021-04"]))
m("negation_housing insurance", "we rent, no flat anywhere, both of us have employee maternity insurance thru work",
  [f("renting", True), f("owns_home_in_city", False), f("birth_insurance", "employee_maternity")],
  known=K(city="beijing", kids=["2023-05"]))
m("duration chitchat", "maternity leave ends in 3 weeks ugh", [])
m("age", "she is almost 2 and he is 4 months", [bd(1, almost(2)), bd(2, mo(4))])
m("duration housing_fund", "been paying gongjijin 5 yrs, me and my husband", [f("housing_fund_contributors", 2)],
  known=K(city="jinan", kids=["2023-07"]))

T("2025-01-21")  # Tuesday: "last november" = 2024-11
m("relative_date multiples", "last november my wife had triplets!! nothing before that",
  [n(3), bd(1, pastmonth(11)), bd(2, pastmonth(11)), bd(3, pastmonth(11))], known=K(city="jinan"))
m("multiples age now_vs_birth per_birth_hardship", "our eldest 5 and a half, then 2 yr old twins. we get dibao now but didnt when the twins were born",
  [n(3), bd(1, yo(5)), bd(2, yo(2)), bd(3, yo(2)), f("hardship_now", True), chb(2, False), chb(3, False)],
  known=K(city="jinan"))
m("answer", "jinan, shizhong district", [f("city", "jinan")], asked="city")
m("answer pregnancy", "none yet, expecting our first in june", [n(0), due(1, nextmonth(6))], asked="children")
m("age question birth_order", "grandson is 6 weeks, his sister 4. is the 600 for the 2nd kid?",
  [bd(1, yo(4)), bd(2, dago(42))], known=K(city="jinan"))
m("correction age", "ugh mistake, three kids not two. the newest is 9 days old",
  [n(3, "r"), bd(3, dago(9))], known=K(city="beijing", kids=["2019-05", "2022-10"]))
m("question hukou", "what if both of us had beijing hukou, would we get more", [f("hukou_in_city", True, "q")],
  known=K(city="beijing", hukou_in_city=False))
m("numerals insurance", "we had the baby on 2024/12/30, wifes on resident medical insurance",
  [bd(1, "2024-12-30"), f("birth_insurance", "resident_medical")], known=K(city="jinan", kids=[{"due_date": "2025-01"}]))
m("height multiples", "my 3 and a half yr old is 1m05 and the twins 78 cm", [ht(1, 105), ht(2, 78), ht(3, 78)],
  known=K(city="beijing", kids=["2021-07", "2024-02", "2024-02"]))
m("chitchat", "hello?? anyone there", [])
m("relative_date negation_housing housing_fund", "the year before last we bought our first flat in tongzhou, we both pay housing fund",
  [f("owns_home_in_city", True), f("housing_fund_contributors", 2)], known=K(city="beijing", kids=["2022-04"]))
m("age numerals", "3 kids, 7, 4 and the youngest 10 months", [n(3), bd(1, yo(7)), bd(2, yo(4)), bd(3, mo(10))],
  known=K(city="jinan"))
m("age birth_order", "our little one is almost 2 now", [bd(2, almost(2))], known=K(city="beijing", kids=["2019-03", "2023"]))

T("2025-05-13")  # Tuesday: "last friday" = 2025-05-09 either way
m("relative_date multiples birth_order", "twin boys born last friday, 2nd and 3rd for us",
  [bd(2, lastweek(4)), bd(3, lastweek(4))], known=K(city="jinan", kids=["2020-09"]))
m("answer", "no we werent", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2023-02", "2024-12"]))
m("answer per_birth_hardship birth_order", "when our 2nd was born we were on dibao", [chb(2, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2019-10", "2023-06"]))
m("pregnancy age birth_order", "4 months pregnant w our 2nd, first is 2 and a half", [bd(1, yo(2)), due(2, preg(4))],
  known=K(city="beijing"))
m("question", "does the 1.3m free ride thing also apply on buses", [])
m("age birth_order", "the baby just turned one, her big brother is 6", [bd(1, yo(6)), bd(2, just(1))],
  known=K(city="jinan"))
m("correction insurance", "i was wrong before, its flexible employment insurance not resident",
  [f("birth_insurance", "flexible_employment", "r")], known=K(city="jinan", kids=["2024-04"], birth_insurance="resident_medical"))
m("hukou negation_housing age numerals", "we're jinan hukou, renting in huaiyin, 2 kids 5 and 1",
  [f("city", "jinan"), f("hukou_in_city", True), f("renting", True), n(2), bd(1, yo(5)), bd(2, yo(1))])
m("chitchat", "lol my mum keeps nagging us for another one", [])
m("multiples age now_vs_birth per_birth_hardship", "my daughters twins r almost 2, her only kids. shes on dibao now but wasnt when the twins were born",
  [n(2), bd(1, almost(2)), bd(2, almost(2)), f("hardship_now", True), chb(1, False), chb(2, False)], known=K(city="jinan"))
m("negation_housing housing_fund", "buying our 1st home this yr, using fund loan, me wife and my dad all pay in",
  [f("buying_first_home", True), f("housing_fund_contributors", 3)], known=K(city="beijing", kids=["2022-12"]))
m("age birth_order", "eldest 7, middle 4 and the baby is 3 months", [bd(1, yo(7)), bd(2, yo(4)), bd(3, mo(3))],
  known=K(city="beijing"))

T("2025-08-28")  # Thursday: "last friday" = 2025-08-22 either way
m("numerals", "born 2023.5 and 2025.2, two girls", [n(2), bd(1, "2023-05"), bd(2, "2025-02")], known=K(city="jinan"))
m("multiples relative_date age", "twins came last friday!! big sister (3) is not impressed",
  [n(3), bd(1, yo(3)), bd(2, lastweek(4)), bd(3, lastweek(4))], known=K(city="beijing"))
m("answer height", "she's 1.28m", [ht(1, 128)], asked="children.height_cm", known=K(city="beijing", kids=["2018-03"]))
m("answer negation_housing", "yes we have one flat in jinan, mortgage thru gongjijin", [f("owns_home_in_city", True, "c")],
  asked="owns_home_in_city", known=K(city="jinan", kids=["2020-01", "2024-03"]))
m("question pregnancy", "what if the baby comes in jan next year instead of dec", [due(2, "2026-01", "q")],
  known=K(city="jinan", kids=["2022-01", {"due_date": "2025-12"}]))
m("age per_birth_hardship birth_order", "we were on unemployment benefit when our 3rd was born 2 weeks ago",
  [bd(3, dago(14)), chb(3, True)], known=K(city="jinan", kids=["2017-06", "2021-03"]))
m("age pregnancy", "son 3 and a half, daughter 10 months, and im pregnant again, about 2 months",
  [bd(1, yo(3)), bd(2, mo(10)), due(3, preg(2))], known=K(city="beijing"))
m("chitchat", "my husband says the app is too slow haha", [])
m("correction multiples", "no no they were born in november 2022, i put the wrong year",
  [bd(1, "2022-11", "r"), bd(2, "2022-11", "r")], known=K(city="beijing", kids=["2021-11", "2021-11"]))
m("insurance", "neither of us has any insurance rn, i quit my job in march", [f("birth_insurance", "none")],
  known=K(city="jinan", kids=[{"due_date": "2025-11"}]))
m("age birth_order", "grandson 1 yr and 2 months, granddaughter almost 4", [bd(1, almost(4)), bd(2, age(1, 2))],
  known=K(city="jinan"))
m("question", "where do we apply for a nursery place", [])

T("2025-12-03")  # Wednesday: "this month" = 2025-12, "last month" = 2025-11
m("relative_date birth_order", "our second was born this month, a girl", [bd(2, thismonth(0))],
  known=K(city="jinan", kids=["2022-07"]))
m("multiples relative_date age", "twins born last month, plus a 4 yr old",
  [n(3), bd(1, yo(4)), bd(2, thismonth(-1)), bd(3, thismonth(-1))])
m("answer multiples age numerals", "3. twins of 8 and a baby who's 6 wks",
  [n(3), bd(1, yo(8)), bd(2, yo(8)), bd(3, dago(42))], asked="children", known=K(city="beijing"))
m("correction per_birth_hardship now_vs_birth", "sorry i got it wrong, we weren't on dibao at the birth, we only started getting it in october and still do",
  [f("hardship_at_birth", False, "r"), f("hardship_now", True)], known=K(city="jinan", kids=["2024-08"], hardship_at_birth=True))
m("pregnancy negation_housing", "my wife is 7 months pregnant with our first, we rent in haidian",
  [due(1, preg(7)), f("renting", True)], known=K(city="beijing"))
m("height question multiples", "the twins are nowhere near 1.3m, does the big one (1.36m) need a ticket",
  [below(2, 130), below(3, 130), ht(1, 136)], known=K(city="beijing", kids=["2016-05", "2023-06", "2023-06"]))
m("chitchat", "my grandson is so cute omg", [])
m("now_vs_birth per_birth_hardship relative_date", "hubby's on unemployment benefit now, when the baby came last year he was still working and we got nothing",
  [f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan", kids=["2024-09"]))
m("answer pregnancy multiples", "end of april, twins", [due(2, nextmonth(4)), due(3, nextmonth(4))], asked="due_date",
  known=K(city="jinan", kids=["2023-01", {"due_date": None}]))
m("age", "we moved to beijing last month, kids are 5 and 2",
  [f("city", "beijing"), bd(1, yo(5)), bd(2, yo(2))], known=K(city="jinan"))
m("numerals", "we have a boy born 2020/2/29 and a girl born 2022.10", [bd(1, "2020-02-29"), bd(2, "2022-10")],
  known=K(city="beijing"))
m("question birth_order", "my 2nd was born 2022, too early for the 600 right?", [bd(2, "2022")],
  known=K(city="jinan", kids=["2019-04"]))

T("2026-02-10")  # Tuesday: "last friday" = 2026-02-06 either way; "last november" = 2025-11
m("relative_date multiples", "granddaughters (twins!) arrived last november, first grandkids for us and my daughters first kids",
  [n(2), bd(1, pastmonth(11)), bd(2, pastmonth(11))], known=K(city="jinan"))
m("relative_date pregnancy", "the year before last our son, this one is due in may",
  [bd(1, year(-2)), due(2, nextmonth(5))], known=K(city="beijing"))
m("answer hukou", "yep all of us jinan hukou", [f("hukou_in_city", True, "c")], asked="hukou_in_city",
  known=K(city="jinan", kids=["2021-05", "2025-01"]))
m("multiples age pregnancy", "eldest 10, the twins 3 and a half, and we're expecting again in july",
  [n(3), bd(1, yo(10)), bd(2, yo(3)), bd(3, yo(3)), due(4, nextmonth(7))], known=K(city="jinan"))
m("relative_date duration", "the baby came last friday, 2 weeks early", [bd(2, lastweek(4))],
  known=K(city="beijing", kids=["2020-03", {"due_date": "2026-02"}]))
m("correction housing_fund", "actually my wife pays gongjijin too so its 2", [f("housing_fund_contributors", 2, "r")],
  known=K(city="beijing", housing_fund_contributors=1, kids=["2023-04"]))
m("now_vs_birth per_birth_hardship", "im on dibao since last year, didnt have it when my grandson was born in 2022",
  [f("hardship_now", True), chb(1, False), bd(1, "2022")])
m("question", "is maternity leave 158 days or more", [], known=K(city="jinan"))
m("chitchat", "ok got it 👍", [])
m("answer age", "just the one, 10 months old", [n(1), bd(1, mo(10))], asked="children", known=K(city="beijing"))
m("multiples age", "twins r 18 mo and their brother turns 4 next month",
  [n(3), bd(1, almost(4)), bd(2, mo(18)), bd(3, mo(18))], known=K(city="jinan"))
m("negation_housing", "we're looking to buy our first flat, renting atm, no property of our own",
  [f("buying_first_home", True), f("renting", True), f("owns_home_in_city", False)], known=K(city="jinan", kids=["2024-11"]))
m("answer negation_housing", "yes hopefully this year", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="beijing", kids=["2023-08", "2025-10"]))

T("2026-06-18")  # Thursday: "last saturday" = 2026-06-13 either way
m("multiples numerals age", "little sis arrived 2026/6/14!! her twin brothers r 4",
  [n(3), bd(1, yo(4)), bd(2, yo(4)), bd(3, "2026-06-14")], known=K(city="beijing"))
m("answer insurance", "resident medical, im not working", [f("birth_insurance", "resident_medical")],
  asked="birth_insurance", known=K(city="jinan", kids=["2024-02", {"due_date": "2026-09"}]))
m("pregnancy multiples", "3 months pregnant w twins, no kids yet", [n(0), due(1, preg(3)), due(2, preg(3))],
  known=K(city="beijing"))
m("age negation_housing", "grandson is 3 and a half, granddaughter 9 months, they live with us, none of us own a home in beijing",
  [bd(1, yo(3)), bd(2, mo(9)), f("owns_home_in_city", False)], known=K(city="beijing"))
m("relative_date question birth_order", "last saturday my 3rd was born. do i get 600 for both the 2nd and 3rd",
  [bd(3, lastweek(5))], known=K(city="jinan", kids=["2018-09", "2023-03"]))
m("answer negation_housing", "no we live in my parents flat", [f("renting", False, "c")], asked="renting",
  known=K(city="jinan", kids=["2025-05"]))
m("chitchat", "sorry my english not so good", [])
m("multiples age short_year", "my eldest is 12, we had twins in '19 and just had another one 3 weeks ago, so 4 in total",
  [n(4), bd(1, yo(12)), bd(2, "2019"), bd(3, "2019"), bd(4, dago(21))], known=K(city="jinan"))
m("correction numerals", "correction the 2nd is 2025.9 not june", [bd(2, "2025-09", "r")],
  known=K(city="jinan", kids=["2022-03", "2025-06"]))
m("question", "can grandparents take the parental leave days instead of us", [])
m("per_birth_hardship birth_order", "we were on tekun support when our 1st and 2nd were born, not for the 3rd",
  [chb(1, True), chb(2, True), chb(3, False)], known=K(city="jinan", kids=["2015-02", "2018-08", "2024-01"]))
m("height", "our little one is 1.02m already", [ht(1, 102)], known=K(city="beijing", kids=["2023-04"]))

T("2026-09-07")  # Monday: "last friday" = 2026-09-04 either way
m("relative_date numerals birth_order", "yesterday our 2nd was born, the eldest is from 2023/3/8",
  [bd(1, "2023-03-08"), bd(2, back(1))], known=K(city="beijing"))
m("answer housing_fund", "none, neither of us pays it", [f("housing_fund_contributors", 0)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=["2025-12"]))
m("multiples age", "twins will be 1 next month, their brother just turned 5",
  [n(3), bd(1, just(5)), bd(2, almost(1)), bd(3, almost(1))])
m("multiples age", "grandma here, i look after my daughters kids: boy 6, twin girls 2 and a half",
  [n(3), bd(1, yo(6)), bd(2, yo(2)), bd(3, yo(2))], known=K(city="jinan"))
m("answer hukou", "beijing, but hukou's in shandong", [f("city", "beijing"), f("hukou_in_city", False)], asked="city")
m("question", "what if we move to jinan, would the kids get the 600", [f("city", "jinan", "q")],
  known=K(city="beijing", kids=["2022-05", "2024-08"]))
m("pregnancy multiples age", "my daughter in law is 5 months pregnant w twins, grandson is 3",
  [bd(1, yo(3)), due(2, preg(5)), due(3, preg(5))], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth multiples", "we got the jobless benefit when the twins came, not on it anymore",
  [chb(2, True), chb(3, True), f("hardship_now", False)], known=K(city="jinan", kids=["2021-09", "2024-04", "2024-04"]))
m("chitchat", "school starts today, finally some quiet lol", [])
m("height question", "kid is 1.18m, does he still ride free", [ht(1, 118)], known=K(city="beijing", kids=["2020-07"]))
m("correction pregnancy", "sorry due date is actually start of november not december", [due(1, nextmonth(11), "r")],
  known=K(city="jinan", kids=[{"due_date": "2026-12"}]))
m("multiples numerals hukou", "our first is 2020.11 and then twin girls 2024.8, all jinan hukou",
  [n(3), bd(1, "2020-11"), bd(2, "2024-08"), bd(3, "2024-08"), f("city", "jinan"), f("hukou_in_city", True)])
m("relative_date", "she was born last friday at 6am", [bd(1, lastweek(4))], known=K(city="beijing"))

T("2026-11-19")  # Thursday: "last thursday" = 2026-11-12 either way
m("age", "my grandson just turned 2, granddaughter 5 months", [bd(1, just(2)), bd(2, mo(5))], known=K(city="jinan"))
m("multiples relative_date age duration", "baby came last month, 5 wks early. twins at home are 3",
  [n(3), bd(1, yo(3)), bd(2, yo(3)), bd(3, thismonth(-1))], known=K(city="beijing"))
m("answer multiples age numerals", "we have 4: 11, 8 and twins of almost 1",
  [n(4), bd(1, yo(11)), bd(2, yo(8)), bd(3, almost(1)), bd(4, almost(1))], asked="children", known=K(city="jinan"))
m("answer pregnancy", "its the 3rd of march", [due(2, nextmonth(3, 3))], asked="due_date",
  known=K(city="beijing", kids=["2024-06", {"due_date": None}]))
m("correction hukou", "sorry i meant we DO have jinan hukou, moved it last year", [f("hukou_in_city", True, "r")],
  known=K(city="jinan", kids=["2025-02", "2025-02"], hukou_in_city=False))
m("duration chitchat", "we only paid gongjijin for 6 months", [])
m("question", "say we had another baby in 2027, would the fund loan limit go up", [due(3, "2027", "q")],
  known=K(city="jinan", kids=["2020-12", "2024-05"]))
m("age now_vs_birth", "my son is 3 and a half, my daughter is 6 months, i lost my job in the summer and now get unemployment money",
  [bd(1, yo(3)), bd(2, mo(6)), f("hardship_now", True)], known=K(city="jinan"))
m("multiples age height", "the twins just turned 3, their sis is 10 months, and theyre all under 1.3m lol",
  [n(3), bd(1, just(3)), bd(2, just(3)), bd(3, mo(10)), below(1, 130), below(2, 130), below(3, 130)])
m("chitchat", "ur the best bot ever", [])
m("relative_date birth_order", "our 3rd arrived last thursday, so 3 kids now", [n(3), bd(3, lastweek(3))],
  known=K(city="jinan", kids=["2019-07", "2022-02"]))
