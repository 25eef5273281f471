package data

import "testing"

// TestArabicFutureVerb checks the Arabic future prefix on verbs no list
// names, and on the nouns and names of the same shape that are no future.
func TestArabicFutureVerb(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"سيناقش", true},   // he will discuss
		{"ستستضيف", true},  // she will host
		{"سنواصل", false},  // waw after the prefix: lost with the nouns
		{"سنعمل", true},    // we will work
		{"وسيلتقي", true},  // and he will meet
		{"فستفتتح", true},  // so she will open
		{"سيُوقّع", false}, // waw after the prefix, as written with marks
		{"سيتم", false},    // four letters: a listed marker, not the rule
		{"سياسة", false},   // politics
		{"سيارات", false},  // cars
		{"سنوات", false},   // years
		{"سيطرة", false},   // control
		{"سيناريو", false}, // scenario
		{"سيرغي", false},   // Sergei
		{"وسيط", false},    // mediator
		{"وسائل", false},   // means
		{"ستمائة", false},  // six hundred
		{"يزور", false},    // the present
		{"مستوياتها", false},
	} {
		if got := arabicFutureVerb(c.word); got != c.want {
			t.Errorf("%q: got %v, want %v", c.word, got, c.want)
		}
	}
}

// TestArabicFutureAnnounces checks that a sentence with a future verb no
// list names announces its date, and one with a noun of that shape does
// not.
func TestArabicFutureAnnounces(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"ستستضيف العاصمة القمة في 28 نوفمبر.", true},
		{"سيناقش الوزراء الاتفاق يوم 3 يوليو.", true},
		{"أحكمت القوات سيطرة كاملة على المدينة في 3 يوليو.", false},
		{"التقى سيرغي لافروف نظيره في 21 نوفمبر.", false},
	} {
		a := datesArticle(t, "ar", "", c.text)
		findDates(a)
		if len(a.Mentions) != 1 {
			t.Fatalf("%q: mentions %+v, want one", c.text, a.Mentions)
		}
		if got := a.Mentions[0].Announced; got != c.want {
			t.Errorf("%q: announced %v, want %v", c.text, got, c.want)
		}
	}
}
