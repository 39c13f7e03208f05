package extract

import "testing"

// TestTextCopyrightLineLeftOut checks that textLeaveOutFurnitureLines
// takes out a kept line holding a copyright mark (a caption closed by
// its rights, a credit to a publisher, a site's notice) and a link to the
// site's copyright notice; a mark glued to a clause's number, a line
// with a picture's web address, a sentence on copyright and a heading
// "Copyright" stay.
func TestTextCopyrightLineLeftOut(t *testing.T) {
	checkLeftOutBy(t, []leftOutLine{
		{"The harbour board voted on Tuesday to reopen the old ferry slip for the summer season.", false},
		{"Keel Street Quay at Dawn | © 2019 Mara Quist", true},
		{"Tomas Bell, Ferry Slip, 1931. Gelatin silver print. © Tomas Bell Estate, courtesy Harbour Gallery.", true},
		{"©2025 Harbour Weekly. All rights reserved.", true},
		{"Harbour Weekly Copyright Notice", true},
		{"Clause 53.1© of the harbour act sets the fees for each berth.", false},
		{"Photo https://harbourweekly.example/photos ©Harbour Weekly 2025", false},
		{"Copyright in the old survey maps passed to the board in 1950.", false},
		{"Copyright", false},
		{"Divers will inspect the new piles before the first crossing in June.", false},
	}, func(blocks []textBlock, keep, out []bool) { textLeaveOutFurnitureLinesText(blocks, keep, out, "", "") })
}
