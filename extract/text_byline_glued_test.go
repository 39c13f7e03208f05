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
