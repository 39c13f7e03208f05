package extract

import (
	"strings"
	"testing"
)

func TestTextLeaveOutPullQuotes(t *testing.T) {
	const said = "The harbour board never once asked the fishermen of Keel Street what the new quay would cost them"
	source := "At the meeting on Mill Lane the mood was sour. " + said + ", Maren Solberg said, and the hall agreed with her at once."
	const short = "The board never asked the fishermen"
	const nine = "The board never asked the fishermen what it cost"
	nineSource := "At the meeting on Mill Lane the mood was sour and loud. " + nine + ", she said, and they agreed."
	shortSource := "At the meeting on Mill Lane the mood was sour and loud. " + short + ", she said."
	// The source runs on into the words the pull quote opens a sentence
	// with: its first word's case differs.
	const runOn = "harbour board never once asked the fishermen of Keel Street what the new quay would cost them"
	runOnSource := "At the meeting on Mill Lane the mood was sour. For her part, the " + runOn + ", Maren Solberg said, and the hall agreed with her at once."
	for _, tc := range []struct {
		name  string
		lines []string
		quote string // the text the pull quote repeats
		count int    // how often the body holds it
	}{
		{"a pull quote above its paragraph", []string{textFerryParas[0], "“" + said + ".”", source, textFerryParas[1]}, said, 1},
		{"a pull quote below, straight marks", []string{textFerryParas[0], source, `"` + said + `!"`, textFerryParas[1]}, said, 1},
		{"no quote mark", []string{textFerryParas[0], said, source, textFerryParas[1]}, said, 2},
		{"under eight words", []string{textFerryParas[0], "“" + short + ".”", shortSource, textFerryParas[1]}, short, 2},
		{"a paragraph not much longer", []string{textFerryParas[0], "“" + said + ".”", said + ", Maren Solberg said.", textFerryParas[1]}, said, 2},
		{"a sentence above its paragraph", []string{textFerryParas[0], said + ".", textFerryParas[1], source}, said, 1},
		{"a sentence five paragraphs above", []string{said + ".", textFerryParas[0], textFerryParas[1], textFerryParas[2], textFerryParas[3], source}, said, 2},
		{"a sentence below its paragraph", []string{textFerryParas[0], source, said + ".", textFerryParas[1]}, said, 2},
		{"no sentence's end", []string{textFerryParas[0], said, source, textFerryParas[1]}, said, 2},
		{"a sentence of nine words", []string{textFerryParas[0], nine + ".", nineSource, textFerryParas[1]}, nine, 2},
		{"a pull quote its paragraph runs on into", []string{textFerryParas[0], "“The " + runOn + ".”", runOnSource, textFerryParas[1]}, runOn, 1},
		{"a sentence its paragraph below runs on into", []string{textFerryParas[0], "The " + runOn + ".", textFerryParas[1], runOnSource}, runOn, 1},
		{"words the paragraph does not hold", []string{textFerryParas[0], "“" + said + " at all.”", source, textFerryParas[1]}, said, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := textAssembleAllKept(tc.lines)
			if !strings.Contains(body, textFerryParas[0]) {
				t.Fatalf("body lost the article: %q", body)
			}
			if got := strings.Count(body, tc.quote); got != tc.count {
				t.Errorf("body holds the quote %d times, want %d: %q", got, tc.count, body)
			}
		})
	}
}

// textAssembleAllKept returns the body textAssemble makes of lines the
// model kept, one block a line, on a page that is not a clean body.
func textAssembleAllKept(lines []string) string {
	blocks := make([]textBlock, len(lines))
	kept := make([]bool, len(lines))
	for i, s := range lines {
		blocks[i] = textNewBlock(s)
		kept[i] = true
	}
	body, _ := textAssemble(blocks, kept, false)
	return body
}
