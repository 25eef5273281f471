package discover_test

import "testing"

// A date that is a target, a deadline or the end of a span makes no event
// of its own; the same date as the day something happens does, and so do
// a date a happening is put off to and the last day of a span written
// out ("from 15 to 17 March"). Sentences written for the test.
func TestTargetYearIsNoEvent(t *testing.T) {
	tests := []struct {
		name, text, start string
		event             bool // an event starts on start
	}{
		{"by (en)", " date 2024-11-24\n\nThe summit in Baku ended with a promise of climate finance for Brazil by 2035.\n", "2035", false},
		{"until (en)", " date 2025-10-10\n\nThe reform lets President Shavkat Mirziyoyev stay in office in Uzbekistan until 2037.\n", "2037", false},
		{"in (en), the look-alike", " date 2025-10-10\n\nThe next summit of Uzbekistan and Kazakhstan will be held in Tashkent in 2027.\n", "2027", true},
		{"hasta (es)", " date 2024-11-24\n\nLa cumbre de Bakú terminó con un acuerdo de financiación para Brasil hasta 2035.\n", "2035", false},
		{"até (pt)", " date 2024-11-24\n\nA cúpula de Baku terminou com um acordo de financiamento para o Brasil até 2035.\n", "2035", false},
		{"bis (de)", " date 2025-06-20\n\nDer Gipfel in Den Haag soll die Verteidigungsausgaben Deutschlands bis 2035 erhöhen.\n", "2035", false},
		{"к (ru), a planned completion", " date 2024-10-06\n\nГолосование о строительстве АЭС в Казахстане, которую построят к 2035 году, прошло в воскресенье.\n", "2035", true},
		{"yılına kadar inşa (tr)", " date 2024-10-06\n\nKazakistan'da referandumda onaylanan nükleer santral 2035 yılına kadar inşa edilecek.\n", "2035", true},
		{"到…建成 (zh)", " date 2024-10-06\n\n哈萨克斯坦计划到2035年建成第一座核电站。\n", "2035", true},
		{"до (ru), an amount's bound", " date 2024-10-06\n\nПосле референдума Казахстан выделит 300 миллиардов тенге до 2035 года.\n", "2035", false},
		{"до (ru)", " date 2024-10-06\n\nСаммит в Астане продлится до 2030 года, заявил Касым-Жомарт Токаев.\n", "2030", false},
		{"в (ru), the look-alike", " date 2024-10-06\n\nСаммит в Астане пройдёт в 2030 году, заявил Касым-Жомарт Токаев.\n", "2030", true},
		{"kadar (tr)", " date 2024-11-12\n\nBakü'deki zirvede Türkiye 2035 yılına kadar yeni bir hedef açıkladı.\n", "2035", false},
		{"қарай (kk)", " date 2024-11-12\n\nҚасым-Жомарт Тоқаев Бакуде саммитте Қазақстанның 2060 жылға қарай көміртегі бейтараптығына жететінін айтты.\n", "2060", false},
		{"-dək (az)", " date 2024-11-11\n\nBakıda sammit noyabrın 22-dək davam edəcək.\n", "2024-11-22", false},
		{"到 (zh)", " date 2024-11-12\n\n哈萨克斯坦总统托卡耶夫在巴库峰会上表示，到2060年实现碳中和。\n", "2060", false},
		{"a span's end (zh)", " date 2024-03-20\n\n普京在3月15日至17日举行的俄罗斯总统选举中获胜。\n", "2024-03-15", true},
		{"postponed until (en)", " date 2024-05-02\n\nThe summit of Kazakhstan and Uzbekistan in Tashkent was postponed until 2026.\n", "2026", true},
	}
	for _, tt := range tests {
		c := build(t, map[string]string{"a.txt": tt.text})
		found := false
		for _, e := range c.Events {
			if e.Span.Start.String() == tt.start {
				found = true
			}
		}
		if found != tt.event {
			t.Errorf("%s: an event of %s: %v, want %v; events: %q", tt.name, tt.start, found, tt.event, titlesOf(c))
		}
	}
}
