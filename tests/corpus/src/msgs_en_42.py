# English, batch 42: multiples (twins, triplets, "a boy and girl born the same day", identical girls, two sets of
# twins) beside older or younger single children in any order of telling, twin pregnancies beside born children,
# counts stated or implied (elder + multiple birth), corrections of a count or of the twins' date; ages of several
# children in one message, short and dotted dates (23/5, 2023.5, 5/2023, may 23rd), heights (1.2m, 120cm),
# birth order and kinship words, answers to the bot's questions, chitchat and bare questions
T("2025-01-09")  # Thursday: "last friday" = 2025-01-03 either way
m("multiples age birth_order", "eldest boy is 6, then we had identical girls, they r 9 months old now",
  [bd(1, yo(6)), bd(2, mo(9)), bd(3, mo(9)), n(3)], known=K(city="jinan"))
m("multiples relative_date age birth_order", "twin boys arrived last friday!! their sister is 2 and a half",
  [bd(2, lastweek(4)), bd(3, lastweek(4)), bd(1, yo(2)), n(3)], known=K(city="beijing"))
m("answer multiples age numerals", "3. a boy of 4, then a boy n a girl in one go, 18 months",
  [n(3), bd(1, yo(4)), bd(2, mo(18)), bd(3, mo(18))], asked="children", known=K(city="jinan"))
m("pregnancy multiples age birth_order", "expecting a pair in june, our daughter is 3",
  [due(2, nextmonth(6)), due(3, nextmonth(6)), bd(1, yo(3))], known=K(city="jinan"))
m("chitchat", "lol the grandkids grabbed my phone again, ignore the last msg", [])
m("question multiples", "do twins count as 2 births or 1 for the beijing money", [])
m("correction multiples", "oops not twins, triplets! 3 babies", [n(3, "r")], known=K(city="jinan", kids=[mo(2), mo(2)]))
m("height multiples birth_order", "eldest is 1.32m, the twins both around 105cm",
  [ht(1, 132), ht(2, 105), ht(3, 105)], known=K(city="beijing", kids=[yo(8), yo(4), yo(4)]))
m("numerals multiples birth_order", "first born 2019.8, twins 2023.5",
  [bd(1, "2019-08"), bd(2, "2023-05"), bd(3, "2023-05"), n(3)], known=K(city="jinan"))
m("multiples age birth_order", "grandson no.2 and no.3 are twins, a 6-week-old pair. no.1 is turning 5 next month, so 3 grandsons",
  [bd(2, dago(42)), bd(3, dago(42)), bd(1, almost(5)), n(3)], known=K(city="jinan"))
m("answer pregnancy multiples", "early march, twins", [due(2, nextmonth(3)), due(3, nextmonth(3))],
  asked="due_date", known=K(city="beijing", kids=[yo(4), {"due_date": None}]))
m("question", "morning, is this the right place to ask about baby money", [])
m("age numerals", "my 2 are 3 and a half and 20 months", [n(2), bd(1, yo(3)), bd(2, mo(20))], known=K(city="jinan"))

T("2025-03-18")  # Tuesday: "last wednesday" = 2025-03-12 either way
m("multiples relative_date", "triplets came last wednesday, two girls one boy, our first babies",
  [bd(1, lastweek(2)), bd(2, lastweek(2)), bd(3, lastweek(2)), n(3)], known=K(city="beijing"))
m("age birth_order", "middle kid is 7, eldest 11, baby 14 months", [bd(2, yo(7)), bd(1, yo(11)), bd(3, mo(14))], known=K(city="beijing"))
m("multiples age birth_order", "the twins are 5 & their little brother just turned 2, thats all 3 of them",
  [bd(1, yo(5)), bd(2, yo(5)), bd(3, just(2)), n(3)], known=K(city="jinan"))
m("correction multiples numerals", "correction, the twins were born 2024.12 not 2024.11",
  [bd(2, "2024-12", "r"), bd(3, "2024-12", "r")], known=K(city="beijing", kids=["2021-04", "2024-11", "2024-11"]))
m("answer height multiples birth_order", "big one 128cm, the twins both about 1m",
  [ht(1, 128), ht(2, 100), ht(3, 100)], asked="children.height_cm", known=K(city="jinan", kids=[yo(7), yo(3), yo(3)]))
m("pregnancy multiples age", "4 months along with twins, we have a boy of 6 and a girl of 3",
  [due(3, preg(4)), due(4, preg(4)), bd(1, yo(6)), bd(2, yo(3))], known=K(city="jinan"))
m("question height", "whats the height limit for kids riding the subway free", [])
m("answer numerals", "one, born 23/5 last year", [n(1), bd(1, "2024-05-23")], asked="children", known=K(city="beijing"))
m("numerals", "my two were born 5/2023 and 11/2024", [n(2), bd(1, "2023-05"), bd(2, "2024-11")], known=K(city="jinan"))
m("chitchat", "the little one finally slept thru the night yay", [])
m("multiples age birth_order", "grandma here. eldest grandson 9, the identical girls turn 4 next month",
  [bd(1, yo(9)), bd(2, almost(4)), bd(3, almost(4)), n(3)], known=K(city="beijing"))
m("per_birth_hardship multiples birth_order", "we were on dibao when the pair of them were born, not with our first",
  [chb(2, True), chb(3, True), chb(1, False)], known=K(city="jinan", kids=[yo(8), yo(2), yo(2)]))
m("question multiples birth_order", "our twins are the 2nd and 3rd kid, so is one of them a 3rd child for the subsidy?", [],
  known=K(city="jinan", kids=["2019-06", "2024-08", "2024-08"]))

T("2025-05-26")  # Monday: "last thursday" = 2025-05-22 either way
m("multiples relative_date age birth_order", "got a son AND a daughter in one delivery last thursday, plus our 4 yr old at home",
  [bd(2, lastweek(3)), bd(3, lastweek(3)), bd(1, yo(4)), n(3)], known=K(city="jinan"))
m("answer multiples age", "twins twice lol. first pair 7, second pair 2", [n(4), bd(1, yo(7)), bd(2, yo(7)), bd(3, yo(2)), bd(4, yo(2))],
  asked="children", known=K(city="beijing"))
m("numerals birth_order", "our second came may 23rd", [bd(2, pastmonth(5, 23))], known=K(city="beijing", kids=[yo(3)]))
m("height birth_order", "the eldest is 1.4m, our second 1.15m, the baby way under 1m",
  [ht(1, 140), ht(2, 115), below(3, 100)], known=K(city="jinan", kids=[yo(10), yo(6), yo(2)]))
m("correction multiples", "wait i said twins but its just the one baby", [n(1, "r")], known=K(city="jinan", kids=[mo(3), mo(3)]))
m("pregnancy multiples numerals", "pregnant with twins due 2025.9, first pregnancy", [due(1, "2025-09"), due(2, "2025-09")],
  known=K(city="jinan"))
m("question multiples", "say we had twins this december, would they count as the 2nd and 3rd kid",
  [due(2, nextmonth(12), "q"), due(3, nextmonth(12), "q")], known=K(city="beijing", kids=[yo(3)]))
m("chitchat", "thanks, very clear. off to cook dinner now", [])
m("age", "18 months and 3 and a half, my sister's kids, im asking for her", [bd(1, yo(3)), bd(2, mo(18))], known=K(city="beijing"))
m("multiples age hukou", "twins turning 1 next month, our only kids, jinan hukou",
  [n(2), bd(1, almost(1)), bd(2, almost(1)), f("city", "jinan"), f("hukou_in_city", True)])
m("answer hukou", "no, all 3 kids have hebei hukou", [f("hukou_in_city", False, "c"), n(3)], asked="hukou_in_city",
  known=K(city="beijing", kids=[yo(6), yo(3), mo(5)]))
m("age birth_order", "little one is 10 weeks, her big bro 5 and a half", [bd(2, dago(70)), bd(1, yo(5))], known=K(city="jinan"))

T("2025-08-14")  # Thursday: "last tuesday" = 2025-08-05 either way
m("numerals multiples pregnancy birth_order", "eldest girl 2015.3, then the twins 2020.10, 3 kids so far and a baby coming in nov",
  [bd(1, "2015-03"), bd(2, "2020-10"), bd(3, "2020-10"), n(3), due(4, nextmonth(11))], known=K(city="beijing"))
m("multiples relative_date", "my wife had triplets tuesday last week, our first",
  [bd(1, lastweek(1)), bd(2, lastweek(1)), bd(3, lastweek(1)), n(3)], known=K(city="jinan"))
m("multiples age birth_order", "the eldest one is 12 and the twins 9, so its 3 kids",
  [bd(1, yo(12)), bd(2, yo(9)), bd(3, yo(9)), n(3)], known=K(city="jinan"))
m("age birth_order", "grandson no.2 is a 6-week-old, no.1 is 3 and a half", [bd(2, dago(42)), bd(1, yo(3))], known=K(city="beijing"))
m("answer multiples pregnancy", "twins + one on the way", [n(2), due(3, None)], asked="children", known=K(city="beijing"))
m("correction age birth_order", "actually the middle kid is 5 and a half not 4 and a half", [bd(2, yo(5), "r")],
  known=K(city="jinan", kids=[yo(8), yo(4), yo(1)]))
m("question multiples", "is it per child or per family if you have twins", [])
m("multiples age birth_order", "older ones are 10 and 7, the youngest identical boys 2 months old, 4 kids total",
  [bd(1, yo(10)), bd(2, yo(7)), bd(3, mo(2)), bd(4, mo(2)), n(4)], known=K(city="beijing"))
m("pregnancy multiples age", "6 months pregnant, twins, our son is 2 and a half", [due(2, preg(6)), due(3, preg(6)), bd(1, yo(2))],
  known=K(city="jinan"))
m("answer height", "1.2m and 95cm", [ht(1, 120), ht(2, 95)], asked="children.height_cm", known=K(city="jinan", kids=[yo(6), yo(2)]))
m("chitchat", "ok ill ask my husband later he does the paperwork", [])
m("numerals birth_order", "the eldest was born 1/2016, the baby 7/2025", [bd(1, "2016-01"), bd(2, "2025-07")], known=K(city="beijing"))

T("2025-10-29")  # Wednesday: "last monday" = 2025-10-20 either way
m("multiples relative_date age birth_order", "the boy girl twins were born last monday, we already have a girl of 5",
  [bd(2, lastweek(0)), bd(3, lastweek(0)), bd(1, yo(5)), n(3)], known=K(city="beijing"))
m("answer multiples age birth_order", "4. eldest 13, second 9, and twins nearly 3",
  [n(4), bd(1, yo(13)), bd(2, yo(9)), bd(3, almost(3)), bd(4, almost(3))], asked="children", known=K(city="jinan"))
m("correction multiples numerals", "my bad, the twins came 2023.10 not 2022.10", [bd(2, "2023-10", "r"), bd(3, "2023-10", "r")],
  known=K(city="jinan", kids=["2019-01", "2022-10", "2022-10"]))
m("multiples age", "we have 3: 4 and a half, and twins who are 20 months", [n(3), bd(1, yo(4)), bd(2, mo(20)), bd(3, mo(20))],
  known=K(city="jinan"))
m("numerals age birth_order", "baby born 2025.10.3, big bro turning 4 next month", [bd(2, "2025-10-03"), bd(1, almost(4))],
  known=K(city="beijing"))
m("question multiples", "triplets in beijing - is there anything extra or same as everyone", [], known=K(city="beijing"))
m("pregnancy multiples", "expecting identical twins around feb, no kids yet", [due(1, nextmonth(2)), due(2, nextmonth(2)), n(0)],
  known=K(city="jinan"))
m("multiples age negation_housing housing_fund", "we rent, twins are 7 months our only kids, me and my husband both pay into the housing fund",
  [f("renting", True), bd(1, mo(7)), bd(2, mo(7)), n(2), f("housing_fund_contributors", 2)], known=K(city="beijing"))
m("age birth_order", "eldest turning 4 next month, the younger almost 2", [bd(1, almost(4)), bd(2, almost(2))], known=K(city="beijing"))
m("chitchat", "haha my mum thinks this bot is a real person", [])
m("answer hukou multiples", "no, the twins hukou is still back in linyi", [f("hukou_in_city", False, "c")], asked="hukou_in_city",
  known=K(city="jinan", kids=[mo(8), mo(8)]))
m("multiples age numerals", "a trio! 3 girls born together, 5 weeks old, first kids for us",
  [bd(1, dago(35)), bd(2, dago(35)), bd(3, dago(35)), n(3)], known=K(city="jinan"))

T("2026-01-06")  # Tuesday: "last friday" = 2026-01-02 either way
m("multiples relative_date", "our twin girls were born last friday, first babies, we're in jinan",
  [bd(1, lastweek(4)), bd(2, lastweek(4)), n(2), f("city", "jinan")])
m("multiples age birth_order", "eldest 3 and a half, twin boys 18 months", [bd(1, yo(3)), bd(2, mo(18)), bd(3, mo(18)), n(3)],
  known=K(city="beijing"))
m("answer pregnancy multiples numerals", "2026.6, and its twins", [due(3, "2026-06"), due(4, "2026-06")], asked="due_date",
  known=K(city="jinan", kids=[yo(5), yo(2), {"due_date": None}]))
m("question", "if we had a 3rd next year would beijing pay more", [due(3, year(1), "q")], known=K(city="beijing", kids=[yo(6), yo(2)]))
m("numerals birth_order", "dec 28 last year, our second", [bd(2, "2025-12-28")], known=K(city="jinan", kids=[yo(3)]))
m("height multiples birth_order", "twins 112 and 110cm, the baby still under 80cm", [ht(1, 112), ht(2, 110), below(3, 80)],
  known=K(city="beijing", kids=[yo(5), yo(5), yo(1)]))
m("correction", "hold on, i undercounted - 4 children in total", [n(4, "r")], known=K(city="jinan", kids=["2017-02", "2020-05", "2023-09"]))
m("chitchat", "happy new year to the team!", [])
m("age birth_order", "grandkids: eldest granddaughter 10, grandson 6 and a 6-week-old", [bd(1, yo(10)), bd(2, yo(6)), bd(3, dago(42))],
  known=K(city="jinan"))
m("question multiples", "when the twins start kindergarten does the childcare money stop", [], known=K(city="beijing", kids=[yo(2), yo(2)]))
m("per_birth_hardship multiples birth_order", "we got unemployment benefit when our second was born, not when the twins came",
  [chb(2, True), chb(3, False), chb(4, False)], known=K(city="jinan", kids=[yo(9), yo(5), yo(2), yo(2)]))
m("multiples numerals", "born 12/2025, a boy and girl at once, we have no other kids", [bd(1, "2025-12"), bd(2, "2025-12"), n(2)],
  known=K(city="beijing"))
m("age", "our baby is 3 weeks today", [bd(1, dago(21))], known=K(city="jinan"))

T("2026-03-12")  # Thursday: "last wednesday" = 2026-03-04 either way
m("multiples relative_date age birth_order", "last wednesday we welcomed identical boys, their big sisters are 8 and 5",
  [bd(3, lastweek(2)), bd(4, lastweek(2)), bd(1, yo(8)), bd(2, yo(5)), n(4)], known=K(city="beijing"))
m("answer multiples age", "5 - triplets who are 4 and then twins, 10 months",
  [n(5), bd(1, yo(4)), bd(2, yo(4)), bd(3, yo(4)), bd(4, mo(10)), bd(5, mo(10))], asked="children", known=K(city="jinan"))
m("multiples age birth_order", "my daughter's twins are 2 and a half, her eldest turns 7 next month",
  [bd(2, yo(2)), bd(3, yo(2)), bd(1, almost(7)), n(3)], known=K(city="beijing"))
m("pregnancy numerals birth_order", "due 2026.8 with our 3rd", [due(3, "2026-08")], known=K(city="jinan", kids=[yo(6), yo(3)]))
m("correction height birth_order", "no sorry, the middle one's 1.18m, not 1.28m", [ht(2, 118, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(10), "height_cm": 140}, {"birth_date": yo(6), "height_cm": 128}, yo(2)]))
m("age", "3 yrs 2 months and 11 months", [bd(1, age(3, 2)), bd(2, mo(11))], known=K(city="jinan"))
m("question multiples", "do u need a separate application for each twin", [])
m("pregnancy multiples age", "pregnant again - twins this time! due end of july. our girl is almost 2",
  [due(2, nextmonth(7)), due(3, nextmonth(7)), bd(1, almost(2))], known=K(city="beijing"))
m("answer per_birth_hardship", "no never had any", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(7), yo(3), yo(3)]))
m("chitchat", "my wife says hi, she's the one who knows the details", [])
m("hukou multiples", "both twins have jinan hukou, we all moved here in 2020", [f("city", "jinan"), f("hukou_in_city", True)],
  known=K(kids=[yo(4), yo(4)]))
m("answer multiples", "just the twins", [n(2)], asked="children", known=K(city="jinan"))

T("2026-05-20")  # Wednesday: "last tuesday" = 2026-05-12 either way
m("multiples relative_date age birth_order", "the triplets came last tuesday!! and our first-born is 3 and a half",
  [bd(2, lastweek(1)), bd(3, lastweek(1)), bd(4, lastweek(1)), bd(1, yo(3)), n(4)], known=K(city="jinan"))
m("answer multiples age", "one girl of 6 and boy/girl twins 2 months", [n(3), bd(1, yo(6)), bd(2, mo(2)), bd(3, mo(2))],
  asked="children", known=K(city="beijing"))
m("numerals multiples birth_order", "2024.2 was when the twins came, our big boy was born 2019.11",
  [bd(2, "2024-02"), bd(3, "2024-02"), bd(1, "2019-11"), n(3)], known=K(city="jinan"))
m("correction pregnancy multiples", "the twins are due in september not october", [due(2, "2026-09", "r"), due(3, "2026-09", "r")],
  known=K(city="beijing", kids=[yo(4), {"due_date": "2026-10"}, {"due_date": "2026-10"}]))
m("answer height multiples birth_order", "eldest about 1.3m, the twins both 1m even", [ht(1, 130), ht(2, 100), ht(3, 100)],
  asked="children.height_cm", known=K(city="jinan", kids=[yo(8), yo(4), yo(4)]))
m("question", "is the childcare subsidy 3600 a year per kid?", [])
m("multiples age", "3 kids: the twins are 4 and the baby's a 6-week-old", [n(3), bd(1, yo(4)), bd(2, yo(4)), bd(3, dago(42))],
  known=K(city="beijing"))
m("chitchat", "sorry typing with one hand, baby on the other arm", [])
m("numerals age birth_order", "5/2026 thats when our second arrived, first is 2 and a half", [bd(2, "2026-05"), bd(1, yo(2))],
  known=K(city="jinan"))
m("age birth_order", "grandson no 2 turning 1 next month, grandson no 1 just turned 5", [bd(2, almost(1)), bd(1, just(5))],
  known=K(city="beijing"))
m("pregnancy multiples", "3 months pregnant with triplets, first pregnancy, jinan",
  [due(1, preg(3)), due(2, preg(3)), due(3, preg(3)), f("city", "jinan")])
m("height multiples birth_order", "the younger twin is 1.05m and her sister 1.08m",
  [ht(2, 105), ht(1, 108)], known=K(city="beijing", kids=[yo(4), yo(4)]))
m("question multiples", "my sister had twins in shanghai, does that count for anything here", [])

T("2026-07-02")  # Thursday: "last monday" = 2026-06-22 either way
m("relative_date age birth_order", "our eldest's 4, middle kid 2, and last monday the baby came",
  [bd(1, yo(4)), bd(2, yo(2)), bd(3, lastweek(0))], known=K(city="jinan"))
m("multiples numerals", "twins born 30/6, our first", [bd(1, "2026-06-30"), bd(2, "2026-06-30"), n(2)], known=K(city="beijing"))
m("answer multiples age", "just the 2 girls, twins, 9 months", [n(2), bd(1, mo(9)), bd(2, mo(9))], asked="children", known=K(city="jinan"))
m("correction height birth_order", "sorry, the eldest is 1.25m, typo", [ht(1, 125, "r")],
  known=K(city="beijing", kids=[{"birth_date": yo(7), "height_cm": 152}, yo(3), yo(3)]))
m("pregnancy multiples question", "we're expecting twins in november, can we apply before they're born?",
  [due(1, nextmonth(11)), due(2, nextmonth(11))], known=K(city="beijing"))
m("multiples age", "3 and a half, 3 and a half, and 1 - the first two are twins ofc", [bd(1, yo(3)), bd(2, yo(3)), bd(3, yo(1))],
  known=K(city="jinan"))
m("chitchat", "too hot today, kids all crying", [])
m("age birth_order", "the baby is 7 weeks, the eldest is 9 and the middle one just turned 6",
  [bd(3, dago(49)), bd(1, yo(9)), bd(2, just(6))], known=K(city="beijing"))
m("per_birth_hardship now_vs_birth multiples", "we had minimum living allowance when the triplets arrived, still do now",
  [chb(1, True), chb(2, True), chb(3, True), f("hardship_now", True)], known=K(city="jinan", kids=[yo(2), yo(2), yo(2)]))
m("age", "granddaughter is 1 and a half, grandson almost 4", [bd(1, almost(4)), bd(2, yo(1))], known=K(city="beijing"))
m("multiples age numerals", "a pair of identical girls, 2 and a half, and theyre all we got",
  [bd(1, yo(2)), bd(2, yo(2)), n(2)], known=K(city="jinan"))

T("2026-09-15")  # Tuesday: "last saturday" = 2026-09-12
m("multiples relative_date age birth_order", "triplet boys arrived last saturday and their big sister turns 3 next month",
  [bd(2, lastweek(5)), bd(3, lastweek(5)), bd(4, lastweek(5)), bd(1, almost(3)), n(4)], known=K(city="beijing"))
m("multiples age", "my 4 grandkids: 14, 11 and twins of 5", [n(4), bd(1, yo(14)), bd(2, yo(11)), bd(3, yo(5)), bd(4, yo(5))],
  known=K(city="jinan"))
m("answer height multiples birth_order", "the big one 1m45, the two little ones about 110",
  [ht(1, 145), ht(2, 110), ht(3, 110)], asked="children.height_cm", known=K(city="jinan", kids=[yo(11), yo(5), yo(5)]))
m("correction multiples age", "oh i meant the twins are 13 months not 3 months", [bd(2, mo(13), "r"), bd(3, mo(13), "r")],
  known=K(city="beijing", kids=[yo(5), mo(3), mo(3)]))
m("question multiples", "we might have twins next year, would both get the third child money?",
  [due(2, year(1), "q"), due(3, year(1), "q")], known=K(city="jinan", kids=[yo(4)]))
m("numerals age birth_order", "sept 2, our third. older two are 6 and 3 and a half",
  [bd(3, "2026-09-02"), bd(1, yo(6)), bd(2, yo(3))], known=K(city="beijing"))
m("chitchat", "lol the twins just discovered the stairs, pray for me", [])
m("multiples numerals birth_order", "we have 3, the youngest was born 2023.5, the eldest ones are twins born 2019.1",
  [n(3), bd(3, "2023-05"), bd(1, "2019-01"), bd(2, "2019-01")], known=K(city="jinan"))
m("answer hukou", "yep, beijing hukou for all of us", [f("hukou_in_city", True, "c")], asked="hukou_in_city",
  known=K(city="beijing", kids=[yo(3)]))
m("pregnancy multiples", "8 months pregnant, twins, our 1st", [due(1, preg(8)), due(2, preg(8))], known=K(city="beijing"))
m("height birth_order", "the eldest is 120cm, our 2nd 108cm, the baby cant even walk yet", [ht(1, 120), ht(2, 108)],
  known=K(city="jinan", kids=[yo(6), yo(4), mo(10)]))
m("answer per_birth_hardship multiples birth_order", "for the twins yes, tekun support back then. for our eldest no",
  [chb(2, True), chb(3, True), chb(1, False)], asked="hardship_at_birth", known=K(city="jinan", kids=[yo(9), yo(3), yo(3)]))
m("multiples age birth_order", "our middle two are twins, 8, the oldest is 12 and the baby is 4 months, 4 kids all up",
  [bd(2, yo(8)), bd(3, yo(8)), bd(1, yo(12)), bd(4, mo(4)), n(4)], known=K(city="beijing"))

T("2026-11-24")  # Tuesday: "last thursday" = 2026-11-19 either way
m("multiples relative_date age birth_order", "twin boys born last thursday, big brother is 4 and a half, big sister 2",
  [bd(3, lastweek(3)), bd(4, lastweek(3)), bd(1, yo(4)), bd(2, yo(2)), n(4)], known=K(city="jinan"))
m("answer multiples age", "6!! triplets 10, twins 7, and a baby 5 months",
  [n(6), bd(1, yo(10)), bd(2, yo(10)), bd(3, yo(10)), bd(4, yo(7)), bd(5, yo(7)), bd(6, mo(5))], asked="children", known=K(city="beijing"))
m("correction multiples", "sorry, twins, not triplets", [n(2, "r")], known=K(city="jinan", kids=[mo(4), mo(4), mo(4)]))
m("numerals", "born 11/2024 and 8/2026", [bd(1, "2024-11"), bd(2, "2026-08")], known=K(city="jinan"))
m("answer pregnancy multiples short_year", "jan '27, its twins", [due(2, "2027-01"), due(3, "2027-01")], asked="due_date",
  known=K(city="beijing", kids=[yo(3), {"due_date": None}]))
m("question age", "how do i apply for my grandson, he's 2 and a half", [bd(1, yo(2))], known=K(city="beijing"))
m("chitchat", "ok thank u, ill come back when the papers are ready", [])
m("age numerals", "my 2: 2 and a half and 8 weeks", [n(2), bd(1, yo(2)), bd(2, dago(56))], known=K(city="jinan"))
m("multiples numerals short_year birth_order", "the twins were may '23, our eldest 2018",
  [bd(2, "2023-05"), bd(3, "2023-05"), bd(1, "2018"), n(3)], known=K(city="beijing"))
m("height multiples", "the twins r well under 1.2m still", [below(1, 120), below(2, 120)], known=K(city="jinan", kids=[yo(4), yo(4)]))
m("correction multiples age", "not 5 weeks - the triplets are 5 months", [bd(1, mo(5), "r"), bd(2, mo(5), "r"), bd(3, mo(5), "r")],
  known=K(city="beijing", kids=[dago(35), dago(35), dago(35)]))
m("answer", "beijing, chaoyang", [f("city", "beijing")], asked="city")
m("question", "what papers do i need for the birth allowance", [])
