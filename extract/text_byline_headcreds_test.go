package extract

import "testing"

// TestTextBylineCreds checks a headline byline's credentials kept with
// the name when they end the byline (before a sentence's full stop, a
// footnote's asterisk, a separator), a registered mark with them; a
// credential that runs on into a job is left.
func TestTextBylineCreds(t *testing.T) {
	textCheckAuthorsAround(t, []textAuthorAround{
		{"Harbour Ferries Return for Winter\nBy Maren Lund, DVM. Reviewed by Tor Holm, DVM\n", "Maren Lund, DVM"},
		{"Harbour Ferries Return for Winter\nWritten by Maren Lund, CFP®\n|\n", "Maren Lund, CFP®"},
		{"Harbour Ferries Return for Winter\nBy Maren Lund, MD*\n", "Maren Lund, MD"},
		{"Harbour Ferries Return for Winter\nBy Maren Lund, MS, RDN | March 4, 2025\n", "Maren Lund, MS, RDN"},
		{"Harbour Ferries Return for Winter\nBy Maren Lund, WCI Columnist\n", "Maren Lund"},
		{"Harbour Ferries Return for Winter\nBy Maren Lund, Senior Writer\n", "Maren Lund"},
	})
}
