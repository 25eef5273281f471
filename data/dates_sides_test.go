package data

import "testing"

// TestLastMonthWrittenInThatMonth checks that "last October" written in
// October is the October a year before, and "next October" the one a year
// ahead, while "last September" in October is this year's.
func TestLastMonthWrittenInThatMonth(t *testing.T) {
	checkMentionDays(t, "28.10.2023", "2023-10-28", []weekdayCase{
		{"de", "Beim Parteitag im vergangenen Oktober war er nicht mehr ins Zentralkomitee gewählt worden. Er starb am Freitag in Shanghai. Die Trauer ist groß.", "vergangenen Oktober", "2022-10"},
		{"en", "At the party congress last October he was not re-elected to the committee. He died on Friday in Shanghai. The country mourns him.", "last October", "2022-10"},
		{"fr", "Lors du congrès d'octobre dernier, il n'a pas été réélu au comité. Il est mort vendredi à Shanghai. Le pays est en deuil.", "octobre dernier", "2022-10"},
		{"en", "The next party congress is due next October, the committee said. He died on Friday in Shanghai. The country mourns him.", "next October", "2024-10"},
		{"en", "At the plenum last September he was not re-elected to the committee. He died on Friday in Shanghai. The country mourns him.", "last September", "2023-09"},
	})
}

// TestWeekdayBeforeSpeechColonKeepsItsTense checks that a future after a
// colon that opens what was said does not announce a weekday before it.
func TestWeekdayBeforeSpeechColonKeepsItsTense(t *testing.T) {
	checkMentionDays(t, "28.10.2024", "2024-10-28", []weekdayCase{
		{"en", "When the central bank raised its key rate to 21% on Friday, the governor was blunt: the bank will keep rates high for longer. Economists were surprised. Markets fell.", "on Friday", "2024-10-25"},
		{"en", "The governor said on Friday at 10:30 the bank will announce its decision. Economists were surprised. Markets fell.", "on Friday", "2024-11-01"},
		{"fr", "Quand la banque centrale a relevé son taux vendredi, la gouverneure a été claire : la banque va maintenir la pression. Les marchés ont chuté. Les économistes sont surpris.", "vendredi", "2024-10-25"},
	})
}

// TestDutchPresentPassiveAnnouncesWeekday checks that a Dutch present
// passive ("wordt … gehesen") puts its weekday ahead, as the active
// present of a scheduled happening does.
func TestDutchPresentPassiveAnnouncesWeekday(t *testing.T) {
	checkWeekdays(t, []weekdayCase{
		{"nl", "De Zweedse vlag wordt maandag gehesen bij het hoofdkwartier van de NAVO in Brussel. Zweden is daarmee het 32ste lid. De toetreding duurde bijna twee jaar.", "maandag", "2025-03-17"},
		{"nl", "De Zweedse vlag is maandag gehesen bij het hoofdkwartier van de NAVO in Brussel. Zweden is daarmee het 32ste lid. De toetreding duurde bijna twee jaar.", "maandag", "2025-03-10"},
	})
}
