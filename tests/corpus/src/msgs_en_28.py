# English, batch 28: durations that are not ages (gongjijin for N months, maternity leave left, dibao for N years,
# worked N years), now versus at the birth (laid off now / on dibao since / was working when she was born), ages in
# every form (18 months, 2 and a half, turning 3 next week, 10 weeks old, 2 yrs 3 months); answers, one-fact
# corrections, chitchat and questions that state nothing; phone typing, pinyin, grandparents
lang("en")
T("2025-01-06")  # Monday
m("age duration housing_fund", "hey, jinan here. my boy is 10 weeks old, wife still on maternity leave 3 more weeks. she's only been paying gongjijin 6 months, i have none",
  [f("city", "jinan"), bd(1, dago(70)), f("housing_fund_contributors", 1)])
m("duration now_vs_birth per_birth_hardship age", "we been on dibao 2 yrs now. daughter turned 1 last week so yeah we had it when she was born",
  [f("hardship_now", True), bd(1, just(1)), f("hardship_at_birth", True)], known=K(city="beijing"))
m("answer now_vs_birth", "nah. i was still at the car plant back then. got laid off in november tho",
  [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2024-05"]))
m("age numerals birth_order", "grandpa typing. i got 2 grandkids, the girl is 4 and a half n the boy 18 months",
  [n(2), bd(1, yo(4)), bd(2, mo(18))], known=K(city="jinan"))
m("correction age", "sorry typo, shes 3 WEEKS old not 3 months",
  [bd(1, dago(21), "r")], known=K(city="beijing", kids=["2024-10"]))
m("answer age numerals birth_order", "2. big one turning 6 next week, small one 8 mos",
  [n(2), bd(1, almost(6)), bd(2, mo(8))], asked="children", known=K(city="jinan"))
m("age duration insurance", "on mat leave till march, baby is 7 weeks. my maternity insurance is employee type, through my company",
  [bd(1, dago(49)), f("birth_insurance", "employee_maternity")], known=K(city="jinan"))
m("chitchat", "happy new year bot 🎉 hope u get a holiday too")
m("question", "how long do we have to apply after the baby is born??")
m("duration pregnancy insurance", "worked 5 years as a nurse, quit when i got pregnant so no shebao at all now. 6 months along",
  [f("birth_insurance", "none"), due(1, preg(6))], known=K(city="beijing"))
m("duration now_vs_birth per_birth_hardship relative_date", "been getting 失业金 for 8 months now, runs out in march. our baby came in december while i was on it",
  [f("hardship_now", True), bd(1, pastmonth(12)), f("hardship_at_birth", True)], known=K(city="jinan"))

T("2025-03-13")  # Thursday
m("relative_date age birth_order", "our little girl came last friday!! her brother is 3 and a bit",
  [bd(2, lastweek(4)), bd(1, yo(3))], known=K(city="jinan"))
m("answer now_vs_birth duration", "yes we were 特困 then. on it since 2021 and still are",
  [f("hardship_at_birth", True, "c"), f("hardship_now", True)], asked="hardship_at_birth", known=K(city="jinan", kids=["2023-02"]))
m("duration housing_fund negation_housing", "hubby been paying gongjijin 10 yrs, me only since last summer. we rent in chaoyang, 4 years in the same place",
  [f("housing_fund_contributors", 2), f("renting", True)], known=K(city="beijing", kids=["2022-09"]))
m("answer duration housing_fund", "just me, 6 months so far, new job",
  [f("housing_fund_contributors", 1)], asked="housing_fund_contributors", known=K(city="jinan", kids=["2024-07"]))
m("multiples age numerals birth_order", "my twins r 14 months and my eldest 5 and a half, so thats 3 kids",
  [bd(1, yo(5)), bd(2, mo(14)), bd(3, mo(14)), n(3)], known=K(city="jinan"))
m("correction now_vs_birth", "oh actually we DO get dibao now, started in january. forgot to say",
  [f("hardship_now", True, "r")], known=K(city="beijing", hardship_now=False, kids=["2023-11"]))
m("question", "is the one time money for 3rd babies bigger than for 2nd ones?")
m("answer pregnancy", "doc said early september, the 5th",
  [due(1, nextmonth(9, 5))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("duration now_vs_birth age", "lost my job 3 months ago, getting 失业金 now, they said its for 12 months. my son turns 1 next month",
  [f("hardship_now", True), bd(1, almost(1))], known=K(city="beijing"))
m("age", "baby is 5 weeks and 2 days lol counting every day",
  [bd(1, dago(37))], known=K(city="jinan"))
m("answer duration", "yes, renting 3 years now in shizhong",
  [f("renting", True, "c")], asked="renting", known=K(city="jinan", kids=["2024-01"]))
m("pregnancy age birth_order", "pregnant with our 2nd, 4 months. the first one is 20 months old",
  [due(2, preg(4)), bd(1, mo(20))], known=K(city="beijing"))

T("2025-04-22")  # Tuesday
m("age numerals hukou now_vs_birth per_birth_hardship birth_order", "mom of 3 here!! 9, 6 and 11 weeks. all jinan hukou. on 失业金 since march, didnt have it when the youngest was born",
  [n(3), bd(1, yo(9)), bd(2, yo(6)), bd(3, dago(77)), f("city", "jinan"), f("hukou_in_city", True), f("hardship_now", True), chb(3, False)])
m("question duration", "wife's maternity leave is 158 days, she already used 60. do we get the allowance for all of it?")
m("answer hukou duration", "nope, hukou is back in anhui. been in beijing 7 years tho",
  [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing", kids=["2023-08"]))
m("correction age", "ugh no, my boy is two and a half, i put one and a half by mistake",
  [bd(1, yo(2), "r")], known=K(city="jinan", kids=[yo(1)]))
m("age birth_order housing_fund", "my grandson is turning 3 next week and his sis is 6 months. their mom and dad both pay gongjijin, us old ones dont",
  [bd(1, almost(3)), bd(2, mo(6)), f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("answer insurance duration", "resident medical. been self employed 4 yrs, never had the company kind",
  [f("birth_insurance", "resident_medical")], asked="birth_insurance", known=K(city="beijing", kids=[{"due_date": "2025-09"}]))
m("duration now_vs_birth per_birth_hardship age birth_order", "dibao for two years, stopped last month cuz my husband found work. kids are 8 and 1, we had it when the younger one came",
  [f("hardship_now", False), bd(1, yo(8)), bd(2, yo(1)), chb(2, True)], known=K(city="jinan"))
m("relative_date", "born the 3rd of april, 3.4 kg, a boy!",
  [bd(1, pastmonth(4, 3))], known=K(city="beijing", kids=[{"due_date": "2025-04"}]))
m("question duration", "how many days is maternity leave in beijing now? i only got 128 days last time")
m("duration housing_fund", "hubby's company has paid his gongjijin 3 years, mine 18 months. my mil retired so she stopped",
  [f("housing_fund_contributors", 2)], known=K(city="beijing", kids=["2024-02"]))

T("2025-07-17")  # Thursday
m("relative_date age birth_order duration now_vs_birth per_birth_hardship", "number 2 arrived last tuesday 5am, big sister is 4. we've been on dibao 6 months so yes it covered his birth",
  [bd(2, lastweek(1)), bd(1, yo(4)), f("hardship_now", True), chb(2, True)], known=K(city="jinan"))
m("answer age numerals", "one, hes 2 yrs 3 months",
  [n(1), bd(1, age(2, 3))], asked="children", known=K(city="jinan"))
m("duration housing_fund", "we only had gongjijin 6 months before the company went bust, so nobody in the family pays it now",
  [f("housing_fund_contributors", 0)], known=K(city="beijing", kids=["2023-03"]))
m("answer negation_housing duration birth_order", "not yet, been renting 5 yrs. wanna buy our first one before lao er comes",
  [f("owns_home_in_city", False, "c"), f("renting", True), f("buying_first_home", True)], asked="owns_home_in_city",
  known=K(city="jinan", kids=["2022-06", {"due_date": "2025-10"}]))
m("correction insurance", "no its flexible employment not resident. i started paying it myself in may",
  [f("birth_insurance", "flexible_employment", "r")], known=K(city="jinan", birth_insurance="resident_medical", kids=[{"due_date": "2025-12"}]))
m("relative_date duration", "baby born day before yesterday!! i get 15 days paternity leave, wife 158",
  [bd(1, back(2))], known=K(city="beijing", kids=[{"due_date": "2025-07"}]))
m("age numerals hukou birth_order", "3 kids, 16 14 and 2 months. no hukou here, we're from gansu",
  [n(3), bd(1, yo(16)), bd(2, yo(14)), bd(3, mo(2)), f("hukou_in_city", False)], known=K(city="beijing"))
m("answer per_birth_hardship now_vs_birth duration birth_order", "first no, second yes, we were 2 months into dibao when she came. still on it",
  [chb(1, False), chb(2, True), f("hardship_now", True)], asked="hardship_at_birth", known=K(city="jinan", kids=["2020-01", "2025-03"]))
m("age", "she's 9 weeks today",
  [bd(1, dago(63))], known=K(city="jinan", kids=["2025-05"]))
m("chitchat", "lol my mom says in her day there was no subsidy at all, u guys have it easy")

T("2025-08-09")  # Saturday
m("hukou age birth_order insurance duration housing_fund", "we're in beijing, hukou in shandong. son just turned 3, daughter 7 months. I've had employee maternity insurance 6 years at the same company. we both pay gongjijin",
  [f("city", "beijing"), f("hukou_in_city", False), bd(1, just(3)), bd(2, mo(7)), f("birth_insurance", "employee_maternity"), f("housing_fund_contributors", 2)])
m("answer pregnancy", "only 3 months along, doc hasnt told us a date",
  [due(2, preg(3))], asked="due_date", known=K(city="jinan", kids=[yo(2), {"due_date": None}]))
m("duration now_vs_birth per_birth_hardship numerals", "we're 特困 since 2019 and still are. all 3 kids were born after that, we had it at every birth",
  [f("hardship_now", True), n(3), f("hardship_at_birth", True)], known=K(city="jinan", kids=["2020-04", "2022-06", "2024-09"]))
m("correction per_birth_hardship", "sorry i mean we were NOT on dibao back then, we got it when he was 1",
  [f("hardship_at_birth", False, "r")], known=K(city="beijing", hardship_at_birth=True, kids=["2022-03"]))
m("question age", "how old does the kid have to be for the 3600 thing? mine is 2 years 11 months",
  [bd(1, age(2, 11))], known=K(city="beijing"))
m("answer height birth_order", "big one 1m35, small one dunno, under a metre for sure",
  [ht(1, 135), below(2, 100)], asked="children.height_cm", known=K(city="jinan", kids=["2016-05", "2022-12"]))
m("housing_fund duration", "nobody in our house has gongjijin. me n my wife both do delivery, 3 years now",
  [f("housing_fund_contributors", 0)], known=K(city="beijing", kids=["2024-04"]))
m("answer negation_housing duration", "no, we already own a flat in huaiyin, bought it 2 yrs ago",
  [f("buying_first_home", False, "c"), f("owns_home_in_city", True)], asked="buying_first_home", known=K(city="jinan", kids=["2023-10"]))

T("2025-10-15")  # Wednesday
m("age hukou duration now_vs_birth per_birth_hardship", "hi my daughter is 16 months, we're jinan ppl, jinan hukou. husband getting 失业金 4 months now, when she was born he still had his job so nothing then",
  [bd(1, mo(16)), f("city", "jinan"), f("hukou_in_city", True), f("hardship_now", True), f("hardship_at_birth", False)])
m("relative_date age birth_order", "third baby born last monday, the other two are 7 and 5",
  [bd(3, lastweek(0)), bd(1, yo(7)), bd(2, yo(5))], known=K(city="beijing"))
m("answer duration", "yes, we'd been on dibao a year already",
  [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2025-08"]))
m("pregnancy age birth_order", "just found out im pregnant again!! the first is 2 and a half",
  [due(2, None), bd(1, yo(2))], known=K(city="jinan"))
m("correction housing_fund", "oops not 3, grandpa retired in june, so just 2 now",
  [f("housing_fund_contributors", 2, "r")], known=K(city="beijing", housing_fund_contributors=3, kids=["2024-12"]))
m("multiples age numerals birth_order", "twins turning 2 on saturday, and their big bro is 7",
  [bd(1, yo(7)), bd(2, almost(2)), bd(3, almost(2)), n(3)], known=K(city="jinan"))
m("answer negation_housing duration", "nope, we stay in my husband's factory housing, 3 years already",
  [f("renting", False, "c")], asked="renting", known=K(city="jinan", kids=["2025-02"]))
m("question", "is there any money for grandparents who look after the kids all day?")
m("answer numerals duration", "none yet, trying for a year now",
  [n(0)], asked="children", known=K(city="beijing"))
m("duration now_vs_birth per_birth_hardship numerals", "on dibao for 2 years already, and no we didnt have it at either birth, my 2 kids are older than that",
  [f("hardship_now", True), f("hardship_at_birth", False), n(2)], known=K(city="jinan", kids=["2018-07", "2021-03"]))
m("answer height", "both under 1m2 still, they're small for their age",
  [below(1, 120), below(2, 120)], asked="children.height_cm", known=K(city="beijing", kids=["2021-04", "2022-04"]))

T("2025-12-01")  # Monday
m("hukou age numerals pregnancy duration now_vs_birth per_birth_hardship birth_order", "hello!! in jinan, jinan hukou, 1 kid 10 months, 2nd on the way 5 months. hubby laid off since august and gets 失业金, when our first was born we both worked, no benefits",
  [f("city", "jinan"), f("hukou_in_city", True), n(1), bd(1, mo(10)), due(2, preg(5)), f("hardship_now", True), chb(1, False)])
m("relative_date age birth_order", "born last thursday, our 2nd. the first one is almost 5",
  [bd(2, lastweek(3)), bd(1, almost(5))], known=K(city="beijing"))
m("answer housing_fund", "me and my mom, 2. my husband farms, no gongjijin",
  [f("housing_fund_contributors", 2)], asked="housing_fund_contributors", known=K(city="jinan", kids=["2025-06"]))
m("age hukou question", "my father in law asks: our grandson is 11 weeks, do we get money for him? we're in beijing, his parents are non local hukou",
  [bd(1, dago(77)), f("city", "beijing"), f("hukou_in_city", False)])
m("answer insurance duration", "none of those, i stopped paying shebao 2 years ago",
  [f("birth_insurance", "none")], asked="birth_insurance", known=K(city="jinan", kids=[{"due_date": "2026-05"}]))
m("per_birth_hardship numerals birth_order", "my 2 kids: eldest arrived during our dibao years, the second 3 yrs later after it ended",
  [n(2), chb(1, True), chb(2, False)], known=K(city="beijing", kids=["2019-02", "2022-05"]))
m("chitchat", "ok thx. gotta feed the baby brb")
m("answer age numerals birth_order", "two daughters, 5 and 18 months",
  [n(2), bd(1, yo(5)), bd(2, mo(18))], asked="children", known=K(city="beijing", hukou_in_city=True))
m("duration age", "maternity leave ends in 3 weeks and i have to go back 😭 baby is 5 months",
  [bd(1, mo(5))], known=K(city="jinan"))
m("duration hukou", "finally got beijing hukou through points, waited 6 yrs for it",
  [f("hukou_in_city", True)], known=K(city="beijing", hukou_in_city=False, kids=["2024-08"]))

T("2026-02-03")  # Tuesday
m("age hukou negation_housing duration now_vs_birth per_birth_hardship birth_order", "kids 12, 9 and a 6 week old baby. we're beijing hukou, renting tho. been on dibao 3 years, incl when the baby came",
  [bd(1, yo(12)), bd(2, yo(9)), bd(3, dago(42)), f("city", "beijing"), f("hukou_in_city", True), f("renting", True), f("hardship_now", True), chb(3, True)])
m("relative_date insurance", "my granddaughter was born last monday! both parents are on employee maternity insurance from their jobs",
  [bd(1, lastweek(0)), f("birth_insurance", "employee_maternity")], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "older one nope. this one yes, 失业金 started in october",
  [chb(1, False), chb(2, True)], asked="hardship_at_birth", known=K(city="jinan", kids=["2019-05", "2025-12"]))
m("age question", "my kid is 2 yrs 7 months, how much a month do we get?",
  [bd(1, age(2, 7))], known=K(city="beijing"))
m("correction negation_housing", "actually we moved out of the rental in january, living at my parents place now",
  [f("renting", False, "r")], known=K(city="jinan", renting=True, kids=["2024-03"]))
m("answer pregnancy", "27th of june",
  [due(2, nextmonth(6, 27))], asked="due_date", known=K(city="beijing", kids=[yo(3), {"due_date": None}]))
m("pregnancy insurance duration", "6 months pregnant, first one, my company has paid my maternity insurance 8 yrs",
  [due(1, preg(6)), f("birth_insurance", "employee_maternity")], known=K(city="jinan"))
m("housing_fund duration", "2 of us pay gongjijin, me since 2018 and my husband since last summer",
  [f("housing_fund_contributors", 2)], known=K(city="beijing", kids=["2023-09"]))
m("chitchat", "sry my english is bad, typing with one hand and the baby in the other")
m("age duration now_vs_birth per_birth_hardship", "3 weeks ago our son was born and i got laid off the same week. started getting 失业金 only this week, so nothing at the birth",
  [bd(1, dago(21)), f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan"))
m("pregnancy duration", "my wife is 7 months pregnant, our 1st, getting 失业金 since november",
  [due(1, preg(7)), f("hardship_now", True)], known=K(city="beijing"))

T("2026-03-19")  # Thursday
m("relative_date multiples numerals", "our twins came last wednesday!!! 2 girls, our first babies",
  [bd(1, lastweek(2)), bd(2, lastweek(2)), n(2)], known=K(city="beijing"))
m("answer hukou", "yeah jinan hukou since 2020",
  [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=["2025-07"]))
m("negation_housing duration", "we rented for 6 years, got the keys to our own flat in december, first home we ever bought",
  [f("owns_home_in_city", True)], known=K(city="jinan", kids=["2022-11"]))
m("answer now_vs_birth", "yes. dibao stopped in feb tho",
  [f("hardship_at_birth", True, "c"), f("hardship_now", False)], asked="hardship_at_birth", known=K(city="beijing", kids=["2025-11"]))
m("height age birth_order", "my eldest grandson is 1m3 already, the other one is 2 and a half",
  [ht(1, 130), bd(2, yo(2))], known=K(city="jinan"))
m("answer age numerals birth_order", "3: 8 yrs, 5 yrs and 1 yr 2 months",
  [n(3), bd(1, yo(8)), bd(2, yo(5)), bd(3, age(1, 2))], asked="children", known=K(city="beijing"))
m("correction age", "oops he's 3 not 4",
  [bd(1, yo(3), "r")], known=K(city="jinan", kids=[yo(4)]))
m("insurance duration pregnancy", "paid flexible employment shebao 14 months now, due in august",
  [f("birth_insurance", "flexible_employment"), due(1, nextmonth(8))], known=K(city="beijing"))
m("housing_fund numerals", "both grandpas still pay gongjijin, and my husband. i dont. so 3",
  [f("housing_fund_contributors", 3)], known=K(city="jinan", kids=["2025-04"]))
m("age", "she's 100 days old today!! we had a little party",
  [bd(1, dago(100))], known=K(city="jinan", kids=["2025-12"]))

T("2026-05-25")  # Monday
m("relative_date age birth_order now_vs_birth per_birth_hardship", "baby boy arrived last thursday, our 3rd. the girls are 7 and 4. we're on 失业金 since april, so also when he was born",
  [bd(3, lastweek(3)), bd(1, yo(7)), bd(2, yo(4)), f("hardship_now", True), chb(3, True)], known=K(city="jinan"))
m("answer hukou", "beijing, changping district. hukou back in hebei",
  [f("city", "beijing"), f("hukou_in_city", False)], asked="city")
m("age now_vs_birth per_birth_hardship", "my son is 2, just turned. dibao started when he was 6 months old, so not at the birth, still getting it",
  [bd(1, just(2)), f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan"))
m("answer negation_housing", "yep, small 2 bedroom we bought in 2021",
  [f("owns_home_in_city", True, "c")], asked="owns_home_in_city", known=K(city="beijing", kids=["2024-10"]))
m("multiples age numerals duration birth_order", "twins 10 weeks old, their brother is 3. i'm on maternity leave another 2 months",
  [bd(1, yo(3)), bd(2, dago(70)), bd(3, dago(70)), n(3)], known=K(city="jinan"))
m("chitchat", "my husband thinks this bot knows more than him 😂")
m("answer insurance duration", "employee. at the bank 11 years",
  [f("birth_insurance", "employee_maternity")], asked="birth_insurance", known=K(city="jinan", kids=[{"due_date": "2026-10"}]))
m("question hukou", "if my wife gets her jinan hukou this year would the baby get more?",
  [f("hukou_in_city", True, "q")], known=K(city="jinan", hukou_in_city=False, kids=[{"due_date": "2026-09"}]))
m("age question duration", "my kid is 3 and a half, how long is the kindergarten subsidy paid for?",
  [bd(1, yo(3))], known=K(city="beijing"))
m("per_birth_hardship now_vs_birth duration", "we had 特困 support for 3 years when the kids were little, they were all born in that time. nothing since 2023",
  [f("hardship_at_birth", True), f("hardship_now", False)], known=K(city="beijing", kids=["2019-08", "2021-06"]))

T("2026-07-12")  # Sunday
m("pregnancy age birth_order now_vs_birth per_birth_hardship negation_housing housing_fund", "hi. jinan. im 8 months pregnant with #2, the 1st is turning 3 next month. husband on 失业金 since may, when the 1st was born we had nothing. we rent. we both paid gongjijin before but not now",
  [f("city", "jinan"), due(2, preg(8)), bd(1, almost(3)), f("hardship_now", True), chb(1, False), f("renting", True), f("housing_fund_contributors", 0)])
m("answer housing_fund duration", "my wife only, 9 years at the school",
  [f("housing_fund_contributors", 1)], asked="housing_fund_contributors", known=K(city="beijing", kids=["2025-01"]))
m("age duration", "been on maternity leave 3 months, baby is 14 weeks, and hr says something about my shebao?? so confused",
  [bd(1, dago(98))], known=K(city="beijing"))
m("answer per_birth_hardship now_vs_birth birth_order", "with the youngest yes, not the other two. dibao ended this spring",
  [chb(3, True), chb(1, False), chb(2, False), f("hardship_now", False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2015-03", "2018-09", "2024-02"]))
m("age birth_order", "son 5 and daughter a year and 3 months",
  [bd(1, yo(5)), bd(2, age(1, 3))], known=K(city="beijing"))
m("correction housing_fund", "wait no, 2 ppl pay gongjijin not 1, forgot myself lol",
  [f("housing_fund_contributors", 2, "r")], known=K(city="jinan", housing_fund_contributors=1, kids=["2023-06"]))
m("age insurance duration birth_order", "got a 5 month old and a 2 yr old. worked 5 years at the same factory but i only have resident medical insurance myself",
  [bd(1, yo(2)), bd(2, mo(5)), f("birth_insurance", "resident_medical")], known=K(city="jinan"))
m("question", "do u need the hukou booklet to apply or just ID card?")
m("answer height", "hes like 1m12 in shoes lol",
  [ht(1, 112)], asked="children.height_cm", known=K(city="beijing", kids=["2021-02"]))
m("age birth_order", "she's 3 years 4 months, he's 7 months",
  [bd(1, age(3, 4)), bd(2, mo(7))], known=K(city="jinan"))

T("2026-09-09")  # Wednesday
m("relative_date age birth_order duration now_vs_birth per_birth_hardship", "my 4th!!! born last tuesday. the others 13, 10 and 6. we've been a dibao family 11 years, all born on it except the eldest",
  [bd(4, lastweek(1)), bd(1, yo(13)), bd(2, yo(10)), bd(3, yo(6)), f("hardship_now", True), chb(1, False), chb(2, True), chb(3, True), chb(4, True)], known=K(city="jinan"))
m("answer pregnancy", "end of november",
  [due(1, nextmonth(11))], asked="due_date", known=K(city="beijing", kids=[{"due_date": None}]))
m("duration housing_fund negation_housing", "my husband has worked 5 years in jinan and paid gongjijin the whole time, i've been paying just 1 year. we own nothing, want a first flat",
  [f("housing_fund_contributors", 2), f("owns_home_in_city", False), f("buying_first_home", True)], known=K(city="jinan", kids=["2025-10"]))
m("correction relative_date", "no the baby was born aug 28 not 29",
  [bd(1, pastmonth(8, 28), "r")], known=K(city="beijing", kids=["2026-08-29"]))
m("answer", "yes 1 bedroom in haidian, 5800 a month",
  [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=["2026-01"]))
m("age birth_order", "my son is 2 yrs and 2 months and my daughter 4 weeks",
  [bd(1, age(2, 2)), bd(2, dago(28))], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship relative_date", "we were on 失业金 when she was born last year, but now we both work again, no more 失业金",
  [bd(1, year(-1)), f("hardship_at_birth", True), f("hardship_now", False)], known=K(city="beijing"))
m("answer age numerals", "just one girl, 11 months",
  [n(1), bd(1, mo(11))], asked="children", known=K(city="jinan"))
m("answer negation_housing duration", "no plans, we've rented the same place 9 years and its fine",
  [f("buying_first_home", False, "c"), f("renting", True)], asked="buying_first_home", known=K(city="beijing", kids=["2024-06"]))

T("2026-10-29")  # Thursday
m("relative_date age birth_order", "home from the hospital today with our 2nd, little miss arrived last friday. big bro is 6",
  [bd(2, lastweek(4)), bd(1, yo(6))], known=K(city="beijing"))
m("answer now_vs_birth duration", "no. but we've been on dibao 6 months now",
  [f("hardship_at_birth", False, "c"), f("hardship_now", True)], asked="hardship_at_birth", known=K(city="jinan", kids=["2024-06"]))
m("hukou duration", "we live in jinan for my job 2 years now, hukou is still in qingdao",
  [f("city", "jinan"), f("hukou_in_city", False)])
m("multiples age numerals per_birth_hardship now_vs_birth", "twins 2 and a half, our only kids. we had dibao when the twins arrived and still get it",
  [bd(1, yo(2)), bd(2, yo(2)), n(2), chb(1, True), chb(2, True), f("hardship_now", True)], known=K(city="beijing"))
m("answer housing_fund duration", "none of us now, i quit in may, paid it 7 years before that",
  [f("housing_fund_contributors", 0)], asked="housing_fund_contributors", known=K(city="jinan", kids=["2025-03"]))
m("correction multiples age", "wrong unit lol, the twins are 3 MONTHS, not weeks",
  [bd(1, mo(3), "r"), bd(2, mo(3), "r")], known=K(city="beijing", kids=[dago(21), dago(21)]))
m("age duration", "the baby is 10 days, wife on 158 days leave, i got 15",
  [bd(1, dago(10))], known=K(city="beijing", kids=[{"due_date": "2026-10"}]))
m("question", "which papers should i bring to claim 生育津贴?")
m("hukou duration", "hukou moved to beijing 2 months ago!!! waited 6 yrs",
  [f("hukou_in_city", True)], known=K(city="beijing", hukou_in_city=False, kids=["2025-05"]))

T("2026-11-30")  # Monday
m("relative_date age birth_order hukou negation_housing", "baby #2 born last wednesday!! first one is 4 and a half. we're jinan hukou, renting in tianqiao",
  [bd(2, lastweek(2)), bd(1, yo(4)), f("city", "jinan"), f("hukou_in_city", True), f("renting", True)])
m("answer per_birth_hardship multiples birth_order", "for the twins yes, 失业金. for the big one no",
  [chb(2, True), chb(3, True), chb(1, False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2020-03", "2026-06", "2026-06"]))
m("duration housing_fund", "paid gongjijin 6 months only, then the company closed. my wife never had it. so nobody now",
  [f("housing_fund_contributors", 0)], known=K(city="beijing", kids=["2025-09"]))
m("correction now_vs_birth", "my bad, dibao ended in october, we don't get it now",
  [f("hardship_now", False, "r")], known=K(city="jinan", hardship_now=True, kids=["2024-01"]))
m("answer age numerals birth_order", "4!! 15, 12, 3 and 10 weeks",
  [n(4), bd(1, yo(15)), bd(2, yo(12)), bd(3, yo(3)), bd(4, dago(70))], asked="children", known=K(city="beijing"))
m("question birth_order", "say we have a 3rd in 2027, is there more money for that one?",
  [due(3, "2027", "q")], known=K(city="jinan", kids=["2019-04", "2023-02"]))
m("age", "grandma again. the baby is half a year now, time flies",
  [bd(1, mo(6))], known=K(city="beijing"))
m("chitchat", "sorry wrong chat lol")
m("answer pregnancy duration", "still 5 months to go, im 4 months now",
  [due(2, preg(4))], asked="due_date", known=K(city="jinan", kids=["2023-05", {"due_date": None}]))
