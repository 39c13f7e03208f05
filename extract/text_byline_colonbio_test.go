package extract

import "testing"

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
