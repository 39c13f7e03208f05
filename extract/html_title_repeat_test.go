package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestH1Text: an <h1> holding the same text twice in sibling elements
// (a wide-screen and a phone copy) is read once; repeated words in one
// text, different children and text beside them stay as they are.
func TestH1Text(t *testing.T) {
	tests := []struct{ name, h1, want string }{
		{"two copies in divs", `<h1><div class="wide">Lock Notes</div><div class="narrow">Lock Notes</div></h1>`, "Lock Notes"},
		{"two logo copies", `<h1><span><svg><title>Towpath</title></svg></span><span><svg><title>Towpath</title></svg></span></h1>`, "Towpath"},
		{"words repeated in one text", `<h1>Bora Bora</h1>`, "Bora Bora"},
		{"words repeated in one child", `<h1><span>Bora Bora</span></h1>`, "Bora Bora"},
		{"different children", `<h1><span>Lock</span> <span>Notes</span></h1>`, "Lock Notes"},
		{"text beside the copies", `<h1>Canal <span>News</span> <span>News</span></h1>`, "Canal News News"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tt.h1 + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := readMeta(root).h1; len(got) != 1 || got[0] != tt.want {
				t.Errorf("h1 = %q; want %q", got, tt.want)
			}
		})
	}
}
