package freelist

import "testing"

func TestListKeepsUpToItsCapacity(t *testing.T) {
	l := make(List[int], 1)
	fresh := func() *int { return new(int) }
	a, b := l.Get(fresh), l.Get(fresh)
	if a == b {
		t.Fatal("two gets from an empty list gave the same value")
	}
	l.Put(a)
	l.Put(b) // full: let go
	if got := l.Get(fresh); got != a {
		t.Fatal("the listed value was not handed out again")
	}
	if got := l.Get(fresh); got == a || got == b {
		t.Fatal("a value let go or handed out was listed")
	}
	var none List[int]
	none.Put(a)
	if got := none.Get(fresh); got == a {
		t.Fatal("a nil list kept a value")
	}
}
