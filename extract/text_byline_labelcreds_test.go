package extract

import "testing"

// TestTextLabelledCredName checks a name with its credentials under a
// byline label alone far under the body; none where what follows the
// commas is no credential, or the label is not alone on its line.
func TestTextLabelledCredName(t *testing.T) {
	textCheckAuthorsFarBelow(t, []textAuthorAround{
		{"Article written by:\nMaren Solberg, MD, FOMA, DABOM\nArticle reviewed by:\nTor Lund MD\n", "Maren Solberg, MD, FOMA, DABOM"},
		{"Written by\nMaren Solberg, M.S., RD\n", "Maren Solberg, M.S., RD"},
		{"Written by\nMaren Solberg, Quay Boats, Keel Street\n", ""},
		{"Leave a comment below, written by\nMaren Solberg, MD, FOMA, DABOM\n", ""},
	})
}
