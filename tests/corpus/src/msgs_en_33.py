# English, batch 33: hardship at each birth (dibao / tekun / shiyejin per child, grandparents telling it),
# hardship now versus at the birth, multiples (twins, triplets, "a boy and a girl at once") with order words,
# loose answers to the hardship question ("only for the 2nd", "yeah both times", "nah"), one-fact corrections,
# chitchat and questions that state nothing
T("2025-01-08")  # Wednesday: "last friday" = 2025-01-03 either way; "last december" in January = 2024-12
m("per_birth_hardship birth_order", "we were on dibao when the 2nd was born but not with the first one", [chb(2, True), chb(1, False)],
  known=K(city="jinan", kids=["2018-03", "2023-06"]))
m("multiples per_birth_hardship duration", "hubby was getting unemployment money when the twins came, shiyejin for like 8 months",
  [chb(1, True), chb(2, True)], known=K(city="beijing", kids=["2024-05", "2024-05"]))
m("answer per_birth_hardship birth_order", "only for the 2nd one, the first time we were fine", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2019-09", "2024-02"]))
m("multiples age birth_order", "the twins r 2 and their big bro is 6", [bd(2, yo(2)), bd(3, yo(2)), bd(1, yo(6)), n(3)], known=K(city="beijing"))
m("relative_date multiples", "twin girls born last friday!! both 2.4kg, first babies for us", [bd(1, lastweek(4)), bd(2, lastweek(4)), n(2)],
  known=K(city="jinan"))
m("answer per_birth_hardship", "nah", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=[mo(7)]))
m("now_vs_birth per_birth_hardship", "on dibao now, wasnt back then when i gave birth", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=["2023-04"]))
m("relative_date", "last december we had the baby, the 29th, at the provincial maternity hosp", [bd(1, pastmonth(12, 29))], known=K(city="jinan"))
m("chitchat", "new year new baby, so tired i could sleep standing up", [])
m("question multiples", "triplets get 3 times the butie or is there some cap", [])
m("now_vs_birth per_birth_hardship relative_date", "yeye here, my sons family is a tekun household since 2022, so yes also when the grandson was born in march 2023",
  [f("hardship_now", True), chb(1, True), bd(1, "2023-03")], known=K(city="jinan"))
m("answer per_birth_hardship", "yeah both times", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2020-08", "2024-11"]))
m("age multiples", "a boy and a girl at once, 4 months now, no other kids", [n(2), bd(1, mo(4)), bd(2, mo(4))], known=K(city="beijing"))
m("question per_birth_hardship", "what if we are on shiyejin when the baby comes in may, do we get more", [f("hardship_at_birth", True, "q")],
  known=K(city="beijing", kids=[{"due_date": "2025-05"}]))

T("2025-03-19")  # Wednesday: "last friday" = 2025-03-14 either way
m("per_birth_hardship birth_order", "laoda no benefits at all, laoer n laosan both born while we were on dibao",
  [chb(1, False), chb(2, True), chb(3, True)], known=K(city="jinan", kids=["2012-04", "2016-10", "2021-01"]))
m("now_vs_birth", "we stopped getting dibao last year, hubby drives didi now", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(3)]))
m("multiples pregnancy", "expecting twins in august, our first", [due(1, nextmonth(8)), due(2, nextmonth(8))], known=K(city="beijing"))
m("answer per_birth_hardship", "yep we were tekun at the time", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2024-07", "2024-07"]))
m("multiples age birth_order", "3 kids: a girl of 9 and boy-girl twins that just turned 1", [n(3), bd(1, yo(9)), bd(2, just(1)), bd(3, just(1))],
  known=K(city="jinan"))
m("relative_date birth_order per_birth_hardship now_vs_birth", "erbao born last friday, we were on shiyejin at the time and still are",
  [bd(2, lastweek(4)), chb(2, True), f("hardship_now", True)], known=K(city="beijing", kids=["2021-07"]))
m("question", "does dibao count if it was only the grandparents getting it?", [])
m("answer per_birth_hardship birth_order", "just the first time, with the 2nd we were off it already", [chb(1, True), chb(2, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2017-02", "2022-12"]))
m("chitchat", "ok ok my son will send the hukou book pic later", [])
m("correction per_birth_hardship birth_order", "sorry i mixed it up, it was laoer born during dibao, not laoda", [chb(2, True, "r"), chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2015-06", "hardship_at_birth": True}, {"birth_date": "2019-11", "hardship_at_birth": False}]))
m("multiples age", "triplets!! 3 boys, 6 weeks old today, help", [n(3), bd(1, dago(42)), bd(2, dago(42)), bd(3, dago(42))], known=K(city="beijing"))
m("answer per_birth_hardship", "nope", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=[yo(5), yo(2)]))
m("now_vs_birth per_birth_hardship", "on tekun now, was on it when my girl was born too", [f("hardship_now", True), chb(1, True)],
  known=K(city="jinan", kids=[yo(1)]))
m("question multiples pregnancy", "twins due in june, do we apply once or twice", [due(1, nextmonth(6)), due(2, nextmonth(6))], known=K(city="jinan"))

T("2025-06-12")  # Thursday: "last sunday" = 2025-06-08 either way
m("per_birth_hardship multiples short_year birth_order", "big sis born 2019 no benefits, the twins born 2023 when we were on dibao",
  [bd(1, "2019"), bd(2, "2023"), bd(3, "2023"), n(3), chb(1, False), chb(2, True), chb(3, True)], known=K(city="jinan"))
m("answer per_birth_hardship", "yes, every single time", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2014-01", "2018-05", "2022-09"]))
m("now_vs_birth per_birth_hardship birth_order", "wasnt on anything when laoer came, but since march we get shiyejin", [chb(2, False), f("hardship_now", True)],
  known=K(city="jinan", kids=["2020-10", "2024-12"]))
m("relative_date multiples", "my daughter gave birth last sunday to a boy and a girl, first grandkids for us", [bd(1, lastweek(6)), bd(2, lastweek(6)), n(2)],
  known=K(city="jinan"))
m("answer per_birth_hardship", "ya we had dibao then", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=[mo(9)]))
m("question", "whats tekun exactly, is it the same as dibao", [])
m("correction now_vs_birth", "actually we dont get dibao anymore, stopped in may", [f("hardship_now", False, "r")],
  known=K(city="jinan", hardship_now=True, kids=[yo(4)]))
m("multiples age birth_order", "3 kids, twins 5 and a half and the baby 3 months", [n(3), bd(1, yo(5)), bd(2, yo(5)), bd(3, mo(3))], known=K(city="beijing"))
m("chitchat", "lol the twins just woke each other up again", [])
m("per_birth_hardship birth_order", "grandma writing. my son was on unemployment benefit when his 2nd kid was born, the first no",
  [chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2016-05", "2024-08"]))
m("answer per_birth_hardship birth_order", "with xiaobao yes, not with the big ones", [chb(3, True), chb(1, False), chb(2, False)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2013-11", "2017-03", "2025-01"]))
m("pregnancy multiples age", "preggo with twins again lol, 5 months along, our only kids so far are twins aged 3",
  [due(3, preg(5)), due(4, preg(5)), n(2), bd(1, yo(3)), bd(2, yo(3))], known=K(city="jinan"))
m("question per_birth_hardship", "does dibao have to be at the time of birth or is anytime ok?", [])
m("numerals per_birth_hardship", "baby born 2025/5/30, at the birth we were on shiyejin", [bd(1, "2025-05-30"), f("hardship_at_birth", True)],
  known=K(city="beijing"))

T("2025-08-20")  # Wednesday: "last saturday" = 2025-08-16 either way
m("now_vs_birth per_birth_hardship multiples", "when the triplets arrived we were a tekun family, no longer tho",
  [chb(1, True), chb(2, True), chb(3, True), f("hardship_now", False)], known=K(city="beijing", kids=["2022-02", "2022-02", "2022-02"]))
m("answer per_birth_hardship birth_order", "1st no. 2nd yes, dibao", [chb(1, False), chb(2, True)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2018-08", "2023-03"]))
m("relative_date multiples birth_order", "laoer and laosan came together last saturday, twins!! laoda is 4",
  [bd(2, lastweek(5)), bd(3, lastweek(5)), bd(1, yo(4)), n(3)], known=K(city="jinan"))
m("now_vs_birth duration", "been on dibao 3 yrs now", [f("hardship_now", True)], known=K(city="beijing", kids=[yo(4)]))
m("answer per_birth_hardship", "nope not at the time", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=[yo(2)]))
m("chitchat", "its 38 degrees and the AC broke, baby crying nonstop", [])
m("question per_birth_hardship", "how do i prove we were on dibao when the baby was born", [])
m("correction multiples short_year", "wait no, the twins were born in 2022 not 2021", [bd(1, "2022", "r"), bd(2, "2022", "r")],
  known=K(city="jinan", kids=["2021", "2021"]))
m("per_birth_hardship birth_order", "nainai here, son and daughter in law both lost jobs, they got shiyejin when xiao sunzi was born, da sunnu no",
  [chb(2, True), chb(1, False)], known=K(city="jinan", kids=[yo(7), yo(1)]))
m("answer multiples", "2, twins", [n(2)], asked="children", known=K(city="beijing"))
m("pregnancy now_vs_birth", "due in october, hubby on shiyejin right now", [due(1, nextmonth(10)), f("hardship_now", True)], known=K(city="jinan"))
m("question multiples birth_order", "3rd child subsidy - if our 2nd birth is twins, is the 2nd twin the 3rd child?", [])
m("age multiples per_birth_hardship", "our only 2 are twins, 10 months old. when they were born we had no dibao",
  [n(2), bd(1, mo(10)), bd(2, mo(10)), chb(1, False), chb(2, False)], known=K(city="beijing"))
m("relative_date", "grandson came last saturday at dawn, 3.6kg", [bd(1, lastweek(5))], known=K(city="jinan"))

T("2025-10-29")  # Wednesday: "last monday" = 2025-10-20 either way
m("per_birth_hardship birth_order", "dibao: laoda yes, laoer yes, laosan no, by then hubby had a job", [chb(1, True), chb(2, True), chb(3, False)],
  known=K(city="jinan", kids=["2013-05", "2016-09", "2023-02"]))
m("answer per_birth_hardship", "yeah", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=[yo(6), yo(3)]))
m("now_vs_birth per_birth_hardship", "at the birth no benefits, tekun started when she was 6 months and we still get it",
  [f("hardship_at_birth", False), f("hardship_now", True)], known=K(city="jinan", kids=[yo(1)]))
m("relative_date multiples", "we have 2 now!! a boy n a girl at the same time last monday, c section", [n(2), bd(1, lastweek(0)), bd(2, lastweek(0))],
  known=K(city="beijing", kids=[{"due_date": "2025-11"}, {"due_date": "2025-11"}]))
m("answer per_birth_hardship birth_order", "only for the 2nd", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2019-04", "2024-06"]))
m("question", "does shiyejin count the same as dibao for the butie?", [])
m("correction per_birth_hardship", "sorry no, at the birth we werent on dibao yet, only from the next month", [f("hardship_at_birth", False, "r")],
  known=K(city="jinan", hardship_at_birth=True, kids=["2025-06"]))
m("multiples age birth_order", "my 4: dage 11, ergege 8, and the twin sisters 2", [n(4), bd(1, yo(11)), bd(2, yo(8)), bd(3, yo(2)), bd(4, yo(2))],
  known=K(city="beijing"))
m("chitchat", "halloween party at the kindergarten, the twins are going as pumpkins haha", [])
m("pregnancy multiples birth_order age", "scan today: twins! laoda is 3, so these will be no 2 and 3, due april",
  [bd(1, yo(3)), due(2, nextmonth(4)), due(3, nextmonth(4))], known=K(city="jinan"))
m("now_vs_birth", "dibao got cut off in august, they said our income is too high now lol", [f("hardship_now", False)], known=K(city="jinan", kids=[yo(2)]))
m("per_birth_hardship", "yeye: my son was on shiyejin every time a grandkid was born", [f("hardship_at_birth", True)],
  known=K(city="beijing", kids=["2019-06", "2023-10"]))
m("question", "is there a deadline to apply after the birth?", [])
m("answer per_birth_hardship multiples birth_order", "for the twins yes, for their big brother no", [chb(2, True), chb(3, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=[yo(6), yo(1), yo(1)]))

T("2026-01-14")  # Wednesday: "last friday" = 2026-01-09 either way; "last december" in January = 2025-12
m("relative_date multiples per_birth_hardship", "twins born last december while hubby was on unemployment benefit",
  [bd(2, pastmonth(12)), bd(3, pastmonth(12)), chb(2, True), chb(3, True)], known=K(city="beijing", kids=["2020-05"]))
m("answer per_birth_hardship", "mhm, dibao for both births", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2021-03", "2024-09"]))
m("now_vs_birth", "new year, new job for my husband, so no more shiyejin from this month", [f("hardship_now", False)], known=K(city="jinan", kids=[mo(10)]))
m("question", "do we apply at the jiedao or online for the dibao family extra", [])
m("per_birth_hardship birth_order", "2nd and 3rd were born in our tekun years, 1st wasnt", [chb(2, True), chb(3, True), chb(1, False)],
  known=K(city="jinan", kids=["2011-07", "2015-12", "2020-04"]))
m("relative_date birth_order", "grandaughter #2 arrived last friday, the whole family is over the moon", [bd(2, lastweek(4))],
  known=K(city="jinan", kids=["2022-03"]))
m("chitchat", "snowing in jinan!! first snow for the twins", [])
m("correction multiples", "sorry i meant triplets not twins, 3 babies", [n(3, "r")], known=K(city="beijing", kids=["2025-11", "2025-11"]))
m("answer per_birth_hardship", "no, we only got dibao later", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=[yo(3)]))
m("age multiples", "twins, 7 weeks old, first and only kids so far", [n(2), bd(1, dago(49)), bd(2, dago(49))], known=K(city="jinan"))
m("pregnancy now_vs_birth", "4 months pregnant and we just got on dibao this week", [due(1, preg(4)), f("hardship_now", True)], known=K(city="jinan"))
m("question multiples", "is the one-off birth bonus per baby for twins?", [])
m("answer per_birth_hardship birth_order", "no for the eldest, yes for the two little ones", [chb(1, False), chb(2, True), chb(3, True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2014-10", "2021-06", "2024-12"]))
m("correction now_vs_birth", "no wait, we are STILL on tekun, didnt stop", [f("hardship_now", True, "r")],
  known=K(city="jinan", hardship_now=False, kids=[yo(5)]))

T("2026-04-02")  # Thursday: "last friday" = 2026-03-27, "last tuesday" = 2026-03-24, either way
m("multiples pregnancy", "twins due in the summer, july they think", [due(1, nextmonth(7)), due(2, nextmonth(7))], known=K(city="jinan"))
m("per_birth_hardship multiples birth_order", "the older twins: dibao when born. the younger twins: nope",
  [chb(1, True), chb(2, True), chb(3, False), chb(4, False)], known=K(city="jinan", kids=["2017-08", "2017-08", "2023-05", "2023-05"]))
m("answer per_birth_hardship now_vs_birth", "yea we were dibao both times n still are", [f("hardship_at_birth", True, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2019-02", "2024-04"]))
m("relative_date birth_order now_vs_birth", "laoer popped out last tuesday 3.1kg, we are on shiyejin btw, husband was laid off in jan",
  [bd(2, lastweek(1)), f("hardship_now", True)], known=K(city="jinan", kids=["2022-06"]))
m("question", "is the tekun certificate enough or do i need more papers", [])
m("now_vs_birth per_birth_hardship", "we're off dibao since last year but the birth was while we still had it",
  [f("hardship_now", False), f("hardship_at_birth", True)], known=K(city="jinan", kids=["2024-08"]))
m("age multiples per_birth_hardship", "grandpa here. the twins are 3 now, their big sister 8. dibao only when the twins were born, not for her",
  [bd(2, yo(3)), bd(3, yo(3)), bd(1, yo(8)), n(3), chb(2, True), chb(3, True), chb(1, False)], known=K(city="beijing"))
m("chitchat", "qingming soon, going back to the laojia to sweep the graves", [])
m("answer per_birth_hardship", "nope, we was fine money wise then", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=[mo(11)]))
m("correction per_birth_hardship birth_order", "actually for laosan we were on shiyejin, i said no before but i forgot", [chb(3, True, "r")],
  known=K(city="jinan", kids=["2016-01", "2019-09", {"birth_date": "2025-07", "hardship_at_birth": False}]))
m("relative_date multiples age", "triplets last friday!!! 2 girls 1 boy, all in nicu but ok, plus our 5 yo at home",
  [bd(2, lastweek(4)), bd(3, lastweek(4)), bd(4, lastweek(4)), bd(1, yo(5)), n(4)], known=K(city="beijing"))
m("question per_birth_hardship", "we applied for dibao in march, will it count for the birth in may?", [], known=K(city="jinan", kids=[{"due_date": "2026-05"}]))
m("answer per_birth_hardship multiples", "only the twins, not their gege", [chb(2, True), chb(3, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=[yo(7), "2025-02", "2025-02"]))
m("now_vs_birth", "on the shiyejin now, 2nd month", [f("hardship_now", True)], known=K(city="beijing", kids=[yo(1)]))

T("2026-06-24")  # Wednesday: "last sunday" = 2026-06-21 either way
m("per_birth_hardship birth_order", "tekun when laoer was born, dibao when laosan was born, nothing for laoda", [chb(2, True), chb(3, True), chb(1, False)],
  known=K(city="jinan", kids=["2012-09", "2018-02", "2024-03"]))
m("answer per_birth_hardship", "nah neither time", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2020-12", "2025-05"]))
m("relative_date multiples age", "our twin boys were born last sunday, their jiejie is 4", [bd(2, lastweek(6)), bd(3, lastweek(6)), bd(1, yo(4)), n(3)],
  known=K(city="jinan"))
m("now_vs_birth", "we just started shiyejin again, 2nd time for us", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(6)]))
m("question", "is the shequ office open on saturdays or only weekdays?", [])
m("per_birth_hardship", "laolao writing for my daughter: no dibao or anything when she had the baby", [f("hardship_at_birth", False)],
  known=K(city="beijing", kids=[mo(5)]))
m("correction multiples age", "sorry typo, twins are 16 months not 6", [bd(1, mo(16), "r"), bd(2, mo(16), "r")], known=K(city="jinan", kids=[mo(6), mo(6)]))
m("answer multiples", "3 - twins plus a big bro", [n(3)], asked="children", known=K(city="beijing"))
m("age multiples per_birth_hardship now_vs_birth", "twins 2 yrs, first n only, we had dibao when they were born and still do",
  [n(2), bd(1, yo(2)), bd(2, yo(2)), chb(1, True), chb(2, True), f("hardship_now", True)], known=K(city="jinan"))
m("chitchat", "thank u, ur the first one to explain it clearly", [])
m("question multiples", "triplets - one-off payment x3?", [])
m("answer per_birth_hardship birth_order", "only laoer's birth, and that was shiyejin not dibao", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2018-10", "2023-07"]))
m("pregnancy multiples now_vs_birth", "7 months along with twins, and both of us unemployed getting shiyejin",
  [due(1, preg(7)), due(2, preg(7)), f("hardship_now", True)], known=K(city="jinan"))
m("correction", "actually it's jinan, not beijing, the twins were born in qilu hospital", [f("city", "jinan", "r")],
  known=K(city="beijing", kids=["2025-10", "2025-10"]))

T("2026-09-09")  # Wednesday: "last friday" = 2026-09-04 either way
m("per_birth_hardship multiples", "when the triplets were born we got tekun", [chb(1, True), chb(2, True), chb(3, True)],
  known=K(city="jinan", kids=["2024-01", "2024-01", "2024-01"]))
m("answer per_birth_hardship", "yeah for every one of them", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2016-04", "2020-11", "2025-03"]))
m("now_vs_birth per_birth_hardship relative_date birth_order", "dibao ended in 2025, when erbao was born in april we werent on it",
  [f("hardship_now", False), bd(2, pastmonth(4)), chb(2, False)], known=K(city="jinan", kids=["2019-08"]))
m("relative_date multiples", "boy-girl twins last friday, the grandparents are crying happy tears", [bd(2, lastweek(4)), bd(3, lastweek(4))],
  known=K(city="beijing", kids=[yo(5), {"due_date": "2026-09"}, {"due_date": "2026-09"}]))
m("question", "back to school fees so high, any subsidy for school kids?", [])
m("answer per_birth_hardship birth_order", "the first time yes, second time no", [chb(1, True), chb(2, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2020-02", "2024-10"]))
m("per_birth_hardship now_vs_birth birth_order", "my sons family got dibao at the 2nd grandkid's birth, not at the first's, and still get it",
  [chb(2, True), chb(1, False), f("hardship_now", True)], known=K(city="jinan", kids=[yo(9), yo(2)]))
m("chitchat", "teachers day tomorrow, buying flowers for laoda's teacher", [])
m("correction per_birth_hardship multiples", "oh wait, twins were born when we had shiyejin, i said no before but it was yes",
  [chb(1, True, "r"), chb(2, True, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2025-12", "hardship_at_birth": False}, {"birth_date": "2025-12", "hardship_at_birth": False}]))
m("age multiples birth_order", "twins r 4, the baby is 5 weeks, 3 kids under 5 send help", [bd(1, yo(4)), bd(2, yo(4)), bd(3, dago(35)), n(3)],
  known=K(city="jinan"))
m("answer per_birth_hardship", "we had dibao at that time", [f("hardship_at_birth", True)], asked="hardship_at_birth", known=K(city="jinan", kids=[mo(4)]))
m("now_vs_birth", "no shiyejin anymore, ran out after 12 months", [f("hardship_now", False)], known=K(city="beijing", kids=[yo(1)]))
m("question per_birth_hardship birth_order", "what if we were on dibao for the 1st kid but not the 2nd?", [chb(1, True, "q"), chb(2, False, "q")],
  known=K(city="jinan", kids=[yo(5), yo(1)]))
m("pregnancy multiples birth_order", "ivf worked, twins due march, would be our 2nd and 3rd", [due(2, nextmonth(3)), due(3, nextmonth(3))],
  known=K(city="beijing", kids=[yo(6)]))

T("2026-11-18")  # Wednesday: "last thursday" = 2026-11-12 either way
m("per_birth_hardship", "we were on dibao at every one of the births", [f("hardship_at_birth", True)], known=K(city="jinan", kids=["2015-03", "2019-06", "2023-09"]))
m("answer per_birth_hardship", "nope none of them", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2017-05", "2021-08", "2025-04"]))
m("relative_date multiples birth_order age", "twins arrived last thursday, laoer n laosan, laoda is 10 and very proud",
  [bd(2, lastweek(3)), bd(3, lastweek(3)), bd(1, yo(10)), n(3)], known=K(city="jinan"))
m("now_vs_birth per_birth_hardship", "we get tekun now, at the birth we didnt", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=[yo(2)]))
m("question", "single mum here, does that count as hardship or only dibao?", [])
m("answer per_birth_hardship multiples birth_order", "no for our eldest, yes for the twin girls", [chb(1, False), chb(2, True), chb(3, True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=[yo(5), yo(1), yo(1)]))
m("chitchat", "double 11 shopping done, bought 20 packs of diapers lol", [])
m("per_birth_hardship", "correction: it was shiyejin not dibao, but yes we were on it at the birth",
  [f("hardship_at_birth", True)], known=K(city="jinan", kids=[mo(8)]))
m("age multiples per_birth_hardship", "triplets 1 and a half, our only kids, tekun family when they were born",
  [n(3), bd(1, yo(1)), bd(2, yo(1)), bd(3, yo(1)), chb(1, True), chb(2, True), chb(3, True)], known=K(city="beijing"))
m("answer per_birth_hardship birth_order", "just for the last one, the others no", [chb(3, True), chb(1, False), chb(2, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2014-06", "2018-01", "2024-07"]))
m("pregnancy now_vs_birth", "due in january, and we're on dibao", [due(1, nextmonth(1)), f("hardship_now", True)], known=K(city="jinan"))
m("now_vs_birth", "grandpa: my son lost his job in sept and gets shiyejin now", [f("hardship_now", True)], known=K(city="beijing", kids=[yo(3)]))
m("question multiples hukou", "do twins born in jinan but with heze hukou still get it?", [])
m("answer per_birth_hardship", "yes, tekun", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=[mo(3)]))
