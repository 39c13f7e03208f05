package extract

import "testing"

// TestTextSettleAuthor holds the author's last checks, which the article
// path and the skipped page's path share: each case is one the skipped
// path kept before the two were joined (the "!" and the full stop), or
// one both already dropped.
func TestTextSettleAuthor(t *testing.T) {
	forum := []string{"Quote\nPost by galitsyn » 11. Sep 2024, 18:36", "Hello"}
	question := []string{"Follow\nedited Feb 12, 2011 at 21:50", "Ann Editor", "asked Feb 11, 2011 at 23:49"}
	for _, tt := range []struct {
		blocks      []string
		author, box string
		want        string
	}{
		{nil, "Jeff Cobb.", "", "Jeff Cobb"},
		{nil, "Link Copied!", "", ""},
		{nil, "Link Copied!", "Ann Lee", "Ann Lee"},
		{nil, "", "Ann Lee.", "Ann Lee"},
		{nil, "Quote", "", ""},
		{nil, "", "Search", ""},
		{question, "Ann Editor", "", ""},
		{forum, "Quote", "", "galitsyn"},
		{forum, "Ann Lee", "", "Ann Lee"},
	} {
		if got := textSettleAuthor(textReadBlocksAlone(tt.blocks), tt.author, tt.box); got != tt.want {
			t.Errorf("textSettleAuthor(%q, %q, %q) = %q, want %q", tt.blocks, tt.author, tt.box, got, tt.want)
		}
	}
}
