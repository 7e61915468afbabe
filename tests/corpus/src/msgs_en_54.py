# English, batch 54: multiples beside single children in any order ("twins + a 5yo", "eldest is 7 then twin boys"),
# colloquial ages (3 and a half, almost 2, 10 months, just turned 1, 6 weeks old), dotted and short years (2021.3,
# 23.5.1, 2022/6/1, '19), relative dates (last month, last october early in the year, the year before last,
# yesterday, last friday on Wed/Thu), kinship words (grandson, my daughter's twins, our little one); spread through:
# answers to each bot question, corrections, plain questions, chitchat, housing/fund/insurance/hukou, now-vs-birth hardship
T("2024-01-17")  # Wednesday
m("multiples age", "got twin boys 10 months old and a 5yo girl, living in jinan",
  [n(3), bd(1, yo(5)), bd(2, mo(10)), bd(3, mo(10)), f("city", "jinan")])
m("multiples age relative_date birth_order", "our eldest is 7 then twin girls born last october",
  [n(3), bd(1, yo(7)), bd(2, pastmonth(10)), bd(3, pastmonth(10))], known=K(city="beijing"))
m("age", "my grandson just turned one and we look after him all week", [bd(1, just(1))], known=K(city="jinan"))
m("chitchat", "happy new year to the bot lol", [])
m("question", "is the 600 a month only for kids with jinan hukou?", [], known=K(city="jinan"))
m("correction numerals birth_order", "sorry my mistake the older one was born 2021.5 not march",
  [bd(1, "2021-05", "r")], known=K(city="jinan", kids=["2021-03", "2023-06"]))
m("answer age numerals", "two. a 3 and a half yr old and a baby 6 weeks old",
  [n(2), bd(1, yo(3)), bd(2, dago(42))], asked="children", known=K(city="jinan"))
m("short_year multiples", "twins, born '19, theyre our only kids", [n(2), bd(1, "2019"), bd(2, "2019")],
  known=K(city="beijing"))
m("per_birth_hardship now_vs_birth multiples", "when my daughters twins were born she was on dibao, now she works and gets nothing",
  [chb(1, True), chb(2, True), f("hardship_now", False)], known=K(city="jinan", kids=["2022-04", "2022-04"]))
m("negation_housing housing_fund", "we rent a flat in lixia, no property of our own. hubby n i both pay gongjijin",
  [f("renting", True), f("owns_home_in_city", False), f("housing_fund_contributors", 2)],
  known=K(city="jinan", kids=["2020-09", "2023-04"]))
m("short_year numerals birth_order", "little one came 23.5.1 exactly on labour day haha",
  [bd(2, "2023-05-01")], known=K(city="beijing", kids=["2020-08", "2023-05"]))
m("pregnancy age birth_order", "6 months along with no.3, older ones are 4 and 2",
  [bd(1, yo(4)), bd(2, yo(2)), due(3, preg(6))], known=K(city="jinan"))
m("relative_date numerals", "baby girl arrived yesterday!!! 3.2kg healthy", [bd(1, back(1))], known=K(city="beijing"))
m("question birth_order", "if we had a 3rd next year would we get the 600 too", [due(3, year(1), "q")],
  known=K(city="jinan", kids=["2020-02", "2023-09"]))

T("2024-02-07")  # Wednesday
m("relative_date hukou", "our son was born the year before last, hukou is jinan", [bd(1, year(-2)), f("city", "jinan"), f("hukou_in_city", True)])
m("multiples age numerals", "the twins just turned 3 and theres a baby brother 7 weeks old",
  [n(3), bd(1, just(3)), bd(2, just(3)), bd(3, dago(49))], known=K(city="jinan"))
m("answer per_birth_hardship", "nope, no dibao back then", [f("hardship_at_birth", False, "c")],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2023-03"]))
m("answer negation_housing", "yes renting for now but saving up to buy our 1st place",
  [f("renting", True, "c"), f("buying_first_home", True)], asked="renting", known=K(city="beijing", kids=["2022-10"]))
m("multiples age", "my grandkids: granddaughter 8, and twin grandsons 1 and a half",
  [n(3), bd(1, yo(8)), bd(2, yo(1)), bd(3, yo(1))], known=K(city="beijing"))
m("chitchat", "ok thx that helps a lot", [])
m("question", "how long is paternity leave here", [], known=K(city="jinan"))
m("correction multiples numerals", "wait i got it wrong, the twins were born 2022/12/3 not november",
  [bd(2, "2022-12-03", "r"), bd(3, "2022-12-03", "r")], known=K(city="jinan", kids=["2019-05", "2022-11", "2022-11"]))
m("insurance age", "wife is a freelancer, she pays her own social insurance as flexible employment. kid is 10 months",
  [f("birth_insurance", "flexible_employment"), bd(1, mo(10))], known=K(city="beijing"))
m("answer pregnancy", "end of may i think", [due(2, nextmonth(5))], asked="due_date",
  known=K(city="jinan", kids=["2021-08", {"due_date": None}]))
m("height question birth_order", "our eldest is 1.12m, does he need a ticket on the subway", [ht(1, 112)],
  known=K(city="beijing", kids=["2018-08", "2021-01"]))
m("hukou", "we moved to jinan for work but hukou is still back in linyi", [f("city", "jinan"), f("hukou_in_city", False)])
m("age relative_date", "my daughter gave birth 2 weeks ago to a boy, his big sister is almost 4",
  [bd(1, almost(4)), bd(2, dago(14))], known=K(city="beijing"))
m("short_year age birth_order", "first one born in '21, second one 10 months old now", [bd(1, "2021"), bd(2, mo(10))],
  known=K(city="jinan"))

T("2024-05-22")  # Wednesday: "last friday" = 2024-05-17 either way
m("multiples relative_date", "triplets last friday!!! 3 girls, no older sibs", [n(3), bd(1, lastweek(4)), bd(2, lastweek(4)), bd(3, lastweek(4))],
  known=K(city="jinan"))
m("age hukou birth_order", "our little one is 14 months, big brother 6, we all have beijing hukou",
  [bd(1, yo(6)), bd(2, mo(14)), f("city", "beijing"), f("hukou_in_city", True)])
m("answer housing_fund", "just me, husbands company doesnt pay it", [f("housing_fund_contributors", 1)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=["2022-02"]))
m("answer negation_housing", "no we dont, renting in huaiyin district", [f("owns_home_in_city", False, "c"), f("renting", True)],
  asked="owns_home_in_city", known=K(city="jinan", kids=["2023-07", "2023-07"]))
m("now_vs_birth per_birth_hardship", "we get dibao now since i lost my job, but when our son was born we didnt",
  [f("hardship_now", True), chb(1, False)], known=K(city="jinan", kids=["2020-06"]))
m("question multiples", "do twins count as 2nd and 3rd child for the subsidy", [])
m("pregnancy multiples", "new grandbaby due in sept, my sons twins are gonna be big siblings", [due(3, nextmonth(9))],
  known=K(city="beijing", kids=["2021-11", "2021-11"]))
m("chitchat", "sorry baby crying brb", [])
m("multiples age birth_order", "Our eldest is 7 then twin boys who are almost 2",
  [n(3), bd(1, yo(7)), bd(2, almost(2)), bd(3, almost(2))], known=K(city="jinan"))
m("numerals birth_order", "kid no.1 2021.3, kid no.2 2023.10, no more planned lol", [bd(1, "2021-03"), bd(2, "2023-10")],
  known=K(city="beijing"))
m("correction", "oops i meant jinan not beijing, thats where we live", [f("city", "jinan", "r")],
  known=K(city="beijing", kids=["2022-12"]))
m("answer height birth_order", "big one 1.18m little one around 90cm", [ht(1, 118), ht(2, 90)], asked="children.height_cm",
  known=K(city="beijing", kids=["2019-02", "2022-07"]))
m("answer", "beijing, chaoyang", [f("city", "beijing")], asked="city")
m("age", "shes 6 wks old today and already so loud", [bd(1, dago(42))], known=K(city="jinan"))

T("2024-09-12")  # Thursday
m("multiples numerals age", "my daughters twins were born 2022/6/1 and her eldest is 5",
  [n(3), bd(1, yo(5)), bd(2, "2022-06-01"), bd(3, "2022-06-01")], known=K(city="jinan"))
m("answer insurance", "resident medical only, i dont have a job", [f("birth_insurance", "resident_medical")],
  asked="birth_insurance", known=K(city="jinan", kids=["2024-03"]))
m("multiples relative_date", "the twins came last month, no other kids before them",
  [n(2), bd(1, thismonth(-1)), bd(2, thismonth(-1))], known=K(city="beijing"))
m("age hukou question", "grandson just turned one, does he get anything? we're in jinan, jinan hukou",
  [bd(1, just(1)), f("city", "jinan"), f("hukou_in_city", True)])
m("question", "where do i apply for the 600 yuan subsidy", [], known=K(city="jinan"))
m("question multiples", "if my wife has twins next year are both covered",
  [due(2, year(1), "q"), due(3, year(1), "q")], known=K(city="jinan", kids=["2022-01"]))
m("duration chitchat", "maternity leave ends in 3 weeks ugh", [])
m("duration housing_fund", "been paying gongjijin 4 yrs, just me, my wife has none", [f("housing_fund_contributors", 1)],
  known=K(city="jinan"))
m("now_vs_birth per_birth_hardship", "had unemployment benefit when the baby arrived, not anymore, back at work",
  [f("hardship_at_birth", True), f("hardship_now", False)], known=K(city="jinan", kids=["2023-12"]))
m("age negation_housing", "3 and a half yr old boy + 10 month old girl, we rent in haidian",
  [bd(1, yo(3)), bd(2, mo(10)), f("renting", True)], known=K(city="beijing"))
m("correction age numerals", "correction: we have 3 not 2 - the newborn came 2 wks ago",
  [n(3, "r"), bd(3, dago(14))], known=K(city="beijing", kids=["2018-04", "2021-09"]))
m("height question multiples", "the little twins are nowhere near 1.3m, still free on the bus right?",
  [below(2, 130), below(3, 130)], known=K(city="beijing", kids=["2017-05", "2021-02", "2021-02"]))
m("numerals birth_order", "our little one was born 2024.7 and her sister 2020.2", [bd(2, "2024-07"), bd(1, "2020-02")],
  known=K(city="beijing"))
m("chitchat", "good morning", [])

T("2025-01-15")  # Wednesday: "last october" = 2024-10 either way
m("multiples age relative_date", "twin girls 4 and a half and a little bro born last october",
  [n(3), bd(1, yo(4)), bd(2, yo(4)), bd(3, pastmonth(10))], known=K(city="jinan"))
m("relative_date hukou birth_order", "my wife gave birth yesterday, our second. hukou's not in beijing tho, we're from henan",
  [bd(2, back(1)), f("hukou_in_city", False)], known=K(city="beijing", kids=["2021-06"]))
m("answer negation_housing", "yes planning to, once the baby comes", [f("buying_first_home", True, "c")],
  asked="buying_first_home", known=K(city="jinan", kids=["2022-03", {"due_date": "2025-04"}]))
m("short_year relative_date birth_order", "oldest born '18, youngest the year before last", [bd(1, "2018"), bd(2, year(-2))],
  known=K(city="beijing"))
m("correction pregnancy short_year", "correction - due date is actually 25.4.20 not may", [due(2, "2025-04-20", "r")],
  known=K(city="jinan", kids=["2020-10", {"due_date": "2025-05"}]))
m("question", "do we need beijing hukou to get a nursery spot", [], known=K(city="beijing"))
m("age per_birth_hardship", "granddaughter is 6 weeks old today, her mum was on dibao at the birth",
  [bd(1, dago(42)), f("hardship_at_birth", True)], known=K(city="jinan"))
m("age numerals", "two kids - one almost 2, one 3 months", [n(2), bd(1, almost(2)), bd(2, mo(3))], known=K(city="beijing"))
m("answer per_birth_hardship birth_order", "for our 2nd we were on dibao, for the 1st we werent",
  [chb(2, True), chb(1, False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2019-07", "2022-09"]))
m("chitchat", "haha my husband says hi", [])
m("insurance housing_fund", "im covered by work maternity insurance, husband and i both pay into housing fund",
  [f("birth_insurance", "employee_maternity"), f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("pregnancy multiples age numerals", "our only child is 3 and a half and now im 6 months along with twins",
  [n(1), bd(1, yo(3)), due(2, preg(6)), due(3, preg(6))], known=K(city="beijing"))
m("relative_date birth_order", "baby no 3 born this morning!!", [bd(3, today())], known=K(city="jinan", kids=["2019-01", "2022-05"]))
m("height question", "my daughter is 1.35 m now, does she still ride free", [ht(1, 135)], known=K(city="beijing", kids=["2016-03"]))

T("2025-06-25")  # Wednesday: "last friday" = 2025-06-20 either way
m("multiples age", "twins + a 5yo, the twins are 18 months", [n(3), bd(1, yo(5)), bd(2, mo(18)), bd(3, mo(18))], known=K(city="jinan"))
m("answer age numerals", "3 - 9, 6, and the baby's 4 weeks", [n(3), bd(1, yo(9)), bd(2, yo(6)), bd(3, dago(28))],
  asked="children", known=K(city="beijing"))
m("answer hukou", "nope, shandong hukou but not jinan", [f("hukou_in_city", False, "c")], asked="hukou_in_city",
  known=K(city="jinan", kids=["2023-05"]))
m("answer negation_housing", "yep own a small flat, paid off", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="beijing", kids=["2020-01", "2024-02"]))
m("correction age", "sorry shes not 2, shes almost 3", [bd(1, almost(3), "r")], known=K(city="jinan", kids=["2023-01"]))
m("relative_date age", "our grandson arrived last friday, his big brother just turned 4", [bd(1, just(4)), bd(2, lastweek(4))],
  known=K(city="jinan"))
m("short_year numerals birth_order", "eldest 16.9.12 second 20.3.3", [bd(1, "2016-09-12"), bd(2, "2020-03-03")], known=K(city="beijing"))
m("question per_birth_hardship", "is the extra 200 for dibao families paid every month", [], known=K(city="jinan"))
m("negation_housing", "we dont rent, we live with my in-laws in their flat and dont own anything ourselves",
  [f("renting", False), f("owns_home_in_city", False)], known=K(city="beijing", kids=["2023-08"]))
m("per_birth_hardship now_vs_birth multiples", "we were on te kun (extreme poverty) support when the twins were born, still are",
  [chb(1, True), chb(2, True), f("hardship_now", True)], known=K(city="jinan", kids=["2023-02", "2023-02"]))
m("duration age", "been waiting 3 months for a nursery place for our 2 yr old", [bd(1, yo(2))], known=K(city="beijing"))
m("chitchat", "this bot is better than the hotline lol", [])
m("age", "boy and girl, not twins, 11 months apart: she just turned 2 and hes 13 months", [bd(1, just(2)), bd(2, mo(13))],
  known=K(city="jinan"))
m("age numerals", "we're expats in beijing, 3 kids, 8, 5 and 2", [f("city", "beijing"), n(3), bd(1, yo(8)), bd(2, yo(5)), bd(3, yo(2))])

T("2025-10-09")  # Thursday
m("multiples age relative_date", "the twins are 6 and our youngest arrived 2 weeks ago",
  [n(3), bd(1, yo(6)), bd(2, yo(6)), bd(3, dago(14))], known=K(city="jinan"))
m("answer pregnancy", "mid jan", [due(1, nextmonth(1))], asked="due_date", known=K(city="beijing", kids=[{"due_date": None}]))
m("answer negation_housing", "no, we own our place", [f("renting", False, "c"), f("owns_home_in_city", True)], asked="renting",
  known=K(city="beijing", kids=["2022-06"]))
m("short_year numerals", "my 2 were born '20 and '23", [n(2), bd(1, "2020"), bd(2, "2023")], known=K(city="jinan"))
m("hukou age", "we're jinan hukou, our son 4 months", [f("city", "jinan"), f("hukou_in_city", True), bd(1, mo(4))])
m("multiples age", "my daughters twins are 3 and a half, she also has a baby 8 weeks old",
  [n(3), bd(1, yo(3)), bd(2, yo(3)), bd(3, dago(56))], known=K(city="beijing"))
m("correction hukou", "actually my bad, we DO have beijing hukou, got it transferred last year", [f("hukou_in_city", True, "r")],
  known=K(city="beijing", hukou_in_city=False, kids=["2021-04"]))
m("question housing_fund", "can gongjijin be withdrawn to pay rent", [], known=K(city="jinan"))
m("age", "got the birth cert yesterday lol, baby's 10 days old", [bd(1, dago(10))], known=K(city="jinan"))
m("relative_date pregnancy birth_order", "first baby the year before last and second due this month",
  [bd(1, year(-2)), due(2, thismonth())], known=K(city="beijing"))
m("insurance", "none of us has any insurance, i do odd jobs", [f("birth_insurance", "none")], known=K(city="jinan", kids=["2025-03"]))
m("height age birth_order", "eldest is 7 and 1.3m exactly, the small one 4 and about 1m",
  [bd(1, yo(7)), ht(1, 130), bd(2, yo(4)), ht(2, 100)], known=K(city="beijing"))
m("chitchat", "grandma here, my grandson grabbed my phone again haha", [])
m("answer per_birth_hardship", "yeah we had dibao then", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2024-11"]))

T("2026-02-04")  # Wednesday: "last october" = 2025-10, "last friday" = 2026-01-30 either way
m("relative_date age birth_order", "our second was born last october, first is almost 5", [bd(2, pastmonth(10)), bd(1, almost(5))],
  known=K(city="jinan"))
m("multiples relative_date age", "our twins came last fri! big sis is 3 and a half and over the moon",
  [n(3), bd(1, yo(3)), bd(2, lastweek(4)), bd(3, lastweek(4))], known=K(city="beijing"))
m("question hukou", "if we moved our hukou to jinan would we qualify", [f("hukou_in_city", True, "q")],
  known=K(city="jinan", hukou_in_city=False, kids=["2023-06", "2025-08"]))
m("answer housing_fund", "none of us pays it tbh", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=["2024-09"]))
m("correction multiples short_year", "correction: the twins birthday is 22.7.14 not june",
  [bd(1, "2022-07-14", "r"), bd(2, "2022-07-14", "r")], known=K(city="beijing", kids=["2022-06", "2022-06", "2025-01"]))
m("question", "is there anything for grandparents who look after the kids", [])
m("numerals pregnancy", "1st kid 2021.3, pregnant again due 2026.8", [bd(1, "2021-03"), due(2, "2026-08")], known=K(city="jinan"))
m("multiples relative_date birth_order", "twin boys born yesterday, theyre our 2nd and 3rd",
  [bd(2, back(1)), bd(3, back(1))], known=K(city="beijing", kids=["2022-09"]))
m("age insurance", "baby's 10 months, was born on my resident medical insurance",
  [bd(1, mo(10)), f("birth_insurance", "resident_medical")], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship", "we werent on any benefits when she was born but now my husband gets unemployment money",
  [f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="jinan", kids=["2024-04"]))
m("chitchat", "ok ill ask my wife and come back", [])
m("answer age numerals", "jinan, 2 kids 6 and 1", [f("city", "jinan"), n(2), bd(1, yo(6)), bd(2, yo(1))], asked="city")
m("question housing_fund", "how much can u borrow from gongjijin for a first flat?", [])
m("correction short_year birth_order", "sorry our little one was born jan '24, not feb", [bd(2, "2024-01", "r")],
  known=K(city="beijing", kids=["2019-03", "2024-02"]))

T("2026-07-16")  # Thursday: "last friday" = 2026-07-10 either way
m("multiples age numerals", "our 3: twin girls aged 4 and a son 6 weeks old",
  [n(3), bd(1, yo(4)), bd(2, yo(4)), bd(3, dago(42))], known=K(city="jinan"))
m("answer height", "about 1.05m", [ht(1, 105)], asked="children.height_cm", known=K(city="beijing", kids=["2022-01"]))
m("answer negation_housing", "not yet, maybe in a few yrs", [f("buying_first_home", False, "c")], asked="buying_first_home",
  known=K(city="jinan", kids=["2023-10"]))
m("relative_date birth_order", "had my first the year before last and my 2nd last month", [bd(1, year(-2)), bd(2, thismonth(-1))],
  known=K(city="beijing"))
m("hukou negation_housing housing_fund age", "non-beijing hukou, renting in tongzhou, only my wife pays housing fund, kid is 3",
  [f("hukou_in_city", False), f("renting", True), f("housing_fund_contributors", 1), bd(1, yo(3))], known=K(city="beijing"))
m("correction insurance", "sorry wrong, its maternity insurance from my employer not the resident one",
  [f("birth_insurance", "employee_maternity", "r")], known=K(city="jinan", birth_insurance="resident_medical", kids=["2025-12"]))
m("question", "does the childcare subsidy stop when the kid turns 3", [], known=K(city="jinan"))
m("multiples age", "grandson just turned 1, and his older twin sisters are 5",
  [n(3), bd(1, yo(5)), bd(2, yo(5)), bd(3, just(1))], known=K(city="jinan"))
m("numerals birth_order", "2nd child born 2022/6/1, first 2019/11/20", [bd(2, "2022-06-01"), bd(1, "2019-11-20")], known=K(city="beijing"))
m("chitchat", "lol the baby just sneezed all over my phone", [])
m("pregnancy numerals", "5 months pregnant, first baby", [due(1, preg(5))], known=K(city="jinan"))
m("per_birth_hardship multiples", "we got dibao when the triplets were born", [chb(1, True), chb(2, True), chb(3, True)],
  known=K(city="jinan", kids=["2024-03", "2024-03", "2024-03"]))
m("answer negation_housing", "nope", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city",
  known=K(city="jinan", kids=["2021-07", "2024-12"]))

T("2026-11-11")  # Wednesday: "last friday" = 2026-11-06 either way
m("multiples age birth_order", "7yo girl then twin boys who are three and a half, thats all of them",
  [n(3), bd(1, yo(7)), bd(2, yo(3)), bd(3, yo(3))], known=K(city="beijing"))
m("relative_date numerals", "my granddaughter arrived last friday, 3.4kg", [bd(1, lastweek(4))], known=K(city="beijing"))
m("answer hukou", "yes we all have jinan hukou", [f("hukou_in_city", True, "c")], asked="hukou_in_city",
  known=K(city="jinan", kids=["2022-05"]))
m("correction numerals birth_order", "no no the older one was born 2021.4", [bd(1, "2021-04", "r")],
  known=K(city="jinan", kids=["2021-05", "2024-08"]))
m("multiples age numerals", "just the 2 of them, twins 10 months", [n(2), bd(1, mo(10)), bd(2, mo(10))], known=K(city="jinan"))
m("answer pregnancy multiples", "next march hopefully", [due(2, nextmonth(3)), due(3, nextmonth(3))], asked="due_date",
  known=K(city="beijing", kids=["2023-03", {"due_date": None}, {"due_date": None}]))
m("question", "do expats get any of this", [], known=K(city="beijing"))
m("negation_housing housing_fund", "we're trying to buy our first home in jinan, renting now, 2 of us pay into the fund",
  [f("buying_first_home", True), f("renting", True), f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth birth_order", "when our older boy was born we were on dibao, for his little sister we werent, and now were off it",
  [chb(1, True), chb(2, False), f("hardship_now", False)], known=K(city="jinan", kids=["2019-06", "2023-02"]))
m("chitchat", "thanks!! have a good day", [])
m("age numerals", "my two grandsons: ones almost 2, the others 6 wks", [n(2), bd(1, almost(2)), bd(2, dago(42))], known=K(city="jinan"))
m("duration chitchat", "my husband only got 15 days paternity leave haha", [])
m("pregnancy multiples relative_date", "twins due this month!!! no other kids", [n(0), due(1, thismonth()), due(2, thismonth())],
  known=K(city="beijing"))
m("answer pregnancy", "none yet, expecting in feb", [n(0), due(1, nextmonth(2))], asked="children", known=K(city="jinan"))
m("answer insurance", "flexible employment one, im self-employed", [f("birth_insurance", "flexible_employment")],
  asked="birth_insurance", known=K(city="beijing", kids=["2026-05"]))
m("short_year age", "our baby boy just turned 1, born nov '25", [bd(1, "2025-11")], known=K(city="jinan"))
