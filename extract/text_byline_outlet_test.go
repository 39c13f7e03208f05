package extract

import "testing"

// TestTextNameBeforeOutlet checks a name with an outlet in capitals run
// on, under the headline or its standfirst; none for a name in the
// page's common words, for a name of one word, or for an outlet not in
// capitals.
func TestTextNameBeforeOutlet(t *testing.T) {
	const head = "Harbour Ferries Return for Winter\n"
	const dek = "The boats will run twice a day from the quay until the spring.\n"
	textCheckAuthorsAround(t, []textAuthorAround{
		{head + "Jane Roe KEEL TIMES\n", "Jane Roe"},
		{head + dek + "Jane Roe KEEL TIMES\n", "Jane Roe"},
		{head + "Harbour Board KEEL TIMES\n", ""},
		{head + "Jane KEEL TIMES\n", ""},
		{head + "Jane Roe Keel Times\n", ""},
	})
}

// TestTextOutletWord checks the words an outlet's name in capitals is
// read from.
func TestTextOutletWord(t *testing.T) {
	for w, want := range map[string]bool{"USA": true, "TODAY": true, "ÉTÉ": true, "U.S.": false, "A": false, "Roe": false, "AP2": false, "": false} {
		if got := textOutletWord(w); got != want {
			t.Errorf("textOutletWord(%q) = %v, want %v", w, got, want)
		}
	}
}
