# English, batch 47: hardship at one birth but not another (dibao / extreme poverty support / unemployment
# benefit), named by child order, "the twins", "our son", "my granddaughter" (child.hardship_at_birth) vs "the
# baby" / a pronoun / "when she gave birth" (hardship_at_birth), now vs at birth; birth order and kinship words
# (our second, the eldest, the little one, baby no. 3, grandkids); colloquial ages (3 and a half, just turned 2,
# almost 5, 8 mo, 6 weeks, "she's 4"); answers to each question, corrections, plain questions, chitchat
T("2024-01-16")  # Tuesday: "last thursday" = 2024-01-11 either way
m("per_birth_hardship birth_order", "we got dibao when our second was born but with the first one we had nothing like that",
  [chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2019-05", "2023-02"]))
m("age birth_order", "eldest is 6 and a half now the little one just turned 2", [bd(1, yo(6)), bd(2, just(2))],
  known=K(city="jinan"))
m("relative_date birth_order", "baby no 3 came last thursday!! mum n boy both ok",
  [bd(3, lastweek(3))], known=K(city="beijing", kids=["2017-09", "2020-11", {"due_date": "2024-01"}]))
m("per_birth_hardship now_vs_birth", "when she gave birth we were on unemployment benefits, still are tbh",
  [f("hardship_at_birth", True), f("hardship_now", True)], known=K(city="jinan", kids=["2023-08"]))
m("answer", "jinan, lixia district", [f("city", "jinan")], asked="city")
m("question", "is the 600 a month only for kids born after 2023", [])
m("chitchat", "haha thx ur very helpful", [])
m("short_year per_birth_hardship birth_order", "my daughter was on dibao when my granddaughter was born in '22",
  [bd(1, "2022"), chb(1, True)], known=K(city="jinan"))
m("age numerals", "8 mo old boy and his sister 4", [bd(1, yo(4)), bd(2, mo(8))], known=K(city="beijing"))
m("correction age birth_order", "sry typo the 2nd is 3 and a half not 2 and a half", [bd(2, yo(3), "r")],
  known=K(city="jinan", kids=["2016-04", yo(2)]))
m("housing_fund negation_housing", "me n my husband both pay gongjijin, renting a flat in haidian now, no home of our own in bj",
  [f("housing_fund_contributors", 2), f("renting", True), f("owns_home_in_city", False)],
  known=K(city="beijing", kids=["2022-10"]))
m("height birth_order question", "our eldest is only 1m22 does he need a subway ticket", [ht(1, 122)],
  known=K(city="beijing", kids=["2017-03", "2021-01"]))

T("2024-03-13")  # Wednesday: "last saturday" = 2024-03-09 either way
m("per_birth_hardship multiples birth_order", "when the twins were born i was on unemployment pay, for our eldest no",
  [chb(2, True), chb(3, True), chb(1, False)], known=K(city="jinan", kids=["2018-06", "2023-09", "2023-09"]))
m("age pregnancy", "pregnant again 5 months along, our son is almost 3", [bd(1, almost(3)), due(2, preg(5))],
  known=K(city="jinan"))
m("answer per_birth_hardship", "nope we werent on any of those back then", [f("hardship_at_birth", False, "c")],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2023-05"]))
m("age birth_order numerals", "my grandson is 10 wks, his big brother is almost 5", [bd(1, almost(5)), bd(2, dago(70))],
  known=K(city="beijing"))
m("now_vs_birth", "we just started getting dibao this year", [f("hardship_now", True)],
  known=K(city="jinan", kids=["2021-02"]))
m("question", "how many days paternity leave do dads get", [])
m("hukou", "none of us has a beijing hukou, were from anhui", [f("hukou_in_city", False)],
  known=K(city="beijing", kids=["2020-10"]))
m("duration housing_fund", "ive paid housing fund 3 yrs, my wife doesnt have one", [f("housing_fund_contributors", 1)],
  known=K(city="jinan", kids=["2022-12"]))
m("chitchat", "good morning", [])
m("relative_date birth_order", "our second arrived last saturday 6 jin 2", [bd(2, lastweek(5))],
  known=K(city="jinan", kids=["2020-01", {"due_date": "2024-03"}]))
m("insurance", "i pay social insurance myself as flexible employment, no company", [f("birth_insurance", "flexible_employment")],
  known=K(city="beijing", kids=["2023-11"]))

T("2024-06-20")  # Thursday
m("per_birth_hardship birth_order", "baby no. 3 was born while we were under extreme poverty support, first two no",
  [chb(3, True), chb(1, False), chb(2, False)], known=K(city="jinan", kids=["2015-07", "2018-12", "2024-02"]))
m("age question", "she's 4, is she too old for the subsidy", [bd(1, yo(4))], known=K(city="jinan"))
m("multiples age numerals", "twin boys 6 weeks old and thats all our kids", [n(2), bd(1, dago(42)), bd(2, dago(42))],
  known=K(city="beijing"))
m("answer numerals", "3", [n(3)], asked="children", known=K(city="jinan"))
m("correction per_birth_hardship birth_order", "wait i got it wrong, dibao was for the 1st birth not the 2nd",
  [chb(1, True, "r"), chb(2, False, "r")],
  known=K(city="jinan", kids=["2019-03", {"birth_date": "2023-04", "hardship_at_birth": True}]))
m("now_vs_birth per_birth_hardship birth_order", "had dibao when our daughter was born in 2021 but we came off it last year",
  [bd(1, "2021"), chb(1, True), f("hardship_now", False)], known=K(city="jinan"))
m("height birth_order", "little one is 98cm, big sis 1.31m", [ht(2, 98), ht(1, 131)],
  known=K(city="beijing", kids=["2016-08", "2021-10"]))
m("question", "do i need local hukou for the nursery places", [])
m("negation_housing", "we dont own anything in jinan yet but want to buy our first place next yr",
  [f("owns_home_in_city", False), f("buying_first_home", True)], known=K(city="jinan", kids=["2022-05", "2024-01"]))
m("age birth_order", "eldest 9, middle one just turned 5, youngest is 14 months",
  [bd(1, yo(9)), bd(2, just(5)), bd(3, mo(14))], known=K(city="jinan"))
m("chitchat", "sorry my kid grabbed my phone", [])

T("2024-09-05")  # Thursday
m("per_birth_hardship now_vs_birth birth_order", "on dibao at the moment. wasnt the case when the big one was born but it was by the time our 2nd arrived",
  [f("hardship_now", True), chb(1, False), chb(2, True)], known=K(city="jinan", kids=["2017-02", "2022-06"]))
m("answer per_birth_hardship", "yes we had dibao then", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2024-02"]))
m("answer age numerals", "one, 2 yrs 3 mo", [n(1), bd(1, age(2, 3))], asked="children", known=K(city="beijing"))
m("pregnancy relative_date", "due next month with our first, no kids yet", [n(0), due(1, thismonth(1))],
  known=K(city="beijing"))
m("question birth_order", "what if we have a 3rd in 2026, would we get the 600", [due(3, "2026", "q")],
  known=K(city="jinan", kids=["2019-01", "2023-06"]))
m("answer hukou", "yes all of us beijing hukou", [f("hukou_in_city", True, "c")], asked="hukou_in_city",
  known=K(city="beijing", kids=["2020-02"]))
m("age birth_order", "grandson is 7 months and granddaughter 3 and a half, i look after them during the day",
  [bd(1, yo(3)), bd(2, mo(7))], known=K(city="jinan"))
m("correction", "oh sorry we live in beijing not jinan", [f("city", "beijing", "r")], known=K(city="jinan"))
m("per_birth_hardship", "at the birth my wife was getting the 特困 support", [f("hardship_at_birth", True)],
  known=K(city="jinan", kids=["2024-07"]))
m("height question birth_order", "our son is under 1.3m, free on the bus?", [below(1, 130)],
  known=K(city="beijing", kids=["2019-05"]))
m("duration chitchat", "maternity leave ends in 2 months ugh", [])

T("2024-12-02")  # Monday: "last wednesday" = 2024-11-27 either way
m("per_birth_hardship birth_order", "hubby was laid off and on unemployment when our 2nd came, no benefits at all when our 1st was born",
  [chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2020-09", "2024-04"]))
m("relative_date", "born yesterday!! a little girl", [bd(1, back(1))], known=K(city="jinan", kids=[{"due_date": "2024-12"}]))
m("age birth_order", "the eldest is 12, the 2nd 7 and the little one 11 months",
  [bd(1, yo(12)), bd(2, yo(7)), bd(3, mo(11))], known=K(city="beijing"))
m("answer housing_fund", "just my husband", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=["2021-07", "2024-03"]))
m("answer negation_housing", "no, renting from a landlord in tianqiao", [f("owns_home_in_city", False, "c"), f("renting", True)],
  asked="owns_home_in_city", known=K(city="jinan", kids=["2023-10"]))
m("per_birth_hardship now_vs_birth", "back when my granddaughter was born her parents had dibao, not any more",
  [chb(1, True), f("hardship_now", False)], known=K(city="jinan", kids=["2023-03"]))
m("question", "the extra 200 is that on top of the 600 or instead of it", [])
m("multiples per_birth_hardship", "we were on dibao when the twins came, theyre our only kids",
  [n(2), chb(1, True), chb(2, True)], known=K(city="jinan", kids=["2024-05", "2024-05"]))
m("age relative_date", "little guy was born last wednesday, big sister is 3", [bd(1, yo(3)), bd(2, lastweek(2))],
  known=K(city="beijing"))
m("chitchat", "ok cool", [])

T("2025-02-25")  # Tuesday; "last march" = 2024-03 either way
m("per_birth_hardship birth_order relative_date", "we were on unemployment money when our 2nd was born last march",
  [bd(2, "2024-03"), chb(2, True)], known=K(city="jinan", kids=["2020-06"]))
m("answer age numerals", "two - 3 and a half and 10 months", [n(2), bd(1, yo(3)), bd(2, mo(10))], asked="children",
  known=K(city="jinan"))
m("now_vs_birth per_birth_hardship", "we didnt have dibao when i had the baby, got approved in january so we're on it now",
  [f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="jinan", kids=["2024-09"]))
m("correction age", "no no shes just turned 1 not 1 and a half", [bd(1, just(1), "r")],
  known=K(city="beijing", kids=[yo(1)]))
m("answer insurance", "resident medical insurance, im a housewife", [f("birth_insurance", "resident_medical")],
  asked="birth_insurance", known=K(city="jinan", kids=["2022-01"]))
m("question", "whats the max housing fund loan for three-child families", [])
m("hukou", "we moved to jinan last yr, hukou still back in liaocheng", [f("city", "jinan"), f("hukou_in_city", False)])
m("age birth_order numerals", "our eldest daughter is 8 and baby no 2 is 5 wks", [bd(1, yo(8)), bd(2, dago(35))],
  known=K(city="jinan"))
m("chitchat", "happy spring festival lol a bit late", [])
m("height birth_order", "the middle one is 1m05 and the eldest 1.28", [ht(2, 105), ht(1, 128)],
  known=K(city="beijing", kids=["2016-02", "2019-11", "2023-04"]))
m("per_birth_hardship", "we were on dibao when the baby was born", [f("hardship_at_birth", True)],
  known=K(city="jinan", kids=["2024-11"]))

T("2025-05-22")  # Thursday
m("per_birth_hardship birth_order", "my son's boy was born during the time he was on unemployment benefit",
  [chb(1, True)], known=K(city="jinan", kids=["2024-11"]))
m("age birth_order", "the big one is almost 5 and the baby is 9 months", [bd(1, almost(5)), bd(2, mo(9))],
  known=K(city="jinan"))
m("multiples per_birth_hardship birth_order", "no benefits when the twins came, but by the time baby no 3 came hubby was on unemployment",
  [chb(1, False), chb(2, False), chb(3, True)], known=K(city="jinan", kids=["2020-01", "2020-01", "2025-01"]))
m("relative_date numerals", "she was born on the 15th of last month", [bd(1, "2025-04-15")],
  known=K(city="jinan", kids=[{"due_date": "2025-04"}]))
m("answer", "renting yes", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=["2023-12"]))
m("answer pregnancy", "around mid september", [due(2, nextmonth(9))], asked="due_date",
  known=K(city="beijing", kids=["2022-07", {"due_date": None}]))
m("question", "is there something extra for families on dibao", [])
m("age numerals", "my granddaughter is 3 wks old", [bd(1, dago(21))], known=K(city="jinan"))
m("housing_fund negation_housing", "neither of us has housing fund, and we already own a flat here in jinan",
  [f("housing_fund_contributors", 0), f("owns_home_in_city", True)], known=K(city="jinan", kids=["2021-08", "2024-12"]))
m("correction birth_order numerals", "correction: our 2nd was born 2023.11 not 2023.10", [bd(2, "2023-11", "r")],
  known=K(city="jinan", kids=["2018-02", "2023-10"]))
m("chitchat", "my wife says hi lol", [])

T("2025-08-13")  # Wednesday
m("per_birth_hardship birth_order", "was on dibao for the birth of my eldest son, not for the younger one",
  [chb(1, True), chb(2, False)], known=K(city="jinan", kids=["2018-04", "2023-06"]))
m("now_vs_birth", "right now my husband gets the unemployment benefit", [f("hardship_now", True)],
  known=K(city="jinan", kids=["2019-10", "2024-08"]))
m("age numerals", "kids r 6 and 2 and a half", [bd(1, yo(6)), bd(2, yo(2))], known=K(city="beijing"))
m("pregnancy birth_order", "expecting baby no 3, dont know the date yet", [due(3, None)],
  known=K(city="jinan", kids=["2019-01", "2022-03"]))
m("answer birth_order per_birth_hardship", "we had dibao for the 2nd birth, not for the 1st", [chb(2, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2020-05", "2024-10"]))
m("question", "do kindergartens take kids from age 2", [])
m("age relative_date birth_order", "our boy was born 10 days ago, hes our first", [bd(1, dago(10))],
  known=K(city="beijing"))
m("correction hukou", "actually we DO have beijing hukou, i said no by mistake", [f("hukou_in_city", True, "r")],
  known=K(city="beijing", hukou_in_city=False, kids=["2022-03"]))
m("age birth_order", "the eldest just turned 10, his baby sister is 4 months", [bd(1, just(10)), bd(2, mo(4))],
  known=K(city="jinan"))
m("insurance", "we have no insurance of any kind, neither of us works", [f("birth_insurance", "none")],
  known=K(city="jinan", kids=["2025-03"]))
m("chitchat", "so hot today the baby cant sleep", [])

T("2025-10-30")  # Thursday: "last saturday" = 2025-10-25 either way
m("per_birth_hardship", "i was receiving unemployment insurance when i delivered", [f("hardship_at_birth", True)],
  known=K(city="jinan", kids=["2025-06"]))
m("per_birth_hardship birth_order", "my 2nd grandchild was born when my sons family was on dibao", [chb(2, True)],
  known=K(city="jinan", kids=["2021-04", "2025-03"]))
m("multiples age", "twins just turned 3 and theres a big brother of 7",
  [n(3), bd(1, yo(7)), bd(2, just(3)), bd(3, just(3))], known=K(city="beijing"))
m("relative_date birth_order", "baby number two popped out last saturday at 3am", [bd(2, lastweek(5))],
  known=K(city="jinan", kids=["2021-12", {"due_date": "2025-11"}]))
m("answer", "bj", [f("city", "beijing")], asked="city")
m("answer negation_housing", "yes were looking for our first apartment", [f("buying_first_home", True, "c")],
  asked="buying_first_home", known=K(city="jinan", renting=True, kids=["2024-06"]))
m("age birth_order", "my granddaughter's 4 and a bit, her brother 6 wks", [bd(1, yo(4)), bd(2, dago(42))],
  known=K(city="jinan"))
m("correction per_birth_hardship now_vs_birth", "sorry i meant we were NOT on dibao at the birth, we are now tho",
  [f("hardship_at_birth", False, "r"), f("hardship_now", True)],
  known=K(city="jinan", hardship_at_birth=True, kids=["2024-10"]))
m("question", "how much is the extra for dibao families per month", [])
m("answer height birth_order", "big one 1m15, small one 92cm", [ht(1, 115), ht(2, 92)], asked="children.height_cm",
  known=K(city="beijing", kids=["2019-06", "2023-01"]))
m("answer housing_fund", "both of us pay it", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=["2020-08", "2023-05"]))
m("duration chitchat", "been 3 weeks since i slept properly haha", [])

T("2026-01-15")  # Thursday; "last march" = 2025-03 either way
m("per_birth_hardship birth_order relative_date", "our little one came last march while we were on 特困 support. when the older two were born we werent on it",
  [bd(3, "2025-03"), chb(3, True), chb(1, False), chb(2, False)], known=K(city="jinan", kids=["2014-05", "2017-10"]))
m("age birth_order pregnancy", "eldest 3 and a half, 2nd 20 months, 3rd coming in may",
  [bd(1, yo(3)), bd(2, mo(20)), due(3, nextmonth(5))], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship birth_order", "hubby lost his job and we get unemployment money now, but there was nothing like that when our daughter was born",
  [f("hardship_now", True), chb(1, False)], known=K(city="jinan", kids=["2023-06"]))
m("answer age", "two: a boy of 5 and our girl who's 8 months", [n(2), bd(1, yo(5)), bd(2, mo(8))], asked="children",
  known=K(city="beijing"))
m("question birth_order", "what if our 2nd is born this year, do we still get the 600", [due(2, year(0), "q")],
  known=K(city="jinan", kids=["2024-04"]))
m("chitchat", "brb baby crying", [])
m("per_birth_hardship", "at the time of the birth we had no dibao and no unemployment money either", [f("hardship_at_birth", False)],
  known=K(city="jinan", kids=["2025-09"]))
m("negation_housing", "we dont rent, we live in my parents in law's place", [f("renting", False)],
  known=K(city="beijing", kids=["2021-11"]))
m("short_year", "kids born in '19 and '23", [bd(1, "2019"), bd(2, "2023")], known=K(city="beijing"))
m("correction age birth_order", "actually the youngest is almost 2, not 1", [bd(2, almost(2), "r")],
  known=K(city="beijing", kids=["2020-03", yo(1)]))

T("2026-03-24")  # Tuesday
m("per_birth_hardship birth_order", "baby #2 and baby #3 both came when we were on dibao", [chb(2, True), chb(3, True)],
  known=K(city="jinan", kids=["2016-06", "2020-02", "2025-07"]))
m("age", "my grandson is 1 and a half", [bd(1, yo(1))], known=K(city="jinan"))
m("relative_date", "she came this morning 3.4kg", [bd(1, today())], known=K(city="beijing", kids=[{"due_date": "2026-03"}]))
m("answer insurance", "company pays my 5 insurances incl maternity", [f("birth_insurance", "employee_maternity")],
  asked="birth_insurance", known=K(city="jinan", kids=["2024-05"]))
m("hukou", "my kids n i r jinan hukou", [f("hukou_in_city", True)], known=K(city="jinan", kids=["2018-09", "2022-01"]))
m("question", "is the free transport for kids under 1.3m on the subway too or only bus", [])
m("age birth_order multiples", "the twins r 8 mo and their big sis just turned 6",
  [n(3), bd(1, just(6)), bd(2, mo(8)), bd(3, mo(8))], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth", "we had dibao when our granddaughter was born and we still have it",
  [chb(1, True), f("hardship_now", True)], known=K(city="jinan", kids=["2024-08"]))
m("answer per_birth_hardship", "nope", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2025-11"]))
m("duration housing_fund", "we've both been paying into the fund since 2019", [f("housing_fund_contributors", 2)],
  known=K(city="jinan", kids=["2023-03", "2025-12"]))
m("pregnancy age birth_order", "7 months pregnant and our first is 2 and a half", [bd(1, yo(2)), due(2, preg(7))],
  known=K(city="beijing"))
m("question hukou", "suppose we moved our hukou to beijing, would the kids get school places",
  [f("hukou_in_city", True, "q")], known=K(city="beijing", hukou_in_city=False, kids=["2019-08", "2022-04"]))

T("2026-06-11")  # Thursday
m("per_birth_hardship birth_order", "my husband was on unemployment benefits when the eldest was born. no benefits for the 2nd and 3rd births",
  [chb(1, True), chb(2, False), chb(3, False)], known=K(city="jinan", kids=["2015-03", "2019-07", "2025-02"]))
m("age birth_order", "my oldest grandson's 11, the girl 7 the baby 3 months",
  [bd(1, yo(11)), bd(2, yo(7)), bd(3, mo(3))], known=K(city="beijing"))
m("answer pregnancy", "none yet, first one due in october", [n(0), due(1, nextmonth(10))], asked="children",
  known=K(city="beijing"))
m("correction age numerals", "i mistyped, we have three. the newest is 12 days old", [n(3, "r"), bd(3, dago(12))],
  known=K(city="jinan", kids=["2018-01", "2021-09"]))
m("now_vs_birth", "not on dibao anymore since last year", [f("hardship_now", False)],
  known=K(city="jinan", kids=["2023-02"]))
m("question", "how do i apply for the childcare subsidy online", [])
m("height birth_order", "eldest 1m36 already, youngest 1m02", [ht(1, 136), ht(2, 102)],
  known=K(city="beijing", kids=["2015-05", "2020-11"]))
m("multiples per_birth_hardship", "when our triplets were born we lived on dibao", [chb(2, True), chb(3, True), chb(4, True)],
  known=K(city="jinan", kids=["2016-03", "2022-08", "2022-08", "2022-08"]))
m("chitchat", "thanks a lot have a nice day", [])
m("answer negation_housing", "yep bought one in 2020", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="jinan", kids=["2021-06", "2024-09"]))
m("hukou insurance age", "we r in beijing with local hukou, 2 kids 5 and 1, my company pays maternity insurance",
  [f("city", "beijing"), f("hukou_in_city", True), n(2), bd(1, yo(5)), bd(2, yo(1)), f("birth_insurance", "employee_maternity")])

T("2026-08-26")  # Wednesday: "last sunday" = 2026-08-23 either way
m("per_birth_hardship birth_order", "the little one was born while my wife drew unemployment insurance, our first born wasnt",
  [chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2021-01", "2025-10"]))
m("age", "my son just turned 2 and my daughter is 5 months", [bd(1, just(2)), bd(2, mo(5))], known=K(city="jinan"))
m("relative_date birth_order", "baby no 3 born last sunday", [bd(3, lastweek(6))],
  known=K(city="jinan", kids=["2019-04", "2022-11", {"due_date": "2026-09"}]))
m("answer negation_housing", "not yet", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city",
  known=K(city="beijing", kids=["2024-02"]))
m("per_birth_hardship", "we didnt get any of those when she was born", [f("hardship_at_birth", False)],
  known=K(city="jinan", kids=["2025-12"]))
m("answer hukou", "no, our hukou is in shandong countryside", [f("hukou_in_city", False, "c")], asked="hukou_in_city",
  known=K(city="beijing", kids=["2023-09"]))
m("question", "is it 600 per kid or per family", [])
m("correction height", "typo, she's 1m25 not 1m52 lol", [ht(1, 125, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2019-04", "height_cm": 152}]))
m("pregnancy relative_date birth_order", "due date is end of next month, its our 2nd", [due(2, thismonth(1))],
  known=K(city="jinan", kids=["2022-02"]))
m("per_birth_hardship birth_order housing_fund", "when our son was born we were on dibao, now i pay gongjijin at my new job and my wife doesnt",
  [chb(1, True), f("housing_fund_contributors", 1)], known=K(city="jinan", kids=["2024-01"]))
m("chitchat", "lol ok", [])

T("2026-11-05")  # Thursday
m("per_birth_hardship now_vs_birth birth_order", "we get dibao now. with our eldest we didnt, with the 2nd we did, the 3rd too",
  [f("hardship_now", True), chb(1, False), chb(2, True), chb(3, True)],
  known=K(city="jinan", kids=["2017-01", "2021-05", "2025-08"]))
m("age numerals", "our little girl is 7 weeks old today", [bd(1, dago(49))], known=K(city="beijing"))
m("answer hukou", "jinan but hukou's still in my hometown", [f("city", "jinan"), f("hukou_in_city", False)], asked="city")
m("age birth_order", "granddaughter almost 5, grandson 18 months", [bd(1, almost(5)), bd(2, mo(18))],
  known=K(city="beijing"))
m("question", "does the 158 days maternity leave count weekends", [])
m("insurance", "my wife is on resident medical insurance, not the work one", [f("birth_insurance", "resident_medical")],
  known=K(city="jinan", kids=["2026-07"]))
m("per_birth_hardship birth_order", "at our son's birth we were special hardship support recipients", [chb(1, True)],
  known=K(city="jinan", kids=["2026-02"]))
m("chitchat", "ok thanks bye", [])
