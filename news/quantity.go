package news

import (
	"math"
	"strconv"
	"strings"
)

// String says a quantity as a reader would: "more than 6,000 casualties",
// "10,000–12,000 troops", and shares as percentages ("more than 50%", not
// "0.5 share"). The CLI and the web pages both print it this way.
func (q Quantity) String() string {
	num, unit := FormatNumber, q.Unit
	if q.Unit == "share" && q.Low >= 0 && q.High <= 1 {
		num = func(v float64) string { return FormatNumber(math.Round(v*1e4)/100) + "%" }
		unit = ""
	}
	n := num(q.Value)
	if q.High > q.Low && q.Low > 0 {
		n = num(q.Low) + "–" + num(q.High)
	}
	return strings.Join(strings.Fields(q.Qualifier+" "+n+" "+unit), " ")
}

// FormatNumber groups the thousands of a whole number ("1,000,000") and
// writes other numbers in their shortest form ("2.5").
func FormatNumber(v float64) string {
	if v != math.Trunc(v) || math.Abs(v) >= 1e15 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	s := strconv.FormatInt(int64(math.Abs(v)), 10)
	var b strings.Builder
	if v < 0 {
		b.WriteByte('-')
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}
