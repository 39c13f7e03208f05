package extract

import "testing"

// TestTextMenuBlurbsOverHeadlineLeftOut checks that a mega menu whose
// entries are described in sentences, set over the headline, leaves the
// body with the headline, and that a headline joined to its byline
// ("… Timetable\nby Ann Lee") is found for that step.
func TestTextMenuBlurbsOverHeadlineLeftOut(t *testing.T) {
	const headline = "How the Harbour Ferry Keeps Its Timetable"
	body := leftOutLine{"The ferry to the outer islands runs twice a day from the harbour's north quay, and in summer a third boat is added for the walkers who come over for the cliffs.", false}
	menu := []leftOutLine{
		{"Island Walks", true},
		{"Guided walks over the cliffs and the old lighthouse road, every weekend from May.", true},
		{"Harbour Notes", true},
		{"Our newsletter, with the week's sailings and the harbour's news.", true},
	}
	checkLeftOutBy(t, append(append([]leftOutLine{}, menu...), leftOutLine{headline, true}, body), overHeadlineStep(headline, false))
	checkLeftOutBy(t, append(append([]leftOutLine{}, menu...), leftOutLine{headline + "\nby Ann Lee", true}, body), overHeadlineStep(headline, false))
	checkLeftOutBy(t, []leftOutLine{{"Home / Travel", true}, {headline + "\nby Ann Lee", true}, body}, overHeadlineStep(headline, false))
}

// TestTextMenuBlurbsOverHeadlineStay checks what stays: a sentence that
// no entry's name sits over, an entry's paragraph longer than a blurb, a
// label ending with a colon over a sentence, a headline joined to a line
// that is no byline, and a headline also stated alone.
func TestTextMenuBlurbsOverHeadlineStay(t *testing.T) {
	const headline = "How the Harbour Ferry Keeps Its Timetable"
	body := leftOutLine{"The ferry to the outer islands runs twice a day from the harbour's north quay, and in summer a third boat is added for the walkers who come over for the cliffs.", false}
	for _, lines := range [][]leftOutLine{
		{{"Island Walks", false}, {"Home / Travel / Ferries / Timetables and fares for the outer islands", false}, {"The boats have not missed a sailing in ten years.", false}, {headline, false}, body},
		{{"Island Walks", false}, {"The boats have not missed a sailing in ten years, and the harbour master, who drew up the timetable in the old customs house with his clerk, says the weather on the crossing has been kind to them and to the walkers who ride them every summer since.", false}, {headline, false}, body},
		{{"In short:", false}, {"The boats have not missed a sailing in ten years.", false}, {headline, false}, body},
		{{"Home / Travel", false}, {headline + "\nand the walkers it brings", false}, body},
		{{"Home / Travel", false}, {headline + "\nby Ann Lee", false}, body, {headline, false}},
	} {
		checkLeftOutBy(t, lines, overHeadlineStep(headline, false))
	}
}
