package discover_test

import "testing"

// TestArrestsOfADayOfProtests: a report of a day's protests and one of
// that day's arrests in the same country, sharing the leader who set them
// off, are one event (en ru, fr de; sentences written for the test).
// Look-alikes stay apart: the arrests of the next day, arrests in another
// country the same day, arrests in that country sharing nothing but it.
func TestArrestsOfADayOfProtests(t *testing.T) {
	checkHappenings(t, []happeningCase{
		{name: "protests and arrests of one day (en ru)", files: map[string]string{
			"en.txt": " date 2024-12-02\n\nThousands of people protested across Georgia on 28 November 2024 after Prime Minister Irakli Kobakhidze froze the talks on joining the European Union.\n",
			"ru.txt": " date 2024-12-02\n\n28 ноября 2024 года в Грузии полиция задержала десятки человек после заявления премьер-министра Ираклия Кобахидзе о приостановке переговоров.\n",
		}, together: [][]string{{"en", "ru"}}, title: "Protests in Georgia"},
		{name: "protests and arrests of one day (fr de)", files: map[string]string{
			"fr.txt": " date 2023-03-10\n\nDes milliers de manifestants se sont rassemblés le 7 mars 2023 devant le parlement de Géorgie contre la loi voulue par Irakli Kobakhidzé.\n",
			"de.txt": " date 2023-03-10\n\nIn Georgien wurden am 7. März 2023 mehr als sechzig Menschen festgenommen, nachdem Regierungschef Irakli Kobachidse das Gesetz verteidigt hatte.\n",
		}, together: [][]string{{"de", "fr"}}},
		{name: "look-alike: the arrests of the next day (en ru)", files: map[string]string{
			"en.txt": " date 2024-12-02\n\nThousands of people protested across Georgia on 28 November 2024 after Prime Minister Irakli Kobakhidze froze the talks on joining the European Union.\n",
			"ru.txt": " date 2024-12-02\n\n29 ноября 2024 года в Грузии полиция задержала десятки человек после заявления премьер-министра Ираклия Кобахидзе о приостановке переговоров.\n",
		}, apart: [][2]string{{"en", "ru"}}},
		{name: "look-alike: arrests in another country that day (en fr)", files: map[string]string{
			"en.txt": " date 2024-12-02\n\nThousands of people protested across Georgia on 28 November 2024 after Prime Minister Irakli Kobakhidze froze the talks on joining the European Union.\n",
			"fr.txt": " date 2024-12-02\n\nLe 28 novembre 2024, la police arménienne a arrêté à Erevan deux opposants au Premier ministre Nikol Pachinian, selon l'Union européenne.\n",
		}, apart: [][2]string{{"en", "fr"}}},
		{name: "look-alike: arrests in that country sharing nothing else (en de)", files: map[string]string{
			"en.txt": " date 2024-12-02\n\nThousands of people protested across Georgia on 28 November 2024 after Prime Minister Irakli Kobakhidze froze the talks on joining the European Union.\n",
			"de.txt": " date 2024-12-02\n\nIn Georgien wurde am 28. November 2024 ein Drogenhändler an der türkischen Grenze festgenommen, wie der Zoll mitteilte.\n",
		}, apart: [][2]string{{"de", "en"}}},
	})
}
