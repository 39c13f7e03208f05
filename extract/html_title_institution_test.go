package extract

import "testing"

// TestInstitutionTitle: a section page whose headline is a section name
// of one or two words is titled by the institution its <title> names
// with a bracketed acronym or name; the headline as shown stays the
// section's. A site part without a bracket, a bracketed version, a
// longer headline and a <title> that does not open with the section are
// left alone.
func TestInstitutionTitle(t *testing.T) {
	const body = `<h1>Lock Gauges</h1><p>The gauges at each lock are read every hour.</p>`
	checkHeadlines(t, "https://www.rivers.example/navigation/gauges.htm", []headlineCase{
		{"an acronym in brackets",
			`<title>Lock Gauges | Inland Waterways Navigation Board (IWNB)</title>`,
			body, "Lock Gauges", "Inland Waterways Navigation Board (IWNB)"},
		{"a parent body in brackets, a hyphen between",
			`<title>Lock Gauges - Upper Severn Locks (Inland Waterways Navigation Board)</title>`,
			body, "Lock Gauges", "Upper Severn Locks (Inland Waterways Navigation Board)"},
		{"no <h1>: the stated head",
			`<title>The Locks | Navigation (Inland Waterways) at Severn College</title>`,
			`<p>The locks were rebuilt in stone.</p>`, "The Locks", "Navigation (Inland Waterways) at Severn College"},
		{"a site part without a bracket",
			`<title>Lock Gauges | Inland Waterways Navigation Board</title>`,
			body, "Lock Gauges", "Lock Gauges"},
		{"a version in brackets",
			`<title>Lock Gauges — Gauge Reader Documentation (3.1.x)</title>`,
			body, "Lock Gauges", "Lock Gauges"},
		{"a headline of three words",
			`<title>Reading Lock Gauges | Inland Waterways Navigation Board (IWNB)</title>`,
			`<h1>Reading Lock Gauges</h1><p>The gauges at each lock are read every hour.</p>`,
			"Reading Lock Gauges", "Reading Lock Gauges"},
		{"a <title> that opens otherwise",
			`<title>River Levels | Inland Waterways Navigation Board (IWNB)</title><meta property="og:title" content="Lock Gauges">`,
			body, "Lock Gauges", "Lock Gauges"},
	})
}

func TestBracketedName(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Mine Safety and Health Administration (MSHA)", true},
		{"Yosemite National Park (U.S. National Park Service)", true},
		{"ML (Machine Learning) at Georgia Tech", true},
		{"Flask Documentation (3.1.x)", false},
		{"Best Espresso Machines (2025)", false},
		{"Guide (3.1.x) to Pumps (P)", false},
		{"Guide (2025) to the Board (IWNB)", true},
		{"An open (bracket", false},
		{"No bracket at all", false},
	}
	for _, tt := range tests {
		if got := bracketedName(tt.s); got != tt.want {
			t.Errorf("bracketedName(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
