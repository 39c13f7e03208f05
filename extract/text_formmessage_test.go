package extract

import "testing"

// TestTextFormMessagesLeftOut holds textIsFormMessage, in its own walk: a widget's
// failure and success messages and a field's placeholder go, wherever they
// stand; a retry ask with no failure, a forum post's apology, a sentence
// about a failure and a thanks inside a reply stay.
func TestTextFormMessagesLeftOut(t *testing.T) {
	prose := "The council published the new bus timetable on Monday, with later buses on the river route."
	for _, c := range []struct {
		name  string
		lines []leftOutLine
	}{
		{"failures", []leftOutLine{
			{prose, false},
			{"There was a problem subscribing you to this newsletter.", true},
			{"Sorry, there was a problem.", true},
			{"Hmm, something went wrong.", true},
			{"Oops! Looks like we're having trouble connecting to our server.", true},
			{"Unable to add item to List. Please try again.", true},
			{"An error occurred. Please try again.", true},
		}},
		{"successes", []leftOutLine{
			{prose, false},
			{"Thank you for signing up. We'll send you an email to share our latest insights.", true},
			{"Thank you! Please check your inbox now for your welcome email.", true},
			{"Awesome, you’re subscribed!", true},
			{"Thanks for joining. I send out newsletters periodically.", true},
		}},
		{"fields", []leftOutLine{{"Enter email address", true}, {prose, false}, {"Please enter a valid email address.", true}}},
		{"retry without a failure", []leftOutLine{{prose, false}, {"Refresh your browser window to try again.", false}}},
		{"apology", []leftOutLine{{prose, false}, {"Sorry, I missed the bit about needing meat.", false}}},
		{"failure in prose", []leftOutLine{
			{prose, false},
			{"There was a problem with the ferry's engine, and the crossing was cancelled.", false},
			{"Something went wrong at the depot on Monday.", false},
			{"There was a problem with the bid, so the council will try again in June.", false},
		}},
		{"thanks in a reply", []leftOutLine{{prose, false}, {"@anton thanks for joining in, your thoughts are of immense value", false}}},
		{"subscribed in prose", []leftOutLine{{prose, false}, {"By March you're subscribed to three of the council's alerts and read none of them.", false}}},
	} {
		t.Run(c.name, func(t *testing.T) { checkLeftOutBy(t, c.lines, leaveOutWhere(textIsFormMessage)) })
	}
}
