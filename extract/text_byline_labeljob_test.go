package extract

import "testing"

// TestTextLabelNameBeforeJob checks a credit with the writer's job run
// on after the name, under the headline, its standfirst and a caption;
// none for a name in the page's common words, and none past the first
// credit line.
func TestTextLabelNameBeforeJob(t *testing.T) {
	const head = "Harbour Ferries Return for Winter\n"
	const dek = "The boats will run twice a day from the quay until the spring.\n"
	textCheckAuthorsAround(t, []textAuthorAround{
		{head + dek + "Image credit: Keel Times\nGuide by Will Judd Former Deputy Tech Editor\n", "Will Judd"},
		{head + "Words by Jane Roe Senior Writer\nMarch 4, 2025\n", "Jane Roe"},
		{head + "Guide by Harbour Board Former Deputy Tech Editor\n", ""},
		{head + "Guide by the harbour team\nWords by Jane Roe Senior Writer\n", ""},
	})
}
