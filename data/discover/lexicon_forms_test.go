package discover

import (
	"slices"
	"testing"
)

// The forms news writes that the first lists missed: Russian and
// Ukrainian arrivals by road, Spanish and Portuguese "travelled", Arabic
// plurals (هجمات, اتفاقيات, زلازل), German and Dutch compounds
// (Terroranschlag, Friedensabkommen, werkbezoek), Uzbek Cyrillic "ҳалок
// бўлди" (died; eval's h35_uz). Sentences written for the test.
func TestLexiconInflectedAndCompoundForms(t *testing.T) {
	checkKindsAmong(t, []kindCase{
		{"ru", "Президент приехал в Астану во вторник.", Visit},
		{"uk", "Прем'єр приїхав до Варшави.", Visit},
		{"de", "Der Kanzler ist am Abend in Peking angekommen.", Visit},
		{"de", "Es war sein erster Arbeitsbesuch in der Region.", Visit},
		{"fr", "Le ministre s'est rendu à Astana mardi.", Visit},
		{"es", "El presidente viajó a Pekín el martes.", Visit},
		{"pt", "O presidente viajou para Pequim na terça-feira.", Visit},
		{"pl", "Prezydent odwiedził Astanę.", Visit},
		{"ar", "وصلت الرئيسه الى العاصمه يوم الثلاثاء.", Visit},
		{"zh", "总统昨天到达北京。", Visit},
		{"ar", "تم التوصل الى اتفاقيات جديده للتعاون.", Agreement},
		{"fa", "دو کشور تفاهم\u200cنامه همکاری امضا کردند.", Agreement},
		{"de", "Das Friedensabkommen gilt seit Montag.", Agreement},
		{"nl", "Het vredesakkoord geldt sinds maandag.", Agreement},
		{"ar", "تعرضت المدينه لسلسله هجمات.", Attack},
		{"ar", "شنت الطائرات غارات على المدينه.", Attack},
		{"zh", "空袭造成平民伤亡。", Attack},
		{"de", "Bei dem Terroranschlag gab es viele Opfer.", Attack},
		{"nl", "De terreuraanslag schokte het land.", Attack},
		{"de", "Die Massenproteste dauerten eine Woche.", Protest},
		{"de", "Der Grenzkonflikt flammte erneut auf.", Clash},
		{"ar", "ضربت زلازل قويه المنطقه.", Disaster},
		{"ar", "لقي عشرات الاشخاص حتفهم.", Death},
		{"fa", "او در بیمارستان فوت کرد.", Death},
		{"tr", "Saldırıda iki polis öldürüldü.", Death},
		{"uz", "Шахтада 46 нафар кончи ҳалок бўлди.", Death},
	})
}

// Persian "وزارت" (ministry) is و + "زارت" to the Arabic proclitic rule:
// "زارت" (she visited) is not listed, so a ministry is no visit.
func TestLexiconMinistryIsNoVisit(t *testing.T) {
	if got := kindsOf("fa", "وزارت قوانین جدید را اعلام کرد."); slices.Contains(got, Visit) {
		t.Errorf("وزارت: kinds %v, want no visit", got)
	}
}

// Deaths, shootings, verdicts and arrivals as the agencies write them:
// plural past tenses (murieron, morreram, starben, stierven), formal
// Chinese 逝世, shootings (tiroteo, fusillade, стрельба, 枪击), Chinese
// verdicts (判处), Italian "si è recato" (went to). Sentences written for
// the test.
func TestLexiconDeathsShootingsVerdicts(t *testing.T) {
	checkKindsAmong(t, []kindCase{
		{"es", "Tres personas murieron en el accidente.", Death},
		{"pt", "Dois soldados morreram na fronteira.", Death},
		{"de", "Zwei Menschen starben bei dem Unglück.", Death},
		{"de", "Drei Bergleute kamen ums Leben.", Death},
		{"nl", "Twee mensen stierven in het ziekenhuis.", Death},
		{"it", "Due agenti sono stati uccisi.", Death},
		{"fr", "Trois marins ont péri en mer.", Death},
		{"tr", "Kazada hayatını kaybedenlerin sayısı arttı.", Death},
		{"zh", "前总统在北京逝世。", Death},
		{"es", "Un tiroteo dejó varios heridos.", Attack},
		{"fr", "Une fusillade a éclaté devant la mairie.", Attack},
		{"ru", "В торговом центре произошла стрельба.", Attack},
		{"zh", "商场发生枪击事件。", Attack},
		{"fa", "تیراندازی در مرکز شهر رخ داد.", Attack},
		{"kk", "Қала орталығында атыс болды.", Attack},
		{"zh", "法院判处被告十年有期徒刑。", Verdict},
		{"de", "Der Oppositionelle wurde inhaftiert.", Arrest},
		{"it", "Il ministro si è recato a Kiev.", Visit},
		{"es", "Los líderes llegaron a la capital.", Visit},
		{"ar", "جرت مكالمه هاتفيه بين الرئيسين.", Talks},
		{"fa", "مراسم تنفیذ حکم رئیس جمهور برگزار شد.", Inauguration},
		{"zh", "他成功连任总统。", Election},
	})
}

// Persian "محکوم کرد" is "condemned" as often as "convicted", Spanish "se
// detuvo" is "stopped", an Arabic "second round" is of talks as often as
// of a vote, "تروریستی" (terrorist) names no attack: none is listed.
// Persian "تنفیذ" (the endorsement of a president) is Arabic "تنفيذ"
// (implementation): it counts in Persian only. Ukrainian "засудило" and
// French "condamnation" condemn an attack as often as a court convicts:
// not listed.
func TestLexiconAmbiguousFormsLeftOut(t *testing.T) {
	checkNoKind(t, []kindCase{
		{"fa", "وزارت خارجه این تصمیم را محکوم کرد.", Arrest},
		{"fa", "وزارت خارجه این تصمیم را محکوم کرد.", Verdict},
		{"es", "El tren se detuvo en la estación.", Arrest},
		{"ar", "انطلقت الجوله الثانيه من المحادثات.", Election},
		{"fa", "این گروه تروریستی در منطقه فعال است.", Attack},
		{"uk", "Міністерство засудило напад на посольство.", Arrest},
		{"uk", "Міністерство засудило напад на посольство.", Verdict},
		{"fr", "La condamnation de l'attaque fut unanime.", Arrest},
		{"pt", "O governo brasileiro condenou o ataque contra a embaixada.", Verdict},
		{"es", "El Gobierno condenó a Rusia por el ataque.", Verdict},
		{"es", "La condena del ataque fue unánime.", Verdict},
		{"fr", "La condamnation de l'attaque fut unanime.", Verdict},
		{"ar", "دخلت الهدنه حيز التنفيذ عند منتصف الليل.", Inauguration},
	})
}

// A court's verdict is a kind of its own (it was told with the arrest
// words until session 9, and titled "… arrested"): "convicted",
// "Haftstrafe", "вирок", "wyrok", "判刑", "сотталды". Sentences written
// for the test.
func TestLexiconVerdicts(t *testing.T) {
	checkKindsAmong(t, []kindCase{
		{"en", "The journalist was convicted of espionage.", Verdict},
		{"de", "Das Gericht verhängte eine Haftstrafe von neun Jahren.", Verdict},
		{"fr", "Le tribunal a prononcé une peine de prison ferme.", Verdict},
		{"uk", "Суд виніс вирок активісту.", Verdict},
		{"es", "El tribunal dictó sentencia contra el exministro.", Verdict},
		{"pl", "Sąd ogłosił wyrok w sprawie byłego ministra.", Verdict},
		{"tr", "Gazeteciye hapis cezası verildi.", Verdict},
		{"ar", "حكم على الصحفي بالسجن تسع سنوات.", Verdict},
		{"zh", "被告被判刑九年。", Verdict},
		{"kk", "Бұрынғы министр сотталды.", Verdict},
	})
}

// The verbs of the core kinds, not only their nouns: protesters who
// "demonstrated" (ont manifesté, demonstrierten, se manifestaron), a town
// "captured" or "recaptured" (eroberten, захватили, ele geçirdi, سيطرت,
// 收复: fighting), Dutch "besloot" (decided, singular), a Dutch
// "voorverkiezing" (primary). The class was surfaced by eval8's blind
// reports (i08_fr, i19_nl, i24_tr); the sentences here are written for
// the test. French "a manifesté son soutien" (expressed) is no protest:
// only the plural "ont manifesté" is listed.
func TestLexiconVerbsOfCoreKinds(t *testing.T) {
	checkKindsAmong(t, []kindCase{
		{"en", "Thousands demonstrated outside the embassy.", Protest},
		{"fr", "Des étudiants ont manifesté devant l'université.", Protest},
		{"de", "Tausende demonstrierten vor dem Parlament.", Protest},
		{"nl", "Duizenden demonstreerden in de hoofdstad.", Protest},
		{"es", "Miles de personas se manifestaron en la capital.", Protest},
		{"en", "Rebels captured the city after a week.", Clash},
		{"de", "Die Truppen eroberten die Stadt.", Clash},
		{"ru", "Боевики захватили аэропорт.", Clash},
		{"tr", "Muhalifler kenti ele geçirdi.", Clash},
		{"ar", "سيطرت القوات على المدينه.", Clash},
		{"zh", "军队收复了该城市。", Clash},
		{"nl", "De regering besloot de grens te sluiten.", Decision},
		{"nl", "Hij won de voorverkiezing van de partij.", Election},
	})
	if got := kindsOf("fr", "Le ministre a manifesté son soutien au projet."); slices.Contains(got, Protest) {
		t.Errorf("a manifesté son soutien: kinds %v, want no protest", got)
	}
}

// Persian plurals written after a zero-width non-joiner ("تحریم\u200cها",
// "تصمیمات", "بیانیه\u200cای", "دیدارها") are the noun and its suffix: the
// nouns of decisions, statements, visits, meetings, arrests are stems.
// Sentences written for the test.
func TestLexiconPersianPluralDecisions(t *testing.T) {
	checkKindsAmong(t, []kindCase{
		{"fa", "تحریم\u200cهای جدید علیه این شرکت اعمال شد.", Decision},
		{"fa", "تصمیمات تازه دولت اعلام شد.", Decision},
		{"fa", "وزارت خارجه بیانیه\u200cای صادر کرد.", Announcement},
		{"fa", "دیدارهای دو رئیس جمهور در تهران برگزار شد.", Visit},
		{"fa", "کنفرانس\u200cهای منطقه\u200cای در این شهر برگزار شد.", Meeting},
		{"fa", "بازداشت\u200cها پس از اعتراضات ادامه یافت.", Arrest},
	})
}
