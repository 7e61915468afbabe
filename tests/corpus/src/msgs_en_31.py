# English, batch 31: multiples (twins/triplets alone, beside older or younger kids, twin pregnancies) with ages,
# years and due dates; colloquial ages (turning 2 next month, 15 months, just had her 100 days, 3 and a half,
# 2 years 3 months, 9 weeks); durations that are not ages (paid gongjijin 3 years, on dibao 8 months, maternity
# leave lasted 98 days); answers to each question, one-fact corrections, chitchat and plain questions
T("2025-01-06")  # Monday: "last friday" = 2025-01-03 either way
m("multiples age", "our twin boys r 15 months, theyre our only kids and honestly thats enough for a lifetime",
  [n(2), bd(1, mo(15)), bd(2, mo(15))], known=K(city="jinan"))
m("multiples age birth_order", "granny typing. my son got a big girl 3 and a half n the twins r turning 2 next month, so 3 grandkids",
  [bd(1, yo(3)), bd(2, almost(2)), bd(3, almost(2)), n(3)])
m("duration housing_fund question", "me and hubby both been paying gongjijin about 3 years now, can we use it for a down payment",
  [f("housing_fund_contributors", 2)], known=K(city="beijing", kids=[yo(1)]))
m("duration now_vs_birth pregnancy", "we been on dibao 8 months, baby due in march", [f("hardship_now", True), due(1, nextmonth(3))], known=K(city="jinan"))
m("answer age birth_order", "2 - a 5yo and a lil one who just had her 100 days", [n(2), bd(1, yo(5)), bd(2, dago(100))], asked="children",
  known=K(city="beijing"))
m("chitchat", "happy new year robot hope they give u a day off too", [])
m("question multiples", "triplets get 3 times the subsidy or is it counted per birth??", [])
m("correction multiples age", "sorry, the twins are 15 months not 18", [bd(1, mo(15), "r"), bd(2, mo(15), "r")],
  known=K(city="jinan", kids=[mo(18), mo(18)]))
m("relative_date multiples", "daughter in law had twin girls last friday, first grandbabies for us!!", [bd(1, lastweek(4)), bd(2, lastweek(4)), n(2)],
  known=K(city="jinan"))
m("answer pregnancy multiples", "end of april for both obvs lol", [due(1, nextmonth(4)), due(2, nextmonth(4))], asked="due_date",
  known=K(city="beijing", kids=[{"due_date": None}, {"due_date": None}]))
m("duration age", "maternity leave lasted 98 days then back to the office, kid is one and a bit now", [bd(1, yo(1))], known=K(city="jinan"))
m("answer hukou duration", "nah ours is still in dezhou, been in jinan 6 yrs tho", [f("hukou_in_city", False, "c")], asked="hukou_in_city",
  known=K(city="jinan", kids=[yo(2)]))

T("2025-02-27")  # Thursday: "last friday" = 2025-02-21 either way
m("relative_date multiples age birth_order", "TRIPLETS!!! born last friday, 2 boys 1 girl, their big bro is 7",
  [bd(2, lastweek(4)), bd(3, lastweek(4)), bd(4, lastweek(4)), bd(1, yo(7)), n(4)], known=K(city="beijing"))
m("multiples age hukou", "my grandkids r twins, 3 and a half, they live in beijing w my son, beijing hukou the lot of them",
  [bd(1, yo(3)), bd(2, yo(3)), f("city", "beijing"), f("hukou_in_city", True)])
m("answer multiples age", "just twins. 2 yrs 3 months", [n(2), bd(1, age(2, 3)), bd(2, age(2, 3))], asked="children", known=K(city="jinan"))
m("duration housing_fund", "i paid into gongjijin 5 yrs but stopped last yr when i got laid off, so now only my wife pays",
  [f("housing_fund_contributors", 1)], known=K(city="jinan", kids=[yo(4)]))
m("age now_vs_birth", "shes turning 1 next month and we r on 失业金 since december", [bd(1, almost(1)), f("hardship_now", True)], known=K(city="jinan"))
m("question", "is the childcare money 600 per kid per month until they turn 3?", [])
m("correction multiples relative_date", "sorry the twins came on the 20th not the 12th", [bd(1, pastmonth(2, 20), "r"), bd(2, pastmonth(2, 20), "r")],
  known=K(city="beijing", kids=["2025-02-12", "2025-02-12"]))
m("chitchat multiples", "ugh both twins screaming at once gimme a min", [])
m("multiples pregnancy age birth_order", "7 months pregnant with twins and our first is 4 next month", [due(2, preg(7)), due(3, preg(7)), bd(1, almost(4))],
  known=K(city="jinan"))
m("answer negation_housing duration", "yeah same place in haidian 4 years now", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[yo(1)]))
m("answer insurance duration", "the employee one, paid it 6 yrs thru my company", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": "2025-08"}]))

T("2025-04-09")  # Wednesday
m("multiples age duration", "twins came 6 weeks early, theyre 10 days old now, still in the nicu", [bd(1, dago(10)), bd(2, dago(10))],
  known=K(city="beijing", kids=[{"due_date": "2025-05"}, {"due_date": "2025-05"}]))
m("multiples age birth_order negation_housing", "oldest just turned 6 and the twins r 3 and a half, 3 kids in a 2 bedroom we rent, crazy",
  [bd(1, just(6)), bd(2, yo(3)), bd(3, yo(3)), n(3), f("renting", True)], known=K(city="jinan"))
m("answer housing_fund", "3. me, the wife, and my dad who still works at the steel plant", [f("housing_fund_contributors", 3)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=[yo(2)]))
m("multiples age duration now_vs_birth", "on dibao about 2 yrs now, we got twins 8 months old, our only ones",
  [f("hardship_now", True), bd(1, mo(8)), bd(2, mo(8)), n(2)], known=K(city="jinan"))
m("question multiples", "if we have twins in august do we get the 2nd AND 3rd child money?", [due(2, nextmonth(8), "q"), due(3, nextmonth(8), "q")],
  known=K(city="jinan", kids=["2021-06"]))
m("correction hukou", "oops hukou IS in beijing, hit no by accident", [f("hukou_in_city", True, "r")],
  known=K(city="beijing", hukou_in_city=False, kids=[mo(3)]))
m("chitchat", "my mum wants to know if u speak shandong hua haha", [])
m("age birth_order", "grandpa here, the little one is 15 months, the big one 9", [bd(1, yo(9)), bd(2, mo(15))])
m("answer pregnancy multiples", "second week of july, but twins so prob earlier", [due(2, nextmonth(7)), due(3, nextmonth(7))], asked="due_date",
  known=K(city="beijing", kids=[yo(2), {"due_date": None}, {"due_date": None}]))
m("duration age", "i had 158 days maternity leave here, baby's 7 months now", [bd(1, mo(7))], known=K(city="beijing"))
m("question multiples", "how many days maternity leave do u get for twins in jinan", [])

T("2025-05-22")  # Thursday: "last friday" = 2025-05-16 either way
m("multiples age", "our triplets r 4 months, no other kids, we r sooo tired", [n(3), bd(1, mo(4)), bd(2, mo(4)), bd(3, mo(4))], known=K(city="beijing"))
m("multiples age birth_order", "the twins turn 3 next month and the little one is 18 months", [bd(1, almost(3)), bd(2, almost(3)), bd(3, mo(18)), n(3)],
  known=K(city="jinan"))
m("answer multiples age birth_order", "4!! 12, 9 and twins who just had their 100 days",
  [n(4), bd(1, yo(12)), bd(2, yo(9)), bd(3, dago(100)), bd(4, dago(100))], asked="children", known=K(city="jinan"))
m("answer per_birth_hardship multiples birth_order", "when the twins were born we were on dibao, not with our first", [chb(2, True), chb(3, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2019-03", "2024-11", "2024-11"]))
m("negation_housing housing_fund", "we own a flat in licheng since 2020, just me pays gongjijin", [f("owns_home_in_city", True), f("housing_fund_contributors", 1)],
  known=K(city="jinan", kids=[yo(3)]))
m("multiples pregnancy", "my daughter in law is 5 months along w twins, son says due in september", [due(1, nextmonth(9)), due(2, nextmonth(9))],
  known=K(city="beijing"))
m("relative_date multiples age birth_order", "last friday the twins were born!!! 2.3 and 2.5 kg. we also got a son turning 5 next month",
  [bd(2, lastweek(4)), bd(3, lastweek(4)), bd(1, almost(5)), n(3)], known=K(city="jinan"))
m("chitchat multiples", "ok brb feeding time x2", [])
m("correction age birth_order", "actually our youngest is 10 months not 1 year", [bd(2, mo(10), "r")], known=K(city="beijing", kids=[yo(4), yo(1)]))
m("question multiples housing_fund", "do you get the gongjijin loan bonus for twins or only with 3 kids?", [])
m("answer negation_housing duration", "yep, saved 5 yrs for the down payment", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="beijing", renting=True, kids=[yo(2)]))
m("now_vs_birth age", "been on tekun since 2023, the baby is 3 weeks old", [f("hardship_now", True), bd(1, dago(21))], known=K(city="jinan"))

T("2025-07-08")  # Tuesday
m("age numerals", "3 and a half, 2 and a half and 6 months, my three lil monkeys", [n(3), bd(1, yo(3)), bd(2, yo(2)), bd(3, mo(6))], known=K(city="jinan"))
m("answer multiples age pregnancy", "just the twins, 20 months, and one more due in november", [n(2), bd(1, mo(20)), bd(2, mo(20)), due(3, nextmonth(11))],
  asked="children", known=K(city="beijing"))
m("duration housing_fund", "hubby paid gongjijin 10 yrs, me 2 yrs, we both still pay", [f("housing_fund_contributors", 2)], known=K(city="beijing", kids=[yo(1)]))
m("answer hukou", "yes all four of us, jinan hukou since forever", [f("hukou_in_city", True, "c")], asked="hukou_in_city",
  known=K(city="jinan", kids=["2023-02", "2023-02"]))
m("multiples age", "our twin girls are six weeks old, first kids, we're in beijing", [n(2), bd(1, dago(42)), bd(2, dago(42)), f("city", "beijing")])
m("correction housing_fund", "sorry meant 2 not 1, forgot my wife pays gongjijin too", [f("housing_fund_contributors", 2, "r")],
  known=K(city="jinan", housing_fund_contributors=1, kids=[yo(2)]))
m("question multiples", "is there extra maternity leave for multiple births in beijing?", [])
m("chitchat", "lol grandpa reading over my shoulder n complaining i type too slow", [])
m("per_birth_hardship now_vs_birth age birth_order", "we were on dibao when our first was born, came off after a yr. second is 4 months, we r fine now",
  [chb(1, True), bd(2, mo(4)), f("hardship_now", False)], known=K(city="jinan", kids=["2021-05"]))
m("duration multiples age", "wifes maternity leave ended after 128 days, twins r 5 months now", [bd(1, mo(5)), bd(2, mo(5))], known=K(city="beijing"))
m("answer pregnancy multiples", "doc says early sept but she said twins come early", [due(2, nextmonth(9)), due(3, nextmonth(9))], asked="due_date",
  known=K(city="jinan", kids=[yo(3), {"due_date": None}]))
m("relative_date multiples age birth_order", "the babies arrived last friday, 2 boys!! their sister is 4", [bd(2, lastweek(4)), bd(3, lastweek(4)), bd(1, yo(4)), n(3)],
  known=K(city="jinan"))

T("2025-09-01")  # Monday: "last friday" = 2025-08-29 either way
m("answer multiples age", "three. twins turning 4 next month and a baby of 7 weeks", [n(3), bd(1, almost(4)), bd(2, almost(4)), bd(3, dago(49))],
  asked="children", known=K(city="beijing"))
m("multiples age pregnancy", "laolao from zibo here helping my daughter in jinan, twins r 15 months and shes expecting again in feb",
  [f("city", "jinan"), bd(1, mo(15)), bd(2, mo(15)), due(3, nextmonth(2))])
m("question housing_fund", "is gongjijin only for buying or can it pay rent too", [])
m("negation_housing duration", "we've rented in tianqiao 3 years, never owned anything here", [f("renting", True), f("owns_home_in_city", False)],
  known=K(city="jinan", kids=[yo(1)]))
m("correction multiples age", "wait the twins r 2 and a half, not 3 and a half", [bd(1, yo(2), "r"), bd(2, yo(2), "r")], known=K(city="beijing", kids=[yo(3), yo(3)]))
m("question pregnancy", "its 98 days + 60 extra in jinan right? baby due oct 20", [due(1, nextmonth(10, 20))], known=K(city="jinan"))
m("age", "my baby boy is 14 weeks old, is he too old for the birth subsidy", [bd(1, dago(98))], known=K(city="beijing"))
m("chitchat", "thx ur way more helpful than the 12345 hotline", [])
m("answer negation_housing duration", "nope, saving up, 2 more yrs maybe", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city",
  known=K(city="beijing", kids=[yo(2)]))
m("multiples age short_year birth_order", "our first is 8, then we had twins in 2023", [bd(1, yo(8)), bd(2, "2023"), bd(3, "2023"), n(3)], known=K(city="jinan"))
m("relative_date multiples", "laolao again, the twins r home! born last friday, came out 10 min apart",
  [bd(1, lastweek(4)), bd(2, lastweek(4))], known=K(city="jinan", kids=[{"due_date": "2025-09"}, {"due_date": "2025-09"}]))

T("2025-11-13")  # Thursday: "last friday" = 2025-11-07 either way
m("relative_date multiples", "trips born last friday at 33 wks, all 3 in incubators, first babies, we r in beijing",
  [bd(1, lastweek(4)), bd(2, lastweek(4)), bd(3, lastweek(4)), n(3), f("city", "beijing")])
m("answer age", "one boy, 2 years 3 months", [n(1), bd(1, age(2, 3))], asked="children", known=K(city="jinan"))
m("duration now_vs_birth", "on shiyejin 5 months now since the factory shut", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(2)]))
m("correction age birth_order", "sorry our eldest just turned 7, not 6", [bd(1, just(7), "r")], known=K(city="beijing", kids=[yo(6), mo(5), mo(5)]))
m("question multiples", "will the twins each get the 3600 or do they share one?", [])
m("multiples age birth_order duration now_vs_birth", "twins r 3 and a half, big sis 7, we been on dibao 2 years",
  [bd(1, yo(7)), bd(2, yo(3)), bd(3, yo(3)), n(3), f("hardship_now", True)], known=K(city="jinan"))
m("answer height multiples", "both 1m1 more or less", [ht(1, 110), ht(2, 110)], asked="children.height_cm", known=K(city="beijing", kids=[yo(5), yo(5)]))
m("answer insurance duration", "resident medical, paid it 3 yrs in our village", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": "2026-03"}]))
m("chitchat", "cold today brrr hands frozen cant type", [])
m("multiples pregnancy age birth_order", "my sons wife is expecting twins in jan, their boy turns 3 next month",
  [bd(1, almost(3)), due(2, nextmonth(1)), due(3, nextmonth(1))], known=K(city="beijing"))
m("answer per_birth_hardship now_vs_birth", "no, only went on dibao this summer", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2022-03"]))

T("2026-01-20")  # Tuesday: "last friday" = 2026-01-16 either way
m("multiples age birth_order", "our twins just turned 1 and the big one is 4 and a half, 3 under 5, pray for me",
  [bd(1, yo(4)), bd(2, just(1)), bd(3, just(1)), n(3)], known=K(city="beijing"))
m("answer multiples age", "2 - twins, 9 wks", [n(2), bd(1, dago(63)), bd(2, dago(63))], asked="children", known=K(city="jinan"))
m("duration question", "paid gongjijin 4 yrs in qingdao, now we moved to jinan, does it transfer over?", [f("city", "jinan")])
m("multiples pregnancy age birth_order", "nainai here, twins due end of march, my daughter already has a girl of 6",
  [bd(1, yo(6)), due(2, nextmonth(3)), due(3, nextmonth(3))])
m("relative_date multiples birth_order", "our second and third came last friday - twins!!", [bd(2, lastweek(4)), bd(3, lastweek(4))],
  known=K(city="beijing", kids=["2022-07"]))
m("correction pregnancy", "oops due date is feb 14 not feb 4", [due(1, nextmonth(2, 14), "r")], known=K(city="jinan", kids=[{"due_date": "2026-02-04"}]))
m("answer negation_housing", "no, we live w my in laws, 3 generations in one flat", [f("renting", False, "c")], asked="renting",
  known=K(city="jinan", kids=[yo(2)]))
m("age now_vs_birth", "she's 1 and a half, we've been on dibao since last spring", [bd(1, yo(1)), f("hardship_now", True)], known=K(city="jinan"))
m("duration now_vs_birth multiples short_year per_birth_hardship", "on 失业金 3 months now, the twins were born in 2024 when we were still ok",
  [f("hardship_now", True), bd(1, "2024"), bd(2, "2024"), chb(1, False), chb(2, False)], known=K(city="beijing"))
m("age pregnancy birth_order", "toddler is 2 yrs 10 months and im 6 months pregnant", [bd(1, age(2, 10)), due(2, preg(6))], known=K(city="jinan"))

T("2026-03-05")  # Thursday: "last friday" = 2026-02-27 either way
m("answer multiples age birth_order", "5 haha. 14, 11, 8 and twins of 2",
  [n(5), bd(1, yo(14)), bd(2, yo(11)), bd(3, yo(8)), bd(4, yo(2)), bd(5, yo(2))], asked="children", known=K(city="jinan"))
m("relative_date multiples", "twin grandsons came last friday, first grandkids, my sons family lives in licheng, jinan",
  [n(2), bd(1, lastweek(4)), bd(2, lastweek(4)), f("city", "jinan")])
m("duration housing_fund pregnancy", "ive been paying gongjijin 7 yrs, wife 5 yrs, and baby due in may", [f("housing_fund_contributors", 2), due(1, nextmonth(5))],
  known=K(city="beijing"))
m("correction height birth_order", "sorry the youngest is 1m even, not 1m1", [ht(3, 100, "r")],
  known=K(city="jinan", kids=[yo(9), yo(6), {"birth_date": yo(3), "height_cm": 110}]))
m("question per_birth_hardship", "how long do u need to be on dibao before the birth for it to count", [])
m("multiples age pregnancy", "our twins r 3 next month, and im due again in july", [bd(1, almost(3)), bd(2, almost(3)), due(3, nextmonth(7))],
  known=K(city="beijing"))
m("answer negation_housing duration", "we own one in tongzhou, 8 years now", [f("owns_home_in_city", True)], asked="owns_home_in_city",
  known=K(city="beijing", kids=[yo(5)]))
m("chitchat multiples", "lantern festival soon, twins want tangyuan lol", [])
m("answer per_birth_hardship now_vs_birth multiples", "nope, we started dibao after the triplets came, still on it",
  [f("hardship_at_birth", False, "c"), f("hardship_now", True)], asked="hardship_at_birth", known=K(city="jinan", kids=["2025-09", "2025-09", "2025-09"]))
m("age birth_order", "boy just turned 10, girl 7 and a half", [bd(1, just(10)), bd(2, yo(7))], known=K(city="jinan"))
m("answer multiples numerals", "twins, born 2025.6.18, our only kids", [n(2), bd(1, "2025-06-18"), bd(2, "2025-06-18")], asked="children",
  known=K(city="beijing"))

T("2026-05-12")  # Tuesday: "last friday" = 2026-05-08 either way
m("answer multiples age", "twins, our first n only, 2 and a half", [n(2), bd(1, yo(2)), bd(2, yo(2))], asked="children", known=K(city="beijing"))
m("duration multiples age", "wife got 98 days leave + 15 extra for the twins, theyre 5 months now", [bd(1, mo(5)), bd(2, mo(5))], known=K(city="jinan"))
m("relative_date age birth_order", "last friday my 2nd came, the first is 3 and a half", [bd(2, lastweek(4)), bd(1, yo(3))], known=K(city="beijing"))
m("negation_housing housing_fund duration", "3 generations in one flat, rented it 6 yrs, me n my husband pay gongjijin",
  [f("renting", True), f("housing_fund_contributors", 2)], known=K(city="jinan", kids=[yo(1)]))
m("question multiples", "what if our 3rd turns out to be twins in october, more money?", [due(3, nextmonth(10), "q"), due(4, nextmonth(10), "q")],
  known=K(city="beijing", kids=["2019-04", "2022-09"]))
m("correction pregnancy", "actually im 7 months along, not 6", [due(1, preg(7), "r")], known=K(city="jinan", kids=[{"due_date": "2026-08"}]))
m("chitchat", "lol bot cant give me sleep i guess", [])
m("age birth_order", "my grandkids r 15 months and 4", [bd(1, yo(4)), bd(2, mo(15))])
m("answer pregnancy multiples", "its triplets!! late august", [due(1, nextmonth(8)), due(2, nextmonth(8)), due(3, nextmonth(8))], asked="due_date",
  known=K(city="beijing", kids=[{"due_date": None}]))
m("now_vs_birth pregnancy", "husband on 失业金 since last year, first baby due in december", [f("hardship_now", True), due(1, nextmonth(12))],
  known=K(city="jinan"))
m("question multiples", "do twins count as one birth or two for the allowance", [])

T("2026-08-18")  # Tuesday: "last friday" = 2026-08-14 either way
m("answer age birth_order", "3 kids: 9, 6 and one who just had her 100 days", [n(3), bd(1, yo(9)), bd(2, yo(6)), bd(3, dago(100))], asked="children",
  known=K(city="beijing"))
m("multiples age hukou housing_fund duration", "our twins turn 2 next month, hukou in jinan, we both been paying gongjijin 3 yrs",
  [bd(1, almost(2)), bd(2, almost(2)), f("city", "jinan"), f("hukou_in_city", True), f("housing_fund_contributors", 2)])
m("correction multiples short_year", "no wait the twins were born in '24 not '23", [bd(1, "2024", "r"), bd(2, "2024", "r")],
  known=K(city="jinan", kids=["2023", "2023"]))
m("multiples age birth_order", "im nainai, my son has twins 3 and a half and a baby 6 weeks old", [bd(1, yo(3)), bd(2, yo(3)), bd(3, dago(42)), n(3)])
m("per_birth_hardship now_vs_birth duration", "we were on dibao when our girl was born and still are, 8 months on it now",
  [chb(1, True), f("hardship_now", True)], known=K(city="jinan"))
m("answer height multiples birth_order", "eldest 1m32, the twins about 1m05 each", [ht(1, 132), ht(2, 105), ht(3, 105)], asked="children.height_cm",
  known=K(city="beijing", kids=[yo(8), yo(4), yo(4)]))
m("answer negation_housing", "no, not for now", [f("buying_first_home", False, "c")], asked="buying_first_home",
  known=K(city="jinan", renting=True, kids=["2024-05", "2024-05"]))
m("pregnancy age birth_order", "7 months pregnant with my 2nd, first is turning 5 next month", [due(2, preg(7)), bd(1, almost(5))], known=K(city="beijing"))
m("relative_date multiples duration", "the twins were born last friday, they were due in sept lol, 2 weeks in hospital now",
  [bd(1, lastweek(4)), bd(2, lastweek(4))], known=K(city="jinan", kids=[{"due_date": "2026-09"}, {"due_date": "2026-09"}]))

T("2026-10-29")  # Thursday: "last friday" = 2026-10-23 either way
m("relative_date multiples age birth_order", "our twins came last friday! big bro is 2 and a half and very confused lol",
  [bd(2, lastweek(4)), bd(3, lastweek(4)), bd(1, yo(2)), n(3)], known=K(city="jinan"))
m("answer age birth_order", "two, 4 and a half and a year and 2 months", [n(2), bd(1, yo(4)), bd(2, age(1, 2))], asked="children", known=K(city="beijing"))
m("duration age", "maternity leave was 158 days, been back at work a month, she's 6 months", [bd(1, mo(6))], known=K(city="beijing"))
m("correction housing_fund", "actually 3 of us pay gongjijin, my mum too", [f("housing_fund_contributors", 3, "r")],
  known=K(city="jinan", housing_fund_contributors=2, kids=[yo(2)]))
m("answer hukou duration", "yes, got it 2 yrs ago thru my job", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[mo(9)]))
m("question multiples", "do twins need 2 separate birth certificates for the application", [])
m("multiples age numerals", "we got 2 sets of twins lol, 7 and 2, 4 kids total",
  [bd(1, yo(7)), bd(2, yo(7)), bd(3, yo(2)), bd(4, yo(2)), n(4)], known=K(city="jinan"))
m("chitchat", "ok my daughter will finish this later bye bye", [])
m("age", "granddaughter is 100 days old today!!", [bd(1, dago(100))], known=K(city="beijing"))
m("multiples age negation_housing", "triplets 16 months old, born in 2025, and we still rent in changping", [bd(1, mo(16)), bd(2, mo(16)), bd(3, mo(16)), f("renting", True)],
  known=K(city="beijing"))

T("2026-11-30")  # Monday: "last friday" = 2026-11-27 either way
m("answer pregnancy multiples", "feb 2027, both of them", [due(2, "2027-02"), due(3, "2027-02")], asked="due_date",
  known=K(city="beijing", kids=[yo(3), {"due_date": None}, {"due_date": None}]))
m("relative_date multiples duration now_vs_birth", "the twins were born last friday and we've been on dibao 8 months",
  [bd(1, lastweek(4)), bd(2, lastweek(4)), f("hardship_now", True)], known=K(city="jinan", kids=[{"due_date": "2026-12"}, {"due_date": "2026-12"}]))
m("question per_birth_hardship multiples", "what if we r still on dibao when the twins come in march?", [chb(1, True, "q"), chb(2, True, "q")],
  known=K(city="jinan", kids=[{"due_date": "2027-03"}, {"due_date": "2027-03"}]))
m("multiples age birth_order", "my older one is turning 3 next month, the twins are 15 months, 3 kids total",
  [bd(1, almost(3)), bd(2, mo(15)), bd(3, mo(15)), n(3)], known=K(city="beijing"))
m("answer housing_fund now_vs_birth", "none since i lost my job in june, on shiyejin now", [f("housing_fund_contributors", 0), f("hardship_now", True)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=[mo(4)]))
m("chitchat", "its monday and im already dead lol", [])
m("correction multiples age", "sorry, triplets r 4 months not 5", [bd(1, mo(4), "r"), bd(2, mo(4), "r"), bd(3, mo(4), "r")],
  known=K(city="beijing", kids=[mo(5), mo(5), mo(5)]))
m("age birth_order", "our first is 2 yrs 2 months and the second just had her 100 days", [bd(1, age(2, 2)), bd(2, dago(100))], known=K(city="jinan"))
m("question", "can grandparents apply for the subsidy for us", [])
