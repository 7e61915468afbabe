# English, batch 29: one-fact corrections (actually / sorry I meant / wait no), loose answers to each of the bot's
# questions, plain questions versus hypothetical facts (what if ...), heights (1m2, 118cm, under 1.3m) and
# relative dates (last month, the day before yesterday, last friday, in march)
T("2025-01-15")  # Wednesday
m("correction relative_date", "wait no she was born the day before yesterday not yesterday lol my brain is mush", [bd(1, back(2), "r")],
  known=K(city="jinan", kids=[back(1)]))
m("answer age height", "just the one, a lil girl. only 4 but 1m2 already", [n(1), bd(1, yo(4)), ht(1, 120)], asked="children", known=K(city="jinan"))
m("question", "is the 3600 paid every year till age 3 or just one time?", [])
m("question hukou", "what if we move our hukou to jinan before the baby comes, does that change anything", [f("hukou_in_city", True, "q")],
  known=K(city="jinan", hukou_in_city=False, kids=[{"due_date": "2025-05"}]))
m("relative_date", "grandson came last month 3.4 kilo, whole village knows already haha", [bd(1, thismonth(-1))])
m("answer negation_housing", "yep for now, landlord is ok", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[yo(1)]))
m("answer negation_housing", "we do have one flat, in lixia, bought it 2019", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city",
  known=K(city="jinan", kids=[mo(7)]))
m("height question", "our boy is under 1.3m for sure, does he need a ticket on the high speed train", [below(1, 130)], known=K(city="beijing", kids=[yo(7)]))
m("chitchat", "haha my wife says im typing too slow, hold on", [])
m("correction", "sorry I meant 3 kids not 2, forgot the baby haha", [n(3, "r")], known=K(city="beijing", kids=["2016-05", "2020-08"]))
m("answer per_birth_hardship now_vs_birth", "nah, that came later, we've been on dibao since last summer", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2023-02"]))
m("pregnancy age birth_order", "due in march with my 2nd, first one is 5", [due(2, nextmonth(3)), bd(1, yo(5))])
m("question birth_order", "what if we go for a 3rd next year, does beijing give more for the third one?", [due(3, year(1), "q")],
  known=K(city="beijing", kids=["2019-06", "2022-10"]))

T("2025-03-20")  # Thursday: "last friday" = 2025-03-14 either way
m("relative_date", "my daughter in law delivered last friday, a boy, 3.1kg", [bd(1, lastweek(4))])
m("correction height", "actually hes 1m18 not 1m28, typo", [ht(1, 118, "r")], known=K(city="jinan", kids=[{"birth_date": yo(5), "height_cm": 128}]))
m("answer height birth_order", "big one 1m35ish, small one not even a metre", [ht(1, 135), below(2, 100)], asked="children.height_cm",
  known=K(city="beijing", kids=[yo(8), yo(2)]))
m("answer", "we're in jinan, well zhangqiu district", [f("city", "jinan")], asked="city")
m("answer hukou", "nope, still back in linyi", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[yo(3)]))
m("question", "do i apply for the childcare money at the jiedao or online?", [])
m("relative_date birth_order duration", "2nd baby came in march, 3 weeks early", [bd(2, pastmonth(3))], known=K(city="jinan", kids=["2021-04"]))
m("question insurance", "if my wife switches to flexible employment insurance would she still get the maternity allowance?", [f("birth_insurance", "flexible_employment", "q")],
  known=K(city="beijing", kids=[{"due_date": "2025-09"}]))
m("answer housing_fund", "only my wife, i'm self employed", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors", known=K(city="beijing", kids=[yo(2)]))
m("hukou age birth_order", "granny here. son and his wife in beijing, beijing hukou both. two grandkids, 6 and the baby 3 months",
  [f("city", "beijing"), f("hukou_in_city", True), n(2), bd(1, yo(6)), bd(2, mo(3))])
m("correction negation_housing", "wait no, we don't own it, it's my uncle's flat", [f("owns_home_in_city", False, "r")],
  known=K(city="jinan", owns_home_in_city=True, kids=[yo(1)]))
m("answer pregnancy", "august 10th", [due(1, nextmonth(8, 10))], asked="due_date", known=K(city="beijing", kids=[{"due_date": None}]))
m("chitchat", "sorry baby screaming, back in 5", [])

T("2025-06-10")  # Tuesday
m("relative_date multiples age birth_order", "twins arrived the day before yesterday!! boy and girl. we already got a 4 yr old so its chaos",
  [bd(2, back(2)), bd(3, back(2)), bd(1, yo(4)), n(3)])
m("correction housing_fund", "sorry I meant 2 people pay gongjijin, me and my husband, not 3", [f("housing_fund_contributors", 2, "r")],
  known=K(city="jinan", housing_fund_contributors=3, kids=[yo(2)]))
m("answer negation_housing", "yeah, hopefully before the baby turns one", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="beijing", owns_home_in_city=False, kids=[mo(2)]))
m("answer negation_housing", "nah we live in my in-laws old courtyard house", [f("renting", False, "c")], asked="renting", known=K(city="beijing", kids=[yo(3)]))
m("question", "what if the baby comes in december instead, different rules for a different year?", [due(1, nextmonth(12), "q")],
  known=K(city="jinan", kids=[{"due_date": "2026-01"}]))
m("height birth_order", "older one 118cm, younger 1.05m, anyone know if the ferry charges them", [ht(1, 118), ht(2, 105)],
  known=K(city="jinan", kids=[yo(6), yo(3)]))
m("answer per_birth_hardship birth_order", "with the second yes, husband was on 失业金. with the first no", [chb(2, True), chb(1, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2019-01", "2024-08"]))
m("question", "is it kids under 1.2m free on buses or is that only trains", [])
m("relative_date", "baby was born last month on the 28th", [bd(1, thismonth(-1) + "-28")], known=K(city="beijing"))
m("answer age", "two, both in primary school, 7 and 10", [n(2), bd(1, yo(10)), bd(2, yo(7))], asked="children", known=K(city="beijing"))
m("correction pregnancy", "sorry i meant september, not october, for the due date", [due(1, nextmonth(9), "r")], known=K(city="jinan", kids=[{"due_date": "2025-10"}]))
m("hukou", "we're beijing 北漂, hukou back in anhui", [f("city", "beijing"), f("hukou_in_city", False)])
m("chitchat", "lol ok thx bot", [])

T("2025-08-04")  # Monday: "last friday" = 2025-08-01 either way
m("relative_date birth_order", "my 3rd came last friday!! so its 3 boys now", [bd(3, lastweek(4)), n(3)], known=K(city="jinan", kids=["2018-02", "2021-07"]))
m("correction age birth_order", "actually the eldest is 9, i wrote 6 by mistake", [bd(1, yo(9), "r")], known=K(city="beijing", kids=[yo(6), yo(2)]))
m("answer height", "a metre twenty five, measured at school", [ht(1, 125)], asked="children.height_cm", known=K(city="jinan", kids=[yo(7)]))
m("answer negation_housing", "nope. we rent in tianqiao", [f("owns_home_in_city", False, "c"), f("renting", True)], asked="owns_home_in_city",
  known=K(city="jinan", kids=[yo(1)]))
m("question housing_fund", "what if my mum also starts paying gongjijin, so 3 of us, does the loan limit go up?", [f("housing_fund_contributors", 3, "q")],
  known=K(city="beijing", housing_fund_contributors=2, kids=[yo(4)]))
m("question", "how much can we borrow from gongjijin for a first flat in beijing", [])
m("answer pregnancy", "doc said mid november", [due(1, nextmonth(11))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("relative_date", "born 3 weeks ago, jaundice all gone now", [bd(1, dago(21))], known=K(city="beijing"))
m("insurance housing_fund", "my wife has employee maternity thru her hospital job, i pay gongjijin and she does too",
  [f("birth_insurance", "employee_maternity"), f("housing_fund_contributors", 2)], known=K(city="jinan", kids=[{"due_date": "2025-12"}]))
m("correction negation_housing", "sorry i meant jinan not beijing. and we rent", [f("city", "jinan", "r"), f("renting", True)], known=K(city="beijing", kids=[yo(2)]))
m("answer hukou", "yes but only since this spring", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[mo(5)]))
m("answer insurance", "resident one, the cheap one from the neighbourhood committee", [f("birth_insurance", "resident_medical")], asked="birth_insurance",
  known=K(city="jinan", kids=[{"due_date": "2026-01"}]))
m("chitchat", "my mother says hello to the robot haha", [])

T("2025-10-22")  # Wednesday: "last saturday" = 2025-10-18 either way (this week's is still ahead)
m("relative_date", "granddaughter born last saturday 4am, mum and baby fine", [bd(1, lastweek(5))])
m("correction height", "wait no she is 1m15, i mixed her up with her cousin", [ht(1, 115, "r")], known=K(city="beijing", kids=[{"birth_date": yo(5), "height_cm": 125}]))
m("answer housing_fund", "just me. wife quit her job in may", [f("housing_fund_contributors", 1)], asked="housing_fund_contributors", known=K(city="jinan", kids=[mo(4)]))
m("question per_birth_hardship", "what if we were on dibao when I give birth in feb, would we get more?", [f("hardship_at_birth", True, "q")],
  known=K(city="jinan", kids=[{"due_date": "2026-02"}]))
m("question height", "do you need to be 1.3m or 1.4m to pay full fare?", [])
m("answer age", "3. 14, 11 and 8 months", [n(3), bd(1, yo(14)), bd(2, yo(11)), bd(3, mo(8))], asked="children", known=K(city="beijing"))
m("relative_date birth_order", "son born march 2022, daughter in march this year", [bd(1, "2022-03"), bd(2, "2025-03")], known=K(city="jinan"))
m("answer negation_housing", "nah we got a flat already", [f("buying_first_home", False, "c"), f("owns_home_in_city", True)], asked="buying_first_home",
  known=K(city="beijing", kids=[yo(2)]))
m("correction relative_date", "wait no, oct 12th not oct 21st", [bd(1, pastmonth(10, 12), "r")], known=K(city="jinan", kids=["2025-10-21"]))
m("hukou", "grandpa here. my son's family, beijing hukou all of them, my son has 3 kids", [f("city", "beijing"), f("hukou_in_city", True), n(3)])
m("answer negation_housing", "yes, from my cousin, cheap", [f("renting", True, "c")], asked="renting", known=K(city="jinan", kids=[yo(6)]))
m("chitchat", "good morning!", [])

T("2025-12-18")  # Thursday: "last friday" = 2025-12-12 either way
m("relative_date birth_order", "wife gave birth last friday, our 2nd, both healthy", [bd(2, lastweek(4))], known=K(city="beijing", kids=["2022-05"]))
m("now_vs_birth relative_date", "got the dibao approved the day before yesterday", [f("hardship_now", True)], known=K(city="jinan", kids=[yo(1)]))
m("correction height birth_order", "sorry I meant the youngest is 1m02 not 1m20", [ht(3, 102, "r")],
  known=K(city="jinan", kids=[yo(9), yo(6), {"birth_date": yo(3), "height_cm": 120}]))
m("answer pregnancy", "early april i think", [due(1, nextmonth(4))], asked="due_date", known=K(city="beijing", kids=[{"due_date": None}]))
m("answer", "none yet, trying", [n(0)], asked="children", known=K(city="jinan"))
m("question multiples", "what if we have twins next year", [due(2, year(1), "q"), due(3, year(1), "q")], known=K(city="beijing", kids=[yo(2)]))
m("answer hukou", "we both do yes, jinan hukou since birth", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[mo(6)]))
m("height birth_order", "eldest 1m31, youngest 97cm", [ht(1, 131), ht(2, 97)], known=K(city="beijing", kids=[yo(8), yo(3)]))
m("question", "when does the 2026 application open?", [])
m("relative_date per_birth_hardship", "our boy was born in march. when my wife gave birth she was on 失业金", [bd(1, pastmonth(3)), f("hardship_at_birth", True)], known=K(city="jinan"))
m("correction insurance", "actually she's got the resident one, not employee", [f("birth_insurance", "resident_medical", "r")],
  known=K(city="beijing", birth_insurance="employee_maternity", kids=[{"due_date": "2026-03"}]))
m("chitchat", "thanks, merry christmas lol", [])
m("answer negation_housing", "we own one back home in heze but nothing in jinan", [f("owns_home_in_city", False)], asked="owns_home_in_city",
  known=K(city="jinan", kids=[yo(3)]))

T("2026-02-03")  # Tuesday: "last friday" = 2026-01-30 either way
m("relative_date", "the baby came last friday, a week early", [bd(1, lastweek(4))], known=K(city="jinan", kids=[{"due_date": "2026-02"}]))
m("hukou relative_date", "we moved our hukou to beijing last month", [f("hukou_in_city", True)], known=K(city="beijing", hukou_in_city=False, kids=[yo(2)]))
m("correction housing_fund", "wait no, only my husband pays gongjijin, I stopped in december", [f("housing_fund_contributors", 1, "r")],
  known=K(city="jinan", housing_fund_contributors=2, kids=[mo(9)]))
m("answer height", "118cm in socks", [ht(1, 118)], asked="children.height_cm", known=K(city="beijing", kids=[yo(6)]))
m("question insurance", "what if I go back to work and get employee insurance before the due date in june?", [f("birth_insurance", "employee_maternity", "q")],
  known=K(city="beijing", birth_insurance="none", kids=[{"due_date": "2026-06"}]))
m("question", "is it true beijing gives an extra month of maternity leave?", [])
m("answer per_birth_hardship now_vs_birth", "no no, we've only been on 特困 since january", [f("hardship_at_birth", False, "c"), f("hardship_now", True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2024-07"]))
m("age birth_order", "me and the old man look after the grandkids in jinan, boy 2 and a half, girl 5", [f("city", "jinan"), bd(1, yo(5)), bd(2, yo(2))])
m("answer", "beijing. chaoyang", [f("city", "beijing")], asked="city")
m("correction pregnancy", "sorry I meant due in july not june", [due(1, nextmonth(7), "r")], known=K(city="jinan", kids=[{"due_date": "2026-06"}]))
m("answer negation_housing", "no, cant afford it", [f("buying_first_home", False, "c")], asked="buying_first_home", known=K(city="beijing", renting=True, kids=[yo(1)]))
m("chitchat", "typing with one hand, baby on the other arm", [])
m("relative_date birth_order", "2nd kid born the day before yesterday", [bd(2, back(2))], known=K(city="beijing", kids=["2023-03"]))

T("2026-04-16")  # Thursday: "last friday" = 2026-04-10 either way
m("relative_date multiples", "our twins were born last friday, first kids for us", [bd(1, lastweek(4)), bd(2, lastweek(4)), n(2)], known=K(city="jinan"))
m("correction negation_housing", "sorry I meant we own it, not rent it", [f("owns_home_in_city", True), f("renting", False, "r")],
  known=K(city="beijing", renting=True, kids=[yo(2)]))
m("answer pregnancy", "sometime in march next year", [due(2, year(1) + "-03")], asked="due_date", known=K(city="jinan", kids=[yo(3), {"due_date": None}]))
m("answer housing_fund", "my wife and her dad, I don't", [f("housing_fund_contributors", 2)], asked="housing_fund_contributors", known=K(city="jinan", kids=[yo(1)]))
m("height", "my 2 are both under 1m2", [n(2), below(1, 120), below(2, 120)], known=K(city="beijing", kids=[yo(5), yo(2)]))
m("question", "where do i hand in the birth certificate for the allowance", [])
m("housing_fund question", "we both pay gongjijin. what if we buy our first flat this year, any discount?", [f("housing_fund_contributors", 2), f("buying_first_home", True, "q")],
  known=K(city="jinan", kids=[yo(2)]))
m("answer hukou", "yep, both jinan hukou", [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=[mo(3)]))
m("relative_date birth_order", "my 2nd came last month, 3kg", [bd(2, thismonth(-1))], known=K(city="beijing", kids=["2022-11"]))
m("answer negation_housing", "no, we do have one flat, paid off", [f("renting", False, "c"), f("owns_home_in_city", True)], asked="renting", known=K(city="jinan", kids=[yo(4)]))
m("now_vs_birth pregnancy", "my husband lost his job, we're on 失业金 now, the baby is due in september", [f("hardship_now", True), due(1, nextmonth(9))])
m("chitchat", "ok", [])

T("2026-06-29")  # Monday: "last friday" = 2026-06-26 either way
m("relative_date", "she was born last friday, 7 pounds", [bd(1, lastweek(4))], known=K(city="beijing"))
m("correction age birth_order", "wait no the 2nd is 3 not 4", [bd(2, yo(3), "r")], known=K(city="jinan", kids=[yo(8), yo(4), mo(5)]))
m("answer height birth_order", "eldest 1m4, 2nd 1m2, baby no idea", [ht(1, 140), ht(2, 120)], asked="children.height_cm", known=K(city="beijing", kids=[yo(10), yo(6), mo(8)]))
m("answer insurance", "none, i'm a housewife", [f("birth_insurance", "none")], asked="birth_insurance", known=K(city="jinan", kids=[{"due_date": "2026-10"}]))
m("question birth_order", "what if we had a 4th next year lol, any extra?", [due(4, year(1), "q")], known=K(city="jinan", kids=["2015-09", "2019-03", "2024-01"]))
m("question hukou", "do both parents need the hukou or just one?", [])
m("relative_date", "my daughter was born in march, is she under the new rules?", [bd(1, pastmonth(3))], known=K(city="beijing"))
m("answer negation_housing", "yes, one flat in changping", [f("owns_home_in_city", True, "c")], asked="owns_home_in_city", known=K(city="beijing", kids=[yo(1)]))
m("correction per_birth_hardship multiples birth_order", "actually we were on dibao when the twins were born, I said no before", [chb(2, True, "r"), chb(3, True, "r")],
  known=K(city="jinan", kids=["2020-10", {"birth_date": "2025-06", "hardship_at_birth": False}, {"birth_date": "2025-06", "hardship_at_birth": False}]))
m("answer pregnancy", "july 30, or earlier if its a c section", [due(1, nextmonth(7, 30))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("age height", "grandson 7, 1m25 and still growing, granddaughter 3, 96cm", [bd(1, yo(7)), ht(1, 125), bd(2, yo(3)), ht(2, 96)])
m("chitchat", "is this a real person??", [])

T("2026-09-09")  # Wednesday: "last friday" = 2026-09-04 either way
m("relative_date birth_order", "our 3rd born last friday, c section, all good", [bd(3, lastweek(4))], known=K(city="beijing", kids=["2017-12", "2021-04"]))
m("correction hukou", "sorry i meant hukou is NOT in beijing, autocorrect", [f("hukou_in_city", False, "r")], known=K(city="beijing", hukou_in_city=True, kids=[yo(2)]))
m("answer per_birth_hardship", "yes, we were on dibao then", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2025-01"]))
m("answer housing_fund", "zero, we both do delivery jobs", [f("housing_fund_contributors", 0)], asked="housing_fund_contributors", known=K(city="beijing", kids=[yo(3)]))
m("question hukou", "what if our hukou was in jinan, would we get the 3600?", [f("hukou_in_city", True, "q")], known=K(city="jinan", hukou_in_city=False, kids=[mo(10)]))
m("question height", "kids under 1.2m free in jinan parks?", [])
m("answer age", "one boy, he's almost 2", [n(1), bd(1, almost(2))], asked="children", known=K(city="jinan"))
m("pregnancy", "my wife is 7 months along, due in november", [due(1, nextmonth(11))], known=K(city="beijing"))
m("answer negation_housing", "yeah, 2 rooms, 3000 a month", [f("renting", True, "c")], asked="renting", known=K(city="beijing", kids=[yo(1)]))
m("correction", "oops, jinan not beijing", [f("city", "jinan", "r")], known=K(city="beijing", kids=[yo(5)]))
m("numerals birth_order", "kids: 2017.3 and 2021.11", [bd(1, "2017-03"), bd(2, "2021-11")], known=K(city="jinan"))
m("chitchat", "my wife will do this tonight, thanks", [])

T("2026-11-26")  # Thursday: "last friday" = 2026-11-20 either way
m("relative_date age birth_order", "grandson born last friday, big sister is 4", [bd(2, lastweek(4)), bd(1, yo(4))])
m("hukou relative_date", "hukou transfer done the day before yesterday, finally beijing hukou", [f("hukou_in_city", True)], known=K(city="beijing", hukou_in_city=False, kids=[yo(2)]))
m("correction height", "actually its 1.25m not 1.52m", [ht(1, 125, "r")], known=K(city="jinan", kids=[{"birth_date": yo(7), "height_cm": 152}]))
m("answer height", "under 1.3m, never measured exactly", [below(1, 130)], asked="children.height_cm", known=K(city="beijing", kids=[yo(6)]))
m("answer negation_housing", "yes but only after the baby comes", [f("buying_first_home", True, "c")], asked="buying_first_home",
  known=K(city="jinan", renting=True, kids=[{"due_date": "2027-02"}]))
m("question", "what if the baby comes in december, do we still get this years money?", [due(1, nextmonth(12), "q")], known=K(city="beijing", kids=[{"due_date": "2027-01"}]))
m("question", "how long is maternity leave in jinan now?", [])
m("answer hukou", "nope, we're from henan", [f("hukou_in_city", False, "c")], asked="hukou_in_city", known=K(city="beijing", kids=[yo(4)]))
m("age height", "daughter just turned 3, 98cm", [bd(1, just(3)), ht(1, 98)], known=K(city="jinan"))
m("answer per_birth_hardship", "nope neither time", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2019-08", "2023-05"]))
m("correction pregnancy", "wait no, due date is january 8, not the 18th", [due(1, nextmonth(1, 8), "r")], known=K(city="jinan", kids=[{"due_date": "2027-01-18"}]))
m("now_vs_birth relative_date", "on 失业金 since last month, baby was born in august", [f("hardship_now", True), bd(1, pastmonth(8))], known=K(city="jinan"))
m("chitchat", "omg so many questions, my head is spinning", [])
m("answer pregnancy chitchat", "we don't know yet, just found out", [], asked="due_date", known=K(city="beijing", kids=[{"due_date": None}]))
