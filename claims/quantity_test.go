package claims

import (
	"testing"

	"github.com/storyfold/storyfold/news"
)

func TestQuantities(t *testing.T) {
	type want struct {
		low, high float64
		qual      string
		unit      string
		subject   string
	}
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"digits with qualifier", "North Korea suffered more than 6,000 casualties in Ukraine.",
			[]want{{6000, 6000, "more than", "casualties", "North Korea"}}},
		{"words with scale", "Russia has now reached one million estimated losses.",
			[]want{{1e6, 1e6, "", "losses", "Russia"}}},
		{"fraction before of", "More than half of the North Korean troops were injured.",
			[]want{{0.5, 0.5, "more than", "share", "North Korea"}}},
		{"range with hyphen", "North Korea dispatched 10,000-12,000 troops to Russia.",
			[]want{{10000, 12000, "", "troops", "North Korea"}}},
		{"around and modifier", "North Korea sent around 3,000 additional troops to Russia.",
			[]want{{3000, 3000, "around", "troops", "North Korea"}}},
		{"approximately through brackets", "the approximately 11,000 DPRK [Democratic People's Republic of Korea] troops",
			[]want{{11000, 11000, "approximately", "troops", "North Korea"}}},
		{"headline verb qualifier", "North Korean casualties surpass 6,000 in Ukraine war",
			[]want{{6000, 6000, "more than", "casualties", "North Korea"}}},
		{"title case", "UK Intelligence Estimates 6,000 North Korean Casualties In Kursk",
			[]want{{6000, 6000, "", "casualties", "North Korea"}}},
		{"up to and at least", "Up to 40 firefighters and at least 3 engines came.",
			[]want{{40, 40, "up to", "firefighters", ""}, {3, 3, "at least", "engines", ""}}},
		{"nearly", "Nearly 200 people were evacuated.", []want{{200, 200, "nearly", "people", ""}}},
		{"zero as an aim", "Going Zero Waste Is Easier On Keel Street Than It Looks", nil},
		{"zero tolerance and net zero", "Harbourton has zero tolerance for litter and will reach net zero by 2040.", nil},
		{"zero counts", "There were zero deaths and zero people hurt at zero degrees on Mill Lane.",
			[]want{{0, 0, "", "deaths", ""}, {0, 0, "", "people", ""}, {0, 0, "", "degrees", ""}}},
		{"money with scale", "a three-year, $45 million contract", []want{{3, 3, "", "year", ""}, {45e6, 45e6, "", "dollars", ""}}},
		{"money glued scale", "a $12.5-million grant", []want{{12.5e6, 12.5e6, "", "dollars", ""}}},
		{"money range", "five years, $80-95 million", []want{{5, 5, "", "years", ""}, {80e6, 95e6, "", "dollars", ""}}},
		{"percent", "Turnout was 45% and rose 3 percent.", []want{{45, 45, "", "percent", ""}, {3, 3, "", "percent", ""}}},
		{"between", "Between 30 and 50 protesters gathered.", []want{{30, 50, "", "protesters", ""}}},
		{"spelled compound", "Twenty-five people were hurt.", []want{{25, 25, "", "people", ""}}},
		{"spaced thousands", "home to 350, 000 people", []want{{350000, 350000, "", "people", ""}}},
		{"minus", "in minus-15 degree weather", []want{{-15, -15, "", "degree", ""}}},
		{"casualty verb", "Warehouse fire kills 2, injures 3", []want{{2, 2, "", "", ""}, {3, 3, "", "", ""}}},
		{"glued measure", "45km north east of Calder Ridge", []want{{45, 45, "", "km", ""}}},
		{"half measure", "the half-hour meeting", []want{{0.5, 0.5, "", "hour", ""}}},
		{"partitive", "two of the five windows", []want{{2, 2, "", "", ""}, {5, 5, "", "windows", ""}}},
		{"counted subject", "another 4, 000 are stranded", []want{{4000, 4000, "", "", ""}}},
		{"hyphenated fraction", "Two-thirds took place indoors.", []want{{2.0 / 3, 2.0 / 3, "", "share", ""}}},
		{"money range with between", "between $220 million and $260 million", []want{{220e6, 260e6, "", "dollars", ""}}},
		{"scaled fragment", "9 million.", []want{{9e6, 9e6, "", "", ""}}},
		{"age of is not", "pupils under the age of 12 cannot be admitted", nil},
		{"year is not a quantity", "The war began in 2022.", nil},
		{"date is not", "The update was posted on June 15, 2025.", nil},
		{"time is not", "Crews arrived at 11:45 p.m. and left at 6 a.m.", nil},
		{"age is not", "A 4-year-old child and John Smith, 25, were found; aged 30.", nil},
		{"label is not", "He fired an AR-15 on Route 66 and called 911.", nil},
		{"address is not", "Shots were fired in the 3100 block of Orrin Lane.", nil},
		{"pronoun one is not", "One of the victims died; no one was arrested.", nil},
		{"year range is not", "since the 1950-53 Korean War", nil},
		{"ago is not", "It happened two years ago.", nil},
		{"ordinal is not", "the 64th Harvest Fair", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Quantities(tt.in)
			if len(got) != len(tt.want) {
				t.Fatalf("Quantities(%q) = %d quantities %+v, want %d", tt.in, len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Low != w.low || g.High != w.high || g.Qualifier != w.qual || g.Unit != w.unit || g.Subject != w.subject {
					t.Errorf("quantity %d of %q = %v..%v %q %q subject %q, want %v..%v %q %q subject %q",
						i, tt.in, g.Low, g.High, g.Qualifier, g.Unit, g.Subject, w.low, w.high, w.qual, w.unit, w.subject)
				}
				if g.Text != tt.in[g.Start:g.End] {
					t.Errorf("Text %q is not the span %d..%d", g.Text, g.Start, g.End)
				}
			}
		})
	}
}

func TestOutcome(t *testing.T) {
	got := Quantities("More than 6,000 North Korean soldiers have been killed or injured.")
	if len(got) != 1 || got[0].Outcome != "casualties" || unitClass(got[0]) != "casualties" {
		t.Fatalf("got %+v, want soldiers counted as casualties", got)
	}
}

func TestCompatible(t *testing.T) {
	x := New(DefaultOptions())
	q := func(v float64, qual string) news.Quantity {
		return news.Quantity{Value: v, Low: v, High: v, Qualifier: qual}
	}
	r := news.Quantity{Value: 11000, Low: 10000, High: 12000}
	tests := []struct {
		a, b news.Quantity
		want bool
	}{
		{q(11000, ""), r, true},
		{q(6000, "more than"), q(6000, ""), true},
		{q(11000, "approximately"), q(11000, ""), true},
		{q(3000, "around"), q(11000, ""), false},
		{q(13000, ""), r, false},
		{q(50, "up to"), q(60, ""), false},
		{q(50, "nearly"), q(48, ""), true},
	}
	for _, tt := range tests {
		if got := x.compatible(tt.a, tt.b); got != tt.want {
			t.Errorf("compatible(%s, %s) = %v, want %v", FormatQuantity(tt.a), FormatQuantity(tt.b), got, tt.want)
		}
	}
}

func FuzzQuantities(f *testing.F) {
	for _, s := range []string{
		"More than 6,000 North Korean soldiers have been killed or injured.",
		"North Korea dispatched 10,000-12,000 troops in the 1950-53 war.",
		"one million estimated losses; more than half of the approximately 11,000 DPRK [x] troops",
		"$12.5-million, minus-15 degree, 4, 000 people, two, or three times, a dozen",
		"called 911 at 7:52 a.m. on June 15, 2025; Anna, 31, AK - 47",
		"", "-", "1-", "between 5 and", "one-on-one", "half of", "$", "1,", "9" + string(rune(0xFFFD)),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range Quantities(s) {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("bad span %d..%d in %q", m.Start, m.End, s)
			}
			if m.Low > m.High {
				t.Fatalf("low %v > high %v in %q", m.Low, m.High, s)
			}
			if m.Text != s[m.Start:m.End] {
				t.Fatalf("text %q not the span", m.Text)
			}
		}
	})
}
