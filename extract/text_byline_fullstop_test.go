package extract

import "testing"

// TestTextNoFullStop checks that a byline whose date label opens a new
// sentence ("By Jeff Cobb. Last Updated on …", wcxb-dev 2218) names the
// writer without the stop, and that a stop an abbreviation or an initial
// owns stays.
func TestTextNoFullStop(t *testing.T) {
	const menu = "Home\nNews\nBlog\nContact\n"
	const foot = "Share\nRelated posts\nContact us\n"
	for _, tt := range []struct{ line, want string }{
		{"By Maren Solberg. Last Updated on March 4, 2025", "Maren Solberg"},
		{"By Maren Solberg. Published March 4, 2025", "Maren Solberg"},
	} {
		page := menu + "Harbour Ferries Return for Winter\n" + tt.line + "\n" + textFerriesParas + foot
		if a := textFerriesArticle(t, page); a.Author != tt.want {
			t.Errorf("%q under the headline: author %q, want %q", tt.line, a.Author, tt.want)
		}
	}
	for _, tt := range []struct{ name, want string }{
		{"Jeff Cobb.", "Jeff Cobb"},
		{"Jeff Cobb", "Jeff Cobb"},
		{"Genevieve Carlton, Ph.D.", "Genevieve Carlton, Ph.D."},
		{"Cerebral Inc.", "Cerebral Inc."},
		{"Kaufman, Jeff T.", "Kaufman, Jeff T."},
		{"Jane Roe Jr.", "Jane Roe Jr."},
		{"Jane Roe, Esq.", "Jane Roe, Esq."},
		{"José Müller.", "José Müller."}, // a word beyond ASCII is left as it is
		{".", "."},
		{"", ""},
	} {
		if got := textNoFullStop(tt.name); got != tt.want {
			t.Errorf("textNoFullStop(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
