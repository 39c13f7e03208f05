package extract

import (
	"strings"
	"testing"
)

// TestTextTailPitchStays holds textTailPitchStays in textLeaveOutTail: a
// company blog's closing pitch right under the article's last paragraph
// stays in the body, with a bio under it still left out; a pitch under a
// label or a short sentence, a shouted offer, a sign-off
// asking to share, a copyright line and a bio under the prose go, and so
// does a pitch under a paragraph the walk takes as end matter.
func TestTextTailPitchStays(t *testing.T) {
	prose := "The harbour board said the Keel Street quay would reopen on Monday after the repairs were finished, and the ferry crews said the timetable would hold through the winter storms."
	pitch := "See how Harbour Desk can help your crew plan every crossing. Start a free trial to try it."
	shout := "Get 15% off when you sign up for crossing alerts!"
	rights := "Crossing tables © 2025 Harbour Desk, who plan the north quay crossings."
	bio := "Mira Tolland is a harbour reporter who has covered the north quay for ten years."
	letter := "Sign up for the Harbour Desk newsletter to get the crossing tables, the quay notices and the storm warnings in your inbox every Monday morning before the first ferry."
	footer := []string{"About us", "Contact", "Careers", "Advertise", "Privacy"}
	body := []string{prose, prose, prose, prose, prose}
	with := func(tail ...string) []string { return append(append([]string(nil), body...), tail...) }
	tests := []struct {
		name       string
		body, want []string
	}{
		{"a pitch under the prose", with(pitch), with(pitch)},
		{"a pitch over a bio", with(pitch, "Mira Tolland", bio), with(pitch)},
		{"a pitch under a label", with("Harbour Desk", pitch), body},
		{"a pitch under a short sentence", with("The quay reopens on Monday.", pitch), with("The quay reopens on Monday.")},
		{"a shouted offer", with(shout), body},
		{"a sign-off asking to share", with("Share this post with your crew and sign up for a free trial."), body},
		{"a rights line", with(rights), body},
		{"a bio", with(bio), body},
		{"a pitch under a paragraph of end matter", with(letter, pitch), body},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, keep := textKeptBody(tt.body, footer, true)
			out := make([]bool, len(blocks))
			textLeaveOutTail(blocks, keep, out)
			var stay []string
			for i := range blocks {
				if textStays(blocks, keep, out, i) {
					stay = append(stay, blocks[i].text)
				}
			}
			if got, want := strings.Join(stay, "\n\n"), strings.Join(tt.want, "\n\n"); got != want {
				t.Errorf("body\n%q\nwant\n%q", got, want)
			}
		})
	}
}
