# English, batch 11: long messages packing 3-6 facts (formal returnee emails, rambling grandparents,
# relatives writing for a family), questions mixed in, answers to the bot, corrections; multiples
# beside older kids, dibao/特困/失业金 at a given birth vs now, gongjijin counts, heights, due dates
T("2025-01-06")  # Monday, January
m("birth_order", "Dear Sir or Madam, I have recently returned from Germany with my wife and we are now settled in Jinan, although our hukou remains in Linyi. We have two children: our daughter was born on 14 March 2019 and our son on 2 November 2023. My wife was covered by employee maternity insurance through her employer at both births. We currently rent an apartment in Lixia district. Could you kindly advise which subsidies we may be eligible for? Kind regards, Zhang Wei",
  [f("city", "jinan"), f("hukou_in_city", False), n(2), bd(1, "2019-03-14"), bd(2, "2023-11-02"), f("birth_insurance", "employee_maternity"), f("renting", True)])
m("age numerals birth_order", "hello this is granny writing for my son he is too busy with work. my grandson is three and a half now such a clever boy and my granddaughter just turned one last week we had a big party. they live in beijing with beijing hukou my son and daughter in law. and they both pay the gongjijin yes both. thank you dear",
  [bd(1, yo(3)), bd(2, just(1)), f("city", "beijing"), f("hukou_in_city", True), f("housing_fund_contributors", 2)])
m("multiples pregnancy age question", "asking for my sister, she's in jinan, 7 months pregnant with twins!! her son is 4. her and her husband are both on dibao right now since he lost his job, do they get anything extra for twins?",
  [f("city", "jinan"), bd(1, yo(4)), due(2, preg(7)), due(3, preg(7)), f("hardship_now", True)])
m("answer numerals age birth_order relative_date", "three, the eldest is 9, then a girl who's 6 and the baby was born on boxing day, 26 dec",
  [n(3), bd(1, yo(9)), bd(2, yo(6)), bd(3, pastmonth(12, 26))], asked="children", known=K(city="beijing"))
m("birth_order", "we have 2 kids in jinan. when our first was born in 2018 we were on dibao, by the time the second came in 2022 we were off it. still not on anything now",
  [f("city", "jinan"), n(2), bd(1, "2018"), bd(2, "2022"), chb(1, True), chb(2, False), f("hardship_now", False)])
m("housing_fund negation_housing", "me and my husband both have 公积金 and his mum who lives with us still pays hers too until she retires, so thats 3. we're in beijing, no house of our own yet, looking to buy our first",
  [f("housing_fund_contributors", 3), f("city", "beijing"), f("owns_home_in_city", False), f("buying_first_home", True)])
m("correction hukou age birth_order", "sorry I got that wrong earlier, our hukou is actually still in Dezhou, we never moved it. and the little one is 6 months, I mixed her up with her cousin",
  [f("hukou_in_city", False, "r"), bd(2, mo(6), "r")], known=K(city="jinan", hukou_in_city=True, kids=["2021-05", "2024-09"]))
m("age height birth_order hukou question", "my two are 7 and 4, the big one is 1.26m and the small one 1m03, we're jinan hukou and live in jinan, do they need tickets for the zoo?",
  [n(2), bd(1, yo(7)), bd(2, yo(4)), ht(1, 126), ht(2, 103), f("city", "jinan"), f("hukou_in_city", True)])
m("question hukou birth_order negation_housing", "if we moved our hukou to beijing next year would our second get the subsidy? she was born in october, we rent in chaoyang, beijing",
  [f("hukou_in_city", True, "q"), bd(2, pastmonth(10)), f("renting", True), f("city", "beijing")])
m("pregnancy age birth_order insurance", "due 3/15, it's our second, the first one is 2 and a half, i'm on employee maternity insurance through my company so hopefully thats all covered",
  [due(2, nextmonth(3, 15)), bd(1, yo(2)), f("birth_insurance", "employee_maternity")])
m("answer pregnancy housing_fund", "early june they said, it'll be a girl! hubby and I both paying gongjijin btw",
  [due(2, nextmonth(6)), f("housing_fund_contributors", 2)], asked="due_date", known=K(city="beijing", kids=["2022-03", {"due_date": None}]))
m("relative_date insurance per_birth_hardship", "my granddaughter was born on the 28th last month, 3.4kg, so happy!! her mum had no insurance at all, she was between jobs, and they were on unemployment money when she gave birth. they live in jinan",
  [bd(1, "2024-12-28"), f("birth_insurance", "none"), f("hardship_at_birth", True), f("city", "jinan")])
m("negation_housing age birth_order", "we dont own anything in beijing, not renting either, we live in the dorm my husbands company gives us for free. 2 kids, 5 and 1",
  [f("owns_home_in_city", False), f("renting", False), f("city", "beijing"), n(2), bd(1, yo(5)), bd(2, yo(1))])
m("correction housing_fund pregnancy birth_order", "actually my wife pays gongjijin too, her new job started in december, so thats two of us. also we are expecting again, due early august",
  [f("housing_fund_contributors", 2, "r"), due(2, nextmonth(8))], known=K(city="beijing", housing_fund_contributors=1, kids=["2023-02"]))
m("multiples age birth_order hukou relative_date", "we had triplets on new year's day!!! 1 jan. plus the two big ones who are 8 and 5, so five kids now lol, we're in jinan, local hukou",
  [n(5), bd(1, yo(8)), bd(2, yo(5)), bd(3, pastmonth(1, 1)), bd(4, pastmonth(1, 1)), bd(5, pastmonth(1, 1)), f("city", "jinan"), f("hukou_in_city", True)])
m("per_birth_hardship now_vs_birth", "my daughter in law was on 特困 support when my grandson was born in 2020, now she works at a supermarket and doesnt get it anymore. the grandson is their only child",
  [chb(1, True), bd(1, "2020"), f("hardship_now", False), n(1)])
m("multiples age birth_order question", "we have a boy of 3 and twin girls 10 months old, 3 kids total, living in jinan. is the 600 yuan per kid or per family?",
  [bd(1, yo(3)), bd(2, mo(10)), bd(3, mo(10)), n(3), f("city", "jinan")])
m("answer per_birth_hardship now_vs_birth birth_order", "for the older one no, but with the little one yes we had dibao then, and still do actually",
  [chb(1, False), chb(2, True), f("hardship_now", True)], asked="hardship_at_birth", known=K(city="jinan", kids=["2019-06", "2024-08"]))
m("answer housing_fund", "hmm let me think, me yes, my husband no he's freelance, my dad yes he lives with us. so 2",
  [f("housing_fund_contributors", 2)], asked="housing_fund_contributors", known=K(city="beijing", kids=["2024-04"]))
m("hukou negation_housing birth_order pregnancy insurance", "Good afternoon. I am writing on behalf of my elder sister who does not read English well. She and her husband hold Beijing hukou and own their flat in Haidian. Their first child was born in July 2021, and the second is due on 20 March. She is covered by the resident medical insurance scheme. What documents are required?",
  [f("city", "beijing"), f("hukou_in_city", True), f("owns_home_in_city", True), bd(1, "2021-07"), due(2, nextmonth(3, 20)), f("birth_insurance", "resident_medical")])
T("2025-02-27")  # Thursday
m("relative_date age birth_order hukou insurance", "my wife gave birth to our third last tuesday, a little girl!! the other two are 6 and 3. we live in jinan but hukou is in liaocheng, she had the employee maternity insurance",
  [bd(3, lastweek(1)), bd(1, yo(6)), bd(2, yo(3)), f("city", "jinan"), f("hukou_in_city", False), f("birth_insurance", "employee_maternity")])
m("age birth_order negation_housing", "grandad here. eldest grandchild just turned 10, middle one is almost 7, and the baby is a year and two months. they're all in beijing, rent a flat near us",
  [bd(1, just(10)), bd(2, almost(7)), bd(3, mo(14)), f("city", "beijing"), f("renting", True)])
m("pregnancy housing_fund negation_housing question", "Hi! I'm 5 months pregnant with our first, me and my husband both pay into the housing fund, we're buying our first flat in jinan this spring. do we get a bigger loan because of the baby?",
  [due(1, preg(5)), f("housing_fund_contributors", 2), f("buying_first_home", True), f("city", "jinan")])
m("correction height birth_order", "oops i typed it wrong, the big one is 1m30 not 1m20, she grew a lot. and the little one is about 98cm",
  [ht(1, 130, "r"), ht(2, 98)], known=K(city="jinan", kids=[{"birth_date": "2018-09", "height_cm": 120}, "2022-05"]))
m("question birth_order age", "what if our third comes in 2026, would we still get the money? we have two now, 4 and 1",
  [due(3, "2026", "q"), n(2), bd(1, yo(4)), bd(2, yo(1))])
m("per_birth_hardship now_vs_birth birth_order", "asking for my sister in beijing. when her first was born in 2016 they were on minimum living allowance, when the second was born in 2023 not anymore, and now her husband lost his job and gets unemployment insurance money",
  [f("city", "beijing"), bd(1, "2016"), chb(1, True), bd(2, "2023"), chb(2, False), f("hardship_now", True)])
m("answer hukou", "beijing, tongzhou. hukou is still in my hometown in shanxi tho",
  [f("city", "beijing"), f("hukou_in_city", False)], asked="city")
m("answer negation_housing housing_fund", "yes we bought in 2019 in huaiyin, not renting. two of us paying gongjijin",
  [f("owns_home_in_city", True, "c"), f("renting", False), f("housing_fund_contributors", 2)], asked="owns_home_in_city", known=K(city="jinan", kids=["2020-10"]))
m("multiples pregnancy age birth_order hukou", "twins on the way!!! due in june. our son is 3, daughter 18 months, so 2 now and 4 by summer, madness. jinan hukou",
  [due(3, nextmonth(6)), due(4, nextmonth(6)), bd(1, yo(3)), bd(2, mo(18)), n(2), f("city", "jinan"), f("hukou_in_city", True)])
m("duration negation_housing housing_fund pregnancy", "been renting in haidian beijing for 8 years, only I pay gongjijin, for 6 years now. no kids yet but 3 months pregnant",
  [f("renting", True), f("city", "beijing"), f("housing_fund_contributors", 1), n(0), due(1, preg(3))])
T("2025-05-31")  # Saturday, month end
m("multiples age height birth_order hukou negation_housing", "my daughter has three, the oldest girl is 8 and already 1米35 can you believe it, then the twin boys are 4 and about 1m05 each, they live in jinan, jinan hukou all of them, and they rent a place near the school",
  [n(3), bd(1, yo(8)), bd(2, yo(4)), bd(3, yo(4)), ht(1, 135), ht(2, 105), ht(3, 105), f("city", "jinan"), f("hukou_in_city", True), f("renting", True)])
m("hukou pregnancy insurance negation_housing numerals", "To whom it may concern: my husband and I returned from Canada last year and settled in Beijing. Neither of us holds Beijing hukou yet. I am currently six months pregnant with our first child and have been paying flexible-employment social insurance since January. We own no property here and intend to buy our first home next year. Thank you.",
  [f("city", "beijing"), f("hukou_in_city", False), due(1, preg(6)), f("birth_insurance", "flexible_employment"), f("owns_home_in_city", False), f("buying_first_home", True)])
m("answer multiples short_year height", "just the twins, born 2023.11.5, boy and girl, both about 90 cm if you need that",
  [n(2), bd(1, "2023-11-05"), bd(2, "2023-11-05"), ht(1, 90), ht(2, 90)], asked="children", known=K(city="jinan", hukou_in_city=True))
m("correction multiples birth_order", "sorry i should have said, we have 3 kids not 2 - the youngest are twins born in march",
  [n(3, "r"), bd(3, "2025-03")], known=K(city="beijing", kids=["2019-04", "2025-03"]))
m("per_birth_hardship now_vs_birth birth_order", "we have 3 kids. first one (2015) we were on 低保, second one (2018) nothing, third one (2021) my husband was getting 失业金. no benefits now, both working, in jinan",
  [n(3), bd(1, "2015"), bd(2, "2018"), bd(3, "2021"), chb(1, True), chb(2, False), chb(3, True), f("hardship_now", False), f("city", "jinan")])
m("age pregnancy birth_order hukou housing_fund", "asking for my brother and his wife in beijing: they have a daughter who just turned 2, and the wife is due at the end of september with their second. both have beijing hukou, only my brother pays gongjijin",
  [f("city", "beijing"), bd(1, just(2)), due(2, nextmonth(9)), f("hukou_in_city", True), f("housing_fund_contributors", 1)])
m("question multiples age birth_order", "hypothetically if we had twins next year would each twin count for the 3rd child bonus? we already have a girl who's 5 and a boy 2, we're in jinan",
  [due(3, year(1), "q"), due(4, year(1), "q"), bd(1, yo(5)), bd(2, yo(2)), f("city", "jinan")])
m("height birth_order question negation_housing", "my older son is 1.42m and the younger daughter 1.18m, do both need to pay at the museum? we live in beijing, own our apartment",
  [ht(1, 142), ht(2, 118), f("city", "beijing"), f("owns_home_in_city", True)])
m("answer insurance per_birth_hardship question", "she had none for the birth, she'd quit work. but we were on dibao when she had the baby, does that change anything?",
  [f("birth_insurance", "none"), f("hardship_at_birth", True)], asked="birth_insurance", known=K(city="jinan", kids=["2025-05"]))
m("answer negation_housing duration pregnancy", "yes renting, 2 bed in fengtai, 6 years already. we want to buy our first place when the baby comes in august",
  [f("renting", True, "c"), f("buying_first_home", True), due(1, nextmonth(8))], asked="renting", known=K(city="beijing", owns_home_in_city=False))
m("correction insurance hukou", "wait, i said resident insurance but she actually had the proper employee maternity insurance from the hospital where she works. also our hukou moved to jinan in april",
  [f("birth_insurance", "employee_maternity", "r"), f("hukou_in_city", True)], known=K(city="jinan", birth_insurance="resident_medical", kids=["2024-12"]))
m("age numerals birth_order", "grandpa again. the little princess is eleven months, her brother is four and a half, her big sister just turned seven, happy birthday!! all of them in jinan with their parents who are on 特困供养 now, times are hard",
  [bd(1, just(7)), bd(2, yo(4)), bd(3, mo(11)), f("city", "jinan"), f("hardship_now", True)])
m("housing_fund now_vs_birth age birth_order", "gongjijin: husband yes, me no since I was laid off in feb (getting 失业金 now), my father in law yes. anyway 2 people. 2 kids 6 and 3. beijing",
  [f("housing_fund_contributors", 2), f("hardship_now", True), n(2), bd(1, yo(6)), bd(2, yo(3)), f("city", "beijing")])
m("now_vs_birth per_birth_hardship age birth_order", "we started getting dibao in march, not when the kids were born, back then we were both working. kids 9 and 4",
  [f("hardship_now", True), f("hardship_at_birth", False), bd(1, yo(9)), bd(2, yo(4))])
m("chitchat question", "ugh my mother in law keeps telling me we are missing out on money from the government and i honestly have no idea what she means, what is this childcare subsidy and who do i even ask, sorry for the long message im exhausted")
T("2025-09-30")  # Tuesday, month end
m("relative_date age birth_order hukou negation_housing", "our second was born last sunday at 3am, 3.1kg!! the first one is 4. we're in jinan renting, hukou in zibo",
  [bd(2, lastweek(6)), bd(1, yo(4)), f("city", "jinan"), f("renting", True), f("hukou_in_city", False)])
m("pregnancy housing_fund hukou insurance", "my daughter is due jan 8th next year with her first, she and her husband both pay 公积金 in beijing, beijing hukou too, and she has the employee maternity insurance",
  [due(1, "2026-01-08"), f("housing_fund_contributors", 2), f("city", "beijing"), f("hukou_in_city", True), f("birth_insurance", "employee_maternity")])
m("multiples pregnancy negation_housing hukou", "TRIPLETS. we just found out, i'm 3 months along, no kids yet. we live in my parents house in beijing so no rent, hukou beijing",
  [due(1, preg(3)), due(2, preg(3)), due(3, preg(3)), n(0), f("renting", False), f("city", "beijing"), f("hukou_in_city", True)])
m("answer height birth_order", "eldest 1m40, middle one 1.15, the youngest no idea maybe 95",
  [ht(1, 140), ht(2, 115), ht(3, 95)], asked="children.height_cm", known=K(city="beijing", kids=["2017-06", "2020-02", "2023-08"]))
m("correction pregnancy insurance birth_order", "sorry the doctor moved it, baby is now due 28 november not december, c-section. and I have the flexible employment insurance",
  [due(2, "2025-11-28", "r"), f("birth_insurance", "flexible_employment")], known=K(city="jinan", kids=["2021-03", {"due_date": "2025-12"}]))
m("question negation_housing housing_fund age", "what if we buy our first flat next year, can we use gongjijin for the down payment? we're renting in jinan now, both pay gongjijin, one kid aged 5",
  [f("buying_first_home", True, "q"), f("renting", True), f("city", "jinan"), f("housing_fund_contributors", 2), n(1), bd(1, yo(5))])
m("hukou birth_order per_birth_hardship insurance", "Hello, I am contacting you for my younger sister. She lives in Jinan with her husband, both have Jinan hukou. Their son was born on 2 February 2022 and their daughter on 19 August 2025. At the time of the second birth they were receiving minimum subsistence allowance; at the first they were not. She had resident medical insurance for both births.",
  [f("city", "jinan"), f("hukou_in_city", True), bd(1, "2022-02-02"), bd(2, "2025-08-19"), chb(2, True), chb(1, False), f("birth_insurance", "resident_medical")])
m("age birth_order negation_housing", "kids: 14 months, 3 yrs 2 months, 6 yrs old. we live in beijing, still renting",
  [bd(3, mo(14)), bd(2, age(3, 2)), bd(1, yo(6)), f("city", "beijing"), f("renting", True)])
m("answer hukou duration negation_housing", "no, hubby's is in tianjin and mine in hebei. we've been here 10 years though and rent in changping",
  [f("hukou_in_city", False, "c"), f("renting", True)], asked="hukou_in_city", known=K(city="beijing", kids=["2024-10"]))
m("answer negation_housing age birth_order housing_fund", "not yet, maybe in a couple years, we need to save up first. we have 2 kids 3 and 1 and only my wife pays gongjijin",
  [f("buying_first_home", False, "c"), n(2), bd(1, yo(3)), bd(2, yo(1)), f("housing_fund_contributors", 1)], asked="buying_first_home", known=K(city="jinan", renting=True))
T("2025-12-31")  # Wednesday, month end
m("multiples relative_date age birth_order hukou insurance", "twins born last monday!!! we already have a 3 year old so now its 3 kids. my wife has beijing hukou, me too, and she was on employee maternity insurance. so tired but so happy",
  [bd(2, lastweek(0)), bd(3, lastweek(0)), bd(1, yo(3)), n(3), f("city", "beijing"), f("hukou_in_city", True), f("birth_insurance", "employee_maternity")])
m("pregnancy age birth_order now_vs_birth", "my daughter is pregnant again, due on the 10th of feb, her little boy is 2 and a half and the girl is almost 5. they get dibao at the moment because her husband is ill",
  [due(3, nextmonth(2, 10)), bd(1, almost(5)), bd(2, yo(2)), f("hardship_now", True)])
m("correction per_birth_hardship birth_order", "actually I was wrong before, we were on dibao when the second one was born",
  [chb(2, True, "r")], known=K(city="jinan", hardship_at_birth=False, kids=["2020-07", "2024-03"]))
m("height age birth_order question", "my 2 kids: the older one is 9 and 1.25m, the younger is 5 and 1.1m, we live in jinan. is it true that under 1.2 is free on buses??",
  [n(2), ht(1, 125), ht(2, 110), bd(1, yo(9)), bd(2, yo(5)), f("city", "jinan")])
m("negation_housing now_vs_birth age birth_order", "we sold our flat in jinan last year to pay debts so now we rent, dont own anything anymore. my husband gets 失业金 since october. kids are in primary school, 8 and 11",
  [f("city", "jinan"), f("renting", True), f("owns_home_in_city", False), f("hardship_now", True), bd(1, yo(11)), bd(2, yo(8))])
T("2026-02-28")  # Saturday, end of February
m("answer multiples age short_year birth_order", "4 - the oldest is 12, then a 9 year old, and twins born aug '24",
  [n(4), bd(1, yo(12)), bd(2, yo(9)), bd(3, "2024-08"), bd(4, "2024-08")], asked="children", known=K(city="beijing", hukou_in_city=True))
m("short_year birth_order per_birth_hardship", "our boy was born 21.6.3 and our girl 24.10.15, jinan. we were getting 失业金 when the girl was born, not for the boy",
  [bd(1, "2021-06-03"), bd(2, "2024-10-15"), f("city", "jinan"), chb(2, True), chb(1, False)])
m("per_birth_hardship now_vs_birth housing_fund birth_order", "my son and his wife in beijing, they were on the 低保 when my first grandson was born in 2019 but then my son got a good job at a state company, now he and his wife both have the gongjijin, and no more dibao. second grandson came in 2023",
  [f("city", "beijing"), bd(1, "2019"), chb(1, True), f("housing_fund_contributors", 2), f("hardship_now", False), bd(2, "2023")])
m("answer pregnancy multiples", "5/20 i think, and its twins so maybe earlier lol",
  [due(2, nextmonth(5, 20)), due(3, nextmonth(5, 20))], asked="due_date", known=K(city="jinan", kids=["2023-09", {"due_date": None}]))
m("correction negation_housing", "oh sorry, I misread the question before, we don't own a home, the flat belongs to my in laws, we live there for free",
  [f("owns_home_in_city", False, "r")], known=K(city="beijing", owns_home_in_city=True, renting=False))
m("age birth_order hukou pregnancy housing_fund negation_housing", "Dear officer, my family (husband, me and our two daughters, aged 10 and 7) returned from Singapore last month. We have registered our hukou in Jinan. I am expecting our third child in early September. My husband is the only one paying the housing provident fund. We are renting a flat temporarily. Please let me know if our third child qualifies.",
  [n(2), bd(1, yo(10)), bd(2, yo(7)), f("city", "jinan"), f("hukou_in_city", True), due(3, nextmonth(9)), f("housing_fund_contributors", 1), f("renting", True)])
m("answer per_birth_hardship now_vs_birth", "yes, unemployment benefit, my husband was laid off in october. still on it",
  [f("hardship_at_birth", True, "c"), f("hardship_now", True)], asked="hardship_at_birth", known=K(city="beijing", kids=["2026-01"]))
m("age birth_order insurance", "baby is 40 days old today, big brother is almost 3. I'm on the flexible employment insurance, we live in jinan",
  [bd(2, dago(40)), bd(1, almost(3)), f("birth_insurance", "flexible_employment"), f("city", "jinan")])
m("insurance pregnancy question", "my wife only has the resident medical insurance, how much does that cover for the birth? baby due in april, we're in jinan",
  [f("birth_insurance", "resident_medical"), due(1, nextmonth(4)), f("city", "jinan")])
m("multiples age birth_order hukou insurance", "asking for my cousin: she's got a 7 yo and a 5 yo and then had twins in december, so 4 kids, they live in beijing but hukou in shandong, she had no job so no insurance for the birth",
  [n(4), bd(1, yo(7)), bd(2, yo(5)), bd(3, pastmonth(12)), bd(4, pastmonth(12)), f("city", "beijing"), f("hukou_in_city", False), f("birth_insurance", "none")])
m("duration housing_fund negation_housing", "I've paid gongjijin 11 years and my wife 4 years, we are looking to buy our first house in jinan, currently renting in tianqiao",
  [f("housing_fund_contributors", 2), f("buying_first_home", True), f("city", "jinan"), f("renting", True)])
m("chitchat", "sorry my grandma was using my phone and typing random stuff to you before, please ignore whatever she said, I'll come back later with the proper info")
T("2026-08-13")  # Thursday
m("relative_date negation_housing housing_fund insurance", "our baby girl arrived last thursday!! we rent in xicheng, beijing, and both of us pay gongjijin. my wife's insurance is the employee one with maternity",
  [bd(1, lastweek(3)), f("renting", True), f("city", "beijing"), f("housing_fund_contributors", 2), f("birth_insurance", "employee_maternity")])
m("answer numerals age birth_order", "two boys, one 16 months and one five and a half",
  [n(2), bd(1, yo(5)), bd(2, mo(16))], asked="children", known=K(city="jinan"))
m("correction age multiples birth_order", "my mistake, the big one is 3 not 4, and we have 3 children, the babies in may were twins",
  [bd(1, yo(3), "r"), n(3, "r"), bd(3, "2026-05")], known=K(city="beijing", kids=["2022-02", "2026-05"]))
m("per_birth_hardship now_vs_birth height", "Dear staff, I write regarding my nephew's family in Jinan. When their son was born in 2021 they were receiving special hardship support (特困供养). This support ended last year and they currently receive no benefits. The boy is about 1.1 m tall. Thank you for your assistance.",
  [f("city", "jinan"), bd(1, "2021"), chb(1, True), f("hardship_now", False), ht(1, 110)])
m("hukou question", "my husband and I both have jinan hukou but he works in beijing on weekdays, we live in jinan with our 3 kids, can he claim in beijing?",
  [f("city", "jinan"), f("hukou_in_city", True), n(3)])
m("answer negation_housing housing_fund", "nope, renting a tiny place in daxing, but we're trying to buy our first one next year, me and my husband are both paying housing fund for it",
  [f("owns_home_in_city", False, "c"), f("renting", True), f("buying_first_home", True), f("housing_fund_contributors", 2)], asked="owns_home_in_city", known=K(city="beijing", kids=["2019-08", "2024-01"]))
m("pregnancy age birth_order hukou insurance", "my wife is due the first week of november with our second, our first is 20 months. we have 济南户口, she gets resident medical insurance",
  [due(2, nextmonth(11)), bd(1, mo(20)), f("city", "jinan"), f("hukou_in_city", True), f("birth_insurance", "resident_medical")])
m("per_birth_hardship multiples birth_order now_vs_birth", "just to be clear about the dibao thing: the triplets were born while we were on dibao, but when the eldest was born we weren't. we're still on it now",
  [chb(2, True), chb(3, True), chb(4, True), chb(1, False), f("hardship_now", True)], known=K(city="jinan", kids=["2016-03", "2025-10", "2025-10", "2025-10"]))
m("answer height", "122cm at her checkup last week, she's the tallest in her class",
  [ht(1, 122)], asked="children.height_cm", known=K(city="jinan", kids=["2019-05"]))
m("chitchat", "my granddaughter showed me how to use this app, i am 72 years old and i do not understand the policy paper at all, can you explain it simply please")
m("answer insurance hukou", "she pays her own as flexible employment, she's a freelance translator. also we dont have beijing hukou if that matters",
  [f("birth_insurance", "flexible_employment"), f("hukou_in_city", False)], asked="birth_insurance", known=K(city="beijing", kids=["2026-07"]))
m("multiples pregnancy age birth_order hukou housing_fund", "for my sister: she's expecting twins at the end of october, she already has 2 kids (a 6 year old and a 3 year old), beijing hukou, she and her husband each pay gongjijin",
  [n(2), due(3, nextmonth(10)), due(4, nextmonth(10)), bd(1, yo(6)), bd(2, yo(3)), f("city", "beijing"), f("hukou_in_city", True), f("housing_fund_contributors", 2)])
T("2026-11-30")  # Monday, month end
m("relative_date age birth_order hukou negation_housing now_vs_birth", "the little one was born last friday, our 3rd, the others are 5 and 2 and a half. we're in jinan, no hukou here, we rent. not on any benefits",
  [bd(3, lastweek(4)), bd(1, yo(5)), bd(2, yo(2)), f("city", "jinan"), f("hukou_in_city", False), f("renting", True), f("hardship_now", False)])
m("correction short_year height birth_order", "typo, the eldest was born '16 not '18. and the second is 1.08m",
  [bd(1, "2016", "r"), ht(2, 108)], known=K(city="beijing", kids=["2018-04", "2022-09"]))
m("answer housing_fund per_birth_hardship birth_order", "nobody, we both do odd jobs. we were on dibao when the second was born",
  [f("housing_fund_contributors", 0), chb(2, True)], asked="housing_fund_contributors", known=K(city="jinan", kids=["2020-12", "2023-06"]))
m("question age", "is the 3600 a year paid until the kid turns 3? mine is 2 years 4 months",
  [bd(1, age(2, 4))])
m("pregnancy numerals age birth_order hukou negation_housing housing_fund", "my daughter in law is due 12/20 with my second grandchild, the first one is four and starts kindergarten next year. they moved their hukou to beijing, own a flat in tongzhou. my son pays gongjijin, she doesnt",
  [due(2, nextmonth(12, 20)), bd(1, yo(4)), f("city", "beijing"), f("hukou_in_city", True), f("owns_home_in_city", True), f("housing_fund_contributors", 1)])
m("answer negation_housing now_vs_birth", "no, we live with my parents in their flat, no rent. my husband and I have been on 失业金 since summer",
  [f("renting", False, "c"), f("hardship_now", True)], asked="renting", known=K(city="jinan", owns_home_in_city=False))
T("2027-01-14")  # Thursday, January
m("answer age short_year birth_order", "3 kids. 2 from my first marriage, 13 and 10, and a baby born 2026/12/3 with my current wife",
  [n(3), bd(1, yo(13)), bd(2, yo(10)), bd(3, "2026-12-03")], asked="children", known=K(city="beijing"))
m("answer hukou negation_housing housing_fund", "yes since last year, we bought an apartment in jinan and moved it then. I'm also paying gongjijin, my wife isn't",
  [f("hukou_in_city", True, "c"), f("owns_home_in_city", True), f("housing_fund_contributors", 1)], asked="hukou_in_city", known=K(city="jinan", kids=["2025-11"]))
m("answer pregnancy", "july 4th if she's on time, she's 3 months pregnant now",
  [due(2, nextmonth(7, 4))], asked="due_date", known=K(city="beijing", kids=["2024-02", {"due_date": None}]))
m("relative_date hukou negation_housing insurance", "my grandson was born last wednesday in jinan!! so proud. the parents have no jinan hukou, they rent, and my daughter had the resident insurance",
  [bd(1, lastweek(2)), f("city", "jinan"), f("hukou_in_city", False), f("renting", True), f("birth_insurance", "resident_medical")])
m("question hukou negation_housing pregnancy insurance", "we live in beijing (rent in fengtai) and suppose we got hukou here before the baby is born in may, would we get the birth allowance? wife is on employee maternity insurance",
  [f("city", "beijing"), f("renting", True), f("hukou_in_city", True, "q"), due(1, nextmonth(5)), f("birth_insurance", "employee_maternity")])
m("answer per_birth_hardship birth_order", "only with the newest one, my husband got laid off last spring and got unemployment money, the older two no",
  [chb(3, True), chb(1, False), chb(2, False)], asked="hardship_at_birth", known=K(city="beijing", kids=["2018-05", "2021-09", "2026-12"]))
m("correction pregnancy multiples birth_order", "correction, the due date is end of march not april, and the scan says twins!!",
  [due(2, nextmonth(3), "r"), due(3, nextmonth(3))], known=K(city="jinan", kids=["2022-08", {"due_date": "2027-04"}]))
m("age birth_order now_vs_birth per_birth_hardship", "kids are 6 months, 2 and 4 years old, 3 altogether. my wife is on the dibao since her back injury, we werent on it for any of the births",
  [n(3), bd(1, yo(4)), bd(2, yo(2)), bd(3, mo(6)), f("hardship_now", True), f("hardship_at_birth", False)])
m("answer hukou age height birth_order", "jinan, licheng district. hukou is jinan too. 2 kids 8 and 5, 1m32 and 1m12",
  [f("city", "jinan"), f("hukou_in_city", True), n(2), bd(1, yo(8)), bd(2, yo(5)), ht(1, 132), ht(2, 112)], asked="city")
m("negation_housing hukou numerals age pregnancy birth_order housing_fund", "writing for my son because his english is better than his chinese lol, he grew up abroad. he and his wife live in beijing now, rent, no hukou. they have a boy of eighteen months and she's due 2/28 with the second. neither of them has the housing fund yet",
  [f("city", "beijing"), f("renting", True), f("hukou_in_city", False), bd(1, mo(18)), due(2, nextmonth(2, 28)), f("housing_fund_contributors", 0)])
m("answer negation_housing duration", "yeah, 3 years in the same flat in chaoyang, the landlord is nice. no place of our own",
  [f("renting", True, "c"), f("owns_home_in_city", False)], asked="renting", known=K(city="beijing", kids=["2020-01"]))
m("chitchat", "ok that's a lot of info thank you. I will tell my mum and she'll probably message you tomorrow about my little brother, he's the one with the kids not me")
m("multiples per_birth_hardship now_vs_birth birth_order", "my aunt's family in jinan: the twins were born in 2024 when they were on 特困 support, the big girl born in 2017 wasn't. they still get it. 3 kids total",
  [f("city", "jinan"), bd(2, "2024"), bd(3, "2024"), chb(2, True), chb(3, True), bd(1, "2017"), chb(1, False), f("hardship_now", True), n(3)])
m("answer insurance duration", "nothing, she hadn't worked for 2 years and we never signed up for resident insurance either",
  [f("birth_insurance", "none")], asked="birth_insurance", known=K(city="jinan", kids=["2026-12"]))
T("2027-03-31")  # Wednesday, month end
m("answer age relative_date birth_order", "we have 2, the first is 3 and a half and the baby came last tuesday",
  [n(2), bd(1, yo(3)), bd(2, lastweek(1))], asked="children", known=K(city="beijing", hukou_in_city=False))
m("answer numerals housing_fund negation_housing", "three, me, my wife and my mother-in-law who lives with us. and we're buying our first flat this summer",
  [f("housing_fund_contributors", 3), f("buying_first_home", True)], asked="housing_fund_contributors", known=K(city="jinan", kids=["2023-10"]))
m("correction height", "oh no, I said beijing but we actually live in jinan, sorry. and the girl is 1m15",
  [f("city", "jinan", "r"), ht(1, 115)], known=K(city="beijing", kids=["2021-07"]))
m("question age birth_order", "if we have another in 2028 would that be our 4th? we have 3 - 10, 7 and 2",
  [due(4, "2028", "q"), n(3), bd(1, yo(10)), bd(2, yo(7)), bd(3, yo(2))])
m("hukou birth_order negation_housing housing_fund question", "Respected officials, I returned from Japan in 2025 and now reside in Beijing with my husband. We both obtained Beijing hukou last year. Our child was born in Tokyo on 3 October 2024. We own our apartment in Chaoyang and both contribute to the housing provident fund. Is a child born overseas eligible?",
  [f("city", "beijing"), f("hukou_in_city", True), bd(1, "2024-10-03"), f("owns_home_in_city", True), f("housing_fund_contributors", 2)])
m("height age birth_order question", "my daughter is 1.48 m and 11 years old, is she still a child for the park ticket? and her brother is 6 and 1.2m",
  [bd(1, yo(11)), ht(1, 148), bd(2, yo(6)), ht(2, 120)])
m("answer negation_housing duration pregnancy age birth_order", "yes we are, signing in may hopefully. we've saved for 5 years. and baby number 2 is due early october, first one is 4",
  [f("buying_first_home", True, "c"), due(2, nextmonth(10)), bd(1, yo(4))], asked="buying_first_home", known=K(city="beijing", owns_home_in_city=False, renting=True))
m("answer height birth_order", "the big one 1.5m (she's nearly as tall as me!), the middle one 1m18 and the baby we haven't measured",
  [ht(1, 150), ht(2, 118)], asked="children.height_cm", known=K(city="jinan", kids=["2016-02", "2020-11", "2025-06"]))
m("now_vs_birth age insurance", "my sister in beijing gets the minimum living allowance now, she's a single mum, her daughter is 7 months. she also had no insurance when she gave birth",
  [f("city", "beijing"), f("hardship_now", True), bd(1, mo(7)), f("birth_insurance", "none")])
m("answer hukou duration negation_housing housing_fund", "no neither of us. we've been in beijing 12 years renting and both pay gongjijin all that time",
  [f("hukou_in_city", False, "c"), f("renting", True), f("housing_fund_contributors", 2)], asked="hukou_in_city", known=K(city="beijing", kids=["2019-11", "2023-02"]))
m("answer pregnancy insurance", "the 3rd of september 2027, first baby for us, and I'm on employee maternity insurance at the bank",
  [due(1, "2027-09-03"), f("birth_insurance", "employee_maternity")], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("multiples age height birth_order numerals hukou insurance", "grandma writing: triplets born on 2 march, 3 boys!! plus their sister who is 5 and already 1m10. so four grandchildren in that house. jinan hukou, their mother had the employee insurance",
  [bd(1, yo(5)), ht(1, 110), bd(2, pastmonth(3, 2)), bd(3, pastmonth(3, 2)), bd(4, pastmonth(3, 2)), n(4), f("city", "jinan"), f("hukou_in_city", True), f("birth_insurance", "employee_maternity")])
m("answer negation_housing pregnancy birth_order", "yes, a small flat my parents helped us buy in 2020. also our second is due 6/30",
  [f("owns_home_in_city", True, "c"), due(2, nextmonth(6, 30))], asked="owns_home_in_city", known=K(city="jinan", renting=False, kids=["2022-05"]))
m("correction housing_fund age", "sorry, it's only 1 paying gongjijin, my wife stopped when she had the baby. and the baby is 18 months, not 6",
  [f("housing_fund_contributors", 1, "r"), bd(1, mo(18), "r")], known=K(city="beijing", housing_fund_contributors=2, kids=["2026-09"]))
m("answer per_birth_hardship now_vs_birth", "no we weren't, but my husband has been on unemployment benefit since january",
  [f("hardship_at_birth", False, "c"), f("hardship_now", True)], asked="hardship_at_birth", known=K(city="jinan", kids=["2026-10"]))
m("answer multiples pregnancy insurance negation_housing", "none born yet, we're 4 months pregnant with twins!! my wife is on the flexible employment insurance, we rent in shunyi",
  [n(0), due(1, preg(4)), due(2, preg(4)), f("birth_insurance", "flexible_employment"), f("renting", True)], asked="children", known=K(city="beijing"))
