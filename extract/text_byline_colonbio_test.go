package extract

import (
	"strings"
	"testing"
)

// TestTextNameColonBio checks an author box flattened into one line, the
// name, a colon and the bio, far under the body: read with the first
// name and "he" or "she" in the bio; none for a bio that does not name
// the first name, one with no pronoun,
// a name in words the page writes in lower case, and two boxes of
// different names.
func TestTextNameColonBio(t *testing.T) {
	const (
		bio  = "Since its founding in 1998, Maren has grown the Quay News into the harbour's paper of record. Her work includes the winter ferry reports.\n"
		bio2 = "Since its founding in 1998, Tor has grown the Quay News into the harbour's paper of record. His work includes the winter ferry reports.\n"
	)
	textCheckAuthorsFarBelow(t, []textAuthorAround{
		{"Maren Solberg: " + bio, "Maren Solberg"},
		{"Maren Solberg: Since its founding in 1998, the Quay News has grown into the harbour's paper of record. Her work includes the winter ferry reports.\n", ""},
		{"Maren Solberg: Since its founding in 1998, Maren has grown the Quay News into the harbour's paper of record, with the winter ferry reports.\n", ""},
		{"Quay Crews: " + bio, ""}, // the body writes "quay" and "crews"
		{"Maren Solberg: " + bio + "Tor Lund: " + bio2, ""},
	})
}

// TestTextCutNameColon holds textCutNameColon, which searches only the
// name's reach for ": ", to the whole block's cut with the name's length
// asked after, over random lines of names, colons and bios of every
// length around textColonBioMost.
func TestTextCutNameColon(t *testing.T) {
	pieces := []string{"Maren ", "Solberg", ": ", ":", " ", "x", "Quay News ", "é", "Since 1998, Maren has grown ", ": :"}
	rng := fastRand(76, 2)
	found := 0
	for _, line := range fastPieceLines(nil, rng, pieces, 200000, 0, 14) {
		name, bio, ok := textCutNameColon(line)
		wantName, wantBio, wantOK := strings.Cut(line, ": ")
		wantOK = wantOK && len(wantName) <= textColonBioMost
		if ok != wantOK || ok && (name != wantName || bio != wantBio) {
			t.Fatalf("textCutNameColon(%q) = %q, %q, %v; want %q, %q, %v", line, name, bio, ok, wantName, wantBio, wantOK)
		}
		if ok && len(name) > textColonBioMost-8 {
			found++
		}
	}
	if found < 1000 {
		t.Fatalf("only %d names near textColonBioMost: the test reads too few", found)
	}
}
