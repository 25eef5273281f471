package data

import "testing"

// TestChangedPlanIsAhead checks that a date told as a past plan ("was
// to", "had been due") in a sentence that says the plan changed
// (postponed, brought forward, cancelled) is a plan: announced, and a
// month without its year lies ahead of the article; without such a word
// the plan stays past. The texts are written for the test, in articles
// of 11 March 2025.
func TestChangedPlanIsAhead(t *testing.T) {
	checkWeekdays(t, []weekdayCase{
		{"en, brought forward", "The vote had been due in November, but the president dissolved parliament and brought the election forward. Observers criticised the move.", "in November", "2025-11"},
		{"en, postponed", "The summit, which was scheduled for October, has been postponed because of the floods. The organisers apologised.", "October", "2025-10"},
		{"en, a past plan unchanged", "The summit was scheduled for October and took place in Baku. The organisers were pleased.", "October", "2024-10"},
		{"de, verschoben", "Die Wahl sollte im Oktober stattfinden, wurde aber verschoben. Die Opposition protestierte.", "im Oktober", "2025-10"},
		{"ru, перенесены", "Выборы должны были пройти в ноябре, но были перенесены из-за паводков. Оппозиция возмутилась.", "в ноябре", "2025-11"},
		{"es, aplazada", "La cumbre debía celebrarse en octubre, pero fue aplazada por las inundaciones. Los organizadores lo lamentaron.", "en octubre", "2025-10"},
	})
}

// TestChangedPlanYearIsPlan checks that a date written with its year in
// a changed plan is announced (a plan, not a happening), and one in a
// plan told as past and unchanged is not.
func TestChangedPlanYearIsPlan(t *testing.T) {
	for _, c := range []struct {
		lang, text, words string
		announced         bool
	}{
		{"fa", "قرار بود در سال ۲۰۲۵ انتخابات مجلس برگزار شود، اما این انتخابات به تعویق افتاد. دولت دلیل آن را مشکلات امنیتی اعلام کرد.", "در سال ۲۰۲۵", true},
		{"fa", "قرار بود در سال ۲۰۲۴ انتخابات مجلس برگزار شود و برگزار شد. دولت از مشارکت مردم تشکر کرد.", "در سال ۲۰۲۴", false},
		{"en", "The referendum was to be held in 2026, but it was cancelled after the protests. The opposition welcomed the decision.", "in 2026", true},
		{"fa", "قرار بود همه‌پرسی در سال ۲۰۲۶ برگزار شود، اما دولت آن را جلو انداخت. مخالفان به این تصمیم اعتراض کردند.", "در سال ۲۰۲۶", true},
	} {
		a := datesArticle(t, c.lang, "2025-03", c.text)
		dateAlone(a, nil, nil)
		found := false
		for _, m := range a.Mentions {
			if m.Text == c.words {
				found = true
				if m.Announced != c.announced {
					t.Errorf("%s %q: announced %v, want %v", c.lang, c.words, m.Announced, c.announced)
				}
			}
		}
		if !found {
			t.Errorf("%s: no mention %q in %+v", c.lang, c.words, a.Mentions)
		}
	}
}

// TestFutureVerbInTitle checks a perfective future of the lists in a
// title: "С 10 ноября заработает безвиз" in a report of October 2023 is
// the November ahead.
func TestFutureVerbInTitle(t *testing.T) {
	checkMentionDays(t, "03.10.2023", "2023-10-03", []weekdayCase{
		{"ru", "С 10 ноября заработает безвизовый режим между странами. Граждане смогут находиться в другой стране до 30 дней.", "С 10 ноября", "2023-11-10"},
		{"ru", "С 10 ноября начнут работать новые пункты пропуска. Об этом сообщили в министерстве.", "С 10 ноября", "2023-11-10"},
	})
}

// TestAheadOfMonth checks that a month without its year in the phrase of
// "ahead of" is ahead of the article, whatever the verb's tense, and that
// a month outside it keeps the tense's year. Articles of 28 May 2024.
func TestAheadOfMonth(t *testing.T) {
	checkMentionDays(t, "28.05.2024", "2024-05-28", []weekdayCase{
		{"tr", "Muhalefet partileri, yasanın ekim ayındaki parlamento seçimleri öncesinde eleştirel sesleri susturmayı amaçladığını öne sürdü. Meclis yasayı kabul etti.", "ekim ayındaki", "2024-10"},
		{"tr", "Muhalefet partileri, ekim ayındaki seçimlerde hile yapıldığını öne sürdü. Meclis yasayı kabul etti.", "ekim ayındaki", "2023-10"},
		{"en", "The opposition said the law was meant to silence critics ahead of the October elections. Parliament passed the bill.", "October", "2024-10"},
		{"ru", "Оппозиция заявила, что закон принят в преддверии октябрьских выборов. Парламент одобрил законопроект в ноябре.", "в ноябре", "2023-11"},
		{"ru", "Власти усилили меры безопасности в преддверии выборов в октябре. Парламент одобрил законопроект.", "в октябре", "2024-10"},
	})
}
