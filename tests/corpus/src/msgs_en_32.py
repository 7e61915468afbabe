# English, batch 32: hardship now versus at the birth, one-fact corrections (no wait / sorry I meant / actually),
# loose answers to each of the bot's questions (yep both of us / nope / only me / kinda ... with a stated value),
# questions that state nothing, Chinglish/pinyin (laoda, laoer, erbao, xiaobao, shebao, gongjijin, hukou, dibao,
# tekun, shiyejin, butie, waidi) and phone typos
T("2025-02-11")  # Tuesday: "last friday" = 2025-02-07 either way; "last march" early in the year = 2024-03
m("now_vs_birth per_birth_hardship birth_order", "we get dibao now but when erbao was born in 2023 we didnt, hubby still had work then",
  [f("hardship_now", True), chb(2, False)], known=K(city="jinan", kids=["2019-05", "2023-08"]))
m("answer hukou", "yep both of us, jinan hukou since uni", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(2)]))
m("question", "is it 600 per kid or 600 per family??", [])
m("correction age birth_order", "no wait laoer is 2 not 3 sry", [bd(2, yo(2), "r")], known=K(city="beijing", kids=[yo(6), yo(3)]))
m("relative_date birth_order age", "my daughter in law had erbao last friday, mum n baby ok, laoda is 5 and sooo jealous",
  [bd(2, lastweek(4)), bd(1, yo(5))])
m("answer height", "kinda tall for his age, 1m32 at the last checkup", [ht(1, 132)], asked="children.height_cm", known=K(city="jinan", kids=[yo(7)]))
m("question", "do twins count as two for the childcare subsidy?", [])
m("answer insurance", "shebao thru her company, the employee one with maternity", [f("birth_insurance", "employee_maternity")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": "2025-06"}]))
m("relative_date", "last march our son was born, is he still under 3 for the butie", [bd(1, pastmonth(3))], known=K(city="jinan"))
m("chitchat", "aiya the wifi in this hospital is so slow", [])
m("answer housing_fund", "only me, wife is full time mama", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[mo(4)]))
m("correction", "sorry I meant beijing, not jinan, we moved up there in 2023", [f("city", "beijing", "r")], known=K(city="jinan", kids=[yo(1)]))

T("2025-05-06")  # Tuesday: "last friday" = 2025-05-02 either way
m("now_vs_birth per_birth_hardship", "on dibao since last yr, but for the birth no, wasnt on anything", [f("hardship_now", True), f("hardship_at_birth", False)],
  known=K(city="jinan", kids=["2022-09"]))
m("answer per_birth_hardship", "nope nothing like that back then", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2024-11"]))
m("pregnancy age birth_order", "pregnant with sanbao, 5 months, the other two r 7 and 4", [due(3, preg(5)), bd(1, yo(7)), bd(2, yo(4)), n(2)],
  known=K(city="jinan"))
m("question", "gongjijin loan for families with 3 kids, how much more can u borrow?", [])
m("answer", "2, a boy n a girl", [n(2)], asked="children", known=K(city="beijing"))
m("correction relative_date", "actually the baby was born april 28 not 29, my mistake", [bd(1, pastmonth(4, 28), "r")], known=K(city="beijing", kids=["2025-04-29"]))
m("hukou age", "laolao here. my daughters family lives in jinan, no jinan hukou, still dezhou. the baby is 10 months",
  [f("city", "jinan"), f("hukou_in_city", False), bd(1, mo(10))])
m("answer negation_housing", "nope, no money for that lol", [f("buying_first_home", False, "c")], asked="buying_first_home", known=K(city="jinan", renting=True, kids=[yo(3)]))
m("question height", "does the metro go by height or by age for kids", [])
m("relative_date birth_order", "erbao arrived last friday at 3am, 6 jin 8 liang", [bd(2, lastweek(4))], known=K(city="beijing", kids=["2021-02"]))
m("chitchat", "ok hold on my mother in law is talking to me", [])
m("answer height", "kinda small for her age, only 1m05", [ht(1, 105)], asked="children.height_cm", known=K(city="jinan", kids=[yo(5)]))

T("2025-07-30")  # Wednesday: "last saturday" = 2025-07-26 either way
m("now_vs_birth per_birth_hardship birth_order", "when laoda was born we were on dibao. not anymore now, husband found work",
  [chb(1, True), f("hardship_now", False)], known=K(city="jinan", kids=["2020-03", "2024-06"]))
m("answer housing_fund", "just the 2 of us, me n wife", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors", known=K(city="jinan", kids=[mo(8)]))
m("question", "is the butie per child or per birth, like for twins?", [])
m("correction housing_fund", "sorry i meant 1 person pays gongjijin not 2, my wife stopped", [f("housing_fund_contributors", 1, "r")],
  known=K(city="beijing", housing_fund_contributors=2, kids=[yo(1)]))
m("relative_date", "grandaughter born last saturday evening, 3.3kg", [bd(1, lastweek(5))])
m("answer negation_housing", "yep renting, no flat of our own", [f("renting", True, "c"), f("owns_home_in_city", False)], asked="renting",
  known=K(city="beijing", kids=[yo(2)]))
m("numerals birth_order", "kids bday 2019/10/3 and 2023/2/14", [bd(1, "2019-10-03"), bd(2, "2023-02-14")], known=K(city="jinan"))
m("question", "dibao families get extra or the same amount?", [])
m("answer pregnancy", "end of dec, around xmas", [due(1, nextmonth(12))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("chitchat", "thx, very helpful, my husband didnt know any of this", [])
m("correction multiples", "no wait its 3 kids, the twins count as two haha", [n(3, "r")],
  known=K(city="jinan", kids=["2018-04", "2024-01"]))
m("age birth_order", "laoda 8 yrs, laoer just turned 1 last week", [bd(1, yo(8)), bd(2, just(1))], known=K(city="beijing"))

T("2025-09-17")  # Wednesday
m("now_vs_birth per_birth_hardship", "we werent on anything when i gave birth, only got tekun this summer", [f("hardship_at_birth", False), f("hardship_now", True)],
  known=K(city="beijing", kids=["2024-12"]))
m("answer hukou", "nah, waidi hukou, shandong linyi", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(3)]))
m("question", "is the childcare butie 3600 a year in jinan?", [])
m("correction height", "sorry i meant 1m12, not 1m21 typo", [ht(1, 112, "r")], known=K(city="jinan", kids=[{"birth_date": yo(5), "height_cm": 121}]))
m("age birth_order", "my 3: 12, 9 and the baby 5 months", [n(3), bd(1, yo(12)), bd(2, yo(9)), bd(3, mo(5))], known=K(city="jinan"))
m("answer negation_housing", "yes we do, in shizhong, bought b4 the kids", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="jinan", kids=[yo(4), yo(1)]))
m("relative_date", "baby born this morning!! 7 jin", [bd(1, today())], known=K(city="beijing", kids=[{"due_date": "2025-09"}]))
m("pregnancy hukou", "beijing hukou, first baby due feb", [f("city", "beijing"), f("hukou_in_city", True), due(1, nextmonth(2))])
m("answer insurance", "none, i deliver for meituan, no shebao", [f("birth_insurance", "none")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": "2026-01"}]))
m("chitchat", "hahaha my baby just sneezed on the phone", [])
m("question insurance", "what if my wife pays flexible employment shebao from now on, still in time for the march birth?",
  [f("birth_insurance", "flexible_employment", "q")], known=K(city="jinan", birth_insurance="none", kids=[{"due_date": "2026-03"}]))
m("correction pregnancy", "actually due date moved to 5 november, scan showed a bigger baby", [due(1, nextmonth(11, 5), "r")],
  known=K(city="beijing", kids=[{"due_date": "2025-11-20"}]))

T("2025-11-27")  # Thursday: "last friday" = 2025-11-21 either way
m("now_vs_birth per_birth_hardship birth_order", "we are on shiyejin right now. when laoer was born no, when laoda was born yes dibao",
  [f("hardship_now", True), chb(2, False), chb(1, True)], known=K(city="jinan", kids=["2017-06", "2022-03"]))
m("answer", "3 of em, all boys god help me", [n(3)], asked="children", known=K(city="beijing"))
m("question hukou", "does the erhai allowance need local hukou?", [])
m("correction age", "sorry i meant 8 months not 18", [bd(1, mo(8), "r")], known=K(city="jinan", kids=[mo(18)]))
m("relative_date birth_order", "laosan came last friday, now 3 little monsters at home", [bd(3, lastweek(4)), n(3)],
  known=K(city="jinan", kids=["2016-09", "2020-01"]))
m("answer negation_housing", "not yet, still renting", [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city",
  known=K(city="beijing", kids=[yo(1)]))
m("hukou", "we got the jinan hukou thru the talent policy in october", [f("hukou_in_city", True)], known=K(city="jinan", hukou_in_city=False, kids=[yo(1)]))
m("question height", "under 1.2m free on the jinan brt?", [])
m("answer per_birth_hardship birth_order", "with the youngest yes, the older two no", [chb(3, True), chb(1, False), chb(2, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2015-03", "2019-07", "2024-10"]))
m("chitchat", "happy thanksgiving lol my expat friend told me about this bot", [])
m("pregnancy age birth_order", "4 months along with no2, laoda just turned 3", [due(2, preg(4)), bd(1, just(3))], known=K(city="beijing"))
m("answer height birth_order", "dage 1m38, meimei not even 1m", [ht(1, 138), below(2, 100)], asked="children.height_cm",
  known=K(city="beijing", kids=[yo(10), yo(2)]))

T("2026-01-21")  # Wednesday: "last sunday" = 2026-01-18 either way; "last december" in January = 2025-12
m("relative_date", "baby came last december, on the 30th", [bd(1, pastmonth(12, 30))], known=K(city="jinan"))
m("correction", "actually we're in jinan now, moved from beijing at new year", [f("city", "jinan", "r")], known=K(city="beijing", kids=[yo(2)]))
m("answer hukou", "yep, all of us incl the kids", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(4), yo(1)]))
m("now_vs_birth pregnancy", "hubby got laid off in nov, getting shiyejin now, baby due in april", [f("hardship_now", True), due(1, nextmonth(4))])
m("question", "how many days maternity leave in beijing, 158 or 188?", [])
m("relative_date age birth_order", "laoer born last sunday, laoda is 6 and a half", [bd(2, lastweek(6)), bd(1, yo(6))], known=K(city="beijing"))
m("answer housing_fund", "none of us, small company doesnt pay gongjijin", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors",
  known=K(city="jinan", kids=[yo(1)]))
m("correction insurance", "sorry i meant flexible employment not resident, i pay it myself as linghuo jiuye", [f("birth_insurance", "flexible_employment", "r")],
  known=K(city="jinan", birth_insurance="resident_medical", kids=[{"due_date": "2026-05"}]))
m("question birth_order", "is the 3rd child subsidy bigger than for the 2nd?", [])
m("chitchat", "cold af in beijing today, stay warm everyone", [])
m("answer negation_housing", "yep, 2 bedroom in tongzhou", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city", known=K(city="beijing", kids=[mo(3)]))
m("age multiples", "twin boys 18 months, our first n only so far", [n(2), bd(1, mo(18)), bd(2, mo(18))], known=K(city="jinan"))

T("2026-03-11")  # Wednesday: "last friday" = 2026-03-06, "last thursday" = 2026-03-05, either way
m("now_vs_birth per_birth_hardship multiples", "when the twins were born we had dibao, not now anymore", [chb(1, True), chb(2, True), f("hardship_now", False)],
  known=K(city="jinan", kids=["2023-05", "2023-05"]))
m("answer age", "only 1, she's 4", [n(1), bd(1, yo(4))], asked="children", known=K(city="beijing"))
m("correction birth_order", "no wait laoda was born 2015 not 2016", [bd(1, "2015", "r")], known=K(city="jinan", kids=["2016", "2020-07"]))
m("question hukou", "can waidi hukou families apply for the beijing butie?", [])
m("relative_date", "grandson born last friday night, everyone healthy", [bd(1, lastweek(4))])
m("answer negation_housing", "nope, we live with my parents in law", [f("owns_home_in_city", False, "c")], asked="owns_home_in_city",
  known=K(city="jinan", kids=[yo(2)]))
m("housing_fund hukou age", "me n hubby both pay gongjijin, both beijing hukou, baby is 1", [f("housing_fund_contributors", 2), f("city", "beijing"),
  f("hukou_in_city", True), bd(1, yo(1))])
m("answer pregnancy", "sep 3rd", [due(1, nextmonth(9, 3))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("question", "is the tuoyu butie paid monthly or once a year?", [])
m("correction relative_date birth_order", "sorry I meant laoer was born last friday not last thursday", [bd(2, lastweek(4), "r")],
  known=K(city="beijing", kids=["2021-09", lastweek(3)]))
m("chitchat", "my phone is dying, continue later", [])
m("answer height", "1m3 exactly", [ht(1, 130)], asked="children.height_cm", known=K(city="beijing", kids=[yo(8)]))

T("2026-05-20")  # Wednesday
m("now_vs_birth", "finally the shequ approved our dibao, started getting it this month", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(2)]))
m("answer per_birth_hardship now_vs_birth", "no, back then no. on dibao only since last year", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="beijing", kids=["2022-08"]))
m("correction age birth_order", "actually xiaobao is 5 months, not 5 weeks lol", [bd(2, mo(5), "r")], known=K(city="jinan", kids=[yo(4), dago(35)]))
m("question negation_housing", "what counts as first home if we own one in the hometown?", [])
m("answer age", "2 kiddos, 6 and 3", [n(2), bd(1, yo(6)), bd(2, yo(3))], asked="children", known=K(city="jinan"))
m("numerals relative_date", "our daughter was born on 5.1 this year, labour day baby haha", [bd(1, "2026-05-01")], known=K(city="beijing"))
m("answer negation_housing", "yup, planning to buy in the fall", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="jinan", renting=True, kids=[yo(1)]))
m("correction hukou", "wait no, we DO have jinan hukou, transferred it last year", [f("hukou_in_city", True, "r")],
  known=K(city="jinan", hukou_in_city=False, kids=[yo(3)]))
m("question birth_order", "what if we had erbao next year, is there still money then?", [due(2, year(1), "q")], known=K(city="beijing", kids=[yo(3)]))
m("chitchat", "wah so complicated, govt should just give cash haha", [])
m("age birth_order", "nainai here, 2 grandkids, da sunzi 9, xiao sunnu 2 and a half", [n(2), bd(1, yo(9)), bd(2, yo(2))])
m("answer insurance", "resident medical from the jiedao", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="beijing", kids=[{"due_date": "2026-09"}]))

T("2026-07-15")  # Wednesday: "last saturday" = 2026-07-11 either way
m("now_vs_birth per_birth_hardship birth_order", "laosan born while we were on dibao, laoda laoer no. now we're off it",
  [chb(3, True), chb(1, False), chb(2, False), f("hardship_now", False)], known=K(city="jinan", kids=["2014-02", "2018-10", "2025-03"]))
m("answer hukou", "nope none of us", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(1)]))
m("question", "do i need the marriage cert to apply?", [])
m("correction housing_fund", "actually 3 pay gongjijin, forgot my father in law who lives with us", [f("housing_fund_contributors", 3, "r")],
  known=K(city="beijing", housing_fund_contributors=2, kids=[yo(5)]))
m("relative_date", "baby girl last saturday 2am!!", [bd(1, lastweek(5))], known=K(city="beijing", kids=[{"due_date": "2026-07"}]))
m("answer height birth_order", "biggest 1m45, middle 1m22, xiaobao 88cm", [ht(1, 145), ht(2, 122), ht(3, 88)], asked="children.height_cm",
  known=K(city="jinan", kids=[yo(11), yo(6), yo(2)]))
m("question multiples", "do twins count as two for the 3 kid housing loan thing?", [])
m("answer negation_housing", "ya renting, a room in a chengzhongcun", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[mo(9)]))
m("short_year birth_order", "kids born '18 and '22", [bd(1, "2018"), bd(2, "2022")], known=K(city="beijing"))
m("chitchat", "thank u bot ur better than the 12345 hotline lol", [])
m("correction pregnancy birth_order", "no wait due date is 10 oct not 10 nov", [due(2, nextmonth(10, 10), "r")],
  known=K(city="jinan", kids=[yo(3), {"due_date": "2026-11-10"}]))
m("answer pregnancy", "zero, but wife is 3 months pregnant", [n(0), due(1, preg(3))], asked="children", known=K(city="jinan"))

T("2026-08-27")  # Thursday: "last friday" = 2026-08-21 either way
m("now_vs_birth per_birth_hardship", "when i gave birth we had shiyejin, not anymore now, got a job again", [f("hardship_at_birth", True), f("hardship_now", False)],
  known=K(city="beijing", kids=["2025-10"]))
m("answer hukou", "mm yes, jinan born n raised", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[mo(6)]))
m("question", "is it 600 per kid per month till 3?", [])
m("correction age birth_order", "sorry i meant dabao is 7 not 4", [bd(1, yo(7), "r")], known=K(city="beijing", kids=[yo(4), yo(1)]))
m("relative_date birth_order", "erbao arrived last friday, dabao thinks its a doll", [bd(2, lastweek(4))], known=K(city="jinan", kids=["2022-04"]))
m("answer housing_fund", "me, wife, and my mum, all 3 pay it", [f("housing_fund_contributors", 3)], asked="housing_fund_contributors",
  known=K(city="beijing", kids=[yo(2)]))
m("answer negation_housing", "no, we live in my company dorm", [f("renting", False, "c")], asked="renting", known=K(city="jinan", kids=[mo(5)]))
m("question insurance", "what if i quit and pay linghuo jiuye shebao myself?", [f("birth_insurance", "flexible_employment", "q")],
  known=K(city="beijing", birth_insurance="employee_maternity", kids=[{"due_date": "2027-01"}]))
m("age", "xiaobao just turned 2 last week", [bd(1, just(2))], known=K(city="jinan"))
m("chitchat", "ahh sorry kiddo grabbed the phone and sent nonsense", [])
m("pregnancy age birth_order", "pregnant again! laosan due early march, the older 2 are 5 and 3", [due(3, nextmonth(3)), bd(1, yo(5)), bd(2, yo(3)), n(2)],
  known=K(city="jinan"))
m("question hukou", "if we had a beijing hukou would it be more?", [f("hukou_in_city", True, "q")], known=K(city="beijing", hukou_in_city=False, kids=[yo(1)]))

T("2026-10-14")  # Wednesday: "last sunday" = 2026-10-11 either way
m("now_vs_birth per_birth_hardship birth_order", "we r on tekun now, also were when laoer was born", [f("hardship_now", True), chb(2, True)],
  known=K(city="jinan", kids=["2019-01", "2024-02"]))
m("answer per_birth_hardship", "yes both times", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2020-01", "2023-09"]))
m("correction height birth_order", "actually laoer is 1m, not 1m1", [ht(2, 100, "r")],
  known=K(city="jinan", kids=[{"birth_date": yo(7), "height_cm": 124}, {"birth_date": yo(4), "height_cm": 110}]))
m("question", "kids under 6 free on the beijing subway?", [])
m("relative_date", "grandaughter born last sunday in qilu hospital", [bd(1, lastweek(6))], known=K(city="jinan"))
m("answer", "just the one so far", [n(1)], asked="children", known=K(city="jinan"))
m("answer negation_housing", "nah its ours, mortgage till 2045 haha", [f("renting", False, "c"), f("owns_home_in_city", True)], asked="renting",
  known=K(city="beijing", kids=[yo(2)]))
m("hukou pregnancy", "waidi ppl in beijing, no bj hukou, pregnant 6 months", [f("city", "beijing"), f("hukou_in_city", False), due(1, preg(6))])
m("question housing_fund", "whats the gongjijin limit for erhai families in jinan?", [])
m("chitchat", "national day holiday over, back to work sigh", [])

T("2026-11-30")  # Monday: "last friday" = 2026-11-27 either way
m("now_vs_birth per_birth_hardship", "not on dibao now. at the birth? yes we were", [f("hardship_now", False), f("hardship_at_birth", True)],
  known=K(city="jinan", kids=["2024-05"]))
m("answer hukou", "yes, since 2020", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(1)]))
m("correction", "sorry i meant 2 kids not 3, i counted the one on the way", [n(2, "r")],
  known=K(city="jinan", kids=[yo(5), yo(2), {"due_date": "2027-03"}]))
m("relative_date birth_order", "our 2nd was born last friday, 2 weeks early", [bd(2, lastweek(4))], known=K(city="beijing", kids=["2023-06", {"due_date": "2026-12"}]))
m("question", "does the butie stop the day the kid turns 3?", [])
m("answer housing_fund", "1, just my husband", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors", known=K(city="jinan", kids=[mo(2)]))
m("age birth_order", "dauter is 3 yeras old, son 11 montsh", [bd(1, yo(3)), bd(2, mo(11))], known=K(city="beijing"))
m("answer negation_housing", "nope not planning, we rent and its fine", [f("buying_first_home", False, "c"), f("renting", True)], asked="buying_first_home",
  known=K(city="beijing", kids=[yo(4)]))
m("chitchat", "bye bye, xiexie!", [])
m("answer pregnancy", "jan 20 or so", [due(1, nextmonth(1, 20))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
