package extract

import "testing"

// TestTextLeaveOutSourceRun: a listicle's pictures credited one by one
// ("Source: hootsuite.com" under each item) lose their source lines; one
// or two source lines (a chart's stated source), a long "Source:" line
// and a sentence that opens with "Source:" stay.
func TestTextLeaveOutSourceRun(t *testing.T) {
	const srcA = "Source: hootsuite.com"
	const srcB = "Source: blog.hubspot.com"
	const srcC = "Source: Harbour Board Annual Report"
	const long = "Source: Harbour Board survey of ferry passengers and boatyard workers on the Keel Street quay, 2024"
	const sentence = "Source: the harbour board, which counted the crossings."
	item := func(name, src string) []string {
		return []string{name, "The ferry's timetable is posted on the quay, and the crossing takes a quarter of an hour in calm weather.", src}
	}
	cat := func(parts ...[]string) []string {
		out := append([]string{}, textFerryParas...)
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		lines []string
		gone  []string
		stays []string
	}{
		{"three pictures' credits", cat(item("1. The Morning Ferry", srcA), item("2. The Evening Ferry", srcB), item("3. The Night Ferry", srcC)),
			[]string{srcA, srcB, srcC}, nil},
		{"one chart's source", cat(item("1. The Morning Ferry", srcC)), nil, []string{srcC}},
		{"two sources", cat(item("1. The Morning Ferry", srcA), item("2. The Evening Ferry", srcB)), nil, []string{srcA, srcB}},
		{"long and sentence lines", cat(item("1. The Morning Ferry", srcA), item("2. The Evening Ferry", long), item("3. The Night Ferry", sentence)),
			nil, []string{srcA, long, sentence}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			textCheckGoneStays(t, textAssembleAllKept(tc.lines), tc.gone, tc.stays)
		})
	}
}
