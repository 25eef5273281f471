package discover

import "strings"

// A denial denied affirms: "the bank does not rule out new rises at its
// meeting of 20 December" (non esclude, schließt nicht aus, не исключил,
// no descartó) keeps the meeting. negatedDenial reports whether the
// negation phrase starting at byte start of text follows a negative
// particle, which makes it no negation. The denials written as one phrase
// with their particle ("did not attend", "не состоится") start with it
// and are not concerned.
func negatedDenial(text string, start int) bool {
	before := strings.ToLower(text[max(0, start-12):start])
	for _, p := range negativeParticles {
		if strings.HasSuffix(before, p) {
			i := len(before) - len(p)
			if i == 0 || strings.ContainsAny(before[i-1:i], " \t\n(\"'«") {
				return true
			}
		}
	}
	return false
}

// negativeParticles are the words that negate the verb after them, with
// the space that follows, in the languages whose denials of a plan
// (ruledOut13) they may stand before.
var negativeParticles = []string{
	"not ", "n't ", "never ", "nicht ", "niet ", "non ", "no ", "não ", "не ", "ні ", "nie ", "ne ", "لم ", "لا ",
}
