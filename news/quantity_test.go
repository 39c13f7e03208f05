package news

import "testing"

func TestQuantityString(t *testing.T) {
	for _, tt := range []struct {
		q    Quantity
		want string
	}{
		{Quantity{Value: 6000, Low: 6000, High: 6000, Qualifier: "more than", Unit: "casualties"}, "more than 6,000 casualties"},
		{Quantity{Value: 6000, Low: 6000, Qualifier: "more than", Unit: "casualties"}, "more than 6,000 casualties"},
		{Quantity{Value: 11000, Low: 10000, High: 12000, Unit: "troops"}, "10,000–12,000 troops"},
		{Quantity{Value: 0.5, Low: 0.5, High: 0.5, Qualifier: "more than", Unit: "share"}, "more than 50%"},
		{Quantity{Value: 0.35, Low: 0.3, High: 0.4, Unit: "share"}, "30%–40%"},
		{Quantity{Value: 2.5, Low: 2.5, High: 2.5, Unit: "percent"}, "2.5 percent"},
		{Quantity{Value: -40, Low: -40, High: -40}, "-40"},
		{Quantity{Value: 1e6, Low: 1e6, High: 1e6, Unit: "losses"}, "1,000,000 losses"},
	} {
		if got := tt.q.String(); got != tt.want {
			t.Errorf("%+v: got %q, want %q", tt.q, got, tt.want)
		}
	}
}
