package data

import "testing"

// A time counted from a happening the sentence names ("a week after the
// vote") puts that happening the count before the sentence's own date.
// The texts are written for the test; the article is of Tuesday 11 March
// 2025.
func TestCountedFromWhatTheSentenceNames(t *testing.T) { checkWeekdays(t, offsetCases) }

var offsetCases = []weekdayCase{
	{"en", "Protesters gathered in Almaty on 8 March, a week after the disputed vote.", "a week after", "2025-03-01"},
	{"en, before", "The ceasefire was signed on 5 March, two days before the talks in Bishkek.", "two days before", "2025-03-07"},
	{"en, digits", "The minister resigned on 6 March, 3 days after the explosion at the port.", "3 days after", "2025-03-03"},
	{"en, the day after", "On 5 March, the day after the referendum, the commission published the results.", "the day after", "2025-03-04"},
	{"en, months from a month", "He was first elected in December 2016, three months after the death of his predecessor.", "three months after", "2016-09"},
	{"en, years from a year", "The border reopened in 2019, two years after the clashes.", "two years after", "2017"},
	{"en, words between", "The governor declared a state of emergency on Wednesday, a day after troops crossed the border.", "a day after", "2025-03-04"},
	{"en, days from a month", "The border reopened in February, two days after the talks.", "two days after", ""},
	{"en, another clause", "The vote was held on 2 March and the results came a week after the vote.", "a week after", ""},
	{"en, said that", "The commission said on Monday that the results would come a week after the vote.", "a week after", ""},
	{"en, a date after it", "A week after the vote on 2 March, the commission published the results.", "A week after", ""},
	{"en, no complement", "He arrived on 5 March and left a week after.", "a week after", ""},
	{"en, no date", "A week after the vote, the commission published the results.", "A week after", ""},
	{"en, about", "The reform was announced on 8 March, about two weeks after the protests.", "two weeks after", ""},
	{"en, the complement's own date", "The results came on 8 March, a week after the vote, which was held on 28 February.", "a week after", ""},
	{"en, a recalled year after", "He was elected in December 2016, three months after the death of his predecessor, who had ruled since 1989.", "three months after", "2016-09"},
	{"de", "Die Behörden übergaben den Leichnam am 24. Februar, acht Tage nach dem Tod des Politikers.", "acht Tage nach", "2025-02-16"},
	{"de, before", "Der Vertrag wurde am 5. März unterzeichnet, zwei Tage vor dem Gipfel.", "zwei Tage vor dem", "2025-03-07"},
	{"de, am Tag nach", "Am 4. März, am Tag nach der Wahl, trat der Minister zurück.", "am Tag nach", "2025-03-03"},
	{"nl", "De gouverneur kondigde op 7 maart de noodtoestand af, een dag nadat troepen de grens waren overgestoken.", "een dag nadat", "2025-03-06"},
	{"fr", "Les émeutes ont éclaté le 8 janvier 2025, une semaine après l'investiture du président.", "une semaine après", "2025-01-01"},
	{"fr, au lendemain", "Le scrutin a été annulé le 4 mars, au lendemain du vote.", "au lendemain du", "2025-03-03"},
	{"fr, dateline", "PARIS, 11 mars (Caravan) - Les secouristes fouillaient mardi les décombres, au lendemain du séisme.", "au lendemain du", "2025-03-10"},
	{"fr, plus d'un mois", "Le défilé s'est tenu le 24 juin, plus d'un mois après la date habituelle.", "un mois après", ""},
	{"fr, à la veille", "Les partis ont signé le 4 mars, à la veille des élections.", "la veille des", ""},
	{"es", "El presidente dimitió el 6 de marzo, dos días después de las protestas.", "dos días después de", "2025-03-04"},
	{"it", "Il governo è caduto il 6 marzo, una settimana dopo le elezioni.", "una settimana dopo le", "2025-02-27"},
	{"it, a week later", "Il ministro è arrivato a Roma il 6 marzo, una settimana dopo è ripartito.", "una settimana dopo", ""},
	{"pt", "O acordo foi assinado em 6 de março, três dias após a cimeira.", "três dias após", "2025-03-03"},
	{"ru", "Мирзиёев был избран в декабре 2016 года, через три месяца после смерти предшественника.", "через три месяца после", "2016-09"},
	{"ru, почти", "Парламент собрался 9 марта, почти через неделю после выборов.", "через неделю после", ""},
	{"ru, before", "Комиссия объявила итоги 5 марта, за два дня до инаугурации.", "за два дня до", "2025-03-07"},
	{"ru, digits", "Парламент собрался 9 марта, через 5 дней после выборов.", "через 5 дней после", "2025-03-04"},
	{"uk", "Уряд подав у відставку 6 березня, через тиждень після виборів.", "через тиждень після", "2025-02-27"},
	{"pl", "Prezydent podpisał ustawę 6 marca, dzień po głosowaniu w Sejmie.", "dzień po", "2025-03-05"},
	{"pl, year after year", "W 2019 roku, rok po roku, protesty wracały.", "rok po", ""},
	{"ar", "أعلنت اللجنة النتائج في 6 مارس، بعد يومين من الانتخابات.", "بعد يومين من", "2025-03-04"},
	{"ar, a week", "استقالت الحكومة في 6 مارس، بعد أسبوع على الانتخابات.", "بعد أسبوع على", "2025-02-27"},
	{"fa, less than", "این حملات در ۱۵ اسفند ۱۴۰۳ رخ داد، کمتر از سه ماه پس از انتخابات.", "سه ماه پس از", ""},
	{"fa", "دولت در ۱۵ اسفند ۱۴۰۳ استعفا داد، دو روز پس از انتخابات.", "دو روز پس از", "2025-03-03"},
}

// Arabic joins "و" (and) to the next word: "وفي اليوم نفسه" is "في
// اليوم نفسه" (the same day).
func TestAnchoredWithJoinedConjunction(t *testing.T) {
	checkWeekdays(t, []weekdayCase{
		{"ar", "عقد البنك المركزي اجتماعا استثنائيا في 6 مارس. وفي اليوم نفسه أعلن الصندوق التوصل إلى اتفاق.", "وفي اليوم نفسه", "2025-03-06"},
		{"ar, next day", "وصل الرئيس إلى أستانا في 3 مارس. وفي اليوم التالي وقع اتفاقا تجاريا.", "وفي اليوم التالي", "2025-03-04"},
	})
}
