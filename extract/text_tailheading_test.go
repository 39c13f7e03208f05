package extract

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestTextLeaveOutTailHeading holds textLeaveOutTailHeading on invented
// bodies: a list's heading left as the body's last line goes (each kind
// of lead, an emoji before it, a newsletter's name); a subhead or a
// sign-off the gold keeps ("Where to watch: Netflix", "Ecore Flooring"),
// a word that opens with a lead ("Moreover"), a heading with a paragraph
// kept under it, a long line, one closed by a mark, one longer than the
// block's lowered start, a heading over dropped lines with a staying
// line under them and a heading alone in the body stay.
func TestTextLeaveOutTailHeading(t *testing.T) {
	story := []dekLine{
		{"The ferry operator said on Monday that the winter timetable would start a week early.", true, false},
		{"Harbour pilots said the shorter timetable would suit the tides better than the summer one.", true, false},
	}
	body := func(lines ...dekLine) []dekLine { return append(slices.Clone(story), lines...) }
	gone := func(s string) dekLine { return dekLine{s, true, true} }
	stays := func(s string) dekLine { return dekLine{s, true, false} }
	dropped := func(s string) dekLine { return dekLine{s, false, false} }
	for _, c := range []struct {
		name  string
		lines []dekLine
	}{
		{"Recommended", body(gone("Recommended"), dropped("Ten ferries worth the crossing"))},
		{"Suggested articles", body(gone("Suggested articles"))},
		{"an emoji first", body(gone("🔥 Recommended Posts"), dropped("Spin apps on the harbour"))},
		{"Featured Posts", body(gone("Featured Posts"))},
		{"Latest Articles", body(gone("Latest Articles"))},
		{"Previous Podcast", body(gone("Previous Podcast"))},
		{"More, with a space", body(gone("More free SEO tools"))},
		{"Stay in the loop", body(gone("Stay in the loop"))},
		{"a newsletter's name", body(gone("LiteAF Newsletter"))},
		{"under a dropped line", body(dropped("Share"), gone("Popular"))},
		{"a subhead the gold keeps", body(stays("Where to watch: Netflix"))},
		{"a sign-off the gold keeps", body(stays("Ecore Flooring"))},
		{"a word that opens with a lead", body(stays("Moreover"))},
		{"a paragraph kept under it", body(stays("Latest figures"), stays("The harbour board counted 4,000 crossings in March, more than in any March before."))},
		{"a long line", body(stays("Recommended reading for the harbour's pilots and crews"))},
		{"closed by a mark", body(stays("Recommended:"))},
		{"longer than the lowered start", body(stays("Recommended " + strings.Repeat(strings.Repeat("x", 30)+" ", 3) + strings.Repeat("x", 30)))},
		{"a staying line under dropped ones", body(stays("Recommended"), dropped("Ten ferries"), stays("The pilots will meet again in May."))},
		{"alone in the body", []dekLine{dropped("Menu"), stays("Recommended")}},
	} {
		t.Run(c.name, func(t *testing.T) { checkLinesLeftOut(t, c.lines, textLeaveOutTailHeading) })
	}
}

// TestTextTailHeadingWCXB reads two wcxb-dev flat articles whose body
// ended on a list's heading the gold leaves ("Suggested articles" on
// 4363, "Featured Posts" on 4857): the heading goes, the article's last
// sentence stays.
func TestTextTailHeadingWCXB(t *testing.T) {
	checkFlatBodyEnds(t, []flatBodyEnd{
		{"4363", "https://business.booking.com/en-us/business-travel-resources/blog/the-ten-best-tech-conferences-to-attend-in-2026/",
			"be sure to download the conference app for the latest attendee information.", "Suggested articles"},
		{"4857", "https://www.levitate.ai/blog-posts/which-website-builder-is-best-for-your-small-business",
			"without technical headaches and management demands.", "Featured Posts"},
	})
}

// flatBodyEnd is a wcxb-dev flat page read with its URL whose body must
// end with last and no longer hold gone.
type flatBodyEnd struct {
	id, url, last, gone string
}

// checkFlatBodyEnds reads each page's flat text (skipping without the
// data) and checks its body's end: the tests of a step that leaves the
// lines after an article's end (a list's heading, a writer's box).
func checkFlatBodyEnds(t *testing.T, pages []flatBodyEnd) {
	t.Helper()
	dir := textDataDir(t, filepath.Join("extract", "wcxb-dev"))
	x := New(DefaultOptions())
	for _, c := range pages {
		a := extractWCXBFlat(t, x, dir, c.id, c.url)
		if !strings.HasSuffix(a.Body, c.last) {
			t.Errorf("%s: body ends %q, want it to end %q", c.id, a.Body[max(0, len(a.Body)-120):], c.last)
		}
		if strings.Contains(a.Body, c.gone) {
			t.Errorf("%s: body holds %q", c.id, c.gone)
		}
	}
}
