package discover_test

import (
	"strings"
	"testing"
)

// useBodiesCalendar makes testdata/calendar_bodies_test.toml the calendar
// of the test: every CSTO summit 2015–2025 and every summit of the five
// Central Asian states, look-alikes included.
func useBodiesCalendar(t *testing.T) { useCalendarFile(t, "testdata/calendar_bodies_test.toml") }

// A summit of the calendar told by another name than "summit" — the
// session of the organisation, its Collective Security Council, its heads
// of state meeting, the presidents of the Central Asian states — dates an
// undated report alone in its folder, in every language; a meeting of
// another body (ministers, heads of government), talks that name only a
// session, another city, and two years stay open.
func TestYearFromACalendarSummitByItsBody(t *testing.T) {
	useBodiesCalendar(t)
	for _, tc := range []struct {
		name, text, words string
		want              string // "" for open
	}{
		{"pt, the ordinary session", "Também está prevista para 28 de novembro, em Astana, a sessão ordinária da Organização do Tratado de Segurança Coletiva, segundo o Kremlin.", "28 de novembro", "2024-11-28"},
		{"ru, the Collective Security Council", "Сессия Совета коллективной безопасности ОДКБ прошла в Минске 30 ноября, сообщили в Кремле.", "30 ноября", "2017-11-30"},
		{"es, the heads of state", "Los jefes de Estado de la OTSC se reunieron en Biskek el 28 de noviembre.", "el 28 de noviembre", "2019-11-28"},
		{"tr, the heads of state", "KGAÖ devlet başkanları 8 Kasım'da Astana'da bir araya geldi ve toplantı yaptı.", "8 Kasım", "2018-11-08"},
		{"en, the consultative meeting of Central Asia", "The consultative meeting of the heads of state of Central Asia was held in Dushanbe on 14 September, the host said.", "on 14 September", "2023-09-14"},
		{"de, the heads of state of Central Asia", "Die Staatschefs Zentralasiens kamen am 21. Juli in Issyk-Kul zu einer Sitzung zusammen.", "am 21. Juli", "2022-07-21"},
		{"zh, the China–Central Asia summit", "中国—中亚峰会5月19日在西安举行,各国元首出席。", "5月19日", "2023-05-19"},
		{"uz, the heads of state of Central Asia", "Markaziy Osiyo davlat rahbarlarining maslahat uchrashuvi 9 avgust kuni Astanada bo'lib o'tdi.", "9 avgust", "2024-08-09"},
		{"fr, the EU and the presidents of Central Asia", "Les présidents des cinq pays d'Asie centrale ont rencontré les dirigeants de l'UE à Samarcande le 4 avril.", "le 4 avril", "2025-04-04"},
		{"kk, the consultative meeting", "Орталық Азия мемлекеттері басшыларының консультативтік кездесуі 14 қыркүйекте Душанбеде өтті.", "14 қыркүйекте", "2023-09-14"},
		{"ky, the summit of the heads of state", "Борбор Азия мамлекеттеринин башчыларынын саммити 14-сентябрда Душанбеде өттү.\n\nЖолугушууга беш өлкөнүн президенттери катышып, суу жана энергетика маселелерин талкуулашты. Кыргызстандын Президенти Садыр Жапаров өз сөзүндө аймактык соода тууралуу айтты.", "14-сентябрда", "2023-09-14"},
		{"tg, the consultative meeting", "Мулоқоти машваратии сарони давлатҳои Осиёи Марказӣ 14 сентябр дар Душанбе баргузор гардид.", "14 сентябр", "2023-09-14"},
		{"uz, Cyrillic, the consultative meeting", "Марказий Осиё давлатлари раҳбарларининг маслаҳат учрашуви 14 сентябрь куни Душанбеда бўлиб ўтди.", "14 сентябрь", "2023-09-14"},
		{"az, the consultative meeting", "Mərkəzi Asiya dövlət başçılarının məşvərət görüşü 14 sentyabrda Düşənbədə keçirildi.", "14 sentyabrda", "2023-09-14"},
		{"fa, the consultative meeting", "نشست مشورتی سران آسیای مرکزی روز ۹ اوت در آستانه برگزار شد.", "روز ۹ اوت", "2024-08-09"},
		{"en, the five named", "The presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met in Astana on 9 August for their consultative meeting.", "on 9 August", "2024-08-09"},
		{"ru, four leaders named", "Токаев, Мирзиёев, Рахмон и Жапаров собрались 14 сентября в Душанбе на консультативную встречу глав государств.", "14 сентября", "2023-09-14"},
		// Two of the five are a bilateral meeting, not the five's summit.
		{"en, two of the five", "The presidents of Kazakhstan and Uzbekistan met in Astana on 9 August for talks.", "on 9 August", ""},
		// Another body of the organisation meets on summit days too.
		{"de, the foreign ministers", "Die Außenminister der OVKS trafen sich am 28. November in Astana zu einer Sitzung.", "am 28. November", ""},
		{"ru, the ministers' council", "Заседание Совета министров иностранных дел ОДКБ прошло в Астане 28 ноября.", "28 ноября", ""},
		// Talks of two presidents that name the organisation are talks.
		{"en, talks that name the CSTO", "Vladimir Putin and Kassym-Jomart Tokayev discussed the CSTO at their talks in Astana on 28 November.", "on 28 November", ""},
		// Yerevan held the CSTO's summits of 14 October 2016 and 23
		// November 2022; 28 November is no day of either.
		{"ru, another city", "Сессия Совета коллективной безопасности ОДКБ прошла в Ереване 28 ноября.", "28 ноября", ""},
		// Astana held a summit of the five on 14 October 2022 (with
		// Russia) and 15 March 2018; 15 March in Bishkek is no day of one.
		{"en, another city of Central Asia", "The heads of state of Central Asia met in Bishkek on 15 March for a consultative meeting.", "on 15 March", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, why := placedAt(t, map[string]string{"x.txt": tc.text + "\n"}, "x", tc.words)
			if got != tc.want {
				t.Errorf("%q placed at %q, want %q: %s", tc.words, got, tc.want, why)
			}
			if tc.want != "" && !strings.Contains(why, "from the shipped calendar: ") {
				t.Errorf("the reason does not name the calendar: %s", why)
			}
		})
	}
}

// A weekday of an undated report that names a summit by its format and
// its guests (the C5+1's presidents) is placed on the one day of that
// weekday the calendar holds one; the online summit of the same weekday
// is no rival of a sentence that names a city.
func TestWeekdayFromACalendarSummitByItsBody(t *testing.T) {
	useBodiesCalendar(t)
	for _, tc := range []struct {
		name, text, words string
		want              string
	}{
		{"en, C5+1 in New York", "On Tuesday, Joe Biden sat down with the presidents of the Central Asian states in the C5+1 format in New York.", "On Tuesday", "2023-09-19"},
		{"en, the heads of state and Xi in Astana", "On Monday, the heads of state of Central Asia met Xi Jinping in Astana.", "On Monday", "2025-06-16"},
		// Dushanbe held the five's consultative meeting on Thursday 14
		// September 2023 and their summit with Russia on Thursday 9
		// October 2025: two Thursdays.
		{"en, two Thursdays in Dushanbe", "On Thursday, the heads of state of Central Asia held a consultative meeting in Dushanbe.", "On Thursday", ""},
		{"ru, the Collective Security Council in Yerevan", "В среду в Ереване прошла сессия Совета коллективной безопасности ОДКБ.", "В среду", "2022-11-23"},
		// Two presidents' talks name no summit's holder.
		{"en, talks of two presidents", "On Monday, the presidents of Kazakhstan and Uzbekistan held talks in Astana.", "On Monday", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, why := placedAt(t, map[string]string{"x.txt": tc.text + "\n"}, "x", tc.words)
			if got != tc.want {
				t.Errorf("%q placed at %q, want %q: %s", tc.words, got, tc.want, why)
			}
		})
	}
}
