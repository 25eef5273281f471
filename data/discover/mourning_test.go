package discover_test

import "testing"

// TestMournerIsNotTheDead: the one who declares mourning or offers
// condolences is not the one who died; a person named after the death word
// in such a sentence still is.
func TestMournerIsNotTheDead(t *testing.T) {
	checkTitles(t, []titleCase{
		{"declared mourning (kk)", oneFile(" date 2023-10-28\n\nМемлекет басшысы Қасым-Жомарт Тоқаев қаза тапқандардың отбасыларына көңіл айтып, 29 қазанды жалпыұлттық аза тұту күні деп жариялады. Шахтада іздеу жұмыстары жалғасып жатыр. Үкіметтік комиссия құрылды.\n"), "", "Death of Kassym-Jomart Tokayev…"},
		{"declared mourning (en)", oneFile(" date 2023-10-28\n\nPresident Kassym-Jomart Tokayev offered condolences to the families of the dead miners and declared 29 October 2023 a day of national mourning. The search for the missing went on. A government commission was set up.\n"), "", "Death of Kassym-Jomart Tokayev…"},
		{"declared mourning (ru)", oneFile(" date 2023-10-28\n\nПрезидент Касым-Жомарт Токаев выразил соболезнования семьям погибших горняков и объявил 29 октября 2023 года днем общенационального траура. Поиски пропавших продолжаются. Создана правительственная комиссия.\n"), "", "Death of Kassym-Jomart Tokayev…"},
		{"the dead named after the word (en)", oneFile(" date 2016-09-03\n\nVladimir Putin expressed condolences over the death of Islam Karimov on 2 September 2016. Leaders from the region sent messages to Tashkent. The funeral was held in Samarkand.\n"), "Death of Islam Karimov", "Death of Vladimir Putin…"},
	})
}
