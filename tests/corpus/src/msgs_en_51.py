# English, batch 51: multiples beside single children in either order (twins + an older or younger one, counts
# stated by the pair + the single), colloquial ages ("3 and a half", "almost 2", "10 mo", "just turned 1",
# "6 wks"), dotted and short years (2021.3, 23.5.1, 2022/6/1, '19), relative dates (last month, last october early
# in the year, the year before last, yesterday, last friday on Mon-Thu), kinship words (grandson, my daughter's
# twins, our little one); answers to every bot question, corrections, plain questions, chitchat, housing/fund/hukou
T("2024-01-17")  # Wednesday; early in the year: "last october" = 2023-10 either way
m("multiples relative_date age question", "twins born last october plus a 5yo big bro. we're in jinan, how does the 600 thing work",
  [n(3), bd(1, yo(5)), bd(2, "2023-10"), bd(3, "2023-10"), f("city", "jinan")])
m("age", "grandson's 6 wks old now, the whole family lives in beijing. anything for him?",
  [bd(1, dago(42)), f("city", "beijing")])
m("answer numerals short_year birth_order", "two. eldest born 2019.3 and the little one 23.5.1",
  [n(2), bd(1, "2019-03"), bd(2, "2023-05-01")], asked="children", known=K(city="jinan"))
m("age hukou", "baby just turned one and her sister is 4, we all have jinan hukou",
  [bd(1, yo(4)), bd(2, just(1)), f("city", "jinan"), f("hukou_in_city", True)])
m("correction numerals birth_order", "sorry typo, the older one is 2021.3 not may",
  [bd(1, "2021-03", "r")], known=K(city="beijing", kids=["2021-05", "2023-09"]))
m("question", "does the 600 a month start from the birth or from when u apply", [], known=K(city="jinan"))
m("chitchat", "thx thats really helpful 🙏", [])
m("multiples relative_date age", "the twins came the year before last n our eldest is 6 and a half",
  [n(3), bd(1, yo(6)), bd(2, year(-2)), bd(3, year(-2))], known=K(city="jinan"))
m("negation_housing housing_fund", "we rent in lixia, dont own anything in jinan. me n my husband both pay gongjijin",
  [f("renting", True), f("owns_home_in_city", False), f("housing_fund_contributors", 2)],
  known=K(city="jinan", kids=["2020-04", "2023-11"]))
m("now_vs_birth per_birth_hardship", "we're on dibao now since i lost my job, but back when our son was born we had nothing like that",
  [f("hardship_now", True), chb(1, False)], known=K(city="jinan", kids=["2022-12"]))
m("answer per_birth_hardship", "nope, neither time", [f("hardship_at_birth", False, "c")],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2021-03", "2023-12"]))
m("pregnancy age", "expecting #2 in june, first one is almost 3",
  [bd(1, almost(3)), due(2, nextmonth(6))], known=K(city="beijing"))
m("numerals negation_housing", "granddaughter was born 2022/6/1, my son n his wife rent a flat in chaoyang",
  [bd(1, "2022-06-01"), f("renting", True)], known=K(city="beijing"))
m("answer height birth_order", "big one is 1m32, small one about 1.05m",
  [ht(1, 132), ht(2, 105)], asked="children.height_cm", known=K(city="beijing", kids=["2017-09", "2020-02"]))
m("duration chitchat", "only 3 more weeks of maternity leave left 😩", [])
m("age multiples", "my sons twin girls r 2 and a half, he has no other kids",
  [n(2), bd(1, yo(2)), bd(2, yo(2))], known=K(city="jinan"))


T("2024-05-09")  # Thursday: "last friday" = 2024-05-03 either way
m("multiples age", "my daughter's twins just turned 2, they're her only ones. she lives in beijing",
  [n(2), bd(1, just(2)), bd(2, just(2)), f("city", "beijing")])
m("multiples age birth_order", "eldest is 7, then we got twin boys, 10 mo now lol",
  [n(3), bd(1, yo(7)), bd(2, mo(10)), bd(3, mo(10))], known=K(city="jinan"))
m("relative_date birth_order", "baby no.2 arrived last friday!! little girl 3.2kg",
  [bd(2, lastweek(4))], known=K(city="jinan", kids=["2020-11", {"due_date": "2024-05"}]))
m("question birth_order", "if we had a 2nd one next yr would we get the 600 a month?",
  [due(2, year(1), "q")], known=K(city="jinan", kids=["2021-07"]))
m("question height", "kids under 1.3m ride the subway free right? or only the bus", [])
m("age", "a 10 month old and a 3 and a half year old, both born here in jinan where we live",
  [bd(1, yo(3)), bd(2, mo(10)), f("city", "jinan")])
m("age birth_order", "our little one is 6 weeks, she's the third",
  [bd(3, dago(42))], known=K(city="beijing", kids=["2016-02", "2019-10"]))
m("answer negation_housing", "yeah we rent, 2 bed place near the school", [f("renting", True, "c")],
  asked="renting", known=K(city="beijing", kids=["2018-06", "2022-01"]))
m("answer negation_housing multiples", "not yet, maybe once the twins start school",
  [f("buying_first_home", False, "c")], asked="buying_first_home", known=K(city="jinan", kids=["2022-09", "2022-09"]))
m("insurance pregnancy", "im freelance so i pay the flexible employment insurance myself, baby due in august",
  [f("birth_insurance", "flexible_employment"), due(1, nextmonth(8))], known=K(city="jinan"))
m("chitchat", "haha my mum keeps making me ask u things 😂", [])
m("answer hukou", "jinan, lixia district. hukou here too", [f("city", "jinan"), f("hukou_in_city", True)], asked="city")
m("short_year hukou", "son born '19, daughter '22, we're not local hukou tho",
  [bd(1, "2019"), bd(2, "2022"), f("hukou_in_city", False)], known=K(city="beijing"))
m("correction", "sorry i meant beijing not jinan, we moved up here last year",
  [f("city", "beijing", "r")], known=K(city="jinan", kids=["2021-02"]))
m("answer insurance", "my company, the usual employee maternity insurance",
  [f("birth_insurance", "employee_maternity")], asked="birth_insurance", known=K(city="beijing", kids=[{"due_date": "2024-10"}]))

m("pregnancy multiples", "first pregnancy and it's twins 😱 due in september",
  [due(1, nextmonth(9)), due(2, nextmonth(9))], known=K(city="beijing"))
m("answer height multiples", "both about 1m, the twins are basically the same height",
  [ht(1, 100), ht(2, 100)], asked="children.height_cm", known=K(city="beijing", kids=["2021-03", "2021-03"]))

T("2024-09-02")  # Monday: "last friday" = 2024-08-30 either way
m("multiples age", "twins r 3 and a half and big sis just turned 8",
  [n(3), bd(1, just(8)), bd(2, yo(3)), bd(3, yo(3))], known=K(city="beijing"))
m("multiples relative_date", "my son's wife had twin boys yesterday!! their first babies",
  [n(2), bd(1, back(1)), bd(2, back(1))], known=K(city="jinan"))
m("age pregnancy", "she's almost 2 and we're expecting again in feb",
  [bd(1, almost(2)), due(2, nextmonth(2))], known=K(city="beijing"))
m("answer pregnancy", "late november i think", [due(2, nextmonth(11))], asked="due_date",
  known=K(city="jinan", kids=["2021-04", {"due_date": None}]))
m("answer housing_fund", "just my husband, i'm at home with the kids", [f("housing_fund_contributors", 1)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=["2019-05", "2023-02"]))
m("answer negation_housing", "no we dont, we rent from his aunt",
  [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city",
  known=K(city="beijing", kids=["2022-07"]))
m("now_vs_birth per_birth_hardship", "when my grandaughter was born her parents were on unemployment benefit, they dont get it anymore",
  [chb(1, True), f("hardship_now", False)], known=K(city="jinan", kids=["2023-06"]))
m("question housing_fund", "how much can a family with 3 kids borrow from the housing fund?", [])
m("relative_date birth_order", "baby came last month, 2 weeks early. its our second",
  [bd(2, thismonth(-1))], known=K(city="beijing", kids=["2020-02"]))
m("height birth_order", "the younger one isnt even 1.1m yet, the older one is 1.28m",
  [below(2, 110), ht(1, 128)], known=K(city="beijing", kids=["2018-05", "2021-03"]))
m("pregnancy age birth_order", "5 months along with no.3, the older kids are 6 and 3",
  [bd(1, yo(6)), bd(2, yo(3)), due(3, preg(5))], known=K(city="jinan"))
m("answer insurance", "just the residents medical one, i dont have a job",
  [f("birth_insurance", "resident_medical")], asked="birth_insurance", known=K(city="jinan", kids=["2024-07"]))
m("numerals housing_fund", "kids: 2016.9 and 2020.12. hubby's company pays gongjijin for him and i pay mine too",
  [bd(1, "2016-09"), bd(2, "2020-12"), f("housing_fund_contributors", 2)], known=K(city="beijing"))
m("age multiples", "our little girl is 18 months, her big brothers are twins, 5 and a half",
  [n(3), bd(1, yo(5)), bd(2, yo(5)), bd(3, mo(18))], known=K(city="jinan"))

m("relative_date birth_order", "my daughter in law gave birth the day before yesterday, a girl, their 2nd",
  [bd(2, back(2))], known=K(city="beijing", kids=["2021-06"]))

T("2025-02-12")  # Wednesday; early in the year: "last december/october" = 2024
m("multiples age relative_date", "4yo at home plus twins born last december, so chaotic haha",
  [n(3), bd(1, yo(4)), bd(2, "2024-12"), bd(3, "2024-12")], known=K(city="beijing"))
m("relative_date age birth_order", "the year before last we had our 2nd, the first one is 5",
  [bd(2, year(-2)), bd(1, yo(5))], known=K(city="jinan"))
m("age hukou", "my granddaughter is 10 months, her brother 3 and a half. my son's family lives in beijing, no beijing hukou",
  [bd(1, yo(3)), bd(2, mo(10)), f("city", "beijing"), f("hukou_in_city", False)])
m("short_year per_birth_hardship now_vs_birth", "my son was born 22.11.3, we were on dibao when he was born and still are",
  [bd(1, "2022-11-03"), f("hardship_at_birth", True), f("hardship_now", True)], known=K(city="jinan"))
m("answer hukou", "nope, ours is still in dezhou", [f("hukou_in_city", False, "c")], asked="hukou_in_city",
  known=K(city="jinan", kids=["2023-10"]))
m("question per_birth_hardship", "is the extra 200 only for dibao or for ppl on unemployment benefit too", [])
m("answer age numerals", "3 — 9, 6, and the baby who's 6 weeks",
  [n(3), bd(1, yo(9)), bd(2, yo(6)), bd(3, dago(42))], asked="children", known=K(city="beijing"))
m("correction multiples", "oops the twins were born in november not october",
  [bd(2, "2024-11", "r"), bd(3, "2024-11", "r")], known=K(city="jinan", kids=["2020-07", "2024-10", "2024-10"]))
m("chitchat", "happy belated new year btw 🧧", [])
m("relative_date negation_housing", "our baby girl came yesterday morning! we rent a place near the hospital",
  [bd(1, back(1)), f("renting", True)], known=K(city="beijing"))
m("negation_housing housing_fund numerals", "looking to buy our first home, 2 kids, wife and me both pay into the fund",
  [f("buying_first_home", True), n(2), f("housing_fund_contributors", 2)], known=K(city="jinan", kids=["2019-01", "2023-04"]))
m("answer insurance", "nothing, we had no insurance when she was born", [f("birth_insurance", "none")],
  asked="birth_insurance", known=K(city="jinan", kids=["2024-05"]))
m("height birth_order", "my older one is 135cm, the little one 98cm",
  [ht(1, 135), ht(2, 98)], known=K(city="beijing", kids=["2016-03", "2021-08"]))
m("question hukou", "does my kid need beijing hukou to get a nursery place", [], known=K(city="beijing"))

m("hukou", "we moved to beijing last summer, hukou's still back in hebei",
  [f("city", "beijing"), f("hukou_in_city", False)], known=K(kids=["2019-08"]))
m("answer negation_housing", "yes one flat, mortgage till 2040 lol", [f("owns_home_in_city", True, "c")],
  asked="owns_home_in_city", known=K(city="jinan", kids=["2020-10", "2023-03"]))

T("2025-06-24")  # Tuesday: "last friday" = 2025-06-20 either way
m("multiples numerals relative_date", "twins born 2023.5 and a new baby last friday, 3 under 3 send help",
  [n(3), bd(1, "2023-05"), bd(2, "2023-05"), bd(3, lastweek(4))], known=K(city="jinan"))
m("age question", "grandson just turned one 🎂 what can my daughter still get for him",
  [bd(1, just(1))], known=K(city="jinan"))
m("age", "mine are 2 and a half and 5 months", [bd(1, yo(2)), bd(2, mo(5))], known=K(city="beijing"))
m("answer age numerals", "one, she's 3 months", [n(1), bd(1, mo(3))], asked="children", known=K(city="jinan"))
m("multiples short_year", "triplets!! born 25.6.1, our first time parenting lol, these are our only kids",
  [n(3), bd(1, "2025-06-01"), bd(2, "2025-06-01"), bd(3, "2025-06-01")], known=K(city="beijing"))
m("hukou height numerals birth_order", "we're beijing hukou, 2 kids, older one is 1m3 exactly",
  [f("city", "beijing"), f("hukou_in_city", True), n(2), ht(1, 130)])
m("correction housing_fund", "sorry i was wrong, my wife pays into it too so its 2 of us",
  [f("housing_fund_contributors", 2, "r")], known=K(city="jinan", housing_fund_contributors=1, kids=["2022-04"]))
m("correction insurance", "actually i was on my employers maternity insurance when i had her, not the resident one",
  [f("birth_insurance", "employee_maternity", "r")],
  known=K(city="beijing", birth_insurance="resident_medical", kids=["2023-08"]))
m("question", "if my mum moves in to help, is her long term care insurance covered too?", [], known=K(city="jinan"))
m("relative_date pregnancy", "first kid was born the year before last, second due in october",
  [bd(1, year(-2)), due(2, nextmonth(10))], known=K(city="beijing"))
m("now_vs_birth per_birth_hardship", "we only started getting unemployment money this spring, nothing when either of the kids was born",
  [f("hardship_now", True), f("hardship_at_birth", False)], known=K(city="jinan", kids=["2022-03", "2024-08"]))
m("answer per_birth_hardship birth_order", "with the second one we were on dibao",
  [chb(2, True)], asked="hardship_at_birth", known=K(city="jinan", kids=["2021-02", "2024-12"]))
m("chitchat", "my husband says hi lol", [])
m("age multiples", "the big two are twins aged 6 and the baby is almost 1",
  [n(3), bd(1, yo(6)), bd(2, yo(6)), bd(3, almost(1))], known=K(city="beijing"))
m("answer", "haidian, beijing", [f("city", "beijing")], asked="city")

m("multiples numerals", "my eldest was born 2018/9/1 and the twins came 2024/2/29",
  [n(3), bd(1, "2018-09-01"), bd(2, "2024-02-29"), bd(3, "2024-02-29")], known=K(city="beijing"))
m("pregnancy housing_fund birth_order", "3 months pregnant, its our 2nd, hubby and i both pay into the housing fund",
  [due(2, preg(3)), f("housing_fund_contributors", 2)], known=K(city="jinan", kids=["2022-01"]))

T("2025-10-30")  # Thursday: "last tuesday" = 2025-10-21 either way
m("multiples age birth_order", "our oldest is 7 and then came twin girls, almost 3 now",
  [n(3), bd(1, yo(7)), bd(2, almost(3)), bd(3, almost(3))], known=K(city="jinan"))
m("multiples numerals pregnancy", "my daughter's twins are 2022/6/1 babies, her only kids so far, and she's pregnant again, due in march",
  [n(2), bd(1, "2022-06-01"), bd(2, "2022-06-01"), due(3, nextmonth(3))], known=K(city="jinan"))
m("answer height", "about 1m15 last time we measured", [ht(1, 115)], asked="children.height_cm",
  known=K(city="beijing", kids=["2019-04"]))
m("age birth_order", "we had our 2nd 2 weeks ago, the first is 4",
  [bd(2, dago(14)), bd(1, yo(4))], known=K(city="beijing"))
m("correction hukou", "sorry i misunderstood, we DONT have beijing hukou, just a residence permit",
  [f("hukou_in_city", False, "r")], known=K(city="beijing", hukou_in_city=True, kids=["2023-03"]))
m("question birth_order", "thinking about a no.3 maybe in 2027, would we get more?",
  [due(3, "2027", "q")], known=K(city="beijing", kids=["2020-01", "2023-05"]))
m("now_vs_birth per_birth_hardship multiples", "we're on dibao now. when the twins were born we werent",
  [f("hardship_now", True), chb(1, False), chb(2, False)], known=K(city="jinan", kids=["2023-08", "2023-08"]))
m("answer negation_housing", "yes, planning to buy next year with a fund loan",
  [f("buying_first_home", True, "c")], asked="buying_first_home", known=K(city="jinan", kids=["2021-10", "2024-06"]))
m("negation_housing", "we have a flat in jinan but its too small so we rent a bigger one near the school",
  [f("owns_home_in_city", True), f("renting", True)], known=K(city="jinan", kids=["2017-05", "2020-09"]))
m("numerals", "my 3 kids all need school places, the youngest starts kindergarten next year",
  [n(3)], known=K(city="beijing", kids=["2014-02", "2017-11", "2022-07"]))
m("duration chitchat", "paternity leave was only 15 days smh", [])
m("short_year", "ours were born in '17, '21 and '24", [bd(1, "2017"), bd(2, "2021"), bd(3, "2024")], known=K(city="jinan"))
m("relative_date", "our daughter was born last tuesday at 3am, mum and baby fine",
  [bd(1, lastweek(1))], known=K(city="beijing"))
m("pregnancy age", "my wife is 7 months pregnant, our son is 2 and a half",
  [bd(1, yo(2)), due(2, preg(7))], known=K(city="jinan"))
m("answer housing_fund", "both of us", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=["2022-11"]))
m("chitchat", "is this a real person or a bot haha", [])

m("multiples age relative_date", "the twins came 2 days ago!! big brother is 4",
  [n(3), bd(1, yo(4)), bd(2, dago(2)), bd(3, dago(2))], known=K(city="jinan"))
m("answer hukou", "we live in jinan but hukou is in linyi", [f("city", "jinan"), f("hukou_in_city", False)], asked="city")

T("2026-03-05")  # Thursday; early in the year: "last october/november" = 2025
m("multiples age", "two 4 and a half yr old girls (twins) and their baby bro who's 6 wks",
  [n(3), bd(1, yo(4)), bd(2, yo(4)), bd(3, dago(42))], known=K(city="jinan"))
m("relative_date per_birth_hardship", "we were on dibao when my grandson came, that was last october",
  [bd(1, "2025-10"), chb(1, True)], known=K(city="jinan"))
m("multiples relative_date hukou", "we had twins the year before last, they're our only kids. jinan hukou",
  [n(2), bd(1, year(-2)), bd(2, year(-2)), f("city", "jinan"), f("hukou_in_city", True)])
m("answer pregnancy", "the 18th of july", [due(2, nextmonth(7, 18))], asked="due_date",
  known=K(city="beijing", kids=["2023-02", {"due_date": None}]))
m("answer negation_housing", "no, its my parents flat, we live with them", [f("renting", False, "c")], asked="renting",
  known=K(city="beijing", kids=["2024-04"]))
m("correction short_year", "wait her birthday is the 25th not 15th, 21.3.25",
  [bd(1, "2021-03-25", "r")], known=K(city="beijing", kids=["2021-03-15"]))
m("question", "when do i apply, before or after the baby's hukou is registered?", [], known=K(city="jinan"))
m("insurance", "wife's covered by maternity insurance at her job", [f("birth_insurance", "employee_maternity")],
  known=K(city="jinan", kids=[{"due_date": "2026-06"}]))
m("chitchat", "lol my kid just asked if the robot has kids too", [])
m("numerals negation_housing birth_order", "second born 2024.12, first 2019.7, in jinan, we own our home",
  [bd(2, "2024-12"), bd(1, "2019-07"), f("city", "jinan"), f("owns_home_in_city", True)])
m("relative_date numerals", "our only one came last november", [n(1), bd(1, "2025-11")], known=K(city="beijing"))
m("answer hukou", "yes all of us are local", [f("hukou_in_city", True, "c")], asked="hukou_in_city",
  known=K(city="beijing", kids=["2022-02", "2025-01"]))
m("age multiples per_birth_hardship", "our twin boys just turned 1 and their sis is 3 and a half. we had dibao when the twins were born",
  [n(3), bd(1, yo(3)), bd(2, just(1)), bd(3, just(1)), chb(2, True), chb(3, True)], known=K(city="jinan"))
m("question height", "is the 1.3m rule measured w shoes on?", [], known=K(city="beijing"))
m("answer numerals", "none yet, first one due in august", [n(0), due(1, nextmonth(8))], asked="children",
  known=K(city="jinan"))

m("age insurance", "she's 5 weeks old, i'm on the flexible employment insurance",
  [bd(1, dago(35)), f("birth_insurance", "flexible_employment")], known=K(city="beijing"))
m("answer housing_fund duration", "only me, 3 years now", [f("housing_fund_contributors", 1)],
  asked="housing_fund_contributors", known=K(city="jinan", kids=["2024-09"]))

T("2026-07-14")  # Tuesday: "last friday" = 2026-07-10 either way
m("multiples relative_date age", "my son's twins were born yesterday, they have a 3yo already",
  [n(3), bd(1, yo(3)), bd(2, back(1)), bd(3, back(1))], known=K(city="beijing"))
m("answer numerals", "2 boys, 2021.3 and 2024.10", [n(2), bd(1, "2021-03"), bd(2, "2024-10")], asked="children",
  known=K(city="beijing"))
m("height question birth_order", "my older girl is exactly 130cm, does she need a subway ticket now?",
  [ht(1, 130)], known=K(city="beijing", kids=["2019-05", "2022-10"]))
m("now_vs_birth per_birth_hardship birth_order", "we got tekun support when our third was born but not anymore",
  [chb(3, True), f("hardship_now", False)], known=K(city="jinan", kids=["2015-06", "2018-09", "2024-02"]))
m("correction", "sorry, we're in beijing actually, not jinan, i clicked wrong",
  [f("city", "beijing", "r")], known=K(city="jinan"))
m("answer housing_fund", "none of us, we both work for small private firms that dont pay it",
  [f("housing_fund_contributors", 0)], asked="housing_fund_contributors", known=K(city="jinan", kids=["2023-09"]))
m("answer negation_housing", "yes, bought in 2020", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="beijing", kids=["2021-01"]))
m("question hukou birth_order", "if we moved our hukou to jinan would the 2nd kid get the 600?",
  [f("hukou_in_city", True, "q")], known=K(city="jinan", hukou_in_city=False, kids=["2020-03", "2024-05"]))
m("age pregnancy", "baby is 10 months and yep, pregnant again already 😅 about 2 months in",
  [bd(1, mo(10)), due(2, preg(2))], known=K(city="beijing"))
m("age birth_order", "grandkid #2 is 6 weeks old now, his sister is 4",
  [bd(2, dago(42)), bd(1, yo(4))], known=K(city="jinan"))
m("multiples age", "twin boys 8 months n a 1 and a half yr old girl",
  [n(3), bd(1, yo(1)), bd(2, mo(8)), bd(3, mo(8))], known=K(city="jinan"))
m("answer height", "she hasnt hit 1m yet", [below(1, 100)], asked="children.height_cm",
  known=K(city="beijing", kids=["2021-11"]))
m("relative_date birth_order", "our third arrived last friday, a boy",
  [bd(3, lastweek(4))], known=K(city="jinan", kids=["2017-03", "2021-08", {"due_date": "2026-07"}]))
m("question insurance", "does the resident medical insurance pay anything for a c-section?", [])

m("numerals", "baby girl born july 2nd!! 3.5kg", [bd(1, pastmonth(7, 2))], known=K(city="jinan"))
m("answer negation_housing", "yes we are, looking at places in tianqiao", [f("buying_first_home", True, "c")],
  asked="buying_first_home", known=K(city="jinan", kids=["2021-05", "2025-12"]))

T("2026-11-19")  # Thursday: "last monday" = 2026-11-09 either way
m("multiples short_year age", "twins were born 23.5.1 and the big one is 8",
  [n(3), bd(1, yo(8)), bd(2, "2023-05-01"), bd(3, "2023-05-01")], known=K(city="beijing"))
m("multiples relative_date age negation_housing", "twins arrived last month, we've also got a 2yo, renting in jinan",
  [n(3), bd(1, yo(2)), bd(2, thismonth(-1)), bd(3, thismonth(-1)), f("renting", True), f("city", "jinan")])
m("relative_date hukou", "my granddaughter was born the year before last, her parents live in beijing and both have beijing hukou",
  [bd(1, year(-2)), f("city", "beijing"), f("hukou_in_city", True)])
m("correction insurance", "sorry no, i had no insurance at all back then",
  [f("birth_insurance", "none", "r")], known=K(city="jinan", birth_insurance="flexible_employment", kids=["2025-04"]))
m("answer per_birth_hardship", "no we werent on any of that", [f("hardship_at_birth", False, "c")],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2024-08"]))
m("age negation_housing", "our boy is one and a half and we rent", [bd(1, yo(1)), f("renting", True)], known=K(city="jinan"))
m("chitchat", "sorry typing one handed, baby asleep on me", [])
m("relative_date birth_order", "little one came last monday, our 2nd",
  [bd(2, lastweek(0))], known=K(city="beijing", kids=["2022-05"]))
m("age birth_order", "eldest is 12, middle 9, youngest just turned 2",
  [bd(1, yo(12)), bd(2, yo(9)), bd(3, just(2))], known=K(city="jinan"))
m("answer negation_housing", "nah, can't afford it rn", [f("buying_first_home", False, "c")], asked="buying_first_home",
  known=K(city="beijing", kids=["2020-12", "2023-07"]))
m("correction multiples age", "correction: the twins r almost 4 not 3",
  [bd(2, almost(4), "r"), bd(3, almost(4), "r")], known=K(city="jinan", kids=["2016-01", yo(3), yo(3)]))
m("pregnancy", "14 weeks pregnant with our first, due in may", [due(1, nextmonth(5))], known=K(city="beijing"))
m("age numerals", "2 and a half, almost 5 and 7, three little monkeys",
  [n(3), bd(1, yo(7)), bd(2, almost(5)), bd(3, yo(2))], known=K(city="beijing"))
m("answer pregnancy", "feb 2027", [due(2, "2027-02")], asked="due_date",
  known=K(city="jinan", kids=["2024-01", {"due_date": None}]))
m("height multiples birth_order", "the twins are 1m08 each, their little bro is way under 1m",
  [ht(1, 108), ht(2, 108), below(3, 100)], known=K(city="beijing", kids=["2021-04", "2021-04", "2024-02"]))
