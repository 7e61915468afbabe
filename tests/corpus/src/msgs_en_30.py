# English, batch 30: per-birth hardship (dibao / tekun / unemployment benefit at one birth and not another, named by
# order, by "the older one / the baby", by year, by "when I had the twins"), answers to the hardship question from
# families of 2-4 kids, now versus at the birth (on dibao now, started after the birth, stopped before), plus
# grandparents, answers to the other questions, one-fact corrections, chitchat and questions that state nothing
T("2025-01-07")  # Tuesday
m("answer per_birth_hardship birth_order", "for the big one no. for the baby yes, hubby was on 失业金 that whole winter",
  [chb(1, False), chb(2, True)], asked="hardship_at_birth", known=K(city="jinan", kids=["2020-03", "2024-12"]))
m("answer per_birth_hardship multiples birth_order", "when i had the twins we had dibao, with our eldest no",
  [chb(2, True), chb(3, True), chb(1, False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2017-05", "2022-09", "2022-09"]))
m("now_vs_birth age", "we just got put on dibao, the kid is 2 and my husband cant work after the accident",
  [f("hardship_now", True), bd(1, yo(2))])
m("chitchat", "happy new year bot 🎉 hope ur not working too hard", [])
m("question", "does dibao count if it was my mother in laws hukou booklet not ours?", [])
m("answer per_birth_hardship now_vs_birth", "no, we came off dibao in 2021 and havent been on it since",
  [f("hardship_at_birth", False, "c"), f("hardship_now", False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2023-06"]))
m("age birth_order per_birth_hardship", "grandma typing. my son has 3 kids, 9, 6 and the little one 10 months. the little one was born when my son was on unemployment money, the others no",
  [n(3), bd(1, yo(9)), bd(2, yo(6)), bd(3, mo(10)), chb(3, True), chb(1, False), chb(2, False)])
m("relative_date", "baby boy came yesterday 7 jin 2 liang, big fella. we r on dibao btw", [bd(1, back(1)), f("hardship_now", True)], known=K(city="beijing"))
m("correction age", "sorry typo, shes 4 not 5", [bd(1, yo(4), "r")], known=K(city="jinan", kids=[yo(5)]))
m("answer age", "3, all girls lol. 12, 8 and 3. we get tekun since 2023", [n(3), bd(1, yo(12)), bd(2, yo(8)), bd(3, yo(3)), f("hardship_now", True)], asked="children", known=K(city="beijing"))
m("answer insurance", "shes on the flexible employment scheme, 灵活就业 one", [f("birth_insurance", "flexible_employment")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": "2025-06"}]))
m("question", "does the 特困 thing have to be at the birth or can it be any time", [])

T("2025-02-13")  # Thursday: "last friday" = 2025-02-07 either way
m("relative_date birth_order now_vs_birth", "our 2nd arrived last friday. we're on dibao, what do we get", [bd(2, lastweek(4)), f("hardship_now", True)],
  known=K(city="jinan", kids=["2021-08"]))
m("answer per_birth_hardship", "both times yes, 特困 both times", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2019-10", "2023-04"]))
m("answer per_birth_hardship birth_order", "the 2018 one nope, the 2024 one we were on unemployment benefit", [chb(1, False), chb(2, True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2018-04", "2024-01"]))
m("now_vs_birth age", "dibao stopped in december when my husband found work. baby is 5 months", [f("hardship_now", False), bd(1, mo(5))])
m("age hukou", "from dezhou, hukou still there, living in jinan with my 2 yr old, on dibao", [f("city", "jinan"), f("hukou_in_city", False), bd(1, yo(2)), f("hardship_now", True)])
m("chitchat", "ok thanks for the patience, my english not so good", [])
m("pregnancy age birth_order", "4 months pregnant with number 3, the other two are 7 and 4", [due(3, preg(4)), bd(1, yo(7)), bd(2, yo(4)), n(2)])
m("answer pregnancy", "around the end of june", [due(1, nextmonth(6))], asked="due_date", known=K(city="beijing", kids=[{"due_date": None}]))
m("question", "is there extra money for familys on dibao?", [])
m("correction per_birth_hardship birth_order", "wait, it was the 1st birth we had tekun, not the 2nd. mixed them up",
  [chb(1, True, "r"), chb(2, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2019-02", "hardship_at_birth": False}, {"birth_date": "2023-11", "hardship_at_birth": True}]))
m("answer hukou", "yep beijing hukou, got it thru my work 2 yrs ago", [f("hukou_in_city", True, "c")], asked="hukou_in_city",
  known=K(city="beijing", kids=[yo(1)]))
m("height birth_order", "the middle one is 1m31 now, grew so fast", [ht(2, 131)], known=K(city="jinan", kids=[yo(10), yo(7), yo(3)]))

T("2025-04-22")  # Tuesday: "last friday" = 2025-04-18 either way
m("answer per_birth_hardship multiples birth_order", "only when the twins came. with my big boy no, that was before all the trouble",
  [chb(2, True), chb(3, True), chb(1, False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2016-09", "2021-03", "2021-03"]))
m("per_birth_hardship now_vs_birth", "i was on 失业金 when i gave birth but it ran out, nothing now",
  [f("hardship_at_birth", True), f("hardship_now", False)], known=K(city="jinan", kids=["2024-11"]))
m("answer", "just the two boys, and no we werent on any benifits for either birth", [n(2), f("hardship_at_birth", False)], asked="children", known=K(city="beijing"))
m("relative_date", "granddaughter born last friday in qilu hospital, first grandchild!! son n his wife are on dibao, does the baby get extra", [bd(1, lastweek(4)), f("hardship_now", True)])
m("question", "my sister in law gets dibao, is that counted for our family?", [])
m("answer per_birth_hardship birth_order", "first two no, the third yes we had dibao then", [chb(1, False), chb(2, False), chb(3, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2014-07", "2018-01", "2024-05"]))
m("now_vs_birth age", "we applied for dibao last month and got it, my two kids are 3 and 1",
  [f("hardship_now", True), n(2), bd(1, yo(3)), bd(2, yo(1))], known=K(city="beijing"))
m("correction insurance", "actually its resident insurance not employee, she quit the job", [f("birth_insurance", "resident_medical", "r")],
  known=K(city="jinan", birth_insurance="employee_maternity", kids=[{"due_date": "2025-08"}]))
m("negation_housing", "we rent, no flat of our own yet, hoping to buy our first next year",
  [f("renting", True), f("owns_home_in_city", False), f("buying_first_home", True)], known=K(city="beijing", kids=[yo(2)]))
m("chitchat", "bot r u a real person lol", [])
m("age birth_order", "eldest just turned 10, the little one almost 2, only the two of them. 失业金 when the little one came, not with the eldest", [bd(1, just(10)), bd(2, almost(2)), n(2), chb(2, True), chb(1, False)],
  known=K(city="jinan"))
m("per_birth_hardship birth_order", "in 2022 when our girl was born we had 特困, last year with the boy no", [chb(1, True), chb(2, False)],
  known=K(city="jinan", kids=["2022-05", "2024-10"]))

T("2025-07-03")  # Thursday: "last friday" = 2025-06-27 either way
m("answer per_birth_hardship now_vs_birth", "no not at the time. now yes, on dibao since march", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2023-09"]))
m("answer per_birth_hardship birth_order", "yes with the baby, husband was laid off and got unemployment pay. with the older 2 no",
  [chb(3, True), chb(1, False), chb(2, False)], asked="hardship_at_birth", known=K(city="beijing", kids=["2015-03", "2019-12", "2025-02"]))
m("relative_date multiples", "twins born the day before yesterday, our first kids!!", [bd(1, back(2)), bd(2, back(2)), n(2)], known=K(city="jinan"))
m("correction birth_order", "oops the eldest was born 2015 not 2016", [bd(1, "2015", "r")], known=K(city="beijing", kids=["2016", "2020-02"]))
m("question", "are kids under 1.4m free at the zoo", [])
m("now_vs_birth", "my husbands 失业金 finished last month so we got nothing now. grandpa helps a bit", [f("hardship_now", False)],
  known=K(city="jinan", kids=[yo(1)]))
m("answer hukou", "nah we're both still registered in heze", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[mo(4)]))
m("answer pregnancy", "shes 6 months along", [due(1, preg(6))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("pregnancy birth_order per_birth_hardship now_vs_birth", "pregnant with our 2nd, due in november. we had dibao when the first was born, not anymore",
  [due(2, nextmonth(11)), chb(1, True), f("hardship_now", False)])
m("chitchat", "so hot today omg 38 degrees", [])
m("housing_fund", "my husband and me both pay gongjijin, his mum too", [f("housing_fund_contributors", 3)], known=K(city="jinan", kids=[yo(3)]))
m("age birth_order", "grandson is 1 and a half, granddaughter 4. my son was on 失业金 when the boy was born", [bd(1, yo(4)), bd(2, yo(1)), chb(2, True)])

T("2025-09-17")  # Wednesday
m("answer per_birth_hardship birth_order", "eldest yes, 2nd no, 3rd yes. long story", [chb(1, True), chb(2, False), chb(3, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2012-06", "2017-02", "2023-08"]))
m("per_birth_hardship now_vs_birth", "we were on dibao when my son was born but got cut off this summer", [chb(1, True), f("hardship_now", False)],
  known=K(city="beijing", kids=[yo(3)]))
m("answer pregnancy", "2, plus one on the way due january", [n(2), due(3, nextmonth(1))], asked="children", known=K(city="jinan"))
m("question per_birth_hardship", "if my husband goes on 失业金 before i give birth, would we get more?", [f("hardship_at_birth", True, "q")],
  known=K(city="jinan", kids=[{"due_date": "2025-12"}]))
m("relative_date", "baby came 10 days ago, bit early", [bd(1, dago(10))], known=K(city="beijing", kids=[{"due_date": "2025-10"}]))
m("chitchat", "my mother wants to know if u can speak shandong hua haha", [])
m("correction per_birth_hardship", "no sorry, we were NOT on dibao when i gave birth, we got it after", [f("hardship_at_birth", False, "r")],
  known=K(city="jinan", hardship_at_birth=True, kids=["2024-06"]))
m("answer height birth_order", "both under 1m2 still", [below(1, 120), below(2, 120)], asked="children.height_cm", known=K(city="beijing", kids=[yo(5), yo(2)]))
m("answer hukou", "beijing, and yes beijing hukou", [f("city", "beijing"), f("hukou_in_city", True)], asked="city")
m("per_birth_hardship birth_order", "2020 kid - dibao. 2023 kid - no dibao, wife was working", [chb(1, True), chb(2, False)],
  known=K(city="jinan", kids=["2020-01", "2023-08"]))
m("question per_birth_hardship", "how do i prove we were on tekun when i gave birth, need a paper from the jiedao?", [f("hardship_at_birth", True)],
  known=K(city="jinan", kids=["2025-06"]))
m("answer negation_housing", "no we live with my parents", [f("renting", False, "c")], asked="renting", known=K(city="jinan", kids=[yo(1)]))

T("2025-11-25")  # Tuesday: "last friday" = 2025-11-21 either way
m("relative_date birth_order", "3rd baby came last friday, a girl finally!", [bd(3, lastweek(4))], known=K(city="jinan", kids=["2019-05", "2022-03"]))
m("answer per_birth_hardship", "nope for all 3", [f("hardship_at_birth", False, "c"), n(3)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2013-01", "2016-08", "2021-11"]))
m("now_vs_birth multiples", "been on 特困 since the twins were 1", [f("hardship_now", True)], known=K(city="jinan", kids=["2023-03", "2023-03"]))
m("answer per_birth_hardship multiples birth_order", "for the twins no, for the little one yes", [chb(1, False), chb(2, False), chb(3, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2019-02", "2019-02", "2024-07"]))
m("age birth_order", "little one is 9 months, her brother turns 6 next month. dibao for her birth, not for his", [bd(1, almost(6)), bd(2, mo(9)), chb(2, True), chb(1, False)], known=K(city="beijing"))
m("question", "is the childcare subsidy paid monthly or yearly", [])
m("correction housing_fund", "actually 2 people pay gongjijin, i forgot my husband", [f("housing_fund_contributors", 2, "r")],
  known=K(city="jinan", housing_fund_contributors=1, kids=[yo(2)]))
m("answer insurance", "none, she doesnt have any insurance", [f("birth_insurance", "none")], asked="birth_insurance",
  known=K(city="beijing", kids=[{"due_date": "2026-03"}]))
m("pregnancy multiples", "expecting twins in april!! our first", [due(1, nextmonth(4)), due(2, nextmonth(4))], known=K(city="jinan"))
m("chitchat", "thanks, ill get my son to fill in the form", [])
m("now_vs_birth per_birth_hardship", "on dibao now yes, but when i had the boys we werent", [f("hardship_now", True), chb(1, False), chb(2, False)],
  known=K(city="jinan", kids=["2018-10", "2021-04"]))
m("answer age", "a girl 5 and a half and a boy who just turned 1", [bd(1, yo(5)), bd(2, just(1))], asked="children", known=K(city="beijing"))

T("2026-01-12")  # Monday: "last friday" = 2026-01-09 either way
m("answer per_birth_hardship relative_date birth_order", "with the first kid yes we were on dibao. second one was born last friday, no dibao that time",
  [chb(1, True), bd(2, lastweek(4)), chb(2, False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2021-04"]))
m("relative_date birth_order", "last month my daughter in law had a boy, their 2nd. im a nainai twice over now", [bd(2, thismonth(-1))])
m("question insurance", "if my wife had employee maternity insurance instead would she get more?", [f("birth_insurance", "employee_maternity", "q")],
  known=K(city="beijing", birth_insurance="resident_medical", kids=[{"due_date": "2026-05"}]))
m("now_vs_birth", "we stopped getting 失业金 in october", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(1)]))
m("answer per_birth_hardship birth_order", "yes for the older one, no for the baby, we were off it by then", [chb(1, True), chb(2, False)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2020-06", "2025-08"]))
m("correction age multiples", "sorry the twins are 3 not 2", [bd(1, yo(3), "r"), bd(2, yo(3), "r")], known=K(city="jinan", kids=[yo(2), yo(2)]))
m("chitchat", "ok ok i understand now", [])
m("hukou", "we moved our hukou to jinan last year", [f("hukou_in_city", True)], known=K(city="jinan", hukou_in_city=False, kids=[yo(4)]))
m("per_birth_hardship", "my daughter had her 2 kids while on dibao, both times", [f("hardship_at_birth", True), n(2)])
m("height birth_order", "the girl is 1m1, shes the younger", [ht(2, 110)], known=K(city="beijing", kids=[yo(7), yo(3)]))
m("pregnancy", "7 months pregnant, first baby, husband on 失业金 since august", [due(1, preg(7)), f("hardship_now", True)], known=K(city="jinan"))
m("answer negation_housing", "yeah renting in chaoyang", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[mo(8)]))

T("2026-03-05")  # Thursday: "last friday" = 2026-02-27 either way
m("answer per_birth_hardship now_vs_birth", "nope, not for either of them. we have it now tho since the factory closed",
  [f("hardship_at_birth", False, "c"), f("hardship_now", True)], asked="hardship_at_birth", known=K(city="jinan", kids=["2018-06", "2022-01"]))
m("answer per_birth_hardship birth_order", "the older boy yes, the little girl no", [chb(1, True), chb(2, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2017-09", "2023-02"]))
m("relative_date", "born the day before yesterday at 3am, mum and baby fine", [bd(1, back(2))], known=K(city="beijing"))
m("question", "does dibao have to be approved before the birth date or just applied for?", [])
m("now_vs_birth", "my wife is on unemployment benefit now, she got laid off while pregnant", [f("hardship_now", True)],
  known=K(city="beijing", kids=[{"due_date": "2026-06"}]))
m("correction height", "no wait, my son is 1m25, i typed 1m52 lol", [ht(1, 125, "r")], known=K(city="jinan", kids=[{"birth_date": yo(7), "height_cm": 152}]))
m("per_birth_hardship multiples birth_order", "when the twins were born we got tekun, our eldest was born in 2015 with no help",
  [chb(2, True), chb(3, True), bd(1, "2015"), chb(1, False), n(3)], known=K(city="jinan"))
m("chitchat", "wow ok thats a lot of info", [])
m("answer housing_fund", "nobody, we're both farmers", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(2)]))
m("answer pregnancy", "the 20th of august", [due(1, nextmonth(8, 20))], asked="due_date", known=K(city="beijing", kids=[{"due_date": None}]))
m("age", "my 3 are 11, 8 and 2, the 2 yr old was born while we were on dibao", [n(3), bd(1, yo(11)), bd(2, yo(8)), bd(3, yo(2)), chb(3, True)], known=K(city="beijing"))
m("now_vs_birth per_birth_hardship birth_order", "we had dibao when the first one was born and we still have it now",
  [chb(1, True), f("hardship_now", True)], known=K(city="jinan", kids=["2019-04", "2022-12"]))

T("2026-05-20")  # Wednesday
m("answer per_birth_hardship", "yes every time, my husband is disabled", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2015-05", "2019-09", "2024-02"]))
m("answer per_birth_hardship birth_order", "with the 2nd and 3rd yes, we were on 特困 then. the 1st no", [chb(2, True), chb(3, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2014-11", "2020-03", "2025-01"]))
m("per_birth_hardship now_vs_birth age", "we only got tekun after my daughter was born and we still get it. shes 2 now",
  [chb(1, False), f("hardship_now", True), bd(1, yo(2))], known=K(city="jinan"))
m("relative_date", "baby born on the 3rd of this month", [bd(1, thismonth() + "-03")], known=K(city="beijing"))
m("question", "can grandparents apply for the subsidy for us?", [])
m("correction hukou", "sorry, we live in beijing, not jinan. jinan is just where my hukou is", [f("city", "beijing", "r"), f("hukou_in_city", False)],
  known=K(city="jinan", kids=[yo(1)]))
m("negation_housing", "bought our flat last year, no more renting", [f("owns_home_in_city", True), f("renting", False)],
  known=K(city="jinan", renting=True, kids=[yo(3)]))
m("chitchat", "mornin, sorry i vanished yesterday, the little one had a fever", [])
m("per_birth_hardship birth_order", "2019 birth: on 失业金. 2021 birth: nothing", [chb(1, True), chb(2, False)],
  known=K(city="beijing", kids=["2019-07", "2021-10"]))
m("pregnancy now_vs_birth age birth_order", "pregnant w 2nd, we're on dibao now, first kid is 4", [due(2, None), f("hardship_now", True), bd(1, yo(4))],
  known=K(city="jinan"))
m("answer height birth_order", "eldest 140, little one 95", [ht(1, 140), ht(2, 95)], asked="children.height_cm", known=K(city="beijing", kids=[yo(9), yo(2)]))
m("answer pregnancy", "none yet, first one due in october", [n(0), due(1, nextmonth(10))], asked="children", known=K(city="jinan"))

T("2026-07-28")  # Tuesday: "last friday" = 2026-07-24 either way
m("answer per_birth_hardship multiples", "yes when the triplets were born we had dibao", [chb(1, True), chb(2, True), chb(3, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2022-04", "2022-04", "2022-04"]))
m("now_vs_birth age", "dibao got cancelled last month, kid is 5, we're struggling", [f("hardship_now", False), bd(1, yo(5))], known=K(city="jinan"))
m("relative_date birth_order", "my 4th was born last friday. no dibao this time, we had it for the other 3", [bd(4, lastweek(4)), chb(4, False), chb(1, True), chb(2, True), chb(3, True)], known=K(city="beijing", kids=["2014-02", "2017-06", "2021-09"]))
m("correction per_birth_hardship birth_order", "actually with the baby we DID have 失业金, i said no by mistake", [chb(2, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2020-05", "hardship_at_birth": False}, {"birth_date": "2026-03", "hardship_at_birth": False}]))
m("answer insurance", "my wife has it thru her company, employee maternity", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="beijing", kids=[{"due_date": "2026-12"}]))
m("chitchat", "lol my husband says just ask the bot", [])
m("question per_birth_hardship birth_order", "what if the 2nd is born after we come off dibao?", [chb(2, False, "q")],
  known=K(city="jinan", hardship_now=True, kids=["2023-05", {"due_date": "2026-12"}]))
m("age birth_order", "grandkids: the boy is almost 8, the girl just turned 3. dibao for the girls birth, not the boys", [bd(1, almost(8)), bd(2, just(3)), chb(2, True), chb(1, False)])
m("answer hukou", "no, shandong but not jinan, we're from liaocheng", [f("hukou_in_city", False, "c")], asked="hukou_in_city",
  known=K(city="jinan", kids=[yo(1)]))
m("answer per_birth_hardship birth_order", "the one born in 2020 no benefits. this years baby yes we were on dibao",
  [chb(1, False), chb(2, True)], asked="hardship_at_birth", known=K(city="jinan", kids=["2020-09", "2026-02"]))
m("pregnancy birth_order", "due on 5 january", [due(2, nextmonth(1, 5))], known=K(city="beijing", kids=[yo(2), {"due_date": None}]))
m("negation_housing", "dont own anything in beijing, the flat is my bosss", [f("owns_home_in_city", False)], known=K(city="beijing", kids=[yo(3)]))

T("2026-09-09")  # Wednesday
m("answer per_birth_hardship now_vs_birth", "none of the births, but we've been on dibao for a year now",
  [f("hardship_at_birth", False), f("hardship_now", True)], asked="hardship_at_birth", known=K(city="jinan", kids=["2016-03", "2019-08", "2023-12"]))
m("answer per_birth_hardship birth_order", "the eldest and the youngest yes, middle one no", [chb(1, True), chb(3, True), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2013-10", "2018-05", "2025-07"]))
m("relative_date", "grandson is 2 weeks old, my daughter is on 失业金 since she lost her job in spring", [bd(1, dago(14)), f("hardship_now", True)])
m("correction pregnancy", "sorry, due date is october not november", [due(1, nextmonth(10), "r")], known=K(city="jinan", kids=[{"due_date": "2026-11"}]))
m("question", "is there any money for families on 特困 now even if the kids were born before?", [])
m("now_vs_birth per_birth_hardship birth_order", "my husbands on unemployment again, 2nd time. first time was when our eldest was born",
  [f("hardship_now", True), chb(1, True)], known=K(city="beijing", kids=["2018-02", "2022-06"]))
m("chitchat", "brb cooking", [])
m("housing_fund", "3 pay gongjijin: me, husband, father in law", [f("housing_fund_contributors", 3)], known=K(city="beijing", kids=[yo(1)]))
m("answer age", "four! 14, 10, 6 and 1. we got tekun only after the little one was born, still on it", [n(4), bd(1, yo(14)), bd(2, yo(10)), bd(3, yo(6)), bd(4, yo(1)), chb(4, False), f("hardship_now", True)], asked="children", known=K(city="jinan"))
m("pregnancy multiples birth_order", "expecting twins, 5 months pregnant, already have a boy", [due(2, preg(5)), due(3, preg(5))], known=K(city="jinan"))
m("answer per_birth_hardship", "no we didnt, that was before all the money problems", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2025-04"]))
m("height birth_order", "youngest still under 1.2m", [below(3, 120)], known=K(city="beijing", kids=[yo(12), yo(8), yo(4)]))

T("2026-11-26")  # Thursday: "last friday" = 2026-11-20 either way
m("answer per_birth_hardship multiples birth_order now_vs_birth", "when the twins came, yes. with our first, no, and we're off it now",
  [chb(2, True), chb(3, True), chb(1, False), f("hardship_now", False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2020-01", "2024-03", "2024-03"]))
m("relative_date birth_order", "my daughter gave birth last friday to her 2nd, she was on dibao both times", [bd(2, lastweek(4)), f("hardship_at_birth", True)])
m("now_vs_birth", "we just started getting dibao this month", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(2)]))
m("chitchat", "thank u so much, very helpful", [])
m("question per_birth_hardship birth_order", "what if we have a 2nd next year while still on dibao?", [due(2, year(1), "q"), chb(2, True, "q")],
  known=K(city="jinan", hardship_now=True, kids=["2024-08"]))
m("answer negation_housing", "not yet, still saving", [f("buying_first_home", False, "c")], asked="buying_first_home",
  known=K(city="beijing", owns_home_in_city=False, kids=[yo(1)]))
m("correction hukou", "actually my hukou IS in beijing, moved it in 2024", [f("hukou_in_city", True, "r")],
  known=K(city="beijing", hukou_in_city=False, kids=[yo(3)]))
m("per_birth_hardship", "my sons wife was on 失业金 each time she gave birth", [f("hardship_at_birth", True)], known=K(city="jinan", kids=["2021-02", "2025-05"]))
