# English, batch 45: hardship at each birth (dibao / tekun / unemployment benefit) named by time words, order and
# kinship words, benefits starting or stopping between births, now-only statements, negations, answers to the
# hardship question, corrections moving a hardship; only-child births named by a kinship word (child.hardship_at_birth)
# versus "the baby"/"she"/"at the birth" (hardship_at_birth); durations that are not ages, relative dates and
# written-out numbers; chitchat and bare questions
T("2025-01-06")  # Monday: "last thursday" = 2025-01-02 either way
m("per_birth_hardship now_vs_birth", "our son showed up in november right in the middle of our dibao years, still drawing it",
  [chb(1, True), f("hardship_now", True)], known=K(city="jinan", kids=["2024-11"]))
m("per_birth_hardship now_vs_birth relative_date age", "dibao only got the ok the month before last. so when the baby came 4 months ago we had zilch",
  [f("hardship_now", True), f("hardship_at_birth", False), bd(1, mo(4))], known=K(city="jinan"))
m("per_birth_hardship", "granddaughter arrived while her dad was living off the unemployment money", [chb(1, True)],
  known=K(city="beijing", kids=["2024-12"]))
m("per_birth_hardship", "when she was born we werent getting a cent of any of that", [f("hardship_at_birth", False)],
  known=K(city="beijing", kids=["2024-09"]))
m("duration housing_fund", "hubby put money in the gongjijin 8 months, me never", [f("housing_fund_contributors", 1)], known=K(city="jinan"))
m("chitchat", "snowing like crazy here, kids out making a snowman lol", [])
m("question", "does tekun count the same as dibao for the childcare money?", [])
m("answer per_birth_hardship birth_order", "the first one yes, dibao. second one nah", [chb(1, True), chb(2, False)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2019-03", "2023-07"]))
m("numerals", "twenty twenty-four, the fifth of may, thats our boys birthday", [bd(1, "2024-05-05")], known=K(city="jinan"))
m("correction per_birth_hardship birth_order", "sorry got it backwards, the unemployment pay was for the second birth not the first",
  [chb(2, True, "r"), chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2018-06", "hardship_at_birth": True}, {"birth_date": "2022-02", "hardship_at_birth": False}]))
m("per_birth_hardship numerals birth_order", "dibao ran from 2019 to 2021 so the little one born 2020 was covered, our eldest born 2018 was before it started",
  [bd(2, "2020"), bd(1, "2018"), chb(2, True), chb(1, False)], known=K(city="jinan"))
m("relative_date birth_order", "three days ago our second one popped out", [bd(2, dago(3))], known=K(city="beijing", kids=[yo(3)]))
m("question per_birth_hardship", "say we get dibao approved before the baby arrives, would that count", [f("hardship_at_birth", True, "q")],
  known=K(city="jinan", kids=[{"due_date": "2025-04"}]))
m("relative_date birth_order", "baby boy no.2 came last thursday", [bd(2, lastweek(3))], known=K(city="jinan", kids=["2021-08"]))

T("2025-03-13")  # Thursday: "last saturday" = 2025-03-08 either way
m("per_birth_hardship", "we had nothing at all back then, i mean when our daughter was born", [chb(1, False)],
  known=K(city="jinan", kids=["2023-06"]))
m("per_birth_hardship age", "at the birth my man was on shiyejin, the kid is 14 months now", [f("hardship_at_birth", True), bd(1, mo(14))],
  known=K(city="jinan"))
m("now_vs_birth relative_date", "the tekun money stopped the winter before last", [f("hardship_now", False)], known=K(city="beijing", kids=["2021-01"]))
m("answer per_birth_hardship", "nope not us", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2024-02"]))
m("per_birth_hardship birth_order", "grandma typing. my grandson the older one was born into dibao, his sister wasnt",
  [chb(1, True), chb(2, False)], known=K(city="jinan", kids=[yo(6), yo(2)]))
m("duration chitchat", "only 6 weeks of maternity leave left and then back to the factory", [], known=K(city="jinan", kids=["2025-01"]))
m("relative_date birth_order", "last saturday the third baby came, a little girl", [bd(3, lastweek(5))], known=K(city="jinan", kids=["2016-04", "2020-09"]))
m("per_birth_hardship now_vs_birth", "we're not on dibao now but we were when he was born", [f("hardship_now", False), f("hardship_at_birth", True)],
  known=K(city="beijing", kids=["2023-09"]))
m("chitchat", "ur quicker than the guy at the jiedao office haha", [])
m("question", "is shiyejin counted as hardship or only dibao", [])
m("numerals birth_order", "our second was born on the twentieth of february twenty twenty-five", [bd(2, "2025-02-20")],
  known=K(city="beijing", kids=["2021-03"]))
m("per_birth_hardship numerals", "we were on dibao when all three kids came", [f("hardship_at_birth", True), n(3)],
  known=K(city="jinan", kids=[yo(9), yo(5), yo(1)]))
m("per_birth_hardship birth_order", "laoer arrived after the dibao got stopped, laoda came while we still had it",
  [chb(2, False), chb(1, True)], known=K(city="jinan", kids=["2018-02", "2022-12"]))

T("2025-05-27")  # Tuesday: "last wednesday" = 2025-05-21 either way
m("per_birth_hardship", "when our boy was born i was between jobs and getting the unemployment payments", [chb(1, True)],
  known=K(city="jinan", kids=["2024-10"]))
m("answer per_birth_hardship", "yeah we were on tekun then", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2025-02"]))
m("answer per_birth_hardship birth_order", "just for the little one, not the big one", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2019-08", "2024-11"]))
m("relative_date", "she was born last wednesday at 3am", [bd(1, lastweek(2))], known=K(city="beijing"))
m("now_vs_birth duration", "dibao's been going 2 years for us", [f("hardship_now", True)], known=K(city="jinan", kids=["2022-03"]))
m("per_birth_hardship birth_order", "neither our eldest nor our middle girl were born on dibao, the youngest was, it started the year before she came",
  [chb(1, False), chb(2, False), chb(3, True)], known=K(city="jinan", kids=["2014-01", "2018-07", "2024-06"]))
m("correction per_birth_hardship", "actually scratch that, we werent on dibao when she was born, it came after",
  [f("hardship_at_birth", False, "r")], known=K(city="jinan", hardship_at_birth=True, kids=["2024-04"]))
m("chitchat", "long weekend coming, taking the kids to grandma's in the village", [])
m("question duration", "do we need to have paid the birth insurance for 12 months before the due date?", [])
m("housing_fund duration", "both of us in the housing fund, 3 yrs for me 9 months for my wife", [f("housing_fund_contributors", 2)],
  known=K(city="beijing", kids=["2024-05"]))
m("relative_date birth_order per_birth_hardship", "the youngest came the month before last and we had no dibao that time",
  [bd(2, thismonth(-2)), chb(2, False)], known=K(city="jinan", kids=["2020-06"]))
m("numerals", "due the first of october twenty twenty-five", [due(1, "2025-10-01")], known=K(city="jinan", kids=[{"due_date": None}]))
m("per_birth_hardship", "our grandson was born while the family was on tekun", [chb(1, True)], known=K(city="beijing", kids=["2025-03"]))
m("question", "where do i go to ask about dibao", [])

T("2025-08-06")  # Wednesday: "last thursday" = 2025-07-31 either way
m("per_birth_hardship birth_order", "eldest - born before my layoff so no shiyejin for him. second - born during the shiyejin months", [chb(1, False), chb(2, True)],
  known=K(city="beijing", kids=["2019-02", "2023-05"]))
m("per_birth_hardship", "unemployment benefit had already run out by the time i gave birth", [f("hardship_at_birth", False)],
  known=K(city="jinan", kids=["2025-06"]))
m("now_vs_birth", "we just lost our dibao this month", [f("hardship_now", False)], known=K(city="jinan", kids=["2020-04"]))
m("relative_date", "baby came last thursday, 3.2kg", [bd(1, lastweek(3))], known=K(city="jinan"))
m("per_birth_hardship now_vs_birth", "our daughter came in the middle of our tekun years, and we still get it", [chb(1, True), f("hardship_now", True)],
  known=K(city="jinan", kids=["2023-11"]))
m("answer per_birth_hardship", "no, not at the birth", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="beijing", kids=["2025-05"]))
m("duration", "my wife paid into shengyu baoxian for 10 months through work", [f("birth_insurance", "employee_maternity")], known=K(city="beijing"))
m("chitchat", "its so hot the baby wont sleep", [])
m("per_birth_hardship multiples birth_order", "no dibao when the twins came, but there was when their little brother arrived",
  [chb(1, False), chb(2, False), chb(3, True)], known=K(city="jinan", kids=["2019-09", "2019-09", "2024-01"]))
m("numerals", "born on the ninth of july", [bd(1, pastmonth(7, 9))], known=K(city="beijing", kids=[{"due_date": "2025-07"}]))
m("question", "what counts as extreme poverty support exactly", [])
m("per_birth_hardship now_vs_birth", "while i was pregnant and when he was born we were on dibao, got off it this spring",
  [f("hardship_at_birth", True), f("hardship_now", False)], known=K(city="jinan", kids=["2024-08"]))
m("per_birth_hardship birth_order", "granddaughter no 2 was born when my son was on unemployment pay, granddaughter no 1 no",
  [chb(2, True), chb(1, False)], known=K(city="jinan", kids=[yo(5), yo(1)]))
m("correction per_birth_hardship birth_order", "no no, it was laoda who was born on tekun, laoer wasnt",
  [chb(1, True, "r"), chb(2, False, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2016-10", "hardship_at_birth": False}, {"birth_date": "2021-04", "hardship_at_birth": True}]))

T("2025-10-16")  # Thursday: "last friday" = 2025-10-10 either way
m("per_birth_hardship", "when our daughter came into the world we were living on dibao", [chb(1, True)], known=K(city="jinan", kids=["2025-01"]))
m("per_birth_hardship age", "at the time she was born we had nothing like that, shes 2 and a half", [f("hardship_at_birth", False), bd(1, yo(2))],
  known=K(city="jinan"))
m("relative_date birth_order", "the second kid came last friday!!", [bd(2, lastweek(4))], known=K(city="beijing", kids=["2022-12"]))
m("answer per_birth_hardship birth_order", "yes for the big one and yes for the small one too", [chb(1, True), chb(2, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2018-03", "2022-05"]))
m("now_vs_birth", "i am on tekun support now, been approved in june", [f("hardship_now", True)], known=K(city="beijing", kids=["2021-07"]))
m("per_birth_hardship birth_order", "unemployment money started after our eldest boy was born and ended before the girl, our second, came", [chb(1, False), chb(2, False)],
  known=K(city="jinan", kids=["2019-05", "2024-02"]))
m("duration", "the unemployment pay lasts 12 months, we're 7 months in", [f("hardship_now", True)], known=K(city="jinan", kids=["2024-12"]))
m("question", "can dibao families get the 600 a month too", [])
m("relative_date birth_order", "born the day before yesterday, our first", [bd(1, back(2))], known=K(city="jinan"))
m("correction per_birth_hardship", "correction: my husband's unemployment ended before the birth, so no", [f("hardship_at_birth", False, "r")],
  known=K(city="beijing", hardship_at_birth=True, kids=["2025-08"]))
m("per_birth_hardship birth_order", "our middle one was born on dibao, the others werent", [chb(2, True), chb(1, False), chb(3, False)],
  known=K(city="jinan", kids=["2015-06", "2019-10", "2024-03"]))

T("2025-12-02")  # Tuesday: "last wednesday" = 2025-11-26 either way
m("per_birth_hardship now_vs_birth", "never had dibao, not at the birth and not now", [f("hardship_at_birth", False), f("hardship_now", False)],
  known=K(city="jinan", kids=["2025-03"]))
m("per_birth_hardship", "my grandson was born while his mum was on tekun", [chb(1, True)], known=K(city="beijing", kids=["2024-06"]))
m("per_birth_hardship birth_order", "dibao got approved in 2021, after laoda was born in 2019, and we still had it when laoer came in 2023",
  [chb(2, True), chb(1, False), bd(1, "2019"), bd(2, "2023")], known=K(city="jinan"))
m("relative_date", "baby came last wednesday, all good", [bd(1, lastweek(2))], known=K(city="jinan", kids=[{"due_date": "2025-12"}]))
m("answer per_birth_hardship", "yep dibao the whole time", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2024-01"]))
m("duration insurance", "only paid the resident medical insurance for 4 months before the birth", [f("birth_insurance", "resident_medical")],
  known=K(city="jinan", kids=["2025-10"]))
m("chitchat", "the little one finally sleeps thru the night!!", [])
m("question", "do families have to pay the subsidy back if their dibao ends", [])
m("per_birth_hardship", "when our son was born we werent on anything", [chb(1, False)], known=K(city="jinan", kids=["2022-09"]))
m("now_vs_birth per_birth_hardship numerals", "dibao stopped 3 months ago. both our kids were born before we ever had it",
  [f("hardship_now", False), f("hardship_at_birth", False), n(2)], known=K(city="beijing", kids=["2015-05", "2018-11"]))
m("correction per_birth_hardship multiples", "sorry we DID have tekun when the twins were born", [chb(1, True, "r"), chb(2, True, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2024-07", "hardship_at_birth": False}, {"birth_date": "2024-07", "hardship_at_birth": False}]))
m("numerals", "our girl was born the thirtieth of november", [bd(1, "2025-11-30")], known=K(city="beijing"))

T("2026-02-26")  # Thursday: "last friday" = 2026-02-20 either way
m("per_birth_hardship", "at the time of the birth i was getting shiyejin", [f("hardship_at_birth", True)], known=K(city="jinan", kids=["2025-09"]))
m("per_birth_hardship", "our granddaughter was born in our tekun years", [chb(1, True)], known=K(city="jinan", kids=["2023-02"]))
m("relative_date", "baby came last friday, right on chusi", [bd(1, lastweek(4))], known=K(city="beijing"))
m("answer per_birth_hardship birth_order", "the older boy no, the younger boy yes dibao", [chb(1, False), chb(2, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2018-08", "2024-10"]))
m("per_birth_hardship birth_order", "before the eldest was born we got on dibao and stayed on it till after the second",
  [chb(1, True), chb(2, True)], known=K(city="beijing", kids=["2017-03", "2021-06"]))
m("chitchat", "spring festival was lovely, the kids got so many hongbao", [])
m("question", "is the dibao rule about the family or only the mother", [])
m("duration chitchat", "12 days in hospital after the c-section, home now", [], known=K(city="jinan", kids=["2026-02"]))
m("per_birth_hardship age", "she's six weeks and no, we weren't on any benefit when she came", [bd(1, dago(42)), f("hardship_at_birth", False)],
  known=K(city="jinan"))
m("relative_date birth_order", "our third was born the month before last", [bd(3, thismonth(-2))], known=K(city="jinan", kids=["2017-01", "2021-04"]))
m("correction per_birth_hardship birth_order", "mistake earlier: the little one wasnt born on dibao, only the eldest was",
  [chb(2, False, "r")], known=K(city="jinan", kids=[{"birth_date": "2019-01", "hardship_at_birth": True}, {"birth_date": "2025-06", "hardship_at_birth": True}]))
m("numerals birth_order", "our first one was born in twenty twenty-one, on the third of june", [bd(1, "2021-06-03")], known=K(city="beijing"))

T("2026-04-07")  # Tuesday: "last thursday" = 2026-04-02 either way
m("per_birth_hardship now_vs_birth", "no dibao back when our boy was born, we only got it last year and still have it",
  [chb(1, False), f("hardship_now", True)], known=K(city="jinan", kids=["2022-04"]))
m("per_birth_hardship", "when he was born i was still collecting unemployment", [f("hardship_at_birth", True)], known=K(city="beijing", kids=["2025-12"]))
m("answer per_birth_hardship", "no never had any of them", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2023-03", "2025-11"]))
m("relative_date birth_order", "grandson no.2 arrived last thursday evening", [bd(2, lastweek(3))], known=K(city="jinan", kids=[yo(4)]))
m("per_birth_hardship birth_order", "the first two were dibao births, the third one wasnt", [chb(1, True), chb(2, True), chb(3, False)],
  known=K(city="beijing", kids=["2012-09", "2016-02", "2023-08"]))
m("duration housing_fund", "paid gongjijin 2 years, i'm the only one in the house who does", [f("housing_fund_contributors", 1)],
  known=K(city="jinan", kids=["2024-07"]))
m("now_vs_birth relative_date", "tekun got cancelled three days ago", [f("hardship_now", False)], known=K(city="jinan", kids=["2020-05"]))
m("chitchat", "qingming, went to sweep the graves with the kids", [])
m("question", "does the hardship rule look at the birth date or the application date", [])
m("per_birth_hardship", "when our grandson came along my son was drawing shiyejin", [chb(1, True)], known=K(city="beijing", kids=["2025-07"]))
m("numerals", "born the second of march twenty twenty-six", [bd(1, "2026-03-02")], known=K(city="jinan"))
m("correction per_birth_hardship birth_order", "i said it wrong, dibao was when our second came, not our first",
  [chb(2, True, "r"), chb(1, False, "r")],
  known=K(city="jinan", kids=[{"birth_date": "2019-06", "hardship_at_birth": True}, {"birth_date": "2024-03", "hardship_at_birth": False}]))
m("per_birth_hardship age", "shes 9 months, and yes we were on dibao when she was born", [bd(1, mo(9)), f("hardship_at_birth", True)],
  known=K(city="jinan"))

T("2026-06-17")  # Wednesday: "last saturday" = 2026-06-13 either way
m("per_birth_hardship birth_order", "laoda came when we had tekun. by the time laoer came it was gone", [chb(1, True), chb(2, False)],
  known=K(city="beijing", kids=["2018-09", "2023-01"]))
m("per_birth_hardship", "our daughter was born with no dibao or anything", [chb(1, False)], known=K(city="jinan", kids=["2025-08"]))
m("answer per_birth_hardship", "yes, unemployment benefit", [f("hardship_at_birth", True, "c")], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2026-03"]))
m("relative_date", "baby came last saturday, weighs 3.6", [bd(1, lastweek(5))], known=K(city="jinan", kids=[{"due_date": "2026-06"}]))
m("now_vs_birth duration", "2 more months of unemployment money then nothing", [f("hardship_now", True)], known=K(city="beijing", kids=["2024-02"]))
m("per_birth_hardship birth_order numerals", "our three kids - the middle one and the youngest were born on dibao, the eldest not",
  [n(3), chb(2, True), chb(3, True), chb(1, False)], known=K(city="jinan", kids=["2013-04", "2017-11", "2022-06"]))
m("chitchat", "dragon boat festival, eating zongzi with grandpa", [])
m("question", "do we need proof that we were on dibao at the birth", [])
m("per_birth_hardship", "at the birth we had nothing, dibao came later", [f("hardship_at_birth", False)], known=K(city="jinan", kids=["2024-12"]))
m("relative_date birth_order", "the youngest came three weeks ago", [bd(3, dago(21))], known=K(city="beijing", kids=["2018-07", "2022-09"]))
m("correction per_birth_hardship", "sorry i meant the opposite, we were NOT on tekun at the birth", [f("hardship_at_birth", False, "r")],
  known=K(city="jinan", hardship_at_birth=True, kids=["2025-10"]))
m("numerals", "due on the eleventh of september", [due(1, "2026-09-11")], known=K(city="jinan", kids=[{"due_date": None}]))
m("per_birth_hardship", "our son was born on tekun, yes", [chb(1, True)], known=K(city="beijing", kids=["2024-09"]))

T("2026-09-22")  # Tuesday: "last friday" = 2026-09-18 either way
m("per_birth_hardship birth_order", "eldest yes, the little one no, dibao stopped in between", [chb(1, True), chb(2, False)],
  known=K(city="jinan", kids=["2020-02", "2025-09"]))
m("per_birth_hardship", "when she came we had no unemployment money, i was still working", [f("hardship_at_birth", False)],
  known=K(city="beijing", kids=["2026-05"]))
m("answer per_birth_hardship birth_order", "when our second was born yes, when our first was born no", [chb(2, True), chb(1, False)], asked="hardship_at_birth",
  known=K(city="jinan", kids=["2016-12", "2021-08"]))
m("relative_date birth_order", "our 2nd came last friday by c section", [bd(2, lastweek(4))], known=K(city="jinan", kids=["2022-11"]))
m("now_vs_birth relative_date", "we've been on dibao since the winter before last", [f("hardship_now", True)], known=K(city="jinan", kids=["2019-04"]))
m("duration chitchat", "the baby spent 10 days in the nicu", [], known=K(city="beijing", kids=["2026-09"]))
m("chitchat", "kids back at school, finally some quiet", [])
m("question", "what papers do we need for tekun families", [])
m("per_birth_hardship", "granddaughter came while we were on dibao", [chb(1, True)], known=K(city="jinan", kids=["2026-01"]))
m("per_birth_hardship birth_order", "my son lost his job in 2024 and got shiyejin, grandson no. 2 was born during it, no. 1 before it",
  [chb(2, True), chb(1, False)], known=K(city="jinan", kids=["2021-03", "2024-10"]))
m("correction per_birth_hardship", "actually we were on dibao at the birth, forgot to tell you", [f("hardship_at_birth", True, "r")],
  known=K(city="jinan", hardship_at_birth=False, kids=["2026-04"]))
m("answer per_birth_hardship", "nah", [f("hardship_at_birth", False, "c")], asked="hardship_at_birth", known=K(city="beijing", kids=["2025-11"]))

T("2026-11-26")  # Thursday: "last friday" = 2026-11-20 either way
m("per_birth_hardship now_vs_birth", "we were on dibao when our son was born and still are", [chb(1, True), f("hardship_now", True)],
  known=K(city="jinan", kids=["2025-06"]))
m("per_birth_hardship", "at the birth my wife was on shiyejin", [f("hardship_at_birth", True)], known=K(city="beijing", kids=["2026-08"]))
m("answer per_birth_hardship birth_order", "eldest yes, middle no, youngest yes", [chb(1, True), chb(2, False), chb(3, True)],
  asked="hardship_at_birth", known=K(city="jinan", kids=["2014-05", "2019-02", "2024-08"]))
m("relative_date", "baby came last friday, we're home now", [bd(1, lastweek(4))], known=K(city="beijing"))
m("now_vs_birth relative_date", "we got approved for tekun three days ago", [f("hardship_now", True)], known=K(city="jinan", kids=["2022-12"]))
m("duration housing_fund", "my husband paid gongjijin 6 months, me 4 years", [f("housing_fund_contributors", 2)], known=K(city="jinan"))
m("chitchat", "thanks a lot, very helpful", [])
m("question", "is the tekun rule the same in jinan and beijing", [])
m("per_birth_hardship birth_order", "no dibao when our older one the girl was born, but when our son the younger one was born yes", [chb(1, False), chb(2, True)],
  known=K(city="jinan", kids=["2019-07", "2023-10"]))
m("numerals birth_order", "our second was born the fifteenth of august twenty twenty-six", [bd(2, "2026-08-15")], known=K(city="jinan", kids=["2022-01"]))
m("correction per_birth_hardship birth_order", "wait, the unemployment benefit was for the little one, the first wasnt",
  [chb(2, True, "r"), chb(1, False, "r")],
  known=K(city="beijing", kids=[{"birth_date": "2020-10", "hardship_at_birth": True}, {"birth_date": "2026-02", "hardship_at_birth": False}]))
m("per_birth_hardship", "when the baby came we were on dibao", [f("hardship_at_birth", True)], known=K(city="jinan", kids=["2026-07"]))
