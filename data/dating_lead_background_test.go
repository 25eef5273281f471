package data

import (
	"testing"
	"testing/fstest"
)

// TestLeadDateBeforeTheBody: a lead that writes a background day with its
// year ("after his defeat of 30 October 2022") does not date the page when
// the text below tells, as done, a later day with its year written: a page
// is not written before what it reports. Without a stamp such a report
// stays undated; a lead whose day is the latest still dates it. Each
// report is written for this test.
func TestLeadDateBeforeTheBody(t *testing.T) {
	cur, err := LoadCurated(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, lang, text, want string }{
		{"pt", "pt", "Ex-ministro é condenado\n\nO tribunal condenou nesta terça-feira o ex-ministro, que deixou o cargo depois da derrota do governo nas eleições de 2 de outubro de 2022.\n\nA investigação começou após a operação policial de 17 de março de 2023, quando foram apreendidos documentos no gabinete.\n\nA defesa vai recorrer.",
			""},
		{"en", "en", "Former minister sentenced\n\nA court on Tuesday sentenced the former minister, who left office after the government's defeat in the election of 2 October 2022.\n\nThe investigation began after a police raid on 17 March 2023, when officers seized documents from his office.\n\nHis lawyers said they would appeal.",
			""},
		{"es", "es", "Condenado el exministro\n\nEl tribunal condenó este martes al exministro, que dejó el cargo tras la derrota del Gobierno en las elecciones del 2 de octubre de 2022.\n\nLa investigación comenzó tras el registro policial del 17 de marzo de 2023, cuando se incautaron documentos en su despacho.\n\nLa defensa recurrirá.",
			""},
		{"de", "de", "Ex-Minister verurteilt\n\nEin Gericht hat am Dienstag den früheren Minister verurteilt, der nach der Wahlniederlage der Regierung vom 2. Oktober 2022 sein Amt verlor.\n\nDie Ermittlungen begannen nach einer Razzia am 17. März 2023, bei der Unterlagen in seinem Büro beschlagnahmt wurden.\n\nDie Verteidigung kündigte Berufung an.",
			""},
		{"ru", "ru", "Экс-министр осужден\n\nСуд во вторник вынес приговор бывшему министру, который покинул пост после поражения правительства на выборах 2 октября 2022 года.\n\nРасследование началось после обыска 17 марта 2023 года, когда в его кабинете изъяли документы.\n\nЗащита намерена обжаловать приговор.",
			""},
		// The lead's day is the latest the text tells: it dates the page,
		// to the month that holds the days after it.
		{"en, the lead is the latest", "en", "Former minister sentenced\n\nA court on 21 June 2023 sentenced the former minister, who left office after the election of 2 October 2022.\n\nThe investigation began after a police raid on 17 March 2023, when officers seized documents from his office.\n\nHis lawyers said they would appeal.",
			"2023-06"},
		// A later day announced below is no reason.
		{"en, a day announced below", "en", "Former minister sentenced\n\nA court on 21 June 2023 sentenced the former minister, who left office after the election of 2 October 2022.\n\nThe appeal will be heard on 14 September 2023, his lawyers said.\n\nHe remains free until then.",
			"2023-06"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := oneReport(t, cur, "r.txt", c.text)
			if got := dayOrNone(a.Date); got != c.want {
				t.Errorf("dated %q (%s; language %s); want %q", got, a.DateReason, a.Language, c.want)
			}
		})
	}
}
