# English, batch 48: multiples (twins, triplets, "two born together", "2 sets of twins") beside older or younger
# single children in any order of telling, twins/triplets on the way; short and dotted years ('19, 2021.3, 23.5.1,
# 2020/6/1); relative dates (last month, last october early in the year, the year before last, yesterday, N weeks
# ago, last friday on Mon-Thu todays); corrections ("sorry i meant", "actually", "wait no"); answers to every bot
# question, plain questions, chitchat, housing/fund/insurance/hukou beside children, hardship now vs at the birth
T("2024-01-17")  # Wednesday: "last friday" = 2024-01-12 either way; "last march/october" = 2023
m("multiples relative_date age", "twins arrived last friday!! big bro is 4 so thats 3 under 5 now haha",
  [n(3), bd(1, yo(4)), bd(2, lastweek(4)), bd(3, lastweek(4))], known=K(city="jinan"))
m("multiples short_year relative_date", "eldest born '19, then two girls together last march",
  [n(3), bd(1, "2019"), bd(2, "2023-03"), bd(3, "2023-03")], known=K(city="jinan"))
m("numerals short_year", "we're in beijing, 2 kids, 2021.3 and 22.11.5",
  [f("city", "beijing"), n(2), bd(1, "2021-03"), bd(2, "2022-11-05")])
m("correction short_year", "wait no the little one was 22.11.15 not the 5th, typo",
  [bd(2, "2022-11-15", "r")], known=K(city="beijing", kids=["2021-03", "2022-11-05"]))
m("answer pregnancy multiples", "the doc says mid june, its twins btw",
  [due(2, nextmonth(6)), due(3, nextmonth(6))], asked="due_date",
  known=K(city="jinan", kids=["2020-08", {"due_date": None}]))
m("answer hukou multiples", "both of us r jinan hukou, the twins too", [f("hukou_in_city", True)],
  asked="hukou_in_city", known=K(city="jinan", kids=["2022-09", "2022-09"]))
m("multiples age negation_housing", "my daughter had her twins 3 weeks ago, her first is 6. they live in jinan, renting a small place",
  [n(3), bd(1, yo(6)), bd(2, dago(21)), bd(3, dago(21)), f("city", "jinan"), f("renting", True)])
m("question multiples", "is the 600 per kid or per family if its triplets", [], known=K(city="jinan"))
m("answer age pregnancy", "one girl 5 and a half, and im pregnant again, 6 months",
  [n(1), bd(1, yo(5)), due(2, preg(6))], asked="children", known=K(city="beijing"))
m("correction age", "actually our boy is 2 not 3, sorry", [bd(1, yo(2), "r")], known=K(city="jinan", kids=[yo(3)]))
m("relative_date birth_order age housing_fund", "born last october, our 2nd. first one is almost 4. we both pay gongjijin",
  [bd(2, pastmonth(10)), bd(1, almost(4)), f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship birth_order", "lost my job in dec so now on unemployment money, but we didnt get any benefits when our son was born",
  [f("hardship_now", True), chb(1, False)], known=K(city="jinan", kids=["2022-05"]))
m("answer pregnancy multiples", "none yet, expecting twins tho", [n(0), due(1, None), due(2, None)],
  asked="children", known=K(city="jinan"))

T("2024-02-06")  # Tuesday: "last friday" = 2024-02-02 either way; "last march/october" = 2023
m("relative_date age hukou", "my girl was born last march and my boy is 3 and a half. hukou is jinan for the whole family",
  [bd(2, "2023-03"), bd(1, yo(3)), f("hukou_in_city", True), f("city", "jinan")])
m("correction relative_date", "sorry i meant the little one came last october, not march",
  [bd(2, pastmonth(10), "r")], known=K(city="jinan", hukou_in_city=True, kids=[yo(3), "2023-03"]))
m("answer height", "just measured, 1m12", [ht(1, 112)], asked="children.height_cm",
  known=K(city="beijing", kids=["2019-04"]))
m("chitchat", "almost spring festival, kids r sooo excited", [])

T("2024-05-22")  # Wednesday: "friday last week" = 2024-05-17; "last october" = 2023-10
m("multiples relative_date", "triplets!! born friday last week, 3 boys, no other kids",
  [n(3), bd(1, lastweek(4)), bd(2, lastweek(4)), bd(3, lastweek(4))], known=K(city="jinan"))
m("multiples relative_date", "the year before last we had twins and now a girl was born yesterday",
  [n(3), bd(1, year(-2)), bd(2, year(-2)), bd(3, back(1))], known=K(city="beijing"))
m("answer negation_housing", "yes, rent in chaoyang, dont own anything in bj",
  [f("renting", True, "c"), f("owns_home_in_city", False)], asked="renting", known=K(city="beijing", kids=["2021-07"]))
m("answer negation_housing", "not yet, hoping to buy our first with the fund loan",
  [f("owns_home_in_city", False, "c"), f("buying_first_home", True)], asked="owns_home_in_city",
  known=K(city="jinan", kids=["2020-01", "2023-04"]))
m("correction", "sorry i meant jinan, not beijing. we moved back last year", [f("city", "jinan", "r")],
  known=K(city="beijing", kids=["2019-09"]))
m("multiples numerals short_year", "4 kids: 2016, 2019.8 and twins on 23.2.14",
  [n(4), bd(1, "2016"), bd(2, "2019-08"), bd(3, "2023-02-14"), bd(4, "2023-02-14")], known=K(city="jinan"))
m("pregnancy multiples", "3 months pregnant with twins, our first", [due(1, preg(3)), due(2, preg(3))], known=K(city="beijing"))
m("question multiples", "r twins both free on the bus or only one of them?", [], known=K(city="beijing"))
m("chitchat", "ok thanks, thats really helpful 🙏", [])
m("answer per_birth_hardship", "nope, never had dibao or anything like that", [f("hardship_at_birth", False, "c")],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2021-11", "2024-02"]))
m("housing_fund insurance", "my husband pays housing fund, i dont, im on the flexible employment insurance",
  [f("housing_fund_contributors", 1), f("birth_insurance", "flexible_employment")], known=K(city="jinan"))
m("multiples relative_date hukou question", "jinan hukou here, the twins are our only kids, born last october. do they get the 600?",
  [f("city", "jinan"), f("hukou_in_city", True), n(2), bd(1, pastmonth(10)), bd(2, pastmonth(10))])
m("correction relative_date", "wait no its 3 kids not 2, forgot to say the baby from last month",
  [n(3, "r"), bd(3, thismonth(-1))], known=K(city="jinan", kids=["2019-04", "2021-09"]))
m("answer height multiples", "both around 1m15", [ht(1, 115), ht(2, 115)], asked="children.height_cm",
  known=K(city="beijing", kids=["2018-06", "2018-06"]))
m("multiples numerals", "both girls born 2020/6/1, childrens day haha. no other kids",
  [n(2), bd(1, "2020-06-01"), bd(2, "2020-06-01")], known=K(city="beijing"))

T("2024-09-12")  # Thursday: "last saturday" = 2024-09-07 either way; "last october" = 2023-10
m("multiples relative_date age", "my 2 yr old has twin brothers now, born last saturday. 3 kids under 3 send help",
  [n(3), bd(1, yo(2)), bd(2, lastweek(5)), bd(3, lastweek(5))], known=K(city="jinan"))
m("birth_order per_birth_hardship age relative_date", "when our 3rd was born we were on dibao, that was 10 days ago lol",
  [chb(3, True), bd(3, dago(10))], known=K(city="jinan", kids=["2017-03", "2020-06"]))
m("multiples age housing_fund negation_housing", "twins r 5 weeks old, the older girl is 7. both me and wife pay into gongjijin. we r renting",
  [n(3), bd(1, yo(7)), bd(2, dago(35)), bd(3, dago(35)), f("housing_fund_contributors", 2), f("renting", True)],
  known=K(city="jinan"))
m("multiples numerals relative_date", "we had triplets in 2021.3, and a singleton boy last month",
  [n(4), bd(1, "2021-03"), bd(2, "2021-03"), bd(3, "2021-03"), bd(4, thismonth(-1))], known=K(city="beijing"))
m("answer", "bj. chaoyang district", [f("city", "beijing")], asked="city")
m("answer negation_housing", "yeah we r, want to use the provident fund loan", [f("buying_first_home", True, "c")],
  asked="buying_first_home", known=K(city="jinan", kids=["2022-12", "2024-03"]))
m("correction short_year birth_order", "sorry i meant the eldest is '17 not '16", [bd(1, "2017", "r")],
  known=K(city="jinan", kids=["2016", "2020-02"]))
m("question multiples", "what if we have twins next year, would both get 600 a month",
  [due(2, year(1), "q"), due(3, year(1), "q")], known=K(city="jinan", kids=["2022-10"]))
m("duration chitchat", "paternity leave is over tomorrow, 15 days went by so fast", [])
m("answer insurance", "resident medical, i dont have a job", [f("birth_insurance", "resident_medical")],
  asked="birth_insurance", known=K(city="jinan", kids=["2024-06"]))
m("height multiples", "my son is 1.25m and his twin sisters are like 90cm",
  [ht(1, 125), ht(2, 90), ht(3, 90)], known=K(city="beijing", kids=["2017-05", "2021-02", "2021-02"]))
m("multiples short_year", "4 in total: '15, '18 and twins '21",
  [n(4), bd(1, "2015"), bd(2, "2018"), bd(3, "2021"), bd(4, "2021")], known=K(city="jinan"))
m("relative_date birth_order hukou age", "2 weeks ago my wife had our 3rd, we are in beijing and have the hukou",
  [bd(3, dago(14)), f("city", "beijing"), f("hukou_in_city", True)], known=K(kids=["2016-10", "2019-12"]))

T("2024-12-03")  # Tuesday; "in october" = 2024-10
m("multiples age hukou", "the twins just turned 1 and big sis is almost 6. beijing hukou all of us",
  [n(3), bd(2, just(1)), bd(3, just(1)), bd(1, almost(6)), f("hukou_in_city", True), f("city", "beijing")])
m("relative_date birth_order age", "our 2nd came yesterday!! 3.4kg. first is 3 and a half",
  [bd(2, back(1)), bd(1, yo(3))], known=K(city="jinan"))
m("correction relative_date", "wait no the youngest came the day before yesterday, not yesterday lol no sleep",
  [bd(2, back(2), "r")], known=K(city="jinan", kids=[yo(3), back(1)]))
m("answer multiples age", "three. twins who r 4 and a baby boy of 7 weeks",
  [n(3), bd(1, yo(4)), bd(2, yo(4)), bd(3, dago(49))], asked="children", known=K(city="beijing"))
m("answer housing_fund", "only me, hubby's company doesnt pay it", [f("housing_fund_contributors", 1)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=["2023-08", "2024-09"]))
m("per_birth_hardship now_vs_birth multiples", "we had unemployment benefit when the twins were born in 2022, not getting it anymore tho",
  [chb(2, True), chb(3, True), f("hardship_now", False)], known=K(city="jinan", kids=["2019-01", "2022-06", "2022-06"]))
m("pregnancy age", "i'm due next month with our 3rd, the other 2 r 6 and 4",
  [due(3, thismonth(1)), n(2), bd(1, yo(6)), bd(2, yo(4))], known=K(city="jinan"))
m("answer negation_housing", "no, we live in my in-laws' flat", [f("renting", False, "c")], asked="renting",
  known=K(city="beijing", kids=["2023-01"]))
m("multiples age", "twin boys born in october, and we also have a daughter who is 2",
  [n(3), bd(1, yo(2)), bd(2, pastmonth(10)), bd(3, pastmonth(10))], known=K(city="jinan"))
m("correction now_vs_birth", "actually no, we're not on dibao, i clicked the wrong thing", [f("hardship_now", False, "r")],
  known=K(city="jinan", hardship_now=True, kids=["2023-05"]))
m("question hukou", "our hukou is still in hebei, can we still get the 600?", [f("hukou_in_city", False)],
  known=K(city="jinan", kids=["2021-04", "2024-02"]))
m("answer pregnancy", "somewhere in late may, one baby this time", [due(3, nextmonth(5))], asked="due_date",
  known=K(city="beijing", kids=["2021-02", "2021-02", {"due_date": None}]))

T("2025-02-20")  # Thursday: "last saturday" = 2025-02-15 either way; "last march/october" = 2024
m("multiples relative_date age birth_order", "twins born last march, and my eldest just turned 5",
  [n(3), bd(1, just(5)), bd(2, "2024-03"), bd(3, "2024-03")], known=K(city="jinan"))
m("multiples short_year negation_housing", "2 born together on 24.10.8, those r our only kids. beijing, renting",
  [n(2), bd(1, "2024-10-08"), bd(2, "2024-10-08"), f("city", "beijing"), f("renting", True)])
m("correction multiples short_year", "sorry i meant 24.10.9, they came just after midnight",
  [bd(1, "2024-10-09", "r"), bd(2, "2024-10-09", "r")], known=K(city="beijing", renting=True, kids=["2024-10-08", "2024-10-08"]))
m("answer pregnancy", "end of april i think", [due(2, nextmonth(4))], asked="due_date",
  known=K(city="jinan", kids=["2021-06", {"due_date": None}]))
m("answer hukou", "no, still registered in henan", [f("hukou_in_city", False, "c")], asked="hukou_in_city",
  known=K(city="jinan", kids=["2024-04"]))
m("relative_date insurance", "baby was born last saturday, my wife is on employee maternity insurance from her company",
  [bd(1, lastweek(5)), f("birth_insurance", "employee_maternity")], known=K(city="jinan"))
m("per_birth_hardship multiples short_year birth_order", "we got dibao back when the first one was born but not for the twins in '23",
  [chb(1, True), chb(2, False), chb(3, False)], known=K(city="jinan", kids=["2018-07", "2023-05", "2023-05"]))
m("age pregnancy multiples", "we have 2 kids, 7 and 5, and twins due in august!!",
  [n(2), bd(1, yo(7)), bd(2, yo(5)), due(3, nextmonth(8)), due(4, nextmonth(8))], known=K(city="beijing"))
m("question", "how long is maternity leave here, 158 days?", [], known=K(city="jinan"))
m("chitchat", "hahaha ok you're funnier than the hotline", [])
m("multiples age", "grandma here. my grandsons are twins, 3 and a half, and their little sister is 10 months",
  [n(3), bd(1, yo(3)), bd(2, yo(3)), bd(3, mo(10))], known=K(city="jinan"))
m("negation_housing relative_date", "the year before last we bought our first flat here, so we own now",
  [f("owns_home_in_city", True)], known=K(city="jinan", kids=["2022-03"]))
m("correction negation_housing", "sorry i meant we own, we dont rent. ticked the wrong one",
  [f("renting", False, "r"), f("owns_home_in_city", True)], known=K(city="beijing", renting=True, kids=["2020-12"]))
m("short_year", "3 kids, born '13 '16 and '20", [n(3), bd(1, "2013"), bd(2, "2016"), bd(3, "2020")], known=K(city="jinan"))

T("2025-06-10")  # Tuesday: "friday last week" = 2025-06-06 either way; "last october" = 2024-10
m("multiples age", "4 mo old triplets and a 2yo. yes really. 4 kids.",
  [n(4), bd(1, yo(2)), bd(2, mo(4)), bd(3, mo(4)), bd(4, mo(4))], known=K(city="beijing"))
m("correction multiples numerals", "actually the twins were born 2022.3 not 2023",
  [bd(2, "2022-03", "r"), bd(3, "2022-03", "r")], known=K(city="jinan", kids=["2019-01", "2023-03", "2023-03"]))
m("answer relative_date", "just the 1, born last october", [n(1), bd(1, pastmonth(10))], asked="children", known=K(city="jinan"))
m("answer negation_housing hukou short_year", "yes we own a flat in haidian, bought '19. hukou is beijing too",
  [f("owns_home_in_city", True, "c"), f("hukou_in_city", True)], asked="owns_home_in_city",
  known=K(city="beijing", kids=["2022-08"]))
m("multiples relative_date", "my wife gave birth on friday last week, twins again!! so 2 sets of twins, 4 kids",
  [n(4), bd(3, lastweek(4)), bd(4, lastweek(4))], known=K(city="beijing", kids=["2021-09", "2021-09"]))
m("numerals pregnancy housing_fund negation_housing", "first kid was born 2019.11, hubby and i both pay housing fund, we want to buy our first home before the 2nd arrives in oct",
  [bd(1, "2019-11"), f("housing_fund_contributors", 2), f("buying_first_home", True), due(2, nextmonth(10))],
  known=K(city="jinan"))
m("per_birth_hardship now_vs_birth", "at the birth we were on special hardship support (tekun), now we are not",
  [f("hardship_at_birth", True), f("hardship_now", False)], known=K(city="jinan", kids=["2024-11"]))
m("answer height relative_date", "118 cm, measured her yesterday", [ht(1, 118)], asked="children.height_cm",
  known=K(city="beijing", kids=["2019-02"]))
m("question insurance", "whats the difference between resident medical and employee maternity for the delivery bill", [])
m("correction now_vs_birth per_birth_hardship", "sorry i meant we're on dibao NOW, we werent when the kids were born",
  [f("hardship_at_birth", False, "r"), f("hardship_now", True)], known=K(city="jinan", hardship_at_birth=True, kids=["2020-04", "2023-10"]))
m("hukou insurance pregnancy multiples", "we've got jinan hukou, my wife is on flexible employment insurance, twins due in september",
  [f("city", "jinan"), f("hukou_in_city", True), f("birth_insurance", "flexible_employment"),
   due(1, nextmonth(9)), due(2, nextmonth(9))])
m("multiples age", "twins r a year and 2 months, and big bro is 5",
  [n(3), bd(1, yo(5)), bd(2, age(1, 2)), bd(3, age(1, 2))], known=K(city="jinan"))

T("2025-09-04")  # Thursday; "last october" = 2024-10 either way
m("multiples relative_date age", "our son is 3 and his triplet sisters were born last october",
  [n(4), bd(1, yo(3)), bd(2, pastmonth(10)), bd(3, pastmonth(10)), bd(4, pastmonth(10))], known=K(city="beijing"))
m("age pregnancy multiples", "our one and only kid is 10, and twins r coming in nov!!",
  [n(1), bd(1, yo(10)), due(2, nextmonth(11)), due(3, nextmonth(11))], known=K(city="beijing"))
m("answer per_birth_hardship birth_order", "we were getting unemployment pay when our 2nd was born", [chb(2, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2016-05", "2019-03", "2023-12"]))
m("short_year duration", "2 kids in 2 yrs: 23.6.30 and 25.7.1", [n(2), bd(1, "2023-06-30"), bd(2, "2025-07-01")],
  known=K(city="jinan"))
m("correction short_year", "actually the younger one is 25.7.2, hospital wrote it wrong", [bd(2, "2025-07-02", "r")],
  known=K(city="jinan", kids=["2023-06-30", "2025-07-01"]))
m("answer housing_fund", "none of us, we're both self employed", [f("housing_fund_contributors", 0)],
  asked="housing_fund_contributors", known=K(city="beijing", kids=["2024-01"]))
m("question multiples", "do grandparents get anything if they look after twins", [], known=K(city="jinan"))
m("multiples short_year age", "boy and girl same day in '22, and their baby brother is 6 weeks",
  [n(3), bd(1, "2022"), bd(2, "2022"), bd(3, dago(42))], known=K(city="jinan"))
m("hukou", "we both moved our hukou to beijing last year", [f("hukou_in_city", True), f("city", "beijing")])
m("per_birth_hardship now_vs_birth multiples", "we were on dibao when the twins were born and still are",
  [chb(1, True), chb(2, True), f("hardship_now", True)], known=K(city="jinan", kids=["2024-02", "2024-02"]))
m("relative_date", "baby girl arrived yesterday 6am, 3.1kg", [bd(1, back(1))], known=K(city="jinan"))
m("correction hukou", "wait no, we do have beijing hukou, i said no by mistake earlier", [f("hukou_in_city", True, "r")],
  known=K(city="beijing", hukou_in_city=False, kids=["2023-03"]))
m("pregnancy numerals age", "pregnant again, due 2026.3, our 1st is 2 and a half",
  [due(2, "2026-03"), bd(1, yo(2))], known=K(city="beijing"))

T("2025-11-26")  # Wednesday; "last month" = 2025-10
m("multiples relative_date age duration", "twins came last month, 5 weeks early. big brother is 5 and a half",
  [n(3), bd(1, yo(5)), bd(2, thismonth(-1)), bd(3, thismonth(-1))], known=K(city="jinan"))
m("answer pregnancy multiples", "twins, due feb 10", [due(2, nextmonth(2, 10)), due(3, nextmonth(2, 10))],
  asked="due_date", known=K(city="beijing", kids=["2022-04", {"due_date": None}]))
m("correction pregnancy multiples", "sorry i meant feb 20 not feb 10",
  [due(2, nextmonth(2, 20), "r"), due(3, nextmonth(2, 20), "r")],
  known=K(city="beijing", kids=["2022-04", {"due_date": nextmonth(2, 10)}, {"due_date": nextmonth(2, 10)}]))
m("relative_date birth_order age", "the year before last our 2nd was born, the 1st is 8",
  [bd(2, year(-2)), bd(1, yo(8))], known=K(city="jinan"))
m("answer hukou", "jinan, lixia district, hukou also here", [f("city", "jinan"), f("hukou_in_city", True)], asked="city")
m("answer insurance", "through my job, the staff maternity insurance", [f("birth_insurance", "employee_maternity")],
  asked="birth_insurance", known=K(city="beijing", kids=[{"due_date": "2026-03"}]))
m("question age", "can my 2 kids go to the same primary school? theyre 6 and 4",
  [n(2), bd(1, yo(6)), bd(2, yo(4))], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship relative_date", "on unemployment benefit now since aug, wasnt the case when our daughter was born last year",
  [f("hardship_now", True), chb(1, False), bd(1, year(-1))], known=K(city="jinan"))
m("chitchat multiples", "the twins have started to crawl in opposite directions 😂", [])
m("height question", "my grandson is 1.32m, does he need a ticket on the bus", [ht(1, 132)],
  known=K(city="beijing", kids=["2017-08"]))
m("multiples age", "born 3 weeks ago, both boys, we have no other kids",
  [n(2), bd(1, dago(21)), bd(2, dago(21))], known=K(city="beijing"))
m("correction multiples age", "wait no it was 4 weeks ago not 3",
  [bd(1, dago(28), "r"), bd(2, dago(28), "r")], known=K(city="beijing", kids=[dago(21), dago(21)]))
m("birth_order short_year", "our 2nd came nov 3rd, first one in '21", [bd(2, pastmonth(11, 3)), bd(1, "2021")],
  known=K(city="beijing"))

T("2026-01-13")  # Tuesday: "last sunday" = 2026-01-11 either way; "last october" = 2025-10
m("pregnancy multiples age", "triplets due in may, we already have one, shes 4",
  [n(1), bd(1, yo(4)), due(2, nextmonth(5)), due(3, nextmonth(5)), due(4, nextmonth(5))], known=K(city="jinan"))
m("multiples age relative_date", "twins are 6 and their baby sister came last october, so 3 now",
  [n(3), bd(1, yo(6)), bd(2, yo(6)), bd(3, pastmonth(10))], known=K(city="beijing"))
m("answer short_year", "2 - born 19.5.3 and 21.12.25", [n(2), bd(1, "2019-05-03"), bd(2, "2021-12-25")],
  asked="children", known=K(city="jinan"))
m("correction short_year", "actually the first one is 19.5.30, missed a 0", [bd(1, "2019-05-30", "r")],
  known=K(city="jinan", kids=["2019-05-03", "2021-12-25"]))
m("answer negation_housing", "no, we already own one in jinan", [f("buying_first_home", False, "c"), f("owns_home_in_city", True)],
  asked="buying_first_home", known=K(city="jinan", kids=["2020-10"]))
m("relative_date now_vs_birth", "our baby was born last sunday and we are on dibao", [bd(1, lastweek(6)), f("hardship_now", True)],
  known=K(city="jinan"))
m("numerals birth_order hukou", "baby 2 born 2025.12, baby 1 2023.4, jinan hukou",
  [bd(2, "2025-12"), bd(1, "2023-04"), f("hukou_in_city", True), f("city", "jinan")])
m("question per_birth_hardship now_vs_birth", "is the extra 200 for families on dibao at the birth or on dibao now?", [],
  known=K(city="jinan"))
m("chitchat", "happy new year!! 新年快乐", [])
m("answer hukou multiples", "yes all 4 of us, me husband and the twins", [f("hukou_in_city", True, "c")],
  asked="hukou_in_city", known=K(city="beijing", kids=["2024-08", "2024-08"]))
m("correction housing_fund", "sorry, i meant 1 person pays gongjijin not 2, my wife quit", [f("housing_fund_contributors", 1, "r")],
  known=K(city="jinan", housing_fund_contributors=2, kids=["2022-02"]))
m("multiples age housing_fund insurance", "our twins were born 10 weeks ago, only hubby pays gjj, im a housewife with no insurance",
  [bd(2, dago(70)), bd(3, dago(70)), f("housing_fund_contributors", 1), f("birth_insurance", "none")],
  known=K(city="beijing", kids=["2019-06"]))

T("2026-04-09")  # Thursday: "saturday last week" = 2026-04-04 either way
m("pregnancy multiples age", "our second pregnancy is twins!! 5 months along. first kid is almost 3",
  [due(2, preg(5)), due(3, preg(5)), bd(1, almost(3))], known=K(city="jinan"))
m("correction pregnancy multiples", "sorry its 6 months not 5, counted wrong",
  [due(2, preg(6), "r"), due(3, preg(6), "r")],
  known=K(city="jinan", kids=[almost(3), {"due_date": preg(5)}, {"due_date": preg(5)}]))
m("answer height multiples", "eldest 1.35m, the twins both about 1.05",
  [ht(1, 135), ht(2, 105), ht(3, 105)], asked="children.height_cm", known=K(city="beijing", kids=["2016-01", "2020-09", "2020-09"]))
m("relative_date birth_order negation_housing", "born on saturday last week, a girl, our 2nd. we own our flat, paid with gjj loan",
  [bd(2, lastweek(5)), f("owns_home_in_city", True)], known=K(city="jinan", kids=["2022-11"]))
m("answer pregnancy", "4 months pregnant now", [due(2, preg(4))], asked="due_date",
  known=K(city="jinan", kids=["2021-02", {"due_date": None}]))
m("insurance now_vs_birth", "i was on flexible employment insurance when i gave birth, now i'm on dibao",
  [f("birth_insurance", "flexible_employment"), f("hardship_now", True)], known=K(city="jinan", kids=["2025-05"]))
m("question", "if we have a third baby next year do we still get 600/month for it?", [due(3, year(1), "q")],
  known=K(city="jinan", kids=["2020-05", "2024-01"]))
m("answer negation_housing housing_fund", "nope, renting a tiny place and both of us pay housing fund",
  [f("owns_home_in_city", False, "c"), f("renting", True), f("housing_fund_contributors", 2)], asked="owns_home_in_city",
  known=K(city="beijing", kids=["2023-11"]))
m("duration chitchat", "just 2 more weeks of maternity leave left 😭", [])
m("correction multiples numerals", "wait no 3 kids, i only listed the twins, their little brother was born 2024.12 too",
  [n(3, "r"), bd(3, "2024-12")], known=K(city="jinan", kids=["2020-02", "2020-02"]))
m("correction hukou", "actually our hukou is in jinan now, not dezhou, we moved it in 2023", [f("hukou_in_city", True, "r")],
  known=K(city="jinan", hukou_in_city=False, kids=["2022-06"]))
m("question multiples", "how do i apply for a nursery place for my twins", [], known=K(city="beijing"))

T("2026-07-21")  # Tuesday: "last wednesday" = 2026-07-15, "thursday last week" = 2026-07-16; "last october" = 2025-10
m("multiples relative_date age", "twin boys born last wednesday, their sister is 7 and her brother 4, 4 kids now!!",
  [n(4), bd(1, yo(7)), bd(2, yo(4)), bd(3, lastweek(2)), bd(4, lastweek(2))], known=K(city="jinan"))
m("correction multiples relative_date", "wait no the twins were born thursday last week, not wednesday",
  [bd(3, lastweek(3), "r"), bd(4, lastweek(3), "r")], known=K(city="jinan", kids=[yo(7), yo(4), lastweek(2), lastweek(2)]))
m("answer multiples age", "3: a boy of 9 and twin girls 2 and a half",
  [n(3), bd(1, yo(9)), bd(2, yo(2)), bd(3, yo(2))], asked="children", known=K(city="beijing"))
m("answer per_birth_hardship", "yes, we had dibao for both births", [f("hardship_at_birth", True, "c")],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2023-02", "2025-06"]))
m("relative_date numerals birth_order negation_housing", "our 2nd was born last october, the 1st 2018.9. renting in shizhong, we dont own any flat",
  [bd(2, pastmonth(10)), bd(1, "2018-09"), f("renting", True), f("owns_home_in_city", False)], known=K(city="jinan"))
m("answer housing_fund duration", "both me and my husband, since 2019", [f("housing_fund_contributors", 2)],
  asked="housing_fund_contributors", known=K(city="beijing", kids=["2024-10"]))
m("question insurance", "which hospitals here settle the maternity insurance directly?", [], known=K(city="beijing"))
m("age", "haha no triplets here, just 2 kids, boy 5 and girl 3", [n(2), bd(1, yo(5)), bd(2, yo(3))], known=K(city="beijing"))
m("chitchat", "ok got it, will ask my husband and come back", [])
m("correction insurance", "actually my wife has resident medical not the employee one, she quit last year",
  [f("birth_insurance", "resident_medical", "r")], known=K(city="beijing", birth_insurance="employee_maternity", kids=["2025-12"]))
m("pregnancy multiples age", "expecting in december, we have twins already who are 5, no other kids",
  [n(2), bd(1, yo(5)), bd(2, yo(5)), due(3, nextmonth(12))], known=K(city="jinan"))
m("height multiples", "the twins r 1.1m, the little one is nowhere near 1.3m either",
  [ht(1, 110), ht(2, 110), below(3, 130)], known=K(city="beijing", kids=["2020-03", "2020-03", "2023-05"]))

T("2026-11-16")  # Monday: "last friday" = 2026-11-13 either way; "last month" = 2026-10
m("multiples age", "triplets born 2 weeks ago and we have a girl who just turned 3",
  [n(4), bd(1, just(3)), bd(2, dago(14)), bd(3, dago(14)), bd(4, dago(14))], known=K(city="jinan"))
m("multiples relative_date", "2 girls born together last friday, our first and only kids",
  [n(2), bd(1, lastweek(4)), bd(2, lastweek(4))], known=K(city="beijing"))
m("multiples relative_date", "the year before last our son, this year twins, last month we moved to beijing",
  [n(3), bd(1, year(-2)), bd(2, year(0)), bd(3, year(0)), f("city", "beijing")])
m("answer", "moved to jinan in march, before that beijing", [f("city", "jinan")], asked="city")
m("correction age", "wait no my son is 4 not 5", [bd(1, yo(4), "r")], known=K(city="jinan", kids=[yo(5)]))
m("answer insurance", "neither of us has any insurance for birth, im a housewife and he does odd jobs",
  [f("birth_insurance", "none")], asked="birth_insurance", known=K(city="jinan", kids=["2024-07"]))
m("per_birth_hardship now_vs_birth multiples", "we got unemployment benefit when the triplets came, thats over now",
  [chb(1, True), chb(2, True), chb(3, True), f("hardship_now", False)], known=K(city="jinan", kids=["2025-02", "2025-02", "2025-02"]))
m("question", "is this a real person or a bot?", [])
m("age birth_order hukou per_birth_hardship now_vs_birth", "had my 2nd 23 days ago, the 1st is 7. jinan hukou. on dibao when the little one was born and still on it",
  [bd(2, dago(23)), bd(1, yo(7)), f("hukou_in_city", True), f("city", "jinan"), chb(2, True), f("hardship_now", True)])
m("answer negation_housing", "nah not buying, cant afford it in bj", [f("buying_first_home", False, "c")],
  asked="buying_first_home", known=K(city="beijing", kids=["2022-01", "2025-04"]))
