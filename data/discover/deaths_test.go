package discover_test

import (
	"slices"
	"strings"
	"testing"
)

// Who died is the person the death word governs, in several languages,
// not the person the report names most or the one who speaks of the death
// or offers condolences; so is who was sworn in. Sentences written for the
// test.
func TestWhoDied(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string // a title some event has
		never string // a title no event has
	}{
		{"the speaker mentions a death (ru)", map[string]string{
			"ru.txt": " date 2024-03-18\n\nВыступая в штабе, Владимир Путин поблагодарил избирателей и упомянул о смерти оппозиционного политика Алексея Навального в феврале 2024 года.\n",
		}, "", "Death of Vladimir Putin"},
		{"the speaker mentions a death (en)", map[string]string{
			"en.txt": " date 2024-03-18\n\nVladimir Putin thanked his voters and for the first time mentioned the death of opposition politician Alexei Navalny in February 2024.\n",
		}, "", "Death of Vladimir Putin"},
		{"a successor and his predecessor (en)", map[string]string{
			"en.txt": " date 2023-05-01\n\nShavkat Mirziyoyev became president in 2016 after the death of his predecessor Islam Karimov and has ruled since.\n",
		}, "Death of Islam Karimov", "Death of Islam Karimov and Shavkat Mirziyoyev"},
		{"a successor and his predecessor (de)", map[string]string{
			"de.txt": " date 2023-05-01\n\nNach dem Tod von Islam Karimov im September 2016 übernahm Shavkat Mirziyoyev das Amt des Präsidenten.\n",
		}, "Death of Islam Karimov", "Death of Islam Karimov and Shavkat Mirziyoyev"},
		{"condolences for the dead (fr)", map[string]string{
			"fr.txt": " date 2024-12-26\n\nKassym-Jomart Tokaïev a appelé Ilham Aliyev, puis a présenté ses condoléances aux familles des 38 morts le 25 décembre 2024.\n",
		}, "", "Death of"},
		{"condolences for the dead (ru)", map[string]string{
			"ru.txt": " date 2024-12-26\n\nКасым-Жомарт Токаев позвонил Ильхаму Алиеву, выразив соболезнования родным погибших 25 декабря 2024 года.\n",
		}, "", "Death of"},
		{"the arrested one is not the paragraph's head of state (en)", map[string]string{
			"en.txt": " date 2025-03-20\n\nTurkish police detained Ekrem Imamoglu, the main rival of President Recep Tayyip Erdoğan, in Istanbul. He was detained on 19 March 2025 in a corruption inquiry. Protests followed across the country.\n",
		}, "Arrests in Istanbul", "Recep Tayyip Erdoğan arrested"},
		{"the arrested one is not the paragraph's head of state (de)", map[string]string{
			"de.txt": " date 2025-03-20\n\nDer Bürgermeister von Istanbul, ein Rivale von Präsident Recep Tayyip Erdoğan, ist festgenommen worden. Er wurde am 19. März 2025 festgenommen. Tausende protestierten in der Stadt.\n",
		}, "", "Recep Tayyip Erdoğan arrested"},
		{"the son sworn in, the father named more (en, ru)", map[string]string{
			"en.txt": " date 2022-03-20\n\nSerdar Berdimuhamedov was sworn in on 19 March 2022 as president of Turkmenistan, succeeding his father Gurbanguly Berdimuhamedov.\n",
			"ru.txt": " date 2022-03-20\n\nГурбангулы Бердымухамедов 19 марта 2022 года поздравил сына с инаугурацией.\n",
		}, "Inauguration of Serdar Berdimuhamedov", "Inauguration of Gurbanguly Berdimuhamedov"},
		{"his oath, told by a pronoun (de)", map[string]string{
			"de.txt": " date 2024-05-17\n\nEs ist Wladimir Putins erste Auslandsreise seit seiner Vereidigung am 7. Mai 2024.\n",
		}, "Inauguration of Vladimir Putin", ""},
		{"the one who died is named (ru)", map[string]string{
			"ru.txt": " date 2016-09-03\n\nВ Ташкенте 2 сентября 2016 года скончался Ислам Каримов.\n",
		}, "Death of Islam Karimov", ""},
	}
	for _, tt := range tests {
		titles := titlesOf(build(t, tt.files))
		if tt.want != "" && !slices.Contains(titles, tt.want) {
			t.Errorf("%s: no event %q; events: %q", tt.name, tt.want, titles)
		}
		if tt.never != "" && slices.ContainsFunc(titles, func(s string) bool { return strings.HasPrefix(s, tt.never) && (tt.want == "" || s != tt.want) }) {
			t.Errorf("%s: an event is titled %q; events: %q", tt.name, tt.never, titles)
		}
	}
}

// A news agency named in a dateline filed the report and took no part in
// it; an organisation at the start of a headline is the event's own.
func TestAgencyInDatelineIsNoActor(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"Xinhua's dateline (zh)", map[string]string{
			"zh.txt": " date 2023-05-20\n\n新华社西安5月19日电 中国—中亚峰会19日在西安闭幕，六国元首签署了宣言。\n",
			"ru.txt": " date 2023-05-20\n\nСиань, 19 мая. Xinhua – Саммит в Сиане завершился 19 мая 2023 года.\n",
		}, "Summit in Xi'an"},
		{"an organisation's headline", map[string]string{
			"en.txt": " date 2024-07-04\n\nSCO summit opens in Astana on 4 July 2024\n\nThe leaders met in Astana on 4 July 2024 for the SCO summit.\n",
			"de.txt": " date 2024-07-04\n\nSOZ-Gipfel in Astana am 4. Juli 2024 eröffnet.\n",
		}, "SCO summit in Astana"},
	}
	for _, tt := range tests {
		titles := titlesOf(build(t, tt.files))
		if !slices.Contains(titles, tt.want) {
			t.Errorf("%s: no event %q; events: %q", tt.name, tt.want, titles)
		}
	}
}

// One end of a route ("the flight Baku — Grozny") is not where the plane
// came down.
func TestRouteEndIsNoScene(t *testing.T) {
	titles := titlesOf(build(t, map[string]string{
		"ru.txt": " date 2024-12-26\n\nСамолёт, выполнявший рейс Баку — Грозный, потерпел крушение 25 декабря 2024 года недалеко от Актау.\n",
	}))
	if !slices.Contains(titles, "Crash in Aktau") {
		t.Errorf("no event %q; events: %q", "Crash in Aktau", titles)
	}
}

// An undated lead sentence holds its lead's people, and only those it
// names itself may be who died: "the mother asked President Vladimir Putin
// to return the body. According to the death certificate, he died of
// natural causes" joins the death of someone the lists do not know, and
// is no "Death of Vladimir Putin"; an undated lead that names the dead
// names him. Sentences written for the test.
func TestUndatedLeadNamesItsOwnDead(t *testing.T) {
	checkTitles(t, []titleCase{
		{"the one asked for the body (en)", map[string]string{
			"en1.txt": " date 2024-02-17\n\nThe opposition politician died in a prison colony in Russia on 16 February 2024. Guards said he collapsed after a walk. His lawyers travelled north.\n",
			"en2.txt": " date 2024-02\n\nMother asks for the body\n\nThe mother of the opposition leader asked President Vladimir Putin to return the body of her son. According to the death certificate, he died of natural causes in Russia. The family does not believe it.\n",
		}, "Deaths in Russia", "Death of Vladimir Putin"},
		{"the one asked for the body (de)", map[string]string{
			"de1.txt": " date 2024-02-17\n\nDer Oppositionspolitiker starb am 16. Februar 2024 in einem Straflager in Russland. Die Wärter sagten, er sei nach einem Spaziergang zusammengebrochen. Seine Anwälte reisten in den Norden.\n",
			"de2.txt": " date 2024-02\n\nMutter fordert Leichnam\n\nDie Mutter des Oppositionsführers forderte Präsident Wladimir Putin auf, den Leichnam ihres Sohnes herauszugeben. Laut Totenschein starb er in Russland eines natürlichen Todes. Die Familie glaubt das nicht.\n",
		}, "Deaths in Russia", "Death of Vladimir Putin"},
		{"the dead named by the lead (en)", map[string]string{
			"en1.txt": " date 2016-09-03\n\nUzbekistan's president died in Tashkent on 2 September 2016 after a stroke. The government announced three days of mourning. Foreign leaders sent condolences.\n",
			"en2.txt": " date 2016-09\n\nUzbekistan mourns\n\nIslam Karimov died in Tashkent after ruling Uzbekistan for a quarter of a century. Crowds lined the streets of Samarkand. The funeral was held in his home town.\n",
		}, "Death of Islam Karimov", ""},
	})
}
