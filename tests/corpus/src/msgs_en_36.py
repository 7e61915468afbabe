# English, batch 36: ages of several children in one message ("3 and a half", "almost 2", "18 months",
# "a 6-week-old", "born 10 days ago"), written-out numbers and date forms ("twenty twenty-three", "march 5th 24",
# "2023.5", "a pair of"), relative dates (yesterday, last <weekday> on Mon-Thu, last month, the year before last),
# one-fact corrections of a child's age or date, birth order and kinship words (grandson no. 2, my daughter's
# youngest), questions carrying one fact, answers to the bot's questions, chitchat and bare questions
T("2025-01-14")  # Tuesday: "last friday" = 2025-01-10 either way
m("age numerals", "my two are 3 and a half and almost 2, we live in jinan", [n(2), bd(1, yo(3)), bd(2, almost(2)), f("city", "jinan")])
m("age birth_order", "grandson no. 2 was born 10 days ago, the eldest grandson is 4", [bd(2, dago(10)), bd(1, yo(4))], known=K(city="jinan"))
m("answer age numerals", "two, 18 months and a 6-week-old", [n(2), bd(1, mo(18)), bd(2, dago(42))], asked="children", known=K(city="beijing"))
m("correction age", "no wait she's 4 not 3", [bd(1, yo(4), "r")], known=K(city="jinan", kids=[yo(3)]))
m("age question birth_order", "our 2nd, shes 2 now, does she get the 600?", [bd(2, yo(2))], known=K(city="jinan", kids=["2016-03"]))
m("chitchat", "thx for the info, gotta run and pick the little one up from kindy", [])
m("numerals short_year", "born march 5th 24, our only kid", [bd(1, "2024-03-05"), n(1)], known=K(city="beijing"))
m("numerals birth_order", "the eldest was born twenty seventeen and the little one twenty twenty-three", [bd(1, "2017"), bd(2, "2023")],
  known=K(city="jinan"))
m("question", "up to what age do they pay the childcare money", [])
m("age birth_order", "my daughter's youngest just turned 1, her big brother is 5", [bd(2, just(1)), bd(1, yo(5))], known=K(city="beijing"))
m("relative_date", "baby girl arrived last friday, first one for us", [bd(1, lastweek(4))], known=K(city="beijing"))

T("2025-02-20")  # Thursday
m("answer pregnancy birth_order", "due in may, it's our 2nd", [due(2, nextmonth(5))], asked="due_date", known=K(city="jinan", kids=["2021-09"]))
m("numerals age", "2023.5 for the older one and the baby is 7 weeks", [bd(1, "2023-05"), bd(2, dago(49))], known=K(city="jinan"))
m("correction numerals birth_order", "correction: the younger one was born 2024.11 not 2024.10", [bd(2, "2024-11", "r")],
  known=K(city="beijing", kids=["2020-02", "2024-10"]))
m("multiples age numerals", "a pair of boys, both 2 and a half, our only kids", [n(2), bd(1, yo(2)), bd(2, yo(2))], known=K(city="jinan"))
m("age numerals", "grandpa here. my son has three kids: 8, 5 and a baby of 4 months", [n(3), bd(1, yo(8)), bd(2, yo(5)), bd(3, mo(4))],
  known=K(city="jinan"))
m("question", "is the subsidy paid by month or as one lump sum", [])
m("age numerals", "our boy is six, only child", [bd(1, yo(6)), n(1)], known=K(city="beijing"))
m("answer age", "just the one, 9 months old", [n(1), bd(1, mo(9))], asked="children", known=K(city="jinan"))
m("relative_date question birth_order", "our third came the year before last, does jinan still pay till age 3?", [bd(3, year(-2))],
  known=K(city="jinan", kids=["2014-06", "2018-09"]))
m("relative_date", "yesterday!! 3.2kg boy, mum and baby fine", [bd(1, back(1))], known=K(city="beijing", kids=[{"due_date": "2025-02"}]))

T("2025-04-07")  # Monday: "last tuesday" = 2025-04-01 either way
m("relative_date age birth_order", "last tuesday our second baby came, his big sis is 4 and a half", [bd(2, lastweek(1)), bd(1, yo(4))],
  known=K(city="jinan"))
m("relative_date hukou", "baby born april 2nd, jinan hukou", [bd(1, pastmonth(4, 2)), f("city", "jinan"), f("hukou_in_city", True)])
m("answer age numerals", "3 - 10, 7 and 1", [n(3), bd(1, yo(10)), bd(2, yo(7)), bd(3, yo(1))], asked="children", known=K(city="beijing"))
m("correction age birth_order", "sorry, the middle one is 6 not 7", [bd(2, yo(6), "r")], known=K(city="beijing", kids=[yo(10), yo(7), yo(1)]))
m("chitchat", "ok got it, thanks a lot", [])
m("housing_fund age", "were both paying gongjijin, the kids are 5 and 14 months", [f("housing_fund_contributors", 2), bd(1, yo(5)), bd(2, mo(14))],
  known=K(city="beijing"))
m("age question", "my 2 kids are 2 and 4, hows the childcare subsidy work for the older one", [n(2), bd(1, yo(4)), bd(2, yo(2))],
  known=K(city="jinan"))
m("question numerals birth_order", "if we have another one in twenty twenty-six would it get the 3rd child money", [due(3, "2026", "q")],
  known=K(city="jinan", kids=["2018-05", "2022-11"]))
m("pregnancy", "preggers, 5 months along, 1st baby", [due(1, preg(5))], known=K(city="beijing"))
m("age relative_date", "granddaughter born two weeks ago, our 1st grandchild", [bd(1, dago(14))], known=K(city="jinan"))

T("2025-06-03")  # Tuesday: "last thursday" = 2025-05-29 either way
m("age birth_order", "my eldest is 12, second 8, and the baby just turned 1", [bd(1, yo(12)), bd(2, yo(8)), bd(3, just(1))], known=K(city="beijing"))
m("age numerals", "there are four of us, me hubby and 2 little ones, 1 and 3", [n(2), bd(1, yo(3)), bd(2, yo(1))], known=K(city="jinan"))
m("answer pregnancy", "end of august", [due(1, nextmonth(8))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("numerals birth_order", "the older boy was born 5 march 2019", [bd(1, "2019-03-05")], known=K(city="beijing", kids=["2019-03", "2022-08"]))
m("correction numerals birth_order", "oops i said 2022 for the little one, its 2021", [bd(2, "2021", "r")], known=K(city="jinan", kids=["2015-04", "2022"]))
m("age question birth_order", "our second is almost 3 is there still time to apply", [bd(2, almost(3))], known=K(city="jinan", kids=["2017-02"]))
m("chitchat", "baby finally asleep, time for me to eat something", [])
m("answer per_birth_hardship", "nope, we weren't on anything back then", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2023-10"]))
m("negation_housing age", "we rent, kids are 7 and 3 and a half", [f("renting", True), bd(1, yo(7)), bd(2, yo(3))], known=K(city="beijing"))
m("relative_date age birth_order", "grandson no. 2 arrived last thursday, grandson no. 1 is 3", [bd(2, lastweek(3)), bd(1, yo(3))], known=K(city="jinan"))

T("2025-08-21")  # Thursday
m("multiples numerals", "a pair of twins born 2025.7, our first", [bd(1, "2025-07"), bd(2, "2025-07"), n(2)], known=K(city="beijing"))
m("age", "they're 9 and almost 6", [bd(1, yo(9)), bd(2, almost(6))], known=K(city="jinan"))
m("answer age numerals", "one kid, she's four", [n(1), bd(1, yo(4))], asked="children", known=K(city="jinan"))
m("correction age birth_order", "actually the youngest is 20 months, not 2", [bd(2, mo(20), "r")], known=K(city="beijing", kids=[yo(6), yo(2)]))
m("numerals", "we got married 2019, kid came in twenty twenty", [bd(1, "2020")], known=K(city="jinan"))
m("question", "does the allowance stop the day the kid turns 3 or at the end of that year", [])
m("age birth_order", "laoda 10, laoer 6, xiao de just 40 days old", [bd(1, yo(10)), bd(2, yo(6)), bd(3, dago(40))], known=K(city="jinan"))
m("age birth_order", "my daughter's eldest is 7 and her youngest is 2 months, she has only these two", [bd(1, yo(7)), bd(2, mo(2)), n(2)],
  known=K(city="jinan"))
m("question", "is it 600 a month for the second kid?", [])
m("age hukou", "born 10 days ago, jinan hukou for both of us", [bd(1, dago(10)), f("city", "jinan"), f("hukou_in_city", True)])
m("pregnancy birth_order", "expecting our 3rd in january", [due(3, nextmonth(1))], known=K(city="beijing", kids=["2018-01", "2021-05"]))

T("2025-10-29")  # Wednesday: "last friday" = 2025-10-24 either way
m("age", "the kids are 13 months and 3 years old", [bd(1, yo(3)), bd(2, mo(13))], known=K(city="beijing"))
m("relative_date birth_order", "last friday baby no 2 arrived by c-section", [bd(2, lastweek(4))], known=K(city="beijing", kids=["2022-03"]))
m("answer age relative_date", "2, a 6 yr old and a baby born in august", [n(2), bd(1, yo(6)), bd(2, pastmonth(8))], asked="children",
  known=K(city="jinan"))
m("correction numerals", "sorry typo, baby was born 2025.9 not 2025.8", [bd(2, "2025-09", "r")], known=K(city="jinan", kids=[yo(6), "2025-08"]))
m("age numerals", "three of them: 11, 8 and 18 months", [n(3), bd(1, yo(11)), bd(2, yo(8)), bd(3, mo(18))], known=K(city="jinan"))
m("housing_fund negation_housing age", "we each pay gongjijin, both of us, and we're buying our first flat. kids 4 and 1",
  [f("housing_fund_contributors", 2), f("buying_first_home", True), bd(1, yo(4)), bd(2, yo(1))], known=K(city="jinan"))
m("chitchat", "hi", [])
m("age question", "the older is 5, the baby 8 weeks, when does the newborn money get paid", [bd(1, yo(5)), bd(2, dago(56))], known=K(city="beijing"))
m("relative_date", "she was born last month, our 1st", [bd(1, thismonth(-1))], known=K(city="jinan"))
m("answer housing_fund", "neither of us pays into it", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[yo(2)]))

T("2025-12-15")  # Monday: "last wednesday" = 2025-12-10 either way
m("age", "grandson 5, granddaughter 2", [bd(1, yo(5)), bd(2, yo(2))], known=K(city="jinan"))
m("multiples age", "twins are almost 1, their big brother is 4", [n(3), bd(1, yo(4)), bd(2, almost(1)), bd(3, almost(1))], known=K(city="beijing"))
m("answer pregnancy", "march 20th", [due(2, nextmonth(3, 20))], asked="due_date", known=K(city="jinan", kids=["2022-04", {"due_date": None}]))
m("relative_date", "our first child was born last wednesday, we live in beijing", [bd(1, lastweek(2)), f("city", "beijing")])
m("correction age", "correction he's 2 and a half not 1 and a half", [bd(1, yo(2), "r")], known=K(city="jinan", kids=[yo(1)]))
m("question", "how long is maternity leave here", [])
m("age birth_order", "the eldest is in 3rd grade, the second just turned 4, the third is 7 months", [bd(2, just(4)), bd(3, mo(7))],
  known=K(city="beijing"))
m("age numerals", "2 kids, nine and four", [n(2), bd(1, yo(9)), bd(2, yo(4))], known=K(city="beijing"))
m("insurance age", "we're on resident medical insurance, baby is 3 months", [f("birth_insurance", "resident_medical"), bd(1, mo(3))],
  known=K(city="jinan"))
m("correction relative_date", "no she wasnt born in november, dec 1st", [bd(1, pastmonth(12, 1), "r")], known=K(city="beijing", kids=["2025-11"]))

T("2026-02-10")  # Tuesday: "last thursday" = 2026-02-05 either way
m("age numerals", "my two: one is 4 and a half, other one is 6 weeks", [n(2), bd(1, yo(4)), bd(2, dago(42))], known=K(city="jinan"))
m("relative_date birth_order", "we had our 3rd on jan 28th", [bd(3, pastmonth(1, 28))], known=K(city="jinan", kids=["2016-08", "2020-12"]))
m("answer pregnancy", "none yet, due in june", [n(0), due(1, nextmonth(6))], asked="children", known=K(city="beijing"))
m("relative_date age birth_order", "the year before last our second was born, the first is 6", [bd(2, year(-2)), bd(1, yo(6))], known=K(city="beijing"))
m("age", "i have a 2 yr old and a 7 month old", [bd(1, yo(2)), bd(2, mo(7))], known=K(city="jinan"))
m("chitchat", "happy new year in advance to the team", [])
m("correction age birth_order", "actually the eldest is 8, i wrote 9", [bd(1, yo(8), "r")], known=K(city="jinan", kids=[yo(9), yo(3)]))
m("question multiples", "is the one-time 5000 paid for each baby if it's twins?", [])
m("age hukou", "she's 14 months and we live in jinan but hukou is still in hebei", [bd(1, mo(14)), f("city", "jinan"), f("hukou_in_city", False)])
m("relative_date", "grandbaby came last thursday! daughter in law's first", [bd(1, lastweek(3))], known=K(city="beijing"))
m("age numerals", "my son is three and his sister was born twenty twenty-five", [bd(1, yo(3)), bd(2, "2025")], known=K(city="jinan"))

T("2026-03-26")  # Thursday: "last friday" = 2026-03-20 either way
m("age pregnancy", "kids: 5yo, 3yo, and one on the way in july", [bd(1, yo(5)), bd(2, yo(3)), due(3, nextmonth(7))], known=K(city="jinan"))
m("age question birth_order", "the little one just turned 2, does it stop at 3?", [bd(2, just(2))], known=K(city="jinan", kids=["2019-05", "2024"]))
m("answer multiples age numerals", "a pair of girls, twins, 3 and a half", [n(2), bd(1, yo(3)), bd(2, yo(3))], asked="children", known=K(city="beijing"))
m("correction multiples age", "sorry, the twins are 2 and a half", [bd(1, yo(2), "r"), bd(2, yo(2), "r")], known=K(city="beijing", kids=[yo(3), yo(3)]))
m("short_year numerals", "born 3rd of feb '25", [bd(1, "2025-02-03")], known=K(city="beijing"))
m("age", "mine are almost 3 and 10 weeks", [bd(1, almost(3)), bd(2, dago(70))], known=K(city="jinan"))
m("hukou age numerals", "were in beijing, both hukou here, 1 kid aged 6", [f("city", "beijing"), f("hukou_in_city", True), n(1), bd(1, yo(6))])
m("question", "which office do we go to to apply", [])
m("age birth_order", "my son's eldest is 7, his younger one is 4, they all live in jinan with us", [bd(1, yo(7)), bd(2, yo(4)), f("city", "jinan")])
m("relative_date birth_order", "water broke last friday, baby boy, the 2nd", [bd(2, lastweek(4))], known=K(city="beijing", kids=["2023-01"]))

T("2026-05-12")  # Tuesday: "last friday" = 2026-05-08 either way
m("relative_date age", "born may 2nd, ten days old now", [bd(1, pastmonth(5, 2))], known=K(city="beijing"))
m("answer age numerals", "3: 12 yrs, 9 yrs and a newborn girl 5 days old", [n(3), bd(1, yo(12)), bd(2, yo(9)), bd(3, dago(5))], asked="children",
  known=K(city="jinan"))
m("correction age", "hang on, the baby is 11 months not 10", [bd(2, mo(11), "r")], known=K(city="jinan", kids=[yo(5), mo(10)]))
m("pregnancy age birth_order", "im 7 months pregnant with no 2, first is 3", [due(2, preg(7)), bd(1, yo(3))], known=K(city="jinan"))
m("multiples age", "a 4 yr old boy and twins of 15 months", [bd(1, yo(4)), bd(2, mo(15)), bd(3, mo(15)), n(3)], known=K(city="beijing"))
m("question", "does it count if the kid was born in hebei", [])
m("numerals", "the older was born twenty nineteen, the younger in 2022.8", [bd(1, "2019"), bd(2, "2022-08")], known=K(city="jinan"))
m("answer negation_housing", "yep", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[yo(1)]))
m("age birth_order", "youngest is 9 months. eldest 6. middle 3 and a half", [bd(3, mo(9)), bd(1, yo(6)), bd(2, yo(3))], known=K(city="jinan"))
m("relative_date age birth_order", "my 2nd grandkid born last friday, the 1st is 2", [bd(2, lastweek(4)), bd(1, yo(2))], known=K(city="jinan"))

T("2026-07-30")  # Thursday
m("age", "we just have the one, almost 1", [n(1), bd(1, almost(1))], known=K(city="beijing"))
m("answer age numerals", "two girls - 5 and 2", [n(2), bd(1, yo(5)), bd(2, yo(2))], asked="children", known=K(city="jinan"))
m("correction numerals birth_order", "the 2nd was born 2026.6 not 2026.5, sorry", [bd(2, "2026-06", "r")], known=K(city="jinan", kids=["2023-02", "2026-05"]))
m("age hukou", "my kids are 8 and 18 months, the whole family has beijing hukou", [bd(1, yo(8)), bd(2, mo(18)), f("hukou_in_city", True)], known=K(city="beijing"))
m("relative_date age birth_order", "grandson no. 3 came yesterday, the other two are 6 and 3", [bd(3, back(1)), bd(1, yo(6)), bd(2, yo(3))],
  known=K(city="jinan"))
m("chitchat", "ok thanks, will ask at the jiedao office", [])
m("age", "she was born 10 days ago and her brother is 3 and a half", [bd(2, dago(10)), bd(1, yo(3))], known=K(city="jinan"))
m("pregnancy multiples", "6 months pregnant with twins, no kids yet", [n(0), due(1, preg(6)), due(2, preg(6))], known=K(city="beijing"))
m("question relative_date birth_order", "what if our 2nd arrives next year, still 600?", [due(2, year(1), "q")], known=K(city="jinan", kids=["2022-03"]))
m("age birth_order", "eldest is 15 and the youngest is 1 and a half, only 2 kids", [bd(1, yo(15)), bd(2, yo(1)), n(2)], known=K(city="jinan"))
m("numerals birth_order", "march 5th 2025 the 2nd was born", [bd(2, "2025-03-05")], known=K(city="beijing", kids=["2021-01"]))

T("2026-09-08")  # Tuesday: "last thursday" = 2026-09-03 either way
m("relative_date birth_order", "third bub arrived last thursday", [bd(3, lastweek(3))], known=K(city="jinan", kids=["2019-04", "2022-10"]))
m("answer age numerals", "just 1, 3 weeks old", [n(1), bd(1, dago(21))], asked="children", known=K(city="beijing"))
m("age pregnancy birth_order", "our first is 5, the second is 2, third due in feb", [bd(1, yo(5)), bd(2, yo(2)), due(3, nextmonth(2))], known=K(city="jinan"))
m("correction numerals birth_order", "correction: first kid born 2020 not 2019", [bd(1, "2020", "r")], known=K(city="beijing", kids=["2019", yo(2)]))
m("answer negation_housing", "nope", [f("buying_first_home", False, "c")], asked="buying_first_home", known=K(city="beijing", kids=[yo(3)]))
m("age", "she's 2 and a half and he's 8 weeks", [bd(1, yo(2)), bd(2, dago(56))], known=K(city="jinan"))
m("chitchat", "my granddaughter just said nainai for the first time haha", [])
m("age numerals", "my son has 2 kids: 7 and almost 4", [n(2), bd(1, yo(7)), bd(2, almost(4))], known=K(city="jinan"))
m("relative_date birth_order", "the baby came last month, 2nd one for us", [bd(2, thismonth(-1))], known=K(city="beijing", kids=["2020-10"]))
m("question", "is the housing fund bonus for 2 kids or 3 kids only", [])
m("insurance age", "we're in jinan, kids 1 and 6, i'm on flexible employment insurance",
  [f("city", "jinan"), bd(1, yo(6)), bd(2, yo(1)), f("birth_insurance", "flexible_employment")])

T("2026-11-19")  # Thursday: "last friday" = 2026-11-13 either way
m("relative_date age birth_order", "baby born last friday, the big one is 3", [bd(2, lastweek(4)), bd(1, yo(3))], known=K(city="beijing"))
m("answer multiples age", "twins aged 2 and a big girl of 7", [n(3), bd(1, yo(7)), bd(2, yo(2)), bd(3, yo(2))], asked="children", known=K(city="jinan"))
m("correction age birth_order", "no wait its the youngest whos 4 months, not 5", [bd(2, mo(4), "r")], known=K(city="jinan", kids=[yo(4), mo(5)]))
m("relative_date", "born november 2nd", [bd(1, pastmonth(11, 2))], known=K(city="beijing", kids=[{"due_date": "2026-11"}]))
m("question hukou", "does the childcare subsidy need local hukou", [])
m("answer negation_housing", "yes", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city", known=K(city="jinan", kids=[yo(2)]))
m("age numerals", "three under 5: 4, 2 and 7 weeks", [n(3), bd(1, yo(4)), bd(2, yo(2)), bd(3, dago(49))], known=K(city="beijing"))
m("age birth_order", "the older two are 10 and 8, the new one is 20 days", [bd(1, yo(10)), bd(2, yo(8)), bd(3, dago(20))], known=K(city="jinan"))
m("correction relative_date", "sorry the baby was born nov 12th not nov 11th", [bd(2, "2026-11-12", "r")], known=K(city="beijing", kids=["2023-05", "2026-11-11"]))
m("chitchat", "hello?", [])
m("age birth_order", "grandson no. 2 is 6 months, no. 1 just turned 5", [bd(2, mo(6)), bd(1, just(5))], known=K(city="jinan"))
m("age birth_order", "my daughter's youngest is 9 weeks, her eldest 6", [bd(2, dago(63)), bd(1, yo(6))], known=K(city="beijing"))
m("per_birth_hardship age", "we were on dibao when our daughter was born, she's 1 now", [chb(1, True), bd(1, yo(1))], known=K(city="jinan"))
m("numerals birth_order", "twenty twenty-four december, that's when our second arrived", [bd(2, "2024-12")], known=K(city="jinan", kids=["2019-06"]))
m("question", "how much is the one-off payment?", [])
