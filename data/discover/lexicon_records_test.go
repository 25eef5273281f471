package discover

import "testing"

// TestRecordIsNoResult: "a record" is how high or low something went, not
// the outcome of a vote or a match: "raised its key rate to a record 21%"
// is a decision, "a record low turnout" tells nothing that happened (the
// vote's own words do). The words for a record were Result words in ten
// languages and made a central bank's rate rise "Results announced in
// Russia", apart from the decision reported in Russian and Italian.
func TestRecordIsNoResult(t *testing.T) {
	checkNoKind(t, []kindCase{
		{"en", "Turnout was up from a record low of about 40% in the first round.", Result},
		{"en", "Inflation is fuelled by record defence spending.", Result},
		{"fr", "Les températures ont atteint un record absolu à Paris.", Result},
		{"de", "Die Inflation erreichte einen neuen Rekord.", Result},
		{"nl", "De inflatie bereikte een record.", Result},
		{"ru", "Инфляция достигла рекордного уровня.", Result},
		{"uk", "Інфляція досягла рекорду.", Result},
		{"es", "La inflación alcanzó un récord histórico.", Result},
		{"pt", "A inflação atingiu um recorde.", Result},
		{"it", "L'inflazione ha raggiunto un record.", Result},
		{"tr", "Enflasyon rekor kırdı.", Result},
		{"pl", "Inflacja pobiła rekord.", Result},
		{"ar", "سجل التضخم رقما قياسيا جديدا.", Result},
		{"fa", "تورم رکورد تازه‌ای ثبت کرد.", Result},
		{"zh", "通胀创下新纪录。", Result},
	})
	checkFirstKinds(t, []kindCase{
		{"en", "Russia's central bank raised its key interest rate to a record 21% on Friday.", Decision},
		{"en", "The rate has climbed since July, when the bank lifted it from 16% to 18%.", Decision},
		{"ru", "Банк России в пятницу повысил ключевую ставку до рекордных 21%.", Decision},
		{"es", "El banco central elevó el viernes los tipos hasta un récord del 21 %.", Decision},
	})
}
