# English, batch 40: multiples (twins, triplets, "a boy and girl born the same day", "identical girls") beside older
# or younger single children, told in any order, twins on the way with a due date beside born children, child
# counts stated ("3 kids incl the twins", "2 kids at home"), corrections of a count or of the twins' date, hardship
# at the twins' birth; ages of several children in one message and birth order / kinship words (dabao, erbao,
# grandson no. 2, the eldest, the baby); answers to the bot's questions, chitchat and bare questions
T("2025-01-09")  # Thursday: "last friday" = 2025-01-03 either way
m("age multiples numerals", "twins r 3 and a half, theres also a little brother 10 months old, 3 kids total, jinan",
  [bd(1, yo(3)), bd(2, yo(3)), bd(3, mo(10)), n(3), f("city", "jinan")])
m("age multiples birth_order", "our eldest is 6, then the identical girls came along, they're almost 2",
  [bd(1, yo(6)), bd(2, almost(2)), bd(3, almost(2)), n(3)], known=K(city="beijing"))
m("chitchat", "twins both teething at once, havent slept in days lol", [])
m("question multiples", "do twins get double the one time payment or what", [])
m("relative_date multiples", "boy and girl born the same day last friday, our first ones",
  [bd(1, lastweek(4)), bd(2, lastweek(4)), n(2)], known=K(city="jinan"))
m("answer multiples age numerals", "3 incl the twins, big one is 8", [n(3), bd(1, yo(8))], asked="children", known=K(city="jinan"))
m("correction multiples age", "sorry the twins are 7 months not 5", [bd(2, mo(7), "r"), bd(3, mo(7), "r")],
  known=K(city="jinan", kids=[yo(7), mo(5), mo(5)]))
m("per_birth_hardship multiples birth_order", "we were on dibao when the twins were born, not when our eldest was born",
  [chb(2, True), chb(3, True), chb(1, False)], known=K(city="jinan", kids=[yo(9), yo(4), yo(4)]))
m("pregnancy multiples age", "expecting twins in june, big bro is 2", [due(2, nextmonth(6)), due(3, nextmonth(6)), bd(1, yo(2))],
  known=K(city="beijing"))
m("age birth_order", "grandkids: the eldest 11, second almost 2, the baby a 6-week-old", [bd(1, yo(11)), bd(2, almost(2)), bd(3, dago(42))],
  known=K(city="jinan"))
m("age birth_order", "erbao born 18 days ago, jiejie is 7", [bd(2, dago(18))], known=K(city="jinan", kids=[yo(7)]))

T("2025-03-04")  # Tuesday: "last wednesday" = 2025-02-26 either way
m("relative_date multiples numerals", "triplets!! born last wednesday, 3 boys, first kids for us, we're in beijing",
  [bd(1, lastweek(2)), bd(2, lastweek(2)), bd(3, lastweek(2)), n(3), f("city", "beijing")])
m("age multiples", "my daughter has a 4yo and twins of 18 months, thats all of them", [bd(1, yo(4)), bd(2, mo(18)), bd(3, mo(18)), n(3)],
  known=K(city="jinan"))
m("answer pregnancy multiples", "around end of july for the twins", [due(2, nextmonth(7)), due(3, nextmonth(7))], asked="due_date",
  known=K(city="jinan", kids=[yo(5), {"due_date": None}, {"due_date": None}]))
m("correction multiples age numerals", "actually its 3 kids not 2, the baby has a twin sister, both 9 months",
  [n(3, "r"), bd(3, mo(9))], known=K(city="jinan", kids=[yo(6), mo(9)]))
m("chitchat", "the twins' nainai is here helping, thank god", [])
m("question multiples relative_date birth_order", "if we have twins next year would they count as 2nd and 3rd child?",
  [due(2, year(1), "q"), due(3, year(1), "q")], known=K(city="jinan", kids=[yo(3)]))
m("age", "the kids r 3 and a half, almost 2 and 5 months, all boys", [bd(1, yo(3)), bd(2, almost(2)), bd(3, mo(5))], known=K(city="beijing"))
m("per_birth_hardship now_vs_birth multiples", "when the twins came we were getting unemployment benefit, now im back at work",
  [chb(1, True), chb(2, True), f("hardship_now", False)], known=K(city="jinan", kids=[yo(1), yo(1)]))
m("age multiples birth_order", "grandson no. 2 and no. 3 are twins, 4 months, grandson no. 1 is 5",
  [bd(2, mo(4)), bd(3, mo(4)), bd(1, yo(5))], known=K(city="jinan"))
m("answer multiples age numerals", "two. twins, a boy and a girl, 11 months", [n(2), bd(1, mo(11)), bd(2, mo(11))], asked="children",
  known=K(city="beijing"))
m("age birth_order", "baby was born 2 weeks ago, our second, big sis is almost 4", [bd(2, dago(14)), bd(1, almost(4))], known=K(city="jinan"))
m("age multiples birth_order", "laoda 7, twins 2 months, both came by c section", [bd(1, yo(7)), bd(2, mo(2)), bd(3, mo(2)), n(3)],
  known=K(city="beijing"))

T("2025-05-21")  # Wednesday
m("pregnancy multiples numerals age", "twins due 2025.9, and we have 2 already, 6 and 3",
  [due(3, "2025-09"), due(4, "2025-09"), n(2), bd(1, yo(6)), bd(2, yo(3))], known=K(city="jinan"))
m("age multiples numerals", "3 in total: identical girls 2 years 3 months, and baby bro 7 weeks old",
  [n(3), bd(1, age(2, 3)), bd(2, age(2, 3)), bd(3, dago(49))], known=K(city="beijing"))
m("correction multiples numerals", "typo, the twins were born 2024.11.30 not 11.3", [bd(2, "2024-11-30", "r"), bd(3, "2024-11-30", "r")],
  known=K(city="beijing", kids=["2021-02", "2024-11-03", "2024-11-03"]))
m("chitchat", "double stroller is so heavy omg", [])
m("question multiples", "are twins counted as one birth or two for the 3 child policy", [])
m("answer per_birth_hardship", "no we werent on dibao for any of them", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(4), mo(2), mo(2)]))
m("relative_date multiples numerals birth_order", "the eldest was born in 2019, the twins last month",
  [bd(1, "2019"), bd(2, thismonth(-1)), bd(3, thismonth(-1)), n(3)], known=K(city="beijing"))
m("age birth_order", "laolao here, my daughter's erbao is 3 weeks, dabao 5 and a half", [bd(2, dago(21)), bd(1, yo(5))], known=K(city="jinan"))
m("age multiples numerals", "4 kids, triplets almost 3 and the baby just turned 1",
  [n(4), bd(1, almost(3)), bd(2, almost(3)), bd(3, almost(3)), bd(4, just(1))], known=K(city="jinan"))
m("pregnancy multiples age", "6 months pregnant w twins, the older kids are 9 and 7",
  [due(3, preg(6)), due(4, preg(6)), bd(1, yo(9)), bd(2, yo(7))], known=K(city="jinan"))
m("multiples numerals birth_order", "our second and third are twins, born on 2023.6.8", [bd(2, "2023-06-08"), bd(3, "2023-06-08")],
  known=K(city="jinan", kids=["2018"]))

T("2025-07-15")  # Tuesday: "last saturday" = 2025-07-12 either way
m("relative_date multiples age", "twins born last saturday!! a boy n a girl. our eldest is 4, so 3 little monsters now",
  [bd(2, lastweek(5)), bd(3, lastweek(5)), bd(1, yo(4)), n(3)], known=K(city="jinan"))
m("answer multiples age numerals", "four. 2 sets of twins lol, 6 and 2", [n(4), bd(1, yo(6)), bd(2, yo(6)), bd(3, yo(2)), bd(4, yo(2))],
  asked="children", known=K(city="beijing"))
m("age multiples", "twins are 1 and a half, older one is 3 and a half", [bd(1, yo(3)), bd(2, yo(1)), bd(3, yo(1)), n(3)], known=K(city="beijing"))
m("correction multiples numerals", "i said 2 kids before but its 3, forgot to count the twins separately", [n(3, "r")],
  known=K(city="jinan", kids=[yo(5), yo(2)]))
m("chitchat", "my twin grandsons just learned to say yeye at the same time", [])
m("question multiples", "when twins are born either side of midnight which date counts", [])
m("now_vs_birth per_birth_hardship multiples", "on dibao now, wasnt when the twins were born",
  [f("hardship_now", True), chb(1, False), chb(2, False)], known=K(city="beijing", kids=[mo(8), mo(8)]))
m("age multiples numerals", "our 3: the baby is 6 weeks, her big sisters are twins of 5", [n(3), bd(3, dago(42)), bd(1, yo(5)), bd(2, yo(5))],
  known=K(city="jinan"))
m("relative_date age birth_order", "erbao born july 2nd, dabao just turned 4", [bd(2, pastmonth(7, 2)), bd(1, just(4))], known=K(city="jinan"))
m("housing_fund multiples age", "we both pay into housing fund, our twins are 2, no other kids",
  [f("housing_fund_contributors", 2), bd(1, yo(2)), bd(2, yo(2)), n(2)], known=K(city="jinan"))
m("answer multiples", "beijing, chaoyang, with the twins", [f("city", "beijing")], asked="city", known=K(kids=[yo(1), yo(1)]))

T("2025-09-02")  # Tuesday
m("pregnancy multiples numerals", "2 boys + twin girls on the way, due nov", [n(2), due(3, nextmonth(11)), due(4, nextmonth(11))],
  known=K(city="jinan"))
m("answer pregnancy multiples", "they said jan 10th for both", [due(2, nextmonth(1, 10)), due(3, nextmonth(1, 10))], asked="due_date",
  known=K(city="beijing", kids=[yo(3), {"due_date": None}, {"due_date": None}]))
m("age multiples numerals birth_order", "the eldest 16, the twins 12, the baby 18 months, 4 kids",
  [n(4), bd(1, yo(16)), bd(2, yo(12)), bd(3, yo(12)), bd(4, mo(18))], known=K(city="jinan"))
m("correction multiples age", "no, the twins are almost 4 not 3 and a half", [bd(2, almost(4), "r"), bd(3, almost(4), "r")],
  known=K(city="jinan", kids=[yo(8), yo(3), yo(3)]))
m("chitchat", "cant tell my identical grandsons apart lmao", [])
m("question multiples", "do we apply for each twin separately", [])
m("relative_date multiples", "twin boys came the day before yesterday, theyre our first", [bd(1, back(2)), bd(2, back(2)), n(2)],
  known=K(city="beijing"))
m("per_birth_hardship multiples", "we had dibao when the twins were born", [chb(2, True), chb(3, True)],
  known=K(city="jinan", kids=[yo(7), yo(2), yo(2)]))
m("age", "granddaughter 3 and a half, grandson 2 months", [bd(1, yo(3)), bd(2, mo(2))], known=K(city="beijing"))
m("insurance pregnancy multiples numerals", "im on employee maternity insurance, twins due 2026.1",
  [f("birth_insurance", "employee_maternity"), due(1, "2026-01"), due(2, "2026-01")], known=K(city="jinan"))
m("age birth_order", "sanbao 20 days, erbao 2, dabao 5", [bd(3, dago(20)), bd(2, yo(2)), bd(1, yo(5))], known=K(city="jinan"))
m("answer multiples", "just the twins", [n(2)], asked="children", known=K(city="beijing"))

T("2025-11-12")  # Wednesday: "last thursday" = 2025-11-06 either way
m("age multiples negation_housing", "twins r 8 weeks, big sis 2 and a half, we rent in jinan",
  [bd(2, dago(56)), bd(3, dago(56)), bd(1, yo(2)), n(3), f("renting", True), f("city", "jinan")])
m("relative_date age birth_order", "our 2nd was born last thursday, the 1st is 18 months", [bd(2, lastweek(3)), bd(1, mo(18))],
  known=K(city="beijing"))
m("correction multiples numerals", "correction: the twins were born in 2019 not 2018", [bd(2, "2019", "r"), bd(3, "2019", "r")],
  known=K(city="jinan", kids=[yo(10), "2018", "2018"]))
m("chitchat", "buying 2 of everything is killing our wallet haha", [])
m("question height", "how tall do kids have to be before they pay on the bus", [])
m("height multiples birth_order", "the twins are both under 1.2m, eldest is 1.35m", [below(2, 120), below(3, 120), ht(1, 135)],
  known=K(city="jinan", kids=[yo(9), yo(5), yo(5)]))
m("answer per_birth_hardship", "yes, dibao", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(2), yo(2)]))
m("multiples numerals age", "a boy and a girl born the same day, 2023.3.15, plus their little brother, 4 months, so 3",
  [bd(1, "2023-03-15"), bd(2, "2023-03-15"), bd(3, mo(4)), n(3)], known=K(city="beijing"))
m("pregnancy multiples birth_order age", "5 months along with twins, erbao and sanbao lol, dabao is 3",
  [due(2, preg(5)), due(3, preg(5)), bd(1, yo(3))], known=K(city="jinan"))
m("age multiples", "triplets just turned 1, our only kids", [bd(1, just(1)), bd(2, just(1)), bd(3, just(1)), n(3)], known=K(city="beijing"))
m("age birth_order", "the eldest grandkid is 14 and the youngest a 10-day-old, the 2 in between are 9 and 6",
  [bd(1, yo(14)), bd(4, dago(10)), bd(2, yo(9)), bd(3, yo(6))], known=K(city="jinan"))
m("age numerals", "only child, shes almost 3, wish she had a twin lol", [n(1), bd(1, almost(3))], known=K(city="jinan"))

T("2026-01-08")  # Thursday: "last saturday" = 2026-01-03 either way
m("relative_date multiples age", "twins arrived on new years day!! big bro is 3",
  [bd(2, pastmonth(1, 1)), bd(3, pastmonth(1, 1)), bd(1, yo(3)), n(3)], known=K(city="jinan"))
m("answer multiples age numerals", "3, the eldest 7 and twin girls 4", [n(3), bd(1, yo(7)), bd(2, yo(4)), bd(3, yo(4))], asked="children",
  known=K(city="beijing"))
m("relative_date multiples birth_order", "born last saturday, twins, our 2nd and 3rd", [bd(2, lastweek(5)), bd(3, lastweek(5))],
  known=K(city="jinan", kids=["2020-04"]))
m("correction multiples relative_date", "sorry, they were born dec 21, the 20th was when we went in to hospital",
  [bd(1, pastmonth(12, 21), "r"), bd(2, pastmonth(12, 21), "r")], known=K(city="beijing", kids=["2025-12-20", "2025-12-20"]))
m("chitchat", "happy new year from us and the twins", [])
m("question", "is the one time payment per child or per birth", [])
m("per_birth_hardship multiples birth_order", "we were on tekun gongyang when our eldest was born, not for the twins",
  [chb(1, True), chb(2, False), chb(3, False)], known=K(city="jinan", kids=[yo(8), yo(2), yo(2)]))
m("relative_date", "our grandson was born this month, the first grandkid", [bd(1, thismonth(0))], known=K(city="jinan"))
m("age birth_order", "the baby is 3 months, eldest almost 6, middle 2 and a half", [bd(3, mo(3)), bd(1, almost(6)), bd(2, yo(2))],
  known=K(city="beijing"))
m("pregnancy multiples age", "twins due in may, we have a boy of 4 and a girl of 18 months",
  [due(3, nextmonth(5)), due(4, nextmonth(5)), bd(1, yo(4)), bd(2, mo(18))], known=K(city="jinan"))
m("age multiples pregnancy numerals", "2 kids so far: twins 5 yrs old. another one due in august",
  [n(2), bd(1, yo(5)), bd(2, yo(5)), due(3, nextmonth(8))], known=K(city="beijing"))

T("2026-03-10")  # Tuesday: "last thursday" = 2026-03-05 either way
m("relative_date multiples birth_order age", "our identical twin boys were born last thursday, theyre 2nd and 3rd, first is 5",
  [bd(2, lastweek(3)), bd(3, lastweek(3)), bd(1, yo(5)), n(3)], known=K(city="beijing"))
m("answer multiples age numerals", "2 - twins, 6 weeks old", [n(2), bd(1, dago(42)), bd(2, dago(42))], asked="children",
  known=K(city="jinan"))
m("correction multiples age", "my bad the twins are 20 months, i said 1 and a half", [bd(1, mo(20), "r"), bd(2, mo(20), "r")],
  known=K(city="jinan", kids=[yo(1), yo(1)]))
m("chitchat", "spring finally, took the kids to daming lake", [])
m("question multiples", "do we need both twins birth certificates or is one enough", [])
m("age multiples numerals", "grandma here, 4 grandkids: 10, 7, and twins almost 2",
  [n(4), bd(1, yo(10)), bd(2, yo(7)), bd(3, almost(2)), bd(4, almost(2))], known=K(city="beijing"))
m("pregnancy multiples", "im pregnant, 4 months, its twins, first time mum", [due(1, preg(4)), due(2, preg(4))], known=K(city="jinan"))
m("per_birth_hardship numerals", "we got dibao when each of the 3 kids was born", [f("hardship_at_birth", True), n(3)],
  known=K(city="jinan", kids=[yo(6), yo(3), yo(3)]))
m("age", "baby born 5 days ago, the older one is 2 years 2 months", [bd(2, dago(5)), bd(1, age(2, 2))], known=K(city="jinan"))
m("answer negation_housing", "yeah, renting a 2 bedroom with the twins", [f("renting", True, "c")], asked="renting",
  known=K(city="beijing", kids=[yo(1), yo(1)]))
m("age birth_order", "our second is 7 weeks old, first is 3", [bd(2, dago(49)), bd(1, yo(3))], known=K(city="beijing"))

T("2026-06-17")  # Wednesday: "last friday" = 2026-06-12 either way
m("multiples numerals age", "triplets born 2026.5.30, plus 2 big sisters 9 and 6, so 5 kids",
  [n(5), bd(3, "2026-05-30"), bd(4, "2026-05-30"), bd(5, "2026-05-30"), bd(1, yo(9)), bd(2, yo(6))], known=K(city="jinan"))
m("answer multiples pregnancy numerals", "just 1, but twins coming in sept", [n(1), due(2, nextmonth(9)), due(3, nextmonth(9))],
  asked="children", known=K(city="beijing"))
m("correction multiples numerals", "sorry i wrote 4 earlier, we have 3 kids incl the twins", [n(3, "r")],
  known=K(city="jinan", kids=[yo(5), yo(3), mo(2), mo(2)]))
m("chitchat", "hot today, the twins refuse to wear hats", [])
m("question multiples relative_date", "if our twins are born in december do we still get this years money",
  [due(1, nextmonth(12), "q"), due(2, nextmonth(12), "q")], known=K(city="jinan", kids=[{"due_date": None}, {"due_date": None}]))
m("relative_date age birth_order", "last friday our 2nd was born, a girl. the boy is 4 and a half", [bd(2, lastweek(4)), bd(1, yo(4))],
  known=K(city="beijing"))
m("per_birth_hardship multiples birth_order", "when the youngest was born i was on unemployment benefit, not for the twins",
  [chb(3, True), chb(1, False), chb(2, False)], known=K(city="beijing", kids=[yo(4), yo(4), yo(1)]))
m("age numerals", "18 months, 3 and a half, 6, thats my 3", [n(3), bd(1, yo(6)), bd(2, yo(3)), bd(3, mo(18))], known=K(city="jinan"))
m("age birth_order", "grandson no. 2 is almost 1, grandson no. 1 just turned 4", [bd(2, almost(1)), bd(1, just(4))], known=K(city="beijing"))
m("hukou multiples age", "jinan hukou, twins 9 months, first babies",
  [f("city", "jinan"), f("hukou_in_city", True), bd(1, mo(9)), bd(2, mo(9)), n(2)])
m("age birth_order", "the eldest is almost 12 and the baby 5 weeks", [bd(1, almost(12)), bd(2, dago(35))], known=K(city="jinan"))
m("question height multiples", "our twins are 1.25m, do they need tickets on the metro", [ht(1, 125), ht(2, 125)],
  known=K(city="jinan", kids=[yo(6), yo(6)]))

T("2026-08-27")  # Thursday: "last friday" = 2026-08-21 either way
m("relative_date multiples", "twins yesterday!! 2 girls, our first", [bd(1, back(1)), bd(2, back(1)), n(2)], known=K(city="beijing"))
m("answer pregnancy multiples", "mid november", [due(2, nextmonth(11)), due(3, nextmonth(11))], asked="due_date",
  known=K(city="jinan", kids=[yo(2), {"due_date": None}, {"due_date": None}]))
m("age multiples numerals", "3 kids: the twins just turned 3 and the little one is 14 months",
  [n(3), bd(1, just(3)), bd(2, just(3)), bd(3, mo(14))], known=K(city="jinan"))
m("correction multiples numerals", "correction twins born 2024.3 not 2024.2", [bd(2, "2024-03", "r"), bd(3, "2024-03", "r")],
  known=K(city="beijing", kids=["2019-09", "2024-02", "2024-02"]))
m("chitchat", "twins start kindergarten next week, im gonna cry", [])
m("question multiples", "is there extra money for triplets", [])
m("relative_date age birth_order", "our 2nd came last friday, 3.4kg, the eldest is 6", [bd(2, lastweek(4)), bd(1, yo(6))], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth multiples", "no dibao when the twins were born, we started getting it this year",
  [chb(1, False), chb(2, False), f("hardship_now", True)], known=K(city="jinan", kids=[yo(3), yo(3)]))
m("age numerals birth_order", "waipo here, my daughters 2 kids: the big one 5, the little one a 6-week-old",
  [n(2), bd(1, yo(5)), bd(2, dago(42))], known=K(city="beijing"))
m("multiples numerals birth_order age", "4 kids: dabao 8, erbao 5, sanbao and sibao are twins born 2026.7.2",
  [n(4), bd(1, yo(8)), bd(2, yo(5)), bd(3, "2026-07-02"), bd(4, "2026-07-02")], known=K(city="jinan"))
m("answer housing_fund", "just my husband", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[mo(2), mo(2)]))
m("pregnancy multiples", "pregnant again, 3 months, twins this time", [due(2, preg(3)), due(3, preg(3))],
  known=K(city="jinan", kids=[yo(2)]))

T("2026-10-13")  # Tuesday: "last wednesday" = 2026-10-07 either way
m("relative_date multiples birth_order age", "triplets arrived last wednesday, they're our 2nd 3rd and 4th, big sis is 7",
  [bd(2, lastweek(2)), bd(3, lastweek(2)), bd(4, lastweek(2)), bd(1, yo(7))], known=K(city="beijing"))
m("answer multiples age numerals", "3 including twins. twins are 4, the other one is 9 months",
  [n(3), bd(1, yo(4)), bd(2, yo(4)), bd(3, mo(9))], asked="children", known=K(city="jinan"))
m("correction multiples age", "no sorry twins are 6 months, 4 is wrong", [bd(2, mo(6), "r"), bd(3, mo(6), "r")],
  known=K(city="jinan", kids=[yo(3), mo(4), mo(4)]))
m("chitchat", "ok ill call 12345 tomorrow", [])
m("question multiples", "twins born in beijing but we moved to jinan, which city pays", [f("city", "jinan")])
m("age birth_order", "erbao is 2 yrs 4 months and dabao almost 7", [bd(2, age(2, 4)), bd(1, almost(7))], known=K(city="beijing"))
m("per_birth_hardship now_vs_birth numerals", "on dibao when both kids were born, still on it",
  [f("hardship_at_birth", True), n(2), f("hardship_now", True)], known=K(city="jinan", kids=[yo(5), yo(1)]))
m("age multiples numerals", "the twins are 3 weeks old! jiejie is 4 and a half, so 3 of them now",
  [bd(2, dago(21)), bd(3, dago(21)), bd(1, yo(4)), n(3)], known=K(city="jinan"))
m("relative_date birth_order", "our baby girl born sept 30, she's our 3rd", [bd(3, pastmonth(9, 30))], known=K(city="jinan", kids=["2017", "2021"]))
m("multiples age per_birth_hardship numerals", "our only 2 are identical boys, 5 and a half, born when we were on shiyejin",
  [n(2), bd(1, yo(5)), bd(2, yo(5)), chb(1, True), chb(2, True)], known=K(city="jinan"))
m("age birth_order", "the baby is 5 weeks, erbao 1 and a half, dabao almost 4", [bd(3, dago(35)), bd(2, yo(1)), bd(1, almost(4))],
  known=K(city="beijing"))

T("2026-11-26")  # Thursday: "last saturday" = 2026-11-21 either way
m("relative_date multiples age", "a boy and girl born same day last saturday, joining big bro (3)",
  [bd(2, lastweek(5)), bd(3, lastweek(5)), bd(1, yo(3)), n(3)], known=K(city="jinan"))
m("answer multiples numerals", "five!! 2 sets of twins and our eldest", [n(5)], asked="children", known=K(city="beijing"))
m("correction multiples relative_date", "sorry they were born the 18th not 19th, late night", [bd(1, pastmonth(11, 18), "r"), bd(2, pastmonth(11, 18), "r")],
  known=K(city="beijing", kids=["2026-11-19", "2026-11-19"]))
m("chitchat", "thanks, thats really helpful for our family", [])
m("question", "can grandparents apply for the money on behalf of the parents", [])
m("answer pregnancy multiples relative_date", "feb next year, scheduled c section", [due(2, "2027-02"), due(3, "2027-02")], asked="due_date",
  known=K(city="jinan", kids=[yo(6), {"due_date": None}, {"due_date": None}]))
m("age", "granddaughter 3 and a half, grandson 18 months, new grandson 6 days", [bd(1, yo(3)), bd(2, mo(18)), bd(3, dago(6))],
  known=K(city="jinan"))
m("per_birth_hardship birth_order", "when our second was born we were on dibao, for the first one no", [chb(2, True), chb(1, False)],
  known=K(city="beijing", kids=[yo(6), yo(2)]))
m("answer negation_housing", "no we dont, we live with the twins grandparents", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city",
  known=K(city="jinan", kids=[yo(1), yo(1)]))
m("age multiples numerals", "4 kids: twins 7, middle boy 4, baby 10 weeks",
  [n(4), bd(1, yo(7)), bd(2, yo(7)), bd(3, yo(4)), bd(4, dago(70))], known=K(city="beijing"))
m("relative_date birth_order multiples", "our 3rd, a girl, born nov 3rd. the twins are 2", [bd(3, pastmonth(11, 3))],
  known=K(city="jinan", kids=[yo(2), yo(2)]))
