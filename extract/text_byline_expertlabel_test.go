package extract

import "testing"

// TestTextNameUnderExpertLabel checks a tester's card under the
// article, "About Our Expert" over the name over the name's job: read;
// none over a line that names no trade, a name in words the page writes
// in lower case, a name with a digit, and a heading that is not an expert's card.
func TestTextNameUnderExpertLabel(t *testing.T) {
	const after = "My Experience\nContact\n"
	textCheckAuthorsFarBelow(t, []textAuthorAround{
		{"About Our Expert\nMaren Solberg\nWriter, Hardware\n" + after, "Maren Solberg"},
		{"Meet the Expert\nMaren Solberg\nSenior Analyst\n" + after, "Maren Solberg"},
		{"About Our Expert\nMaren Solberg\nHardware, Peripherals\n" + after, ""},
		{"About Our Expert\nQuay Crews\nWriter, Hardware\n" + after, ""}, // the body writes "quay" and "crews"
		{"About Our Expert\nMaren Solberg 3\nWriter, Hardware\n" + after, ""},
		{"Our Team\nMaren Solberg\nWriter, Hardware\n" + after, ""},
	})
}
