package extract

import "testing"

// TestTextGluedMetaName checks a blog template's meta lines flattened
// with no spaces (category, writer, date, tags): the writer when two or
// more lines name the same one, in title case or lower case, with tags
// running long after the date; none from one line or from lines naming
// two writers.
func TestTextGluedMetaName(t *testing.T) {
	const tags = "ferries, winter ferries, harbour ferries, ferry timetables, quays, piers, harbour walks, boats, sailing, harbour food, harbour history, old piers, new quays, winter sailing"
	for _, tt := range []struct{ meta, want string }{
		{"Quays & PiersMaren SolbergApril 10, 20175 Tips, Boats4 Comments\nOn The WaterMaren SolbergApril 11, 2017La Jolla\n", "Maren Solberg"},
		{"HARBOUR CAREmaren solbergJune 17, 2021boats, piers5 Comments\nBOATSmaren solbergJune 25, 2021sailing\n", "maren solberg"},
		{"slow travelMarenMarch 18, 2024" + tags + "\nslow travelMarenMarch 4, 2024piers\n", "Maren"},
		{"Quays & PiersMaren SolbergApril 10, 2017Boats\n", ""},
		{"Quays & PiersMaren SolbergApril 10, 2017Boats\nOn The WaterEd PoeApril 11, 2017Piers\n", ""},
		{"Quays & Piers Maren Solberg April 10, 2017\nOn The Water Maren Solberg April 11, 2017\n", ""},
	} {
		if got := textFerriesFootAuthor(t, tt.meta); got != tt.want {
			t.Errorf("%q: author %q, want %q", tt.meta, got, tt.want)
		}
	}
}

// TestTextHasDayYear checks the comma gate before the month searches: a
// line holds "10, 2017" wherever textGluedMetaLineName names a writer
// (so the gate changes no answer), and lines with a month and a year but
// no day's comma, or a comma with too few figures, are turned away.
func TestTextHasDayYear(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Quays & PiersMaren SolbergApril 10, 2017Boats", true},
		{"April 1, 2017", true},
		{"1, 2017", true},
		{"In April 2017 the pier reopened, 2017 was dry", false},
		{"April 10, 201", false},
		{"April 10 , 2017", false},
		{", 2017", false},
		{"", false},
		{",", false},
	} {
		if got := textHasDayYear(tt.s); got != tt.want {
			t.Errorf("textHasDayYear(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	heads := []string{"Quays & PiersMaren Solberg", "BOATSmaren solberg", "x", "", "On The WaterEd Poe"}
	for _, h := range heads {
		for _, m := range textGluedMetaMonths {
			for _, tail := range []string{" 10, 2017Boats", " 1, 20175 Tips", " 10 2017", " 10,2017", ", 2017"} {
				line := h + m + tail
				if textGluedMetaLineName(line) != "" && !textHasDayYear(line) {
					t.Errorf("%q: named by textGluedMetaLineName, refused by textHasDayYear", line)
				}
			}
		}
	}
}

// TestTextDayYearDigitsCounted holds textGluedMetaName's digit gate to
// textHasDayYear: a block the search takes counts textDayYearDigits
// digits or more. Asked of every block of the test pages as the page's
// reader cuts them and of glued and spaced dates beside letters, other
// scripts' digits and line breaks; and some blocks with a year alone
// must be turned away.
func TestTextDayYearDigitsCounted(t *testing.T) {
	lines := []string{"Quays & PiersMaren SolbergApril 10, 20175 Tips", "April 1, 2017", "1, 2017", "x1, 2017x",
		"Roe1, 2017", "١, 2017", "1, ٢٠١٧", "April 1,\n2017", "April\n1, 2017", "10, 201", "In 2019 the pier reopened, again",
		"Pier 9, 20 17", "a1, 2017b1, 2017", "Ed Poe9, 2017’s", "1x, 2017", "½, 2017", "1, 2017½"}
	pages := [][]textBlock{textNewBlocks(lines...)}
	for _, p := range textSpeedPages(t) {
		pages = append(pages, textSplitBlocks(string(p.Content)))
	}
	taken, away := 0, 0
	for _, blocks := range pages {
		for _, b := range blocks {
			has := textHasDayYear(b.text)
			if has && b.digits < textDayYearDigits {
				t.Fatalf("%q: textHasDayYear takes it, the block counts %d digits", b.text, b.digits)
			}
			if has {
				taken++
			} else if b.digits == textDayYearDigits-1 {
				away++
			}
		}
	}
	if taken < 3 || away < 1 {
		t.Errorf("%d blocks taken, %d with a year alone: want 3 and 1 or more", taken, away)
	}
}
