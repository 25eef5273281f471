package data

import "testing"

// TestInitialOrTitleEndsNoSentence: a weekday before "M." or "Mr." is in
// the sentence of the verb after the name, whose future announces it.
func TestInitialOrTitleEndsNoSentence(t *testing.T) {
	checkSpanCases(t, []spanCase{
		{"fr M.", "fr", "2024-09-04", "Jeudi, M. Macron doit s'exprimer devant le Parlement européen à Strasbourg.", "Jeudi", "2024-09-05"},
		{"en Mr.", "en", "2024-09-04", "On Thursday, Mr. Scholz will address the Bundestag in Berlin.", "On Thursday", "2024-09-05"},
		{"en initial", "en", "2024-09-04", "On Thursday, J. Smith, the envoy, will meet the minister in Riga.", "On Thursday", "2024-09-05"},
		// A sentence that ends is still one.
		{"en end", "en", "2024-09-04", "The minister spoke on Thursday. The envoy will travel to Riga.", "on Thursday", "2024-08-29"},
	})
}
