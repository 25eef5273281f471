package discover

import (
	"slices"
	"testing"
)

// TestArrestWarrantsAreNoArrests: a warrant is a court's decision, and "to
// arrest" an arrest asked for; a real arrest is still one (sentences
// written for the test).
func TestArrestWarrantsAreNoArrests(t *testing.T) {
	for _, c := range []kindCase{
		{"en", "The leader travelled abroad despite the court's arrest warrant.", Arrest},
		{"en", "Rights groups urged the hosts to arrest the visiting president.", Arrest},
		{"fr", "Le pays n'a pas exécuté le mandat d'arrêt émis contre le président.", Arrest},
		{"ru", "Правозащитники призвали исполнить ордер на арест главы государства.", Arrest},
		{"uk", "Суд видав ордер на арешт колишнього міністра.", Arrest},
		{"es", "El tribunal dictó una orden de detención contra el exministro.", Arrest},
		{"pt", "O juiz expediu um mandado de prisão contra o empresário.", Arrest},
		{"it", "La corte ha emesso un mandato di arresto per l'ex ministro.", Arrest},
		{"pl", "Sąd wydał nakaz aresztowania byłego ministra.", Arrest},
		{"ar", "أصدرت المحكمة مذكرة اعتقال بحق الوزير السابق.", Arrest},
		{"fa", "دادگاه حکم بازداشت وزیر سابق را صادر کرد.", Arrest},
		{"zh", "法院对前部长发出逮捕令。", Arrest},
	} {
		kinds := kindsOf(c.lang, c.sentence)
		if slices.Contains(kinds, c.want) {
			t.Errorf("%s %q: kinds %v, want no %s", c.lang, c.sentence, kinds, c.want)
		}
	}
	checkFirstKinds(t, []kindCase{
		{"en", "Police arrested the opposition leader outside his home.", Arrest},
		{"ru", "Полиция задержала оппозиционного политика у его дома.", Arrest},
		{"es", "La policía detuvo al exministro en su casa.", Arrest},
		{"en", "The court issued an arrest warrant for the former minister.", Decision},
		{"fr", "La Cour a émis un mandat d'arrêt contre le président.", Decision},
	})
}

// TestWelcomeCeremoniesAreVisits: a guest's welcome ceremony is his visit
// (sentences written for the test).
func TestWelcomeCeremoniesAreVisits(t *testing.T) {
	checkFirstKinds(t, []kindCase{
		{"en", "The hosts gave the Turkish president a ceremonial welcome in the main square.", Visit},
		{"fr", "Le président chinois a été reçu avec tous les honneurs dans la capitale.", Visit},
		{"de", "Der Gast wurde mit militärischen Ehren empfangen.", Visit},
		{"es", "El mandatario fue recibido con honores en el palacio presidencial.", Visit},
		{"ru", "На площади прошла церемония официальной встречи президента.", Visit},
		{"tr", "Cumhurbaşkanı resmi törenle karşılandı.", Visit},
		{"zh", "东道主在广场为来访总统举行欢迎仪式。", Visit},
		{"ar", "أقيمت مراسم استقبال رسمية للرئيس الزائر.", Visit},
	})
}

// TestEvents13Forms: Italian "rivolto" (aimed at) is no revolt; Chinese
// 访 + a country's one-character name is a visit (sentences written for
// the test).
func TestEvents13Forms(t *testing.T) {
	checkNoKind(t, []kindCase{
		{"it", "Il portavoce ha assicurato che l'accordo non è rivolto contro Paesi terzi.", Protest},
		{"it", "L'appello è rivolto a tutti i governi della regione.", Protest},
	})
	checkFirstKinds(t, []kindCase{
		{"it", "La rivolta contro il governo è scoppiata nella capitale.", Protest},
		{"zh", "这是他时隔多年再次访朝。", Visit},
		{"zh", "总统下月将访俄并出席论坛。", Visit},
	})
}
