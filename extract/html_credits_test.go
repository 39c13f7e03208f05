package extract

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyfold/storyfold/textnorm"
)

func TestIsImageCredit(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Image from Mary's April 2024 review.", true},
		{"Image provided by Short Story.", true},
		{"(Image Source)", true},
		{"Image credit: © Depositphotos.com/AndrewLozovyi", true},
		{"Photo Credit", true},
		{"Photo by Solen Feyissa on Unsplash", true},
		// a round-up's credit to the project's own site: its gold keeps it
		{"Photo Credit: www.bitterrootdiy.com", false},
		{"Photo Credit: diydanielle.com", false},
		// a subhead and sentences that only mention pictures
		{"Photo Sources and Display Controls", false},
		{"Images", false},
		{"The image from the probe shows the ring's shadow on the planet's night side at dawn.", false},
		{"Image from the March 2024 review shows the whole box laid out on the bed, with the two dresses, the jacket and the shoes", false},
	} {
		if got := isImageCredit(c.text, textnorm.Words(c.text)); got != c.want {
			t.Errorf("isImageCredit(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestHTMLImageCreditWCXB holds a subscription-box round-up's "Image
// from …" lines out of its body, and a woodworking round-up's credits to
// each project's site in (their gold keeps them).
func TestHTMLImageCreditWCXB(t *testing.T) {
	dir := textDataDir(t, filepath.Join("extract", "wcxb-dev"))
	x := New(DefaultOptions())
	for _, c := range []struct {
		id, in, out string
	}{
		{"0098", "Adore Me went above and beyond with this piece", "Image from Mary's April 2024 review."},
		{"0098", "When it comes to the spicier pieces in your wardrobe", "Image provided by Adore Me."},
		{"4452", "Photo Credit: www.bitterrootdiy.com", ""},
	} {
		a := extractWCXBHTML(t, x, dir, c.id)
		if !strings.Contains(a.Body, c.in) {
			t.Errorf("%s: body lacks %q", c.id, c.in)
		}
		if c.out != "" && strings.Contains(a.Body, c.out) {
			t.Errorf("%s: body keeps %q", c.id, c.out)
		}
	}
}
