package extract

import "testing"

// TestTextNoControlName checks that a forum's control read as a byline
// (wcxb-dev 0538's "Quote", 0546's "Featured Replies", 0562's
// "username", 4312's "Search") names nobody, and that a name holding such
// a word stays.
func TestTextNoControlName(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Quote", ""},
		{"Featured Replies", ""},
		{"featured replies", ""},
		{"username", ""},
		{"Search", ""},
		{"changingtimes", "changingtimes"},
		{"Quote Investigator", "Quote Investigator"},
		{"Search Engine Land", "Search Engine Land"},
		{"Featured Replies Team", "Featured Replies Team"},
		{"", ""},
	} {
		if got := textNoControlName(tt.name); got != tt.want {
			t.Errorf("textNoControlName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestTextNoEditorName checks that the name under a question's edit
// stamp (wcxb-dev 0172's "edited Feb 12, 2011 at 21:50" over "Aaronut",
// joined by the splitter to the "Follow" above it) names nobody, and that
// the asker's under "asked … at …", or a name under an editor's credit,
// stays.
func TestTextNoEditorName(t *testing.T) {
	blocks := []textBlock{
		{text: "Follow\nedited Feb 12, 2011 at 21:50"}, {text: "Aaronut"},
		{text: "55.4k24 gold badges"}, {text: "asked Feb 11, 2011 at 23:49"}, {text: "KumikoGoingCrAzY"},
		{text: "edited by"}, {text: "Maren Solberg"},
	}
	for _, tt := range []struct{ name, want string }{
		{"Aaronut", ""},
		{"KumikoGoingCrAzY", "KumikoGoingCrAzY"},
		{"Maren Solberg", "Maren Solberg"},
		{"Nobody Here", "Nobody Here"},
		{"", ""},
	} {
		if got := textNoEditorName(blocks, tt.name); got != tt.want {
			t.Errorf("textNoEditorName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
