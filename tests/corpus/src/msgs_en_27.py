# English, batch 27: twins/triplets beside older kids, hardship at one birth and not another (named by order,
# "the little one", by year, "the twins"), now versus at the birth; Chinglish and pinyin (dibao, tekun, shiyejin,
# gongjijin, hukou, shebao, laoda/laoer/laosan, dabao/erbao/sanbao/xiaobao), grandparents, answers, one-fact corrections
lang("en")
T("2025-01-09")  # Thursday
m("hukou age multiples numerals per_birth_hardship birth_order", "hi from jinan, jinan hukou both of us. laoda is 7, then erbao came as twins (boy+girl) 5 months ago lol so 3 kids total. when the twins were born my husband was on shiyejin (unemployment), with laoda nothing like that",
  [f("city", "jinan"), f("hukou_in_city", True), bd(1, yo(7)), bd(2, mo(5)), bd(3, mo(5)), n(3), chb(2, True), chb(3, True), chb(1, False)])
m("answer per_birth_hardship multiples now_vs_birth", "we were on dibao when the twins were born, still are tbh",
  [chb(1, True), chb(2, True), f("hardship_now", True)], asked="hardship_at_birth", known=K(city="jinan", kids=["2024-06", "2024-06"]))
m("relative_date birth_order age", "laosan arrived last friday!! 3.1kg. laoda 9 laoer 5, house is chaos",
  [bd(3, lastweek(4)), bd(1, yo(9)), bd(2, yo(5))], known=K(city="beijing"))
m("correction per_birth_hardship birth_order", "sorry i got it backwards, the dibao was with laoda not laoer",
  [chb(2, False, "r"), chb(1, True, "r")], known=K(city="jinan", kids=["2020-03", {"birth_date": "2023-07", "hardship_at_birth": True}]))
m("question multiples", "do triplets get 3 times the birth subsidy or same as one baby")
m("answer numerals multiples age", "2 - a pair of twin girls, 1 and a half",
  [n(2), bd(1, yo(1)), bd(2, yo(1))], asked="children", known=K(city="beijing"))
m("chitchat", "haha ok my wife is laughing at me for typing so slow")
m("hukou housing_fund", "neither of us has beijing hukou, both from hebei. gongjijin: me yes, wife no",
  [f("hukou_in_city", False), f("housing_fund_contributors", 1)], known=K(city="beijing", kids=["2023-10"]))
m("pregnancy multiples numerals age insurance", "only one kid so far, 3yo boy, and im 4 months along with TWINS. my shebao is the employee kind thru my job",
  [n(1), bd(1, yo(3)), due(2, preg(4)), due(3, preg(4)), f("birth_insurance", "employee_maternity")], known=K(city="beijing"))
m("per_birth_hardship", "the kid born in 2022 - we were tekun then. the 2018 one no",
  [chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2018-05", "2022-11"]))
m("housing_fund negation_housing", "we got zero gongjijin, rent an old flat in lixia, no plans to buy",
  [f("housing_fund_contributors", 0), f("renting", True), f("buying_first_home", False)], known=K(city="jinan", kids=["2021-08"]))
m("answer pregnancy multiples", "early june, doc says twins usually come a bit early tho",
  [due(2, nextmonth(6)), due(3, nextmonth(6))], asked="due_date", known=K(city="beijing", kids=["2021-02", {"due_date": None}, {"due_date": None}]))

T("2025-03-18")  # Tuesday
m("hukou age multiples numerals per_birth_hardship now_vs_birth", "nainai here, my sons family in beijing, hukou beijing. grandson 10, then the twin granddaughters just turned 2. my son was on shiyejin when the twins were born, now hes driving didi so no more",
  [f("city", "beijing"), f("hukou_in_city", True), bd(1, yo(10)), bd(2, just(2)), bd(3, just(2)), n(3), chb(2, True), chb(3, True), f("hardship_now", False)])
m("relative_date birth_order age", "erbao born last thursday, laoda is 4 and a half, very jealous already",
  [bd(2, lastweek(3)), bd(1, yo(4))], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "not for laoda or laoer. for the little one yes, dibao started in 2023",
  [chb(1, False), chb(2, False), chb(3, True)], asked="hardship_at_birth", known=K(city="beijing", kids=["2016-09", "2020-01", "2024-12"]))
m("correction multiples", "typo!! the twins are 2023 may not march",
  [bd(2, "2023-05", "r"), bd(3, "2023-05", "r")], known=K(city="jinan", kids=["2017-10", "2023-03", "2023-03"]))
m("insurance housing_fund", "both of us have shebao through work, employee maternity, and both pay gongjijin",
  [f("birth_insurance", "employee_maternity"), f("housing_fund_contributors", 2)], known=K(city="beijing", kids=[{"due_date": "2025-08"}]))
m("question multiples birth_order", "if erbao turns out to be twins next year do we get the subsidy twice?",
  [due(2, year(1), "q"), due(3, year(1), "q")], known=K(city="jinan", kids=["2022-06"]))
m("answer numerals multiples age", "3: a 6 yo and twin boys 9 months",
  [n(3), bd(1, yo(6)), bd(2, mo(9)), bd(3, mo(9))], asked="children", known=K(city="jinan"))
m("per_birth_hardship now_vs_birth multiples", "the twins came when we both still had jobs. we're on dibao now, since january",
  [chb(1, False), chb(2, False), f("hardship_now", True)], known=K(city="beijing", kids=["2024-10", "2024-10"]))
m("chitchat", "wait my baby is crying brb")
m("height multiples", "the twins are both 1m2 now, they eat like horses",
  [ht(2, 120), ht(3, 120)], known=K(city="jinan", kids=["2015-02", "2019-08", "2019-08"]))
m("answer negation_housing", "nope. living in my wifes family old hutong house",
  [f("renting", False, "c")], asked="renting", known=K(city="beijing", kids=["2024-01"]))
m("correction hukou", "no sorry our hukou is NOT jinan, its still in heze, i mixed up with my brother",
  [f("hukou_in_city", False, "r")], known=K(city="jinan", hukou_in_city=True, kids=["2022-12"]))

T("2025-05-05")  # Monday
m("hukou numerals age birth_order multiples relative_date per_birth_hardship", "hello, beijing, waidi hukou. 5 kids!! laoda 11, laoer 8, then triplets born 3 weeks ago. we were dibao family at laoda and laoer birth but for the triplets no, my husband got a job in 2023",
  [f("city", "beijing"), f("hukou_in_city", False), n(5), bd(1, yo(11)), bd(2, yo(8)), bd(3, dago(21)), bd(4, dago(21)), bd(5, dago(21)), chb(1, True), chb(2, True), chb(3, False), chb(4, False), chb(5, False)])
m("answer hukou", "yep, moved it here in 2019",
  [f("hukou_in_city", True, "c")], asked="hukou_in_city", known=K(city="jinan", kids=["2023-04"]))
m("relative_date multiples numerals", "the twins were born last saturday!! so now we have 3 kids, help",
  [bd(2, lastweek(5)), bd(3, lastweek(5)), n(3)], known=K(city="jinan", kids=["2021-01"]))
m("per_birth_hardship birth_order", "shiyejin ran out before the little one was born. with the big one we had nothing either",
  [chb(2, False), chb(1, False)], known=K(city="beijing", kids=["2019-06", "2024-11"]))
m("question", "is the dibao family extra money for erbao or only for sanbao?")
m("pregnancy birth_order", "pregnant with our 3rd, due end of sept",
  [due(3, nextmonth(9))], known=K(city="jinan", kids=["2020-12", "2023-02"]))
m("answer housing_fund numerals", "me, my husband and his mom. 3 gongjijin",
  [f("housing_fund_contributors", 3)], asked="housing_fund_contributors", known=K(city="beijing", kids=["2024-09"]))
m("age multiples numerals", "yeye here, 3 grandkids: twin boys 4 and their little sister almost 1",
  [n(3), bd(1, yo(4)), bd(2, yo(4)), bd(3, almost(1))], known=K(city="jinan"))
m("correction pregnancy", "sorry i meant 6 months pregnant not 5",
  [due(1, preg(6), "r")], known=K(city="beijing", kids=[{"due_date": "2025-09"}]))
m("negation_housing", "we own a flat in changping already, dont rent",
  [f("owns_home_in_city", True), f("renting", False)], known=K(city="beijing", kids=["2022-07"]))
m("chitchat", "thx bot ur more useful than the jiedao office lol")
m("answer insurance", "no shebao, i do farming back home",
  [f("birth_insurance", "none")], asked="birth_insurance", known=K(city="jinan", kids=[{"due_date": "2025-10"}]))

T("2025-07-23")  # Wednesday
m("hukou numerals birth_order per_birth_hardship now_vs_birth", "we live in jinan but hukou is beijing lol long story. 2 kids: laoda born 2018, erbao 2023 dec. on dibao when erbao came, not with laoda. now on nothing",
  [f("city", "jinan"), f("hukou_in_city", False), n(2), bd(1, "2018"), bd(2, "2023-12"), chb(2, True), chb(1, False), f("hardship_now", False)])
m("relative_date birth_order", "sanbao born last saturday, c section, mama and baby ok",
  [bd(3, lastweek(5))], known=K(city="beijing", kids=["2017-03", "2020-08"]))
m("answer per_birth_hardship", "no we werent on anything then",
  [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2025-06", "2025-06"]))
m("answer pregnancy multiples", "christmas day lol",
  [due(2, nextmonth(12, 25)), due(3, nextmonth(12, 25))], asked="due_date", known=K(city="jinan", kids=["2022-09", {"due_date": None}, {"due_date": None}]))
m("correction per_birth_hardship", "no wait sorry, the 2019 one we werent on dibao yet. it started 2020",
  [chb(1, False, "r")], known=K(city="beijing", kids=[{"birth_date": "2019-02", "hardship_at_birth": True}, "2022-10"]))
m("housing_fund", "gongjijin only my mother in law, she retires soon",
  [f("housing_fund_contributors", 1)], known=K(city="jinan", kids=["2024-03"]))
m("height birth_order", "laoer is way under 1m3 still",
  [below(2, 130)], known=K(city="beijing", kids=["2016-05", "2019-11"]))
m("question hukou", "would it matter if our hukou was in jinan instead of zibo?",
  [f("hukou_in_city", True, "q")], known=K(city="jinan", hukou_in_city=False, kids=["2024-05"]))
m("answer numerals age", "one, she's 14 months",
  [n(1), bd(1, mo(14))], asked="children", known=K(city="beijing"))
m("multiples age numerals per_birth_hardship", "our triplets turned 3 last week, laoda is 9. we were tekun when the triplets were born",
  [bd(2, just(3)), bd(3, just(3)), bd(4, just(3)), bd(1, yo(9)), n(4), chb(2, True), chb(3, True), chb(4, True)], known=K(city="jinan"))
m("answer negation_housing", "nope, renting. want to buy our first one with a gongjijin loan next yr",
  [f("owns_home_in_city", False, "c"), f("renting", True), f("buying_first_home", True)], asked="owns_home_in_city", known=K(city="jinan", kids=["2023-09"]))
m("chitchat", "aiya so many questions, let me ask my husband first")

T("2025-09-14")  # Sunday
m("hukou age multiples numerals now_vs_birth per_birth_hardship", "beijing hukou, beijing. 3 kids: twins 6 (a boy a girl) and xiaobao 2 and a half. hubby on shiyejin right now, started in june. when xiaobao was born we had nothing",
  [f("hukou_in_city", True), f("city", "beijing"), n(3), bd(1, yo(6)), bd(2, yo(6)), bd(3, yo(2)), f("hardship_now", True), chb(3, False)])
m("answer per_birth_hardship birth_order", "only with sanbao. the older two we were fine",
  [chb(3, True), chb(1, False), chb(2, False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2013-04", "2017-09", "2025-02"]))
m("age", "my grandson is 2 weeks old today, my daughter's first",
  [bd(1, dago(14))], known=K(city="jinan"))
m("answer insurance", "the flexible one, linghuo jiuye, i pay it myself",
  [f("birth_insurance", "flexible_employment")], asked="birth_insurance", known=K(city="beijing", kids=[{"due_date": "2026-01"}]))
m("height birth_order", "an jia laoda 1m35, laoer 1m08",
  [ht(1, 135), ht(2, 108)], known=K(city="beijing", kids=["2015-06", "2020-04"]))
m("correction now_vs_birth", "correction: we're still on dibao, it didnt stop",
  [f("hardship_now", True, "r")], known=K(city="jinan", hardship_now=False, kids=["2023-05"]))
m("question housing_fund", "is the gongjijin loan cheaper for erbao families?")
m("pregnancy multiples", "pregnant with triplets!! 3 months, our first",
  [due(1, preg(3)), due(2, preg(3)), due(3, preg(3))], known=K(city="jinan"))
m("answer negation_housing", "nope, can't afford it",
  [f("buying_first_home", False, "c")], asked="buying_first_home", known=K(city="beijing", renting=True, kids=["2024-08"]))
m("hukou", "we finally got our hukou moved to jinan in august!",
  [f("hukou_in_city", True)], known=K(city="jinan", hukou_in_city=False, kids=["2023-11"]))
m("numerals multiples", "the twins birthday is 2024.12.3, our only two",
  [bd(1, "2024-12-03"), bd(2, "2024-12-03"), n(2)], known=K(city="jinan"))
m("numerals", "what a day, 3 kids screaming at once",
  [n(3)], known=K(city="beijing", kids=["2017-01", "2020-06", "2024-02"]))

T("2025-12-02")  # Tuesday
m("hukou numerals age birth_order pregnancy multiples housing_fund", "hi. jinan. hukou: me jinan, husband also. 2 kids already + pregnant with twins, 6 months. laoda 5, laoer 2. both of us pay gongjijin",
  [f("city", "jinan"), f("hukou_in_city", True), n(2), due(3, preg(6)), due(4, preg(6)), bd(1, yo(5)), bd(2, yo(2)), f("housing_fund_contributors", 2)])
m("relative_date numerals", "baby arrived monday last week, a boy, so 2 now",
  [bd(2, lastweek(0)), n(2)], known=K(city="beijing", kids=["2022-04"]))
m("answer per_birth_hardship multiples", "the twins yes, we were on shiyejin",
  [chb(2, True), chb(3, True)], asked="hardship_at_birth", known=K(city="beijing", kids=["2020-05", "2025-10", "2025-10"]))
m("correction age multiples", "i said 4 but the twins are 5, sorry",
  [bd(1, yo(5), "r"), bd(2, yo(5), "r")], known=K(city="jinan", kids=["2021-05", "2021-05"]))
m("answer housing_fund", "just 1, me",
  [f("housing_fund_contributors", 1)], asked="housing_fund_contributors", known=K(city="jinan", kids=["2025-03"]))
m("per_birth_hardship", "the 2019 and 2021 births we were tekun, 2015 no",
  [chb(2, True), chb(3, True), chb(1, False)], known=K(city="jinan", kids=["2015-01", "2019-07", "2021-03"]))
m("question birth_order", "if we try for sanbao in 2027 is the subsidy still there?",
  [due(3, "2027", "q")], known=K(city="beijing", kids=["2019-10", "2023-06"]))
m("now_vs_birth", "currently we get dibao 800 a month",
  [f("hardship_now", True)], known=K(city="jinan", kids=["2024-12"]))
m("answer numerals pregnancy", "none yet, first one due in april",
  [n(0), due(1, nextmonth(4))], asked="children", known=K(city="beijing"))
m("correction insurance", "sorry, resident medical, not employee",
  [f("birth_insurance", "resident_medical", "r")], known=K(city="jinan", birth_insurance="employee_maternity", kids=[{"due_date": "2026-03"}]))
m("chitchat", "happy december everyone, so cold today")
m("negation_housing", "we don't own anything in beijing, our house is back in hebei",
  [f("owns_home_in_city", False)], known=K(city="beijing", kids=["2023-02"]))

T("2026-02-10")  # Tuesday
m("hukou relative_date multiples pregnancy per_birth_hardship birth_order", "laoye here. daughter lives in beijing, non beijing hukou. my waisun born last march, and now her twins are due in june. she was on shiyejin when the first one was born",
  [f("city", "beijing"), f("hukou_in_city", False), bd(1, pastmonth(3)), due(2, nextmonth(6)), due(3, nextmonth(6)), chb(1, True)])
m("answer per_birth_hardship", "dibao? nope never had it",
  [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="jinan", kids=["2025-11", "2025-11"]))
m("relative_date birth_order", "erbao born last thursday, 2 weeks early",
  [bd(2, lastweek(3))], known=K(city="beijing", kids=["2023-01"]))
m("numerals per_birth_hardship multiples", "of our 3 kids the twins were born when we had dibao, the oldest was not",
  [n(3), chb(2, True), chb(3, True), chb(1, False)], known=K(city="beijing", kids=["2016-08", "2021-12", "2021-12"]))
m("height birth_order", "laoda 1.3m exactly at school checkup",
  [ht(1, 130)], known=K(city="jinan", kids=["2018-06", "2022-03"]))
m("question multiples", "how much is the per child subsidy for twins under 3")
m("answer hukou", "beijing chaoyang, hukou too",
  [f("city", "beijing"), f("hukou_in_city", True)], asked="city")
m("now_vs_birth pregnancy", "my wife got laid off last month, now on shiyejin, baby due in may",
  [f("hardship_now", True), due(1, nextmonth(5))], known=K(city="jinan", kids=[{"due_date": None}]))
m("correction pregnancy multiples", "correction the twins due date is july 2 not june",
  [due(2, nextmonth(7, 2), "r"), due(3, nextmonth(7, 2), "r")], known=K(city="beijing", kids=["2025-03", {"due_date": "2026-06"}, {"due_date": "2026-06"}]))
m("chitchat", "aiyo bot, you are very clever ah")
m("answer housing_fund", "nobody, all of us are getihu",
  [f("housing_fund_contributors", 0)], asked="housing_fund_contributors", known=K(city="jinan", kids=["2025-04"]))
m("age numerals", "waipo here, my daughter has two: 3 and a half, and the baby 40 days",
  [n(2), bd(1, yo(3)), bd(2, dago(40))], known=K(city="beijing"))

T("2026-04-16")  # Thursday
m("hukou multiples relative_date age numerals now_vs_birth per_birth_hardship", "jinan, local hukou. we just had triplets 2 weeks ago!!! plus laoda 4. husband unemployed, getting shiyejin since feb, so we had it when the triplets were born",
  [f("city", "jinan"), f("hukou_in_city", True), bd(2, dago(14)), bd(3, dago(14)), bd(4, dago(14)), bd(1, yo(4)), n(4), f("hardship_now", True), chb(2, True), chb(3, True), chb(4, True)])
m("relative_date multiples numerals", "twins born last friday, our first kids",
  [bd(1, lastweek(4)), bd(2, lastweek(4)), n(2)], known=K(city="beijing"))
m("answer per_birth_hardship birth_order", "with laoer yes (dibao), laoda no",
  [chb(2, True), chb(1, False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2018-03", "2022-06"]))
m("correction birth_order", "not 2022 for laoer, it's 2021, my mistake",
  [bd(2, "2021", "r")], known=K(city="jinan", kids=["2017", "2022"]))
m("answer height multiples", "both exactly 95cm, same same",
  [ht(1, 95), ht(2, 95)], asked="children.height_cm", known=K(city="beijing", kids=["2023-01", "2023-01"]))
m("question per_birth_hardship birth_order", "if my husband gets shiyejin when erbao is born do we get more?",
  [chb(2, True, "q")], known=K(city="jinan", kids=["2022-02", {"due_date": "2026-09"}]))
m("hukou", "hukou moved to beijing in march, both of us",
  [f("hukou_in_city", True)], known=K(city="beijing", hukou_in_city=False, kids=["2024-06"]))
m("housing_fund duration", "paid gongjijin 3 yrs then quit, now nobody in our family pays",
  [f("housing_fund_contributors", 0)], known=K(city="jinan", kids=["2025-01"]))
m("age birth_order", "xiaobao is 10 months, dabao just turned 6",
  [bd(2, mo(10)), bd(1, just(6))], known=K(city="beijing"))
m("chitchat question", "lol my mil says the subsidy is a scam, is it?")
m("answer negation_housing", "yes renting, shared flat",
  [f("renting", True, "c")], asked="renting", known=K(city="jinan", kids=["2025-08"]))
m("now_vs_birth per_birth_hardship birth_order", "tekun support stopped in january. when laoer was born we still had it",
  [f("hardship_now", False), chb(2, True)], known=K(city="beijing", kids=["2019-09", "2024-05"]))

T("2026-06-07")  # Sunday
m("hukou numerals multiples age housing_fund insurance negation_housing", "hello from jinan!! we're not jinan hukou (from taian). our only kids are twin boys, 2 years 3 months. gongjijin: husband only. employee maternity insurance for me. rent in licheng",
  [f("city", "jinan"), f("hukou_in_city", False), n(2), bd(1, age(2, 3)), bd(2, age(2, 3)), f("housing_fund_contributors", 1), f("birth_insurance", "employee_maternity"), f("renting", True)])
m("answer per_birth_hardship birth_order", "laosan yes, we went on dibao last year. laoda laoer no",
  [chb(3, True), chb(1, False), chb(2, False)], asked="hardship_at_birth", known=K(city="beijing", kids=["2012-06", "2018-10", "2026-05"]))
m("pregnancy birth_order", "3 months pregnant with erbao!",
  [due(2, preg(3))], known=K(city="jinan", kids=["2023-08"]))
m("correction", "oops it's jinan not beijing, we moved back in may",
  [f("city", "jinan", "r")], known=K(city="beijing", kids=["2024-10"]))
m("multiples age numerals", "our first babies are twins, 7 months old, my mum helps us",
  [n(2), bd(1, mo(7)), bd(2, mo(7))], known=K(city="jinan"))
m("answer numerals age birth_order pregnancy", "2: laoda 8, laoer 3 and 1 more in the oven lol due oct",
  [n(2), bd(1, yo(8)), bd(2, yo(3)), due(3, nextmonth(10))], asked="children", known=K(city="beijing"))
m("height multiples", "the twins still under 1m3",
  [below(1, 130), below(2, 130)], known=K(city="jinan", kids=["2019-07", "2019-07"]))
m("question multiples", "do both twins need their own hukou registration to apply?")
m("answer insurance", "resident medical, the chengxiang jumin one",
  [f("birth_insurance", "resident_medical")], asked="birth_insurance", known=K(city="jinan", kids=[{"due_date": "2026-11"}]))
m("per_birth_hardship now_vs_birth", "we were on dibao when baobao was born and still now",
  [f("hardship_at_birth", True), f("hardship_now", True)], known=K(city="jinan", kids=["2025-12"]))
m("chitchat", "sunday, all the kids at nainai's, finally quiet")
m("negation_housing housing_fund numerals", "we're buying our first flat this summer with gongjijin loan, 2 of us pay it",
  [f("buying_first_home", True), f("housing_fund_contributors", 2)], known=K(city="beijing", kids=["2024-04"]))

T("2026-08-19")  # Wednesday
m("hukou numerals age birth_order multiples per_birth_hardship now_vs_birth", "beijing. husband's hukou is beijing, mine transferred last year so both beijing now. 4 kids: laoda 12, laoer 8 and laosan+laosi twins 1 and a half. when the twins were born we were tekun, laoda laoer no. now no support",
  [f("city", "beijing"), f("hukou_in_city", True), n(4), bd(1, yo(12)), bd(2, yo(8)), bd(3, yo(1)), bd(4, yo(1)), chb(3, True), chb(4, True), chb(1, False), chb(2, False), f("hardship_now", False)])
m("relative_date birth_order", "sanbao came tuesday last week, c-section",
  [bd(3, lastweek(1))], known=K(city="jinan", kids=["2018-04", "2021-09"]))
m("answer per_birth_hardship birth_order now_vs_birth", "for the little one yes, husband's been on shiyejin since march, still is. for the first no",
  [chb(2, True), f("hardship_now", True), chb(1, False)], asked="hardship_at_birth", known=K(city="jinan", kids=["2024-02", "2026-07"]))
m("correction hukou", "my bad, hukou is NOT beijing, still anhui",
  [f("hukou_in_city", False, "r")], known=K(city="beijing", hukou_in_city=True, kids=["2025-05"]))
m("question birth_order", "what if erbao comes next year instead of this year, does it matter?",
  [due(2, year(1), "q")], known=K(city="beijing", kids=["2023-03"]))
m("housing_fund numerals", "gongjijin - me, wife, and her dad. so 3",
  [f("housing_fund_contributors", 3)], known=K(city="jinan", kids=["2025-09"]))
m("numerals multiples short_year", "3 kids: twins born in '21 and the baby born feb 2026",
  [n(3), bd(1, "2021"), bd(2, "2021"), bd(3, "2026-02")], known=K(city="beijing"))
m("answer negation_housing", "yes we own, a small 2-bedroom in shizhong",
  [f("owns_home_in_city", True, "c")], asked="owns_home_in_city", known=K(city="jinan", kids=["2024-11"]))
m("chitchat", "wah ok ok understand liao")
m("correction per_birth_hardship multiples birth_order", "sorry correction, tekun was when the twins were born, not laoda",
  [chb(1, False, "r"), chb(2, True, "r"), chb(3, True, "r")], known=K(city="beijing", kids=[{"birth_date": "2020-01", "hardship_at_birth": True}, "2025-04", "2025-04"]))
m("height birth_order", "dabao 1.18m",
  [ht(1, 118)], known=K(city="jinan", kids=["2020-02", "2024-06"]))
m("answer pregnancy", "sept 30",
  [due(1, nextmonth(9, 30))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))

T("2026-10-12")  # Monday
m("hukou age birth_order pregnancy multiples per_birth_hardship now_vs_birth", "hi im the nainai. family in jinan, all jinan hukou. laoda is 9, erbao 4, and now my daughter in law expecting twins, 8 months. my son had shiyejin when erbao born, not when laoda born. now they dont get anything",
  [f("city", "jinan"), f("hukou_in_city", True), bd(1, yo(9)), bd(2, yo(4)), due(3, preg(8)), due(4, preg(8)), chb(2, True), chb(1, False), f("hardship_now", False)])
m("relative_date birth_order", "sanbao arrived last thursday!",
  [bd(3, lastweek(3))], known=K(city="beijing", kids=["2019-01", "2022-12"]))
m("answer per_birth_hardship multiples now_vs_birth", "we were on dibao when the twins were born, came off it in 2025, nothing since",
  [chb(1, True), chb(2, True), f("hardship_now", False)], asked="hardship_at_birth", known=K(city="beijing", kids=["2023-06", "2023-06", "2026-09"]))
m("housing_fund insurance hukou", "gongjijin yes both, shebao employee for me, hukou beijing",
  [f("housing_fund_contributors", 2), f("birth_insurance", "employee_maternity"), f("hukou_in_city", True)], known=K(city="beijing", kids=[{"due_date": "2027-02"}]))
m("correction age multiples", "sorry the twins are 3 months not 4",
  [bd(1, mo(3), "r"), bd(2, mo(3), "r")], known=K(city="jinan", kids=["2026-06", "2026-06"]))
m("chitchat", "ok thanks, will ask at the shequ tomorrow")
m("question per_birth_hardship", "is the dibao birth allowance counted per baby or per birth?")
m("answer numerals age multiples", "four. 10, 7, and twins 2 months",
  [n(4), bd(1, yo(10)), bd(2, yo(7)), bd(3, mo(2)), bd(4, mo(2))], asked="children", known=K(city="beijing"))
m("answer negation_housing", "no, living in company dorm",
  [f("renting", False, "c")], asked="renting", known=K(city="jinan", kids=["2025-07"]))
m("correction now_vs_birth", "not on dibao now, that was last year",
  [f("hardship_now", False, "r")], known=K(city="jinan", hardship_now=True, kids=["2024-08"]))

T("2026-11-26")  # Thursday
m("hukou numerals age now_vs_birth per_birth_hardship housing_fund", "beijing hukou, beijing, 1 kid 5 months old. im on shiyejin since april, was on it already when she was born. husband pays gongjijin",
  [f("hukou_in_city", True), f("city", "beijing"), n(1), bd(1, mo(5)), f("hardship_now", True), chb(1, True), f("housing_fund_contributors", 1)])
m("relative_date multiples age numerals", "the twins born last sunday, laoda is 6",
  [bd(2, lastweek(6)), bd(3, lastweek(6)), bd(1, yo(6)), n(3)], known=K(city="jinan"))
m("answer per_birth_hardship birth_order", "laoer year, 2020, yes we had dibao. other two no",
  [chb(2, True), chb(1, False), chb(3, False)], asked="hardship_at_birth", known=K(city="beijing", kids=["2016-03", "2020-10", "2024-04"]))
m("answer pregnancy multiples", "end of february, twins!",
  [due(1, nextmonth(2)), due(2, nextmonth(2))], asked="due_date", known=K(city="jinan", kids=[{"due_date": None}]))
m("height birth_order", "erbao not even 1m yet",
  [below(2, 100)], known=K(city="beijing", kids=["2020-09", "2023-12"]))
m("question housing_fund", "if both of us start paying gongjijin can we get a bigger loan?",
  [f("housing_fund_contributors", 2, "q")], known=K(city="jinan", housing_fund_contributors=0, kids=["2025-10"]))
m("chitchat", "hold on my mum wants to say something")
m("correction height birth_order", "no no, laoer is 1m12 not 1m21",
  [ht(2, 112, "r")], known=K(city="beijing", kids=["2017-02", {"birth_date": "2021-05", "height_cm": 121}]))
m("pregnancy birth_order", "pregnant again, don't know the due date yet",
  [due(2, None)], known=K(city="jinan", kids=["2024-07"]))
m("answer insurance", "none, we got no shebao at all",
  [f("birth_insurance", "none")], asked="birth_insurance", known=K(city="beijing", kids=[{"due_date": "2027-03"}]))
