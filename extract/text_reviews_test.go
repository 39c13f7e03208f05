package extract

import (
	"strings"
	"testing"
)

func TestTextIsReviewsHeading(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Customer Reviews", true},
		{"Reviews", true},
		{"Reviews (12)", true},
		{"1,204 reviews", true},
		{"Ratings & Reviews", true},
		{"User reviews:", true},
		{"Read reviews", false},
		{"Reviews of the Keel Street ferry", false},
		{"Customer reviews are the heart of our shop.", false},
		{"Review", false},
	} {
		b := textNewBlock(tc.line)
		if got := textIsReviewsHeading(&b); got != tc.want {
			t.Errorf("textIsReviewsHeading(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestTextKeepToReviews checks that on a shop's page (the page model
// doubts an article) a reviews heading under the description ends the
// body, and one above it, with too little body kept over it, does not.
// The block model keeps every line of such a page (textDoubtingExtractor).
func TestTextKeepToReviews(t *testing.T) {
	x := textDoubtingExtractor()
	review := "Maren Solberg: it came in two days, the legs were straight and the finish has held up well in a damp hall."
	page := func(head []string, tail []string) string {
		lines := []string{"Harbour Woodworks", "Shop", "About"}
		lines = append(lines, head...)
		for range 8 {
			lines = append(lines, textShopItems...)
		}
		lines = append(lines, textFerryParas...)
		lines = append(lines, tail...)
		return strings.Join(append(lines, "Contact", "Privacy"), "\n\n")
	}
	for _, tc := range []struct {
		name       string
		head, tail []string
		lost       string // a line the body must not hold, or ""
	}{
		{"under the description", nil, []string{"Customer Reviews", review}, review},
		{"a summary above it", []string{"Customer Reviews", "4.8 out of 5"}, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := page(tc.head, tc.tail)
			a := textExtractDoubted(t, x, text)
			for _, p := range textFerryParas {
				if !strings.Contains(a.Body, p) {
					t.Fatalf("body lost the description: %q", a.Body)
				}
			}
			if tc.lost != "" && strings.Contains(a.Body, tc.lost) {
				t.Errorf("body kept the reviews: %q", a.Body)
			}
		})
	}
}
